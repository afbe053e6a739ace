import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { crawl, fetchBytes, isPrivateAddress, RefusedAddress } from '../../src/import/crawler.js';
import { imageFetcher } from '../../src/import/import.run.js';

// The importer reads the old site the operator named, wherever it is, but no other private or
// local address: an image or a redirect pointing at 127.0.0.1, the clinic's network or the cloud's
// metadata address would otherwise be read and stored as a public image.

/** A local HTTP server; `routes` answers by path, and every request is recorded. */
async function local(routes: Record<string, (res: http.ServerResponse) => void>) {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push(p);
    const r = routes[p];
    if (r) r(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { port, host: `127.0.0.1:${port}`, url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const png = (res: http.ServerResponse) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a', 'hex'));

test('private, local and reserved addresses are told from public ones, IPv4 and IPv6', () => {
  for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fd00::1', 'fe80::1', 'ff02::1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', 'not an address'])
    assert.equal(isPrivateAddress(a), true, a);
  for (const a of ['8.8.8.8', '114.114.114.114', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2001:4860:4860::8888', '2408:8000::1'])
    assert.equal(isPrivateAddress(a), false, a);
});

test('the host the operator named may be local; another port, localhost, [::1] and the metadata address are refused before any request', async () => {
  const site = await local({ '/logo.png': png });
  const other = await local({ '/secret.png': png });
  try {
    assert.equal((await fetchBytes(`${site.url}/logo.png`, { trustedHost: site.host })).status, 200);
    for (const url of [`${other.url}/secret.png`, `http://localhost:${other.port}/secret.png`, `http://[::1]:${other.port}/secret.png`, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'file:///etc/passwd'])
      await assert.rejects(fetchBytes(url, { trustedHost: site.host, timeoutMs: 2000 }), RefusedAddress, url);
    // With no host named (a folder or an export file as the source), the old site's port is no exception.
    await assert.rejects(fetchBytes(`${site.url}/logo.png`), RefusedAddress);
    assert.deepEqual(other.seen, [], 'nothing reached the other server');
    assert.deepEqual(site.seen, ['/logo.png']);
  } finally {
    await Promise.all([site.close(), other.close()]);
  }
});

test('every redirect hop is checked: one within the named host is followed, one to another local address is refused', async () => {
  const other = await local({ '/secret.png': png });
  const site = await local({
    '/img/moved.png': (res) => res.writeHead(301, { location: '/img/logo.png' }).end(),
    '/img/logo.png': png,
    '/img/away.png': (res) => res.writeHead(302, { location: `${other.url}/secret.png` }).end(),
    '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  });
  try {
    const moved = await fetchBytes(`${site.url}/img/moved.png`, { trustedHost: site.host });
    assert.equal(moved.status, 200);
    assert.equal(moved.bytes.toString('hex'), '89504e470d0a1a0a');
    await assert.rejects(fetchBytes(`${site.url}/img/away.png`, { trustedHost: site.host }), RefusedAddress);
    await assert.rejects(fetchBytes(`${site.url}/loop`, { trustedHost: site.host }), /more than 5 redirects/);
    assert.deepEqual(other.seen, []);
  } finally {
    await Promise.all([site.close(), other.close()]);
  }
});

test('the image fetcher takes the named old site\'s images (--from-site, --base) and refuses another local address', async () => {
  const other = await local({ '/secret.png': png });
  const site = await local({ '/a.png': png });
  try {
    const fetchImage = imageFetcher({ kind: 'site', url: `${site.url}/index.html`, limit: 10, concurrency: 1, delayMs: 0 });
    assert.equal((await fetchImage(`${site.url}/a.png`)).bytes.length, 8);
    await assert.rejects(fetchImage(`${other.url}/secret.png`), RefusedAddress);
    await assert.rejects(fetchImage(`http://127.0.0.1:${other.port}/secret.png`), /private or local address \(127\.0\.0\.1\)/);
    // A dump's or a folder's --base names the old site too; an export file names none.
    assert.equal((await imageFetcher({ kind: 'dedecms', file: 'dump.sql', baseUrl: site.url })(`${site.url}/a.png`)).bytes.length, 8);
    assert.equal((await imageFetcher({ kind: 'dir', dir: '/nowhere', baseUrl: site.url })(`${site.url}/a.png`)).bytes.length, 8);
    await assert.rejects(imageFetcher({ kind: 'wxr', file: 'export.xml' })(`${site.url}/a.png`), RefusedAddress);
    assert.deepEqual(other.seen, []);
  } finally {
    await Promise.all([site.close(), other.close()]);
  }
});

test('a crawled page that redirects to another local address is reported as failed, once, without being fetched', async () => {
  const other = await local({ '/admin': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>内部页面</p>') });
  const site = await local({ '/a': (res) => res.writeHead(302, { location: `${other.url}/admin` }).end() });
  try {
    const pages: { status: number; html: string | null; error?: string }[] = [];
    const result = await crawl(`${site.url}/a`, { limit: 5, concurrency: 1, delayMs: 0, timeoutMs: 5000, onPage: (p) => (pages.push(p), []) });
    assert.equal(result.failed.length, 1);
    assert.match(result.failed[0]!.error ?? '', /private or local address/);
    assert.equal(pages[0]!.html, null);
    assert.deepEqual(other.seen, []);
    assert.equal(site.seen.filter((p) => p === '/a').length, 1, 'a refused address is not retried');
  } finally {
    await Promise.all([site.close(), other.close()]);
  }
});
