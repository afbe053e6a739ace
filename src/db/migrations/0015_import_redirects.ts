import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Site import (issue 14): one row per import run, one per imported source page (its source URL and
// content hash make a re-run a no-op), and the old paths that must keep answering after the move.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'import_batch')
    .addColumn('source_kind', 'text', nn)
    .addColumn('source', 'text', nn)
    .addColumn('status', 'text', nn)
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counts_json', 'text', nn)
    .addColumn('started_at', 'text', nn)
    .addColumn('finished_at', 'text')
    .addCheckConstraint('import_batch_status_ck', sql`status in ('running', 'done', 'interrupted')`)
    .execute();

  await createTableWithId(db, 'import_item')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batch.id').onDelete('cascade'))
    .addColumn('kind', 'text', nn)
    .addColumn('source_url', 'text', nn)
    .addColumn('old_path', 'text')
    .addColumn('content_hash', 'text', nn)
    .addColumn('title', 'text', nn)
    .addColumn('article_id', 'integer', (c) => c.references('article.id').onDelete('set null'))
    .addColumn('doctor_id', 'integer', (c) => c.references('doctor.id').onDelete('set null'))
    .addColumn('imported_revision_id', 'integer')
    .addColumn('outcome', 'text', nn)
    .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warnings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('findings_json', 'text', nn)
    .addColumn('problems_json', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addUniqueConstraint('import_item_source_uq', ['kind', 'source_url'])
    .addCheckConstraint('import_item_kind_ck', sql`kind in ('article', 'doctor')`)
    .addCheckConstraint('import_item_outcome_ck', sql`outcome in ('created', 'updated', 'unchanged', 'skipped_edited', 'failed')`)
    .execute();
  await db.schema.createIndex('import_item_queue_idx').on('import_item').columns(['batch_id', 'errors', 'warnings']).execute();
  await db.schema.createIndex('import_item_article_idx').on('import_item').column('article_id').execute();

  await createTableWithId(db, 'redirect')
    .addColumn('old_path', 'text', (c) => c.notNull().unique())
    .addColumn('article_id', 'integer', (c) => c.references('article.id').onDelete('cascade'))
    .addColumn('target_path', 'text')
    .addColumn('origin', 'text', nn)
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addCheckConstraint('redirect_target_ck', sql`(article_id is null) <> (target_path is null)`)
    .addCheckConstraint('redirect_origin_ck', sql`origin in ('import', 'staff')`)
    .execute();
  await db.schema.createIndex('redirect_target_idx').on('redirect').column('target_path').execute();
}
