import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { crawl, fetchBytes, isPrivateAddress, RefusedAddress, setResolverForTests } from '../../src/import/crawler.js';
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
  for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fd00::1', 'fe80::1', 'ff02::1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '::7f00:1', '64:ff9b:1::a00:1', '100::1', '2001:db8::1', 'not an address'])
    assert.equal(isPrivateAddress(a), true, a);
  for (const a of ['8.8.8.8', '114.114.114.114', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2001:4860:4860::8888', '2408:8000::1', '::ffff:8.8.8.8', '::ffff:114.114.114.114'])
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

/**
 * A DNS server that changes its answer with a time to live of zero (DNS rebinding): a public
 * address to one question, 127.0.0.1 to the next, and so on. `asked` records every question.
 */
function rebinding(publicAddress = '93.184.216.34', local = '127.0.0.1') {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    const address = asked.length % 2 === 1 ? publicAddress : local;
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  return { asked, resolve };
}

test('DNS rebinding: a name answering a public address when checked and 127.0.0.1 when connected to is refused, and the local server sees nothing', async () => {
  const other = await local({ '/secret.png': png });
  const dns = rebinding();
  setResolverForTests(dns.resolve);
  try {
    await assert.rejects(fetchBytes(`http://rebind.test:${other.port}/secret.png`, { timeoutMs: 5000 }), (err) => err instanceof RefusedAddress && /rebind\.test is a private or local address \(127\.0\.0\.1\)/.test(err.message));
    assert.deepEqual(dns.asked, ['rebind.test', 'rebind.test'], 'the early check, then the connection\'s own lookup');
    // The same with 127.0.0.1 written as an IPv4-mapped IPv6 address, which a dual-stack socket reaches too.
    const mapped = rebinding('93.184.216.34', '::ffff:127.0.0.1');
    setResolverForTests(mapped.resolve);
    await assert.rejects(fetchBytes(`http://rebind.test:${other.port}/secret.png`, { timeoutMs: 5000 }), RefusedAddress);
    assert.deepEqual(other.seen, [], 'nothing reached the local server');
  } finally {
    setResolverForTests(undefined);
    await other.close();
  }
});

test('DNS rebinding behind a redirect of the old site: the crawled page fails as refused, once, and is not retried', async () => {
  const other = await local({ '/admin': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>内部页面</p>') });
  const site = await local({ '/a': (res) => res.writeHead(302, { location: `http://rebind.test:${other.port}/admin` }).end() });
  setResolverForTests(rebinding().resolve);
  try {
    const pages: { html: string | null }[] = [];
    const result = await crawl(`${site.url}/a`, { limit: 5, concurrency: 1, delayMs: 0, timeoutMs: 5000, onPage: (p) => (pages.push(p), []) });
    assert.equal(result.failed.length, 1);
    assert.match(result.failed[0]!.error ?? '', /private or local address \(127\.0\.0\.1\)/);
    assert.equal(pages[0]!.html, null);
    assert.equal(site.seen.filter((p) => p === '/a').length, 1, 'a refused address is not retried');
    assert.deepEqual(other.seen, []);
  } finally {
    setResolverForTests(undefined);
    await Promise.all([site.close(), other.close()]);
  }
});

test('a connection kept alive for the named host is not reused for the same host when it is not named', async () => {
  const site = await local({ '/a.png': png });
  setResolverForTests(async () => [{ address: '127.0.0.1', family: 4 }]);
  try {
    const url = `http://old-site.test:${site.port}/a.png`;
    assert.equal((await fetchBytes(url, { trustedHost: `old-site.test:${site.port}` })).status, 200);
    // Then a page of a source that names no host points there, and the name answers a public address to the early check.
    setResolverForTests(rebinding().resolve);
    await assert.rejects(fetchBytes(url, { timeoutMs: 5000 }), RefusedAddress);
    assert.deepEqual(site.seen, ['/a.png'], 'only the named fetch reached the site');
  } finally {
    setResolverForTests(undefined);
    await site.close();
  }
});

test('localhost names are refused without asking DNS, and private addresses however the URL writes them', async () => {
  const other = await local({ '/secret.png': png });
  const asked: string[] = [];
  // A resolver that knows no name: a refusal below cannot come from an answer.
  setResolverForTests(async (hostname) => {
    asked.push(hostname);
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  });
  try {
    for (const host of ['localhost', 'LOCALHOST', 'localhost.', 'app.localhost', 'db.internal.localhost'])
      await assert.rejects(fetchBytes(`http://${host}:${other.port}/secret.png`, { timeoutMs: 5000 }), (err) => err instanceof RefusedAddress && /local name/.test(err.message), host);
    assert.deepEqual(asked, []);
    // The URL parser turns each of these into 127.0.0.1 or ::ffff:7f00:1; a dual-stack socket reaches 127.0.0.1 through the latter.
    for (const host of ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:127.0.0.1]', '2130706433', '0x7f.1', '127.1', '017700000001', '[::127.0.0.1]'])
      await assert.rejects(fetchBytes(`http://${host}:${other.port}/secret.png`, { timeoutMs: 5000 }), RefusedAddress, host);
    assert.deepEqual(asked, []);
    assert.deepEqual(other.seen, []);
    // The operator may still name a localhost address as the old site.
    const site = await local({ '/logo.png': png });
    try {
      setResolverForTests(async () => [{ address: '127.0.0.1', family: 4 }]);
      assert.equal((await fetchBytes(`http://localhost:${site.port}/logo.png`, { trustedHost: `localhost:${site.port}` })).status, 200);
    } finally {
      await site.close();
    }
  } finally {
    setResolverForTests(undefined);
    await other.close();
  }
});

test('fetching over node:http keeps what fetch() did: gzip bodies decoded and bounded by maxBytes, HEAD, the user agent, the timeout', async () => {
  const agents: string[] = [];
  const html = '<p>白癜风的治疗</p>'.repeat(200);
  const site = await local({
    '/gz': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(html)),
    '/head': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(),
    '/slow': (res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
    },
  });
  const ua = http.createServer((req, res) => (agents.push(req.headers['user-agent'] ?? ''), res.end('ok')));
  await new Promise<void>((r) => ua.listen(0, '127.0.0.1', r));
  const uaHost = `127.0.0.1:${(ua.address() as AddressInfo).port}`;
  try {
    const named = { trustedHost: site.host };
    const gz = await fetchBytes(`${site.url}/gz`, named);
    assert.equal(gz.bytes.toString('utf8'), html);
    assert.equal(gz.contentType, 'text/html; charset=utf-8');
    await assert.rejects(fetchBytes(`${site.url}/gz`, { ...named, maxBytes: 1000 }), /larger than 1000 bytes/);
    const head = await fetchBytes(`${site.url}/head`, { ...named, method: 'HEAD' });
    assert.deepEqual([head.status, head.bytes.length, head.contentType], [200, 0, 'image/png']);
    await assert.rejects(fetchBytes(`${site.url}/slow`, { ...named, timeoutMs: 300 }), { name: 'TimeoutError' });
    await fetchBytes(`http://${uaHost}/`, { trustedHost: uaHost });
    assert.match(agents[0]!, /^ClinicPress-Import\//);
    await assert.rejects(fetchBytes(`http://user:secret@${uaHost}/`, { trustedHost: uaHost }), RefusedAddress);
    assert.equal(agents.length, 1, 'an address with a password is not fetched');
  } finally {
    await Promise.all([site.close(), new Promise<void>((r) => ua.close(() => r()))]);
  }
});
