import type { Config } from '../config.js';
import type { JobHandler } from '../jobs/jobs.js';
import { notifyHandler } from './questions.notify.js';
import { RETENTION_JOB, retentionHandler } from './questions.retention.js';
import { NOTIFY_JOB } from './questions.service.js';

/** The questions feature's job kinds; each handler re-checks the question before it acts. */
export function questionJobHandlers(config: Config): Record<string, JobHandler> {
  return {
    [NOTIFY_JOB]: notifyHandler(config),
    [RETENTION_JOB]: retentionHandler(config),
  };
}
