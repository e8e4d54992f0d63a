import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8Strict, firstInvalidUtf8, looksBinary } from '../../cli/readers/bytes.js';
import { composeTypeOf, parseEmlDraft } from '../../cli/readers/eml.js';
import { htmlToText } from '../../cli/readers/html.js';
import { readInputBytes } from '../../cli/readers/read.js';
import { parseTxtDraft, splitAddresses, stripBom } from '../../cli/readers/txt.js';
import { buildEml } from './mime-helpers.js';

const lithuanian = 'ąčęėįšųūž ĄČĘĖĮŠŲŪŽ';

describe('.txt drafts', () => {
  test('a body without headers keeps the subject unknown', () => {
    const draft = parseTxtDraft('Laba diena,\n\nTekstas.\n');
    expect(draft.subject).toBeUndefined();
    expect(draft.body).toBe('Laba diena,\n\nTekstas.\n');
    expect(draft.bodyOrigin).toEqual({ line: 1, column: 1, offset: 0 });
  });

  test('Lithuanian header block: subject, sender, recipients and origins point into the file', () => {
    const text = 'Tema: Dėl prašymo\nNuo: jonas@vmi.lt\nKam: Ona <ona@gmail.com>, "Petraitis, Jonas" <pj@x.lt>; kitas@y.lt\nKopija: a@vmi.lt\n\nLaba diena,\n';
    const draft = parseTxtDraft(text);
    expect(draft.subject).toBe('Dėl prašymo');
    expect(draft.from).toBe('jonas@vmi.lt');
    expect(draft.to).toEqual(['Ona <ona@gmail.com>', '"Petraitis, Jonas" <pj@x.lt>', 'kitas@y.lt']);
    expect(draft.cc).toEqual(['a@vmi.lt']);
    expect(draft.body).toBe('Laba diena,\n');
    expect(text.slice(draft.bodyOrigin!.offset)).toBe(draft.body);
    expect(draft.bodyOrigin).toMatchObject({ line: 6, column: 1 });
    expect(text.slice(draft.subjectOrigin!.offset, draft.subjectOrigin!.offset + draft.subject!.length)).toBe('Dėl prašymo');
    expect(draft.subjectOrigin).toMatchObject({ line: 1, column: 7 });
  });

  test('Latvian headers and CRLF', () => {
    const text = 'Tēma: Atbilde\r\nNo: anna@vid.gov.lv\r\nKam: klients@inbox.lv\r\n\r\nLabdien,\r\n';
    const draft = parseTxtDraft(text);
    expect(draft.subject).toBe('Atbilde');
    expect(draft.from).toBe('anna@vid.gov.lv');
    expect(draft.body).toBe('Labdien,\r\n');
    expect(draft.bodyOrigin).toEqual({ line: 5, column: 1, offset: text.indexOf('Labdien') });
  });

  test('a header block without Subject makes the subject known and empty', () => {
    const draft = parseTxtDraft('To: a@b.lt\n\nLaba diena,\n');
    expect(draft.subject).toBe('');
    expect(draft.to).toEqual(['a@b.lt']);
  });

  test('no more than 64 header lines are read, and the text after them stays the body', () => {
    const headers = Array.from({ length: 70 }, (_, i) => `Cc: c${i}@b.lt`).join('\n');
    const draft = parseTxtDraft(`${headers}\nLaba diena,\n`);
    expect(draft.cc).toHaveLength(64);
    expect(draft.body).toBe(Array.from({ length: 6 }, (_, i) => `Cc: c${64 + i}@b.lt`).join('\n') + '\nLaba diena,\n');
    expect(draft.bodyOrigin).toMatchObject({ line: 65, column: 1 });
  });

  test('a colon later in the body is not a header', () => {
    const draft = parseTxtDraft('Laba diena,\nTema: nėra antraštė\n');
    expect(draft.subject).toBeUndefined();
  });

  test.each(['Constructor: x', 'toString: y', '__proto__: z', 'hasOwnProperty: w'])('`%s` opening a draft is body text, not a header', (first) => {
    const draft = parseTxtDraft(`${first}\n\nLaba diena,\n`);
    expect(draft.subject).toBeUndefined();
    expect(draft.body).toBe(`${first}\n\nLaba diena,\n`);
  });

  test('header names in any case', () => {
    expect(parseTxtDraft('SUBJECT: Dėl prašymo\n\nLaba diena,\n').subject).toBe('Dėl prašymo');
    expect(parseTxtDraft('TĒMA: Atbilde\n\nLabdien,\n').subject).toBe('Atbilde');
  });

  test('BOM is stripped and remembered', () => {
    expect(stripBom('\uFEFFLaba')).toEqual({ text: 'Laba', bom: true });
    expect(stripBom('Laba')).toEqual({ text: 'Laba', bom: false });
  });

  test('the body origin always points at the body (property)', () => {
    const line = fc.stringMatching(/^[^\n\r]{0,20}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const draft = parseTxtDraft(text);
        expect(text.slice(draft.bodyOrigin!.offset)).toBe(draft.body);
        const before = text.slice(0, draft.bodyOrigin!.offset);
        expect(draft.bodyOrigin!.line).toBe(before.split('\n').length);
      }),
    );
  });

  test('address splitting respects quotes and angle brackets', () => {
    expect(splitAddresses('a@b.lt,  "X, Y" <x@y.lt> ; <z@w.lt>')).toEqual(['a@b.lt', '"X, Y" <x@y.lt>', '<z@w.lt>']);
  });

  test('address splitting equals a character-by-character reference (property)', () => {
    const reference = (value: string): string[] => {
      const out: string[] = [];
      let current = '';
      let quoted = false;
      let angle = 0;
      for (const ch of value) {
        if (ch === '"') quoted = !quoted;
        else if (!quoted && ch === '<') angle++;
        else if (!quoted && ch === '>') angle = Math.max(0, angle - 1);
        if (!quoted && angle === 0 && (ch === ',' || ch === ';')) {
          if (current.trim()) out.push(current.trim());
          current = '';
        } else current += ch;
      }
      if (current.trim()) out.push(current.trim());
      return out;
    };
    const piece = fc.constantFrom('a', 'ž', '@', '.', ',', ';', '<', '>', '"', ' ', '\t', '😀', 'Jonas', 'x@y.lt');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const value = pieces.join('');
        expect(splitAddresses(value)).toEqual(reference(value));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('byte checks', () => {
  test('invalid UTF-8 names the byte and its offset', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Laba diena, '), 0xe0, 0x20]);
    expect(firstInvalidUtf8(bytes)).toBe(12);
    expect(() => decodeUtf8Strict(bytes)).toThrow('not valid UTF-8 (byte 0xe0 at offset 12)');
  });

  test('the UTF-8 validator agrees with TextDecoder (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  test('binary detection', () => {
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode(`Laba diena,\n\t${lithuanian}\r\n`))).toBe(false);
  });

  test('binary detection: a NUL anywhere, or more than 10 % control bytes in the first 8 KB (property)', () => {
    const allowed = new Set([0x09, 0x0a, 0x0d, 0x0c, 0x1b]);
    const reference = (bytes: Uint8Array): boolean => {
      if (bytes.includes(0)) return true;
      const sample = [...bytes.subarray(0, 8192)];
      const control = sample.filter((b) => (b < 0x20 && !allowed.has(b)) || b === 0x7f).length;
      return sample.length > 0 && control / sample.length > 0.1;
    };
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x01, 0x09, 0x0a, 0x1b, 0x1f, 0x20, 0x7f), fc.integer({ min: 0x20, max: 0x7e }));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.array(byte, { maxLength: 9000 }), (head, rest) => {
        const bytes = Uint8Array.from([...head, ...rest]);
        expect(looksBinary(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 300 },
    );
    // Text without control bytes but for a few, anywhere, in views into a larger buffer (the
    // check reads the view's bytes only: a NUL or control bytes just outside it do not count).
    const textByte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0x09, 0x0a, 0x0c, 0x0d, 0x1b));
    fc.assert(
      fc.property(
        fc.array(textByte, { maxLength: 12000 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x00, 0x01, 0x08, 0x0b, 0x0e, 0x1a, 0x1c, 0x1f, 0x7f)), { maxLength: 3 }),
        fc.nat({ max: 3 }),
        (text, controls, margin) => {
          const inner = Uint8Array.from(text);
          for (const [at, value] of controls) if (inner.length > 0) inner[at % inner.length] = value;
          const outer = new Uint8Array(inner.length + 2 * margin).fill(0);
          outer.set(inner, margin);
          const view = outer.subarray(margin, margin + inner.length);
          expect(looksBinary(view)).toBe(reference(inner));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('readInputBytes refuses empty, binary, non-UTF-8 text', async () => {
    await expect(readInputBytes(new Uint8Array(), 'txt')).rejects.toThrow('empty file');
    await expect(readInputBytes(Buffer.from('  \n\n'), 'txt')).rejects.toThrow('empty file');
    await expect(readInputBytes(Uint8Array.from([1, 2, 0, 3]), 'txt')).rejects.toThrow('binary file');
    await expect(readInputBytes(Uint8Array.from([0x4c, 0xe0, 0xe8]), 'txt')).rejects.toThrow('not valid UTF-8 (byte 0xe0 at offset 1)');
  });
});

describe('.eml drafts', () => {
  const body = `Laba diena,\n\n${lithuanian}\n\nPagarbiai,\nJonas Jonaitis`;
  for (const charset of ['utf-8', 'windows-1257', 'iso-8859-13', 'iso-8859-4']) {
    for (const transfer of ['quoted-printable', 'base64', '8bit'] as const) {
      test(`${charset} ${transfer}: Lithuanian letters survive`, async () => {
        const eml = buildEml({ subject: `Dėl ${lithuanian}`, body, charset, transfer });
        const draft = await parseEmlDraft(eml);
        expect(draft.subject).toBe(`Dėl ${lithuanian}`);
        expect(draft.body.trimEnd()).toBe(body);
        expect(draft.from).toBe('jonas.jonaitis@vmi.lt');
        expect(draft.to).toEqual(['klientas@gmail.com']);
        expect(draft.composeType).toBe('new');
      });
    }
  }

  test('HTML-only message: body converted from HTML', async () => {
    const raw = [
      'From: a@vmi.lt',
      'To: b@gmail.com',
      'Subject: RE: Klausimas',
      'In-Reply-To: <1@x>',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><head><style>p{color:red}</style></head><body><p class=MsoNormal>Laba diena,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Ačiū už laišką.</p></body></html>',
      '',
    ].join('\r\n');
    const draft = await parseEmlDraft(Buffer.from(raw));
    expect(draft.body).toBe('Laba diena,\n\nAčiū už laišką.\n');
    expect(draft.composeType).toBe('reply');
  });

  test('multipart prefers the text part', async () => {
    const draft = await parseEmlDraft(buildEml({ subject: 'X', body: 'Tekstinė dalis', html: '<p>HTML dalis</p>', charset: 'utf-8', transfer: 'base64' }));
    expect(draft.body.trim()).toBe('Tekstinė dalis');
  });

  test('truncated multipart is refused, not guessed', async () => {
    const whole = buildEml({ subject: 'X', body: 'Laba diena', html: '<p>Laba diena</p>', charset: 'utf-8', transfer: 'quoted-printable' }).toString('latin1');
    const cut = whole.slice(0, whole.indexOf('Content-Type: text/html'));
    await expect(parseEmlDraft(Buffer.from(cut, 'latin1'))).rejects.toThrow(/truncated MIME message: closing boundary/);
  });

  test('an unencoded 8-bit subject is read in the declared charset', async () => {
    const { encodeSingleByte } = await import('./mime-helpers.js');
    const raw = Buffer.concat([
      Buffer.from('From: a@vmi.lt\r\nSubject: Fwd: '),
      Buffer.from(encodeSingleByte('Prašymas dėl ūkio', 'iso-8859-13')),
      Buffer.from('\r\nContent-Type: text/plain; charset=ISO-8859-13\r\n\r\nLaba diena\r\n'),
    ]);
    const draft = await parseEmlDraft(raw);
    expect(draft.subject).toBe('Fwd: Prašymas dėl ūkio');
    expect(draft.composeType).toBe('forward');
  });

  test('headers only / no headers', async () => {
    await expect(parseEmlDraft(Buffer.from('From: a@b.lt\r\nSubject: x\r\n'))).rejects.toThrow('headers only');
    await expect(parseEmlDraft(Buffer.from('Laba diena, tai ne laiškas\n\nTekstas'))).rejects.toThrow('not a MIME message');
  });

  test('compose type from subject prefixes and headers', () => {
    expect(composeTypeOf('Fwd: Dokumentai', false)).toBe('forward');
    expect(composeTypeOf('Persiunčiama: Dokumentai', true)).toBe('forward');
    expect(composeTypeOf('TR: Dokumentai', false)).toBe('forward');
    expect(composeTypeOf('Ats.: Prašymas', false)).toBe('reply');
    expect(composeTypeOf('RE: Prašymas', false)).toBe('reply');
    expect(composeTypeOf('Prašymas', true)).toBe('reply');
    expect(composeTypeOf('Rezultatai', false)).toBe('new');
  });
});

describe('HTML bodies', () => {
  test('Outlook paragraphs are lines; head, style, script, comments dropped', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>T</title><style>p.MsoNormal{margin:0}</style>
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>
<body><div class=WordSection1><p class=MsoNormal>Laba diena,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Pirmas <b>sakinys</b>.<br>Antra eilutė.<o:p></o:p></p><!-- komentaras --><script>alert("x")</script>
<p class=MsoNormal>Pagarbiai,<o:p></o:p></p><p class=MsoNormal>Jonas<o:p></o:p></p></div></body></html>`;
    expect(htmlToText(html)).toBe('Laba diena,\n\nPirmas sakinys.\nAntra eilutė.\nPagarbiai,\nJonas\n');
  });

  test('ordinary paragraphs keep a blank line between them; blockquotes become > lines', () => {
    const html = '<p>Laba diena,</p><p>Tekstas.</p><div>On Mon, X wrote:</div><blockquote><div>Senas laiškas</div><blockquote>dar senesnis</blockquote></blockquote>';
    expect(htmlToText(html)).toBe('Laba diena,\n\nTekstas.\n\nOn Mon, X wrote:\n> Senas laiškas\n> > dar senesnis\n');
  });

  test('declared windows-1257 charset is honoured', async () => {
    const { encodeSingleByte } = await import('./mime-helpers.js');
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1257"></head><body><p>'),
      Buffer.from(encodeSingleByte(lithuanian, 'windows-1257')),
      Buffer.from('</p></body></html>'),
    ]);
    const input = await readInputBytes(bytes, 'html');
    expect(input.draft.body).toBe(`${lithuanian}\n`);
  });
});
