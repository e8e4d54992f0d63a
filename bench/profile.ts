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
