// The self-contained HTML report a head of unit opens in a browser: no script, no network
// (a Content-Security-Policy forbids any), styles inline, charts as generated SVG.

import type { AuditSummary, GroupRow, RuleRow } from './aggregate.js';
import { UNKNOWN } from './analyse.js';
import { formatCount, formatPercent, reportStrings, type ReportLanguage, type ReportStrings } from './i18n.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const css = `
:root{--ok:#1a7f37;--bad:#c62828;--warn:#b26a00;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bar:#3a6ea5}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0;background:#f6f8fa}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 4px}p.help{color:var(--muted);margin:0 0 12px}
.sub{color:var(--muted);margin:0 0 20px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px}
.card .v{font-size:28px;font-weight:650}.card .k{color:var(--muted);font-size:13px}
.card.main .v{font-size:40px}.good{color:var(--ok)}.poor{color:var(--bad)}.fair{color:var(--warn)}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin-top:16px}
section h2{margin-top:0}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:13px}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:var(--warn)}
code{font:13px ui-monospace,SFMono-Regular,Consolas,monospace;background:#eff2f5;padding:1px 4px;border-radius:4px}
blockquote{margin:6px 0;padding:6px 10px;border-left:3px solid var(--line);background:#f6f8fa;white-space:pre-wrap;font:13px ui-monospace,Consolas,monospace;overflow-wrap:anywhere}
ul.skips{margin:6px 0 0;padding-left:18px;color:var(--muted);font-size:13px}
svg text{font:12px system-ui,Arial,sans-serif;fill:var(--ink)}svg .axis{stroke:var(--line)}svg .lbl{fill:var(--muted)}
.examples h3{font-size:15px;margin:16px 0 2px}
@media print{body{background:#fff}section,.card{break-inside:avoid}}
`;

function rateClass(rate: number): string {
  return rate >= 0.9 ? 'good' : rate >= 0.7 ? 'fair' : 'poor';
}

/** Horizontal bars: one per rule, length = breach rate. */
export function ruleBarsSvg(rules: RuleRow[], lang: ReportLanguage): string {
  if (rules.length === 0) return '';
  const rowH = 26;
  const labelW = 190;
  const barW = 560;
  const width = labelW + barW + 80;
  const height = rules.length * rowH + 10;
  const max = Math.max(...rules.map((r) => r.rate), 0.0001);
  const scale = max > 0.5 ? 1 : Math.min(1, Math.ceil(max * 10) / 10 || 0.1);
  const bars = rules
    .map((r, i) => {
      const y = i * rowH + 5;
      const w = Math.max(1, (r.rate / scale) * barW);
      const color = r.severity === 'error' ? '#c62828' : '#d99100';
      return (
        `<text x="${labelW - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(r.id)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="3" fill="${color}"><title>${escapeHtml(r.id)}: ${formatPercent(r.rate, lang)}</title></rect>` +
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 16}">${formatPercent(r.rate, lang)}</text>`
      );
    })
    .join('');
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${bars}</svg>`;
}

/** A line of the compliance rate per month, 0–100 %. */
export function monthLineSvg(months: GroupRow[], lang: ReportLanguage): string {
  const points = months.filter((m) => m.key !== UNKNOWN);
  if (points.length === 0) return '';
  const width = 760;
  const height = 260;
  const left = 48;
  const right = 36;
  const top = 16;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number): number => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const y = (rate: number): number => top + (1 - rate) * plotH;
  let grid = '';
  for (const g of [0, 0.25, 0.5, 0.75, 1]) {
    grid += `<line class="axis" x1="${left}" x2="${width - right}" y1="${y(g)}" y2="${y(g)}"/>`;
    grid += `<text class="lbl" x="${left - 6}" y="${y(g) + 4}" text-anchor="end">${Math.round(g * 100)}%</text>`;
  }
  const every = Math.ceil(points.length / 12);
  const labels = points
    .map((m, i) => (i % every === 0 || i === points.length - 1 ? `<text class="lbl" x="${x(i)}" y="${height - bottom + 18}" text-anchor="middle">${escapeHtml(m.key)}</text>` : ''))
    .join('');
  const path = points.map((m, i) => `${x(i).toFixed(1)},${y(m.complianceRate).toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (m, i) =>
        `<circle cx="${x(i).toFixed(1)}" cy="${y(m.complianceRate).toFixed(1)}" r="4" fill="#3a6ea5"><title>${escapeHtml(m.key)}: ${formatPercent(m.complianceRate, lang)} (${formatCount(m.linted, lang)})</title></circle>`,
    )
    .join('');
  return `<svg role="img" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${grid}${labels}<polyline points="${path}" fill="none" stroke="#3a6ea5" stroke-width="2.5"/>${dots}</svg>`;
}

function groupTable(rows: GroupRow[], first: string, withUnit: boolean, s: ReportStrings, lang: ReportLanguage): string {
  const head =
    `<tr><th>${first}</th>${withUnit ? `<th>${s.unit}</th>` : ''}<th class="n">${s.messages}</th><th class="n">${s.compliant}</th>` +
    `<th class="n">${s.compliance}</th><th>${s.topRule}</th></tr>`;
  const body = rows
    .map((r) => {
      const key = r.key === UNKNOWN ? s.unknown : r.key;
      const unit = withUnit ? `<td>${escapeHtml(r.unit === UNKNOWN || r.unit === undefined ? s.unknown : r.unit)}</td>` : '';
      const top = r.topRule ? `<code>${escapeHtml(r.topRule)}</code> ${formatPercent(r.topRuleRate, lang)}` : s.none;
      return `<tr><td>${escapeHtml(key)}</td>${unit}<td class="n">${formatCount(r.linted, lang)}</td><td class="n">${formatCount(r.compliant, lang)}</td><td class="n ${rateClass(r.complianceRate)}">${formatPercent(r.complianceRate, lang)}</td><td>${top}</td></tr>`;
    })
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

export function renderReportHtml(summary: AuditSummary, lang: ReportLanguage): string {
  const s = reportStrings[lang];
  const t = summary.totals;
  const generated = summary.generatedAt.slice(0, 16).replace('T', ' ');
  const skipList = Object.entries(summary.skipped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `<li>${escapeHtml(s.skipReasons[reason as keyof typeof s.skipReasons] ?? reason)}: ${formatCount(n, lang)}</li>`)
    .join('');
  const unreadableList = Object.entries(summary.unreadable.byReason)
    .map(([reason, n]) => `<li>${escapeHtml(s.unreadableReasons[reason] ?? reason)}: ${formatCount(n, lang)}</li>`)
    .join('');
  const cards = `<div class="cards">
<div class="card main"><div class="k">${s.overall}</div><div class="v ${t.complianceRate === null ? '' : rateClass(t.complianceRate)}" data-figure="compliance">${t.complianceRate === null ? s.none : formatPercent(t.complianceRate, lang)}</div><div class="k">${s.overallHelp}</div></div>
<div class="card"><div class="k">${s.messagesRead}</div><div class="v">${formatCount(t.messages, lang)}</div></div>
<div class="card"><div class="k">${s.linted}</div><div class="v">${formatCount(t.linted, lang)}</div><div class="k">${s.compliant}: ${formatCount(t.compliant, lang)}</div></div>
<div class="card"><div class="k">${s.skipped}</div><div class="v">${formatCount(t.skipped, lang)}</div>${skipList ? `<ul class="skips">${skipList}</ul>` : ''}</div>
<div class="card"><div class="k">${s.unreadable}</div><div class="v ${t.unreadable ? 'poor' : ''}">${formatCount(t.unreadable, lang)}</div>${unreadableList ? `<ul class="skips">${unreadableList}</ul>` : ''}</div>
</div>`;
  const ruleRows = summary.rules
    .map(
      (r) =>
        `<tr><td><code>${escapeHtml(r.id)}</code>${r.description ? `<br><span class="k">${escapeHtml(r.description[lang])}</span>` : ''}</td><td>${escapeHtml(r.standard)}</td>` +
        `<td class="sev-${r.severity}">${r.severity === 'error' ? s.error : s.warning}</td><td class="n">${formatCount(r.messages, lang)}</td><td class="n" data-rule="${escapeHtml(r.id)}">${formatPercent(r.rate, lang)}</td></tr>`,
    )
    .join('');
  const rulesSection = `<section><h2>${s.rulesTitle}</h2><p class="help">${s.rulesHelp}</p>${ruleBarsSvg(summary.rules, lang)}
<table><thead><tr><th>${s.rule}</th><th>${s.section}</th><th>${s.severity}</th><th class="n">${s.messages}</th><th class="n">${s.breachRate}</th></tr></thead><tbody>${ruleRows}</tbody></table></section>`;
  const monthRows = summary.months
    .map((m) => `<tr><td>${escapeHtml(m.key === UNKNOWN ? s.unknown : m.key)}</td><td class="n">${formatCount(m.linted, lang)}</td><td class="n">${formatCount(m.compliant, lang)}</td><td class="n">${formatPercent(m.complianceRate, lang)}</td></tr>`)
    .join('');
  const trendSection = `<section><h2>${s.trendTitle}</h2><p class="help">${s.trendHelp}</p>${monthLineSvg(summary.months, lang)}
<table><thead><tr><th>${s.month}</th><th class="n">${s.messages}</th><th class="n">${s.compliant}</th><th class="n">${s.compliance}</th></tr></thead><tbody>${monthRows}</tbody></table></section>`;
  const examples = summary.rules
    .map((r) => {
      const list = summary.examples[r.id] ?? [];
      const items = list.length ? list.map((e) => `<blockquote>${escapeHtml(e)}</blockquote>`).join('') : `<p class="help">${s.noExamples}</p>`;
      return `<h3><code>${escapeHtml(r.id)}</code> · ${escapeHtml(r.standard)}</h3>${items}`;
    })
    .join('');
  const unreadableItems = summary.unreadable.items.length
    ? `<section><h2>${s.unreadableTitle}</h2><table><thead><tr><th>${s.file}</th><th class="n">${s.position}</th><th>${s.reason}</th></tr></thead><tbody>${summary.unreadable.items
        .map((u) => `<tr><td>${escapeHtml(u.source)}</td><td class="n">${u.message}</td><td>${escapeHtml(s.unreadableReasons[u.reason] ?? u.reason)}</td></tr>`)
        .join('')}</tbody></table></section>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title)}</title>
<style>${css}</style>
</head>
<body><main>
<h1>${escapeHtml(s.title)}</h1>
<p class="sub">${escapeHtml(s.subtitle(summary.profile, generated))} · ${s.inputs}: ${summary.inputs.map(escapeHtml).join(', ')}</p>
${cards}
${rulesSection}
${trendSection}
<section><h2>${s.unitsTitle}</h2>${groupTable(summary.units, s.unit, false, s, lang)}</section>
<section><h2>${s.sendersTitle}</h2>${groupTable(summary.senders, s.sender, true, s, lang)}</section>
<section class="examples"><h2>${s.examplesTitle}</h2><p class="help">${s.examplesHelp}</p>${examples}</section>
${unreadableItems}
</main></body></html>
`;
}
