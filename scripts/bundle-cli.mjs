// Bundles the command line's two entry points, in place of the files tsc wrote:
// dist/cli/main.js (the process) and dist/cli/worker.js (each worker thread of the pool).
//
// Why: as separate ES modules the CLI is 125 files (our 60 and unified's, retext's, vfile's),
// and Node resolves, reads, compiles and links each one. On the 2-core bench machine that took
// ~200 ms of a 320 ms one-file run, and each worker thread of a folder run paid it again.
// One file each: one-file start-up 315 → 255 ms, the 10,000-draft folder 4.16 → 3.59 s (medians
// of interleaved runs, 2026-11-22; docs/benchmarks.md).
//
// In place, so every path relative to these files still holds: `../../package.json` (version),
// `./worker.js` (the pool's worker, itself bundled). The audit keeps its own module graph: it is
// loaded only for `--audit`, and its pool starts its own `./worker.js` from dist/audit/.
// The rest of dist/ (linter/, cli/readers/, audit/) stays as tsc wrote it, for the library API,
// the audit and the tests.

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/cli/worker.js'],
  outdir: 'dist/cli',
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // A readable bundle: stack traces of an internal error still name our functions.
  minify: false,
  external: ['../audit/main.js'],
  banner: { js: '// Bundled by scripts/bundle-cli.mjs from the tsc output in dist/ (see there why).' },
  logLevel: 'warning',
});
