import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// Issue 16, acceptance 4, in Chromium against the real entry point on both engines: an admin
// switches the back office to English on the account page, then every staff page an admin can
// open without an id, and one detail page per list, says lang="en" and has no serious or
// critical axe finding. (Whether every word is English is the integration tests' job.)

const shared = browserAndServers();

// The GET pages under /staff with no id in the address that an admin may open (the doctor's own
// pages, /staff/my-*, need the doctor role). Detail pages are found from these lists' links.
const PAGES = [
  '/staff',
  '/staff/account',
  '/staff/account/2fa',
  '/staff/articles',
  '/staff/articles/new',
  '/staff/audit',
  '/staff/bookings',
  '/staff/categories',
  '/staff/doctors',
  '/staff/doctors/new',
  '/staff/feedback',
  '/staff/feedback-codes',
  '/staff/import',
  '/staff/insights',
  '/staff/media',
  '/staff/privacy',
  '/staff/qa',
  '/staff/questions',
  '/staff/redirects',
  '/staff/schedules',
  '/staff/schedules/limits',
  '/staff/search',
  '/staff/services',
  '/staff/services/new',
  '/staff/site',
  '/staff/users',
  '/staff/users/invite',
];

// The markup of a page does not depend on the engine: each engine's run switches to English and
// visits its share of the pages (every other one), so that every page is checked once and both
// engines serve English pages, in half the time of checking every page twice.
DIALECTS.forEach((dialect, d) => {
  describe(`the back office in English in Chromium (${dialect})`, { timeout: 600_000 }, () => {
    test('an admin with the English setting: every staff page says lang="en" and has no serious axe finding', { timeout: 540_000 }, async () => {
      const { server, db } = shared.servers.get(dialect)!;
      const email = `english-admin-${dialect}-${Date.now()}@clinic.example`;
      const userId = await createStaffUser(db.kysely, { email, name: '管理员小林', roles: ['admin'], password: PASSWORD, doctorId: null }, new Date());
      // A staff member to open, besides oneself.
      await createStaffUser(db.kysely, { email: `english-editor-${dialect}-${Date.now()}@clinic.example`, name: '编辑小陈', roles: ['editor'], password: PASSWORD, doctorId: null }, new Date());
      const session = await openSession(shared.browser, server.url);
      try {
        const page = session.page;
        await signInStaff(page, email, PASSWORD);
        // The setting, as a person would change it.
        await page.goto('/staff/account');
        await page.getByLabel('English').check();
        await Promise.all([page.waitForURL(/msg=language/), page.getByRole('button', { name: '保存语言设置' }).click()]);
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');

        const serious: string[] = [];
        const visit = async (url: string) => {
          const res = await page.goto(url);
          assert.equal(res?.status(), 200, `${url} answered ${res?.status()}`);
          assert.equal(await page.locator('html').getAttribute('lang'), 'en', `${url} is not lang="en"`);
          const found = (await axeViolations(page)).filter((f) => f.impact === 'serious' || f.impact === 'critical');
          if (found.length) serious.push(`${url}:\n${formatAxe(found)}`);
        };
        const details = new Set<string>([`/staff/users/${userId}`]);
        const mine = <T,>(list: T[]) => list.filter((_, i) => DIALECTS.length < 2 || i % DIALECTS.length === d);
        for (const url of PAGES) {
          // Every list is opened (to find its detail pages); axe runs on this engine's share.
          if (mine(PAGES).includes(url)) await visit(url);
          else await page.goto(url);
          // One detail page per list: the first link to /staff/<list>/<number>.
          const hrefs = await page.locator(`main a[href^="${url}/"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
          const detail = hrefs.find((h) => new RegExp(`^${url}/\\d+$`).test(h));
          if (detail && url !== '/staff') details.add(detail);
        }
        assert.ok(details.size >= 5, `detail pages found: ${[...details].join(', ')}`);
        for (const url of mine([...details])) await visit(url);
        assert.deepEqual(serious, [], serious.join('\n'));
        assert.deepEqual(session.problems, []);
      } finally {
        await session.close();
      }
    });
  });
});
