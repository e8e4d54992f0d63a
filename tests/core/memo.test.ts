// The core's two caches (linter/memo.ts): computed once per key, and bounded.
import { describe, expect, it } from 'vitest';
import { BoundedCache, oncePer } from '../../linter/memo.js';

describe('BoundedCache', () => {
  it('computes a value once while it is kept', () => {
    const cache = new BoundedCache<string>(10);
    let calls = 0;
    const upper = (key: string): string => {
      calls++;
      return key.toUpperCase();
    };
    expect(cache.get('a', upper)).toBe('A');
    expect(cache.get('a', upper)).toBe('A');
    expect(calls).toBe(1);
  });

  it('never holds more than its size, however many keys pass through', () => {
    const cache = new BoundedCache<number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.get(`key ${i}`, () => i);
      expect(cache.entries).toBeLessThanOrEqual(100);
    }
    // The most recent keys are still there: no recomputation.
    let calls = 0;
    for (let i = 9_990; i < 10_000; i++) expect(cache.get(`key ${i}`, () => (calls++, -1))).toBe(i);
    expect(calls).toBe(0);
  });

  it('keeps a key that keeps being asked for while others stream past', () => {
    const cache = new BoundedCache<number>(20);
    let computedHot = 0;
    for (let i = 0; i < 1_000; i++) {
      cache.get('hot', () => (computedHot++, 42));
      cache.get(`cold ${i}`, () => i);
    }
    expect(computedHot).toBe(1);
  });

  it('forgets what is not asked for again (bounded, not a leak)', () => {
    const cache = new BoundedCache<number>(4);
    cache.get('first', () => 1);
    for (let i = 0; i < 10; i++) cache.get(`other ${i}`, () => i);
    expect(cache.get('first', () => 2)).toBe(2);
  });
});

describe('oncePer', () => {
  it('computes once per object', () => {
    let calls = 0;
    const lengthOf = oncePer((list: number[]) => (calls++, list.length));
    const a = [1, 2, 3];
    expect(lengthOf(a)).toBe(3);
    expect(lengthOf(a)).toBe(3);
    expect(lengthOf([1])).toBe(1);
    expect(calls).toBe(2);
  });
});
