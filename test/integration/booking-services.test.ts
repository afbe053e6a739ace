import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { bookingRuntime } from '../../src/messaging/runtime.js';
import { bookingPersonalData } from '../../src/booking/booking.personal-data.js';
import { translator } from '../../src/web/i18n.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { bookingForm, bookingsOf, createSession, postBooking, postForm, runJobsAt, sessionRow, smsTo, tokenOf } from '../helpers/booking.js';
import { createDemoDatabase, dialects } from '../helpers/db.js';
import * as servicesMigration from '../../src/db/migrations/0018_services_catalogue.js';
import { text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';

// Issue 17 #1 and #8 on both engines: services and screening questions are data edited in the
// back office (a booking keeps the questions as they were asked), and a booking moves to another
// doctor who offers the same service, under the rules of any move.

const zh = translator('zh-CN');
const MICRONEEDLING_NO = { q_pregnancy: 'no', q_metal_allergy: 'no', q_skin_infection: 'no', q_diabetes_heart: 'no' };

for (const dialect of dialects) {
  describe(`services and screening as data on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: StaffClient;
    let desk: StaffClient;
    let slot = 0;
    /** A session of its own for each use: no demo template starts at 07:xx. */
    const session = (o: Parameters<typeof createSession>[3] = {}) => createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: `07:${String(10 + slot++).padStart(2, '0')}`, end: '11:00', ...o });
    const serviceId = async (key: string) => (await app.deps.db.selectFrom('service').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
    const questionId = async (key: string) => (await app.deps.db.selectFrom('screening_question').select('id').where('qkey', '=', key).executeTakeFirstOrThrow()).id;
    const doctorId = async (slug: string) => (await app.deps.db.selectFrom('doctor').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
    const mobileOf = (form: Record<string, string>) => form.mobile!;

    before(async () => {
      app = await demoApp(dialect, { JOB_POLL_SECONDS: '600' });
      admin = await signedIn(app, ['admin']);
      desk = await signedIn(app, ['frontdesk']);
    });
    after(() => app.close());

    test('the migration seeds today’s three services and their questions; the demo lists who offers them', async () => {
      const services = await app.deps.db.selectFrom('service').select(['key', 'active']).orderBy('position').execute();
      assert.deepEqual(services.map((s) => s.key), ['consultation', 'microneedling', 'phototherapy']);
      const micro = await app.deps.db.selectFrom('screening_question').select('qkey').where('service_id', '=', await serviceId('microneedling')).orderBy('position').execute();
      assert.deepEqual(micro.map((q) => q.qkey), ['pregnancy', 'metal_allergy', 'skin_infection', 'diabetes_heart']);
      const offers = await app.deps.db
        .selectFrom('service_doctor as sd')
        .innerJoin('doctor as d', 'd.id', 'sd.doctor_id')
        .select('d.slug')
        .where('sd.service_id', '=', await serviceId('microneedling'))
        .orderBy('d.slug')
        .execute();
      assert.deepEqual(offers.map((o) => o.slug), ['lin-qingyuan', 'shen-shutong']);
      const page = await admin.get('/staff/services');
      assert.equal(page.statusCode, 200);
      assert.ok(text(page.body).includes('微针治疗') && text(page.body).includes('光疗'));
      assert.equal((await desk.get('/staff/services')).statusCode, 403, 'only admins edit services');
    });

    test('an admin creates a service with doctors and questions (yes/no and choice); patients are asked them, and a refusing answer tells them why', async () => {
      const bad = await admin.post('/staff/services', { key: 'Peel!', name_zh: '', duration_minutes: '3' });
      assert.equal(bad.statusCode, 422);
      assert.ok(text(bad.body).includes('请填写中文名称'));
      const created = await admin.post('/staff/services', { key: 'chemical-peel', name_zh: '果酸焕肤', name_en: 'chemical peel', duration_minutes: '30', price_note: '治疗费就诊时告知', doctor: [String(await doctorId('gu-mingcheng'))] });
      assert.equal(created.statusCode, 303, text(created.body).slice(0, 300));
      const id = await serviceId('chemical-peel');
      assert.equal(created.headers.location, `/staff/services/${id}?msg=serviceCreated`);
      assert.equal((await admin.post('/staff/services', { key: 'chemical-peel', name_zh: '重复', duration_minutes: '30' })).statusCode, 422, 'a key is used once');

      // A question where every answer refuses is refused: somebody must be able to book.
      const allRefuse = await admin.post(`/staff/services/${id}/questions`, { kind: 'yesno', text_zh: '测试？', short_zh: '测试', refuse_yes: '1', refuse_no: '1' });
      assert.equal(allRefuse.statusCode, 422);
      assert.ok(text(allRefuse.body).includes('至少要有一个答案可以继续在线预约'));
      assert.equal((await admin.post(`/staff/services/${id}/questions`, { kind: 'yesno', text_zh: '最近一周内是否在脸上用过维A酸类药膏？', text_en: 'Have you used a retinoid cream on your face in the past week?', short_zh: '近期使用维A酸类药膏', short_en: 'recent retinoid use', refuse_yes: '1' })).statusCode, 303);
      const choice = await admin.post(`/staff/services/${id}/questions`, {
        kind: 'choice',
        text_zh: '您的皮肤晒后通常会怎样？',
        text_en: 'What usually happens to your skin in the sun?',
        short_zh: '晒后容易起水疱',
        short_en: 'skin that blisters in the sun',
        note_zh: '请先预约普通门诊，医生会评估是否适合做果酸。',
        opt_zh_1: '很少晒红',
        opt_en_1: 'Rarely burns',
        opt_zh_2: '容易晒红',
        opt_en_2: 'Burns easily',
        opt_zh_3: '会起水疱',
        opt_en_3: 'Blisters',
        opt_refuses_3: '1',
      });
      assert.equal(choice.statusCode, 303, text(choice.body).slice(0, 300));
      const questions = await app.deps.db.selectFrom('screening_question').selectAll().where('service_id', '=', id).orderBy('position').execute();
      assert.equal(questions.length, 2);
      const [retinoid, sun] = questions;
      const servicePage = text((await admin.get(`/staff/services/${id}`)).body);
      assert.ok(servicePage.includes('最近一周内是否在脸上用过维A酸类药膏？') && servicePage.includes('会起水疱'));
      const audits = await app.deps.db.selectFrom('audit_event').select('action').where('action', 'like', 'service.%').execute();
      assert.ok(['service.create', 'service.question_add'].every((a) => audits.some((r) => r.action === a)), 'staff actions are audited');

      // The doctor's weekly template offers the new service; a session of it asks both questions.
      const sid = await session({ doctorSlug: 'gu-mingcheng', service: 'chemical-peel', regType: '果酸焕肤', quota: 4 });
      const form = await app.get(`/book/${sid}`);
      assert.equal(form.statusCode, 200);
      assert.ok(text(form.body).includes('最近一周内是否在脸上用过维A酸类药膏？') && text(form.body).includes('容易晒红'));
      assert.match(form.body, new RegExp(`name="q_${sun!.qkey}" value="o3"`));
      const refused = await postBooking(app, sid, bookingForm({ [`q_${retinoid!.qkey}`]: 'no', [`q_${sun!.qkey}`]: 'o3' }));
      assert.equal(refused.statusCode, 422);
      const says = text(refused.body);
      assert.ok(says.includes('这项治疗现在可能不适合您') && says.includes('晒后容易起水疱') && says.includes('果酸焕肤') && says.includes('医生会评估是否适合做果酸'), says.slice(0, 600));
      const english = await postBooking(app, sid, bookingForm({ [`q_${retinoid!.qkey}`]: 'yes', [`q_${sun!.qkey}`]: 'o1' }), '/en');
      assert.equal(english.statusCode, 422);
      assert.ok(text(english.body).includes('recent retinoid use') && text(english.body).includes('chemical peel'));
      assert.equal((await postBooking(app, sid, bookingForm({ [`q_${retinoid!.qkey}`]: 'no', [`q_${sun!.qkey}`]: 'o9' }))).statusCode, 422, 'an answer that is not an option is no answer');
      assert.equal((await bookingsOf(app.deps.db, sid)).length, 0);
      const ok = await postBooking(app, sid, bookingForm({ [`q_${retinoid!.qkey}`]: 'no', [`q_${sun!.qkey}`]: 'o2' }));
      assert.equal(ok.statusCode, 303);
      assert.equal((await bookingsOf(app.deps.db, sid)).length, 1);

      // Reordering: the choice question first.
      assert.equal((await admin.post(`/staff/services/questions/${sun!.id}/move`, { dir: 'up' })).statusCode, 303);
      const reordered = (await app.get(`/book/${sid}`)).body;
      assert.ok(reordered.indexOf('您的皮肤晒后通常会怎样？') < reordered.indexOf('维A酸'), 'the order follows the back office');
    });

    test('a booking keeps the question as it was asked: after the question is reworded or retired, the booking still shows the old one', async () => {
      const sid = await session({ doctorSlug: 'lin-qingyuan', service: 'microneedling', regType: '微针治疗', quota: 4 });
      const form = bookingForm({ ...MICRONEEDLING_NO, name: '周晓岚' });
      const res = await postBooking(app, sid, form);
      assert.equal(res.statusCode, 303);
      const [booking] = await bookingsOf(app.deps.db, sid);

      const metal = await questionId('metal_allergy');
      const edited = await admin.post(`/staff/services/questions/${metal}`, {
        kind: 'yesno',
        text_zh: '您是否对金属或局部麻醉药过敏？',
        text_en: 'Are you allergic to metals or local anaesthetics?',
        short_zh: '金属或麻醉药过敏',
        short_en: 'an allergy to metals or anaesthetics',
        refuse_yes: '1',
      });
      assert.equal(edited.statusCode, 303);
      assert.equal((await admin.post(`/staff/services/questions/${await questionId('diabetes_heart')}/retire`)).statusCode, 303);

      // New patients are asked the new wording and no longer the retired question…
      const fresh = text((await app.get(`/book/${sid}`)).body);
      assert.ok(fresh.includes('您是否对金属或局部麻醉药过敏？') && !fresh.includes('您是否对金属（如镍、不锈钢）过敏？'));
      assert.ok(!fresh.includes('您是否患有糖尿病或心脏病？'));
      // …while the booking made before shows exactly what its patient was asked and answered.
      const detail = text((await desk.get(`/staff/bookings/${booking!.id}`)).body);
      assert.ok(detail.includes('周晓岚'));
      assert.ok(detail.includes('您是否对金属（如镍、不锈钢）过敏？'), 'the old wording');
      assert.ok(!detail.includes('您是否对金属或局部麻醉药过敏？'), 'not the new one');
      assert.ok(detail.includes('您是否患有糖尿病或心脏病？'), 'a retired question still shows on the bookings that asked it');
      // The snapshot is encrypted with the booking, as the answers always were.
      const raw = await app.deps.db.selectFrom('booking').select('screening_enc').where('id', '=', booking!.id).executeTakeFirstOrThrow();
      assert.ok(!raw.screening_enc.includes('金属'));
      const rt = await bookingRuntime(app.deps.db, app.config);
      const stored = JSON.parse(rt.crypto.decrypt(raw.screening_enc)) as { q: string; text: Record<string, string>; answer: string }[];
      assert.deepEqual(stored.map((i) => [i.q, i.answer]), [['pregnancy', 'no'], ['metal_allergy', 'no'], ['skin_infection', 'no'], ['diabetes_heart', 'no']]);
      assert.equal(stored[1]!.text['zh-CN'], '您是否对金属（如镍、不锈钢）过敏？');
      // The patient's own data export shows the questions as asked, with the answers.
      const exported = (await bookingPersonalData.export(app.deps.db, { crypto: rt.crypto, mobile: form.mobile!, mobileHmac: rt.crypto.mobileHmac(form.mobile!), now: app.clock.now })) as { kind: string; screening?: unknown }[];
      const answers = JSON.stringify(exported.find((e) => e.kind === 'booking')?.screening);
      assert.ok(answers.includes('{"question":"您是否对金属（如镍、不锈钢）过敏？","answer":"否"}'), answers);

      // A booking made now keeps the new wording, without the retired question.
      const later = await postBooking(app, sid, bookingForm({ q_pregnancy: 'no', q_metal_allergy: 'no', q_skin_infection: 'no' }));
      assert.equal(later.statusCode, 303);
      const second = (await bookingsOf(app.deps.db, sid)).at(-1)!;
      const now = text((await desk.get(`/staff/bookings/${second.id}`)).body);
      assert.ok(now.includes('您是否对金属或局部麻醉药过敏？') && !now.includes('您是否患有糖尿病或心脏病？'));
      // Legacy answers (stored before questions were data) still render with the seeded wording.
      const legacy = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 3, start: '07:59', end: '11:00', doctorSlug: 'lin-qingyuan', service: 'microneedling' });
      const legacyBooking = await postBooking(app, legacy, bookingForm({ q_pregnancy: 'no', q_metal_allergy: 'no', q_skin_infection: 'no' }));
      assert.equal(legacyBooking.statusCode, 303);
      const lb = (await bookingsOf(app.deps.db, legacy))[0]!;
      await app.deps.db.updateTable('booking').set({ screening_enc: rt.crypto.encrypt(JSON.stringify({ pregnancy: 'yes' })) }).where('id', '=', lb.id).execute();
      const legacyDetail = text((await desk.get(`/staff/bookings/${lb.id}`)).body);
      assert.ok(legacyDetail.includes('您现在是否怀孕、可能怀孕，或正在哺乳？') && legacyDetail.includes('是'));
    });

    test('a retired service takes no new bookings (its sessions say so) while its old bookings still render; restored, it books again', async () => {
      const sid = await session({ doctorSlug: 'su-jinghe', service: 'phototherapy', regType: '光疗', quota: 4 });
      const answers = { q_photosensitive: 'no', q_skin_cancer: 'no' };
      assert.equal((await postBooking(app, sid, bookingForm(answers))).statusCode, 303);
      const [old] = await bookingsOf(app.deps.db, sid);
      const photo = await serviceId('phototherapy');
      const retired = await admin.post(`/staff/services/${photo}/retire`);
      assert.equal(retired.statusCode, 303, retired.body.slice(0, 300));
      const page = await app.get(`/book/${sid}`);
      assert.equal(page.statusCode, 200);
      assert.ok(text(page.body).includes('这项服务现在不提供网上预约'), text(page.body).slice(0, 800));
      assert.doesNotMatch(page.body, /name="action" value="book"/);
      const refused = await postBooking(app, sid, bookingForm(answers));
      assert.equal(refused.statusCode, 409);
      assert.equal((await bookingsOf(app.deps.db, sid)).length, 1);
      const detail = text((await desk.get(`/staff/bookings/${old!.id}`)).body);
      assert.ok(detail.includes('您是否患过皮肤癌？') && detail.includes('光疗（已停用）'), detail.slice(0, 800));
      const schedule = await desk.get(`/staff/schedules/${await doctorId('su-jinghe')}`);
      assert.doesNotMatch(schedule.body, /<option value="phototherapy"/, 'a retired service is not offered for new templates');
      const templ = await desk.post(`/staff/schedules/${await doctorId('su-jinghe')}/templates`, { weekday: '3', period: 'morning', reg_type: '光疗', fee: '20', quota: '4', service: 'phototherapy' });
      assert.equal(templ.statusCode, 422);
      assert.equal((await admin.post(`/staff/services/${photo}/restore`)).statusCode, 303);
      assert.equal((await postBooking(app, sid, bookingForm(answers))).statusCode, 303);
    });

    test('a booking moves to another doctor who offers the same service, with the rules of a move: quota, limits, cut-off, notices', async () => {
      // tang-yining and fang-yanqiu both consult; xu-huaijin too, but his clinic in this test is phototherapy.
      const from = await session({ doctorSlug: 'tang-yining', quota: 3, inDays: 4 });
      const other = await session({ doctorSlug: 'fang-yanqiu', quota: 2, inDays: 5 });
      const full = await session({ doctorSlug: 'fang-yanqiu', quota: 1, inDays: 6 });
      const soon = await createSession(app.deps.db, app.config, app.clock.now, { inDays: 0, start: '11:30', end: '12:30', doctorSlug: 'fang-yanqiu', quota: 3 });
      const photo = await session({ doctorSlug: 'xu-huaijin', service: 'phototherapy', quota: 3, inDays: 5 });
      const form = bookingForm();
      const res = await postBooking(app, from, form);
      const token = tokenOf(res.headers.location as string);
      await postBooking(app, full, bookingForm());
      await runJobsAt(app, app.clock.now);

      const page = await app.get(`/b/${token}/move`);
      assert.equal(page.statusCode, 200);
      const body = text(page.body);
      assert.ok(body.includes('也提供门诊看诊的其他医生'), body.slice(0, 800));
      assert.match(page.body, new RegExp(`name="session_id" value="${other}"`));
      assert.ok(!page.body.includes(`value="${photo}"`), 'another service is not offered');
      assert.ok(!page.body.includes(`value="${full}"`), 'a full session is not offered');
      assert.ok(!page.body.includes(`value="${soon}"`), 'a session past the cut-off is not offered');

      // The rules hold when the form is posted anyway.
      assert.equal((await postForm(app, `/b/${token}/move`, { session_id: String(photo) })).statusCode, 409);
      const toFull = await postForm(app, `/b/${token}/move`, { session_id: String(full) });
      assert.equal(toFull.statusCode, 409);
      assert.ok(text(toFull.body).includes(zh('booking.err.full')));
      assert.equal((await postForm(app, `/b/${token}/move`, { session_id: String(soon) })).statusCode, 409);
      assert.equal((await sessionRow(app.deps.db, full)).booked, 1, 'no overbooking');

      // A doctor who stops offering the service is no longer a move target.
      const consultation = await serviceId('consultation');
      const doctors = (await app.deps.db.selectFrom('service_doctor').select('doctor_id').where('service_id', '=', consultation).execute()).map((r) => r.doctor_id);
      const fang = await doctorId('fang-yanqiu');
      const save = (ids: number[]) => admin.post(`/staff/services/${consultation}`, { name_zh: '门诊看诊', name_en: 'consultation', duration_minutes: '15', price_note: '按号别收取挂号费', doctor: ids.map(String) });
      assert.equal((await save(doctors.filter((d) => d !== fang))).statusCode, 303);
      assert.ok(!(await app.get(`/b/${token}/move`)).body.includes(`value="${other}"`));
      const notOffered = await postForm(app, `/b/${token}/move`, { session_id: String(other) });
      assert.equal(notOffered.statusCode, 409);
      assert.ok(text(notOffered.body).includes('这项服务现在不提供网上预约'));
      assert.equal((await save(doctors)).statusCode, 303);

      const moved = await postForm(app, `/b/${token}/move`, { session_id: String(other) });
      assert.equal(moved.statusCode, 303, text(moved.body).slice(0, 400));
      assert.equal((await sessionRow(app.deps.db, from)).booked, 0, 'the old place is freed');
      assert.equal((await sessionRow(app.deps.db, other)).booked, 1);
      const fangName = (await app.deps.db.selectFrom('doctor').select('name').where('id', '=', fang).executeTakeFirstOrThrow()).name;
      const view = text((await app.get(`/b/${token}?msg=moved`)).body);
      assert.ok(view.includes('已改约到新的时段') && view.includes(fangName) && view.includes('第 1 号'), view.slice(0, 600));
      await runJobsAt(app, app.clock.now);
      const notices = (await smsTo(app, mobileOf(form))).filter((m) => m.kind === 'moved');
      assert.equal(notices.length, 1);
      assert.ok(notices[0]!.body.includes(fangName), 'the notice names the new doctor');

      // The per-doctor limit counts the new doctor: two other upcoming bookings with tang-yining block a move back there.
      const mobile = mobileOf(form);
      await postBooking(app, await session({ doctorSlug: 'tang-yining', inDays: 8 }), bookingForm({ mobile }));
      await postBooking(app, await session({ doctorSlug: 'tang-yining', inDays: 9 }), bookingForm({ mobile }));
      const back = await session({ doctorSlug: 'tang-yining', inDays: 10 });
      const limited = await postForm(app, `/b/${token}/move`, { session_id: String(back) });
      assert.equal(limited.statusCode, 429);
      assert.equal((await sessionRow(app.deps.db, back)).booked, 0);
    });
  });
}

for (const dialect of dialects) {
  test(`upgrading a site with doctors and templates (${dialect.name}): every doctor consults, and offers the services their templates run`, async () => {
    const t = await createDemoDatabase(dialect);
    try {
      const db = t.db.kysely;
      // As the site was before migration 0017: no service tables, the templates naming their services.
      for (const table of ['service_doctor', 'screening_question', 'service']) await db.schema.dropTable(table).execute();
      // The migration itself, run on that site: later migrations are already applied here, and
      // the migrator refuses to run an earlier one after them.
      await servicesMigration.up(db);
      const doctors = await db.selectFrom('doctor').select('id').execute();
      const offers = await db
        .selectFrom('service_doctor as sd')
        .innerJoin('service as s', 's.id', 'sd.service_id')
        .innerJoin('doctor as d', 'd.id', 'sd.doctor_id')
        .select(['s.key', 'd.slug'])
        .orderBy('s.key')
        .orderBy('d.slug')
        .execute();
      assert.equal(offers.filter((o) => o.key === 'consultation').length, doctors.length);
      assert.deepEqual(
        offers.filter((o) => o.key !== 'consultation').map((o) => `${o.key}:${o.slug}`),
        ['microneedling:lin-qingyuan', 'microneedling:shen-shutong', 'phototherapy:su-jinghe'],
      );
      assert.equal((await db.selectFrom('screening_question').select('id').execute()).length, 6);
    } finally {
      await t.drop();
    }
  });
}
