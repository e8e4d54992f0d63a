import { ownLines } from '../draft/select.js';
import { defineRule, type Settings } from '../rule.js';
import type { ParsedDraft, RegionKind } from '../draft/parse.js';
import { exemptRanges, inRanges } from '../text/patterns.js';
import { wordsOf, type Word } from '../text/words.js';

// Greeting, content and closing. The signature is exempt (names, institutions, addresses of
// people abroad), and quoted history is never ours to check (SPEC §2 clarifications).
const REGIONS: ReadonlySet<RegionKind> = new Set(['greeting', 'content', 'closing']);

// Cyrillic and Greek letters that look like Latin ones (`Laba dienа` with a Cyrillic `а`): text
// pasted from elsewhere or typed on the wrong keyboard layout. Searches and spell checkers miss
// such words, and the fix is safe: the letter the reader sees.
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic
    а: 'a', е: 'e', і: 'i', ј: 'j', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
    А: 'A', В: 'B', Е: 'E', І: 'I', Ј: 'J', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Ѕ: 'S', Т: 'T', Х: 'X', У: 'Y', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W',
    // Greek
    ο: 'o', α: 'a', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', υ: 'u',
    Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  }),
);
// Letters with a stroke or a bar: diacritics that NFD does not split off (`ł`, `ø`, `đ`).
const STROKED = new Set([...'łŁøØđĐħĦŧŦƀƗɨıȷ']);
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

interface WordVerdict {
  /** Letters outside the alphabet (with a diacritic), in order of appearance, without repeats. */
  foreign: string[];
  /** Cyrillic/Greek letters among Latin ones. */
  lookAlikes: string[];
  /** The word with each look-alike replaced by its Latin letter, when every one has one. */
  latin: string | undefined;
}

type Kind = 'latin' | 'other' | 'lookalike-only';

/** What a word is made of: only Latin letters, or Cyrillic/Greek look-alikes only, or other. */
function kindOf(text: string): Kind {
  let latin = false;
  let other = false;
  let allLookAlike = true;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) latin = true;
    else if (LOOK_ALIKES.has(ch)) other = true;
    else if (CYRILLIC_OR_GREEK.test(ch)) {
      other = true;
      allLookAlike = false;
    } else if (LATIN.test(ch)) latin = true;
  }
  if (latin && !other) return 'latin';
  return !latin && other && allLookAlike ? 'lookalike-only' : 'other';
}

function judge(text: string, alphabet: ReadonlySet<number>, lookAlikeWord: boolean): WordVerdict | undefined {
  let foreign: string[] | undefined;
  let lookAlikes: string[] | undefined;
  let hasLatin = false;
  let allMapped = true;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) {
      hasLatin = true;
      continue;
    }
    if (alphabet.has(code)) {
      hasLatin = true;
      continue;
    }
    if (CYRILLIC_OR_GREEK.test(ch)) {
      (lookAlikes ??= []).push(ch);
      if (!LOOK_ALIKES.has(ch)) allMapped = false;
      continue;
    }
    if (!LATIN.test(ch)) continue; // combining marks, other scripts
    hasLatin = true;
    if (STROKED.has(ch) || ch.normalize('NFD').length > 1) {
      foreign ??= [];
      if (!foreign.includes(ch)) foreign.push(ch);
    }
  }
  // Cyrillic/Greek letters count only inside a Latin word, or as a lone look-alike word among
  // Latin words (`ir о kitą`); Russian or Greek text is not ours to judge.
  if (lookAlikes && !hasLatin && !lookAlikeWord) lookAlikes = undefined;
  if (!foreign && !lookAlikes) return undefined;
  const unique = lookAlikes ? [...new Set(lookAlikes)] : [];
  const latin = lookAlikes && allMapped ? [...text].map((ch) => LOOK_ALIKES.get(ch) ?? ch).join('') : undefined;
  return { foreign: foreign ?? [], lookAlikes: unique, latin };
}

interface Allowed {
  words: Set<string>;
  /** Name words of four letters or more: their Lithuanian/Latvian inflections are fine too (`Müllerio`). */
  stems: string[];
}

/** Words of the To/Cc display names (`Hans Müller <h@x.de>` → `hans`, `müller`), configured names and words. */
function allowedOf(draft: ParsedDraft, settings: Settings): Allowed {
  const words = new Set<string>(settings.allowedWords);
  const names: string[] = [...settings.allowedNames];
  for (const recipient of [...(draft.input.to ?? []), ...(draft.input.cc ?? [])]) {
    if (recipient.includes('<')) names.push(recipient.slice(0, recipient.indexOf('<')).normalize('NFC'));
  }
  const stems: string[] = [];
  for (const name of names) {
    for (const word of wordsOf(name)) {
      words.add(word.lower);
      if ([...word.lower].length >= 4) stems.push(word.lower);
    }
  }
  return { words, stems };
}

function isAllowed(allowed: Allowed, lower: string): boolean {
  if (allowed.words.has(lower)) return true;
  for (const stem of allowed.stems) if (lower.startsWith(stem)) return true;
  return false;
}

const quote = (letters: string[], open: string, close: string): string => letters.map((ch) => `${open}${ch}${close}`).join(', ');

// 000 annex 2 ("Laiškus lietuvių kalba rašau lietuviškomis raidėmis"); 001 §10 ("vartojame
// lietuviškus rašmenis"); 003 §37: letters of another alphabet are not Lithuanian (or Latvian).
export default defineRule({
  id: 'foreign-diacritics',
  severity: 'warning',
  standard: '000 annex 2; 001 §10; 003 §37',
  fixable: true,
  maxReports: 100,
  description: {
    lt: 'Raidės su kitų kalbų diakritikais (é, ö, ł…) ar kirilicos/graikų raidės lotyniškame žodyje.',
    lv: 'Burti ar citu valodu diakritiskajām zīmēm (é, ö, ą…) vai kirilicas/grieķu burti latīņu vārdā.',
    en: 'Letters with diacritics of another language (é, ö, ł…) or Cyrillic/Greek letters inside a Latin word.',
  },
  check({ draft, settings, report, done }) {
    const alphabet = draft.lexicon.alphabet;
    const language = draft.profile.language === 'lv' ? { lt: 'latvių', lv: 'latviešu', en: 'Latvian' } : { lt: 'lietuvių', lv: 'lietuviešu', en: 'Lithuanian' };
    let allowed: Allowed | undefined;
    for (const line of ownLines(draft)) {
      if (!REGIONS.has(draft.regionOf(line.index))) continue;
      if (isAsciiOrAlphabet(line.text, alphabet)) continue; // fast path: most lines
      const words = draft.wordsOfLine(line.index);
      let exempt: Array<[number, number]> | undefined;
      let lineKinds: Kind[] | undefined;
      for (let k = 0; k < words.length; k++) {
        const word: Word = words[k]!;
        if (isAsciiOrAlphabet(word.text, alphabet)) continue;
        lineKinds ??= words.map((w) => kindOf(w.text));
        // A lone look-alike word counts when the line is otherwise Latin.
        const lookAlikeWord = lineKinds[k] === 'lookalike-only' && lineKinds.every((kind) => kind !== 'other') && lineKinds.includes('latin');
        const verdict = judge(word.text, alphabet, lookAlikeWord);
        if (!verdict) continue;
        allowed ??= allowedOf(draft, settings);
        if (isAllowed(allowed, word.lower)) continue;
        exempt ??= exemptRanges(line.text, line.start);
        if (inRanges(exempt, word.start, word.end)) continue;
        const { foreign, lookAlikes, latin } = verdict;
        const parts = {
          lt: [] as string[],
          lv: [] as string[],
          en: [] as string[],
        };
        if (foreign.length > 0) {
          parts.lt.push(`${foreign.length > 1 ? 'raidžių' : 'raidės'} ${quote(foreign, '„', '“')} nėra ${language.lt} abėcėlėje`);
          parts.lv.push(`${foreign.length > 1 ? 'burtu' : 'burta'} ${quote(foreign, '„', '“')} nav ${language.lv} alfabētā`);
          parts.en.push(`${quote(foreign, '“', '”')} ${foreign.length > 1 ? 'are' : 'is'} not in the ${language.en} alphabet`);
        }
        if (lookAlikes.length > 0) {
          parts.lt.push(`${quote(lookAlikes, '„', '“')} – kirilicos ar graikų raidė, panaši į lotynišką`);
          parts.lv.push(`${quote(lookAlikes, '„', '“')} – kirilicas vai grieķu burts, līdzīgs latīņu burtam`);
          parts.en.push(`${quote(lookAlikes, '“', '”')} ${lookAlikes.length > 1 ? 'are Cyrillic or Greek letters' : 'is a Cyrillic or Greek letter'} that looks Latin`);
        }
        if (done()) return;
        report({
          start: word.start,
          end: word.end,
          actual: word.text,
          // Replacing a look-alike by the Latin letter the reader sees is safe; foreign letters stay.
          ...(latin !== undefined ? { expected: [latin], fix: { start: word.start, end: word.end, text: latin } } : {}),
          message: {
            lt: `Žodyje „${word.text}“ ${parts.lt.join('; ')}`,
            lv: `Vārdā „${word.text}“ ${parts.lv.join('; ')}`,
            en: `In “${word.text}”, ${parts.en.join('; ')}`,
          },
        });
      }
    }
  },
});

/**
 * True when every character is ASCII or a letter of the alphabet: nothing to judge. By code unit:
 * `text[i]` made a new one-letter string for every `ą`, `ė`, `š` of a line before the look-up.
 */
function isAsciiOrAlphabet(text: string, alphabet: ReadonlySet<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (!alphabet.has(code)) return false;
  }
  return true;
}
