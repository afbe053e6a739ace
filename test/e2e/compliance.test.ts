import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openSession, SCREENSHOT_DIR, type Session } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { DIALECTS, editorialServers, type Dialect } from '../helpers/editorial-servers.js';
import { runCli, startServer, type RunningServer } from '../helpers/server.js';

// The compliance checker in the editor, in Chromium against the real entry point, on SQLite and on
// PostgreSQL: an editor types a cure claim and sees it underlined, with its legal basis, while
// typing; the reviewer approves; publishing is refused; the editor rewrites the sentence honestly,
// the new version is approved again and published, and the public page shows the new sentence.

const TEST_TIMEOUT = 90_000;
const PASSWORD = 'e2e compliance pass phrase';
const EDITOR = { email: 'compliance-editor@e2e.example', name: '吴编辑' };
const REVIEWER = { email: 'compliance-reviewer@e2e.example', name: '林清远（审核）', doctor: 'lin-qingyuan' };

const ARTICLE = {
  title: '光疗能帮助白斑复色吗',
  summary: '介绍光疗在白癜风治疗中的作用和照光后的护理。',
  slug: 'e2e-compliance-phototherapy',
  source: '青禾皮肤科普编辑部（演示）',
  bodyStart: '## 光疗的作用\n\n光疗是白癜风常用的治疗方式之一。',
  claim: '本院治疗白癜风可以根治。',
  honest: '光疗的目标是控制病情、促进复色，效果因人而异，需要医生评估。',
  bodyEnd: '\n\n## 照光后的护理\n\n照光后注意防晒，按医生安排复诊。',
};

const world = editorialServers(PASSWORD, EDITOR, REVIEWER);
const servers = world.servers;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/staff/login');
  // The reviewer's role needs a second factor: signInStaff enrols on the first sign-in and enters the code after.
  await signInStaff(page, email, PASSWORD);
  await page.waitForURL((u) => u.pathname === '/staff');
}

/** Resolves when the compliance island's next answer has arrived and been put in the page. */
function nextCompliance(page: Page): Promise<unknown> {
  return page.waitForResponse((r) => new URL(r.url()).pathname === '/staff/articles/compliance' && r.request().method() === 'POST' && r.status() === 200);
}

async function approveAsReviewer(reviewer: Session, articleId: number): Promise<void> {
  const { page } = reviewer;
  await page.goto(`/staff/articles/${articleId}`);
  await Promise.all([page.waitForURL(/\?msg=approved$/), page.getByRole('button', { name: /^审核通过此版本/ }).click()]);
}

for (const dialect of DIALECTS) {
  describe(`compliance findings in the editor, in Chromium (${dialect})`, { timeout: 3 * TEST_TIMEOUT }, () => {
    let editor: Session;
    let reviewer: Session;
    let visitor: Session;
    let articleId = 0;

    before(async () => {
      const server = servers.get(dialect)!;
      const desktop = { viewport: { width: 1400, height: 900 } };
      [editor, reviewer, visitor] = await Promise.all([openSession(world.browser, server.url, desktop), openSession(world.browser, server.url, desktop), openSession(world.browser, server.url, desktop)]);
      await Promise.all([signIn(editor.page, EDITOR.email), signIn(reviewer.page, REVIEWER.email)]);
    });
    after(async () => {
      await Promise.all([editor, reviewer, visitor].map((s) => s?.close()));
    });

    test('typing a cure claim underlines it with its legal basis; the approved article cannot be published', { timeout: TEST_TIMEOUT }, async () => {
      const { page } = editor;
      await page.goto('/staff/articles/new');
      await page.getByLabel('标题', { exact: true }).fill(ARTICLE.title);
      await page.getByLabel(/^摘要/).fill(ARTICLE.summary);
      await page.getByLabel('网址标识', { exact: true }).fill(ARTICLE.slug);
      await page.getByLabel('来源', { exact: true }).fill(ARTICLE.source);
      const body = page.getByLabel(/^正文/);
      const live = page.locator('#compliance-live');
      await body.fill(ARTICLE.bodyStart + ARTICLE.bodyEnd);
      await live.getByText('没有发现需要注意的表述').waitFor();

      // The editor types the claim key by key at the end of the first paragraph.
      await body.evaluate((el: HTMLTextAreaElement, at: number) => el.setSelectionRange(at, at), ARTICLE.bodyStart.length);
      const answered = nextCompliance(page);
      await body.pressSequentially(ARTICLE.claim, { delay: 20 });
      await answered;
      const mark = page.locator('#compliance-live mark[data-rule~="cure-claim"]');
      await mark.waitFor();
      assert.equal((await mark.textContent())?.trim(), '根治', 'the claim is marked in the copy of the body');
      const underline = await mark.locator('u').evaluate((el) => getComputedStyle(el).textDecorationLine);
      assert.match(underline, /underline/, 'and underlined');
      // The mark sits at the checker's offsets: the text before it in its line is the body's own.
      const line = await mark.evaluate((el) => el.closest('li')!.textContent ?? '');
      assert.ok(line.startsWith('光疗是白癜风常用的治疗方式之一。本院治疗白癜风可以根治'), line);
      const item = live.locator('li[data-rule="cure-claim"]');
      await item.getByText(/依据：《广告法》第十六条第一款第（一）项/).waitFor();
      await item.getByText(/建议：/).waitFor();
      assert.equal(await body.inputValue(), ARTICLE.bodyStart + ARTICLE.claim + ARTICLE.bodyEnd, 'the checker never changed the text');

      const axe = await axeViolations(page, '#compliance-live');
      assert.deepEqual(axe.map((v) => `${v.id}: ${v.help}`), [], 'the findings panel passes axe-core');
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `compliance-editor-${dialect}.png`), fullPage: true });

      await Promise.all([page.waitForURL(/\/staff\/articles\/\d+\?msg=created$/), page.getByRole('button', { name: '保存', exact: true }).click()]);
      articleId = Number(/\/staff\/articles\/(\d+)/.exec(page.url())![1]);
      // Saved: the same finding is rendered by the server, without JavaScript's help.
      await page.locator('#compliance-live mark[data-rule~="cure-claim"]').waitFor();
      await page.getByRole('region', { name: '发布前合规检查（已保存的最新版本）' }).getByText('有 1 处错误级问题未处理').waitFor();
      await Promise.all([page.waitForURL(/\?msg=submitted$/), page.getByRole('button', { name: '提交医学审核' }).click()]);

      await approveAsReviewer(reviewer, articleId);

      await page.goto(`/staff/articles/${articleId}`);
      await page.getByRole('heading', { name: '状态：已审核待发布' }).waitFor();
      await Promise.all([page.waitForURL(/\/publish$/), page.getByRole('button', { name: '立即发布' }).click()]);
      await page.getByText(/合规检查发现 1 处错误级问题（正文「根治」），不能发布/).first().waitFor();
      // The refusal was a 409 page (the browser also logs it): the only "problem" this session saw.
      const problems = editor.problems.splice(0);
      assert.ok(problems.some((p) => p.includes(`HTTP 409 for`) && p.endsWith(`/staff/articles/${articleId}/publish`)), problems.join('\n'));
      assert.deepEqual(problems.filter((p) => !p.includes('409')), []);
      const pub = await visitor.page.goto(`/articles/${ARTICLE.slug}`);
      assert.equal(pub?.status(), 404, 'not public');
      visitor.problems.splice(0);
    });

    test('the editor rewrites the sentence; the new version is approved and published', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(articleId, 'the article from the first test exists');
      const { page } = editor;
      await page.goto(`/staff/articles/${articleId}`);
      const body = page.getByLabel(/^正文/);
      const answered = nextCompliance(page);
      await body.fill(ARTICLE.bodyStart + ARTICLE.honest + ARTICLE.bodyEnd);
      await answered;
      await page.locator('#compliance-live').getByText('没有发现需要注意的表述').waitFor();
      assert.equal(await page.locator('#compliance-live mark').count(), 0);
      await Promise.all([page.waitForURL(/\?msg=saved$/), page.getByRole('button', { name: '保存', exact: true }).click()]);
      await page.getByRole('region', { name: '发布前合规检查（已保存的最新版本）' }).getByText('没有未处理的错误级问题').waitFor();
      await Promise.all([page.waitForURL(/\?msg=submitted$/), page.getByRole('button', { name: '提交医学审核' }).click()]);

      await approveAsReviewer(reviewer, articleId);

      await page.goto(`/staff/articles/${articleId}`);
      await Promise.all([page.waitForURL(/\?msg=published$/), page.getByRole('button', { name: '立即发布' }).click()]);
      await page.getByRole('heading', { name: '状态：已发布' }).waitFor();

      const res = await visitor.page.goto(`/articles/${ARTICLE.slug}`);
      assert.equal(res?.status(), 200);
      const article = visitor.page.getByRole('article').first();
      await visitor.page.getByText(ARTICLE.honest).waitFor();
      assert.equal(await visitor.page.getByText('根治').count(), 0, 'the claim is not on the public page');
      assert.ok(await article.count());
      for (const s of [editor, reviewer, visitor]) assert.deepEqual(s.problems.splice(0), [], 'no console errors or failed requests');
    });
  });
}
