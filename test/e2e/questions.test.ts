import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { axeViolations, formatAxe, openSession, type Session } from '../helpers/browser.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// A patient's question from the form to a public, de-identified Q&A page found by search, in a
// real browser against the real entry point, once on SQLite and once on PostgreSQL: ask (with
// publication consent) → staff triage → the doctor answers → the patient reads the answer on the
// private page → the editor removes the phone number the patient wrote and publishes → search.
// The question side is driven through its agreed form fields and actions (names, not labels).

const TEST_TIMEOUT = 120_000;

const shared = browserAndServers();
const servers = shared.servers;

/** The page passes axe and loads no script (JSON-LD data aside). */
async function assertAxe(page: Page, what: string): Promise<void> {
  assert.equal(await page.locator('script:not([type="application/ld+json"])').count(), 0, `${what} loads a script`);
  const found = await axeViolations(page);
  assert.equal(found.length, 0, `axe found problems on ${what}:\n${formatAxe(found)}`);
}

/** Clicks a submit button and waits for the page it leads to. */
async function submitIn(page: Page, button: ReturnType<Page['locator']>, url?: RegExp): Promise<void> {
  await Promise.all([url ? page.waitForURL(url) : page.waitForLoadState('load'), button.click()]);
}

async function signIn(session: Session, email: string): Promise<void> {
  const { page } = session;
  await page.goto('/staff/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(PASSWORD);
  await submitIn(page, page.getByRole('button', { name: '登录' }), /\/staff$/);
}

for (const dialect of DIALECTS) {
  describe(`questions to public Q&A in Chromium (${dialect})`, { timeout: TEST_TIMEOUT * 2 }, () => {
    test('ask with consent → triage → answer → private answer → de-identified publish → search', { timeout: TEST_TIMEOUT }, async () => {
      const { server, db } = servers.get(dialect)!;
      const k = db.kysely;
      const now = new Date();
      const stamp = Date.now();
      const doctor = await k.selectFrom('doctor').select(['id', 'name']).where('slug', '=', 'lin-qingyuan').executeTakeFirstOrThrow();
      const category = await k.selectFrom('category').select(['id', 'slug']).orderBy('position').executeTakeFirstOrThrow();
      const editorEmail = `qa-editor-${dialect}-${stamp}@clinic.example`;
      const doctorEmail = `qa-doctor-${dialect}-${stamp}@clinic.example`;
      await createStaffUser(k, { email: editorEmail, name: '编辑小周', roles: ['editor'], password: PASSWORD, doctorId: null }, now);
      await createStaffUser(k, { email: doctorEmail, name: doctor.name, roles: ['doctor'], password: PASSWORD, doctorId: doctor.id }, now);

      const patient = await openSession(shared.browser, server.url);
      const editor = await openSession(shared.browser, server.url);
      const doc = await openSession(shared.browser, server.url);
      try {
        // 1. The patient asks, with publication consent, and writes their phone number in the text.
        const question = '我最近打羽毛球后手背出汗很多，手背上的白斑会不会因此扩散？我的手机13812345678，方便的话请回复。';
        const { page } = patient;
        await page.goto('/questions/ask');
        await page.locator('textarea[name="body"]').fill(question);
        const none = page.locator('input[name="contact_kind"][value="none"]');
        if (await none.count()) await none.check();
        await page.locator('input[name="consent_health"]').check();
        await page.locator('input[name="consent_publish"]').check();
        await submitIn(page, page.locator('form[action$="/questions/ask"] button[type="submit"]'), /\/questions\/r\/[A-Za-z0-9_-]+$/);
        const privateUrl = page.url();
        const q = await k.selectFrom('question').select(['id', 'consent_publish', 'status']).orderBy('id', 'desc').executeTakeFirstOrThrow();
        assert.equal(q.consent_publish, 1);
        assert.ok((await page.getByRole('main').textContent())!.includes('羽毛球'), 'the private page shows the question');

        // 2. Staff triage: category, priority, the answering doctor.
        await signIn(editor, editorEmail);
        await editor.page.goto('/staff/questions');
        await Promise.all([editor.page.waitForURL(`**/staff/questions/${q.id}`), editor.page.locator(`a[href="/staff/questions/${q.id}"]`).first().click()]);
        const triage = editor.page.locator(`form[action="/staff/questions/${q.id}/triage"]`);
        await triage.locator('select[name="category_id"]').selectOption(String(category.id));
        await triage.locator('select[name="priority"]').selectOption('normal');
        await triage.locator('select[name="doctor_id"]').selectOption(String(doctor.id));
        await submitIn(editor.page, triage.locator('button[type="submit"]'));
        const triaged = await k.selectFrom('question').select(['assigned_doctor_id', 'category_id']).where('id', '=', q.id).executeTakeFirstOrThrow();
        assert.deepEqual([triaged.assigned_doctor_id, triaged.category_id], [doctor.id, category.id]);

        // 3. The doctor answers from their own list.
        const answer = '您好。运动出汗本身不会让白斑扩散，运动后及时清洁、擦干，避免反复摩擦即可。白斑近期是否稳定，需要面诊评估后再决定治疗方案。';
        await signIn(doc, doctorEmail);
        await doc.page.goto('/staff/my-questions');
        await Promise.all([doc.page.waitForURL(`**/staff/my-questions/${q.id}`), doc.page.locator(`a[href="/staff/my-questions/${q.id}"]`).first().click()]);
        const answerForm = doc.page.locator(`form[action="/staff/my-questions/${q.id}/answer"]`);
        await answerForm.locator('textarea[name="answer"]').fill(answer);
        await submitIn(doc.page, answerForm.locator('button[type="submit"]'));
        assert.equal((await k.selectFrom('question').select('status').where('id', '=', q.id).executeTakeFirstOrThrow()).status, 'answered');

        // 4. The patient reads the answer on the private page.
        await page.goto(privateUrl);
        await page.getByText(answer.slice(0, 20)).first().waitFor();

        // 5. The editor prepares the public version: the phone number is marked and blocks publishing.
        const ed = editor.page;
        await ed.goto('/staff/qa');
        await Promise.all([ed.waitForURL(`**/staff/qa/${q.id}`), ed.locator(`a[href="/staff/qa/${q.id}"]`).first().click()]);
        await ed.locator('mark', { hasText: '13812345678' }).first().waitFor();
        assert.equal(await ed.getByLabel('公开的问题').inputValue(), question, 'prefilled with the decrypted question');
        assert.equal(await ed.getByLabel('公开的回答').inputValue(), answer);
        await assertAxe(ed, 'the prepare form');
        await ed.getByLabel('标题').fill('打羽毛球出汗会让白斑扩散吗');
        await submitIn(ed, ed.getByRole('button', { name: '检查并发布' }));
        await ed.getByRole('alert').getByText('公开的问题中有手机号码').waitFor();
        assert.equal(await ed.getByLabel('标题').inputValue(), '打羽毛球出汗会让白斑扩散吗', 'what was typed is kept');
        assert.equal((await k.selectFrom('qa_publication').select('id').where('question_id', '=', q.id).executeTakeFirst()), undefined);
        await assertAxe(ed, 'the refused publish');

        const publicQuestion = '我最近打羽毛球后手背出汗很多，手背上的白斑会不会因此扩散？';
        await ed.getByLabel('公开的问题').fill(publicQuestion);
        await submitIn(ed, ed.getByRole('button', { name: '检查并发布' }), /msg=published/);
        await ed.getByText('已发布，公开页面已更新。').waitFor();

        // 6. Anyone finds it by search and reads the de-identified page.
        const reader = await openSession(shared.browser, server.url);
        try {
          const r = reader.page;
          await r.goto('/search');
          await r.getByLabel('搜索文章、问答和医生').fill('羽毛球');
          await submitIn(r, r.getByRole('button', { name: '搜索' }), /\/search\?q=/);
          await Promise.all([r.waitForURL(`**/qa/q-${q.id}`), r.getByRole('link', { name: /打羽毛球出汗会让白斑扩散吗/ }).click()]);
          const main = (await r.getByRole('main').textContent())!;
          assert.ok(main.includes(publicQuestion) && main.includes(answer.slice(0, 20)));
          assert.ok(!main.includes('13812345678'));
          await r.getByRole('link', { name: doctor.name }).first().waitFor();
          const ld = (await r.locator('script[type="application/ld+json"]').allTextContents()).map((s) => JSON.parse(s)).find((x) => x['@type'] === 'QAPage');
          assert.equal(ld.mainEntity.acceptedAnswer.text, answer);
          await assertAxe(r, 'the public Q&A page');
          assert.deepEqual(reader.problems, []);
        } finally {
          await reader.close();
        }
        // Only the refused publish answered 4xx, on purpose.
        assert.deepEqual(editor.problems.filter((p) => !/HTTP 422|status of 422/.test(p)), []);
        assert.deepEqual([...patient.problems, ...doc.problems], []);
      } finally {
        await Promise.all([patient.close(), editor.close(), doc.close()]);
      }
    });
  });
}
