// Aggregation of outcomes in the main thread: overall compliance, breach rate per rule, trend
// per month, tables per sender and unit, skip and unreadable counts, a few examples per rule.

import type { Outcome } from './analyse.js';
import { skipReasons, type SkipReason } from './classify.js';

export interface RuleMeta {
  id: string;
  standard: string;
  severity: string;
  description: Record<'lt' | 'lv' | 'en', string>;
}

interface GroupTally {
  linted: number;
  compliant: number;
  breaches: Map<string, number>;
}

const newTally = (): GroupTally => ({ linted: 0, compliant: 0, breaches: new Map() });

export interface GroupRow {
  key: string;
  unit?: string;
  linted: number;
  compliant: number;
  complianceRate: number;
  breaches: number;
  topRule: string | null;
  topRuleRate: number;
}

export interface RuleRow {
  id: string;
  standard: string;
  severity: 'error' | 'warning';
  description: Record<'lt' | 'lv' | 'en', string> | null;
  messages: number;
  rate: number;
}

export interface AuditSummary {
  tool: 'email-lint audit';
  generatedAt: string;
  profile: string;
  inputs: string[];
  totals: {
    messages: number;
    linted: number;
    compliant: number;
    /** null when no message was checked. */
    complianceRate: number | null;
    skipped: number;
    unreadable: number;
  };
  skipped: Record<SkipReason, number>;
  unreadable: { byReason: Record<string, number>; items: { source: string; message: number; reason: string }[] };
  rules: RuleRow[];
  months: GroupRow[];
  senders: GroupRow[];
  units: GroupRow[];
  examples: Record<string, string[]>;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const MAX_UNREADABLE_ITEMS = 100;

/** Keeps the `limit` entries with the smallest `seq`: independent of the order workers answer in. */
function keepFirst<T extends { seq: number }>(list: T[], item: T, limit: number): void {
  if (list.length >= limit && item.seq > list[list.length - 1]!.seq) return;
  let i = list.length;
  while (i > 0 && list[i - 1]!.seq > item.seq) i--;
  list.splice(i, 0, item);
  if (list.length > limit) list.pop();
}

export class AuditAggregate {
  messages = 0;
  private overall = newTally();
  private readonly ruleSeverity = new Map<string, 1 | 2>();
  private readonly ruleStandard = new Map<string, string>();
  readonly skipped: Record<SkipReason, number> = Object.fromEntries(skipReasons.map((r) => [r, 0])) as Record<SkipReason, number>;
  private readonly unreadableByReason = new Map<string, number>();
  private readonly unreadableItems: { seq: number; source: string; message: number; reason: string }[] = [];
  private readonly months = new Map<string, GroupTally>();
  private readonly senders = new Map<string, GroupTally & { unit: string }>();
  private readonly units = new Map<string, GroupTally>();
  private readonly examples = new Map<string, { seq: number; excerpt: string }[]>();

  constructor(private readonly examplesPerRule = 3) {}

  get linted(): number {
    return this.overall.linted;
  }
  get unreadable(): number {
    let n = 0;
    for (const v of this.unreadableByReason.values()) n += v;
    return n;
  }

  add(outcome: Outcome): void {
    this.messages++;
    if (outcome.kind === 'skipped') {
      this.skipped[outcome.reason]++;
      return;
    }
    if (outcome.kind === 'unreadable') {
      this.unreadableByReason.set(outcome.reason, (this.unreadableByReason.get(outcome.reason) ?? 0) + 1);
      keepFirst(
        this.unreadableItems,
        { seq: outcome.seq, source: outcome.source, message: outcome.position, reason: outcome.reason },
        MAX_UNREADABLE_ITEMS,
      );
      return;
    }
    const tallies = [this.overall, this.group(this.months, outcome.month), this.sender(outcome.sender, outcome.unit), this.group(this.units, outcome.unit)];
    for (const t of tallies) {
      t.linted++;
      if (outcome.complies) t.compliant++;
      for (const hit of outcome.hits) t.breaches.set(hit.id, (t.breaches.get(hit.id) ?? 0) + 1);
    }
    for (const hit of outcome.hits) {
      if ((this.ruleSeverity.get(hit.id) ?? 0) < hit.severity) this.ruleSeverity.set(hit.id, hit.severity);
      if (!this.ruleStandard.has(hit.id)) this.ruleStandard.set(hit.id, hit.standard);
    }
    for (const example of outcome.examples ?? []) {
      let list = this.examples.get(example.ruleId);
      if (!list) this.examples.set(example.ruleId, (list = []));
      keepFirst(list, { seq: outcome.seq, excerpt: example.excerpt }, this.examplesPerRule);
    }
  }

  private group(map: Map<string, GroupTally>, key: string): GroupTally {
    let t = map.get(key);
    if (!t) map.set(key, (t = newTally()));
    return t;
  }
  private sender(address: string, unit: string): GroupTally & { unit: string } {
    let t = this.senders.get(address);
    if (!t) this.senders.set(address, (t = { ...newTally(), unit }));
    return t;
  }

  summary(meta: { profile: string; inputs: string[]; rules: readonly RuleMeta[]; generatedAt?: Date }): AuditSummary {
    const infoOf = new Map(meta.rules.map((r) => [r.id, r]));
    const rows = (map: Map<string, GroupTally & { unit?: string }>): GroupRow[] =>
      [...map].map(([key, t]) => {
        let topRule: string | null = null;
        let top = 0;
        for (const [id, n] of [...t.breaches].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > top) [topRule, top] = [id, n];
        const row: GroupRow = {
          key,
          linted: t.linted,
          compliant: t.compliant,
          complianceRate: ratio(t.compliant, t.linted),
          breaches: [...t.breaches.values()].reduce((a, b) => a + b, 0),
          topRule,
          topRuleRate: ratio(top, t.linted),
        };
        if (t.unit !== undefined) row.unit = t.unit;
        return row;
      });
    const rules: RuleRow[] = [...this.overall.breaches]
      .map(([id, n]) => {
        const info = infoOf.get(id);
        const sev = this.ruleSeverity.get(id);
        return {
          id,
          standard: this.ruleStandard.get(id) || info?.standard || '',
          severity: sev === 2 ? ('error' as const) : sev === 1 ? ('warning' as const) : info?.severity === 'error' ? ('error' as const) : ('warning' as const),
          description: info?.description ?? null,
          messages: n,
          rate: ratio(n, this.overall.linted),
        };
      })
      .sort((a, b) => b.messages - a.messages || (a.id < b.id ? -1 : 1));
    return {
      tool: 'email-lint audit',
      generatedAt: (meta.generatedAt ?? new Date()).toISOString(),
      profile: meta.profile,
      inputs: meta.inputs,
      totals: {
        messages: this.messages,
        linted: this.overall.linted,
        compliant: this.overall.compliant,
        complianceRate: this.overall.linted ? ratio(this.overall.compliant, this.overall.linted) : null,
        skipped: Object.values(this.skipped).reduce((a, b) => a + b, 0),
        unreadable: this.unreadable,
      },
      skipped: { ...this.skipped },
      unreadable: {
        byReason: Object.fromEntries([...this.unreadableByReason].sort()),
        items: this.unreadableItems.map(({ source, message, reason }) => ({ source, message, reason })),
      },
      rules,
      months: rows(this.months).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      senders: rows(this.senders).sort((a, b) => a.complianceRate - b.complianceRate || b.linted - a.linted || (a.key < b.key ? -1 : 1)),
      units: rows(this.units).sort((a, b) => a.complianceRate - b.complianceRate || b.linted - a.linted || (a.key < b.key ? -1 : 1)),
      examples: Object.fromEntries([...this.examples].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([id, list]) => [id, list.map((e) => e.excerpt)])),
    };
  }
}
