// The README's examples are run as tests: every `email-lint` command in its shell blocks (in a
// scratch copy of examples/, so `--fix` touches no repository file), and its library snippet.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function blocks(language: string): string[] {
  return [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
}

const commands = blocks('sh')
  .flatMap((block) => block.split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.includes('node bin/email-lint.js') && !line.includes(' audit '));

describe('README', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'email-lint-readme-'));
  cpSync(join(root, 'examples'), join(scratch, 'examples'), { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('shows the CLI at work', () => expect(commands.length).toBeGreaterThanOrEqual(8));

  it.each(commands)('%s', (command) => {
    const result = spawnSync('bash', ['-c', command.replaceAll('node bin/email-lint.js', `node ${JSON.stringify(join(root, 'bin/email-lint.js'))}`)], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    // 0 clean, 1 lint errors (the examples break rules on purpose); 2 would be a usage error.
    expect(result.stderr).not.toMatch(/internal error/);
    expect([0, 1], result.stderr).toContain(result.status);
    const redirect = /> (\S+)$/.exec(command);
    if (redirect) expect(statSync(join(scratch, redirect[1]!)).size).toBeGreaterThan(100);
    // A clean draft prints nothing (as ESLint does); problems are always shown.
    else if (result.status === 1) expect(result.stdout.length).toBeGreaterThan(0);
    if (/clean|--template|--help|--list-rules/.test(command)) expect(result.status).toBe(0);
  });

  it('--fix from the README changed the scratch copy and a second run changes nothing', () => {
    const file = join(scratch, 'examples/greeting-case.txt');
    const before = readFileSync(join(root, 'examples/greeting-case.txt'), 'utf8');
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    spawnSync('node', [join(root, 'bin/email-lint.js'), file, '--fix']);
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it('the library snippet runs', async () => {
    const [snippet] = blocks('ts');
    const path = join(root, 'tests', `.readme-snippet-${process.pid}.ts`);
    writeFileSync(path, snippet!.replace("'./linter/index.js'", "'../linter/index.js'"));
    const log: unknown[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void log.push(args.join(' '));
    try {
      await import(path);
    } finally {
      console.log = original;
      rmSync(path, { force: true });
    }
    expect(log.join('\n')).toMatch(/greeting-informal/);
    expect(log).toContain('Laba diena,\n\ndėkojame už laišką.');
  });
});
