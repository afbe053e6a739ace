import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { PERSONAL_DATA_SOURCES } from '../../src/main.js';
import { questionsPersonalData } from '../../src/questions/questions.personal-data.js';
import { RETENTION_JOB } from '../../src/questions/questions.retention.js';
import { answerQuestion, NOTIFY_JOB } from '../../src/questions/questions.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { nextMobile, runJobsAt, smsTo } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn } from '../helpers/staff.js';

// Patients' questions on both engines: the public form and its validation, urgent words, the spam
// defences (honeypot, rate limit, duplicates), the private link, the staff inbox and triage, the
// doctor's answer with the compliance check and the notification job, contact retention, and the
// personal-data source.

let ipCounter = 0;
/** A different sender address for each test, so rate limits and duplicates do not leak between tests. */
const nextIp = () => `203.0.113.${++ipCounter}`;
let textCounter = 0;
/** A question text no other test sends. */
const questionBody = (extra = '') => `手背上的白斑已经半年了，第 ${++textCounter} 次想问：光疗大概需要做多久？${extra}`;

function form(over: Record<string, string> = {}): Record<string, string> {
  return { body: questionBody(), age_range: '30-44', sex: 'female', contact_kind: 'none', contact: '', consent_health: '1', website: '', ...over };
}

/** The content of <main>, from its first tag on. */
function mainOf(html: string): string {
  const m = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html);
  assert.ok(m, 'the page has a <main>');
  return m[1]!.trim();
}

for (const dialect of dialects) {
  describe(`questions on ${dialect.name}`, () => {
    let app: TestApp;
    const db = () => app.deps.db;
    const ask = (f: Record<string, string>, ip: string, prefix = '') =>
      app.app.inject({ method: 'POST', url: `${prefix}/questions/ask`, payload: new URLSearchParams(f).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.config.siteUrl }, remoteAddress: ip });
    const count = async () => Number((await db().selectFrom('question').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const byToken = (location: string) => {
      const token = /\/questions\/r\/([A-Za-z0-9_-]+)/.exec(location)![1]!;
      return db().selectFrom('question').selectAll().where('token_hash', '=', createHash('sha256').update(token).digest('base64url')).executeTakeFirst();
    };

    before(async () => {
      // Jobs run only when a test runs them; a rate of 3 an hour keeps the limit test short.
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', QUESTION_RATE_PER_HOUR: '3' });
    });
    after(() => app.close());

    test('the form: fields, consents in plain words, a honeypot people never meet; linked from every page', async () => {
      const res = await app.get('/questions/ask');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'no-store');
      for (const name of ['body', 'age_range', 'sex', 'contact_kind', 'contact', 'consent_health', 'consent_publish', 'website']) assert.match(res.body, new RegExp(`name="${name}"`), name);
      assert.match(text(res.body), /我同意医院为回答我的问题处理上述健康信息（必选）/);
      assert.match(text(res.body), /我另外同意/);
      const honeypot = /<div class="sr-only" aria-hidden="true">[\s\S]*?<\/div>/.exec(res.body)?.[0] ?? '';
      assert.match(honeypot, /name="website"[^>]*tabindex="-1"[^>]*autocomplete="off"|name="website"[^>]*autocomplete="off"[^>]*tabindex="-1"/i);
      assert.doesNotMatch(mainOf(res.body), /role="alert"/, 'no emergency notice on the empty form');
      // The optional typing warning: an empty live region and the island that fills it (same word list).
      assert.match(res.body, /<p id="urgent-live" aria-live="assertive" data-message="如出现[^"]*"><\/p>/);
      assert.match(res.body, /<script type="module" src="\/assets\/islands\/questions-urgent.js">/);
      const island = await app.get('/assets/islands/questions-urgent.js');
      assert.equal(island.statusCode, 200);
      assert.ok(island.body.includes('shortnessofbreath'), 'the island uses the server’s word list');
      const en = await app.get('/en/questions/ask');
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<html lang="en"/);
      assert.match(en.body, /action="\/en\/questions\/ask"/);
      assert.match(text(en.body), /I agree that the hospital processes this health information/);
      const home = await app.get('/');
      assert.match(home.body, /href="\/questions\/ask"/, 'the home page (footer) links to the form');
      assert.match((await app.get('/en/')).body, /href="\/en\/questions\/ask"/);
    });

    test('ask → 303 to the private link; stored encrypted with only the token hash; the private page is private', async () => {
      const mobile = nextMobile();
      const body = questionBody('另外，涂药会不会有副作用？');
      const res = await ask(form({ body, contact_kind: 'mobile', contact: `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`, consent_publish: '1' }), nextIp());
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 400));
      const location = String(res.headers.location);
      assert.match(location, /^\/questions\/r\/[A-Za-z0-9_-]{22,}$/);
      const q = await byToken(location);
      assert.ok(q, 'the token hash finds the question');
      const raw = JSON.stringify(q);
      for (const secret of ['光疗', mobile, location.split('/').pop()!]) assert.ok(!raw.includes(secret), `${secret} is not stored in clear`);
      const rt = await bookingRuntime(db(), app.config);
      assert.equal(rt.crypto.decrypt(q.body_enc), body);
      assert.equal(rt.crypto.decrypt(q.contact_enc!), mobile);
      assert.equal(q.mobile_hmac, rt.crypto.mobileHmac(mobile));
      assert.deepEqual([q.status, q.priority, q.urgent, q.consent_health, q.consent_publish, q.age_range, q.sex, q.contact_kind, q.locale], ['new', 'normal', 0, 1, 1, '30-44', 'female', 'mobile', 'zh-CN']);
      assert.deepEqual(JSON.parse(q.consent_json).map((c: { purpose: string }) => c.purpose), ['health', 'publish']);
      const page = await app.get(location);
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'no-store');
      assert.equal(page.headers['referrer-policy'], 'no-referrer');
      assert.match(page.body, /<meta name="robots" content="noindex"/);
      assert.ok(text(page.body).includes(body), 'the patient sees the question');
      assert.match(text(page.body), /已收到，正在安排医生/);
      assert.doesNotMatch(mainOf(page.body), /role="alert"/);
      for (const bad of ['/questions/r/AAAAAAAAAAAAAAAAAAAAAA', '/questions/r/short', '/questions/r/%3Cscript%3E']) assert.equal((await app.get(bad)).statusCode, 404, bad);
      // English: the prefix is kept and the question remembers its language.
      const en = await ask(form(), nextIp(), '/en');
      assert.equal(en.statusCode, 303);
      assert.match(String(en.headers.location), /^\/en\/questions\/r\/[A-Za-z0-9_-]{22,}$/);
      assert.equal((await byToken(String(en.headers.location)))!.locale, 'en');
      assert.match(text((await app.get(String(en.headers.location))).body), /Received; a doctor is being chosen/);
    });

    test('urgent words: the 120 notice comes first in <main> on the private page and on a form shown again with errors; stored as urgent', async () => {
      for (const sign of ['胸　痛', '胸 痛', '喘不上气', '大出血', '喉咙肿', '过敏性休克', 'ＣＨＥＳＴ ＰＡＩＮ']) {
        const res = await ask(form({ body: questionBody(`今天突然${sign}，还能等回答吗`) }), nextIp());
        assert.equal(res.statusCode, 303, sign);
        const q = (await byToken(String(res.headers.location)))!;
        assert.deepEqual([q.urgent, q.priority], [1, 'urgent'], sign);
        const main = mainOf((await app.get(String(res.headers.location))).body);
        assert.match(main, /^<section class="notice urgent-notice" role="alert"/, `${sign}: the notice is the first thing in <main>`);
        assert.match(text(main), /如出现.*请立即拨打120或前往最近的急诊/);
      }
      const before = await count();
      const invalid = await ask(form({ body: '胸痛怎么办', consent_health: '' }), nextIp());
      assert.equal(invalid.statusCode, 422);
      assert.match(mainOf(invalid.body), /^<section class="notice urgent-notice" role="alert"/, 'the form with errors starts with the notice too');
      assert.equal(await count(), before, 'nothing stored');
      const enInvalid = await ask(form({ body: 'chest pain', consent_health: '' }), nextIp(), '/en');
      assert.match(text(mainOf(enInvalid.body)), /^Deal with the emergency first\s*If you have difficulty breathing, chest pain.*call 120 now/);
      // A denied sign and a past mention: decided in src/questions/urgent.ts.
      const denied = await ask(form({ body: questionBody('没有胸痛，只是白斑在扩大') }), nextIp());
      assert.equal((await byToken(String(denied.headers.location)))!.urgent, 0);
      const past = await ask(form({ body: questionBody('以前胸痛过，现在好了') }), nextIp());
      assert.equal((await byToken(String(past.headers.location)))!.urgent, 1, 'a past mention still shows the notice');
    });

    test('bad input: every problem at once, in the patient’s language, linked from a summary; nothing stored', async () => {
      const before = await count();
      const res = await ask(form({ body: '太短了', age_range: '99', sex: 'x', contact_kind: 'mobile', contact: '12345', consent_health: '' }), nextIp());
      assert.equal(res.statusCode, 422);
      const body = text(res.body);
      for (const msg of ['问题内容需要 10–2000 字（现在是 3 字）', '请选择列表中的年龄段', '请选择列表中的性别', '请填写 11 位中国大陆手机号', '需要您同意处理健康信息']) assert.ok(body.includes(msg), msg);
      assert.match(res.body, /<a href="#f-body">/);
      assert.match(res.body, /id="f-body"[^>]*aria-invalid="true"/);
      assert.ok(body.includes('太短了'), 'what was typed is kept');
      const mail = await ask(form({ contact_kind: 'email', contact: 'not-an-address' }), nextIp());
      assert.equal(mail.statusCode, 422);
      assert.match(text(mail.body), /请填写有效的电子邮箱/);
      const long = await ask(form({ body: '白'.repeat(2001) }), nextIp());
      assert.equal(long.statusCode, 422);
      const kind = await ask(form({ contact_kind: 'pigeon' }), nextIp());
      assert.equal(kind.statusCode, 422);
      const en = await ask(form({ body: 'short', consent_health: '' }), nextIp(), '/en');
      assert.equal(en.statusCode, 422);
      assert.match(text(en.body), /The question needs 10–2000 characters \(it has 5\)/);
      assert.match(text(en.body), /A doctor can only answer once you agree/);
      const empty = await app.app.inject({ method: 'POST', url: '/questions/ask', payload: '', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.config.siteUrl } });
      assert.equal(empty.statusCode, 422);
      assert.equal(await count(), before);
    });

    test('honeypot: a filled "website" field looks like success and stores nothing', async () => {
      const before = await count();
      const res = await ask(form({ website: 'http://spam.example' }), nextIp());
      assert.equal(res.statusCode, 303);
      assert.match(String(res.headers.location), /^\/questions\/r\/[A-Za-z0-9_-]{22,}$/);
      assert.equal(await count(), before, 'nothing stored');
      assert.equal((await app.get(String(res.headers.location))).statusCode, 404);
    });

    test('rate limit: the (n+1)th question from one address within the hour is a 429 page in the patient’s language; another address and the next hour are fine', async () => {
      const ip = nextIp();
      for (let i = 0; i < 3; i++) assert.equal((await ask(form(), ip)).statusCode, 303);
      const before = await count();
      const limited = await ask(form(), ip);
      assert.equal(limited.statusCode, 429);
      assert.match(text(limited.body), /提交太频繁了/);
      assert.match(text(limited.body), /一小时内最多可以提交 3 个问题/);
      const en = await ask(form(), ip, '/en');
      assert.equal(en.statusCode, 429);
      assert.match(text(en.body), /at most 3 questions an hour/);
      const urgentLimited = await ask(form({ body: questionBody('呼吸困难') }), ip);
      assert.equal(urgentLimited.statusCode, 429);
      assert.match(mainOf(urgentLimited.body), /^<section class="notice urgent-notice" role="alert"/, 'the notice comes first even when refused');
      assert.equal(await count(), before, 'nothing stored while limited');
      assert.equal((await ask(form(), nextIp())).statusCode, 303, 'another address is not limited');
      const saved = app.clock.now;
      app.clock.now = new Date(saved.getTime() + 3601_000);
      try {
        assert.equal((await ask(form(), ip)).statusCode, 303, 'an hour later the address may ask again');
      } finally {
        app.clock.now = saved;
      }
    });

    test('duplicates: the same form sent again within 24 h is not stored and gets the same link; the same contact is told kindly, without a link', async () => {
      const ip = nextIp();
      const body = questionBody('擦药后有点痒。');
      const mobile = nextMobile();
      const key = 'form-key-dup-' + ipCounter + '-abcdefgh';
      const first = await ask(form({ body, form_key: key, contact_kind: 'mobile', contact: mobile }), ip);
      assert.equal(first.statusCode, 303);
      const before = await count();
      // Spacing and full-width forms do not make it a different question.
      const again = await ask(form({ body: ` ${body.replace('光疗', '光　疗').replace('。', ' 。')} `, form_key: key, contact_kind: 'mobile', contact: mobile }), ip);
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, `${first.headers.location}?dup=1`);
      assert.match(text((await app.get(String(again.headers.location))).body), /这个问题您已经提交过，我们没有重复保存/);
      const other = await ask(form({ body, contact_kind: 'mobile', contact: mobile }), nextIp());
      assert.equal(other.statusCode, 409);
      assert.match(text(other.body), /24 小时内我们已经收到内容完全相同的问题/);
      assert.doesNotMatch(other.body, /\/questions\/r\//, 'another form is not given the link');
      assert.equal(await count(), before, 'stored once');
      const saved = app.clock.now;
      app.clock.now = new Date(saved.getTime() + 25 * 3600_000);
      try {
        assert.equal((await ask(form({ body, contact_kind: 'mobile', contact: mobile }), nextIp())).statusCode, 303, 'after 24 hours it is a new question');
      } finally {
        app.clock.now = saved;
      }
    });

    test('issue 11 #6: two people behind one address sending the same text each get their own question and link, never the other one’s', async () => {
      const ip = nextIp();
      const body = questionBody('孩子也有白斑，会不会遗传？');
      const first = await ask(form({ body }), ip);
      assert.equal(first.statusCode, 303);
      const firstLink = String(first.headers.location);
      // A second person on the same Wi-Fi, another form, the same words (a common question).
      const second = await ask(form({ body }), ip);
      assert.notEqual(second.statusCode, 500);
      assert.ok(!String(second.headers.location ?? '').startsWith(firstLink), 'the first person’s private link is never given to the second');
      assert.ok(!second.body.includes(firstLink.replace(/^.*\/r\//, '')), 'nor shown on the page');
      assert.equal(second.statusCode, 303, 'no contact and another form: it is their own question');
      assert.notEqual((await byToken(String(second.headers.location)))?.id, (await byToken(firstLink))?.id);
      // The same contact behind the same address, from another form: a duplicate, answered without any link.
      const mail = `dup${ipCounter}@example.cn`;
      const contactBody = questionBody('白斑能治好吗？');
      const withContact = await ask(form({ body: contactBody, contact_kind: 'email', contact: mail }), ip);
      assert.equal(withContact.statusCode, 303);
      const q = (await byToken(String(withContact.headers.location)))!;
      assert.ok(q.contact_hmac && !q.contact_hmac.includes(mail), 'the contact is kept only as a keyed hash for the duplicate check');
      const repeated = await ask(form({ body: contactBody, contact_kind: 'email', contact: mail.toUpperCase() }), nextIp());
      assert.equal(repeated.statusCode, 409, 'the same contact and text: a duplicate, wherever it comes from');
      assert.doesNotMatch(repeated.body, /\/questions\/r\//, 'and answered without a link');
    });

    test('staff: inbox (urgent first), audited view, triage; the assigned doctor answers through the compliance check; the patient is told by SMS; the private page shows the answer', async () => {
      const mobile = nextMobile();
      const body = questionBody('光疗后皮肤发红，要停吗？');
      const res = await ask(form({ body, contact_kind: 'mobile', contact: mobile }), nextIp());
      const location = String(res.headers.location);
      const q = (await byToken(location))!;
      await ask(form({ body: questionBody('胸痛') }), nextIp());

      const editor = await signedIn(app, ['editor']);
      const inbox = await editor.get('/staff/questions?status=new');
      assert.equal(inbox.statusCode, 200);
      assert.ok(!text(inbox.body).includes(body), 'the list shows no question text');
      const ids = [...inbox.body.matchAll(/href="\/staff\/questions\/(\d+)"/g)].map((m) => Number(m[1]));
      const rows = await db().selectFrom('question').select(['id', 'urgent']).where('id', 'in', ids).execute();
      const firstNormal = ids.findIndex((id) => rows.find((r) => r.id === id)!.urgent === 0);
      assert.ok(ids.slice(firstNormal).every((id) => rows.find((r) => r.id === id)!.urgent === 0), 'urgent questions come first');
      assert.ok(ids.includes(q.id));

      const view = await editor.get(`/staff/questions/${q.id}`);
      assert.equal(view.statusCode, 200);
      assert.ok(text(view.body).includes(body), 'decrypted for staff');
      assert.ok(!text(view.body).includes(mobile), 'triage does not need the contact');
      const viewed = await db().selectFrom('audit_event').selectAll().where('action', '=', 'question.view').where('subject_id', '=', String(q.id)).execute();
      assert.equal(viewed.length, 1);

      const doctor = await db().selectFrom('doctor').select(['id', 'name', 'title']).where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
      const bad = await editor.post(`/staff/questions/${q.id}/triage`, { category_id: '', priority: 'high', doctor_id: '999999' });
      assert.equal(bad.statusCode, 422);
      const triaged = await editor.post(`/staff/questions/${q.id}/triage`, { category_id: '', priority: 'high', doctor_id: String(doctor.id) });
      assert.equal(triaged.statusCode, 303);
      const afterTriage = await db().selectFrom('question').selectAll().where('id', '=', q.id).executeTakeFirstOrThrow();
      assert.deepEqual([afterTriage.status, afterTriage.priority, afterTriage.assigned_doctor_id], ['triaged', 'high', doctor.id]);
      assert.ok(await db().selectFrom('audit_event').select('id').where('action', '=', 'question.triage').where('subject_id', '=', String(q.id)).executeTakeFirst());
      assert.match(text((await app.get(location)).body), /已安排医生，等待回答/);

      // Only the doctor it is assigned to can open or answer it.
      const otherDoctor = await signedIn(app, ['doctor'], { doctorSlug: 'lin-qingyuan' });
      assert.ok(!(await otherDoctor.get('/staff/my-questions')).body.includes(`/staff/my-questions/${q.id}"`));
      assert.equal((await otherDoctor.get(`/staff/my-questions/${q.id}`)).statusCode, 404);
      await otherDoctor.get('/staff/my-questions');
      assert.equal((await otherDoctor.post(`/staff/my-questions/${q.id}/answer`, { answer: '建议来院面诊评估。' })).statusCode, 404);
      assert.equal((await editor.get('/staff/my-questions')).statusCode, 403, 'editors do not answer');

      const me = await signedIn(app, ['doctor'], { doctorSlug: 'su-jinghe' });
      const list = await me.get('/staff/my-questions');
      assert.match(list.body, new RegExp(`href="/staff/my-questions/${q.id}"`));
      const open = await me.get(`/staff/my-questions/${q.id}`);
      assert.equal(open.statusCode, 200);
      assert.ok(text(open.body).includes(body));
      const refused = await me.post(`/staff/my-questions/${q.id}/answer`, { answer: '本院独家疗法，保证根治，治愈率100%。' });
      assert.equal(refused.statusCode, 422);
      assert.match(text(refused.body), /合规检查发现以下问题，回答未保存/);
      assert.match(refused.body, /data-rule="cure-guarantee"/);
      assert.ok(text(refused.body).includes('本院独家疗法'), 'the draft is kept for rewriting');
      assert.equal((await db().selectFrom('question').select('status').where('id', '=', q.id).executeTakeFirstOrThrow()).status, 'triaged');

      const answer = '光疗后轻微发红通常是正常反应，可以继续；如果起水疱或疼痛明显，请暂停并来院面诊评估。';
      const ok = await me.post(`/staff/my-questions/${q.id}/answer`, { answer });
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 400));
      const answered = await db().selectFrom('question').selectAll().where('id', '=', q.id).executeTakeFirstOrThrow();
      assert.equal(answered.status, 'answered');
      assert.equal(answered.answered_by, me.userId);
      assert.ok(answered.answered_at);
      assert.ok(!JSON.stringify(answered).includes('水疱'), 'the answer is encrypted');
      assert.ok(await db().selectFrom('audit_event').select('id').where('action', '=', 'question.answer').where('subject_id', '=', String(q.id)).executeTakeFirst());
      const job = await db().selectFrom('job').selectAll().where('kind', '=', NOTIFY_JOB).where('done_at', 'is', null).execute();
      assert.ok(job.some((j) => JSON.parse(j.payload_json).questionId === q.id));
      assert.equal((await me.post(`/staff/my-questions/${q.id}/answer`, { answer: '再答一次' })).statusCode, 404, 'answered once');

      await runJobsAt(app, app.clock.now);
      const sms = await smsTo(app, mobile);
      assert.equal(sms.length, 1);
      assert.ok(sms[0]!.body.includes(`https://clinic.example${location}`), 'the text carries the private link');
      for (const health of ['光疗', '发红', '水疱', '白斑']) assert.ok(!sms[0]!.body.includes(health), `no health content (${health})`);

      const page = await app.get(location);
      const pageText = text(page.body);
      assert.ok(pageText.includes(answer));
      assert.match(pageText, /医生已回答/);
      assert.ok(pageText.includes(`${doctor.name} ${doctor.title}`), 'the doctor’s name and title');
      assert.match(pageText, /2026年11月20日/, 'the date of the answer');
    });

    test('the notification re-checks at run time: a contact erased before the job runs gets no message', async () => {
      const mobile = nextMobile();
      const res = await ask(form({ contact_kind: 'mobile', contact: mobile }), nextIp());
      const q = (await byToken(String(res.headers.location)))!;
      const doctor = await db().selectFrom('doctor').select('id').where('slug', '=', 'gu-mingcheng').executeTakeFirstOrThrow();
      await db().updateTable('question').set({ status: 'triaged', assigned_doctor_id: doctor.id }).where('id', '=', q.id).execute();
      const me = await signedIn(app, ['doctor'], { doctorSlug: 'gu-mingcheng' });
      await me.get(`/staff/my-questions/${q.id}`);
      assert.equal((await me.post(`/staff/my-questions/${q.id}/answer`, { answer: '建议来院面诊评估后再决定治疗方案。' })).statusCode, 303);
      await db().updateTable('question').set({ contact_enc: null, contact_kind: null }).where('id', '=', q.id).execute();
      await runJobsAt(app, app.clock.now);
      assert.equal((await smsTo(app, mobile)).length, 0);
    });

    test('retention: a daily job erases contact details (and the mobile hash) of questions answered more than the set days ago, and queues the next run', async () => {
      const rt = await bookingRuntime(db(), app.config);
      const doctor = await db().selectFrom('doctor').select('id').where('slug', '=', 'shen-shutong').executeTakeFirstOrThrow();
      const me = await signedIn(app, ['doctor'], { doctorSlug: 'shen-shutong' });
      const make = async () => {
        const mobile = nextMobile();
        const res = await ask(form({ contact_kind: 'mobile', contact: mobile }), nextIp());
        const q = (await byToken(String(res.headers.location)))!;
        await db().updateTable('question').set({ status: 'triaged', assigned_doctor_id: doctor.id }).where('id', '=', q.id).execute();
        return { q, mobile };
      };
      const old = await make();
      const unanswered = await make();
      await me.get(`/staff/my-questions/${old.q.id}`);
      assert.equal((await me.post(`/staff/my-questions/${old.q.id}/answer`, { answer: '建议来院面诊评估。' })).statusCode, 303);
      const queued = await db().selectFrom('job').selectAll().where('kind', '=', RETENTION_JOB).where('done_at', 'is', null).execute();
      assert.equal(queued.length, 1, 'one daily run queued, by its dedupe key');
      assert.match(String(queued[0]!.dedupe_key), /^questions\.retention:\d{4}-\d{2}-\d{2}$/);

      // A recent answer keeps its contact after the daily run.
      const soon = new Date(app.clock.now.getTime() + 2 * 86_400_000);
      await runJobsAt(app, soon);
      assert.ok((await db().selectFrom('question').select('contact_enc').where('id', '=', old.q.id).executeTakeFirstOrThrow()).contact_enc);

      const late = new Date(app.clock.now.getTime() + (app.config.questions.contactRetentionDays + 2) * 86_400_000);
      const r = await runJobsAt(app, late);
      assert.equal(r.failed, 0);
      const erased = await db().selectFrom('question').selectAll().where('id', '=', old.q.id).executeTakeFirstOrThrow();
      assert.deepEqual([erased.contact_enc, erased.contact_kind, erased.mobile_hmac], [null, null, null]);
      assert.ok(erased.contact_erased_at);
      assert.ok(erased.body_enc && erased.answer_enc, 'the question and answer stay; only the contact goes');
      assert.equal(await questionsPersonalData.export(db(), { crypto: rt.crypto, mobile: old.mobile, mobileHmac: rt.crypto.mobileHmac(old.mobile), now: late }).then((x) => x.length), 0);
      const kept = await db().selectFrom('question').selectAll().where('id', '=', unanswered.q.id).executeTakeFirstOrThrow();
      assert.ok(kept.contact_enc && kept.mobile_hmac, 'an unanswered question keeps its contact');
      const next = await db().selectFrom('job').select('run_at').where('kind', '=', RETENTION_JOB).where('done_at', 'is', null).execute();
      assert.equal(next.length, 1, 'the next daily run is queued');
      assert.ok(next[0]!.run_at > late.toISOString());
    });

    test('closing without an answer: the reason on the private link, the patient told without health words (spam is not), never answered or published, the contact erased on schedule', async () => {
      const editor = await signedIn(app, ['editor']);
      const mobile = nextMobile();
      const res = await ask(form({ contact_kind: 'mobile', contact: mobile, consent_publish: '1' }), nextIp());
      const location = String(res.headers.location);
      const q = (await byToken(location))!;
      const row = () => db().selectFrom('question').selectAll().where('id', '=', q.id).executeTakeFirstOrThrow();

      const view = await editor.get(`/staff/questions/${q.id}`);
      assert.match(view.body, /action="\/staff\/questions\/\d+\/close"/);
      const bad = await editor.post(`/staff/questions/${q.id}/close`, { reason: 'because' });
      assert.equal(bad.statusCode, 422);
      assert.match(text(bad.body), /请选择关闭的原因/);
      assert.equal((await row()).status, 'new', 'nothing changed');

      assert.equal((await editor.post(`/staff/questions/${q.id}/close`, { reason: 'visit' })).statusCode, 303);
      const closed = await row();
      assert.deepEqual([closed.status, closed.close_reason, closed.closed_at], ['closed', 'visit', app.clock.now.toISOString()]);
      const audited = await db().selectFrom('audit_event').selectAll().where('action', '=', 'question.close').where('subject_id', '=', String(q.id)).execute();
      assert.equal(audited.length, 1);
      assert.deepEqual(JSON.parse(audited[0]!.detail_json), { reason: 'visit' });
      assert.equal((await editor.post(`/staff/questions/${q.id}/close`, { reason: 'spam' })).statusCode, 409, 'closed once');
      const doctor = await db().selectFrom('doctor').select('id').where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
      assert.notEqual((await editor.post(`/staff/questions/${q.id}/triage`, { category_id: '', priority: 'high', doctor_id: String(doctor.id) })).statusCode, 303);
      const rt = await bookingRuntime(db(), app.config);
      const actor = { userId: null, name: '测试', ip: '127.0.0.1', userAgent: 'test' };
      assert.deepEqual(await answerQuestion(db(), rt, q.id, doctor.id, '建议来院面诊。', actor, app.clock.now), { ok: false, reason: 'not_found' });
      assert.equal((await editor.get(`/staff/qa/${q.id}`)).statusCode, 409, 'a closed question cannot become public Q&A');
      assert.equal((await row()).status, 'closed');

      const page = text((await app.get(location)).body);
      assert.match(page, /已关闭，不作线上回答/);
      assert.match(page, /需要医生当面检查才能判断/);
      assert.ok(page.includes((await app.deps.site.shell()).site.phone));
      await runJobsAt(app, app.clock.now);
      const sms = (await smsTo(app, mobile)).filter((m) => m.kind === 'question_closed');
      assert.equal(sms.length, 1, 'the patient is told once');
      assert.ok(sms[0]!.body.includes('/questions/r/') && sms[0]!.body.includes('已处理'));
      for (const word of ['光疗', '白斑', '面诊']) assert.ok(!sms[0]!.body.includes(word), `no health words: ${word}`);

      const spamMobile = nextMobile();
      const spam = (await byToken(String((await ask(form({ contact_kind: 'mobile', contact: spamMobile }), nextIp())).headers.location)))!;
      assert.equal((await editor.post(`/staff/questions/${spam.id}/close`, { reason: 'spam' })).statusCode, 303);
      await runJobsAt(app, app.clock.now);
      assert.equal((await smsTo(app, spamMobile)).length, 0, 'spam is closed silently');

      // The nightly retention run (queued by the close, or still queued by an earlier test's run).
      const due = new Date(app.clock.now.getTime() + (app.config.questions.contactRetentionDays + 5) * 86_400_000);
      const queued = await db().selectFrom('job').select('run_at').where('kind', '=', RETENTION_JOB).where('done_at', 'is', null).execute();
      assert.ok(queued.some((j) => j.run_at <= due.toISOString()), 'a retention run is queued');
      await runJobsAt(app, due);
      const erased = await row();
      assert.deepEqual([erased.contact_enc, erased.mobile_hmac], [null, null], 'the contact goes as after an answer');
      assert.ok(erased.body_enc, 'the question itself stays');
    });

    test('personal data: export, consents, withdrawing publication (the public version is withdrawn, caches dropped), withdrawing health consent and erasure delete', async () => {
      assert.ok(PERSONAL_DATA_SOURCES.includes(questionsPersonalData));
      const rt = await bookingRuntime(db(), app.config);
      const mobile = nextMobile();
      const person = { crypto: rt.crypto, mobile, mobileHmac: rt.crypto.mobileHmac(mobile), now: app.clock.now };
      const bodies = [questionBody('第一问'), questionBody('第二问'), questionBody('第三问')];
      const ids: number[] = [];
      for (const body of bodies) {
        const res = await ask(form({ body, contact_kind: 'mobile', contact: mobile, consent_publish: '1' }), nextIp());
        ids.push((await byToken(String(res.headers.location)))!.id);
      }
      const exported = (await questionsPersonalData.export(db(), person)) as { question: string; contact: { value: string } }[];
      assert.deepEqual(exported.map((e) => e.question), bodies);
      assert.equal(exported[0]!.contact.value, mobile);
      const consents = await questionsPersonalData.consents(db(), person);
      assert.deepEqual(consents.map((c) => c.id), ids.flatMap((id) => [`q${id}:health`, `q${id}:publish`]));

      const at = app.clock.now.toISOString();
      await db().insertInto('qa_publication').values({ question_id: ids[0]!, slug: `q-${ids[0]}`, title: '光疗要多久', question_public: '光疗要多久？', answer_public: '因人而异。', category_id: null, doctor_id: null, status: 'published', prepared_by: null, published_by: null, published_at: at, created_at: at, updated_at: at }).execute();
      const version = async () => (await db().selectFrom('site_state').select('value').where('key', '=', 'content_version').executeTakeFirstOrThrow()).value;
      const v0 = await version();
      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.withdraw(trx, person, `q${ids[0]}:publish`)), true);
      assert.equal((await db().selectFrom('qa_publication').select('status').where('question_id', '=', ids[0]!).executeTakeFirstOrThrow()).status, 'withdrawn');
      assert.notEqual(await version(), v0, 'page caches are dropped');
      const q0 = await db().selectFrom('question').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
      assert.equal(q0.consent_publish, 0);
      assert.ok(JSON.parse(q0.consent_json).find((c: { purpose: string }) => c.purpose === 'publish').withdrawn_at);
      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.withdraw(trx, person, `q${ids[0]}:publish`)), false, 'already withdrawn');
      const stranger = { ...person, mobileHmac: rt.crypto.mobileHmac(nextMobile()) };
      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.withdraw(trx, stranger, `q${ids[1]}:publish`)), false, 'not theirs');

      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.withdraw(trx, person, `q${ids[1]}:health`)), true);
      assert.equal(await db().selectFrom('question').select('id').where('id', '=', ids[1]!).executeTakeFirst(), undefined, 'no health consent, no question');

      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.erase(trx, person)), 2);
      assert.equal((await db().selectFrom('question').select('id').where('id', 'in', ids).execute()).length, 0);
      assert.equal(await db().selectFrom('qa_publication').select('id').where('question_id', '=', ids[0]!).executeTakeFirst(), undefined, 'the public version went with it');
      assert.deepEqual(await questionsPersonalData.export(db(), person), []);
    });
  });
}
