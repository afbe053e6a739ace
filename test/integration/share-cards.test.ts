import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { demoApp, type TestApp } from '../helpers/app.js';
import { publishArticle } from '../helpers/articles.js';
import { dialects } from '../helpers/db.js';
import { meta } from '../helpers/html.js';
import { bumpContentVersion } from '../../src/platform/site-state.repository.js';
import { machineFonts } from '../../src/share/share.card.js';

// Issue 17 item 10: every article, doctor and Q&A page names a share card (og:image and what
// WeChat, QQ and Weibo read besides); the card is a 1200×630 PNG under 100 KB drawn from the
// page's title, kept per content version. On both engines.

const TITLE = '分享卡片测试：湿疹反复发作怎么办（2026 版）';

function itemprop(html: string, name: string): string | undefined {
  return new RegExp(`<meta itemprop="${name}" content="([^"]*)"`).exec(html)?.[1];
}

async function card(app: TestApp, url: string) {
  const u = new URL(url);
  assert.equal(u.origin, 'https://clinic.example', 'og:image is an absolute URL on the site');
  const res = await app.app.inject({ method: 'GET', url: `${u.pathname}${u.search}` });
  assert.equal(res.statusCode, 200, url);
  assert.equal(res.headers['content-type'], 'image/png');
  const png = res.rawPayload;
  const info = await sharp(png).metadata();
  assert.equal(info.format, 'png');
  assert.equal(info.width, 1200);
  assert.equal(info.height, 630);
  assert.ok(png.length < 100 * 1024, `${png.length} bytes is under 100 KB`);
  return res;
}

for (const dialect of dialects) {
  describe(`share cards on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
      await publishArticle(app.t.db.kysely, { slug: 'share-card-test', title: TITLE });
      await bumpContentVersion(app.t.db.kysely);
    });
    after(() => app.close());

    test('an article page names its card and the share text; the card is 1200×630 and under 100 KB', async () => {
      const page = await app.get('/articles/share-card-test');
      assert.equal(page.statusCode, 200);
      const html = page.body;
      assert.equal(meta(html, 'property', 'og:title'), TITLE);
      assert.equal(itemprop(html, 'name'), TITLE, 'WeChat and QQ read the microdata name');
      assert.equal(itemprop(html, 'description'), meta(html, 'property', 'og:description'));
      const image = meta(html, 'property', 'og:image')!;
      assert.match(image, /^https:\/\/clinic\.example\/share\/article\/share-card-test\.png\?v=\d+$/);
      assert.equal(itemprop(html, 'image'), image.replace(/&/g, '&amp;'));
      assert.equal(meta(html, 'property', 'og:image:width'), '1200');
      assert.equal(meta(html, 'property', 'og:image:height'), '630');
      assert.equal(meta(html, 'property', 'og:image:type'), 'image/png');
      assert.ok(meta(html, 'property', 'og:image:alt')!.startsWith(TITLE));
      assert.equal(meta(html, 'name', 'twitter:card'), 'summary_large_image');
      assert.match(meta(html, 'name', 'weibo:article:create_at') ?? '', /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      assert.match(meta(html, 'name', 'weibo:article:update_at') ?? '', /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      const res = await card(app, image);
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', 'the versioned URL never changes content');
      // The English page shares the same card.
      assert.equal(meta((await app.get('/en/articles/share-card-test')).body, 'property', 'og:image'), image);
    });

    test('doctor and Q&A pages have cards too', async () => {
      const doctor = await app.get('/doctors/lin-qingyuan');
      assert.equal(doctor.statusCode, 200);
      const doctorImage = meta(doctor.body, 'property', 'og:image')!;
      assert.match(doctorImage, /\/share\/doctor\/lin-qingyuan\.png\?v=\d+$/);
      assert.ok(meta(doctor.body, 'property', 'og:title')!.startsWith('林清远'));
      await card(app, doctorImage);

      const qa = await app.t.db.kysely.selectFrom('qa_publication').select(['slug', 'title']).where('published_at', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
      const qaPage = await app.get(`/qa/${qa.slug}`);
      assert.equal(qaPage.statusCode, 200);
      assert.equal(meta(qaPage.body, 'property', 'og:title'), qa.title);
      const qaImage = meta(qaPage.body, 'property', 'og:image')!;
      assert.match(qaImage, new RegExp(`/share/qa/${qa.slug}\\.png\\?v=\\d+$`));
      await card(app, qaImage);
    });

    test('a card is kept per content version: a changed clinic name gives a new URL and a new image', async () => {
      const before = meta((await app.get('/articles/share-card-test')).body, 'property', 'og:image')!;
      const first = await card(app, before);
      // Asked again at the same version: the same bytes, and a conditional GET is answered 304.
      const again = await card(app, before);
      assert.equal(again.headers.etag, first.headers.etag);
      const path = new URL(before).pathname + new URL(before).search;
      assert.equal((await app.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304);

      // The new name has Latin letters too: on a machine without a CJK font (a fresh Debian has
      // none until fonts-noto-cjk) the card leaves Chinese out, and a Chinese-only change would
      // draw the same picture.
      await app.t.db.kysely.updateTable('site_profile').set({ name: '青禾测试皮肤科门诊 Qinghe' }).execute();
      await bumpContentVersion(app.t.db.kysely);
      app.deps.site.invalidate();
      const after = meta((await app.get('/articles/share-card-test')).body, 'property', 'og:image')!;
      assert.notEqual(after, before, 'the URL names the new version');
      const redrawn = await card(app, after);
      // Without any font at all the card has no text to change (share.card.ts): only the URL moves.
      if ((await machineFonts()).any) assert.notEqual(redrawn.headers.etag, first.headers.etag, 'the card is drawn again with the new name');
      // The old URL still answers (with the current card), but only for a short while.
      const stale = await card(app, before);
      assert.equal(stale.headers['cache-control'], 'public, max-age=300');
    });

    test('only public pages have cards; bad addresses are 404s, never 5xx', async () => {
      const unpublished = await publishArticle(app.t.db.kysely, { slug: 'share-card-draft', title: '未发布的分享测试' });
      await app.t.db.kysely.updateTable('article').set({ published_at: null, status: 'draft' }).where('id', '=', unpublished).execute();
      await bumpContentVersion(app.t.db.kysely);
      for (const url of [
        '/share/article/share-card-draft.png',
        '/share/article/no-such-article.png',
        '/share/doctor/no-such-doctor.png',
        '/share/qa/q-999999.png',
        '/share/article/share-card-test.jpg',
        '/share/article/Share-Card-Test.png',
        '/share/page/share-card-test.png',
        '/share/constructor/x.png',
        `/share/article/${'a'.repeat(300)}.png`,
        '/share/article/..%2f..%2fetc.png',
      ]) {
        const res = await app.get(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(String(res.headers['content-type']), /text\/html/, `${url} gets the site's error page`);
      }
    });
  });
}
