import { describe, expect, it } from 'vitest';
import { ids, only } from './helpers.js';

const HEAD = 'Laba diena,\n\ndėkojame už laišką.\n\nPagarbiai,\n';

describe('signature', () => {
  it('fires when nothing follows the closing', () => {
    const [message] = only('signature', `${HEAD}`);
    expect(message).toMatchObject({ severity: 2, line: 5 });
    // With no signature at all only `signature` fires (SPEC §2).
    expect(ids(HEAD)).toEqual(['signature']);
  });

  it('a name on the closing line is a signature', () => {
    expect(ids('Laba diena,\n\ndėkojame už laišką.\n\nPagarbiai, Jonas Jonaitis')).not.toContain('signature');
  });

  it('a signature after `-- ` counts', () => {
    expect(ids('Laba diena,\n\ndėkojame už laišką.\n\nPagarbiai\n-- \nJonas Jonaitis\nVyr. specialistas\nTel. 8 5 212 3456')).toEqual([]);
  });
});

describe('signature-fields', () => {
  it('names each missing field', () => {
    const [message] = only('signature-fields', `${HEAD}Jonas Jonaitis`);
    expect(message!.expected).toEqual(['position', 'phone']);
    expect(message!.message).toContain('pareigos, telefonas');
  });

  it('lt-utena also requires the unit (001 §10)', () => {
    const signature = 'Jonas Jonaitis\nVyr. specialistas\nTel. +370 389 51 234';
    expect(only('signature-fields', HEAD + signature)).toHaveLength(0);
    expect(only('signature-fields', HEAD + signature, { profile: 'lt-utena' })[0]!.expected).toEqual(['unit']);
    expect(only('signature-fields', HEAD + 'Jonas Jonaitis\nVyr. specialistas\nInformacijos skyrius\nTel. +370 389 51 234', { profile: 'lt-utena' })).toHaveLength(0);
  });

  it('lt-utena: an eldership is a unit, its elder a position', () => {
    const signed = (position: string, unit: string): string =>
      `${HEAD}Jonas Jonaitis\n${position}\n${unit}\nUtenos rajono savivaldybės administracija\nTel. +370 389 12345\nEl. p. jonas.jonaitis@utena.lt`;
    expect(only('signature-fields', signed('Seniūnas', 'Utenos seniūnija'), { profile: 'lt-utena' })).toEqual([]);
    expect(only('signature-fields', signed('Vyriausioji specialistė', 'Leliūnų seniūnija'), { profile: 'lt-utena' })).toEqual([]);
    // The eldership's name is no position: a signature without one is told so.
    expect(only('signature-fields', signed('Utenos seniūnija', 'Tel. +370 389 12346'), { profile: 'lt-utena' })[0]!.expected).toEqual(['position']);
  });

  it('lt: the posts of municipal and state staff are positions, in both genders', () => {
    const signed = (position: string): string =>
      `${HEAD}Jonas Jonaitis\n${position}\nSocialinės paramos skyrius\nUtenos rajono savivaldybės administracija\nTel. +370 389 12345\nEl. p. jonas.jonaitis@utena.lt`;
    for (const position of [
      'Priėmimo skyriaus registratorė',
      'Tarybos narys',
      'Tarybos narė',
      'Meras',
      'Vicemerė',
      'Statistikė',
      'Notarė',
      'Antstolis',
      'Ugniagesys gelbėtojas',
      'Socialinė darbuotoja',
      'Skyriaus vedėjo pavaduotoja',
      'Viešųjų pirkimų specialistė',
    ]) {
      expect(only('signature-fields', signed(position), { profile: 'lt-utena' }), position).toEqual([]);
    }
  });

  it('lt-utena: a service or centre named above the institution is the unit', () => {
    const signed = (...lines: string[]): string => `${HEAD}Jonas Jonaitis\nVyriausiasis specialistas\n${lines.join('\n')}\nTel. +370 389 12345\nEl. p. jonas.jonaitis@utena.lt`;
    for (const unit of ['Vidaus audito tarnyba', 'Viešųjų pirkimų tarnyba', 'Klientų aptarnavimo centras']) {
      expect(only('signature-fields', signed(unit, 'Utenos rajono savivaldybės administracija'), { profile: 'lt-utena' }), unit).toEqual([]);
    }
    // The institution alone still lacks the unit.
    expect(only('signature-fields', signed('Utenos rajono savivaldybės administracija'), { profile: 'lt-utena' })[0]!.expected).toEqual(['unit']);
  });

  it('lt: schools and laboratories are institutions', () => {
    for (const institution of ['Utenos Aukštakalnio progimnazija', 'Nacionalinė visuomenės sveikatos priežiūros laboratorija']) {
      const body = `${HEAD}Jonas Jonaitis\nVyriausiasis specialistas\n${institution}\nTel. +370 389 12345`;
      expect(only('signature-fields', body, { profile: 'lt-probacija' }), institution).toEqual([]);
    }
  });

  it('lt-probacija requires the institution', () => {
    const signature = 'Ona Petraitienė\nProbacijos pareigūnė\nTel. +370 5 212 3456';
    expect(only('signature-fields', HEAD + signature, { profile: 'lt-probacija' })[0]!.expected).toEqual(['institution']);
    expect(only('signature-fields', HEAD + signature + '\nLietuvos probacijos tarnyba', { profile: 'lt-probacija' })).toHaveLength(0);
  });

  it('lt-vmb: name and surname are enough in a reply (002 §4.2.3)', () => {
    const body = `${HEAD}Jonas Jonaitis`;
    expect(only('signature-fields', { body, subject: 'RE: Dėl buto' }, { profile: 'lt-vmb' })).toHaveLength(0);
    expect(only('signature-fields', { body, subject: 'Dėl buto' }, { profile: 'lt-vmb' })).toHaveLength(1);
  });

  it('names with foreign letters are names', () => {
    expect(only('signature-fields', `${HEAD}Małgorzata Kowalska\nVyr. specialistė\nTel. +370 5 212 3456`)).toHaveLength(0);
  });

  it('lv-valsts requires name, institution, position, phone and e-mail', () => {
    const [message] = only('signature-fields', 'Labdien,\n\npaldies.\n\nAr cieņu,\nJānis Bērziņš\nVecākais referents', { profile: 'lv-valsts' });
    expect(message!.expected).toEqual(['institution', 'phone', 'email']);
  });

  it('lv-valsts: a woman’s position is a position (`darbiniece`, `padomniece`, `vietniece`)', () => {
    const signed = (position: string): string =>
      `Labdien,\n\npaldies.\n\nAr cieņu,\nLīga Kalniņa\n${position}\nValsts ieņēmumu dienests\nTālr. +371 67 123 456\nE-pasts: liga.kalnina@vid.gov.lv`;
    for (const position of [
      'Probācijas darbiniece',
      'Padomniece',
      'Direktora vietniece',
      'Vecākā referente',
      'Domes priekšsēdētāja',
      'Lietvede',
      'Psiholoģe',
      'Sociālā darbiniece',
      'Klientu apkalpošanas speciāliste',
      'Juriskonsulte',
      'Valdes loceklis',
      'Tiesu izpildītāja',
      'Muitas uzraugs',
      'Tiesneša palīdze',
    ]) {
      expect(only('signature-fields', signed(position), { profile: 'lv-valsts' }), position).toEqual([]);
    }
    expect(only('signature-fields', signed('Rīga'), { profile: 'lv-valsts' })[0]!.expected).toEqual(['position']);
  });

  it('lv-valsts: schools, hospitals, libraries and municipal bodies are institutions', () => {
    const signed = (institution: string): string =>
      `Labdien,\n\npaldies.\n\nAr cieņu,\nLīga Kalniņa\nVecākā referente\n${institution}\nTālr. +371 67 123 456\nE-pasts: liga.kalnina@example.lv`;
    for (const institution of [
      'Rīgas Valsts 1. ģimnāzija',
      'Jelgavas pirmsskolas izglītības iestāde „Pasaciņa”',
      'Siguldas bērnudārzs',
      'Paula Stradiņa Klīniskā universitātes slimnīca',
      'Latvijas Nacionālā bibliotēka',
      'Ogres novada pašvaldība',
      'Uzņēmumu reģistrs',
      'Valsts kase',
    ]) {
      expect(only('signature-fields', signed(institution), { profile: 'lv-valsts' }), institution).toEqual([]);
    }
    expect(only('signature-fields', signed('Tālr. +371 67 000 000'), { profile: 'lv-valsts' })[0]!.expected).toEqual(['institution']);
  });

  it('config can set the required fields', () => {
    expect(only('signature-fields', `${HEAD}Jonas Jonaitis`, { signatureFields: ['name'] })).toHaveLength(0);
  });
});

describe('signature-fields: real-world forms', () => {
  it('a labelled short city number is a phone', () => {
    expect(only('signature-fields', `${HEAD}Jonas Jonaitis\nVyr. specialistas\nTel. 212 3456`)).toHaveLength(0);
    // An unlabelled short number is not taken for a phone.
    expect(only('signature-fields', `${HEAD}Jonas Jonaitis\nVyr. specialistas\nKab. 212`)[0]!.expected).toEqual(['phone']);
  });

  it('a name after an academic title is a name', () => {
    expect(only('signature-fields', `${HEAD}dr. Ona Petraitienė\nVyr. specialistė\nTel. +370 5 212 3456`)).toHaveLength(0);
    expect(only('signature-fields', `${HEAD}Doc. dr. Jonas Jonaitis\nSkyriaus vedėjas\nTel. +370 5 212 3456`)).toHaveLength(0);
  });
});
