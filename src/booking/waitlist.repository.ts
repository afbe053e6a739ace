import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { WaitlistEntry, WaitlistEntryTable } from './booking.tables.js';

type Db = Kysely<Database>;

/** The first one waiting for a session (in order of joining). */
export function firstWaiting(trx: Db, sessionId: number): Promise<{ id: number } | undefined> {
  return trx.selectFrom('waitlist_entry').select('id').where('session_id', '=', sessionId).where('status', '=', 'waiting').orderBy('id').limit(1).executeTakeFirst();
}

export async function markOffered(trx: Db, id: number, offerExpiresAt: string): Promise<void> {
  await trx.updateTable('waitlist_entry').set({ status: 'offered', offer_expires_at: offerExpiresAt }).where('id', '=', id).execute();
}

export function entryByTokenHash(db: Db, tokenHash: string): Promise<WaitlistEntry | undefined> {
  return db.selectFrom('waitlist_entry').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** How many of a session's waiting entries joined up to (and including) this one. */
export async function countWaitingUpTo(db: Db, sessionId: number, id: number): Promise<number> {
  const r = await db
    .selectFrom('waitlist_entry')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waiting')
    .where('id', '<=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A number's entry still waiting or offered for a session. */
export function openEntryOfNumber(trx: Db, sessionId: number, mobileHmac: string): Promise<{ id: number } | undefined> {
  return trx
    .selectFrom('waitlist_entry')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('mobile_hmac', '=', mobileHmac)
    .where('status', 'in', ['waiting', 'offered'])
    .executeTakeFirst();
}

export function insertEntry(trx: Db, values: Insertable<WaitlistEntryTable>): Promise<WaitlistEntry> {
  return trx.insertInto('waitlist_entry').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Accepts an offer that is still offered and not expired (conditional UPDATE); undefined otherwise. */
export function acceptOpenOffer(trx: Db, id: number, now: Date): Promise<WaitlistEntry | undefined> {
  return trx
    .updateTable('waitlist_entry')
    .set({ status: 'accepted' })
    .where('id', '=', id)
    .where('status', '=', 'offered')
    .where('offer_expires_at', '>', now.toISOString())
    .returningAll()
    .executeTakeFirst();
}

export async function linkBooking(trx: Db, id: number, bookingId: number): Promise<void> {
  await trx.updateTable('waitlist_entry').set({ booking_id: bookingId }).where('id', '=', id).execute();
}

/** Leaves the list from the given state only (conditional UPDATE); undefined when the entry was not in it. */
export function leaveFrom(trx: Db, id: number, from: 'offered' | 'waiting'): Promise<{ session_id: number } | undefined> {
  return trx.updateTable('waitlist_entry').set({ status: 'left' }).where('id', '=', id).where('status', '=', from).returning('session_id').executeTakeFirst();
}

/** Expires an offer still offered whose time is up (conditional UPDATE); undefined otherwise. */
export function expireOffer(trx: Db, id: number, now: Date): Promise<{ session_id: number } | undefined> {
  return trx
    .updateTable('waitlist_entry')
    .set({ status: 'expired' })
    .where('id', '=', id)
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<=', now.toISOString())
    .returning(['session_id'])
    .executeTakeFirst();
}

export function entryById(db: Db, id: number): Promise<WaitlistEntry | undefined> {
  return db.selectFrom('waitlist_entry').selectAll().where('id', '=', id).executeTakeFirst();
}
