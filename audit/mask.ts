// Anonymisation of example excerpts shown in the audit report (issue 4): personal codes, phone
// numbers and e-mail addresses never leave the export, and no excerpt holds a full body.

export const MASK = '•••';

// E-mail addresses, including those written with a space-free `local@domain.tld` anywhere.
// It starts only where a run of address characters starts (linear on long runs without a domain).
const emailPattern = /(?<![^\s@<>()[\]\\,;:"])[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Latvian personal code DDMMYY-NNNNN (also the new 32xxxx-xxxxx codes, same shape).
const lvPersonalCodePattern = /(?<![\p{N}])\d{6}\s?-\s?\d{5}(?![\p{N}])/gu;
// Lithuanian personal code: 11 digits, first digit 1–6 (we mask without checking the control digit:
// over-masking an excerpt is harmless, leaking a code is not).
const ltPersonalCodePattern = /(?<![\p{N}])[1-6]\d{10}(?![\p{N}])/gu;
// Phone numbers: +370 / +371 / 00370 international, or the Lithuanian trunk prefix 8 with an
// area/mobile code, digits grouped by spaces, dashes, dots or brackets.
const phonePatterns: RegExp[] = [
  /(?:\+|00)\s?3\s?7\s?[01](?:[\s.\-()]*\d){7,9}(?![\p{N}])/gu,
  /(?<![\p{N}+])\(?8\)?[\s.\-]*\(?\d{1,3}\)?(?:[\s.\-]*\d){5,7}(?![\p{N}])/gu,
  // Latvian national numbers: 8 digits starting 2 (mobile) or 6 (landline), possibly grouped.
  /(?<![\p{N}-])[26]\d(?: ?\d){6}(?![\p{N}-])/gu,
];
// A client's name after an address form (`gerb. Jonai Jonaiti`, `p. Onai`, `Godātā Bērziņas kundze`,
// `Dear Mr Smith`): up to three capitalised words. Case is matched by hand: with the `i` flag
// `\p{Lu}` would match lower case too.
const addressedName =
  /((?<![\p{L}])(?:[Gg]erb\.|[Gg]erbiam\p{Ll}*|p\.|[Pp]on(?:e|ia|ui)|[Mm]iel(?:as|oji|ieji)|[Gg]odāt\p{Ll}*|[Cc]ienījam\p{Ll}*|[Dd]ear|M(?:r|rs|s|iss)\.?)[ \t]+)\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}/gu;
// Any other long run of digits (account, document or case numbers tied to a person).
const longDigitsPattern = /(?<![\p{N}])\d{9,}(?![\p{N}])/gu;

/** Replaces personal codes, phone numbers, e-mail addresses and addressed names in `text` by `•••`. */
export function maskPersonalData(text: string): string {
  let out = text.replace(emailPattern, MASK).replace(addressedName, `$1${MASK}`);
  // Phones first: `+37061234567` would otherwise lose its last 11 digits as a "personal code".
  for (const pattern of phonePatterns) out = out.replace(pattern, MASK);
  out = out.replace(lvPersonalCodePattern, MASK);
  out = out.replace(ltPersonalCodePattern, MASK);
  out = out.replace(longDigitsPattern, MASK);
  return out;
}

export const MAX_EXCERPT_CHARS = 200;

/**
 * A short masked excerpt around a place in `text`: the line of `line` (1-based) and, when that
 * line is short, the next non-blank one; cut to `max` characters around `column`. Masking runs
 * on whole lines before cutting, so a cut can never leave part of an address or code visible.
 */
export function excerptAround(text: string, line: number, column: number, max = MAX_EXCERPT_CHARS): string {
  const lines = text.split(/\r?\n/);
  const index = Math.min(Math.max(line - 1, 0), Math.max(lines.length - 1, 0));
  const first = lines[index] ?? '';
  const parts = [first];
  if (first.trim().length < 60) {
    const next = lines.slice(index + 1).find((l) => l.trim() !== '');
    if (next !== undefined && lines.indexOf(next, index + 1) === index + 1) parts.push(next);
  }
  const masked = maskPersonalData(parts.join('\n'));
  // Where the offending column lands after masking the text before it.
  const focus = maskPersonalData(first.slice(0, Math.max(column - 1, 0))).length;
  return cutAround(masked, focus, max);
}

/** `text` cut to at most `max` characters around `focus`, marking cuts with `…`. */
export function cutAround(text: string, focus: number, max = MAX_EXCERPT_CHARS): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let start = Math.max(0, Math.min(focus - Math.floor(max / 3), chars.length - max));
  let end = start + max;
  const head = start > 0 ? '…' : '';
  const tail = end < chars.length ? '…' : '';
  if (head) start += 1;
  if (tail) end -= 1;
  return head + chars.slice(start, end).join('') + tail;
}
