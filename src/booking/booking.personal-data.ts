import { eraseHolds } from './hold.service.js';
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { HeldConsent, PersonalDataSource, PersonContext } from '../personal-data/personal-data.js';
import { sessionWithDoctor } from './booking.repository.js';
import {
  bookingConsentsOfNumber,
  bookingOfNumber,
  bookingsOfNumber,
  cancelBookedWithConsent,
  deleteJobs,
  deleteTexts,
  deleteWaitlistEntries,
  frontDeskSearchesMentioning,
  overwriteBooking,
  pendingJobsOfKinds,
  setAuditDetail,
  textsToNumber,
  waitlistEntriesOfNumber,
  waitlistEntryStatesOfNumber,
} from './booking.personal-data.repository.js';
import { enqueueMessage, NOTIFY_JOB } from './booking.service.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime } from '../messaging/runtime.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { freePlace, WAITLIST_EXPIRE_JOB, WAITLIST_OFFER_JOB, type WaitlistRequest } from './waitlist.service.js';
import { screeningLines } from './screening.js';
import type { Locale } from '../web/i18n.js';

type Db = Kysely<Database>;

// Where the booking feature keeps a person's data, found by the mobile number's HMAC:
//  - booking rows (name, mobile, e-mail, reason, screening answers: encrypted; consent_json);
//  - waitlist_entry rows (the whole request, encrypted);
//  - sms_message rows the recording provider kept (to_hmac, to_masked, the text with queue number and link);
//  - job rows still pending for those bookings/entries (their payloads hold only ids, but a pending
//    reminder would text the number again);
//  - audit_event rows of a front-desk search by this number (detail.query is the masked number).

const ERASED = '已删除';

/** Whether a booking could still be cancelled online now (the same cutoff as the patient's own cancel). */
function cancellable(b: { status: string }, startsAt: string, now: Date, rt: BookingRuntime): boolean {
  return b.status === 'booked' && now.getTime() <= Date.parse(startsAt) - rt.config.booking.cancelCutoffMinutes * 60_000;
}

function parseConsent(json: string): Record<string, unknown> {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The screening questions as the patient was asked them, in the booking's language, with the answers given. */
function answered(stored: unknown, locale: Locale): { question: string; answer: string }[] {
  return screeningLines(stored).map((l) => ({ question: l.text[locale], answer: l.label[locale] }));
}

export const bookingPersonalData: PersonalDataSource = {
  name: 'booking',

  async export(db, p) {
    const { crypto } = p;
    const bookings = (await bookingsOfNumber(db, p.mobileHmac)).map((b) => ({
      kind: 'booking',
      ref: b.ref_code,
      doctor: b.doctor_name,
      date: b.local_date,
      period: b.period,
      time: `${b.start_local}–${b.end_local}`,
      queueNo: b.queue_no,
      status: b.status,
      visitType: b.visit_type,
      source: b.source,
      name: crypto.decrypt(b.name_enc),
      mobile: crypto.decrypt(b.mobile_enc),
      email: b.email_enc ? crypto.decrypt(b.email_enc) : null,
      reason: crypto.decrypt(b.reason_enc),
      screening: answered(JSON.parse(crypto.decrypt(b.screening_enc)), b.locale),
      consent: parseConsent(b.consent_json),
      createdAt: b.created_at,
      updatedAt: b.updated_at,
    }));
    const entries = await waitlistEntriesOfNumber(db, p.mobileHmac);
    const waitlist = entries.map((e) => {
      const r = JSON.parse(crypto.decrypt(e.request_enc)) as WaitlistRequest;
      return {
        kind: 'waitlist',
        doctor: e.doctor_name,
        date: e.local_date,
        period: e.period,
        status: e.status,
        name: r.name,
        mobile: r.mobile,
        email: r.email,
        reason: r.reason,
        screening: answered(r.screening, e.locale),
        visitType: r.visitType,
        createdAt: e.created_at,
      };
    });
    const texts = await textsToNumber(db, p.mobileHmac);
    const sms = texts.map((m) => ({ kind: 'sms', type: m.kind, to: m.to_masked, text: m.body, sentAt: m.sent_at }));
    return [...bookings, ...waitlist, ...sms];
  },

  async consents(db, p) {
    const rt = p.config ? await bookingRuntime(db, p.config) : undefined;
    return (await bookingsOfNumber(db, p.mobileHmac)).map((b): HeldConsent => {
      const c = parseConsent(b.consent_json);
      const withdrawnAt = typeof c.withdrawn_at === 'string' ? c.withdrawn_at : null;
      // The health-data consent is what the booking rests on: withdrawing it cancels the booking,
      // so it can be withdrawn exactly while the booking could be cancelled online.
      const open = !!rt && !withdrawnAt && cancellable(b, b.starts_at, p.now, rt);
      return {
        source: 'booking',
        id: `b${b.id}:health`,
        label: `预约 ${b.ref_code}（${b.local_date} ${b.doctor_name}）：同意为这次就诊处理健康信息`,
        givenAt: typeof c.at === 'string' ? c.at : b.created_at,
        withdrawnAt,
        withdrawable: open,
        effect: open ? '撤回即取消这次预约。' : '这次就诊已结束或已取消；如需删除其中的信息，请申请删除。',
      };
    });
  },

  async withdraw(trx, p, consentId) {
    const m = /^b([1-9]\d{0,9}):health$/.exec(consentId);
    if (!m || !p.config) return false;
    const rt = await bookingRuntime(trx, p.config);
    const b = await bookingOfNumber(trx, Number(m[1]), p.mobileHmac);
    const s = b ? await sessionWithDoctor(trx, b.session_id) : undefined;
    if (!b || !s || !cancellable(b, s.starts_at, p.now, rt)) return false;
    const consent = { ...parseConsent(b.consent_json), withdrawn_at: p.now.toISOString() };
    const done = await cancelBookedWithConsent(trx, b.id, JSON.stringify(consent), p.now);
    if (!done) return false;
    // The same as a patient's own cancellation: the place goes to the waiting list or back to the session.
    await freePlace(trx, rt, done.session_id, p.now);
    await enqueueMessage(trx, done, 'cancellation', done.session_id, p.now, true);
    return true;
  },

  async erase(trx, p) {
    // Holds waiting for a code carry the whole request: they go first (a held place back to the session).
    const holds = await eraseHolds(trx, p.config, p.mobileHmac, p.now);
    return holds + (await eraseBookingData(trx, p));
  },
};

async function eraseBookingData(trx: Transaction<Database>, p: PersonContext): Promise<number> {
  const { crypto, now } = p;
  const iso = now.toISOString();
  let changed = 0;
  const bookings = await bookingConsentsOfNumber(trx, p.mobileHmac);
  const bookingIds = bookings.map((b) => b.id);
  // The rows stay (queue numbers, the session's booked count and the unique keys stay valid), but
  // nothing in them points to the person any more: the ciphertexts are of a marker, the HMAC, the
  // private-link hash and the idempotency key (from which the link could be made again) are random.
  for (const b of bookings) {
    await overwriteBooking(trx, b.id, {
      name_enc: crypto.encrypt(ERASED),
      mobile_enc: crypto.encrypt(''),
      email_enc: null,
      reason_enc: crypto.encrypt(''),
      screening_enc: crypto.encrypt('{}'),
      mobile_hmac: `erased.${randomBytes(18).toString('base64url')}`,
      manage_token_hash: `erased.${randomBytes(18).toString('base64url')}`,
      idempotency_key: `erased.${randomBytes(18).toString('base64url')}`,
      manage_expires_at: iso,
      consent_json: JSON.stringify({ ...parseConsent(b.consent_json), erased_at: iso }),
      updated_at: iso,
    });
    changed++;
  }

  const entries = await waitlistEntryStatesOfNumber(trx, p.mobileHmac);
  const entryIds = entries.map((e) => e.id);
  if (entryIds.length) changed += await deleteWaitlistEntries(trx, entryIds);
  // An offer held a place (counted in `booked`): it passes on, as if the offer had expired.
  const held = entries.filter((e) => e.status === 'offered');
  if (held.length) {
    if (!p.config) throw new Error('erasing a held waitlist offer needs the configuration');
    const rt = await bookingRuntime(trx, p.config);
    for (const e of held) await freePlace(trx, rt, e.session_id, now);
  }

  changed += await deleteTexts(trx, p.mobileHmac, bookingIds);

  // Pending messages and offers for these bookings and entries would text the number again.
  const jobs = await pendingJobsOfKinds(trx, [NOTIFY_JOB, WAITLIST_OFFER_JOB, WAITLIST_EXPIRE_JOB]);
  const stale = jobs
    .filter((j) => {
      const payload = JSON.parse(j.payload_json) as { bookingId?: number; entryId?: number };
      return j.kind === NOTIFY_JOB ? bookingIds.includes(payload.bookingId ?? 0) : entryIds.includes(payload.entryId ?? 0);
    })
    .map((j) => j.id);
  if (stale.length) changed += await deleteJobs(trx, stale);

  // A front-desk search by this number recorded the masked number as its query: the audit record
  // stays (who searched, when, how many results), the query does not.
  const masked = maskMobile(p.mobile);
  const searches = await frontDeskSearchesMentioning(trx, masked);
  for (const a of searches) {
    const detail = { ...parseConsent(a.detail_json), query: ERASED };
    await setAuditDetail(trx, a.id, JSON.stringify(detail));
    changed++;
  }
  return changed;
}
