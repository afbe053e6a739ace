import { sql, type Kysely } from 'kysely';

// Issue 13 (decision 0050): the hospital page became a search document. A site indexed before
// that has none until its profile is saved or `clinicpress reindex` runs, so 停车场 or 门诊时间
// would find nothing after the upgrade. Writing the document needs the segmenter, which a
// migration should not load; this queues the site feature's job (site.index-hospital), which the
// first serving process runs within seconds. A site that already has the document, or has no
// profile yet (the seed writes both), gets no job. The literal kind is the job's name as
// src/site/site.jobs.ts registers it: a migration stays as written even if the code moves.
export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  await sql`insert into job (kind, payload_json, run_at, created_at)
    select 'site.index-hospital', '{}', ${now}, ${now}
    where exists (select 1 from site_profile where id = 1)
      and not exists (select 1 from search_doc where kind = 'page')
      and not exists (select 1 from job where kind = 'site.index-hospital' and done_at is null)`.execute(db);
}
