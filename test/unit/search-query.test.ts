import assert from 'node:assert/strict';
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { everydayWordsText } from '../../scripts/gen-everyday-words.js';
import { SRC } from '../../src/paths.js';
import { buildSynonyms, buildVocabulary, clinicVocabulary, correctionGate, cutShortAtEnd, homophones, keepKeysWhole, keepPairsWhole, latinPinyin, OTHER_WAYS, pinyinInside, pinyinWords, planQuery, PCT, spelledKey, turnedDown, type DfLookup } from '../../src/search/query.js';
import { reportableQuery } from '../../src/search/misses.js';
import { asksWhichOfTwo, chineseNumbers, cut, indexTokens, isEverydayWord, normalize, QUERY_STOPWORDS, queryTerms, questionForm, spokenAsWritten } from '../../src/search/segment.js';
import { heldOf, planTerms } from '../helpers/search.js';

const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['饮食', 1000], ['景点', 1000]]));
/** A pretend index: these words are indexed, nothing else is. */
const indexed = new Set(['白癜风', '传染', '伍德灯', '308nm', '308', 'nm', '准分子', '准分子光', '饮食', '光疗', '白斑', '经典', '皮肤镜', '甲状腺']);
const df: DfLookup = async (terms) => new Map(terms.map((t) => [t, indexed.has(t) ? 3 : 0]));
const plan = (q: string, synonyms = buildSynonyms([]), exact = false) => planQuery(q, { vocab, synonyms, df, exact });

test('a homophone typed with a pinyin input method is corrected to the vocabulary word', async () => {
  for (const typo of ['白颠风', '白殿风', '白癫风']) {
    const p = await plan(typo);
    assert.equal(p.corrected, '白癜风', typo);
    assert.deepEqual(p.slots[0]!.alts[0], { term: '白癜风', pct: PCT.pinyin });
  }
  const p = await plan('白颠风传染');
  assert.deepEqual(p.slots.map((s) => s.alts[0]!.term), ['白癜风', '传染']);
  assert.equal((await plan('吴德灯')).corrected, '伍德灯');
});

test('a word of three or more syllables differing by one syllable is corrected, ranked lower', () => {
  // 伍德登 (deng, not deng4) sounds the same; 伍德顶 (ding) differs by one syllable but shares 伍德.
  const c = homophones('伍德顶', vocab);
  assert.deepEqual(c, [{ from: '伍德顶', to: '伍德灯', pct: PCT.loose }]);
  // Two syllables are never corrected loosely, and unrelated characters never are.
  assert.deepEqual(homophones('吴顶', vocab), []);
  assert.deepEqual(homophones('五得等', vocab).filter((x) => x.pct === PCT.loose), []);
});

test('a word the index has is never corrected (景点 is not 经典), and exact search turns corrections off', async () => {
  assert.equal((await plan('经典')).corrected, undefined);
  assert.deepEqual((await plan('经典')).slots[0]!.alts[0], { term: '经典', pct: PCT.exact });
  assert.equal((await plan('白颠风', undefined, true)).corrected, undefined);
  assert.equal((await plan('白颠风', undefined, true)).slots[0]!.alts[0]!.term, '白颠风');
});

test('words the index has are not read as a slip for a longer word: 光疗后皮肤发红 stays as typed', async () => {
  // 光疗后 sounds one syllable away from 光疗舱 and 皮肤发 from 皮肤镜; both windows are made of
  // indexed words (光疗 + 后, 皮肤 + 发红), so nothing is corrected.
  const words = new Set([...indexed, '后', '皮肤', '发红']);
  const known: DfLookup = async (terms) => new Map(terms.map((t) => [t, words.has(t) ? 3 : 0]));
  const p = await planQuery('光疗后皮肤发红', { vocab, synonyms: buildSynonyms([]), df: known });
  assert.equal(p.corrected, undefined);
  assert.deepEqual(p.slots.map((s) => s.alts[0]!.term), ['光疗', '后', '皮肤', '发红']);
  // A same-syllable slip that lines up with the words is still corrected (点 and 风 are indexed).
  const withDian = new Set([...words, '白点', '风']);
  const lay: DfLookup = async (terms) => new Map(terms.map((t) => [t, withDian.has(t) ? 3 : 0]));
  assert.equal((await planQuery('白点风', { vocab, synonyms: buildSynonyms([]), df: lay })).corrected, '白癜风');
});

test('pinyin typed as Latin letters: full and initials', async () => {
  assert.equal(latinPinyin('baidianfeng', vocab), '白癜风');
  assert.equal(latinPinyin('bdf', vocab), '白癜风');
  assert.equal(latinPinyin('wudedeng', vocab), '伍德灯');
  assert.equal(latinPinyin('x', vocab), undefined);
  const p = await plan('bdf 传染');
  assert.equal(p.corrected, '白癜风 传染');
  // Latin words the index has (nm) stay as typed.
  assert.equal((await plan('308 nm')).corrected, undefined);
});

test('one- and two-character queries reach the vocabulary words containing them', async () => {
  const one = await plan('镜');
  assert.ok(one.slots[0]!.alts.some((a) => a.term === '皮肤镜' && a.pct === PCT.contains), JSON.stringify(one.slots));
  const two = await plan('甲状');
  assert.ok(two.slots[0]!.alts.some((a) => a.term === '甲状腺'), JSON.stringify(two.slots));
});

test('numbers and units: 308, 308nm and 308 nm meet', () => {
  assert.deepEqual(indexTokens('308nm准分子光').split(' ').slice(0, 3), ['308nm', '308', 'nm']);
  assert.deepEqual(queryTerms('308 nm'), ['308nm']);
  assert.deepEqual(queryTerms('308 NM'), ['308nm']);
  assert.deepEqual(queryTerms('308nm'), ['308nm']);
  assert.deepEqual(queryTerms('308'), ['308']);
  assert.ok(indexTokens('波长为 311nm 的紫外线').split(' ').includes('311'));
  // Mixed Chinese and Latin.
  assert.deepEqual(queryTerms('维生素C'), ['维生素', 'c']);
});

test('synonym expansion: lay, English, multi-word keys and targets, ranked below the typed word', async () => {
  const synonyms = buildSynonyms([
    { term: 'vitiligo', target: '白癜风' },
    { term: '白点', target: '白癜风' },
    { term: "wood's lamp", target: '伍德灯' },
    { term: '308', target: '308nm准分子光' },
  ]);
  const en = await plan('vitiligo contagious', synonyms);
  assert.deepEqual(en.slots[0]!.alts, [
    { term: 'vitiligo', pct: PCT.exact },
    { term: '白癜风', pct: PCT.synonym },
  ]);
  // The words of a key of several (wood, s, lamp) are one meaning: lent to each of three slots, the
  // target counted for the first only, and the other two could be met by nothing.
  const lamp = await plan("Wood's Lamp", synonyms);
  assert.equal(lamp.slots.length, 1);
  assert.deepEqual(lamp.slots[0]!.alts, [
    { term: 'wood', pct: PCT.contains },
    { term: '伍德灯', pct: PCT.synonym },
  ]);
  const dev = await plan('308', synonyms);
  assert.deepEqual(dev.slots[0]!.alts.map((a) => a.term).sort(), ['308', '308nm', '准分子光'].sort());
  assert.ok(!(await plan('白癜风', synonyms)).slots[0]!.alts.some((a) => a.term === '白点'), 'synonyms lead from the typed word to the article word, not back');
});

test('a multi-word query carries its phrase; highlighting covers every alternative', async () => {
  const p = await plan('白癜风 传染', buildSynonyms([{ term: '传染', target: '感染' }]));
  assert.equal(p.phrase, '白癜风传染');
  assert.deepEqual(p.highlight.sort(), ['传染', '感染', '白癜风'].sort());
});

test('the zero-result report keeps normalised words and drops anything like a personal detail', () => {
  assert.equal(reportableQuery('  白癜风   ＶＩＴＩＬＩＧＯ '), '白癜风 vitiligo');
  assert.equal(reportableQuery('13812345678'), null);
  assert.equal(reportableQuery('138 1234 5678 白斑'), null);
  assert.equal(reportableQuery('zhang@example.com'), null);
  assert.equal(reportableQuery('308nm'), '308nm');
  // A search may be 100 characters long; past 50 it is a story about someone, not kept.
  const story = '我女儿今年七岁，上个月在左边膝盖上发现一块硬币大小的白斑，最近好像又大了一点，想问一下这种情况要不要马上来看';
  assert.ok([...story].length > 50 && [...story].length <= 100);
  assert.equal(reportableQuery(story), null);
  assert.equal(reportableQuery(story.slice(0, 40)), story.slice(0, 40).normalize('NFKC'));
});

test('pinyin typed with a fuzzy keyboard (zh/z, ch/c, sh/s, -ng/-n, l/n) finds the term, ranked like a loose correction', async () => {
  for (const typed of ['baidianfen', 'baidianfenG'.toLowerCase(), 'zunfenzi', 'zhunfenzi', 'wudeden']) {
    const p = await plan(typed);
    assert.ok(p.corrected, typed);
  }
  assert.equal((await plan('baidianfen')).corrected, '白癜风');
  assert.deepEqual((await plan('baidianfen')).slots[0]!.alts[0], { term: '白癜风', pct: PCT.loose });
  assert.equal((await plan('zunfenzi')).corrected, '准分子');
  // Exact pinyin still ranks as pinyin; short Latin words are never read fuzzily.
  assert.deepEqual((await plan('baidianfeng')).slots[0]!.alts[0], { term: '白癜风', pct: PCT.pinyin });
  assert.equal((await plan('nen')).corrected, undefined);
});

test('the words patients wrap a question in are not required: 你好，想问一下…是不是…怎么办, and 长 of a described symptom', () => {
  assert.deepEqual(queryTerms('你好，想问一下白斑是不是白癜风，怎么办啊'), ['白斑', '白癜风']);
  assert.deepEqual(queryTerms('身上长白点'), ['身上', '白点']);
  assert.deepEqual(queryTerms('怎么办'), ['怎么办'], 'a query of nothing else keeps its words');
});

test('a word in no document is read as the known words inside it; a meaning no document holds is left out, and the plan says so', async () => {
  const known = new Set([...indexed, '海鲜', '吃']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const seafood = await planQuery('白癜风能吃海鲜吗', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.deepEqual(seafood.slots.map((s) => s.alts[0]!.term), ['白癜风', '海鲜']);
  assert.equal(seafood.dropped, undefined);
  const stray = await planQuery('手上白斑', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.deepEqual(stray.slots.map((s) => s.alts[0]!.term), ['白斑']);
  assert.equal(stray.dropped, true);
  const none = await planQuery('手上脚上', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.equal(none.slots.length, queryTerms('手上脚上').length, 'with nothing found, every word stays (the miss is recorded as typed)');
  const known2 = new Set([...known, '计算']);
  const offTopic = await planQuery('量子计算机', { vocab, synonyms: buildSynonyms([]), df: async (terms) => new Map(terms.map((t) => [t, known2.has(t) ? 3 : 0])) });
  assert.deepEqual(offTopic.slots.map((s) => s.alts[0]!.term), queryTerms('量子计算机'), 'a query naming nothing the clinic vocabulary knows stays as typed (a miss, not a hit on 计算)');
  const exact = await planQuery('手上白斑', { vocab, synonyms: buildSynonyms([]), df: held, exact: true });
  assert.deepEqual(exact.slots.map((s) => s.alts[0]!.term), ['手上', '白斑'], 'the original words are searched as typed');
});

test('full-width digits and letters and traditional characters of vocabulary words meet the simplified index', async () => {
  assert.deepEqual(queryTerms('３０８ｎｍ'), ['308nm']);
  // Folded before anything else (src/web/han.ts): the same word, so nothing to announce as a correction.
  const p = await plan('白癜風');
  assert.deepEqual(p.slots.map((s) => s.alts[0]!.term), ['白癜风']);
  assert.equal(p.corrected, undefined);
});

test('pinyin with tone marks, with spaces, run together for several words, and after a number', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['脱皮', 1000]]));
  const p = (q: string) => planQuery(q, { vocab: words, synonyms: buildSynonyms([{ term: '308激光', target: '308nm准分子光' }]), df });
  assert.equal(normalize('bái diàn fēng'), 'bai dian feng');
  assert.equal((await p('bái diàn fēng')).corrected, '白癜风');
  assert.equal((await p('pífūjìng')).corrected, '皮肤镜');
  assert.equal((await p('fang shai')).corrected, '防晒');
  assert.equal((await p('wei zhen tuo pi')).corrected, '微针 脱皮');
  assert.equal((await p('weizhentuopi')).corrected, '微针 脱皮');
  assert.deepEqual(pinyinWords('weizhentuopi', words), ['微针', '脱皮']);
  // 308 and the pinyin of 激光 typed together: the number as typed, then the synonym key they make
  // (one meaning).
  const laser = await p('308jiguang');
  assert.deepEqual(laser.slots.map((s) => s.alts[0]!.term), ['308']);
  assert.ok(laser.slots[0]!.alts.some((a) => a.term === '308nm' && a.pct === PCT.synonym), JSON.stringify(laser.slots));
  // English words no pinyin spells stay as typed; so do Latin words the index has.
  assert.equal(pinyinWords('whitespots', words), undefined);
  assert.equal((await p('308 nm')).corrected, undefined);
});

test('misspelt and plural English, and multi-word English keys typed without spaces, reach the synonym', async () => {
  const synonyms = buildSynonyms([
    { term: 'vitiligo', target: '白癜风' },
    { term: 'thyroid', target: '甲状腺' },
    { term: 'kid', target: '儿童' },
    { term: 'nb-uvb', target: '窄谱中波紫外线' },
    { term: "wood's lamp", target: '伍德灯' },
  ]);
  assert.equal(spelledKey('vitilgo', synonyms), 'vitiligo');
  assert.equal(spelledKey('thyriod', synonyms), 'thyroid');
  assert.equal(spelledKey('vitiligoo', synonyms), 'vitiligo');
  assert.equal(spelledKey('kids', synonyms), 'kid');
  assert.equal(spelledKey('vtlgo', synonyms), undefined, 'two slips are another word');
  assert.equal(spelledKey('kad', synonyms), undefined, 'short words are too close to each other');
  const p = await planQuery('vitilgo', { vocab, synonyms, df });
  assert.equal(p.corrected, 'vitiligo');
  assert.ok(p.slots[0]!.alts.some((a) => a.term === '白癜风' && a.pct === PCT.synonym));
  for (const glued of ['nbuvb', 'woodslamp']) assert.ok(synonyms.has(glued), glued);
});

test('an everyday word is what the patient typed, not a homophone slip for a clinic word, and a window never cuts one', async () => {
  // 一直 (yi zhi) sounds like 移植; 就一 of 就一定 like 就医; 的头发 is one syllable from 白头发.
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['移植', 1000], ['就医', 1000], ['白头发', 1000]]));
  const p = (q: string) => planQuery(q, { vocab: words, synonyms: buildSynonyms([]), df });
  assert.equal(isEverydayWord('一直'), true);
  assert.equal(isEverydayWord('白班'), false);
  assert.equal((await p('一直')).corrected, undefined);
  assert.equal((await p('脸上一直脱皮')).corrected, undefined);
  assert.equal((await p('就一定是白癜风')).corrected, undefined);
  assert.equal((await p('白斑上的头发')).corrected, undefined);
  // Slips that are not everyday words are still corrected.
  assert.equal((await p('表皮移殖')).corrected, '表皮移植');
  assert.equal((await p('白颠风')).corrected, '白癜风');
});

test('voice input: fillers and hesitations are not required words', () => {
  assert.deepEqual(queryTerms('嗯就是那个白斑然后会传染吗'), ['白斑', '传染']);
  assert.deepEqual(queryTerms('光疗一个疗程要几个月'), ['光疗', '疗程', '月']);
});

test('the everyday-word list is what scripts/gen-everyday-words.ts makes from the general dictionary', () => {
  assert.equal(fs.readFileSync(path.join(SRC, 'search', 'everyday-words.txt'), 'utf8'), everydayWordsText());
});

test('a yes-no question asked by repeating the verb is searched as its statement', () => {
  assert.equal(questionForm('能不能根治'), ' 能 根治');
  assert.deepEqual(queryTerms('白癜风能不能根治'), ['白癜风', '根治']);
  // jieba would glue the verb to the word before it (照光会|不会).
  assert.deepEqual(queryTerms('照光会不会晒黑'), ['照光', '晒黑']);
  assert.deepEqual(queryTerms('微针疼不疼'), ['微针', '疼']);
  assert.deepEqual(queryTerms('白斑有没有变化'), ['白斑', '变化']);
  // A two-character everyday verb stays whole.
  assert.deepEqual(queryTerms('需不需要忌口'), ['需要', '忌口']);
  assert.deepEqual(queryTerms('可不可以游泳'), ['游泳']);
  assert.deepEqual(queryTerms('不痛不痒'), ['不痛不痒'], 'not a repeated verb');
  // …and what to bring, asked, is also the 准备 the articles write (BRING_WHAT, helper srch33).
  assert.deepEqual(queryTerms('复诊带啥'), ['复诊', '带', '准备']);
});

test('counts typed in digits are searched as the articles write them in words, when the index has those words', async () => {
  assert.equal(chineseNumbers('光疗每周2-3次'), '光疗每周 两到三次');
  assert.deepEqual(queryTerms(chineseNumbers('光疗每周2-3次')!), ['光疗', '每周', '两到', '三次']);
  assert.equal(chineseNumbers('每周1到2次'), '每周 一到两次');
  assert.equal(chineseNumbers(normalize('１～２次')), ' 一到两次', 'full-width digits and a wave dash');
  assert.equal(chineseNumbers('提前15分钟'), '提前 十五分钟');
  assert.equal(chineseNumbers('第2到第3天'), ' 第二到第三天');
  assert.equal(chineseNumbers('超过2周'), '超过 两周');
  assert.equal(chineseNumbers('2型'), ' 二型', '两 only before a measure word');
  assert.equal(chineseNumbers('20岁'), ' 二十岁');
  // The spoken range: two neighbouring numerals before a measure word.
  assert.equal(chineseNumbers('一周二三次'), '一周 两到三次');
  assert.equal(chineseNumbers('十二三岁'), undefined);
  // Device numbers, wavelengths and numbers in Latin words stay.
  for (const q of ['308', '308激光', '365nm', '维生素b12', 'spf30']) assert.equal(chineseNumbers(q), undefined, q);

  const words = new Set([...indexed, '光疗', '每周', '两到', '三次']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, words.has(t) ? 3 : 0]));
  const p = await planQuery('光疗每周2-3次', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.deepEqual(p.slots.map((s) => s.alts[0]!.term), ['光疗', '每周', '两到', '三次']);
  assert.equal(p.corrected, undefined, 'the same count, nothing to announce');
  // An index that writes its counts in digits keeps the digits.
  const digits: DfLookup = async (terms) => new Map(terms.map((t) => [t, ['每周', '2', '次'].includes(t) ? 3 : 0]));
  assert.deepEqual((await planQuery('每周2次', { vocab, synonyms: buildSynonyms([]), df: digits })).slots.map((s) => s.alts[0]!.term), ['每周', '2', '次']);
});

test('pinyin typed with tone digits, run together or spaced, reads as the words it spells', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['脱皮', 1000], ['传染', 1000]]));
  const p = (q: string) => planQuery(q, { vocab: words, synonyms: buildSynonyms([]), df });
  assert.equal((await p('bai2dian4feng1')).corrected, '白癜风');
  assert.equal((await p('bai2dian4feng1 chuan2ran3')).corrected, '白癜风 传染');
  assert.equal((await p('wei4zhen1 tuo1pi2')).corrected, '微针 脱皮');
  assert.equal((await p('jia3 zhuang4 xian4')).corrected, '甲状腺');
  assert.deepEqual((await p('bai2dian4feng1')).slots[0]!.alts[0], { term: '白癜风', pct: PCT.pinyin });
  // Letters and digits that spell nothing stay as typed, and tone digits after initials spell nothing.
  assert.equal((await p('mp3')).corrected, undefined);
  assert.equal((await p('b2d4f1')).corrected, undefined);
  assert.equal((await p('bdf')).corrected, '白癜风', 'initials without digits still do');
});

test('a same-sound everyday word replaces only whole typed words: 不痛 of 不痛不痒 is not 不同', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['不同', 1000]]));
  const p = (q: string) => planQuery(q, { vocab: words, synonyms: buildSynonyms([]), df });
  assert.equal(isEverydayWord('不同'), true);
  assert.equal((await p('白斑不痛不痒')).corrected, undefined);
  const both = await p('白颠风不痛不痒');
  assert.equal(both.slots[0]!.alts[0]!.term, '白癜风', 'a clinic word is still corrected');
  assert.ok(!both.slots.some((s) => s.alts.some((a) => a.term === '不同')), JSON.stringify(both.slots));
});

test('a function word typed as a word of its own is not part of a slip: 要带 of 复诊要带什么 is not 腰带', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['腰带', 1000], ['要素', 1000], ['他克莫司', 1000]]));
  const p = (q: string) => planQuery(q, { vocab: words, synonyms: buildSynonyms([]), df });
  assert.equal((await p('复诊要带什么')).corrected, undefined);
  assert.equal((await p('白癜风复诊要带什么东西')).corrected, undefined);
  // The same window without the function word is still read as a slip.
  assert.equal((await p('白颠风要带什么')).corrected?.startsWith('白癜风'), true);
  // Over more syllables the sound outweighs a function word at the start (他 of 他克莫斯).
  assert.equal((await p('他克莫斯软膏')).corrected?.startsWith('他克莫司'), true);
});

test('a single character the index has alone may be an everyday word cut short (选 for 选择)', async () => {
  const counts = new Map([...[...indexed].map((t) => [t, 3] as const), ['防晒霜', 5], ['选', 1], ['选择', 9], ['照', 20], ['照片', 2], ['风险', 4]]);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, counts.get(t) ?? 0]));
  const p = (q: string) => planQuery(q, { vocab, synonyms: buildSynonyms([]), df: held });
  const choose = await p('防晒霜怎么选');
  assert.deepEqual(choose.slots[1]!.alts, [
    { term: '选', pct: PCT.exact },
    { term: '选择', pct: PCT.contains },
  ]);
  // The articles use 照 more than 照片: 照 is what it is.
  assert.ok(!(await p('光疗怎么照')).slots[1]!.alts.some((a) => a.term === '照片'));
  // A character the index never has alone is a piece of a longer word (癜|风), not 风险 cut short.
  assert.ok(!(await p('癜风')).slots.some((s) => s.alts.some((a) => a.term === '风险')));
});

test('English on the English site: function words are dropped before any word is read as pinyin, endings reach the key', async () => {
  // 爱宁达 is a clinic vocabulary brand name whose initials are a-n-d.
  const synonyms = buildSynonyms([
    { term: 'anxiety', target: '情绪' },
    { term: 'therapy', target: '光疗' },
    { term: 'spread', target: '进展期' },
    { term: 'cure', target: '治疗' },
    { term: 'patch', target: '白斑' },
  ]);
  const p = await plan('stress and anxiety', synonyms);
  assert.equal(p.corrected, undefined, 'and is not the initials of a brand name');
  assert.ok(!p.slots.some((s) => s.alts.some((a) => a.term === '爱宁达')), JSON.stringify(p.slots));
  assert.ok(p.slots.some((s) => s.alts.some((a) => a.term === '情绪')));
  // does / the / of / how are not required words.
  const q = await plan('how does the therapy work', synonyms);
  assert.ok(!q.slots.some((s) => ['how', 'does', 'the'].includes(s.alts[0]!.term)), JSON.stringify(q.slots));
  for (const [typed, key] of [['therapies', 'therapy'], ['spreading', 'spread'], ['cured', 'cure'], ['patches', 'patch']] as const) {
    assert.equal(spelledKey(typed, synonyms), key, typed);
  }
  // Pinyin syllables that are English words too still read as pinyin (shi shen me).
  const pinyin = await plan('bai dian feng shi shen me');
  assert.ok(pinyin.slots.some((s) => s.alts.some((a) => a.term === '白癜风')), JSON.stringify(pinyin.slots));
});

test('a word of the synonym table is known: 皮肤癌 is not read as a one-syllable slip for 皮肤镜', async () => {
  assert.equal((await plan('照光会不会得皮肤癌')).corrected, '皮肤镜', 'without the synonym the sound wins (the index lacks 皮肤癌)');
  const p = await plan('照光会不会得皮肤癌', buildSynonyms([{ term: '皮肤癌', target: '肿瘤' }]));
  assert.equal(p.corrected, undefined);
  assert.ok(p.slots.some((s) => s.alts.some((a) => a.term === '肿瘤')), JSON.stringify(p.slots));
});

test('a synonym target the index holds as one word is searched whole, not as the pieces the query cut makes of it', async () => {
  assert.deepEqual(queryTerms('变大'), ['变', '大'], 'the precondition: the query cut splits 变大');
  const known = new Set([...indexed, '变大', '变', '大']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = await planQuery('白斑长大', { vocab, synonyms: buildSynonyms([{ term: '长大', target: '变大' }]), df: held });
  const grow = p.slots.find((s) => s.alts[0]!.term === '长大')!;
  assert.deepEqual(grow.alts.map((a) => a.term), ['长大', '变大'], JSON.stringify(p.slots));
  // A target the index does not hold whole is still searched as its words.
  const q = await planQuery('白斑长大', { vocab, synonyms: buildSynonyms([{ term: '长大', target: '变大' }]), df });
  assert.ok(!q.slots.some((s) => s.alts.some((a) => a.term === '变大')), JSON.stringify(q.slots));
});

test('a two-word synonym key split around a verb (多久复诊一次) is one meaning with the key\'s targets', async () => {
  const known = new Set([...indexed, '多久', '一次', '复诊', '间隔']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const synonyms = buildSynonyms([{ term: '多久一次', target: '间隔' }]);
  const split = await planQuery('多久复诊一次', { vocab, synonyms, df: held });
  assert.deepEqual(
    split.slots.map((s) => s.alts.map((a) => a.term)),
    [['多久', '间隔'], ['复诊']],
    '一次 is part of the meaning 多久…一次, not a word the page must hold as well',
  );
  const together = await planQuery('复诊多久一次', { vocab, synonyms, df: held });
  // Typed together, the key's words are one meaning too, the typed word below the key's target.
  assert.deepEqual(together.slots.map((s) => s.alts), [[{ term: '复诊', pct: PCT.exact }], [{ term: '多久', pct: PCT.contains }, { term: '间隔', pct: PCT.synonym }]]);
  const without = await planQuery('多久复诊一次', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.equal(without.slots.length, 3);
});

test('a single character the index never has alone stands for its form with 上 when the index has that (带 → 带上)', async () => {
  const known = new Set([...indexed, '复诊', '带上']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = await planQuery('复诊带啥', { vocab, synonyms: buildSynonyms([]), df: held });
  const bring = p.slots.find((s) => s.alts[0]!.term === '带');
  assert.ok(bring?.alts.some((a) => a.term === '带上'), JSON.stringify(p.slots));
  // Not when the index lacks that form too: the character is then left out as before.
  const q = await planQuery('复诊带啥', { vocab, synonyms: buildSynonyms([]), df: async (terms) => new Map(terms.map((t) => [t, t === '复诊' || indexed.has(t) ? 3 : 0])) });
  assert.deepEqual(q.slots.map((s) => s.alts[0]!.term), ['复诊']);
});

test('才, 去 and the 上 of a described place are not required words; a stopword glued to a verb (要照) is read as the verb', async () => {
  assert.ok(!queryTerms('光疗要照多久才有效果').includes('才'));
  assert.ok(!queryTerms('多久要去复查一次').includes('去'));
  assert.deepEqual(queryTerms('手指上的白斑'), ['手指', '白斑']);
  assert.ok(queryTerms('光疗要照多久').includes('要照'), 'the precondition: jieba glues 要 to 照');
  const known = new Set([...indexed, '照', '多久']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = await planQuery('光疗要照多久', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.deepEqual(p.slots.map((s) => s.alts[0]!.term), ['光疗', '照', '多久']);
});

test('English with a doubled last consonant before -ing / -ed reaches the synonym key (swimming → swim)', () => {
  const synonyms = buildSynonyms([{ term: 'swim', target: '游泳' }, { term: 'stop', target: '停药' }]);
  assert.equal(spelledKey('swimming', synonyms), 'swim');
  assert.equal(spelledKey('stopped', synonyms), 'stop');
});

test('a one-syllable correction never swaps a character typed as a word of its own beside known words (染|头发 is not 白头发)', () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['白头发', 3000], ['为什么', 3000]]));
  const known = new Set(['头发', '什么', '白斑']);
  const gateFor = (text: string) => correctionGate(text, cut(text), (w) => known.has(w));
  assert.ok(cut('有白斑可以染头发吗').includes('染'), 'the precondition: jieba cuts 染 alone');
  assert.deepEqual(homophones('有白斑可以染头发吗', words, gateFor('有白斑可以染头发吗')), []);
  assert.deepEqual(homophones('白斑挂什么科', words, gateFor('白斑挂什么科')), []);
  // Without the gate's words (suggestions), the sound alone still leads there.
  assert.ok(homophones('染头发', words).some((c) => c.to === '白头发'));
  // A slip inside one typed word is still corrected: 伍德顶 is one word, not 伍德 + a word.
  assert.deepEqual(homophones('伍德顶', vocab, correctionGate('伍德顶', ['伍德顶'], () => false)), [{ from: '伍德顶', to: '伍德灯', pct: PCT.loose }]);
});

test('a two-character word glued to a query stopword after it (前能) is read as its first character; not an everyday word (马上) nor a negation (不想)', async () => {
  const known = new Set([...indexed, '前', '马', '不', '涂抹']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = async (q: string) => (await planQuery(q, { vocab, synonyms: buildSynonyms([]), df: held })).slots.map((s) => s.alts[0]!.term);
  assert.ok(queryTerms('伍德灯前能擦药吗').includes('前能'), 'the precondition: jieba glues 能 to 前');
  assert.ok((await p('伍德灯前能擦药吗')).includes('前'));
  assert.ok(!(await p('白斑马上去医院')).includes('马'));
  assert.ok(!(await p('白癜风不想出门')).includes('不'));
  // A stopword found inside a dead word (就是 of 就是说) is no word to search either.
  assert.ok(!(await p('就是说白癜风传染吗')).includes('就是'));
});

test('着, 老, 事, 用, 哪个 and 哪种 are query stopwords', () => {
  assert.deepEqual(queryTerms('晚上睡不着老想着白斑的事').filter((t) => ['着', '老', '事'].includes(t)), []);
  assert.ok(!queryTerms('毛巾要不要分开用').includes('用'));
  assert.ok(!queryTerms('伍德灯和皮肤镜哪个准').includes('哪个'));
});

test('a Chinese synonym term typed whole is read whole, whatever the characters around it (卤米松能用)', async () => {
  const synonyms = buildSynonyms([{ term: '卤米松', target: '糖皮质激素' }, { term: '白点', target: '白斑' }]);
  assert.ok(!queryTerms('卤米松能用在脸上吗').includes('卤米松'), 'the precondition: jieba cuts 卤米|松能');
  assert.equal(keepKeysWhole('卤米松能用在脸上吗', synonyms), ' 卤米松 能用在脸上吗');
  assert.ok(queryTerms(keepKeysWhole('卤米松能用在脸上吗', synonyms)).includes('卤米松'));
  // Two-character terms are left to the cut (白点 of 白点风 is not the word 白点).
  assert.equal(keepKeysWhole('白点风', synonyms), '白点风');
  const p = await planQuery('卤米松能用在脸上吗', { vocab, synonyms, df });
  assert.ok(p.slots.some((s) => s.alts.some((a) => a.term === '糖皮质激素')), JSON.stringify(p.slots));
});

test('the words of a synonym key are one meaning, and so are two neighbouring words that lead to the same word (胳膊 and 腿 → 四肢)', async () => {
  const known = new Set([...indexed, '四肢', '手臂', '染发剂']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const synonyms = buildSynonyms([
    { term: '染头发', target: '染发剂' },
    { term: '胳膊', target: '手臂' },
    { term: '胳膊', target: '四肢' },
    { term: '腿', target: '四肢' },
  ]);
  const p = async (q: string) => (await planQuery(q, { vocab, synonyms, df: held })).slots.map((s) => s.alts.map((a) => a.term));
  // 染头发 is read 染发 before the cut since decision 0116 (DYE_SPLIT); key and word still make one meaning.
  assert.deepEqual(await p('白斑染头发'), [['白斑'], ['染发', '染发剂']]);
  assert.deepEqual(await p('胳膊腿白斑'), [['胳膊', '手臂', '四肢', '腿'], ['白斑']]);
  // A word typed in one and lent to the other is no shared target: two meanings (白斑 and 白点 → 白斑).
  const two = await planQuery('白斑白点', { vocab, synonyms: buildSynonyms([{ term: '白点', target: '白斑' }]), df: held });
  assert.equal(two.slots.length, 2);
});

// Batch 11 (helper srch11): pinyin inside characters, words cut short at the end, Hong Kong's written
// Cantonese, the clinic as the one asked, the quality a comparison asks about.

test('pinyin typed inside Chinese characters is read with the characters beside it as one word (白dian风, bai癜风)', async () => {
  const none = () => true;
  assert.deepEqual(pinyinInside('白dian风', vocab, none).words, ['白癜风']);
  assert.deepEqual(pinyinInside('bai癜风会传染吗', vocab, none).words, ['白癜风']);
  assert.deepEqual(pinyinInside('伍德deng检查', vocab, none).words, ['伍德灯']);
  assert.match(pinyinInside('伍德deng检查', vocab, none).text, /^ 伍德灯 检查$/);
  // Letters the index or the synonyms know are what the patient typed (spf选多少), and letters with
  // no character beside them are left to the Latin readers.
  assert.deepEqual(pinyinInside('spf选多少', vocab, (t) => t !== 'spf').words, []);
  assert.deepEqual(pinyinInside('bai dian feng', vocab, none).words, []);
  // A fuzzy keyboard's slip (fen for feng) when there is no exact reading, counted as a loose correction.
  assert.deepEqual(pinyinInside('白癜fen', vocab, none), { text: ' 白癜风 ', words: [], fuzzy: ['白癜风'] });
  assert.deepEqual((await plan('白癜fen')).slots[0]!.alts[0], { term: '白癜风', pct: PCT.loose });
  const p = await plan('白dian风');
  assert.equal(p.corrected, '白癜风');
  assert.deepEqual(p.slots.map((s) => s.alts[0]), [{ term: '白癜风', pct: PCT.pinyin }]);
});

test('the last characters of a query, cut short mid-word, stand for the vocabulary word they begin (白癜 is 白癜风, not 白点)', async () => {
  const unknown = (w: string) => !indexed.has(w);
  assert.equal(cutShortAtEnd('白癜', vocab, unknown)?.word, '白癜风');
  assert.equal(cutShortAtEnd('孩子 伍德', vocab, unknown)?.word, '伍德灯');
  // Only at the end, only a word the index lacks, never an everyday word.
  assert.equal(cutShortAtEnd('白癜 传染', vocab, unknown), undefined);
  assert.equal(cutShortAtEnd('准分子', vocab, unknown), undefined, '准分子 is indexed');
  assert.equal(cutShortAtEnd('白癜', vocab, () => false), undefined);
  assert.equal((await plan('白癜')).slots[0]!.alts[0]!.term, '白癜风');
  // A synonym term cut short brings its targets, as typed whole (他克 → 他克莫司 → 钙调磷酸酶抑制剂).
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['他克莫司', 3000]]));
  const known = new Set([...indexed, '钙调磷酸酶抑制剂']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = await planQuery('他克', { vocab: words, synonyms: buildSynonyms([{ term: '他克莫司', target: '钙调磷酸酶抑制剂' }]), df: held });
  assert.ok(p.slots[0]!.alts.some((a) => a.term === '钙调磷酸酶抑制剂'), JSON.stringify(p.slots));
});

test('a vocabulary word containing a typed word of two or more characters lends its synonym targets; a single character does not', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['他克莫司', 3000], ['冬天', 3000]]));
  // 冬天 is also a target here (冬日 → 冬天): a key that is nothing else is no reading of one character at all
  // (the lay-key test below).
  const synonyms = buildSynonyms([{ term: '他克莫司', target: '钙调磷酸酶抑制剂' }, { term: '冬天', target: '冬季' }, { term: '冬日', target: '冬天' }]);
  const known = new Set([...indexed, '钙调磷酸酶抑制剂', '冬季', '天', '脸上']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  // Not at the end: the containing-word reading, not cutShortAtEnd.
  const mid = await planQuery('他克 脸上', { vocab: words, synonyms, df: held });
  assert.ok(mid.slots[0]!.alts.some((a) => a.term === '钙调磷酸酶抑制剂'), JSON.stringify(mid.slots));
  const day = await planQuery('天 化妆', { vocab: words, synonyms, df: held });
  assert.ok(day.slots[0]!.alts.some((a) => a.term === '冬天'), 'the precondition: 天 reaches 冬天');
  assert.ok(!day.slots.flatMap((s) => s.alts).some((a) => a.term === '冬季'), JSON.stringify(day.slots));
});

test('a key of several English words with its last word inflected is the key (check ups → check up)', async () => {
  const synonyms = buildSynonyms([{ term: 'check up', target: '复诊' }]);
  const known = new Set([...indexed, '复诊']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = await planQuery('check ups vitiligo', { vocab, synonyms, df: held });
  assert.ok(p.slots.some((s) => s.alts.some((a) => a.term === '复诊')), JSON.stringify(p.slots));
});

test("Hong Kong's written Cantonese reads as Mandarin function words; the clinic asked about itself is no word to search", () => {
  assert.deepEqual(queryTerms('小朋友有白斑點算好'), ['小朋友', '白斑']);
  // 點解 is 为什么; why one has it asks the cause (decision 0070).
  assert.deepEqual(queryTerms('點解會有白斑'), ['病因', '白斑']);
  assert.ok(!queryTerms('你哋有冇308').some((t) => /[哋冇]/.test(t)), queryTerms('你哋有冇308').join('|'));
  assert.deepEqual(queryTerms('你们医院有伍德灯吗'), ['伍德灯']);
  assert.deepEqual(queryTerms('門診可以驗甲狀腺嗎'), ['验', '甲状腺']);
  assert.deepEqual(queryTerms('贵院能做308吗'), ['308']);
  assert.deepEqual(queryTerms('白斑係唔係會傳染'), ['白斑', '传染']);
  assert.deepEqual(queryTerms('你們有冇308'), ['308']);
  assert.deepEqual(queryTerms('光療要照幾耐'), ['光疗', '要照', '多久']);
  assert.ok(queryTerms('皮膚鏡睇唔睇到白斑').includes('看到'), queryTerms('皮膚鏡睇唔睇到白斑').join('|'));
  // Elsewhere the words stay: going to hospital is a meaning (去医院 → 就诊), and 点 is a word.
  assert.equal(spokenAsWritten('去医院做什么检查'), '去医院做什么检查');
  assert.equal(spokenAsWritten('白点'), '白点');
});

test('the one-character quality a comparison asks about is not searched (哪个准 is not 准分子光); the plan says it compares', async () => {
  assert.deepEqual(queryTerms('伍德灯和皮肤镜哪个准'), ['伍德灯', '皮肤镜']);
  assert.ok(!queryTerms('窄谱和308哪种更快一点').some((t) => t.includes('快')), queryTerms('窄谱和308哪种更快一点').join('|'));
  assert.ok(queryTerms('哪个准确').includes('准确'));
  assert.ok(queryTerms('哪个医生好').includes('医生'));
  assert.ok(asksWhichOfTwo('准分子和窄谱哪个好'));
  assert.ok(!asksWhichOfTwo('哪个医生好'));
  assert.equal((await plan('伍德灯和皮肤镜哪个准')).compared, true);
  assert.equal((await plan('伍德灯和皮肤镜')).compared, undefined);
});

test('a single character read as its verb with 上 is no longer read as the nouns containing it (带 of 要带啥 is not 腰带)', async () => {
  const known = new Set([...indexed, '复诊', '带上', '腰带', '皮带']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['腰带', 3000], ['皮带', 3000]]));
  const p = await planQuery('复诊带啥', { vocab: words, synonyms: buildSynonyms([]), df: held });
  const bring = p.slots.find((s) => s.alts[0]!.term === '带');
  assert.deepEqual(bring?.alts.map((a) => a.term), ['带', '带上']);
});

test('a clinic word cut short and glued by the cut to what follows (他克能 of 他克能用在脸上吗) is read as that start', async () => {
  assert.ok(queryTerms('他克能用在脸上吗').includes('他克能'), 'the precondition: jieba glues 他克 to 能');
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['他克莫司', 3000]]));
  const synonyms = buildSynonyms([{ term: '他克莫司', target: '钙调磷酸酶抑制剂' }, { term: '脸上', target: '面部' }]);
  const known = new Set([...indexed, '钙调磷酸酶抑制剂', '面部']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const p = await planQuery('他克能用在脸上吗', { vocab: words, synonyms, df: held });
  assert.deepEqual(p.slots[0]!.alts.map((a) => a.term), ['他克', '他克莫司', '钙调磷酸酶抑制剂']);
});

// The clinic's treatments under OTHER_WAYS, as the demo seed lists them, and the lay words leading to them.
const treatmentRows = [...['外用药物', '光疗', '准分子光', '手术', '微针', '糖皮质激素'].map((target) => ({ term: OTHER_WAYS, target })), { term: '照光', target: '光疗' }, { term: '扎针', target: '微针' }];

test('a treatment turned down (不想做手术, 除了照光, 不用激素, 不打针) is read as asking for the clinic\'s other treatments', () => {
  const syn = buildSynonyms(treatmentRows);
  const surgery = turnedDown('不想做手术还有什么办法', syn)!;
  assert.ok(surgery.excluded.includes('手术'), surgery.excluded.join(' '));
  assert.deepEqual(surgery.wanted, ['外用药物', '光疗', '准分子光', '微针', '糖皮质激素']);
  // What asks for another way (还有什么办法) leaves with it: the other treatments are the question.
  assert.deepEqual(queryTerms(surgery.text).filter((t) => !surgery.wanted.includes(t)), []);
  // A lay word is turned down with what it leads to: 照光 takes 光疗 out of what is wanted.
  const light = turnedDown('除了照光还有别的治疗吗', syn)!;
  assert.deepEqual(light.excluded, ['照光', '光疗']);
  assert.ok(!light.wanted.includes('光疗'));
  // A part of a treatment (激素 of 糖皮质激素, 针 of 微针) is one; the verb may be glued to it (打针).
  assert.ok(!turnedDown('不用激素的方法', syn)!.wanted.includes('糖皮质激素'));
  assert.ok(turnedDown('不打针能治好吗', syn)!.excluded.includes('针'));
});

test('only a treatment is turned down: 不想出门 and 不吃海鲜 stay as typed, and a site without the OTHER_WAYS rows reads none', async () => {
  const syn = buildSynonyms(treatmentRows);
  assert.equal(turnedDown('不想出门', syn), undefined);
  assert.equal(turnedDown('白癜风不吃海鲜可以吗', syn), undefined);
  assert.equal(turnedDown('白斑不痒不痛', syn), undefined);
  assert.equal(turnedDown('不想做手术', buildSynonyms([{ term: '照光', target: '光疗' }])), undefined);
  // In the plan: the treatment is searched for nowhere, and the plan says what was turned down.
  const p = await plan('不想做手术', syn);
  assert.ok(p.excluded?.includes('手术'));
  assert.ok(!p.slots.some((s) => s.alts.some((a) => a.term === '手术')), JSON.stringify(p.slots));
  assert.ok(p.slots.some((s) => s.alts.some((a) => a.term === '光疗')));
  assert.equal((await plan('不想做手术', syn, true)).excluded, undefined);
});

test('太 of "too" is a query stopword: glued to its adjective (太烫) it is read as the adjective', async () => {
  assert.ok(QUERY_STOPWORDS.has('太'));
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, ['白斑', '洗澡', '烫'].includes(t) ? 2 : 0]));
  const p = await planQuery('白斑洗澡水太烫', { vocab, synonyms: buildSynonyms([]), df: held });
  const typed = p.slots.map((s) => s.alts[0]!.term);
  assert.ok(typed.includes('烫') && !typed.some((t) => t.includes('太')), typed.join(' '));
});

// Batch 13 (helper srch13).

test('那天 of an event (照光那天, 去做皮肤镜那天) is no word to search: it was read as 天, which stood for 冬天', async () => {
  assert.deepEqual(queryTerms('照光那天能化妆吗'), ['照光', '化妆']);
  const p = await plan('去做皮肤镜那天能擦防晒吗');
  assert.ok(!p.slots.some((s) => s.alts.some((a) => a.term.includes('天'))), JSON.stringify(p.slots));
});

test('"more than" after a span of time (半年多, 一年多了, 三个多月) is left out; 多 beginning a word (多少, 多次, 多久) stays', () => {
  assert.deepEqual(queryTerms('白斑半年多没变化'), ['白斑', '半年', '变化']);
  assert.ok(!queryTerms('一年多了').includes('多'));
  assert.ok(!queryTerms('三个多月').some((t) => t.includes('多')), queryTerms('三个多月').join('|'));
  assert.ok(queryTerms('一个月多少钱').includes('多少'));
  assert.ok(queryTerms('一天多次').includes('多次'));
});

test('多长时间 is the 多久 the synonyms know, and a split key may have up to three words between its two (多久回医院看一次)', async () => {
  assert.ok(queryTerms('多长时间复查一次').includes('多久'));
  const known = new Set([...indexed, '多久', '一次', '医院', '看', '回', '间隔']);
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, known.has(t) ? 3 : 0]));
  const synonyms = buildSynonyms([{ term: '多久一次', target: '间隔' }]);
  const p = await planQuery('多长时间要回医院看一次', { vocab, synonyms, df: held });
  assert.deepEqual(p.slots[0]!.alts.map((a) => a.term), ['多久', '间隔']);
  assert.ok(!p.slots.some((s) => s.alts[0]!.term === '一次'), JSON.stringify(p.slots));
  // Four words between are too far: no longer one phrase.
  const far = await planQuery('多久回去医院看病复诊一次', { vocab, synonyms, df: held });
  assert.ok(!far.slots.some((s) => s.alts.some((a) => a.term === '间隔')), JSON.stringify(far.slots));
});

test('negations and the light verb left alone (不, 没, 不能, 做) are query stopwords; a treatment after 不 is still turned down', () => {
  for (const w of ['不', '没', '不能', '做']) assert.ok(QUERY_STOPWORDS.has(w), w);
  assert.deepEqual(queryTerms('白斑不扩散了'), ['白斑', '扩散']);
  assert.ok(turnedDown('不打针能治好吗', buildSynonyms(treatmentRows))!.excluded.includes('针'));
});

test('a treatment turned down in English (i dont want surgery, without steroids) asks for the clinic\'s other treatments', () => {
  const syn = buildSynonyms([...treatmentRows, { term: 'surgery', target: '手术' }, { term: 'steroid', target: '糖皮质激素' }, { term: 'light therapy', target: '光疗' }, { term: 'avoid', target: '忌口' }, { term: 'food', target: '饮食' }]);
  const surgery = turnedDown("i don't want surgery what else", syn)!;
  assert.ok(surgery.excluded.includes('手术'), JSON.stringify(surgery));
  assert.deepEqual(surgery.wanted, ['外用药物', '光疗', '准分子光', '微针', '糖皮质激素']);
  assert.deepEqual(queryTerms(surgery.text).filter((t) => !surgery.wanted.includes(t)), [], surgery.text);
  assert.ok(turnedDown('i dont want surgery', syn)!.excluded.includes('手术'));
  const cure = turnedDown('is there a cure without surgery', syn)!;
  assert.deepEqual(queryTerms(cure.text).filter((t) => !cure.wanted.includes(t)), [], cure.text);
  // A plural reaches its key; two words are tried before one.
  assert.ok(turnedDown('treatment without steroids', syn)!.excluded.includes('糖皮质激素'));
  const light = turnedDown('options other than light therapy', syn)!;
  assert.ok(light.excluded.includes('光疗') && !light.wanted.includes('光疗'), JSON.stringify(light));
  // Only a treatment is turned down: foods to avoid, no pain are asked as typed.
  assert.equal(turnedDown('foods to avoid', syn), undefined);
  assert.equal(turnedDown('avoid seafood', syn), undefined);
  assert.equal(turnedDown('no pain', syn), undefined);
  assert.equal(turnedDown('i dont want surgery', buildSynonyms([{ term: 'surgery', target: '手术' }])), undefined);
});

test('a vocabulary word glued by the cut to what is around it (吃海鲜, 游泳池) anchors the query and is read inside it', async () => {
  const words = buildVocabulary(new Map([...clinicVocabulary(), ['海鲜', 3000]]));
  const held: DfLookup = async (terms) => new Map(terms.map((t) => [t, t === '海鲜' ? 2 : 0]));
  assert.deepEqual(queryTerms('吃海鲜'), ['吃海鲜'], 'the precondition: jieba keeps 吃海鲜 whole');
  const p = await planQuery('吃海鲜', { vocab: words, synonyms: buildSynonyms([]), df: held });
  assert.deepEqual(p.slots.map((s) => s.alts[0]!.term), ['海鲜']);
  // Without the word in the vocabulary nothing names a clinic word: a miss as typed.
  const q = await planQuery('吃海鲜', { vocab, synonyms: buildSynonyms([]), df: held });
  assert.deepEqual(q.slots.map((s) => s.alts[0]!.term), ['吃海鲜']);
});

test('a two-character synonym key the cut split into words nothing knows (私|处长) is read whole; 头发|白 is not 发白', async () => {
  const synonyms = buildSynonyms([{ term: '私处', target: '外生殖器' }, { term: '发白', target: '白斑' }, { term: '头发', target: '毛发' }]);
  assert.deepEqual(cut('私处长白斑'), ['私', '处长', '白斑'], 'the precondition: jieba cuts 处长 (a director)');
  const read = await keepPairsWhole('私处长白斑', synonyms, df, vocab);
  assert.equal(queryTerms(read)[0], '私处', read);
  assert.ok(!queryTerms(read).includes('处长'), read);
  // With a document that holds 处长, the cut stands.
  const withDirector: DfLookup = async (terms) => new Map(terms.map((t) => [t, t === '处长' ? 1 : 0]));
  assert.equal(await keepPairsWhole('私处长白斑', synonyms, withDirector, vocab), '私处长白斑');
  assert.equal(await keepPairsWhole('头发白了', synonyms, df, vocab), '头发白了');
});


test('a homophone window that begins inside one typed word and ends inside the next is no slip (医保|报销 is not 医|宝宝)', async () => {
  const vocab = buildVocabulary(new Map([...clinicVocabulary(), ['宝宝', 3000] as [string, number], ['光疗', 3000] as [string, number]]));
  const df = heldOf({ 光疗: 5, 宝宝: 8, 比例: 2 });
  for (const q of ['医保报销', '光疗能走医保报销吗 报销比例多少']) {
    const p = await planQuery(q, { vocab, synonyms: buildSynonyms([]), df });
    assert.ok(!planTerms(p).includes('宝宝'), `${q}: ${JSON.stringify(p.slots)}`);
    assert.equal(p.corrected, undefined, q);
  }
  // A slip typed as its own word is still read: 宝保 alone sounds like 宝宝 and is no word.
  const slip = await planQuery('宝保湿疹', { vocab, synonyms: buildSynonyms([]), df });
  assert.ok(planTerms(slip).includes('宝宝'), JSON.stringify(slip.slots));
});
