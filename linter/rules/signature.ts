import { defineRule } from '../rule.js';

// 000 §70.8, annex 18–19 ("nurodyti savo rekvizitus"); 001 §10; 003 §36.
export default defineRule({
  id: 'signature',
  severity: 'error',
  standard: '000 §70.8, annex 18–19; 001 §10; 003 §36',
  fixable: false,
  description: {
    lt: 'Laiškas pasirašomas: vardas, pavardė, pareigos, kontaktai.',
    lv: 'Vēstuli paraksta: vārds, uzvārds, amats, kontakti.',
    en: 'The letter is signed: name, position, contact details.',
  },
  check({ draft, report }) {
    if (draft.signature) return;
    const last = draft.closing ?? (draft.content.end > draft.content.start ? { end: draft.content.end } : undefined);
    const line = draft.lines[last ? last.end - 1 : 0]!;
    report({
      start: line.end,
      end: line.end,
      message: {
        lt: 'Trūksta parašo: nurodykite vardą, pavardę, pareigas ir kontaktus',
        lv: 'Trūkst paraksta: norādiet vārdu, uzvārdu, amatu un kontaktus',
        en: 'No signature: add your name, position and contact details',
      },
    });
  },
});
