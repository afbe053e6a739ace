import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueue, type JobHandler } from '../jobs/jobs.js';
import { smsSentOn, SmsBudgetReached } from '../messaging/sms.js';
import { countsForMobile, findBookingByKey, findSession, inWriteTransaction, lockMobile, releasePlace } from './booking.repository.js';
import {
  bookingKeyById,
  countHoldsFromAddress,
  deleteHoldsOfNumber,
  deleteSettledHoldsBefore,
  expiredHoldExists,
  expiredHoldIds,
  getHold,
  heldForNumber,
  heldForNumberAndSession,
  holdByKey,
  holdByTokenHash,
  holdPlace,
  holdTimesForNumber,
  insertHold,
  markHoldConfirmed,
  openConfirmSavepoint,
  releaseConfirmSavepoint,
  rollbackConfirmSavepoint,
  settleHeld,
  takeTry,
} from './hold.repository.js';
import { bookInTransaction, BookingRefused, manageToken, timeRefusal, type BookingInput, type Refusal } from './booking.service.js';
import type { BookingHold } from './booking.tables.js';
import { hashToken, maskMobile } from '../personal-data/patient-crypto.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { freePlace, joinWaitlistInTransaction, WaitlistRefused, waitlistToken, type WaitlistRequest } from './waitlist.service.js';
import { localDateOf } from '../time/zoned-time.js';
import { holdText } from './hold.i18n.js';
import type { Locale } from '../web/i18n.js';
import { newCode, sameHash } from '../personal-data/codes.js';

type Db = Kysely<Database>;

// Mobile proof (issue 11 #5; docs/decisions/0012-mobile-proof.md). An online booking form does not
// book at once: it holds a place with the SAME one-statement claim a booking uses (so booked ≤
// quota holds for holds too) and texts a six-digit code to the number. Typing the code turns the
// hold into the booking (which takes a queue number then: numbers stay unique and only bookings
// get them). A hold that is not confirmed in time, fails its tries, or is replaced gives its
// place back through freePlace() — to the waiting list first, as a cancellation does — so the
// count never has a gap. The place comes back by a job at the expiry instant and, should jobs lag,
// by a sweep of the session's expired holds before any new hold on it.
//
// Limits, counted on the hold rows (kept two days, then deleted): per number five codes an hour,
// ten a day; per address BOOKING_CODES_PER_ADDRESS_HOUR an hour; per code five tries.

export const HOLD_EXPIRE_JOB = 'booking.hold.expire';
export const CODE_MAX_TRIES = 5;
// One number often books for a whole family: a few codes an hour, bounded by the day.
export const CODES_PER_NUMBER_HOUR = 5;
export const CODES_PER_NUMBER_DAY = 10;
const KEEP_MS = 2 * 24 * 3600_000;

export type HoldRefusal = 'code_limit_number' | 'code_limit_address' | 'sms_budget' | 'sms_failed' | 'hold_used';

export class HoldRefused extends Error {
  constructor(readonly code: HoldRefusal) {
    super(code);
  }
}

export type HoldAction = 'book' | 'waitlist';

export function holdToken(rt: BookingRuntime, idempotencyKey: string): string {
  return rt.crypto.token('hold', idempotencyKey);
}

function holdCodeHash(rt: BookingRuntime, h: Pick<BookingHold, 'idempotency_key' | 'created_at'>, code: string): string {
  return rt.crypto.token('booking-code', h.idempotency_key, h.created_at, code);
}

export type Started =
  | { kind: 'held'; token: string; hold: BookingHold; code: string | null }
  | { kind: 'booked'; token: string }
  | { kind: 'waitlisted'; token: string };

/** Gives a held place back (to the waiting list first); nothing when the hold was settled meanwhile. */
async function settle(trx: Db, rt: BookingRuntime, id: number, status: 'expired' | 'failed' | 'replaced', now: Date): Promise<boolean> {
  const h = await settleHeld(trx, id, status);
  if (!h) return false;
  if (h.places) await freePlace(trx, rt, h.session_id, now);
  return true;
}

/** Whether a session has held places whose time is up (they come back on the next hold or job). */
export async function hasExpiredHolds(db: Db, sessionId: number, now: Date): Promise<boolean> {
  return expiredHoldExists(db, sessionId, now);
}

/** Gives back every expired hold (of one session, or all), each place once. */
export async function sweepHolds(trx: Db, rt: BookingRuntime, now: Date, sessionId?: number): Promise<number> {
  let n = 0;
  for (const { id } of await expiredHoldIds(trx, now, sessionId)) if (await settle(trx, rt, id, 'expired', now)) n++;
  return n;
}

/**
 * Checks the request, the code limits and the day's SMS budget, holds a place (action 'book') with
 * the one-statement claim, and records the hold with the code's keyed hash — one write transaction.
 * The caller texts the code after the commit (sendHoldCode). The same form again returns the
 * same hold (no second text), or what it became.
 */
export async function startHold(db: Db, rt: BookingRuntime, input: BookingInput, action: HoldAction, ip: string, now: Date): Promise<Started> {
  const mobileHmac = rt.crypto.mobileHmac(input.mobile);
  const ipHmac = rt.crypto.token('booking-ip', ip);
  const token = holdToken(rt, input.idempotencyKey);
  /** This form was sent before: its hold, or what the hold became (thrown to roll back a claim made meanwhile). */
  const earlier = async (trx: Db): Promise<Started | null> => {
    const same = await holdByKey(trx, input.idempotencyKey);
    if (same) {
      if (same.mobile_hmac !== mobileHmac) throw new BookingRefused('key_reused');
      if (same.status === 'held' && Date.parse(same.expires_at) > now.getTime()) return { kind: 'held', token, hold: same, code: null };
      const done = await outcomeOf(trx, rt, same);
      if (done) return done;
      throw new HoldRefused('hold_used');
    }
    const booked = await findBookingByKey(trx, input.idempotencyKey);
    if (booked) {
      if (booked.mobile_hmac !== mobileHmac) throw new BookingRefused('key_reused');
      return { kind: 'booked', token: manageToken(rt, booked) };
    }
    return null;
  };
  try {
    return await inWriteTransaction(db, (trx) => holdInTransaction(trx));
  } catch (err) {
    if (err instanceof SentBefore) return err.started;
    throw err;
  }

  async function holdInTransaction(trx: Db): Promise<Started> {
    const s = await findSession(trx, input.sessionId);
    if (!s) throw new BookingRefused('not_found');
    if (s.status === 'stopped') throw new BookingRefused('stopped');
    const late = timeRefusal(s, now, rt, 'online');
    if (late) throw new BookingRefused(late);

    // The claim comes first, as a booking's does (a full session is refused after one statement;
    // anything refused below rolls it back). Expired holds are swept only when it finds no place.
    let places = 0;
    if (action === 'book') {
      let held = await holdPlace(trx, s.id);
      if (!held && (await sweepHolds(trx, rt, now, s.id))) held = await holdPlace(trx, s.id);
      if (!held) {
        const before = await earlier(trx);
        if (before) return before;
        throw new BookingRefused('full');
      }
      places = 1;
    }
    // Copies of one form racing on PostgreSQL wait here; the later ones then find the first's hold.
    await lockMobile(trx, mobileHmac);
    const before = await earlier(trx);
    if (before) throw new SentBefore(before);
    if (action === 'book') {
      // The booking's own rules: a request they refuse costs no text.
      const counts = await countsForMobile(trx, mobileHmac, s, localDateOf(now, rt.config.clinicTimeZone));
      if (counts.session) throw new BookingRefused('already_booked');
      if (counts.day >= rt.config.booking.maxPerDay) throw new BookingRefused('limit_day');
      if (counts.doctor >= rt.config.booking.maxPerDoctor) throw new BookingRefused('limit_doctor');
    } else {
      await sweepHolds(trx, rt, now, s.id);
      const fresh = (await findSession(trx, s.id))!;
      if (fresh.booked < fresh.quota) throw new WaitlistRefused('not_full');
    }

    // The limits, before anything is sent.
    const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
    const forNumber = await holdTimesForNumber(trx, mobileHmac, since(24 * 3600_000));
    const within = (ms: number) => forNumber.filter((r) => r.created_at > since(ms)).length;
    if (within(3600_000) >= CODES_PER_NUMBER_HOUR || forNumber.length >= CODES_PER_NUMBER_DAY) throw new HoldRefused('code_limit_number');
    const forAddress = await countHoldsFromAddress(trx, ipHmac, since(3600_000));
    if (forAddress >= rt.config.booking.codesPerAddressHour) throw new HoldRefused('code_limit_address');
    if ((await smsSentOn(trx, localDateOf(now, rt.config.clinicTimeZone))) >= rt.config.messaging.smsDailyBudget) throw new HoldRefused('sms_budget');
    if (action === 'book') {
      // A second form for the same number and session replaces the first one's hold.
      const older = await heldForNumberAndSession(trx, s.id, mobileHmac);
      for (const o of older) await settle(trx, rt, o.id, 'replaced', now);
    }

    // The hold ends before the booking cut-off: a confirmed code always books within the rules.
    const cutoff = Date.parse(s.starts_at) - rt.config.booking.cutoffMinutes * 60_000;
    const expires = new Date(Math.min(now.getTime() + rt.config.booking.holdMinutes * 60_000, action === 'book' ? cutoff : Infinity));
    const code = newCode();
    const createdAt = now.toISOString();
    // The article the form was started from (already resolved to a published article by the form's
    // route, as for a direct booking) travels with the request, so the confirmed booking — or the
    // waiting-list entry — is attributed as it would be without the code step (issue 18 #2).
    const request: WaitlistRequest = {
      sessionId: s.id,
      name: input.name,
      mobile: input.mobile,
      email: input.email,
      visitType: input.visitType,
      reason: input.reason,
      screening: input.screening,
      locale: input.locale,
      idempotencyKey: input.idempotencyKey,
      sourceArticleId: input.sourceArticleId ?? null,
    };
    const hold = await insertHold(trx, {
      session_id: s.id,
      action,
      idempotency_key: input.idempotencyKey,
      token_hash: hashToken(token),
      request_enc: rt.crypto.encrypt(JSON.stringify(request)),
      mobile_hmac: mobileHmac,
      ip_hmac: ipHmac,
      code_hash: holdCodeHash(rt, { idempotency_key: input.idempotencyKey, created_at: createdAt }, code),
      places,
      status: 'held',
      expires_at: expires.toISOString(),
      booking_id: null,
      created_at: createdAt,
    });
    await enqueue(trx, HOLD_EXPIRE_JOB, { holdId: hold.id }, expires, now);
    return { kind: 'held', token, hold, code };
  }
}

/** The form was sent before: thrown so the transaction rolls back a place it claimed meanwhile. */
class SentBefore extends Error {
  constructor(readonly started: Started) {
    super('form sent before');
  }
}

/** What a settled hold became: its booking or waiting-list entry (null: expired, failed or replaced). */
export async function holdOutcome(db: Db, rt: BookingRuntime, h: BookingHold): Promise<{ kind: 'booked' | 'waitlisted'; token: string } | null> {
  return (await outcomeOf(db, rt, h)) as { kind: 'booked' | 'waitlisted'; token: string } | null;
}

async function outcomeOf(trx: Db, rt: BookingRuntime, h: BookingHold): Promise<Started | null> {
  if (h.status !== 'confirmed') return null;
  if (h.action === 'waitlist') return { kind: 'waitlisted', token: waitlistToken(rt, h.idempotency_key) };
  const b = h.booking_id ? await bookingKeyById(trx, h.booking_id) : undefined;
  return b ? { kind: 'booked', token: manageToken(rt, b) } : null;
}

/**
 * Texts the code (after the commit: a gateway call must not hold the write lock). When it cannot be
 * sent — the day's budget is spent, or the gateway refused — the place goes back at once.
 */
export async function sendHoldCode(db: Db, rt: BookingRuntime, hold: BookingHold, mobile: string, code: string, clinic: string, locale: Locale, now: Date): Promise<void> {
  const text = holdText(locale).sms({ clinic, code, minutes: Math.max(1, Math.round((Date.parse(hold.expires_at) - now.getTime()) / 60_000)) });
  try {
    await rt.sms.send(db, { to: mobile, toHmac: hold.mobile_hmac, toMasked: maskMobile(mobile), text, kind: 'booking_code', bookingId: null }, now);
  } catch (err) {
    await inWriteTransaction(db, (trx) => settle(trx, rt, hold.id, 'failed', now));
    throw new HoldRefused(err instanceof SmsBudgetReached ? 'sms_budget' : 'sms_failed');
  }
}

export async function holdByToken(db: Db, token: string): Promise<BookingHold | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  return holdByTokenHash(db, hashToken(token));
}

export function holdRequest(rt: BookingRuntime, h: BookingHold): WaitlistRequest | null {
  return h.request_enc ? (JSON.parse(rt.crypto.decrypt(h.request_enc)) as WaitlistRequest) : null;
}

export type Confirmed =
  | { kind: 'booked'; token: string }
  | { kind: 'waitlisted'; token: string }
  | { kind: 'invalid'; triesLeft: number }
  | { kind: 'exhausted' }
  | { kind: 'expired' }
  | { kind: 'refused'; code: Refusal | 'not_full' | 'waitlisted' };

/**
 * Checks a typed code: one try is taken first with one statement (parallel guesses cannot pass the
 * limit), then the code compared; the right code books the held place (or joins the waiting list)
 * in the same transaction. A refusal at that moment (the session was stopped, another booking of
 * the number came first) gives the place back.
 */
export async function confirmHold(db: Db, rt: BookingRuntime, token: string, code: string, now: Date): Promise<Confirmed> {
  const found = await holdByToken(db, token);
  if (!found) return { kind: 'expired' };
  return inWriteTransaction(db, async (trx): Promise<Confirmed> => {
    const h = await getHold(trx, found.id);
    const done = await outcomeOf(trx, rt, h);
    if (done) return done as Confirmed;
    if (h.status !== 'held') return { kind: h.status === 'failed' ? 'exhausted' : 'expired' };
    if (Date.parse(h.expires_at) <= now.getTime()) {
      await settle(trx, rt, h.id, 'expired', now);
      return { kind: 'expired' };
    }
    const took = await takeTry(trx, h.id, CODE_MAX_TRIES);
    if (!took) {
      // A copy of this page confirmed it a moment ago (PostgreSQL): answer with what it became.
      const now2 = await getHold(trx, h.id);
      return ((await outcomeOf(trx, rt, now2)) as Confirmed | null) ?? { kind: now2.status === 'held' || now2.status === 'failed' ? 'exhausted' : 'expired' };
    }
    if (!h.code_hash || !sameHash(holdCodeHash(rt, h, code), h.code_hash)) {
      if (took.tries >= CODE_MAX_TRIES) {
        await settle(trx, rt, h.id, 'failed', now);
        return { kind: 'exhausted' };
      }
      return { kind: 'invalid', triesLeft: CODE_MAX_TRIES - took.tries };
    }
    const request = holdRequest(rt, h)!;
    // The booking or join may be refused now: a savepoint lets the hold be settled and committed anyway.
    await openConfirmSavepoint(trx);
    let result: Confirmed;
    let bookingId: number | null = null;
    try {
      if (h.action === 'book') {
        const booked = await bookInTransaction(trx, rt, { ...request, sessionId: h.session_id, source: 'online' }, now, true);
        bookingId = booked.booking.id;
        result = { kind: 'booked', token: booked.token };
      } else {
        const joined = await joinWaitlistInTransaction(trx, rt, { ...request, sessionId: h.session_id }, now);
        result = { kind: 'waitlisted', token: joined.token };
      }
      await releaseConfirmSavepoint(trx);
    } catch (err) {
      if (!(err instanceof BookingRefused) && !(err instanceof WaitlistRefused)) throw err;
      await rollbackConfirmSavepoint(trx);
      await releaseConfirmSavepoint(trx);
      await settle(trx, rt, h.id, 'failed', now);
      return { kind: 'refused', code: err.code as Refusal };
    }
    // The booking took the place over (it counts in `booked` already): the hold is settled without freeing it.
    await markHoldConfirmed(trx, h.id, bookingId);
    return result;
  });
}

/** At a hold's expiry: give back its place and any other expired one; forget old holds. */
export function expireHoldHandler(runtime: (db: Db) => Promise<BookingRuntime>): JobHandler {
  return async (trx, _payload: { holdId: number }, _job, now) => {
    const rt = await runtime(trx);
    await sweepHolds(trx, rt, now);
    await deleteSettledHoldsBefore(trx, new Date(now.getTime() - KEEP_MS).toISOString());
  };
}

/** Erasure: a number's held places go back (waiting list first), then every hold row of the number is deleted. */
export async function eraseHolds(trx: Db, config: BookingRuntime['config'] | undefined, mobileHmac: string, now: Date): Promise<number> {
  const held = await heldForNumber(trx, mobileHmac);
  for (const h of held) {
    if (config) await settle(trx, { config } as BookingRuntime, h.id, 'failed', now);
    else if (h.places) await releasePlace(trx, h.session_id);
  }
  return deleteHoldsOfNumber(trx, mobileHmac);
}
