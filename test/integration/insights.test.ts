import { TEST_DATA_KEY } from '../helpers/db.js';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { startInbox, type Inbox, type ReceivedMail } from '../helpers/smtp.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/schema.js';
import { buildApp, jobHandlers } from '../../src/main.js';
import { ROLLUP_JOB } from '../../src/insights/insights.jobs.js';
import { classifyDevice, classifyReferrer } from '../../src/insights/insights.counter.js';
import { computeInsights, csvCell, figureCsv, LEAD_BUCKETS, periodOf, type Figure } from '../../src/insights/insights.service.js';
import { closeMailers } from '../../src/messaging/email.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, createSession, postBooking, postForm, runJobsAt } from '../helpers/booking.js';
import { createDemoDatabase, dialects } from '../helpers/db.js';
import { signedIn } from '../helpers/staff.js';

// Insights (issue 18): views counted per page, referrer class and device class, on the routed path
// and on the front cache's fast path; bookings and questions attributed to the article they were
// started from; every figure checked against facts seeded here (expected values computed in this
// file from those facts, by the definitions written on the page); nothing about a reader kept;
// old days rolled up into months; the weekly summary over a real SMTP exchange.

const TZ = 'Asia/Shanghai';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const WECHAT = `${IPHONE} MicroMessenger/8.0.49(0x18003133) NetType/WIFI Language/zh_CN`;
const DESKTOP = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const IPAD = 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const BOT = 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)';

/** The clinic-local date of an instant, by Intl (not the code under test). */
const localDay = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: TZ }).format(new Date(iso));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : null;
};
const fig = (figures: Figure[], id: string) => figures.find((f) => f.id === id)!;

function decodeBody(raw: string): string {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(headers!)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers!))
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  return body;
}

test('referrer and device classes', () => {
  const own = new Set(['clinic.example']);
  assert.equal(classifyReferrer('https://www.baidu.com/s?wd=x', DESKTOP, own), 'search');
  assert.equal(classifyReferrer('https://www.google.com.hk/', DESKTOP, own), 'search');
  assert.equal(classifyReferrer('https://m.sogou.com/web', ANDROID, own), 'search');
  assert.equal(classifyReferrer('https://mp.weixin.qq.com/s/abc', IPHONE, own), 'wechat');
  assert.equal(classifyReferrer(undefined, WECHAT, own), 'wechat');
  assert.equal(classifyReferrer('https://clinic.example/hot', DESKTOP, own), 'internal');
  assert.equal(classifyReferrer('https://notbaidu.com.evil.example/', DESKTOP, own), 'other');
  assert.equal(classifyReferrer('android-app://x', DESKTOP, own), 'direct');
  assert.equal(classifyReferrer(undefined, DESKTOP, own), 'direct');
  assert.equal(classifyDevice(ANDROID), 'mobile');
  assert.equal(classifyDevice(IPHONE), 'mobile');
  assert.equal(classifyDevice(IPAD), 'tablet');
  assert.equal(classifyDevice(DESKTOP), 'desktop');
  assert.equal(classifyDevice(BOT), null);
  assert.equal(classifyDevice(undefined), 'other');
  // A long hostile value is read in bounded time and still classified.
  assert.equal(classifyDevice('a'.repeat(100_000)), 'other');
  assert.equal(classifyReferrer(`https://${'a.'.repeat(50_000)}com/`, DESKTOP, own), 'other');
});

test('CSV cells that look like formulas are defused; quotes and commas are quoted', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell(-3), '-3', 'numbers are numbers');
  const csv = figureCsv({ id: 'x', title: 't', note: '', columns: [{ key: 'a', label: '名', kind: 'text' }, { key: 'r', label: '率', kind: 'pct' }], rows: [{ a: '=1+1', r: 0.25 }] });
  assert.equal(csv, "\uFEFF名,率\r\n'=1+1,0.25\r\n");
});

for (const dialect of dialects) {
  describe(`insights on ${dialect.name}`, () => {
    let app: TestApp;
    let manager: Awaited<ReturnType<typeof signedIn>>;
    let smtp: Inbox;
    let inbox: ReceivedMail[] = [];
    let db: Kysely<Database>;
    let article: { id: number; slug: string };
    let doctor: { id: number; slug: string };
    let qa: { id: number; slug: string };

    before(async () => {
      smtp = await startInbox();
      inbox = smtp.mails;
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', BOOKING_VERIFY_MOBILE: 'off', VIEW_FLUSH_SECONDS: '3600', SMTP_URL: smtp.url, MAIL_FROM: 'insights@clinic.example' });
      db = app.deps.db;
      manager = await signedIn(app, ['manager']);
      article = await db.selectFrom('article').select(['id', 'slug']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      doctor = await db.selectFrom('doctor').select(['id', 'slug']).where('active', '=', 1).orderBy('id').executeTakeFirstOrThrow();
      qa = await db.selectFrom('qa_publication').select(['id', 'slug']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    });
    after(async () => {
      await app.close();
      closeMailers();
      await smtp.close();
    });

    test('views of article, doctor and Q&A pages are counted by referrer and device class, on cache misses, hits and the fast path; robots are not', async () => {
      app.clock.now = new Date('2027-03-03T02:00:00Z');
      const visits: { url: string; referer?: string; ua?: string; expect: [string, number, string, string] | null }[] = [
        { url: `/articles/${article.slug}`, referer: 'https://www.baidu.com/s?wd=%E7%99%BD', ua: ANDROID, expect: ['article', article.id, 'search', 'mobile'] },
        { url: `/articles/${article.slug}`, referer: 'https://www.baidu.com/link?url=2', ua: ANDROID, expect: ['article', article.id, 'search', 'mobile'] },
        { url: `/articles/${article.slug}`, referer: 'https://mp.weixin.qq.com/s/xyz', ua: IPHONE, expect: ['article', article.id, 'wechat', 'mobile'] },
        { url: `/articles/${article.slug}`, ua: WECHAT, expect: ['article', article.id, 'wechat', 'mobile'] },
        { url: `/articles/${article.slug}`, ua: DESKTOP, expect: ['article', article.id, 'direct', 'desktop'] },
        { url: `/en/articles/${article.slug}`, referer: 'https://clinic.example/hot', ua: IPAD, expect: ['article', article.id, 'internal', 'tablet'] },
        { url: `/articles/${article.slug}`, referer: 'https://forum.example.org/t/1', ua: DESKTOP, expect: ['article', article.id, 'other', 'desktop'] },
        { url: `/articles/${article.slug}`, ua: BOT, expect: null },
        { url: `/doctors/${doctor.slug}`, referer: 'https://cn.bing.com/search?q=x', ua: DESKTOP, expect: ['doctor', doctor.id, 'search', 'desktop'] },
        { url: `/qa/${qa.slug}`, ua: ANDROID, expect: ['qa', qa.id, 'direct', 'mobile'] },
        { url: `/qa/${qa.slug}`, ua: ANDROID, expect: ['qa', qa.id, 'direct', 'mobile'] },
        { url: '/hot', ua: DESKTOP, expect: null },
      ];
      for (const v of visits) {
        const headers: Record<string, string> = {};
        if (v.referer) headers.referer = v.referer;
        if (v.ua) headers['user-agent'] = v.ua;
        const res = await app.get(v.url, headers);
        assert.equal(res.statusCode, 200, v.url);
      }
      // Two more through a real socket: the front cache answers them before Fastify routes. A
      // robot's request first puts the page back in the cache (the doctor page's sessions changed
      // the content version) without being counted.
      assert.equal((await app.get(`/articles/${article.slug}`, { 'user-agent': BOT })).statusCode, 200);
      await app.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (app.app.server.address() as AddressInfo).port;
      const fast = await Promise.all(
        [
          { referer: 'https://www.so.com/s?q=1', ua: DESKTOP, expect: ['article', article.id, 'search', 'desktop'] as [string, number, string, string] },
          { referer: 'https://www.so.com/s?q=2', ua: IPHONE, expect: ['article', article.id, 'search', 'mobile'] as [string, number, string, string] },
        ].map(
          (v) =>
            new Promise<{ v: typeof v; hit: string | undefined }>((resolve, reject) => {
              http
                .get({ host: '127.0.0.1', port, path: `/articles/${article.slug}`, headers: { referer: v.referer, 'user-agent': v.ua } }, (res) => {
                  res.resume();
                  res.on('end', () => resolve({ v, hit: res.headers['x-page-cache'] as string | undefined }));
                })
                .on('error', reject);
            }),
        ),
      );
      for (const f of fast) assert.equal(f.hit, 'hit', 'answered from the cache');
      await app.deps.insights.flush(app.clock.now);

      const expected = new Map<string, number>();
      for (const e of [...visits.map((v) => v.expect), ...fast.map((f) => f.v.expect)]) {
        if (!e) continue;
        const key = ['2027-03-03', ...e].join('|');
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const rows = await db.selectFrom('page_view_daily').selectAll().execute();
      const got = new Map(rows.map((r) => [[r.day, r.kind, r.subject_id, r.referrer_class, r.device_class].join('|'), Number(r.views)]));
      assert.deepEqual(got, expected);

      // The same counts on the page's figures for the week.
      const { figures } = await computeInsights(db, periodOf('week', '2027-03-03'), TZ, app.clock.now);
      const bySource = new Map<string, number>();
      for (const e of expected.keys()) bySource.set(e.split('|')[3]!, (bySource.get(e.split('|')[3]!) ?? 0) + expected.get(e)!);
      const labels: Record<string, string> = { search: '搜索引擎', wechat: '微信', other: '其他网站', internal: '站内链接', direct: '直接访问' };
      for (const [cls, label] of Object.entries(labels)) assert.equal(fig(figures, 'sources').rows.find((r) => r.source === label)!.views, bySource.get(cls) ?? 0, label);
      const articleViews = [...expected].filter(([k]) => k.split('|')[1] === 'article').reduce((n, [, v]) => n + v, 0);
      assert.equal(fig(figures, 'articles').rows[0]!.views, articleViews);
      assert.ok(fig(figures, 'pages').rows.some((r) => r.kind === '医生' && r.views === 1));
      assert.ok(fig(figures, 'pages').rows.some((r) => r.kind === '问答' && r.views === 2));
    });

    test('a booking and a question started from an article are attributed to it; a made-up source attributes nothing', async () => {
      app.clock.now = new Date('2026-11-20T03:00:00Z');
      const page = await app.get(`/articles/${article.slug}`);
      const team = [...page.body.matchAll(/href="\/doctors\/([a-z0-9-]+)\/sessions\?from=([a-z0-9-]+)"/g)];
      assert.ok(team.length >= 1, 'the article links to booking with its slug');
      assert.equal(team[0]![2], article.slug);
      assert.ok(page.body.includes(`href="/questions/ask?from=${article.slug}"`));
      const teamDoctor = team[0]![1]!;
      const sessionId = await createSession(db, app.config, app.clock.now, { doctorSlug: teamDoctor, inDays: 3, start: '13:05', end: '13:50', period: 'afternoon', quota: 6 });
      const sessions = await app.get(`/doctors/${teamDoctor}/sessions?from=${article.slug}`);
      assert.ok(sessions.body.includes(`/book/${sessionId}?from=${article.slug}`), 'the session list carries the source on');
      const form = await app.get(`/book/${sessionId}?from=${article.slug}`);
      assert.ok(form.body.includes(`name="from" value="${article.slug}"`), 'a hidden field, not a cookie');
      assert.equal(form.headers['set-cookie'], undefined);
      // A form with a problem keeps the source.
      const bad = await postBooking(app, sessionId, bookingForm({ from: article.slug, name: '' }));
      assert.equal(bad.statusCode, 422);
      assert.ok(bad.body.includes(`name="from" value="${article.slug}"`));
      for (const from of [article.slug, 'no-such-article', '<script>', String(article.id), '99999999999']) {
        const res = await postBooking(app, sessionId, bookingForm({ from }));
        assert.equal(res.statusCode, 303, `booking with from=${from}`);
      }
      const sources = (await db.selectFrom('booking').select('source_article_id').where('session_id', '=', sessionId).orderBy('id').execute()).map((r) => r.source_article_id);
      assert.deepEqual(sources, [article.id, null, null, article.id, null]);

      const ask = await app.get(`/questions/ask?from=${article.slug}`);
      assert.ok(ask.body.includes(`name="from" value="${article.slug}"`));
      const asked = await postForm(app, '/questions/ask', { body: '看了光疗护理的文章，照光后皮肤发红要多久才会消退？', contact_kind: 'none', consent_health: '1', from: article.slug });
      assert.equal(asked.statusCode, 303);
      const q = await db.selectFrom('question').select(['source_article_id']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(q.source_article_id, article.id);

      const { figures } = await computeInsights(db, periodOf('month', '2026-11-20'), TZ, app.clock.now);
      const row = fig(figures, 'articles').rows.find((r) => r.bookings === 2 && r.questions === 1);
      assert.ok(row, `the article shows 2 bookings and 1 question: ${JSON.stringify(fig(figures, 'articles').rows.slice(0, 3))}`);
    });

    test('every figure matches a seeded week of sessions, bookings, no-shows, cancellations, waiting lists, questions, reviews and reads', async () => {
      const from = '2027-06-07';
      const to = '2027-06-13';
      app.clock.now = new Date('2027-06-16T04:00:00Z');
      const today = localDay(app.clock.now.toISOString());
      const docs = await db.selectFrom('doctor').select(['id', 'name', 'position']).where('active', '=', 1).orderBy('position').orderBy('id').limit(2).execute();
      const [A, B] = docs as [(typeof docs)[number], (typeof docs)[number]];
      const sessions = [
        { key: 'S1', doctor: A, date: '2027-06-07', start: '09:00', quota: 4, status: 'open' as const },
        { key: 'S2', doctor: A, date: '2027-06-09', start: '14:00', quota: 3, status: 'open' as const },
        { key: 'S3', doctor: B, date: '2027-06-08', start: '09:00', quota: 5, status: 'open' as const },
        { key: 'S4', doctor: B, date: '2027-06-10', start: '09:00', quota: 2, status: 'stopped' as const },
        { key: 'S5', doctor: A, date: '2027-06-14', start: '09:00', quota: 4, status: 'open' as const },
      ];
      const ids = new Map<string, { id: number; starts: string; date: string; doctor: number; quota: number; status: string }>();
      for (const s of sessions) {
        const starts = new Date(Date.parse(`${s.date}T${s.start}:00+08:00`)).toISOString();
        const row = await db
          .insertInto('clinic_session')
          .values({ doctor_id: s.doctor.id, template_id: null, local_date: s.date, period: 'custom', start_local: s.start, end_local: '17:00', starts_at: starts, ends_at: new Date(Date.parse(starts) + 3 * 3600_000).toISOString(), reg_type: '专家门诊', fee_cents: 5000, service: 'consultation', quota: s.quota, status: s.status, stop_reason: s.status === 'stopped' ? '外出会诊' : null, stopped_at: null, created_at: '2027-05-01T00:00:00.000Z' })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.set(s.key, { id: row.id, starts, date: s.date, doctor: s.doctor.id, quota: s.quota, status: s.status });
      }
      const bookings = [
        { s: 'S1', status: 'checked_in', source: 'online', created: '2027-06-01T02:00:00.000Z' },
        { s: 'S1', status: 'no_show', source: 'online', created: '2027-06-06T12:00:00.000Z' },
        { s: 'S1', status: 'cancelled', source: 'online', created: '2027-06-02T08:00:00.000Z' },
        { s: 'S1', status: 'checked_in', source: 'walkin', created: '2027-06-07T01:10:00.000Z' },
        { s: 'S2', status: 'checked_in', source: 'waitlist', created: '2027-06-08T20:00:00.000Z' },
        { s: 'S2', status: 'checked_in', source: 'online', created: '2027-06-05T09:00:00.000Z' },
        { s: 'S3', status: 'no_show', source: 'online', created: '2027-05-20T03:00:00.000Z' },
        { s: 'S3', status: 'cancelled', source: 'online', created: '2027-06-07T03:00:00.000Z' },
        { s: 'S3', status: 'checked_in', source: 'online', created: '2027-06-07T00:30:00.000Z' },
        { s: 'S3', status: 'booked', source: 'online', created: '2027-06-06T00:30:00.000Z' },
        { s: 'S4', status: 'cancelled', source: 'online', created: '2027-06-03T05:00:00.000Z' },
        { s: 'S5', status: 'checked_in', source: 'online', created: '2027-06-10T05:00:00.000Z' },
      ] as const;
      let n = 0;
      for (const b of bookings) {
        n++;
        const s = ids.get(b.s)!;
        await db
          .insertInto('booking')
          .values({ session_id: s.id, queue_no: n, ref_code: `INS${dialect.name}${n}`, name_enc: 'x', mobile_enc: 'x', email_enc: null, mobile_hmac: `h${n}`, visit_type: 'first', reason_enc: 'x', screening_enc: 'x', consent_json: '{}', status: b.status, cancelled_by: b.status === 'cancelled' ? 'patient' : null, source: b.source, locale: 'zh-CN', manage_token_hash: `ins-${dialect.name}-${n}`, manage_expires_at: s.starts, idempotency_key: `ins-key-${dialect.name}-${n}`, created_at: b.created, updated_at: b.created })
          .execute();
      }
      const waitlist = [
        ['S1', 'waiting'], ['S1', 'offered'], ['S1', 'accepted'], ['S3', 'expired'], ['S3', 'left'], ['S3', 'accepted'], ['S5', 'accepted'],
      ] as const;
      for (const [i, [s, status]] of waitlist.entries()) {
        await db.insertInto('waitlist_entry').values({ session_id: ids.get(s)!.id, request_enc: 'x', mobile_hmac: `w${i}`, locale: 'zh-CN', status, token_hash: `ins-w-${dialect.name}-${i}`, offer_expires_at: null, booking_id: null, created_at: '2027-06-01T00:00:00.000Z' }).execute();
      }
      const questions = [
        { created: '2027-06-07T02:00:00.000Z', answered: '2027-06-07T07:00:00.000Z' },
        { created: '2027-06-08T10:00:00.000Z', answered: '2027-06-09T16:00:00.000Z' },
        { created: '2027-06-09T01:00:00.000Z', answered: null },
        { created: '2027-06-12T15:30:00.000Z', answered: '2027-06-12T17:30:00.000Z' },
        { created: '2027-06-06T15:59:00.000Z', answered: '2027-06-06T20:00:00.000Z' },
        { created: '2027-06-13T16:30:00.000Z', answered: '2027-06-14T00:00:00.000Z' },
      ];
      for (const [i, q] of questions.entries()) {
        await db
          .insertInto('question')
          .values({ token_hash: `ins-q-${dialect.name}-${i}`, body_enc: 'x', age_range: null, sex: null, contact_kind: null, contact_enc: null, mobile_hmac: null, consent_health: 1, consent_publish: 0, consent_json: '[]', locale: 'zh-CN', status: q.answered ? 'answered' : 'new', category_id: null, assigned_doctor_id: null, answer_enc: q.answered ? 'x' : null, answered_by: null, answered_at: q.answered, dedupe_hash: `d${i}`, source_hmac: 's', contact_erased_at: null, closed_at: null, close_reason: null, created_at: q.created, updated_at: q.created })
          .execute();
      }
      // Reviews: every published article far from due, then three chosen dates.
      const published = await db.selectFrom('article').select(['id', 'published_revision_id']).where('status', '=', 'published').orderBy('id').execute();
      await db.updateTable('article').set({ next_review_due: '2030-01-01' }).where('status', '=', 'published').execute();
      const dues = ['2027-06-10', '2027-05-01', '2027-06-20'];
      for (const [i, d] of dues.entries()) await db.updateTable('article').set({ next_review_due: d }).where('id', '=', published[i]!.id).execute();
      const reviewedArticles = [published[3]!, published[3]!, published[4]!];
      const approvedAt = ['2027-06-08T03:00:00.000Z', '2027-06-09T03:00:00.000Z', '2027-06-13T15:00:00.000Z'];
      for (const [i, a] of reviewedArticles.entries()) {
        await db.insertInto('review_approval').values({ revision_id: a.published_revision_id!, content_hash: 'x', reviewer_doctor_id: A.id, reviewer_user_id: null, approved_at: approvedAt[i]! }).execute();
      }
      // One more approval just after the week (Monday 00:10 in Shanghai).
      await db.insertInto('review_approval').values({ revision_id: published[5]!.published_revision_id!, content_hash: 'x', reviewer_doctor_id: A.id, reviewer_user_id: null, approved_at: '2027-06-13T16:10:00.000Z' }).execute();
      // Reads: days inside and outside the week, and monthly totals of earlier months.
      const reads = [
        { day: '2027-06-07', kind: 'article' as const, id: published[0]!.id, ref: 'search' as const, dev: 'mobile' as const, views: 40 },
        { day: '2027-06-13', kind: 'article' as const, id: published[0]!.id, ref: 'wechat' as const, dev: 'mobile' as const, views: 25 },
        { day: '2027-06-09', kind: 'article' as const, id: published[1]!.id, ref: 'direct' as const, dev: 'desktop' as const, views: 30 },
        { day: '2027-06-14', kind: 'article' as const, id: published[1]!.id, ref: 'direct' as const, dev: 'desktop' as const, views: 500 },
        { day: '2027-06-08', kind: 'doctor' as const, id: A.id, ref: 'other' as const, dev: 'tablet' as const, views: 7 },
      ];
      await db.insertInto('page_view_daily').values(reads.map((r) => ({ day: r.day, kind: r.kind, subject_id: r.id, referrer_class: r.ref, device_class: r.dev, views: r.views }))).execute();
      const monthly = [
        { month: '2027-04', id: published[1]!.id, views: 1000 },
        { month: '2027-05', id: published[2]!.id, views: 300 },
      ];
      await db.insertInto('page_view_monthly').values(monthly.map((m) => ({ month: m.month, kind: 'article' as const, subject_id: m.id, referrer_class: 'search' as const, device_class: 'mobile' as const, views: m.views }))).execute();

      const period = periodOf('week', '2027-06-09');
      assert.deepEqual([period.from, period.to], [from, to], 'a week runs Monday to Sunday');
      const { figures } = await computeInsights(db, period, TZ, app.clock.now);

      // --- expected, from the facts above ---
      const inWeek = (d: string) => d >= from && d <= to;
      const bk = bookings.map((b) => ({ ...b, session: ids.get(b.s)! })).filter((b) => inWeek(b.session.date));
      const days: string[] = [];
      for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
      assert.deepEqual(
        fig(figures, 'bookings-by-day').rows,
        days.map((d) => ({ date: d, bookings: bk.filter((b) => b.session.date === d && b.status !== 'cancelled').length, cancelled: bk.filter((b) => b.session.date === d && b.status === 'cancelled').length })),
      );
      const openSessions = [...ids.values()].filter((s) => inWeek(s.date) && s.status === 'open');
      const taken = (list: typeof bk) => list.filter((b) => b.status !== 'cancelled' && b.session.status === 'open').length;
      const rate = (a: number, b: number) => (b ? a / b : 0);
      const doctorRow = (d: typeof A) => {
        const mine = bk.filter((b) => b.session.doctor === d.id);
        const places = openSessions.filter((s) => s.doctor === d.id).reduce((x, s) => x + s.quota, 0);
        const noShow = mine.filter((b) => b.status === 'no_show').length;
        const seen = mine.filter((b) => b.status === 'checked_in').length;
        return { doctor: d.name, sessions: openSessions.filter((s) => s.doctor === d.id).length, places, booked: taken(mine), fill: rate(taken(mine), places), no_show: rate(noShow, noShow + seen), cancelled: mine.filter((b) => b.status === 'cancelled').length };
      };
      assert.deepEqual(fig(figures, 'doctors').rows, [doctorRow(A), doctorRow(B)]);
      const places = openSessions.reduce((x, s) => x + s.quota, 0);
      const noShows = bk.filter((b) => b.status === 'no_show').length;
      const seen = bk.filter((b) => b.status === 'checked_in').length;
      const cancelled = bk.filter((b) => b.status === 'cancelled').length;
      assert.deepEqual(fig(figures, 'rates').rows, [
        { measure: '号源使用率', count: taken(bk), of: places, rate: rate(taken(bk), places) },
        { measure: '爽约率', count: noShows, of: noShows + seen, rate: rate(noShows, noShows + seen) },
        { measure: '取消率', count: cancelled, of: bk.length, rate: rate(cancelled, bk.length) },
      ]);
      // Figures worked out by hand from the table above, as a check on the check.
      assert.deepEqual([taken(bk), places, noShows, seen, cancelled, bk.length], [8, 12, 2, 5, 3, 11]);

      const leads = bk.filter((b) => b.source !== 'walkin').map((b) => (Date.parse(b.session.starts) - Date.parse(b.created)) / 86_400_000);
      const bucketOf = (d: number) => (d < 1 ? 0 : d < 3 ? 1 : d < 8 ? 2 : d < 15 ? 3 : 4);
      assert.deepEqual(
        fig(figures, 'lead-time').rows.map((r) => r.bookings),
        LEAD_BUCKETS.map((_, i) => leads.filter((d) => bucketOf(d) === i).length),
      );
      assert.equal(fig(figures, 'lead-time').stats![0]!.value, `${median(leads)!.toFixed(1)} 天`);

      const wl = waitlist.filter(([s]) => inWeek(ids.get(s)!.date));
      const wlCount = (...st: string[]) => wl.filter(([, s]) => st.includes(s)).length;
      assert.deepEqual(
        fig(figures, 'waitlist').rows.map((r) => r.entries),
        [wl.length, wlCount('offered', 'accepted', 'expired'), wlCount('accepted'), wlCount('expired'), wlCount('left'), wlCount('waiting')],
      );
      assert.equal(fig(figures, 'waitlist').stats![0]!.value, `${(Math.round((wlCount('accepted') / wl.length) * 1000) / 10).toFixed(1)}%`);

      const qIn = questions.filter((q) => inWeek(localDay(q.created)));
      assert.deepEqual(
        fig(figures, 'questions').rows,
        days.map((d) => ({ date: d, received: qIn.filter((q) => localDay(q.created) === d).length })),
      );
      const hours = qIn.filter((q) => q.answered).map((q) => (Date.parse(q.answered!) - Date.parse(q.created)) / 3_600_000);
      assert.deepEqual(fig(figures, 'questions').stats!.map((s) => s.value), [String(qIn.length), String(hours.length), `${median(hours)!.toFixed(1)} 小时`]);
      assert.equal(qIn.length, 4, 'two of the six fall outside the week in Shanghai time');

      const reviewed = new Set(reviewedArticles.filter((_, i) => inWeek(localDay(approvedAt[i]!))).map((a) => a.id)).size;
      assert.deepEqual(fig(figures, 'reviews').rows.map((r) => r.articles), [reviewed, dues.filter(inWeek).length, dues.filter((d) => d < today).length]);
      assert.equal(fig(figures, 'overdue').rows.length, new Set(dues.filter((d) => d < today || inWeek(d))).size);

      const readsIn = reads.filter((r) => inWeek(r.day));
      const articleReads = (id: number) => readsIn.filter((r) => r.kind === 'article' && r.id === id).reduce((x, r) => x + r.views, 0);
      const articleRows = fig(figures, 'articles').rows;
      assert.equal(articleRows[0]!.views, articleReads(published[0]!.id));
      assert.equal(articleRows[1]!.views, articleReads(published[1]!.id));
      const sourceRow = (label: string, cls: string) => fig(figures, 'sources').rows.find((r) => r.source === label)!.views;
      assert.equal(sourceRow('搜索引擎', 'search'), readsIn.filter((r) => r.ref === 'search').reduce((x, r) => x + r.views, 0));
      assert.equal(fig(figures, 'devices').rows.find((r) => r.device === '平板')!.views, 7);

      // A quarter adds the monthly totals of the months wholly inside it.
      const quarter = await computeInsights(db, periodOf('quarter', '2027-06-09'), TZ, app.clock.now);
      const qReads = (id: number) => reads.filter((r) => r.day >= '2027-04-01' && r.day <= '2027-06-30' && r.id === id && r.kind === 'article').reduce((x, r) => x + r.views, 0) + monthly.filter((m) => m.id === id).reduce((x, m) => x + m.views, 0);
      for (const a of published.slice(0, 3)) {
        const title = (await db.selectFrom('article_revision').select('title').where('id', '=', a.published_revision_id!).executeTakeFirstOrThrow()).title;
        assert.equal(fig(quarter.figures, 'articles').rows.find((r) => r.title === title)?.views, qReads(a.id), title);
      }

      // The page shows the tables and charts; the CSV of a table holds its rows.
      manager = await signedIn(app, ['manager']);
      const html = await manager.get('/staff/insights?period=week&at=2027-06-09');
      assert.equal(html.statusCode, 200);
      assert.equal((html.body.match(/<svg class="chart"/g) ?? []).length, figures.filter((f) => f.chart && f.rows.length).length);
      assert.equal((html.body.match(/<table/g) ?? []).length, figures.length);
      assert.ok(html.body.includes(A.name));
      const csv = await manager.get('/staff/insights/csv/doctors?period=week&at=2027-06-09');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines.length, 3);
      const a = doctorRow(A);
      assert.equal(lines[1], [a.doctor, a.sessions, a.places, a.booked, Math.round(a.fill * 10000) / 10000, Math.round(a.no_show * 10000) / 10000, a.cancelled].join(','));
      assert.equal((await manager.get('/staff/insights/csv/nothing')).statusCode, 404);
      assert.equal((await manager.get('/staff/insights?period=decade&at=<x>')).statusCode, 200, 'a period not understood falls back to this month');
    });

    test('the weekly summary goes by SMTP to subscribed managers only, with the figures and no patient data', async () => {
      app.clock.now = new Date('2027-06-09T04:00:00Z');
      manager = await signedIn(app, ['manager']);
      await manager.get('/staff/insights');
      const on = await manager.post('/staff/insights/subscription', { subscribe: '1' });
      assert.equal(on.statusCode, 303);
      const other = await signedIn(app, ['manager']);
      await other.get('/staff/insights');
      await other.post('/staff/insights/subscription', { subscribe: '1' });
      await other.get('/staff/insights');
      await other.post('/staff/insights/subscription', { subscribe: '0' });
      const editor = await signedIn(app, ['editor']);
      assert.equal((await editor.get('/staff/insights')).statusCode, 403, 'an editor does not see insights');
      // Monday 14 June 08:00 in Shanghai: last week's summary.
      const r = await runJobsAt(app, new Date('2027-06-14T00:01:00Z'));
      assert.equal(r.failed, 0);
      const mails = inbox.filter((m) => m.to.includes(manager.email));
      assert.equal(mails.length, 1);
      assert.equal(inbox.filter((m) => m.to.includes(other.email)).length, 0, 'unsubscribed: nothing');
      const text = decodeBody(mails[0]!.raw);
      assert.ok(text.includes('2027-06-07 至 2027-06-13'), text.slice(0, 200));
      assert.ok(text.includes('号源使用率 | 8 | 12 | 66.7%'), 'the fill rate of the seeded week');
      assert.ok(text.includes('爽约率 | 2 | 7 | 28.6%'));
      for (const secret of ['张小明', '手背白斑', '照光后皮肤发红']) assert.ok(!mails[0]!.raw.includes(secret) && !text.includes(secret), `no patient data: ${secret}`);
      // Run again: the summary is not sent twice.
      await runJobsAt(app, new Date('2027-06-14T00:30:00Z'));
      assert.equal(inbox.filter((m) => m.to.includes(manager.email)).length, 1);
    });

    test('old daily counts are rolled up into monthly totals by the nightly job; totals are unchanged', async () => {
      const retention = app.config.insights.rawRetentionDays;
      app.clock.now = new Date('2027-12-20T00:00:00Z');
      const quarterBefore = await computeInsights(db, periodOf('quarter', '2027-06-01'), TZ, app.clock.now);
      const dailyBefore = await db.selectFrom('page_view_daily').selectAll().execute();
      const run = new Date('2027-12-20T19:45:00Z');
      const cutoff = new Date(Date.parse('2027-12-21T00:00:00Z') - retention * 86_400_000).toISOString().slice(0, 10);
      await db.transaction().execute((trx) => jobHandlers(app.config)[ROLLUP_JOB]!(trx, {}, {} as never, run));
      await db.transaction().execute((trx) => jobHandlers(app.config)[ROLLUP_JOB]!(trx, {}, {} as never, run));
      const dailyAfter = await db.selectFrom('page_view_daily').selectAll().execute();
      assert.deepEqual(
        dailyAfter.map((r) => r.day).sort(),
        dailyBefore.filter((r) => r.day >= cutoff).map((r) => r.day).sort(),
        'days before the retention period are gone, later days kept',
      );
      const monthlyRows = await db.selectFrom('page_view_monthly').selectAll().execute();
      const junePage = dailyBefore.filter((r) => r.day.startsWith('2027-06') && r.day < cutoff).reduce((x, r) => x + Number(r.views), 0);
      assert.equal(monthlyRows.filter((m) => m.month === '2027-06').reduce((x, m) => x + Number(m.views), 0), junePage);
      const quarterAfter = await computeInsights(db, periodOf('quarter', '2027-06-01'), TZ, app.clock.now);
      assert.deepEqual(fig(quarterAfter.figures, 'articles').rows, fig(quarterBefore.figures, 'articles').rows);
      assert.deepEqual(fig(quarterAfter.figures, 'sources').rows, fig(quarterBefore.figures, 'sources').rows);
      const queued = await db.selectFrom('job').select('dedupe_key').where('kind', '=', ROLLUP_JOB).execute();
      assert.ok(queued.some((j) => j.dedupe_key === `${ROLLUP_JOB}:2027-12-22`), 'the next night is queued');
    });
  });

  describe(`nothing about a reader is kept on ${dialect.name}`, () => {
    test('no cookie, no log line, no stored analytics row holds an address, a User-Agent, a Referer or anything linking two visits', async () => {
      const t = await createDemoDatabase(dialect);
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk, _enc, cb) {
          lines.push(String(chunk));
          cb();
        },
      });
      const config = loadConfig({ DATA_DIR: t.dataDir, DATA_KEY: TEST_DATA_KEY, SITE_URL: 'https://clinic.example', LOG_LEVEL: 'debug', TRUST_PROXY: 'on' });
      const now = new Date('2027-02-02T02:00:00Z');
      const built = await buildApp({ config, db: t.db, now: () => now, logger: { level: 'debug', stream } });
      try {
        await built.app.ready();
        const db = t.db.kysely;
        const art = await db.selectFrom('article').select(['id', 'slug']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
        const doc = await db.selectFrom('doctor').select('slug').where('active', '=', 1).orderBy('id').executeTakeFirstOrThrow();
        const qaRow = await db.selectFrom('qa_publication').select('slug').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
        const markers = { ua1: 'Mozilla/5.0 (Linux; Android 14; UNIQUE-DEVICE-7f3a) Mobile Safari', ua2: 'Mozilla/5.0 (Linux; Android 13; OTHER-PHONE-9c1d) Mobile Safari', ip1: '203.0.113.77', ip2: '198.51.100.23', q: 'secret-search-term-9z' };
        const bodies = new Map<string, string>();
        for (const url of [`/articles/${art.slug}`, `/doctors/${doc.slug}`, `/qa/${qaRow.slug}`]) {
          for (const [ua, ip] of [[markers.ua1, markers.ip1], [markers.ua2, markers.ip2], [markers.ua1, markers.ip1]] as const) {
            const res = await built.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { 'user-agent': ua, 'x-forwarded-for': ip, referer: `https://www.baidu.com/s?wd=${markers.q}` } });
            assert.equal(res.statusCode, 200);
            assert.equal(res.headers['set-cookie'], undefined, `no cookie on ${url}`);
            // Every reader gets the same bytes: nothing in the page tells one visit from another.
            if (bodies.has(url)) assert.equal(res.body, bodies.get(url), `same page for everyone: ${url}`);
            bodies.set(url, res.body);
          }
        }
        await built.deps.insights.flush(now);
        const daily = await db.selectFrom('page_view_daily').selectAll().execute();
        assert.equal(daily.length, 3, 'one row per page: the two readers cannot be told apart');
        for (const r of daily) {
          assert.deepEqual(Object.keys(r).sort(), ['day', 'device_class', 'kind', 'referrer_class', 'subject_id', 'views']);
          assert.equal(Number(r.views), 3);
          assert.deepEqual([r.referrer_class, r.device_class], ['search', 'mobile']);
        }
        await db.transaction().execute((trx) => jobHandlers(config)[ROLLUP_JOB]!(trx, {}, {} as never, new Date('2028-06-01T00:00:00Z')));
        const monthly = await db.selectFrom('page_view_monthly').selectAll().execute();
        assert.equal(monthly.length, 3);
        for (const r of monthly) assert.deepEqual(Object.keys(r).sort(), ['device_class', 'kind', 'month', 'referrer_class', 'subject_id', 'views']);
        const stored = JSON.stringify([daily, monthly]);
        const logged = lines.join('');
        assert.ok(lines.length > 0, 'the requests were logged');
        for (const m of Object.values(markers)) {
          assert.ok(!stored.includes(m), `not stored: ${m}`);
          assert.ok(!logged.includes(m), `not logged: ${m}`);
        }
        for (const m of ['UNIQUE-DEVICE', 'OTHER-PHONE', 'baidu']) assert.ok(!logged.includes(m) && !stored.includes(m), m);
      } finally {
        await built.app.close();
        await t.drop();
      }
    });
  });
}
