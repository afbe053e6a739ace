import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { QuestionAnswerVersionTable, QuestionPriority, QuestionStatus, QuestionTable } from './questions.tables.js';

// Queries of the question table. Functions take a Kysely or a Transaction: the caller owns the
// transaction (and puts its audit record and jobs in it).

type Db = Kysely<Database>;
export type Question = Selectable<QuestionTable>;

export const PRIORITIES: QuestionPriority[] = ['urgent', 'high', 'normal', 'low'];
export const INBOX_STATUSES: QuestionStatus[] = ['new', 'triaged', 'answered', 'closed'];

export async function insertQuestion(db: Db, row: Insertable<QuestionTable>): Promise<Question> {
  return db.insertInto('question').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findQuestion(db: Db, id: number): Promise<Question | undefined> {
  return db.selectFrom('question').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findQuestionByTokenHash(db: Db, tokenHash: string): Promise<Question | undefined> {
  return db.selectFrom('question').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Most urgent first, then newest. */
const byUrgency = sql<number>`case priority when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

export interface InboxRow {
  id: number;
  status: QuestionStatus;
  priority: QuestionPriority;
  urgent: number;
  age_range: string | null;
  sex: string | null;
  contact_kind: string | null;
  consent_publish: number;
  created_at: string;
  answered_at: string | null;
  category_name: string | null;
  doctor_name: string | null;
}

function inboxQuery(db: Db) {
  return db
    .selectFrom('question as q')
    .leftJoin('category as c', 'c.id', 'q.category_id')
    .leftJoin('doctor as d', 'd.id', 'q.assigned_doctor_id')
    .select(['q.id', 'q.status', 'q.priority', 'q.urgent', 'q.age_range', 'q.sex', 'q.contact_kind', 'q.consent_publish', 'q.created_at', 'q.answered_at', 'c.name as category_name', 'd.name as doctor_name']);
}

export async function listInbox(db: Db, status: QuestionStatus | undefined, limit = 200): Promise<InboxRow[]> {
  let q = inboxQuery(db);
  q = status ? q.where('q.status', '=', status) : q.where('q.status', '!=', 'erased');
  return q.orderBy(byUrgency).orderBy('q.id', 'desc').limit(limit).execute();
}

export async function listForDoctor(db: Db, doctorId: number, limit = 200): Promise<InboxRow[]> {
  return inboxQuery(db)
    .where('q.assigned_doctor_id', '=', doctorId)
    .where('q.status', 'in', ['triaged', 'answered'])
    .orderBy(sql`case q.status when 'triaged' then 0 else 1 end`)
    .orderBy(byUrgency)
    .orderBy('q.id', 'desc')
    .limit(limit)
    .execute();
}

/** The doctor who answered (through the answering account), or the one assigned. */
export async function answeringDoctor(db: Db, q: Pick<Question, 'answered_by' | 'assigned_doctor_id'>) {
  if (q.answered_by !== null) {
    const d = await db
      .selectFrom('staff_user as u')
      .innerJoin('doctor as d', 'd.id', 'u.doctor_id')
      .select(['d.name', 'd.title'])
      .where('u.id', '=', q.answered_by)
      .executeTakeFirst();
    if (d) return d;
  }
  if (q.assigned_doctor_id === null) return undefined;
  return db.selectFrom('doctor').select(['name', 'title']).where('id', '=', q.assigned_doctor_id).executeTakeFirst();
}

/** Contact details of questions answered before `cutoff`: gone, including the mobile's look-up hash. */
export async function eraseOldContacts(db: Db, cutoff: string, now: Date): Promise<number> {
  const rows = await db
    .updateTable('question')
    .set({ contact_enc: null, contact_kind: null, mobile_hmac: null, contact_hmac: null, contact_erased_at: now.toISOString(), updated_at: now.toISOString() })
    // Answered or closed long enough ago (a closed question has no answered_at).
    .where((eb) => eb.or([eb('answered_at', '<', cutoff), eb('closed_at', '<', cutoff)]))
    .where('contact_erased_at', 'is', null)
    .where((eb) => eb.or([eb('contact_enc', 'is not', null), eb('contact_kind', 'is not', null), eb('mobile_hmac', 'is not', null), eb('contact_hmac', 'is not', null)]))
    .returning('id')
    .execute();
  return rows.length;
}

// ---- amended answers (issue 17) ----

/** An answered question assigned to this doctor (the one who may amend its answer). */
export async function findAnsweredBy(db: Db, id: number, doctorId: number): Promise<Question | undefined> {
  return db.selectFrom('question').selectAll().where('id', '=', id).where('assigned_doctor_id', '=', doctorId).where('status', '=', 'answered').executeTakeFirst();
}

export async function insertAnswerVersion(db: Db, row: Insertable<QuestionAnswerVersionTable>): Promise<void> {
  await db.insertInto('question_answer_version').values(row).execute();
}

/** The new answer, only if nobody amended it since `version` was read; the updated row or undefined. */
export async function replaceAnswer(db: Db, id: number, version: number, set: { answer_enc: string; answered_by: number | null; answer_amended_at: string; updated_at: string }): Promise<Question | undefined> {
  return db
    .updateTable('question')
    .set({ ...set, answer_version: version + 1 })
    .where('id', '=', id)
    .where('answer_version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Earlier answers of a question, newest first, with who wrote them (staff only). */
export async function answerVersions(db: Db, questionId: number) {
  return db
    .selectFrom('question_answer_version as v')
    .leftJoin('staff_user as u', 'u.id', 'v.answered_by')
    .select(['v.version', 'v.answer_enc', 'v.answered_at', 'v.replaced_at', 'u.name as author'])
    .where('v.question_id', '=', questionId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** Marks the public version (if any) as made from an answer that changed; true when there is one. */
export async function markPublicationAnswerChanged(db: Db, questionId: number, at: string): Promise<boolean> {
  const r = await db.updateTable('qa_publication').set({ answer_changed_at: at }).where('question_id', '=', questionId).returning('id').executeTakeFirst();
  return r !== undefined;
}

// ---- follow-up questions (issue 17) ----

/** The follow-up asked on an answered question, if any. */
export async function findFollowUp(db: Db, questionId: number): Promise<Question | undefined> {
  return db.selectFrom('question').selectAll().where('follow_up_of', '=', questionId).executeTakeFirst();
}
