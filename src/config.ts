import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'], {
    error: 'must be one of 1/0, true/false, on/off, yes/no',
  })
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:\-[\]]{1,255}$/, 'must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres|postgresql):\/\/\S+$/, 'must be a postgres://… URL; leave it unset to use the SQLite file in DATA_DIR')
    .optional(),
  SITE_URL: z
    .url({ error: 'must be an absolute http(s) URL such as https://clinic.example' })
    .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  CLINIC_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PAGE_CACHE: bool.default(true),
  SEARCH_THREAD: bool.default(true),
  SEED_DEMO: bool.default(true),
  TRUST_PROXY: bool.default(false),
  VIEW_FLUSH_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  REVIEW_INTERVAL_DAYS: z.coerce.number({ error: 'must be a whole number of days' }).int().min(30, 'must be at least 30 days').max(1825, 'must be at most 1825 days (5 years)').default(730),
  JOB_POLL_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  // Booking (src/booking, docs/decisions/0007-booking.md).
  DATA_KEY: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, 'must be 32 random bytes as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)')
    .optional(),
  BOOKING_DAYS_AHEAD: z.coerce.number({ error: 'must be a whole number of days' }).int().min(1).max(90, 'must be at most 90 days').default(14),
  BOOKING_CUTOFF_MINUTES: z.coerce.number().int().min(0).max(2880).default(60),
  BOOKING_MAX_PER_DAY: z.coerce.number().int().min(1).max(20).default(2),
  BOOKING_MAX_PER_DOCTOR: z.coerce.number().int().min(1).max(20).default(2),
  CANCEL_CUTOFF_MINUTES: z.coerce.number().int().min(0).max(2880).default(120),
  WAITLIST_HOLD_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(10),
  SMS_PROVIDER: z.enum(['recording', 'http']).default('recording'),
  SMS_GATEWAY_URL: z.url({ error: 'must be an http(s) URL of the SMS gateway' }).optional(),
  SMS_GATEWAY_TOKEN: z.string().max(500).optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587').optional(),
  MAIL_FROM: z.string().max(200).optional(),
  // Questions, feedback and data rights (src/questions, src/feedback, src/privacy).
  QUESTION_CONTACT_RETENTION_DAYS: z.coerce.number({ error: 'must be a whole number of days' }).int().min(1).max(365).default(30),
  QUESTION_RATE_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  OTP_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  // Operations (docs/OPERATIONS.md).
  WORKERS: z
    .string()
    .regex(/^(auto|[1-9][0-9]?)$/, 'must be auto (one per core) or a whole number from 1 to 99')
    .default('auto'),
  METRICS_PORT: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535').optional(),
  METRICS_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:\-[\]]{1,255}$/, 'must be a host name or an IP address, e.g. 127.0.0.1')
    .default('127.0.0.1'),
  // Insights (src/insights, docs/decisions/0015-insights-without-tracking.md).
  INSIGHTS_COUNTING: bool.default(true),
  INSIGHTS_RAW_RETENTION_DAYS: z.coerce.number({ error: 'must be a whole number of days' }).int().min(7, 'must be at least 7 days').max(3650, 'must be at most 3650 days').default(180),
  // Key handling (docs/decisions/0013): the key `clinicpress rotate-key` re-encrypts everything with.
  NEW_DATA_KEY: z
    .string()
    .regex(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, 'must be 32 random bytes as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)')
    .optional(),
  NODE_ENV: z.string().max(50).optional(),
  // Staff sign-in and audit (src/staff, docs/SECURITY.md).
  STAFF_2FA_ROLES: z
    .string()
    .regex(/^\s*((admin|editor|reviewer|doctor|frontdesk)\s*(,\s*|$))*$/, 'must be a comma-separated list of roles (admin, editor, reviewer, doctor, frontdesk), or empty')
    .default('admin,reviewer'),
  STAFF_IDLE_MINUTES: z.coerce.number({ error: 'must be a whole number of minutes' }).int().min(1).max(480, 'must be at most 480 minutes').default(30),
  STAFF_SESSION_HOURS: z.coerce.number({ error: 'must be a whole number of hours' }).int().min(1).max(72, 'must be at most 72 hours').default(12),
  AUDIT_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int()
    .min(180, 'must be at least 180 days (audit records are kept at least 6 months)')
    .max(3650)
    .default(365),
  // Mobile proof and SMS budget (issue 11; docs/decisions/0012-mobile-proof.md).
  BOOKING_VERIFY_MOBILE: bool.default(true),
  BOOKING_HOLD_MINUTES: z.coerce.number().int().min(2).max(30).default(5),
  BOOKING_CODES_PER_ADDRESS_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
  SMS_DAILY_BUDGET: z.coerce.number({ error: 'must be a whole number of texts' }).int().min(1).max(1_000_000).default(1000),
});

/** Every variable the app reads, so child processes in tests and benchmarks can start clean. */
export const CONFIG_KEYS = Object.keys(schema.shape);

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  siteUrl: string;
  clinicTimeZone: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  pageCache: boolean;
  /** Searches run on a thread of their own (src/search/search.thread.ts); off: on the server's thread. */
  searchThread: boolean;
  seedDemo: boolean;
  trustProxy: boolean;
  viewFlushSeconds: number;
  /** Days from a medical approval to the article's next review. */
  reviewIntervalDays: number;
  jobPollSeconds: number;
  booking: BookingConfig;
  messaging: MessagingConfig;
  questions: {
    /** Days after the answer when the patient's contact details are erased. */
    contactRetentionDays: number;
    /** Questions one address may send per hour. */
    ratePerHour: number;
  };
  privacy: {
    /** How long a one-time code sent to a mobile number stays valid. */
    otpTtlMinutes: number;
  };
  /** Worker processes sharing the port (1: no cluster, the process itself serves). */
  workers: number;
  /** Where /metrics is served; undefined: not at all (it never shares the public port). */
  metrics: { port: number; host: string } | undefined;
  insights: {
    /** Count page views (per page, referrer class and device class; nothing about the reader). */
    counting: boolean;
    /** Days that daily view counts are kept; older days survive only as monthly totals. */
    rawRetentionDays: number;
  };
  staff: StaffSecurityConfig;
}

export interface StaffSecurityConfig {
  /** Roles whose members must sign in with a second factor (TOTP). */
  twoFactorRoles: string[];
  /** A staff session ends after this long without a request. */
  idleMinutes: number;
  /** …and this long after sign-in whatever the activity. */
  sessionHours: number;
  /** Audit entries are kept at least this long (never less than 180 days). */
  auditRetentionDays: number;
}

export interface BookingConfig {
  /** 32 bytes from DATA_KEY; undefined: a key is made and kept in the database (src/personal-data/patient-crypto.ts). */
  dataKey: Buffer | undefined;
  /** NEW_DATA_KEY: only `clinicpress rotate-key` reads it. */
  newDataKey?: Buffer | undefined;
  daysAhead: number;
  cutoffMinutes: number;
  maxPerDay: number;
  maxPerDoctor: number;
  cancelCutoffMinutes: number;
  waitlistHoldMinutes: number;
  /** The clinic-local hour, on the day before a session, when reminders go out. */
  reminderHour: number;
  /** Online bookings wait for a code texted to the number (off: the clinic proves numbers another way). */
  verifyMobile: boolean;
  /** How long a place is held while the code is typed. */
  holdMinutes: number;
  /** Codes one address may have texted per hour. */
  codesPerAddressHour: number;
}

export interface MessagingConfig {
  sms: { provider: 'recording' } | { provider: 'http'; url: string; token: string | undefined };
  /** Undefined: no e-mail is sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Texts per clinic-local day; once reached, nothing more is sent that day. */
  smsDailyBudget: number;
  /** The recording provider keeps codes and links readable only in development and test (NODE_ENV). */
  recordPlainSms: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function keyBytes(v: string): Buffer {
  return Buffer.from(v, /^[0-9a-fA-F]{64}$/.test(v) ? 'hex' : 'base64');
}

/** Reads the environment once, at start; every bad value is reported, not just the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, opts: { /** rotate-key: moving a database off its stored key needs no DATA_KEY yet. */ allowStoredKey?: boolean } = {}): Config {
  const raw = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${String(i.path[0])}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`),
    );
  }
  const e = parsed.data;
  if (e.SMS_PROVIDER === 'http' && !e.SMS_GATEWAY_URL) {
    throw new ConfigError([`SMS_GATEWAY_URL=undefined: must be set when SMS_PROVIDER=http`]);
  }
  // A key kept in the database file protects nothing once the file leaks: allowed only for the
  // SQLite development set-up that `npm start` gives out of the box.
  if (!e.DATA_KEY && !opts.allowStoredKey && (e.DATABASE_URL || e.NODE_ENV === 'production')) {
    throw new ConfigError([
      `DATA_KEY=undefined: must be set ${e.DATABASE_URL ? 'when DATABASE_URL is set (PostgreSQL)' : 'when NODE_ENV=production'}; make one with \`openssl rand -hex 32\` and keep it outside the database (only the SQLite development set-up may keep its key in the database file)`,
    ]);
  }
  const hostForUrl = e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    siteUrl: e.SITE_URL ?? `http://${hostForUrl.includes(':') ? `[${hostForUrl}]` : hostForUrl}:${e.PORT}`,
    clinicTimeZone: e.CLINIC_TIMEZONE,
    logLevel: e.LOG_LEVEL,
    pageCache: e.PAGE_CACHE,
    searchThread: e.SEARCH_THREAD,
    seedDemo: e.SEED_DEMO,
    trustProxy: e.TRUST_PROXY,
    viewFlushSeconds: e.VIEW_FLUSH_SECONDS,
    reviewIntervalDays: e.REVIEW_INTERVAL_DAYS,
    jobPollSeconds: e.JOB_POLL_SECONDS,
    booking: {
      dataKey: e.DATA_KEY ? keyBytes(e.DATA_KEY) : undefined,
      newDataKey: e.NEW_DATA_KEY ? keyBytes(e.NEW_DATA_KEY) : undefined,
      daysAhead: e.BOOKING_DAYS_AHEAD,
      cutoffMinutes: e.BOOKING_CUTOFF_MINUTES,
      maxPerDay: e.BOOKING_MAX_PER_DAY,
      maxPerDoctor: e.BOOKING_MAX_PER_DOCTOR,
      cancelCutoffMinutes: e.CANCEL_CUTOFF_MINUTES,
      waitlistHoldMinutes: e.WAITLIST_HOLD_MINUTES,
      reminderHour: e.REMINDER_HOUR,
      verifyMobile: e.BOOKING_VERIFY_MOBILE,
      holdMinutes: e.BOOKING_HOLD_MINUTES,
      codesPerAddressHour: e.BOOKING_CODES_PER_ADDRESS_HOUR,
    },
    messaging: {
      sms: e.SMS_PROVIDER === 'http' ? { provider: 'http', url: e.SMS_GATEWAY_URL!, token: e.SMS_GATEWAY_TOKEN } : { provider: 'recording' },
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM ?? `no-reply@${new URL(e.SITE_URL ?? 'http://localhost').hostname}`,
      smsDailyBudget: e.SMS_DAILY_BUDGET,
      recordPlainSms: env.NODE_ENV === 'development' || env.NODE_ENV === 'test',
    },
    questions: { contactRetentionDays: e.QUESTION_CONTACT_RETENTION_DAYS, ratePerHour: e.QUESTION_RATE_PER_HOUR },
    privacy: { otpTtlMinutes: e.OTP_TTL_MINUTES },
    workers: e.WORKERS === 'auto' ? os.availableParallelism() : Number(e.WORKERS),
    metrics: e.METRICS_PORT ? { port: e.METRICS_PORT, host: e.METRICS_HOST } : undefined,
    insights: { counting: e.INSIGHTS_COUNTING, rawRetentionDays: e.INSIGHTS_RAW_RETENTION_DAYS },
    staff: {
      twoFactorRoles: e.STAFF_2FA_ROLES.split(',').map((r) => r.trim()).filter(Boolean),
      idleMinutes: e.STAFF_IDLE_MINUTES,
      sessionHours: e.STAFF_SESSION_HOURS,
      auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    },
  };
}
