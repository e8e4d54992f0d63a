// Property tests (fast-check): for any input the linter does not throw, every position is
// inside the text, and `fix` is idempotent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fix, lint, profileNames, ruleIds, type DraftInput } from '../../linter/index.js';
import { splitLines } from '../../linter/text/lines.js';
import { findPersonalCodes, nextDigitRun, isLatvianPersonalCode, isLithuanianPersonalCode } from '../../linter/text/personal-codes.js';
import { hasTwoCapitals, PhraseHeads, PhraseList, WordMap, wordsOf } from '../../linter/text/words.js';
import { lt } from '../../linter/lexicon/lt.js';

// Mail-shaped fragments make the parser's branches reachable from random input.
const fragment = fc.oneof(
  fc.constantFrom(
    'Laba diena', 'Labas', 'Sveiki', 'Gerb. Jonai', 'Pagarbiai', 'Iki', 'Su pagarba', '-- ', '> ', '>> ',
    '-----Original Message-----', 'From: ona@x.lt', 'Nuo: Jonas <jonas@inst.lt>', 'Sent: 2024-05-06', 'To: a@inst.lt',
    'Subject: RE: x', 'On Mon, May 6, 2024 Jonas <j@x.lt> wrote:', '2024-05-06, Jonas rašė:', 'jusu', 'aciu', 'jūs',
    'DĖKOJAME UŽ LAIŠKĄ', 'VMI', 'ir ir', ':)', '😀', 'sutartėlė', 'Nusiraminkite', '39001010001', '010190-12345',
    '<...>', '{{vardas}}', '(data)', 'https://www.example.lt/a?b=c', 'Tel. +370 5 212 3456', 'Jonas Jonaitis',
    'Vyr. specialistas', 'Klientų skyrius', 'Out of Office', 'atostogauju iki gegužės 5 d.', 'ā', 'é', 'а', ',', '!', '.',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const separator = fc.constantFrom(' ', '\n', '\r\n', '\n\n', ', ', '\t', '\r');
const body = fc.array(fc.tuple(fragment, separator), { maxLength: 40 }).map((parts) => parts.map(([a, b]) => a + b).join(''));
const draft: fc.Arbitrary<DraftInput> = fc.record(
  {
    body,
    subject: fc.option(fc.oneof(fc.string({ maxLength: 90 }), fc.constantFrom('RE: RE: FW: x', 'SKUBU', '')), { nil: undefined }),
    to: fc.option(fc.array(fc.constantFrom('client@gmail.com', 'colleague@inst.lt', 'Hans Müller <h@x.de>'), { maxLength: 3 }), { nil: undefined }),
    from: fc.option(fc.constant('me@inst.lt'), { nil: undefined }),
    composeType: fc.option(fc.constantFrom('new', 'reply', 'forward'), { nil: undefined }),
  },
  { requiredKeys: ['body'] },
);
const profile = fc.constantFrom(...profileNames);
const template = fc.boolean();

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  let offset = 0;
  for (let i = 0; i < line - 1; i++) offset += lines[i]!.length;
  return offset + column - 1;
}

describe('properties', () => {
  it('never throws and every position is inside the text', () => {
    fc.assert(
      fc.property(draft, profile, template, (input, name, isTemplate) => {
        for (const message of lint(input, { profile: name, template: isTemplate })) {
          const text = message.field === 'subject' ? input.subject ?? '' : input.body;
          if (message.field === 'recipients') continue;
          const start = offsetOf(text, message.line!, message.column!);
          const end = offsetOf(text, message.endLine, message.endColumn);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThanOrEqual(end);
          expect(end).toBeLessThanOrEqual(text.length);
          if (message.field === 'body' && message.place && 'start' in message.place) {
            expect(message.place.start.offset).toBe(start);
          }
        }
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 400),
        // Found by this property: a reply whose content is only spaces (end before start).
        examples: [
          [{ body: ' ', composeType: 'reply' }, 'lv-valsts', false],
          // A second paragraph's NLCST offsets were shifted once per node sharing a point.
          [{ body: ', Laba diena\n\nir ir ' }, 'lt', false],
        ],
      },
    );
  });

  it('returns messages sorted by field, line, column, then rule id', () => {
    const fieldOrder = { subject: 0, recipients: 1, body: 2 } as const;
    // The tie-break compares ids by code unit: for our ids that is the alphabetical order.
    const ids = [...ruleIds];
    expect([...ids].sort()).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    fc.assert(
      fc.property(draft, profile, (input, name) => {
        const messages = lint(input, { profile: name });
        for (let i = 1; i < messages.length; i++) {
          const a = messages[i - 1]!;
          const b = messages[i]!;
          const order =
            fieldOrder[a.field] - fieldOrder[b.field] || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
          expect(order).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('fix is idempotent and never loses the quoted history', () => {
    fc.assert(
      fc.property(draft, profile, (input, name) => {
        const once = fix(input, { profile: name });
        const twice = fix(once, { profile: name });
        expect(twice.body).toBe(once.body);
        expect(twice.subject).toBe(once.subject);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});

describe('splitLines', () => {
  // Text without CR takes a fast path (indexOf); with CR the general scanner. Both must describe
  // the same lines: offsets that slice back to the text, breaks excluded, nothing lost.
  const text = fc.array(fc.constantFrom('a', 'ą', ' ', '\n', '\r', '\r\n', '😀', 'Labas'), { maxLength: 60 }).map((parts) => parts.join(''));
  it('gives lines whose offsets slice back to their text and cover the whole input', () => {
    fc.assert(
      fc.property(text, (input) => {
        const lines = splitLines(input);
        expect(lines.map((line) => line.text)).toEqual(input.split(/\r\n|\r|\n/));
        lines.forEach((line, index) => {
          expect(line.index).toBe(index);
          expect(input.slice(line.start, line.end)).toBe(line.text);
        });
        expect(lines.at(-1)!.end).toBe(input.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasTwoCapitals', () => {
  // A table scan stands in for /\p{Lu}[\p{Lu}\p{M}]/u on every line (`all-caps`): the two must
  // agree on every text, including marks, letters beyond the table and lone surrogates.
  const piece = fc.oneof(
    fc.constantFrom('A', 'a', 'Ą', 'ą', 'Š', 'š', '\u0307', '\u0301', 'Ω', 'ω', 'Я', 'я', '1', ' ', '.', 'Ǆ', 'ǅ', '𝐀', '\ud835', 'Ａ', 'ａ', '\u1e9e'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
  it('agrees with the Unicode-property regex', () => {
    const regex = /\p{Lu}[\p{Lu}\p{M}]/u;
    fc.assert(
      fc.property(text, (input) => {
        expect(hasTwoCapitals(input)).toBe(regex.test(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('wordsOf', () => {
  // The scanner copies a word into lower case only when some letter changes: every word's
  // `lower` must still be exactly its text lower-cased, and its offsets must slice back to it.
  const piece = fc.oneof(
    fc.constantFrom('Labas', 'ĄŽUOLAS', 'ąžuolas', "O'Brien", 'Petraitienė-Jonaitienė', 'Ǆ', 'İ', 'ẞ', 'Σ', '𝐀𝐁', 'ſ', ' ', ', ', '-', '’', '\u0307', '1'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
  it('gives each word its exact lower-case form and offsets', () => {
    fc.assert(
      fc.property(text, fc.nat(50), (input, base) => {
        for (const word of wordsOf(input, base)) {
          expect(input.slice(word.start - base, word.end - base)).toBe(word.text);
          expect(word.lower).toBe(word.text.toLowerCase());
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('PhraseHeads', () => {
  // Lists that share an index of their first words must match exactly as lists on their own.
  const sources = [lt.escalatingPhrases, lt.diminutives, lt.positionWords, lt.institutionWords, lt.greetings, lt.closings, ['a*', 'x', 'ą* b']];
  const heads = new PhraseHeads();
  const shared = sources.map((phrases) => new PhraseList(phrases, heads));
  const alone = sources.map((phrases) => new PhraseList(phrases));
  const vocabulary = [...new Set(sources.flat().flatMap((phrase) => phrase.replace(/\*/g, '').split(/[\s,]+/)))].filter(Boolean);
  const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()), fc.constantFrom(...vocabulary).map((w) => w + 'ais'), fc.string({ maxLength: 5 }));
  const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
  it('finds the same matches as unindexed lists', () => {
    fc.assert(
      fc.property(text, (input) => {
        const words = wordsOf(input);
        sources.forEach((_, k) => expect(shared[k]!.findAll(words)).toEqual(alone[k]!.findAll(words)));
      }),
      { numRuns: 1000 },
    );
  });
  it('never rules out a word a phrase starts at (mayStartAt), indexed or not', () => {
    fc.assert(
      fc.property(text, (input) => {
        const words = wordsOf(input);
        for (const list of [...shared, ...alone]) {
          words.forEach((word, i) => {
            if (list.matchAt(words, i)) expect(list.mayStartAt(word)).toBe(true);
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('WordMap', () => {
  // The numeric pre-test on the first two letters must never reject a key.
  const key = fc.oneof(fc.constantFrom('a', 'į', 'aciu', 'nu', 'ačiū', 'privalote', '𝐀x', ''), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 }));
  it('answers as the Map it wraps', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 8 }), fc.array(key, { maxLength: 8 }), (keys, probes) => {
        const plain = new Map(keys.map((k, i) => [k, i] as const));
        const words = new WordMap(plain);
        for (const probe of [...keys, ...probes]) {
          expect(words.get(probe)).toBe(plain.get(probe));
          expect(words.has(probe)).toBe(plain.has(probe));
        }
      }),
      { numRuns: 1000 },
    );
  });
  it('answers a word by its bit in a shared index as the Map does, whichever list saw the word first', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 8 }), fc.array(key, { maxLength: 8 }), fc.array(key, { maxLength: 8 }), (keys, otherKeys, probes) => {
        const heads = new PhraseHeads();
        const phrases = new PhraseList(otherKeys.filter((k) => k.trim() !== ''), heads);
        const plain = new Map(keys.map((k, i) => [k, i] as const));
        const words = new WordMap(plain, heads);
        const other = WordMap.of(otherKeys, heads);
        for (const probe of [...keys, ...otherKeys, ...probes]) {
          const word = { text: probe, lower: probe, start: 0, end: probe.length };
          // The mask may come from the phrase list, the other map or this one: the answer is the same.
          phrases.matchAt([word], 0);
          other.ofWord(word);
          expect(words.ofWord(word)).toBe(plain.get(probe));
          expect(words.hasWord({ ...word })).toBe(plain.has(probe));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('nextDigitRun', () => {
  // Reading every n-th character must find a run exactly when the regex does.
  const text = fc.array(fc.constantFrom('1', '0', '9', 'a', ' ', '-', '٣', '１', '12345', '123456', 'x'), { maxLength: 30 }).map((parts) => parts.join(''));
  it('agrees with /\\d{n}/', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (input, n) => {
        expect(nextDigitRun(input, n) !== undefined).toBe(new RegExp(`\\d{${n}}`).test(input));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findPersonalCodes', () => {
  // Trying the pattern only where a run of six digits starts must find what a scan of the whole
  // text finds. Real codes (valid dates and check digits) among digits, letters, `+`, `-`, other
  // scripts' digits.
  const codes = ['38501011239', '49003150001', '37007070709', '010190-12345', '311299-21234', '320000-12345', '12345678901'];
  const text = fc
    .array(fc.constantFrom(...codes, '1', '0', '9', 'a', ' ', '-', '+', '٣', '１', '123456', '12345', '\n'), { maxLength: 24 })
    .map((parts) => parts.join(''));
  const CANDIDATE = /(?<![\p{L}\p{N}+])\d{6}(?:\d{5}|-\d{5})(?![\p{N}]|-\d)/gu;
  const byRegex = (input: string) =>
    [...input.matchAll(CANDIDATE)]
      .map((m) => ({ m, kind: m[0].length === 11 ? (isLithuanianPersonalCode(m[0]) ? 'lt' : undefined) : isLatvianPersonalCode(m[0]) ? 'lv' : undefined }))
      .filter((x) => x.kind)
      .map(({ m, kind }) => ({ start: m.index, end: m.index + m[0].length, text: m[0], kind }));
  it('agrees with the pattern run over the whole text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 50 }), (input, base) => {
        expect(findPersonalCodes(input, base)).toEqual(byRegex(input).map((c) => ({ ...c, start: c.start + base, end: c.end + base })));
      }),
      { numRuns: 3000 },
    );
  });
});
