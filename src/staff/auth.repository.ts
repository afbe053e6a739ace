import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.js';

type Db = Kysely<Database>;

/**
 * Counts one attempt against each key in one statement (INSERT … ON CONFLICT): a row whose window
 * (locked_until) is still open counts on, a row past it starts again at 1. Returns each key's count.
 */
export function countAttempts(db: Db, keys: { key: string; windowMs: number }[], now: Date): Promise<{ key: string; failures: number }[]> {
  const iso = now.toISOString();
  const open = sql<boolean>`login_throttle.locked_until IS NOT NULL AND login_throttle.locked_until > ${iso}`;
  return db
    .insertInto('login_throttle')
    .values(keys.map((k) => ({ key: k.key, failures: 1, window_started_at: iso, locked_until: new Date(now.getTime() + k.windowMs).toISOString() })))
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`CASE WHEN ${open} THEN login_throttle.failures + 1 ELSE 1 END`,
        window_started_at: sql`CASE WHEN ${open} THEN login_throttle.window_started_at ELSE excluded.window_started_at END`,
        locked_until: sql`CASE WHEN ${open} THEN login_throttle.locked_until ELSE excluded.locked_until END`,
      }),
    )
    .returning(['key', 'failures'])
    .execute();
}

/** Takes one attempt off each key that has any. */
export async function uncountAttempt(db: Db, keys: string[]): Promise<void> {
  await db.updateTable('login_throttle').set((eb) => ({ failures: eb('failures', '-', 1) })).where('key', 'in', keys).where('failures', '>', 0).execute();
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

export async function rolesOf(db: Db, userId: number): Promise<Role[]> {
  return (await db.selectFrom('staff_role').select('role').where('user_id', '=', userId).execute()).map((r) => r.role);
}

export async function insertSession(db: Db, values: Insertable<Database['staff_session']>): Promise<void> {
  await db.insertInto('staff_session').values(values).execute();
}

export function staffUserByEmail(db: Db, email: string) {
  return db.selectFrom('staff_user').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('staff_session').where('id', '=', sessionId).execute();
}

/** A session with its staff member, by the session id (the token's hash). */
export function sessionWithUser(db: Db, sessionId: string) {
  return db
    .selectFrom('staff_session as s')
    .innerJoin('staff_user as u', 'u.id', 's.user_id')
    .select(['s.id', 's.last_seen_at', 's.expires_at', 's.stage', 'u.id as user_id', 'u.name', 'u.email', 'u.doctor_id', 'u.active', 'u.totp_enabled_at', 'u.locale'])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('staff_session').set({ last_seen_at: now.toISOString() }).where('id', '=', sessionId).execute();
}

export async function deleteSessionsOf(db: Db, userId: number): Promise<number> {
  const r = await db.deleteFrom('staff_session').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertStaffUser(db: Db, values: Insertable<Database['staff_user']>): Promise<number> {
  const { id } = await db.insertInto('staff_user').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertRoles(db: Db, userId: number, roles: Role[]): Promise<void> {
  await db.insertInto('staff_role').values(roles.map((role) => ({ user_id: userId, role }))).execute();
}

export async function updatePasswordHash(db: Db, userId: number, passwordHash: string, now: Date): Promise<void> {
  await db.updateTable('staff_user').set({ password_hash: passwordHash, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}

export async function insertInvite(db: Db, values: Insertable<Database['staff_invite']>): Promise<void> {
  await db.insertInto('staff_invite').values(values).execute();
}

/** An unused, unexpired invitation of an active account, by its token's hash. */
export function openInvite(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('staff_invite as i')
    .innerJoin('staff_user as u', 'u.id', 'i.user_id')
    .select(['i.token_hash', 'i.user_id', 'u.name', 'u.email'])
    .where('i.token_hash', '=', tokenHash)
    .where('i.used_at', 'is', null)
    .where('i.expires_at', '>', now.toISOString())
    .where('u.active', '=', 1)
    .executeTakeFirst();
}
