// Renders lint results into the pane. Every piece of mail text goes in through textContent:
// mail text is hostile input and must never become markup in the live page.

import type { EmailLintMessage, Language, RuleInfo } from '../../linter/types.js';
import type { Strings } from '../shared/i18n.js';
import type { FixAction } from '../shared/fixes.js';

export interface RenderContext {
  strings: Strings;
  language: Language;
  rules: ReadonlyMap<string, RuleInfo>;
  profileLabel: string;
  bodyText: string;
  subjectText: string;
  planFor(message: EmailLintMessage): FixAction | 'needs-settings' | undefined;
  onFix(action: FixAction, message: EmailLintMessage, button: HTMLButtonElement): void;
  onOpenSettings(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const MAX_QUOTE = 120;

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * The offending text: the text the message's range covers, or the core's `actual` when that
 * is a part of it (a word inside a long range) or when there is no range.
 */
export function offendingText(message: EmailLintMessage, bodyText: string, subjectText: string): string | undefined {
  const actual = typeof message.actual === 'string' && message.actual.trim() ? message.actual : undefined;
  const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
  const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
  const source = message.field === 'subject' ? subjectText : message.field === 'body' ? bodyText : '';
  const slice = typeof start === 'number' && typeof end === 'number' && end > start ? source.slice(start, end) : '';
  if (slice.trim()) return clip(actual && slice.includes(actual) ? actual : slice);
  return actual ? clip(actual) : undefined;
}

export function fixLabel(action: FixAction, strings: Strings): string {
  switch (action.kind) {
    case 'greeting':
      return strings.fixGreeting(action.greeting);
    case 'signature':
      return strings.fixSignature;
    case 'replace':
      return strings.fixReplace(action.word, action.replacement);
  }
}

function renderMessage(doc: Document, message: EmailLintMessage, ctx: RenderContext): HTMLLIElement {
  const { strings } = ctx;
  const item = el(doc, 'li', `msg ${message.severity === 2 ? 'msg--error' : 'msg--warning'}`);
  item.dataset.rule = message.ruleId;
  item.append(el(doc, 'p', 'msg-title', String(message.message ?? message.reason)));
  const info = ctx.rules.get(message.ruleId);
  const explanation = info?.description[ctx.language];
  if (explanation && explanation !== message.message) item.append(el(doc, 'p', 'msg-explain', explanation));

  const offending = offendingText(message, ctx.bodyText, ctx.subjectText);
  if (offending) {
    const quote = el(doc, 'p', 'msg-quote');
    quote.append(el(doc, 'span', 'msg-label', `${strings.text}: `), el(doc, 'q', undefined, offending));
    item.append(quote);
  } else if (message.field === 'body' && typeof message.line === 'number') {
    item.append(el(doc, 'p', 'msg-quote', strings.line(message.line)));
  }
  const expected = Array.isArray(message.expected) ? message.expected.filter((e) => typeof e === 'string' && e.trim()) : [];
  if (expected.length > 0) {
    item.append(el(doc, 'p', 'msg-expected', `${strings.suggestion}: ${expected.slice(0, 3).map(clip).join(', ')}`));
  }
  const standard = message.standard || info?.standard;
  item.append(el(doc, 'p', 'msg-meta', `${strings.standard}: ${standard ?? '—'} · ${message.ruleId}`));

  const plan = ctx.planFor(message);
  if (plan === 'needs-settings') {
    const button = el(doc, 'button', 'btn btn--secondary', strings.fixNeedsSettings);
    button.type = 'button';
    button.addEventListener('click', () => ctx.onOpenSettings());
    item.append(button);
  } else if (plan) {
    const button = el(doc, 'button', 'btn btn--primary', fixLabel(plan, strings));
    button.type = 'button';
    button.dataset.fix = plan.kind;
    button.addEventListener('click', () => ctx.onFix(plan, message, button));
    item.append(button);
  } else {
    item.append(el(doc, 'p', 'msg-hint', strings.howToFix));
  }
  return item;
}

/** Replaces the results list: errors first, then warnings, or the all-good state. */
export function renderResults(container: HTMLElement, messages: readonly EmailLintMessage[], ctx: RenderContext): void {
  const doc = container.ownerDocument;
  const errors = messages.filter((m) => m.severity === 2);
  const warnings = messages.filter((m) => m.severity !== 2);
  const nodes: Node[] = [];
  if (errors.length === 0 && warnings.length === 0) {
    const good = el(doc, 'div', 'all-good');
    good.dataset.state = 'all-good';
    good.append(el(doc, 'p', 'all-good-title', ctx.strings.allGoodTitle), el(doc, 'p', 'all-good-text', ctx.strings.allGoodText(ctx.profileLabel)));
    nodes.push(good);
  }
  for (const [title, group, kind] of [
    [ctx.strings.errors, errors, 'error'],
    [ctx.strings.warnings, warnings, 'warning'],
  ] as const) {
    if (group.length === 0) continue;
    const section = el(doc, 'section', `group group--${kind}`);
    const heading = el(doc, 'h2', 'group-title', `${title} (${group.length})`);
    heading.id = `group-${kind}`;
    section.setAttribute('aria-labelledby', heading.id);
    const list = el(doc, 'ul', 'msg-list');
    for (const message of group) list.append(renderMessage(doc, message, ctx));
    section.append(heading, list);
    nodes.push(section);
  }
  container.replaceChildren(...nodes);
}
