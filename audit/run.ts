// The audit pipeline: read inputs (streamed mbox, .eml files) → batches → lint workers →
// aggregation in the main thread.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { AuditAggregate } from './aggregate.js';
import type { AnalyseSettings, LintFunction, Outcome, SignatureUnitFunction } from './analyse.js';
import { AuditUsageError } from './config.js';
import { DEFAULT_MAX_MESSAGE_BYTES, splitMbox } from './mbox.js';
import { InProcessLintPool, WorkerLintPool, type LintPool } from './pool.js';
import { BatchBuilder } from './protocol.js';

export interface AuditInput {
  /** Shown in the report (path relative to the working directory). */
  name: string;
  kind: 'mbox' | 'eml';
  size: number;
  open(): AsyncIterable<Buffer>;
}

const mboxExtensions = new Set(['.mbox', '.mbx', '.mbs', '']);

/** Files to audit: `.eml` files and mbox files; folders are searched recursively. */
export async function expandInputs(paths: string[], cwd = process.cwd()): Promise<AuditInput[]> {
  const inputs: AuditInput[] = [];
  const fileInput = async (path: string, forced?: 'mbox'): Promise<AuditInput> => {
    const info = await stat(path);
    const kind = !forced && extname(path).toLowerCase() === '.eml' ? 'eml' : 'mbox';
    return {
      name: relative(cwd, path) || path,
      kind,
      size: info.size,
      open: () => createReadStream(path, { highWaterMark: 1 << 20 }),
    };
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new AuditUsageError(`cannot read ${given}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const found = await glob(['**/*.eml', '**/*.mbox', '**/*.mbx'], { cwd: path, absolute: true, caseSensitiveMatch: false });
      found.sort();
      for (const file of found) inputs.push(await fileInput(file));
    } else {
      // A named file that is not `.eml` is read as mbox, whatever its extension (`Inbox`, `sent.mbox`).
      inputs.push(await fileInput(path, mboxExtensions.has(extname(path).toLowerCase()) ? 'mbox' : undefined));
    }
  }
  return inputs;
}

export interface AuditRunOptions {
  inputs: AuditInput[];
  settings: AnalyseSettings;
  /** Worker threads; 0 lints in this thread with `lint`. */
  workers: number;
  lint?: LintFunction;
  signatureUnit?: SignatureUnitFunction;
  batchSize?: number;
  maxMessageBytes?: number;
  examplesPerRule?: number;
  /** Called after each batch is aggregated and as bytes are read. */
  onProgress?: (messages: number, bytesRead: number) => void;
}

export async function runAuditPipeline(options: AuditRunOptions): Promise<AuditAggregate> {
  const aggregate = new AuditAggregate(options.examplesPerRule ?? 3);
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const batchSize = options.batchSize ?? 100;
  const maxBatchBytes = 4 << 20;
  let bytesRead = 0;
  const report = (): void => options.onProgress?.(aggregate.messages, bytesRead);
  const onResult = (outcomes: Outcome[]): void => {
    for (const o of outcomes) aggregate.add(o);
    report();
  };
  let pool: LintPool;
  if (options.workers > 0) pool = new WorkerLintPool(options.workers, options.settings, onResult);
  else {
    if (!options.lint) throw new Error('in-process audit needs a lint function');
    pool = new InProcessLintPool(options.lint, options.settings, onResult, options.signatureUnit);
  }

  let seq = 0;
  let batchId = 0;
  const batch = new BatchBuilder();
  const flush = async (): Promise<void> => {
    if (batch.size) await pool.submit(batch.take(batchId++));
  };
  const tooLarge = (input: AuditInput, position: number, _bytes: number): void => {
    // Main-thread outcome: the message was never kept in memory.
    aggregate.add({ kind: 'unreadable', seq: seq++, source: input.name, position, reason: 'too-large' });
  };

  try {
    for (const input of options.inputs) {
      if (input.kind === 'eml') {
        if (input.size > maxMessageBytes) {
          tooLarge(input, 1, input.size);
          bytesRead += input.size;
          continue;
        }
        const chunks: Buffer[] = [];
        for await (const chunk of input.open()) chunks.push(chunk);
        const raw = Buffer.concat(chunks);
        bytesRead += raw.length;
        batch.add(raw, seq++, 1, input.name);
      } else {
        const counted = async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
          for await (const chunk of source) {
            bytesRead += chunk.length;
            yield chunk;
          }
        };
        for await (const item of splitMbox(counted(input.open()), maxMessageBytes)) {
          if (item.kind === 'too-large') {
            tooLarge(input, item.index + 1, item.bytes);
            continue;
          }
          batch.add(item.raw, seq++, item.index + 1, input.name);
          if (batch.size >= batchSize || batch.byteLength >= maxBatchBytes) await flush();
        }
      }
      if (batch.size >= batchSize || batch.byteLength >= maxBatchBytes) await flush();
    }
    await flush();
  } finally {
    await pool.close();
  }
  report();
  return aggregate;
}

