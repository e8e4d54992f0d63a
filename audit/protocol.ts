// Messages between the audit's main thread and its lint workers.

import type { AnalyseSettings, Outcome } from './analyse.js';

export interface WorkerInit {
  settings: AnalyseSettings;
}

/** A batch of raw messages packed into one transferable buffer. */
export interface BatchRequest {
  id: number;
  buffer: ArrayBuffer;
  /** n + 1 byte offsets into `buffer`. */
  offsets: number[];
  seqs: number[];
  positions: number[];
  sources: string[];
}

export interface BatchResult {
  id: number;
  outcomes: Outcome[];
}

/** Packs messages into one fresh buffer that can be transferred to a worker without copying. */
export class BatchBuilder {
  private parts: Buffer[] = [];
  private bytes = 0;
  private seqs: number[] = [];
  private positions: number[] = [];
  private sources: string[] = [];

  get size(): number {
    return this.parts.length;
  }
  get byteLength(): number {
    return this.bytes;
  }

  add(raw: Buffer, seq: number, position: number, source: string): void {
    this.parts.push(raw);
    this.bytes += raw.length;
    this.seqs.push(seq);
    this.positions.push(position);
    this.sources.push(source);
  }

  take(id: number): BatchRequest {
    const buffer = new ArrayBuffer(this.bytes);
    const view = new Uint8Array(buffer);
    const offsets = [0];
    let at = 0;
    for (const part of this.parts) {
      view.set(part, at);
      at += part.length;
      offsets.push(at);
    }
    const request: BatchRequest = { id, buffer, offsets, seqs: this.seqs, positions: this.positions, sources: this.sources };
    this.parts = [];
    this.bytes = 0;
    this.seqs = [];
    this.positions = [];
    this.sources = [];
    return request;
  }
}

/** Runs a batch through an analyser, in order (so each analyser's first examples are the earliest). */
export async function analyseBatch(
  analyser: { analyse(raw: Buffer, seq: number, source: string, position: number): Promise<Outcome> },
  batch: BatchRequest,
): Promise<Outcome[]> {
  const all = Buffer.from(batch.buffer);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < batch.seqs.length; i++) {
    const raw = all.subarray(batch.offsets[i]!, batch.offsets[i + 1]!);
    outcomes.push(await analyser.analyse(raw, batch.seqs[i]!, batch.sources[i]!, batch.positions[i]!));
  }
  return outcomes;
}
