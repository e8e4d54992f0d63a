import { defineRule } from '../rule.js';

// 000 §66.4 ("draudžiama vartoti trumpinius … vietoj „Laba diena“ vartoti „Laba“");
// 002 §3.1.2.2 ("nesakome: Labas; Sveikas; Laba").
export default defineRule({
  id: 'greeting-informal',
  severity: 'error',
  standard: '000 §66.4; 002 §3.1.2.2',
  fixable: false,
  description: {
    lt: 'Draudžiami trumpi ar familiarūs pasisveikinimai („Labas“, „Sveikas“, „Laba“, „Hi“).',
    lv: 'Aizliegti īsi vai familiāri sveicieni („Čau“, „Sveiks“, „Hi“).',
    en: 'Short or familiar greetings (“Labas”, “Sveikas”, “Laba”, “Hi”) are not allowed.',
  },
  check({ draft, report }) {
    const greeting = draft.greeting;
    if (!greeting || greeting.formal) return;
    const lv = draft.profile.language === 'lv';
    const expected = lv ? ['Labdien', 'Labrīt', 'Labvakar', 'Sveicināti'] : ['Laba diena', 'Labas rytas', 'Labas vakaras', 'Sveiki'];
    report({
      start: greeting.phraseStart,
      end: greeting.phraseEnd,
      actual: greeting.phrase,
      expected,
      message: {
        lt: `Netinkamas pasisveikinimas „${greeting.phrase}“: rašykite „${expected[0]}“, „${expected[1]}“ ar „${expected[3]}“`,
        lv: `Nepiemērots sveiciens „${greeting.phrase}“: rakstiet „${expected[0]}“ vai „${expected[3]}“`,
        en: `Informal greeting “${greeting.phrase}”: write “${expected[0]}” or “${expected[3]}” instead`,
      },
    });
  },
});
