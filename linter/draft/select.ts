// Shared ways for rules to read the regions they concern (Vale's "scopes").
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { Root as NlcstRoot } from 'nlcst';
import { oncePerDraft } from '../memo.js';
import { isBlank, type Line } from '../text/lines.js';
import { findPersonalCodes, type PersonalCode } from '../text/personal-codes.js';
import type { ParsedDraft, RegionKind } from './parse.js';

/** Lines of the given regions, in order (only the own text is walked unless quoted history is asked for). */
export function linesOf(draft: ParsedDraft, kinds: readonly RegionKind[]): Line[] {
  const wanted = new Set(kinds);
  const lines = wanted.has('quoted') ? draft.lines : ownLines(draft);
  return lines.filter((line) => wanted.has(draft.regionOf(line.index)));
}

/** Lines of the draft's own text (between a quote above and the quote below): rules that never judge quoted history walk only these. */
export function ownLines(draft: ParsedDraft): Line[] {
  return draft.own.start === 0 && draft.own.end === draft.lines.length ? draft.lines : draft.lines.slice(draft.own.start, draft.own.end);
}

/** The draft's own text: everything but quoted history. */
export const OWN_REGIONS: readonly RegionKind[] = ['greeting', 'content', 'closing', 'signature'];

const latin = unified().use(retextLatin).freeze();

/** A paragraph of the content: body offsets `[from, to)` of the text that is parsed (capped at MAX_PARSED). */
export interface ContentParagraph {
  from: number;
  to: number;
}

/**
 * The content's paragraphs (lines up to a blank line), where the sentence rules read sentences,
 * and `base`, the content's offset in the normalised body (tree offsets are relative to it).
 */
export const contentParagraphs = oncePerDraft((draft: ParsedDraft): { base: number; paragraphs: ContentParagraph[] } => {
  const { start, end } = draft.content;
  const base = draft.lines[start]?.start ?? 0;
  const paragraphs: ContentParagraph[] = [];
  let paragraphStart = -1;
  for (let i = start; i <= end; i++) {
    const blank = i === end || isBlank(draft.lines[i]!);
    if (!blank && paragraphStart < 0) paragraphStart = i;
    if (blank && paragraphStart >= 0) {
      const from = draft.lines[paragraphStart]!.start;
      if (from >= base + MAX_PARSED) break;
      paragraphs.push({ from, to: Math.min(draft.lines[i - 1]!.end, base + MAX_PARSED) });
      paragraphStart = -1;
    }
  }
  return { base, paragraphs };
});

const paragraphTrees = oncePerDraft((draft: ParsedDraft): Array<NlcstRoot['children'] | undefined> => new Array(contentParagraphs(draft).paragraphs.length));

/**
 * One content paragraph as NLCST (retext) nodes, parsed once per lint on first use and shared by
 * the rules that need sentences (`sentence-length`, `repeated-words`). Offsets are relative to
 * the content's `base` (line/column in the tree are not used). A rule parses only the paragraphs
 * it has a reason to read: a sentence never runs over a blank line, and parsing was most of a
 * reply's lint wherever it was done (about 90 µs for a corpus reply's content, on the bench host).
 *
 * parse-latin is superlinear on one long text (3 s for 1 MB against 0.7 s paragraph by
 * paragraph), hence paragraph by paragraph, and a long one in chunks.
 */
export function paragraphTree(draft: ParsedDraft, index: number): NlcstRoot['children'] {
  const trees = paragraphTrees(draft);
  let nodes = trees[index];
  if (!nodes) {
    const { base, paragraphs } = contentParagraphs(draft);
    const { from: start, to } = paragraphs[index]!;
    nodes = [];
    for (let from = start; from < to; ) {
      const cut = chunkEnd(draft.body.text, from, to);
      const paragraph = latin.parse(draft.body.text.slice(from, cut)) as NlcstRoot;
      shiftOffsets(paragraph, from - base);
      for (const child of paragraph.children) nodes.push(child);
      from = cut;
    }
    trees[index] = nodes;
  }
  return nodes;
}

// A pasted wall of text is parsed in pieces of at most this many characters, cut after a
// sentence end where there is one, else at a space, so the parse stays linear.
const MAX_CHUNK = 8000;
// Sentence rules read at most this much content (about 700 full lines; 000 §70.4 asks for 12):
// beyond it a paste is no letter to a client, and the parse (about 2 µs a character) would
// dominate the lint. A 1 MB wall of `a a a …` took 1.2 s with 200,000, 0.35 s with 50,000.
const MAX_PARSED = 50_000;

function chunkEnd(text: string, from: number, to: number): number {
  if (to - from <= MAX_CHUNK) return to;
  const limit = from + MAX_CHUNK;
  let space = -1;
  for (let i = limit; i > from + MAX_CHUNK / 2; i--) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10) {
      const previous = text.charCodeAt(i - 1);
      if (previous === 46 || previous === 33 || previous === 63) return i + 1;
      if (space < 0) space = i + 1;
    }
  }
  return space > 0 ? space : limit;
}

type Point = { line: number; column: number; offset?: number };

// parse-latin shares point objects between a node and its first/last child: new points are
// made instead of shifting the shared ones (which would shift them once per sharing node).
function shiftOffsets(node: { position?: { start: Point; end: Point }; children?: unknown[] }, by: number): void {
  if (by === 0) return;
  if (node.position) {
    const { start, end } = node.position;
    node.position = {
      start: { ...start, offset: (start.offset ?? 0) + by },
      end: { ...end, offset: (end.offset ?? 0) + by },
    };
  }
  if (node.children) for (const child of node.children) shiftOffsets(child as typeof node, by);
}

/** Personal codes anywhere in the body, found once per lint (`personal-data` and `confidentiality-notice` both ask). */
export const personalCodesOf = oncePerDraft((draft: ParsedDraft): PersonalCode[] => findPersonalCodes(draft.body.text));
