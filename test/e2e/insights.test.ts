import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeViolations, formatAxe, launchBrowser, openSession, SCREENSHOT_DIR } from '../helpers/browser.js';
import { runCli, startServer, type RunningServer } from '../helpers/server.js';
import { signInStaff } from '../helpers/browser-staff.js';

// The insights page as a manager uses it, in Chromium against the real entry point on both
// engines: a few reads counted first (by plain HTTP with a phone's User-Agent and a search
// engine's Referer: Chromium here is headless, and robots are not counted); then sign-in, the
// page through the navigation, its charts and tables, another period, a CSV, axe-core, a
// screenshot and the print view.

const PASSWORD = 'e2e insights pass phrase';
const MANAGER = { email: 'manager@e2e.example', name: '韩运营' };
const PHONE = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const DIALECTS = ['sqlite', 'postgres'] as const;

function get(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

function fetchText(url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

function post(url: string, form: Record<string, string>): Promise<number> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const dialect of DIALECTS) {
  describe(`the insights page in Chromium (${dialect})`, { timeout: 3 * 60_000 }, () => {
    let server: RunningServer;
    before(async () => {
      server = await startServer({ dialect, env: { VIEW_FLUSH_SECONDS: '1' } });
      await runCli(server, ['create-user', '--email', MANAGER.email, '--name', MANAGER.name, '--role', 'manager', '--password-stdin'], `${PASSWORD}\n`);
    });
    after(async () => {
      const code = await server?.stop();
      assert.equal(code, 0, `the ${dialect} server did not stop cleanly:\n${server?.output().slice(-3000)}`);
    });

    test('a manager reads the figures, charts and tables; axe finds nothing serious; it prints', { timeout: 120_000 }, async () => {
      const html = await fetchText(`${server.url}/`);
      const slugs = [...new Set([...html.matchAll(/href="\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]!))].slice(0, 4);
      assert.ok(slugs.length >= 2);
      let reads = 0;
      for (const [i, slug] of slugs.entries()) {
        for (let k = 0; k < 4 - i; k++) {
          assert.equal(await get(`${server.url}/articles/${slug}`, { 'user-agent': PHONE, referer: k % 2 ? 'https://www.baidu.com/s?wd=x' : 'https://mp.weixin.qq.com/s/y' }), 200);
          reads++;
        }
      }
      // Bookings and a question started from the most read article, as a patient would: its
      // links carry ?from=, the session list passes it on, the forms carry it as a hidden field.
      // Read as a robot would, so this look at the page is not counted as a read.
      const article = await fetchText(`${server.url}/articles/${slugs[0]}`, { 'user-agent': 'e2e-test-bot' });
      const bookLink = /href="(\/doctors\/[a-z0-9-]+\/sessions\?from=[a-z0-9-]+)"/.exec(article)?.[1];
      assert.ok(bookLink, 'the article links to booking');
      const sessionsPage = await fetchText(server.url + bookLink);
      const bookPaths = [...new Set([...sessionsPage.matchAll(/href="(\/book\/\d+\?from=[a-z0-9-]+)"/g)].map((m) => m[1]!))].slice(0, 3);
      assert.ok(bookPaths.length >= 1, 'the session list links to booking with the source');
      for (const [i, bookPath] of bookPaths.entries()) {
        const form = await fetchText(server.url + bookPath);
        const fields: Record<string, string> = { name: '测试患者', mobile: `1390000${String(1000 + i)}`, email: '', visit_type: 'first', reason: '', consent_health: '1', action: 'book' };
        for (const m of form.matchAll(/name="(idempotency_key|from)" value="([^"]+)"/g)) fields[m[1]!] = m[2]!;
        for (const m of form.matchAll(/name="(q_[a-z_]+)"/g)) fields[m[1]!] = 'no';
        assert.equal(fields.from, slugs[0]);
        assert.equal(await post(server.url + bookPath.split('?')[0], fields), 303, `booking ${bookPath}`);
      }
      assert.equal(await post(`${server.url}/questions/ask`, { body: '请问看完这篇文章后，白斑边缘发红需要尽快来看吗？', contact_kind: 'none', consent_health: '1', from: slugs[0]! }), 303);

      // The counter writes once a second here.
      await new Promise((r) => setTimeout(r, 2500));

      const s = await openSession(browser, server.url, { viewport: { width: 1280, height: 900 } });
      try {
        const { page } = s;
        await page.goto('/staff/login');
        await signInStaff(page, MANAGER.email, PASSWORD);
        await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
        const nav = page.getByRole('navigation', { name: '后台导航' });
        await Promise.all([page.waitForURL('**/staff/insights'), nav.getByRole('link', { name: '运营数据' }).click()]);
        await page.getByRole('heading', { level: 1, name: '运营数据' }).waitFor();
        // A manager sees no patient lists and no editing.
        for (const other of ['预约', '患者提问', '文章', '员工']) assert.equal(await nav.getByRole('link', { name: other, exact: true }).count(), 0, other);

        const sources = page.getByRole('region', { name: '阅读来源' });
        const row = (name: string) => sources.getByRole('row', { name: new RegExp(`^${name}`) });
        const search = Number(((await row('搜索引擎').getByRole('cell').first().textContent()) ?? '').trim());
        const wechat = Number(((await row('微信').getByRole('cell').first().textContent()) ?? '').trim());
        assert.equal(search + wechat, reads, 'every read counted, by source class');
        const top = page.getByRole('region', { name: '文章阅读与带来的预约、提问' }).getByRole('row').nth(1);
        assert.deepEqual((await top.getByRole('cell').allTextContents()).map((c) => c.trim()), [String(4), String(bookPaths.length), '1'], 'the article led to the bookings and the question');
        assert.equal(await page.locator('svg.chart').first().isVisible(), true);
        const regions = ['文章阅读与带来的预约、提问', '每日预约', '各医生的预约与号源使用率', '号源使用率、爽约率与取消率', '提前预约天数', '候补转化', '收到的提问与回答时间', '文章复审'];
        for (const r of regions) await page.getByRole('region', { name: r }).getByRole('table').waitFor();

        const bad = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.equal(bad.length, 0, formatAxe(bad));
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `insights-${dialect}.png`), fullPage: true, timeout: 60_000 });

        // The CSV of a table, with the session's cookie.
        const csv = await page.request.get('/staff/insights/csv/sources');
        assert.equal(csv.status(), 200);
        assert.match(csv.headers()['content-type'] ?? '', /^text\/csv/);
        assert.match(await csv.text(), /搜索引擎,\d+/);

        // Print: no navigation, no forms, the charts and tables stay.
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('.site-header').isVisible(), false);
        assert.equal(await page.getByRole('button', { name: '查看' }).isVisible(), false);
        assert.equal(await page.locator('svg.chart').first().isVisible(), true);
        assert.equal(await page.getByRole('region', { name: '阅读来源' }).getByRole('table').isVisible(), true);
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `insights-print-${dialect}.png`), fullPage: true, timeout: 60_000 });
        await page.emulateMedia({ media: 'screen' });

        // Another period through the form (no script needed).
        await page.getByRole('radio', { name: '周' }).check();
        await Promise.all([page.waitForURL(/period=week/), page.getByRole('button', { name: '查看' }).click()]);
        await page.getByRole('region', { name: '每日预约' }).getByRole('table').waitFor();
        assert.equal(await page.getByRole('region', { name: '每日预约' }).getByRole('row').count(), 8, 'a header and seven days');
        assert.deepEqual(s.problems, []);
      } finally {
        await s.close();
      }
    });
  });
}
