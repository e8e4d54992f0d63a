// Lints one input: read → draft → core lint (and --fix loop for .txt). Used in-process and
// by worker threads, so tasks and outcomes are plain data.

import { applyFixes, lint } from '../linter/index.js';
import type { DraftInput, Fix, LintOptions } from '../linter/types.js';
import { InputError } from './readers/bytes.js';
import { readInput, readInputBytes, type InputKind, type ReadInput } from './readers/read.js';
import { parseTxtDraft } from './readers/txt.js';
import { summarise, toResultMessages, type FileResult } from './results.js';
import { writeFileAtomic } from './write.js';

/** Values from the command line that replace what the input says. */
export interface DraftOverrides {
  from?: string;
  to?: string[];
}

export interface LintTask {
  /** Absolute path, or `<stdin>` with `stdin` set. */
  path: string;
  displayPath: string;
  kind: InputKind;
  options: LintOptions;
  overrides: DraftOverrides;
  fix: boolean;
  stdin?: Uint8Array;
}

export type TaskOutcome = { ok: true; result: FileResult } | { ok: false; displayPath: string; reason: string };

/** --fix repeats lint → apply until nothing changes, at most this many times. */
export const MAX_FIX_PASSES = 10;

function withOverrides(draft: DraftInput, overrides: DraftOverrides): DraftInput {
  const out = { ...draft };
  if (overrides.from !== undefined) out.from = overrides.from;
  if (overrides.to !== undefined) out.to = overrides.to;
  return out;
}

/** Applies fixes to a .txt text until stable; returns the final text. */
export function fixText(text: string, options: LintOptions, overrides: DraftOverrides): string {
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const messages = lint(withOverrides(parseTxtDraft(current), overrides), options);
    const fixes = messages.map((m) => m.fix).filter((f): f is Fix => f !== undefined);
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next === current) break;
    current = next;
  }
  return current;
}

export async function lintTask(task: LintTask): Promise<TaskOutcome> {
  let input: ReadInput;
  try {
    input = task.stdin ? await readInputBytes(task.stdin, task.kind) : await readInput(task.path, task.kind);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, displayPath: task.displayPath, reason: error.message };
    return { ok: false, displayPath: task.displayPath, reason: `cannot read: ${(error as Error).message}` };
  }
  try {
    let draft = withOverrides(input.draft, task.overrides);
    let fixed = false;
    let output: string | undefined;
    if (task.fix && input.kind === 'txt' && input.text !== undefined) {
      const text = fixText(input.text, task.options, task.overrides);
      if (task.stdin) output = (input.bom ? '\uFEFF' : '') + text;
      if (text !== input.text) {
        fixed = true;
        if (!task.stdin) {
          const bytes = new TextEncoder().encode((input.bom ? '\uFEFF' : '') + text);
          await writeFileAtomic(task.path, bytes, input.mode ?? 0o644);
        }
        draft = withOverrides(parseTxtDraft(text), task.overrides);
      }
    }
    const result = summarise(task.path, task.displayPath, toResultMessages(lint(draft, task.options)));
    if (fixed) result.fixed = true;
    if (output !== undefined) result.output = output;
    return { ok: true, result };
  } catch (error) {
    // A bug in a rule must not stop the other files: report it as this file's error.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, displayPath: task.displayPath, reason: `internal error while linting (${reason})` };
  }
}

/**
 * Lints tasks one after another, results in input order. Reading is synchronous, so nothing would
 * overlap by keeping several in flight. A throw nobody expected becomes that file's error.
 */
export async function lintTasks(tasks: readonly LintTask[]): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = [];
  for (const task of tasks) outcomes.push(await lintTaskSafely(task));
  return outcomes;
}

/** `lintTask`, with a throw nobody expected turned into that file's error. */
export async function lintTaskSafely(task: LintTask): Promise<TaskOutcome> {
  try {
    return await lintTask(task);
  } catch (error) {
    return { ok: false, displayPath: task.displayPath, reason: `internal error (${String(error)})` };
  }
}
