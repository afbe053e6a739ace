import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { parseRobots } from '../../src/import/crawler.js';
import { decodeBytes, isUtf8 } from '../../src/import/encoding.js';
import { extractPage, toDraft } from '../../src/import/extract.js';
import { dedeUrl, parseSqlDump } from '../../src/import/sources.js';
import { normalizePath, parseCsv } from '../../src/redirects/redirects.service.js';

test('encodings: header, then meta, then the bytes; a false UTF-8 claim is overruled; GBK-only characters survive', () => {
  const text = '<p>湿疹与皮炎：镕、堃、喆</p>';
  const gbk = iconv.encode(`<html><head><meta charset="gb2312"></head><body>${text}</body></html>`, 'gbk');
  assert.deepEqual([decodeBytes(gbk).encoding, decodeBytes(gbk).by], ['gb18030', 'meta']);
  assert.ok(decodeBytes(gbk).text.includes(text));
  assert.equal(decodeBytes(gbk, 'text/html; charset=GBK').by, 'header');
  const bare = iconv.encode(`<p>${text}</p>`, 'gbk');
  assert.deepEqual([decodeBytes(bare).encoding, decodeBytes(bare).by], ['gb18030', 'content']);
  assert.equal(decodeBytes(bare, 'text/html; charset=utf-8').encoding, 'gb18030', 'declared UTF-8 but not valid UTF-8');
  assert.equal(decodeBytes(Buffer.from(text)).encoding, 'utf-8');
  assert.equal(isUtf8(Buffer.from([0xe6, 0xb9])), false, 'a truncated sequence is not UTF-8');
});

test('robots.txt: the * group, longest match wins, Allow beats Disallow of the same length, wildcards and $', () => {
  const r = parseRobots('User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/ok.html\nDisallow: /*.php$\nSitemap: http://x/s.xml\n');
  assert.equal(r.allows('/html/a.html'), true);
  assert.equal(r.allows('/private/notes.html'), false);
  assert.equal(r.allows('/private/ok.html'), true);
  assert.equal(r.allows('/plus/count.php'), false);
  assert.equal(r.allows('/plus/count.php?x=1'), true);
  assert.deepEqual(r.sitemaps, ['http://x/s.xml']);
  assert.equal(parseRobots('').allows('/anything'), true);
});

test('DedeCMS: the default URL rule in China time; INSERT tuples with escapes', () => {
  // 2016-01-09 16:30 UTC is already the 10th in China.
  assert.equal(dedeUrl('{cmspath}/html/zhiliao', Date.UTC(2016, 0, 9, 16, 30) / 1000, 200), '/html/zhiliao/2016/0110/200.html');
  assert.equal(dedeUrl('/a/news/', 0, 7, 'custom'), '/a/news/1970/0101/custom.html');
  const t = parseSqlDump("CREATE TABLE `t` (\n `id` int,\n `body` text\n) ENGINE=MyISAM;\nINSERT INTO `t` VALUES (1,'it\\'s a \\\"test\\\"\\n'),(2,NULL),(3,'a,b)c');");
  assert.deepEqual(t.get('t'), [{ id: 1, body: 'it\'s a "test"\n' }, { id: 2, body: null }, { id: 3, body: 'a,b)c' }]);
});

test('typed blocks: info table, Q/A run, 温馨提示 with numbered lines, 禁忌 list; the rest is Markdown', () => {
  const d = toDraft(
    '<p>正文第一段。</p><p><strong>一览</strong></p><table><tr><th>项目</th><th>说明</th></tr><tr><td>甲</td><td>乙</td></tr></table>' +
      '<p>问：会传染吗？</p><p>答：不会。</p><p><strong>温馨提示：</strong></p><p>1、多喝水。</p><p>2、早睡。</p><h3>禁忌人群</h3><ul><li>孕妇</li></ul><p>结尾。</p>',
    'http://old.example/a.html',
    '标题',
  );
  assert.deepEqual(d.blocks.map((b) => b.type), ['keyFacts', 'faq', 'tips', 'contraindications']);
  assert.equal(d.blocks[0]!.title, '一览');
  assert.equal(d.bodyMd, '正文第一段。\n\n{{block:keyfacts-1}}\n\n{{block:faq-1}}\n\n{{block:tips-1}}\n\n{{block:contraindications-1}}\n\n结尾。');
});

test('extractor: chrome removed, date and source read; pages of short lines fall back to the template rule', () => {
  const lines = ['少烫洗。', '勤保湿。', '别抓挠。', '去就医。', '遵医嘱。', '多喝水。', '穿棉衣。', '剪指甲。', '少熬夜。', '按时复诊。'];
  const html = `<html><head><title>短句_医院</title></head><body><div class="tel">咨询热线：0571-1234</div>
<h1>短句</h1><div class="info">来源：本院 日期：2015-3-9</div><div class="content">${lines.map((l) => `<p>${l}</p>`).join('')}</div>
<div class="intro"><p>本院是一家虚构的医院，设有多个科室，配备多种设备，坚持规范诊疗，欢迎前来就诊，这段文字很长，用于吸引抽取器，它有很多逗号，也有很多字。</p></div></body></html>`;
  const e = extractPage(html, 'http://old.example/a.html');
  assert.equal(e.extractor, 'template');
  assert.deepEqual([e.title, e.date, e.source, e.isArticle], ['短句', '2015-03-09', '本院', true]);
  for (const l of lines) assert.ok(e.contentHtml.includes(l));
  assert.ok(!e.contentHtml.includes('咨询热线'));
});

test('redirect paths and CSV: only paths on this site; quoted cells; linear parse', () => {
  assert.equal(normalizePath('/html/a b.html?x=1#f'), '/html/a%20b.html?x=1');
  for (const bad of ['http://evil/', '//evil/x', 'x', '/a\\b', `/${'a'.repeat(600)}`]) assert.equal(normalizePath(bad), null, bad);
  assert.deepEqual(parseCsv('old_path,target\r\n"/a,b","/c ""d"""\n\n/e,/f'), [['old_path', 'target'], ['/a,b', '/c "d"'], ['/e', '/f']]);
  const big = '/x,/y\n'.repeat(5000);
  assert.equal(parseCsv(big).length, 5000);
});
