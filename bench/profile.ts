// CPU profiles as evidence for missed budgets: the hottest functions by self time, from an
// in-process profile (node:inspector) or a `node --cpu-prof` file.

import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Functions by self time, biggest first; idle, GC and program nodes are reported as such. */
export function hottest(profile: CpuProfile, root: string, limit = 12): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { name: string; where: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const dt = Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0);
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') continue;
    total += dt;
    let url = cf.url.replace(/^file:\/\//, '');
    if (url.startsWith('/')) url = relative(root, url);
    const where = url ? `${url}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName}@${where}`;
    const entry = self.get(key) ?? { name: cf.functionName || '(anonymous)', where, us: 0 };
    entry.us += dt;
    self.set(key, entry);
  }
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: total ? e.us / total : 0 }));
}

/** Profile `fn` in this process. */
export async function profileInProcess<T>(fn: () => T | Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const result = await fn();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    return { result, profile };
  } finally {
    session.disconnect();
  }
}

export function readCpuProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

export function formatHottest(list: HotFunction[]): string[] {
  return list.map((h) => `  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.selfMs.toFixed(0).padStart(6)} ms  ${h.name}  ${h.where}`);
}

/** A rule as the registry holds it: its `check` is wrapped with a timer for one pass. */
interface TimedRule {
  id: string;
  check: (...args: never[]) => unknown;
}

export interface RuleCost {
  id: string;
  /** µs per draft of the kind, the rule's `check` alone. */
  us: Record<string, number>;
}

/**
 * Each rule's own time per draft, by kind of draft (`bench --profile`): `pass(kind)` lints the
 * drafts of one kind while every rule's `check` is wrapped with a timer (the registry objects are
 * restored afterwards). What the core computes once per draft on first use (a line's words, the
 * content's retext tree, the quoted senders) is charged to the first rule that asks for it, and
 * each timed call adds the timer's own cost (about 0.1 µs).
 */
export function ruleCosts(rules: readonly TimedRule[], kinds: ReadonlyArray<{ kind: string; drafts: number; pass: () => void }>): { costs: RuleCost[]; totalUs: Record<string, number> } {
  const perDraft = (ms: number, drafts: number): number => (ms * 1000) / Math.max(1, drafts);
  // The whole lint first, unwrapped: the timers would add their own cost to it.
  const totalUs: Record<string, number> = {};
  for (const { kind, drafts, pass } of kinds) {
    pass();
    const t0 = performance.now();
    pass();
    totalUs[kind] = perDraft(performance.now() - t0, drafts);
  }
  const spent = new Float64Array(rules.length);
  const originals = rules.map((rule) => rule.check);
  rules.forEach((rule, i) => {
    const original = originals[i]!;
    rule.check = function timed(this: unknown, ...args: never[]): unknown {
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        spent[i]! += performance.now() - t0;
      }
    };
  });
  const costs: RuleCost[] = rules.map((rule) => ({ id: rule.id, us: {} }));
  try {
    for (const { kind, drafts, pass } of kinds) {
      pass(); // warm the wrapped calls
      spent.fill(0);
      pass();
      // A rule that never ran (switched off in every profile) has no figure.
      spent.forEach((ms, i) => {
        if (ms > 0) costs[i]!.us[kind] = perDraft(ms, drafts);
      });
    }
  } finally {
    rules.forEach((rule, i) => {
      rule.check = originals[i]!;
    });
  }
  return { costs, totalUs };
}

/** A Markdown table of `ruleCosts`, costliest (by the first kind) first. */
export function formatRuleCosts(result: { costs: RuleCost[]; totalUs: Record<string, number> }): string[] {
  const kinds = Object.keys(result.totalUs);
  const first = kinds[0] ?? '';
  const rows = [...result.costs].sort((a, b) => (b.us[first] ?? 0) - (a.us[first] ?? 0));
  const cell = (us: number | undefined): string => (us === undefined ? '–' : us.toFixed(1));
  const sums = kinds.map((kind) => result.costs.reduce((s, c) => s + (c.us[kind] ?? 0), 0));
  return [
    `| rule | ${kinds.map((kind) => `${kind}, µs per draft`).join(' | ')} |`,
    `|---|${kinds.map(() => '---:').join('|')}|`,
    ...rows.map((row) => `| ${row.id} | ${kinds.map((kind) => cell(row.us[kind])).join(' | ')} |`),
    `| all rules | ${sums.map((s) => s.toFixed(1)).join(' | ')} |`,
    `| whole lint, no timers (parse, rules, messages) | ${kinds.map((kind) => result.totalUs[kind]!.toFixed(1)).join(' | ')} |`,
  ];
}
