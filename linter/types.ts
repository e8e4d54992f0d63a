// The shapes every host (CLI, task pane, send check, audit) shares.
// Pure types: no Node or DOM dependency (SPEC §1).

import type { VFileMessage } from 'vfile-message';

/** Interface language of messages. */
export type Language = 'lt' | 'lv' | 'en';

export type ComposeType = 'new' | 'reply' | 'forward';

/** Where a piece of text starts in the file the user sees (1-based line/column, 0-based offset). */
export interface Origin {
  line: number;
  column: number;
  offset: number;
}

/**
 * A draft as a host reads it (SPEC §1): subject, body, sender, recipients, compose type.
 * `undefined` means "unknown" and keeps rules that need the value silent
 * (a body with no headers has an unknown subject: SPEC §2 clarifications).
 */
export interface DraftInput {
  /** Plain-text body, LF or CRLF line endings. */
  body: string;
  /** Subject; `undefined` = unknown (not judged), `''` = known to be empty. */
  subject?: string;
  /** Sender address. */
  from?: string;
  /** To recipients (addresses, optionally `Name <address>`); `undefined` = unknown. */
  to?: string[];
  cc?: string[];
  composeType?: ComposeType;
  /** Where the body starts in the user's file (e.g. after `.txt` header lines). Default 1:1@0. */
  bodyOrigin?: Origin;
  /** Where the subject value starts in the user's file, when it comes from a file line. */
  subjectOrigin?: Origin;
}

export type SeverityName = 'off' | 'warning' | 'error';
/** `"off" | "warning" | "error"` or `[severity, options]` (SPEC §3). */
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>?];

export type ProfileName = 'lt' | 'lt-probacija' | 'lt-utena' | 'lt-vmb' | 'lt-daigelis' | 'lv-valsts';

export type SignatureField = 'name' | 'position' | 'unit' | 'institution' | 'phone' | 'email';

/** The configuration file's shape (`.emaillintrc.json` or `emailLint` in package.json). */
export interface Config {
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  internalDomains?: string[];
  signatureFields?: SignatureField[];
  /** Words never reported by the word rules (diacritics, caps, familiarity). */
  allowedWords?: string[];
  /** Names (people, places) with letters outside the alphabet that are fine. */
  allowedNames?: string[];
  /** Interface language of the messages. */
  language?: Language;
}

export interface LintOptions extends Config {
  /** Template mode (`--template`): placeholders are expected (SPEC §2 `placeholder`). */
  template?: boolean;
}

/** A safe fix: replace `range` (0-based offsets into the user's file, end exclusive) by `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Which field of the draft a message points into. */
export type Field = 'body' | 'subject' | 'recipients';

/**
 * Our fields on top of vfile's message (ruleId, source, place, actual, expected, url, fatal).
 * `fatal: true` = error, `false` = warning.
 */
export interface EmailLintMessage extends VFileMessage {
  ruleId: string;
  source: 'email-lint';
  /** Severity as a number, ESLint style: 1 = warning, 2 = error. */
  severity: 1 | 2;
  field: Field;
  /** 1-based end position (exclusive column), as ESLint reports it. */
  endLine: number;
  endColumn: number;
  /** The standard's sections the rule comes from, e.g. `000 §70.3`. */
  standard: string;
  fix?: Fix;
}

/** Rule metadata as `--list-rules`, docs and the task pane show it. */
export interface RuleInfo {
  id: string;
  /** Default severity in the base profile `lt`. */
  severity: SeverityName;
  /** Standard sections, e.g. `000 §70.3, annex rule 5; 002 §4.2.1`. */
  standard: string;
  description: Record<Language, string>;
  fixable: boolean;
}
