import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { enqueueTomorrow, type JobHandler } from '../jobs/jobs.js';
import { pruneAudit } from './audit.js';

// Nightly upkeep of the staff security tables: audit entries past AUDIT_RETENTION_DAYS (never
// under 180 days) go, the chain keeps its link; ended sessions and spent attempt counters go too.
// Queued by every sign-in (once per night).

export const STAFF_UPKEEP_JOB = 'staff.upkeep';

export async function scheduleStaffUpkeep(db: Kysely<Database>, config: Config, now: Date): Promise<void> {
  await enqueueTomorrow(db, STAFF_UPKEEP_JOB, '04:30', config.clinicTimeZone, now);
}

export function staffJobHandlers(config: Config): Record<string, JobHandler> {
  return {
    [STAFF_UPKEEP_JOB]: async (trx, _payload, _job, now) => {
      const iso = now.toISOString();
      await pruneAudit(trx, config.staff.auditRetentionDays, now);
      await trx.deleteFrom('staff_session').where('expires_at', '<=', iso).execute();
      await trx.deleteFrom('login_throttle').where('locked_until', '<=', iso).execute();
      await trx.deleteFrom('staff_password_reset').where('expires_at', '<=', iso).execute();
    },
  };
}
