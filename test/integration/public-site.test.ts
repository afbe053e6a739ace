import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { articles } from '../../src/demo/data/articles/index.js';
import { doctors } from '../../src/demo/data/doctors.js';
import { hospital } from '../../src/demo/data/hospital.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { publishArticle } from '../helpers/articles.js';
import { dialects } from '../helpers/db.js';
import { hrefs, ldOfType, meta, text } from '../helpers/html.js';

const ARTICLE = '/articles/peeling-after-microneedling';
const peeling = articles.find((a) => a.slug === 'peeling-after-microneedling')!;
const overdue = articles.find((a) => a.nextReviewInDays < 0)!;

for (const dialect of dialects) {
  describe(`public pages on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('home shows the hospital, its contact details, articles, hot topics, doctors and categories', async () => {
      const res = await app.get('/');
      assert.equal(res.statusCode, 200);
      const body = text(res.body);
      for (const s of [hospital.name, hospital.address, hospital.phone, hospital.hours[0]!.opens, '推荐阅读', '最新文章', '热门话题', '医生团队', '治疗技术']) {
        assert.ok(body.includes(s), `home lacks ${s}`);
      }
      const links = hrefs(res.body);
      for (const a of articles.filter((x) => x.featured)) assert.ok(links.includes(`/articles/${a.slug}`), `featured ${a.slug}`);
      assert.ok(links.includes('/categories/treatment-technology'));
      assert.ok(links.some((h) => /^\/doctors\/[a-z-]+#booking$/.test(h)));
      assert.equal(ldOfType(res.body, 'MedicalClinic').openingHoursSpecification.length, hospital.hours.length);
    });

    test('the article page has every part of the model page', async () => {
      const res = await app.get(ARTICLE);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      const body = text(html);
      const reviewer = doctors.find((d) => d.slug === peeling.reviewerDoctorSlug)!;
      const author = doctors.find((d) => d.slug === peeling.authorDoctorSlug)!;
      assert.match(html, new RegExp(`<h1>${peeling.title.replace(/[()（）?？]/g, '.')}</h1>`));
      for (const s of ['来源：', peeling.source, `作者：${author.name}`, '发布：', '更新：', `医学审核：${reviewer.name}`, reviewer.licenceNo, '审核日期：', '下次复审：', '本文目录']) {
        assert.ok(body.includes(s), `article lacks ${s}`);
      }
      assert.doesNotMatch(body, /医学复审已于/, 'a current review is not flagged overdue');
      // Typed blocks, each rendered from structured data.
      assert.match(html, /<section class="block key-facts"[\s\S]*?<table>[\s\S]*?<th scope="col">/);
      assert.match(html, /<aside class="block tips"/);
      assert.match(html, /<section class="block contraindications"/);
      const faq = peeling.blocks.find((b) => b.type === 'faq')!;
      assert.equal(faq.type, 'faq');
      for (const item of faq.items) assert.ok(body.includes(item.question) && body.includes(item.answer));
      // Outline links to real heading ids.
      const outline = [...html.matchAll(/<nav class="outline"[\s\S]*?<\/nav>/g)][0]![0];
      for (const id of [...outline.matchAll(/href="#(s\d+)"/g)].map((m) => m[1])) assert.match(html, new RegExp(`<h2 id="${id}">`));
      // Related articles, the category's doctors with details and booking links, the hospital block, hot topics.
      const links = hrefs(html);
      assert.ok(body.includes('相关文章'));
      assert.ok(links.filter((h) => h.startsWith('/articles/') && h !== ARTICLE).length >= 3);
      const team = doctors.filter((d) => d.categorySlugs.includes(peeling.categorySlug)).slice(0, 4);
      for (const d of team) {
        assert.ok(links.includes(`/doctors/${d.slug}`), `details link for ${d.slug}`);
        assert.ok(links.includes(`/doctors/${d.slug}#booking`), `book link for ${d.slug}`);
      }
      assert.match(html, /<p class="doctor-bio">[^<]{5,60}…<\/p>/, 'short bios are cut with an ellipsis');
      assert.ok(body.includes(hospital.address) && links.includes('/hospital'));
      assert.ok(links.includes('/hot'));
    });

    test('an article whose review date has passed says so', async () => {
      const res = await app.get(`/articles/${overdue.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(text(res.body), /本文的医学复审已于 \d{4}年\d{1,2}月\d{1,2}日 到期/);
      assert.match(res.body, /class="review overdue"/);
    });

    test('search engines get canonical URLs, descriptions, Open Graph and JSON-LD', async () => {
      const res = await app.get(ARTICLE);
      const html = res.body;
      assert.match(html, new RegExp(`<link rel="canonical" href="https://clinic.example${ARTICLE}"/>`));
      assert.equal(meta(html, 'name', 'description'), peeling.summary);
      assert.equal(meta(html, 'property', 'og:title'), peeling.title);
      assert.equal(meta(html, 'property', 'og:type'), 'article');
      const page = ldOfType(html, 'MedicalWebPage');
      const reviewer = doctors.find((d) => d.slug === peeling.reviewerDoctorSlug)!;
      assert.equal(page.reviewedBy.name, reviewer.name);
      assert.equal(page.reviewedBy['@type'], 'Physician');
      assert.match(page.lastReviewed, /^\d{4}-\d{2}-\d{2}$/);
      const crumbs = ldOfType(html, 'BreadcrumbList');
      assert.deepEqual(
        crumbs.itemListElement.map((i: any) => i.position),
        [1, 2, 3],
      );
      const doctorPage = await app.get(`/doctors/${reviewer.slug}`);
      const physician = ldOfType(doctorPage.body, 'Physician');
      assert.equal(physician.name, reviewer.name);
      assert.equal(physician.identifier.value, reviewer.licenceNo);
    });

    test('categories list their articles, newest first, with pagination', async () => {
      const res = await app.get('/categories/treatment-technology');
      assert.equal(res.statusCode, 200);
      const inCategory = articles.filter((a) => a.categorySlug === 'treatment-technology');
      const listed = hrefs(res.body).filter((h) => h.startsWith('/articles/'));
      for (const a of inCategory) assert.ok(listed.includes(`/articles/${a.slug}`));
      const newest = [...inCategory].sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo)[0]!;
      assert.equal(listed.find((h) => inCategory.some((a) => `/articles/${a.slug}` === h)), `/articles/${newest.slug}`);
      assert.equal((await app.get('/categories/treatment-technology?page=2')).statusCode, 404, 'no page past the last');
      assert.equal((await app.get('/categories/treatment-technology?page=0')).statusCode, 400);
      assert.equal((await app.get('/categories/treatment-technology?page=abc')).statusCode, 400);
    });

    test('the doctor directory and profiles show title, specialties, licence, photo alt text and articles', async () => {
      const dir = await app.get('/doctors');
      assert.equal(dir.statusCode, 200);
      for (const d of doctors) assert.ok(hrefs(dir.body).includes(`/doctors/${d.slug}`));
      const d = doctors.find((x) => x.slug === peeling.reviewerDoctorSlug)!;
      const res = await app.get(`/doctors/${d.slug}`);
      const body = text(res.body);
      for (const s of [d.name, d.title, d.licenceNo, ...d.specialties, '医生简介', '撰写的文章', '审核的文章']) assert.ok(body.includes(s), `profile lacks ${s}`);
      assert.ok(res.body.includes(`alt="${d.photoAlt.replace(/"/g, '&quot;')}"`));
      assert.match(res.body, /<section id="booking"/);
      const reviewed = articles.filter((a) => a.reviewerDoctorSlug === d.slug);
      for (const a of reviewed) assert.ok(hrefs(res.body).includes(`/articles/${a.slug}`));
      const photo = await app.get(`/uploads/doctors/${d.slug}.svg`);
      assert.equal(photo.statusCode, 200);
      assert.match(photo.headers['content-type'] as string, /svg/);
    });

    test('the hospital profile page', async () => {
      const res = await app.get('/hospital');
      assert.equal(res.statusCode, 200);
      const body = text(res.body);
      for (const s of [hospital.name, hospital.address, hospital.licenceNo, hospital.adReviewNo]) assert.ok(body.includes(s));
      assert.equal(ldOfType(res.body, 'MedicalClinic').telephone, hospital.phone);
    });

    test('English is a second locale for the interface, with alternate links', async () => {
      const res = await app.get(`/en${ARTICLE}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="en">/);
      const body = text(res.body);
      assert.ok(body.includes('Medically reviewed by') && body.includes('Related articles'));
      assert.ok(hrefs(res.body).includes('/en/hospital'));
      assert.match(res.body, /<link rel="alternate" hreflang="zh-CN" href="https:\/\/clinic.example\/articles\/peeling-after-microneedling"\/>/);
      assert.equal((await app.get('/en')).statusCode, 200);
      assert.equal((await app.get('/en/no-such-page')).statusCode, 404);
      assert.match((await app.get('/en/no-such-page')).body, /Page not found/);
    });

    test('sitemap, robots and the Atom feed', async () => {
      const sitemap = await app.get('/sitemap.xml');
      assert.equal(sitemap.statusCode, 200);
      for (const a of articles) {
        assert.match(sitemap.body, new RegExp(`<url><loc>https://clinic.example/articles/${a.slug}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}T[^<]+</lastmod></url>`));
      }
      const robots = await app.get('/robots.txt');
      assert.match(robots.body, /Sitemap: https:\/\/clinic.example\/sitemap.xml/);
      const feed = await app.get('/feed.xml');
      assert.match(feed.headers['content-type'] as string, /application\/atom\+xml/);
      assert.equal((feed.body.match(/<entry>/g) ?? []).length, articles.length);
      assert.match(feed.body, /<link rel="self" type="application\/atom\+xml" href="https:\/\/clinic.example\/feed.xml"\/>/);
    });

    test('related articles: the five newest of the category without the article itself; a new one there shows on every article of the category', async () => {
      const db = app.deps.db;
      const category = await db.selectFrom('category').select(['id', 'slug']).where('slug', '=', peeling.categorySlug).executeTakeFirstOrThrow();
      const inCategory = async () =>
        (await db.selectFrom('article').select(['slug', 'published_at', 'id']).where('category_id', '=', category.id).where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').execute()).map((r) => r.slug);
      const relatedOf = async (slug: string) => {
        const html = (await app.get(`/articles/${slug}`)).body;
        const section = /<h2 id="related-title">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        return hrefs(section).filter((h) => h.startsWith('/articles/')).map((h) => h.slice('/articles/'.length));
      };
      const before = await inCategory();
      assert.ok(before.length >= 6, 'the demo has six articles in the category');
      const other = before.find((x) => x !== peeling.slug)!;
      for (const slug of [peeling.slug, other]) assert.deepEqual(await relatedOf(slug), before.filter((x) => x !== slug).slice(0, 5), slug);
      // A seventh, newest article: it comes first everywhere in the category, and the oldest drops off.
      await publishArticle(db, { slug: 'related-newest', title: '新发表的护理文章', categoryId: category.id, publishedAt: new Date(Date.now() + 60_000).toISOString() });
      app.deps.site.invalidate();
      const after = await inCategory();
      assert.equal(after[0], 'related-newest');
      for (const slug of [peeling.slug, other]) {
        const related = await relatedOf(slug);
        assert.deepEqual(related, after.filter((x) => x !== slug).slice(0, 5), slug);
        assert.equal(related.length, 5);
      }
      assert.ok(!(await relatedOf('related-newest')).includes('related-newest'), 'never itself');
    });

    test('unknown pages are 404s and malformed parameters 400s, in the site style, never 500', async () => {
      for (const url of ['/articles/no-such-article', '/doctors/no-such-doctor', '/categories/no-such-category', '/nothing-here']) {
        const res = await app.get(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(res.body, /页面没有找到/);
        assert.match(res.body, /class="site-header"/);
      }
      for (const url of ['/articles/Bad_Slug!', `/articles/${'a'.repeat(300)}`, '/doctors/%E0%A4%A', '/articles/%00', `/search?q=${'白'.repeat(2000)}`, '/categories/care?page=99999999999']) {
        const res = await app.get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(res.body, /请求有误|搜索内容太长/, url);
      }
    });

    test('health and readiness', async () => {
      assert.deepEqual((await app.get('/healthz')).json(), { status: 'ok' });
      assert.deepEqual((await app.get('/readyz')).json(), { status: 'ready' });
      app.state.shuttingDown = true;
      assert.equal((await app.get('/readyz')).statusCode, 503);
      app.state.shuttingDown = false;
    });

    test('responses carry a request id and security headers, and set no cookie', async () => {
      const res = await app.get(ARTICLE, { 'x-request-id': 'trace-123' });
      assert.equal(res.headers['x-request-id'], 'trace-123');
      assert.match(res.headers['content-security-policy'] as string, /script-src 'self'/);
      assert.equal(res.headers['set-cookie'], undefined);
      const generated = await app.get('/', { 'x-request-id': 'bad id with spaces' });
      assert.match(generated.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/);
    });
  });
}
