import type { Kysely, Selectable, Transaction } from 'kysely';
import { addDays, localDateOf, zonedInstant } from '../time/zoned-time.js';
import type { Database, JobTable } from '../db/schema.js';
import { claimDueJobs, deleteQueuedJob, insertJob, insertJobUnlessQueued, markJobDone, markJobFailed } from './jobs.repository.js';

type Db = Kysely<Database>;
export type Job = Selectable<JobTable>;
export type JobHandler = (trx: Transaction<Database>, payload: any, job: Job, now: Date) => Promise<void>;

const LOCK_MS = 60_000;
const MAX_ATTEMPTS = 5;

/** Queues work in the caller's transaction: the job exists exactly when the change that needs it does. */
export async function enqueue(db: Db, kind: string, payload: unknown, runAt: Date, now: Date, dedupeKey?: string): Promise<number> {
  return insertJob(db, { kind, payload_json: JSON.stringify(payload), run_at: runAt.toISOString(), created_at: now.toISOString(), done_at: null, dedupe_key: dedupeKey ?? null, last_error: null });
}

/** Queues a job once per dedupe key: a second call with the same key adds nothing. */
export async function enqueueOnce(db: Db, kind: string, payload: unknown, runAt: Date, now: Date, dedupeKey: string): Promise<void> {
  await insertJobUnlessQueued(db, { kind, payload_json: JSON.stringify(payload), run_at: runAt.toISOString(), created_at: now.toISOString(), done_at: null, dedupe_key: dedupeKey, last_error: null });
}

/** Takes back a job that has not run yet; returns whether there was one. */
export async function cancelQueued(db: Db, dedupeKey: string): Promise<boolean> {
  return deleteQueuedJob(db, dedupeKey);
}

/**
 * Queues a nightly job for tomorrow at `localTime` in the clinic's zone, once per night however
 * many callers (dedupe key `kind:date`; concurrent inserts are absorbed by the unique key).
 */
export async function enqueueTomorrow(db: Db, kind: string, localTime: string, timeZone: string, now: Date): Promise<void> {
  const tomorrow = addDays(localDateOf(now, timeZone), 1);
  await insertJobUnlessQueued(db, { kind, payload_json: '{}', run_at: zonedInstant(tomorrow, localTime, timeZone).toISOString(), created_at: now.toISOString(), done_at: null, dedupe_key: `${kind}:${tomorrow}`, last_error: null });
}

/**
 * Claims due jobs with one statement; on PostgreSQL `SKIP LOCKED` lets several instances claim
 * side by side without taking the same job. A claim expires, so a crashed worker's job is retried.
 */
export async function claim(db: Db, now: Date, limit: number): Promise<Job[]> {
  return claimDueJobs(db, now, limit, new Date(now.getTime() + LOCK_MS).toISOString());
}

/** Runs due jobs once: each in its own transaction with its completion, so a job is done at most once. */
export async function runDueJobs(db: Db, handlers: Record<string, JobHandler>, now: Date, limit = 20): Promise<{ done: number; failed: number }> {
  const jobs = await claim(db, now, limit);
  let done = 0;
  let failed = 0;
  for (const job of jobs) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await db.transaction().execute(async (trx) => {
        await handler(trx, JSON.parse(job.payload_json), job, now);
        await markJobDone(trx, job.id, now);
      });
      done++;
    } catch (err) {
      failed++;
      const giveUp = job.attempts >= MAX_ATTEMPTS;
      // Back off: 1, 2, 4, 8 minutes; after the last attempt the job stays, marked, for staff to see.
      const retry = new Date(now.getTime() + 60_000 * 2 ** (job.attempts - 1)).toISOString();
      await markJobFailed(db, job.id, String((err as Error).message ?? err).slice(0, 1000), retry, giveUp ? now.toISOString() : null);
    }
  }
  return { done, failed };
}
