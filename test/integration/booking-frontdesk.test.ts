import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { feedbackToken } from '../../src/feedback/feedback.service.js';
import { smsSegments } from '../../src/messaging/sms.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, nextMobile, postBooking, postForm, runJobsAt, sessionRow, smsTo, tokenOf } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// The staff side of booking on both engines: the front desk's day (lists, check-in, no-show,
// walk-in, audited search; marks only on the session's day, undone that day), a doctor's own sessions, schedule templates and exceptions, and 停诊.

async function auditActions(app: TestApp, action: string) {
  return app.deps.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id').execute();
}

for (const dialect of dialects) {
  describe(`front desk and schedules on ${dialect.name}`, () => {
    let app: TestApp;
    let desk: StaffClient & { userId: number };
    const session = (o: Parameters<typeof createSession>[3] = {}) => createSession(app.deps.db, app.config, app.clock.now, o);

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
      desk = await signedIn(app, ['frontdesk']);
    });
    after(() => app.close());

    test('the day list shows each session’s patients; check-in, no-show and walk-in are recorded and audited', async () => {
      // Today's session (check-in and no-show are for the session's own day): the clock reads 11:00 in the clinic.
      const id = await session({ inDays: 0, start: '13:35', end: '17:00', doctorSlug: 'gu-mingcheng', quota: 3 });
      const { local_date: date } = await sessionRow(app.deps.db, id);
      await postBooking(app, id, bookingForm({ name: '赵一', mobile: '13700000001' }));
      await postBooking(app, id, bookingForm({ name: '钱二', mobile: '13700000002' }));
      const list = await desk.get(`/staff/bookings?date=${date}`);
      assert.equal(list.statusCode, 200);
      const body = text(list.body);
      assert.ok(body.includes('赵一') && body.includes('钱二'), 'names are decrypted for the front desk');
      assert.ok(body.includes('137****0001') && !body.includes('13700000001'), 'mobile numbers are masked in lists');
      assert.ok(body.includes('号源 3 · 已约 2 · 余 1'));
      assert.equal((await auditActions(app, 'booking.list')).at(-1)!.subject_id, date);

      const [first, second] = await bookingsOf(app.deps.db, id);
      const checkIn = await desk.post(`/staff/bookings/${first!.id}/check-in`, { back: `/staff/bookings?date=${date}` });
      assert.equal(checkIn.statusCode, 303);
      assert.equal(checkIn.headers.location, `/staff/bookings?date=${date}&msg=checkedIn`);
      assert.equal((await desk.post(`/staff/bookings/${first!.id}/check-in`, {})).statusCode, 409, 'checking in twice changes nothing');
      assert.equal((await desk.post(`/staff/bookings/${second!.id}/no-show`, {})).statusCode, 303);
      const rows = await bookingsOf(app.deps.db, id);
      assert.deepEqual(rows.map((b) => b.status), ['checked_in', 'no_show']);
      assert.equal((await auditActions(app, 'booking.check_in')).at(-1)!.subject_id, String(first!.id));
      assert.equal((await auditActions(app, 'booking.no_show')).at(-1)!.actor_user_id, desk.userId);

      // A walk-in takes the remaining place, with the next number; then the session is full.
      const form = await desk.get(`/staff/sessions/${id}/walk-in`);
      assert.equal(form.statusCode, 200);
      const key = /name="idempotency_key" value="([^"]+)"/.exec(form.body)![1]!;
      const walkIn = await desk.post(`/staff/sessions/${id}/walk-in`, { idempotency_key: key, name: '孙三', mobile: '', visit_type: 'return', reason: '' });
      assert.equal(walkIn.statusCode, 303, text(walkIn.body).slice(0, 400));
      assert.equal((await desk.post(`/staff/sessions/${id}/walk-in`, { idempotency_key: key, name: '孙三', mobile: '', visit_type: 'return', reason: '' })).statusCode, 303, 'a double click registers once');
      const after = await bookingsOf(app.deps.db, id);
      assert.deepEqual(after.map((b) => [b.queue_no, b.source]), [[1, 'online'], [2, 'online'], [3, 'walkin']]);
      await desk.get(`/staff/sessions/${id}/walk-in`);
      const full = await desk.post(`/staff/sessions/${id}/walk-in`, { idempotency_key: 'another-walk-in-key-0001', name: '李四', mobile: '13700000009', visit_type: 'first', reason: '' });
      assert.equal(full.statusCode, 422);
      assert.ok(text(full.body).includes('已经约满'));
      assert.equal((await auditActions(app, 'booking.walk_in')).length >= 1, true);
    });

    test('check-in and no-show only on the session’s day; undone the same day, audited, once; the thank-you text taken back', async () => {
      const jobsOf = (bookingId: number) => app.deps.db.selectFrom('job').selectAll().where('dedupe_key', '=', `feedback-thanks:${bookingId}`).execute();
      const statusOf = async (bookingId: number) => (await app.deps.db.selectFrom('booking').select('status').where('id', '=', bookingId).executeTakeFirstOrThrow()).status;
      const auditsOf = async (bookingId: number) => (await app.deps.db.selectFrom('audit_event').selectAll().where('subject_type', '=', 'booking').where('subject_id', '=', String(bookingId)).orderBy('id').execute()).filter((e) => e.action !== 'booking.view');

      // Tomorrow's patient cannot be checked in, or marked absent, today: a clear refusal, nothing written but the refused attempt.
      const tomorrow = await session({ inDays: 1, start: '07:35', end: '11:00', doctorSlug: 'gu-mingcheng', quota: 3 });
      await postBooking(app, tomorrow, bookingForm({ name: '冯八' }));
      const [early] = await bookingsOf(app.deps.db, tomorrow);
      const { local_date: tomorrowDate } = await sessionRow(app.deps.db, tomorrow);
      const tomorrowList = await desk.get(`/staff/bookings?date=${tomorrowDate}`);
      assert.ok(!tomorrowList.body.includes(`/staff/bookings/${early!.id}/check-in`), 'no check-in button on another day');
      assert.ok(text(tomorrowList.body).includes('只能在就诊当天办理'));
      for (const path of ['check-in', 'no-show', 'undo']) {
        const refused = await desk.post(`/staff/bookings/${early!.id}/${path}`, { back: `/staff/bookings?date=${tomorrowDate}` });
        assert.equal(refused.statusCode, 409, path);
        assert.ok(text(refused.body).includes(path === 'undo' ? '没有可以撤销' : `只能在就诊当天（${tomorrowDate}）`), text(refused.body).slice(0, 400));
        assert.ok(refused.body.includes(`href="/staff/bookings?date=${tomorrowDate}"`), 'the refusal leads back to the list');
      }
      assert.equal(await statusOf(early!.id), 'booked');
      assert.deepEqual(await jobsOf(early!.id), []);
      assert.deepEqual((await auditsOf(early!.id)).map((e) => [e.action, e.outcome]), [
        ['booking.check_in', 'failure'],
        ['booking.no_show', 'failure'],
        ['booking.check_in_undo', 'failure'],
      ]);

      // Today's patients: checked in and marked absent, then both undone from the day list.
      const id = await session({ inDays: 0, start: '14:05', end: '17:00', doctorSlug: 'xu-huaijin', quota: 3 });
      const { local_date: date } = await sessionRow(app.deps.db, id);
      const back = `/staff/bookings?date=${date}`;
      await postBooking(app, id, bookingForm({ name: '陈九' }));
      await postBooking(app, id, bookingForm({ name: '褚十' }));
      const [came, absent] = await bookingsOf(app.deps.db, id);
      await desk.get(back);
      assert.equal((await desk.post(`/staff/bookings/${came!.id}/check-in`, { back })).statusCode, 303);
      assert.equal((await desk.post(`/staff/bookings/${absent!.id}/no-show`, { back })).statusCode, 303);
      assert.equal((await jobsOf(came!.id)).filter((j) => j.done_at === null).length, 1, 'the check-in queued its thank-you text');
      const list = await desk.get(back);
      assert.match(list.body, new RegExp(`action="/staff/bookings/${came!.id}/undo"[^]*?aria-label="撤销签到：1 号 陈九"`));
      assert.match(list.body, new RegExp(`action="/staff/bookings/${absent!.id}/undo"[^]*?aria-label="撤销未到诊：2 号 褚十"`));

      const undone = await desk.post(`/staff/bookings/${came!.id}/undo`, { back });
      assert.equal(undone.statusCode, 303);
      assert.equal(undone.headers.location, `${back}&msg=checkInUndone`);
      assert.equal(await statusOf(came!.id), 'booked');
      assert.deepEqual(await jobsOf(came!.id), [], 'the queued thank-you text is taken back');
      const again = await desk.post(`/staff/bookings/${came!.id}/undo`, { back });
      assert.equal(again.statusCode, 409, 'a second undo finds nothing to undo');
      assert.ok(text(again.body).includes('现在是“已预约”，没有可以撤销的签到或未到诊'), text(again.body).slice(0, 400));
      assert.equal(await statusOf(came!.id), 'booked');
      assert.equal((await desk.post(`/staff/bookings/${absent!.id}/undo`, { back })).headers.location, `${back}&msg=noShowUndone`);
      assert.equal(await statusOf(absent!.id), 'booked');
      const trail = await auditsOf(came!.id);
      assert.deepEqual(trail.map((e) => [e.action, e.outcome, e.actor_user_id]), [
        ['booking.check_in', 'success', desk.userId],
        ['booking.check_in_undo', 'success', desk.userId],
        ['booking.check_in_undo', 'failure', desk.userId],
      ]);
      assert.deepEqual(JSON.parse(trail[1]!.detail_json), { ref: came!.ref_code, sessionId: id, from: 'checked_in', thanksCancelled: true });
      assert.deepEqual((await auditsOf(absent!.id)).map((e) => [e.action, e.outcome]), [
        ['booking.no_show', 'success'],
        ['booking.no_show_undo', 'success'],
      ]);

      // Checked in again: the thank-you text is queued again. Two undo clicks at once apply once.
      assert.equal((await desk.post(`/staff/bookings/${came!.id}/check-in`, { back })).statusCode, 303);
      assert.equal((await jobsOf(came!.id)).length, 1);
      const both = await Promise.all([desk.post(`/staff/bookings/${came!.id}/undo`, { back }), desk.post(`/staff/bookings/${came!.id}/undo`, { back })]);
      assert.deepEqual(both.map((r) => r.statusCode).sort(), [303, 409]);
      assert.equal((await auditsOf(came!.id)).filter((e) => e.action === 'booking.check_in_undo' && e.outcome === 'success').length, 2, 'one more undo recorded, not two');

      // A visit the patient has already rated stays checked in (the rating rests on it).
      await postBooking(app, id, bookingForm({ name: '卫十一' }));
      const rated = (await bookingsOf(app.deps.db, id))[2]!;
      assert.equal((await desk.post(`/staff/bookings/${rated.id}/check-in`, { back })).statusCode, 303);
      const rt = await bookingRuntime(app.deps.db, app.config);
      assert.equal((await postForm(app, `/feedback/${feedbackToken(rt, rated)}`, { explain: '5', attitude: '5', wait: '4' })).statusCode, 303);
      const keep = await desk.post(`/staff/bookings/${rated.id}/undo`, { back });
      assert.equal(keep.statusCode, 409);
      assert.ok(text(keep.body).includes('患者已对这次就诊作出评价'), text(keep.body).slice(0, 400));
      assert.equal(await statusOf(rated.id), 'checked_in');

      // The next day the marks stand: an undo is refused and changes nothing.
      assert.equal((await desk.post(`/staff/bookings/${absent!.id}/check-in`, { back })).statusCode, 303);
      const saved = app.clock.now;
      app.clock.now = new Date(saved.getTime() + 24 * 3600_000);
      try {
        const nextDay = await signedIn(app, ['frontdesk']);
        const late = await nextDay.post(`/staff/bookings/${absent!.id}/undo`, { back });
        assert.equal(late.statusCode, 409);
        assert.ok(text(late.body).includes(`只能在就诊当天（${date}）撤销签到或未到诊`), text(late.body).slice(0, 400));
        assert.equal(await statusOf(absent!.id), 'checked_in');
        assert.equal((await jobsOf(absent!.id)).length, 1, 'the thank-you text stays queued');
        assert.deepEqual((await auditsOf(absent!.id)).map((e) => [e.action, e.outcome]).at(-1), ['booking.check_in_undo', 'failure']);
        assert.equal((await nextDay.post(`/staff/bookings/${absent!.id}/no-show`, { back })).statusCode, 409);
        assert.equal(await statusOf(absent!.id), 'checked_in');
      } finally {
        app.clock.now = saved;
      }
    });

    test('search by reference or mobile number, and every look at a booking, is audited', async () => {
      const id = await session({ inDays: 1, start: '07:40', end: '11:00', doctorSlug: 'xu-huaijin', quota: 3 });
      const mobile = nextMobile();
      await postBooking(app, id, bookingForm({ mobile, name: '周五', reason: '头皮白斑', email: 'zhou@example.com' }));
      const [b] = await bookingsOf(app.deps.db, id);
      await desk.get('/staff/bookings/search');
      const byRef = await desk.get(`/staff/bookings/search?q=${b!.ref_code.toLowerCase()}`);
      assert.ok(text(byRef.body).includes('周五'));
      const byMobile = await desk.get(`/staff/bookings/search?q=${mobile}`);
      assert.ok(text(byMobile.body).includes(b!.ref_code));
      const searches = await auditActions(app, 'booking.search');
      assert.deepEqual(
        searches.slice(-2).map((e) => JSON.parse(e.detail_json).by),
        ['ref', 'mobile'],
      );
      assert.ok(!searches.at(-1)!.detail_json.includes(mobile), 'the audit log keeps the number masked');
      assert.equal((await desk.get('/staff/bookings/search?q=hello')).statusCode, 422);
      const detail = await desk.get(`/staff/bookings/${b!.id}`);
      assert.ok(text(detail.body).includes('头皮白斑') && text(detail.body).includes('zhou@example.com'));
      assert.equal((await auditActions(app, 'booking.view')).at(-1)!.subject_id, String(b!.id));
      assert.equal((await desk.get('/staff/bookings/99999999')).statusCode, 404);
    });

    test('doctors see their own sessions only; the front desk pages are not theirs', async () => {
      const doctor = await signedIn(app, ['doctor'], { doctorSlug: 'lin-qingyuan' });
      const own = await session({ inDays: 1, start: '07:50', end: '11:00', doctorSlug: 'lin-qingyuan', quota: 3 });
      const other = await session({ inDays: 1, start: '07:50', end: '11:00', doctorSlug: 'su-jinghe', quota: 3 });
      await postBooking(app, own, bookingForm({ name: '吴六' }));
      await postBooking(app, other, bookingForm({ name: '郑七' }));
      const mine = await doctor.get('/staff/my-sessions');
      assert.equal(mine.statusCode, 200);
      assert.ok(text(mine.body).includes('吴六'));
      assert.ok(!text(mine.body).includes('郑七'), 'another doctor’s patients are not shown');
      assert.ok(!text(mine.body).includes('苏静禾'));
      assert.equal((await doctor.get('/staff/bookings')).statusCode, 403);
      assert.equal((await desk.get('/staff/my-sessions')).statusCode, 403);
    });

    test('templates make sessions; a day off stops the booked session; 停诊 tells every patient and offers another session', async () => {
      const doctor = await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'fang-yanqiu').executeTakeFirstOrThrow();
      await desk.get(`/staff/schedules/${doctor.id}`);
      const bad = await desk.post(`/staff/schedules/${doctor.id}/templates`, { weekday: '3', period: 'custom', start_local: '15:00', end_local: '14:00', reg_type: '专家门诊', fee: '30', quota: '4', service: 'consultation' });
      assert.equal(bad.statusCode, 422);
      assert.ok(text(bad.body).includes('结束晚于开始'));
      const made = await desk.post(`/staff/schedules/${doctor.id}/templates`, { weekday: '3', period: 'custom', start_local: '14:00', end_local: '16:00', reg_type: '专家门诊', fee: '30', quota: '4', service: 'consultation' });
      assert.equal(made.statusCode, 303, text(made.body).slice(0, 300));
      const generated = await app.deps.db.selectFrom('clinic_session').selectAll().where('doctor_id', '=', doctor.id).where('start_local', '=', '14:00').orderBy('local_date').execute();
      assert.deepEqual(generated.map((s) => s.local_date), ['2026-11-25', '2026-12-02'], 'every Wednesday in the next 14 days');
      assert.equal(generated[0]!.starts_at, '2026-11-25T06:00:00.000Z');

      // Two patients book the first Wednesday; then the doctor takes that day off.
      const [wed, nextWed] = generated;
      const mobiles = [nextMobile(), nextMobile()];
      const tokens = [];
      for (const mobile of mobiles) tokens.push(tokenOf((await postBooking(app, wed!.id, bookingForm({ mobile }))).headers.location as string));
      await desk.get(`/staff/schedules/${doctor.id}`);
      const off = await desk.post(`/staff/schedules/${doctor.id}/exceptions`, { local_date: wed!.local_date, template_id: '', quota: '', note: '外出会诊' });
      assert.equal(off.statusCode, 303, text(off.body).slice(0, 300));
      assert.equal((await sessionRow(app.deps.db, wed!.id)).status, 'stopped');
      assert.deepEqual((await bookingsOf(app.deps.db, wed!.id)).map((b) => [b.status, b.cancelled_by]), [
        ['cancelled', 'stopped'],
        ['cancelled', 'stopped'],
      ]);
      await runJobsAt(app, app.clock.now);
      for (const mobile of mobiles) {
        const stopped = (await smsTo(app, mobile)).find((m) => m.kind === 'stopped');
        assert.ok(stopped, 'every booked patient is told');
        assert.ok(stopped.body.includes('停诊') && /可改约\d+月\d+日周./.test(stopped.body), stopped.body);
        assert.ok(smsSegments(stopped.body).segments <= 2);
      }
      // The private link still works and moves the patient into the offered session.
      const page = text((await app.get(`/b/${tokens[0]}`)).body);
      assert.ok(page.includes('外出会诊') && page.includes('改约其他时段'));
      const moved = await postForm(app, `/b/${tokens[0]}/move`, { session_id: String(nextWed!.id) });
      assert.equal(moved.statusCode, 303);
      assert.deepEqual((await bookingsOf(app.deps.db, nextWed!.id)).map((b) => [b.queue_no, b.status]), [[1, 'booked']]);
      assert.equal((await auditActions(app, 'session.stop')).at(-1)!.subject_id, String(wed!.id));

      // Stopping a session from the front desk's list.
      await desk.get(`/staff/sessions/${nextWed!.id}/stop`);
      assert.equal((await desk.post(`/staff/sessions/${nextWed!.id}/stop`, { reason: '' })).statusCode, 422);
      const stop = await desk.post(`/staff/sessions/${nextWed!.id}/stop`, { reason: '医生临时停诊' });
      assert.equal(stop.statusCode, 303);
      assert.equal((await sessionRow(app.deps.db, nextWed!.id)).status, 'stopped');
      const shown = await app.get(`/doctors/fang-yanqiu/sessions`);
      assert.ok(text(shown.body).includes('停诊'));
      assert.equal((await postBooking(app, nextWed!.id, bookingForm())).statusCode, 409);
    });
  });
}
