import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { book } from '../../src/booking/booking.service.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { createSession } from '../helpers/booking.js';
import { TEST_DATA_KEY } from '../helpers/db.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// Issue 17 #1 and #8 in Chromium against the real entry point, on both engines: an admin creates
// a service on /staff/services, attaches a choice question, reorders a question; a patient is then
// asked the new question, and moves a booking to another doctor who offers the same service.
// Every page is checked with axe: no findings at all (the brief asks for no serious ones).

const shared = browserAndServers({ BOOKING_VERIFY_MOBILE: 'off' });

async function assertAxe(page: Page, what: string): Promise<void> {
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found problems on ${what}:\n${formatAxe(found)}`);
}

for (const dialect of DIALECTS) {
  describe(`services admin in Chromium (${dialect})`, { timeout: 180_000 }, () => {
    test('an admin creates a service, attaches a choice question and reorders questions; a patient is asked it, and moves a booking to another doctor; axe clean', { timeout: 120_000 }, async () => {
      const { server, db } = shared.servers.get(dialect)!;
      const now = new Date();
      const email = `services-admin-${dialect}-${Date.now()}@clinic.example`;
      await createStaffUser(db.kysely, { email, name: '管理员小周', roles: ['admin'], password: PASSWORD, doctorId: null }, now);
      const admin = await openSession(shared.browser, server.url);
      const patient = await openSession(shared.browser, server.url);
      try {
        const page = admin.page;
        await signInStaff(page, email, PASSWORD);
        await page.goto('/staff/services');
        await page.getByRole('link', { name: '微针治疗' }).waitFor();
        await assertAxe(page, 'the services list');

        await page.getByRole('link', { name: '新增服务' }).click();
        await page.getByLabel('代码').fill(`peel-${dialect}`);
        await page.getByLabel('中文名称').fill('果酸焕肤');
        await page.getByLabel('英文名称').fill('chemical peel');
        await page.getByLabel('时长（分钟）').fill('30');
        await page.getByLabel('价格说明').fill('治疗费就诊时告知');
        await page.getByLabel(/^顾明澄/).check();
        await assertAxe(page, 'the new service form');
        await Promise.all([page.waitForURL(/\/staff\/services\/\d+\?msg=serviceCreated/), page.getByRole('button', { name: '创建服务' }).click()]);
        assert.ok((await page.locator('main').innerText()).includes('服务已创建'));

        await page.getByLabel('问题（中文）').fill('您的皮肤晒后通常会怎样？');
        await page.getByLabel('问题（英文）').fill('What usually happens to your skin in the sun?');
        await page.getByLabel('不适合时的简称（中文）').fill('晒后容易起水疱');
        await page.getByLabel('从几个答案中选择一个').check();
        await page.getByLabel('答案 1（中文）').fill('很少晒红');
        await page.getByLabel('答案 2（中文）').fill('容易晒红');
        await page.getByLabel('答案 3（中文）').fill('会起水疱');
        await page.locator('#q-opt-refuses-3').check();
        await Promise.all([page.waitForURL(/msg=questionAdded/), page.getByRole('button', { name: '保存问题' }).click()]);
        await page.getByRole('link', { name: '您的皮肤晒后通常会怎样？' }).waitFor();
        await assertAxe(page, 'a service with its questions');
        const serviceUrl = new URL(page.url()).pathname;

        // Reordering the seeded microneedling questions: the second moves up.
        await page.goto('/staff/services');
        await page.getByRole('link', { name: '微针治疗' }).click();
        await Promise.all([page.waitForURL(/msg=moved/), page.getByRole('button', { name: '上移：您是否对金属（如镍、不锈钢）过敏？' }).click()]);
        const rows = await page.locator('#questions-title ~ table tbody th').allInnerTexts();
        assert.equal(rows[0], '您是否对金属（如镍、不锈钢）过敏？');
        await page.getByRole('link', { name: '您是否对金属（如镍、不锈钢）过敏？' }).click();
        await page.getByLabel('问题（中文）').waitFor();
        await assertAxe(page, 'the question form');
        assert.deepEqual(admin.problems, []);

        // The patient books a session of the new service and is asked the new question.
        const config = loadConfig({ DATA_KEY: TEST_DATA_KEY });
        const sessionId = await createSession(db.kysely, config, now, { inDays: 3, start: '07:41', end: '11:00', doctorSlug: 'gu-mingcheng', service: `peel-${dialect}`, regType: '果酸焕肤' });
        await patient.page.goto(`/book/${sessionId}`);
        await patient.page.getByRole('group', { name: '您的皮肤晒后通常会怎样？' }).waitFor();
        await patient.page.getByLabel('会起水疱').check();
        assert.ok(serviceUrl.startsWith('/staff/services/'));
        await assertAxe(patient.page, 'the booking form with a choice question');

        // A booking's move page offers another doctor who offers the same service; choosing it moves the booking.
        const from = await createSession(db.kysely, config, now, { inDays: 4, start: '07:42', end: '11:00', doctorSlug: 'tang-yining' });
        const to = await createSession(db.kysely, config, now, { inDays: 5, start: '07:43', end: '11:00', doctorSlug: 'fang-yanqiu' });
        const rt = await bookingRuntime(db.kysely, config);
        const { token } = await book(
          db.kysely,
          rt,
          { sessionId: from, name: '改约测试', mobile: `1362224${dialect === 'sqlite' ? 0 : 1}001`, email: null, visitType: 'first', reason: '', screening: [], locale: 'zh-CN', idempotencyKey: `services-move-${dialect}-${Date.now()}`, source: 'online' },
          now,
        );
        await patient.page.goto(`/b/${token}/move`);
        await patient.page.getByRole('group', { name: '也提供门诊看诊的其他医生' }).waitFor();
        await assertAxe(patient.page, 'the move page with other doctors');
        await patient.page.locator(`#to-${to}`).check();
        await Promise.all([patient.page.waitForURL(/msg=moved/), patient.page.getByRole('button', { name: '确认改约' }).click()]);
        assert.ok((await patient.page.getByRole('main').innerText()).includes('方砚秋'), 'the booking now shows the new doctor');
        assert.deepEqual(patient.problems, []);
      } finally {
        await admin.close();
        await patient.close();
      }
    });
  });
}
