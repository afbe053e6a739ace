import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../db/schema.js';

// The back office's side of articles: revisions, approvals, the workflow's status changes and the
// compliance gate's acceptances and overrides. Every function runs in the db or transaction given.

type Db = Kysely<Database>;
export type ArticleStatus = Database['article']['status'];

/** An article with its newest revision's hash and title; undefined when there is no such article. */
export function articleWithHead(db: Db, articleId: number) {
  return db
    .selectFrom('article as a')
    .leftJoin('article_revision as r', 'r.id', 'a.head_revision_id')
    .selectAll('a')
    .select(['r.content_hash as head_hash', 'r.title as head_title'])
    .where('a.id', '=', articleId)
    .executeTakeFirst();
}

/** The newest approval of a revision with exactly this content hash. */
export function approvalOf(db: Db, revisionId: number, hash: string) {
  return db
    .selectFrom('review_approval')
    .selectAll()
    .where('revision_id', '=', revisionId)
    .where('content_hash', '=', hash)
    .orderBy('approved_at', 'desc')
    .executeTakeFirst();
}

export async function insertRevision(db: Db, values: Insertable<Database['article_revision']>): Promise<number> {
  const { id } = await db.insertInto('article_revision').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function articleSlugTaken(db: Db, slug: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('article').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return !!(await q.executeTakeFirst());
}

export async function insertArticle(db: Db, values: Insertable<Database['article']>): Promise<number> {
  const { id } = await db.insertInto('article').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function setHeadRevision(db: Db, articleId: number, revisionId: number): Promise<void> {
  await db.updateTable('article').set({ head_revision_id: revisionId }).where('id', '=', articleId).execute();
}

/** The one revision that is both published and the newest (an article made published at once). */
export async function setPublishedAndHeadRevision(db: Db, articleId: number, revisionId: number): Promise<void> {
  await db.updateTable('article').set({ published_revision_id: revisionId, head_revision_id: revisionId }).where('id', '=', articleId).execute();
}

/** An article's metadata and newest revision; `backToDraft` also sets it to draft and drops its schedule. */
export async function updateArticleDraft(
  db: Db,
  articleId: number,
  fields: Pick<Updateable<Database['article']>, 'slug' | 'category_id' | 'doc_type' | 'source' | 'author_doctor_id' | 'head_revision_id'>,
  backToDraft: boolean,
): Promise<void> {
  await db
    .updateTable('article')
    .set({ ...fields, ...(backToDraft ? { status: 'draft' as const, scheduled_at: null } : {}) })
    .where('id', '=', articleId)
    .execute();
}

export async function setArticleStatus(db: Db, articleId: number, status: ArticleStatus): Promise<void> {
  await db.updateTable('article').set({ status }).where('id', '=', articleId).execute();
}

export function doctorLicence(db: Db, doctorId: number) {
  return db.selectFrom('doctor').select(['id', 'licence_no']).where('id', '=', doctorId).executeTakeFirst();
}

export async function revisionAuthorId(db: Db, revisionId: number): Promise<number | null | undefined> {
  return (await db.selectFrom('article_revision').select('author_user_id').where('id', '=', revisionId).executeTakeFirst())?.author_user_id;
}

export async function insertApproval(db: Db, values: Insertable<Database['review_approval']>): Promise<void> {
  await db.insertInto('review_approval').values(values).execute();
}

export function revisionById(db: Db, revisionId: number) {
  return db.selectFrom('article_revision').selectAll().where('id', '=', revisionId).executeTakeFirstOrThrow();
}

/** A revision of this article; undefined when the id is another article's or none. */
export function articleRevision(db: Db, articleId: number, revisionId: number) {
  return db.selectFrom('article_revision').selectAll().where('id', '=', revisionId).where('article_id', '=', articleId).executeTakeFirst();
}

export async function setArticlePublished(
  db: Db,
  articleId: number,
  p: { revisionId: number; publishedAt: string; updatedAt: string; nextReviewDue: string },
): Promise<void> {
  await db
    .updateTable('article')
    .set({
      status: 'published',
      published_revision_id: p.revisionId,
      published_at: p.publishedAt,
      updated_at: p.updatedAt,
      next_review_due: p.nextReviewDue,
      scheduled_at: null,
    })
    .where('id', '=', articleId)
    .execute();
}

export async function setScheduledAt(db: Db, articleId: number, at: string): Promise<void> {
  await db.updateTable('article').set({ scheduled_at: at }).where('id', '=', articleId).execute();
}

/** Takes an article off the site: no published revision, no schedule. */
export async function setArticleUnpublished(db: Db, articleId: number, status: 'draft' | 'archived', updatedAt: string): Promise<void> {
  await db
    .updateTable('article')
    .set({ status, published_revision_id: null, scheduled_at: null, updated_at: updatedAt })
    .where('id', '=', articleId)
    .execute();
}

/** The newest revision of an article with what the compliance check reads. */
export function headRevisionForReview(db: Db, articleId: number) {
  return db
    .selectFrom('article as a')
    .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
    .select(['a.doc_type', 'r.id as revision_id', 'r.title', 'r.summary', 'r.body_md', 'r.blocks_json', 'r.content_hash'])
    .where('a.id', '=', articleId)
    .executeTakeFirst();
}

/** A revision's content and hash, for the publish gate. */
export function revisionContentForGate(db: Db, revisionId: number) {
  return db.selectFrom('article_revision').select(['title', 'summary', 'body_md', 'blocks_json', 'content_hash']).where('id', '=', revisionId).executeTakeFirstOrThrow();
}

/** Every acceptance of an article's findings. */
export function acceptancesOf(db: Db, articleId: number) {
  return db
    .selectFrom('compliance_acceptance')
    .select(['finding_key', 'reason', 'user_name', 'accepted_at', 'by_admin'])
    .where('article_id', '=', articleId)
    .execute();
}

type AcceptanceDecision = Pick<Insertable<Database['compliance_acceptance']>, 'reason' | 'user_id' | 'user_name' | 'by_admin' | 'accepted_at'>;

export async function updateAcceptance(db: Db, articleId: number, findingKey: string, decision: AcceptanceDecision): Promise<void> {
  await db.updateTable('compliance_acceptance').set(decision).where('article_id', '=', articleId).where('finding_key', '=', findingKey).execute();
}

export async function insertAcceptance(db: Db, values: Insertable<Database['compliance_acceptance']>): Promise<void> {
  await db.insertInto('compliance_acceptance').values(values).execute();
}

/** The newest admin override of an article's exact content, if any. */
export function overrideOf(db: Db, articleId: number, contentHash: string) {
  return db
    .selectFrom('compliance_override')
    .select(['reason', 'user_name', 'created_at'])
    .where('article_id', '=', articleId)
    .where('content_hash', '=', contentHash)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function insertOverride(db: Db, values: Insertable<Database['compliance_override']>): Promise<void> {
  await db.insertInto('compliance_override').values(values).execute();
}

/** Categories as editor choices, by position. */
export function categoryChoices(db: Db) {
  return db.selectFrom('category').select(['id', 'name']).orderBy('position').execute();
}

/** Active doctors as editor choices (the author), by position. */
export function activeDoctorChoices(db: Db) {
  return db.selectFrom('doctor').select(['id', 'name']).where('active', '=', 1).orderBy('position').execute();
}

export function articleById(db: Db, articleId: number) {
  return db.selectFrom('article').selectAll().where('id', '=', articleId).executeTakeFirst();
}

/** The newest approval of a revision's exact content, with the reviewer's name and licence. */
export function approvalWithReviewer(db: Db, revisionId: number, contentHash: string) {
  return db
    .selectFrom('review_approval as ap')
    .innerJoin('doctor as d', 'd.id', 'ap.reviewer_doctor_id')
    .select(['ap.approved_at', 'd.name', 'd.licence_no'])
    .where('ap.revision_id', '=', revisionId)
    .where('ap.content_hash', '=', contentHash)
    .orderBy('ap.approved_at', 'desc')
    .executeTakeFirst();
}

/** The back office's article list: the 200 most recently changed, optionally of one status. */
export function staffArticleList(db: Db, status: ArticleStatus | undefined) {
  let q = db
    .selectFrom('article as a')
    .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
    .innerJoin('category as c', 'c.id', 'a.category_id')
    .select(['a.id', 'a.slug', 'a.status', 'a.published_revision_id', 'a.updated_at', 'a.next_review_due', 'a.scheduled_at', 'r.title', 'r.created_at', 'c.name as category'])
    .orderBy('r.created_at', 'desc')
    .limit(200);
  if (status) q = q.where('a.status', '=', status);
  return q.execute();
}

/** An article's revisions, newest first, each with its approval if it has one. */
export function revisionHistory(db: Db, articleId: number) {
  return db
    .selectFrom('article_revision as r')
    .leftJoin('review_approval as ap', (j) => j.onRef('ap.revision_id', '=', 'r.id').onRef('ap.content_hash', '=', 'r.content_hash'))
    .select(['r.id', 'r.title', 'r.author_name', 'r.created_at', 'ap.approved_at'])
    .where('r.article_id', '=', articleId)
    .orderBy('r.id', 'desc')
    .execute();
}
