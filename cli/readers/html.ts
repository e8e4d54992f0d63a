// Outlook / Gmail / Thunderbird HTML bodies → plain text with the line structure the user sees.
// Positions of messages on an HTML input are relative to this extracted text (documented in --help).

import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';

// Never shown to the reader of the mail.
const droppedTags = new Set(['head', 'style', 'script', 'title', 'meta', 'link', 'template', 'noscript', 'xml', 'object']);

function classesOf(node: Element): string[] {
  const value: unknown = node.properties?.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Word/Outlook HTML writes one `<p class=MsoNormal>` per line, and an empty `<p>` for a blank line. */
function isOutlookHtml(tree: Root): boolean {
  let found = false;
  const visit = (node: Nodes): void => {
    if (found) return;
    if (node.type === 'element') {
      if (node.tagName.startsWith('o:') || (node.tagName === 'p' && classesOf(node).some((c) => c.startsWith('Mso')))) {
        found = true;
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

function isHiddenByStyle(node: Element): boolean {
  const style = node.properties?.style;
  return typeof style === 'string' && /(^|;)\s*(display\s*:\s*none|mso-hide\s*:\s*all)/i.test(style);
}

/**
 * Rewrites the tree in place: drops invisible parts; in Outlook HTML turns each `<p>` into a
 * line (`div`) instead of a paragraph with blank lines around it; turns `<blockquote>` into
 * `> `-prefixed lines so the core recognises the quoted history (SPEC §1).
 */
function normalise<T extends Root | Element>(node: T, outlook: boolean): T {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      if (droppedTags.has(child.tagName) || isHiddenByStyle(child)) continue;
      normalise(child, outlook);
      if (outlook && child.tagName === 'p') child.tagName = 'div';
      if (child.tagName === 'blockquote') {
        const quoted = cleanLines(toText(child, { whitespace: 'normal' }))
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n');
        children.push({
          type: 'element',
          tagName: 'pre',
          properties: {},
          children: [{ type: 'text', value: quoted }],
        });
        continue;
      }
    }
    children.push(child);
  }
  node.children = children as T['children'];
  return node;
}

/** Trailing spaces and non-breaking spaces at line ends are layout, not text. */
function cleanLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/^\n+/, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n+$/, '');
}

/** Converts an HTML mail body to plain text, one visual line per text line. */
export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  const outlook = isOutlookHtml(tree);
  normalise(tree, outlook);
  // \u00a0 (Outlook's &nbsp; in empty paragraphs) becomes an ordinary space before line cleaning.
  return cleanLines(toText(tree, { whitespace: 'normal' }).replace(/\u00a0/g, ' ')) + '\n';
}

/** The charset an HTML file declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredHtmlCharset(head: string): string | undefined {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}
