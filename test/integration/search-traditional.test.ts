import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as OpenCC from 'opencc-js/cn2t';
import { getContentVersion } from '../../src/platform/site-state.repository.js';
import { EVAL_QUERIES } from '../../src/search/eval/queries.js';
import { search } from '../../src/search/search.service.js';
import { demoAppPerDialect } from '../helpers/app.js';
import { dialects, engineSample } from '../helpers/db.js';
import { text } from '../helpers/html.js';

// Traditional characters are folded before matching (src/web/han.ts): a query typed in Hong Kong
// or Taiwan forms finds what the same query in simplified characters finds. OpenCC writes the
// traditional forms here, so the queries are not the ones the folding table was checked on.
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

const appFor = demoAppPerDialect();

for (const dialect of dialects) {
  describe(`traditional-character queries on ${dialect.name}`, () => {
    const app = () => appFor(dialect.name);

    test('900 of its engine\'s half of the labelled Chinese queries, written in traditional characters, gets the simplified query\'s first page', async () => {
      const db = app().deps.db;
      // The version the search route passes: the vocabulary is read once, not at every call.
      const version = await getContentVersion(db);
      let compared = 0;
      // 900 of this engine's half of the labelled queries (helpers/db.ts; other ones than the thread's and memory's).
      for (const { q } of engineSample(EVAL_QUERIES, dialect.name, 2 / 3)) {
        for (const convert of [toTraditional, toTaiwan]) {
          const t = convert(q);
          if (t === q) continue;
          const [a, b] = [await search(db, q, 1, version), await search(db, t, 1, version)];
          const urls = (o: typeof a) => (o.kind === 'results' ? o.hits.map((h) => h.url) : o.kind);
          assert.deepEqual(urls(b), urls(a), `${t} (${q})`);
          compared++;
        }
      }
      assert.ok(compared >= 120, `${compared} traditional forms compared`);
    });

    test('a traditional query is not "corrected": it is the same words, so the page shows no correction', async () => {
      const res = await app().get(`/search?q=${encodeURIComponent('皮膚乾燥發癢怎麼辦')}`);
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(text(res.body), /已为您显示/);
      assert.match(res.body, /<mark>/);
    });
  });
}
