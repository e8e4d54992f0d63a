import { defineRule, type Localized, type Report } from '../rule.js';
import { exemptRanges, inRanges } from '../text/patterns.js';

const REGIONS = new Set(['greeting', 'content', 'closing']);

// `:)`, `:-)`, `;)`, `:D`, `:(`, `:P`, `:/`, `:*`, `:'(`, `xD`, `<3`, `^_^`, `^^`. Not after a letter,
// a digit or `:`/`/` (`10:30`, `https://`, `C:\`), not before a letter, digit or `/`. Linear: one
// quantifier per branch, no nesting.
const EMOTICON = /(?<![\p{L}\p{N}:;/\\])(?:[:;]['’]?-?(?:\)+|\(+|[DPp|*/\\])|<3|\^[_.-]?\^|[xX]D)(?![\p{L}\p{N}/])/gu;
// An emoji with its modifiers and ZWJ sequence, or a flag.
const EMOJI = /\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic})*|\p{Regional_Indicator}{2}/gu;
// Pictographs in the Basic Multilingual Plane that are text symbols by default (©, ®, ™, ↔, ✉, ☎)
// are not emoji unless written with the emoji selector; these few are smileys and hearts.
const BMP_SMILEYS = new Set(['☺', '☹', '♥', '❤', '✌', '⭐', '✨']);

const SENTENCE_END = /[.!?…]\s*["“”]?$/;
const SET_OFF_AFTER = /^\s*[,.!?…;]/;

// 000 §70.4, annex 7: "vengti … familiarumo (šypsnelių, mažybių žodelių ir pan.)"; 002 §2.2
// ("Negalime vartoti mažiųjų žodžių (pvz., sutartėlė, parašiukas, skolelė)"); 000 telephone annex 11
// ("Nenaudoju pertarų ir bereikalingų žodžių: „nu“, „aha“, „jo“, „ta prasme“"). A filler counts only
// when set off like one (`Nu, …`, `Jo, gavome`, `…, aha, …`, `Aha.`): `jo prašymas` is a pronoun.
// Own text without the signature; not addresses, links or times.
export default defineRule({
  id: 'familiarity',
  severity: 'warning',
  standard: '000 §70.4, annex 7, 11; 002 §2.2',
  fixable: true,
  maxReports: 200,
  description: {
    lt: 'Familiarumas: šypsenėlės ir jaustukai, mažybiniai žodžiai, pertariniai žodžiai („nu“, „aha“, „jo“, „ta prasme“).',
    lv: 'Familiaritāte: smaidiņi un emocijzīmes, deminutīvi, liekvārdi („nu“, „aha“).',
    en: 'Familiarity: emoticons and emoji, diminutives, fillers (“nu”, “aha”, “jo”, “ta prasme”).',
  },
  check({ draft, report, done, settings }) {
    const { diminutives, fillerPhrases, fillers, bareFillers } = draft.lexicon;
    const text = draft.body.text;
    for (let i = draft.own.start; i < draft.own.end; i++) {
      if (done()) return;
      if (!REGIONS.has(draft.regionOf(i))) continue;
      const line = draft.lines[i]!;
      if (line.text.trim() === '') continue;
      // Addresses and links are read only on a line where something was found (most have nothing).
      let exemptOfLine: Array<[number, number]> | undefined;
      const exempt = (): Array<[number, number]> => (exemptOfLine ??= exemptRanges(line.text, line.start));

      // Emoticons and emoji: the fix removes them with the space before (or after, at a line start).
      const symbols = MAY_HAVE_SYMBOL.test(line.text) ? symbolKinds(line.text) : 0;
      if (symbols !== 0) {
        for (const [start, end, kind] of symbolsOf(line.text, line.start, symbols)) {
          if (inRanges(exempt(), start, end)) continue;
          const actual = text.slice(start, end);
          report({
            start,
            end,
            actual,
            fix: removal(text, start, end, line.start, line.end),
            message: kind === 'emoticon'
              ? msg(`Šypsenėlė „${actual}“: oficialiame laiške familiarumas netinka`, `Smaidiņš „${actual}“: oficiālā vēstulē familiaritāte nav vietā`, `Emoticon “${actual}”: no familiarity in an official letter`)
              : msg(`Jaustukas „${actual}“: oficialiame laiške familiarumas netinka`, `Emocijzīme „${actual}“: oficiālā vēstulē familiaritāte nav vietā`, `Emoji “${actual}”: no familiarity in an official letter`),
          });
        }
      }

      const words = draft.wordsOfLine(i);
      if (words.length === 0) continue;
      const reportWord = (start: number, end: number, message: Localized): void => {
        const actual = text.slice(start, end);
        if (inRanges(exempt(), start, end) || settings.allowedWords.has(actual.toLowerCase())) return;
        report({ start, end, actual, message });
      };
      for (const match of diminutives.findAll(words)) {
        const actual = text.slice(match.start, match.end);
        reportWord(match.start, match.end, msg(
          `Mažybinis žodis „${actual}“: rašykite įprastą formą`,
          `Deminutīvs „${actual}“: rakstiet parasto formu`,
          `Diminutive “${actual}”: use the ordinary form`,
        ));
      }
      for (const match of fillerPhrases.findAll(words)) {
        const actual = text.slice(match.start, match.end);
        reportWord(match.start, match.end, fillerMessage(actual));
      }
      for (let w = 0; w < words.length; w++) {
        const word = words[w]!;
        if (!fillers.hasWord(word)) continue;
        const before = text.slice(w === 0 ? line.start : words[w - 1]!.end, word.start);
        const after = text.slice(word.end, w + 1 < words.length ? words[w + 1]!.start : line.end);
        const sentenceStart = w === 0 ? /^[\s"„“'–—-]*$/.test(before) || SENTENCE_END.test(before.trimEnd()) : SENTENCE_END.test(before.trimEnd());
        const afterComma = /,\s*$/.test(before);
        const lastOnLine = w + 1 === words.length && after.trim() === '';
        const setOff = SET_OFF_AFTER.test(after) || lastOnLine;
        if ((sentenceStart || afterComma) && (setOff || (sentenceStart && bareFillers.has(word.lower)))) reportWord(word.start, word.end, fillerMessage(word.text));
      }
    }
  },
});

function msg(lt: string, lv: string, en: string): Localized {
  return { lt, lv, en };
}

const fillerMessage = (actual: string): Localized => msg(
  `Pertarinis žodis „${actual}“: praleiskite jį`,
  `Liekvārds „${actual}“: izlaidiet to`,
  `Filler word “${actual}”: leave it out`,
);

// The characters `symbolKinds` looks for, as one native scan: most lines have none of them (a
// regex test took 3.1 µs per corpus reply where the character loop took 5.7).
const MAY_HAVE_SYMBOL = /[:;<^xX\u2300-\uffff]/;
const MAY_HAVE_EMOTICON = 1;
const MAY_HAVE_EMOJI = 2;

/**
 * Fast check: which of the two regexes a line needs. An emoticon needs one of `:;<^xX`. An emoji
 * that `symbolsOf` keeps needs a character from U+2300 up: a pictograph below it (©, ™, ↔) counts
 * only with the emoji selector U+FE0F, and the smileys, flags and U+1F000 and up are all above it.
 */
function symbolKinds(line: string): number {
  let kinds = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0x2300) kinds |= MAY_HAVE_EMOJI;
    else if (code === 58 || code === 59 || code === 60 || code === 94 || code === 120 || code === 88) kinds |= MAY_HAVE_EMOTICON;
    else continue;
    if (kinds === (MAY_HAVE_EMOTICON | MAY_HAVE_EMOJI)) break;
  }
  return kinds;
}

function symbolsOf(line: string, base: number, kinds: number): Array<[number, number, 'emoticon' | 'emoji']> {
  const found: Array<[number, number, 'emoticon' | 'emoji']> = [];
  if (kinds & MAY_HAVE_EMOTICON) for (const m of line.matchAll(EMOTICON)) found.push([base + m.index, base + m.index + m[0].length, 'emoticon']);
  if (kinds & MAY_HAVE_EMOJI) for (const m of line.matchAll(EMOJI)) {
    const first = m[0].codePointAt(0)!;
    if (first >= 0x1f000 || m[0].includes('\uFE0F') || BMP_SMILEYS.has(m[0][0]!) || /\p{Regional_Indicator}/u.test(m[0])) {
      found.push([base + m.index, base + m.index + m[0].length, 'emoji']);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Removes `[start, end)` with the whitespace before it, or after it when it opens the line. */
function removal(text: string, start: number, end: number, lineStart: number, lineEnd: number): NonNullable<Report['fix']> {
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  if (from > lineStart) return { start: from, end, text: '' };
  let to = end;
  while (to < lineEnd && (text[to] === ' ' || text[to] === '\t')) to++;
  return { start, end: to, text: '' };
}
