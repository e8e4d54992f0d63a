// A worker for tests/cli/pool.test.ts: loads, says so as cli/worker.ts does, and ends its thread
// without an error on its first batch (no answer, no 'error' event).
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => process.exit(0));
