import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations, formatAxe, launchBrowser, openSession } from '../helpers/browser.js';
import { startServer, type RunningServer } from '../helpers/server.js';

// The patient's side of asking, in Chromium against the real entry point, on both engines: the
// form, the form shown again with errors and the private page pass axe; the emergency notice is
// the first thing in <main>; the typing warning appears as an urgent word is written; the
// honeypot is neither visible nor reachable by keyboard.

const DIALECTS = ['sqlite', 'postgres'] as const;
let browser: Browser;
const servers = new Map<string, RunningServer>();

before(async () => {
  const [b, ...started] = await Promise.all([launchBrowser(), ...DIALECTS.map((dialect) => startServer({ dialect }))]);
  browser = b;
  for (const [i, d] of DIALECTS.entries()) servers.set(d, started[i]!);
});

after(async () => {
  await browser?.close();
  for (const server of servers.values()) assert.equal(await server.stop(), 0, server.output().slice(-3000));
});

for (const dialect of DIALECTS) {
  describe(`asking a question in Chromium (${dialect})`, { timeout: 120_000 }, () => {
    test('form → errors with the 120 notice first → private page; accessible; honeypot out of reach', { timeout: 90_000 }, async () => {
      const s = await openSession(browser, servers.get(dialect)!.url);
      const { page } = s;
      try {
        await page.goto('/questions/ask');
        assert.deepEqual(await axeViolations(page).then((f) => (f.length ? formatAxe(f) : [])), [], 'the form passes axe');
        const honeypot = page.locator('input[name="website"]');
        // Visually hidden (a clipped 1-pixel box, like .sr-only) and hidden from screen readers.
        const box = await page.locator('div[aria-hidden="true"]:has(input[name="website"])').boundingBox();
        assert.ok(box && box.width <= 1 && box.height <= 1, `the honeypot takes no visible space: ${JSON.stringify(box)}`);
        assert.equal(await honeypot.getAttribute('tabindex'), '-1');
        // Tabbing through the whole form never lands on the honeypot.
        await page.locator('textarea[name="body"]').focus();
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          assert.notEqual(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), 'website');
        }

        // The typing warning (island): appears as the urgent word is written.
        const live = page.locator('#urgent-live');
        await page.locator('textarea[name="body"]').fill('昨晚开始胸　痛');
        await live.getByText(/请立即拨打120/).waitFor();

        // Submitted too short (the browser's own checks pass): 422, the notice first in <main>, then the error summary.
        await page.locator('textarea[name="body"]').fill('胸　痛了');
        await page.locator('input[name="consent_health"]').check();
        await Promise.all([page.waitForLoadState('load'), page.locator('form[action="/questions/ask"] button[type="submit"]').click()]);
        const first = await page.evaluate(() => document.querySelector('main')!.firstElementChild!.outerHTML);
        assert.match(first, /^<section class="notice urgent-notice" role="alert"/);
        await page.getByRole('alert').filter({ hasText: '请修改以下问题后再提交' }).waitFor();
        assert.deepEqual(await axeViolations(page).then((f) => (f.length ? formatAxe(f) : [])), [], 'the form with errors passes axe');

        // Corrected and sent: the private page, with the notice first again.
        await page.locator('textarea[name="body"]').fill(`昨晚开始胸　痛，白斑的光疗还能继续做吗？${Date.now()}`);
        assert.equal(await page.locator('input[name="consent_health"]').isChecked(), true, 'the consent stays as given');
        await Promise.all([page.waitForURL(/\/questions\/r\/[A-Za-z0-9_-]{22,}$/), page.locator('form[action="/questions/ask"] button[type="submit"]').click()]);
        assert.match(await page.evaluate(() => document.querySelector('main')!.firstElementChild!.outerHTML), /^<section class="notice urgent-notice" role="alert"/);
        await page.getByText('已收到，正在安排医生').waitFor();
        assert.deepEqual(await axeViolations(page).then((f) => (f.length ? formatAxe(f) : [])), [], 'the private page passes axe');
        assert.deepEqual(s.problems.filter((p) => !/422/.test(p)), [], 'no console errors or failed requests');
      } finally {
        await s.close();
      }
    });
  });
}
