import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { audit, type Actor } from '../staff/audit.js';
import { addDays, isoWeekday, localDateOf, zonedInstant } from '../time/zoned-time.js';
import { inWriteTransaction, isUniqueViolation } from './booking.repository.js';
import type { ClinicSession, Period } from './booking.tables.js';
import { overlaps, sessionsInWeek, slotProblems, weekOf, type ScheduleLimits } from './schedule-limits.js';
import {
  deactivateTemplate,
  deleteLeave,
  exceptionsOf,
  findException,
  findTemplate,
  generatedThrough,
  insertExceptions,
  insertExtraSession,
  insertTemplate,
  limitsFor,
  sessionsOf,
  sessionsToStop,
  templatesOf,
} from './schedule.repository.js';
import { generateSessions, scheduleNextGeneration, stopSessionIn } from './schedule.service.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';
import { refusalText, type Refusal, type ScheduleKey } from './schedule.admin.i18n.js';

// A doctor's own schedule (issue 17 #2): the weekly template and exceptions — leave and added
// sessions — within the limits an admin sets. Whatever stops a session with patients in it goes
// through 停诊 (stopSessionIn): their bookings are cancelled by the clinic, each patient is told
// and offered the next session, and their private link lets them move. Each change is one write
// transaction with its audit record.

type Db = Kysely<Database>;

/**
 * A change the rules refuse, with what the doctor is told (keys the page translates; the message
 * is the Chinese text); nothing was changed.
 */
export class ScheduleRefused extends Error {
  readonly reasons: Refusal[];
  constructor(
    readonly status: 403 | 409 | 422,
    reasons: Refusal[] | ScheduleKey,
  ) {
    const list = typeof reasons === 'string' ? [{ key: reasons }] : reasons;
    super(refusalText(list, 'zh-CN'));
    this.reasons = list;
  }
}

export interface SlotInput {
  period: Period;
  start: string;
  end: string;
  regType: string;
  feeCents: number;
  quota: number;
  service: string;
}

/** The limits for a doctor who may edit; refused when the admin has turned self-editing off. */
async function editableLimits(db: Db, doctorId: number): Promise<ScheduleLimits> {
  const { limits } = await limitsFor(db, doctorId);
  if (!limits.selfEdit) throw new ScheduleRefused(403, 'refuse.selfEditOff');
  return limits;
}

/** The 号别 (and their fees) an admin has set up for a doctor: a doctor picks among them and does not set prices. */
export async function regTypesOf(db: Db, doctorId: number): Promise<{ regType: string; feeCents: number }[]> {
  const seen = new Map<string, { regType: string; feeCents: number }>();
  for (const t of await templatesOf(db, doctorId)) {
    const key = `${t.reg_type}|${t.fee_cents}`;
    if (!seen.has(key)) seen.set(key, { regType: t.reg_type, feeCents: t.fee_cents });
  }
  return [...seen.values()];
}

/**
 * Refuses a change that would stop a session with patients booked closer to its start than the
 * notice the admin set: those patients need a person to call them (the front desk can still stop it).
 */
function checkNotice(sessions: ClinicSession[], limits: ScheduleLimits, now: Date): void {
  const cutoff = now.getTime() + limits.noticeHours * 3_600_000;
  const late = sessions.filter((s) => s.booked > 0 && Date.parse(s.starts_at) < cutoff);
  if (late.length) {
    const which = late.map((s) => ({ date: s.local_date, start: s.start_local, n: s.booked }));
    throw new ScheduleRefused(409, [{ key: 'refuse.notice', late: which, params: { hours: limits.noticeHours } }]);
  }
}

async function stopAll(trx: Db, sessions: ClinicSession[], reason: string, actor: Actor, now: Date): Promise<{ stopped: number; bookingsCancelled: number }> {
  let stopped = 0;
  let bookingsCancelled = 0;
  for (const s of sessions) {
    const booked = s.booked;
    if (await stopSessionIn(trx, s.id, reason, actor, now)) {
      stopped++;
      bookingsCancelled += booked;
    }
  }
  return { stopped, bookingsCancelled };
}

/** Adds a weekly slot to the doctor's own template and makes its sessions. */
export async function addOwnTemplate(db: Db, config: Config, doctorId: number, weekday: number, slot: SlotInput, actor: Actor, now: Date): Promise<number> {
  const limits = await editableLimits(db, doctorId);
  const problems = slotProblems(limits, { start: slot.start, end: slot.end, quota: slot.quota });
  if (problems.length) throw new ScheduleRefused(422, problems);
  return inWriteTransaction(db, async (trx) => {
    const active = (await templatesOf(trx, doctorId)).filter((t) => t.active);
    if (active.length + 1 > limits.maxSessionsWeek) throw new ScheduleRefused(422, [{ key: 'refuse.maxWeek', params: { max: limits.maxSessionsWeek, n: active.length } }]);
    const clash = active.find((t) => t.weekday === weekday && overlaps({ start: t.start_local, end: t.end_local }, slot));
    if (clash) throw new ScheduleRefused(422, [{ key: 'refuse.overlap', weekday, params: { start: clash.start_local, end: clash.end_local } }]);
    const id = await insertTemplate(trx, {
      doctor_id: doctorId,
      weekday,
      period: slot.period,
      start_local: slot.start,
      end_local: slot.end,
      reg_type: slot.regType,
      fee_cents: slot.feeCents,
      quota: slot.quota,
      service: slot.service,
      active: 1,
      created_at: now.toISOString(),
    });
    await audit(trx, actor, 'schedule.own_template_add', { type: 'schedule_template', id }, now, { doctorId, weekday, start: slot.start, end: slot.end, quota: slot.quota, service: slot.service });
    await generateSessions(trx, config, now);
    await scheduleNextGeneration(trx, config, now);
    return id;
  });
}

/**
 * Takes a slot out of the doctor's weekly template. Its sessions still to come are stopped (停诊),
 * so booked patients are told and may move; refused when that would reach a booked session inside
 * the notice period.
 */
export async function removeOwnTemplate(db: Db, doctorId: number, templateId: number, reason: string, actor: Actor, now: Date): Promise<{ stopped: number; bookingsCancelled: number }> {
  const limits = await editableLimits(db, doctorId);
  const t = await findTemplate(db, templateId);
  if (!t) throw new ScheduleRefused(422, 'refuse.noSlot');
  if (t.doctor_id !== doctorId) throw new ScheduleRefused(403, 'refuse.notYourSlot');
  return inWriteTransaction(db, async (trx) => {
    const sessions = await sessionsToStop(trx, doctorId, now, { templateId });
    checkNotice(sessions, limits, now);
    if (!(await deactivateTemplate(trx, templateId))) throw new ScheduleRefused(409, 'refuse.slotOff');
    const r = await stopAll(trx, sessions, reason, actor, now);
    await audit(trx, actor, 'schedule.own_template_remove', { type: 'schedule_template', id: templateId }, now, { doctorId, weekday: t.weekday, start: t.start_local, reason, ...r });
    return r;
  });
}

/**
 * Leave: the doctor does not hold clinics from `from` to `to` (all their sessions, or one weekly
 * slot's). Sessions already made in that range are stopped (停诊, the patients told); an exception
 * per date keeps the generator from making the rest.
 */
export async function takeLeave(
  db: Db,
  config: Config,
  doctorId: number,
  input: { from: string; to: string; templateId: number | null; note: string },
  actor: Actor,
  now: Date,
): Promise<{ stopped: number; bookingsCancelled: number }> {
  const limits = await editableLimits(db, doctorId);
  const today = localDateOf(now, config.clinicTimeZone);
  const last = addDays(today, limits.daysAhead);
  if (input.from < today) throw new ScheduleRefused(422, 'refuse.leavePast');
  if (input.to < input.from) throw new ScheduleRefused(422, 'refuse.leaveOrder');
  if (input.to > last) throw new ScheduleRefused(422, [{ key: 'refuse.leaveFar', params: { days: limits.daysAhead, last } }]);
  const t = input.templateId === null ? undefined : await findTemplate(db, input.templateId);
  if (input.templateId !== null && !t) throw new ScheduleRefused(422, 'refuse.noSlot');
  if (t && t.doctor_id !== doctorId) throw new ScheduleRefused(403, 'refuse.notYourSlot');
  return inWriteTransaction(db, async (trx) => {
    const sessions = await sessionsToStop(trx, doctorId, now, { templateId: input.templateId, from: input.from, to: input.to });
    checkNotice(sessions, limits, now);
    const rows = [];
    for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
      if (t && t.weekday !== isoWeekday(date)) continue;
      rows.push({ doctor_id: doctorId, local_date: date, template_id: input.templateId, quota: null, note: input.note, created_at: now.toISOString() });
    }
    await insertExceptions(trx, rows);
    const r = await stopAll(trx, sessions, input.note, actor, now);
    await audit(trx, actor, 'schedule.own_leave', { type: 'doctor', id: doctorId }, now, { from: input.from, to: input.to, templateId: input.templateId, note: input.note, ...r });
    return r;
  });
}

/**
 * Withdraws the rest of a leave (its dates from today on): the generator makes those dates'
 * sessions again. A session already stopped stays stopped — its patients were told and may have
 * moved — so the slot on that date stays closed.
 */
export async function withdrawLeave(db: Db, config: Config, doctorId: number, exceptionId: number, last: string, actor: Actor, now: Date): Promise<number> {
  await editableLimits(db, doctorId);
  const e = await findException(db, exceptionId);
  if (!e) throw new ScheduleRefused(422, 'refuse.noLeave');
  if (e.doctor_id !== doctorId) throw new ScheduleRefused(403, 'refuse.notYourLeave');
  const today = localDateOf(now, config.clinicTimeZone);
  const from = e.local_date > today ? e.local_date : today;
  if (last < from) throw new ScheduleRefused(422, 'refuse.leaveOver');
  return inWriteTransaction(db, async (trx) => {
    const n = await deleteLeave(trx, e, from, last);
    if (!n) throw new ScheduleRefused(409, 'refuse.leaveWithdrawn');
    await audit(trx, actor, 'schedule.own_leave_withdraw', { type: 'doctor', id: doctorId }, now, { from, to: last, templateId: e.template_id, note: e.note, dates: n });
    await generateSessions(trx, config, now);
    await scheduleNextGeneration(trx, config, now);
    return n;
  });
}

/** 加诊: a session on one date outside the weekly template, within the limits (hours, places, sessions that week). */
export async function addExtraSession(db: Db, config: Config, doctorId: number, date: string, slot: SlotInput, actor: Actor, now: Date): Promise<number> {
  const limits = await editableLimits(db, doctorId);
  const today = localDateOf(now, config.clinicTimeZone);
  const last = addDays(today, limits.daysAhead);
  const problems = slotProblems(limits, { start: slot.start, end: slot.end, quota: slot.quota });
  if (date < today) problems.push({ key: 'refuse.extraPast' });
  if (date > last) problems.push({ key: 'refuse.extraFar', params: { days: limits.daysAhead, last } });
  const startsAt = zonedInstant(date, slot.start, config.clinicTimeZone);
  if (date === today && startsAt.getTime() <= now.getTime()) problems.push({ key: 'refuse.startPast' });
  if (problems.length) throw new ScheduleRefused(422, problems);
  return inWriteTransaction(db, async (trx) => {
    const week = weekOf(date);
    const [sessions, templates, exceptions, madeThrough] = await Promise.all([
      sessionsOf(trx, doctorId, week.from, week.to),
      templatesOf(trx, doctorId),
      exceptionsOf(trx, doctorId, week.from, week.to),
      generatedThrough(trx),
    ]);
    const that = { start: slot.start, end: slot.end };
    const clash = sessions.find((s) => s.local_date === date && (s.start_local === slot.start || (s.status === 'open' && overlaps({ start: s.start_local, end: s.end_local }, that))));
    const slotClash =
      date > madeThrough &&
      templates.find(
        (t) =>
          t.active &&
          t.weekday === isoWeekday(date) &&
          overlaps({ start: t.start_local, end: t.end_local }, that) &&
          !exceptions.some((e) => e.local_date === date && e.quota === null && (e.template_id === null || e.template_id === t.id)),
      );
    if (clash || slotClash) throw new ScheduleRefused(422, [{ key: 'refuse.extraClash', params: { date } }]);
    const count = sessionsInWeek(week, sessions, templates, exceptions, madeThrough);
    if (count + 1 > limits.maxSessionsWeek) throw new ScheduleRefused(422, [{ key: 'refuse.extraWeek', params: { from: week.from, n: count, max: limits.maxSessionsWeek } }]);
    let id: number;
    try {
      id = await insertExtraSession(trx, {
        doctor_id: doctorId,
        template_id: null,
        local_date: date,
        period: slot.period,
        start_local: slot.start,
        end_local: slot.end,
        starts_at: startsAt.toISOString(),
        ends_at: zonedInstant(date, slot.end, config.clinicTimeZone).toISOString(),
        reg_type: slot.regType,
        fee_cents: slot.feeCents,
        service: slot.service,
        quota: slot.quota,
        status: 'open',
        stop_reason: null,
        stopped_at: null,
        created_at: now.toISOString(),
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ScheduleRefused(422, [{ key: 'refuse.extraTaken', params: { date, start: slot.start } }]);
      throw err;
    }
    await audit(trx, actor, 'schedule.own_extra_add', { type: 'clinic_session', id }, now, { doctorId, date, start: slot.start, end: slot.end, quota: slot.quota, service: slot.service });
    await bumpContentVersion(trx);
    return id;
  });
}
