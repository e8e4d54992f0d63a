// Live checking while the user types. Outlook has no body- or subject-changed event, so we
// poll gently: no faster than once a second, only while the pane is visible, one read in
// flight, and no lint when nothing changed (fast polling hung Outlook: office-js #2856, #1360).

import type { DraftInput } from '../../linter/types.js';

export const MIN_POLL_MS = 1000;

export interface LiveLintDeps {
  /** Subject and body: read on every poll. */
  readText(): Promise<{ subject?: string; body: string }>;
  /** To and Cc: read at start and after RecipientsChanged. */
  readRecipients(): Promise<{ to?: string[]; cc?: string[] }>;
  /** Sender and compose type: read once. */
  readContext(): Promise<Pick<DraftInput, 'from' | 'composeType'>>;
  /** Lints and shows the result. */
  check(draft: DraftInput): void;
  isVisible(): boolean;
  onError?(error: unknown): void;
  intervalMs?: number;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

export class LiveLinter {
  private readonly interval: number;
  private timer: unknown;
  private inFlight = false;
  private again = false;
  private stopped = true;
  private recipientsStale = true;
  private context: Pick<DraftInput, 'from' | 'composeType'> | undefined;
  private recipients: { to?: string[]; cc?: string[] } = {};
  private lastKey: string | undefined;
  /** Counters the tests read. */
  readonly stats = { reads: 0, checks: 0, skippedHidden: 0, skippedBusy: 0 };
  /** The draft last checked, for fixes that need the text the messages point into. */
  lastDraft: DraftInput | undefined;

  constructor(private readonly deps: LiveLintDeps) {
    this.interval = Math.max(MIN_POLL_MS, deps.intervalMs ?? MIN_POLL_MS);
  }

  start(): Promise<void> {
    this.stopped = false;
    return this.tick();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** Next poll re-reads the recipients (RecipientsChanged). */
  recipientsChanged(): void {
    this.recipientsStale = true;
    this.refreshSoon();
  }

  /** Check again even when the draft is unchanged (e.g. settings changed). */
  invalidate(): void {
    this.lastKey = undefined;
    this.refreshSoon();
  }

  /** Poll now (after a fix, or when the pane becomes visible); never overlaps a read. */
  refreshSoon(): void {
    if (this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** Call on `visibilitychange`: stop polling when hidden, catch up at once when shown. */
  visibilityChanged(): void {
    if (this.deps.isVisible()) this.refreshSoon();
    else this.cancelTimer();
  }

  get busy(): boolean {
    return this.inFlight;
  }

  async tick(): Promise<void> {
    this.timer = undefined;
    if (this.stopped) return;
    if (!this.deps.isVisible()) {
      this.stats.skippedHidden++;
      return; // visibilityChanged() resumes
    }
    if (this.inFlight) {
      this.stats.skippedBusy++;
      this.again = true;
      return;
    }
    this.inFlight = true;
    try {
      if (!this.context) this.context = await this.deps.readContext();
      if (this.recipientsStale) {
        this.recipientsStale = false;
        this.recipients = await this.deps.readRecipients();
      }
      this.stats.reads++;
      const text = await this.deps.readText();
      const draft: DraftInput = { ...this.context, ...this.recipients, ...text };
      const key = JSON.stringify([draft.subject, draft.body, draft.to, draft.cc, draft.from, draft.composeType]);
      if (key !== this.lastKey) {
        this.lastKey = key;
        this.lastDraft = draft;
        this.stats.checks++;
        this.deps.check(draft);
      }
    } catch (error) {
      this.deps.onError?.(error);
    } finally {
      this.inFlight = false;
      if (!this.stopped) {
        if (this.again) {
          this.again = false;
          this.schedule(0);
        } else if (this.deps.isVisible()) {
          this.schedule(this.interval);
        }
      }
    }
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    const setTimer = this.deps.setTimer ?? ((fn: () => void, delay: number) => setTimeout(fn, delay));
    this.timer = setTimer(() => void this.tick(), ms);
  }

  private cancelTimer(): void {
    if (this.timer === undefined) return;
    const clearTimer = this.deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    clearTimer(this.timer);
    this.timer = undefined;
  }
}
