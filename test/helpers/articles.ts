import type { Kysely } from 'kysely';
import { createPublishedArticle, type NewPublishedArticle } from '../../src/content/content.service.js';
import type { Database } from '../../src/db/schema.js';

/** Publishes an extra article through the same code the demo data uses. */
export async function publishArticle(db: Kysely<Database>, over: Partial<NewPublishedArticle> & { slug: string }): Promise<number> {
  const category = await db.selectFrom('category').select('id').orderBy('id').executeTakeFirstOrThrow();
  const doctor = await db.selectFrom('doctor').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  return db.transaction().execute((trx) =>
    createPublishedArticle(trx, {
      categoryId: category.id,
      docType: 'kepu',
      source: '测试编辑部',
      authorDoctorId: doctor.id,
      authorName: doctor.name,
      reviewerDoctorId: doctor.id,
      featured: false,
      title: '测试文章',
      summary: '测试摘要',
      bodyMd: '## 一\n\n正文',
      blocks: [],
      publishedAt: now,
      updatedAt: now,
      reviewedAt: now,
      nextReviewDue: '2099-01-01',
      ...over,
    }),
  );
}
