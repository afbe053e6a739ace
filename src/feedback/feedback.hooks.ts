import type { VisitHooks } from '../booking/index.js';
import { feedbackT } from './feedback.i18n.js';
import { cancelThanks, enqueueThanks, feedbackToken } from './feedback.service.js';

/** A checked-in visit gets a thank-you text with the rating link (when the patient left a mobile). */
export const feedbackVisitHooks: VisitHooks = {
  async checkedIn(trx, booking, sessionEndsAt, now) {
    if (booking.mobile_hmac) await enqueueThanks(trx, booking.id, sessionEndsAt, now);
  },
  checkInUndone: (trx, bookingId) => cancelThanks(trx, bookingId),
  afterVisitLink: (rt, booking, locale, prefix) => ({ href: `${prefix}/feedback/${feedbackToken(rt, booking)}`, label: feedbackT(locale)('fb.link') }),
};
