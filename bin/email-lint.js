#!/usr/bin/env node
// Launcher: runs the compiled CLI (`npm run build` compiles cli/ and linter/ to dist/).
import { setFlagsFromString } from 'node:v8';

// A lint run is a short batch: V8's optimising compiler, with its default inlining budget (920
// bytes of bytecode per function), spent 3.3 s of CPU compiling ~220 hot functions over the
// 10,000-draft bench corpus, in every worker thread, beside the linting on the same two cores.
// At 100 it compiles in 1.5 s and the warmed code runs as fast (docs/architecture.md).
// Set before the CLI is loaded, so the first compilation already sees it; worker threads share it.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/main.js')) {
    process.stderr.write('email-lint: not built yet; run "npm run build" first\n');
    process.exit(2);
  }
  throw error;
}
try {
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`email-lint: internal error: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
