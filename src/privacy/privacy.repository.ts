import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PrivacyOtp, PrivacyRequest, PrivacySession } from './privacy.tables.js';

type Db = Kysely<Database>;

// The data-rights tables. Functions take the caller's handle: the service owns the transactions.

const hourBefore = (now: Date) => new Date(now.getTime() - 3600_000).toISOString();

/** Creation instants of the codes asked for a number in the last day, and the count asked from an address in the last hour. */
export async function recentOtps(db: Db, mobileHmac: string, ipHmac: string, now: Date): Promise<{ forNumber: string[]; forAddress: number }> {
  const since = hourBefore(now);
  const [numbers, address] = await Promise.all([
    db.selectFrom('privacy_otp').select('created_at').where('mobile_hmac', '=', mobileHmac).where('created_at', '>', new Date(now.getTime() - 24 * 3600_000).toISOString()).execute(),
    db
      .selectFrom('privacy_otp')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ip_hmac', '=', ipHmac)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow(),
  ]);
  return { forNumber: numbers.map((r) => r.created_at), forAddress: Number(address.n) };
}

export async function insertOtp(db: Db, row: Omit<PrivacyOtp, 'id' | 'attempts' | 'used_at'>): Promise<number> {
  const r = await db.insertInto('privacy_otp').values({ ...row, used_at: null }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** The newest code of a number: asking for a new code makes the older ones useless. */
export async function latestOtp(db: Db, mobileHmac: string): Promise<PrivacyOtp | undefined> {
  return db.selectFrom('privacy_otp').selectAll().where('mobile_hmac', '=', mobileHmac).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/**
 * Takes one try of a code with one statement, before the code is compared: however many guesses
 * arrive at once, at most OTP_MAX_TRIES are ever compared. False: no try left, or already used.
 */
export async function takeTry(db: Db, id: number, maxTries: number): Promise<boolean> {
  const r = await db
    .updateTable('privacy_otp')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('attempts', '<', maxTries)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a code used; false when another request used it first (single use). */
export async function useOtp(db: Db, id: number, now: Date): Promise<boolean> {
  const r = await db.updateTable('privacy_otp').set({ used_at: now.toISOString() }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Codes and sessions nobody can use any more. A used code goes after two hours; an unused one is
 * kept a day, for the daily cap per number — codes texted to a stranger's phone are never used.
 */
export async function purgeExpired(db: Db, now: Date): Promise<void> {
  const ago = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
  await db
    .deleteFrom('privacy_otp')
    .where((eb) => eb.or([eb('created_at', '<', ago(25)), eb.and([eb('used_at', 'is not', null), eb('created_at', '<', ago(2))])]))
    .execute();
  await db.deleteFrom('privacy_session').where('expires_at', '<', now.toISOString()).execute();
}

export async function insertSession(db: Db, row: Omit<PrivacySession, 'id'>): Promise<number> {
  const r = await db.insertInto('privacy_session').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function sessionByTokenHash(db: Db, tokenHash: string, now: Date): Promise<PrivacySession | undefined> {
  return db.selectFrom('privacy_session').selectAll().where('token_hash', '=', tokenHash).where('expires_at', '>', now.toISOString()).executeTakeFirst();
}

export async function deleteSession(db: Db, id: number): Promise<void> {
  await db.deleteFrom('privacy_session').where('id', '=', id).execute();
}

export async function pendingRequestFor(db: Db, mobileHmac: string): Promise<PrivacyRequest | undefined> {
  return db.selectFrom('privacy_request').selectAll().where('mobile_hmac', '=', mobileHmac).where('status', '=', 'pending').executeTakeFirst();
}

export async function insertRequest(db: Db, mobileHmac: string, mobileEnc: string, now: Date): Promise<number> {
  const r = await db
    .insertInto('privacy_request')
    .values({ kind: 'erasure', status: 'pending', mobile_hmac: mobileHmac, mobile_enc: mobileEnc, created_at: now.toISOString(), completed_at: null, completed_by: null, summary_json: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findRequest(db: Db, id: number): Promise<PrivacyRequest | undefined> {
  return db.selectFrom('privacy_request').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface RequestRow extends PrivacyRequest {
  completed_by_name: string | null;
}

/** Pending requests first (oldest first), then the most recent completed ones. */
export async function listRequests(db: Db, limit = 100): Promise<RequestRow[]> {
  const base = () =>
    db
      .selectFrom('privacy_request as r')
      .leftJoin('staff_user as u', 'u.id', 'r.completed_by')
      .selectAll('r')
      .select('u.name as completed_by_name');
  const [pending, done] = await Promise.all([
    base().where('r.status', '=', 'pending').orderBy('r.id').limit(limit).execute(),
    base().where('r.status', '=', 'completed').orderBy('r.id', 'desc').limit(limit).execute(),
  ]);
  return [...pending, ...done];
}
