import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, formatAxe, launchBrowser, openSession, SCREENSHOT_DIR, type Session } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { runCli, startServer, type RunningServer } from '../helpers/server.js';

// Issue 17 items 3 and 10 in Chromium against the real entry point, on both engines:
// - an admin uploads a doctor's photo and drags the crop box; the stored portrait is the part
//   inside the box; without JavaScript the same form stores a centred crop;
// - an editor inserts a library image into an article (no alt text: an error and nothing
//   inserted), then pastes an image file into the body, which asks for alt text the same way;
// - a public article page's og:image is a 1200×630 PNG under 100 KB.
// axe-core finds nothing serious on the pages touched.

const PASSWORD = 'e2e images pass phrase';
const ADMIN = { email: 'admin@e2e.example', name: '郑管理' };
const EDITOR = { email: 'editor@e2e.example', name: '何编辑' };
const DIALECTS = ['sqlite', 'postgres'] as const;

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Upright 900×1200 photo: top half red, bottom half blue. */
const photo = () =>
  sharp({ create: { width: 900, height: 1200, channels: 3, background: '#ff0000' } })
    .composite([{ input: { create: { width: 900, height: 600, channels: 3, background: '#0000ff' } }, left: 0, top: 600 }])
    .jpeg()
    .toBuffer();

async function noSeriousAxe(page: Page, what: string) {
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(serious.length, 0, `${what}:\n${formatAxe(serious)}`);
}

async function meanOf(url: string): Promise<{ r: number; b: number; width: number; height: number }> {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  const bytes = Buffer.from(await res.arrayBuffer());
  const meta = await sharp(bytes).metadata();
  const [r, , b] = (await sharp(bytes).stats()).channels.map((c) => Math.round(c.mean));
  return { r: r!, b: b!, width: meta.width!, height: meta.height! };
}

for (const dialect of DIALECTS) {
  describe(`staff images in Chromium (${dialect})`, { timeout: 4 * 60_000 }, () => {
    let server: RunningServer;
    const sessions: Session[] = [];
    before(async () => {
      server = await startServer({ dialect });
      await Promise.all([
        runCli(server, ['create-user', '--email', ADMIN.email, '--name', ADMIN.name, '--role', 'admin', '--password-stdin'], `${PASSWORD}\n`),
        runCli(server, ['create-user', '--email', EDITOR.email, '--name', EDITOR.name, '--role', 'editor', '--password-stdin'], `${PASSWORD}\n`),
      ]);
    });
    after(async () => {
      for (const s of sessions) await s.close();
      const code = await server?.stop();
      assert.equal(code, 0, `the ${dialect} server did not stop cleanly:\n${server?.output().slice(-3000)}`);
    });
    const open = async (opts: Parameters<typeof openSession>[2] = {}) => {
      const s = await openSession(browser, server.url, { viewport: { width: 1280, height: 900 }, ...opts });
      sessions.push(s);
      return s;
    };

    test('an admin uploads a doctor photo, drags the crop box and the stored portrait is what the box held', { timeout: 120_000 }, async () => {
      const { page, problems } = await open();
      await page.goto('/staff/login');
      await signInStaff(page, ADMIN.email, PASSWORD);
      await page.goto('/staff/doctors');
      await Promise.all([page.waitForURL(/\/staff\/doctors\/\d+$/), page.getByRole('link', { name: '苏静禾' }).click()]);
      const section = page.getByRole('region', { name: '照片' });
      await section.getByLabel('照片文件').setInputFiles({ name: 'su.jpg', mimeType: 'image/jpeg', buffer: await photo() });
      // The island shows the photo with the crop box; the box starts as the largest centred 3:4 box.
      const stage = section.locator('.crop-stage');
      await stage.locator('img').waitFor();
      const size = section.getByLabel('裁剪框大小');
      await size.fill('50');
      assert.equal(await page.locator('input[name="crop_size"]').inputValue(), '0.5000');
      // Drag the box down as far as it goes: into the blue half.
      const box = stage.locator('.crop-box');
      // hover() scrolls the box into view and waits until it stands still.
      await box.hover();
      const b = (await box.boundingBox())!;
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      await page.mouse.down();
      await page.mouse.move(b.x + b.width / 2, b.y + b.height * 1.2, { steps: 8 });
      await page.mouse.up();
      await page.waitForFunction(() => (document.querySelector('input[name="crop_y"]') as HTMLInputElement).value === '0.5000');
      assert.equal(await page.locator('input[name="crop_x"]').inputValue(), '0.2500', 'dragged straight down: still centred across');
      await section.getByLabel(/^照片替代文字/).fill('苏静禾医生的工作照：身穿白大褂');
      await noSeriousAxe(page, 'the doctor page with the crop box');
      await Promise.all([page.waitForURL(/msg=uploaded/), section.getByRole('button', { name: '上传照片' }).click()]);
      await page.getByText('图片已上传。').waitFor();
      const current = page.getByRole('region', { name: '照片' }).getByRole('img', { name: '苏静禾医生的工作照：身穿白大褂' });
      const src = (await current.getAttribute('src'))!;
      assert.match(src, /^\/uploads\/media\/portrait-[0-9a-f]{24}-480\.jpg$/);
      const stored = await meanOf(server.url + src);
      assert.deepEqual([stored.width, stored.height], [450, 600]);
      assert.ok(stored.b > 200 && stored.r < 40, `the stored portrait is the blue part the box held (${stored.r}, ${stored.b})`);
      // The public profile shows it as a portrait, WebP first.
      await page.goto('/doctors/su-jinghe');
      const img = page.getByRole('main').getByRole('img', { name: '苏静禾医生的工作照：身穿白大褂' });
      assert.equal(await img.evaluate((el) => (el as HTMLImageElement).currentSrc.endsWith('.webp')), true, 'Chromium picks a WebP size');
      await noSeriousAxe(page, 'the doctor profile');
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `doctor-photo-${dialect}.png`) });
      assert.deepEqual(problems, []);
    });

    test('without JavaScript the same form stores the centred crop', { timeout: 60_000 }, async () => {
      const { page, problems } = await open({ javaScriptEnabled: false });
      await page.goto('/staff/login');
      await signInStaff(page, ADMIN.email, PASSWORD);
      await page.goto('/staff/doctors');
      await Promise.all([page.waitForURL(/\/staff\/doctors\/\d+$/), page.getByRole('link', { name: '林清远' }).click()]);
      const section = page.getByRole('region', { name: '照片' });
      assert.equal(await section.locator('.crop-stage').count(), 0, 'no crop box without the island');
      await section.getByLabel('照片文件').setInputFiles({ name: 'lin.jpg', mimeType: 'image/jpeg', buffer: await photo() });
      await section.getByLabel(/^照片替代文字/).fill('林清远医生的证件照');
      await Promise.all([page.waitForURL(/msg=uploaded/), section.getByRole('button', { name: '上传照片' }).click()]);
      const src = (await page.getByRole('region', { name: '照片' }).getByRole('img', { name: '林清远医生的证件照' }).getAttribute('src'))!;
      const top = await meanOf(server.url + src);
      assert.deepEqual([top.width, top.height], [480, 640], 'the whole photo, 3:4');
      assert.ok(top.r > 100 && top.b > 100, 'both halves are in the centred crop');
      assert.deepEqual(problems, []);
    });

    test('an editor inserts a library image and a pasted one, each only with alt text', { timeout: 120_000 }, async () => {
      const { page, problems } = await open();
      await page.goto('/staff/login');
      await signInStaff(page, EDITOR.email, PASSWORD);
      // An image in the library, uploaded without alt text.
      await page.goto('/staff/media');
      const chart = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2d5d8a' } }).png().toBuffer();
      await page.getByLabel('图片文件').setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: chart });
      await Promise.all([page.waitForURL(/msg=uploaded/), page.getByRole('button', { name: '上传', exact: true }).click()]);

      await page.goto('/staff/articles/new');
      const body = page.getByLabel(/^正文/);
      await body.fill('## 第一段\n\n第一段正文。\n\n## 第二段\n\n第二段正文。');
      // The cursor after the first paragraph.
      await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.indexOf('\n\n## 第二段'), el.value.indexOf('\n\n## 第二段')));
      const part = page.getByRole('group', { name: '插入图片' });
      await part.getByRole('radio', { name: 'chart.png' }).check();
      await part.getByRole('button', { name: '插入图片' }).click();
      await part.getByText('请先填写替代文字').waitFor();
      assert.equal(await body.inputValue(), '## 第一段\n\n第一段正文。\n\n## 第二段\n\n第二段正文。', 'nothing inserted without alt text');
      await part.getByLabel('替代文字（必填）').fill('湿疹好发部位示意图');
      await part.getByRole('button', { name: '插入图片' }).click();
      await page.waitForFunction(() => (document.querySelector('#body_md') as HTMLTextAreaElement).value.includes('湿疹好发部位示意图'));
      const afterInsert = await body.inputValue();
      assert.match(afterInsert, /^## 第一段\n\n第一段正文。\n\n!\[湿疹好发部位示意图\]\(\/uploads\/media\/[0-9a-f]{24}-960\.webp\)\n\n## 第二段/, 'inserted at the cursor');
      await page.getByRole('region', { name: '预览' }).getByRole('img', { name: '湿疹好发部位示意图' }).waitFor();

      // A pasted image file: the dialog asks for alt text first.
      await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
      const pasted = (await sharp({ create: { width: 600, height: 400, channels: 3, background: '#8a5a2d' } }).png().toBuffer()).toString('base64');
      await body.evaluate((el, b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, pasted);
      const dialog = page.getByRole('dialog', { name: '插入图片' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: '上传并插入' }).click();
      await dialog.getByText('请先填写替代文字').waitFor();
      assert.equal(await body.inputValue(), afterInsert, 'nothing inserted without alt text');
      await noSeriousAxe(page, 'the editor with the insert dialog');
      await dialog.getByLabel('替代文字（必填）').fill('外用药膏涂抹方法示意');
      await dialog.getByRole('button', { name: '上传并插入' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.match(await body.inputValue(), /第二段正文。\n\n!\[外用药膏涂抹方法示意\]\(\/uploads\/media\/[0-9a-f]{24}-960\.webp\)\n$/);
      await noSeriousAxe(page, 'the editor');
      assert.deepEqual(problems, []);
    });

    test("a public article's share card is a 1200×630 PNG under 100 KB named in its metadata", { timeout: 60_000 }, async () => {
      const { page, problems } = await open();
      await page.goto('/');
      const href = (await page.locator('main a[href^="/articles/"]').first().getAttribute('href'))!;
      await page.goto(href);
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      assert.equal(await page.locator('meta[property="og:title"]').getAttribute('content'), title);
      const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
      const res = await page.request.get(new URL(image).pathname + new URL(image).search);
      assert.equal(res.status(), 200);
      const png = await res.body();
      const meta = await sharp(png).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', 1200, 630]);
      assert.ok(png.length < 100 * 1024, `${png.length} bytes`);
      await noSeriousAxe(page, 'the article page');
      assert.deepEqual(problems, []);
    });
  });
}
