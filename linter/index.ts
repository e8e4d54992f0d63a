// email-lint's public API: the same core serves the CLI, the Outlook task pane, the send-time
// check and the audit (SPEC §1). Pure TypeScript: no Node or DOM dependency.
import { rules } from './rules/index.js';
import type { RuleInfo } from './types.js';

export { lint, fix, applyFixes, ruleIds } from './lint.js';
export { ConfigError, validateConfig } from './config.js';
export { profiles, profileNames, isProfileName, languageOfProfile, type Profile } from './profiles.js';
export { parseDraft, type ParsedDraft, type RegionKind } from './draft/parse.js';
export { citation, docsUrl } from './rule.js';
export type * from './types.js';

/** Every rule's id, default severity, standard sections, description and fixability. */
export const ruleInfos: RuleInfo[] = rules.map(({ id, severity, standard, description, fixable }) => ({ id, severity, standard, description, fixable }));
