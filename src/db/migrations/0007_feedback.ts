import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Feedback on real visits (issue 6): a checked-in booking or a staff-issued one-use code may be
// rated once (unique booking_id / code_id are the last defence against a second rating). Codes are
// stored hashed. The clinic's choice to show approved comments publicly is a site_profile column.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'feedback_code')
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addColumn('visit_date', 'text')
    .addColumn('issued_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', nn)
    .addColumn('expires_at', 'text', nn)
    .addColumn('used_at', 'text')
    .execute();

  await createTableWithId(db, 'feedback')
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addColumn('booking_id', 'integer', (c) => c.unique().references('booking.id').onDelete('set null'))
    .addColumn('code_id', 'integer', (c) => c.unique().references('feedback_code.id').onDelete('set null'))
    .addColumn('rating_explain', 'integer', nn)
    .addColumn('rating_attitude', 'integer', nn)
    .addColumn('rating_wait', 'integer', nn)
    .addColumn('comment', 'text')
    .addColumn('findings_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('consent_publish', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consent_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('comment_status', 'text', nn)
    .addColumn('moderated_by', 'integer', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('moderated_at', 'text')
    .addColumn('mobile_hmac', 'text')
    .addColumn('locale', 'text', nn)
    .addColumn('created_at', 'text', nn)
    .addCheckConstraint('feedback_rating_ck', sql`rating_explain between 1 and 5 and rating_attitude between 1 and 5 and rating_wait between 1 and 5`)
    .addCheckConstraint('feedback_status_ck', sql`comment_status in ('none', 'pending', 'approved', 'private', 'rejected')`)
    .execute();
  await db.schema.createIndex('feedback_doctor_idx').on('feedback').columns(['doctor_id', 'comment_status', 'created_at']).execute();
  await db.schema.createIndex('feedback_status_idx').on('feedback').columns(['comment_status', 'id']).execute();
  await db.schema.createIndex('feedback_mobile_idx').on('feedback').column('mobile_hmac').execute();

  await db.schema.alterTable('site_profile').addColumn('show_feedback_comments', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
