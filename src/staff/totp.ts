import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import type { Config } from '../config.js';
import { loadPatientCrypto, type PatientCrypto } from '../personal-data/patient-crypto.js';
import type { Database } from '../db/schema.js';

// Staff second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator
// app supports) with otplib. The secret is encrypted with the personal-data key; recovery codes
// are kept only as hashes.

export const TOTP_PERIOD = 30;
export const RECOVERY_CODES = 10;
const ISSUER = 'ClinicPress';

export const newTotpSecret = (): string => generateSecret();

export function otpauthUri(account: string, secret: string, issuer = ISSUER): string {
  return generateURI({ issuer, label: account, secret, period: TOTP_PERIOD });
}

/** The code for an instant (tests and the CLI use it; the server only verifies). */
export function totpCode(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD });
}

/**
 * The time step of a valid code, or null. One step either side is accepted (clock drift), and a
 * step at or before the last one used is refused (RFC 6238 §5.2: a code is good once).
 */
export function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const r = verifySync({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    period: TOTP_PERIOD,
    epochTolerance: TOTP_PERIOD,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return r.valid && 'timeStep' in r ? r.timeStep : null;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like 'k7m2q-x9d4w' (about 50 bits each), shown once. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const bytes = randomBytes(10);
    const s = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

export function normaliseRecoveryCode(raw: string): string | null {
  const s = raw.trim().toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z2-9]{10}$/.test(s) ? `${s.slice(0, 5)}-${s.slice(5)}` : null;
}

export const recoveryHash = (code: string) => createHash('sha256').update(`clinicpress-recovery:${code}`).digest('hex');

export function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const cryptoFor = new WeakMap<Config, Promise<PatientCrypto>>();

/** The personal-data cipher (DATA_KEY, or the key kept in the database), shared per configuration. */
export function staffCrypto(db: Kysely<Database>, config: Config): Promise<PatientCrypto> {
  let c = cryptoFor.get(config);
  if (!c) {
    c = loadPatientCrypto(db, config.booking.dataKey);
    c.catch(() => cryptoFor.delete(config));
    cryptoFor.set(config, c);
  }
  return c;
}
