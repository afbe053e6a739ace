import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectUrgent, normaliseForMatch } from '../../src/questions/urgent.js';

// Urgent words: every emergency sign is found however it is spaced or typed (full-width letters,
// digits and the ideographic space included), and a sign plainly denied in the same clause is not.
// A past mention still shows the notice: a missed emergency is worse than a needless notice.

const urgent = (text: string) => detectUrgent(text).urgent;

describe('urgent words', () => {
  test('each kind of emergency sign is found', () => {
    for (const text of [
      '我妈妈突然呼吸困难，怎么办',
      '晚上躺下就喘不上气',
      '打完针后胸痛得厉害',
      '胸口疼了一个小时',
      '拔牙后大出血止不住',
      '伤口流血不止',
      '吃了药以后喉咙肿，说话困难',
      '以前有过过敏性休克，这次又起风团',
      '孩子刚才抽搐了一次',
      '老人突然晕倒了',
      'My father has chest pain since this morning',
      'sudden difficulty breathing after the injection',
    ]) {
      assert.equal(urgent(text), true, text);
    }
  });

  test('spaces, the ideographic space, zero-width characters and full-width forms do not hide a sign', () => {
    for (const text of ['胸 痛两天', '胸　痛两天', '呼 吸 困 难', '呼\u200b吸困难', '大 出 血', '喉　咙　肿', 'ＣＨＥＳＴ ＰＡＩＮ', 'Ｃｈｅｓｔ　ｐａｉｎ', 'chest\tpain', "can't breathe", 'CAN’T BREATHE']) {
      assert.equal(urgent(text), true, JSON.stringify(text));
    }
    assert.equal(normaliseForMatch('ＡＢＣ　１２３'), 'abc123', 'full-width latin and digits become ASCII, the ideographic space goes');
  });

  test('a sign denied in the same clause is not an alarm; another sign in the question still is', () => {
    for (const text of ['没有胸痛，只是白斑在扩大', '无明显胸闷，想问问白癜风能不能治好', '否认胸痛，手背长了白斑', 'no chest pain, just a white patch on my hand']) {
      assert.equal(urgent(text), false, text);
    }
    assert.equal(urgent('没有胸痛，但是这两天呼吸困难'), true, 'the denial covers only the sign it precedes');
    assert.equal(urgent('没有胸痛。今天又胸痛了'), true, 'a later, undenied mention counts');
    assert.equal(urgent('吃药没多久就胸痛'), true, '"没" further back is not a denial of the sign');
  });

  test('a past mention still shows the notice (decided: a missed emergency is worse than a needless notice)', () => {
    assert.equal(urgent('以前胸痛过，现在好了，想问白斑的事'), true);
  });

  test('ordinary questions raise no alarm', () => {
    for (const text of [
      '手背上的白斑一年了，光疗需要做多久？',
      '白癜风会遗传给孩子吗',
      '涂药膏后皮肤有点发红发痒，正常吗？',
      '微针治疗后脸上脱皮怎么护理',
      'Is vitiligo contagious?',
      '',
    ]) {
      assert.equal(urgent(text), false, text);
    }
  });

  test('the signs found are reported for staff', () => {
    assert.deepEqual(detectUrgent('胸痛，还有点呼吸困难').terms.sort(), ['呼吸困难', '胸痛'].sort());
  });
});
