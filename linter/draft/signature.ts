// Which of the required fields a signature block holds (001 §10; 003 §36; 004 E-PASTS):
// name and surname, position, unit, institution, phone, e-mail.
import type { LanguageLexicon } from '../lexicon/index.js';
import { BoundedCache, oncePer } from '../memo.js';
import type { Line } from '../text/lines.js';
import { countDigits, hasEmail, hasPhone } from '../text/patterns.js';
import { wordsOf, type Word } from '../text/words.js';
import type { SignatureField } from '../types.js';

export interface SignatureFieldsFound {
  found: Set<SignatureField>;
  /** Line index of the name, when one was recognised. */
  nameLine: number | undefined;
}

// `Jonas Jonaitis`, `J. Jonaitis`, `Ona Petraitienė-Jonaitienė`, `Małgorzata Kowalska`, `JONAS JONAITIS`.
const NAME = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+|\p{Lu}\.|\p{Lu}{2,})(?:[ -](?:\p{Lu}[\p{Ll}\p{M}'’]+|\p{Lu}\.|\p{Lu}{2,})){1,3}$/u;

// Lithuanian job titles are mostly agent nouns: -ininkas/-ė, -tojas/-a, -ėjas/-a, -istas/-ė…
// (`bibliotekininkas`, `auklėtoja`, `vedėjas`, `specialistė`); surnames rarely end so.
const PHONE_LABEL = /^(?:tel|mob|telefonas|tālr|tālrunis|mobilais|phone|mobile)\b\.?/iu;
// Academic titles before a name: `dr. Ona Petraitienė`, `doc. dr. Jonas Jonaitis`, `Mg. Anna Bērziņa`.
const TITLE = /^(?:(?:dr|doc|prof|habil|mgr|mg|ing|bc)\.\s*)+/iu;

const POSITION_SUFFIX = /(?:ininkas|ininkė|tojas|toja|ėjas|ėja|istas|istė|ologas|ologė|orius|orė|entas|entė|antas|antė)$/u;

/** A phrase of `list` starts at some word (words carry their lower-case form). */
function hasPhrase(list: LanguageLexicon['positionWords'], words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) if (list.matchAt(words, i) !== undefined) return true;
  return false;
}

/** The fields found in a signature block; `lines` are consecutive lines of the body. */
export function signatureFieldsOf(lines: readonly Line[], lexicon: LanguageLexicon): SignatureFieldsFound {
  const found = new Set<SignatureField>();
  let nameLine: number | undefined;
  let institutionLines = 0;
  for (const line of lines) {
    const fields = fieldsOfLine(line.text, lexicon);
    for (const field of fields) {
      found.add(field);
      if (field === 'name') nameLine ??= line.index;
    }
    if (fields.includes('institution') && !fields.includes('unit')) institutionLines++;
  }
  // A signature names the unit before the institution (`Vidaus audito tarnyba` above `Utenos
  // rajono savivaldybės administracija`): of two lines that each read as an institution, the first
  // is the unit, whose name may be that of a service or centre (001 §10 asks for the unit).
  if (institutionLines >= 2) found.add('unit');
  return { found, nameLine };
}

// Staff sign every letter the same way, and units, institutions and positions repeat across
// staff: a signature line is read once per language, not once per draft (the task pane re-checks
// the same draft as it is typed; the audit reads thousands of letters per sender). Reading the
// lines was about a seventh of a short draft's lint. Bounded: what is not asked for again goes.
const lineCaches = oncePer((_lexicon: LanguageLexicon) => new BoundedCache<readonly SignatureField[]>(5000));

// Digits never decide which field a line holds: every pattern here treats 0–9 alike and only
// counts them. So the line is read with each digit as `0`, and lines that differ only in their
// digits share one entry: the phone lines of a whole institution (`Tel. +370 5 212 3456`,
// `Tel. +370 5 219 8765`) are read once, not once per member of staff.
const NONZERO_DIGIT = /[1-9]/g;

function fieldsOfLine(line: string, lexicon: LanguageLexicon): readonly SignatureField[] {
  const shape = line.replace(NONZERO_DIGIT, '0');
  return lineCaches(lexicon).get(shape, () => readLine(shape, lexicon));
}

function readLine(line: string, lexicon: LanguageLexicon): SignatureField[] {
  const found = new Set<SignatureField>();
  // A line may hold several fields: `Jonas Jonaitis, vyr. specialistas | Tel. +370 …`
  for (const part of line.split(/\s*[,|•·;]\s*|\s+[–—-]\s+/)) {
    const text = part.trim();
    if (text === '') continue;
    if (hasEmail(text)) found.add('email');
    const digits = countDigits(text);
    // A number after a phone label may be short (`Tel. 212 3456`, a city number without the area code).
    if (digits >= 6 && (hasPhone(text) || PHONE_LABEL.test(text))) found.add('phone');
    const words = wordsOf(text);
    const isPosition = hasPhrase(lexicon.positionWords, words) || (lexicon.language === 'lt' && words.length <= 6 && POSITION_SUFFIX.test(words[0]?.lower ?? ''));
    const isUnit = hasPhrase(lexicon.unitWords, words);
    const isInstitution = hasPhrase(lexicon.institutionWords, words) || /[„"“].+[“"”]/.test(text);
    if (isPosition) found.add('position');
    if (isUnit) found.add('unit');
    if (isInstitution) found.add('institution');
    if (!isPosition && !isUnit && !isInstitution && digits === 0 && NAME.test(text.replace(TITLE, ''))) found.add('name');
  }
  return [...found];
}
