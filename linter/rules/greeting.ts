import { defineRule } from '../rule.js';

// 000 §70.3, annex rule 5: "Visada pasisveikinu, nes laiškas, kuriame nėra pasisveikinimo, yra nemandagus."
export default defineRule({
  id: 'greeting',
  severity: 'error',
  standard: '000 §70.3, annex rule 5; 002 §4.2.1',
  fixable: false,
  description: {
    lt: 'Laiškas turi prasidėti pasisveikinimu, pvz., „Laba diena, gerb. …“.',
    lv: 'Vēstulei jāsākas ar sveicienu, piemēram, „Labdien, …“.',
    en: 'The letter must open with a greeting, e.g. “Laba diena, gerb. …”.',
  },
  check({ draft, report }) {
    // A forbidden greeting is still a greeting: `greeting-informal` reports it (SPEC §2).
    if (draft.greeting) return;
    const first = draft.lines[draft.content.start];
    if (!first || draft.content.start >= draft.content.end) {
      if (draft.signature || draft.closing) {
        const line = draft.lines[(draft.closing ?? draft.signature)!.start]!;
        report({ start: line.start, end: line.start, message: messages });
      }
      return;
    }
    report({ start: first.start, end: first.end, message: messages, actual: first.text.trim().slice(0, 60) });
  },
});

const example = { lt: 'Laba diena, gerb. …', lv: 'Labdien, …' };
const messages = {
  lt: `Laiškas neprasideda pasisveikinimu: pradėkite, pvz., „${example.lt}“`,
  lv: `Vēstule nesākas ar sveicienu: sāciet, piemēram, ar „${example.lv}“`,
  en: `The letter does not open with a greeting: start with e.g. “${example.lt}” / “${example.lv}”`,
};
