import { defineRule } from '../rule.js';
import { wordsOf, type Word } from '../text/words.js';

// 000 §70.3: "Po pasisveikinimo ar kreipinio dedamas kablelis arba šauktukas."
export default defineRule({
  id: 'greeting-punctuation',
  severity: 'warning',
  standard: '000 §70.3',
  fixable: true,
  description: {
    lt: 'Po pasisveikinimo ar kreipinio dedamas kablelis arba šauktukas.',
    lv: 'Pēc sveiciena vai uzrunas liek komatu vai izsaukuma zīmi.',
    en: 'The greeting or address line ends with a comma or an exclamation mark.',
  },
  check({ draft, report }) {
    const greeting = draft.greeting;
    if (!greeting) return;
    const line = draft.lines[greeting.end - 1]!;
    const trimmed = line.text.trimEnd();
    if (/[,!]$/.test(trimmed)) return;
    // `Laba diena, dėkojame už laišką.` — the greeting is set off by a comma within the line.
    if (greeting.end - greeting.start === 1 && continuesOnTheLine(draft.body.text.slice(greeting.phraseEnd, line.end), draft)) return;
    const end = line.start + trimmed.length;
    const last = trimmed.slice(-1);
    // A stray full stop or colon is replaced; otherwise a comma is added.
    const replaceLast = last === '.' || last === ':' || last === ';';
    report({
      start: replaceLast ? end - 1 : end,
      end,
      actual: trimmed.trim(),
      expected: [trimmed.trim().replace(/[.:;]$/, '') + ','],
      fix: { start: replaceLast ? end - 1 : end, end, text: ',' },
      message: {
        lt: 'Po pasisveikinimo ar kreipinio trūksta kablelio arba šauktuko',
        lv: 'Pēc sveiciena vai uzrunas trūkst komata vai izsaukuma zīmes',
        en: 'Put a comma or an exclamation mark after the greeting',
      },
    });
  },
});

/** `Laba diena, dėkojame už Jūsų laišką.`: after the greeting's comma the letter itself goes on. */
function continuesOnTheLine(afterPhrase: string, draft: { lexicon: { addressForms: { matchAt: (w: Word[], i: number) => unknown } } }): boolean {
  const mark = afterPhrase.search(/[,!]/);
  if (mark < 0) return false;
  const words = wordsOf(afterPhrase.slice(mark + 1));
  return words.length >= 3 && !draft.lexicon.addressForms.matchAt(words, 0);
}
