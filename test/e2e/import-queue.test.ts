import { signInStaff } from '../helpers/browser-staff.js';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { axeViolations, formatAxe, openSession, type Session } from '../helpers/browser.js';
import { DIALECTS, editorialServers } from '../helpers/editorial-servers.js';
import { runCli } from '../helpers/server.js';
import { TOPICS } from '../fixtures/legacy-site/content.js';
import { startLegacySite, type RunningSite } from '../fixtures/legacy-site/site.js';

// Issue 14 in a real browser against the real entry point, on SQLite and PostgreSQL: a DedeCMS dump
// (GBK) is imported with the real CLI; an editor opens the import queue, takes the worst article,
// rewrites its risky sentence and submits it; a reviewer approves it; the editor publishes it; the
// old DedeCMS address now answers 301 to the new page. axe-core finds nothing serious on the pages.

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'legacy-site');
const PASSWORD = 'e2e import pass phrase';
const EDITOR = { email: 'import-editor@e2e.example', name: '韩编辑' };
const REVIEWER = { email: 'import-reviewer@e2e.example', name: '林清远（审核）', doctor: 'lin-qingyuan' };

let site: RunningSite;
before(async () => {
  site = await startLegacySite();
});
after(async () => {
  await site?.close();
});
const world = editorialServers(PASSWORD, EDITOR, REVIEWER);

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/staff/login');
  // The reviewer enrols a second factor on first sign-in (STAFF_2FA_ROLES): the shared helper does it.
  await signInStaff(page, email, PASSWORD);
}

async function noSeriousAxe(page: Page, what: string): Promise<void> {
  const bad = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(bad.length, 0, `${what}:\n${formatAxe(bad)}`);
}

for (const dialect of DIALECTS) {
  describe(`the import queue in Chromium (${dialect})`, { timeout: 5 * 60_000 }, () => {
    let editor: Session;
    let reviewer: Session;
    let visitor: Session;
    before(async () => {
      const server = world.servers.get(dialect)!;
      await runCli(server, ['import', '--from-dedecms', path.join(FIXTURES, 'dedecms.sql'), '--base', site.url, '--map', path.join(FIXTURES, 'category-map.json')], '', 180_000);
      const open = () => openSession(world.browser, server.url, { viewport: { width: 1280, height: 900 } });
      [editor, reviewer, visitor] = await Promise.all([open(), open(), open()]);
    });
    after(async () => {
      await Promise.all([editor, reviewer, visitor].map((s) => s?.close()));
    });

    test('editor fixes the worst article from the queue, reviewer approves, the old URL redirects to it', { timeout: 4 * 60_000 }, async () => {
      const e = editor.page;
      await signIn(e, EDITOR.email);
      await Promise.all([e.waitForURL('**/staff/import'), e.getByRole('navigation', { name: '后台导航' }).getByRole('link', { name: '导入队列' }).click()]);
      await noSeriousAxe(e, 'the batch list');
      await Promise.all([e.waitForURL(/\/staff\/import\/\d+$/), e.getByRole('link', { name: /^第 \d+ 批$/ }).first().click()]);
      await noSeriousAxe(e, 'the import queue');
      const items = e.locator('li.import-item');
      assert.equal(await items.count(), 6);
      const errorsOf = async (i: number) => Number(/严重 (\d+)/.exec((await items.nth(i).locator('.meta').textContent()) ?? '')![1]);
      const counts = await Promise.all([0, 1, 2, 3, 4, 5].map(errorsOf));
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'worst first');
      assert.ok(counts[0]! > 0);
      await items.first().locator('li.finding.error').first().waitFor();

      const worst = items.first().getByRole('heading', { level: 2 }).getByRole('link');
      const title = ((await worst.textContent()) ?? '').trim();
      const topic = TOPICS.find((t) => t.title === title)!;
      assert.ok(topic?.risky, `the worst article is one with a risky claim (${title})`);
      const oldPath = /旧地址 (\S+)/.exec((await items.first().locator('.meta').textContent()) ?? '')![1]!;
      assert.match(oldPath, /^\/html\/\w+\/\d{4}\/\d{4}\/\d+\.html$/);

      // Before publication the old address says the page has moved.
      const pending = await visitor.page.goto(oldPath);
      assert.equal(pending?.status(), 404);
      await visitor.page.getByRole('heading', { level: 1, name: '此页面已迁移' }).waitFor();

      await Promise.all([e.waitForURL(/\/staff\/articles\/\d+$/), worst.click()]);
      const articleUrl = e.url();
      const body = e.getByLabel(/^正文/);
      const text = await body.inputValue();
      assert.ok(text.includes(topic.risky!), 'the import did not rewrite the text');
      await body.fill(text.replace(topic.risky!, '治疗效果因人而异，请在面诊时与医生讨论。'));
      await Promise.all([e.waitForURL(/\?msg=saved$/), e.getByRole('button', { name: '保存', exact: true }).click()]);
      await Promise.all([e.waitForURL(/\?msg=submitted$/), e.getByRole('button', { name: '提交医学审核' }).click()]);

      const r = reviewer.page;
      await signIn(r, REVIEWER.email);
      await r.goto(articleUrl);
      await Promise.all([r.waitForURL(/\?msg=approved$/), r.getByRole('button', { name: /^审核通过此版本（#\d+）$/ }).click()]);

      await e.goto(articleUrl);
      await Promise.all([e.waitForURL(/\?msg=published$/), e.getByRole('button', { name: '立即发布' }).click()]);
      await e.getByRole('heading', { name: '状态：已发布' }).waitFor();

      const v = visitor.page;
      const res = await v.goto(oldPath);
      assert.equal(res?.status(), 200);
      assert.equal(res?.request().redirectedFrom()?.url().endsWith(oldPath), true);
      assert.equal((await res!.request().redirectedFrom()!.response())?.status(), 301);
      assert.match(new URL(v.url()).pathname, /^\/articles\/[a-z0-9-]+$/);
      await v.getByRole('heading', { level: 1, name: title }).waitFor();
      await noSeriousAxe(v, 'the published imported article');

      await e.goto('/staff/redirects');
      await noSeriousAxe(e, 'the redirects page');
      await e.getByRole('cell', { name: oldPath, exact: true }).waitFor();
    });
  });
}
