import { describe, expect, it } from 'vitest';
import { findPersonalCodes, isLatvianPersonalCode, isLithuanianPersonalCode } from '../../linter/text/personal-codes.js';
import { ruleIds } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

describe('personal codes', () => {
  it('Lithuanian: date and check digit (both weight rounds)', () => {
    expect(isLithuanianPersonalCode('33309240064')).toBe(true);
    expect(isLithuanianPersonalCode('33309240065')).toBe(false); // wrong check digit
    expect(isLithuanianPersonalCode('38501011239')).toBe(true);
    expect(isLithuanianPersonalCode('61001010009')).toBe(true);
    expect(isLithuanianPersonalCode('49002291234')).toBe(false); // 1990-02-29 does not exist
    expect(isLithuanianPersonalCode('73309240064')).toBe(false); // first digit 7
    expect(isLithuanianPersonalCode('33313240064')).toBe(false); // month 13
  });
  it('Latvian: DDMMYY-CNNNN with a valid date, and the new 32… format', () => {
    expect(isLatvianPersonalCode('120389-11233')).toBe(true);
    expect(isLatvianPersonalCode('321234-56789')).toBe(true);
    expect(isLatvianPersonalCode('310289-11233')).toBe(false); // 31 February
    expect(isLatvianPersonalCode('120389-51233')).toBe(false); // century digit 5
  });
  it('not phones, IBANs, dates, longer numbers', () => {
    const text = 'Tel. +37061234567, 37061234567, 8 612 34567, LT12 1000 0111 0100 1000, LT121000011101001000, 2024-05-05, 133309240064, 33309240064-1';
    expect(findPersonalCodes(text)).toEqual([]);
  });
});

describe('personal-data', () => {
  const invalid: Array<[string, string, number, number]> = [
    ['LT code in the content', letter('Jūsų asmens kodas 33309240064 įrašytas.'), 3, 19],
    ['LT code at the start of a line', letter('33309240064 – toks kodas nurodytas.'), 3, 1],
    ['LV code', letter('Personas kods: 120389-11233.'), 3, 16],
  ];
  it.each(invalid)('%s', (_name, body, line, column) => {
    const messages = only('personal-data', body);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'personal-data', severity: 1, line, column });
    expect(messages[0]!.reason).toContain('sutikimu');
    expect(messages[0]!.reason).not.toMatch(/\d{11}|\d{6}-\d{5}/); // the code is masked in the message
  });

  it('each code in own text is reported', () => {
    expect(only('personal-data', letter('Kodai: 33309240064 ir 38501011239.'))).toHaveLength(2);
  });

  it('quoted history: reported once, saying the quoted letter has it', () => {
    const body = letter('Jūsų prašymą gavome.') + '\n\n> Mano asmens kodas 33309240064.\n> Sūnaus kodas 61001010009.';
    const messages = only('personal-data', body);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('Cituojamame laiške');
    expect(messages[0]!.reason).toContain('ir dar 1');
    expect(messages[0]).toMatchObject({ line: 10, column: 21 });
  });

  it('Latvian profile speaks Latvian', () => {
    const [message] = only('personal-data', 'Labdien!\n\nJūsu personas kods 120389-11233.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' });
    expect(message?.reason).toContain('piekrišanu');
  });

  const valid: Array<[string, string]> = [
    ['phone numbers', letter('Skambinkite +37061234567 arba 8 612 34567.')],
    ['an IBAN', letter('Sąskaita LT12 1000 0111 0100 1000, AB SEB bankas.')],
    ['an IBAN without spaces', letter('Sąskaita LT121000011101001000.')],
    ['dates and document numbers', letter('2024-05-05 raštas Nr. 2R-1234, byla Nr. 12345678.')],
    ['11 digits with a wrong check digit', letter('Kodas 33309240065.')],
    ['11 digits with an impossible date', letter('Numeris 33399990064.')],
  ];
  it.each(valid)('not: %s', (_name, body) => {
    expect(ids(body)).not.toContain('personal-data');
  });
});

describe('personal-data: hostile input', () => {
  it('stays linear and caps its messages', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'personal-data' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    for (const content of [' '.repeat(500_000), 'a'.repeat(1_000_000), ':'.repeat(1_000_000), ':) '.repeat(300_000), '1'.repeat(1_000_000), '123456-'.repeat(150_000), '😀'.repeat(300_000), 'nu, '.repeat(200_000), 'jūs '.repeat(200_000), '<'.repeat(1_000_000), '^'.repeat(1_000_000), '\u200D'.repeat(500_000), '33309240064 '.repeat(80_000)]) {
      const messages = withinBound(3000, () => only('personal-data', letter(content), { rules, profile: 'lt-probacija' }), content.slice(0, 8));
      expect(messages.length).toBeLessThanOrEqual(200);
    }
  }, 60_000);
});
