import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../linter/index.js';
import { letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const body = letter('dėkojame už laišką.');

describe('placeholder', () => {
  describe('valid', () => {
    const valid: Array<[string, string | { body: string; subject?: string }, Record<string, unknown>?]> = [
      ['an ordinary letter', body],
      ['e-mail in angle brackets', letter('Rašykite Jonui <jonas.jonaitis@example.lt>.')],
      ['link in angle brackets', letter('Žr. <https://www.e-tar.lt/portal/lt/legalAct/123>.')],
      ['HTML-ish text', letter('Paryškinta <b>svarbi</b> dalis ir </p>.')],
      ['comparison signs', letter('Jei suma < 100 Eur ir > 50 Eur, mokėti nereikia.')],
      ['parentheses around other words', letter('Pateikite pažymą (originalą) ir datą (iki gegužės 5 d.).')],
      ['footnotes and tags in brackets', letter('Žr. [1] ir [2], [image: logo], [SECURE], [Priedas Nr. 1].')],
      ['x inside words and numbers', letter('Taxi, maxxx, 3xxx, xx ir XX a. pastatas.')],
      ['a line of underscores (separator)', letter('________________________________\nteksto.')],
      ['placeholders in quoted history', `${letter('atsakome.')}\n\n> Sveiki, aš <vardas>, mano tel. XXX, iki <...> (data)`],
      ['template mode', letter('Būsiu išvykęs iki <...> (data). Kreipkitės į Vardenis Pavardenis, tel. XXX.'), { template: true }],
      ['template mode subject', { body, subject: 'Dėl {{tema}}' }, { template: true }],
      ['a name that merely contains “varden”', letter('Kreipkitės į p. Vardanianą.')],
    ];
    it.each(valid)('%s', (_name, draft, options) => {
      expect(only('placeholder', draft, options)).toEqual([]);
    });
  });

  describe('invalid', () => {
    const invalid: Array<[string, string | { body: string; subject?: string }, string, number, number, string?]> = [
      ['<...>', letter('Būsiu išvykęs iki <...>.'), '<...>', 3, 19],
      ['<…>', letter('Būsiu išvykęs iki <…>.'), '<…>', 3, 19],
      ['(data)', letter('Grįšiu birželio 5 (data).'), '(data)', 3, 19],
      ['Latvian (datums)', letter('Atgriezīšos (datums).'), '(datums)', 3, 13],
      ['{{…}}', letter('Gerb. {{vardas}}, pranešame.'), '{{vardas}}', 3, 7],
      ['[Vardas Pavardė]', letter('teksto.', '[Vardas Pavardė]\nVyriausiasis specialistas\nTel. +370 5 212 3456'), '[Vardas Pavardė]', 6, 1],
      ['[Title Case words]', letter('Kreipkitės į [Įstaigos Skyrių].'), '[Įstaigos Skyrių]', 3, 14],
      ['[lv placeholder word]', letter('Ar cieņu, [vārds, uzvārds].'), '[vārds, uzvārds]', 3, 11],
      ['<placeholder word>', letter('Jūsų prašymo numeris <numeris>.'), '<numeris>', 3, 22],
      ['Vardenis Pavardenis', letter('Kreipkitės į Vardenis Pavardenis.'), 'Vardenis Pavardenis', 3, 14],
      ['vocative Vardeni Pavardeni', 'Laba diena, gerb. Vardeni Pavardeni,\n\nteksto.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456', 'Vardeni Pavardeni', 1, 19],
      ['XXX', letter('Jūsų bylos numeris XXX.'), 'XXX', 3, 20],
      ['xxxx in a phone', letter('Tel. +370 5 xxxx.'), 'xxxx', 3, 13],
      ['___ blank', letter('Data: _______ .'), '_______', 3, 7],
      ['subject', { body, subject: 'RE: Dėl <...> prašymo' }, '<...>', 1, 9, 'subject'],
      ['subject XXX', { body, subject: 'Byla Nr. XXX' }, 'XXX', 1, 10, 'subject'],
    ];
    it.each(invalid)('%s', (_name, draft, actual, line, column, field = 'body') => {
      const messages = only('placeholder', draft);
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message!.severity).toBe(2);
      expect(message!.field).toBe(field);
      expect(message!.actual).toBe(actual);
      expect([message!.line, message!.column]).toEqual([line, column]);
    });
  });

  it('reports the 000 §73 sample auto-reply, one message per placeholder', () => {
    const template = 'Laba diena,\n\ndėkoju už laišką. Aš būsiu išvykęs iki <...> (data). Jūsų laišką perskaitysiu grįžęs.\n\n' +
      'Prireikus skubios pagalbos, prašome kreiptis į (Vardenis, Pavardenis, pareigos, tel. numeris ir el. pašto adresas).\n\nPagarbiai,\nJonas Jonaitis';
    expect(only('placeholder', template).map((m) => m.actual)).toEqual(['<...>', '(data)', 'Vardenis, Pavardenis']);
    expect(only('placeholder', template, { template: true })).toEqual([]);
  });

  it('stays linear on hostile lines', () => {
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'placeholder' ? 'error' : 'off'])) as Record<string, 'error' | 'off'>;
    for (const content of ['<'.repeat(1_000_000), '['.repeat(500_000) + ']', 'x'.repeat(1_000_000) + '1', '_'.repeat(1_000_000) + 'a', '{{'.repeat(400_000), '( '.repeat(400_000)]) {
      withinBound(3000, () => only('placeholder', letter(content), { rules }), content.slice(0, 4));
    }
  });

  it('caps its messages at 100 on a hostile line of offenders, in bounded time', () => {
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'placeholder' ? 'error' : 'off'])) as Record<string, string>;
    expect(withinBound(3000, () => only('placeholder', letter('XXX '.repeat(250_000)), { rules } as never))).toHaveLength(100);
  });
});
