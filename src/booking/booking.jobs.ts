import type { Config } from '../config.js';
import type { JobHandler } from '../jobs/jobs.js';
import { notifyHandler, offerHandler } from './booking.notify.js';
import { NOTIFY_JOB } from './booking.service.js';
import { expireHoldHandler, HOLD_EXPIRE_JOB } from './hold.service.js';
import { bookingRuntime } from '../messaging/runtime.js';
import { GENERATE_JOB, generateHandler } from './schedule.service.js';
import { expireOfferHandler, WAITLIST_EXPIRE_JOB, WAITLIST_OFFER_JOB } from './waitlist.service.js';

/** The booking feature's job kinds; each handler re-checks its subject before it acts. */
export function bookingJobHandlers(config: Config): Record<string, JobHandler> {
  return {
    [NOTIFY_JOB]: notifyHandler(config),
    [GENERATE_JOB]: generateHandler(config),
    [WAITLIST_OFFER_JOB]: offerHandler(config),
    [WAITLIST_EXPIRE_JOB]: expireOfferHandler((db) => bookingRuntime(db, config)),
    [HOLD_EXPIRE_JOB]: expireHoldHandler((db) => bookingRuntime(db, config)),
  };
}
