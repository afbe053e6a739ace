import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { checkText } from '../../src/compliance/checker.js';
import { buildModel, defaultModel, MODEL_DATA, readLabelled, type ComplianceModel } from '../../src/compliance/model.js';
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
  // Round twelve: 效果非常好 (the clinic praising its own results) now has a rule; round twenty-seven: so has 做完一次就不用再来了.
  // This one-visit claim has none (一次就够了 is also said of a vaccine or a test).
  const text = '很多人在我们这里做一次就够了。';
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

test('the veto: a rule finding in a sentence the model reads as plainly innocent becomes a hint that says why', () => {
  // Two innocent look-alikes the rules alone flag as errors: a disclaimer, and a doctor quoting patients.
  for (const [text, rule] of [
    // Round forty-one: the rules no longer flag the disclaimer this test used first (没有办法保证治愈后永不复发, a promise disowned
    // before the result); a question quoted from readers (能不能bfs（不复发）) is still one the rules alone flag.
    ['很多网友在评论区问“能不能bfs（不复发）”，说实话，湿疹没有办法承诺不复发。', 'cure-no-relapse'],
    ['我在门诊常听到患者说“涂了药就好了，为什么又复发”，其实湿疹本来就容易反复。', 'testimonial-marker'],
  ] as const) {
    const alone = checkText(text, { docType: 'kepu', model: null }).filter((f) => f.rule === rule);
    assert.ok(alone.length && alone.every((f) => f.severity === 'error'), `${rule} flags it without the model`);
    const withModel = checkText(text, { docType: 'kepu' }).filter((f) => f.rule === rule);
    assert.ok(withModel.length && withModel.every((f) => f.severity === 'info' && /模型判断整句与已标注的无害说法相近/.test(f.message)), JSON.stringify(withModel));
  }
  // A risky sentence stays an error, and a short one is never overruled: too few words to judge.
  assert.ok(warnings('本院独家秘方，三个疗程彻底根治白癜风，永不复发。').length > 0);
  assert.ok(checkText('政府指定定点医院', { docType: 'kepu' }).some((f) => f.rule === 'authority-endorsement' && f.severity !== 'info'));
});

test('a sentence an ad rule flags only for its scope is still asked whether it makes a claim', () => {
  // A stub model, so that what is tested is the checker's use of it, not what the shipped model learnt.
  const claim = '来过一次就知道差别';
  const stub: ComplianceModel = {
    threshold: 0.75,
    neighbours: 5,
    size: 1,
    score: (s) => (s.includes(claim) ? 0.95 : 0.05),
    nearest: () => [],
    name: (_s, usable) => ['ad-out-of-scope', 'compare-superior'].filter(usable).map((rule) => ({ rule, similarity: 0.9 }))[0],
  };
  const found = (text: string) => checkText(text, { docType: 'ad', model: stub }).filter((f) => f.severity !== 'info');
  // 中药疗法 is a technique an ad may not name (scope); the comparison is what the model adds, named
  // after a claim rule and never after the scope again.
  const both = found(`本院特色中药疗法，${claim}。`);
  assert.deepEqual([...new Set(both.map((f) => f.rule))].sort(), ['ad-technique-name', 'compare-superior']);
  assert.match(both.find((f) => f.rule === 'compare-superior')!.message, /^除广告内容范围外没有规则直接命中/);
  // Without a resemblance the scope finding stays alone.
  assert.deepEqual([...new Set(found('本院特色中药疗法。').map((f) => f.rule))], ['ad-technique-name']);
  // A sentence a claim rule flagged is not asked again (the model would name a second rule).
  assert.ok(!found(`本院三天根治白癜风，${claim}。`).some((f) => f.message.includes('模型判断')));
});
