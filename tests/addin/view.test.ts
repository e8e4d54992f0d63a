// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lint, ruleInfos } from '../../linter/index.js';
import { STRINGS } from '../../addin/shared/i18n.js';
import { offendingText, renderResults, type RenderContext } from '../../addin/taskpane/view.js';

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
});
