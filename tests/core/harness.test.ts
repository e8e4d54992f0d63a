// remark-lint style harness: every rule, every message has the right shape, on odd input too.
import { describe, expect, it } from 'vitest';
import { lint, profileNames, ruleIds, ruleInfos, type EmailLintMessage } from '../../linter/index.js';

const ODD_INPUTS = [
  '',
  '\n\n\n',
  ' ',
  'Laba diena',
  'Pagarbiai,',
  '-- ',
  '>',
  '> > >',
  '-----Original Message-----',
  'From: a@b.lt\nSent: x\nTo: c@d.lt\nSubject: y',
  '\r\n\r\nLaba diena,\r\n\r\nDĖKOJAME UŽ LAIŠKĄ!!!\r\n\r\nIki\r\nJonas',
  'a\u0328\u0307'.repeat(50),
  '😀😀😀 :) :D <3',
  '\u0000\u0001\u0002',
  '\uFEFFLaba diena,\n\ntekstas',
  'Labas,\n\nnu jo, ta prasme, sutartėlė ir ir parašiukas. Nusiraminkite.\n\nIki\n',
  'Laba diena,\n\n<...> (data) {{vardas}} [Vardas Pavardė] Vardenis Pavardenis XXX\n\nPagarbiai,\nJ',
  '\ud800 lone surrogate \udc00',
];

function checkMessage(message: EmailLintMessage, body: string): void {
  expect(ruleIds.has(message.ruleId)).toBe(true);
  expect(message.source).toBe('email-lint');
  expect(message.url).toMatch(new RegExp(`#${message.ruleId}$`));
  expect([1, 2]).toContain(message.severity);
  expect(message.fatal).toBe(message.severity === 2);
  expect(typeof message.message).toBe('string');
  expect(message.message.length).toBeGreaterThan(10);
  expect(message.standard).toBe(ruleInfos.find((rule) => rule.id === message.ruleId)!.standard);
  const lines = body.split(/\r\n|\r|\n/);
  if (message.field === 'body') {
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.line).toBeLessThanOrEqual(lines.length);
    expect(message.column).toBeGreaterThanOrEqual(1);
    expect(message.column! - 1).toBeLessThanOrEqual(lines[message.line! - 1]!.length);
    expect(message.endLine).toBeGreaterThanOrEqual(message.line!);
    expect(message.endColumn! - 1).toBeLessThanOrEqual(lines[message.endLine - 1]!.length);
    if (message.fix) {
      expect(message.fix.range[0]).toBeGreaterThanOrEqual(0);
      expect(message.fix.range[1]).toBeLessThanOrEqual(body.length);
      expect(message.fix.range[0]).toBeLessThanOrEqual(message.fix.range[1]);
    }
  }
}

describe('every rule', () => {
  it('has a unique id, a severity, a standard and descriptions in lt, lv and en', () => {
    expect(new Set(ruleInfos.map((rule) => rule.id)).size).toBe(ruleInfos.length);
    for (const rule of ruleInfos) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(['warning', 'error']).toContain(rule.severity);
      expect(rule.standard).toMatch(/^00[0-4] /);
      for (const language of ['lt', 'lv', 'en'] as const) expect(rule.description[language].length).toBeGreaterThan(10);
    }
  });

  for (const profile of profileNames) {
    it(`reports well-formed messages on odd input (${profile})`, () => {
      for (const body of ODD_INPUTS) {
        for (const subject of [undefined, '', 'RE: RE: FW: Dėl pažymos', 'SKUBU!!!']) {
          const messages = lint({ body, subject, to: ['client@gmail.com'], from: 'me@inst.lt' }, { profile });
          for (const message of messages) checkMessage(message, body);
        }
      }
    });
  }

  it('messages come in the user’s language and cite the standard', () => {
    const body = 'Dėkojame.';
    const lt = lint({ body }, { language: 'lt' }).find((message) => message.ruleId === 'greeting')!;
    const en = lint({ body }, { language: 'en' }).find((message) => message.ruleId === 'greeting')!;
    expect(lt.message).toMatch(/pasisveikinimu/);
    expect(en.message).toMatch(/greeting/);
    expect(en.message).toContain('(000 §70.3, annex rule 5; 002 §4.2.1)');
    // A profile cites its own standard only.
    const vmb = lint({ body }, { profile: 'lt-vmb' }).find((message) => message.ruleId === 'greeting')!;
    expect(vmb.message).toContain('(002 §4.2.1)');
  });

  it('rejects bad configuration loudly, naming the key', () => {
    expect(() => lint({ body: '' }, { rules: { 'no-such-rule': 'error' } })).toThrow(/unknown rule "no-such-rule"/);
    expect(() => lint({ body: '' }, { rules: { greeting: 'loud' as never } })).toThrow(/severity/);
    expect(() => lint({ body: '' }, { profile: 'lt-nope' as never })).toThrow(/unknown profile/);
    expect(() => lint({ body: '' }, { colour: true } as never)).toThrow(/unknown key "colour"/);
  });

  it('a rule turned off does not report; a severity can be raised', () => {
    expect(lint({ body: 'Dėkojame.' }, { rules: { greeting: 'off' } }).map((m) => m.ruleId)).not.toContain('greeting');
    const raised = lint({ body: 'Laba diena\n\ndėkojame.' }, { rules: { 'greeting-punctuation': 'error' } }).find((m) => m.ruleId === 'greeting-punctuation')!;
    expect(raised.severity).toBe(2);
  });

  it('positions shift by the body origin (a .txt header block)', () => {
    const [message] = lint({ body: 'Dėkojame.', bodyOrigin: { line: 4, column: 1, offset: 40 } }).filter((m) => m.ruleId === 'greeting');
    expect(message).toMatchObject({ line: 4, column: 1 });
  });
});
