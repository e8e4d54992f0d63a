import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesDoc } from '../../scripts/rules-doc.js';

describe('docs/rules.md', () => {
  it('is generated from the rules and examples (run `npx tsx scripts/rules-doc.ts` after a change)', () => {
    expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(rulesDoc());
  });
});
