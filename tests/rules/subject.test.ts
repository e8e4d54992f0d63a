import { describe, expect, it } from 'vitest';
import { fix } from '../../linter/index.js';
import { subjectPrefixes } from '../../linter/rules/subject.js';
import { letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const body = letter('dėkojame už laišką. Pažymą išsiuntėme paštu.');

describe('subject', () => {
  describe('valid', () => {
    const valid: Array<[string, string | undefined]> = [
      ['unknown subject (body only) is not judged', undefined],
      ['a clear subject', 'Dėl pažymos išdavimo'],
      ['one reply prefix', 'RE: Dėl pažymos'],
      ['Lithuanian reply prefix with a dot', 'Ats.: Dėl pažymos'],
      ['one forward prefix', 'Persiunčiama: Dėl pažymos'],
      ['a word that merely starts like a prefix', 'Registracija: naujas laikas'],
      ['exactly 78 characters', 'Ž'.repeat(78)],
      ['78 characters with astral letters', '𝐀'.repeat(78)],
      ['RE in the middle is text', 'Dėl RE: ir FW: skirtumo'],
    ];
    it.each(valid)('%s', (_name, subject) => {
      expect(only('subject', { body, subject })).toEqual([]);
    });
  });

  describe('invalid', () => {
    const invalid: Array<[string, string, 'error' | 'warning', number, number, string | undefined]> = [
      ['empty subject', '', 'error', 1, 1, undefined],
      ['whitespace-only subject', '   ', 'error', 1, 1, undefined],
      ['only a prefix', 'RE:', 'error', 1, 1, undefined],
      ['only a prefix chain', 'RE: FW: ', 'error', 1, 1, undefined],
      ['prefix chain', 'RE: RE: FW: Dėl pažymos', 'warning', 1, 1, 'RE: Dėl pažymos'],
      ['mixed-case chain', 'Re: Re: Dėl pažymos', 'warning', 1, 1, 'Re: Dėl pažymos'],
      ['Lithuanian then English chain', 'Ats.: RE: Dėl pažymos', 'warning', 1, 1, 'Ats.: Dėl pažymos'],
      ['numbered reply prefix', 'Re[2]: RE: Dėl pažymos', 'warning', 1, 1, 'Re[2]: Dėl pažymos'],
      ['chain without spaces', 'RE:RE:Dėl pažymos', 'warning', 1, 1, 'RE: Dėl pažymos'],
      ['too long', 'Dėl '.padEnd(79, 'x'), 'warning', 1, 79, undefined],
    ];
    it.each(invalid)('%s', (_name, subject, severity, line, column, fixed) => {
      const messages = only('subject', { body, subject });
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message!.ruleId).toBe('subject');
      expect(message!.field).toBe('subject');
      expect(message!.severity).toBe(severity === 'error' ? 2 : 1);
      expect([message!.line, message!.column]).toEqual([line, column]);
      if (fixed !== undefined) expect(fix({ body, subject }).subject).toBe(fixed);
    });
  });

  it('counts Unicode characters, not UTF-16 units', () => {
    const subject = '𝐀'.repeat(79);
    const [message] = only('subject', { body, subject });
    expect(message?.actual).toBe('79');
  });

  it('reports a chain and a long subject separately', () => {
    const subject = 'RE: RE: ' + 'Dėl '.padEnd(80, 'ą');
    expect(only('subject', { body, subject }).map((m) => m.severity)).toEqual([1, 1]);
  });

  it('has a file range for the chain fix when the subject comes from a file line', () => {
    const subject = 'RE: RE: Dėl pažymos';
    const [message] = only('subject', { body, subject, subjectOrigin: { line: 1, column: 10, offset: 9 } });
    expect(message!.fix).toEqual({ range: [9, 17], text: 'RE: ' });
    expect([message!.line, message!.column]).toEqual([1, 10]);
  });

  it('knows every prefix word in lower, upper and title case, after spaces and with a counter', () => {
    // The scanner skips the letter regex for subjects whose first letter starts no prefix word.
    const words = ['re', 'ats', 'atb', 'aw', 'sv', 'vs', 'odp', 'отв', 'fw', 'fwd', 'tr', 'wg', 'pd', 'persiunčiama', 'persiųsta', 'persiųstas', 'pārsūtīts'];
    for (const word of words) {
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
        expect(subjectPrefixes(`${form}: Dėl pažymos`).prefixes.map((p) => p.word), form).toEqual([word]);
        expect(subjectPrefixes(`\u00a0 ${form}[2]: ${form}.: Dėl`).prefixes.map((p) => p.word), form).toEqual([word, word]);
      }
    }
    for (const subject of ['Dėl pažymos', 'Rezultatai: gauti', 'Atsakymas', '„RE: ne priešdėlis“', '']) {
      expect(subjectPrefixes(subject).prefixes, subject).toEqual([]);
    }
  });

  it('scans prefixes in linear time on a hostile subject', () => {
    const subject = 'RE' + ' '.repeat(1_000_000) + 'x';
    withinBound(500, () => {
      expect(subjectPrefixes(subject)).toEqual({ prefixes: [], restStart: 0 });
      expect(subjectPrefixes('RE:' + ' '.repeat(1_000_000)).prefixes).toHaveLength(1);
    });
  });

  // The parser's former REPLY_PREFIX (`\s*(?:\[\d+\])?\s*:`) backtracked quadratically (20,000
  // spaces after `RE` took ~2 s); it now uses the same linear scanner.
  it('lints a hostile subject in linear time (parser REPLY_PREFIX)', () => {
    const subject = 'RE' + ' '.repeat(20_000) + 'x';
    withinBound(200, () => only('subject', { body, subject }));
  });

  it('names the subject in Latvian', () => {
    const [message] = only('subject', { body: 'Labdien,\n\nteksts.\n\nAr cieņu,\nJānis Bērziņš', subject: '' }, { profile: 'lv-valsts' });
    expect(message!.reason).toContain('temata');
  });
});
