import { defineRule } from '../rule.js';
import { linesOf, OWN_REGIONS } from '../draft/select.js';
import { charLength } from '../text/words.js';

const URL_ONLY = /^\s*(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?\s*$/iu;

// 000 §70.6, annex 13: "vienoje eilutėje būtų ne daugiau nei 70 ženklų".
export default defineRule<{ max?: number }>({
  id: 'line-length',
  severity: 'warning',
  standard: '000 §70.6, annex 13',
  fixable: false,
  description: {
    lt: 'Eilutėje ne daugiau kaip 70 ženklų (citata ir nuorodos neskaičiuojamos).',
    lv: 'Rindā ne vairāk kā 70 rakstzīmju.',
    en: 'At most 70 characters a line (quoted history and bare links excepted).',
  },
  check({ draft, report }, options) {
    const max = options?.max ?? 70;
    for (const line of linesOf(draft, OWN_REGIONS)) {
      if (line.text.length <= max) continue; // fast path: UTF-16 length ≥ characters
      const length = charLength(line.text.trimEnd());
      if (length <= max || URL_ONLY.test(line.text)) continue;
      // Point at the part beyond the limit.
      let cut = line.start;
      for (let seen = 0; seen < max; cut++) if (!isLowSurrogate(draft.body.text.charCodeAt(cut))) seen++;
      report({
        start: cut,
        end: line.start + line.text.trimEnd().length,
        actual: String(length),
        message: {
          lt: `Eilutė per ilga: ${length} ženklai (daugiausia ${max})`,
          lv: `Rinda par garu: ${length} rakstzīmes (ne vairāk kā ${max})`,
          en: `Line too long: ${length} characters (at most ${max})`,
        },
      });
    }
  },
});

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
