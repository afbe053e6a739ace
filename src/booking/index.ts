// The booking feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { clinicClock } from './booking.format.js';
export { findBooking, inWriteTransaction, lockMobile, sessionWithDoctor } from './booking.repository.js';
export type { SessionRow } from './booking.repository.js';
export type { Booking } from './booking.tables.js';
export { doctorSessionsSection } from './booking.sections.js';
export { setVisitHooks } from './visit-hooks.js';
export type { VisitHooks } from './visit-hooks.js';
