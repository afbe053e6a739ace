import { pinyin } from 'pinyin-pro';
import { simplifiedPhrases, simplifiedUnit } from '../web/han.js';

// Normalisation for matching, with a map back to the original text.
//
// Rules are written once, in simplified Chinese with half-width letters and digits. Text reaches
// the checker in every other form: full-width letters (ＮＯ．１), traditional characters (根治 as
// 根治, 治癒), characters split by spaces or symbols to slip past word lists (根 治, 根*治,
// 治​愈 with a zero-width space), Markdown emphasis in the middle of a word (可以**根治**).
// normalize() produces the matching form and, for every code unit of it, the original UTF-16
// offsets it came from, so a finding always points at the editor's own text.

/**
 * Variant, financial and Japanese forms used to slip past word lists (葯, 壹, 効, 薬…); traditional
 * characters are folded by the platform's table (src/web/han.ts, from OpenCC).
 */
const TRAD = '葯壹貳叁効権証専絶対実薬';
const SIMP = '药一二三效权证专绝对实药';

/** One lookup per code unit: full-width → ASCII, upper → lower case, traditional → simplified. */
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
FOLD[0x3000] = 0x20;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
for (let c = 0xff21; c <= 0xff3a; c++) FOLD[c] = c - 0xfee0 + 32;
for (let i = 0; i < TRAD.length; i++) FOLD[TRAD.charCodeAt(i)] = SIMP.charCodeAt(i);
// Round twenty-nine: pinyin with tone marks (zuì xiān jìn) reads as pinyin without them; ü keeps its dots.
{
  const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǖǘǚǜǕǗǙǛ';
  const PLAIN = 'aaaaeeeeiiiioooouuuuaaaaeeeeiiiioooouuuuüüüüüüüü';
  for (let i = 0; i < TONED.length; i++) FOLD[TONED.charCodeAt(i)] = PLAIN.charCodeAt(i);
}
for (let c = 0x3400; c < 0x10000; c++) if (FOLD[c] === c) FOLD[c] = simplifiedUnit(c);

const HAN = 1;
const INVISIBLE = 2;
const FILLER = 4;
const KIND = new Uint8Array(0x10000);
for (let c = 0x4e00; c <= 0x9fff; c++) KIND[c] = HAN;
for (let c = 0x3400; c <= 0x4dbf; c++) KIND[c] = HAN;
for (let c = 0xf900; c <= 0xfaff; c++) KIND[c] = HAN;
/** Characters with no place in a word: dropped wherever they are. */
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) KIND[c] = INVISIBLE;
// Round forty-three (batch CC): the keycap mark of a digit emoji (1⃣️) leaves the digit (独1⃣️无2⃣️ is 独1无2).
KIND[0x20e3] = INVISIBLE;
// Round forty-four (batch CD): the emoji presentation selector after a mark that is no emoji (‼️, ❗️ read as !!) is dropped too,
// so that it does not stand at the start of the next sentence (痒了就对了‼️说明药在起作用).
KIND[0xfe0f] = INVISIBLE;
/**
 * Characters that may be wedged between two Han characters to split a word (根 治, 根*治, 根-治,
 * 根·治, 根★治, **bold** in Markdown). Not the punctuation that separates clauses (，。、：;), not
 * | (Markdown tables) and not / (alternatives such as 微针 / 滚针).
 */
for (const c of [
  0x20, 0x09, 0xa0, 0x3000, 0x2a, 0x5f, 0x2d, 0x7e, 0x2e, 0xb7, 0x30fb, 0x2022, 0x5e, 0x2b, 0x3d, 0x23, 0x40, 0x26, 0x60, 0x25cf, 0x25cb,
  0x2605, 0x2606, 0x2665, 0x2764, 0x273f, 0x203b, 0xff0a, 0xff0d, 0xff3f, 0xff5e, 0xff0e,
])
  KIND[c] = FILLER;
// Any other symbol, dash or connector punctuation between two Han characters is also a splitter
// (根→治, 根♦治, 根–治): Unicode categories S, Pd and Pc, except | and / (tables, alternatives)
// and the brackets and quotation marks, which carry meaning for the context rules.
{
  const SPLITTER = /^[\p{S}\p{Pd}\p{Pc}]$/u;
  // Round forty-two (batch CA): ≠ too, which says the opposite of what joining would (名人同款≠适合你 is no 名人同款适合你).
  const KEEP = new Set([...'|/<>≠'].map((c) => c.charCodeAt(0)));
  for (let c = 0x21; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (KIND[c] === 0 && !KEEP.has(c) && SPLITTER.test(String.fromCharCode(c))) KIND[c] = FILLER;
  }
}
const isHan = (c: number) => KIND[c] === HAN;
const isInvisible = (c: number) => KIND[c] === INVISIBLE;
const isFiller = (c: number) => KIND[c] === FILLER;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Fillers that carry a meaning beside a digit: decimal point, dashes and tildes of a range. */
const NUMERIC_MARK = new Set([0x2e, 0xff0e, 0x2d, 0xff0d, 0x7e, 0xff5e, 0x2013, 0x2014, 0x301c]);
const MAX_GAP = 4;
/**
 * Digits and Han numerals: a run of them longer than this is read as its first MAX_NUMERAL_RUN (the rest is dropped,
 * as a filler is). No number a rule reads is that long (a phone number 13, an identity number 18), and many patterns
 * look for a number unanchored (\d+元, [一二三…\d]+年前): from each character of a long run they scan to its end,
 * which made 16,000 digits inside a claim cost 14 times what 4,000 did (review, session 40). Bounding the run bounds
 * them all, those of later rounds too.
 */
const MAX_NUMERAL_RUN = 32;
const NUMERALS = new Set([...'零〇一二三四五六七八九十两百千万亿'].map((c) => c.charCodeAt(0)));
const isNumeral = (c: number) => isDigit(c) || NUMERALS.has(c);
/** Marks that may separate characters spelt out one by one: 、 ， , / */
const SPELL_MARK = new Set([0x3001, 0xff0c, 0x2c, 0x2f]);


export interface Normalized {
  /** The matching form. */
  text: string;
  /** For each code unit of `text`: its original start offset and end offset. */
  start: Uint32Array;
  end: Uint32Array;
  /** The original text. */
  original: string;
}

const foldUnit = (c: number) => FOLD[c]!;

/**
 * NFKC of one character, for characters the table does not already fold (circled and enclosed
 * digits ①, compatibility ideographs, ligatures, letterlike symbols ℡…). Per character, so that
 * each unit of the result maps back to the character it came from. Cached.
 */
const NFKC = new Map<number, string>();
function nfkc(c: number): string | undefined {
  if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff)) return undefined;
  let v = NFKC.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    const n = ch.normalize('NFKC');
    v = n === ch ? '' : n;
    NFKC.set(c, v);
  }
  return v || undefined;
}

/** The length (1 or 2) of a pictograph used as decoration at i, or 0. */
function emojiAt(s: string, i: number): number {
  const u = s.charCodeAt(i);
  if (!((u >= 0xd800 && u <= 0xdbff) || (u >= 0x2600 && u <= 0x27bf) || u === 0xfe0f)) return 0;
  const cp = s.codePointAt(i)!;
  if (cp >= 0x1f000 && cp <= 0x1faff) return cp > 0xffff ? 2 : 1;
  if (cp >= 0x2600 && cp <= 0x27bf) return 1;
  if (cp === 0xfe0f) return 1;
  return 0;
}

/**
 * An enclosed CJK ideograph (㊙ U+3299, 🉑 U+1F251, 🈚 U+1F21A…) at i, as [its folded Han character, its length in code units],
 * or undefined. Only those whose compatibility form is one Han character.
 */
const IDEOGRAPH = new Map<number, number>();
function ideographAt(s: string, i: number): [number, number] | undefined {
  const u = s.charCodeAt(i);
  const astral = u === 0xd83c;
  if (!(astral || (u >= 0x3280 && u <= 0x32b0))) return undefined;
  const cp = s.codePointAt(i)!;
  if (astral && !(cp >= 0x1f200 && cp <= 0x1f2ff)) return undefined;
  let h = IDEOGRAPH.get(cp);
  if (h === undefined) {
    const n = String.fromCodePoint(cp).normalize('NFKC');
    h = n.length === 1 && KIND[n.charCodeAt(0)] === HAN ? foldUnit(n.charCodeAt(0)) : 0;
    IDEOGRAPH.set(cp, h);
  }
  return h ? [h, astral ? 2 : 1] : undefined;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  let out: Uint16Array = new Uint16Array(n);
  let start: Uint32Array = new Uint32Array(n + 1);
  let end: Uint32Array = new Uint32Array(n + 1);
  let k = 0;
  let lastHan = false; // the last character written was Han
  let lastDigit = false; // the last character written was a digit 0-9
  let hanRun = 0; // Han characters written since the last other character or dropped spelling mark
  let spellMark = 0;
  let spelling = false; // inside a word being spelt out (a mark was dropped and no other character came since)
  let numerals = 0; // digits and Han numerals written in a row
  /** Writes one normalised unit read from original[from, to) and keeps the run state the marks and gaps above look at. */
  const put = (c: number, from: number, to: number) => {
    if (!isNumeral(c)) numerals = 0;
    else if (++numerals > MAX_NUMERAL_RUN) return;
    out[k] = c;
    start[k] = from;
    end[k] = to;
    k++;
    lastHan = isHan(c);
    lastDigit = isDigit(c);
    hanRun = lastHan ? hanRun + 1 : 0;
    if (hanRun !== 1) spelling = false;
  };
  for (let i = 0; i < n; ) {
    const raw = original.charCodeAt(i);
    if (isInvisible(raw)) {
      i++;
      continue;
    }
    // A word spelt out one character at a time with list or clause marks (根、治、白、斑 or 最/好/的):
    // a mark between two single Han characters, each standing alone between marks, is dropped.
    // Ordinary lists (心、肝、脾) are joined too, which changes nothing a rule looks for.
    if (lastHan && hanRun === 1 && SPELL_MARK.has(raw) && i + 1 < n && isHan(foldUnit(original.charCodeAt(i + 1))) && ((spelling && raw === spellMark) || i + 2 >= n || !isHan(foldUnit(original.charCodeAt(i + 2))))) {
      hanRun = 0;
      spelling = true;
      spellMark = raw;
      i++;
      continue;
    }
    // Round twenty-nine: a slash after 第 or 最, which bind to what follows, splits an ordinal or a superlative (第/一家, 最/先进);
    // it cannot be an alternative (微针 / 滚针), since neither word ends there.
    if (lastHan && (raw === 0x2f || raw === 0xff0f) && k > 0 && (out[k - 1] === 0x7b2c || out[k - 1] === 0x6700) && i + 1 < n && isHan(foldUnit(original.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    // Round forty-three (batch CC): an enclosed ideograph stands for its character (㊙️方 is 秘方, 最🉑靠 is 最可靠, 🈚️副作用 is
    // 无副作用): it is read as that character, not dropped as a symbol or an emoji between two Han characters.
    const ideo = ideographAt(original, i);
    if (ideo) {
      put(ideo[0], i, i + ideo[1]);
      i += ideo[1];
      if (original.charCodeAt(i) === 0xfe0f) {
        end[k - 1] = i + 1;
        i++;
      }
      continue;
    }
    // A short run of fillers (or decorative emoji) between two Han characters is dropped, and
    // between a digit and a Han character either way (7·天·见·效, 保·证·3·次), unless the run holds a
    // mark that means something beside a digit: a decimal point or list number (1. 天天涂药) or a
    // range (3月-5月, 1~3次).
    if ((lastHan || lastDigit) && (isFiller(raw) || emojiAt(original, i))) {
      let j = i;
      let units = 0;
      let numeric = false;
      while (j < n && units <= MAX_GAP * 2) {
        const c = original.charCodeAt(j);
        if (isInvisible(c) || isFiller(c)) {
          if (NUMERIC_MARK.has(c)) numeric = true;
          j++;
          units++;
          continue;
        }
        const e = emojiAt(original, j);
        if (e) {
          j += e;
          units += e;
          continue;
        }
        break;
      }
      if (j < n && units <= MAX_GAP * 2) {
        const next = foldUnit(original.charCodeAt(j));
        if (isHan(next) ? lastHan || !numeric : lastHan && !numeric && isDigit(next)) {
          i = j;
          continue;
        }
      }
    }
    // Round thirty-one: the hundred-points emoji before a percent or score sign (满意度💯%, 好评💯分) is the number 100.
    if (raw === 0xd83d && original.charCodeAt(i + 1) === 0xdcaf && /^\ufe0f?\s?[%％分]/.test(original.slice(i + 2, i + 5))) {
      const need = k + 3 + (n - i - 2);
      if (need > out.length) {
        out = grow16(out, need + 16);
        start = grow32(start, need + 17);
        end = grow32(end, need + 17);
      }
      for (const d of [0x31, 0x30, 0x30]) put(d, i, i + 2);
      i += 2;
      continue;
    }
    const compat = nfkc(raw);
    if (compat !== undefined) {
      // NFKC can lengthen a character (㈠ → (一), … → ...): grow the buffers, with room for the rest of the text too
      // (round sixteen: growing only for this character let the characters after it fall off the end of the
      // buffer, so a text with an ellipsis lost as many characters at its end as the ellipsis had added).
      const need = k + compat.length + (n - i - 1);
      if (need > out.length) {
        out = grow16(out, need + 16);
        start = grow32(start, need + 17);
        end = grow32(end, need + 17);
      }
      for (let u = 0; u < compat.length; u++) put(foldUnit(compat.charCodeAt(u)), i, i + 1);
      i++;
      continue;
    }
    put(foldUnit(raw), i, i + 1);
    i++;
  }
  let text = '';
  for (let p = 0; p < k; p += 8192) text += String.fromCharCode.apply(null, out.subarray(p, Math.min(k, p + 8192)) as unknown as number[]);
  // Traditional phrases that folding character by character gets wrong (反覆, 意味著): the same length.
  text = simplifiedPhrases(text);
  start[k] = n;
  end[k] = n;
  return substituteWords({ text, start: start.subarray(0, k + 1), end: end.subarray(0, k + 1), original });
}

function grow16(a: Uint16Array, size: number): Uint16Array {
  const b = new Uint16Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}
function grow32(a: Uint32Array, size: number): Uint32Array {
  const b = new Uint32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

// ---------------------------------------------------------------------------------------------
// Risky words written in pinyin (gen zhi, zhiyu, gen治), pinyin initials (gz) or a common
// homophone (跟治, 治欲, 醉好) are put back into characters, each character mapped to the letters
// or character it came from. Only words that make a claim are listed: pinyin in general is left
// alone (a patient's name in pinyin, a URL).

/** The risky words, in characters. Their pinyin comes from pinyin-pro, so the list stays short. */
export const RISKY_WORDS = ['割韭菜', '智商税', '专家', '比别家好', '比别家', '真实案例', '患者', '根治', '治愈', '痊愈', '最好', '最佳', '第一', '唯一', '独家', '神药', '秘方', '偏方', '特效', '包治', '断根', '除根', '无痛', '复发', '副作用', '首家', '顶级', '权威', '保证', '无副作用', '不复发', '治好', '领先', '顶尖', '首选', '见效', '退款', '无效', '名医', '口碑', '远超', '扩散', '干细胞', '绝对', '最高', '反馈', '案例', '最先进', '最新', '最强', '最专业', '免费', '药效', '疗效', '癌变', '基因', '祖传', '认证', '公立医院', '政府', '官方', '指定', '万能', '祖传秘方', '全国', '国内', '必然', '明星', '神器', '经络', '开刀'] as const;
// Round one hundred and twenty-four (batch IY): 割韭菜 and 智商税 (那些头疗店都是在ge韭菜, 纯属zhi商税), the slang that runs a rival's goods down as a con;
// their initials (gjc, zss) stay unread.
// Round one hundred and one (batch HD): 经络 (说明 jing luo 通了, jingluo 打通了), the channels said opened by a body's reaction, and 开刀 (不用开 dao,
// 免 kai dao), the surgery a remedy is said to spare; their initials (jl, kd) stay unread.
// Round ninety-eight (batch GY): 神器 (腰肌劳损的救命 shen qi), the wonder gadget of a miracle claim; its initials (sq) stay unread.
// Round ninety-four (batch GP): 明星 (影视明xīng都在喝的降脂茶, ming星同款), the famous person of an endorsement; its initials (mx) stay unread.
// Round fifty-seven: 全国 and 国内 (本院技术 quan guo ling xian), the scope of a ranking, and 必然 (白斑bi ran复色), a guarantee; their
// initials (qg, gn, br) stay unread.
// Round forty-three (batch CC): 万能 (简直是wan能的), an absolute; its initials (wn) stay unread. 祖传秘方 whole, whose initials (zcmf)
// are read as the word: 祖传's own (zc) are not.
// Round forty-two (batch BZ): 公立医院 (比 gongli 医院效果好多了), the other side of a comparison; its initials (glyy) stay unread.
// Round forty-two (batch CA): 政府, 官方 and 指定 (被zhengfu部门指定为推荐单位, guan fang 认可), the words of an authority's endorsement;
// their initials (zf, gf, zd) stay unread.
// Round thirty-nine (batch BS): 专家 (quan wei zhuan jia 一致推荐的方案), the word of an expert's endorsement; its initials (zj) stay unread.
// Round thirty-seven (batch BL): 认证 (国家ren证的理疗方案), the word of an authority's endorsement; its initials (rz) stay unread.
// Round thirty-six: 基因 (ji yin 治疗) and 祖传 (zu chuan 膏药), an unapproved technique and a secret remedy; their initials (jy, zc) stay unread.
// Round twenty-five: 远超 (yuan超) and 扩散 (kuo san), a comparison and a threat, in pinyin; their initials stay unread.
// Round twenty-six: 绝对 (jue dui有效) and 最高 (性价比zui gao); their initials (jd, zg) are a shop and a country, and stay unread, as do 不复发's (bff is a best friend).
/** Risky words whose two initials are too common to read as the word (wx is WeChat, my is English). */
// Round thirty: 药效 and 疗效 (发痒是yao xiao在发挥作用), the subject of an efficacy claim; their initials (yx, lx) stay unread.
// Round twenty-nine: 反馈 and 案例 (患者 fan kui 合集, 真实an li), the words of a testimonial heading, as 口碑 is; their initials (fk, al) stay unread.
// Round twenty-nine: 最先进, 最新, 最强, 最专业 in pinyin (zui xian jin的设备), where 最 alone before a Han character is already read;
// their initials (zxj, zx, zq, zzy) are abbreviations of many things and stay unread.
// Round thirty-three: 癌变 (小心 ai bian), a threat; its initials (ab) stay unread.
// Round thirty-one: 免费 (mian fei 体验), an inducement; its initials (mf) are 秘方's and are not read as 免费.
// Round thirty-four: 真实案例 as a whole (zhen shi an li：顾客小美…), the words of a testimonial; its initials (zsal) stay unread.
// Round thirty-five: 患者 (huanzhe fankui 合集), the subject of a testimonial; its initials (hz) are Hangzhou's and hertz's and stay unread.
// Round thirty-seven (batch BN): 比别家好 and 比别家 (效果 bi bie jia hao tai duo le), a comparison with the other clinics; their initials (bbjh, bbj) stay unread.
const NO_INITIALS = new Set<string>(['割韭菜', '智商税', '神器', '专家', '比别家好', '比别家', '真实案例', '患者', '无效', '名医', '口碑', '远超', '扩散', '绝对', '最高', '不复发', '反馈', '案例', '最先进', '最新', '最强', '最专业', '免费', '药效', '疗效', '癌变', '基因', '祖传', '认证', '公立医院', '政府', '官方', '指定', '万能', '全国', '国内', '必然', '明星', '经络', '开刀']);

/** Homophones and look-alikes that replacement tools and evaders use, same length as the word. */
export const HOMOPHONES: Record<string, string> = {
  跟治: '根治',
  艮治: '根治',
  根冶: '根治',
  跟制: '根治',
  治欲: '治愈',
  治玉: '治愈',
  治遇: '治愈',
  治域: '治愈',
  // Round thirty-six (batch BJ): 逾 for 愈 (临床治逾).
  治逾: '治愈',
  痊逾: '痊愈',
  痊欲: '痊愈',
  全欲: '痊愈',
  醉好: '最好',
  罪好: '最好',
  醉佳: '最佳',
  // Round thirty-seven (batch BL): 蕞, a rare look-alike of 最 (蕞好的眼科医院); 蕞尔 (small) is not followed by 好 or 佳.
  蕞好: '最好',
  蕞佳: '最佳',
  独加: '独家',
  毒家: '独家',
  神要: '神药',
  秘芳: '秘方',
  密方: '秘方',
  副做用: '副作用',
  负作用: '副作用',
  付作用: '副作用',
  断跟: '断根',
  唯以: '唯一',
  惟一: '唯一',
  弟一: '第一',
  鼎级: '顶级',
  全威: '权威',
  拳威: '权威',
  蜜方: '秘方',
  根值: '根治',
  包证: '保证',
  独嫁: '独家',
  特笑: '特效',
  冶愈: '治愈',
  冶好: '治好',
  最隹: '最佳',
  最嘉: '最佳',
  独嘉: '独家',
  疗郊: '疗效',
  根芷: '根治',
  卫建委: '卫健委',
  卫键委: '卫健委',
  // Round twenty-five: WeChat by a look-alike (添加薇信同号).
  薇信: '微信',
  // Round forty-two (batch BZ): 着 for 者 before the words of a testimonial (患着反馈, 患着心声); 患着病 (suffering from) is left alone.
  患着反馈: '患者反馈',
  患着心声: '患者心声',
  患着评价: '患者评价',
  // Round forty-three (batch CC): 份 for 分 in a hundred per cent (百份百有效), 芳 for 方 in a folk remedy (我们的偏芳).
  百份百: '百分百',
  百份之百: '百分之百',
  偏芳: '偏方',
};
/**
 * Round forty-three (batch CC): a homophone whose literal reading fits the text around it is left alone: 蜜方 is a honey recipe
 * beside a drink (夏日饮品蜜方：柠檬加蜂蜜), a secret remedy elsewhere (老中医的独门蜜方).
 */
const HOMOPHONE_LITERAL: Record<string, RegExp> = {
  蜜方: /蜂蜜|饮品|饮料|柠檬|茶饮|甜品|甜点|糖水|果汁|冲饮|食谱|菜谱|烘焙|蛋糕/,
};
/**
 * Round forty-three (batch CC): homophones and initials read back only before what makes them a claim: 年压 (碾压) before the
 * others it beats (年压同行), 组传 (祖传) before generations or a remedy (组传三代的外用方; 小组传阅 is left alone), and the
 * initials of the other side of a comparison before 医院 (不输sj医院: 三甲; gl医院: 公立). Each the same length as its word.
 */
const CONTEXT_SUBS: [RegExp, string][] = [
  [/(?:年|辗|捻)压(?=了?(?:一众|同行|同业|同类|别家|其他|其它|市面|隔壁|外面|业内|所有|全城|全市|大部分|九成|八成))/g, '碾压'],
  [/组传(?=[一二三四五六七八九十几\d]{1,2}代|秘|偏|的?(?:方|药|膏|丸|散|配方|验方|秘方|偏方|手艺|医术|疗法|绝技))/g, '祖传'],
  [/(?<![a-z0-9./_-])sj(?= ?医院)/g, '三甲'],
  [/(?<![a-z0-9./_-])gl(?= ?医院)/g, '公立'],
];
/**
 * Round forty-three (batch CC): an English noun written straight against Chinese (其他clinic的医生, 独门recipe) reads as the Chinese
 * noun, so the rules written for 诊所 or 配方 see it; with a space on both sides (the only clinic 在本区) it stays English, which the
 * rules for English phrases read.
 */
// Round forty-six (batch CK): cure and cured so glued too (银屑病cure不是梦, cure率高达), read as 治愈 for the cure and rate rules.
const ENGLISH_NOUNS: Record<string, string> = { clinics: '诊所', clinic: '诊所', hospitals: '医院', hospital: '医院', doctors: '医生', doctor: '医生', recipe: '配方', formula: '配方', cured: '治愈', cure: '治愈' };
const ENGLISH_RE = new RegExp(`(?<=[\u4e00-\u9fff])(?:${Object.keys(ENGLISH_NOUNS).join('|')})(?![a-z])|(?<![a-z])(?:${Object.keys(ENGLISH_NOUNS).join('|')})(?=[\u4e00-\u9fff])`, 'g');


interface WordForm {
  word: string;
  syllables: string[];
}
const WORD_FORMS: WordForm[] = RISKY_WORDS.map((w) => ({ word: w, syllables: pinyin(w, { toneType: 'none', type: 'array' }) as string[] }));

/**
 * Every character of a risky word as the character itself or its pinyin syllable, separated by at
 * most one space, with at least one syllable; or its initials as a standalone pair (gz) next to a
 * Han character. One regex for all words; which word matched is found again on the short match.
 */
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function formSource(f: WordForm): string {
  const parts = [...f.word].map((ch, i) => `(?:${escape(ch)}|${f.syllables[i]})`);
  return parts.join(' ?');
}
// Not inside a link or a code (x.org/genzhi, gen-zhi.png): no letter, dot, slash, dash or underscore on either side.
// Round one hundred and ten (batch HV): a form that starts with its Han character may follow letters, when the writer disguised the word before it
// too (彻di治yu: 治yu is read as 治愈); a form starting with a letter still needs none before it (x.org/genzhi, Zhang Zhiyu).
const PINYIN_ANY = new RegExp(`(?<![a-z0-9./_-](?=[a-z]))(?:${WORD_FORMS.map(formSource).join('|')})(?![a-z0-9./_-])`, 'g');
const PINYIN_ONE = WORD_FORMS.map((f) => ({ f, re: new RegExp(`^${formSource(f)}$`) }));
const INITIALS = new Map<string, string>();
for (const f of WORD_FORMS) {
  const key = f.syllables.map((x) => x[0]).join('');
  // Only initials that no other risky word shares (gz = 根治; zh, sh… are syllables). Round twenty-six: three- and
  // four-letter initials too (无fzy = 无副作用, bff = 不复发), which no ordinary abbreviation next to a Han character spells.
  if (NO_INITIALS.has(f.word)) continue;
  if (key.length >= 2 && key.length <= 4 && !INITIALS.has(key)) INITIALS.set(key, f.word);
  else if (INITIALS.get(key) !== f.word) INITIALS.set(key, '');
}
const INITIAL_KEYS = [...INITIALS].filter(([, w]) => w).map(([k]) => k).sort((a, b) => b.length - a.length).join('|');
// Round twenty-eight: letters run into digits are a code (住院号ZY20231105, 病历号GZ0098), not initials.
const INITIALS_RE = new RegExp(`(?<=[\u4e00-\u9fff] ?)(?:${INITIAL_KEYS})(?![a-z0-9])|(?<![a-z0-9])(?:${INITIAL_KEYS})(?= ?[\u4e00-\u9fff])`, 'g');
const HOMOPHONE_RE = new RegExp(Object.keys(HOMOPHONES).join('|'), 'g');
/**
 * Round ninety-three (batch GN): an intensifier doubled as speech doubles it (完完全全淡掉, 彻彻底底治好) reads as the plain word, so
 * the rules written for 完全 and 彻底 see it; each character of the plain word stands for one doubled pair.
 */
const REDOUBLED: Record<string, string> = { 完完全全: '完全', 彻彻底底: '彻底', 永永远远: '永远' };
const REDOUBLED_RE = new RegExp(Object.keys(REDOUBLED).join('|'), 'g');
/** 最 alone in pinyin before a character (zui专业, zui 权威): the superlative, whatever follows. */
const ZUI_RE = /(?<![a-z0-9./_-])zui(?= ?[\u4e00-\u9fff])/g;
/** Round twenty-seven: 不 alone in pinyin before what it denies (白斑bu见了, bu 复发, bu痛): the negation, which the claims rest on. */
const BU_RE = /(?<![a-z0-9./_-])bu ?(?=见|复发|反弹|再|痛|疼|痒|留|伤|用|会)/g;
/** 秘 alone in pinyin before what it makes secret (独家 mi 制, mi 方, mi 传): round thirteen. */
const MI_RE = /(?<![a-z0-9./_-])mi ?(?=制|方|传|法|药)/g;

interface Sub {
  from: number;
  to: number;
  word: string;
  /** For each character of `word`, the span [a, b) of the normalised text it replaces. */
  spans: [number, number][];
}

/**
 * Pinyin is read back only with Chinese near it (这款颈椎贴就是你的 shen qi). In English with no Chinese around (Dr. Zhang Zhiyu
 * sees patients on Monday; Dr. Shen Qi), the letters are a name, not a claim typed around a filter.
 */
const PINYIN_NEAR = 24;
function nearHan(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from - PINYIN_NEAR); i < from; i++) if (isHan(text.charCodeAt(i))) return true;
  for (let i = to, end = Math.min(text.length, to + PINYIN_NEAR); i < end; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Han characters right beside the letters whose own readings spell them (沈琪（Shen Qi）, Shen Qi 沈琪, 医生沈琪shenqi): the
 * letters gloss the characters, a name's romanisation, not a risky word typed around a filter. Every reading of a
 * character counts (沈 is shen or chen). The characters must be beside the letters, with at most a bracket, a space or
 * a colon between, so a name further off does not hide a claim.
 */
const GLOSS_GAP = new Set([...' ()[]:,/-·\u3000（）【】：，、']);
const READINGS = new Map<string, string[]>();
function readings(ch: string): string[] {
  let r = READINGS.get(ch);
  if (!r) READINGS.set(ch, (r = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }).map((x) => x.replace(/ü/g, 'v'))));
  return r;
}
function spells(han: string, letters: string, at = 0): boolean {
  if (!han) return at === letters.length;
  return readings(han[0]!).some((r) => letters.startsWith(r, at) && spells(han.slice(1), letters, at + r.length));
}
function glossed(text: string, from: number, to: number): boolean {
  const run = romanRun(text, from, to);
  return glossedSpan(text, from, to) || glossedSpan(text, ...run) || titled(text, run[0]);
}
/**
 * Round one hundred and six (batch HN): letters right after an honorific (主讲人：Dr. Gen Zhiyu, 特邀 Prof. Wu Du) are a person's name
 * even with Chinese around it, as a name in an English sentence is (nearHan); 这个方子可以 gen 治 has no honorific before it.
 */
// Round one hundred and nine (batch HT): and letters a Chinese sentence introduces as a name (店长的英文名叫 Zhiyu, 昵称：Genzhi, 她的网名是 zuihao):
// what follows 英文名 / 名叫 / 昵称 is what someone is called; 这个方子能 gen 治 introduces no name.
const TITLED = /(?<![a-z])(?:dr|prof|mr|mrs|ms|miss|doctor|professor)\.?\s?$|(?:英文名字?|名字|名叫|叫做|昵称|网名|花名|艺名|外号)(?:叫|是|为)?[:：]?\s?$/;
function titled(text: string, start: number): boolean {
  return TITLED.test(text.slice(Math.max(0, start - 11), start));
}
/** The whole romanised name the letters sit in (zhiyu in 张志宇 Zhang Zhiyu): letters and single spaces, a few syllables either side. */
function romanRun(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a > 0 && from - a < 24 && /[a-z ]/.test(text[a - 1]!) && !(text[a - 1] === ' ' && text[a - 2] === ' ')) a--;
  let b = to;
  while (b < text.length && b - to < 24 && /[a-z ]/.test(text[b]!) && !(text[b] === ' ' && text[b + 1] === ' ')) b++;
  while (text[a] === ' ') a++;
  while (b > a && text[b - 1] === ' ') b--;
  return [a, b];
}
function glossedSpan(text: string, from: number, to: number): boolean {
  const letters = text.slice(from, to).replace(/[^a-z]/g, '');
  let a = from;
  while (a > 0 && from - a < 3 && GLOSS_GAP.has(text[a - 1]!)) a--;
  let b = to;
  while (b < text.length && b - to < 3 && GLOSS_GAP.has(text[b]!)) b++;
  // The Han characters right beside the letters, up to six on each side; a name is the last few before them or the first few after.
  let l = a;
  while (l > 0 && a - l < 6 && isHan(text.charCodeAt(l - 1))) l--;
  let r = b;
  while (r < text.length && r - b < 6 && isHan(text.charCodeAt(r))) r++;
  for (let n = 1; n <= 6; n++) {
    if (a - n >= l && spells(text.slice(a - n, a), letters)) return true;
    if (b + n <= r && spells(text.slice(b, b + n), letters)) return true;
  }
  return false;
}

function pinyinSub(text: string, m: RegExpExecArray): Sub | undefined {
  const hit = m[0];
  if (!/[a-z]/.test(hit)) return undefined; // the word itself, already in characters
  for (const { f, re } of PINYIN_ONE) {
    if (!re.test(hit)) continue;
    // Walk the match: each character of the word is either itself or its syllable.
    const spans: [number, number][] = [];
    let p = m.index;
    for (let i = 0; i < f.word.length; i++) {
      if (text[p] === ' ' && i > 0) p++;
      const ch = f.word[i]!;
      if (text[p] === ch) {
        spans.push([p, p + 1]);
        p++;
      } else {
        spans.push([p, p + f.syllables[i]!.length]);
        p += f.syllables[i]!.length;
      }
    }
    return { from: m.index, to: m.index + hit.length, word: f.word, spans };
  }
  return undefined;
}

/** Applies the substitutions in one pass, composing the offset maps. */
function substituteWords(norm: Normalized): Normalized {
  const text = norm.text;
  const subs: Sub[] = [];
  // Round forty-three: read first, so that they win over a pinyin or initials reading of the same letters (sj before 医院 is 三甲, not 首家).
  if (/[a-z]/.test(text)) {
    ENGLISH_RE.lastIndex = 0;
    for (let m; (m = ENGLISH_RE.exec(text)); ) {
      const word = ENGLISH_NOUNS[m[0]]!;
      const a = m.index;
      const b = a + m[0].length;
      // The word's characters share the letters: the first takes the first half, the second the rest.
      const mid = a + Math.max(1, Math.floor(m[0].length / 2));
      subs.push({ from: a, to: b, word, spans: [[a, mid], [mid, b]] });
    }
  }
  for (const [re, word] of CONTEXT_SUBS) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)); ) subs.push({ from: m.index, to: m.index + m[0].length, word, spans: [...word].map((_, i) => [m!.index + i, m!.index + i + 1] as [number, number]) });
  }
  if (/[a-z]/.test(text)) {
    PINYIN_ANY.lastIndex = 0;
    for (let m; (m = PINYIN_ANY.exec(text)); ) {
      if (!nearHan(text, m.index, m.index + m[0].length) || glossed(text, m.index, m.index + m[0].length)) continue;
      const sub = pinyinSub(text, m);
      if (sub) subs.push(sub);
    }
    ZUI_RE.lastIndex = 0;
    for (let m; (m = ZUI_RE.exec(text)); ) subs.push({ from: m.index, to: m.index + 3, word: '最', spans: [[m.index, m.index + 3]] });
    BU_RE.lastIndex = 0;
    for (let m; (m = BU_RE.exec(text)); ) subs.push({ from: m.index, to: m.index + m[0].length, word: '不', spans: [[m.index, m.index + 2]] });
    MI_RE.lastIndex = 0;
    for (let m; (m = MI_RE.exec(text)); ) subs.push({ from: m.index, to: m.index + m[0].length, word: '秘', spans: [[m.index, m.index + 2]] });
    INITIALS_RE.lastIndex = 0;
    for (let m; (m = INITIALS_RE.exec(text)); ) {
      const word = INITIALS.get(m[0])!;
      subs.push({ from: m.index, to: m.index + m[0].length, word, spans: [...m[0]].map((_, i) => [m.index + i, m.index + i + 1] as [number, number]) });
    }
  }
  REDOUBLED_RE.lastIndex = 0;
  for (let m; (m = REDOUBLED_RE.exec(text)); ) subs.push({ from: m.index, to: m.index + 4, word: REDOUBLED[m[0]]!, spans: [[m.index, m.index + 2], [m.index + 2, m.index + 4]] });
  HOMOPHONE_RE.lastIndex = 0;
  for (let m; (m = HOMOPHONE_RE.exec(text)); ) {
    const literal = HOMOPHONE_LITERAL[m[0]];
    if (literal && literal.test(text.slice(Math.max(0, m.index - 24), m.index + m[0].length + 24))) continue;
    const word = HOMOPHONES[m[0]]!;
    subs.push({ from: m.index, to: m.index + m[0].length, word, spans: [...word].map((_, i) => [m.index + i, m.index + i + 1] as [number, number]) });
  }
  if (!subs.length) return norm;
  // Round twenty-six: a word put back into characters joins the Han text around it (领域 di yi 品牌 → 领域第一品牌), as spaces
  // between Han characters are removed before matching.
  for (const sub of subs) {
    if (sub.from >= 2 && text[sub.from - 1] === ' ' && isHan(text.charCodeAt(sub.from - 2))) sub.from--;
    if (text[sub.to] === ' ' && isHan(text.charCodeAt(sub.to + 1))) sub.to++;
  }
  subs.sort((a, b) => a.from - b.from);
  // Round fifty-seven: two words put back side by side join too (quan guo ling xian → 全国领先), the space between them dropped.
  for (let i = 0; i + 1 < subs.length; i++) {
    const a = subs[i]!;
    const b = subs[i + 1]!;
    if (b.from === a.to + 1 && text[a.to] === ' ') a.to = b.from;
  }
  let out: string;
  const start: number[] = [];
  const end: number[] = [];
  let p = 0;
  for (const sub of subs) {
    if (sub.from < p) continue; // overlaps an earlier substitution
    for (; p < sub.from; p++) {
      start.push(norm.start[p]!);
      end.push(norm.end[p]!);
    }
    for (let i = 0; i < sub.word.length; i++) {
      const [a, b] = sub.spans[i]!;
      start.push(norm.start[a]!);
      end.push(norm.end[b - 1]!);
    }
    p = sub.to;
  }
  for (; p < text.length; p++) {
    start.push(norm.start[p]!);
    end.push(norm.end[p]!);
  }
  // Rebuild the text in the same order as the maps.
  const pieces: string[] = [];
  let q = 0;
  let last = 0;
  for (const sub of subs) {
    if (sub.from < last) continue;
    pieces.push(text.slice(q, sub.from), sub.word);
    q = sub.to;
    last = sub.to;
  }
  pieces.push(text.slice(q));
  out = pieces.join('');
  const n = norm.original.length;
  start.push(n);
  end.push(n);
  return { text: out, start: Uint32Array.from(start), end: Uint32Array.from(end), original: norm.original };
}

/** Original offsets of the normalised span [from, to). */
export function originalSpan(norm: Normalized, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: norm.start[from]!, end: norm.start[from]! };
  return { start: norm.start[from]!, end: norm.end[to - 1]! };
}
