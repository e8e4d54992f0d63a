// `npm run bench` (issue 5): one run on this machine measures the core, the floor, the peer
// (textlint), the task pane and start-up over a deterministic corpus, prints a table with the
// budgets met/missed, and ends with a one-line summary. Nothing measured → "n/a (reason)",
// never an invented figure.
//
//   node --import tsx bench/run.ts [--drafts 10000] [--seed N] [--runs 3] [--doc docs/benchmarks.md]
//                                  [--profile] [--keep] [--skip textlint,pane,...]

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';

import { DEFAULT_CORPUS, threadDraft, typicalDraft, writeCorpus, type CorpusManifest } from './corpus.js';
import { draftFromText } from './draft-file.js';
import { formatHottest, formatRuleCosts, hottest, profileInProcess, readCpuProfile, ruleCosts, type HotFunction } from './profile.js';
import { measurePane, type PaneResult } from './pane.js';
import type { DraftInput, EmailLintMessage, LintOptions } from '../linter/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** A measured value, or why there is none. */
type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };
const na = <T>(reason: string): Measured<T> => ({ ok: false, reason });
const ok = <T>(value: T): Measured<T> => ({ ok: true, value });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function fmtMs(ms: number): string {
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10) return `${ms.toFixed(3)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function errorText(e: unknown): string {
  const s = e instanceof Error ? e.message : String(e);
  return s.split('\n')[0]!.slice(0, 160);
}

// ---------------------------------------------------------------------------------------------
// Arguments, machine
// ---------------------------------------------------------------------------------------------

const { values: args } = parseArgs({
  options: {
    drafts: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    doc: { type: 'string' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    dir: { type: 'string' },
    'textlint-timeout': { type: 'string' },
  },
});
const skip = new Set((args.skip ?? '').split(',').filter(Boolean));
const RUNS = Math.max(1, Number(args.runs ?? 3));
/** In-process passes over the corpus for the core figures and the floor ratio. */
const CORE_PASSES = 7;
const TEXTLINT_TIMEOUT_MS = Math.max(10, Number(args['textlint-timeout'] ?? 150)) * 1000;
const corpusOptions = {
  drafts: args.drafts ? Number(args.drafts) : DEFAULT_CORPUS.drafts,
  seed: args.seed ? Number(args.seed) : DEFAULT_CORPUS.seed,
};

function machine(): Record<string, string> {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1]!.trim();
  } catch {
    // not Linux: os.cpus() model is fine
  }
  return {
    cpu,
    cores: String(cpus().length),
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    node: process.version,
    os: `${process.platform} ${process.arch}`,
    // Other work on the machine skews the figures: record how busy it was.
    'load average at start (1/5/15 min)': loadavg().map((l) => l.toFixed(2)).join(' / '),
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// The core
// ---------------------------------------------------------------------------------------------

type LintFn = (draft: DraftInput, options?: LintOptions) => EmailLintMessage[];
type ParseFn = (text: string) => DraftInput;

async function importFirst<T>(candidates: string[], pick: (m: Record<string, unknown>) => T | undefined): Promise<Measured<{ value: T; from: string }>> {
  const reasons: string[] = [];
  for (const c of candidates) {
    const file = join(ROOT, c);
    if (!existsSync(file)) {
      reasons.push(`${c} missing`);
      continue;
    }
    try {
      const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const value = pick(mod);
      if (value) return ok({ value, from: c });
      reasons.push(`${c} lacks the export`);
    } catch (e) {
      reasons.push(`${c}: ${errorText(e)}`);
    }
  }
  return na(reasons.join('; '));
}

// One options object per profile, as the CLI, the task pane and the audit hold them (the core
// caches its processor per options object).
const LINT_OPTIONS: Record<'lt' | 'lv', LintOptions> = { lt: { profile: 'lt' }, lv: { profile: 'lv-valsts' } };
const profileOf = (lang: string): LintOptions => LINT_OPTIONS[lang === 'lv' ? 'lv' : 'lt'];

// ---------------------------------------------------------------------------------------------
// Whole processes
// ---------------------------------------------------------------------------------------------

interface ProcessRun {
  ms: number;
  /** User + system CPU time of the process and its threads (ms), where the OS tells it (Linux). */
  cpuMs: number | undefined;
  code: number | null;
  stderr: string;
  /** Killed after `timeoutMs`: `ms` is then a lower bound. */
  timedOut: boolean;
}

/**
 * CPU time (ms) of this process's children that have been waited for: /proc/self/stat's cutime
 * and cstime, in clock ticks (100 a second on Linux). The difference around one child's run is
 * that child's CPU, all its threads included. Undefined where there is no /proc.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name (which may hold spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** `, CPU 1.23 s` for a log line, or nothing when the CPU time is unknown. */
const cpuText = (cpuMs: number | undefined): string => (cpuMs === undefined ? '' : `, CPU ${fmtMs(cpuMs)}`);

function timeProcess(cmd: string, argv: string[], cwd: string, stdoutFile = '/dev/null', timeoutMs = 0, env: Record<string, string> = {}): Promise<ProcessRun> {
  return new Promise((resolveRun, reject) => {
    const out = openSync(stdoutFile, 'w');
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', out, 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env } });
    let stderr = '';
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeoutMs)
      : undefined;
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString('utf8');
    });
    child.on('error', (e) => {
      closeSync(out);
      reject(e);
    });
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const cpu1 = childrenCpuMs();
      clearTimeout(timer);
      closeSync(out);
      resolveRun({ ms, cpuMs: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined, code, stderr, timedOut });
    });
  });
}

/** 0 and 1 are normal for a linter (1 = breaches found). */
function processFailure(name: string, run: ProcessRun): string | undefined {
  if (run.timedOut) return undefined;
  if (run.code === 0 || run.code === 1) return undefined;
  return `${name} exited ${run.code}: ${run.stderr.trim().split('\n')[0]?.slice(0, 160) ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------------

interface Row {
  measure: string;
  value: string;
  budget: string;
  status: 'met' | 'missed' | '';
}

function row(measure: string, m: Measured<number>, show: (v: number) => string, budget = '', pass?: (v: number) => boolean): Row {
  if (!m.ok) return { measure, value: `n/a (${m.reason})`, budget, status: '' };
  const status = pass ? (pass(m.value) ? 'met' : 'missed') : '';
  return { measure, value: show(m.value), budget, status };
}

function markdownTable(rows: Row[]): string {
  const lines = ['| measure | value | budget | status |', '| --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.measure} | ${r.value.replace(/\|/g, '\\|')} | ${r.budget} | ${r.status || (r.budget ? 'n/a' : '')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const info = machine();
  log(`machine: ${info.cpu}, ${info.cores} cores, ${info.memory}, node ${info.node}`);

  // Corpus ------------------------------------------------------------------------------------
  const dir = args.dir ? resolve(args.dir) : mkdtempSync(join(tmpdir(), 'email-lint-bench-'));
  const draftsDir = join(dir, 'drafts');
  let t = performance.now();
  const manifest: CorpusManifest = writeCorpus(dir, corpusOptions);
  const genMs = performance.now() - t;
  const totalMB = manifest.totalBytes / 1e6;
  const kinds = { reply: 0, thread: 0, pasted: 0 };
  const langs = { lt: 0, lv: 0 };
  for (const f of manifest.files) {
    kinds[f.kind]++;
    langs[f.language]++;
  }
  const withBreach = manifest.files.filter((f) => f.breaches.length > 0).length;
  log(`corpus: ${manifest.files.length} drafts, ${totalMB.toFixed(1)} MB, ${fmt(manifest.totalLines)} lines in ${fmtMs(genMs)} → ${draftsDir}`);

  const files = manifest.files.map((f) => ({ ...f, abs: join(draftsDir, f.path) }));
  const texts = files.map((f) => readFileSync(f.abs, 'utf8'));

  // The core --------------------------------------------------------------------------------
  const core = await importFirst<LintFn>(['dist/linter/index.js', 'linter/index.ts'], (m) => (typeof m.lint === 'function' ? (m.lint as LintFn) : undefined));
  const parser = await importFirst<ParseFn>(['dist/cli/readers/txt.js', 'cli/readers/txt.ts'], (m) =>
    typeof m.parseTxtDraft === 'function' ? (m.parseTxtDraft as ParseFn) : undefined,
  );
  const parse: ParseFn = parser.ok ? parser.value.value : draftFromText;
  log(core.ok ? `core: ${core.value.from}` : `core: n/a (${core.reason})`);
  log(`.txt parser: ${parser.ok ? parser.value.from : 'bench/draft-file.ts (CLI reader not found)'}`);

  let coreThroughput: Measured<{ draftsPerSec: number; mbPerSec: number; ms: number; messages: number }> = na(core.ok ? 'not run' : `core not built: ${core.ok ? '' : core.reason}`);
  let readLint: Measured<number> = na('core not available');
  let floorMs: Measured<number> = na('not run');
  let floorRatioRuns: number[] = [];
  let lat12: Measured<{ p50: number; p99: number; samples: number }> = na('core not available');
  let lat2000: Measured<{ p50: number; p99: number; samples: number }> = na('core not available');
  let lat1mb: Measured<{ p50: number; samples: number }> = na('core not available');
  let coreHot: HotFunction[] = [];
  let ruleTable: string[] = [];
  const coreFailures: string[] = [];

  // The floor: read, NFC-normalise, split into lines: the least any linter must do.
  const floorPass = (): number => {
    const t0 = performance.now();
    let lines = 0;
    for (const f of files) lines += readFileSync(f.abs, 'utf8').normalize('NFC').split(/\r?\n/).length;
    const ms = performance.now() - t0;
    if (lines < manifest.totalLines) throw new Error('floor pass lost lines');
    return ms;
  };

  if (core.ok) {
    const lint = core.value.value;
    const lintText = (text: string, lang: string): number => {
      try {
        return lint(parse(text), profileOf(lang)).length;
      } catch (e) {
        if (coreFailures.length < 5) coreFailures.push(errorText(e));
        return 0;
      }
    };
    // Warm up on a slice of the corpus and the two latency drafts.
    t = performance.now();
    for (let i = 0; i < Math.min(500, files.length); i++) lintText(texts[i]!, files[i]!.language);
    log(`core warm-up: ${fmtMs(performance.now() - t)}`);

    const memPass = (): { ms: number; messages: number } => {
      const t0 = performance.now();
      let messages = 0;
      for (let i = 0; i < files.length; i++) messages += lintText(texts[i]!, files[i]!.language);
      return { ms: performance.now() - t0, messages };
    };
    const readLintPass = (): number => {
      const t0 = performance.now();
      for (const f of files) lintText(readFileSync(f.abs, 'utf8'), f.language);
      return performance.now() - t0;
    };

    const memRuns: number[] = [];
    const readRuns: number[] = [];
    const floorRuns: number[] = [];
    let messages = 0;
    const budgetMs = 120_000;
    const passStart = performance.now();
    // In-process passes are cheap (a few seconds): at least 7, whatever --runs says for processes.
    for (let i = 0; i < Math.max(RUNS, CORE_PASSES); i++) {
      const m = memPass();
      memRuns.push(m.ms);
      messages = m.messages;
      // The floor and read + lint run back to back, in turn first, so both halves of a pair see
      // the same load on a shared machine; the ratio is the median of the pairs' ratios. (With
      // the medians of the two columns taken from different moments it moved 4.0x–5.3x between
      // two runs of one build.)
      let floor: number;
      let read: number;
      if (i % 2 === 0) {
        floor = floorPass();
        read = readLintPass();
      } else {
        read = readLintPass();
        floor = floorPass();
      }
      floorRuns.push(floor);
      readRuns.push(read);
      log(`core pass ${i + 1}: lint ${fmtMs(m.ms)}, read+lint ${fmtMs(read)}, floor ${fmtMs(floor)}, ratio ${(read / floor).toFixed(2)}x`);
      if (performance.now() - passStart > budgetMs) break;
    }
    const memMs = median(memRuns);
    coreThroughput = ok({ draftsPerSec: files.length / (memMs / 1000), mbPerSec: totalMB / (memMs / 1000), ms: memMs, messages });
    readLint = ok(median(readRuns));
    floorMs = ok(median(floorRuns));
    floorRatioRuns = readRuns.map((read, i) => read / floorRuns[i]!);

    // Latency: tinybench, warmed up.
    const body12 = typicalDraft();
    const body2000 = threadDraft(2000);
    const pasted = files.find((f) => f.kind === 'pasted');
    const bench = new Bench({ time: 3000, warmupTime: 1000, warmupIterations: 50, iterations: 100, throws: true });
    bench.add('12-line draft', () => {
      lint({ body: body12 }, LINT_OPTIONS.lt);
    });
    bench.add('2,000-line thread', () => {
      lint({ body: body2000 }, LINT_OPTIONS.lt);
    });
    if (pasted) {
      const draft = parse(readFileSync(pasted.abs, 'utf8'));
      bench.add('1 MB pasted thread', () => {
        lint(draft, profileOf(pasted.language));
      });
    }
    try {
      await bench.run();
      for (const task of bench.tasks) {
        const r = task.result;
        if (r.state !== 'completed') {
          const reason = r.state === 'errored' ? errorText(r.error) : r.state;
          if (task.name.startsWith('12')) lat12 = na(reason);
          else if (task.name.startsWith('2,000')) lat2000 = na(reason);
          else lat1mb = na(reason);
          continue;
        }
        const l = r.latency;
        const v = { p50: l.p50, p99: l.p99, samples: l.samplesCount };
        if (task.name.startsWith('12')) lat12 = ok(v);
        else if (task.name.startsWith('2,000')) lat2000 = ok(v);
        else lat1mb = ok({ p50: l.p50, samples: l.samplesCount });
      }
    } catch (e) {
      lat12 = lat2000 = na(`tinybench: ${errorText(e)}`);
    }
    log(`latency: 12-line ${lat12.ok ? fmtMs(lat12.value.p50) : 'n/a'} p50, 2,000-line ${lat2000.ok ? fmtMs(lat2000.value.p99) : 'n/a'} p99`);

    if (args.profile) {
      const { profile } = await profileInProcess(() => memPass());
      coreHot = hottest(profile, ROOT, 15);
      log('core profile (self time, one corpus pass):');
      for (const l of formatHottest(coreHot)) log(l);
      // The same core's rule registry (dist/ beside dist/linter/index.js, or the sources).
      const registry = await importFirst<Parameters<typeof ruleCosts>[0]>([core.value.from.replace(/index\.(js|ts)$/, 'rules/index.$1')], (m) =>
        Array.isArray(m.rules) ? (m.rules as Parameters<typeof ruleCosts>[0]) : undefined,
      );
      if (registry.ok) {
        const byKind = (['reply', 'thread', 'pasted'] as const).map((kind) => {
          const indexes = files.flatMap((f, i) => (f.kind === kind ? [i] : []));
          return { kind, drafts: indexes.length, pass: () => indexes.forEach((i) => lintText(texts[i]!, files[i]!.language)) };
        });
        ruleTable = formatRuleCosts(ruleCosts(registry.value.value, byKind.filter((k) => k.drafts > 0)));
        log('rules, own time per draft:');
        for (const l of ruleTable) log(l);
      } else log(`rule costs: n/a (${registry.reason})`);
    }
  } else {
    floorMs = ok(median([floorPass(), floorPass(), floorPass()]));
  }

  // The CLI and the peer ------------------------------------------------------------------------
  const cliBin = join(ROOT, 'bin/email-lint.js');
  const cliMissing = !existsSync(cliBin) ? 'bin/email-lint.js missing' : existsSync(join(ROOT, 'dist/cli')) || existsSync(join(ROOT, 'dist')) ? undefined : 'dist/ not built';
  let cliFolder: Measured<number> = na(cliMissing ?? 'not run');
  let cliSingle: Measured<number> = na(cliMissing ?? 'not run');
  const cliCpu: number[] = [];
  const cliSingleRuns: number[] = [];
  const cliSingleCpu: number[] = [];
  let cheapCpu: number[] = [];
  let textlintCheap: Measured<number> = na(skip.has('textlint') ? 'skipped (--skip textlint)' : 'not run');
  let textlintComparable: Measured<number> = na(skip.has('textlint') ? 'skipped (--skip textlint)' : 'not run');
  let startup: Measured<{ median: number; first: number }> = na(cliMissing ?? 'not run');
  let nodeBare: Measured<number> = na('not run');
  // The floor as a whole process (bench/floor-process.mjs): Node start-up, walk, read, NFC, split.
  // textlint's time over it is the most any linter of this folder could be faster than textlint.
  let floorProcess: Measured<number> = na(cliMissing ?? 'not run');
  const floorProcessCpu: number[] = [];
  const detection: string[] = [];
  let cliHot: HotFunction[] = [];
  let cliFiles = 0;
  /** How the validation run spread the files over threads (its EMAIL_LINT_DEBUG line). */
  let cliThreads: string | undefined;
  // A textlint run that hits the time limit is killed; its figure is then a lower bound.
  let cheapTimedOut = false;
  let comparableTimedOut = false;

  const textlintBin = join(ROOT, 'node_modules/textlint/bin/textlint.js');
  const escalating = [
    'Nusiraminkite', 'Turite, privalote', 'Kodėl nesikreipėte anksčiau', 'Jūs nesuprantate', 'Jūs nepasakėte', 'Slepiate',
    'Nešaukite ant manęs', 'Negalime', 'neišeina', 'nežinome', 'Kaip Jūs galite to nežinoti', 'Ar dar neaišku',
    'Kiek galima Jums kartoti', 'Pas mus tokia tvarka', 'tai ne mano klaida', 'aš tuo neužsiimu', 'aš to nežinau',
  ];
  const cheapRules = {
    'max-number-of-lines': { max: 12 },
    'ng-word': { words: escalating },
    'max-doc-width': { max_width: 70 },
  };
  const cheapRc = join(dir, 'textlintrc.cheap.json');
  const comparableRc = join(dir, 'textlintrc.comparable.json');
  writeFileSync(cheapRc, JSON.stringify({ rules: cheapRules }, null, 2));
  // sentence-length counts characters: 25 words (SPEC `sentence-length`) ≈ 200 characters.
  writeFileSync(comparableRc, JSON.stringify({ rules: { ...cheapRules, 'sentence-length': { max: 200 } } }, null, 2));
  const textlintArgs = (rc: string): string[] => [textlintBin, '--config', rc, '--format', 'json', draftsDir];
  const cliArgs = [cliBin, '--format', 'json', draftsDir];

  if (!cliMissing) {
    // One validation run with the output kept: the CLI must report every file.
    const outFile = join(dir, 'email-lint.json');
    const v = await timeProcess(process.execPath, cliArgs, ROOT, outFile, 0, { EMAIL_LINT_DEBUG: '1' });
    cliThreads = /^email-lint: linted \d+ inputs \(([^)]*)\)/mu.exec(v.stderr)?.[1];
    const failure = processFailure('email-lint', v);
    if (failure) {
      cliFolder = na(failure);
      startup = na(failure);
    } else {
      try {
        const results = JSON.parse(readFileSync(outFile, 'utf8')) as { filePath: string; messages: { ruleId: string | null }[] }[];
        cliFiles = results.length;
        const byPath = new Map(results.map((r) => [relative(draftsDir, resolve(ROOT, r.filePath)), new Set(r.messages.map((m) => m.ruleId))]));
        const kindsOfBreach = new Map<string, { planted: number; found: number }>();
        // A breach planted where the draft's profile turns its rule off (line-length and max-lines
        // in lv-valsts: the Latvian standard sets no such limit) is not there to be found.
        const profiles = await importFirst<Record<string, { rules?: Record<string, unknown> }>>(['dist/linter/profiles.js', 'linter/profiles.ts'], (m) =>
          typeof m.profiles === 'object' && m.profiles !== null ? (m.profiles as Record<string, { rules?: Record<string, unknown> }>) : undefined,
        );
        const ruleOff = (language: string, rule: string): boolean => {
          const setting = profiles.ok ? profiles.value.value[profileOf(language).profile ?? 'lt']?.rules?.[rule] : undefined;
          return (Array.isArray(setting) ? setting[0] : setting) === 'off';
        };
        const offInProfile = new Map<string, number>();
        let cleanWithErrors = 0;
        for (const f of manifest.files) {
          const ids = byPath.get(f.path);
          for (const b of f.breaches) {
            if (ruleOff(f.language, b)) {
              const key = `${b} (${profileOf(f.language).profile})`;
              offInProfile.set(key, (offInProfile.get(key) ?? 0) + 1);
              continue;
            }
            const e = kindsOfBreach.get(b) ?? { planted: 0, found: 0 };
            e.planted++;
            if (ids?.has(b)) e.found++;
            kindsOfBreach.set(b, e);
          }
          if (f.breaches.length === 0 && ids && ids.size > 0) cleanWithErrors++;
        }
        for (const [b, e] of [...kindsOfBreach].sort()) detection.push(`| ${b} | ${e.planted} | ${e.found} | ${((e.found / e.planted) * 100).toFixed(0)}% |`);
        detection.push(`| (drafts with no planted breach that got any message) | ${manifest.files.length - withBreach} | ${cleanWithErrors} | |`);
        if (offInProfile.size > 0) {
          detection.push('', `Not counted: breaches planted in drafts whose profile turns the rule off: ${[...offInProfile].sort().map(([k, n]) => `${k} ${n}`).join(', ')}.`);
        }
      } catch (e) {
        log(`email-lint JSON unreadable: ${errorText(e)}`);
      }
      if (cliFiles !== manifest.files.length) log(`warning: email-lint reported ${cliFiles} files of ${manifest.files.length}`);

      const cliRuns: number[] = [];
      const runTextlint = !skip.has('textlint') && existsSync(textlintBin);
      if (!existsSync(textlintBin)) textlintCheap = textlintComparable = na('textlint not installed');
      const peers = [
        { name: 'cheap', rc: cheapRc, runs: [] as number[], cpu: [] as number[], fail: undefined as string | undefined, timedOut: false },
        { name: 'comparable', rc: comparableRc, runs: [] as number[], cpu: [] as number[], fail: undefined as string | undefined, timedOut: false },
      ];
      const floorRuns: number[] = [];
      let floorFailure: string | undefined;
      const floorArgs = [join(ROOT, 'bench/floor-process.mjs'), draftsDir];
      for (let i = 0; i < RUNS; i++) {
        const f = await timeProcess(process.execPath, floorArgs, ROOT);
        floorFailure = processFailure('the floor process', f);
        if (!floorFailure) {
          floorRuns.push(f.ms);
          if (f.cpuMs !== undefined) floorProcessCpu.push(f.cpuMs);
        }
        log(`floor process run ${i + 1}: ${fmtMs(f.ms)}${cpuText(f.cpuMs)} (exit ${f.code})`);
        const c = await timeProcess(process.execPath, cliArgs, ROOT);
        cliRuns.push(c.ms);
        if (c.cpuMs !== undefined) cliCpu.push(c.cpuMs);
        log(`email-lint folder run ${i + 1}: ${fmtMs(c.ms)}${cpuText(c.cpuMs)} (exit ${c.code})`);
        // The same run in one thread: what the worker pool gains on this machine's cores.
        const single = await timeProcess(process.execPath, cliArgs, ROOT, '/dev/null', 0, { EMAIL_LINT_THREADS: '1' });
        if (!processFailure('email-lint', single)) {
          cliSingleRuns.push(single.ms);
          if (single.cpuMs !== undefined) cliSingleCpu.push(single.cpuMs);
        }
        log(`email-lint folder run ${i + 1}, one thread: ${fmtMs(single.ms)}${cpuText(single.cpuMs)} (exit ${single.code})`);
        for (const peer of runTextlint ? peers : []) {
          // One run is enough when a run is long: keeps `npm run bench` within minutes.
          if (peer.fail || peer.timedOut || (i > 0 && median(peer.runs) > 60_000)) continue;
          const r = await timeProcess(process.execPath, textlintArgs(peer.rc), ROOT, '/dev/null', TEXTLINT_TIMEOUT_MS);
          peer.fail = processFailure('textlint', r);
          if (r.timedOut) peer.timedOut = true;
          if (!peer.fail) peer.runs.push(r.ms);
          if (!peer.fail && !r.timedOut && r.cpuMs !== undefined) peer.cpu.push(r.cpuMs);
          log(`textlint ${peer.name} run ${i + 1}: ${r.timedOut ? `> ${fmtMs(r.ms)} (killed at the time limit)` : fmtMs(r.ms)} (exit ${r.code})`);
        }
      }
      cliFolder = ok(median(cliRuns));
      floorProcess = floorRuns.length ? ok(median(floorRuns)) : na(floorFailure ?? 'no run');
      cliSingle = cliSingleRuns.length ? ok(median(cliSingleRuns)) : na('the one-thread run failed');
      if (runTextlint) {
        const [cheap, comparable] = peers;
        cheapCpu = cheap!.cpu;
        textlintCheap = cheap!.runs.length ? ok(cheap!.timedOut ? TEXTLINT_TIMEOUT_MS : median(cheap!.runs)) : na(cheap!.fail ?? 'no run');
        textlintComparable = comparable!.runs.length ? ok(comparable!.timedOut ? TEXTLINT_TIMEOUT_MS : median(comparable!.runs)) : na(comparable!.fail ?? 'no run');
        cheapTimedOut = cheap!.timedOut;
        comparableTimedOut = comparable!.timedOut;
      }

      // Start-up: one typical file, a fresh process each time.
      const one = files.find((f) => f.kind === 'reply' && f.language === 'lt')!;
      const startRuns: number[] = [];
      for (let i = 0; i < 7; i++) startRuns.push((await timeProcess(process.execPath, [cliBin, '--format', 'json', one.abs], ROOT)).ms);
      startup = ok({ median: median(startRuns), first: startRuns[0]! });
      const bare: number[] = [];
      for (let i = 0; i < 5; i++) bare.push((await timeProcess(process.execPath, ['-e', '0'], ROOT)).ms);
      nodeBare = ok(median(bare));

      if (args.profile) {
        const profDir = join(dir, 'cpuprof');
        await timeProcess(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, ...cliArgs], ROOT);
        try {
          const { readdirSync } = await import('node:fs');
          const profs = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
          // The main thread's profile is the one written first; workers write their own.
          const merged = profs.map((p) => hottest(readCpuProfile(join(profDir, p)), ROOT, 40)).flat();
          const acc = new Map<string, HotFunction>();
          for (const h of merged) {
            const k = `${h.name}@${h.where}`;
            const e = acc.get(k);
            if (e) e.selfMs += h.selfMs;
            else acc.set(k, { ...h });
          }
          const total = [...acc.values()].reduce((s, h) => s + h.selfMs, 0);
          cliHot = [...acc.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, 15).map((h) => ({ ...h, share: h.selfMs / total }));
          log(`CLI profile (${profs.length} thread profiles, self time):`);
          for (const l of formatHottest(cliHot)) log(l);
        } catch (e) {
          log(`CLI profile unreadable: ${errorText(e)}`);
        }
      }
    }
  } else if (!skip.has('textlint') && existsSync(textlintBin)) {
    textlintCheap = textlintComparable = na(`not timed: email-lint CLI unavailable to compare (${cliMissing})`);
  }

  // The task pane -----------------------------------------------------------------------------
  let pane: PaneResult;
  if (skip.has('pane')) pane = { bundle: na('skipped (--skip pane)'), latency12: na('skipped'), latency2000: na('skipped'), notes: [] };
  else {
    try {
      pane = await measurePane(ROOT, { body12: typicalDraft(), body2000: threadDraft(2000) });
    } catch (e) {
      const reason = `pane harness failed: ${errorText(e)}`;
      pane = { bundle: na(reason), latency12: na(reason), latency2000: na(reason), notes: [] };
    }
  }

  // Report --------------------------------------------------------------------------------------
  const floorRatio: Measured<number> = floorRatioRuns.length > 0 ? ok(median(floorRatioRuns)) : na(readLint.ok ? (floorMs.ok ? 'no pass' : floorMs.reason) : readLint.reason);
  const vsCheap: Measured<number> = cliFolder.ok && textlintCheap.ok ? ok(textlintCheap.value / cliFolder.value) : na(!cliFolder.ok ? cliFolder.reason : textlintCheap.ok ? '' : textlintCheap.reason);
  const vsComparable: Measured<number> =
    cliFolder.ok && textlintComparable.ok ? ok(textlintComparable.value / cliFolder.value) : na(!cliFolder.ok ? cliFolder.reason : textlintComparable.ok ? '' : textlintComparable.reason);
  const map = <A, B>(m: Measured<A>, f: (a: A) => B): Measured<B> => (m.ok ? ok(f(m.value)) : m);
  const ceilingVsCheap: Measured<number> = floorProcess.ok && textlintCheap.ok ? ok(textlintCheap.value / floorProcess.value) : na(!floorProcess.ok ? floorProcess.reason : textlintCheap.ok ? '' : textlintCheap.reason);
  const cliOverFloorProcess: Measured<number> = cliFolder.ok && floorProcess.ok ? ok(cliFolder.value / floorProcess.value) : na(!cliFolder.ok ? cliFolder.reason : floorProcess.ok ? '' : floorProcess.reason);

  // Wall time is what a user waits; CPU time (all threads) says what the cores did meanwhile.
  const withCpu = (cpu: number[]): string => (cpu.length ? ` (CPU ${fmtMs(median(cpu))})` : '');
  const rows: Row[] = [
    row('core throughput, corpus through lint() (drafts/s)', map(coreThroughput, (v) => v.draftsPerSec), (v) => `${fmt(v)} drafts/s`),
    row('core throughput (MB/s)', map(coreThroughput, (v) => v.mbPerSec), (v) => `${v.toFixed(1)} MB/s`),
    row('core p50, 12-line draft', map(lat12, (v) => v.p50), fmtMs, '< 0.1 ms p50', (v) => v < 0.1),
    row('core p99, 12-line draft', map(lat12, (v) => v.p99), fmtMs),
    row('core p50, 2,000-line thread', map(lat2000, (v) => v.p50), fmtMs),
    row('core p99, 2,000-line thread', map(lat2000, (v) => v.p99), fmtMs, '< 10 ms p99', (v) => v < 10),
    row('core p50, 1 MB pasted thread', map(lat1mb, (v) => v.p50), fmtMs),
    row('floor: read + NFC + split, corpus', floorMs, fmtMs),
    row('email-lint: read + parse + lint(), corpus', readLint, fmtMs),
    row('email-lint cost / floor', floorRatio, (v) => `${v.toFixed(1)}x`, '≤ 5x floor', (v) => v <= 5),
    row('CLI, whole corpus folder (process)', cliFolder, (v) => `${fmtMs(v)}${withCpu(cliCpu)}`),
    row('CLI, the same folder in one thread (`EMAIL_LINT_THREADS=1`)', cliSingle, (v) => `${fmtMs(v)}${withCpu(cliSingleCpu)}`),
    row('textlint, cheap set (process)', textlintCheap, (v) => (cheapTimedOut ? `> ${fmtMs(v)} (killed at the time limit)` : `${fmtMs(v)}${withCpu(cheapCpu)}`)),
    row('textlint, comparable set (process)', textlintComparable, (v) => (comparableTimedOut ? `> ${fmtMs(v)} (killed at the time limit)` : fmtMs(v))),
    row('CLI speed-up vs textlint cheap set', vsCheap, (v) => `${cheapTimedOut ? '> ' : ''}${v.toFixed(1)}x`, '≥ 10x', (v) => v >= 10),
    row('floor as a process: start, walk, read, NFC, split, same folder', floorProcess, (v) => `${fmtMs(v)}${withCpu(floorProcessCpu)}`),
    row('CLI / floor process', cliOverFloorProcess, (v) => `${v.toFixed(1)}x`),
    row('ceiling: textlint cheap set / floor process (the most any linter could be faster here)', ceilingVsCheap, (v) => `${cheapTimedOut ? '> ' : ''}${v.toFixed(1)}x`),
    row('CLI speed-up vs textlint comparable set', vsComparable, (v) => `${comparableTimedOut ? '> ' : ''}${v.toFixed(1)}x`),
    row('task-pane bundle, gzip (office.js excluded)', pane.bundle, (v) => `${(v / 1024).toFixed(1)} KB`, '≤ 150 KB gzip', (v) => v / 1024 <= 150),
    row('pane: body change → rendered warnings, 12-line', pane.latency12, fmtMs),
    row('pane: body change → rendered warnings, 2,000-line', pane.latency2000, fmtMs, '< 50 ms', (v) => v < 50),
    row('start-up: one file, cold process (median of 7)', map(startup, (v) => v.median), fmtMs, '< 300 ms', (v) => v < 300),
    row('start-up: first of those runs', map(startup, (v) => v.first), fmtMs),
    row('reference: `node -e 0` process', nodeBare, fmtMs),
  ];

  const kb = pane.bundle.ok ? `${(pane.bundle.value / 1024).toFixed(1)}` : `n/a (${pane.bundle.reason})`;
  const summary =
    `summary: core ${coreThroughput.ok ? fmt(coreThroughput.value.draftsPerSec) : `n/a (${coreThroughput.reason})`} drafts/s, ` +
    `${floorRatio.ok ? floorRatio.value.toFixed(1) : `n/a (${floorRatio.reason})`}x floor, ` +
    `${vsCheap.ok ? `${cheapTimedOut ? '>' : ''}${vsCheap.value.toFixed(1)}` : `n/a (${vsCheap.reason})`}x faster than textlint, ` +
    `bundle ${kb} KB gzip, ` +
    `pane ${pane.latency2000.ok ? pane.latency2000.value.toFixed(1) : `n/a (${pane.latency2000.reason})`} ms`;

  const corpusLine =
    `corpus: ${fmt(manifest.files.length)} drafts (seed ${manifest.seed}): ${fmt(kinds.reply)} replies, ${fmt(kinds.thread)} with quoted threads of 200–2,000 lines, ` +
    `${kinds.pasted} pasted ~1 MB threads; ${fmt(langs.lt)} lt / ${fmt(langs.lv)} lv; ${fmt(withBreach)} with planted breaches; ` +
    `${totalMB.toFixed(1)} MB, ${fmt(manifest.totalLines)} lines`;
  const notes: string[] = [];
  notes.push(`lint() options: profile lt for lt/ drafts, lv-valsts for lv/ drafts; .txt parser: ${parser.ok ? parser.value.from : 'bench/draft-file.ts'}; core: ${core.ok ? core.value.from : 'n/a'}`);
  if (coreThroughput.ok) notes.push(`lint() messages over the corpus: ${fmt(coreThroughput.value.messages)}`);
  if (coreFailures.length) notes.push(`lint() threw on some drafts (counted as 0 messages): ${coreFailures.join(' | ')}`);
  if (floorRatioRuns.length > 0) {
    notes.push(`floor ratio per pass (read + lint / floor, back to back): ${floorRatioRuns.map((r) => r.toFixed(2)).join(', ')}`);
  }
  if (lat12.ok && lat2000.ok) notes.push(`tinybench samples: 12-line ${lat12.value.samples}, 2,000-line ${lat2000.value.samples}${lat1mb.ok ? `, 1 MB ${lat1mb.value.samples}` : ''}`);
  notes.push(`whole-process figures: median of up to ${RUNS} runs (start-up: 7), the floor process, email-lint and textlint interleaved on the same folder, \`--format json\` to /dev/null`);
  notes.push('CPU: user + system time of the process and all its threads (Linux /proc/self/stat: the children\'s cutime + cstime around each run), median of the same runs');
  if (cliFiles) notes.push(`email-lint --format json reported ${fmt(cliFiles)} files of ${fmt(manifest.files.length)}${cliThreads ? ` (validation run: ${cliThreads})` : ''}`);
  notes.push(...pane.notes);

  const table = markdownTable(rows);
  const out: string[] = [];
  out.push('', table, '', ...notes.map((n) => `- ${n}`));
  if (detection.length) out.push('', 'Planted breaches found by the CLI (rule id reported on the file):', '', '| planted breach | drafts | reported | share |', '| --- | --- | --- | --- |', ...detection);
  if (coreHot.length) out.push('', 'Core profile, self time over one corpus pass through lint():', '', '```', ...formatHottest(coreHot), '```');
  if (ruleTable.length) {
    out.push(
      '',
      "Each rule's own time per draft, by kind of draft (one timed pass each; what the core computes once per draft on first use — a line's words, the retext tree — is charged to the first rule that asks):",
      '',
      ...ruleTable,
    );
  }
  if (cliHot.length) out.push('', 'CLI profile (`node --cpu-prof`, all threads), self time over one folder run:', '', '```', ...formatHottest(cliHot), '```');
  const elapsed = (performance.now() - started) / 1000;
  process.stdout.write(`${corpusLine}\n${out.join('\n')}\n\nbench took ${elapsed.toFixed(0)} s\n${summary}\n`);

  if (args.doc) {
    const doc = [
      '# Benchmarks',
      '',
      'Produced by `npm run bench` (`bench/run.ts`), one run on the machine below. The corpus is',
      'generated by `bench/corpus.ts` from a fixed seed, so every run lints byte-identical files.',
      'A figure that could not be measured says `n/a (reason)`.',
      '',
      '## Machine',
      '',
      ...Object.entries(info).map(([k, v]) => `- ${k}: ${v}`),
      `- load average at the end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`,
      '',
      '## Corpus',
      '',
      corpusLine,
      '',
      '## How to read the figures',
      '',
      '- Core figures are in-process (`lint()` from `dist/linter/`), warmed up; latencies by tinybench.',
      '  The floor ratio compares read + parse + `lint()` with read + NFC + split over the same files:',
      '  the median of the ratios of passes run back to back (the two columns are medians on their own).',
      '- Whole-process figures (CLI, textlint, start-up) include Node start-up; textlint gets the same folder.',
      '  The CLI is `bin/email-lint.js` as `npm run build` leaves it: bundled (`scripts/bundle-cli.mjs`),',
      '  with the launcher\'s lower V8 inlining budget (`docs/architecture.md`); textlint runs with Node\'s defaults.',
      '  A textlint run that exceeds the time limit is killed and reported as a lower bound (`>`).',
      '  The floor process (`bench/floor-process.mjs`) starts Node, walks the folder, reads, NFC-normalises',
      '  and splits every file, and lints nothing: textlint\'s time over it is the largest speed-up any',
      '  linter of this folder could show on this machine (the "ceiling" row).',
      '- Pane figures: headless Chromium drives the compose simulator from `dist-addin/`. The body is',
      '  changed and the pane is told to poll at once (`visibilitychange` → `LiveLinter.refreshSoon`),',
      '  with the simulated Office answering at once (`?delay=0`). The figure runs from the change to the',
      '  pane\'s next painted frame: the compose window lays out the new body in its own process, the',
      '  pane\'s read waits for that, then lint → render → paint. The notes split it: the compose window',
      '  alone, and the pane\'s span alone. In Outlook a change waits for the next poll (≥ 1 s) on top.',
      '- The machine is shared by other engineers\' builds and tests while the bench runs: whole-process',
      '  figures in particular vary by 2x between runs. Compare runs on a quiet machine.',
      '- Planted breaches are the generator\'s record, checked by `tests/bench/corpus.test.ts` (the linter',
      '  reports every recorded breach and nothing else); it includes what Latvian letters break by ordinary',
      '  variation (no invitation to give feedback, no e-mail line in the signature).',
      '',
      '## Results',
      ...out,
      '',
      `bench took ${elapsed.toFixed(0)} s`,
      '',
      '```',
      summary,
      '```',
      '',
    ].join('\n');
    writeFileSync(resolve(args.doc), doc);
    log(`wrote ${args.doc}`);
  }

  if (!args.keep && !args.dir) rmSync(dir, { recursive: true, force: true });
  else log(`kept ${dir}`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
