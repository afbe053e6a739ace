import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { crawl } from '../../src/import/crawler.js';

/** An old site whose page /a fails the first `drops` times by closing the connection, then `status` times with 503. */
async function oldSite(drops: number, unavailable: number) {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push(path);
    if (path !== '/a') return void res.writeHead(404).end();
    if (drops > 0) {
      drops--;
      return void req.socket.destroy();
    }
    if (unavailable > 0) {
      unavailable--;
      return void res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503</h1>');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>白斑护理</p></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/a`;
  const run = async () => {
    const pages: { status: number; html: string | null }[] = [];
    const result = await crawl(url, { limit: 5, concurrency: 1, delayMs: 0, timeoutMs: 5000, onPage: (p) => (pages.push(p), []) });
    return { result, pages, requests: seen.filter((p) => p === '/a').length };
  };
  return { run, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

test('a page whose connection is dropped three times is fetched on the fourth try: an attempt that got no answer may never have reached the server', async () => {
  const site = await oldSite(3, 0);
  try {
    const { result, pages, requests } = await site.run();
    assert.equal(requests, 4);
    assert.deepEqual(result.failed, []);
    assert.equal(pages[0]!.status, 200);
    assert.match(pages[0]!.html ?? '', /白斑护理/);
  } finally {
    await site.close();
  }
});

const givenUp = [
  { name: 'a page the server answers 503 three times is given up after three attempts, and reported', drops: 0, unavailable: 3, requests: 3, status: 503 },
  { name: 'a page that never answers is given up after four attempts, and reported with its error', drops: 10, unavailable: 0, requests: 4, status: 0 },
];
for (const c of givenUp) {
  test(c.name, async () => {
    const site = await oldSite(c.drops, c.unavailable);
    try {
      const { result, requests } = await site.run();
      assert.equal(requests, c.requests);
      assert.equal(result.failed.length, 1);
      assert.equal(result.failed[0]!.status, c.status);
      assert.equal(Boolean(result.failed[0]!.error), c.status === 0, 'a network error says what it was; an HTTP answer is its status');
    } finally {
      await site.close();
    }
  });
}
