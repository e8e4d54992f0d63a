// Worker thread: lints the batches of tasks the main thread sends; one message answers a batch.
// A batch arrives as one structured clone, so its tasks still share their options object (the
// core keys its rule pipeline by that object).

import { parentPort } from 'node:worker_threads';
import { lintTasks, type LintTask } from './lint-file.js';

// Loaded: from here on a crash may be a file's doing, and its batch is reported; before it, the
// main thread takes the batches back (a worker that cannot start has linted nothing).
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: { first: number; tasks: LintTask[] }) => {
  void lintTasks(message.tasks).then((outcomes) => parentPort!.postMessage({ first: message.first, outcomes }));
});
