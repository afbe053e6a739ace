import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { SRC } from '../paths.js';
import { asksWhichOfTwo, chineseNumbers, cut, everydayWordsStarting, isEverydayWord, normalize, QUERY_STOPWORDS, queryTerms, questionForm, spacedOut, wordList } from './segment.js';

// How much a word found by each route counts, in percent of the word the patient typed. A word
// reached through a correction or a synonym ranks below the same document found by the typed word.
export const PCT = { exact: 100, synonym: 80, pinyin: 70, loose: 50, contains: 60 } as const;
/** At most this many vocabulary words an unknown word or a single character may stand for. */
const MAX_CONTAINING = 4;
/** At most this many everyday words a single character may be cut short from. */
const MAX_CUT_SHORT = 2;
/** The longest start of a vocabulary word a query may end with (cutShortAtEnd). */
const MAX_PREFIX = 4;
/** The complements a one-character verb the index never has alone is written with, in order (带上, 挤出). */
const VERB_COMPLEMENTS = ['上', '出'];
/** At most this many typed words between the two words of a split synonym key (多久…一次). */
const MAX_BETWEEN = 3;
/** At most this many Chinese characters either side of Latin letters are read with them as pinyin (pinyinInside). */
const MAX_BESIDE = 4;

export interface Alternative {
  term: string;
  pct: number;
}

/** One meaning in the query: a document satisfies it with any of the alternatives. */
export interface Slot {
  alts: Alternative[];
}

export interface QueryPlan {
  slots: Slot[];
  /** The query as it was searched when a homophone or pinyin was corrected; undefined when not. */
  corrected?: string;
  /** Every word a result may be matched by, for highlighting. */
  highlight: string[];
  /** The typed words joined as they stand, for the phrase bonus (multi-word queries only). */
  phrase?: string;
  /** Some typed words are in no document and were left out: the results hold only the others. */
  dropped?: boolean;
  /** The query asks which of two is better (哪个好): the pages on either answer it too (search.service.ts). */
  compared?: boolean;
  /** Treatments the patient does not want (不想做手术, 除了照光): pages titled by them come after the others (search.service.ts). */
  excluded?: string[];
  /** …unless the title also names one of these, the clinic's other treatments (外用药物：糖皮质激素与…). */
  wanted?: string[];
  /** The query asks which doctor to see (挂哪个医生, which doctor): the doctors' pages on the page come first (search.service.ts). */
  doctorAsked?: boolean;
}

/**
 * Asking which doctor to see (挂哪个医生, 哪位大夫, 找谁看, which doctor, doctor for): the words that ask
 * are no words to search (医生 is in nearly every article), and the answer is a doctor's page. …and in
 * formal English, a doctor recommended or one experienced in something (could you recommend a doctor
 * experienced in phototherapy, a doctor specialising in children; decision 0139): fixed words in order,
 * each optional part a fixed word, so still linear. One regular expression without nesting.
 */
const DOCTOR_ASKED = /(?:挂|找|看)?(?:哪个|哪位|哪一位|哪一个)(?:医生|医师|大夫|专家|主任)|(?:挂|找)谁(?:的号)?|(?:which|what) doct[oe]rs?|doct[oe]rs? (?:for|who)|(?:recommend|suggest) (?:me )?(?:a |an )?(?:good )?doct[oe]rs?(?: (?:experienced|specialising|specializing|specialised|specialized|skilled) (?:in|at|with))?|doct[oe]rs? (?:experienced|specialising|specializing|specialised|specialized|skilled) (?:in|at|with)/;

/** …and, in such a query, the verb before the complaint (看小孩的白斑挂哪个医生) and what the doctor is asked to be good at (比较懂, 最擅长). */
const SEE_FOR = /^(?:我|俺)?(?:想|要)?(?:看|挂|找)(?=\p{Script=Han})/u;
const GOOD_AT = /(?:比较|最|更)?(?:懂|擅长|拿手|在行|厉害)|(?:比较|最|更)(?:好|靠谱)|好$/g;

/**
 * …or asked for by what the doctor sees, or does (推荐一个做光疗的医生; helper srch43), or by surname (有没有看小孩白癜风的医生, 上次那个姓顾的医生): the
 * doctor is asked for as well; what is seen stays, the rest goes. The doctor may be told by sex (看小孩白斑的女医生) or by what
 * they are in charge of (管光疗室的医生, 负责复诊的医生; not 血管, 不管; helper srch47). 的 is not in what is seen, so the
 * match is bounded (eight characters) and never runs across an earlier 的 (看的是一个姓顾的医生). …and by what the doctor is good
 * at (擅长皮肤镜的医生) or when they see patients (周末坐诊的医生, 周六上午出诊的女医生): what is good at or when stays; both were off
 * the first page, the dermoscopy article and the hospital page first (decision 0137). 坐诊 / 出诊 without 的医生 (林医生周几出诊)
 * asks nothing of this kind, and a verb read before (看小孩周末坐诊的医生) is matched first.
 */
const DOCTOR_OF = /(?:看|治|教|指导|做|负责|擅长|(?<![血不])管)((?:(?!的)\p{Script=Han}){1,8})的(?:女|男)?(?:医生|医师|大夫|专家)|姓(\p{Script=Han})的(?:女|男)?(?:医生|医师|大夫|专家)|((?:(?!的|看|治|教|做|管)\p{Script=Han}){1,8})(?:坐诊|出诊)的(?:女|男)?(?:医生|医师|大夫|专家)/u;

/**
 * The doctors' list typed as its name, the whole query (医生介绍, 专家团队, 我们的医生, 本院专家; meet the doctors, our doctors,
 * doctor list): a page of the site asked for, not a doctor's word (医生介绍的药膏 stays). Read as 医师, which every doctor's
 * page holds in its title and few articles do, with the doctors leading page 1 as for 哪个医生 (decision 0121).
 */
const DOCTOR_LIST = /^(?:(?:我们|本院|医院|贵院|你们)的?)?(?:医生|医师|专家|大夫)(?:介绍|团队|简介|列表|名单|一览|信息)?$|^(?:(?:meet|see|about|list of|all) )?(?:(?:the|our|your) )?(?:doct[oe]rs?|specialists?|medical team|team)(?: (?:list|team|profiles?|page))?$/;
export const DOCTOR_LIST_READ = '医师';

export function doctorAsked(text: string): string | undefined {
  if (DOCTOR_LIST.test(text.trim())) return DOCTOR_LIST_READ;
  const m = DOCTOR_ASKED.exec(text);
  if (!m) {
    const of = DOCTOR_OF.exec(text);
    if (!of) return undefined;
    return `${text.slice(0, of.index)} ${of[1] ?? of[2] ?? of[3]} ${text.slice(of.index + of[0].length)}`.trim();
  }
  return `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.trim().replace(SEE_FOR, '').replace(GOOD_AT, ' ');
}

export interface Vocabulary {
  words: Map<string, number>;
  byPinyin: Map<string, string>;
  byLoose: Map<string, string>;
  byLatin: Map<string, string>;
  byInitials: Map<string, string>;
  /** The full pinyin with the pairs pinyin keyboards let patients confuse folded together (fuzzyLatin). */
  byFuzzy: Map<string, string>;
  /** The first 2–4 characters of words of 3+ characters → the word (cutShortAtEnd). */
  byPrefix: Map<string, string>;
}

const CJK = /^[\u3400-\u9fff]+$/u;
const CJK_RUN = /[\u3400-\u9fff]+/gu;
const CJK_IN = /[\u3400-\u9fff]/u;
/** The last run of Chinese characters of a query, with nothing but punctuation after it (cutShortAtEnd). */
const QUERY_TAIL = /[\u3400-\u9fff]+(?=[^\u3400-\u9fffa-z0-9]*$)/u;

function syllables(word: string): string[] {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[];
}

// The pinyin of a query's Chinese runs, remembered: pinyin-pro takes tens of microseconds a run,
// and what patients type repeats (the same words, in other combinations). Bounded, oldest out.
const runSyllables = new Map<string, string[]>();
const MAX_RUNS = 5000;
function syllablesOfRun(run: string): string[] {
  let s = runSyllables.get(run);
  if (!s) {
    s = syllables(run);
    if (runSyllables.size >= MAX_RUNS) runSyllables.delete(runSyllables.keys().next().value!);
    runSyllables.set(run, s);
  }
  return s;
}

let clinicWords: Map<string, number> | undefined;
/** The clinic dictionary's words with their frequencies (the same file jieba loads). */
export function clinicVocabulary(): Map<string, number> {
  if (!clinicWords) {
    clinicWords = new Map();
    for (const line of fs.readFileSync(path.join(SRC, 'search', 'clinic-dict.txt'), 'utf8').split('\n')) {
      const [w, f] = line.trim().split(/\s+/);
      if (w) clinicWords.set(normalize(w), Number(f) || 1000);
    }
  }
  return clinicWords;
}

/**
 * The words corrections may lead to — never the whole index (folding every indexed word to pinyin
 * would match 景点 with 经典): the clinic dictionary, synonym targets and words of titles. For
 * each, its pinyin, its pinyin with one syllable left open (words of 3+ syllables) and, typed as
 * Latin letters, the full pinyin and the initials. A key shared by several words keeps the most
 * frequent one (ties: the shorter, then the first in code-point order), so the choice is stable.
 */
// The pinyin of the last vocabulary's words: a rebuild (a publish, a synonym edit) asks pinyin-pro
// only for words it has not seen, instead of tens of microseconds for each of thousands of words.
let wordSyllables = new Map<string, string[]>();

export function buildVocabulary(words: Map<string, number>): Vocabulary {
  const v: Vocabulary = { words: new Map(), byPinyin: new Map(), byLoose: new Map(), byLatin: new Map(), byInitials: new Map(), byFuzzy: new Map(), byPrefix: new Map() };
  const known = wordSyllables;
  wordSyllables = new Map();
  const ordered = [...words].filter(([w]) => CJK.test(w) && w.length >= 2 && w.length <= 10).sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
  const put = (m: Map<string, string>, k: string, w: string) => {
    if (!m.has(k)) m.set(k, w);
  };
  for (const [w, f] of ordered) {
    v.words.set(w, f);
    const s = known.get(w) ?? syllables(w);
    wordSyllables.set(w, s);
    put(v.byPinyin, s.join(' '), w);
    if (s.length >= 3) for (let i = 0; i < s.length; i++) put(v.byLoose, s.map((x, j) => (j === i ? '*' : x)).join(' '), w);
    put(v.byLatin, s.join(''), w);
    put(v.byFuzzy, fuzzyLatin(s.join('')), w);
    if (s.length >= 2) put(v.byInitials, s.map((x) => x[0]).join(''), w);
    for (let k = 2; k <= Math.min(MAX_PREFIX, w.length - 1); k++) put(v.byPrefix, w.slice(0, k), w);
  }
  return v;
}

/** Synonym rows as the planner reads them: the typed word's query terms (joined by spaces) → targets. */
export type SynonymMap = Map<string, string[]>;

const targetsOf = new WeakMap<SynonymMap, Set<string>>();
/** A synonym key that is neither a clinic dictionary word nor any synonym's target (白人, 闺女). */
function layKey(word: string, synonyms: SynonymMap): boolean {
  if (!synonyms.has(word) || clinicVocabulary().has(word)) return false;
  let targets = targetsOf.get(synonyms);
  if (!targets) {
    targets = new Set([...synonyms.values()].flat().map((x) => normalize(x)));
    targetsOf.set(synonyms, targets);
  }
  return !targets.has(word);
}

/** Chinese synonym terms of three or more characters as typed, and those of Latin letters and Chinese characters (bb霜), by their first character (keepKeysWhole). */
const wholeKeys = new WeakMap<SynonymMap, Map<string, string[]>>();
/** Chinese synonym terms of two characters as typed (keepPairsWhole). */
const pairKeys = new WeakMap<SynonymMap, Set<string>>();

export function buildSynonyms(rows: { term: string; target: string }[]): SynonymMap {
  const m: SynonymMap = new Map();
  const whole = new Map<string, string[]>();
  const pairs = new Set<string>();
  for (const r of rows) {
    const key = queryTerms(r.term).join(' ');
    if (!key) continue;
    m.set(key, [...(m.get(key) ?? []), r.target]);
    const typed = normalize(r.term);
    if (/^[\u3400-\u9fff]{3,10}$|^[a-z]+[\u3400-\u9fff]+$|^[\u3400-\u9fff]+[a-z]+$/u.test(typed) && !whole.get(typed[0]!)?.includes(typed)) whole.set(typed[0]!, [...(whole.get(typed[0]!) ?? []), typed]);
    if (/^[\u3400-\u9fff]{2}$/u.test(typed)) pairs.add(typed);
  }
  pairKeys.set(m, pairs);
  for (const keys of whole.values()) keys.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  wholeKeys.set(m, whole);
  // A Latin key of several words also as typed without its spaces or hyphens (nbuvb, woodslamp).
  for (const [key, targets] of [...m]) {
    const glued = key.replace(/ /g, '');
    if (glued !== key && /^[a-z0-9]+$/.test(glued) && !m.has(glued)) m.set(glued, targets);
  }
  // A Chinese key of two to four characters that the cut splits when alone (过人 → 过|人, 黑边 → 黑|边)
  // but may keep whole inside a query (白斑过人不 → 白斑|过人) is also a key as typed (helper srch21).
  for (const r of rows) {
    const typed = normalize(r.term);
    if (!/^[\u3400-\u9fff]{2,4}$/u.test(typed)) continue;
    const key = queryTerms(r.term).join(' ');
    if (key.includes(' ') && !m.has(typed)) m.set(typed, m.get(key)!);
  }
  return m;
}

interface Correction {
  from: string;
  to: string;
  pct: number;
}

/**
 * Whether a window [start, end) of the query may be corrected, and how: 'loose' is a one-syllable
 * difference, 'pinyin' the same syllables, 'everyday' the same syllables as an everyday word.
 * Without a gate every window may be (suggestions).
 */
export type CorrectionGate = (start: number, end: number, kind: 'pinyin' | 'loose' | 'everyday', changed?: number) => boolean;

/**
 * The gate for searching: the query is cut into words first, and the index says which it has.
 * A window made only of words the index has is what the patient meant — 光疗后 is 光疗 + 后, not a
 * one-syllable slip for 光疗舱 — so a one-syllable correction needs a word the index lacks inside
 * the window. A same-syllable correction is also allowed on a window that lines up with the words
 * and holds a single character (白点风 = 白点 + 风 reads as 白癜风), never on one that cuts a word.
 */
export function correctionGate(text: string, words: string[], known: (w: string) => boolean): CorrectionGate {
  const spans: { start: number; end: number; word: string; single?: boolean }[] = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w, at);
    if (i < 0) continue;
    spans.push({ start: i, end: i + w.length, word: w });
    at = i + w.length;
  }
  /** A Chinese word of two or more characters that the general dictionary cuts as one; cut once per word, not per window asked. */
  const dictionaryWord = (s: (typeof spans)[number]) => (s.single ??= s.word.length >= 2 && CJK.test(s.word) && cut(s.word, false).length === 1);
  // The word each position of the text lies in (the words do not overlap: each is looked for after
  // the last). The gate is asked for every window of a run, so it reads only the window's own
  // positions: asking every word of the query each time made planning quadratic in its length
  // (白颠风 typed 500 times took 52 ms for 1,600 characters against 6 ms for 400; test/unit/search-linear).
  const spanAt = new Int32Array(text.length + 1).fill(-1);
  spans.forEach((s, k) => spanAt.fill(k, s.start, s.end));
  const spanOf = (at: number) => (at >= 0 && spanAt[at]! >= 0 ? spans[spanAt[at]!] : undefined);
  /** The words that overlap [start, end), in order. */
  const overlapping = (start: number, end: number) => {
    const out: (typeof spans)[number][] = [];
    for (let p = Math.max(0, start); p < Math.min(end, text.length); p++) {
      const s = spanOf(p);
      if (s && s !== out[out.length - 1]) out.push(s);
    }
    return out;
  };
  return (start, end, kind, changed) => {
    // A window that begins inside one typed word and ends inside the next joins the tail of a word
    // to the head of another: 医保|报销 read as 医|宝宝 (保报 sounds like 宝宝). Each is a word the
    // dictionary knows, typed right, only absent from the index; a slip stays within what was typed.
    const cutsWord = (at: number) => {
      const s = spanOf(at);
      return !!s && s.start < at && dictionaryWord(s);
    };
    if (cutsWord(start) && cutsWord(end)) return false;
    const near = overlapping(start, end);
    const within = near.filter((s) => s.start >= start && s.end <= end);
    // A one-syllable correction that would swap a character typed as a word of its own, beside
    // whole words the index knows, reads two words as one the patient did not type: 染|头发 is
    // dyeing hair, not 白头发, and 挂|什么 (which department) is not 为什么.
    if (kind === 'loose' && changed !== undefined) {
      const covered = within.reduce((n, s) => n + s.end - s.start, 0) === end - start;
      const alone = within.find((s) => s.start === changed && s.end === changed + 1);
      if (covered && alone && within.length > 1 && within.every((s) => s === alone || (s.word.length >= 2 && known(s.word)))) return false;
      // Nor one that changes a character of a word of the general dictionary the window cuts off (眉|毛头发 of
      // 眉毛头发 is not 染头发): the slip is in a clinic word typed wrong, not borrowed from the word before it.
      const at = spanOf(changed);
      if (at && (at.start < start || at.end > end) && dictionaryWord(at)) return false;
      // Nor one that rewrites a whole word the index holds when the window reaches into the next word
      // (白斑|发痒: 白斑发 is not a slip for 白头发): the sound match straddles two words, and the word
      // changed was typed right (helper srch23).
      const straddles = (at: number) => {
        const s = spanOf(at);
        return !!s && s.start < at;
      };
      if (at && at.word.length >= 2 && at.start >= start && at.end <= end && CJK.test(at.word) && known(at.word) && (straddles(end) || straddles(start))) return false;
    }
    // An everyday word (一直, 以后) is what the patient typed, and so is one the window would cut
    // (就|一定 is not 就医).
    if (near.some((s) => isEverydayWord(s.word) && (s.start < start || s.end > end || (s.start === start && s.end === end)))) return false;
    // Two characters, one a function word typed as a word of its own (要|带 of 复诊要带什么), are
    // what the patient wrote: two syllables meeting a clinic word (腰带) is a coincidence. Over
    // three or more syllables the sound is evidence enough (他|克莫斯 is 他克莫司).
    if (end - start === 2 && within.some((s) => QUERY_STOPWORDS.has(s.word))) return false;
    // …and so is one the cut glued to the word before it (照光要|戴 of 孩子照光要戴眼罩吗 is not 腰带; helper srch21).
    if (end - start === 2 && QUERY_STOPWORDS.has(text[start]!)) {
      const before = spanOf(start);
      if (before && before.start < start && before.end === start + 1) return false;
    }
    const aligned = spanOf(start)?.start === start && spanOf(end - 1)?.end === end;
    // A same-sound everyday word (不同, 可以) is a slip only for whole typed words: inside a longer
    // word (不痛|不痒 of 不痛不痒) the sound is a coincidence.
    if (kind === 'everyday' && !aligned) return false;
    const inside = near.filter((s) => CJK.test(s.word));
    if (inside.some((s) => !known(s.word))) return true;
    if (kind === 'loose') return false;
    return aligned && inside.some((s) => s.word.length === 1);
  };
}

/** Homophone candidates in the Chinese runs of a query: longest first, left to right. */
export function homophones(query: string, vocab: Vocabulary, gate: CorrectionGate = () => true): Correction[] {
  const out: Correction[] = [];
  for (const m of query.matchAll(CJK_RUN)) {
    const run = m[0];
    const base = m.index;
    const chars = [...run];
    const syl = syllablesOfRun(run);
    if (syl.length !== chars.length) continue;
    for (let i = 0; i < chars.length; ) {
      let step = 1;
      for (let len = Math.min(10, chars.length - i); len >= 2; len--) {
        const s = chars.slice(i, i + len).join('');
        if (vocab.words.has(s)) {
          step = len;
          break;
        }
        const key = syl.slice(i, i + len);
        const exact = vocab.byPinyin.get(key.join(' '));
        if (exact && gate(base + i, base + i + len, isEverydayWord(exact) ? 'everyday' : 'pinyin') && !wordForWord(s, exact)) {
          out.push({ from: s, to: exact, pct: PCT.pinyin });
          step = len;
          break;
        }
        if (len >= 3 && gate(base + i, base + i + len, 'loose')) {
          const loose = key
            .map((_, j) => vocab.byLoose.get(key.map((x, k) => (k === j ? '*' : x)).join(' ')))
            .find((w) => w && sharesChars(w, s, len - 1) && !functionWordSlip(w, s) && gate(base + i, base + i + len, 'loose', base + i + changedAt(w, s)) && !wordForWord(s, w));
          if (loose) {
            out.push({ from: s, to: loose, pct: PCT.loose });
            step = len;
            break;
          }
        }
      }
      i += step;
    }
  }
  return out;
}

let shapeGroups: Map<string, string[]> | undefined;
/** Characters that look alike (形近字, `shape-alike.txt`): each character → the others of its groups. */
export function shapeAlike(): Map<string, string[]> {
  if (!shapeGroups) {
    shapeGroups = new Map();
    for (const line of fs.readFileSync(path.join(SRC, 'search', 'shape-alike.txt'), 'utf8').split('\n')) {
      const group = [...line.trim()];
      if (!group.length || group[0] === '#') continue;
      for (const c of group) shapeGroups.set(c, [...new Set([...(shapeGroups.get(c) ?? []), ...group.filter((x) => x !== c)])]);
    }
  }
  return shapeGroups;
}

/** The longest window a shape-alike slip is looked for in (the vocabulary's words are mostly 2–6 characters). */
const MAX_SHAPE_WINDOW = 6;

/**
 * Shape-alike slips in the Chinese runs of a query: handwriting and shape-based input (wubi, strokes)
 * put a character that looks like the right one (柴外线 for 紫外线, 儿重 for 儿童), which no pinyin
 * reading finds when the sound is far (chai / zi). A window of 2–6 characters that is no vocabulary
 * word becomes one with one character swapped for a look-alike of `shape-alike.txt`: longest first,
 * left to right, as homophones; the gate is a same-sound correction's (an everyday word typed whole,
 * or cut by the window, stays). Work: the run's length × 5 windows × their characters × a group's
 * size, linear in the query.
 */
export function shapeSlips(query: string, vocab: Vocabulary, gate: CorrectionGate = () => true): Correction[] {
  const out: Correction[] = [];
  const groups = shapeAlike();
  for (const m of query.matchAll(CJK_RUN)) {
    const chars = [...m[0]];
    const base = m.index;
    for (let i = 0; i < chars.length; ) {
      let step = 1;
      windows: for (let len = Math.min(MAX_SHAPE_WINDOW, chars.length - i); len >= 2; len--) {
        const s = chars.slice(i, i + len).join('');
        if (vocab.words.has(s)) {
          step = len;
          break;
        }
        for (let j = 0; j < len; j++) {
          for (const c of groups.get(chars[i + j]!) ?? []) {
            const w = chars.slice(i, i + j).join('') + c + chars.slice(i + j + 1, i + len).join('');
            if (!vocab.words.has(w) || !gate(base + i, base + i + len, 'pinyin') || wordForWord(s, w)) continue;
            out.push({ from: s, to: w, pct: PCT.loose });
            step = len;
            break windows;
          }
        }
      }
      i += step;
    }
  }
  return out;
}

/**
 * One ordinary word for another: what was typed is a word of the general dictionary (the cut keeps it
 * whole without guessing) and the word it sounds like is none of the clinic dictionary's (有用 of 冰袖有用吗
 * is not 游泳, 男朋友 not 小朋友). Homophone tolerance is for the clinic's terms (白颠风, 吴德灯): an everyday
 * word the index lacks was typed as meant, however rare (有用 is below the everyday list's frequency).
 * One cut of the window, only for a window that already sounds like a vocabulary word.
 */
function wordForWord(typed: string, word: string): boolean {
  return !clinicVocabulary().has(word) && cut(typed, false).length === 1;
}

/** Where a word of the same length first differs from what was typed. */
function changedAt(word: string, typed: string): number {
  const x = [...word];
  const y = [...typed];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return i;
}

/** The one character a loose correction would change is a function word of its own (的头发 is not a slip for 白头发). */
function functionWordSlip(word: string, typed: string): boolean {
  const x = [...word];
  const y = [...typed];
  return y.some((c, i) => c !== x[i] && QUERY_STOPWORDS.has(c));
}

/** A word differing by one syllable must still share the other characters, or 白斑病 could become anything. */
function sharesChars(a: string, b: string, n: number): boolean {
  const x = [...a];
  const y = [...b];
  let same = 0;
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] === y[i]) same++;
  return same >= n;
}

/**
 * Pinyin as patients type it with a "fuzzy" keyboard (模糊音, on by default in the common input
 * methods for speakers of southern Chinese): zh/z, ch/c, sh/s, -ng/-n, l/n are the same key. Applied
 * to the whole Latin string, the same way on both sides, so it needs no syllable split.
 */
export function fuzzyLatin(latin: string): string {
  return latin.replace(/([zcs])h/g, '$1').replace(/ng/g, 'n').replace(/l/g, 'n');
}

/** A Latin word typed as pinyin: full (baidianfeng) or initials (bdf). */
export function latinPinyin(word: string, vocab: Vocabulary): string | undefined {
  if (!/^[a-z]{2,30}$/.test(word)) return undefined;
  return vocab.byLatin.get(word) ?? (word.length <= 6 ? vocab.byInitials.get(word) : undefined);
}

/** Full pinyin with a fuzzy keyboard's slips (baidianfen, zunfenzi); keys collide more, so only words long enough to name one term. */
export function fuzzyPinyin(word: string, vocab: Vocabulary): string | undefined {
  if (!/^[a-z]{6,30}$/.test(word)) return undefined;
  return vocab.byFuzzy.get(fuzzyLatin(word));
}

/**
 * Latin letters that spell the pinyin of several vocabulary words, run together or typed with
 * spaces (weizhentuopi, fang shai): the fewest words that spell all of it, or undefined. The query
 * is at most MAX_QUERY_LENGTH characters and a word's pinyin at most 60 letters, so this is a
 * bounded number of look-ups.
 */
export function pinyinWords(latin: string, vocab: Vocabulary): string[] | undefined {
  if (!/^[a-z]{4,60}$/.test(latin)) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let i = 0; i < latin.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (let j = i + 2; j <= Math.min(latin.length, i + 60); j++) {
      const w = vocab.byLatin.get(latin.slice(i, j));
      if (w && (!best[j] || best[j]!.length > before.length + 1)) best[j] = [...before, w];
    }
  }
  const words = best[latin.length];
  return words?.length ? words : undefined;
}

/**
 * Full pinyin with one keyboard slip (decision 0066): a letter left out (baidianfng), one too many,
 * a wrong one (zhunfenziguamg) or two neighbours swapped (pifujign, jiazhuangxain), as a nine-key or
 * a small keyboard makes them. Only words of 6–30 letters (shorter ones are one slip from too many
 * pinyin words), and only when the word spells nothing as typed. The candidates are generated from
 * the typed word and looked up in the vocabulary's full pinyin: at most 26·(n+1) + 25·n + 2n look-ups
 * for n letters (about 1,600 for 30), linear in the word. Several words reached: the most frequent,
 * then the shorter, then the first in code-point order, so the choice is stable.
 */
export function slippedPinyin(word: string, vocab: Vocabulary): string | undefined {
  if (!/^[a-z]{6,30}$/.test(word)) return undefined;
  let best: string | undefined;
  const consider = (latin: string) => {
    const w = vocab.byLatin.get(latin);
    if (!w || w === best) return;
    if (best === undefined) {
      best = w;
      return;
    }
    const fw = vocab.words.get(w) ?? 0;
    const fb = vocab.words.get(best) ?? 0;
    if (fw > fb || (fw === fb && (w.length < best.length || (w.length === best.length && w < best)))) best = w;
  };
  const n = word.length;
  for (let i = 0; i < n; i++) {
    consider(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < n && word[i] !== word[i + 1]) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 0; i <= n; i++) {
    for (let c = 97; c <= 122; c++) {
      const ch = String.fromCharCode(c);
      consider(word.slice(0, i) + ch + word.slice(i));
      if (i < n && ch !== word[i]) consider(word.slice(0, i) + ch + word.slice(i + 1));
    }
  }
  return best;
}

/** Whether b is a, or a with one slip: a letter left out, added or wrong, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** English endings a synonym key may carry as typed: kids, therapies, patches, spreading, cured. */
const ENDINGS: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/(ch|sh|x|ss)es$/, '$1'],
  [/s$/, ''],
  // A doubled last consonant before the ending (swimming, stopped, itchy's kin: getting) is one letter.
  [/([b-df-hj-np-tv-z])\1ing$/, '$1'],
  [/([b-df-hj-np-tv-z])\1ed$/, '$1'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/ed$/, ''],
  [/ed$/, 'e'],
];

let englishWords: Set<string> | undefined;
/**
 * A common English word (`english-words.txt`, decision 0120): typed as meant, never a slip for a synonym
 * key one letter away (cancel is not cancer). Misspellings (vitilgo, pigmant) are in no such list and are
 * still read as the key; an inflection (patches, cured) is still read as its key by `englishStem`.
 */
export function isEnglishWord(word: string): boolean {
  englishWords ??= wordList('english-words.txt');
  return englishWords.has(word);
}

function englishStem(word: string, synonyms: SynonymMap): string | undefined {
  for (const [re, to] of ENDINGS) {
    if (!re.test(word)) continue;
    const base = word.replace(re, to);
    if (base.length >= 3 && synonyms.has(base)) return base;
  }
  return undefined;
}

/**
 * A misspelt English word (vitilgo, thyriod) or a plural (kids) read as the synonym key it nearly
 * is: one slip from a key, for words of five letters or more (shorter words are too close to each
 * other) that are no common English word (`isEnglishWord`: cancel is not cancer); the first such key
 * in code-point order, so the choice is stable.
 */
export function spelledKey(word: string, synonyms: SynonymMap): string | undefined {
  if (!/^[a-z]{4,30}$/.test(word)) return undefined;
  const inflected = englishStem(word, synonyms);
  if (inflected) return inflected;
  if (word.length < 5 || isEnglishWord(word)) return undefined;
  let best: string | undefined;
  for (const key of synonyms.keys()) {
    if (/^[a-z]{4,}$/.test(key) && oneSlip(word, key) && (best === undefined || key < best)) best = key;
  }
  if (best) return best;
  // Spelt by ear (fototherapy, melanosites): the same key once both are written as they sound, one slip
  // allowed there. One pass over the keys, as above.
  const heard = byEar(word);
  for (const key of synonyms.keys()) {
    if (/^[a-z]{5,}$/.test(key) && oneSlip(heard, byEar(key)) && (best === undefined || key < best)) best = key;
  }
  return best;
}

/**
 * An English word as it sounds, for spellings by ear: ph is f, c before e / i / y is s, ck is k, y
 * inside or at the end is i, a doubled letter is one (phototherapy and fototherapy → fototherapi,
 * melanocytes and melanosites → melanosites). Only for comparing two words; never searched.
 */
export function byEar(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/(?!^)y/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

async function isAnchored(tokens: string[], counts: Map<string, number>, vocab: Vocabulary, synonyms: SynonymMap, df: DfLookup): Promise<boolean> {
  if (tokens.some((t) => synonyms.has(t))) return true;
  const named = tokens.filter((t) => vocab.words.has(t));
  if (named.some((t) => counts.get(t))) return true;
  // Only a pinyin correction's word (not among the typed words counted) is left to ask about.
  const other = named.filter((t) => !counts.has(t));
  // …and a vocabulary word the cut glued to what is around it (传染给, 游泳池, 吃海鲜): a word of three or
  // more characters no document holds names the clinic word inside it, as typed apart it would (helper
  // srch13). 量子计算机 holds no vocabulary word and stays a miss. At most 36 look-ups a word (10 characters).
  // A synonym key inside is a clinic word as well, held by no document or not (照光 of 照光前能…), and so is
  // a word of three or more characters inside that the index holds (黑芝麻 of 黑芝麻糊): the articles' own
  // word, typed with a character more (helper srch15).
  const glued = new Set<string>();
  const longer = new Set<string>();
  for (const t of tokens) {
    if (!CJK.test(t) || t.length < 3 || t.length > 10 || counts.get(t) || synonyms.has(t)) continue;
    for (let i = 0; i < t.length; i++) {
      for (let j = i + 2; j <= t.length; j++) {
        if (j - i >= t.length) continue;
        const inner = t.slice(i, j);
        if (vocab.words.has(inner) && synonyms.has(inner)) return true;
        if (vocab.words.has(inner)) glued.add(inner);
        else if (j - i >= 3) longer.add(inner);
      }
    }
  }
  const ask = [...new Set([...other, ...glued, ...longer])];
  if (!ask.length) return false;
  const held = await df(ask);
  return ask.some((t) => held.get(t));
}

/**
 * Words of 3+ characters that no document holds, no synonym names and no correction produced are
 * often a dictionary word glued across what the patient meant (吃海鲜, 白头发): each is read as the
 * longest words inside it, left to right, that the index or the synonym table knows. One of two
 * characters that begins with a query stopword (要照, 会得) is read as its second character.
 */
async function readInside(tokens: string[], counts: Map<string, number>, synonyms: SynonymMap, corrected: Map<string, number>, df: DfLookup, vocab: Vocabulary): Promise<string[]> {
  // A word that is one of the cut's pieces of a synonym key typed whole (糠酸莫米|松 of 糠酸莫米松, a drug's name the
  // cut splits however it is set apart) is kept for the key, which the synonyms read next: re-read as the clinic word
  // it begins (糠酸莫), it lost the drug once another word anchored the query (helper srch41, batch 39). At most four
  // look-ups a word: linear.
  const ofKey = new Set<number>();
  for (let i = 0; i < tokens.length; i++)
    for (let len = Math.min(4, tokens.length - i); len >= 2; len--)
      if (synonyms.has(tokens.slice(i, i + len).join(' '))) {
        for (let k = i; k < i + len; k++) ofKey.add(k);
        break;
      }
  const dead = tokens.filter((t, i) => CJK.test(t) && (t.length >= 3 || (t.length === 2 && (QUERY_STOPWORDS.has(t[0]!) || QUERY_STOPWORDS.has(t[1]!) || withResult(t, synonyms)))) && !counts.get(t) && !synonyms.has(t) && !corrected.has(t) && !ofKey.has(i));
  if (!dead.length) return tokens;
  const inner = new Set<string>();
  for (const t of dead) for (let i = 0; i < t.length; i++) for (let j = i + 2; j <= t.length; j++) if (j - i < t.length) inner.add(t.slice(i, j));
  const held = await df([...inner]);
  // A query stopword inside (就是 of 就是说) is no word to search.
  const known = (w: string) => !QUERY_STOPWORDS.has(w) && (Boolean(held.get(w)) || synonyms.has(w));
  const out: string[] = [];
  for (const t of tokens) {
    if (!dead.includes(t)) {
      out.push(t);
      continue;
    }
    // Two characters, the first a query stopword glued to a verb (要照 of 照光要照多久, 会得): the verb;
    // or the second glued to the word before it (前能 of 做伍德灯前能擦药吗): that word.
    if (t.length === 2) {
      const [a, b] = [t[0]!, t[1]!];
      if (withResult(t, synonyms)) {
        out.push(a);
        continue;
      }
      // Not an everyday word (马上, 不想: 上 and 想 are no glue there), nor a negation left alone.
      const glued = QUERY_STOPWORDS.has(b) && !QUERY_STOPWORDS.has(a) && !isEverydayWord(t) && !'不没别'.includes(a);
      // An everyday word that begins with a stopword (对象, 就业) is what was typed, not a stopword glued to
      // a verb: 谈对象 was read as 象, which stood for 迹象 (helper srch24).
      out.push(QUERY_STOPWORDS.has(a) && !QUERY_STOPWORDS.has(b) && !isEverydayWord(t) ? b : glued ? a : t);
      continue;
    }
    const parts: string[] = [];
    for (let i = 0; i < t.length; ) {
      let len = t.length - i - (i === 0 ? 1 : 0);
      while (len >= 2 && !known(t.slice(i, i + len))) len--;
      if (len >= 2) parts.push(t.slice(i, i + len));
      i += len >= 2 ? len : 1;
    }
    // None inside: the word may begin with a clinic word cut short and glued to what follows (他克能
    // of 他克能用在脸上吗): that start, which then reads as the words beginning with it.
    if (!parts.length) {
      let len = Math.min(MAX_PREFIX, t.length - 1);
      while (len >= 2 && (!vocab.byPrefix.has(t.slice(0, len)) || isEverydayWord(t.slice(0, len)))) len--;
      if (len >= 2) parts.push(t.slice(0, len));
    }
    out.push(...(parts.length ? parts : [t]));
  }
  return [...new Set(out)];
}

export type DfLookup = (terms: string[]) => Promise<Map<string, number>>;

/**
 * What a verb of one character did, glued to it by the cut (磨出白斑, 抹进眼睛, 搓到): out, in, done, reached; and the white it
 * turned (磨白了, 脸白: jieba's words, read as nothing, so 跑步裤腰勒的地方磨白了 found no page at all; helper srch84, decision 0130).
 */
const RESULTS = '出进完到过白';

/** A word the cut made of a one-character synonym key and its result (磨出 → 磨 → 摩擦): read as the key (readInside). */
function withResult(t: string, synonyms: SynonymMap): boolean {
  return RESULTS.includes(t[1]!) && synonyms.has(t[0]!);
}

const LATIN = /^[a-z]+$/;
/**
 * A unit of length, weight, volume or time typed after a number (1cm, 1.5 cm, 3kg, 10ml, 2h): a size, never
 * pinyin initials (白斑1cm左右 was read 白斑 出门 左右). One scan of the query; the units found are the words
 * readLatin leaves as typed (a word no document holds is left out later).
 */
const MEASURE_AFTER_NUMBER = /\d\s*(mm|cm|dm|km|mg|kg|ml|cc|min|m|g|l|h|s)(?![a-z])/g;

function unitsAfterNumbers(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(MEASURE_AFTER_NUMBER), (m) => m[1]!));
}
// Syllables each followed by its tone digit (bai2dian4feng1, zhuang4).
const TONED = /^(?:[a-z]+[1-5])+$/;

/**
 * Latin words neither the index nor the synonyms know, read as what the patient meant: pinyin
 * (full, initials, a fuzzy keyboard's, several words run together or spaced: bai dian feng), pinyin
 * after a number (308jiguang), or a misspelt English key. Anything else stays as typed.
 */
async function readLatin(tokens: string[], counts: Map<string, number>, ctx: { vocab: Vocabulary; synonyms: SynonymMap; df: DfLookup; units: Set<string> }, corrected: Map<string, number>): Promise<string[]> {
  // Units typed after a number (unitsAfterNumbers) stay as typed.
  const { vocab, synonyms, df, units } = ctx;
  // A Latin word that makes a synonym key of several words with the words beside it (bb|霜 of 气垫BB霜, a
  // key 'bb 霜') is that key's, not pinyin (bb spelt 白斑 and the key was lost). At most four look-ups a word.
  const inKey = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let len = Math.min(4, tokens.length - i); len >= 2; len--) {
      const run = tokens.slice(i, i + len);
      // …its last word inflected too (check ups of the key check up: check alone was one slip from cheeks).
      if (!run.some((t) => LATIN.test(t)) || !(synonyms.has(run.join(' ')) || (LATIN.test(run[len - 1]!) && englishStem(run.join(' '), synonyms)))) continue;
      for (const t of run) inKey.add(t);
      break;
    }
  }
  const unknown = (t: string) => !counts.get(t) && !synonyms.has(t) && !inKey.has(t) && !units.has(t);
  const as = (pct: number, words: string[]) => {
    for (const w of words) corrected.set(w, pct);
    return words;
  };
  const word = (t: string): string[] | undefined => {
    const w = latinPinyin(t, vocab);
    if (w) return as(PCT.pinyin, [w]);
    const f = fuzzyPinyin(t, vocab);
    if (f) return as(PCT.loose, [f]);
    const ws = pinyinWords(t, vocab);
    if (ws) return as(PCT.pinyin, ws);
    const e = spelledKey(t, synonyms);
    if (e) return as(PCT.loose, [e]);
    const slipped = slippedPinyin(t, vocab);
    return slipped ? as(PCT.loose, [slipped]) : undefined;
  };
  // Pinyin typed with tone digits (bai2dian4feng1, jia3 zhuang4 xian4): its letters, when they
  // spell vocabulary words; otherwise the tokens stay as typed (mp3, h1n1).
  const untoned: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && TONED.test(tokens[j]!) && unknown(tokens[j]!)) j++;
    const letters = tokens.slice(i, j).map((t) => t.replace(/[1-5]/g, '')).join('');
    // Full syllables only: tone digits after initials (h1n1) spell no word.
    const one = vocab.byLatin.get(letters);
    const read = j > i ? (one ? [one] : (pinyinWords(letters, vocab) ?? [])) : [];
    if (read.length) untoned.push(...as(PCT.pinyin, read));
    else untoned.push(...tokens.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  tokens = untoned;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (!unknown(t) || !/[a-z]/.test(t)) {
      out.push(t);
      i++;
      continue;
    }
    // Syllables typed with spaces: the longest run of unknown Latin words that spells vocabulary words.
    let j = i;
    while (j < tokens.length && LATIN.test(tokens[j]!) && unknown(tokens[j]!)) j++;
    let spaced: string[] | undefined;
    for (let k = j; k >= i + 2 && !spaced; k--) {
      spaced = pinyinWords(tokens.slice(i, k).join(''), vocab);
      if (spaced) {
        out.push(...as(PCT.pinyin, spaced));
        i = k;
      }
    }
    if (spaced) continue;
    i++;
    if (LATIN.test(t)) {
      out.push(...(word(t) ?? [t]));
      continue;
    }
    // Digits and letters run together (308jiguang): each run read on its own.
    const parts = t.match(/[0-9]+|[a-z]+/g) ?? [t];
    if (parts.length < 2) {
      out.push(t);
      continue;
    }
    const held = await df(parts);
    for (const p of parts) out.push(...(LATIN.test(p) && !held.get(p) && !synonyms.has(p) && !units.has(p) ? (word(p) ?? [p]) : [p]));
  }
  return [...new Set(out)];
}

/** piecesHeld: see planQuery. Only Chinese words of 3+ characters a Latin reading made. */
async function piecesHeld(tokens: string[], corrected: Map<string, number>, df: DfLookup): Promise<string[]> {
  const read = tokens.filter((t) => corrected.has(t) && t.length >= 3 && CJK.test(t));
  if (!read.length) return tokens;
  const whole = await df(read);
  const split = new Map(read.filter((t) => !whole.get(t)).map((t) => [t, cut(t).filter((p) => p.trim())] as [string, string[]]));
  if (!split.size) return tokens;
  const held = await df([...new Set([...split.values()].flat())]);
  return tokens.flatMap((t) => {
    const parts = split.get(t);
    if (!parts || parts.length < 2 || !parts.every((p) => held.get(p))) return [t];
    for (const p of parts) corrected.set(p, corrected.get(t)!);
    return parts;
  });
}

/**
 * A count typed in digits (2-3次, 15分钟) as the articles write it in words (两到三次, 十五分钟), when
 * the index has the words that makes; otherwise the digits stay (an article may write 每周2次).
 */
async function countsAsWritten(text: string, df: DfLookup): Promise<string> {
  const words = chineseNumbers(text);
  if (words === undefined) return text;
  const typed = new Set(queryTerms(text));
  const added = queryTerms(words).filter((t) => !typed.has(t));
  const held = await df(added);
  return added.some((t) => held.get(t)) ? words : text;
}

/**
 * A synonym term of three or more Chinese characters typed whole is read whole, whatever the
 * characters around it: set apart by spaces, it is cut the way its key was (卤米松能用在脸上吗 was cut
 * 卤米|松能, and the drug's name was lost). Looked up by each position's character, so the cost is
 * the query's length, not the table's.
 */
export function keepKeysWhole(text: string, synonyms: SynonymMap): string {
  const byFirst = wholeKeys.get(synonyms);
  if (!byFirst?.size) return text;
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; ) {
    const key = byFirst.get(text[i]!)?.find((k) => text.startsWith(k, i));
    if (key) {
      out += ` ${key} `;
      i += key.length;
      changed = true;
    } else out += text[i++];
  }
  return changed ? out : text;
}

/** The cut's words with where each stands in the text; undefined when they do not spell the text exactly. */
function cutSpans(text: string): { start: number; end: number; word: string }[] | undefined {
  const spans: { start: number; end: number; word: string }[] = [];
  let at = 0;
  for (const w of cut(text)) {
    spans.push({ start: at, end: at + w.length, word: w });
    at += w.length;
  }
  return at === text.length ? spans : undefined;
}

/**
 * A synonym term of two Chinese characters that the cut split, each half glued to its neighbour into
 * words no document, synonym or vocabulary word has (私|处长 of 私处长白斑: 处长 is a director), is read
 * whole, set apart by spaces. Only when every word the cut made across it is so unknown: 头发|白 stays
 * (头发 is a synonym's key) and is not read as 发白. The cost is one look-up of the query's words.
 */
export async function keepPairsWhole(text: string, synonyms: SynonymMap, df: DfLookup, vocab: Vocabulary): Promise<string> {
  const pairs = pairKeys.get(synonyms);
  if (!pairs?.size || !CJK_IN.test(text)) return text;
  const spans = cutSpans(text);
  if (!spans) return text;
  const found: { start: number; key: string; across: string[] }[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const key = text.slice(i, i + 2);
    if (!pairs.has(key)) continue;
    const across = spans.filter((s) => s.start < i + 2 && s.end > i);
    // Not split by the cut (the key is a word, or inside one), or split between two whole words.
    if (across.length < 2 || across.every((s) => s.start >= i && s.end <= i + 2)) continue;
    found.push({ start: i, key, across: across.map((s) => s.word).filter((w) => w.length > 1) });
  }
  if (!found.length) return text;
  const held = await df([...new Set(found.flatMap((f) => f.across))]);
  let out = text;
  for (const f of found.reverse()) {
    if (!f.across.length || f.across.some((w) => held.get(w) || synonyms.has(w) || vocab.words.has(w))) continue;
    out = `${out.slice(0, f.start)} ${f.key} ${out.slice(f.start + 2)}`;
  }
  return out;
}

/**
 * A character the cut gave to the wrong neighbour (喷香|水 of 喷香水: 喷香 is "fragrant", and 香水, perfume, is
 * lost; 手|背上 of 手背上长白斑): moved across, when the word it then makes is one the index holds. Leftward
 * only from a word no document, synonym or vocabulary word has (喷香); rightward only from a character
 * alone onto a word of two ending with a query stopword (背上 → 手背 上), when the index has the new word
 * more often than either. Set apart by spaces; one cut and one look-up a query (helper srch15).
 */
export async function shiftBoundaries(text: string, synonyms: SynonymMap, df: DfLookup, vocab: Vocabulary): Promise<string> {
  if (!CJK_IN.test(text)) return text;
  const spans = cutSpans(text);
  if (!spans) return text;
  const found: { from: number; to: number; word: string; left: boolean; x: string; y: string }[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const [x, y] = [spans[i]!, spans[i + 1]!];
    if (!CJK.test(x.word) || !CJK.test(y.word) || QUERY_STOPWORDS.has(x.word) || QUERY_STOPWORDS.has(y.word)) continue;
    if (x.word.length >= 2) found.push({ from: x.end - 1, to: y.end, word: x.word.slice(-1) + y.word, left: true, x: x.word, y: y.word });
    else if (y.word.length === 2 && QUERY_STOPWORDS.has(y.word[1]!)) found.push({ from: x.start, to: y.start + 1, word: x.word + y.word[0], left: false, x: x.word, y: y.word });
  }
  if (!found.length) return text;
  const held = await df([...new Set(found.flatMap((f) => [f.word, f.x, f.y]))]);
  const known = (w: string) => Boolean(held.get(w)) || synonyms.has(w) || vocab.words.has(w);
  let out = text;
  let before = text.length;
  for (const f of found.reverse()) {
    const n = held.get(f.word) ?? 0;
    if (!n || f.to > before) continue;
    if (f.left ? known(f.x) : n <= (held.get(f.x) ?? 0) || n <= (held.get(f.y) ?? 0)) continue;
    out = `${out.slice(0, f.from)} ${f.word} ${out.slice(f.to)}`;
    before = f.from;
  }
  return out;
}

/**
 * Pinyin typed inside Chinese characters, as a phone's keyboard leaves it when the patient does not
 * pick the character (白dian风, bai癜风, 伍德deng): Latin letters the index and the synonyms do not
 * know, read together with up to MAX_BESIDE characters either side as the pinyin of one vocabulary
 * word, the longest such reading (or, when there is none, the longest a fuzzy keyboard's slips allow: 白癜fen).
 * At most 2 × (MAX_BESIDE + 1)² look-ups for each run of letters.
 */
export function pinyinInside(text: string, vocab: Vocabulary, unknown: (latin: string) => boolean): { text: string; words: string[]; fuzzy: string[] } {
  const words: string[] = [];
  const fuzzy: string[] = [];
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/[a-z]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < at) continue;
    const left = /[\u3400-\u9fff]+$/u.exec(text.slice(Math.max(at, start - MAX_BESIDE), start))?.[0] ?? '';
    const right = /^[\u3400-\u9fff]+/u.exec(text.slice(end, end + MAX_BESIDE))?.[0] ?? '';
    if ((!left && !right) || !unknown(m[0])) continue;
    const ls = left ? syllablesOfRun(left) : [];
    const rs = right ? syllablesOfRun(right) : [];
    if (ls.length !== left.length || rs.length !== right.length) continue;
    let best: { k: number; r: number; word: string; fuzzy: boolean } | undefined;
    // Exactly, then as a fuzzy keyboard types it (白癜fen), for readings long enough to name one word.
    for (const slips of [false, true]) {
      for (let k = left.length; k >= 0; k--) {
        for (let r = right.length; r >= 0; r--) {
          if (!k && !r) continue;
          if (best && k + r <= best.k + best.r) continue;
          const latin = ls.slice(left.length - k).join('') + m[0] + rs.slice(0, r).join('');
          const word = slips ? (latin.length >= 6 ? vocab.byFuzzy.get(fuzzyLatin(latin)) : undefined) : vocab.byLatin.get(latin);
          if (word) best = { k, r, word, fuzzy: slips };
        }
      }
      if (best) break;
    }
    if (!best) continue;
    out += `${text.slice(at, start - best.k)} ${best.word} `;
    at = end + best.r;
    (best.fuzzy ? fuzzy : words).push(best.word);
  }
  return words.length || fuzzy.length ? { text: out + text.slice(at), words, fuzzy } : { text, words, fuzzy };
}

// A space typed inside a word (皮肤 镜检查, 白癜风 遗 传吗, 白 癜风: a phone keyboard's stray space or a word finished
// after a pause): two runs of Chinese characters with only spaces between them, where the characters either side of
// the space, joined, are a vocabulary word of 2–5 characters (皮肤镜, 遗传, 白癜风) that neither side holds alone.
// Two words typed apart on purpose (白斑 化妆, 饮食 忌口) make no such word across the space and stay apart
// (helper srch68, batch 65; decision 0111). Three or more characters each alone are spacedOut's.
const SPACE_BETWEEN_HAN = /(\p{Script=Han}+)[ \t]+(?=(\p{Script=Han}+))/gu;
const MAX_ACROSS = 5;

/** The vocabulary word a space cuts in two, read whole: 皮肤 镜检查 → 皮肤镜检查. */
export function spaceInsideWord(text: string, vocab: Vocabulary): string {
  if (!/\p{Script=Han}[ \t]+\p{Script=Han}/u.test(text)) return text;
  return text.replace(SPACE_BETWEEN_HAN, (all: string, left: string, right: string) => {
    for (let a = Math.min(left.length, MAX_ACROSS - 1); a >= 1; a--) {
      for (let b = Math.min(right.length, MAX_ACROSS - a); b >= 1; b--) {
        if (a + b < 2) continue;
        if (vocab.words.has(left.slice(left.length - a) + right.slice(0, b))) return left;
      }
    }
    return all;
  });
}

/**
 * The last characters of a query as a phone shows them mid-word (白癜, 他克, 表皮移): when they are
 * the start of a vocabulary word of three or more characters and neither the index, the synonyms
 * nor the everyday words have them, they stand for that word (the most frequent so beginning),
 * before any homophone reading (白癜 sounds like 白点). Undefined when the query does not so end.
 */
export function cutShortAtEnd(text: string, vocab: Vocabulary, unknown: (w: string) => boolean): { text: string; word: string } | undefined {
  const tail = QUERY_TAIL.exec(text);
  if (!tail) return undefined;
  const run = tail[0];
  for (let k = Math.min(MAX_PREFIX, run.length); k >= 2; k--) {
    const typed = run.slice(run.length - k);
    const word = vocab.byPrefix.get(typed);
    if (!word || vocab.words.has(typed) || isEverydayWord(typed) || !unknown(typed)) continue;
    const at = tail.index + run.length - k;
    return { text: `${text.slice(0, at)} ${word} ${text.slice(at + k)}`, word };
  }
  return undefined;
}

/**
 * The synonym key under which a clinic lists its treatments (外用药物, 光疗, 手术…): what a patient
 * who turns one down (不想做手术, 除了照光还有什么办法) is asking for instead. Without such rows there is
 * no exclusion reading, and the words are searched as typed.
 */
export const OTHER_WAYS = '其他治疗';
/** Words that turn down what follows them (除了照光, 不想做手术, 不用激素, 不打针), as jieba cuts them. */
const TURNS_DOWN = new Set(['除了', '除开', '不想', '不愿', '不愿意', '不要', '不用', '不打算', '不', '别']);
// A treatment the patient cannot have (不能照光怎么办, 没法打针还有什么办法, 不适合做手术 有别的吗) asks for the others as one turned
// down does, but only when the query asks for another way or what to do (CANNOT_ASKS): 孕期不能照光吗 asks whether, and
// searching the other treatments instead of 光疗 would lose its answer (helper srch35, batch 33).
const CANNOT = new Set(['不能', '不可以', '没法', '没办法', '不适合', '不宜', '不方便']);
const CANNOT_ASKS = /怎么办|咋办|怎么治|办法|还有|别的|其他|其它|替代|代替|换成?什么|改用/u;
const TURNS_DOWN_CHAR = new RegExp(`[${[...new Set([...TURNS_DOWN, ...CANNOT].map((w) => w[0]))].join('')}]`, 'u');

// The clinic's treatments (OTHER_WAYS' targets), per synonym table: asked by every query.
const otherWaysOf = new WeakMap<SynonymMap, string[]>();
function otherWays(synonyms: SynonymMap): string[] {
  let ways = otherWaysOf.get(synonyms);
  if (!ways) otherWaysOf.set(synonyms, (ways = synonyms.get(queryTerms(OTHER_WAYS).join(' '))?.map((t) => normalize(t)) ?? []));
  return ways;
}
/** The verb a treatment is turned down with (不想做手术, 不打针, 不吃药): the treatment is the word after it, or the rest of the word. */
const TREATMENT_VERBS = new Set([...'做用打吃涂擦抹照']);
/** After a treatment turned down, the words asking for another (还有什么办法, 别的治疗, 的方法, 能治好吗). */
const ANOTHER_WAY = new Set(['还有', '还', '别的', '其他', '其它', '另外', '以外', '之外', '办法', '方法', '治疗', '疗法', '治法', '治', '治好', '能治好', '根治']);

/**
 * A treatment the patient turns down, read as such: 不想做手术 asks for the other treatments, and 手术
 * searched as a wanted word found the page on surgery (or nothing). A word after a word of TURNS_DOWN
 * (and its verb) is a treatment when it, or a synonym target of it, is one of the clinic's treatments
 * (OTHER_WAYS) or a part of one (激素 of 糖皮质激素, 针 of 微针) — 不想出门 and 不吃海鲜 are not read so.
 * It and the words asking for another way leave the query; the clinic's other treatments take their
 * place, each a meaning of its own, so that no page holds them all and the "any word" ranking puts
 * the pages naming several first. The treatment is returned so that the pages titled by it can come
 * last (search.service.ts). The cost is one more cut of the query. Undefined when nothing is turned down.
 */
export function turnedDown(text: string, synonyms: SynonymMap): { text: string; excluded: string[]; wanted: string[] } | undefined {
  const ways = otherWays(synonyms);
  if (!ways.length) return undefined;
  const overlaps = (x: string) => ways.some((w) => w.includes(x) || x.includes(w));
  if (!CJK_IN.test(text)) return turnedDownInEnglish(text, synonyms, ways, overlaps);
  // Every word of TURNS_DOWN begins with one of these: without them the cut could find none.
  if (!TURNS_DOWN_CHAR.test(text)) return undefined;
  // A word leading to a treatment, or to a word that leads to one (植皮 → 表皮移植 → 手术: the graft named as patients do).
  const leadsTo = (x: string) => (synonyms.get(x) ?? []).map((t) => normalize(t));
  const isTreatment = (x: string) => CJK.test(x) && (overlaps(x) || leadsTo(x).some((t) => overlaps(t) || leadsTo(t).some(overlaps)));
  const words = cut(text);
  const excluded: string[] = [];
  const out: string[] = [];
  const asksAnother = CANNOT_ASKS.test(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!TURNS_DOWN.has(w) && !(asksAnother && CANNOT.has(w))) {
      out.push(w);
      continue;
    }
    // 不想|做|手术, 不想|做手术, 不|打针, 除了|照光.
    let j = i + 1;
    while (j < words.length && !words[j]!.trim()) j++;
    let next = words[j];
    if (next && TREATMENT_VERBS.has(next)) next = words[++j];
    const read = next === undefined ? [] : TREATMENT_VERBS.has(next[0]!) && next.length > 1 ? [next, next.slice(1)] : [next];
    const treatment = read.find(isTreatment);
    if (!treatment) {
      out.push(w);
      continue;
    }
    // The treatment with what it leads to (照光 → 光疗) and the treatments it holds (做手术 → 手术); the
    // verb's object alone (针 of 打针) only when the whole word is none.
    excluded.push(treatment, ...leadsTo(treatment), ...leadsTo(treatment).flatMap(leadsTo).filter((t) => ways.includes(t)), ...ways.filter((w) => treatment.includes(w)));
    i = j;
  }
  if (!excluded.length) return undefined;
  const rest = out.filter((w) => !ANOTHER_WAY.has(w));
  const down = [...new Set(excluded)];
  const wanted = ways.filter((w) => !down.some((x) => w.includes(x) || x.includes(w)));
  return { text: `${wanted.join(' ')} ${rest.join(' ')}`, excluded: down, wanted };
}

// The same on the English site (i dont want surgery what else, treatment without steroids, options
// other than light therapy): the words that turn down what follows, with the verbs and articles that
// may come between (don't want to have a, no more), as the query is normalised (apostrophes kept or
// left out); and the words that ask for another way.
const EN_TURNS_DOWN = /\b(?:(?:i\s+)?(?:don'?t|do\s+not|doesn'?t|does\s+not|won'?t|would\s+not|wouldn'?t|rather\s+not)\s+(?:want|like|wanna)?|not|no|without|instead\s+of|other\s+than|besides|except|apart\s+from|avoid(?:ing)?|skip(?:ping)?)\s+(?:(?:to|have|had|do|use|using|get|take|taking|try|any|more|an?|the)\s+)*([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/g;
const EN_ANOTHER_WAY = new Set(['else', 'other', 'others', 'alternative', 'alternatives', 'option', 'options', 'instead', 'way', 'ways', 'choice', 'choices', 'treatment', 'treatments', 'therapy', 'want', 'wanna', 'cure', 'cures', 'treat']);

/** Whether English words name a synonym key (one word, a plural, or two words together). */
function namesSomething(text: string, synonyms: SynonymMap): boolean {
  const words = text.split(/[^a-z-]+/).filter(Boolean);
  return words.some((w, i) => synonyms.has(w) || englishStem(w, synonyms) !== undefined || (i > 0 && synonyms.has(`${words[i - 1]} ${w}`)));
}

/**
 * turnedDown for a query without Chinese characters: a treatment named in English (surgery, steroid
 * cream, light therapy) after a word of EN_TURNS_DOWN is turned down when its synonym targets are, or
 * are part of, one of the clinic's treatments; two words are tried before one (light therapy before
 * light), and an English plural as its key. Bounded by the query's length (one pass of one pattern).
 */
function turnedDownInEnglish(text: string, synonyms: SynonymMap, ways: string[], overlaps: (x: string) => boolean): { text: string; excluded: string[]; wanted: string[] } | undefined {
  if (!/[a-z]/.test(text)) return undefined;
  const excluded: string[] = [];
  let rest = text;
  for (const m of text.matchAll(EN_TURNS_DOWN)) {
    // "X instead of Y" with X named (tanning bed instead of light therapy) asks whether X can replace Y, as
    // 晒太阳能代替光疗吗 does: nothing is turned down (helper srch15).
    if (/^instead/.test(m[0]) && namesSomething(text.slice(0, m.index), synonyms)) continue;
    const words = m[1]!.split(/\s+/);
    for (const n of words.length > 1 ? [2, 1] : [1]) {
      const typed = words.slice(0, n).join(' ');
      const key = synonyms.has(typed) ? typed : englishStem(typed, synonyms);
      const targets = key === undefined ? undefined : synonyms.get(key)?.map((t) => normalize(t));
      if (!targets?.some(overlaps)) continue;
      excluded.push(...targets, ...ways.filter((w) => targets.some((t) => t.includes(w))));
      rest = rest.replace(m[0].slice(0, m[0].length - m[1]!.length) + typed, ' ');
      break;
    }
  }
  if (!excluded.length) return undefined;
  const down = [...new Set(excluded)];
  const wanted = ways.filter((w) => !down.some((x) => w.includes(x) || x.includes(w)));
  // The articles a and an, kept by the stopwords for pinyin (a, an), are English here.
  const left = rest.split(/\s+/).filter((w) => w && !EN_ANOTHER_WAY.has(w.replace(/[^a-z-]/g, '')) && w !== 'a' && w !== 'an');
  return { text: `${wanted.join(' ')} ${left.join(' ')}`, excluded: down, wanted };
}

// A verb and its object said apart by what marks it done (照完光, 照过光, 抹了药): the word the two make, when
// a synonym or the vocabulary names it, as if typed together (照光 → 光疗 / 准分子光). Read apart, 照完 was a
// word no document holds and 光 alone stood for 激光 and 光敏反应 (helper srch17). Also what marks it going on
// (怀着孕 → 怀孕): 怀 alone stood for a doctor's name (helper srch19).
// An object of two characters too (染了头发 → 染头发 → 染发剂; read apart, 染 was left out as a stray and 头发 alone
// stood for 毛发), the longer word first (helper srch20).
const DONE_APART = /(\p{Script=Han})[完过了着](\p{Script=Han})(?=(\p{Script=Han})?)/gu;

/** 照完光 → 照光, 染了头发 → 染头发: see DONE_APART. One pass over the query, two look-ups a match. */
export function doneApart(text: string, synonyms: SynonymMap, vocab: Vocabulary): string {
  const names = (w: string) => synonyms.has(w) || vocab.words.has(w);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(DONE_APART)) {
    if (m.index < at) continue;
    const [all, v, o, next] = [m[0], m[1]!, m[2]!, m[3]];
    const end = m.index + all.length;
    if (next && names(v + o + next)) {
      out += `${text.slice(at, m.index)} ${v + o + next} `;
      at = end + next.length;
    } else if (names(v + o) && !(next && names(o + next))) {
      // …but not when the object is the start of a word of its own (抹了药膏 is 抹 药膏, not 抹药 膏; helper srch23).
      out += `${text.slice(at, m.index)} ${v + o} `;
      at = end;
    }
  }
  return spanApart(at ? out + text.slice(at) : text, names);
}

/** A span of time or a count said between a verb with 了 and its object (照了一个月光, 照了3个月光, 抹了半年药). */
const SPAN_APART = /(\p{Script=Han})了((?:[一二两三四五六七八九十几半]|\d+)(?:个多|个|多)?(?:月|年|周|星期|礼拜|天|次|回))(\p{Script=Han})/gu;

/**
 * 照了一个月光 → 照光 一个月: the verb and object the synonyms or the vocabulary name, joined, and the span
 * as a word of its own (the cut made 月光, moonlight, of the span and the object). One pass, one look-up a match.
 */
function spanApart(text: string, names: (w: string) => boolean): string {
  return text.replace(SPAN_APART, (all, v: string, span: string, o: string) => (names(v + o) ? ` ${v + o} ${span} ` : all));
}

// Darker or redder, said with 了 alone (皮肤也黑了, 周围红了): the 变黑 / 变红 the articles write. Alone, 黑 stood
// for 黑色素 and 黑素小体 (helper srch17). Not after a verb that already says how (变黑了, 晒黑了, 发红了), and not
// 白了: the white of a patch (嘴唇上白了一块, 头发也白了) is what the synonyms of 白 already find (变白 put
// 嘴唇上白了一块 fourth, from second).
const TURNED = /(?<![变发晒涂染])([黑红])了/gu;

/** 也黑了 → 也 变黑 了, when the index holds 变黑: see TURNED. One look-up a query. */
async function turnedColour(text: string, df: DfLookup): Promise<string> {
  const found = [...new Set([...text.matchAll(TURNED)].map((m) => `变${m[1]}`))];
  if (!found.length) return text;
  const held = await df(found);
  return text.replace(TURNED, (all: string, c: string) => (held.get(`变${c}`) ? ` 变${c} 了` : all));
}

/**
 * English words whose clinic sense is one of several, and the words around them that say the other one. A synonym key of one
 * common word (close → 门诊时间, book → 挂号, lift → 电梯, light → 光疗) read in every sense sent white patch close to my eye,
 * good book about vitiligo and can i lift weights with vitiligo to the hospital page, and light brown spots after sun to the
 * phototherapy pages. In these senses the word is no key: nearness (close to, close by), a book read (a / good / this book,
 * book about), lifting (lift weights, lift heavy things) and a light colour (light brown, light skin, a bit light). Fixed
 * alternatives around one word, no nesting: linear (decision 0132).
 */
// A Map, not an object literal: a typed word such as constructor must not find Object.prototype's members.
const OTHER_SENSE = new Map<string, RegExp>([
  ['close', /\bclose(?:ly)? (?:to|by|near|up|together|contact)\b|\b(?:very|too|so|quite|really) close\b/],
  ['book', /\b(?:a|the|good|any|this|that|which|best|great|my|your|new|read|reading|recommend|recommended) books?\b|\bbooks? (?:about|on|for)\b/],
  ['lift', /\blift(?:s|ing)? (?:weights?|heavy|things|boxes|objects|my|your|his|her|the|up)\b|\bweight ?lifting\b/],
  // Born in a place or a year is the patient's story, not a mark one is born with (幼年).
  ['born', /\bborn (?:in|on|at|and raised|here|abroad|overseas)\b|\b(?:first|second|last)[ -]?born\b/],
  // Cutting down on sugar or having a haircut is not a wound (外伤).
  ['cut', /\bcut(?:s|ting)? (?:down|back|out|off on|my hair|his hair|her hair|hair)\b|\bhair ?cuts?\b|\bcut (?:sugar|salt|carbs|meat|dairy|gluten|coffee|alcohol|smoking)\b/],
  ['light', /\blight(?:ly)?[ -](?:brown|tan|pink|red|grey|gray|yellow|beige|white|colou?red|colou?rs?|skinn?(?:ed)?|shade|tone|patch(?:es)?|spots?|marks?)\b|\b(?:too|very|a bit|slightly|bit|more|less|quite) light(?:er)?\b|\blighter\b/],
]);
function otherSense(key: string, text: string): boolean {
  return OTHER_SENSE.get(key)?.test(text) ?? false;
}

const WHITESPACE_RUN = /\s+/g;

/**
 * Turns a query into slots of alternatives. Corrections happen only for words the index does not
 * have, so nothing the patient typed exactly is replaced; `exact` turns corrections off (the
 * "search for the original words" link).
 */
export async function planQuery(query: string, ctx: { vocab: Vocabulary; synonyms: SynonymMap; df: DfLookup; exact?: boolean }): Promise<QueryPlan> {
  const { vocab, synonyms, df } = ctx;
  // A run of spaces is one space before any reading: the readings' optional spaces (\s* around optional words, also in
  // look-behinds) backtrack over a long run in the number of ways to split it, and 这种现 with 96 spaces took 9–25 ms to plan (review).
  const spaced = normalize(query).replace(WHITESPACE_RUN, ' ');
  const normal = ctx.exact ? spacedOut(spaced) : spaceInsideWord(spacedOut(spaced), vocab);
  let text = await turnedColour(doneApart(await countsAsWritten(questionForm(normal), df), synonyms, vocab), df);
  const askedFor = ctx.exact ? undefined : doctorAsked(text);
  if (askedFor !== undefined && askedFor.trim()) text = askedFor;
  const corrected = new Map<string, number>();
  const down = ctx.exact ? undefined : turnedDown(text, synonyms);
  if (down) text = down.text;
  if (!ctx.exact) {
    const letters = [...new Set(text.match(/[a-z]+/g) ?? [])];
    if (letters.length && CJK_IN.test(text)) {
      const held = await df(letters);
      const inside = pinyinInside(text, vocab, (t) => !held.get(t) && !synonyms.has(t));
      text = inside.text;
      for (const w of inside.words) corrected.set(w, PCT.pinyin);
      for (const w of inside.fuzzy) corrected.set(w, PCT.loose);
    }
    const tail = QUERY_TAIL.exec(text)?.[0];
    if (tail && tail.length >= 2) {
      const ends = Array.from({ length: Math.min(MAX_PREFIX, tail.length) - 1 }, (_, i) => tail.slice(tail.length - i - 2));
      const held = await df(ends);
      const short = cutShortAtEnd(text, vocab, (w) => !held.get(w) && !synonyms.has(w));
      if (short) {
        text = short.text;
        corrected.set(short.word, PCT.contains);
      }
    }
    const words = cut(text);
    const wordDf = await df([...new Set(words)]);
    // A word of the synonym table is known too: 皮肤癌 is what the patient meant, not 皮肤镜.
    const known = (w: string) => Boolean(wordDf.get(w)) || synonyms.has(w);
    /** Applies the corrections whose typed window the index does not hold. */
    const apply = async (found: Correction[]) => {
      if (!found.length) return;
      const held = await df(found.map((c) => c.from));
      for (const c of found) {
        if (held.get(c.from)) continue;
        text = text.replace(c.from, c.to);
        corrected.set(c.to, c.pct);
      }
    };
    await apply(homophones(text, vocab, correctionGate(text, words, known)));
    // Then a character that looks like the right one (柴外线, 儿重), where no sound led: the same gate, the
    // same positions (a homophone correction keeps the length), a window the index lacks.
    await apply(shapeSlips(text, vocab, correctionGate(text, words, known)));
  }
  if (!ctx.exact) text = await shiftBoundaries(await keepPairsWhole(text, synonyms, df, vocab), synonyms, df, vocab);
  let tokens = queryTerms(keepKeysWhole(text, synonyms));
  if (!tokens.length) return { slots: [], highlight: [] };
  const counts = await df(tokens);
  if (!ctx.exact) tokens = await readLatin(tokens, counts, { vocab, synonyms, df, units: unitsAfterNumbers(text) }, corrected);
  // A word read from Latin that the index holds only as the cut's pieces (linqingyuan → 林清远, a doctor's
  // name, indexed 林|清远): those pieces, when the index holds each (helper srch29). Two look-ups at most.
  if (!ctx.exact) tokens = await piecesHeld(tokens, corrected, df);
  // Only a query that names something the clinic vocabulary knows (and the index holds) has its
  // stray words re-read or left out; 量子计算机 stays a miss as typed, not a hit on 计算.
  const anchored = !ctx.exact && (await isAnchored(tokens, counts, vocab, synonyms, df));
  if (anchored) tokens = await readInside(tokens, counts, synonyms, corrected, df, vocab);
  let slots: Slot[] = tokens.map((t) => ({ alts: [{ term: t, pct: corrected.get(t) ?? PCT.exact }] }));

  // Synonyms: the longest run of typed words that is a synonym's key lends its targets to each
  // of the words it covers.
  const lent: { at: number[]; targets: string[]; merge?: true }[] = [];
  for (let i = 0; i < tokens.length; ) {
    let step = 1;
    for (let len = Math.min(4, tokens.length - i); len >= 1; len--) {
      const key = tokens.slice(i, i + len).join(' ');
      if (len === 1 && otherSense(key, text)) continue;
      // A key of several English words with its last one inflected (check ups, white patches on
      // skin's kin: side effects) is the key: the ending is read off the whole, as for one word.
      const targets = synonyms.get(key) ?? (len > 1 && LATIN.test(tokens[i + len - 1]!) ? synonyms.get(englishStem(key, synonyms) ?? '') : undefined);
      if (!targets) continue;
      // The typed words of a key of several (染|头发, skin graft) are one meaning, as with a split key:
      // lent to each, a target counts for the first only (scoringPlan), and the others could then
      // be met by nothing.
      lent.push({ at: Array.from({ length: len }, (_, k) => i + k), targets, ...(len > 1 ? { merge: true as const } : {}) });
      step = len;
      break;
    }
    // A key of two words also with one to three typed words between them, the way a set phrase is
    // split around its verb (多久复诊一次 for 多久一次, 多久回医院看一次): the two words are one meaning,
    // with its targets, and the words between stay meanings of their own. The nearest second word.
    if (step === 1 && !synonyms.has(tokens[i]!)) {
      for (let k = i + 2; k <= Math.min(i + 1 + MAX_BETWEEN, tokens.length - 1); k++) {
        const targets = synonyms.get(`${tokens[i]} ${tokens[k]}`);
        if (!targets) continue;
        lent.push({ at: [i, k], targets, merge: true });
        break;
      }
    }
    i += step;
  }
  if (lent.length) {
    // A target the index holds as one word is searched as that word: the query's cut splits some
    // words the index keeps whole (变大 → 变|大, and 大 alone would match anything big).
    const whole = await df([...new Set(lent.flatMap((l) => l.targets.map((t) => normalize(t))))]);
    const merged = new Set<Slot>();
    for (const { at, targets, merge } of lent) {
      const terms = [...new Set(targets.flatMap((t) => (whole.get(normalize(t)) ? [normalize(t)] : queryTerms(t))))];
      for (const k of at) for (const term of terms) slots[k]!.alts.push({ term, pct: PCT.synonym });
      if (!merge) continue;
      // The first typed word of a key of several is only a part of what was meant: it counts as a
      // word containing it would, below the key's targets (越来越 of 越来越大 is met by the FAQ
      // 白斑会不会越来越多, which is not the answer). The word a split key is split around is a
      // meaning of its own.
      if (at[1] === at[0]! + 1) {
        const first = slots[at[0]!]!.alts[0]!;
        slots[at[0]!]!.alts[0] = { ...first, pct: Math.min(first.pct, PCT.contains) };
      }
      for (const k of at.slice(1)) merged.add(slots[k]!);
    }
    if (merged.size) slots = slots.filter((s) => !merged.has(s));
  }

  // A Chinese word the index lacks, or a single character: the vocabulary's words containing it,
  // the more frequent first and, as frequent, those beginning with it (白 → 白发 before 变白).
  let unknown = await df(slots.flatMap((s) => s.alts.map((a) => a.term)));
  const cutShort = new Map<Slot, string[]>();
  const withUp = new Map<Slot, string[]>();
  const lendsOn = new Map<Slot, string[]>();
  for (const s of slots) {
    const t = s.alts[0]!.term;
    if (!CJK.test(t) || (unknown.get(t) && t.length > 1) || s.alts.length > 1) continue;
    const containing: [string, number][] = [];
    let cutoff = -1;
    let starting = 0;
    let seen = 0;
    for (const [w, f] of vocab.words) {
      if (w === t || !w.includes(t)) continue;
      // A patient's word the synonyms lead from (白人 → 人种), neither the clinic's nor a target, is no
      // reading of a character typed alone: it lends nothing to one character, and the articles
      // rarely write it (白 of 头发也白了 lost 白发 to 白人; helper srch15).
      if (t.length === 1 && layKey(w, synonyms)) continue;
      const starts = w.startsWith(t);
      if (containing.length >= MAX_CONTAINING) {
        // Past the last place, a word beginning with it and as frequent as that place's can still
        // move in: looked for among the next few words only, so a common character costs no more.
        if (f !== cutoff || starting >= MAX_CONTAINING || ++seen > 4 * MAX_CONTAINING) break;
        if (!starts) continue;
      }
      containing.push([w, f]);
      if (starts) starting++;
      if (containing.length === MAX_CONTAINING) cutoff = f;
    }
    containing.sort((a, b) => b[1] - a[1] || Number(b[0].startsWith(t)) - Number(a[0].startsWith(t)));
    for (const [w] of containing.slice(0, MAX_CONTAINING)) {
      s.alts.push({ term: w, pct: PCT.contains });
      const targets = synonyms.get(w);
      if (targets && t.length >= 2) lendsOn.set(s, [...(lendsOn.get(s) ?? []), ...targets.map((x) => normalize(x))]);
    }
    if (t.length === 1 && unknown.get(t)) cutShort.set(s, everydayWordsStarting(t).filter((w) => !vocab.words.has(w)));
    // Also one the index has alone in passing (带 of 带着, cut 带|着, in one or two texts): the form with
    // 上 or 出 is then the verb when the index has it more often (below).
    if (t.length === 1) withUp.set(s, VERB_COMPLEMENTS.map((c) => t + c));
  }
  // A vocabulary word containing a typed word of two or more characters that is a synonym key (他克 →
  // 他克莫司 → 钙调磷酸酶抑制剂) lends its targets too, as the word would typed whole: a key is often in
  // no document (the brand and generic names), and the word containing it then matched nothing. Not
  // for a single character: 天 is in 冬天, and 冬季 is no reading of 那天.
  if (lendsOn.size) {
    const held = await df([...new Set([...lendsOn.values()].flat())]);
    for (const [s, targets] of lendsOn) for (const t of targets) for (const term of held.get(t) ? [t] : queryTerms(t)) s.alts.push({ term, pct: PCT.contains });
    unknown = new Map([...unknown, ...held]);
  }
  // A single character the index has on its own may be an everyday word cut short (选 for 选择):
  // such a word counts when the index has it more often than the character alone, the way the
  // articles write it. One the index never has alone is more often a piece of a longer word (癜|风).
  if (cutShort.size) {
    const held = await df([...new Set([...cutShort.values()].flat())]);
    for (const [s, words] of cutShort) {
      const alone = unknown.get(s.alts[0]!.term) ?? 0;
      // The ones the index has most often first (干 of 又干又痒: 干燥 before 干净 and 干扰).
      const often = words.filter((x) => (held.get(x) ?? 0) > alone).sort((a, b) => held.get(b)! - held.get(a)! || (a < b ? -1 : 1));
      for (const w of often.slice(0, MAX_CUT_SHORT)) s.alts.push({ term: w, pct: PCT.contains });
    }
    unknown = new Map([...unknown, ...held]);
  }

  // A single character the index never has alone (or has alone less often than so) is often a verb the articles write with the
  // complement 上 (带 → 带上 of 复诊带啥, 戴 → 戴上) or 出 (挤 → 挤出 of 药膏一次挤多少, helper srch15): that
  // form, the first the index has. (Other complements were tried: 得 → 得到 of 得了白斑 is another verb.)
  if (withUp.size) {
    const held = await df([...new Set([...withUp.values()].flat())]);
    // …and is then that verb, not a piece of the nouns containing it (带 of 要带啥 is no 腰带).
    for (const [s, ws] of withUp) {
      // Held more often than the character alone, which a growing site comes to hold in passing
      // (带着 cut 带|着 in a new article made 带 a word of two documents, and 复诊带啥 lost 带上; helper srch24).
      const alone = unknown.get(s.alts[0]!.term) ?? 0;
      const w = ws.find((x) => (held.get(x) ?? 0) > alone);
      if (w) s.alts = [s.alts[0]!, { term: w, pct: PCT.contains }];
    }
    unknown = new Map([...unknown, ...held]);
  }
  // Two typed words next to each other that lead to the same word (胳膊 and 腿 → 四肢, 腰 and 皮带 →
  // 腰带) name one thing the articles say once: one meaning, met by either. As two, the word would
  // count for the first only (scoringPlan) and the second could be met by nothing.
  {
    const merged = new Set<Slot>();
    const ledTo = (s: Slot) => new Set(s.alts.slice(1).map((x) => x.term));
    for (let k = 1; k < slots.length; k++) {
      let j = k - 1;
      while (merged.has(slots[j]!)) j--;
      const [a, b] = [slots[j]!, slots[k]!];
      const shared = ledTo(a);
      if ([...ledTo(b)].some((t) => shared.has(t)) && !b.alts.some((x) => x.term === a.alts[0]!.term) && !a.alts.some((x) => x.term === b.alts[0]!.term)) {
        a.alts.push(...b.alts);
        merged.add(b);
      }
    }
    if (merged.size) slots = slots.filter((s) => !merged.has(s));
  }
  for (const s of slots) {
    const seen = new Set<string>();
    s.alts = s.alts.filter((a) => !seen.has(a.term) && seen.add(a.term));
  }
  // A treatment turned down is no alternative of what is asked for instead (照光 → 光疗 of 其他治疗).
  if (down) for (const s of slots) s.alts = s.alts.filter((a, k) => k === 0 || !down.excluded.some((x) => a.term.includes(x) || x.includes(a.term)));
  // A meaning no document holds by any of its words cannot be required: it would only send every
  // query with one stray word (手上, a dialect word) to "any word" ranking. The others are searched
  // together, and the page says not every word was found. With none found, all stay (the miss).
  let dropped = false;
  const unheld = slots.filter((s) => !s.alts.some((a) => unknown.get(a.term)));
  if (anchored && slots.length > 1 && unheld.length) {
    const held = await df(unheld.flatMap((s) => s.alts.map((a) => a.term)));
    const live = slots.filter((s) => !unheld.includes(s) || s.alts.some((a) => held.get(a.term)));
    if (live.length && live.length < slots.length) {
      slots = live;
      dropped = true;
    }
  }
  const typed = slots.map((s) => s.alts[0]!.term);
  return {
    slots,
    ...(dropped ? { dropped } : {}),
    ...(asksWhichOfTwo(normal) ? { compared: true } : {}),
    ...(down ? { excluded: down.excluded, wanted: down.wanted } : {}),
    ...(askedFor !== undefined ? { doctorAsked: true } : {}),
    corrected: corrected.size ? typed.join(' ') : undefined,
    highlight: [...new Set(slots.flatMap((s) => s.alts.map((a) => a.term)))],
    phrase: typed.length > 1 ? typed.join(typed.every((t) => CJK.test(t)) ? '' : ' ') : undefined,
  };
}
