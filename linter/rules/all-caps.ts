import { ownLines } from '../draft/select.js';
import { defineRule, type Localized, type Settings } from '../rule.js';
import type { RegionKind } from '../draft/parse.js';
import { exemptRanges, inRanges } from '../text/patterns.js';
import { hasTwoCapitals, wordsOf, type Word } from '../text/words.js';

// Greeting, content and closing. Not the signature (institution names are registered and often
// written in capitals there), never quoted history (SPEC §1: caps never fire on it).
const REGIONS: ReadonlySet<RegionKind> = new Set(['greeting', 'content', 'closing']);

/** A run of this many capitalised words is shouting even inside a sentence (SPEC §2). */
const RUN = 3;
/** A single capitalised word alone on a line or as a sentence (`SVARBU!`, `DĖMESIO`) from this length. */
const LONE_WORD = 6;

// Abbreviations whose full stop does not end a sentence (`Laba diena, gerb. JONAI`).
const ABBREVIATIONS = new Set([
  'gerb', 'p', 'nr', 'pvz', 'tel', 'el', 'žr', 't', 'y', 'd', 'm', 'kt', 'pan', 'val', 'min', 'vnt', 'proc', 'mob',
  'vyr', 'g', 'str', 'psl', 'sav', 'adr', 'pl', 'pr', 'al', 'raj', 'apyl', 'sk', 'sen', 'cien', 'god',
]);

// Legal forms before a quoted company name: `UAB „MAXIMA LT“`, `SIA „LATVIJAS GĀZE“`. Registered
// names are often in capitals; quoting them after the legal form is how Lithuanian and Latvian
// write a name, not a raised voice.
const LEGAL_FORMS = new Set(['UAB', 'AB', 'SĮ', 'VĮ', 'VŠĮ', 'IĮ', 'MB', 'BĮ', 'KŪB', 'TŪB', 'ŽŪB', 'SIA', 'AS', 'VAS', 'IK', 'PS', 'KS']);
const OPENING_QUOTES = new Set([...'„“"«‚‘\'']);
const CLOSING_QUOTES = new Set([...'“”"»‘’\'']);
/** A quoted name is at most this many words. */
const NAME_WORDS = 6;

const letterCount = (text: string): number => {
  let count = 0;
  for (const ch of text) if (ch !== '-' && ch !== "'" && ch !== '’') count++;
  return count;
};

/** How a word reads: lower/mixed case, an acronym in capitals, or a word in capitals (shouting). */
const enum Case {
  Other,
  /** One capital letter (`Į`, `A`): uppercase, but neither an acronym nor shouting. */
  Letter,
  Acronym,
  Shout,
}

interface Span {
  start: number;
  end: number;
}

const DIGIT = /\d/;
const TOKEN = /\S+/g;

/**
 * The ranges of `text` (a line, or the subject) written in capitals: the whole line, a sentence,
 * or a run of three or more capitalised words. Words inside e-mail addresses and URLs are left out.
 */
export function capsRanges(text: string, base: number, words: readonly Word[], acronyms: ReadonlySet<string>, allowed: ReadonlySet<string>): Span[] {
  // Fast path: no two capitals in a row, nothing in capitals.
  if (!hasTwoCapitals(text)) return [];
  const exempt = exemptRanges(text, base);
  const kept = exempt.length > 0 ? words.filter((word) => !inRanges(exempt, word.start, word.end)) : words;
  if (kept.length === 0) return [];
  const digitTokens = DIGIT.test(text) ? tokensWithDigits(text, base) : undefined;
  let tokenIndex = 0;
  const cases: Case[] = kept.map((word) => {
    if (word.text === word.lower) return Case.Other;
    if (word.text !== word.text.toUpperCase()) return Case.Other;
    if (word.text.length === 1) return Case.Letter;
    if (word.text.length <= 3 || acronyms.has(word.text) || letterCount(word.text) <= 3 || allowed.has(word.lower)) return Case.Acronym;
    if (digitTokens) {
      // `COVID-19`, `A4`, `LT12ABC`: a code, not a word.
      while (tokenIndex < digitTokens.length && digitTokens[tokenIndex]!.end <= word.start) tokenIndex++;
      const token = digitTokens[tokenIndex];
      if (token && token.start <= word.start && word.end <= token.end) return Case.Acronym;
    }
    return Case.Shout;
  });
  exemptCompanyNames(text, base, kept, cases);
  const isUpper = (c: Case): boolean => c !== Case.Other;
  // A word with letter case (not digits-only or a script without case).
  const cased = (word: Word): boolean => word.text !== word.lower || word.text !== word.text.toUpperCase();

  /** Words `[from, to)` are in capitals when every cased word is and there is shouting in them. */
  const inCapitals = (from: number, to: number): boolean => {
    let upper = 0;
    let shout = 0;
    let longShout = false;
    for (let k = from; k < to; k++) {
      const c = cases[k]!;
      if (c === Case.Other) {
        if (cased(kept[k]!)) return false;
        continue;
      }
      if (c === Case.Acronym || c === Case.Shout) upper++;
      if (c === Case.Shout) {
        shout++;
        if (letterCount(kept[k]!.text) >= LONE_WORD) longShout = true;
      }
    }
    return shout > 0 && (upper >= 2 || longShout);
  };

  // The whole line.
  if (inCapitals(0, kept.length)) return [{ start: kept[0]!.start, end: kept[kept.length - 1]!.end }];

  const spans: Span[] = [];
  // Sentences within the line.
  let sentenceStart = 0;
  for (let k = 0; k < kept.length; k++) {
    const next = kept[k + 1];
    const ends = endsSentence(text, kept[k]!.end - base, next ? next.start - base : text.length, kept[k]!.lower);
    if (ends || !next) {
      if (inCapitals(sentenceStart, k + 1)) spans.push({ start: kept[sentenceStart]!.start, end: kept[k]!.end });
      sentenceStart = k + 1;
    }
  }
  // Runs of three or more capitalised words, with at least one that is not an acronym.
  let runStart = -1;
  let runWords = 0;
  let runShout = false;
  const close = (end: number): void => {
    if (runStart >= 0 && runWords >= RUN && runShout) spans.push({ start: kept[runStart]!.start, end: kept[end]!.end });
    runStart = -1;
    runWords = 0;
    runShout = false;
  };
  for (let k = 0; k < kept.length; k++) {
    const c = cases[k]!;
    if (!isUpper(c)) {
      close(k - 1);
      continue;
    }
    if (runStart < 0) {
      if (c === Case.Letter) continue; // a run starts with a word, not a lone capital
      runStart = k;
    }
    if (c !== Case.Letter) runWords++;
    if (c === Case.Shout) runShout = true;
    // A run ends where it reaches a word, not a lone capital.
    if (k + 1 === kept.length || !isUpper(cases[k + 1]!)) close(lastWord(cases, runStart, k));
  }
  return merge(spans);
}

/** Words of a quoted name after a legal form (`UAB „VILNIAUS VANDENYS“`) read as acronyms. */
function exemptCompanyNames(text: string, base: number, words: readonly Word[], cases: Case[]): void {
  for (let k = 0; k + 1 < words.length; k++) {
    if (!LEGAL_FORMS.has(words[k]!.text.toUpperCase())) continue;
    if (!gapHas(text, words[k]!.end - base, words[k + 1]!.start - base, OPENING_QUOTES)) continue;
    for (let n = k + 1; n < words.length && n <= k + NAME_WORDS; n++) {
      if (cases[n] === Case.Shout) cases[n] = Case.Acronym;
      const gapEnd = n + 1 < words.length ? words[n + 1]!.start - base : text.length;
      if (gapHas(text, words[n]!.end - base, gapEnd, CLOSING_QUOTES)) break;
    }
  }
}

function gapHas(text: string, from: number, to: number, chars: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (chars.has(text[i]!)) return true;
  return false;
}

/** Whether the gap `[from, to)` after a word ends a sentence (`.`, `!`, `?`, `…`; not `gerb.`). */
function endsSentence(text: string, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 33 || code === 63 || code === 0x2026) return true;
    if (code === 46) return !(i === from && ABBREVIATIONS.has(word));
  }
  return false;
}

function lastWord(cases: readonly Case[], from: number, to: number): number {
  let k = to;
  while (k > from && cases[k] === Case.Letter) k--;
  return k;
}

function merge(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [spans[0]!];
  for (const span of spans.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/** Whitespace-separated tokens that contain a digit, in order (one linear pass). */
function tokensWithDigits(text: string, base: number): Span[] {
  const tokens: Span[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (DIGIT.test(match[0])) tokens.push({ start: base + match.index, end: base + match.index + match[0].length });
  }
  return tokens;
}

const MESSAGE = (shown: string): Localized => ({
  lt: `Nerašykite vien didžiosiomis raidėmis – tai skamba kaip šauksmas: „${shown}“`,
  lv: `Nerakstiet tikai ar lielajiem burtiem – tas izklausās kā kliegšana: „${shown}“`,
  en: `Do not write in capitals only – it reads as shouting: “${shown}”`,
});

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

// 000 §70.7 ("Draudžiama rašyti vien didžiosiomis raidėmis"), annex 14 ("Nerašau vien
// didžiosiomis raidėmis, nes tai interpretuojama kaip tono pakėlimas"). No fix: lower-casing
// is not safe (names, acronyms, the start of a sentence).
export default defineRule({
  id: 'all-caps',
  severity: 'error',
  standard: '000 §70.7, annex 14',
  fixable: false,
  maxReports: 100,
  description: {
    lt: 'Nerašoma vien didžiosiomis raidėmis (eilutė, sakinys ar trys žodžiai iš eilės); santrumpos (VMI, PVM, UAB) leidžiamos.',
    lv: 'Neraksta tikai ar lielajiem burtiem (rinda, teikums vai trīs vārdi pēc kārtas); saīsinājumi (VID, PVN, SIA) ir atļauti.',
    en: 'No text in capitals only (a line, a sentence or three words in a row); acronyms (VMI, PVM, UAB) are fine.',
  },
  check({ draft, settings, report, done }) {
    const acronyms = draft.lexicon.acronyms;
    const allowed = settings.allowedWords;
    checkSubject(draft.subject?.text, draft.subjectPrefixes.restStart, acronyms, settings, report);
    for (const line of ownLines(draft)) {
      if (!REGIONS.has(draft.regionOf(line.index))) continue;
      if (!hasTwoCapitals(line.text)) continue;
      for (const span of capsRanges(line.text, line.start, draft.wordsOfLine(line.index), acronyms, allowed)) {
        if (done()) return;
        const shown = draft.body.text.slice(span.start, span.end);
        report({ start: span.start, end: span.end, actual: shown, message: MESSAGE(shorten(shown)) });
      }
    }
  },
});

function checkSubject(
  subject: string | undefined,
  restStart: number,
  acronyms: ReadonlySet<string>,
  settings: Settings,
  report: (r: { field: 'subject'; start: number; end: number; actual: string; message: Localized }) => void,
): void {
  if (!subject || !hasTwoCapitals(subject)) return;
  // Subject prefixes (`RE:`, `FW:`, `Ats.:`, `Persiunčiama:`) are not text (SPEC §2 clarifications).
  const rest = subject.slice(restStart);
  for (const span of capsRanges(rest, restStart, wordsOf(rest, restStart), acronyms, settings.allowedWords)) {
    const shown = subject.slice(span.start, span.end);
    report({ field: 'subject', start: span.start, end: span.end, actual: shown, message: MESSAGE(shorten(shown)) });
  }
}
