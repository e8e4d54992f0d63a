import { defineRule } from '../rule.js';
import { exemptRanges, inRanges } from '../text/patterns.js';
import type { Word } from '../text/words.js';

const REGIONS = new Set(['greeting', 'content', 'closing']);
// A phrase does not run over the end of a sentence (`Ar dar. Neaišku…`); commas are fine (`Turite, privalote`).
const SENTENCE_END = /[.!?…;]/;

const isInfinitive = (word: string): boolean => word.length > 4 && (word.endsWith('ti') || word.endsWith('tis'));
// `turite būtinai pateikti`: one adverb may stand between.
const isAdverb = (word: string): boolean => word.endsWith('ai') || word === 'nedelsiant';

// 000 §63 and annex "Konfliktą paaštrinančios frazės" (20–27), annex 28; telephone annex 13;
// 002 §3.3, §3.4.2, §5.6. The phrases are data (`escalatingPhrases`, with `phraseAdvice`); words
// that are innocent on their own (`turite`, `nesuprantate`) only match inside their phrase.
// Own text only: not the quoted history (the client's words) and not the signature.
export default defineRule({
  id: 'escalating-phrase',
  severity: 'warning',
  standard: '000 §63, annex "Konfliktą paaštrinančios frazės"; 002 §3.4.2, §5.6',
  fixable: false,
  maxReports: 200,
  description: {
    lt: 'Konfliktą aštrinanti frazė („Nusiraminkite“, „Negalime“, „Jūs nesuprantate“…).',
    lv: 'Konfliktu saasinoša frāze („Nomierinieties“, „Jūs nesaprotat“…).',
    en: 'A phrase that escalates conflict (“calm down”, “we can’t”, “you don’t understand”…).',
  },
  check({ draft, report, done }) {
    const text = draft.body.text;
    const words: Word[] = [];
    let exempt: Array<[number, number]> = [];
    for (let i = draft.own.start; i < draft.own.end; i++) {
      if (!REGIONS.has(draft.regionOf(i))) continue;
      const line = draft.lines[i]!;
      // exemptRanges has its own quick tests (an `@`; `http:`, `https:` or `www.` in any case).
      const ranges = exemptRanges(line.text, line.start);
      if (ranges.length > 0) exempt = exempt.concat(ranges);
      for (const word of draft.wordsOfLine(i)) words.push(word);
    }
    if (words.length === 0) return;
    const { escalatingPhrases } = draft.lexicon;
    const advice = draft.lexicon.data.phraseAdvice ?? {};
    const obligation = draft.lexicon.obligationVerbs;
    const emit = (start: number, end: number, suggestion: string | undefined): void => {
      const actual = text.slice(start, end);
      const tip = suggestion ? { lt: ` Geriau: „${suggestion}“`, lv: ` Labāk: „${suggestion}“`, en: ` Better: “${suggestion}”` } : { lt: '', lv: '', en: '' };
      report({
        start,
        end,
        actual,
        ...(suggestion ? { expected: [suggestion] } : {}),
        message: {
          lt: `Konfliktą aštrinanti frazė „${actual}“.${tip.lt}`,
          lv: `Konfliktu saasinoša frāze „${actual}“.${tip.lv}`,
          en: `A phrase that escalates conflict: “${actual}”.${tip.en}`,
        },
      });
    };
    for (let i = 0; i < words.length && !done(); i++) {
      const word = words[i]!;
      const match = escalatingPhrases.matchAt(words, i);
      if (match && !SENTENCE_END.test(text.slice(word.end, match.end)) && !inRanges(exempt, match.start, match.end)) {
        emit(match.start, match.end, advice[match.phrase]);
        i = match.last;
        continue;
      }
      // 000 annex 21 „Turite“: `turite pateikti` (you must submit), not `turite teisę` / `jei turite klausimų`.
      if (obligation.hasWord(word)) {
        let next = words[i + 1];
        if (next && isAdverb(next.lower) && words[i + 2]) next = words[i + 2];
        if (next && isInfinitive(next.lower) && !SENTENCE_END.test(text.slice(word.end, next.start)) && !/[,:]/.test(text.slice(word.end, next.start))) {
          emit(word.start, next.end, 'Prašome …');
          i = words[i + 1] === next ? i + 1 : i + 2;
        }
      }
    }
  },
});
