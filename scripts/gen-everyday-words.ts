// `node --import tsx scripts/gen-everyday-words.ts`: writes src/search/everyday-words.txt, the
// general dictionary's common words (jieba's dict.txt, frequency >= 1000, 2-4 characters). The
// search reads the short list (~5,000 words) instead of parsing the 349,000-line dictionary on its
// first query (~0.5-1 s of the only thread). test/unit/search-query.test.ts regenerates and compares.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVERYDAY_FREQ = 1000;
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'search', 'everyday-words.txt');

export function everydayWordsText(): string {
  const dict = fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const words: string[] = [];
  for (const line of dict.split('\n')) {
    const [w, f] = line.split(' ');
    if (w && [...w].length >= 2 && [...w].length <= 4 && /^[\u3400-\u9fff]+$/u.test(w) && Number(f) >= EVERYDAY_FREQ) words.push(w);
  }
  return `${[...new Set(words)].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  fs.writeFileSync(OUT, everydayWordsText());
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}
