import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { buildApp, jobHandlers } from '../../src/main.js';
import { runDueJobs } from '../../src/jobs/jobs.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects, TEST_DATA_KEY } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { addDays } from '../../src/time/zoned-time.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

export function articleForm(over: Record<string, string> = {}): Record<string, string> {
  return {
    title: '光疗后皮肤发红怎么护理',
    summary: '光疗后出现轻度发红较常见，本文说明居家护理方法和需要复诊的情况。',
    slug: 'care-after-phototherapy',
    category_id: '1',
    doc_type: 'kepu',
    source: '青禾皮肤科普编辑部（演示）',
    author_doctor_id: '',
    body_md: '## 为什么会发红\n\n光疗后局部轻度发红通常在一两天内减轻。\n\n{{block:keyfacts-1}}\n\n## 怎样护理\n\n注意保湿和防晒。',
    block_count: '4',
    b0_type: 'keyFacts', b0_id: 'keyfacts-1', b0_title: '要点', b0_columns: '项目 | 说明', b0_rows: '发红 | 通常一两天内减轻\n瘙痒 | 可冷敷，避免抓挠',
    b1_type: 'tips', b1_id: 'tips-1', b1_title: '温馨提示', b1_items: '照光后当天避免暴晒\n按医生安排复诊',
    b2_type: 'contraindications', b2_id: 'contraindications-1', b2_title: '哪些人不适合光疗', b2_intro: '请在治疗前告诉医生：', b2_items: '对光敏感的人\n正在使用光敏药物的人',
    b3_type: 'faq', b3_id: 'faq-1', b3_title: '你可能还想问', b3_faq: '问：发红需要停疗吗？\n答：轻度发红一般不需要，请遵医嘱。\n\n问：可以化妆吗？\n答：建议等发红消退后再使用。',
    action: 'save',
    ...over,
  };
}

async function auditActions(app: TestApp, articleId: number) {
  return app.deps.db
    .selectFrom('audit_event')
    .select(['action', 'actor_user_id', 'actor_name'])
    .where('subject_type', '=', 'article')
    .where('subject_id', '=', String(articleId))
    .orderBy('id')
    .execute();
}

const tick = (app: TestApp, ms = 1500) => {
  app.clock.now = new Date(app.clock.now.getTime() + ms);
};

for (const dialect of dialects) {
  describe(`editorial workflow on ${dialect.name}`, () => {
    let app: TestApp;
    let editor: StaffClient & { userId: number };
    let reviewer: StaffClient & { userId: number };
    before(async () => {
      app = await demoApp(dialect);
      editor = await signedIn(app, ['editor']);
      reviewer = await signedIn(app, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
    });
    after(() => app.close());

    test('write → review → approve → publish; an edit after approval needs a new approval', async () => {
      await editor.get('/staff/articles/new');
      const created = await editor.post('/staff/articles', articleForm());
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = Number(/\/staff\/articles\/(\d+)/.exec(created.headers.location as string)![1]);
      assert.equal((await app.get('/articles/care-after-phototherapy')).statusCode, 404, 'a draft is not public');

      await editor.get(`/staff/articles/${id}`);
      const early = await editor.post(`/staff/articles/${id}/publish`);
      assert.equal(early.statusCode, 409, 'nothing is published before a medical approval');
      assert.match(text(early.body), /还没有通过医学审核/);
      assert.equal((await editor.post(`/staff/articles/${id}/submit`)).statusCode, 303);

      const page = await reviewer.get(`/staff/articles/${id}`);
      const revision = /name="revision_id" value="(\d+)"/.exec(page.body)![1]!;
      assert.equal((await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: revision })).statusCode, 303);
      assert.equal((await reviewer.post(`/staff/articles/${id}/publish`)).statusCode, 403, 'reviewers do not publish');

      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}/publish`)).statusCode, 303);
      tick(app);
      const pub = await app.get('/articles/care-after-phototherapy');
      assert.equal(pub.statusCode, 200);
      const body = text(pub.body);
      assert.ok(body.includes('医学审核：林清远'), 'reviewer shown from the approval');
      assert.ok(body.includes('光疗后局部轻度发红'));
      assert.match(pub.body, /class="block key-facts"/);
      assert.match(pub.body, /class="block tips"/);
      assert.match(pub.body, /class="block contraindications"/);
      assert.ok(body.includes('发红需要停疗吗？'));
      const search = await app.get(`/search?q=${encodeURIComponent('光疗后皮肤发红')}`);
      assert.ok(search.body.includes('/articles/care-after-phototherapy'), 'published articles are searchable');

      // Edit after approval: back to draft, cannot be published, the public page keeps the approved text.
      await editor.get(`/staff/articles/${id}`);
      const edited = await editor.post(`/staff/articles/${id}`, articleForm({ body_md: '## 为什么会发红\n\n改写后的新正文。' }));
      assert.equal(edited.statusCode, 303);
      await editor.get(`/staff/articles/${id}`);
      const refused = await editor.post(`/staff/articles/${id}/publish`);
      assert.equal(refused.statusCode, 409);
      assert.match(text(refused.body), /这个版本还没有通过医学审核，不能发布/);
      tick(app);
      const still = text((await app.get('/articles/care-after-phototherapy')).body);
      assert.ok(still.includes('光疗后局部轻度发红') && !still.includes('改写后的新正文'));

      // Re-approval of the new revision lets it through.
      await editor.post(`/staff/articles/${id}/submit`);
      const p2 = await reviewer.get(`/staff/articles/${id}`);
      await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: /name="revision_id" value="(\d+)"/.exec(p2.body)![1]! });
      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}/publish`)).statusCode, 303);
      tick(app);
      assert.ok(text((await app.get('/articles/care-after-phototherapy')).body).includes('改写后的新正文'));

      const actions = await auditActions(app, id);
      assert.deepEqual(
        actions.map((a) => a.action),
        ['article.create', 'article.submit', 'article.approve', 'article.publish', 'article.save', 'article.submit', 'article.approve', 'article.publish'],
      );
      assert.equal(actions[0]!.actor_user_id, editor.userId);
      assert.equal(actions[2]!.actor_user_id, reviewer.userId);
    });

    test('a reviewer approves only the revision they saw', async () => {
      await editor.get('/staff/articles/new');
      const created = await editor.post('/staff/articles', articleForm({ slug: 'stale-approval' }));
      const id = Number(/(\d+)/.exec(created.headers.location as string)![1]);
      await editor.get(`/staff/articles/${id}`);
      await editor.post(`/staff/articles/${id}/submit`);
      const seen = /name="revision_id" value="(\d+)"/.exec((await reviewer.get(`/staff/articles/${id}`)).body)![1]!;
      await editor.get(`/staff/articles/${id}`);
      await editor.post(`/staff/articles/${id}`, articleForm({ slug: 'stale-approval', title: '改过的标题' }));
      await editor.post(`/staff/articles/${id}/submit`);
      const res = await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: seen });
      assert.equal(res.statusCode, 409);
      assert.match(text(res.body), /内容已被修改/);
      const approvals = await app.deps.db.selectFrom('review_approval').innerJoin('article_revision as r', 'r.id', 'review_approval.revision_id').where('r.article_id', '=', id).select('review_approval.id').execute();
      assert.equal(approvals.length, 0);
    });

    test('bad editor input re-renders the form with messages and changes nothing', async () => {
      const before = await app.deps.db.selectFrom('article_revision').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await editor.get('/staff/articles/new');
      const res = await editor.post('/staff/articles', articleForm({ title: '', slug: 'Bad Slug', b3_faq: '', b0_rows: 'a | b | c' }));
      assert.equal(res.statusCode, 422);
      const body = text(res.body);
      for (const m of ['请填写标题', '网址标识只能用小写字母', '常见问答需要标题和至少一组问答', '要点表格需要']) assert.ok(body.includes(m), m);
      assert.ok(res.body.includes('光疗后局部轻度发红'), 'what was typed is kept');
      const after = await app.deps.db.selectFrom('article_revision').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n));
    });

    test('revisions can be compared side by side and an old one restored as a new draft', async () => {
      const a = await app.deps.db.selectFrom('article').select('id').where('slug', '=', 'care-after-phototherapy').executeTakeFirstOrThrow();
      const revs = await app.deps.db.selectFrom('article_revision').select('id').where('article_id', '=', a.id).orderBy('id').execute();
      const cmp = await editor.get(`/staff/articles/${a.id}/compare?a=${revs[0]!.id}&b=${revs.at(-1)!.id}`);
      assert.equal(cmp.statusCode, 200);
      assert.match(cmp.body, /<del>[^<]*光疗后局部轻度发红[^<]*<\/del>|<del>[^<]+<\/del>/);
      assert.match(cmp.body, /<ins>[^<]*改写后的新正文[^<]*<\/ins>|<ins>[^<]+<\/ins>/);
      await editor.get(`/staff/articles/${a.id}/revisions`);
      const restored = await editor.post(`/staff/articles/${a.id}/revisions/${revs[0]!.id}/restore`);
      assert.equal(restored.statusCode, 303);
      const head = await app.deps.db.selectFrom('article').innerJoin('article_revision as r', 'r.id', 'article.head_revision_id').select(['r.id', 'r.body_md', 'article.status']).where('article.id', '=', a.id).executeTakeFirstOrThrow();
      assert.ok(head.id > revs.at(-1)!.id, 'a new revision, history kept');
      assert.ok(head.body_md.includes('光疗后局部轻度发红'));
      assert.equal(head.status, 'draft');
    });

    test('scheduled publishing is carried out by the job table, and re-checks the content first', async () => {
      await editor.get('/staff/articles/new');
      const created = await editor.post('/staff/articles', articleForm({ slug: 'scheduled-article', title: '定时发布的文章' }));
      const id = Number(/(\d+)/.exec(created.headers.location as string)![1]);
      await editor.get(`/staff/articles/${id}`);
      await editor.post(`/staff/articles/${id}/submit`);
      const seen = /name="revision_id" value="(\d+)"/.exec((await reviewer.get(`/staff/articles/${id}`)).body)![1]!;
      await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: seen });
      await editor.get(`/staff/articles/${id}`);
      // 2026-11-20 10:00 → clinic time (Asia/Shanghai) is UTC+8.
      const res = await editor.post(`/staff/articles/${id}/schedule`, { publish_at: '2026-11-21T10:00' });
      assert.equal(res.statusCode, 303);
      const job = await app.deps.db.selectFrom('job').selectAll().where('kind', '=', 'publish_article').orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(job.run_at, '2026-11-21T02:00:00.000Z');
      const isLive = async () => {
        const row = await app.deps.db.selectFrom('article').select('published_revision_id').where('id', '=', id).executeTakeFirstOrThrow();
        return row.published_revision_id !== null;
      };
      await runDueJobs(app.deps.db, jobHandlers(app.config), new Date('2026-11-21T01:59:00Z'));
      assert.equal(await isLive(), false, 'not before its time');
      await runDueJobs(app.deps.db, jobHandlers(app.config), new Date('2026-11-21T02:00:30Z'));
      assert.equal(await isLive(), true);
      const done = await app.deps.db.selectFrom('job').select(['done_at', 'last_error']).where('id', '=', job.id).executeTakeFirstOrThrow();
      assert.ok(done.done_at && !done.last_error);
      tick(app);
      assert.equal((await app.get('/articles/scheduled-article')).statusCode, 200);
      const audits = (await auditActions(app, id)).map((a) => a.action);
      assert.ok(audits.includes('article.schedule') && audits.at(-1) === 'article.publish');
    });

    // Runs last in this block: it moves the clock on by most of a day.
    test('the next medical review is due the review interval after the approval, counted in the clinic’s calendar', async () => {
      // 20:30 UTC is 04:30 the next morning in the clinic (Asia/Shanghai): the approval's date is the clinic's.
      app.clock.now = new Date('2026-11-20T20:30:00Z');
      assert.equal(app.config.clinicTimeZone, 'Asia/Shanghai');
      const writer = await signedIn(app, ['editor']);
      const checker = await signedIn(app, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
      await writer.get('/staff/articles/new');
      const created = await writer.post('/staff/articles', articleForm({ slug: 'review-due-in-clinic-days', title: '光疗后的日常护理要点' }));
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = Number(/\/staff\/articles\/(\d+)/.exec(created.headers.location as string)![1]);
      await writer.get(`/staff/articles/${id}`);
      assert.equal((await writer.post(`/staff/articles/${id}/submit`)).statusCode, 303);
      const page = await checker.get(`/staff/articles/${id}`);
      assert.equal((await checker.post(`/staff/articles/${id}/approve`, { revision_id: /name="revision_id" value="(\d+)"/.exec(page.body)![1]! })).statusCode, 303);
      await writer.get(`/staff/articles/${id}`);
      assert.equal((await writer.post(`/staff/articles/${id}/publish`)).statusCode, 303);
      const { next_review_due } = await app.deps.db.selectFrom('article').select('next_review_due').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(next_review_due, addDays('2026-11-21', app.config.reviewIntervalDays));
    });
  });
}

describe('two app instances on one PostgreSQL database', () => {
  test('publishing on one instance refreshes the pages of the other', async () => {
    const a = await demoApp(dialects[1]!);
    const url = a.t.databaseUrl!;
    const db2 = await openDatabase({ dataDir: a.t.dataDir, databaseUrl: url, poolSize: 3 });
    const b = await buildApp({ config: loadConfig({ DATA_DIR: a.t.dataDir, DATABASE_URL: url, DATA_KEY: TEST_DATA_KEY, LOG_LEVEL: 'silent' }), db: db2, now: () => a.clock.now, logger: false });
    try {
      const before = await b.app.inject('/');
      assert.ok(!before.body.includes('两实例测试文章'));
      assert.equal((await b.app.inject('/')).headers['x-page-cache'], 'hit');
      const editor = await signedIn(a, ['editor', 'admin']);
      const reviewer = await signedIn(a, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
      await editor.get('/staff/articles/new');
      const created = await editor.post('/staff/articles', articleForm({ slug: 'two-instances', title: '两实例测试文章' }));
      const id = Number(/(\d+)/.exec(created.headers.location as string)![1]);
      await editor.get(`/staff/articles/${id}`);
      await editor.post(`/staff/articles/${id}/submit`);
      const seen = /name="revision_id" value="(\d+)"/.exec((await reviewer.get(`/staff/articles/${id}`)).body)![1]!;
      await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: seen });
      await editor.get(`/staff/articles/${id}`);
      await editor.post(`/staff/articles/${id}/publish`);
      a.clock.now = new Date(a.clock.now.getTime() + 1500);
      const after = await b.app.inject('/');
      assert.notEqual(after.headers['x-page-cache'], 'hit');
      assert.ok(after.body.includes('两实例测试文章'), 'instance B shows what A published');
      assert.ok((await b.app.inject('/sitemap.xml')).body.includes('/articles/two-instances'));
      assert.equal((await b.app.inject('/articles/two-instances')).statusCode, 200);
      // Unpublishing on A removes it from B.
      await editor.get(`/staff/articles/${id}`);
      await editor.post(`/staff/articles/${id}/unpublish`);
      a.clock.now = new Date(a.clock.now.getTime() + 1500);
      assert.equal((await b.app.inject('/articles/two-instances')).statusCode, 404);
    } finally {
      await b.app.close();
      await db2.close();
      await a.close();
    }
  });
});
