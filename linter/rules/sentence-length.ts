import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { contentParagraphs, paragraphTree } from '../draft/select.js';
import { defineRule, type Report } from '../rule.js';

// A line that starts a list item: `- pažyma`, `• sutartis`, `1) prašymas`, `2. kvitas`.
const LIST_ITEM = /[ \t]*(?:[-–—•*·]|\d{1,3}[.)])[ \t]/y;

// 000 §70.4, annex 7: "rašyti dalykine kalba, trumpais sakiniais". The standard sets no number;
// SPEC's 25 words is the default (option `max`). A word is a whitespace-separated token with a
// letter or digit in it, so a URL or an e-mail address counts as one word, `–` as none. Sentences
// come from retext (the shared content tree); a list whose items have no full stops is split at
// its items (a newline before `- …`/`1) …`, or after a line ending in `:`/`;`), not one sentence.
// retext also cuts after some abbreviations (`Nr.`, `tel.`, `Gerb.`): that only shortens sentences.
export default defineRule<{ max?: number }>({
  id: 'sentence-length',
  severity: 'warning',
  standard: '000 §70.4, annex 7',
  fixable: false,
  description: {
    lt: 'Sakinys ilgesnis nei 25 žodžiai: rašykite trumpais sakiniais.',
    lv: 'Teikums garāks par 25 vārdiem: rakstiet īsiem teikumiem.',
    en: 'A sentence longer than 25 words: write short sentences.',
  },
  check({ draft, report }, options) {
    if (draft.content.start >= draft.content.end) return;
    const max = options?.max ?? 25;
    const text = draft.body.text;
    // Parsing with retext costs more than all other rules together: a paragraph is parsed only
    // when some stretch of it between sure sentence ends holds more than `max` words (a sentence
    // never runs over a blank line).
    const { base, paragraphs } = contentParagraphs(draft);
    for (let p = 0; p < paragraphs.length; p++) {
      if (!mayHaveLongSentence(text, paragraphs[p]!.from, paragraphs[p]!.to, max)) continue;
      for (const paragraph of paragraphTree(draft, p)) {
        if (paragraph.type !== 'ParagraphNode') continue;
        for (const sentence of paragraph.children) {
          if (sentence.type === 'SentenceNode') checkSentence(sentence, base, text, max, report);
        }
      }
    }
  },
});

function checkSentence(sentence: Sentence, base: number, text: string, max: number, report: (r: Report) => void): void {
  let count = 0;
  let start = -1;
  let end = -1;
  let tokenHasWord = false;
  let lastChar = '';
  const flush = (): void => {
    if (tokenHasWord) count++;
    tokenHasWord = false;
    if (count > max && start >= 0) {
      report({
        start: base + start,
        end: base + end,
        actual: String(count),
        message: {
          lt: `Sakinys per ilgas (žodžių: ${count}, daugiausia ${max}): skaidykite jį į trumpesnius`,
          lv: `Teikums par garu (vārdu: ${count}, ne vairāk kā ${max}): sadaliet to īsākos`,
          en: `Sentence too long (${count} words, at most ${max}): split it into shorter ones`,
        },
      });
    }
    count = 0;
    start = -1;
  };
  for (const child of sentence.children) {
    const position = child.position;
    if (!position) continue;
    if (child.type === 'WhiteSpaceNode') {
      if (tokenHasWord) count++;
      tokenHasWord = false;
      if (child.value.includes('\n')) {
        LIST_ITEM.lastIndex = base + position.end.offset!;
        if (lastChar === ':' || lastChar === ';' || LIST_ITEM.test(text)) flush();
      }
      continue;
    }
    if (child.type === 'WordNode') {
      tokenHasWord = true;
      if (start < 0) start = position.start.offset!;
    }
    if (start >= 0) end = position.end.offset!;
    lastChar = child.type === 'WordNode' ? '' : toString(child).slice(-1);
  }
  flush();
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
const isUpper = (char: string): boolean => char !== char.toLowerCase() && char === char.toUpperCase();

/**
 * An upper bound of retext's sentence lengths: words counted between `.`/`!`/`?`/`…` followed by
 * whitespace and a capital — retext ends a sentence there too (it joins only before a lower-case
 * word, a digit or a wordless piece), so a longer retext sentence means a longer stretch here.
 * Any non-ASCII character counts as a letter (more words, never fewer).
 */
export function mayHaveLongSentence(text: string, from: number, to: number, max: number): boolean {
  let count = 0;
  let inToken = false;
  let hasWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (hasWord) count++;
      if (count > max) return true;
      inToken = false;
      hasWord = false;
      continue;
    }
    if (!inToken) inToken = true;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127) hasWord = true;
    if ((code === 46 || code === 33 || code === 63 || code === 0x2026) && i + 2 < to && isSpace(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      if (j < to && isUpper(text.charAt(j))) {
        if (hasWord) count++;
        if (count > max) return true;
        count = 0;
        hasWord = false;
        inToken = false;
        i = j - 1;
      }
    }
  }
  if (hasWord) count++;
  return count > max;
}
