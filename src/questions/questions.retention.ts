import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { enqueueTomorrow, type JobHandler } from '../jobs/jobs.js';
import { eraseOldContacts } from './questions.repository.js';
import { purgeDueRedactions } from './redaction.repository.js';

// Contact retention: a patient's mobile number or e-mail is kept only to say the answer is ready,
// so it is erased QUESTION_CONTACT_RETENTION_DAYS after the answer by a daily job. The mobile's
// look-up hash goes too: once the contact is gone, nothing ties the question to a phone number.
// The same run deletes the kept originals of redacted texts once their period is over (redaction.ts).

type Db = Kysely<Database>;

export const RETENTION_JOB = 'questions.retention';

/**
 * Queues tomorrow's run (03:30 clinic time) unless it is queued already. The first answer starts
 * the chain and each run queues the next; the unique dedupe key makes concurrent callers harmless.
 */
export async function scheduleRetention(db: Db, config: Config, now: Date): Promise<void> {
  await enqueueTomorrow(db, RETENTION_JOB, '03:30', config.clinicTimeZone, now);
}

/** Erases the contacts due at `now`; returns how many questions lost theirs. */
export async function eraseDueContacts(db: Db, config: Config, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - config.questions.contactRetentionDays * 86_400_000).toISOString();
  return eraseOldContacts(db, cutoff, now);
}

export function retentionHandler(config: Config): JobHandler {
  return async (trx, _payload, _job, now) => {
    await eraseDueContacts(trx, config, now);
    // The originals of redacted comments and Q&A texts whose retention period is over (issue 17).
    await purgeDueRedactions(trx, now);
    await scheduleRetention(trx, config, now);
  };
}
