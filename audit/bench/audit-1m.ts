// Benchmark (issue 4): audit a generated mbox of 1,000,000 messages on all cores and report
// time, rate, peak RSS (sampled every 100 ms; worker threads share the process) and whether the
// figures match the generator's plan.
//
//   npm run audit:bench                      # 1,000,000 messages
//   node dist/audit/bench/audit-1m.js --messages 100000 [--workers 2] [--dir /tmp/x] [--stream]
//
// The mbox is generated once into --dir (default $TMPDIR/email-lint-audit-bench) and reused;
// generation is not timed. --stream audits a generated stream instead of a file (no disk).

import { existsSync, statSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lint, ruleInfos } from '../../linter/index.js';
import type { RuleMeta } from '../aggregate.js';
import { expectedFigures, INTERNAL_DOMAIN, mboxChunks, unitsMap, writeMbox, type GenerateOptions } from '../generate.js';
import { expandInputs, runAuditPipeline, type AuditInput } from '../run.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: String(availableParallelism()) },
    dir: { type: 'string', default: join(tmpdir(), 'email-lint-audit-bench') },
    stream: { type: 'boolean', default: false },
  },
});
const options: GenerateOptions = { messages: Number(values.messages), seed: Number(values.seed) };
const workers = Number(values.workers);
const log = (line: string): void => void process.stdout.write(`${line}\n`);

let inputs: AuditInput[];
if (values.stream) {
  inputs = [{ name: `generated-stream-${options.messages}`, kind: 'mbox', size: 0, open: () => mboxChunks(options) }];
} else {
  await mkdir(values.dir!, { recursive: true });
  const file = join(values.dir!, `sent-${options.messages}-seed${options.seed}.mbox`);
  if (!existsSync(file)) {
    const started = Date.now();
    await writeMbox(`${file}.part`, options);
    await rename(`${file}.part`, file);
    log(`generated ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  log(`input: ${file} (${(statSync(file).size / 1024 ** 2).toFixed(0)} MiB)`);
  inputs = await expandInputs([file]);
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 100);
const cpuBefore = process.cpuUsage();
const started = performance.now();
let lastLog = started;
const aggregate = await runAuditPipeline({
  inputs,
  settings: { lintOptions: { profile: 'lt' }, internalDomains: [INTERNAL_DOMAIN], units: unitsMap(), examplesPerRule: 3 },
  workers,
  lint,
  onProgress: (messages) => {
    const now = performance.now();
    if (now - lastLog > 30_000) {
      lastLog = now;
      log(`  ${messages} messages after ${((now - started) / 1000).toFixed(0)} s (rss ${(process.memoryUsage().rss / 1024 ** 2).toFixed(0)} MiB)`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const cpu = process.cpuUsage(cpuBefore);

const summary = aggregate.summary({ profile: 'lt', inputs: inputs.map((i) => i.name), rules: ruleInfos as RuleMeta[] });
const expected = expectedFigures(options);
const got = Object.fromEntries(summary.rules.map((r) => [r.id, r.messages]));
const ruleIds = [...new Set([...Object.keys(got), ...Object.keys(expected.rules)])].sort();
const mismatches = ruleIds.filter((id) => got[id] !== expected.rules[id]).map((id) => `${id}: got ${got[id] ?? 0}, planned ${expected.rules[id] ?? 0}`);
if (summary.totals.linted !== expected.linted) mismatches.push(`checked: got ${summary.totals.linted}, planned ${expected.linted}`);
if (summary.totals.compliant !== expected.compliant) mismatches.push(`compliant: got ${summary.totals.compliant}, planned ${expected.compliant}`);

log(`messages: ${summary.totals.messages} (checked ${summary.totals.linted}, skipped ${summary.totals.skipped}, unreadable ${summary.totals.unreadable})`);
log(`workers: ${workers} on ${availableParallelism()} cores`);
log(`wall: ${seconds.toFixed(1)} s — ${Math.round(summary.totals.messages / seconds)} messages/s`);
log(`cpu: user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / 1e3 / summary.totals.messages).toFixed(2)} ms CPU per message)`);
log(`peak rss (sampled): ${(peakRss / 1024 ** 2).toFixed(0)} MiB`);
log(`compliance ${((summary.totals.complianceRate ?? 0) * 100).toFixed(2)} % (planned ${((expected.compliant / expected.linted) * 100).toFixed(2)} %)`);
log(mismatches.length ? `figures DIFFER from the plan:\n  ${mismatches.join('\n  ')}` : 'figures match the plan exactly');
