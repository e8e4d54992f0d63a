// The two kinds of cache the core keeps: a value computed once per object while that object lives
// (a draft, a lexicon, an options object), and a bounded cache by text for what repeats across
// drafts (signature lines, quoted header lines, processor configurations).

/** `compute(key)` runs once per key object; the value is forgotten with the object. */
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

/** At most `size` values by string key, each computed once; when full, the oldest entry goes. */
export class BoundedCache<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, compute: (key: string) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.values.size >= this.size) this.values.delete(this.values.keys().next().value!);
      this.values.set(key, value);
    }
    return value;
  }
}
