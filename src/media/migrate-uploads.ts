import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { walkFiles } from '../ops/walk.js';
import { isSafePath, putFile, PathTaken, resolvePath, sha256 } from './store.js';

export interface MigrateUploadsResult {
  /** Files newly stored (or a mutable path pointed at the folder's newer content). */
  stored: number;
  /** Files the store already held under the same path with the same content. */
  unchanged: number;
  /** Files left alone: a name that is not a storable path, or an immutable path holding other content. */
  skipped: string[];
  /** Files deleted from the folder after the store was seen to hold them (only with `remove`). */
  removed: number;
}

/**
 * Moves the files of a DATA_DIR/uploads folder (written before the shared store) into the store
 * under the same paths, so their /uploads/… URLs keep answering on every instance. Idempotent: a
 * second run stores nothing. One file per transaction, so an interrupted run keeps what it did.
 */
export async function migrateUploads(
  db: Kysely<Database>,
  uploadsDir: string,
  opts: { now: Date; remove?: boolean; onFile?: (rel: string, outcome: 'stored' | 'unchanged' | 'skipped') => void },
): Promise<MigrateUploadsResult> {
  const result: MigrateUploadsResult = { stored: 0, unchanged: 0, skipped: [], removed: 0 };
  for (const rel of walkFiles(uploadsDir)) {
    const file = path.join(uploadsDir, rel);
    let outcome: 'stored' | 'unchanged' | 'skipped';
    if (!isSafePath(rel)) outcome = 'skipped';
    else {
      const bytes = fs.readFileSync(file);
      try {
        outcome = (await putFile(db, rel, bytes, { now: opts.now })).changed ? 'stored' : 'unchanged';
      } catch (err) {
        if (!(err instanceof PathTaken)) throw err;
        outcome = 'skipped';
      }
      if (outcome !== 'skipped' && opts.remove && (await resolvePath(db, rel))?.hash === sha256(bytes)) {
        fs.rmSync(file);
        result.removed++;
      }
    }
    if (outcome === 'skipped') result.skipped.push(rel);
    else result[outcome]++;
    opts.onFile?.(rel, outcome);
  }
  return result;
}
