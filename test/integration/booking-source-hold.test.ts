import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { computeInsights, periodOf } from '../../src/insights/insights.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, createSession, enterTextedCode, nextMobile, postBooking } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';

// Issue 18 #2 through the code step (issue 11 #5): a booking started from an article keeps the
// article as its source when the number is proved by a texted code first (BOOKING_VERIFY_MOBILE,
// on by default) — the held place carries the source to the booking it becomes.

const TZ = 'Asia/Shanghai';

for (const dialect of dialects) {
  describe(`a booking started from an article, through the texted code, on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    test('the confirmed booking is attributed to the article; a made-up source attributes nothing', async () => {
      assert.equal(app.config.booking.verifyMobile, true, 'the code step is on, as by default');
      const db = app.deps.db;
      const article = await db
        .selectFrom('article as a')
        .innerJoin('article_revision as r', (j) => j.on(sql`r.id`, '=', sql`a.published_revision_id`))
        .select(['a.id', 'a.slug', 'r.title'])
        .where('a.status', '=', 'published')
        .orderBy('a.id')
        .executeTakeFirstOrThrow();

      // From the article to its team doctor's sessions to the form: the source rides along as `from`.
      const page = await app.get(`/articles/${article.slug}`);
      const team = /href="\/doctors\/([a-z0-9-]+)\/sessions\?from=([a-z0-9-]+)"/.exec(page.body);
      assert.ok(team, 'the article links to booking with its slug');
      const sessionId = await createSession(db, app.config, app.clock.now, { doctorSlug: team[1]!, inDays: 3, start: '13:15', end: '15:00', period: 'afternoon', quota: 6 });
      const form = await app.get(`/book/${sessionId}?from=${article.slug}`);
      assert.ok(form.body.includes(`name="from" value="${article.slug}"`));

      // The form holds a place and texts a code; nothing is booked yet.
      const mobile = nextMobile();
      const held = await postBooking(app, sessionId, bookingForm({ mobile, from: article.slug }), '', { enterCode: false });
      assert.equal(held.statusCode, 303);
      const holdUrl = String(held.headers.location);
      assert.match(holdUrl, /^\/h\/[A-Za-z0-9_-]+$/);
      assert.equal((await db.selectFrom('booking').select('id').where('session_id', '=', sessionId).execute()).length, 0);

      // The patient types the code the recording provider kept: the booking carries the article.
      const confirmed = await enterTextedCode(app, holdUrl, mobile);
      assert.equal(confirmed.statusCode, 303);
      assert.match(String(confirmed.headers.location), /^\/b\/[A-Za-z0-9_-]+\?new=1$/);
      // A made-up source through the same steps attributes nothing.
      const stray = await postBooking(app, sessionId, bookingForm({ from: 'no-such-article' }));
      assert.equal(stray.statusCode, 303);
      const rows = await db.selectFrom('booking').select(['source', 'source_article_id']).where('session_id', '=', sessionId).orderBy('id').execute();
      assert.deepEqual(rows, [
        { source: 'online', source_article_id: article.id },
        { source: 'online', source_article_id: null },
      ]);

      // And the manager's insights say so.
      const { figures } = await computeInsights(db, periodOf('month', '2026-11-20'), TZ, app.clock.now);
      const articles = figures.find((f) => f.id === 'articles')!;
      const row = articles.rows.find((r) => r.title === article.title);
      assert.ok(row, `the article is listed: ${JSON.stringify(articles.rows.slice(0, 3))}`);
      assert.equal(row.bookings, 1);
    });
  });
}
