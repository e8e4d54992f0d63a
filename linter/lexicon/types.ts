// The shape of a language's word lists. Lists are data (ENGINEERING.md: "word lists are data,
// structure is code"); the rules that read them stay small.
//
// Phrase syntax used in the lists: words separated by spaces, compared case-insensitively after
// NFC; a trailing `*` matches any ending (inflections: `nusiramink*` = nusiraminkite, nusiramink…).

export interface Lexicon {
  /** Greetings the standards allow; matched at the start of the first line. */
  greetings: string[];
  /** Forbidden short or familiar greetings (000 §66.4, 002 §3.1.2.2). */
  informalGreetings: string[];
  /** Address forms that may open or follow a greeting (`Gerb.`, `Gerbiamoji`, `p.`). */
  addressForms: string[];
  /** Closings the standards allow (000 annex 18, 002 §3.5). */
  closings: string[];
  /** Forbidden closings; matched only when they are the whole line (`Viso` but not `Viso gero`). */
  informalClosings: string[];
  /** The letters of the language besides a–z (for `foreign-diacritics`). */
  alphabet: string;
  /** Acronyms that are not shouting (000 §70.7). */
  acronyms: string[];
  escalatingPhrases: string[];
  /**
   * A better formulation for an escalating phrase, keyed by the phrase as written in
   * `escalatingPhrases` (000 annex 28: "Sakau, ką galime padaryti"; 002 §3.3, §3.4.2, §5.6).
   */
  phraseAdvice?: Record<string, string>;
  /** 2nd person "you must" verbs that escalate when an infinitive follows (`turite pateikti`; 000 annex 21). */
  obligationVerbs?: string[];
  diminutives: string[];
  /** Fillers; matched only when set off by punctuation (`Nu,` `Jo,`), never as pronouns. */
  fillers: string[];
  /** Fillers with no other use in the standard language: fillers at a sentence start even unset off (`nu skola yra`). */
  bareFillers?: string[];
  /** Multi-word fillers matched anywhere (`ta prasme`). */
  fillerPhrases: string[];
  /** Words written without the language's letters → the word with its letters. */
  missingDiacritics: Record<string, string>;
  /** Polite pronouns written with a capital when addressing the client (000 §66.5). */
  politeYou: string[];
  /** Words that name a position, a unit and an institution in a signature. */
  positionWords: string[];
  unitWords: string[];
  institutionWords: string[];
  /** Out-of-office markers (000 §73, 002 §4.2.2, 004 E-PASTS). */
  autoReplyMarkers: string[];
  /** Words that introduce the stand-in's contact in an auto-reply. */
  standInMarkers: string[];
  confidentialityMarkers: string[];
  /** Thanks for the client's letter (002 §4.2.1). */
  thanksPhrases: string[];
  /** Invitation to give an opinion or suggestions (004 E-PASTS). */
  feedbackPhrases: string[];
  /** A client's request to write without the language's letters (003 §37). */
  noDiacriticsRequests: string[];
  /** Month names for dates in auto-replies (`iki gegužės 5 d.`). */
  months: string[];
}
