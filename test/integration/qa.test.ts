import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { after, before, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { rebuildSearchIndex } from '../../src/main.js';
import { dialectOf } from '../../src/db/dialect.js';
import { publishQa, QaRefused, saveQaDraft } from '../../src/questions/qa.service.js';
import type { Actor } from '../../src/staff/audit.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { hrefs, ldOfType, text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// The public, de-identified Q&A on both engines: the editor's queue, personal details that block
// publishing until removed, the consent gate (routes, direct service calls, and a consent withdrawn
// while a publish is under way), the public page with QAPage JSON-LD, search, sitemap, article
// links, and withdrawal taking all of it down at once.

const ACTOR: Actor = { userId: null, name: '测试', ip: '127.0.0.1', userAgent: 'test' };

/** An answered question as the questions feature stores it (encrypted text and answer). */
async function answeredQuestion(app: TestApp, o: { body: string; answer: string; consent: boolean; categorySlug?: string; doctorSlug?: string }): Promise<number> {
  const db = app.deps.db;
  const rt = await bookingRuntime(db, app.config);
  const cat = await db.selectFrom('category').select('id').where('slug', '=', o.categorySlug ?? 'condition-basics').executeTakeFirst();
  const doc = await db.selectFrom('doctor').select('id').where('slug', '=', o.doctorSlug ?? 'lin-qingyuan').executeTakeFirstOrThrow();
  const at = app.clock.now.toISOString();
  const { id } = await db
    .insertInto('question')
    .values({
      token_hash: randomBytes(16).toString('hex'),
      body_enc: rt.crypto.encrypt(o.body),
      age_range: '30-39',
      sex: 'female',
      contact_kind: null,
      contact_enc: null,
      mobile_hmac: null,
      consent_health: 1,
      consent_publish: o.consent ? 1 : 0,
      consent_json: '[]',
      locale: 'zh-CN',
      status: 'answered',
      category_id: cat?.id ?? null,
      assigned_doctor_id: doc.id,
      answer_enc: rt.crypto.encrypt(o.answer),
      answered_by: null,
      answered_at: at,
      dedupe_hash: randomBytes(8).toString('hex'),
      source_hmac: 'test',
      contact_erased_at: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const ANSWER = '您好。运动出汗本身不会让白斑扩散，运动后及时清洁、避免摩擦即可。白斑近期是否稳定，需要医生面诊评估后再决定治疗方案。';

for (const dialect of dialects) {
  describe(`public Q&A on ${dialect.name}`, () => {
    let app: TestApp;
    let editor: StaffClient & { userId: number };
    let categorySlug: string;
    let categoryId: number;

    before(async () => {
      app = await demoApp(dialect);
      editor = await signedIn(app, ['editor']);
      ({ slug: categorySlug, id: categoryId } = await app.deps.db.selectFrom('category').select(['slug', 'id']).orderBy('position').executeTakeFirstOrThrow());
    });
    after(() => app.close());

    const form = (title: string, question: string, answer = ANSWER) => ({ title, question_public: question, answer_public: answer, category_id: String(categoryId) });
    const pubOf = (id: number) => app.deps.db.selectFrom('qa_publication').selectAll().where('question_id', '=', id).executeTakeFirst();

    test('only editors and admins reach /staff/qa; the queue offers consented, answered questions only', async () => {
      const doctor = await signedIn(app, ['doctor']);
      assert.equal((await doctor.get('/staff/qa')).statusCode, 403);
      const yes = await answeredQuestion(app, { body: '手上的白斑可以涂防晒霜吗？', answer: ANSWER, consent: true, categorySlug });
      const no = await answeredQuestion(app, { body: '脸上的白斑能化妆遮盖吗？', answer: ANSWER, consent: false, categorySlug });
      const list = await editor.get('/staff/qa');
      assert.equal(list.statusCode, 200);
      assert.ok(hrefs(list.body).includes(`/staff/qa/${yes}`));
      assert.ok(!hrefs(list.body).includes(`/staff/qa/${no}`), 'a question without publication consent is not offered');
    });

    test('a question with a phone number cannot be published until the number is removed', async () => {
      const body = '我最近打羽毛球后手背出汗，白斑会不会扩散？我的电话13812345678，谢谢医生。';
      const id = await answeredQuestion(app, { body, answer: ANSWER, consent: true, categorySlug });

      // The prepare form is prefilled with the decrypted question and marks the number.
      const prep = await editor.get(`/staff/qa/${id}`);
      assert.equal(prep.statusCode, 200);
      assert.ok(prep.body.includes('<mark class="compliance-mark error">13812345678</mark>'), 'the number is marked in its context');
      assert.ok(text(prep.body).includes('公开的问题 · 手机号码'));
      assert.ok(text(prep.body).includes(ANSWER), 'the answer is prefilled, decrypted');

      // Publishing the text as it is: refused with the reason, nothing published, nothing indexed.
      const refused = await editor.post(`/staff/qa/${id}/publish`, form('打羽毛球出汗会让白斑扩散吗', body));
      assert.equal(refused.statusCode, 422);
      assert.ok(text(refused.body).includes('公开的问题中有手机号码（“13812345678”）'));
      assert.equal(await pubOf(id), undefined, 'a refused publish writes nothing, not even the draft');
      // Spaced or full-width, the number is still found.
      for (const variant of ['138 1234 5678', '１３８１２３４５６７８', '+86-138-1234-5678']) {
        const r = await editor.post(`/staff/qa/${id}/publish`, form('打羽毛球出汗会让白斑扩散吗', `打羽毛球后手背出汗，白斑会扩散吗？电话${variant}`));
        assert.equal(r.statusCode, 422, variant);
      }

      // Saving the draft is allowed (audited); publishing the saved draft is still refused.
      const saved = await editor.post(`/staff/qa/${id}`, form('打羽毛球出汗会让白斑扩散吗', body));
      assert.equal(saved.statusCode, 303);
      assert.equal((await pubOf(id))!.status, 'draft');
      assert.equal((await editor.post(`/staff/qa/${id}/publish`, {})).statusCode, 422);
      await assert.rejects(
        app.deps.db.transaction().execute((trx) => publishQa(trx, id, undefined, ACTOR, app.clock.now)),
        (e: unknown) => e instanceof QaRefused && e.code === 'qa_pii',
      );
      assert.equal((await pubOf(id))!.status, 'draft');
      assert.equal((await app.get('/qa/q-' + id)).statusCode, 404);
      assert.ok(!(await app.get('/search?q=' + encodeURIComponent('羽毛球'))).body.includes(`/qa/q-${id}`));

      // Without the number it is published: the page, its JSON-LD, search, sitemap and article links.
      const clean = '我最近打羽毛球后手背出汗，白斑会不会扩散？';
      const ok = await editor.post(`/staff/qa/${id}/publish`, form('打羽毛球出汗会让白斑扩散吗', clean));
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 500));
      const pub = (await pubOf(id))!;
      assert.equal(pub.status, 'published');
      assert.equal(pub.slug, `q-${id}`);
      const actions = (await app.deps.db.selectFrom('audit_event').select('action').where('subject_type', '=', 'question').where('subject_id', '=', String(id)).execute()).map((a) => a.action);
      assert.ok(actions.includes('qa.save') && actions.includes('qa.publish'));

      const page = await app.get(`/qa/q-${id}`);
      assert.equal(page.statusCode, 200);
      const shown = text(page.body);
      assert.ok(shown.includes(clean) && shown.includes(ANSWER) && !shown.includes('13812345678'));
      assert.ok(shown.includes('不能替代医生面诊'), 'a medical disclaimer');
      assert.ok(hrefs(page.body).includes('/doctors/lin-qingyuan'), 'the answering doctor is linked');
      const ld = ldOfType(page.body, 'QAPage');
      assert.equal(ld.mainEntity['@type'], 'Question');
      assert.equal(ld.mainEntity.name, '打羽毛球出汗会让白斑扩散吗');
      assert.equal(ld.mainEntity.text, clean);
      assert.equal(ld.mainEntity.answerCount, 1);
      assert.equal(ld.mainEntity.acceptedAnswer['@type'], 'Answer');
      assert.equal(ld.mainEntity.acceptedAnswer.text, ANSWER);
      assert.ok(ld.mainEntity.acceptedAnswer.dateCreated);
      assert.deepEqual(ld.mainEntity.acceptedAnswer.author['@type'], ['Person', 'Physician']);
      assert.equal((await app.get(`/en/qa/q-${id}`)).statusCode, 200);

      const found = await app.get('/search?q=' + encodeURIComponent('羽毛球'));
      assert.ok(hrefs(found.body).includes(`/qa/q-${id}`), 'search finds the Q&A page');
      assert.ok(text(found.body).includes('问答'));
      assert.ok((await app.get('/sitemap.xml')).body.includes(`/qa/q-${id}</loc>`));
      const list = await app.get(`/qa?category=${categorySlug}`);
      assert.ok(hrefs(list.body).includes(`/qa/q-${id}`));
      const article = await app.deps.db
        .selectFrom('article as a')
        .innerJoin('category as c', 'c.id', 'a.category_id')
        .select('a.slug')
        .where('c.slug', '=', categorySlug)
        .where('a.status', '=', 'published')
        .executeTakeFirstOrThrow();
      const articlePage = await app.get(`/articles/${article.slug}`);
      assert.ok(text(articlePage.body).includes('相关问答'));
      assert.ok(hrefs(articlePage.body).includes(`/qa/q-${id}`), 'the article links to Q&A of its category');
      // The index is derived: a rebuild keeps the Q&A.
      await rebuildSearchIndex(app.deps.db, app.clock.now);
      assert.ok(hrefs((await app.get('/search?q=' + encodeURIComponent('羽毛球'))).body).includes(`/qa/q-${id}`));

      // Withdrawn: off the page (cached a moment ago), search, sitemap, lists and article at once.
      assert.equal((await app.get(`/qa/q-${id}`)).headers['x-page-cache'], 'hit');
      const w = await editor.post(`/staff/qa/${id}/withdraw`, {});
      assert.equal(w.statusCode, 303);
      assert.equal((await pubOf(id))!.status, 'withdrawn');
      assert.equal((await app.get(`/qa/q-${id}`)).statusCode, 404);
      assert.ok(!hrefs((await app.get('/search?q=' + encodeURIComponent('羽毛球'))).body).includes(`/qa/q-${id}`));
      assert.ok(!(await app.get('/sitemap.xml')).body.includes(`/qa/q-${id}<`));
      assert.ok(!hrefs((await app.get(`/articles/${article.slug}`)).body).includes(`/qa/q-${id}`));
      assert.ok(!hrefs((await app.get('/qa')).body).includes(`/qa/q-${id}`));
      assert.equal((await editor.post(`/staff/qa/${id}/withdraw`, {})).statusCode, 409, 'nothing live to withdraw');
    });

    test('without publication consent: no route and no direct service call can publish', async () => {
      const id = await answeredQuestion(app, { body: '冬天白斑会不会变大？', answer: ANSWER, consent: false, categorySlug });
      assert.equal((await editor.get(`/staff/qa/${id}`)).statusCode, 409);
      assert.equal((await editor.post(`/staff/qa/${id}`, form('冬天白斑会变大吗', '冬天白斑会不会变大？'))).statusCode, 409);
      assert.equal((await editor.post(`/staff/qa/${id}/publish`, form('冬天白斑会变大吗', '冬天白斑会不会变大？'))).statusCode, 409);
      assert.equal(await pubOf(id), undefined);
      const refusedNoConsent = (e: unknown) => e instanceof QaRefused && e.code === 'qa_no_consent' && e.status === 409;
      const draft = { title: '冬天白斑会变大吗', question_public: '冬天白斑会不会变大？', answer_public: ANSWER, category_id: null };
      await assert.rejects(app.deps.db.transaction().execute((trx) => saveQaDraft(trx, id, draft, ACTOR, app.clock.now)), refusedNoConsent);
      await assert.rejects(app.deps.db.transaction().execute((trx) => publishQa(trx, id, draft, ACTOR, app.clock.now)), refusedNoConsent);
      // Even a draft row written behind the service's back is never published, nor shown.
      const at = app.clock.now.toISOString();
      await app.deps.db.insertInto('qa_publication').values({ question_id: id, slug: `q-${id}`, ...draft, doctor_id: null, status: 'draft', prepared_by: null, published_by: null, published_at: null, created_at: at, updated_at: at }).execute();
      await assert.rejects(app.deps.db.transaction().execute((trx) => publishQa(trx, id, undefined, ACTOR, app.clock.now)), refusedNoConsent);
      await app.deps.db.updateTable('qa_publication').set({ status: 'published', published_at: at }).where('question_id', '=', id).execute();
      assert.equal((await app.get(`/qa/q-${id}`)).statusCode, 404, 'the public query itself requires the consent');
      assert.ok(!hrefs((await app.get('/qa')).body).includes(`/qa/q-${id}`));
      // Such a row is offered for withdrawal only.
      const page = await editor.get(`/staff/qa/${id}`);
      assert.equal(page.statusCode, 409);
      assert.ok(text(page.body).includes('必须撤下') && !text(page.body).includes('冬天白斑会不会变大'));
      assert.equal((await editor.post(`/staff/qa/${id}/withdraw`, {})).statusCode, 303);
    });

    test('a consent withdrawn while a publish is under way wins: the check is inside the publishing transaction', async () => {
      const id = await answeredQuestion(app, { body: '白斑边缘发红是在扩散吗？', answer: ANSWER, consent: true, categorySlug });
      assert.equal((await editor.post(`/staff/qa/${id}`, form('白斑边缘发红是在扩散吗', '白斑边缘发红是在扩散吗？'))).statusCode, 303);
      const db = app.deps.db;
      // The patient's withdrawal: a transaction that has changed the consent and not yet committed.
      let commit!: () => void;
      const release = new Promise<void>((r) => (commit = r));
      let changed!: () => void;
      const consentChanged = new Promise<void>((r) => (changed = r));
      const withdrawal = db.transaction().execute(async (trx) => {
        await trx.updateTable('question').set({ consent_publish: 0 }).where('id', '=', id).execute();
        changed();
        await release;
      });
      await consentChanged;
      const publishing = db.transaction().execute((trx) => publishQa(trx, id, undefined, ACTOR, app.clock.now));
      let settled = false;
      publishing.then(
        () => (settled = true),
        () => (settled = true),
      );
      if (dialectOf(db) === 'postgres') {
        // Wait until the publish is blocked on the question row the withdrawal holds (or, were it
        // not to wait, has finished: the assertion below then fails).
        while (!settled) {
          const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
          if (Number(rows[0]!.n) > 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
      } else {
        // SQLite: one connection, so the publish waits for the withdrawal's transaction to end.
        await new Promise((r) => setImmediate(r));
      }
      commit();
      await withdrawal;
      await assert.rejects(publishing, (e: unknown) => e instanceof QaRefused && e.code === 'qa_no_consent');
      assert.equal((await pubOf(id))!.status, 'draft');
      assert.equal((await app.get(`/qa/q-${id}`)).statusCode, 404);
    });

    test('compliance errors in the public text block publishing; bad addresses are 4xx', async () => {
      const id = await answeredQuestion(app, { body: '白斑用什么药好得快？', answer: ANSWER, consent: true, categorySlug });
      const r = await editor.post(`/staff/qa/${id}/publish`, form('白斑用什么药好得快', '白斑用什么药好得快？', '我们的疗法保证治愈，100%有效，绝不复发。'));
      assert.equal(r.statusCode, 422);
      assert.ok(text(r.body).includes('公开的回答：'));
      assert.equal(await pubOf(id), undefined);
      const short = await editor.post(`/staff/qa/${id}`, form('白', '白斑用什么药好得快？'));
      assert.equal(short.statusCode, 422);
      assert.ok(short.body.includes('href="#f-title"'), 'the error summary links to the field');
      assert.equal((await editor.get('/staff/qa/abc')).statusCode, 404);
      assert.equal((await editor.get('/staff/qa/999999')).statusCode, 404);
      assert.equal((await app.get('/qa/not-a-qa')).statusCode, 404);
      assert.equal((await app.get('/qa/Q_1')).statusCode, 400);
      assert.equal((await app.get('/qa?page=x')).statusCode, 400);
      assert.equal((await app.get('/qa?category=nope')).statusCode, 404);
      assert.equal((await app.get('/qa')).statusCode, 200);
      assert.equal((await app.get('/en/qa')).statusCode, 200);
    });
  });
}
