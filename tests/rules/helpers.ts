// Tiny helpers shared by the rule tests.
import { lint, type DraftInput, type LintOptions } from '../../linter/index.js';

const asDraft = (draft: string | DraftInput): DraftInput => (typeof draft === 'string' ? { body: draft } : draft);

/** Rule ids reported for a draft. */
export function ids(draft: string | DraftInput, options: LintOptions = {}): string[] {
  return lint(asDraft(draft), options).map((message) => message.ruleId);
}

/** Messages of one rule. */
export function only(id: string, draft: string | DraftInput, options: LintOptions = {}) {
  return lint(asDraft(draft), options).filter((message) => message.ruleId === id);
}

/** A clean Lithuanian letter around `content`, for rules that judge the content. */
export function letter(content: string, signature = 'Jonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456'): string {
  return `Laba diena, gerb. Ona,\n\n${content}\n\nPagarbiai,\n${signature}`;
}
