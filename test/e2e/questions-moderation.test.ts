import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { axeViolations, formatAxe, openSession } from '../helpers/browser.js';
import { signInStaff } from '../helpers/browser-staff.js';
import { PASSWORD } from '../helpers/staff.js';
import { browserAndServers, DIALECTS } from '../helpers/browser-servers.js';

// Issue 17 in Chromium against the real entry point, on both engines: a doctor corrects a sent
// answer, the patient reads the corrected answer and sends the one follow-up from the private page
// (a plain form, no script), and a moderator redacts a child's name from a comment by selecting it (the
// island) before approving it. Every page passes axe.

const TEST_TIMEOUT = 120_000;
const shared = browserAndServers();

async function assertAxe(page: Page, what: string): Promise<void> {
  const found = (await axeViolations(page)).filter((f) => f.impact === 'serious' || f.impact === 'critical');
  assert.equal(found.length, 0, `axe found serious problems on ${what}:\n${formatAxe(found)}`);
}

async function submitIn(page: Page, button: ReturnType<Page['locator']>, url?: RegExp): Promise<void> {
  await Promise.all([url ? page.waitForURL(url) : page.waitForLoadState('load'), button.click()]);
}

for (const dialect of DIALECTS) {
  describe(`amend, follow-up and redaction in Chromium (${dialect})`, { timeout: TEST_TIMEOUT * 2 }, () => {
    test('the doctor corrects an answer; the patient follows up; a moderator redacts a name by selecting it', { timeout: TEST_TIMEOUT }, async () => {
      const { server, db } = shared.servers.get(dialect)!;
      const k = db.kysely;
      const now = new Date();
      const stamp = Date.now();
      const doctor = await k.selectFrom('doctor').select(['id', 'name']).where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
      const editorEmail = `mod-editor-${dialect}-${stamp}@clinic.example`;
      const doctorEmail = `mod-doctor-${dialect}-${stamp}@clinic.example`;
      await createStaffUser(k, { email: editorEmail, name: '编辑小许', roles: ['editor'], password: PASSWORD, doctorId: null }, now);
      await createStaffUser(k, { email: doctorEmail, name: doctor.name, roles: ['doctor'], password: PASSWORD, doctorId: doctor.id }, now);
      const patient = await openSession(shared.browser, server.url);
      const doc = await openSession(shared.browser, server.url);
      const editor = await openSession(shared.browser, server.url);
      try {
        // The patient asks; staff triage it to the doctor (directly here: triage has its own test).
        const { page } = patient;
        await page.goto('/questions/ask');
        await page.locator('textarea[name="body"]').fill('颈部白斑最近有点扩大，现在用的药膏需要换吗？');
        await page.locator('input[name="consent_health"]').check();
        await submitIn(page, page.locator('form[action$="/questions/ask"] button[type="submit"]'), /\/questions\/r\/[A-Za-z0-9_-]+$/);
        const privateUrl = page.url();
        const q = await k.selectFrom('question').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        await k.updateTable('question').set({ status: 'triaged', assigned_doctor_id: doctor.id }).where('id', '=', q.id).execute();

        // The doctor answers, then corrects the answer.
        const d = doc.page;
        await signInStaff(d, doctorEmail, PASSWORD);
        await d.goto(`/staff/my-questions/${q.id}`);
        await d.locator(`form[action="/staff/my-questions/${q.id}/answer"] textarea[name="answer"]`).fill('药膏可以继续用，三个月后复查。');
        await submitIn(d, d.locator(`form[action="/staff/my-questions/${q.id}/answer"] button[type="submit"]`));
        const corrected = '药膏可以继续用，但请在两周内来院面诊，评估白斑是否进展后再决定是否加用光疗。';
        await d.getByLabel('更正后的回答').fill(corrected);
        await submitIn(d, d.getByRole('button', { name: '保存更正' }), /msg=saved/);
        await d.getByRole('heading', { name: /之前的回答版本（1）/ }).waitFor();
        await assertAxe(d, 'the doctor’s page with the amend form and versions');

        // The patient reads the corrected answer and follows up: a plain form, the page loads no script.
        await page.goto(privateUrl);
        await page.getByText(corrected.slice(0, 16)).first().waitFor();
        await page.getByText(/医生已于.*更正了回答/).waitFor();
        assert.equal(await page.locator('script:not([type="application/ld+json"])').count(), 0, 'the private page loads no script');
        await assertAxe(page, 'the private page with the follow-up form');
        const fu = page.locator('form[action$="/follow-up"]');
        await fu.getByLabel('追问内容').fill('如果两周内约不上号，可以先停药吗？');
        // The consent is required as on the ask form (the browser holds the form until it is ticked).
        assert.equal(await fu.locator('input[name="consent_health"]').getAttribute('required'), '');
        await fu.locator('input[name="consent_health"]').check();
        await submitIn(page, page.locator('form[action$="/follow-up"]').getByRole('button', { name: '提交追问' }), /\/questions\/r\/[A-Za-z0-9_-]+$/);
        assert.notEqual(page.url(), privateUrl);
        await page.getByText('这是您对之前一个问题的追问。').waitFor();
        const followUp = await k.selectFrom('question').select(['follow_up_of', 'status']).orderBy('id', 'desc').executeTakeFirstOrThrow();
        assert.deepEqual([followUp.follow_up_of, followUp.status], [q.id, 'new']);

        // A comment with a child's name: flagged; selected and added (island); redacted; approved.
        const f = await k
          .insertInto('feedback')
          .values({ doctor_id: doctor.id, booking_id: null, code_id: null, rating_explain: 5, rating_attitude: 5, rating_wait: 4, comment: '我女儿陈思远今年六岁，苏医生讲解很耐心。', findings_json: '[]', consent_publish: 1, consent_json: '[]', comment_status: 'pending', moderated_by: null, moderated_at: null, mobile_hmac: null, locale: 'zh-CN', created_at: now.toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        const e = editor.page;
        await signInStaff(e, editorEmail, PASSWORD);
        await e.goto('/staff/feedback?status=pending');
        const item = e.locator(`#fb-${f.id}`);
        await item.locator('[data-pii="name"]').first().waitFor();
        await assertAxe(e, 'the moderation page with the redaction form');
        // Untick the flagged name and select it in the comment instead, as a moderator would for any words.
        await item.locator('input[name="span"]').first().uncheck();
        await e.evaluate((id) => {
          const el = document.getElementById(`fb-text-${id}`)!;
          const node = [...el.childNodes].find((n) => n.textContent?.includes('今年六岁'))!;
          const at = node.textContent!.indexOf('今年六岁');
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 4);
          const sel = window.getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
        }, f.id);
        await item.getByRole('button', { name: '加入选中的文字' }).click();
        assert.equal(await item.locator('textarea[name="phrases"]').inputValue(), '今年六岁');
        await item.locator('input[name="span"]').first().check();
        await submitIn(e, item.getByRole('button', { name: '隐去所选内容' }), /done=redacted/);
        const row = await k.selectFrom('feedback').select(['comment', 'redacted_at']).where('id', '=', f.id).executeTakeFirstOrThrow();
        assert.equal(row.comment, '我女儿［已隐去］，苏医生讲解很耐心。', 'touching spans become one marker');
        assert.ok(row.redacted_at);
        await assertAxe(e, 'the moderation page after redacting');
        await submitIn(e, e.locator(`#fb-${f.id}`).getByRole('button', { name: '通过并公开' }), /done=approve/);
        assert.equal((await k.selectFrom('feedback').select('comment_status').where('id', '=', f.id).executeTakeFirstOrThrow()).comment_status, 'approved');
        assert.deepEqual(patient.problems.filter((p) => !/HTTP 422|status of 422/.test(p)), []);
        assert.deepEqual([...doc.problems, ...editor.problems], []);
      } finally {
        await Promise.all([patient.close(), doc.close(), editor.close()]);
      }
    });
  });
}
