import type { Sentence, Word as WordNode } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import { contentTree } from '../draft/select.js';
import type { ParsedDraft } from '../draft/parse.js';
import { oncePer } from '../memo.js';
import { defineRule } from '../rule.js';
import { exemptRanges, inRanges } from '../text/patterns.js';

// The rule reports at most MAX_REPORTS repeats; the plugin may find twice as many candidates
// (some fall inside links and are skipped), and none beyond are kept.
const MAX_REPORTS = 200;

/** What the plugin puts on a message (it sets `actual`, `expected`, `url` on the returned object). */
interface ScratchMessage {
  place?: { start?: { offset?: number } };
  ancestors?: unknown[];
  actual?: string;
}

/**
 * A scratch file for the plugin: it only needs `message()`. Plain objects instead of VFile
 * messages, and none kept beyond the report cap (300,000 `ir ir` cost 10 s as VFileMessages).
 */
class ScratchFile {
  readonly messages: ScratchMessage[] = [];
  message(_reason: string, options: { place?: ScratchMessage['place']; ancestors?: unknown[] }): ScratchMessage {
    const message: ScratchMessage = { place: options.place, ancestors: options.ancestors };
    if (this.messages.length < MAX_REPORTS * 2) this.messages.push(message);
    return message;
  }
}

// retext-repeated-words as a plain transformer, created once; it reads the shared content tree.
const transform = retextRepeatedWords() as unknown as (tree: unknown, file: ScratchFile) => void;

// 000 annex 3: "Rašau be klaidų." A word written twice in a row (`ir ir`) is a typo.
// Content only (greeting and closing are a few fixed words); the plugin skips capitalised
// repeats (`Duran Duran`) and initials, which suits names in Lithuanian too.
export default defineRule({
  id: 'repeated-words',
  severity: 'warning',
  standard: '000 annex 3',
  fixable: true,
  maxReports: MAX_REPORTS,
  description: {
    lt: 'Tas pats žodis parašytas du kartus iš eilės.',
    lv: 'Viens un tas pats vārds uzrakstīts divreiz pēc kārtas.',
    en: 'The same word written twice in a row.',
  },
  check({ draft, report, done }) {
    if (draft.content.start >= draft.content.end) return;
    // Parsing with retext costs more than all other rules together: only when two equal words
    // stand next to each other (the plugin then decides, e.g. it skips `Duran Duran`).
    if (!hasAdjacentEqualWords(draft)) return;
    const { tree, base } = contentTree(draft);
    const file = new ScratchFile();
    transform(tree, file);
    if (file.messages.length === 0) return;
    const exempt = exemptRanges(draft.body.text.slice(base, draft.lines[draft.content.end - 1]!.end), base);
    for (const message of file.messages) {
      if (done()) break;
      const [sentence, second] = (message.ancestors ?? []) as [Sentence | undefined, WordNode | undefined];
      if (!sentence || !second) continue;
      // The plugin's words are `word, whitespace, word`: the first ends where the whitespace starts.
      const first = firstWordBefore(sentence, second);
      const firstEnd = first?.position?.end.offset;
      const start = message.place?.start?.offset;
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

const childIndexOf = oncePer((sentence: Sentence): Map<unknown, number> => new Map(sentence.children.map((child, index) => [child, index])));

/** The word two children before `second` (`ir␠ir`), without an O(n) search per message. */
function firstWordBefore(sentence: Sentence, second: WordNode): Sentence['children'][number] | undefined {
  const index = childIndexOf(sentence).get(second);
  return index === undefined ? undefined : sentence.children[index - 2];
}

function hasAdjacentEqualWords(draft: ParsedDraft): boolean {
  const text = draft.body.text;
  let previous: { lower: string; end: number } | undefined;
  for (let i = draft.content.start; i < draft.content.end; i++) {
    for (const word of draft.wordsOfLine(i)) {
      if (previous && previous.lower === word.lower && text.slice(previous.end, word.start).trim() === '') return true;
      previous = word;
    }
  }
  return false;
}
