import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, postBooking, sessionRow } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { assertEnglish } from '../helpers/staff-english.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// Issue 16, acceptance 4, for the booking back office on both engines: every schedule, front desk,
// services and own-schedule page (lists, forms, detail pages, forms re-shown with their errors,
// refusals) is English for a staff member whose language is English, with the Chinese data on it
// (doctor and patient names, 号别, service names, question texts, reasons) marked lang="zh-CN";
// and the Chinese default is unchanged. The demo clock reads Friday 2026-11-20, 11:00 in the clinic.

for (const dialect of dialects) {
  describe(`the booking back office in English on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: StaffClient;
    let desk: StaffClient;
    let doctor: StaffClient;
    let zhAdmin: StaffClient;
    let today = '';
    let todaySession = 0;
    let laterSession = 0;
    let linId = 0;

    const ok = async (client: StaffClient, url: string, status = 200) => {
      const res = await client.get(url);
      assert.equal(res.statusCode, status, `${url}: ${res.body.slice(0, 300)}`);
      assertEnglish(res.body, url);
      return res;
    };
    const refused = async (client: StaffClient, url: string, form: Record<string, string | string[]>, status = 422) => {
      const res = await client.post(url, form);
      assert.equal(res.statusCode, status, `POST ${url}: ${res.body.slice(0, 300)}`);
      assertEnglish(res.body, `POST ${url}`);
      return res;
    };

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
      linId = (await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow()).id;
      admin = await signedIn(app, ['admin'], { locale: 'en' });
      desk = await signedIn(app, ['frontdesk'], { locale: 'en' });
      doctor = await signedIn(app, ['doctor'], { doctorSlug: 'fang-yanqiu', locale: 'en' });
      zhAdmin = await signedIn(app, ['admin']);
      todaySession = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 0, start: '13:35', end: '17:00', doctorSlug: 'gu-mingcheng', quota: 4 });
      today = (await sessionRow(app.deps.db, todaySession)).local_date;
      await postBooking(app, todaySession, bookingForm({ name: '赵一', mobile: '13700000101', reason: '手背白斑两个月' }));
      await postBooking(app, todaySession, bookingForm({ name: '钱二', mobile: '13700000102' }));
      laterSession = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '07:45', end: '11:00', quota: 3 });
      await postBooking(app, laterSession, bookingForm({ name: '孙三', mobile: '13700000103' }));
    });
    after(() => app.close());

    test('schedules: the list, a doctor’s schedule, its forms re-shown with errors, stopping a session, the limits', async () => {
      await ok(admin, '/staff/schedules');
      await ok(admin, '/staff/schedules?msg=generated');
      await ok(admin, `/staff/schedules/${linId}`);
      const bad = await refused(admin, `/staff/schedules/${linId}/templates`, { weekday: '9', period: 'custom', start_local: '12:00', end_local: '11:00', reg_type: '', fee: '-1', quota: '0', service: 'consultation' });
      assert.ok(text(bad.body).includes('Choose a weekday.'), 'the form’s problems are in English');
      await refused(admin, `/staff/schedules/${linId}/exceptions`, { local_date: 'soon', template_id: '', quota: '', note: '' });
      await refused(admin, `/staff/schedules/${linId}/exceptions`, { local_date: '2020-01-01', template_id: '', quota: '', note: '外出会诊' });
      // An exception with a reason (data) shows in the list.
      const added = await admin.post(`/staff/schedules/${linId}/exceptions`, { local_date: '2026-12-30', template_id: '', quota: '7', note: '外出会诊' });
      assert.equal(added.statusCode, 303);
      await ok(admin, `/staff/schedules/${linId}?msg=exception`);

      await ok(admin, `/staff/sessions/${laterSession}/stop`);
      await refused(admin, `/staff/sessions/${laterSession}/stop`, { reason: '' });
      const stop = await admin.post(`/staff/sessions/${laterSession}/stop`, { reason: '医生外出会诊' });
      assert.equal(stop.statusCode, 303);
      const date = (await sessionRow(app.deps.db, laterSession)).local_date;
      const after = await ok(desk, `/staff/bookings?date=${date}&msg=stopped`);
      assert.ok(after.body.includes('<span lang="zh-CN">医生外出会诊</span>'), 'the reason is data, marked');
      await ok(admin, `/staff/sessions/${laterSession}/stop`);

      await ok(admin, '/staff/schedules/limits');
      await ok(admin, `/staff/schedules/limits?doctor=${linId}`);
      const badLimits = await refused(admin, '/staff/schedules/limits', { doctor: '', self_edit: '1', max_sessions_week: '30', earliest_start: '19:00', latest_end: '25:00', max_quota: '0', days_ahead: '60', notice_hours: '1.5' });
      assert.ok(text(badLimits.body).includes('Most sessions a week must be from 0 to 21.'));
      const saved = await admin.post('/staff/schedules/limits', { doctor: String(linId), self_edit: '1', max_sessions_week: '10', earliest_start: '07:30', latest_end: '21:00', max_quota: '40', days_ahead: '90', notice_hours: '48' });
      assert.equal(saved.statusCode, 303);
      await ok(admin, `/staff/schedules/limits?doctor=${linId}&msg=limits`);
    });

    test('the front desk: the day’s bookings, search, a booking, check-in and its refusals, walk-ins, a doctor’s sessions', async () => {
      const day = await ok(desk, `/staff/bookings?date=${today}`);
      assert.ok(day.body.includes('<td lang="zh-CN"><a href="/staff/bookings/'), 'patient names are data, marked');
      await ok(desk, `/staff/bookings?date=${today}&doctor=${linId}`);
      const [first, second] = await bookingsOf(app.deps.db, todaySession);
      assert.equal((await desk.post(`/staff/bookings/${first!.id}/check-in`, { back: `/staff/bookings?date=${today}` })).statusCode, 303);
      await ok(desk, `/staff/bookings?date=${today}&msg=checkedIn`);
      await refused(desk, `/staff/bookings/${first!.id}/check-in`, {}, 409);
      await refused(desk, `/staff/bookings/${second!.id}/undo`, {}, 409);
      const [later] = await bookingsOf(app.deps.db, laterSession);
      await refused(desk, `/staff/bookings/${later!.id}/no-show`, {}, 409);
      await ok(desk, `/staff/bookings/${first!.id}`);
      await ok(desk, `/staff/bookings/${second!.id}?msg=cancelled`);
      await ok(desk, '/staff/bookings/search');
      await ok(desk, `/staff/bookings/search?q=${first!.ref_code}`);
      await ok(desk, '/staff/bookings/search?q=13700000102');
      await ok(desk, '/staff/bookings/search?q=nobody', 422);
      await ok(desk, `/staff/sessions/${todaySession}/walk-in`);
      await refused(desk, `/staff/sessions/${todaySession}/walk-in`, { name: '', mobile: '123', visit_type: 'first', reason: '', idempotency_key: 'x' });
      const full = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 0, start: '13:40', end: '17:00', doctorSlug: 'gu-mingcheng', quota: 1 });
      await postBooking(app, full, bookingForm({ name: '李四', mobile: '13700000104' }));
      await refused(desk, `/staff/sessions/${full}/walk-in`, { name: '周五', mobile: '', visit_type: 'return', reason: '', idempotency_key: 'k'.repeat(20) });
      await ok(doctor, '/staff/my-sessions');
    });

    test('services: the list, a new service and its errors, a service with screening questions, a question', async () => {
      await ok(admin, '/staff/services');
      await ok(admin, '/staff/services?msg=serviceRetired');
      await ok(admin, '/staff/services/new');
      const bad = await refused(admin, '/staff/services', { key: 'Peel!', name_zh: '', duration_minutes: '3', price_note: '<b>' });
      assert.ok(text(bad.body).includes('Please fill in Chinese name.'), 'the form’s problems are in English');
      await refused(admin, '/staff/services', { key: 'consultation', name_zh: '面诊', duration_minutes: '15' });
      const micro = (await app.deps.db.selectFrom('service').select('id').where('key', '=', 'microneedling').executeTakeFirstOrThrow()).id;
      await ok(admin, `/staff/services/${micro}`);
      await ok(admin, `/staff/services/${micro}?msg=questionAdded`);
      await refused(admin, `/staff/services/${micro}`, { name_zh: '', duration_minutes: '5000', doctor: '999999' });
      await refused(admin, `/staff/services/${micro}/questions`, { kind: 'choice', text_zh: '', short_zh: '', opt_en_1: 'Only English' });
      const question = (await app.deps.db.selectFrom('screening_question').select('id').where('qkey', '=', 'pregnancy').executeTakeFirstOrThrow()).id;
      await ok(admin, `/staff/services/questions/${question}`);
      await refused(admin, `/staff/services/questions/${question}`, { kind: 'yesno', text_zh: '您现在是否怀孕？', short_zh: '怀孕', refuse_yes: '1', refuse_no: '1' });
      assert.equal((await admin.post(`/staff/services/${micro}/retire`, {})).statusCode, 303);
      await ok(admin, `/staff/services/${micro}`);
      await ok(admin, '/staff/services');
      assert.equal((await admin.post(`/staff/services/${micro}/restore`, {})).statusCode, 303);
    });

    test('a doctor’s own schedule: the page, its forms re-shown with errors and refusals', async () => {
      await ok(doctor, '/staff/my-schedule');
      await refused(doctor, '/staff/my-schedule/templates', { weekday: '0', period: 'noon', reg: 'x', quota: '0', service: '' });
      await refused(doctor, '/staff/my-schedule/leave', { from: '2020-01-01', to: '', template_id: '', note: '进修' });
      await refused(doctor, '/staff/my-schedule/leave', { from: 'x', to: '', template_id: '', note: '' });
      await refused(doctor, '/staff/my-schedule/extra', { local_date: '2026-11-24', period: 'custom', start_local: '05:00', end_local: '23:00', reg: '0', quota: '400', service: 'consultation' });
      const slot = { weekday: '6', period: 'custom', start_local: '19:00', end_local: '20:00', reg: '0', quota: '4', service: 'consultation' };
      const added = await doctor.post('/staff/my-schedule/templates', slot);
      assert.equal(added.statusCode, 303, added.body.slice(0, 300));
      await ok(doctor, '/staff/my-schedule?msg=templateAdded');
      const overlap = await refused(doctor, '/staff/my-schedule/templates', slot);
      assert.ok(text(overlap.body).includes('It overlaps your Sat 19:00–20:00 session.'), 'a refusal names the weekday in English');
      const leave = await doctor.post('/staff/my-schedule/leave', { from: '2026-12-21', to: '2026-12-23', template_id: '', note: '进修' });
      assert.equal(leave.statusCode, 303, leave.body.slice(0, 300));
      const page = await ok(doctor, '/staff/my-schedule?msg=leave');
      assert.ok(page.body.includes('<span lang="zh-CN">进修</span>'), 'the reason is data, marked');
    });

    test('the Chinese default is unchanged', async () => {
      const list = await zhAdmin.get('/staff/schedules');
      assert.match(list.body, /<html lang="zh-CN"/);
      assert.ok(text(list.body).includes('立即生成号源'));
      const bad = await zhAdmin.post(`/staff/schedules/${linId}/templates`, { weekday: '9', period: 'morning', reg_type: '专家门诊', fee: '50', quota: '20', service: 'consultation' });
      assert.equal(bad.statusCode, 422);
      assert.ok(text(bad.body).includes('请选择星期。'));
      const services = await zhAdmin.get('/staff/services/new');
      assert.ok(text(services.body).includes('提供这项服务的医生'));
    });
  });
}
