// Worker thread: lints the batches of tasks the main thread sends. Within a batch a few files are
// in flight, so reading the next overlaps linting this one; one message answers the whole batch.

import { parentPort } from 'node:worker_threads';
import type { LintOptions } from '../linter/types.js';
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

// Tasks arrive as copies: drafts with the same configuration get one options object again, for
// the whole life of the worker, as in-process (the core keys its rule pipeline by that object).
const optionsByJson = new Map<string, LintOptions>();
function shared(options: LintOptions): LintOptions {
  const key = JSON.stringify(options);
  let found = optionsByJson.get(key);
  if (!found) {
    found = options;
    if (optionsByJson.size < 1000) optionsByJson.set(key, options);
  }
  return found;
}

parentPort?.on('message', (message: { first: number; tasks: LintTask[] }) => {
  for (const task of message.tasks) task.options = shared(task.options);
  void lintBatch(message.tasks).then((outcomes) => parentPort!.postMessage({ first: message.first, outcomes }));
});
