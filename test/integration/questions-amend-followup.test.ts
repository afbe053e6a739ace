import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { questionsPersonalData } from '../../src/questions/questions.personal-data.js';
import { NOTIFY_JOB } from '../../src/questions/questions.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { nextMobile, runJobsAt, smsTo } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// Issue 17 on both engines: a doctor amends a sent answer (versions kept for staff, the patient
// told, the compliance check as for a first answer, a live public Q&A taken down until an editor
// publishes it again through the same checks), and a patient's one follow-up question from the
// private answer page (the ask form's consent and checks, the same triage, linked both ways).

let ipCounter = 0;
const nextIp = () => `198.51.100.${++ipCounter}`;
let n = 0;
const body = (extra = '') => `脖子上的白斑最近有点扩大，第 ${++n} 次想问：需要换药吗？${extra}`;
const ANSWER = '目前的药膏可以继续用，白斑是否在进展需要来院面诊评估，必要时配合光疗。';
const AMENDED = '目前的药膏可以继续用，但请在两周内来院面诊，由医生评估白斑是否进展，再决定是否加用光疗。';

for (const dialect of dialects) {
  describe(`amended answers and follow-ups on ${dialect.name}`, () => {
    let app: TestApp;
    let doctorId: number;
    let doctor: StaffClient & { userId: number };
    const db = () => app.deps.db;
    const post = (url: string, f: Record<string, string>, ip: string) =>
      app.app.inject({ method: 'POST', url, payload: new URLSearchParams(f).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.config.siteUrl }, remoteAddress: ip });
    const form = (over: Record<string, string> = {}) => ({ body: body(), age_range: '30-44', sex: 'female', contact_kind: 'none', contact: '', consent_health: '1', website: '', ...over });
    const byLocation = (location: string) => {
      const token = /\/questions\/r\/([A-Za-z0-9_-]+)/.exec(location)![1]!;
      return db().selectFrom('question').selectAll().where('token_hash', '=', createHash('sha256').update(token).digest('base64url')).executeTakeFirstOrThrow();
    };
    const row = (id: number) => db().selectFrom('question').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    /** Asked through the form, triaged to the doctor and answered by them: the private link and the row. */
    async function answered(over: Record<string, string> = {}) {
      const res = await post('/questions/ask', form(over), nextIp());
      assert.equal(res.statusCode, 303);
      const location = String(res.headers.location);
      const q = await byLocation(location);
      await db().updateTable('question').set({ status: 'triaged', assigned_doctor_id: doctorId }).where('id', '=', q.id).execute();
      await doctor.get(`/staff/my-questions/${q.id}`);
      const ok = await doctor.post(`/staff/my-questions/${q.id}/answer`, { answer: ANSWER });
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 300));
      return { location, id: q.id };
    }

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600', QUESTION_RATE_PER_HOUR: '4' });
      doctorId = (await db().selectFrom('doctor').select('id').where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow()).id;
      doctor = await signedIn(app, ['doctor'], { doctorSlug: 'su-jinghe' });
    });
    after(() => app.close());

    test('amend: checked like a first answer, versioned for staff, the patient told, only by the answering doctor', async () => {
      const mobile = nextMobile();
      const { location, id } = await answered({ contact_kind: 'mobile', contact: mobile });
      await runJobsAt(app, app.clock.now);
      assert.equal((await smsTo(app, mobile)).length, 1, 'the first answer was announced');

      const page = await doctor.get(`/staff/my-questions/${id}`);
      assert.match(page.body, new RegExp(`action="/staff/my-questions/${id}/amend"`));
      assert.match(page.body, /name="version" value="1"/);

      // The same compliance check as a first answer: an error-level finding refuses it, nothing changes.
      const refused = await doctor.post(`/staff/my-questions/${id}/amend`, { answer: '本院独家疗法，保证根治，治愈率100%。', version: '1' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /data-rule="cure-guarantee"/);
      assert.equal((await row(id)).answer_version, 1);
      assert.equal((await doctor.post(`/staff/my-questions/${id}/amend`, { answer: ANSWER, version: '1' })).statusCode, 422, 'an unchanged answer is no amendment');

      // Another doctor cannot amend it.
      const other = await signedIn(app, ['doctor'], { doctorSlug: 'lin-qingyuan' });
      await other.get('/staff/my-questions');
      assert.equal((await other.post(`/staff/my-questions/${id}/amend`, { answer: AMENDED, version: '1' })).statusCode, 404);

      await doctor.get(`/staff/my-questions/${id}`);
      const ok = await doctor.post(`/staff/my-questions/${id}/amend`, { answer: AMENDED, version: '1' });
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 300));
      const q = await row(id);
      const rt = await bookingRuntime(db(), app.config);
      assert.equal(q.answer_version, 2);
      assert.equal(rt.crypto.decrypt(q.answer_enc!), AMENDED);
      assert.equal(q.answer_amended_at, app.clock.now.toISOString());
      const versions = await db().selectFrom('question_answer_version').selectAll().where('question_id', '=', id).execute();
      assert.equal(versions.length, 1);
      assert.equal(versions[0]!.version, 1);
      assert.equal(rt.crypto.decrypt(versions[0]!.answer_enc), ANSWER, 'the earlier answer is kept');
      assert.ok(!JSON.stringify(versions).includes('药膏'), 'and kept encrypted');
      assert.ok(await db().selectFrom('audit_event').select('id').where('action', '=', 'question.amend').where('subject_id', '=', String(id)).executeTakeFirst());

      // A form read at version 1 cannot overwrite version 2.
      const stale = await doctor.post(`/staff/my-questions/${id}/amend`, { answer: `${AMENDED}另外注意防晒。`, version: '1' });
      assert.equal(stale.statusCode, 409);
      assert.equal((await row(id)).answer_version, 2);

      // Staff see every version: the doctor's page and the triage page.
      const staffPage = text((await doctor.get(`/staff/my-questions/${id}`)).body);
      assert.ok(staffPage.includes(AMENDED) && staffPage.includes(ANSWER), 'both versions on the doctor’s page');
      assert.match(staffPage, /之前的回答版本（1）/);
      const editor = await signedIn(app, ['editor']);
      const triage = text((await editor.get(`/staff/questions/${id}`)).body);
      assert.ok(triage.includes(ANSWER) && triage.includes(AMENDED));

      // The patient: told once more, without health words; the page shows the new answer and says it was corrected.
      const job = await db().selectFrom('job').selectAll().where('kind', '=', NOTIFY_JOB).where('done_at', 'is', null).execute();
      assert.ok(job.some((j) => JSON.parse(j.payload_json).questionId === id && JSON.parse(j.payload_json).amended === true));
      await runJobsAt(app, app.clock.now);
      const sms = await smsTo(app, mobile);
      assert.equal(sms.length, 2);
      const latest = sms.find((m) => m.kind === 'question_amended');
      assert.ok(latest, JSON.stringify(sms.map((m) => m.kind)));
      assert.match(latest.body, /回答已更新|更新了/);
      assert.ok(latest.body.includes(location));
      for (const word of ['药膏', '白斑', '光疗']) assert.ok(!latest.body.includes(word), word);
      const patient = text((await app.get(location)).body);
      assert.ok(patient.includes(AMENDED));
      assert.ok(!patient.includes(ANSWER), 'the patient sees the current answer only');
      assert.match(patient, /医生已于.*更正了回答/);
    });

    test('amend a published answer: the public page is taken down and comes back only through publish with the same checks', async () => {
      const { id } = await answered({ consent_publish: '1' });
      const editor = await signedIn(app, ['editor']);
      const cat = await db().selectFrom('category').select('id').orderBy('position').executeTakeFirstOrThrow();
      await editor.get(`/staff/qa/${id}`);
      const published = await editor.post(`/staff/qa/${id}/publish`, { title: '白斑扩大要换药吗', question_public: '脖子上的白斑最近扩大，需要换药吗？', answer_public: ANSWER, category_id: String(cat.id) });
      assert.equal(published.statusCode, 303, text(published.body).slice(0, 400));
      assert.equal((await app.get(`/qa/q-${id}`)).statusCode, 200);

      await doctor.get(`/staff/my-questions/${id}`);
      assert.equal((await doctor.post(`/staff/my-questions/${id}/amend`, { answer: AMENDED, version: '1' })).statusCode, 303);
      const pub = await db().selectFrom('qa_publication').selectAll().where('question_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(pub.status, 'withdrawn', 'the old answer is no longer public');
      assert.equal(pub.answer_changed_at, app.clock.now.toISOString());
      assert.equal((await app.get(`/qa/q-${id}`)).statusCode, 404);

      // The editor sees the change and the amended answer offered; publishing runs the same checks.
      const prep = await editor.get(`/staff/qa/${id}`);
      assert.match(text(prep.body), /医生更正了回答/);
      assert.ok(text(prep.body).includes(AMENDED), 'the amended answer is offered for the public version');
      const withPii = await editor.post(`/staff/qa/${id}/publish`, { title: '白斑扩大要换药吗', question_public: '我叫王小明今年30岁，脖子上的白斑最近扩大，需要换药吗？', answer_public: AMENDED, category_id: String(cat.id) });
      assert.equal(withPii.statusCode, 422, 'a name still blocks publishing');
      assert.equal((await app.get(`/qa/q-${id}`)).statusCode, 404);
      const again = await editor.post(`/staff/qa/${id}/publish`, { title: '白斑扩大要换药吗', question_public: '脖子上的白斑最近扩大，需要换药吗？', answer_public: AMENDED, category_id: String(cat.id) });
      assert.equal(again.statusCode, 303, text(again.body).slice(0, 400));
      const live = await app.get(`/qa/q-${id}`);
      assert.equal(live.statusCode, 200);
      assert.ok(text(live.body).includes(AMENDED));
      assert.equal((await db().selectFrom('qa_publication').select('answer_changed_at').where('question_id', '=', id).executeTakeFirstOrThrow()).answer_changed_at, null);
    });

    test('follow-up: one per answer, the ask form’s consent and checks, the same triage, linked both ways', async () => {
      const mobile = nextMobile();
      const { location, id } = await answered({ contact_kind: 'mobile', contact: mobile });
      const page = await app.get(location);
      assert.match(page.body, new RegExp(`action="${location}/follow-up"`));
      for (const name of ['body', 'contact_kind', 'consent_health', 'consent_publish', 'website', 'form_key']) assert.match(page.body, new RegExp(`id="follow-up"[\\s\\S]*name="${name}"`), name);

      // An unanswered question offers no follow-up and refuses one.
      const fresh = await post('/questions/ask', form(), nextIp());
      const freshLocation = String(fresh.headers.location);
      assert.doesNotMatch((await app.get(freshLocation)).body, /follow-up"/);
      assert.equal((await post(`${freshLocation}/follow-up`, form({ body: body('追问') }), nextIp())).statusCode, 409);

      const count = async () => Number((await db().selectFrom('question').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      // The same consent as the first question: without it nothing is stored.
      const noConsent = await post(`${location}/follow-up`, form({ body: body('涂药后发红正常吗？'), consent_health: '' }), nextIp());
      assert.equal(noConsent.statusCode, 422);
      assert.match(text(noConsent.body), /我同意医院为回答我的问题处理上述健康信息/);
      assert.ok(text(noConsent.body).includes('涂药后发红正常吗'), 'what was typed is kept');
      // Too short, a bad mobile number: every problem at once.
      const bad = await post(`${location}/follow-up`, form({ body: '短', contact_kind: 'mobile', contact: '123' }), nextIp());
      assert.equal(bad.statusCode, 422);
      // The honeypot: looks like success, stores nothing.
      const bot = await post(`${location}/follow-up`, form({ body: body('机器人'), website: 'http://spam.example' }), nextIp());
      assert.equal(bot.statusCode, 303);
      assert.equal(await count(), before, 'nothing stored');

      // The rate limit counts follow-ups with first questions, per address.
      const ip = nextIp();
      for (let i = 0; i < 4; i++) assert.equal((await post('/questions/ask', form(), ip)).statusCode, 303);
      const limited = await post(`${location}/follow-up`, form({ body: body('涂药后发红正常吗？') }), ip);
      assert.equal(limited.statusCode, 429);

      const followText = body('涂药后皮肤发红，正常吗？');
      const ok = await post(`${location}/follow-up`, form({ body: followText, contact_kind: 'none', consent_publish: '1' }), nextIp());
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 400));
      const fuLocation = String(ok.headers.location);
      assert.notEqual(fuLocation, location);
      const fu = await byLocation(fuLocation);
      const original = await row(id);
      assert.equal(fu.follow_up_of, id);
      assert.deepEqual([fu.status, fu.assigned_doctor_id, fu.category_id, fu.age_range, fu.sex, fu.consent_health, fu.consent_publish], ['new', original.assigned_doctor_id, original.category_id, '30-44', 'female', 1, 1]);
      assert.equal(fu.mobile_hmac, original.mobile_hmac, 'found with the first question on the data-rights pages');
      const rt = await bookingRuntime(db(), app.config);
      assert.equal(rt.crypto.decrypt(fu.body_enc), followText);

      // Linked both ways; the follow-up page offers no further follow-up.
      const originalPage = await app.get(location);
      assert.match(originalPage.body, new RegExp(`href="${fuLocation}"`));
      assert.doesNotMatch(originalPage.body, /\/follow-up"/, 'no second form');
      const fuPage = await app.get(fuLocation);
      assert.match(fuPage.body, new RegExp(`href="${location}"`));
      assert.match(text(fuPage.body), /这是您对之前一个问题的追问/);
      assert.doesNotMatch(fuPage.body, /\/follow-up"/);
      assert.equal((await post(`${fuLocation}/follow-up`, form({ body: body('再追问') }), nextIp())).statusCode, 409);
      // One per answer.
      assert.equal((await post(`${location}/follow-up`, form({ body: body('第二次追问') }), nextIp())).statusCode, 409);
      assert.equal(await db().selectFrom('question').select('id').where('follow_up_of', '=', id).execute().then((r) => r.length), 1);

      // The same triage and answer flow, with the first question and answer shown for context.
      const editor = await signedIn(app, ['editor']);
      const inbox = await editor.get('/staff/questions?status=new');
      assert.match(inbox.body, new RegExp(`href="/staff/questions/${fu.id}"`));
      const triage = await editor.get(`/staff/questions/${fu.id}`);
      assert.match(text(triage.body), new RegExp(`这是对 问题 #${id} 的追问`));
      assert.ok(text(triage.body).includes(ANSWER), 'the first answer for context');
      assert.match(triage.body, new RegExp(`<option value="${doctorId}" selected`), 'the same doctor is offered');
      assert.equal((await editor.post(`/staff/questions/${fu.id}/triage`, { category_id: '', priority: 'normal', doctor_id: String(doctorId) })).statusCode, 303);
      await doctor.get(`/staff/my-questions/${fu.id}`);
      assert.equal((await doctor.post(`/staff/my-questions/${fu.id}/answer`, { answer: '轻微发红多为药物刺激，可以隔天使用；如起疹或疼痛请停药并来院面诊。' })).statusCode, 303);
      assert.match(text((await app.get(fuLocation)).body), /医生已回答/);

      // Erasing the first question (withdrawn health consent) takes the follow-up with it.
      const person = { crypto: rt.crypto, mobile, mobileHmac: rt.crypto.mobileHmac(mobile), now: app.clock.now };
      const exported = (await questionsPersonalData.export(db(), person)) as { question: string }[];
      assert.ok(exported.some((e) => e.question === followText), 'the follow-up is in the export');
      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.withdraw(trx, person, `q${id}:health`)), true);
      assert.equal(await db().selectFrom('question').select('id').where('id', 'in', [id, fu.id]).execute().then((r) => r.length), 0);
    });
  });
}
