import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { reminderInstant, sessionsFromTemplates } from '../../src/booking/schedule.js';
import { localDateOf, wallClock, zonedInstant } from '../../src/time/zoned-time.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, nextMobile, postBooking, runJobsAt, smsTo, tokenOf } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';

// Times are right whatever the server's own TZ (booking-tz.test.ts reruns this file under several),
// with the clinic in Asia/Shanghai (no daylight saving) and in America/New_York around the change
// back to standard time on Sunday 1 November 2026.

const iso = (d: Date) => d.toISOString();

test('wall-clock times in a zone become the right instants, across daylight-saving changes', () => {
  assert.equal(iso(zonedInstant('2026-11-21', '08:00', 'Asia/Shanghai')), '2026-11-21T00:00:00.000Z');
  assert.equal(iso(zonedInstant('2026-10-31', '08:00', 'America/New_York')), '2026-10-31T12:00:00.000Z', 'EDT, UTC−4');
  assert.equal(iso(zonedInstant('2026-11-02', '08:00', 'America/New_York')), '2026-11-02T13:00:00.000Z', 'EST, UTC−5');
  assert.equal(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York')), '2026-11-01T05:30:00.000Z', 'a repeated hour: the first');
  assert.equal(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York')), '2026-03-08T07:30:00.000Z', 'a skipped hour: after the change');
  assert.equal(iso(zonedInstant('2026-10-25', '08:00', 'Europe/Berlin')), '2026-10-25T07:00:00.000Z');
  assert.equal(iso(zonedInstant('2026-10-24', '08:00', 'Europe/Berlin')), '2026-10-24T06:00:00.000Z');
  assert.equal(localDateOf(new Date('2026-11-20T17:00:00Z'), 'Asia/Shanghai'), '2026-11-21');
  assert.equal(localDateOf(new Date('2026-11-02T03:00:00Z'), 'America/New_York'), '2026-11-01');
  assert.equal(wallClock(new Date('2026-11-01T06:30:00Z'), 'America/New_York').time, '01:30', 'the second 01:30');
});

const template = (weekday: number, start: string, end: string) => ({
  id: weekday,
  doctor_id: 1,
  weekday,
  period: 'morning' as const,
  start_local: start,
  end_local: end,
  reg_type: '专家门诊',
  fee_cents: 5000,
  quota: 10,
  service: 'consultation',
  active: 1,
});

test('sessions are generated in the clinic’s zone from a given "now": the same local hours on both sides of a change', () => {
  const now = new Date('2026-10-29T14:00:00Z');
  const ny = sessionsFromTemplates([template(6, '08:00', '12:00'), template(1, '08:00', '12:00'), template(7, '01:00', '02:00')], [], now, 'America/New_York', 7);
  assert.deepEqual(
    ny.map((s) => [s.local_date, s.starts_at, s.ends_at]),
    [
      ['2026-10-31', '2026-10-31T12:00:00.000Z', '2026-10-31T16:00:00.000Z'],
      // 01:00–02:00 on the night clocks go back lasts two hours.
      ['2026-11-01', '2026-11-01T05:00:00.000Z', '2026-11-01T07:00:00.000Z'],
      ['2026-11-02', '2026-11-02T13:00:00.000Z', '2026-11-02T17:00:00.000Z'],
    ],
  );
  // In Shanghai, 01:00 UTC on the 20th is already the 20th's morning; a session that has ended is left out.
  const sh = sessionsFromTemplates([template(5, '08:00', '09:00'), template(5, '10:00', '12:00')].map((t, i) => ({ ...t, id: i + 1 })), [], new Date('2026-11-20T01:30:00Z'), 'Asia/Shanghai', 7);
  assert.deepEqual(sh.map((s) => s.starts_at), ['2026-11-20T02:00:00.000Z']);
  // An exception removes a day or changes its quota.
  const ex = sessionsFromTemplates([template(1, '08:00', '12:00')], [{ doctor_id: 1, local_date: '2026-11-02', template_id: null, quota: null }], now, 'America/New_York', 14);
  assert.deepEqual(ex.map((s) => s.local_date), ['2026-11-09']);
  const q = sessionsFromTemplates([template(1, '08:00', '12:00')], [{ doctor_id: 1, local_date: '2026-11-02', template_id: 1, quota: 3 }], now, 'America/New_York', 7);
  assert.equal(q[0]!.quota, 3);
});

test('reminders go out at the clinic’s hour on the day before, across a change', () => {
  assert.equal(iso(reminderInstant('2026-11-02', 10, 'America/New_York')), '2026-11-01T15:00:00.000Z');
  assert.equal(iso(reminderInstant('2026-11-01', 10, 'America/New_York')), '2026-10-31T14:00:00.000Z');
  assert.equal(iso(reminderInstant('2026-11-23', 10, 'Asia/Shanghai')), '2026-11-22T02:00:00.000Z');
});

const CLINICS = [
  { zone: 'Asia/Shanghai', now: '2026-11-20T03:00:00Z', date: '2026-11-23', startsAt: '2026-11-23T00:00:00Z', endsAt: '2026-11-23T04:00:00Z', remindAt: '2026-11-22T02:00:00Z' },
  { zone: 'America/New_York', now: '2026-10-29T14:00:00Z', date: '2026-11-02', startsAt: '2026-11-02T13:00:00Z', endsAt: '2026-11-02T17:00:00Z', remindAt: '2026-11-01T15:00:00Z' },
];

for (const dialect of dialects) {
  for (const clinic of CLINICS) {
    describe(`a clinic in ${clinic.zone} on ${dialect.name} (process TZ=${process.env.TZ ?? 'unset'})`, () => {
      let app: TestApp;
      before(async () => {
        app = await demoApp(dialect, { CLINIC_TIMEZONE: clinic.zone, JOB_POLL_SECONDS: '600' });
        app.clock.now = new Date(clinic.now);
      });
      after(() => app.close());

      test('sessions, the confirmation, the .ics file and the reminder all show the clinic’s local time', async () => {
        // Dr Lin holds a Monday morning clinic (08:00–12:00 local), generated on first view.
        const list = await app.get('/doctors/lin-qingyuan/sessions');
        const row = await app.deps.db
          .selectFrom('clinic_session as s')
          .innerJoin('doctor as d', 'd.id', 's.doctor_id')
          .select(['s.id', 's.starts_at', 's.ends_at'])
          .where('d.slug', '=', 'lin-qingyuan')
          .where('s.local_date', '=', clinic.date)
          .where('s.start_local', '=', '08:00')
          .executeTakeFirstOrThrow();
        assert.equal(row.starts_at, iso(new Date(clinic.startsAt)));
        assert.equal(row.ends_at, iso(new Date(clinic.endsAt)));
        assert.match(list.body, new RegExp(`href="/book/${row.id}"`));
        assert.ok(text(list.body).includes(clinic.zone));

        const mobile = nextMobile();
        const res = await postBooking(app, row.id, bookingForm({ mobile }), '/en');
        assert.equal(res.statusCode, 303, text(res.body).slice(0, 300));
        const page = text((await app.get(String(res.headers.location))).body);
        assert.ok(page.includes(`Monday, ${Number(clinic.date.slice(8))} November 2026`), page);
        assert.ok(page.includes('Morning 08:00–12:00'));
        const ics = (await app.get(`/en/b/${tokenOf(res.headers.location as string)}/booking.ics`)).body;
        assert.ok(ics.includes(`DTSTART:${clinic.startsAt.replace(/[-:]/g, '').replace('.000', '')}`), ics);
        assert.ok(ics.includes(`DTEND:${clinic.endsAt.replace(/[-:]/g, '')}`));

        const [b] = await bookingsOf(app.deps.db, row.id);
        const reminder = await app.deps.db.selectFrom('job').select('run_at').where('kind', '=', 'booking.notify').where('payload_json', 'like', `%"bookingId":${b!.id},"kind":"reminder"%`).executeTakeFirstOrThrow();
        assert.equal(reminder.run_at, iso(new Date(clinic.remindAt)));
        await runJobsAt(app, new Date(Date.parse(clinic.remindAt) - 1000));
        assert.ok(!(await smsTo(app, mobile)).some((m) => m.kind === 'reminder'));
        await runJobsAt(app, new Date(clinic.remindAt));
        const sent = (await smsTo(app, mobile)).filter((m) => m.kind !== 'booking_code').map((m) => m.body);
        assert.ok(sent[0]!.includes(`Mon ${Number(clinic.date.slice(8))} Nov`) && sent[0]!.includes('08:00'), sent[0]);
        assert.ok(sent.some((t) => t.includes('Reminder') || t.includes('Tomorrow')), sent.join('\n'));
      });
    });
  }
}
