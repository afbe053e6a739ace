import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { inWriteTransaction, lockMobile } from '../booking/index.js';
import { hashToken, maskMobile } from '../personal-data/patient-crypto.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import { forgetErasedData, tablesWrittenIn, transactionMark } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { audit, type Actor } from '../staff/audit.js';
import type { Locale } from '../web/i18n.js';
import type { HeldConsent, PersonContext } from '../personal-data/personal-data.js';
import { codeHash, newCode, OTP_MAX_TRIES, otpLimit, sameHash, SESSION_MINUTES, type OtpLimit } from '../personal-data/codes.js';
import { privacyText } from './privacy.i18n.js';
import { schedulePurge } from './privacy.jobs.js';
import {
  deleteSession,
  findRequest,
  insertOtp,
  insertRequest,
  insertSession,
  latestOtp,
  pendingRequestFor,
  purgeExpired,
  recentOtps,
  sessionByTokenHash,
  takeTry,
  useOtp,
} from './privacy.repository.js';
import type { PrivacySession } from './privacy.tables.js';
import { personalDataSources } from '../personal-data/personal-data.js';

type Db = Kysely<Database>;

/**
 * Patients' actions are audited without naming them: the actor is this label, the subject the
 * data-rights session or request id. Never the mobile number, not even masked: after an erasure
 * nothing identifying may remain, and the audit log is kept.
 */
export const PATIENT_ACTOR = '患者（已验证手机）';

export function patientActor(ip: string, userAgent: string): Actor {
  return { userId: null, name: PATIENT_ACTOR, ip, userAgent };
}

export class SmsNotSent extends Error {}

/**
 * Sends a code to a number, within the limits (checked and recorded in one write transaction, the
 * number's rows serialised on PostgreSQL like a booking's). Known or unknown number alike: the
 * answer is the same, so the page tells nobody whether the clinic holds data for a number.
 */
export async function requestCode(db: Db, rt: BookingRuntime, input: { mobile: string; ip: string; locale: Locale; clinic: string }, now: Date): Promise<OtpLimit | null> {
  const mobileHmac = rt.crypto.mobileHmac(input.mobile);
  const ipHmac = rt.crypto.token('privacy-ip', input.ip);
  const made = await inWriteTransaction(db, async (trx) => {
    await lockMobile(trx, mobileHmac);
    await purgeExpired(trx, now);
    await schedulePurge(trx, rt.config, now);
    const recent = await recentOtps(trx, mobileHmac, ipHmac, now);
    const limit = otpLimit(recent.forNumber, recent.forAddress, now);
    if (limit) return { limit, code: '' };
    const code = newCode();
    const createdAt = now.toISOString();
    const ttl = rt.config.privacy.otpTtlMinutes;
    await insertOtp(trx, {
      mobile_hmac: mobileHmac,
      ip_hmac: ipHmac,
      code_hash: codeHash(rt.crypto, mobileHmac, createdAt, code),
      created_at: createdAt,
      expires_at: new Date(now.getTime() + ttl * 60_000).toISOString(),
    });
    return { limit: null, code };
  });
  if (made.limit) return made.limit;
  // Sent after the commit, not in a job: a code is useful for minutes, and a gateway call must not
  // hold the write lock. A failed send leaves a code nobody has; it still counts towards the limits.
  const text = privacyText(input.locale).sms({ clinic: input.clinic, code: made.code, ttl: rt.config.privacy.otpTtlMinutes });
  try {
    await rt.sms.send(db, { to: input.mobile, toHmac: mobileHmac, toMasked: maskMobile(input.mobile), text, kind: 'privacy_otp', bookingId: null }, now);
  } catch (err) {
    throw new SmsNotSent(String((err as Error).message ?? err), { cause: err });
  }
  return null;
}

export type VerifyResult = { ok: true; token: string; sessionId: number } | { ok: false; reason: 'invalid' | 'expired' | 'exhausted' };

/** Checks a code (one try taken first, so parallel guesses cannot exceed the limit) and opens a session. */
export async function verifyCode(db: Db, rt: BookingRuntime, mobile: string, code: string, actor: Actor, now: Date): Promise<VerifyResult> {
  const mobileHmac = rt.crypto.mobileHmac(mobile);
  return db.transaction().execute(async (trx): Promise<VerifyResult> => {
    const otp = await latestOtp(trx, mobileHmac);
    if (!otp || otp.used_at || Date.parse(otp.expires_at) <= now.getTime()) return { ok: false, reason: 'expired' };
    if (!(await takeTry(trx, otp.id, OTP_MAX_TRIES))) return { ok: false, reason: 'exhausted' };
    if (!sameHash(codeHash(rt.crypto, mobileHmac, otp.created_at, code), otp.code_hash)) {
      return { ok: false, reason: otp.attempts + 1 >= OTP_MAX_TRIES ? 'exhausted' : 'invalid' };
    }
    if (!(await useOtp(trx, otp.id, now))) return { ok: false, reason: 'expired' };
    const token = randomBytes(32).toString('base64url');
    const sessionId = await insertSession(trx, {
      token_hash: hashToken(token),
      mobile_hmac: mobileHmac,
      mobile_enc: rt.crypto.encrypt(mobile),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_MINUTES * 60_000).toISOString(),
    });
    await audit(trx, actor, 'privacy.verify', { type: 'privacy_session', id: sessionId }, now);
    return { ok: true, token, sessionId };
  });
}

export async function sessionByToken(db: Db, token: string | undefined, now: Date): Promise<PrivacySession | undefined> {
  if (!token || !/^[A-Za-z0-9_-]{40,64}$/.test(token)) return undefined;
  return sessionByTokenHash(db, hashToken(token), now);
}

export function personOf(rt: BookingRuntime, s: Pick<PrivacySession, 'mobile_enc' | 'mobile_hmac'>, now: Date): PersonContext {
  return { crypto: rt.crypto, mobile: rt.crypto.decrypt(s.mobile_enc), mobileHmac: s.mobile_hmac, now, config: rt.config };
}

export interface Held {
  sources: { name: string; items: unknown[] }[];
  consents: HeldConsent[];
}

/** Everything every source holds about the person, and the consents they gave. */
export async function heldData(db: Db, person: PersonContext): Promise<Held> {
  const sources: Held['sources'] = [];
  const consents: HeldConsent[] = [];
  for (const src of personalDataSources()) {
    sources.push({ name: src.name, items: await src.export(db, person) });
    consents.push(...(await src.consents(db, person)));
  }
  return { sources, consents };
}

/** The export document, read and audited in one transaction. */
export async function exportData(db: Db, person: PersonContext, session: PrivacySession, actor: Actor, now: Date) {
  return db.transaction().execute(async (trx) => {
    const held = await heldData(trx, person);
    await audit(trx, actor, 'privacy.export', { type: 'privacy_session', id: session.id }, now, {
      items: Object.fromEntries(held.sources.map((s) => [s.name, s.items.length])),
      consents: held.consents.length,
    });
    return {
      exportedAt: now.toISOString(),
      mobile: person.mobile,
      data: Object.fromEntries(held.sources.map((s) => [s.name, s.items])),
      consents: held.consents,
    };
  });
}

/** Withdraws one consent through its source, audited in the same transaction; false: nothing changed. */
export async function withdrawConsent(db: Db, person: PersonContext, session: PrivacySession, actor: Actor, source: string, consentId: string, now: Date): Promise<boolean> {
  const src = personalDataSources().find((s) => s.name === source);
  if (!src || consentId.length > 100) return false;
  return db.transaction().execute(async (trx) => {
    if (!(await src.withdraw(trx, person, consentId))) return false;
    await audit(trx, actor, 'privacy.withdraw', { type: 'privacy_session', id: session.id }, now, { source, consent: consentId });
    return true;
  });
}

/** Records an erasure request (one pending per number: asking again returns the same). */
export async function requestErasure(db: Db, rt: BookingRuntime, session: PrivacySession, actor: Actor, now: Date): Promise<{ id: number; repeated: boolean }> {
  return inWriteTransaction(db, async (trx) => {
    await lockMobile(trx, session.mobile_hmac);
    const pending = await pendingRequestFor(trx, session.mobile_hmac);
    if (pending) return { id: pending.id, repeated: true };
    // Encrypted again rather than copied: the request outlives the session, and only the ciphertext is kept.
    const id = await insertRequest(trx, session.mobile_hmac, rt.crypto.encrypt(rt.crypto.decrypt(session.mobile_enc)), now);
    await audit(trx, actor, 'privacy.erasure_requested', { type: 'privacy_request', id }, now, { session: session.id });
    return { id, repeated: false };
  });
}

export async function pendingErasure(db: Db, mobileHmac: string) {
  return pendingRequestFor(db, mobileHmac);
}

export async function endSession(db: Db, session: PrivacySession): Promise<void> {
  await deleteSession(db, session.id);
}

export class ErasureRefused extends Error {}

/**
 * Completes an erasure in ONE transaction: every source's erase(), this feature's own code and
 * session rows of the number, and the request's identifying columns; audited with the staff
 * actor and a summary (rows per source). No confirmation text is sent: it would leave a new
 * sms_message row with the number's HMAC right after the erasure (docs in the report).
 */
export async function completeErasure(db: Db, rt: BookingRuntime, requestId: number, actor: Actor, now: Date): Promise<Record<string, number>> {
  let touched: string[] = [];
  let erasedBy: string | undefined;
  const summary = await db.transaction().execute(async (trx) => {
    const req = await findRequest(trx, requestId);
    if (!req || req.status !== 'pending' || !req.mobile_enc || !req.mobile_hmac) throw new ErasureRefused('not_pending');
    // A booking of this number being made right now (PostgreSQL) waits, then finds nothing half-erased.
    await lockMobile(trx, req.mobile_hmac);
    const person: PersonContext = { crypto: rt.crypto, mobile: rt.crypto.decrypt(req.mobile_enc), mobileHmac: req.mobile_hmac, now, config: rt.config };
    const summary: Record<string, number> = {};
    for (const src of personalDataSources()) summary[src.name] = await src.erase(trx, person);
    const otps = await trx.deleteFrom('privacy_otp').where('mobile_hmac', '=', person.mobileHmac).executeTakeFirst();
    const sessions = await trx.deleteFrom('privacy_session').where('mobile_hmac', '=', person.mobileHmac).executeTakeFirst();
    summary.privacy = Number(otps.numDeletedRows) + Number(sessions.numDeletedRows);
    const done = await trx
      .updateTable('privacy_request')
      .set({ status: 'completed', mobile_hmac: null, mobile_enc: null, completed_at: now.toISOString(), completed_by: actor.userId, summary_json: JSON.stringify(summary) })
      .where('id', '=', req.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new ErasureRefused('not_pending');
    await audit(trx, actor, 'privacy.erase', { type: 'privacy_request', id: req.id }, now, summary);
    touched = await tablesWrittenIn(trx);
    erasedBy = await transactionMark(trx);
    return summary;
  });
  // Committed: now the old row versions must leave the file too (WAL, dead tuples). A failure here
  // does not undo the erasure; it is reported, and the next erasure or VACUUM finishes the job.
  try {
    await forgetErasedData(db, touched, erasedBy);
  } catch {
    summary.storage_pending = 1;
  }
  return summary;
}
