// GitHub Actions workflow commands: one `::error …::message` / `::warning …::message` per message.
// Escaping follows @actions/core: data escapes % CR LF; properties also escape : and ,.

import { relative, sep } from 'node:path';
import type { Formatter } from '../results.js';

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results, context) => {
  let out = '';
  for (const r of results) {
    const file = r.filePath === '<stdin>' ? r.filePath : relative(context.cwd, r.filePath).split(sep).join('/');
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',');
      out += `::${m.severity === 2 ? 'error' : 'warning'} ${props}::${escapeData(m.message)}\n`;
    }
  }
  return out;
};
