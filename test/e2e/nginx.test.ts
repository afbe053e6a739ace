import assert from 'node:assert/strict';
import https from 'node:https';
import { after, test } from 'node:test';
import pg from 'pg';
import { bookingForm, encode } from '../helpers/booking.js';
import { freePorts } from '../../scripts/pg-cluster.js';
import { startNginx, type Nginx } from '../helpers/nginx.js';
import { createPgDatabase, startServer, type RunningServer } from '../helpers/server.js';

// Two instances on one PostgreSQL database behind Debian's nginx with deploy/nginx.conf (TLS,
// TRUST_PROXY), restarted one after the other while patients read and book: no request may fail
// and every booking confirmed to a patient must be there afterwards.

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function request(n: Nginx, agent: https.Agent, method: string, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${n.url}${path}`,
      {
        method,
        agent,
        ca: n.ca,
        headers: {
          'accept-encoding': 'br, gzip',
          ...(body ? { 'accept-encoding': 'identity', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), origin: n.url } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const servers: RunningServer[] = [];
let nginx: Nginx | undefined;
const db = await createPgDatabase();
after(async () => {
  await nginx?.stop();
  for (const s of servers) await s.stop();
  await db.drop();
});

test('rolling restart of two instances behind nginx under load: 0 failed requests, 0 lost bookings', async (t) => {
  // The instances' first start picks free ports itself (and retries if another test takes one in between);
  // the proxy's ports are found here, so nginx is retried on fresh ones if its bind fails the same way.
  let [httpsPort, httpPort] = (await freePorts(2)) as [number, number];
  const env = {
    TRUST_PROXY: 'on',
    // The code step is about proving a number, not about instances: this test books directly.
    BOOKING_VERIFY_MOBILE: 'off',
    BOOKING_MAX_PER_DAY: '20',
    WORKERS: '1',
  };
  const start = async (port?: number) => {
    const s = await startServer({ databaseUrl: db.url, port, env: { ...env, SITE_URL: `https://localhost:${httpsPort}` }, readyTimeoutMs: 120_000 });
    servers.push(s);
    return s;
  };
  let a = await start();
  let b = await start();
  const [portA, portB] = [a.port, b.port];
  for (let attempt = 1; ; attempt++) {
    try {
      nginx = await startNginx({ upstreams: [portA, portB], httpsPort, httpPort });
      break;
    } catch (err) {
      if (attempt >= 3 || !/Address already in use/.test((err as Error).message)) throw err;
      [httpsPort, httpPort] = (await freePorts(2)) as [number, number];
      // Their SITE_URL names the proxy's port (the origin check of every booking reads it).
      await a.stop();
      await b.stop();
      a = await start(portA);
      b = await start(portB);
    }
  }
  const agent = new https.Agent({ keepAlive: true, maxSockets: 16 });

  // Through the proxy: TLS, HSTS once, the app's own compression passed through untouched.
  const home = await request(nginx, agent, 'GET', '/');
  assert.equal(home.status, 200);
  assert.match(String(home.headers['strict-transport-security']), /max-age=\d+/);
  assert.ok(['br', 'gzip'].includes(String(home.headers['content-encoding'])), `compressed by the app: ${home.headers['content-encoding']}`);

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const articles = (await client.query<{ slug: string }>(`select slug from article where status = 'published' order by id limit 8`)).rows.map((r) => r.slug);
    // Places to book: each session gets at most half its free places, so none fills up (a full
    // session's 409 is a right answer, but not what this test is about).
    // The sessions come from the seed's generation job, which a started instance runs soon after it
    // is ready, not before: wait for them (bounded) rather than race the job queue.
    const openSessions = async () =>
      (
        await client.query<{ id: number; free: number }>(
          `select id, quota - booked as free from clinic_session where status = 'open' and service = 'consultation' and quota - booked >= 4 and starts_at > $1 and starts_at < $2 order by starts_at limit 40`,
          [new Date(Date.now() + 4 * 3600_000).toISOString(), new Date(Date.now() + 10 * 86_400_000).toISOString()],
        )
      ).rows;
    let open = await openSessions();
    for (const until = Date.now() + 60_000; open.length < 10 && Date.now() < until; open = await openSessions()) {
      await new Promise((r) => setTimeout(r, 250));
    }
    const sessions = open.flatMap((r) => Array.from({ length: Math.floor(r.free / 2) }, () => r.id));
    assert.ok(articles.length >= 3 && sessions.length >= 40, `demo data to read and book: ${articles.length} articles, ${sessions.length} places`);
    const before = Number((await client.query(`select count(*) as n from booking`)).rows[0].n);

    const pages = ['/', '/doctors', '/search?q=%E7%99%BD%E7%99%9C%E9%A3%8E', ...articles.map((s) => `/articles/${s}`)];
    const failures: string[] = [];
    const confirmed: string[] = [];
    let requests = 0;
    let running = true;
    const loop = async (n: number) => {
      for (let i = 0; running; i++) {
        const place = (i + n) % 4 === 0 ? sessions.pop() : undefined;
        const booking = place !== undefined;
        const path = booking ? `/book/${place}` : pages[(i * 7 + n) % pages.length]!;
        try {
          const r = booking ? await request(nginx!, agent, 'POST', path, encode(bookingForm())) : await request(nginx!, agent, 'GET', path);
          requests++;
          if (r.status >= 400) failures.push(`${r.status} ${path} ${/<h1[^>]*>([^<]*)/.exec(r.body)?.[1] ?? ''}`);
          if (booking) {
            const loc = String(r.headers.location ?? '');
            if (r.status === 303 && /\/b\//.test(loc)) confirmed.push(loc);
            else failures.push(`booking not confirmed: ${r.status} ${loc}`);
          }
        } catch (err) {
          requests++;
          failures.push(`${path}: ${(err as Error).message}`);
        }
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, n) => loop(n)));

    // Restart A, then B, each on its own port, while the load runs.
    await new Promise((r) => setTimeout(r, 1500));
    for (const which of ['a', 'b'] as const) {
      const old = which === 'a' ? a : b;
      assert.equal(await old.stop(), 0, `${which} drained and exited cleanly:\n${old.output().slice(-2000)}`);
      const fresh = await start(which === 'a' ? portA : portB);
      if (which === 'a') a = fresh;
      else b = fresh;
      await new Promise((r) => setTimeout(r, 1500));
    }
    running = false;
    await load;

    assert.ok(requests > 50, `the load ran (${requests} requests)`);
    assert.deepEqual(failures, [], `failed requests during the rolling restart (of ${requests}): ${failures.slice(0, 20).join('; ')}\n${nginx.errorLog().slice(-1500)}`);
    assert.ok(confirmed.length > 5, `bookings were made during the restart (${confirmed.length})`);
    t.diagnostic(`${requests} requests through nginx during two restarts, ${confirmed.length} bookings confirmed, 0 failed`);

    // Every confirmed booking is there, once, and every session's count matches its bookings.
    const after = Number((await client.query(`select count(*) as n from booking`)).rows[0].n);
    assert.equal(after - before, confirmed.length, 'one booking row per confirmation');
    for (const loc of confirmed) assert.equal((await request(nginx, agent, 'GET', new URL(loc, nginx.url).pathname)).status, 200, `${loc} opens`);
    const drift = await client.query(
      `select s.id from clinic_session s left join booking b on b.session_id = s.id and b.status in ('booked', 'checked_in', 'no_show')
       group by s.id, s.booked having s.booked <> count(b.id)`,
    );
    assert.deepEqual(drift.rows, [], 'booked equals the bookings held, in every session');
  } finally {
    await client.end();
    agent.destroy();
  }
});
