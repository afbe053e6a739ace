import type { Config } from '../config.js';
import { findBooking } from '../booking/index.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime } from '../messaging/runtime.js';
import type { JobHandler } from '../jobs/jobs.js';
import { feedbackT } from './feedback.i18n.js';
import { feedbackOfBooking } from './feedback.repository.js';
import { FEEDBACK_WINDOW_DAYS, feedbackToken, THANKS_JOB } from './feedback.service.js';
import { getSiteProfile } from '../platform/site-state.repository.js';

/**
 * The thank-you text with the feedback link, queued at check-in and run when the session ends.
 * Re-checked before it sends: only a booking still checked in, not yet rated, with a mobile number.
 */
export function thanksHandler(config: Config): JobHandler {
  return async (trx, payload: { bookingId: number }, _job, now) => {
    const b = await findBooking(trx, payload.bookingId);
    if (!b || b.status !== 'checked_in' || !b.mobile_hmac) return;
    if (await feedbackOfBooking(trx, b.id)) return;
    const rt = await bookingRuntime(trx, config);
    const mobile = rt.crypto.decrypt(b.mobile_enc);
    if (!mobile) return;
    const site = await getSiteProfile(trx);
    const ft = feedbackT(b.locale);
    const link = `${config.siteUrl}${b.locale === 'en' ? '/en' : ''}/feedback/${feedbackToken(rt, b)}`;
    const text = ft('fb.sms', { clinic: site?.short_name ?? '', days: FEEDBACK_WINDOW_DAYS, link });
    await rt.sms.send(trx, { to: mobile, toHmac: b.mobile_hmac, toMasked: maskMobile(mobile), text, kind: 'feedback', bookingId: b.id }, now);
  };
}

export function feedbackJobHandlers(config: Config): Record<string, JobHandler> {
  return { [THANKS_JOB]: thanksHandler(config) };
}
