// Splits a draft's body into the regions of SPEC §1, once per lint: greeting, content, closing,
// signature, quoted history. Rules ask for the region they need and never re-parse.
import { lexiconFor, type LanguageLexicon } from '../lexicon/index.js';
import { oncePerDraft, type HasMemo } from '../memo.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { isBlank, splitLines, type Line } from '../text/lines.js';
import { wordsOf, type Word } from '../text/words.js';
import { findQuoteStart, quoteBlockEnd, quotedMessages, type QuotedMessage } from './quoted.js';
import { subjectKind, subjectPrefixes, type SubjectPrefixes } from '../text/subject-prefixes.js';
import { signatureFieldsOf, type SignatureFieldsFound } from './signature.js';
import type { Profile } from '../profiles.js';
import type { DraftInput } from '../types.js';

export type RegionKind = 'greeting' | 'content' | 'closing' | 'signature' | 'quoted';

/** Lines `[start, end)` of the body (0-based indexes into `lines`). */
export interface Region {
  start: number;
  end: number;
}

export interface Greeting extends Region {
  /** The greeting phrase as written (`Laba diena`, `Labas`). */
  phrase: string;
  formal: boolean;
  /** Offsets of the phrase in the normalised body. */
  phraseStart: number;
  phraseEnd: number;
}

export interface Closing extends Region {
  phrase: string;
  formal: boolean;
  phraseStart: number;
  phraseEnd: number;
}

export interface ParsedDraft extends HasMemo {
  input: DraftInput;
  profile: Profile;
  lexicon: LanguageLexicon;
  body: NormalizedText;
  /** Lines of the normalised body. */
  lines: Line[];
  /** Normalised subject, or undefined when unknown. */
  subject: NormalizedText | undefined;
  /** The subject's `RE:`/`FW:` chain and where its own text starts (empty for an unknown subject). */
  subjectPrefixes: SubjectPrefixes;
  greeting: Greeting | undefined;
  content: Region;
  closing: Closing | undefined;
  signature: Region | undefined;
  /** The `-- ` delimiter line, when the signature follows one. */
  signatureDelimiter: number | undefined;
  /** Quoted history below the own text (the usual top-posted reply), to the end of the body. */
  quoted: Region | undefined;
  /** A quote above the own text (bottom-posted reply, Thunderbird's "reply below the quote"). */
  quotedAbove: Region | undefined;
  /** The draft's own text: everything that is not quoted history. */
  own: Region;
  readonly quotedMessages: QuotedMessage[];
  signatureFields: SignatureFieldsFound | undefined;
  isReply: boolean;
  isForward: boolean;
  /** Region of each line. */
  regionOf(lineIndex: number): RegionKind;
  /** Words of a line (memoised). */
  wordsOfLine(lineIndex: number): Word[];
  /** Values helpers compute once per draft (`oncePerDraft`): the parse tree, quoted senders, … */
  readonly memo: Map<object, unknown>;
}


export function parseDraft(input: DraftInput, profile: Profile): ParsedDraft {
  const body = normalizeText(input.body);
  const lines = splitLines(body.text);
  const lexicon = lexiconFor(profile.language);
  const subject = input.subject === undefined ? undefined : normalizeText(input.subject);

  // Usually the own text comes first and the quote below it. When the body opens with a `>`
  // quote and the own text follows it (bottom posting), the quote above is set apart.
  let ownStart = 0;
  let quotedAbove: Region | undefined;
  let quoteStart = findQuoteStart(lines);
  if (quoteStart >= 0 && quoteStart === firstNonBlank(lines, 0, lines.length)) {
    const blockEnd = quoteBlockEnd(lines, quoteStart);
    if (blockEnd > quoteStart && firstNonBlank(lines, blockEnd, lines.length) < lines.length) {
      quotedAbove = { start: quoteStart, end: blockEnd };
      ownStart = blockEnd;
      quoteStart = findQuoteStart(lines, blockEnd);
    }
  }
  const quoted: Region | undefined = quoteStart >= 0 ? { start: quoteStart, end: lines.length } : undefined;
  const ownEnd = quoteStart >= 0 ? quoteStart : lines.length;

  // By line index: an array slot is cheaper than a Map entry, and rules ask for every own line.
  const wordCache = new Array<Word[] | undefined>(lines.length);
  const wordsOfLine = (index: number): Word[] => {
    let words = wordCache[index];
    if (!words) {
      const line = lines[index]!;
      words = wordsOf(line.text, line.start);
      wordCache[index] = words;
    }
    return words;
  };

  const greeting = findGreeting(lines, ownStart, ownEnd, lexicon, wordsOfLine);
  const contentStart = greeting ? greeting.end : firstNonBlank(lines, ownStart, ownEnd);

  const delimiter = findSignatureDelimiter(lines, contentStart, ownEnd);
  const closingSearchEnd = delimiter ?? ownEnd;
  const closing = findClosing(lines, contentStart, closingSearchEnd, lexicon, wordsOfLine);

  let signature: Region | undefined;
  if (delimiter !== undefined) {
    signature = trimRegion(lines, delimiter + 1, ownEnd);
  } else if (closing) {
    signature = trimRegion(lines, closing.end, ownEnd);
    // `Pagarbiai, Jonas Jonaitis` — the name on the closing line is the signature's start.
    if (!signature && closingLineHasName(lines[closing.start]!.text, closing.phraseEnd - lines[closing.start]!.start)) {
      signature = { start: closing.start, end: closing.end };
    }
  } else {
    signature = guessSignature(lines, contentStart, ownEnd, lexicon);
  }

  const contentEnd = closing?.start ?? (delimiter ?? signature?.start ?? ownEnd);
  const content = trimRegion(lines, contentStart, contentEnd) ?? { start: contentStart, end: contentStart };

  // Region of a line by range checks (no per-line array: threads have thousands of lines).
  // Where regions overlap, quoted history wins, then the closing, then the signature.
  const inside = (region: Region | undefined, index: number): boolean => region !== undefined && index >= region.start && index < region.end;
  const regionOf = (index: number): RegionKind => {
    if (inside(quoted, index) || inside(quotedAbove, index)) return 'quoted';
    if (inside(closing, index)) return 'closing';
    if (inside(signature, index) || index === delimiter) return 'signature';
    if (inside(greeting, index)) return 'greeting';
    return 'content';
  };

  const subjectText = subject?.text ?? '';
  const compose = input.composeType;
  const prefixesOfSubject = subjectPrefixes(subjectText);
  const kind = subjectKind(prefixesOfSubject);
  const isForward = compose === 'forward' || (compose === undefined && kind === 'forward');
  const isReply = compose === 'reply' || (compose === undefined && (kind === 'reply' || ((quoted ?? quotedAbove) !== undefined && !isForward)));

  const signatureLines = signature ? lines.slice(signature.start, signature.end) : [];
  // The name may stand on the closing line after the phrase.
  if (signature && closing && signature.start === closing.start) {
    const line = lines[closing.start]!;
    signatureLines[0] = { ...line, text: line.text.slice(closing.phraseEnd - line.start), start: closing.phraseEnd };
  }

  const draft: Omit<ParsedDraft, 'quotedMessages'> = {
    input,
    profile,
    lexicon,
    body,
    lines,
    subject,
    subjectPrefixes: prefixesOfSubject,
    greeting,
    content,
    closing,
    signature,
    signatureDelimiter: delimiter,
    quoted,
    quotedAbove,
    own: { start: ownStart, end: ownEnd },
    signatureFields: signature ? signatureFieldsOf(signatureLines, lexicon) : undefined,
    isReply,
    isForward,
    regionOf,
    wordsOfLine,
    memo: new Map(),
  };
  return new Draft(draft);
}

// Who wrote to whom in the quote is read only when a rule asks (`internal-thread`), through one
// getter shared by all drafts (on `Draft`). A getter written in the draft's object literal is a new closure
// per draft, and V8 then gives each draft a new hidden class whose transition keeps the draft
// (all its lines) alive through young-generation collections until a full one: a 2,000-line
// thread promoted about 200 KB per lint and forced a 10–40 ms mark-compact every 250 lints.
const quotedMessagesOf = oncePerDraft((draft: ParsedDraft): QuotedMessage[] => {
  const above = draft.quotedAbove;
  return [...(above ? quotedMessages(draft.lines, above.start, above.end) : []), ...quotedMessages(draft.lines, draft.quoted?.start ?? -1)];
});

/**
 * A parsed draft. A class, so every draft has one hidden class with its fields in the object
 * (rules read them thousands of times per lint); copying them onto `Object.create(prototype)`
 * left most of them in a separate property store. The constructor assigns them one by one:
 * V8 sizes the object from those assignments, not from an `Object.assign`.
 */
class Draft implements ParsedDraft {
  readonly input: DraftInput;
  readonly profile: Profile;
  readonly lexicon: LanguageLexicon;
  readonly body: NormalizedText;
  readonly lines: Line[];
  readonly subject: NormalizedText | undefined;
  readonly subjectPrefixes: SubjectPrefixes;
  readonly greeting: Greeting | undefined;
  readonly content: Region;
  readonly closing: Closing | undefined;
  readonly signature: Region | undefined;
  readonly signatureDelimiter: number | undefined;
  readonly quoted: Region | undefined;
  readonly quotedAbove: Region | undefined;
  readonly own: Region;
  readonly signatureFields: SignatureFieldsFound | undefined;
  readonly isReply: boolean;
  readonly isForward: boolean;
  readonly regionOf: (lineIndex: number) => RegionKind;
  readonly wordsOfLine: (lineIndex: number) => Word[];
  readonly memo: Map<object, unknown>;

  constructor(fields: Omit<ParsedDraft, 'quotedMessages'>) {
    this.input = fields.input;
    this.profile = fields.profile;
    this.lexicon = fields.lexicon;
    this.body = fields.body;
    this.lines = fields.lines;
    this.subject = fields.subject;
    this.subjectPrefixes = fields.subjectPrefixes;
    this.greeting = fields.greeting;
    this.content = fields.content;
    this.closing = fields.closing;
    this.signature = fields.signature;
    this.signatureDelimiter = fields.signatureDelimiter;
    this.quoted = fields.quoted;
    this.quotedAbove = fields.quotedAbove;
    this.own = fields.own;
    this.signatureFields = fields.signatureFields;
    this.isReply = fields.isReply;
    this.isForward = fields.isForward;
    this.regionOf = fields.regionOf;
    this.wordsOfLine = fields.wordsOfLine;
    this.memo = fields.memo;
  }

  get quotedMessages(): QuotedMessage[] {
    return quotedMessagesOf(this);
  }
}

export function firstNonBlank(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isBlank(lines[i]!)) return i;
  return to;
}

function trimRegion(lines: readonly Line[], from: number, to: number): Region | undefined {
  let start = from;
  let end = to;
  while (start < end && isBlank(lines[start]!)) start++;
  while (end > start && isBlank(lines[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

type WordsOfLine = (index: number) => Word[];

/** Longest greeting phrase at the start of the first non-blank line (formal beats informal on ties). */
function findGreeting(lines: readonly Line[], start: number, end: number, lexicon: LanguageLexicon, wordsOfLine: WordsOfLine): Greeting | undefined {
  const first = firstNonBlank(lines, start, end);
  if (first >= end) return undefined;
  const words = wordsOfLine(first);
  if (words.length === 0) return undefined;
  const line = lines[first]!;
  // The greeting must open the line (leading spaces or quotes aside).
  if (line.text.slice(0, words[0]!.start - line.start).trim().replace(/^["„“]/, '') !== '') return undefined;
  const formal = lexicon.greetings.matchAt(words, 0);
  const informal = lexicon.informalGreetings.matchAt(words, 0);
  const match = formal && (!informal || formal.last >= informal.last) ? formal : informal;
  if (!match) return undefined;
  // `Labas` followed by `rytas`/`vakaras` is formal and found above; a lone informal word must
  // not be the start of an ordinary sentence (`Čia rasite…`): it must end the phrase with
  // punctuation or be followed by a name or address.
  if (match === informal && !formal) {
    const after = line.text.slice(match.end - line.start).trimStart();
    const shortLine = words.length <= 5;
    if (!(after === '' || /^[,!.:;]/.test(after) || shortLine)) return undefined;
  }
  let greetingEnd = first + 1;
  // `Laba diena,` on one line and `Gerb. Jonai,` on the next: both are the greeting.
  const next = firstNonBlank(lines, first + 1, end);
  if (next === first + 1 && next < end) {
    const nextWords = wordsOfLine(next);
    const nextText = lines[next]!.text.trim();
    if (nextWords.length > 0 && nextWords.length <= 6 && lexicon.addressForms.matchAt(nextWords, 0) && /[,!]$/.test(nextText)) {
      greetingEnd = next + 1;
    }
  }
  return {
    start: first,
    end: greetingEnd,
    phrase: line.text.slice(match.start - line.start, match.end - line.start),
    formal: match === formal,
    phraseStart: match.start,
    phraseEnd: match.end,
  };
}

const DELIMITER = /^--\s?$/;

function findSignatureDelimiter(lines: readonly Line[], from: number, to: number): number | undefined {
  for (let i = to - 1; i >= from; i--) if (DELIMITER.test(lines[i]!.text)) return i;
  return undefined;
}

/** The last closing line among the last lines before the signature (000 annex 18; 002 §3.5). */
function findClosing(lines: readonly Line[], from: number, to: number, lexicon: LanguageLexicon, wordsOfLine: WordsOfLine): Closing | undefined {
  let nonBlankSeen = 0;
  for (let i = to - 1; i >= from && nonBlankSeen < 14; i--) {
    if (isBlank(lines[i]!)) continue;
    nonBlankSeen++;
    const words = wordsOfLine(i);
    if (words.length === 0) continue;
    const line = lines[i]!;
    if (line.text.slice(0, words[0]!.start - line.start).trim() !== '') continue;
    const formal = lexicon.closings.matchAt(words, 0);
    if (formal) {
      // `Pagarbiai,` / `Geros dienos!` / `Pagarbiai, Jonas Jonaitis` — not a long sentence.
      if (words.length - formal.last - 1 <= 4 && !/[.?]\s*$/.test(line.text.slice(formal.end - line.start))) {
        return { start: i, end: i + 1, phrase: line.text.slice(formal.start - line.start, formal.end - line.start), formal: true, phraseStart: formal.start, phraseEnd: formal.end };
      }
    }
    const informal = lexicon.informalClosings.matchAt(words, 0);
    if (informal) {
      const rest = line.text.slice(informal.end - line.start).trim();
      // `Iki!` or `Iki, Jonas` — but not `Iki gegužės 5 d. …` (a sentence that starts with "until").
      if (rest === '' || /^[,!.]?\s*$/.test(rest) || (/^[,!]/.test(rest) && words.length - informal.last - 1 <= 3)) {
        return { start: i, end: i + 1, phrase: line.text.slice(informal.start - line.start, informal.end - line.start), formal: false, phraseStart: informal.start, phraseEnd: informal.end };
      }
    }
  }
  return undefined;
}

function closingLineHasName(text: string, phraseEndInLine: number): boolean {
  const rest = text.slice(phraseEndInLine).replace(/^[\s,!.]+/, '');
  return /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)+/u.test(rest);
}

/**
 * With no closing and no `-- `, the last paragraph is a signature when it reads like one:
 * short lines with a phone, an e-mail or a position, or a bare name.
 */
function guessSignature(lines: readonly Line[], from: number, to: number, lexicon: LanguageLexicon): Region | undefined {
  const region = trimRegion(lines, from, to);
  if (!region) return undefined;
  let start = region.end;
  while (start > region.start && !isBlank(lines[start - 1]!)) start--;
  if (start === region.start) {
    // No blank line: a signature may still close the text, e.g. name + position + phone.
    start = Math.max(region.start + 1, region.end - 6);
  }
  if (start >= region.end) return undefined;
  const block = lines.slice(start, region.end);
  if (block.length > 8) return undefined;
  if (block.some((line) => line.text.trim().length > 90)) return undefined;
  const fields = signatureFieldsOf(block, lexicon);
  const contactish = fields.found.has('phone') || fields.found.has('email') || fields.found.has('position');
  const looksLikeName = block.length <= 2 && fields.found.has('name') && !/[.?!]$/.test(block[0]!.text.trim());
  if (!contactish && !looksLikeName) return undefined;
  // Within a block without a blank line, the signature starts at the name line.
  if (fields.nameLine !== undefined) start = Math.max(start, fields.nameLine);
  return { start, end: region.end };
}
