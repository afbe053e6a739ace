import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedback, submittedValues } from '../../src/feedback/feedback.form.js';
import { feedbackT } from '../../src/feedback/feedback.i18n.js';
import { newCode, normaliseCode } from '../../src/feedback/feedback.service.js';
import { feedbackAllowedOn } from '../../src/feedback/feedback.views.js';

// The pieces of the feedback feature that need no database: the form, the codes, the ad guard.

const zh = feedbackT('zh-CN');

test('ratings must each be 1–5; every problem is reported at once, in the patient’s language', () => {
  const r = parseFeedback(submittedValues({ explain: '0', attitude: '5', wait: 'x', comment: '' }), zh);
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.errors.map((e) => e.field), ['explain', 'wait']);
  const en = parseFeedback(submittedValues({ explain: '3', attitude: '6', wait: '3' }), feedbackT('en'));
  assert.ok(!en.ok && en.errors[0]!.message.includes('Attitude of the staff'));
});

test('a comment is trimmed, control characters dropped, 500 characters at most; consent counts only with a comment', () => {
  const ok = parseFeedback(submittedValues({ explain: '5', attitude: '4', wait: '3', comment: '  很好\u0007\r\n谢谢  ', consent_publish: '1' }), zh);
  assert.ok(ok.ok);
  assert.equal(ok.ok && ok.input.comment, '很好\n谢谢');
  assert.equal(ok.ok && ok.input.consentPublish, true);
  const none = parseFeedback(submittedValues({ explain: '5', attitude: '4', wait: '3', comment: '   ', consent_publish: '1' }), zh);
  assert.ok(none.ok && none.input.comment === null && none.input.consentPublish === false);
  // 500 characters that are astral (two UTF-16 units each) are still 500 characters.
  assert.ok(parseFeedback(submittedValues({ explain: '1', attitude: '1', wait: '1', comment: '𠀀'.repeat(500) }), zh).ok);
  assert.ok(!parseFeedback(submittedValues({ explain: '1', attitude: '1', wait: '1', comment: '好'.repeat(501) }), zh).ok);
});

test('codes are 10 unambiguous characters; typing them loosely still works', () => {
  const c = newCode();
  assert.match(c, /^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
  assert.equal(normaliseCode(c.toLowerCase().replace('-', ' ')), c.replace('-', ''));
  assert.equal(normaliseCode('ABCDE-1234O'), null, 'no 1 or O: they look like I and 0');
  assert.equal(normaliseCode('ABCDE'), null);
});

test('feedback is never allowed on an advertisement page', () => {
  assert.equal(feedbackAllowedOn('ad'), false);
  assert.equal(feedbackAllowedOn('kepu'), true);
  assert.equal(feedbackAllowedOn('doctor'), true);
});
