import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { smsSegments } from '../../src/messaging/sms.js';
import { translator } from '../../src/web/i18n.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, nextMobile, postBooking, postForm, runJobsAt, sessionRow, smsTo, tokenOf } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';

// The patient's side of booking, on both engines: pages, the single-statement quota claim under
// 200 simultaneous requests, idempotency, bad input, limits, the private link, waiting lists,
// reminders and 停诊.

const zh = translator('zh-CN');
const en = translator('en');

for (const dialect of dialects) {
  describe(`booking on ${dialect.name}`, () => {
    let app: TestApp;
    const session = (o: Parameters<typeof createSession>[3] = {}) => createSession(app.deps.db, app.config, app.clock.now, o);
    let day = 0;
    /** A session of its own for each test: no demo template starts at 07:xx. */
    const fresh = (o: Parameters<typeof createSession>[3] = {}) => session({ inDays: 2, start: `07:${String(10 + day++).padStart(2, '0')}`, end: '11:00', doctorSlug: 'gu-mingcheng', ...o });

    before(async () => {
      // Jobs run only when a test runs them, at the moment it chooses.
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    test('the doctor profile lists the sessions of the next days with places left; so does the sessions page, in both languages', async () => {
      const profile = await app.get('/doctors/lin-qingyuan');
      assert.equal(profile.statusCode, 200);
      const box = /<section id="booking"[\s\S]*?id="written-title"/.exec(profile.body)![0];
      assert.match(text(box), /余号 \d+/);
      assert.match(box, /href="\/book\/\d+"/);
      assert.match(box, /href="\/doctors\/lin-qingyuan\/sessions"/);
      const list = await app.get('/doctors/lin-qingyuan/sessions');
      assert.equal(list.statusCode, 200);
      assert.equal(list.headers['cache-control'], 'no-store');
      assert.match(text(list.body), /专家门诊 · 挂号费 50 元/);
      const english = await app.get('/en/doctors/lin-qingyuan/sessions');
      assert.match(text(english.body), /\d+ left/);
      assert.match(english.body, /href="\/en\/book\/\d+"/);
      assert.equal((await app.get('/doctors/no-such-doctor/sessions')).statusCode, 404);
      assert.equal((await app.get('/book/99999999')).statusCode, 404);
      assert.equal((await app.get('/book/abc')).statusCode, 404);
    });

    test('every booking link on the sessions page names the session it books: two of one morning differ by their times', async () => {
      const a = await session({ inDays: 2, start: '06:10', end: '07:00', doctorSlug: 'gu-mingcheng', regType: '早间门诊' });
      const b = await session({ inDays: 2, start: '07:40', end: '11:00', doctorSlug: 'gu-mingcheng', regType: '普通门诊' });
      const list = await app.get('/doctors/gu-mingcheng/sessions');
      const labels = [...list.body.matchAll(/<a[^>]*href="\/book\/(\d+)"[^>]*aria-label="([^"]+)"/g)].map((m) => [Number(m[1]), m[2]!] as const);
      const of = (id: number) => labels.find(([i]) => i === id)?.[1] ?? '';
      assert.match(of(a), /^预约 .+ 上午 06:10–07:00$/);
      assert.match(of(b), /^预约 .+ 上午 07:40–11:00$/);
      const names = labels.map(([, l]) => l);
      assert.ok(names.length >= 2);
      assert.equal(new Set(names).size, names.length, `the same link name for different sessions: ${names.join(' / ')}`);
      const english = await app.get('/en/doctors/gu-mingcheng/sessions');
      assert.match(english.body, new RegExp(`href="/en/book/${b}"[^>]*aria-label="Book [^"]+ 07:40–11:00"`));
    });

    test('book → the confirmation shows reference, number, date, period and address; patient data is encrypted at rest; .ics in UTC; the SMS fits two segments', async () => {
      const id = await session({ date: '2026-11-22', period: 'morning', quota: 3, doctorSlug: 'lin-qingyuan' });
      const form = bookingForm({ mobile: '138 0013 8000', name: '王丽华', reason: '脸上白斑半年' });
      const res = await postBooking(app, id, form);
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 500));
      assert.match(String(res.headers.location), /^\/b\/[A-Za-z0-9_-]+\?new=1$/);
      const page = await app.get(String(res.headers.location));
      assert.equal(page.statusCode, 200);
      const body = text(page.body);
      const [b] = await bookingsOf(app.deps.db, id);
      assert.ok(b);
      for (const expected of ['预约成功', b.ref_code, '第 1 号', '2026年11月22日星期日', '上午 08:00–12:00', '示范市青禾区杏林路88号', 'Asia/Shanghai']) assert.ok(body.includes(expected), `confirmation shows ${expected}`);
      assert.match(page.body, /<meta name="robots" content="noindex"/);
      // Encrypted at rest; the mobile number is findable by its keyed hash only.
      const raw = JSON.stringify(b);
      for (const secret of ['王丽华', '13800138000', '脸上白斑']) assert.ok(!raw.includes(secret), `${secret} is not stored in clear`);
      assert.equal(b.status, 'booked');
      assert.match(b.manage_token_hash, /^[A-Za-z0-9_-]{43}$/);
      assert.ok(!raw.includes(tokenOf(res.headers.location as string)), 'the link token is stored hashed');
      assert.equal(b.manage_expires_at, '2026-11-22T04:00:00.000Z', 'the link expires when the session ends');
      // The calendar file: 08:00–12:00 in Shanghai is 00:00–04:00 UTC.
      const ics = await app.get(`/b/${tokenOf(res.headers.location as string)}/booking.ics`);
      assert.equal(ics.statusCode, 200);
      assert.match(String(ics.headers['content-type']), /^text\/calendar/);
      assert.match(ics.body, /DTSTART:20261122T000000Z/);
      assert.match(ics.body, /DTEND:20261122T040000Z/);
      assert.match(ics.body, new RegExp(`UID:${b.ref_code}@clinic.example`));
      // The confirmation SMS goes through the job table.
      await runJobsAt(app, app.clock.now);
      // The code text came first (the mobile proof); then the one confirmation.
      const sms = (await smsTo(app, '13800138000')).filter((m) => m.kind !== 'booking_code');
      assert.equal(sms.length, 1);
      assert.equal(sms[0]!.kind, 'confirmation');
      assert.equal(sms[0]!.to_masked, '138****8000');
      assert.ok(sms[0]!.body.includes(b.ref_code) && sms[0]!.body.includes('第1号') && sms[0]!.body.includes('11月22日周日上午'), sms[0]!.body);
      assert.ok(sms[0]!.body.includes(`https://clinic.example/b/${tokenOf(res.headers.location as string)}`));
      assert.ok(smsSegments(sms[0]!.body).segments <= 2, sms[0]!.body);
    });

    test('a double-submitted form creates one booking, also when both copies arrive at once', async () => {
      const id = await fresh({ quota: 10 });
      const form = bookingForm();
      const first = await postBooking(app, id, form);
      const second = await postBooking(app, id, form);
      assert.equal(first.statusCode, 303);
      assert.equal(second.statusCode, 303);
      assert.equal(second.headers.location, first.headers.location, 'the repeat leads to the same booking');
      const racing = bookingForm();
      const results = await Promise.all(Array.from({ length: 6 }, () => postBooking(app, id, racing)));
      assert.deepEqual(new Set(results.map((r) => r.statusCode)), new Set([303]));
      assert.equal(new Set(results.map((r) => r.headers.location)).size, 1);
      assert.equal((await bookingsOf(app.deps.db, id)).length, 2);
      assert.equal((await sessionRow(app.deps.db, id)).booked, 2);
      // The same key with another mobile number is not a repeat: it is refused.
      const stolen = await postBooking(app, id, { ...form, mobile: nextMobile() });
      assert.equal(stolen.statusCode, 409);
      assert.match(text(stolen.body), /这份表单已经提交过/);
    });

    test('the form that took the last place is answered with its booking when sent again, also in copies at once; others hear "full"', async () => {
      const id = await fresh({ quota: 1 });
      const form = bookingForm();
      const copies = await Promise.all(Array.from({ length: 6 }, () => postBooking(app, id, form)));
      assert.deepEqual(new Set(copies.map((r) => r.statusCode)), new Set([303]));
      assert.equal(new Set(copies.map((r) => r.headers.location)).size, 1);
      // The session is full now: a repeat still leads to the booking, a stranger is told it is full.
      const again = await postBooking(app, id, form);
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, copies[0]!.headers.location);
      const other = await postBooking(app, id, bookingForm());
      assert.equal(other.statusCode, 409);
      assert.ok(text(other.body).includes(zh('booking.err.full')));
      assert.equal((await bookingsOf(app.deps.db, id)).length, 1);
    });

    test('bad input gets a clear message in the patient’s language, keeps what was typed, and changes nothing', async () => {
      const id = await fresh({ quota: 1 });
      const before = await app.deps.db.selectFrom('booking').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const bad = await postBooking(app, id, bookingForm({ mobile: '12345', name: '李雷' }));
      assert.equal(bad.statusCode, 422);
      assert.ok(text(bad.body).includes(zh('booking.err.mobile')));
      assert.match(bad.body, /id="f-name"[^>]*value="李雷"/);
      assert.match(bad.body, /id="f-mobile"[^>]*value="12345"/);
      assert.match(bad.body, /aria-invalid="true"/);
      const badEn = await postBooking(app, id, bookingForm({ mobile: '555-0100' }), '/en');
      assert.equal(badEn.statusCode, 422);
      assert.ok(text(badEn.body).includes(en('booking.err.mobile')));
      const long = await postBooking(app, id, bookingForm({ reason: '痒'.repeat(201) }));
      assert.equal(long.statusCode, 422);
      assert.ok(text(long.body).includes(zh('booking.err.reason', { n: 201 })));
      assert.ok(long.body.includes('痒'.repeat(201)), 'the long reason is shown again to be shortened');
      const noConsent = await postBooking(app, id, bookingForm({ consent_health: '' }));
      assert.equal(noConsent.statusCode, 422);
      assert.ok(text(noConsent.body).includes('需要您同意使用健康信息'));
      const badKey = await postBooking(app, id, bookingForm({ idempotency_key: 'x' }));
      assert.equal(badKey.statusCode, 422);

      // Quota taken.
      assert.equal((await postBooking(app, id, bookingForm())).statusCode, 303);
      const full = await postBooking(app, id, bookingForm({ name: '韩梅梅' }));
      assert.equal(full.statusCode, 409);
      assert.ok(text(full.body).includes(zh('booking.err.full')));
      assert.match(full.body, /value="韩梅梅"/);
      assert.match(full.body, /name="action" value="waitlist"/, 'a full session offers its waiting list');
      const fullEn = await postBooking(app, id, bookingForm(), '/en');
      assert.ok(text(fullEn.body).includes(en('booking.err.full')));

      // A session in the past, and one within the cut-off.
      const past = await session({ inDays: 0, start: '08:00', end: '09:00', doctorSlug: 'su-jinghe' });
      const pastRes = await postBooking(app, past, bookingForm());
      assert.equal(pastRes.statusCode, 409);
      assert.ok(text(pastRes.body).includes(zh('booking.err.past')));
      const soon = await session({ inDays: 0, start: '11:30', end: '12:00', doctorSlug: 'su-jinghe' });
      const soonRes = await postBooking(app, soon, bookingForm());
      assert.equal(soonRes.statusCode, 409);
      assert.ok(text(soonRes.body).includes('网上预约已截止'));

      // A stopped session.
      const stopped = await fresh({ quota: 5 });
      await app.deps.db.updateTable('clinic_session').set({ status: 'stopped', stop_reason: '医生外出会诊' }).where('id', '=', stopped).execute();
      const stoppedRes = await postBooking(app, stopped, bookingForm(), '/en');
      assert.equal(stoppedRes.statusCode, 409);
      assert.ok(text(stoppedRes.body).includes(en('booking.err.stopped')));

      const afterCount = await app.deps.db.selectFrom('booking').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n) + 1, 'only the one valid booking was made');
      assert.equal((await sessionRow(app.deps.db, id)).booked, 1);
      assert.equal((await sessionRow(app.deps.db, stopped)).booked, 0);
    });

    test('200 simultaneous booking requests for a session with quota 5: exactly 5 bookings numbered 1–5 and 195 clear "full" answers', async () => {
      const id = await fresh({ quota: 5 });
      const results = await Promise.all(Array.from({ length: 200 }, () => postBooking(app, id, bookingForm())));
      const booked = results.filter((r) => r.statusCode === 303);
      const full = results.filter((r) => r.statusCode === 409 && text(r.body).includes(zh('booking.err.full')));
      assert.equal(booked.length, 5);
      assert.equal(full.length, 195);
      const rows = await bookingsOf(app.deps.db, id);
      assert.deepEqual(rows.map((b) => b.queue_no), [1, 2, 3, 4, 5]);
      const s = await sessionRow(app.deps.db, id);
      assert.equal(s.booked, 5);
      assert.equal(s.issued, 5);
    });

    test('limits: bookings per mobile per day and per doctor, how far ahead', async () => {
      const mobile = nextMobile();
      const a = await session({ inDays: 3, period: 'morning', doctorSlug: 'shen-shutong', quota: 9 });
      const b = await session({ inDays: 3, period: 'afternoon', doctorSlug: 'xu-huaijin', quota: 9 });
      const c = await session({ inDays: 3, period: 'evening', doctorSlug: 'su-jinghe', quota: 9 });
      assert.equal((await postBooking(app, a, bookingForm({ mobile }))).statusCode, 303);
      const again = await postBooking(app, a, bookingForm({ mobile }));
      assert.equal(again.statusCode, 409);
      assert.ok(text(again.body).includes(zh('booking.err.already')));
      assert.equal((await postBooking(app, b, bookingForm({ mobile }))).statusCode, 303);
      const third = await postBooking(app, c, bookingForm({ mobile }));
      assert.equal(third.statusCode, 429);
      assert.ok(text(third.body).includes(zh('booking.err.limitDay', { n: 2 })));
      const d1 = await session({ inDays: 4, doctorSlug: 'shen-shutong', quota: 9 });
      const d2 = await session({ inDays: 5, doctorSlug: 'shen-shutong', quota: 9 });
      assert.equal((await postBooking(app, d1, bookingForm({ mobile }))).statusCode, 303);
      const perDoctor = await postBooking(app, d2, bookingForm({ mobile }));
      assert.equal(perDoctor.statusCode, 429);
      assert.ok(text(perDoctor.body).includes(zh('booking.err.limitDoctor', { n: 2 })));
      const far = await session({ inDays: 20, doctorSlug: 'shen-shutong' });
      const farRes = await postBooking(app, far, bookingForm());
      assert.equal(farRes.statusCode, 409);
      assert.ok(text(farRes.body).includes(zh('booking.err.tooFar', { days: 14 })));
    });

    test('the private link views, moves and cancels; a cancelled place is freed but its number is never reused', async () => {
      const from = await session({ inDays: 6, period: 'morning', doctorSlug: 'tang-yining', quota: 3 });
      const to = await session({ inDays: 7, period: 'afternoon', doctorSlug: 'tang-yining', quota: 3 });
      // Another doctor's session of another service (phototherapy, which fang-yanqiu does not offer).
      const other = await session({ inDays: 7, period: 'morning', doctorSlug: 'fang-yanqiu', quota: 3, service: 'phototherapy' });
      const res = await postBooking(app, from, bookingForm());
      const token = tokenOf(res.headers.location as string);
      await postBooking(app, from, bookingForm());
      await runJobsAt(app, app.clock.now);
      const movePage = await app.get(`/b/${token}/move`);
      assert.equal(movePage.statusCode, 200);
      assert.match(movePage.body, new RegExp(`name="session_id" value="${to}"`));
      assert.ok(!movePage.body.includes(`value="${other}"`), 'only sessions of the same service, with doctors who offer it, are offered');
      assert.equal((await postForm(app, `/b/${token}/move`, { session_id: String(other) })).statusCode, 409);
      const moved = await postForm(app, `/b/${token}/move`, { session_id: String(to) });
      assert.equal(moved.statusCode, 303);
      await runJobsAt(app, app.clock.now);
      assert.equal((await sessionRow(app.deps.db, from)).booked, 1);
      assert.equal((await sessionRow(app.deps.db, to)).booked, 1);
      const view = text((await app.get(`/b/${token}?msg=moved`)).body);
      assert.ok(view.includes('已改约到新的时段') && view.includes('第 1 号') && view.includes('下午 13:30–17:00'));
      // A new booking in the old session gets number 3: number 1 (moved away) is not reused.
      await postBooking(app, from, bookingForm());
      assert.deepEqual((await bookingsOf(app.deps.db, from)).map((b) => b.queue_no), [2, 3]);
      const cancelled = await postForm(app, `/b/${token}/cancel`);
      assert.equal(cancelled.statusCode, 303);
      assert.equal((await sessionRow(app.deps.db, to)).booked, 0);
      const after = text((await app.get(`/b/${token}?msg=cancelled`)).body);
      assert.ok(after.includes('预约已取消') && after.includes('已取消'));
      assert.equal((await postForm(app, `/b/${token}/cancel`)).statusCode, 409, 'cancelling twice changes nothing');
      assert.equal((await app.get('/b/not-a-real-token-at-all-000000')).statusCode, 404);
      await runJobsAt(app, app.clock.now);
      const kinds = (await app.deps.db.selectFrom('sms_message').select('kind').where('booking_id', '=', (await app.deps.db.selectFrom('booking').select('id').where('session_id', '=', to).executeTakeFirstOrThrow()).id).orderBy('id').execute()).map((r) => r.kind);
      assert.deepEqual(kinds, ['confirmation', 'moved', 'cancellation']);
    });

    test('cancelling closes shortly before the session, and the private link expires after the visit', async () => {
      const id = await session({ inDays: 0, start: '14:00', end: '16:00', doctorSlug: 'xu-huaijin', quota: 3 });
      const res = await postBooking(app, id, bookingForm());
      assert.equal(res.statusCode, 303);
      const token = tokenOf(res.headers.location as string);
      const saved = app.clock.now;
      try {
        app.clock.now = new Date(Date.parse((await sessionRow(app.deps.db, id)).starts_at) - 60 * 60_000);
        const late = await postForm(app, `/b/${token}/cancel`);
        assert.equal(late.statusCode, 409);
        assert.ok(text(late.body).includes('不能在线取消或改约'));
        app.clock.now = new Date(Date.parse((await sessionRow(app.deps.db, id)).ends_at) + 1000);
        assert.equal((await app.get(`/b/${token}`)).statusCode, 404);
      } finally {
        app.clock.now = saved;
      }
    });

    test('a full session’s waiting list: a freed place is offered and held; an unanswered offer passes to the next', async () => {
      const id = await fresh({ quota: 1 });
      const holder = await postBooking(app, id, bookingForm());
      const w1Mobile = nextMobile();
      const w2Mobile = nextMobile();
      const w1 = await postBooking(app, id, bookingForm({ mobile: w1Mobile, action: 'waitlist' }));
      const w2 = await postBooking(app, id, bookingForm({ mobile: w2Mobile, action: 'waitlist' }));
      assert.equal(w1.statusCode, 303);
      assert.match(String(w1.headers.location), /^\/w\//);
      assert.ok(text((await app.get(String(w2.headers.location))).body).includes('目前排第 2 位'));
      // The holder cancels: the place is held for the first in line, not given back.
      await postForm(app, `/b/${tokenOf(holder.headers.location as string)}/cancel`);
      assert.equal((await sessionRow(app.deps.db, id)).booked, 1);
      const stranger = await postBooking(app, id, bookingForm());
      assert.equal(stranger.statusCode, 409, 'a held place cannot be taken by someone else');
      await runJobsAt(app, app.clock.now);
      const offer = (await smsTo(app, w1Mobile)).find((m) => m.kind === 'offer');
      assert.ok(offer, 'the first in line is texted');
      assert.ok(smsSegments(offer.body).segments <= 2);
      // Nobody answers: after the hold the offer passes on.
      const later = new Date(app.clock.now.getTime() + 31 * 60_000);
      await runJobsAt(app, later);
      assert.ok(text((await app.get(String(w1.headers.location))).body).includes('保留时间已过'));
      assert.ok((await smsTo(app, w2Mobile)).some((m) => m.kind === 'offer'), 'the next in line is offered the place');
      const saved = app.clock.now;
      app.clock.now = new Date(later.getTime() + 60_000);
      try {
        const accepted = await postForm(app, `/w/${tokenOf(w2.headers.location as string)}/accept`);
        assert.equal(accepted.statusCode, 303);
        assert.match(String(accepted.headers.location), /^\/b\/.+\?new=1$/);
        const rows = await bookingsOf(app.deps.db, id);
        assert.deepEqual(rows.map((b) => [b.queue_no, b.status, b.source]), [
          [1, 'cancelled', 'online'],
          [2, 'booked', 'waitlist'],
        ]);
        assert.equal((await sessionRow(app.deps.db, id)).booked, 1);
      } finally {
        app.clock.now = saved;
      }
    });

    test('reminders go out the day before and are never sent for a cancelled or checked-in booking', async () => {
      const id = await session({ inDays: 3, period: 'afternoon', doctorSlug: 'su-jinghe', quota: 5 });
      const mobiles = [nextMobile(), nextMobile(), nextMobile()];
      const tokens = [];
      for (const mobile of mobiles) tokens.push(tokenOf((await postBooking(app, id, bookingForm({ mobile }))).headers.location as string));
      await postForm(app, `/b/${tokens[1]}/cancel`);
      const rows = await bookingsOf(app.deps.db, id);
      await app.deps.db.updateTable('booking').set({ status: 'checked_in' }).where('id', '=', rows[2]!.id).execute();
      const s = await sessionRow(app.deps.db, id);
      const eve = new Date(Date.parse(`${s.local_date}T00:00:00Z`) - 86_400_000);
      // 10:00 in Shanghai on the day before is 02:00 UTC.
      const dayBefore = new Date(eve.getTime() + 2 * 3600_000);
      await runJobsAt(app, new Date(dayBefore.getTime() - 60_000));
      assert.ok(!(await smsTo(app, mobiles[0]!)).some((m) => m.kind === 'reminder'), 'not before its time');
      await runJobsAt(app, dayBefore);
      const first = await smsTo(app, mobiles[0]!);
      const reminder = first.find((m) => m.kind === 'reminder');
      assert.ok(reminder, 'the booked patient is reminded');
      assert.ok(reminder.body.includes('明天') && reminder.body.includes('下午13:30'), reminder.body);
      assert.ok(!(await smsTo(app, mobiles[1]!)).some((m) => m.kind === 'reminder'), 'no reminder after a cancellation');
      assert.ok(!(await smsTo(app, mobiles[2]!)).some((m) => m.kind === 'reminder'), 'no reminder after check-in');
    });

    test('a screening answer that rules the service out says so kindly, suggests a consultation, and books nothing', async () => {
      const id = await fresh({ service: 'microneedling', quota: 4, regType: '微针治疗' });
      const form = await app.get(`/book/${id}`);
      assert.ok(text(form.body).includes('您是否对金属（如镍、不锈钢）过敏？'));
      const answers = { q_pregnancy: 'no', q_metal_allergy: 'yes', q_skin_infection: 'no', q_diabetes_heart: 'no' };
      const res = await postBooking(app, id, bookingForm(answers));
      assert.equal(res.statusCode, 422);
      const body = text(res.body);
      assert.ok(body.includes('这项治疗现在可能不适合您'));
      assert.ok(body.includes('金属过敏') && body.includes('请先预约普通门诊'));
      assert.match(res.body, /查看普通门诊号源/);
      const missing = await postBooking(app, id, bookingForm({ q_pregnancy: 'no' }));
      assert.equal(missing.statusCode, 422);
      assert.ok(text(missing.body).includes(zh('booking.err.screening')));
      const ok = await postBooking(app, id, bookingForm({ ...answers, q_metal_allergy: 'no' }));
      assert.equal(ok.statusCode, 303);
      assert.equal((await bookingsOf(app.deps.db, id)).length, 1);
      const en2 = await postBooking(app, id, bookingForm(answers), '/en');
      assert.ok(text(en2.body).includes('a metal allergy') && text(en2.body).includes('book an ordinary consultation first'));
    });
  });
}
