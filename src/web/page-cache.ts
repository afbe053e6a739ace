/**
 * Rendered public pages, kept until the content version changes (on any instance: the version
 * lives in the database) or for `ttlMs`, whichever comes first. Bounded by count and by bytes
 * (bodies and their compressed copies): the oldest entry goes first.
 */
/** The page a response shows, for counting: kept with a cached page so cache hits count too. */
export interface PageSubject {
  kind: 'article' | 'doctor' | 'qa';
  id: number;
}

export interface CachedPage {
  /** Encoded once: a hit sends the bytes as they are (no UTF-8 encoding of ~21 kB per request). */
  body: Buffer;
  status: number;
  articleId?: number;
  /** The article, doctor or Q&A page shown, counted for insights on every hit. */
  subject?: PageSubject;
  /** Compressed copies, made on the first request that asks for them (src/http/front-cache.ts). */
  br?: Buffer;
  gzip?: Buffer;
}

interface Entry {
  page: CachedPage;
  version: number;
  expires: number;
  bytes: number;
}

const sizeOf = (p: CachedPage) => p.body.length + (p.br?.length ?? 0) + (p.gzip?.length ?? 0);

export class PageCache {
  private entries = new Map<string, Entry>();
  private totalBytes = 0;
  private rendering = new Map<string, Promise<CachedPage | null>>();
  /** Read by the metrics at scrape time (src/metrics/metrics.ts); plain numbers cost a hit nothing. */
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly maxBytes = 48 * 1024 * 1024,
  ) {}

  get(key: string, version: number, nowMs: number): CachedPage | undefined {
    const e = this.entries.get(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    if (e.version !== version || e.expires <= nowMs) {
      this.remove(key, e);
      this.misses++;
      return undefined;
    }
    this.hits++;
    return e.page;
  }

  set(key: string, page: CachedPage, version: number, nowMs: number): void {
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    const bytes = sizeOf(page);
    this.entries.set(key, { page, version, expires: nowMs + this.ttlMs, bytes });
    this.totalBytes += bytes;
    this.trim();
  }

  /**
   * The page for a key that missed: rendered once however many requests ask for it meanwhile.
   * After a publish every popular page misses at once; without this each of the requests already
   * waiting renders the same page (measured: 50 renders and a 700 ms stall on PostgreSQL).
   * `null` (nothing there) is shared too and not cached; a failed render fails every waiter.
   */
  fill(key: string, version: number, nowMs: number, render: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
    const id = `${version}\u0000${key}`;
    let pending = this.rendering.get(id);
    if (!pending) {
      pending = render()
        .then((page) => {
          if (page) this.set(key, page, version, nowMs);
          return page;
        })
        .finally(() => this.rendering.delete(id));
      this.rendering.set(id, pending);
    }
    return pending;
  }

  /** Records a compressed copy added to a cached page, so the byte bound still holds. */
  grew(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    const bytes = sizeOf(e.page);
    this.totalBytes += bytes - e.bytes;
    e.bytes = bytes;
    this.trim();
  }

  clear(): void {
    this.entries.clear();
    this.totalBytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  private remove(key: string, e: Entry): void {
    this.entries.delete(key);
    this.totalBytes -= e.bytes;
  }

  private trim(): void {
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) {
      const [key, e] = this.entries.entries().next().value!;
      this.remove(key, e);
    }
  }
}
