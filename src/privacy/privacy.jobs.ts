import type { Config } from '../config.js';
import type { JobHandler } from '../jobs/jobs.js';

// The data-rights feature queues no jobs: a one-time code is sent during the request (it is useful
// for minutes, so a retry later helps nobody), erasure happens in the staff member's transaction,
// and spent codes and sessions are purged whenever a new code is asked for (privacy.repository.ts).
export function privacyJobHandlers(_config: Config): Record<string, JobHandler> {
  return {};
}
