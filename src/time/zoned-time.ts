// Wall-clock arithmetic in a named IANA zone, with nothing but Intl: the process's own TZ never
// matters. Dates are 'YYYY-MM-DD', times 'HH:MM', instants Date (stored as ISO UTC text).

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

type Reading = { date: string; time: string; y: number; m: number; d: number; hh: number; mm: number; ss: number };
const readings = new Map<string, Reading>();

/** The wall-clock reading of an instant in a zone (Intl is slow: the last few hundred are remembered). */
export function wallClock(instant: Date, timeZone: string): Reading {
  const key = `${timeZone}|${instant.getTime()}`;
  let r = readings.get(key);
  if (!r) {
    if (readings.size > 500) readings.clear();
    r = read(instant, timeZone);
    readings.set(key, r);
  }
  return r;
}

function read(instant: Date, timeZone: string): Reading {
  const p = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((x) => [x.type, x.value])) as Record<string, string>;
  const y = Number(p.year);
  const m = Number(p.month);
  const d = Number(p.day);
  const hh = Number(p.hour) % 24;
  const mm = Number(p.minute);
  const ss = Number(p.second);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour === '24' ? '00' : p.hour}:${p.minute}`, y, m, d, hh, mm, ss };
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks read `date time`. A time skipped by a spring-forward
 * change resolves to the same distance after the change (02:30 → 03:30); a time that occurs twice
 * in autumn resolves to the first occurrence.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // The offsets in force a day either side; at most one change lies between them.
  const before = naive - zoneOffsetMs(new Date(naive - 86_400_000), timeZone);
  const after = naive - zoneOffsetMs(new Date(naive + 86_400_000), timeZone);
  const reads = (t: number) => {
    const w = wallClock(new Date(t), timeZone);
    return w.date === date && w.time === time;
  };
  const valid = [before, after].filter(reads).sort((a, b) => a - b);
  // A fold has two valid readings (take the first); a gap has none (the old offset lands after it).
  return new Date(valid[0] ?? before);
}

export function localDateOf(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).date;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isDate(s: string): boolean {
  return DATE_RE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}
