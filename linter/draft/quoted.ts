// Finding where quoted or forwarded history starts, and who wrote to whom in it (SPEC §1
// "quoted history"). Formats: Outlook (web, Windows, Mac), Gmail, Thunderbird, Apple Mail,
// in Lithuanian, Latvian and English.
import type { Line } from '../text/lines.js';
import { BoundedCache } from '../memo.js';
import { addressesIn } from '../text/patterns.js';

// `-----Original Message-----`, `---------- Forwarded message ---------`, `-------- Pārsūtītā ziņa --------`
const SEPARATOR =
  /^-{2,}\s*(?:original message|originalus laiškas|originali žinutė|pradinis laiškas|oriģinālā ziņa|sākotnējā ziņa|sākotnējais ziņojums|forwarded message|persiųstas laiškas|persiųsta žinutė|pārsūtītā ziņa|pārsūtīts ziņojums|pārsūtīta ziņa)\s*-{2,}\s*$/iu;
const FORWARD_INTRO = /^(?:begin forwarded message|pradžia persiųsto laiško|persiųstas laiškas|pārsūtītā ziņa)\s*:?\s*$/iu;
// Outlook on the web draws a line of underscores above the header block.
const RULE_LINE = /^_{10,}\s*$/;
const FROM_HEADER = /^\*?(?:from|nuo|no|von|de|od|от)\s*:\*?\s*\S/iu;
const DATE_HEADER = /^\*?(?:sent|date|išsiųsta|data|nosūtīts|datums|gesendet|envoyé|laikas|siųsta|išsiuntimo data)\s*:/iu;
const TO_HEADER = /^\*?(?:to|kam|an|à|do|кому)\s*:\*?/iu;
const CC_HEADER = /^\*?(?:cc|kopija|kopijas|копия)\s*:\*?/iu;
const SUBJECT_HEADER = /^\*?(?:subject|tema|tēma|betreff|objet|temat|тема)\s*:/iu;
// `On … wrote:`, `… rašė:`, `… rakstīja:` (Gmail, Thunderbird, Apple Mail)
const ATTRIBUTION = /(?:wrote|rašė|parašė|rakstīja|schrieb|a écrit|napisał|napisała|написал|написала)\s*:\s*$/iu;
// A Gmail attribution wrapped over two lines starts like this.
const ATTRIBUTION_START = /^(?:on\s|\d|pirmd|otrd|trešd|ceturtd|piektd|sestd|svētd|pr,|an,|tr,|kt,|pn,|št,|sk,)/iu;

export interface QuotedMessage {
  /** 0-based line index where this quoted message's header or attribution is. */
  line: number;
  from: string[];
  to: string[];
  cc: string[];
}

/** Index of the first line of quoted history, or -1. */
export function findQuoteStart(lines: readonly Line[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '' || cannotStartQuote(text)) continue;
    if (text.startsWith('>')) return attributionAbove(lines, i);
    if (SEPARATOR.test(text) || FORWARD_INTRO.test(text)) return i;
    if (RULE_LINE.test(text) && isHeaderBlock(lines, nextNonBlank(lines, i + 1))) return i;
    if (isHeaderBlock(lines, i)) return i;
    if (text.endsWith(':') && text.length < 400 && ATTRIBUTION.test(text)) return wrappedAttributionStart(lines, i);
  }
  return -1;
}

/**
 * Most lines of a draft are prose: without a colon, a line can be no header (`From:`) and no
 * attribution (`… wrote:`), so only a `>` quote, a `--` separator, a `___` rule or a forward
 * intro (`Begin forwarded message`, `Persiųstas laiškas`, `Pārsūtītā ziņa`) could start there.
 * One look at the first character then spares the line the patterns.
 */
function cannotStartQuote(trimmed: string): boolean {
  if (trimmed.includes(':')) return false;
  const first = trimmed.charCodeAt(0);
  // `>`, `-`, `_`, `b`/`B`, `p`/`P` (FORWARD_INTRO's first letters)
  return !(first === 62 || first === 45 || first === 95 || first === 98 || first === 66 || first === 112 || first === 80);
}

/** The quoted messages' senders and recipients, from header blocks and attribution lines. */
export function quotedMessages(lines: readonly Line[], start: number, end = lines.length): QuotedMessage[] {
  const found: QuotedMessage[] = [];
  if (start < 0) return found;
  let current: QuotedMessage | undefined;
  for (let i = start; i < end; i++) {
    // Every header and attribution has a colon: most lines of a long thread are skipped here.
    if (!lines[i]!.text.includes(':')) continue;
    const text = stripQuoteMarks(lines[i]!.text);
    if (FROM_HEADER.test(text)) {
      current = { line: i, from: headerAddresses(text), to: [], cc: [] };
      found.push(current);
    } else if (current && i - current.line <= 6 && TO_HEADER.test(text)) {
      for (const address of headerAddresses(text)) current.to.push(address);
    } else if (current && i - current.line <= 7 && CC_HEADER.test(text)) {
      for (const address of headerAddresses(text)) current.cc.push(address);
    } else if (text.trimEnd().endsWith(':') && text.length < 400 && ATTRIBUTION.test(text)) {
      const previous = i > 0 ? stripQuoteMarks(lines[i - 1]!.text) : '';
      current = { line: i, from: addressesIn(previous + ' ' + text), to: [], cc: [] };
      found.push(current);
    }
  }
  return found;
}

/**
 * End (exclusive) of a `>` block that opens the body: its attribution line, the `>` lines and the
 * blank lines between them. Returns `start` when the quote there is not a `>` block (a forwarded
 * message or header block runs to the end of the body).
 */
export function quoteBlockEnd(lines: readonly Line[], start: number): number {
  let i = start;
  while (i < lines.length && !lines[i]!.text.trimStart().startsWith('>')) {
    if (i - start > 2) return start;
    i++;
  }
  let end = i;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text.startsWith('>')) end = i + 1;
    else if (text !== '') break;
  }
  return end;
}

// A thread repeats its header lines (`Nuo: Tomas Rimkus <tomas.rimkus@utena.lt>` every other
// message): each distinct line is read for addresses once. Bounded: what is not asked for again goes.
const headerCache = new BoundedCache<readonly string[]>(2000);

function headerAddresses(text: string): string[] {
  return [...headerCache.get(text, addressesIn)];
}

function stripQuoteMarks(text: string): string {
  let i = 0;
  while (i < text.length && (text[i] === '>' || text[i] === ' ')) i++;
  return text.slice(i);
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text.trim() !== '') return i;
  return -1;
}

/** `From:` followed within a few lines by `Sent:`/`Date:` or `To:` and `Subject:` (Outlook, Thunderbird). */
function isHeaderBlock(lines: readonly Line[], index: number): boolean {
  if (index < 0 || !FROM_HEADER.test(lines[index]!.text.trim())) return false;
  let date = false;
  let to = false;
  let subject = false;
  for (let i = index + 1; i < Math.min(lines.length, index + 6); i++) {
    const text = lines[i]!.text.trim();
    if (DATE_HEADER.test(text)) date = true;
    else if (TO_HEADER.test(text)) to = true;
    else if (SUBJECT_HEADER.test(text)) subject = true;
  }
  return date || (to && subject);
}

/** A `>` block is often introduced by an attribution line just above it. */
function attributionAbove(lines: readonly Line[], index: number): number {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const text = lines[i]!.text.trim();
    if (text === '') continue;
    return ATTRIBUTION.test(text) ? wrappedAttributionStart(lines, i) : index;
  }
  return index;
}

function wrappedAttributionStart(lines: readonly Line[], index: number): number {
  const here = lines[index]!.text.trim();
  if (ATTRIBUTION_START.test(here)) return index;
  const previous = index > 0 ? lines[index - 1]!.text.trim() : '';
  if (previous !== '' && ATTRIBUTION_START.test(previous) && !/[.?!]$/.test(previous)) return index - 1;
  return index;
}
