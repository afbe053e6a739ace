import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { localFigure } from '../../src/insights/insights.admin.views.js';
import { computeInsights, periodOf } from '../../src/insights/insights.service.js';
import { localDateOf } from '../../src/time/zoned-time.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, createSession, postBooking } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { assertEnglish } from '../helpers/staff-english.js';
import { signedIn } from '../helpers/staff.js';

type Client = Awaited<ReturnType<typeof signedIn>>;

// Issue 16, acceptance 4: the insights page and the site settings' comments form in English for a
// person whose setting is English, with figures that hold data (titles, names); Chinese unchanged.
for (const dialect of dialects) {
  describe(`the insights page in English on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: Client;
    let today: string;
    before(async () => {
      app = await demoApp(dialect);
      const { db } = app.deps;
      today = localDateOf(app.clock.now, app.config.clinicTimeZone);
      // Something in every kind of row: reads of an article, a doctor's page, a Q&A page and a
      // deleted page, a booking (a doctor's row, a lead time), an article overdue for review.
      const article = await db.selectFrom('article').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      const doctor = await db.selectFrom('doctor').select('id').orderBy('id').executeTakeFirstOrThrow();
      const views = [
        { kind: 'article' as const, subject_id: article.id, referrer_class: 'search' as const, device_class: 'mobile' as const, views: 12 },
        { kind: 'article' as const, subject_id: 999_999, referrer_class: 'wechat' as const, device_class: 'tablet' as const, views: 2 },
        { kind: 'doctor' as const, subject_id: doctor.id, referrer_class: 'internal' as const, device_class: 'desktop' as const, views: 5 },
        { kind: 'qa' as const, subject_id: 1, referrer_class: 'direct' as const, device_class: 'other' as const, views: 1 },
      ];
      await db.insertInto('page_view_daily').values(views.map((v) => ({ ...v, day: today }))).execute();
      await db.updateTable('article').set({ next_review_due: '2000-01-01' }).where('id', '=', article.id).execute();
      const session = await createSession(db, app.config, app.clock.now, { inDays: 1 });
      assert.equal((await postBooking(app, session, bookingForm())).statusCode, 303);
      admin = await signedIn(app, ['admin'], { locale: 'en' });
    });
    after(() => app.close());

    const english = async (client: Client, url: string) => {
      const res = await client.get(url);
      assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
      assertEnglish(res.body, url);
      return res.body;
    };

    test('every period of /staff/insights, subscribed or not, is in English; titles and names marked Chinese', async () => {
      const urls = ['/staff/insights', `/staff/insights?period=week&at=${today}`, `/staff/insights?period=month&at=${today}`, `/staff/insights?period=quarter&at=${today}`, '/staff/insights?period=week&at=2001-01-01', '/staff/insights?period=decade&at=<x>'];
      for (const url of urls) await english(admin, url);
      const page = await english(admin, `/staff/insights?period=week&at=${today}`);
      assert.match(page, /<title>Insights - Back office<\/title>/);
      assert.match(page, />Article reads and the bookings and questions they led to</);
      assert.match(page, /<th scope="row" lang="zh-CN">/, 'an article title is data in Chinese');
      assert.match(page, /<text [^>]*lang="zh-CN"/, 'a bar label naming an article is Chinese too');
      assert.match(page, /Search engine/);
      assert.match(page, /Overdue/);
      const doctor = await app.deps.db.selectFrom('doctor').select('name').where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow();
      const month = await english(admin, `/staff/insights?period=quarter&at=${today}`);
      assert.ok(month.includes(`<th scope="row" lang="zh-CN">${doctor.name}</th>`), 'a doctor’s name is data in Chinese');
      assert.match(month, /<th scope="row" lang="zh-CN">（已删除 #999999）<\/th>/);
      assert.match(month, />Due in this period<|>Overdue</);
      assert.match(month, />Same day \(under 1 day\)</);
      const quarter = await english(admin, `/staff/insights?period=quarter&at=${today}`);
      assert.match(quarter, new RegExp(`Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1} ${today.slice(0, 4)}`));

      assert.equal((await admin.post('/staff/insights/subscription', { subscribe: '1' })).statusCode, 303);
      const subscribed = await english(admin, '/staff/insights?msg=saved');
      assert.match(subscribed, /Unsubscribe from the weekly summary/);
      assert.match(subscribed, /Saved\./);
    });

    test('every label the service builds in Chinese has its English entry (data columns aside)', async () => {
      const CJK = /[\u3400-\u9fff]/;
      const { figures } = await computeInsights(app.deps.db, periodOf('month', today), app.config.clinicTimeZone, app.clock.now);
      for (const source of figures) {
        const f = localFigure(source, 'en');
        const texts = [f.title, f.note, ...f.columns.map((c) => c.label), ...(f.stats ?? []).flatMap((x) => [x.label, x.value])];
        for (const c of f.columns.filter((c) => !c.content)) for (const r of f.rows) texts.push(String(r[c.key]));
        assert.deepEqual(texts.filter((x) => CJK.test(x)), [], source.id);
      }
    });

    test('the CSV export stays Chinese for an English-setting person', async () => {
      const csv = await admin.get(`/staff/insights/csv/sources?period=week&at=${today}`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /^\uFEFF来源,阅读,占比\r\n搜索引擎,12,/);
    });

    test('/staff/site with the comments setting is in English', async () => {
      const body = await english(admin, '/staff/site');
      assert.match(body, /action="\/staff\/site\/feedback-comments"/);
    });

    test('a person with the Chinese setting still sees the Chinese insights page', async () => {
      const zh = await signedIn(app, ['manager']);
      const res = await zh.get(`/staff/insights?period=week&at=${today}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="zh-CN"/);
      assert.match(res.body, /<title>运营数据 - 后台<\/title>/);
      assert.match(res.body, /<h2 id="fig-sources">阅读来源<\/h2>/);
      assert.match(res.body, />上一周</);
      assert.doesNotMatch(res.body, /lang="zh-CN"[^>]*>[^<]*<\/th>/, 'no lang marks on the Chinese page');
    });
  });
}
