// vitest globalSetup: compile once (`npm run build`) so the CLI tests run the real bin.
import { ensureBuilt } from './build.js';

export default function setup(): void {
  ensureBuilt();
}
