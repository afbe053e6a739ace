import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { listArticleCards, listCategories, pinnedIds } from '../../src/content/content.repository.js';
import { hospital } from '../../src/demo/data/hospital.js';
import type { Database } from '../../src/db/schema.js';
import { readFile } from '../../src/media/store.js';
import { search } from '../../src/search/search.service.js';
import { audit } from '../../src/staff/audit.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { hrefs, ldOfType, text } from '../helpers/html.js';
import { PASSWORD, signedIn, StaffClient } from '../helpers/staff.js';
import { getContentVersion, getSiteProfile } from '../../src/platform/site-state.repository.js';

type Client = Awaited<ReturnType<typeof signedIn>>;

const hoursLine = (h: (typeof hospital.hours)[number]) => `${h.label}|${h.dayOfWeek.join(',')}|${h.opens}|${h.closes}`;
const siteForm = {
  name: hospital.name,
  short_name: hospital.shortName,
  tagline: hospital.tagline,
  address: hospital.address,
  postal_code: hospital.postalCode,
  city: hospital.city,
  phone: hospital.phone,
  email: hospital.email,
  hours: hospital.hours.map(hoursLine).join('\n'),
  licence_no: hospital.licenceNo,
  ad_review_no: hospital.adReviewNo,
  intro_md: hospital.introMd,
};
const doctorForm = {
  name: '韩知微',
  slug: 'han-zhiwei',
  title: '主治医师',
  specialties: '痤疮\n毛发疾病',
  bio_md: '韩知微（虚构人物），主治医师，日常门诊以痤疮为主。',
  licence_no: '110002024010101',
  photo_alt: '',
  active: '1',
};

/** The labelled-control and CSRF rules every back-office form keeps. */
function assertAccessibleForms(html: string, page: string) {
  for (const m of html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const attrs = m[2]!;
    if (/type="(hidden|submit)"/.test(attrs)) continue;
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    assert.ok(id, `${page}: a ${m[1]} without an id: ${m[0]}`);
    assert.ok(html.includes(`for="${id}"`), `${page}: no label for #${id}`);
  }
  for (const form of html.matchAll(/<form method="post"[\s\S]*?<\/form>/g)) assert.match(form[0], /name="_csrf" value="[^"]+"/, `${page}: a form without CSRF`);
}

const pinnedSection = (html: string) => /<section aria-labelledby="pinned-title">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';

for (const dialect of dialects) {
  describe(`staff administration on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: Client;
    before(async () => {
      app = await demoApp(dialect);
      admin = await signedIn(app, ['admin']);
    });
    after(() => app.close());

    const db = () => app.deps.db;
    /** Past the one-second content-version check, so public pages see the change. */
    const tick = () => {
      app.clock.now = new Date(app.clock.now.getTime() + 2000);
    };
    const count = async (table: keyof Database) => Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const lastAudit = (action: string) => db().selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const snapshot = async () => ({ site: await getSiteProfile(db()), version: await getContentVersion(db()), audits: await count('audit_event') });

    test('every admin page labels its controls and every form carries the CSRF token', async () => {
      for (const url of ['/staff/site', '/staff/doctors', '/staff/doctors/new', '/staff/doctors/1', '/staff/categories', '/staff/categories/1', '/staff/users', '/staff/users/invite', `/staff/users/${admin.userId}`, '/staff/audit']) {
        const res = await admin.get(url);
        assert.equal(res.statusCode, 200, url);
        assertAccessibleForms(res.body, url);
      }
    });

    test('editing the site profile changes /hospital and is audited with the actor', async () => {
      assert.ok(text((await app.get('/hospital')).body).includes(hospital.name), 'the public page is cached before the change');
      // The hospital page is a search result for the visit, under its own label, until its text changes.
      const results = (html: string) => /<ol class="search-results">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      const found = async (q: string) => hrefs(results((await app.get(`/search?q=${encodeURIComponent(q)}`)).body)).includes('/hospital');
      const parking = results((await app.get(`/search?q=${encodeURIComponent('停车场')}`)).body);
      assert.ok(hrefs(parking).includes('/hospital'), 'the demo page says where to park');
      assert.match(text(parking), /医院信息/);
      assert.ok(!(await found('测试段落')));
      const page = await admin.get('/staff/site');
      assert.ok(page.body.includes(hospital.name));
      const res = await admin.post('/staff/site', { ...siteForm, name: '青禾皮肤病医院（测试更名）', hours: '工作日|Monday, tuesday|09:15|18:45', intro_md: '## 新介绍\n\n测试段落。' });
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      assert.equal(res.headers.location, '/staff/site?msg=saved');
      assert.match(text((await admin.get('/staff/site?msg=saved')).body), /已保存/);
      tick();
      const pub = await app.get('/hospital');
      const body = text(pub.body);
      for (const s of ['青禾皮肤病医院（测试更名）', '09:15', '18:45', '测试段落。']) assert.ok(body.includes(s), `/hospital lacks ${s}`);
      // Searched as it now reads, without a reindex: the new text finds it, the old one no longer does.
      assert.ok(await found('测试段落'));
      assert.ok(!(await found('停车场')));
      assert.deepEqual(ldOfType(pub.body, 'MedicalClinic').openingHoursSpecification[0].dayOfWeek, ['Monday', 'Tuesday']);
      const event = await lastAudit('site.updated');
      const profile = (await getSiteProfile(db()))!;
      assert.equal(event.actor_user_id, admin.userId);
      assert.equal(event.at, profile.updated_at);
      assert.deepEqual(JSON.parse(event.detail_json).changed.sort(), ['hours_json', 'intro_md', 'name']);
    });

    test('the profile change and its audit record commit together or not at all', async () => {
      const pg = dialect.name === 'postgres';
      if (pg) {
        await sql`create function audit_down() returns trigger language plpgsql as $$ begin raise exception 'audit down'; end $$`.execute(db());
        await sql`create trigger audit_down before insert on audit_event for each row execute function audit_down()`.execute(db());
      } else {
        await sql`create trigger audit_down before insert on audit_event begin select raise(abort, 'audit down'); end`.execute(db());
      }
      try {
        const before = await snapshot();
        const res = await admin.post('/staff/site', { ...siteForm, name: '不应保存的名称' });
        assert.equal(res.statusCode, 500);
        assert.deepEqual(await snapshot(), before);
      } finally {
        await sql`drop trigger audit_down${sql.raw(pg ? ' on audit_event' : '')}`.execute(db());
        if (pg) await sql`drop function audit_down()`.execute(db());
      }
    });

    test('bad profile input re-renders the form with Chinese messages, 422, and changes nothing', async () => {
      const before = await snapshot();
      const res = await admin.post('/staff/site', { ...siteForm, email: 'not-an-email', postal_code: '12', hours: '周一|Funday|08:00|17:00\n周二|Tuesday|18:00|08:00' });
      assert.equal(res.statusCode, 422);
      const body = text(res.body);
      for (const s of ['电子邮箱格式不正确', '邮政编码应为 6 位数字', '营业时间第 1 行：“Funday”不是星期', '营业时间第 2 行：结束时间应晚于开始时间']) assert.ok(body.includes(s), `lacks ${s}`);
      assert.match(res.body, /value="not-an-email"/);
      assert.match(res.body, /role="alert"/);
      const missing = await admin.post('/staff/site', { name: 'x' });
      assert.equal(missing.statusCode, 422);
      const doubled = await admin.post('/staff/site', { ...siteForm, name: ['a', 'b'] });
      assert.equal(doubled.statusCode, 422);
      assert.equal((await admin.post('/staff/site', { ...siteForm, _csrf: null })).statusCode, 403);
      assert.deepEqual(await snapshot(), before);
    });

    test('creating and editing a doctor shows on /doctors and in search', async () => {
      const cats = await listCategories(db());
      assert.ok(!text((await app.get('/doctors')).body).includes('韩知微'));
      const res = await admin.post('/staff/doctors/new', { ...doctorForm, categories: [String(cats[0]!.id), String(cats[1]!.id)] });
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 500));
      const id = Number(/^\/staff\/doctors\/(\d+)\?msg=created$/.exec(String(res.headers.location))?.[1]);
      const row = await db().selectFrom('doctor').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.slug, 'han-zhiwei');
      assert.match(row.photo_alt, /韩/);
      // Drawn into the shared media store, where every instance serves it.
      assert.match(String(await readFile(db(), row.photo_path.replace(/^\/uploads\//, ''))), /<svg[\s\S]*韩/);
      assert.equal((await db().selectFrom('doctor_category').select('category_id').where('doctor_id', '=', id).execute()).length, 2);
      assert.equal((await lastAudit('doctor.created')).actor_user_id, admin.userId);
      tick();
      const list = await app.get('/doctors');
      assert.ok(text(list.body).includes('韩知微') && hrefs(list.body).includes('/doctors/han-zhiwei'));
      assert.equal((await app.get(row.photo_path)).statusCode, 200);
      assert.ok(text((await app.get('/doctors/han-zhiwei')).body).includes('痤疮'));
      const found = await search(db(), '痤疮', 1);
      assert.ok(found.kind === 'results' && found.hits.some((h) => h.url === '/doctors/han-zhiwei'));

      const edit = { ...doctorForm, title: '副主任医师', specialties: '银屑病', bio_md: '韩知微（虚构人物），副主任医师，门诊以银屑病为主。', photo_alt: '韩知微医生的头像插画', categories: String(cats[2]!.id) };
      assert.equal((await admin.post(`/staff/doctors/${id}`, edit)).statusCode, 303);
      tick();
      assert.ok(text((await app.get('/doctors/han-zhiwei')).body).includes('副主任医师'));
      const now = await search(db(), '银屑病', 1);
      assert.ok(now.kind === 'results' && now.hits.some((h) => h.url === '/doctors/han-zhiwei'));
      const old = await search(db(), '痤疮', 1);
      assert.ok(!(old.kind === 'results' && old.hits.some((h) => h.url === '/doctors/han-zhiwei')), 'the old specialty no longer finds the doctor');
      assert.deepEqual(JSON.parse((await lastAudit('doctor.updated')).detail_json).changed.sort(), ['bio_md', 'photo_alt', 'specialties_json', 'title']);

      // Hidden: off the public pages and out of search.
      const { active: _, ...hidden } = edit;
      assert.equal((await admin.post(`/staff/doctors/${id}`, hidden)).statusCode, 303);
      tick();
      assert.equal((await app.get('/doctors/han-zhiwei')).statusCode, 404);
      const gone = await search(db(), '银屑病', 1);
      assert.ok(!(gone.kind === 'results' && gone.hits.some((h) => h.url === '/doctors/han-zhiwei')));
    });

    test('bad doctor input is a 422 with a message and changes nothing', async () => {
      const doctors = await db().selectFrom('doctor').selectAll().orderBy('id').execute();
      const before = { doctors, audits: await count('audit_event'), docs: await count('search_doc') };
      const cases: [Record<string, string>, string][] = [
        [{ ...doctorForm, slug: 'lin-qingyuan' }, '网址标识“lin-qingyuan”已被其他医生使用'],
        [{ ...doctorForm, slug: 'Bad Slug' }, '网址标识只能使用小写英文字母'],
        [{ ...doctorForm, slug: 'ok-slug', specialties: ' \n ' }, '请至少填写一项擅长领域'],
        [{ ...doctorForm, slug: 'ok-slug', name: '' }, '请填写姓名'],
      ];
      for (const [form, message] of cases) {
        const res = await admin.post('/staff/doctors/new', form);
        assert.equal(res.statusCode, 422, message);
        assert.ok(text(res.body).includes(message), `lacks ${message}`);
      }
      const first = doctors[0]!;
      const res = await admin.post(`/staff/doctors/${first.id}`, { ...doctorForm, slug: first.slug, name: '', photo_alt: 'x' });
      assert.equal(res.statusCode, 422);
      assert.equal((await admin.get('/staff/doctors/999999')).statusCode, 404);
      assert.equal((await admin.get('/staff/doctors/abc')).statusCode, 404);
      assert.deepEqual({ doctors: await db().selectFrom('doctor').selectAll().orderBy('id').execute(), audits: await count('audit_event'), docs: await count('search_doc') }, before);
    });

    test('categories are created and edited; pins appear on /hot in order', async () => {
      const created = await admin.post('/staff/categories', { slug: 'hair-and-nails', name: '毛发与指甲', name_en: 'Hair and nails', description: '脱发与甲病。', position: '9' });
      assert.equal(created.statusCode, 303, text(created.body).slice(0, 500));
      const cat = await db().selectFrom('category').selectAll().where('slug', '=', 'hair-and-nails').executeTakeFirstOrThrow();
      assert.equal((await lastAudit('category.created')).subject_id, String(cat.id));
      tick();
      assert.ok(text((await app.get('/categories/hair-and-nails')).body).includes('毛发与指甲'));
      const editor = await signedIn(app, ['editor']);
      const edited = await editor.post(`/staff/categories/${cat.id}`, { slug: 'hair-and-nails', name: '毛发与甲病', name_en: 'Hair and nails', description: '脱发与甲病。', position: '9' });
      assert.equal(edited.statusCode, 303);
      assert.equal((await lastAudit('category.updated')).actor_user_id, editor.userId);
      tick();
      assert.ok(text((await app.get('/categories/hair-and-nails')).body).includes('毛发与甲病'));

      const before = { cats: await count('category'), audits: await count('audit_event') };
      const dup = await editor.post('/staff/categories', { slug: 'skin-care', name: '重复', name_en: 'Dup', description: '', position: '1' });
      assert.equal(dup.statusCode, 422);
      assert.ok(text(dup.body).includes('网址标识“skin-care”已被其他分类使用'));
      assert.equal((await editor.post('/staff/categories', { slug: 'x', name: '', name_en: 'X', description: '', position: '-1' })).statusCode, 422);
      assert.deepEqual({ cats: await count('category'), audits: await count('audit_event') }, before);

      const pins = await pinnedIds(db());
      assert.equal((await app.get('/hot')).statusCode, 200);
      const candidate = (await listArticleCards(db(), { limit: 100 })).find((a) => !pins.includes(a.id))!;
      assert.equal((await editor.post('/staff/hot-topics', { article_id: String(candidate.id), position: '1' })).statusCode, 303);
      tick();
      let hot = hrefs(pinnedSection((await app.get('/hot')).body));
      assert.equal(hot[0], `/articles/${candidate.slug}`);
      const order = await pinnedIds(db());
      assert.equal(order.length, pins.length + 1);
      const reordered = await editor.post('/staff/hot-topics/order', { article: order.map(String), position: order.map((_, i) => String(order.length - i)) });
      assert.equal(reordered.statusCode, 303);
      assert.deepEqual(await pinnedIds(db()), [...order].reverse());
      tick();
      hot = hrefs(pinnedSection((await app.get('/hot')).body));
      assert.equal(hot.at(-1), `/articles/${candidate.slug}`);
      assert.equal((await editor.post(`/staff/hot-topics/${candidate.id}/unpin`)).statusCode, 303);
      tick();
      assert.ok(!hrefs(pinnedSection((await app.get('/hot')).body)).includes(`/articles/${candidate.slug}`));
      for (const action of ['hot_topic.pinned', 'hot_topic.reordered', 'hot_topic.unpinned']) assert.equal((await lastAudit(action)).actor_user_id, editor.userId);

      const pinsNow = await pinnedIds(db());
      const again = await editor.post('/staff/hot-topics', { article_id: String(pinsNow[0]), position: '' });
      assert.equal(again.statusCode, 422);
      assert.ok(text(again.body).includes('这篇文章已经置顶'));
      const missing = await editor.post('/staff/hot-topics', { article_id: '999999' });
      assert.ok(missing.statusCode === 422 && text(missing.body).includes('只能置顶已发布的文章'));
      assert.equal((await editor.post('/staff/hot-topics/order', { article: String(pinsNow[0]), position: '1' })).statusCode, 422);
      assert.deepEqual(await pinnedIds(db()), pinsNow);
      assert.equal((await editor.get('/staff/site')).statusCode, 403);
    });

    test('inviting a reviewer needs a licensed doctor; the invite link sets a password that logs in', async () => {
      const before = { users: await count('staff_user'), invites: await count('staff_invite'), audits: await count('audit_event') };
      const noDoctor = await admin.post('/staff/users/invite', { email: 'rev@clinic.example', name: '新审核', roles: ['reviewer'], doctor_id: '' });
      assert.equal(noDoctor.statusCode, 422);
      assert.ok(text(noDoctor.body).includes('选择“医学审核”角色时必须关联一位医生'));
      assert.match(noDoctor.body, /value="rev@clinic.example"/);
      const unlicensed = await admin.post('/staff/doctors/new', { ...doctorForm, name: '无证医生', slug: 'no-licence', licence_no: '' });
      assert.equal(unlicensed.statusCode, 303);
      const unlicensedId = Number(/(\d+)\?/.exec(String(unlicensed.headers.location))![1]);
      const before2 = { ...before, audits: await count('audit_event') };
      const noLicence = await admin.post('/staff/users/invite', { email: 'rev@clinic.example', name: '新审核', roles: ['reviewer'], doctor_id: String(unlicensedId) });
      assert.equal(noLicence.statusCode, 422);
      assert.ok(text(noLicence.body).includes('没有执业证书编号，不能担任医学审核'));
      assert.equal((await admin.post('/staff/users/invite', { email: 'x@clinic.example', name: 'x', roles: [] })).statusCode, 422);
      assert.equal((await admin.post('/staff/users/invite', { email: 'nope', name: 'x', roles: ['editor'] })).statusCode, 422);
      assert.deepEqual({ users: await count('staff_user'), invites: await count('staff_invite'), audits: await count('audit_event') }, before2);

      const su = await db().selectFrom('doctor').select('id').where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
      const reviewer = await admin.post('/staff/users/invite', { email: 'Rev@Clinic.example', name: '新审核', roles: ['reviewer'], doctor_id: String(su.id) });
      assert.equal(reviewer.statusCode, 200);
      const twice = await admin.post('/staff/users/invite', { email: 'rev2@clinic.example', name: '另一位', roles: ['reviewer'], doctor_id: String(su.id) });
      assert.ok(twice.statusCode === 422 && text(twice.body).includes('已关联账户“新审核”'));
      const dupEmail = await admin.post('/staff/users/invite', { email: 'rev@clinic.example', name: '重复', roles: ['editor'] });
      assert.ok(dupEmail.statusCode === 422 && text(dupEmail.body).includes('该电子邮箱已有账户'));

      const invited = await admin.post('/staff/users/invite', { email: 'new.editor@clinic.example', name: '新编辑', roles: ['editor', 'frontdesk'] });
      assert.equal(invited.statusCode, 200);
      const token = new RegExp(`https://clinic\\.example/staff/invite/([A-Za-z0-9_-]+)`).exec(invited.body)?.[1];
      assert.ok(token, 'the result page shows the invite link');
      const user = await db().selectFrom('staff_user').selectAll().where('email', '=', 'new.editor@clinic.example').executeTakeFirstOrThrow();
      assert.equal(user.password_hash, null);
      assert.deepEqual((await db().selectFrom('staff_role').select('role').where('user_id', '=', user.id).orderBy('role').execute()).map((r) => r.role), ['editor', 'frontdesk']);
      const event = await lastAudit('staff.invited');
      assert.ok(event.actor_user_id === admin.userId && event.subject_id === String(user.id));

      const guest = new StaffClient(app);
      assert.equal((await guest.get(`/staff/invite/${token}`)).statusCode, 200);
      const set = await guest.post(`/staff/invite/${token}`, { password: PASSWORD, confirm: PASSWORD });
      assert.equal(set.statusCode, 303);
      assert.equal((await guest.login('new.editor@clinic.example')).statusCode, 303);
      const home = await guest.get('/staff');
      assert.ok(home.statusCode === 200 && text(home.body).includes('新编辑'));
      assert.equal((await new StaffClient(app).get(`/staff/invite/${token}`)).statusCode, 404, 'an invite works once');
    });

    test('deactivation ends sessions; admins cannot lock themselves out', async () => {
      const editor = await signedIn(app, ['editor']);
      assert.equal((await editor.get('/staff')).statusCode, 200);
      const res = await admin.post(`/staff/users/${editor.userId}/deactivate`);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/staff/users/${editor.userId}?msg=deactivated`);
      assert.equal(Number((await db().selectFrom('staff_session').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', editor.userId).executeTakeFirstOrThrow()).n), 0);
      const next = await editor.get('/staff/account');
      assert.equal(next.statusCode, 303);
      assert.match(String(next.headers.location), /^\/staff\/login\?next=/);
      assert.equal((await editor.login(editor.email)).statusCode, 401);
      const event = await lastAudit('staff.deactivated');
      assert.ok(event.actor_user_id === admin.userId && JSON.parse(event.detail_json).sessions === 1);
      assert.ok(text((await admin.get('/staff/users')).body).includes('已停用'));

      assert.equal((await admin.post(`/staff/users/${editor.userId}/reactivate`)).statusCode, 303);
      assert.equal((await editor.login(editor.email)).statusCode, 303);
      assert.equal((await admin.post(`/staff/users/${editor.userId}/roles`, { roles: ['editor', 'frontdesk'], doctor_id: '' })).statusCode, 303);
      assert.deepEqual(JSON.parse((await lastAudit('staff.roles_changed')).detail_json).to, ['editor', 'frontdesk']);

      const before = { users: await db().selectFrom('staff_user').selectAll().orderBy('id').execute(), roles: await count('staff_role'), audits: await count('audit_event') };
      const self = await admin.post(`/staff/users/${admin.userId}/deactivate`);
      assert.ok(self.statusCode === 422 && text(self.body).includes('不能停用自己的账户'));
      const demote = await admin.post(`/staff/users/${admin.userId}/roles`, { roles: ['editor'] });
      assert.ok(demote.statusCode === 422 && text(demote.body).includes('不能移除自己的管理员角色'));
      const reviewer = await admin.post(`/staff/users/${editor.userId}/roles`, { roles: ['reviewer'], doctor_id: '' });
      assert.ok(reviewer.statusCode === 422 && text(reviewer.body).includes('必须关联一位医生'));
      assert.deepEqual({ users: await db().selectFrom('staff_user').selectAll().orderBy('id').execute(), roles: await count('staff_role'), audits: await count('audit_event') }, before);
      assert.equal((await admin.get('/staff')).statusCode, 200);
    });

    test('the audit log is newest first, filtered and paginated', async () => {
      const editor = await signedIn(app, ['editor']);
      const actor = (userId: number) => ({ userId, name: `user${userId}`, ip: '127.0.0.1', userAgent: 'test' });
      const start = Date.UTC(2026, 9, 1); // 2026-10-01T00:00Z; one event every 6 hours
      for (let i = 0; i < 60; i++) await audit(db(), actor(i % 10 === 0 ? editor.userId : admin.userId), 'test.bulk', { type: 'widget', id: i }, new Date(start + i * 6 * 3600_000));
      const rows = (html: string) => [...html.matchAll(/<td><a href="[^"]*">widget #(\d+)<\/a><\/td>/g)].map((m) => Number(m[1]));

      const first = await admin.get('/staff/audit?action=test.bulk');
      assert.equal(first.statusCode, 200);
      assert.deepEqual(rows(first.body), Array.from({ length: 50 }, (_, i) => 59 - i));
      assert.ok(first.body.includes('rel="next"'));
      const second = await admin.get('/staff/audit?action=test.bulk&page=2');
      assert.deepEqual(rows(second.body), [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      assert.ok(!second.body.includes('rel="next"') && second.body.includes('rel="prev"'));
      assert.deepEqual(rows((await admin.get('/staff/audit?subject_type=widget&subject_id=7')).body), [7]);
      assert.deepEqual(rows((await admin.get(`/staff/audit?action=test.bulk&actor=${editor.userId}`)).body), [50, 40, 30, 20, 10, 0]);
      // 2 October in Asia/Shanghai runs from 1 October 16:00 to 2 October 16:00 UTC.
      assert.deepEqual(rows((await admin.get('/staff/audit?action=test.bulk&from=2026-10-02&to=2026-10-02')).body), [6, 5, 4, 3]);
      assert.ok(text((await admin.get('/staff/audit?actor=&action=site.updated')).body).includes('site.updated'));

      for (const [q, message] of [
        ['from=2026-13-01', '日期不存在'],
        ['from=2026-10-05&to=2026-10-01', '开始日期不能晚于结束日期'],
        ['page=abc', '页码无效'],
        ['actor=me', '所选操作人无效'],
      ]) {
        const res = await admin.get(`/staff/audit?${q}`);
        assert.equal(res.statusCode, 422, q);
        assert.ok(text(res.body).includes(message!), `${q}: lacks ${message}`);
      }
      assert.equal((await editor.get('/staff/audit')).statusCode, 403);
    });
  });
}
