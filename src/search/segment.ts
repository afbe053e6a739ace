import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { SRC } from '../paths.js';
import { simplified } from '../web/han.js';
import { mayMatch, replaceIf } from './guard.js';

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

let everyday: Set<string> | undefined;

/**
 * Whether a word is common in everyday Chinese (the general dictionary's frequency): typed as it
 * stands, such a word (一直, 以后) is what the patient meant, not a homophone slip for a clinic word.
 */
export function isEverydayWord(word: string): boolean {
  // The general dictionary's words of frequency >= 1000 (scripts/gen-everyday-words.ts): 一直
  // 18596, 一定 25293, but 白班 2.
  everyday ??= wordList('everyday-words.txt');
  return everyday.has(word);
}

/** The words of a list under src/search, one a line; `#` lines say where the list comes from. */
export function wordList(file: string): Set<string> {
  return new Set(fs.readFileSync(path.join(SRC, 'search', file), 'utf8').split('\n').filter((l) => l && l[0] !== '#'));
}

let everydayByFirst: Map<string, string[]> | undefined;

/** Everyday words that begin with a character (选 → 选择, 选手…), in code-point order. */
export function everydayWordsStarting(char: string): string[] {
  if (!everydayByFirst) {
    isEverydayWord('');
    everydayByFirst = new Map();
    for (const w of everyday!) {
      const first = w[0]!;
      everydayByFirst.set(first, [...(everydayByFirst.get(first) ?? []), w]);
    }
  }
  return everydayByFirst.get(char) ?? [];
}

const WORD = /^[\p{L}\p{N}_]+$/u;

// Function words that carry no meaning in a query; documents keep them (they cost little). The
// second line is how patients wrap a question (你好，想问一下…是不是…怎么办) and the verb of a
// described symptom (脸上长了白点): required, they sent such queries to whatever article has 怎么办
// in its title.
export const QUERY_STOPWORDS = new Set(
  [
    '的 了 吗 呢 吧 啊 呀 么 是 和 与 及 或 在 有 会 能 要 就 都 也 还 又 被 把 让 给 对 从 向 为 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 哪 哪些 什么 怎么 怎样 如何 为什么 吗 请问 一下',
    '你好 您好 想 问 想问 问问 谢谢 很 怎么办 咋办 咋 是不是 会不会 能不能 可不可以 可以 长',
    // Voice input: fillers and hesitations, the vague counts and the "place where" of a described
    // symptom (那个照光的治疗一个星期要去几次, 皮带勒的地方变白了).
    '嗯 呃 哦 噢 嘛 啦 哈 然后 就是 一个 几个 地方',
    // 才 as 就 (照多久才有效果), 去 of "go and do" (要去复查), and the 上 a described place ends with
    // (手指上的白斑, 嘴唇上): required, they matched whatever page had 才 or 上 alone, and 上 stood for
    // 脸上 and 上药.
    '才 去 上',
    // The aspect particle 着 (老想着, 一直痒着: 想着 read as its verb left 着 to stand for 色素沉着),
    // and 哪个 / 哪种 of a comparison (伍德灯和皮肤镜哪个准), which ask like 哪些.
    '着 哪个 哪种',
    // …and 还是 of "or" between the two (隔一天照还是天天照, 先抹药还是先照光): the two are the meaning (helper srch17).
    '还是',
    // 老 / 老是 / 总是 as "keep on" (老想着, 老是痒): 老 alone stood for 中老年人.
    '老 老是 总是',
    // 事 of 白斑的事 (a matter) and the light verb 用 (分开用, 能用吗): alone they stood for the
    // 注意事项 and 外用药物 of titles.
    '事 用',
    // 先 of order (要先控制住, 先涂药): alone it matched whatever page says to try something first (先在小范围试用), and
    // the page that answers lost its place once the words around it were read (helper srch48, batch 46). 先做哪个 is read before.
    '先',
    // 太 of "too" (太烫, 太久), a degree word like 很: glued to its adjective it is read as the adjective.
    '太',
    // "That day" / "that time" of an event named beside it (去做皮肤镜那天, 照光那天能化妆吗): the event is
    // the meaning; 那天 was read as 天 after its 那, and 天 stood for 冬天 and 夏天 (helper srch13).
    '那天 这天 那时 那时候 这时候',
    '不能 不 没 做',
    // Spoken forms of 什么 and 怎么 (复诊带啥, 要注意些啥).
    '啥 啥样 些啥 干啥 咋样',
    // "After" an event named before it (文眉以后眉毛变白了, 微针以后脸上掉皮), the 起 of a described symptom
    // like 长 (身上起白斑), the "stuff" of 酚类的东西, and the pronouns of northern speech (俺家闺女, 咱): the
    // event, the symptom and the thing are the meaning (helper srch15).
    '以后 之后 起 东西 俺 俺们 俺家 咱 咱们 咱家',
    // 长出 of a described symptom, as 长 and 起 (擦破皮的地方长出白斑了): 出 left alone stood for 外出 and
    // 出生 (helper srch16).
    '长出',
    // …and 冒出 (白斑中间冒出小黑点), the same verb of something appearing; 问下 / 想问下, 问一下 said short (我想问下),
    // and 的话 of "if" (备孕的话): left alone, 下 stood for 几点下班 and 的话 was required (helper srch19).
    '冒出 问下 想问下 的话',
    // 现象 of a named sign or of something described (Koebner现象, 这种现象正常吗): the sign or the thing is the meaning;
    // required, it sent the query to the two pages that say 现象 in passing (helper srch30).
    '现象',
    // "Which kinds" / "how many kinds" of a question (外用药膏有哪几种): the thing asked about is the meaning;
    // required, 几种 sent the query to the pages with a heading of 几种… (几种遮盖方式, 几种表皮移植方法), as
    // 几个 would (helper srch33).
    '几种 哪几种 几类 哪几类',
    // Voice input (helper srch34, batch 32): the filler 就是说 (jieba keeps it whole, so the 就是 above never met it).
    // Not 做完 (the 完 left alone after 做): as a stopword it took a meaning from 做完微针化脓还发烧了, whose two left were
    // held in full by one page only (recall@5 1 → 0.5). 叫 of a name: NAMED.
    '就是说',
    // "Where" (停车场在哪里, 在哪儿挂号): the place asked for is the meaning; 哪里 matched the title that
    // asks where a cell is (黑色素细胞在哪里) before the page that says where to park.
    '哪里 哪儿 在哪 在哪里 在哪儿',
    // 报告 of a named test's report (皮肤镜报告看不懂, 化验报告): the test is the meaning; required, it kept the dermoscopy page,
    // which never says 报告, out of 皮肤镜报告 and sent it to the pages that mention a report in passing (decision 0103).
    '报告',
    // …and "there" / "here" of a place pointed at (下面那里长了白斑: 那里 lost its 那, and 里 stood for 哪里);
    // "what is going on" (咋回事, 怎么回事) and "should" (我该怎么陪她) wrap a question like 怎么办; 不好意思
    // ("sorry to ask", "embarrassed to") opens or qualifies one (helper srch20).
    '那里 这里 那儿 这儿 回事 怎么回事 该 应该 不好意思',
    // …and 里 of "in" that the cut left alone after a noun (皮肤镜在白斑诊断里的用处, 饮食里): where something is said, not a
    // word to search; required, it stood for 哪里 and the title's 暗室里 and led the dermoscopy question to the Wood's lamp
    // page (helper srch44, batch 42). Words the cut keeps whole (哪里, 家里, 公里) are not this.
    '里',
    // …and 上长 of 白斑上长了白头发, the cut's glue of the place's 上 and the growth's 长, both left out alone (helper srch45,
    // batch 43): required, it was a word no page holds.
    '上长',
    // English function words on the English site (does vitiligo spread, stress and anxiety): dropped
    // before any Latin word is read as pinyin, where "and" spelt the initials of a drug's brand name.
    // Not the ones that are pinyin syllables as well (a, an, me, he, ma, de), which "shi shen me" needs.
    'the is are was were be been am do does did can could should would will shall may might must',
    'how what when why which who whom whose where to of for with without on in at by from into onto',
    'and or not no nor if then than that this these those there it its i my mine you your we our they',
    'their them us get gets got have has had having about after before during very much many so too',
    'any some just only also please help really still yet ever',
    // …and "actually" of a question that insists (is my treatment actually working), "later" of a time said loosely
    // (turn white again later: one slip away, it was read as laser; helper srch30).
    'actually later',
    // …and those read as pinyin initials when left in (psoriasis light box same as vitiligo: 'as' spelt 暗室).
    'as but because since while behind around out off over under near each both like',
  ]
    .join(' ')
    .split(' '),
);

// Latin letters with diacritics: pinyin typed with its tone marks (bái diàn fēng, pífūjìng) is
// the same word as without them, and so is an accented word.
const MARKED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/**
 * Full-width letters and digits become ASCII, letters lower-case and without diacritics,
 * traditional characters simplified (src/web/han.ts): the same text on both sides of a match.
 */
export function normalize(text: string): string {
  let t = (LIST_SIGN.test(text) ? text.replace(LIST_SIGN, ' ') : text).normalize('NFKC');
  if (MARKED.test(t)) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return simplified(t).toLowerCase();
}

// A list's number signs (①②③, ⑴⑵, ⒈⒉, ❶❷, ➀➁): NFKC made them digits, and a digit before a word was a count (2皮肤镜 →
// 二 → 二羟基丙酮). A sign is no word on either side of a match (helper srch36, batch 34). One character class: linear.
const LIST_SIGN = /[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]/gu;

// A number with its unit (308nm, 0.1%… as jieba keeps them: digits then Latin letters).
const NUMBER_UNIT = /^(\d+(?:\.\d+)?)([a-z]{1,4})$/;

/**
 * Words of a document for the index; search mode also emits the parts of long words (黑色素细胞 →
 * 黑色素, 细胞), and a number with a unit also stands for the bare number (308nm → 308nm, 308, nm),
 * so `308` finds a text that says `308nm`.
 */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const w of segmenter().cutForSearch(normalize(text), true)) {
    if (!WORD.test(w)) continue;
    out.push(w);
    const m = NUMBER_UNIT.exec(w);
    if (m) out.push(m[1]!, m[2]!);
  }
  return out.join(' ');
}

// Three or more Chinese characters each typed alone between spaces (白 癜 风 会 遗 传 吗, a phone keyboard's
// habit or a copied heading): one run of text, cut as if typed together. Two alone (痣 癣) may be two words
// and stay apart (helper srch21).
const SPACED_OUT = /(?<!\p{Script=Han})\p{Script=Han}(?:\s+\p{Script=Han}(?!\p{Script=Han})){2,}/gu;

/** Characters typed one by one between spaces as the run they spell (白 癜 风 → 白癜风). */
export function spacedOut(text: string): string {
  return text.replace(SPACED_OUT, (run) => run.replace(/\s+/gu, ''));
}

/**
 * `308 nm`, `308 NM` → `308nm`: a number followed by a unit is one token, as in the index. Not an
 * English function word after a number (my son is 7 and has…): glued, 7and read and as pinyin
 * initials, a drug's brand name (helper srch26). Not a number glued to letters before it (FT3 FT4, T3 TSH): that is
 * a code of its own, a lab item copied from a report, and the next word is another item, not its unit (decision 0113).
 */
function joinUnits(text: string): string {
  // Only the last digit of a run is followed by a blank: asked first, the look-behind runs once per run, not back over the run from each of its digits (review).
  return text.replace(/(?=\d\s)(?<![a-z]\d*)(\d)\s+([a-z]{1,4})(?![a-z])/g, (all, d: string, unit: string) => (QUERY_STOPWORDS.has(unit) ? all : d + unit));
}

// A yes-no question asked by repeating the verb (会不会, 疼不疼, 能不能吃, 可不可以, 有没有): jieba
// cuts it as 能|不能 and keeps 不能 as a word, or glues the verb to the word before it (照光会|不会).
const A_NOT_A = /(\p{Script=Han})[不没]\1(\p{Script=Han}?)/gu;
// The character after the verb's object begins a word with the next one (有没有效果: 效果, not 有效 and 果 left alone;
// helper srch30): the verb stays apart. One look at one more character.
const startsWord = (next: string, after: string | undefined): boolean =>
  after !== undefined && /\p{Script=Han}/u.test(after) && isEverydayWord(next + after) && !QUERY_STOPWORDS.has(next + after);

/**
 * The question as a statement: 能不能根治 → 能 根治, 疼不疼 → 疼, 可不可以 → 可以, 需不需要 → 需要 (the
 * verb, set apart by spaces, kept whole when it is a two-character everyday word; not when both its
 * characters are query stopwords, as the modal with the verb after it is: 会不会长不高 is not 会长, the
 * chairman, helper srch29). Asked in Hong
 * Kong's written Cantonese or of the clinic itself, first as below (spokenAsWritten).
 */
export function questionForm(text: string): string {
  return remembered(readQuestions, text, readQuestion);
}

// A query's reading is asked for the same text more than once while it is planned (planQuery's
// questionForm of the query, then queryTerms' of the corrected text, often the same; asksWhichOfTwo's
// spokenAsWritten of the query): the last few answers kept. Both are pure (static word lists only).
const MAX_REMEMBERED = 64;
const readQuestions = new Map<string, string>();
const readSpoken = new Map<string, string>();
function remembered(kept: Map<string, string>, text: string, read: (text: string) => string): string {
  let out = kept.get(text);
  if (out === undefined) {
    out = read(text);
    if (kept.size >= MAX_REMEMBERED) kept.delete(kept.keys().next().value!);
    kept.set(text, out);
  }
  return out;
}

function readQuestion(text: string): string {
  // Each replacement skipped on a text holding none of the characters its every match needs (replaceIf, decision 0107).
  let t = passedOn(spokenAsWritten(text));
  for (const [re, to] of QUESTION_SAID) t = replaceIf(t, re, to);
  t = wavelengthAsWritten(t);
  for (const [re, to] of QUESTION_ASKED) t = replaceIf(t, re, to);
  return replaceIf(t, A_NOT_A, (all: string, v: string, next: string, at: number, whole: string) => (OK_ASKED.includes(v) && (!next || ENDS_ASKING.includes(next)) ? ` ${next}` : next && isEverydayWord(v + next) && !(QUERY_STOPWORDS.has(v) && QUERY_STOPWORDS.has(next)) && !startsWord(next, whole[at + all.length]) ? ` ${v}${next} ` : ` ${v} ${next}`));
}

// Why one got it (为什么会得白癜风, 白斑为什么会长出来, 怎么会长白斑, Cantonese 點解會生出嚟 once read as 为什么): the cause
// asked, the 病因 the causes page is titled by. 为什么 alone is a stopword and the query kept only 白斑, which every
// page holds. Only 得 / 长 / 生 / 出现 / 有 of getting it, with 出来 or the patch or disease word after them or nothing,
// at the end of the query or before a particle, a sentence mark or a space: 为什么会变大, 为什么要查甲状腺, 为什么会有同形反应
// stay as they are. One pass, no nesting (helper srch37, batch 35).
const WHY_GOT = /(?:为什么|怎么)\s*会?\s*(?:得|长|生|出现|有)\s*(?:出来?|起来)?\s*(?=(?:白斑|白癜风|白点|这个病|这种病|这病)?\s*(?:[呢啊呀吗的了]|[?？!！。,，.\s]|$))/gu;

// Passed on, asked as "will the child have it too" (老公有白癜风生的宝宝会不会也有, 生的孩子会不会也得白斑): the heredity the
// pages call 遗传. 会不会 and 也 and 有 are stopwords, so only the child word and the parent's disease were left and the
// contagion page's FAQ on couples came first (helper srch38, batch 36). Only 也 + 有 / 得 / 长 / 患 (上) after a child
// word a few characters before, with 白斑 / 白癜风 / 这个病 or nothing after it and then the end, a particle, a sentence
// mark or a space: 孩子会不会也传染 (contagion), 孩子也有白斑怎么办 (a fact told, a question after it) stay. In such a
// question the birth said before the child (生的孩子, 生出来的宝宝) is no word to search either: 生 alone led to the diet
// page's 生长发育 (BORN_CHILD, only when PASSED_ON matched; 生孩子 of giving birth stays). One pass each, a look back of
// bounded width: linear.
const BORN_CHILD = /生(?:出来|下来|下)?的(?=孩子|小孩|宝宝|宝贝|娃|儿子|女儿|闺女)/gu;
const PASSED_ON =
  /(?<=(?:孩子|小孩|宝宝|宝贝|下一代|后代|子女|儿子|女儿|闺女|娃|孙子|孙女)\p{Script=Han}{0,4})(?:会不会|会|能不能|是不是)?也(?:会)?(?:有|得|长|患)上?(?=(?:白斑|白癜风|白点|这个病|这种病|这病)?\s*(?:[呢啊呀吗的了么]|[?？!！。,，.\s]|$))/gu;

// A record's or lab sheet's words copied into the search box (诊断：寻常型白癜风, 诊断 白色糠疹, 稳定期 建议负压吸疱, 同形反应 阳性):
// the field's name before what was found or advised, and a result column's 阳性 / 阴性 set apart after a finding, are no
// words to search; required, 诊断 led to the dermoscopy page titled …白斑诊断, 建议 to the page that advises most, and
// 阳性 to the thyroid page's 抗体阳性 (helper srch38, batch 36). Only a field name at the start of the query or after a
// space and followed by a colon, or at the start and followed by a space and a finding (诊断 方法, 诊断 标准 keep it: a
// keyword string about diagnosis), or 建议 glued to what is advised at the start or after a space; and 阳性 / 阴性 only
// after a space and before a space, a sentence mark or the end, and not after an antibody (抗体 阳性, TPOAb 阳性 stay):
// 白癜风怎么诊断, 白癜风 诊断, 诊断白癜风要做什么检查, 医生建议, 抗体阳性 stay as typed. Two passes, fixed alternatives: linear.
const RECORD_FIELD =
  /(?<=^|\s)(?:(?:初步|临床|门诊|出院|入院)?诊断|印象|主诉|医嘱|处理意见|处理|结论|检查结果|建议)\s*[:：]|^\s*(?:(?:初步|临床|门诊|出院|入院)?诊断|印象|主诉|医嘱|建议)\s+(?!(?:方法|标准|依据|流程|步骤|要点|检查|鉴别)(?:\s|$))|(?<=^|\s)建议(?=\p{Script=Han})/gu;
const RESULT_MARK = /(?<![体bB])\s+(?:阳性|阴性)(?=[\s,，;；。]|$)/gu;

function passedOn(t: string): string {
  if (!t.includes('也')) return t;
  const read = t.replace(PASSED_ON, ' 遗传 ');
  return read === t ? t : read.replace(BORN_CHILD, ' ');
}

// 一点 before a negation is "at all" (一点没变, 一点也不疼, 一点变化都没有), not "a little": no word to search; it
// stood for 要点 and outweighed what was asked (helper srch21). 高一点, 一点点 stay.
const AT_ALL = /一点(?=[都也]?[没不]|\p{Script=Han}{1,3}[都也][没不])/gu;

// "Necessarily" before the 是 of a yes-no question (长了白斑一定是白癜风吗, 肯定是进展期吗): the question is whether
// it is, as the pages ask it (…就是白癜风吗); 一定 stood for the FAQ that asks 一定会得吗 and led (helper srch44). Only
// right before 是: 一定会遗传吗 and 一定要防晒 keep it.
const SURE_IS = /(?:一定|肯定)(?=是)/gu;

// Not getting better, asked in doubt (白癜风是不是治不好了, 手指上的白斑为什么一直不好, 是不是好不了了): whether it can be
// cured or why it is slow, which the pages answer under 治疗 / 复色 and the typed 能治好 / 根治 already reach by being
// in no document. Read as typed, 不好 stood for the mood of 心情不好 (the emotional-support FAQ) and led (helper srch49,
// batch 47). Only 治 / 医 + 不好 / 不了, 好不了, and 不好 right after an adverb of "still, all along" (一直, 总是, 老是, 还,
// 始终, 迟迟); not after a mood, sleep or appetite word a few characters before (心情一直不好, 睡得还不好), not 不好意思 /
// 不好说. One pass, a bounded look back: linear.
const NOT_BETTER = /(?<!(?:心情|情绪|睡眠|睡觉|睡得|胃口|脾气|关系|身体)\p{Script=Han}{0,2})(?:(?:治|医)(?:不好|不了)|好不了|(?<=一直|总是|老是|总|老|还|始终|迟迟)不好)(?![意说看受])/gu;

// Keeping on with what one does, as the second of a choice (做表皮移植还是继续光疗, 换药还是接着涂): the choice is between
// the two treatments; 继续 was a third word every result had to hold, and the grafting page, which never writes it,
// was in no result (helper srch49, batch 47). Only 继续 / 接着 / 坚持 right after the 还是 of a choice at the end of the
// query (two characters before it, two to six after it and then the end), as EITHER_OR reads it: 白斑还是继续扩大吗
// reads the same (继续 is no meaning there either), 继续光疗 alone keeps it.
const KEPT_ON = /(?<=\p{Script=Han}{2}还是)(?:继续|接着|坚持)(?=\p{Script=Han}{2,6}(?:好|呢|吗|啊|呀)?[?？!！。.\s]*$)/gu;

// Whether what was said before is all right, asked last (照光前抹了防晒霜行不行, 这样好不好, 对不对啊): the
// meaning is what came before; 行 alone stood for 旅行 (helper srch16). Not a verb asked about (行不行走).
const OK_ASKED = '行好对成中';
const ENDS_ASKING = '吗呢啊呀吧啦';

// A verb copied before the 得 of its result (照光照得皮肤发干, 晒太阳晒得发红, 擦药擦得刺痛): the verb with its
// object once. Read as typed, 照光照 was a one-syllable slip for 照一照 (helper srch15). Not a yes-no
// question (记不记得).
const VERB_COPIED = /(\p{Script=Han})((?:(?![不没得])\p{Script=Han}){1,2})\1得/gu;

// 回 counted as 次 (一星期两三回, 照了十回): the articles write 次. Not 回 as "go back" (一回医院, 回来), nor 一回事.
const TIMES_SAID = /(?<=[一二两三四五六七八九十几\d])回(?![来去家到医院事])/gu;
// "A week" before a count, or a verb and a count (一星期两三次, 一个礼拜照几回), is the 每周 of the articles'
// schedules; not "a week later" (一个星期后).
const PER_WEEK = /一(?:个)?(?:星期|礼拜|周)(?=\p{Script=Han}?[一二两三四五六七八九几\d])/gu;

const HAN_DIGIT = '零一二三四五六七八九';
// A wavelength said in words (三百零八纳米, 三一一纳米, 三零八的光): the digits and nm the pages write (308nm).
const WAVELENGTH_WORDS = /([一二三四五六七八九])百(?:零([一二三四五六七八九])|([一二三四五六七八九])十([一二三四五六七八九])?)?(?=\s*(?:纳米|nm|的光|光|激光|准分子))|([一二三四五六七八九])([零一二三四五六七八九])([零一二三四五六七八九])(?=\s*(?:纳米|nm|的光|激光|准分子))/gu;

// A number said digit by digit (三零八跟三一一, 四零零电话): three digit characters with no place word (十, 百)
// and no digit around them are the number the pages write in digits (308, 311). Not a run counting up
// (三四五天, 一二三: a range or a count), which stays as typed (helper srch21).
const DIGITS_SAID = /(?<![零一二三四五六七八九十百千万两几第])([一二三四五六七八九])([零一二三四五六七八九])([零一二三四五六七八九])(?![零一二三四五六七八九十百千万])/gu;

const NANOMETRES = /(\d)\s*纳米/gu;

/** Wavelengths in words as digits, and 纳米 after digits as nm (三百零八纳米 → 308nm); numbers said digit by digit as digits (三零八 → 308). */
export function wavelengthAsWritten(text: string): string {
  const said = replaceIf(text, DIGITS_SAID, (all: string, a: string, b: string, c: string) => {
    const [x, y, z] = [a, b, c].map((d) => HAN_DIGIT.indexOf(d));
    return y === x! + 1 && z === y! + 1 ? all : ` ${x}${y}${z} `;
  });
  const worded = replaceIf(said, WAVELENGTH_WORDS, (_all: string, h?: string, zeroOnes?: string, tens?: string, ones?: string, d1?: string, d2?: string, d3?: string) => {
    if (d1) return ` ${HAN_DIGIT.indexOf(d1)}${HAN_DIGIT.indexOf(d2!)}${HAN_DIGIT.indexOf(d3!)}`;
    const n = HAN_DIGIT.indexOf(h!) * 100 + (zeroOnes ? HAN_DIGIT.indexOf(zeroOnes) : tens ? HAN_DIGIT.indexOf(tens) * 10 + (ones ? HAN_DIGIT.indexOf(ones) : 0) : 0);
    return ` ${n}`;
  });
  return replaceIf(worded, NANOMETRES, '$1nm');
}

// A visit one cannot make (复诊预约了去不了怎么办, 下周来不了, 没法去复诊, 赶不上复诊): the 无法 (按时复诊) the follow-up page
// writes. Only 去 / 来 before 不了 / 不成, 没法 / 没空 / 没时间 before 去 / 来, and 赶不上: 爬不了楼, 好不了 and 受不了 stay
// (helper srch42). One alternation without nesting, once per query.
const CANNOT_MAKE = /(?:去|来)不(?:了|成)|没(?:法|空|时间)(?:去|来)(?!源)|赶不上/gu;

// 看 of the visit (去医院看白斑, 到门诊看脸上的白点, 去看白斑要带啥): going to be seen for a complaint, as 看病 is; alone, 看
// stood for the pages' 怎么看 (检查结果怎么看) and lifted the thyroid page. Only right after 医院 / 门诊 / 皮肤科 / 去 / 到 / 来,
// before a Chinese character that does not make 看 a word of its own (看病, 看诊, 看到, 看出, 看见, 看过, 看懂, 看清) or a
// look (看看, 看一下: 要不要去医院看一下 keeps its reading) (helper srch42). After 来 as after 去 (一起来看白斑, 第一次来看白斑:
// the cut's 来看 stood as a word; helper srch56, decision 0095). After 能 / 可以, whether one can be seen (周末能看白癜风吗,
// 下班后还能看吗, 周六能看皮肤科吗: 看 stood for 第一次看病 and the thyroid page led; helper srch83, decision 0129); 能看出来,
// 能看到, 能看清 stay. After 医生 / 大夫 / 专家, a doctor seeing a complaint (周日上午有没有医生看白斑, 有没有女医生看白斑, 复诊能换个医生看吗:
// 看 stood for 第一次看病 and the thyroid page led; helper srch84, batch 81, decision 0130). One fixed lookbehind, once per query.
const SEEN_FOR = /(?<=(?:医院|门诊|皮肤科|医生|大夫|专家|可以|[去到来能]))看(?![病诊到出见过懂清看下]|一下)(?=\p{Script=Han})/gu;

// "More than" after a span of time (半年多没变化, 一年多了, 三个多月, 两周多): jieba cut it off as 多, which
// stood for 多少钱 and 增多. Not before a word it begins (一个月多少钱, 一天多次, 多久).
const MORE_THAN = /(?<=[年月周天个拜期])多(?=[月年周天星礼小了没还都就也的啦]|[^\p{Script=Han}]|$)/gu;

// "How much time" as said (多长时间复查一次, 要多长时间才见效): the 多久 the synonyms and the split key know.
const HOW_LONG = /多长时间|多少时间|多长时候/gu;

// How long between two visits or sessions, asked with the gap's own word (复诊间隔多久, 照光隔多久一次, 滚针隔多长时间做第二次):
// the interval, the 间隔 the pages write (常见的复诊间隔, 治疗间隔和次数) and the seed's 多久一次 reaches. 多久 searched as well
// needed the pages that say 多久 somewhere too, and the follow-up page, which never does, fell off the first page (复诊间隔多久 -,
// helper srch70, batch 67; decision 0113). Only right after 间隔 / 隔 (after HOW_LONG, so 多长时间 is 多久 here); 多久 alone,
// 隔离, 多久复诊 stay.
const INTERVAL_ASKED = /(?:间隔|隔)\s*多久(?:一次)?/gu;

// "Later" after a span of time (2周后复诊, 三天后, 一个月以后, 半年之后): the span is the meaning; 后 alone was cut short to the
// pages' 产后 / 术后 / 炎症后色素减退 (helper srch36, batch 34). Only right after a number (digits or characters) and its unit:
// 术后, 照光后, 以后 of an event stay as they were. A bounded look back: linear.
const LATER = /(?<=(?:\d|[一二两三四五六七八九十半几])\s*(?:个)?(?:天|周|星期|礼拜|月|年|小时))(?:以后|之后|后)/gu;

// Which of two first, asked at the end (伍德灯和皮肤镜先做哪个, 光疗和药膏先停哪个, 哪个先做): a comparison, as 选哪个 is; 先 is
// no word to search (alone it stood for every page's 先 of "first", helper srch36, batch 34). The verb stays. One pass.
const FIRST_WHICH = /先(\p{Script=Han}?)(哪个|哪种|哪一个|哪一种|哪样)(?:好|呢|吗|啊|呀)?(?=[^\p{Script=Han}]|$)|(哪个|哪种|哪一个|哪一种|哪样)先(\p{Script=Han}?)(?:好|呢|吗|啊|呀)?(?=[^\p{Script=Han}]|$)/gu;

// The one-character quality a comparison asks about at its end (伍德灯和皮肤镜哪个准, 窄谱和308哪个好,
// 哪种更快一点): the pages compare the two without that word, and alone it stood for the clinic words
// containing it (准 → 准分子光). A longer word after 哪个 (哪个准确, 哪个医生好) stays.
const COMPARED_BY = /(哪个|哪种|哪一个|哪一种|哪样)(?:更|比较|最)?\p{Script=Han}(?:一些|一点|些|点)?(?=[^\p{Script=Han}]|[吗呢啊呀]|$)/gu;

// Which of two to choose, asked at the end (植皮和微针选哪个, 遮瑕和自晒挑哪种好): a comparison too, and the verb of
// choosing is no word to search (选 alone stood for 选择, in nearly every article). One pass, no nesting.
const CHOSEN_WHICH = /(?:选择|挑选|选|挑)(哪个|哪种|哪一个|哪一种|哪样)(?:好|呢|吗|啊|呀)?(?=[^\p{Script=Han}]|$)/gu;

// How two things differ, asked at the end (308nm和311nm的区别, 准分子光跟窄谱有什么不同, 伍德灯与皮肤镜有啥差别): a comparison of
// the two, as 哪个好 is; 区别 is no word to search (it stood for the differential page's 鉴别). Only after 和 / 跟 / 与 / 同 and
// a run of 2–12 characters, anchored at the end: linear (helper srch35, batch 33).
const DIFFERENCE_ASKED = /(?<=\S{2}(?:和|跟|与|同)\S{2,12}?)(?:之间)?(?:的|有)?(?:什么|啥|哪些)?(?:区别|不同|差别|差异|不一样)(?:吗|呢|啊|呀|么)?[?？!！。.\s]*$/u;

// "What to watch for after" a treatment (做了表皮移植以后要注意什么, 照完光后需要注意啥): the pages answer it as how to look
// after the skin, 护理 (术后护理, 居家怎样护理), and say 注意 only in passing, so 注意 required kept the surgery page out of its own
// question. Only after an event (以后, 之后, 后, 完): before one (检查前要注意什么) the pages do say 注意 (decision 0110).
const AFTER_CARE = /(?<=\S)(?:以后|之后|后|完)\s*(?:要|需要|应该|该)?\s*注意(?:些|点)?(?:什么|啥|哪些)/gu;

// questionForm's replacements in their order: those before the wavelengths are read as digits, then those after (the
// regular expressions are declared above, with the reason for each).
const QUESTION_SAID: [RegExp, string][] = [
  [AT_ALL, ' '],
  [SURE_IS, ' '],
  [NOT_BETTER, ' '],
  [KEPT_ON, ' '],
  [VERB_COPIED, '$1$2 '],
  [TIMES_SAID, '次'],
  [PER_WEEK, ' 每周 '],
];
// Two treatments asked together (光疗和药膏可以一起用吗, 照光跟涂药能同时做吗, 照光➕涂药 能一起用吗): the 联合 the pages write
// (联合光疗, 联合外用药物). Read as typed, 一起 was the only word besides the two treatments and the pages do not write it
// (光疗和药膏可以一起用吗 -). Only 一起 / 同时 / 一块 after 和 / 跟 / 与 / 配 / 加 / + and one to nine characters, right
// before a verb of using and then a particle, a sentence mark, a space or the end: 和家人一起用毛巾 (a thing after the
// verb), 斑秃和白癜风一起得了 (no verb of using), 一起去医院 stay. The seed's 一起用 → 联合 was tried and left out (its key
// was 一起 alone). A bounded look back, fixed alternatives: linear (helper srch71, batch 68).
const USED_TOGETHER =
  /(?<=\p{Script=Han}\s*[和跟与配加+➕]\s*\p{Script=Han}[\p{Script=Han}\s]{0,8})(?:一起|同时|一块儿?)(?=(?:使用|用|做|治疗|治|涂|抹|照)(?:吗|呢|啊|呀|吧|嘛|么|行不行|可不可以|好不好|会不会|有没有|[?？!！。,，\s]|$))/gu;

// Come back after it was cured, asked with 再 (白斑好了以后还会不会再长出来, 治好了会再冒出来吗, 消了以后还会再出现吗): the
// relapse page's 复发, as PATCH_BACK reads 又. Read as typed, 再长 and 出来 were words in no page and the children's FAQ led
// (就是我白斑好了以后还会不会再长出来啊 3). Only after a word of being cured (好了, 治好, 消了, 退了, 没了) up to eight
// characters before, with no hair or colour word between (白斑好了以后毛还会再长出来吗, 治好了颜色会再出来吗 stay); 再长 alone,
// 色素再长出来 stay. A bounded look back, fixed alternatives: linear (helper srch71, batch 68).
const CURED_BACK =
  /(?<=(?:好了|治好|消了|退了|没了)(?:(?![毛发色])\p{Script=Han}){0,8})再(?:冒出来|长出来|冒出|长出|出来|出现|长|冒)了?/gu;

// A verb and its object split by a word between them (化浓妆, 化个淡妆, 染个头发, 染了头发, 染头发): the pages' 化妆 and 染发
// (染发剂), which the seed's 染发 / 染头发 keys reach only when typed whole. The cut kept 化浓妆 as one word in no page and
// 染|头发 as two (化浓妆会让白斑变大吗 -, 染头发对白癜风有影响吗 10). Only 化 + one or two of 浓 / 淡 / 个 / 了 / 点 / 过 + 妆
// (化妆 typed whole is left to the cut), and 染 + up to two of 个 / 了 / 过 / 黑 + 头发, not where 化 / 染 ends another word
// (变化, 美化, 淡化, 感染, 污染, 传染…: 变化妆容, 感染头发 stay) nor before 容 (妆容). Fixed alternatives: linear (helper srch72,
// batch 69).
const MAKEUP_SPLIT = /(?<![变美淡绿强简融])化(?:[浓淡个了点过]{1,2})妆(?!容)/gu;
const DYE_SPLIT = /(?<![感污传沾浸渲])染(?:[个了过黑]{0,2})头发/gu;
// How serious, asked of the disease itself (白癜风严重吗, 白癜风严不严重, 这个病严重不, 白斑危险吗, 白癜风危害大吗,
// 白癜风对身体有什么危害): the question what-is-vitiligo answers under 白癜风会影响健康吗 in its own words, 不会直接危及生命
// (the word the seed leads 会死人 / 寿命 / 致命 to, decision 0119). Read as typed, 严重 is the seed's 加重 of getting worse
// and 危害 / 危险 are held by no page, so 白癜风严不严重 reached pages that only share 白癜风 (helper srch75, batch 72).
// Only right after the disease or patch word (白癜风, 白斑, 白点, 这个病 …; 到底 / 究竟 / 对身体 between): 会变严重吗,
// 越来越严重, 哪一种更严重 (getting worse, a comparison) and 晒伤严重吗 (another thing's severity) stay as typed, and so does
// the seriousness of one type or stage (节段型白癜风严重吗, 进展期严重吗), which the types page's FAQ (哪一种类型更严重) answers. One pass,
// fixed alternatives and a bounded look back: linear.
const SERIOUS_ASKED =
  /(?<!(?:型|期)(?:白癜风|白斑|白点)?\s*(?:到底|究竟)?\s*)(?<=(?:白癜风|白斑|白点|这个病|这种病|这病|此病)\s*(?:到底|究竟)?\s*(?:对(?:身体|人体|人|健康))?\s*)(?:严重[吗么嘛]|严重不(?![好能会可])|严重(?=[?？!！。\s]*$)|严不严重|严重不严重|有多严重|危害大[吗么嘛不]|危害大不大|有(?:什么|啥|哪些)危害|有危害[吗么嘛]|危险[吗么嘛不]|危不危险|(?:有没有|有)危险[吗么嘛]?)/gu;

const QUESTION_ASKED: [RegExp, string][] = [
  [SERIOUS_ASKED, ' 危及生命 '],
  [MAKEUP_SPLIT, ' 化妆 '],
  [DYE_SPLIT, ' 染发 '],
  [WHY_GOT, ' 病因 '],
  [USED_TOGETHER, ' 联合 '],
  [CURED_BACK, ' 复发 '],
  [RECORD_FIELD, ' '],
  [RESULT_MARK, ' '],
  [CANNOT_MAKE, ' 无法 '],
  [SEEN_FOR, ' '],
  [MORE_THAN, ''],
  [HOW_LONG, ' 多久 '],
  [INTERVAL_ASKED, ' 间隔 '],
  [LATER, ' '],
  [AFTER_CARE, ' 护理 '],
  [FIRST_WHICH, ' $1 $2$3 $4 '],
  [CHOSEN_WHICH, '$1 '],
  [COMPARED_BY, '$1 '],
  [DIFFERENCE_ASKED, ' '],
];

/** Whether the query asks which of two is better by one quality (哪个好, 哪种更准) or which to choose (选哪个): see COMPARED_BY and CHOSEN_WHICH. */
export function asksWhichOfTwo(text: string): boolean {
  const said = spokenAsWritten(text);
  COMPARED_BY.lastIndex = 0;
  CHOSEN_WHICH.lastIndex = 0;
  FIRST_WHICH.lastIndex = 0;
  return [COMPARED_BY, CHOSEN_WHICH, FIRST_WHICH, EITHER_OR, DIFFERENCE_ASKED].some((re) => mayMatch(re, said) && re.test(said));
}

// Two things set against each other with 还是 and nothing after the second (移植还是激光, 植皮还是照光好呢): which of
// the two, asked as 哪个好 is. Not 还是 of "still" (治了半年还是老样子, 还是没变化, 还是会痒): a negation, a modal or a
// "the same" word after it is no second thing. Anchored at the end, each side a run of characters: linear (helper
// srch34, batch 32).
const EITHER_OR = /\p{Script=Han}{2}还是(?![没不会很有要得在能可也一老那这]|照样)\p{Script=Han}{2,6}(?:好|呢|吗|啊|呀)?[?？!！。.\s]*$/u;

// Written Cantonese function words (Hong Kong patients type them: 小朋友有白斑點算好, 係咪會傳染),
// after the traditional characters are folded, as the Mandarin ones the stopwords know. Only words
// Mandarin does not use so; 係 alone is left (folded, it is 系 of 关系).
const CANTONESE: [RegExp, string][] = [
  [/点算好?|点样好/gu, ' 怎么办 '],
  // Is it all right (做完微针冲凉得唔得) is Mandarin's 行不行, left out at the end (OK_ASKED); how to tell apart (汗斑同白癜风点分)
  // is 怎么 分 (分 of 区分), not 一点 / 几点 (helper srch32, batch 30).
  [/得唔得/gu, ' 行不行 '],
  [/(?<![一有几差两半])点分/gu, ' 怎么 分'],
  // A doctor seeing patients (有冇医生睇症) is the visit; before 睇 alone is read as 看 (helper srch26).
  [/睇症|睇病|睇医生/gu, ' 看病 '],
  [/点样/gu, ' 怎样 '],
  [/点解/gu, ' 为什么 '],
  [/系咪|系唔系/gu, ' 是不是 '],
  [/有冇/gu, ' 有没有 '],
  // Need or not (使唔使驗血, 使唔使戒口) is Mandarin's 要不要, and no need (唔使擔心) its 不用: 使 of "need" is
  // Cantonese only; 使用, 使得, 即使 (即使唔使 is even if, no need) and 使唔使用 stay (helper srch79, batch 76, decision 0125).
  [/(?<![即假纵])使唔使(?!用)/gu, ' 要不要 '],
  [/唔使(?![用得])/gu, ' 不用 '],
  [/几耐/gu, ' 多久 '],
  [/边度/gu, ' 哪里 '],
  [/睇/gu, '看'],
  [/乜嘢|咩/gu, ' 什么 '],
  [/(你|我|佢)哋/gu, ' $1们 '],
  [/[嘅啲咗嚟喇]/gu, ' '],
  // 緊 after a verb at a phrase's end is going on (白斑擴散緊點算), as 咗 is done; not "tight" (太紧, 勒紧, 要紧, 抓紧).
  [/(?<=\p{Script=Han})(?<![要赶抓很太发勒绷不好加得别])紧(?=[^\p{Script=Han}]|$)/gu, ' '],
  [/冇/gu, ' 没有 '],
  [/唔/gu, '不'],
];
const CANTONESE_ANY = /[点咩乜哋嘅啲咗嚟喇冇唔咪耐边睇]/u;
// A child in Cantonese (细路仔有白癜风点算, 细路女): Mandarin's 小孩; the cut made 细路 | 仔有 of it. Its own test, so that
// 细 (细菌, 仔细) does not wake the Cantonese pass (helper srch40, batch 38).
const CANTONESE_CHILD = /细路(?:仔|女|哥)?/gu;

// Internet spellings and northern / south-western spoken forms of the question words (白癜风肿么办, 神马原因,
// 有木有副作用, 咋整, 娃儿脸上白了咋个办, 啥子): the Mandarin words the stopwords know (helper srch15). 肿么
// only before what 怎么 asks (红肿 stays), 木有 not inside 木耳.
const NETSPEAK: [RegExp, string][] = [
  [/肿么(?=办|样|回事|了|会|能|治|弄|搞|整|说|处理)/gu, '怎么'],
  [/神马/gu, ' 什么 '],
  [/有木有/gu, ' 有没有 '],
  [/木有/gu, ' 没有 '],
  [/咋(?:个)?(?:整|弄|搞|办)|咋个(?:整)?办|怎么整|怎么搞/gu, ' 怎么办 '],
  [/咋个/gu, ' 怎么 '],
  [/啥子/gu, ' 什么 '],
  [/[嘎干]哈/gu, ' 干什么 '],
  // Shanghainese (helper srch32, batch 30): 哪能办 is 怎么办 (not Mandarin's 哪能 of "how could", 哪能不管), and 高头 after
  // a noun is 上 (面孔高头白了一块: on the face).
  [/哪能(?=办|弄|搞|治|样)/gu, ' 怎么'],
  [/(?<=\p{Script=Han})高头(?!大马)/gu, ' 上 '],
];
const NETSPEAK_ANY = /[肿神木咋啥哈哪高]/u;

// The clinic named as the one asked (你们医院有伍德灯吗, 门诊可以验甲状腺吗, 贵院能做308吗): the
// question is whether it offers the thing, which the pages describe without naming the clinic; as a
// required word, 医院 (a synonym of 就诊) sent such questions to whatever page says 就诊.
const CLINIC_ASKED = /(?:^|[你咱]们|这家|贵|本)(?:医院|诊所|门诊|院)(?:里|这边|这里)?(?=有没有|有|能不能|能|可不可以|可以|会不会|会|做不做|做)/gu;

// Where a claim or a question was met, said before it (网上说…是真的吗, 抖音上说, 朋友说, 听人讲, 据说; 有人问过…的问题吗,
// 医生有没有回答过, 那篇…文章 at the end): the claim, the question or the remembered title is the meaning. Left in, 网上 found
// the one article that mentions what is read online and 说 stood for 说明; 文章 and 问题 were required
// (helper srch29, batch 27). Not 说 of telling someone (跟同事说), nor before 明 / 话 (说明), nor 文章 in the middle
// (文章下面的审核医生: the page is what is asked about).
const HEARSAY =
  /(?<![跟和给对向同])(?:网上|网络上|抖音上?|快手上?|小红书上?|百度上?|群里|朋友圈里?|有人|别人|朋友|亲戚|同事|邻居|听人|听别人|据)(?:说|讲)(?![明话])|听说|(?:是不是|是)?真的(?:吗|假的|么)|(?:有没有人|有人)问过|(?:医生)?(?:有没有)?回答过|医生回答的?|的问题(?:吗|么)?(?=$|\s)|(?:那|这)篇|文章(?=$|\s)/gu;
// …and a relative, a partner, a classmate or a teacher who said it (我妈说我脖子上有白块, 老公说我白斑边上多了一圈小白点): what
// was said is the meaning; left in, 说 stood for 说明 and the person led to the pages on that person (老公 → 夫妻, the
// contagion FAQ on couples; helper srch39, batch 37). Only the person right before 说 / 讲 at the start of the query or after
// a space or sentence mark, and not before 明 / 话 / 过 (说明, 说话): 跟老公说, 说明书 stay. Not a doctor (医生说…): without
// 医生, 医生说要做病理切片 lost the page where the doctor advises it, and without 说, 医生说我这个是进站期 要先控制住 lost its
// page (decision 0074). One pass: linear. Decision 0137 (helper srch90, batch 87): more relatives and the older generation
// (大姨, 表姐, 舅妈, 丈母娘, 长辈, 老人, 村里人, 老公家里人 …): 大姨说照紫外线会得癌 had 姨 / 说 lead to the pregnancy page, 村里人说这病治不好 had
// what-is-vitiligo off the first page.
const TOLD_BY =
  /(?<=^|[\s,，;；。!！?？:：])(?:(?:我|俺|咱)?(?:家)?(?:的)?(?:老妈|老爸|妈妈|爸爸|妈|爸|父母|爸妈|家人|家里人|老婆|老公|爱人|媳妇|丈夫|妻子|对象|男朋友|女朋友|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|同学|老师|大姨|小姨|姨妈|姑姑|姑妈|舅舅|舅妈|婶婶|嫂子|表姐|表哥|表妹|表弟|堂姐|堂哥|丈母娘|岳母|长辈|老人家|老人|村里人|老公家里人|老公家人|老婆家里人|老婆家人|婆家人|娘家人))(?:跟我|和我|对我)?(?:说|讲)(?![明话过])/gu;
const TOLD_ANY = /[说讲]/u;
// A diagnosis or a finding someone was told (医生说是白色糠疹, 说是贫血痣, 医生说我是进展期, 大夫跟我说孩子是汗斑): the
// condition named is the meaning. Left in, 医生 led to the doctors' pages and 说 to 说明, and the differential page was not
// in the results (helper srch48, batch 46). Only 说 / 讲 followed by 是 (after at most 我 / 孩子 / 这个): 医生说要做病理切片
// (advice, no 是) stays, as do 说是不是 (a question) and 说是真的吗 (HEARSAY's). A doctor word before it anywhere; 说 alone
// only at the start of the query or after a space or sentence mark. One pass of fixed alternatives: linear.
const DIAGNOSIS_TOLD =
  /(?:(?:医生|大夫|医师)(?:跟我|和我|对我)?|(?<=^|[\s,，;；。!！?？:：]))(?:说|讲)(?:我家孩子|我这个|孩子|这个|我的|我|这|他|她)?(?:得的是|就是|是)(?!不是|真的)(?=\p{Script=Han})/gu;
// Two opinions set side by side (医生说是白癜风另一个说是白色糠疹, 一个说要忌口一个说不用忌口, 老家医生说是花斑癣 这边说是白癜风,
// 皮肤科说是贫血痣): who said each is no meaning, what each said is. Left in, 另 and 说 were words of their own (说 stood for 说明)
// and 白色糠疹, typed whole, left the differential page off the first page (helper srch87, batch 84). OTHER_SAID — the other
// one: 另一个 / 另外一个 / 另一位 / 另一家, with 医院 / 医生 / 大夫 / 专家 or not, then 说 / 讲 and 是 / 的是 or not, not before
// 明 / 话 / 法 (另一个说法); and 一个 / 一位 / 一家, 这位 / 那位 / 这家 / 那家 / 这边 / 那边, 别的医院 / 别家, 皮肤科 / 儿科 only with
// 说是 / 讲的是, a finding told (as DIAGNOSIS_TOLD), not before 不是 / 真的. Without 是 they stay: 两家医院一个说进展期一个说稳定期
// fell 1 → - and 我们这边医生说要照光 1 → 2 (advice, as 医生说要做病理切片 of decision 0074). 这个 / 那个 (a spoken filler) are
// not in it. Fixed alternatives, no nesting: linear.
const OTHER_SAID =
  /(?:(?:另外|另)一(?:个|位|家)(?:医院|医生|大夫|专家)?(?:又)?(?:说|讲)(?:的是|是)?(?![明话法])|(?:一(?:个|位|家)|这位|那位|这家|那家|这边|那边|别的医院|别家|皮肤科|儿科)(?:医院|医生|大夫|专家)?(?:又)?(?:说|讲)(?:的是|是)(?!不是|真的))/gu;

// A patch described from a photo (照片上看手背一块白, 朋友拍的照片 白斑在…, 看照片我女儿白斑上长了白头发): how it was seen is no
// word to search; the patch described is the meaning. Left in, 照片 led to the pages that ask for photos at a follow-up visit
// (helper srch39, batch 37). Only at the start of the query and with a description after it: a question about the photo
// (照片能看出来吗, 看照片能诊断吗, 复诊带照片) and 照片 alone stay. One anchored pass, no nesting: linear.
const PHOTO_SEEN =
  /^\s*(?:(?:从|在)?照片(?:上|里)(?:来)?看(?:到|着|起来)?|看(?:了)?(?:一?下)?照片(?:上|里)?(?:看)?|(?:我|俺)?(?:的)?(?:朋友|同学|同事|家人|家里人|老公|老婆|爱人|媳妇|孩子|女儿|儿子|我妈|我爸|妈妈|爸爸|老妈|老爸|妈|爸|自己)?(?:拍|发)(?:的|了|来的)照片(?:上|里)?(?:看)?)(?=\s*\p{Script=Han})(?!\s*(?:能|可以|可不可以|行|准|诊断|算|看得出|看出))/u;

// Looking it up online (天天上网查白癜风, 网上查了好多): 查 after 上网 / 网上 is the 搜索 the pages write (反复上网搜索), not 查 of a
// test (查甲状腺), which led to the thyroid page (helper srch40, batch 38). Not 查询 / 查到 / 查看 / 查报告 (results looked up
// online). One pass: linear.
const LOOKED_UP_ONLINE = /(上网|网上)查(?:了|一下|过)?(?![询到看报结])/gu;

// A chatbot-style command before the question (告诉我…, 帮我查一下…, 给我讲讲…, 请解释一下…, 请用简单的话解释…, 列出…,
// …用大白话说): what is asked about is the meaning. Left in, 告诉 (告诉医生, 32 times in the articles) was a required word
// and 讲 / 解释 stood for what a page explains (helper srch43, batch 41). The verbs only after 帮我 / 给我 / 替我 or 请, or
// at the start of the query or after a space or sentence mark (列出, 科普一下); not 告诉医生, not 看看白斑. Alternatives of
// fixed words, no nesting: linear.
const CHAT_ASKED =
  /(?:请|麻烦)?你?(?:帮我|给我|替我|为我)(?:查一下|查查|查下|看看|看一下|看下|讲讲|讲一下|讲下|说说|说一下|解释一下|解释下|解释|总结一下|总结|推荐一下|推荐|列出|列一下)|告诉我|请(?:用(?:简单|通俗|大白)的?话)?(?:解释|讲解|讲讲|说明)(?:一下|下)?|用(?:简单|通俗|大白|白)的?话(?:解释|讲|说)(?:一下|下)?|(?:^|(?<=[\s，,。！!？?：:]))(?:列出|列一下|科普一下|求科普)/gu;
const CHAT_ASKED_ANY = /[我请话列科]/u;

// White again (补好的白斑又白了, 复色的地方又变白了, 好了又白回去了): the relapse page's 再次变白, as white again is on the English
// site. Not after a hair word (头发又白了 is hair going white) nor in 又X又白了 (又红又白了, two colours); fixed words: linear
// (helper srch43, batch 41). With 变 the 了 may be left off (手上白斑好了又变白, 复色了又变白是不是…: helper srch51, batch 49);
// without 变 it may not (又白又亮 is two qualities, not a relapse).
const WHITE_AGAIN = /(?<!头发|毛发|眉毛|汗毛|胡子|又\p{Script=Han})又(?:变白(?:回去)?了?|白(?:回去)?了)/gu;

// A patch come back (白斑又冒出来了, 白点又长出来了, 白斑又出来了): the relapse page's 复发. Only right after a patch word, so
// 色素又长出来了 (colour coming back) stays; fixed words: linear (helper srch47, batch 45).
const PATCH_BACK = /(?<=白斑|白点|白块)又(?:冒出来|长出来|冒出|长出|出来|冒|长)了?/gu;

// Young people's netspeak around a real question: who is called on (求大佬, 有没有大神知道, 姐妹们, 家人们, 宝子们, 集美们) and
// the exclamations (救命, 离谱, 蚌埠住了, 绷不住了, 真的会谢, 绝绝子, yyds, 在线等, 急急急, 谁懂啊): no word of them is in a page,
// and 科普 after a call (求大佬科普) is held by the doctors' pages and the hospital's, which then led (helper srch43, batch 41).
// Anyone asked to know (有没有人知道, 有木有人知道, 有人知道吗, 谁知道; helper srch47, batch 45) is a call too: 人 led to
// 家人 and the contagion page. Fixed alternatives, no nesting: linear.
const NETSPEAK_CALLED =
  /(?:跪求|求|有没有|有木有)?(?:大佬|大神|大仙|好心人)们?(?:知道|科普|解答|指点|帮忙)?(?:一下)?|(?:姐妹|家人|宝子|集美|兄弟|老铁)们|谁懂啊?|救命啊?|离谱|蚌埠住了?|绷不住了?|真的会谢|绝绝子|yyds|在线等(?:挺急的|急)?|急急急+|(?:有没有|有木有|(?<!没)有) ?人知道(?:吗|啊|呀|不)?|谁知道(?:吗|啊|呀)?/gu;
const NETSPEAK_CALLED_ANY = /[大好姐家宝集兄老谁救离蚌绷谢绝等急y知]/u;

// Hair said to have gone white (连头发都白了, 白斑上的头发也白了, 眉毛变白了, 汗毛都白了): the 白发 the pages write (白斑上的白发意味着
// 什么), beside the hair named. Left as typed, 白了 said nothing of hair, and the page on white hair came second or third
// (helper srch40, batch 38: five earlier queries 2 or 3 → 1). Only the hair words, at most two of 也 / 都 / 全 /
// 变 between, and 白了 after them: 脸上白了一块 and 头发白不白 stay. Not 睫毛: 睫毛白了几根是不是白癜风 lost one of its three
// pages from the first five. One pass, no nesting: linear.
const HAIR_WHITE = /(头发|毛发|眉毛|汗毛|胡子|鬍子)(?:[也都全变]{0,2})白了/gu;

// …and 那 / 这 with 篇 or 片 and 讲 / 说 before the title when the query ends in 文章 (那篇讲皮肤颜色从哪来的文章, 那片文章).
const TITLE_POINTED = /(?:那|这)(?:[篇片](?:讲|说)?|讲|说)/gu;
const ENDS_ARTICLE = /文章\s*$/u;
// Getting there (坐几路公交能到, 🚇怎么到医院): 到 after how or can is the trip, not a word to search; it
// matched every page that says 到 (helper srch29).
const GET_THERE = /(?<=怎么|怎样|如何|咋|能|可以)到(?=$|\s|医院|你们|贵院|这|那)/gu;
// Transport pictures typed for the words (🚇怎么到医院, 🅿️停车): the words.
const PICTURED: [RegExp, string][] = [
  [/[\u{1F687}\u{1F689}\u{1F68A}\u{1F688}]/gu, ' 地铁 '],
  [/[\u{1F68C}\u{1F68D}\u{1F68F}]/gu, ' 公交 '],
  [/\u{1F17F}\u{FE0F}?/gu, ' 停车 '],
];
const PICTURED_ANY = /[\u{1F687}-\u{1F68F}\u{1F17F}]/u;

// A message pasted from a chat (helper srch30, batch 28): the header a chat app puts before it — Re: / 回复: / 转发:,
// a date, a sender of at most four characters or letters, a clock time (21:03, 07:58:12), a speaker with a colon
// (我：) — and @mentions (@客服, @所有人) are no words of the question. Only at the start of the query, and only
// with a clock time there (a sender alone is any first word), or a Re: / @ mark: 周六8:30开门吗 keeps its time (no
// space after it, and a day word is no sender). One anchored pass and one global pass of bounded width: linear.
const CHAT_HEADER =
  /^\s*(?:(?:re|fw|fwd|回复|转发)\s*[:：]\s*)*(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*)?(?:(?![^\s]*[周星礼拜天日午早晚今明昨点])[\p{Script=Han}a-z]{1,4}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s+(?:[\p{Script=Han}a-z]{1,4}\s*[:：]\s*)?|^\s*(?:(?:re|fw|fwd|回复|转发)\s*[:：]\s*)+/iu;
const MENTION = /(?<=^|\s)@[^\s@]{1,8}(?=\s|$)/gu;
// …but an @name followed by a doctor word (@苏静禾 医生在吗, pasted from a group chat) names the doctor asked for: the name
// stays and only @ goes (helper srch48, batch 46; left out, nothing was searched but 医生). Same bound: linear.
const MENTION_DOCTOR = /(?<=^|\s)@([^\s@]{1,8})(?=\s+(?:医生|大夫|医师|主任))/gu;

// A search engine's habits (helper srch31, batch 29): a word after a minus sign at its start (白癜风 -广告, -hospital)
// is one the patient does not want, no word to search (广告 was required and found only the hospital page). Only a
// minus after a space or at the start and before a letter: 2-3次, covid-19 and -5 stay. One pass: linear.
const NOT_WANTED = /(?<=^|\s)-+(?=\p{L})\S*/gu;
// Which department to see (小朋友白斑 要看哪一科, 挂哪个科室, 看啥科): the question as the clinic's synonym list names it,
// 挂什么科 (the demo seed: → 皮肤科); 看 and 哪一科 were searched as words and found nothing that held them. Not 什么科学 / 科普.
const DEPARTMENT_ASKED = /(?:看|挂|去|到|找|上)?(?:哪一个|哪一|哪个|哪|什么|啥)科室?(?![学普研技])/gu;
// …and 看 before what is seen about, when the department is asked after it (看白斑挂什么科, 看白癜风去哪个科, 看孩子的白点要挂哪个
// 科): the 看 of seeing a doctor for it, no word to search. Left in, 看 stood for 第一次看病 and led to the pages on a first visit's
// tests (the thyroid and Wood's lamp pages) before the one on white patches (helper srch51, batch 49). Only at the start of the
// query or after a space or a sentence mark, with at most twelve characters to the department question; 看病 / 看医生 / 看诊 /
// 看看 stay. One anchored look ahead of bounded width: linear.
const SEEN_ABOUT =
  /(?<=^|[\s,，;；。!！?？:：])看(?![病医诊看])(?=[^\s,，;；。!！?？:：]{1,12}?(?:看|挂|去|到|找|上)(?:哪一个|哪一|哪个|哪|什么|啥)科)/gu;

// 算 of "count as" before what is asked about (一年多没变化了算稳定了吗, 这样算不算复发, 算是进展期吗): the state asked about is
// the meaning; 算 alone was required and led to the one page that says 算 in passing. Not 算 of reckoning a cost: after
// 按… or 怎么 / 计 / 打 / 结 / 清 / 换 / 预, before 钱 / 账 / 下 / 费, or with nothing after it (按次算还是按疗程算). Bounded lookbehind: linear.
const COUNTS_AS = /(?<!按\S{0,4}|怎么|怎样|[计打结清换预就])算(?:不算|是)?(?=\p{Script=Han})(?![钱账下费还])/gu;

// Whenever, said 一…就 (头皮上的白斑一晒就红, 一摸就疼, 一热就痒): the verb is the meaning. Cut as typed, 一晒 was one
// word no document holds and was left out, so the sun was lost. Not a count (一次就好, 一周就, 一下就): a measure word after
// 一 is left as typed (helper srch32, batch 30). One pass of fixed width: linear.
const WHENEVER = /一(?![次天周年月回遍下点会个片块种步阵些直定样到])(\p{Script=Han})就/gu;

// Growing by the span (一个月比一个月大, 一天比一天多, 一次比一次白): 越来越, which the synonyms read with what follows
// (越来越大 → 进展期); 一个月 was required and 比 stood for 比较 (helper srch32, batch 30). The same span on both
// sides (a backreference of one word): linear.
const SPAN_BY_SPAN = /一(?:个)?(天|周|星期|礼拜|月|年|次|回)比一(?:个)?\1/gu;

// Growing on and on (我爸的白斑一直在扩大, 白斑不断变大, 白点还在增多): the same 越来越大 / 越来越多 the synonyms read as
// 进展期; left as typed, 一直 is an everyday word and 扩大 / 变大 led to the differential page's 短时间内增多、变大 first
// (helper srch52, batch 50). Only 一直 / 不断 / 不停(地) / 持续 / 总是 / 老是 (with or without 在) or 还在, right before
// 变大 / 扩大 / 长大 / 增多 / 变多 / 扩散: 一直没变化, 还在用药 and 变大了吗 alone stay. Fixed alternatives: linear.
const GROWING_ON = /(?:(?:一直|不断|不停地?|持续|总是|老是)在?|还在)(?:(变大|扩大|长大|扩散)|(增多|变多))/gu;

// A supplement said as 补 and the nutrient (要不要补铜补锌, 补钙有用吗, 补维生素D): the 补充 the diet page writes (营养补充剂, 补充
// 什么); glued, 补铜 was in no document and was corrected by sound to 不同, 补锌 was no word at all (helper srch53, batch 51).
// Only 补 right before a mineral or a vitamin; 补水, 补涂 (sunscreen) and 补妆 stay. Fixed alternatives: linear.
const SUPPLEMENT_SAID = /补(?=[钙铁锌铜硒碘镁]|维生素|维[abcde]|v[abcde](?![a-z]))/giu;

// A mineral said as its pill or preparation (硒片, 锌片, 钙片, 铁剂, 镁胶囊): the mineral and the 补充剂 the diet page writes
// (营养补充剂, 维生素类补充剂), as 补 and the mineral is 补充; glued, 硒片 was in no document and was left out as a stray
// word, so 硒片 抗氧化 白斑 kept only the causes page's 氧化应激 (helper srch81, batch 78). Only a mineral right before a
// dose form; a vitamin's pill (维生素c片) holds 维生素 and already reaches the page. Fixed alternatives: linear.
const MINERAL_PILL = /[钙铁锌铜硒碘镁](?:片|剂|软胶囊|胶囊|丸|口服液|冲剂|滴剂)/gu;

// Food and drink asked about (白癜风能喝茶吗, 吃辣会让白斑扩散吗, 用铜勺吃饭对白斑有用吗): DRINK_ASKED — 喝 is in no page, and glued
// to a drink no page names (喝茶, 喝咖啡) the query lost it; it is the diet page's 饮食, unless the query names a medicine
// anywhere (药, 剂, 激素, 胶囊, 丸: 喝中药, 汤剂能喝吗 stay). EATEN_WILL — 吃 / 喝 and a food of one to three characters glued to the 会 of "will it…" (吃辣会):
// 会 is set apart so the food and the verb are read. TABLEWARE — a metal's tableware (铜勺, 铜碗, 铁锅) is the metal and
// the 饮食 it is eaten with (helper srch54, batch 51). Fixed alternatives and one look ahead: linear.
const DRINK_ASKED = /喝/gu;
const MEDICINE_NAMED = /药|剂|激素|胶囊|丸/u;
const EATEN_WILL = /([吃喝]\p{Script=Han}{1,3}?)(?=会)/gu;
const TABLEWARE = /([铜铁银])(?:勺子?|汤勺|碗|锅|壶|杯子?|器|盆|筷子?|餐具)/gu;

// Marriage asked as allowed (白癜风能结婚吗, 可以结婚吗, 会影响结婚吗): the worry whether one will be accepted, the 社交 of the
// emotional page (谈恋爱 and 找对象 lead there through the seed); 结婚 alone stays, so 结婚生孩子会遗传吗 keeps the heredity
// pages (helper srch54, batch 51). Only right after 能 / 可以 / 能不能 / 可不可以 / 影响 and with only a particle or marks
// after it to the end. Fixed alternatives: linear.
const MARRY_ASKED = /(?<=能|可以|能不能|可不可以|影响)(结婚|嫁人|成家)(?=[吗么嘛吧呢啊呀]?[?？!！。.\s]*$)/gu;

// A yes-no question asked with 不 last (再长不, 这病遗传不, 传染不啊): the question as a statement, as 疼不疼 reads 疼; left in,
// 长不 was corrected by sound to 长不高 (the growth FAQ) and 长 lost (helper srch53, batch 51). Only 不 after a Chinese
// character that is not 不 / 没 nor one of OK_ASKED (好不, 行不 stay as before), and a particle after it, if any, with it;
// then only marks or spaces to the end. One look each way: linear.
const ASKED_NOT_LAST = /(?<=\p{Script=Han})(?<![不没行好对成中])不[啊呀嘛哈么]?(?=[?？!！。.\s]*$)/gu;

// What to bring, asked (去看白斑要带啥东西, 复诊带什么资料, 要带哪些): the verb (read as 带上 where the index has that) and the 准备 before a
// visit or a test (复诊前可以做的准备, 做皮肤镜检查需要做什么准备); 啥 / 什么 / 东西 are stopwords, so 带 was all that
// was left of the question (helper srch33). Only where the question ends (a thing named after it, 带什么证件, is the
// meaning and is left alone) and only when 带 is typed; no nesting, one pass.
const BRING_WHAT = /带(?:些|点)?(?:啥|什么|哪些)(?:东西|资料|材料)?(?!\p{Script=Han})/gu;

// 叫 of a thing asked by its name (这个是不是叫同形反应, 医学上叫什么, 俗称叫汗斑): the name is the meaning; required, 叫 sent the
// query to the pages that happen to say 叫 (helper srch34, batch 32). Only after 是 / 就 / 上 / 又 / 也 / 名 / 称 or before
// 什么 / 啥: 去叫号, 叫家人陪 stay. One pass, a look of one character back.
const NAMED = /(?<=[是就上又也名称])叫(?:做|作)?|叫(?:做|作)?(?=什么|啥)/gu;

// Taking someone along (暑假带孩子去做光疗, 带我妈去看白斑, 带老人复诊): 带 before the person taken is the trip, not a word to
// search; the person stays. Read as 带上 / 带着, 带 sent such queries to the pages that say 带着药 or 带状 (helper srch35, batch
// 33). Only before a person word: 带什么 (BRING_WHAT), 带药, 带病历 stay. One pass, a fixed look ahead: linear.
const TAKEN_ALONG =
  /带(?:着|上)?(?=(?:我|俺|咱)?(?:孩子|小孩|小朋友|宝宝|儿子|女儿|闺女|老人|老妈|老爸|妈妈|爸爸|我妈|我爸|父母|爸妈|家人|老婆|老公|爱人|媳妇|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公))/gu;

// Coming from out of town, and how (外地来看病, 从外省过来, 坐高铁过来复诊): who the patient is and the trip, not a word to
// search; the question is what follows (光疗一周要来几次, 要带什么). Left in, 看病 → 就诊 and 外地 → 外出 (of being away)
// sent 外地来看病光疗一周要来几次 to the follow-up page's 外出 tip (helper srch44, batch 42). Only a place elsewhere or a
// means of travel before 来 / 过来 / 赶来: 外地患者, 在外地 and 出差 stay (外出 of the pages, through the demo seed). Bounded
// alternatives without nesting, one pass: linear.
const FROM_AFAR =
  /(?:从)?(?:外地|外省|外市|外县|老家)(?:坐|乘|搭)?(?:高铁|火车|动车|飞机|大巴)?(?:过来|赶来|来)(?:看病|就诊)?|(?:坐|乘|搭)(?:高铁|火车|动车|飞机|大巴)(?:过来|赶来|来)(?:看病|就诊)?/gu;
const FROM_AFAR_ANY = /外地|外省|外市|外县|老家|高铁|火车|动车|飞机|大巴/u;

// Asking for someone else (帮我爸问一下, 替我妹妹问：, 帮老婆问下, 给孩子咨询一下): who is asked for is no word to search; the
// question is what follows. The person stayed and led to pages on that person (老婆 → 夫妻, the contagion FAQ on couples;
// helper srch36, batch 34). A child stays (帮孩子问 → 孩子): the children's pages answer for a child. Only 帮 / 替 / 给 / 代
// with a person word and then 问 or 咨询: 给孩子涂药, 帮孩子防晒 stay. Bounded alternatives, one pass: linear.
const ASKED_FOR =
  /(?:帮|替|给|代)(?:我|俺|咱)?(?:家)?(?:的)?(?:(孩子|小孩|小朋友|宝宝|儿子|女儿|闺女)|老人|老妈|老爸|妈妈|爸爸|妈|爸|父母|爸妈|家人|老婆|老公|爱人|媳妇|丈夫|妻子|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|公公|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|朋友|同学|同事|亲戚)(?:问(?:一下|一问|问|下)?|咨询(?:一下|下)?)/gu;

// A list's numbers (1. 白斑会扩散吗 2. 能治好吗, 1、… 2、…, (1) … (2) …, 1) …): at the start or after a space or a
// sentence mark, one or two digits with the list's dot, comma or bracket and no digit after (0.1%, 1.5cm stay). Not
// searched: a digit before a word was read as a count (helper srch36, batch 34). One pass, a one-character look back.
const LIST_NUMBER_ANY = /\d[.、)）]/u;
const LIST_NUMBER = /(?<=^|[\s,，;；。!！?？:：])[(（]?\d{1,2}[.、)）](?!\d)/gu;

// A diagnosis met at another hospital (外院诊断是白色糠疹, 当地医院确诊为白癜风, 别的医院说是进展期): the diagnosis is the
// meaning, as with a claim met online (HEARSAY); 诊断 was required and led to the pages titled by 诊断 (the dermoscopy
// article) before the one on the condition named (helper srch35, batch 33). Only the place elsewhere followed by what it
// said or found: 外院开的药, 在别的医院照光 stay. One pass of bounded alternatives: linear.
const SAID_ELSEWHERE =
  /(?:外院|外地医院|别的医院|别家医院|其他医院|其它医院|另一家医院|上一家医院|当地医院|老家医院|之前的?医院|以前的?医院|原来的?医院)(?:的?(?:医生|大夫))?(?:(?:诊断|确诊|查出来?|检查)(?:说|为|是|成)?|说|讲)(?:是|为|我是)?/gu;

// Tests done at another hospital, spoken of as a thing the patient has (外院的检查能用吗, 别的医院做的化验还算数吗, 当地医院拍的片子):
// the 检查报告 the hospital page and the follow-up page ask patients to bring (既往的病历、检查报告). As typed, 外院 is in no
// page and was left out as a stray word, and 检查 alone led to the Wood's lamp and dermoscopy pages (外院的检查能用吗 not on the
// first page; helper srch82, batch 79, decision 0128). Only the place elsewhere, then a verb of doing the test or 的, then the
// test or its result: what was said or found there stays SAID_ELSEWHERE's (run first), and 外院开的药, 在别的医院照光 and
// 别的医院查的甲状腺 (the test named) stay. The same places as SAID_ELSEWHERE; fixed alternatives, no nesting: linear.
const RESULTS_ELSEWHERE =
  /(?:外院|外地医院|别的医院|别家医院|其他医院|其它医院|另一家医院|上一家医院|当地医院|老家医院|之前的?医院|以前的?医院|原来的?医院)(?:(?:做|查|拍|验|开)(?:过|了)?的|的)(?:检查结果|检查单|化验单|化验结果|检查|化验|结果|片子|单子)(?!报告)/gu;

// A question pasted from a chat with its stickers and courtesies (helper srch41, batch 39). A sticker the app writes
// as text ([捂脸], [流泪], [抱拳], [OK]: one to four characters or letters in square brackets) is no word of the
// question: left in, [玫瑰] and [太阳] were words to search. One character class of bounded width: linear.
const STICKER = /\[[\p{Script=Han}a-z]{1,4}\]/gu;
// …and the doctor greeted or thanked (医生您好, 林医生你好, 医生好，…, 你好医生, 谢谢医生): whom the message is to is no word
// of it, and 医生 is in nearly every page. Only the title with the greeting next to it, at the start of the query or
// after a space or a mark, and only the bare 好 before a space or a mark: 哪个医生好, 医生好不好 and 医生怎么说 stay. Bounded
// alternatives without nesting: linear.
const GREETED =
  /(?<=^|[\s,，.。!！~、:：])\p{Script=Han}?(?:医生|大夫|医师|主任|教授)(?:您好|你好|好(?=[\s,，.。!！~、]))|(?:您好|你好|谢谢|感谢|多谢|谢谢您)\s*[,，!！~]?\s*(?:医生|大夫|医师|主任|教授)们?(?=[\s,，.。!！~、?？]|$)/gu;
// …and whether a remedy or claim is to be trusted, asked at the end (食疗偏方治白斑靠谱吗, 靠不靠谱): the remedy is the
// meaning; cut 靠|谱, 谱 stood for 窄谱. Like 是真的吗 of HEARSAY. Not 靠谱的 before what is asked for.
const TRUSTED_ASKED = /(?:靠不靠谱|靠谱)(?:吗|么|嘛|不|吧|啊|呢|不靠谱)?(?=[\s?？!！。,，~]|$)/gu;

// A patch described as "a piece of white" (手上这块白的, 肚子上有一块白的, 脖子上有块白的, 一小块发白的, 一片白白的): a white
// patch, read as 白块, the lay word the demo seed leads to 白斑. Left as typed, 白 alone is held by no page and stood for
// whichever of 白癜风 / 白斑 / 白点 / 白发 the vocabulary gave it (helper srch50, batch 48). Only 块 / 片 after a count, a
// pointer, 有, a size or another 块 / 片 (一, 两, 几, 每, 这, 那, 有, 大, 小, 块, 片) and before (发)白(白 / 色)的: 白色糠疹,
// 一块白斑 and 白的 of anything else (衣服是白的, 白的地方) stay. Also after the 了 of a growth (胳肢窝长了块白的, 起了块白的), and
// 圈, a ring (嘴角一圈白白的: as typed 白白的 was read as nothing and 一圈 led to the relapse page's 颜色略浅的一圈; helper srch83, decision 0129,
// batch 80). 白了一块 (a patch gone white, said with the verb first) was measured and left out: read as 白块, eleven earlier
// queries fell (眼皮上白了一块 kept its rank but lost half its recall@5; 脸上白了一块咋弄 1 → 2). Fixed characters, no nesting: linear.
const PATCH_SAID = /(?<=[一两几这那每有大小块片了])[块片圈]发?白[白色]?的/gu;

// Passed on to someone (会遗传给下一代吗, 白癜风会传给老公吗, 会不会传给同学): the cut glues 给 to the verb (遗传给, 传给), a word
// no page holds, and the person after it led to the page about that person (the children's page) before the heredity or
// contagion question (helper srch55, batch 52). PASSED_TO — 遗传 / 传 with 给 and a person (one, or two joined by 和 / 跟,
// after 家里 / 我家 or not) is the verb alone: 传给 is 传染, except to the next generation (传给下一代 / 后代 / 子女, 遗传).
// Only with a person word after 给, and 传 not the end of another word or of a slip for one (宣传给, 流传给, 遣传给 of 遗传给,
// left to the homophone and shape passes). 传染给 stays as typed: read as 传染 it put the contagion article out of the first page of
// 我脸上长了白斑…会不会传染给家里人 (three pages hold 脸上, 白斑 and 传染 in full, and every-word-first keeps to them) and
// the differential page out of the first five of 花斑癣会不会传染给家里人 (decision 0094; decision 0081 measured it too).
// Also 过给 after 会 / 能 (会不会过给俺, 能过给孩子吗), the northern dialect's passing it on (as the seed's 过人): 传染, or 遗传 to
// the next generation; 过 of 看过 / 用过, 不过 and 通过 stay. And 俺 / 咱 (俺们 / 咱们) are persons it passes to: as typed, 过 stood
// for 过敏 and 过程 and 娃的白斑会不会过给俺 had the children's page first and the contagion page third (helper srch85, batch 82,
// decision 0131). Fixed alternatives, no nesting: linear.
const PERSON_TO =
  '(?:家里的?|我家的?|家中的?)?(?:小朋友|朋友|孩子|小孩|宝宝|宝贝|娃娃|娃|下一代|后代|子女|儿子|女儿|闺女|孙子|孙女|老公|老婆|爱人|对象|男朋友|女朋友|丈夫|妻子|先生|太太|家人|家里人|别人|他人|同学|同事|室友|舍友|父母|爸爸|妈妈|家属|人|我|你|他|她|他们|我们|俺们|咱们|俺|咱)';
const PASSED_TO = new RegExp(`(遗传|(?<![遗遣谴宣流相谣上下外自口])传|(?<=[会能])过)给(${PERSON_TO}(?:[和跟]${PERSON_TO})?)`, 'gu');
const NEXT_GENERATION = /^(?:下一代|后代|子女)/u;

// The people over one at work (要不要跟领导说我有白癜风, 告诉老板吗): the 同事 of the emotional-support page's FAQ (要不要告诉同事或同学自己
// 有白癜风？), the people at work a patient might tell; as typed, 领导 and 老板 were in no page and 要不要跟领导说我有白癜风 had that page
// nowhere (helper srch86, batch 83, decision 0133). As a seed row the 同事 it leads to entered the vocabulary, and the Cantonese 同
// (and) of 汗斑同白癜风点分㗎 then read it. AT_WORK_OVER — 领导 / 老板 / 上司 / 主管 are 同事; 老板娘 and 领导力 stay. Fixed
// alternatives, one look-ahead: linear. 主管医生 / 主管护师 / 主管部门 are the ward's and the health office's, not the patient's boss (review).
const AT_WORK_OVER = /(?:领导|老板|上司|主管)(?![娘力医护药部单技师])/gu;

// Outdoor work (户外工作, 外卖员, 建筑工地, 交警, 农民下地干活): the 户外活动 of the sun article, as the seed reads 种地 and
// 干农活; as typed, 工作 led to the contagion page's 在学校和工作中 and the jobs were in no page (helper srch55, batch 52).
// OUTDOOR_WORK — work said done outdoors (户外 / 室外 / 露天 / 野外 with 工作 / 上班 / 干活 / 作业 / 劳动) and the jobs done
// outdoors by their names (外卖员 / 外卖骑手 / 送外卖, 骑手, 快递员 / 送快递, 建筑工地 / 工地, 建筑工人, 交警, 环卫工, 农民,
// 下地干活 / 下田) are 户外活动; 外卖 alone (点外卖, food) and 快递 alone stay. Fixed alternatives: linear.
const OUTDOOR_WORK =
  /(?:户外|室外|露天|野外)(?:工作|上班|干活|作业|劳动)|外卖(?:员|小哥|骑手)|送外卖|跑外卖|骑手|快递(?:员|小哥)|送快递|跑快递|建筑工地|建筑工人|工地|交警|环卫工人?|农民|下地干活|下田/gu;

// A weekday said as 星期 / 礼拜 and its number (星期三有没有白癜风专家, 礼拜一有专家吗): the 周三 / 周一 of the doctors' pages
// (每周一、周三、周五出诊) and the hospital page's hours; as typed, 星期 alone was read as the articles' 每周 and the day lost
// (helper srch55, batch 52). WEEKDAY_SAID — 星期 / 礼拜 with 一 to 六, 日 or 天, and 周天 (礼拜天 → 周日); not a count of
// weeks (一星期, 两个礼拜, 每星期 before it) nor a count after it (星期一到两次, 一星期二三次, 礼拜一次). Fixed alternatives: linear.
const WEEKDAY_SAID = /(?<![每一两二三四五六七八九十几个\d])(?:星期|礼拜)([一二三四五六日天])(?![一二三四五六七八九十两到至~-]|[次回个遍趟])|(?<![每一两几个\d])周天/gu;

// The clinic or a doctor asked whether at work (光疗室国庆上班吗, 医生周六上班吗, 大夫几点上班, 你们过年上班不): the opening hours,
// the hospital page's 门诊时间, as 几点下班 and 开门 are in the demo seed. As typed, 上班 is the seed's 工作 (the patient's own
// work: 白癜风能正常上班吗) and 室 of 光疗室 (cut 光疗|室) stood for 暗室, so 国庆节光疗室上班不 had Dr Gu's page and the Wood's
// lamp page first and the hospital page not on the first page (helper srch83, batch 80, decision 0129). ON_DUTY — 上班 right after a place
// of the clinic or a doctor word (医院, 门诊, 医生, 大夫, 主任, 专家, 光疗室, 你们), at most one time word between (今天, 周六 as
// WEEKDAY_SAID wrote it, 周末, 过年, 国庆, 几点, 什么时候…), is 门诊时间; not after 在 / 当 / 做 / 是 (我在医院上班, 当医生上班: the
// patient's work), and 上班 of anyone else (我上班, 能上班吗) stays. Fixed alternatives in one look-behind: linear.
const ON_DUTY =
  /(?<=(?:^|[^在当做是])(?:医院|门诊|医生|大夫|主任|专家|光疗室|你们)\s*(?:(?:今天|明天|后天|周末|周[一二三四五六日]|节假日|过年|春节|国庆节?|五一|元旦|几点|什么时候|啥时候)\s*)?)上班/gu;

// A clock time asked whether one can still be seen (下午五点半以后还能看吗, 十二点以后还有人吗, 8点前能挂号吗): the opening hours, the
// hospital page's 门诊时间. As typed, the hour said in words (五点, 十二点) is in no page, and 来晚了 下午五点半以后还能看吗 had Dr Gu's page
// (工作日下午出诊) first and the hospital page not on the first page (helper srch84, batch 81, decision 0130). CLOCK_ASKED — an hour
// (one or two digits, or 一 to 十二 in words) with 点 / 点半 / 点一刻 / minutes, with 以后 / 之后 / 后 / 以前 / 之前 / 前 or not, then 还
// and a modal or not, then a visit word (看, 挂号, 有人, 医生, 大夫, 开门, 开着, 上班, 接诊) is 门诊时间; an hour before anything else
// (十点到四点不能晒太阳, 晚上八点涂药) stays, and so does a time with a colon (周六 8:30 开门吗 keeps 8:30, which the hospital page's
// hours are written in; decision 0063). Fixed alternatives, bounded repeats: linear (the spaces between the parts at most three each: four unbounded runs of spaces made a
// query of 3点 and 96 spaces cost 46 ms, and 400 spaces 3 s; review).
const CLOCK_ASKED =
  /(?:\d{1,2}点(?:半|一刻|\d{1,2}分?)?|(?:十[一二]|[一二三四五六七八九十])点(?:半|一刻|[一二三四五]十分?)?)\s{0,3}(?:以后|之后|以前|之前|后|前)?\s{0,3}还?\s{0,3}(?:能|可以|有没有|有)?\s{0,3}(?:看|挂号|有人|医生|大夫|开门|开着|上班|接诊)/gu;

// Harm to the eyes, the skin or the body asked with 伤 (伍德灯伤眼睛吗, 照光伤眼睛吗, 自晒剂会伤皮肤吗): the 影响 of the pages
// (伍德灯检查对身体有影响吗, with 注意保护眼睛). Alone, 伤 stood for the words it begins (划伤, 外伤, 晒伤, 烫伤: the Koebner sign
// and sunburn), and 宝宝能做伍德灯吗 伤眼睛不 had the children's page first (helper srch83, batch 80, decision 0129). HARM_TO — 伤 (and 到 / 了)
// right before 眼睛 / 眼 / 皮肤 / 身体 / 身子 is 影响; not the end of an injury's name (晒伤皮肤, 损伤, 受伤, 烫伤, 划伤, 刺伤…), and
// not before an organ no page writes of (伤肝, 伤肾, 伤胃: read so, 吃药伤肝吗, a query with no answer on the site, had the Wood's
// lamp FAQ first). One class look-behind and fixed alternatives: linear.
const HARM_TO = /(?<![损受晒烫划外创刮擦抓磕摔烧冻灼扭割咬砸撞挫碰刺戳压内])伤(?:到|了)?(?=眼睛|眼|皮肤|身体|身子)/gu;

// A medicine told by its colour (那个绿色的药膏, 白色的乳膏, 黄色药水): how the patient remembers the tube, not a word the pages
// write of a medicine; searched, 绿色 led to the Wood's lamp page's 黄绿色荧光 and 那个绿色的药膏 抹白斑的叫啥 had the topical page
// third (helper srch84, batch 81, decision 0130). COLOUR_OF_MEDICINE — a colour (红 / 绿 / 蓝 / 黄 / 白 / 紫 / 黑 / 橙 / 粉 / 棕 /
// 褐 / 灰, with 淡 / 浅 / 深 or not) and 色, with 的 or not, right before a medicine's form (药膏, 软膏, 乳膏, 药水, 药片, 药丸, 药,
// 膏, 霜) is left out; a colour before anything else (白色糠疹, 黄绿色荧光, 深色食物) stays. One class, fixed alternatives: linear.
const COLOUR_OF_MEDICINE = /(?:[淡浅深])?[红绿蓝黄白紫黑橙粉棕褐灰]色的?(?=药膏|软膏|乳膏|药水|药片|药丸|药|膏|霜)/gu;

// Used up (药快用完了, 药膏用完了, 药吃完了): the medicine run out, which the follow-up page answers (复诊, 不要自行停药); cut 用|完,
// 用 is a stopword and the 完 left alone stood for 完成, which put the children's page first (helper srch84, batch 81, decision
// 0130). USED_UP — 完 right after 用 / 吃 / 喝 and before 了, a particle, a space or the end is left out; 用完 before a noun
// (吃完饭) stays. Fixed characters: linear.
const USED_UP = /(?<=[用吃喝])完(?=[了啦喽吗呢啊]|\s|$)/gu;

// A patch the doctor said to leave untreated for now, or asked so (医生说先不用治 观察着, 白斑不必治疗吗): the 不管 of the first page's
// FAQ (白斑没有什么感觉，可以不管它吗？), as MIND_ASKED reads 要不要管; as typed, 治 of 不用治 was the 治疗 every page writes, and
// 医生说先不用治 观察着 had the pregnancy page first and the first page's FAQ nowhere (helper srch85, batch 82, decision 0131).
// LEFT_UNTREATED — 不用 / 不必 with 治 (or 治疗) is 不管; 不需要治疗, which the segmental page's FAQ writes (节段型白癜风是不是就不需要
// 治疗了), and 治不好 stay. Fixed characters: linear.
const LEFT_UNTREATED = /不(?:用|必)治(?:疗)?/gu;

// Whether to deal with a patch at all, asked with 管 (奶奶手上的白斑要不要管, 用不用管, 需要管吗): the 不管 of the first page's FAQ
// (白斑没有什么感觉，可以不管它吗？); as typed, 要不要管 was read 要 管 and 管, a word no page holds alone, was left out, so only
// 白斑 was searched (helper srch56, batch 53). MIND_ASKED — 要不要 / 用不用 / 需不需要 / 需要 / 要 / 用 / 得 before 管 (and 它),
// with only a particle or marks after it to the end, is 不管; 不管 typed stays as typed, 管用 / 血管 / 管光疗室的医生 and a
// 管 not at the end stay. Fixed alternatives, one look ahead: linear.
const MIND_ASKED = /(?:要不要|用不用|需不需要|需要不需要|需要|要|用|得)管(?:它|他|她)?(?=[吗么嘛呢啊呀]?[?？!！。,，.\s]*$)/gu;

// A value asked of a measure (SPF多少的防晒霜适合白斑, 防晒指数选多少, 剂量是多少): the measure is the meaning and 多少 asks
// its number; as typed, 多少, held by no page, was read as the start of 多少钱 and searched as 费用 too, which led to the
// pages' "费用因项目和疗程而异" (helper srch57, batch 54). VALUE_ASKED — 多少 right after SPF / PA / 指数 / 剂量 / 波长 /
// 浓度 / 温度 / 倍数 / 度数 (with 是 / 选 / 要 / 应该 / 大概 / 一般 between or not) is left out; not before 钱 / 块 / 元 (剂量多少钱
// is the cost), and 多少 after anything else stays (一次多少, 多少次). Fixed alternatives: linear.
const VALUE_ASKED = /(?<=(?:spf|pa|指数|剂量|波长|浓度|温度|倍数|度数)\s*(?:是|选|要|应该|大概|一般)?)多少(?![钱块元])/gu;

// Having a child asked as allowed or as affected (有白癜风能生孩子吗, 可以要宝宝吗, 老公有白癜风要孩子有没有影响): the 怀孕 of the
// pregnancy article (备孕, 孕期, and whether the child inherits it); as typed, the cut glued the modal to 生 (能生) and 孩子 led to
// the children's page first (helper srch58, batch 55). CHILD_ASKED — 生 / 要 and a child word (孩子, 小孩, 宝宝, 小宝宝, 娃, 二胎, 二孩)
// right after 能 / 可以 / 能不能 / 可不可以 / 还能 / 敢, with only a particle or marks after it to the end, or (any modal or none)
// right before 有没有影响 / 有影响 / 会影响 / 影响; 生孩子 alone stays (结婚生孩子会遗传给下一代吗 keeps the heredity pages, and
// 生孩子 → 产后 was measured and left out, see the demo seed). Fixed alternatives, one look each way: linear.
const CHILD_WORD = '(?:孩子|小孩子?|宝宝|小宝宝|娃娃?|二胎|二孩|小孩儿)';
const CHILD_ASKED = new RegExp(
  `(?<=能|可以|能不能|可不可以|还能|敢)[生要]${CHILD_WORD}(?=[吗么嘛吧呢啊呀]?[?？!！。.\\s]*$)|[生要]${CHILD_WORD}(?=有没有影响|有影响|会影响|影响)`,
  'gu',
);

// Sharing a thing with someone (室友不敢跟我用一个盆, 能和家人用同一条毛巾吗, 跟孩子一起用一个杯子): the 共用 of the contagion page
// (共用毛巾); as typed, 用 is a stopword and the cut's 一个盆 is in no page, so nothing was held (helper srch58, batch 55).
// SHARED_USE — 跟 / 和 / 同 / 与 and a person (PERSON_TO), 一起 or not, then 用 / 共用 / 合用 with 一 / 同一 and a measure word
// (个 条 双 块 把 只 套 张 副 床 支 瓶), is 共用; the thing after it stays. 一起用 (照光和涂药一起用) has no person and stays.
// Fixed alternatives, no nesting: linear.
const SHARED_USE = new RegExp(`[跟和同与]${PERSON_TO}(?:一起)?(?:共用|合用|用)(?:同一|一)[个条双块把只套张副床支瓶]`, 'gu');

// Growth told as an amount (白斑半年大了一倍, 大了一圈, 原来一块现在变成五六块, 又多了三块): the spread the stage article's 进展期
// is about, which the seed reaches from 越来越大 / 越来越多; as typed, 大 alone and the count (一倍, 五六块) held nothing the
// stage page holds more than others (helper srch58, batch 55). GROWN_BY — 大了 (变 before it or not) with an amount (一倍 / 两倍 /
// 几倍 / 一圈 / 好几圈 / 一半 / 好多 / 很多 / 不少 / 许多) is 越来越大; 变成 / 多了 / 多出(了) with a count of patches (一 to 十, 几,
// 好几, 两, digits; then 块 / 片 / 处) is 越来越多. 个 is not a patch's measure here (多了好几个小白点, read so, lost the
// dermoscopy page from its first five); 大了 alone (孩子大了), 大了一点, 长了两块 (a patch seen, not grown) and 变成白色 stay.
// Fixed alternatives, no nesting: linear.
const GROWN_BY = /变?大了(?:一倍|两倍|几倍|好几倍|一圈|好几圈|一半|好多|很多|不少|许多)|(?:变成了?|多了|多出了?)(?:好几|几|[一二两三四五六七八九十]{1,2}|\d{1,2})[块片处]/gu;

// Growth told as sudden or fast (白斑突然变多发痒要急诊吗, 一下子大了, 白斑扩散很快能做微针吗): the spread the stage article's 进展期
// is about and the follow-up page's 提前就诊; as typed, 突然 / 一下子 are everyday words and 变多 alone led to a feelings FAQ
// first (helper srch59, batch 56). SUDDEN_GROWTH — 突然 / 忽然 / 一下子 / 一下就 / 很快 / 迅速 (就 / 地 / 又 / 间 after it or
// not) right before 变多 / 多了 / 增多 / 多起来 (越来越多, as GROWING_ON reads growing on), 变大 / 大了 / 扩大 / 长大 (越来越大), or
// 扩散 / 蔓延 (短时间内 扩散: the pages' 短时间内 of being seen early; 越来越多 there kept the microneedling page behind its
// aftercare page); or those verbs with 得 or not and 很快 / 特别快 / 太快 / 好快 / 这么快 / 那么快 / 非常快 / 飞快 after them.
// 短时间内 for 变多 was measured and left out (the differential page led, and 白斑突然变多了要不要马上去医院 fell 1 → 2). Onset
// stays (突然长了块白斑, 突然出现白斑: a patch seen, not grown), as do 突然 before anything else (突然停药, 突然变白) and 长得很快.
// An older person told by age (我妈七十多了, 我爸六十多岁突然长白斑, 七十岁的老人白癜风还用治吗; helper srch64, batch 61,
// decision 0104): an adult child asking for a parent gives a round or rough age, not the word; fifty to ninety in tens (五十
// to 九十, 50 to 90, with 多 / 几 / 来 or not, then 岁 / 周岁; or 多了 after the Chinese tens, right after a person, 今年 or 已经:
// 我妈七十多了, not 花了五十多了) is 老人, which the seed leads to the
// pages' 中老年人 (the differential page's 特发性点状白斑 of the middle-aged and old). Dropped as typed, the age led nowhere and
// the rest of the query ranked alone. An exact age (六十八岁, 65岁) stays: it comes with a long, detailed message where it is
// one detail among many (read as 老人, a mother of 六十八 with a thyroid question got the differential page first: 1 → 4).
// Younger ages stay (14岁, 三十五岁: the children's pages have their own words), as do counts (五十多次, 六十多块) and 五十多
// without 岁 or 了. Fixed alternatives, no nesting: linear.
const OLDER_AGE = /(?:[五六七八九]十|[5-9]0)(?:多|几|来)?(?:周岁|岁)了?(?:的)?(?:老人家|老人)?|(?<=[妈爸娘爹他她伴婆公奶爷姥人]|今年|已经)[五六七八九]十多了/gu;
// Both sides alike (手背脚背都有白斑 左右一样, 两边都一样): the 对称 the pages write of non-segmental patches (对称分布 on
// the two sides of the body). Left as typed, 左右 and 一样 (一样 led to 鉴别 through 不一样) found no page on symmetry and the
// types page was not on the first page (helper srch88, batch 85). 左右 after a count (一年左右, 十五分钟左右, 三个月左右一样没变化)
// is "about", as the pages write it, and stays. Fixed alternatives, no nesting: linear.
const BOTH_SIDES_ALIKE =
  /(?<!(?:\d|[一二两三四五六七八九十半几百千])\s*(?:个)?(?:天|周|星期|礼拜|月|年|岁|分钟|小时|次|nm|厘米|公分|毫米|cm|mm)?)(?:左右|两边)(?:都|也)?(?:是)?(?:一样|一模一样)/gu;

// A child's age (十五岁男孩白斑, 孩子八岁了白斑会扩散吗, 12岁女儿脸上有白斑; helper srch78, batch 75, decision 0123): a parent
// gives the child's age, not the word 儿童; as typed the age held nothing a page holds (十五岁 alone found nothing, 十五 its
// 十五分钟 of sunscreen) and 男孩 / 女孩 led nowhere, so 十五岁男孩白斑 had no children's page in its results. CHILD_AGE —
// one to seventeen (一 to 九, 两, 十 to 十七, 十几; digits 1 to 17; not a bare 几岁, which asks an age: 近视手术几岁可以做), not inside a longer number (三十五岁, 二十岁, 115岁),
// then 岁 / 周岁 (半 or not) — is 儿童, which the children's page holds. Not an age told as a time past (三岁时, 五岁那年,
// 十岁的时候, 八岁就, 七岁起, 六岁开始, 十岁以前 / 之前 / 前: an adult telling when it began), nor 十八 and older (the adult
// pages). Only when no child word is in the query (孩子, 小孩, 儿子, 女儿, 娃, 宝宝, 宝贝, 儿童, 小朋友, 闺女): with one the child is
// said already, and adding 儿童 put the children's page before the page asked about (十岁孩子白癜风抽血查甲功有必要吗 1 → 2,
// 我儿子才三岁 能照那个紫灯检查吗 1 → 2, 女儿十六岁爱美…遮瑕膏 1 → 2); 男孩 / 女孩 are not such words (they led nowhere).
// Fixed alternatives, no nesting: linear.
const CHILD_SAID = /孩子|小孩|儿子|女儿|娃|宝宝|宝贝|儿童|小朋友|闺女/u;
const CHILD_AGE =
  /(?<![一二两三四五六七八九十百千\d])(?:十[一二三四五六七几]?|[一二两三四五六七八九]|1[0-7]|[1-9])(?:周岁|岁)半?(?!时|那|的时候|就|起|开始|以前|之前|前)/gu;

// A long history told by its years (白斑十几年了还能治好吗, 白癜风二十年没变化, 好多年了一直没管; helper srch77, batch 74, decision
// 0122): how long the patches have been there is what the stage article judges a stage by (一年左右没有变化 as the stable
// stage's mark) and the graft page asks about (病程); as typed, 十几年 / 二十年 held nothing a page holds and the rest of the
// query ranked alone (the differential page first). LONG_HISTORY — right after 白斑 / 白癜风 (已经 / 都 / 有 between or not),
// ten years or more, or many years said vaguely: 十几 / 几十 / 二十 to 九十 (多 or not) / 好多 / 很多 / 这么多 / 那么多 / 十 /
// digits 10 to 99 (多 or not), then 年 (了 or not), is 病程 稳定期. Not after anything else (吃了好多年的黑芝麻, 一块白 十几年一直没
// 变过: read so, ranks fell), not 好几年 (several; read so, 我老公有白癜风好几年了… 准备要孩子 fell 1 → 3), not shorter spans
// (一年多没变化, 两年了, 好了三年又复发了), nor 年 in another word (几十年前, 年龄, 年轻, 年级, 年底). Fixed alternatives: linear.
const LONG_HISTORY = /(?<=白斑|白癜风)(?:已经|都|有)?(?:十几|几十|[二三四五六七八九]十多?|好多|很多|这么多|那么多|十|(?<!\d)[1-9]\d多?)年(?![龄纪轻级前初底度终假货内])了?/gu;

// Growth asked with its end cut off, as a phone sends a question half-typed (白斑会不会越来, helper srch64, batch 61, decision
// 0104): 越来 at the very end (only punctuation or spaces after it) is 越来越, the phrase every growth question goes on with
// (越来越多, 越来越大); cut as 越|来, 来 stood for 来源 and the melanocyte page led. 越来越 typed in full and 越来 inside a query
// (越来越多) stay as they are. Anchored at the end, no nesting: linear.
const GROWTH_CUT_SHORT = /越来(?!越)[\s\p{P}]*$/u;
// Runs after GROWN_BY (突然多了三块 is its 越来越多). Fixed alternatives: linear.
const GROW_VERB = '(变多了?|多了|增多|多起来|变大了?|大了|扩大|长大|扩散开?了?|蔓延)';
const SUDDEN_GROWTH = new RegExp(
  `(?:突然|忽然|一下子|一下就|很快|迅速)(?:就|地|又|间)?${GROW_VERB}|${GROW_VERB}得?(?:很快|特别快|太快|好快|这么快|那么快|非常快|飞快)`,
  'gu',
);
const SUDDEN_ANY = /突然|忽然|一下|迅速|快/u;
const suddenGrowth = (_all: string, a?: string, b?: string): string => {
  const v = a ?? b ?? '';
  return v.includes('扩散') || v.includes('蔓延') ? ' 短时间内 扩散 ' : v.includes('多') ? ' 越来越多 ' : ' 越来越大 ';
};

// A place in the site named before what is asked (科普文章 光疗, 在线问答 防晒霜, 网上问医生 白斑是不是白癜风) or after it
// (看儿童白癜风的医生介绍): the patient says where they expect the answer, as a search box on a portal is used; the topic is
// the meaning. Left in, 科普 was held by the doctors' pages and the hospital's (科普文章 光疗 had no article in its first page),
// 网上 led to the diet page's 网上的说法 and 介绍 to whatever page introduces something (helper srch60, batch 57). Only at the
// start of the query with a space and a word, or a Chinese word, after it (科普 and 科普文章 alone, 这些科普是谁写的 and 网上的科普文章是谁审核的 — the
// articles asked about — stay), and 介绍 only right after a doctor word at the end (医生 stays, so the doctors' pages can lead).
// …and asking online said with 问 alone (网上问孩子白斑找哪个医生, 在线问一下 光疗后发红, 线上问问): the same place, left out the same way
// (decision 0138: 网上 was kept as a word and led to the diet page's 网上的说法; the doctors' pages were off the first page). Not
// before 诊 / 答 / 题: 网上问诊 (the 问诊 the pages write), 在线问答 (above) and 网上问题 stay.
// Fixed alternatives, anchored: linear.
const SITE_PLACE =
  /^\s*(?:(?:科普文章|科普知识|科普|健康科普)\s+(?=\S)|(?:在线问答|在线问医生|网上问医生|在线咨询|网上咨询|患者问答|问答专区|(?:网上|在线|线上)问(?:一下|一问|问)?(?![诊答题]))\s*(?=\p{Script=Han}))/u;
const DOCTOR_INTRODUCED = /(?<=医生|大夫|专家)(?:的)?(?:介绍|简介)\s*$/u;

// How long until a treatment works, asked with 有效 / 管用 / 起作用 / 奏效 after the span (光疗多久有效, 擦药多久管用, 要多长时间才有效):
// the onset the pages write as 多久能看到变化 and the seed's 见效 reaches (起效, 效果). As typed, 有效 is in no page and the query
// kept 光疗 多久 only, whose first page had no phototherapy article (光疔多久有效 -, helper srch61, batch 58). ONSET_ASKED —
// the verb right after 多久 / 多长时间 / 几个月 / 几周 / 几次 / 多少次 (才 / 能 / 就 / 会 / 可以 / 开始 between or not) is 见效;
// 有效吗 / 管用吗 alone (光疗有效吗: whether it works) and 有效果 (already the seed's 效果) stay. Fixed alternatives: linear.
const ONSET_ASKED =
  /(多久|多长时间|多少天|几个月|几周|几次|多少次)\s*(?:才能|才会|可以|开始|才|能|就|会)?\s*(?:有效(?!果)|管用|起作用|奏效)/gu;
// Its verbs alone: the cheap test before the replace.
const ONSET_VERB = /有效|管用|起作用|奏效/u;
// The spouse named through the child (孩子他爸, 孩子她妈, 娃他爹): a common way to say "my husband / my wife"; the child word in it is
// not the one asked about, and as typed it led to the children's page (孩子他爸有白癜风儿子会不会得 2: the heredity FAQ second;
// helper srch61, batch 58). SPOUSE_BY_CHILD — 孩子 / 孩 / 娃 / 娃娃 and 他 / 她 before 爸 / 爸爸 / 爹 / 妈 / 妈妈 / 娘 is 爸爸 / 妈妈;
// 孩子爸爸 / 孩子的妈妈 (no pronoun: the child's parent, asked as such) stay.
const SPOUSE_BY_CHILD = /(?:孩子|孩|娃娃|娃)[他她](爸爸|爸|爹|妈妈|妈|娘)/gu;

/** Cantonese function words as Mandarin ones, and the clinic as the one asked left out (questionForm). */
export function spokenAsWritten(text: string): string {
  return remembered(readSpoken, text, readSpokenAsWritten);
}

function readSpokenAsWritten(text: string): string {
  let t = replaceIf(text, CHAT_HEADER, '');
  if (t.includes('科普') || t.includes('问') || t.includes('咨询')) t = t.replace(SITE_PLACE, ' ');
  if (t.includes('介') || t.includes('简')) t = t.replace(DOCTOR_INTRODUCED, ' ');
  if (t.includes('[')) t = t.replace(STICKER, ' ');
  if (t.includes('好') || t.includes('谢')) t = t.replace(GREETED, ' ');
  if (t.includes('靠')) t = t.replace(TRUSTED_ASKED, ' ');
  if (LIST_NUMBER_ANY.test(t)) t = t.replace(LIST_NUMBER, ' ');
  if (t.includes('问') || t.includes('咨询')) t = t.replace(ASKED_FOR, ' $1 ');
  if (FROM_AFAR_ANY.test(t)) t = t.replace(FROM_AFAR, ' ');
  if (t.includes('带')) t = t.replace(BRING_WHAT, ' 带 准备 ').replace(TAKEN_ALONG, ' ');
  if (t.includes('院')) t = t.replace(SAID_ELSEWHERE, ' ');
  t = replaceIf(t, RESULTS_ELSEWHERE, ' 检查报告 ');
  if (t.includes('比')) t = t.replace(SPAN_BY_SPAN, ' 越来越');
  t = replaceIf(t, GROWING_ON, (_all: string, bigger?: string) => (bigger ? ' 越来越大 ' : ' 越来越多 '));
  if (t.includes('越来')) t = t.replace(GROWTH_CUT_SHORT, ' 越来越 ');
  if (t.includes('岁') || t.includes('多了')) t = t.replace(OLDER_AGE, ' 老人 ');
  t = replaceIf(t, LONG_HISTORY, ' 病程 稳定期 ');
  if (mayMatch(CHILD_AGE, t) && !CHILD_SAID.test(t)) t = t.replace(CHILD_AGE, ' 儿童 ');
  if (t.includes('就')) t = t.replace(WHENEVER, ' $1 就');
  if (t.includes('补')) t = t.replace(SUPPLEMENT_SAID, ' 补充 ');
  t = replaceIf(t, MINERAL_PILL, ' 矿物质 补充剂 ');
  if (t.includes('管')) t = t.replace(MIND_ASKED, ' 不管 ');
  t = replaceIf(t, LEFT_UNTREATED, ' 不管 ');
  if (t.includes('多少')) t = t.replace(VALUE_ASKED, ' ');
  if (ONSET_VERB.test(t)) t = t.replace(ONSET_ASKED, ' $1 见效 ');
  if (t.includes('他') || t.includes('她')) t = t.replace(SPOUSE_BY_CHILD, (_all: string, p: string) => (/[爸爹]/u.test(p) ? ' 爸爸 ' : ' 妈妈 '));
  if (t.includes('生') || t.includes('要')) t = t.replace(CHILD_ASKED, ' 怀孕 ');
  if (t.includes('用')) t = t.replace(SHARED_USE, ' 共用 ');
  if (t.includes('大了') || t.includes('变成') || t.includes('多')) t = t.replace(GROWN_BY, (m: string) => (m.includes('大了') ? ' 越来越大 ' : ' 越来越多 '));
  if (SUDDEN_ANY.test(t)) t = t.replace(SUDDEN_GROWTH, suddenGrowth);
  if (t.includes('给')) t = t.replace(PASSED_TO, (_all: string, verb: string, who: string) => (verb !== '遗传' && !NEXT_GENERATION.test(who) ? ' 传染 ' : ' 遗传 '));
  // No hand-written guard before it: one would list the jobs again (a guard that missed a word once kept GROWING_ON
  // from running); replaceIf reads its characters off the regex itself (decision 0107).
  t = replaceIf(t, OUTDOOR_WORK, ' 户外活动 ');
  t = replaceIf(t, AT_WORK_OVER, ' 同事 ');
  if (t.includes('星期') || t.includes('礼拜') || t.includes('周天')) t = t.replace(WEEKDAY_SAID, (_all: string, day?: string) => ` 周${!day || day === '天' ? '日' : day} `);
  t = replaceIf(t, ON_DUTY, ' 门诊时间 ');
  t = replaceIf(t, CLOCK_ASKED, ' 门诊时间 ');
  t = replaceIf(t, HARM_TO, ' 影响 ');
  t = replaceIf(t, COLOUR_OF_MEDICINE, ' ');
  t = replaceIf(t, USED_UP, ' ');
  if (t.includes('不')) t = t.replace(ASKED_NOT_LAST, '');
  if (t.includes('会') && (t.includes('吃') || t.includes('喝'))) t = t.replace(EATEN_WILL, ' $1 ');
  if (t.includes('喝') && !MEDICINE_NAMED.test(t)) t = t.replace(DRINK_ASKED, ' 饮食 ');
  if (t.includes('铜') || t.includes('铁') || t.includes('银')) t = t.replace(TABLEWARE, ' $1 饮食 ');
  if (t.includes('婚') || t.includes('嫁') || t.includes('成家')) t = t.replace(MARRY_ASKED, ' $1 社交 ');
  t = replaceIf(t, BOTH_SIDES_ALIKE, ' 对称 ');
  if (t.includes('-')) t = t.replace(NOT_WANTED, ' ');
  if (t.includes('@')) t = t.replace(MENTION_DOCTOR, ' $1 ').replace(MENTION, ' ');
  if (CANTONESE_ANY.test(t)) for (const [re, to] of CANTONESE) t = replaceIf(t, re, to);
  if (t.includes('细路')) t = t.replace(CANTONESE_CHILD, ' 小孩 ');
  if (NETSPEAK_ANY.test(t)) for (const [re, to] of NETSPEAK) t = replaceIf(t, re, to);
  if (PICTURED_ANY.test(t)) for (const [re, to] of PICTURED) t = t.replace(re, to);
  // After the Cantonese (点算 is 怎么办, not 算 of "count as").
  if (t.includes('科')) t = t.replace(SEEN_ABOUT, ' ').replace(DEPARTMENT_ASKED, ' ');
  if (t.includes('算')) t = t.replace(COUNTS_AS, ' ');
  if (t.includes('叫')) t = t.replace(NAMED, ' ');
  if (ENDS_ARTICLE.test(t)) t = t.replace(TITLE_POINTED, ' ');
  if (t.includes('照片')) t = t.replace(PHOTO_SEEN, ' ');
  if (TOLD_ANY.test(t)) t = t.replace(OTHER_SAID, ' ').replace(DIAGNOSIS_TOLD, ' ').replace(TOLD_BY, ' ');
  if (t.includes('白了')) t = t.replace(HAIR_WHITE, ' $1 白发 ');
  if (t.includes('网')) t = t.replace(LOOKED_UP_ONLINE, ' $1 搜索 ');
  if (CHAT_ASKED_ANY.test(t)) t = t.replace(CHAT_ASKED, ' ');
  if (t.includes('白')) t = t.replace(PATCH_SAID, ' 白块 ');
  if (t.includes('又')) t = t.replace(WHITE_AGAIN, ' 再次变白 ').replace(PATCH_BACK, ' 复发 ');
  if (NETSPEAK_CALLED_ANY.test(t)) t = t.replace(NETSPEAK_CALLED, ' ');
  return replaceIf(replaceIf(replaceIf(t, CLINIC_ASKED, ' '), HEARSAY, ' '), GET_THERE, ' ');
}

const DIGIT_NAMES = '零一二三四五六七八九';
// Measure words counted with 两 rather than 二 (两次, 两周, 两个月; but 二级, 第二).
const LIANG = new Set([...'次天周年个月小时分钟点岁遍种位块片步项条针支瓶盒层']);

function numeral(n: number, liang: boolean): string {
  if (n < 10) return liang && n === 2 ? '两' : DIGIT_NAMES[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGIT_NAMES[tens]}十${ones ? DIGIT_NAMES[ones] : ''}`;
}

// A count typed in digits before a Chinese measure word, alone or as a range (15分钟, 2-3次,
// 第2到第3天, 1～2次 after NFKC); numbers of three digits and more (308nm, 365) are left alone.
const DIGIT_COUNT = /(?<![\d.a-z])(第?)(\d{1,2})(?:\s*([-~\u2013\u2014到至])\s*(第?)(\d{1,2}))?\s*(?=\p{Script=Han})/gu;
// Two neighbouring numerals before a measure word, the spoken range (二三次, 两三天, 三四个月).
const SPOKEN_RANGE = /(?<![一二两三四五六七八九十百千万])([一二两三四五六七八])([二两三四五六七八九])(?=[次天周年个月小时分钟点岁遍])/gu;
const valueOf = (c: string) => (c === '两' ? 2 : DIGIT_NAMES.indexOf(c));

/**
 * Counts as Chinese articles write them, in words (两到三次, 十五分钟, 第二天), each set apart by a space
 * so that jieba cuts it the way it cut the article (两到|三次) whatever the characters around it.
 * Undefined when there is nothing to rewrite; the caller keeps the rewrite only if the index has it.
 */
export function chineseNumbers(text: string): string | undefined {
  let changed = false;
  let out = text.replace(DIGIT_COUNT, (all: string, ord1: string, a: string, sep: string | undefined, ord2: string | undefined, b: string | undefined, at: number, whole: string) => {
    const liang = LIANG.has(whole[at + all.length] ?? '');
    changed = true;
    const first = `${ord1}${numeral(Number(a), liang && !ord1)}`;
    if (b === undefined) return ` ${first}`;
    return ` ${first}${sep === '至' ? '至' : '到'}${ord2}${numeral(Number(b), liang && !ord2)}`;
  });
  out = out.replace(SPOKEN_RANGE, (all: string, a: string, b: string, at: number, whole: string) => {
    if (valueOf(b) !== valueOf(a) + 1) return all;
    changed = true;
    const liang = LIANG.has(whole[at + all.length] ?? '');
    return ` ${numeral(valueOf(a), liang)}到${numeral(valueOf(b), liang)}`;
  });
  return changed ? out : undefined;
}

// 多了 after a verb of one character is "too much" (摸多了, 晒多了, 吃多了会…), not a count: alone, 多 stood for
// 多少钱 and 增多 (helper srch15). After a word of its own (白斑多了, 变多了) it is "more" and stays.
const MORE_OF = new Set([...'变增越很太更好最许大挺那这']);
function tooMuch(words: string[], i: number): boolean {
  const before = words[i - 1];
  return words[i + 1] === '了' && before !== undefined && before.length === 1 && /\p{Script=Han}/u.test(before) && !QUERY_STOPWORDS.has(before) && !MORE_OF.has(before);
}

// 一 the cut left alone before the word it counts (一|撮白头发, 一|大片, 一|圈): a count, no word to search; alone it
// stood for 一侧, 一般 and 第一次. 出 left alone before what appeared (头皮出白斑), as 长出 and 冒出 are stopwords: alone it
// stood for 外出 and 出生. 来 of "come and do" before its verb (第一次来看病), as 去 is a stopword: alone it stood for
// 越来越多 and 来源. Not query stopwords: inside a word no document holds (一定), readInside would then leave 定
// alone; 出 at the end is a way out (地铁哪个口出), 来 at the end where from (从哪里来) (helper srch20).
const ALONE_BEFORE = new Set(['一', '出', '来']);
function aloneBefore(words: string[], i: number): boolean {
  return ALONE_BEFORE.has(words[i]!) && /^\p{Script=Han}/u.test(words[i + 1] ?? '');
}

// A word's last character said again, as elderly people and parents talk (白斑斑, 红疙瘩瘩): the cut left the echo as a
// word of its own (白斑|斑), which stood for every page that says 斑 alone (helper srch34, batch 32). Not 点 (白点点): said
// twice it is "little dots", the 点状 and 小白点 of the pages, and left in it found them (五十多岁小腿上米粒大小的白点点 1;
// without it 3). Only one Chinese character right after a word of two or more ending in it; one look back.
function echoed(words: string[], i: number): boolean {
  const w = words[i]!;
  const before = words[i - 1];
  return w.length === 1 && w !== '点' && /\p{Script=Han}/u.test(w) && before !== undefined && before.length >= 2 && before.endsWith(w);
}

// A character typed twice on a phone (白白癜风, 光光疗, 伍伍德灯): the cut left the first alone before a word of two or more
// beginning with it (白|白癜风), and alone it stood for every page that says 白 (helper srch39, batch 37). Only one Chinese
// character right before such a word; not 一 / 点 (aloneBefore, echoed). One look ahead.
function doubled(words: string[], i: number): boolean {
  const w = words[i]!;
  const after = words[i + 1];
  if (w.length !== 1 || w === '一' || w === '点' || !/\p{Script=Han}/u.test(w) || after === undefined || after.length < 2 || !after.startsWith(w)) return false;
  // A verb said twice before its object (晒|晒太阳, 照|照镜子) is a verb's way of "a little", not a slip: the rest of the
  // word after the verb is a word of its own.
  return !(after.length >= 3 && isEverydayWord(after.slice(1)));
}

/** Distinct meaningful words of a query, in order. */
export function queryTerms(query: string): string[] {
  const words = segmenter()
    .cut(questionForm(joinUnits(normalize(query))), true)
    .filter((w) => WORD.test(w));
  // A query stopword the cut split in two (冒|出 of 冒出小黑点, 问|下 of 我想问下) is a stopword still.
  const split = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) if (QUERY_STOPWORDS.has(words[i]! + words[i + 1]!)) split.add(i).add(i + 1);
  const meaningful = words.filter((w, i) => !QUERY_STOPWORDS.has(w) && !split.has(i) && !(w === '多' && tooMuch(words, i)) && !aloneBefore(words, i) && !echoed(words, i) && !doubled(words, i));
  return [...new Set(meaningful.length ? meaningful : words)];
}

/** `hmm`: false cuts with the dictionaries alone, no guessed new words (长白, 吃海鲜). */
export function cut(text: string, hmm = true): string[] {
  return segmenter().cut(text, hmm);
}
