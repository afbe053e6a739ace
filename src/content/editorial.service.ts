import type { Kysely, Transaction } from 'kysely';
import { complianceRefusal } from './compliance-gate.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../http/errors.js';
import { enqueue } from '../jobs/jobs.js';
import { audit, type Actor } from '../staff/audit.js';
import type { StaffIdentity } from '../staff/auth.service.js';
import { replaceDocs } from '../search/index.js';
import { contentHash, indexArticle, parseBlocks, type RevisionContent } from './content.service.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';
import { unpinHotTopic } from './content.repository.js';
import { addDays, localDateOf } from '../time/zoned-time.js';
import {
  approvalOf,
  articleRevision,
  articleSlugTaken,
  articleWithHead,
  doctorLicence,
  insertApproval,
  insertArticle,
  insertRevision as insertRevisionRow,
  revisionAuthorId,
  revisionById,
  setArticlePublished,
  setArticleStatus,
  setArticleUnpublished,
  setHeadRevision,
  setScheduledAt,
  updateArticleDraft,
} from './editorial.repository.js';

type Trx = Transaction<Database>;
type DocType = 'institution' | 'kepu' | 'ad' | 'case';

export interface ArticleMeta {
  slug: string;
  categoryId: number;
  docType: DocType;
  source: string;
  authorDoctorId: number | null;
}

/**
 * A refusal the editor can act on: shown on the page, status 409 or 422. `text` is the Chinese
 * message; a page in another language translates by `key` (the code unless two refusals share
 * one) with `params` (articles.admin.i18n.ts).
 */
export class WorkflowError extends AppError {
  constructor(
    code: string,
    readonly text: string,
    status: 409 | 422 = 422,
    readonly params: Record<string, string | number> = {},
    readonly key: string = code,
  ) {
    super(status, code, text);
  }
}

export const PUBLISH_JOB = 'publish_article';

async function headOf(db: Kysely<Database>, articleId: number) {
  const row = await articleWithHead(db, articleId);
  if (!row) throw new AppError(404, 'article');
  return row;
}

async function insertRevision(trx: Trx, articleId: number, c: RevisionContent, author: Actor, now: Date): Promise<number> {
  return insertRevisionRow(trx, {
    article_id: articleId,
    title: c.title,
    summary: c.summary,
    body_md: c.bodyMd,
    blocks_json: JSON.stringify(c.blocks),
    author_name: author.name,
    author_user_id: author.userId,
    content_hash: contentHash(c),
    created_at: now.toISOString(),
  });
}

export async function createArticle(trx: Trx, meta: ArticleMeta, content: RevisionContent, actor: Actor, now: Date): Promise<number> {
  if (await articleSlugTaken(trx, meta.slug)) throw new WorkflowError('slug_taken', `网址标识“${meta.slug}”已被其他文章使用，请换一个。`, 422, { slug: meta.slug });
  const iso = now.toISOString();
  const id = await insertArticle(trx, {
    slug: meta.slug,
    category_id: meta.categoryId,
    doc_type: meta.docType,
    status: 'draft',
    published_revision_id: null,
    head_revision_id: null,
    scheduled_at: null,
    author_doctor_id: meta.authorDoctorId,
    source: meta.source,
    featured: 0,
    published_at: null,
    updated_at: iso,
    next_review_due: null,
    created_at: iso,
  });
  const revisionId = await insertRevision(trx, id, content, actor, now);
  await setHeadRevision(trx, id, revisionId);
  await audit(trx, actor, 'article.create', { type: 'article', id }, now, { revision: revisionId, title: content.title });
  return id;
}

/**
 * Saves the editor's content as a new revision when it differs from the newest one. Any change
 * sends the article back to draft: an approval covers exactly the content it was given for.
 */
export async function saveDraft(trx: Trx, articleId: number, meta: ArticleMeta, content: RevisionContent, actor: Actor, now: Date): Promise<{ changed: boolean }> {
  const a = await headOf(trx, articleId);
  if (a.status === 'archived') throw new WorkflowError('archived', '已归档的文章不能编辑。');
  const everPublished = a.published_at !== null;
  if (meta.slug !== a.slug && everPublished) throw new WorkflowError('slug_locked', '文章发布过后，网址标识不能再修改（以免已有链接失效）。');
  if (meta.slug !== a.slug && (await articleSlugTaken(trx, meta.slug, articleId))) throw new WorkflowError('slug_taken', `网址标识“${meta.slug}”已被其他文章使用，请换一个。`, 422, { slug: meta.slug });
  const metaChanged =
    meta.slug !== a.slug || meta.categoryId !== a.category_id || meta.docType !== a.doc_type || meta.source !== a.source || meta.authorDoctorId !== a.author_doctor_id;
  const contentChanged = contentHash(content) !== a.head_hash;
  if (!metaChanged && !contentChanged) return { changed: false };
  const revisionId = contentChanged ? await insertRevision(trx, articleId, content, actor, now) : a.head_revision_id;
  await updateArticleDraft(
    trx,
    articleId,
    { slug: meta.slug, category_id: meta.categoryId, doc_type: meta.docType, source: meta.source, author_doctor_id: meta.authorDoctorId, head_revision_id: revisionId },
    // Content changes need a new review; a pending schedule is for the old content, so it goes.
    contentChanged,
  );
  if (metaChanged && a.published_revision_id) await bumpContentVersion(trx);
  await audit(trx, actor, 'article.save', { type: 'article', id: articleId }, now, { revision: revisionId, contentChanged, metaChanged });
  return { changed: true };
}

export async function submitForReview(trx: Trx, articleId: number, actor: Actor, now: Date): Promise<void> {
  const a = await headOf(trx, articleId);
  if (a.status !== 'draft') throw new WorkflowError('not_draft', '只有草稿可以提交审核。', 409);
  if (a.head_revision_id === a.published_revision_id) throw new WorkflowError('nothing_new', '当前内容与已发布版本相同，无需再次审核。', 409);
  await setArticleStatus(trx, articleId, 'in_review');
  await audit(trx, actor, 'article.submit', { type: 'article', id: articleId }, now, { revision: a.head_revision_id });
}

/** A licensed reviewer signs off exactly the revision they were shown. */
export async function approve(trx: Trx, articleId: number, revisionId: number, reviewer: StaffIdentity, actor: Actor, now: Date): Promise<void> {
  if (!reviewer.roles.includes('reviewer') || !reviewer.doctorId) throw new WorkflowError('not_reviewer', '只有关联了医生资料的医学审核人员可以审核。', 409);
  const doctor = await doctorLicence(trx, reviewer.doctorId);
  if (!doctor?.licence_no.trim()) throw new WorkflowError('no_licence', '你的医生资料缺少执业证号，不能审核。', 409);
  const a = await headOf(trx, articleId);
  if (a.status !== 'in_review') throw new WorkflowError('not_in_review', '这篇文章目前不在待审核状态。', 409);
  if (a.head_revision_id !== revisionId || !a.head_hash) {
    throw new WorkflowError('stale', '你打开页面后内容已被修改，请重新阅读最新版本后再审核。', 409);
  }
  // Separation of duties: whoever wrote or last changed this content cannot also sign it off.
  if ((await revisionAuthorId(trx, revisionId)) === reviewer.userId) {
    throw new WorkflowError('own_revision', '这个版本是你编写或修改的，不能由你本人审核。请由另一位医学审核人员审核。', 409);
  }
  await insertApproval(trx, { revision_id: revisionId, content_hash: a.head_hash, reviewer_doctor_id: doctor.id, reviewer_user_id: reviewer.userId, approved_at: now.toISOString() });
  await setArticleStatus(trx, articleId, 'approved');
  await audit(trx, actor, 'article.approve', { type: 'article', id: articleId }, now, { revision: revisionId, hash: a.head_hash, licence: doctor.licence_no });
}

export interface PublishGate {
  /** Image keys in the body without alt text (media.service). */
  missingAlt(db: Kysely<Database>, markdown: string): Promise<string[]>;
}

/** When a published article's medical review is due again: days after its approval, counted in the clinic's calendar. */
export interface ReviewSchedule {
  intervalDays: number;
  timeZone: string;
}

export const reviewSchedule = (config: { reviewIntervalDays: number; clinicTimeZone: string }): ReviewSchedule => ({ intervalDays: config.reviewIntervalDays, timeZone: config.clinicTimeZone });

/** Publishes the newest revision, which must carry an approval of exactly its content. */
export async function publish(trx: Trx, articleId: number, actor: Actor, now: Date, gate: PublishGate, review: ReviewSchedule): Promise<void> {
  const a = await headOf(trx, articleId);
  if (!a.head_revision_id || !a.head_hash) throw new AppError(404, 'article');
  const approval = await approvalOf(trx, a.head_revision_id, a.head_hash);
  if (!approval) throw new WorkflowError('not_approved', '这个版本还没有通过医学审核，不能发布。', 409);
  const rev = await revisionById(trx, a.head_revision_id);
  if (/!\[\s*\]\(/.test(rev.body_md)) throw new WorkflowError('empty_alt', '正文中有图片没有写替代文字（![这里写图片内容](…) 的方括号内），请补上后再发布。');
  const missing = await gate.missingAlt(trx, rev.body_md);
  if (missing.length) throw new WorkflowError('missing_alt', `文中有 ${missing.length} 张图片缺少替代文字（${missing.join('、')}），请先在图片库中补充。`, 422, { n: missing.length, keys: missing.join(', ') });
  const refusal = await complianceRefusal(trx, articleId, a.doc_type, a.head_revision_id);
  if (refusal) throw new WorkflowError('compliance', refusal, 409);
  // The clinic's date of the approval, not UTC's: an approval in the clinic's early morning fell on the day before.
  const due = addDays(localDateOf(new Date(approval.approved_at), review.timeZone), review.intervalDays);
  await setArticlePublished(trx, articleId, { revisionId: a.head_revision_id, publishedAt: a.published_at ?? now.toISOString(), updatedAt: now.toISOString(), nextReviewDue: due });
  await indexArticle(trx, {
    id: articleId,
    slug: a.slug,
    publishedAt: a.published_at ?? now.toISOString(),
    title: rev.title,
    summary: rev.summary,
    bodyMd: rev.body_md,
    blocks: parseBlocks(rev.blocks_json),
  });
  await bumpContentVersion(trx);
  await audit(trx, actor, 'article.publish', { type: 'article', id: articleId }, now, { revision: a.head_revision_id, approval: approval.id });
}

/** Schedules publication; the job re-checks everything at its time, so later edits cannot slip through. */
export async function schedulePublish(trx: Trx, articleId: number, at: Date, actor: Actor, now: Date): Promise<void> {
  if (at.getTime() <= now.getTime()) throw new WorkflowError('past', '定时发布的时间必须晚于现在。');
  const a = await headOf(trx, articleId);
  if (!a.head_revision_id || !a.head_hash || !(await approvalOf(trx, a.head_revision_id, a.head_hash))) {
    throw new WorkflowError('not_approved', '这个版本还没有通过医学审核，不能安排发布。', 409, {}, 'not_approved_schedule');
  }
  const refusal = await complianceRefusal(trx, articleId, a.doc_type, a.head_revision_id);
  if (refusal) throw new WorkflowError('compliance', refusal, 409);
  await setScheduledAt(trx, articleId, at.toISOString());
  await enqueue(trx, PUBLISH_JOB, { articleId, revisionId: a.head_revision_id }, at, now);
  await audit(trx, actor, 'article.schedule', { type: 'article', id: articleId }, now, { revision: a.head_revision_id, at: at.toISOString() });
}

export async function runScheduledPublish(trx: Trx, payload: { articleId: number; revisionId: number }, now: Date, gate: PublishGate, review: ReviewSchedule): Promise<void> {
  const system: Actor = { userId: null, name: '定时发布', ip: 'job', userAgent: 'job' };
  const a = await headOf(trx, payload.articleId);
  if (!a.scheduled_at || a.head_revision_id !== payload.revisionId) {
    await audit(trx, system, 'article.schedule_skipped', { type: 'article', id: payload.articleId }, now, { reason: 'content changed or schedule cancelled' });
    return;
  }
  await publish(trx, payload.articleId, system, now, gate, review);
}

export async function unpublish(trx: Trx, articleId: number, actor: Actor, now: Date, archive = false): Promise<void> {
  const a = await headOf(trx, articleId);
  await setArticleUnpublished(trx, articleId, archive ? 'archived' : 'draft', now.toISOString());
  await replaceDocs(trx, 'article', articleId, []);
  await unpinHotTopic(trx, articleId);
  await bumpContentVersion(trx);
  await audit(trx, actor, archive ? 'article.archive' : 'article.unpublish', { type: 'article', id: articleId }, now, { wasLive: a.published_revision_id });
}

/** An old revision's content becomes a new draft revision; history is never rewritten. */
export async function restoreRevision(trx: Trx, articleId: number, revisionId: number, actor: Actor, now: Date): Promise<void> {
  const a = await headOf(trx, articleId);
  const rev = await articleRevision(trx, articleId, revisionId);
  if (!rev) throw new AppError(404, 'revision');
  const content = { title: rev.title, summary: rev.summary, bodyMd: rev.body_md, blocks: parseBlocks(rev.blocks_json) };
  await saveDraft(trx, articleId, { slug: a.slug, categoryId: a.category_id, docType: a.doc_type, source: a.source, authorDoctorId: a.author_doctor_id }, content, actor, now);
  await audit(trx, actor, 'article.restore', { type: 'article', id: articleId }, now, { from: revisionId });
}
