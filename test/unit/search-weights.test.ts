import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docWeights, termWeights } from '../../src/search/search.repository.js';

test("a Q&A page's words weigh half of the same words in an article or FAQ pair; never below 1", () => {
  const title = '脸上有白斑，夏天要不要涂防晒霜？';
  const body = '白斑处缺少黑色素，容易晒伤，出门前涂防晒霜，用量要足。';
  const plain = termWeights(title, body);
  assert.deepEqual(docWeights('article', title, body), plain);
  assert.deepEqual(docWeights('faq', title, body), plain);
  const qa = docWeights('qa', title, body);
  assert.deepEqual([...qa.keys()], [...plain.keys()]);
  for (const [t, w] of plain) assert.equal(qa.get(t), Math.max(1, Math.round(w * 0.5)), t);
  assert.ok(qa.get('防晒霜')! < plain.get('防晒霜')!);
});
