// One raw message → one outcome: unreadable, skipped (and why), or linted (rules broken,
// sender, unit, month, masked excerpts). Runs in the worker threads; pure apart from parsing.

import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import type { ComposeType, DraftInput, EmailLintMessage, LintOptions } from '../linter/types.js';
import { htmlToText } from '../cli/readers/html.js';
import { skipReasonOf, type SkipReason } from './classify.js';
import { excerptAround, maskPersonalData, cutAround } from './mask.js';
import { unescapeMboxrd } from './mbox.js';

export type LintFunction = (draft: DraftInput, options?: LintOptions) => EmailLintMessage[];
/** The unit line of the draft's signature, if any (see signature-unit.ts). */
export type SignatureUnitFunction = (draft: DraftInput, profile: NonNullable<LintOptions['profile']>) => string | undefined;

export interface AnalyseSettings {
  lintOptions: LintOptions;
  /** Configured internal domains (`--internal-domain` or config); empty = the sender's domain. */
  internalDomains: string[];
  /** Address (lower case) → unit, from `--units`. */
  units: Record<string, string>;
  /** Excerpts sent per rule by one analyser (the main thread keeps the first ones by position). */
  examplesPerRule: number;
}

export interface RuleHit {
  id: string;
  severity: 1 | 2;
  standard: string;
}

export type Outcome =
  | { kind: 'unreadable'; seq: number; source: string; position: number; reason: string }
  | { kind: 'skipped'; seq: number; reason: SkipReason }
  | {
      kind: 'linted';
      seq: number;
      sender: string;
      unit: string;
      month: string;
      complies: boolean;
      hits: RuleHit[];
      examples?: { ruleId: string; excerpt: string }[];
    };

export const UNKNOWN = 'unknown';

const replyPrefix = /^\s*(re|ats|atb|aw|sv|odp)\.?\s*(\[\d+\])?\s*:/iu;
const forwardPrefix = /^\s*(fw|fwd|persiunčiama|persiųsta|pārs|pārsūtīts|tr|wg)\s*(\[\d+\])?\s*:/iu;

function composeTypeOf(email: Email): ComposeType {
  if (email.subject && forwardPrefix.test(email.subject)) return 'forward';
  if (email.inReplyTo || email.references || (email.subject && replyPrefix.test(email.subject))) return 'reply';
  return 'new';
}

function mailboxes(list: Address[] | undefined): { name: string; address: string }[] {
  const out: { name: string; address: string }[] = [];
  for (const entry of list ?? []) {
    for (const box of entry.group ?? [entry]) if (box.address) out.push({ name: box.name, address: box.address });
  }
  return out;
}

/** `YYYY-MM` of the Date header, in UTC; `unknown` when missing or unparsable. */
export function monthOf(date: string | undefined): string {
  if (!date) return UNKNOWN;
  const time = Date.parse(date);
  if (Number.isNaN(time)) return UNKNOWN;
  const d = new Date(time);
  const year = d.getUTCFullYear();
  if (year < 1990 || year > 2100) return UNKNOWN;
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const headerLine = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/** Lints one raw message (mboxrd-quoted bytes). Never throws: failures become `unreadable`. */
export class MessageAnalyser {
  private readonly examplesSent = new Map<string, number>();
  // Unit per sender read from signatures; a few tries per sender, then `unknown` is kept.
  private readonly signatureUnits = new Map<string, { unit: string | undefined; tries: number }>();

  /** Built once: the core caches its rule processor per options object. */
  private readonly lintOptions: LintOptions;

  constructor(
    private readonly lint: LintFunction,
    private readonly settings: AnalyseSettings,
    private readonly signatureUnit?: SignatureUnitFunction,
  ) {
    this.lintOptions = { ...settings.lintOptions };
    if (settings.internalDomains.length) this.lintOptions.internalDomains = settings.internalDomains;
  }

  private unitOf(sender: string, draft: DraftInput): string {
    const mapped = this.settings.units[sender];
    if (mapped) return mapped;
    if (!this.signatureUnit) return UNKNOWN;
    let known = this.signatureUnits.get(sender);
    if (!known) this.signatureUnits.set(sender, (known = { unit: undefined, tries: 0 }));
    if (known.unit === undefined && known.tries < 5) {
      known.tries++;
      try {
        known.unit = this.signatureUnit(draft, this.settings.lintOptions.profile ?? 'lt');
      } catch {
        known.unit = undefined;
      }
    }
    return known.unit ?? UNKNOWN;
  }

  async analyse(raw: Buffer, seq: number, source: string, position: number): Promise<Outcome> {
    let email: Email;
    try {
      const bytes = unescapeMboxrd(raw);
      const head = bytes.subarray(0, 1024).toString('latin1').replace(/^\s+/, '');
      if (!headerLine.test(head)) return { kind: 'unreadable', seq, source, position, reason: 'no-headers' };
      email = await PostalMime.parse(bytes);
    } catch {
      return { kind: 'unreadable', seq, source, position, reason: 'unparsable' };
    }
    const from = mailboxes(email.from ? [email.from] : undefined)[0]?.address?.toLowerCase();
    if (!from || !from.includes('@')) return { kind: 'unreadable', seq, source, position, reason: 'no-sender' };
    const to = mailboxes(email.to);
    const cc = mailboxes(email.cc);
    const recipients = [...to, ...cc].map((m) => m.address.toLowerCase());
    const skip = skipReasonOf(from, recipients, email, this.settings.internalDomains);
    if (skip) return { kind: 'skipped', seq, reason: skip };

    let body: string;
    let messages: EmailLintMessage[];
    let draft: DraftInput;
    try {
      body = email.text ?? (email.html ? htmlToText(email.html) : '');
      draft = {
        body,
        subject: email.subject ?? '',
        from,
        to: to.map((m) => (m.name ? `${m.name} <${m.address}>` : m.address)),
        cc: cc.map((m) => (m.name ? `${m.name} <${m.address}>` : m.address)),
        composeType: composeTypeOf(email),
      };
      messages = this.lint(draft, this.lintOptions);
    } catch {
      return { kind: 'unreadable', seq, source, position, reason: `lint-failed` };
    }

    const hits = new Map<string, RuleHit>();
    const firstOf = new Map<string, EmailLintMessage>();
    for (const m of messages) {
      const prev = hits.get(m.ruleId);
      if (!prev) {
        hits.set(m.ruleId, { id: m.ruleId, severity: m.severity, standard: m.standard });
        firstOf.set(m.ruleId, m);
      } else if (m.severity > prev.severity) prev.severity = m.severity;
    }
    const examples: { ruleId: string; excerpt: string }[] = [];
    for (const [ruleId, m] of firstOf) {
      const sent = this.examplesSent.get(ruleId) ?? 0;
      if (sent >= this.settings.examplesPerRule) continue;
      this.examplesSent.set(ruleId, sent + 1);
      examples.push({ ruleId, excerpt: excerptOf(m, body, email.subject ?? '') });
    }
    const outcome: Outcome = {
      kind: 'linted',
      seq,
      sender: from,
      unit: this.unitOf(from, draft),
      month: monthOf(email.date),
      complies: ![...hits.values()].some((h) => h.severity === 2),
      hits: [...hits.values()],
    };
    if (examples.length) outcome.examples = examples;
    return outcome;
  }
}

/** A masked excerpt of the place a message points at: never the whole body. */
export function excerptOf(message: EmailLintMessage, body: string, subject: string): string {
  if (message.field === 'subject') return `Subject: ${cutAround(maskPersonalData(subject), 0)}`;
  if (message.field === 'recipients') return 'To: •••';
  const line = message.place && 'start' in message.place ? message.place.start.line : (message.line ?? 1);
  const column = message.place && 'start' in message.place ? message.place.start.column : (message.column ?? 1);
  return excerptAround(body, line ?? 1, column ?? 1);
}
