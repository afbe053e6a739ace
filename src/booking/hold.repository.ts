import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Insertable } from 'kysely';
import type { BookingHold, BookingHoldTable } from './booking.tables.js';

type Db = Kysely<Database>;

/** Settles a hold that is still held (conditional on status = 'held'); undefined when it was settled meanwhile. */
export function settleHeld(trx: Db, id: number, status: 'expired' | 'failed' | 'replaced') {
  return trx
    .updateTable('booking_hold')
    .set({ status, request_enc: null, code_hash: null })
    .where('id', '=', id)
    .where('status', '=', 'held')
    .returning(['session_id', 'places'])
    .executeTakeFirst();
}

/** The same single statement as a booking's claim (booking.repository claimPlace), without a queue number. */
export async function holdPlace(trx: Db, sessionId: number): Promise<boolean> {
  const row = await trx
    .updateTable('clinic_session')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', sessionId)
    .where('status', '=', 'open')
    .whereRef('booked', '<', 'quota')
    .returning('booked')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a session has held places whose time is up. */
export async function expiredHoldExists(db: Db, sessionId: number, now: Date): Promise<boolean> {
  const row = await db.selectFrom('booking_hold').select('id').where('session_id', '=', sessionId).where('status', '=', 'held').where('expires_at', '<=', now.toISOString()).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Ids of the held holds whose time is up (of one session, or all), in id order. */
export function expiredHoldIds(trx: Db, now: Date, sessionId?: number): Promise<{ id: number }[]> {
  let q = trx.selectFrom('booking_hold').select('id').where('status', '=', 'held').where('expires_at', '<=', now.toISOString());
  if (sessionId !== undefined) q = q.where('session_id', '=', sessionId);
  return q.orderBy('id').execute();
}

export function holdByKey(trx: Db, idempotencyKey: string): Promise<BookingHold | undefined> {
  return trx.selectFrom('booking_hold').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
}

/** When each hold of a number since `since` was made. */
export function holdTimesForNumber(trx: Db, mobileHmac: string, since: string): Promise<{ created_at: string }[]> {
  return trx.selectFrom('booking_hold').select('created_at').where('mobile_hmac', '=', mobileHmac).where('created_at', '>', since).execute();
}

export async function countHoldsFromAddress(trx: Db, ipHmac: string, since: string): Promise<number> {
  const r = await trx
    .selectFrom('booking_hold')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('ip_hmac', '=', ipHmac)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function heldForNumberAndSession(trx: Db, sessionId: number, mobileHmac: string): Promise<{ id: number }[]> {
  return trx.selectFrom('booking_hold').select('id').where('session_id', '=', sessionId).where('mobile_hmac', '=', mobileHmac).where('status', '=', 'held').execute();
}

export function insertHold(trx: Db, values: Insertable<BookingHoldTable>): Promise<BookingHold> {
  return trx.insertInto('booking_hold').values(values).returningAll().executeTakeFirstOrThrow();
}

export function bookingKeyById(trx: Db, bookingId: number): Promise<{ idempotency_key: string } | undefined> {
  return trx.selectFrom('booking').select('idempotency_key').where('id', '=', bookingId).executeTakeFirst();
}

export function holdByTokenHash(db: Db, tokenHash: string): Promise<BookingHold | undefined> {
  return db.selectFrom('booking_hold').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function getHold(trx: Db, id: number): Promise<BookingHold> {
  return trx.selectFrom('booking_hold').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Takes one try with one statement (parallel guesses cannot pass the limit); undefined when none is left or the hold is settled. */
export function takeTry(trx: Db, id: number, maxTries: number): Promise<{ tries: number } | undefined> {
  return trx
    .updateTable('booking_hold')
    .set((eb) => ({ tries: eb('tries', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'held')
    .where('tries', '<', maxTries)
    .returning('tries')
    .executeTakeFirst();
}

// The booking or join inside a confirmation may be refused: a savepoint lets the hold be settled anyway.
export async function openConfirmSavepoint(trx: Db): Promise<void> {
  await sql`savepoint hold_confirm`.execute(trx);
}

export async function releaseConfirmSavepoint(trx: Db): Promise<void> {
  await sql`release savepoint hold_confirm`.execute(trx);
}

export async function rollbackConfirmSavepoint(trx: Db): Promise<void> {
  await sql`rollback to savepoint hold_confirm`.execute(trx);
}

export async function markHoldConfirmed(trx: Db, id: number, bookingId: number | null): Promise<void> {
  await trx.updateTable('booking_hold').set({ status: 'confirmed', request_enc: null, code_hash: null, booking_id: bookingId }).where('id', '=', id).execute();
}

/** Forgets settled holds made before `before`. */
export async function deleteSettledHoldsBefore(trx: Db, before: string): Promise<void> {
  await trx.deleteFrom('booking_hold').where('created_at', '<', before).where('status', '!=', 'held').execute();
}

export function heldForNumber(trx: Db, mobileHmac: string): Promise<{ id: number; session_id: number; places: number }[]> {
  return trx.selectFrom('booking_hold').select(['id', 'session_id', 'places']).where('mobile_hmac', '=', mobileHmac).where('status', '=', 'held').execute();
}

export async function deleteHoldsOfNumber(trx: Db, mobileHmac: string): Promise<number> {
  const r = await trx.deleteFrom('booking_hold').where('mobile_hmac', '=', mobileHmac).executeTakeFirst();
  return Number(r.numDeletedRows);
}
