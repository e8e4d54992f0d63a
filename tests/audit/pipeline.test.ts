// End to end (in this thread, from sources): a generated export with known breach rates is
// audited, and the report's figures must match the generator's plan exactly.
import { describe, expect, it } from 'vitest';
import { lint, ruleInfos } from '../../linter/index.js';
import { expectedFigures, INTERNAL_DOMAIN, mboxChunks, unitsMap, type GenerateOptions } from '../../audit/generate.js';
import { runAuditPipeline, type AuditInput } from '../../audit/run.js';
import type { RuleMeta } from '../../audit/aggregate.js';
import { renderReportHtml } from '../../audit/report-html.js';
import { summaryCsv } from '../../audit/exports.js';
import { formatPercent } from '../../audit/i18n.js';

const options: GenerateOptions = { messages: 1200, seed: 7 };
const generatedInput = (o: GenerateOptions): AuditInput => ({ name: 'generated.mbox', kind: 'mbox', size: 0, open: () => mboxChunks(o) });

describe('audit of a generated export', async () => {
  const aggregate = await runAuditPipeline({
    inputs: [generatedInput(options)],
    settings: { lintOptions: { profile: 'lt' }, internalDomains: [INTERNAL_DOMAIN], units: unitsMap(), examplesPerRule: 3 },
    workers: 0,
    lint,
  });
  const summary = aggregate.summary({ profile: 'lt', inputs: ['generated.mbox'], rules: ruleInfos as RuleMeta[] });
  const expected = expectedFigures(options);

  it('counts every message once: checked, skipped by reason, unreadable', () => {
    expect(summary.totals.messages).toBe(expected.messages);
    expect(summary.totals.linted).toBe(expected.linted);
    expect(summary.skipped['auto-reply']).toBe(expected.skipped['auto-reply']);
    expect(summary.skipped['internal-only']).toBe(expected.skipped['internal-only']);
    expect(summary.skipped.received).toBe(expected.skipped.received);
    expect(summary.totals.unreadable).toBe(1);
    expect(summary.unreadable.items).toEqual([{ source: 'generated.mbox', message: 601, reason: 'no-headers' }]);
  });

  it('reports the planted breach rate of every rule and no other rule', () => {
    const got = Object.fromEntries(summary.rules.map((r) => [r.id, r.messages]));
    expect(got).toEqual(expected.rules);
    for (const r of summary.rules) expect(r.rate).toBeCloseTo(expected.rules[r.id]! / expected.linted, 10);
  });

  it('reports overall compliance and the figures per month, sender and unit', () => {
    expect(summary.totals.compliant).toBe(expected.compliant);
    const pick = (rows: { key: string; linted: number; compliant: number }[]) => Object.fromEntries(rows.map((r) => [r.key, { linted: r.linted, compliant: r.compliant }]));
    expect(pick(summary.months)).toEqual(expected.months);
    expect(pick(summary.senders)).toEqual(expected.senders);
    expect(pick(summary.units)).toEqual(expected.units);
  });

  it('writes the figures into the HTML and CSV, with masked examples only', () => {
    const html = renderReportHtml(summary, 'en');
    expect(html).toContain(`data-figure="compliance">${formatPercent(expected.compliant / expected.linted, 'en')}<`);
    for (const r of summary.rules) expect(html).toContain(`data-rule="${r.id}">${formatPercent(r.rate, 'en')}<`);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    // Examples are short and masked: no personal code, phone or client address.
    const examples = Object.values(summary.examples).flat();
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) {
      expect(Array.from(e).length).toBeLessThanOrEqual(200);
      expect(e).not.toMatch(/\d{11}|\+370|@/);
    }
    const csv = summaryCsv(summary);
    expect(csv).toContain(`totals,linted,,,,${expected.linted},${expected.compliant},${expected.compliant / expected.linted}`);
  });
});
