import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../linter/index.js';
import type { DraftInput, EmailLintMessage } from '../../linter/types.js';
import { ComposeAdapter, type OfficeLike } from '../../addin/shared/mailbox.js';
import { formatBlockMessage, MAX_ERROR_MESSAGE, runSendCheck, TASKPANE_COMMAND_ID, type CompletedOptions } from '../../addin/shared/send-check.js';
import { createFakeOffice, memoryBackend } from '../../addin/simulator/fake-office.js';
import { withinBoundAsync } from '../support/bounded-time.js';

const CLEAN: DraftInput = {
  subject: 'Dėl pažymos',
  to: ['Petras <petras@gmail.com>'],
  from: 'jonas@probacija.lt',
  composeType: 'new',
  body: 'Laba diena,\n\ndėkojame už Jūsų laišką. Pažymą išsiųsime per tris darbo dienas.\n\nPagarbiai\nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 600 12345\njonas.jonaitis@probacija.lt',
};
const BROKEN: DraftInput = { ...CLEAN, body: 'Labas,\n\ndėkojame už laišką.\n\nIki' };

function recorder() {
  const completed: CompletedOptions[] = [];
  return { event: { completed: (o: CompletedOptions) => completed.push(o) }, completed };
}

function deps(draft: () => Promise<DraftInput>, extra: Partial<Parameters<typeof runSendCheck>[1]> = {}) {
  const logged: unknown[][] = [];
  return {
    logged,
    deps: { readDraft: draft, lint, options: () => ({ profile: 'lt' as const, language: 'en' as const }), language: 'en' as const, log: (...a: unknown[]) => logged.push(a), ...extra },
  };
}

function fakeError(n: number): EmailLintMessage {
  return { ruleId: `rule-${n}`, severity: 2, message: `Error number ${n} explained in a sentence of some length for the dialog` } as EmailLintMessage;
}

describe('formatBlockMessage', () => {
  it('lists every error when they fit', () => {
    const text = formatBlockMessage([fakeError(1), fakeError(2)], 'en');
    expect(text.split('\n')).toEqual(['This message does not follow the standard:', `• ${fakeError(1).message}`, `• ${fakeError(2).message}`]);
  });

  it('stays within 500 characters and ends cleanly with "…and N more"', () => {
    const errors = Array.from({ length: 20 }, (_, i) => fakeError(i + 1));
    const text = formatBlockMessage(errors, 'en');
    expect(text.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    const lines = text.split('\n');
    const shown = lines.filter((l) => l.startsWith('• ')).length;
    expect(lines.at(-1)).toBe(`…and ${20 - shown} more`);
    expect(lines.slice(1, -1).every((l) => errors.some((e) => `• ${e.message}` === l))).toBe(true);
  });

  it('is localised', () => {
    expect(formatBlockMessage(Array.from({ length: 30 }, (_, i) => fakeError(i)), 'lt')).toMatch(/…ir dar \d+$/u);
    expect(formatBlockMessage([fakeError(1)], 'lv')).toMatch(/^Vēstule neatbilst standartam:/u);
  });
});

describe('runSendCheck', () => {
  afterEach(() => vi.useRealTimers());

  it('allows a clean draft', async () => {
    const r = recorder();
    const { deps: d } = deps(async () => CLEAN);
    await runSendCheck(r.event, d);
    expect(r.completed).toEqual([{ allowEvent: true }]);
  });

  it('blocks a draft with errors, naming them, and points to the task pane', async () => {
    const r = recorder();
    const { deps: d } = deps(async () => BROKEN);
    await runSendCheck(r.event, d);
    expect(r.completed).toHaveLength(1);
    const [done] = r.completed;
    expect(done!.allowEvent).toBe(false);
    expect(done!.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(done!.errorMessage!.length).toBeLessThanOrEqual(500);
    const errorIds = lint(BROKEN, { profile: 'lt', language: 'en' }).filter((m) => m.severity === 2);
    expect(errorIds.length).toBeGreaterThan(0);
    expect(done!.errorMessage).toContain(String(errorIds[0]!.message).replace(/\s+/gu, ' ').trim());
  });

  it('allows the send when only warnings are present', async () => {
    const r = recorder();
    const draft = { ...CLEAN, body: CLEAN.body.replace('dėkojame', 'Dėkojame') };
    expect(lint(draft, { profile: 'lt' }).some((m) => m.severity === 1)).toBe(true);
    const { deps: d } = deps(async () => draft);
    await runSendCheck(r.event, d);
    expect(r.completed).toEqual([{ allowEvent: true }]);
  });

  it('fails open: lint throws → allow, and logs why', async () => {
    const r = recorder();
    const { deps: d, logged } = deps(async () => BROKEN, {
      lint: () => {
        throw new Error('bug in a rule');
      },
    });
    await runSendCheck(r.event, d);
    expect(r.completed).toEqual([{ allowEvent: true }]);
    expect(String(logged[0]?.[0])).toMatch(/allowing the send/u);
    expect(logged[0]?.[1]).toBeInstanceOf(Error);
  });

  it('fails open: reading the draft fails → allow', async () => {
    const r = recorder();
    const { deps: d } = deps(() => Promise.reject(new Error('Outlook refused')));
    await runSendCheck(r.event, d);
    expect(r.completed).toEqual([{ allowEvent: true }]);
  });

  it('fails open on the 4-second timeout, completes once, and clears its timer first', async () => {
    vi.useFakeTimers();
    const r = recorder();
    let resolveDraft!: (d: DraftInput) => void;
    const { deps: d, logged } = deps(() => new Promise<DraftInput>((res) => (resolveDraft = res)));
    const done = runSendCheck(r.event, d);
    await vi.advanceTimersByTimeAsync(3999);
    expect(r.completed).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(r.completed).toEqual([{ allowEvent: true }]);
    expect(String(logged[0]?.[0])).toMatch(/timed out/u);
    // The late answer must not complete the event a second time.
    resolveDraft(BROKEN);
    await vi.advanceTimersByTimeAsync(10);
    expect(r.completed).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears the timeout before completing a normal check', async () => {
    vi.useFakeTimers();
    const r = recorder();
    let timersAtCompletion = -1;
    const event = { completed: (o: CompletedOptions) => ((timersAtCompletion = vi.getTimerCount()), r.completed.push(o)) };
    const { deps: d } = deps(async () => CLEAN);
    await runSendCheck(event, d);
    expect(timersAtCompletion).toBe(0);
  });

  it('checks a 2,000-line thread through the fake Outlook well within 5 seconds', async () => {
    const quoted = Array.from({ length: 2000 }, (_, i) => (i % 40 === 0 ? '> -----Original Message-----' : `> Eilutė ${i}: ankstesnis susirašinėjimas apie pažymą ir dokumentus.`)).join('\n');
    const body = `${CLEAN.body}\n\nPetras rašė:\n${quoted}`;
    // Fresh fakes per run: each run has its own compose window and its own recorder.
    const { result: completed, ms } = await withinBoundAsync(
      2000,
      async () => {
        const office = createFakeOffice(memoryBackend({ body, subject: 'RE: Dėl pažymos', to: 'petras@gmail.com' }), { delayMs: 20 });
        const adapter = new ComposeAdapter(office as unknown as OfficeLike);
        const r = recorder();
        await runSendCheck(r.event, { readDraft: () => adapter.readDraft(), lint, options: () => ({ profile: 'lt' }), language: 'en' });
        return r.completed;
      },
      'send check on a 2,000-line thread',
    );
    expect(completed).toHaveLength(1);
    console.info(`send check on a ${body.split('\n').length}-line thread: ${ms.toFixed(0)} ms, fastest run (5 Office calls of 20 ms included)`);
  });
});
