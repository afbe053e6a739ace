import type { Kysely, Transaction } from 'kysely';
import type { PatientCrypto } from './patient-crypto.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';

/**
 * Every feature that keeps patient data says here how to find, export, and erase it by mobile
 * number. The data-rights pages (src/privacy/) go through personalDataSources() only, so a new
 * table of patient data is covered once its feature registers a source (src/platform/feature.ts).
 */
export interface PersonContext {
  crypto: PatientCrypto;
  /** The normalised mobile number the patient proved control of, e.g. 13812345678. */
  mobile: string;
  mobileHmac: string;
  now: Date;
  /** The app's configuration, for sources whose withdrawal or erasure follows configured rules (e.g. freeing a booked place). */
  config?: Config;
}

/** A consent the patient gave and may withdraw. */
export interface HeldConsent {
  /** The source's name and its own id of the consent, e.g. 'questions' and 'q12:publish'. */
  source: string;
  id: string;
  /** Plain words for the patient, in Chinese. */
  label: string;
  givenAt: string;
  withdrawnAt: string | null;
  /** False when this consent cannot be withdrawn on its own any more (e.g. a visit that already took place); default true. */
  withdrawable?: boolean;
  /** What withdrawing means, in plain Chinese words (e.g. "撤回即取消该预约"). */
  effect?: string;
}

export interface PersonalDataSource {
  /** The key of this source's part of the export, e.g. 'bookings'. */
  name: string;
  /** Everything held about the person, decrypted, as plain JSON (no internal hashes). */
  export(db: Kysely<Database>, person: PersonContext): Promise<unknown[]>;
  consents(db: Kysely<Database>, person: PersonContext): Promise<HeldConsent[]>;
  /** Withdraws one of this person's consents; false when it is not theirs or already withdrawn. */
  withdraw(trx: Transaction<Database>, person: PersonContext, consentId: string): Promise<boolean>;
  /**
   * Deletes, or irreversibly strips of everything identifying, each row about the person
   * (including the mobile HMAC). Returns how many rows it changed.
   */
  erase(trx: Transaction<Database>, person: PersonContext): Promise<number>;
}

let sources: readonly PersonalDataSource[] | undefined;

/** Set once by the composition (src/main.ts) from the features' sources. */
export function setPersonalDataSources(list: readonly PersonalDataSource[]): void {
  sources = list;
}

/** Every registered source; throws rather than answer "nothing held" when none were registered. */
export function personalDataSources(): readonly PersonalDataSource[] {
  if (!sources?.length) throw new Error('No personal-data sources registered: the composition (src/main.ts) was not loaded.');
  return sources;
}
