// Acceptance check: the built CLI on a corpus of realistic drafts written from SPEC.md and the
// standards only (see README.md here). The bar is the product's: ≥ 95 % of the
// (draft × rule id) expectations met, each rule id judged "fires" / "stays silent".
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, formatReport, loadExpectations, score, type ScoreResult } from './score.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

describe('acceptance corpus', () => {
  const expectations = loadExpectations();

  it('has an expectation for every draft and a draft for every expectation', () => {
    const drafts = readdirSync(path.join(HERE, 'drafts')).sort();
    expect(Object.keys(expectations).sort()).toEqual(drafts);
    for (const [file, e] of Object.entries(expectations)) {
      for (const id of e.fires) expect(RULE_IDS, `${file}: unknown rule id ${id}`).toContain(id);
    }
  });

  it('makes every rule fire in at least two drafts and stay silent in many', () => {
    for (const id of RULE_IDS) {
      const firing = Object.values(expectations).filter((e) => e.fires.includes(id)).length;
      expect(firing, id).toBeGreaterThanOrEqual(2);
    }
    const clean = Object.values(expectations).filter((e) => e.fires.length === 0).length;
    expect(clean).toBeGreaterThanOrEqual(20);
  });

  it.runIf(existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))(
    'the CLI meets ≥ 95 % of the expectations',
    () => {
      const result: ScoreResult = score();
      const report = formatReport(result);
      // The whole table goes to the test log so that a failure says which rule and draft.
      console.log(report);
      expect(result.errors, report).toEqual([]);
      expect(result.overall.total).toBe(Object.keys(expectations).length * RULE_IDS.length);
      expect(result.overall.percent, report).toBeGreaterThanOrEqual(95);
    },
    180_000,
  );
});
