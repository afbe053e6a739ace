import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { enqueueTomorrow, type JobHandler } from '../jobs/jobs.js';
import { audit, type Actor } from '../staff/audit.js';
import { inWriteTransaction, insertSessions } from './booking.repository.js';
import {
  activeTemplates,
  cancelBookingsOfStoppedSession,
  closeWaitlist,
  exceptionsBetween,
  nextOpenSessionLike,
  setGeneratedThrough,
  siteStateRow,
  stopOpenSession,
} from './schedule.repository.js';
import { enqueueMessage } from './booking.service.js';
import type { ClinicSession } from './booking.tables.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { sessionsFromTemplates } from './schedule.js';
import { addDays, localDateOf } from '../time/zoned-time.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

type Db = Kysely<Database>;

export const GENERATE_JOB = 'booking.generate';
const MARKER = 'sessions_generated_through';

/**
 * Inserts the sessions the templates make for the next BOOKING_DAYS_AHEAD days (existing ones are
 * left as they are) and records how far ahead that reaches. Public pages list sessions, so their
 * cache is dropped when anything was added.
 */
export async function generateSessions(db: Db, config: Config, now: Date): Promise<number> {
  const today = localDateOf(now, config.clinicTimeZone);
  const last = addDays(today, config.booking.daysAhead - 1);
  const templates = await activeTemplates(db);
  const exceptions = await exceptionsBetween(db, today, last);
  const specs = sessionsFromTemplates(templates, exceptions, now, config.clinicTimeZone, config.booking.daysAhead);
  const inserted = await insertSessions(db, specs, now);
  if (inserted) await bumpContentVersion(db);
  await setGeneratedThrough(db, MARKER, last);
  return inserted;
}

const checked = new WeakMap<Config, string>();

/**
 * Makes sure sessions reach as far ahead as they should: normally the daily job has done it, so
 * this costs one read per instance per day; after a gap (a new install, a stalled job) it generates.
 */
export async function ensureSessions(db: Db, config: Config, now: Date): Promise<void> {
  const last = addDays(localDateOf(now, config.clinicTimeZone), config.booking.daysAhead - 1);
  if (checked.get(config) === last) return;
  const row = await siteStateRow(db, MARKER);
  if (!row || row.value < last) await inWriteTransaction(db, (trx) => generateSessions(trx, config, now));
  checked.set(config, last);
}

/** Queues the next daily generation (shortly after the clinic's midnight) unless it is queued already. */
export async function scheduleNextGeneration(db: Db, config: Config, now: Date): Promise<void> {
  await enqueueTomorrow(db, GENERATE_JOB, '00:05', config.clinicTimeZone, now);
}

export function generateHandler(config: Config): JobHandler {
  return async (trx, _payload, _job, now) => {
    await generateSessions(trx, config, now);
    await scheduleNextGeneration(trx, config, now);
  };
}

/**
 * 停诊: stops a session. Every booked patient's booking is cancelled by the clinic and they are
 * told, with another session offered (the message names the next open one and the private link
 * lets them move to it); the waiting list is closed. One transaction with its audit record.
 */
export async function stopSession(db: Db, rt: BookingRuntime, sessionId: number, reason: string, actor: Actor, now: Date): Promise<ClinicSession | undefined> {
  return inWriteTransaction(db, (trx) => stopSessionIn(trx, sessionId, reason, actor, now));
}

/** stopSession inside the caller's write transaction, for changes that stop several sessions at once (a doctor's leave). */
export async function stopSessionIn(trx: Db, sessionId: number, reason: string, actor: Actor, now: Date): Promise<ClinicSession | undefined> {
  const s = await stopOpenSession(trx, sessionId, reason, now);
  if (!s) return undefined;
  // The private link stays usable for a week after the stopped session, so the patient can move.
  const linkUntil = new Date(Date.parse(s.ends_at) + 7 * 86_400_000).toISOString();
  const cancelled = await cancelBookingsOfStoppedSession(trx, s.id, linkUntil, now);
  for (const b of cancelled) await enqueueMessage(trx, b, 'stopped', s.id, now, b.mobile_hmac !== '');
  await closeWaitlist(trx, s.id);
  await audit(trx, actor, 'session.stop', { type: 'clinic_session', id: s.id }, now, { reason, bookingsCancelled: cancelled.length, date: s.local_date, doctorId: s.doctor_id });
  await bumpContentVersion(trx);
  return s;
}

/** The next open session of the same doctor and service with a place, to offer instead of a stopped one. */
export async function alternativeSession(db: Db, s: Pick<ClinicSession, 'id' | 'doctor_id' | 'service'>, now: Date): Promise<ClinicSession | undefined> {
  // Of the same service: a booking moves only within its service (its screening answers are for it).
  return nextOpenSessionLike(db, s, now);
}
