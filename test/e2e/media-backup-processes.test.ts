import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import sharp from 'sharp';
import { newFormKey } from '../../src/booking/booking.form.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { restore } from '../../src/ops/backup.js';
import { createSession, nextMobile } from '../helpers/booking.js';
import { createPgDatabase, runCli, startServer, type PgDatabase, type RunningServer } from '../helpers/server.js';

// The shared media store and the backup against REAL server processes: an image uploaded through
// one instance is served by another on the same PostgreSQL database; and a backup taken by the
// real `clinicpress backup` while bookings stream into a running server restores to a database
// whose sessions count exactly their bookings.

const PASSWORD = 'correct horse battery staple';
/** The machine running the suite may be loaded far beyond its cores: a generous start-up wait. */
const READY_MS = 180_000;
// The load books directly: proving numbers by texted code is another test's subject.
const ENV = { WORKERS: '1', JOB_POLL_SECONDS: '1', BOOKING_MAX_PER_DAY: '20', BOOKING_MAX_PER_DOCTOR: '20', BOOKING_VERIFY_MOBILE: 'off' };

/** A browser-like HTTP client: keeps cookies, reads the CSRF token of the last form it saw. */
class Browser {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly base: string) {}
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(`${this.base}${url}`, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  }
  async page(url: string): Promise<string> {
    const res = await this.fetch(url);
    const html = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    if (m) this.csrf = m[1]!;
    return html;
  }
}

describe('an image uploaded through instance A is served by instance B (PostgreSQL, two processes)', { timeout: 420_000 }, () => {
  const servers: RunningServer[] = [];
  after(async () => {
    for (const s of servers.reverse()) await s.stop();
  });

  test('same bytes, same strong ETag, conditional GET and ranges on B, from its own cache folder', { timeout: 400_000 }, async () => {
    const a = await startServer({ dialect: 'postgres', env: ENV, readyTimeoutMs: READY_MS });
    servers.push(a);
    const b = await startServer({ databaseUrl: a.databaseUrl, env: ENV, readyTimeoutMs: READY_MS });
    servers.push(b);
    assert.notEqual(a.dataDir, b.dataDir);
    await runCli(a, ['create-user', '--email', 'editor@clinic.example', '--name', '图片编辑', '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`, READY_MS);

    const editor = new Browser(a.url);
    await editor.page('/staff/login');
    const login = await editor.fetch('/staff/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: editor.csrf, email: 'editor@clinic.example', password: PASSWORD, next: '/staff' }).toString(),
    });
    assert.equal(login.status, 303);
    await editor.page('/staff/media');
    const photo = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#1f6f5c' } }).jpeg({ quality: 90 }).toBuffer();
    const form = new FormData();
    form.append('_csrf', editor.csrf);
    form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'ward.jpg');
    form.append('alt', '病房走廊示意图');
    const uploaded = await editor.fetch('/staff/media', { method: 'POST', body: form });
    assert.equal(uploaded.status, 303, await uploaded.text());

    const db = await openDatabase({ dataDir: a.dataDir, databaseUrl: a.databaseUrl, poolSize: 1 });
    const { file_key: key } = await db.kysely.selectFrom('media').select('file_key').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await db.close();

    const url = `/uploads/media/${key}-960.webp`;
    const fromA = await fetch(`${a.url}${url}`);
    const bytesA = Buffer.from(await fromA.arrayBuffer());
    const fromB = await fetch(`${b.url}${url}`);
    assert.equal(fromB.status, 200);
    const bytesB = Buffer.from(await fromB.arrayBuffer());
    assert.ok(bytesB.equals(bytesA), 'B serves the bytes A stored');
    assert.equal((await sharp(bytesB).metadata()).width, 960);
    assert.equal(fromB.headers.get('etag'), fromA.headers.get('etag'));
    assert.equal(fromB.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const etag = fromB.headers.get('etag')!;
    assert.equal((await fetch(`${b.url}${url}`, { headers: { 'if-none-match': etag } })).status, 304);
    const part = await fetch(`${b.url}${url}`, { headers: { range: 'bytes=0-99' } });
    assert.equal(part.status, 206);
    assert.ok(Buffer.from(await part.arrayBuffer()).equals(bytesA.subarray(0, 100)));
    // B filled its own cache: the file is in B's DATA_DIR, named by the hash.
    const hash = etag.replaceAll('"', '');
    assert.ok(fs.readFileSync(path.join(b.dataDir, 'cache', 'media', hash.slice(0, 2), hash)).equals(bytesA));
    // And the portraits the seed wrote are served by B too.
    assert.equal((await fetch(`${b.url}/uploads/doctors/lin-qingyuan.svg`)).status, 200);
  });
});

async function post(base: string, sessionId: number): Promise<number> {
  const f = { idempotency_key: newFormKey(), name: '备份负载', mobile: nextMobile(), visit_type: 'first', reason: '', consent_health: '1', action: 'book' };
  try {
    const res = await fetch(`${base}/book/${sessionId}`, {
      method: 'POST',
      redirect: 'manual',
      // As from the site's own booking page (public forms refuse other origins).
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams(f).toString(),
      signal: AbortSignal.timeout(20_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`a backup taken while bookings stream in is consistent (${dialect})`, { timeout: 420_000 }, () => {
    const dirs: string[] = [];
    let target: PgDatabase | undefined;
    let server: RunningServer | undefined;
    after(async () => {
      await server?.stop();
      await target?.drop();
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    });

    test('restored: every session counts exactly its bookings, and queue numbers are unique', { timeout: 400_000 }, async () => {
      server = await startServer({ dialect, env: ENV, readyTimeoutMs: READY_MS });
      const s = server;
      let db: Db = await openDatabase({ dataDir: s.dataDir, databaseUrl: s.databaseUrl, poolSize: 1 });
      const config = loadConfig({});
      const sessions = [
        await createSession(db.kysely, config, new Date(), { inDays: 3, start: '06:00', end: '07:00', doctorSlug: 'gu-mingcheng', quota: 500 }),
        await createSession(db.kysely, config, new Date(), { inDays: 4, start: '06:00', end: '07:00', doctorSlug: 'gu-mingcheng', quota: 500 }),
      ];
      await db.close();

      // Six patients book one after another as fast as the server answers, until told to stop.
      let stop = false;
      const confirmed: number[] = [];
      const patient = async (n: number) => {
        for (let i = 0; !stop; i++) {
          const status = await post(s.url, sessions[(n + i) % sessions.length]!);
          if (status === 303) confirmed.push(Date.now());
        }
      };
      const load = Promise.all(Array.from({ length: 6 }, (_, n) => patient(n)));
      const waitUntil = Date.now() + 90_000;
      while (confirmed.length < 20) {
        if (Date.now() > waitUntil) {
          stop = true;
          await load;
          assert.fail(`only ${confirmed.length} bookings were confirmed in 90 s`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-backup-load-'));
      dirs.push(dir);
      const file = path.join(dir, 'under-load.tar');
      const started = Date.now();
      await runCli(s, ['backup', file], '', 120_000);
      const ended = Date.now();
      await new Promise((r) => setTimeout(r, 300));
      stop = true;
      await load;
      const during = confirmed.filter((t) => t >= started && t <= ended).length;
      assert.ok(during > 0, `bookings were confirmed while the backup ran (${confirmed.length} in all)`);

      const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-restore-load-'));
      dirs.push(restoreDir);
      target = dialect === 'postgres' ? await createPgDatabase() : undefined;
      const manifest = await restore({ dataDir: restoreDir, databaseUrl: target?.url, file });
      db = await openDatabase({ dataDir: restoreDir, databaseUrl: target?.url, poolSize: 1 });
      try {
        const rows = await db.kysely.selectFrom('booking').select(['session_id', 'queue_no', 'status']).execute();
        const restoredCount = rows.filter((r) => sessions.includes(r.session_id)).length;
        assert.ok(restoredCount >= 20 && restoredCount < confirmed.length, `the backup holds a moment inside the load (${restoredCount} of ${confirmed.length})`);
        assert.equal(manifest.counts.booking, rows.length);
        for (const ses of await db.kysely.selectFrom('clinic_session').select(['id', 'booked', 'quota']).execute()) {
          const mine = rows.filter((r) => r.session_id === ses.id);
          const offered = await db.kysely.selectFrom('waitlist_entry').select('id').where('session_id', '=', ses.id).where('status', '=', 'offered').execute();
          assert.equal(ses.booked, mine.filter((r) => r.status !== 'cancelled').length + offered.length, `session ${ses.id}: booked = its active bookings`);
          assert.equal(new Set(mine.map((r) => r.queue_no)).size, mine.length, `session ${ses.id}: queue numbers are unique`);
          assert.ok(ses.booked <= ses.quota);
        }
      } finally {
        await db.close();
      }
    });
  });
}
