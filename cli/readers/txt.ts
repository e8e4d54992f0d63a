// A `.txt` draft (and stdin): optional header lines at the top, a blank line, then the body
// (SPEC §4). Positions: bodyOrigin/subjectOrigin point into the file text (BOM removed),
// so message positions and fix ranges are offsets into what the user's editor shows.

import type { DraftInput, Origin } from '../../linter/types.js';

type HeaderField = 'subject' | 'from' | 'to' | 'cc';

// English, Lithuanian and Latvian header names as Outlook writes them.
// A Map, not an object: `Constructor: …` or `toString: …` opening a draft is body text, not a
// header found on Object.prototype.
const headerNames = new Map<string, HeaderField>([
  ['subject', 'subject'],
  ['tema', 'subject'],
  ['tēma', 'subject'],
  ['from', 'from'],
  ['nuo', 'from'],
  ['no', 'from'],
  ['to', 'to'],
  ['kam', 'to'],
  ['cc', 'cc'],
  ['kopija', 'cc'],
]);

const headerLine = /^([\p{L}]+)[ \t]*:[ \t]*/u;
// No more header lines than this are read (a file of `Key: value` lines is not all headers).
const MAX_HEADER_LINES = 64;

interface Line {
  text: string; // without the line break (and without a trailing \r)
  offset: number; // offset of the line start in the file text
  next: number; // offset of the next line start
}

/** The line starting at `offset` (undefined past the end): only the header block is read. */
function lineAt(text: string, offset: number): Line | undefined {
  if (offset > text.length) return undefined;
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  const raw = text.slice(offset, end);
  return { text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, offset, next: nl === -1 ? text.length + 1 : nl + 1 };
}

function headerOf(line: string): { field: HeaderField; valueStart: number } | undefined {
  // A header line has a colon; the body's first line (`Laba diena,`) usually has none.
  if (!line.includes(':')) return undefined;
  const m = headerLine.exec(line);
  if (!m) return undefined;
  const name = m[1]!;
  // NFC only for a name beyond ASCII (`Tēma` typed with a combining macron); ASCII is its own NFC.
  const field = headerNames.get((isAscii(name) ? name : name.normalize('NFC')).toLowerCase());
  return field ? { field, valueStart: m[0].length } : undefined;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Splits a recipients header on commas/semicolons outside quotes and angle brackets. */
export function splitAddresses(value: string): string[] {
  const out: string[] = [];
  const push = (part: string): void => {
    const trimmed = part.trim();
    if (trimmed) out.push(trimmed);
  };
  let start = 0;
  let quoted = false;
  let angle = 0;
  // By index, the parts sliced out: a string built up a character at a time was most of it.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 34) quoted = !quoted; // "
    else if (!quoted && code === 60) angle++; // <
    else if (!quoted && code === 62) angle = Math.max(0, angle - 1); // >
    if (!quoted && angle === 0 && (code === 44 || code === 59)) {
      push(value.slice(start, i));
      start = i + 1;
    }
  }
  push(value.slice(start));
  return out;
}

/** `text` must already have its BOM removed. */
export function parseTxtDraft(text: string): DraftInput {
  // Line by line while they are headers: the rest of the file is not split for that.
  let line = lineAt(text, 0);
  if (!line || !headerOf(line.text)) {
    return { body: text, bodyOrigin: { line: 1, column: 1, offset: 0 } };
  }
  const draft: DraftInput = { body: '', subject: '' }; // a header block without Subject = known empty
  let i = 0;
  for (; line && i < MAX_HEADER_LINES; i++, line = lineAt(text, line.next)) {
    const header = headerOf(line.text);
    if (!header) break;
    const value = line.text.slice(header.valueStart).trimEnd();
    switch (header.field) {
      case 'subject': {
        draft.subject = value;
        const origin: Origin = { line: i + 1, column: header.valueStart + 1, offset: line.offset + header.valueStart };
        draft.subjectOrigin = origin;
        break;
      }
      case 'from':
        draft.from = splitAddresses(value)[0] ?? value;
        break;
      case 'to':
        draft.to = [...(draft.to ?? []), ...splitAddresses(value)];
        break;
      case 'cc':
        draft.cc = [...(draft.cc ?? []), ...splitAddresses(value)];
        break;
    }
  }
  // The blank line that ends the header block is not part of the body.
  if (line && i < MAX_HEADER_LINES && line.text.trim() === '') line = lineAt(text, line.next);
  const start = line ? line.offset : text.length;
  draft.body = text.slice(start);
  draft.bodyOrigin = originAt(text, start);
  return draft;
}

/** Line/column (1-based) of an offset in `text`. */
export function originAt(text: string, offset: number): Origin {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Removes a UTF-8 byte-order mark; returns the text and whether it had one. */
export function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
