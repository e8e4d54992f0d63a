// Human output, grouped per file: `line:col  severity  message  ruleId`, then a summary.

import pc from 'picocolors';
import type { Formatter } from '../results.js';

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const stylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color);
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((m) => ({
      place: `${m.line}:${m.column}`,
      severity: m.severity === 2 ? 'error' : 'warning',
      // Mail text is hostile: keep each message on one line and strip control characters.
      message: m.message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim(),
      ruleId: m.ruleId,
    }));
    const w = {
      place: Math.max(...rows.map((r) => width(r.place))),
      severity: Math.max(...rows.map((r) => r.severity.length)),
      message: Math.max(...rows.map((r) => width(r.message))),
    };
    out += `\n${c.underline(result.displayPath.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'))}\n`;
    for (const r of rows) {
      const severity = r.severity === 'error' ? c.red(pad(r.severity, w.severity)) : c.yellow(pad(r.severity, w.severity));
      out += `  ${c.dim(pad(r.place, w.place))}  ${severity}  ${pad(r.message, w.message)}  ${c.dim(r.ruleId)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const mark = errors > 0 ? c.red('✖') : c.yellow('⚠');
  const summary = `${mark} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out += `\n${c.bold(errors > 0 ? c.red(summary) : c.yellow(summary))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    out += `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`;
  }
  return out;
};
