import type { Root, Sentence, Word as WordNode } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextRepeatedWords from 'retext-repeated-words';
import { contentParagraphs, paragraphTree } from '../draft/select.js';
import type { ParsedDraft } from '../draft/parse.js';
import { defineRule } from '../rule.js';
import { exemptRanges, inRanges } from '../text/patterns.js';
import type { Word } from '../text/words.js';

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
    const neighbours = equalNeighbours(draft);
    if (neighbours.length === 0) return;
    const contentText = draft.body.text.slice(draft.lines[draft.content.start]!.start, draft.lines[draft.content.end - 1]!.end);
    const exempt = exemptRanges(contentText, draft.lines[draft.content.start]!.start);
    const reportRepeat = (start: number, firstEnd: number, end: number, word: string, first: string, actual: string): void => {
      report({
        start,
        end,
        actual,
        expected: [first],
        // Remove the second occurrence and the whitespace before it.
        fix: { start: firstEnd, end, text: '' },
        message: {
          lt: `Žodis „${word}“ pakartotas du kartus iš eilės`,
          lv: `Vārds „${word}“ atkārtots divreiz pēc kārtas`,
          en: `The word “${word}” is repeated`,
        },
      });
    };
    // The plugin skips a capitalised second word, as in names (`Duran Duran`). The polite pronoun
    // is capitalised inside a sentence (000 §66.5: „Jūs“), so `Jus Jus` is a typo, not a name.
    const pronouns = draft.lexicon.politeYou;
    for (const [first, second, sameParagraph] of neighbours) {
      if (!sameParagraph || !skippedAsName(second.text) || !pronouns.has(second.lower)) continue;
      if (done()) return;
      if (inRanges(exempt, first.start, second.end)) continue;
      reportRepeat(first.start, first.end, second.end, second.text, first.text, draft.body.text.slice(first.start, second.end));
    }
    // Only the paragraphs where two equal words stand side by side are parsed for the plugin. The
    // pairs come in text order, so one walk over the paragraphs finds theirs.
    const { base, paragraphs } = contentParagraphs(draft);
    const tree: Root = { type: 'RootNode', children: [] };
    let index = 0;
    for (const [first] of neighbours) {
      while (index < paragraphs.length && first.start >= paragraphs[index]!.to) index++;
      if (index >= paragraphs.length) break;
      if (first.start < paragraphs[index]!.from) continue; // between paragraphs, or not parsed
      for (const node of paragraphTree(draft, index)) tree.children.push(node);
      index++;
    }
    const file = new ScratchFile();
    transform(tree, file);
    if (file.messages.length === 0) return;
    // Each sentence's children indexed once, in a map of this check's own (it dies with it).
    const childIndexes = new Map<Sentence, Map<unknown, number>>();
    for (const message of file.messages) {
      if (done()) break;
      const [sentence, second] = (message.ancestors ?? []) as [Sentence | undefined, WordNode | undefined];
      if (!sentence || !second) continue;
      // The plugin's words are `word, whitespace, word`: the first ends where the whitespace starts.
      const first = firstWordBefore(sentence, second, childIndexes);
      const firstEnd = first?.position?.end.offset;
      const start = message.place?.start?.offset;
      const end = second.position?.end.offset;
      if (firstEnd === undefined || start === undefined || end === undefined) continue;
      if (inRanges(exempt, base + start, base + end)) continue; // `https://e.lt/ir ir` is a path, not a repeat
      const actual = message.actual ?? draft.body.text.slice(base + start, base + end);
      reportRepeat(base + start, base + firstEnd, base + end, toString(second), toString(first!), actual);
    }
  },
});

/** The word two children before `second` (`ir␠ir`), without an O(n) search per message. */
function firstWordBefore(sentence: Sentence, second: WordNode, childIndexes: Map<Sentence, Map<unknown, number>>): Sentence['children'][number] | undefined {
  let indexes = childIndexes.get(sentence);
  if (!indexes) {
    indexes = new Map(sentence.children.map((child, index) => [child, index]));
    childIndexes.set(sentence, indexes);
  }
  const index = indexes.get(second);
  return index === undefined ? undefined : sentence.children[index - 2];
}

/** What the plugin leaves alone as a name: a capital, then lower case (`Jus`; `JUS` it reports). */
const skippedAsName = (word: string): boolean => {
  const head = word.charAt(0);
  const tail = word.slice(1);
  return head !== head.toLowerCase() && tail === tail.toLowerCase();
};

/**
 * Equal words next to each other in the content, with only white space between (`ir ir`), and
 * whether they stand in one paragraph (no blank line between).
 */
function equalNeighbours(draft: ParsedDraft): Array<[Word, Word, boolean]> {
  const text = draft.body.text;
  const found: Array<[Word, Word, boolean]> = [];
  let previous: Word | undefined;
  let previousLine = -1;
  for (let i = draft.content.start; i < draft.content.end; i++) {
    for (const word of draft.wordsOfLine(i)) {
      if (previous && previous.lower === word.lower && text.slice(previous.end, word.start).trim() === '') found.push([previous, word, i - previousLine <= 1]);
      previous = word;
      previousLine = i;
    }
  }
  return found;
}
