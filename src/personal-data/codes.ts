import { randomInt, timingSafeEqual } from 'node:crypto';
import type { PatientCrypto } from '../personal-data/patient-crypto.js';

// One-time codes for the "my data" pages: six digits, sent by SMS, kept only as a keyed hash.
// The limits make texting a stranger's phone over and over, and guessing, both slow:
//  - per number: one code a minute, five an hour;
//  - per address: twenty an hour (one clinic Wi-Fi or a carrier's NAT is shared by many people);
//  - per code: five tries, then a new code is needed; a code works once.

export const OTP_LENGTH = 6;
export const OTP_MAX_TRIES = 5;
export const LIMIT_NUMBER_MINUTE = 1;
export const LIMIT_NUMBER_HOUR = 5;
export const LIMIT_ADDRESS_HOUR = 20;
/** Per number and rolling day (issue 11 #9): the hourly limit alone let one number be texted 120 codes a day. */
export const LIMIT_NUMBER_DAY = 10;
/** How long a data-rights session lasts after a code was verified. */
export const SESSION_MINUTES = 30;

export function newCode(): string {
  return String(randomInt(0, 10 ** OTP_LENGTH)).padStart(OTP_LENGTH, '0');
}

/** Only these six-digit strings are codes; anything else is refused before any look-up. */
export function normaliseCode(raw: string): string | null {
  const c = raw.replace(/\s/g, '');
  return /^\d{6}$/.test(c) ? c : null;
}

/**
 * A keyed hash bound to the number and the moment the code was made: with a million possible
 * codes a plain hash would be reversed at once by anyone who read the table; without the key it cannot.
 */
export function codeHash(crypto: PatientCrypto, mobileHmac: string, createdAt: string, code: string): string {
  return crypto.token('privacy-otp', mobileHmac, createdAt, code);
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type OtpLimit = 'number_minute' | 'number_hour' | 'address_hour' | 'number_day';

/**
 * Which limit a new code request breaks, given the creation instants of the codes already asked
 * for this number within the last day and the count from this address within the last hour; null: it may be sent.
 */
export function otpLimit(forNumber: string[], forAddress: number, now: Date): OtpLimit | null {
  const minuteAgo = now.getTime() - 60_000;
  const hourAgo = now.getTime() - 3600_000;
  if (forNumber.filter((at) => Date.parse(at) > minuteAgo).length >= LIMIT_NUMBER_MINUTE) return 'number_minute';
  if (forNumber.filter((at) => Date.parse(at) > hourAgo).length >= LIMIT_NUMBER_HOUR) return 'number_hour';
  const dayAgo = now.getTime() - 24 * 3600_000;
  if (forNumber.filter((at) => Date.parse(at) > dayAgo).length >= LIMIT_NUMBER_DAY) return 'number_day';
  if (forAddress >= LIMIT_ADDRESS_HOUR) return 'address_hour';
  return null;
}
