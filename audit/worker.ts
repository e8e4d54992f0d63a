// Lint worker: receives batches of raw messages, answers with one outcome per message.

import { parentPort, workerData } from 'node:worker_threads';
import { useInMemoryBlob } from './fast-blob.js';
import { lint } from '../linter/index.js';
import { MessageAnalyser } from './analyse.js';
import { signatureUnitOf } from './signature-unit.js';
import { analyseBatch, type BatchRequest, type BatchResult, type WorkerInit } from './protocol.js';

useInMemoryBlob(); // 4× faster postal-mime parses (fast-blob.ts)
const { settings } = workerData as WorkerInit;
const analyser = new MessageAnalyser(lint, settings, signatureUnitOf);
let chain: Promise<void> = Promise.resolve();

parentPort!.on('message', (batch: BatchRequest) => {
  // One batch at a time, in arrival order.
  chain = chain.then(async () => {
    const outcomes = await analyseBatch(analyser, batch);
    const result: BatchResult = { id: batch.id, outcomes };
    parentPort!.postMessage(result);
  });
});
