/**
 * Values that change only with the content version (the related articles, doctors and Q&A of a
 * category), kept until the version moves. Every article of a category asked the database for the
 * same three lists; on PostgreSQL each of those queries is parsed and planned again (1–3 ms), which
 * is what an uncached article page costs most. A failed load is not kept.
 */
export class PerVersion<V> {
  private version = -1;
  private values = new Map<string, Promise<V>>();

  constructor(private readonly maxKeys = 500) {}

  get(version: number, key: string, load: () => Promise<V>): Promise<V> {
    if (version !== this.version) {
      this.values.clear();
      this.version = version;
    }
    let value = this.values.get(key);
    if (!value) {
      if (this.values.size >= this.maxKeys) this.values.clear();
      value = load();
      this.values.set(key, value);
      value.catch(() => {
        if (this.values.get(key) === value) this.values.delete(key);
      });
    }
    return value;
  }
}
