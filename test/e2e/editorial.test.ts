import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SQLite } from '../../src/db/sqlite-driver.js';
import pg from 'pg';
import type { Browser, Locator, Page } from 'playwright-core';
import { sqliteFile } from '../../src/db/connection.js';
import { doctors } from '../../src/demo/data/doctors.js';
import { formatDate } from '../../src/web/i18n.js';
import { axeViolations, formatAxe, launchBrowser, openSession, SCREENSHOT_DIR, type Session } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { DIALECTS, editorialServers, type Dialect } from '../helpers/editorial-servers.js';
import { runCli, startServer, type RunningServer } from '../helpers/server.js';

// The editorial workflow as staff do it, in a real browser against the real entry point, once on
// SQLite and once on PostgreSQL with the same assertions: accounts made with the real CLI; an editor
// writes an article with every block type (watching the live preview), submits it; a reviewer linked
// to a doctor approves it from the dashboard; the editor publishes it; an edit afterwards needs a new
// approval while the public page keeps the approved text; the audit log, read straight from the
// database, names the right actor for each step. Then keyboard use, axe-core and a screenshot.
//
// The tests of one database share the article and the signed-in browser contexts, and run in order.

const TEST_TIMEOUT = 60_000;
const TIME_ZONE = 'Asia/Shanghai'; // the server's default CLINIC_TIMEZONE (no CLINIC_TIMEZONE is passed)

const PASSWORD = 'e2e editorial pass phrase';
const EDITOR = { email: 'editor@e2e.example', name: '周编辑' };
const REVIEWER = { email: 'reviewer@e2e.example', name: '林清远（审核）', doctor: 'lin-qingyuan' };
const reviewerDoctor = doctors.find((d) => d.slug === REVIEWER.doctor)!;

const ARTICLE = {
  title: '光疗后皮肤发红怎么护理（端到端）',
  summary: '光疗后出现轻度发红较常见，本文说明居家护理方法和需要复诊的情况。',
  slug: 'e2e-care-after-phototherapy',
  source: '青禾皮肤科普编辑部（演示）',
  // Filled in one go; then TYPED is typed key by key at the end, as a person would.
  bodyStart: '## 为什么会发红\n\n光疗后局部轻度发红通常在一两天内减轻。\n\n{{block:keyfacts-1}}\n\n## 怎样护理\n\n注意保湿和防晒。',
  typed: '\n\n## 什么时候复诊\n\n红肿持续三天以上请及时复诊。',
};
const EDITED_BODY = '## 为什么会发红\n\n这是审核之后改写的新正文，尚未审核。';

const BLOCKS = {
  keyFacts: { group: '要点表格（keyfacts-1）', title: '要点', columns: '项目 | 说明', rows: ['发红 | 通常一两天内减轻', '瘙痒 | 可冷敷，避免抓挠'] },
  tips: { group: '温馨提示（tips-1）', title: '护理小贴士', items: ['照光后当天避免暴晒', '按医生安排复诊'] },
  contraindications: { group: '不适合人群（contraindications-1）', title: '哪些人不适合光疗', intro: '请在治疗前告诉医生：', items: ['对光敏感的人', '正在使用光敏药物的人'] },
  faq: {
    group: '常见问答（faq-1）',
    title: '你可能还想问',
    pairs: [
      { q: '发红需要停疗吗？', a: '轻度发红一般不需要，请遵医嘱。' },
      { q: '可以化妆吗？', a: '建议等发红消退后再使用。' },
    ],
  },
};

interface World {
  server: RunningServer;
  editor: Session;
  reviewer: Session;
  visitor: Session;
  articleId: number;
}

const world = editorialServers(PASSWORD, EDITOR, REVIEWER);
const servers = world.servers;

for (const dialect of DIALECTS) {
  describe(`the editorial workflow in Chromium (${dialect})`, { timeout: 3 * 60_000 }, () => {
    const w = {} as World;

    before(async () => {
      w.server = servers.get(dialect)!;
      const desktop = { viewport: { width: 1400, height: 900 } };
      [w.editor, w.reviewer, w.visitor] = await Promise.all([staffSession(w.server, desktop), staffSession(w.server, desktop), staffSession(w.server, desktop)]);
    });
    after(async () => {
      await Promise.all([w.editor, w.reviewer, w.visitor].map((s) => s?.close()));
    });

    /** Fails if any of the sessions saw console errors or failed requests, then starts afresh. */
    const noProblems = () => {
      const problems = [w.editor, w.reviewer, w.visitor].flatMap((s) => realProblems(s));
      assert.deepEqual(problems, [], 'the pages loaded without console errors or failed requests');
    };

    test('write: the editor signs in, writes an article with every block type, sees the live preview follow typing, and saves', { timeout: TEST_TIMEOUT }, async () => {
      const { page } = w.editor;
      await page.goto('/staff');
      assert.equal(new URL(page.url()).pathname, '/staff/login', 'the back office asks for a sign-in first');
      await signIn(page, EDITOR.email);

      const nav = page.getByRole('navigation', { name: '后台导航' });
      await Promise.all([page.waitForURL('**/staff/articles'), nav.getByRole('link', { name: '文章', exact: true }).click()]);
      await assertHeading(page, '文章');
      await Promise.all([page.waitForURL('**/staff/articles/new'), page.getByRole('link', { name: '写新文章' }).click()]);
      await assertHeading(page, '新文章');

      await page.getByLabel('标题', { exact: true }).fill(ARTICLE.title);
      await page.getByLabel(/^摘要/).fill(ARTICLE.summary);
      await page.getByLabel('网址标识', { exact: true }).fill(ARTICLE.slug);
      await page.getByLabel('来源', { exact: true }).fill(ARTICLE.source);

      // The live preview: the island posts the form to /staff/articles/preview and swaps the
      // `.preview` section; the page itself must not reload.
      const preview = page.getByRole('region', { name: '预览' });
      await page.evaluate(() => ((window as unknown as { e2eSamePage: boolean }).e2eSamePage = true));
      let navigations = 0;
      const countNavigation = (f: { parentFrame(): unknown }) => {
        if (!f.parentFrame()) navigations++;
      };
      page.on('framenavigated', countNavigation);
      const body = page.getByLabel(/^正文/);
      let previewed = waitForPreview(page);
      await body.fill(ARTICLE.bodyStart);
      await previewed;
      await preview.getByRole('heading', { level: 2, name: '为什么会发红' }).waitFor();
      await preview.getByText('光疗后局部轻度发红通常在一两天内减轻。').waitFor();
      assert.equal(await preview.getByText('红肿持续三天以上').count(), 0);

      previewed = waitForPreview(page);
      await body.press('ControlOrMeta+End');
      await body.pressSequentially(ARTICLE.typed, { delay: 15 });
      await previewed;
      await preview.getByRole('heading', { level: 2, name: '什么时候复诊' }).waitFor();
      await preview.getByText('红肿持续三天以上请及时复诊。').waitFor();
      assert.equal(await page.evaluate(() => (window as unknown as { e2eSamePage?: boolean }).e2eSamePage), true, 'the page was not reloaded');
      assert.equal(navigations, 0, 'no navigation while the preview updated');
      page.off('framenavigated', countNavigation);
      assert.equal(await body.inputValue(), ARTICLE.bodyStart + ARTICLE.typed, 'the typed text is in the body, as typed');

      // One block of every type, with the "添加…" buttons (each is a plain form post: no JavaScript needed).
      const kf = await addBlock(page, '添加要点表格', BLOCKS.keyFacts.group);
      assert.equal(await page.getByLabel('标题', { exact: true }).first().inputValue(), ARTICLE.title, 'adding a block keeps what was typed');
      assert.equal(await page.getByLabel(/^正文/).inputValue(), ARTICLE.bodyStart + ARTICLE.typed);
      await kf.getByLabel('标题', { exact: true }).fill(BLOCKS.keyFacts.title);
      await kf.getByLabel(/^列名/).fill(BLOCKS.keyFacts.columns);
      await kf.getByLabel(/^表格内容/).fill(BLOCKS.keyFacts.rows.join('\n'));

      const tips = await addBlock(page, '添加温馨提示', BLOCKS.tips.group);
      await tips.getByLabel('标题', { exact: true }).fill(BLOCKS.tips.title);
      await tips.getByLabel(/^内容/).fill(BLOCKS.tips.items.join('\n'));

      const contra = await addBlock(page, '添加不适合人群', BLOCKS.contraindications.group);
      await contra.getByLabel('标题', { exact: true }).fill(BLOCKS.contraindications.title);
      await contra.getByLabel(/^说明/).fill(BLOCKS.contraindications.intro);
      await contra.getByLabel(/^内容/).fill(BLOCKS.contraindications.items.join('\n'));

      const faq = await addBlock(page, '添加常见问答', BLOCKS.faq.group);
      await faq.getByLabel('标题', { exact: true }).fill(BLOCKS.faq.title);
      previewed = waitForPreview(page);
      await faq.getByLabel(/^问答/).fill(BLOCKS.faq.pairs.map((p) => `问：${p.q}\n答：${p.a}`).join('\n\n'));
      await previewed;
      // Every field is valid now, so the live preview shows the blocks too, the key facts where the body places them.
      const livePreview = page.getByRole('region', { name: '预览' });
      await livePreview.locator('.block.faq').getByText(BLOCKS.faq.pairs[1]!.q).waitFor();
      assert.equal(await livePreview.locator('.block').count(), 4, 'the preview shows the four blocks');
      await assertBefore(livePreview.locator('.block.key-facts'), livePreview.getByRole('heading', { name: '怎样护理' }), 'the key facts sit where {{block:keyfacts-1}} is');
      // Every block's own fields kept what was typed across the three page reloads.
      assert.equal(await page.getByRole('group', { name: BLOCKS.keyFacts.group }).getByLabel(/^表格内容/).inputValue(), BLOCKS.keyFacts.rows.join('\n'));
      assert.equal(await page.getByRole('group', { name: BLOCKS.tips.group }).getByLabel(/^内容/).inputValue(), BLOCKS.tips.items.join('\n'));

      await Promise.all([page.waitForURL(/\/staff\/articles\/\d+\?msg=created$/), page.getByRole('button', { name: '保存', exact: true }).click()]);
      w.articleId = Number(/\/staff\/articles\/(\d+)/.exec(page.url())![1]);
      await page.getByRole('status').getByText('已创建。').waitFor();
      await assertHeading(page, `编辑：${ARTICLE.title}`);
      await page.getByRole('heading', { name: '状态：草稿' }).waitFor();
      for (const b of Object.values(BLOCKS)) assert.equal(await page.getByRole('group', { name: b.group }).count(), 1, `${b.group} was saved`);
      assert.equal(await page.getByLabel(/^正文/).inputValue(), ARTICLE.bodyStart + ARTICLE.typed, 'the saved body is what was typed');
      noProblems();
    });

    test('review: the editor submits it for review; the reviewer opens it from the dashboard and approves this revision', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      const { page } = w.editor;
      await Promise.all([page.waitForURL(/\?msg=submitted$/), page.getByRole('button', { name: '提交医学审核' }).click()]);
      await page.getByRole('status').getByText('已提交医学审核。').waitFor();
      await page.getByRole('heading', { name: '状态：待审核' }).waitFor();
      assert.equal(await page.getByRole('button', { name: '立即发布' }).count(), 0, 'nothing to publish before the approval');

      const r = w.reviewer.page;
      await r.goto('/staff/login');
      await signIn(r, REVIEWER.email);
      const queue = r.getByRole('region', { name: '等待医学审核（1）' });
      const link = queue.getByRole('link', { name: ARTICLE.title, exact: true });
      await Promise.all([r.waitForURL(`**/staff/articles/${w.articleId}`), link.click()]);
      await r.getByRole('heading', { name: '状态：待审核' }).waitFor();
      // The reviewer reads the article as patients would see it, and cannot edit it.
      assert.equal(await r.locator('#article-editor').count(), 0, 'a reviewer gets no editor form');
      await r.getByRole('region', { name: '预览' }).getByText('红肿持续三天以上请及时复诊。').waitFor();
      const approve = r.getByRole('button', { name: /^审核通过此版本（#\d+）$/ });
      await Promise.all([r.waitForURL(/\?msg=approved$/), approve.click()]);
      await r.getByRole('status').getByText('已通过医学审核。').waitFor();
      await r.getByRole('heading', { name: '状态：已审核待发布' }).waitFor();
      await r.getByText(new RegExp(`最新版本已由 ${reviewerDoctor.name}（执业证号 ${reviewerDoctor.licenceNo}）于 .+ 审核通过。`)).waitFor();
      assert.equal(await r.getByRole('button', { name: '立即发布' }).count(), 0, 'reviewers do not publish');
      noProblems();
    });

    test('publish: the editor publishes; the public page shows the title, every block and the medical review by 林清远 with its date', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      const { page } = w.editor;
      await page.reload();
      await page.getByRole('heading', { name: '状态：已审核待发布' }).waitFor();
      await Promise.all([page.waitForURL(/\?msg=published$/), page.getByRole('button', { name: '立即发布' }).click()]);
      await page.getByRole('status').getByText('已发布，公开页面已更新。').waitFor();
      await page.getByRole('heading', { name: '状态：已发布' }).waitFor();
      await page.getByRole('link', { name: `/articles/${ARTICLE.slug}` }).waitFor();

      const v = w.visitor.page;
      const res = await v.goto(`/articles/${ARTICLE.slug}`);
      assert.equal(res?.status(), 200);
      await assertHeading(v, ARTICLE.title);
      const article = v.getByRole('article');
      await article.getByRole('heading', { level: 2, name: '什么时候复诊' }).waitFor();
      await article.getByText('红肿持续三天以上请及时复诊。').waitFor();

      // Key facts: a table with its column headers and both rows, placed where the body said.
      const kf = article.locator('.block.key-facts');
      await kf.getByRole('heading', { name: BLOCKS.keyFacts.title }).waitFor();
      const table = kf.getByRole('table');
      assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['项目', '说明']);
      const rows = table.locator('tbody').getByRole('row');
      assert.equal(await rows.count(), 2);
      assert.deepEqual(await rows.nth(0).locator('th, td').allTextContents(), ['发红', '通常一两天内减轻']);
      assert.deepEqual(await rows.nth(1).locator('th, td').allTextContents(), ['瘙痒', '可冷敷，避免抓挠']);
      await assertBefore(kf, article.getByRole('heading', { name: '怎样护理' }), 'the key facts table is placed by {{block:keyfacts-1}}');
      // Tips, contraindications and FAQ, each a landmark named by its heading.
      const tips = article.getByRole('complementary', { name: BLOCKS.tips.title });
      assert.deepEqual(await tips.getByRole('listitem').allTextContents(), BLOCKS.tips.items);
      const contra = article.getByRole('region', { name: BLOCKS.contraindications.title });
      await contra.getByText(BLOCKS.contraindications.intro).waitFor();
      assert.deepEqual(await contra.getByRole('listitem').allTextContents(), BLOCKS.contraindications.items);
      const faq = article.getByRole('region', { name: BLOCKS.faq.title });
      assert.deepEqual(await faq.locator('dt').allTextContents(), BLOCKS.faq.pairs.map((p) => p.q));
      assert.deepEqual(await faq.locator('dd').allTextContents(), BLOCKS.faq.pairs.map((p) => p.a));

      // The review line: the reviewer's doctor name (not the staff account's) and the approval date.
      const approvedAt = await auditTimeOf(w.server, w.articleId, 'article.approve');
      const review = v.locator('.article-head .review');
      const reviewText = ((await review.textContent()) ?? '').replace(/\s+/g, '');
      assert.ok(reviewText.startsWith(`医学审核：${reviewerDoctor.name}`), `review line: ${reviewText}`);
      assert.ok(reviewText.includes(`审核日期：${formatDate(approvedAt, 'zh-CN', TIME_ZONE)}`), `the review date ${formatDate(approvedAt, 'zh-CN', TIME_ZONE)} is shown: ${reviewText}`);
      assert.ok(reviewText.includes(reviewerDoctor.licenceNo), 'the licence number is shown');
      assert.equal(await review.locator('time').first().getAttribute('datetime'), approvedAt, 'the <time> carries the approval instant');
      await review.getByRole('link', { name: reviewerDoctor.name }).waitFor();
      noProblems();
    });

    test('edit after publishing: back to 草稿; 立即发布 is gone, a forced publish is refused with 409, the public page keeps the approved text', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      const { page } = w.editor;
      await page.goto(`/staff/articles/${w.articleId}`);
      await page.getByLabel(/^正文/).fill(EDITED_BODY);
      await Promise.all([page.waitForURL(/\?msg=saved$/), page.getByRole('button', { name: '保存', exact: true }).click()]);
      await page.getByRole('status').getByText('已保存。').waitFor();
      await page.getByRole('heading', { name: '状态：草稿' }).waitFor();
      await page.getByText('有待发布的新版本，线上仍显示旧版本', { exact: false }).waitFor();
      await page.getByText('最新版本尚未通过医学审核。').waitFor();
      assert.equal(await page.getByRole('button', { name: '立即发布' }).count(), 0, '立即发布 is no longer offered');
      assert.equal(await page.getByRole('button', { name: '定时发布' }).count(), 0, 'nor is scheduling');

      // Forced: the same POST the button would send, with the page's CSRF token and the session cookie.
      const token = await page.locator('#article-editor input[name="_csrf"]').inputValue();
      assert.ok(token.length > 10, 'the page carries a CSRF token');
      const forced = await page.request.post(`/staff/articles/${w.articleId}/publish`, { form: { _csrf: token }, maxRedirects: 0 });
      assert.equal(forced.status(), 409, 'publishing an unapproved revision is refused');
      assert.ok((await forced.text()).includes('这个版本还没有通过医学审核，不能发布。'), 'and the page says why');
      // Without the token the same request is refused before it reaches the workflow.
      const noToken = await page.request.post(`/staff/articles/${w.articleId}/publish`, { form: {}, maxRedirects: 0 });
      assert.equal(noToken.status(), 403, 'no CSRF token, no publish');

      const v = w.visitor.page;
      await v.goto(`/articles/${ARTICLE.slug}`);
      await assertHeading(v, ARTICLE.title);
      const article = v.getByRole('article');
      await article.getByText('红肿持续三天以上请及时复诊。').waitFor();
      assert.equal(await article.getByText('审核之后改写的新正文').count(), 0, 'the unapproved edit is not public');
      assert.equal(await article.locator('.block').count(), 4, 'the approved blocks are still shown');
      noProblems();
    });

    test('keyboard: Tab from the top reaches the title, the body and 保存; Enter on the focused 保存 (and in the title field) saves', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      const { page } = w.editor;
      await page.goto(`/staff/articles/${w.articleId}`);
      const order: string[] = [];
      const noOutline: string[] = [];
      let onSave = false;
      for (let press = 0; press < 150 && !onSave; press++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            id: el.id,
            save: el.tagName === 'BUTTON' && el.getAttribute('value') === 'save' && el.closest('#article-editor') !== null,
            desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`,
            outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          };
        });
        if (!f) continue;
        order.push(f.save ? 'save' : f.id || f.desc);
        if (!f.outlined) noOutline.push(f.desc);
        onSave = f.save;
      }
      assert.ok(onSave, `Tab reached 保存 (focus went through: ${order.join(', ')})`);
      const at = (k: string) => order.indexOf(k);
      assert.ok(at('title') >= 0 && at('body_md') > at('title') && at('save') > at('body_md'), `title, then body, then 保存 in Tab order: ${order.join(', ')}`);
      assert.deepEqual(noOutline, [], 'every focused control shows a focus outline');

      // Enter on the focused 保存: the form is submitted with action=save (nothing changed, so no new revision).
      await Promise.all([page.waitForURL(/\?msg=unchanged$/), page.keyboard.press('Enter')]);
      await page.getByRole('status').getByText('内容没有变化，未生成新版本。').waitFor();

      // Enter in a one-line field submits the form as 保存 too (its default button), not as the
      // first button in the form, 添加要点表格, which would quietly add an empty block.
      await page.getByLabel('标题', { exact: true }).first().press('Enter');
      await page.waitForURL(/\?msg=unchanged$/);
      await page.getByRole('status').getByText('内容没有变化，未生成新版本。').waitFor();
      assert.equal(await page.getByRole('group', { name: /^要点表格/ }).count(), 1, 'Enter added no block');
      noProblems();
    });

    test('axe-core: no serious or critical WCAG 2.2 AA violation on the login page, dashboard, editor and revisions page', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      const s = await staffSession(w.server, { viewport: { width: 1400, height: 900 } });
      try {
        const { page } = s;
        const report: string[] = [];
        const check = async (what: string) => {
          const bad = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
          if (bad.length) report.push(`${what} (${new URL(page.url()).pathname}):\n${formatAxe(bad)}`);
        };
        await page.goto('/staff/login');
        await assertHeading(page, '员工登录');
        await check('login page');
        await signIn(page, EDITOR.email);
        await check('dashboard');
        await page.goto(`/staff/articles/${w.articleId}`);
        await page.getByRole('group', { name: BLOCKS.faq.group }).waitFor();
        await check('editor page (with all four block types)');
        await page.goto('/staff/articles/new');
        await check('new article page');
        await page.goto(`/staff/articles/${w.articleId}/revisions`);
        await assertHeading(page, `版本历史：${ARTICLE.title}`);
        await check('revisions page');
        assert.equal(report.length, 0, `accessibility violations (axe serious/critical):\n${report.join('\n\n')}`);
        assert.deepEqual(realProblems(s), [], 'the pages loaded without console errors or failed requests');
      } finally {
        await s.close();
      }
    });

    test('screenshot of the editor page at 1400×900', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, dialect === 'sqlite' ? 'editor.png' : `editor-${dialect}.png`);
      fs.rmSync(file, { force: true });
      const { page } = w.editor;
      await page.goto(`/staff/articles/${w.articleId}`);
      await assertHeading(page, `编辑：${ARTICLE.title}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 1400, `the editor page scrolls sideways: scrollWidth ${width}`);
      // Side by side at this width: the form on the left, the preview on the right.
      const formBox = await page.locator('#article-editor').boundingBox();
      const previewBox = await page.getByRole('region', { name: '预览' }).boundingBox();
      assert.ok(formBox && previewBox && previewBox.x >= formBox.x + formBox.width, `the preview is beside the form: ${JSON.stringify({ formBox, previewBox })}`);
      await page.screenshot({ path: file });
      const buf = fs.readFileSync(file);
      assert.equal(buf.subarray(1, 4).toString('latin1'), 'PNG');
      assert.deepEqual({ width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }, { width: 1400, height: 900 });
      noProblems();
    });

    test('audit log: each step of the flow with the right actor, read from the database (runs last: the keyboard test must add nothing)', { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(w.articleId, 'the article written in the first test exists');
      const { events, users } = await auditOf(w.server, w.articleId);
      const editorId = users.get(EDITOR.email);
      const reviewerId = users.get(REVIEWER.email);
      assert.ok(editorId && reviewerId && editorId !== reviewerId, 'both accounts exist');
      assert.deepEqual(
        events.map((e) => [e.action, e.actor_user_id, e.actor_name]),
        [
          ['article.create', editorId, EDITOR.name],
          ['article.submit', editorId, EDITOR.name],
          ['article.approve', reviewerId, REVIEWER.name],
          ['article.publish', editorId, EDITOR.name],
          ['article.save', editorId, EDITOR.name],
        ],
        'one event per step, by whoever did it (the refused publish and the unchanged save left none)',
      );
      for (const e of events) assert.equal(e.ip, '127.0.0.1', `${e.action} records the browser's address`);
      for (const e of events) assert.match(e.user_agent, /Chrome/, `${e.action} records the browser's user agent`);
    });
  });
}

async function staffSession(server: RunningServer, options: Parameters<typeof openSession>[2]): Promise<Session> {
  return openSession(world.browser, server.url, options);
}

/** The session's problems so far (console errors, failed requests), emptied. */
function realProblems(s: Session): string[] {
  return s.problems.splice(0);
}

async function signIn(page: Page, email: string): Promise<void> {
  await assertHeading(page, '员工登录');
  // The reviewer's role needs a second factor: signInStaff enrols on the first sign-in and enters the code after.
  await signInStaff(page, email, PASSWORD);
  await page.waitForURL((u) => u.pathname === '/staff');
  await assertHeading(page, '工作台');
}

/**
 * Clicks an "添加…" button (a form post that re-renders the editor) and returns the new block's
 * fieldset, once the new page has loaded: its preview island (a module script, which runs before
 * `load`) must be listening before anything is typed, or that typing updates no preview.
 */
async function addBlock(page: Page, button: string, group: string): Promise<Locator> {
  const fieldset = page.getByRole('group', { name: group });
  assert.equal(await fieldset.count(), 0, `${group} is not there yet`);
  const loaded = page.waitForEvent('load');
  await page.getByRole('button', { name: button, exact: true }).click();
  await loaded;
  await fieldset.waitFor();
  return fieldset;
}

/** Resolves when the live-preview island's next request has been answered (200). */
function waitForPreview(page: Page): Promise<void> {
  return page
    .waitForResponse((r) => new URL(r.url()).pathname === '/staff/articles/preview' && r.request().method() === 'POST' && r.status() === 200)
    .then(() => undefined);
}

async function assertBefore(a: Locator, b: Locator, message: string): Promise<void> {
  const handleB = await b.elementHandle();
  const before = await a.evaluate((x, y) => !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, handleB);
  assert.ok(before, message);
}

async function assertHeading(page: Page, text: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await h1.waitFor();
  assert.equal(((await h1.textContent()) ?? '').trim(), text, `<h1> on ${page.url()}`);
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  actor_user_id: number | null;
  actor_name: string;
  ip: string;
  user_agent: string;
}

/** Reads the audit log straight from the server's database: better-sqlite3 on the file, or pg. */
async function auditOf(server: RunningServer, articleId: number): Promise<{ events: AuditRow[]; users: Map<string, number> }> {
  const events = `select id, at, action, actor_user_id, actor_name, ip, user_agent from audit_event where subject_type = 'article' and subject_id = $1 order by id`;
  const users = `select id, email from staff_user`;
  if (server.dialect === 'sqlite') {
    const db = new SQLite(sqliteFile(server.dataDir), { readonly: true, fileMustExist: true });
    try {
      return {
        events: db.prepare(events.replace('$1', '?')).all(String(articleId)) as AuditRow[],
        users: new Map((db.prepare(users).all() as { id: number; email: string }[]).map((u) => [u.email, u.id])),
      };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    const e = await client.query(events, [String(articleId)]);
    const u = await client.query(users);
    return {
      events: e.rows.map((r) => ({ ...r, id: Number(r.id), actor_user_id: r.actor_user_id === null ? null : Number(r.actor_user_id) })),
      users: new Map(u.rows.map((r) => [r.email as string, Number(r.id)])),
    };
  } finally {
    await client.end();
  }
}

async function auditTimeOf(server: RunningServer, articleId: number, action: string): Promise<string> {
  const row = (await auditOf(server, articleId)).events.find((e) => e.action === action);
  assert.ok(row, `the audit log has ${action}`);
  return row.at;
}
