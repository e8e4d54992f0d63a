// The send-time check (Smart Alerts, OnMessageSend): block a draft with errors, explain why in
// at most 500 characters, and never stop a send because of a failure of our own.

import type { DraftInput, EmailLintMessage, Language, LintOptions } from '../../linter/types.js';
import { STRINGS } from './i18n.js';

/** Smart Alerts shows at most 500 characters of `errorMessage`. */
export const MAX_ERROR_MESSAGE = 500;
/** Our own deadline: Outlook says "taking longer than expected" after 5 s, bundle load included. */
export const SEND_CHECK_TIMEOUT_MS = 4000;
/** The task pane button the dialog's "open" link shows (agreed with the manifest). */
export const TASKPANE_COMMAND_ID = 'msgComposeOpenPaneButton';

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  commandId?: string;
}

export interface SendEventLike {
  completed(options: CompletedOptions): void;
}

export interface SendCheckDeps {
  readDraft(): Promise<DraftInput>;
  lint(draft: DraftInput, options: LintOptions): EmailLintMessage[];
  options(): LintOptions;
  language: Language;
  timeoutMs?: number;
  log?(...args: unknown[]): void;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The dialog text: a heading, then one line per error, cut at a whole line with
 * "…and N more" so the total stays within `max` characters.
 */
export function formatBlockMessage(errors: readonly EmailLintMessage[], language: Language, max = MAX_ERROR_MESSAGE): string {
  const strings = STRINGS[language];
  const heading = strings.sendBlocked;
  const lines = errors.map((error) => `• ${oneLine(String(error.message ?? error.reason ?? error.ruleId))}`);
  for (let shown = lines.length; shown >= 0; shown--) {
    const rest = lines.length - shown;
    const parts = [heading, ...lines.slice(0, shown)];
    if (rest > 0) parts.push(strings.andMore(rest));
    const text = parts.join('\n');
    if (text.length <= max) return text;
  }
  // Even the heading and the count do not fit (cannot happen with our strings): cut hard.
  return `${heading}\n${strings.andMore(lines.length)}`.slice(0, max);
}

/**
 * Runs the check for one send event and completes it exactly once: blocked with the errors,
 * or allowed when the draft is clean, the check throws, or the internal timeout fires.
 */
export async function runSendCheck(event: SendEventLike, deps: SendCheckDeps): Promise<CompletedOptions> {
  const log = deps.log ?? ((...args: unknown[]) => console.error(...args));
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let finished: CompletedOptions | undefined;
  let timer: unknown;

  const finish = (options: CompletedOptions): CompletedOptions => {
    if (finished) return finished;
    finished = options;
    // Clear the timer before completing: code after completed() may not run (classic Windows).
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    try {
      event.completed(options);
    } catch (error) {
      log('email-lint: event.completed failed', error);
    }
    return options;
  };

  const timeout = new Promise<CompletedOptions>((resolve) => {
    timer = setTimer(() => {
      timer = undefined;
      log(`email-lint: send check timed out after ${deps.timeoutMs ?? SEND_CHECK_TIMEOUT_MS} ms; allowing the send`);
      resolve(finish({ allowEvent: true }));
    }, deps.timeoutMs ?? SEND_CHECK_TIMEOUT_MS);
  });

  const check = (async (): Promise<CompletedOptions> => {
    try {
      const draft = await deps.readDraft();
      if (finished) return finished;
      const errors = deps.lint(draft, deps.options()).filter((message) => message.severity === 2);
      if (errors.length === 0) return finish({ allowEvent: true });
      return finish({
        allowEvent: false,
        errorMessage: formatBlockMessage(errors, deps.language),
        commandId: TASKPANE_COMMAND_ID,
      });
    } catch (error) {
      log('email-lint: send check failed; allowing the send', error);
      return finish({ allowEvent: true });
    }
  })();

  return Promise.race([check, timeout]);
}
