// The editor's live compliance fragment: POST /staff/articles/compliance[?article=ID] with the
// editor form's fields returns the ComplianceLive HTML for what is typed now (nothing is saved).
// Registered from staff/articles.routes.tsx, inside the /staff scope and its permission checks.

import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { toHtml } from '../http/render.js';
import { readDraft, validateDraft, type ArticleDraft, type FormBody } from '../staff/article-form.js';
import { reviewContent, type ComplianceReview } from './gate.js';
import { ComplianceLive } from './views.js';

/** The findings of a draft as the editor has it (saved or not), with the article's acceptances. */
export async function liveReview(db: Kysely<Database>, articleId: number | undefined, draft: ArticleDraft): Promise<ComplianceReview> {
  const parsed = validateDraft(draft);
  const content = { title: draft.title, summary: draft.summary, bodyMd: draft.bodyMd, blocks: parsed.ok ? parsed.content.blocks : [] };
  return reviewContent(db, { id: articleId, docType: draft.docType }, content);
}

export function complianceRoutes(app: FastifyInstance, deps: Deps): void {
  app.post<{ Querystring: { article?: string } }>('/articles/compliance', { config: { permission: 'article.write' } }, async (req, reply) => {
    const draft = readDraft((req.body ?? {}) as FormBody);
    const n = Number(req.query.article);
    const articleId = Number.isInteger(n) && n > 0 && n < 2 ** 31 ? n : undefined;
    const review = await liveReview(deps.db, articleId, draft);
    const html = toHtml(<ComplianceLive review={review} bodyMd={draft.bodyMd} />).replace(/^<!doctype html>/, '');
    return reply.header('content-type', 'text/html; charset=utf-8').send(html);
  });
}
