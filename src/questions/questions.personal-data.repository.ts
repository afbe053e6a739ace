import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

// The queries behind questions.personal-data.ts: a person's questions found by the mobile number's HMAC.

export function publicationsOfQuestions(trx: Db, ids: number[]) {
  return trx.selectFrom('qa_publication').select(['id', 'question_id']).where('question_id', 'in', ids).execute();
}

/** Deletes questions (their public versions go by the foreign key's cascade); returns how many. */
export async function deleteQuestionRows(trx: Db, ids: number[]): Promise<number> {
  const deleted = await trx.deleteFrom('question').where('id', 'in', ids).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

export function questionsOfNumber(db: Db, hmac: string) {
  return db.selectFrom('question').selectAll().where('mobile_hmac', '=', hmac).orderBy('id').execute();
}

export function questionConsentsOfNumber(db: Db, hmac: string) {
  return db.selectFrom('question').select(['id', 'consent_json']).where('mobile_hmac', '=', hmac).orderBy('id').execute();
}

export function questionConsentOfNumber(trx: Db, id: number, hmac: string) {
  return trx.selectFrom('question').select(['id', 'consent_json']).where('id', '=', id).where('mobile_hmac', '=', hmac).executeTakeFirst();
}

export async function withdrawPublishConsent(trx: Db, id: number, consentJson: string, now: Date): Promise<void> {
  await trx.updateTable('question').set({ consent_publish: 0, consent_json: consentJson, updated_at: now.toISOString() }).where('id', '=', id).execute();
}

/** Withdraws a question's public version unless it is withdrawn already; returns the ones changed. */
export function withdrawPublication(trx: Db, questionId: number, now: Date) {
  return trx
    .updateTable('qa_publication')
    .set({ status: 'withdrawn', updated_at: now.toISOString() })
    .where('question_id', '=', questionId)
    .where('status', '!=', 'withdrawn')
    .returning('id')
    .execute();
}

export function questionIdsOfNumber(trx: Db, hmac: string) {
  return trx.selectFrom('question').select('id').where('mobile_hmac', '=', hmac).execute();
}
