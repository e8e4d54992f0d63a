// The plain, serialisable result of linting one input: what formatters print and what
// worker threads send back (structured clone, so no class instances).

import type { EmailLintMessage, Fix, RuleInfo } from '../linter/types.js';

export interface ResultMessage {
  ruleId: string;
  /** 1 = warning, 2 = error (ESLint style). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** The standard's sections, e.g. `000 §70.3`. */
  standard?: string;
  url?: string;
}

export interface FileResult {
  /** Absolute path, or `<stdin>`. */
  filePath: string;
  /** The path as given / relative to the working folder, for humans. */
  displayPath: string;
  messages: ResultMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** `--fix`: the file was rewritten. */
  fixed?: boolean;
  /** `--fix` on stdin: the fixed text. */
  output?: string;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  rules: readonly RuleInfo[];
  version: string;
  /** The project's home page (package.json `homepage`), for SARIF's tool.driver.informationUri. */
  informationUri?: string;
  /** Documentation address of a rule. */
  ruleUrl?: (id: string) => string;
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

/** Converts the core's messages to plain result messages. */
export function toResultMessages(messages: readonly EmailLintMessage[]): ResultMessage[] {
  return messages.map((m) => {
    const place = m.place as { start?: { line: number; column: number }; end?: { line: number; column: number } } | undefined;
    const start = place?.start ?? { line: m.line ?? 1, column: m.column ?? 1 };
    const end = place?.end ?? start;
    const out: ResultMessage = {
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.reason ?? m.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
    if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
    if (m.standard) out.standard = m.standard;
    if (m.url) out.url = m.url;
    return out;
  });
}

export function summarise(filePath: string, displayPath: string, messages: ResultMessage[]): FileResult {
  const result: FileResult = {
    filePath,
    displayPath,
    messages,
    errorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const m of messages) {
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    }
  }
  return result;
}
