import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { feedbackPersonalData } from '../../src/feedback/feedback.personal-data.js';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { questionsPersonalData } from '../../src/questions/questions.personal-data.js';
import { REDACTION_MARK } from '../../src/questions/redaction.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { nextMobile, runJobsAt } from '../helpers/booking.js';
import { dialects } from '../helpers/db.js';
import { text } from '../helpers/html.js';
import { signedIn } from '../helpers/staff.js';

// Issue 17 on both engines: a moderator redacts part of a comment or of a public Q&A before it is
// published. Names are flagged like phone numbers; the public sees only the redacted text; the
// original is kept encrypted for staff (each look audited) until the daily retention run purges it,
// and goes at once with the patient's erasure.

const COMMENT = '我儿子张子轩今年六岁，苏医生讲解很耐心，候诊时间也不长。';

for (const dialect of dialects) {
  describe(`redaction on ${dialect.name}`, () => {
    let app: TestApp;
    const db = () => app.deps.db;
    const audits = (action: string, id: number) => db().selectFrom('audit_event').selectAll().where('action', '=', action).where('subject_id', '=', String(id)).execute();
    const redactions = (source: 'feedback' | 'qa', id: number) => db().selectFrom('redaction').selectAll().where('source', '=', source).where('source_id', '=', id).execute();

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
    });
    after(() => app.close());

    async function comment(textValue: string, mobile: string) {
      const rt = await bookingRuntime(db(), app.config);
      const doctor = await db().selectFrom('doctor').select('id').where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
      const at = app.clock.now.toISOString();
      return db()
        .insertInto('feedback')
        .values({
          doctor_id: doctor.id,
          booking_id: null,
          code_id: null,
          rating_explain: 5,
          rating_attitude: 5,
          rating_wait: 4,
          comment: textValue,
          findings_json: '[]',
          consent_publish: 1,
          consent_json: JSON.stringify([{ purpose: 'publish_comment', version: 'feedback-publish-v1', at, withdrawn_at: null }]),
          comment_status: 'pending',
          moderated_by: null,
          moderated_at: null,
          mobile_hmac: rt.crypto.mobileHmac(mobile),
          locale: 'zh-CN',
          created_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }

    test('a comment: a child’s name flagged, approval held until redacted, the public sees the marker, the original kept for staff then purged', async () => {
      const mobile = nextMobile();
      const f = await comment(COMMENT, mobile);
      await db().updateTable('site_profile').set({ show_feedback_comments: 1 }).execute();
      const editor = await signedIn(app, ['editor']);
      const list = await editor.get('/staff/feedback?status=pending');
      assert.equal(list.statusCode, 200);
      const from = list.body.indexOf(`<li class="moderation-item" id="fb-${f.id}"`);
      assert.ok(from >= 0);
      const next = list.body.indexOf('<li class="moderation-item"', from + 10);
      const item = list.body.slice(from, next > 0 ? next : undefined);
      assert.match(item, /data-pii="name"/, 'the name is flagged');
      assert.ok(text(item).includes('张子轩'));
      assert.doesNotMatch(item, /data-pii="name"[^<]*<mark[^>]*>苏医生/, 'the clinic’s own doctor is not flagged');
      const span = new RegExp(`name="span" value="(\\d+-\\d+)"`).exec(item)?.[1];
      const hash = /name="hash" value="([^"]+)"/.exec(item)?.[1];
      assert.ok(span && hash, 'the redact form offers the flagged name');
      assert.equal(COMMENT.slice(...span.split('-').map(Number)), '张子轩');

      // Approval is held while a flagged detail stays.
      const held = await editor.post(`/staff/feedback/${f.id}/moderate`, { action: 'approve', back: '/staff/feedback?status=pending' });
      assert.equal(held.statusCode, 409);
      assert.match(text(held.body), /可能的个人信息/);
      assert.equal((await db().selectFrom('feedback').select('comment_status').where('id', '=', f.id).executeTakeFirstOrThrow()).comment_status, 'pending');

      // A stale form or words that are not in the comment change nothing.
      assert.equal((await editor.post(`/staff/feedback/${f.id}/redact`, { span, hash: 'stale', back: '/staff/feedback?status=pending' })).statusCode, 409);
      const missing = await editor.post(`/staff/feedback/${f.id}/redact`, { hash, phrases: '李四', back: '/staff/feedback?status=pending' });
      assert.equal(missing.statusCode, 409);
      assert.match(text(missing.body), /找不到这些文字：“李四”/);
      assert.equal((await db().selectFrom('feedback').select('comment').where('id', '=', f.id).executeTakeFirstOrThrow()).comment, COMMENT);
      assert.equal((await redactions('feedback', f.id)).length, 0);

      // The ticked name and a typed phrase.
      const ok = await editor.post(`/staff/feedback/${f.id}/redact`, { span, hash, phrases: '六岁\n', back: '/staff/feedback?status=pending' });
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 300));
      const after = await db().selectFrom('feedback').selectAll().where('id', '=', f.id).executeTakeFirstOrThrow();
      assert.equal(after.comment, `我儿子${REDACTION_MARK}今年${REDACTION_MARK}，苏医生讲解很耐心，候诊时间也不长。`);
      assert.equal(after.redacted_at, app.clock.now.toISOString());
      const kept = await redactions('feedback', f.id);
      assert.equal(kept.length, 1);
      assert.equal(kept[0]!.spans, 2);
      assert.ok(!JSON.stringify(kept).includes('张子轩'), 'the original is stored encrypted');
      const rt = await bookingRuntime(db(), app.config);
      assert.equal(rt.crypto.decrypt(kept[0]!.original_enc), COMMENT);
      const audited = await audits('feedback.redacted', f.id);
      assert.equal(audited.length, 1);
      assert.ok(!audited[0]!.detail_json.includes('张子轩'), 'the audit names no words');

      // Staff read the original (audited); other roles do not.
      const original = await editor.get(`/staff/feedback/${f.id}/original`);
      assert.equal(original.statusCode, 200);
      assert.ok(text(original.body).includes(COMMENT));
      assert.equal((await audits('feedback.original_viewed', f.id)).length, 1);
      const desk = await signedIn(app, ['frontdesk']);
      assert.equal((await desk.get(`/staff/feedback/${f.id}/original`)).statusCode, 403);

      // Now it can be approved; the doctor page shows the redacted text only.
      await editor.get('/staff/feedback?status=pending');
      assert.equal((await editor.post(`/staff/feedback/${f.id}/moderate`, { action: 'approve', back: '/staff/feedback?status=pending' })).statusCode, 303);
      const page = text((await app.get('/doctors/su-jinghe')).body);
      assert.ok(page.includes(`我儿子${REDACTION_MARK}今年${REDACTION_MARK}`), 'the public sees the marker');
      assert.ok(!page.includes('张子轩'));

      // The patient's export has what they wrote; the retention run purges the original when due, not before.
      const person = { crypto: rt.crypto, mobile, mobileHmac: rt.crypto.mobileHmac(mobile), now: app.clock.now };
      const exported = (await feedbackPersonalData.export(db(), person)) as { commentBeforeRedaction: string | null }[];
      assert.equal(exported[0]!.commentBeforeRedaction, COMMENT);
      await runJobsAt(app, new Date(app.clock.now.getTime() + 2 * 86_400_000));
      assert.equal((await redactions('feedback', f.id)).length, 1, 'kept within the period');
      const due = new Date(app.clock.now.getTime() + (app.config.questions.contactRetentionDays + 2) * 86_400_000);
      const r = await runJobsAt(app, due);
      assert.equal(r.failed, 0);
      assert.equal((await redactions('feedback', f.id)).length, 0, 'purged by the retention run');
      assert.equal((await db().selectFrom('feedback').select('comment').where('id', '=', f.id).executeTakeFirstOrThrow()).comment, after.comment, 'the redacted comment stays');
    });

    test('a flagged detail that is no personal detail: approved once the moderator confirms it; erasure takes the kept original too', async () => {
      const mobile = nextMobile();
      const f = await comment('马医生说光疗要坚持，我会按时来。', mobile);
      const editor = await signedIn(app, ['editor']);
      const list = await editor.get('/staff/feedback?status=pending');
      assert.match(list.body, new RegExp(`id="pii-ok-${f.id}"`));
      assert.equal((await editor.post(`/staff/feedback/${f.id}/moderate`, { action: 'approve' })).statusCode, 409);
      assert.equal((await editor.post(`/staff/feedback/${f.id}/moderate`, { action: 'approve', pii_checked: '1' })).statusCode, 303);

      const other = await comment('我叫刘婷婷，白斑好多了。', mobile);
      await editor.get('/staff/feedback?status=pending');
      const hash = new RegExp(`action="/staff/feedback/${other.id}/redact"[\\s\\S]*?name="hash" value="([^"]+)"`).exec((await editor.get('/staff/feedback?status=pending')).body)?.[1];
      assert.equal((await editor.post(`/staff/feedback/${other.id}/redact`, { hash: hash!, phrases: '刘婷婷' })).statusCode, 303);
      assert.equal((await redactions('feedback', other.id)).length, 1);
      const rt = await bookingRuntime(db(), app.config);
      const person = { crypto: rt.crypto, mobile, mobileHmac: rt.crypto.mobileHmac(mobile), now: app.clock.now };
      assert.equal(await db().transaction().execute((trx) => feedbackPersonalData.erase(trx, person)), 2);
      assert.equal((await redactions('feedback', other.id)).length, 0, 'the original goes with the erasure');
    });

    test('a public Q&A: the name in the saved draft redacted, the original kept for staff, published through the same checks', async () => {
      const rt = await bookingRuntime(db(), app.config);
      const doc = await db().selectFrom('doctor').select('id').where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow();
      const at = app.clock.now.toISOString();
      const mobile = nextMobile();
      const asked = '我叫王小明，今年30岁，手背上的白斑半年了，光疗大概要做多久？';
      const answer = '光疗一般每周两到三次，连续三个月左右评估效果，具体需要面诊后决定。';
      const { id } = await db()
        .insertInto('question')
        .values({ token_hash: randomBytes(16).toString('hex'), body_enc: rt.crypto.encrypt(asked), age_range: '30-44', sex: 'male', contact_kind: null, contact_enc: null, mobile_hmac: rt.crypto.mobileHmac(mobile), consent_health: 1, consent_publish: 1, consent_json: '[]', locale: 'zh-CN', status: 'answered', category_id: null, assigned_doctor_id: doc.id, answer_enc: rt.crypto.encrypt(answer), answered_by: null, answered_at: at, dedupe_hash: randomBytes(8).toString('hex'), source_hmac: 'test', contact_erased_at: null, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const editor = await signedIn(app, ['editor']);
      const first = await editor.get(`/staff/qa/${id}`);
      assert.equal(first.statusCode, 200);
      assert.doesNotMatch(first.body, /action="\/staff\/qa\/\d+\/redact"/, 'nothing to redact before a draft is saved');
      assert.equal((await editor.post(`/staff/qa/${id}`, { title: '光疗要做多久', question_public: asked, answer_public: answer, category_id: '' })).statusCode, 303);
      const prep = await editor.get(`/staff/qa/${id}`);
      const span = /name="span" value="(question_public:\d+-\d+)"/.exec(prep.body)?.[1];
      const hash = /action="\/staff\/qa\/\d+\/redact"[\s\S]*?name="hash" value="([^"]+)"/.exec(prep.body)?.[1];
      assert.ok(span && hash, 'the flagged name is offered');
      // Publishing is refused while the name is there.
      assert.equal((await editor.post(`/staff/qa/${id}/publish`, {})).statusCode, 422);

      const ok = await editor.post(`/staff/qa/${id}/redact`, { span, hash, phrases_question_public: '30岁', phrases_answer_public: '', phrases_title: '' });
      assert.equal(ok.statusCode, 303, text(ok.body).slice(0, 300));
      const pub = await db().selectFrom('qa_publication').selectAll().where('question_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(pub.question_public, `我叫${REDACTION_MARK}，今年${REDACTION_MARK}，手背上的白斑半年了，光疗大概要做多久？`);
      const kept = await redactions('qa', id);
      assert.equal(kept.length, 1);
      assert.equal(kept[0]!.field, 'question_public');
      assert.equal(rt.crypto.decrypt(kept[0]!.original_enc), asked);
      assert.equal((await audits('qa.redact', id)).length, 1);
      // The same form again is stale: the text changed.
      assert.equal((await editor.post(`/staff/qa/${id}/redact`, { span, hash })).statusCode, 409);

      assert.equal((await editor.post(`/staff/qa/${id}/publish`, {})).statusCode, 303);
      const live = text((await app.get(`/qa/q-${id}`)).body);
      assert.ok(live.includes(REDACTION_MARK));
      assert.ok(!live.includes('王小明'));
      // A live version is not redacted in place.
      assert.equal((await editor.post(`/staff/qa/${id}/redact`, { hash: 'x', phrases_answer_public: '三个月' })).statusCode, 409);

      // Erasing the question takes the kept original with it.
      const person = { crypto: rt.crypto, mobile, mobileHmac: rt.crypto.mobileHmac(mobile), now: app.clock.now };
      assert.equal(await db().transaction().execute((trx) => questionsPersonalData.erase(trx, person)), 1);
      assert.equal((await redactions('qa', id)).length, 0);
    });
  });
}
