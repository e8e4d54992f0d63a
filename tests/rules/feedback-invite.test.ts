import { describe, expect, it } from 'vitest';
import type { DraftInput, LintOptions } from '../../linter/index.js';
import { only } from './helpers.js';

const LV: LintOptions = { profile: 'lv-valsts' };
const SIGN = 'Ar cieņu,\nJānis Bērziņš\nVecākais referents\nValsts ieņēmumu dienests\nTālr. +371 67 123 456\njanis.berzins@vid.gov.lv';
const reply = (content: string, signature = SIGN): DraftInput => ({
  body: `Labdien!\n\nPaldies par Jūsu vēstuli. ${content}\n\n${signature}`,
  subject: 'RE: Deklarācija',
});

interface Case {
  name: string;
  draft: DraftInput;
  options?: LintOptions;
}

const valid: Case[] = [
  {
    name: 'invitation with a link on the same line',
    draft: reply('Deklarācija ir pieņemta.\nSavu viedokli varat izteikt šeit: https://www.vid.gov.lv/lv/atsauksmes'),
  },
  {
    name: 'invitation with a link in capitals, outside the known domains',
    draft: reply('Deklarācija ir pieņemta.\nSavu viedokli varat izteikt šeit: HTTPS://ANKETA.EXAMPLE.DE/FORMA'),
  },
  {
    name: 'invitation with the link on the next line',
    draft: reply('Deklarācija ir pieņemta.\nAicinām izteikt priekšlikumus mūsu mājaslapā:\nwww.vid.gov.lv/priekslikumi'),
  },
  {
    name: 'invitation in the signature with a bare domain link',
    draft: reply('Deklarācija ir pieņemta.', `${SIGN}\nJūsu viedoklis mums ir svarīgs: vid.gov.lv/atsauksmes`),
  },
  { name: 'not a reply', draft: { body: 'Labdien!\n\nInformējam par izmaiņām.\n\n' + SIGN, subject: 'Izmaiņas' } },
  { name: 'off in Lithuanian profiles', draft: reply('Deklarācija ir pieņemta.'), options: { profile: 'lt' } },
];

const invalid: Array<Case & { kind: 'none' | 'link'; line: number; column: number }> = [
  { name: 'no invitation at all', draft: reply('Deklarācija ir pieņemta.'), kind: 'none', line: 3, column: 1 },
  {
    name: 'invitation without a link',
    draft: reply('Deklarācija ir pieņemta.\nLūdzam izteikt savu viedokli par mūsu darbu.'),
    kind: 'link',
    line: 4,
    column: 21,
  },
  {
    name: 'a link whose path says `atsauksmes` is no invitation',
    draft: reply('Deklarācija ir pieņemta. Skatīt https://www.vid.gov.lv/atsauksmes'),
    kind: 'none',
    line: 3,
    column: 1,
  },
  {
    name: 'an e-mail domain is not a link',
    draft: reply('Deklarācija ir pieņemta.\nSavus priekšlikumus sūtiet uz info@vid.gov.lv.'),
    kind: 'link',
    line: 4,
    column: 7,
  },
  {
    name: 'the invitation in the quoted history does not count',
    draft: {
      body: `Labdien!\n\nPaldies par vēstuli. Deklarācija ir pieņemta.\n\n${SIGN}\n\nNo: VID <info@vid.gov.lv>\nNosūtīts: pirmdiena, 2024. gada 6. maijs 10:15\nKam: klients@inbox.lv\nTēma: Deklarācija\n\nIzsakiet viedokli: https://www.vid.gov.lv/atsauksmes`,
    },
    kind: 'none',
    line: 3,
    column: 1,
  },
];

describe('feedback-invite', () => {
  it.each(valid)('silent: $name', ({ draft, options }) => {
    expect(only('feedback-invite', draft, options ?? LV)).toEqual([]);
  });

  it.each(invalid)('fires: $name', ({ draft, options, kind, line, column }) => {
    const messages = only('feedback-invite', draft, options ?? LV);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'feedback-invite', severity: 1, line, column });
    expect(messages[0]!.message).toContain(kind === 'none' ? 'aiciniet klientu izteikt savu viedokli' : 'trūkst saites');
    expect(messages[0]!.message).toContain('004 E-PASTS');
  });
});
