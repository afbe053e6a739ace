import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { replaceDocs, type SearchSource } from '../search/index.js';
import { plainText } from '../web/markdown.js';
import { listDoctors } from './doctors.repository.js';

// An active doctor is one search document (kind 'doctor'): written when the profile is saved,
// rebuilt with the rest by `clinicpress reindex`.

export async function indexDoctor(
  db: Kysely<Database>,
  d: { id: number; slug: string; name: string; title: string; specialties: string[]; bioMd: string },
  now: string,
): Promise<void> {
  const title = `${d.name} ${d.title}`;
  const body = `${d.specialties.join('、')}\n${plainText(d.bioMd)}`;
  await replaceDocs(db, 'doctor', d.id, [
    { kind: 'doctor', ref_id: d.id, url: `/doctors/${d.slug}`, title, body, published_at: now },
  ]);
}

/** Every active doctor into the search index (a rebuild). */
export const doctorSearchSource: SearchSource = {
  name: 'doctors',
  async indexAll(trx, now) {
    const doctors = await listDoctors(trx);
    for (const d of doctors) {
      await indexDoctor(trx, { id: d.id, slug: d.slug, name: d.name, title: d.title, specialties: JSON.parse(d.specialties_json) as string[], bioMd: d.bio_md }, now.toISOString());
    }
    return doctors.length;
  },
};
