import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { hospital } from '../../src/demo/data/hospital.js';
import { runUntilExit, startServer, type RunningServer } from '../helpers/server.js';

// `npm start` as an operator runs it: the real entry point in its own process, configured only
// through the environment, stopped with SIGTERM.

interface LogRecord {
  level: number;
  time: number;
  msg: string;
  reqId?: string;
  url?: string;
  method?: string;
  status?: number;
  [k: string]: unknown;
}

function logRecords(stdout: string): LogRecord[] {
  const records: LogRecord[] = [];
  for (const line of stdout.split('\n').filter((l) => l.trim())) {
    let rec: LogRecord;
    try {
      rec = JSON.parse(line) as LogRecord;
    } catch {
      assert.fail(`a log line on stdout is not JSON: ${JSON.stringify(line)}\n--- all output ---\n${stdout}`);
    }
    assert.equal(typeof rec.level, 'number', `log record without a numeric level: ${line}`);
    assert.equal(typeof rec.time, 'number', `log record without a time: ${line}`);
    assert.equal(typeof rec.msg, 'string', `log record without a msg: ${line}`);
    records.push(rec);
  }
  return records;
}

async function homePageShowsHospital(s: RunningServer): Promise<void> {
  const res = await fetch(`${s.url}/`);
  assert.equal(res.status, 200, s.output());
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  const html = await res.text();
  assert.ok(html.includes(`<h1 id="home-title">${hospital.name}</h1>`), `home page h1 is not the hospital name:\n${html.slice(0, 2000)}`);
  assert.ok(html.includes(`<title>${hospital.name}`), 'the <title> starts with the hospital name');
  // The demo was seeded: the model article is there.
  const article = await fetch(`${s.url}/articles/peeling-after-microneedling`);
  assert.equal(article.status, 200);
  assert.match(await article.text(), /<h1>微针（滚针）治疗后皮肤脱皮怎么办？/);
}

describe('the real entry point on an empty DATA_DIR (SQLite)', () => {
  test('seeds the demo, serves /, /healthz and /sitemap.xml, logs JSON with request ids, and exits 0 on SIGTERM', async () => {
    const s = await startServer();
    let code: number | null | undefined;
    try {
      assert.ok(fs.existsSync(path.join(s.dataDir, 'clinicpress.db')), 'the SQLite file is created in DATA_DIR');
      assert.match(s.output(), /Empty database: loaded the demo hospital \(\d+ doctors, \d+ articles\)/, s.output());

      await homePageShowsHospital(s);

      // The bundler ran before the server started and is gone: its child process would hold
      // ~100 MB for the life of the server.
      const children = fs.existsSync(`/proc/${s.pid}/task`)
        ? fs.readdirSync(`/proc/${s.pid}/task`).flatMap((t) => fs.readFileSync(`/proc/${s.pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean))
        : [];
      const commands = children.map((pid) => (fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') : ''));
      assert.deepEqual(commands.filter((c) => c.includes('esbuild')), [], `no esbuild service process is left running: ${JSON.stringify(commands)}`);

      // The second request for a page is answered by the fast path in front of Fastify
      // (src/http/front-cache.ts): the same bytes and the same headers as the routed first answer.
      for (const [encoding, page] of [['identity', '/doctors'], ['br', '/en/doctors'], ['gzip', '/en/hospital']] as const) {
        const ask = () => fetch(`${s.url}${page}`, { headers: { 'accept-encoding': encoding } });
        const first = await ask();
        const again = await ask();
        assert.equal(first.headers.get('x-page-cache'), 'miss', `${page}: rendered the first time`);
        assert.equal(again.headers.get('x-page-cache'), 'hit', `${page}: cached the second time`);
        assert.equal(await again.text(), await first.text(), `${encoding}: the cached answer has the routed answer's bytes`);
        const names = (r: Response) => [...r.headers.keys()].filter((k) => k !== 'transfer-encoding' && k !== 'content-length').sort();
        assert.deepEqual(names(again), names(first), `${encoding}: the same headers`);
        for (const k of names(first).filter((n) => !['date', 'x-request-id', 'x-page-cache'].includes(n))) {
          assert.equal(again.headers.get(k), first.headers.get(k), `${encoding}: header ${k}`);
        }
        assert.equal(again.headers.get('content-encoding'), encoding === 'identity' ? null : encoding);
      }

      const health = await fetch(`${s.url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });

      const sitemap = await fetch(`${s.url}/sitemap.xml`);
      assert.equal(sitemap.status, 200);
      assert.match(sitemap.headers.get('content-type') ?? '', /^application\/xml/);
      const xml = await sitemap.text();
      assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
      // Without SITE_URL the absolute URLs use the address the server listens on.
      assert.ok(xml.includes(`<loc>${s.url}/articles/peeling-after-microneedling</loc>`), xml.slice(0, 1500));
      assert.ok(xml.includes(`<loc>${s.url}/doctors/lin-qingyuan</loc>`));

      // Every response carries a request id, and the request's log line carries the same id.
      const generated = await fetch(`${s.url}/healthz`);
      const genId = generated.headers.get('x-request-id');
      assert.ok(genId && /^[A-Za-z0-9._-]{8,64}$/.test(genId), `x-request-id header: ${genId}`);
      const given = await fetch(`${s.url}/hospital`, { headers: { 'x-request-id': 'e2e-trace-42' } });
      assert.equal(given.status, 200);
      assert.equal(given.headers.get('x-request-id'), 'e2e-trace-42', 'a well-formed incoming request id is kept');
      const bad = await fetch(`${s.url}/healthz`, { headers: { 'x-request-id': 'no spaces<allowed>' } });
      assert.notEqual(bad.headers.get('x-request-id'), 'no spaces<allowed>', 'a malformed incoming request id is replaced');
    } finally {
      code = await s.stop();
    }
    assert.equal(code, 0, `SIGTERM must end the process with exit code 0:\n${s.output()}`);

    const records = logRecords(s.stdout());
    const requests = records.filter((r) => r.msg === 'request');
    assert.ok(requests.length >= 6, `one log line per request, got ${requests.length}:\n${s.stdout()}`);
    for (const r of requests) {
      assert.equal(typeof r.reqId, 'string', `request line without reqId: ${JSON.stringify(r)}`);
      assert.ok(r.reqId!.length > 0);
      assert.equal(typeof r.url, 'string');
      assert.equal(typeof r.status, 'number');
    }
    const byUrl = (u: string) => requests.filter((r) => r.url === u);
    assert.equal(byUrl('/hospital')[0]?.reqId, 'e2e-trace-42', 'the request line logs the id the response returned');
    assert.ok(byUrl('/sitemap.xml').length === 1 && byUrl('/sitemap.xml')[0]!.status === 200);
    assert.ok(records.some((r) => r.msg === 'shutting down' && r.signal === 'SIGTERM'), 'the shutdown is logged');
    assert.ok(records.some((r) => /^ClinicPress is serving http:\/\/127\.0\.0\.1:\d+ \(sqlite: .*clinicpress\.db\)$/.test(r.msg)));
    assert.equal(s.stderr(), '', 'a healthy start and stop writes nothing to stderr');
  });
});

describe('refuses to start with a bad configuration', { concurrency: true }, () => {
  test('PORT=abc: exit code 2 and a message naming PORT', async () => {
    const r = await runUntilExit({ PORT: 'abc' });
    assert.equal(r.code, 2, r.output);
    assert.match(r.stderr, /ClinicPress cannot start/);
    assert.match(r.stderr, /PORT="abc": must be a whole number/);
    assert.doesNotMatch(r.stdout, /Server listening/);
  });

  test('CLINIC_TIMEZONE=Mars/Olympus_Mons: exit code 2 and a message naming CLINIC_TIMEZONE', async () => {
    const r = await runUntilExit({ CLINIC_TIMEZONE: 'Mars/Olympus_Mons' });
    assert.equal(r.code, 2, r.output);
    assert.match(r.stderr, /ClinicPress cannot start/);
    assert.match(r.stderr, /CLINIC_TIMEZONE="Mars\/Olympus_Mons": must be an IANA time zone/);
    assert.doesNotMatch(r.stderr, /PORT=/, 'only the bad variable is named');
  });

  test('DATA_DIR is a regular file: exit code 1 naming the database file and why', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-e2e-'));
    try {
      const file = path.join(dir, 'not-a-folder');
      fs.writeFileSync(file, 'I am a file\n');
      const r = await runUntilExit({ DATA_DIR: file });
      assert.equal(r.code, 1, r.output);
      assert.ok(
        r.stderr.includes(`Cannot open the SQLite database ${path.join(file, 'clinicpress.db')}`),
        `the message names the database file:\n${r.stderr}`,
      );
      assert.match(r.stderr, /EEXIST|ENOTDIR|not a directory|file already exists/, `the message says why:\n${r.stderr}`);
      assert.equal(fs.readFileSync(file, 'utf8'), 'I am a file\n', 'the file is left alone');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('its port already taken: a message naming the address, and never mistaken for the process that answers there', async () => {
    // Another process on the port answers /readyz with 200, as another test's server once did on CI: a start that
    // counted that answer ran a whole suite against the wrong server.
    const squatter = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}'));
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as AddressInfo).port;
    try {
      await assert.rejects(startServer({ port }), (err: Error) => {
        assert.match(err.message, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: listen EADDRINUSE`));
        return true;
      });
    } finally {
      squatter.close();
    }
  });

  test('DATABASE_URL to a server that is not there: exit code 1 naming the URL', async () => {
    const url = 'postgres://postgres@127.0.0.1:1/nope';
    const r = await runUntilExit({ DATABASE_URL: url });
    assert.equal(r.code, 1, r.output);
    assert.ok(r.stderr.includes(`Cannot open the PostgreSQL database ${url}`), `the message names the URL:\n${r.stderr}`);
    assert.match(r.stderr, /ECONNREFUSED/, 'and says why');
  });

  test('DATABASE_URL with a password: the message names the URL but not the password', async () => {
    const r = await runUntilExit({ DATABASE_URL: 'postgres://postgres:s3cret-pw@127.0.0.1:1/nope' });
    assert.equal(r.code, 1, r.output);
    assert.ok(r.stderr.includes('postgres://postgres:***@127.0.0.1:1/nope'), r.stderr);
    assert.doesNotMatch(r.output, /s3cret-pw/);
  });
});

describe('the real entry point on PostgreSQL', () => {
  test('migrates and seeds a fresh database, serves the home page, and exits 0 on SIGTERM', async () => {
    const s = await startServer({ dialect: 'postgres' });
    let code: number | null | undefined;
    try {
      assert.equal(s.dialect, 'postgres');
      assert.match(s.output(), /Empty database: loaded the demo hospital/);
      await homePageShowsHospital(s);
      const ready = await fetch(`${s.url}/readyz`);
      assert.deepEqual(await ready.json(), { status: 'ready' });
      assert.ok(!fs.existsSync(path.join(s.dataDir, 'clinicpress.db')), 'no SQLite file is created when DATABASE_URL is set');
    } finally {
      code = await s.stop();
    }
    assert.equal(code, 0, s.output());
    const records = logRecords(s.stdout());
    const dbName = new URL(s.databaseUrl!).pathname;
    assert.ok(
      records.some((r) => r.msg.startsWith('ClinicPress is serving') && r.msg.includes(`(postgres: postgres://`) && r.msg.includes(dbName)),
      `the start line names the PostgreSQL database:\n${s.stdout()}`,
    );
  });
});
