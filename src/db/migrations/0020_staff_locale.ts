import type { Kysely } from 'kysely';

// Issue 16: the back office in English too. Each staff member chooses the language of the staff
// pages; it is theirs, not the browser's, so it follows them to every device.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_user').addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN')).execute();
}
