import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftInput } from '../../linter/types.js';
import { LiveLinter, MIN_POLL_MS } from '../../addin/taskpane/live-lint.js';
import { deferred, flush, type Deferred } from './helpers.js';

/** A pane whose reads the test answers by hand. */
function setup(options: { intervalMs?: number } = {}) {
  const reads: Deferred<{ subject?: string; body: string }>[] = [];
  const checked: DraftInput[] = [];
  let visible = true;
  let recipientReads = 0;
  let to = ['petras@example.com'];
  const live = new LiveLinter({
    readText: () => {
      const read = deferred<{ subject?: string; body: string }>();
      reads.push(read);
      return read.promise;
    },
    readRecipients: async () => {
      recipientReads++;
      return { to: [...to], cc: [] };
    },
    readContext: async () => ({ from: 'jonas@probacija.lt', composeType: 'new' }),
    check: (draft) => checked.push(draft),
    isVisible: () => visible,
    intervalMs: options.intervalMs,
  });
  return {
    live,
    reads,
    checked,
    setVisible: (v: boolean) => (visible = v),
    setTo: (list: string[]) => (to = list),
    recipientReads: () => recipientReads,
  };
}

describe('LiveLinter (gentle polling)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads and lints on open', async () => {
    const t = setup();
    void t.live.start();
    await flush();
    expect(t.reads).toHaveLength(1);
    t.reads[0]!.resolve({ subject: 'S', body: 'Laba diena,' });
    await flush();
    expect(t.checked).toHaveLength(1);
    expect(t.checked[0]).toMatchObject({ subject: 'S', body: 'Laba diena,', to: ['petras@example.com'], from: 'jonas@probacija.lt', composeType: 'new' });
  });

  it('never starts a second read while one is pending', async () => {
    const t = setup();
    void t.live.start();
    await flush();
    expect(t.reads).toHaveLength(1);
    // Outlook is slow: 10 seconds pass, events arrive, the read is still pending.
    await vi.advanceTimersByTimeAsync(10_000);
    t.live.refreshSoon();
    t.live.recipientsChanged();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.reads).toHaveLength(1);
    expect(t.live.busy).toBe(true);
    t.reads[0]!.resolve({ body: 'a' });
    await flush(20);
    // The requests that arrived while busy collapse into one follow-up read.
    await vi.advanceTimersByTimeAsync(0);
    expect(t.reads).toHaveLength(2);
  });

  it('polls no faster than once a second and skips the lint when nothing changed', async () => {
    const t = setup({ intervalMs: 200 }); // asked for 200 ms: clamped to the minimum
    void t.live.start();
    await flush();
    t.reads[0]!.resolve({ subject: 'S', body: 'same' });
    await flush(20);
    await vi.advanceTimersByTimeAsync(MIN_POLL_MS - 1);
    expect(t.reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.reads).toHaveLength(2);
    t.reads[1]!.resolve({ subject: 'S', body: 'same' });
    await flush(20);
    expect(t.checked).toHaveLength(1); // unchanged: no second lint
    await vi.advanceTimersByTimeAsync(MIN_POLL_MS);
    t.reads[2]!.resolve({ subject: 'S', body: 'changed' });
    await flush(20);
    expect(t.checked).toHaveLength(2);
    expect(t.checked[1]!.body).toBe('changed');
    expect(t.live.stats).toMatchObject({ reads: 3, checks: 2 });
  });

  it('does not poll while the pane is hidden and catches up when shown', async () => {
    const t = setup();
    void t.live.start();
    await flush();
    t.reads[0]!.resolve({ body: 'a' });
    await flush(20);
    t.setVisible(false);
    t.live.visibilityChanged();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.reads).toHaveLength(1);
    t.setVisible(true);
    t.live.visibilityChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.reads).toHaveLength(2);
  });

  it('hidden at a poll: the poll does nothing and does not reschedule', async () => {
    const t = setup();
    void t.live.start();
    await flush();
    t.reads[0]!.resolve({ body: 'a' });
    await flush(20);
    t.setVisible(false); // no visibilitychange delivered yet
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.reads).toHaveLength(1);
    expect(t.live.stats.skippedHidden).toBe(1);
  });

  it('re-reads recipients only after RecipientsChanged, and lints the change', async () => {
    const t = setup();
    void t.live.start();
    await flush();
    t.reads[0]!.resolve({ body: 'a' });
    await flush(20);
    expect(t.recipientReads()).toBe(1);
    await vi.advanceTimersByTimeAsync(MIN_POLL_MS);
    t.reads[1]!.resolve({ body: 'a' });
    await flush(20);
    expect(t.recipientReads()).toBe(1);
    t.setTo(['petras@example.com', 'ona@vmb.lt']);
    t.live.recipientsChanged();
    await vi.advanceTimersByTimeAsync(0);
    t.reads[2]!.resolve({ body: 'a' });
    await flush(20);
    expect(t.recipientReads()).toBe(2);
    expect(t.checked.at(-1)!.to).toEqual(['petras@example.com', 'ona@vmb.lt']);
  });

  it('keeps polling after a failed read and reports it', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const live = new LiveLinter({
      readText: async () => {
        n++;
        if (n === 1) throw new Error('Outlook busy');
        return { body: 'ok' };
      },
      readRecipients: async () => ({}),
      readContext: async () => ({}),
      check: () => {},
      isVisible: () => true,
      onError: (e) => errors.push(e),
    });
    await live.start();
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MIN_POLL_MS);
    expect(n).toBe(2);
    expect(live.stats.checks).toBe(1);
    live.stop();
    await vi.advanceTimersByTimeAsync(10 * MIN_POLL_MS);
    expect(n).toBe(2);
  });
});
