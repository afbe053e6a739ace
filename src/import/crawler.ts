import { decodeBytes } from './encoding.js';

// A polite crawler for one public site: same host only, robots.txt obeyed (User-agent * and
// ClinicPress), the sitemap first, a small number of parallel requests with a delay between each
// worker's requests, and a page limit. It reads; it never submits anything.

export const USER_AGENT = 'ClinicPress-Import/1.0 (+site migration; respects robots.txt)';

export interface CrawlOptions {
  limit: number;
  concurrency: number;
  delayMs: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Called for each fetched HTML page; return the links to follow. */
  onPage(page: FetchedPage): Promise<string[]> | string[];
  shouldStop?: () => boolean;
}

export interface FetchedPage {
  url: string;
  status: number;
  html: string | null;
  contentType: string;
  encoding?: string;
  error?: string;
}

export interface Robots {
  allows(path: string): boolean;
  sitemaps: string[];
}

/** The Disallow/Allow rules of the group for `*` (or ClinicPress); longest match wins, as Google does. */
export function parseRobots(text: string): Robots {
  const groups: { agents: string[]; rules: { allow: boolean; path: string }[] }[] = [];
  const sitemaps: string[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/).slice(0, 5000)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || !current) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === 'sitemap') sitemaps.push(value);
    else if ((key === 'disallow' || key === 'allow') && current) {
      if (value) current.rules.push({ allow: key === 'allow', path: value });
    }
  }
  const mine = groups.find((g) => g.agents.some((a) => a.startsWith('clinicpress'))) ?? groups.find((g) => g.agents.includes('*'));
  const rules = mine?.rules ?? [];
  const matches = (rule: string, path: string) => {
    // '*' wildcards and a '$' end anchor; everything else is a prefix.
    const re = new RegExp(`^${rule.replace(/[.+?^${}()|[\]\\]/g, (c) => (c === '$' ? '$' : `\\${c}`)).replace(/\*/g, '.*')}`);
    return re.test(path);
  };
  return {
    sitemaps,
    allows(path) {
      let best: { allow: boolean; len: number } | undefined;
      for (const r of rules) if (matches(r.path, path) && (!best || r.path.length > best.len || (r.path.length === best.len && r.allow))) best = { allow: r.allow, len: r.path.length };
      return best?.allow ?? true;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function fetchBytes(url: string, timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, method = 'GET'): Promise<{ status: number; bytes: Buffer; contentType: string }> {
  const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': USER_AGENT } });
  const contentType = res.headers.get('content-type') ?? '';
  if (method === 'HEAD' || !res.body) return { status: res.status, bytes: Buffer.alloc(0), contentType };
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) {
    n += c.byteLength;
    if (n > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
    chunks.push(Buffer.from(c));
  }
  return { status: res.status, bytes: Buffer.concat(chunks), contentType };
}

/** Same host as the start URL; fragments dropped; only http(s). */
export function sameHost(start: URL, href: string): URL | null {
  try {
    const u = new URL(href, start);
    u.hash = '';
    return u.host === start.host && /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}

async function sitemapUrls(start: URL, robots: Robots, timeoutMs: number): Promise<string[]> {
  const queue = robots.sitemaps.length ? [...robots.sitemaps] : [new URL('/sitemap.xml', start).toString()];
  const out: string[] = [];
  const seen = new Set<string>();
  while (queue.length && seen.size < 50) {
    const url = queue.shift()!;
    if (seen.has(url) || !sameHost(start, url)) continue;
    seen.add(url);
    try {
      const r = await fetchBytes(url, timeoutMs);
      if (r.status !== 200) continue;
      const xml = decodeBytes(r.bytes, r.contentType).text;
      const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      if (/<sitemapindex/i.test(xml)) queue.push(...locs);
      else out.push(...locs);
    } catch {
      // No sitemap: the crawl starts from the start page alone.
    }
  }
  return out;
}

export interface CrawlResult {
  fetched: number;
  skippedByRobots: string[];
  failed: { url: string; status: number; error?: string }[];
}

/** Attempts per page: an old CMS under load drops a connection or answers 5xx now and then. */
const ATTEMPTS = 3;
/**
 * Attempts when the last one failed without an answer. A kept-alive connection the old server
 * closed (its idle timeout, often 5 s) just as it is reused fails before the request reaches the
 * server: on a busy importer that cost a page its last attempt although the server never saw it
 * (the import test once saw the flaky page requested twice, not three times, and the page missing).
 */
const NETWORK_ATTEMPTS = ATTEMPTS + 1;

/**
 * A page fetched again after a network error, a timeout, 429 or 5xx (after 0.5 s, then 1 s each time): a
 * page lost to one such hiccup was missing from the import without a word (seen on a loaded
 * machine in the import test). 4xx other than 429 is the old site's answer and is not retried.
 */
async function fetchTransientRetried(url: string, timeoutMs: number, maxBytes?: number): ReturnType<typeof fetchBytes> {
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await fetchBytes(url, timeoutMs, maxBytes);
      if (attempt >= ATTEMPTS || (r.status < 500 && r.status !== 429)) return r;
    } catch (err) {
      if (attempt >= NETWORK_ATTEMPTS) throw err;
    }
    await sleep(500 * Math.min(attempt, 2));
  }
}

export async function crawl(startUrl: string, opts: CrawlOptions): Promise<CrawlResult> {
  const start = new URL(startUrl);
  const timeoutMs = opts.timeoutMs ?? 15_000;
  let robots: Robots = parseRobots('');
  try {
    const r = await fetchBytes(new URL('/robots.txt', start).toString(), timeoutMs, 512 * 1024);
    if (r.status === 200) robots = parseRobots(r.bytes.toString('utf8'));
  } catch {
    // Unreachable robots.txt: crawl with no rules, as crawlers do.
  }
  const seen = new Set<string>();
  const queue: string[] = [];
  const result: CrawlResult = { fetched: 0, skippedByRobots: [], failed: [] };
  const enqueue = (href: string) => {
    const u = sameHost(start, href);
    if (!u) return;
    const key = u.toString();
    if (seen.has(key)) return;
    seen.add(key);
    if (!robots.allows(u.pathname + u.search)) {
      result.skippedByRobots.push(key);
      return;
    }
    // Images, documents and scripts are not pages.
    if (/\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|docx?|xlsx?|zip|rar|mp4|mp3|swf)$/i.test(u.pathname)) return;
    queue.push(key);
  };
  enqueue(start.toString());
  for (const u of await sitemapUrls(start, robots, timeoutMs)) enqueue(u);

  let taken = 0;
  const worker = async () => {
    while (queue.length && taken < opts.limit && !opts.shouldStop?.()) {
      const url = queue.shift()!;
      taken++;
      let page: FetchedPage;
      try {
        const r = await fetchTransientRetried(url, timeoutMs, opts.maxBytes);
        const isHtml = /html|xml/i.test(r.contentType) || (!r.contentType && /^\s*</.test(r.bytes.subarray(0, 64).toString('latin1')));
        const dec = r.status === 200 && isHtml ? decodeBytes(r.bytes, r.contentType) : null;
        page = { url, status: r.status, html: dec?.text ?? null, contentType: r.contentType, encoding: dec?.encoding };
        if (r.status >= 400) result.failed.push({ url, status: r.status });
      } catch (err) {
        page = { url, status: 0, html: null, contentType: '', error: err instanceof Error ? err.message : String(err) };
        result.failed.push({ url, status: 0, error: page.error });
      }
      result.fetched++;
      const links = await opts.onPage(page);
      for (const l of links) enqueue(l);
      if (opts.delayMs) await sleep(opts.delayMs);
    }
  };
  // Workers that find the queue empty stop; one more pass picks up links found meanwhile.
  while (queue.length && taken < opts.limit && !opts.shouldStop?.()) {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  }
  return result;
}
