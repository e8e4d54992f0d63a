import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const words = (n: number, word = 'žodis'): string => Array.from({ length: n }, () => word).join(' ');
// Distinct words so that `repeated-words` stays out of the way.
const sentence = (n: number, letter = 'w'): string => Array.from({ length: n }, (_, i) => `${i === 0 ? letter.toUpperCase() : letter}${i}`).join(' ') + '.';

describe('sentence-length', () => {
  it('25 words are fine, 26 are not', () => {
    expect(ids(letter(sentence(25)))).not.toContain('sentence-length');
    const messages = only('sentence-length', letter(sentence(26)));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'sentence-length', severity: 1, line: 3, column: 1, actual: '26' });
  });

  // Only the paragraphs that may hold a long sentence are parsed; a paragraph break ends a sentence.
  it('long sentences in several paragraphs, and none over a blank line', () => {
    const body = letter(`${sentence(30)}\n\nTrumpas sakinys.\n\n${sentence(27, 'v')}`);
    expect(only('sentence-length', body).map((m) => [m.line, m.actual])).toEqual([
      [3, '30'],
      [7, '27'],
    ]);
    // 20 words, a blank line, 20 more in lower case: two paragraphs, two short sentences.
    expect(ids(letter(`${sentence(20).slice(0, -1)}\n\n${sentence(20, 'v').toLowerCase()}`))).not.toContain('sentence-length');
  });

  it('points at the long sentence only, across line breaks', () => {
    // Two sentences of 15 words, the second on the next line.
    expect(ids(letter(`Trumpas sakinys. ${sentence(15)}\n${sentence(15, 'v')}`))).not.toContain('sentence-length');
    // One sentence of 30 words over two lines.
    const long = `Trumpas sakinys. ${sentence(15).slice(0, -1)}\n${sentence(15, 'v').toLowerCase()}`;
    const [message] = only('sentence-length', letter(long));
    expect(message).toMatchObject({ line: 3, column: 18, endLine: 4, actual: '30' });
  });

  it('a URL or an e-mail address is one word; dashes are none', () => {
    const base = sentence(23).slice(0, -1);
    expect(ids(letter(`${base} https://www.example.lt/a/b/c?d=1&e=2 – info@example.lt.`))).not.toContain('sentence-length');
    expect(ids(letter(`${base} https://www.example.lt/a/b/c?d=1&e=2 ir info@example.lt.`))).toContain('sentence-length');
  });

  it('Lithuanian abbreviations do not hide a long sentence', () => {
    const content = `2024 m. gegužės 5 d. gavome Jūsų prašymą, pvz. dėl ${words(1, 'pažymos')} ${sentence(22)}`;
    expect(only('sentence-length', letter(content))).toHaveLength(1);
  });

  it('a list without full stops is split at its items', () => {
    const list = Array.from({ length: 12 }, (_, i) => `- dokumentas numeris ${i}`).join('\n');
    expect(ids(letter(`Pridedame:\n${list}`))).not.toContain('sentence-length');
    const numbered = Array.from({ length: 12 }, (_, i) => `${i + 1}) dokumentas numeris ${i}`).join('\n');
    expect(ids(letter(`Pridedame šiuos dokumentus\n${numbered}`))).not.toContain('sentence-length');
    const lines = Array.from({ length: 12 }, (_, i) => `punktas numeris ${i};`).join('\n');
    expect(ids(letter(lines))).not.toContain('sentence-length');
  });

  it('option max', () => {
    expect(ids(letter(sentence(11)), { rules: { 'sentence-length': ['warning', { max: 10 }] } })).toContain('sentence-length');
    expect(ids(letter(sentence(40)), { rules: { 'sentence-length': ['warning', { max: 50 }] } })).not.toContain('sentence-length');
  });

  it('never judges quoted history or the signature', () => {
    expect(ids(letter('Gavome.') + `\n\n> ${sentence(40)}`)).not.toContain('sentence-length');
  });

  it('Latvian message', () => {
    const [message] = only('sentence-length', `Labdien!\n\n${sentence(30)}\n\nAr cieņu,\nJānis Bērziņš`, { profile: 'lv-valsts' });
    expect(message?.reason).toContain('Teikums par garu');
  });
});

describe('sentence-length: hostile input', () => {
  it('stays linear and caps its messages', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'sentence-length' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    for (const content of [' '.repeat(100_000), 'a'.repeat(200_000), ':) '.repeat(60_000), 'ir '.repeat(60_000), 'jūs '.repeat(40_000), 'a.'.repeat(100_000), 'https://'.repeat(20_000)]) {
      const messages = withinBound(3000, () => only('sentence-length', letter(content), { rules, profile: 'lt-probacija' }), content.slice(0, 8));
      expect(messages.length).toBeLessThanOrEqual(200);
    }
  }, 60_000);
});
