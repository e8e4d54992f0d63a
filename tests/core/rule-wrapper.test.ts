// The wrapper every rule runs through (linter/rule.ts `RuleRunner`): it stamps what
// unified-lint-rule's `lintRule` stamped, and a rule that throws costs only its own messages.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseDraft } from '../../linter/draft/parse.js';
import { profiles } from '../../linter/profiles.js';
import { defineRule, docsUrl, RuleRunner, type EmailTree, type Settings } from '../../linter/rule.js';

const settings: Settings = {
  language: 'en',
  template: false,
  internalDomains: [],
  signatureFields: ['name'],
  allowedWords: new Set(),
  allowedNames: new Set(),
  noDiacriticsRequested: false,
};
const tree = (): EmailTree => ({ type: 'email', draft: parseDraft({ body: 'Laba diena,\n\ntekstas' }, profiles.lt), settings });
const message = { lt: 'x', lv: 'x', en: 'first line' };

const reporting = defineRule({
  id: 'greeting',
  severity: 'warning',
  standard: '000 §70.3',
  fixable: false,
  maxReports: 2,
  description: message,
  check({ report }) {
    for (let i = 0; i < 5; i++) report({ start: 0, end: 5, message });
  },
});
const throwing = defineRule({
  id: 'all-caps',
  severity: 'error',
  standard: '000 §70.7',
  fixable: false,
  description: message,
  check() {
    throw new Error('a bug in the rule');
  },
});

describe('RuleRunner', () => {
  it("stamps the rule's id, source, url and severity, and keeps at most maxReports messages", () => {
    const file = new VFile();
    // One runner for both, as for a draft's rules: each rule gets its own maxReports.
    const runner = new RuleRunner(tree(), file);
    runner.run(reporting as never, false, undefined);
    runner.run(reporting as never, true, undefined);
    expect(file.messages).toHaveLength(4);
    expect(file.messages.map((m) => [m.ruleId, m.source, m.url, m.fatal])).toEqual([
      ['greeting', 'email-lint', docsUrl('greeting'), false],
      ['greeting', 'email-lint', docsUrl('greeting'), false],
      ['greeting', 'email-lint', docsUrl('greeting'), true],
      ['greeting', 'email-lint', docsUrl('greeting'), true],
    ]);
    expect(file.messages[0]!.reason).toBe('first line (000 §70.3)');
  });

  it("turns a rule's exception into a message of that rule; the rules after it still run", () => {
    const file = new VFile();
    const draft = tree();
    const runner = new RuleRunner(draft, file);
    expect(() => runner.run(throwing as never, true, undefined)).not.toThrow();
    runner.run(reporting as never, false, undefined);
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['all-caps', true],
      ['greeting', false],
      ['greeting', false],
    ]);
    expect(file.messages[0]!.reason).toBe('a bug in the rule');
    expect((file.messages[0] as { field?: string }).field).toBe('body');
  });
});
