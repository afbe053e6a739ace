import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import {
  clearAttempts,
  countAttempts,
  deleteSession,
  deleteSessionsOf,
  insertInvite,
  insertRoles,
  insertSession,
  insertStaffUser,
  openInvite,
  rolesOf,
  sessionWithUser,
  staffUserByEmail,
  touchSession,
  uncountAttempt,
  updatePasswordHash,
} from './auth.repository.js';
import type { StaffSecurityConfig } from '../config.js';
import type { Database, Role, SessionStage } from '../db/schema.js';
import type { Locale } from '../web/i18n.js';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
// algorithm 2 is Argon2id (a const enum, which isolated modules cannot import).
const ARGON = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const MIN = 60_000;

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
  /** last_seen_at is written at most this often, not on every request. */
  touchEveryMs: number;
  /** A session that has passed the password but not yet the second factor lasts this long. */
  pendingMs: number;
  /** Roles whose members must sign in with a second factor. */
  twoFactorRoles: readonly string[];
}

export function sessionPolicy(cfg: StaffSecurityConfig): SessionPolicy {
  return { idleMs: cfg.idleMinutes * MIN, absoluteMs: cfg.sessionHours * 60 * MIN, touchEveryMs: MIN, pendingMs: 10 * MIN, twoFactorRoles: cfg.twoFactorRoles };
}

/** The defaults (STAFF_IDLE_MINUTES=30, STAFF_SESSION_HOURS=12, STAFF_2FA_ROLES=admin,reviewer). */
export const SESSION_POLICY = sessionPolicy({ idleMinutes: 30, sessionHours: 12, twoFactorRoles: ['admin', 'reviewer'], auditRetentionDays: 365 });

/**
 * Failed sign-ins are limited per account and address pair (a stranger who knows an e-mail
 * address locks only their own address out), per address (one address guessing many accounts),
 * and per account across all addresses with a shorter window (many addresses guessing one
 * account slow down, but the owner is not locked out for long).
 */
export const THROTTLE_POLICY = {
  windowMs: 15 * MIN,
  lockMs: 15 * MIN,
  perPair: 5,
  perAddress: 20,
  perAccount: 20,
  accountWindowMs: 5 * MIN,
  /** Wrong second-factor codes per account. */
  perCode: 5,
};

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = sha256;

export interface StaffIdentity {
  userId: number;
  name: string;
  email: string;
  roles: Role[];
  doctorId: number | null;
  sessionId: string;
  /** 'full' once every factor is proved; until then only the sign-in steps are open. */
  stage: SessionStage;
  twoFactor: boolean;
  /** The language this person chose for the staff pages. */
  locale: Locale;
}

type Db = Kysely<Database>;

interface Reservation {
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts one attempt against each key in one statement, before anything is verified, and says
 * whether every key is still within its limit. Because the count comes first, parallel attempts
 * cannot all pass a check made before any of them is counted. A row's locked_until is the end of
 * its current window; past it the count starts again.
 */
export async function reserveAttempt(db: Db, keys: Reservation[], now: Date): Promise<boolean> {
  const rows = await countAttempts(db, keys, now);
  return keys.every((k) => (rows.find((r) => r.key === k.key)?.failures ?? 0) <= k.limit);
}

/** Gives back one reserved attempt (the attempt succeeded, so it was no guess). */
export async function releaseAttempt(db: Db, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await uncountAttempt(db, keys);
}

const pairKey = (email: string, ip: string) => `pair:${email}|${ip}`;

export type LoginResult =
  | { ok: true; token: string; userId: number; name: string; stage: SessionStage }
  | { ok: false; reason: 'invalid' | 'throttled'; userId?: number };

// A hash to verify against when the account does not exist, so both cases take the same time.
let decoy: Promise<string> | undefined;

export const needsTwoFactor = (roles: readonly Role[], policy: SessionPolicy) => roles.some((r) => policy.twoFactorRoles.includes(r));

export async function startSession(db: Db, userId: number, stage: SessionStage, input: { ip: string; userAgent: string }, now: Date, policy: SessionPolicy): Promise<string> {
  const token = newToken();
  await insertSession(db, {
    id: tokenHash(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + (stage === 'full' ? policy.absoluteMs : policy.pendingMs)).toISOString(),
    ip: input.ip.slice(0, 64),
    user_agent: input.userAgent.slice(0, 300),
    stage,
  });
  return token;
}

/**
 * Checks a password with the attempt already counted (see reserveAttempt). Returns the account
 * when the password is right; the reservation is then given back.
 */
export async function checkPassword(db: Db, input: { email: string; password: string; ip: string }, now: Date) {
  const email = input.email.trim().toLowerCase();
  const pair = pairKey(email, input.ip);
  const address = `address:${input.ip}`;
  const account = `account:${email}`;
  const T = THROTTLE_POLICY;
  // The account-wide count is only touched by attempts its pair and address allow, so one
  // address hammering an account cannot lock its owner out everywhere.
  if (!(await reserveAttempt(db, [{ key: pair, limit: T.perPair, windowMs: T.windowMs }, { key: address, limit: T.perAddress, windowMs: T.windowMs }], now))) {
    return { ok: false as const, reason: 'throttled' as const };
  }
  if (!(await reserveAttempt(db, [{ key: account, limit: T.perAccount, windowMs: T.accountWindowMs }], now))) return { ok: false as const, reason: 'throttled' as const };
  const user = await staffUserByEmail(db, email);
  decoy ??= hashPassword(newToken());
  const good = await verify(user?.password_hash ?? (await decoy), input.password).catch(() => false);
  if (!user || !good || !user.active || !user.password_hash) return { ok: false as const, reason: 'invalid' as const, userId: user?.id };
  await clearAttempts(db, pair);
  await releaseAttempt(db, [address, account]);
  return { ok: true as const, user };
}

export async function login(db: Db, input: { email: string; password: string; ip: string; userAgent: string }, now: Date, policy: SessionPolicy = SESSION_POLICY): Promise<LoginResult> {
  const checked = await checkPassword(db, input, now);
  if (!checked.ok) return checked;
  const { user } = checked;
  const stage: SessionStage = user.totp_enabled_at ? 'mfa' : needsTwoFactor(await rolesOf(db, user.id), policy) ? 'enrol' : 'full';
  const token = await startSession(db, user.id, stage, input, now, policy);
  return { ok: true, token, userId: user.id, name: user.name, stage };
}

/** Counts one second-factor attempt for an account; false once too many were wrong. */
export async function reserveCodeAttempt(db: Db, userId: number, now: Date): Promise<boolean> {
  return reserveAttempt(db, [{ key: `code:${userId}`, limit: THROTTLE_POLICY.perCode, windowMs: THROTTLE_POLICY.windowMs }], now);
}

export async function clearCodeAttempts(db: Db, userId: number): Promise<void> {
  await clearAttempts(db, `code:${userId}`);
}

/**
 * Replaces a session by a full one (a new id whenever the privilege grows, so a token seen
 * before the second factor is worth nothing after it).
 */
export async function promoteSession(db: Db, oldSessionId: string, userId: number, input: { ip: string; userAgent: string }, now: Date, policy: SessionPolicy): Promise<string> {
  await deleteSession(db, oldSessionId);
  return startSession(db, userId, 'full', input, now, policy);
}

/** The signed-in staff member for a session token, or null when it is unknown, idle too long or expired. */
export async function identify(db: Db, token: string | undefined, now: Date, policy: SessionPolicy = SESSION_POLICY): Promise<StaffIdentity | null> {
  if (!token || token.length > 100) return null;
  const id = tokenHash(token);
  const row = await sessionWithUser(db, id);
  if (!row) return null;
  const t = now.getTime();
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (!row.active || new Date(row.expires_at).getTime() <= t || lastSeen + policy.idleMs <= t) {
    await deleteSession(db, id);
    return null;
  }
  if (t - lastSeen >= policy.touchEveryMs) {
    await touchSession(db, id, now);
  }
  const roles = await rolesOf(db, row.user_id);
  const twoFactor = !!row.totp_enabled_at;
  // A role that needs a second factor, given after sign-in, sends the person to enrol at once.
  const stage: SessionStage = row.stage === 'full' && !twoFactor && needsTwoFactor(roles, policy) ? 'enrol' : row.stage;
  return { userId: row.user_id, name: row.name, email: row.email, doctorId: row.doctor_id, roles, sessionId: id, stage, twoFactor, locale: row.locale === 'en' ? 'en' : 'zh-CN' };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, tokenHash(token));
}

export async function endAllSessions(db: Db, userId: number): Promise<number> {
  return deleteSessionsOf(db, userId);
}

export interface NewStaff {
  email: string;
  name: string;
  roles: Role[];
  password?: string;
  doctorId?: number | null;
}

export async function createStaffUser(db: Db, u: NewStaff, now: Date): Promise<number> {
  const iso = now.toISOString();
  const id = await insertStaffUser(db, {
    email: u.email.trim().toLowerCase(),
    name: u.name.trim(),
    password_hash: u.password ? await hashPassword(u.password) : null,
    doctor_id: u.doctorId ?? null,
    active: 1,
    created_at: iso,
    updated_at: iso,
  });
  if (u.roles.length) await insertRoles(db, id, u.roles);
  return id;
}

export async function setPassword(db: Db, userId: number, password: string, now: Date): Promise<void> {
  await updatePasswordHash(db, userId, await hashPassword(password), now);
}

/** An invitation link's token; only its hash is stored. */
export async function createInvite(db: Db, userId: number, now: Date, days = 7): Promise<string> {
  const token = newToken();
  await insertInvite(db, { token_hash: tokenHash(token), user_id: userId, expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(), used_at: null });
  return token;
}

export async function findInvite(db: Db, token: string, now: Date) {
  if (token.length > 100) return undefined;
  return openInvite(db, tokenHash(token), now);
}
