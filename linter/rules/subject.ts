import { defineRule } from '../rule.js';
import { charLength } from '../text/words.js';

export { subjectPrefixes, type SubjectPrefix, type SubjectPrefixes } from '../text/subject-prefixes.js';

const MAX = 78;

// 000 §70.1, annex 1, 8: "laiško … temai naudoti aiškią ir nesudėtingą temos eilutę, kuri
// tiksliai nurodo elektroninio laiško esmę". 78 characters is the line limit of RFC 5322 §2.1.1
// the SPEC takes for "nesudėtinga" (a short subject that fits a mail list column).
export default defineRule({
  id: 'subject',
  severity: 'error',
  standard: '000 §70.1, annex 1, 8',
  fixable: true,
  description: {
    lt: 'Laiškas turi aiškią temą: ne tuščią, ne ilgesnę nei 78 ženklai, be „RE: RE: FW:“ grandinės.',
    lv: 'Vēstulei ir skaidrs temats: ne tukšs, ne garāks par 78 rakstzīmēm, bez „RE: RE: FW:“ ķēdes.',
    en: 'The message has a clear subject: not empty, at most 78 characters, no “RE: RE: FW:” chain.',
  },
  check({ draft, report }) {
    // SPEC §2 clarifications: an unknown subject (a body without headers) is not judged.
    const subject = draft.subject;
    if (!subject) return;
    const text = subject.text;
    const { prefixes, restStart } = draft.subjectPrefixes;
    if (text.slice(restStart).trim() === '') {
      const onlyPrefix = prefixes.length > 0;
      report({
        field: 'subject',
        start: 0,
        end: onlyPrefix ? text.trimEnd().length : 0,
        actual: text,
        message: onlyPrefix
          ? {
              lt: `Laiško tema tuščia: „${text.trim()}“ be temos teksto`,
              lv: `Vēstules temats ir tukšs: „${text.trim()}“ bez temata teksta`,
              en: `The subject is empty: “${text.trim()}” with no subject text`,
            }
          : {
              lt: 'Laiškas neturi temos: įrašykite aiškią temos eilutę',
              lv: 'Vēstulei nav temata: ierakstiet skaidru tematu',
              en: 'The message has no subject: write a clear subject line',
            },
      });
      return;
    }
    if (prefixes.length >= 2) {
      const first = prefixes[0]!;
      const keep = text.slice(first.start, first.end) + ' ';
      const chain = text.slice(first.start, prefixes[prefixes.length - 1]!.end);
      report({
        field: 'subject',
        severity: 'warning',
        start: first.start,
        end: restStart,
        actual: chain,
        expected: [keep.trim()],
        fix: { start: first.start, end: restStart, text: keep },
        message: {
          lt: `Temoje kartojasi priešdėliai „${chain}“: palikite vieną „${keep.trim()}“`,
          lv: `Tematā atkārtojas prefiksi „${chain}“: atstājiet vienu „${keep.trim()}“`,
          en: `The subject repeats prefixes “${chain}”: keep one “${keep.trim()}”`,
        },
      });
    }
    const trimmed = text.trimEnd();
    if (trimmed.length > MAX) {
      const length = charLength(trimmed);
      if (length > MAX) {
        // Point at the part beyond the limit (code points, not UTF-16 units).
        let cut = 0;
        for (let seen = 0; seen < MAX; cut++) {
          const code = text.charCodeAt(cut);
          if (code < 0xdc00 || code > 0xdfff) seen++;
        }
        while (cut < trimmed.length && isLowSurrogate(text.charCodeAt(cut))) cut++;
        report({
          field: 'subject',
          severity: 'warning',
          start: cut,
          end: trimmed.length,
          actual: String(length),
          message: {
            lt: `Tema per ilga: ${length} ženklai (daugiausia ${MAX}); trumpai nurodykite laiško esmę`,
            lv: `Temats par garu: ${length} rakstzīmes (ne vairāk kā ${MAX}); īsi norādiet vēstules būtību`,
            en: `The subject is too long: ${length} characters (at most ${MAX}); state the point briefly`,
          },
        });
      }
    }
  },
});

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
