import type { Kysely } from 'kysely';
import { notNull as nn } from '../dialect.js';

// Insights (issue 18, docs/decisions/0015-insights-without-tracking.md): page views counted per
// day, page, referrer class and device class — nothing about the reader; older days rolled up into
// monthly totals by a nightly job. The article a booking or question was started from (nullable:
// most are started elsewhere). Which staff members asked for the weekly summary e-mail.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('page_view_daily')
    .addColumn('day', 'text', nn)
    .addColumn('kind', 'text', nn)
    .addColumn('subject_id', 'integer', nn)
    .addColumn('referrer_class', 'text', nn)
    .addColumn('device_class', 'text', nn)
    .addColumn('views', 'integer', nn)
    .addPrimaryKeyConstraint('page_view_daily_pk', ['day', 'kind', 'subject_id', 'referrer_class', 'device_class'])
    .execute();
  await db.schema
    .createTable('page_view_monthly')
    .addColumn('month', 'text', nn)
    .addColumn('kind', 'text', nn)
    .addColumn('subject_id', 'integer', nn)
    .addColumn('referrer_class', 'text', nn)
    .addColumn('device_class', 'text', nn)
    .addColumn('views', 'integer', nn)
    .addPrimaryKeyConstraint('page_view_monthly_pk', ['month', 'kind', 'subject_id', 'referrer_class', 'device_class'])
    .execute();
  await db.schema.alterTable('booking').addColumn('source_article_id', 'integer', (c) => c.references('article.id').onDelete('set null')).execute();
  await db.schema.alterTable('question').addColumn('source_article_id', 'integer', (c) => c.references('article.id').onDelete('set null')).execute();
  await db.schema
    .createTable('insights_subscription')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('staff_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', nn)
    .execute();
}
