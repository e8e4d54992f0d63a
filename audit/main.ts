// `email-lint audit <paths…> --profile <p> --out report.html [--json f] [--csv f] [--lang lt|lv|en]`
// (issue 4). The CLI dispatches `audit` here: `process.exitCode = await runAudit(argv)`.

import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { lint, profileNames, ruleInfos } from '../linter/index.js';
import type { LintOptions, ProfileName } from '../linter/types.js';
import type { RuleMeta } from './aggregate.js';
import { AuditUsageError, loadAuditConfig, loadUnits } from './config.js';
import { summaryCsv, summaryJson } from './exports.js';
import type { ReportLanguage } from './i18n.js';
import { ProgressBar } from './progress.js';
import { renderReportHtml } from './report-html.js';
import { expandInputs, runAuditPipeline } from './run.js';
import { signatureUnitOf } from './signature-unit.js';

export const auditHelp = `Usage: email-lint audit <paths…> [options]

Audits sent mail against the standard: mbox files (streamed) and folders of .eml files.

Options:
  --profile <name>          lt | lt-probacija | lt-utena | lt-vmb | lt-daigelis | lv-valsts
  --out <file>              HTML report (default: report.html)
  --json <file>             also write the figures as JSON
  --csv <file>              also write the figures as CSV
  --lang <lt|lv|en>         report language (default: the profile's language)
  --units <file.json>       {"address": "unit"} map of staff to units
  --internal-domain <d,…>   internal domains (repeatable; default: config, else the sender's domain)
  --config <file>           use this config instead of searching
  --workers <n>             lint threads (default: all cores; 0 = in this thread)
  --examples <n>            examples per rule in the report (default 3)
  --quiet                   no progress bar
  -h, --help                this help

Exit codes: 0 report written, 2 usage or input error.
`;

function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export async function runAudit(argv: string[]): Promise<number> {
  try {
    return await audit(argv);
  } catch (error) {
    if (error instanceof AuditUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`email-lint audit: ${(error as Error).message}\n`);
      return 2;
    }
    if ((error as Error).name === 'ConfigError') {
      process.stderr.write(`email-lint audit: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

async function audit(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
      csv: { type: 'string' },
      lang: { type: 'string' },
      units: { type: 'string' },
      'internal-domain': { type: 'string', multiple: true },
      config: { type: 'string' },
      workers: { type: 'string' },
      examples: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(auditHelp);
    return 0;
  }
  if (positionals.length === 0) throw new AuditUsageError('no input: give an mbox file or a folder of .eml files');
  const { config } = loadAuditConfig(values.config);
  const profile = (values.profile ?? config.profile ?? 'lt') as ProfileName;
  if (!(profileNames as readonly string[]).includes(profile)) throw new AuditUsageError(`unknown profile "${profile}" (one of ${profileNames.join(', ')})`);
  const lang = (values.lang ?? (profile.startsWith('lv') ? 'lv' : 'lt')) as ReportLanguage;
  if (!['lt', 'lv', 'en'].includes(lang)) throw new AuditUsageError(`--lang must be lt, lv or en, not "${values.lang}"`);
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new AuditUsageError(`--workers must be a whole number 0–64`);
  const examplesPerRule = values.examples === undefined ? 3 : Number(values.examples);
  if (!Number.isInteger(examplesPerRule) || examplesPerRule < 0 || examplesPerRule > 50) throw new AuditUsageError('--examples must be a whole number 0–50');
  const internalDomains = splitList(values['internal-domain']).length ? splitList(values['internal-domain']) : (config.internalDomains ?? []);
  const lintOptions: LintOptions = { ...config, profile, language: lang };
  delete lintOptions.internalDomains;
  // Fail on a bad config before starting the workers (ConfigError names the key).
  lint({ body: 'Laba diena,\n\nPagarbiai,\nVardas' }, lintOptions);

  const inputs = await expandInputs(positionals);
  if (inputs.length === 0) throw new AuditUsageError(`no .eml or mbox files in ${positionals.join(', ')}`);
  const totalBytes = inputs.reduce((a, i) => a + i.size, 0);
  const progress = new ProgressBar(process.stderr, totalBytes, Boolean(process.stderr.isTTY) && !values.quiet);
  const aggregate = await runAuditPipeline({
    inputs,
    settings: { lintOptions, internalDomains, units: loadUnits(values.units), examplesPerRule },
    workers,
    lint,
    signatureUnit: signatureUnitOf,
    examplesPerRule,
    onProgress: (messages, bytes) => progress.update(messages, bytes),
  });
  progress.done(aggregate.messages, totalBytes);

  const summary = aggregate.summary({ profile, inputs: inputs.map((i) => i.name), rules: ruleInfos as readonly RuleMeta[] });
  const out = values.out ?? 'report.html';
  await writeFile(out, renderReportHtml(summary, lang));
  if (values.json) await writeFile(values.json, summaryJson(summary));
  if (values.csv) await writeFile(values.csv, summaryCsv(summary));
  const t = summary.totals;
  process.stderr.write(
    `email-lint audit: ${t.messages} messages, ${t.linted} checked, ${t.complianceRate === null ? 'none' : `${(t.complianceRate * 100).toFixed(1)}%`} without errors, ` +
      `${t.skipped} skipped (${Object.entries(summary.skipped).filter(([, n]) => n).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}), ` +
      `${t.unreadable} unreadable → ${out}\n`,
  );
  return 0;
}
