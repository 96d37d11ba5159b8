// A small least-recently-used map: the store keeps recent query results (per data version) in one,
// so the pages of the same question are slices of one computed answer.
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks it most recent.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The values, least recently used first. */
  values(): V[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }
}
