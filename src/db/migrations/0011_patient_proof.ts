import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Issue 11, the patient-facing half (docs/decisions/0012-mobile-proof.md):
//  - booking_hold: a booking (or waiting-list) request waiting for the one-time code texted to its
//    number; a held place is counted in clinic_session.booked until it is confirmed or given back.
//    Also the log the per-number and per-address code limits count.
//  - sms_day: texts sent per clinic-local day, the site's daily SMS budget.
//  - question.contact_hmac / form_hmac: duplicates are found per contact, and only the form that
//    stored a question is given its link again.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'booking_hold')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('clinic_session.id').onDelete('cascade'))
    .addColumn('action', 'text', nn)
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('request_enc', 'text')
    .addColumn('mobile_hmac', 'text', nn)
    .addColumn('ip_hmac', 'text', nn)
    .addColumn('code_hash', 'text')
    .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('places', 'integer', nn)
    .addColumn('status', 'text', nn)
    .addColumn('expires_at', 'text', nn)
    .addColumn('booking_id', 'integer')
    .addColumn('created_at', 'text', nn)
    .addCheckConstraint('booking_hold_action_ck', sql`action in ('book', 'waitlist')`)
    .addCheckConstraint('booking_hold_status_ck', sql`status in ('held', 'confirmed', 'expired', 'failed', 'replaced')`)
    .addCheckConstraint('booking_hold_places_ck', sql`places in (0, 1)`)
    .execute();
  await db.schema.createIndex('booking_hold_due_idx').on('booking_hold').columns(['status', 'expires_at']).execute();
  await db.schema.createIndex('booking_hold_mobile_idx').on('booking_hold').columns(['mobile_hmac', 'created_at']).execute();
  await db.schema.createIndex('booking_hold_ip_idx').on('booking_hold').columns(['ip_hmac', 'created_at']).execute();
  await db.schema.createIndex('booking_hold_session_idx').on('booking_hold').columns(['session_id', 'status']).execute();

  await db.schema
    .createTable('sms_day')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('sent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.alterTable('question').addColumn('contact_hmac', 'text').execute();
  await db.schema.alterTable('question').addColumn('form_hmac', 'text').execute();
}
