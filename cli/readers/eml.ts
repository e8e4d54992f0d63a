// `.eml` (MIME) drafts, parsed with postal-mime. Positions of messages are relative to the
// decoded body text (line 1 column 1 = first body line), and to the decoded subject.

import PostalMime, { decodeWords } from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import type { ComposeType, DraftInput } from '../../linter/types.js';
import { InputError } from './bytes.js';
import { htmlToText } from './html.js';

// Reply and forward prefixes of Outlook and webmail in English, Lithuanian, Latvian, German, French.
const forwardPrefix = /^\s*(fw|fwd|persiunčiama|persiųsta|pārs|pārsūtīts|tr|wg)\s*(\[\d+\])?\s*:/iu;
const replyPrefix = /^\s*(re|ats|atb|aw|sv|odp)\.?\s*(\[\d+\])?\s*:/iu;

export function composeTypeOf(subject: string | undefined, inReplyTo: boolean): ComposeType {
  if (subject && forwardPrefix.test(subject)) return 'forward';
  if (inReplyTo || (subject && replyPrefix.test(subject))) return 'reply';
  return 'new';
}

function addressList(list: Address[] | undefined): string[] | undefined {
  if (!list) return undefined;
  const out: string[] = [];
  for (const entry of list) {
    const mailboxes = entry.group ?? [entry];
    for (const box of mailboxes) {
      if (!box.address) continue;
      out.push(box.name ? `${box.name} <${box.address}>` : box.address);
    }
  }
  return out;
}

interface MimeNodeView {
  contentType?: { parsed?: { value?: string; params?: Record<string, string> }; multipart?: string | false };
  contentDisposition?: { parsed?: { value?: string } };
  childNodes?: MimeNodeView[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** postal-mime accepts a multipart whose closing boundary is missing; we report it instead. */
function findTruncatedMultipart(root: MimeNodeView, raw: string): string | undefined {
  const stack: MimeNodeView[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const boundary = node.contentType?.multipart ? node.contentType.parsed?.params?.boundary : undefined;
    if (boundary) {
      const closing = new RegExp(`^--${escapeRegExp(boundary)}--[ \\t]*\\r?$`, 'm');
      if (!closing.test(raw)) return boundary;
    }
    stack.push(...(node.childNodes ?? []));
  }
  return undefined;
}

/** True when the tree holds a text/plain part that is not an attachment. */
function hasPlainTextPart(node: MimeNodeView): boolean {
  const type = node.contentType?.parsed?.value ?? 'text/plain';
  if (!node.childNodes?.length && type === 'text/plain' && node.contentDisposition?.parsed?.value !== 'attachment') return true;
  return (node.childNodes ?? []).some(hasPlainTextPart);
}

/**
 * Some mailers write 8-bit subjects without RFC 2047 encoding; postal-mime reads them as UTF-8
 * and gets U+FFFD. Re-read the raw header in the message's declared charset instead.
 */
function repairRawSubject(subject: string, raw: string, charset: string | undefined): string {
  if (!subject.includes('\uFFFD') || !charset) return subject;
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const match = /^subject:[ \t]*((?:.*)(?:\r?\n[ \t].*)*)/im.exec(raw.slice(0, headerEnd));
  if (!match) return subject;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return subject; // a charset TextDecoder does not know: keep postal-mime's reading
  }
  const value = decoder.decode(Buffer.from(match[1]!.replace(/\r?\n[ \t]/g, ' '), 'latin1')).trim();
  return decodeWords(value);
}

/** Reads an `.eml` file into a draft; throws InputError for a message it cannot read. */
export async function parseEmlDraft(bytes: Uint8Array): Promise<DraftInput> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^[\x21-\x39\x3b-\x7e]+[ \t]*:/.test(raw)) throw new InputError('not a MIME message (no header line at the top)');
  if (!/\r?\n\r?\n/.test(raw)) throw new InputError('truncated MIME message: headers only, no body');

  const parser = new PostalMime();
  let email: Email;
  try {
    email = await parser.parse(bytes);
  } catch (error) {
    throw new InputError(`cannot parse MIME message: ${(error as Error).message}`);
  }
  // postal-mime keeps its tree on the instance; it is not in its typings.
  const root = (parser as unknown as { root?: MimeNodeView }).root;
  if (root) {
    const boundary = findTruncatedMultipart(root, raw);
    if (boundary) throw new InputError(`truncated MIME message: closing boundary "--${boundary}--" missing`);
  }

  let body: string;
  if (email.text !== undefined && (!root || hasPlainTextPart(root))) body = email.text;
  else if (email.html !== undefined) body = htmlToText(email.html);
  else body = email.text ?? '';
  if (body.trim() === '') throw new InputError('no text body in the MIME message');

  const subject = repairRawSubject(email.subject ?? '', raw, root?.contentType?.parsed?.params?.charset);
  const header = (key: string): boolean => email.headers.some((h) => h.key === key && h.value.trim() !== '');
  const draft: DraftInput = {
    body: body.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
    subject,
    composeType: composeTypeOf(subject, header('in-reply-to') || header('references')),
  };
  const from = email.from && (email.from.address ?? email.from.group?.[0]?.address);
  if (from) draft.from = from;
  const to = addressList(email.to);
  if (to) draft.to = to;
  const cc = addressList(email.cc);
  if (cc) draft.cc = cc;
  return draft;
}
