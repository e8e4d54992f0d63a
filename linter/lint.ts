// The lint pipeline: parse once, run the rules as unified plugins on the parsed draft, then one
// post-processing chain (severity, sorting, de-duplication) outside the rules.
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { resolveRuleSettings, validateConfig } from './config.js';
import { parseDraft } from './draft/parse.js';
import { BoundedCache, oncePer } from './memo.js';
import { profiles } from './profiles.js';
import { RuleRunner, type EmailTree, type FieldEdit, fieldEditsOf, type RuleDefinition, type Settings } from './rule.js';
import { rules } from './rules/index.js';
import type { DraftInput, EmailLintMessage, Fix, LintOptions, SeverityName } from './types.js';

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));

type LintProcessor = Processor<undefined, undefined, undefined, undefined, undefined>;

/** A rule switched on, with its severity and options from the profile and the configuration. */
interface EnabledRule {
  rule: RuleDefinition<never>;
  fatal: boolean;
  options: Record<string, unknown> | undefined;
}

/**
 * The unified plugin that runs the enabled rules, in registry order, each through the wrapper
 * that stamps its id and severity (`RuleRunner`; why one transformer for all: see there).
 */
function emailLintRules(enabled: readonly EnabledRule[]) {
  return (tree: EmailTree, file: VFile): void => {
    const runner = new RuleRunner(tree, file);
    for (const { rule, fatal, options } of enabled) runner.run(rule, fatal, options);
  };
}

// One frozen processor per (profile, rule configuration); the task pane and the CLI reuse it.
const processors = new BoundedCache<LintProcessor>(64);

// Hosts pass the same options object for every draft: look it up by identity first.
const processorFor = oncePer((options: LintOptions): LintProcessor => {
  const profile = profiles[options.profile ?? 'lt'];
  return processors.get(profile.name + '\u0000' + JSON.stringify(options.rules ?? {}), () => {
    const settings = resolveRuleSettings(rules, profile, options);
    const enabled: EnabledRule[] = [];
    for (const rule of rules) {
      const [severity, ruleOptions] = settings.get(rule.id)!;
      // Rules switched off are not even attached.
      if (severity !== 'off') enabled.push({ rule, fatal: severity === 'error', options: ruleOptions });
    }
    return unified().use(emailLintRules, enabled).freeze() as unknown as LintProcessor;
  });
});

// Settings follow from the options alone: resolved once per options object, as the pipeline is.
const settingsOf = oncePer((options: LintOptions): Settings => {
  const profile = profiles[options.profile ?? 'lt'];
  return {
    language: options.language ?? profile.language,
    template: options.template ?? false,
    internalDomains: (options.internalDomains ?? []).map((domain) => domain.toLowerCase().replace(/^@/, '')),
    signatureFields: options.signatureFields ?? profile.signatureFields,
    allowedWords: new Set((options.allowedWords ?? []).map((word) => word.normalize('NFC').toLowerCase())),
    allowedNames: new Set((options.allowedNames ?? []).map((name) => name.normalize('NFC').toLowerCase())),
    noDiacriticsRequested: (options as { noDiacriticsRequested?: boolean }).noDiacriticsRequested ?? false,
  };
});

const validated = new WeakSet<object>();

/** Lints one draft. Throws `ConfigError` for invalid options. */
export function lint(input: DraftInput, options: LintOptions = {}): EmailLintMessage[] {
  return lintFile(input, options).messages;
}

/** The messages of one lint, and its file, which holds the field edits of the fixes (for `fix()`). */
function lintFile(input: DraftInput, options: LintOptions): { messages: EmailLintMessage[]; file: VFile } {
  if (!validated.has(options)) {
    validateConfig(options, ruleIds, true);
    validated.add(options);
  }
  const profile = profiles[options.profile ?? 'lt'];
  const draft = parseDraft(input, profile);
  const tree: EmailTree = { type: 'email', draft, settings: settingsOf(options) };
  const file = new VFile();
  processorFor(options).runSync(tree, file);
  return { messages: postProcess(file.messages as EmailLintMessage[]), file };
}

// Rule ids are lower-case ASCII with hyphens: code-unit order is their alphabetical order, and
// unlike `localeCompare` it needs no ICU collator (whose set-up every worker thread paid).
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function postProcess(messages: EmailLintMessage[]): EmailLintMessage[] {
  const seen = new Set<string>();
  const result: EmailLintMessage[] = [];
  for (const message of messages) {
    const override = (message as { severityOverride?: SeverityName }).severityOverride;
    if (override === 'off') continue;
    if (override) message.fatal = override === 'error';
    message.severity = message.fatal ? 2 : 1;
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
    const key = `${message.ruleId}\u0000${message.field}\u0000${start}\u0000${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(message);
  }
  const fieldOrder = { subject: 0, recipients: 1, body: 2 } as const;
  return result.sort(
    (a, b) =>
      fieldOrder[a.field] - fieldOrder[b.field] ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareIds(a.ruleId, b.ruleId),
  );
}

/** Applies non-overlapping fixes to `text` (the earliest wins where two overlap). */
export function applyFixes(text: string, fixes: ReadonlyArray<Fix | undefined>): string {
  const sorted = fixes.filter((fix): fix is Fix => fix !== undefined).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let result = '';
  let cursor = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || end > text.length) continue;
    result += text.slice(cursor, start) + fix.text;
    cursor = end;
  }
  return result + text.slice(cursor);
}

function applyEdits(text: string, edits: FieldEdit[]): string {
  return applyFixes(text, edits.map((edit) => ({ range: [edit.start, edit.end], text: edit.text })));
}

/** Applies every safe fix, pass after pass until nothing changes (at most 10 passes). */
export function fix(input: DraftInput, options: LintOptions = {}): DraftInput {
  let draft = input;
  for (let pass = 0; pass < 10; pass++) {
    const { messages, file } = lintFile(draft, options);
    const byMessage = fieldEditsOf(file);
    const edits = messages.map((message) => byMessage.get(message)).filter((edit): edit is FieldEdit => edit !== undefined);
    if (edits.length === 0) break;
    const body = applyEdits(draft.body, edits.filter((edit) => edit.field === 'body'));
    const subjectEdits = edits.filter((edit) => edit.field === 'subject');
    const subject = draft.subject !== undefined && subjectEdits.length > 0 ? applyEdits(draft.subject, subjectEdits) : draft.subject;
    if (body === draft.body && subject === draft.subject) break;
    draft = { ...draft, body, subject };
  }
  return draft;
}
