// Worker thread: lints the tasks the main thread sends, one at a time.

import { parentPort } from 'node:worker_threads';
import { lintTask, type LintTask } from './lint-file.js';

parentPort?.on('message', (message: { id: number; task: LintTask }) => {
  void lintTask(message.task).then(
    (outcome) => parentPort!.postMessage({ id: message.id, outcome }),
    (error: unknown) =>
      parentPort!.postMessage({
        id: message.id,
        outcome: { ok: false, displayPath: message.task.displayPath, reason: `internal error (${String(error)})` },
      }),
  );
});
