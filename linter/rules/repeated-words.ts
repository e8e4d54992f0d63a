import type { Sentence, Word as WordNode } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import { contentTree } from '../draft/select.js';
import { defineRule } from '../rule.js';
import { exemptRanges, inRanges } from '../text/patterns.js';

// retext-repeated-words as a plain transformer, created once; it reads the shared content tree.
const transform = retextRepeatedWords() as unknown as (tree: unknown, file: VFile) => void;

// 000 annex 3: "Rašau be klaidų." A word written twice in a row (`ir ir`) is a typo.
// Content only (greeting and closing are a few fixed words); the plugin skips capitalised
// repeats (`Duran Duran`) and initials, which suits names in Lithuanian too.
export default defineRule({
  id: 'repeated-words',
  severity: 'warning',
  standard: '000 annex 3',
  fixable: true,
  description: {
    lt: 'Tas pats žodis parašytas du kartus iš eilės.',
    lv: 'Viens un tas pats vārds uzrakstīts divreiz pēc kārtas.',
    en: 'The same word written twice in a row.',
  },
  check({ draft, report }) {
    if (draft.content.start >= draft.content.end) return;
    const { tree, base } = contentTree(draft);
    const file = new VFile();
    transform(tree, file);
    if (file.messages.length === 0) return;
    const exempt = exemptRanges(draft.body.text.slice(base, draft.lines[draft.content.end - 1]!.end), base);
    for (const message of file.messages) {
      const [sentence, second] = (message.ancestors ?? []) as [Sentence | undefined, WordNode | undefined];
      if (!sentence || !second) continue;
      const index = sentence.children.indexOf(second);
      const first = sentence.children[index - 2];
      const firstEnd = first?.position?.end.offset;
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = second.position?.end.offset;
      if (firstEnd === undefined || start === undefined || end === undefined) continue;
      if (inRanges(exempt, base + start, base + end)) continue; // `https://e.lt/ir ir` is a path, not a repeat
      const word = toString(second);
      const actual = message.actual ?? draft.body.text.slice(base + start, base + end);
      report({
        start: base + start,
        end: base + end,
        actual,
        expected: [toString(first!)],
        // Remove the second occurrence and the whitespace before it.
        fix: { start: base + firstEnd, end: base + end, text: '' },
        message: {
          lt: `Žodis „${word}“ pakartotas du kartus iš eilės`,
          lv: `Vārds „${word}“ atkārtots divreiz pēc kārtas`,
          en: `The word “${word}” is repeated`,
        },
      });
    }
  },
});
