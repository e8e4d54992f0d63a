import { defineRule } from '../rule.js';
import { personalCodesOf } from '../draft/select.js';
import { maskCode } from '../text/personal-codes.js';

// 000 §72: "Klientui asmens duomenys elektroniniu paštu neteikiami, išskyrus atvejus, kai pats
// Klientas išreiškia sutikimą." Quoted history is sent back too, so a personal code there counts —
// reported once, saying the quoted letter holds it (the client's own letter usually does, and the
// quote can simply be trimmed).
export default defineRule({
  id: 'personal-data',
  severity: 'warning',
  standard: '000 §72',
  fixable: false,
  maxReports: 200,
  description: {
    lt: 'Asmens kodas laiške: asmens duomenys el. paštu teikiami tik kliento sutikimu.',
    lv: 'Personas kods vēstulē: personas datus e-pastā sūta tikai ar klienta piekrišanu.',
    en: 'A personal code in the letter: personal data goes by e-mail only with the client’s consent.',
  },
  check({ draft, report, done }) {
    const text = draft.body.text;
    const ownStart = draft.lines[draft.own.start]!.start;
    const quoteStart = draft.quoted ? draft.lines[draft.quoted.start]!.start : text.length;
    const codes = personalCodesOf(draft);
    for (const code of codes) {
      if (done()) return;
      if (code.start < ownStart || code.end > quoteStart) continue;
      const masked = maskCode(code.text);
      report({
        start: code.start,
        end: code.end,
        actual: code.text,
        message: {
          lt: `Asmens kodas (${masked}): asmens duomenys el. paštu teikiami tik kliento sutikimu`,
          lv: `Personas kods (${masked}): personas datus e-pastā sūta tikai ar klienta piekrišanu`,
          en: `Personal code (${masked}): personal data goes by e-mail only with the client’s consent`,
        },
      });
    }
    if (!draft.quoted) return;
    const quoted = codes.filter((code) => code.start >= quoteStart);
    const first = quoted[0];
    if (!first) return;
    const masked = maskCode(first.text);
    report({
      start: first.start,
      end: first.end,
      actual: first.text,
      message: {
        lt: `Cituojamame laiške yra asmens kodas (${masked}${quoted.length > 1 ? ` ir dar ${quoted.length - 1}` : ''}): pašalinkite jį iš citatos, nebent klientas sutiko`,
        lv: `Citētajā vēstulē ir personas kods (${masked}${quoted.length > 1 ? ` un vēl ${quoted.length - 1}` : ''}): izņemiet to no citāta, ja vien klients nav piekritis`,
        en: `The quoted letter contains a personal code (${masked}${quoted.length > 1 ? ` and ${quoted.length - 1} more` : ''}): remove it from the quote unless the client agreed`,
      },
    });
  },
});
