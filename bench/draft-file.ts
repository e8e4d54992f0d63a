// Turn a corpus `.txt` file into the core's DraftInput the way SPEC §4 describes `.txt` inputs:
// optional header lines (Subject:/Tema:, From:/Nuo:, To:/Kam:, Cc:/Kopija:) and a blank line,
// then the body. Kept minimal on purpose: the bench measures the core, not this parser.

import type { DraftInput } from '../linter/types.js';

const HEADER = /^(Subject|Tema|From|Nuo|To|Kam|Cc|Kopija):[ \t]?(.*)$/;

function addresses(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function draftFromText(text: string): DraftInput {
  let offset = 0;
  let line = 1;
  const draft: DraftInput = { body: text };
  // A header block only counts when the first line is a header and a blank line closes it.
  for (;;) {
    const end = text.indexOf('\n', offset);
    if (end < 0) return { body: text };
    const raw = text.slice(offset, end).replace(/\r$/, '');
    if (raw === '') {
      if (line === 1) return { body: text };
      const bodyStart = end + 1;
      draft.body = text.slice(bodyStart);
      draft.bodyOrigin = { line: line + 1, column: 1, offset: bodyStart };
      // SPEC §2: in a file with a header block a missing Subject: is known to be empty.
      draft.subject ??= '';
      return draft;
    }
    const m = HEADER.exec(raw);
    if (!m) return { body: text };
    const key = m[1]!;
    const value = m[2]!;
    if (key === 'Subject' || key === 'Tema') {
      draft.subject = value;
      draft.subjectOrigin = { line, column: raw.length - value.length + 1, offset: offset + raw.length - value.length };
    } else if (key === 'From' || key === 'Nuo') draft.from = value.trim();
    else if (key === 'To' || key === 'Kam') draft.to = addresses(value);
    else draft.cc = addresses(value);
    offset = end + 1;
    line++;
  }
}
