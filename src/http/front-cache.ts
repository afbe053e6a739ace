import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import type { FastifyBaseLogger } from 'fastify';
import type { ArticleViews, PageHits, SiteShell } from './deps.js';
import type { CachedPage, PageCache } from '../web/page-cache.js';
import { type AccessLine, accessLine } from './access-log.js';
import { loggableUrl } from './log-url.js';
import { pageKey } from './render.js';

/**
 * Answers a request for a page that is in the page cache before Fastify sees it: the same bytes,
 * headers and log line as the routed answer, without routing, hooks and reply objects — about half
 * of a cached page's CPU (docs/decisions/0008-front-cache.md). Everything it is not sure of (a
 * query string, a cache miss, a content version due for its check, an unusual Accept-Encoding)
 * falls through to Fastify, which renders and fills the cache as before.
 */
export interface FrontCacheDeps {
  cache: PageCache;
  site: Pick<SiteShell, 'knownVersion'>;
  views: Pick<ArticleViews, 'add'>;
  /** Insights page views (src/insights); absent: not counted. */
  insights?: Pick<PageHits, 'count'>;
  now: () => Date;
  log: () => FastifyBaseLogger;
  /** Headers every response carries (the security headers). */
  headers: Record<string, string>;
}

export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A well-formed incoming X-Request-Id is kept (to follow a request across proxies); otherwise a new one. */
export function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Brotli quality for HTML, here and in @fastify/compress (app.tsx): fast enough per response. */
export const BROTLI_QUALITY = 4;

/** The encoding @fastify/compress would choose (br first, then gzip); null: leave it to Fastify. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return 'identity';
  let br = false;
  let gzip = false;
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.trim().toLowerCase().split(';');
    const name = rawName!.trim();
    if (!name) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p);
      if (!m) return null;
      q = Number(m[1]);
    }
    if (name === 'br') br = q > 0;
    else if (name === 'gzip') gzip = q > 0;
    else if (name === '*') return null;
  }
  return br ? 'br' : gzip ? 'gzip' : 'identity';
}

// Browsers send a handful of distinct Accept-Encoding values; each is parsed once.
const chosen = new Map<string, Encoding | null>();
function encodingFor(header: string | undefined): Encoding | null {
  if (!header) return 'identity';
  let enc = chosen.get(header);
  if (enc === undefined) {
    enc = chooseEncoding(header);
    if (chosen.size >= 64) chosen.clear();
    chosen.set(header, enc);
  }
  return enc;
}

/** Compressed once per cached page and kept with it (the routed path compresses on every request). */
function encoded(page: CachedPage, enc: 'br' | 'gzip'): Buffer {
  const have = page[enc];
  if (have) return have;
  const body =
    enc === 'br'
      ? zlib.brotliCompressSync(page.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: page.body.length } })
      : zlib.gzipSync(page.body);
  page[enc] = body;
  return body;
}

export function frontCache(d: FrontCacheDeps): FastPath {
  // One flat [name, value, …] list per encoding, made once and filled in per request (Node reads it
  // within writeHead and keeps nothing): no header object to walk, no list to build each time.
  const fixed = Object.entries({ ...d.headers, 'x-page-cache': 'hit', 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60', vary: 'accept-encoding' }).flat();
  const listFor = (enc: Encoding) => [...fixed, 'x-request-id', '', 'content-length', '', ...(enc === 'identity' ? [] : ['content-encoding', enc])];
  const lists = { identity: listFor('identity'), br: listFor('br'), gzip: listFor('gzip') };
  const ID = fixed.length + 1;
  const LENGTH = fixed.length + 3;
  let line: AccessLine | undefined;
  return (req, res) => {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (url.includes('?')) return false;
    const version = d.site.knownVersion();
    if (version === undefined) return false;
    const key = pageKey(url);
    const page = d.cache.get(key, version, d.now().getTime());
    if (!page || page.status !== 200 || page.body.length < 1024) return false;
    const enc = encodingFor(req.headers['accept-encoding']);
    if (enc === null) return false;

    const reqId = requestIdOf(req.headers['x-request-id']);
    let body = page.body;
    if (enc !== 'identity') {
      const had = page[enc];
      body = encoded(page, enc);
      if (!had) d.cache.grew(key);
    }
    const headers = lists[enc];
    headers[ID] = reqId;
    headers[LENGTH] = String(body.length);
    const started = performance.now();
    res.writeHead(200, headers);
    res.end(method === 'HEAD' ? undefined : body);
    if (page.articleId !== undefined && method === 'GET') d.views.add(page.articleId);
    if (page.subject && method === 'GET') d.insights?.count(page.subject, req.headers);
    // The routed path's line, field for field, so log readers see no difference.
    line ??= accessLine(d.log());
    // The same redaction as the routed line (src/http/log-url.ts): a cached page has no token today,
    // but the rule must not depend on what happens to be cacheable.
    line(reqId, method, loggableUrl(url), Math.round((performance.now() - started) * 10) / 10);
    return true;
  };
}
