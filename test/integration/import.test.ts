import { readFile as readStoredFile } from '../../src/media/store.js';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { approve, publish, reviewSchedule, saveDraft, submitForReview } from '../../src/content/editorial.service.js';
import { parseBlocks } from '../../src/content/content.service.js';
import type { Block } from '../../src/content/blocks.js';
import { readCategoryMap } from '../../src/import/cli.js';
import { runImport, type ImportSource } from '../../src/import/import.run.js';
import { IMPORT_ACTOR } from '../../src/import/import.service.js';
import { missingAltText } from '../../src/media/media.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { signedIn } from '../helpers/staff.js';
import { OLD_CATEGORIES, TOPICS, SHORT_TOPICS } from '../fixtures/legacy-site/content.js';
import { A_COUNT, aPath, bPath, buildSite, DISALLOWED, MISSING_IMAGE, startLegacySite, type RunningSite } from '../fixtures/legacy-site/site.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'legacy-site');

function expectedBlocks(t: (typeof TOPICS)[number]): string[] {
  return [t.facts ? 'keyFacts' : '', t.faq ? 'faq' : '', t.tips ? 'tips' : '', t.contra ? 'contraindications' : ''].filter(Boolean).sort();
}

for (const dialect of dialects) {
  describe(`site import on ${dialect.name}`, () => {
    let app: TestApp;
    let site: RunningSite;
    let map: Map<string, string>;
    const run = (source: ImportSource, extra: { dryRun?: boolean; stop?: { requested: boolean } } = {}) =>
      runImport(source, { db: app.deps.db, dataDir: app.t.dataDir, now: () => app.clock.now, dryRun: !!extra.dryRun, categoryMap: map, stop: extra.stop });
    const siteSource = (): ImportSource => ({ kind: 'site', url: `${site.url}/index.html`, limit: 200, concurrency: 2, delayMs: 0 });
    const counts = async () => ({
      articles: Number((await app.deps.db.selectFrom('article').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      revisions: Number((await app.deps.db.selectFrom('article_revision').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      media: Number((await app.deps.db.selectFrom('media').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      doctors: Number((await app.deps.db.selectFrom('doctor').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
      redirects: Number((await app.deps.db.selectFrom('redirect').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    });
    const itemFor = (oldPath: string) =>
      app.deps.db
        .selectFrom('import_item as i')
        .innerJoin('article as a', 'a.id', 'i.article_id')
        .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
        .select(['i.id', 'i.article_id', 'i.errors', 'i.problems_json', 'i.findings_json', 'a.status', 'a.slug', 'a.category_id', 'a.source', 'a.head_revision_id', 'a.doc_type', 'r.title', 'r.body_md', 'r.blocks_json'])
        .where('i.old_path', '=', oldPath)
        .where('i.source_url', 'like', 'http%')
        .executeTakeFirstOrThrow();

    before(async () => {
      [app, site] = await Promise.all([demoApp(dialect), startLegacySite()]);
      map = await readCategoryMap(path.join(FIXTURES, 'category-map.json'));
    });
    after(async () => {
      await site.close();
      await app.close();
    });

    test('import --from-site: every article page becomes a draft with its blocks, images, encoding and old address', async () => {
      const before = await counts();
      // An old server's hiccups: a dropped connection twice and a 503 once are fetched again, and lose no page.
      const [flaky, busy] = [...site.index.articles.keys()];
      site.failNext(flaky!, 2, 'drop');
      site.failNext(busy!, 1, 503);
      const imp = await run(siteSource());
      assert.equal(site.requests.filter((p) => p === flaky).length, 3);
      assert.equal(site.requests.filter((p) => p === busy).length, 2);
      const articlePages = [...site.index.articles.keys()];
      assert.equal(imp.counts.created, articlePages.length, JSON.stringify(imp.reports.map((r) => [r.oldPath, r.outcome])));
      assert.equal(imp.counts.failed, 0);
      assert.ok(!site.requests.includes(DISALLOWED), 'robots.txt Disallow was not respected');
      assert.ok(site.requests.includes('/robots.txt') && site.requests.includes('/sitemap.xml'));
      const after = await counts();
      assert.equal(after.articles - before.articles, articlePages.length);
      assert.equal(after.doctors - before.doctors, 3, 'three doctor cards → three draft profiles');
      const docs = await app.deps.db.selectFrom('doctor').select(['name', 'title', 'active', 'bio_md']).where('name', 'in', ['闻溪', '柏松年', '檀若']).execute();
      assert.deepEqual(docs.map((d) => d.active), [0, 0, 0]);
      assert.ok(docs.find((d) => d.name === '闻溪')!.title === '主任医师');
      const linked = await app.deps.db.selectFrom('staff_user as s').innerJoin('doctor as d', 'd.id', 's.doctor_id').select('d.name').where('d.name', 'in', ['闻溪', '柏松年', '檀若']).execute();
      assert.equal(linked.length, 0, 'imported doctors are linked to no account');

      const condition = await app.deps.db.selectFrom('category').select(['id', 'slug']).execute();
      const catId = (slug: string) => condition.find((c) => c.slug === slug)!.id;
      const mapped = { jibing: catId('condition-basics'), huli: catId('skin-care'), zhiliao: catId('treatment-technology') };

      for (const [i, t] of TOPICS.entries()) {
        const oldPath = i < A_COUNT ? aPath(i, t) : bPath(t);
        const it = await itemFor(oldPath);
        assert.equal(it.status, 'draft', `${oldPath} must be a draft`);
        assert.equal(it.title, t.title, `${oldPath}: title decoded (${i === 5 ? 'no charset declared' : 'declared charset'})`);
        assert.equal(it.category_id, mapped[t.cat], `${oldPath}: category from the breadcrumb via the map`);
        const blocks = parseBlocks(it.blocks_json);
        assert.deepEqual(blocks.map((b) => b.type).sort(), expectedBlocks(t), `${oldPath}: typed blocks`);
        const kf = blocks.find((b): b is Extract<Block, { type: 'keyFacts' }> => b.type === 'keyFacts');
        if (t.facts) assert.deepEqual(kf!.rows, t.facts);
        const faq = blocks.find((b): b is Extract<Block, { type: 'faq' }> => b.type === 'faq');
        if (t.faq) assert.deepEqual(faq!.items.map((x) => [x.question, x.answer]), t.faq);
        const tips = blocks.find((b): b is Extract<Block, { type: 'tips' }> => b.type === 'tips');
        if (t.tips) assert.deepEqual(tips!.items, t.tips);
        const contra = blocks.find((b): b is Extract<Block, { type: 'contraindications' }> => b.type === 'contraindications');
        if (t.contra) assert.deepEqual(contra!.items, t.contra);
        for (const p of t.paras) assert.ok(it.body_md.includes(p), `${oldPath}: paragraph kept`);
        // Chrome gone, nothing left pointing at the old site, images in the media store with alt text.
        for (const chrome of ['在线咨询', '热点关注', '查看详情', '0571-8888', '咨询热线', '021-6000']) assert.ok(!it.body_md.includes(chrome), `${oldPath}: chrome "${chrome}" left in the body`);
        assert.ok(!it.body_md.includes('127.0.0.1') && !it.body_md.includes('allimg') && !it.body_md.includes('wp-content'), `${oldPath}: old-site link left`);
        assert.match(it.body_md, /!\[[^\]]+\]\(\/uploads\/media\/[0-9a-f]+-960\.webp\)/, `${oldPath}: image stored`);
        assert.deepEqual(await missingAltText(app.deps.db, it.body_md), []);
        if (t.risky) assert.ok(it.errors > 0, `${oldPath}: the risky claim is found`);
        if (i < A_COUNT) assert.equal(it.source, '清溪皮肤病医院', `${oldPath}: 来源 line`);
      }
      const missing = await itemFor(aPath(1));
      assert.ok((JSON.parse(missing.problems_json) as { kind: string; detail: string }[]).some((p) => p.kind === 'image' && p.detail.includes(MISSING_IMAGE)), 'the missing image is reported for its page');
      assert.equal((missing.body_md.match(/!\[/g) ?? []).length, 1, 'the missing image is left out, the other kept');
      // Pages of short lines: Readability picks the wrong box; the template rule gets the lines.
      for (const [k, s] of SHORT_TOPICS.entries()) {
        const it = await itemFor(aPath(50 + k, { cat: 'huli' }));
        for (const line of s.lines) assert.ok(it.body_md.includes(line), `${s.key}: line "${line}" kept`);
        assert.ok(!it.body_md.includes('始建于'), `${s.key}: the side box is not the article`);
        assert.ok((JSON.parse(it.problems_json) as { kind: string }[]).some((p) => p.kind === 'extractor'));
      }
      // EXIF stripped: the stored variants are re-encoded WebP/JPEG without camera data.
      const sharp = (await import('sharp')).default;
      const m = await app.deps.db.selectFrom('media').select(['file_key']).where('original_name', '=', 'shizhen.jpg').executeTakeFirstOrThrow();
      // Variants live in the shared media store (migration 0016), read back by their public path.
      const stored = await app.deps.db.selectFrom('media_file').select('path').where('path', 'like', `media/${m.file_key}%.jpg`).executeTakeFirstOrThrow();
      const bytes = (await readStoredFile(app.deps.db, stored.path))!;
      assert.equal((await sharp(bytes).metadata()).exif, undefined);
    });

    test('old addresses: "moved" 404 while a draft, 301 once published; never in the sitemap', async () => {
      const oldPath = aPath(50, { cat: 'huli' });
      const pending = await app.get(oldPath);
      assert.equal(pending.statusCode, 404);
      assert.match(pending.body, /此页面已迁移/);
      assert.equal((await app.get('/html/none/1.html')).statusCode, 404);
      assert.doesNotMatch((await app.get('/html/none/1.html')).body, /此页面已迁移/);

      const it = await itemFor(oldPath);
      const reviewer = await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow();
      const reviewerUser = await signedIn(app, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
      await app.deps.db.transaction().execute(async (trx) => {
        const now = app.clock.now;
        await submitForReview(trx, it.article_id!, IMPORT_ACTOR, now);
        await approve(trx, it.article_id!, it.head_revision_id!, { userId: reviewerUser.userId, name: '审核', email: reviewerUser.email, roles: ['reviewer'], doctorId: reviewer.id, sessionId: 's', stage: 'full', twoFactor: true, locale: 'zh-CN' }, IMPORT_ACTOR, now);
        await publish(trx, it.article_id!, IMPORT_ACTOR, now, { missingAlt: missingAltText }, reviewSchedule(app.config));
      });
      app.deps.site.invalidate();
      const moved = await app.get(oldPath);
      assert.equal(moved.statusCode, 301);
      assert.equal(moved.headers.location, `/articles/${it.slug}`);
      assert.equal((await app.get(moved.headers.location as string)).statusCode, 200);
      const sitemap = (await app.get('/sitemap.xml')).body;
      assert.ok(sitemap.includes(`/articles/${it.slug}`));
      assert.ok(!sitemap.includes('/html/'), 'old addresses never appear in the sitemap');
    });

    test('a second import is a no-op; an edited draft is skipped and reported, not overwritten', async () => {
      const before = await counts();
      const again = await run(siteSource());
      assert.equal(again.counts.created + again.counts.updated + again.counts.failed, 0, JSON.stringify(again.counts));
      assert.equal(again.counts.unchanged, site.index.articles.size);
      assert.deepEqual(await counts(), before);

      const it = await itemFor(aPath(0));
      const a = await app.deps.db.selectFrom('article').selectAll().where('id', '=', it.article_id!).executeTakeFirstOrThrow();
      const editedBody = it.body_md.replace('本院独家疗法可以根治湿疹，无副作用，治愈率高达98%。', '湿疹需要长期管理，请遵医嘱。');
      await app.deps.db.transaction().execute((trx) =>
        saveDraft(trx, a.id, { slug: a.slug, categoryId: a.category_id, docType: a.doc_type, source: a.source, authorDoctorId: null }, { title: it.title, summary: '编辑改过的摘要', bodyMd: editedBody, blocks: parseBlocks(it.blocks_json) }, { userId: null, name: '编辑', ip: 't', userAgent: 't' }, app.clock.now),
      );
      const third = await run(siteSource());
      assert.equal(third.counts.skipped_edited, 1);
      assert.equal(third.reports.find((r) => r.outcome === 'skipped_edited')!.oldPath, aPath(0));
      const kept = await itemFor(aPath(0));
      assert.equal(kept.body_md, editedBody, 'the editor’s text stays');
      assert.equal((await counts()).revisions, before.revisions + 1);
    });

    test('a page the old site never delivers is reported as failed, by its address, not left out in silence', async () => {
      const gone = [...site.index.articles.keys()][2]!;
      site.failNext(gone, 3, 503);
      const imp = await run(siteSource());
      assert.equal(imp.counts.failed, 1, JSON.stringify(imp.counts));
      const failed = imp.reports.find((r) => r.outcome === 'failed')!;
      assert.equal(failed.oldPath, gone);
      assert.match(failed.problems[0]!.detail, /HTTP 503/);
      // Every other page as before (the one edited in the test above is still skipped).
      assert.equal(imp.counts.unchanged + imp.counts.skipped_edited, site.index.articles.size - 1);
    });

    test('WXR: posts imported the same way; dry run writes nothing; unreachable images reported per page', async () => {
      const source: ImportSource = { kind: 'wxr', file: path.join(FIXTURES, 'wordpress.xml') };
      const before = await counts();
      const batches = (await app.deps.db.selectFrom('import_batch').select('id').execute()).length;
      const dry = await run(source, { dryRun: true });
      assert.equal(dry.counts.created, 5);
      assert.deepEqual(await counts(), before);
      assert.equal((await app.deps.db.selectFrom('import_batch').select('id').execute()).length, batches);

      const imp = await run(source);
      assert.equal(imp.counts.created, 5);
      assert.equal(imp.reports.filter((r) => r.problems.some((p) => p.kind === 'image')).length, 5);
      const row = await app.deps.db
        .selectFrom('import_item as i')
        .innerJoin('article as a', 'a.id', 'i.article_id')
        .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
        .select(['r.blocks_json', 'r.body_md', 'a.status', 'i.old_path'])
        .where('i.old_path', '=', '/2018/01/shizhen/')
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'draft');
      assert.deepEqual(parseBlocks(row.blocks_json).map((b) => b.type).sort(), expectedBlocks(TOPICS[0]!));
      assert.ok(!row.body_md.includes('qingxi.invalid'));
      assert.equal((await app.get('/2018/01/shizhen/')).statusCode, 404);
      assert.match((await app.get('/2018/01/shizhen/')).body, /此页面已迁移/);
    });

    test('DedeCMS dump (GBK): old URLs from {typedir}/{Y}/{M}{D}/{aid}.html; recycle bin skipped; interrupted run resumes', async () => {
      let calls = 0;
      const stop = {
        get requested() {
          return ++calls > 2;
        },
        set requested(_v: boolean) {},
      };
      const source: ImportSource = { kind: 'dedecms', file: path.join(FIXTURES, 'dedecms.sql'), baseUrl: site.url };
      const first = await run(source, { stop });
      assert.equal(first.counts.created, 2);
      const batch = await app.deps.db.selectFrom('import_batch').selectAll().where('id', '=', first.batchId).executeTakeFirstOrThrow();
      assert.equal(batch.status, 'interrupted');
      const rest = await run(source);
      assert.deepEqual([rest.counts.unchanged, rest.counts.created], [2, 4]);
      const item = await app.deps.db
        .selectFrom('import_item as i')
        .innerJoin('article as a', 'a.id', 'i.article_id')
        .innerJoin('article_revision as r', 'r.id', 'a.head_revision_id')
        .select(['r.title', 'r.body_md', 'r.blocks_json', 'a.category_id'])
        .where('i.old_path', '=', '/html/zhiliao/2016/0110/200.html')
        .executeTakeFirstOrThrow();
      assert.equal(item.title, TOPICS[5]!.title);
      assert.deepEqual(parseBlocks(item.blocks_json).map((b) => b.type).sort(), expectedBlocks(TOPICS[5]!));
      assert.match(item.body_md, /\/uploads\/media\//, 'image fetched from --base');
      assert.equal(await app.deps.db.selectFrom('import_item').select('id').where('source_url', 'like', '%#299').executeTakeFirst(), undefined);
      assert.equal(OLD_CATEGORIES.zhiliao, '治疗方法');
    });

    test('--from-dir: saved pages, old paths from the folder', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-saved-'));
      try {
        const s = buildSite();
        for (const p of s.pages.filter((p) => p.path.startsWith('/blog/2019/'))) {
          const f = path.join(dir, p.path, 'index.html');
          fs.mkdirSync(path.dirname(f), { recursive: true });
          fs.writeFileSync(f, p.body);
        }
        const imp = await run({ kind: 'dir', dir });
        assert.equal(imp.counts.created, TOPICS.length - A_COUNT);
        assert.ok(imp.reports.every((r) => r.oldPath?.startsWith('/blog/2019/05/') && r.oldPath.endsWith('/index.html')));
        // Their images are not in the folder: reported, not linked to the old site.
        assert.ok(imp.reports.every((r) => r.problems.some((p) => p.kind === 'image')));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test('import queue (worst first) and redirects in the back office: CSV round trip, chains and loops refused', async () => {
      const editor = await signedIn(app, ['editor']);
      const list = await editor.get('/staff/import');
      assert.equal(list.statusCode, 200);
      const batch = await app.deps.db.selectFrom('import_batch').select('id').where('source_kind', '=', 'site').orderBy('id', 'desc').executeTakeFirstOrThrow();
      const q = await editor.get(`/staff/import/${batch.id}`);
      assert.equal(q.statusCode, 200);
      const rows = await app.deps.db.selectFrom('import_item').select(['id', 'title', 'errors', 'warnings']).where('batch_id', '=', batch.id).where('kind', '=', 'article').execute();
      // The queue's own order, ties included (two fixture pages can have as many findings): PostgreSQL returns the rows in no set order.
      const worst = [...rows].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || Number(a.id) - Number(b.id))[0]!;
      const firstTitle = /<li class="import-item"><h2>(?:<a [^>]*>)?([^<]+)</.exec(q.body)?.[1];
      assert.equal(firstTitle, worst.title, 'worst first');
      assert.match(q.body, /治愈率/, 'findings inline');
      assert.equal((await editor.get('/staff/import/999999')).statusCode, 404);
      assert.equal((await editor.get('/staff/import/abc')).statusCode, 400);

      await editor.get('/staff/redirects');
      let r = await editor.post('/staff/redirects', { old_path: '/old/a.html', target: '/hospital' });
      assert.equal(r.statusCode, 303);
      assert.equal((await app.get('/old/a.html')).statusCode, 301);
      await editor.get('/staff/redirects');
      r = await editor.post('/staff/redirects', { old_path: '/old/b.html', target: '/old/a.html' });
      assert.equal(r.statusCode, 422, 'a chain is refused');
      await editor.get('/staff/redirects');
      r = await editor.post('/staff/redirects', { old_path: '/old/c.html', target: '/old/c.html' });
      assert.equal(r.statusCode, 422, 'a loop is refused');
      await editor.get('/staff/redirects');
      r = await editor.post('/staff/redirects', { old_path: '/hospital', target: '/old/a.html' });
      assert.equal(r.statusCode, 422, 'the site’s own paths cannot be old addresses');
      await editor.get('/staff/redirects');
      r = await editor.post('/staff/redirects', { old_path: '/x', target: 'https://evil.example/' });
      assert.equal(r.statusCode, 422, 'no redirect off the site');

      const csv = await editor.get('/staff/redirects.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /^old_path,target,origin\r\n/);
      assert.match(csv.body, /\/old\/a\.html,\/hospital,staff/);
      assert.ok(csv.body.includes(`${aPath(0)},article:`));
      const before = await counts();
      await editor.get('/staff/redirects');
      r = await editor.post('/staff/redirects/import', { csv: 'old_path,target\n/old/d.html,/hospital\n/old/e.html,/old/d.html\n' });
      assert.equal(r.statusCode, 422);
      assert.match(r.body, /第 2 行/);
      assert.equal((await counts()).redirects, before.redirects, 'all or nothing');
      await editor.get('/staff/redirects');
      r = await editor.post('/staff/redirects/import', { csv: csv.body.replace('/old/a.html,/hospital,staff', '"/old/a.html","/doctors",staff') + '/old/f.html,/hospital\n' });
      assert.equal(r.statusCode, 303, r.body.slice(0, 500));
      assert.equal((await app.get('/old/a.html')).headers.location, '/doctors');
      assert.equal((await app.get('/old/f.html')).statusCode, 301);
      assert.equal((await counts()).redirects, before.redirects + 1);
    });
  });
}
