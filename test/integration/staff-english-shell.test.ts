import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { assertEnglish } from '../helpers/staff-english.js';
import { signedIn, StaffClient } from '../helpers/staff.js';

type Client = Awaited<ReturnType<typeof signedIn>>;

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

// Issue 16, acceptance 4: the shell's pages (and the smaller admin pages without a helper of
// their own) in English for a person whose setting is English; the Chinese default unchanged.
for (const dialect of dialects) {
  describe(`the staff shell in English on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: Client;
    before(async () => {
      app = await demoApp(dialect);
      admin = await signedIn(app, ['admin'], { locale: 'en' });
    });
    after(() => app.close());

    const english = async (client: StaffClient, url: string, status = 200) => {
      const res = await client.get(url);
      assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
      assertEnglish(res.body, url);
      return res.body;
    };

    test('every shell page, and the smaller admin pages, render in English', async () => {
      const other = { id: (await signedIn(app, ['editor'])).userId };
      const pages = [
        '/staff',
        '/staff/account',
        '/staff/account?msg=language',
        '/staff/account/2fa',
        '/staff/users',
        '/staff/users/invite',
        `/staff/users/${admin.userId}`,
        `/staff/users/${other.id}?msg=saved`,
        '/staff/audit',
        '/staff/audit?action=auth.login&page=2',
        '/staff/media',
        '/staff/import',
        '/staff/redirects',
        '/staff/privacy',
        '/staff/search',
      ];
      for (const url of pages) await english(admin, url);
      // /staff/site, with the feedback feature's comments setting on it.
      await english(admin, '/staff/site');
      const body = await english(admin, '/staff/audit?from=2026-13-01', 422);
      assert.match(body, /That date does not exist\./);
      const missing = await admin.get('/staff/users/999999');
      assert.equal(missing.statusCode, 404);
      assert.equal(htmlLang(missing.body), 'en', 'a refusal under /staff is in the person’s language');
      assert.match(missing.body, /Page not found/);
      const nav = await english(admin, '/staff');
      assert.match(nav, /<nav class="wrap main-nav" aria-label="Back-office navigation">/);
      assert.match(nav, />Audit log</);
      assert.match(nav, /<title>Dashboard - Back office<\/title>/);
    });

    test('forms shown again with errors are in English', async () => {
      const invite = await admin.post('/staff/users/invite', { email: 'not-an-address', name: '', roles: [] });
      assert.equal(invite.statusCode, 422);
      assertEnglish(invite.body, 'POST /staff/users/invite');
      assert.match(invite.body, /Choose at least one role\./);
      const password = await admin.post('/staff/account/password', { current: 'wrong', password: 'x', confirm: 'y' });
      assert.equal(password.statusCode, 422);
      assertEnglish(password.body, 'POST /staff/account/password');
      assert.match(password.body, /The current password is wrong\./);
    });

    test('the sign-in, password-reset and second-factor pages follow the language cookie', async () => {
      const visitor = new StaffClient(app);
      const zh = await visitor.get('/staff/login');
      assert.equal(htmlLang(zh.body), 'zh-CN');
      assert.match(zh.body, /员工登录/);
      const set = await visitor.get('/staff/login?lang=en');
      assert.equal(set.statusCode, 303);
      assert.equal(set.headers.location, '/staff/login');
      await english(visitor, '/staff/login');
      await english(visitor, '/staff/password-reset');
      await english(visitor, '/staff/password-reset/sent?msg=resetSent');
      const wrong = await visitor.post('/staff/login', { email: 'nobody@clinic.example', password: 'nope' });
      assert.equal(wrong.statusCode, 401);
      assertEnglish(wrong.body, 'POST /staff/login');
      assert.match(wrong.body, /Wrong email or password\./);
      // Back to Chinese from the English page's own link.
      assert.match(wrong.body, /href="\/staff\/login\?lang=zh-CN" lang="zh-CN"/);
      await visitor.get('/staff/login?lang=zh-CN');
      assert.match((await visitor.get('/staff/login')).body, /员工登录/);

      // A second factor owed: the code step of an English-setting account is English too.
      const second = await signedIn(app, ['editor'], { locale: 'en' });
      await english(second, '/staff/account/2fa');
      const enrolled = await second.enrolTwoFactor(second.email);
      assert.ok(enrolled.secret);
      await english(second, '/staff/account/2fa');
      await second.post('/staff/logout');
      await second.post('/staff/login', { email: second.email, password: 'correct horse battery staple' });
      await english(second, '/staff/2fa');
    });

    test('the language setting switches a person between Chinese and English; CSRF required; audited', async () => {
      const person = await signedIn(app, ['editor']);
      const before = await person.get('/staff/account');
      assert.equal(htmlLang(before.body), 'zh-CN');
      assert.match(before.body, /<title>我的账户 - 后台<\/title>/);
      assert.match(before.body, /界面语言/);

      const refused = await person.post('/staff/account/language', { _csrf: null, locale: 'en' });
      assert.equal(refused.statusCode, 403);
      assert.equal(htmlLang((await person.get('/staff')).body), 'zh-CN');

      const bad = await person.post('/staff/account/language', { locale: 'fr' });
      assert.equal(bad.statusCode, 400);

      const done = await person.post('/staff/account/language', { locale: 'en' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/staff/account?msg=language');
      const after = await english(person, '/staff/account?msg=language');
      assert.match(after, /Interface language updated\./);
      assert.match(after, /<input type="radio" id="locale-en" name="locale" value="en" checked/);
      await english(person, '/staff');
      const row = await app.deps.db.selectFrom('audit_event').select(['detail_json']).where('action', '=', 'staff.language_changed').where('subject_id', '=', String(person.userId)).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(row.detail_json), { from: 'zh-CN', to: 'en' });

      await person.get('/staff/account');
      const back = await person.post('/staff/account/language', { locale: 'zh-CN' });
      assert.equal(back.statusCode, 303);
      const zh = await person.get('/staff');
      assert.equal(htmlLang(zh.body), 'zh-CN');
      assert.match(zh.body, /<title>工作台 - 后台<\/title>/);
      assert.match(zh.body, /aria-label="后台导航"/);
    });

    test('a person with the Chinese setting still sees the Chinese pages', async () => {
      const zh = await signedIn(app, ['admin']);
      const users = await zh.get('/staff/users');
      assert.equal(htmlLang(users.body), 'zh-CN');
      assert.match(users.body, /<title>员工 - 后台<\/title>/);
      assert.match(users.body, />邀请员工</);
      assert.match((await zh.get('/staff/audit')).body, /<th scope="col">操作人<\/th>/);
      assert.match((await zh.get(`/staff/account?msg=password`)).body, /密码已更新，其他设备上的登录已退出。/);
    });

    test('/en/staff remembers English for sign-in and leads to the setting', async () => {
      const visitor = new StaffClient(app);
      const res = await visitor.get('/en/staff/articles');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/staff/account?msg=languageHint');
      assert.equal(visitor.cookies.get('cp_staff_lang'), 'en');
      const login = await visitor.get('/staff/account?msg=languageHint');
      assert.equal(login.statusCode, 303);
      await english(visitor, String(login.headers.location));
      const zh = await signedIn(app, ['editor']);
      await zh.get('/en/staff');
      const hint = await zh.get('/staff/account?msg=languageHint');
      assert.equal(htmlLang(hint.body), 'zh-CN');
      assert.match(hint.body, /后台的界面语言是每个人账户的设置/);
    });
  });
}
