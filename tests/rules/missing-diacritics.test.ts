import { describe, expect, it } from 'vitest';
import { applyFixes, fix, ruleIds } from '../../linter/index.js';
import { lexiconFor } from '../../linter/lexicon/index.js';
import { letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const quotedRequest = (request: string): string =>
  `${letter('pridedame pazyma.')}\n\n-----Original Message-----\nFrom: klientas@example.com\nSent: 2024-05-02\nTo: info@daigelis.lt\nSubject: pazyma\n\n${request}`;

describe('missing-diacritics', () => {
  describe('valid', () => {
    const valid: Array<[string, string, Record<string, unknown>?]> = [
      ['Lithuanian letters', letter('ačiū už Jūsų laišką, dėl pažymos kreipkitės į mus.')],
      ['ASCII words that are Lithuanian words too', letter('butu sutarti savaites, jei galite.')],
      ['URL and e-mail', letter('Žr. https://example.lt/aciu/del ir rašykite del@example.lt.')],
      ['quoted history', `${letter('ačiū už laišką.')}\n\n> aciu, laukiu jusu atsakymo del pazymos`],
      ['a foreign letter reports foreign-diacritics only', letter('Ãciu ir dél.')],
      ['allowed word', letter('uz'), { allowedWords: ['uz'] }],
      ['Latvian profile (off)', 'Labdien,\n\npaldies par jusu del.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' }],
      ['Daigelis: the host says the client asked for ASCII', letter('aciu uz laiska.'), { profile: 'lt-daigelis', noDiacriticsRequested: true }],
      ['Daigelis: the client asked in the quoted history', quotedRequest('Prasau rasyti be lietuvisku raidziu, mano kompiuteris ju nerodo.'), { profile: 'lt-daigelis' }],
      ['Daigelis: request with letters, across a line break', quotedRequest('Prašau rašyti be\nlietuviškų raidžių.'), { profile: 'lt-daigelis' }],
      ['Daigelis: the request quoted above a bottom-posted reply', `> Prasau rasyti be lietuvisku raidziu.\n\n${letter('aciu uz laiska.')}`, { profile: 'lt-daigelis' }],
      ['Daigelis: request in English', quotedRequest('Please write without Lithuanian letters.'), { profile: 'lt-daigelis' }],
    ];
    it.each(valid)('%s', (_name, body, options) => {
      expect(only('missing-diacritics', body, options)).toEqual([]);
    });
  });

  describe('invalid', () => {
    const invalid: Array<[string, string, string, string, number, number, Record<string, unknown>?]> = [
      ['aciu', letter('aciu už laišką.'), 'aciu', 'ačiū', 3, 1],
      ['capitalised', letter('Aciu už laišką.'), 'Aciu', 'Ačiū', 3, 1],
      ['all caps', letter('ACIU.'), 'ACIU', 'AČIŪ', 3, 1],
      ['jusu', letter('gavome Jūsų ir jusu laišką.'), 'jusu', 'jūsų', 3, 16],
      ['del', letter('kreipiamės del pažymos.'), 'del', 'dėl', 3, 12],
      ['dekojame', letter('dekojame už laišką.'), 'dekojame', 'dėkojame', 3, 1],
      ['in the closing', 'Laba diena,\n\nteksto.\n\nLinkejimai,\nJonas Jonaitis\nTel. +370 5 212 3456', 'Linkejimai', 'Linkėjimai', 5, 1],
      ['in the signature', letter('teksto.', 'Jonas Jonaitis\nVyr. specialistas, pazymu skyrius\nEl. pasto adresas: jonas@example.lt'), 'pasto', 'pašto', 8, 5],
      ['a word added by group A', letter('taciau pridedame.'), 'taciau', 'tačiau', 3, 1],
      ['other profile ignores the client request', quotedRequest('Prasau rasyti be lietuvisku raidziu.'), 'pazyma', 'pažyma', 3, 11, { profile: 'lt' }],
      ['Daigelis without a request', letter('aciu.'), 'aciu', 'ačiū', 3, 1, { profile: 'lt-daigelis' }],
    ];
    it.each(invalid)('%s', (_name, body, actual, expected, line, column, options) => {
      const messages = only('missing-diacritics', body, options);
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message!.severity).toBe(1);
      expect(message!.actual).toBe(actual);
      expect(message!.expected).toEqual([expected]);
      expect([message!.line, message!.column]).toEqual([line, column]);
      expect(applyFixes(body, messages.map((m) => m.fix))).toContain(expected);
    });
  });

  it('works with polite-you over fix passes: jusu → jūsų → Jūsų', () => {
    const body = letter('dėkojame uz jusu laiska.');
    expect(fix({ body }).body).toBe(letter('dėkojame už Jūsų laišką.'));
  });

  it('fixes several words at once', () => {
    const body = letter('aciu uz jusu laiska del pazymos.');
    expect(applyFixes(body, only('missing-diacritics', body).map((m) => m.fix))).toBe(letter('ačiū už jūsų laišką dėl pažymos.'));
  });

  it('keeps the word map free of ASCII forms that are Lithuanian words themselves', () => {
    const map = lexiconFor('lt').missingDiacritics;
    for (const valid of ['butu', 'sutarti', 'savaites', 'jus', 'pirmadieni', 'dokumentu', 'klausimu', 'numeri']) {
      expect(map.has(valid), valid).toBe(false);
    }
    // Entries that also correct a common misspelling (`sianden` → `šiandien`).
    const misspellings = new Set(['sianden']);
    for (const [ascii, withLetters] of map) {
      if (misspellings.has(ascii)) continue;
      expect(/^[a-z]+$/.test(ascii), ascii).toBe(true);
      expect(withLetters.normalize('NFD').replace(/\p{M}/gu, ''), ascii).toBe(ascii);
    }
  });

  it('caps its messages at 100 on a hostile line of offenders, in bounded time', () => {
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'missing-diacritics' ? 'warning' : 'off'])) as Record<string, string>;
    expect(withinBound(3000, () => only('missing-diacritics', letter('aciu '.repeat(200_000)), { rules } as never))).toHaveLength(100);
  });
});
