import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DataKeyError, loadPatientCrypto, PatientCrypto } from '../../src/personal-data/patient-crypto.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { CONFIG_KEYS } from '../../src/config.js';
import { ENCRYPTED_TABLES, rotateKey, RotationError } from '../../src/privacy/encrypted-columns.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects, TEST_DATA_KEY } from '../helpers/db.js';
import { leaveFootprint, person } from '../helpers/footprint.js';
import { createSession } from '../helpers/booking.js';
import { signedIn } from '../helpers/staff.js';

// Issue 11, defect 3: `clinicpress rotate-key` re-encrypts every registered column under a new key,
// resumable after an interruption, and a half-rotated database still reads (each value names its key).

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type Values = Map<string, string>;

/** Every non-empty ciphertext of every registered column, by table/id/column. */
async function ciphertexts(app: TestApp): Promise<Values> {
  const out: Values = new Map();
  for (const t of ENCRYPTED_TABLES) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(t.table)}`.execute(app.deps.db)).rows;
    for (const r of rows) for (const c of t.columns) if (typeof r[c] === 'string' && r[c] !== '') out.set(`${t.table}/${String(r.id)}/${c}`, r[c] as string);
  }
  return out;
}

function plaintexts(values: Values, ...keys: PatientCrypto[]): Map<string, string> {
  return new Map([...values].map(([k, v]) => [k, (keys.find((c) => c.owns(v)) ?? keys[0]!).decrypt(v)]));
}

function cli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const e: NodeJS.ProcessEnv = { ...process.env };
  for (const k of CONFIG_KEYS) delete e[k];
  delete e.NODE_TEST_CONTEXT;
  for (const [k, v] of Object.entries(env)) if (v !== undefined) e[k] = v;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'clinicpress.mjs'), ...args], { cwd: REPO_ROOT, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

let n = 0;
const nextMobile = () => `139${String(process.pid % 10000).padStart(4, '0')}${String(++n).padStart(4, '0')}`;

for (const dialect of dialects) {
  describe(`rotate-key on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    test('an interrupted rotation blocks the start, still reads, resumes, and ends with every value under the new key', async () => {
      const admin = await signedIn(app, ['admin']);
      let day = 0;
      const session = (quota: number) => createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: `06:${String(10 + day++).padStart(2, '0')}`, end: '07:50', quota, doctorSlug: 'gu-mingcheng' });
      const p = person(nextMobile(), '欧阳静怡');
      await leaveFootprint(app, p, { sessionId: await session(5), fullSessionId: await session(1), staff: admin });
      const old = (await bookingRuntime(app.deps.db, app.config)).crypto;
      const nextKey = randomBytes(32);
      const next = new PatientCrypto(nextKey);
      const before = await ciphertexts(app);
      for (const t of ['booking', 'waitlist_entry', 'question']) assert.ok([...before.keys()].some((k) => k.startsWith(`${t}/`)), `${t} has ciphertexts`);
      const plainBefore = plaintexts(before, old);

      // Interrupted after its first batch (the booking table).
      await assert.rejects(rotateKey(app.deps.db, old, next, { stopAfterBatches: 1 }), RotationError);
      const half = await ciphertexts(app);
      const moved = [...half.values()].filter((v) => next.owns(v)).length;
      assert.ok(moved > 0 && moved < half.size, `half-rotated: ${moved} of ${half.size} values under the new key`);
      assert.deepEqual(plaintexts(half, next, old), plainBefore, 'a half-rotated database still reads: each value names its key');
      await assert.rejects(loadPatientCrypto(app.deps.db, Buffer.from(TEST_DATA_KEY, 'hex')), (e: Error) => e instanceof DataKeyError && /rotation was started and not finished/.test(e.message));
      await assert.rejects(rotateKey(app.deps.db, old, new PatientCrypto(randomBytes(32))), /unfinished rotation/, 'a third key cannot take over a half-done rotation');

      const progress: string[] = [];
      const r = await rotateKey(app.deps.db, old, next, { onProgress: (t, done, total) => progress.push(`${t}:${done}/${total}`) });
      assert.equal(r.resumed, true);
      assert.ok(progress.some((x) => /^booking:(\d+)\/\1$/.test(x)), progress.join(' '));
      assert.ok(progress.some((x) => /^question:(\d+)\/\1$/.test(x)), progress.join(' '));
      const after = await ciphertexts(app);
      assert.equal(after.size, before.size);
      for (const [k, v] of after) assert.ok(next.owns(v), `${k} is under the new key`);
      for (const [k, v] of before) assert.notEqual(after.get(k), v, `${k} was re-encrypted`);
      assert.deepEqual(plaintexts(after, next), plainBefore, 'same plaintexts');

      // Keyed hashes follow the key: look-ups by number work with the new key.
      const hmac = next.mobileHmac(p.mobile);
      assert.ok((await app.deps.db.selectFrom('booking').select('id').where('mobile_hmac', '=', hmac).execute()).length >= 2);
      assert.ok(await app.deps.db.selectFrom('question').select('id').where('mobile_hmac', '=', hmac).executeTakeFirst());
      assert.ok(await app.deps.db.selectFrom('waitlist_entry').select('id').where('mobile_hmac', '=', hmac).executeTakeFirst());
      assert.ok(await app.deps.db.selectFrom('feedback').select('id').where('mobile_hmac', '=', hmac).executeTakeFirst(), 'the rating follows its booking');
      assert.equal((await app.deps.db.selectFrom('booking').select('id').where('mobile_hmac', '=', old.mobileHmac(p.mobile)).execute()).length, 0);

      // The server starts with the new key only; running again is a no-op.
      assert.equal((await loadPatientCrypto(app.deps.db, nextKey)).keyId, next.keyId);
      await assert.rejects(loadPatientCrypto(app.deps.db, Buffer.from(TEST_DATA_KEY, 'hex')), /not the key this database is encrypted with/);
      assert.equal((await rotateKey(app.deps.db, old, next)).alreadyDone, true);
    });
  });

  describe(`clinicpress rotate-key (the command) on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('rotates the demo data with a progress display, then says there is nothing to do', async () => {
      const newKey = randomBytes(32).toString('hex');
      const env = { DATA_DIR: app.t.dataDir, DATABASE_URL: app.t.databaseUrl, DATA_KEY: TEST_DATA_KEY, NEW_DATA_KEY: newKey };
      const r = await cli(['rotate-key'], env);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.match(r.stderr, /^ {2}question: (\d+)\/\1$/m, 'progress per table');
      assert.match(r.stdout, /Finished: \d+ rows re-encrypted from key \S+ to key \S+/);
      assert.doesNotMatch(r.stdout + r.stderr, new RegExp(`${TEST_DATA_KEY}|${newKey}`), 'no key is printed');
      const again = await cli(['rotate-key'], env);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /already encrypted with the new key/);
      const stale = await cli(['rotate-key'], { ...env, NEW_DATA_KEY: randomBytes(32).toString('hex') });
      assert.equal(stale.code, 1, 'the old key is no longer the data key');
      assert.match(stale.stderr, /^clinicpress rotate-key: The current key .* is not the key this database is encrypted with/m);
      const second = await cli(['rotate-key'], { ...env, DATA_KEY: newKey, NEW_DATA_KEY: randomBytes(32).toString('hex') });
      assert.equal(second.code, 0, 'a second rotation from the new key');
    });
  });
}

for (const dialect of dialects) {
  test(`a database whose key was kept in the database moves to DATA_KEY with rotate-key (no DATA_KEY needed for that run) on ${dialect.name}`, async () => {
    const t = await dialect.create();
    try {
      const stored = await loadPatientCrypto(t.db.kysely, undefined);
      const kept = await t.db.kysely.selectFrom('site_state').select('value').where('key', '=', 'data_key').executeTakeFirst();
      assert.ok(kept, 'the legacy set-up: the key sits in the database');
      await t.db.kysely.insertInto('privacy_request').values({ kind: 'erasure', status: 'pending', mobile_hmac: stored.mobileHmac('13912345678'), mobile_enc: stored.encrypt('13912345678'), created_at: new Date().toISOString(), completed_at: null, completed_by: null, summary_json: null }).execute();
      const newKey = randomBytes(32);
      const r = await cli(['rotate-key'], { DATA_DIR: t.dataDir, DATABASE_URL: t.databaseUrl, NEW_DATA_KEY: newKey.toString('hex') });
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.equal(await t.db.kysely.selectFrom('site_state').select('value').where('key', '=', 'data_key').executeTakeFirst(), undefined, 'the key no longer sits in the database');
      const crypto = await loadPatientCrypto(t.db.kysely, newKey);
      const row = await t.db.kysely.selectFrom('privacy_request').selectAll().executeTakeFirstOrThrow();
      assert.equal(crypto.decrypt(row.mobile_enc!), '13912345678');
      assert.equal(row.mobile_hmac, crypto.mobileHmac('13912345678'));
      await assert.rejects(loadPatientCrypto(t.db.kysely, undefined), /DATA_KEY is not set/);
    } finally {
      await t.drop();
    }
  });
}
