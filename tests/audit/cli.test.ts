// The built command (`node dist/audit/cli.js`, the same `runAudit` the CLI dispatches to) with
// worker threads: an mbox and a folder of .eml files, JSON/CSV/HTML written, figures as planned.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectedFigures, INTERNAL_DOMAIN, planMessage, renderMessage, unitsMap, writeMbox, type GenerateOptions } from '../../audit/generate.js';
import type { AuditSummary } from '../../audit/aggregate.js';

const run = promisify(execFile);
const cli = new URL('../../dist/audit/cli.js', import.meta.url).pathname;

describe.skipIf(!existsSync(cli))('email-lint audit (built, worker threads)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'audit-cli-'));
  const options: GenerateOptions = { messages: 800, seed: 11 };
  await writeMbox(join(dir, 'sent.mbox'), options);
  await writeFile(join(dir, 'units.json'), JSON.stringify(unitsMap()));
  // A folder of .eml files: a second small export (seed 12), one message per file, plus a broken one.
  const emlOptions: GenerateOptions = { messages: 40, seed: 12, malformedAt: -1 };
  await mkdir(join(dir, 'eml'));
  for (let i = 0; i < emlOptions.messages; i++) await writeFile(join(dir, 'eml', `${String(i).padStart(3, '0')}.eml`), Buffer.from(renderMessage(planMessage(i, emlOptions), emlOptions), 'latin1'));
  await writeFile(join(dir, 'eml', 'broken.eml'), '\x00\x01 not a message');

  const { stderr } = await run(process.execPath, [cli, 'sent.mbox', 'eml', '--profile', 'lt', '--internal-domain', INTERNAL_DOMAIN, '--units', 'units.json', '--out', 'report.html', '--json', 'report.json', '--csv', 'report.csv', '--lang', 'lv', '--workers', '2'], { cwd: dir });
  const summary = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as AuditSummary;
  const a = expectedFigures(options);
  const b = expectedFigures(emlOptions);

  it('counts both inputs, skips and unreadable messages', () => {
    expect(summary.totals.messages).toBe(a.messages + b.messages + 1);
    expect(summary.totals.linted).toBe(a.linted + b.linted);
    expect(summary.totals.compliant).toBe(a.compliant + b.compliant);
    expect(summary.skipped['auto-reply']).toBe(a.skipped['auto-reply'] + b.skipped['auto-reply']);
    expect(summary.totals.unreadable).toBe(2);
    expect(summary.unreadable.items.map((u) => [u.source, u.reason])).toEqual([
      ['sent.mbox', 'no-headers'],
      [join('eml', 'broken.eml'), 'no-headers'],
    ]);
    expect(stderr).toMatch(/841 messages/);
    expect(stderr).not.toContain('\r'); // no progress bar when stderr is not a terminal
  });

  it('reports each planted rule at its planned rate', () => {
    const planned = Object.fromEntries([...new Set([...Object.keys(a.rules), ...Object.keys(b.rules)])].map((id) => [id, (a.rules[id] ?? 0) + (b.rules[id] ?? 0)]));
    expect(Object.fromEntries(summary.rules.map((r) => [r.id, r.messages]))).toEqual(planned);
  });

  it('writes a self-contained Latvian HTML report and a CSV', async () => {
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="lv">');
    expect(html).toContain('Atbilst standartam');
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).not.toMatch(/\b[1-6]\d{10}\b/); // no personal code
    const csv = await readFile(join(dir, 'report.csv'), 'utf8');
    expect(csv).toContain(`totals,messages,,,,${summary.totals.messages}`);
  });

  it('exits 2 with a one-line reason on a usage error', async () => {
    await expect(run(process.execPath, [cli, 'missing.mbox'], { cwd: dir })).rejects.toMatchObject({ code: 2, stderr: 'email-lint audit: cannot read missing.mbox: no such file or folder\n' });
  });
});
