// ESLint-compatible JSON (SPEC §4): one object per file; severity 1 = warning, 2 = error.

import type { Formatter } from '../results.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix ? { fix: m.fix } : {}),
      })),
      suppressedMessages: [],
      errorCount: r.errorCount,
      fatalErrorCount: 0,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
      usedDeprecatedRules: [],
    })),
  ) + '\n';
