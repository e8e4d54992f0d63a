// Words with offsets, and phrase lists compiled once for fast, linear matching.
// Every regex here runs on user text, so each is a single pass without nested quantifiers.

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Which lists of `headsOf` have a phrase whose first word may be this one (set on first use). */
  heads?: number;
  headsOf?: PhraseHeads | undefined;
}

// A word: letters and combining marks, with inner apostrophes or hyphens (`Petraitienė-Jonaitienė`).
// A hand-written scanner over a precomputed table: the hottest loop of the linter.
const TABLE_SIZE = 0x3000;
const LETTER_TABLE = new Uint8Array(TABLE_SIZE);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
// Letters that lower-casing changes: a word without one is its own lower-case form (most words
// of a letter), so no lower-cased copy is made for it.
const CHANGES_IN_LOWER_CASE = new Uint8Array(TABLE_SIZE);
// Upper-case letters (1) and combining marks (2), for `hasTwoCapitals`.
const CAPITAL_TABLE = new Uint8Array(TABLE_SIZE);
const UPPER = /\p{Lu}/u;
const MARK = /\p{M}/u;
// One pass builds all three tables; only letters and marks need the finer regex tests (start-up
// of a one-file run pays for this loop).
for (let code = 0; code < TABLE_SIZE; code++) {
  const char = String.fromCharCode(code);
  if (char.toLowerCase() !== char) CHANGES_IN_LOWER_CASE[code] = 1;
  if (!LETTER_OR_MARK.test(char)) continue;
  LETTER_TABLE[code] = 1;
  if (MARK.test(char)) CAPITAL_TABLE[code] = 2;
  else if (UPPER.test(char)) CAPITAL_TABLE[code] = 1;
}
const TWO_CAPITALS = /\p{Lu}[\p{Lu}\p{M}]/u;

/**
 * An upper-case letter followed by another or by a combining mark (`/\p{Lu}[\p{Lu}\p{M}]/u`):
 * the test `all-caps` runs on every line before anything else. A table lookup per character is
 * several times faster than the Unicode-property regex; beyond the table the regex decides.
 */
export function hasTwoCapitals(text: string): boolean {
  let afterCapital = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_SIZE) return TWO_CAPITALS.test(text);
    const kind = CAPITAL_TABLE[code]!;
    if (afterCapital && kind !== 0) return true;
    afterCapital = kind === 1;
  }
  return false;
}

function isWordCode(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < TABLE_SIZE) return LETTER_TABLE[code]!;
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index)!;
    return point > 0xffff && LETTER_OR_MARK.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return LETTER_OR_MARK.test(text[index]!) ? 1 : 0;
}

const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45;

export function wordsOf(text: string, base = 0): Word[] {
  const words: Word[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    let width = code < TABLE_SIZE ? LETTER_TABLE[code]! : isWordCode(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    // Whether lower-casing changes the word is noted on the way (joiners never change; a
    // character beyond the table is assumed to), so no second pass over it is needed.
    let changes = code >= TABLE_SIZE || CHANGES_IN_LOWER_CASE[code] === 1;
    i += width;
    for (;;) {
      if (i >= length) break;
      code = text.charCodeAt(i);
      width = code < TABLE_SIZE ? LETTER_TABLE[code]! : isWordCode(text, i);
      if (width > 0) {
        if (code >= TABLE_SIZE || CHANGES_IN_LOWER_CASE[code] === 1) changes = true;
        i += width;
        continue;
      }
      if (isJoiner(code) && i + 1 < length && isWordCode(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
    const value = text.slice(start, i);
    words.push({ text: value, lower: changes ? value.toLowerCase() : value, start: base + start, end: base + i, heads: 0, headsOf: undefined });
  }
  return words;
}

/** The first two UTF-16 units as one number: a Map key without allocating a string per word. */
const headKey = (value: string): number => value.charCodeAt(0) * 65536 + value.charCodeAt(1);

/** A string's length as one bit of a 32-bit mask (31 and longer share the top bit). */
const lengthBit = (value: string): number => 1 << Math.min(value.length, 31);

interface Token {
  value: string;
  /** `*` at the end: any ending. */
  prefix: boolean;
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
  /** Index of the first and last matched word. */
  first: number;
  last: number;
}

/**
 * The first words of the phrases of several lists (a language's lexicon), in one index: one
 * look-up per word says which lists may have a phrase starting there, instead of one per list
 * (each word of a draft meets a dozen lists: escalating phrases, diminutives, markers, …).
 */
export class PhraseHeads {
  private readonly exact = new Map<string, number>();
  // By a word's first two letters as one number: which lists have a stem there, and the lengths
  // of the exact heads that start so (bit n: length n, bit 31: 31 and longer). Most words fail
  // this numeric look-up, or the length test, and are never hashed as strings.
  private readonly byHead = new Map<number, { stems: number; exactLengths: number }>();
  private shortStems = 0;
  private lists = 0;

  /** A bit for a new list; 0 (no filtering) beyond 31 lists. */
  register(): number {
    return this.lists < 31 ? 1 << this.lists++ : 0;
  }

  addExact(value: string, bit: number): void {
    this.exact.set(value, (this.exact.get(value) ?? 0) | bit);
    if (value.length >= 2) this.head(value).exactLengths |= lengthBit(value);
  }

  /** A stem head (`nusiramink*`): keyed by its first two letters, or always a candidate when shorter. */
  addStem(value: string, bit: number): void {
    if (value.length < 2) this.shortStems |= bit;
    else this.head(value).stems |= bit;
  }

  maskOf(lower: string): number {
    if (lower.length < 2) return this.shortStems | (this.exact.get(lower) ?? 0);
    const head = this.byHead.get(headKey(lower));
    if (head === undefined) return this.shortStems;
    return this.shortStems | head.stems | ((head.exactLengths & lengthBit(lower)) !== 0 ? (this.exact.get(lower) ?? 0) : 0);
  }

  private head(value: string): { stems: number; exactLengths: number } {
    let entry = this.byHead.get(headKey(value));
    if (!entry) {
      entry = { stems: 0, exactLengths: 0 };
      this.byHead.set(headKey(value), entry);
    }
    return entry;
  }
}

/** The word's bit mask in `heads`, computed on the word's first look-up in any list of that index. */
function headsMask(word: Word, heads: PhraseHeads): number {
  if (word.headsOf !== heads) {
    word.heads = heads.maskOf(word.lower);
    word.headsOf = heads;
  }
  return word.heads!;
}

/**
 * Lower-case words looked up word by word (`aciu` → `ačiū`, fillers, obligation verbs). A draft's
 * words are fresh strings: the first string look-up of each has to hash it. Most words share their
 * first two letters with no key, and that test is a look-up by number, so they are never hashed.
 * With a shared index (`PhraseHeads`), the map's keys are in it under a bit of their own, and
 * `ofWord` reads the mask a word already got from the first list that looked it up: one bit test
 * instead of a look-up per map and word.
 * Values are never `undefined` (`has` is `get` !== undefined).
 */
export class WordMap<V> {
  private readonly values: Map<string, V>;
  private readonly heads = new Set<number>();
  private readonly shortKeys: boolean;
  /** This map's bit in the shared index (0: not indexed). */
  private readonly bit: number;

  constructor(entries: Iterable<readonly [string, V]>, private readonly index?: PhraseHeads) {
    this.values = new Map(entries);
    let shortKeys = false;
    for (const key of this.values.keys()) {
      if (key.length < 2) shortKeys = true;
      else this.heads.add(headKey(key));
    }
    this.shortKeys = shortKeys;
    this.bit = index?.register() ?? 0;
    if (this.bit !== 0) for (const key of this.values.keys()) index!.addExact(key, this.bit);
  }

  static of(words: Iterable<string>, index?: PhraseHeads): WordMap<true> {
    return new WordMap([...words].map((word) => [word, true] as const), index);
  }

  get(lower: string): V | undefined {
    if (lower.length < 2 ? !this.shortKeys : !this.heads.has(headKey(lower))) return undefined;
    return this.values.get(lower);
  }

  has(lower: string): boolean {
    return this.get(lower) !== undefined;
  }

  /** `get(word.lower)`, through the shared index when there is one. */
  ofWord(word: Word): V | undefined {
    if (this.bit === 0) return this.get(word.lower);
    return (headsMask(word, this.index!) & this.bit) === 0 ? undefined : this.values.get(word.lower);
  }

  hasWord(word: Word): boolean {
    return this.ofWord(word) !== undefined;
  }

  get size(): number {
    return this.values.size;
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.values.entries();
  }
}

/** A list of phrases (`kodėl nesikreip* anksčiau`) matched against a word sequence. */
export class PhraseList {
  private readonly exactHeads = new Map<string, Token[][]>();
  // Phrases whose first word is a stem (`nusiramink*`), bucketed by the stem's first two letters.
  private readonly prefixHeads = new Map<number, Token[][]>();
  private readonly shortPrefixHeads: Token[][] = [];
  private readonly sources = new Map<Token[], string>();
  /** This list's bit in the shared index (0: not indexed, every word is tried). */
  private readonly bit: number;

  constructor(phrases: readonly string[], private readonly heads?: PhraseHeads) {
    this.bit = heads?.register() ?? 0;
    for (const phrase of phrases) {
      const tokens = phrase
        .toLowerCase()
        .normalize('NFC')
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((part): Token => {
          const prefix = part.endsWith('*');
          return { value: (prefix ? part.slice(0, -1) : part).replace(/\.$/, ''), prefix };
        });
      if (tokens.length === 0) continue;
      this.sources.set(tokens, phrase);
      const head = tokens[0]!;
      if (this.bit !== 0) {
        if (head.prefix) this.heads!.addStem(head.value, this.bit);
        else this.heads!.addExact(head.value, this.bit);
      }
      if (head.prefix) {
        if (head.value.length < 2) this.shortPrefixHeads.push(tokens);
        else {
          const key = headKey(head.value);
          const list = this.prefixHeads.get(key) ?? [];
          list.push(tokens);
          this.prefixHeads.set(key, list);
        }
      } else {
        const list = this.exactHeads.get(head.value) ?? [];
        list.push(tokens);
        this.exactHeads.set(head.value, list);
      }
    }
  }

  /** Longest phrase starting at word `index`, if any. Called for every word: no allocation on a miss. */
  matchAt(words: readonly Word[], index: number): PhraseMatch | undefined {
    const word = words[index];
    if (!word) return undefined;
    // Most words start no phrase of any list: one shared look-up per word, then a bit test.
    if (this.bit !== 0 && (headsMask(word, this.heads!) & this.bit) === 0) return undefined;
    const exact = this.exactHeads.get(word.lower);
    const stems = word.lower.length >= 2 ? this.prefixHeads.get(headKey(word.lower)) : undefined;
    if (!exact && !stems && this.shortPrefixHeads.length === 0) return undefined;
    let best = this.longestOf(exact, words, index, undefined);
    best = this.longestOf(stems, words, index, best);
    best = this.longestOf(this.shortPrefixHeads, words, index, best);
    if (!best) return undefined;
    const last = index + best.length - 1;
    return { phrase: this.sources.get(best)!, start: word.start, end: words[last]!.end, first: index, last };
  }

  /**
   * Whether a phrase of this list may start at `word` (its first word fits); no allocation. A
   * rule can rule a whole draft out with it before it gathers words across lines.
   */
  mayStartAt(word: Word): boolean {
    if (this.bit !== 0) return (headsMask(word, this.heads!) & this.bit) !== 0;
    return this.shortPrefixHeads.length > 0 || this.exactHeads.has(word.lower) || (word.lower.length >= 2 && this.prefixHeads.has(headKey(word.lower)));
  }

  /** All non-overlapping matches, left to right. */
  findAll(words: readonly Word[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const match = this.matchAt(words, i);
      if (match) {
        found.push(match);
        i = match.last;
      }
    }
    return found;
  }

  has(word: string): boolean {
    return this.matchAt([{ text: word, lower: word.toLowerCase(), start: 0, end: word.length }], 0)?.last === 0;
  }

  private longestOf(candidates: Token[][] | undefined, words: readonly Word[], index: number, best: Token[] | undefined): Token[] | undefined {
    if (!candidates) return best;
    for (const tokens of candidates) {
      if ((!best || tokens.length > best.length) && this.matches(tokens, words, index)) best = tokens;
    }
    return best;
  }

  private matches(tokens: Token[], words: readonly Word[], index: number): boolean {
    if (index + tokens.length > words.length) return false;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      const lower = words[index + k]!.lower;
      if (token.prefix ? !lower.startsWith(token.value) : lower !== token.value) return false;
    }
    return true;
  }
}

/** Upper-case letters only (at least two letters): `VMI`, `LABAI`. */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Length in Unicode characters (code points), not UTF-16 units (SPEC `line-length`). */
export function charLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) length++;
  }
  return length;
}
