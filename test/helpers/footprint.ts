import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sqliteFile } from '../../src/db/connection.js';
import { sql, type Kysely } from 'kysely';
import { maskMobile, type PatientCrypto } from '../../src/personal-data/patient-crypto.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { dialectOf } from '../../src/db/dialect.js';
import type { Database } from '../../src/db/schema.js';
import type { TestApp } from './app.js';
import { feedbackToken } from '../../src/feedback/feedback.service.js';
import { publishQa } from '../../src/questions/qa.service.js';
import { bookingForm, createSession, postBooking, runJobsAt, tokenOf } from './booking.js';
import { StaffClient } from './staff.js';

// A person's footprint across the app, and a search of the WHOLE database for any trace of it.
// Extend `leaveFootprint` when a feature adds a new place for patient data: the erasure test then
// proves the new place is erased too (or fails, naming the table and column).

export interface Person {
  name: string;
  mobile: string;
  email: string;
  /** Words of the person's own that only they wrote (visit reason, question): must go too. */
  secrets: string[];
}

export function person(mobile: string, name: string): Person {
  const tag = randomBytes(3).toString('hex');
  return { name, mobile, email: `p${tag}@example.cn`, secrets: [`手背白斑${tag}`, `夜里发痒${tag}`, `涂药三周无变化${tag}`, `诊室等候区很安静${tag}`] };
}

/** Every form of the number, its HMAC, the name, e-mail and the person's own words. */
export async function needlesOf(app: Pick<TestApp, 'deps' | 'config'>, p: Person): Promise<string[]> {
  const rt = await bookingRuntime(app.deps.db, app.config);
  const m = p.mobile;
  return [m, `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, maskMobile(m), rt.crypto.mobileHmac(m), p.name, p.email, ...p.secrets];
}

export interface Hit {
  table: string;
  column: string;
  needle: string;
  /** True when found inside a decrypted 'v1.' value. */
  decrypted: boolean;
}

/** Every table and every text column of the database (sqlite_master / information_schema). */
async function textColumns(db: Kysely<Database>): Promise<{ table: string; column: string }[]> {
  if (dialectOf(db) === 'postgres') {
    const r = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`.execute(db);
    return r.rows.map((c) => ({ table: c.table_name, column: c.column_name }));
  }
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  const out: { table: string; column: string }[] = [];
  for (const t of tables.rows) {
    const cols = await sql<{ name: string; type: string }>`select name, type from pragma_table_info(${t.name})`.execute(db);
    // SQLite stores any value in any column: read every column, not only those declared text.
    for (const c of cols.rows) out.push({ table: t.name, column: c.name });
  }
  return out;
}

/** Searches every value of every text column, and the plaintext of every 'v1.' ciphertext, for the needles. */
export async function searchDatabase(db: Kysely<Database>, crypto: PatientCrypto, needles: string[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  const columns = await textColumns(db);
  assert.ok(columns.some((c) => c.table === 'booking' && c.column === 'name_enc'), 'the column list must include the booking table');
  for (const { table, column } of columns) {
    const rows = await sql<{ v: unknown }>`select ${sql.ref(column)} as v from ${sql.table(table)}`.execute(db);
    for (const { v } of rows.rows) {
      if (typeof v !== 'string') continue;
      for (const n of needles) if (v.includes(n)) hits.push({ table, column, needle: n, decrypted: false });
      if (/^v[12]\./.test(v)) {
        let plain: string;
        try {
          plain = crypto.decrypt(v);
        } catch {
          continue;
        }
        for (const n of needles) if (plain.includes(n)) hits.push({ table, column, needle: n, decrypted: true });
      }
    }
  }
  return hits;
}

export interface Footprint {
  bookingIds: number[];
  sessionIds: number[];
  questionId: number;
  feedbackId: number;
}

let ips = 0;
let visits = 0;

/**
 * Leaves the person's data everywhere it can go today: a booking made through the booking form
 * (with its confirmation text sent), a place on a full session's waiting list that is then
 * offered to them (a held place, an offer text), a front-desk search by their number (audited),
 * a question through /questions/ask with the number as contact and both consents, answered and
 * published as a public Q&A (in the search index), and — the booked visit checked in — a rated
 * visit whose comment (their own words) the moderator approved for the doctor's page.
 */
export async function leaveFootprint(app: TestApp, p: Person, opts: { sessionId: number; fullSessionId: number; staff: StaffClient }): Promise<Footprint> {
  const booked = await postBooking(app, opts.sessionId, bookingForm({ name: p.name, mobile: p.mobile, email: p.email, reason: p.secrets[0]! }));
  assert.equal(booked.statusCode, 303, booked.body.slice(0, 300));
  // The full session: someone else holds its only place; the person joins its waiting list.
  const other = bookingForm({ name: '占位人', reason: '占位' });
  const holder = await postBooking(app, opts.fullSessionId, other);
  assert.equal(holder.statusCode, 303);
  const wait = await postBooking(app, opts.fullSessionId, bookingForm({ name: p.name, mobile: p.mobile, reason: p.secrets[1]!, action: 'waitlist' }));
  assert.equal(wait.statusCode, 303, wait.body.slice(0, 300));
  // The holder cancels: the place is offered to the person (held, counted in `booked`).
  const cancel = await app.app.inject({ method: 'POST', url: `/b/${tokenOf(holder.headers.location)}/cancel`, headers: { origin: app.config.siteUrl } });
  assert.equal(cancel.statusCode, 303);
  await runJobsAt(app, app.clock.now);
  // A booking form whose code was never typed: a held place and the whole request, waiting (issue 11 #5).
  const pendingSession = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 5, start: `06:${String(10 + (visits % 40)).padStart(2, '0')}`, end: '11:45', quota: 20 });
  const pending = await postBooking(app, pendingSession, bookingForm({ name: p.name, mobile: p.mobile, email: p.email, reason: p.secrets[0]! }), '', { enterCode: false });
  assert.equal(pending.statusCode, 303, pending.body.slice(0, 300));
  const search = await opts.staff.get(`/staff/bookings/search?q=${p.mobile}`);
  assert.equal(search.statusCode, 200);
  const rt = await bookingRuntime(app.deps.db, app.config);
  const rows = await app.deps.db.selectFrom('booking').select(['id', 'session_id']).where('mobile_hmac', '=', rt.crypto.mobileHmac(p.mobile)).execute();
  const asked = await app.app.inject({
    method: 'POST',
    url: '/questions/ask',
    payload: new URLSearchParams({ body: `白斑两个月了，${p.secrets[2]}，需要做光疗吗？`, contact_kind: 'mobile', contact: p.mobile, consent_health: '1', consent_publish: '1', age_range: '30-44', sex: 'female' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.config.siteUrl },
    remoteAddress: `10.77.${process.pid % 250}.${++ips}`,
  });
  assert.equal(asked.statusCode, 303, asked.body.slice(0, 300));
  const q = await app.deps.db.selectFrom('question').select('id').where('mobile_hmac', '=', rt.crypto.mobileHmac(p.mobile)).executeTakeFirstOrThrow();
  const questionId = q.id;

  // The question answered (as the doctor's form would store it) and published with the patient's words.
  const doctor = await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow();
  const at = app.clock.now.toISOString();
  await app.deps.db
    .updateTable('question')
    .set({ status: 'answered', assigned_doctor_id: doctor.id, answer_enc: rt.crypto.encrypt('白斑是否稳定需要面诊评估，稳定后再考虑光疗。'), answered_at: at })
    .where('id', '=', questionId)
    .execute();
  const actor = { userId: null, name: '测试', ip: '127.0.0.1', userAgent: 'test' };
  await app.deps.db.transaction().execute((trx) =>
    publishQa(trx, questionId, { title: '白斑两个月，需要做光疗吗？', question_public: `白斑两个月了，${p.secrets[2]}，需要做光疗吗？`, answer_public: '白斑是否稳定需要面诊评估，稳定后再考虑光疗。', category_id: null }, actor, app.clock.now),
  );

  // A visit later today (the front desk checks in on the session's day only), checked in, rated
  // with a comment, the comment approved for the public page.
  const visitSession = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 0, start: `16:${String(10 + (visits++ % 40)).padStart(2, '0')}`, end: '18:30', quota: 20 });
  const visit = await postBooking(app, visitSession, bookingForm({ name: p.name, mobile: p.mobile, reason: p.secrets[0]! }));
  assert.equal(visit.statusCode, 303, visit.body.slice(0, 300));
  const b = await app.deps.db.selectFrom('booking').select(['id', 'ref_code', 'session_id']).where('session_id', '=', visitSession).where('mobile_hmac', '=', rt.crypto.mobileHmac(p.mobile)).executeTakeFirstOrThrow();
  assert.equal((await opts.staff.post(`/staff/bookings/${b.id}/check-in`, {})).statusCode, 303);
  const rated = await app.app.inject({
    method: 'POST',
    url: `/feedback/${feedbackToken(rt, b)}`,
    payload: new URLSearchParams({ explain: '5', attitude: '5', wait: '4', comment: `${p.secrets[3]}，医生讲得很清楚。`, consent_publish: '1' }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.config.siteUrl },
  });
  assert.equal(rated.statusCode, 303, rated.body.slice(0, 300));
  const fb = await app.deps.db.selectFrom('feedback').select('id').where('booking_id', '=', b.id).executeTakeFirstOrThrow();
  await opts.staff.get('/staff/feedback');
  assert.equal((await opts.staff.post(`/staff/feedback/${fb.id}/moderate`, { action: 'approve' })).statusCode, 303);
  return { bookingIds: [...rows.map((r) => r.id), b.id], sessionIds: [...rows.map((r) => r.session_id), b.session_id], questionId, feedbackId: fb.id };
}

/**
 * Every stored form of the person's data as it sits in the database now: the ciphertexts of their
 * rows exactly as stored ('v1.…'), the keyed hash of the number, the masked number — to be looked
 * for in the raw bytes of the database files after the erasure.
 */
export async function storedFormsOf(app: Pick<TestApp, 'deps' | 'config'>, p: Person): Promise<string[]> {
  const rt = await bookingRuntime(app.deps.db, app.config);
  const hmac = rt.crypto.mobileHmac(p.mobile);
  const db = app.deps.db;
  const forms = new Set<string>();
  const add = (...vs: (string | null)[]) => vs.forEach((v) => v && v.length >= 8 && forms.add(v));
  for (const b of await db.selectFrom('booking').selectAll().where('mobile_hmac', '=', hmac).execute()) add(b.name_enc, b.mobile_enc, b.email_enc, b.reason_enc, b.screening_enc);
  for (const w of await db.selectFrom('waitlist_entry').selectAll().where('mobile_hmac', '=', hmac).execute()) add(w.request_enc);
  for (const q of await db.selectFrom('question').selectAll().where('mobile_hmac', '=', hmac).execute()) add(q.body_enc, q.contact_enc, q.answer_enc);
  for (const r of await db.selectFrom('privacy_request').selectAll().where('mobile_hmac', '=', hmac).execute()) add(r.mobile_enc);
  for (const s of await db.selectFrom('privacy_session').selectAll().where('mobile_hmac', '=', hmac).execute()) add(s.mobile_enc);
  assert.ok(forms.size >= 6, `the person's ciphertexts were found (${forms.size})`);
  add(hmac, maskMobile(p.mobile));
  return [...forms];
}

/** The raw bytes of every file the database keeps its tables in: SQLite's main file and WAL; PostgreSQL's relation files, TOAST and the column statistics ANALYZE samples values into (after a CHECKPOINT). */
export async function rawDatabaseFiles(app: Pick<TestApp, 'deps' | 't'>): Promise<{ name: string; bytes: Buffer }[]> {
  const db = app.deps.db;
  if (dialectOf(db) === 'sqlite') {
    const main = sqliteFile(app.t.dataDir);
    return [main, `${main}-wal`].filter((f) => fs.existsSync(f)).map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
  }
  await sql`checkpoint`.execute(db);
  const rels = await sql<{ name: string; file: string }>`
    select c.relname as name, pg_relation_filepath(c.oid) as file from pg_class c
    where (c.relnamespace in (to_regnamespace(current_schema()), 'pg_toast'::regnamespace) or c.oid = 'pg_catalog.pg_statistic'::regclass)
      and c.relkind in ('r', 'i', 't') and pg_relation_filepath(c.oid) is not null`.execute(db);
  const out: { name: string; bytes: Buffer }[] = [];
  for (const r of rels.rows) {
    const got = await sql<{ b: Buffer | null }>`select case when (pg_stat_file(${r.file}, true)).size is not null then pg_read_binary_file(${r.file}) end as b`.execute(db);
    if (got.rows[0]?.b) out.push({ name: r.name, bytes: got.rows[0].b });
  }
  assert.ok(out.some((f) => f.name === 'booking'), 'the booking table file was read');
  return out;
}

/** Which needles occur in which raw database file (as UTF-8 bytes). */
export async function rawHits(app: Pick<TestApp, 'deps' | 't'>, needles: string[]): Promise<string[]> {
  const files = await rawDatabaseFiles(app);
  const hits: string[] = [];
  for (const f of files) for (const n of needles) if (f.bytes.includes(Buffer.from(n, 'utf8'))) hits.push(`${f.name}: ${n.length > 40 ? `${n.slice(0, 40)}…` : n}`);
  return hits;
}
