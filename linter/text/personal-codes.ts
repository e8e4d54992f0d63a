// Personal codes in mail text (000 §72: personal data goes by e-mail only with the client's
// consent; 000 annex 20: confidential information needs a confidentiality notice). Shared by
// `personal-data` and `confidentiality-notice`.
//
// A Lithuanian personal code (asmens kodas) is G YYMMDD NNN K: G = sex and century (1–6), a valid
// birth date, a serial, and a check digit (weights 1…9,1, then 3…9,1,2,3 when the remainder is 10).
// A Latvian personal code (personas kods) is DDMMYY-CNNNN with a valid date (C = century 0–2), or,
// since 2017, `32NNNN-NNNNN` with no date in it.

export interface PersonalCode {
  /** Offsets in the scanned text (plus `base`), end exclusive. */
  start: number;
  end: number;
  text: string;
  kind: 'lt' | 'lv';
}

// Six digits, then five more (Lithuanian, 11 in a row) or a hyphen and five (Latvian). Not part
// of a longer number, a word (`LT12…`) or a phone number (`+370…`). Linear: fixed-length parts.
const CANDIDATE = /(?<![\p{L}\p{N}+])\d{6}(?:\d{5}|-\d{5})(?![\p{N}]|-\d)/gu;

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

const digit = (text: string, index: number): number => text.charCodeAt(index) - 48;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** `38501011234`-style Lithuanian personal code with a valid date and check digit. */
export function isLithuanianPersonalCode(code: string): boolean {
  if (!/^[1-6]\d{10}$/.test(code)) return false;
  const g = digit(code, 0);
  const century = 1800 + Math.floor((g - 1) / 2) * 100;
  const year = century + digit(code, 1) * 10 + digit(code, 2);
  if (!validDate(year, digit(code, 3) * 10 + digit(code, 4), digit(code, 5) * 10 + digit(code, 6))) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += digit(code, i) * WEIGHTS_1[i]!;
  let check = sum % 11;
  if (check === 10) {
    sum = 0;
    for (let i = 0; i < 10; i++) sum += digit(code, i) * WEIGHTS_2[i]!;
    check = sum % 11;
    if (check === 10) check = 0;
  }
  return check === digit(code, 10);
}

/** `DDMMYY-CNNNN` with a valid date and century digit, or the new `32NNNN-NNNNN`. */
export function isLatvianPersonalCode(code: string): boolean {
  if (!/^\d{6}-\d{5}$/.test(code)) return false;
  if (code.startsWith('32')) return true;
  const century = digit(code, 7);
  if (century > 2) return false;
  const year = 1800 + century * 100 + digit(code, 4) * 10 + digit(code, 5);
  return validDate(year, digit(code, 2) * 10 + digit(code, 3), digit(code, 0) * 10 + digit(code, 1));
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The next run of at least `n` ASCII digits at or after `from` (where no run may continue from
 * the left), as `[start, end)`. Every run of `n` characters covers exactly one index ≡ n − 1
 * (mod n), so only those are read until a digit turns up: a sixth of the characters of a long
 * quoted thread for personal codes, where a regex read all of them (a tenth of its lint).
 */
export function nextDigitRun(text: string, n: number, from = 0): [number, number] | undefined {
  for (let i = from + n - 1; i < text.length; i += n) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let start = i;
    while (start > from && isDigit(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    // A shorter run ends before i + n: the next index read is past it.
    if (end - start >= n) return [start, end];
  }
  return undefined;
}

// CANDIDATE tried at one position. A match starts a run of ASCII digits (nothing from \p{N} may
// stand before it) at least six long, so it is tried only where such a run starts.
const CANDIDATE_AT = new RegExp(CANDIDATE.source, 'uy');

/** Personal codes in `text`; offsets are `base` + index. */
export function findPersonalCodes(text: string, base = 0): PersonalCode[] {
  const found: PersonalCode[] = [];
  // The pattern is tried only where a run of six digits starts, not over the whole text of a
  // long thread; the search goes on after each run (`text[end]` is no digit).
  for (let run = nextDigitRun(text, 6); run; run = nextDigitRun(text, 6, run[1])) {
    const [start] = run;
    CANDIDATE_AT.lastIndex = start;
    const match = CANDIDATE_AT.exec(text);
    if (!match) continue;
    const value = match[0];
    const kind = value.length === 11 ? (isLithuanianPersonalCode(value) ? 'lt' : undefined) : isLatvianPersonalCode(value) ? 'lv' : undefined;
    if (kind) found.push({ start: base + start, end: base + start + value.length, text: value, kind });
  }
  return found;
}

/** `38501011234` → `385******34`: messages name the code without repeating it whole. */
export function maskCode(code: string): string {
  return code.slice(0, 3) + code.slice(3, -2).replace(/\d/g, '*') + code.slice(-2);
}
