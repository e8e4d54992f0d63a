import { describe, expect, it } from 'vitest';
import { fix } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';

const SIGN = '\n\nPagarbiai,\nJonas Jonaitis\nVyr. specialistas\nTel. +370 5 212 3456';

describe('greeting', () => {
  it.each([
    ['Laba diena, gerb. Ona,\n\ndėkojame už laišką.' + SIGN],
    ['Labas rytas,\n\ndėkojame už laišką.' + SIGN],
    ['Sveiki, p. Jonai,\n\ndėkojame už laišką.' + SIGN],
    ['Gerbiamoji Ona,\n\ndėkojame už laišką.' + SIGN],
    ['Laba diena,\nGerb. Jonai,\n\ndėkojame už laišką.' + SIGN],
  ])('does not fire on a greeting: %j', (body) => {
    expect(ids(body)).not.toContain('greeting');
  });

  it('fires when the body opens with content', () => {
    const [message] = only('greeting', 'Dėkojame už laišką.' + SIGN);
    expect(message).toMatchObject({ ruleId: 'greeting', severity: 2, line: 1, column: 1, source: 'email-lint' });
    expect(message!.message).toContain('000 §70.3');
  });

  it('a forbidden greeting is still a greeting (SPEC §2)', () => {
    expect(ids('Labas,\n\ndėkojame už laišką.' + SIGN)).toEqual(['greeting-informal']);
  });

  it('quoted history is not the greeting', () => {
    const body = 'Dėkojame už laišką.' + SIGN + '\n\n-----Original Message-----\nFrom: ona@x.lt\nSent: 2024-05-06\nTo: info@inst.lt\n\nLaba diena,';
    expect(ids(body)).toContain('greeting');
  });

  it('uses Latvian examples in lv-valsts', () => {
    const [message] = only('greeting', 'Paldies par vēstuli.', { profile: 'lv-valsts' });
    expect(message!.message).toContain('Labdien');
  });
});

describe('greeting-informal', () => {
  it.each(['Labas,', 'Sveikas,', 'Laba,', 'Labukas!', 'Hi Jonas,', 'Hello,', 'Labas Jonai,'])('fires on %j', (greeting) => {
    const messages = only('greeting-informal', `${greeting}\n\ndėkojame už laišką.${SIGN}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 1, severity: 2 });
  });

  it.each(['Laba diena,', 'Labas rytas,', 'Labas vakaras!', 'Sveiki,', 'Gerb. Jonai,', 'Dear Mr Smith,'])('allows %j', (greeting) => {
    expect(ids(`${greeting}\n\ndėkojame už laišką.${SIGN}`)).not.toContain('greeting-informal');
  });

  it('does not take an ordinary sentence for a greeting', () => {
    expect(ids('Čia rasite visą reikalingą informaciją apie prašymų pateikimą.' + SIGN)).toEqual(['greeting']);
  });

  it('Latvian: Čau is informal, Labdien is fine', () => {
    expect(ids('Čau,\n\npaldies par vēstuli.', { profile: 'lv-valsts' })).toContain('greeting-informal');
    expect(ids('Labdien,\n\npaldies par vēstuli.', { profile: 'lv-valsts' })).not.toContain('greeting-informal');
  });
});

describe('greeting-punctuation', () => {
  it('fires when the greeting line ends with neither comma nor !', () => {
    const messages = only('greeting-punctuation', 'Laba diena\n\nDėkojame už laišką.' + SIGN);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 11, severity: 1 });
    expect(messages[0]!.fix).toEqual({ range: [10, 10], text: ',' });
  });

  it('only greeting-punctuation fires, not greeting-case (SPEC §2)', () => {
    expect(ids('Laba diena\n\nDėkojame už laišką.' + SIGN)).toEqual(['greeting-punctuation']);
  });

  it('replaces a full stop by a comma', () => {
    const { body } = fix({ body: 'Laba diena, gerb. Ona.\n\ndėkojame už laišką.' + SIGN });
    expect(body.split('\n')[0]).toBe('Laba diena, gerb. Ona,');
  });

  it.each(['Laba diena,', 'Laba diena!', 'Laba diena, gerb. Ona,', 'Laba diena, dėkojame už Jūsų laišką.'])('allows %j', (line) => {
    expect(ids(`${line}\n\ndėkojame už laišką.${SIGN}`)).not.toContain('greeting-punctuation');
  });
});

describe('greeting-case', () => {
  it('after a comma, a capital sentence start is lowered (fix)', () => {
    const body = 'Laba diena,\n\nDėkojame už laišką.' + SIGN;
    const [message] = only('greeting-case', body);
    expect(message).toMatchObject({ line: 3, column: 1, severity: 1, expected: ['dėkojame'] });
    expect(fix({ body }).body).toBe('Laba diena,\n\ndėkojame už laišką.' + SIGN);
  });

  it('after !, a small letter is raised (fix)', () => {
    const body = 'Laba diena!\n\ndėkojame už laišką.' + SIGN;
    expect(only('greeting-case', body)).toHaveLength(1);
    expect(fix({ body }).body.split('\n')[2]).toBe('Dėkojame už laišką.');
  });

  it.each([
    'Laba diena,\n\nJūsų prašymas gautas.',
    'Laba diena,\n\nJums siunčiame atsakymą.',
    'Laba diena,\n\nVilniaus miesto savivaldybė informuoja, kad prašymas gautas.',
    'Laba diena,\n\nVMI informuoja, kad prašymas gautas.',
    'Laba diena!\n\nDėkojame už laišką.',
    'Laba diena,\n\ndėkojame už laišką.',
  ])('allows %j', (start) => {
    expect(ids(start + SIGN)).not.toContain('greeting-case');
  });

  it('is silent in Latvian letters (a capital follows the comma there)', () => {
    expect(ids('Labdien,\n\nPaldies par vēstuli.', { profile: 'lv-valsts' })).not.toContain('greeting-case');
  });

  it('second fix changes nothing', () => {
    const once = fix({ body: 'Laba diena\n\nDėkojame už laišką.' + SIGN });
    expect(fix(once)).toEqual(once);
    expect(letter('x')).toContain('Pagarbiai');
  });
});
