import { sql, type Kysely } from 'kysely';
import { createTableWithId, notNull as nn } from '../dialect.js';

// Booking: schedule templates and exceptions, clinic sessions with numbered quotas, bookings with
// encrypted patient fields, waitlist entries, and the recording SMS provider's table.
// The invariants live in the schema too: booked ≤ quota (check), one queue number per session and
// one booking per idempotency key (unique indexes). docs/decisions/0007-booking.md.
export async function up(db: Kysely<any>): Promise<void> {
  await createTableWithId(db, 'schedule_template')
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', nn)
    .addColumn('period', 'text', nn)
    .addColumn('start_local', 'text', nn)
    .addColumn('end_local', 'text', nn)
    .addColumn('reg_type', 'text', nn)
    .addColumn('fee_cents', 'integer', nn)
    .addColumn('quota', 'integer', nn)
    .addColumn('service', 'text', nn)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', nn)
    .addCheckConstraint('schedule_template_weekday_ck', sql`weekday between 1 and 7`)
    .addCheckConstraint('schedule_template_quota_ck', sql`quota between 1 and 500`)
    .execute();
  await db.schema.createIndex('schedule_template_doctor_idx').on('schedule_template').columns(['doctor_id', 'weekday']).execute();

  await createTableWithId(db, 'schedule_exception')
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addColumn('local_date', 'text', nn)
    .addColumn('template_id', 'integer', (c) => c.references('schedule_template.id').onDelete('cascade'))
    .addColumn('quota', 'integer')
    .addColumn('note', 'text', nn)
    .addColumn('created_at', 'text', nn)
    .execute();
  await db.schema.createIndex('schedule_exception_doctor_idx').on('schedule_exception').columns(['doctor_id', 'local_date']).execute();

  await createTableWithId(db, 'clinic_session')
    .addColumn('doctor_id', 'integer', (c) => c.notNull().references('doctor.id').onDelete('cascade'))
    .addColumn('template_id', 'integer', (c) => c.references('schedule_template.id').onDelete('set null'))
    .addColumn('local_date', 'text', nn)
    .addColumn('period', 'text', nn)
    .addColumn('start_local', 'text', nn)
    .addColumn('end_local', 'text', nn)
    .addColumn('starts_at', 'text', nn)
    .addColumn('ends_at', 'text', nn)
    .addColumn('reg_type', 'text', nn)
    .addColumn('fee_cents', 'integer', nn)
    .addColumn('service', 'text', nn)
    .addColumn('quota', 'integer', nn)
    .addColumn('booked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('issued', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('stop_reason', 'text')
    .addColumn('stopped_at', 'text')
    .addColumn('created_at', 'text', nn)
    .addCheckConstraint('clinic_session_booked_ck', sql`booked >= 0 and booked <= quota`)
    .addCheckConstraint('clinic_session_status_ck', sql`status in ('open', 'stopped')`)
    .execute();
  // Generating sessions twice (two instances, a retried job) inserts nothing the second time.
  await db.schema.createIndex('clinic_session_slot_uq').on('clinic_session').columns(['doctor_id', 'local_date', 'start_local']).unique().execute();
  await db.schema.createIndex('clinic_session_date_idx').on('clinic_session').columns(['local_date', 'doctor_id']).execute();

  await createTableWithId(db, 'booking')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('clinic_session.id'))
    .addColumn('queue_no', 'integer', nn)
    .addColumn('ref_code', 'text', (c) => c.notNull().unique())
    .addColumn('name_enc', 'text', nn)
    .addColumn('mobile_enc', 'text', nn)
    .addColumn('email_enc', 'text')
    .addColumn('mobile_hmac', 'text', nn)
    .addColumn('visit_type', 'text', nn)
    .addColumn('reason_enc', 'text', nn)
    .addColumn('screening_enc', 'text', nn)
    .addColumn('consent_json', 'text', nn)
    .addColumn('status', 'text', nn)
    .addColumn('cancelled_by', 'text')
    .addColumn('source', 'text', nn)
    .addColumn('locale', 'text', nn)
    .addColumn('manage_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('manage_expires_at', 'text', nn)
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', nn)
    .addColumn('updated_at', 'text', nn)
    .addCheckConstraint('booking_status_ck', sql`status in ('booked', 'cancelled', 'checked_in', 'no_show')`)
    .addCheckConstraint('booking_visit_ck', sql`visit_type in ('first', 'return')`)
    .execute();
  // The last line of defence under the single-statement claim: one booking per number per session.
  await db.schema.createIndex('booking_queue_uq').on('booking').columns(['session_id', 'queue_no']).unique().execute();
  await db.schema.createIndex('booking_mobile_idx').on('booking').columns(['mobile_hmac', 'status']).execute();

  await createTableWithId(db, 'waitlist_entry')
    .addColumn('session_id', 'integer', (c) => c.notNull().references('clinic_session.id'))
    .addColumn('request_enc', 'text', nn)
    .addColumn('mobile_hmac', 'text', nn)
    .addColumn('locale', 'text', nn)
    .addColumn('status', 'text', nn)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('offer_expires_at', 'text')
    .addColumn('booking_id', 'integer', (c) => c.references('booking.id'))
    .addColumn('created_at', 'text', nn)
    .execute();
  await db.schema.createIndex('waitlist_session_idx').on('waitlist_entry').columns(['session_id', 'status', 'id']).execute();

  await createTableWithId(db, 'sms_message')
    .addColumn('to_hmac', 'text', nn)
    .addColumn('to_masked', 'text', nn)
    .addColumn('body', 'text', nn)
    .addColumn('kind', 'text', nn)
    .addColumn('booking_id', 'integer')
    .addColumn('sent_at', 'text', nn)
    .execute();
  await db.schema.createIndex('sms_message_to_idx').on('sms_message').columns(['to_hmac', 'id']).execute();
}
