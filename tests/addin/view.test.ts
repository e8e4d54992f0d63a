// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lint, ruleInfos } from '../../linter/index.js';
import { STRINGS } from '../../addin/shared/i18n.js';
import { offendingText, renderResults, type RenderContext } from '../../addin/taskpane/view.js';
import type { FixAction } from '../../addin/shared/fixes.js';
import type { EmailLintMessage } from '../../linter/types.js';

const HOSTILE = '<img src=x onerror="globalThis.__owned=1"><script>globalThis.__owned=2</script>';

function context(body: string): RenderContext {
  return {
    strings: STRINGS.en,
    language: 'en',
    rules: new Map(ruleInfos.map((r) => [r.id, r])),
    profileLabel: 'lt',
    bodyText: body,
    subjectText: '',
    planFor: () => undefined,
    onFix: () => {},
    onOpenSettings: () => {},
  };
}

describe('renderResults', () => {
  it('groups errors before warnings, and shows hostile mail text only as text', () => {
    const body = `Laba diena ${HOSTILE}\n\nDėkojame. ${HOSTILE} ${HOSTILE}\n\nPagarbiai\nJonas`;
    const messages = lint({ body, subject: 'S' }, { profile: 'lt', language: 'en' });
    expect(messages.some((m) => m.severity === 2)).toBe(true);
    expect(messages.some((m) => m.severity === 1)).toBe(true);
    const container = document.createElement('div');
    renderResults(container, messages, context(body));
    const groups = [...container.querySelectorAll('section.group')].map((s) => s.className);
    expect(groups).toEqual(['group group--error', 'group group--warning']);
    expect(container.querySelectorAll('img, script').length).toBe(0);
    expect(container.textContent).toContain('<img src=x onerror=');
    expect((globalThis as { __owned?: number }).__owned).toBeUndefined();
    const items = container.querySelectorAll('li.msg');
    expect(items.length).toBe(messages.length);
  });

  it('shows the all-good state when there is nothing to report', () => {
    const container = document.createElement('div');
    renderResults(container, [], context(''));
    expect(container.querySelector('[data-state="all-good"]')?.textContent).toContain('All good');
  });

  it('quotes the range the message covers, or its actual word inside it', () => {
    const body = 'Laba diena,\n\nar jus gavote?';
    const base = { field: 'body', place: { start: { line: 3, column: 4, offset: 16 }, end: { line: 3, column: 7, offset: 19 } } };
    expect(offendingText({ ...base, actual: undefined } as never, body, '')).toBe('jus');
    expect(offendingText({ ...base, actual: '165' } as never, body, '')).toBe('jus');
    expect(offendingText({ field: 'recipients', actual: 'ona@vmb.lt' } as never, body, '')).toBe('ona@vmb.lt');
  });

  it('leaves the DOM alone when a new check finds the same list', async () => {
    const body = 'Labas,\n\nDĖMESIO: TERMINAS NEBUS PRATĘSTAS.\n\nPagarbiai\nJonas';
    const container = document.createElement('div');
    document.body.append(container);
    expect(renderResults(container, lint({ body, subject: 'S' }, { profile: 'lt', language: 'en' }), context(body))).toBe(true);
    const before = [...container.querySelectorAll('li.msg')];
    expect(before.length).toBeGreaterThan(1);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    // A fresh lint of the same text: new message objects, equal content.
    expect(renderResults(container, lint({ body, subject: 'S' }, { profile: 'lt', language: 'en' }), context(body))).toBe(false);
    await Promise.resolve();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
    expect([...container.querySelectorAll('li.msg')]).toEqual(before);
    container.remove();
  });

  it('reuses the items that did not change and builds only the new ones', () => {
    const body = 'Labas,\n\ndėkojame už laišką.\n\nPagarbiai\nJonas';
    const changedBody = 'Labas,\n\nDĖMESIO: TERMINAS NEBUS PRATĘSTAS.\n\nPagarbiai\nJonas';
    const first = lint({ body, subject: 'S' }, { profile: 'lt', language: 'en' });
    const second = lint({ body: changedBody, subject: 'S' }, { profile: 'lt', language: 'en' });
    const container = document.createElement('div');
    renderResults(container, first, context(body));
    const byRule = (root: HTMLElement) => new Map([...root.querySelectorAll<HTMLLIElement>('li.msg')].map((li) => [li.dataset.rule, li]));
    const old = byRule(container);
    expect(renderResults(container, second, context(changedBody))).toBe(true);
    const now = byRule(container);
    const kept = first.filter((m) => second.some((n) => n.ruleId === m.ruleId && n.message === m.message));
    const added = second.filter((n) => !first.some((m) => m.ruleId === n.ruleId));
    expect(kept.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(0);
    for (const m of kept) expect(now.get(m.ruleId)).toBe(old.get(m.ruleId));
    for (const m of added) expect(old.has(m.ruleId)).toBe(false);
    expect(container.querySelectorAll('li.msg').length).toBe(second.length);
    expect(container.querySelector('section.group--error li.msg, section.group--warning li.msg')).not.toBeNull();
  });

  it('a reused item acts on the latest plan, not the one it was built with', () => {
    const message = { ruleId: 'polite-you', message: 'Write Jūs', severity: 1, field: 'body', actual: 'jus' } as unknown as EmailLintMessage;
    const plans: FixAction[] = [
      { kind: 'replace', field: 'body', start: 5, word: 'jus', replacement: 'Jus' },
      { kind: 'replace', field: 'body', start: 42, word: 'jus', replacement: 'Jus' },
    ];
    const clicked: FixAction[] = [];
    const ctx = (plan: FixAction): RenderContext => ({ ...context(''), planFor: () => plan, onFix: (action) => clicked.push(action) });
    const container = document.createElement('div');
    renderResults(container, [message], ctx(plans[0]!));
    const button = container.querySelector<HTMLButtonElement>('button[data-fix="replace"]')!;
    // The word moved down the text (lines typed above it): same item on screen, new offset.
    expect(renderResults(container, [{ ...message } as EmailLintMessage], ctx(plans[1]!))).toBe(false);
    expect(container.querySelector('button[data-fix="replace"]')).toBe(button);
    button.click();
    expect(clicked).toEqual([plans[1]]);
  });
});
