import type { Insertable, Kysely, Selectable } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import type { Database, JobTable } from '../db/schema.js';

type Db = Kysely<Database>;

export async function insertJob(db: Db, values: Insertable<JobTable>): Promise<number> {
  const { id } = await db.insertInto('job').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Inserts a job unless one with its dedupe key exists (ON CONFLICT DO NOTHING). */
export async function insertJobUnlessQueued(db: Db, values: Insertable<JobTable>): Promise<void> {
  await db
    .insertInto('job')
    .values(values)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export async function deleteQueuedJob(db: Db, dedupeKey: string): Promise<boolean> {
  const r = await db.deleteFrom('job').where('dedupe_key', '=', dedupeKey).where('done_at', 'is', null).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Claims due jobs with one statement (UPDATE … WHERE id IN (due)); on PostgreSQL the due rows are
 * taken FOR UPDATE SKIP LOCKED. Each claimed job is locked until `lockedUntil` and counts an attempt.
 */
export function claimDueJobs(db: Db, now: Date, limit: number, lockedUntil: string): Promise<Selectable<JobTable>[]> {
  const iso = now.toISOString();
  let due = db
    .selectFrom('job')
    .select('id')
    .where('done_at', 'is', null)
    .where('run_at', '<=', iso)
    .where('locked_until', '<', iso)
    .orderBy('run_at')
    .limit(limit);
  if (dialectOf(db) === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('job')
    .set((eb) => ({ locked_until: lockedUntil, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

export async function markJobDone(db: Db, id: number, now: Date): Promise<void> {
  await db.updateTable('job').set({ done_at: now.toISOString(), last_error: null }).where('id', '=', id).execute();
}

/** Records a failed run: the error, the next try (or done_at when given up), the claim released. */
export async function markJobFailed(db: Db, id: number, error: string, retryAt: string, doneAt: string | null): Promise<void> {
  await db.updateTable('job').set({ last_error: error, run_at: retryAt, locked_until: '', done_at: doneAt }).where('id', '=', id).execute();
}
