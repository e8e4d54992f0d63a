import { defineRule } from '../rule.js';

// 000 §70.6, annex 13: "laiško turinys tilptų į 12 eilučių" — content lines only (SPEC §1).
export default defineRule<{ max?: number }>({
  id: 'max-lines',
  severity: 'warning',
  standard: '000 §70.6, annex 13',
  fixable: false,
  description: {
    lt: 'Laiško turinys telpa į 12 eilučių (be pasisveikinimo, parašo ir citatos).',
    lv: 'Vēstules saturs ietilpst 12 rindās.',
    en: 'The content fits in 12 lines (greeting, signature and quoted history excluded).',
  },
  check({ draft, report }, options) {
    const max = options?.max ?? 12;
    let count = 0;
    let firstOver: number | undefined;
    for (let i = draft.content.start; i < draft.content.end; i++) {
      if (draft.regionOf(i) !== 'content' || draft.lines[i]!.text.trim() === '') continue;
      count++;
      if (count === max + 1) firstOver = i;
    }
    if (firstOver === undefined) return;
    const last = draft.lines[draft.content.end - 1]!;
    report({
      start: draft.lines[firstOver]!.start,
      end: last.end,
      actual: String(count),
      message: {
        lt: `Turinys per ilgas: ${count} eilučių (rekomenduojama ne daugiau kaip ${max})`,
        lv: `Saturs par garu: ${count} rindas (ieteicams ne vairāk kā ${max})`,
        en: `Content too long: ${count} lines (at most ${max} recommended)`,
      },
    });
  },
});
