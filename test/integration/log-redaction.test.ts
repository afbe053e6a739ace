import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { secretParamsOf } from '../../src/http/log-url.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { signedIn } from '../helpers/staff.js';

// Issue 11, defect 4: no private token and no phone number, ID number or e-mail address in the
// request log. The route list is the app's own, so a route added later is walked too.

const TOKEN = 'Tk7_secretValue-9xQ2mP4wZ8';

for (const dialect of dialects) {
  describe(`request log redaction on ${dialect.name}`, () => {
    let app: TestApp;
    const lines: string[] = [];
    before(async () => {
      const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(l) });
      app = await demoApp(dialect, {}, { loggerInstance: log });
    });
    after(() => app.close());

    test('every registered route with a token parameter: the token never reaches the log', async () => {
      const tokenRoutes = app.routes.filter((r) => secretParamsOf(r.url).length > 0 && r.method !== 'HEAD');
      const urls = new Set(tokenRoutes.map((r) => r.url));
      for (const known of ['/staff/invite/:token', '/b/:token', '/en/b/:token', '/w/:token/accept', '/questions/r/:token', '/feedback/:token']) {
        assert.ok(urls.has(known), `${known} is registered and walked`);
      }
      for (const r of tokenRoutes) {
        const secrets = secretParamsOf(r.url);
        const url = r.url.replace(/:([A-Za-z_$][\w$]*)(\([^)]*\))?/g, (_, name: string) => (secrets.includes(name) ? TOKEN : '1'));
        lines.length = 0;
        const res = await app.app.inject({ method: r.method as 'GET', url, payload: r.method === 'GET' ? undefined : {} });
        assert.ok(res.statusCode > 0);
        assert.ok(lines.length > 0, `${r.method} ${url} wrote a log line`);
        for (const l of lines) assert.ok(!l.includes(TOKEN), `${r.method} ${r.url}: the token reached the log: ${l}`);
        assert.ok(lines.some((l) => JSON.parse(l).url?.includes(':token')), `${r.method} ${r.url}: the line still says which route it was`);
        // The same path under a tail that no route has (a 404) is redacted too.
        lines.length = 0;
        await app.app.inject({ method: 'GET', url: `${url}/no-such-thing` });
        for (const l of lines) assert.ok(!l.includes(TOKEN), `${url}/no-such-thing: the token reached the log: ${l}`);
      }
    });

    test("front-desk search and other query values: no phone number, ID number or e-mail address in the log", async () => {
      const desk = await signedIn(app, ['frontdesk']);
      const values = ['13812345678', '138 1234 5678', '+86-138-1234-5678', '11010519491231002X', 'someone@example.cn'];
      for (const v of values) {
        lines.length = 0;
        const res = await desk.get(`/staff/bookings/search?q=${encodeURIComponent(v)}`);
        assert.ok(res.statusCode === 200 || res.statusCode === 422, `search answered ${res.statusCode}`);
        const line = lines.find((l) => JSON.parse(l).msg === 'request');
        assert.ok(line, 'the search was logged');
        assert.equal(JSON.parse(line).url, '/staff/bookings/search?q=:redacted');
        for (const l of lines) {
          const digits = v.replace(/\D/g, '');
          for (const form of [v, encodeURIComponent(v), ...(digits ? [digits, digits.slice(-8)] : ['example.cn'])]) {
            assert.ok(!l.includes(form), `${form} reached the log: ${l}`);
          }
        }
      }
      lines.length = 0;
      await app.get(`/search?q=${encodeURIComponent('白癜风')}&page=2`);
      assert.ok(lines.some((l) => JSON.parse(l).url === `/search?q=${encodeURIComponent('白癜风')}&page=2`), 'an ordinary search is logged as it is');
    });
  });
}
