import { parseDraft } from './parse.js';
import { profiles } from '../profiles.js';
import type { DraftInput } from '../types.js';

/** SPEC §2: a reply when the compose type says so, the subject has a reply prefix, or it quotes history. */
export function isReplyDraft(input: DraftInput): boolean {
  return parseDraft(input, profiles.lt).isReply;
}
