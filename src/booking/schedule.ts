import type { ClinicSessionTable, Period, ScheduleException, ScheduleTemplate } from './booking.tables.js';
import { addDays, isoWeekday, localDateOf, zonedInstant } from '../time/zoned-time.js';

/** The clinic's usual hours for each half-day period; a template may set its own range ('custom'). */
export const PERIOD_HOURS: Record<Exclude<Period, 'custom'>, { start: string; end: string }> = {
  morning: { start: '08:00', end: '12:00' },
  afternoon: { start: '13:30', end: '17:00' },
  evening: { start: '18:00', end: '20:30' },
};

/** A session as the generator plans it: the session row before the database adds its own columns. */
export type SessionSpec = Omit<ClinicSessionTable, 'id' | 'booked' | 'issued' | 'status' | 'stop_reason' | 'stopped_at' | 'created_at'>;

type TemplateInput = Pick<ScheduleTemplate, 'id' | 'doctor_id' | 'weekday' | 'period' | 'start_local' | 'end_local' | 'reg_type' | 'fee_cents' | 'quota' | 'service' | 'active'>;
type ExceptionInput = Pick<ScheduleException, 'doctor_id' | 'local_date' | 'template_id' | 'quota'>;

/**
 * The sessions the templates make for the `days` clinic-local dates starting at today's date in
 * `timeZone`: a pure function of its inputs, so it is tested under any clock and any zone.
 * An exception with a null quota removes the session; one with a quota changes it. Sessions that
 * have already ended are left out. Start and end are instants, computed in the clinic's zone (so a
 * 08:00 session is 08:00 on both sides of a daylight-saving change).
 */
export function sessionsFromTemplates(templates: TemplateInput[], exceptions: ExceptionInput[], now: Date, timeZone: string, days: number): SessionSpec[] {
  const today = localDateOf(now, timeZone);
  const out: SessionSpec[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, i);
    const weekday = isoWeekday(date);
    for (const t of templates) {
      if (!t.active || t.weekday !== weekday) continue;
      const exception = exceptions.find((e) => e.doctor_id === t.doctor_id && e.local_date === date && (e.template_id === null || e.template_id === t.id));
      if (exception && exception.quota === null) continue;
      const startsAt = zonedInstant(date, t.start_local, timeZone);
      const endsAt = zonedInstant(date, t.end_local, timeZone);
      if (endsAt.getTime() <= now.getTime()) continue;
      out.push({
        doctor_id: t.doctor_id,
        template_id: t.id,
        local_date: date,
        period: t.period,
        start_local: t.start_local,
        end_local: t.end_local,
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        reg_type: t.reg_type,
        fee_cents: t.fee_cents,
        service: t.service,
        quota: exception?.quota ?? t.quota,
      });
    }
  }
  return out.sort((a, b) => a.starts_at.localeCompare(b.starts_at) || a.doctor_id - b.doctor_id);
}

/** When the reminder for a session goes out: `hour`:00 clinic time on the day before. */
export function reminderInstant(localDate: string, hour: number, timeZone: string): Date {
  return zonedInstant(addDays(localDate, -1), `${String(hour).padStart(2, '0')}:00`, timeZone);
}
