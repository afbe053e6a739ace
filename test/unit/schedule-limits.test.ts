import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LIMITS, leaveRuns, limitsForm, overlaps, sessionsInWeek, slotProblems, weekOf } from '../../src/booking/schedule-limits.js';

// The limits of a doctor's own schedule that need no database (issue 17 #2).

test('a week runs Monday to Sunday', () => {
  assert.deepEqual(weekOf('2026-11-25'), { from: '2026-11-23', to: '2026-11-29' });
  assert.deepEqual(weekOf('2026-11-23'), { from: '2026-11-23', to: '2026-11-29' });
  assert.deepEqual(weekOf('2026-11-29'), { from: '2026-11-23', to: '2026-11-29' });
});

test('a week’s sessions: made ones, plus template slots not made yet, less days off; each slot once', () => {
  const week = weekOf('2027-01-06');
  const templates = [
    { id: 1, weekday: 2, start_local: '08:00', active: 1 },
    { id: 2, weekday: 5, start_local: '18:00', active: 1 },
    { id: 3, weekday: 3, start_local: '14:00', active: 0 },
  ];
  // Nothing made yet that far ahead: the two active slots.
  assert.equal(sessionsInWeek(week, [], templates, [], '2026-12-03'), 2);
  // A day off on the Tuesday takes that slot out; one for another slot's template does not.
  assert.equal(sessionsInWeek(week, [], templates, [{ local_date: '2027-01-05', template_id: null, quota: null }], '2026-12-03'), 1);
  assert.equal(sessionsInWeek(week, [], templates, [{ local_date: '2027-01-05', template_id: 2, quota: null }], '2026-12-03'), 2);
  // A changed quota is no day off.
  assert.equal(sessionsInWeek(week, [], templates, [{ local_date: '2027-01-05', template_id: null, quota: 5 }], '2026-12-03'), 2);
  // An added session counts; a made slot counts once; a stopped one not at all.
  const sessions = [
    { local_date: '2027-01-05', start_local: '08:00', status: 'open' },
    { local_date: '2027-01-07', start_local: '09:00', status: 'open' },
    { local_date: '2027-01-08', start_local: '18:00', status: 'stopped' },
  ];
  assert.equal(sessionsInWeek(week, sessions, templates, [], '2026-12-03'), 2);
  // Once the week is generated, the sessions alone count.
  assert.equal(sessionsInWeek(week, sessions.slice(0, 1), templates, [], '2027-01-31'), 1);
});

test('a slot must keep to the hours and the places the admin set', () => {
  assert.deepEqual(slotProblems(DEFAULT_LIMITS, { start: '08:00', end: '12:00', quota: 40 }), []);
  assert.equal(slotProblems(DEFAULT_LIMITS, { start: '07:00', end: '12:00', quota: 20 }).length, 1);
  assert.equal(slotProblems(DEFAULT_LIMITS, { start: '19:00', end: '21:30', quota: 41 }).length, 2);
  assert.ok(overlaps({ start: '08:00', end: '12:00' }, { start: '11:30', end: '13:00' }));
  assert.ok(!overlaps({ start: '08:00', end: '12:00' }, { start: '12:00', end: '13:00' }), 'back to back is no overlap');
});

test('the admin’s form: whole numbers in range, and the hours in order', () => {
  const ok = limitsForm.safeParse({ self_edit: '0', max_sessions_week: '6', earliest_start: '08:00', latest_end: '18:00', max_quota: '30', days_ahead: '60', notice_hours: '24' });
  assert.ok(ok.success);
  assert.deepEqual(ok.data, { selfEdit: false, maxSessionsWeek: 6, earliestStart: '08:00', latestEnd: '18:00', maxQuota: 30, daysAhead: 60, noticeHours: 24 });
  for (const bad of [{ max_quota: '0' }, { days_ahead: '400' }, { notice_hours: '1.5' }, { earliest_start: '19:00' }, { latest_end: '25:00' }]) {
    const r = limitsForm.safeParse({ self_edit: '1', max_sessions_week: '6', earliest_start: '08:00', latest_end: '18:00', max_quota: '30', days_ahead: '60', notice_hours: '24', ...bad });
    assert.ok(!r.success, JSON.stringify(bad));
  }
});

test('a leave stored date by date reads as one line per run', () => {
  const row = (local_date: string, template_id: number | null = null, note = '进修') => ({ local_date, template_id, quota: null, note });
  const runs = leaveRuns([row('2026-12-01'), row('2026-12-02'), row('2026-12-03'), row('2026-12-05'), row('2026-12-06', null, '外出会诊'), row('2026-12-08', 4), row('2026-12-15', 4)]);
  assert.deepEqual(
    runs.map((r) => [r.local_date, r.last, r.template_id, r.note]),
    [
      ['2026-12-01', '2026-12-03', null, '进修'],
      ['2026-12-05', '2026-12-05', null, '进修'],
      ['2026-12-06', '2026-12-06', null, '外出会诊'],
      ['2026-12-08', '2026-12-15', 4, '进修'],
    ],
  );
});
