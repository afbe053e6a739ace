import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { SiteService } from '../../src/site/site.service.js';
import { createDemoDatabase, DEMO_NOW, dialects } from '../helpers/db.js';

// The hot topics every public page shows are computed once per minute and content version; the
// requests in flight when that runs out share one computation instead of each summing the views.

function counting(): { plugin: KyselyPlugin; count: () => number } {
  let n = 0;
  return {
    plugin: {
      transformQuery: (args) => {
        n++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    },
    count: () => n,
  };
}

for (const dialect of dialects) {
  describe(`the public pages' shared lists on ${dialect.name}`, () => {
    test('fifty pages asking for the hot topics at once run the queries of one', async () => {
      const t = await createDemoDatabase(dialect);
      try {
        const one = counting();
        const alone = new SiteService(t.db.kysely.withPlugin(one.plugin), 'Asia/Shanghai', () => DEMO_NOW);
        const expected = await alone.hotTopics();
        const queriesOfOne = one.count();
        assert.ok(queriesOfOne >= 3, `the hot topics read pins, views and cards (${queriesOfOne} queries)`);

        const many = counting();
        const site = new SiteService(t.db.kysely.withPlugin(many.plugin), 'Asia/Shanghai', () => DEMO_NOW);
        const results = await Promise.all(Array.from({ length: 50 }, () => site.hotTopics()));
        assert.equal(many.count(), queriesOfOne, 'one computation for all fifty');
        for (const r of results) assert.deepEqual(r, expected);

        // Within the minute the lists are served from memory.
        await site.hotList(9);
        assert.equal(many.count(), queriesOfOne);
      } finally {
        await t.drop();
      }
    });
  });
}
