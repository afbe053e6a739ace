import type { Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Issue 17, questions and comments:
//  - question_answer_version: an answer a doctor amended, kept (encrypted) for staff; the question
//    row holds the current answer and how many times it was amended.
//  - question.follow_up_of: a patient's one follow-up to an answered question (unique: one per
//    answer), removed with the question it follows.
//  - qa_publication.answer_changed_at: the answer changed after the public version was written; the
//    public page is down until an editor publishes again through the same checks.
//  - redaction: the original of a comment or public Q&A text a moderator redacted, encrypted, until
//    the daily retention run purges it (purge_after).
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'question_answer_version')
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('version', 'integer', nn)
    .addColumn('answer_enc', 'text', nn)
    .addColumn('answered_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('answered_at', 'text', nn)
    .addColumn('replaced_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('replaced_at', 'text', nn)
    .addUniqueConstraint('question_answer_version_uq', ['question_id', 'version'])
    .execute();

  await db.schema.alterTable('question').addColumn('answer_version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('question').addColumn('answer_amended_at', 'text').execute();
  await db.schema.alterTable('question').addColumn('follow_up_of', 'integer', (c) => c.references('question.id').onDelete('cascade')).execute();
  await db.schema.createIndex('question_follow_up_uq').on('question').column('follow_up_of').unique().execute();

  await db.schema.alterTable('qa_publication').addColumn('answer_changed_at', 'text').execute();

  await createTableWithId(db, 'redaction')
    .addColumn('source', 'text', nn)
    .addColumn('source_id', 'integer', nn)
    .addColumn('field', 'text', nn)
    .addColumn('original_enc', 'text', nn)
    .addColumn('spans', 'integer', nn)
    .addColumn('redacted_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('redacted_at', 'text', nn)
    .addColumn('purge_after', 'text', nn)
    .execute();
  await db.schema.createIndex('redaction_source_idx').on('redaction').columns(['source', 'source_id']).execute();
  await db.schema.createIndex('redaction_purge_idx').on('redaction').column('purge_after').execute();

  await db.schema.alterTable('feedback').addColumn('redacted_at', 'text').execute();
}
