import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText, renderBody } from '../../src/web/markdown.js';

const html = (md: string) =>
  renderBody(md)
    .parts.map((p) => (p.kind === 'html' ? p.html : `[block ${p.id}]`))
    .join('');

test('raw HTML in content is shown as text, never as markup', () => {
  const out = html('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="#" onclick="x()">a</a>');
  assert.doesNotMatch(out, /<script/i);
  assert.doesNotMatch(out, /<img/i);
  assert.doesNotMatch(out, /<a href="#" onclick/i);
  assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('javascript:, vbscript: and data: links are not linked', () => {
  const out = html('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](vbscript:x) [d](data:text/html;base64,PHNjcmlwdD4=) [e](https://ok.example)');
  assert.doesNotMatch(out, /href="(javascript|vbscript|data):/i);
  assert.match(out, /<a href="https:\/\/ok\.example" rel="nofollow noopener noreferrer">e<\/a>/);
});

test('headings get ids and make the outline; a # heading becomes h2 under the page title', () => {
  const { outline, parts } = renderBody('# 一\n\n文\n\n## 二\n\n### 三\n\n#### 四');
  assert.deepEqual(outline, [
    { id: 's1', level: 2, text: '一' },
    { id: 's2', level: 2, text: '二' },
    { id: 's3', level: 3, text: '三' },
  ]);
  const out = parts.map((p) => (p.kind === 'html' ? p.html : '')).join('');
  assert.match(out, /<h2 id="s1">一<\/h2>/);
  assert.doesNotMatch(out, /<h1/);
});

test('{{block:ID}} lines split the body where blocks go; other text is untouched', () => {
  const { parts } = renderBody('前言\n\n{{block:kf}}\n\n中间 {{block:no}} 文本\n\n{{block:faq-1}}');
  assert.deepEqual(
    parts.map((p) => (p.kind === 'block' ? `B:${p.id}` : 'H')),
    ['H', 'B:kf', 'H', 'B:faq-1'],
  );
  assert.match((parts[2] as { html: string }).html, /中间 \{\{block:no\}\} 文本/);
});

test('plain text drops syntax and block markers', () => {
  assert.equal(plainText('## 标题\n\n**粗体**和`代码`\n\n{{block:kf}}\n\n- 列表'), '标题\n粗体和代码\n列表');
});
