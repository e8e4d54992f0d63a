// When the command line adds worker threads to the main thread (cli/pool.ts): only when the
// files left would take the main thread longer, at its pace so far, than a worker costs to start.

import { describe, expect, it } from 'vitest';
import { PROBE_MS, WORKERS_PAY_OFF_MS, workersPayOff } from '../../cli/pool.js';

describe('workersPayOff', () => {
  it('does not judge the pace before the probe time (the first files run cold)', () => {
    expect(workersPayOff(PROBE_MS - 1, 10, 1_000_000)).toBe(false);
    expect(workersPayOff(PROBE_MS, 10, 1_000_000)).toBe(true);
  });

  it('starts workers when the files left would take longer than their start repays', () => {
    // 0.5 ms a file so far: 4,000 files left are 2 s, 4,002 are just over.
    const elapsed = PROBE_MS;
    const done = elapsed / 0.5;
    expect(workersPayOff(elapsed, done, WORKERS_PAY_OFF_MS / 0.5)).toBe(false);
    expect(workersPayOff(elapsed, done, WORKERS_PAY_OFF_MS / 0.5 + 2)).toBe(true);
  });

  it('a run of short replies stays in one thread; the bench corpus does not', () => {
    // Paces seen on the 2-core bench machine after 300 ms: ~0.75 ms a reply (cold).
    expect(workersPayOff(300, 400, 2_000 - 400)).toBe(false);
    expect(workersPayOff(300, 400, 10_000 - 400)).toBe(true);
  });

  it('no file done yet: nothing to judge by', () => {
    expect(workersPayOff(10_000, 0, 10_000)).toBe(false);
  });
});
