import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import Fastify from 'fastify';
import type { Role } from '../../src/db/schema.js';
import { PERMISSIONS, ROLES, allows } from '../../src/staff/roles.js';
import { staffScope } from '../../src/staff/staff.plugin.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { signedIn, StaffClient } from '../helpers/staff.js';

// Every /staff route × every role and anonymous: a route is refused exactly when the role table says so.

function concrete(url: string): string {
  return url.replace(':token', 'no-such-invite').replace(/:[a-z]+/gi, '1');
}

/** The table in docs/ROLES.md, as it must read for the code's table. */
function rolesTable(): string {
  const head = `| permission | ${ROLES.join(' | ')} |\n|---|${ROLES.map(() => '---').join('|')}|`;
  const rows = Object.entries(PERMISSIONS).map(([p, roles]) => `| ${p} | ${ROLES.map((r) => ((roles as readonly Role[]).includes(r) ? 'yes' : '')).join(' | ')} |`);
  return [head, ...rows].join('\n');
}

test('docs/ROLES.md shows the role table the code enforces', () => {
  const doc = fs.readFileSync(new URL('../../docs/ROLES.md', import.meta.url), 'utf8');
  assert.ok(doc.includes(rolesTable()), `docs/ROLES.md must contain:\n${rolesTable()}`);
});

test('a staff route that names no permission cannot even be registered', async () => {
  const app = Fastify();
  await assert.rejects(
    staffScope(app, {} as never, [], (scope) => {
      scope.get('/forgotten', async () => 'oops');
    }).then(() => app.ready()),
    /names no permission/,
  );
});

for (const dialect of dialects) {
  describe(`every staff route against every role on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('the matrix includes the sign-in, two-factor, password reset and audit export routes', () => {
      const expected: [string, string, string][] = [
        ['POST', '/staff/login', 'public'],
        ['GET', '/staff/2fa', 'account.self'],
        ['POST', '/staff/2fa', 'account.self'],
        ['GET', '/staff/account/2fa', 'account.self'],
        ['POST', '/staff/account/2fa/enable', 'account.self'],
        ['POST', '/staff/account/2fa/recovery-codes', 'account.self'],
        ['POST', '/staff/account/2fa/disable', 'account.self'],
        ['POST', '/staff/account/reviewer-link/confirm', 'account.self'],
        ['GET', '/staff/password-reset', 'public'],
        ['POST', '/staff/password-reset', 'public'],
        ['GET', '/staff/reset/:token', 'public'],
        ['POST', '/staff/reset/:token', 'public'],
        ['POST', '/staff/users/:id/password-reset', 'staff.manage'],
        ['POST', '/staff/users/:id/2fa-reset', 'staff.manage'],
        ['POST', '/staff/users/:id/reviewer-link/confirm', 'staff.manage'],
        ['GET', '/staff/audit/export.csv', 'audit.read'],
      ];
      for (const [method, url, permission] of expected) {
        assert.ok(
          app.staffRoutes.some((r) => r.method === method && r.url === url && r.permission === permission),
          `${method} ${url} (${permission}) is registered and so tried by the matrix below`,
        );
      }
    });

    test('the allowed set is exactly the role table', async () => {
      assert.ok(app.staffRoutes.length >= 20, `only ${app.staffRoutes.length} staff routes registered`);
      const anonymous = new StaffClient(app);
      const clients = new Map<Role, StaffClient>();
      for (const role of ROLES) clients.set(role, await signedIn(app, [role]));
      for (const route of app.staffRoutes) {
        const url = concrete(route.url);
        for (const who of [...ROLES, 'anonymous' as const]) {
          let client = who === 'anonymous' ? anonymous : clients.get(who)!;
          await client.get('/staff/login');
          if (who !== 'anonymous') await client.get('/staff/account');
          const res = route.method === 'GET' ? await client.get(url) : await client.post(url, {});
          const label = `${route.method} ${route.url} as ${who}`;
          if (route.permission === 'public') {
            assert.notEqual(res.statusCode, 403, label);
          } else if (who === 'anonymous') {
            if (route.method === 'GET') assert.match(String(res.headers.location), /^\/staff\/login/, label);
            else assert.equal(res.statusCode, 403, label);
          } else if (allows([who], route.permission)) {
            assert.notEqual(res.statusCode, 403, `${label}: allowed by the table but refused`);
            // A refused GET would send the person to the sign-in page (a logout's POST goes there by design).
            if (route.method === 'GET') assert.ok(!String(res.headers.location ?? '').startsWith('/staff/login'), `${label}: sent to login`);
          } else {
            assert.equal(res.statusCode, 403, `${label}: refused by the table but allowed (${res.statusCode})`);
          }
          // Routes that end the session (logout, password change) need a fresh sign-in for the next check.
          if (who !== 'anonymous' && (await client.get('/staff/account')).statusCode !== 200) {
            client = await signedIn(app, [who]);
            clients.set(who, client);
          }
        }
      }
    });
  });
}
