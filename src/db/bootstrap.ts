import path from 'node:path';
import { loadPatientCrypto } from '../personal-data/patient-crypto.js';
import type { Config } from '../config.js';
import { openDatabase, type Db } from './connection.js';
import { migrateToLatest } from './migrate.js';
import { isEmpty, seedDemo } from './seed/seed.js';

/** Opens, migrates and (on an empty database, when allowed) seeds: what `npm start` needs. */
export async function prepareDatabase(config: Config, log: (msg: string) => void, now = new Date()): Promise<Db> {
  const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const applied = await migrateToLatest(db.kysely);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    if (config.seedDemo && (await isEmpty(db.kysely))) {
      const r = await seedDemo(db.kysely, { now, uploadsDir: path.join(config.dataDir, 'uploads'), dataKey: config.booking.dataKey });
      log(`Empty database: loaded the demo hospital (${r.doctors} doctors, ${r.articles} articles).`);
    }
    // The wrong key, or an unfinished key rotation, stops the start here rather than on every page.
    await loadPatientCrypto(db.kysely, config.booking.dataKey);
    return db;
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
