import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { postForm } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { assertEnglish } from '../helpers/staff-english.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// The content back office (articles, compliance, categories, doctors, questions, Q&A, feedback)
// for a staff member whose language is English: every page, a form re-shown with errors, and the
// Chinese default unchanged for everyone else.
//
// The whole page: the shell around it (title, header, navigation) and the page's own content.
function english(html: string, where: string): void {
  assertEnglish(html, where);
}

const CLAIM = '本院治疗白癜风可以根治。';
const articleForm = (over: Record<string, string> = {}): Record<string, string> => ({
  title: '光疗后皮肤发红怎么护理',
  summary: '光疗后出现轻度发红较常见，本文说明居家护理方法和需要复诊的情况。',
  slug: 'english-staff-draft',
  category_id: '1',
  doc_type: 'kepu',
  source: '青禾皮肤科普编辑部（演示）',
  author_doctor_id: '',
  body_md: `## 光疗是什么\n\n光疗是白癜风常用的治疗方式之一。${CLAIM}\n\n## 注意事项\n\n照光后注意防晒，按医生安排复诊。`,
  block_count: '1',
  b0_type: 'faq',
  b0_id: 'faq-1',
  b0_title: '你可能还想问',
  b0_faq: '问：发红需要停疗吗？\n答：轻度发红一般不需要，请遵医嘱。',
  action: 'save',
  ...over,
});

/** A patient's question as the questions feature stores it (encrypted), in the given state. */
async function question(app: TestApp, o: { body: string; status: 'new' | 'triaged' | 'answered'; answer?: string; consent?: boolean; urgent?: boolean }): Promise<number> {
  const db = app.deps.db;
  const rt = await bookingRuntime(db, app.config);
  const doc = await db.selectFrom('doctor').select('id').where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow();
  const cat = await db.selectFrom('category').select('id').orderBy('position').executeTakeFirstOrThrow();
  const at = app.clock.now.toISOString();
  const { id } = await db
    .insertInto('question')
    .values({
      token_hash: randomBytes(16).toString('hex'),
      body_enc: rt.crypto.encrypt(o.body),
      age_range: '30-44',
      sex: 'female',
      contact_kind: null,
      contact_enc: null,
      mobile_hmac: null,
      consent_health: 1,
      consent_publish: o.consent ? 1 : 0,
      consent_json: '[]',
      locale: 'zh-CN',
      status: o.status,
      urgent: o.urgent ? 1 : 0,
      category_id: o.status === 'new' ? null : cat.id,
      assigned_doctor_id: o.status === 'new' ? null : doc.id,
      answer_enc: o.answer ? rt.crypto.encrypt(o.answer) : null,
      answered_by: null,
      answered_at: o.answer ? at : null,
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
  describe(`the content back office in English on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: StaffClient;
    let editor: StaffClient;
    let reviewer: StaffClient;
    let draftId: number;

    before(async () => {
      app = await demoApp(dialect);
      admin = await signedIn(app, ['admin'], { locale: 'en' });
      editor = await signedIn(app, ['editor'], { locale: 'en' });
      reviewer = await signedIn(app, ['reviewer'], { doctorSlug: 'lin-qingyuan', locale: 'en' });
    });
    after(() => app.close());

    async function page(client: StaffClient, url: string, status = 200) {
      const res = await client.get(url);
      assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
      english(res.body, url);
      return res.body;
    }

    test('articles: list, new form, a demo article, its revisions and a comparison', async () => {
      const demo = await app.deps.db.selectFrom('article').select(['id', 'head_revision_id']).orderBy('id').executeTakeFirstOrThrow();
      for (const url of ['/staff/articles', '/staff/articles?status=published', '/staff/articles/new', `/staff/articles/${demo.id}`, `/staff/articles/${demo.id}/revisions`]) {
        await page(admin, url);
      }
      const body = await page(editor, `/staff/articles/${demo.id}`);
      assert.match(body, /Save/);
      await page(admin, `/staff/articles/${demo.id}/compare?a=${demo.head_revision_id}&b=${demo.head_revision_id}`);
    });

    test('a draft with a flagged phrase: the live check, the gate, review and refusals in English', async () => {
      await editor.get('/staff/articles/new');
      const created = await editor.post('/staff/articles', articleForm());
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      draftId = Number(/\/staff\/articles\/(\d+)/.exec(created.headers.location as string)![1]);
      const editorPage = await page(editor, `/staff/articles/${draftId}`);
      assert.match(editorPage, /Compliance check/);
      assert.match(editorPage, /lang="zh-CN"[^>]*>[^<]*根治/);
      // Preview and add-a-block re-show the form, unsaved.
      const added = await editor.post(`/staff/articles/${draftId}`, articleForm({ action: 'add_tips' }));
      assert.equal(added.statusCode, 200);
      english(added.body, 'add a block');
      assert.equal((await editor.post(`/staff/articles/${draftId}/submit`)).statusCode, 303);
      const review = await page(reviewer, `/staff/articles/${draftId}`);
      const revision = /name="revision_id" value="(\d+)"/.exec(review)![1]!;
      assert.equal((await reviewer.post(`/staff/articles/${draftId}/approve`, { revision_id: revision })).statusCode, 303);
      const gate = await page(admin, `/staff/articles/${draftId}`);
      assert.match(gate, /Reason for the admin override/);
      const refused = await admin.post(`/staff/articles/${draftId}/publish`);
      assert.equal(refused.statusCode, 409);
      english(refused.body, 'publish refused');
      assert.match(refused.body, /unresolved error-level compliance findings/);
      // A reason too short to accept a finding.
      const key = /name="key" value="([^"]+)"/.exec(gate)![1]!;
      const short = await admin.post(`/staff/articles/${draftId}/compliance/accept`, { key: key.replace(/&amp;/g, '&'), reason: '好' });
      assert.equal(short.statusCode, 422);
      english(short.body, 'accept refused');
      await page(admin, `/staff/articles/${draftId}/revisions`);
    });

    test('the editor form re-shown with its errors in English', async () => {
      await editor.get('/staff/articles/new');
      const res = await editor.post('/staff/articles', articleForm({ title: '', slug: 'Not A Slug', b0_faq: '' }));
      assert.equal(res.statusCode, 422);
      english(res.body, 'article form with errors');
      assert.match(res.body, /Please give a title\./);
      assert.match(res.body, /lower-case letters, digits and hyphens/);
    });

    test('categories and hot topics', async () => {
      await page(admin, '/staff/categories');
      await page(admin, '/staff/categories/1');
      const res = await admin.post('/staff/categories', { slug: 'Bad Slug', name: '', name_en: 'x', description: '', position: 'x' });
      assert.equal(res.statusCode, 422);
      english(res.body, 'category form with errors');
      const edit = await admin.post('/staff/categories/1', { slug: 'bad slug', name: '', name_en: '', description: '', position: '1' });
      assert.equal(edit.statusCode, 422);
      english(edit.body, 'category edit with errors');
    });

    test('doctors: the list, the new and edit forms, and a form re-shown with errors', async () => {
      for (const url of ['/staff/doctors', '/staff/doctors/new', '/staff/doctors/1']) await page(admin, url);
      const bad = await admin.post('/staff/doctors/new', { name: '', slug: 'Bad Slug', title: '', specialties: '', bio_md: '' });
      assert.equal(bad.statusCode, 422);
      english(bad.body, 'doctor form with errors');
      assert.match(bad.body, /Please fill in: Name\./);
      await admin.get('/staff/doctors/1');
      const edit = await admin.post('/staff/doctors/1', { name: '林清远', slug: 'lin-qingyuan', title: '主任医师', specialties: '白癜风', bio_md: '简介', photo_alt: '' });
      assert.equal(edit.statusCode, 422);
      english(edit.body, 'doctor edit with errors');
    });

    test('questions: inbox, triage, a doctor’s list and answer form, refusals', async () => {
      const fresh = await question(app, { body: '手背上出现白斑两个月了，需要做什么检查？\n最近面积有扩大。', status: 'new', urgent: true });
      const mine = await question(app, { body: '白斑可以晒太阳吗？', status: 'triaged' });
      const answered = await question(app, { body: '白斑可以涂防晒霜吗？', status: 'answered', answer: ANSWER, consent: true });
      for (const url of ['/staff/questions', '/staff/questions?status=new', `/staff/questions/${fresh}`, `/staff/questions/${answered}`]) await page(admin, url);
      const triage = await admin.post(`/staff/questions/${fresh}/triage`, { category_id: '', doctor_id: '', priority: 'normal' });
      assert.equal(triage.statusCode, 422);
      english(triage.body, 'triage refused');
      const doctor = await signedIn(app, ['doctor'], { doctorSlug: 'lin-qingyuan', locale: 'en' });
      await page(doctor, '/staff/my-questions');
      await page(doctor, `/staff/my-questions/${mine}`);
      const empty = await doctor.post(`/staff/my-questions/${mine}/answer`, { answer: '' });
      assert.equal(empty.statusCode, 422);
      english(empty.body, 'empty answer');
      const claim = await doctor.post(`/staff/my-questions/${mine}/answer`, { answer: `您好。${CLAIM}请来院面诊。` });
      assert.equal(claim.statusCode, 422);
      english(claim.body, 'answer with a finding');
      assert.match(claim.body, /The compliance check found/);
      await page(doctor, `/staff/my-questions/${answered}`);
    });

    test('the public Q&A: queue, a demo question, personal details and refusals', async () => {
      await page(editor, '/staff/qa');
      const demo = await app.deps.db.selectFrom('qa_publication').select('question_id').where('status', '=', 'published').orderBy('question_id').executeTakeFirstOrThrow();
      await page(editor, `/staff/qa/${demo.question_id}`);
      const phone = await question(app, { body: '我打羽毛球后手背出汗，白斑会扩散吗？我的电话13812345678。', status: 'answered', answer: ANSWER, consent: true });
      const prep = await page(editor, `/staff/qa/${phone}`);
      assert.match(prep, /Mobile number/);
      const cat = /name="category_id"[\s\S]*?<option value="(\d+)"/.exec(prep)![1]!;
      const refused = await editor.post(`/staff/qa/${phone}/publish`, { title: '打羽毛球出汗会让白斑扩散吗', question_public: '我打羽毛球后手背出汗，白斑会扩散吗？我的电话13812345678。', answer_public: ANSWER, category_id: cat });
      assert.equal(refused.statusCode, 422);
      english(refused.body, 'publish refused');
      const short = await editor.post(`/staff/qa/${phone}`, { title: '短', question_public: '短', answer_public: ANSWER, category_id: cat });
      assert.equal(short.statusCode, 422);
      english(short.body, 'Q&A form with errors');
      assert.match(short.body, /Title needs 4–60 characters/);
      assert.equal((await editor.post(`/staff/qa/${phone}`, { title: '打羽毛球出汗会让白斑扩散吗', question_public: '我打羽毛球后手背出汗，白斑会扩散吗？我的电话13812345678。', answer_public: ANSWER, category_id: cat })).statusCode, 303);
      await page(editor, `/staff/qa/${phone}`);
    });

    test('feedback: codes, moderation with findings, and refusals', async () => {
      await page(admin, '/staff/feedback-codes');
      const none = await admin.post('/staff/feedback-codes', { doctor_id: '', visit_date: '' });
      assert.equal(none.statusCode, 422);
      english(none.body, 'code refused');
      const doc = await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
      const issued = await admin.post('/staff/feedback-codes', { doctor_id: String(doc.id), visit_date: '2026-11-19' });
      assert.equal(issued.statusCode, 200);
      english(issued.body, 'code issued');
      const code = /class="ref-code feedback-code">([A-Z0-9-]+)</.exec(issued.body)![1]!;
      const rated = await postForm(app, '/feedback/code/rate', { code, explain: '5', attitude: '4', wait: '3', comment: `王医生说${CLAIM}我的电话13812345678。`, consent_publish: '1' });
      assert.equal(rated.statusCode, 303, rated.body.slice(0, 300));
      for (const url of ['/staff/feedback', '/staff/feedback?status=approved', '/staff/feedback?status=private', '/staff/feedback?status=rejected']) await page(admin, url);
      const list = await admin.get('/staff/feedback');
      const id = /id="fb-(\d+)"/.exec(list.body)![1]!;
      const refused = await admin.post(`/staff/feedback/${id}/moderate`, { action: 'approve', back: '/staff/feedback?status=pending' });
      assert.equal(refused.statusCode, 409);
      english(refused.body, 'approval refused');
      const missing = await admin.post(`/staff/feedback/${id}/redact`, { phrases: '不在留言里的字', hash: 'x', back: '/staff/feedback?status=pending' });
      english(missing.body, 'redaction refused');
    });

    test('a Chinese-speaking staff member still gets the Chinese pages', async () => {
      const zh = await signedIn(app, ['admin']);
      const list = await zh.get('/staff/articles');
      assert.match(list.body, /<html lang="zh-CN"/);
      assert.match(list.body, /按状态筛选/);
      const res = await zh.post('/staff/articles', articleForm({ title: '' }));
      assert.match(res.body, /请填写标题。/);
      assert.match((await zh.get('/staff/categories')).body, /置顶的热门话题/);
      assert.match((await zh.get('/staff/doctors')).body, /执业证书编号/);
      assert.match((await zh.get('/staff/questions')).body, /紧急的排在前面/);
      assert.match((await zh.get('/staff/qa')).body, /公开版本/);
      assert.match((await zh.get('/staff/feedback')).body, /只保留评分，不公开留言|没有待审核的留言/);
    });
  });
}
