// The email-lint command line run as a real process (SPEC §4): exit codes, formats, stdin,
// encodings, bad input, --fix, --max-warnings, config errors, --list-rules, --help.

import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, openSync, ftruncateSync, closeSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ruleInfos, profileNames } from '../../linter/index.js';
import { bin, ensureBuilt, root } from './build.js';
import { buildEml } from './mime-helpers.js';
import { PARALLEL_THRESHOLD } from '../../cli/pool.js';

const fixtures = join(root, 'tests/fixtures/inputs');
const lithuanian = 'ąčęėįšųūž ĄČĘĖĮŠŲŪŽ';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process (asynchronously, so vitest's worker stays responsive). */
function run(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.LANG) delete env.LANG;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? fixtures, env, timeout: 60_000 });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // the CLI may not read stdin at all
    child.stdin.end(options.input ?? '');
  });
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: { range: [number, number]; text: string } }[];
  errorCount: number;
  warningCount: number;
}
function json(r: Run): JsonResult[] {
  try {
    return JSON.parse(r.stdout) as JsonResult[];
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 200)}\nstderr: ${r.stderr.slice(0, 2000)}`);
  }
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'email-lint-cli-'));
}

beforeAll(() => ensureBuilt(), 180_000);

describe('help, version, rules', () => {
  test('--help explains every option with an example', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const option of ['--profile', '--format', '--template', '--fix', '--max-warnings', '--config', '--from', '--to', '--internal-domain', '--lang', '--list-rules', '--help', '--version']) {
      expect(r.stdout).toContain(option);
    }
    for (const profile of profileNames) expect(r.stdout).toContain(profile);
    expect(r.stdout.match(/e\.g\. /g)!.length).toBeGreaterThanOrEqual(10);
  });

  test('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  test('--list-rules lists every rule with its severity and standard', async () => {
    const r = await run(['--list-rules', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const rule of ruleInfos) {
      expect(r.stdout).toMatch(new RegExp(`^${rule.id} +${rule.severity} .*${rule.standard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      expect(r.stdout).toContain(rule.description.en);
    }
    const asJson = JSON.parse((await run(['--list-rules', '--format', 'json'])).stdout) as { id: string }[];
    expect(asJson.map((rule) => rule.id)).toEqual(ruleInfos.map((rule) => rule.id));
  });
});

describe('exit codes and formats', () => {
  test('a clean draft exits 0 with no output', async () => {
    const r = await run(['clean.txt']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  test('lint errors exit 1; stylish names file, position, rule and summary', async () => {
    const r = await run(['--lang', 'en', 'errors.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('errors.txt\n');
    expect(r.stdout).toMatch(/^ {2}4:1 +error +.*Labas.* +greeting-informal$/m);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('json is ESLint-compatible', async () => {
    const r = await run(['--format', 'json', 'errors.txt', 'clean.txt']);
    expect(r.code).toBe(1);
    const results = json(r);
    expect(results.map((x) => x.filePath)).toEqual([join(fixtures, 'errors.txt'), join(fixtures, 'clean.txt')]);
    const [errors, clean] = results;
    expect(clean!.messages).toEqual([]);
    expect(errors!.errorCount).toBe(errors!.messages.filter((m) => m.severity === 2).length);
    for (const m of errors!.messages) {
      expect(Object.keys(m).sort()).toEqual(expect.arrayContaining(['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']));
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThanOrEqual(1);
    }
    // Positions point into the file: line 4 of errors.txt is "Labas,".
    const informal = errors!.messages.find((m) => m.ruleId === 'greeting-informal')!;
    expect(readFileSync(join(fixtures, 'errors.txt'), 'utf8').split('\n')[informal.line - 1]).toMatch(/^Labas/);
  });

  test('sarif is SARIF 2.1.0 with rules and results', async () => {
    const r = await run(['--format', 'sarif', 'errors.txt']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('email-lint');
    expect(run0.tool.driver.rules.length).toBe(ruleInfos.length);
    expect(run0.results.length).toBeGreaterThan(0);
    for (const result of run0.results) {
      expect(['error', 'warning']).toContain(result.level);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('errors.txt');
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  test('github prints workflow annotations', async () => {
    const r = await run(['--format', 'github', 'errors.txt']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=errors\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]+$/);
    }
  });

  test('--max-warnings', async () => {
    // fixable.txt has warnings only.
    const base = json(await run(['--format', 'json', 'fixable.txt']))[0]!;
    expect(base.errorCount).toBe(0);
    expect(base.warningCount).toBeGreaterThan(0);
    expect((await run(['fixable.txt'])).code).toBe(0);
    expect((await run(['--max-warnings', String(base.warningCount), 'fixable.txt'])).code).toBe(0);
    const over = await run(['--max-warnings', String(base.warningCount - 1), 'fixable.txt']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings');
  });

  test('usage errors exit 2 with one line', async () => {
    for (const args of [['--bogus'], ['--format', 'xml', 'clean.txt'], ['--profile', 'lt-kaunas', 'clean.txt'], ['--max-warnings', 'many', 'clean.txt'], ['--lang', 'de', 'clean.txt']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^email-lint: /);
      expect(r.stdout).toBe('');
    }
  });

  test('--lang changes the language of the messages', async () => {
    const en = json(await run(['--format', 'json', '--lang', 'en', 'errors.txt']))[0]!.messages[0]!.message;
    const lt = json(await run(['--format', 'json', '--lang', 'lt', 'errors.txt']))[0]!.messages[0]!.message;
    const fromLocale = json(await run(['--format', 'json', 'errors.txt'], { env: { LANG: 'en_GB.UTF-8' } }))[0]!.messages[0]!.message;
    expect(en).not.toBe(lt);
    expect(fromLocale).toBe(en);
  });
});

describe('inputs', () => {
  test('stdin: headers and body are read, positions point into the piped text', async () => {
    const text = readFileSync(join(fixtures, 'errors.txt'));
    const r = await run(['--format', 'json'], { input: text });
    expect(r.code).toBe(1);
    const [result] = json(r);
    expect(result!.filePath).toBe('<stdin>');
    expect(result!.messages).toEqual(json(await run(['--format', 'json', 'errors.txt']))[0]!.messages);
  });

  test('empty stdin is an input error', async () => {
    const r = await run([], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>: empty file');
  });

  test('.eml in every charset and transfer encoding keeps the Lithuanian letters', async () => {
    const dir = tempDir();
    const body = `Laba diena,\n\ndėkojame už laišką: ${lithuanian}.\n\nPagarbiai,\nJonas Jonaitis\nVyriausiasis specialistas\nTel. +370 5 212 3456\njonas.jonaitis@vmi.lt`;
    const names: string[] = [];
    for (const charset of ['utf-8', 'windows-1257', 'iso-8859-13', 'iso-8859-4']) {
      for (const transfer of ['quoted-printable', 'base64', '8bit'] as const) {
        const name = `${charset}-${transfer}.eml`;
        writeFileSync(join(dir, name), buildEml({ subject: `Dėl ${lithuanian}`, body, charset, transfer }));
        names.push(name);
      }
    }
    writeFileSync(join(dir, 'plain.txt'), `Tema: Dėl ${lithuanian}\n\n${body}\n`);
    const r = await run(['--format', 'json', '.'], { cwd: dir });
    const results = json(r);
    expect(results).toHaveLength(names.length + 1);
    const reference = results.find((x) => x.filePath.endsWith('plain.txt'))!;
    // A mis-decoded letter would show up as a foreign-diacritics or missing-diacritics message;
    // every encoding must give exactly the messages of the UTF-8 text.
    const shape = (x: JsonResult) => x.messages.map((m) => `${m.ruleId}:${m.message}`);
    for (const result of results) expect(shape(result), result.filePath).toEqual(shape(reference));
    expect(r.code).toBe(reference.errorCount > 0 ? 1 : 0);
  });

  test('real-world fixtures: Outlook, Gmail, Thunderbird .eml and Outlook HTML lint cleanly', async () => {
    const r = await run(['--format', 'json', 'outlook-reply-windows-1257-qp.eml', 'gmail-utf8-base64.eml', 'thunderbird-forward-iso-8859-13.eml', 'outlook-body.html']);
    for (const result of json(r)) expect(result.messages, result.filePath).toEqual([]);
    expect(r.code).toBe(0);
    const lv = await run(['--format', 'json', '--profile', 'lv-valsts', 'lv-iso-8859-4-qp.eml']);
    expect(json(lv)[0]!.messages.filter((m) => m.ruleId.includes('diacritics'))).toEqual([]);
  });

  test('a folder search skips hidden files and folders, node_modules and symbolic links', async () => {
    const dir = tempDir();
    for (const sub of ['a/.hidden', 'a/node_modules/pkg', 'a/b', 'elsewhere']) mkdirSync(join(dir, sub), { recursive: true });
    for (const file of ['a/b/clean.txt', 'a/.hidden/h.txt', 'a/.dot.txt', 'a/node_modules/pkg/n.txt', 'elsewhere/far.txt']) {
      copyFileSync(join(fixtures, 'clean.txt'), join(dir, file));
    }
    symlinkSync(join(dir, 'elsewhere/far.txt'), join(dir, 'a/link.txt'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'a/linked-folder'));
    const folder = await run(['--format', 'json', 'a'], { cwd: dir });
    expect(json(folder).map((x) => x.filePath)).toEqual([join(dir, 'a/b/clean.txt')]);
    // Named, a hidden file or a link is linted: only the folder search leaves them out.
    const named = await run(['--format', 'json', 'a/.dot.txt', 'a/link.txt'], { cwd: dir });
    expect(json(named)).toHaveLength(2);
  });

  test('a folder is searched recursively; unknown extensions are skipped there but refused by name', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    copyFileSync(join(fixtures, 'clean.txt'), join(dir, 'a/b/clean.txt'));
    copyFileSync(join(fixtures, 'errors.txt'), join(dir, 'a/ERRORS.TXT'));
    writeFileSync(join(dir, 'a/notes.md'), '# notes\n');
    const folder = await run(['--format', 'json', 'a'], { cwd: dir });
    expect(json(folder).map((x) => x.filePath)).toEqual([join(dir, 'a/ERRORS.TXT'), join(dir, 'a/b/clean.txt')]);
    expect(folder.code).toBe(1);
    const named = await run(['--format', 'json', 'a/notes.md', 'a/b/clean.txt'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toBe('email-lint: a/notes.md: unknown file type (expected .txt, .eml, .html or .htm)\n');
    expect(json(named)).toHaveLength(1);
  });

  test('globs', async () => {
    const r = await run(['--format', 'json', '*.eml']);
    const files = json(r).map((x) => x.filePath.slice(fixtures.length + 1));
    expect(files).toEqual(readdirSync(fixtures).filter((f) => f.endsWith('.eml') && f !== 'truncated.eml').sort());
    expect(r.stderr).toContain('truncated.eml: truncated MIME message');
    expect((await run(['nothing-*.txt'])).stderr).toContain('nothing-*.txt: no drafts match this pattern');
  });
});

describe('bad input: one-line reason, exit 2, the other files are still linted', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'empty-folder'));
  writeFileSync(join(dir, 'empty-folder/readme.md'), 'no drafts here');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Laba diena,\n\nD'), Buffer.from([0xeb]), Buffer.from('kojame.\n')]));
  writeFileSync(join(dir, 'empty.txt'), '');
  copyFileSync(join(fixtures, 'truncated.eml'), join(dir, 'truncated.eml'));
  writeFileSync(join(dir, 'headers-only.eml'), 'From: a@vmi.lt\r\nTo: b@gmail.com\r\nSubject: Tuščias\r\n');
  const big = openSync(join(dir, 'huge.txt'), 'w');
  ftruncateSync(big, 20 * 1024 * 1024);
  closeSync(big);
  const bigEml = openSync(join(dir, 'huge.eml'), 'w');
  ftruncateSync(bigEml, 26 * 1024 * 1024);
  closeSync(bigEml);
  writeFileSync(join(dir, 'long-body.html'), `<pre>${'Laba diena. '.repeat(91_667)}</pre>`);
  copyFileSync(join(fixtures, 'clean.txt'), join(dir, 'good.txt'));

  test.each([
    ['missing.txt', 'no such file or folder'],
    ['empty-folder', 'no drafts (.txt, .eml, .html, .htm) in this folder'],
    ['binary.txt', 'binary file'],
    ['latin1.txt', 'not valid UTF-8 (byte 0xeb at offset 14)'],
    ['empty.txt', 'empty file'],
    ['truncated.eml', 'truncated MIME message: closing boundary'],
    ['headers-only.eml', 'truncated MIME message: headers only, no body'],
    ['huge.txt', 'file too large (20.0 MB; the limit is 1.0 MB)'],
    ['huge.eml', 'file too large (26.0 MB; the limit is 25.0 MB)'],
    ['long-body.html', 'text too long (1,100,00'],
  ])('%s → %s', async (name, reason) => {
    const started = Date.now();
    const r = await run(['--format', 'json', name, 'good.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`email-lint: ${name}: ${reason}`);
    expect(json(r).map((x) => x.filePath)).toEqual([join(dir, 'good.txt')]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('configuration', () => {
  const setup = (config: string, name = '.emaillintrc.json'): string => {
    const dir = tempDir();
    writeFileSync(join(dir, name), config);
    copyFileSync(join(fixtures, 'errors.txt'), join(dir, 'errors.txt'));
    return dir;
  };

  test.each([
    ['{"profil": "lt"}', 'unknown key "profil"'],
    ['{"rules": {"greting": "error"}}', '"rules.greting": unknown rule "greting"'],
    ['{"rules": {"greeting": "fatal"}}', '"rules.greeting": bad severity "fatal"'],
    ['{"profile": "lt-kaunas"}', '"profile": unknown profile "lt-kaunas"'],
    ['{"profile": "lt",}', 'invalid JSON'],
  ])('%s → exit 2 naming the file and key', async (config, reason) => {
    const dir = setup(config);
    const found = await run(['errors.txt'], { cwd: dir });
    expect(found.code).toBe(2);
    expect(found.stderr).toMatch(new RegExp(`^email-lint: \\.emaillintrc\\.json: .*${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const explicit = await run(['--config', join(dir, '.emaillintrc.json'), join(fixtures, 'clean.txt')], { cwd: tmpdir() });
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toContain('.emaillintrc.json: ');
  });

  test('a config turns rules off; package.json emailLint; --config overrides the search', async () => {
    const allOff = JSON.stringify({ rules: Object.fromEntries(ruleInfos.map((r) => [r.id, 'off'])) });
    const dir = setup(allOff);
    expect(await run(['errors.txt'], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
    const pkgDir = setup(JSON.stringify({ name: 'templates', emailLint: JSON.parse(allOff) }), 'package.json');
    expect((await run(['errors.txt'], { cwd: pkgDir })).code).toBe(0);
    const strict = join(tempDir(), 'strict.json');
    writeFileSync(strict, '{"profile": "lt"}');
    expect((await run(['--config', strict, 'errors.txt'], { cwd: dir })).code).toBe(1);
    expect((await run(['--config', join(dir, 'missing.json'), 'errors.txt'], { cwd: dir })).stderr).toContain('missing.json: no such file');
  });

  test('--profile overrides the config profile', async () => {
    const dir = setup('{"profile": "lv-valsts"}');
    const lv = json(await run(['--format', 'json', 'errors.txt'], { cwd: dir }))[0]!;
    const lt = json(await run(['--format', 'json', '--profile', 'lt', 'errors.txt'], { cwd: dir }))[0]!;
    expect(lt.messages.map((m) => m.ruleId)).toEqual(json(await run(['--format', 'json', 'errors.txt']))[0]!.messages.map((m) => m.ruleId));
    expect(lv.messages.map((m) => m.message)).not.toEqual(lt.messages.map((m) => m.message));
  });
});

describe('--template', () => {
  test('placeholders are reported in a draft and expected in a template', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'template.txt'),
      readFileSync(join(fixtures, 'clean.txt'), 'utf8').replace('per kelias minutes.', 'iki <...> (data).').replace('Jonas Jonaitis\n', '[Vardas Pavardė]\n'),
    );
    const draft = json(await run(['--format', 'json', 'template.txt'], { cwd: dir }))[0]!;
    expect(draft.messages.filter((m) => m.ruleId === 'placeholder').length).toBeGreaterThan(0);
    const template = await run(['--format', 'json', '--template', 'template.txt'], { cwd: dir });
    expect(json(template)[0]!.messages.filter((m) => m.ruleId === 'placeholder')).toEqual([]);
  });
});

describe('--from, --to, --internal-domain', () => {
  test('recipients and internal domains from the command line drive internal-thread', async () => {
    const dir = tempDir();
    // A reply whose quoted history is a forward between two colleagues at vmb.lt.
    writeFileSync(
      join(dir, 'reply.txt'),
      [
        'Laba diena, gerb. Petrai,', '', 'informuojame, kad stogas bus suremontuotas iki birželio 15 d.', '',
        'Pagarbiai,', 'Jonas Jonaitis', 'Vyriausiasis specialistas', 'Tel. +370 5 212 3456', 'jonas.jonaitis@vmb.lt', '',
        '-----Original Message-----', 'From: Ona Onaitė <ona.onaite@vmb.lt>', 'Sent: Monday, May 6, 2024 11:02 AM',
        'To: Jonas Jonaitis <jonas.jonaitis@vmb.lt>', 'Subject: FW: Dėl stogo', '', 'Jonai, atsakyk klientui.', '',
      ].join('\n'),
    );
    const thread = async (...args: string[]) =>
      json(await run(['--format', 'json', ...args, 'reply.txt'], { cwd: dir }))[0]!.messages.filter((m) => m.ruleId === 'internal-thread');
    const severities = async (...args: string[]) => (await thread(...args)).map((m) => m.severity);
    // Recipients unknown: a warning; an external recipient: an error; only colleagues: nothing.
    expect(await severities('--from', 'jonas@vmb.lt')).toEqual([1]);
    expect(await severities('--from', 'jonas@vmb.lt', '--to', 'petras@gmail.com')).toEqual([2]);
    expect(await severities('--from', 'jonas@vmb.lt', '--to', 'kolega@vmb.lt')).toEqual([]);
    expect(await severities('--internal-domain', 'vmb.lt', '--to', 'kolega@vmb.lt,petras@gmail.com')).toEqual([2]);
    // --to overrides a To: header in the file.
    writeFileSync(join(dir, 'reply.txt'), `To: kolega@vmb.lt\nFrom: jonas@vmb.lt\n\n${readFileSync(join(dir, 'reply.txt'), 'utf8')}`);
    expect(await severities()).toEqual([]);
    expect(await severities('--to', 'petras@gmail.com')).toEqual([2]);
  });
});

describe('--fix', () => {
  test('fixes a .txt in place; a second run changes nothing; CRLF, BOM and mode kept', async () => {
    const dir = tempDir();
    for (const name of ['fixable.txt', 'fixable-crlf-bom.txt', 'clean.txt']) copyFileSync(join(fixtures, name), join(dir, name));
    chmodSync(join(dir, 'fixable.txt'), 0o640);
    const before = await run(['--format', 'json', '.'], { cwd: dir });
    expect(json(before).some((x) => x.messages.some((m) => m.fix))).toBe(true);
    const cleanBefore = statSync(join(dir, 'clean.txt')).mtimeMs;

    const first = await run(['--fix', '--format', 'json', '.'], { cwd: dir });
    expect(first.code).toBe(0);
    for (const result of json(first)) expect(result.messages.filter((m) => m.fix)).toEqual([]);
    const fixedBytes = Object.fromEntries(['fixable.txt', 'fixable-crlf-bom.txt', 'clean.txt'].map((n) => [n, readFileSync(join(dir, n))]));
    expect(fixedBytes['fixable.txt']!.toString('utf8')).toMatch(/^Laba diena,\n\ndėkojame/);
    const crlf = fixedBytes['fixable-crlf-bom.txt']!;
    expect([...crlf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.toString('utf8')).toContain('Laba diena,\r\n\r\ndėkojame');
    expect(crlf.toString('utf8').replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(join(dir, 'fixable.txt')).mode & 0o777).toBe(0o640);
    expect(statSync(join(dir, 'clean.txt')).mtimeMs).toBe(cleanBefore); // never written when nothing changed
    expect(readdirSync(dir).sort()).toEqual(['clean.txt', 'fixable-crlf-bom.txt', 'fixable.txt']); // no temp files left

    const second = await run(['--fix', '.'], { cwd: dir });
    expect(second.code).toBe(0);
    for (const [name, bytes] of Object.entries(fixedBytes)) expect(readFileSync(join(dir, name)).equals(bytes), name).toBe(true);
  });

  test('stdin + --fix prints the fixed text on stdout', async () => {
    const input = readFileSync(join(fixtures, 'fixable.txt'), 'utf8');
    const r = await run(['--fix'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(input.replace('Laba diena\n\nDėkojame', 'Laba diena,\n\ndėkojame'));
  });

  test('.eml and .html are linted but not rewritten', async () => {
    const dir = tempDir();
    copyFileSync(join(fixtures, 'outlook-body.html'), join(dir, 'body.html'));
    const before = readFileSync(join(dir, 'body.html'));
    const r = await run(['--fix', 'body.html'], { cwd: dir });
    expect(r.stderr).toContain('--fix writes only .txt files; 1 .eml/.html file was linted without writing fixes');
    expect(readFileSync(join(dir, 'body.html')).equals(before)).toBe(true);
  });
});

describe('many files', () => {
  test('more than PARALLEL_THRESHOLD files are linted in worker threads beside the main thread; output keeps input order and results', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const sources = ['clean.txt', 'errors.txt', 'fixable.txt', 'gmail-utf8-base64.eml', 'outlook-body.html'];
    const names: string[] = [];
    for (let i = 0; i <= PARALLEL_THRESHOLD; i++) {
      const source = sources[i % sources.length]!;
      const name = `d${String(i).padStart(3, '0')}${source.slice(source.lastIndexOf('.'))}`;
      copyFileSync(join(fixtures, source), join(dir, name));
      names.push(name);
    }
    writeFileSync(join(dir, 'd9999.txt'), Buffer.from([0xff, 0xfe, 0x00]));
    const pooled = await run(['--format', 'json', '--lang', 'en', '.'], { cwd: dir, env: { EMAIL_LINT_THREADS: '2', EMAIL_LINT_DEBUG: '1' } });
    expect(pooled.code).toBe(2);
    // EMAIL_LINT_THREADS=2: the main thread and one worker from the first file; both lint.
    const mode = /^email-lint: linted (\d+) inputs \(main thread and 1 worker thread, (\d+) in workers\) in \d+ ms\n/.exec(pooled.stderr);
    expect(mode, pooled.stderr).not.toBeNull();
    expect(Number(mode![1])).toBe(PARALLEL_THRESHOLD + 2);
    expect(Number(mode![2])).toBeGreaterThan(0);
    expect(Number(mode![2])).toBeLessThan(PARALLEL_THRESHOLD + 2);
    expect(pooled.stderr).toContain('\nemail-lint: d9999.txt: binary file (not a text draft)\n');
    const results = json(pooled);
    expect(results.map((x) => x.filePath)).toEqual(names.map((n) => join(dir, n)));
    // The same messages as linting each source in-process.
    const single: Record<string, JsonResult['messages']> = {};
    for (const source of sources) single[source] = json(await run(['--format', 'json', '--lang', 'en', source]))[0]!.messages;
    results.forEach((result, i) => expect(result.messages).toEqual(single[sources[i % sources.length]!]));
  });
});

describe('start-up', () => {
  test('the built CLI is bundled: a .txt run loads main.js and a few chunks, not the .eml/.html readers, nothing from node_modules', async () => {
    // scripts/bundle-cli.mjs: as 125 separate modules, loading took most of a one-file run.
    const dir = tempDir();
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(hooks, "export async function load(url, context, next) { if (url.startsWith('file:')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n");
    const register = join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    const loaded = await new Promise<string[]>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', register, bin, join(fixtures, 'clean.txt')], { env: { ...process.env, NO_COLOR: '1' } });
      const err: Buffer[] = [];
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (code) => {
        const text = Buffer.concat(err).toString('utf8');
        if (code !== 0) reject(new Error(`exit ${code}: ${text}`));
        resolve(text.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice('LOADED file://'.length)));
      });
    });
    const ours = loaded.filter((path) => path.startsWith(root)).map((path) => path.slice(root.length + 1));
    expect(ours.slice(0, 2)).toEqual(['bin/email-lint.js', 'dist/cli/main.js']);
    const chunks = ours.slice(2);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(6);
    for (const chunk of chunks) expect(chunk).toMatch(/^dist\/cli\/chunks\/(?!eml-|html-)[\w-]+\.js$/);
  });

  test('a one-file run loads none of the built-in modules only --fix, the worker pool or the debug timer need', async () => {
    // node:crypto (--fix's temp names), node:worker_threads (≥ 200 files) and perf_hooks (the
    // EMAIL_LINT_DEBUG timer) cost a one-file run about 20 ms of its start-up together.
    const dir = tempDir();
    const report = join(dir, 'report.mjs');
    writeFileSync(report, "process.on('exit', () => process.stderr.write('BUILTINS ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(' ') + '\\n'));\n");
    const builtins = (env: NodeJS.ProcessEnv, args: string[]): Promise<string[]> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', report, bin, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
        const err: Buffer[] = [];
        child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
        child.on('error', reject);
        child.on('close', () => {
          const line = Buffer.concat(err).toString('utf8').split('\n').find((l) => l.startsWith('BUILTINS '));
          if (!line) reject(new Error('no module list'));
          else resolve(line.slice('BUILTINS '.length).split(' '));
        });
      });
    const plain = await builtins({}, [join(fixtures, 'clean.txt')]);
    for (const name of ['crypto', 'worker_threads', 'perf_hooks']) expect(plain).not.toContain(name);
    // The same run with --fix on a copy, and with the debug timer, does load them.
    const copy = join(dir, 'draft.txt');
    writeFileSync(copy, readFileSync(join(fixtures, 'clean.txt')).toString('utf8').replace('per kelias minutes.', 'per kelias minutes :)'));
    expect(await builtins({}, ['--fix', copy])).toContain('crypto');
    expect(readFileSync(copy, 'utf8')).toContain('per kelias minutes\n');
    expect(await builtins({ EMAIL_LINT_DEBUG: '1' }, [join(fixtures, 'clean.txt')])).toContain('perf_hooks');
  });

  test('`email-lint audit` still loads the audit, which stays outside the bundle', async () => {
    const r = await run(['audit', 'missing.mbox'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('email-lint audit: cannot read missing.mbox: no such file or folder\n');
  });
});
