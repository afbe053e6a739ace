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
  /**
   * A public fingerprint of the master key (10 base64url characters), written into every ciphertext
   * and kept in site_state: a half-rotated database says which key each value needs, and a server
   * started with the wrong DATA_KEY refuses instead of failing on every page (docs/decisions/0013).
   */
  readonly keyId: string;

  constructor(master: Buffer) {
    if (master.length !== 32) throw new Error('The data key must be 32 bytes');
    const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
    this.enc = derive('clinicpress/patient-data/aes-256-gcm/v1');
    this.mac = derive('clinicpress/patient-data/hmac/v1');
    this.tok = derive('clinicpress/patient-data/tokens/v1');
    this.keyId = derive('clinicpress/patient-data/key-id/v1').toString('base64url').slice(0, 10);
  }

  /** 'v2.' + key id + '.' + base64url(iv ‖ tag ‖ ciphertext). */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.enc, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v2.${this.keyId}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** True when the value was encrypted with this key (by its key id; 'v1.' values carry none). */
  owns(stored: string): boolean {
    return stored.startsWith(`v2.${this.keyId}.`);
  }

  decrypt(stored: string): string {
    let payload: string;
    if (stored.startsWith('v1.')) payload = stored.slice(3);
    else if (stored.startsWith('v2.')) {
      const dot = stored.indexOf('.', 3);
      const kid = stored.slice(3, dot);
      if (dot < 0 || kid !== this.keyId) throw new Error(`Encrypted with another key (id ${kid}); this key is ${this.keyId}`);
      payload = stored.slice(dot + 1);
    } else throw new Error('Unknown ciphertext version');
    const raw = Buffer.from(payload, 'base64url');
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

/** The key cannot be used with this database; the message says what to do. */
export class DataKeyError extends Error {}

/** site_state keys: the stored key (development only), the key id in use, an unfinished rotation. */
export const DATA_KEY_STATE = { key: 'data_key', id: 'data_key_id', rotation: 'key_rotation' } as const;

const stateOf = async (db: Kysely<Database>, key: string) => (await db.selectFrom('site_state').select('value').where('key', '=', key).executeTakeFirst())?.value;

async function putState(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db.insertInto('site_state').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
}

/**
 * The configured key, or the one kept in the database (made on first use, shared by every instance;
 * only allowed where config.ts allows a missing DATA_KEY: SQLite in development). Refuses a key that
 * is not the one the data was encrypted with, and a database whose key rotation is unfinished.
 */
export async function loadPatientCrypto(db: Kysely<Database>, configured: Buffer | undefined): Promise<PatientCrypto> {
  if (await stateOf(db, DATA_KEY_STATE.rotation)) {
    throw new DataKeyError('A key rotation was started and not finished: run `clinicpress rotate-key` again with the same DATA_KEY and NEW_DATA_KEY to finish it, then start with DATA_KEY set to the new key.');
  }
  const storedId = await stateOf(db, DATA_KEY_STATE.id);
  let crypto: PatientCrypto;
  if (configured) {
    crypto = new PatientCrypto(configured);
    const kept = await stateOf(db, DATA_KEY_STATE.key);
    if (!storedId && kept && new PatientCrypto(Buffer.from(kept, 'base64url')).keyId !== crypto.keyId) {
      throw new DataKeyError('This database was encrypted with a key kept in the database itself, not with DATA_KEY. Move to DATA_KEY with `clinicpress rotate-key` (start it without DATA_KEY and with NEW_DATA_KEY set to the key you want).');
    }
  } else {
    let kept = await stateOf(db, DATA_KEY_STATE.key);
    if (!kept) {
      if (storedId) throw new DataKeyError(`DATA_KEY is not set, and this database is encrypted with the key whose id is ${storedId}: set DATA_KEY to it.`);
      await putState(db, DATA_KEY_STATE.key, randomBytes(32).toString('base64url'));
      kept = (await stateOf(db, DATA_KEY_STATE.key))!;
    }
    crypto = new PatientCrypto(Buffer.from(kept, 'base64url'));
  }
  if (storedId && storedId !== crypto.keyId) {
    throw new DataKeyError(`DATA_KEY is not the key this database is encrypted with (it has key id ${crypto.keyId}; the data needs ${storedId}). To change the key, run \`clinicpress rotate-key\` with the old DATA_KEY and NEW_DATA_KEY.`);
  }
  if (!storedId) await putState(db, DATA_KEY_STATE.id, crypto.keyId);
  return crypto;
}

/** 13812345678 → 138****5678, for lists and messages where the whole number is not needed. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
}
