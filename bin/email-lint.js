#!/usr/bin/env node
// Launcher: runs the compiled CLI (`npm run build` compiles cli/ and linter/ to dist/).
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
