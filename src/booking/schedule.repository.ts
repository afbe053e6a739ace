import type { Kysely } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { Booking, ClinicSession, ScheduleException, ScheduleTemplate } from './booking.tables.js';
import { limitsOf, SITE_LIMITS, type ScheduleLimits } from './schedule-limits.js';

// The SQL of doctors' own schedules and of the limits admins set for them (issue 17 #2).

type Db = Kysely<Database>;

/** The limits that apply to a doctor: their own row, else the site's, else the defaults. */
export async function limitsFor(db: Db, doctorId: number): Promise<{ limits: ScheduleLimits; own: boolean }> {
  const rows = await db.selectFrom('schedule_limit').selectAll().where('doctor_id', 'in', [SITE_LIMITS, doctorId]).execute();
  const own = rows.find((r) => r.doctor_id === doctorId && doctorId !== SITE_LIMITS);
  return { limits: limitsOf(own ?? rows.find((r) => r.doctor_id === SITE_LIMITS)), own: !!own };
}

/** The doctors that have limits of their own. */
export async function doctorsWithOwnLimits(db: Db): Promise<number[]> {
  return (await db.selectFrom('schedule_limit').select('doctor_id').where('doctor_id', '!=', SITE_LIMITS).execute()).map((r) => r.doctor_id);
}

export async function saveLimits(db: Db, doctorId: number, l: ScheduleLimits, by: number | null, now: Date): Promise<void> {
  const row = {
    self_edit: l.selfEdit ? 1 : 0,
    max_sessions_week: l.maxSessionsWeek,
    earliest_start: l.earliestStart,
    latest_end: l.latestEnd,
    max_quota: l.maxQuota,
    days_ahead: l.daysAhead,
    notice_hours: l.noticeHours,
    updated_at: now.toISOString(),
    updated_by: by,
  };
  await db
    .insertInto('schedule_limit')
    .values({ doctor_id: doctorId, ...row })
    .onConflict((oc) => oc.column('doctor_id').doUpdateSet(row))
    .execute();
}

/** Removes a doctor's own limits (the site's apply again); whether there were any. */
export async function dropLimits(db: Db, doctorId: number): Promise<boolean> {
  const r = await db.deleteFrom('schedule_limit').where('doctor_id', '=', doctorId).where('doctor_id', '!=', SITE_LIMITS).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function doctorNames(db: Db) {
  return db.selectFrom('doctor').select(['id', 'name', 'title']).orderBy('position').orderBy('id').execute();
}

export async function doctorName(db: Db, id: number) {
  return db.selectFrom('doctor').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function templatesOf(db: Db, doctorId: number): Promise<ScheduleTemplate[]> {
  return db.selectFrom('schedule_template').selectAll().where('doctor_id', '=', doctorId).orderBy('active', 'desc').orderBy('weekday').orderBy('start_local').orderBy('id').execute();
}

export async function findTemplate(db: Db, id: number): Promise<ScheduleTemplate | undefined> {
  return db.selectFrom('schedule_template').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The doctor's exceptions on and after a date. */
export async function exceptionsOf(db: Db, doctorId: number, from: string, to?: string): Promise<ScheduleException[]> {
  let q = db.selectFrom('schedule_exception').selectAll().where('doctor_id', '=', doctorId).where('local_date', '>=', from);
  if (to) q = q.where('local_date', '<=', to);
  return q.orderBy('local_date').orderBy('id').execute();
}

/** The doctor's sessions (any status) between two dates. */
export async function sessionsOf(db: Db, doctorId: number, from: string, to: string): Promise<ClinicSession[]> {
  return db.selectFrom('clinic_session').selectAll().where('doctor_id', '=', doctorId).where('local_date', '>=', from).where('local_date', '<=', to).orderBy('starts_at').execute();
}

/**
 * The doctor's open sessions starting after `now` that a change would stop: those of a template,
 * or those between two dates (of one template, or all). Locked on PostgreSQL, so a booking cannot
 * slip in between the notice check and the stop (SQLite's write transaction already excludes it).
 */
export async function sessionsToStop(db: Db, doctorId: number, now: Date, o: { templateId?: number | null; from?: string; to?: string }): Promise<ClinicSession[]> {
  let q = db.selectFrom('clinic_session').selectAll().where('doctor_id', '=', doctorId).where('status', '=', 'open').where('starts_at', '>', now.toISOString());
  if (o.templateId != null) q = q.where('template_id', '=', o.templateId);
  if (o.from) q = q.where('local_date', '>=', o.from);
  if (o.to) q = q.where('local_date', '<=', o.to);
  q = q.orderBy('starts_at');
  return (dialectOf(db) === 'postgres' ? q.forUpdate() : q).execute();
}

export async function insertTemplate(db: Db, row: Omit<ScheduleTemplate, 'id'>): Promise<number> {
  return (await db.insertInto('schedule_template').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Turns a template off; false when it was off already (a second click). */
export async function deactivateTemplate(db: Db, id: number): Promise<boolean> {
  return !!(await db.updateTable('schedule_template').set({ active: 0 }).where('id', '=', id).where('active', '=', 1).returning('id').executeTakeFirst());
}

export async function insertExceptions(db: Db, rows: Omit<ScheduleException, 'id'>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('schedule_exception').values(rows.slice(i, i + 100)).execute();
}

export async function findException(db: Db, id: number): Promise<ScheduleException | undefined> {
  return db.selectFrom('schedule_exception').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Deletes the exceptions of one leave (same slot, quota and reason) between two dates; how many. */
export async function deleteLeave(db: Db, e: Pick<ScheduleException, 'doctor_id' | 'template_id' | 'quota' | 'note'>, from: string, to: string): Promise<number> {
  let q = db.deleteFrom('schedule_exception').where('doctor_id', '=', e.doctor_id).where('note', '=', e.note).where('local_date', '>=', from).where('local_date', '<=', to);
  q = e.template_id === null ? q.where('template_id', 'is', null) : q.where('template_id', '=', e.template_id);
  q = e.quota === null ? q.where('quota', 'is', null) : q.where('quota', '=', e.quota);
  return Number((await q.executeTakeFirst()).numDeletedRows);
}

/** An added session (加诊): a session of no template. */
export async function insertExtraSession(db: Db, row: Omit<ClinicSession, 'id' | 'booked' | 'issued'>): Promise<number> {
  return (await db.insertInto('clinic_session').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** How far sessions have been generated (the generator's marker), or '' before the first run. */
export async function generatedThrough(db: Db): Promise<string> {
  return (await db.selectFrom('site_state').select('value').where('key', '=', 'sessions_generated_through').executeTakeFirst())?.value ?? '';
}

export function activeTemplates(db: Db): Promise<ScheduleTemplate[]> {
  return db.selectFrom('schedule_template').selectAll().where('active', '=', 1).execute();
}

/** Every doctor's exceptions between two clinic-local dates (inclusive). */
export function exceptionsBetween(db: Db, from: string, to: string): Promise<ScheduleException[]> {
  return db.selectFrom('schedule_exception').selectAll().where('local_date', '>=', from).where('local_date', '<=', to).execute();
}

/** Records how far sessions have been generated (upsert of the generator's marker). */
export async function setGeneratedThrough(db: Db, marker: string, last: string): Promise<void> {
  await db
    .insertInto('site_state')
    .values({ key: marker, value: last })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: last }))
    .execute();
}

export function siteStateRow(db: Db, key: string): Promise<{ value: string } | undefined> {
  return db.selectFrom('site_state').select('value').where('key', '=', key).executeTakeFirst();
}

/** Stops a session that is still open (conditional UPDATE); undefined otherwise. */
export function stopOpenSession(trx: Db, sessionId: number, reason: string, now: Date): Promise<ClinicSession | undefined> {
  return trx
    .updateTable('clinic_session')
    .set({ status: 'stopped', stop_reason: reason, stopped_at: now.toISOString(), booked: 0 })
    .where('id', '=', sessionId)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
}

/** Cancels, by the clinic, every booking still booked in a stopped session; returns them. */
export function cancelBookingsOfStoppedSession(trx: Db, sessionId: number, linkUntil: string, now: Date): Promise<Booking[]> {
  return trx
    .updateTable('booking')
    .set({ status: 'cancelled', cancelled_by: 'stopped', manage_expires_at: linkUntil, updated_at: now.toISOString() })
    .where('session_id', '=', sessionId)
    .where('status', '=', 'booked')
    .returningAll()
    .execute();
}

export async function closeWaitlist(trx: Db, sessionId: number): Promise<void> {
  await trx.updateTable('waitlist_entry').set({ status: 'left' }).where('session_id', '=', sessionId).where('status', 'in', ['waiting', 'offered']).execute();
}

/** The next open future session of the same doctor and service with a place, other than this one. */
export function nextOpenSessionLike(db: Db, s: Pick<ClinicSession, 'id' | 'doctor_id' | 'service'>, now: Date): Promise<ClinicSession | undefined> {
  return db
    .selectFrom('clinic_session')
    .selectAll()
    .where('doctor_id', '=', s.doctor_id)
    .where('service', '=', s.service)
    .where('id', '!=', s.id)
    .where('status', '=', 'open')
    .where('starts_at', '>', now.toISOString())
    .whereRef('booked', '<', 'quota')
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst();
}
