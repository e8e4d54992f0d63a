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

/** Everything an item shows, as text: items with equal views are interchangeable. */
interface MessageView {
  className: string;
  rule: string;
  title: string;
  explanation?: string;
  quote?: string;
  lineText?: string;
  expected?: string;
  meta: string;
  action: { kind: 'settings' | 'fix' | 'hint'; label: string; fix?: FixAction['kind'] };
}

/** What the item's button acts on; refreshed on every render, so a reused item never acts on a stale plan. */
interface ItemState {
  message: EmailLintMessage;
  plan: FixAction | 'needs-settings' | undefined;
  ctx: RenderContext;
}

const itemStates = new WeakMap<HTMLLIElement, ItemState>();

function viewOf(message: EmailLintMessage, plan: ItemState['plan'], ctx: RenderContext): MessageView {
  const { strings } = ctx;
  const info = ctx.rules.get(message.ruleId);
  const title = String(message.message ?? message.reason);
  const explanation = info?.description[ctx.language];
  const offending = offendingText(message, ctx.bodyText, ctx.subjectText);
  const expected = Array.isArray(message.expected) ? message.expected.filter((e) => typeof e === 'string' && e.trim()) : [];
  const standard = message.standard || info?.standard;
  return {
    className: `msg ${message.severity === 2 ? 'msg--error' : 'msg--warning'}`,
    rule: message.ruleId,
    title,
    ...(explanation && explanation !== title ? { explanation } : {}),
    ...(offending ? { quote: offending } : message.field === 'body' && typeof message.line === 'number' ? { lineText: strings.line(message.line) } : {}),
    ...(expected.length > 0 ? { expected: `${strings.suggestion}: ${expected.slice(0, 3).map(clip).join(', ')}` } : {}),
    meta: `${strings.standard}: ${standard ?? '—'} · ${message.ruleId}`,
    action:
      plan === 'needs-settings'
        ? { kind: 'settings', label: strings.fixNeedsSettings }
        : plan
          ? { kind: 'fix', label: fixLabel(plan, strings), fix: plan.kind }
          : { kind: 'hint', label: strings.howToFix },
  };
}

function buildItem(doc: Document, view: MessageView, ctx: RenderContext): HTMLLIElement {
  const item = el(doc, 'li', view.className);
  item.dataset.rule = view.rule;
  item.append(el(doc, 'p', 'msg-title', view.title));
  if (view.explanation) item.append(el(doc, 'p', 'msg-explain', view.explanation));
  if (view.quote) {
    const quote = el(doc, 'p', 'msg-quote');
    quote.append(el(doc, 'span', 'msg-label', `${ctx.strings.text}: `), el(doc, 'q', undefined, view.quote));
    item.append(quote);
  } else if (view.lineText) {
    item.append(el(doc, 'p', 'msg-quote', view.lineText));
  }
  if (view.expected) item.append(el(doc, 'p', 'msg-expected', view.expected));
  item.append(el(doc, 'p', 'msg-meta', view.meta));

  if (view.action.kind === 'hint') {
    item.append(el(doc, 'p', 'msg-hint', view.action.label));
    return item;
  }
  const button = el(doc, 'button', view.action.kind === 'settings' ? 'btn btn--secondary' : 'btn btn--primary', view.action.label);
  button.type = 'button';
  if (view.action.fix) button.dataset.fix = view.action.fix;
  button.addEventListener('click', () => {
    const state = itemStates.get(item);
    if (!state) return;
    if (state.plan === 'needs-settings') state.ctx.onOpenSettings();
    else if (state.plan) state.ctx.onFix(state.plan, state.message, button);
  });
  item.append(button);
  return item;
}

/** Per results container: the items on screen by view, and the layout they were shown in. */
interface Rendered {
  signature: string;
  items: Map<string, HTMLLIElement[]>;
}

const rendered = new WeakMap<HTMLElement, Rendered>();

/**
 * Shows the results: errors first, then warnings, or the all-good state. Items whose text is
 * unchanged are reused (keyed by what they show), and when the whole list shows the same as
 * before the DOM is not touched at all. Returns whether the DOM changed.
 */
export function renderResults(container: HTMLElement, messages: readonly EmailLintMessage[], ctx: RenderContext): boolean {
  const doc = container.ownerDocument;
  const entries = messages.map((message) => {
    const plan = ctx.planFor(message);
    const view = viewOf(message, plan, ctx);
    return { state: { message, plan, ctx }, view, key: JSON.stringify(view), error: message.severity === 2 };
  });
  const errors = entries.filter((e) => e.error);
  const warnings = entries.filter((e) => !e.error);
  const allGood = entries.length === 0 ? ctx.strings.allGoodText(ctx.profileLabel) : '';
  const signature = JSON.stringify([ctx.strings.errors, ctx.strings.warnings, ctx.strings.allGoodTitle, allGood, errors.map((e) => e.key), warnings.map((e) => e.key)]);
  const previous = rendered.get(container);
  const pool = previous?.items ?? new Map<string, HTMLLIElement[]>();
  const take = (key: string): HTMLLIElement | undefined => {
    const list = pool.get(key);
    const item = list?.shift();
    if (list && list.length === 0) pool.delete(key);
    return item;
  };
  const items = new Map<string, HTMLLIElement[]>();
  const place = (entry: (typeof entries)[number]): HTMLLIElement => {
    const item = take(entry.key) ?? buildItem(doc, entry.view, ctx);
    itemStates.set(item, entry.state);
    const list = items.get(entry.key);
    if (list) list.push(item);
    else items.set(entry.key, [item]);
    return item;
  };

  if (previous && previous.signature === signature && container.firstChild) {
    // Same list on screen: only the actions' targets (offsets into the new text) are refreshed.
    for (const entry of entries) place(entry);
    rendered.set(container, { signature, items });
    return false;
  }

  const nodes: Node[] = [];
  if (entries.length === 0) {
    const good = el(doc, 'div', 'all-good');
    good.dataset.state = 'all-good';
    good.append(el(doc, 'p', 'all-good-title', ctx.strings.allGoodTitle), el(doc, 'p', 'all-good-text', allGood));
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
    list.append(...group.map(place));
    section.append(heading, list);
    nodes.push(section);
  }
  container.replaceChildren(...nodes);
  rendered.set(container, { signature, items });
  return true;
}
