import type { Locale, T } from '../web/i18n.js';
import type { ClinicSession, Period } from './booking.tables.js';
import { wallClock } from '../time/zoned-time.js';

// How dates, periods and fees read to patients. Session dates and times are already clinic-local.

/** Weekday names of the staff schedule pages, by ISO weekday (1 = Monday). */
export const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
/** The periods a weekly slot may take, as the staff schedule forms offer them. */
export const PERIODS: [Period, string][] = [
  ['morning', '上午'],
  ['afternoon', '下午'],
  ['evening', '晚上'],
  ['custom', '自定时间段'],
];
/** The same labels on English staff pages (the public pages use src/web/i18n.ts). */
export const WEEKDAYS_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const PERIODS_EN: [Period, string][] = [
  ['morning', 'Morning'],
  ['afternoon', 'Afternoon'],
  ['evening', 'Evening'],
  ['custom', 'Custom hours'],
];
/** Weekday names of a staff page in its locale, by ISO weekday. */
export const weekdays = (locale: Locale): string[] => (locale === 'en' ? WEEKDAYS_EN : WEEKDAYS);
/** Period choices of a staff page in its locale. */
export const periods = (locale: Locale): [Period, string][] => (locale === 'en' ? PERIODS_EN : PERIODS);

const longDate = new Map<Locale, Intl.DateTimeFormat>();
const shortDate = new Map<Locale, Intl.DateTimeFormat>();

function fmt(cache: Map<Locale, Intl.DateTimeFormat>, locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { ...opts, timeZone: 'UTC' });
    cache.set(locale, f);
  }
  return f;
}

/** 2026年11月21日星期六 / Saturday 21 November 2026 */
export function sessionDate(localDate: string, locale: Locale): string {
  return fmt(longDate, locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(new Date(`${localDate}T00:00:00Z`));
}

/** 11月21日周六 / Sat 21 Nov: for text messages. */
export function sessionDateShort(localDate: string, locale: Locale): string {
  return fmt(shortDate, locale, { month: locale === 'en' ? 'short' : 'long', day: 'numeric', weekday: 'short' })
    .format(new Date(`${localDate}T00:00:00Z`))
    .replace(/,/g, '');
}

type SessionTimes = Pick<ClinicSession, 'period' | 'start_local' | 'end_local'>;

/** 上午 08:00–12:00 / Morning 08:00–12:00; a custom range shows the range alone. */
export function periodLabel(s: SessionTimes, t: T): string {
  const range = `${s.start_local}–${s.end_local}`;
  return s.period === 'custom' ? range : `${t(`period.${s.period}`)} ${range}`;
}

export function fee(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** HH:MM of an instant on the clinic's clock. */
export function clinicClock(instant: Date | string, timeZone: string): string {
  return wallClock(typeof instant === 'string' ? new Date(instant) : instant, timeZone).time;
}
