import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { book } from '../../src/booking/booking.service.js';
import { loadConfig } from '../../src/config.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { addDays, localDateOf } from '../../src/time/zoned-time.js';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';
import { createSession } from '../helpers/booking.js';
import { TEST_DATA_KEY } from '../helpers/db.js';
import { PASSWORD } from '../helpers/staff.js';

// Issue 17 #2 in Chromium against the real entry point, on both engines: a doctor opens their own
// schedule from the menu, is told plainly when a form is wrong, and takes a day off over a booked
// session (停诊: the patient is texted); the admin's limits page. Every page passes axe.

// Axe on a loaded two-core machine takes its time: each page is several seconds.
const TEST_TIMEOUT = 150_000;
const shared = browserAndServers({ JOB_POLL_SECONDS: '1' });

async function assertAxe(page: Page, what: string): Promise<void> {
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found problems on ${what}:\n${formatAxe(found)}`);
}

async function submit(page: Page, name: string, pattern?: RegExp): Promise<void> {
  await Promise.all([pattern ? page.waitForURL(pattern) : page.waitForLoadState('load'), page.getByRole('button', { name }).click()]);
}

for (const dialect of DIALECTS) {
  describe(`a doctor's own schedule in the browser on ${dialect}`, () => {
    test('the doctor takes a day off over a booked session, and the patient is texted', { timeout: TEST_TIMEOUT }, async () => {
      const { server, db } = shared.servers.get(dialect)!;
      const config = loadConfig({ DATA_KEY: TEST_DATA_KEY });
      const now = new Date();
      const day = addDays(localDateOf(now, config.clinicTimeZone), 6);
      const doctor = await db.kysely.selectFrom('doctor').select('id').where('slug', '=', 'xu-huaijin').executeTakeFirstOrThrow();
      const sessionId = await createSession(db.kysely, config, now, { date: day, period: 'afternoon', start: '14:00', end: '16:00', doctorSlug: 'xu-huaijin', quota: 6, regType: '普通门诊' });
      const rt = await bookingRuntime(db.kysely, config);
      const booked = await book(
        db.kysely,
        rt,
        { sessionId, name: '罗小安', mobile: '13522220001', email: null, visitType: 'first', reason: '', screening: {}, locale: 'zh-CN', idempotencyKey: `own-${dialect}-${Date.now()}`, source: 'online' },
        now,
      );
      const email = `xu-${dialect}-${Date.now()}@clinic.example`;
      await createStaffUser(db.kysely, { email, name: '许医生', roles: ['doctor'], password: PASSWORD, doctorId: doctor.id }, now);

      const session = await openSession(shared.browser, server.url);
      try {
        const { page } = session;
        await signInStaff(page, email, PASSWORD);
        await Promise.all([page.waitForURL(/\/staff\/my-schedule$/), page.getByRole('link', { name: '我的出诊安排' }).click()]);
        await page.getByRole('heading', { name: '每周模板' }).waitFor();
        assert.ok((await page.getByRole('main').textContent())!.includes('每周最多 10 个出诊时段'));
        await assertAxe(page, 'the doctor’s own schedule');

        // A wrong form comes back with a message and what was typed.
        await page.getByLabel('开始日期').fill(addDays(day, 1));
        await page.getByLabel('结束日期（只请一天可留空）').fill(day);
        await page.getByLabel('原因（会告诉患者）').fill('外出会诊');
        await submit(page, '保存请假');
        await page.getByText('结束日期不能早于开始日期。').waitFor();
        assert.equal(await page.getByLabel('原因（会告诉患者）').inputValue(), '外出会诊');
        await assertAxe(page, 'the schedule page with an error');

        await page.getByLabel('开始日期').fill(day);
        await page.getByLabel('结束日期（只请一天可留空）').fill('');
        await submit(page, '保存请假', /msg=leave/);
        await page.getByText('请假已保存').waitFor();
        // The leave stops every session of the day: the one booked here, and any the weekly template gave
        // this doctor on that weekday (which one that is depends on today's date).
        await page.locator('li', { hasText: '14:00–16:00' }).filter({ hasText: '已停诊：外出会诊' }).waitFor();
        await assertAxe(page, 'the schedule page after leave');
        const b = await db.kysely.selectFrom('booking').select(['status', 'cancelled_by']).where('id', '=', booked.booking.id).executeTakeFirstOrThrow();
        assert.deepEqual(b, { status: 'cancelled', cancelled_by: 'stopped' });
        // The server's job runner sends the 停诊 text.
        const deadline = Date.now() + 20_000;
        let sms: { body: string } | undefined;
        while (!sms && Date.now() < deadline) {
          sms = await db.kysely.selectFrom('sms_message').select('body').where('booking_id', '=', booked.booking.id).where('kind', '=', 'stopped').executeTakeFirst();
          if (!sms) await new Promise((r) => setTimeout(r, 200));
        }
        assert.ok(sms?.body.includes('外出会诊') || sms?.body.includes('停诊'), 'the patient is texted');
        // The admins' limits are not a doctor's page.
        const refused = await page.goto('/staff/schedules/limits');
        assert.equal(refused?.status(), 403);
        session.problems.length = 0;
      } finally {
        await session.close();
      }
      assert.deepEqual(session.problems.filter((p) => !/HTTP 422|status of 422/.test(p)), []);
    });

    test('the admin sets a doctor’s limits', { timeout: TEST_TIMEOUT }, async () => {
      const { server, db } = shared.servers.get(dialect)!;
      const now = new Date();
      const doctor = await db.kysely.selectFrom('doctor').select('id').where('slug', '=', 'xu-huaijin').executeTakeFirstOrThrow();
      const adminEmail = `limits-${dialect}-${Date.now()}@clinic.example`;
      await createStaffUser(db.kysely, { email: adminEmail, name: '管理员', roles: ['admin'], password: PASSWORD, doctorId: null }, now);
      const adminSession = await openSession(shared.browser, server.url);
      try {
        const { page } = adminSession;
        await signInStaff(page, adminEmail, PASSWORD);
        await page.goto('/staff/schedules');
        await Promise.all([page.waitForURL(/\/staff\/schedules\/limits$/), page.getByRole('link', { name: '医生自助排班的限制' }).click()]);
        await assertAxe(page, 'the limits page');
        await Promise.all([page.waitForURL(/doctor=/), page.getByRole('link', { name: /许怀瑾/ }).click()]);
        await page.getByLabel('每个时段最多号源').fill('25');
        await submit(page, '保存限制', /msg=limits/);
        await page.getByText('限制已保存。').waitFor();
        await assertAxe(page, 'a doctor’s limits');
        const row = await db.kysely.selectFrom('schedule_limit').select(['max_quota']).where('doctor_id', '=', doctor.id).executeTakeFirstOrThrow();
        assert.equal(row.max_quota, 25);
      } finally {
        await adminSession.close();
      }
      assert.deepEqual(adminSession.problems, []);
    });
  });
}
