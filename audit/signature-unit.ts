// The unit a member of staff signs with, read from the signature block the core finds
// (used when `--units` does not name the sender).

import { parseDraft, profiles } from '../linter/index.js';
import type { DraftInput, ProfileName } from '../linter/types.js';

// Words that name a unit in Lithuanian and Latvian signatures (the core's unit lexicon, as stems).
const unitLine = /(^|[\s,(])(skyri|poskyri|padalin|sektori|departament|valdyb|filial|nodaļ|departament|struktūrvienīb)\p{L}*/iu;

export function signatureUnitOf(draft: DraftInput, profile: ProfileName): string | undefined {
  const parsed = parseDraft(draft, profiles[profile]);
  if (!parsed.signature) return undefined;
  for (const line of parsed.lines.slice(parsed.signature.start, parsed.signature.end)) {
    const text = line.text.trim();
    if (text.length <= 80 && unitLine.test(text) && !/@|\d{3}/.test(text)) return text.replace(/[,;]\s*$/, '');
  }
  return undefined;
}
