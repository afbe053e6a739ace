import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// The search box's suggestions (island) in Chromium on both engines, used with the keyboard only:
// Tab to the box, type, arrow down through the options (announced via aria-activedescendant and
// a status line), Enter opens one, Escape closes the list; axe finds nothing serious with the
// list open; without JavaScript the box is a plain form.

const env = browserAndServers();

async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const serious = (f: { impact: string | null | undefined }[]) => f.filter((x) => x.impact === 'serious' || x.impact === 'critical');

for (const dialect of DIALECTS) {
  describe(`search suggestions in Chromium (${dialect})`, { timeout: 300_000 }, () => {
    test('keyboard only: type, choose with the arrows, Enter opens it; Escape closes; axe clean', { timeout: 180_000 }, async () => {
      const s = await openSession(env.browser, env.servers.get(dialect)!.server.url);
      const { page } = s;
      try {
        await page.goto('/search');
        const box = page.locator('#q');
        assert.equal(await box.getAttribute('role'), 'combobox', 'the island enhanced the box');
        assert.equal(await box.getAttribute('aria-expanded'), 'false');
        await tabTo(page, '#q');
        await page.keyboard.type('伍德');
        const list = page.getByRole('listbox', { name: '搜索建议' });
        await list.waitFor();
        assert.equal(await box.getAttribute('aria-expanded'), 'true');
        await page.getByRole('status').filter({ hasText: /有 \d+ 条搜索建议/ }).waitFor({ state: 'attached' });
        const findings = await axeViolations(page);
        assert.deepEqual(serious(findings), [], formatAxe(findings));

        const options = list.getByRole('option');
        const labels = await options.allTextContents();
        const target = labels.findIndex((l) => l.startsWith('伍德灯检查'));
        assert.ok(target >= 0, labels.join(' | '));
        for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
        assert.equal(await box.getAttribute('aria-activedescendant'), `q-suggestion-${target}`);
        assert.equal(await options.nth(target).getAttribute('aria-selected'), 'true');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', 'focus stays in the box');
        await Promise.all([page.waitForURL(/\/articles\/woods-lamp-exam$/), page.keyboard.press('Enter')]);

        // Escape closes the list; Enter then submits what was typed (here a homophone).
        await page.goto('/search');
        await tabTo(page, '#q');
        await page.keyboard.type('白颠风');
        await list.waitFor();
        await page.keyboard.press('Escape');
        await list.waitFor({ state: 'hidden' });
        assert.equal(await box.getAttribute('aria-expanded'), 'false');
        await Promise.all([page.waitForURL(/\/search\?q=/), page.keyboard.press('Enter')]);
        await page.getByText('已为您显示“白癜风”的结果').waitFor();
        const after = await axeViolations(page);
        assert.deepEqual(serious(after), [], formatAxe(after));
        assert.deepEqual(s.problems, []);
      } finally {
        await s.close();
      }
    });

    test('without JavaScript the box is a plain form', { timeout: 90_000 }, async () => {
      const s = await openSession(env.browser, env.servers.get(dialect)!.server.url, { javaScriptEnabled: false });
      const { page } = s;
      try {
        await page.goto('/en/search');
        assert.equal(await page.locator('#q').getAttribute('role'), null);
        await tabTo(page, '#q');
        await page.keyboard.type('vitiligo');
        await Promise.all([page.waitForURL(/\/en\/search\?q=vitiligo/), page.keyboard.press('Enter')]);
        assert.ok((await page.locator('ol.search-results li').count()) >= 5);
      } finally {
        await s.close();
      }
    });
  });
}
