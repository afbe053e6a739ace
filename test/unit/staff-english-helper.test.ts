import assert from 'node:assert/strict';
import { test } from 'node:test';
import { untranslated } from '../helpers/staff-english.js';

// The checker the staff-English tests rely on: it must catch interface text left in Chinese and
// let marked data through, or those tests would pass on an untranslated page.
test('Chinese interface text on an English page is reported; marked Chinese data is not', () => {
  const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`;
  assert.deepEqual(untranslated(page('<h1>Articles</h1><td lang="zh-CN">白癜风的光疗</td>')), []);
  assert.deepEqual(untranslated(page('<h1>文章</h1>')), ['文章']);
  assert.deepEqual(untranslated(page('<nav aria-label="后台导航"><a href="/">Home</a></nav>')), ['nav[aria-label="后台导航"]']);
  assert.deepEqual(untranslated(page('<select><option>草稿</option><option lang="zh-CN">皮肤科</option></select>')), ['option "草稿"']);
  assert.deepEqual(untranslated(page('<input type="submit" value="保存"><input name="t" value="标题">')), ['input[value="保存"]']);
  assert.deepEqual(untranslated(page('<p>Hello</p>', 'zh-CN')), ['<html lang="zh-CN">']);
  assert.deepEqual(untranslated(page('<p lang="zh-CN">作者：<span lang="en">Author</span> 张</p>')), []);
  assert.deepEqual(untranslated(page('<div lang="zh-CN"><p lang="en">Status: 草稿</p></div>')), ['Status: 草稿']);
});
