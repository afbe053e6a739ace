import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startInbox, type Inbox, type ReceivedMail } from '../helpers/smtp.js';
import { loadConfig } from '../../src/config.js';
import { closeMailers } from '../../src/messaging/email.js';
import { audit, csvCell, pruneAudit, verifyAuditChain } from '../../src/staff/audit.js';
import { createStaffUser, THROTTLE_POLICY } from '../../src/staff/auth.service.js';
import { totpCode } from '../../src/staff/totp.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { runCli } from '../helpers/server.js';
import { nextCode, PASSWORD, signedIn, StaffClient, twoFactorOf } from '../helpers/staff.js';

// Issue 11, staff side: two-factor sign-in, password reset over real SMTP, separation of duties
// (defect 7), a tamper-evident audit log, idle sign-out.

let smtp: Inbox;
let inbox: ReceivedMail[] = [];

before(async () => {
  smtp = await startInbox();
  inbox = smtp.mails;
});
after(async () => {
  closeMailers();
  await smtp.close();
});

async function mailTo(address: string, since: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const m = inbox.slice(since).find((x) => x.to.includes(address));
    if (m) {
      const [head, ...body] = m.raw.split(/\r?\n\r?\n/);
      const text = body.join('\n\n');
      return /Content-Transfer-Encoding: base64/i.test(head!) ? Buffer.from(text.replace(/\s/g, ''), 'base64').toString('utf8') : text.replace(/=\r?\n/g, '');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${address}`);
}

test('AUDIT_RETENTION_DAYS refuses less than 180 days; STAFF_2FA_ROLES is a list of roles', () => {
  assert.throws(() => loadConfig({ AUDIT_RETENTION_DAYS: '179' }), /at least 180 days/);
  assert.equal(loadConfig({ AUDIT_RETENTION_DAYS: '180' }).staff.auditRetentionDays, 180);
  assert.deepEqual(loadConfig({}).staff.twoFactorRoles, ['admin', 'reviewer']);
  assert.deepEqual(loadConfig({ STAFF_2FA_ROLES: 'admin, editor' }).staff.twoFactorRoles, ['admin', 'editor']);
  assert.throws(() => loadConfig({ STAFF_2FA_ROLES: 'root' }), /STAFF_2FA_ROLES/);
  assert.equal(loadConfig({}).staff.idleMinutes, 30);
});

test('CSV cells that a spreadsheet would run as a formula are defused', () => {
  for (const bad of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx']) assert.ok(csvCell(bad).startsWith(`"'`), bad);
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell(null), '""');
});

for (const dialect of dialects) {
  describe(`staff security on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect, { SMTP_URL: smtp.url, MAIL_FROM: 'staff@clinic.example', JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    test('an admin who has not enrolled is sent to enrolment after the password and can do nothing else until enrolled', async () => {
      const email = `new-admin-${Date.now()}@clinic.example`;
      await createStaffUser(app.deps.db, { email, name: '新管理员', roles: ['admin'], password: PASSWORD }, app.clock.now);
      const c = new StaffClient(app);
      await c.get('/staff/login');
      const res = await c.post('/staff/login', { email, password: PASSWORD });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/staff\/account\/2fa/);
      for (const url of ['/staff', '/staff/users', '/staff/audit', '/staff/account']) {
        const r = await c.get(url);
        assert.equal(r.statusCode, 303, url);
        assert.match(String(r.headers.location), /^\/staff\/account\/2fa/, url);
      }
      const page = await c.get('/staff/account/2fa');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /otpauth:\/\/totp\/ClinicPress:/);
      const secret = /data-secret="([A-Z2-7]+)"/.exec(page.body)![1]!;
      assert.ok(page.body.includes(secret.replace(/(.{4})/g, '$1 ').trim()), 'the secret is shown for manual entry');
      assert.equal((await c.post('/staff/users/invite', { email: 'x@clinic.example', name: 'x', roles: 'editor' })).statusCode, 403, 'a POST elsewhere is refused');
      // The secret is kept encrypted, never in the clear.
      const row = await app.deps.db.selectFrom('staff_user').select('totp_secret_enc').where('email', '=', email).executeTakeFirstOrThrow();
      assert.ok(row.totp_secret_enc && !row.totp_secret_enc.includes(secret) && /^v2\.[^.]+\./.test(row.totp_secret_enc));
      assert.equal((await c.post('/staff/account/2fa/enable', { code: '000000' })).statusCode, 422);
      const done = await c.post('/staff/account/2fa/enable', { code: totpCode(secret, app.clock.now) });
      assert.equal(done.statusCode, 200);
      const codes = [...done.body.matchAll(/<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map((m) => m[1]!);
      assert.equal(codes.length, 10);
      const stored = await app.deps.db.selectFrom('staff_recovery_code as r').innerJoin('staff_user as u', 'u.id', 'r.user_id').select('r.code_hash').where('u.email', '=', email).execute();
      assert.equal(stored.length, 10);
      assert.ok(stored.every((s) => !codes.some((code) => s.code_hash.includes(code))), 'recovery codes are stored hashed');
      assert.equal((await c.get('/staff/users')).statusCode, 200, 'enrolled: the back office opens');
      const events = await app.deps.db.selectFrom('audit_event').select(['action', 'outcome']).where('actor_name', '=', '新管理员').execute();
      assert.ok(events.some((e) => e.action === 'auth.2fa_enrol_failed' && e.outcome === 'failure'));
      assert.ok(events.some((e) => e.action === 'auth.2fa_enabled'));

      // The next sign-in asks for the code; a code is good once; a recovery code works once.
      const d = new StaffClient(app);
      await d.get('/staff/login');
      const step1 = await d.post('/staff/login', { email, password: PASSWORD });
      assert.match(String(step1.headers.location), /^\/staff\/2fa/);
      assert.equal((await d.get('/staff/users')).statusCode, 303, 'nothing opens before the code');
      await d.get('/staff/2fa');
      const used = totpCode(secret, app.clock.now);
      assert.equal((await d.post('/staff/2fa', { code: used })).statusCode, 401, 'the code used at enrolment cannot be replayed');
      assert.equal((await d.post('/staff/2fa', { code: codes[0]! })).statusCode, 303, 'a recovery code signs in');
      assert.equal((await d.get('/staff/users')).statusCode, 200);
      const e = new StaffClient(app);
      await e.get('/staff/login');
      await e.post('/staff/login', { email, password: PASSWORD });
      await e.get('/staff/2fa');
      assert.equal((await e.post('/staff/2fa', { code: codes[0]! })).statusCode, 401, 'a recovery code is good once');
    });

    test('wrong second-factor codes are limited per account and audited as failures', async () => {
      const admin = await signedIn(app, ['admin']);
      const c = new StaffClient(app);
      await c.get('/staff/login');
      await c.post('/staff/login', { email: admin.email, password: PASSWORD });
      await c.get('/staff/2fa');
      for (let i = 0; i < THROTTLE_POLICY.perCode; i++) assert.equal((await c.post('/staff/2fa', { code: String(100000 + i) })).statusCode, 401);
      const account = twoFactorOf(app).get(admin.email)!;
      assert.equal((await c.post('/staff/2fa', { code: nextCode(app, account) })).statusCode, 429, 'even the right code waits');
      const failed = await app.deps.db.selectFrom('audit_event').select('id').where('action', '=', 'auth.2fa_failed').where('outcome', '=', 'failure').where('subject_id', '=', String(admin.userId)).execute();
      assert.equal(failed.length, THROTTLE_POLICY.perCode + 1);
      app.clock.now = new Date(app.clock.now.getTime() + THROTTLE_POLICY.windowMs + 60_000);
    });

    test('password reset: a one-time link by SMTP, nothing revealed about unknown addresses, limited, expires, ends every session, audited', async () => {
      const u = await signedIn(app, ['editor']);
      const other = new StaffClient(app);
      await other.login(u.email);
      const anon = new StaffClient(app);
      await anon.get('/staff/password-reset');
      const since = inbox.length;
      const known = await anon.post('/staff/password-reset', { email: u.email });
      await anon.get('/staff/password-reset');
      const unknown = await anon.post('/staff/password-reset', { email: `nobody-${Date.now()}@clinic.example` });
      assert.equal(known.statusCode, 303);
      assert.equal(unknown.statusCode, known.statusCode);
      assert.equal(unknown.headers.location, known.headers.location, 'the same answer either way');
      const raw = await mailTo(u.email, since);
      const link = /https:\/\/clinic\.example\/staff\/reset\/([A-Za-z0-9_-]{43})/.exec(raw);
      assert.ok(link, 'the mail carries the link');
      assert.equal(inbox.slice(since).filter((m) => m.to.some((t) => t.startsWith('nobody-'))).length, 0, 'no mail to an unknown address');
      const page = await anon.get(`/staff/reset/${link[1]}`);
      assert.equal(page.statusCode, 200);
      assert.equal((await anon.post(`/staff/reset/${link[1]}`, { password: 'short', confirm: 'short' })).statusCode, 422);
      const done = await anon.post(`/staff/reset/${link[1]}`, { password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
      assert.equal(done.statusCode, 303);
      assert.equal((await other.get('/staff')).statusCode, 303, 'every session of the account ended');
      assert.equal((await u.get('/staff')).statusCode, 303);
      assert.equal((await anon.get(`/staff/reset/${link[1]}`)).statusCode, 404, 'the link works once');
      assert.equal((await new StaffClient(app).login(u.email, 'a brand new passphrase')).statusCode, 303);
      const ev = await app.deps.db.selectFrom('audit_event').select('action').where('subject_id', '=', String(u.userId)).execute();
      assert.ok(ev.some((e) => e.action === 'auth.password_reset'));

      // Expiry.
      const s2 = inbox.length;
      await anon.get('/staff/password-reset');
      await anon.post('/staff/password-reset', { email: u.email });
      const late = /\/staff\/reset\/([A-Za-z0-9_-]{43})/.exec(await mailTo(u.email, s2))![1]!;
      const saved = app.clock.now;
      app.clock.now = new Date(saved.getTime() + 31 * 60_000);
      assert.equal((await anon.get(`/staff/reset/${late}`)).statusCode, 404, 'an expired link is refused');
      app.clock.now = saved;
      // Rate limit per address.
      let last = 0;
      for (let i = 0; i < 6; i++) {
        await anon.get('/staff/password-reset');
        last = (await anon.post('/staff/password-reset', { email: `n${i}@clinic.example` })).statusCode;
      }
      assert.equal(last, 429);
      app.clock.now = new Date(app.clock.now.getTime() + 61 * 60_000);
    });

    test('an admin resets another account: the old password stops, every session ends, a link goes by SMTP, audited', async () => {
      const admin = await signedIn(app, ['admin']);
      const u = await signedIn(app, ['frontdesk']);
      await admin.get(`/staff/users/${u.userId}`);
      const since = inbox.length;
      const r = await admin.post(`/staff/users/${u.userId}/password-reset`);
      assert.equal(r.statusCode, 200);
      assert.equal((await u.get('/staff')).statusCode, 303, 'signed out');
      assert.equal((await new StaffClient(app).login(u.email)).statusCode, 401, 'the old password no longer works');
      assert.match(await mailTo(u.email, since), /\/staff\/reset\//);
      const ev = await app.deps.db.selectFrom('audit_event').select(['action', 'actor_user_id']).where('action', '=', 'staff.password_reset').where('subject_id', '=', String(u.userId)).execute();
      assert.deepEqual(ev.map((e) => e.actor_user_id), [admin.userId]);
      assert.equal((await admin.post(`/staff/users/${admin.userId}/password-reset`)).statusCode, 409, 'not one’s own');
    });

    test('separation of duties: the account that wrote a revision cannot approve it', async () => {
      const both = await signedIn(app, ['editor', 'reviewer']);
      await both.get('/staff/articles/new');
      const cat = await app.deps.db.selectFrom('category').select('id').orderBy('id').executeTakeFirstOrThrow();
      const slug = `sod-${dialect.name}-${Date.now()}`;
      const created = await both.post('/staff/articles', {
        title: '湿疹的日常护理',
        summary: '湿疹需要长期护理，本文说明保湿和避免刺激的方法。',
        slug,
        category_id: String(cat.id),
        doc_type: 'kepu',
        source: '青禾皮肤科普编辑部（演示）',
        author_doctor_id: '',
        body_md: '## 保湿\n\n湿疹患者应坚持使用保湿剂，洗澡水不宜过热。',
        block_count: '0',
        action: 'save',
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 300));
      const id = Number(/\/staff\/articles\/(\d+)/.exec(String(created.headers.location))![1]);
      await both.get(`/staff/articles/${id}`);
      assert.equal((await both.post(`/staff/articles/${id}/submit`)).statusCode, 303);
      const a = await app.deps.db.selectFrom('article').select('head_revision_id').where('id', '=', id).executeTakeFirstOrThrow();
      await both.get(`/staff/articles/${id}`);
      const own = await both.post(`/staff/articles/${id}/approve`, { revision_id: String(a.head_revision_id) });
      assert.equal(own.statusCode, 409);
      assert.match(own.body, /不能由你本人审核/);
      const reviewer = await signedIn(app, ['reviewer']);
      await reviewer.get(`/staff/articles/${id}`);
      const ok = await reviewer.post(`/staff/articles/${id}/approve`, { revision_id: String(a.head_revision_id) });
      assert.equal(ok.statusCode, 303, 'another reviewer approves');
    });

    test('separation of duties: a reviewer link takes a second admin or the person’s own confirmation, never the requester alone', async () => {
      const a1 = await signedIn(app, ['admin']);
      const a2 = await signedIn(app, ['admin']);
      const doc = await app.deps.db
        .selectFrom('doctor')
        .select('id')
        .where('licence_no', '!=', '')
        .where('active', '=', 1)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('staff_user').select('id').whereRef('staff_user.doctor_id', '=', 'doctor.id'))))
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const rolesOf = async (id: number) => (await app.deps.db.selectFrom('staff_role').select('role').where('user_id', '=', id).execute()).map((r) => r.role).sort();
      // An admin gives their own account the reviewer role: it does not take effect.
      await a1.get(`/staff/users/${a1.userId}`);
      const self = await a1.post(`/staff/users/${a1.userId}/roles`, { roles: ['admin', 'reviewer'], doctor_id: String(doc.id) });
      assert.equal(self.statusCode, 303);
      assert.match(String(self.headers.location), /linkRequested/);
      assert.deepEqual(await rolesOf(a1.userId), ['admin']);
      await a1.get(`/staff/users/${a1.userId}`);
      assert.equal((await a1.post(`/staff/users/${a1.userId}/reviewer-link/confirm`)).statusCode, 422, 'the requester cannot confirm');
      await a1.get('/staff/account');
      assert.equal((await a1.post('/staff/account/reviewer-link/confirm')).statusCode, 409, 'nor as the linked account');
      assert.deepEqual(await rolesOf(a1.userId), ['admin']);
      await a2.get(`/staff/users/${a1.userId}`);
      assert.equal((await a2.post(`/staff/users/${a1.userId}/reviewer-link/confirm`)).statusCode, 303, 'a second admin confirms');
      assert.deepEqual(await rolesOf(a1.userId), ['admin', 'reviewer']);
      const ev = await app.deps.db.selectFrom('audit_event').select(['action', 'actor_user_id']).where('subject_id', '=', String(a1.userId)).where('action', 'like', 'staff.reviewer_link%').execute();
      assert.deepEqual(ev.map((e) => [e.action, e.actor_user_id]), [['staff.reviewer_link_requested', a1.userId], ['staff.reviewer_link_confirmed', a2.userId]]);
      // The doctor's own confirmation: the admin links someone else, that person confirms.
      await a2.get(`/staff/users/${a1.userId}`);
      await a2.post(`/staff/users/${a1.userId}/roles`, { roles: ['admin'], doctor_id: '' });
      const d = await signedIn(app, ['editor']);
      await a2.get(`/staff/users/${d.userId}`);
      await a2.post(`/staff/users/${d.userId}/roles`, { roles: ['editor', 'reviewer'], doctor_id: String(doc.id) });
      assert.deepEqual(await rolesOf(d.userId), ['editor']);
      const acct = await d.get('/staff/account');
      assert.match(acct.body, /确认“医学审核”角色/);
      assert.equal((await d.post('/staff/account/reviewer-link/confirm')).statusCode, 303);
      // The reviewer role needs a second factor: the next request goes to enrolment.
      assert.deepEqual(await rolesOf(d.userId), ['editor', 'reviewer']);
      assert.match(String((await d.get('/staff')).headers.location), /^\/staff\/account\/2fa/);
    });

    test('audit: sign-in success and failure recorded with time, actor, type and outcome; the chain verifies and names the first broken entry', async () => {
      const u = await signedIn(app, ['editor']);
      assert.equal((await new StaffClient(app).login(u.email, 'wrong password')).statusCode, 401);
      const rows = await app.deps.db.selectFrom('audit_event').selectAll().where('subject_id', '=', String(u.userId)).where('action', 'in', ['auth.login', 'auth.login_failed']).execute();
      assert.ok(rows.some((r) => r.action === 'auth.login' && r.outcome === 'success' && r.actor_user_id === u.userId && r.at));
      assert.ok(rows.some((r) => r.action === 'auth.login_failed' && r.outcome === 'failure'));
      assert.deepEqual(await verifyAuditChain(app.deps.db), { ok: true, checked: (await app.deps.db.selectFrom('audit_event').select('id').execute()).length });
      const ok = await runCli({ dataDir: app.t.dataDir, databaseUrl: app.t.databaseUrl ?? '' }, ['audit-verify'], '', 180_000);
      assert.match(ok.stdout, /intact/);
      // Tamper with one entry in the middle.
      const victim = rows[0]!;
      await app.deps.db.updateTable('audit_event').set({ outcome: victim.outcome === 'success' ? 'failure' : 'success' }).where('id', '=', victim.id).execute();
      const broken = await verifyAuditChain(app.deps.db);
      assert.equal(broken.ok, false);
      assert.equal(broken.broken!.id, victim.id);
      await assert.rejects(runCli({ dataDir: app.t.dataDir, databaseUrl: app.t.databaseUrl ?? '' }, ['audit-verify'], '', 180_000), (e: Error) => /exited with code 1/.test(e.message) && e.message.includes(`#${victim.id}`));
      await app.deps.db.updateTable('audit_event').set({ outcome: victim.outcome }).where('id', '=', victim.id).execute();
      // Removing an entry breaks the link of the next one.
      const mid = await app.deps.db.selectFrom('audit_event').select('id').orderBy('id').offset(2).limit(2).execute();
      const saved = await app.deps.db.selectFrom('audit_event').selectAll().where('id', '=', mid[0]!.id).executeTakeFirstOrThrow();
      await app.deps.db.deleteFrom('audit_event').where('id', '=', saved.id).execute();
      assert.equal((await verifyAuditChain(app.deps.db)).broken?.id, mid[1]!.id);
      await app.deps.db.insertInto('audit_event').values(saved).execute();
      assert.equal((await verifyAuditChain(app.deps.db)).ok, true);
    });

    test('audit: 40 concurrent writers do not fork the chain', async () => {
      const actor = { userId: null, name: '并发测试', ip: '127.0.0.1', userAgent: 'test' };
      await Promise.all(Array.from({ length: 40 }, (_, i) => audit(app.deps.db, actor, 'test.concurrent', { type: 'test', id: i }, app.clock.now)));
      const r = await verifyAuditChain(app.deps.db);
      assert.equal(r.ok, true, JSON.stringify(r.broken));
      const hashes = await app.deps.db.selectFrom('audit_event').select('prev_hash').execute();
      assert.equal(new Set(hashes.map((h) => h.prev_hash)).size, hashes.length, 'no two entries link to the same predecessor');
    });

    test('audit: CSV export for an assessor is formula-safe and audited; no route edits or deletes an entry; retention keeps 180 days', async () => {
      const admin = await signedIn(app, ['admin']);
      await audit(app.deps.db, { userId: null, name: '=HYPERLINK("https://evil.example")', ip: '127.0.0.1', userAgent: '@cmd' }, 'auth.login_failed', { type: 'staff_user', id: '-' }, app.clock.now, {}, 'failure');
      const res = await admin.get('/staff/audit/export.csv?action=auth.login_failed');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /text\/csv/);
      const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.match(lines[0]!, /^id,at,actor_user_id,actor_name,action,outcome/);
      assert.ok(lines.slice(1).every((l) => l.includes('"auth.login_failed"')));
      assert.ok(res.body.includes(`"'=HYPERLINK(""https://evil.example"")"`));
      assert.ok(res.body.includes(`"'@cmd"`));
      assert.ok(!/(^|,)"[=+\-@]/m.test(res.body), 'no cell starts with a formula character');
      assert.equal((await new StaffClient(app).get('/staff/audit/export.csv')).statusCode, 303, 'signed-out: to the login');
      // Named by the clinic's date: 01:00 on 20 November in Asia/Shanghai is still the 19th in UTC.
      const was = app.clock.now;
      app.clock.now = new Date('2026-11-19T17:00:00Z');
      try {
        const early = await admin.get('/staff/audit/export.csv?action=auth.login_failed');
        assert.equal(early.statusCode, 200);
        assert.equal(early.headers['content-disposition'], 'attachment; filename="audit-2026-11-20.csv"');
      } finally {
        app.clock.now = was;
      }
      const exported = await app.deps.db.selectFrom('audit_event').select('actor_user_id').where('action', '=', 'audit.exported').execute();
      assert.ok(exported.some((e) => e.actor_user_id === admin.userId));
      assert.deepEqual(app.staffRoutes.filter((r) => r.url.startsWith('/staff/audit') && r.method !== 'GET'), [], 'nothing in the UI changes the audit log');

      await assert.rejects(pruneAudit(app.deps.db, 179, app.clock.now), /at least 180/);
      const before = (await app.deps.db.selectFrom('audit_event').select('id').execute()).length;
      assert.equal(await pruneAudit(app.deps.db, 180, app.clock.now), 0, 'nothing younger than 180 days goes');
      const far = new Date(app.clock.now.getTime() + 200 * 86_400_000);
      await audit(app.deps.db, { userId: null, name: 'later', ip: '-', userAgent: '-' }, 'test.later', { type: 'test', id: 1 }, far);
      assert.equal(await pruneAudit(app.deps.db, 180, far), before);
      assert.equal((await verifyAuditChain(app.deps.db)).ok, true, 'the kept chain still verifies from its base');
    });

    test('idle sign-out follows STAFF_IDLE_MINUTES', async () => {
      const short = await demoApp(dialect, { STAFF_IDLE_MINUTES: '5' });
      try {
        const c = await signedIn(short, ['editor']);
        short.clock.now = new Date(short.clock.now.getTime() + 4 * 60_000);
        assert.equal((await c.get('/staff')).statusCode, 200);
        short.clock.now = new Date(short.clock.now.getTime() + 5 * 60_000 + 1000);
        assert.equal((await c.get('/staff')).statusCode, 303);
      } finally {
        await short.close();
      }
    });
  });
}
