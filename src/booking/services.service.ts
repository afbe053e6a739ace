import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { findServiceByKey, questionRows } from './services.repository.js';
import { serviceOf, unknownService, type Service } from './screening.js';

type Db = Kysely<Database>;

/** A service as the booking pages ask it now: its active questions in order. */
export async function loadService(db: Db, key: string): Promise<Service> {
  const row = await findServiceByKey(db, key);
  if (!row) return unknownService(key);
  return serviceOf(row, await questionRows(db, row.id));
}
