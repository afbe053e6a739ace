import { sql, type Kysely } from 'kysely';
import { createTableWithId, dialectOf, notNull as nn } from '../dialect.js';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = dialectOf(db) === 'postgres';

  await db.schema
    .createTable('site_profile')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', nn)
    .addColumn('short_name', 'text', nn)
    .addColumn('tagline', 'text', nn)
    .addColumn('address', 'text', nn)
    .addColumn('postal_code', 'text', nn)
    .addColumn('city', 'text', nn)
    .addColumn('phone', 'text', nn)
    .addColumn('email', 'text', nn)
    .addColumn('hours_json', 'text', nn)
    .addColumn('licence_no', 'text', nn)
    .addColumn('ad_review_no', 'text', nn)
    .addColumn('intro_md', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .execute();

  await createTableWithId(db, 'category')
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', nn)
    .addColumn('name_en', 'text', nn)
    .addColumn('description', 'text', nn)
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await createTableWithId(db, 'doctor')
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', nn)
    .addColumn('title', 'text', nn)
    .addColumn('specialties_json', 'text', nn)
    .addColumn('bio_md', 'text', nn)
    .addColumn('licence_no', 'text', nn)
    .addColumn('photo_path', 'text', nn)
    .addColumn('photo_alt', 'text', nn)
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('doctor_category')
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('doctor_category_pk', ['doctor_id', 'category_id'])
    .execute();

  await createTableWithId(db, 'article')
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id'))
    .addColumn('doc_type', 'text', nn)
    .addColumn('status', 'text', nn)
    .addColumn('published_revision_id', 'integer')
    .addColumn('author_doctor_id', 'integer', (c) => c.references('doctor.id'))
    .addColumn('source', 'text', nn)
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('updated_at', 'text', nn)
    .addColumn('next_review_due', 'text')
    .addColumn('created_at', 'text', nn)
    .addCheckConstraint('article_doc_type_ck', sql`doc_type in ('institution', 'kepu', 'ad', 'case')`)
    .addCheckConstraint(
      'article_status_ck',
      sql`status in ('draft', 'in_review', 'approved', 'published', 'archived')`,
    )
    .execute();
  await db.schema
    .createIndex('article_listing_idx')
    .on('article')
    .columns(['status', 'category_id', 'published_at'])
    .execute();
  await db.schema.createIndex('article_published_idx').on('article').columns(['status', 'published_at']).execute();

  await createTableWithId(db, 'article_revision')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('title', 'text', nn)
    .addColumn('summary', 'text', nn)
    .addColumn('body_md', 'text', nn)
    .addColumn('blocks_json', 'text', nn)
    .addColumn('author_name', 'text', nn)
    .addColumn('content_hash', 'text', nn)
    .addColumn('created_at', 'text', nn)
    .execute();
  await db.schema.createIndex('article_revision_article_idx').on('article_revision').column('article_id').execute();

  await createTableWithId(db, 'review_approval')
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('article_revision.id').onDelete('cascade'))
    .addColumn('content_hash', 'text', nn)
    .addColumn('reviewer_doctor_id', 'integer', (c) => c.notNull().references('doctor.id'))
    .addColumn('approved_at', 'text', nn)
    .execute();
  await db.schema.createIndex('review_approval_revision_idx').on('review_approval').column('revision_id').execute();
  await db.schema
    .createIndex('review_approval_reviewer_idx')
    .on('review_approval')
    .column('reviewer_doctor_id')
    .execute();

  await db.schema
    .createTable('hot_topic_pin')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('article.id').onDelete('cascade'))
    .addColumn('position', 'integer', nn)
    .addColumn('pinned_at', 'text', nn)
    .execute();

  await db.schema
    .createTable('article_view_daily')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('day', 'text', nn)
    .addColumn('views', 'integer', nn)
    .addPrimaryKeyConstraint('article_view_daily_pk', ['article_id', 'day'])
    .execute();
  await db.schema.createIndex('article_view_daily_day_idx').on('article_view_daily').column('day').execute();

  await createTableWithId(db, 'search_doc')
    .addColumn('kind', 'text', nn)
    .addColumn('ref_id', 'integer', nn)
    .addColumn('url', 'text', nn)
    .addColumn('title', 'text', nn)
    .addColumn('body', 'text', nn)
    .addColumn('published_at', 'text', nn)
    .execute();
  await db.schema.createIndex('search_doc_ref_idx').on('search_doc').columns(['kind', 'ref_id']).execute();

  // The derived search index: one row per word and document with an integer weight, so both
  // engines rank with the same arithmetic (docs/decisions/0003-search-index.md).
  await db.schema
    .createTable('search_term')
    .addColumn('term', 'text', nn)
    .addColumn('doc_id', 'integer', (c) => c.notNull().references('search_doc.id').onDelete('cascade'))
    .addColumn('weight', 'integer', nn)
    .addPrimaryKeyConstraint('search_term_pk', ['term', 'doc_id'])
    // A query reads every row of its terms: they must sit together, weight included, not be looked
    // up row by row (200 ms for a common word at 10,000 articles, against a few ms clustered).
    .$call((t) => (pg ? t : t.modifyEnd(sql`without rowid`)))
    .execute();
  if (pg) await sql`create index search_term_covering_idx on search_term (term, doc_id) include (weight)`.execute(db);
  await db.schema.createIndex('search_term_doc_idx').on('search_term').column('doc_id').execute();

  await db.schema
    .createTable('site_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', nn)
    .execute();
  await db.insertInto('site_state').values({ key: 'content_version', value: '1' }).execute();
}
