// Shared ways for rules to read the regions they concern (Vale's "scopes").
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { Root as NlcstRoot } from 'nlcst';
import type { Line } from '../text/lines.js';
import type { ParsedDraft, RegionKind } from './parse.js';

/** Lines of the given regions, in order. */
export function linesOf(draft: ParsedDraft, kinds: readonly RegionKind[]): Line[] {
  const wanted = new Set(kinds);
  return draft.lines.filter((line) => wanted.has(draft.regionOf(line.index)));
}

/** The draft's own text: everything but quoted history. */
export const OWN_REGIONS: readonly RegionKind[] = ['greeting', 'content', 'closing', 'signature'];

const latin = unified().use(retextLatin).freeze();
const trees = new WeakMap<ParsedDraft, { tree: NlcstRoot; base: number }>();

/**
 * The content region as an NLCST tree (retext), parsed once per lint and shared by the rules
 * that need sentences (`sentence-length`, `repeated-words`). Offsets in the tree are relative to
 * `base`, the content's offset in the normalised body (line/column in the tree are not used).
 *
 * parse-latin is superlinear on one long text (3 s for 1 MB against 0.7 s paragraph by
 * paragraph), so each paragraph — lines up to a blank line — is parsed on its own and its
 * offsets shifted into one tree.
 */
export function contentTree(draft: ParsedDraft): { tree: NlcstRoot; base: number } {
  let parsed = trees.get(draft);
  if (!parsed) {
    const { start, end } = draft.content;
    const base = draft.lines[start]?.start ?? 0;
    const tree: NlcstRoot = { type: 'RootNode', children: [] };
    let paragraphStart = -1;
    for (let i = start; i <= end; i++) {
      const blank = i === end || draft.lines[i]!.text.trim() === '';
      if (!blank && paragraphStart < 0) paragraphStart = i;
      if (blank && paragraphStart >= 0) {
        const from = draft.lines[paragraphStart]!.start;
        const to = draft.lines[i - 1]!.end;
        const paragraph = latin.parse(draft.body.text.slice(from, to)) as NlcstRoot;
        shiftOffsets(paragraph, from - base);
        tree.children.push(...paragraph.children);
        paragraphStart = -1;
      }
    }
    parsed = { tree, base };
    trees.set(draft, parsed);
  }
  return parsed;
}

function shiftOffsets(node: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }, by: number): void {
  if (by !== 0 && node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by;
    if (node.position.end.offset !== undefined) node.position.end.offset += by;
  }
  if (node.children) for (const child of node.children) shiftOffsets(child as typeof node, by);
}
