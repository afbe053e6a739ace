import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkArticle } from '../../src/compliance/article.js';
import { articles } from '../../src/db/seed/demo/articles/index.js';

test('every demo article (title, summary, body and blocks) passes with no error-level finding', () => {
  assert.ok(articles.length >= 20);
  const errors = articles.flatMap((a) => checkArticle(a, a.docType).filter((f) => f.severity === 'error').map((f) => `${a.slug} ${f.field}: ${f.rule}「${f.text}」`));
  assert.deepEqual(errors, []);
});
