#!/usr/bin/env node
// Acceptance scorer for email-lint (tests/acceptance).
//
// Runs the built CLI (`node bin/email-lint.js <files> --format json …`) on every draft in
// tests/acceptance/drafts/ with the profile and flags from expectations.json, and compares the
// rule ids that fired with the expected set. The expectations were written from SPEC.md and
// the standards in seeds/ only, never from the linter's code.
//
// Metric: for every draft and every one of the 26 rule ids of SPEC §2 there is one
// expectation, "fires" (the id is in the draft's `fires` list: at least one message) or
// "stays silent". An expectation is met when the CLI agrees. Reported overall and per rule.
// A rule id the SPEC does not know, a CLI crash (exit 2) or a missing file result are
// reported separately and count as failures of every expectation of that file.
//
// Usage (from the repository root, after `npm run build`):
//   node tests/acceptance/score.mjs            table for people
//   node tests/acceptance/score.mjs --json     the whole result as JSON
//   node tests/acceptance/score.mjs --only 34-didziosios-raides-turinyje.txt
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

/** The 26 rule ids of SPEC.md §2, in SPEC order. */
export const RULE_IDS = [
  'greeting', 'greeting-informal', 'greeting-punctuation', 'greeting-case',
  'sign-off', 'sign-off-informal', 'all-caps', 'line-length', 'max-lines',
  'signature', 'signature-fields', 'internal-thread', 'foreign-diacritics', 'missing-diacritics',
  'subject', 'polite-you', 'escalating-phrase', 'familiarity', 'personal-data',
  'confidentiality-notice', 'placeholder', 'repeated-words', 'sentence-length', 'auto-reply',
  'thank-for-letter', 'feedback-invite',
];

export function loadExpectations(file = path.join(HERE, 'expectations.json')) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  return data.files;
}

function cliArgs(exp) {
  const args = ['--format', 'json', '--profile', exp.profile ?? 'lt'];
  if (exp.template) args.push('--template');
  if (exp.from) args.push('--from', exp.from);
  if (exp.to) args.push('--to', Array.isArray(exp.to) ? exp.to.join(',') : exp.to);
  if (exp.internalDomain) args.push('--internal-domain', exp.internalDomain);
  return args;
}

function runCli(files, args, cwd) {
  const r = spawnSync(process.execPath, ['bin/email-lint.js', ...files, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' },
  });
  let results = null;
  try {
    results = JSON.parse(r.stdout);
  } catch {
    results = null;
  }
  return { status: r.status, stderr: r.stderr, results };
}

/**
 * Runs the CLI on the drafts and scores them.
 * @param {{root?: string, only?: string[]}} [opts]
 */
export function score(opts = {}) {
  const root = opts.root ?? ROOT;
  const expectations = loadExpectations();
  let names = Object.keys(expectations).sort();
  if (opts.only?.length) names = names.filter((n) => opts.only.includes(n));

  // One CLI run per distinct set of flags (the CLI lints many files per run).
  const groups = new Map();
  for (const name of names) {
    const key = JSON.stringify(cliArgs(expectations[name]));
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(name);
  }
  /** @type {Map<string, {messages: any[], error?: string}>} */
  const actual = new Map();
  for (const [key, group] of groups) {
    const args = JSON.parse(key);
    const rel = group.map((n) => path.relative(root, path.join(HERE, 'drafts', n)));
    let run = runCli(rel, args, root);
    const byBase = new Map();
    if (Array.isArray(run.results)) {
      for (const res of run.results) byBase.set(path.basename(res.filePath), res);
    }
    for (const name of group) {
      let res = byBase.get(name);
      if (!res) {
        // Retry alone so that one bad file shows its own reason.
        const single = runCli([rel[group.indexOf(name)]], args, root);
        res = Array.isArray(single.results) ? single.results[0] : undefined;
        if (!res) {
          actual.set(name, { messages: [], error: `exit ${single.status}: ${single.stderr.trim().split('\n')[0] ?? ''}` });
          continue;
        }
      }
      actual.set(name, { messages: res.messages ?? [] });
    }
  }

  const perRule = Object.fromEntries(
    RULE_IDS.map((id) => [id, { met: 0, total: 0, shouldFire: 0, fired: 0, misses: [], falseAlarms: [] }]),
  );
  const unknownRules = [];
  const errors = [];
  const files = [];
  let met = 0;
  let total = 0;
  for (const name of names) {
    const exp = expectations[name];
    const got = actual.get(name);
    if (got.error) errors.push({ file: name, error: got.error });
    const fired = new Map();
    for (const m of got.messages) {
      const id = m.ruleId ?? '(no rule id)';
      if (!fired.has(id)) fired.set(id, []);
      fired.get(id).push(m);
      if (!RULE_IDS.includes(id)) unknownRules.push({ file: name, ruleId: id, message: m.message, line: m.line });
    }
    const fileRow = { file: name, profile: exp.profile, expected: exp.fires, actual: [...fired.keys()].sort(), ok: true };
    for (const id of RULE_IDS) {
      const should = exp.fires.includes(id);
      const did = !got.error && fired.has(id);
      const ok = should === did;
      const row = perRule[id];
      row.total++;
      total++;
      if (should) row.shouldFire++;
      if (did) row.fired++;
      if (ok) {
        row.met++;
        met++;
        continue;
      }
      fileRow.ok = false;
      if (should) row.misses.push({ file: name, error: got.error });
      else
        row.falseAlarms.push({
          file: name,
          messages: fired.get(id).map((m) => ({ line: m.line, column: m.column, severity: m.severity, message: m.message })),
        });
    }
    files.push(fileRow);
  }
  const percent = total ? (100 * met) / total : 0;
  const firing = RULE_IDS.reduce((a, id) => a + perRule[id].shouldFire, 0);
  const firingMet = RULE_IDS.reduce((a, id) => a + perRule[id].shouldFire - perRule[id].misses.length, 0);
  return {
    overall: { met, total, percent, firingExpectations: firing, firingMet },
    perRule,
    files,
    unknownRules,
    errors,
  };
}

function pad(s, n) {
  s = String(s);
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function draftExcerpt(file, line) {
  if (!line) return '';
  try {
    const text = readFileSync(path.join(HERE, 'drafts', file), 'utf8').split(/\r?\n/);
    return (text[line - 1] ?? '').trim().slice(0, 90);
  } catch {
    return '';
  }
}

export function formatReport(result) {
  const out = [];
  out.push(
    `${pad('rule', 24)} ${pad('met', 9)} ${pad('must fire', 10)} ${pad('fired', 6)} ${pad('misses', 7)} false alarms`,
  );
  for (const id of RULE_IDS) {
    const r = result.perRule[id];
    out.push(
      `${pad(id, 24)} ${pad(`${r.met}/${r.total}`, 9)} ${pad(r.shouldFire, 10)} ${pad(r.fired, 6)} ${pad(r.misses.length, 7)} ${r.falseAlarms.length}`,
    );
  }
  const o = result.overall;
  out.push('');
  out.push(`overall: ${o.met}/${o.total} expectations met = ${o.percent.toFixed(2)} %`);
  out.push(`expected firings met: ${o.firingMet}/${o.firingExpectations}`);
  out.push(`drafts fully right: ${result.files.filter((f) => f.ok).length}/${result.files.length}`);
  for (const id of RULE_IDS) {
    const r = result.perRule[id];
    if (!r.misses.length && !r.falseAlarms.length) continue;
    out.push('');
    out.push(`## ${id}`);
    for (const m of r.misses) out.push(`  MISS         ${m.file}${m.error ? ` (${m.error})` : ''}`);
    for (const f of r.falseAlarms)
      for (const m of f.messages)
        out.push(`  FALSE ALARM  ${f.file}:${m.line}:${m.column}  "${draftExcerpt(f.file, m.line)}"\n               → ${m.message}`);
  }
  if (result.unknownRules.length) {
    out.push('');
    out.push('## rule ids not in SPEC §2');
    for (const u of result.unknownRules) out.push(`  ${u.file}:${u.line} ${u.ruleId}: ${u.message}`);
  }
  if (result.errors.length) {
    out.push('');
    out.push('## files the CLI could not lint');
    for (const e of result.errors) out.push(`  ${e.file}: ${e.error}`);
  }
  return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const only = [];
  for (let i = 0; i < argv.length; i++) if (argv[i] === '--only') only.push(argv[++i]);
  const result = score({ only });
  if (argv.includes('--json')) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(formatReport(result) + '\n');
}
