import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { JobHandler } from '../jobs/jobs.js';
import { findBooking, sessionWithDoctor, type SessionRow } from './booking.repository.js';
import { bookingIcs } from './booking.ics.js';
import { emailText, smsText, type MessageFacts, type MessageKind } from './booking.messages.js';
import { manageToken, type NotifyPayload } from './booking.service.js';
import type { Booking } from './booking.tables.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime, type BookingRuntime } from '../messaging/runtime.js';
import { alternativeSession } from './schedule.service.js';
import { clinicClock } from './booking.format.js';
import { entryByIdWithRequest } from './waitlist.service.js';
import { getSiteProfile } from '../platform/site-state.repository.js';

type Db = Kysely<Database>;

/**
 * Whether a queued message still applies: it was queued when something happened, and the booking
 * may have changed since. A reminder goes only to a booking still booked in the session it was
 * queued for (never to a cancelled, moved or checked-in one), before the session starts.
 */
export function stillApplies(p: NotifyPayload, b: Booking, s: SessionRow, now: Date): boolean {
  switch (p.kind) {
    case 'reminder':
      return b.status === 'booked' && b.session_id === p.sessionId && s.status === 'open' && now.getTime() < Date.parse(s.starts_at);
    case 'confirmation':
    case 'moved':
      return b.status === 'booked' && b.session_id === p.sessionId;
    case 'cancellation':
      return b.status === 'cancelled' && b.session_id === p.sessionId;
    case 'stopped':
      return b.session_id === p.sessionId && s.status === 'stopped';
  }
}

async function facts(db: Db, rt: BookingRuntime, b: Booking, s: SessionRow, now: Date, kind: MessageKind): Promise<MessageFacts> {
  const site = await getSiteProfile(db);
  const prefix = b.locale === 'en' ? '/en' : '';
  const alt = kind === 'stopped' ? await alternativeSession(db, s, now) : undefined;
  return {
    locale: b.locale,
    clinic: site?.short_name ?? '',
    address: site?.address ?? '',
    doctor: s.doctor_name,
    localDate: s.local_date,
    period: s.period,
    startLocal: s.start_local,
    endLocal: s.end_local,
    queueNo: b.queue_no,
    ref: b.ref_code,
    link: `${rt.config.siteUrl}${prefix}/b/${manageToken(rt, b)}`,
    alternative: alt ? { localDate: alt.local_date, period: alt.period, startLocal: alt.start_local } : undefined,
    reason: s.stop_reason ?? '',
  };
}

/** Sends one queued booking message on one channel, after checking it still applies. */
export async function sendBookingMessage(db: Db, rt: BookingRuntime, p: NotifyPayload, now: Date): Promise<'sent' | 'skipped'> {
  const b = await findBooking(db, p.bookingId);
  const s = b ? await sessionWithDoctor(db, b.session_id) : undefined;
  if (!b || !s || !stillApplies(p, b, s, now)) return 'skipped';
  const f = await facts(db, rt, b, s, now, p.kind);
  if (p.channel === 'sms') {
    const mobile = rt.crypto.decrypt(b.mobile_enc);
    if (!mobile) return 'skipped';
    await rt.sms.send(db, { to: mobile, toHmac: b.mobile_hmac, toMasked: maskMobile(mobile), text: smsText(p.kind, f), kind: p.kind, bookingId: b.id }, now);
    return 'sent';
  }
  if (!rt.mailer || !b.email_enc) return 'skipped';
  const mail = emailText(p.kind, f);
  const ics = bookingIcs({
    ref: b.ref_code,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    title: `${f.clinic} ${s.doctor_name}`,
    description: mail.text,
    location: f.address,
    url: f.link,
    host: new URL(rt.config.siteUrl).hostname,
    status: p.kind === 'cancellation' || p.kind === 'stopped' ? 'CANCELLED' : 'CONFIRMED',
  });
  await rt.mailer.send({ to: rt.crypto.decrypt(b.email_enc), subject: mail.subject, text: mail.text, attachments: [{ filename: `${b.ref_code}.ics`, content: ics, contentType: 'text/calendar; charset=utf-8' }] });
  return 'sent';
}

export function notifyHandler(config: Config): JobHandler {
  return async (trx, payload: NotifyPayload, _job, now) => {
    await sendBookingMessage(trx, await bookingRuntime(trx, config), payload, now);
  };
}

/** The SMS that offers a held place to the first on a waiting list (re-checked: only a live offer is sent). */
export function offerHandler(config: Config): JobHandler {
  return async (trx, payload: { entryId: number }, _job, now) => {
    const rt = await bookingRuntime(trx, config);
    const found = await entryByIdWithRequest(trx, rt, payload.entryId);
    if (!found || found.entry.status !== 'offered' || !found.entry.offer_expires_at || Date.parse(found.entry.offer_expires_at) <= now.getTime()) return;
    const s = await sessionWithDoctor(trx, found.entry.session_id);
    const site = await getSiteProfile(trx);
    if (!s) return;
    const { entry, request, token } = found;
    const text = smsText('offer', {
      locale: entry.locale,
      clinic: site?.short_name ?? '',
      address: site?.address ?? '',
      doctor: s.doctor_name,
      localDate: s.local_date,
      period: s.period,
      startLocal: s.start_local,
      endLocal: s.end_local,
      queueNo: 0,
      ref: '',
      link: `${config.siteUrl}${entry.locale === 'en' ? '/en' : ''}/w/${token}`,
      holdUntil: clinicClock(entry.offer_expires_at!, config.clinicTimeZone),
    });
    await rt.sms.send(trx, { to: request.mobile, toHmac: entry.mobile_hmac, toMasked: maskMobile(request.mobile), text, kind: 'offer', bookingId: null }, now);
  };
}
