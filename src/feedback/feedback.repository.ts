import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { CommentStatus, Feedback, FeedbackCode, FeedbackCodeTable, FeedbackTable } from './feedback.tables.js';

type Db = Kysely<Database>;

// Queries of the feedback feature. Every function takes the handle it should use, so the caller
// owns the transaction (docs/ARCHITECTURE.md).

export async function feedbackOfBooking(db: Db, bookingId: number): Promise<Feedback | undefined> {
  return db.selectFrom('feedback').selectAll().where('booking_id', '=', bookingId).executeTakeFirst();
}

export async function findFeedback(db: Db, id: number): Promise<Feedback | undefined> {
  return db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCodeByHash(db: Db, hash: string): Promise<FeedbackCode | undefined> {
  return db.selectFrom('feedback_code').selectAll().where('code_hash', '=', hash).executeTakeFirst();
}

/** Feedback rows with comments in a moderation state, with the doctor's name, newest first. */
export async function commentsByStatus(db: Db, status: CommentStatus, limit = 50) {
  return db
    .selectFrom('feedback')
    .innerJoin('doctor', 'doctor.id', 'feedback.doctor_id')
    .selectAll('feedback')
    .select('doctor.name as doctor_name')
    .where('feedback.comment_status', '=', status)
    .where('feedback.comment', 'is not', null)
    .orderBy('feedback.id', 'desc')
    .limit(limit)
    .execute();
}

export interface RatingTotals {
  count: number;
  explain: number;
  attitude: number;
  wait: number;
}

/** Sums, not averages: integer sums behave the same on both engines (AVG is numeric text on PostgreSQL). */
export async function ratingTotals(db: Db, doctorId: number): Promise<RatingTotals> {
  const row = await db
    .selectFrom('feedback')
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.sum<number>('rating_explain').as('explain'),
      eb.fn.sum<number>('rating_attitude').as('attitude'),
      eb.fn.sum<number>('rating_wait').as('wait'),
    ])
    .where('doctor_id', '=', doctorId)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), explain: Number(row.explain ?? 0), attitude: Number(row.attitude ?? 0), wait: Number(row.wait ?? 0) };
}

/** Approved, consented comments of a doctor, newest first: the only comments a public page may show. */
export async function publicComments(db: Db, doctorId: number, limit: number) {
  return db
    .selectFrom('feedback')
    .select(['id', 'comment', 'created_at'])
    .where('doctor_id', '=', doctorId)
    .where('comment_status', '=', 'approved')
    .where('consent_publish', '=', 1)
    .where('comment', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function showCommentsSetting(db: Db): Promise<boolean> {
  const row = await db.selectFrom('site_profile').select('show_feedback_comments').where('id', '=', 1).executeTakeFirst();
  return row?.show_feedback_comments === 1;
}

export async function feedbackOfMobile(db: Db, mobileHmac: string) {
  return db
    .selectFrom('feedback')
    .innerJoin('doctor', 'doctor.id', 'feedback.doctor_id')
    .selectAll('feedback')
    .select('doctor.name as doctor_name')
    .where('feedback.mobile_hmac', '=', mobileHmac)
    .orderBy('feedback.id')
    .execute();
}

/** A comment after a moderator's redaction, with its findings made again on the new text. */
export async function setRedactedComment(db: Db, id: number, comment: string, findingsJson: string, at: string): Promise<void> {
  await db.updateTable('feedback').set({ comment, findings_json: findingsJson, redacted_at: at }).where('id', '=', id).execute();
}

export function bookingByRef(db: Db, refCode: string) {
  return db.selectFrom('booking').selectAll().where('ref_code', '=', refCode).executeTakeFirst();
}

export function insertFeedback(trx: Db, values: Insertable<FeedbackTable>): Promise<Feedback> {
  return trx.insertInto('feedback').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function insertCode(trx: Db, values: Insertable<FeedbackCodeTable>): Promise<number> {
  const { id } = await trx.insertInto('feedback_code').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Uses a code up unless it is used already (conditional UPDATE): true for the one claim that wins. */
export async function claimCode(trx: Db, id: number, now: Date): Promise<boolean> {
  const claimed = await trx.updateTable('feedback_code').set({ used_at: now.toISOString() }).where('id', '=', id).where('used_at', 'is', null).returning('id').executeTakeFirst();
  return claimed !== undefined;
}

export async function setCommentStatus(trx: Db, id: number, status: CommentStatus, by: number | null, now: Date): Promise<void> {
  await trx.updateTable('feedback').set({ comment_status: status, moderated_by: by, moderated_at: now.toISOString() }).where('id', '=', id).execute();
}

/** Turns the doctor-page comments setting on or off; false when it already was so. */
export async function switchShowComments(trx: Db, on: boolean, now: Date): Promise<boolean> {
  const changed = await trx
    .updateTable('site_profile')
    .set({ show_feedback_comments: on ? 1 : 0, updated_at: now.toISOString() })
    .where('id', '=', 1)
    .where('show_feedback_comments', '=', on ? 0 : 1)
    .returning('id')
    .executeTakeFirst();
  return changed !== undefined;
}

export function feedbackOfNumber(db: Db, id: number, mobileHmac: string): Promise<Feedback | undefined> {
  return db.selectFrom('feedback').selectAll().where('id', '=', id).where('mobile_hmac', '=', mobileHmac).executeTakeFirst();
}

export async function withdrawCommentConsent(db: Db, id: number, consentJson: string, status: CommentStatus): Promise<void> {
  await db.updateTable('feedback').set({ consent_publish: 0, consent_json: consentJson, comment_status: status }).where('id', '=', id).execute();
}

export function feedbackStatesOfNumber(db: Db, mobileHmac: string) {
  return db.selectFrom('feedback').select(['id', 'comment_status']).where('mobile_hmac', '=', mobileHmac).execute();
}

/** Strips comments, consents and the number's hash from ratings; the ratings themselves stay. */
export async function stripFeedback(db: Db, ids: number[]): Promise<void> {
  await db
    .updateTable('feedback')
    .set({ comment: null, findings_json: '[]', consent_publish: 0, consent_json: '[]', comment_status: 'none', mobile_hmac: null, redacted_at: null })
    .where('id', 'in', ids)
    .execute();
}
