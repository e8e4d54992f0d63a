import { describe, expect, it } from 'vitest';
import { ids, letter, only } from './helpers.js';

describe('line-length', () => {
  it('counts Unicode characters after NFC, not bytes', () => {
    const seventy = 'ą'.repeat(70);
    expect(ids(letter(seventy))).not.toContain('line-length');
    // Decomposed letters (a + combining ogonek) are one character each after NFC.
    expect(ids(letter('a\u0328'.repeat(70)))).not.toContain('line-length');
    const [message] = only('line-length', letter('ą'.repeat(71)));
    expect(message).toMatchObject({ line: 3, column: 71, endColumn: 72, severity: 1 });
  });

  it('positions point into the original text (decomposed input)', () => {
    const [message] = only('line-length', letter('a\u0328'.repeat(71)));
    // 70 composed characters = 140 code units in the original.
    expect(message).toMatchObject({ line: 3, column: 141 });
  });

  it('exempts a line that is only a URL', () => {
    expect(ids(letter('https://www.example.lt/' + 'a'.repeat(90)))).not.toContain('line-length');
  });

  it('never fires on quoted history', () => {
    const body = letter('Trumpai.') + '\n\n> ' + 'x '.repeat(60);
    expect(ids(body)).not.toContain('line-length');
  });

  it('checks the signature too', () => {
    expect(ids(letter('Trumpai.', 'Jonas Jonaitis\nVyr. specialistas\nTel. +370 5 212 3456, el. p. jonas.jonaitis@labai-ilgas-istaigos-pavadinimas.lt'))).toContain('line-length');
  });

  it('option max', () => {
    expect(ids(letter('x'.repeat(50)), { rules: { 'line-length': ['warning', { max: 40 }] } })).toContain('line-length');
  });
});

describe('max-lines', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `Eilutė ${i + 1}.`).join('\n');
  it('12 content lines are fine, 13 are not', () => {
    expect(ids(letter(lines(12)))).not.toContain('max-lines');
    const [message] = only('max-lines', letter(lines(13)));
    expect(message).toMatchObject({ line: 15, severity: 1, actual: '13' });
  });
  it('blank lines, greeting, signature and quoted history do not count', () => {
    const body = letter(lines(6) + '\n\n\n' + lines(6)) + '\n\n' + Array.from({ length: 30 }, () => '> citata').join('\n');
    expect(ids(body)).not.toContain('max-lines');
  });
});
