import { defineRule } from '../rule.js';

// 002 §3.5: "Mes niekuomet neatsisveikinam, sakydami: Sudie; Viso; Iki; Atsisveikinimu nelaikome ir
// atsakymo į Kliento padėką žodžiais (pvz., Prašom, nėra už ką)."
export default defineRule({
  id: 'sign-off-informal',
  severity: 'error',
  standard: '002 §3.5',
  fixable: false,
  description: {
    lt: 'Draudžiami atsisveikinimai „Sudie“, „Viso“, „Iki“, „Ate“; „Prašom“ ar „Nėra už ką“ nėra atsisveikinimas.',
    lv: 'Aizliegtas neformālas atvadas („Atā“, „Čau“).',
    en: 'Forbidden closings: “Sudie”, “Viso”, “Iki”, “Ate”, “Bye”; “Prašom” is not a closing.',
  },
  check({ draft, report }) {
    const closing = draft.closing;
    if (!closing || closing.formal) return;
    const lv = draft.profile.language === 'lv';
    const expected = lv ? ['Ar cieņu', 'Veiksmīgu dienu'] : ['Pagarbiai', 'Su pagarba', 'Viso gero', 'Geros dienos'];
    report({
      start: closing.phraseStart,
      end: closing.phraseEnd,
      actual: closing.phrase,
      expected,
      message: {
        lt: `Netinkamas atsisveikinimas „${closing.phrase}“: rašykite „${expected[0]}“, „${expected[2]}“ ar „${expected[3]}“`,
        lv: `Nepiemērotas atvadas „${closing.phrase}“: rakstiet „${expected[0]}“`,
        en: `Informal closing “${closing.phrase}”: write “${expected[0]}” or “${expected[1]}” instead`,
      },
    });
  },
});
