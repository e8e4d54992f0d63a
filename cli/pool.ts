// Lints many files on all cores: the main thread lints from the first file on, and worker
// threads join it once the run shows it is long enough to repay their start. Results keep input
// order.

import { availableParallelism } from 'node:os';
import { lintTaskSafely, type LintTask, type TaskOutcome } from './lint-file.js';

/** Below this many files no worker is ever started: the run is over before one could help. */
export const PARALLEL_THRESHOLD = 200;

/**
 * A worker thread starts cold: it loads the core, and V8 compiles the hot code again for its own
 * isolate (1.2–1.3 s of CPU over the bench corpus, docs/architecture.md), beside the linting on
 * the same cores. It repays that only when the work left is longer. Measured on 2 cores with the
 * workers started at once (2026-12-02): one thread beat two workers at 500 replies (0.55 against
 * 0.8 s), 2,000 (0.95 against 1.25 s) and 4,000 (1.65 against 1.8 s); two workers won only at the
 * whole 10,000-draft corpus. So workers start when the main thread, at its own pace so far, has
 * more than this much left.
 */
export const WORKERS_PAY_OFF_MS = 2000;

/** The main thread's pace is judged after this much linting (its first files run cold). */
export const PROBE_MS = 300;

/**
 * How many workers repay their start (0: none yet): after `elapsedMs` in which the main thread
 * linted `done` files, the `left` files would take it longer than `WORKERS_PAY_OFF_MS` at that
 * pace. One worker for each `WORKERS_PAY_OFF_MS` of it, at most `maxWorkers`: a worker with less
 * to do than that would not repay its own start.
 */
export function workersToStart(elapsedMs: number, done: number, left: number, maxWorkers: number): number {
  if (elapsedMs < PROBE_MS || done === 0) return 0;
  const leftMs = (elapsedMs / done) * left;
  return leftMs > WORKERS_PAY_OFF_MS ? Math.min(maxWorkers, Math.floor(leftMs / WORKERS_PAY_OFF_MS)) : 0;
}

/** The main thread lets worker messages in at least this often (its linting is synchronous). */
const YIELD_MS = 10;

/** Tasks per message to a worker. */
const BATCH = 64;

/** Workers that die this many times are not replaced: the main thread lints the rest. */
const MAX_CRASHES = 3;

export interface PoolOptions {
  /** At most this many threads lint, the main thread included (default: the cores, at most 8). */
  maxThreads?: number;
  /** Called when workers start, with how many. */
  onWorkers?: (count: number) => void;
  /** Counts the files the workers linted (for `EMAIL_LINT_DEBUG`). */
  stats?: { inWorkers: number };
  /** Start the workers before the first file instead of when they pay off (a thread count was asked for). */
  workersAtOnce?: boolean;
  /** The worker script (tests: one that cannot load, one that dies); default `./worker.js` beside this module. */
  workerUrl?: URL;
}

export async function lintInPool(tasks: LintTask[], options: PoolOptions = {}): Promise<TaskOutcome[]> {
  const cap = options.maxThreads !== undefined && Number.isFinite(options.maxThreads) ? options.maxThreads : availableParallelism();
  const maxWorkers = Math.max(0, Math.min(cap, 8) - 1);
  let workerCount = 0;
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let next = 0;
  let crashes = 0;
  let running = 0;
  // Batches of workers that died before they had loaded: the main thread lints them.
  const handedBack: number[] = [];
  let allWorkersDone: () => void = () => {};
  const workersDone = new Promise<void>((resolve) => (allWorkersDone = resolve));

  const startWorkers = async (count: number): Promise<void> => {
    workerCount = count; // set before the first await: from here on the main thread sees workers
    // Loaded here, not at the top: a run of a few files never starts a worker, and loading
    // worker_threads cost each of those runs about 4 ms of its start-up.
    const { Worker } = await import('node:worker_threads');
    const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
    const runWorker = (): void => {
      running++;
      const worker = new Worker(workerUrl);
      // The batches in this worker: a crash is reported against their files.
      const inFlight = new Map<number, number>();
      let loaded = false;
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        void worker.terminate();
        if (--running === 0) allWorkersDone();
      };
      const dispatch = (): void => {
        if (next >= tasks.length) {
          if (inFlight.size === 0) finish();
          return;
        }
        // Batches amortise the round trip; towards the end they shrink so all threads finish together.
        const first = next;
        const count = Math.max(1, Math.min(BATCH, Math.ceil((tasks.length - next) / ((workerCount + 1) * 2))));
        next += count;
        inFlight.set(first, count);
        worker.postMessage({ first, tasks: tasks.slice(first, first + count) });
      };
      worker.on('message', (message: { ready: true } | { first: number; outcomes: TaskOutcome[] }) => {
        if ('ready' in message) {
          loaded = true;
          return;
        }
        message.outcomes.forEach((outcome, k) => (outcomes[message.first + k] = outcome));
        if (options.stats) options.stats.inWorkers += message.outcomes.length;
        inFlight.delete(message.first);
        dispatch();
      });
      const died = (reason: string): void => {
        if (finished) return;
        finished = true;
        // Loaded, it may have died of one of its files: report its batches (which file is unknown;
        // linting them again could bring the whole process down). Not loaded, it linted nothing:
        // the main thread takes its batches back. A fresh worker carries on.
        for (const [first, count] of inFlight) {
          for (let index = first; index < first + count; index++) {
            if (outcomes[index] !== undefined) continue;
            if (loaded) outcomes[index] = { ok: false, displayPath: tasks[index]!.displayPath, reason: `internal error (${reason})` };
            else handedBack.push(index);
          }
        }
        inFlight.clear();
        void worker.terminate();
        running--;
        if (++crashes <= MAX_CRASHES && next < tasks.length) runWorker();
        else if (running === 0) allWorkersDone();
      };
      worker.on('error', (error) => died(error.message));
      // A worker that ends without an error (its code called process.exit) would leave its batches unanswered.
      worker.on('exit', (code) => died(`worker thread exited with code ${code}`));
      // Two batches in flight: the worker never waits while the main thread is in a file.
      dispatch();
      dispatch();
    };
    options.onWorkers?.(workerCount);
    for (let i = 0; i < workerCount; i++) runWorker();
  };

  if (options.workersAtOnce && maxWorkers > 0) await startWorkers(maxWorkers);
  const take = (): number | undefined => (handedBack.length > 0 ? handedBack.pop() : next < tasks.length ? next++ : undefined);
  const lintHere = async (index: number): Promise<void> => {
    outcomes[index] = await lintTaskSafely(tasks[index]!);
  };

  const started = performance.now();
  let lastYield = started;
  let doneHere = 0;
  for (let index = take(); index !== undefined; index = take()) {
    await lintHere(index);
    doneHere++;
    const now = performance.now();
    if (workerCount === 0 && maxWorkers > 0) {
      const count = workersToStart(now - started, doneHere, tasks.length - next, maxWorkers);
      if (count > 0) await startWorkers(count);
    }
    if (workerCount > 0 && now - lastYield >= YIELD_MS) {
      // Let the workers' answers in, so each gets its next batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
  }
  if (workerCount > 0 && running > 0) await workersDone;
  // What workers that never loaded handed back after this thread had run out of files.
  for (let index = take(); index !== undefined; index = take()) await lintHere(index);
  return outcomes;
}
