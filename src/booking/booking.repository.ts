import { sql, type Insertable, type Kysely } from 'kysely';
import { dialectOf, markInTransaction } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { Booking, BookingStatus, BookingTable, ClinicSession } from './booking.tables.js';
import type { SessionSpec } from './schedule.js';

type Db = Kysely<Database>;

/**
 * Runs `fn` in a write transaction. On PostgreSQL: an ordinary READ COMMITTED transaction (the
 * single-statement claim needs nothing more). On SQLite: `BEGIN IMMEDIATE`, so the write lock is
 * held from the first read and no statement can fail halfway with SQLITE_BUSY — and with GROUP
 * COMMIT: the write transactions that arrive together run one after another inside ONE database
 * transaction, each in its own SAVEPOINT (a failing one is rolled back alone, exactly as if it
 * had been its own transaction), and one COMMIT — one fsync under synchronous=FULL — makes them
 * all durable before any of them is answered. docs/decisions/0007-booking.md.
 *
 * `fn` must use only the handle it is given (the connection is held for the batch).
 */
export async function inWriteTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') return db.transaction().execute((trx) => fn(trx));
  let committer = committers.get(db);
  if (!committer) {
    committer = new GroupCommitter(db);
    committers.set(db, committer);
  }
  return committer.run(fn);
}

const committers = new WeakMap<Db, GroupCommitter>();
const MAX_BATCH = 100;

interface Pending {
  fn: (trx: Db) => Promise<unknown>;
  resolve: (v: any) => void;
  reject: (e: unknown) => void;
}

class GroupCommitter {
  private queue: Pending[] = [];
  private draining = false;

  constructor(private readonly db: Db) {}

  run<T>(fn: (trx: Db) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Let every request that arrived in this turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) await this.batch(this.queue.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
      if (this.queue.length) {
        this.draining = true;
        setImmediate(() => void this.drain());
      }
    }
  }

  private async batch(items: Pending[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      await this.db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          for (const item of items) {
            await sql`savepoint booking_tx`.execute(conn);
            try {
              const value = await item.fn(markInTransaction(conn));
              await sql`release booking_tx`.execute(conn);
              outcomes.push({ ok: true, value });
            } catch (err) {
              await sql`rollback to booking_tx`.execute(conn);
              await sql`release booking_tx`.execute(conn);
              outcomes.push({ ok: false, value: err });
            }
          }
          await sql`commit`.execute(conn);
        } catch (err) {
          await sql`rollback`.execute(conn).catch(() => {});
          throw err;
        }
      });
    } catch (err) {
      // Nothing of this batch was committed: nobody is told otherwise.
      for (const item of items) item.reject(err);
      return;
    }
    items.forEach((item, i) => (outcomes[i]!.ok ? item.resolve(outcomes[i]!.value) : item.reject(outcomes[i]!.value)));
  }
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
export async function lockMobile(db: Db, mobileHmac: string): Promise<boolean> {
  if (dialectOf(db) !== 'postgres') return false;
  await sql`select pg_advisory_xact_lock(hashtext(${`mobile:${mobileHmac}`}))`.execute(db);
  return true;
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

/**
 * In one query: a mobile number's active bookings in a session, on a clinic-local date, and
 * upcoming with a doctor (the limits clinics set).
 */
export async function countsForMobile(db: Db, mobileHmac: string, s: { id: number; local_date: string; doctor_id: number }, today: string, exceptBookingId = 0) {
  const row = await db
    .selectFrom('booking as b')
    .innerJoin('clinic_session as s', 's.id', 'b.session_id')
    .where('b.mobile_hmac', '=', mobileHmac)
    .where('b.status', 'in', ['booked', 'checked_in'])
    .where('b.id', '!=', exceptBookingId)
    .where((eb) => eb.or([eb('s.local_date', '=', s.local_date), eb.and([eb('s.doctor_id', '=', s.doctor_id), eb('s.local_date', '>=', today)])]))
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when('b.session_id', '=', s.id).then(1).else(0).end()).as('session'),
      eb.fn.sum<number>(eb.case().when('s.local_date', '=', s.local_date).then(1).else(0).end()).as('day'),
      eb.fn
        .sum<number>(eb.case().when(eb.and([eb('s.doctor_id', '=', s.doctor_id), eb('s.local_date', '>=', today), eb('b.status', '=', 'booked')])).then(1).else(0).end())
        .as('doctor'),
    ])
    .executeTakeFirst();
  return { session: Number(row?.session ?? 0), day: Number(row?.day ?? 0), doctor: Number(row?.doctor ?? 0) };
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
  /** The session's service (null only when its key names no service row). */
  service_name_zh: string | null;
  service_name_en: string | null;
  /** 0: the service is retired — the session takes no new bookings. */
  service_active: number | null;
}

/** Sessions of one doctor (or all) between two clinic-local dates, in time order. */
export async function listSessions(db: Db, opts: { doctorId?: number; from: string; to: string }): Promise<SessionRow[]> {
  let q = db
    .selectFrom('clinic_session as s')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .leftJoin('service as sv', 'sv.key', 's.service')
    .selectAll('s')
    .select(['d.name as doctor_name', 'd.slug as doctor_slug', 'sv.name_zh as service_name_zh', 'sv.name_en as service_name_en', 'sv.active as service_active'])
    .where('s.local_date', '>=', opts.from)
    .where('s.local_date', '<=', opts.to);
  if (opts.doctorId !== undefined) q = q.where('s.doctor_id', '=', opts.doctorId);
  return q.orderBy('s.starts_at').orderBy('d.position').orderBy('s.id').execute();
}

export async function sessionWithDoctor(db: Db, id: number): Promise<SessionRow | undefined> {
  return db
    .selectFrom('clinic_session as s')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .leftJoin('service as sv', 'sv.key', 's.service')
    .selectAll('s')
    .select(['d.name as doctor_name', 'd.slug as doctor_slug', 'sv.name_zh as service_name_zh', 'sv.name_en as service_name_en', 'sv.active as service_active'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export function isUniqueViolation(err: unknown, column?: string): boolean {
  const e = err as { code?: string; constraint?: string; detail?: string; message?: string };
  if (e.code === '23505') return !column || String(e.constraint ?? '').includes(column) || String(e.detail ?? '').includes(`(${column})`);
  const msg = String(e.message ?? err);
  return /UNIQUE constraint failed/.test(msg) && (!column || msg.includes(`.${column}`));
}

/** The idempotency key of a booking (its private link is derived from it); undefined when there is none. */
export function bookingKey(db: Db, id: number): Promise<{ idempotency_key: string } | undefined> {
  return db.selectFrom('booking').select('idempotency_key').where('id', '=', id).executeTakeFirst();
}

/** A booking's status as it is now (undefined when there is no such booking). */
export async function bookingStatus(db: Db, id: number): Promise<BookingStatus | undefined> {
  return (await db.selectFrom('booking').select('status').where('id', '=', id).executeTakeFirst())?.status;
}

/**
 * Moves a booking from one status to another, only when it is in `from` and its session is on the
 * clinic day `day` (and, with `unlessRated`, only while the patient has not rated the visit): two
 * clicks or a stale page apply once. Returns whether it moved.
 */
export async function markBooking(db: Db, id: number, from: BookingStatus, to: BookingStatus, day: string, now: Date, unlessRated = false): Promise<boolean> {
  let q = db
    .updateTable('booking')
    .set({ status: to, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', from)
    .where('session_id', 'in', db.selectFrom('clinic_session').select('id').where('local_date', '=', day));
  if (unlessRated) q = q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('feedback').select('id').where('booking_id', '=', id))));
  return !!(await q.returning('id').executeTakeFirst());
}

/** Whether the patient has rated this visit (src/feedback). */
export async function isRated(db: Db, bookingId: number): Promise<boolean> {
  return !!(await db.selectFrom('feedback').select('id').where('booking_id', '=', bookingId).executeTakeFirst());
}

/** Several notification jobs in one multi-row insert (the same rows jobs.enqueue() writes). */
export async function insertNotifyJobs(db: Db, kind: string, jobs: { payload: unknown; runAt: Date }[], now: Date): Promise<void> {
  await db
    .insertInto('job')
    .values(jobs.map((j) => ({ kind, payload_json: JSON.stringify(j.payload), run_at: j.runAt.toISOString(), created_at: now.toISOString(), done_at: null, dedupe_key: null, last_error: null })))
    .execute();
}

export function insertBooking(trx: Db, values: Insertable<BookingTable>): Promise<Booking> {
  return trx.insertInto('booking').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Cancels a booking that is still booked (conditional UPDATE); undefined when it no longer was. */
export function cancelBooked(trx: Db, bookingId: number, by: 'patient' | 'clinic', now: Date): Promise<Booking | undefined> {
  return trx
    .updateTable('booking')
    .set({ status: 'cancelled', cancelled_by: by, updated_at: now.toISOString() })
    .where('id', '=', bookingId)
    .where('status', '=', 'booked')
    .returningAll()
    .executeTakeFirst();
}

/** Moves a booking to another session, only if its status and session are still those read (conditional UPDATE). */
export function moveBookingIfUnchanged(trx: Db, b: Pick<Booking, 'id' | 'status' | 'session_id'>, target: Pick<ClinicSession, 'id' | 'ends_at'>, queueNo: number, now: Date): Promise<Booking | undefined> {
  return trx
    .updateTable('booking')
    .set({ session_id: target.id, queue_no: queueNo, status: 'booked', cancelled_by: null, manage_expires_at: target.ends_at, updated_at: now.toISOString() })
    .where('id', '=', b.id)
    .where('status', '=', b.status)
    .where('session_id', '=', b.session_id)
    .returningAll()
    .executeTakeFirst();
}
