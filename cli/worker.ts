// Worker thread: lints the batches of tasks the main thread sends. Within a batch a few files are
// in flight, so reading the next overlaps linting this one; one message answers the whole batch.

import { parentPort } from 'node:worker_threads';
import { lintTask, type LintTask, type TaskOutcome } from './lint-file.js';

async function lintBatch(tasks: LintTask[]): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let next = 0;
  const drain = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index]!;
      try {
        outcomes[index] = await lintTask(task);
      } catch (error) {
        outcomes[index] = { ok: false, displayPath: task.displayPath, reason: `internal error (${String(error)})` };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, tasks.length) }, drain));
  return outcomes;
}

parentPort?.on('message', (message: { first: number; tasks: LintTask[] }) => {
  void lintBatch(message.tasks).then((outcomes) => parentPort!.postMessage({ first: message.first, outcomes }));
});
