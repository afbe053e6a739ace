import type { Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Compliance checker decisions (docs/decisions/0006-compliance-checker.md):
// - compliance_acceptance: a member of staff accepted one finding with a reason. Keyed by article
//   and a hash of rule + matched text + the sentence around it, so the acceptance holds exactly
//   while that sentence is unchanged, whatever else in the article changes. An editor's acceptance
//   settles a warning; an error-level finding is settled only by an admin's (by_admin = 1).
// - compliance_override: an admin let one exact version (content hash) be published despite
//   error-level findings, with a reason and the findings as they were.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'compliance_acceptance')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('finding_key', 'text', nn)
    .addColumn('rule', 'text', nn)
    .addColumn('text', 'text', nn)
    .addColumn('context', 'text', nn)
    .addColumn('reason', 'text', nn)
    .addColumn('user_id', 'integer', (c) => c.references('staff_user.id'))
    .addColumn('user_name', 'text', nn)
    .addColumn('by_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepted_at', 'text', nn)
    .addUniqueConstraint('compliance_acceptance_key_uq', ['article_id', 'finding_key'])
    .execute();

  await createTableWithId(db, 'compliance_override')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id').onDelete('cascade'))
    .addColumn('content_hash', 'text', nn)
    .addColumn('reason', 'text', nn)
    .addColumn('findings_json', 'text', nn)
    .addColumn('user_id', 'integer', (c) => c.references('staff_user.id'))
    .addColumn('user_name', 'text', nn)
    .addColumn('created_at', 'text', nn)
    .execute();
  await db.schema.createIndex('compliance_override_article_idx').on('compliance_override').columns(['article_id', 'content_hash']).execute();
}
