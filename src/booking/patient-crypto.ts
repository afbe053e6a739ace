import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Patients' identifying and health fields are encrypted at rest with AES-256-GCM; the mobile
 * number also gets a keyed HMAC so it can be looked up and counted without decrypting anything.
 * Three keys are derived (HKDF) from one master key: DATA_KEY, or, when it is not configured, a
 * key made once and kept in site_state (so every instance shares it; see docs/decisions/0007).
 */
export class PatientCrypto {
  private readonly enc: Buffer;
  private readonly mac: Buffer;
  private readonly tok: Buffer;

  constructor(master: Buffer) {
    if (master.length !== 32) throw new Error('The data key must be 32 bytes');
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
    this.enc = derive('clinicpress/patient-data/aes-256-gcm/v1');
    this.mac = derive('clinicpress/patient-data/hmac/v1');
    this.tok = derive('clinicpress/patient-data/tokens/v1');
  }

  /** 'v1.' + base64url(iv ‖ tag ‖ ciphertext). */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.enc, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('v1.')) throw new Error('Unknown ciphertext version');
    const raw = Buffer.from(stored.slice(3), 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.enc, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The look-up key of a (normalised) mobile number. */
  mobileHmac(mobile: string): string {
    return createHmac('sha256', this.mac).update(`mobile:${mobile}`).digest('base64url');
  }

  /**
   * A private-link token that the server can make again from what it stored (so a repeated form
   * submission shows the same link), while the database keeps only its hash.
   */
  token(purpose: string, ...parts: (string | number)[]): string {
    // 22 base64url characters: 132 bits, short enough for a two-segment text message.
    return createHmac('sha256', this.tok).update([purpose, ...parts].join('\u0000')).digest('base64url').slice(0, 22);
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** The configured key, or the one kept in the database (made on first use, shared by every instance). */
export async function loadPatientCrypto(db: Kysely<Database>, configured: Buffer | undefined): Promise<PatientCrypto> {
  if (configured) return new PatientCrypto(configured);
  const read = () => db.selectFrom('site_state').select('value').where('key', '=', 'data_key').executeTakeFirst();
  let row = await read();
  if (!row) {
    await db
      .insertInto('site_state')
      .values({ key: 'data_key', value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    row = await read();
  }
  return new PatientCrypto(Buffer.from(row!.value, 'base64url'));
}

/** 13812345678 → 138****5678, for lists and messages where the whole number is not needed. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
}
