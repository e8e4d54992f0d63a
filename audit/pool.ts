// A fixed pool of lint workers (node:worker_threads) with a bounded number of batches in flight:
// the reader waits for a free slot, which is the back-pressure that keeps memory bounded.

import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalyseSettings, Outcome } from './analyse.js';
import type { BatchRequest, BatchResult, WorkerInit } from './protocol.js';
import { analyseBatch } from './protocol.js';
import { MessageAnalyser, type LintFunction, type SignatureUnitFunction } from './analyse.js';

export interface LintPool {
  /** Resolves when the batch is accepted (a slot is free); `onResult` receives its outcomes. */
  submit(batch: BatchRequest): Promise<void>;
  /** Waits for every batch, then stops the workers. */
  close(): Promise<void>;
}

function unreadableBatch(batch: BatchRequest, reason: string): Outcome[] {
  return batch.seqs.map((seq, i) => ({ kind: 'unreadable', seq, source: batch.sources[i]!, position: batch.positions[i]!, reason }));
}

interface Slot {
  worker: Worker;
  pending: Map<number, BatchRequest>;
}

export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export class WorkerLintPool implements LintPool {
  private readonly slots: Slot[] = [];
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;

  constructor(
    size: number,
    private readonly settings: AnalyseSettings,
    private readonly onResult: (outcomes: Outcome[]) => void,
    private readonly maxInFlight = size * 3,
    private readonly script = workerScript(),
  ) {
    if (!script) throw new Error('audit worker script not found (run `npm run build`)');
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const init: WorkerInit = { settings: this.settings };
    const slot: Slot = { worker: new Worker(this.script!, { workerData: init }), pending: new Map() };
    slot.worker.on('message', (result: BatchResult) => {
      const batch = slot.pending.get(result.id);
      if (!batch) return;
      slot.pending.delete(result.id);
      this.done(result.outcomes);
    });
    const crashed = (why: string): void => {
      // A message that kills a worker must not stop the run: its batch counts as unreadable.
      const index = this.slots.indexOf(slot);
      const lost = [...slot.pending.values()];
      slot.pending.clear();
      if (index !== -1) this.slots[index] = this.spawn();
      for (const batch of lost) this.done(unreadableBatch(batch, why));
    };
    slot.worker.on('error', () => crashed('worker-crashed'));
    slot.worker.on('exit', (code) => {
      if (slot.pending.size) crashed(`worker-exit-${code}`);
    });
    return slot;
  }

  private done(outcomes: Outcome[]): void {
    this.inFlight--;
    try {
      this.onResult(outcomes);
    } catch (error) {
      this.failure ??= error as Error;
    }
    const next = this.waiters.shift();
    next?.();
  }

  async submit(batch: BatchRequest): Promise<void> {
    while (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
    this.inFlight++;
    // Least loaded worker.
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    slot.pending.set(batch.id, batch);
    slot.worker.postMessage(batch, [batch.buffer]);
  }

  async close(): Promise<void> {
    while (this.inFlight > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (this.failure) throw this.failure;
  }
}

/** Lints in the calling thread (`--workers 0`, tests run from TypeScript sources). */
export class InProcessLintPool implements LintPool {
  private readonly analyser: MessageAnalyser;
  constructor(
    lint: LintFunction,
    settings: AnalyseSettings,
    private readonly onResult: (outcomes: Outcome[]) => void,
    signatureUnit?: SignatureUnitFunction,
  ) {
    this.analyser = new MessageAnalyser(lint, settings, signatureUnit);
  }
  async submit(batch: BatchRequest): Promise<void> {
    this.onResult(await analyseBatch(this.analyser, batch));
  }
  async close(): Promise<void> {}
}
