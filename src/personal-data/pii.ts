// Detection of personal details in a question or answer before it becomes public (issue 6).
// It looks for what lets a reader find or recognise the patient: phone numbers, ID numbers,
// e-mail, WeChat and QQ ids, street addresses and full names. It errs towards flagging: a false
// alarm costs the editor one look, a miss publishes a patient. Medical numbers (doses, times,
// wavelengths) must not look like phone numbers, so numbers are only taken whole.

export type PiiKind = 'mobile' | 'landline' | 'idcard' | 'email' | 'wechat' | 'qq' | 'address' | 'name';

export interface PiiFinding {
  kind: PiiKind;
  /** UTF-16 offsets into the text as given: start inclusive, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export const PII_LABELS: Record<PiiKind, string> = {
  mobile: '手机号码',
  landline: '固定电话',
  idcard: '身份证号',
  email: '电子邮箱',
  wechat: '微信号',
  qq: 'QQ 号',
  address: '详细地址',
  name: '姓名',
};

/**
 * Full-width digits, letters and signs become ASCII, and odd spaces a plain space, one code unit
 * for one, so offsets found in the folded text are offsets in the original.
 */
function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u3000\u00A0\u2002-\u200A]/g, ' ');
}

/** Common surnames (single and a few double): enough to tell 患者张秀英 from 患者白斑. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤乔赖柳鲍';
const DOUBLE_SURNAMES = '欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|尉迟|长孙|宇文|司徒|夏侯';
const HAN = '[\\u4e00-\\u9fff]';
const SEP = '[ \\-]?';

// Words that follow a name ("我是张伟，今年…"); a candidate followed by more Chinese that is not
// one of these is more likely a phrase (我是白癜风患者) than a name.
const AFTER_NAME = /^(?:$|[^\u4e00-\u9fff]|今年|今天|现在|是|的|在|和|与|跟|说|问|想|从|也|都|陪|来|带|去|让|觉得|发现|得了|患|确诊|被|，|男|女|先生|女士|小姐|同学|老师)/;
// Medical words that start with a surname character (高烧, 毛囊, 方可): never names.
const NOT_NAME =
  /^(?:高[烧热血压度原兴]|毛[囊发孔]|方[可能法案式面便向]|任[何务意]|于是|程[度序]|时[间候]|石[膏榴头]|金[属银]|史上|黄[疸褐芪连柏精]|周[围边期末]|孙子|马上|朱砂|林下|龙胆|雷公|叶[酸子]|江湖|夏[天季]|万一|曾[经]|许[多可久]|沈重|谢谢|张[力开口大]|陈[旧皮述]|杨梅|黎明|范[围畴]|汤[药剂]|严[重格禁]|戴[口帽眼手]|胡[乱萝椒]|苏[醒打]|姜[黄汁茶]|陆续|顾[虑客及]|莫[名非]|刘海|徐徐|郑重|丁香|付[费款出]|向[来日]|何[时况必以])/;
// Titles: a doctor's name is public (the answering doctor is named on the page anyway).
const DOCTOR_TITLE = /^(?:医生|大夫|医师|主任|教授|院长|博士|护士)/;

interface Pattern {
  kind: PiiKind;
  re: RegExp;
  /** Returns false to drop a match; the `hit` group, when present, is the part marked. */
  keep?: (hit: string, after: string, before: string) => boolean;
}

const PATTERNS: Pattern[] = [
  // 18-digit resident ID (with X), also written in groups; before phones, which its digits contain.
  { kind: 'idcard', re: new RegExp(`(?<![0-9A-Za-z])(?<hit>[1-9]\\d{5}${SEP}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])${SEP}\\d{3}[0-9Xx])(?![0-9A-Za-z])`, 'g') },
  { kind: 'email', re: /(?<hit>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g },
  // Mainland mobiles: 11 digits from 13x–19x, whole, optionally +86 / 0086 and 3-4-4 groups.
  { kind: 'mobile', re: new RegExp(`(?<![0-9])(?<hit>(?:(?:\\+|00)?86${SEP})?1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4})(?![0-9])`, 'g') },
  // Landlines with an area code: 010-12345678, (0571) 8888 6666, 0571-88886666-123.
  { kind: 'landline', re: new RegExp(`(?<![0-9])(?<hit>(?:\\(0\\d{2,3}\\)|0\\d{2,3})${SEP}\\d{3,4}${SEP}\\d{4}(?:-\\d{1,5})?)(?![0-9])`, 'g') },
  // A bare 7–8 digit number is only a phone where the text says so.
  { kind: 'landline', re: /(?:电话|座机|固话|联系方式|打|拨)\s*(?:是|为|号码|[:：])?\s*(?<hit>\d{3,4}[ -]?\d{4})(?![0-9])/g },
  // WeChat ids: 6–20 characters from a letter; also a phone number given as the WeChat id.
  {
    kind: 'wechat',
    re: /(?:微信|微 信|薇信|威信|V信|v信|wechat|WeChat|weixin|wx|vx|VX|WX)\s*(?:号|ID|id)?\s*(?:是|为|[:：])?\s*(?<hit>[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9]\d{9})(?![-_A-Za-z0-9])/g,
  },
  { kind: 'qq', re: /(?:QQ|qq|Qq|扣扣)\s*(?:号码?)?\s*(?:是|为|[:：])?\s*(?<hit>[1-9]\d{4,11})(?![0-9])/g },
  // Addresses: where the text says "I live at", a street with a number, buildings, units, rooms.
  { kind: 'address', re: /(?:家住|住在|住址|地址|现住|居住在|住于)\s*(?:是|为|[:：])?\s*(?<hit>[^，,。;；！!？?\n]{2,30})/g, keep: (hit) => /[省市区县镇乡村路街道巷弄号楼栋幢单元室苑园]|小区|\d/.test(hit) },
  { kind: 'address', re: new RegExp(`(?<hit>${HAN}{2,7}(?:省|自治区)${HAN}{2,7}?(?:市|州|盟|地区)(?:${HAN}{1,6}?(?:区|县|旗))?)`, 'g') },
  { kind: 'address', re: new RegExp(`(?<hit>${HAN}{2,6}?市${HAN}{1,5}?(?:区|县))(?!${HAN}?(?:域|别|分|间))`, 'g'), keep: (hit) => !/^(?:城|都|超|上|门|集|菜|早|夜|闹|股)/.test(hit) },
  { kind: 'address', re: new RegExp(`(?<hit>${HAN}{1,8}?(?:路|街|大道|巷|胡同|弄)\\s?\\d+(?:-\\d+)?\\s?号(?:院|楼)?)`, 'g') },
  { kind: 'address', re: new RegExp(`(?<hit>${HAN}{2,8}?(?:小区|公寓|新村|大厦))`, 'g') },
  { kind: 'address', re: /(?<![0-9])(?<hit>\d{1,3}\s?(?:号楼|栋|幢|座)(?:\s?\d{1,2}\s?单元(?:\s?\d{2,4}\s?(?:室|号|房)?)?)?(?:\s?\d{2,4}\s?(?:室|号|房))?|\d{1,2}\s?单元\s?\d{2,4}\s?(?:室|号|房)?|\d{3,4}\s?室)/g },
  // Full names after words that introduce a person.
  {
    kind: 'name',
    re: new RegExp(`(?:我叫|名叫|叫做|我的名字是|我的名字叫|(?:本人)?姓名\\s*[:：]?)\\s*(?<hit>(?:${DOUBLE_SURNAMES})${HAN}{1,2}|${HAN}{2,3})`, 'g'),
    keep: (hit, after) => !/某|^(?:什么|一个|一名|患者|病人)/.test(hit) && !DOCTOR_TITLE.test(after),
  },
  {
    kind: 'name',
    re: new RegExp(
      `(?:我是|患者|病人|家属|病友|孩子|儿子|女儿|老公|老婆|丈夫|妻子|爱人|爸爸|妈妈|父亲|母亲|爷爷|奶奶|同学|朋友|同事|邻居)\\s*(?<hit>(?:${DOUBLE_SURNAMES})${HAN}{1,2}|[${SURNAMES}]${HAN}{1,2})`,
      'g',
    ),
  },
  // "张伟先生", "李秀英女士": a surname and a given name before a form of address.
  { kind: 'name', re: new RegExp(`(?<hit>(?:${DOUBLE_SURNAMES})${HAN}{1,2}|[${SURNAMES}]${HAN}{1,2})(?=先生|女士|小姐)`, 'g') },
  // A three-character name standing on its own (王小明今年8岁, 。黄嘉怡的妈妈说): only at the start of a
  // sentence or clause and only before words that follow a person, since surname characters start
  // many ordinary words (高血压是…, 金银花是…; those are in NOT_NAME).
  {
    kind: 'name',
    re: new RegExp(
      `(?:^|(?<=[\\s，。！？、；,.!?;:：（(“"]))(?<hit>[${SURNAMES}]${HAN}{2})(?=今年|现在|说|是我|是个|是一|的(?:妈妈|爸爸|父亲|母亲|家长|孩子|病)|先生|女士|小姐|同学|小朋友|老师|\\d{1,3}岁|[，,]\\s?(?:男|女|\\d{1,3}岁|今年))`,
      'g',
    ),
    keep: (hit) => !NOT_NAME.test(hit),
  },
];

/**
 * A surname with a title (马医生说, 郑护士, 李大夫): a member of staff named in a comment. Looked for only
 * when the caller gives the names that may appear (the clinic's doctors are public): 苏医生 is then
 * one of them and dropped, 马医生 is not and is flagged. 向/于 are left out of the surnames here, as
 * 向医生咨询 and 于医生而言 are prepositions; 谢医生 after 谢/感 is a thank-you.
 */
const TITLED = new RegExp(`(?<hit>(?:${DOUBLE_SURNAMES})|[${SURNAMES.replace(/[向于]/g, '')}])(?:医生|大夫|护士)`, 'g');

const PRIORITY: PiiKind[] = ['idcard', 'email', 'wechat', 'qq', 'mobile', 'landline', 'address', 'name'];

export interface PiiOptions {
  /** Names that may appear (the clinic's doctors are public): findings that are one of them are dropped. */
  allowNames?: readonly string[];
}

/** Every personal detail found in `text`, in order of position; overlapping findings are merged into the first kind by priority. */
export function findPii(text: string, opts: PiiOptions = {}): PiiFinding[] {
  const hay = fold(text);
  const allow = new Set(opts.allowNames ?? []);
  const raw: PiiFinding[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(hay); m; m = p.re.exec(hay)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      let hit = m.groups?.hit ?? m[0];
      const start = m.index + m[0].lastIndexOf(hit);
      if (p.kind === 'name') {
        const trimmed = trimName(hay, start, hit);
        if (!trimmed) continue;
        hit = trimmed;
      }
      const end = start + hit.length;
      const after = hay.slice(end, end + 2);
      if (p.keep && !p.keep(hit, after, hay.slice(Math.max(0, start - 4), start))) continue;
      if (p.kind === 'name' && (/某|[xX*＊]/.test(hit) || allow.has(hit) || [...allow].some((n) => n.length >= 2 && hit.startsWith(n)))) continue;
      if (p.kind === 'address') {
        // A trailing space or sign is not part of the address.
        const t = hit.replace(/[\s]+$/, '');
        if (t.length < 3) continue;
        hit = t;
      }
      raw.push({ kind: p.kind, start, end: start + hit.length, text: text.slice(start, start + hit.length) });
    }
  }
  if (opts.allowNames) {
    TITLED.lastIndex = 0;
    for (let m = TITLED.exec(hay); m; m = TITLED.exec(hay)) {
      const surname = m.groups!.hit!;
      if (surname === '谢' && /[谢感多答致道]$/.test(hay.slice(0, m.index))) continue;
      if ([...allow].some((n) => n.startsWith(surname))) continue;
      raw.push({ kind: 'name', start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
    }
  }
  raw.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start);
  const kept: PiiFinding[] = [];
  for (const f of raw) {
    const overlap = kept.find((k) => f.start < k.end && k.start < f.end);
    if (!overlap) kept.push(f);
    else if (overlap.kind === f.kind) {
      // Same kind found twice (an address by two patterns): one finding covering both.
      overlap.start = Math.min(overlap.start, f.start);
      overlap.end = Math.max(overlap.end, f.end);
      overlap.text = text.slice(overlap.start, overlap.end);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A name candidate shortened to the length that ends at a word boundary (张伟，今年… → 张伟), or
 * undefined when no length does (白癜风患者 is not a name); a doctor's title drops it.
 */
function trimName(hay: string, start: number, hit: string): string | undefined {
  const double = new RegExp(`^(?:${DOUBLE_SURNAMES})`).test(hit) ? 1 : 0;
  if (NOT_NAME.test(hit) || DOCTOR_TITLE.test(hay.slice(start + 1 + double))) return undefined;
  for (let len = hit.length; len >= 2 + double; len--) {
    const after = hay.slice(start + len, start + len + 3);
    if (DOCTOR_TITLE.test(after)) return undefined;
    if (AFTER_NAME.test(after)) return hit.slice(0, len);
  }
  return undefined;
}

/** The text around a finding, for the editor: about `width` characters either side. */
export function around(text: string, f: { start: number; end: number }, width = 12): { before: string; hit: string; after: string } {
  const s = Math.max(0, f.start - width);
  const e = Math.min(text.length, f.end + width);
  return { before: `${s > 0 ? '…' : ''}${text.slice(s, f.start)}`, hit: text.slice(f.start, f.end), after: `${text.slice(f.end, e)}${e < text.length ? '…' : ''}` };
}
