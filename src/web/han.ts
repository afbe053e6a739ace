import { FROM, PHRASES, TO } from './han-simplified.data.js';

// Traditional → simplified (docs/decisions/0036-traditional-characters.md). Patients in Hong Kong
// and Taiwan, and older patients everywhere, type traditional characters; imported sites and
// copied texts carry them. Everything that matches words (search, the compliance checker) is
// written in simplified characters, so text is folded before it is matched:
// - one character for one, from OpenCC's table, leaving out the few characters simplified text
//   uses for a meaning of its own (显著, 什么), so folding simplified text changes nothing;
// - then the phrases where the character alone is not enough (反覆 → 反复, 瞭解 → 了解) and
//   著 where it is the particle 着 (意味著, 盯著) rather than part of 显著 or 著名.
// Every character stays one UTF-16 unit, so a position in the folded text is the same position
// in the original (highlights, findings).

const TABLE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (let i = 0; i < FROM.length; i++) TABLE[FROM.charCodeAt(i)] = TO.charCodeAt(i);

/**
 * Phrases by a character they change, with its offset in the phrase: only those characters (覆,
 * 瞭, 藉, 沈…, rare in simplified text) start a look at the phrases around them.
 */
const PHRASE_AT = new Map<number, [from: string, to: string, at: number][]>();
for (const entry of PHRASES.split('|')) {
  const [from, to] = entry.split(' ') as [string, string];
  for (let j = 0; j < from.length; j++) {
    if (from[j] === to[j]) continue;
    const list = PHRASE_AT.get(from.charCodeAt(j)) ?? [];
    list.push([from, to, j]);
    PHRASE_AT.set(from.charCodeAt(j), list);
  }
}
for (const list of PHRASE_AT.values()) list.sort((a, b) => b[0].length - a[0].length);

// The same lists as flat lookups: per trigger, one map per shape (offset of the trigger, length)
// from the phrase to its index in the list and its folded form. Within one shape at most one
// phrase can match at a place, so the match of least index across shapes is the list's first
// match (`find` over up to 85 phrases for 沈, 41 for 藉 was 6 % of a search).
type Shape = { at: number; len: number; phrases: Map<string, [index: number, to: string]> };
const SHAPES_AT = new Map<number, Shape[]>();
for (const [c, list] of PHRASE_AT) {
  const shapes: Shape[] = [];
  list.forEach(([from, to, at], index) => {
    let shape = shapes.find((s) => s.at === at && s.len === from.length);
    if (!shape) shapes.push((shape = { at, len: from.length, phrases: new Map() }));
    if (!shape.phrases.has(from)) shape.phrases.set(from, [index, to]);
  });
  SHAPES_AT.set(c, shapes);
}

function phraseAt(text: string, i: number, c: number): [to: string, at: number] | undefined {
  let best: [index: number, to: string] | undefined;
  let bestAt = 0;
  for (const { at, len, phrases } of SHAPES_AT.get(c)!) {
    if (i < at || i - at + len > text.length) continue;
    const hit = phrases.get(text.slice(i - at, i - at + len));
    if (hit && (!best || hit[0] < best[0])) [best, bestAt] = [hit, at];
  }
  return best && [best[1], bestAt];
}

const ZHU = '著'.charCodeAt(0);
const ZHE = '着'.charCodeAt(0);
/** Simplified words in which 著 is 著 (zhù): elsewhere, traditional text's 著 is the particle 着. */
const ZHU_BEFORE = new Set([...'显卓昭土编论专原名巨遗译合新拙大']);
const ZHU_AFTER = new Set([...'名作称述录者书有于']);

/** Characters that may start a context rule. */
const TRIGGER = new Uint8Array(0x10000);
for (const c of PHRASE_AT.keys()) TRIGGER[c] = 1;
TRIGGER[ZHU] = 1;

/** Whether folding may change this code unit: it has a simplified form, or it may start a context rule. */
export function foldsUnit(code: number): boolean {
  return TABLE[code] !== code || TRIGGER[code] === 1;
}

let sources: Map<string, string[]> | undefined;

/**
 * The characters that fold to this one: its traditional forms and the characters context rules
 * change into it (针 ← 針 鍼, 了 ← 瞭, 着 ← 著). Text that holds none of a word's characters'
 * sources holds the word after folding only if it holds it as it is.
 */
export function foldSources(char: string): string[] {
  if (!sources) {
    const m = new Map<string, string[]>();
    const add = (to: string, from: string) => {
      const list = m.get(to) ?? [];
      if (!list.includes(from)) list.push(from);
      m.set(to, list);
    };
    for (let i = 0; i < FROM.length; i++) if (FROM[i] !== TO[i]) add(TO[i]!, FROM[i]!);
    for (const list of PHRASE_AT.values()) for (const [from, to] of list) for (let j = 0; j < from.length; j++) if (from[j] !== to[j]) add(to[j]!, from[j]!);
    add('着', '著');
    sources = m;
  }
  return sources.get(char) ?? [];
}

/** The simplified form of one UTF-16 code unit (itself when it has none), without context. */
export function simplifiedUnit(code: number): number {
  return TABLE[code]!;
}

/**
 * The context rules alone, on text whose characters are folded already (the compliance checker
 * folds its own way, code unit by code unit, and then applies these).
 */
export function simplifiedPhrases(text: string): string {
  let units: Uint16Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!TRIGGER[c]) continue;
    if (c === ZHU) {
      if (ZHU_BEFORE.has(text[i - 1] ?? '') || ZHU_AFTER.has(text[i + 1] ?? '')) continue;
      units ??= unitsOf(text);
      units[i] = ZHE;
      continue;
    }
    const hit = phraseAt(text, i, c);
    if (!hit) continue;
    units ??= unitsOf(text);
    const [to, at] = hit;
    for (let j = 0; j < to.length; j++) units[i - at + j] = to.charCodeAt(j);
  }
  return units ? UTF16.decode(units) : text;
}

function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) units[j] = text.charCodeAt(j);
  return units;
}

/** The text with traditional characters folded to simplified; the same length, the same positions. */
export function simplified(text: string): string {
  let i = 0;
  // Most text has nothing to fold: one scan, and the same string to the context rules.
  while (i < text.length && TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return simplifiedPhrases(text);
  const units = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) units[j] = TABLE[text.charCodeAt(j)]!;
  return simplifiedPhrases(UTF16.decode(units));
}

const UTF16 = new TextDecoder('utf-16le');
