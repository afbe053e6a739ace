import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { categories } from '../../src/demo/data/categories.js';
import { doctors } from '../../src/demo/data/doctors.js';
import { hospital } from '../../src/demo/data/hospital.js';
import { translator } from '../../src/web/i18n.js';
import { axeViolations, formatAxe, launchBrowser, openSession, SCREENSHOT_DIR, type Session } from '../helpers/browser.js';
import { startServer, type RunningServer } from '../helpers/server.js';

// The public site as a patient uses it, in a real browser, against the real entry point: once on
// SQLite and once on PostgreSQL, with the same assertions. One Chromium for the whole file.

const t = translator('zh-CN');
const ARTICLE = '/articles/peeling-after-microneedling';
const ARTICLE_TITLE_START = '微针（滚针）治疗后皮肤脱皮怎么办？';
const DIALECTS = ['sqlite', 'postgres'] as const;
const TEST_TIMEOUT = 60_000;

let browser: Browser;
const servers = new Map<string, RunningServer>();

before(async () => {
  // Chromium and both servers start side by side.
  const [b, ...started] = await Promise.all([launchBrowser(), ...DIALECTS.map((dialect) => startServer({ dialect }))]);
  browser = b;
  DIALECTS.forEach((d, i) => servers.set(d, started[i]!));
});

after(async () => {
  await browser?.close();
  const codes = await Promise.all([...servers.values()].map(async (s) => ({ s, code: await s.stop() })));
  for (const { s, code } of codes) assert.equal(code, 0, `the ${s.dialect} server did not stop cleanly:\n${s.output().slice(-3000)}`);
});

/** Runs `fn` in a fresh browser context and fails if the pages logged errors or had failing requests. */
async function inSession(dialect: string, fn: (s: Session) => Promise<void>, options: Parameters<typeof openSession>[2] = {}): Promise<void> {
  const server = servers.get(dialect)!;
  const session = await openSession(browser, server.url, options);
  try {
    await fn(session);
    assert.deepEqual(session.problems, [], 'the pages loaded without console errors or failed requests');
  } finally {
    await session.close();
  }
}

function pathOf(page: Page): string {
  const u = new URL(page.url());
  return u.pathname + u.search + u.hash;
}

async function submitSearch(page: Page, query: string): Promise<void> {
  // The suggestion island (src/web/islands/search-suggest.ts) turns the search box into an ARIA
  // combobox; without JavaScript it stays a plain search box.
  const searchBox = () => page.getByRole('combobox', { name: t('search.label') }).or(page.getByRole('searchbox', { name: t('search.label') })).first();
  const box = searchBox();
  await box.fill(query);
  await Promise.all([page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === query), box.press('Enter')]);
  assert.equal(await searchBox().inputValue(), query, 'the results page keeps the query in the box');
}

for (const dialect of DIALECTS) {
  describe(`the public site in Chromium (${dialect})`, { timeout: 4 * TEST_TIMEOUT }, () => {
    test('journey: home → category → article → doctor details (licence) → book link to #booking', { timeout: TEST_TIMEOUT }, () =>
      inSession(dialect, async ({ page }) => {
        await page.goto('/');
        await assertHeading(page, hospital.name);

        // A category link in the home page's category navigation.
        const cat = categories[0]!;
        const catNav = page.getByRole('region', { name: t('home.categories') });
        await Promise.all([page.waitForURL(`**/categories/${cat.slug}`), catNav.getByRole('link', { name: cat.name, exact: true }).click()]);
        await assertHeading(page, cat.name);

        // An article of that category.
        const firstArticle = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
        const articleTitle = (await firstArticle.textContent())!.trim();
        assert.ok(articleTitle.length > 0);
        await Promise.all([page.waitForURL('**/articles/*'), firstArticle.click()]);
        await assertHeading(page, articleTitle);
        const articlePath = pathOf(page);

        // A doctor card in the article's "team" section: "详情" (details) and "预约" (book).
        const team = page.getByRole('region', { name: t('article.teamFor', { category: cat.name }) });
        const card = team.getByRole('listitem').first();
        const doctorName = (await card.getByRole('heading').textContent())!.trim();
        const doctor = doctors.find((d) => d.name === doctorName);
        assert.ok(doctor, `the card's doctor ${doctorName} is a demo doctor`);
        const details = card.getByRole('link').filter({ hasText: new RegExp(`^${t('doctor.details')}$`) });
        const book = card.getByRole('link').filter({ hasText: new RegExp(`^${t('doctor.book')}$`) });
        assert.equal(await details.getAttribute('href'), `/doctors/${doctor.slug}`);
        assert.equal(await book.getAttribute('href'), `/doctors/${doctor.slug}#booking`);
        // The accessible names say whose details / booking they are, and contain the visible label (WCAG 2.5.3).
        await assertAccessibleName(details, t('doctor.detailsFull', { name: doctor.name }));
        await assertAccessibleName(book, t('doctor.bookFull', { name: doctor.name }));

        await Promise.all([page.waitForURL(`**/doctors/${doctor.slug}`), details.click()]);
        await assertHeading(page, doctor.name);
        await page.getByText(`${t('doctor.licence')}：${doctor.licenceNo}`, { exact: true }).waitFor({ state: 'visible' });

        // Back on the article, "预约" lands on the profile's booking section, which exists and is the target.
        await page.goBack();
        assert.equal(pathOf(page), articlePath);
        await Promise.all([page.waitForURL(`**/doctors/${doctor.slug}#booking`), book.click()]);
        assert.equal(pathOf(page), `/doctors/${doctor.slug}#booking`);
        const booking = page.locator('#booking');
        assert.equal(await booking.count(), 1, 'the #booking target exists exactly once');
        await booking.waitFor({ state: 'visible' });
        assert.equal(await booking.evaluate((el) => el.matches(':target')), true, '#booking is the :target');
        await booking.getByRole('heading', { name: t('doctor.booking') }).waitFor({ state: 'visible' });
        assert.match((await booking.textContent()) ?? '', new RegExp(hospital.phone), 'the booking section says how to book');
      }),
    );

    test('search: 白癜风 highlights matches with <mark>; 微针 finds the microneedling article', { timeout: TEST_TIMEOUT }, () =>
      inSession(dialect, async ({ page }) => {
        await page.goto('/search');
        await assertHeading(page, t('search.title'));

        await submitSearch(page, '白癜风');
        const results = page.locator('ol.search-results > li');
        const n = await results.count();
        assert.ok(n > 0, 'results are listed');
        await page.getByRole('status').getByText(new RegExp(`找到 \\d+ 条与“白癜风”相关的结果`)).waitFor();
        const marks = await page.locator('ol.search-results mark').allTextContents();
        assert.ok(marks.length > 0, 'matches are highlighted with <mark>');
        assert.ok(marks.every((m) => m.length > 0) && marks.some((m) => m.includes('白癜风')), `highlighted: ${marks.join(' | ')}`);

        await submitSearch(page, '微针');
        const hit = page.locator(`ol.search-results a[href="${ARTICLE}"]`);
        assert.equal(await hit.count(), 1, 'the microneedling article is among the results');
        assert.ok((await hit.textContent())!.startsWith(ARTICLE_TITLE_START));
        assert.ok((await hit.locator('mark').allTextContents()).includes('微针'), 'its title highlights 微针');
        await Promise.all([page.waitForURL(`**${ARTICLE}`), hit.click()]);
        await assertHeading(page, ARTICLE_TITLE_START, false);
      }),
    );

    test('keyboard only: Tab reaches every visible link in order, with a visible focus; the skip link comes first and moves focus to main', { timeout: TEST_TIMEOUT }, () =>
      inSession(dialect, async ({ page }) => {
        await page.goto(ARTICLE);
        const links = await page.evaluate(() => {
          const visible = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
            (a) => a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden',
          );
          visible.forEach((a, i) => a.setAttribute('data-e2e-link', String(i)));
          return visible.map((a) => ({ href: a.getAttribute('href')!, text: (a.textContent ?? '').trim().slice(0, 40) }));
        });
        assert.ok(links.length > 20, `the article page has its links (${links.length})`);

        const reached: number[] = [];
        const noOutline: string[] = [];
        let previous = '';
        let sawFocus = false;
        for (let press = 0; press < links.length + 40; press++) {
          await page.keyboard.press('Tab');
          const f = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body || el === document.documentElement) return null;
            const style = getComputedStyle(el);
            return {
              link: el.getAttribute('data-e2e-link'),
              desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
              outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
              key: el.getAttribute('data-e2e-link') ?? el.outerHTML.slice(0, 120),
            };
          });
          if (!f) {
            if (sawFocus) break; // focus left the document after the last element
            continue;
          }
          sawFocus = true;
          assert.notEqual(f.key, previous, `keyboard trap: Tab did not move focus away from ${f.desc}`);
          previous = f.key;
          if (f.link !== null && reached.includes(Number(f.link))) break; // wrapped around to the start
          if (f.link !== null) reached.push(Number(f.link));
          if (!f.outlined) noOutline.push(f.desc);
        }

        assert.equal(reached[0], 0, `the first Tab focuses the skip link, got ${links[reached[0] ?? -1]?.href}`);
        assert.equal(links[0]!.href, '#main');
        const missed = links.filter((_, i) => !reached.includes(i));
        assert.deepEqual(missed, [], `links never reached with Tab:\n${missed.map((l) => `  ${l.href} "${l.text}"`).join('\n')}`);
        assert.deepEqual(reached, [...reached].sort((a, b) => a - b), 'focus follows the reading (DOM) order');
        assert.deepEqual(noOutline, [], 'every focused element shows a focus outline');

        // The skip link, from a fresh load: first Tab shows it on screen, Enter moves focus to <main>.
        await page.goto(ARTICLE);
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: t('nav.skip') });
        assert.equal(await skip.evaluate((el) => el === document.activeElement), true, 'the skip link is the first focus');
        const box = await skip.boundingBox();
        assert.ok(box && box.y >= 0 && box.x >= 0, `the focused skip link is on screen: ${JSON.stringify(box)}`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'Enter on the skip link focuses <main>');
        assert.equal(new URL(page.url()).hash, '#main');
        await page.keyboard.press('Tab');
        assert.equal(
          await page.evaluate(() => !!document.activeElement && document.activeElement !== document.body && document.getElementById('main')!.contains(document.activeElement)),
          true,
          'the next Tab continues inside the main content, past the header navigation',
        );
      }),
    );

    test('axe-core finds no serious or critical WCAG 2.2 AA violation (and labels are in names) on home, article, doctor and search pages', { timeout: TEST_TIMEOUT }, () =>
      inSession(dialect, async ({ page }) => {
        const report: string[] = [];
        for (const url of ['/', ARTICLE, '/doctors/lin-qingyuan', `/search?q=${encodeURIComponent('白癜风')}`]) {
          const res = await page.goto(url);
          assert.equal(res?.status(), 200, url);
          const bad = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
          if (bad.length) report.push(`${url}:\n${formatAxe(bad)}`);
          // WCAG 2.5.3 Label in Name (axe only checks it as an experimental rule): a control whose name
          // comes from aria-label must contain its visible text, so speech users can say what they see.
          const mismatched = await labelInNameMismatches(page);
          if (mismatched.length) report.push(`${url}: label-in-name (WCAG 2.5.3)\n${mismatched.map((m) => `  - ${m}`).join('\n')}`);
        }
        assert.equal(report.length, 0, `accessibility violations (axe serious/critical, label in name):\n${report.join('\n\n')}`);
      }),
    );

    test('article page on a phone (390×844) and a desktop (1280×900): screenshots, no horizontal scroll on the phone', { timeout: TEST_TIMEOUT }, async () => {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const phoneFile = path.join(SCREENSHOT_DIR, `article-phone-${dialect}.png`);
      const desktopFile = path.join(SCREENSHOT_DIR, `article-desktop-${dialect}.png`);
      for (const f of [phoneFile, desktopFile]) fs.rmSync(f, { force: true });

      await inSession(
        dialect,
        async ({ page }) => {
          await page.goto(ARTICLE);
          await assertHeading(page, ARTICLE_TITLE_START, false);
          const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          assert.ok(width.scroll <= 390, `the phone page scrolls sideways: scrollWidth ${width.scroll} > 390 (${await widest(page)})`);
          assert.equal(width.inner, 390, 'the mobile layout viewport is not widened to fit the content');
          await loadAllImages(page);
          await page.screenshot({ path: phoneFile, fullPage: true });
        },
        { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
      );
      await inSession(
        dialect,
        async ({ page }) => {
          await page.goto(ARTICLE);
          await assertHeading(page, ARTICLE_TITLE_START, false);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scroll <= 1280, `the desktop page scrolls sideways: scrollWidth ${scroll}`);
          await page.screenshot({ path: desktopFile });
        },
        { viewport: { width: 1280, height: 900 } },
      );

      const phone = pngSize(phoneFile);
      assert.equal(phone.width, 390 * 2, 'the phone screenshot is 390 CSS px wide');
      assert.ok(phone.height > 844 * 2, 'the phone screenshot is the full page, taller than the screen');
      assert.deepEqual(pngSize(desktopFile), { width: 1280, height: 900 });
    });

    test('without JavaScript: search from the home page and open an article', { timeout: TEST_TIMEOUT }, () =>
      inSession(
        dialect,
        async ({ page }) => {
          // With scripting off, <noscript> content is parsed and shown: proof the option took effect.
          await page.setContent('<noscript><p id="proof">no script</p></noscript>');
          assert.equal(await page.locator('#proof').isVisible(), true, 'page scripts really are disabled');
          await page.goto('/');
          await submitSearch(page, '微针');
          const hit = page.locator(`ol.search-results a[href="${ARTICLE}"]`);
          assert.equal(await hit.count(), 1);
          await Promise.all([page.waitForURL(`**${ARTICLE}`), hit.click()]);
          await assertHeading(page, ARTICLE_TITLE_START, false);
          await page.getByRole('table').first().waitFor({ state: 'visible' });
        },
        { javaScriptEnabled: false },
      ),
    );
  });
}

/** Controls named by aria-label whose visible text is not part of that name. */
async function labelInNameMismatches(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[aria-label], button[aria-label], [role="button"][aria-label], [role="link"][aria-label]')].flatMap((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.sr-only, [aria-hidden="true"]').forEach((n) => n.remove());
      const visible = (clone.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      const name = (el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
      return visible && !name.includes(visible) ? [`"${visible}" is not in aria-label "${name}" (${el.outerHTML.slice(0, 160)})`] : [];
    }),
  );
}

/** Scrolls every image into view (the doctor portraits load lazily) and checks that each one loaded. */
async function loadAllImages(page: Page): Promise<void> {
  const images = page.locator('img');
  const n = await images.count();
  assert.ok(n > 0, 'the article page has images (logo, doctor portraits)');
  for (let i = 0; i < n; i++) await images.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const broken = await page.evaluate(() => [...document.images].filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src));
  assert.deepEqual(broken, [], 'every image loads');
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function assertHeading(page: Page, text: string, exact = true): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  assert.equal(await h1.count(), 1, `one <h1> on ${page.url()}`);
  const got = ((await h1.textContent()) ?? '').trim();
  if (exact) assert.equal(got, text, `<h1> on ${page.url()}`);
  else assert.ok(got.startsWith(text), `<h1> on ${page.url()} is "${got}", expected it to start with "${text}"`);
}

async function assertAccessibleName(locator: ReturnType<Page['locator']>, expected: string): Promise<void> {
  const snapshot = await locator.ariaSnapshot();
  assert.ok(snapshot.includes(`link "${expected}"`), `accessible name: expected "${expected}", got ${snapshot}`);
  const visible = ((await locator.textContent()) ?? '').trim();
  assert.ok(expected.includes(visible), `the accessible name "${expected}" contains the visible label "${visible}"`);
}

/** The elements that stick out to the right of the viewport, for the failure message. */
async function widest(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`)
      .join(', '),
  );
}

function pngSize(file: string): { width: number; height: number } {
  assert.ok(fs.existsSync(file), `${file} was written`);
  const buf = fs.readFileSync(file);
  assert.ok(buf.length > 1000, `${file} is not empty (${buf.length} bytes)`);
  assert.equal(buf.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
