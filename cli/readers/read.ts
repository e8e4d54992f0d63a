// Reads one input file into a DraftInput, refusing unreadable input with a one-line reason.
// Heavy parsers (postal-mime, hast) are imported only for the inputs that need them.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { DraftInput } from '../../linter/types.js';
import { InputError, MAX_INPUT_BYTES, assertBodyLength, assertTextBytes, decodeUtf8Strict, formatSize } from './bytes.js';
import { parseTxtDraft, stripBom } from './txt.js';

export type InputKind = 'txt' | 'eml' | 'html';

export const extensionsByKind: Record<string, InputKind> = {
  '.txt': 'txt',
  '.eml': 'eml',
  '.html': 'html',
  '.htm': 'html',
};

export function kindOfPath(path: string): InputKind | undefined {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return dot > slash ? extensionsByKind[path.slice(dot).toLowerCase()] : undefined;
}

export interface ReadInput {
  kind: InputKind;
  draft: DraftInput;
  /** For `.txt`/stdin: the file text without BOM (fixes apply to it). */
  text?: string;
  bom?: boolean;
  /** File mode, to keep it when --fix rewrites the file. */
  mode?: number;
}

/**
 * Reads a file with a size check before reading (memory stays bounded on huge inputs).
 * Synchronous on purpose: drafts are small, and each asynchronous open/stat/read/close is a
 * thread-pool round trip: on 10,000 drafts those took more CPU than reading them.
 */
export function readBytes(path: string, limit: number): { bytes: Uint8Array; mode: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('permission denied');
    if (code === 'EISDIR') throw new InputError('is a directory');
    throw new InputError(`cannot open (${code ?? (error as Error).message})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('is a directory');
    if (!stat.isFile()) throw new InputError('not a regular file');
    if (stat.size > limit) {
      throw new InputError(`file too large (${formatSize(stat.size)}; the limit is ${formatSize(limit)})`);
    }
    // Not zero-filled: every byte returned is one read from the file.
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const bytesRead = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: bytes.subarray(0, filled), mode: stat.mode & 0o7777 };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError('is a directory');
    throw new InputError(`cannot read (${code ?? (error as Error).message})`);
  } finally {
    closeSync(fd);
  }
}

export function readTxtBytes(bytes: Uint8Array): ReadInput {
  assertTextBytes(bytes);
  const { text, bom } = stripBom(decodeUtf8Strict(bytes));
  if (text.trim() === '') throw new InputError('empty file (only white space)');
  assertBodyLength(text);
  return { kind: 'txt', draft: parseTxtDraft(text), text, bom };
}

async function readHtmlBytes(bytes: Uint8Array): Promise<ReadInput> {
  assertTextBytes(bytes);
  const { declaredHtmlCharset, htmlToText } = await import('./html.js');
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declared = declaredHtmlCharset(head);
  let html: string;
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (declared && !hasUtf8Bom && !/^utf-?8$/.test(declared)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      throw new InputError(`unsupported charset "${declared}" declared in the HTML`);
    }
    html = decoder.decode(bytes);
  } else {
    html = stripBom(decodeUtf8Strict(bytes)).text;
  }
  const body = htmlToText(html);
  if (body.trim() === '') throw new InputError('no text in the HTML body');
  assertBodyLength(body);
  return { kind: 'html', draft: { body } };
}

async function readEmlBytes(bytes: Uint8Array): Promise<ReadInput> {
  assertTextBytes(bytes);
  const { parseEmlDraft } = await import('./eml.js');
  const draft = await parseEmlDraft(bytes);
  assertBodyLength(draft.body);
  return { kind: 'eml', draft };
}

export async function readInputBytes(bytes: Uint8Array, kind: InputKind): Promise<ReadInput> {
  switch (kind) {
    case 'txt':
      return readTxtBytes(bytes);
    case 'eml':
      return readEmlBytes(bytes);
    case 'html':
      return readHtmlBytes(bytes);
  }
}

export async function readInput(path: string, kind: InputKind): Promise<ReadInput> {
  const { bytes, mode } = readBytes(path, MAX_INPUT_BYTES[kind]);
  const input = await readInputBytes(bytes, kind);
  input.mode = mode;
  return input;
}
