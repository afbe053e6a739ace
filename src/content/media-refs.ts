import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const MEDIA_REF = /\/uploads\/media\/([A-Za-z0-9_-]{8,64})-\d+\.(?:webp|jpe?g|png)/g;

/** Keys of library images a Markdown body uses that have no alt text yet (or no library entry). */
export async function missingAltText(db: Kysely<Database>, markdown: string): Promise<string[]> {
  const keys = [...new Set([...markdown.matchAll(MEDIA_REF)].map((m) => m[1]!))];
  if (!keys.length) return [];
  const rows = await db.selectFrom('media').select(['file_key', 'alt']).where('file_key', 'in', keys).execute();
  const withAlt = new Set(rows.filter((r) => r.alt.trim()).map((r) => r.file_key));
  return keys.filter((k) => !withAlt.has(k));
}
