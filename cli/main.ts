// email-lint command line (SPEC §4). Exit codes: 0 clean, 1 lint errors or too many warnings,
// 2 usage or input error (reported on stderr as `email-lint: <file>: <reason>`; other files
// are still linted).

import { fstatSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { docsUrl, languageOfProfile, profileNames, ruleIds, ruleInfos, validateConfig } from '../linter/index.js';
import type { LintOptions, ProfileName } from '../linter/types.js';
import { UsageError, helpText, parseCliArgs, type CliOptions } from './args.js';
import { collectTargets } from './collect.js';
import { ConfigFileError, ConfigLoader, type FoundConfig } from './config.js';
import { loadFormatter } from './formatters/index.js';
import { chooseLanguage } from './lang.js';
import { lintTasks, type LintTask, type TaskOutcome } from './lint-file.js';
import { lintInPool, PARALLEL_THRESHOLD } from './pool.js';
import { MAX_INPUT_BYTES, formatSize } from './readers/bytes.js';
import { displayPathOf } from './collect.js';
import type { FileResult } from './results.js';

const write = (stream: NodeJS.WriteStream, text: string): void => {
  if (text) stream.write(text);
};
/** File names and reasons can carry control characters (hostile names, mail text): show them escaped. */
export const visible = (s: string): string =>
  s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const fail = (subject: string | undefined, reason: string): void => {
  process.stderr.write(`email-lint: ${subject ? `${visible(subject).replace(/\n/g, '\\n')}: ` : ''}${visible(reason)}\n`);
};

function packageInfo(): { version: string; homepage?: string } {
  // dist/cli/main.js and cli/main.ts both sit two or one folders below the package root.
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string; homepage?: string };
      if (pkg.name === 'email-lint') return { version: pkg.version ?? '0.0.0', ...(pkg.homepage ? { homepage: pkg.homepage } : {}) };
    } catch {
      // try the next candidate
    }
  }
  return { version: '0.0.0' };
}

/** Piped or redirected input (pipe, socket, regular file); not a terminal, not /dev/null. */
function stdinIsPiped(): boolean {
  if (process.stdin.isTTY) return false;
  try {
    const info = fstatSync(0);
    return info.isFIFO() || info.isSocket() || info.isFile();
  } catch {
    return false;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES.txt) {
      process.stdin.destroy();
      throw new UsageError(`<stdin>: input too large (over ${formatSize(MAX_INPUT_BYTES.txt)})`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function listRules(options: CliOptions, language: 'lt' | 'lv' | 'en'): string {
  if (options.format === 'json') return JSON.stringify(ruleInfos, null, 2) + '\n';
  const idWidth = Math.max(...ruleInfos.map((r) => r.id.length));
  const lines = ruleInfos.map(
    (r) =>
      `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fix' : '   '}  ${r.standard}\n` +
      `${' '.repeat(idWidth + 2)}${r.description[language]}`,
  );
  return `${'rule'.padEnd(idWidth)}  default  fix  standard\n${lines.join('\n')}\n`;
}

// One options object per configuration found: the core caches its rule processor per object.
const optionsByConfig = new WeakMap<FoundConfig, LintOptions>();

function lintOptionsFor(found: FoundConfig, cli: CliOptions): LintOptions {
  let options = optionsByConfig.get(found);
  if (!options) {
    options = buildLintOptions(found, cli);
    optionsByConfig.set(found, options);
  }
  return options;
}

function buildLintOptions(found: FoundConfig, cli: CliOptions): LintOptions {
  const options: LintOptions = { ...found.config };
  if (cli.profile) options.profile = cli.profile as ProfileName;
  if (cli.internalDomains) options.internalDomains = cli.internalDomains;
  if (cli.template) options.template = true;
  options.language = chooseLanguage(cli.lang, found.config.language, process.env, () =>
    languageOfProfile(options.profile ?? 'lt'),
  );
  return options;
}

export async function main(argv: string[]): Promise<number> {
  // `email-lint audit …`: the compliance report over sent mail (audit/), loaded only when asked for.
  if (argv[0] === 'audit') {
    const { runAudit } = await import('../audit/main.js');
    return runAudit(argv.slice(1));
  }
  // `email-lint drafts/ | head`: a closed pipe ends the run quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  let cli: CliOptions;
  try {
    cli = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(undefined, `${error.message}\nRun "email-lint --help" for the options.`);
    return 2;
  }
  if (cli.help) {
    write(process.stdout, helpText(profileNames));
    return 0;
  }
  if (cli.version) {
    write(process.stdout, `${packageInfo().version}\n`);
    return 0;
  }
  if (cli.profile !== undefined && !profileNames.includes(cli.profile as ProfileName)) {
    fail(undefined, `unknown profile "${cli.profile}" (expected one of ${profileNames.join(', ')})`);
    return 2;
  }
  if (cli.listRules) {
    write(process.stdout, listRules(cli, chooseLanguage(cli.lang, undefined, process.env, () => 'en')));
    return 0;
  }

  const cwd = process.cwd();
  // Our validator names the file; the core's own check then guards anything it adds.
  const loader = new ConfigLoader({ ruleIds: ruleInfos.map((r) => r.id), profileNames }, (config) => validateConfig(config, ruleIds));
  let explicitConfig: FoundConfig | undefined;
  if (cli.config !== undefined) {
    try {
      explicitConfig = loader.loadFile(cli.config);
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      fail(displayPathOf(error.file, cwd), error.message);
      return 2;
    }
  }

  let inputError = false;
  const tasks: LintTask[] = [];
  const reportedConfigs = new Set<string>();
  const configFor = (folder: string): FoundConfig | undefined => {
    if (explicitConfig) return explicitConfig;
    try {
      return loader.forFolder(folder);
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      inputError = true;
      if (!reportedConfigs.has(error.file)) {
        reportedConfigs.add(error.file);
        fail(displayPathOf(error.file, cwd), error.message);
      }
      return undefined;
    }
  };
  const overrides = { ...(cli.from !== undefined ? { from: cli.from } : {}), ...(cli.to ? { to: cli.to } : {}) };

  if (cli.paths.length === 0) {
    if (!stdinIsPiped()) {
      fail(undefined, 'no input: give files or folders, or pipe a draft on stdin\nRun "email-lint --help" for the options.');
      return 2;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readStdin();
    } catch (error) {
      fail(undefined, (error as Error).message);
      return 2;
    }
    const found = configFor(cwd);
    if (!found) return 2;
    tasks.push({ path: '<stdin>', displayPath: '<stdin>', kind: 'txt', options: lintOptionsFor(found, cli), overrides, fix: cli.fix, stdin: bytes });
  } else {
    const { targets, errors } = await collectTargets(cli.paths, cwd);
    for (const e of errors) fail(e.displayPath, e.reason);
    if (errors.length) inputError = true;
    for (const target of targets) {
      const found = configFor(dirname(target.path));
      if (!found) continue;
      tasks.push({ ...target, options: lintOptionsFor(found, cli), overrides, fix: cli.fix });
    }
    if (cli.fix) {
      const unfixable = tasks.filter((t) => t.kind !== 'txt').length;
      if (unfixable > 0) {
        fail(undefined, `--fix writes only .txt files; ${unfixable} .eml/.html file${unfixable === 1 ? ' was' : 's were'} linted without writing fixes`);
      }
    }
  }

  // Only the debug line reads the clock: the first use of `performance` loads perf_hooks, a few
  // milliseconds of every run's start-up.
  const debug = Boolean(process.env.EMAIL_LINT_DEBUG);
  const started = debug ? performance.now() : 0;
  let mode = 'in-process';
  let outcomes: TaskOutcome[];
  // EMAIL_LINT_THREADS=1 keeps everything in-process (debugging, benchmarks); N > 1 lints in N
  // threads from the start (the main thread and N − 1 workers) instead of adding workers when they pay off.
  const threads = process.env.EMAIL_LINT_THREADS ? Number(process.env.EMAIL_LINT_THREADS) : undefined;
  if (tasks.length > PARALLEL_THRESHOLD && (threads === undefined || !(threads <= 1))) {
    const stats = { inWorkers: 0 };
    let workers = 0;
    outcomes = await lintInPool(tasks, {
      ...(threads !== undefined ? { maxThreads: threads, workersAtOnce: true } : {}),
      onWorkers: (count) => (workers = count),
      stats,
    });
    if (workers > 0) mode = `main thread and ${workers} worker thread${workers === 1 ? '' : 's'}, ${stats.inWorkers} in workers`;
  } else {
    outcomes = await lintTasks(tasks);
  }

  if (debug) {
    fail(undefined, `linted ${tasks.length} inputs (${mode}) in ${Math.round(performance.now() - started)} ms`);
  }

  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) results.push(outcome.result);
    else {
      inputError = true;
      fail(outcome.displayPath, outcome.reason);
    }
  }

  const formatter = await loadFormatter(cli.format);
  const info = packageInfo();
  const stdinFix = cli.fix && tasks.length === 1 && tasks[0]!.stdin !== undefined;
  // With stdin and --fix, stdout carries the fixed text; the report goes to stderr.
  const reportStream = stdinFix ? process.stderr : process.stdout;
  const color = reportStream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  write(
    reportStream,
    formatter(results, {
      cwd,
      color: color || (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0'),
      rules: ruleInfos,
      version: info.version,
      ruleUrl: docsUrl,
      ...(info.homepage ? { informationUri: info.homepage } : {}),
    }),
  );
  if (stdinFix && results[0]?.output !== undefined) write(process.stdout, results[0].output);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (cli.maxWarnings >= 0 && warnings > cli.maxWarnings) {
    fail(undefined, `too many warnings (${warnings}; --max-warnings is ${cli.maxWarnings})`);
  }
  if (inputError) return 2;
  if (errors > 0) return 1;
  if (cli.maxWarnings >= 0 && warnings > cli.maxWarnings) return 1;
  return 0;
}
