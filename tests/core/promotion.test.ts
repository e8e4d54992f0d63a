// A lint's data must die young. Values the core computes once per draft (the content's retext
// tree, the quoted senders, line starts) were kept in WeakMaps keyed by the draft; V8's
// young-generation collector keeps such entries, so each of those drafts, with its lines and
// words, was copied and promoted to the old generation: 8.3 MB over 9,000 lints of corpus
// replies, and scavenges three times as long (linter/memo.ts `oncePerDraft`). Measured in a
// child process with --expose-gc, so that only this loop's promotions are counted.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../cli/build.js';

beforeAll(() => ensureBuilt(), 300_000);

const script = (core: string): string => `
import v8 from 'node:v8';
const { lint } = await import(${JSON.stringify(core)});
const names = ['Jonas Jonaitis', 'Ona Onaitė', 'Tomas Rimkus', 'Rasa Petraitienė', 'Mindaugas Kazlauskas'];
// Each draft uses what is cached per draft: a repeat (the retext tree), a long sentence, a quote.
// The addresses stay the same: a new address per draft would fill the bounded caches of header
// lines and addresses, whose entries do outlive a lint (by design).
const draft = (i) => ({
  body: 'Laba diena,\\n\\ndėkojame už laišką Nr. ' + i + '. Jūsų prašymas ir ir pažyma bus išnagrinėti ' +
    'per penkias darbo dienas, o apie sprendimą pranešime ' + 'raštu ir el. paštu, kai tik bus gauti visi reikalingi dokumentai '.repeat(2) + '.\\n\\n' +
    'Pagarbiai,\\n' + names[i % names.length] + '\\nVyriausiasis specialistas\\nTel. +370 5 212 ' + String(1000 + (i % 9000)) + '\\n\\n' +
    'Nuo: Klientas <klientas@gmail.com>\\nIšsiųsta: 2024-05-06\\nKam: info@vmi.lt\\nTema: Dėl pažymos\\n\\nLaba diena, prašau pažymos.\\n',
  from: 'jonas.jonaitis@vmi.lt',
  to: ['klientas@gmail.com'],
});
const options = { profile: 'lt' };
for (let i = 0; i < 3000; i++) lint(draft(i), options);
gc();
const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
const before = old();
let messages = 0;
for (let i = 0; i < 9000; i++) messages += lint(draft(i), options).length;
process.stdout.write(JSON.stringify({ grown: old() - before, messages }));
`;

describe('young garbage', () => {
  it('9,000 lints promote less than 2 MB to the old generation', () => {
    const core = pathToFileURL(join(root, 'dist/linter/index.js')).href;
    const child = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script(core)], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const { grown, messages } = JSON.parse(child.stdout) as { grown: number; messages: number };
    // The drafts do reach the cached parts: every one has a repeated word to report.
    expect(messages).toBeGreaterThanOrEqual(9000);
    expect(grown).toBeLessThan(2_000_000);
  }, 120_000);
});
