import { defineRule } from '../rule.js';

// 000 §70.8 ("mandagiai atsisveikinti"), annex 18 ("Niekada nepamirštu atsisveikinti ir pasirašyti");
// 002 §3.5 ("Viso gero; Geros dienos; Gero savaitgalio").
export default defineRule({
  id: 'sign-off',
  severity: 'error',
  standard: '000 §70.8, annex 18; 002 §3.5',
  fixable: false,
  description: {
    lt: 'Prieš parašą turi būti atsisveikinimas, pvz., „Pagarbiai“, „Su pagarba“, „Geros dienos“.',
    lv: 'Pirms paraksta jābūt atvadām, piemēram, „Ar cieņu“.',
    en: 'A closing such as “Pagarbiai” or “Su pagarba” must come before the signature.',
  },
  check({ draft, report }) {
    // A forbidden closing is still a closing: `sign-off-informal` reports it.
    if (draft.closing) return;
    const lv = draft.profile.language === 'lv';
    const expected = lv ? ['Ar cieņu', 'Ar labiem vēlējumiem', 'Veiksmīgu dienu'] : ['Pagarbiai', 'Su pagarba', 'Geros dienos'];
    // Point at the signature's first line, else at the end of the letter's own text.
    const anchorLine = draft.signature?.start ?? (draft.content.end > draft.content.start ? draft.content.end - 1 : undefined);
    const line = anchorLine === undefined ? draft.lines[0]! : draft.lines[anchorLine]!;
    const atEnd = draft.signature === undefined;
    report({
      start: atEnd ? line.end : line.start,
      end: line.end,
      expected,
      message: {
        lt: `Trūksta atsisveikinimo prieš parašą, pvz., „${expected[0]},“ ar „${expected[1]},“`,
        lv: `Trūkst atvadu pirms paraksta, piemēram, „${expected[0]},“`,
        en: `No closing before the signature: add e.g. “${expected[0]},” or “${expected[1]},”`,
      },
    });
  },
});
