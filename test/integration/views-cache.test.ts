import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { ViewCounter } from '../../src/content/view-counter.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { hrefs } from '../helpers/html.js';
import { bumpContentVersion } from '../../src/platform/site-state.repository.js';

const ARTICLE = '/articles/woods-lamp-exam';

async function viewRows(app: TestApp): Promise<{ total: number; rows: number }> {
  const r = await app.deps.db
    .selectFrom('article_view_daily')
    .select([(eb) => eb.fn.sum<string | number>('views').as('total'), (eb) => eb.fn.countAll<string | number>().as('rows')])
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), rows: Number(r.rows) };
}

for (const dialect of dialects) {
  describe(`view counting and page cache on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('reading costs no database write; counts arrive in one batch; nothing personal is kept', async () => {
      const before = await viewRows(app);
      for (let i = 0; i < 25; i++) {
        const res = await app.get(ARTICLE, { 'user-agent': `reader-${i}`, 'x-forwarded-for': `10.0.0.${i}` });
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['set-cookie'], undefined);
      }
      assert.deepEqual(await viewRows(app), before, 'no write per request');
      assert.equal((app.deps.views as ViewCounter).pendingCount, 25);
      await app.deps.views.flush(app.clock.now);
      const afterFlush = await viewRows(app);
      assert.equal(afterFlush.total, before.total + 25);
      assert.ok(afterFlush.rows <= before.rows + 1, 'one row per article and day');
      const cols = await app.deps.db.selectFrom('article_view_daily').selectAll().limit(1).executeTakeFirstOrThrow();
      assert.deepEqual(Object.keys(cols).sort(), ['article_id', 'day', 'views']);
    });

    test('the most-read article of the last 30 days leads the hot topics after pinned ones', async () => {
      const target = await app.deps.db.selectFrom('article').select('id').where('slug', '=', 'vitiligo-diet-myths').executeTakeFirstOrThrow();
      for (let i = 0; i < 5000; i++) app.deps.views.add(target.id);
      await app.deps.views.flush(app.clock.now);
      app.clock.now = new Date(app.clock.now.getTime() + 61_000);
      const res = await app.get('/hot');
      const pinned = await app.deps.db.selectFrom('hot_topic_pin').select('article_id').execute();
      const links = hrefs(res.body).filter((h) => h.startsWith('/articles/'));
      assert.equal(links[pinned.length], '/articles/vitiligo-diet-myths', links.join(' '));
      // Views older than 30 days no longer count.
      app.clock.now = new Date(app.clock.now.getTime() + 40 * 86_400_000);
      await bumpContentVersion(app.deps.db);
      app.deps.site.invalidate();
      const later = hrefs((await app.get('/hot')).body).filter((h) => h.startsWith('/articles/'));
      assert.ok(!later.slice(pinned.length).includes('/articles/vitiligo-diet-myths'));
    });

    test('pages come from the cache until the content version moves, even when another instance moves it', async () => {
      const first = await app.get('/hospital');
      const second = await app.get('/hospital');
      assert.equal(second.headers['x-page-cache'], 'hit');
      assert.equal(second.body, first.body);
      // Another instance (here: a plain SQL statement) changes the profile and bumps the version.
      await app.deps.db.updateTable('site_profile').set({ tagline: '新的一句介绍' }).execute();
      await bumpContentVersion(app.deps.db);
      const stale = await app.get('/hospital');
      assert.equal(stale.headers['x-page-cache'], 'hit', 'within the one-second check interval');
      app.clock.now = new Date(app.clock.now.getTime() + 1500);
      const fresh = await app.get('/hospital');
      assert.notEqual(fresh.headers['x-page-cache'], 'hit');
      assert.ok(fresh.body.includes('新的一句介绍'));
    });

    test('unknown query parameters do not create new cache entries', async () => {
      const size = app.deps.cache!.size;
      for (let i = 0; i < 20; i++) await app.get(`/doctors?utm=${i}`);
      assert.ok(app.deps.cache!.size <= size + 1);
    });

    test('with PAGE_CACHE=off every request renders', async () => {
      const off = await demoApp(dialect, { PAGE_CACHE: 'off' });
      try {
        await off.get('/');
        assert.equal((await off.get('/')).headers['x-page-cache'], 'off');
      } finally {
        await off.close();
      }
      await sql`select 1`.execute(app.deps.db);
    });
  });
}
