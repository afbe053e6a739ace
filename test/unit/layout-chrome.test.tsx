import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toHtml } from '../../src/http/render.js';
import type { PageContext, SiteInfo } from '../../src/web/context.js';
import { localePrefix, translator, type Locale } from '../../src/web/i18n.js';
import { Layout } from '../../src/web/layout.js';

// The navigation and the footer are rendered once per site profile and locale (layout.tsx): a
// page must still show the profile it was given, in its own language, with its own links.

const site = (over: Partial<SiteInfo> = {}): SiteInfo => ({
  name: '示例皮肤病门诊部',
  shortName: '示例门诊',
  tagline: '虚构的演示机构',
  address: '示例市虚构路1号',
  postalCode: '000000',
  city: '示例市',
  phone: '010-0000 0000',
  email: 'clinic@example.invalid',
  hours: [],
  licenceNo: 'DEMO-001',
  adReviewNo: 'DEMO-AD-001',
  introMd: '',
  ...over,
});

const ctxOf = (s: SiteInfo, locale: Locale, footer?: PageContext['footer']): PageContext => ({
  locale,
  t: translator(locale),
  prefix: localePrefix(locale),
  path: '/search',
  site: s,
  categories: [],
  siteUrl: 'https://clinic.example',
  timeZone: 'Asia/Shanghai',
  assets: { css: '/assets/site.css' },
  ...(footer ? { footer } : {}),
});

const page = (ctx: PageContext) =>
  toHtml(
    <Layout ctx={ctx} title="搜索" description="站内搜索">
      <p>正文</p>
    </Layout>,
  );

const footerOf = (html: string) => /<footer class="site-footer">([\s\S]*)<\/footer>/.exec(html)![1]!;
const navOf = (html: string) => /<nav class="wrap main-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;

test('a new site profile shows its own name, address and phone in the footer', () => {
  const first = page(ctxOf(site(), 'zh-CN'));
  const moved = page(ctxOf(site({ name: '示例皮肤病医院', address: '示例市新址路8号', phone: '010-1111 2222' }), 'zh-CN'));
  assert.match(footerOf(first), /示例市虚构路1号/);
  assert.match(footerOf(moved), /示例市新址路8号/);
  assert.match(footerOf(moved), /示例皮肤病医院/);
  assert.match(footerOf(moved), /href="tel:01011112222"/);
  assert.doesNotMatch(footerOf(moved), /虚构路1号/);
});

test('each locale of the same profile gets its own navigation and footer', () => {
  const s = site();
  const zh = page(ctxOf(s, 'zh-CN'));
  const en = page(ctxOf(s, 'en'));
  assert.match(navOf(zh), /href="\/articles"/);
  assert.match(navOf(en), /href="\/en\/articles"/);
  assert.doesNotMatch(navOf(en), /href="\/articles"/);
  assert.notEqual(footerOf(zh), footerOf(en));
  // Asked again, each is what it was the first time.
  assert.equal(page(ctxOf(s, 'zh-CN')), zh);
  assert.equal(page(ctxOf(s, 'en')), en);
});

test("the features' footer links follow the list the page was given", () => {
  const s = site();
  const plain = page(ctxOf(s, 'zh-CN'));
  const linked = page(ctxOf(s, 'zh-CN', [[{ href: '/privacy', label: () => '隐私政策' }]]));
  assert.doesNotMatch(footerOf(plain), /隐私政策/);
  assert.match(footerOf(linked), /<a href="\/privacy">隐私政策<\/a>/);
});
