// Region boundaries (SPEC §1) on the plain-text bodies that Outlook (web, Windows, Mac), Gmail and
// Thunderbird produce for replies and forwards, in Lithuanian, Latvian and English.
// Fixtures: tests/fixtures/mail/*.txt (body only, as the client writes it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDraft, profiles, type ParsedDraft, type ProfileName } from '../../linter/index.js';
import { EMAIL } from '../../linter/text/patterns.js';

const MAIL = fileURLToPath(new URL('../fixtures/mail/', import.meta.url));
const fixture = (name: string): string => readFileSync(MAIL + name, 'utf8');

/** 0-based index of the first line whose text contains `needle` (throws when absent: a typo in a test). */
function lineOf(draft: ParsedDraft, needle: string, from = 0): number {
  for (let i = from; i < draft.lines.length; i++) if (draft.lines[i]!.text.includes(needle)) return i;
  throw new Error(`no line contains ${JSON.stringify(needle)}`);
}

/** A region `[first, last]` given by the text of its first and last line. */
type Span = [first: string, last: string];

interface Expected {
  greeting?: Span | null;
  content: Span | null;
  closing?: string | null;
  signature?: Span | null;
  /** First line of quoted history (it runs to the end), or null. */
  quoted: string | null;
  quotedMessages?: Array<{ line: string; from: string[]; to?: string[]; cc?: string[] }>;
  isReply?: boolean;
  isForward?: boolean;
}

interface Case {
  file: string;
  profile?: ProfileName;
  expected: Expected;
}

/** Actual regions as needles' line indexes, so a failure shows which boundary moved. */
function check(draft: ParsedDraft, expected: Expected): void {
  const span = (region: { start: number; end: number } | undefined): [number, number] | null => (region ? [region.start, region.end] : null);
  const want = (s: Span | null | undefined): [number, number] | null => {
    if (!s) return null;
    const first = lineOf(draft, s[0]);
    return [first, lineOf(draft, s[1], first) + 1];
  };
  if (expected.greeting !== undefined) expect(span(draft.greeting), 'greeting').toEqual(want(expected.greeting));
  const content = draft.content.end > draft.content.start ? span(draft.content) : null;
  expect(content, 'content').toEqual(want(expected.content));
  if (expected.closing !== undefined) {
    expect(span(draft.closing), 'closing').toEqual(expected.closing === null ? null : want([expected.closing, expected.closing]));
  }
  if (expected.signature !== undefined) expect(span(draft.signature), 'signature').toEqual(want(expected.signature));
  expect(span(draft.quoted), 'quoted').toEqual(expected.quoted === null ? null : [lineOf(draft, expected.quoted), draft.lines.length]);
  if (expected.quotedMessages) {
    expect(
      draft.quotedMessages.map((m) => ({ line: m.line, from: m.from, to: m.to, cc: m.cc })),
      'quotedMessages',
    ).toEqual(expected.quotedMessages.map((m) => ({ line: lineOf(draft, m.line), from: m.from, to: m.to ?? [], cc: m.cc ?? [] })));
  }
  if (expected.isReply !== undefined) expect(draft.isReply, 'isReply').toBe(expected.isReply);
  if (expected.isForward !== undefined) expect(draft.isForward, 'isForward').toBe(expected.isForward);
}

const parse = (body: string, profile: ProfileName = 'lt', extra: Record<string, unknown> = {}): ParsedDraft =>
  parseDraft({ body, ...extra }, profiles[profile]);

// The Lithuanian own part shared by most fixtures.
const LT_OWN = {
  greeting: ['Laba diena,', 'Laba diena,'] as Span,
  closing: 'Pagarbiai,',
};

const cases: Case[] = [
  {
    file: 'outlook-windows-reply-en.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '-----Original Message-----',
      quotedMessages: [{ line: 'From: Petras', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] }],
      isReply: true,
      isForward: false,
    },
  },
  {
    file: 'outlook-windows-reply-lt.txt',
    expected: {
      greeting: ['Laba diena,', 'Gerb. Petrai,'],
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      closing: 'Pagarbiai,',
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '-----Originalus laiškas-----',
      quotedMessages: [{ line: 'Nuo: Petras', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'], cc: ['ona.onaite@vmb.lt'] }],
      isReply: true,
    },
  },
  {
    file: 'outlook-windows-forward-lt.txt',
    expected: {
      greeting: ['Laba diena, gerb. Ona,', 'Laba diena, gerb. Ona,'],
      content: ['persiunčiu kliento', 'persiunčiu kliento'],
      closing: 'Su pagarba,',
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: 'Nuo: Petras',
      quotedMessages: [{ line: 'Nuo: Petras', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] }],
    },
  },
  {
    file: 'outlook-web-reply-en.txt',
    expected: {
      greeting: ['Good morning, Mr Smith,', 'Good morning, Mr Smith,'],
      content: ['thank you for your letter', 'thank you for your letter'],
      closing: 'Kind regards,',
      signature: ['Ona Onaitė', 'Tel. +370'],
      quoted: '________________________________',
      quotedMessages: [{ line: 'From: John', from: ['john.smith@example.com'], to: ['info@migracija.lt'] }],
    },
  },
  {
    file: 'outlook-web-forward-lv.txt',
    profile: 'lv-valsts',
    expected: {
      greeting: ['Labdien!', 'Labdien!'],
      content: ['Pārsūtu klienta', 'Pārsūtu klienta'],
      closing: 'Ar cieņu,',
      signature: ['Jānis Bērziņš', 'janis.berzins@vid.gov.lv'],
      quoted: '________________________________',
      quotedMessages: [{ line: 'No: Anna', from: ['anna.liepa@inbox.lv'], to: ['info@vid.gov.lv'] }],
    },
  },
  {
    file: 'outlook-web-internal-thread-lt.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '________________________________',
      quotedMessages: [
        { line: 'Nuo: Ona', from: ['ona.onaite@vmb.lt'], to: ['jonas.jonaitis@vmb.lt'], cc: ['ruta.rutaite@vmb.lt'] },
        { line: 'Nuo: Petras', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] },
      ],
    },
  },
  {
    file: 'outlook-mac-reply-en.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      signature: ['Ona Onaitė', 'Tel. 8 5'],
      quoted: 'From: Jonas',
      quotedMessages: [{ line: 'From: Jonas', from: ['jonas.petraitis@icloud.com'], to: ['ona.onaite@vmb.lt'] }],
    },
  },
  {
    file: 'gmail-reply-en.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      signature: ['Ona Onaitė', 'Tel. 8 5'],
      quoted: 'On Mon, May 6, 2024',
      quotedMessages: [{ line: 'On Mon, May 6, 2024', from: ['jonas.petraitis@gmail.com'] }],
      isReply: true,
    },
  },
  {
    file: 'gmail-reply-en-wrapped.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      signature: ['Ona Onaitė', 'Tel. 8 5'],
      quoted: 'On Mon, May 6, 2024',
      // The attribution's second line holds `wrote:`; the address is on the line above.
      quotedMessages: [{ line: 'wrote:', from: ['jonas.petraitis@gmail.com'] }],
    },
  },
  {
    file: 'gmail-reply-lt.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      signature: ['Ona Onaitė', 'Tel. 8 5'],
      quoted: '2024-05-06, pr, 10:15',
      quotedMessages: [{ line: 'rašė:', from: ['jonas.petraitis@gmail.com'] }],
    },
  },
  {
    file: 'gmail-reply-lv.txt',
    profile: 'lv-valsts',
    expected: {
      greeting: ['Labdien!', 'Labdien!'],
      content: ['Paldies par Jūsu vēstuli', 'Paldies par Jūsu vēstuli'],
      closing: 'Ar cieņu,',
      signature: ['Jānis Bērziņš', 'janis.berzins@vid.gov.lv'],
      quoted: 'pirmd., 2024. g. 6. maijs',
      quotedMessages: [{ line: 'rakstīja:', from: ['anna.liepa@gmail.com'] }],
      isReply: true,
    },
  },
  {
    file: 'gmail-forward-en.txt',
    expected: {
      greeting: ['Laba diena, gerb. Ona,', 'Laba diena, gerb. Ona,'],
      content: ['persiunčiu kliento', 'persiunčiu kliento'],
      closing: 'Pagarbiai,',
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '---------- Forwarded message ---------',
      quotedMessages: [{ line: 'From: Petras', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] }],
    },
  },
  {
    file: 'gmail-forward-lt.txt',
    expected: {
      greeting: ['Laba diena, gerb. Ona,', 'Laba diena, gerb. Ona,'],
      content: ['persiunčiu kliento', 'persiunčiu kliento'],
      closing: 'Pagarbiai,',
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '---------- Persiųstas laiškas ---------',
      quotedMessages: [{ line: 'Nuo: Petras', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] }],
    },
  },
  {
    file: 'thunderbird-reply-lt.txt',
    expected: {
      ...LT_OWN,
      content: ['dėkojame už laišką', 'dėkojame už laišką'],
      // The signature follows the `-- ` line.
      signature: ['Ona Onaitė', 'Tel. 8 5'],
      quoted: '2024-05-06 10:15, Jonas Jonaitis rašė:',
      quotedMessages: [{ line: 'rašė:', from: [] }],
      isReply: true,
    },
  },
  {
    file: 'thunderbird-reply-en.txt',
    expected: {
      greeting: ['Good afternoon,', 'Good afternoon,'],
      content: ['thank you for your letter', 'thank you for your letter'],
      closing: 'Best regards,',
      signature: ['Ona Onaitė', 'Tel. +370'],
      quoted: 'On 06/05/2024 10:15, John Smith wrote:',
      quotedMessages: [{ line: 'wrote:', from: [] }],
    },
  },
  {
    file: 'thunderbird-forward-en.txt',
    expected: {
      greeting: ['Laba diena, gerb. Ona,', 'Laba diena, gerb. Ona,'],
      content: ['persiunčiu kliento', 'persiunčiu kliento'],
      closing: 'Pagarbiai,',
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '-------- Forwarded Message --------',
      quotedMessages: [{ line: 'From: ', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] }],
    },
  },
  {
    file: 'thunderbird-forward-lt.txt',
    expected: {
      greeting: ['Laba diena, gerb. Ona,', 'Laba diena, gerb. Ona,'],
      content: ['persiunčiu kliento', 'persiunčiu kliento'],
      closing: 'Pagarbiai,',
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: '-------- Persiųstas laiškas --------',
      quotedMessages: [{ line: 'Nuo: ', from: ['petras.petraitis@gmail.com'], to: ['info@vmb.lt'] }],
    },
  },
];

describe('regions of real mail formats', () => {
  // Belt and braces against the shared-`lastIndex` problem of the regression test below.
  beforeEach(() => {
    EMAIL.lastIndex = 0;
  });

  it.each(cases)('$file', ({ file, profile, expected }) => {
    check(parse(fixture(file), profile), expected);
  });

  it.each(cases)('$file with CRLF line endings', ({ file, profile, expected }) => {
    check(parse(fixture(file).replace(/\n/g, '\r\n'), profile), expected);
  });

  it('quoted history is never a region of the own text', () => {
    for (const { file, profile } of cases) {
      const draft = parse(fixture(file), profile);
      for (let i = draft.quoted!.start; i < draft.lines.length; i++) expect(draft.regionOf(i), `${file}:${i + 1}`).toBe('quoted');
      for (let i = 0; i < draft.quoted!.start; i++) expect(draft.regionOf(i), `${file}:${i + 1}`).not.toBe('quoted');
    }
  });

  it('a forward by subject or compose type is a forward, not a reply', () => {
    const body = fixture('gmail-forward-en.txt');
    expect(parse(body, 'lt', { subject: 'Fwd: Dėl stogo remonto' })).toMatchObject({ isForward: true, isReply: false });
    expect(parse(body, 'lt', { composeType: 'forward' })).toMatchObject({ isForward: true, isReply: false });
    expect(parse(body, 'lt', { subject: 'Persiunčiama: Dėl stogo' })).toMatchObject({ isForward: true, isReply: false });
  });

  // Regression (fixed in 3de73e5): `EMAIL` (linter/text/patterns.ts) is one global /g regex. signatureFieldsOf()
  // (linter/draft/signature.ts) calls `EMAIL.test(text)`, which leaves `EMAIL.lastIndex` past the
  // match; `addressesIn()` then runs `text.matchAll(EMAIL)`, and matchAll copies that lastIndex, so
  // the next draft's quoted header addresses are cut (`ite@vmb.lt`) or missed (short `To:` lines).
  // internal-thread reads these addresses. Expected: the same addresses whatever was parsed before.
  it('quoted addresses do not depend on the previously parsed draft', () => {
    const body = fixture('outlook-web-internal-thread-lt.txt');
    const clean = parse(body).quotedMessages;
    parse('Laba diena,\n\ndėkojame.\n\nJonas Jonaitis\njonas.jonaitis.ilgas.adresas@vilniaus-miesto-bustas.lt');
    expect(parse(body).quotedMessages).toEqual(clean);
  });

  // Thunderbird's "start my reply below the quote": the attribution and `>` lines come first.
  // Regression (fixed in 3de73e5): findQuoteStart() took the first attribution as the start of quoted history
  // and marks everything after it quoted, so the own reply below the quote is lost (no greeting,
  // content, closing, signature). Expected: quoted = lines 1–4 only, greeting at line 6.
  it('bottom-posted Thunderbird reply: the own text below the quote is found', () => {
    const draft = parse(fixture('thunderbird-reply-bottom-posted-lt.txt'));
    expect(draft.greeting?.start).toBe(lineOf(draft, 'Laba diena,', 4));
    expect(draft.closing?.start).toBe(lineOf(draft, 'Pagarbiai,'));
    expect(draft.regionOf(lineOf(draft, 'dėkojame už laišką'))).toBe('content');
  });
});

describe('own-text boundaries', () => {
  it('greeting on two lines: `Laba diena,` + `Gerb. Jonai,`', () => {
    const draft = parse('Laba diena,\nGerb. Jonai,\n\ndėkojame už laišką.\n\nPagarbiai,\nOna Onaitė\nVyr. specialistė\nTel. 8 5 212 3457');
    check(draft, {
      greeting: ['Laba diena,', 'Gerb. Jonai,'],
      content: ['dėkojame', 'dėkojame'],
      closing: 'Pagarbiai,',
      signature: ['Ona Onaitė', 'Tel. 8 5'],
      quoted: null,
    });
    expect(draft.greeting!.phrase).toBe('Laba diena');
  });

  it('a second greeting-like line that is a sentence stays content', () => {
    const draft = parse('Laba diena,\nGerbiamoji, Jūsų prašymą gavome ir išnagrinėjome per dvi dienas.\n\nPagarbiai,\nOna Onaitė');
    expect(draft.greeting).toMatchObject({ start: 0, end: 1 });
  });

  it('closing with the name on the same line: `Pagarbiai, Jonas Jonaitis`', () => {
    const draft = parse('Laba diena,\n\ndėkojame už laišką.\n\nPagarbiai, Jonas Jonaitis');
    check(draft, {
      greeting: ['Laba diena,', 'Laba diena,'],
      content: ['dėkojame', 'dėkojame'],
      closing: 'Pagarbiai, Jonas Jonaitis',
      signature: ['Pagarbiai, Jonas Jonaitis', 'Pagarbiai, Jonas Jonaitis'],
      quoted: null,
    });
    expect(draft.closing!.phrase).toBe('Pagarbiai');
    expect(draft.signatureFields!.found.has('name')).toBe(true);
  });

  it('closing name line followed by position and phone', () => {
    const draft = parse('Laba diena,\n\ndėkojame už laišką.\n\nPagarbiai, Jonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456');
    expect(draft.closing).toMatchObject({ start: 4, end: 5 });
    // The lines after the closing are the signature; the name on the closing line is not lost.
    expect(draft.signature).toMatchObject({ start: 5, end: 7 });
  });

  it('signature after `-- ` (no closing)', () => {
    const draft = parse('Laba diena,\n\ndėkojame už laišką.\n\n-- \nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456');
    check(draft, {
      greeting: ['Laba diena,', 'Laba diena,'],
      content: ['dėkojame', 'dėkojame'],
      closing: null,
      signature: ['Jonas Jonaitis', 'Tel. +370'],
      quoted: null,
    });
    expect(draft.signatureDelimiter).toBe(4);
    expect(draft.regionOf(4)).toBe('signature');
  });

  it('`--` without the trailing space is also a delimiter', () => {
    const draft = parse('Laba diena,\n\ndėkojame.\n\nPagarbiai,\n--\nJonas Jonaitis\nTel. +370 5 212 3456');
    expect(draft.signatureDelimiter).toBe(5);
    expect(draft.signature).toMatchObject({ start: 6, end: 8 });
  });

  it('no closing but a signature block', () => {
    const draft = parse('Laba diena,\n\ndėkojame už laišką. Jūsų prašymas užregistruotas.\n\nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456\njonas.jonaitis@vmb.lt');
    check(draft, {
      greeting: ['Laba diena,', 'Laba diena,'],
      content: ['dėkojame', 'dėkojame'],
      closing: null,
      signature: ['Jonas Jonaitis', 'jonas.jonaitis@vmb.lt'],
      quoted: null,
    });
  });

  it('no closing, signature glued to the content (no blank line)', () => {
    const draft = parse('Laba diena,\n\ndėkojame už laišką. Jūsų prašymas užregistruotas.\nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456');
    expect(draft.content).toMatchObject({ start: 2, end: 3 });
    expect(draft.signature).toMatchObject({ start: 3, end: 6 });
  });

  it('a draft with only content', () => {
    const draft = parse('Jūsų prašymas užregistruotas. Atsakymą gausite per 5 darbo dienas.\nDėl papildomos informacijos kreipkitės telefonu.');
    check(draft, { greeting: null, content: ['Jūsų prašymas', 'Dėl papildomos'], closing: null, signature: null, quoted: null, isReply: false });
  });

  it('an empty body has no regions', () => {
    const draft = parse('');
    expect(draft).toMatchObject({ greeting: undefined, closing: undefined, signature: undefined, quoted: undefined });
    expect(draft.content.end).toBe(draft.content.start);
  });

  it('blank lines and spaces around regions are trimmed', () => {
    const draft = parse('\n\n  Laba diena,\n\n\n  dėkojame.  \n\n\n  Pagarbiai,\n  Jonas Jonaitis\n  Tel. +370 5 212 3456\n\n\n');
    expect(draft.greeting).toMatchObject({ start: 2, end: 3 });
    expect(draft.content).toMatchObject({ start: 5, end: 6 });
    expect(draft.closing).toMatchObject({ start: 8, end: 9 });
    expect(draft.signature).toMatchObject({ start: 9, end: 11 });
  });

  it('Latvian greeting, closing and signature', () => {
    const draft = parse('Labdien, cienījamā Liepas kundze!\n\nPaldies par vēstuli.\n\nAr labiem vēlējumiem\nJānis Bērziņš\nVecākais referents\nTālr. +371 67 123 456', 'lv-valsts');
    check(draft, {
      greeting: ['Labdien', 'Labdien'],
      content: ['Paldies', 'Paldies'],
      closing: 'Ar labiem vēlējumiem',
      signature: ['Jānis Bērziņš', 'Tālr.'],
      quoted: null,
    });
  });

  it('`>` quoting without an attribution line', () => {
    const draft = parse('Laba diena,\n\ndėkojame.\n\nPagarbiai,\nJonas Jonaitis\n\n> Kada bus remontas?\n> Petras');
    expect(draft.quoted).toMatchObject({ start: 7, end: 9 });
    expect(draft.signature).toMatchObject({ start: 5, end: 6 });
  });

  // findQuoteStart skips a line without a colon unless its first character may start a quote:
  // these are the quote starts that need no colon.
  it.each([
    ['Apple Mail forward intro', 'Begin forwarded message'],
    ['lower-case forward intro', 'begin forwarded message'],
    ['Lithuanian forward intro', 'Pradžia persiųsto laiško'],
    ['Lithuanian forward intro, lower case', 'persiųstas laiškas'],
    ['Latvian forward intro', 'Pārsūtītā ziņa'],
    ['separator', '---------- Forwarded message ---------'],
    ['indented separator', '   -----Original Message-----'],
    ['`>` quote', '> Kada bus remontas?'],
  ])('a quote that starts without a colon: %s', (_name, start) => {
    const draft = parse(`Laba diena,\n\ndėkojame.\n\nPagarbiai,\nJonas Jonaitis\n\n${start}\nKada bus remontas?`);
    expect(draft.quoted?.start).toBe(7);
  });

  it('a sentence mentioning `From:` inside the content is not a header block', () => {
    const draft = parse('Laba diena,\n\nlaukelyje From: įrašykite savo adresą.\n\nPagarbiai,\nJonas Jonaitis');
    expect(draft.quoted).toBeUndefined();
  });
});
