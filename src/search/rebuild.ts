import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';
import { clearIndex } from './search.repository.js';

/**
 * What a feature hands the search index for a rebuild: it writes its documents (replaceDocs) and
 * says how many things it indexed. Search knows no feature; the composition lists the sources.
 */
export interface SearchSource {
  name: string;
  indexAll(trx: Transaction<Database>, now: Date): Promise<number>;
}

/** Rebuilds every search row from what is public now: the index is derived and can always be remade. */
export async function rebuildIndex(db: Kysely<Database>, sources: readonly SearchSource[], now: Date): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    await clearIndex(trx);
    const counts: Record<string, number> = {};
    for (const s of sources) counts[s.name] = await s.indexAll(trx, now);
    // Running servers keep the search postings in memory and refresh them when the version moves.
    await bumpContentVersion(trx);
    return counts;
  });
}
