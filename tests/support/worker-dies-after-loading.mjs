// A worker for tests/cli/pool.test.ts: loads, says so as cli/worker.ts does, and dies on its first batch.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => {
  throw new Error('died on a batch');
});
