import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, encode, enterTextedCode, nextMobile, postBooking, postForm, runJobsAt, sessionRow, smsTo, textedCode, tokenOf } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn } from '../helpers/staff.js';

// Issue 11 #5 on both engines: a booking is confirmed only with the code texted to the number;
// the place is held meanwhile and comes back, without a gap in the count, when it is not confirmed;
// codes are limited per address and per number; the site's daily SMS budget; the origin check on
// every public POST.

/** booked = active bookings + held places + held waiting-list offers: no gap, no double count. */
async function assertNoGap(app: TestApp, sessionId: number) {
  const s = await sessionRow(app.deps.db, sessionId);
  const active = (await bookingsOf(app.deps.db, sessionId)).filter((b) => b.status === 'booked' || b.status === 'checked_in').length;
  const holds = await app.deps.db.selectFrom('booking_hold').select('id').where('session_id', '=', sessionId).where('status', '=', 'held').where('places', '=', 1).execute();
  const offers = await app.deps.db.selectFrom('waitlist_entry').select('id').where('session_id', '=', sessionId).where('status', '=', 'offered').execute();
  assert.equal(s.booked, active + holds.length + offers.length, 'booked counts exactly the bookings, held places and held offers');
  assert.ok(s.booked <= s.quota, 'booked ≤ quota');
  const numbers = (await bookingsOf(app.deps.db, sessionId)).map((b) => b.queue_no);
  assert.equal(new Set(numbers).size, numbers.length, 'queue numbers unique');
}

for (const dialect of dialects) {
  describe(`mobile proof on ${dialect.name}`, () => {
    let app: TestApp;
    let addr = 0;
    const ip = () => `192.0.2.${++addr}`;
    const minutes = (n: number) => new Date(app.clock.now.getTime() + n * 60_000);

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    test('30 bookings from one address with invented numbers can no longer take a session, and send at most the allowed texts', async () => {
      const id = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:05', end: '11:00', quota: 30 });
      const mobiles = Array.from({ length: 30 }, () => nextMobile());
      const flood = '198.51.100.77';
      const results = [];
      for (const mobile of mobiles) results.push(await postBooking(app, id, bookingForm({ mobile }), '', { enterCode: false, remoteAddress: flood }));
      const held = results.filter((r) => r.statusCode === 303);
      const limited = results.filter((r) => r.statusCode === 429);
      const allowed = app.config.booking.codesPerAddressHour;
      assert.equal(held.length, allowed, 'one address gets the allowed number of codes an hour');
      assert.equal(limited.length, 30 - allowed, 'the rest are refused with 429');
      assert.match(text(limited[0]!.body), /您所在的网络一小时内获取验证码的次数太多/);
      // Nobody typed a code: nothing is booked, nothing confirmed; at most `allowed` texts went out.
      assert.equal((await bookingsOf(app.deps.db, id)).length, 0, 'no booking without the code');
      let texts = 0;
      for (const m of mobiles) texts += (await smsTo(app, m)).length;
      assert.ok(texts <= allowed, `${texts} texts sent, at most ${allowed}`);
      assert.ok((await sessionRow(app.deps.db, id)).booked <= allowed, 'the session keeps most of its places');
      await assertNoGap(app, id);
      // The held places come back at expiry (the job), and the session is whole again.
      const later = minutes(app.config.booking.holdMinutes + 1);
      await runJobsAt(app, later);
      assert.equal((await sessionRow(app.deps.db, id)).booked, 0);
      const saved = app.clock.now;
      app.clock.now = later;
      try {
        await assertNoGap(app, id);
        // A late code for a released place books nothing.
        const late = await enterTextedCode(app, String(held[0]!.headers.location), mobiles[0]!);
        assert.equal(late.statusCode, 410);
        assert.equal((await bookingsOf(app.deps.db, id)).length, 0);
      } finally {
        app.clock.now = saved;
      }
    });

    test('the place is held while the code is typed, and a hold not confirmed goes back (sweep or job) without a gap', async () => {
      const id = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:10', end: '11:00', quota: 1 });
      const a = bookingForm();
      const heldA = await postBooking(app, id, a, '', { enterCode: false, remoteAddress: ip() });
      assert.equal(heldA.statusCode, 303);
      assert.match(String(heldA.headers.location), /^\/h\/[A-Za-z0-9_-]+$/);
      const page = await app.get(String(heldA.headers.location));
      assert.equal(page.statusCode, 200);
      assert.match(text(page.body), /验证码已发送到 139\*\*\*\*\d{4}。号源为您保留到/);
      assert.equal((await sessionRow(app.deps.db, id)).booked, 1, 'the place is held');
      assert.equal((await bookingsOf(app.deps.db, id)).length, 0, 'but not booked');
      // The code is kept only as a keyed hash.
      const code = await textedCode(app, a.mobile!);
      const hold = await app.deps.db.selectFrom('booking_hold').selectAll().where('session_id', '=', id).executeTakeFirstOrThrow();
      assert.ok(hold.code_hash && !hold.code_hash.includes(code));
      assert.ok(!JSON.stringify(hold).includes(a.mobile!), 'no number in clear');
      // Someone else finds the session full meanwhile.
      const b = bookingForm();
      const full = await postBooking(app, id, b, '', { remoteAddress: ip() });
      assert.equal(full.statusCode, 409);
      await assertNoGap(app, id);
      // The hold ends unconfirmed; no job has run: the next form sweeps it and takes the place.
      const saved = app.clock.now;
      app.clock.now = minutes(app.config.booking.holdMinutes + 1);
      try {
        const c = bookingForm();
        const booked = await postBooking(app, id, c, '', { remoteAddress: ip() });
        assert.equal(booked.statusCode, 303, text(booked.body).slice(0, 300));
        assert.match(String(booked.headers.location), /^\/b\//);
        const rows = await bookingsOf(app.deps.db, id);
        assert.deepEqual(rows.map((r) => r.queue_no), [1], 'the first confirmed booking is number 1');
        await assertNoGap(app, id);
        // A's code now: the place is gone, nothing is booked twice.
        const late = await postForm(app, String(heldA.headers.location), { code });
        assert.equal(late.statusCode, 410);
        assert.match(text(late.body), /保留时间已过，号源已经释放/);
        assert.equal((await sessionRow(app.deps.db, id)).booked, 1);
      } finally {
        app.clock.now = saved;
      }
    });

    test('wrong codes: five tries, then the place goes back; a held place of a full session passes to its waiting list', async () => {
      const id = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:15', end: '11:00', quota: 1 });
      const a = bookingForm();
      const heldA = await postBooking(app, id, a, '', { enterCode: false, remoteAddress: ip() });
      const link = String(heldA.headers.location);
      // A waits for the place on the waiting list (proved by a code too).
      const w = bookingForm({ action: 'waitlist' });
      const joined = await postBooking(app, id, w, '', { remoteAddress: ip() });
      assert.equal(joined.statusCode, 303);
      assert.match(String(joined.headers.location), /^\/w\//);
      const real = await textedCode(app, a.mobile!);
      const wrong = real === '000000' ? '111111' : '000000';
      const first = await postForm(app, link, { code: wrong });
      assert.equal(first.statusCode, 422);
      assert.match(text(first.body), /验证码不正确，还可以再试 4 次/);
      assert.equal((await postForm(app, link, { code: 'abc' })).statusCode, 422, 'not a code: no try taken');
      for (let i = 0; i < 3; i++) assert.equal((await postForm(app, link, { code: wrong })).statusCode, 422);
      const last = await postForm(app, link, { code: wrong });
      assert.equal(last.statusCode, 429);
      assert.equal((await postForm(app, link, { code: real })).statusCode, 429, 'the right code after five wrong ones books nothing');
      assert.equal((await bookingsOf(app.deps.db, id)).length, 0);
      const entry = await app.deps.db.selectFrom('waitlist_entry').selectAll().where('session_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(entry.status, 'offered', 'the released place is offered to the first in line');
      assert.equal((await sessionRow(app.deps.db, id)).booked, 1, 'and stays counted for the offer');
      await assertNoGap(app, id);
    });

    test('the same form twice sends one code; confirming twice books once; 403 for a POST from another site', async () => {
      const id = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:20', end: '11:00', quota: 3 });
      const f = bookingForm();
      const one = await postBooking(app, id, f, '', { enterCode: false, remoteAddress: ip() });
      const two = await postBooking(app, id, f, '', { enterCode: false, remoteAddress: ip() });
      assert.equal(two.headers.location, one.headers.location);
      assert.equal((await smsTo(app, f.mobile!)).filter((m) => m.kind === 'booking_code').length, 1);
      const ok = await enterTextedCode(app, String(one.headers.location), f.mobile!);
      assert.equal(ok.statusCode, 303);
      const again = await enterTextedCode(app, String(one.headers.location), f.mobile!);
      assert.equal(again.headers.location, ok.headers.location);
      assert.equal((await bookingsOf(app.deps.db, id)).length, 1);
      await assertNoGap(app, id);

      // Every public POST: another site's Origin, no Origin or Referer at all → 403 with the site's error page.
      const token = tokenOf(String(ok.headers.location));
      const posts: [string, Record<string, string>][] = [
        [`/book/${id}`, bookingForm()],
        [`/b/${token}/cancel`, {}],
        [`/b/${token}/move`, { session_id: String(id) }],
        ['/questions/ask', { body: '手上白斑一个月了，需要做什么检查？', consent_health: '1', contact_kind: 'none' }],
        ['/feedback/code', { code: 'ABCDE23456' }],
        ['/my-data/code', { mobile: f.mobile! }],
      ];
      for (const [url, form] of posts) {
        for (const headers of [{ origin: 'https://evil.example' }, {}, { referer: 'https://evil.example/form' }, { origin: 'null', 'sec-fetch-site': 'cross-site' }]) {
          const res = await app.app.inject({ method: 'POST', url, payload: encode(form), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
          assert.equal(res.statusCode, 403, `${url} ${JSON.stringify(headers)}`);
          assert.match(res.body, /<html lang="zh-CN"/, 'the site’s own error page');
        }
      }
      assert.equal((await bookingsOf(app.deps.db, id)).filter((b) => b.status === 'booked').length, 1, 'nothing was cancelled');
      // The same site by Referer only (an older browser) is accepted.
      const viaReferer = await app.app.inject({ method: 'POST', url: `/b/${token}/cancel`, payload: '', headers: { 'content-type': 'application/x-www-form-urlencoded', referer: `${app.config.siteUrl}/b/${token}` } });
      assert.equal(viaReferer.statusCode, 303);
      // A browser on our no-referrer pages posts Origin: null with Sec-Fetch-Site: same-origin.
      const f2 = bookingForm();
      const viaFetchMetadata = await app.app.inject({ method: 'POST', url: `/book/${id}`, payload: encode(f2), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null', 'sec-fetch-site': 'same-origin' }, remoteAddress: ip() });
      assert.equal(viaFetchMetadata.statusCode, 303);
    });
  });

  describe(`SMS budget and the verify switch on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', SMS_DAILY_BUDGET: '2' });
    });
    after(() => app.close());

    test('once the day’s texts are spent no code is sent, the form says to phone, and the back office shows an alert', async () => {
      const id = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:25', end: '11:00', quota: 9 });
      const admin = await signedIn(app, ['admin']);
      assert.doesNotMatch((await admin.get('/staff')).body, /sms-budget-alert/);
      assert.equal((await postBooking(app, id, bookingForm(), '', { enterCode: false, remoteAddress: '192.0.2.201' })).statusCode, 303);
      assert.equal((await postBooking(app, id, bookingForm(), '', { enterCode: false, remoteAddress: '192.0.2.202' })).statusCode, 303);
      const m = nextMobile();
      const refused = await postBooking(app, id, bookingForm({ mobile: m }), '', { enterCode: false, remoteAddress: '192.0.2.203' });
      assert.equal(refused.statusCode, 429);
      assert.match(text(refused.body), /今天的短信发送量已达上限/);
      assert.equal((await smsTo(app, m)).length, 0, 'no text');
      assert.equal((await sessionRow(app.deps.db, id)).booked, 2, 'nothing held for it');
      const dash = await admin.get('/staff');
      assert.match(dash.body, /id="sms-budget-alert"/);
      assert.match(text(dash.body), /达到每日上限/);
      // Notices sent by jobs are held to the same budget.
      const sms = await app.deps.db.selectFrom('sms_message').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(sms.n), 2);
    });
  });

  describe(`BOOKING_VERIFY_MOBILE=off on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', BOOKING_VERIFY_MOBILE: 'off' });
    });
    after(() => app.close());

    test('the clinic proves numbers another way: the form books at once and no code is texted', async () => {
      const id = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:30', end: '11:00', quota: 2 });
      const f = bookingForm();
      const res = await postBooking(app, id, f, '', { enterCode: false });
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/b\/[A-Za-z0-9_-]+\?new=1$/);
      assert.equal((await smsTo(app, f.mobile!)).filter((m) => m.kind === 'booking_code').length, 0);
      await runJobsAt(app, app.clock.now);
      assert.ok((await smsTo(app, f.mobile!)).some((m) => m.kind === 'confirmation'));
    });
  });
}
