import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutAround, excerptAround, MASK, maskPersonalData } from '../../audit/mask.js';
import { ltPersonalCode } from '../../audit/generate.js';
import { withinBound } from '../support/bounded-time.js';

describe('maskPersonalData', () => {
  it.each([
    ['Asmens kodas 38703181745, prašome patikslinti.', 'Asmens kodas •••, prašome patikslinti.'],
    ['kodas 48912310123.', 'kodas •••.'],
    ['Personas kods 010190-12345 ir norādīts', 'Personas kods ••• ir norādīts'],
    ['kods 321234-56789', 'kods •••'],
    ['Skambinkite +370 612 34567 arba', 'Skambinkite ••• arba'],
    ['Tel. +370 5 212 3456', 'Tel. •••'],
    ['tel. +37061234567.', 'tel. •••.'],
    ['Tālr. +371 29 123 456', 'Tālr. •••'],
    ['mob. 8 612 34567', 'mob. •••'],
    ['mob. 8-612-34567, darbo', 'mob. •••, darbo'],
    ['tel. (8 5) 212 3456', 'tel. •••'],
    ['tālrunis 29123456', 'tālrunis •••'],
    ['Rašykite jonas.jonaitis@gmail.com arba', 'Rašykite ••• arba'],
    ['El. p. ona.petraitienė@institucija.lt', 'El. p. •••'],
  ])('masks %s', (input, output) => {
    expect(maskPersonalData(input)).toBe(output);
  });

  it.each([
    'Prašymas Nr. 15 išnagrinėtas 2025-03-14 per 20 darbo dienų.',
    'Mokestis 12,50 Eur; 3 lapai.',
    'Sprendimas priimtas 2024 m. birželio 5 d.',
  ])('keeps ordinary numbers: %s', (input) => {
    expect(maskPersonalData(input)).toBe(input);
  });

  it('masks any valid Lithuanian personal code wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.stringMatching(/^\d{9}$/),
        fc.string({ maxLength: 20 }).filter((s) => !/\d$/.test(s)),
        fc.string({ maxLength: 20 }).filter((s) => !/^\d/.test(s)),
        (first, rest, before, after) => {
          const code = ltPersonalCode(`${first}${rest}`);
          const masked = maskPersonalData(`${before}${code}${after}`);
          expect(masked).not.toContain(code);
          expect(masked).toContain(MASK);
        },
      ),
    );
  });

  it('masks any e-mail address', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        expect(maskPersonalData(`Rašykite ${address} .`)).not.toContain(address);
      }),
    );
  });
});

describe('excerptAround', () => {
  const body = ['Laba diena,', '', `${'Labai ilga eilutė '.repeat(30)}kodas 38703181745 ir dar ${'žodžių '.repeat(40)}`, 'Pagarbiai,'].join('\n');

  it('never returns more than 200 characters and never the whole body', () => {
    const excerpt = excerptAround(body, 3, 560);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(200);
    expect(excerpt).not.toContain('Pagarbiai');
    expect(excerpt).toContain('•••');
    expect(excerpt).not.toMatch(/\d{5}/);
  });

  it('shows the line and the next one when the line is short', () => {
    expect(excerptAround('Labas,\nkaip sekasi? 8 612 34567\n\nkita', 1, 1)).toBe('Labas,\nkaip sekasi? •••');
  });

  it('masks before cutting, so a cut never leaves part of an address', () => {
    const long = `${'a '.repeat(95)}jonas.jonaitis@gmail.com ${'b '.repeat(100)}`;
    for (let column = 1; column < long.length; column += 7) {
      const excerpt = excerptAround(long, 1, column);
      expect(excerpt).not.toMatch(/@|jonaitis|gmail/);
    }
  });

  it('cutAround marks cuts', () => {
    const text = 'x'.repeat(500);
    const cut = cutAround(text, 250, 100);
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(Array.from(cut).length).toBe(100);
  });
});

describe('addressed names', () => {
  it('masks the client named after an address form, in lt, lv and en', () => {
    expect(maskPersonalData('Laba diena, gerb. Jonai Jonaiti,')).toBe('Laba diena, gerb. •••,');
    expect(maskPersonalData('Sveiki, p. Onai,')).toBe('Sveiki, p. •••,');
    expect(maskPersonalData('Gerbiamoji Ona Petraitiene,')).toBe('Gerbiamoji •••,');
    expect(maskPersonalData('Godātā Bērziņas kundze!')).toBe('Godātā ••• kundze!');
    expect(maskPersonalData('Dear Mr Smith,')).toBe('Dear •••,');
    // Ordinary words after an address form stay.
    expect(maskPersonalData('Laba diena, gerb. klientai,')).toBe('Laba diena, gerb. klientai,');
  });

  it('stays linear on a long address-like run without a domain', () => {
    withinBound(2000, () => maskPersonalData('a'.repeat(200_000) + '@b'));
  });
});
