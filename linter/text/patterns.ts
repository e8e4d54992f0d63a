// Patterns for things in mail text that rules must recognise or leave alone. All linear:
// character classes with single quantifiers, no nested repetition.
import { BoundedCache } from '../memo.js';

// Starts only where a run of address characters starts: otherwise a long run without a valid
// domain is retried from every position (quadratic).
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
export const URL = /\b(?:https?:\/\/|www\.)[^\s<>"”“]+/giu;
/** A phone number: optional +, at least 8 digits with spaces, dashes, dots or brackets. */
export const PHONE = /(?:\+|\b)\d[\d ().-]{6,18}\d\b/g;

// Links are written in any case (`WWW.VMI.LT`): a cheap test before the full pattern.
const MAYBE_LINK = /https?:|www\./i;
/** Whether `text` may hold a URL (`http:`, `https:` or `www.` in any case): the test before `URL`. */
export const mayHaveLink = (text: string): boolean => MAYBE_LINK.test(text);

/** Ranges of e-mail addresses and URLs in a text: the word rules skip them. */
export function exemptRanges(text: string, base = 0): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) ranges.push([base + m.index, base + m.index + m[0].length]);
  if (mayHaveLink(text))
    for (const m of text.matchAll(URL)) ranges.push([base + m.index, base + m.index + m[0].length]);
  return ranges;
}

export function inRanges(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [from, to] of ranges) if (start < to && end > from) return true;
  return false;
}

export function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

export function hasPhone(text: string): boolean {
  if (countDigits(text) < 8) return false; // most lines: no regex run at all
  for (const m of text.matchAll(PHONE)) if (countDigits(m[0]) >= 8) return true;
  return false;
}

// A non-global copy for yes/no tests: `test()` on a /g regex keeps `lastIndex` between calls.
const ONE_EMAIL = new RegExp(EMAIL.source, 'u');
export const hasEmail = (text: string): boolean => text.includes('@') && ONE_EMAIL.test(text);

// matchAll starts from the pattern's lastIndex: a private copy nobody else moves.
const EMAIL_SCAN = new RegExp(EMAIL.source, 'gu');

/** The e-mail addresses in a text, lower case. The pattern runs only on the token around each `@`. */
export function addressesIn(text: string): string[] {
  const found: string[] = [];
  let at = text.indexOf('@');
  let scanned = 0;
  while (at >= 0) {
    let start = at;
    while (start > scanned && !isAddressBoundary(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isAddressBoundary(text.charCodeAt(end))) end++;
    for (const address of tokenAddresses.get(text.slice(start, end), scanToken)) found.push(address);
    scanned = end;
    at = text.indexOf('@', end);
  }
  return found;
}

// A thread repeats its few addresses in every header and attribution line: each token around an
// `@` is read by the pattern once. Bounded: what is not asked for again goes.
const tokenAddresses = new BoundedCache<readonly string[]>(4000);
const scanToken = (token: string): string[] => Array.from(token.matchAll(EMAIL_SCAN), (match) => match[0].toLowerCase());

// Characters that can never be inside an address: white space, brackets, quotes, `,;:`.
function isAddressBoundary(code: number): boolean {
  return code <= 32 || code === 60 || code === 62 || code === 40 || code === 41 || code === 34 || code === 44 || code === 59 || code === 58 || code === 91 || code === 93 || code === 0xa0 || code === 0x201c || code === 0x201d || code === 0x201e;
}

export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();
