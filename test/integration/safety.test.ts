import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { publishArticle } from '../helpers/articles.js';
import { hrefs } from '../helpers/html.js';

const EVIL = '<script>alert("x")</script>';

/** No executable script, no javascript: URL, no event-handler attribute anywhere in the markup. */
function assertInert(html: string, where: string) {
  // Allowed: JSON-LD data, and our own islands — an empty module element loading a bundled file
  // from /assets/islands/ (CSP allows scripts from this origin only).
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attrs: m[1]!, body: m[2]! }));
  const ours = (s: { attrs: string; body: string }) => /^\s*type="module" src="\/assets\/islands\/[a-z-]+\.js"\s*$/.test(s.attrs) && s.body === '';
  assert.ok(scripts.every((s) => /type="application\/ld\+json"/.test(s.attrs) || ours(s)), `${where}: executable <script>`);
  assert.equal([...html.matchAll(/<script\b/gi)].length, scripts.length, `${where}: an unclosed <script>`);
  assert.ok(!hrefs(html).some((h) => /^\s*(javascript|vbscript|data):/i.test(h)), `${where}: dangerous link`);
  const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
  const handler = tags.find((t) => /\son[a-z]+\s*=/i.test(t));
  assert.equal(handler, undefined, `${where}: event handler attribute in ${handler}`);
  assert.doesNotMatch(html, /<img[^>]+src="x"/i, `${where}: injected img`);
}

for (const dialect of dialects) {
  describe(`untrusted content renders inert on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
      await publishArticle(app.deps.db, {
        slug: 'hostile-content',
        title: `标题${EVIL}`,
        summary: `摘要"><img src=x onerror=alert(1)>`,
        source: `来源${EVIL}`,
        bodyMd: [
          `## 小节${EVIL}`,
          '<img src=x onerror="alert(1)">',
          '[点我](javascript:alert(1)) [再点](  JAVASCRIPT:alert(1)) [图](data:text/html,<script>alert(1)</script>)',
          '<a href="javascript:alert(1)" onclick="alert(1)">链接</a>',
          '<div onmouseover="alert(1)">悬停</div>',
          '{{block:kf}}',
        ].join('\n\n'),
        blocks: [
          { type: 'keyFacts', id: 'kf', title: `表${EVIL}`, columns: ['项目<b onclick=x>', '说明'], rows: [['<svg onload=alert(1)>', 'javascript:alert(1)']] },
          { type: 'tips', id: 'tp', title: '提示', items: ['<iframe src="javascript:alert(1)"></iframe>'] },
          { type: 'contraindications', id: 'ci', title: '禁忌', items: ['"><script>alert(1)</script>'] },
          { type: 'faq', id: 'fq', title: '问答', items: [{ question: `问${EVIL}`, answer: '<a href="javascript:alert(1)">答</a>' }] },
        ],
      });
      app.deps.site.invalidate();
    });
    after(() => app.close());

    test('the article page shows hostile content as text', async () => {
      const res = await app.get('/articles/hostile-content');
      assert.equal(res.statusCode, 200);
      assertInert(res.body, 'article');
      assert.ok(res.body.includes('<h1>标题&lt;script>alert(&quot;x&quot;)&lt;/script></h1>'));
      // JSON-LD carries the title but cannot break out of its element.
      assert.ok(res.body.includes('标题\\u003cscript\\u003e'));
    });

    test('lists, feed and sitemap escape it too', async () => {
      for (const url of ['/', '/categories/treatment-technology', '/doctors']) assertInert((await app.get(url)).body, url);
      const feed = (await app.get('/feed.xml')).body;
      assert.ok(!feed.includes(EVIL) && feed.includes('标题&lt;script&gt;'));
    });

    test('a hostile search query is shown as text, and finds the article as text', async () => {
      const q = encodeURIComponent(`"><script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1)`);
      const res = await app.get(`/search?q=${q}`);
      assert.ok(res.statusCode === 200 || res.statusCode === 400);
      assertInert(res.body, 'search');
      const found = await app.get(`/search?q=${encodeURIComponent('小节 script')}`);
      assertInert(found.body, 'search results');
      assert.ok(hrefs(found.body).includes('/articles/hostile-content'));
    });
  });

  describe(`publication rules on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('a published revision whose content no longer matches its approval is not shown', async () => {
      const db = app.deps.db;
      const id = await publishArticle(db, { slug: 'tamper-check', title: '原始标题' });
      app.deps.site.invalidate();
      assert.equal((await app.get('/articles/tamper-check')).statusCode, 200);
      // Change the revision's content hash behind the approval's back (as a bad import might).
      const a = await db.selectFrom('article').select('published_revision_id').where('id', '=', id).executeTakeFirstOrThrow();
      await db.updateTable('article_revision').set({ content_hash: 'sha256:changed' }).where('id', '=', a.published_revision_id!).execute();
      await db.updateTable('site_state').set({ value: '999999' }).where('key', '=', 'content_version').execute();
      app.deps.site.invalidate();
      assert.equal((await app.get('/articles/tamper-check')).statusCode, 404);
      assert.ok(!hrefs((await app.get('/')).body).includes('/articles/tamper-check'));
    });

    test('unpublished and archived articles are not public', async () => {
      const db = app.deps.db;
      const id = await publishArticle(db, { slug: 'draft-check' });
      const archived = await publishArticle(db, { slug: 'archived-check' });
      await db.updateTable('article').set({ status: 'draft', published_revision_id: null }).where('id', '=', id).execute();
      await db.updateTable('article').set({ status: 'archived' }).where('id', '=', archived).execute();
      await db.updateTable('site_state').set({ value: '1000000' }).where('key', '=', 'content_version').execute();
      app.deps.site.invalidate();
      assert.equal((await app.get('/articles/draft-check')).statusCode, 404);
      assert.equal((await app.get('/articles/archived-check')).statusCode, 404);
    });
  });
}
