import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

export async function insertSmsMessage(db: Db, values: Insertable<Database['sms_message']>): Promise<void> {
  await db.insertInto('sms_message').values(values).execute();
}

/** INSERT … ON CONFLICT DO UPDATE sent + 1 WHERE sent < budget: true when a text was taken. */
export async function countSmsUnderBudget(db: Db, day: string, budget: number): Promise<boolean> {
  const row = await db
    .insertInto('sms_day')
    .values({ day, sent: 1 })
    .onConflict((oc) =>
      oc
        .column('day')
        .doUpdateSet((eb) => ({ sent: eb('sms_day.sent', '+', 1) }))
        .where('sms_day.sent', '<', budget),
    )
    .returning('sent')
    .executeTakeFirst();
  return row !== undefined;
}

export async function smsCountOn(db: Db, day: string): Promise<number> {
  const row = await db.selectFrom('sms_day').select('sent').where('day', '=', day).executeTakeFirst();
  return row?.sent ?? 0;
}
