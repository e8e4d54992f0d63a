import { ownLines } from '../draft/select.js';
import { defineRule, type Localized } from '../rule.js';
import type { RegionKind } from '../draft/parse.js';
import { wordsOf, type Word } from '../text/words.js';

// All of the draft's own text, the signature included (`Vardenis Pavardenis, pareigos` is a
// template's signature); never quoted history.
const REGIONS: ReadonlySet<RegionKind> = new Set(['greeting', 'content', 'closing', 'signature']);

// Words that name what a template asks to fill in (lt, lv, en), lower case after NFC. Placeholder
// notation is the same in both languages' templates, so the list lives with the rule.
const PLACEHOLDER_WORDS = new Set([
  // lt (000 §73: "iki <...> (data)", "(Vardenis, Pavardenis, pareigos, tel. numeris ir el. pašto adresas)")
  'vardas', 'vardą', 'vardo', 'pavardė', 'pavardę', 'pavardės', 'data', 'datą', 'datos', 'pareigos', 'pareigas',
  'telefonas', 'telefono', 'telefoną', 'numeris', 'numerį', 'numerio', 'adresas', 'adresą', 'adreso', 'paštas',
  'paštą', 'pašto', 'pavadinimas', 'pavadinimą', 'suma', 'sumą', 'įstaiga', 'įstaigos', 'skyrius', 'padalinys',
  // lv
  'vārds', 'uzvārds', 'datums', 'amats', 'tālrunis', 'tālruņa', 'iestāde', 'iestādes', 'adrese', 'nosaukums', 'summa',
  // en
  'name', 'surname', 'firstname', 'lastname', 'date', 'position', 'phone', 'number', 'address', 'company', 'signature',
]);
// Every pattern is a bracket, a bounded class and a bracket: linear on any input.
const ANGLE = /<([^<>\n]{0,80})>/g;
const CURLY = /\{\{[^{}\n]{0,80}\}\}/g;
const SQUARE = /\[([^[\]\n]{1,80})\]/g;
// `(data)` only as the literal word, in the languages of the templates (000 §73 "(data)").
const PAREN_DATE = /\(\s?(?:data|datą|datums|date|datum)\s?\)/giu;
const XXX = /(?<![\p{L}\p{N}_])[xX]{3,}(?![\p{L}\p{N}_])/gu;
const UNDERSCORES = /_{3,}/g;
const DOTS = /^\s*(?:\.{2,}|…+)\s*$/u;
const ADDRESS_OR_LINK = /@|:\/\/|^\s*(?:www\.|mailto:)/i;
const QUICK = /[<[{(_xX]|arden/;

interface Found {
  start: number;
  end: number;
}

const hasPlaceholderWord = (words: readonly Word[]): boolean => words.some((word) => PLACEHOLDER_WORDS.has(word.lower));

const isTitleCase = (word: Word): boolean => {
  const first = word.text.charAt(0);
  return first !== first.toLowerCase() && word.text !== word.text.toUpperCase();
};

/** `Vardenis`, `Pavardenis`, `Vardeni`, `Vardenė`: the standards' sample name (000 §70.3, §73). */
const isSampleName = (word: Word): boolean => word.lower.startsWith('varden') || word.lower.startsWith('pavarden');

/** Placeholders in `text` (a line or the subject), with offsets from `base`. */
export function placeholdersIn(text: string, base: number, words: readonly Word[]): Found[] {
  if (!QUICK.test(text)) return [];
  const found: Found[] = [];
  const add = (start: number, end: number): void => {
    found.push({ start: base + start, end: base + end });
  };
  if (text.includes('<')) {
    for (const match of text.matchAll(ANGLE)) {
      const inner = match[1]!;
      if (isAngleTemplate(inner)) add(match.index, match.index + match[0].length);
    }
  }
  if (text.includes('{{')) for (const match of text.matchAll(CURLY)) add(match.index, match.index + match[0].length);
  if (text.includes('[')) {
    for (const match of text.matchAll(SQUARE)) {
      const inner = match[1]!;
      if (isSquareTemplate(inner)) add(match.index, match.index + match[0].length);
    }
  }
  if (text.includes('(')) for (const match of text.matchAll(PAREN_DATE)) add(match.index, match.index + match[0].length);
  for (const match of text.matchAll(XXX)) add(match.index, match.index + match[0].length);
  // `Data: ________` is a blank to fill in; a line of underscores alone is a separator (Outlook).
  if (text.includes('___') && text.replace(/[_\s]/g, '') !== '') {
    for (const match of text.matchAll(UNDERSCORES)) add(match.index, match.index + match[0].length);
  }
  // `Vardenis Pavardenis` (and `Vardeni Pavardeni`): one report for the adjacent words.
  for (let k = 0; k < words.length; k++) {
    if (!isSampleName(words[k]!)) continue;
    let last = k;
    while (last + 1 < words.length && isSampleName(words[last + 1]!)) last++;
    add(words[k]!.start - base, words[last]!.end - base);
    k = last;
  }
  return dropOverlaps(found);
}

function isAngleTemplate(inner: string): boolean {
  if (DOTS.test(inner)) return true;
  if (ADDRESS_OR_LINK.test(inner)) return false;
  // Only what names a value to fill in: `<data>`, `<Vardas Pavardė>`; HTML-ish text (`<b>`,
  // `</p>`) and comparisons (`a < b > c`) name nothing.
  const words = wordsOf(inner);
  return hasPlaceholderWord(words) || words.some(isSampleName);
}

function isSquareTemplate(inner: string): boolean {
  if (DOTS.test(inner)) return true;
  if (ADDRESS_OR_LINK.test(inner)) return false;
  const words = wordsOf(inner);
  if (words.length === 0) return false; // `[1]`, `[*]`
  if (hasPlaceholderWord(words) || words.some(isSampleName)) return true;
  // `[Vardas Pavardė]`, `[Įstaigos Pavadinimas]`: two or more capitalised words and nothing else
  // (`[1 priedas]`, `[SECURE]`, `[image: logo]` are not).
  return words.length >= 2 && !/\d/.test(inner) && words.every(isTitleCase);
}

function dropOverlaps(found: Found[]): Found[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const item of found) {
    const last = kept[kept.length - 1];
    if (last && item.start < last.end) continue;
    kept.push(item);
  }
  return kept;
}

const MESSAGE = (shown: string): Localized => ({
  lt: `Neužpildyta šablono vieta „${shown}“: įrašykite tikrus duomenis`,
  lv: `Neaizpildīta veidnes vieta „${shown}“: ierakstiet īstos datus`,
  en: `Unfilled template placeholder “${shown}”: fill in the real value`,
});

// 000 §73: the auto-reply template "iki <...> (data)… (Vardenis, Pavardenis, pareigos…)" shows
// what a template leaves to fill in; a draft sent with it unfilled tells the client nothing.
export default defineRule({
  id: 'placeholder',
  severity: 'error',
  standard: '000 §73 (template)',
  fixable: false,
  maxReports: 100,
  description: {
    lt: 'Neužpildytos šablono vietos: <...>, (data), {{…}}, [Vardas Pavardė], Vardenis Pavardenis, XXX (šablonų režime leidžiama).',
    lv: 'Neaizpildītas veidnes vietas: <...>, (datums), {{…}}, [Vārds Uzvārds], XXX (veidņu režīmā atļauts).',
    en: 'Unfilled template placeholders: <...>, (data), {{…}}, [Name Surname], Vardenis Pavardenis, XXX (allowed in template mode).',
  },
  check({ draft, settings, report, done }) {
    // SPEC §2: in template mode (`--template`) placeholders are expected.
    if (settings.template) return;
    const subject = draft.subject?.text;
    if (subject) {
      for (const item of placeholdersIn(subject, 0, wordsOf(subject))) {
        if (done()) return;
        const shown = subject.slice(item.start, item.end);
        report({ field: 'subject', start: item.start, end: item.end, actual: shown, message: MESSAGE(shown) });
      }
    }
    for (const line of ownLines(draft)) {
      if (!REGIONS.has(draft.regionOf(line.index))) continue;
      if (!QUICK.test(line.text)) continue;
      for (const item of placeholdersIn(line.text, line.start, draft.wordsOfLine(line.index))) {
        if (done()) return;
        const shown = draft.body.text.slice(item.start, item.end);
        report({ start: item.start, end: item.end, actual: shown, message: MESSAGE(shown) });
      }
    }
  },
});
