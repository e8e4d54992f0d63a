// Shared ways for rules to read the regions they concern (Vale's "scopes").
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { Root as NlcstRoot } from 'nlcst';
import { oncePerDraft } from '../memo.js';
import type { Line } from '../text/lines.js';
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

/**
 * The content region as an NLCST tree (retext), parsed once per lint and shared by the rules
 * that need sentences (`sentence-length`, `repeated-words`). Offsets in the tree are relative to
 * `base`, the content's offset in the normalised body (line/column in the tree are not used).
 *
 * parse-latin is superlinear on one long text (3 s for 1 MB against 0.7 s paragraph by
 * paragraph), so each paragraph — lines up to a blank line — is parsed on its own and its
 * offsets shifted into one tree.
 */
export const contentTree = oncePerDraft((draft: ParsedDraft): { tree: NlcstRoot; base: number } => {
  const { start, end } = draft.content;
  const base = draft.lines[start]?.start ?? 0;
  const tree: NlcstRoot = { type: 'RootNode', children: [] };
  let paragraphStart = -1;
  for (let i = start; i <= end; i++) {
    const blank = i === end || draft.lines[i]!.text.trim() === '';
    if (!blank && paragraphStart < 0) paragraphStart = i;
    if (blank && paragraphStart >= 0 && draft.lines[paragraphStart]!.start < base + MAX_PARSED) {
      const to = Math.min(draft.lines[i - 1]!.end, base + MAX_PARSED);
      for (let from = draft.lines[paragraphStart]!.start; from < to; ) {
        const cut = chunkEnd(draft.body.text, from, to);
        const paragraph = latin.parse(draft.body.text.slice(from, cut)) as NlcstRoot;
        shiftOffsets(paragraph, from - base);
        for (const child of paragraph.children) tree.children.push(child);
        from = cut;
      }
      paragraphStart = -1;
    }
  }
  return { tree, base };
});

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
