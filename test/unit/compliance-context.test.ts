import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkText, type Finding } from '../../src/compliance/index.js';
import { normalize } from '../../src/compliance/normalize.js';

const kepu = (text: string) => checkText(text, { docType: 'kepu' });
const rules = (fs: Finding[], level?: Finding['severity']) => fs.filter((f) => !level || f.severity === level).map((f) => f.rule);
const one = (text: string, rule: string, docType: 'kepu' | 'institution' | 'ad' | 'case' = 'kepu') => {
  const f = checkText(text, { docType }).find((x) => x.rule === rule);
  assert.ok(f, `${rule} in ${text}`);
  return f;
};

test('normalisation folds full-width, case and traditional characters, and maps back to original offsets', () => {
  const n = normalize('ＮＯ．１白癜風治癒');
  assert.equal(n.text, 'no.1白癜风治愈');
  assert.equal(n.start.length, n.text.length + 1);
  const f = one('本院ＮＯ．１，白癜風可以治癒。', 'absolute-first');
  assert.equal(f.text, 'ＮＯ．１');
  const c = one('本院ＮＯ．１，白癜風可以治癒。', 'cure-claim');
  assert.deepEqual([c.start, c.end, c.text], [12, 14, '治癒']);
});

test('words split by spaces, symbols, zero-width characters, emoji or Markdown emphasis are found, with the span in the original', () => {
  for (const [text, span] of [
    ['本院可以根 治白癜风', '根 治'],
    ['本院可以根*治白癜风', '根*治'],
    ['本院可以根\u200b治白癜风', '根\u200b治'],
    ['本院可以根😀治白癜风', '根😀治'],
    ['本院可以**根**治白癜风', '根**治'],
    ['本院可以根 - 治白癜风', '根 - 治'],
  ] as const) {
    const f = one(text, 'cure-claim');
    assert.equal(f.text, span, text);
    assert.equal(text.slice(f.start, f.end), span);
  }
  // Clause punctuation and table pipes still separate: no word is made across them. The rules alone: after
  // round thirty's retraining the learned second opinion likens this row to the painless-treatment sentences,
  // which says nothing about what the normaliser joins.
  assert.deepEqual(rules(checkText('| 红肿 | 无 | 痛感轻微 |', { docType: 'kepu', model: null })), []);
  assert.deepEqual(rules(kepu('白斑，无痛')), []);
});

test('offsets are UTF-16 code units: emoji and other surrogate pairs before a finding shift it by two', () => {
  const text = '😀😀𠮷 本院可以根治。';
  const f = one(text, 'cure-claim');
  assert.equal(f.start, text.indexOf('根治'));
  assert.equal(f.start, 11); // 2 + 2 + 2 (three astral characters) + 1 (space) + 4
  assert.equal(f.text, '根治');
  assert.equal(f.line, 1);
  const g = one('第一行\n第二行 😀\n本院包治百病', 'cure-universal');
  assert.equal(g.line, 3);
});

test('word boundaries from segmentation: temporal and ordinal words are not superlatives', () => {
  for (const s of ['最近三个月复诊两次', '最后一次照光在周五', '第一次就诊请带病历', '第一个疗程结束后复查', '最终效果要看个人情况', '精神药物要遵医嘱', '国家传统医学']) {
    assert.deepEqual(rules(kepu(s), 'error').concat(rules(kepu(s), 'warning')), [], s);
  }
  assert.ok(rules(kepu('全国第一的白斑专科')).includes('absolute-first'));
  assert.ok(rules(kepu('祛白神药')).includes('miracle-cure'));
});

test('negation both ways: 无法根治 is honest, 无副作用 is the claim, 并非无副作用 is honest again', () => {
  assert.deepEqual(rules(kepu('白癜风目前无法根治。')), []);
  assert.deepEqual(rules(kepu('根治白癜风目前还做不到。')), []);
  assert.deepEqual(rules(kepu('没有人能保证治愈。')), []);
  assert.deepEqual(rules(kepu('本疗法无副作用。')), ['safety-side-effects']);
  assert.deepEqual(rules(kepu('治疗后不复发。')), ['cure-no-relapse']);
  assert.deepEqual(rules(kepu('任何治疗都不可能完全没有副作用。')), []);
  assert.deepEqual(rules(kepu('没有人能保证不复发。')), []);
  // A negation that belongs to a condition does not clear the claim.
  assert.ok(rules(kepu('不用吃药就能根治。')).includes('cure-claim'));
  // A rhetorical question asserts.
  // Round fifty-six (batch DP): a story teaser under a patient-story heading tells; a reader asking after a treatment still asks.
  assert.ok(rules(checkText('## 真实病例分享｜满脸痘痘的她，后来怎么样了？', { docType: 'institution' })).includes('testimonial-heading'));
  assert.deepEqual(rules(kepu('请问白斑照光后，现在怎么样了才算有效？')), []);
  assert.ok(rules(kepu('谁说白癜风不能根治？')).includes('cure-claim'));
  // So does asking why the clinic can do it (round twelve); asking why it cannot, or why others claim it, still asks.
  assert.ok(rules(kepu('为什么我们能做到治愈后不复发？')).includes('cure-no-relapse'));
  assert.ok(rules(kepu('本中心为什么能根治白癜风？')).includes('cure-claim'));
  assert.deepEqual(rules(kepu('为什么我们不能保证根治？')), []);
  assert.deepEqual(rules(kepu('为什么有的医院宣称能根治？')), []);
  // Round twenty-nine: why we are the better choice presupposes it, a replacement tool's 更 for 最 included; a general why still asks.
  assert.ok(rules(checkText('为什么说我们是同城更好的选择？', { docType: 'ad' })).includes('garbled-replacement'));
  assert.deepEqual(rules(kepu('为什么说保守治疗是更好的选择？')), []);
  // A yes/no question about suitability has no question word, and asks all the same.
  assert.deepEqual(rules(kepu('纯中药调理，更适合长期服用吗？')), []);
  assert.ok(rules(kepu('纯中药调理，更适合长期服用。')).includes('safety-natural'));
  // An employer asked whether they would still take the reader is pressure, not a question.
  assert.ok(rules(kepu('面试官看到你手上的白斑，还会录用你吗？'), 'error').includes('appearance-anxiety'));
  // 殊不知 ("little do they know") negates nothing: the threat after it stands.
  assert.ok(rules(kepu('很多人觉得等等再说，殊不知每拖一天，治疗难度就翻一倍。'), 'error').includes('fear-appeal'));
  // 还要忍多久？ does not ask: it presses the reader.
  assert.ok(rules(kepu('白斑长在脸上，每一次照镜子都是折磨，您还要忍多久？'), 'error').includes('appearance-anxiety'));
  // Nor does a reproach put in a child's mouth, or how long the family is to bear it.
  assert.ok(rules(kepu('不要让孩子长大后问你：“妈妈，你当初为什么不带我去治？”'), 'error').includes('fear-appeal'));
  assert.ok(rules(kepu('你还要让家人陪你一起承受这种折磨多久？'), 'error').includes('appearance-anxiety'));
  assert.ok(rules(kepu('作为家长，孩子的白斑扩散到脸上，你能原谅自己吗？'), 'error').includes('fear-appeal'));
});

test('questions ask, they do not claim', () => {
  assert.deepEqual(rules(kepu('白癜风能根治吗？')), []);
  assert.deepEqual(rules(kepu('治好后会不会复发？')), []);
  // A yes/no question with no question word: 就…了吗 asks whether the result comes that soon.
  assert.deepEqual(kepu('打完封闭针当场就不疼了吗？').filter((f) => f.severity !== 'info'), []);
  assert.deepEqual(kepu('涂一次药白斑就消了吗？').filter((f) => f.severity !== 'info'), []);
  // Said, not asked, it is still the claim.
  assert.ok(kepu('打完封闭针当场就不疼了。').some((f) => f.severity === 'error'));
  // Round one hundred and two (batch HF): a claim posed as a question and told at once not to be believed is a rumour answered, for the
  // rules and the model alike; a question answered by advice of another kind (别信广告，看成分) is not read as denied.
  assert.deepEqual(kepu('三天就能根治？千万别信！').filter((f) => f.severity !== 'info'), []);
  assert.deepEqual(kepu('网红都说这款面霜好用吗？别信').filter((f) => f.severity !== 'info'), []);
});

test('a claim quoted in a warning is reported as info only; titles of works are not claims', () => {
  const fs = kepu('警惕“根治白癜风”的广告。');
  assert.deepEqual(fs.map((f) => [f.rule, f.severity]), [['cure-claim', 'info']]);
  assert.match(fs[0]!.message, /引述或警示语境/);
  assert.deepEqual(rules(kepu('网上宣称能根治白癜风的广告不可信。'), 'error'), []);
  assert.deepEqual(rules(kepu('《308nm准分子光治疗白癜风有效率的临床观察》[1]')), []);
  // The clinic making the claim itself is not a warning, even next to one.
  assert.equal(one('本院承诺根治，谨防假冒。', 'cure-claim').severity, 'error');
  // Round twenty-seven: whoever tells the reader so, a book's words, a claim quoted next to "dangerous".
  assert.deepEqual(rules(kepu('凡是对您说能根治白癜风的，多半是骗子。'), 'error'), []);
  assert.deepEqual(rules(kepu('《儒林外史》里写到一位庸医，提醒今人看病要找正规医院。'), 'error'), []);
  assert.deepEqual(rules(kepu('网上搜到的“根治经历”不能照搬，自行停药是很危险的。'), 'error'), []);
  assert.ok(rules(kepu('凡是来过的人都说效果好，推荐给身边朋友。'), 'error').includes('testimonial-marker'));
});

test('hedges lower the level in health education, never in ads; 本院 raises it', () => {
  assert.equal(one('308激光治疗无痛。', 'safety-painless').severity, 'warning');
  assert.equal(one('本院308激光治疗无痛。', 'safety-painless').severity, 'error');
  assert.equal(one('部分患者治疗后可以痊愈。', 'cure-claim').severity, 'warning');
  assert.equal(one('部分患者治疗后可以痊愈。', 'cure-claim', 'ad').severity, 'error');
  assert.equal(one('最好的白癜风医院。', 'absolute-superlative').severity, 'error');
  assert.match(one('本院308激光治疗无痛。', 'safety-painless').message, /本院/);
});

test('document types change what is allowed: disease and technique names are errors only in ads; phones only in health education', () => {
  const text = '白癜风可以用308准分子光治疗。电话：0571-88886666';
  assert.deepEqual(rules(checkText(text, { docType: 'kepu' })), ['kepu-contact']);
  assert.deepEqual(rules(checkText(text, { docType: 'institution' })), []);
  const ad = checkText(text, { docType: 'ad' });
  assert.ok(rules(ad, 'error').includes('ad-disease-name'));
  assert.ok(rules(ad, 'error').includes('ad-technique-name'));
  assert.ok(!rules(ad).includes('kepu-contact'), 'a phone number is one of the eight items an ad may carry');
});

test('citations: an unsourced study claim is flagged, a cited one is not', () => {
  assert.deepEqual(rules(kepu('研究表明，早期治疗复色更好。')), ['stats-unsourced']);
  assert.deepEqual(rules(kepu('研究表明，早期治疗复色更好[1]。\n\n')), []);
});

test('the checker reports and never rewrites: findings quote the text exactly, every field present', () => {
  const text = '本院的纯中药配方，无毒副作用，治愈率高达95%！';
  const copy = text.slice();
  const fs = kepu(text);
  assert.equal(text, copy);
  assert.ok(fs.length >= 3);
  for (const f of fs) {
    assert.deepEqual(Object.keys(f), ['rule', 'category', 'severity', 'start', 'end', 'line', 'text', 'basis', 'message', 'suggestion']);
    assert.equal(text.slice(f.start, f.end), f.text);
    assert.ok(f.basis && f.message && f.suggestion);
  }
  assert.deepEqual(
    fs.map((f) => f.start),
    [...fs].sort((a, b) => a.start - b.start).map((f) => f.start),
    'sorted by position',
  );
});

test('patient identifiers: a valid resident ID number is found, a random 18-digit number is not', () => {
  assert.ok(rules(checkText('身份证号 11010519491231002X', { docType: 'case' })).includes('privacy-identifier'));
  assert.deepEqual(rules(checkText('订单 110105194912310021', { docType: 'case' })), []);
  assert.deepEqual(rules(checkText('患者王某，女，32岁，确诊三年。', { docType: 'case' })), []);
  assert.ok(rules(checkText('患者王秀兰，女，32岁，确诊三年。', { docType: 'case' })).includes('privacy-patient-name'));
});

test('a table cell is read with its column header: | 见效时间 | over | 2周 | promises two weeks, on the cell', () => {
  const text = '| 疗法 | 见效时间 |\n|---|---|\n| 308准分子激光 | 2周 |';
  const f = checkText(text, { docType: 'institution', model: null }).find((x) => x.rule === 'cure-timeline');
  assert.ok(f, 'the duration under 见效时间 is a timeline claim');
  assert.equal(f.text, '2周');
  assert.equal(f.line, 3);
  assert.match(f.message, /见效时间/);
  // Neither cell alone claims anything: the same row under other headers is innocent.
  assert.deepEqual(rules(checkText('| 疗法 | 复诊间隔 |\n|---|---|\n| 308准分子激光 | 2周 |', { docType: 'institution', model: null }), 'error'), []);
  // An outcome column reads its cells; a verdict there is one finding on the cell.
  const cured = checkText('| 项目 | 效果 |\n| :--- | :---: |\n| 光疗 | 彻底治愈 |', { docType: 'institution', model: null });
  assert.ok(cured.some((x) => x.rule === 'cure-claim' && x.text.includes('治愈')));
  // A header that claims by itself (治愈率) is reported once, on the header, not again on each cell.
  const rate = checkText('| 疗法 | 治愈率 |\n|---|---|\n| 光疗 | 95% |\n| 移植 | 98% |', { docType: 'institution', model: null }).filter((x) => x.rule === 'rate-claim');
  assert.deepEqual(rate.map((x) => x.text), ['治愈率']);
});

test('innocent tables stay innocent: schedules, test results, courses with a range and a caveat', () => {
  for (const text of [
    '| 时间 | 内容 |\n|---|---|\n| 周一上午 | 专家门诊 |\n| 周三下午 | 光疗室开放 |',
    '| 检查项目 | 结果 | 参考范围 |\n|---|---|---|\n| 甲状腺功能 | 正常 | — |',
    '| 疗法 | 起效时间 | 说明 |\n|---|---|---|\n| 外用激素 | 一般4-8周 | 因人而异 |',
    '| 疗法 | 适用人群 | 疗程 |\n|---|---|---|\n| 308准分子激光 | 局限型 | 每周2次，一般需要3个月以上 |',
  ]) {
    assert.deepEqual(rules(checkText(text, { docType: 'institution', model: null }), 'error'), [], text);
  }
});
