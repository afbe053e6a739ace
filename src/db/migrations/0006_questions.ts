import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Patients' questions and their public, de-identified versions (issue 6).
// The question, the contact and the answer are patient data: encrypted like bookings (PatientCrypto);
// a mobile number also gets its keyed HMAC so the data-rights pages can find it. The public version
// (qa_publication) is a separate row an editor writes, so nothing reaches the public site by accident.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'question')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('body_enc', 'text', nn)
    .addColumn('age_range', 'text')
    .addColumn('sex', 'text')
    .addColumn('contact_kind', 'text')
    .addColumn('contact_enc', 'text')
    .addColumn('mobile_hmac', 'text')
    .addColumn('consent_health', 'integer', nn)
    .addColumn('consent_publish', 'integer', nn)
    .addColumn('consent_json', 'text', nn)
    .addColumn('locale', 'text', nn)
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', nn)
    .addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('category_id', 'integer', (c) => c.references('category.id').onDelete('set null'))
    .addColumn('assigned_doctor_id', 'integer', (c) => c.references('doctor.id').onDelete('set null'))
    .addColumn('answer_enc', 'text')
    .addColumn('answered_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('answered_at', 'text')
    .addColumn('dedupe_hash', 'text', nn)
    .addColumn('source_hmac', 'text', nn)
    .addColumn('contact_erased_at', 'text')
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addCheckConstraint('question_status_ck', sql`status in ('new', 'triaged', 'answered', 'closed', 'erased')`)
    .addCheckConstraint('question_priority_ck', sql`priority in ('low', 'normal', 'high', 'urgent')`)
    .addCheckConstraint('question_consent_ck', sql`consent_health = 1 and consent_publish in (0, 1)`)
    .execute();
  await db.schema.createIndex('question_status_idx').on('question').columns(['status', 'priority', 'id']).execute();
  await db.schema.createIndex('question_mobile_idx').on('question').column('mobile_hmac').execute();
  await db.schema.createIndex('question_dedupe_idx').on('question').columns(['dedupe_hash', 'created_at']).execute();
  await db.schema.createIndex('question_source_idx').on('question').columns(['source_hmac', 'created_at']).execute();
  await db.schema.createIndex('question_doctor_idx').on('question').columns(['assigned_doctor_id', 'status']).execute();

  await createTableWithId(db, 'qa_publication')
    .addColumn('question_id', 'integer', (c) => c.notNull().unique().references('question.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', nn)
    .addColumn('question_public', 'text', nn)
    .addColumn('answer_public', 'text', nn)
    .addColumn('category_id', 'integer', (c) => c.references('category.id').onDelete('set null'))
    .addColumn('doctor_id', 'integer', (c) => c.references('doctor.id').onDelete('set null'))
    .addColumn('status', 'text', nn)
    .addColumn('prepared_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('published_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addCheckConstraint('qa_publication_status_ck', sql`status in ('draft', 'published', 'withdrawn')`)
    .execute();
  await db.schema.createIndex('qa_publication_list_idx').on('qa_publication').columns(['status', 'category_id', 'published_at']).execute();
}
