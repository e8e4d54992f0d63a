import { describe, expect, it } from 'vitest';
import { applyFixes, ruleIds } from '../../linter/index.js';
import { letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const lv = (content: string, signature = 'Jānis Bērziņš\nVecākais referents, Valsts ieņēmumu dienests\nTālr. +371 67 123 456\njanis@vid.gov.lv'): string =>
  `Labdien,\n\n${content}\n\nAr cieņu,\n${signature}`;

describe('foreign-diacritics', () => {
  describe('valid', () => {
    const valid: Array<[string, string | { body: string; to?: string[]; cc?: string[] }, Record<string, unknown>?]> = [
      ['Lithuanian letters', letter('ačiū, ąčęėįšųūž ĄČĘĖĮŠŲŪŽ – „kabutės“ € § №.')],
      ['Latvian letters in Latvian text', lv('paldies par vēstuli, āčēģīķļņšūž.'), { profile: 'lv-valsts' }],
      ['a To name in the greeting', { body: 'Laba diena, gerb. Hans Müller,\n\nteksto.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456', to: ['Hans Müller <h@x.de>'] }],
      ['a quoted Cc name', { body: letter('kaip sutarta su p. Łukaszu.'), cc: ['"Łukasz Nowak" <l@x.pl>'] }],
      ['configured name', letter('kreipkitės į p. Renée Dubois.'), { allowedNames: ['Renée Dubois'] }],
      ['an inflected To name', { body: letter('perdavėme p. Müllerio prašymą p. Mülleriui.'), to: ['Hans Müller <h@x.de>'] }],
      ['configured word', letter('café'), { allowedWords: ['Café'] }],
      ['foreign name in the signature', letter('teksto.', 'Zoë Kowalčik-Łapińska\nVyriausioji specialistė\nTel. +370 5 212 3456')],
      ['e-mail address and URL', letter('Rašykite zoë.müller@example.de, žr. https://example.pl/łódź/ąę.')],
      ['quoted history', `${letter('atsakome.')}\n\n> Dziękuję, pozdrawiam, Łukasz Wiśniewski`],
      ['Russian text', letter('Klientas rašė: «Спасибо за ответ, а то я не знал».')],
      ['Greek text', letter('Pvz., „Καλημέρα σας“.')],
    ];
    it.each(valid)('%s', (_name, draft, options) => {
      expect(only('foreign-diacritics', draft, options)).toEqual([]);
    });
  });

  describe('invalid', () => {
    const invalid: Array<[string, string, string, number, number, string | undefined, Record<string, unknown>?]> = [
      ['French é', letter('Kavinė „Café“ dirba.'), 'Café', 3, 9, undefined],
      ['Polish ł', letter('Šiaulių g. Łukiškės.'), 'Łukiškės', 3, 12, undefined],
      ['German ö in greeting without recipients', 'Laba diena, gerb. Jürgen,\n\nteksto.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456', 'Jürgen', 1, 19, undefined],
      ['Cyrillic а in dienа', 'Laba diena,\n\nlaba dien\u0430, dėkojame.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456', 'dien\u0430', 3, 6, 'diena'],
      ['Cyrillic capital in a word', letter('\u0421entras informuoja.'), '\u0421entras', 3, 1, 'Centras'],
      ['Greek ο in a word', letter('d\u03bfkumentas.'), 'd\u03bfkumentas', 3, 1, 'dokumentas'],
      ['lone Cyrillic о among Latin words', letter('pažyma, \u043e ne sutartis.'), '\u043e', 3, 9, 'o'],
      ['Lithuanian letters in Latvian text', lv('paldies par jūsų vēstuli.'), 'jūsų', 3, 13, undefined, { profile: 'lv-valsts' }],
      ['ñ in Latvian text', lv('Señor.'), 'Señor', 3, 1, undefined, { profile: 'lv-valsts' }],
    ];
    it.each(invalid)('%s', (_name, body, actual, line, column, fixed, options) => {
      const messages = only('foreign-diacritics', body, options);
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message!.severity).toBe(1);
      expect(message!.actual).toBe(actual);
      expect([message!.line, message!.column]).toEqual([line, column]);
      if (fixed === undefined) expect(message!.fix).toBeUndefined();
      else expect(applyFixes(body, [message!.fix])).toBe(body.replace(actual, fixed));
    });
  });

  it('reports a word once, naming each foreign letter once', () => {
    const messages = only('foreign-diacritics', letter('Ééé ir Öö.'));
    expect(messages.map((m) => m.actual)).toEqual(['Ééé', 'Öö']);
    expect(messages[0]!.reason).toContain('„É“, „é“');
  });

  it('reports a foreign letter without also reporting missing-diacritics', () => {
    const body = letter('Dél pažymos.');
    expect(only('foreign-diacritics', body)).toHaveLength(1);
    expect(only('missing-diacritics', body)).toEqual([]);
  });

  it('names the alphabet in the message language', () => {
    const [message] = only('foreign-diacritics', lv('ą.'), { profile: 'lv-valsts', language: 'en' });
    expect(message!.reason).toContain('not in the Latvian alphabet');
  });

  it('stays fast on a hostile line of foreign letters', () => {
    const body = letter('é'.repeat(200_000) + ' ' + 'aа'.repeat(100_000));
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'foreign-diacritics' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    expect(withinBound(3000, () => only('foreign-diacritics', body, { rules }))).toHaveLength(2);
  });

  it('caps its messages at 100 on a hostile line of offenders, in bounded time', () => {
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'foreign-diacritics' ? 'warning' : 'off'])) as Record<string, string>;
    expect(withinBound(3000, () => only('foreign-diacritics', letter('é '.repeat(500_000)), { rules } as never))).toHaveLength(100);
  });
});
