import { defineRule } from '../rule.js';
import { firstNonBlank } from '../draft/parse.js';
import { isCapitalised } from '../text/words.js';

// Words that start a sentence and are never proper names. A capital on anything else after the
// greeting's comma may be a name (`Vilniaus miesto savivaldybė…`) and is left alone (SPEC §2).
const SENTENCE_STARTERS = new Set([
  'dėl', 'į', 'iš', 'šiuo', 'kaip', 'deja', 'mes', 'aš', 'tai', 'ši', 'šis', 'šios', 'šiame', 'šioje', 'jei', 'jeigu',
  'kadangi', 'nors', 'ar', 'o', 'bet', 'tačiau', 'taip', 'ne', 'pagal', 'remiantis', 'vadovaujantis', 'atsižvelgiant',
  'atsakant', 'su', 'per', 'nuo', 'iki', 'po', 'prieš', 'kai', 'kol', 'ačiū', 'labai', 'būtų', 'yra', 'čia', 'šiandien',
  'vakar', 'rytoj', 'visų', 'pirma', 'pirmiausia', 'norėčiau', 'noriu', 'galiu', 'gavau', 'esame', 'esu', 'buvo', 'bus',
  'kreipiuosi', 'kreipiamės', 'primenu', 'informuoju', 'pranešu', 'dėkoju', 'atsiprašau', 'siunčiu', 'pridedu',
  'kviečiame', 'turime', 'džiaugiamės', 'apgailestaujame', 'malonu', 'gaila', 'suprantame', 'suprantu', 'nurodome',
  'be', 'prašau', 'kreipkitės', 'atsižvelgdami', 'išnagrinėjome', 'išnagrinėję', 'gavome', 'gavę', 'perdavėme', 'mūsų',
]);
// First person verbs and participles (`dėkojame`, `informuojame`, `atsakydami`) are not names.
const VERB_ENDING = /(?:ame|ome|ime|ėme|ėjome|ojome|iame|sime|siu|dami|damas|dama|ęs|usi)$/u;

// 000 §70.3: "Pasirinkus kablelį, pirmasis laiško žodis pradedamas mažąja raide."
export default defineRule({
  id: 'greeting-case',
  severity: 'warning',
  standard: '000 §70.3',
  fixable: true,
  description: {
    lt: 'Po pasisveikinimo su kableliu laiškas tęsiamas mažąja raide, po šauktuko – didžiąja.',
    lv: 'Pēc sveiciena ar komatu vēstuli turpina ar mazo burtu, pēc izsaukuma zīmes – ar lielo.',
    en: 'After a greeting with a comma the letter goes on in lower case; after “!” with a capital.',
  },
  check({ draft, report, settings }) {
    const greeting = draft.greeting;
    // Latvian and English letters continue with a capital after the comma; the rule is 000's.
    if (!greeting || draft.profile.language !== 'lt') return;
    const mark = draft.lines[greeting.end - 1]!.text.trimEnd().slice(-1);
    if (mark !== ',' && mark !== '!') return;
    if (draft.content.start >= draft.content.end || draft.content.start !== firstNonBlank(draft.lines, greeting.end, draft.lines.length)) return;
    const word = draft.wordsOfLine(draft.content.start)[0];
    if (!word) return;
    const line = draft.lines[draft.content.start]!;
    if (line.text.slice(0, word.start - line.start).trim() !== '') return;
    const first = word.text.charAt(0);
    const capital = isCapitalised(word.text);
    if (mark === ',' && capital) {
      if (word.text.length > 1 && word.text === word.text.toUpperCase()) return; // an acronym
      if (draft.lexicon.politeYou.has(word.lower)) return; // `Jūsų prašymas…` keeps its capital (000 §66.5)
      if (settings.allowedNames.has(word.lower)) return;
      if (!SENTENCE_STARTERS.has(word.lower) && !VERB_ENDING.test(word.lower)) return;
      const fixed = first.toLowerCase() + word.text.slice(1);
      report({
        start: word.start,
        end: word.end,
        actual: word.text,
        expected: [fixed],
        fix: { start: word.start, end: word.start + 1, text: first.toLowerCase() },
        message: {
          lt: `Po pasisveikinimo su kableliu laiškas tęsiamas mažąja raide: „${fixed}“`,
          lv: `Pēc sveiciena ar komatu turpiniet ar mazo burtu: „${fixed}“`,
          en: `After a greeting ending with a comma, go on in lower case: “${fixed}”`,
        },
      });
    } else if (mark === '!' && !capital && first !== first.toUpperCase()) {
      const fixed = first.toUpperCase() + word.text.slice(1);
      report({
        start: word.start,
        end: word.end,
        actual: word.text,
        expected: [fixed],
        fix: { start: word.start, end: word.start + 1, text: first.toUpperCase() },
        message: {
          lt: `Po pasisveikinimo su šauktuku sakinys pradedamas didžiąja raide: „${fixed}“`,
          lv: `Pēc izsaukuma zīmes teikumu sāk ar lielo burtu: „${fixed}“`,
          en: `After a greeting ending with “!”, start with a capital: “${fixed}”`,
        },
      });
    }
  },
});
