import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { submitQuestion } from '../../src/questions/questions.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { createSession } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';

// Issue 11, acceptance 2: the public forms through the real app (inject) with random and adversarial
// bodies and query strings: huge values, control characters, invalid UTF-8 percent-encodings,
// repeated keys (arrays where strings are expected), prototype keys, deeply nested JSON. No answer
// may be a 5xx, none may take longer than a generous bound, and no half-written row may be left.
// Fixed seed, bounded runs. The Origin header matches the site, so an origin check lets them through.

const SEED = 11_2026;
const BOUND_MS = 5000;

const keys = (known: string[]) => fc.oneof(fc.constantFrom(...known), fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[polluted]', 'a[b][c]', 'toString', 'hasOwnProperty', '_csrf', ''), fc.string({ maxLength: 12 }));

/** One raw, possibly broken, percent-encoded value. */
const rawValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))),
  fc.constantFrom('%', '%E4%B8', '%ZZ', '%C0%80', '%ED%A0%80', '%FF%FE', '%00', '%0D%0A', '%E2%80%AE', '1%2', '+', '%2B86%20138%201234%205678', '13800000000', '2099-13-45', '-1', '99999999999999999999', 'NaN', 'true', '[]', '{}'),
  fc.tuple(fc.constantFrom('a', '白', '%E7%99%BD', '9'), fc.integer({ min: 1000, max: 120_000 })).map(([s, n]) => s.repeat(n)),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => encodeURIComponent(s)),
);

const formBody = (known: string[]) =>
  fc.array(fc.tuple(keys(known), rawValue), { minLength: 0, maxLength: 14 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&'));

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A body of any kind a client can send: form, JSON (deep, prototype keys), text, nothing. */
const anyBody = (known: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: formBody(known).map((b) => ({ type: 'application/x-www-form-urlencoded', body: b })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((d) => ({ type: 'application/json', body: nested(d) })) },
    { weight: 1, arbitrary: fc.constant({ type: 'application/json', body: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"name":["a","b"]}' }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((b) => ({ type: 'text/plain', body: b })) },
    { weight: 1, arbitrary: fc.constant({ type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\n' }) },
  );

for (const dialect of dialects) {
  describe(`fuzzing the public forms on ${dialect.name}`, () => {
    let app: TestApp;
    let sessionId = 0;
    let ip = 0;
    let followUp = '';
    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', QUESTION_RATE_PER_HOUR: '1000' });
      sessionId = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '06:10', end: '07:50', quota: 500 });
      // An answered question, so its private page offers the follow-up form (issue 17).
      const rt = await bookingRuntime(app.deps.db, app.config);
      const asked = await submitQuestion(app.deps.db, rt, { body: '手背上的白斑半年了，光疗一般需要做多久？', ageRange: null, sex: null, contact: null, consentPublish: false, locale: 'zh-CN', ip: '10.9.9.9' }, app.clock.now);
      assert.equal(asked.kind, 'stored');
      if (asked.kind !== 'stored') return;
      await app.deps.db.updateTable('question').set({ status: 'answered', answer_enc: rt.crypto.encrypt('一般每周两到三次，三个月左右评估效果。'), answered_at: app.clock.now.toISOString() }).where('id', '=', asked.question.id).execute();
      followUp = `/questions/r/${asked.token}/follow-up`;
    });
    after(() => app.close());

    const seen = new Set<number>();
    async function send(method: 'GET' | 'POST', url: string, body?: { type: string; body: string }) {
      const t0 = performance.now();
      const res = await app.app.inject({
        method,
        url,
        headers: { origin: app.config.siteUrl, ...(body ? { 'content-type': body.type } : {}) },
        payload: body?.body,
        remoteAddress: `10.200.${Math.floor(++ip / 250) % 250}.${ip % 250}`,
      });
      const ms = performance.now() - t0;
      seen.add(res.statusCode);
      assert.ok(res.statusCode < 500, `${method} ${url.slice(0, 80)} (${body?.type ?? ''} ${body?.body.slice(0, 120) ?? ''}) answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
      assert.ok(ms < BOUND_MS, `${method} ${url.slice(0, 80)} took ${ms.toFixed(0)} ms`);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
      return res;
    }

    const forms: [string, () => string, string[]][] = [
      ['booking', () => `/book/${sessionId}`, ['idempotency_key', 'name', 'mobile', 'email', 'visit_type', 'reason', 'consent_health', 'action']],
      ['question', () => '/questions/ask', ['body', 'contact_kind', 'contact', 'consent_health', 'consent_publish', 'age_range', 'sex']],
      ['follow-up question', () => followUp, ['body', 'contact_kind', 'contact', 'consent_health', 'consent_publish', 'form_key', 'website']],
      ['feedback by code', () => '/feedback/code', ['code']],
      ['feedback rating by code', () => '/feedback/code/rate', ['code', 'explain', 'attitude', 'wait', 'comment', 'consent_publish']],
      ['feedback by link', () => '/feedback/AAAAAAAAAAAAAAAAAAAAAA.x', ['explain', 'attitude', 'wait', 'comment', 'consent_publish']],
      ['my-data code', () => '/my-data/code', ['mobile', '_csrf']],
      ['my-data verify', () => '/my-data/verify', ['mobile', 'code', '_csrf']],
    ];
    for (const [name, url, known] of forms) {
      test(`${name}: no 5xx, bounded time`, async () => {
        seen.clear();
        await fc.assert(
          fc.asyncProperty(anyBody(known), fc.constantFrom('', '/en'), async (body, prefix) => {
            await send('POST', `${prefix}${url()}`, body);
          }),
          { seed: SEED, numRuns: 25 },
        );
        // The handlers were reached: some inputs got the form's own answer, not only a framework refusal.
        if (name === 'booking' || name === 'question' || name === 'follow-up question') assert.ok(seen.has(422) || seen.has(303) || seen.has(200), [...seen].join(','));
      });
    }

    test('search and listing query strings: no 5xx, bounded time', async () => {
      await fc.assert(
        fc.asyncProperty(formBody(['q', 'page', 'category', 'doctor']), fc.constantFrom('/search', '/en/search', '/articles', '/doctors', '/qa', '/questions/ask', '/my-data'), async (query, path) => {
          await send('GET', `${path}?${query}`);
        }),
        { seed: SEED, numRuns: 40 },
      );
    });

    test('afterwards: no half-written rows (every booking and question decrypts, places add up)', async () => {
      const rt = await bookingRuntime(app.deps.db, app.config);
      for (const b of await app.deps.db.selectFrom('booking').selectAll().execute()) {
        assert.ok(rt.crypto.decrypt(b.name_enc).length > 0, `booking ${b.id} has a name`);
        assert.ok(b.manage_token_hash && b.ref_code, `booking ${b.id} is whole`);
      }
      for (const q of await app.deps.db.selectFrom('question').selectAll().execute()) assert.ok(rt.crypto.decrypt(q.body_enc).length > 0, `question ${q.id} has a body`);
      for (const s of await app.deps.db.selectFrom('clinic_session').selectAll().execute()) {
        const active = await app.deps.db.selectFrom('booking').select('id').where('session_id', '=', s.id).where('status', 'in', ['booked', 'checked_in']).execute();
        const held = await app.deps.db.selectFrom('waitlist_entry').select('id').where('session_id', '=', s.id).where('status', '=', 'offered').execute();
        assert.equal(s.booked, active.length + held.length, `session ${s.id}: booked counts what holds a place`);
      }
    });
  });
}
