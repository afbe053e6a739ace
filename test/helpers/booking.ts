import type { Kysely } from 'kysely';
import { newFormKey } from '../../src/booking/booking.form.js';
import type { Period } from '../../src/booking/booking.tables.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { PERIOD_HOURS } from '../../src/booking/schedule.js';
import { addDays, localDateOf, zonedInstant } from '../../src/time/zoned-time.js';
import type { Config } from '../../src/config.js';
import type { Database } from '../../src/db/schema.js';
import { jobHandlers } from '../../src/main.js';
import { runDueJobs } from '../../src/jobs/jobs.js';
import type { TestApp } from './app.js';

// Booking test helpers: sessions made directly, the patient's form, jobs run at a chosen moment.

export interface SessionOptions {
  doctorSlug?: string;
  /** Clinic-local date; default: `inDays` after today in the clinic's zone. */
  date?: string;
  inDays?: number;
  period?: Exclude<Period, 'custom'>;
  start?: string;
  end?: string;
  quota?: number;
  service?: string;
  regType?: string;
}

/** Creates one open session (no template) and returns its id. */
export async function createSession(db: Kysely<Database>, config: Config, now: Date, o: SessionOptions = {}): Promise<number> {
  const doctor = await db.selectFrom('doctor').select('id').where('slug', '=', o.doctorSlug ?? 'lin-qingyuan').executeTakeFirstOrThrow();
  const date = o.date ?? addDays(localDateOf(now, config.clinicTimeZone), o.inDays ?? 2);
  const period = o.period ?? 'morning';
  const start = o.start ?? PERIOD_HOURS[period].start;
  const end = o.end ?? PERIOD_HOURS[period].end;
  const row = await db
    .insertInto('clinic_session')
    .values({
      doctor_id: doctor.id,
      template_id: null,
      local_date: date,
      period,
      start_local: start,
      end_local: end,
      starts_at: zonedInstant(date, start, config.clinicTimeZone).toISOString(),
      ends_at: zonedInstant(date, end, config.clinicTimeZone).toISOString(),
      reg_type: o.regType ?? '专家门诊',
      fee_cents: 5000,
      service: o.service ?? 'consultation',
      quota: o.quota ?? 5,
      status: 'open',
      stop_reason: null,
      stopped_at: null,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let mobiles = 0;
/** A different valid mainland mobile number on each call. */
export function nextMobile(): string {
  mobiles++;
  return `139${String(process.pid % 10_000).padStart(4, '0')}${String(mobiles).padStart(4, '0')}`;
}

export function bookingForm(over: Record<string, string> = {}): Record<string, string> {
  return {
    idempotency_key: newFormKey(),
    name: '张小明',
    mobile: nextMobile(),
    email: '',
    visit_type: 'first',
    reason: '手背白斑两个月',
    consent_health: '1',
    action: 'book',
    ...over,
  };
}

export function encode(form: Record<string, string>): string {
  return new URLSearchParams(form).toString();
}

/** The headers a browser sends with a form of this site: every public POST checks the origin (issue 11 #5). */
export function formHeaders(app: Pick<TestApp, 'config'>): Record<string, string> {
  return { 'content-type': 'application/x-www-form-urlencoded', origin: app.config.siteUrl };
}

/**
 * Sends the booking form as a patient does: the form, then — when the number must be proved
 * (BOOKING_VERIFY_MOBILE, on by default) — the code texted to the number, read from the recording
 * provider as the patient reads their phone. The answer is the last step's (303 to the private link).
 * `enterCode: false` stops at the code page.
 */
export async function postBooking(app: TestApp, sessionId: number, form: Record<string, string>, prefix = '', opts: { enterCode?: boolean; remoteAddress?: string } = {}) {
  // Each patient on a network of their own, unless a test says otherwise (the per-address limits have their own tests).
  const remoteAddress = opts.remoteAddress ?? `198.18.${(++patients >> 8) & 255}.${patients & 255}`;
  const res = await app.app.inject({ method: 'POST', url: `${prefix}/book/${sessionId}`, payload: encode(form), headers: formHeaders(app), remoteAddress });
  const location = String(res.headers.location ?? '');
  if (opts.enterCode === false || res.statusCode !== 303 || !/\/h\/[A-Za-z0-9_-]+$/.test(location)) return res;
  return enterTextedCode(app, location, form.mobile ?? '');
}

let patients = 0;

/** The newest booking code the recording provider texted to a number (a copy of the form sent at once may find it a moment later). */
export async function textedCode(app: Pick<TestApp, 'deps' | 'config'>, mobile: string): Promise<string> {
  for (let i = 0; ; i++) {
    const texts = (await smsTo(app, mobile.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, ''))).filter((m) => m.kind === 'booking_code');
    const code = /(?<!\d)(\d{6})(?!\d)/.exec(texts.at(-1)?.body ?? '')?.[1];
    if (code) return code;
    if (i >= 40) throw new Error('no booking code was texted to this number');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function enterTextedCode(app: TestApp, holdLocation: string, mobile: string) {
  return postForm(app, holdLocation, { code: await textedCode(app, mobile) });
}

export async function postForm(app: TestApp, url: string, form: Record<string, string> = {}) {
  return app.app.inject({ method: 'POST', url, payload: encode(form), headers: formHeaders(app) });
}

/** Runs every job due at `at` (repeatedly, so jobs queued by jobs run too). */
export async function runJobsAt(app: Pick<TestApp, 'deps' | 'config'>, at: Date): Promise<{ done: number; failed: number }> {
  const total = { done: 0, failed: 0 };
  for (let i = 0; i < 20; i++) {
    const r = await runDueJobs(app.deps.db, jobHandlers(app.config), at, 100);
    total.done += r.done;
    total.failed += r.failed;
    if (!r.done && !r.failed) break;
  }
  return total;
}

/** Texts the recording provider "sent" to a number, oldest first. */
export async function smsTo(app: Pick<TestApp, 'deps' | 'config'>, mobile: string) {
  const rt = await bookingRuntime(app.deps.db, app.config);
  return app.deps.db.selectFrom('sms_message').selectAll().where('to_hmac', '=', rt.crypto.mobileHmac(mobile)).orderBy('id').execute();
}

export async function sessionRow(db: Kysely<Database>, id: number) {
  return db.selectFrom('clinic_session').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function bookingsOf(db: Kysely<Database>, sessionId: number) {
  return db.selectFrom('booking').selectAll().where('session_id', '=', sessionId).orderBy('queue_no').execute();
}

export function tokenOf(location: string | undefined): string {
  const m = /\/[bw]\/([A-Za-z0-9_-]+)/.exec(String(location ?? ''));
  if (!m) throw new Error(`no private link in ${location}`);
  return m[1]!;
}

/**
 * The clinic's date today, for a test that makes a session spanning it and works on it (the
 * e2e servers run on the real clock, and check-in and the booking's page are for the session's
 * own day and until its end). Within `room` of `lastEnd` the test would outlive the session, so
 * this waits for the next clinic day, at most `room` and the minutes after `lastEnd`: a test that
 * calls it needs that much more time (WAIT_FOR_CLINIC_DAY_MS covers the default).
 */
export async function clinicDayWithRoom(config: Config, lastEnd = '23:58', room = 3 * 60_000): Promise<{ now: Date; today: string }> {
  let now = new Date();
  let today = localDateOf(now, config.clinicTimeZone);
  const end = zonedInstant(today, lastEnd, config.clinicTimeZone).getTime();
  if (end - now.getTime() < room) {
    const next = zonedInstant(addDays(today, 1), '00:00', config.clinicTimeZone).getTime() + 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - now.getTime())));
    now = new Date();
    today = localDateOf(now, config.clinicTimeZone);
  }
  return { now, today };
}

/** The longest clinicDayWithRoom() waits with its defaults: the room and the two minutes after 23:58. */
export const WAIT_FOR_CLINIC_DAY_MS = 3 * 60_000 + 2 * 60_000 + 2000;
