import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../linter/index.js';
import { letter, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const body = letter('dėkojame už laišką.');

describe('all-caps', () => {
  describe('valid', () => {
    const valid: Array<[string, string | { body: string; subject?: string }, Record<string, unknown>?]> = [
      ['acronyms', letter('Kreipkitės į VMI, SODRA ar SĮ „VMB“. PVM ir GPM deklaracijos – LR ES UAB Nr. 5.')],
      ['acronym-only line', letter('VMI PVM GPM')],
      ['company names in capitals after a legal form', letter('Sutartis su UAB „MAXIMA LT“ ir AB „IGNITIS GRUPĖ“ bei SĮ „VILNIAUS MIESTO BŪSTAS“.')],
      ['Latvian company name', 'Labdien,\n\nlīgums ar SIA "LATVIJAS MOBILAIS TELEFONS" ir spēkā.\n\nAr cieņu,\nJānis Bērziņš', { profile: 'lv-valsts' }],
      ['Title Case institution', letter('Lietuvos Respublikos Vyriausybė patvirtino.')],
      ['short capitals are acronyms', letter('Žr. ABC ir XYZ bei IKI.')],
      ['codes with digits', letter('Kodas LT12ABCD ir COVID-19, A4 LAPAS 2024M.')],
      ['one capitalised word in a sentence', letter('Prašome SKUBIAI pateikti dokumentus.')],
      ['two capitalised words in a sentence', letter('Prašome LABAI SKUBIAI pateikti dokumentus.')],
      ['a short word alone on a line', letter('SKUBU\nkita eilutė.')],
      ['capitals in an e-mail address and URL', letter('Rašykite INFO.SKYRIUS@VMI.LT arba https://VMI.LT/PRASYMU-FORMOS.')],
      ['capitals in the signature', letter('teksto.', 'Jonas Jonaitis\nVALSTYBINĖ MOKESČIŲ INSPEKCIJA\nTel. +370 5 212 3456')],
      ['capitals in quoted history', `${letter('atsakome.')}\n\n> KODĖL NIEKAS NEATSAKO Į MANO LAIŠKUS?`],
      ['configured word', letter('KLAIPĖDOS JŪRŲ UOSTAS veikia.'), { allowedWords: ['klaipėdos', 'jūrų', 'uostas'] }],
      ['abbreviation before a name', 'Laba diena, gerb. JONAI,\n\nteksto.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456'],
      ['subject with prefixes and an acronym', { body, subject: 'RE: FW: Dėl VMI pažymos' }],
      ['unknown subject', { body }],
    ];
    it.each(valid)('%s', (_name, draft, options) => {
      expect(only('all-caps', draft, options)).toEqual([]);
    });
  });

  describe('invalid', () => {
    const invalid: Array<[string, string | { body: string; subject?: string }, string, number, number, string?]> = [
      ['a whole line', letter('PRAŠOME PATEIKTI DOKUMENTUS'), 'PRAŠOME PATEIKTI DOKUMENTUS', 3, 1],
      ['a line of two words', letter('LABAI SKUBU!'), 'LABAI SKUBU', 3, 1],
      ['a long single word alone', letter('SVARBU!\nDokumentus pateikite iki rytojaus.'), 'SVARBU', 3, 1],
      ['DĖMESIO alone', letter('DĖMESIO\nnauja tvarka.'), 'DĖMESIO', 3, 1],
      ['a sentence in a line', letter('Ačiū. DOKUMENTUS PATEIKITE. Viso gero.'), 'DOKUMENTUS PATEIKITE', 3, 7],
      ['a run of three', letter('Prašome PATEIKTI VISUS DOKUMENTUS iki rytojaus.'), 'PATEIKTI VISUS DOKUMENTUS', 3, 9],
      ['a run with a short word and an acronym', letter('Kreipkitės DĖL VMI PAŽYMOS rytoj.'), 'DĖL VMI PAŽYMOS', 3, 12],
      ['a run across a lone capital letter', letter('Tada KREIPKITĖS Į SKYRIŲ TUOJAU pat.'), 'KREIPKITĖS Į SKYRIŲ TUOJAU', 3, 6],
      ['capitals after a quoted company name', letter('Sutartis su UAB „MAXIMA“ PRAŠOME NEDELSIANT ATSAKYTI.'), 'UAB „MAXIMA“ PRAŠOME NEDELSIANT ATSAKYTI', 3, 13],
      ['greeting in capitals', 'LABA DIENA,\n\nteksto.\n\nPagarbiai,\nJonas Jonaitis\nTel. +370 5 212 3456', 'LABA DIENA', 1, 1],
      ['closing in capitals', 'Laba diena,\n\nteksto.\n\nPAGARBIAI,\nJonas Jonaitis\nTel. +370 5 212 3456', 'PAGARBIAI', 5, 1],
      ['Latvian', 'Labdien,\n\nLŪDZU ATBILDIET NEKAVĒJOTIES.\n\nAr cieņu,\nJānis Bērziņš', 'LŪDZU ATBILDIET NEKAVĒJOTIES', 3, 1],
      ['subject in capitals', { body, subject: 'RE: PRAŠYMAS DĖL PAŽYMOS' }, 'PRAŠYMAS DĖL PAŽYMOS', 1, 5, 'subject'],
      ['subject of one long word', { body, subject: 'SKUNDAS' }, 'SKUNDAS', 1, 1, 'subject'],
    ];
    it.each(invalid)('%s', (_name, draft, actual, line, column, field = 'body') => {
      const messages = only('all-caps', draft);
      expect(messages).toHaveLength(1);
      const [message] = messages;
      expect(message!.severity).toBe(2);
      expect(message!.field).toBe(field);
      expect(message!.actual).toBe(actual);
      expect([message!.line, message!.column]).toEqual([line, column]);
      expect(message!.fix).toBeUndefined();
    });
  });

  it('reports one message per line, not per word', () => {
    const messages = only('all-caps', letter('KODĖL JŪS NEATSAKOTE Į MANO LAIŠKUS IR SKAMBUČIUS\nANTRA EILUTĖ IRGI RĖKIA'));
    expect(messages.map((m) => m.line)).toEqual([3, 4]);
  });

  it('reports separate sentences and runs of one line separately', () => {
    const messages = only('all-caps', letter('SKUBIAI ATSAKYKITE! Ačiū, o PRAŠYMĄ PATEIKITE TUOJAU.'));
    expect(messages.map((m) => m.actual)).toEqual(['SKUBIAI ATSAKYKITE', 'PRAŠYMĄ PATEIKITE TUOJAU']);
  });

  it('leaves an upper-case WWW. link alone', () => {
    expect(only('all-caps', letter('Žr. WWW.VMI.LT/PRASYMU-FORMOS ir kitur.'))).toEqual([]);
  });

  it('stays linear on hostile lines', () => {
    // This rule alone: other rules' speed is theirs to test.
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'all-caps' ? 'error' : 'off'])) as Record<string, 'error' | 'off'>;
    for (const content of ['A'.repeat(1_000_000), 'AB1 '.repeat(250_000), 'ABCD. '.repeat(150_000), 'Ą'.repeat(500_000) + ' x', 'LABAI '.repeat(150_000)]) {
      withinBound(3000, () => only('all-caps', letter(content), { rules }), content.slice(0, 8));
    }
  });

  it('caps its messages at 100 on a hostile line of offenders, in bounded time', () => {
    const rules = Object.fromEntries([...ruleIds].map((id) => [id, id === 'all-caps' ? 'error' : 'off'])) as Record<string, string>;
    expect(withinBound(3000, () => only('all-caps', letter('SVARBU! ir. '.repeat(100_000)), { rules } as never))).toHaveLength(100);
  });
});
