import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import type { Locale } from '../web/i18n.js';
import type { Booking } from './booking.tables.js';

// What happens after a visit is the business of features built on booking (feedback today: the
// thank-you text with the rating link). Booking calls these at check-in, at its undoing and on the
// patient's booking page, without importing them; the composition (src/main.ts) sets them.

export interface VisitHooks {
  /** In the check-in's transaction. */
  checkedIn(trx: Kysely<Database>, booking: Booking, sessionEndsAt: string, now: Date): Promise<void>;
  /** In the undoing's transaction; true when something queued at check-in was taken back (audited). */
  checkInUndone(trx: Kysely<Database>, bookingId: number): Promise<boolean>;
  /** A link the patient's booking page shows once the visit is checked in. */
  afterVisitLink(rt: BookingRuntime, booking: Booking, locale: Locale, prefix: string): { href: string; label: string } | undefined;
}

const NONE: VisitHooks = {
  checkedIn: async () => {},
  checkInUndone: async () => false,
  afterVisitLink: () => undefined,
};

let hooks: VisitHooks = NONE;

export function setVisitHooks(h: VisitHooks): void {
  hooks = h;
}

export function visitHooks(): VisitHooks {
  return hooks;
}
