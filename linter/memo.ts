// The two kinds of cache the core keeps: a value computed once per object while that object lives
// (a draft, a lexicon, an options object), and a bounded cache by text for what repeats across
// drafts (signature lines, quoted header lines, processor configurations).

/**
 * `compute(key)` runs once per key object; the value is forgotten with the object. For keys that
 * live long (an options object, a lexicon); per draft, `oncePerDraft`.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute(key);
      values.set(key, value);
    }
    return value;
  };
}

/** What `oncePerDraft` keeps its values in: a map that lives and dies with one draft. */
export interface HasMemo {
  readonly memo: Map<object, unknown>;
}

/**
 * `compute(draft)` runs once per draft; the value is kept in the draft's own `memo`, so it is
 * garbage as soon as the draft is. For keys that live as long as one lint (a draft): a WeakMap
 * there (`oncePer`) cost a tenth of the corpus's lint time in young-generation collections. The
 * scavenger keeps an old WeakMap's entries whose keys are young, so every draft whose parse
 * tree or quoted senders had been cached survived each collection of its time, with its lines
 * and words, and was copied and promoted (a scavenge averaged 3.4 ms over the lt replies, now 1.4).
 */
export function oncePerDraft<K extends HasMemo, V>(compute: (key: K) => V): (key: K) => V {
  const slot = {};
  return (key) => {
    let value = key.memo.get(slot) as V | undefined;
    if (value === undefined) {
      value = compute(key);
      key.memo.set(slot, value);
    }
    return value;
  };
}

/**
 * At most `size` values by string key, each computed once while it is kept. Two generations:
 * new values go into the young one; when that holds half of `size`, the old generation is
 * dropped and the young one becomes the old. A value found in the old generation is copied into
 * the young one, so what keeps being asked for stays. (Evicting a Map's oldest entry one at a
 * time, as before, leaves deleted slots at the front that every later `keys().next()` walks.)
 */
export class BoundedCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private readonly half: number;

  constructor(size: number) {
    this.half = Math.max(1, Math.floor(size / 2));
  }

  get(key: string, compute: (key: string) => V): V {
    let value = this.young.get(key);
    if (value !== undefined) return value;
    value = this.old.get(key);
    if (value === undefined) value = compute(key);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }

  /** Entries held (a key in both generations counts twice); never more than `size`. */
  get entries(): number {
    return this.young.size + this.old.size;
  }
}
