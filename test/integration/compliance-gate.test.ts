import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { decode, text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// The compliance checker as a publish gate and in the editor, on SQLite and PostgreSQL:
// error-level findings block publishing; an editor may accept a finding with a reason (that
// settles warnings; errors need an admin's acceptance); an admin may override one exact version
// with a reason; every decision is audited; acceptances hold while their sentence is unchanged.

const CLAIM = '本院治疗白癜风可以根治。';

function form(over: Record<string, string> = {}): Record<string, string> {
  return {
    title: '白癜风的光疗',
    summary: '介绍光疗的基本知识和注意事项。',
    slug: 'gate-test',
    category_id: '1',
    doc_type: 'kepu',
    source: '青禾皮肤科普编辑部（演示）',
    author_doctor_id: '',
    body_md: `## 光疗是什么\n\n光疗是白癜风常用的治疗方式之一。${CLAIM}\n\n## 注意事项\n\n照光后注意防晒，按医生安排复诊。`,
    block_count: '0',
    action: 'save',
    ...over,
  };
}

type Client = StaffClient & { userId: number };

for (const dialect of dialects) {
  describe(`compliance gate on ${dialect.name}`, () => {
    let app: TestApp;
    let editor: Client;
    let reviewer: Client;
    let admin: Client;
    let seq = 0;

    before(async () => {
      app = await demoApp(dialect);
      editor = await signedIn(app, ['editor']);
      reviewer = await signedIn(app, ['reviewer'], { doctorSlug: 'lin-qingyuan' });
      admin = await signedIn(app, ['admin']);
    });
    after(() => app.close());

    const tick = () => (app.clock.now = new Date(app.clock.now.getTime() + 1500));

    async function create(over: Record<string, string> = {}): Promise<{ id: number; slug: string }> {
      const slug = `gate-${++seq}`;
      await editor.get('/staff/articles/new');
      const res = await editor.post('/staff/articles', form({ slug, ...over }));
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 400));
      return { id: Number(/\/staff\/articles\/(\d+)/.exec(res.headers.location as string)![1]), slug };
    }

    async function approve(id: number): Promise<void> {
      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}/submit`)).statusCode, 303);
      const page = await reviewer.get(`/staff/articles/${id}`);
      const revision = /name="revision_id" value="(\d+)"/.exec(page.body)![1]!;
      assert.equal((await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: revision })).statusCode, 303);
    }

    async function edit(id: number, slug: string, over: Record<string, string>): Promise<void> {
      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}`, form({ slug, ...over }))).statusCode, 303);
    }

    async function publishAs(client: Client, id: number) {
      await client.get(`/staff/articles/${id}`);
      return client.post(`/staff/articles/${id}/publish`);
    }

    const keysOn = (html: string) => [...html.matchAll(/name="key" value="([^"]+)"/g)].map((m) => decode(m[1]!));

    async function audits(id: number) {
      const rows = await app.deps.db.selectFrom('audit_event').select(['action', 'actor_user_id', 'detail_json']).where('subject_type', '=', 'article').where('subject_id', '=', String(id)).orderBy('id').execute();
      return rows.map((r) => ({ action: r.action, user: r.actor_user_id, detail: JSON.parse(r.detail_json) as Record<string, unknown> }));
    }

    test('the editor shows each finding marked in a copy of the body at the checker offsets, with its basis and suggestion', async () => {
      const { id } = await create();
      const page = await editor.get(`/staff/articles/${id}`);
      assert.equal(page.statusCode, 200);
      const live = /<div id="compliance-live"[\s\S]*?<\/div>/.exec(page.body)?.[0] ?? '';
      assert.match(live, /<mark class="compliance-mark error" data-rule="cure-claim"[^>]*><u>根治<\/u><\/mark>/);
      assert.match(text(live), /依据：《广告法》第十六条/);
      assert.match(text(live), /建议：/);
      assert.match(text(live), /1 个错误/);
      // The saved version's gate panel offers acceptance with a reason.
      assert.match(text(page.body), /有 1 处错误级问题未处理，这个版本不能发布/);
      assert.equal(keysOn(page.body).length, 1);
      // Without JavaScript, "preview" re-renders the findings for what was typed (nothing saved).
      const pv = await editor.post(`/staff/articles/${id}`, form({ slug: `gate-${seq}`, action: 'preview', body_md: '白斑一般不痛不痒。308激光治疗全程无痛。' }));
      assert.equal(pv.statusCode, 200);
      assert.match(pv.body, /data-rule="safety-painless"/);
      assert.doesNotMatch(pv.body.split('id="compliance-live"')[1]!.split('</div>')[0]!, /cure-claim/);
    });

    test('the live endpoint checks what is typed, with the document type chosen in the form', async () => {
      await editor.get('/staff/articles/new');
      const body = '😀 专业治疗白癜风，无效退款。';
      const kepu = await editor.post('/staff/articles/compliance', { ...form(), body_md: body });
      assert.equal(kepu.statusCode, 200);
      assert.match(kepu.body, /data-rule="guarantee-refund"/);
      assert.doesNotMatch(kepu.body, /ad-disease-name/);
      const ad = await editor.post('/staff/articles/compliance', { ...form(), doc_type: 'ad', body_md: body });
      assert.match(ad.body, /data-rule="ad-disease-name"/);
      assert.match(ad.body, /<u>白癜风<\/u>/);
      assert.equal((await reviewer.post('/staff/articles/compliance', { ...form(), body_md: body })).statusCode, 403);
    });

    test('an error-level finding blocks publishing and scheduling; an editor acceptance alone does not unblock it; rewriting does', async () => {
      const { id, slug } = await create();
      await approve(id);
      const refused = await publishAs(editor, id);
      assert.equal(refused.statusCode, 409);
      assert.match(text(refused.body), /合规检查发现 1 处错误级问题（正文「根治」），不能发布/);
      tick();
      assert.equal((await app.get(`/articles/${slug}`)).statusCode, 404);
      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}/schedule`, { publish_at: '2026-12-01T10:00' })).statusCode, 409);

      // The editor accepts it with a reason: recorded and audited, but an error still needs an admin.
      const page = await editor.get(`/staff/articles/${id}`);
      const [key] = keysOn(page.body);
      assert.equal((await editor.post(`/staff/articles/${id}/compliance/accept`, { key: key!, reason: '' })).statusCode, 422, 'a reason is required');
      assert.equal((await editor.post(`/staff/articles/${id}/compliance/accept`, { key: key!, reason: '引用患者原话，后文已说明' })).statusCode, 303);
      assert.equal((await publishAs(editor, id)).statusCode, 409);
      const accepted = (await editor.get(`/staff/articles/${id}`)).body;
      assert.match(text(accepted), /编辑已由 .+ 接受，理由：引用患者原话，后文已说明/);

      // Rewriting the sentence honestly, re-approval, and publishing.
      await edit(id, slug, { body_md: '## 光疗是什么\n\n光疗是白癜风常用的治疗方式之一，目标是控制病情、促进复色，效果因人而异。\n\n## 注意事项\n\n照光后注意防晒，按医生安排复诊。' });
      await approve(id);
      assert.equal((await publishAs(editor, id)).statusCode, 303);
      tick();
      assert.equal((await app.get(`/articles/${slug}`)).statusCode, 200);

      const log = await audits(id);
      const acc = log.find((e) => e.action === 'compliance.accept')!;
      assert.equal(acc.user, editor.userId);
      assert.equal(acc.detail.rule, 'cure-claim');
      assert.equal(acc.detail.text, '根治');
      assert.equal(acc.detail.asAdmin, false);
      assert.equal(acc.detail.reason, '引用患者原话，后文已说明');
    });

    test("an admin's acceptance settles that finding while its sentence is unchanged", async () => {
      const { id, slug } = await create({ title: '管理员接受测试' });
      await approve(id);
      const page = await admin.get(`/staff/articles/${id}`);
      const [key] = keysOn(page.body);
      assert.match(page.body, /以管理员身份接受此项/);
      assert.equal((await admin.post(`/staff/articles/${id}/compliance/accept`, { key: key!, reason: '法务已确认此处为引述' })).statusCode, 303);
      assert.equal((await publishAs(editor, id)).statusCode, 303);

      // A change elsewhere keeps the acceptance (same sentence) …
      await edit(id, slug, { title: '管理员接受测试（修订）' });
      await approve(id);
      assert.equal((await publishAs(editor, id)).statusCode, 303);
      // … a change to the sentence itself does not.
      await edit(id, slug, { title: '管理员接受测试（修订）', body_md: form().body_md!.replace(CLAIM, '本院治疗白癜风一定可以根治。') });
      await approve(id);
      const refused = await publishAs(editor, id);
      assert.equal(refused.statusCode, 409);
      assert.match(text(refused.body), /合规检查发现/);
      const rows = await app.deps.db.selectFrom('compliance_acceptance').selectAll().where('article_id', '=', id).execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.by_admin, 1);
      assert.equal(rows[0]!.text, '根治');
      assert.equal(rows[0]!.context, CLAIM);
    });

    test('an admin override publishes one exact version with a reason; editors and reviewers cannot override', async () => {
      const { id, slug } = await create({ title: '放行测试' });
      await approve(id);
      await editor.get(`/staff/articles/${id}`);
      assert.equal((await editor.post(`/staff/articles/${id}/compliance/override`, { reason: '我想发布' })).statusCode, 403);
      assert.equal((await reviewer.post(`/staff/articles/${id}/compliance/override`, { reason: '我想发布' })).statusCode, 403);
      const page = await admin.get(`/staff/articles/${id}`);
      assert.match(page.body, /action="\/staff\/articles\/\d+\/compliance\/override"/);
      assert.equal((await admin.post(`/staff/articles/${id}/compliance/override`, { reason: ' ' })).statusCode, 422);
      assert.equal((await admin.post(`/staff/articles/${id}/compliance/override`, { reason: '院方法务审阅后同意发布' })).statusCode, 303);
      tick();
      assert.equal((await app.get(`/articles/${slug}`)).statusCode, 200);
      const log = await audits(id);
      const o = log.find((e) => e.action === 'compliance.override')!;
      assert.equal(o.user, admin.userId);
      assert.equal(o.detail.reason, '院方法务审阅后同意发布');
      assert.deepEqual((o.detail.findings as { rule: string }[]).map((f) => f.rule), ['cure-claim']);
      assert.equal(log.at(-1)!.action, 'article.publish');
      // The override covers that version only: new content is checked again.
      await edit(id, slug, { title: '放行测试（新版本）' });
      await approve(id);
      assert.equal((await publishAs(editor, id)).statusCode, 409);
    });

    test('warnings never block publishing', async () => {
      const { id, slug } = await create({ body_md: '## 光疗\n\n308激光治疗全程无痛。照光后注意防晒。' });
      await approve(id);
      const page = await editor.get(`/staff/articles/${id}`);
      assert.match(page.body, /data-rule="safety-painless" data-severity="warning"/);
      assert.equal((await publishAs(editor, id)).statusCode, 303);
      tick();
      assert.equal((await app.get(`/articles/${slug}`)).statusCode, 200);
    });
  });
}
