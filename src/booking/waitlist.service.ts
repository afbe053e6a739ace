import { bookingOutcomes } from '../metrics/metrics.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueue, type JobHandler } from '../jobs/jobs.js';
import { findSession, inWriteTransaction, isUniqueViolation, lockMobile, releasePlace } from './booking.repository.js';
import { bookInTransaction, BookingRefused, timeRefusal, type Booked, type BookingInput } from './booking.service.js';
import type { WaitlistEntry } from './booking.tables.js';
import {
  acceptOpenOffer,
  countWaitingUpTo,
  entryById,
  entryByTokenHash,
  expireOffer,
  firstWaiting,
  insertEntry,
  leaveFrom,
  linkBooking,
  markOffered,
  openEntryOfNumber,
} from './waitlist.repository.js';
import { hashToken } from '../personal-data/patient-crypto.js';
import type { BookingRuntime } from '../messaging/runtime.js';

type Db = Kysely<Database>;

// The waiting list of a full session. A freed place is not given back to the session while anyone
// waits: it stays counted in `booked` and is offered to the first in line, held for
// WAITLIST_HOLD_MINUTES; accepting books it, and an unanswered offer passes to the next (a job).

export const WAITLIST_OFFER_JOB = 'booking.waitlist.offer';
export const WAITLIST_EXPIRE_JOB = 'booking.waitlist.expire';

export type WaitlistRequest = Omit<BookingInput, 'source'>;

export function waitlistToken(rt: BookingRuntime, idempotencyKey: string): string {
  return rt.crypto.token('waitlist', idempotencyKey);
}

export function requestOf(rt: BookingRuntime, e: WaitlistEntry): WaitlistRequest {
  return JSON.parse(rt.crypto.decrypt(e.request_enc)) as WaitlistRequest;
}

/** A place was given up: offer it to the first in line, or give it back to the session. */
export async function freePlace(trx: Db, rt: BookingRuntime, sessionId: number, now: Date): Promise<'offered' | 'released'> {
  const s = await findSession(trx, sessionId);
  if (s && s.status === 'open' && Date.parse(s.starts_at) > now.getTime()) {
    const next = await firstWaiting(trx, sessionId);
    if (next) {
      const expires = new Date(Math.min(now.getTime() + rt.config.booking.waitlistHoldMinutes * 60_000, Date.parse(s.starts_at)));
      await markOffered(trx, next.id, expires.toISOString());
      await enqueue(trx, WAITLIST_OFFER_JOB, { entryId: next.id }, now, now);
      await enqueue(trx, WAITLIST_EXPIRE_JOB, { entryId: next.id }, expires, now);
      return 'offered';
    }
  }
  await releasePlace(trx, sessionId);
  return 'released';
}

export async function entryByToken(db: Db, token: string): Promise<WaitlistEntry | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  return entryByTokenHash(db, hashToken(token));
}

export async function positionOf(db: Db, e: WaitlistEntry): Promise<number> {
  return countWaitingUpTo(db, e.session_id, e.id);
}

/** Joins a full session's waiting list with a complete booking request; repeating the form returns the same entry. */
export async function joinWaitlist(db: Db, rt: BookingRuntime, request: WaitlistRequest, now: Date): Promise<{ token: string; entry: WaitlistEntry }> {
  const token = waitlistToken(rt, request.idempotencyKey);
  try {
    return await inWriteTransaction(db, (trx) => joinWaitlistInTransaction(trx, rt, request, now)).then((r) => {
      bookingOutcomes.inc({ outcome: 'waitlisted' });
      return r;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'token_hash')) {
      const entry = await entryByToken(db, token);
      if (entry) return { token, entry };
    }
    throw err;
  }
}

/** The join itself, inside the caller's write transaction (a confirmed mobile proof joins this way). */
export async function joinWaitlistInTransaction(trx: Db, rt: BookingRuntime, request: WaitlistRequest, now: Date): Promise<{ token: string; entry: WaitlistEntry }> {
  const token = waitlistToken(rt, request.idempotencyKey);
  const mobileHmac = rt.crypto.mobileHmac(request.mobile);
  const same = await entryByTokenHash(trx, hashToken(token));
  if (same) return { token, entry: same };
  const s = await findSession(trx, request.sessionId);
  if (!s) throw new BookingRefused('not_found');
  if (s.status === 'stopped') throw new BookingRefused('stopped');
  const late = timeRefusal(s, now, rt, 'online');
  if (late) throw new BookingRefused(late);
  if (s.booked < s.quota) throw new WaitlistRefused('not_full');
  await lockMobile(trx, mobileHmac);
  const already = await openEntryOfNumber(trx, s.id, mobileHmac);
  if (already) throw new WaitlistRefused('waitlisted');
  const entry = await insertEntry(trx, {
    session_id: s.id,
    request_enc: rt.crypto.encrypt(JSON.stringify(request)),
    mobile_hmac: mobileHmac,
    locale: request.locale,
    status: 'waiting',
    token_hash: hashToken(token),
    offer_expires_at: null,
    booking_id: null,
    created_at: now.toISOString(),
  });
  return { token, entry };
}

export class WaitlistRefused extends Error {
  constructor(readonly code: 'not_full' | 'waitlisted' | 'no_offer') {
    super(code);
  }
}

/** Turns a held offer into a booking, in one transaction with the entry's change. */
export async function acceptOffer(db: Db, rt: BookingRuntime, token: string, now: Date): Promise<Booked> {
  const found = await entryByToken(db, token);
  if (!found) throw new WaitlistRefused('no_offer');
  const request = requestOf(rt, found);
  return inWriteTransaction(db, async (trx) => {
    const e = await acceptOpenOffer(trx, found.id, now);
    if (!e) throw new WaitlistRefused('no_offer');
    const booked = await bookInTransaction(trx, rt, { ...request, sessionId: e.session_id, source: 'waitlist' }, now, true);
    await linkBooking(trx, e.id, booked.booking.id);
    return booked;
  });
}

/** Leaves the list; a held offer passes on at once. */
export async function leaveWaitlist(db: Db, rt: BookingRuntime, token: string, now: Date): Promise<void> {
  const found = await entryByToken(db, token);
  if (!found) throw new WaitlistRefused('no_offer');
  await inWriteTransaction(db, async (trx) => {
    const leave = (from: 'offered' | 'waiting') => leaveFrom(trx, found.id, from);
    const held = await leave('offered');
    if (held) await freePlace(trx, rt, held.session_id, now);
    else await leave('waiting');
  });
}

/** An offer nobody took in time passes on (the job re-checks: an accepted offer is left alone). */
export function expireOfferHandler(runtime: (db: Db) => Promise<BookingRuntime>): JobHandler {
  return async (trx, payload: { entryId: number }, _job, now) => {
    const e = await expireOffer(trx, payload.entryId, now);
    if (e) await freePlace(trx, await runtime(trx), e.session_id, now);
  };
}

export async function entryByIdWithRequest(db: Db, rt: BookingRuntime, id: number): Promise<{ entry: WaitlistEntry; request: WaitlistRequest; token: string } | undefined> {
  const entry = await entryById(db, id);
  if (!entry) return undefined;
  const request = requestOf(rt, entry);
  return { entry, request, token: waitlistToken(rt, request.idempotencyKey) };
}
