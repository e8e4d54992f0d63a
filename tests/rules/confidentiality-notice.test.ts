import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../linter/index.js';
import { ids, letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const probation = { profile: 'lt-probacija' as const };
const signature = 'Jonas Jonaitis\nVyriausiasis specialistas\nLietuvos probacijos tarnyba\nTel. +370 5 212 3456';
const notice = 'Šiame laiške esanti informacija yra konfidenciali ir skirta tik adresatui.';

describe('confidentiality-notice', () => {
  it('personal code and no notice: fires at the code (probation profile)', () => {
    const messages = only('confidentiality-notice', letter('Jūsų asmens kodas 33309240064 patikslintas.', signature), probation);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'confidentiality-notice', severity: 1, line: 3, column: 19 });
    expect(messages[0]!.expected?.[0]).toContain('konfidenciali');
  });

  it('a code only in the quoted history still asks for the notice', () => {
    const body = letter('Jūsų prašymą gavome.', signature) + '\n\n> Mano kodas 33309240064.';
    expect(ids(body, probation)).toContain('confidentiality-notice');
  });

  it('is off in the other profiles', () => {
    expect(ids(letter('Kodas 33309240064.', signature))).not.toContain('confidentiality-notice');
    expect(ids(letter('Kodas 33309240064.', signature), { profile: 'lt-vmb' })).not.toContain('confidentiality-notice');
  });

  const valid: Array<[string, string]> = [
    ['notice after the signature', letter('Jūsų asmens kodas 33309240064.', `${signature}\n\n${notice}`)],
    ['notice as the last content line', letter(`Jūsų asmens kodas 33309240064.\n\n${notice}`, signature)],
    ['notice after a -- delimiter', `Laba diena,\n\nkodas 33309240064.\n\nPagarbiai,\n-- \n${signature}\nKONFIDENCIALU`],
    ['English notice', letter('Kodas 33309240064.', `${signature}\nThis e-mail is confidential.`)],
    ['no personal data', letter('Jūsų prašymą gavome.', signature)],
    ['phone and IBAN are not personal codes', letter('Tel. +37061234567, sąskaita LT12 1000 0111 0100 1000.', signature)],
  ];
  it.each(valid)('not: %s', (_name, body) => {
    expect(ids(body, probation)).not.toContain('confidentiality-notice');
  });

  it('a notice word far above the end does not count', () => {
    const content = `Ši informacija konfidenciali.\n\n${Array.from({ length: 8 }, (_, i) => `Eilutė ${i}.`).join('\n')}\nKodas 33309240064.`;
    expect(ids(letter(content, signature), probation)).toContain('confidentiality-notice');
  });
});

describe('confidentiality-notice: hostile input', () => {
  it('stays linear and caps its messages', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'confidentiality-notice' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    for (const content of [' '.repeat(500_000), 'a'.repeat(1_000_000), ':'.repeat(1_000_000), ':) '.repeat(300_000), '1'.repeat(1_000_000), '123456-'.repeat(150_000), '😀'.repeat(300_000), 'nu, '.repeat(200_000), 'jūs '.repeat(200_000), '<'.repeat(1_000_000), '^'.repeat(1_000_000), '\u200D'.repeat(500_000), '33309240064 '.repeat(80_000)]) {
      const messages = withinBound(3000, () => only('confidentiality-notice', letter(content), { rules, profile: 'lt-probacija' }), content.slice(0, 8));
      expect(messages.length).toBeLessThanOrEqual(200);
    }
  }, 60_000);
});
