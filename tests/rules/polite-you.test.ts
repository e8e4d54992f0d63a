import { describe, expect, it } from 'vitest';
import { fix, ruleIds } from '../../linter/index.js';
import { letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

describe('polite-you', () => {
  describe('valid', () => {
    const valid: Array<[string, string, Record<string, unknown>?]> = [
      ['capitalised pronouns', letter('dėkojame už Jūsų laišką. Jums išsiuntėme pažymą, Jus informuosime.')],
      ['pronoun opening a sentence', letter('Jūs galite kreiptis bet kada.')],
      ['quoted client history', `${letter('atsakome į Jūsų klausimą.')}\n\n> jūs man neatsakėte, jums rašau jau antrą kartą`],
      ['pronoun inside a URL', letter('Žr. https://example.lt/jums/jusu-teises ir https://www.jus.lt/jūs.')],
      ['pronoun inside an e-mail address', letter('Rašykite jums@example.lt arba jus@example.lt.')],
      ['words that only start like a pronoun', letter('jungtinė sutartis, juste, Jusevičius, jūra.')],
      ['allowed word', letter('jums'), { allowedWords: ['jums'] }],
      ['Latvian profile (rule off)', 'Labdien,\n\npaldies, jūs varat rakstīt jums.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' }],
    ];
    it.each(valid)('%s', (_name, body, options) => {
      expect(only('polite-you', body, options)).toEqual([]);
    });
  });

  describe('invalid', () => {
    const invalid: Array<[string, string, string, number, number]> = [
      ['jūsų', letter('dėkojame už jūsų laišką.'), 'jūsų', 3, 13],
      ['jums', letter('siunčiame jums pažymą.'), 'jums', 3, 11],
      ['jus', letter('informuosime jus raštu.'), 'jus', 3, 14],
      ['jumis', letter('susisieksime su jumis.'), 'jumis', 3, 17],
      ['jūs', letter('ar jūs gavote laišką?'), 'jūs', 3, 4],
      ['in the greeting', 'Laba diena, sveikiname jus,\n\nteksto.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456', 'jus', 1, 24],
      ['in the closing', 'Laba diena,\n\nteksto.\n\nsėkmės jums!\nJonas Jonaitis\nTel. +370 5 212 3456', 'jums', 5, 8],
    ];
    it.each(invalid)('%s', (_name, body, actual, line, column) => {
      const messages = only('polite-you', body);
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message!.severity).toBe(1);
      expect(message!.actual).toBe(actual);
      expect([message!.line, message!.column]).toEqual([line, column]);
      const expected = 'J' + actual.slice(1);
      expect(message!.expected).toEqual([expected]);
      expect(fix({ body }).body).toContain(expected);
    });
  });

  it('fixes every pronoun of a letter and leaves the rest alone', () => {
    const body = letter('dėkojame už jūsų laišką, jums atsakysime, o jus informuosime.');
    expect(only('polite-you', body)).toHaveLength(3);
    expect(fix({ body }).body).toBe(letter('dėkojame už Jūsų laišką, Jums atsakysime, o Jus informuosime.'));
  });

  it('keeps the position right after decomposed letters (NFD input)', () => {
    const body = letter('dėkojame už jūsų laišką.'.normalize('NFD'));
    const [message] = only('polite-you', body);
    expect(message!.column).toBe(15); // two combining marks before the word in the original
    expect(fix({ body }).body).toContain('Jūsų'.normalize('NFD'));
  });

  it('skips the signature', () => {
    const body = letter('teksto.', 'Jonas Jonaitis\njums padės specialistas\nTel. +370 5 212 3456');
    expect(only('polite-you', body)).toEqual([]);
  });

  it('caps its messages at 100 on a hostile line of offenders, in bounded time', () => {
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'polite-you' ? 'warning' : 'off'])) as Record<string, string>;
    expect(withinBound(3000, () => only('polite-you', letter('jūs '.repeat(250_000)), { rules } as never))).toHaveLength(100);
  });
});
