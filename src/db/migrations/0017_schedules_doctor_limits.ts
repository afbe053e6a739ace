import { sql, type Kysely } from 'kysely';
import { notNull as nn } from '../dialect.js';

// Issue 17 #2, doctors' own schedules: the limits within which a doctor edits their own weekly
// template and takes leave or adds sessions. One row per doctor that has limits of their own, and
// the row with doctor_id 0 for the whole site (no row at all: the defaults in src/booking/schedule-limits.ts).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('schedule_limit')
    .addColumn('doctor_id', 'integer', (c) => c.primaryKey())
    .addColumn('self_edit', 'integer', nn)
    .addColumn('max_sessions_week', 'integer', nn)
    .addColumn('earliest_start', 'text', nn)
    .addColumn('latest_end', 'text', nn)
    .addColumn('max_quota', 'integer', nn)
    .addColumn('days_ahead', 'integer', nn)
    .addColumn('notice_hours', 'integer', nn)
    .addColumn('updated_at', 'text', nn)
    .addColumn('updated_by', 'integer')
    .addCheckConstraint('schedule_limit_self_edit_ck', sql`self_edit in (0, 1)`)
    .addCheckConstraint('schedule_limit_week_ck', sql`max_sessions_week between 0 and 21`)
    .addCheckConstraint('schedule_limit_quota_ck', sql`max_quota between 1 and 500`)
    .addCheckConstraint('schedule_limit_ahead_ck', sql`days_ahead between 1 and 365`)
    .addCheckConstraint('schedule_limit_notice_ck', sql`notice_hours between 0 and 336`)
    .addCheckConstraint('schedule_limit_hours_ck', sql`earliest_start < latest_end`)
    .execute();
}
