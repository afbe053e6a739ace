import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typedTerms } from '../helpers/search.js';

// Three general causes earlier batches left alone (decision 0094, helper srch55): the person after 遗传给 / 传给, outdoor
// work in the sun, and a weekday asked about the doctors' hours; each rule test fails with its rule taken out.

test('遗传给 / 传给 and a person are the heredity or contagion asked, not the person (PASSED_TO, decision 0094)', () => {
  assert.deepEqual(typedTerms('白癜风会传给老公吗'), ['白癜风', '传染']);
  assert.deepEqual(typedTerms('会不会传给家里小孩'), ['传染']);
  assert.deepEqual(typedTerms('会不会传给我和孩子'), ['传染']);
  assert.deepEqual(typedTerms('白癜风会遗传给女儿吗'), ['白癜风', '遗传']);
  assert.deepEqual(typedTerms('我有白斑会遗传给下一代吗'), ['白斑', '遗传']);
  // 传给 the next generation is heredity, not contagion.
  assert.deepEqual(typedTerms('结婚生孩子会传给下一代吗'), ['结婚', '生', '孩子', '遗传']);
  // Left alone: 传染给 (measured: two earlier queries lost the contagion article), and 传 without 给 and a person.
  assert.deepEqual(typedTerms('会不会传染给家里人'), ['传染给', '家里人']);
  assert.deepEqual(typedTerms('白斑会不会传到别的地方'), ['白斑', '传到', '别的']);
});

test('work done outdoors and the outdoor jobs are the sun article\'s 户外活动 (OUTDOOR_WORK, decision 0094)', () => {
  assert.deepEqual(typedTerms('户外工作对白癜风有影响吗'), ['户外活动', '白癜风', '影响']);
  assert.deepEqual(typedTerms('外卖骑手白癜风'), ['户外活动', '白癜风']);
  assert.deepEqual(typedTerms('外卖员得了白癜风要注意什么'), ['户外活动', '得', '白癜风', '注意']);
  assert.deepEqual(typedTerms('在建筑工地干活白斑会加重吗'), ['户外活动', '干活', '白斑', '加重']);
  assert.ok(typedTerms('交警天天站马路上白癜风怎么办').includes('户外活动'));
  // Must not change: food delivered (外卖 alone), a parcel, and work that is not said to be outdoors.
  assert.deepEqual(typedTerms('点外卖能吃吗'), ['点', '外卖', '吃']);
  assert.deepEqual(typedTerms('快递能寄药吗'), ['快递', '能寄药']);
  assert.deepEqual(typedTerms('在学校和工作中'), ['学校', '工作', '中']);
});

test('a weekday said as 星期 / 礼拜 (and 周天) is the 周 of the doctors\' hours; a count of weeks stays (WEEKDAY_SAID, decision 0094)', () => {
  assert.deepEqual(typedTerms('星期三有没有白癜风专家'), ['周三', '白癜风', '专家']);
  assert.deepEqual(typedTerms('礼拜天门诊'), ['周日', '门诊']);
  // 看 after 能 is being seen, left out since decision 0129 (SEEN_FOR).
  assert.deepEqual(typedTerms('周天能看吗'), ['周日']);
  // Must not change: a week counted (一星期, 一个礼拜, 两个礼拜) and a count after the day's number.
  assert.deepEqual(typedTerms('一星期二三次'), ['每周', '二三次']);
  assert.deepEqual(typedTerms('照光一个星期一次'), ['照光', '每周', '一次']);
  assert.deepEqual(typedTerms('准分子一个礼拜照1-2次'), ['准分子', '每周', '照', '次']);
  assert.deepEqual(typedTerms('两个礼拜了'), ['两个', '礼拜']);
});
