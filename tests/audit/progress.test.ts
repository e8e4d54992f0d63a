import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../audit/progress.js';

describe('ProgressBar', () => {
  it('shows share, messages, rate and time left on a terminal', () => {
    const written: string[] = [];
    const bar = new ProgressBar({ isTTY: true, write: (t: string) => written.push(t) }, 1000);
    const line = bar.line(500, 250, Date.now() + 10_000);
    expect(line).toMatch(/^\[######------------------\] 25\.0% · 500 messages · (49|50)\/s · (29|30|31)s left$/);
    bar.update(10, 100, true);
    expect(written[0]).toMatch(/^\r\[/);
    bar.done(20, 1000);
    expect(written.at(-1)).toBe('\n');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const bar = new ProgressBar({ isTTY: false, write: (t: string) => written.push(t) }, 1000);
    bar.update(10, 100, true);
    bar.done(10, 1000);
    expect(written).toEqual([]);
  });
});
