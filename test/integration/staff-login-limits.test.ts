import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { THROTTLE_POLICY } from '../../src/staff/auth.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { PASSWORD, signedIn, StaffClient } from '../helpers/staff.js';

// Defect 2 of issue 11 (the login limit lost races) and defect 8 (the CSRF secret outlived the sign-in).

/** One login page's CSRF cookie and token, reused by many raw requests from chosen addresses. */
async function loginForm(app: TestApp) {
  const c = new StaffClient(app);
  await c.get('/staff/login');
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return (email: string, password: string, remoteAddress: string) =>
    app.app.inject({
      method: 'POST',
      url: '/staff/login',
      remoteAddress,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: c.csrf, email, password }).toString(),
    });
}

const count = (codes: number[], code: number) => codes.filter((c) => c === code).length;

for (const dialect of dialects) {
  describe(`staff login limits and CSRF renewal on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());
    const later = () => (app.clock.now = new Date(app.clock.now.getTime() + THROTTLE_POLICY.windowMs + 60_000));

    test('40 parallel wrong passwords from 40 addresses, the right one in the same burst: no sign-in once the account limit is reached', async () => {
      const c = await signedIn(app, ['editor']);
      const post = await loginForm(app);
      const burst = [
        ...Array.from({ length: 40 }, (_, i) => post(c.email, `wrong-${i}`, `10.1.0.${i + 1}`)),
        post(c.email, PASSWORD, '10.1.1.1'),
      ];
      const codes = (await Promise.all(burst)).map((r) => r.statusCode);
      assert.equal(codes.at(-1), 429, `the right password in the burst came after the account's limit (${THROTTLE_POLICY.perAccount}) was reached`);
      assert.ok(count(codes, 401) <= THROTTLE_POLICY.perAccount, `${count(codes, 401)} wrong passwords were checked, limit ${THROTTLE_POLICY.perAccount}`);
      assert.equal(count(codes, 303), 0);
      // The account-wide back-off is short: after its window the owner signs in from a fresh address.
      app.clock.now = new Date(app.clock.now.getTime() + THROTTLE_POLICY.accountWindowMs + 1000);
      assert.equal((await post(c.email, PASSWORD, '10.1.2.1')).statusCode, 303);
      later();
    });

    test('from one address, 40 parallel attempts get at most the limit of 401s before 429s (one account, and many accounts)', async () => {
      const c = await signedIn(app, ['editor']);
      const post = await loginForm(app);
      const one = (await Promise.all(Array.from({ length: 40 }, (_, i) => post(c.email, `wrong-${i}`, '10.2.0.1')))).map((r) => r.statusCode);
      assert.ok(count(one, 401) <= THROTTLE_POLICY.perPair, `${count(one, 401)} × 401 for one account from one address, limit ${THROTTLE_POLICY.perPair}`);
      assert.equal(count(one, 401) + count(one, 429), 40);
      const many = (await Promise.all(Array.from({ length: 40 }, (_, i) => post(`nobody-${i}@clinic.example`, 'x', '10.2.0.2')))).map((r) => r.statusCode);
      assert.ok(count(many, 401) <= THROTTLE_POLICY.perAddress, `${count(many, 401)} × 401 from one address, limit ${THROTTLE_POLICY.perAddress}`);
      assert.equal(count(many, 429), 40 - count(many, 401));
      later();
    });

    test('a stranger who knows the e-mail address locks only their own address out, not the staff member', async () => {
      const c = await signedIn(app, ['editor']);
      const post = await loginForm(app);
      for (let i = 0; i < 3 * THROTTLE_POLICY.perPair; i++) await post(c.email, `guess-${i}`, '10.3.0.1');
      assert.equal((await post(c.email, PASSWORD, '10.3.0.1')).statusCode, 429, 'the stranger’s address is locked');
      assert.equal((await post(c.email, PASSWORD, '10.3.9.9')).statusCode, 303, 'the owner, elsewhere, signs in at once');
      later();
    });

    test('a successful sign-in gives its reserved attempt back', async () => {
      const c = await signedIn(app, ['editor']);
      const post = await loginForm(app);
      for (let i = 0; i < 3 * THROTTLE_POLICY.perPair; i++) assert.equal((await post(c.email, PASSWORD, '10.4.0.1')).statusCode, 303);
      later();
    });

    test('the CSRF secret is renewed at sign-in: a token issued before it is refused after', async () => {
      const c = await signedIn(app, ['editor']);
      const client = new StaffClient(app);
      await client.get('/staff/login');
      const before = client.csrf;
      assert.equal((await client.post('/staff/login', { email: c.email, password: PASSWORD })).statusCode, 303);
      assert.equal((await client.post('/staff/logout-all', { _csrf: before })).statusCode, 403, 'the pre-login token no longer fits');
      assert.equal((await client.get('/staff')).statusCode, 200, 'still signed in');
      assert.notEqual(client.csrf, before);
      assert.equal((await client.post('/staff/logout-all')).statusCode, 303, 'a token issued after sign-in works');
    });
  });
}
