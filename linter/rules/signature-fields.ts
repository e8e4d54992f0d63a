import { defineRule, type Localized } from '../rule.js';
import type { SignatureField } from '../types.js';

const FIELD_NAMES: Record<SignatureField, Localized> = {
  name: { lt: 'vardas ir pavardė', lv: 'vārds un uzvārds', en: 'name and surname' },
  position: { lt: 'pareigos', lv: 'amats', en: 'position' },
  unit: { lt: 'padalinys', lv: 'struktūrvienība', en: 'unit' },
  institution: { lt: 'įstaiga', lv: 'iestāde', en: 'institution' },
  phone: { lt: 'telefonas', lv: 'tālrunis', en: 'phone' },
  email: { lt: 'el. paštas', lv: 'e-pasts', en: 'e-mail' },
};

// 001 §10 (padalinys, pareigos, vardas, pavardė, telefonas); 003 §36 (pareigos, vardas, pavardė,
// telefonas); 004 E-PASTS (vārds, uzvārds, iestāde, amats, kontaktinformācija); 002 §4.2.3.
export default defineRule({
  id: 'signature-fields',
  severity: 'error',
  standard: '001 §10; 003 §36; 004 E-PASTS; 002 §4.2.3; 000 annex 19',
  fixable: false,
  description: {
    lt: 'Parašas turi visus profilio reikalaujamus laukus (vardą ir pavardę, pareigas, padalinį, įstaigą, telefoną, el. paštą).',
    lv: 'Parakstā ir visi profila prasītie lauki (vārds, uzvārds, amats, iestāde, tālrunis, e-pasts).',
    en: 'The signature has every field the profile requires (name, position, unit, institution, phone, e-mail).',
  },
  check({ draft, settings, report }) {
    // With no signature at all only `signature` fires (SPEC §2).
    const found = draft.signatureFields;
    if (!draft.signature || !found) return;
    let required = settings.signatureFields;
    // 002 §4.2.3: further on in a thread, name and surname are enough.
    if (draft.profile.nameOnlySignatureInReplies && draft.isReply) required = ['name'];
    const missing = required.filter((field) => !found.found.has(field));
    if (missing.length === 0) return;
    const start = draft.lines[draft.signature.start]!;
    const end = draft.lines[draft.signature.end - 1]!;
    const list = (language: keyof Localized): string => missing.map((field) => FIELD_NAMES[field][language]).join(', ');
    report({
      start: start.start,
      end: end.end,
      expected: missing,
      message: {
        lt: `Parašui trūksta: ${list('lt')}`,
        lv: `Parakstā trūkst: ${list('lv')}`,
        en: `The signature lacks: ${list('en')}`,
      },
    });
  },
});
