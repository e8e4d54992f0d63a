import { describe, expect, it } from 'vitest';
import type { DraftInput, LintOptions } from '../../linter/index.js';
import { only } from './helpers.js';

const VMB: LintOptions = { profile: 'lt-vmb' };
const SIGN = '\n\nPagarbiai,\nJonas Jonaitis';
const QUOTE = '\n\n2024-05-06 10:15, Petras Petraitis rašė:\n> Kada bus suremontuotas stogas?';
const reply = (content: string, greeting = 'Laba diena,'): DraftInput => ({ body: `${greeting}\n\n${content}${SIGN}`, subject: 'RE: Dėl stogo' });

interface Case {
  name: string;
  draft: DraftInput;
  options?: LintOptions;
}

const valid: Case[] = [
  { name: '`dėkojame už laišką`', draft: reply('dėkojame už laišką. Stogas bus suremontuotas birželį.') },
  { name: '`Ačiū, kad parašėte`', draft: reply('ačiū, kad parašėte. Stogas bus suremontuotas birželį.') },
  { name: '`Dėkoju Jums už` on the greeting line', draft: reply('Stogas bus suremontuotas birželį.', 'Laba diena, dėkoju Jums už Jūsų laišką.') },
  { name: 'thanks later in the content', draft: reply('stogas bus suremontuotas birželį.\nNuoširdžiai dėkojame už kantrybę ir Jūsų laišką.') },
  { name: 'not a reply: a new letter', draft: { body: 'Laba diena,\n\ninformuojame apie remontą.' + SIGN, subject: 'Remontas' } },
  { name: 'subject unknown and no quoted history: not a reply', draft: { body: 'Laba diena,\n\ninformuojame apie remontą.' + SIGN } },
  { name: 'off in the base profile `lt`', draft: reply('Stogas bus suremontuotas birželį.'), options: {} },
  {
    name: 'Latvian thanks when turned on for lv-valsts',
    draft: { body: 'Labdien!\n\nPaldies par Jūsu vēstuli. Jumts tiks salabots jūnijā.\n\nAr cieņu,\nJānis Bērziņš', subject: 'RE: Jumts' },
    options: { profile: 'lv-valsts', rules: { 'thank-for-letter': 'warning' } },
  },
];

const invalid: Array<Case & { line: number; column: number }> = [
  { name: 'reply by subject without thanks', draft: reply('stogas bus suremontuotas birželį.'), line: 3, column: 1 },
  {
    name: 'reply by quoted history (no subject)',
    draft: { body: 'Laba diena,\n\nstogas bus suremontuotas birželį.' + SIGN + QUOTE },
    line: 3,
    column: 1,
  },
  { name: 'reply by compose type', draft: { body: 'Laba diena,\n\nstogas bus suremontuotas.' + SIGN, composeType: 'reply' }, line: 3, column: 1 },
  {
    name: 'thanks only in the quoted client letter do not count',
    draft: { body: 'Laba diena,\n\nstogas bus suremontuotas birželį.' + SIGN + '\n\n2024-05-06 10:15, Petras Petraitis rašė:\n> Dėkoju už atsakymą.' },
    line: 3,
    column: 1,
  },
  { name: '`ačiū` alone is no thanks for the letter', draft: reply('ačiū. Stogas bus suremontuotas birželį.'), line: 3, column: 1 },
];

describe('thank-for-letter', () => {
  it.each(valid)('silent: $name', ({ draft, options }) => {
    expect(only('thank-for-letter', draft, options ?? VMB)).toEqual([]);
  });

  it.each(invalid)('fires: $name', ({ draft, options, line, column }) => {
    const messages = only('thank-for-letter', draft, options ?? VMB);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'thank-for-letter', severity: 1, line, column });
    expect(messages[0]!.message).toContain('padėkokite klientui už laišką');
    expect(messages[0]!.message).toContain('002 §4.2.1');
  });

  it('English message on request', () => {
    const [message] = only('thank-for-letter', reply('stogas bus suremontuotas.'), { ...VMB, language: 'en' });
    expect(message!.message).toMatch(/thank the client for the letter/);
  });
});
