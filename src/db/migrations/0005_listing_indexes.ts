import type { Kysely } from 'kysely';

// Public listings filter on `status != 'archived'`, which no index can seek, so the newest-first
// lists (related articles on every article page, category pages, the home page) scanned and
// sorted every article: 16-56 ms per query at 10,000 articles. With these they walk an index
// backwards and stop after LIMIT rows (0.03 ms).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('article_category_recent_idx').on('article').columns(['category_id', 'published_at', 'id']).execute();
  await db.schema.createIndex('article_recent_idx').on('article').columns(['published_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('article_recent_idx').execute();
  await db.schema.dropIndex('article_category_recent_idx').execute();
}
