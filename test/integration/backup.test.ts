import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { after, describe, test } from 'node:test';
import sharp from 'sharp';
import tar from 'tar-stream';
import { loadPatientCrypto } from '../../src/personal-data/patient-crypto.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/connection.js';
import { seedDemo } from '../../src/demo/seed.js';
import { buildApp } from '../../src/main.js';
import { storeUpload } from '../../src/media/media.service.js';
import { readFile } from '../../src/media/store.js';
import { backup, restore, type Manifest } from '../../src/ops/backup.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import type { TestApp } from '../helpers/app.js';
import { bookingForm, createSession, postBooking, runJobsAt } from '../helpers/booking.js';
import { DEMO_NOW, dialects, type Dialect } from '../helpers/db.js';
import { createPgDatabase, type PgDatabase } from '../helpers/server.js';

// Backups that are proved: a site that has been used (bookings, an upload, an answered question)
// is backed up, restored somewhere empty, and compared page by page, row by row and byte by byte.

const DATA_KEY = randomBytes(32).toString('hex');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-backup-test-'));

/** A running app (in-process) on an existing database, with the test's clock. */
async function appOn(db: Db, dataDir: string, databaseUrl: string | undefined, env: Record<string, string>, drop: () => Promise<void>): Promise<TestApp> {
  const config = loadConfig({ DATA_DIR: dataDir, SITE_URL: 'https://clinic.example', LOG_LEVEL: 'silent', NODE_ENV: 'test', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env });
  const clock = { now: new Date(DEMO_NOW.getTime() + 3600_000) };
  const built = await buildApp({ config, db, now: () => clock.now, logger: false });
  await built.app.ready();
  return {
    ...built,
    t: { db, dataDir, databaseUrl, drop },
    config,
    clock,
    get: async (url, headers) => built.app.inject({ method: 'GET', url, headers }),
    async close() {
      await built.app.close();
      await drop();
    },
  };
}

/** A fresh, empty restore target of the engine: a data folder, and for PostgreSQL an empty database. */
async function emptyTarget(dialect: Dialect): Promise<{ dataDir: string; pg?: PgDatabase }> {
  return { dataDir: tmp(), ...(dialect.name === 'postgres' ? { pg: await createPgDatabase() } : {}) };
}

async function openTarget(t: { dataDir: string; pg?: PgDatabase }, env: Record<string, string>): Promise<TestApp> {
  const db = await openDatabase({ dataDir: t.dataDir, databaseUrl: t.pg?.url, poolSize: 3 });
  return appOn(db, t.dataDir, t.pg?.url, env, async () => {
    await db.close();
    await t.pg?.drop();
    fs.rmSync(t.dataDir, { recursive: true, force: true });
  });
}

/** The public URLs of the site: the sitemap's, plus the pages it does not list. */
async function publicUrls(app: TestApp): Promise<string[]> {
  const sitemap = (await app.get('/sitemap.xml')).body;
  const locs = [...sitemap.matchAll(/<loc>https:\/\/clinic\.example([^<]*)<\/loc>/g)].map((m) => m[1] || '/');
  return [...new Set(['/', '/en', '/robots.txt', '/sitemap.xml', '/doctors', '/book', '/qa', ...locs])];
}

/** Per-request values (form tokens) are not content. */
// The share card's address carries the content version as a cache-buster (src/web/share.ts); a
// restored site starts at a version of its own, and the card it names is the same card.
const normalize = (html: string) =>
  html
    .replace(/(name="(?:_csrf|idempotency_key)" value=")[^"]*"/g, '$1…"')
    .replace(/(name="(?:_csrf|idempotency_key)"[^>]*value=")[^"]*"/g, '$1…"')
    .replace(/(\/share\/[a-z]+\/[a-z0-9-]+\.png)\?v=\d+/g, '$1?v=…');

async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = (await db.kysely.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name).sort();
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await db.kysely.selectFrom(t as 'media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return out;
}

for (const dialect of dialects) {
  describe(`backup and restore on ${dialect.name}`, { timeout: 240_000 }, () => {
    const cleanups: (() => Promise<void>)[] = [];
    after(async () => {
      for (const c of cleanups.reverse()) await c();
    });

    test('a used site, restored elsewhere: every public page, booking, stored file and encrypted field is equal', async () => {
      // The site, with DATA_KEY set (so the key is NOT in the archive: the restore is given it again).
      const t = await dialect.create();
      // No background job or view flush in the middle of a comparison: jobs are run by the test.
      const env = { DATA_KEY, JOB_POLL_SECONDS: '600', VIEW_FLUSH_SECONDS: '3600' };
      await seedDemo(t.db.kysely, { now: DEMO_NOW, dataKey: Buffer.from(DATA_KEY, 'hex') });
      const source = await appOn(t.db, t.dataDir, t.databaseUrl, env, () => t.drop());
      cleanups.push(() => source.close());
      const db = source.deps.db;

      // Book twice.
      const sessionId = await createSession(db, source.config, source.clock.now, { inDays: 2 });
      const forms = [bookingForm({ name: '备份测试甲' }), bookingForm({ name: '备份测试乙' })];
      for (const f of forms) assert.equal((await postBooking(source, sessionId, f)).statusCode, 303);
      // Upload an image.
      const editorId = await createStaffUser(db, { email: 'backup-editor@clinic.example', name: '备份编辑', roles: ['editor'], password: 'correct horse battery staple', doctorId: null }, source.clock.now);
      const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#2d5d8a' } }).jpeg().toBuffer();
      const stored = await storeUpload(db, { actor: { userId: editorId, name: '备份编辑', ip: '127.0.0.1', userAgent: 'test' }, now: source.clock.now }, { bytes: photo, originalName: 'clinic.jpg', alt: '诊室示意图' });
      // Answer a question (stored encrypted, as the questions feature does).
      const rt = await bookingRuntime(db, source.config);
      const at = source.clock.now.toISOString();
      const questionText = '备份测试：白斑能晒太阳吗？';
      const answerText = '适度日晒可以，但要避免晒伤；具体方案请面诊。';
      const { id: questionId } = await db
        .insertInto('question')
        .values({
          token_hash: randomBytes(16).toString('hex'), body_enc: rt.crypto.encrypt(questionText), age_range: '30-39', sex: 'female',
          contact_kind: null, contact_enc: null, mobile_hmac: null, consent_health: 1, consent_publish: 0, consent_json: '[]', locale: 'zh-CN',
          status: 'answered', category_id: null, assigned_doctor_id: null, answer_enc: rt.crypto.encrypt(answerText), answered_by: editorId,
          answered_at: at, dedupe_hash: randomBytes(8).toString('hex'), source_hmac: 'test', contact_erased_at: null, created_at: at, updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      await runJobsAt(source, source.clock.now);
      const dir = tmp();
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      const file = path.join(dir, 'site.tar.gz');
      const manifest = await backup({ dataDir: t.dataDir, databaseUrl: t.databaseUrl, file, dataKeyFromEnvironment: true, now: source.clock.now });
      assert.equal(manifest.dataKey, 'environment');
      assert.equal(manifest.engine, dialect.name);
      assert.deepEqual(manifest.counts, await tableCounts(source.t.db), 'the manifest counts what was backed up');
      assert.ok(manifest.migrations.includes('0016_media_store'));
      assert.ok(manifest.members.every((m) => /^[0-9a-f]{64}$/.test(m.sha256)));

      const target = await emptyTarget(dialect);
      await restore({ dataDir: target.dataDir, databaseUrl: target.pg?.url, file });
      const restored = await openTarget(target, env);
      cleanups.push(() => restored.close());
      assert.deepEqual(await tableCounts(restored.t.db), manifest.counts, 'every table, every row (before any page view is counted)');

      // Every public page: same status, same HTML.
      const urls = await publicUrls(source);
      assert.ok(urls.length > 30, `the sitemap lists the site's pages (${urls.length})`);
      for (const url of urls) {
        const [a, b] = [await source.get(url), await restored.get(url)];
        assert.equal(b.statusCode, a.statusCode, url);
        assert.equal(normalize(b.body), normalize(a.body), `${url} differs after restore`);
      }
      // Bookings: the same rows, and the names decrypt to what the patients typed.
      const bookings = async (d: TestApp) => d.deps.db.selectFrom('booking').selectAll().orderBy('id').execute();
      const restoredBookings = await bookings(restored);
      assert.deepEqual(restoredBookings, await bookings(source));
      const rtRestored = await bookingRuntime(restored.deps.db, restored.config);
      const ours = restoredBookings.filter((b) => b.session_id === sessionId);
      assert.deepEqual(ours.map((b) => rtRestored.crypto.decrypt(b.name_enc)), ['备份测试甲', '备份测试乙']);
      assert.deepEqual(ours.map((b) => rtRestored.crypto.decrypt(b.mobile_enc)), forms.map((f) => f.mobile));
      // Every encrypted question field decrypts to the same text as before.
      const questions = async (d: TestApp) => {
        const r = await bookingRuntime(d.deps.db, d.config);
        const rows = await d.deps.db.selectFrom('question').select(['id', 'body_enc', 'answer_enc']).orderBy('id').execute();
        return rows.map((q) => [q.id, r.crypto.decrypt(q.body_enc), q.answer_enc ? r.crypto.decrypt(q.answer_enc) : null]);
      };
      const restoredQuestions = await questions(restored);
      assert.deepEqual(restoredQuestions, await questions(source));
      assert.deepEqual(restoredQuestions.find((q) => q[0] === questionId), [questionId, questionText, answerText]);
      // Every stored file: the same bytes, served by the restored site.
      const paths = (await restored.deps.db.selectFrom('media_file').select('path').orderBy('path').execute()).map((r) => r.path);
      assert.deepEqual(paths, (await db.selectFrom('media_file').select('path').orderBy('path').execute()).map((r) => r.path));
      assert.ok(paths.includes(`media/${stored.fileKey}-960.webp`) && paths.some((p) => p.startsWith('doctors/')));
      for (const p of paths) assert.ok((await readFile(restored.deps.db, p))!.equals((await readFile(db, p))!), p);
      const served = await restored.get(`/uploads/media/${stored.fileKey}-960.webp`);
      assert.equal(served.statusCode, 200);
      assert.ok(served.rawPayload.equals((await readFile(db, `media/${stored.fileKey}-960.webp`))!));
    });

    test('refused: a non-empty target without --force, a damaged archive, a newer migration level', async () => {
      // Without DATA_KEY: the key lives in site_state and travels inside the archive.
      const t = await dialect.create();
      await seedDemo(t.db.kysely, { now: DEMO_NOW });
      cleanups.push(() => t.drop());
      const dir = tmp();
      cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
      const file = path.join(dir, 'site.tar');
      const manifest = await backup({ dataDir: t.dataDir, databaseUrl: t.databaseUrl, file, dataKeyFromEnvironment: false });
      assert.equal(manifest.dataKey, 'database');

      // A damaged byte inside the database member (the archive is not compressed: find it).
      const bytes = fs.readFileSync(file);
      const damaged = Buffer.from(bytes);
      const at = bytes.indexOf(Buffer.from(manifest.engine === 'sqlite' ? 'SQLite format 3' : 'PGDMP')) + 200;
      damaged[at] = damaged[at]! ^ 0xff;
      fs.writeFileSync(path.join(dir, 'damaged.tar'), damaged);
      const target = await emptyTarget(dialect);
      cleanups.push(async () => {
        await target.pg?.drop();
        fs.rmSync(target.dataDir, { recursive: true, force: true });
      });
      const where = { dataDir: target.dataDir, databaseUrl: target.pg?.url };
      await assert.rejects(restore({ ...where, file: path.join(dir, 'damaged.tar') }), /Checksum mismatch for database\/clinicpress\.(db|pgdump)/);

      // A backup from newer code: its manifest names a migration this code does not know.
      const newer = path.join(dir, 'newer.tar');
      await rewriteManifest(file, newer, (m) => ({ ...m, migrations: [...m.migrations, '9999_from_the_future'] }));
      await assert.rejects(restore({ ...where, file: newer }), /newer migration level than this code knows \(9999_from_the_future/);

      // Nothing was restored by the refusals: the target is still empty, so this one goes through.
      const restoredManifest = await restore({ ...where, file });
      assert.deepEqual(restoredManifest.counts, manifest.counts);
      await assert.rejects(restore({ ...where, file }), /The target is not empty/);
      await restore({ ...where, file, force: true });

      // The key came with the database: the demo questions decrypt with no DATA_KEY given...
      const db = await openDatabase({ ...where, poolSize: 2 });
      try {
        const q = await db.kysely.selectFrom('question').select('body_enc').orderBy('id').executeTakeFirstOrThrow();
        const original = await t.db.kysely.selectFrom('question').select('body_enc').orderBy('id').executeTakeFirstOrThrow();
        const plain = (await loadPatientCrypto(t.db.kysely, undefined)).decrypt(original.body_enc);
        assert.equal((await loadPatientCrypto(db.kysely, undefined)).decrypt(q.body_enc), plain);
        // ...and not with another key: whoever holds such an archive holds the patients' data.
        // (Since ciphertexts carry their key's id, another key is refused before any decryption.)
        await assert.rejects(loadPatientCrypto(db.kysely, randomBytes(32)), /not the key this database is encrypted with/);
      } finally {
        await db.close();
      }
    });
  });
}

/** Copies an archive with its manifest changed (checksums of the other members stay right). */
async function rewriteManifest(from: string, to: string, change: (m: Manifest) => Manifest): Promise<void> {
  const extract = tar.extract();
  const pack = tar.pack();
  const writing = pipeline(pack, fs.createWriteStream(to));
  const reading = pipeline(fs.createReadStream(from), extract);
  for await (const entry of extract) {
    const parts: Buffer[] = [];
    for await (const c of entry) parts.push(c as Buffer);
    let body = Buffer.concat(parts);
    if (entry.header.name === 'manifest.json') body = Buffer.from(JSON.stringify(change(JSON.parse(body.toString('utf8')) as Manifest)));
    pack.entry({ name: entry.header.name, size: body.length }, body);
  }
  await reading;
  pack.finalize();
  await writing;
}
