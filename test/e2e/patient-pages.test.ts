import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { book } from '../../src/booking/booking.service.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { zonedInstant } from '../../src/time/zoned-time.js';
import { clinicDayWithRoom, createSession, WAIT_FOR_CLINIC_DAY_MS } from '../helpers/booking.js';
import { TEST_DATA_KEY } from '../helpers/db.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// The patient's pages of issue 6 in Chromium against the real entry point, on both engines: a
// visit checked in at the front desk is rated from the booking's private page; "my data" is
// opened with the texted code, shows the rating, exports JSON and asks for erasure; the public
// Q&A list and page. Every page passes axe.

// About feedback and my-data pages: the booking's mobile-proof step (booking-browser.test.ts) is off here.
const shared = browserAndServers({ BOOKING_VERIFY_MOBILE: 'off' });
const servers = shared.servers;

async function assertAxe(page: Page, what: string): Promise<void> {
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found problems on ${what}:\n${formatAxe(found)}`);
}

async function click(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.locator(selector).first().click()]);
  await page.waitForLoadState('load');
}

for (const dialect of DIALECTS) {
  describe(`the patient's pages in Chromium (${dialect})`, { timeout: 120_000 + WAIT_FOR_CLINIC_DAY_MS }, () => {
    test('rate a checked-in visit → my data by texted code → export and erasure request → public Q&A', { timeout: 100_000 + WAIT_FOR_CLINIC_DAY_MS }, async () => {
      const { server, db } = servers.get(dialect)!;
      const mobile = dialect === 'sqlite' ? '13622220001' : '13622220002';
      // The front desk checks in on the session's own day only, and this server runs on the real
      // clock: a session spanning today (clinic time), booked as if the form had been sent yesterday.
      const config = loadConfig({ DATA_KEY: TEST_DATA_KEY });
      const { now, today } = await clinicDayWithRoom(config);
      const sessionId = await createSession(db.kysely, config, now, { date: today, start: '00:02', end: '23:59', doctorSlug: 'fang-yanqiu', quota: 3 });
      const yesterday = new Date(zonedInstant(today, '00:02', config.clinicTimeZone).getTime() - 12 * 3600_000);
      const booked = await book(
        db.kysely,
        await bookingRuntime(db.kysely, config),
        { sessionId, name: '测试病人', mobile, email: null, visitType: 'first', reason: '', screening: {}, locale: 'zh-CN', idempotencyKey: `pp-${dialect}-${Date.now()}`, source: 'online' },
        yesterday,
      );
      const manage = `/b/${booked.token}`;
      const { local_date: date } = await db.kysely.selectFrom('clinic_session').select('local_date').where('id', '=', sessionId).executeTakeFirstOrThrow();

      const desk = await openSession(shared.browser, server.url);
      const patient = await openSession(shared.browser, server.url);
      try {
        // The front desk checks the patient in.
        const email = `pp-desk-${dialect}-${Date.now()}@clinic.example`;
        await createStaffUser(db.kysely, { email, name: '前台小周', roles: ['frontdesk'], password: PASSWORD, doctorId: null }, now);
        await desk.page.goto('/staff/login');
        await desk.page.getByLabel('电子邮箱').fill(email);
        await desk.page.getByLabel('密码').fill(PASSWORD);
        await Promise.all([desk.page.waitForURL(/\/staff$/), desk.page.getByRole('button', { name: '登录' }).click()]);
        await desk.page.goto(`/staff/bookings?date=${date}`);
        await Promise.all([desk.page.waitForURL(/msg=checkedIn/), desk.page.getByRole('button', { name: '签到：1 号 测试病人' }).click()]);
        await desk.page.getByText('已签到。').waitFor();

        // The patient rates the visit from the booking's private page.
        const { page } = patient;
        await page.goto(manage);
        await click(page, 'a[href*="/feedback/"]');
        assert.match(page.url(), /\/feedback\/[2-9A-Z]{8}\./);
        await assertAxe(page, 'the feedback form');
        for (const [field, value] of [['explain', '5'], ['attitude', '4'], ['wait', '3']]) await page.locator(`input[name="${field}"][value="${value}"]`).check();
        await page.locator('textarea[name="comment"]').fill('医生讲解耐心，候诊区很安静。');
        await click(page, 'form button[type="submit"]');
        assert.match(page.url(), /msg=thanks/);
        await assertAxe(page, 'the thank-you page');
        const rating = await db.kysely.selectFrom('feedback').selectAll().where('doctor_id', 'in', (eb) => eb.selectFrom('doctor').select('id').where('slug', '=', 'fang-yanqiu')).execute();
        assert.deepEqual(rating.map((r) => [r.rating_explain, r.rating_attitude, r.rating_wait]), [[5, 4, 3]]);

        // The privacy notice from the footer, and from it the my-data pages.
        await click(page, 'footer a[href="/privacy"]');
        assert.equal(await page.locator('h1').textContent(), '隐私说明');
        await assertAxe(page, 'the privacy notice');
        await click(page, 'main a[href="/my-data"]');
        assert.match(page.url(), /\/my-data$/);

        // My data: the texted code opens the overview, which shows the booking and the rating.
        await page.goto('/my-data');
        await assertAxe(page, 'the my-data start page');
        await page.locator('input[name="mobile"]').fill(mobile);
        await click(page, 'form[action="/my-data/code"] button[type="submit"]');
        await assertAxe(page, 'the code page');
        const sms = await db.kysely.selectFrom('sms_message').select('body').where('kind', 'like', '%otp%').orderBy('id', 'desc').executeTakeFirstOrThrow();
        const code = /(\d{6})/.exec(sms.body)![1]!;
        await page.locator('input[name="code"]').fill(code);
        await click(page, 'form[action="/my-data/verify"] button[type="submit"]');
        assert.match(page.url(), /\/my-data\/overview$/);
        const overview = (await page.getByRole('main').textContent())!;
        assert.ok(overview.includes('测试病人') && overview.includes('医生讲解耐心'), overview.slice(0, 800));
        await assertAxe(page, 'the overview');
        const exported = await page.request.get('/my-data/export.json');
        assert.equal(exported.status(), 200);
        const json = JSON.stringify(await exported.json());
        assert.ok(json.includes('测试病人') && json.includes('医生讲解耐心'));
        await page.goto('/my-data/erasure');
        await assertAxe(page, 'the erasure page');
        await page.locator('input[name="confirm"]').check();
        await click(page, 'form[action="/my-data/erasure"] button[type="submit"]');
        assert.equal((await db.kysely.selectFrom('privacy_request').select('status').execute()).filter((r) => r.status === 'pending').length, 1);

        // The public Q&A from the demo: the list, one page (QAPage JSON-LD), reachable from the menu.
        await page.goto('/');
        await click(page, 'nav.main-nav a[href="/qa"]');
        await assertAxe(page, 'the Q&A list');
        await click(page, 'main a[href^="/qa/q-"]');
        await assertAxe(page, 'a Q&A page');
        const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
        assert.ok(ld.some((t) => t.includes('"QAPage"')), 'QAPage JSON-LD');
        assert.deepEqual([...desk.problems, ...patient.problems], []);
      } finally {
        await desk.close();
        await patient.close();
      }
    });
  });
}
