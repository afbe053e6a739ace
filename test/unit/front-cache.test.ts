import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import pino from 'pino';
import { chooseEncoding, frontCache } from '../../src/http/front-cache.js';
import { PageCache } from '../../src/web/page-cache.js';

// The fast path in front of Fastify, on a real node:http server whose fallback handler answers
// "routed": every case it must not answer itself has to reach the fallback.

const BODY = Buffer.from(`<!doctype html><html lang="zh-CN"><title>白癜风</title><p>${'光疗需要坚持，按医嘱复诊。'.repeat(200)}</p></html>`);
const NOW = 1_800_000_000_000;

describe('front cache', () => {
  const cache = new PageCache(10, 60_000);
  const site = { version: 7 as number | undefined, knownVersion() { return this.version; } };
  const views: number[] = [];
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
  const fast = frontCache({ cache, site, views: { add: (id: number) => void views.push(id) }, now: () => new Date(NOW), log: () => log, headers: { 'x-frame-options': 'SAMEORIGIN', 'content-security-policy': "default-src 'self'" } });
  let base = '';
  let server: http.Server;

  before(async () => {
    server = http.createServer((req, res) => {
      if (!fast(req, res)) res.writeHead(299, { 'content-type': 'text/plain' }).end('routed');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const put = (key: string, articleId?: number) => cache.set(key, { body: BODY, status: 200, articleId }, 7, NOW);
  const get = (path: string, init: RequestInit = {}) => fetch(base + path, { ...init, headers: { 'accept-encoding': 'identity', ...(init.headers as Record<string, string>) } });

  test('a cached page is answered with its bytes, the shared headers, one log line and a counted view', async () => {
    put('zh-CN:/articles/a', 42);
    views.length = 0;
    lines.length = 0;
    const res = await get('/articles/a', { headers: { 'x-request-id': 'abc-123' } });
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), BODY);
    assert.equal(res.headers.get('x-page-cache'), 'hit');
    assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'self'");
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=60');
    assert.equal(res.headers.get('vary'), 'accept-encoding');
    assert.equal(res.headers.get('content-length'), String(BODY.length));
    assert.equal(res.headers.get('x-request-id'), 'abc-123');
    assert.deepEqual(views, [42]);
    assert.equal(lines.length, 1);
    assert.deepEqual({ ...lines[0], time: 0, pid: 0, hostname: '', ms: 0 }, { level: 30, time: 0, pid: 0, hostname: '', reqId: 'abc-123', method: 'GET', url: '/articles/a', status: 200, ms: 0, msg: 'request' });
  });

  test('an unusable request id is replaced by a fresh one', async () => {
    put('zh-CN:/articles/a', 42);
    const res = await get('/articles/a', { headers: { 'x-request-id': 'bad id with spaces' } });
    assert.match(res.headers.get('x-request-id')!, /^[0-9a-f-]{36}$/);
  });

  test('English pages have their own key', async () => {
    put('en:/doctors');
    assert.equal((await get('/en/doctors')).status, 200);
    assert.equal((await get('/doctors')).status, 299);
  });

  test('br and gzip are compressed once and decode to the same bytes', async () => {
    put('zh-CN:/c');
    for (const enc of ['br', 'gzip'] as const) {
      for (let i = 0; i < 2; i++) {
        const res = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/c`, { headers: { 'accept-encoding': enc === 'br' ? 'gzip, deflate, br' : 'gzip;q=1, br;q=0' } }, resolve));
        const chunks: Buffer[] = [];
        for await (const c of res) chunks.push(c as Buffer);
        const raw = Buffer.concat(chunks);
        assert.equal(res.headers['content-encoding'], enc);
        assert.equal(res.headers['content-length'], String(raw.length));
        assert.deepEqual(enc === 'br' ? zlib.brotliDecompressSync(raw) : zlib.gunzipSync(raw), BODY);
      }
    }
    const page = cache.get('zh-CN:/c', 7, NOW)!;
    assert.ok(page.br && page.gzip, 'the compressed copies are kept with the page');
  });

  test('HEAD gets the headers without a body and counts no view', async () => {
    put('zh-CN:/h', 9);
    views.length = 0;
    const res = await get('/h', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String(BODY.length));
    assert.equal((await res.arrayBuffer()).byteLength, 0);
    assert.deepEqual(views, []);
  });

  test('everything it is not sure of goes to the router', async () => {
    put('zh-CN:/p');
    assert.equal((await get('/p', { method: 'POST', body: 'x=1' })).status, 299, 'POST');
    assert.equal((await get('/p?page=2')).status, 299, 'query string: the route decides which variant');
    assert.equal((await get('/nowhere')).status, 299, 'not cached');
    assert.equal((await get('/p', { headers: { 'accept-encoding': '*' } })).status, 299, 'wildcard encoding');
    assert.equal((await get('/p', { headers: { 'accept-encoding': 'br;level=3' } })).status, 299, 'unknown parameter');
    site.version = undefined;
    assert.equal((await get('/p')).status, 299, 'content version due for its check');
    site.version = 8;
    assert.equal((await get('/p')).status, 299, 'content changed since the page was cached');
    assert.equal(cache.get('zh-CN:/p', 7, NOW), undefined, 'the stale copy is dropped');
    site.version = 7;
    cache.set('zh-CN:/small', { body: Buffer.from('<p>tiny</p>'), status: 200 }, 7, NOW);
    assert.equal((await get('/small')).status, 299, 'too small to compress: left to the router, which does not compress it');
  });

  test("the fast path's log line hides a private-link token the same way the routed line does", async () => {
    const token = 'Zx3_k9QmT-a8bW1cD2eF4g';
    put(`zh-CN:/feedback/${token}`);
    lines.length = 0;
    const res = await get(`/feedback/${token}`);
    assert.equal(res.headers.get('x-page-cache'), 'hit');
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.url, '/feedback/:token');
    assert.ok(!JSON.stringify(lines).includes(token));
  });

  test('chooseEncoding prefers br, then gzip, honours q=0, and gives up on what it does not know', () => {
    assert.equal(chooseEncoding(undefined), 'identity');
    assert.equal(chooseEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('BR'), 'br');
    assert.equal(chooseEncoding('deflate'), 'identity');
    assert.equal(chooseEncoding('identity'), 'identity');
    assert.equal(chooseEncoding('*'), null);
    assert.equal(chooseEncoding('gzip;q=abc'), null);
  });
});
