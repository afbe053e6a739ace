// Normalisation for matching, with a map back to the original text.
//
// Rules are written once, in simplified Chinese with half-width letters and digits. Text reaches
// the checker in every other form: full-width letters (ＮＯ．１), traditional characters (根治 as
// 根治, 治癒), characters split by spaces or symbols to slip past word lists (根 治, 根*治,
// 治​愈 with a zero-width space), Markdown emphasis in the middle of a word (可以**根治**).
// normalize() produces the matching form and, for every code unit of it, the original UTF-16
// offsets it came from, so a finding always points at the editor's own text.

/** Traditional → simplified, only characters that map one-to-one and that our rules or names need. */
const TRAD =
  '癒醫療證絕對無國級專權獨傳藥廣確當見復發險風為們這個電話號碼預約掛諮詢線費優減讓錢贈術後較勝於獎榮譽評選導師學會認軍隊頂極經臨驗據統計顯實數創純綠擴變遺棄職業機構門診歲樣時間開從來還說遠過簽終負責團購搶熱銷額僅決愛關護膚癬點觀顧問題難針劑囑處氣體應該讀寫頭臉髮齊產質種樂歡親戰邊華陽陰億萬兩幾雙並禮義與歸靈準盡燈紅腫癢瘡瘍營養飲飯壓識騙虛誇誤傷滿務績貴賣買價錦謝讚薦輝獲稱頒協區網鏈掃維聯繫請報衛標裡裏麼嗎沒夠現態嚴惡擔憂慮驚嚇錯謊齡婦兒孫劉陳張楊趙黃吳鄭馮蔣韓許呂謝鄒蘇葉羅鄧蕭龍盧癥雜誌軟鐳顆劑師長鬆緊適舊療';
const SIMP =
  '愈医疗证绝对无国级专权独传药广确当见复发险风为们这个电话号码预约挂咨询线费优减让钱赠术后较胜于奖荣誉评选导师学会认军队顶极经临验据统计显实数创纯绿扩变遗弃职业机构门诊岁样时间开从来还说远过签终负责团购抢热销额仅决爱关护肤癣点观顾问题难针剂嘱处气体应该读写头脸发齐产质种乐欢亲战边华阳阴亿万两几双并礼义与归灵准尽灯红肿痒疮疡营养饮饭压识骗虚夸误伤满务绩贵卖买价锦谢赞荐辉获称颁协区网链扫维联系请报卫标里里么吗没够现态严恶担忧虑惊吓错谎龄妇儿孙刘陈张杨赵黄吴郑冯蒋韩许吕谢邹苏叶罗邓萧龙卢症杂志软镭颗剂师长松紧适旧疗';

/** One lookup per code unit: full-width → ASCII, upper → lower case, traditional → simplified. */
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLD[c] = c;
for (let c = 0xff01; c <= 0xff5e; c++) FOLD[c] = c - 0xfee0;
FOLD[0x3000] = 0x20;
for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 32;
for (let c = 0xff21; c <= 0xff3a; c++) FOLD[c] = c - 0xfee0 + 32;
for (let i = 0; i < TRAD.length; i++) FOLD[TRAD.charCodeAt(i)] = SIMP.charCodeAt(i);

const HAN = 1;
const INVISIBLE = 2;
const FILLER = 4;
const KIND = new Uint8Array(0x10000);
for (let c = 0x4e00; c <= 0x9fff; c++) KIND[c] = HAN;
for (let c = 0x3400; c <= 0x4dbf; c++) KIND[c] = HAN;
for (let c = 0xf900; c <= 0xfaff; c++) KIND[c] = HAN;
/** Characters with no place in a word: dropped wherever they are. */
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) KIND[c] = INVISIBLE;
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
const isHan = (c: number) => KIND[c] === HAN;
const isInvisible = (c: number) => KIND[c] === INVISIBLE;
const isFiller = (c: number) => KIND[c] === FILLER;
const MAX_GAP = 4;

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

export function normalize(original: string): Normalized {
  const n = original.length;
  const out = new Uint16Array(n);
  const start = new Uint32Array(n + 1);
  const end = new Uint32Array(n + 1);
  let k = 0;
  let lastHan = false; // the last character written was Han
  for (let i = 0; i < n; ) {
    const raw = original.charCodeAt(i);
    if (isInvisible(raw)) {
      i++;
      continue;
    }
    // A short run of fillers (or decorative emoji) between two Han characters is dropped.
    if (lastHan && (isFiller(raw) || emojiAt(original, i))) {
      let j = i;
      let units = 0;
      while (j < n && units <= MAX_GAP * 2) {
        const c = original.charCodeAt(j);
        if (isInvisible(c) || isFiller(c)) {
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
      if (j < n && units <= MAX_GAP * 2 && isHan(foldUnit(original.charCodeAt(j)))) {
        i = j;
        continue;
      }
    }
    const c = foldUnit(raw);
    out[k] = c;
    start[k] = i;
    end[k] = i + 1;
    k++;
    lastHan = isHan(c);
    i++;
  }
  let text = '';
  for (let p = 0; p < k; p += 8192) text += String.fromCharCode.apply(null, out.subarray(p, Math.min(k, p + 8192)) as unknown as number[]);
  start[k] = n;
  end[k] = n;
  return { text, start: start.subarray(0, k + 1), end: end.subarray(0, k + 1), original };
}

/** Original offsets of the normalised span [from, to). */
export function originalSpan(norm: Normalized, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: norm.start[from]!, end: norm.start[from]! };
  return { start: norm.start[from]!, end: norm.end[to - 1]! };
}
