import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The name of the active reviewer account linked to this doctor, if any (a licence number is then required). */
export async function linkedReviewerName(db: Kysely<Database>, doctorId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_user as u')
    .innerJoin('staff_role as r', 'r.user_id', 'u.id')
    .select('u.name')
    .where('u.doctor_id', '=', doctorId)
    .where('r.role', '=', 'reviewer')
    .where('u.active', '=', 1)
    .executeTakeFirst();
  return row?.name;
}

/** A staff member's interface language (the account page's setting). */
export async function setStaffLocale(db: Kysely<Database>, userId: number, locale: 'zh-CN' | 'en', now: Date): Promise<void> {
  await db.updateTable('staff_user').set({ locale, updated_at: now.toISOString() }).where('id', '=', userId).execute();
}
