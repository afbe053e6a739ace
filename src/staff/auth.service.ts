import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.js';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
// algorithm 2 is Argon2id (a const enum, which isolated modules cannot import).
const ARGON = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const MIN = 60_000;

export const SESSION_POLICY = {
  idleMs: 60 * MIN,
  absoluteMs: 12 * 60 * MIN,
  /** last_seen_at is written at most this often, not on every request. */
  touchEveryMs: MIN,
};

export const THROTTLE_POLICY = {
  windowMs: 15 * MIN,
  lockMs: 15 * MIN,
  perAccount: 5,
  perAddress: 20,
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
}

type Db = Kysely<Database>;

async function lockedUntil(db: Db, key: string, now: Date): Promise<string | null> {
  const row = await db.selectFrom('login_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
  return row?.locked_until && row.locked_until > now.toISOString() ? row.locked_until : null;
}

async function recordFailure(db: Db, key: string, limit: number, now: Date): Promise<void> {
  const iso = now.toISOString();
  const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  const inWindow = row && new Date(row.window_started_at).getTime() + THROTTLE_POLICY.windowMs > now.getTime();
  const failures = inWindow ? row.failures + 1 : 1;
  const locked = failures >= limit ? new Date(now.getTime() + THROTTLE_POLICY.lockMs).toISOString() : null;
  await db
    .insertInto('login_throttle')
    .values({ key, failures, window_started_at: inWindow ? row.window_started_at : iso, locked_until: locked })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures, window_started_at: inWindow ? row.window_started_at : iso, locked_until: locked }))
    .execute();
}

export type LoginResult =
  | { ok: true; token: string; userId: number; name: string }
  | { ok: false; reason: 'invalid' | 'throttled'; userId?: number };

// A hash to verify against when the account does not exist, so both cases take the same time.
let decoy: Promise<string> | undefined;

export async function login(db: Db, input: { email: string; password: string; ip: string; userAgent: string }, now: Date): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const accountKey = `account:${email}`;
  const addressKey = `address:${input.ip}`;
  if ((await lockedUntil(db, accountKey, now)) || (await lockedUntil(db, addressKey, now))) return { ok: false, reason: 'throttled' };

  const user = await db.selectFrom('staff_user').selectAll().where('email', '=', email).executeTakeFirst();
  decoy ??= hashPassword(newToken());
  const good = await verify(user?.password_hash ?? (await decoy), input.password).catch(() => false);
  if (!user || !good || !user.active || !user.password_hash) {
    await recordFailure(db, accountKey, THROTTLE_POLICY.perAccount, now);
    await recordFailure(db, addressKey, THROTTLE_POLICY.perAddress, now);
    return { ok: false, reason: 'invalid', userId: user?.id };
  }
  await db.deleteFrom('login_throttle').where('key', '=', accountKey).execute();
  const token = newToken();
  await db
    .insertInto('staff_session')
    .values({
      id: tokenHash(token),
      user_id: user.id,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_POLICY.absoluteMs).toISOString(),
      ip: input.ip.slice(0, 64),
      user_agent: input.userAgent.slice(0, 300),
    })
    .execute();
  return { ok: true, token, userId: user.id, name: user.name };
}

/** The signed-in staff member for a session token, or null when it is unknown, idle too long or expired. */
export async function identify(db: Db, token: string | undefined, now: Date): Promise<StaffIdentity | null> {
  if (!token || token.length > 100) return null;
  const id = tokenHash(token);
  const row = await db
    .selectFrom('staff_session as s')
    .innerJoin('staff_user as u', 'u.id', 's.user_id')
    .select(['s.id', 's.last_seen_at', 's.expires_at', 'u.id as user_id', 'u.name', 'u.email', 'u.doctor_id', 'u.active'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const t = now.getTime();
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (!row.active || new Date(row.expires_at).getTime() <= t || lastSeen + SESSION_POLICY.idleMs <= t) {
    await db.deleteFrom('staff_session').where('id', '=', id).execute();
    return null;
  }
  if (t - lastSeen >= SESSION_POLICY.touchEveryMs) {
    await db.updateTable('staff_session').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
  }
  const roles = await db.selectFrom('staff_role').select('role').where('user_id', '=', row.user_id).execute();
  return { userId: row.user_id, name: row.name, email: row.email, doctorId: row.doctor_id, roles: roles.map((r) => r.role), sessionId: id };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('staff_session').where('id', '=', tokenHash(token)).execute();
}

export async function endAllSessions(db: Db, userId: number): Promise<number> {
  const r = await db.deleteFrom('staff_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
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
  const { id } = await db
    .insertInto('staff_user')
    .values({
      email: u.email.trim().toLowerCase(),
      name: u.name.trim(),
      password_hash: u.password ? await hashPassword(u.password) : null,
      doctor_id: u.doctorId ?? null,
      active: 1,
      created_at: iso,
      updated_at: iso,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (u.roles.length) await db.insertInto('staff_role').values(u.roles.map((role) => ({ user_id: id, role }))).execute();
  return id;
}

export async function setPassword(db: Db, userId: number, password: string, now: Date): Promise<void> {
  await db
    .updateTable('staff_user')
    .set({ password_hash: await hashPassword(password), updated_at: now.toISOString() })
    .where('id', '=', userId)
    .execute();
}

/** An invitation link's token; only its hash is stored. */
export async function createInvite(db: Db, userId: number, now: Date, days = 7): Promise<string> {
  const token = newToken();
  await db
    .insertInto('staff_invite')
    .values({ token_hash: tokenHash(token), user_id: userId, expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(), used_at: null })
    .execute();
  return token;
}

export async function findInvite(db: Db, token: string, now: Date) {
  if (token.length > 100) return undefined;
  return db
    .selectFrom('staff_invite as i')
    .innerJoin('staff_user as u', 'u.id', 'i.user_id')
    .select(['i.token_hash', 'i.user_id', 'u.name', 'u.email'])
    .where('i.token_hash', '=', tokenHash(token))
    .where('i.used_at', 'is', null)
    .where('i.expires_at', '>', now.toISOString())
    .where('u.active', '=', 1)
    .executeTakeFirst();
}
