import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery } from '../../src/search/query.js';
import { heldOf, planTerms, demoLexicon } from '../helpers/search.js';

// English words whose clinic sense is one of several (decision 0132): read as their key only when nothing around says the other sense.

const { synonyms, vocab } = demoLexicon;
const df = heldOf({ 门诊时间: 3, 门诊: 20, 时间: 30, 挂号: 4, 电梯: 1, 光疗: 12, 白斑: 52, 白癜风: 50, 就诊: 9, 轮椅: 1, 周六: 5, 颜色: 6, 日晒: 8, 幼年: 3, 外伤: 6, 划伤: 2 });
const terms = async (q: string) => planTerms(await planQuery(q, { vocab, synonyms, df }));
/** Each query is planned without its key (the other sense). */
async function notRead(cases: readonly (readonly [string, string])[]) {
  for (const [q, key] of cases) {
    const t = await terms(q);
    assert.ok(!t.includes(key), `${q} → ${t.join(' ')}`);
  }
}
/** Each query is planned with its key, or a word the key contains or is part of (the clinic sense). */
async function read(cases: readonly (readonly [string, string])[]) {
  for (const [q, key] of cases) {
    const t = await terms(q);
    assert.ok(t.some((x) => x.includes(key) || key.includes(x)), `${q} → ${t.join(' ')}`);
  }
}

test('nearness, a book read, lifting and a light colour are not the clinic words', async () => {
  await notRead([
    ['white patch close to my eye', '门诊'],
    ['the spots are very close together', '门诊'],
    ['good book about vitiligo', '挂号'],
    ['is there a book on living with vitiligo', '挂号'],
    ['can i lift weights with vitiligo', '电梯'],
    ['lifting heavy things at work with vitiligo', '电梯'],
    ['light brown spots after sun', '光疗'],
    ['light colored patches on my arm', '光疗'],
    ['my skin is a bit light there', '光疗'],
  ]);
});

test('born in a place and cutting down on food are not a birthmark or a wound', async () => {
  await notRead([
    ['i was born in 1990 and got white spots last year', '幼年'],
    ['firstborn son has white patch on knee', '幼年'],
    ['should i cut down on sugar with vitiligo', '外伤'],
    ['cut out dairy for vitiligo', '外伤'],
    ['white spot after a haircut on my neck', '外伤'],
  ]);
  await read([
    ['born with a white mark', '幼年'],
    ['white spot on an old cut', '外伤'],
    ['shaving cuts turned white', '外伤'],
  ]);
});

test('the clinic senses are still read', async () => {
  await read([
    ['what time do you close on saturday', '门诊时间'],
    ['how to book an appointment', '挂号'],
    ['book excimer 308 treatment', '挂号'],
    ['is there a lift for wheelchair', '电梯'],
    ['light therapy how often', '光疗'],
    ['light', '光疗'],
  ]);
});

test('a typed word that names a member of every object (constructor) is planned as a word', async () => {
  // The table of other senses was an object literal: constructor found Object.prototype's and the search threw.
  assert.deepEqual(await terms('constructor'), ['constructor']);
});
