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
 * `base`, the content's offset in the normalised body.
 */
export function contentTree(draft: ParsedDraft): { tree: NlcstRoot; base: number } {
  let parsed = trees.get(draft);
  if (!parsed) {
    const first = draft.lines[draft.content.start];
    const last = draft.lines[Math.max(draft.content.start, draft.content.end - 1)];
    const base = first?.start ?? 0;
    const end = draft.content.end > draft.content.start && last ? last.end : base;
    parsed = { tree: latin.parse(draft.body.text.slice(base, end)) as NlcstRoot, base };
    trees.set(draft, parsed);
  }
  return parsed;
}
