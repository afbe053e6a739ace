import type { JobHandler } from '../jobs/jobs.js';
import { bumpContentVersion, getSiteProfile } from '../platform/site-state.repository.js';
import { indexHospital } from './site.search.js';

/**
 * Writes the hospital page's search document from the saved profile. Queued once by migration
 * 0022 on a site that was indexed before the page was searchable: its operator should not have
 * to know that `clinicpress reindex` is needed, and a save of the profile may be months away.
 */
export const INDEX_HOSPITAL_JOB = 'site.index-hospital';

export const siteJobHandlers = (): Record<string, JobHandler> => ({
  [INDEX_HOSPITAL_JOB]: async (trx, _payload, _job, now) => {
    await indexHospital(trx, await getSiteProfile(trx), now.toISOString());
    await bumpContentVersion(trx);
  },
});
