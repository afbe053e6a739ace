import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as qaWeights from '../../src/db/migrations/0021_qa_search_weights.js';
import { getContentVersion } from '../../src/platform/site-state.repository.js';
import { docWeights, termWeights } from '../../src/search/search.repository.js';
import { createDemoDatabase, dialects } from '../helpers/db.js';

// Issue 13: a site indexed before Q&A pages weighed half holds their words at full weight.
// Migration 0021 scales those rows as new code writes them, with no reindex, and moves the
// content version so running servers read the postings again. Articles are not touched.

for (const dialect of dialects) {
  test(`migration 0021 scales an existing site's Q&A search words as the index now writes them (${dialect.name})`, async () => {
    const t = await createDemoDatabase(dialect);
    try {
      const db = t.db.kysely;
      const rows = () =>
        db
          .selectFrom('search_term as t')
          .innerJoin('search_doc as d', 'd.id', 't.doc_id')
          .select(['d.id', 'd.kind', 'd.title', 'd.body', 't.term', 't.weight'])
          .orderBy('d.id')
          .orderBy('t.term')
          .execute();
      const now = await rows();
      const qaDocs = [...new Map(now.filter((r) => r.kind === 'qa').map((r) => [r.id, r])).values()];
      assert.ok(qaDocs.length >= 2, 'the demo has public Q&A pages');
      // As the old code wrote them: unscaled.
      for (const d of qaDocs) {
        for (const [term, weight] of termWeights(d.title, d.body)) {
          await db.updateTable('search_term').set({ weight }).where('doc_id', '=', d.id).where('term', '=', term).execute();
        }
      }
      const before = await rows();
      assert.notDeepEqual(before, now, 'the Q&A rows were at full weight');
      const version = await getContentVersion(db);

      await qaWeights.up(db);

      assert.deepEqual(await rows(), now);
      for (const d of qaDocs) {
        const want = docWeights('qa', d.title, d.body);
        for (const r of now.filter((x) => x.id === d.id)) assert.equal(Number(r.weight), want.get(r.term), `${d.id} ${r.term}`);
      }
      assert.equal(await getContentVersion(db), version + 1);
    } finally {
      await t.drop();
    }
  });
}
