import { describe, expect, it } from 'vitest';
import { applyFixes, ruleIds } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

describe('familiarity', () => {
  // [name, content, actual, column, fixed content (for emoticons and emoji)]
  const invalid: Array<[string, string, string, number, string?]> = [
    ['smiley :)', 'Dokumentus gavome :)', ':)', 19, 'Dokumentus gavome'],
    ['smiley with nose', 'Ačiū :-) Gavome.', ':-)', 6, 'Ačiū Gavome.'],
    ['wink', 'Iki pasimatymo ;)', ';)', 16, 'Iki pasimatymo'],
    [':D', 'Puiku :D', ':D', 7, 'Puiku'],
    ['sad', 'Deja :(', ':(', 6, 'Deja'],
    [':P', 'Žinoma :P', ':P', 8, 'Žinoma'],
    ['xD', 'Gavome xD', 'xD', 8, 'Gavome'],
    ['<3', 'Ačiū <3', '<3', 6, 'Ačiū'],
    ['^_^', 'Ačiū ^_^', '^_^', 6, 'Ačiū'],
    ['emoji', 'Ačiū 😊', '😊', 6, 'Ačiū'],
    ['emoji at the line start', '👍 Gavome.', '👍', 1, 'Gavome.'],
    ['emoji with skin tone', 'Ačiū 👍🏽', '👍🏽', 6, 'Ačiū'],
    ['ZWJ sequence', 'Šeima 👨‍👩‍👧', '👨‍👩‍👧', 7, 'Šeima'],
    ['heart with emoji selector', 'Ačiū ❤️', '❤️', 6, 'Ačiū'],
    // Lines without any of `:;<^xX`: the emoji regex alone runs on them.
    ['star without the selector', 'Puiku ⭐', '⭐', 7, 'Puiku'],
    ['smiley in the BMP', 'Gavome ☺', '☺', 8, 'Gavome'],
    ['flag', 'Sveikiname 🇱🇹', '🇱🇹', 12, 'Sveikiname'],
    ['© with the emoji selector', 'Įstaiga ©️', '©️', 9, 'Įstaiga'],
    ['diminutive sutartėlė (002 §2.2)', 'Pridedame sutartėlę.', 'sutartėlę', 11],
    ['diminutive parašiukas', 'Reikia Jūsų parašiuko.', 'parašiuko', 13],
    ['diminutive skolelė', 'Liko nedidelė skolelė.', 'skolelė', 15],
    ['filler Nu at the start', 'Nu, gavome Jūsų laišką.', 'Nu', 1],
    ['filler Jo, …', 'Jo, dokumentus gavome.', 'Jo', 1],
    ['filler aha. alone', 'Gavome. Aha.', 'Aha', 9],
    ['filler between commas', 'Gavome, aha, Jūsų laišką.', 'aha', 9],
    ['ta prasme anywhere', 'Jums reikia, ta prasme, atvykti.', 'ta prasme', 14],
    ['Ok,', 'Ok, susitarėme.', 'Ok', 1],
    ['a filler ending the line after a comma', 'Gavome, aha', 'aha', 9],
  ];
  it.each(invalid)('%s', (_name, content, actual, column, fixed) => {
    const body = letter(content);
    const messages = only('familiarity', body);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'familiarity', severity: 1, line: 3, column, actual });
    if (fixed !== undefined) expect(applyFixes(body, [messages[0]!.fix!])).toBe(letter(fixed));
    else expect(messages[0]!.fix).toBeUndefined();
  });

  it('one message per occurrence', () => {
    expect(only('familiarity', letter('Nu, gavome sutartėlę :) ir parašiuką 😊'))).toHaveLength(5);
    expect(only('familiarity', letter('Ačiū :) :)'))).toHaveLength(2);
    expect(only('familiarity', letter('Ačiū :) 😊')).map((m) => m.actual)).toEqual([':)', '😊']);
  });

  const valid: Array<[string, string]> = [
    ['jo as a pronoun', letter('Gavome jo prašymą. Jo prašymas išnagrinėtas.')],
    ['jo at a line start as a pronoun', letter('Perduodame\njo dokumentus.')],
    ['žodžiu = orally', letter('Galite kreiptis žodžiu arba raštu, raštu ar žodžiu.')],
    ['tipo = of the type', letter('Šio tipo dokumentai priimami.')],
    ['URL', letter('Žr. https://www.e.lt/a:)b ir http://e.lt/:P')],
    ['URL scheme :/', letter('Daugiau https://e.lt.')],
    ['times', letter('Laukiame 10:30 arba 14:00.')],
    ['numbered list with brackets', letter('Pateikite: 1) prašymą; 2) pažymą.')],
    ['colon before a bracket', letter('Dokumentai:(1) prašymas.')],
    ['e-mail address', letter('Rašykite :D@e.lt arba jo@e.lt.')],
    ['© and ™ are symbols, not emoji', letter('© 2024 Įstaiga™. Žr. punktą → 5.')],
    ['lapelis is a leaflet', letter('Pridedame informacinį lapelį.')],
    ['ordinary words', letter('Pridedame sutartį, parašą ir skolos pažymą.')],
    ['quoted history', letter('Gavome.') + '\n\n> Ačiū :) nu, sutartėlė'],
    ['signature', letter('Gavome.', 'Jonas Jonaitis 🙂\nSpecialistas\nTel. +370 5 212 3456')],
  ];
  it.each(valid)('not: %s', (_name, body) => {
    expect(ids(body)).not.toContain('familiarity');
  });

  it('allowedWords silences a word', () => {
    expect(ids(letter('Liko nedidelė skolelė.'), { allowedWords: ['skolelė'] })).not.toContain('familiarity');
  });

  it('Latvian profile', () => {
    const [message] = only('familiarity', 'Labdien!\n\nPievienoju dokumentiņu :)\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' });
    expect(message).toMatchObject({ actual: 'dokumentiņu' });
    expect(only('familiarity', 'Labdien!\n\nŠāda tipa dokumenti.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' })).toEqual([]);
  });
});

describe('familiarity: hostile input', () => {
  it('stays linear and caps its messages', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'familiarity' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    for (const content of [' '.repeat(500_000), 'a'.repeat(1_000_000), ':'.repeat(1_000_000), ':) '.repeat(300_000), '1'.repeat(1_000_000), '123456-'.repeat(150_000), '😀'.repeat(300_000), 'nu, '.repeat(200_000), 'jūs '.repeat(200_000), '<'.repeat(1_000_000), '^'.repeat(1_000_000), '\u200D'.repeat(500_000), '33309240064 '.repeat(80_000)]) {
      const messages = withinBound(3000, () => only('familiarity', letter(content), { rules, profile: 'lt-probacija' }), content.slice(0, 8));
      expect(messages.length).toBeLessThanOrEqual(200);
    }
  }, 60_000);
});

describe('familiarity: bare fillers', () => {
  it('`nu` opening a sentence is a filler even without a comma (000 telephone annex 11)', () => {
    expect(only('familiarity', letter('nu skola tikrai yra, sumokėkite iki mėnesio pabaigos.'))).toHaveLength(1);
    expect(only('familiarity', letter('Gavome jo prašymą ir jį išnagrinėsime.'))).toHaveLength(0);
    expect(only('familiarity', letter('jo prašymas bus svarstomas.'))).toHaveLength(0);
  });
});
