/**
 * Rendered public pages, kept until the content version changes (on any instance: the version
 * lives in the database) or for `ttlMs`, whichever comes first. Bounded: the oldest entry goes first.
 */
export interface CachedPage {
  /** Encoded once: a hit sends the bytes as they are (no UTF-8 encoding of ~21 kB per request). */
  body: Buffer;
  status: number;
  articleId?: number;
  /** Compressed copies, made on the first request that asks for them (src/http/front-cache.ts). */
  br?: Buffer;
  gzip?: Buffer;
}

export class PageCache {
  private entries = new Map<string, { page: CachedPage; version: number; expires: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, version: number, nowMs: number): CachedPage | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.version !== version || e.expires <= nowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.page;
  }

  set(key: string, page: CachedPage, version: number, nowMs: number): void {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { page, version, expires: nowMs + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
