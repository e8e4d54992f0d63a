// JSON and CSV exports of the report's figures, for spreadsheets.

import type { AuditSummary, GroupRow } from './aggregate.js';

export function summaryJson(summary: AuditSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote when needed; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * One long table: `table` says which figure a row holds (totals, skipped, unreadable, rule, month,
 * unit, sender), so a spreadsheet can filter it. Rates are fractions (0–1).
 */
export function summaryCsv(summary: AuditSummary): string {
  const header = ['table', 'key', 'unit', 'standard', 'severity', 'messages', 'compliant', 'compliance_rate', 'breaches', 'rate', 'top_rule'];
  const rows: (string | number | null | undefined)[][] = [];
  const t = summary.totals;
  rows.push(['totals', 'messages', '', '', '', t.messages]);
  rows.push(['totals', 'linted', '', '', '', t.linted, t.compliant, t.complianceRate]);
  rows.push(['totals', 'skipped', '', '', '', t.skipped]);
  rows.push(['totals', 'unreadable', '', '', '', t.unreadable]);
  for (const [reason, n] of Object.entries(summary.skipped)) rows.push(['skipped', reason, '', '', '', n]);
  for (const [reason, n] of Object.entries(summary.unreadable.byReason)) rows.push(['unreadable', reason, '', '', '', n]);
  for (const r of summary.rules) rows.push(['rule', r.id, '', r.standard, r.severity, r.messages, '', '', '', r.rate]);
  const group = (table: string, g: GroupRow): (string | number | null | undefined)[] => [
    table,
    g.key,
    g.unit ?? '',
    '',
    '',
    g.linted,
    g.compliant,
    g.complianceRate,
    g.breaches,
    '',
    g.topRule,
  ];
  for (const m of summary.months) rows.push(group('month', m));
  for (const u of summary.units) rows.push(group('unit', u));
  for (const s of summary.senders) rows.push(group('sender', s));
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
