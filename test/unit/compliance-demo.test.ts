import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkArticle } from '../../src/content/compliance-article.js';
import { checkText } from '../../src/compliance/index.js';
import { articles } from '../../src/demo/data/articles/index.js';

test('every demo article (title, summary, body and blocks) passes with no error-level finding', () => {
  assert.ok(articles.length >= 20);
  const errors = articles.flatMap((a) => checkArticle(a, a.docType).filter((f) => f.severity === 'error').map((f) => `${a.slug} ${f.field}: ${f.rule}「${f.text}」`));
  assert.deepEqual(errors, []);
});

test('every demo Q&A public version has no personal detail and no compliance error, so it could be published through the back office', async () => {
  const { demoQa } = await import('../../src/demo/data/qa.js');
  const { doctors } = await import('../../src/demo/data/doctors.js');
  const { reviewDraft, reviewReasons } = await import('../../src/questions/qa.service.js');
  assert.ok(demoQa.length >= 3);
  const problems = demoQa.flatMap((q) =>
    reviewReasons(reviewDraft({ title: q.title, question_public: q.questionPublic, answer_public: q.answerPublic }, doctors.map((d) => d.name))).map((r) => `${q.title}: ${r}`),
  );
  assert.deepEqual(problems, []);
  const warnings = demoQa.flatMap((q) => [q.title, q.questionPublic, q.answerPublic]).flatMap((t) => checkText(t, { docType: 'kepu' }).map((f) => `${f.rule}「${f.text}」`));
  assert.deepEqual(warnings, [], 'not even a warning');
});
