// The floor as a whole process, for the CLI comparison in bench/run.ts: Node starts, walks the
// folder, reads every .txt file as UTF-8, NFC-normalises it and splits it into lines — the
// least any linter of these files must do — and prints the count. No rules, no output per file.
//   node bench/floor-process.mjs <folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let lines = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile() && entry.name.endsWith('.txt')) {
      files++;
      lines += readFileSync(path, 'utf8').normalize('NFC').split(/\r?\n/).length;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${files} files, ${lines} lines\n`);
