import { CODE_GUESSES } from '../../src/feedback/feedback.routes.js';
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { feedbackPersonalData } from '../../src/feedback/feedback.personal-data.js';
import { feedbackToken } from '../../src/feedback/feedback.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { publishArticle } from '../helpers/articles.js';
import { bookingForm, bookingsOf, createSession, nextMobile, postBooking, postForm, runJobsAt, sessionRow, smsTo, tokenOf } from '../helpers/booking.js';
import { formHeaders } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { hrefs, text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';
import { getContentVersion } from '../../src/platform/site-state.repository.js';

// Feedback from real visits on both engines: a checked-in booking (or a staff-issued code) rates
// once; comments are checked for efficacy claims and moderated; doctor pages show aggregates and,
// only when the clinic chooses, approved comments — never on an advertisement; data rights.

const RATE = { explain: '5', attitude: '4', wait: '3' };
const CLAIM = '王医生很耐心，我的白癜风治好了！';

for (const dialect of dialects) {
  describe(`visit feedback on ${dialect.name}`, () => {
    let app: TestApp;
    let desk: StaffClient & { userId: number };
    let editor: StaffClient & { userId: number };
    let admin: StaffClient & { userId: number };

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    // Tests here move the clock by weeks (feedback windows, code expiry); a staff session that saw
    // such a jump has ended (idle sign-out), so each test signs its staff in afresh.
    beforeEach(async () => {
      desk = await signedIn(app, ['frontdesk']);
      editor = await signedIn(app, ['editor']);
      admin = await signedIn(app, ['admin']);
    });
    after(() => app.close());

    const db = () => app.deps.db;
    const count = async () => Number((await db().selectFrom('feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const audits = (action: string) => db().selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('id').execute();

    /** Books a visit with a doctor online and returns the booking, its private link and its feedback link. */
    let slot = 0;
    async function visit(doctorSlug: string, mobile = nextMobile()) {
      // A session of its own each time (one per doctor, date and start time), later today: the
      // front desk checks patients in on the session's own day only.
      const start = `16:${String(10 + slot++).padStart(2, '0')}`;
      const id = await createSession(db(), app.config, app.clock.now, { inDays: 0, doctorSlug, quota: 20, start, end: '18:30' });
      const res = await postBooking(app, id, bookingForm({ mobile }));
      assert.equal(res.statusCode, 303, text(res.body).slice(0, 300));
      const [b] = await bookingsOf(db(), id);
      const rt = await bookingRuntime(db(), app.config);
      return { b: b!, mobile, sessionId: id, manage: `/b/${tokenOf(res.headers.location)}`, link: `/feedback/${feedbackToken(rt, b!)}` };
    }

    async function checkIn(bookingId: number) {
      const res = await desk.post(`/staff/bookings/${bookingId}/check-in`, {});
      assert.equal(res.statusCode, 303);
    }

    /** A code issued at the front desk for a doctor, as printed for the patient. */
    async function issueCode(doctorSlug: string, visitDate = ''): Promise<string> {
      const d = await db().selectFrom('doctor').select('id').where('slug', '=', doctorSlug).executeTakeFirstOrThrow();
      await desk.get('/staff/feedback-codes');
      const res = await desk.post('/staff/feedback-codes', { doctor_id: String(d.id), visit_date: visitDate });
      assert.equal(res.statusCode, 200);
      const m = /class="ref-code feedback-code">([A-Z0-9-]+)</.exec(res.body);
      assert.ok(m, 'the new code is shown');
      return m[1]!;
    }

    async function rateWithCode(code: string, form: Record<string, string>) {
      return postForm(app, '/feedback/code/rate', { code, ...form });
    }

    test('feedback codes cannot be guessed without limit: wrong tries count per address, a right code gives its try back', async () => {
      const code = await issueCode('lin-qingyuan');
      const from = (ip: string, c: string) =>
        app.app.inject({ method: 'POST', url: '/feedback/code', payload: new URLSearchParams({ code: c }).toString(), headers: formHeaders(app), remoteAddress: ip });
      // A right code is no guess: it can be opened again and again without using up the address's tries.
      for (let i = 0; i < CODE_GUESSES.perAddress + 2; i++) assert.equal((await from('198.51.100.7', code)).statusCode, 200);
      const guesses: number[] = [];
      for (let i = 0; i < CODE_GUESSES.perAddress + 2; i++) guesses.push((await from('198.51.100.7', `ZZZZZ-ZZZ${'23456789ABCDEFGH'.slice(i, i + 2)}`)).statusCode);
      assert.deepEqual(guesses.slice(0, CODE_GUESSES.perAddress), Array(CODE_GUESSES.perAddress).fill(404), 'the first tries are answered');
      assert.deepEqual(guesses.slice(CODE_GUESSES.perAddress), [429, 429], 'then the address must wait');
      const locked = await from('198.51.100.7', code);
      assert.equal(locked.statusCode, 429, 'even a right code waits: the look-up is not made at all');
      assert.match(locked.body, /15 分钟/);
      // Another address is not locked out by this one.
      assert.equal((await from('203.0.113.9', code)).statusCode, 200);
      // Fifteen minutes later the address may try again.
      const before = app.clock.now;
      app.clock.now = new Date(before.getTime() + CODE_GUESSES.windowMs + 1000);
      try {
        assert.equal((await from('198.51.100.7', code)).statusCode, 200);
      } finally {
        app.clock.now = before;
      }
    });

    test('a checked-in visit is rated once; before check-in, bad ratings and a second rating are refused and store nothing', async () => {
      const v = await visit('lin-qingyuan');
      // Before check-in: a clear refusal in the patient's language, in both locales, and nothing stored.
      const early = await app.get(v.link);
      assert.equal(early.statusCode, 409);
      assert.ok(text(early.body).includes('还没有签到'));
      const earlyEn = await app.get(`/en${v.link}`);
      assert.equal(earlyEn.statusCode, 409);
      assert.ok(text(earlyEn.body).includes('has not been checked in'));
      assert.equal((await postForm(app, v.link, RATE)).statusCode, 409);
      assert.equal(await count(), 0);
      assert.ok(!hrefs((await app.get(v.manage)).body).includes(v.link), 'no feedback link on the booking page before check-in');

      await checkIn(v.b.id);
      assert.ok(hrefs((await app.get(v.manage)).body).includes(v.link), 'the booking page links to the feedback form after check-in');
      const form = await app.get(v.link);
      assert.equal(form.statusCode, 200);
      for (const legend of ['医生的解释是否清楚', '服务态度', '等候时间']) assert.ok(form.body.includes(`<legend>${legend}</legend>`), legend);
      assert.match(form.body, /<input type="radio" id="f-explain-5" name="explain" value="5" required/);

      const bad = await postForm(app, v.link, { ...RATE, explain: '6', comment: '好'.repeat(501) });
      assert.equal(bad.statusCode, 422);
      assert.ok(text(bad.body).includes('请为“医生的解释是否清楚”选择 1 到 5 分'));
      assert.ok(text(bad.body).includes('留言不能超过 500 字'));
      assert.ok(hrefs(bad.body).includes('#f-explain'), 'the error summary links to the field');
      assert.equal((await postForm(app, `/en${v.link}`, { ...RATE, wait: '0' })).statusCode, 422);
      assert.equal(await count(), 0);

      const versionBefore = await getContentVersion(db());
      const ok = await postForm(app, v.link, { ...RATE, comment: '解释很清楚，等候有点久。', consent_publish: '1' });
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, `${v.link}?msg=thanks`);
      assert.ok(text((await app.get(ok.headers.location)).body).includes('感谢您的评价'));
      const [row] = await db().selectFrom('feedback').selectAll().execute();
      assert.equal(row!.booking_id, v.b.id);
      assert.equal(row!.mobile_hmac, v.b.mobile_hmac, 'the mobile HMAC is copied for the data-rights pages');
      assert.deepEqual([row!.rating_explain, row!.rating_attitude, row!.rating_wait], [5, 4, 3]);
      assert.equal(row!.comment_status, 'pending');
      assert.equal(row!.consent_publish, 1);
      assert.ok((await getContentVersion(db())) > versionBefore, 'ratings count at once, so cached pages are dropped');

      const again = await postForm(app, v.link, RATE);
      assert.equal(again.statusCode, 409);
      assert.ok(text(again.body).includes('已经评价过'));
      assert.equal((await app.get(v.link)).statusCode, 409);
      assert.equal(await count(), 1);

      // A link that is not ours (right booking, wrong HMAC) finds nothing.
      assert.equal((await app.get(`/feedback/${v.b.ref_code}.${'A'.repeat(22)}`)).statusCode, 404);
      // Thirty days after the visit the link has expired.
      const late = await visit('lin-qingyuan');
      await checkIn(late.b.id);
      const saved = app.clock.now;
      app.clock.now = new Date(Date.parse((await sessionRow(db(), late.sessionId)).ends_at) + 31 * 86_400_000);
      try {
        const gone = await app.get(late.link);
        assert.equal(gone.statusCode, 410);
        assert.ok(text(gone.body).includes('评价期限已过'));
      } finally {
        app.clock.now = saved;
      }
    });

    test('check-in queues a thank-you text with the feedback link, sent after the visit only if not yet rated', async () => {
      const v = await visit('gu-mingcheng');
      await checkIn(v.b.id);
      const rated = await visit('gu-mingcheng');
      await checkIn(rated.b.id);
      assert.equal((await postForm(app, rated.link, RATE)).statusCode, 303);
      const ends = Date.parse((await sessionRow(db(), v.sessionId)).ends_at);
      await runJobsAt(app, new Date(ends + 60_000));
      const texts = (await smsTo(app, v.mobile)).filter((m) => m.kind === 'feedback');
      assert.equal(texts.length, 1);
      assert.ok(texts[0]!.body.includes(`https://clinic.example${v.link}`), texts[0]!.body);
      assert.equal((await smsTo(app, rated.mobile)).filter((m) => m.kind === 'feedback').length, 0, 'a visit already rated gets no reminder');
    });

    test('staff-issued codes: shown once, stored hashed, one use, expiry; patients get clear refusals', async () => {
      assert.equal((await editor.get('/staff/feedback-codes')).statusCode, 403, 'editors do not issue codes');
      const code = await issueCode('xu-huaijin', '2026-11-19');
      const stored = await db().selectFrom('feedback_code').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.ok(!stored.code_hash.includes(code.replace('-', '')), 'only a hash is kept');
      assert.equal((await audits('feedback.code_issued')).at(-1)!.subject_id, String(stored.id));

      assert.equal((await app.get('/feedback')).statusCode, 200);
      const format = await postForm(app, '/feedback/code', { code: 'abc' });
      assert.equal(format.statusCode, 422);
      assert.ok(text(format.body).includes('评价码应为 10 位字母和数字'));
      const unknown = await postForm(app, '/feedback/code', { code: 'AAAAA-BBBBB' });
      assert.equal(unknown.statusCode, 404);
      assert.ok(text(unknown.body).includes('没有找到这个评价码'));

      // Lower case and no dash are fine; the form names the doctor and the visit date.
      const form = await postForm(app, '/feedback/code', { code: code.toLowerCase().replace('-', '') });
      assert.equal(form.statusCode, 200);
      assert.ok(text(form.body).includes('许怀瑾') && text(form.body).includes('2026年11月19日'), 'the doctor and the visit date are named');
      assert.equal((await rateWithCode(code, { ...RATE, attitude: '9' })).statusCode, 422);
      const before = await count();
      const ok = await rateWithCode(code, RATE);
      assert.equal(ok.statusCode, 303);
      assert.equal(await count(), before + 1);
      const row = await db().selectFrom('feedback').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(row.code_id, stored.id);
      assert.equal(row.booking_id, null);

      const used = await rateWithCode(code, RATE);
      assert.equal(used.statusCode, 409);
      assert.ok(text(used.body).includes('已经用过'));
      assert.equal((await postForm(app, '/en/feedback/code', { code })).statusCode, 409);
      assert.equal(await count(), before + 1);

      const old = await issueCode('xu-huaijin');
      const saved = app.clock.now;
      app.clock.now = new Date(saved.getTime() + 31 * 86_400_000);
      try {
        const expired = await postForm(app, '/feedback/code', { code: old });
        assert.equal(expired.statusCode, 410);
        assert.ok(text(expired.body).includes('已过期'));
        assert.equal((await rateWithCode(old, RATE)).statusCode, 410);
      } finally {
        app.clock.now = saved;
      }
      assert.equal(await count(), before + 1);
    });

    test('moderation: an efficacy claim is flagged and cannot be approved; clean comments are approved; all audited', async () => {
      const claim = await rateWithCode(await issueCode('su-jinghe'), { ...RATE, comment: CLAIM, consent_publish: '1' });
      assert.equal(claim.statusCode, 303);
      const flagged = await db().selectFrom('feedback').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      const findings = JSON.parse(flagged.findings_json) as { severity: string; text: string }[];
      assert.ok(findings.some((f) => f.severity === 'error' && f.text.includes('治好')), flagged.findings_json);

      assert.equal((await desk.get('/staff/feedback')).statusCode, 403, 'the front desk does not moderate');
      const list = await editor.get('/staff/feedback');
      assert.equal(list.statusCode, 200);
      const item = list.body.slice(list.body.indexOf(`id="fb-${flagged.id}"`));
      assert.match(item, /<mark class="compliance-mark error"[^>]*><u>[^<]*治好[^<]*<\/u>/);
      assert.ok(!item.slice(0, item.indexOf('</li>')).includes('value="approve"'), 'no approve button for an error-level finding');

      const refused = await editor.post(`/staff/feedback/${flagged.id}/moderate`, { action: 'approve', back: '/staff/feedback?status=pending' });
      assert.equal(refused.statusCode, 409);
      assert.ok(text(refused.body).includes('不能原样公开'));
      assert.equal((await db().selectFrom('feedback').select('comment_status').where('id', '=', flagged.id).executeTakeFirstOrThrow()).comment_status, 'pending');

      const kept = await editor.post(`/staff/feedback/${flagged.id}/moderate`, { action: 'private', back: '/staff/feedback?status=pending' });
      assert.equal(kept.statusCode, 303);
      assert.equal((await db().selectFrom('feedback').select('comment_status').where('id', '=', flagged.id).executeTakeFirstOrThrow()).comment_status, 'private');
      assert.equal((await audits('feedback.kept_private')).at(-1)!.actor_user_id, editor.userId);

      // Without the patient's consent a clean comment still cannot be published.
      await rateWithCode(await issueCode('su-jinghe'), { ...RATE, comment: '护士很热情。' });
      const noConsent = await db().selectFrom('feedback').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal((await editor.post(`/staff/feedback/${noConsent.id}/moderate`, { action: 'approve' })).statusCode, 409);

      await rateWithCode(await issueCode('su-jinghe'), { ...RATE, comment: '医生解释得很清楚，候诊区干净。', consent_publish: '1' });
      const clean = await db().selectFrom('feedback').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      const version = await getContentVersion(db());
      assert.equal((await editor.post(`/staff/feedback/${clean.id}/moderate`, { action: 'approve', back: '/staff/feedback?status=pending' })).statusCode, 303);
      const approved = await db().selectFrom('feedback').selectAll().where('id', '=', clean.id).executeTakeFirstOrThrow();
      assert.equal(approved.comment_status, 'approved');
      assert.equal(approved.moderated_by, editor.userId);
      assert.ok((await getContentVersion(db())) > version, 'approval drops cached pages');
      assert.equal((await audits('feedback.approved')).at(-1)!.subject_id, String(clean.id));
    });

    test('doctor pages: aggregates from three ratings; comments only with the setting on; never on an advertisement', async () => {
      const slug = 'shen-shutong';
      const doctorPage = async () => text((await app.get(`/doctors/${slug}`)).body);
      assert.ok((await doctorPage()).includes('暂无就诊评价'));

      const ratings = [
        { explain: '5', attitude: '5', wait: '2' },
        { explain: '4', attitude: '5', wait: '3' },
      ];
      for (const r of ratings) assert.equal((await rateWithCode(await issueCode(slug), r)).statusCode, 303);
      const two = await doctorPage();
      assert.ok(two.includes('评价满 3 条后显示汇总评分'), 'two ratings are not shown: one patient could be identified');
      assert.ok(!two.includes('医生的解释是否清楚：'));

      const comment = '候诊时间比预想的短，医生讲得明白。';
      assert.equal((await rateWithCode(await issueCode(slug), { explain: '3', attitude: '4', wait: '4', comment, consent_publish: '1' })).statusCode, 303);
      const three = await doctorPage();
      assert.ok(three.includes('共 3 位就诊患者评分'), three.slice(three.indexOf('就诊评价'), three.indexOf('就诊评价') + 200));
      assert.ok(three.includes('医生的解释是否清楚：4.0 / 5'));
      assert.ok(three.includes('服务态度：4.7 / 5'));
      assert.ok(three.includes('等候时间：3.0 / 5'));
      assert.ok(!three.includes(comment), 'a pending comment is never public');

      const row = await db().selectFrom('feedback').select('id').where('comment', '=', comment).executeTakeFirstOrThrow();
      await editor.post(`/staff/feedback/${row.id}/moderate`, { action: 'approve' });
      assert.ok(!(await doctorPage()).includes(comment), 'approved, but the clinic shows no comments by default');

      await admin.get('/staff/site');
      assert.equal((await editor.post('/staff/site/feedback-comments', { show_feedback_comments: '1' })).statusCode, 403, 'only site.write changes the setting');
      assert.equal((await admin.post('/staff/site/feedback-comments', { show_feedback_comments: '1' })).statusCode, 303);
      assert.match((await admin.get('/staff/site')).body, /id="fb-show" name="show_feedback_comments" value="1" checked/);
      const setting = (await audits('site.updated')).at(-1)!;
      assert.deepEqual(JSON.parse(setting.detail_json).changed, ['show_feedback_comments']);
      const shown = await doctorPage();
      assert.ok(shown.includes(comment), 'approved comments appear once the clinic turns them on');
      assert.ok(shown.includes('2026年11月'), 'only the month of the visit');
      assert.ok(!/2026年11月\d+日[^]*候诊时间比预想的短/.test(shown.slice(shown.indexOf('患者留言'))), 'no finer date next to the comment');

      // An advertisement page by the same doctor, with the setting on: no feedback at all.
      const doctor = await db().selectFrom('doctor').select(['id', 'name']).where('slug', '=', slug).executeTakeFirstOrThrow();
      await publishArticle(db(), { slug: 'fb-ad-test', docType: 'ad', title: '门诊服务介绍', authorDoctorId: doctor.id, authorName: doctor.name, reviewerDoctorId: doctor.id });
      app.deps.site.invalidate();
      const ad = await app.get('/articles/fb-ad-test');
      assert.equal(ad.statusCode, 200);
      assert.ok(!text(ad.body).includes(comment) && !text(ad.body).includes('就诊评价'), 'never on an advertisement');
      const { DoctorFeedbackSection } = await import('../../src/feedback/feedback.views.js');
      const { pageContext, toHtml } = await import('../../src/http/render.js');
      const ctx = await pageContext({ url: '/articles/fb-ad-test' } as never, app.deps);
      const summary = { count: 3, averages: { explain: 4, attitude: 4.7, wait: 3 }, comments: [{ text: comment, month: '2026-11' }] };
      assert.ok(toHtml(DoctorFeedbackSection({ ctx, summary, docType: 'kepu' })!).includes(comment));
      assert.equal(DoctorFeedbackSection({ ctx, summary, docType: 'ad' }), null, 'the component itself refuses an advertisement');

      await admin.post('/staff/site/feedback-comments', {});
      assert.ok(!(await doctorPage()).includes(comment), 'turned off again');
    });

    test('data rights: export, consents, withdraw and erase by the mobile HMAC', async () => {
      const v = await visit('lin-qingyuan');
      await checkIn(v.b.id);
      const comment = '挂号流程顺畅，医生很细心。';
      assert.equal((await postForm(app, v.link, { ...RATE, comment, consent_publish: '1' })).statusCode, 303);
      const row = await db().selectFrom('feedback').selectAll().where('booking_id', '=', v.b.id).executeTakeFirstOrThrow();
      await editor.post(`/staff/feedback/${row.id}/moderate`, { action: 'approve' });
      await admin.post('/staff/site/feedback-comments', { show_feedback_comments: '1' });

      const rt = await bookingRuntime(db(), app.config);
      const person = { crypto: rt.crypto, mobile: v.mobile, mobileHmac: rt.crypto.mobileHmac(v.mobile), now: app.clock.now };
      const exported = (await feedbackPersonalData.export(db(), person)) as { comment: string; ratings: unknown; doctor: string }[];
      assert.equal(exported.length, 1);
      assert.equal(exported[0]!.comment, comment);
      assert.deepEqual(exported[0]!.ratings, { explain: 5, attitude: 4, wait: 3 });
      assert.ok(!JSON.stringify(exported).includes(person.mobileHmac), 'no internal hashes in the export');
      const someoneElse = { ...person, mobile: '13600000000', mobileHmac: rt.crypto.mobileHmac('13600000000') };
      assert.deepEqual(await feedbackPersonalData.export(db(), someoneElse), []);

      const consents = await feedbackPersonalData.consents(db(), person);
      assert.deepEqual(consents.map((c) => [c.source, c.id, c.withdrawnAt]), [['feedback', `f${row.id}:publish`, null]]);
      assert.equal(await db().transaction().execute((trx) => feedbackPersonalData.withdraw(trx, someoneElse, `f${row.id}:publish`)), false, 'not theirs');
      app.deps.site.invalidate();
      assert.ok(text((await app.get('/doctors/lin-qingyuan')).body).includes(comment));
      assert.equal(await db().transaction().execute((trx) => feedbackPersonalData.withdraw(trx, person, `f${row.id}:publish`)), true);
      assert.equal(await db().transaction().execute((trx) => feedbackPersonalData.withdraw(trx, person, `f${row.id}:publish`)), false, 'already withdrawn');
      app.deps.site.invalidate();
      assert.ok(!text((await app.get('/doctors/lin-qingyuan')).body).includes(comment), 'a withdrawn consent takes the comment off the page');
      assert.ok((await feedbackPersonalData.consents(db(), person))[0]!.withdrawnAt);

      assert.equal(await db().transaction().execute((trx) => feedbackPersonalData.erase(trx, person)), 1);
      const erased = await db().selectFrom('feedback').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.equal(erased.comment, null);
      assert.equal(erased.mobile_hmac, null);
      assert.equal(erased.consent_json, '[]');
      assert.equal(erased.rating_explain, 5, 'the anonymous ratings stay in the totals');
      assert.deepEqual(await feedbackPersonalData.export(db(), person), []);
      assert.equal(await db().transaction().execute((trx) => feedbackPersonalData.erase(trx, person)), 0);
      await admin.post('/staff/site/feedback-comments', {});
    });
  });
}
