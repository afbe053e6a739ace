import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { book } from '../../src/booking/booking.service.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { zonedInstant } from '../../src/time/zoned-time.js';
import { articles } from '../../src/demo/data/articles/index.js';
import { categories } from '../../src/demo/data/categories.js';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { clinicDayWithRoom, createSession, WAIT_FOR_CLINIC_DAY_MS } from '../helpers/booking.js';
import { TEST_DATA_KEY } from '../helpers/db.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// Issue 17 items 7, 11 and 4 in Chromium against the real entry point, on both engines: the
// article index on a phone, Chinese content marked lang="zh-CN" on /en pages, and the print
// stylesheet of the three printable pages (screenshots under the OS temp directory, not committed).

const shared = browserAndServers({ BOOKING_VERIFY_MOBILE: 'off' });
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'clinicpress-print-'));

async function assertAxe(page: Page, what: string): Promise<void> {
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found problems on ${what}:\n${formatAxe(found)}`);
}

/** The lang that applies to the first element matching the selector (its own or its nearest ancestor's). */
async function langOf(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);
}

/** Asserts the print look of the page now shown: no navigation, black on white, a large queue number. */
async function assertPrinted(page: Page, what: string, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  try {
    const shot = path.join(SHOTS, file);
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(fs.statSync(shot).size > 1000, `${what}: a screenshot was written`);
    // No named functions inside: tsx would wrap them in a helper (__name) the page does not have.
    const styles = await page.evaluate(() => {
      const navs = [...document.querySelectorAll('nav.main-nav, .skip, .crumbs')];
      const text = [...document.querySelectorAll('main h1, main p, main td, main dd, main dt, main a')].filter((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null);
      const queue = document.querySelector('.queue-no');
      return {
        navShown: navs.filter((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null).length,
        navCount: navs.length,
        bodyBg: getComputedStyle(document.body).backgroundColor,
        colours: [...new Set(text.map((e) => getComputedStyle(e).color))],
        backgrounds: [...new Set([...document.querySelectorAll('main *')].map((e) => getComputedStyle(e).backgroundColor))],
        queueSize: queue ? parseFloat(getComputedStyle(queue).fontSize) : 0,
        bodySize: parseFloat(getComputedStyle(document.querySelector('main p, main td') ?? document.body).fontSize),
        buttonsShown: [...document.querySelectorAll('main button, main .button')].filter((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null).length,
        textCount: text.length,
      };
    });
    assert.ok(styles.navCount > 0, `${what}: the page has navigation to hide`);
    assert.equal(styles.navShown, 0, `${what}: navigation hidden in print`);
    assert.equal(styles.bodyBg, 'rgb(255, 255, 255)', `${what}: white page`);
    assert.ok(styles.textCount > 3);
    assert.deepEqual(styles.colours, ['rgb(0, 0, 0)'], `${what}: all text black`);
    for (const bg of styles.backgrounds) assert.ok(bg === 'rgba(0, 0, 0, 0)' || bg === 'rgb(255, 255, 255)', `${what}: background ${bg}`);
    assert.equal(styles.buttonsShown, 0, `${what}: no controls on paper`);
    assert.ok(styles.queueSize >= 28, `${what}: queue number ${styles.queueSize}px is large`);
    assert.ok(styles.queueSize >= 1.8 * styles.bodySize, `${what}: queue number ${styles.queueSize}px against text ${styles.bodySize}px`);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  // On screen the same page keeps its navigation: the rules above are print-only.
  assert.ok(await page.locator('nav.main-nav, .skip').first().evaluate((n) => getComputedStyle(n).display !== 'none'));
}

for (const dialect of DIALECTS) {
  describe(`issue 17 pages in Chromium (${dialect})`, { timeout: 180_000 + WAIT_FOR_CLINIC_DAY_MS }, () => {
    test('the article index on a phone: menu → filter by category → next page; /categories; axe clean', { timeout: 90_000 }, async () => {
      const { server } = shared.servers.get(dialect)!;
      const phone = await openSession(shared.browser, server.url, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      try {
        const { page } = phone;
        await page.goto('/');
        await Promise.all([page.waitForURL(/\/articles$/), page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '科普文章' }).click()]);
        await page.getByRole('heading', { level: 1, name: '全部科普文章' }).waitFor();
        assert.equal(await page.locator('ul.article-list > li').count(), 10);
        const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
        assert.ok(await noOverflow(), 'no sideways scrolling on a phone');
        await assertAxe(page, '/articles on a phone');

        const cat = categories[1]!;
        const expected = articles.filter((a) => a.categorySlug === cat.slug).length;
        await page.getByLabel('分类').selectOption(cat.slug);
        await Promise.all([page.waitForURL(new RegExp(`category=${cat.slug}`)), page.getByRole('button', { name: '筛选' }).click()]);
        assert.equal(await page.locator('ul.article-list > li').count(), Math.min(10, expected));
        assert.equal(await page.locator('ul.article-list .meta span').filter({ hasNotText: cat.name }).count(), 0, 'only the chosen category');
        assert.equal(await page.getByLabel('分类').inputValue(), cat.slug, 'the form shows the filter in force');
        await assertAxe(page, '/articles filtered');

        await page.goto('/articles');
        await Promise.all([page.waitForURL(/page=2/), page.getByRole('link', { name: '下一页' }).click()]);
        assert.ok((await page.locator('ul.article-list > li').count()) > 0);
        await assertAxe(page, '/articles page 2');

        await page.goto('/categories');
        assert.equal(await page.locator('ul.category-index > li').count(), categories.length);
        assert.ok(await noOverflow());
        await assertAxe(page, '/categories on a phone');
        await page.goto('/en/articles');
        await assertAxe(page, '/en/articles on a phone');
        assert.deepEqual(phone.problems, []);
      } finally {
        await phone.close();
      }
    });

    test('on /en pages Chinese content is lang="zh-CN" and the interface is lang="en"', { timeout: 60_000 }, async () => {
      const { server } = shared.servers.get(dialect)!;
      const s = await openSession(shared.browser, server.url, { locale: 'en-GB' });
      try {
        const { page } = s;
        await page.goto(`/en/articles/${articles[0]!.slug}`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'en');
        for (const sel of ['main h1', '.article .prose', '.article .lead', '.article-head .meta a[href^="/en/doctors/"]', '.crumbs li[aria-current="page"]']) {
          assert.equal(await langOf(page, sel), 'zh-CN', `${sel} is Chinese content`);
        }
        assert.equal(await langOf(page, '.article .prose p'), 'zh-CN');
        for (const sel of ['nav.main-nav a', '#related-title', '.disclaimer', '.crumbs li:first-child a']) {
          assert.equal(await langOf(page, sel), 'en', `${sel} is interface text`);
        }
        assert.match(await page.locator('.article-head time').first().innerText(), /^\d{1,2} [A-Z][a-z]+ \d{4}$/, 'dates in English form');
        await assertAxe(page, '/en article');

        await page.goto('/en/doctors');
        assert.equal(await langOf(page, 'main h1'), 'en');
        const names = page.locator('.doctor-card .card-title');
        assert.ok((await names.count()) > 1);
        for (let i = 0; i < (await names.count()); i++) {
          assert.equal(await names.nth(i).evaluate((el) => el.closest('[lang]')?.getAttribute('lang')), 'zh-CN');
          assert.match(await names.nth(i).innerText(), /\p{Script=Han}/u);
        }
        assert.equal(await langOf(page, '.doctor-card .doctor-bio'), 'zh-CN');
        assert.equal(await langOf(page, '.doctor-card .button'), 'en');
        await assertAxe(page, '/en/doctors');

        // The Chinese site does not repeat the page's own language on its content.
        await page.goto('/doctors');
        assert.equal(await langOf(page, '.doctor-card .card-title'), 'zh-CN');
        assert.equal(await page.locator('main [lang="zh-CN"]').count(), 0);
        assert.deepEqual(s.problems, []);
      } finally {
        await s.close();
      }
    });

    test('print preview: booking confirmation, front desk day list and a doctor’s session list', { timeout: 90_000 + WAIT_FOR_CLINIC_DAY_MS }, async () => {
      const { server, db } = shared.servers.get(dialect)!;
      const config = loadConfig({ DATA_KEY: TEST_DATA_KEY });
      const { now, today } = await clinicDayWithRoom(config);
      const sessionId = await createSession(db.kysely, config, now, { date: today, start: '00:03', end: '23:58', doctorSlug: 'fang-yanqiu', quota: 40 });
      const madeAt = new Date(zonedInstant(today, '00:03', config.clinicTimeZone).getTime() - 12 * 3600_000);
      const rt = await bookingRuntime(db.kysely, config);
      let token = '';
      for (let i = 0; i < 3; i++) {
        const b = await book(
          db.kysely,
          rt,
          { sessionId, name: `打印测试${i}`, mobile: `1362223${dialect === 'sqlite' ? 0 : 1}00${i}`, email: null, visitType: 'first', reason: '', screening: {}, locale: 'zh-CN', idempotencyKey: `print-${dialect}-${i}-${Date.now()}`, source: 'online' },
          madeAt,
        );
        token = b.token;
      }
      const doctor = await db.kysely.selectFrom('doctor').select('id').where('slug', '=', 'fang-yanqiu').executeTakeFirstOrThrow();
      const deskEmail = `print-desk-${dialect}-${Date.now()}@clinic.example`;
      const docEmail = `print-doc-${dialect}-${Date.now()}@clinic.example`;
      await createStaffUser(db.kysely, { email: deskEmail, name: '前台小许', roles: ['frontdesk'], password: PASSWORD, doctorId: null }, now);
      await createStaffUser(db.kysely, { email: docEmail, name: '方医生账户', roles: ['doctor'], password: PASSWORD, doctorId: doctor.id }, now);

      const patient = await openSession(shared.browser, server.url);
      const desk = await openSession(shared.browser, server.url);
      const doc = await openSession(shared.browser, server.url);
      try {
        await patient.page.goto(`/b/${token}?new=1`);
        await patient.page.locator('.queue-no').waitFor();
        await assertPrinted(patient.page, 'booking confirmation', `confirmation-${dialect}.png`);

        await signInStaff(desk.page, deskEmail, PASSWORD);
        await desk.page.goto(`/staff/bookings?date=${today}`);
        await desk.page.locator('td.queue-no').first().waitFor();
        await assertPrinted(desk.page, 'front desk day list', `frontdesk-${dialect}.png`);
        assert.equal(await desk.page.locator('th.no-print').evaluate((e) => getComputedStyle(e).display), 'table-cell', 'the actions column is there on screen');

        await signInStaff(doc.page, docEmail, PASSWORD);
        await doc.page.goto('/staff/my-sessions');
        await doc.page.locator('td.queue-no').first().waitFor();
        await assertPrinted(doc.page, 'doctor’s session list', `my-sessions-${dialect}.png`);
        for (const s of [patient, desk, doc]) assert.deepEqual(s.problems, []);
      } finally {
        await Promise.all([patient.close(), desk.close(), doc.close()]);
      }
    });
  });
}
