import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateArticles } from '../../bench/generate.js';
import { topics } from '../../bench/fragments.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { buildApp } from '../../src/main.js';
import { EVAL_QUERIES } from '../../src/search/eval/queries.js';
import { postingsIndex, rowCacheStats } from '../../src/search/postings.js';
import { POSTINGS_LIMIT } from '../../src/search/search.repository.js';
import { search, type SearchOutcome } from '../../src/search/search.service.js';
import { cut } from '../../src/search/segment.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects, DEMO_NOW, engineSample, TEST_DATA_KEY } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// The in-memory postings (src/search/postings.ts) must return exactly what the statement in
// search.repository.ts returns — totals, order, snippets — on both engines, and stay fresh when
// content changes, on this instance and on another one sharing the database.

type Db = TestApp['deps']['db'];

/** A publishable article form (as in editorial.test.ts). */
function articleForm(over: Record<string, string>): Record<string, string> {
  return {
    title: '光疗后皮肤发红怎么护理',
    summary: '光疗后出现轻度发红较常见，本文说明居家护理方法和需要复诊的情况。',
    slug: 'care-after-phototherapy',
    category_id: '1',
    doc_type: 'kepu',
    source: '青禾皮肤科普编辑部（演示）',
    author_doctor_id: '',
    body_md: '## 为什么会发红\n\n光疗后局部轻度发红通常在一两天内减轻。\n\n## 怎样护理\n\n注意保湿和防晒。',
    block_count: '1',
    b0_type: 'faq',
    b0_id: 'faq-1',
    b0_title: '你可能还想问',
    b0_faq: '问：发红需要停疗吗？\n答：轻度发红一般不需要，请遵医嘱。\n\n问：可以化妆吗？\n答：建议等发红消退后再使用。',
    action: 'save',
    ...over,
  };
}

const sql = (db: Db, q: string, page = 1, exact = false, version?: number) => search(db, q, page, version, { engine: 'sql', exact });
const mem = (db: Db, q: string, page = 1, exact = false, version?: number) => search(db, q, page, version, { engine: 'memory', exact });

/**
 * Both paths on one query. `version`: the content version, as the search route passes it, so the
 * vocabulary and term statistics are built once for a run of queries instead of at every call.
 */
async function same(db: Db, q: string, page = 1, exact = false, version?: number): Promise<SearchOutcome> {
  const [a, b] = [await sql(db, q, page, exact, version), await mem(db, q, page, exact, version)];
  assert.deepEqual(b, a, `memory and SQL differ for ${JSON.stringify(q)} page ${page}${exact ? ' exact' : ''}`);
  return a;
}

/** Queries beyond the labelled set: topics and their pairs, title words and single characters, a typo, pinyin, misses. */
function generated(titles: string[]): string[] {
  const names = topics.map((t) => t.name);
  const words = [...new Set(titles.flatMap((t) => cut(t)).filter((w) => /^[\u3400-\u9fff]{2,}$/u.test(w)))].sort();
  const out = new Set<string>(names);
  for (let i = 0; i < names.length; i += 3) out.add(`${names[i]} ${names[(i * 7 + 5) % names.length]}`);
  for (let i = 0; i < words.length; i += 5) out.add(words[i]!);
  for (let i = 0; i + 1 < words.length; i += 11) out.add(`${words[i]} ${words[i + 1]}`);
  for (const q of ['白', '光', '斑', '白颠风', 'baidianfeng', 'bdf', '308', '308 nm', 'vitiligo', '护理 治疗 防晒 复诊', '量子计算机', '白癜风 量子计算机', '儿童 微针 瘙痒']) out.add(q);
  return [...out];
}

const apps = new Map<string, TestApp>();
before(async () => {
  for (const d of dialects) {
    const app = await demoApp(d);
    // Enough articles that common words have more than POSTINGS_LIMIT postings (the cap, the
    // driver and the widened read all take part).
    await generateArticles(app.deps.db, { count: 100, seed: 7, now: DEMO_NOW, batch: 100 });
    apps.set(d.name, app);
  }
});
after(async () => {
  for (const a of apps.values()) await a.close();
});

for (const dialect of dialects) {
  describe(`in-memory search index on ${dialect.name}`, () => {
    const app = () => apps.get(dialect.name)!;

    test('900 of its engine\'s half of the labelled queries: the same outcome as the statement (totals, order, snippets), first and later pages', async () => {
      const db = app().deps.db;
      const ix = await postingsIndex(db, undefined, true);
      assert.ok(ix, 'the index loads');
      const common = Math.max(...['皮肤', '医生', '白癜风', '治疗'].map((w) => ix.df(w)));
      assert.ok(common > POSTINGS_LIMIT, `the cap is exercised (${common} postings)`);
      const version = await app().deps.site.contentVersion();
      // Queries with no answer in the content (relevant: []) may rightly find nothing (周末开门吗).
      let found = 0;
      let paged = 0;
      // 900 of this engine's half of the labelled queries, spread over every batch (helpers/db.ts).
      const share = engineSample(EVAL_QUERIES, dialect.name);
      const answered = share.filter((x) => x.relevant.length).length;
      for (const [i, { q, relevant }] of share.entries()) {
        const out = await same(db, q, 1, false, version);
        if (relevant.length && out.kind === 'results' && out.total > 0) found++;
        // Later pages for every third query: the paging is the same for all, and reading three pages
        // of each query on both paths had made this the suite's longest test.
        if (i % 3 === 0 && out.kind === 'results' && out.pages > 1) {
          paged++;
          await same(db, q, 2, false, version);
          await same(db, q, out.pages, false, version);
        }
      }
      // An index that silently answers nothing would pass the comparisons above on empty pages. A
      // few labelled queries with an answer are still missed by both paths alike (eval:search counts
      // them: 传染给 + a person, 太丑, …), one in two hundred at most.
      assert.ok(found >= answered - Math.ceil(answered / 200), `${found} of the ${answered} with an answer found something`);
      assert.ok(paged > 100, `${paged} queries compared on later pages`);
    });

    test('generated queries: topics, pairs, title words, single characters, typos, pinyin, misses, exact', async () => {
      const db = app().deps.db;
      const titles = (await db.selectFrom('search_doc').select('title').where('kind', '=', 'article').orderBy('id').execute()).map((r) => r.title);
      const queries = generated(titles);
      assert.ok(queries.length > 100, `${queries.length} queries`);
      const version = await app().deps.site.contentVersion();
      let broadened = 0;
      let deep = 0;
      for (const q of queries) {
        const out = await same(db, q, 1, false, version);
        if (out.kind === 'results' && out.broadened) broadened++;
        if (out.kind === 'results' && out.pages > 2) {
          deep++;
          await same(db, q, 3, false, version);
        }
      }
      for (const q of ['白颠风', '光疗后皮肤发红']) await same(db, q, 1, true, version);
      assert.ok(broadened > 0 && deep > 0, `broadened ${broadened}, deep ${deep}`);
    });

    test('rows read once are served from memory the next time, with the same outcome', async () => {
      const db = app().deps.db;
      const first = await mem(db, '白癜风 复诊');
      assert.equal(first.kind, 'results');
      const before = rowCacheStats(db);
      const again = await mem(db, '白癜风 复诊');
      const after = rowCacheStats(db);
      assert.deepEqual(again, first);
      assert.ok(after.hits - before.hits >= (first.kind === 'results' ? first.hits.length : 1), `${after.hits - before.hits} rows from memory`);
      assert.equal(after.misses, before.misses, 'nothing read from the database the second time');
    });

    test('publish, edit and unpublish are seen without a restart', async () => {
      const a = app();
      const editor = await signedIn(a, ['editor', 'admin']);
      const reviewer = await signedIn(a, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
      const db = a.deps.db;
      await postingsIndex(db, undefined, true);
      const word = '霁青色斑点护理';
      assert.equal((await same(db, word)).kind === 'results' && (await mem(db, word)).kind, 'results');
      const id = await publish(a, editor, reviewer, articleForm({ slug: 'memory-fresh', title: `${word}要点` }));
      const version = await a.deps.site.contentVersion();
      const fresh = await search(db, word, 1, version, { engine: 'memory' });
      assert.ok(fresh.kind === 'results' && fresh.hits[0]?.url === '/articles/memory-fresh', 'found after publishing');
      await same(db, word);
      await same(db, '光疗 发红');
      // The page itself (the route's own engine) shows it too.
      assert.match(text((await a.get(`/search?q=${encodeURIComponent(word)}`)).body), /霁青色斑点护理要点/);

      // An edit: the new title is found, the old one no longer.
      await editor.get(`/staff/articles/${id}/edit`);
      await republish(a, editor, reviewer, id, articleForm({ slug: 'memory-fresh', title: '琥珀色斑块的日常观察' }));
      const v2 = await a.deps.site.contentVersion();
      const edited = await search(db, '琥珀色斑块', 1, v2, { engine: 'memory' });
      assert.ok(edited.kind === 'results' && edited.hits[0]?.url === '/articles/memory-fresh');
      const old = await search(db, word, 1, v2, { engine: 'memory' });
      assert.ok(old.kind === 'results' && !old.hits.some((h) => h.url.startsWith('/articles/memory-fresh')), 'the old title is gone');
      await same(db, '琥珀色斑块');
      await same(db, word);

      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}/unpublish`)).statusCode, 303);
      a.clock.now = new Date(a.clock.now.getTime() + 1500);
      const v3 = await a.deps.site.contentVersion();
      const gone = await search(db, '琥珀色斑块', 1, v3, { engine: 'memory' });
      assert.ok(gone.kind === 'results' && !gone.hits.some((h) => h.url.startsWith('/articles/memory-fresh')), 'gone after unpublishing');
      await same(db, '琥珀色斑块');
      await same(db, '光疗 发红');
    });
  });

  describe(`two app instances on one ${dialect.name} database`, () => {
    test('publishing on one instance refreshes the in-memory index of the other', async () => {
      const a = await demoApp(dialect);
      const db2 = await openDatabase({ dataDir: a.t.dataDir, databaseUrl: a.t.databaseUrl, poolSize: 3 });
      const b = await buildApp({
        config: loadConfig({ DATA_DIR: a.t.dataDir, ...(a.t.databaseUrl ? { DATABASE_URL: a.t.databaseUrl } : {}), DATA_KEY: TEST_DATA_KEY, LOG_LEVEL: 'silent' }),
        db: db2,
        now: () => a.clock.now,
        logger: false,
      });
      try {
        const word = '黛紫色小丘疹';
        const bIndex = await postingsIndex(db2.kysely, await b.deps.site.contentVersion(), true);
        assert.equal(bIndex?.df(word), 0);
        const editor = await signedIn(a, ['editor', 'admin']);
        const reviewer = await signedIn(a, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
        await publish(a, editor, reviewer, articleForm({ slug: 'two-instances-search', title: `${word}怎么办` }));
        const v = await b.deps.site.contentVersion();
        const out = await search(db2.kysely, word, 1, v, { engine: 'memory' });
        assert.ok(out.kind === 'results' && out.hits[0]?.url === '/articles/two-instances-search', 'instance B finds what A published');
        assert.deepEqual(out, await search(db2.kysely, word, 1, v, { engine: 'sql' }));
        const page = await b.app.inject(`/search?q=${encodeURIComponent(word)}`);
        assert.match(text(page.body), /黛紫色小丘疹怎么办/);
      } finally {
        await b.app.close();
        await db2.close();
        await a.close();
      }
    });
  });
}

async function publish(app: TestApp, editor: StaffClient, reviewer: StaffClient, form: Record<string, string>): Promise<number> {
  await editor.get('/staff/articles/new');
  const created = await editor.post('/staff/articles', form);
  assert.equal(created.statusCode, 303, created.body.slice(0, 300));
  const id = Number(/\/staff\/articles\/(\d+)/.exec(created.headers.location as string)![1]);
  await approveAndPublish(app, editor, reviewer, id);
  return id;
}

async function republish(app: TestApp, editor: StaffClient, reviewer: StaffClient, id: number, form: Record<string, string>): Promise<void> {
  const saved = await editor.post(`/staff/articles/${id}`, form);
  assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
  await approveAndPublish(app, editor, reviewer, id);
}

async function approveAndPublish(app: TestApp, editor: StaffClient, reviewer: StaffClient, id: number): Promise<void> {
  await editor.get(`/staff/articles/${id}`);
  assert.equal((await editor.post(`/staff/articles/${id}/submit`)).statusCode, 303);
  const revision = /name="revision_id" value="(\d+)"/.exec((await reviewer.get(`/staff/articles/${id}`)).body)![1]!;
  assert.equal((await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: revision })).statusCode, 303);
  await editor.get(`/staff/articles/${id}`);
  assert.equal((await editor.post(`/staff/articles/${id}/publish`)).statusCode, 303);
  // The site checks the content version at most once a second.
  app.clock.now = new Date(app.clock.now.getTime() + 1500);
}
