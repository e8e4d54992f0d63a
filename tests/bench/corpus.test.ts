// The bench corpus must be deterministic (same seed → byte-identical files) and shaped as
// issue 5 asks: mostly short replies, ~10% long quoted threads, a few 1 MB pasted threads.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { generateDrafts, mulberry32, threadDraft, typicalDraft, writeCorpus } from '../../bench/corpus.js';
import { parseTxtDraft } from '../../cli/readers/txt.js';
import { lint } from '../../linter/index.js';
import { isLatvianPersonalCode, isLithuanianPersonalCode } from '../../linter/text/personal-codes.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'email-lint-corpus-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('bench corpus', () => {
  it('mulberry32 repeats for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('writes byte-identical files for the same seed', () => {
    const options = { drafts: 300, pasted: 1, seed: 42 };
    const one = tempDir();
    const two = tempDir();
    const m1 = writeCorpus(one, options);
    const m2 = writeCorpus(two, options);
    expect(m2).toEqual(m1);
    for (const f of m1.files) {
      expect(readFileSync(join(two, 'drafts', f.path)).equals(readFileSync(join(one, 'drafts', f.path)))).toBe(true);
    }
    expect(readFileSync(join(one, 'manifest.json'), 'utf8')).toBe(readFileSync(join(two, 'manifest.json'), 'utf8'));
  });

  it('gives different drafts for a different seed', () => {
    const a = [...generateDrafts({ drafts: 20, pasted: 0, seed: 1 })].map((d) => d.text);
    const b = [...generateDrafts({ drafts: 20, pasted: 0, seed: 2 })].map((d) => d.text);
    expect(b).not.toEqual(a);
  });

  it('has the traffic shape of issue 5', () => {
    const drafts = [...generateDrafts({ drafts: 2000, pasted: 2, seed: 5 })];
    const lineCount = (t: string): number => t.split('\n').length - 1;
    const replies = drafts.filter((d) => d.kind === 'reply');
    const threads = drafts.filter((d) => d.kind === 'thread');
    const pasted = drafts.filter((d) => d.kind === 'pasted');
    expect(pasted).toHaveLength(2);
    expect(threads.length).toBeGreaterThanOrEqual(190);
    expect(threads.length).toBeLessThanOrEqual(210);
    // Most replies are 6–20 lines (header lines included).
    const short = replies.filter((d) => lineCount(d.text) >= 6 && lineCount(d.text) <= 24).length;
    expect(short / replies.length).toBeGreaterThan(0.85);
    for (const t of threads) {
      expect(lineCount(t.text)).toBeGreaterThan(200);
      expect(lineCount(t.text)).toBeLessThan(2100);
    }
    for (const p of pasted) {
      const bytes = Buffer.byteLength(p.text);
      expect(bytes).toBeGreaterThanOrEqual(1_000_000);
      expect(bytes).toBeLessThan(1024 * 1024); // the CLI's .txt limit
    }
    expect(drafts.some((d) => d.language === 'lv')).toBe(true);
    expect(drafts.some((d) => d.language === 'lt')).toBe(true);
    const withBreaches = drafts.filter((d) => d.breaches.length > 0).length / drafts.length;
    expect(withBreaches).toBeGreaterThan(0.15);
    expect(withBreaches).toBeLessThan(0.6);
    // Quoted history in the formats the parser must know.
    const all = threads.map((t) => t.text).join('\n');
    for (const marker of ['-----Original Message-----', '-----Originalus laiškas-----', 'Nuo: ', '> ', 'rašė:']) expect(all).toContain(marker);
  });

  it('plants the breaches it records', () => {
    const drafts = [...generateDrafts({ drafts: 1500, pasted: 0, seed: 9 })];
    const withRepeat = drafts.filter((d) => d.breaches.includes('repeated-words'));
    expect(withRepeat.length).toBeGreaterThan(0);
    for (const d of withRepeat) expect(d.text).toMatch(/\b(ir ir|Jus Jus|un un)\b/u);
    for (const d of drafts.filter((x) => x.breaches.includes('greeting-informal'))) expect(d.text).toMatch(/^(Labas,|Čau!)$/mu);
    for (const d of drafts.filter((x) => x.breaches.includes('escalating-phrase') && x.language === 'lt'))
      expect(d.text).toMatch(/Nusiraminkite|Pas mus tokia tvarka|Kiek galima Jums kartoti/u);
    // A planted personal code is a real one (valid date, century digit, check digit).
    const withCode = drafts.filter((d) => d.breaches.includes('personal-data'));
    expect(new Set(withCode.map((d) => d.language))).toEqual(new Set(['lt', 'lv']));
    for (const d of withCode) {
      const code = d.language === 'lv' ? /(?:personas kods) (\d{6}-\d{5})/u.exec(d.text)?.[1] : /(?:asmens kodas) (\d{11})/u.exec(d.text)?.[1];
      expect(code && (d.language === 'lv' ? isLatvianPersonalCode(code) : isLithuanianPersonalCode(code)), `${d.language} ${code}`).toBe(true);
    }
  });

  it('records what each draft breaks: the linter reports every recorded breach and nothing else', () => {
    // The bench's table of planted breaches found is only as true as this record. A staff note
    // from the reply's author to the author would be no staff thread (under a Gmail attribution,
    // which names the sender only, it reads as staff following up their own message); a Latvian
    // letter without its e-mail line or its invitation to give feedback does break lv-valsts.
    const drafts = [...generateDrafts({ drafts: 3000, pasted: 0, seed: 9 })];
    for (const breach of ['internal-thread', 'feedback-invite', 'signature-fields']) {
      expect(drafts.filter((d) => d.breaches.includes(breach as never)).length, breach).toBeGreaterThan(20);
    }
    const wrong: string[] = [];
    for (const d of drafts) {
      const profile = d.language === 'lv' ? 'lv-valsts' : 'lt';
      const reported = new Set(lint(parseTxtDraft(d.text), { profile }).map((m) => m.ruleId));
      // The Latvian standard sets no line or length limit: lv-valsts turns those rules off.
      const expected = d.breaches.filter((b) => !(profile === 'lv-valsts' && (b === 'line-length' || b === 'max-lines')));
      for (const breach of expected) if (!reported.has(breach)) wrong.push(`${d.kind} ${d.language}: ${breach} not reported`);
      for (const id of reported) if (!expected.includes(id as never)) wrong.push(`${d.kind} ${d.language}: ${id} reported, not recorded`);
    }
    expect(wrong).toEqual([]);
  });

  it('fixes the latency drafts: a 12-line draft and a 2,000-line thread', () => {
    expect(typicalDraft().split('\n').length - 1).toBe(12);
    expect(typicalDraft()).toBe(typicalDraft());
    expect(threadDraft(2000).split('\n').length - 1).toBe(2000);
    expect(threadDraft(2000)).toBe(threadDraft(2000));
  });
});
