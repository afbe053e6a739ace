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

const TRAD_MAP = new Map<number, number>();
for (let i = 0; i < TRAD.length; i++) TRAD_MAP.set(TRAD.charCodeAt(i), SIMP.charCodeAt(i));

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
/** Characters with no place in a word: dropped wherever they are. */
const isInvisible = (c: number) => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
/**
 * Characters that may be wedged between two Han characters to split a word (根 治, 根*治, 根-治,
 * 根·治, 根★治, **bold** in Markdown). Not the punctuation that separates clauses (，。、：;), not
 * | (Markdown tables) and not / (alternatives such as 微针 / 滚针).
 */
const isFiller = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x2a || c === 0x5f || c === 0x2d || c === 0x7e || c === 0x2e || c === 0xb7 ||
  c === 0x30fb || c === 0x2022 || c === 0x5e || c === 0x2b || c === 0x3d || c === 0x23 || c === 0x40 || c === 0x26 || c === 0x60 ||
  c === 0x25cf || c === 0x25cb || c === 0x2605 || c === 0x2606 || c === 0x2665 || c === 0x2764 || c === 0x273f || c === 0x203b || c === 0xff0a ||
  c === 0xff0d || c === 0xff3f || c === 0xff5e || c === 0xff0e;
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

function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII
  else if (c === 0x3000) c = 0x20;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return TRAD_MAP.get(c) ?? c;
}

/** True if the code point at i (which may be a surrogate pair) is a pictograph used as decoration. */
function emojiAt(s: string, i: number): number {
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
