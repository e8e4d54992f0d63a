import { defineRule, type Localized } from '../rule.js';
import type { ParsedDraft } from '../draft/parse.js';
import { hasEmail, hasPhone } from '../text/patterns.js';
import { ownLines } from '../draft/select.js';
import { wordsOf, type PhraseMatch, type Word } from '../text/words.js';

// A date as auto-replies write it: 2024-05-06, 2024.05.06, 6.05.2024, 06/05/2024, 05-06, 06.05.,
// `6 d.` / `6-osios d.` (Lithuanian "diena"). Every branch is bounded: linear on any input.
const DATE =
  /(?<![\p{L}\p{N}-])(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}-\d{1,2}(?![-\d])|\d{1,2}\.\d{1,2}\.(?!\d)|\d{1,2} ?(?:-\p{L}{1,6} ?)?d\.)(?!\d)/u;
const DATES = new RegExp(DATE.source, 'gu');
const DATE_WITH_YEAR = /(?<![\p{L}\p{N}-])(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)/u;
// A day number next to a month name: `gegužės 6 d.`, `6. maijam`, `2024 m. gegužės 6`, `May 6`.
const NUMBER_BEFORE = /\d\.?\s{0,3}$/;
const NUMBER_AFTER = /^\s{0,3}\d/;
// Template mode (000 §73's own example): `iki <...> (data)`, `līdz [datums]`, `{{date}}`.
const DATE_PLACEHOLDER =
  /\(\s{0,3}(?:data|datums|date)\s{0,3}\)|[<[{]{1,2}\s{0,3}(?:data|datums|date)[^<>[\]{}\n]{0,30}[>\]}]{1,2}|(?:iki|līdz|until|till)\s{1,3}(?:<[^<>\n]{0,40}>|\{\{[^{}\n]{0,40}\}\}|\[[^[\]\n]{0,40}\])/iu;
// Template mode: the stand-in's details as a placeholder, e.g. `(Vardenis, Pavardenis, pareigos,
// tel. numeris ir el. pašto adresas)`.
const PLACEHOLDER = /\([^()\n]{3,200}\)|<[^<>\n]{1,200}>|\[[^[\]\n]{1,200}\]|\{\{[^{}\n]{1,200}\}\}/u;
const CONTACT_PLACEHOLDER = /(?:\(|<|\[|\{\{)[^()<>[\]{}\n]{0,200}(?:tel|el\.\s?pa[šs]t|e-past|e-mail|phone|kontakt|vardenis)[^()<>[\]{}\n]{0,200}(?:\)|>|\]|\}\})/iu;

const MISSING_DATE: Localized = {
  lt: 'Automatiniame atsakyme nenurodyta, iki kada nebūsite darbe: įrašykite datą (pvz., „iki 2024-05-06“)',
  lv: 'Automātiskajā atbildē nav norādīts prombūtnes laiks: ierakstiet datumu (piem., „līdz 2024. gada 6. maijam“)',
  en: 'The out-of-office reply does not say until when you are away: add a date (e.g. “until 2024-05-06”)',
};
const MISSING_CONTACT: Localized = {
  lt: 'Automatiniame atsakyme nenurodyta, į ką kreiptis: įrašykite pavaduojančio darbuotojo vardą, pavardę ir telefoną ar el. paštą',
  lv: 'Automātiskajā atbildē nav norādīts, pie kā vērsties: ierakstiet aizvietotāja vārdu, uzvārdu un tālruni vai e-pastu',
  en: 'The out-of-office reply does not say whom to contact instead: add the stand-in’s name and phone or e-mail',
};

// 000 §73, annex 21: "informuojantį, kiek laiko nebus darbe ir į ką Klientas galėtų kreiptis";
// 002 §4.2.2: "nurodydami atostogų laikotarpį ir pavaduojančio asmens kontaktinius duomenis";
// 004 E-PASTS: "norādot prombūtnes laiku un kolēģa – aizvietotāja – kontaktinformāciju".
export default defineRule({
  id: 'auto-reply',
  severity: 'error',
  standard: '000 §73, annex 21; 002 §4.2.2; 004 E-PASTS',
  fixable: false,
  description: {
    lt: 'Automatinis atsakymas nurodo, iki kada nebūsite darbe ir į ką kreiptis (vardas, pavardė, telefonas ar el. paštas).',
    lv: 'Automātiskā atbilde norāda prombūtnes laiku un aizvietotāja kontaktinformāciju.',
    en: 'An out-of-office reply states until when you are away and whom to contact instead (name with phone or e-mail).',
  },
  check({ draft, settings, report }) {
    const markers = draft.lexicon.autoReplyMarkers;
    // Most drafts are no auto-reply: when no own word can start a marker, that is settled
    // without gathering the draft's words into one list (a marker may run over a line break).
    const body = mayHaveMarker(draft, markers) ? ownWords(draft) : undefined;
    const marker = body && firstMatch(markers, body.words);
    // Outlook titles auto-replies `Automatic reply: …` / `Automatinis atsakymas: …`.
    if (!marker && !(draft.subject && firstMatch(markers, wordsOf(draft.subject.text)))) return;
    const { own, words } = body ?? ownWords(draft);
    if (own.length === 0) return;

    const text = draft.body.text;
    const anchor = marker ?? wholeLine(draft, own[0]!);
    const template = settings.template;

    if (!statesDate(draft, own, words, template)) {
      report({ start: anchor.start, end: anchor.end, actual: text.slice(anchor.start, anchor.end), message: MISSING_DATE });
    }

    const contact = findContact(draft, own, words, template);
    if (contact.found) return;
    let place = contact.standIn ?? wholeLine(draft, lastContentLine(draft, own));
    if (place.start === anchor.start && place.end === anchor.end) place = { start: place.end, end: place.end };
    report({ start: place.start, end: place.end, actual: text.slice(place.start, place.end), message: MISSING_CONTACT });
  },
});

/** The own non-blank lines and their words, in order. */
function ownWords(draft: ParsedDraft): { own: number[]; words: Word[] } {
  const own = ownLines(draft).filter((line) => line.text.trim() !== '').map((line) => line.index);
  const words: Word[] = [];
  for (const index of own) for (const word of draft.wordsOfLine(index)) words.push(word);
  return { own, words };
}

function mayHaveMarker(draft: ParsedDraft, markers: ParsedDraft['lexicon']['autoReplyMarkers']): boolean {
  for (let i = draft.own.start; i < draft.own.end; i++) {
    for (const word of draft.wordsOfLine(i)) if (markers.mayStartAt(word)) return true;
  }
  return false;
}

function firstMatch(list: ParsedDraft['lexicon']['autoReplyMarkers'], words: readonly Word[]): PhraseMatch | undefined {
  for (let i = 0; i < words.length; i++) {
    const match = list.matchAt(words, i);
    if (match) return match;
  }
  return undefined;
}

function wholeLine(draft: ParsedDraft, index: number): { start: number; end: number } {
  const line = draft.lines[index]!;
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

function lastContentLine(draft: ParsedDraft, own: readonly number[]): number {
  for (let k = own.length - 1; k >= 0; k--) if (draft.regionOf(own[k]!) === 'content') return own[k]!;
  return own[own.length - 1]!;
}

function statesDate(draft: ParsedDraft, own: readonly number[], words: readonly Word[], template: boolean): boolean {
  for (const index of own) {
    const line = draft.lines[index]!.text;
    if (!/\d/.test(line)) {
      if (template && DATE_PLACEHOLDER.test(line)) return true;
      continue;
    }
    // A signature's phone (`tel. 8 5 212 34-56`) looks like `34-56`: there, only a date with a year counts.
    if ((draft.regionOf(index) === 'signature' ? DATE_WITH_YEAR : DATE).test(line)) return true;
    if (template && DATE_PLACEHOLDER.test(line)) return true;
  }
  const text = draft.body.text;
  for (const word of words) {
    if (!draft.lexicon.months.has(word.text)) continue;
    if (NUMBER_BEFORE.test(text.slice(Math.max(0, word.start - 8), word.start)) || NUMBER_AFTER.test(text.slice(word.end, word.end + 6))) return true;
  }
  return false;
}

/** A phone number or an e-mail address, dates aside (`2024-05-06` has eight digits too). */
function hasContact(line: string): boolean {
  if (hasEmail(line)) return true;
  return hasPhone(line.replace(DATES, ' '));
}

/**
 * The stand-in's contact: a phone or e-mail in the body outside the signature, or in the
 * paragraph that a stand-in marker (`kreipkitės į`, `lūdzu sazinieties ar`) opens — the parser may
 * take a stand-in's contact block at the end for a signature when there is no closing.
 */
function findContact(draft: ParsedDraft, own: readonly number[], words: readonly Word[], template: boolean): { found: boolean; standIn?: { start: number; end: number } } {
  for (const index of own) {
    const region = draft.regionOf(index);
    if (region === 'signature') continue;
    const line = draft.lines[index]!.text;
    if (hasContact(line)) return { found: true };
    if (template && CONTACT_PLACEHOLDER.test(line)) return { found: true };
  }
  let standIn: { start: number; end: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    const match = draft.lexicon.standInMarkers.matchAt(words, i);
    if (!match) continue;
    i = match.last;
    standIn ??= { start: match.start, end: match.end };
    const markerLine = lineIndexAt(draft, match.start);
    const rest = draft.body.text.slice(match.end, draft.lines[markerLine]!.end);
    if (hasContact(rest) || (template && PLACEHOLDER.test(rest))) return { found: true };
    // The sender's own signature after a closing or `-- ` is not the stand-in's contact.
    const limit = draft.closing?.start ?? draft.signatureDelimiter ?? draft.own.end;
    let crossedBlank = false;
    const opensBlock = /:\s*$/.test(draft.lines[markerLine]!.text);
    for (let k = markerLine + 1; k < limit && k <= markerLine + 6; k++) {
      const line = draft.lines[k]!.text;
      if (line.trim() === '') {
        // The paragraph ends here, unless the marker line ends with `:` and the contact follows.
        if (crossedBlank || !opensBlock) break;
        crossedBlank = true;
        continue;
      }
      if (hasContact(line)) return { found: true };
    }
  }
  return standIn ? { found: false, standIn } : { found: false };
}

function lineIndexAt(draft: ParsedDraft, offset: number): number {
  let low = 0;
  let high = draft.lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (draft.lines[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
