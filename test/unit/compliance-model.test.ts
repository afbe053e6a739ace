import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { checkText } from '../../src/compliance/checker.js';
import { buildModel, cachedModel, defaultModel, MODEL_DATA, readLabelled, trainingKey, warmTrainingCache, type ComplianceModel } from '../../src/compliance/model.js';
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
});

test('a sentence the rules flag under one kind of claim gets the model\'s finding only where it names another kind (decision 0089)', () => {
  const claim = '来过一次就知道差别';
  const stubNaming = (rule: string): ComplianceModel => ({
    threshold: 0.75,
    neighbours: 5,
    size: 1,
    score: (s) => (s.includes(claim) ? 0.95 : 0.05),
    nearest: () => [],
    name: (_s, usable) => (usable(rule) ? { rule, similarity: 0.9 } : undefined),
  });
  const text = `本院三天根治白癜风，${claim}。`;
  const byModel = (rule: string) => checkText(text, { docType: 'ad', model: stubNaming(rule) }).filter((f) => f.severity !== 'info' && f.message.includes('模型判断'));
  // The rules name a cure (efficacy); the model reads a comparison with other clinics: both stand.
  const other = byModel('compare-superior');
  assert.equal(other.length, 1);
  assert.equal(other[0]!.severity, 'warning');
  assert.match(other[0]!.message, /^规则已按“[^”]+”类提示，整句还与已标注的“[^”]+”类说法相近/);
  // The model names the kind the rules named already (a sibling cure rule): nothing is added.
  assert.deepEqual(byModel('cure-no-relapse'), []);
  // An innocent sentence the stub passes over gets nothing either way.
  assert.deepEqual(checkText('本院三天根治白癜风。', { docType: 'ad', model: stubNaming('compare-superior') }).filter((f) => f.message.includes('模型判断')), []);
});

test('the training cache: a second process reads the training the first wrote, and answers exactly as a fresh build', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-cache-'));
  try {
    // A tenth of the rows keeps the test quick; what is cached does not depend on how many.
    const rows = readLabelled().filter((_, i) => i % 10 === 0);
    const fresh = buildModel(rows);
    const first = cachedModel(rows, dir, 'k1');
    const second = cachedModel(rows, dir, 'k1');
    assert.deepEqual([first.from, second.from], ['training', 'cache']);
    assert.deepEqual(fs.readdirSync(dir), ['compliance-model-k1.bin']);
    for (const s of ['很多人在我们这里做完一次就不用再来了', '白斑周围出现散在的小白点', '我们的复色效果比别家好得多', '本院三个月彻底治愈白癜风']) {
      assert.equal(second.model.score(s), fresh.score(s), s);
      assert.deepEqual(second.model.nearest(s, 5), fresh.nearest(s, 5), s);
      assert.deepEqual(second.model.name(s, () => true), fresh.name(s, () => true), s);
    }
    assert.equal(second.model.size, fresh.size);
    // Another key never reads this file; a truncated or foreign file is trained over, not trusted.
    assert.equal(cachedModel(rows, dir, 'k2').from, 'training');
    const file = path.join(dir, 'compliance-model-k1.bin');
    fs.truncateSync(file, fs.statSync(file).size - 4);
    assert.equal(cachedModel(rows, dir, 'k1').from, 'training');
    assert.equal(cachedModel(rows, dir, 'k1').from, 'cache', 'the retrained file was written again');
    fs.writeFileSync(file, 'not a model');
    assert.equal(cachedModel(rows, dir, 'k1').from, 'training');
    // Without a key nothing is read or written.
    fs.rmSync(dir, { recursive: true });
    assert.equal(cachedModel(rows, dir, undefined).from, 'training');
    assert.ok(!fs.existsSync(dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the warm-up `npm start` runs beside the server trains into the cache once, then finds it there; a damaged file is trained over', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-warm-'));
  try {
    // A tenth of the shipped rows, as a labelled file of its own: the key and the training read that file.
    const labelled = path.join(dir, 'labelled.tsv');
    fs.writeFileSync(labelled, fs.readFileSync(MODEL_DATA, 'utf8').split('\n').filter((l, i) => l.startsWith('#') || i % 10 === 0).join('\n'));
    const cache = path.join(dir, 'cache');
    assert.equal(warmTrainingCache(cache, labelled), 'trained');
    const [file] = fs.readdirSync(cache);
    assert.match(file!, /^compliance-model-[0-9a-f]{24}\.bin$/);
    assert.equal(file, `compliance-model-${trainingKey(fs.readFileSync(labelled))}.bin`, 'under the key a server computes for the same data');
    assert.equal(warmTrainingCache(cache, labelled), 'cached');
    fs.truncateSync(path.join(cache, file!), 100);
    assert.equal(warmTrainingCache(cache, labelled), 'trained');
    assert.equal(warmTrainingCache(cache, labelled), 'cached');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the training key changes with the labelled rows and with any source file training reaches through its imports', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-key-'));
  try {
    const labelled = path.join(dir, 'labelled.tsv');
    fs.writeFileSync(labelled, 'pos\tcure-claim\t根治\n');
    fs.writeFileSync(path.join(dir, 'entry.ts'), "import { a } from './dep.js';\nimport {\n  b,\n} from './multi.js';\nimport './side.js';\nimport { pinyin } from 'pinyin-pro';\nimport fs from 'node:fs';\n");
    for (const f of ['dep.ts', 'multi.ts', 'side.ts']) fs.writeFileSync(path.join(dir, f), `export const x = '${f}';\n`);
    const entry = path.join(dir, 'entry.ts');
    const key = trainingKey(fs.readFileSync(labelled), entry);
    assert.match(key ?? '', /^[0-9a-f]{24}$/);
    assert.equal(trainingKey(fs.readFileSync(labelled), entry), key, 'the same inputs, the same key');
    const keys = new Set([key]);
    for (const f of ['dep.ts', 'multi.ts', 'side.ts', 'labelled.tsv']) {
      fs.appendFileSync(path.join(dir, f), '// changed\n');
      const k = trainingKey(fs.readFileSync(labelled), entry);
      assert.ok(!keys.has(k), `a change to ${f} is a new key`);
      keys.add(k);
    }
    fs.rmSync(path.join(dir, 'side.ts'));
    assert.equal(trainingKey(fs.readFileSync(labelled), entry), undefined, 'a source it cannot read: no key, so no cache');
    // The shipped model's key: its inputs are all there.
    assert.match(trainingKey(fs.readFileSync(MODEL_DATA)) ?? '', /^[0-9a-f]{24}$/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('nearest(): the k best in order, a prefix of a longer list, and nothing left behind for the next lookup (decision 0115)', () => {
  const model = defaultModel();
  const sentences = ['很多人在我们这里做完一次就不用再来了', '白斑周围出现散在的小白点', '本院三个月彻底治愈白癜风', '光疗需要坚持一段时间'];
  const first = sentences.map((s) => model.nearest(s, 9));
  for (const [i, s] of sentences.entries()) {
    const near = first[i]!;
    assert.equal(near.length, 9, s);
    for (let j = 1; j < near.length; j++) assert.ok(near[j - 1]!.similarity >= near[j]!.similarity, s);
    assert.deepEqual(model.nearest(s, 3), near.slice(0, 3), s);
    assert.deepEqual(model.nearest(s, 40).slice(0, 9), near, s);
  }
  // The touched sentences and their scores are reused lookup after lookup: in reverse order, the same answers.
  for (let i = sentences.length - 1; i >= 0; i--) assert.deepEqual(model.nearest(sentences[i]!, 9), first[i], sentences[i]);
});
