import { defineRule, type Localized } from '../rule.js';
import type { Word } from '../text/words.js';

const MESSAGE: Localized = {
  lt: 'Atsakydami padėkokite klientui už laišką (pvz., „dėkojame už Jūsų laišką“)',
  lv: 'Atbildot pateicieties klientam par vēstuli (piem., „paldies par Jūsu vēstuli“)',
  en: 'When replying, thank the client for the letter (e.g. “thank you for your letter”)',
};

// 002 §4.2.1: "Atsakant į laišką … padėkojame už laišką".
export default defineRule({
  id: 'thank-for-letter',
  severity: 'warning',
  standard: '002 §4.2.1',
  fixable: false,
  description: {
    lt: 'Atsakyme klientui padėkojama už laišką.',
    lv: 'Atbildē klientam pateicas par vēstuli.',
    en: 'A reply thanks the client for the letter.',
  },
  check({ draft, report }) {
    if (!draft.isReply) return;
    // The thanks opens the answer: the greeting line (`Laba diena, dėkojame už laišką.`) or the content.
    const from = draft.greeting?.start ?? draft.content.start;
    const to = draft.content.end;
    const words: Word[] = [];
    for (let i = from; i < to; i++) for (const word of draft.wordsOfLine(i)) words.push(word);
    for (let i = 0; i < words.length; i++) if (draft.lexicon.thanksPhrases.matchAt(words, i)) return;
    // Point at where the thanks belongs: the first line of the content (or the greeting).
    const index = draft.content.end > draft.content.start ? draft.content.start : draft.greeting?.start;
    const line = index === undefined ? draft.lines[0]! : draft.lines[index]!;
    const lead = line.text.length - line.text.trimStart().length;
    report({ start: line.start + lead, end: line.start + line.text.trimEnd().length, message: MESSAGE });
  },
});
