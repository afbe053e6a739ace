import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { maskMobile } from '../../src/personal-data/patient-crypto.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { PURGE_JOB } from '../../src/privacy/privacy.jobs.js';
import { PATIENT_ACTOR } from '../../src/privacy/privacy.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { createSession, nextMobile, runJobsAt, sessionRow, smsTo } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { leaveFootprint, needlesOf, person, rawHits, searchDatabase, storedFormsOf, type Person } from '../helpers/footprint.js';
import { text } from '../helpers/html.js';
import { signedIn, StaffClient } from '../helpers/staff.js';

// Patients' data rights, on both engines: proving a number with a one-time code (limits, tries,
// expiry, single use, no enumeration), the overview and the JSON export, withdrawing consents,
// and erasure completed by an administrator — after which the whole database is searched for the
// person (every table, every text column, every ciphertext decrypted) and nothing is found.

type Response = Awaited<ReturnType<TestApp['get']>>;

/** A browser for the public pages: keeps cookies, reads the last form's CSRF token, has an address. */
class Patient {
  cookies = new Map<string, string>();
  csrf = '';
  last: Response | undefined;
  constructor(
    readonly app: TestApp,
    readonly ip = '127.0.0.1',
  ) {}

  private absorb(res: Response): Response {
    for (const c of res.cookies as { name: string; value: string }[]) {
      if (c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
    this.last = res;
    return res;
  }

  private cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    return this.absorb(await this.app.app.inject({ method: 'GET', url, headers: { cookie: this.cookie() }, remoteAddress: this.ip }));
  }

  async post(url: string, form: Record<string, string | null> = {}) {
    const body = new URLSearchParams();
    if (!('_csrf' in form)) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form)) if (v !== null) body.append(k, v);
    return this.absorb(
      await this.app.app.inject({
        method: 'POST',
        url,
        payload: body.toString(),
        headers: { cookie: this.cookie(), 'content-type': 'application/x-www-form-urlencoded', origin: this.app.config.siteUrl },
        remoteAddress: this.ip,
      }),
    );
  }
}

let ipCount = 0;
const freshIp = () => `10.${60 + (process.pid % 100)}.${Math.floor(++ipCount / 250)}.${ipCount % 250}`;

for (const dialect of dialects) {
  describe(`patients' data rights on ${dialect.name}`, () => {
    let app: TestApp;
    let day = 0;
    const session = (quota = 5) => createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: `06:${String(10 + day++).padStart(2, '0')}`, end: '07:50', quota, doctorSlug: 'gu-mingcheng' });
    const tick = (seconds: number) => void (app.clock.now = new Date(app.clock.now.getTime() + seconds * 1000));
    const rt = () => bookingRuntime(app.deps.db, app.config);

    async function lastCode(mobile: string): Promise<string> {
      const texts = (await smsTo(app, mobile)).filter((m) => m.kind === 'privacy_otp');
      const m = /(\d{6})/.exec(texts.at(-1)?.body ?? '');
      assert.ok(m, 'a code was texted');
      return m[1]!;
    }

    /** Proves the number with a code and returns the browser holding the data-rights session. */
    async function verified(mobile: string, prefix = ''): Promise<Patient> {
      tick(61);
      const c = new Patient(app, freshIp());
      assert.equal((await c.get(`${prefix}/my-data`)).statusCode, 200);
      const sent = await c.post(`${prefix}/my-data/code`, { mobile });
      assert.equal(sent.statusCode, 200, text(sent.body).slice(0, 300));
      const ok = await c.post(`${prefix}/my-data/verify`, { mobile, code: await lastCode(mobile) });
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 300));
      assert.equal(ok.headers.location, `${prefix}/my-data/overview`);
      return c;
    }

    const footprint = async (p: Person, staff: StaffClient) => leaveFootprint(app, p, { sessionId: await session(), fullSessionId: await session(1), staff });

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    test('the rights page in both languages, linked from the footer; a bad number is a 422 in the patient language', async () => {
      const zh = await app.get('/my-data');
      assert.equal(zh.statusCode, 200);
      assert.equal(zh.headers['cache-control'], 'no-store');
      assert.match(zh.body, /<html lang="zh-CN"/);
      assert.match(text(zh.body), /个人信息保护法/);
      assert.match(zh.body, /<label for="f-mobile">手机号码<\/label>/);
      assert.match(zh.body, /name="_csrf" value="[^"]+"/);
      const en = await app.get('/en/my-data');
      assert.match(en.body, /<html lang="en"/);
      assert.match(en.body, /action="\/en\/my-data\/code"/);
      assert.match((await app.get('/')).body, /href="\/my-data"/);
      assert.match((await app.get('/en/')).body, /href="\/en\/my-data"/);

      const c = new Patient(app, freshIp());
      await c.get('/my-data');
      const bad = await c.post('/my-data/code', { mobile: '12345' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /<a href="#f-mobile">请填写 11 位中国大陆手机号码/);
      assert.match(bad.body, /aria-invalid="true"/);
      await c.get('/en/my-data');
      const badEn = await c.post('/en/my-data/code', { mobile: 'none' });
      assert.equal(badEn.statusCode, 422);
      assert.match(text(badEn.body), /Enter an 11-digit mainland China mobile number/);
      const noCode = await c.post('/my-data/verify', { mobile: nextMobile(), code: 'abc' });
      assert.equal(noCode.statusCode, 422);
      assert.match(text(noCode.body), /请输入短信中的 6 位数字验证码/);
      const overview = await c.get('/my-data/overview');
      assert.equal(overview.statusCode, 303, 'no session: back to the start');
      assert.equal(overview.headers.location, '/my-data?msg=expired');
      assert.equal((await c.get('/my-data/export.json')).statusCode, 303);
    });

    test('POSTs without the CSRF token are refused and change nothing', async () => {
      const c = new Patient(app, freshIp());
      await c.get('/my-data');
      const mobile = nextMobile();
      assert.equal((await c.post('/my-data/code', { mobile, _csrf: null })).statusCode, 403);
      assert.equal((await smsTo(app, mobile)).length, 0);
      const v = await verified(mobile);
      assert.equal((await v.post('/my-data/erasure', { confirm: '1', _csrf: 'forged' })).statusCode, 403);
      const rows = await app.deps.db.selectFrom('privacy_request').select('id').where('mobile_hmac', '=', (await rt()).crypto.mobileHmac(mobile)).execute();
      assert.equal(rows.length, 0);
    });

    test('the privacy notice in both languages, from the footer, with the periods this site is configured with', async () => {
      const zh = await app.get('/privacy');
      assert.equal(zh.statusCode, 200);
      assert.equal(zh.headers['cache-control'], 'public, max-age=60', 'the same for everyone: cached like an article');
      const body = text(zh.body);
      const site = await app.deps.site.shell();
      assert.ok(body.includes(site.site.name) && body.includes(site.site.phone), 'names the clinic and its phone');
      assert.ok(body.includes(`在回答后 ${app.config.questions.contactRetentionDays} 天删除`));
      assert.ok(body.includes(`${app.config.privacy.otpTtlMinutes} 分钟内有效`));
      assert.match(body, /不记录 IP 地址/);
      assert.match(zh.body, /<a href="\/my-data">查阅、下载或删除我的个人信息<\/a>/);
      for (const id of ['who', 'reading', 'booking', 'questions', 'feedback', 'messages', 'cookies', 'rights']) assert.match(zh.body, new RegExp(`<a href="#${id}">[^<]+</a>[\\s\\S]*<h2 id="${id}">`));
      const en = await app.get('/en/privacy');
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<html lang="en"/);
      assert.match(text(en.body), new RegExp(`deleted ${app.config.questions.contactRetentionDays} days after the answer`));
      assert.match(en.body, /<a href="\/en\/my-data">/);
      assert.match((await app.get('/')).body, /<a href="\/privacy">隐私说明<\/a>/);
      assert.match((await app.get('/en/')).body, /<a href="\/en\/privacy">Privacy notice<\/a>/);
    });

    test('one-time code: same answer for unknown numbers, stored hashed, five tries, single use, expiry, limits per number and per address (429)', async () => {
      const admin = await signedIn(app, ['admin']);
      const known = person(nextMobile(), '郑知名');
      await footprint(known, admin);
      const unknown = nextMobile();
      tick(61);
      const pages: string[] = [];
      for (const m of [known.mobile, unknown]) {
        const c = new Patient(app, freshIp());
        await c.get('/my-data');
        const r = await c.post('/my-data/code', { mobile: m });
        assert.equal(r.statusCode, 200);
        pages.push(text(r.body).replace(maskMobile(m), 'MASKED'));
      }
      assert.equal(pages[0], pages[1], 'a known and an unknown number get the same page');
      assert.equal((await smsTo(app, unknown)).filter((s) => s.kind === 'privacy_otp').length, 1, 'the code goes to the number either way');

      const mobile = nextMobile();
      const c = new Patient(app, freshIp());
      await c.get('/my-data');
      assert.equal((await c.post('/my-data/code', { mobile })).statusCode, 200);
      const code = await lastCode(mobile);
      const row = await app.deps.db.selectFrom('privacy_otp').selectAll().where('mobile_hmac', '=', (await rt()).crypto.mobileHmac(mobile)).executeTakeFirstOrThrow();
      assert.notEqual(row.code_hash, code);
      assert.ok(!row.code_hash.includes(code));
      const again = await c.post('/my-data/code', { mobile });
      assert.equal(again.statusCode, 429, 'one code a minute');
      assert.match(text(again.body), /每分钟只能获取一次验证码/);

      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 4; i++) {
        const r = await c.post('/my-data/verify', { mobile, code: wrong });
        assert.equal(r.statusCode, 422);
        assert.match(text(r.body), /验证码不正确/);
      }
      const fifth = await c.post('/my-data/verify', { mobile, code: wrong });
      assert.match(text(fifth.body), /输错次数过多/);
      const late = await c.post('/my-data/verify', { mobile, code });
      assert.equal(late.statusCode, 422, 'after five wrong tries even the right code is refused');
      assert.equal(late.cookies.length, 0);

      tick(61);
      await c.post('/my-data/code', { mobile });
      const good = await lastCode(mobile);
      const ok = await c.post('/my-data/verify', { mobile, code: good });
      assert.equal(ok.statusCode, 303);
      const cookie = (ok.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string }[]).find((k) => k.name === 'cp_mydata');
      assert.ok(cookie?.httpOnly && cookie.secure && cookie.path === '/');
      assert.equal(cookie.sameSite, 'Strict');
      const stored = await app.deps.db.selectFrom('privacy_session').selectAll().execute();
      assert.ok(stored.every((s) => s.token_hash !== cookie.value && !s.mobile_enc.includes(mobile)), 'only the hash of the token, and the number encrypted');
      const reuse = await new Patient(app, freshIp()).post('/my-data/verify', { mobile, code: good, _csrf: null });
      assert.equal(reuse.statusCode, 403, 'a fresh browser has no CSRF token');
      const other = new Patient(app, freshIp());
      await other.get('/my-data');
      const reused = await other.post('/my-data/verify', { mobile, code: good });
      assert.equal(reused.statusCode, 422, 'a code works once');
      assert.match(text(reused.body), /已失效或已经用过/);

      tick(61);
      await c.post('/my-data/code', { mobile });
      const stale = await lastCode(mobile);
      tick(app.config.privacy.otpTtlMinutes * 60 + 1);
      assert.equal((await c.post('/my-data/verify', { mobile, code: stale })).statusCode, 422, 'an expired code is refused');
      // The session made above is 30 minutes old by now minus ticks: after it ends, the pages are closed.
      tick(31 * 60);
      assert.equal((await c.get('/my-data/overview')).statusCode, 303);

      // Five codes an hour per number.
      const busy = nextMobile();
      for (let i = 0; i < 5; i++) {
        tick(61);
        assert.equal((await c.post('/my-data/code', { mobile: busy })).statusCode, 200);
      }
      tick(61);
      const sixth = await c.post('/my-data/code', { mobile: busy });
      assert.equal(sixth.statusCode, 429);
      assert.match(text(sixth.body), /一小时内已经获取了 5 次/);
      // Twenty an hour per address, whatever the numbers.
      const shared = new Patient(app, freshIp());
      await shared.get('/en/my-data');
      for (let i = 0; i < 20; i++) assert.equal((await shared.post('/en/my-data/code', { mobile: nextMobile() })).statusCode, 200);
      const blocked = await shared.post('/en/my-data/code', { mobile: nextMobile() });
      assert.equal(blocked.statusCode, 429);
      assert.match(text(blocked.body), /Too many codes were requested from your network/);
      tick(3601);
      assert.equal((await shared.post('/en/my-data/code', { mobile: nextMobile() })).statusCode, 200, 'an hour later the address may ask again');
    });

    test('spent codes and ended sessions are gone by the next night even when nobody asks for a code again', async () => {
      const mobile = nextMobile();
      await verified(mobile);
      const hmac = (await rt()).crypto.mobileHmac(mobile);
      const rows = async () => [
        (await app.deps.db.selectFrom('privacy_otp').select('id').where('mobile_hmac', '=', hmac).execute()).length,
        (await app.deps.db.selectFrom('privacy_session').select('id').where('mobile_hmac', '=', hmac).execute()).length,
      ];
      assert.deepEqual(await rows(), [1, 1]);
      const queued = await app.deps.db.selectFrom('job').selectAll().where('kind', '=', PURGE_JOB).where('done_at', 'is', null).execute();
      const keys = queued.map((j) => String(j.dedupe_key));
      assert.ok(keys.length >= 1 && new Set(keys).size === keys.length, 'one purge a night, by its dedupe key');
      assert.ok(keys.every((k) => /^privacy\.purge:\d{4}-\d{2}-\d{2}$/.test(k)));
      const runAt = new Date(queued.map((j) => j.run_at).sort().at(-1)!);
      assert.ok(runAt.getTime() - app.clock.now.getTime() < 30 * 3600_000, 'within the next night');
      const r = await runJobsAt(app, new Date(runAt.getTime() + 60_000));
      assert.equal(r.failed, 0);
      assert.deepEqual(await rows(), [0, 0], 'the used code and the ended session are deleted');
    });

    test('overview and export: the person’s bookings, waiting list, texts and question, decrypted; nothing of anyone else; audited without the number', async () => {
      const admin = await signedIn(app, ['admin']);
      const a = person(nextMobile(), '林晓雨');
      const b = person(nextMobile(), '陈建国');
      await footprint(a, admin);
      await footprint(b, admin);
      const c = await verified(a.mobile);
      const page = await c.get('/my-data/overview');
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'no-store');
      const body = text(page.body);
      for (const s of [a.name, ...a.secrets]) assert.ok(body.includes(s), `the overview shows ${s}`);
      for (const s of [b.name, b.mobile, ...b.secrets]) assert.ok(!body.includes(s), `nothing of the other person (${s})`);
      assert.match(body, /撤回这项同意/);

      const res = await c.get('/my-data/export.json');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      assert.equal(res.headers['cache-control'], 'no-store');
      const doc = JSON.parse(res.body) as { mobile: string; data: Record<string, Record<string, unknown>[]>; consents: { source: string; id: string }[] };
      assert.equal(doc.mobile, a.mobile);
      const booking = doc.data.booking!.find((i) => i.kind === 'booking')!;
      assert.equal(booking.name, a.name);
      assert.equal(booking.mobile, a.mobile);
      assert.equal(booking.email, a.email);
      assert.equal(booking.reason, a.secrets[0]);
      assert.equal(booking.doctor, '顾明澄');
      const waiting = doc.data.booking!.find((i) => i.kind === 'waitlist')!;
      assert.equal(waiting.reason, a.secrets[1]);
      assert.equal(waiting.status, 'offered');
      assert.ok(doc.data.booking!.some((i) => i.kind === 'sms' && String(i.text).length > 10), 'the texts sent to the number');
      const question = doc.data.questions!.find((q) => String(q.question).includes(a.secrets[2]!));
      assert.ok(question, 'the question, decrypted');
      assert.ok(doc.consents.some((x) => x.source === 'questions' && /:publish$/.test(x.id)));
      assert.ok(doc.consents.some((x) => x.source === 'booking' && /^b\d+:health$/.test(x.id)));
      const raw = res.body;
      for (const s of [b.name, b.mobile, maskMobile(b.mobile), ...b.secrets]) assert.ok(!raw.includes(s), `the export holds nothing of the other person (${s})`);
      assert.ok(!raw.includes((await rt()).crypto.mobileHmac(a.mobile)), 'no internal hashes');

      const events = await app.deps.db.selectFrom('audit_event').selectAll().where('action', 'like', 'privacy.%').execute();
      const exp = events.find((e) => e.action === 'privacy.export')!;
      assert.ok(exp, 'the export is audited');
      assert.equal(exp.actor_user_id, null);
      assert.equal(exp.actor_name, PATIENT_ACTOR);
      assert.equal(exp.subject_type, 'privacy_session');
      for (const e of events) for (const s of [a.mobile, maskMobile(a.mobile)]) assert.ok(!JSON.stringify(e).includes(s), 'no audit row names the number');
    });

    test('withdrawal through the sources: a question’s publication consent; a booking’s consent cancels it and frees the place; another person’s consent is refused', async () => {
      const admin = await signedIn(app, ['admin']);
      const a = person(nextMobile(), '吴思远');
      const b = person(nextMobile(), '周若兰');
      const fa = await footprint(a, admin);
      const fb = await footprint(b, admin);
      const c = await verified(a.mobile);
      await c.get('/my-data/overview');

      const pub = await c.post('/my-data/consents/withdraw', { source: 'questions', id: `q${fa.questionId}:publish` });
      assert.equal(pub.statusCode, 303);
      assert.equal(pub.headers.location, '/my-data/overview?msg=withdrawn');
      const q = await app.deps.db.selectFrom('question').selectAll().where('id', '=', fa.questionId).executeTakeFirstOrThrow();
      assert.equal(q.consent_publish, 0);
      assert.match(q.consent_json, /withdrawn_at/);
      const twice = await c.post('/my-data/consents/withdraw', { source: 'questions', id: `q${fa.questionId}:publish` });
      assert.equal(twice.statusCode, 409);
      assert.match(text(twice.body), /无法撤回/);

      const bookingId = fa.bookingIds[0]!;
      const sessionId = fa.sessionIds[0]!;
      const before = (await sessionRow(app.deps.db, sessionId)).booked;
      const cancel = await c.post('/my-data/consents/withdraw', { source: 'booking', id: `b${bookingId}:health` });
      assert.equal(cancel.statusCode, 303);
      const booking = await app.deps.db.selectFrom('booking').selectAll().where('id', '=', bookingId).executeTakeFirstOrThrow();
      assert.equal(booking.status, 'cancelled');
      assert.equal(booking.cancelled_by, 'patient');
      assert.match(booking.consent_json, /withdrawn_at/);
      assert.equal((await sessionRow(app.deps.db, sessionId)).booked, before - 1, 'the place is free again');

      const foreign = await c.post('/my-data/consents/withdraw', { source: 'booking', id: `b${fb.bookingIds[0]}:health` });
      assert.equal(foreign.statusCode, 409);
      const theirs = await app.deps.db.selectFrom('booking').select('status').where('id', '=', fb.bookingIds[0]!).executeTakeFirstOrThrow();
      assert.equal(theirs.status, 'booked');
      assert.equal((await c.post('/my-data/consents/withdraw', { source: 'nope', id: 'x' })).statusCode, 409);

      const audits = await app.deps.db.selectFrom('audit_event').selectAll().where('action', '=', 'privacy.withdraw').execute();
      const details = audits.map((e) => JSON.parse(e.detail_json) as { source: string; consent: string });
      assert.ok(details.some((d) => d.source === 'questions' && d.consent === `q${fa.questionId}:publish`));
      assert.ok(details.some((d) => d.source === 'booking' && d.consent === `b${bookingId}:health`));
      assert.ok(audits.every((e) => e.actor_name === PATIENT_ACTOR && e.actor_user_id === null));
    });

    test('erasure: requested by the patient, completed by an admin in one go; afterwards the whole database holds no trace of the person, another person is untouched, counters hold', async () => {
      const admin = await signedIn(app, ['admin']);
      const frontdesk = await signedIn(app, ['frontdesk']);
      const d = person(nextMobile(), '欧阳静怡');
      const e = person(nextMobile(), '司马光明');
      const fd = await footprint(d, admin);
      const fe = await footprint(e, admin);
      const c = await verified(d.mobile);
      assert.equal((await c.get('/my-data/export.json')).statusCode, 200);
      assert.equal((await c.get('/my-data/erasure')).statusCode, 200);
      const unconfirmed = await c.post('/my-data/erasure', {});
      assert.equal(unconfirmed.statusCode, 422);
      assert.match(unconfirmed.body, /<a href="#f-confirm">请勾选确认后再提交/);
      assert.equal((await c.post('/my-data/erasure', { confirm: '1' })).statusCode, 303);
      await c.get('/my-data/erasure');
      assert.equal((await c.post('/my-data/erasure', { confirm: '1' })).statusCode, 303, 'asking twice');
      const hmac = (await rt()).crypto.mobileHmac(d.mobile);
      const pending = await app.deps.db.selectFrom('privacy_request').selectAll().where('mobile_hmac', '=', hmac).execute();
      assert.equal(pending.length, 1, 'one pending request per number');
      assert.match(text((await c.get('/my-data/overview')).body), /您已于 .* 申请删除/);

      const sessions = [...new Set([...fd.sessionIds, ...fe.sessionIds])];
      const bookedBefore = new Map(await Promise.all(sessions.map(async (id) => [id, (await sessionRow(app.deps.db, id)).booked] as const)));

      const list = await admin.get('/staff/privacy');
      assert.equal(list.statusCode, 200);
      assert.ok(text(list.body).includes(maskMobile(d.mobile)), 'a pending request shows the masked number');
      assert.equal((await frontdesk.get('/staff/privacy')).statusCode, 403);
      assert.equal((await frontdesk.post(`/staff/privacy/${pending[0]!.id}/complete`, { confirm: '1' })).statusCode, 403);
      assert.equal((await admin.post(`/staff/privacy/${pending[0]!.id}/complete`, {})).statusCode, 422);
      // Every form of the number as stored right now (ciphertexts exactly as written, its keyed hash,
      // the masked number) and in plain text: after the erasure none may be left in the files' bytes.
      const stored = [...(await storedFormsOf(app, d)), ...(await needlesOf(app, d))];
      const control = await storedFormsOf(app, e);
      assert.ok((await rawHits(app, stored)).length > 0, 'before the erasure the raw files do hold the person (the search works)');
      const done = await admin.post(`/staff/privacy/${pending[0]!.id}/complete`, { confirm: '1' });
      assert.equal(done.statusCode, 303);
      assert.doesNotMatch(done.headers.location ?? '', /storage_pending/);
      assert.deepEqual(await rawHits(app, stored), [], 'no byte of the erased person is left in the database files (main file and WAL / relation files)');
      assert.ok((await rawHits(app, control)).length > 0, "the other person's data is still in the files: the search would have found it");
      assert.equal((await admin.post(`/staff/privacy/${pending[0]!.id}/complete`, { confirm: '1' })).statusCode, 409, 'done once');

      const hits = await searchDatabase(app.deps.db, (await rt()).crypto, await needlesOf(app, d));
      assert.deepEqual(hits, [], 'nothing identifying is left anywhere');

      const theirs = await searchDatabase(app.deps.db, (await rt()).crypto, [e.name, maskMobile(e.mobile), e.secrets[2]!, e.secrets[3]!]);
      assert.equal((await app.get(`/qa/q-${fd.questionId}`)).statusCode, 404, 'the public Q&A made from their question is gone');
      assert.equal((await app.get(`/qa/q-${fe.questionId}`)).statusCode, 200, "the other person's public Q&A stays");
      const rating = await app.deps.db.selectFrom('feedback').selectAll().where('id', '=', fd.feedbackId).executeTakeFirst();
      if (rating) assert.equal(rating.mobile_hmac, null, 'a rating kept for the totals is anonymous');
      for (const [table, needle] of [['booking', e.name], ['sms_message', maskMobile(e.mobile)], ['question', e.secrets[2]], ['search_doc', e.secrets[2]], ['qa_publication', e.secrets[2]], ['feedback', e.secrets[3]]] as const) {
        assert.ok(theirs.some((h) => h.table === table && h.needle === needle), `the other person's ${table} is untouched`);
      }
      const eBooking = await app.deps.db.selectFrom('booking').selectAll().where('id', '=', fe.bookingIds[0]!).executeTakeFirstOrThrow();
      assert.equal((await rt()).crypto.decrypt(eBooking.name_enc), e.name);
      assert.equal(eBooking.status, 'booked');

      // The erased booking stays as an anonymous taken place; the held waitlist offer was given up.
      const [kept, visited] = await app.deps.db.selectFrom('booking').selectAll().where('id', 'in', fd.bookingIds).orderBy('id').execute();
      assert.equal(kept!.status, 'booked');
      assert.equal(visited!.status, 'checked_in', 'the visit took place: its record stays, stripped of the person');
      for (const id of sessions) {
        const s = await sessionRow(app.deps.db, id);
        const active = await app.deps.db.selectFrom('booking').select('id').where('session_id', '=', id).where('status', 'in', ['booked', 'checked_in']).execute();
        const held = await app.deps.db.selectFrom('waitlist_entry').select('id').where('session_id', '=', id).where('status', '=', 'offered').execute();
        assert.equal(s.booked, active.length + held.length, `session ${id}: booked counts what holds a place`);
        if (fd.sessionIds.includes(id) && !fe.sessionIds.includes(id)) assert.equal(s.booked, bookedBefore.get(id), 'the erased booking keeps its place');
      }
      const pendingJobs = await app.deps.db.selectFrom('job').select(['kind', 'payload_json']).where('done_at', 'is', null).execute();
      for (const j of pendingJobs) assert.ok(!fd.bookingIds.some((id) => j.payload_json.includes(`"bookingId":${id},`)), `no pending ${j.kind} for the erased booking`);

      const erase = await app.deps.db.selectFrom('audit_event').selectAll().where('action', '=', 'privacy.erase').where('subject_id', '=', String(pending[0]!.id)).executeTakeFirstOrThrow();
      const me = await app.deps.db.selectFrom('staff_user').select('name').where('id', '=', admin.userId).executeTakeFirstOrThrow();
      assert.equal(erase.actor_user_id, admin.userId);
      assert.equal(erase.actor_name, me.name);
      const summary = JSON.parse(erase.detail_json) as Record<string, number>;
      assert.ok(summary.booking! >= 3 && summary.questions! >= 1 && summary.privacy! >= 2, erase.detail_json);
      const req = await app.deps.db.selectFrom('privacy_request').selectAll().where('id', '=', pending[0]!.id).executeTakeFirstOrThrow();
      assert.equal(req.status, 'completed');
      assert.equal(req.mobile_hmac, null);
      assert.equal(req.mobile_enc, null);
      assert.ok(!text((await admin.get('/staff/privacy')).body).includes(maskMobile(d.mobile)));
      assert.equal((await c.get('/my-data/overview')).statusCode, 303, 'the data-rights session ended with the erasure');
    });
  });
}
