// When the command line adds worker threads to the main thread (cli/pool.ts): only when the
// files left would take the main thread longer, at its pace so far, than a worker costs to start.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTasks, type LintTask } from '../../cli/lint-file.js';
import { lintInPool, PROBE_MS, WORKERS_PAY_OFF_MS, workersToStart } from '../../cli/pool.js';

describe('workersToStart', () => {
  it('does not judge the pace before the probe time (the first files run cold)', () => {
    expect(workersToStart(PROBE_MS - 1, 10, 1_000_000, 1)).toBe(0);
    expect(workersToStart(PROBE_MS, 10, 1_000_000, 1)).toBe(1);
  });

  it('starts workers when the files left would take longer than their start repays', () => {
    // 0.5 ms a file so far: 4,000 files left are 2 s, 4,002 are just over.
    const elapsed = PROBE_MS;
    const done = elapsed / 0.5;
    expect(workersToStart(elapsed, done, WORKERS_PAY_OFF_MS / 0.5, 7)).toBe(0);
    expect(workersToStart(elapsed, done, WORKERS_PAY_OFF_MS / 0.5 + 2, 7)).toBe(1);
  });

  it('one worker for each stretch of work that repays a start, at most one per further core', () => {
    const elapsed = PROBE_MS;
    const done = elapsed / 0.5;
    const filesFor = (ms: number): number => ms / 0.5;
    expect(workersToStart(elapsed, done, filesFor(3.5 * WORKERS_PAY_OFF_MS), 7)).toBe(3);
    expect(workersToStart(elapsed, done, filesFor(100 * WORKERS_PAY_OFF_MS), 7)).toBe(7);
    expect(workersToStart(elapsed, done, filesFor(100 * WORKERS_PAY_OFF_MS), 1)).toBe(1);
  });

  it('a run of short replies stays in one thread; the bench corpus does not', () => {
    // Paces seen on the 2-core bench machine after 300 ms: ~0.75 ms a reply (cold).
    expect(workersToStart(300, 400, 2_000 - 400, 1)).toBe(0);
    expect(workersToStart(300, 400, 10_000 - 400, 1)).toBe(1);
  });

  it('no file done yet: nothing to judge by', () => {
    expect(workersToStart(10_000, 0, 10_000, 1)).toBe(0);
  });
});

describe('lintInPool: workers that die', () => {
  const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'inputs');
  const tasks: LintTask[] = Array.from({ length: 1000 }, (_, i) => {
    const path = join(fixture, i % 2 ? 'clean.txt' : 'errors.txt');
    return { path, displayPath: `d${i}.txt`, kind: 'txt', options: { profile: 'lt' }, overrides: {}, fix: false };
  });

  it('a worker that cannot load has linted nothing: the main thread lints its batches, nothing is lost', async () => {
    const stats = { inWorkers: 0 };
    const outcomes = await lintInPool(tasks, { maxThreads: 2, workersAtOnce: true, workerUrl: new URL('file:///nonexistent/email-lint-worker.js'), stats });
    expect(stats.inWorkers).toBe(0);
    expect(outcomes).toEqual(await lintTasks(tasks));
  });

  it('a worker that dies on a batch: that batch is reported as internal errors, every other file is linted', async () => {
    const workerUrl = new URL('../support/worker-dies-after-loading.mjs', import.meta.url);
    const outcomes = await lintInPool(tasks, { maxThreads: 2, workersAtOnce: true, workerUrl });
    const expected = await lintTasks(tasks);
    expect(outcomes).toHaveLength(tasks.length);
    const failed = outcomes.flatMap((outcome, i) => (outcome.ok ? [] : [i]));
    // Each of the (at most 4) workers took two batches (of at most 64) before it died: those are
    // reported, not lost, and no more.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThanOrEqual(4 * 2 * 64);
    for (const i of failed) expect(outcomes[i]).toEqual({ ok: false, displayPath: `d${i}.txt`, reason: expect.stringContaining('internal error (') });
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) expect(outcome).toEqual(expected[i]);
    });
  });

  it('a worker that ends its thread without an error: its batches are reported, the run does not wait for them', async () => {
    const workerUrl = new URL('../support/worker-exits-after-loading.mjs', import.meta.url);
    const outcomes = await lintInPool(tasks, { maxThreads: 2, workersAtOnce: true, workerUrl });
    expect([...outcomes].filter((outcome) => outcome === undefined)).toEqual([]);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) expect(outcome).toMatchObject({ ok: false, reason: 'internal error (worker thread exited with code 0)' });
  });
});
