import { bookingOutcomes } from '../metrics/metrics.js';
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { enqueue } from '../jobs/jobs.js';
import type { Locale } from '../web/i18n.js';
import {
  cancelBooked,
  claimPlace,
  countsForMobile,
  findBooking,
  findBookingByKey,
  findBookingByTokenHash,
  findSession,
  insertBooking,
  insertNotifyJobs,
  inWriteTransaction,
  isUniqueViolation,
  lockMobile,
  moveBookingIfUnchanged,
  nextQueueNumber,
} from './booking.repository.js';
import type { Booking, ClinicSession, VisitType } from './booking.tables.js';
import { hashToken } from '../personal-data/patient-crypto.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { reminderInstant } from './schedule.js';
import type { StoredScreening } from './screening.js';
import { freePlace } from './waitlist.service.js';
import { doctorOffers } from './services.repository.js';
import { addDays, localDateOf } from '../time/zoned-time.js';

type Db = Kysely<Database>;

export const NOTIFY_JOB = 'booking.notify';
export const CONSENT_VERSION = 'booking-health-v1';

export type NotifyKind = 'confirmation' | 'reminder' | 'cancellation' | 'moved' | 'stopped';
export interface NotifyPayload {
  bookingId: number;
  kind: NotifyKind;
  sessionId: number;
  channel: 'sms' | 'email';
}

export type Refusal =
  | 'not_found'
  | 'stopped'
  | 'past'
  | 'too_late'
  | 'too_far'
  | 'full'
  | 'limit_day'
  | 'limit_doctor'
  | 'already_booked'
  | 'key_reused'
  | 'not_active'
  | 'cancel_too_late'
  | 'not_movable'
  | 'not_offered';

/** A booking the rules refuse: nothing was changed. The routes turn the code into a message. */
export class BookingRefused extends Error {
  constructor(readonly code: Refusal) {
    super(code);
  }
}

export interface BookingInput {
  sessionId: number;
  name: string;
  /** Normalised (11 digits), or '' for a walk-in without a mobile phone. */
  mobile: string;
  email: string | null;
  visitType: VisitType;
  reason: string;
  /** The questions as asked and the answers given (a walk-in: {}). */
  screening: StoredScreening;
  locale: Locale;
  idempotencyKey: string;
  source: 'online' | 'walkin' | 'waitlist';
  /** The published article the booking was started from (src/insights). */
  sourceArticleId?: number | null;
}

export interface Booked {
  booking: Booking;
  /** The private link's token (only its hash is stored). */
  token: string;
  /** True when this request repeated one already booked (a double-submitted form). */
  repeated: boolean;
}

const REF_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newRefCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return s;
}

export function manageToken(rt: BookingRuntime, booking: Pick<Booking, 'idempotency_key'>): string {
  return rt.crypto.token('manage', booking.idempotency_key);
}

/** Why a session cannot take a booking of this kind at `now`, judged on time alone. */
export function timeRefusal(s: ClinicSession, now: Date, rt: BookingRuntime, source: BookingInput['source']): Refusal | null {
  const t = now.getTime();
  if (source === 'walkin') return t >= Date.parse(s.ends_at) ? 'past' : null;
  if (source === 'waitlist') return t >= Date.parse(s.starts_at) ? 'past' : null;
  if (t >= Date.parse(s.starts_at)) return 'past';
  if (t > Date.parse(s.starts_at) - rt.config.booking.cutoffMinutes * 60_000) return 'too_late';
  const lastDay = addDays(localDateOf(now, rt.config.clinicTimeZone), rt.config.booking.daysAhead - 1);
  if (s.local_date > lastDay) return 'too_far';
  return null;
}

/** The message jobs for a booking that is (again) booked in `session`: confirmation now, reminder the day before. */
export async function enqueueBookedMessages(db: Db, rt: BookingRuntime, b: Pick<Booking, 'id' | 'email_enc' | 'mobile_enc'>, session: ClinicSession, kind: 'confirmation' | 'moved', now: Date, hasMobile: boolean): Promise<void> {
  const channels: NotifyPayload['channel'][] = [...(hasMobile ? ['sms' as const] : []), ...(b.email_enc ? ['email' as const] : [])];
  const remindAt = reminderInstant(session.local_date, rt.config.booking.reminderHour, rt.config.clinicTimeZone);
  const jobs: { payload: NotifyPayload; runAt: Date }[] = [];
  for (const channel of channels) {
    jobs.push({ payload: { bookingId: b.id, kind, sessionId: session.id, channel }, runAt: now });
    // A booking made after the reminder time has just had its confirmation: no reminder then.
    if (remindAt.getTime() > now.getTime()) jobs.push({ payload: { bookingId: b.id, kind: 'reminder', sessionId: session.id, channel }, runAt: remindAt });
  }
  if (!jobs.length) return;
  // One multi-row insert, the same rows jobs.enqueue() writes: these are on every booking's path.
  await insertNotifyJobs(db, NOTIFY_JOB, jobs, now);
}

export async function enqueueMessage(db: Db, b: Pick<Booking, 'id' | 'email_enc' | 'mobile_hmac'>, kind: NotifyKind, sessionId: number, now: Date, hasMobile = true): Promise<void> {
  if (hasMobile) await enqueue(db, NOTIFY_JOB, { bookingId: b.id, kind, sessionId, channel: 'sms' } satisfies NotifyPayload, now, now);
  if (b.email_enc) await enqueue(db, NOTIFY_JOB, { bookingId: b.id, kind, sessionId, channel: 'email' } satisfies NotifyPayload, now, now);
}

/**
 * Books a place: in ONE write transaction the idempotency key is looked up, the session's time
 * rules and the mobile number's limits are checked, the place is claimed with the single-statement
 * UPDATE … RETURNING, and the booking and its message jobs are inserted. Either all of it commits
 * or nothing does. A repeated key returns the booking it made (same private link).
 */
export async function book(db: Db, rt: BookingRuntime, input: BookingInput, now: Date): Promise<Booked> {
  try {
    const r = await bookOnce(db, rt, input, now);
    bookingOutcomes.inc({ outcome: r.repeated ? 'repeated' : 'confirmed' });
    return r;
  } catch (err) {
    if (err instanceof BookingRefused) bookingOutcomes.inc({ outcome: err.code === 'full' ? 'full' : 'refused' });
    throw err;
  }
}

async function bookOnce(db: Db, rt: BookingRuntime, input: BookingInput, now: Date): Promise<Booked> {
  const mobileHmac = input.mobile ? rt.crypto.mobileHmac(input.mobile) : '';
  await refuseIfPlainlyFull(db, rt, input, now);
  for (let attempt = 0; ; attempt++) {
    try {
      return await inWriteTransaction(db, (trx) => bookInTransaction(trx, rt, input, now));
    } catch (err) {
      if (err instanceof RepeatedKey) return repeated(rt, err.booking, mobileHmac);
      // Two submissions of one form raced past the look-up: the unique key let one through.
      if (isUniqueViolation(err, 'idempotency_key')) {
        const existing = await findBookingByKey(db, input.idempotencyKey);
        if (existing) return repeated(rt, existing, mobileHmac);
      }
      if (isUniqueViolation(err, 'ref_code') && attempt < 3) continue;
      throw err;
    }
  }
}

/**
 * When sessions open, hundreds of patients press "book" at once. Once a session is full the answer
 * is "full" without a write transaction: waiting on the session row's lock, each of them held a
 * database connection, and under load the last ones waited past the pool's timeout. The session is
 * read before the form's key, so a copy of this form that took the last place has committed its
 * booking by the time the key is looked for, and is answered as the repeat it is. Any other case
 * (places left, a refusal of time, a stopped session) goes to the transaction as before.
 */
async function refuseIfPlainlyFull(db: Db, rt: BookingRuntime, input: BookingInput, now: Date): Promise<void> {
  const session = await findSession(db, input.sessionId);
  if (!session || session.status !== 'open' || session.booked < session.quota) return;
  if (timeRefusal(session, now, rt, input.source)) return;
  if (await findBookingByKey(db, input.idempotencyKey)) return;
  throw new BookingRefused('full');
}

/** A copy of the same form committed first: this transaction must roll back its claim, then answer with that booking. */
class RepeatedKey extends Error {
  constructor(readonly booking: Booking) {
    super('repeated idempotency key');
  }
}

function repeated(rt: BookingRuntime, existing: Booking, mobileHmac: string): Booked {
  // A key is only as good as the form it came in: the same key with another number is refused.
  if (existing.mobile_hmac !== mobileHmac) throw new BookingRefused('key_reused');
  return { booking: existing, token: manageToken(rt, existing), repeated: true };
}

/**
 * The booking itself, inside the caller's write transaction. `heldPlace`: the place is already
 * counted in `booked` (an accepted waitlist offer), so only a queue number is taken.
 */
export async function bookInTransaction(trx: Db, rt: BookingRuntime, input: BookingInput, now: Date, heldPlace = false): Promise<Booked> {
  const mobileHmac = input.mobile ? rt.crypto.mobileHmac(input.mobile) : '';
  const existing = await findBookingByKey(trx, input.idempotencyKey);
  if (existing) return repeated(rt, existing, mobileHmac);
  const session = await findSession(trx, input.sessionId);
  if (!session) throw new BookingRefused('not_found');
  if (session.status === 'stopped') throw new BookingRefused('stopped');
  const late = timeRefusal(session, now, rt, input.source);
  if (late) throw new BookingRefused(late);
  // The claim comes first: a full session is refused after one statement, and a refusal below
  // (a limit) rolls the claim back with everything else.
  const queueNo = heldPlace ? await nextQueueNumber(trx, session.id) : await claimPlace(trx, session.id);
  if (queueNo === null) {
    const again = await findSession(trx, session.id);
    throw new BookingRefused(again?.status === 'stopped' ? 'stopped' : 'full');
  }
  if (input.source === 'online' && mobileHmac) {
    if (await lockMobile(trx, mobileHmac)) {
      // Under the lock, a copy of this very form may have committed meanwhile (PostgreSQL).
      const committed = await findBookingByKey(trx, input.idempotencyKey);
      if (committed) throw new RepeatedKey(committed);
    }
    const counts = await countsForMobile(trx, mobileHmac, session, localDateOf(now, rt.config.clinicTimeZone));
    if (counts.session) throw new BookingRefused('already_booked');
    if (counts.day >= rt.config.booking.maxPerDay) throw new BookingRefused('limit_day');
    if (counts.doctor >= rt.config.booking.maxPerDoctor) throw new BookingRefused('limit_doctor');
  }
  const token = rt.crypto.token('manage', input.idempotencyKey);
  const iso = now.toISOString();
  const booking = await insertBooking(trx, {
    session_id: session.id,
    queue_no: queueNo,
    ref_code: newRefCode(),
    name_enc: rt.crypto.encrypt(input.name),
    mobile_enc: rt.crypto.encrypt(input.mobile),
    email_enc: input.email ? rt.crypto.encrypt(input.email) : null,
    mobile_hmac: mobileHmac,
    visit_type: input.visitType,
    reason_enc: rt.crypto.encrypt(input.reason),
    screening_enc: rt.crypto.encrypt(JSON.stringify(input.screening)),
    consent_json: JSON.stringify(
      input.source === 'walkin' ? { health: 'asked at the front desk', at: iso } : { health: true, version: CONSENT_VERSION, at: iso, locale: input.locale },
    ),
    status: 'booked',
    cancelled_by: null,
    source: input.source,
    locale: input.locale,
    manage_token_hash: hashToken(token),
    manage_expires_at: session.ends_at,
    idempotency_key: input.idempotencyKey,
    source_article_id: input.sourceArticleId ?? null,
    created_at: iso,
    updated_at: iso,
  });
  await enqueueBookedMessages(trx, rt, booking, session, 'confirmation', now, !!input.mobile);
  return { booking, token, repeated: false };
}

/** The booking a private link opens, while the link is valid. */
export async function bookingByToken(db: Db, token: string, now: Date): Promise<Booking | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  const b = await findBookingByTokenHash(db, hashToken(token));
  return b && Date.parse(b.manage_expires_at) > now.getTime() ? b : undefined;
}

/** Whether the patient may still cancel or move online. */
export function changeRefusal(b: Booking, s: ClinicSession, now: Date, rt: BookingRuntime): Refusal | null {
  if (b.status === 'cancelled' && b.cancelled_by === 'stopped') return null;
  if (b.status !== 'booked') return 'not_active';
  if (now.getTime() > Date.parse(s.starts_at) - rt.config.booking.cancelCutoffMinutes * 60_000) return 'cancel_too_late';
  return null;
}

/** Cancels a booking; its place goes to the waiting list or back to the session. */
export async function cancelBooking(db: Db, rt: BookingRuntime, bookingId: number, by: 'patient' | 'clinic', now: Date, extra?: (trx: Db) => Promise<void>): Promise<void> {
  await inWriteTransaction(db, async (trx) => {
    const b = await cancelBooked(trx, bookingId, by, now);
    if (!b) throw new BookingRefused('not_active');
    await freePlace(trx, rt, b.session_id, now);
    await enqueueMessage(trx, b, 'cancellation', b.session_id, now, b.mobile_hmac !== '');
    if (extra) await extra(trx);
  });
}

/**
 * Moves a booking to another session of the same service — with the same doctor, or with another
 * doctor who offers that service now (issue 17 #8) — under the rules of a booking: a new place is
 * claimed there with the same single statement (so no session is overbooked), the booking cut-off
 * and window apply, and so do the mobile number's limits (one booking per session, per day, per
 * doctor). The booking row takes the new session and number, the old place is freed (it goes to
 * the waiting list first), and the patient is sent the "moved" notice and a new reminder. A
 * booking cancelled because its session was stopped can be moved too: that is how patients take
 * up the other session they are offered. The screening answers stay with the booking: the service,
 * and so its questions, are the same.
 */
export async function moveBooking(db: Db, rt: BookingRuntime, bookingId: number, targetId: number, now: Date): Promise<Booking> {
  return inWriteTransaction(db, async (trx) => {
    const b = await findBooking(trx, bookingId);
    if (!b) throw new BookingRefused('not_found');
    const from = await findSession(trx, b.session_id);
    const target = await findSession(trx, targetId);
    if (!from || !target || target.id === from.id || target.service !== from.service) throw new BookingRefused('not_movable');
    const refusal = changeRefusal(b, from, now, rt);
    if (refusal) throw new BookingRefused(refusal);
    if (target.doctor_id !== from.doctor_id && !(await doctorOffers(trx, target.doctor_id, target.service))) throw new BookingRefused('not_offered');
    if (target.status === 'stopped') throw new BookingRefused('stopped');
    const late = timeRefusal(target, now, rt, 'online');
    if (late) throw new BookingRefused(late);
    if (b.mobile_hmac) {
      await lockMobile(trx, b.mobile_hmac);
      const counts = await countsForMobile(trx, b.mobile_hmac, target, localDateOf(now, rt.config.clinicTimeZone), b.id);
      if (counts.session) throw new BookingRefused('already_booked');
      if (counts.day >= rt.config.booking.maxPerDay) throw new BookingRefused('limit_day');
      if (counts.doctor >= rt.config.booking.maxPerDoctor) throw new BookingRefused('limit_doctor');
    }
    const queueNo = await claimPlace(trx, target.id);
    if (queueNo === null) throw new BookingRefused('full');
    const moved = await moveBookingIfUnchanged(trx, b, target, queueNo, now);
    if (!moved) throw new BookingRefused('not_movable');
    if (b.status === 'booked') await freePlace(trx, rt, from.id, now);
    await enqueueBookedMessages(trx, rt, moved, target, 'moved', now, b.mobile_hmac !== '');
    return moved;
  });
}

/** The patient's fields, decrypted for the pages and people allowed to see them. */
export function patientOf(rt: BookingRuntime, b: Booking) {
  return {
    name: rt.crypto.decrypt(b.name_enc),
    mobile: rt.crypto.decrypt(b.mobile_enc),
    email: b.email_enc ? rt.crypto.decrypt(b.email_enc) : '',
    reason: rt.crypto.decrypt(b.reason_enc),
    screening: JSON.parse(rt.crypto.decrypt(b.screening_enc)) as StoredScreening,
  };
}
