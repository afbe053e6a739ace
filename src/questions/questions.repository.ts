import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { QuestionPriority, QuestionStatus, QuestionTable } from './questions.tables.js';

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
