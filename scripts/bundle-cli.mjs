// Bundles the command line's two entry points, in place of the files tsc wrote:
// dist/cli/main.js (the process) and dist/cli/worker.js (each worker thread of the pool), with
// the code they share and what only some inputs need (the .eml and .html readers, globbing, the
// formatters) as chunks in dist/cli/chunks/, loaded when first used.
//
// Why: as separate ES modules the CLI is 125 files (our 60 and unified's, retext's, vfile's),
// and Node resolves, reads, compiles and links each one. On the 2-core bench machine that took
// ~200 ms of a 320 ms one-file run, and each worker thread of a folder run paid it again.
// Bundled, a .txt run loads main.js and five chunks (320 KB, not the .eml/.html parsers): one
// file 340 → 240 ms (bare `node -e 0`: 130 ms), the 10,000-draft folder 3.84 → 3.47 s (medians
// of 15 and 6 interleaved runs against fde4e68, 2026-11-22).
//
// In place, so every path relative to the entry files still holds: `../../package.json`
// (version), `./worker.js` (the pool in main.js starts the bundled worker). The audit keeps its
// own module graph: it is loaded only for `email-lint audit`, and its pool starts its own
// `./worker.js` from dist/audit/. The rest of dist/ (linter/, cli/readers/, audit/) stays as tsc
// wrote it, for the library API, the audit and the tests.

import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry a content hash: drop the previous build's.
rmSync(new URL('../dist/cli/chunks', import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js', 'dist/cli/worker.js'],
  outdir: 'dist/cli',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // A readable bundle: stack traces of an internal error still name our functions.
  minify: false,
  external: ['../audit/main.js'],
  banner: { js: '// Bundled by scripts/bundle-cli.mjs from the tsc output in dist/ (see there why).' },
  logLevel: 'warning',
});
