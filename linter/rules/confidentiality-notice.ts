import type { ParsedDraft } from '../draft/parse.js';
import { defineRule } from '../rule.js';
import { personalCodesOf } from '../draft/select.js';
import { maskCode } from '../text/personal-codes.js';

/** How many non-blank lines at the end of the own text may hold the notice (besides the signature). */
const TAIL_LINES = 6;

// 000 annex 20: "Siunčiant konfidencialią informaciją el. paštu laiško pabaigoje įterpiu
// rekomenduojamą konfidencialumo tekstą." Confidential information = personal data here (000 §5.4),
// recognised by the personal-code detector `personal-data` uses. Quoted history is sent too, so a
// code there also asks for the notice. The notice stands at the end: in the signature or the last
// lines of the own text (before any quoted history).
export default defineRule({
  id: 'confidentiality-notice',
  severity: 'warning',
  standard: '000 annex 20',
  fixable: false,
  description: {
    lt: 'Laiške su asmens duomenimis pabaigoje turi būti konfidencialumo pranešimas.',
    lv: 'Vēstulē ar personas datiem beigās jābūt konfidencialitātes paziņojumam.',
    en: 'A letter with personal data needs a confidentiality notice at the end.',
  },
  check({ draft, report }) {
    const code = personalCodesOf(draft)[0];
    if (!code) return;
    if (hasNotice(draft)) return;
    const masked = maskCode(code.text);
    report({
      start: code.start,
      end: code.end,
      actual: code.text,
      expected: ['Šiame laiške esanti informacija yra konfidenciali ir skirta tik adresatui.'],
      message: {
        lt: `Laiške yra asmens duomenų (${masked}), bet pabaigoje nėra konfidencialumo pranešimo (pvz., „Šiame laiške esanti informacija yra konfidenciali ir skirta tik adresatui.“)`,
        lv: `Vēstulē ir personas dati (${masked}), bet beigās nav konfidencialitātes paziņojuma`,
        en: `The letter contains personal data (${masked}) but no confidentiality notice at the end`,
      },
    });
  },
});

function hasNotice(draft: ParsedDraft): boolean {
  const ownEnd = draft.own.end;
  const markers = draft.lexicon.confidentialityMarkers;
  let tail = 0;
  for (let i = ownEnd - 1; i >= draft.own.start; i--) {
    const inSignature = draft.regionOf(i) === 'signature';
    const words = draft.wordsOfLine(i);
    if (words.length === 0) continue;
    if (!inSignature && tail >= TAIL_LINES) break;
    if (!inSignature) tail++;
    if (markers.findAll(words).length > 0) return true;
  }
  return false;
}
