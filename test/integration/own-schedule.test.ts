import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeMailers } from '../../src/messaging/email.js';
import { addDays } from '../../src/time/zoned-time.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, nextMobile, postBooking, postForm, runJobsAt, sessionRow, smsTo, tokenOf } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { startInbox, type Inbox } from '../helpers/smtp.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// Issue 17 #2 on both engines: a doctor edits their own weekly template, takes leave and adds
// sessions within the limits an admin sets; leave or a removed slot over booked sessions goes
// through 停诊 (every patient told by SMS and e-mail, and able to move); another doctor's
// schedule is out of reach (403); every change is audited. The demo clock reads Friday
// 2026-11-20, 11:00 in the clinic.

function decodeSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line.replace(/\r?\n[ \t]/g, ' ').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, t: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(t, 'base64').toString('utf8') : Buffer.from(t.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
}

type Client = StaffClient & { userId: number };

let smtp: Inbox;
before(async () => {
  smtp = await startInbox();
});
after(async () => {
  closeMailers();
  await smtp.close();
});

for (const dialect of dialects) {
  describe(`a doctor's own schedule on ${dialect.name}`, () => {
    let app: TestApp;
    let doctor: Client;
    let admin: Client;
    let desk: Client;
    let fangId = 0;
    let suId = 0;

    const audits = (action: string) => app.deps.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id').execute();
    const templatesOf = (doctorId: number) => app.deps.db.selectFrom('schedule_template').selectAll().where('doctor_id', '=', doctorId).orderBy('id').execute();
    const sessionsAt = (doctorId: number, start: string) =>
      app.deps.db.selectFrom('clinic_session').selectAll().where('doctor_id', '=', doctorId).where('start_local', '=', start).orderBy('local_date').execute();
    const slot = (over: Record<string, string> = {}) => ({ period: 'custom', start_local: '14:00', end_local: '16:00', reg: '0', quota: '4', service: 'consultation', ...over });
    const setLimits = (doctorId: number | '', over: Record<string, string> = {}) =>
      admin.post('/staff/schedules/limits', { doctor: String(doctorId), self_edit: '1', max_sessions_week: '10', earliest_start: '07:30', latest_end: '21:00', max_quota: '40', days_ahead: '90', notice_hours: '48', ...over });

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', SMTP_URL: smtp.url, MAIL_FROM: 'booking@clinic.example' });
      fangId = (await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'fang-yanqiu').executeTakeFirstOrThrow()).id;
      suId = (await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow()).id;
      doctor = await signedIn(app, ['doctor'], { doctorSlug: 'fang-yanqiu' });
      admin = await signedIn(app, ['admin']);
      desk = await signedIn(app, ['frontdesk']);
    });
    after(() => app.close());

    test('the doctor adds a weekly slot within the limits; out-of-limit slots are refused with a clear message', async () => {
      const page = await doctor.get('/staff/my-schedule');
      assert.equal(page.statusCode, 200);
      const body = text(page.body);
      assert.ok(body.includes('每周最多 10 个出诊时段') && body.includes('已有患者预约的时段，须至少提前 48 小时'), 'the limits are shown');
      assert.ok(body.includes('普通门诊 · 20 元'), 'the 号别 the admin set up are offered');

      const tooMany = await doctor.post('/staff/my-schedule/templates', { weekday: '3', ...slot({ quota: '41' }) });
      assert.equal(tooMany.statusCode, 422);
      assert.ok(text(tooMany.body).includes('每个时段最多 40 个号源'));
      const early = await doctor.post('/staff/my-schedule/templates', { weekday: '3', ...slot({ start_local: '06:00', end_local: '07:30' }) });
      assert.equal(early.statusCode, 422);
      assert.ok(text(early.body).includes('出诊时间须在 07:30 到 21:00 之间'));
      const clash = await doctor.post('/staff/my-schedule/templates', { weekday: '2', ...slot({ start_local: '11:00', end_local: '13:00' }) });
      assert.equal(clash.statusCode, 422);
      assert.ok(text(clash.body).includes('重叠'), 'overlaps the Tuesday morning');
      const price = await doctor.post('/staff/my-schedule/templates', { weekday: '3', ...slot({ reg: '7' }) });
      assert.equal(price.statusCode, 422, 'a doctor picks among the 号别 the admin set and does not make up a fee');
      assert.equal((await templatesOf(fangId)).length, 2, 'nothing refused was saved');

      const made = await doctor.post('/staff/my-schedule/templates', { weekday: '3', ...slot() });
      assert.equal(made.statusCode, 303, text(made.body).slice(0, 300));
      assert.equal(made.headers.location, '/staff/my-schedule?msg=templateAdded');
      const t = (await templatesOf(fangId)).at(-1)!;
      assert.deepEqual([t.weekday, t.start_local, t.end_local, t.quota, t.reg_type, t.fee_cents, t.active], [3, '14:00', '16:00', 4, '普通门诊', 2000, 1]);
      assert.deepEqual((await sessionsAt(fangId, '14:00')).map((s) => s.local_date), ['2026-11-25', '2026-12-02'], 'its sessions are made at once');
      const a = (await audits('schedule.own_template_add')).at(-1)!;
      assert.equal(a.actor_user_id, doctor.userId);
      assert.equal(a.subject_id, String(t.id));
    });

    test('the admin sets the limits (site-wide and per doctor); only admins reach them', async () => {
      assert.equal((await admin.get('/staff/schedules/limits')).statusCode, 200);
      assert.equal((await desk.get('/staff/schedules/limits')).statusCode, 403);
      assert.equal((await doctor.get('/staff/schedules/limits')).statusCode, 403);
      const bad = await setLimits('', { earliest_start: '20:00', latest_end: '08:00' });
      assert.equal(bad.statusCode, 422);
      assert.ok(text(bad.body).includes('最晚结束时间须晚于最早开始时间'));
      const outOfRange = await setLimits('', { max_quota: '900' });
      assert.equal(outOfRange.statusCode, 422);

      assert.ok((await admin.get(`/staff/schedules/${fangId}`)).body.includes(`href="/staff/schedules/limits?doctor=${fangId}"`), 'the doctor’s schedule page links to their limits');
      assert.ok(!(await desk.get(`/staff/schedules/${fangId}`)).body.includes('/staff/schedules/limits'), 'not for the front desk, who may not open it');
      await admin.get(`/staff/schedules/limits?doctor=${fangId}`);
      const set = await setLimits(fangId, { max_sessions_week: '3' });
      assert.equal(set.statusCode, 303);
      const a = (await audits('schedule.limits_set')).at(-1)!;
      assert.equal(a.subject_id, String(fangId));
      assert.equal(JSON.parse(a.detail_json).maxSessionsWeek, 3);
      assert.ok(text((await doctor.get('/staff/my-schedule')).body).includes('每周最多 3 个出诊时段'));
      // Tuesday, Wednesday and Friday: a fourth weekly slot, or a fourth session that week, is over the limit.
      const fourth = await doctor.post('/staff/my-schedule/templates', { weekday: '4', ...slot() });
      assert.equal(fourth.statusCode, 422);
      assert.ok(text(fourth.body).includes('每周最多 3 个出诊时段'));
      const extra = await doctor.post('/staff/my-schedule/extra', { local_date: '2026-11-28', ...slot({ start_local: '09:00', end_local: '11:00' }) });
      assert.equal(extra.statusCode, 422);
      assert.ok(text(extra.body).includes('2026-11-23 起的这一周你已有 3 个出诊时段'), text(extra.body).slice(0, 400));

      // Back to the site's limits.
      await admin.get(`/staff/schedules/limits?doctor=${fangId}`);
      assert.equal((await admin.post('/staff/schedules/limits/reset', { doctor: String(fangId) })).statusCode, 303);
      assert.equal((await audits('schedule.limits_reset')).at(-1)!.subject_id, String(fangId));
      assert.ok(text((await doctor.get('/staff/my-schedule')).body).includes('每周最多 10 个出诊时段'));
    });

    test('an added session (加诊) can be booked; overlapping, too far ahead or too large is refused', async () => {
      await doctor.get('/staff/my-schedule');
      const made = await doctor.post('/staff/my-schedule/extra', { local_date: '2026-11-28', ...slot({ start_local: '09:00', end_local: '11:00', quota: '5' }) });
      assert.equal(made.statusCode, 303, text(made.body).slice(0, 300));
      const [s] = await sessionsAt(fangId, '09:00');
      assert.ok(s);
      assert.deepEqual([s.local_date, s.template_id, s.quota, s.status, s.fee_cents], ['2026-11-28', null, 5, 'open', 2000]);
      assert.equal((await audits('schedule.own_extra_add')).at(-1)!.subject_id, String(s.id));
      assert.equal((await postBooking(app, s.id, bookingForm())).statusCode, 303, 'patients book it like any session');

      const overlap = await doctor.post('/staff/my-schedule/extra', { local_date: '2026-11-28', ...slot({ start_local: '10:00', end_local: '11:30' }) });
      assert.equal(overlap.statusCode, 422);
      assert.ok(text(overlap.body).includes('这个时间已有你的出诊时段'));
      const far = await doctor.post('/staff/my-schedule/extra', { local_date: addDays('2026-11-20', 91), ...slot() });
      assert.equal(far.statusCode, 422);
      assert.ok(text(far.body).includes('最远只能在 90 天内'));
      const past = await doctor.post('/staff/my-schedule/extra', { local_date: '2026-11-20', ...slot({ start_local: '09:00', end_local: '10:00' }) });
      assert.equal(past.statusCode, 422);
      assert.equal((await sessionsAt(fangId, '10:00')).length, 0);
    });

    test('leave over booked sessions: 停诊, every patient told by SMS and e-mail and able to move; inside the notice it is refused', async () => {
      const [wed, nextWed] = await sessionsAt(fangId, '14:00');
      const email = `leave-${dialect.name}@example.com`;
      const mobiles = [nextMobile(), nextMobile()];
      const tokens = [];
      tokens.push(tokenOf((await postBooking(app, wed!.id, bookingForm({ mobile: mobiles[0]!, email }))).headers.location as string));
      tokens.push(tokenOf((await postBooking(app, wed!.id, bookingForm({ mobile: mobiles[1]! }))).headers.location as string));
      await runJobsAt(app, app.clock.now);
      smtp.mails.length = 0;

      await doctor.get('/staff/my-schedule');
      const leave = await doctor.post('/staff/my-schedule/leave', { from: '2026-11-25', to: '2026-11-26', template_id: '', note: '外出会诊' });
      assert.equal(leave.statusCode, 303, text(leave.body).slice(0, 300));
      const stopped = await sessionRow(app.deps.db, wed!.id);
      assert.deepEqual([stopped.status, stopped.stop_reason], ['stopped', '外出会诊']);
      assert.deepEqual((await bookingsOf(app.deps.db, wed!.id)).map((b) => [b.status, b.cancelled_by]), [
        ['cancelled', 'stopped'],
        ['cancelled', 'stopped'],
      ]);
      const days = await app.deps.db.selectFrom('schedule_exception').select(['local_date', 'quota', 'template_id']).where('doctor_id', '=', fangId).orderBy('local_date').execute();
      assert.deepEqual(days, [
        { local_date: '2026-11-25', quota: null, template_id: null },
        { local_date: '2026-11-26', quota: null, template_id: null },
      ]);
      assert.ok(text((await doctor.get('/staff/my-schedule')).body).includes('2026-11-25 至 2026-11-26 · 全天 · 停诊 · 外出会诊'), 'the leave reads as one line');
      const r = await runJobsAt(app, app.clock.now);
      assert.equal(r.failed, 0);
      for (const mobile of mobiles) {
        const sms = (await smsTo(app, mobile)).find((m) => m.kind === 'stopped');
        assert.ok(sms, 'every booked patient is texted');
        assert.ok(sms.body.includes('停诊') && /可改约\d+月\d+日周./.test(sms.body), sms.body);
      }
      const mail = smtp.mails.find((m) => m.to.includes(email));
      assert.ok(mail, 'the patient who left an e-mail address is e-mailed too');
      assert.match(decodeSubject(mail.raw), /医生停诊通知/);
      const a = (await audits('schedule.own_leave')).at(-1)!;
      assert.equal(a.actor_user_id, doctor.userId);
      assert.deepEqual(JSON.parse(a.detail_json), { from: '2026-11-25', to: '2026-11-26', templateId: null, note: '外出会诊', stopped: 1, bookingsCancelled: 2 });
      assert.equal((await audits('session.stop')).at(-1)!.subject_id, String(wed!.id));

      // The patient moves with the private link to the session offered, as after any 停诊.
      const page = text((await app.get(`/b/${tokens[0]}`)).body);
      assert.ok(page.includes('外出会诊') && page.includes('改约其他时段'));
      assert.equal((await postForm(app, `/b/${tokens[0]}/move`, { session_id: String(nextWed!.id) })).statusCode, 303);
      assert.deepEqual((await bookingsOf(app.deps.db, nextWed!.id)).map((b) => b.status), ['booked']);

      // Withdrawn, the leave's dates get their sessions again — but a stopped session stays stopped
      // (its patients were told). A Thursday slot added meanwhile shows it: 26 November had none.
      assert.equal((await doctor.post('/staff/my-schedule/templates', { weekday: '4', ...slot({ start_local: '10:00', end_local: '11:30' }) })).statusCode, 303);
      assert.deepEqual((await sessionsAt(fangId, '10:00')).map((s) => s.local_date), ['2026-12-03'], 'the leave keeps 26 November free');
      const run = /name="exception_id" value="(\d+)"/.exec((await doctor.get('/staff/my-schedule')).body)!;
      const withdrawn = await doctor.post('/staff/my-schedule/leave/withdraw', { exception_id: run[1]!, last: '2026-11-26' });
      assert.equal(withdrawn.statusCode, 303, text(withdrawn.body).slice(0, 300));
      assert.deepEqual((await sessionsAt(fangId, '10:00')).map((s) => s.local_date), ['2026-11-26', '2026-12-03']);
      assert.equal((await sessionRow(app.deps.db, wed!.id)).status, 'stopped');
      assert.equal((await app.deps.db.selectFrom('schedule_exception').select('id').where('doctor_id', '=', fangId).execute()).length, 0);
      assert.equal(JSON.parse((await audits('schedule.own_leave_withdraw')).at(-1)!.detail_json).dates, 2);
      assert.equal((await doctor.post('/staff/my-schedule/leave/withdraw', { exception_id: run[1]!, last: '2026-11-26' })).statusCode, 422, 'a second click changes nothing');
      await doctor.post('/staff/my-schedule/templates/remove', { template_id: String((await templatesOf(fangId)).at(-1)!.id), reason: '试排' });

      // Tomorrow morning, with a patient booked: inside the 48 hours' notice the doctor cannot stop it alone.
      const soon = await createSession(app.deps.db, app.config, app.clock.now, { doctorSlug: 'fang-yanqiu', inDays: 1, start: '09:30', end: '11:00', quota: 3 });
      await postBooking(app, soon, bookingForm());
      const late = await doctor.post('/staff/my-schedule/leave', { from: '2026-11-21', to: '', template_id: '', note: '家中有事' });
      assert.equal(late.statusCode, 409);
      assert.ok(text(late.body).includes('距开诊不足 48 小时且已有患者预约'), text(late.body).slice(0, 400));
      assert.equal((await sessionRow(app.deps.db, soon)).status, 'open');
      assert.deepEqual((await bookingsOf(app.deps.db, soon)).map((b) => b.status), ['booked']);
      assert.equal((await app.deps.db.selectFrom('schedule_exception').select('id').where('local_date', '=', '2026-11-21').execute()).length, 0, 'nothing of the refused leave was saved');

      const past = await doctor.post('/staff/my-schedule/leave', { from: '2026-11-19', to: '', template_id: '', note: '补记' });
      assert.equal(past.statusCode, 422);
      const far = await doctor.post('/staff/my-schedule/leave', { from: '2026-12-01', to: addDays('2026-11-20', 91), template_id: '', note: '进修' });
      assert.equal(far.statusCode, 422);
      assert.ok(text(far.body).includes('最远只能为 90 天内'));
      const backwards = await doctor.post('/staff/my-schedule/leave', { from: '2026-12-01', to: '2026-11-30', template_id: '', note: '进修' });
      assert.equal(backwards.statusCode, 422);
    });

    test('removing a weekly slot stops its sessions to come through 停诊; refused inside the notice', async () => {
      const [tue] = (await templatesOf(fangId)).filter((t) => t.weekday === 2);
      const tuesdays = await sessionsAt(fangId, '08:00');
      assert.deepEqual(tuesdays.map((s) => s.local_date), ['2026-11-24', '2026-12-01']);
      const mobile = nextMobile();
      await postBooking(app, tuesdays[0]!.id, bookingForm({ mobile }));
      await doctor.get('/staff/my-schedule');
      const noReason = await doctor.post('/staff/my-schedule/templates/remove', { template_id: String(tue!.id), reason: '' });
      assert.equal(noReason.statusCode, 422);
      const removed = await doctor.post('/staff/my-schedule/templates/remove', { template_id: String(tue!.id), reason: '调整出诊时间' });
      assert.equal(removed.statusCode, 303, text(removed.body).slice(0, 300));
      assert.equal((await templatesOf(fangId)).find((t) => t.id === tue!.id)!.active, 0);
      assert.deepEqual((await sessionsAt(fangId, '08:00')).map((s) => s.status), ['stopped', 'stopped']);
      assert.deepEqual((await bookingsOf(app.deps.db, tuesdays[0]!.id)).map((b) => b.cancelled_by), ['stopped']);
      await runJobsAt(app, app.clock.now);
      assert.ok((await smsTo(app, mobile)).some((m) => m.kind === 'stopped' && m.body.includes('停诊')), 'the booked patient is told');
      const a = (await audits('schedule.own_template_remove')).at(-1)!;
      assert.equal(a.subject_id, String(tue!.id));
      assert.equal(JSON.parse(a.detail_json).bookingsCancelled, 1);
      assert.equal((await doctor.post('/staff/my-schedule/templates/remove', { template_id: String(tue!.id), reason: '调整出诊时间' })).statusCode, 409, 'a second click changes nothing');

      // Tonight's evening clinic has a patient: seven hours away is inside the notice.
      const [fri] = (await templatesOf(fangId)).filter((t) => t.weekday === 5);
      const [tonight] = await sessionsAt(fangId, '18:00');
      assert.equal(tonight!.local_date, '2026-11-20');
      await postBooking(app, tonight!.id, bookingForm());
      const late = await doctor.post('/staff/my-schedule/templates/remove', { template_id: String(fri!.id), reason: '调整出诊时间' });
      assert.equal(late.statusCode, 409);
      assert.equal((await templatesOf(fangId)).find((t) => t.id === fri!.id)!.active, 1);
      assert.equal((await sessionRow(app.deps.db, tonight!.id)).status, 'open');
    });

    test('odd bodies (repeated keys, huge or broken values) are 4xx, never 5xx, and change nothing', async () => {
      const before = await Promise.all([templatesOf(fangId), app.deps.db.selectFrom('schedule_exception').select('id').execute(), app.deps.db.selectFrom('clinic_session').select('id').execute()]);
      await doctor.get('/staff/my-schedule');
      const huge = '白'.repeat(100_000);
      const tries: [string, Record<string, string | string[]>][] = [
        ['/staff/my-schedule/leave', { from: ['2026-12-01', '2026-12-02'], to: '', template_id: '', note: '进修' }],
        ['/staff/my-schedule/leave', { from: '2099-13-45', to: '', template_id: '', note: '进修' }],
        ['/staff/my-schedule/leave', { from: '2026-12-01', to: '', template_id: '99999999999999999999', note: '进修' }],
        ['/staff/my-schedule/leave', { from: '2026-12-01', to: '', template_id: '', note: huge }],
        ['/staff/my-schedule/templates', { weekday: '3', ...slot({ quota: 'NaN' }) }],
        ['/staff/my-schedule/templates', { weekday: '9', ...slot() }],
        ['/staff/my-schedule/templates', { weekday: '3', ...slot({ service: '__proto__' }) }],
        ['/staff/my-schedule/templates', { weekday: '3', ...slot({ period: 'custom', start_local: '25:00', end_local: '26:00' }) }],
        ['/staff/my-schedule/templates/remove', { template_id: '-1', reason: '调整' }],
        ['/staff/my-schedule/extra', { local_date: huge, ...slot() }],
        ['/staff/my-schedule/extra', { local_date: '2026-12-05', ...slot({ reg: ['0', '1'] as unknown as string }) }],
      ];
      for (const [url, form] of tries) {
        const res = await doctor.post(url, form);
        assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url} ${JSON.stringify(form).slice(0, 120)} → ${res.statusCode}`);
      }
      for (const form of [{ doctor: ['1', '2'] }, { doctor: '1e3' }, { doctor: '', max_quota: huge }]) {
        const res = await admin.post('/staff/schedules/limits', { self_edit: '1', max_sessions_week: '10', earliest_start: '07:30', latest_end: '21:00', max_quota: '40', days_ahead: '90', notice_hours: '48', ...form });
        assert.ok(res.statusCode >= 400 && res.statusCode < 500, `limits ${JSON.stringify(form).slice(0, 80)} → ${res.statusCode}`);
      }
      const afterwards = await Promise.all([templatesOf(fangId), app.deps.db.selectFrom('schedule_exception').select('id').execute(), app.deps.db.selectFrom('clinic_session').select('id').execute()]);
      assert.deepEqual(afterwards, before);
    });

    test('another doctor’s schedule is out of reach (403, audited); the admin can turn self-editing off', async () => {
      const [theirs] = await templatesOf(suId);
      await doctor.get('/staff/my-schedule');
      const remove = await doctor.post('/staff/my-schedule/templates/remove', { template_id: String(theirs!.id), reason: '调整' });
      assert.equal(remove.statusCode, 403);
      assert.ok(text(remove.body).includes('这个出诊时段不属于你'));
      assert.equal((await templatesOf(suId))[0]!.active, 1);
      const leave = await doctor.post('/staff/my-schedule/leave', { from: '2026-11-24', to: '', template_id: String(theirs!.id), note: '调整' });
      assert.equal(leave.statusCode, 403);
      assert.equal((await app.deps.db.selectFrom('schedule_exception').select('id').where('doctor_id', '=', suId).execute()).length, 0);
      const [suLeave] = await app.deps.db
        .insertInto('schedule_exception')
        .values({ doctor_id: suId, local_date: '2026-12-08', template_id: null, quota: null, note: '进修', created_at: app.clock.now.toISOString() })
        .returning('id')
        .execute();
      const withdraw = await doctor.post('/staff/my-schedule/leave/withdraw', { exception_id: String(suLeave!.id), last: '2026-12-08' });
      assert.equal(withdraw.statusCode, 403);
      assert.equal((await app.deps.db.selectFrom('schedule_exception').select('id').where('doctor_id', '=', suId).execute()).length, 1);
      const denied = await audits('schedule.own_denied');
      assert.equal(denied.length, 3);
      assert.ok(denied.every((d) => d.outcome === 'failure' && d.actor_user_id === doctor.userId));
      // The admins' schedule pages are not a doctor's.
      assert.equal((await doctor.get(`/staff/schedules/${suId}`)).statusCode, 403);
      assert.equal((await doctor.post(`/staff/schedules/${suId}/exceptions`, { local_date: '2026-11-24', template_id: '', quota: '', note: 'x' })).statusCode, 403);
      assert.equal((await doctor.post(`/staff/sessions/${(await sessionsAt(suId, '08:00'))[0]!.id}/stop`, { reason: 'x' })).statusCode, 403);

      // Self-editing off for this doctor: the page only shows, and a change is refused.
      await admin.get(`/staff/schedules/limits?doctor=${fangId}`);
      assert.equal((await setLimits(fangId, { self_edit: '0' })).statusCode, 303);
      const view = await doctor.get('/staff/my-schedule');
      assert.ok(text(view.body).includes('管理员已关闭你自行修改出诊安排的权限') && !view.body.includes('/staff/my-schedule/extra'));
      const refused = await doctor.post('/staff/my-schedule/extra', { local_date: '2026-12-05', ...slot() });
      assert.equal(refused.statusCode, 403);
      assert.equal((await sessionsAt(fangId, '14:00')).filter((s) => s.local_date === '2026-12-05').length, 0);
    });
  });
}
