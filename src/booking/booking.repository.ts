import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { Booking, ClinicSession } from './booking.tables.js';
import type { SessionSpec } from './schedule.js';

type Db = Kysely<Database>;

/**
 * Runs `fn` in a write transaction. On SQLite it starts with BEGIN IMMEDIATE, so the write lock is
 * taken before the first read and no later statement can fail with SQLITE_BUSY halfway; on
 * PostgreSQL it is an ordinary READ COMMITTED transaction (the claim below needs nothing more).
 */
export async function inWriteTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') return db.transaction().execute((trx) => fn(trx));
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}

/**
 * Takes the next place in a session with ONE statement: the row is updated only while the session
 * is open and has a place, so however many requests (and app instances) race, at most `quota`
 * succeed. Returns the queue number, or null when the session is full or stopped.
 */
export async function claimPlace(db: Db, sessionId: number): Promise<number | null> {
  const row = await db
    .updateTable('clinic_session')
    .set((eb) => ({ booked: eb('booked', '+', 1), issued: eb('issued', '+', 1) }))
    .where('id', '=', sessionId)
    .where('status', '=', 'open')
    .whereRef('booked', '<', 'quota')
    .returning('issued')
    .executeTakeFirst();
  return row ? row.issued : null;
}

/** A new queue number for a place that is already held (an accepted waitlist offer). */
export async function nextQueueNumber(db: Db, sessionId: number): Promise<number> {
  const row = await db
    .updateTable('clinic_session')
    .set((eb) => ({ issued: eb('issued', '+', 1) }))
    .where('id', '=', sessionId)
    .returning('issued')
    .executeTakeFirstOrThrow();
  return row.issued;
}

/** Gives a place back (its number is not reused). */
export async function releasePlace(db: Db, sessionId: number): Promise<void> {
  await db
    .updateTable('clinic_session')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('id', '=', sessionId)
    .where('booked', '>', 0)
    .execute();
}

/** Serialises one mobile number's bookings on PostgreSQL, so its limits hold under concurrency (SQLite's write lock already does). */
export async function lockMobile(db: Db, mobileHmac: string): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`mobile:${mobileHmac}`}))`.execute(db);
}

export async function findSession(db: Db, id: number): Promise<ClinicSession | undefined> {
  return db.selectFrom('clinic_session').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findBookingByKey(db: Db, key: string): Promise<Booking | undefined> {
  return db.selectFrom('booking').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

export async function findBookingByTokenHash(db: Db, hash: string): Promise<Booking | undefined> {
  return db.selectFrom('booking').selectAll().where('manage_token_hash', '=', hash).executeTakeFirst();
}

export async function findBooking(db: Db, id: number): Promise<Booking | undefined> {
  return db.selectFrom('booking').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Active bookings of a mobile number on a clinic-local date, and upcoming ones with a doctor. */
export async function countsForMobile(db: Db, mobileHmac: string, date: string, doctorId: number, today: string, exceptBookingId = 0) {
  const base = db
    .selectFrom('booking as b')
    .innerJoin('clinic_session as s', 's.id', 'b.session_id')
    .where('b.mobile_hmac', '=', mobileHmac)
    .where('b.status', 'in', ['booked', 'checked_in'])
    .where('b.id', '!=', exceptBookingId);
  const [day, doctor] = await Promise.all([
    base.where('s.local_date', '=', date).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.where('s.doctor_id', '=', doctorId).where('s.local_date', '>=', today).where('b.status', '=', 'booked').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { day: Number(day.n), doctor: Number(doctor.n) };
}

export async function hasBookingInSession(db: Db, mobileHmac: string, sessionId: number): Promise<boolean> {
  const row = await db
    .selectFrom('booking')
    .select('id')
    .where('mobile_hmac', '=', mobileHmac)
    .where('session_id', '=', sessionId)
    .where('status', 'in', ['booked', 'checked_in'])
    .executeTakeFirst();
  return !!row;
}

/** Inserts the sessions that do not exist yet; existing ones (and their bookings) are never touched. */
export async function insertSessions(db: Db, specs: SessionSpec[], now: Date): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < specs.length; i += 100) {
    const rows = specs.slice(i, i + 100).map((s) => ({ ...s, status: 'open' as const, stop_reason: null, stopped_at: null, created_at: now.toISOString() }));
    const r = await db
      .insertInto('clinic_session')
      .values(rows)
      .onConflict((oc) => oc.columns(['doctor_id', 'local_date', 'start_local']).doNothing())
      .executeTakeFirst();
    inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export interface SessionRow extends ClinicSession {
  doctor_name: string;
  doctor_slug: string;
}

/** Sessions of one doctor (or all) between two clinic-local dates, in time order. */
export async function listSessions(db: Db, opts: { doctorId?: number; from: string; to: string }): Promise<SessionRow[]> {
  let q = db
    .selectFrom('clinic_session as s')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .selectAll('s')
    .select(['d.name as doctor_name', 'd.slug as doctor_slug'])
    .where('s.local_date', '>=', opts.from)
    .where('s.local_date', '<=', opts.to);
  if (opts.doctorId !== undefined) q = q.where('s.doctor_id', '=', opts.doctorId);
  return q.orderBy('s.starts_at').orderBy('d.position').orderBy('s.id').execute();
}

export async function sessionWithDoctor(db: Db, id: number): Promise<SessionRow | undefined> {
  return db
    .selectFrom('clinic_session as s')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .selectAll('s')
    .select(['d.name as doctor_name', 'd.slug as doctor_slug'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export function isUniqueViolation(err: unknown, column?: string): boolean {
  const e = err as { code?: string; constraint?: string; detail?: string; message?: string };
  if (e.code === '23505') return !column || String(e.constraint ?? '').includes(column) || String(e.detail ?? '').includes(`(${column})`);
  const msg = String(e.message ?? err);
  return /UNIQUE constraint failed/.test(msg) && (!column || msg.includes(`.${column}`));
}
