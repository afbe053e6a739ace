import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { sessionDate } from '../../src/booking/booking.format.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/connection.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { axeViolations, formatAxe, openSession, type Session } from '../helpers/browser.js';
import { book } from '../../src/booking/booking.service.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { zonedInstant } from '../../src/time/zoned-time.js';
import { clinicDayWithRoom, createSession, WAIT_FOR_CLINIC_DAY_MS } from '../helpers/booking.js';
import { TEST_DATA_KEY } from '../helpers/db.js';
import type { RunningServer } from '../helpers/server.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// Booking in a real browser against the real entry point, once on SQLite and once on PostgreSQL:
// a patient books from the doctor's profile, reads the recorded SMS, opens the private link,
// moves and cancels; the front desk runs its day. Every page passes axe and loads no script.

const TEST_TIMEOUT = 90_000;
const ENV = { JOB_POLL_SECONDS: '1' };

const shared = browserAndServers(ENV);
const servers = shared.servers;

async function inSession(dialect: string, fn: (s: Session, db: Db, server: RunningServer) => Promise<void>): Promise<void> {
  const { server, db } = servers.get(dialect)!;
  const session = await openSession(shared.browser, server.url);
  try {
    await fn(session, db, server);
    // 4xx answers to forms the test submits wrongly on purpose are expected; nothing else may fail.
    assert.deepEqual(session.problems.filter((p) => !/HTTP 422|status of 422/.test(p)), []);
  } finally {
    await session.close();
  }
}

/** The page passes axe, and needs no JavaScript: it loads no script (JSON-LD data aside). */
async function assertAxe(page: Page, what: string): Promise<void> {
  const scripts = await page.locator('script:not([type="application/ld+json"])').count();
  assert.equal(scripts, 0, `${what} loads a script`);
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found problems on ${what}:\n${formatAxe(found)}`);
}

async function submit(page: Page, name: string | RegExp, pattern?: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await Promise.all([pattern ? page.waitForURL(pattern) : page.waitForLoadState('load'), button.click()]);
}

/** The newest booking code texted to a number, as the recording provider kept it (NODE_ENV=test keeps it readable). */
async function waitForCode(db: Db, mobile: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const row = await db.kysely
      .selectFrom('sms_message')
      .select('body')
      .where('kind', '=', 'booking_code')
      .where('to_masked', '=', `${mobile.slice(0, 3)}****${mobile.slice(-4)}`)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    const code = /(?<!\d)(\d{6})(?!\d)/.exec(row?.body ?? '')?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no booking code texted');
}

async function waitForSms(db: Db, ref: string, kind: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const row = await db.kysely
      .selectFrom('sms_message as m')
      .innerJoin('booking as b', 'b.id', 'm.booking_id')
      .select('m.body')
      .where('b.ref_code', '=', ref)
      .where('m.kind', '=', kind)
      .orderBy('m.id', 'desc')
      .executeTakeFirst();
    if (row) return row.body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no ${kind} SMS for ${ref}`);
}

for (const dialect of DIALECTS) {
  describe(`booking in Chromium (${dialect})`, { timeout: 3 * TEST_TIMEOUT + WAIT_FOR_CLINIC_DAY_MS }, () => {
    test('book from the profile → the recorded SMS → the private link → move → cancel', { timeout: TEST_TIMEOUT }, () =>
      inSession(dialect, async ({ page }, db) => {
        const config = loadConfig({});
        const now = new Date();
        const first = await createSession(db.kysely, config, now, { inDays: 3, start: '06:10', end: '07:00', doctorSlug: 'xu-huaijin', quota: 4, regType: '早间门诊' });
        const second = await createSession(db.kysely, config, now, { inDays: 4, start: '06:20', end: '07:00', doctorSlug: 'xu-huaijin', quota: 4, regType: '早间门诊' });
        const rows = await db.kysely.selectFrom('clinic_session').select(['id', 'local_date']).where('id', 'in', [first, second]).orderBy('id').execute();
        const firstDate = sessionDate(rows[0]!.local_date, 'zh-CN');

        await page.goto('/doctors/xu-huaijin#booking');
        const booking = page.locator('#booking');
        await booking.getByRole('link', { name: '查看全部号源并预约' }).click();
        await page.waitForURL('**/doctors/xu-huaijin/sessions');
        await assertAxe(page, 'the sessions page');
        await Promise.all([page.waitForURL(`**/book/${first}`), page.getByRole('link', { name: `预约 ${firstDate} 上午 06:10–07:00` }).click()]);
        await assertAxe(page, 'the booking form');

        // A wrong mobile number first: the message, and what was typed is kept.
        await page.getByLabel('真实姓名').fill('陈静');
        await page.getByLabel('手机号码').fill('12345');
        await page.getByLabel('初诊（第一次因这个问题来本院）').check();
        await page.getByLabel('就诊原因（选填，200 字以内）').fill('手背白斑两个月');
        await page.getByLabel('我同意医院为安排这次就诊使用上面的健康信息').check();
        await submit(page, '确认预约');
        await page.getByRole('alert').getByText('手机号码不正确').first().waitFor();
        assert.equal(await page.getByLabel('真实姓名').inputValue(), '陈静');
        await assertAxe(page, 'the form with errors');
        const mobile = `135${String(Date.now()).slice(-8)}`;
        await page.getByLabel('手机号码').fill(mobile);
        // The number is proved first: the place is held while the texted code is typed.
        await submit(page, '确认预约', /\/h\/[^/?]+$/);
        await page.getByRole('heading', { level: 1, name: '输入短信验证码' }).waitFor();
        await assertAxe(page, 'the code page');
        await page.getByLabel('验证码').fill(await waitForCode(db, mobile));
        await submit(page, '确认预约', /\/b\/[^/?]+\?new=1$/);
        await page.getByRole('heading', { level: 1, name: '预约成功' }).waitFor();
        const ref = (await page.locator('.ref-code').textContent())!.trim();
        const main = (await page.getByRole('main').textContent())!;
        assert.ok(main.includes('第 1 号') && main.includes(firstDate) && main.includes('上午 06:10–07:00') && main.includes('杏林路88号'));
        await assertAxe(page, 'the confirmation');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '添加到日历（.ics 文件）' }).click()]);
        assert.equal(download.suggestedFilename(), `${ref}.ics`);

        // The SMS the recording provider kept carries the private link.
        const sms = await waitForSms(db, ref, 'confirmation');
        const link = /https?:\/\/\S+\/b\/[A-Za-z0-9_-]+/.exec(sms)![0];
        const context2 = await shared.browser.newContext();
        const phone = await context2.newPage();
        try {
          await phone.goto(link);
          await phone.getByRole('heading', { level: 1, name: '我的预约' }).waitFor();
          await Promise.all([phone.waitForURL('**/move'), phone.getByRole('link', { name: '改约其他时段' }).click()]);
          await assertAxe(phone, 'the move page');
          await phone.getByLabel(new RegExp(`${sessionDate(rows[1]!.local_date, 'zh-CN')} 上午 06:20–07:00`)).check();
          await submit(phone, '确认改约', /msg=moved/);
          await phone.getByText('已改约到新的时段。').waitFor();
          assert.ok((await phone.getByRole('main').textContent())!.includes('上午 06:20–07:00'));
          await submit(phone, '取消预约', /msg=cancelled/);
          await phone.getByText('预约已取消。').waitFor();
          await assertAxe(phone, 'the cancelled booking');
        } finally {
          await context2.close();
        }
        const b = await db.kysely.selectFrom('booking').selectAll().where('ref_code', '=', ref).executeTakeFirstOrThrow();
        assert.equal(b.session_id, second);
        assert.equal(b.status, 'cancelled');
        assert.ok((await waitForSms(db, ref, 'cancellation')).includes(ref));
      }),
    );

    test('the front desk’s day: the list, check-in, no-show, an undo and a walk-in', { timeout: TEST_TIMEOUT + WAIT_FOR_CLINIC_DAY_MS }, () =>
      inSession(dialect, async ({ page }, db) => {
        const config = loadConfig({ DATA_KEY: TEST_DATA_KEY });
        // Check-in is for the session's own day, and this server runs on the real clock: a session
        // spanning today (clinic time), booked online as if the forms had been sent yesterday.
        const { now, today } = await clinicDayWithRoom(config);
        const id = await createSession(db.kysely, config, now, { date: today, start: '00:01', end: '23:59', doctorSlug: 'tang-yining', quota: 3, regType: '早间门诊' });
        const date = today;
        const rt = await bookingRuntime(db.kysely, config);
        const yesterday = new Date(zonedInstant(today, '00:01', config.clinicTimeZone).getTime() - 12 * 3600_000);
        for (const [name, mobile] of [
          ['刘一', '13511110001'],
          ['关二', '13511110002'],
        ]) {
          const key = `browser-${dialect}-${mobile}-${Date.now()}`;
          await book(db.kysely, rt, { sessionId: id, name: name!, mobile: mobile!, email: null, visitType: 'first', reason: '', screening: {}, locale: 'zh-CN', idempotencyKey: key, source: 'online' }, yesterday);
        }
        const email = `desk-${dialect}-${Date.now()}@clinic.example`;
        await createStaffUser(db.kysely, { email, name: '前台小王', roles: ['frontdesk'], password: PASSWORD, doctorId: null }, now);
        await page.goto('/staff/login');
        await page.getByLabel('电子邮箱').fill(email);
        await page.getByLabel('密码').fill(PASSWORD);
        await submit(page, '登录', /\/staff$/);
        await page.goto(`/staff/bookings?date=${date}`);
        const section = page.getByRole('region', { name: /唐以宁/ }).filter({ hasText: '00:01' });
        await section.getByText('刘一').waitFor();
        await assertAxe(page, 'the front desk list');
        await submit(page, '签到：1 号 刘一', /msg=checkedIn/);
        await page.getByText('已签到。').waitFor();
        await submit(page, '未到诊：2 号 关二', /msg=noShow/);
        // The undo buttons pass axe too, and work from the keyboard: 关二 came after all.
        await assertAxe(page, 'the front desk list with undo buttons');
        const undo = page.getByRole('button', { name: '撤销未到诊：2 号 关二' });
        await undo.focus();
        await Promise.all([page.waitForURL(/msg=noShowUndone/), page.keyboard.press('Enter')]);
        await page.getByText('已撤销未到诊，恢复为已预约。').waitFor();
        await submit(page, '签到：2 号 关二', /msg=checkedIn/);
        await Promise.all([page.waitForURL(`**/staff/sessions/${id}/walk-in`), page.getByRole('region', { name: /唐以宁/ }).filter({ hasText: '00:01' }).getByRole('link', { name: '现场挂号' }).click()]);
        await assertAxe(page, 'the walk-in form');
        await page.getByLabel('姓名').fill('张三');
        await submit(page, '挂号', /msg=walkin/);
        await page.getByText('现场挂号成功。').waitFor();
        assert.ok((await page.getByRole('main').textContent())!.includes('第 3 号'));
        const statuses = await db.kysely.selectFrom('booking').select(['queue_no', 'status', 'source']).where('session_id', '=', id).orderBy('queue_no').execute();
        assert.deepEqual(
          statuses.map((s) => [s.queue_no, s.status, s.source]),
          [
            [1, 'checked_in', 'online'],
            [2, 'checked_in', 'online'],
            [3, 'booked', 'walkin'],
          ],
        );
        await page.goto(`/staff/bookings/search?q=13511110001`);
        await page.getByRole('main').getByText('刘一').first().waitFor();
        await assertAxe(page, 'the search page');
      }),
    );
  });
}
