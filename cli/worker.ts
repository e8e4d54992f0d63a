// Worker thread: lints the batches of tasks the main thread sends; one message answers a batch.
// A batch arrives as one structured clone, so its tasks still share their options object (the
// core keys its rule pipeline by that object).

import { parentPort } from 'node:worker_threads';
import { lintTasks, type LintTask } from './lint-file.js';

parentPort?.on('message', (message: { first: number; tasks: LintTask[] }) => {
  void lintTasks(message.tasks).then((outcomes) => parentPort!.postMessage({ first: message.first, outcomes }));
});
