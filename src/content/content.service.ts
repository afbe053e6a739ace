import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { replaceDocs, type SearchDocInput, type SearchSource } from '../search/index.js';
import { blocks as blocksSchema, type Block } from './blocks.js';
import { plainText } from '../web/markdown.js';
import { publishedForIndex } from './content.repository.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';
import { insertApproval, insertArticle, insertRevision, setPublishedAndHeadRevision } from './editorial.repository.js';

export interface RevisionContent {
  title: string;
  summary: string;
  bodyMd: string;
  blocks: Block[];
}

/** The hash an approval signs: any change to what a reader sees changes it. */
export function contentHash(c: RevisionContent): string {
  const canonical = JSON.stringify([c.title, c.summary, c.bodyMd, c.blocks]);
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}

export function parseBlocks(json: string): Block[] {
  return blocksSchema.parse(JSON.parse(json));
}

export function blocksText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'keyFacts':
          return [b.title, b.columns.join(' '), ...b.rows.map((r) => r.join(' '))].join('\n');
        case 'tips':
          return [b.title, ...b.items].join('\n');
        case 'contraindications':
          return [b.title, b.intro ?? '', ...b.items].join('\n');
        case 'faq':
          return b.title;
      }
    })
    .join('\n');
}

export interface NewPublishedArticle extends RevisionContent {
  slug: string;
  categoryId: number;
  docType: 'institution' | 'kepu' | 'ad' | 'case';
  source: string;
  authorDoctorId: number | null;
  authorName: string;
  reviewerDoctorId: number;
  featured: boolean;
  publishedAt: string;
  updatedAt: string;
  reviewedAt: string;
  nextReviewDue: string;
}

/**
 * Creates an article with one revision, an approval of exactly that revision's hash, and
 * publishes it — the only way the demo data and bulk imports make public content.
 */
export async function createPublishedArticle(trx: Transaction<Database>, a: NewPublishedArticle): Promise<number> {
  blocksSchema.parse(a.blocks);
  const articleId = await insertArticle(trx, {
    slug: a.slug,
    category_id: a.categoryId,
    doc_type: a.docType,
    status: 'published',
    author_doctor_id: a.authorDoctorId,
    source: a.source,
    featured: a.featured ? 1 : 0,
    published_at: a.publishedAt,
    updated_at: a.updatedAt,
    next_review_due: a.nextReviewDue,
    created_at: a.publishedAt,
  });
  const hash = contentHash(a);
  const revisionId = await insertRevision(trx, {
    article_id: articleId,
    title: a.title,
    summary: a.summary,
    body_md: a.bodyMd,
    blocks_json: JSON.stringify(a.blocks),
    author_name: a.authorName,
    content_hash: hash,
    created_at: a.updatedAt,
  });
  await insertApproval(trx, { revision_id: revisionId, content_hash: hash, reviewer_doctor_id: a.reviewerDoctorId, approved_at: a.reviewedAt });
  await setPublishedAndHeadRevision(trx, articleId, revisionId);
  await indexArticle(trx, { ...a, id: articleId });
  await bumpContentVersion(trx);
  return articleId;
}

/** Derives the article's search rows (the article and each FAQ pair) from its published content. */
export async function indexArticle(
  db: Kysely<Database>,
  a: RevisionContent & { id: number; slug: string; publishedAt: string },
): Promise<void> {
  const url = `/articles/${a.slug}`;
  const body = `${a.summary}\n${plainText(a.bodyMd)}\n${blocksText(a.blocks)}`;
  // Headings weigh more than running text (the Markdown headings and the blocks' titles).
  const headings = [...a.bodyMd.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => m[1]!).concat(a.blocks.map((b) => b.title)).join('\n');
  const docs: SearchDocInput[] = [
    { kind: 'article', ref_id: a.id, url, title: a.title, headings, body, published_at: a.publishedAt },
  ];
  for (const b of a.blocks) {
    if (b.type !== 'faq') continue;
    b.items.forEach((item, i) => {
      docs.push({
        kind: 'faq',
        ref_id: a.id,
        url: `${url}#${faqAnchor(b.id, i)}`,
        title: item.question,
        body: item.answer,
        published_at: a.publishedAt,
      });
    });
  }
  await replaceDocs(db, 'article', a.id, docs);
}

export function faqAnchor(blockId: string, index: number): string {
  return `faq-${blockId}-${index + 1}`;
}

/** Every published article into the search index (a rebuild): the same rule as the public pages, published(). */
export const articleSearchSource: SearchSource = {
  name: 'articles',
  async indexAll(trx) {
    const published = await publishedForIndex(trx);
    for (const a of published) {
      await indexArticle(trx, {
        id: a.id,
        slug: a.slug,
        publishedAt: a.published_at ?? a.updated_at,
        title: a.title,
        summary: a.summary,
        bodyMd: a.body_md,
        blocks: parseBlocks(a.blocks_json),
      });
    }
    return published.length;
  },
};
