import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonForScript } from '../../src/web/layout.js';
import { truncate } from '../../src/web/text.js';
import { highlight, snippet } from '../../src/search/search.service.js';
import { fragmentsOf } from '../helpers/marked.js';
import { PageCache } from '../../src/web/page-cache.js';

test('short text is left alone', () => {
  assert.equal(truncate('皮肤科医生', 10), '皮肤科医生');
});

test('long Chinese text is cut between words, within the limit, with an ellipsis', () => {
  const bio = '长期从事白癜风、银屑病等色素性和炎症性皮肤病的诊疗工作，擅长光疗方案的制定与随访管理。';
  const out = truncate(bio, 20);
  assert.ok([...out].length <= 20, out);
  assert.ok(out.endsWith('…'));
  // "白癜风" and "色素性" are words: the cut never leaves half of one.
  const kept = out.slice(0, -1);
  assert.ok(bio.startsWith(kept));
  assert.ok(!/白癜$|白$|色素$/.test(kept), out);
});

test('English is cut at a space, and emoji are never split', () => {
  assert.equal(truncate('Vitiligo is a common skin condition that causes patches', 22), 'Vitiligo is a common…');
  const out = truncate('😀😀😀😀😀😀😀😀😀😀', 5);
  assert.ok(!/[\uD800-\uDBFF]…$/.test(out));
  assert.equal(out, '😀😀😀😀…');
});

test('JSON-LD cannot close its script element', () => {
  const s = jsonForScript({ name: '</script><script>alert(1)</script>', x: '<!--' });
  assert.doesNotMatch(s, /<\/script/i);
  assert.doesNotMatch(s, /<!--/);
  assert.deepEqual(JSON.parse(s), { name: '</script><script>alert(1)</script>', x: '<!--' });
});

test('highlight marks every occurrence of each term, longest first', () => {
  assert.deepEqual(fragmentsOf(highlight('白癜风与白斑', ['白癜风', '白'])), [
    { text: '白癜风', mark: true },
    { text: '与', mark: false },
    { text: '白', mark: true },
    { text: '斑', mark: false },
  ]);
});

test('a snippet is centred on the first match and never splits a surrogate pair', () => {
  const body = `${'前'.repeat(100)}微针${'后'.repeat(100)}`;
  const parts = fragmentsOf(snippet(body, ['微针'], 30));
  const text = parts.map((p) => p.text).join('');
  assert.ok(text.startsWith('…') && text.endsWith('…'));
  assert.ok(parts.some((p) => p.mark && p.text === '微针'));
  const emoji = fragmentsOf(snippet('😀'.repeat(50), ['x'], 9)).map((p) => p.text).join('');
  assert.doesNotMatch(emoji, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
});

test('the page cache drops entries when the content version moves or they expire, and stays bounded', () => {
  const c = new PageCache(2, 1000);
  c.set('a', { body: Buffer.from('A'), status: 200 }, 1, 0);
  assert.equal(c.get('a', 1, 10)?.body.toString(), 'A');
  assert.equal(c.get('a', 2, 10), undefined, 'new content version');
  c.set('a', { body: Buffer.from('A'), status: 200 }, 2, 0);
  assert.equal(c.get('a', 2, 1000), undefined, 'expired');
  c.set('x', { body: Buffer.from('X'), status: 200 }, 2, 0);
  c.set('y', { body: Buffer.from('Y'), status: 200 }, 2, 0);
  c.set('z', { body: Buffer.from('Z'), status: 200 }, 2, 0);
  assert.equal(c.size, 2);
  assert.equal(c.get('x', 2, 1), undefined, 'oldest evicted');
});

test('the page cache is bounded by bytes too, compressed copies included', () => {
  const c = new PageCache(100, 1000, 10);
  const page = (s: string) => ({ body: Buffer.from(s), status: 200 });
  c.set('a', page('aaaa'), 1, 0);
  c.set('b', page('bbbb'), 1, 0);
  assert.equal(c.bytes, 8);
  const a = c.get('a', 1, 1)!;
  a.gzip = Buffer.from('zzz');
  c.grew('a');
  assert.equal(c.get('a', 1, 1), undefined, 'over 10 bytes: the oldest entry went');
  assert.equal(c.bytes, 4);
  c.set('c', page('cccccc'), 1, 0);
  assert.equal(c.bytes, 10);
  assert.equal(c.get('b', 1, 1)?.body.toString(), 'bbbb');
  c.set('b', page('bb'), 1, 0);
  assert.equal(c.bytes, 8, 'replacing an entry counts its new size only');
});

test('a page that missed is rendered once for all the requests waiting for it, and cached', async () => {
  const c = new PageCache(10, 1000);
  let renders = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const render = async () => {
    renders++;
    await gate;
    return { body: Buffer.from(`page ${renders}`), status: 200, articleId: 7 };
  };
  const waiting = Array.from({ length: 20 }, () => c.fill('zh-CN:/articles/a', 3, 0, render));
  const otherVersion = c.fill('zh-CN:/articles/a', 4, 0, render);
  release();
  const pages = await Promise.all(waiting);
  assert.equal(renders, 2, 'one render per version, not one per request');
  assert.ok(pages.every((p) => p === pages[0]));
  assert.equal((await otherVersion)?.body.toString(), 'page 2');
  assert.equal(c.get('zh-CN:/articles/a', 4, 1)?.body.toString(), 'page 2');
  await c.fill('zh-CN:/articles/a', 4, 1, render);
  assert.equal(renders, 3, 'once settled, the next miss renders again');
});

test('a failed or empty render is shared by its waiters but neither cached nor kept', async () => {
  const c = new PageCache(10, 1000);
  let calls = 0;
  const failing = async () => {
    calls++;
    throw new Error('database gone');
  };
  const results = await Promise.allSettled([c.fill('k', 1, 0, failing), c.fill('k', 1, 0, failing)]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  assert.equal(calls, 1);
  assert.equal(await c.fill('k', 1, 0, async () => null), null);
  assert.equal(c.size, 0);
  assert.equal((await c.fill('k', 1, 0, async () => ({ body: Buffer.from('ok'), status: 200 })))?.body.toString(), 'ok', 'the next request renders anew');
});

test('marked text: overlapping and touching terms are one run, and the runs spell the text', () => {
  const m = highlight('白癜风白斑和晕痣', ['白癜', '癜风', '白斑', '痣']);
  assert.deepEqual(m.marks, [0, 5, 7, 8]);
  assert.deepEqual(fragmentsOf(m), [
    { text: '白癜风白斑', mark: true },
    { text: '和晕', mark: false },
    { text: '痣', mark: true },
  ]);
  assert.deepEqual(fragmentsOf(highlight('没有匹配', ['白斑'])), [{ text: '没有匹配', mark: false }]);
  assert.deepEqual(fragmentsOf(highlight('白斑', [])), [{ text: '白斑', mark: false }]);
});
