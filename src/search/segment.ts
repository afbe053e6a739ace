import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { SRC } from '../paths.js';

// One segmenter for the process: loading the dictionary takes ~100 ms and ~45 MB. The dictionary
// file is read here and then let go: the package's dict.js would also keep it, and the 6 MB IDF
// table we never use, in memory for the life of the process.
let jieba: Jieba | undefined;

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(fs.readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')));
    jieba.loadDict(fs.readFileSync(path.join(SRC, 'search', 'clinic-dict.txt')));
  }
  return jieba;
}

const WORD = /^[\p{L}\p{N}_]+$/u;

// Function words that carry no meaning in a query; documents keep them (they cost little).
const QUERY_STOPWORDS = new Set(
  '的 了 吗 呢 吧 啊 呀 么 是 和 与 及 或 在 有 会 能 要 就 都 也 还 又 被 把 让 给 对 从 向 为 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 哪 哪些 什么 怎么 怎样 如何 为什么 吗 请问 一下'.split(
    ' ',
  ),
);

/** Full-width letters and digits become ASCII, letters lower-case: the same text on both sides of a match. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words of a document for the index; search mode also emits the parts of long words (黑色素细胞 → 黑色素, 细胞). */
export function indexTokens(text: string): string {
  return segmenter()
    .cutForSearch(normalize(text), true)
    .filter((w) => WORD.test(w))
    .join(' ');
}

/** Distinct meaningful words of a query, in order. */
export function queryTerms(query: string): string[] {
  const words = segmenter()
    .cut(normalize(query), true)
    .filter((w) => WORD.test(w));
  const meaningful = words.filter((w) => !QUERY_STOPWORDS.has(w));
  return [...new Set(meaningful.length ? meaningful : words)];
}

export function cut(text: string): string[] {
  return segmenter().cut(text, true);
}
