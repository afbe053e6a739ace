import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { checkText } from '../../src/compliance/checker.js';
import { buildModel, defaultModel, MODEL_DATA, readLabelled } from '../../src/compliance/model.js';
import { articleFields } from '../../src/content/compliance-article.js';
import { articles } from '../../src/demo/data/articles/index.js';
import { demoQa } from '../../src/demo/data/qa.js';
import { modelData } from '../../scripts/compliance-model-data.js';

// The learned second opinion (src/compliance/model.ts, decision record cmpml): built from the
// development and holdout parts only, deterministic, a warning that says it is a resemblance, and
// silent on the site's own text.

const warnings = (text: string, model?: null) =>
  checkText(text, { docType: 'kepu', ...(model === null ? { model } : {}) })
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule}@${f.start}`);

test('the shipped training data is the development and holdout parts as they are now (and so never the test part)', async () => {
  assert.equal(fs.readFileSync(MODEL_DATA, 'utf8'), await modelData(), 'run node --import tsx scripts/compliance-model-data.ts');
});

test('the model is deterministic: two builds from the same rows score and name alike', () => {
  const rows = readLabelled();
  const a = buildModel(rows);
  const b = buildModel(rows);
  for (const s of ['很多人在我们这里做完一次就不用再来了', '白斑周围出现散在的小白点', '光疗需要坚持一段时间']) {
    assert.equal(a.score(s), b.score(s));
    assert.deepEqual(a.nearest(s, 5), b.nearest(s, 5));
  }
});

test('a sentence no rule flags but that resembles known claims gets a warning under a named rule, never an error', () => {
  // Round twelve: 效果非常好 (the clinic praising its own results) now has a rule; this one-visit cure has none.
  const text = '很多人在我们这里做完一次就不用再来了。';
  assert.deepEqual(warnings(text, null), [], 'no rule matches this sentence');
  const found = checkText(text, { docType: 'kepu' }).filter((f) => f.message.startsWith('没有规则直接命中'));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /类说法相近.*模型判断/);
  assert.equal(found[0]!.text, text.slice(0, -1));
  // The rules alone, on request: cross-validation compares the two.
  assert.deepEqual(checkText(text, { docType: 'kepu', model: null }), []);
});

test('the model adds nothing at warning or error to the demo articles and the public Q&A', () => {
  defaultModel();
  const texts = [...articles.flatMap((a) => articleFields(a).map((f) => f.text)), ...demoQa.flatMap((q) => [q.title, q.questionPublic, q.answerPublic])];
  for (const t of texts) assert.deepEqual(warnings(t), warnings(t, null), t.slice(0, 60));
});
