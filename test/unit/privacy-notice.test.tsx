import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from 'preact-render-to-string';
import { NoticePage } from '../../src/privacy/notice.js';
import { translator } from '../../src/web/i18n.js';
import type { PageContext } from '../../src/web/context.js';

// The notice states the periods the site runs with; a changed setting changes the page.

const site = { name: '示例医院', shortName: '示例', tagline: '', address: '某市某路1号', postalCode: '', city: '', phone: '010-0000', email: '', hours: [], licenceNo: '', adReviewNo: '', introMd: '' };
const ctx = (locale: 'zh-CN' | 'en') =>
  ({ locale, t: translator(locale), prefix: locale === 'en' ? '/en' : '', path: '/privacy', site, categories: [], siteUrl: 'https://clinic.example', timeZone: 'Asia/Shanghai', assets: { css: '/assets/site.css' } }) as unknown as PageContext;

test('the notice carries the configured periods, in both languages', () => {
  const facts = { questionContactDays: 45, otpMinutes: 7, dataSessionMinutes: 20 };
  const zh = render(<NoticePage ctx={ctx('zh-CN')} facts={facts} />);
  assert.ok(zh.includes('在回答后 45 天删除') && zh.includes('7 分钟内有效') && zh.includes('20 分钟后失效'));
  assert.ok(zh.includes('示例医院') && zh.includes('010-0000'));
  const en = render(<NoticePage ctx={ctx('en')} facts={facts} />);
  assert.ok(en.includes('deleted 45 days after the answer') && en.includes('valid for 7 minutes') && en.includes('ends after 20 minutes'));
  assert.ok(en.includes('href="/en/my-data"'));
});
