// The bundled examples (examples/, run by the README's `email-lint examples/`) document the rules:
// `<rule-id>.txt` makes that rule fire (and, where possible, only that rule), `clean*.txt`, the
// `.eml` and the `.html` fire nothing. Each file is read and configured the way the CLI does it:
// the CLI's readers and its nearest-first `.emaillintrc.json` search (profile subfolders).
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, profileNames, ruleIds, ruleInfos, validateConfig, type EmailLintMessage } from '../../linter/index.js';
import { ConfigLoader } from '../../cli/config.js';
import { kindOfPath, readInput } from '../../cli/readers/read.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const files = (readdirSync(EXAMPLES, { recursive: true }) as string[])
  .filter((file) => kindOfPath(file) !== undefined)
  .map((file) => file.split('\\').join('/'))
  .sort();

const loader = new ConfigLoader({ ruleIds: ruleInfos.map((rule) => rule.id), profileNames }, (config) => validateConfig(config, ruleIds));

async function lintExample(file: string): Promise<{ profile: string; messages: EmailLintMessage[] }> {
  const path = join(EXAMPLES, file);
  const { config } = loader.forFolder(dirname(path));
  const input = await readInput(path, kindOfPath(path)!);
  return { profile: config.profile ?? 'lt', messages: lint(input.draft, config) };
}

// Where one rule cannot fire alone: a missing confidentiality notice is about personal data,
// which `personal-data` reports too (000 §72, annex 20).
const ALSO_FIRES: Record<string, string[]> = { 'confidentiality-notice': ['personal-data'] };

// Rules that are on only in one profile live in that profile's folder (SPEC §3).
const PROFILE_FOLDER: Record<string, string> = {
  'confidentiality-notice': 'lt-probacija',
  'thank-for-letter': 'lt-vmb',
  'feedback-invite': 'lv-valsts',
};

const ruleExamples = files.filter((file) => file.endsWith('.txt') && !basename(file).startsWith('clean'));
const cleanExamples = files.filter((file) => basename(file).startsWith('clean') || !file.endsWith('.txt'));

describe('examples/', () => {
  it('has rule examples, clean examples, an .eml and an .html', () => {
    expect(ruleExamples.length).toBeGreaterThan(20);
    expect(cleanExamples).toEqual(expect.arrayContaining(['clean.txt', 'lv-valsts/clean-lv.txt']));
    expect(files.some((file) => file.endsWith('.eml'))).toBe(true);
    expect(files.some((file) => file.endsWith('.html'))).toBe(true);
  });

  it.each(ruleInfos.map((rule) => rule.id))('every rule has an example: %s', (id) => {
    const folder = PROFILE_FOLDER[id];
    expect(files).toContain(folder ? `${folder}/${id}.txt` : `${id}.txt`);
  });

  describe.each(ruleExamples)('%s', (file) => {
    const id = basename(file, '.txt');
    // An example written ahead of its rule (SPEC §2) is checked once the rule is registered.
    it.skipIf(!ruleIds.has(id))(`fires ${id} and nothing else`, async () => {
      const { messages } = await lintExample(file);
      const fired = [...new Set(messages.map((message) => message.ruleId))];
      expect(fired).toContain(id);
      expect(fired.filter((other) => other !== id && !(ALSO_FIRES[id] ?? []).includes(other))).toEqual([]);
      for (const message of messages) expect(message.line).toBeGreaterThan(0);
    });
  });

  it.each(cleanExamples)('%s passes every rule of its profile', async (file) => {
    const { messages } = await lintExample(file);
    expect(messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.reason}`)).toEqual([]);
  });

  it('the profile folders choose their profile', async () => {
    expect((await lintExample('lt-vmb/thank-for-letter.txt')).profile).toBe('lt-vmb');
    expect((await lintExample('lt-probacija/confidentiality-notice.txt')).profile).toBe('lt-probacija');
    expect((await lintExample('lv-valsts/feedback-invite.txt')).profile).toBe('lv-valsts');
    expect((await lintExample('clean.txt')).profile).toBe('lt');
  });

  it('internal-thread: a known external recipient makes it an error', async () => {
    const { messages } = await lintExample('internal-thread.txt');
    expect(messages.find((message) => message.ruleId === 'internal-thread')).toMatchObject({ severity: 2, line: 17 });
  });

  it('profile-only rules stay silent under the default profile', async () => {
    // The same drafts linted with the base `lt` profile: their rule is off there.
    for (const [id, folder] of Object.entries(PROFILE_FOLDER)) {
      if (!ruleIds.has(id)) continue;
      const input = await readInput(join(EXAMPLES, folder, `${id}.txt`), 'txt');
      expect(lint(input.draft, { profile: 'lt' }).map((message) => message.ruleId)).not.toContain(id);
    }
  });
});
