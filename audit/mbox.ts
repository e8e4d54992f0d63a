// Streaming mbox reader (mboxo / mboxrd): splits on `From ` lines at line starts without ever
// holding more than the current message, so a 5 GB export is read in bounded memory.

import type { Readable } from 'node:stream';

export const DEFAULT_MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export type MboxItem =
  | { kind: 'message'; raw: Buffer; index: number }
  | { kind: 'too-large'; bytes: number; index: number };

const separator = Buffer.from('\nFrom ');
const keep = separator.length - 1;

/**
 * Yields each message of an mbox byte stream, in order. The `From ` separator line is dropped;
 * `>From ` quoting is undone later by {@link unescapeMboxrd} (in the workers, off the main thread).
 * A message larger than `maxMessageBytes` is not kept: it is yielded as `too-large` with its size.
 */
export async function* splitMbox(
  stream: AsyncIterable<Buffer | string> | Readable,
  maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES,
): AsyncGenerator<MboxItem> {
  // A virtual newline before the first byte lets a leading `From ` line match the separator.
  let pending: Buffer = Buffer.from('\n');
  let inSeparatorLine = false;
  let leadingVirtualNewline = true;
  let afterSeparator = false;
  let parts: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let index = 0;

  const append = (bytes: Buffer): void => {
    if (bytes.length === 0) return;
    size += bytes.length;
    if (tooLarge) return;
    if (size > maxMessageBytes) {
      tooLarge = true;
      parts = [];
      return;
    }
    parts.push(bytes);
  };
  const finish = (): MboxItem | undefined => {
    let item: MboxItem | undefined;
    if (tooLarge) item = { kind: 'too-large', bytes: size, index: index++ };
    else if (size > 0) {
      let raw = Buffer.concat(parts, size); // a copy: the read chunks can be released
      if (leadingVirtualNewline) raw = raw.subarray(1);
      // Whitespace before the first `From ` line or between messages is not a message.
      const blank = raw.length < 4096 && /^\s*$/.test(raw.toString('latin1'));
      if (!blank) item = { kind: 'message', raw, index: index++ };
    }
    parts = [];
    size = 0;
    tooLarge = false;
    leadingVirtualNewline = false;
    return item;
  };

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const buf = pending.length ? Buffer.concat([pending, data]) : data;
    let pos = 0;
    for (;;) {
      if (inSeparatorLine) {
        const eol = buf.indexOf(10, pos);
        if (eol === -1) {
          pos = buf.length;
          break;
        }
        // Keep the newline: the next line may itself be a `From ` line (an empty message).
        pos = eol;
        inSeparatorLine = false;
        afterSeparator = true;
        continue;
      }
      if (afterSeparator) {
        if (buf.length - pos < separator.length) break; // wait for more bytes
        afterSeparator = false;
        if (buf.indexOf(separator, pos) === pos) {
          pos += 1;
          inSeparatorLine = true;
          continue;
        }
        pos += 1;
      }
      const at = buf.indexOf(separator, pos);
      if (at === -1) {
        const upTo = Math.max(pos, buf.length - keep);
        append(buf.subarray(pos, upTo));
        pos = upTo;
        break;
      }
      append(buf.subarray(pos, at + 1));
      const item = finish();
      if (item) yield item;
      pos = at + 1;
      inSeparatorLine = true;
    }
    pending = buf.subarray(pos);
    // `pending` is at most 5 bytes; copy it so the big chunk can be collected.
    if (pending.length) pending = Buffer.from(pending);
  }
  if (afterSeparator) append(pending.subarray(1));
  else if (!inSeparatorLine) append(pending);
  const last = finish();
  if (last) yield last;
}

/** Undoes mboxrd/mboxo quoting: a line `>From ` (or `>>From `…) loses one `>`. */
export function unescapeMboxrd(raw: Buffer): Buffer {
  const marker = Buffer.from('>From ');
  if (raw.indexOf(marker) === -1) return raw;
  const text = raw.toString('latin1'); // byte-preserving
  const out = text.replace(/^>(>*From )/gm, '$1');
  return Buffer.from(out, 'latin1');
}

/** Writes `raw` as one mbox message (mboxrd quoting), with a `From ` separator line. */
export function toMboxEntry(raw: string, envelopeFrom = 'MAILER-DAEMON', date = new Date(0)): string {
  const body = raw.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
  const stamp = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, '$1 $3 $2 $5 $4');
  return `From ${envelopeFrom} ${stamp}\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
}
