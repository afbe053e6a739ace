import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

// The documentation names files (ARCHITECTURE.md, SECURITY.md's control-to-code table,
// OPERATIONS.md, decisions, each feature's CONTEXT.md): a file moved or renamed without its
// documents is caught here rather than by a reader following a dead path.

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : markdownFiles(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

// Globs (src/db/migrations/NNNN_*.ts) and placeholders (<name>) are patterns, not paths.
const PATH = /(?<![\w/.-])((?:src|test|scripts|bench|deploy|docs)\/[\w./*<>{}-]*[\w*>}])/g;

test('every repository path the documentation names exists', () => {
  const docs = ['README.md', ...markdownFiles('docs'), ...markdownFiles('src').filter((f) => f.endsWith('CONTEXT.md'))];
  assert.ok(docs.length > 5, 'the documents were found');
  const missing: string[] = [];
  let named = 0;
  for (const doc of docs) {
    for (const m of fs.readFileSync(doc, 'utf8').matchAll(PATH)) {
      const p = m[1]!;
      if (/[*<>{}]/.test(p)) continue;
      named++;
      if (!fs.existsSync(p)) missing.push(`${doc}: ${p}`);
    }
  }
  assert.ok(named > 50, `paths were found in the documents (${named})`);
  assert.deepEqual(missing, []);
});
