// bench/floor-process.mjs is the whole-process floor the bench sets beside the CLI and textlint
// (the "ceiling" row of docs/benchmarks.md): it must read every .txt file of the folder, nested
// ones included, and nothing else, and split them as the in-process floor does.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../bench/floor-process.mjs');
const dir = mkdtempSync(join(tmpdir(), 'email-lint-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench/floor-process.mjs', () => {
  it('reads every .txt file under the folder and counts their lines', () => {
    mkdirSync(join(dir, 'lt', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'lt', 'a.txt'), 'Laba diena,\n\nPagarbiai\n'); // 4 pieces
    writeFileSync(join(dir, 'lt', 'deeper', 'b.txt'), 'one\r\ntwo'); // 2
    writeFileSync(join(dir, 'c.txt'), 'single'); // 1
    writeFileSync(join(dir, 'notes.md'), 'not\na\ndraft\n'); // skipped
    const out = execFileSync(process.execPath, [script, dir], { encoding: 'utf8' });
    expect(out.trim()).toBe('3 files, 7 lines');
  });
});
