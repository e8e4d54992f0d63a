// The thin wrapper every rule goes through: a rule never sets its own `ruleId`, `source`, `url`
// or severity (ENGINEERING.md); the wrapper stamps them after it runs, as unified-lint-rule's
// `lintRule` does. It reports offsets into the normalised field; the wrapper turns them into
// positions in the user's file, cites the standard, and keeps the fix as data.
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { ParsedDraft } from './draft/parse.js';
import { oncePerDraft } from './memo.js';
import type { NormalizedText } from './text/normalize.js';
import type { EmailLintMessage, Field, Language, Origin, RuleInfo, SeverityName, SignatureField } from './types.js';

export type Localized = Record<Language, string>;

/** Settings resolved from the profile and the configuration, shared by all rules of one lint. */
export interface Settings {
  language: Language;
  template: boolean;
  /** The configured domains whose addresses are internal (`internal-thread` falls back on the sender's own). */
  internalDomains: string[];
  signatureFields: SignatureField[];
  allowedWords: Set<string>;
  allowedNames: Set<string>;
  /** 003 §37: the client asked for text without Lithuanian letters. */
  noDiacriticsRequested: boolean;
}

export interface Report {
  /** Offsets into the normalised field text (body by default), end exclusive. */
  start: number;
  end: number;
  field?: Field;
  message: Localized;
  actual?: string;
  expected?: string[];
  /** A safe fix: replace the normalised range `[start, end)` with `text`. */
  fix?: { start: number; end: number; text: string };
  /** Overrides the rule's severity for this message (e.g. `internal-thread` with unknown recipients). */
  severity?: SeverityName;
}

export interface RuleContext {
  draft: ParsedDraft;
  settings: Settings;
  /** Adds a message; beyond the rule's `maxReports` it is dropped. */
  report(report: Report): void;
  /** The rule has reported `maxReports` messages: stop scanning. */
  done(): boolean;
}

export interface RuleDefinition<Options = Record<string, unknown>> extends RuleInfo {
  /** Hostile mail (`:) ` × 300,000) must not flood the host: at most this many messages per draft. */
  maxReports?: number;
  check(context: RuleContext, options: Options | undefined): void;
}

/** The unist tree unified runs the rules on: the parsed draft is its payload. */
export interface EmailTree extends Node {
  type: 'email';
  draft: ParsedDraft;
  settings: Settings;
}

/** A field edit in original (un-normalised) field offsets; `fix()` applies these. */
export interface FieldEdit {
  field: 'body' | 'subject';
  start: number;
  end: number;
  text: string;
}

/**
 * The field edits of one lint's messages, kept on its VFile (`data`), so they go with the lint:
 * a WeakMap keyed by the messages kept them through young-generation collections (see
 * `oncePerDraft` in memo.ts). `fix()` reads them; `lint()` returns the messages only.
 */
export function fieldEditsOf(file: VFile): Map<object, FieldEdit> {
  const data = file.data as { fieldEdits?: Map<object, FieldEdit> };
  return (data.fieldEdits ??= new Map());
}

export const docsUrl = (id: string): string => `https://github.com/email-lint/email-lint/blob/main/docs/rules.md#${id}`;

export function defineRule<Options = Record<string, unknown>>(definition: RuleDefinition<Options>): RuleDefinition<Options> {
  return definition;
}

/** `source` of every message, as unified-lint-rule derived it from `email-lint:<id>`. */
const SOURCE = 'email-lint';

/**
 * Runs the enabled rules on one draft, one after another, and stamps each rule's messages with
 * its id, source, url and severity, as unified-lint-rule's `lintRule` does (same fields, same
 * handling of a rule that throws: the error becomes a message of that rule and the other rules
 * still run).
 *
 * The core runs every enabled rule from one unified transformer (lint.ts) instead of one
 * `lintRule` plugin per rule: unified's pipeline wraps each transformer, and `lintRule` wraps
 * its rule again (trough, twice per rule per draft). For 26 rules that was ~8 µs of a ~60 µs
 * 12-line lint, and 12 % of the bench corpus's lint time.
 *
 * One context serves all the rules of a draft: its `report` and `done` read the rule that is
 * running. A context, two closures and a docs URL per rule were a sixth of what a reply's lint
 * allocated (6 of 36 KB), which the young-generation collector then had to sweep.
 */
export class RuleRunner {
  private rule: RuleDefinition<never> | undefined;
  private count = 0;
  private max = Number.POSITIVE_INFINITY;
  private readonly context: RuleContext;

  constructor(tree: EmailTree, private readonly file: VFile) {
    const { draft, settings } = tree;
    this.context = {
      draft,
      settings,
      report: (r: Report): void => {
        if (this.count >= this.max) return;
        this.count++;
        addMessage(file, this.rule!, draft, settings, r);
      },
      done: () => this.count >= this.max,
    };
  }

  run(rule: RuleDefinition<never>, fatal: boolean, options: unknown): void {
    const messages = this.file.messages;
    let index = messages.length;
    this.rule = rule;
    this.count = 0;
    this.max = (rule as RuleDefinition).maxReports ?? Number.POSITIVE_INFINITY;
    try {
      rule.check(this.context, options as never);
    } catch (error) {
      // A bug in one rule must not lose the others' messages: it is reported as that rule's.
      try {
        this.file.fail(error as Error);
      } catch {
        // `fail` throws by design; its message is in `file.messages`
      }
      (messages[messages.length - 1] as { field?: Field }).field = 'body';
    }
    if (index === messages.length) return;
    const ruleId = rule.id;
    const url = docsUrl(ruleId);
    for (; index < messages.length; index++) {
      const message = messages[index]!;
      message.fatal = fatal;
      message.ruleId = ruleId;
      message.source = SOURCE;
      message.url = url;
    }
  }
}

function addMessage(file: VFile, rule: RuleInfo, draft: ParsedDraft, settings: Settings, reported: Report): void {
  // Ranges are ordered and inside the text whatever a rule computed (e.g. whitespace-only lines).
  const r = { ...reported, end: Math.max(reported.start, reported.end) };
  const field = r.field ?? 'body';
  const text = field === 'subject' ? draft.subject : draft.body;
  const origin = field === 'subject' ? draft.input.subjectOrigin : draft.input.bodyOrigin;
  const starts = field === 'subject' ? subjectLineStarts(draft) : bodyLineStarts(draft);
  const place = text
    ? { start: pointOf(text, r.start, origin, starts), end: pointOf(text, r.end, origin, starts) }
    : { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const reason = `${r.message[settings.language]} (${citation(rule.standard, draft.profile.standard)})`;
  // A VFileMessage is an Error: its constructor captures a stack trace (through unified's deep
  // call chain), then vfile-message sets `stack` to ''. The capture is skipped, not the message.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: EmailLintMessage;
  try {
    message = file.message(reason, { place }) as EmailLintMessage;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  message.endLine = place.end.line;
  message.endColumn = place.end.column;
  message.field = field;
  message.standard = rule.standard;
  if (r.actual !== undefined) message.actual = r.actual;
  if (r.expected) message.expected = r.expected;
  if (r.severity) (message as { severityOverride?: SeverityName }).severityOverride = r.severity;
  if (r.fix && text) {
    const start = text.toOriginal(r.fix.start);
    const end = text.toOriginal(r.fix.end);
    fieldEditsOf(file).set(message, { field: field === 'subject' ? 'subject' : 'body', start, end, text: r.fix.text });
    // A file range exists for the body always, and for the subject when it comes from a file line.
    if (field !== 'subject' || origin) {
      const base = origin?.offset ?? 0;
      message.fix = { range: [base + start, base + end], text: r.fix.text };
    }
  }
}

/** Cites the part of `standard` that belongs to the profile's own standard, when there is one. */
export function citation(standard: string, profileStandard: string | null): string {
  if (profileStandard) {
    const own = standard.split(';').map((part) => part.trim()).filter((part) => part.startsWith(profileStandard));
    if (own.length > 0) return own.join('; ');
  }
  return standard;
}

// Where each line starts in the user's text, once per draft and field (a message's line and
// column come from it). Already NFC (the usual case), the body's lines are the parser's.
const bodyLineStarts = oncePerDraft((draft: ParsedDraft): number[] =>
  draft.body.original === draft.body.text ? draft.lines.map((line) => line.start) : lineStartsIn(draft.body.original),
);
const subjectLineStarts = oncePerDraft((draft: ParsedDraft): number[] => lineStartsIn(draft.subject?.original ?? ''));

function lineStartsIn(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Normalised offset → 1-based line/column in the user's file. */
function pointOf(text: NormalizedText, normalizedOffset: number, origin: Origin | undefined, starts: readonly number[]): { line: number; column: number; offset: number } {
  const offset = text.toOriginal(normalizedOffset);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const line = low + 1;
  const column = offset - starts[low]! + 1;
  if (!origin) return { line, column, offset };
  return {
    line: line + origin.line - 1,
    column: line === 1 ? column + origin.column - 1 : column,
    offset: offset + origin.offset,
  };
}
