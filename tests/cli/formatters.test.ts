import { describe, expect, test } from 'vitest';
import { escapeData, escapeProperty, github } from '../../cli/formatters/github.js';
import { json } from '../../cli/formatters/json.js';
import { sarif } from '../../cli/formatters/sarif.js';
import { stylish } from '../../cli/formatters/stylish.js';
import { summarise, type FormatContext } from '../../cli/results.js';
import type { RuleInfo } from '../../linter/types.js';

const rules: RuleInfo[] = [
  { id: 'greeting', severity: 'error', standard: '000 §70.3', fixable: false, description: { lt: 'Pasisveikinimas', lv: 'Sveiciens', en: 'Greeting' } },
  { id: 'polite-you', severity: 'warning', standard: '000 §66.5', fixable: true, description: { lt: 'Jūs', lv: 'Jūs', en: 'Polite you' } },
];
const cwd = '/work/repo';
const context: FormatContext = { cwd, color: false, rules, version: '1.2.3' };
const results = [
  summarise('/work/repo/drafts/a, b:c%.txt', 'drafts/a, b:c%.txt', [
    { ruleId: 'greeting', severity: 2, message: 'No greeting\nat all: 100%', line: 1, column: 1, endLine: 1, endColumn: 5 },
    { ruleId: 'polite-you', severity: 1, message: 'Write Jūs', line: 3, column: 10, endLine: 3, endColumn: 13, fix: { range: [40, 43], text: 'Jūs' } },
  ]),
  summarise('/work/repo/clean.txt', 'clean.txt', []),
];

describe('formatters', () => {
  test('counts', () => {
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1 });
  });

  test('stylish groups per file and summarises', () => {
    const out = stylish(results, context);
    expect(out).toContain('drafts/a, b:c%.txt\n');
    expect(out).toMatch(/ {2}1:1 {3}error {4}No greeting at all: 100% +greeting\n/);
    expect(out).toMatch(/ {2}3:10 {2}warning {2}Write Jūs +polite-you\n/);
    expect(out).toContain('✖ 2 problems (1 error, 1 warning)');
    expect(out).toContain('0 errors and 1 warning potentially fixable');
    expect(out).not.toContain('\u001b[');
    expect(out).not.toContain('clean.txt');
    expect(stylish([results[1]!], context)).toBe('');
    expect(stylish(results, { ...context, color: true })).toContain('\u001b[');
  });

  test('json is ESLint-shaped', () => {
    const parsed = JSON.parse(json(results, context));
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toEqual({
      filePath: '/work/repo/drafts/a, b:c%.txt',
      messages: [
        { ruleId: 'greeting', severity: 2, message: 'No greeting\nat all: 100%', line: 1, column: 1, endLine: 1, endColumn: 5 },
        { ruleId: 'polite-you', severity: 1, message: 'Write Jūs', line: 3, column: 10, endLine: 3, endColumn: 13, fix: { range: [40, 43], text: 'Jūs' } },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
      usedDeprecatedRules: [],
    });
  });

  test('sarif 2.1.0', () => {
    const log = JSON.parse(sarif(results, context));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'email-lint', version: '1.2.3' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['greeting', 'polite-you']);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
    }
    expect(run.results).toHaveLength(2);
    expect(run.results[0]).toMatchObject({
      ruleId: 'greeting',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'No greeting\nat all: 100%' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'drafts/a,%20b:c%25.txt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 },
          },
        },
      ],
    });
    expect(run.results[1].level).toBe('warning');
  });

  test('sarif: a file outside the working folder gets an absolute file URI', () => {
    const log = JSON.parse(sarif([summarise('/elsewhere/x.txt', '/elsewhere/x.txt', results[0]!.messages)], context));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x.txt' });
  });

  test('github annotations escape data and properties', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    const lines = github(results, context).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=drafts/a%2C b%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=5,title=greeting::No greeting%0Aat all: 100%25',
      '::warning file=drafts/a%2C b%3Ac%25.txt,line=3,col=10,endLine=3,endColumn=13,title=polite-you::Write Jūs',
    ]);
  });
});
