import type { Insertable, Kysely, Updateable } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { QaPublicationTable, QaStatus } from './questions.tables.js';

type Db = Kysely<Database>;

/** The public address of a question's published version: stable, url-safe, says nothing about the patient. */
export const qaSlug = (questionId: number) => `q-${questionId}`;
export const QA_SLUG = /^q-([1-9]\d{0,9})$/;

/** Statuses of a question whose answer exists (closed questions were answered, then closed). */
/** Only answered questions can become public Q&A; a closed one has no answer (0009). */
export const ANSWERED = ['answered'] as const;

/**
 * Publications the public may see: published, and — read again on every page — the patient's
 * publication consent still given and the question not erased. Withdrawing consent takes the
 * page down even before anyone withdraws the publication.
 */
function visible(db: Db) {
  return db
    .selectFrom('qa_publication as p')
    .innerJoin('question as q', 'q.id', 'p.question_id')
    .leftJoin('doctor as d', 'd.id', 'p.doctor_id')
    .leftJoin('category as c', 'c.id', 'p.category_id')
    .where('p.status', '=', 'published')
    .where('q.consent_publish', '=', 1)
    .where('q.status', 'in', [...ANSWERED]);
}

export interface QaCard {
  slug: string;
  title: string;
  question_public: string;
  published_at: string;
  category_slug: string | null;
  category_name: string | null;
}

const cardColumns = ['p.slug', 'p.title', 'p.question_public', 'p.published_at', 'c.slug as category_slug', 'c.name as category_name'] as const;

export async function listPublishedQa(db: Db, opts: { categoryId?: number; limit: number; offset?: number }): Promise<QaCard[]> {
  let q = visible(db).select([...cardColumns]);
  if (opts.categoryId !== undefined) q = q.where('p.category_id', '=', opts.categoryId);
  return (await q
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(opts.limit)
    .offset(opts.offset ?? 0)
    .execute()) as QaCard[];
}

export async function countPublishedQa(db: Db, categoryId?: number): Promise<number> {
  let q = visible(db).select((eb) => eb.fn.countAll<string | number>().as('n'));
  if (categoryId !== undefined) q = q.where('p.category_id', '=', categoryId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function findPublishedQa(db: Db, slug: string) {
  return visible(db)
    .where('p.slug', '=', slug)
    .select([
      ...cardColumns,
      'p.id',
      'p.question_id',
      'p.category_id',
      'p.answer_public',
      'p.updated_at',
      'q.answered_at',
      'd.slug as doctor_slug',
      'd.name as doctor_name',
      'd.title as doctor_title',
      'd.active as doctor_active',
    ])
    .executeTakeFirst();
}

export async function sitemapQa(db: Db) {
  return visible(db).select(['p.slug', 'p.updated_at']).orderBy('p.updated_at', 'desc').execute();
}

/** Everything the search index needs of the visible publications (clinicpress reindex). */
export async function indexableQa(db: Db) {
  return visible(db).select(['p.question_id', 'p.slug', 'p.title', 'p.question_public', 'p.answer_public', 'p.published_at']).execute();
}

// ---------------------------------------------------------------------------------------------
// Back office

export interface QaQueueRow {
  id: number;
  created_at: string;
  answered_at: string | null;
  consent_publish: number;
  category_name: string | null;
  pub_status: QaStatus | null;
  pub_title: string | null;
  pub_slug: string | null;
}

/**
 * What the editor can work on: answered questions with publication consent, and any question
 * that already has a public version (so a live one can always be withdrawn).
 */
export async function listQaQueue(db: Db): Promise<QaQueueRow[]> {
  return (await db
    .selectFrom('question as q')
    .leftJoin('qa_publication as p', 'p.question_id', 'q.id')
    .leftJoin('category as c', 'c.id', 'q.category_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('q.consent_publish', '=', 1), eb('q.status', 'in', [...ANSWERED])]),
        eb('p.status', '=', 'published'),
      ]),
    )
    .select(['q.id', 'q.created_at', 'q.answered_at', 'q.consent_publish', 'c.name as category_name', 'p.status as pub_status', 'p.title as pub_title', 'p.slug as pub_slug'])
    .orderBy('q.answered_at', 'desc')
    .orderBy('q.id', 'desc')
    .limit(200)
    .execute()) as QaQueueRow[];
}

export async function findQuestion(db: Db, id: number) {
  return db
    .selectFrom('question as q')
    .leftJoin('staff_user as u', 'u.id', 'q.answered_by')
    .select(['q.id', 'q.status', 'q.body_enc', 'q.answer_enc', 'q.consent_publish', 'q.category_id', 'q.assigned_doctor_id', 'q.answered_at', 'q.created_at', 'u.doctor_id as answerer_doctor_id'])
    .where('q.id', '=', id)
    .executeTakeFirst();
}

export async function findPublication(db: Db, questionId: number) {
  return db.selectFrom('qa_publication').selectAll().where('question_id', '=', questionId).executeTakeFirst();
}

/** Names of every doctor: they are public, so they are no personal detail to remove. */
export async function doctorNames(db: Db): Promise<string[]> {
  return (await db.selectFrom('doctor').select('name').execute()).map((d) => d.name);
}

/** New texts of a public version (after a redaction). */
export async function updatePublicationTexts(db: Db, id: number, set: Partial<Record<'title' | 'question_public' | 'answer_public', string>>, by: number | null, at: string): Promise<void> {
  await db.updateTable('qa_publication').set({ ...set, prepared_by: by, updated_at: at }).where('id', '=', id).execute();
}

/** A question with what publishing it depends on; on PostgreSQL locked (FOR UPDATE OF q) in the caller's transaction. */
export function lockedQuestionForQa(trx: Db, questionId: number) {
  let q = trx
    .selectFrom('question as q')
    .leftJoin('staff_user as u', 'u.id', 'q.answered_by')
    .select(['q.id', 'q.status', 'q.consent_publish', 'q.category_id', 'q.assigned_doctor_id', 'u.doctor_id as answerer_doctor_id'])
    .where('q.id', '=', questionId);
  if (dialectOf(trx) === 'postgres') q = q.forUpdate('q');
  return q.executeTakeFirst();
}

export async function insertPublicationDraft(trx: Db, values: Insertable<QaPublicationTable>): Promise<void> {
  await trx.insertInto('qa_publication').values(values).execute();
}

export async function updatePublication(trx: Db, id: number, values: Updateable<QaPublicationTable>): Promise<void> {
  await trx.updateTable('qa_publication').set(values).where('id', '=', id).execute();
}

export async function setPublicationStatus(trx: Db, id: number, status: QaStatus): Promise<void> {
  await trx.updateTable('qa_publication').set({ status }).where('id', '=', id).execute();
}

/** Takes a question's publication off line if it is published; undefined when it was not. */
export function withdrawPublished(trx: Db, questionId: number, now: Date): Promise<{ id: number } | undefined> {
  return trx
    .updateTable('qa_publication')
    .set({ status: 'withdrawn', updated_at: now.toISOString() })
    .where('question_id', '=', questionId)
    .where('status', '=', 'published')
    .returning('id')
    .executeTakeFirst();
}
