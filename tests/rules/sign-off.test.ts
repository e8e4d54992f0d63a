import { describe, expect, it } from 'vitest';
import { ids, only } from './helpers.js';

const HEAD = 'Laba diena,\n\ndėkojame už laišką.\n\n';
const SIG = 'Jonas Jonaitis\nVyr. specialistas\nTel. +370 5 212 3456';

describe('sign-off', () => {
  it.each(['Pagarbiai,', 'Su pagarba', 'Geros dienos!', 'Viso gero,', 'Gero savaitgalio!', 'Kind regards,'])('allows %j', (closing) => {
    expect(ids(`${HEAD}${closing}\n${SIG}`)).not.toContain('sign-off');
  });

  it('fires when the signature has no closing before it', () => {
    const [message] = only('sign-off', `${HEAD}${SIG}`);
    expect(message).toMatchObject({ ruleId: 'sign-off', severity: 2, line: 5, column: 1 });
    expect(ids(`${HEAD}${SIG}`)).toEqual(['sign-off']);
  });

  it('a forbidden closing is still a closing (SPEC §2)', () => {
    expect(ids(`${HEAD}Iki\n${SIG}`)).toEqual(['sign-off-informal']);
  });

  it('Latvian closings in lv-valsts', () => {
    const body = 'Labdien,\n\npaldies par vēstuli. Viedokli varat izteikt https://www.example.lv/aptauja\n\nAr cieņu,\nJānis Bērziņš\nVecākais referents\nValsts ieņēmumu dienests\nTālr. +371 6712 3456\njanis.berzins@vid.gov.lv';
    expect(ids(body, { profile: 'lv-valsts' })).not.toContain('sign-off');
  });
});

describe('sign-off-informal', () => {
  it.each(['Sudie', 'Viso', 'Iki!', 'Ate', 'Bye', 'Prašom', 'Nėra už ką'])('fires on %j', (closing) => {
    const [message] = only('sign-off-informal', `${HEAD}${closing}\n${SIG}`);
    expect(message).toMatchObject({ line: 5, column: 1, severity: 2 });
  });

  it('`Viso gero` is fine, `Viso` alone is not', () => {
    expect(ids(`${HEAD}Viso gero\n${SIG}`)).not.toContain('sign-off-informal');
  });

  it('a sentence starting with Iki is not a closing', () => {
    expect(ids(`${HEAD}Iki gegužės 5 d. laukiame dokumentų.\n\nPagarbiai,\n${SIG}`)).not.toContain('sign-off-informal');
  });
});
