import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SESSION_POLICY, THROTTLE_POLICY } from '../../src/staff/auth.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { PASSWORD, signedIn, StaffClient } from '../helpers/staff.js';

const MIN = 60_000;

for (const dialect of dialects) {
  describe(`staff sign-in and sessions on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('the session cookie is HttpOnly, SameSite=Lax and Secure on an https site; the id changes at login', async () => {
      const c = await signedIn(app, ['editor']);
      const planted = 'planted-session-token-from-an-attacker';
      const victim = new StaffClient(app);
      victim.cookies.set('cp_staff', planted);
      await victim.get('/staff/login');
      const res = await victim.post('/staff/login', { email: c.email, password: PASSWORD });
      assert.equal(res.statusCode, 303);
      const set = (res.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string; secure?: boolean }[]).find((x) => x.name === 'cp_staff')!;
      assert.ok(set.httpOnly && set.secure && /lax/i.test(set.sameSite ?? ''));
      assert.notEqual(set.value, planted, 'a new session id at login');
      // Logging in again rotates too: the earlier token stops working.
      const first = victim.cookies.get('cp_staff')!;
      // The CSRF secret is renewed at sign-in, so the form token comes from a page seen after it.
      await victim.get('/staff');
      await victim.post('/staff/login', { email: c.email, password: PASSWORD });
      assert.notEqual(victim.cookies.get('cp_staff'), first);
      const stale = new StaffClient(app);
      stale.cookies.set('cp_staff', first);
      assert.equal((await stale.get('/staff')).statusCode, 303);
    });

    test('wrong passwords are throttled per account, with a clear message, and audited', async () => {
      const c = await signedIn(app, ['editor']);
      const other = new StaffClient(app);
      await other.get('/staff/login');
      for (let i = 0; i < THROTTLE_POLICY.perPair; i++) {
        const r = await other.post('/staff/login', { email: c.email, password: `wrong-${i}` });
        assert.equal(r.statusCode, 401);
        assert.match(r.body, /邮箱或密码不正确/);
      }
      const locked = await other.post('/staff/login', { email: c.email, password: PASSWORD });
      assert.equal(locked.statusCode, 429, 'even the right password waits out the lock');
      assert.match(locked.body, /登录失败次数过多，请 15 分钟后再试/);
      app.clock.now = new Date(app.clock.now.getTime() + THROTTLE_POLICY.lockMs + 1000);
      assert.equal((await other.post('/staff/login', { email: c.email, password: PASSWORD })).statusCode, 303);
      const failures = await app.deps.db.selectFrom('audit_event').select('id').where('action', '=', 'auth.login_failed').where('subject_id', '=', String(c.userId)).execute();
      assert.equal(failures.length, THROTTLE_POLICY.perPair);
    });

    test('many failures from one address lock that address for every account', async () => {
      const c = await signedIn(app, ['editor']);
      const attacker = new StaffClient(app);
      await attacker.get('/staff/login');
      for (let i = 0; i < THROTTLE_POLICY.perAddress; i++) {
        await attacker.post('/staff/login', { email: `nobody-${i}@clinic.example`, password: 'x' });
      }
      const r = await attacker.post('/staff/login', { email: c.email, password: PASSWORD });
      assert.equal(r.statusCode, 429);
      app.clock.now = new Date(app.clock.now.getTime() + THROTTLE_POLICY.lockMs + 1000);
    });

    test('sessions end after the idle time and after the absolute time', async () => {
      const c = await signedIn(app, ['editor']);
      assert.equal((await c.get('/staff')).statusCode, 200);
      app.clock.now = new Date(app.clock.now.getTime() + SESSION_POLICY.idleMs - MIN);
      assert.equal((await c.get('/staff')).statusCode, 200, 'still active just before the idle limit');
      app.clock.now = new Date(app.clock.now.getTime() + SESSION_POLICY.idleMs + MIN);
      const idle = await c.get('/staff');
      assert.equal(idle.statusCode, 303);
      assert.match(idle.headers.location as string, /^\/staff\/login/);

      const d = await signedIn(app, ['editor']);
      const start = app.clock.now.getTime();
      const stepMs = SESSION_POLICY.idleMs - MIN;
      while (app.clock.now.getTime() - start < SESSION_POLICY.absoluteMs - stepMs) {
        app.clock.now = new Date(app.clock.now.getTime() + stepMs);
        assert.equal((await d.get('/staff')).statusCode, 200);
      }
      app.clock.now = new Date(start + SESSION_POLICY.absoluteMs + MIN);
      assert.equal((await d.get('/staff')).statusCode, 303, 'absolute expiry despite activity');
    });

    test('state-changing requests without the CSRF token are refused', async () => {
      const c = await signedIn(app, ['admin']);
      await c.get('/staff/account');
      const missing = await c.post('/staff/logout-all', { _csrf: null });
      assert.equal(missing.statusCode, 403);
      const forged = await c.post('/staff/logout-all', { _csrf: 'forged-token' });
      assert.equal(forged.statusCode, 403);
      assert.equal((await c.get('/staff')).statusCode, 200, 'still signed in: nothing happened');
      // A token from another person's session does not fit this one's secret.
      const other = await signedIn(app, ['admin']);
      await other.get('/staff/account');
      const crossed = await c.post('/staff/logout-all', { _csrf: other.csrf });
      assert.equal(crossed.statusCode, 403);
    });

    test('logout everywhere ends every session of that person', async () => {
      const a = await signedIn(app, ['editor']);
      const b = new StaffClient(app);
      await b.login(a.email);
      assert.equal((await b.get('/staff')).statusCode, 200);
      await a.get('/staff/account');
      assert.equal((await a.post('/staff/logout-all')).statusCode, 303);
      assert.equal((await b.get('/staff')).statusCode, 303);
      const events = await app.deps.db.selectFrom('audit_event').select('action').where('actor_user_id', '=', a.userId).execute();
      assert.ok(events.some((e) => e.action === 'auth.logout_all'));
    });

    test('post-login redirects stay inside the back office', async () => {
      const c = await signedIn(app, ['editor']);
      const fresh = new StaffClient(app);
      await fresh.get('/staff/login');
      const r = await fresh.post('/staff/login', { email: c.email, password: PASSWORD, next: 'https://evil.example/' });
      assert.equal(r.headers.location, '/staff');
    });
  });
}
