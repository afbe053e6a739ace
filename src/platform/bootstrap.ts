import type { Kysely } from 'kysely';
import { loadPatientCrypto } from '../personal-data/patient-crypto.js';
import type { Config } from '../config.js';
import { openDatabase, type Db } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';

/** Loads demo data into an empty database and says what it loaded; the composition's (src/demo/seed.ts). */
export type DemoSeeder = (db: Kysely<Database>, config: Config, now: Date) => Promise<string | undefined>;

/** Opens, migrates and (on an empty database, when allowed) seeds: what `npm start` needs. */
export async function prepareDatabase(config: Config, log: (msg: string) => void, seedDemo?: DemoSeeder, now = new Date()): Promise<Db> {
  const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const applied = await migrateToLatest(db.kysely);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedDemo && seedDemo) {
      const loaded = await seedDemo(db.kysely, config, now);
      if (loaded) log(loaded);
    }
    // The wrong key, or an unfinished key rotation, stops the start here rather than on every page.
    await loadPatientCrypto(db.kysely, config.booking.dataKey);
    return db;
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
