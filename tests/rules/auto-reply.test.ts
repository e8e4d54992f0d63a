import { describe, expect, it } from 'vitest';
import { ruleInfos, type DraftInput, type LintOptions } from '../../linter/index.js';
import { ids, only } from './helpers.js';
import { withinBound } from '../support/bounded-time.js';

const SIGNATURE = 'Pagarbiai,\nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456';
const auto = (content: string, signature = SIGNATURE): string => `Laba diena,\n\n${content}\n\n${signature}`;

// 000 §73's own template example, as the standard prints it.
const TEMPLATE_000 = `Laba diena,

dėkoju už laišką. Aš būsiu (esu) išvykęs iki <...> (data). Jūsų laišką perskaitysiu grįžęs.

Prireikūs skubios pagalbos, prašome kreiptis į (Vardenis, Pavardenis, pareigos, tel. numeris ir el. pašto adresas).`;

const DATE = { lt: 'iki kada nebūsite darbe', en: 'until when you are away' };
const CONTACT = { lt: 'į ką kreiptis', en: 'whom to contact instead' };

interface Case {
  name: string;
  draft: string | DraftInput;
  options?: LintOptions;
}

const valid: Case[] = [
  {
    name: 'date (ISO) and stand-in with phone',
    draft: auto('dėkoju už laišką. Atostogauju iki 2024-05-06.\nSkubiais klausimais kreipkitės į Oną Onaitę, tel. +370 5 212 3457.'),
  },
  {
    name: 'month name and e-mail',
    draft: auto('Esu išvykęs iki gegužės 6 d. Prireikus skubios pagalbos prašome kreiptis į\nOną Onaitę, ona.onaite@vmb.lt.'),
  },
  { name: 'short date `05-06`', draft: auto('Būsiu išvykusi iki 05-06. Mane pavaduoja Ona Onaitė, tel. 8 5 212 3457.') },
  { name: '`iki 6 d.`', draft: auto('Atostogauju iki 6 d. Kreipkitės į Oną Onaitę, ona@vmb.lt.') },
  { name: 'day.month.year', draft: auto('Esu komandiruotėje iki 6.05.2024. Kreipkitės į Oną Onaitę, ona@vmb.lt.') },
  {
    name: 'stand-in contact block after a colon, no closing (the parser may call it a signature)',
    draft: 'Laba diena,\n\natostogauju iki 2024-05-06. Skubiais klausimais kreipkitės:\n\nOna Onaitė\nVyr. specialistė\nTel. +370 5 212 3457',
  },
  {
    name: 'English out-of-office',
    draft: auto('I am away until May 6, 2024. Please contact Ona Onaitė, ona.onaite@vmb.lt, +370 5 212 3457.'),
  },
  {
    name: 'Latvian: `līdz 2024. gada 6. maijam` and `lūdzu sazinieties ar`',
    draft:
      'Labdien!\n\nEsmu atvaļinājumā līdz 2024. gada 6. maijam.\nSteidzamos jautājumos lūdzu sazinieties ar Annu Liepu, anna.liepa@vid.gov.lv, tālr. 67 123 456.\n\nAr cieņu,\nJānis Bērziņš',
    options: { profile: 'lv-valsts' },
  },
  { name: 'Latvian `6. maijam`', draft: 'Labdien!\n\nEsmu prombūtnē līdz 6. maijam. Lūdzu sazinieties ar Annu Liepu, tālr. +371 67 123 456.', options: { profile: 'lv-valsts' } },
  { name: '000 §73 template in template mode', draft: TEMPLATE_000, options: { template: true } },
  {
    name: 'template mode with `{{date}}` and `<kontaktai>`',
    draft: auto('Atostogauju iki {{date}}. Skubiais klausimais kreipkitės į <vardas, pavardė, tel.>.'),
    options: { template: true },
  },
  { name: 'an ordinary letter is not an auto-reply', draft: auto('dėkojame už laišką. Jūsų prašymą išnagrinėjome.') },
  {
    name: 'a Latvian letter about the client’s own leave is not an auto-reply',
    draft: 'Labdien!\n\nJūsu atvaļinājuma pieteikums ir saņemts. Komandējuma izdevumi tiks atmaksāti.\n\nAr cieņu,\nJānis Bērziņš',
    options: { profile: 'lv-valsts' },
  },
  {
    name: 'the client’s out-of-office in quoted history is not ours',
    draft: auto('dėkojame už laišką.') + '\n\n> Atostogauju iki gegužės.\n> Automatinis atsakymas',
  },
];

const invalid: Array<Case & { expect: Array<keyof typeof DATE> }> = [
  { name: 'neither date nor contact', draft: auto('Šiuo metu atostogauju. Į laišką atsakysiu grįžęs.'), expect: ['lt', 'lt'] },
  {
    name: 'no date',
    draft: auto('Atostogauju. Skubiais klausimais kreipkitės į Oną Onaitę, tel. +370 5 212 3457.'),
    expect: ['lt'],
  },
  { name: 'no contact (a stand-in named without phone or e-mail)', draft: auto('Atostogauju iki 2024-05-06. Kreipkitės į Oną Onaitę.'), expect: ['lt'] },
  {
    name: 'the sender’s own phone in the signature is not a stand-in’s contact',
    draft: auto('Automatinis atsakymas: esu išvykęs iki 2024-05-06.'),
    expect: ['lt'],
  },
  {
    name: 'a phone-like `34-56` in the signature is not a date',
    draft: auto('Atostogauju. Kreipkitės į Oną Onaitę, ona@vmb.lt.', 'Pagarbiai,\nJonas Jonaitis\nVyriausiasis specialistas\nTel. 8 5 212 34-56'),
    expect: ['lt'],
  },
  { name: '000 §73 template without template mode', draft: TEMPLATE_000, expect: ['lt', 'lt'] },
  {
    name: 'Latvian prombūtne without either',
    draft: 'Labdien!\n\nEsmu prombūtnē. Atbildēšu pēc atgriešanās.\n\nAr cieņu,\nJānis Bērziņš',
    options: { profile: 'lv-valsts' },
    expect: ['lt', 'lt'],
  },
  {
    name: 'detected from the subject (Outlook `Automatic reply:`)',
    draft: { body: auto('Šiuo metu manęs nėra. Atsakysiu vėliau.'), subject: 'Automatic reply: Dėl buto' },
    expect: ['lt', 'lt'],
  },
];

describe('auto-reply', () => {
  it.each(valid)('silent: $name', ({ draft, options }) => {
    expect(only('auto-reply', draft, options)).toEqual([]);
  });

  it.each(invalid)('fires: $name', ({ draft, options, expect: count }) => {
    const messages = only('auto-reply', draft, options);
    expect(messages).toHaveLength(count.length);
    for (const message of messages) expect(message).toMatchObject({ ruleId: 'auto-reply', severity: 2 });
  });

  it('one message per missing element, each at its place', () => {
    const messages = only('auto-reply', auto('Šiuo metu atostogauju. Į laišką atsakysiu grįžęs.'));
    expect(messages.map((m) => m.message.includes(DATE.lt) ? 'date' : m.message.includes(CONTACT.lt) ? 'contact' : '?').sort()).toEqual(['contact', 'date']);
    const date = messages.find((m) => m.message.includes(DATE.lt))!;
    // The marker `atostogauju` on line 3 column 11.
    expect(date).toMatchObject({ line: 3, column: 11, actual: 'atostogauju' });
  });

  it('finds a marker wrapped over a line break, and one in the subject only', () => {
    const wrapped = only('auto-reply', auto('Šiuo metu aš nebūsiu\ndarbe. Į laišką atsakysiu grįžęs.'));
    expect(wrapped.map((m) => m.actual)).toContain('nebūsiu\ndarbe');
    const subjectOnly = only('auto-reply', { body: auto('Į laišką atsakysiu grįžęs.'), subject: 'Automatinis atsakymas: Dėl pažymos' });
    expect(subjectOnly).toHaveLength(2);
  });

  it('the missing contact is reported at the stand-in phrase when there is one', () => {
    const [message] = only('auto-reply', auto('Atostogauju iki 2024-05-06. Kreipkitės į Oną Onaitę.'));
    expect(message).toMatchObject({ line: 3, column: 29, actual: 'Kreipkitės' });
    expect(message!.message).toContain(CONTACT.lt);
  });

  it('messages in the user’s language', () => {
    const messages = only('auto-reply', auto('Šiuo metu atostogauju.'), { language: 'en' });
    expect(messages.map((m) => m.message).join('\n')).toContain(DATE.en);
    expect(messages.map((m) => m.message).join('\n')).toContain(CONTACT.en);
  });

  it('the 000 §73 template example passes auto-reply in template mode but not placeholder-free text', () => {
    expect(ids(TEMPLATE_000, { template: true })).not.toContain('auto-reply');
    expect(only('auto-reply', TEMPLATE_000.replace('<...> (data)', '...'), { template: true })).toHaveLength(1);
  });

  it('stays linear on a 1 MB adversarial line', () => {
    const line = 'atostogauju ' + '1-'.repeat(250_000) + ' ' + '(('.repeat(100_000) + '<'.repeat(100_000);
    // Only this rule on: other rules' cost is theirs to measure.
    const rules = Object.fromEntries(ruleInfos.map((rule) => [rule.id, rule.id === 'auto-reply' ? 'error' : 'off'] as const));
    withinBound(2000, () => {
      only('auto-reply', auto(line), { template: true, rules });
      only('auto-reply', auto(line), { rules });
    });
  });
});
