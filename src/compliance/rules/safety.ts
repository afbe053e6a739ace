import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { LESION, levels, p, TREATMENT } from './util.js';

/**
 * Round twelve: the header of the table column that holds `pos` (| 项目 | 疼痛感 | 风险 | above | 水光针 | 无 | 无 |),
 * or undefined when `pos` is not in a table body row. A cell that says 无 claims nothing by itself; under a header of
 * pain or risk it says "no pain", "no risk". The header row itself is not a claim (| 红肿 | 无 | 痛感轻微 |).
 */
export function tableColumnHeader(norm: string, pos: number): string | undefined {
  const lineStart = norm.lastIndexOf('\n', pos - 1) + 1;
  const line = norm.slice(lineStart, pos);
  if (!/^\s*\|/.test(line)) return undefined;
  const column = (line.match(/\|/g) ?? []).length;
  // Walk up to the first line of the table: the header.
  let headerStart = lineStart;
  let rows = 0;
  for (let k = 0; k < 40 && headerStart > 0; k++) {
    const prevStart = norm.lastIndexOf('\n', headerStart - 2) + 1;
    if (!/^\s*\|/.test(norm.slice(prevStart, headerStart - 1))) break;
    headerStart = prevStart;
    rows++;
  }
  if (!rows) return undefined;
  const headerEnd = norm.indexOf('\n', headerStart);
  const cells = norm.slice(headerStart, headerEnd < 0 ? norm.length : headerEnd).split('|');
  return cells[column]?.trim();
}

/** A cell that says "none" outright. */
const NONE_CELL = /\|\s?(?<hit>无|零|0|没有|不会|几乎没有|基本没有|无任何)\s?(?=\|)/;

const isNoneCell = (norm: string, start: number, end: number) =>
  /^(?:无|零|0|没有|不会|几乎没有|基本没有|无任何)$/.test(norm.slice(start, end)) && /\|\s?$/.test(norm.slice(Math.max(0, start - 2), start));

/**
 * Round fourteen: the claim as a belief the sentence corrects (很多人以为中药没有副作用，其实…), or as what no evidence shows
 * (目前尚无证据表明哪一种疗法是完全没有风险的): the sentence denies it.
 */
// Round thirty-seven (batch BM): what someone says or a trader writes, then corrected (有人说补充剂“吃多少都没事”，其实…; 很多商家喜欢写
// wu fu zuo yong，但正规说明书都会列出不良反应).
// Round sixty-seven (batch EO): or what someone saw written on a label and trusted, then corrected (不少人看到包装上印着“无依赖”就长期吃，
// 其实…).
const MISBELIEF_BEFORE = /(?:误以为|误认为|以为|有人说|(?:很多人|不少人|有人|有些人|许多人|一些人|人们|大家|老百姓|家长们?|患者们?)[^,，。;!?]{0,4}?(?:认为|觉得|相信)|(?:商家|厂家|卖家|广告|网店|主播)[^,，。;!?]{0,6}?(?:写|说|宣称|声称|号称|标榜|吹嘘)|(?:看到|看见|见到|一看到?|听到|听说)[^,，。;!?]{0,10}?(?:写着?|标着?|印着?|标注(?:着|了)?|注明(?:了)?|宣传|说))[^,，。;!?]{0,12}$/;
const CORRECTED_AFTER = /^[^。;!?]{0,40}?(?:其实|实际上|事实上|然而|可是|但是?|并非|并不|这是(?:一个)?误区|是错误的|不对)/;
const NO_EVIDENCE_BEFORE = /(?:尚无|没有|并无|缺乏|无)(?:任何|足够的?|可靠的?)?(?:证据|研究|数据)(?:表明|显示|证明|支持)[^。;!?]{0,16}$/;
// Round forty (batch BT): the claim quoted as the label others put on their product (小红书上流行的“纯天然草本减肥茶”; 所谓“零副作用”的
// 偏方), then a warning about it (多含有刺激性泻药，长期喝可能导致…; 千万别当作安全无害的饮品).
const QUOTED_LABEL_BEFORE = /(?:所谓的?|号称|宣称|标榜|自称|流行的?|网红|爆款|市面上的?|网上(?:卖|流行|热卖)的?|某些|某款|一些|有的|不少)[^,，。;!?“"「]{0,8}?[“"「][^”"」]{0,12}$/;
// Round one hundred and twenty-five (batch IZ): the label found false by a test, said with 查出 / 测出 / 抽检出 as well as 检出 (不少标着“不含激素”的面霜被查出加了激素).
const WARNED_AFTER = /^[^。;!?]{0,60}?(?:可能(?:导致|引起|造成|含有|损伤|伤)|(?:多|常|往往|大多)含(?:有)?|被(?:检|查|测|抽检|抽查|检测)出|非法添加|千万(?:别|不要)|别(?:把它?)?当(?:作|成)?|不要(?:把它?)?当(?:作|成)?|不要轻信|不等于|不代表|警惕|当心|小心)/;

// Round sixty-one (batch EC): the claim inside quotes, then named a misconception or a rumour (“纯中药无副作用”是一种误解; “不含激素就
// 安全”的说法并不科学).
const QUOTE_OPEN_BEFORE = /[“"「][^”"」,，。;!?]{0,16}$/;
const QUOTE_NAMED_WRONG_AFTER = /^[^”"」,，。;!?]{0,16}[”"」](?:的|这种|这类|这样的)?(?:说法|观点|宣传|广告语|说辞)?[,，]?\s?(?:其实|实际上)?(?:是|属于|纯属|完全是|只是)?(?:一种|一个|常见的?|典型的?|很大的)?(?:误解|误区|谣言|谣传|伪科学|错误的?|不实宣传|(?:并不|不|并非)(?:可信|科学|正确|成立|靠谱|属实))/;

/**
 * Round ninety-nine (batch GZ): in a case note, a safety claim inside quotes is what the product said of itself (患者自服“无副作用”的降糖茶后腹泻;
 * 外用网购“不含激素”的湿疹膏): the note records the label; the clinic quoting its own claim (本院“纯中药”方剂) is not let through.
 */
const QUOTE_CLOSED_AFTER = /^[^“"「,，。;!?]{0,16}[”"」]/;
export function caseLabelQuoted(c: { docType: string; norm: string; start: number; end: number; sentence: string; sentenceStart: number }): boolean {
  return c.docType === 'case' && QUOTE_OPEN_BEFORE.test(c.norm.slice(c.sentenceStart, c.start)) && QUOTE_CLOSED_AFTER.test(c.norm.slice(c.end)) && !/本院|我院|我们|本中心|本科|本店/.test(c.sentence);
}

// Round ninety-nine (batch GZ): the claim as what others tout, then a warning to whoever meets it (宣传无痛埋线的，要问清用没用麻药; 号称零副作用的
// 药，千万别信; 宣称“纯天然”的减肥茶大多含泻药): the sentence warns about the claim, unless the clinic touts it.
const TOUTED_BEFORE = /(?:宣传|宣称|号称|声称|标榜|自称|吹嘘|鼓吹|打出)(?:所谓的?)?[“"「]?$/;
const TOUTED_WARNED_AFTER = /^[”"」]?[^,，。;!?]{0,8}?的(?:广告|项目|产品|机构|诊所|店|说法|宣传)?[,，]?\s?(?:要|得|需|都要|一定要|请|先|别|不要|千万|多半|大多|往往|都是|大都|要警惕|要当心|要小心|当心|小心|不可信|别信|不能信)/;

export function safetyClaimDenied(norm: string, start: number, end: number, sentence: string, sentenceStart: number): boolean {
  const before = norm.slice(sentenceStart, start);
  if (TOUTED_BEFORE.test(before) && !/本院|我院|我们|本中心|本店/.test(before) && TOUTED_WARNED_AFTER.test(norm.slice(end, sentenceStart + sentence.length))) return true;
  if (QUOTE_OPEN_BEFORE.test(before) && QUOTE_NAMED_WRONG_AFTER.test(norm.slice(end, sentenceStart + sentence.length))) return true;
  if (NO_EVIDENCE_BEFORE.test(before)) return true;
  if (QUOTED_LABEL_BEFORE.test(before) && !/本院|我院|我们|本中心|本店|本品|我家/.test(before) && WARNED_AFTER.test(norm.slice(end, sentenceStart + sentence.length))) return true;
  return MISBELIEF_BEFORE.test(before) && !/本院|我院|我们|本中心/.test(before) && CORRECTED_AFTER.test(norm.slice(end, sentenceStart + sentence.length));
}

export const safetyRules: Rule[] = [
  {
    id: 'safety-side-effects',
    category: 'safety',
    title: '“无副作用”“零副作用”“无不良反应”',
    basis: BASIS.safety,
    message: '“无副作用”“副作用几乎为零”是安全性断言：否定词在这里就是断言本身。任何药物和治疗都可能有不良反应。',
    suggestion: '改为如实说明常见的不良反应及处理办法，例如“可能出现局部发红、瘙痒，多数较轻；如有不适请及时告诉医生”。',
    levels: levels('EEEE'),
    patterns: [
      // Round forty-six (batch CM): a replacement tool's words for 作用 after 副 (无任何毒副感化, 零副影响).
      p(/(?<!有)(?:无|零|没有|不会有|毫无|无任何|没有任何|不会产生|不产生|不存在)(?:任何|什么)?毒?(?:(?:副|付|负)(?:作|做)用|副(?:感化|影响|效用|功用|作为))|无毒副作用|毒?副作用(?:为零|为0|极小|很小|小(?!于)|几乎没有|几乎为零|可以忽略)|(?<!有)无不良反应|没有(?:任何)?不良反应|(?:没有|毫无|(?<!有)无)任何不良(?:影响|作用|反应)|不会(?:有|出现|产生)(?:任何)?(?:不良|排异|排斥|过敏)反应|不良反应(?:为零|极少)|无毒无害/),
      // Round forty-two (batch CA): one reaction named and the whole class denied with it (植入后绝不会出现排异等不良反应, 不会引起
      // 胃痛、腹泻等副作用); 会 keeps a condition (如不出现发热等不良反应，可继续用药) out.
      p(/(?:绝不|决不|绝对不|永远不|从不|不)会(?:有|出现|产生|引起|发生|导致)[^,，。;!?]{1,10}?等(?:任何)?(?:的)?(?:不良反应|毒?副作用|并发症|不适反应)/),
      // Round thirty-two: the side effects given to another kind of treatment and denied to this one (中药是天然的，不像西药那样
      // 有副作用; 不同于激素药膏，它没有副作用).
      p(/不(?:像|同于|比)(?:西药|激素|化学药|化药|抗生素|手术|其他药|别的药|普通药|一般的?药|其他疗法|传统疗法|放化疗|化疗)[^,，。;!?]{0,8}?(?:那样|一样|似的)?(?:有|会有|存在|带来|产生)(?:很多|那么多|各种|什么)?(?:的)?毒?(?:副|付)作用/),
      // Round eighteen: the side effect denied after the fact (一点副作用都没有, 丝毫副作用也不会有).
      p(/(?:一点|一丝|丝毫|半点)(?:的)?毒?(?:副|付)作用(?:都|也)(?:没有|没|不会有)/),
      p(/(?:没有|无)明显的?(?:副作用|不良反应)/, { shift: -1 }),
      // Round twelve: 副反应 for 副作用 (安全无副反应).
      p(/(?<!有)(?:无|零|没有|不会有|毫无)(?:任何)?(?:副|付)反应/),
      // Round thirty-seven (batch BM): the side effects put at zero with a word between (副反应显然为零, 副作用基本等于零).
      p(/(?:副|付)(?:作用|反应)(?:显然|几乎|基本|完全|绝对|根本)(?:为|是|等于)(?:零|0)(?![.\d])/),
      // Round thirty-seven (batch BM): the side effects as a field of a product sheet, answered 无 (副作用：无; a table row | 副作用 | 无 |
      // is read so, see tableHits); a case record's field is an observation (refine()).
      p(/(?:毒?副作用|不良反应)\s?[:：]\s?(?:无|零|0|没有|无任何)(?=$|[,，。;!?\s|])/),
      // Never any adverse event (从未出现过任何不良反应): a record offered as a safety guarantee.
      // Round ten: 从来没出过问题, 从未发生过一次意外.
      p(/从(?:未|没有?|来没有?|来没|来不)(?:出现|发生|有|出)过?(?:任何|一例|一起|一次|一点)?(?:不良反应|副作用|并发症|医疗事故|事故|问题|差错|意外|纠纷)/),
      // Round ten: no allergy at all (几乎零过敏, 不会过敏); 无过敏史 is a patient's history.
      p(/(?<!有)(?:零|无|不会|从不|绝不)过敏(?!史|原|性|体质|反应史|的(?:人|患者|情况))/),
      // Round eleven: not a single case (至今无一例不良反应, 没有一例出现并发症); the harm asked and waved away in one breath
      // (副作用？不存在的！; risk, pain and scars asked so are their own rules' since round twenty-six); a zero in digits (0副作用).
      // Round forty-six (batch CK): the claim in English, alone or glued to Chinese (Zero副作用！no side effects！; side-effect free 的
      // 草本配方); a report of none seen (no side effects were reported) or a condition (if no side effects occur) or a denial (not free of side effects) is not the claim.
      p(/(?<![a-z])(?<!(?:not|n't|never) )(?:no|zero|without(?: any)?|free (?:of|from)(?: any)?)\s?side[\s-]?effects?(?![a-z])(?!\s(?:were|was|have|has|had|occur|occurred|appear|appeared|are|is)(?![a-z]))|(?<![a-z])side[\s-]?effects?[\s-]free(?![a-z])|(?<![a-z])zero\s?(?:毒?副作用|不良反应)/),
      p(/(?:无|没有|未有|没出现过?|未出现过?)(?:过)?一例(?:患者)?(?:出现)?(?:不良反应|副作用|并发症|医疗事故|事故|过敏)|(?:副作用|不良反应|后遗症|并发症)\s?[?？]\s?(?:根本|完全|统统|压根)?(?:不存在|没有|不会有?|零|无)(?:的|滴|哒|啦|哦)?(?=[!！。,，~～…\s]|$)|(?<![\d.])0(?:毒?副作用|不良反应)/),
    ],
    negation: 'claim',
    refine: (c) => !safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart) && !caseLabelQuoted(c) && !(c.docType === 'case' && /[:：]\s?(?:无|零|0|没有|无任何)$/.test(c.norm.slice(c.start, c.end))),
    examples: {
      bad: [{ text: '宣称无副作用的产品很多。我们这款膏方零副作用', type: 'ad' }, { text: '患者咨询后，医生表示本院的中药“无副作用”，可长期服用', type: 'case' }, '这款外敷膏零副影响，孩子也能用', { text: '本款洗剂温和无任何不良反应，婴幼儿也适用', type: 'ad' }, '本方无任何毒副感化，请放心', "种植体与人体相容性好，植入后绝不会出现排异等不良反应", { text: "这款胃药饭前饭后都能吃，不会引起胃痛、腹泻等副作用", type: 'ad' }, { text: '药物成分：纯植物\n副作用：无\n适用人群：成人', type: 'ad' }, { text: '| 对比项 | 本品 | 普通药膏 |\n|---|---|---|\n| 副作用 | 无 | 有 |', type: 'ad' }, { text: '| 疗法 | 周期 | 副作用 |\n| 红蓝光 | 6次 | 无 |', type: 'institution' }, '这款乳膏成分温和，副作用基本为零', '中药是天然的，不像西药那样有副作用，所以首选中药', { text: '不同于激素药膏会带来副作用，我们的药膏可以长期使用', type: 'ad' }, "这种贴敷方法对人体没有任何不良影响", '溶脂针安全无副反应，打完即走', '这个手术我们做了几千例，从来没出过问题', '新一代材料几乎零过敏', '本疗法无任何副作用', '308激光安全无副作用', '以为中药没有副作用？我们的中药方安全无副作用，放心用', '副作用几乎为零', '这种药膏没有付作用', '本院疗法至今无一例不良反应', '副作用？不存在的！', '0副作用，放心用', { text: '草本洗剂 Zero副作用！No side effects！孕妈也能用', type: 'ad' }, '纯植物配方，side-effect free，敏感肌放心用', 'Our herbal bath has zero side effects', '采用进口材料，不会有任何排异反应', '问：做完会有副作用吗？\n答：完全不会，一点副作用都没有'],
      ok: ['宣称无副作用的产品，都要多留个心眼', { text: '患者自服“无副作用”的减肥茶一周后出现心悸，已停用', type: 'case' }, '请勿相信“零副作用”等广告，用药前请看说明书', '每次复诊护士都会询问用药后有无任何不良反应', '任何药物都可能有副作用，用药后如有不适请复诊', '“中成药没有副作用”是常见的误区，长期服用也要查肝肾功能', "如服药后不出现发热等不良反应，可按原剂量继续", "少数人可能出现红肿、瘙痒等不良反应，一般可自行缓解", '不少商家爱在详情页写无副作用，但正规说明书都会列出已知的不良反应', { text: '治疗经过：窄谱UVB照射24次\n不良反应：无', type: 'case' }, '不良反应：尚不明确，如有不适请停用', { text: '| 疗法 | 周期 | 常见不良反应 |\n| 红蓝光 | 6次 | 轻度干燥、发红 |', type: 'institution' }, { text: '| 对比项 | 本品 | 普通药膏 |\n|---|---|---|\n| 副作用 | 局部刺激 | 皮肤变薄 |', type: 'kepu' }, '副作用基本为零的说法并不可信，任何药物都有不良反应', '中药也有副作用，并不像一些人以为的那样可以随便吃', '外用药不像口服激素那样容易引起全身副作用，但也可能有局部刺激，请遵医嘱', "目前尚无证据表明该药对胎儿没有任何不良影响", '既往无过敏史的患者也需要做皮试', '任何治疗都可能有副作用，请遵医嘱', '并非没有副作用，只是多数较轻', '治疗期间医生会观察有无不良反应', '如果没有不良反应，可以按原方案继续', '外用药物的副作用相对较小', '有没有副作用？没有绝对的答案，要看具体药物', '本研究中无一例患者因不良反应退出', '很多人以为中药没有副作用，其实何首乌也有肝毒性报道', '有人误以为激光美容无副作用，事实上术后可能出现色素沉着', '任何药物都可能有副作用，一点副作用都没有的药是不存在的', 'In this small study no side effects were reported, but the follow-up was short', '如果 no side effects occur，可按原剂量继续', 'Herbal medicine is not free of side effects，中药也可能有不良反应'],
    },
  },
  {
    id: 'safety-risk-free',
    category: 'safety',
    title: '“绝对安全”“零风险”“不伤身体”',
    basis: BASIS.safety,
    message: '“绝对安全”“零风险”“不伤身体”是对安全性的保证，没有任何医疗操作能做到。',
    suggestion: '列出主要风险和禁忌，说明医生会在治疗前评估，例如“治疗前医生会询问病史和用药情况，评估是否适合”。',
    levels: levels('EEEE'),
    patterns: [
      // Round thirty-three: a reaction ruled out for everyone, even the sensitive (敏感肌也绝不会过敏, 保证不会刺激).
      p(/(?:绝对|绝|永远|保证|肯定|一定|完全|根本)(?:都)?不会(?:引起|出现|产生|有)?(?:过敏|刺激|红肿|反黑|返黑|伤(?:皮肤|肝|肾|身体))/),
      // Round seventy-three (batch FA): 有无 asks whether (询问有无任何不适), it denies nothing.
      // Structural: no harm of any kind (没有任何伤害, 不会对皮肤造成任何损伤, 没有一丝疼痛).
      // Round one hundred and fifteen (batch IF): harm in everyday words, 坏处 / 害处, denied with 任何 or 一点 (对身体没有任何坏处, 一点害处都没有);
      // 没坏处 alone, 有没有坏处 and 反而有坏处 are left (advice and questions say them).
      p(/(?:没有|毫无|绝无|(?<!有)无|零|不会(?:有|造成|产生|出现|带来)?|不(?:造成|产生|带来))[^,，。;!?]{0,6}?(?:任何|一丝|一点|丝毫|半点)(?:的)?(?:伤害|损伤|损害|疼痛|痛感|痛苦|副作用|创伤|风险|刺激|不良反应|并发症|后遗症|危害|不适|坏处|害处)|(?:对|给)(?:身体|人体|皮肤|肝肾|肝|肾|孩子|胎儿|宝宝|婴儿|生育|眼睛|眼|视力|牙齿|牙|牙釉质|头发|毛囊|血管|心脏|神经|骨骼|关节|大脑|黏膜)[^,，。;!?]{0,4}?(?:没有|毫无|无|零|不会有?)(?:任何)?(?:伤害|损伤|损害|(?:不良)?影响|负担|刺激)|(?:对身体)?零负担/),
      // Round ten: harm denied after the fact (对身体一点伤害都没有); safety as a figure or a risk waved away (安全系数高达99.99%,
      // 风险可以忽略不计); a reassurance to give it to a child (放心给孩子涂); mild enough to eat; no irritant at all.
      p(/(?:一点|一丝|丝毫|半点)(?:的)?(?:伤害|损伤|损害|副作用|风险|刺激|毒性|痛苦|坏处|害处)(?:都|也)(?:没有|没|不会有)|安全(?:系数|指数|率|性)(?:高达|达到?|超过|为)\s?(?:\d|百分之)|风险(?:几乎)?(?:可以)?(?:忽略不计|可忽略|可以忽略|为零|几乎为零|微乎其微)|放心(?:地)?(?:给|让)(?:孩子|宝宝|婴儿|宝贝|老人|孕妇|家人)[^,，。;!?]{0,2}?(?:用|涂|抹|吃|喝|服用|使用)|温和到(?:可以|能)?(?:直接)?(?:入口|吃|喝)|不含(?:任何)?(?:刺激|有害|有毒|毒性)(?:性)?(?:成分|物质)|温和(?:无|不)刺激|敏感肌(?:都|也|均)?(?:可用|能用|可以用|可放心)|(?:毫无|零|无任何)刺激/),
      // Round twenty-six: the risk asked and waved away in one breath (风险？不存在的！), moved here from safety-side-effects.
      p(/(?:风险|危险|隐患)\s?[?？]\s?(?:根本|完全|统统|压根)?(?:不存在|没有|不会有?|零|无)(?:的|滴|哒|啦|哦)?(?=[!！。,，~～…\s]|$)/),
      p(/绝对安全|安全无(?:风险|隐患|忧|害)|零风险|(?<![\d.])0(?:风险|伤害|损伤|创伤|疼痛|痛感|痛苦|疤痕|恢复期|停工期)|零(?:恢复期|停工期)|(?<!有)无风险|(?<!有)没有(?:任何)?风险|毫无风险|无任何风险|百分之?百安全|100%安全|安全可靠|安全放心|放心(?:使用|治疗)|不(?:会)?伤(?:身体|皮肤|肝肾|身|肝|肾)|放心(?:地)?(?:长期|大胆|一直)(?:使用|用|服用|吃|涂)|对(?:身体|人体|皮肤|胎儿|宝宝|孩子|孕妇)(?:完全|绝对|根本|毫|丝毫)?(?:无害|没有伤害|无任何伤害)|零伤害|无损伤|(?:绿色|健康)(?:疗法|治疗)|无(?:毒|害)(?:疗法|治疗)/),
      // Round ten: a question about harm answered with a flat no (问：会不会有副作用？ 答：不会的，…).
      p(/(?:^|\n)\s?答\s?[:：]\s?(?<hit>(?:放心|请放心)?[,，!！]?\s?(?:不会|没有|不存在|绝对不会|完全不会|一点也不会|一点都不会)(?:的|啊|呀|哦)?)(?=[,，。!！])/),
      // Round twelve: the risk denied to exist (根本不存在风险); used as long as one likes (吃多久都不怕); a table cell of 无
      // under a column of risk, side effects or recovery (refine() reads the column's header).
      // Safety vouched for outright (安全性有保障, 这个推拿非常安全); no rest needed, back to work the same day (术后无需休养，当天
      // 就能正常上班).
      p(/安全(?:性)?(?:有保障|有保证|绝对没问题|完全没问题|不用担心|请放心)|放一百个心|百分百放心|(?:非常|十分|特别|超级|相当|极其|绝对|百分百|100%)安全(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:无需|不需要|不用|无须|不必)(?:休养|恢复期|休息|住院|请假|停工)[^。;!?]{0,10}?(?:当天|马上|立刻|即刻|做完|第二天)(?:就)?(?:能|可以)?(?:正常)?(?:上班|工作|化妆|出门|上学)/),
      // Round forty-two (batch CA): no recovery period at all, after the back-to-work line or on its own (术后第二天即可上班，完全不需要
      // 恢复期; 做完无需任何恢复期); a table cell of 无 under a column of recovery is read above.
      p(/(?:完全|根本|压根|几乎|基本)?(?:不需要|无需|无须|不用|不必|没有)(?:任何)?(?:的)?(?:恢复期|停工期|休养期|修复期|康复期)/),
      // Round fourteen: harm to an organ denied outright (即使长期服用也不会对肝肾造成任何影响); a record of no accidents offered
      // as safety (保持零事故纪录, 零失误).
      p(/(?:不会|绝不会|不|没有|从不|也不会)(?:对|给)(?:身体|人体|皮肤|肝肾|肝脏|肾脏|肝|肾|孩子|胎儿|宝宝|婴儿|生育|眼睛|视力|牙齿|毛囊|血管|心脏|神经|大脑|胃|胃肠|肠胃|黏膜)(?:造成|带来|产生)(?:任何)?(?:的)?(?:影响|伤害|损伤|损害|负担|危害|副作用)|零(?:事故|失误|差错|失败|并发症|医疗事故|感染率)|无(?:一例|一起)?(?:医疗)?事故(?:记录|纪录)/),
      // Round thirty: a harm said to be impossible (更不存在灼伤的可能, 绝无感染的风险).
      p(/(?:不存在|没有|绝无|杜绝了?)[^,，。;!?]{0,4}?(?:灼伤|烫伤|烧伤|损伤|感染|留疤|瘢痕|出血|并发症|不良反应|副作用|伤害|意外)的?(?:可能性?|风险|隐患|危险)/),
      // Round sixty-one (batch EC): harm to the body or its organs denied with 伤害/损伤 (不会伤害身体任何器官, 不损害正常组织), the long
      // form of 不伤身体; 一般, 通常 before it are hedges.
      p(/不(?:会|会对)?(?:伤害|损伤|损害|伤及)(?:到)?(?:您的|你的|人的)?(?:身体|人体|正常皮肤|正常组织|正常细胞|周围组织|肝肾|肝脏|肾脏|内脏|器官|脏器)(?:的)?(?:任何)?/),
      // Round ninety-nine (batch GZ): the risk denied as 没风险 / 没啥风险 (药膳不是药，谁吃都没风险), and anyone said to take it safely (谁吃都没事, 谁用都
      // 不怕); a question (有没有风险？, 没风险吗？) asks.
      p(/(?:根本|完全|压根|绝对)?不存在(?:任何)?(?:风险|危险|副作用|并发症|后遗症)|(?:吃|用|涂|服|抹|做|打)(?:多久|多少|多长时间)都(?:不怕|没事|没问题|没关系|不伤|无妨)|(?<![有])没(?:啥|什么|一点|半点)?风险(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|谁(?:吃|喝|用|做|涂|抹|贴|泡|服)都(?:没事|没问题|不怕|不伤身?|无妨|放心|安全)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(new RegExp(NONE_CELL.source)),
      // Everyone may use it without worry: 孕妇儿童均可放心使用, 老少皆宜.
      p(/(?:孕妇|孕产妇|孕期|怀孕|哺乳期|儿童|婴幼儿|婴儿|新生儿|宝宝|老人|敏感肌)[^。;!?]{0,8}?(?:都|均|也|皆)(?:可以?|能)?(?:放心|安心|随意)(?:使用|用|治疗|做|服用|涂)|老少(?:皆宜|咸宜)|(?:孕妇|孕产妇|哺乳期|婴幼儿|婴儿|新生儿|宝宝)(?:都|也|均)能(?:用|涂|抹|吃|做)(?=[,，。!！~～]|$)/),
    ],
    negation: 'claim',
    // "请选择安全可靠的正规医疗机构" is advice to the reader, not a promise about a treatment.
    refine: (c) => {
      if (safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart) || caseLabelQuoted(c)) return false;
      // Safety as a fact of a vaccine or an approved product, from a study or a guideline, informs.
      if (/安全(?:无害)?$/.test(c.norm.slice(c.start, c.end)) && (/疫苗|研究|数据|指南|监测|评估|审批|批准|上市/.test(c.sentence) || /可能|相对|一般|通常|多数|较为/.test(c.sentence))) return false;
      if (isNoneCell(c.norm, c.start, c.end)) {
        const header = tableColumnHeader(c.norm, c.start);
        return header !== undefined && /风险|副作用|不良反应|并发症|后遗症|危害|伤害|损伤|创伤|恢复期|停工期|安全隐患/.test(header);
      }
      // The flat no answers a question about harm only when the paragraph asks one.
      if (/答\s?[:：]\s?$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start)) && !c.paragraphHas(/问\s?[:：][^\n]{0,30}?(?:副作用|不良反应|风险|伤害|伤身|危险|后遗症|留疤|疤痕|激素|依赖|过敏|伤肝|伤肾|安全)[^\n]{0,12}?[?？]/)) return false;
      if (/^安全(?:可靠|放心)$/.test(c.norm.slice(c.start, c.end)) && /选择|选|前往|正规/.test(c.sentence)) return false;
      if (/放心|安心|随意|皆宜|咸宜/.test(c.norm.slice(c.start, c.end)) && /医生|评估|指导|遵医嘱|咨询|谨慎|慎用|说明书/.test(c.sentence)) return false;
      // 没有零风险的治疗, 不存在绝对安全: the claim denied as a whole.
      // Round ninety-nine (batch GZ): 别以为没风险 warns against the belief.
      return !/(?:没有|不存在|并非|不是|并没有|哪有|世上没有)(?:任何)?$|(?:别|不要|莫|千万别)(?:以为|觉得|认为)$/.test(c.norm.slice(Math.max(0, c.start - 5), c.start));
    },
    examples: {
      bad: ['中药泡洗对身体没有任何坏处，天天泡都行', '这种艾叶包给老人敷，一点害处都没有', { text: '术前谈话时告知本院的埋线“零风险”，患者签字', type: 'case' }, "泡脚谁泡都不怕，天天泡也没事", { text: "这款养生酒没啥风险，老人孩子都能喝", type: 'ad' }, "我们的手术没有风险，都是微创，当天就能回家", { text: "家属反复询问手术风险。主治医生解释：“由我们团队来做，这个手术不存在任何风险，您完全可以放心。”", type: 'case' }, { text: "全飞秒切口仅2mm，术后第二天即可上班，完全不需要恢复期", type: 'institution' }, { text: "水光针做完无需任何恢复期", type: 'ad' }, { text: '这台光疗仪对人体完全无害，放心每天照', type: 'ad' },  "即使您是敏感肌，用了我们的修复精华也绝不会过敏", {"text": "保证不会刺激皮肤，孕妇也能用", "type": "ad"},{"text": "低温等离子操作，术中不存在烫伤的风险", "type": "ad"}, "敷贴温和，对皮肤没有刺激", { text: '术后风险？没有的！放心做', type: 'ad' }, '宝宝用了没有任何不适，妈妈们可以放一百个心', '这种激光对眼睛完全没有伤害', '我们使用的是医用级材料，安全性有保障', '术后无需休养，当天就能正常上班', '对宝宝来说这个推拿非常安全，完全不用担心', '正规的玻尿酸注射根本不存在风险', '我们的微创手术不会带来任何并发症', '中药调理不伤肝不伤肾，吃多久都不怕', '| 项目 | 风险 | 恢复期 |\n| 水光针 | 无 | 无 |', '这种光疗对身体一点伤害都没有', '手术安全系数高达99.99%', '本疗法安全性达100%', '这次治疗0风险、0疼痛、0恢复期', '这个药可以放心长期使用，不会伤肝伤肾', '纯物理治疗，对身体零负担', '蓝光只作用于毛囊里的痤疮杆菌，不会损伤正常皮肤', { text: '这套熏蒸方案不伤害人体任何脏器，可以天天做', type: 'ad' }, { text: '无创水光，安·全·无·害', type: 'ad' }, '孕期也能放心做，对宝宝没有任何影响', '风险可以忽略不计', '宝宝用的药膏，放心给孩子涂', '问：会不会有副作用？\n答：不会的，这是纯物理疗法。', '孕妇儿童均可放心使用', '这款药膏温和无刺激，宝宝也能用', { text: '温和不刺激 · 敏感肌可用', type: 'ad' }, '光疗只是照照光，对身体没有任何伤害', '整个治疗过程轻松舒适，没有一丝疼痛', '治疗过程绝对安全', '零风险，效果好', '药性温和，即使长期服用也不会对肝肾造成任何影响', '团队完成手术两万余台，保持零事故纪录', '不伤身体，孕妇也能用', '采用绿色疗法，安全放心'],
      ok: ['长期泡脚有没有坏处？要看水温和时间', '泡得太久反而有坏处，别超过二十分钟', '冬天洗澡太勤对老人皮肤没好处', { text: '患者轻信“零风险”的埋线减肥，术后局部感染', type: 'case' }, "吃保健品别以为没风险，也要看说明书", "这个手术没风险吗？请医生讲清楚再签字", "说零风险的整形项目，都是骗人的，签字前一定看清风险告知书", '术后第一周请每天记录有无任何不适，复诊时交给医生', "所谓“零风险”的手术并不存在，任何手术都有风险", "点阵激光术后需要7到10天的恢复期，期间注意防晒", "有人说这个项目不需要恢复期，其实术后红肿往往要持续几天", { text: "### 术后恢复期说明", type: 'institution' }, '有人说中成药“吃多久都没事”，其实长期服用也要查肝肾功能', '家用光疗设备并非对人体完全无害，过量照射可能灼伤',  "没有哪种护肤品能保证绝对不会过敏，初次使用请先小范围试用", "如出现过敏请立即停用","光疗剂量过大时存在灼伤的风险，医生会逐次调整", "白癜风不存在传染的可能，可以正常与人接触", '大规模监测数据显示，HPV疫苗非常安全', '这种检查非常安全吗？', '术后无需住院，但一周内避免剧烈运动', '| 检查 | 麻醉 | 可能的不适 |\n| 普通胃镜 | 无 | 恶心、咽部不适 |', '| 风险 | 无 | 说明 |', '不存在没有风险的手术', '问：需要住院吗？\n答：不会的，当天就能回家。', '问：会不会有副作用？\n答：可能出现红肿，多数几天内消退。', '儿童也可以放心使用，但需在医生指导下', '光疗对多数人来说耐受良好，但并不是没有任何风险', '不存在零风险的治疗方式', '任何治疗都有一定风险，需要医生评估', '请选择安全可靠的正规医疗机构', '敏感肌是否可用，请先在耳后小范围试用', '零添加的护肤品也可能引起过敏', '可以带着药的成分来门诊，让医生帮忙判断有没有风险', '目前尚无证据表明哪一种疗法是完全没有风险的', '很多人以为微创手术绝对安全，但术后仍可能出血感染', '这种药一般不会对肝肾造成明显损害，但仍需定期复查肝功能', '交通事故后皮肤擦伤要及时清创', '维生素C在推荐剂量下一般安全无害，过量可能引起腹泻', '照射剂量过大可能损伤正常皮肤，医生会逐次调整', '有人说光疗不会伤害正常组织，其实过量照射也可能灼伤'],
    },
  },
  {
    id: 'safety-painless',
    category: 'safety',
    title: '“无痛”“不痛不痒”“无创”',
    basis: BASIS.safety,
    message: '把治疗说成“无痛”“无创”“不痛不痒”是安全性断言；每个人的感受不同，部分治疗会有刺痛、灼热感。',
    suggestion: '中性地描述治疗时的感受和持续时间，并说明耐受因人而异，例如“多数人能够耐受，少数人会有短暂刺痛或灼热感”。描述白斑本身“不痛不痒”的症状不受影响。',
    levels: levels('WEEW'),
    patterns: [
      // Round thirty-three: the treatment felt as nothing (全程无感, 做的时候毫无感觉).
      p(/全程(?:无感(?!染|知)|没感觉|无知觉|零感)|(?:治疗|做|打|照)(?:的)?(?:时候|过程中?)(?:完全|几乎|一点)?(?:无感|没(?:有)?(?:任何)?感觉|毫无感觉)/),
      // Round twenty-six: pain asked and waved away (疼痛？不存在的), moved here from safety-side-effects.
      p(/(?:疼痛|痛感|疼不疼|痛不痛|会不会痛|会不会疼)\s?[?？]\s?(?:根本|完全|统统|压根)?(?:不存在|没有|不会有?|零|无)(?:的|滴|哒|啦|哦)?(?=[!！。,，~～…\s]|$)/),
      p(/无痛感|零痛感|毫无痛感|舒适无痛|轻松无痛|毫无疼痛感?|零疼痛|(?<![\d.])0\s?(?:痛感|疼痛感?)/),
      // Round twenty-six: the whole treatment promised free of pain (全程都不会感到疼痛, 整个过程感觉不到疼), and 不疼痛 listed with
      // other things a treatment spares you (不开刀、不流血、不疼痛); 伤口不红、不肿、不疼痛 describes healing and is not listed.
      p(/(?:全程|整个(?:治疗|手术)?过程|治疗(?:过程)?中|手术(?:过程)?中|术中)[^,，。;!?]{0,4}?(?:都|也)?(?:不会|不|没有|感觉不到|感受不到)(?:感到|感觉到?|有)?(?:任何)?(?:疼痛|痛感|疼|痛)(?![苦经])|不(?:疼痛|疼|痛)(?<=(?:不开刀|不动刀|免开刀|不流血|不出血|不住院|不打针|无创|不手术)[、,，][^。;!?]{0,8}?不(?:疼痛|疼|痛))|不(?:疼痛|疼|痛)(?=[、,，](?:不|无)(?:开刀|动刀|流血|出血|住院|打针|手术|创))/),
      // Round twelve: no feeling at all, said colloquially (一点感觉都没有, 压根感觉不到疼, 睡一觉就做完了); a table cell of 无
      // under a column of pain (refine() reads the header).
      p(/(?:一点|一丝|丝毫|半点)(?:的)?(?:感觉|痛感|疼|痛|痛苦)(?:都|也)(?:没有|没|不会有|感觉不到)|(?:完全|根本|压根)(?:没有|没|感觉不到|不会有)(?:什么|任何)?(?:感觉|痛感|疼痛?|痛)|睡(?:一|个)觉(?:就|的功夫)?(?:做完|结束|搞定|好了|完事)/),
      p(new RegExp(NONE_CELL.source)),
      // Round seventy-three (batch FA): 无创 naming a device or a monitoring method (无创呼吸机, 无创通气, 无创血压监测, 无创产前DNA)
      // is the equipment's name, as 无创检查 is a test's.
      p(/无(?:任何)?痛苦|(?<!有)无痛(?!性|感觉?异常)|全程无痛|零痛感|无痛感|毫无痛感|没有(?:任何)?(?:痛感|痛苦|疼痛感?)|不痛不痒|(?<![会能])不(?:痛|疼)(?!苦)|无创(?!检查|性检查|检测|(?:正压)?(?:呼吸机|通气|辅助通气|血压|监测|监护|产前|DNA|dna|血糖仪|心排))|微创无痛|舒适无痛|轻松无痛/, { align: 'word' }),
    ],
    negation: 'claim',
    refine: (c) => {
      // Round ninety-nine (batch GZ): the claim touted by others and warned about, or believed and corrected, as the other safety claims are read.
      if (safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart)) return false;
      if (isNoneCell(c.norm, c.start, c.end)) {
        const header = tableColumnHeader(c.norm, c.start);
        return header !== undefined && /疼|痛/.test(header);
      }
      // 白斑通常不痛不痒: a symptom of the disease, not a promise about a treatment.
      const clause = c.sentence;
      // Pain kept away by anaesthesia, or admitted later in the sentence (基本不疼，麻药过后会有两三天的酸痛), is told honestly.
      const promisedWhole = /^(?:全程|整个)/.test(c.norm.slice(c.start, c.end));
      if ((!promisedWhole && /麻醉(?:下|后|时)|麻药/.test(clause.slice(0, Math.max(0, c.start - c.sentenceStart)))) || /(?:会|可能|仍|还|也)(?:有|出现)?[^。;!?]{0,10}?(?:酸痛|刺痛|胀痛|疼痛|不适|痛感)/.test(c.norm.slice(c.end, c.sentenceStart + clause.length))) return false;
      if (LESION.test(clause) && !TREATMENT.test(clause)) return false;
      if (/检查|伍德灯|皮肤镜|检测/.test(clause) && !TREATMENT.test(clause)) return false;
      // Round thirteen: 无痛胃镜 as an item on a fee list, named with its anaesthesia (| 无痛胃镜麻醉 | 480 |), is a service's name.
      if (/^(?:胃镜|肠镜|胃肠镜|分娩|宫腔镜|支气管镜)/.test(c.norm.slice(c.end, c.end + 4)) && /麻醉|收费|价格|\|/.test(clause) && !/不痛|舒适|轻松|放心|一点/.test(clause)) return false;
      return true;
    },
    examples: {
      bad: ['熏蒸通常每次二十分钟，全程没有任何痛感，做完就能上班', { text: '宣传无痛埋线的机构很多，我们是真的全程不疼', type: 'ad' },  "✨全程无感✨ 做完就能上班", {"text": "打的时候完全没有任何感觉", "type": "ad"},'疼痛？压根不存在的！', '我们引进了新型麻醉设备，拔牙时全程都不会感到疼痛', '整个治疗过程感觉不到疼痛，做完就能上班', { text: '不开刀、不流血、不疼痛，门诊即可完成', type: 'ad' }, { text: '这款脱毛仪0痛感，在家就能用', type: 'ad' }, '术后毫无疼痛感，当天就能正常行走', '怕疼的宝子放心冲，全程躺着睡一觉就做完了，一点感觉都没有', '| 项目 | 疼痛感 | 风险 |\n| 水光针 | 无 | 无 |', '治疗过程舒适无痛感', '308激光治疗全程无痛', '表皮移植微创无痛，轻松治疗', { text: '本院采用无创疗法，不痛不痒', type: 'kepu' }, { text: '无创溶脂，躺着就能瘦', type: 'ad' }, { text: '治疗过程没有任何痛苦', type: 'ad' }],
      ok: ['照射一般每周两到三次，整个过程可能有轻微灼热感，多数人能耐受', '宣传无痛拔牙的诊所，要问清是不是局麻', '很多人以为针灸不疼，其实会有酸胀感',  "患者全程无感染发生，术后恢复顺利", "感觉减退的部位要注意防烫伤",'伤口不红、不肿、不疼痛，说明恢复良好', '局部麻醉下全程不会感到疼痛，麻药过后可能会有酸痛', '治疗中如果感到疼痛，请及时告诉医生', '并非毫无疼痛，多数人能够耐受', '局部麻醉下操作时基本不疼，麻药过后会有两三天的酸痛', '| 红斑 | 无 | 刺痛轻微 |', '| 项目 | 疼痛感 |\n| 冷冻 | 有，可耐受 |', '白癜风通常不痛不痒，所以容易被忽视', '无痛性白斑需要与其他疾病鉴别', '伍德灯检查是无创检查', { text: '重症监护室配有无创呼吸机，夜间由呼吸治疗师巡视', type: 'institution' }, '慢阻肺急性加重时可先尝试无创正压通气，效果不佳再考虑插管', '多数人能够耐受，少数人会有刺痛感', { text: '| 项目 | 价格 |\n| 无痛肠镜麻醉 | 500元 |', type: 'institution' }],
    },
  },
  {
    id: 'safety-scar',
    category: 'safety',
    title: '“不留疤”“无疤痕”“无痕”',
    basis: BASIS.safety,
    message: '“不留疤”“无疤痕”是对治疗结果和安全性的断言；表皮移植、微针等操作都存在瘢痕或色素改变的可能。',
    suggestion: '说明存在瘢痕、色素沉着等风险，以及哪些人（如瘢痕体质）不适合，由医生评估，例如“少数人可能遗留色素改变，瘢痕体质者请提前告知医生”。',
    levels: levels('EEEW'),
    patterns: [
      // Round thirty-three: no trace at all, said without the word scar (一点痕迹都不会留, 做完完全看不出来做过).
      // Round ninety-nine (batch GZ): and no trace to be seen once it has healed (好了以后一点痕迹都看不出来; 掉痂后一点印子都看不到), with 疤 / 印子 / 印记 too.
      p(/(?<=(?:做完|术后|治疗后|祛|去|皮肤|脸上|面部|伤口|切口|创面|疤|好了|愈合|长好|掉痂|脱痂)[^。;!?]{0,16}?)(?:一点|一丝|半点|任何)(?:的)?(?:痕迹|疤痕?|印子|印记)(?:都|也)?(?:(?:不会|不|没)(?:留|有|留下)|看不(?:出来?|见|到)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？])))|(?:做完|术后|治疗后)[^,，。;!?]{0,4}?(?:完全|根本|压根|一点(?:也|都))?看不出(?:来)?(?:做过|动过|治过|手术)/),
      // Round one hundred and sixteen (batch IH): 连个印儿 / 连个疤 after a wart, a mole or a spot taken off (点掉的瘊子连个印儿都不会留; 痣激光打掉后连个疤都没有):
      // the least trace denied with 连; a question, and a plain 可能会留个浅印儿, are not read; a removal must be named before.
      p(/(?<=(?:做完|术后|治疗后|祛|去掉|点掉|点完|点痣|打掉|取掉|割掉|切掉|冻掉|烧掉|激光|冷冻|伤口|掉痂|脱痂)[^。;!?]{0,16}?)连(?:个|一个|一点|一丝|半点)?(?:小)?(?:印儿|印子|印记|疤|疤痕|痕迹|坑)(?:都|也)(?:不会|不|没)(?:留|有|留下)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round twenty-six: the scar asked and waved away (疤痕？不存在的), moved here from safety-side-effects.
      p(/(?:疤痕|瘢痕|留疤|疤)\s?[?？]\s?(?:根本|完全|统统|压根)?(?:不存在|没有|不会有?|零|无)(?:的|滴|哒|啦|哦)?(?=[!！。,，~～…\s]|$)/),
      // Round one hundred and twenty-six (batch JB): 能否 / 是否 / 能不能 right before the denial asks whether (术后能否完全不留痕迹与体质有关):
      // the sentence leaves it open; 看不出 also takes the small words of a mark (看不出一点印子, 看不出任何印记).
      p(/(?<![会能有])(?<!(?:能否|是否|能不能|会不会|可否)(?:完全|彻底|一点)?)(?:不会?|无|零|没有|绝不|决不)(?:任何)?(?:留下?|遗留|形成|出现)?(?:任何)?(?:疤痕?|瘢痕|痕迹?|印记|色沉|色素沉着)(?!体质)|看不出(?:任何|一点|半点)?(?:痕迹|疤痕?|瘢痕|印子|印记|印儿)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|不留疤|无疤(?!痕?体质)|无瘢痕(?!体质)|零疤痕|无痕(?:修复|治疗|祛白)?/),
      // Round one hundred and twenty-six (batch JB): the pit or the mark a removal leaves, denied with 不留 (点完不留坑, 祛完不会留下印子): a mole, a
      // spot or a scar clinic's way of saying no scar; 没有坑 alone is said of a road too, so only 留 is read, and a question asks.
      p(/(?:不会?|绝不|决不|保证不)(?:再)?(?:留下?|遗留)(?:任何|一点|半点)?(?:小|凹)?(?:坑|凹坑|印子|印儿)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round ninety-five (batch GS): the scar denied down to the least of it (术后不留一点疤痕, 不会留下一丝疤, 没有半点瘢痕); only the scar words,
      // since 没有一点痕迹 is said of a wiped table too.
      p(/(?<![会能有])(?:不会?|无|零|没有|绝不|决不)(?:留下?|遗留|形成|出现)?(?:一点|一丝|半点|丁点|一点点)(?:儿)?(?:的)?(?:疤痕?|瘢痕)(?!体质)/),
    ],
    negation: 'claim',
    examples: {
      bad: [{ text: '祛痘印做完不会留坑，放心约', type: 'ad' }, '激光祛老年斑，好了以后看不出任何印记', '点掉的瘊子连个印儿都不会留', '痣激光打掉后连个疤都没有', "点痣掉痂后一点印子都看不到", { text: "冷冻祛疣，伤口愈合后一点疤都看不出来", type: 'ad' }, { text: "祛痣后不会留下一丝疤，放心", type: 'ad' }, "激光祛疤后皮肤没有半点瘢痕",  "做完完全看不出来做过，一点痕迹都不会留！", {"text": "术后根本看不出动过刀", "type": "ad"},'留疤？完全不会！', '表皮移植不留疤', '治疗后不会留下任何疤痕', '微针无痕修复白斑', '激光祛白，零疤痕'],
      ok: ['做完会不会留坑？', '祛斑后是否完全不留痕迹，和肤质、护理都有关', '切口刚拆线时看不出印子吗？要过两周才明显', '点掉的痣连个印儿都不会留吗？', '瘊子点掉后可能会留个浅印儿，慢慢会淡', "擦拭后桌面上一点痕迹都看不出来", "伤口好了以后能不能一点痕迹都看不出来，要看体质", "伤口好了以后一点痕迹都看不出来吗？", "不能保证不留一点疤痕，瘢痕体质要提前告知医生", "伤口恢复后可能会留一点疤，属于正常现象", "做完会不会留一点疤？",  "擦拭后桌面上一点痕迹都不会留，消毒液要按比例稀释", "术后早期能看出做过手术，三到六个月红肿会慢慢消退",'做完会不会留疤？', '瘢痕体质的人不适合做表皮移植', '不能保证完全不留疤，具体需要医生评估', '抓挠可能留下色素沉着'],
    },
  },
  {
    id: 'safety-natural',
    category: 'safety',
    title: '“纯中药”“纯天然”“天然无害”',
    basis: BASIS.natural,
    message: '用“纯中药”“纯天然”“绿色疗法”暗示没有风险，属于安全性断言；中药和植物成分同样可能引起过敏和不良反应。',
    suggestion: '写明具体成分或药名和可能的不良反应，不以“天然”“中药”作为安全的理由。',
    levels: levels('EEEE'),
    patterns: [
      // Round fourteen: natural origin given as the reason for safety (中药取自天然植物，药性温和; 提取自天然草本，安全无刺激).
      // Round twenty-six: natural origin with no noun, then safety in the next breath (源自天然，安全无害).
      p(/(?:取自|来自|来源于|源于|源自)(?:纯)?(?:天然|大自然)(?=[,，、]?[^,，。;!?]{0,6}?(?:安全|无害|无毒|温和|放心|不伤|无刺激|无副作用))/),
      p(/(?:取自|来自|来源于|提取自|萃取自|源自)(?:纯)?(?:天然|野生)(?:的)?(?:植物|草本|草药|药材|中草药|成分)[^。;!?]{0,10}?(?:温和|安全|无毒|无害|放心|不伤|无刺激|无副作用)/),
      // Round thirty: being natural given as the reason (中药是天然的，所以比西药安全得多).
      p(/(?:是|属于|都是|来自)(?:纯)?天然的?[^。;!?]{0,4}?[,，]?\s?(?:所以|因此|因而|故而?|自然|当然|肯定)[^。;!?]{0,10}?(?:安全|无害|无毒|温和|放心|不伤|没(?:有)?(?:副作用|毒性?|害处|伤害))/),
      // Round forty-two (batch CA): 纯自然, a replacement tool's 纯天然 (本品提取自天然植物，纯自然无伤害), and natural said to do no harm
      // (天然无伤害, 自然无刺激); 纯自然分娩 and 纯自然受孕 are births, not products.
      p(/纯自然(?!分娩|受孕|怀孕|生产|顺产|妊娠|景|风光|环境)|(?:天然|自然)(?:的)?(?:无伤害|无损伤|无刺激|零伤害|零刺激|不伤身)/),
      p(/纯中药|纯天然|天然无害|天然无毒|纯植物|植物(?:提取|萃取)[^,，。]{0,4}无(?:刺激|毒|副作用)|绿色(?:疗法|治疗|药物)|草本(?:无毒|无害|安全)|中药(?:无毒|无副作用|更安全|没有副作用|安全无害)/),
      // Round one hundred and twenty-four (batch IX): all of it herbal, then the reassurance (全是草本提取，老人放心用; 都是植物成分，孕妇也安全): natural origin
      // as the reason for safety without the word 天然; a caveat after it (也可能过敏) is let through by refine().
      p(/(?:全是|全都是|都是|全部是|全为|全部为|百分百|百分之百)(?:纯)?(?:草本|植物|中草药|草药|药草)(?:的)?(?:提取|萃取|精华|成分|配方|原料)?(?:的)?[,，]?[^,，。;!?]{0,6}?(?:放心|安全|无害|无毒|温和|不伤|无刺激|没(?:有)?(?:副作用|害处))/),
      // Round eighteen: no chemistry at all offered as the reason for safety (不含任何化学成分，吃了不伤胃, 零化学添加).
      p(/(?:不含|不添加|没有|无|零)(?:任何)?(?:化学|化工|人工合成|合成)(?:成分|物质|添加剂?|药物|原料)|零(?:化学|化工)添加/),
    ],
    negation: 'claim',
    hedge: false,
    // Round ninety-nine (batch GZ): natural said to need care all the same (纯天然的食材也要洗干净再吃; 纯中药也可能伤肝): the sentence refuses the
    // reading that natural is safe.
    // Round one hundred and fourteen (batch ID): the caveat may follow after a comma (标着“纯天然”的东西，也可能让人过敏; 纯天然成分，同样也可能引起过敏).
    refine: (c) => !safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart) && !caseLabelQuoted(c) && !/^(?:的)?[^,，。;!?]{0,6}?(?:[,，]\s?)?(?:同样|照样)?也(?:要|得|需|需要|可能|不能|不是|不一定|别|未必|应该?注意)/.test(c.norm.slice(c.end, c.end + 14)),
    examples: {
      bad: ['这款面霜纯天然，宝宝也能用', '纯天然的草本配方，孕妇也能用', { text: '患者询问后，告知本院的“纯中药”方剂可长期服用', type: 'case' }, "本品提取自天然植物，纯自然无伤害", { text: "纯自然配方，宝宝放心用", type: 'ad' }, { text: '我们的“纯中药”减肥茶很受欢迎，多喝也不伤身', type: 'ad' }, "这些草药都是天然的，所以长期喝也无害", { text: '源自天然，安全无害，敏感肌也能用', type: 'ad' }, '纯中药配方，安全无毒', '天然无害的植物疗法', '纯植物提取，温和无刺激', '与西药不同，中药取自天然植物，药性温和', '本品提取自天然草本，安全无刺激', { text: '不含任何化学成分，吃了不上火不伤胃', type: 'ad' }, '零化学添加的草本足浴包', '这款膏药都是植物成分，孕妇也安全'],
      ok: ['纯天然成分，同样也可能引起过敏', '写着“纯中药”的药酒，也要按量喝', '纯中药也可能伤肝，要定期查肝功能', '纯植物的东西也不能多吃', { text: '患者长期外用“纯天然”祛斑膏，停用后面部红斑加重', type: 'case' }, '“纯植物就不伤身”的说法并不科学，植物成分也可能致敏', "我们尊重产妇意愿，支持纯自然分娩，必要时由医生评估是否需要干预", "天然不等于无害，植物成分同样可能引起过敏", '网上热卖的“纯植物”祛斑膏多含有激素，长期用可能导致皮肤变薄', '某款号称“纯中药”的降糖胶囊被检出非法添加格列本脲，千万别买', "很多人觉得中药是天然的，所以一定安全，其实部分中药有肝毒性", '茶多酚来自天然茶叶，安全性仍需更多研究', '本品成分源自天然植物，但仍可能引起过敏', '“纯天然”不等于安全，中药也可能有不良反应', '中药治疗也需要在医生指导下进行', '天然保湿因子是皮肤屏障的重要组成', '很多人以为纯中药就一定安全，其实不少中药也有毒性', '青蒿素提取自天然植物黄花蒿，是治疗疟疾的重要药物', '所有药物都是化学物质，宣称“不含化学成分”的说法并不科学', '很多人以为不含化学成分就安全，其实植物本身也含有毒成分', '全是草本提取的药膏，也可能让老人皮肤过敏'],
    },
  },
  {
    id: 'safety-no-hormone',
    category: 'safety',
    title: '“不含激素”“无依赖”',
    basis: BASIS.safety,
    message: '“不含激素”“无依赖”常被用来暗示安全、可以长期使用；是否属实要以药品说明书为准，且不含激素不等于没有不良反应。',
    suggestion: '核对药品说明书后，写明药物类别（如“属于钙调磷酸酶抑制剂，不属于糖皮质激素”）和需要注意的不良反应，不据此承诺可以长期使用。',
    levels: levels('WEEW'),
    // Round twelve: no drug resistance or addiction either (无依赖性、无耐药性).
    // Round twenty-one: the zero as a digit (０激素 ０依赖, folded to 0激素 0依赖) or a word (零依赖).
    // Round forty-two (batch CA): dependence denied with the person between (吃多久都不会让人产生依赖, 不会使孩子形成药物依赖) or as
    // addiction (不会上瘾).
    // Round one hundred and twenty-three (batch IV): none put in, said with 掺 / 加 (皲裂膏里头一点激素都不掺; 半点激素也没加): the same denial as 不含.
    patterns: [p(/不(?:会|易)?(?:让|使|令)(?:人|您|你|孩子|患者|宝宝|老人)?(?:产生|形成|出现|有)(?:任何)?(?:药物)?(?:依赖|耐药|成瘾|药瘾)|(?:绝不|决不|不)会(?:上瘾|成瘾)/), p(/(?<!有)无激素|不含(?:任何)?激素|零激素|零依赖|(?<![\d.])0\s?(?:激素|依赖)|不添加激素|无(?:依赖|耐药|成瘾)性?|不(?:会)?产生(?:依赖|耐药|成瘾)|没有(?:任何)?(?:依赖|耐药|成瘾)性|(?:没有|不含)(?:一点|一丝|丝毫|半点)(?:的)?激素|(?:一点|一丝|丝毫|半点)(?:的)?激素(?:都|也)(?:没有|没|不含|不掺|没掺|不加|没加|不添加|没添加)/)],
    negation: 'claim',
    // Round sixty-seven (batch EO): the claim as a belief corrected or a label trusted and then corrected (家长看到说明书写着“不含激素”就放心用，
    // 其实…), as for the other safety claims.
    refine: (c) => !safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart) && !caseLabelQuoted(c),
    examples: {
      bad: [{ text: '我们家这款祛红霜标着“不含激素”，被问了无数次，放心用', type: 'ad' }, '咱这药膏半点激素也没加', "我们的药膏不含激素，看清成分表就知道了", { text: '复诊时嘱继续使用本院“不含激素”的自制软膏', type: 'case' }, { text: '顾客看到本品标签写着“不含激素”都放心买，宝宝面霜首选', type: 'ad' }, { text: "与安眠药不同，这套方案吃多久都不会让人产生依赖", type: 'institution' }, { text: "这款止咳糖浆孩子长期喝也不会上瘾", type: 'ad' }, { text: '抗敏修护喷雾 ０激素 ０依赖，敏感肌可以天天用', type: 'ad' }, '这款面霜零依赖，停用也不反弹', '本品可长期服用，无耐药性', '此药没有依赖性，可以长期吃', '这款药膏不含激素，可以长期使用', { text: '无激素、无依赖，安心使用', type: 'ad' }, { text: '百分百纯天然草本，没有一点激素', type: 'ad' }, '这款药膏一点激素都没有'],
      ok: ['有些号称“零激素”的祛红霜被抽检出氯倍他索，选购要认准批准文号', '网上说一点激素都不加的药膏，有的被查出非法添加，别轻信', "标着“纯中药、不含激素”的祛痘膏，也要看清说明书再用", { text: '患儿外用网购“不含激素”的湿疹膏两月，检测含氯倍他索', type: 'case' }, '有的老人看到瓶子上印着“无依赖性”就天天吃，其实这类助眠药同样要遵医嘱减量', "长期服用安眠药可能会让人产生依赖，应在医生指导下逐步减量", "镇痛药是否会成瘾，取决于药物种类和用法，请遵医嘱", '泼尼松从每天10毫克逐步减到0，依赖激素的时间越短越好', '是否含有激素，请看药品说明书', '激素类药物需要在医生指导下使用', '宣称一点激素都没有的药膏，有的被检出非法添加，要警惕'],
    },
  },
];
