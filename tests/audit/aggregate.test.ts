import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AuditAggregate } from '../../audit/aggregate.js';
import type { Outcome } from '../../audit/analyse.js';
import { summaryCsv } from '../../audit/exports.js';

const linted = (seq: number, sender: string, unit: string, month: string, hits: [string, 1 | 2][], example = false): Outcome => ({
  kind: 'linted',
  seq,
  sender,
  unit,
  month,
  complies: !hits.some(([, s]) => s === 2),
  hits: hits.map(([id, severity]) => ({ id, severity, standard: `§${id}` })),
  ...(example ? { examples: hits.map(([id]) => ({ ruleId: id, excerpt: `ex ${seq}` })) } : {}),
});

const sample: Outcome[] = [
  linted(0, 'a@i.lt', 'A', '2025-01', [['greeting', 2], ['line-length', 1]], true),
  linted(1, 'a@i.lt', 'A', '2025-01', []),
  linted(2, 'b@i.lt', 'B', '2025-02', [['line-length', 1]], true),
  linted(3, 'b@i.lt', 'B', '2025-02', [['greeting', 2]], true),
  { kind: 'skipped', seq: 4, reason: 'auto-reply' },
  { kind: 'skipped', seq: 5, reason: 'internal-only' },
  { kind: 'skipped', seq: 6, reason: 'internal-only' },
  { kind: 'unreadable', seq: 7, source: 'x.mbox', position: 8, reason: 'no-headers' },
];

describe('AuditAggregate', () => {
  const summary = (outcomes: Outcome[], examples = 3) => {
    const a = new AuditAggregate(examples);
    for (const o of outcomes) a.add(o);
    return a.summary({ profile: 'lt', inputs: ['x.mbox'], rules: [], generatedAt: new Date(0) });
  };

  it('computes compliance (no error) and breach rates per rule over checked messages', () => {
    const s = summary(sample);
    expect(s.totals).toEqual({ messages: 8, linted: 4, compliant: 2, complianceRate: 0.5, skipped: 3, unreadable: 1 });
    expect(s.skipped).toEqual({ 'auto-reply': 1, received: 0, 'no-recipients': 0, 'internal-only': 2 });
    expect(s.rules.map((r) => [r.id, r.messages, r.rate, r.severity])).toEqual([
      ['greeting', 2, 0.5, 'error'],
      ['line-length', 2, 0.5, 'warning'],
    ]);
    expect(s.unreadable).toEqual({ byReason: { 'no-headers': 1 }, items: [{ source: 'x.mbox', message: 8, reason: 'no-headers' }] });
  });

  it('tallies months, senders and units', () => {
    const s = summary(sample);
    expect(s.months.map((m) => [m.key, m.linted, m.compliant, m.complianceRate])).toEqual([
      ['2025-01', 2, 1, 0.5],
      ['2025-02', 2, 1, 0.5],
    ]);
    expect(s.senders.find((r) => r.key === 'a@i.lt')).toMatchObject({ unit: 'A', linted: 2, compliant: 1, breaches: 2, topRule: 'greeting', topRuleRate: 0.5 });
    expect(s.units.map((u) => u.key).sort()).toEqual(['A', 'B']);
  });

  it('keeps the earliest examples per rule whatever order the workers answer in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sample, { minLength: sample.length, maxLength: sample.length }), (shuffled) => {
        expect(summary(shuffled, 1)).toEqual(summary(sample, 1));
      }),
    );
    expect(summary(sample, 1).examples).toEqual({ greeting: ['ex 0'], 'line-length': ['ex 0'] });
  });

  it('exports CSV rows a spreadsheet can filter, without formula injection', () => {
    const s = summary([linted(0, '=cmd@i.lt', '+A', '2025-01', [])]);
    const csv = summaryCsv(s);
    expect(csv.split('\r\n')[0]).toBe('table,key,unit,standard,severity,messages,compliant,compliance_rate,breaches,rate,top_rule');
    expect(csv).toContain("sender,'=cmd@i.lt,'+A,,,1,1,1,0,,");
  });
});
