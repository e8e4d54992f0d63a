// Compiles a language's word lists once into phrase matchers the parser and rules share.
import { PhraseHeads, PhraseList, WordMap } from '../text/words.js';
import { en } from './en.js';
import { lt } from './lt.js';
import { lv } from './lv.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';

export interface LanguageLexicon {
  language: 'lt' | 'lv';
  data: Lexicon;
  /** Greetings and closings include the English forms (003 §37: answering in the client's language). */
  greetings: PhraseList;
  informalGreetings: PhraseList;
  addressForms: PhraseList;
  closings: PhraseList;
  informalClosings: PhraseList;
  escalatingPhrases: PhraseList;
  diminutives: PhraseList;
  fillerPhrases: PhraseList;
  // Looked up for every word of a draft: in the shared index, most words fail by a bit test.
  fillers: WordMap<true>;
  bareFillers: Set<string>;
  obligationVerbs: WordMap<true>;
  positionWords: PhraseList;
  unitWords: PhraseList;
  institutionWords: PhraseList;
  autoReplyMarkers: PhraseList;
  standInMarkers: PhraseList;
  confidentialityMarkers: PhraseList;
  thanksPhrases: PhraseList;
  feedbackPhrases: PhraseList;
  noDiacriticsRequests: PhraseList;
  months: PhraseList;
  /** Upper case, as the text is compared (`Nr.` → `NR.`). */
  acronyms: Set<string>;
  politeYou: Set<string>;
  /** Letters of the alphabet beyond a–z, lower and upper case, as UTF-16 code units (each is one). */
  alphabet: Set<number>;
  missingDiacritics: WordMap<string>;
}

const cache = new Map<string, LanguageLexicon>();

export function lexiconFor(language: 'lt' | 'lv'): LanguageLexicon {
  let compiled = cache.get(language);
  if (!compiled) {
    compiled = compile(language, language === 'lt' ? lt : lv);
    cache.set(language, compiled);
  }
  return compiled;
}

function compile(language: 'lt' | 'lv', data: Lexicon): LanguageLexicon {
  // The lists of one language share one index of their phrases' first words (and the word maps' keys).
  const heads = new PhraseHeads();
  const list = (...lists: ReadonlyArray<readonly string[]>): PhraseList => new PhraseList(lists.flat(), heads);
  return {
    language,
    data,
    greetings: list(data.greetings, en.greetings),
    informalGreetings: list(data.informalGreetings, en.informalGreetings),
    addressForms: list(data.addressForms),
    closings: list(data.closings, en.closings),
    informalClosings: list(data.informalClosings, en.informalClosings),
    escalatingPhrases: list(data.escalatingPhrases),
    diminutives: list(data.diminutives),
    fillerPhrases: list(data.fillerPhrases),
    fillers: WordMap.of(data.fillers, heads),
    bareFillers: new Set(data.bareFillers ?? []),
    obligationVerbs: WordMap.of(data.obligationVerbs ?? [], heads),
    positionWords: list(data.positionWords),
    unitWords: list(data.unitWords),
    institutionWords: list(data.institutionWords),
    autoReplyMarkers: list(data.autoReplyMarkers, en.autoReplyMarkers),
    standInMarkers: list(data.standInMarkers, en.standInMarkers),
    confidentialityMarkers: list(data.confidentialityMarkers),
    thanksPhrases: list(data.thanksPhrases, en.thanksPhrases),
    feedbackPhrases: list(data.feedbackPhrases, en.feedbackPhrases),
    noDiacriticsRequests: list(data.noDiacriticsRequests),
    months: list(data.months),
    acronyms: new Set(data.acronyms.map((acronym) => acronym.toUpperCase())),
    politeYou: new Set(data.politeYou),
    alphabet: codeUnitsOf(data.alphabet + data.alphabet.toUpperCase()),
    missingDiacritics: new WordMap(Object.entries(data.missingDiacritics), heads),
  };
}

/** The code units of single-unit letters; a letter of two units would need another scan. */
function codeUnitsOf(letters: string): Set<number> {
  const codes = new Set<number>();
  for (const letter of letters) {
    if (letter.length !== 1) throw new Error(`alphabet letter ${JSON.stringify(letter)} is not one UTF-16 unit`);
    codes.add(letter.charCodeAt(0));
  }
  return codes;
}
