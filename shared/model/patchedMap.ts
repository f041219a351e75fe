/**
 * A map read through a few changes to a base map it leaves untouched: a drop measures a handful of
 * cards again, and copying the sizes and boxes of 10,000 cards for that would cost more than the
 * measuring. Iterates the base's keys in its order, then the keys the changes added.
 */
export class PatchedMap<V> implements ReadonlyMap<string, V> {
  private readonly changes = new Map<string, V | undefined>();
  private count: number;
  /** How many patched maps are stacked here, this one included. */
  readonly depth: number;

  constructor(private readonly base: ReadonlyMap<string, V>) {
    this.count = base.size;
    this.depth = base instanceof PatchedMap ? base.depth + 1 : 1;
  }

  set(key: string, value: V): this {
    if (!this.has(key)) this.count++;
    this.changes.set(key, value);
    return this;
  }

  delete(key: string): boolean {
    if (!this.has(key)) return false;
    this.count--;
    this.changes.set(key, undefined);
    return true;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.changes.has(key) ? this.changes.get(key) !== undefined : this.base.has(key);
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this) fn(value, key, this);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, value] of this.base) {
      if (!this.changes.has(key)) yield [key, value];
      else {
        const changed = this.changes.get(key);
        if (changed !== undefined) yield [key, changed];
      }
    }
    for (const [key, value] of this.changes)
      if (value !== undefined && !this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** How deep patched maps may stack (one drop after another) before one is copied flat. */
const MAX_DEPTH = 4;

/** `map` as a base for a new patched map: itself, or a plain copy when layers would pile up. */
export function unstacked<V>(map: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  if (map instanceof Map) return map;
  return map instanceof PatchedMap && map.depth < MAX_DEPTH ? map : new Map(map);
}
