import { describe, expect, it } from 'vitest';
import { applyFixes, ruleIds } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

describe('repeated-words', () => {
  const invalid: Array<[string, string, number, number, string]> = [
    ['ir ir', 'Pridedame pažymą ir ir sutartį.', 3, 18, 'Pridedame pažymą ir sutartį.'],
    ['capital then lower', 'Dėl dėl prašymo.', 3, 1, 'Dėl prašymo.'],
    ['upper case words', 'PRAŠOME PRAŠOME atvykti.', 3, 1, 'PRAŠOME atvykti.'],
    ['across a line break', 'Prašome pateikti\npateikti pažymą.', 3, 9, 'Prašome pateikti pažymą.'],
    ['several spaces', 'Gavome  gavome laišką.', 3, 1, 'Gavome laišką.'],
    // The plugin skips capitalised repeats (names); the polite pronoun is capitalised mid-sentence.
    ['the polite pronoun twice', 'Informuosime Jus Jus el. paštu.', 3, 14, 'Informuosime Jus el. paštu.'],
    ['the polite pronoun, then capitalised', 'Gavome jūsų Jūsų prašymą.', 3, 8, 'Gavome jūsų prašymą.'],
    ['the polite pronoun across a line break', 'Dėkojame Jums\nJums už laišką.', 3, 10, 'Dėkojame Jums už laišką.'],
    ['the polite pronoun in capitals: one message', 'INFORMUOSIME JUS JUS PAŠTU.', 3, 14, 'INFORMUOSIME JUS PAŠTU.'],
  ];
  it.each(invalid)('%s', (_name, content, line, column, fixed) => {
    const body = letter(content);
    const messages = only('repeated-words', body);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'repeated-words', severity: 1, line, column });
    expect(applyFixes(body, [messages[0]!.fix!])).toBe(letter(fixed));
  });

  it('reports each repeat', () => {
    expect(only('repeated-words', letter('Tai tai yra yra klaida.'))).toHaveLength(2);
  });

  // Only the paragraphs with two equal words side by side are parsed: repeats in the first and
  // the third of four paragraphs are both found, in order, and the others stay clean.
  it('repeats in several paragraphs', () => {
    const body = letter('Gavome gavome laišką.\n\nDokumentus išnagrinėsime.\n\nPrašome pateikti pateikti pažymą.\n\nAčiū.');
    expect(only('repeated-words', body).map((m) => [m.line, m.actual])).toEqual([
      [3, 'Gavome gavome'],
      [7, 'pateikti pateikti'],
    ]);
  });

  const valid: Array<[string, string]> = [
    ['capitalised repeats (names)', letter('Kreipkitės į Duran Duran grupę.')],
    ['a capitalised name twice', letter('Kreipkitės į Bella Bella studiją.')],
    ['the polite pronoun in two paragraphs', letter('Gavome laišką, kurį parašėte Jūs\n\nJūs taip pat klausiate apie terminą.')],
    ['a URL with repeated parts', letter('Žr. https://e.lt/a/a a.')],
    ['an e-mail address', letter('Rašykite info@info.lt.')],
    ['a URL ending in the word', letter('Žr. https://e.lt/ir ir kitur.')],
    ['different words', letter('Pridedame pažymą ir sutartį.')],
    ['separated by punctuation', letter('Taip, taip, gavome.')],
    ['across sentences', letter('Ačiū. Ačiū už kantrybę.')],
    ['numbers', letter('Kabinetas 5 5 aukšte.')],
    ['quoted history', letter('Gavome.') + '\n\n> ir ir'],
    ['signature', letter('Gavome.', 'Jonas Jonas\nSpecialistas\nTel. +370 5 212 3456')],
  ];
  it.each(valid)('not: %s', (_name, body) => {
    expect(ids(body)).not.toContain('repeated-words');
  });

  it('Latvian text', () => {
    const [message] = only('repeated-words', 'Labdien!\n\nPaldies par par vēstuli.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' });
    expect(message?.reason).toContain('atkārtots');
    const [pronoun] = only('repeated-words', 'Labdien!\n\nInformēsim Jūs Jūs pa e-pastu.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' });
    expect(pronoun).toMatchObject({ line: 3, column: 12, actual: 'Jūs Jūs', expected: ['Jūs'] });
  });
});

describe('repeated-words: hostile input', () => {
  it('stays linear and caps its messages', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'repeated-words' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    for (const content of [' '.repeat(100_000), 'a'.repeat(200_000), ':) '.repeat(60_000), 'ir '.repeat(60_000), 'jūs '.repeat(40_000), 'Jūs '.repeat(40_000), 'a.'.repeat(100_000), 'https://'.repeat(20_000), 'ir ir\n\n'.repeat(140_000)]) {
      const messages = withinBound(3000, () => only('repeated-words', letter(content), { rules, profile: 'lt-probacija' }), content.slice(0, 8));
      expect(messages.length).toBeLessThanOrEqual(200);
    }
  }, 60_000);
});
