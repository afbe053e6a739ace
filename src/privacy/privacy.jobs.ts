import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { enqueueTomorrow, type JobHandler } from '../jobs/jobs.js';
import { purgeExpired } from './privacy.repository.js';

// A one-time code is sent during the request (it is useful for minutes, so a retry later helps
// nobody) and erasure happens in the staff member's transaction. What is left to a job: spent codes
// and expired sessions, also purged whenever a new code is asked for, are gone by the next night
// even when nobody asks again. Each code request queues that night's purge (once per night).

export const PURGE_JOB = 'privacy.purge';

export async function schedulePurge(db: Kysely<Database>, config: Config, now: Date): Promise<void> {
  await enqueueTomorrow(db, PURGE_JOB, '04:00', config.clinicTimeZone, now);
}

export function privacyJobHandlers(_config: Config): Record<string, JobHandler> {
  return {
    [PURGE_JOB]: async (trx, _payload, _job, now) => {
      await purgeExpired(trx, now);
    },
  };
}
