import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { BookingTable } from './booking.tables.js';

type Db = Kysely<Database> | Transaction<Database>;

// The queries behind booking.personal-data.ts: a person's rows found by the mobile number's HMAC.

/** A number's bookings with their session and doctor, in id order. */
export function bookingsOfNumber(db: Db, hmac: string) {
  return db
    .selectFrom('booking as b')
    .innerJoin('clinic_session as s', 's.id', 'b.session_id')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .selectAll('b')
    .select(['s.local_date', 's.period', 's.start_local', 's.end_local', 's.starts_at', 'd.name as doctor_name'])
    .where('b.mobile_hmac', '=', hmac)
    .orderBy('b.id')
    .execute();
}

/** A number's waiting-list entries with their session and doctor, in id order. */
export function waitlistEntriesOfNumber(db: Db, hmac: string) {
  return db
    .selectFrom('waitlist_entry as w')
    .innerJoin('clinic_session as s', 's.id', 'w.session_id')
    .innerJoin('doctor as d', 'd.id', 's.doctor_id')
    .selectAll('w')
    .select(['s.local_date', 's.period', 'd.name as doctor_name'])
    .where('w.mobile_hmac', '=', hmac)
    .orderBy('w.id')
    .execute();
}

export function textsToNumber(db: Db, hmac: string) {
  return db.selectFrom('sms_message').selectAll().where('to_hmac', '=', hmac).orderBy('id').execute();
}

export function bookingOfNumber(db: Db, id: number, hmac: string) {
  return db.selectFrom('booking').selectAll().where('id', '=', id).where('mobile_hmac', '=', hmac).executeTakeFirst();
}

/** Cancels a booking that is still booked (conditional UPDATE); undefined when it no longer was. */
export function cancelBookedWithConsent(db: Db, id: number, consentJson: string, now: Date) {
  return db
    .updateTable('booking')
    .set({ status: 'cancelled', cancelled_by: 'patient', consent_json: consentJson, updated_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .returningAll()
    .executeTakeFirst();
}

export function bookingConsentsOfNumber(db: Db, hmac: string) {
  return db.selectFrom('booking').select(['id', 'consent_json']).where('mobile_hmac', '=', hmac).execute();
}

export async function overwriteBooking(db: Db, id: number, values: Updateable<BookingTable>): Promise<void> {
  await db.updateTable('booking').set(values).where('id', '=', id).execute();
}

export function waitlistEntryStatesOfNumber(db: Db, hmac: string) {
  return db.selectFrom('waitlist_entry').select(['id', 'session_id', 'status']).where('mobile_hmac', '=', hmac).execute();
}

export async function deleteWaitlistEntries(db: Db, ids: number[]): Promise<number> {
  return Number((await db.deleteFrom('waitlist_entry').where('id', 'in', ids).executeTakeFirst()).numDeletedRows);
}

/** Deletes the texts to a number and those about any of the given bookings. */
export async function deleteTexts(db: Db, hmac: string, bookingIds: number[]): Promise<number> {
  let sms = db.deleteFrom('sms_message').where('to_hmac', '=', hmac);
  if (bookingIds.length) sms = db.deleteFrom('sms_message').where((eb) => eb.or([eb('to_hmac', '=', hmac), eb('booking_id', 'in', bookingIds)]));
  return Number((await sms.executeTakeFirst()).numDeletedRows);
}

export function pendingJobsOfKinds(db: Db, kinds: string[]) {
  return db.selectFrom('job').select(['id', 'kind', 'payload_json']).where('done_at', 'is', null).where('kind', 'in', kinds).execute();
}

export async function deleteJobs(db: Db, ids: number[]): Promise<number> {
  return Number((await db.deleteFrom('job').where('id', 'in', ids).executeTakeFirst()).numDeletedRows);
}

/** Front-desk searches whose recorded detail contains the given text. */
export function frontDeskSearchesMentioning(db: Db, text: string) {
  return db.selectFrom('audit_event').select(['id', 'detail_json']).where('action', '=', 'booking.search').where('detail_json', 'like', `%${text}%`).execute();
}

export async function setAuditDetail(db: Db, id: number, detailJson: string): Promise<void> {
  await db.updateTable('audit_event').set({ detail_json: detailJson }).where('id', '=', id).execute();
}
