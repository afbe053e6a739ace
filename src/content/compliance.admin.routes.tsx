// The editor's live compliance fragment: POST /staff/articles/compliance[?article=ID] with the
// editor form's fields returns the ComplianceLive HTML for what is typed now (nothing is saved).
// Registered from content/articles.admin.routes.tsx, inside the /staff scope and its permission checks.

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { toHtml } from '../http/render.js';
import { BODY_MAX_CHARS, readDraft, validateDraft, type ArticleDraft, type FormBody } from './article-form.js';
import { asDocType, reviewContent, type ComplianceReview } from './compliance-gate.js';
import { ComplianceLive } from './compliance.admin.views.js';
import { articlesT } from './articles.admin.i18n.js';
import { staffLocale } from '../staff/staff.plugin.js';
import type { Locale } from '../web/i18n.js';

/**
 * Why a draft is too long to check, or undefined. Counted on the decoded text, the same measure as
 * the save validation, whatever the request's byte length: the form limit alone lets through
 * several times 60,000 characters of ASCII.
 */
export function tooLongToCheck(draft: Pick<ArticleDraft, 'title' | 'summary' | 'bodyMd'>): string | undefined {
  if (draft.bodyMd.length > BODY_MAX_CHARS) return `正文有 ${draft.bodyMd.length} 个字符，超过了 ${BODY_MAX_CHARS} 个字符的上限，没有检查。请缩短正文或拆成几篇文章。`;
  if (draft.title.length > 120 || draft.summary.length > 300) return '标题或摘要超过了长度上限（标题 120 字、摘要 300 字），没有检查。';
  return undefined;
}

/** The findings of a draft as the editor has it (saved or not), with the article's acceptances. */
export async function liveReview(db: Kysely<Database>, articleId: number | undefined, draft: ArticleDraft): Promise<ComplianceReview> {
  const docType = asDocType(draft.docType);
  // Too long: not checked at all (the view says so); saving is refused by the form's validation.
  if (tooLongToCheck(draft)) return { docType, findings: [], unresolved: [], blocked: false };
  const parsed = validateDraft(draft);
  const content = { title: draft.title, summary: draft.summary, bodyMd: draft.bodyMd, blocks: parsed.ok ? parsed.content.blocks : [] };
  return reviewContent(db, { id: articleId, docType: draft.docType }, content);
}

/** Why a draft is too long for the live check, in the staff member's language (see tooLongToCheck). */
export function tooLongText(draft: Pick<ArticleDraft, 'title' | 'summary' | 'bodyMd'>, locale: Locale): string | undefined {
  const zh = tooLongToCheck(draft);
  if (!zh || locale === 'zh-CN') return zh;
  const t = articlesT(locale);
  return draft.bodyMd.length > BODY_MAX_CHARS ? t('editor.tooLongBody', { n: draft.bodyMd.length, max: BODY_MAX_CHARS }) : t('editor.tooLongTitle');
}

export function complianceRoutes(app: FastifyInstance, deps: Deps): void {
  app.post<{ Querystring: { article?: string } }>('/articles/compliance', { config: { permission: 'article.write' } }, async (req, reply) => {
    const draft = readDraft((req.body ?? {}) as FormBody);
    const n = Number(req.query.article);
    const articleId = Number.isInteger(n) && n > 0 && n < 2 ** 31 ? n : undefined;
    const locale = staffLocale(req);
    const tooLong = tooLongText(draft, locale);
    const review = await liveReview(deps.db, articleId, draft);
    const html = toHtml(<ComplianceLive locale={locale} review={review} bodyMd={draft.bodyMd} tooLong={tooLong} />).replace(/^<!doctype html>/, '');
    return reply
      .code(tooLong ? 413 : 200)
      .header('content-type', 'text/html; charset=utf-8')
      .send(html);
  });
}
