import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
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
 * benchmarking, multicast and reserved ranges; IPv6's unspecified, loopback and IPv4-compatible
 * (::/96), NAT64 (well-known and local-use), discard-only, documentation, unique-local, link-local
 * and multicast ranges (BlockList checks an IPv4-mapped address, ::ffff:127.0.0.1, against the IPv4
 * ranges). A page of the old site, or of whoever took it over, naming an image at
 * http://169.254.169.254/… or http://127.0.0.1:5432/ would otherwise have the importer read it
 * and store it as a public image; a redirect is checked the same way at every hop.
 */
const PRIVATE = new net.BlockList();
for (const [net4, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) PRIVATE.addSubnet(net4, bits, 'ipv4');
for (const [net6, bits] of [['::', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net6, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  return family === 0 || PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** The import refused an address (it is not an error of the old site). */
export class RefusedAddress extends Error {}

type Resolve = (hostname: string) => Promise<LookupAddress[]>;
const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });
let resolve: Resolve = systemResolve;

/**
 * Tests only: answer names as a given DNS server would (one that changes its answer between two
 * questions, say) instead of the system's resolver; `undefined` puts the system's back. Both the
 * early check and the connection's own lookup ask it, as both ask the system otherwise.
 */
export function setResolverForTests(r: Resolve | undefined): void {
  resolve = r ?? systemResolve;
}

/** A name that is this machine whatever DNS says (RFC 6761), refused before it is looked up. */
const LOCAL_NAME = /(^|\.)localhost\.?$/i;

function refusedAmong(host: string, addresses: readonly string[]): RefusedAddress | undefined {
  const bad = addresses.find(isPrivateAddress);
  return bad === undefined ? undefined : new RefusedAddress(`${host} is a private or local address (${bad}): not fetched`);
}

/**
 * The lookup of every connection to a host the operator did not name: the addresses it answers are
 * the ones the socket connects to, so checking them here leaves no moment for the answer to change
 * in (DNS rebinding: a public address for an earlier check, 127.0.0.1 for the connection). Node
 * skips the lookup for a literal address, which assertFetchable has checked.
 */
const checkedLookup: net.LookupFunction = (hostname, options, callback) => lookupWith(true, hostname, options, callback);
/** The named host's: the same resolver, no check. */
const namedLookup: net.LookupFunction = (hostname, options, callback) => lookupWith(false, hostname, options, callback);

function lookupWith(check: boolean, hostname: string, options: LookupOptions, callback: Parameters<net.LookupFunction>[2]): void {
  resolve(hostname).then(
    (found) => {
      // Every answer is checked, not only those of the family asked for: the check does not depend on how the socket picks.
      const refused = check ? refusedAmong(hostname, found.map((a) => a.address)) : undefined;
      const usable = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
      if (refused) callback(refused, '', 0);
      else if (!usable.length) callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
      else if (options.all) callback(null, usable);
      else callback(null, usable[0]!.address, usable[0]!.family);
    },
    (err: NodeJS.ErrnoException) => callback(err, '', 0),
  );
}

/**
 * Connections to the named host and to any other host never share a pool, so a kept-alive socket
 * opened without the check (the named host may be private) serves only requests to the named host.
 * Idle sockets are dropped after 4 s, before the usual 5 s an old server keeps them.
 */
const agents = (lookup: net.LookupFunction) => {
  const options = { keepAlive: true, timeout: 4000, lookup };
  return { http: new http.Agent(options), https: new https.Agent(options) };
};
const AGENTS = { named: agents(namedLookup), checked: agents(checkedLookup) };

/**
 * Throws RefusedAddress when `u` is not http(s), carries a user name or password, or its host is,
 * or resolves to, a private or local address. For a name this is an early refusal with the page's
 * host and port; what makes it safe is checkedLookup, on the answer actually connected to.
 */
async function assertFetchable(u: URL, named: boolean): Promise<void> {
  if (!/^https?:$/.test(u.protocol)) throw new RefusedAddress(`${u.protocol} addresses are not fetched`);
  // fetch() refused these too; node:http would send them to the old site's server as a password.
  if (u.username || u.password) throw new RefusedAddress('addresses with a user name or password are not fetched');
  if (named) return;
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  if (LOCAL_NAME.test(host)) throw new RefusedAddress(`${u.host} is a local name: not fetched`);
  const refused = refusedAmong(u.host, net.isIP(host) ? [host] : (await resolve(host)).map((a) => a.address));
  if (refused) throw refused;
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

function send(u: URL, method: 'GET' | 'HEAD', named: boolean, signal: AbortSignal): Promise<http.IncomingMessage> {
  const https_ = u.protocol === 'https:';
  const agent = AGENTS[named ? 'named' : 'checked'][https_ ? 'https' : 'http'];
  // What fetch() sent and decoded, so old sites answer as they did before node:http.
  const headers = { 'user-agent': USER_AGENT, accept: '*/*', 'accept-encoding': 'gzip, deflate, br' };
  return new Promise((resolveResponse, reject) => {
    const req = (https_ ? https : http).request(u, { method, agent, signal, headers }, resolveResponse);
    req.on('error', reject);
    req.end();
  });
}

/** The body as fetch() gave it: decompressed, so maxBytes bounds what is stored (and a compression bomb). */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  // Lenient flushing as undici's: an old server's truncated gzip still yields what it sent.
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip(lenient) : encoding === 'deflate' ? zlib.createInflate(lenient) : encoding === 'br' ? zlib.createBrotliDecompress() : undefined;
  return decoder ? pipeline(res, decoder, () => {}) : res;
}

export async function fetchBytes(url: string, opts: FetchOptions = {}): Promise<{ status: number; bytes: Buffer; contentType: string }> {
  const { timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, method = 'GET', trustedHost } = opts;
  const signal = AbortSignal.timeout(timeoutMs);
  let target = new URL(url);
  let res: http.IncomingMessage;
  try {
    // Redirects are followed by hand, so that each hop's address is checked before it is fetched.
    for (let hop = 0; ; hop++) {
      const named = trustedHost !== undefined && target.host === trustedHost;
      await assertFetchable(target, named);
      res = await send(target, method, named, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status < 300 || status > 399 || status === 304 || !location) break;
      res.destroy();
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      target = new URL(location, target);
    }
    const status = res.statusCode ?? 0;
    const contentType = res.headers['content-type'] ?? '';
    if (method === 'HEAD') {
      res.resume();
      return { status, bytes: Buffer.alloc(0), contentType };
    }
    const chunks: Buffer[] = [];
    let n = 0;
    for await (const c of decoded(res) as AsyncIterable<Buffer>) {
      n += c.byteLength;
      if (n > maxBytes) {
        res.destroy();
        throw new Error(`larger than ${maxBytes} bytes`);
      }
      chunks.push(c);
    }
    return { status, bytes: Buffer.concat(chunks), contentType };
  } catch (err) {
    // The timeout as fetch() reported it, not the reset socket it leaves behind.
    throw signal.aborted && !(err instanceof RefusedAddress) ? signal.reason : err;
  }
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
