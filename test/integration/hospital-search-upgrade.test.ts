import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as hospitalDoc from '../../src/db/migrations/0022_hospital_search_doc.js';
import { runDueJobs } from '../../src/jobs/jobs.js';
import { jobHandlers } from '../../src/main.js';
import { getContentVersion } from '../../src/platform/site-state.repository.js';
import { search } from '../../src/search/search.service.js';
import { loadConfig } from '../../src/config.js';
import { createDemoDatabase, DEMO_NOW, dialects } from '../helpers/db.js';

// Issue 13 (decision 0050): a site indexed before the hospital page was searchable has no document
// for it. Migration 0022 queues the site feature's job, the job runner writes the document, and
// 停车场 finds the page with no reindex and no save of the profile.

const hrefs = (o: Awaited<ReturnType<typeof search>>) => (o.kind === 'results' ? o.hits.map((h) => h.url) : []);

for (const dialect of dialects) {
  test(`an upgraded site's hospital page becomes searchable through migration 0022's job (${dialect.name})`, async () => {
    const t = await createDemoDatabase(dialect);
    try {
      const db = t.db.kysely;
      const pageDocs = () => db.selectFrom('search_doc').select('id').where('kind', '=', 'page').execute();
      const queued = () => db.selectFrom('job').select(['id', 'done_at']).where('kind', '=', 'site.index-hospital').execute();
      assert.equal((await pageDocs()).length, 1, 'the seed indexes the page');

      // A site that already has the document gets no job.
      await hospitalDoc.up(db);
      assert.deepEqual(await queued(), []);

      // As an older version left it: no page document.
      await db.deleteFrom('search_term').where('doc_id', 'in', (await pageDocs()).map((d) => d.id)).execute();
      await db.deleteFrom('search_doc').where('kind', '=', 'page').execute();
      assert.ok(!hrefs(await search(db, '停车场', 1)).includes('/hospital'));

      await hospitalDoc.up(db);
      await hospitalDoc.up(db);
      assert.equal((await queued()).length, 1, 'queued once, however often the migration runs');

      const version = await getContentVersion(db);
      const config = loadConfig({ DATA_DIR: t.dataDir, LOG_LEVEL: 'silent' });
      // Only this job: the demo's own (reminders, roll-ups) are not what is tested here.
      await db.updateTable('job').set({ done_at: DEMO_NOW.toISOString() }).where('kind', '<>', 'site.index-hospital').where('done_at', 'is', null).execute();
      const ran = await runDueJobs(db, jobHandlers(config), new Date(Date.now() + 60_000));
      assert.deepEqual(ran, { done: 1, failed: 0 });
      assert.equal((await pageDocs()).length, 1);
      assert.ok((await queued()).every((j) => j.done_at), 'the job is done');
      assert.ok((await getContentVersion(db)) > version, 'running servers read the postings again');
      assert.ok(hrefs(await search(db, '停车场', 1, undefined, { engine: 'sql' })).includes('/hospital'));
      assert.ok(hrefs(await search(db, '停车场', 1, await getContentVersion(db), { engine: 'memory' })).includes('/hospital'));
    } finally {
      await t.drop();
    }
  });
}
