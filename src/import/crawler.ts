import { lookup } from 'node:dns/promises';
import net from 'node:net';
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

/**
 * Addresses an import never fetches from, unless the operator named that host: loopback, private
 * networks, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, documentation and
 * benchmarking, multicast and reserved ranges; IPv6's unspecified, loopback, NAT64, unique-local,
 * link-local and multicast ranges (BlockList checks an IPv4-mapped address, ::ffff:127.0.0.1,
 * against the IPv4 ranges). A page of the old site, or of whoever took it over, naming an image at
 * http://169.254.169.254/… or http://127.0.0.1:5432/ would otherwise have the importer read it
 * and store it as a public image; a redirect is checked the same way at every hop.
 */
const PRIVATE = new net.BlockList();
for (const [net4, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) PRIVATE.addSubnet(net4, bits, 'ipv4');
for (const [net6, bits] of [['::', 128], ['::1', 128], ['64:ff9b::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net6, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  return family === 0 || PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The import refused an address (it is not an error of the old site). */
export class RefusedAddress extends Error {}

/** Throws RefusedAddress when `u` is not http(s) or its host is, or resolves to, a private address. */
async function assertFetchable(u: URL, trustedHost: string | undefined): Promise<void> {
  if (!/^https?:$/.test(u.protocol)) throw new RefusedAddress(`${u.protocol} addresses are not fetched`);
  if (trustedHost !== undefined && u.host === trustedHost) return;
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  const bad = addresses.find(isPrivateAddress);
  if (bad !== undefined) throw new RefusedAddress(`${u.host} is a private or local address (${bad}): not fetched`);
}

const MAX_REDIRECTS = 5;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  method?: 'GET' | 'HEAD';
  /**
   * The host (host:port, as in a URL) the operator named, such as the old site on an intranet: it
   * may be a private address. Every other host must be public.
   */
  trustedHost?: string;
}

export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<{ status: number; bytes: Buffer; contentType: string }> {
  const { timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, method = 'GET', trustedHost } = opts;
  const signal = AbortSignal.timeout(timeoutMs);
  let target = new URL(url);
  let res: Response;
  // Redirects are followed by hand, so that each hop's address is checked before it is fetched.
  for (let hop = 0; ; hop++) {
    await assertFetchable(target, trustedHost);
    res = await fetch(target, { method, redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT } });
    const location = res.headers.get('location');
    if (res.status < 300 || res.status > 399 || res.status === 304 || !location) break;
    await res.body?.cancel();
    if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
    target = new URL(location, target);
  }
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
      const r = await fetchBytes(url, { timeoutMs, trustedHost: start.host });
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
async function fetchTransientRetried(url: string, opts: FetchOptions): ReturnType<typeof fetchBytes> {
  for (let attempt = 1; ; attempt++) {
    try {
      const r = await fetchBytes(url, opts);
      if (attempt >= ATTEMPTS || (r.status < 500 && r.status !== 429)) return r;
    } catch (err) {
      if (attempt >= NETWORK_ATTEMPTS || err instanceof RefusedAddress) throw err;
    }
    await sleep(500 * Math.min(attempt, 2));
  }
}

export async function crawl(startUrl: string, opts: CrawlOptions): Promise<CrawlResult> {
  const start = new URL(startUrl);
  const timeoutMs = opts.timeoutMs ?? 15_000;
  let robots: Robots = parseRobots('');
  try {
    const r = await fetchBytes(new URL('/robots.txt', start).toString(), { timeoutMs, maxBytes: 512 * 1024, trustedHost: start.host });
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
        const r = await fetchTransientRetried(url, { timeoutMs, maxBytes: opts.maxBytes, trustedHost: start.host });
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
