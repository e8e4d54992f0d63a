// SARIF 2.1.0 for code-scanning dashboards: one run, the rules with their descriptions, one
// result per message with a physical location (columns in UTF-16 code units, end exclusive).

import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from '../results.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/email-lint/email-lint';

/** A relative URI under %SRCROOT% (the working folder), or an absolute file URI outside it. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === '<stdin>') return { uri: 'stdin', uriBaseId: '%SRCROOT%' };
  const rel = relative(cwd, filePath);
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: encodeURI(rel.split(sep).join('/')).replace(/[?#]/g, encodeURIComponent), uriBaseId: '%SRCROOT%' };
}

export const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'email-lint',
            version: context.version,
            informationUri: context.informationUri ?? INFORMATION_URI,
            rules: context.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description.en },
              fullDescription: { text: `${rule.description.en} (${rule.standard})` },
              help: {
                text: `${rule.description.en}\nStandard: ${rule.standard}\nLietuviškai: ${rule.description.lt}\nLatviski: ${rule.description.lv}`,
              },
              ...(context.ruleUrl ? { helpUri: context.ruleUrl(rule.id) } : {}),
              defaultConfiguration: { level: rule.severity === 'off' ? 'none' : rule.severity },
              properties: { standard: rule.standard, fixable: rule.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        results: results.flatMap((r) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
            level: m.severity === 2 ? 'error' : 'warning',
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(r.filePath, context.cwd),
                  region: {
                    startLine: m.line,
                    startColumn: m.column,
                    endLine: m.endLine,
                    endColumn: m.endColumn,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
