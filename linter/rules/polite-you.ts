import { ownLines } from '../draft/select.js';
import { defineRule } from '../rule.js';
import type { RegionKind } from '../draft/parse.js';
import { exemptRanges, inRanges } from '../text/patterns.js';

// The draft's own words addressed to the client: not the signature (no pronouns there), never
// quoted history (the client's own writing is not ours to correct).
const REGIONS: ReadonlySet<RegionKind> = new Set(['greeting', 'content', 'closing']);

// 000 §66.5 ("vartoti mandagius kreipinius, pavyzdžiui: „Jūs“"); 001 §7.2 ("kreipiamės trečiu
// asmeniu („Jūs“)"); 002 §3.1.2.2 ("vartojame žodžius: Jūs, prašom…"): the polite pronoun is
// written with a capital when addressing the client. `jus` is only ever the pronoun in
// Lithuanian, so it is judged like the others.
export default defineRule({
  id: 'polite-you',
  severity: 'warning',
  standard: '000 §66.5; 001 §7.2; 002 §3.1.2.2',
  fixable: true,
  maxReports: 100,
  description: {
    lt: 'Kreipiantis į klientą „Jūs“, „Jūsų“, „Jums“, „Jus“, „Jumis“ rašomi didžiąja raide.',
    lv: 'Uzrunājot klientu, lietuviešu „Jūs“, „Jūsų“, „Jums“ raksta ar lielo burtu.',
    en: 'When addressing the client, “Jūs”, “Jūsų”, “Jums”, “Jus”, “Jumis” take a capital.',
  },
  check({ draft, settings, report, done }) {
    // Lithuanian pronouns; off in lv-valsts (004 asks nothing of the kind).
    if (draft.profile.language !== 'lt') return;
    const pronouns = draft.lexicon.politeYou;
    for (const line of ownLines(draft)) {
      if (!REGIONS.has(draft.regionOf(line.index))) continue;
      // Fast path: every pronoun starts with `j`.
      if (!line.text.includes('j')) continue;
      let exempt: Array<[number, number]> | undefined;
      for (const word of draft.wordsOfLine(line.index)) {
        const first = word.text.charCodeAt(0);
        if (first !== 106 /* j */ || !pronouns.has(word.lower) || settings.allowedWords.has(word.lower)) continue;
        exempt ??= exemptRanges(line.text, line.start);
        if (inRanges(exempt, word.start, word.end)) continue;
        const fixed = 'J' + word.text.slice(1);
        if (done()) return;
        report({
          start: word.start,
          end: word.end,
          actual: word.text,
          expected: [fixed],
          fix: { start: word.start, end: word.start + 1, text: 'J' },
          message: {
            lt: `Kreipiantis į klientą rašoma didžiąja raide: „${fixed}“, ne „${word.text}“`,
            lv: `Uzrunājot klientu, raksta ar lielo burtu: „${fixed}“, nevis „${word.text}“`,
            en: `Address the client with a capital: “${fixed}”, not “${word.text}”`,
          },
        });
      }
    }
  },
});
