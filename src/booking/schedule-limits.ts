import { z } from 'zod';
import type { ScheduleException, ScheduleLimitTable } from './booking.tables.js';
import { addDays, isoWeekday, TIME_RE } from '../time/zoned-time.js';
import type { Refusal, ScheduleKey } from './schedule.admin.i18n.js';

/**
 * What a doctor may do to their own schedule without the front desk (issue 17 #2). The site has
 * one set (row doctor_id 0, or these defaults); an admin may give a doctor a set of their own.
 */
export interface ScheduleLimits {
  /** Whether the doctor may edit at all (else they only see their schedule). */
  selfEdit: boolean;
  /** Sessions in one week: the weekly template's slots, and an ISO week's sessions when adding one. */
  maxSessionsWeek: number;
  /** No session of theirs starts before / ends after these clinic-local times. */
  earliestStart: string;
  latestEnd: string;
  /** Places in one session. */
  maxQuota: number;
  /** How far ahead (days from today) leave may be taken or a session added. */
  daysAhead: number;
  /** A session with patients booked cannot be stopped by the doctor closer to its start than this. */
  noticeHours: number;
}

export const DEFAULT_LIMITS: ScheduleLimits = {
  selfEdit: true,
  maxSessionsWeek: 10,
  earliestStart: '07:30',
  latestEnd: '21:00',
  maxQuota: 40,
  daysAhead: 90,
  noticeHours: 48,
};

/** The doctor_id of the site's own row. */
export const SITE_LIMITS = 0;

export function limitsOf(row: ScheduleLimitTable | undefined): ScheduleLimits {
  if (!row) return DEFAULT_LIMITS;
  return {
    selfEdit: row.self_edit === 1,
    maxSessionsWeek: row.max_sessions_week,
    earliestStart: row.earliest_start,
    latestEnd: row.latest_end,
    maxQuota: row.max_quota,
    daysAhead: row.days_ahead,
    noticeHours: row.notice_hours,
  };
}

// Messages are keys of schedule.admin.i18n.ts (the page translates them): "… must be a whole number", "… must be from min to max".
const int = (notInt: ScheduleKey, outOfRange: ScheduleKey, min: number, max: number) => z.coerce.number(notInt).int(notInt).min(min, outOfRange).max(max, outOfRange);

/** The admin's form for a set of limits (the site's or one doctor's). */
export const limitsForm = z
  .object({
    self_edit: z.enum(['0', '1'], 'z.limSelf' satisfies ScheduleKey),
    max_sessions_week: int('z.limWeekInt', 'z.limWeekRange', 0, 21),
    earliest_start: z.string().regex(TIME_RE, 'z.limStart' satisfies ScheduleKey),
    latest_end: z.string().regex(TIME_RE, 'z.limEnd' satisfies ScheduleKey),
    max_quota: int('z.limQuotaInt', 'z.limQuotaRange', 1, 500),
    days_ahead: int('z.limAheadInt', 'z.limAheadRange', 1, 365),
    notice_hours: int('z.limNoticeInt', 'z.limNoticeRange', 0, 336),
  })
  .refine((f) => f.earliest_start < f.latest_end, 'z.limOrder' satisfies ScheduleKey)
  .transform(
    (f): ScheduleLimits => ({
      selfEdit: f.self_edit === '1',
      maxSessionsWeek: f.max_sessions_week,
      earliestStart: f.earliest_start,
      latestEnd: f.latest_end,
      maxQuota: f.max_quota,
      daysAhead: f.days_ahead,
      noticeHours: f.notice_hours,
    }),
  );

/** What a new session (a template slot or an added one) breaks of the limits, as refusals for the doctor. */
export function slotProblems(l: ScheduleLimits, slot: { start: string; end: string; quota: number }): Refusal[] {
  const out: Refusal[] = [];
  if (slot.start < l.earliestStart || slot.end > l.latestEnd) out.push({ key: 'refuse.hours', params: { from: l.earliestStart, to: l.latestEnd } });
  if (slot.quota > l.maxQuota) out.push({ key: 'refuse.quota', params: { max: l.maxQuota } });
  return out;
}

/** Whether two clinic-local time ranges on the same day overlap. */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Monday and Sunday of the ISO week `date` is in. */
export function weekOf(date: string): { from: string; to: string } {
  const from = addDays(date, 1 - isoWeekday(date));
  return { from, to: addDays(from, 6) };
}

/**
 * The doctor's sessions in one week as they will run: the sessions already made (open ones) and
 * the template slots not yet made into sessions, less those a day off removes. Keyed by date and
 * start, the key the sessions are unique by, so a slot already made is counted once.
 */
export function sessionsInWeek(
  week: { from: string; to: string },
  sessions: { local_date: string; start_local: string; status: string }[],
  templates: { id: number; weekday: number; start_local: string; active: number }[],
  exceptions: { local_date: string; template_id: number | null; quota: number | null }[],
  madeThrough: string,
): number {
  const keys = new Set<string>();
  const stopped = new Set<string>();
  for (const s of sessions) (s.status === 'open' ? keys : stopped).add(`${s.local_date} ${s.start_local}`);
  for (let date = week.from; date <= week.to; date = addDays(date, 1)) {
    // Dates already generated are counted from their sessions alone.
    if (date <= madeThrough) continue;
    for (const t of templates) {
      if (!t.active || t.weekday !== isoWeekday(date)) continue;
      if (exceptions.some((e) => e.local_date === date && e.quota === null && (e.template_id === null || e.template_id === t.id))) continue;
      const key = `${date} ${t.start_local}`;
      if (!stopped.has(key)) keys.add(key);
    }
  }
  return keys.size;
}

/**
 * A leave is stored as one exception per date (the generator reads them date by date); the page
 * shows each run of them — same slot, quota and reason on consecutive dates (a week apart for one
 * weekly slot) — as one line.
 */
export function leaveRuns<E extends Pick<ScheduleException, 'local_date' | 'template_id' | 'quota' | 'note'>>(rows: E[]): (E & { last: string })[] {
  const out: (E & { last: string })[] = [];
  const open = new Map<string, E & { last: string }>();
  for (const e of rows) {
    const key = `${e.template_id ?? ''}|${e.quota ?? ''}|${e.note}`;
    const run = open.get(key);
    if (run && addDays(run.last, e.template_id === null ? 1 : 7) === e.local_date) run.last = e.local_date;
    else {
      const next = { ...e, last: e.local_date };
      out.push(next);
      open.set(key, next);
    }
  }
  return out;
}
