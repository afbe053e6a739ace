import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { articles } from '../../src/demo/data/articles/index.js';
import { categories } from '../../src/demo/data/categories.js';
import { doctors } from '../../src/demo/data/doctors.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { publishArticle } from '../helpers/articles.js';
import { dialects } from '../helpers/db.js';
import { hrefs, text } from '../helpers/html.js';
import { bumpContentVersion } from '../../src/platform/site-state.repository.js';

// Issue 17 item 7: /articles lists exactly what published() lets the public see, newest first, ten
// a page, filtered by category and doctor; /categories counts per category. On both engines.

const PAGE = 10;

/** The article slugs a listing page links to with a card heading, in order. */
function listed(html: string): string[] {
  return [...html.matchAll(/<h2 class="card-title"><a href="(?:\/en)?\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
}

function dates(html: string): string[] {
  const list = html.slice(html.indexOf('<ul class="article-list">'));
  return [...list.matchAll(/<time dateTime="([^"]+)"/gi)].map((m) => m[1]!);
}

async function all(app: TestApp, query: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; page < 50; page++) {
    const sep = query ? '&' : '?';
    const res = await app.get(`${prefix}/articles${query ? `?${query}` : ''}${page > 1 ? `${sep}page=${page}` : ''}`);
    if (res.statusCode === 404 && page > 1) break;
    assert.equal(res.statusCode, 200, `page ${page} of ${query}`);
    const slugs = listed(res.body);
    assert.ok(slugs.length <= PAGE);
    out.push(...slugs);
    if (!res.body.includes('rel="next"')) break;
  }
  return out;
}

for (const dialect of dialects) {
  describe(`article index on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
      const db = app.t.db.kysely;
      // Three extra articles: one published, one whose approval is gone (so not approved), one
      // taken back (no published_at). Only the first may appear anywhere in the index.
      await publishArticle(db, { slug: 'index-visible', title: '索引可见的测试文章', publishedAt: new Date(Date.now() + 86400_000).toISOString() });
      const unapproved = await publishArticle(db, { slug: 'index-unapproved', title: '未审核的测试文章' });
      const rev = await db.selectFrom('article').select('published_revision_id').where('id', '=', unapproved).executeTakeFirstOrThrow();
      await db.deleteFrom('review_approval').where('revision_id', '=', rev.published_revision_id!).execute();
      const unpublished = await publishArticle(db, { slug: 'index-unpublished', title: '未发布的测试文章' });
      await db.updateTable('article').set({ published_at: null, status: 'draft' }).where('id', '=', unpublished).execute();
      await bumpContentVersion(db);
    });
    after(() => app.close());

    test('lists every published, approved article once, newest first, ten a page', async () => {
      const first = await app.get('/articles');
      assert.equal(first.statusCode, 200);
      assert.equal(listed(first.body).length, PAGE);
      assert.equal(listed(first.body)[0], 'index-visible', 'the newest article comes first');
      const slugs = await all(app, '');
      assert.deepEqual([...slugs].sort(), [...articles.map((a) => a.slug), 'index-visible'].sort());
      assert.ok(!slugs.includes('index-unapproved') && !slugs.includes('index-unpublished'));
      for (const p of [1, 2, 3]) {
        const d = dates((await app.get(`/articles?page=${p}`)).body);
        assert.deepEqual(d, [...d].sort().reverse(), `page ${p} is newest first`);
      }
      assert.match(text(first.body), new RegExp(`共 ${articles.length + 1} 篇`));
    });

    test('filters by category and by doctor, alone and together, and the pager keeps them', async () => {
      const cat = categories[0]!;
      const inCat = await all(app, `category=${cat.slug}`);
      const expectCat = articles.filter((a) => a.categorySlug === cat.slug).map((a) => a.slug);
      // The extra test article was put in the first category by the helper.
      assert.deepEqual([...inCat].sort(), [...expectCat, 'index-visible'].sort());

      const doc = doctors.find((d) => articles.some((a) => a.authorDoctorSlug === d.slug || a.reviewerDoctorSlug === d.slug) && !articles.every((a) => a.authorDoctorSlug === d.slug || a.reviewerDoctorSlug === d.slug))!;
      const byDoc = await all(app, `doctor=${doc.slug}`);
      const expectDoc = articles.filter((a) => a.authorDoctorSlug === doc.slug || a.reviewerDoctorSlug === doc.slug).map((a) => a.slug);
      const firstDoctor = await app.t.db.kysely.selectFrom('doctor').select('slug').orderBy('id').executeTakeFirstOrThrow();
      assert.deepEqual([...byDoc].sort(), [...expectDoc, ...(doc.slug === firstDoctor.slug ? ['index-visible'] : [])].sort());
      assert.ok(byDoc.length < articles.length, 'the doctor filter leaves some out');

      const both = await all(app, `category=${cat.slug}&doctor=${doc.slug}`);
      assert.deepEqual([...both].sort(), inCat.filter((s) => byDoc.includes(s)).sort());

      const res = await app.get(`/articles?category=${cat.slug}&doctor=${doc.slug}`);
      assert.match(res.body, /<option value="[a-z-]+" selected="">|<option selected="" value="[a-z-]+">|<option value="[a-z-]+" selected>/);
      const next = hrefs(res.body).find((h) => h.startsWith('/articles?') && h.includes('page=2'));
      if (both.length > PAGE) assert.ok(next?.includes(`category=${cat.slug}`) && next.includes(`doctor=${doc.slug}`));
      const pageTwo = hrefs((await app.get('/articles')).body).find((h) => h.includes('page=2'));
      assert.equal(pageTwo, '/articles?page=2');
    });

    test('bad parameters are 400, unknown filters and pages past the end are 404, never 5xx', async () => {
      for (const q of ['page=0', 'page=abc', 'page=-1', 'page=1e9', 'category=%E4%B8%AD', 'doctor=Bad_Slug', `category=${'a'.repeat(101)}`]) {
        assert.equal((await app.get(`/articles?${q}`)).statusCode, 400, q);
      }
      for (const q of ['page=99', 'category=no-such-category', 'doctor=no-such-doctor']) {
        assert.equal((await app.get(`/articles?${q}`)).statusCode, 404, q);
        assert.equal((await app.get(`/en/articles?${q}`)).statusCode, 404, `/en ${q}`);
      }
      // An empty filter, as the form sends for "all", is no filter.
      const empty = await app.get('/articles?category=&doctor=');
      assert.equal(empty.statusCode, 200);
      assert.deepEqual(listed(empty.body), listed((await app.get('/articles')).body));
    });

    test('/categories lists each category with its count and link; both under /en; the menu goes to /articles', async () => {
      for (const prefix of ['', '/en']) {
        const res = await app.get(`${prefix}/categories`);
        assert.equal(res.statusCode, 200);
        const links = hrefs(res.body);
        for (const c of categories) {
          assert.ok(links.includes(`${prefix}/categories/${c.slug}`), `${prefix} link to ${c.slug}`);
          const n = articles.filter((a) => a.categorySlug === c.slug).length + (c.slug === categories[0]!.slug ? 1 : 0);
          const block = res.body.slice(res.body.indexOf(`href="${prefix}/categories/${c.slug}"`));
          const count = block.match(prefix ? /(\d+) articles/ : /(\d+) 篇文章/)!;
          assert.equal(Number(count[1]), n, `${prefix} count of ${c.slug}`);
        }
        const index = await app.get(`${prefix}/articles`);
        assert.equal(index.statusCode, 200);
        assert.match(index.body, new RegExp(`<a href="${prefix}/articles">${prefix ? 'Articles' : '科普文章'}</a>`));
      }
    });

    test('the index is served from the page cache and renewed when content changes', async () => {
      await app.get('/articles?page=2');
      const again = await app.get('/articles?page=2');
      assert.equal(again.headers['x-page-cache'], 'hit');
      await publishArticle(app.t.db.kysely, { slug: 'index-later', title: '后来发布的测试文章', publishedAt: new Date(Date.now() + 2 * 86400_000).toISOString() });
      // Another instance's change is seen at the next version check (once a second).
      app.clock.now = new Date(app.clock.now.getTime() + 1500);
      const fresh = await app.get('/articles');
      assert.equal(listed(fresh.body)[0], 'index-later');
    });
  });
}
