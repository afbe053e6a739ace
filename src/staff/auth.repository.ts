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

/** Ends every other session of a staff member (a password change keeps only the current one). */
export async function deleteOtherSessions(db: Db, userId: number, keepSessionId: string): Promise<void> {
  await db.deleteFrom('staff_session').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
}

/** Marks an open invitation used; true only for the one request whose UPDATE took the row. */
export async function claimInvite(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const claimed = await db
    .updateTable('staff_invite')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Ends an account's still-open invitations (they expire now). */
export async function expireOpenInvites(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('staff_invite').set({ expires_at: now.toISOString() }).where('user_id', '=', userId).where('used_at', 'is', null).where('expires_at', '>', now.toISOString()).execute();
}

/** Ends an account's still-open password-reset links (they expire now). */
export async function expireOpenResets(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('staff_password_reset').set({ expires_at: now.toISOString() }).where('user_id', '=', userId).where('used_at', 'is', null).where('expires_at', '>', now.toISOString()).execute();
}

export async function insertPasswordReset(db: Db, values: Insertable<Database['staff_password_reset']>): Promise<void> {
  await db.insertInto('staff_password_reset').values(values).execute();
}

/** An unused, unexpired reset link of an active account, by its token's hash. */
export function openPasswordReset(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('staff_password_reset as r')
    .innerJoin('staff_user as u', 'u.id', 'r.user_id')
    .select(['r.user_id', 'u.name', 'u.email'])
    .where('r.token_hash', '=', tokenHash)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', now.toISOString())
    .where('u.active', '=', 1)
    .executeTakeFirst();
}

/** Marks an open reset link used; true only for the one request whose UPDATE took the row. */
export async function claimPasswordReset(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const claimed = await db
    .updateTable('staff_password_reset')
    .set({ used_at: now.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

export function staffContactByEmail(db: Db, email: string) {
  return db.selectFrom('staff_user').select(['id', 'name', 'email', 'active']).where('email', '=', email).executeTakeFirst();
}

export function staffContactById(db: Db, userId: number) {
  return db.selectFrom('staff_user').select(['id', 'name', 'email', 'active']).where('id', '=', userId).executeTakeFirst();
}

/** The old password stops working at once (an admin's reset). */
export async function clearPasswordHash(db: Db, userId: number, now: Date): Promise<void> {
  await db.updateTable('staff_user').set({ password_hash: null, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}

export function totpStateOf(db: Db, userId: number) {
  return db.selectFrom('staff_user').select(['totp_secret_enc', 'totp_enabled_at', 'totp_last_step']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** Records a TOTP step as used, only if it is later than the last one used; true when it was. */
export async function spendTotpStep(db: Db, userId: number, step: number): Promise<boolean> {
  const r = await db
    .updateTable('staff_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks an unused recovery code used; true when it was unused. */
export async function spendRecoveryCode(db: Db, userId: number, codeHash: string, now: Date): Promise<boolean> {
  const r = await db
    .updateTable('staff_recovery_code')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodeCount(db: Db, userId: number): Promise<number> {
  const left = await db.selectFrom('staff_recovery_code').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirstOrThrow();
  return Number(left.n);
}

/** Stores a new (encrypted) TOTP secret, not yet enabled. */
export async function storeTotpSecret(db: Db, userId: number, secretEnc: string): Promise<void> {
  await db.updateTable('staff_user').set({ totp_secret_enc: secretEnc, totp_enabled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
}

export async function enableTotp(db: Db, userId: number, now: Date, step: number): Promise<void> {
  await db.updateTable('staff_user').set({ totp_enabled_at: now.toISOString(), totp_last_step: step }).where('id', '=', userId).execute();
}

/** Removes the second factor's secret and state. */
export async function clearTotp(db: Db, userId: number): Promise<void> {
  await db.updateTable('staff_user').set({ totp_secret_enc: null, totp_enabled_at: null, totp_last_step: null }).where('id', '=', userId).execute();
}

export async function deleteRecoveryCodes(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('staff_recovery_code').where('user_id', '=', userId).execute();
}

export async function insertRecoveryCodes(db: Db, userId: number, codeHashes: string[]): Promise<void> {
  await db.insertInto('staff_recovery_code').values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null }))).execute();
}
