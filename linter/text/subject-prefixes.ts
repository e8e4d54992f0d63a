// Subject prefixes (`RE:`, `Ats.:`, `FW:`…), read by a scanner without backtracking: subjects are user text.
// Reply and forward prefixes mail clients put before a subject, in the languages our users meet
// (`RE:`, `Ats.:`, `FW:`, `Fwd:`, `Persiunčiama:`, `TR:`, `AW:`, `WG:`, `SV:`, `Pārsūtīts:`…).
const REPLY_WORDS = new Set(['re', 'ats', 'atb', 'aw', 'sv', 'vs', 'odp', 'отв']);
const FORWARD_WORDS = new Set(['fw', 'fwd', 'tr', 'wg', 'pd', 'persiunčiama', 'persiųsta', 'persiųstas', 'pārsūtīts']);
const PREFIX_WORDS = new Set([...REPLY_WORDS, ...FORWARD_WORDS]);
// The first letters of the prefix words, both cases: most subjects (`Dėl pažymos`) start with
// none of them, and are done without the Unicode letter regex (read once per lint: `ParsedDraft.subjectPrefixes`).
const INITIALS = new Set([...PREFIX_WORDS].flatMap((word) => [word[0]!, word[0]!.toUpperCase()]));
const LETTERS = /\p{L}{1,16}/uy;
const DIGITS = /\d{1,6}/y;

export interface SubjectPrefix {
  /** The prefix word, lower case (`re`, `ats`, `fw`). */
  word: string;
  start: number;
  /** After the colon. */
  end: number;
}

export interface SubjectPrefixes {
  prefixes: SubjectPrefix[];
  /** Where the subject's own text starts (after the prefixes and the spaces after them). */
  restStart: number;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 0xa0 || code === 0x3000;

/**
 * The chain of reply/forward prefixes at the start of a subject: `RE: RE: FW: Dėl…`,
 * `Ats.: Re[2]: …`. A hand-written scanner (no backtracking) because subjects are user text.
 */
export function subjectPrefixes(text: string): SubjectPrefixes {
  const prefixes: SubjectPrefix[] = [];
  let pos = skipSpaces(text, 0);
  let restStart = pos;
  for (;;) {
    if (!INITIALS.has(text.charAt(pos))) break;
    LETTERS.lastIndex = pos;
    const word = LETTERS.exec(text);
    if (!word || !PREFIX_WORDS.has(word[0].toLowerCase())) break;
    let p = pos + word[0].length;
    if (text.charCodeAt(p) === 46) p++; // `Ats.:`
    p = skipSpaces(text, p);
    if (text.charCodeAt(p) === 91) {
      // `Re[2]:`
      DIGITS.lastIndex = p + 1;
      const digits = DIGITS.exec(text);
      if (!digits || text.charCodeAt(p + 1 + digits[0].length) !== 93) break;
      p = skipSpaces(text, p + 2 + digits[0].length);
    }
    if (text.charCodeAt(p) !== 58 && text.charCodeAt(p) !== 0xff1a) break;
    prefixes.push({ word: word[0].toLowerCase(), start: pos, end: p + 1 });
    pos = skipSpaces(text, p + 1);
    restStart = pos;
  }
  return { prefixes, restStart };
}

function skipSpaces(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}


/** Whether the subject's first prefix marks a reply (`RE:`, `Ats.:`) or a forward (`FW:`, `Persiunčiama:`). */
export function subjectKind(found: SubjectPrefixes): 'reply' | 'forward' | undefined {
  const first = found.prefixes[0];
  if (!first) return undefined;
  return REPLY_WORDS.has(first.word) ? 'reply' : 'forward';
}
