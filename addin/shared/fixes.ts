// One-click fixes the pane can apply safely through Office.js, and the plan for each message.
// Mail text never reaches the live page as HTML: the HTML body is parsed into a detached
// document (DOMParser does not run scripts or load images) and only text nodes are edited.

import type { EmailLintMessage, Fix } from '../../linter/types.js';
import type { BodyFormat, ComposeAdapter } from './mailbox.js';
import type { SignatureDetails } from './settings.js';
import { SIGNATURE_KEYS } from './settings.js';

/** Greeting per profile language (000 §70.3; 004 E-PASTS). */
export function greetingText(language: 'lt' | 'lv'): string {
  return language === 'lv' ? 'Labdien,' : 'Laba diena,';
}

/** Closing per profile language (000 §70.8; 004 E-PASTS). */
export function closingText(language: 'lt' | 'lv'): string {
  return language === 'lv' ? 'Ar cieņu' : 'Pagarbiai';
}

export function signatureLines(details: SignatureDetails): string[] {
  return SIGNATURE_KEYS.map((key) => details[key].trim()).filter((line) => line.length > 0);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** The signature block, optionally preceded by a closing line, as text or as simple HTML. */
export function buildSignature(details: SignatureDetails, options: { closing?: string; format: BodyFormat }): string {
  const lines = [...(options.closing ? [options.closing, ''] : []), ...signatureLines(details)];
  if (options.format === 'text') return `\n${lines.join('\n')}`;
  return lines.map((line) => (line ? `<div>${escapeHtml(line)}</div>` : '<div><br></div>')).join('');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !LETTER_OR_DIGIT.test(text[index]!);
}

/** Start offsets of `word` standing as a whole word in `text`. */
export function wordOccurrences(text: string, word: string): number[] {
  const found: number[] = [];
  if (!word) return found;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (isBoundary(text, at - 1) && isBoundary(text, at + word.length)) found.push(at);
  }
  return found;
}

export type ReplaceResult = { ok: true; html: string } | { ok: false; reason: 'not-found' | 'ambiguous' };

/** Elements whose text is not part of the message as the reader sees it. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Replaces the `index`-th whole-word occurrence of `word` inside the body's text nodes.
 * Refuses (changes nothing) unless the HTML holds exactly `expectedCount` occurrences, each
 * inside a single text node: then occurrence n of the text is occurrence n of the HTML.
 */
export function replaceWordInHtml(
  html: string,
  word: string,
  replacement: string,
  index: number,
  expectedCount: number,
  parser: { parseFromString(html: string, type: 'text/html'): Document },
): ReplaceResult {
  const doc = parser.parseFromString(html, 'text/html');
  const root = doc.body ?? doc.documentElement;
  const hits: { node: Text; at: number }[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        for (const at of wordOccurrences(text.data, word)) hits.push({ node: text, at });
      } else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName.toUpperCase())) {
        walk(child);
      }
    }
  };
  walk(root);
  if (hits.length === 0) return { ok: false, reason: 'not-found' };
  if (hits.length !== expectedCount || index < 0 || index >= hits.length) return { ok: false, reason: 'ambiguous' };
  const hit = hits[index]!;
  hit.node.replaceData(hit.at, word.length, replacement);
  const hadDocument = /<html[\s>]/iu.test(html);
  if (!hadDocument) return { ok: true, html: root.innerHTML };
  const doctype = /^\s*<!doctype[^>]*>/iu.exec(html)?.[0] ?? '';
  return { ok: true, html: `${doctype}${doc.documentElement.outerHTML}` };
}

export type FixAction =
  | { kind: 'greeting'; greeting: string }
  | { kind: 'signature'; withClosing: boolean }
  | { kind: 'replace'; field: 'body' | 'subject'; start: number; word: string; replacement: string };

/** Rules whose core fix is a change inside one word the pane can apply to the live draft. */
const REPLACEABLE = new Set(['polite-you', 'greeting-case', 'greeting-punctuation']);

/**
 * The whole word a fix touches, and the word after the fix: `D` → `d` at the start of
 * `Dėkojame` becomes `Dėkojame` → `dėkojame`; an insertion of `,` after `diena` becomes
 * `diena` → `diena,`. Undefined when the fix spans more than one word or adds spaces.
 */
export function wordEdit(text: string, fix: Fix): { start: number; word: string; replacement: string } | undefined {
  const [start, end] = fix.range;
  if (start < 0 || end > text.length || end < start || /\s/u.test(fix.text) || /\s/u.test(text.slice(start, end))) return undefined;
  let wordStart = start;
  let wordEnd = end;
  while (wordStart > 0 && LETTER_OR_DIGIT.test(text[wordStart - 1]!)) wordStart--;
  while (wordEnd < text.length && LETTER_OR_DIGIT.test(text[wordEnd]!)) wordEnd++;
  const word = text.slice(wordStart, wordEnd);
  const replacement = text.slice(wordStart, start) + fix.text + text.slice(end, wordEnd);
  if (!word || !LETTER_OR_DIGIT.test(word) || replacement === word) return undefined;
  return { start: wordStart, word, replacement };
}

/**
 * What one click can do for this message, or `undefined` when the user has to change the
 * draft by hand. `bodyText`/`subjectText` are the texts the message was computed on.
 */
export function planFix(
  message: EmailLintMessage,
  context: { profileLanguage: 'lt' | 'lv'; hasSignatureDetails: boolean; messages: readonly EmailLintMessage[]; bodyText: string; subjectText: string },
): FixAction | 'needs-settings' | undefined {
  switch (message.ruleId) {
    case 'greeting':
      return { kind: 'greeting', greeting: greetingText(context.profileLanguage) };
    case 'signature':
      if (!context.hasSignatureDetails) return 'needs-settings';
      // Add the closing too when it is missing, so one click does not leave `sign-off` behind.
      return { kind: 'signature', withClosing: context.messages.some((m) => m.ruleId === 'sign-off') };
    default:
      break;
  }
  if (!REPLACEABLE.has(message.ruleId) || !message.fix) return undefined;
  if (message.field !== 'body' && message.field !== 'subject') return undefined;
  const field = message.field;
  const edit = wordEdit(field === 'subject' ? context.subjectText : context.bodyText, message.fix);
  return edit ? { kind: 'replace', field, ...edit } : undefined;
}

export type FixOutcome = { ok: true } | { ok: false; reason: 'changed' | 'ambiguous' | 'unsupported' | 'failed'; detail?: string };

export interface FixEnvironment {
  adapter: ComposeAdapter;
  parser: { parseFromString(html: string, type: 'text/html'): Document };
  signature: SignatureDetails;
  profileLanguage: 'lt' | 'lv';
}

function unsupported(error: unknown): FixOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: /not available/u.test(detail) ? 'unsupported' : 'failed', detail };
}

/** Applies a planned fix to the live draft. Re-reads the draft first: it may have changed. */
export async function applyFix(action: FixAction, env: FixEnvironment): Promise<FixOutcome> {
  const { adapter } = env;
  try {
    if (action.kind === 'greeting') {
      const format = await adapter.bodyFormat();
      const data = format === 'html' ? `<div>${escapeHtml(action.greeting)}</div><div><br></div>` : `${action.greeting}\n\n`;
      await adapter.prependBody(data, format);
      return { ok: true };
    }
    if (action.kind === 'signature') {
      const format = await adapter.bodyFormat();
      const closing = action.withClosing ? `${closingText(env.profileLanguage)},` : undefined;
      await adapter.setSignature(buildSignature(env.signature, { closing, format }), format);
      return { ok: true };
    }
    const start = action.start;
    const end = start + action.word.length;
    if (action.field === 'subject') {
      const subject = await adapter.readSubject();
      if (subject.slice(start, end) !== action.word) return { ok: false, reason: 'changed' };
      await adapter.setSubject(subject.slice(0, start) + action.replacement + subject.slice(end));
      return { ok: true };
    }
    const text = await adapter.readBody('text');
    if (text.slice(start, end) !== action.word) return { ok: false, reason: 'changed' };
    const occurrences = wordOccurrences(text, action.word);
    const index = occurrences.indexOf(start);
    if (index === -1) return { ok: false, reason: 'ambiguous' };
    const format = await adapter.bodyFormat();
    if (format === 'text') {
      await adapter.setBody(text.slice(0, start) + action.replacement + text.slice(end), 'text');
      return { ok: true };
    }
    const html = await adapter.readBody('html');
    const result = replaceWordInHtml(html, action.word, action.replacement, index, occurrences.length, env.parser);
    if (!result.ok) return { ok: false, reason: 'ambiguous' };
    await adapter.setBody(result.html, 'html');
    return { ok: true };
  } catch (error) {
    return unsupported(error);
  }
}
