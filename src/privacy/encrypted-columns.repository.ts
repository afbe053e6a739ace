import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;
type Row = Record<string, unknown>;

// The queries of the key rotation (encrypted-columns.ts). Tables and columns come from the
// registry of encrypted tables, never from input.

/** A rating keeps the hash of its booking's number: copied again from the booking. */
export async function copyFeedbackMobileHmacFromBookings(trx: Db): Promise<number> {
  return Number(
    (
      await trx
        .updateTable('feedback')
        .set((eb) => ({ mobile_hmac: eb.selectFrom('booking').select('booking.mobile_hmac').whereRef('booking.id', '=', 'feedback.booking_id') }))
        .where('mobile_hmac', 'is not', null)
        .where('booking_id', 'is not', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  );
}

/** Texts with a booking take its number's hash again; returns how many. */
export async function copySmsHmacFromBookings(trx: Db): Promise<number> {
  const up = await trx
    .updateTable('sms_message')
    .set((eb) => ({ to_hmac: eb.selectFrom('booking').select('booking.mobile_hmac').whereRef('booking.id', '=', 'sms_message.booking_id') }))
    .where('booking_id', 'is not', null)
    .executeTakeFirst();
  return Number(up.numUpdatedRows);
}

export async function deleteSmsWithoutBooking(trx: Db): Promise<number> {
  const del = await trx.deleteFrom('sms_message').where('booking_id', 'is', null).executeTakeFirst();
  return Number(del.numDeletedRows);
}

export async function deleteAllPrivacyCodes(trx: Db): Promise<number> {
  return Number((await trx.deleteFrom('privacy_otp').executeTakeFirst()).numDeletedRows);
}

export async function siteStateValue(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('site_state').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function insertSiteState(db: Db, key: string, value: string): Promise<void> {
  await db.insertInto('site_state').values({ key, value }).execute();
}

export async function updateSiteState(db: Db, key: string, value: string): Promise<void> {
  await db.updateTable('site_state').set({ value }).where('key', '=', key).execute();
}

export async function deleteSiteStates(db: Db, keys: string[]): Promise<void> {
  await db.deleteFrom('site_state').where('key', 'in', keys).execute();
}

export async function countRows(db: Db, table: string): Promise<number> {
  return Number((await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n ?? 0);
}

export async function countRowsUpTo(db: Db, table: string, id: string, lastId: number): Promise<number> {
  return Number((await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(id)} <= ${lastId}`.execute(db)).rows[0]?.n ?? 0);
}

/** The next batch of rows after `lastId`, in id order. */
export async function rowsAfter(db: Db, table: string, id: string, lastId: number, limit: number): Promise<Row[]> {
  return (await sql<Row>`select * from ${sql.table(table)} where ${sql.ref(id)} > ${lastId} order by ${sql.ref(id)} limit ${limit}`.execute(db)).rows;
}

export async function updateRowById(trx: Db, table: string, id: string, idValue: number, set: Record<string, string | null>): Promise<void> {
  await trx.updateTable(table as 'booking').set(set as never).where(id as 'id', '=', idValue).execute();
}
