// Mail text is hostile input. A pathological 1 MB line must not make a rule backtrack for
// minutes: each input here has to lint in bounded time. The bound is generous (catastrophic
// backtracking takes minutes, not seconds; these take 0.1–0.6 s here), and a run over it is
// repeated before it fails (tests/support/bounded-time.ts): a loaded CI machine once took 4 s.

import { describe, expect, it } from 'vitest';

import { lint } from '../../linter/index.js';
import type { DraftInput, LintOptions } from '../../linter/types.js';
import { withinBound } from '../support/bounded-time.js';

const BOUND_MS = 2000;
const MB = 1_000_000;

const inputs: [name: string, line: string][] = [
  ['500,000 spaces', ' '.repeat(500_000)],
  ['1 MB of spaces', ' '.repeat(MB)],
  ['"a" × 1,000,000', 'a'.repeat(MB)],
  ['"A" × 1,000,000', 'A'.repeat(MB)],
  ['"Ą" × 500,000', 'Ą'.repeat(MB / 2)],
  ['"." × 1,000,000', '.'.repeat(MB)],
  ['"<" × 1,000,000', '<'.repeat(MB)],
  ['"{{" × 500,000', '{{'.repeat(MB / 2)],
  ['"[" × 1,000,000', '['.repeat(MB)],
  ['"(" × 1,000,000', '('.repeat(MB)],
  ['digits × 1,000,000', '0123456789'.repeat(MB / 10)],
  ['"> " × 500,000', '> '.repeat(MB / 2)],
  ['"-" × 1,000,000', '-'.repeat(MB)],
  ['"@" × 1,000,000', '@'.repeat(MB)],
  ['"a." × 500,000', 'a.'.repeat(MB / 2)],
  ['"a " × 500,000', 'a '.repeat(MB / 2)],
  ['"A " × 500,000', 'A '.repeat(MB / 2)],
  ['"ir " × 333,333', 'ir '.repeat(333_333)],
  ['"x@y." × 250,000', 'x@y.'.repeat(MB / 4)],
  ['"http://" × 140,000', 'http://'.repeat(140_000)],
  ['"+370 " × 200,000', '+370 '.repeat(MB / 5)],
];

const greeting = 'Laba diena, gerb. Jonai Jonaiti,\n\n';
const ending = '\n\nPagarbiai,\nRasa Petrauskienė\nVyriausioji specialistė\nTel. +370 5 123 4567\n';

function lintsInBoundedTime(draft: DraftInput, options: LintOptions, label: string): void {
  const messages = withinBound(BOUND_MS, () => lint(draft, options), label);
  expect(Array.isArray(messages)).toBe(true);
}

describe('adversarial inputs lint in bounded time', () => {
  // Warm the core once so the first case does not pay for module start-up.
  lint({ body: `${greeting}dėkojame už laišką.${ending}` }, { profile: 'lt' });

  for (const [name, line] of inputs) {
    it(`${name}: alone, as content, as the subject, in lt and lv`, () => {
      const cases: [DraftInput, LintOptions][] = [
        [{ body: line }, { profile: 'lt' }],
        [{ body: `${greeting}${line}${ending}`, subject: 'Dėl prašymo', to: ['client@gmail.com'] }, { profile: 'lt' }],
        [{ body: `${greeting}dėkojame.${ending}`, subject: line }, { profile: 'lt' }],
        [{ body: `Labdien!\n\n${line}\n\nAr cieņu,\nAnna Ozoliņa\n` }, { profile: 'lv-valsts' }],
      ];
      for (const [draft, options] of cases) {
        lintsInBoundedTime(draft, options, `${name} (${options.profile}, ${draft.subject === line ? 'subject' : 'body'})`);
      }
    });
  }

  // A long run of address characters before an `@` with no valid domain after it: an e-mail
  // pattern that may start at every position of the run is quadratic. 20,000 characters keep
  // this test short even when the pattern is quadratic (1 MB would then take hours).
  const runs: [string, string][] = [
    ['"a" × 20,000 + "@b"', `${'a'.repeat(20_000)}@b`],
    ['"a." × 10,000 + "@b"', `${'a.'.repeat(10_000)}@b`],
    ['"1" × 20,000 + "@-"', `${'1'.repeat(20_000)}@-`],
  ];
  for (const [name, run] of runs) {
    it(`${name}: as content, signature, quoted header and subject`, () => {
      const cases: [string, DraftInput][] = [
        ['content', { body: `${greeting}${run}${ending}` }],
        ['signature', { body: `${greeting}dėkojame.${ending}${run}\n` }],
        ['quoted From:', { body: `${greeting}dėkojame.${ending}\n-----Original Message-----\nFrom: ${run}\nTo: x@y.lt\n\nLabas\n`, to: ['client@gmail.com'] }],
        ['subject', { body: `${greeting}dėkojame.${ending}`, subject: run }],
      ];
      for (const [where, draft] of cases) {
        lintsInBoundedTime(draft, { profile: 'lt' }, `${name} in the ${where}`);
      }
    });
  }

  it('many short hostile lines: 100,000 lines of "> >"', () => {
    lintsInBoundedTime({ body: `${greeting}${'> > > >\n'.repeat(100_000)}${ending}` }, { profile: 'lt' }, '100,000 lines of "> >"');
  });
});
