import { ownLines } from '../draft/select.js';
import { defineRule } from '../rule.js';
import type { ParsedDraft, RegionKind } from '../draft/parse.js';
import { exemptRanges, inRanges } from '../text/patterns.js';
import type { Word } from '../text/words.js';

// The draft's own text, the signature included: a signature typed without Lithuanian letters is
// as much a breach (000 annex 2), and names are not in the word map anyway. Never quoted history.
const REGIONS: ReadonlySet<RegionKind> = new Set(['greeting', 'content', 'closing', 'signature']);

/** A word of ASCII letters only: a word with any other letter is `foreign-diacritics`' or correct. */
function isAsciiWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** `Aciu` → `Ačiū`, `ACIU` → `AČIŪ`, `aciu` → `ačiū`. */
function withCaseOf(original: string, word: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return word.toUpperCase();
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * 003 §37: "Elektroniniame laiške, jeigu klientas nepageidauja kitaip, vartojami lietuviški
 * rašmenys." The client's request is in the quoted history (or the host says so).
 */
function clientAskedForAscii(draft: ParsedDraft): boolean {
  // Phrases may break across lines: match over each quote's words as one sequence. The quote may
  // stand below the own text (top posting) or above it (bottom posting).
  for (const region of [draft.quotedAbove, draft.quoted]) {
    if (!region) continue;
    const words: Word[] = [];
    for (let i = region.start; i < region.end; i++) {
      for (const word of draft.wordsOfLine(i)) words.push(word);
    }
    if (draft.lexicon.noDiacriticsRequests.findAll(words).length > 0) return true;
  }
  return false;
}

// 000 annex 2 ("Laiškus lietuvių kalba rašau lietuviškomis raidėmis"); 001 §10 ("vartojame
// lietuviškus rašmenis"); 002 §4.2.1; 003 §37.
export default defineRule({
  id: 'missing-diacritics',
  severity: 'warning',
  standard: '000 annex 2; 002 §4.2.1; 003 §37',
  fixable: true,
  maxReports: 100,
  description: {
    lt: 'Laiškai lietuvių kalba rašomi lietuviškomis raidėmis: „ačiū“, ne „aciu“.',
    lv: 'Vēstules lietuviešu valodā raksta ar lietuviešu burtiem: „ačiū“, nevis „aciu“.',
    en: 'Lithuanian is written with Lithuanian letters: “ačiū”, not “aciu”.',
  },
  check({ draft, settings, report, done }) {
    // Lithuanian profiles only (SPEC §3: off in lv-valsts; the Latvian word map is empty).
    if (draft.profile.language !== 'lt') return;
    const map = draft.lexicon.missingDiacritics;
    if (map.size === 0) return;
    // 003 §37: "jeigu klientas nepageidauja kitaip" — only the Daigelis standard allows it.
    if (draft.profile.standard === '003' && (settings.noDiacriticsRequested || clientAskedForAscii(draft))) return;
    for (const line of ownLines(draft)) {
      if (!REGIONS.has(draft.regionOf(line.index))) continue;
      let exempt: Array<[number, number]> | undefined;
      for (const word of draft.wordsOfLine(line.index)) {
        const expected = map.ofWord(word);
        if (expected === undefined || !isAsciiWord(word.text) || settings.allowedWords.has(word.lower)) continue;
        exempt ??= exemptRanges(line.text, line.start);
        if (inRanges(exempt, word.start, word.end)) continue;
        const fixed = withCaseOf(word.text, expected);
        if (done()) return;
        report({
          start: word.start,
          end: word.end,
          actual: word.text,
          expected: [fixed],
          fix: { start: word.start, end: word.end, text: fixed },
          message: {
            lt: `Rašykite lietuviškomis raidėmis: „${fixed}“, ne „${word.text}“`,
            lv: `Rakstiet ar lietuviešu burtiem: „${fixed}“, nevis „${word.text}“`,
            en: `Write with Lithuanian letters: “${fixed}”, not “${word.text}”`,
          },
        });
      }
    }
  },
});
