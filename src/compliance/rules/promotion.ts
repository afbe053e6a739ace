import type { Rule, RuleContext } from '../types.js';
import { BASIS } from './basis.js';
import { CALLED } from './persons.js';
import { levels, MESSAGE_BOX_LABEL, MESSAGE_BOX_STORY, MESSAGE_REQUEST, MESSAGE_RESULT, p, promisedElsewhere, RANKED_NOT_CLINIC, ranksDiseases, ranksTopics, warnedBefore, whoeverPromisesWarned } from './util.js';

/** Words in quotation marks (normalised text): mentioned, not said in the writer's own voice. */
const QUOTED_WORDS = /[“「『][^“「『”」』]*[”」』]/g;

/** The sentence warns about the thing it names (偏方可能延误治疗): the term is the subject of a warning. */
/** A remedy spoken of as an exhibit, history, a research object, a fraud or the cause of harm. */
// Round sixty-three (batch EF): a name it was once given, then a turn (曾被称为“神药”，但如今…; 曾经被奉为秘方，然而…).
// Round sixty-nine (batch ER): a remedy told as the harm it did to the one who used it (我妈用土方泡脚，结果起疱感染了; 用偏方敷脸，结果过敏住院).
// Round ninety-five (batch GS): a history taken in a case note, the remedy once used and a laboratory finding after it (患者自述曾服用“祖传
// 秘方”药丸半年，肝功能异常; 曾外用某家传药膏，肾功能受损): the harm recorded, as 结果…过敏 is.
// Round ninety-six (batch GU): the sample sent off or tested and found to hold a drug not on the label (送检提示含格列本脲成分, 化验含西布曲明):
// the remedy is shown up as adulterated, as 检测含激素 already was; 检测不含… is the seller's reassurance and is not read.
const SECRET_AS_HISTORY =
  /曾(?:经)?被?(?:称为|誉为|叫做|视为|奉为|当作|当成|捧为)[“"「『]?[^”"」』,，。]{1,8}[”"」』]?[^。;!?]{0,4}?[,，]\s?(?:但|可是?|然而|不过)|(?:在古代|古时候|旧时|过去|历史上)[^。;!?]{0,20}?(?:如今|现在|今天|现代)[^。;!?]{0,10}?(?:必须|要求|不再|已经|需要|应当|有了|改为|改由|都要|须经)|(?:电视|宫廷|古装|武侠)剧|剧(?:里|中)|小说里|编剧|虚构|博物馆|展出|展览|展品|文物|医学史|历史展示|史料|(?:介绍|讲讲|了解|讲述)[^,，。;!?]{0,4}?(?:历史|文化|渊源)|不涉及(?:任何)?(?:治疗|诊疗|用药)|研究价值|档案|医药史|医学史料|图书馆|馆藏|藏于|档案馆|出土|考古|已知有毒|有毒|满月脸|(?:检测|送检|化验|检验|抽检|鉴定)[^。;!?]{0,6}?(?<![不无未])含有?[^。;!?]{0,4}?(?:激素|地塞米松|泼尼松|重金属|西药|化学药|格列本脲|格列齐特|二甲双胍|西布曲明|酚酞|西地那非|非法添加|违禁成分)|骗取|诈骗|行骗|拘留|查处|罚款|(?:后|之后)[^。;!?]{0,6}?出现[^。;!?]{0,8}?(?:皮炎|过敏|溃烂|损伤|感染|中毒)|(?:导致|引起|引发|造成)(?:了)?[^。;!?]{0,8}?(?:皮炎|过敏|溃烂|损伤|感染|中毒|灼伤)|(?:结果|没想到|谁知|不料)[^。;!?]{0,6}?(?:过敏|溃烂|烂脸|感染|中毒|灼伤|起疱|住院|进了?医院|送医|急诊|更严重|加重)|曾[^,，。;!?]{0,6}?(?:服用|口服|内服|使用|外用|涂抹|外敷)[^。;!?]{0,30}?(?:肝功能|肾功能|转氨酶|肌酐|尿蛋白|血钾|凝血|血常规)[^,，。;!?]{0,4}?(?:异常|升高|偏高|受损|损害|损伤|超标)/;
/** The reader sent to their own doctor or pharmacist first (请先问问您的医生): a warning, read so by WARNS and ENDORSEMENT_EXPOSED alike. */
// Round ninety-eight (batch GY): or told to ask more or again (买之前多问问医生, 用前再问一下药师), as 先 does.
const ASK_OWN_DOCTOR = /(?:先|多|再|最好)(?:问问|问一问|问过|问一下)(?:您的|你的|自己的)?(?:医生|药师|大夫|主治医生)|先(?:咨询|请教)(?:一下)?(?:您的|你的|自己的)(?:医生|药师|大夫|主治医生)/;
// Round forty-five (batch CJ): harm the remedy may do to the skin (可能刺激皮肤, 容易灼伤) warns as 可能导致 does.
// Round eighty-eight (batch GE): the prohibition on rash use in Cantonese 唔好 and Sichuanese 莫 too (网红推荐嘅偏方唔好乱试, 莫乱吃).
// Round ninety-five (batch GR): 尝试 / 试用 / 服用 as the verb told not to be done lightly (偏方…不要随便尝试), as 试 and 吃 are.
// Round ninety-six (batch GT): the reader sent to their own doctor first (偏方…请先问问您的医生), as ENDORSEMENT_EXPOSED reads it.
const WARNS = new RegExp(`${ASK_OWN_DOCTOR.source}|${/延误|耽误|危害|风险|不可靠|没有(?:任何|可靠的?|科学|足够的?|充分的?){0,2}(?:依据|根据|证据)|缺乏(?:可靠的?|科学)?(?:依据|证据)|并无(?:依据|证据)|不科学|加重|上当|受骗|警惕|慎用|不建议|不可信|未经验证|没有经过验证|没有验证|未经证实|盲目|来路不明|来源不明|不要(?:轻信|相信|购买|服用)|(?:不要|别|不能|唔好|莫|勿)再?(?:乱|随便|轻易|盲目)?(?:用|吃|喝|涂|试|抹|擦|尝试|试用|服用)了?(?=[,，。;!?]|$)|(?:更|越来越|反而)(?:加)?严重|正规(?:医院|医疗机构|机构|医生|诊所)(?:都|是)?(?:不会|从不|不可能|绝不)|谨慎|请勿|切勿|千万(?:别|不要)|(?:会|可能|容易|易)(?:引起|导致|造成)|(?:会|可能|容易|易)(?:刺激|损伤|伤害|灼伤|烧伤|腐蚀|烫伤)|(?<![不无零])含有?激素|重金属|不一定(?:安全|有效|可靠|靠谱)|被查出|检出|非法添加/.source}`);

/** Round forty-five (batch CI): the clinic's own treatment said to be put first by a panel, a consensus or a guideline. */
const OWN_PUT_FIRST = /(?:本院|我院|我们|本中心)的?[^。;!?]{0,16}?(?:被|获)[^。;!?]{0,16}?(?:推荐|列为|认定|评为)为?[^。;!?]{0,10}?(?:首选|首推|最佳|金标准|唯一|第一)/;
/**
 * Round fifty (batch CX): a recommendation answered by a doctor's warning in the same sentence (不少博主推荐各种祛痘产品，皮肤科医生提醒：
 * 来源不明的产品可能加重痤疮) is reported in order to warn against it.
 */
export const DOCTOR_WARNS = /(?:医生|医师|大夫|专家|药师)(?:特别|再次|也|在此)?(?:提醒|提示|警告|告诫)/;
/** An endorsement shown up as paid, staged or unlawful: the sentence exposes it, it does not use it. */
// Round ninety-six (batch GT): the recommended product said to contain a laxative, a steroid or another hidden drug as a rule, or to harm the body
// (网红推荐的减肥茶常含泻药成分，长期喝伤身体): the endorsement is named to warn against it. So is the reader sent to their own doctor first (看到
// 明星推荐的偏方，请先问问您的医生): 咨询我们的医生 is the clinic's own offer and is not read.
/** Round ninety-eight (batch GY): a case note's history told by the patient or the family (患者诉, 自述, 家属代诉): what they saw or bought is recorded. */
export const CASE_HISTORY_TOLD = /患者(?:自述|自诉|诉|称)|家属(?:诉|称|代诉)|自述|自诉/;
// Round one hundred and twelve (batch HZ): the reader told to check the approval number first (明星代言的药膏也要看批准文号): a consumer's caution.
// Round one hundred and fifteen (batch IG): told with 先 alone (明星推荐的祛疤膏，先看有没有批准文号; 网红推荐的药膏先查批准文号); the clinic's own product
// (我们的祛疤膏明星都推荐，先看批准文号就知道正规) is still read, as the callers ask for no 我们 in the sentence.
// Round one hundred and fifteen (batch IF): or the recommended thing said to be of no use, with 并 / 根本 / 其实 (明星推荐的祛斑霜，对老年斑并没有用;
// 网红推荐的神药根本不管用): the endorsement is named to be dismissed; 没用过 is not read, and 我们 / 本院 in the sentence keep it (the callers' test).
export const ENDORSEMENT_EXPOSED = new RegExp(`${ASK_OWN_DOCTOR.source}|${/(?:常|多|往往|大多|普遍|通常|经常|不少|有些|有的|部分|一些)(?:都)?(?:(?:偷偷|私自|违规|暗中)(?:地)?)?(?:含|含有|添加(?:了)?|加(?:了|有)|掺(?:有|了)?)[^,，。;!?]{0,4}?(?:泻药|激素|西药|违禁|重金属|汞|铅|利尿剂|安眠药|兴奋剂|西布曲明)|(?<!不|不会|无|没)伤(?:身体|身|肝|肾|胃)|违反(?:了)?[^,，。;!?]{0,4}?(?:广告法|规定|法律|法规)|付费推广|软广|广告植入|广告费|推广费|摆拍|托儿|雇人|花钱请|其实是|其实只是|非法添加|违法添加|可能(?:添加|含有|掺有)|看清(?:成分|配料|标签|说明)|被?检出|不能当作|不能作为|不能说明|不能证明|没有任何意义|查处|罚款|(?:(?:也|都|还|先)?(?:要|得|需要|应该|应|请)(?:先)?|先)(?:看|查|核实|核对|认准|查验|看清)(?:一下|清楚)?(?:有没有|是否有|有无)?(?:批准文号|批文|国药准字|注册证|备案号)|(?:并|根本|其实|压根|完全)(?:就)?(?:没有?(?:什么)?用(?!过)|不管用|没(?:有)?(?:什么)?效果|不起作用|(?:不能|不会|无法|没法)(?:治疗|治好|治愈|根治|改善|祛除|去除))|(?:先|买前|用前|买之前|用之前|下单前)[^,，。;!?]{0,3}?(?:看|查|问|核对)(?:一)?(?:看|查|问)?[^,，。;!?]{0,6}?(?:成分|配料|批准文号|批文|国药准字|注册证|备案|资质)|(?:没有|没|无)[^,，。;!?]{0,4}?(?:批号|批准文号|批文|国药准字|注册证|备案号)/.source}`);

// Session forty-five (first-run false alarms of nine authors in the last thirty-two batches), in the test above: some of the recommended products
// said to hold a hidden drug, even slipped in (不少加了激素; 很多偷偷加了激素), as 常含 is; the product said to be unable to treat (并不能治疗白癜风), as
// 并没有用 is; the buyer told to look at the ingredients or the licence before buying (买前先看成分; 先查查有没有医疗器械注册证); and the product said to
// have no approval number (这类产品多数没有药品批号).

/** The clinic or the shop as the one speaking: an endorsement of ours stays read however it is framed. */
export const OWN_SELLER = /本院|我院|我们|本店|本中心|这家|咱们?(?:家|店)/;
/** The reader told, first thing after the question, to check the product or ask before buying it. */
const CAUTION_FIRST = /^\s?(?:[^,，。;!?]{0,8}?(?:之前|以前|前)[,，]?\s?)?(?:最好|务必|一定|还是|得|要)?先(?:查(?:一)?查|查一下|查看|看(?:一)?看|看清|核实|核对|确认|问问|问一下|咨询)|^[^,，。;!?]{0,8}?看清楚?(?:了)?(?:再|才)(?:买|用|下单|入手|决定|选|购买|考虑)|^\s?(?:别急|先别|慎买|谨慎)/;
/**
 * Session forty-five: a famous person's product raised in a question of its own, then the reader told at once to check it or ask first (明星同款
 * 祛疤贴？买之前先查查有没有注册证; 明星同款祛疣笔？先问问医生再说; 明星同款脚气喷雾？成分表看清楚再买): the question brings the product up in order to
 * warn. 我们 / 本店 in either sentence (明星同款祛疤贴？本店有售，先看看价格) keeps the endorsement read.
 */
export function askedThenCautioned(c: RuleContext): boolean {
  if (!/[?？]\s*$/.test(c.sentence)) return false;
  const from = c.sentenceStart + c.sentence.length;
  const next = /^[^。;!?\n]*/.exec(c.norm.slice(from, from + 40))![0];
  return (ENDORSEMENT_EXPOSED.test(next) || CAUTION_FIRST.test(next)) && !OWN_SELLER.test(c.sentence + next);
}

/**
 * Round fifty-five (batch DK): what the term names is disowned right after it, the closing quotation mark aside (所谓本院“治疗前后对比图”
 * 并非我院发布; 您问的“推荐官”活动我们从未举办过; 这组对比照不是本院制作的): the clinic denies having made or held it.
 */
// Round one hundred and one (batch HE): or a quoted endorsement closed and the clinic saying after the comma that no doctor endorses it (网传“教授推荐”，
// 本店没有任何专家背书); “主任推荐”，我们的护腰卖得很好 disowns nothing.
const DISOWNED_AFTER = /^[”"」』]?[^,，。;!?]{0,6}?(?:并非|不是|并不是|绝非|非)(?:由)?(?:我院|本院|我们|本中心|本诊所|本店)(?:所|官方)?(?:发布|制作|发出|所发|出品|授权|拍摄|举办|推出)|^[”"」』]?[^,，。;!?]{0,6}?(?:我院|本院|我们|本中心|本诊所|本店)?(?:从未|从来没有?|并未|未曾|不曾|没有)(?:举办|开展|设立|发布|推出|聘请|邀请|搞|发过|做过|拍过)|^[”"」』][,，]\s?(?:我院|本院|我们|本中心|本诊所|本店)(?:从未|从来没有?|并未|未曾|不曾|没有)(?:任何|请过|找过)?(?:医生|专家|医师|教授|名人|明星)(?:为我们|给我们|为本店)?(?:代言|背书|站台|推荐)/;

/** Round thirty-seven (batch BL): what was heard is found false (根本没有这回事, 是谣言, 别被营销号骗了). */
const HEARSAY_DEBUNKED = /没有这回事|没这回事|子虚乌有|谣言|辟谣|不实(?:消息|信息|传言)?|查无此事|查不到|是假的|假消息|(?:别|不要)被[^,，。;!?]{0,6}?骗/;

/** The clinic admits to the same limit as the others it names (我院也一样, 我们同样做不到). */
const WE_TOO = /(?:我们|本院|我院|本中心)(?:也|同样|一样)(?:一样|需要|要|做不到|不能|没有|无法|达不到)/;

/**
 * Round twenty-one: a promotion named in order to warn about it (小心“免费体检”陷阱) or in a list the clinic disowns (我院不设任何形式的
 * 介绍费、返利或抽奖), not offered.
 */
function promoDisowned(c: { norm: string; start: number; sentence: string; sentenceStart: number }): boolean {
  const own = /本院(?!不)|我院(?!不)|我们(?!不)|本中心(?!不)|本店/;
  // Round forty-five (batch CJ): an offer sent by someone posing as the clinic (有人冒充本院发“免费治疗”红包链接，请勿点击) is a fraud warned about.
  if (/(?:冒充|假冒|冒用|冒名|仿冒|伪装成)[^,，。;!?]{0,4}?(?:本院|我院|我们|本中心|本诊所|医院|诊所|医生|客服)/.test(c.sentence) && /请勿|切勿|不要|别|谨防|小心|警惕|提醒|以[^,，。;!?]{0,6}为准/.test(c.sentence)) return true;
  if (/陷阱|套路|骗局|噱头|幌子|小心|警惕|谨防|当心/.test(c.sentence) && !own.test(c.sentence)) return true;
  // Round eighty-one (batch FP): an offer in quotation marks that the reader was then sold to or may complain of (发现“免费检查”后被推销高价疗程，
  // 可拨打12315投诉; 参加“免费筛查”后被推荐购买保健品): a trap reported, not the clinic's own offer.
  // Round ninety-eight (batch GY): or that drew the patient in, told in a history (患者称受“限时免费体检”宣传吸引前来).
  if (/[“"「『‘][^”"」』’]{1,10}[”"」』’]/.test(c.sentence) && /被(?:推销|推荐(?:购买|买|办)|诱导|骗|忽悠|坑|强制消费)|投诉|举报|维权|12315|(?:受|被)[^,，。;!?]{0,16}?(?:宣传|广告|传单)(?:所)?(?:吸引|诱导|误导|影响)/.test(c.sentence) && !own.test(c.sentence)) return true;
  // Round thirty-six: a promotion named to doubt it (打折的医美项目并不一定划算，选择时应优先考虑机构资质).
  if (/(?:不一定|未必|并不|不见得|并非)(?:就)?(?:划算|实惠|便宜|省钱|值得|靠谱|可靠)|(?:优先|更应|首先)(?:考虑|关注|看重|核实|查看)[^,，。;!?]{0,6}?(?:资质|执业|医生)/.test(c.sentence) && !own.test(c.sentence)) return true;
  // 很多药店搞“买二送一”，但…: another trade's promotion, reported.
  if (/(?:很多|有些|一些|不少|某些|部分)[^,，。;!?]{0,6}?(?:药店|机构|商家|诊所|医院|美容院|门诊|平台)[^,，。;!?]{0,4}?(?:搞|打着|推出|宣传|用|靠)/.test(c.sentence) && !own.test(c.sentence)) return true;
  // Round seventy-nine (batch FM): a shop's promotion confined to everyday goods (传单上的“买一送一”只适用于日用品，处方药不参加): no
  // medicine, examination or treatment is offered; one that names a treatment or a course (仅限日用品和祛痘疗程) is still read.
  if (/(?:只|仅)(?:适用于|限于?|针对|用于)[^,，。;!?]{0,6}?(?:日用品|生活用品|非药品|百货|日化用品|洗护用品)/.test(c.sentence) && !/疗程|治疗|检查|诊疗|手术|项目|药膏|药品(?![^,，。;!?]{0,6}?不)/.test(c.sentence)) return true;
  // Round forty-four (batch CE): gifts and red envelopes refused (医院不接受患者赠送的锦旗、红包和礼品; 谢绝红包).
  return /(?:不设|不搞|不开展|不举办|不提供|不以|不用|从不|从未|杜绝|禁止|严禁|拒绝|不得|不存在|没有|并无|不含|未开通|未开展|不接受|不收受?|拒收|谢绝|婉拒)(?:以)?(?:任何)?(?:形式的?)?[^。;!?,，]{0,16}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 24), c.start));
}

/**
 * Round twenty-seven: the clinic says it does not publish testimonials or before/after photos (本网站不发布患者评价、感谢信或治疗前后
 * 对比照片; 本院官网不展示任何患者评价): the text just before the term.
 */
const TESTIMONY_DISOWNED = /(?:不|从不|不会|绝不|禁止|严禁|不得|不再|拒绝)(?:在[^,，。;!?]{0,10}?)?(?:对外)?(?:展示|发布|刊登|张贴|公开|使用|悬挂|收集|征集|刊发|转载|放|放置|摆放|上传)(?:任何|过)?(?:形式的)?[^,，。;!?]{0,14}$/;
/**
 * Round sixty-two (batch EE): testimonials the clinic says it has taken down (自查整改中删除了官网中含有患者证言和治疗前后对比照片的页面;
 * 已下架涉及患者感谢信的推文): the removal is reported, no patient's word is shown.
 */
const TESTIMONY_REMOVED = /(?:删除|删去|撤下|撤除|撤回|下架|清理|清除|屏蔽)(?:了|掉|掉了)?[^,，。;!?]{0,14}?(?:含有|包含|涉及|带有|使用|存在|有)?[^,，。;!?]{0,4}$/;

/** A link to a doctor's booking anchor or to a booking page. */
const BOOKING_LINK = /doctors\/[^)\s#]{1,100}#booking|booking|yuyue|appointment|guahao/;
const PATENT_NUMBER = /zl\s?\d{8}|zl\s?\d{4}\s\d\s\d{7}|专利号\s?[:：]?\s?(?:zl)?\s?\d{8}|\d{12}\.[\dx]/;
const PATENT_KIND = /发明|实用新型|外观设计/;

/** Another clinic or doctor, unnamed: 很多医院, 外面不少诊所, 一些所谓的专科医院, 别处, 同行. */
// Round forty-five (batch CJ): Cantonese 出面 (外面) before the clinic (出面啲診所), and the others in English with a space on either side
// (Other clinics 只会卖产品; some doctors 只识开激素), which normalize() leaves English.
// Round fifty-three (batch DE): the clinic next door or across the street named by 那家 / 这家 alone (隔壁那家用的都是过期药).
// Round fifty-five (batch DK): the clinic the reader went to, named by 那家 after it (您去的那家所谓专科医院, 你之前看的那家).
// Round sixty-two (batch ED): 同城任何一家医院 and 任何一家诊所 are the others too (我们比同城任何一家医院都有经验，疗效更胜一筹).
// Round seventy-two (batch EX): a clinic someone else in the thread named (楼上说的那家, 评论区提到的这家, 网友推荐的那家诊所): the forum reply's pointer.
// Round seventy-seven (batch FI): a franchise's pitch names the others as its competitors (竞争对手, 对手那些老牌连锁, 对手的门店).
// Round eighty-eight (batch GE): Sichuanese 别个 (别的) before the clinic (你去别个医院花几万).
// Round ninety-four (batch GQ): 别人家 alone as the other side of a contrast list (❌ 别人家：流水线接诊、过度检查 ✅ 我们：…), not 别人家的孩子.
// Round ninety-five (batch GS): the few words between the qualifier and the clinic do not run across a verb of saying into a quotation
// (有的广告说“别家诊所都是骗人的”: 有的 counts the ads, not the clinics; the quoted words are read on their own). 号称 or 自称 before
// a quoted label (那些号称“专科”的连锁机构) names the clinics themselves and is crossed.
// Round ninety-five (batch GS): a hands-on trade's shop named by its trade and a shop word (路边的推拿店, 街边牙所, 小区门口的艾灸馆), the trade
// and 店, 馆, 所 or 坊 in any pairing, as 按摩店 and 推拿馆 already were.
// Round ninety-eight (batch GY): another stall or shop at a fair or market (别的摊上的膏药, 隔壁摊子, 外面的药摊), judged like other clinics when a judgement follows.
// Round ninety (batch GH): other care homes too (其他养老院, 别家敬老院, 外面的月子中心), judged like other clinics when a judgement follows.
const OTHERS =
  /(?:竞争|竞品)对手|对手(?=们|那些|那几家|的?(?:医院|诊所|机构|门店|医生|品牌|连锁))|(?:你|您)(?:之前|以前|上次|原来|当初)?(?:去|看|找|跑|选)(?:过)?的(?:那|这)家|(?:楼上|楼下|楼主|层主|评论区|网友|有人|朋友)(?:说|提|问|推荐|讲|发)(?:的|到的|起的|过的)(?:那|这)家|(?:隔壁|对面|街对面|斜对面)(?:那|这)家(?![\u4e00-\u9fff]{0,2}?(?:店|馆|餐|饭|面|超市|银行|药店|药房|学校|幼儿园))|(?<![a-z])(?:other|some|many|most|those)\s?(?:clinics?|hospitals?|doctors?|dermatologists?|centres?|centers?)(?![a-z])|(?:出面|出边)(?:嗰|果)?(?:啲|的|嘅|d)?\s?(?:医院|诊所|机构|医生|门诊|专科|皮肤科)|(?:别人家的?|那(?:几|两|三|些)家|同类|同级|很多|不少|有些|有的|一些|某些|个别|许多|大多数|多数|国内多数|大部分|那些|其他|其它|别的|别家|外面的?|外地的?|市面上的?|网上的?|一般的?|普通的?|公立|私立|社区|外边的?|外头的?|传统|小|黑|隔壁|附近|周边|对面|街边|路边|街头|楼下的?|楼上的?|连锁|坊间|同城(?:的)?(?:任何|所有)|任何一家)(?:(?!(?:[说讲写道问]|(?<![号自堪俗])称)[:：]?\s?[“「『"‘])[^,，。;!?]){0,6}?(?:医院|诊所|机构|门诊|专科|医生|牙医|专家|大夫|名医|神医|同行|皮肤科|地方|西医|中医|作坊|工作室|理疗店|理疗馆|推拿馆|按摩馆|按摩店|养生馆|养生店|会所|美容店|美甲店|纹绣店|足疗店|眼镜店|配镜店|验光店|眼镜行|牙科|齿科|口腔|眼科|医美|整形|美容院|体检中心|师傅|连锁店|养老院|敬老院|护理院|养老机构|康养中心|月子中心|(?:推拿|按摩|理疗|正骨|针灸|艾灸|拔罐|刮痧|足疗|足浴|养生|美体|采耳|牙|养发|生发|防脱|头疗|护发|理发|纹身|文身|刺青|纹绣)(?:店|馆|所|坊)|发廊|摊(?:位|子|点)?|药摊|铺子|店铺)|连锁[^,，。;!?]{0,4}?品牌|那(?:里|儿|边)的(?:医生|大夫|专家)|外面(?:很多|不少|一些|有些|好多|大部分|大多)|(?:前面|之前|以前)(?:的|几家|那家|看的)(?:医院|医生|大夫|诊所)|(?:前面|之前|以前|此前|原来)[^,，。;!?]{0,4}?(?:就诊|看病|看过|去过|治疗|求医)的(?:那家|那几家|几家)?(?:医院|医生|大夫|诊所|机构)|别处|别家|别人家(?!的?(?:孩子|小孩|娃|宝宝|宝贝|姑娘|儿子|女儿|闺女|老人|父母|爸妈|妈妈|爸爸|老公|老婆|媳妇|家长|亲戚|狗|猫|事|房子|饭))|其他家|其它家|别的家|别个(?:医院|诊所|医生|大夫|机构|门诊|地方)|同行|小门诊|小诊所|外院|他院|人家医院|人哋|其他地方|其它地方|美容院|美容店|生活美容|综合医院|三甲医院|大医院|公立医院|其他机构|其它机构|同类机构|社区医院|县医院|卫生院|基层(?:医院|医生|大夫|医疗机构|诊所)|私人诊所|个体诊所|私立医院|民营医院|在外面|(?:网上|网购|市面上|外面)(?:买的|卖的|的)?[^,，。;!?]{0,6}?(?:霜|药膏|产品|精华|面膜|方案|疗法|项目|套餐|仪器)|市面上的?[^,，。;!?]{0,4}?(?:产品|药膏|仪器)|(?:外面|街边|路边|网上|附近|楼下)的?(?:药店|药房)|大三甲|(?:省|市)级(?:大)?医院|(?:北上广深?|一线城市|省城|大城市)的?(?:大)?(?:医院|三甲|专家|名医|医生)/;
/** A judgement of another clinic's competence, honesty or results. */
// Round seventy-two (batch EX): their equipment called old or worn (设备老化, 设备落后) and their doctors all fresh graduates or trainees.
// Round forty-five (batch CJ): Cantonese 净系识 / 只识 (只会) before what they only do (淨係識開類固醇).
// Round fifty-three (batch DG): the others called outsiders or swindlers outright (那些所谓的专科医生都是外行骗子, 外面的专家全是门外汉).
// Round sixty (batch DZ): the others said to waste the patient's money or order needless tests (只会让你花冤枉钱, 乱开检查单).
// Round seventy-seven (batch FI): their doctors called amateurs who drifted into medicine (半路出家), their treatment harmful and
// useless at once (有害无益, 有害且无效).
// Round eighty-six (batch FZ): the same judgement in English, the others said to be only after the patient's money or to rip them off
// (other clinics just want your money, those doctors rip you off).
// Round ninety-four (batch GQ): the others said to care only for selling (只管卖镜片, 只顾推销), to be unable to do their own trade (根本不会验光,
// 压根不会读片), to do the job with one perfunctory act (机器一打了事, 药一开了事), or to
// have learnt it in a crash course (速成班出来的, 培训几天就上岗); denied right before (并不是速成班出来的, 不会一推了事), they are not read.
// Round ninety-five (batch GS): their doctors or staff said to be too lazy to speak, explain or listen to the patient, or to answer as if
// they hardly cared (医生连话都懒得说, 大夫问两句就懒得解释, 护士爱答不理); a patient too lazy to come back (患者懒得复查) is not read.
// Round ninety-six (batch GU): the others said not even to have worked out the cause or finished their training (连病因都没搞清, 连规培都没完成过).
// Round ninety-six (batch GU): the others said only to push the symptom down (外面那些门诊开的药只是把症状暂时压下去); the symptom or the illness is named,
// so 把体温压下去 is not read, and the others must be named before it (激素药膏只是把炎症暂时压住 judges no one).
// Round ninety-six (batch GU): the others said to fall short of hygiene rules (街边牙科的器械消毒根本就不达标, 消毒不彻底); a consumer warning
// (个别诊所消毒不合格被通报，请查询资质) is let through by refine().
// Round ninety-six (batch GU): the others' doctors or staff said mostly to hold no licence (那些诊所的医生大多没有执业资格, 店员多半没有药师资格).
// Round ninety-eight (batch GY): the others said to fool people (外头那些养生馆的茶都是糊弄人的), their goods made of fillers (别家的膏药全是香精兑的),
// and their use a waste said with the verb doubled (贴了白贴, 喝了也白喝).
// Round one hundred (batch HC): the others said only to know the drip or the steroid (那里的医生就会开吊瓶, 只知道给人打点滴), unable even to read the
// pulse or the film (连脉都摸不准, 连片子都看不明白), or nine in ten of them said to botch it (十个有九个是瞎按); denied (不是只知道开吊瓶) they are not read.
// Round one hundred and sixteen (batch II): 有没有执业资质 asks whether (主要看医生有没有执业资质), it judges no one.
// Round one hundred and sixteen (batch II): a hair trade's shop named by its trade and a shop word (外面那些养发馆, 街边的头疗店, 楼下理发店, 发廊) and
// the shop downstairs or upstairs (楼下那家诊所) are others too; and the others' staff said in everyday words to have no licence (小诊所的植发师都是没证的,
// 那些店的师傅全是无证的): 没有执业资格 said plainly. 植发医生须持证上岗 calls no one unlicensed.
// Round one hundred and nineteen (batch IO): the others called amateurs in everyday words (街边纹身店兼职洗纹身的都是半吊子, 外面那些诊所的医生是二把刀) or
// said to be burning or ruining the reader's skin (小作坊那种洗纹身就是在烫你的皮); a tattoo shop is named by its trade and 店, 馆 or 坊 among OTHERS.
// Our own apprentice (我刚学那会儿也是半吊子) names no others and is not read.
const DISPARAGING =
  /半吊子|二把刀|三脚猫|(?:就是|纯粹是|简直是|等于是?|分明是)(?:在)?(?:烫|烧|毁|糟蹋|祸害|摧残)(?:你|您|人|顾客|客人)?(?:的)?(?:皮肤|皮|脸|手臂|胳膊)|(?:都是|全是|全都是|大多是?|基本都?是|多半是?|清一色)(?:没|无)(?:证|照|执照|证书|行医证)的|(?<!不|不是|并不是|并非)(?:只会|就会|只知道|就知道|光会)(?:给(?:人|你|您|病人|患者))?(?:开|打|挂|输)(?:吊瓶|点滴|吊针|激素|抗生素|消炎药|止痛药|止疼药)|连(?:脉|脉象|病因|片子|舌苔)都(?:摸|看|号|把|诊|查)不(?:准|明白|清楚?|懂|出来)|十个(?:里)?(?:有)?(?:八|九)个(?:都)?(?:是)?(?:瞎|乱|骗|假|外行|糊弄|坑)|(?:都是|全是|就是|纯属|净)?糊弄(?:人|患者|病人|顾客|老百姓|外行)|(?:全是|都是|就是|拿|用)?(?:香精|色素|淀粉|面粉|糖水|自来水|滑石粉)(?:兑|勾兑|调|掺|冒充|做)(?:的|出来|成)|(?:贴了(?:也)?白贴|喝了(?:也)?白喝|吃了(?:也)?白吃|涂了(?:也)?白涂|抹了(?:也)?白抹|泡了(?:也)?白泡|戴了(?:也)?白戴|扎了(?:也)?白扎|灸了(?:也)?白灸)|(?<!不|不是|不会|不能|没|没有|非)(?:只(?:管|顾)(?:着)?(?:卖|收钱|赚钱|推销|开药|开单|开检查|办卡)|一(?:打|开|推|贴|扎|切|刮|走|扔|签|交)了事|速成班|短训班|培训(?:几|两|三|[\d]+)(?:天|周|个月)就(?:上岗|上手|坐诊|开工|做))|(?:根本|压根)(?:就)?不会(?:验光|诊断|看病|治病|看片|读片|操作|配镜|用药|开药|分型|做手术|手术|沟通|解释)|(?:没|没有)(?:上过|读过|念过)(?:正规)?(?:医学院|医科大学|卫校)|(?<![a-z])(?:just|only)\s?(?:take|takes|want|wants|after|care about)\s?(?:your|the patient'?s|patients'?)\s?money|(?<![a-z])rip(?:s|ping)?\s?(?:you|patients|people)\s?off|半路出家|有害(?:且|又|而且|并且)?(?:无益|无效|没用)|(?:只会|就会|专门|净|尽)(?:让|叫|要)?(?:你|您|患者|病人|大家)?(?:多)?花冤枉钱|乱开(?:检查|化验)(?:单)?|(?:都是|全是|就是|全都是|根本是|纯属|统统是)(?:些|一群|一帮|一伙)?(?:外行|门外汉|骗子)|(?:净系|净|只)识(?:得)?(?:开|卖|收|做|讲|推|打|用|呃)|连[^,，。;!?]{0,10}?都不(?:知道|懂|会|清楚|了解)|连[^,，。;!?]{0,10}?都(?:没|没有)(?:搞清楚?|弄清楚?|搞明白|弄明白|查清楚?|问清楚?|看清楚?|完成过?|学完|读完|考过|考出来?|拿到)|(?:只|只是|只能|只会|不过是|无非是)(?:暂时|临时|一时)?(?:把|将)(?:症状|病情|炎症|皮疹|毛病)(?:暂时|一时)?(?:压下去|压住|盖住|掩盖住?)|(?:根本|压根|完全|全都|大多|多半|基本)(?:就|都)?(?:不达标|不合格|不合规)|消毒(?:不严|不彻底|不到位|不规范|很马虎|马马虎虎)|(?:大多|多半|多数|基本|全都|根本|压根)(?:都|就)?(?:没有|没|无|不具备|不具有)(?:执业|行医|药师|医师|从业|相关)?的?(?:资格|资质|执照)|敷衍了事|应付了事|草草了事|(?:几|三|两)句话就?打发|打发(?:病人|患者)|过期的?(?:耗材|材料|药|产品|假体|玻尿酸)|劣质|以次充好|翻新|后患无穷|出过[^,，。;!?]{0,4}?事故|出(?:了|过)?(?:医疗)?事故|兼职走穴|走穴|兼职(?:看诊|坐诊|出诊|看病)|(?:经验|水平|技术|能力)上?(?:的)?(?:差距|差别)(?:明显|很大|巨大|悬殊)|收费(?:不透明|不清不楚|不明不白)|过度(?:检查|治疗|医疗|用药)|只(?:开|给开|会开)(?:点|些)?(?:药|药膏|激素|膏药)|(?:出了?问题|出事)(?:都|也)?没人管|撒手不管|(?:花钱|雇)(?:请)?来的托|医托|(?:效果|疗效)(?:却|倒|也)(?:很|非常|极其|相当|实在)?(?:一般|平平|很差|差劲)|(?:收费|价格|要价)[^,，。;!?]{0,4}?(?:离谱|吓人|虚高)|(?:都|就|很)(?:可能|容易)(?:感染|出事|毁容)|分不清|设备陈旧|陈旧|不过关|不到家|不过硬|上一代|老一代|只花[^,，。;!?]{0,3}?分钟|三言两语就|问两句就(?:开|打发)|凑起来|只治(?:表面|症状|标)|只看表面|不懂|不会看|看不好|治不好|治坏|没效果|没有效果|不理想|白照|白花|冤枉钱|老旧|淘汰|落后|经验(?:确实|实在|明显|还是|真的|也|都)?(?:远远|还)?(?:不太|不大|不是很|不)(?:够|足)|水平(?:很|非常|极其|相当|比较|实在|真的|真是|太|也|都)?(?:有限|差|低|一般|参差不齐|不行)|(?:技术|医术|手艺|手法|能力)(?:很|非常|实在|真的|真是|太|也|都|根本|完全)?(?:不行|不过关|太差|很差|稀烂|一般般)|误差(?:很|太|比较|非常)?大|越戴[^,，。;!?]{0,4}?越(?:高|深|差|重)|参差不齐|不靠谱|不正规|不专业|(?<!有)没有(?:执业)?资质|连[^,，。]{0,6}都(?:没有|没几|不|分不清)|只想着?赚钱|只认(?:得)?钱(?=[,，。;!?、]|$|不)|认钱不认人|(?:就是|只是|无非是|都是)?想(?:多)?赚(?:你|您|患者|病人|顾客)的钱|(?:手术|治疗|种植|修复|矫正|整形|植发|移植|正畸)(?:都|也)?失败(?:的)?(?:患者|病人|案例|病例|顾客)|(?:手术|治疗|种植|修复|矫正|整形|植发|移植|正畸)(?:都|也)?失败(?:后|了)?(?:才)?(?:来|到|转(?:到|来|入)?)(?:我院|本院|我们|这里)|为了(?:赚钱|留住)|为了多?(?:赚|挣|捞|收)(?:点)?钱|随便(?:给|开|打|用|挂)|随意(?:给|开|打|用)|坑(?:你|您|患者|病人)|坑了(?:多少|无数|不少|很多|好多|一大批)(?:人|患者|病人|家长|孩子)|(?:诊断|方案|方法|思路|判断)(?:本身|根本|完全|压根)(?:就)?(?:是)?(?:错|不对)|认识(?:严重|明显|十分|非常|远远)?不足|粗暴|(?:就|便|没多久就?|不久就?|很快就?)(?:发黑|变黑|发黄|崩瓷|崩了|塌了|歪了|变形)|故意|拖长|只顾|不顾|不管|只会|只(?:能)?治标|靠(?:打|投)?广告|治标不治本|千篇一律|一刀切|误诊|耽误|延误|滥用|乱用|乱开|乱治|骗人|骗钱|坑人|宰人|宰客|忽悠|夸大|怎么可能(?:看好|治好|治得好)|几条街|割韭菜|智商税|交学费|实习生(?:水平|级别)|(?:都|全|基本都?)是实习生|白花钱|浪费(?:时间|钱)|走弯路|害人|害了|庸|副作用大|没时间|刚毕业|刚出(?:校门|学校)|毕业没(?:几年|多久)|(?:都|全|多半|大多)是新手|并不了解|一知半解|越治越|反而(?:扩散|加重|更重)|做不到|比不上|望尘莫及|不分期|不评估|不检查|骗了|被骗|不管用|不重视|越用越(?:糟|差|重|严重|多)|激素堆|全是激素|都是激素|只能压|压一压|哪有(?:时间|功夫|心思)|打发|敷衍|流水线|走过场|老方法|过时|还在用|揽客|包装成|离谱|哪会(?:用心|认真)|打着[^,，。;!?]{0,8}?(?:旗号|幌子)|在毁|毁(?:了)?(?:你|您)的|误诊率|没治好|治不好|方法不对|用到底|只会打广告|没(?:有)?经过?(?:正规|系统|专业)?(?:培训|训练)|全凭(?:感觉|经验|运气)|凭感觉|来路不明|水货|假货|劣质|山寨|杂牌|省成本|偷工减料|以次充好|乱收费|乱加价|乱加项|隐形消费|白做|等于白(?:做|打|花|治)|头痛医头|脚痛医脚|做坏|弄坏|做毁|整坏|流动性大|找不到人|谁(?:来)?负责|没人(?:管|负责)|跟不上(?:时代|潮流|形势|发展)|老掉牙|动不动就(?!被|会被)|动辄|(?:应付|敷衍|草草)了事|二手|翻新机|来源不明|搞营销|重营销|临时(?:拉|找|请|雇)来|走穴|实习生|冒充专家|仿冒|冒牌|只(?:是|能)?缓解一时|粗糙|越做越(?:差|糟|重|严重|黑)|只是治标|仅仅?(?:是)?治标|方法(?:根本|完全|压根)不对|不科学|低配|山寨版|阉割版|不过如此|顾不上|顾不过来|贪便宜|图便宜|偷工减料|隐形消费|二次消费|层层加价|看不到效果|见不到效果|不见效|不(?:愿意?|肯)(?:告诉|透露|说出)(?:你|您)|也就那样|(?:都是|全是|就是|不少是|很多是)(?:医)?托|医托|只看[^,，。;!?]{0,4}?不看|连[^,，。;!?]{0,10}?都(?:拿不稳|握不稳|打不好|看不准|用不好|不会用|找不(?:准|到)|搞不清|做不好|认不出|认不全|认不准|认不清|看不懂|没毕业|没学过|没上过)|(?:都|偷偷|全都)(?:加|添加|掺)了?激素|激素脸|越[祛治做用涂打敷吃]越(?:多|重|严重|差|糟|黑|大|厉害|烂|肿)|(?:病|问题)(?:却|还是|也|都)?没(?:看|治)好|开(?:了)?一(?:大)?堆(?:检查|化验|药)|贴牌|便宜没好货|东拼西凑|拼凑(?:起来|而成|出来)|挂羊头|过期的?(?:药|产品|设备|针剂|材料|耗材)|假药|(?:花钱|只是|仅仅?|光)挂(?:个)?名|挂名(?:的)?(?:专家|主任|教授|医生|坐诊)|提款机|摇钱树|唐僧肉|不负责任|(?:都|根本|完全|压根)不了解|(?:见|接触|看)(?:过|到)?的?(?:病例|病人|患者)(?:太|很|比较|也)?少|见得少|(?:诊断|治疗|处理|手术|操作)(?:错误|混乱)|(?:两边|两侧|双侧|左右)?不对称|(?:疤痕|瘢痕)(?:明显|很重|增生)|做失败了?|结果[^,，。;!?]{0,6}?(?:松动|脱落|发炎|感染|化脓|坏死|毁容|留疤|歪了|塌了|变形|烂了|加重了|更严重)|半路出家|(?:拿|把)(?:患者|病人|顾客|客人|你|您)的?[^,，。;!?]{0,3}?(?:做实验|做试验|当(?:试验品|实验品|小白鼠))|小白鼠|啥用(?:都|也)?没有|没(?:啥|什么)用|一点用(?:都|也)?没有|靠[^,，。;!?]{0,8}?(?:赚钱|挣钱|牟利|敛财)|(?:操作|治疗|用药|处理|手术)(?:不规范|不当|失误)|(?:[一二两三四五六七八九十几]|[1-9]|10)分钟(?:就)?(?:看|打发|接诊)(?:完)?(?:一|1)个?(?:病人|患者|号)|是(?:卖|推销|带货卖)(?:产品|货|药|保健品|护肤品)的|(?:说|讲)的话(?:都|也)?(?:不可信|不能信|信不得|靠不住)|(?:说|讲)假话|满嘴跑火车|设备(?:老旧|老化|破旧|落后)|(?:医生|大夫|医师)(?:都|全|全都|大多|基本)是(?:刚毕业|实习|新手|学徒)|(?:医生|大夫|医师|专家|护士|店员|师傅|前台|客服)[^,，。;!?]{0,6}?(?:懒得(?:多)?(?:说|讲|解释|搭理|理|回答|听|问)|爱(?:答|理)不理)/;
/**
 * Round forty-nine (batch CT): other drugs or treatments pointed at (那些药, 这种疗法, 那类药膏) and called harmful or a swindle (那些药都是
 * 害人的); compare-disparage's refine() asks for our own offer in the paragraph, so a warning about a banned drug stays innocent.
 */
const POINTED_TREATMENT_HARMFUL = /^(?:那些|那种|那类|这些|这种|这类)[^,，。;!?]{0,6}?(?:药|药膏|药物|疗法|方法|产品|仪器|设备|偏方)[^,，。;!?]{0,4}?(?:都是|全是|就是|纯属|无非是|不过是|简直是)(?:在)?(?:害人|坑人|骗人|骗钱|毁脸|伤身|割韭菜|智商税)的?/;
/** Other treatments or clinics as a class, for comparisons: 同类专科, 传统疗法, 常规光疗. Round eighty (batch FN): what the market sells
 * named by its use and form alone (市面上很多祛斑霜, 市面上的止痒凝胶). */
const OTHER_TREATMENTS = /(?:进口|国外|外国|同类|传统|普通|常规|一般|其他|其它|别家|别的|外面的?|西医|西药|中医|中药|激素|化学药)的?(?:专科|疗法|方法|光疗|治疗|产品|药物|药|方案|技术|调理|手术|项目)|(?:传统|普通|常规|一般|其他|其它|别家|别的|进口|国外)的?(?:西药|中药|激素药?膏?|药膏|抗生素|抗组胺药)|市面上的?[\u4e00-\u9fff]{0,8}?(?:药物|药膏|药|产品|疗法|方法|仪器|设备|膏|霜|凝胶|喷剂)|(?:传统|老式|老一代|普通|常规)的?[\w\u4e00-\u9fff]{0,8}?(?:激光|设备|仪器|光疗仪|手法|疗法|手术|技术|[\u4e00-\u9fff](?<![说看想写语文书宪立司办用章])法)/;
/** Round sixty-four (batch EI): every rival at once, right after the comparison word (现有所有外用药, 目前一切同类疗法, 市面上任何药膏). */
const UNIVERSAL_RIVALS = /^(?:了)?(?:现有|目前|当前|现在|已有|已上市|市面上|市场上|国内外|国内)?(?:的)?(?:所有|一切|任何|全部)(?:的)?(?:现有|已上市|同类)?[^,，。;!?]{0,6}?(?:药|药物|药膏|疗法|治疗|方案|制剂|产品|技术)/;
/** Round thirty-six: a gain stated against what the sentence compares with (缩短一半, 明显更短, 毫不逊色). */
const GAIN_OVER = /(?:缩短|减少|降低|减轻|提升|提高|加快|增加)(?:了)?(?:近|约|将近|整整|足足)?(?:一半|一倍|[一二两三四五六七八九十几]+(?:倍|成)|三分之[一二]|\d)|明显(?:更|缩短|减少|降低|减轻|提升|提高)|更(?:短|快|小|少|轻|好|强|高|低|省)|毫不逊色|不相上下|丝毫不差/;
/** Round thirty-six: the other named in 跟/和/与 X 比 is a clinic or its doctors (和市里那几家老牌眼科医院比，我们…). */
function namesOtherClinic(sentence: string): boolean {
  const m = /(?:跟|和|与|同)([^,，。;!?]{1,14}?)(?:比(?:起来|较)?|相比|对比)(?:[,，]|$)/.exec(sentence);
  return !!m && /医院|诊所|机构|门诊|医生|大夫|专家|牙科|眼科|口腔|医美|美容院|同行/.test(m[1]!) && !/本院|我院|我们|本中心|本诊所|自己/.test(m[1]!);
}
/**
 * Round fifty-four (batch DJ): the thing set against the clinic's own after 比起, 相比(于), 相较(于), 较之, or inside 与/和/跟 … 相比,
 * is a treatment class though no 传统 or 普通 qualifies it (比起口服抗组胺药，我们的外敷方效果强得多; 和激光相比，本院的疗法…):
 * 治疗前, 以前 or the clinic's own earlier method are no other, and the clinic's own treatment must be the other side.
 */
function comparedTreatment(sentence: string): boolean {
  const m = /(?:比起|相比于?|相较于?|较之)([^,，。;!?]{1,14})[,，]|(?:跟|和|与|同)([^,，。;!?]{1,14}?)(?:比起来|相比|相较|对比)(?:[,，]|$)/.exec(sentence);
  const other = m ? (m[1] ?? m[2])! : '';
  return /药|药膏|药物|疗法|光疗|激光|手术|针剂|注射|激素|抗生素|治疗方[法案]|技术|仪器|设备/.test(other) && !/本院|我院|我们|本中心|本诊所|自己|治疗前|以前|之前|此前|过去|原来|上一/.test(other) &&
    // The clinic's own treatment is the other side (我们的外敷方, 本院的疗法); doctors weighing two options for a patient (我们更建议先试外用药，具体由医生评估) sell nothing.
    /(?:本院|我院|我们|本中心|本诊所)(?:的|自制|特色|独家|自研)/.test(sentence) && !/评估|因人而异|遵医嘱|指南|共识|研究|试验/.test(sentence);
}
/** Round fifty-five (batch DK): a class of treatment right after 好于 / 强于 (好于西药, 强于一般的激素药膏, 快于口服抗组胺药). */
const TREATMENT_AFTER = /^(?:所有|任何|一般|普通|传统|常规|其他|其它|市面上)?的?(?:西药|西医|中药|中医|激素|抗生素|抗组胺|口服|外用|进口药|手术|激光|光疗|药膏|药物|生物制剂|免疫抑制剂)/;
const COMPARE_MARK = /^(?:不像|不同于|有别于|区别于|同样(?:是|的)|比起来|比起|相比(?:之下)?|相较|比较起来|一样好|一样有效|不亚于|不输|媲美|比肩|比|好于|高于|强于|高出|快于|胜于|得多|太多|(?:[一二三四五六七八九十两几\d]+|好几|数)倍|不一样|不同[，,]|做不到|更|不如|比不上|赶不上|不及|(?:不如|不妨)(?:试试|选择?|来|直接来|找))$/;

/** Public bodies, associations, expert panels and officials whose name may not vouch for a clinic. */
const BODIES =
  'fda|联盟|(?:国家)?中医药管理局|欧盟ce|欧盟|美国食品药品监督管理局|世卫组织|世卫|卫健委|卫生健康委员会?|卫生系统|医保(?:部门|局)|同行专家|业内专家|卫生部门?|卫生局|卫生主管部门|主管部门|有关部门|相关部门|药监(?:局|部门)|疾控中心|世界卫生组织|政府|领导|院士|妇联|红十字会|慈善总会|残联|医学会|医师协会|协会|学会|研究会|专业委员会|专家委员会|委员会|专家组|专家团队?|评审组|权威机构|官方(?!微信|公众号|网站|网|账号|平台|渠道|app|小程序|客服|电话|微博|抖音|号)';
/** What a body does when it vouches: after the body (给予高度评价, 审定, 列为) or before it (获得…的认可). */
const VOUCH =
  '莅临|赞不绝口|交口称赞|赞誉有加|连连称赞|竖起大拇指|一致认为|认可|认定|肯定|高度评价|评价很高|表扬|表彰|嘉奖|称赞|赞扬|考察|视察|审定|审核通过|论证|鉴定|推广|扶持|重视|支持|背书|列为|评为|授予|授牌|挂牌|认证|力荐|推荐|批准|点赞|好评';
const VOUCH_BEFORE = '获得|得到|受到|荣获|通过|经过?|深受';
const VOUCH_END = new RegExp(`(?:${VOUCH})$`);
const VOUCH_START = new RegExp(`^(?:${VOUCH_BEFORE})`);


/**
 * Round forty-four (batch CD): a grave outcome named only to be denied (湿疹与皮肤癌没有直接关系), or someone else's threat reported
 * and called wrong in the same sentence (有人说不治就会扩散全身，这个话太吓人了，也不准确): the sentence reassures. The clinic's own
 * voice or a hurry in the sentence keeps it a threat.
 */
function fearDenied(c: { norm: string; start: number; end: number; sentence: string; sentenceStart: number }): boolean {
  if (/本院|我院|我们|来院|到院|快来|赶紧|赶快|马上|立即|后悔|来不及/.test(c.sentence)) return false;
  const after = c.sentence.slice(Math.max(0, c.end - c.sentenceStart));
  if (/^[^,，。;!?]{0,6}?(?:没有|并无|无|不存在|谈不上)(?:任何)?(?:直接|必然|明确)?(?:的)?(?:关系|联系|关联|因果)/.test(after)) return true;
  const before = c.sentence.slice(0, Math.max(0, c.start - c.sentenceStart));
  return /(?:有人|有的人|有些人|不少人|很多人|网上|网友|坊间|老一辈)(?:常|总|都)?(?:说|讲|称|认为|传)$|(?:有人|有的人|有些人|不少人|很多人|网上|网友|坊间)(?:常|总|都)?(?:说|讲|称|认为|传)[^,，。;!?]{0,12}$/.test(before) &&
    /不准确|不对|不正确|是错的|(?<!不是|并非|绝非|可不是)(?:错误|谣言|误区|夸大|吓人|吓唬人|危言耸听)|不科学|没有(?:科学)?(?:依据|根据)|缺乏(?:科学)?(?:依据|根据)|不可信|站不住脚/.test(after);
}

/**
 * Round fifty-six: one particular patient (一位患者, 有位姑娘, 老周, 赵阿姨), a treatment, and its course told to the end (全部消退,
 * 长齐了, 干干净净, 两年没复发) in one sentence: the patient's case offered as the proof.
 */
const PATIENT_COURSE = new RegExp(`(?:(?:一位|一名|有位|有个|有一位|有一个|有名|这位|那位|那个|这个|上周的|上个月的|去年的|前几天的)(?:(?!医生|医师|大夫|护士|专家|主任|教授)[^,，。;!?“"「]){0,10}?(?:患者|病人|病号|病友|患友|患儿|姑娘|小伙子?|男孩|女孩|男生|女生|孩子|小朋友|阿姨|大爷|大妈|大姐|大哥|大叔|老人|老太太|老先生|学生|宝妈|读者|粉丝|老熟人|顾客|客户|白领|女士|先生)|${CALLED}(?=[,，]|的|在|来|用|做|今年|[\\d一二三四五六七八九十]))[^。;!?“"「]{0,40}?(?:治疗|治了|用了|用药|做了|照了|照光|吃了|喝了|涂了|坚持|调理|疗程|光疗|激光|移植|手术|打了)[^。;!?“"「]{0,30}?(?:(?:全部|完全|基本|全都|都|全)(?:消退|消失|复色|长回来|长齐|没了|好了|不见了|清除|干净)|痊愈|治好了|干干净净|干净了|恢复(?:了)?正常|长回来了|长齐了|(?:再也|一直|至今|[两\\d一二三四五六七八九十几]+年(?:了|多)?)(?:都|也)?(?:没|未)(?:再)?(?:复发|犯过?|发作))`);
/** What makes that story no proof: a belief, a wish, a worry or a question about the end, a doubt of it, or harm undone (停药后才恢复正常). */
const COURSE_NOT_TOLD = /停药|停用|副作用|不良反应|变薄|过敏|加重|扩大|反而|以为|希望|期待|期望|盼着|担心|担忧|害怕|怕|想要|想知道|问|能不能|会不会|是否|能否|可不可以|如果|假如|要是|即使|哪怕|不一定|未必|并非|并不是|不能保证|无法保证/;

/** Words that make someone's army service a credential of the practice (手法独到, 经验丰富的专家, 退役军医亲诊). */
const SERVICE_AS_CREDENTIAL = /坐诊|亲诊|主诊|领衔|专治|传承|亲传|专家|教授|医术|手法|秘方|偏方|祖传|经验|实力|权威|放心|值得|信赖|疗效|效果|擅长|精湛|独到|过硬|军医|部队医院|军队医院/;

/** A wonder drug in quotes the patient took on their own, and harm after it, with no clinic of ours selling it. */
const SELF_USED_HARMED = (c: RuleContext): boolean =>
  /[“"「『‘'][^”"」』’']{0,8}$/.test(c.norm.slice(Math.max(0, c.start - 10), c.start)) &&
  /自行|自购|网购|私自|擅自|代购|偷偷|听信/.test(c.sentence) &&
  /(?:出现|导致|引起|发生|引发|造成)[^。;!?]{0,10}?(?:异常|不良反应|中毒|损伤|损害|加重|恶化|衰竭|过敏|出血)/.test(c.sentence) &&
  !/本院|我院|我们|本中心/.test(c.sentence);

export const promotionRules: Rule[] = [
  {
    id: 'guarantee-refund',
    category: 'guarantee',
    title: '“无效退款”“签约治疗”“保险公司承保”',
    basis: BASIS.guarantee,
    message: '“无效退款”“治不好不收费”“签约治疗”“疗效保险”都是对疗效的保证，是医疗广告执法中常见的违法情形。',
    suggestion: '删去退款、签约、承保和“终身负责”类承诺。收费和退费按医院公示的规定办理，不与疗效挂钩。',
    levels: levels('EEEE'),
    patterns: [
      // Structural: a failed result, then money back, anywhere in the sentence.
      // Round thirty-nine (batch BQ): a measured target missed (减不到目标体重, 未减够10斤), then no fee or the shortfall paid back
      // in proportion (差多少退多少).
      // Round seventy-four (batch FC): or the work redone for nothing (不达标免费补种, 没达到预期效果免费重做).
      // Round seventy-seven (batch FI): 治疗协议 named as the document whose clauses follow (治疗协议条款第4条：…, 治疗合同第二条) is
      // a contract's heading, not a promise; the clause itself is read by the other shapes.
      // Round seventy-seven (batch FI): the agreed target may name what is measured (未达到约定的复色面积, 没达到合同约定的减重指标…退还).
      p(/(?:无效|不见效|没效果|没有效果|无效果|不满意|治不好|不复色|不消退|看不到效果|不达标|不好转|还不行|仍不行|还是不行|不见好|没见好|(?:未|没)达标|(?:控制|控|稳|压|止|遏制|拦)不住|[\u4e00-\u9fff]不出(?:效果|疗效|变化|改善)|没去(?:干净|掉)|去不(?:干净|掉)|(?:弄|洗|治|祛|清|做)不干净|(?:未|没)(?:有)?达(?:到)?(?:(?:约定|预期|承诺|合同)?的?|(?:合同|协议)?(?:约定|承诺)的[^,，。;!?]{1,6}?)(?:效果|疗效|标准|目标|面积|指标)|(?:效果|疗效)不(?:好|理想|佳|明显)|(?:不|未|没)达(?:到)?预期|不如预期|没(?:有)?(?:任何)?(?:改善|好转|变化|效果)|(?:没|不)长(?:出)?(?:头发|毛发|新发)|长不出|(?:瘦|减|长|消|去|祛|好|治|降|怀)不(?:下来|下去|出来|掉|了|上|到|够)|(?:未|没|没有)(?:能)?(?:瘦|减|降|长|涨)(?:够|到)|不(?:消|退|淡|到位)(?=[,，]?\s?(?:不收|全额|全部|退|返|免))|(?:未|没|没有)(?:能)?(?:明显)?(?:恢复|康复|成活|存活|怀上|怀孕|变平|消退|缩小|改善|好转|见效|长出|戒断|戒掉|戒除|戒烟|戒酒|治愈|痊愈|转阴|复色|受孕)|不(?:怀孕|怀上|受孕|成活|存活|转阴|复色|生发|长发)|不成功|达不到)[^。;!?]{0,14}?(?:(?:费用|疗程费?|治疗费|手术费)全免|按比例退|退还部分|保险(?:公司)?(?:来)?赔(?=[,，。!！]|$)|保险(?:公司)?(?:来)?(?:理赔|赔付)|不收|退款|退钱|退费|退还|退回|退给|返还|全退|(?:全额|全部)退|退(?:还)?(?:全款|一半|半数)|倒贴(?:钱)?|倒找(?:钱)?|免单|还给(?:您|你)|(?:返回|退回)给(?:您|你)|一分不少|由(?:我们|本院|我院|医院)(?:全部|来)?承担|不要钱|不花(?:一分)?钱|一分(?:钱)?不(?:收|花)|承担(?:全部|所有)?(?:的)?(?:费用|治疗费)|赔付|赔偿|返钱|赔钱|如数奉还|原路(?:返回|退回|返还)|(?:随时|可以|都能|就|可)退(?:钱|款|费|全款|给(?:您|你))?(?=[,，。!！~～]|$)|[,，]\s?退(?:钱|款|费)?(?=[。!！~～]|$)|分文不(?:取|收)|不取分文|分文不要|一分钱(?:都|也)?不(?:收|要|取)|(?:差|少|缺)(?:多少|几斤|几)[^,，。;!?]{0,2}?(?:就)?(?:退|赔|返)(?:多少|几)|免费(?:补种|重种|补植|重做|再做|补做|补打|加做|返工))|(?:复发|无效|不见效|没效果|治不好|效果不(?:好|理想|佳|明显)|没(?:有)?(?:改善|好转))[^。;!?]{0,12}?(?:(?:免费|负责|包)(?:再|重新|继续)?(?:治疗|治|复治|调理)|(?:疗程|治疗|复治|重做|再做)(?:全部|全程)?免费)|(?:复发|无效)(?:免费|包)(?:治|再治)|(?:疗效|效果)(?:协议|合同)|治疗(?:协议|合同)(?!书?(?:条款|第[一二三四五六七八九十百\d]+条|范本|模板|样本))|疗效写(?:在纸上|进合同|入合同)|(?:好了|治好了?|见效了?|复色了?|有效果?)(?:再|才)(?:付钱|付款|付费|收费|交钱|交费|给钱|结算|买单)|(?:疗效|效果|治疗|无效)险|(?:费用|收费|价格)[^,，。;!?]{0,4}?与?(?:疗效|效果)挂钩|(?:疗效|效果)[^,，。;!?]{0,6}?负责到底|(?:疗效|效果)保险|保险(?:公司)?(?:赔付|理赔)|分文不取|不取分文|一分钱(?:都)?不(?:收|要)|(?:治疗效果|疗效)负(?:全部|全)?责/),
      p(/(?:无效|不见效|没效果|无效果|不满意|治不好|不复色)[,，]?\s?(?:费用|治疗费|药费)?(?:全额)?(?:退款|退钱|退费|不收费|免费|包退|全退)|(?:疗效|效果)(?:写进|写入|纳入)合同|(?:签订|签署|签|出具)(?:了)?(?:一份|份)?[《“"]?(?:疗效|效果|治愈|包治|治好|复色|康复|痊愈)[^,，。;!?》”"]{0,4}?(?:协议|合同|保证书|承诺书|担保书|保障书|保证卡)|(?:签订|签署|签)(?:了)?(?:合同|协议)(?:来)?(?:保|担保|保证|承诺|约定|写明)(?:疗效|效果|治愈|复色)|不(?:好|满意|见效|成功|有效|复色|长|瘦|达标|改善|消|退|淡|到位|怀上|怀孕|成活|存活|转阴|降|好转|康复|痊愈|治愈|恢复|起效|正常)不(?:收费|要钱|收钱|花钱|付钱|收尾款|收一分钱|付款|付费|交钱)|(?:根据|按照?|依据)(?:疗效|效果)(?:收取|收费|付费|计费)|(?:疗效|效果)(?:方面|上|的事)?(?:由)?(?:我们|本院|我院|医院|我)(?:全权|全程|来)?负责|对(?:疗效|效果)负(?:全)?责|包退|签约(?:治疗|保证|承诺)|包疗程|(?:先治病|先治疗|先看病)后付款|(?:见效|治好|有效|复色)(?:后|再)(?:付款|收费|付费|交钱)|按疗效收费|(?:疗效|效果)(?:保险|承诺书?|担保)|保险公司(?:承保|担保|保险|全程保障)|保险(?:公司|机构)?为[^,，。;!?]{0,10}?(?:疗效|效果|治疗结果)(?:进行)?(?:承保|担保|投保)|(?:由|有)[^,，。]{0,8}保险(?:公司)?(?:全程|全额|全部)?(?:承保|担保)|终身(?:质保|保修|负责|保障|包换|包退|包赔|包修)|(?:种植|手术|移植|植入|治疗|矫正)?(?:失败|不成功|脱落|掉了|松动)[^,，。;!?|]{0,4}?(?:免费|包)(?:重做|重种|补种|更换|换新|重植|再植|再做)|终身免费(?:复查|治疗|复诊)/),
      // Round sixty-six (batch EM): the result not reached said in two or three characters, then the money back (未孕退款, 没长出全额退,
      // 不成活退费): 未 or 没 with the result a treatment promises.
      p(/(?:未|没|没有|不)(?:能)?(?:孕|怀孕|怀上|受孕|成活|存活|长出|见效|起效|好转|治好|治愈|复色|转阴|康复|痊愈|瘦下来)[,，]?\s?(?:全额|全部|双倍)?(?:退款|退钱|退费|包退|全退|返还费用)/),
      // Round one hundred and nineteen (batch IN): a wound or a mark not closed or gone, then the fee back, with the fee named (疗程结束伤口没收口，费用全退;
      // 溃疡没愈合的话，治疗费如数退还; 疤不平，钱退给你): the refund promises the result; 取消预约的，费用全退 names no result and is not read.
      p(/(?:未|没|没有|不)(?:能)?(?:收口|封口|愈合|长好|长平|长严实?|平(?:下去|掉)?|淡(?:下去|掉)?|消(?:下去|掉)?)(?:的话)?[,，]?\s?(?:(?:所有|全部)?(?:费用|治疗费|药费|钱|疗程费|换药费)(?:就|都)?)?(?:全额|全部|如数|双倍)?(?:退款|退钱|退费|包退|全退|退还|返还|退给(?:你|您))/),
      // Round one hundred and twenty-five (batch IZ): redness or swelling not gone, then what was bought paid back at its price (28天不退红，整套原价退给你;
      // 一个疗程不消肿，货款全退): 退红 and 消肿 are the result the counter sells; 不退货 or 退红包 names none.
      p(/(?:未|没|没有|不)(?:能)?(?:退红|消红|褪红|退肿|消肿|去红|降红)(?:的话)?[,，]?\s?(?:(?:整套|整盒|整瓶|全套|所有|全部)?(?:的)?(?:费用|货款|钱|药费|产品|套装)?(?:就|都)?)?(?:按)?(?:原价|全额|全部|如数|双倍|全款)?(?:退款|退钱|退费|包退|全退|退还|返还|退回|退给(?:你|您))/),
      // Structural (round four): a condition on the result, then the fee returned in full (如未达到约定效果，治疗费用全额返还).
      // Round thirty-seven (batch BM): no improvement seen after a span, and the money back without conditions (九十天仍未见任何改善，本公司将
      // 无条件退还您的全部货款).
      p(/(?:未达到|达不到|没达到|不满意|无效|(?:未见|没见|不见|没有|未有)(?:任何|明显)?(?:改善|好转|效果|起色|复色|缩小|消退|减轻|长出|变化|疗效))[^。;!?]{0,16}?(?:全额|全部|如数|无条件)(?:返还|退还|退回|退款)/),
      // Round eleven: a promised result, then "or else" money back (疗程结束时痘痘清零，否则退一半费用; 保证见效，不然全额退);
      // the money never wasted (不会白花一分钱, 不让您白花钱).
      p(/(?:否则|不然|要不然|要不)[^。;!?不]{0,6}?(?:(?:全额|全部|双倍|一半|半数|按比例)(?:退|返|赔)|退(?:还|回|款|钱|费|给|一半|全款|全部)|返还|赔(?:付|偿|钱)|免单|不收(?:钱|费))|(?:不会|绝不会|不让(?:您|你)|保证(?:您|你)?不|(?:不用|不必|无需|无须|别)(?:担心|怕)|不怕)白花(?:一分|一分钱|冤枉钱|钱)/),
      // Round thirty: a failure asked about as a question, and the answer is the refund (### 常见问题：治疗无效怎么办？\n我们全额退款).
      p(/(?:无效|不见效|没效果|没有效果|治不好|不满意|没(?:有)?(?:任何)?(?:改善|好转)|效果不(?:好|理想|佳))[^。;!?\n]{0,6}?(?:怎么办|咋办|怎么处理|如何处理|怎么算)\s?[?？]\s?(?:答\s?[:：]\s?)?(?<hit>(?:请?放心[,，]?\s?)?(?:我们|本院|我院|医院|本中心)?(?:会|将|可以|可)?(?:全额|全部|如数)?(?:退款|退费|退钱|退还|返还|退回))/),
      // Round one hundred and one (batch HE): the complaint still there after the care, then the money back (用完还掉发，全额退款; 泡了一个月腿还疼，
      // 退全款): the failure named by the complaint that stays, the refund promising the result; 洗完还有污渍，全额退款 is no body's complaint.
      p(/(?:还|仍|仍然|依然|照样|还是)(?:在|会|有点)?(?:过敏|掉发|脱发|掉头发|失眠|[疼痛痒酸麻胀]|咳嗽?|喘|长痘|冒痘|起疹子?|复发|反复|犯病|打鼾|便秘|不瘦|没瘦)[^,，。;!?]{0,2}?[,，!！]?\s?(?:全额|全部|双倍|无条件)?(?:退款|退钱|退费|包退|全退|退全款)/),
    ],
    negation: 'suppress',
    hedge: false,
    // "Or else" pays back a missed result, not a missed appointment (取消预约，否则…). Round twelve: an enquiry about a
    // refund (可就退费问题咨询医务科) asks the hospital; it promises nothing.
    // Round one hundred and twenty-five (batch IZ): a refund seen quoted in someone else's ad and steered clear of (whoeverPromisesWarned).
    refine: (c) =>
      !promisedElsewhere(c) &&
      !warnedBefore(c) &&
      !whoeverPromisesWarned(c) &&
      // Round thirty-two: a free service on its own (义诊当天的检查分文不取) ties no fee to a result.
      !(/^(?:分文不(?:取|收)|不取分文|分文不要|一分钱(?:都|也)?不(?:收|要|取))$/.test(c.norm.slice(c.start, c.end)) && !/治不好|治好|无效|疗效|效果|见效|满意|复色|痊愈|治愈|好转|不好|康复/.test(c.sentence)) &&
      (!/^(?:否则|不然|要不)/.test(c.norm.slice(c.start, c.end)) || /保证|承诺|包|效果|疗效|见效|治好|清零|消失|消退|改善|满意|复色|缩小|淡化|长出|痊愈|治愈|达不到|没达到/.test(c.sentence)) &&
      !/(?:就|关于|有关)(?:退费|退款)(?:的)?(?:问题|事宜|事项|争议)|(?:退费|退款)(?:问题|事宜|争议)[^。;!?]{0,8}?(?:咨询|反映|投诉|联系|办理)/.test(c.sentence) &&
      // Round fifty-five (batch DK): sayings reported and called wrong (有人说白癜风“治不好”，也有人说“包治”，两种说法都不准确), with no clinic
      // of ours in the sentence: the span runs from one quoted saying into the next, and neither is offered.
      !(/有人(?:说|认为|讲)|网上(?:说|流传)|坊间|所谓/.test(c.sentence) && /(?:说法|观点|言论)[^。;!?]{0,4}?(?:都|均)?(?:不准确|不对|不正确|不科学|是错误|错误|片面|不可信|没有依据)/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) &&
      // Round nineteen: a warning about such promises (凡是承诺包治、无效退款的医疗广告，基本都违反了广告法).
      !(/(?:凡是|但凡|所有|那些|警惕|谨防|提醒|提示|曝光)[^。;!?]{0,12}?(?:承诺|保证|包治|退款|退费|签约|签订|协议)[^。;!?]{0,16}?(?:警惕|小心|当心|提防|谨慎|别信|不要信|不可信|不靠谱|违反|违法|违规|虚假|涉嫌|骗)/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) &&
      // Round thirty: an offer called a come-on or a trick (一些不良机构会以“不见效不收费”吸引患者，随后却…; 所谓“疗效险”多为营销噱头), or
      // insurance said to cover fees and not results (保险公司承保的是医疗费用，而不是治疗效果), when the clinic is not the one offering.
      !(/噱头|幌子|诱饵|套路|骗局|陷阱|营销(?:手段|话术|手法)|(?:不良|黑心|无良|非法|违规)(?:机构|医院|诊所|商家)|以[“"「][^”"」]{1,16}[”"」](?:为(?:名|由|噱头|幌子))?(?:吸引|招揽|诱导|引诱|忽悠)|承保的?(?:是|只是|仅是)[^。;!?]{0,8}?(?:费用|医疗费|意外)[^。;!?]{0,4}?(?:而(?:不是|非)|不是|并非)/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) &&
      // Round forty-five (batch CH): a shop's return policy for goods (产品质量问题包退换, 如对商品不满意，可在签收后7天内申请退货退款) ties the
      // money to the parcel, not to a result: the matched span and the few characters before it name no failed result, and the
      // sentence names the goods' delivery or condition. 无效包退 or 用了没效果…退款 stay flagged.
      !(/签收|收货|收到货|无理由|拆封|质量问题|破损|发错|错发|漏发|物流|售后(?:政策|规则|条款|服务)|商品|货品|退换货|退货/.test(c.sentence) &&
        !/无效|见效|效果|疗效|治不好|治好|复色|好转|改善|消退|消失|长出|瘦|痊愈|治愈|不好|没用|不管用|不灵/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 8), c.end))) &&
      // Round nineteen: the paperwork for the patient's own insurance (商业健康保险理赔：本院可提供诊断证明、费用清单) promises no result.
      !(/保险/.test(c.norm.slice(c.start, c.end)) && c.paragraphHas(/材料|诊断证明|发票|费用清单|手续|报销|商业(?:健康|医疗)?(?:保)?险|医疗责任/) && !c.paragraphHas(/疗效|效果|无效|治不好|不满意|不见效|复色|治愈/)),
    examples: {
      bad: [{ text: '一个疗程不消肿，货款全退', type: 'ad' }, { text: '两周没退红的话，全套按原价退钱', type: 'ad' }, '溃疡没愈合的话，治疗费如数退还', { text: '疤不平，钱退给你', type: 'ad' }, '用完还掉发，全额退款', { text: '泡了一个月腿还疼，退全款', type: 'ad' }, { text: '疗程结束没达到合同约定的减重指标，差额部分的费用如数退还', type: 'institution' }, { text: '治疗合同第九条：疗程结束斑块未消退的，退还全部费用', type: 'institution' }, { text: '我们跟每位患者签治疗协议，白纸黑字写清楚', type: 'ad' },{ text: '种植牙骨结合不达标的，免费重做', type: 'ad' }, { text: '眉毛种植三个月后没长出来，免费补植', type: 'ad' }, { text: '- 效果不满意，免费返工一次', type: 'ad' }, { text: '别信那些小广告，我们这里签约治疗，无效全额退款', type: 'ad' }, { text: '患者曾在外院签约治疗失败，我们承诺无效退款', type: 'case' }, { text: '试管助孕套餐，未怀上全额退款', type: 'ad' }, { text: '植发三个月没长出退费', type: 'institution' }, { text: "本院戒烟门诊承诺：按方案完成十二周疗程仍未戒断的，退还全部诊疗费", type: 'institution' }, { text: "- 承诺：不孕不育治疗，不怀孕退款", type: 'institution' }, { text: '祛斑霜签收后用满一个月没效果，全额退款', type: 'ad' }, { text: '7天无理由+无效包退，放心下单', type: 'ad' }, "若三个疗程后白斑未见复色，已付费用全额退还", { text: "| 单颗种植 | 6800元/颗 | 种植失败免费重做，终身包换 |", type: 'institution' }, { text: '体重管理疗程结束时没瘦够8斤的，差几斤退几斤的钱', type: 'ad' }, '调理三个月，血糖降不到标准值，这期间的费用我们一分不收', { text: '疗程结束仍未见明显好转的，本店无条件退款', type: 'ad' }, { text: '我们实行先治疗后付费，承诺治不好分文不取', type: 'institution' }, { text: '疗程结束不见效，一分钱也不收', type: 'ad' }, "三周内瘙痒止不住，药费如数退还给您", {"text": "照不出效果的话，这个疗程的费用退给您", "type": "ad"}, {"text": "### 疗程没效果怎么办？\n放心，我们全额退费", "type": "institution"}, {"text": "在这里做祛斑，您不用担心白花钱", "type": "ad"}, "疗效不理想的，由保险公司理赔", {"text": "保险公司为您的治疗效果承保", "type": "institution"}, "疗程结束复查未达标，按比例退还费用", {"text": "三个月没改善就退全款，您还有什么可担心的？", "type": "ad"}, { text: '每位患者入院时，我们都会签署一份《治愈承诺书》', type: 'institution' }, { text: '血压不降不收费，这是我们对每位患者的承诺', type: 'ad' }, {"text": "疗程没效果，费用退回给您", "type": "ad"}, {"text": "本院与患者签订康复协议，写明疗程目标", "type": "institution"}, {"text": "我们敢签合同保效果", "type": "ad"}, {"text": "疗程结束未达效果，凭协议退费", "type": "institution"}, {"text": "治疗效果由保险公司承保，您还担心什么？", "type": "ad"}, {"text": "如何申请无效退款？", "type": "institution"}, { text: '| 套餐 | 价格 | 保障 |\n| 祛痘疗程 | 2980元 | 不满意退全款 |', type: 'institution' }, { text: '来我们这儿做祛斑，弄不干净我倒贴钱！', type: 'ad' }, { text: '- 疗效保障：疗程结束未达到约定效果的，退还一半费用', type: 'institution' }, { text: '做完不满意，跟我们说一声，退！', type: 'ad' }, "凡是来我院签约治疗的患者，无效退款，绝不违规收费", "疗效由保险公司承保，治疗无效由保险公司理赔，您只需提供诊断证明", '毛囊存活率达不到95%，按比例退款', '治疗后疤痕未明显变平，第二疗程费用全免', '一次付费三个周期，不成功退还部分费用', '治疗费用由保险公司全程承保，治不好保险赔', '按协议若三个月内未恢复独立行走，治疗费用全额返还', { text: 'wu xiao tui kuan，放心来治', type: 'ad' }, '如果用了我们的方案还不见好，我们把钱退给你', '治不好的话，后续治疗费用全部由我们承担', '本院与患者签订《疗效保障协议》，白纸黑字，绝不食言', '如果您在我们这里治疗三个月没有任何效果，我们会把钱一分不少地还给您', '您只管配合治疗，效果方面我们全权负责', '效果不满意可以随时退', '不成功不收费', '只要坚持治疗，治疗效果我们负责', '治疗费用根据疗效收取，没有效果不花一分钱', '效果不达预期，我们承担全部费用', '效果不好全额退', '不长头发不收费', '有效果再付费', '购买疗程即赠疗效险', '效果不理想，第二个疗程免费', '三个月没改善，费用全退', '保证疗程结束时白斑明显缩小，否则退一半费用', '在这里治疗不会白花一分钱', '没去干净可以补做，还不行就退钱', '没效果的话钱原路返回', '疗效不达标，费用原路退回', '如治疗后复发，本院负责免费再治疗', '治疗无效，本院全额返还费用', '治疗费用与疗效挂钩，好了再付钱', '无效全额退款', '签约治疗，治不好不收费', '疗效由保险公司承保', '终身负责，终身免费复查', '本月报名减肥训练营，签订“瘦不下来全额退款”协议', '我们承诺：痘痘不消不收费，痘印不退全额返还', '正畸包矫正到位，不到位不收尾款', '不满意可退，效果不好免费再做'],
      ok: ['刷到写着“无效全额退款”的广告，建议直接绕开', { text: '不退货的话，整套产品可以继续用到疗程结束', type: 'ad' }, '没退红之前先别叠加精华，费用按实际项目收取', '伤口没长好之前不要碰水，换药费按次收取', '孩子还过敏的话，先停用再问医生，退款请找客服', { text: '复查未达到约定的复诊标准时，请按医嘱继续治疗，费用按公示标准收取', type: 'institution' }, { text: '治疗合同第十二条：双方因本合同发生争议的，可向医疗纠纷调解委员会申请调解', type: 'institution' }, { text: '治疗协议条款第1条：乙方应如实告知既往病史和过敏史', type: 'institution' },{ text: '挂号单丢失的，可到一楼窗口免费补打', type: 'institution' }, { text: '种植牙有一定失败率，失败后是否重做、费用如何承担需另行协商', type: 'kepu' }, { text: '检查结果不达标的员工请于下月免费复查', type: 'institution' }, { text: '千万别信那种“签约治疗、无效退款”的招牌，出了纠纷往往维权无门', type: 'kepu' }, { text: '患者曾在外地诊所签约治疗，被许诺无效退款，后因病情加重转至我院', type: 'case' }, '未就诊的预约挂号可在当天退费', '手术未能进行的，已缴费用按规定全部退还', {"text": "有人说这种病“治不好”，也有人说“无效退款”，这些说法都不准确", "type": "kepu"}, { text: "种植体厂家对种植体本身的质量问题提供质保，具体条款以厂家质保卡为准", type: 'ad' }, { text: '护肤霜如有破损或发错货包退换，使用效果因人而异', type: 'ad' }, { text: '对商品不满意的，收货后7天内可申请退货退款，以售后政策为准', type: 'ad' }, { text: "预约时间已过仍未到院的，挂号费不予退还", type: 'institution' }, "戒烟能否成功取决于本人的坚持，医生无法事先作出保证", { text: "种植体松动或脱落时请及时复诊，由医生评估原因", type: 'institution' }, '减重效果受饮食和作息影响，减不到预期体重时医生会调整方案，费用按实际项目收取', '治疗两个月未见改善的，请复诊由医生调整方案；费用按公示标准收取', { text: '义诊当天的检查分文不取，是否治疗由您自行决定', type: 'institution' }, '签约治疗、无效退款在法律上属于禁止的医疗广告内容，遇到请向卫生监督部门举报', "有些机构以“治不好全额退”为噱头招揽患者，事后却拒不兑现", "商业保险承保的是住院费用，而不是疗效，购买前请看清条款", {"text": "## 门诊常见问题\n预约后无法到院怎么办？\n可提前一天取消，挂号费原路退回", "type": "institution"}, "合同签订后，请保管好收费凭证", "退费怎么办理？", '检查未达到预约时间的，挂号费可在当天退还', '体检套餐未使用的项目可以退还一半费用，具体以收费处规定为准', '消费者协会提示：签订“包治协议”的机构多有违规，请谨慎选择', "凡是承诺包治、无效退款的医疗广告，基本都违反了广告法", "商业健康保险理赔：如您购买了商业医疗险，本院可提供诊断证明、费用清单等理赔所需材料", { text: '如因设备故障检查未能完成，可全额退费或免费改约', type: 'institution' }, '如术后三天仍未恢复排气，请及时告知医生', '正规医院不会承诺“无效退款”', '警惕“签约治疗、无效退款”一类宣传', '治疗费用以医院收费公示为准', '签约治疗、无效退款往往是不正规机构的营销手段', '请在就诊前一天取消预约，否则挂号费不予退还', '对治疗效果不满意的，可就退费问题咨询医务科', '药膏要按疗程用完，否则容易复发', '如果治疗三个月没有改善，医生会调整方案', '充值卡的余额可以按规定退还', '发烧三天不退，请及时就医', '线上预约的体检套餐逾期未到检视为放弃，费用不予退还'],
    },
  },
  {
    id: 'compare-superior',
    category: 'comparison',
    title: '与其他医院、疗法或药物比较',
    basis: BASIS.comparison,
    message: '声称比其他医院、疗法或药物更好、更快、更安全，是法律禁止的功效和安全性比较；与其他医院比较还涉嫌贬低同行。',
    suggestion: '删去比较。科普中介绍不同治疗方式时，分别客观说明各自的适应证和常见不良反应，并注明所依据的指南或研究，不作优劣结论。',
    levels: levels('WEEW'),
    patterns: [
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): another kind of treatment or place set first with 跟 / 和 / 与 … 比 (相比, 比起来) and a
      // comma, then our own method said to win with 得多 / 更 / 疼得少、好得快 (和传统植发相比，我们的方法存活率高得多; 跟传统冷冻比，我们的法子疼得少、好得快;
      // 跟打针吃药比，这个光疗副作用小得多): the clause after the comma must name ours (我们的, 本院, 这个, 这套), so a neutral kepu comparison (和激光相比，冷冻
      // 疼得少但次数多) is not read, and a question asks.
      p(/(?:跟|和|与|同)[\u4e00-\u9fff]{1,8}?(?:相比|比起来|比较起来|比)(?:的话)?[,，]\s?(?:我们|本院|我院|咱们|这个|这套|这种|这款|本中心|我们家)[^。;!?]{0,12}?(?:(?:高|好|快|小|少|强|低|轻|短)(?:得多|多了|太多|一大截)|疼得少|痛得少|好得快|恢复得快|见效快|更(?:好(?![地做办用])|快|有效|安全|持久|彻底|温和))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): the rival named after 比, then what we do said to count several times over (皮秒比调Q强太多了，
      // 一次顶三次; 比在美容院做强多了，一次顶三次), or to take half the time or to cost less and work better (恢复期比普通激光短一半; 比医院皮肤科便宜，效果还比他们好;
      // 比某大牌修复霜便宜一半，效果还更好): a result set above the rival's. A price alone (比医院便宜一半) and our own earlier course are not read.
      p(/比[^。;!?比]{1,14}?一次(?:就)?(?:顶|抵|等于)(?:[两二三四五六\d]|好几)次|比(?:普通|传统|常规|一般|老式|其他|别家|同类|某)[^,，。;!?比]{0,8}?(?:短|少|快)(?:了)?(?:一半|一大半|[一两二三\d]倍)|比[^,，。;!?比]{1,10}?便宜[^。;!?]{0,6}?[,，]\s?(?:而且)?(?:效果|疗效)(?:还|也|反而)?(?:更好|更强|比[^,，。;!?]{1,6}?(?:好|强))/),
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): the rival's drug or product said to be no match for ours (药店的疣贴根本没法跟我们的方案比;
      // 口服药伤肝，我们这外用的比它强多了) or its doctors to care less than ours (这里的医生比三甲医院的还细心): 没法跟 / 比它 with ours named, and care words after a
      // hospital; 我们没法跟大医院比设备 says the clinic's own limit and is not read.
      p(/(?:根本|完全|压根)?(?:没法|无法|不能|没得|哪能|怎么能)(?:跟|和|与)(?:我们|本院|我院|咱们|咱家|这里)[^,，。;!?]{0,6}?比|(?:我们|本院|我院|咱们|这里|我们这)[^,，。;!?]{0,8}?比(?:它|它们|他们|人家)(?:强|好|管用|有效|见效快|安全)(?:多了|得多|太多了?|不少)|比(?:三甲|大医院|公立医院|省医院|市医院|其他医院|别家)[^,，。;!?比]{0,6}?(?:还要?|更)(?:细心|耐心|用心|贴心|负责|认真)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and seventeen (batch IK): another hospital, clinic or platform set after 比 / 相比 / 比起, then the result or the treatment here said better
      // or quicker (在网上看比去医院排队效果还好; 相比传统医院，本平台的治疗方案更有效; 比起公立医院，我们这儿好得更快): the rival is the other kind of place. What is
      // only cheaper, nearer or more convenient names no result (比去医院方便), 不比 or a question asks or denies, and 更好地 is a manner of doing.
      p(/(?:(?<![不没])比(?:起|去|到|在)?|相比(?:于|起)?|相较(?:于)?|较之)(?:那些|一般的?|普通的?|传统的?|其他的?|其它的?|别的|别家的?|线下的?|公立的?|综合的?|外面的?|大)?(?:去|到|在)?[\u4e00-\u9fff]{0,4}?(?:医院|诊所|门诊|平台|机构)(?:排队|看病|看诊|就诊|看)?[^。;!?]{0,16}?(?:(?:效果|疗效|方案)(?:还|更|要)(?:加)?(?:好(?!地)|有效|管用|彻底|明显)|(?:治疗|方案|效果|疗效)?更(?:加)?(?:有效|管用|彻底)|(?:好|恢复|见效|起效)得?(?:更|还)快)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and twenty-three (batch IW): another kind of place's treatment or device after 比 (its 的 or 开的 before the thing), said to work
      // far better with no 更 or 还 (医院激光比美容院的光子管用多了; 诊所配的药比药店买的膏子好使得多): the rival is the other place's offer. What is only dearer
      // or nearer (比美容院的光子贵多了) names no result; 不比, 不一定比 or a question asks or denies.
      p(/(?<!不|没|不一定|未必|并不)比(?:那些|一般的?|普通的?|外面的?|街边的?|小区的?|网上的?)?[\u4e00-\u9fff]{0,4}?(?:医院|诊所|门诊|美容院|美容店|美容馆|养生馆|药店|药房|店|机构)(?:里)?(?:的|开的|买的|卖的|做的)[\u4e00-\u9fff]{0,6}?(?:管用|有效|好使|好用|灵|见效快|效果好|强)(?:多了|得多|太多了?|不少|好几倍|几倍|一大截)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and twenty-six (batch JB): the other house's service named by its verb, not by 的 (比美容院点痣干净得多; 比外面诊所祛疣彻底多了):
      // the clinic's work set above theirs by a wide margin; a trouble (比诊所麻烦得多) is no praise, and a question asks.
      p(/(?<!不|没|不一定|未必|并不)比(?:那些|一般的?|普通的?|外面的?|街边的?|小区的?|网上的?)?[\u4e00-\u9fff]{0,4}?(?:医院|诊所|门诊|美容院|美容店|美容馆|养生馆|店|机构)(?:里)?[\u4e00-\u9fff]{1,4}?(?:干净|彻底|细致|仔细|专业|管用|有效|好使|靠谱)(?:多了|得多|太多了?|不少|好几倍|几倍|一大截)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round fifty-seven: our results said to equal a big or famous hospital's (疗效与大医院完全一样, 在家门口享受和三甲医院一样的治疗效果):
      // the comparison borrows the other's standing. A price, a rule or a test done the same way compares no result.
      p(/(?:疗效|效果|治疗水平|诊疗水平|医疗水平|技术水平|医疗质量|诊疗质量)[^,，。;!?]{0,4}?(?:与|和|跟|同)[^,，。;!?]{0,12}?(?:三甲|大医院|公立医院|省级医院|省城医院|省会医院|一线城市|北京|上海|广州|知名医院|名院|大专家)(?:(?!是否|能否|未必|不一定|不)[^,，。;!?]){0,6}?(?:完全|几乎|基本|没什么|毫无|都)?(?:一样|相同|无异|没有区别|没有差别|没区别|无差别|同等|一致|相当|同质)|(?:享受|得到|获得|达到)(?:到)?(?:和|与|跟|同)[^,，。;!?]{0,12}?(?:三甲|大医院|公立医院|省级医院|省城医院|省会医院|一线城市|北京|上海|广州|知名医院|名院|大专家)[^,，。;!?]{0,4}?(?:一样|相同|同等|同质|同样)(?:的)?[^,，。;!?]{0,4}?(?:效果|疗效|治疗水平|诊疗水平|医疗水平)/),
      // Round one hundred and sixteen (batch II): a comparison table whose header row sets an ordinary or other kind of shop or clinic beside the clinic itself
      // (| 对比 | 普通养发馆 | 本门诊 |, | 项目 | 本院 | 外面的美容院 |), the separator line right below it; a schedule or a price list with one clinic names no rival.
      p(/(?:普通|一般|传统|其他|其它|别家|别的|外面的?|街边的?|同类)[\u4e00-\u9fff]{0,5}\s?\|\s?(?:本院|我院|本中心|本门诊|本科|我们的?|本诊所|本机构|本店|本馆)[\u4e00-\u9fff]{0,4}\s?\|\s*\n\s*\|\s?:?-{2,}|(?:本院|我院|本中心|本门诊|本科|我们的?|本诊所|本机构|本店|本馆)[\u4e00-\u9fff]{0,4}\s?\|\s?(?:普通|一般|传统|其他|其它|别家|别的|外面的?|街边的?|同类)[\u4e00-\u9fff]{0,5}\s?\|\s*\n\s*\|\s?:?-{2,}/),
      // Round one hundred and sixteen (batch II): the same money said to buy more result here (同样的钱，在我们这儿能多长一倍的头发; 花一样的价钱，来本院效果翻倍):
      // elsewhere gives less for it; 同样的钱，在我们这儿也要按医保目录收费 names no result, and a question asks.
      p(/(?:同样|一样|同等)的?(?:钱|价钱|价格|费用|花费|预算)[,，]?\s?(?:在|来|到)(?:我们|本院|我院|本中心|本门诊|本店|咱们|咱家|这里|这儿)[^。;!?]{0,10}?(?:多长|多生|多出|效果(?:翻倍|好一倍|更好|好得多)|见效更快|长得更|翻倍|多[一两三四五\d]倍|好[一两三\d]倍)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round forty-one (batch BV): a comparison table whose header sets another kind of treatment beside the clinic's own
      // (| 对比 | 西药 | 我院中药 |, | 本院疗法 | 激光 |); two drug classes side by side (| 第一代抗组胺药 | 第二代抗组胺药 |) name no clinic.
      p(/(?:西药|西医|激素|口服药|外用药|激光|手术|传统[\u4e00-\u9fff]{0,3}|进口药|抗生素|抗组胺药|中药|中医)\s?\|\s?(?:本院|我院|本中心|我们的?|本诊所|本机构)[\u4e00-\u9fff]{0,4}\s?\||(?:本院|我院|本中心|我们的?|本诊所|本机构)[\u4e00-\u9fff]{0,4}\s?\|\s?(?:西药|西医|激素|口服药|外用药|激光|手术|传统[\u4e00-\u9fff]{0,3}|进口药|抗生素|抗组胺药)\s?\|/),
      // Round forty-two (batch BY): a treatment set in place of surgery and said to do as well or better (告别手术切除，不用开刀也能达到和手术
      // 一样甚至更好的效果; 我们的敷贴疗法比手术效果更好); refine() asks for the clinic's own treatment and no cited source.
      p(/(?:无需|不用|不必|免去?|告别|省去|避免|不需要)(?:再)?(?:手术|开刀|动刀|切除|植皮|手术切除)[^。;!?]{0,24}?(?:和|与|跟|同)(?:传统的?)?(?:手术|开刀|切除|植皮)(?:治疗)?[^,，。;!?]{0,4}?(?:一样|同样|相当|相同|不相上下|更好)|比(?:传统的?)?(?:手术|开刀|切除|植皮|手术切除)(?:治疗)?的?(?:效果|疗效)?(?:还|更|要)(?:好|彻底|持久|自然|均匀|平整)/),
      // Round thirty-four: others only hold it in check, then we (别的医院只能帮你把白斑控制住，我们的目标是让白斑消下去); better than any
      // other of a kind (比任何口服药都更可靠); only our treatment is the real choice after others' faults (只有我院的…疗法…是真正适合…);
      // theirs treats the symptom, ours the root (激素药膏只是治标…而我们的疗法是治本的).
      p(new RegExp(`(?:${OTHERS.source})[^。;!?“”"「」]{0,16}?只(?:能|会|是)[^。;!?“”"「」]{0,12}?(?:控制|稳住|压住|压着|压一压|维持|缓解|拖着|延缓)[^。;!?“”"「」]{0,24}?(?:我们|本院|我院|本中心)`)),
      // What the other kind of medicine cannot do (中医整体调理能够从根本上解决…，这是西药所做不到的).
      p(/这是(?:西药|西医|中药|中医|激素|手术|传统疗法|其他疗法|其它疗法|普通疗法|其他医院|其它医院|别家|别的医院|一般医院|普通医院|大医院|公立医院)[^,，。;!?]{0,4}?所?(?:做不到|无法做到|不能做到|办不到|比不了|无法比拟)/),
      // Round fifty-five (batch DK): the gain may be named as its effect or onset (比任何口服药都见效快, 比所有药膏都起效快).
      p(/比(?:任何|所有|一切|其他所有|其它所有)[^,，。;!?]{0,10}?(?:都|还)(?:要|更)?(?:见效|起效|效果|疗效|恢复)?(?:要|更)?(?:好|快|可靠|有效|安全|彻底|管用|靠谱|稳定|持久|专业|先进)/),
      // Round seventy-three (batch FA): every other product, treatment or clinic on the market set below with 都更, whatever the gain
      // (比市面上所有遮瑕膏都更服帖, 比任何同类面霜都更滋润): the market as a whole is the rival; 比所有人都更早 names no product.
      p(/比(?:市面上|市场上|网上|同类产品中)?的?(?:任何|所有|一切)(?:的)?(?:同类|其他|其它)?[^,，。;!?都比]{0,8}?(?:产品|药|药膏|乳膏|软膏|遮瑕[\u4e00-\u9fff]?|粉底[\u4e00-\u9fff]?|护肤品|化妆品|面霜|精华|面膜|疗法|方法|医院|诊所|机构|仪器|设备|品牌|大牌|[液膏霜])都(?:要)?更(?:加)?[\u4e00-\u9fff]/),
      // Round sixty-three (batch EF): 才 alone before 真正 says it too (只有我们这款才真正吸收).
      // Round ninety-three (batch GO): or the only genuine article (只有我们店里卖的才是原装正品, 只有这里的才是专柜正品): the others sell fakes.
      p(/只有(?:我院|本院|我们|本中心|这里)(?:的|家)?[^。;!?]{0,24}?(?:才是?|是)(?:真正|唯一|[\u4e00-\u9fff]{0,4}?(?:正品|正宗|正牌|原装|真货))/),
      // Round sixty-three (batch EF): the others said to fall short of the speaker's own method, said as 我 (远不如我这套调理方法, 都比不上我的方子):
      // the old doctor or the host speaks for the clinic.
      p(/(?:不如|比不上|赶不上|不及)(?:我|咱|俺)(?:这|的|家)(?:套|个|款|种|副|剂|些)?[^,，。;!?]{0,4}?(?:方法|疗法|方子|配方|药|调理|手法|方案|产品|办法)/),
      p(/(?:只是|只能|仅仅是|不过是)治标[^。!?]{0,30}?(?:我们|本院|我院|本中心)[^。;!?]{0,16}?治本/),
      // Round twenty: others allow only so much, we do more (在别家只能做一个部位，在我们这里能做全脸); a VS line against another
      // treatment or clinic (VS 传统手术：…；我们的…); patients leaving the big hospitals for us (放弃大医院来我们这儿).
      p(/(?:别家|别人家?|其他医院|别的医院|外面|同行|其他机构|别的机构|别处)[^。;!?]{0,12}?只(?:能|可以|做|给)[^。;!?]{0,16}?(?:我们|本院|我院|这里|本中心)[^。;!?]{0,6}?(?:能|可以|就能|全|都)|(?<![a-z])vs\.?\s?[:：]?\s?(?:传统|普通|常规|其他|其它|别家|一般|外面|同行|公立|大医院|三甲)|放弃[^,，。;!?]{0,6}?(?:大医院|三甲医院|公立医院|别家|其他医院|外面|别的医院)[^,，。;!?]{0,4}?(?:来|到|选择|转投|投奔)(?:了)?(?:我们|本院|我院|这里|本中心)/),
      // Round one hundred and fifteen (batch IF): what the hospital or the doctor prescribes, or the old way, set below (这个土方子比医院开的药还灵; 这台仪器
      // 比老办法强多了); a question (比医院开的药还好吗？) or a price (比医院开的还贵) sets nothing below.
      p(/比(?:去|到|在)?(?:医院|诊所|大夫|医生)(?:里)?开的[^,，。;!?]{0,6}?(?:还要?|更|都)(?:灵|灵验|管用|有效|好使|好用|见效|强|好|快)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|比(?:老办法|老法子|老方法|老一套|以前的(?:办法|法子|方法))[^,，。;!?]{0,4}?(?:还要?|更|要)?(?:强|好|快|管用|有效|灵)(?:得多|多了|太多|不少)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round sixty-six (batch EL): the other may be where the reader would go (比去大医院打激光效果还好, 比到公立医院做更快, 比在外面的诊所治
      // 更便宜): 去 / 到 / 在 before the kind of clinic changes nothing; 比去年 names no clinic.
      // Round one hundred and fourteen (batch IE): gentler than the rivals (比同类乳膏温和得多, 比激素药膏还要温和).
      p(/比(?:去|到|在)?(?:(?:省|市|区|县|国)内|(?:省|市|区|县|城|镇)里|本市|本省|本地|当地|同城|全市|全省|全国|周边|一线城市|大城市|省城|北上广深?|北京上海|外地)?的?(?:单纯|单独|只|光|仅)?(?:吃|用|涂|擦|抹|口服|外用|打)?(?:其他|别的|别家|一般|普通|传统|同类|公立|外面的?|其它|国外|进口|国产|老式|旧式|老一代|上一代|西药|中药|激素|同行|市面上|那些|这些|三甲|大医院|综合医院|专科医院|常规|抗组胺药|抗生素|口服药|外用药|(?<=比(?:去|到|在)?(?:当地|本地|外地|省城|周边|大城市|一线城市|省会|北上广深?|北京上海)的?)(?:医院|诊所)|(?:地方|老家|基层|县城|县级|乡镇)的?(?:医院|诊所|卫生院)|小(?:医院|诊所))[^,，。;!?]{0,10}?(?:更|还要?|要)?(?:领先|超前|好|快|安全|温和|有效|彻底|便宜|先进|专业|显著|明显|持久|稳定|强|用心|贴心|细致|负责|靠谱|实惠|省心|舒适|管用|见效|灵验|好使|懂(?!事|得))/),
      // Round fifty-four (batch DH): the other may be the home-made or an older generation of a device or drug (进口设备效果比国产机器强得多,
      // 新款激光比老一代仪器更快); home-made and imported weighed evenly (国产设备和进口设备各有优缺点) has no 比 and is not read.
      // Round twenty-nine: the best among the peers of a place or kind (同城同类机构中效果最好的就是我们, 业内医院里我们最专业).
      // Round fifty-three (batch DG): the peers may be treatments, products or techniques, and the lead said without 最 (同类疗法中效果领先,
      // 同类产品里疗效首屈一指, 业内技术中名列前茅).
      p(/(?:同城|同行|同类|同级|同地区|本地|本市|全市|业内|周边)(?:的)?(?:机构|医院|诊所|门诊|专科|疗法|技术|产品|项目|方案|药物|药品|设备|仪器)?(?:中|里|之中|当中)[,，]?\s?[^,，。;!?]{0,8}?(?:最好|最强|最专业|最有效|最快|最先进|最规范|数一数二|领先|首屈一指|名列前茅|独占鳌头|遥遥领先)/),
      // Round fifty-three (batches DE and DG, written apart): the comparison in English against another kind of clinic or treatment
      // (效果 better than 三甲医院, faster than traditional 光疗, 新疗法 better than 普通抗组胺药, more effective than other clinics); a question
      // whether one is better than another names no kind, and a named study before it (研究显示…) is left to the context.
      p(/(?<![a-z])(?:better|faster|safer|cheaper|stronger|superior|more\s(?:effective|professional|advanced|experienced))\s?(?:than|to)\s?(?:(?:the|all|any)\s)?(?:(?:other|traditional|conventional|ordinary|regular|standard|usual|public|big|most|any)(?![a-z])|任何|所有|一切|其他|其它|别家|别的|普通|传统|常规|一般|公立|三甲|大医院|同行|同类|外面|市面|进口|西药|激素)/),
      // Others come to learn from us; choosing us cannot be wrong (很多同行都来我们这里进修学习; 选我们不会错).
      p(/(?:同行|其他医院|外院|兄弟医院|外地医生)[^。;!?]{0,8}?(?:来|到)(?:我们|本院|我院)(?:这里)?[^,，。;!?]{0,2}?(?:进修|学习|取经|参观|求教)|选(?:择)?(?:我们|本院|我院)(?:就)?(?:不会错|没错|就对了|准没错|错不了)/),
      // Round ninety-one (batch GK): the clinic itself, as subject, set against another clinic or a kind of hospital, with the gain
      // after 得更 or 更 (我们比妇幼保健院查得更全, 本院比市里的大医院做得更仔细); nearer, bigger or older compares no result.
      p(/(?:我们|本院|我院|本中心|我们家|本诊所|本机构)(?:的[\u4e00-\u9fff]{1,6}?)?比[^,，。;!?比]{0,10}?(?:医院|保健院|诊所|机构|门诊|中心|别家|同行)[^,，。;!?]{0,6}?(?:更|还要|还)(?:加)?(?:全面?|准确?|好|快|专业|安全|彻底|有效|精准|先进|可靠|靠谱|细致|仔细|强)/),
      // Round ninety-eight (batch GY), in the pattern below: the drug named by its kind between the verb and 药 (比吃降压药还稳当, 比打胰岛素针更管用),
      // and 稳当, 灵, 见效, 靠谱 as gains; 比吃降压药还便宜 names no gain.
      // Round ninety-three (batch GO): a school of medicine or a kind of treatment set below with 更 and the gain (调理方法比西医治疗更温和,
      // 推拿比吃药更管用, 针灸比手术恢复更快); 比西医更早 names no gain, and 中医未必比西医更温和 or a question asserts nothing.
      p(/比(?:西医|西药|中医|中药|激素|手术|开刀|化疗|打针|吃药|输液|(?:吃|服|打|用|涂|抹)[\u4e00-\u9fff]{1,4}?(?:药|针|药膏|激素))(?:的)?(?:治疗|疗法|方法)?[^,，。;!?比]{0,4}?(?:还要?|更加?|要)(?:温和|安全|有效|管用|彻底|快|好|持久|稳定|舒服|稳当|灵|见效|靠谱)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-five (batch GS): the same, with the school or kind of treatment set first after 比起, 相比, 相较 or 与…相比 and a comma, and the
      // gain in the clause after (比起西药，中药调理的效果更好; 和手术相比，针灸疗法更彻底); 更好地 or a question (效果更好吗？) is not read.
      // Round one hundred and eleven (batch HY), in the pattern below: the gain as how soon or how well it works with 更 (比起吃药，针灸起效更快;
      // 和激素相比，中药外洗效果更明显); 比起吃药，理疗需要更多时间 names no gain.
      // Round one hundred and eighteen (batch IM): ours, then 比 a named rival drug taken alone, then the gain with 得多 / 多了 (院里的综合调理方案比单打
      // 生物制剂效果稳得多); the doctor's neutral word across a comma (院里的医生说，生物制剂比激素效果稳得多) is not ours.
      p(/(?<=(?:本院|我院|我们|院里|咱们|这里|这儿|这套|这种|这个)[^,，。;!?]{0,12}?)比(?:单打|单用|光打|光用|只打|只用|单纯用?|打|用|吃|抹)?(?:生物制剂|靶向药|免疫抑制剂|激素(?:药膏)?|西药|抗组胺药|口服药|外用药|药膏)[^,，。;!?]{0,6}?(?:稳|好|强|快|持久|管用|彻底|有效)(?:得多|多了|太多|不少)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and two (batch HF), in the pattern below: the skin patient's drugs as what is bettered (比起抗生素，果酸换肤祛痘见效快多了; 和涂药膏相比，光疗效果好得多) and the gain said with 多了 / 得多; 比起吃药，光疗要多跑几趟医院 names no gain.
      // Round one hundred and sixteen (batch II), in the pattern below: the drug said as the only thing done, with 单纯 / 光 / 只 (相比单纯吃药，我们门诊的综合方案
      // 起效更快; 比起光抹药膏，光疗见效要快得多); 相比单纯吃药，联合治疗需要更多复诊 names no gain.
      p(/(?:(?:比起|相比于?|相较于?|较之)(?:单纯|单独|光|只|仅仅?)?(?:西医|西药|中医|中药|激素|手术|开刀|化疗|打针|吃药|输液|抗生素|口服药|涂药膏|涂药|药膏|外用药)(?:的)?(?:治疗|疗法|方法)?|(?:跟|和|与|同)(?:单纯|单独|光|只|仅仅?)?(?:西医|西药|中医|中药|激素|手术|开刀|化疗|打针|吃药|输液|抗生素|口服药|涂药膏|涂药|药膏|外用药)(?:的)?(?:治疗|疗法|方法)?(?:相比|比起来|相较|比较起来))(?:来说|而言)?[,，]\s?[^。;!?]{0,12}?(?:(?:更加?|还要?)(?:好(?![地做办用受懂记找买])|有效|管用|彻底|持久)|(?:见效|起效|效果|疗效|恢复|好得|消得|退得)(?:要)?(?:更加?|还要?)(?:快|好|明显|显著)|(?:见效|效果|好得|恢复得?|消得|退得)(?:要)?(?:快|好|强)(?:多了|得多|太多了|了不少))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and thirteen (batch IB): an older or ordinary kind of treatment after 比起 / 相比 / 相较 with the skin clinic's words between
      // (比起传统手术祛疤，这种方法好得多; 相较于常规的电灼，我们的新疗法恢复快得多) and the gain with 得多 / 多了 after the comma; a rival that is no
      // treatment (比起普通的防晒霜，物理遮挡效果好得多) and a question are not read.
      p(/(?:比起|相比于?|相较于?|较之)(?:传统|普通|常规|老式|以往|一般)的?[\u4e00-\u9fff]{0,4}?(?:手术|激光|疗法|治疗|方法|药膏|药物|仪器|设备|技术|冷冻|切除|电灼|磨削)[\u4e00-\u9fff]{0,3}?[,，]\s?[^。;!?]{0,12}?(?:方法|疗法|方案|技术|项目|效果|疗效|恢复|见效)(?:要|还要|会)?(?:好|强|快|有效|彻底)(?:得多|多了|太多了?|不少)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-three (batch GO): the clinic the speaker or the reader went to before, set below by a "much more" (比我以前去的公立医院舒服
      // 太多, 比你之前看的那家诊所细致得多); 比我以前去的医院远多了 names no gain.
      p(/比(?:我|你|您|大家|患者)?(?:之前|以前|上次|原来|过去|当初)?(?:去|看|跑|住|找)(?:过)?的(?:那家|那个|那些)?[\u4e00-\u9fff]{0,4}?(?:医院|诊所|门诊|机构|牙科|口腔|眼科|药房|药店|美容院)[^,，。;!?比]{0,6}?(?:好|强|快|舒服|舒适|干净|细致|仔细|专业|靠谱|有效|管用|彻底|轻松)(?:了)?(?:得多|多了|太多|很多|一大截|不少)/),
      // Round ninety-three (batch GO): other brands, products or clinics set below by a multiple, whatever the gain (比同类产品测得准两倍,
      // 比普通助听器清晰三倍); a price (比同类产品贵两倍) or a people (比普通人群高两倍) is no boast.
      p(/比[^,，。;!?比]{0,6}?(?:其他|其它|别家|别的|同类|普通|传统|同价位|同档次|同级别|市面上)[^,，。;!?比]{0,6}?(?:品牌|产品|医院|诊所|机构|门诊|药|药物|药膏|仪器|设备|机器|型号|款|助听器)[^,，。;!?比]{0,4}?(?:清楚|清晰|好|强|快|亮|准|舒服|耐用|持久|有效|管用|灵敏|精准|彻底)(?:上|出)?(?:了)?(?:[一两二三四五六七八九十\d]+|好几|几|数)倍/),
      // Round ninety-three (batch GO): a hospital or a shop of the trade set below on how exact or thorough its work is, the work named between
      // (镜片比医院验光更准, 比诊所拔得还利索 is not read: 利索 names no exactness); 比医院量的更低 (a reading) and a question stay out.
      p(/比(?:去|到|在)?[\u4e00-\u9fff]{0,4}?(?:医院|诊所|门诊部?|卫生院|药房|药店|眼镜店|眼镜城|眼科)(?:的)?[\u4e00-\u9fff]{0,3}?(?:还要|还|更)(?:加)?(?:准|精准|准确|专业|仔细|细致|彻底|有效|管用|靠谱)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and eleven (batch HY): the effect said to beat any other named after 比, a drug by its own name too (效果比米诺地尔还要好,
      // 疗效比那款进口洗剂更明显); our own earlier course, an expectation or a question (效果比上次还好, 比第一次更明显, 比预期还好) compare with no rival.
      p(/(?:效果|疗效|药效)(?:上)?比(?!(?:之前|以前|此前|上次|上回|上一次|预期|想象|预想|原来|过去|去年|平时|当初|刚开始|开始|第[一二三四五六七八九十\d]|较|起|对|我想|你想|您想|我以为|想的|治疗前|用药前|术前))[^,，。;!?比]{1,8}?(?:还要?|更加?)(?:好|强|快|明显|显著|管用|有效)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and twelve (batch IA): the rival named right after 比, whatever it is, then the effect with a "much more" (这个方法比冷冻去疣效果
      // 好得多, 这款凝胶比口服药疗效强多了); our own earlier course or an expectation (比上次效果好多了, 比预期效果好得多) has no rival, and a question is not read.
      p(/比(?!(?:之前|以前|此前|上次|上回|上一次|预期|想象|预想|原来|过去|去年|平时|当初|刚开始|开始|第[一二三四五六七八九十\d]|较|起初|对照|我想|你想|您想|我以为|想的|治疗前|用药前|术前|单用|单独))[^,，。;!?比]{1,10}?(?:效果|疗效)(?:要|还|都)?(?:好|强|明显|显著)(?:了)?(?:得多|多了|太多|很多|一大截)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and twelve (batch IA): an older or ordinary kind of treatment set below on the pain it spares (比传统激光少受罪多了, 比普通冷冻疼痛小得多);
      // 比传统激光更贵 or a question names no gain.
      p(/比(?:起)?(?:传统|普通|常规|老式|老一代|一般|其他|其它|别家|别的)[^,，。;!?比]{0,8}?(?:少受罪|少遭罪|少吃苦|痛苦小|疼痛小|疼痛轻|少疼)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-two (batch GL): the effect itself said to beat a hospital's or a hospital department's (治疗效果比医院理疗科的还强,
      // 疗效比大医院的更明显); a question (效果比医院的还好吗？) is left to the answer, and a worse result (比医院的差) boasts nothing.
      // Round ninety-seven (batch GW), here and in the better-than-another-kind pattern further down: most of them, or many, as the other (效果比大多数
      // 三甲医院还要好; 比很多公立医院的医生看得更细): the clinic still ranks itself above them.
      p(/(?:效果|疗效|药效)(?:上)?比(?:去|到|在)?(?:绝大多数|大多数|多数|绝大部分|大部分|很多|许多|不少|好多)?[^,，。;!?比]{0,4}?(?:医院|诊所|卫生院|门诊部?|理疗科|康复科|皮肤科|专科)[\u4e00-\u9fff]{0,4}?的?(?:还要|还|更)(?:加)?(?:好|强|快|明显|显著|彻底|管用|有效)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round eighty-one (batch FQ): 优于 a moment of the patient's own course (优于上次结果, 优于术前) compares no rival; surpassing a
      // big or public hospital by kind (康复效果超越大型综合医院, 服务超越公立医院) is the boast.
      p(/优于(?!(?:上次|前次|上一次|入院时|术前|治疗前|用药前|基线|去年同期|预期))|胜过|胜于|远超|远胜|完胜|(?:较|更|远)?佳于|远远超过|超越(?:其他|同类|传统|国外|同行|大型|综合医院|公立|三甲|大医院|各大|省级医院)|领先于|强于/),
      // Round eighty-one (batch FQ): a success or cure rate said to be above a kind of other hospital (种植成功率高于公立医院同类科室, 有效率
      // 明显超过三甲医院), or a result above the peers by a stated margin (治疗效果比同行高出30%, 比其他医院多出两成); 患病率高于全国 names no rival.
      p(/(?:成功率|治愈率|有效率|显效率|存活率|成活率|好转率|复色率|怀孕率|妊娠率)(?:要|都|也|还)?(?:明显|远远|远|大大|显著)?(?:高于|超过|超出)(?:了)?(?:本地|当地|同城|全市|全省|省内|市内|国内)?的?(?:公立|三甲|大医院|综合医院|其他医院|其它医院|其他机构|别家|同行|同类(?:医院|机构|诊所)|普通(?:医院|诊所)|一般(?:医院|诊所)|外院|外面)|比(?:同行|同业|别家|其他医院|其它医院|其他机构|其它机构|公立医院|三甲医院|大医院|同类(?:医院|机构|诊所))[^,，。;!?比]{0,6}?(?:高出|高了|提高|多出)(?:了)?\s?(?:\d+(?:\.\d+)?\s?[%％]|[一二三四五六七八九十几两\d]+(?:成|倍)|[一二三四五六七八九十几两\d]+个百分点)/),
      // Round sixty-four (batch EI): 领先 straight before the rivals, with no 于 (疗效领先同行, 技术领先同类医院, 复色速度领先别家).
      p(/领先(?:同行|同业|业内|同类(?:医院|机构|诊所|门诊|专科|产品|疗法|技术)|别家|其他(?:医院|机构|诊所|门诊|同行)|各大医院|周边(?:医院|诊所|机构))/),
      // Round sixty-one (batch EC): 好于, the plain word for 优于, with a degree or set against all the others (效果远远好于此前所有方案,
      // 疗效明显好于别家); 好于预期 compares with an expectation, not a rival.
      p(/(?:远远|远|明显|大大|大幅|显著)好于|(?:效果|疗效|复色|见效|恢复)(?:要|都|也|还)?好于(?:此前|之前|以往|其他|其它|别的|别家|所有|任何|一切|传统|普通|常规|外院|外面|同类|同行|市面)/),
      // Round fifty-four (batch DH): surpassing most of the others of a place (性能超过国内绝大多数医院的同类设备, 赶超省内大部分同行).
      p(/(?:超过|超越|赶超|碾压|胜出)(?:了)?(?:国内|省内|市内|全国|全省|全市|同城|本地|业内)?(?:绝大多数|大多数|大部分|多数|一般的?|普通的?)(?:的)?(?:医院|诊所|机构|同行|专科|皮肤科)/),
      // Round thirty-three: another treatment or clinic wholly surpassed (我们的光子嫩肤…全面超越激光, 效果完全超过普通光疗).
      p(/(?:全面|完全|远远|大大|彻底|全方位)(?:地)?(?:超越|超过|碾压|赶超)(?:了)?(?=[^,，。;!?]{0,6}?(?:激光|疗法|治疗|技术|手术|药|医院|机构|诊所|同行|传统|普通|其他|别家|常规|进口|国外|市面|同类))/),
      // Round thirty-two: the effect said to pass a named kind of other treatment (院内制剂疗效超过进口药, 效果好过公立医院).
      // Round ninety-nine (batch HA), in the pattern below: the hospital or the clinic itself as what is equalled (自家的艾贴，效果一点不输医院的理疗; 这款足浴包
      // 效果不亚于诊所的针灸): a home remedy said to do what care there does. And a comparison with others of the kind that our own wins, after a comma
      // (跟同类体检相比，我们的筛查更全面、更精准; 和普通推拿馆比起来，本店的手法更到位); 和普通体检相比，这套项目更适合有家族史的人 names no one of ours.
      p(/(?:疗效|效果|作用|药效)[^,，。;!?]{0,4}?(?:超过|超越|赶超|好过|强过|不输|不亚于)(?:了)?(?:所有|一般|普通)?(?:的)?(?:进口|国外|外国|西药|中药|激素|传统|其他|其它|同类|普通|常规|别家|公立|大医院|三甲|市面上?|同行|名牌|大牌|医院|诊所|门诊|理疗科|康复科|药店|药房)/),
      p(/(?:(?:跟|和|与|同)(?:同类|其他|其它|别家|别的|普通|一般|传统|常规|外面的?|市面上的?|街边的?|一般的?)[^,，。;!?]{0,8}?(?:相比|比起来|比较起来|相较)|(?:相比|相较|比起|较之)(?:于)?(?:同类|其他|其它|别家|别的|普通|一般|传统|常规|外面的?|市面上的?)[^,，。;!?]{0,8}?)[,，]\s?(?:我们|本院|我院|本中心|本店|本馆|我家|咱家|咱们|这里)[^。;!?]{0,12}?更(?:加)?(?:全面|精准|准确|专业|有效|安全|好|快|彻底|先进|可靠|靠谱|细致|舒适|到位|管用|周到)/),
      // Round fifty-one (batch CY): our standard, skill or equipment said to pass other hospitals of a kind or place, with no 比
      // (诊疗水平已经超过省内多家三甲医院, 技术实力赶超全市大部分公立医院); a standard approaching them (接近三甲医院) compares to no gain.
      p(/(?:水平|技术|实力|医术|能力|设备)[^,，。;!?]{0,4}?(?:超过|超越|赶超|好过|强过|高于)(?:了)?(?:(?:省|市|区|县|国)内|本地|当地|同城|全市|全省|全国|周边|省城|北上广深?)?的?(?:多家|许多|很多|不少|大部分|大多数|一些|部分|众多|诸多|绝大多数|一般|普通|所有)?的?(?:三甲|大医院|公立|其他|其它|同类|同级|别家|知名|老牌|省级|市级|综合医院|专科医院)/),
      // Round twenty-one: another clinic that can only do so much, then we can (隔壁连锁诊所说只能拔，我们能保住; refine() asks for
      // the other before 只); a result above the trade's average (治疗效果领先同行业平均水平40%).
      p(/只(?:能|会|可以|好)[^。;!?]{0,16}?(?:我们|本院|我院|这里|本中心)[^。;!?]{0,10}?(?:能|可以|就能|都能)|(?:高于|超过|超出|领先|优于|好于|高出)(?:同行业?|同业|行业|业内|业界|同类(?:机构|医院|产品|门诊)?)的?平均/),
      // Round fifty-eight (batch DU): a drug, treatment or hospital set below by a multiple or a "much more" (这个药膏比医院开的激素药好用十倍,
      // 比普通诊所的光疗强多了): the size of the gain is the boast; a weather or season compared (夏季紫外线比冬季强) names no treatment.
      // Round one hundred and one (batch HE): the gain may be how soon it works (比医院的激素药膏见效快多了, 比诊所的光疗起效快得多); 比吃药见效慢 boasts nothing.
      // Round one hundred and sixteen (batch II), in the pattern below: the rival a hair-loss drug by its generic name or a lotion or tincture (比自己在家抹米诺地尔
      // 见效快多了, 比网上买的生发液效果好得多); 比上次复查时发量多了不少 names no rival.
      p(/比[^,，。;!?比]{0,12}?(?:药|药膏|乳膏|软膏|激素|疗法|医院|诊所|机构|西药|中药|方案|产品|设备|仪器|光疗|激光|药水|药液|喷剂|酊|洗剂|生发水|生发液|生发精华|米诺地尔|非那雄胺)(?:的)?(?:效果|疗效|见效|起效|好得)?(?:还|要|都)?(?:好用|管用|好使|强|好|有效|快)(?:了)?(?:得多|多了|太多|很多|一大截|(?:\d+|[一二三四五六七八九十百几数两]+)倍)/),
      // Round seventy-eight (batch FK): 西医 or 中医 (a whole school of medicine) set below, with what it is said to do between (中医比西医好得多,
      // 针灸比西医只会开止痛药要强得多): the gain comes with 得多, 多了 or a multiple; 不一定比西医好 has none.
      p(/比(?:西医|中医|西药|中药|激素|手术)(?:[^,，。;!?比]{0,8}?(?:还|要|都))?(?:好|强|有效|管用)(?:了)?(?:得多|多了|太多|很多|一大截|(?:\d+|[一二三四五六七八九十百几数两]+)倍)/),
      // Round seventy-two (batch EX): what the reader was prescribed or bought elsewhere, whatever its name, set below by a "much more"
      // (这款药膏比你在诊所拿的那支进口药好用多了, 比医院配的药强得多): the other named by where it came from, not by a class word.
      p(/比(?:您|你|大家|患者)?(?:之前|以前|上次|原来)?(?:在|去|从|到)?(?:医院|诊所|外院|别家|别的医院|其他医院|外面|药店|药房|网上)(?:里)?(?:开|拿|配|买|用|打|抹|涂)(?:的|过的|来的)[^,，。;!?比]{0,10}?(?:效果|疗效)?(?:还|要|都|可)?(?:好用|管用|好使|强|好|有效|快)(?:了)?(?:得多|多了|太多|很多|一大截|(?:\d+|[一二三四五六七八九十百几数两]+)倍)/),
      // Round one hundred and twenty-five (batch IZ): the same rival from where it was prescribed or bought, set below in gentleness or safety by a multiple
      // or a "much more" (比医院开的药膏温和十倍; 比药店买的那支安全得多): mildness is what a sensitive-skin counter sells; 比医院开的药贵 names no result.
      p(/比(?:您|你|大家|患者)?(?:之前|以前|上次|原来)?(?:在|去|从|到)?(?:医院|诊所|外院|别家|别的医院|其他医院|外面|药店|药房|网上)(?:里)?(?:开|拿|配|买|用|打|抹|涂)(?:的|过的|来的)[^,，。;!?比]{0,10}?(?:还|要|都|可)?(?:温和|安全|温柔|不刺激|刺激小|舒服|养肤)(?:了)?(?:得多|多了|太多|很多|一大截|(?:\d+|[一二三四五六七八九十百几数两]+)倍)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round fifty-two (batch DC): our own treatment set against any named other drug or method, by name (我们的中药生发方案比米诺地尔效果
      // 好得多, 本院的药膏比那款进口乳膏见效快多了): the other need not be a class word; our past, the reader's expectation and a plain 比较 stay out.
      // Round fifty-six (batch DO): our own method said better than one or several named others with 都 or 更 (我们的疗法比激光、比刷酸
      // 效果都强; 本院药膏比进口药膏效果更好); a comparison with our own past (比之前, 比预期) stays let through by the lookahead.
      p(/(?:我们|本院|我院|本中心|本诊所)(?:的|自己的)?[^,，。;!?比]{0,12}?(?:方案|疗法|方法|技术|药膏|药|制剂|配方|方子|治疗|设备|仪器|凝胶|乳膏|软膏|喷雾|药水|产品|针|针剂)比(?!较|起|对|(?:之前|以前|此前|原来|过去|上次|上个|去年|平时|预期|想象|预想|您|你|大家))[^,，。;!?]{1,12}?(?:效果|疗效|见效|起效)?(?:(?:要|还)?(?:好|强|快|管用|有效|明显|稳定|持久)(?:得多|多了|太多|很多|不少|一大截)|(?:都|全都|更|更加)(?:要)?(?:好|强|快|管用|有效|明显|稳定|持久|彻底|久))/),
      // Round sixty-eight (batch EQ): we, then better than 别人家 (我们的效果就是比别人家好, 本院做得比别人家细): the others unnamed by a
      // pronoun of the trade; 别人家的孩子 is a child, not a rival, and 比别人 alone may be one patient against others.
      p(/(?:我们|本院|我院|本中心|本诊所|本店|咱们|咱家)[^。;!?]{0,12}?比别人家(?!的?(?:孩子|小孩|宝宝|娃|老人|父母|家长|姑娘|小伙))[^,，。;!?]{0,6}?(?:更|还要?|要|都)?(?:好|快|强|专业|有效|彻底|细致|先进|管用|靠谱|明显|持久)/),
      // Round eleven: peers who admit it (好多同行私下都承认…我们做得最细).
      p(/(?:同行|同业|别家|其他医院|业内|业界)们?[^,，。;!?]{0,6}?(?:承认|佩服|服气|甘拜下风|自愧不如)[^。;!?]{0,16}?(?:我们|本院|我院|本中心)/),
      // Round thirty: others copy us and cannot catch up (同行都在模仿我们的技术，但始终无法超越; 别家照搬我们的方案也学不来).
      p(/(?:同行|同业|别家|其他医院|其他机构|同类机构|业内|业界)们?[^,，。;!?]{0,6}?(?:模仿|效仿|抄袭|照搬|复制|学)(?:我们|本院|我院|本中心)[^。;!?]{0,16}?(?:无法|不能|难以|没法|做不到|比不上|赶不上|超越不了|学不来|抄不来|学不会)/),
      // Structural: a comparison marker in a sentence that names an unnamed other and ourselves
      // (跟普通医院比起来，我们的复色速度快得多; 本院疗效明显好于同类专科; 是普通疗法的三倍).
      // 同样是做双眼皮，别家…，我们…: 同样 opens the comparison as its own leading clause; 都遵循同样的规范 compares nothing.
      p(/(?:不像|不同于|有别于|区别于)(?=[^,，。;!?]{0,4}?(?:有些|有的|个别|部分|某些|很多|一些|其他|其它|别的|别家|那些|一般|普通|传统|外面|大医院|小诊所|公立))|同样(?:是|的)(?=[^,，。;!?]{0,8}?[,，])|比起来|比起|相比(?:之下)?|相较|比较起来|一样好|一样有效|不亚于|不输|媲美|比肩|比(?=[,，])(?<=(?:跟|和|与|同)[^,，。;!?]{1,12}?比)|好于|高于|强于|高出|快于|胜于|得多|太多|(?:[一二三四五六七八九十两几\d]+|好几|数)倍|不一样|不同[，,]|做不到|更(?=[好快强懂专精先安有省便优贴准稳彻用细负靠])|(?:不如|比不上|赶不上|不及)(?=我们|本院|我院|这里|本中心)|(?:不如|不妨)(?:试试|选择?|来|直接来|找)(?=[^,，。;!?]{0,4}?(?:我们|本院|我院|这里|本中心))/),
      p(/(?:别家|别人家?|其他医院|别的医院|外面|同行|传统疗法|其他机构|其它机构|同类机构|其他诊所|别的诊所|别处|他们|人家|(?:其他|其它|别的|一般的?|普通的?)[\u4e00-\u9fff]{0,2}?(?:牙科|口腔|门诊|诊所|机构|医美|眼科))[^。;!?]{0,10}?(?:\d+|[一二三四五六七八九十两几])(?:次|针|个疗程|个月|周|天|年|万|千|百)[^。;!?]{0,10}?(?:我们|本院|我院|这里)[^。;!?]{0,8}?(?:\d+|[一二三四五六七八九十两半几])(?:次|针|个疗程|个月|周|天|年|万|千|百)/),
      // What others cannot do, we can (别人做不到的，我们能做到); another treatment judged and ours offered instead
      // (传统疗法见效慢、易复发，新疗法一步到位).
      p(/(?:别人|别家|其他医院|外院|同行|他们|人家|别处|别的医院|别的地方)[^,，。;!?]{0,4}?(?:做不到|做不了|治不好|治不了|看不好|没办法|搞不定|解决不了|处理不了|不敢(?:接|做|治|收)|不肯接|拒收)的?[^。;!?]{0,8}?(?:我们|本院|我院|这里)|(?:传统|普通|常规|一般|其他|其它|西医|西药|激素|化学)(?:的)?(?:疗法|方法|治疗|产品|药物|药|方案|技术)[^。;!?]{0,6}?(?:见效慢|易复发|容易复发|副作用大|不彻底|治标不治本|效果差|伤身|伤肝|伤肾)[,，、][^。;!?但而]{0,10}?(?:一步到位|彻底|根治|不复发|无副作用|轻松|更好|更快|见效快|立竿见影)/),
      // Round forty-six (batch CM): an old and a new way set side by side as labels, the new one praised (老方法治湿疹：反反复复；新方法：一步到位);
      // two labels that only describe (传统疗法：外用药；新疗法：生物制剂) praise nothing.
      p(/(?:老|旧|传统|普通|常规|以前的?)(?:方法|疗法|办法|治法|技术|方案)[^\n。;；!?]{0,10}?[:：][^\n。;；!?]{1,12}?[;；,，\n]\s?(?:新|我们的?|本院的?|我院的?)(?:方法|疗法|办法|治法|技术|方案)[^\n。;；!?]{0,10}?[:：]\s?(?=[^\n。;；!?]{0,4}?(?:一步到位|彻底|根治|断根|不复发|不反弹|见效快|立竿见影|轻松|更好|更快|更稳|无副作用|一次搞定|一劳永逸))/),
      // Round sixty-eight (batch EQ): a table row whose cells each name a side with its figure, ours and another kind of clinic or treatment
      // (| 治愈率 | 本院 98% | 普通医院 60% |, | 疗程 | 传统疗法 6个月 | 我院 2个月 |): the figures set side by side are the comparison.
      p(/\|\s?(?:本院|我院|本中心|本诊所|我们)[\u4e00-\u9fff]{0,4}?\s?\d[^|\n]{0,8}\|\s?(?:普通|其他|其它|一般|传统|常规|同类|公立|别家|外院|同行|大|三甲)[\u4e00-\u9fff]{0,4}?\s?\d[^|\n]{0,8}\||\|\s?(?:普通|其他|其它|一般|传统|常规|同类|公立|别家|外院|同行|三甲)[\u4e00-\u9fff]{0,4}?\s?\d[^|\n]{0,8}\|\s?(?:本院|我院|本中心|本诊所|我们)[\u4e00-\u9fff]{0,4}?\s?\d[^|\n]{0,8}\|/),
      // Round fourteen: two labels side by side, another clinic's and ours (普通医院：三个月 / 我们：一周).
      p(/(?:普通|其他|其它|一般|传统|别家|外面|同行|公立)[\u4e00-\u9fff]{0,4}?(?:医院|诊所|机构|疗法|门诊)?\s?[:：][^\n。;!?]{0,16}?(?:我们|本院|我院|本中心|本诊所)\s?[:：]/),
      // Round fourteen: others take a count of days or sessions, then we, with no 而, take one or none (别的机构做完要恢复一周，
      // 我们当天就能正常上班).
      p(/(?:别家|别人家?|人家|同行|外面|别的[\u4e00-\u9fff]{0,2}?(?:医院|机构|诊所|门诊)|其他[\u4e00-\u9fff]{0,2}?(?:医院|机构|诊所|门诊))[^。;!?]{0,12}?(?:\d+|[一二三四五六七八九十两几半])\s?(?:次|周|天|个月|月|年|小时|针|个疗程)[^。;!?]{0,6}?[,，]\s?(?:而)?(?:我们|本院|我院|本中心|在这里|这里)[^。;!?]{0,8}?(?:当天|一次|只需|仅需|只要|只用|仅用|就能|即可|马上|立刻|半天|当场)/),
      // Round ten: others described, then "while we…" with the advantage (一般医院做完要住院一周，而本院当天就能回家);
      // nobody is better than us (这座城市里没有谁比我们更专业).
      // Only we are genuine (我们才是真正在给人看病); a table with a column for others and one for us.
      // Round ninety-three (batch GO): our column may name us as a place (| 我们的诊所 | 普通社区医院 |, | 我们医院 | 其他医院 |).
      p(/(?:我们|本院|我院|本中心)(?:[^,，。;!?]{0,10}?)才是(?:真正|正规|专业|靠谱|更|最|从根(?:上|本)?|治本|根本)|(?:某?(?:普通|其他|其它|一般|传统|常规|同类|公立|市面上?的?)[\u4e00-\u9fff]{0,4}|同行|别家|外院)\s?\|\s?(?:本院|我院|本中心|我们|本诊所|本机构)(?:的?(?:诊所|医院|门诊|中心|机构|门店)|[\u4e00-\u9fff]{0,3}(?:疗法|方案|技术|治疗|手术|方法))?\s?\||(?:本院|我院|本中心|我们|本诊所|本机构)(?:的?(?:诊所|医院|门诊|中心|机构|门店)|[\u4e00-\u9fff]{0,3}(?:疗法|方案|技术|治疗|手术|方法))?\s?\|\s?(?:某?(?:普通|其他|其它|一般|传统|常规|同类|公立|市面上?的?)[\u4e00-\u9fff]{0,4}|同行|别家|外院)\s?\|/),
      p(/(?:而|但是?|可是?|然而)(?:在)?(?:本院|我院|我们(?:这里|这儿|中心|医院)?|本中心|这里)(?=[^。;!?]{0,16}?(?:只需|只要|仅需|就能|便能|即可|当天|更|一次|无需|不用|优势|立刻|马上))|(?:没有|没|找不到|再也找不到)(?:谁|哪家|哪一家|任何一家|任何人|人|一家|别家|哪个医院|哪位医生|哪个机构)?[^,，。;!?]{0,8}?比(?:我们|本院|我院|这里|我们家)(?:更|还)|没有(?:一家|哪家|谁|任何一家|一个|哪个)(?:能|可以|敢)?(?:跟|和|与|同)(?:我们|本院|我院|本中心|这里)(?:比|相比|相提并论|媲美|比肩)|(?:没有|没|找不到)(?:哪个|哪位|哪家|一个|一家|任何)(?:医生|大夫|专家|医院|诊所|机构|同行)[^,，。;!?]{0,4}?(?:比得上|比得过|赶得上|及得上|能与之相比)/),
      // Round one hundred and thirteen (batch IB): nobody's results said to surpass ours, the clinic as the object of 超过 / 超越 / 胜过 (同价位里，没有哪家的效果能
      // 超过我们; 论祛疤技术，没有一家能超越本院); a fee or a limit surpassed (没有哪家诊所能超过法定的收费标准) names no clinic of ours, and a question asks.
      p(/没有(?:哪家|哪一家|一家|任何一家|谁|别家|哪个|哪位)[^,，。;!?]{0,6}?(?:能|可以|敢说)?(?:超过|超越|胜过|强过|比得上|比得过|赶得上)(?:我们|本院|我院|本中心|这里|我家|咱家|咱们)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(/(?:同类|同行|其他|别家|传统|普通)(?:医院|疗法|产品|机构)?(?:中|里)?(?:无法|不能|难以)(?:比|相比|媲美|比拟|企及)|是(?:普通|传统|其他|一般|常规|同类)(?!人|的?人)[^,，。;!?]{0,12}?的?\s?(?:\d+|[两二三四五六七八九十几]|好几)倍|是别(?:人|家)的?[^,，。;!?]{0,4}?(?:\d+|[两二三四五六七八九十几])倍|无人能及|无可比拟|遥遥领先|不可同日而语|不能同日而语|不在一个(?:层次|档次|水平)|(?:顶|抵|相当于|赶得上)(?:别人|别家|人家|其他医院|普通医院|传统疗法)[^,，。;!?]{0,4}?(?:\d+|[一二三四五六七八九十两几百])(?:次|个疗程|倍|年|支|针|瓶|盒|回|趟|个月|周)|\d+倍于|效果(?:是|为)[^,，。]{0,8}?的?(?:\d+|[两三四五六七八九十几]|好几|数)倍|疗效翻倍|甩(?:开)?同行/),
      // Round twenty-seven: slang for beating the rest (效果秒杀市面上九成的机构, 吊打同行); another clinic's frequent bad outcome set
      // against ours without it, with no 而 (其他家做完返黑的很多，我们这里做完基本不返黑); only with us is it reliable (来我们正规医院才
      // 靠谱), which refine() keeps when the paragraph names another.
      // Round forty-three (batch CC): beating any unnamed other (效果吊打隔壁医院, 碾压外面的小诊所).
      p(new RegExp(`(?:秒杀|吊打|碾压|完爆|力压|秒掉)(?:了)?(?:一众)?(?:${OTHERS.source})`)),
      p(/(?:秒杀|吊打|碾压|完爆|力压|秒掉|甩开)(?:了)?(?:一众)?(?:同行|同业|同类(?:产品|机构|医院|门诊|疗法)?|别家|业内)|(?:秒杀|吊打|碾压|完爆|力压|秒掉)[^,，。;!?]{0,8}?(?:市面上|其他|其它|所有|九成|八成|大部分|大多数|绝大多数|绝大部分|外面|普通|传统|[一二三四五六七八九]成|\d+\s?%)[^,，。;!?]{0,6}?(?:医院|诊所|机构|门诊|产品|疗法|技术|设备|专家|医生|品牌|仪器)/),
      p(/(?:别家|别人家?|其他家|其它家|人家|同行|外面|别处|外院|(?:其他|其它|别的|普通|一般|有的|有些|很多|不少)的?(?:医院|机构|诊所|门诊|美容院|店))[^。;!?]{0,20}?(?:返黑|反黑|复发|反弹|留疤|感染|发炎|脱落|松动|过敏|掉发|变形|歪)[^。;!?]{0,8}?[,，;；]\s?(?:而)?(?:在)?(?:我们|本院|我院|本中心|这里)(?:这里|这儿|家)?[^。;!?]{0,8}?(?:基本(?:上)?|几乎|很少|极少|从不|从没|没有|不会|绝不|都不)(?:不|没)?(?:会)?(?:出现|有)?(?:返黑|反黑|复发|反弹|留疤|感染|发炎|脱落|松动|过敏|掉发|变形|歪|(?=[,，。;!?！？]|$))/),
      p(/(?:来|到|选|找|还是)(?:我们|本院|我院|本中心)(?:这样的|这种)?[^,，。;!?]{0,6}?才(?:靠谱|放心|安全|正规|专业|有保障|稳妥|踏实|不会上当)/),
      // Round seventeen: our figure as a fraction of another's (术后疼痛仅为传统手术的1/3, 费用只有大医院的一半).
      p(/(?:仅为|仅是|只有|仅有|只是|才|不到|不足)(?:传统|普通|常规|一般|其他|其它|别家|别人|同类|开放|外面|公立|大医院|同行)[^,，。;!?]{0,8}?的\s?(?:\d+\s?[/／]\s?\d+|[一二三四五六七八九十几]分之[一二三四五六七八九十]|一半|零头)/),
      // Round twelve: the other named by a pronoun after it was named before (问：你们和三甲医院比怎么样？答：…我们的
      // 成功率比他们高得多; 普通诊所…，我们的设备比它们先进两代); refine() asks for the other in the paragraph.
      p(/比(?:他们|它们|她们|人家|对方|那些)[^,，。;!?]{0,6}?(?:更|还|要)?(?:好|快|先进|专业|高|强|低|便宜|安全|有效|彻底|稳定|持久|明显|自然|细致|靠谱|正规)/),
      // Round twelve: "N times better" with no one named still compares (效果好一倍, 复色速度快两倍); a cited study is
      // let through by refine().
      p(/(?:效果|疗效|速度|成功率|复色率|有效率|恢复|起效|见效|吸收)(?:要|还)?(?:好|高|强|快)(?:上|出)?(?:了)?(?:整整)?(?:[一两二三四五六七八九十\d]+|好几|几|数)倍/),
      // Round twenty-six: "better than X by N times" with X anything (效果比别家诊所好10倍不止); a result said to beat the patient's
      // earlier treatments (效果比之前所有治疗加起来还好), which refine() keeps only when the clinic is in the sentence.
      p(/比[^,，。;!?]{0,12}?(?:好|强|快)(?:上|出)?(?:了)?(?:[一两二三四五六七八九十\d]+|好几|几|数)倍|比(?:之前|以前|此前|原来|过去)[^,，。;!?]{0,12}?(?:治疗|疗法|方案|用药|吃的药|医院)[^,，。;!?]{0,8}?(?:还|更|都)(?:好|快|有效|管用|明显)/),
      // Round thirteen: better by a margin (比同价位的机构好上一大截), our price a fraction of theirs (价格只有大医院的一半).
      p(/比[^,，。;!?]{0,12}?(?:好|强|高|快|专业|先进|细致)(?:上|出)?(?:一大截|一截|几条街|一个档次|一个级别|好几个档次)|(?:价格|收费|费用)[^,，。;!?]{0,4}?(?:只有|仅为|仅是|不到|才)(?:大医院|三甲医院|公立医院|别家|同行|其他医院|外面|别人|专科医院|医美机构|其他机构)的?(?:一半|三分之一|几分之一|零头|[一二三四五六七八九]成|\d+\s?%)/),
      // Round twelve: what others cannot do, we can (很多医院做不了的复杂病例，我们都能做; 不是所有医院都能做，我们可以).
      p(new RegExp(`(?:${OTHERS.source})[^,，。;!?]{0,4}?(?:做不到|做不了|治不好|治不了|看不好|没办法|搞不定|解决不了|处理不了|查不出来?|不敢(?:接|做|治|收)|不肯接|拒收)的?[^。;!?]{0,10}?(?:我们|本院|我院|这里)|不是(?:所有|每家|每个|任何)(?:的)?(?:医院|诊所|机构|医生|门诊)都(?:能|可以|会|敢)[^。;!?]{0,12}?(?:我们|本院|我院|本中心)`)),
      // Round thirty-five: ahead of the others by streets or a grade, with no 比 (效果甩其他医院几条街, 领先同行一个档次).
      p(/(?:甩|甩开|超出|领先|强过|好过|高出)(?:了)?(?:其他|其它|别的|别家|同行|同类|一般|普通|外面|市面上)[^,，。;!?]{0,8}?(?:几条街|一大截|一截|一个档次|好几个档次|一个级别|好几个级别)/),
      // Round thirty-seven (batch BN): a notch above, said of ourselves (击败其他参评机构…技术实力更胜一筹); no worse than any clinic in a place
      // (放在全市任何一家医院都不会输); not in the same class as the others (跟他们完全不是一个档次). refine() asks for ourselves or the others.
      p(/(?:更胜一筹|略胜一筹|技高一筹|高出一筹|高人一等|棋高一着)|(?:任何|哪)一?家(?:医院|诊所|机构|门诊|同行)[^,，。;!?]{0,4}?都(?:不会|不)(?:输|差|逊色)|(?:完全|根本|压根|绝对)?不是一个(?:档次|层次|级别)/),
      // Round thirty-six: another kind of doctor or clinic said to be no match (参数把控之细，远非一般皮肤科医生可比; 绝非普通诊所所能及).
      p(/(?:远非|绝非|并非|决非|岂是|哪是|不是)(?:一般|普通|其他|其它|别的|别家|同类|传统|常规|外面的?|市面上的?|大多数|多数|很多|一些|公立|三甲)[^,，。;!?]{0,10}?(?:所能比|可比|能比|所能及|能及|可及|比得了|比得上|能比拟|可比拟|所能企及|能企及)/),
      // Round thirty-six: better than another kind of doctor, clinic or treatment in any respect, once 更 says so (疤痕比一般整形医生做得更隐蔽).
      p(/(?:比|较)(?:(?:省|市|区|县|国)内|本地|当地|同城|全市|全省|全国|周边)?的?(?:绝大多数|大多数|多数|绝大部分|大部分|很多|许多|不少|好多)?的?(?:其他|其它|别的|别家|一般|普通|传统|常规|同类|公立|外面的?|国外|同行|市面上的?|那些|三甲|大医院|综合医院)[\u4e00-\u9fff]{0,6}?(?:医院|诊所|机构|门诊|医生|大夫|专家|牙医|同行|皮肤科|整形科|眼科|牙科|疗法|治疗|手术|方法|技术|产品|设备|仪器)[^,，。;!?]{0,6}?(?:更|还要|还更|要更)[\u4e00-\u9fff]/),
      // Round thirty-six: no worse than the big hospitals (我们的专家一点不比三甲差, 丝毫不逊于公立医院).
      p(/不比(?:三甲|大医院|公立|省城|省里|北上广|一线城市|其他|其它|别家|别的|同行|外面|进口|国外|名医|大牌)[^,，。;!?]{0,8}?(?:差|弱|逊色|低|慢|少|逊)|(?:丝毫|一点|完全|绝对|并)(?:也|都)?不(?:逊于|输给|亚于)(?:三甲|大医院|公立|省城|其他|其它|别家|别的|同行|进口|国外)/),
      // Round thirty-six: gained over another kind of treatment by a stated amount (效果较传统热玛吉提升了近一倍, 恢复期比常规手术缩短一半).
      p(/(?:较|比|相较于?|相比于?)(?:传统|普通|常规|一般|其他|其它|同类|老一代|上一代|旧款|老款|进口|国外|市面上?的?)[^,，。;!?]{0,10}?(?:提升|提高|增加|增强|加快|缩短|减少|降低|减轻|快|好|强|高)(?:出)?(?:了)?(?:近|约|超过|将近|整整|大约|足足)?(?:\d+(?:\.\d+)?\s?(?:%|％|倍)|[一二两三四五六七八九十几]+(?:倍|成)|一半|三分之[一二])/),
      // Round forty-two (batch BZ): the superiority of our treatment said outright (充分说明了我院疗法的优越性); treated elsewhere in vain, then a
      // result here (在外院治疗三个月无效，转入我院后两周好转: a case record of its history keeps it, off there); a gain by a multiple after 与…相比
      // and a comma (與傳統針灸相比，本院的埋線療法療效提升三倍).
      p(/(?:本院|我院|我们|本中心)(?:的)?[^,，。;!?]{0,8}?(?:疗法|方案|技术|治疗|方法|手术)的?(?:优越性|无可比拟)/),
      p(/(?:外院|他院|别处|别的医院|其他医院|其它医院|别家|外地医院)[^。;!?]{0,20}?(?:无效|没效果|不见效|没好|未见好转|效果不佳|失败)[^。;!?]{0,10}?(?:转入|转到|转来|来到|改到|来|到)(?:我院|本院|我们|这里)[^。;!?]{0,20}?(?:好转|见效|痊愈|治好|复色|消退|改善|成功|康复)/, { levels: { case: 'off' } }),
      // Round forty-three (batch CC): the same contrast with the failure said otherwise (没动静, 越治越重, 没起色) or the result as a sign of
      // it (看到毛囊岛, 稳住了), and here as 这边 or 这儿 (别家治了三年没动静，来这边两个月就看到毛囊岛了).
      p(/(?:外院|他院|别处|别的医院|其他医院|其它医院|别家|外地医院|别的地方|其他地方)[^。;!?]{0,20}?(?:没动静|没起色|没变化|不见好|没见好|越治越(?:重|严重|多|大|差|厉害)|(?:反而|反倒)(?:加重|扩散|变大|更重))[^。;!?]{0,10}?(?:转入|转到|转来|来到|改到|来|到)(?:了)?(?:我院|本院|我们|这里|这边|这儿|本中心)[^。;!?]{0,20}?(?:好转|见效|痊愈|治好|复色|消退|改善|成功|康复|毛囊岛|色素岛|稳住|稳定|控制住|起色|见好|长出)/, { levels: { case: 'off' } }),
      // Round forty-three (batch CC): 天壤之别 and its kin after another clinic and ourselves are set side by side (别家…，来这边…，真的是天壤之别);
      // refine() asks for both in the paragraph, so that early and late treatment differing so (早治和晚治有天壤之别) compares no clinic.
      p(/天壤之别|天差地别|云泥之别|判若云泥|判若两(?:家|院)/),
      // Round forty-seven (batch CP): a treatment said to have, against another kind, a higher rate of recolouring or cure or a lower rate of
      // relapse (该疗法较传统光疗具有更高的复色率和更低的复发率; 比常规药物有更低的复发率); a cited source is let through by refine().
      p(/(?:较|比|相较于|相比于)(?:传统|普通|常规|一般|其他|其它|同类|老一代|上一代|进口|国外|西药|西医|激素|单纯|老式|旧式)[^,，。;!?]{0,10}?(?:具有|具备|有着?|拥有)?更(?:高|低|少)的?(?:复色率|治愈率|有效率|痊愈率|显效率|成功率|疗效|复发率|副作用|不良反应(?:率)?)/),
      // Round forty-three (batch CC): shorter, fewer or cheaper than another clinic (比其他医院治疗周期短一半, 比外面的诊所少跑好几趟).
      // Round sixty-three (batch EF): a burden smaller than at another kind of clinic or with another kind of treatment, named as the
      // burden (比公立医院排队时间短、痛苦更小; 比普通激光少两次疗程): the wait, the pain or the sessions saved are the gain. Off in kepu, where
      // an article may set two kinds of operation side by side.
      p(/比(?:其他|其它|别的|别家|一般|普通|外面的?|公立|三甲|大|传统|常规|同类|进口|国外|老式|老一代|上一代)(?:的)?[^,，。;!?比]{0,8}?(?:医院|诊所|机构|门诊|同行|专科|疗法|治疗|手术|方法|技术|激光|光疗|药物|药膏|药|产品|设备|仪器)[^,，。;!?]{0,6}?(?:(?:等待|排队|治疗|恢复|住院|疗程)?(?:时间|周期|痛苦|创伤|疼痛|副作用|风险|恢复期|费用|花费|伤口|切口|出血|次数)(?:也|都|还|要)?(?:更|还要|要)?(?:短|少|小|轻|低)|(?:少|短)(?:了)?(?:一半|[一二两三四五六七八九十几]+(?:个|次|周|天|倍)?|很多|不少)?(?:的)?(?:疗程|次数|治疗时间|周期|恢复期|住院时间))/, { levels: { kepu: 'off' } }),
      p(/比(?:其他|其它|别的|别家|一般|普通|外面的?|公立|三甲|大|传统)(?:的)?(?:医院|诊所|机构|门诊|同行|专科)[^,，。;!?]{0,10}?(?:短|少|低|省|便宜)(?:了)?(?:一半|[一二两三四五六七八九十几]+(?:倍|成|周|天|个月|次)|\d+|很多|不少|好多|许多)/),
      // Round one hundred and twenty-one (batch IS): a burden cut by a stated amount against an older kind of treatment (比传统液氮冷冻痛感小一半;
      // 比常规电灼治疗次数少一倍): the figure makes it a claim in any genre, where the kepu-off pattern above only weighs the kind; an unquantified
      // 痛感小一些 or a cited study (refine) stays.
      p(/比(?:传统|常规|普通|老式|旧式|一般|以往)的?[^,，。;!?比]{0,8}?(?:冷冻|液氮|电灼|电烧|刮除|激光|手术|疗法|治疗|药物|打针|注射)[^,，。;!?]{0,4}?(?:痛感|疼痛感?|痛苦|创伤|疤痕|瘢痕|恢复期|治疗次数|次数|疗程)[^,，。;!?]{0,2}?(?:小|少|轻|短|低|减)(?:了)?(?:一半|一大半|[一二两三四五六七八九十几]+(?:倍|成)|\d{1,3}\s?(?:%|％|倍|成))/),
      p(/(?:(?:与|和|跟|同)(?:传统|普通|常规|一般|其他|其它|同类|老一代|上一代|进口|国外|西药|西医|激素|单纯)[^,，。;!?]{0,10}?(?:相比|相较|比较|比起来|对比)|(?:相比|相较|比起|较之)(?:于)?(?:传统|普通|常规|一般|其他|其它|同类|老一代|上一代|进口|国外|西药|西医|激素|单纯)[^,，。;!?]{0,10}?)[,，]?[^。;!?]{0,16}?(?:提升|提高|增加|增强|加快|缩短|减少|降低|快|好|强|高)(?:出|了){0,2}(?:近|约|超过|将近|整整|大约|足足)?(?:\d+(?:\.\d+)?\s?(?:%|％|倍)|[一二两三四五六七八九十几]+倍)/),
      // Round one hundred (batch HC): one session or dose of ours said to be worth several elsewhere (推一次顶别处推三次, 一副抵得上别家吃十副,
      // 扎一回赛过外面扎五回): the count weighs our care against the others'; 一个月房租顶别处两个月 counts no care, nor 一天顶别处下三天 (rain).
      p(/(?:顶|抵|抵得上|顶得上|赛过|胜过|相当于)(?:别处|别家|别人家|外面|外边|其他(?:店|家|地方|医院|诊所|馆子?)|其它(?:店|家|地方|医院|诊所))(?:的)?[\u4e00-\u9fff]{0,3}?(?:[一二三四五六七八九十两]|\d{1,2})(?:次|回|个疗程|疗程|副|剂|碗|贴|针)/),
      // Round fifty-seven (batch DS): the value comparison with no other named: at the same price the effect is better, or at the same
      // effect the price is lower (同等价位效果更好，同样疗效收费更低): the unnamed others are the measure. A criterion for choosing
      // (同等疗效下价格更低的药物可优先考虑) ends in 的 and is let through.
      p(/(?:同等|同样|相同|一样)的?(?:价位|价格|价钱|费用|预算|花费|收费)(?:下|里|之下)?[,，]?\s?(?:的)?(?:效果|疗效|服务|体验)[^,，。;!?]{0,2}?更(?:好|佳|优|强|明显|持久)(?![的地得])|(?:同等|同样|相同|一样)的?(?:效果|疗效)(?:下|里|之下)?[,，]?\s?(?:价格|收费|费用|价钱|花费)[^,，。;!?]{0,2}?更(?:低|便宜|实惠|优惠|划算|省)(?![的地得])/),
      // Round fifty-seven (batch DS): a rate or result said to pass the national or regional average (有效率高于全国平均水平, 复色率超过
      // 全省平均): the average is every other clinic; a prevalence above the national average (患病率高于全国平均) names no result.
      p(/(?:有效率|治愈率|复色率|成功率|好转率|显效率|满意率|疗效|效果)[^,，。;!?]{0,6}?(?:高于|超过|超出|领先|优于|好于|高出)(?:了)?(?:全国|全省|全市|国内|省内|市内|国际|全球|本地区?)的?平均/),
    ],
    negation: 'suppress',
    refine: (c) => {
      // Round one hundred and twelve (batch HZ): 远超 / 远胜 an ordinary disease, its difficulty or its harm (难度远超一般皮肤病) sets an illness against
      // illnesses, not a clinic against clinics; 疗效远超一般皮肤科 names a provider and stays.
      if (/^(?:远超|远胜|远远超过)$/.test(c.norm.slice(c.start, c.end)) && /^(?:了)?(?:一般|普通|常见|其他|其它)的?[\u4e00-\u9fff]{0,4}?(?:病|症|炎|癌|疹|癣|感染|损伤)(?![\u4e00-\u9fff]{0,2}?(?:医院|诊所|专科|门诊))/.test(c.norm.slice(c.end, c.end + 12)) && /难度|难治|复杂|严重|风险|危害|痛苦|病程/.test(c.norm.slice(c.sentenceStart, c.start))) return false;
      // Round fifty-nine (batch DX): the writer refusing to compare (我们不与其他医院比较疗效，每位患者的病情不同; 本院不做此类对比) claims
      // nothing over anyone, unless the same sentence goes on to a gain (不和别家比，我们效果更好).
      if (/(?:不|从不|并不|不会|不愿)(?:与|和|跟|同)[^,，。;!?]{0,8}?(?:比较|对比|相比|攀比)|不(?:做|作)(?:这样的|这种|这类|此类|任何)?(?:比较|对比)/.test(c.sentence) && !DISPARAGING.test(c.sentence) && !/更(?:好|快|强|优|专业|先进|有效)|远超|优于|胜过|胜于|强于|高于|好得多/.test(c.sentence)) return false;
      // Round forty-three (batch CC): 天壤之别 compares clinics only with another clinic and ourselves in the paragraph.
      if (/^(?:天壤之别|天差地别|云泥之别|判若云泥|判若两(?:家|院))$/.test(c.norm.slice(c.start, c.end))) return c.paragraphHas(OTHERS) && c.paragraphHas(/我们|本院|我院|本中心|这边|这里|这儿|来这|到这/);
      const hit = c.norm.slice(c.start, c.end);
      // Round one hundred and twelve (batch IA): 比…效果好得多 between two things the reader does at home (冷敷比热敷效果好得多, 戴帽子比只涂防晒霜效果好得多)
      // is care advice; it compares only when the rival is a treatment or a clinic, or our own offer is in the sentence.
      // Round one hundred and eighteen (batch IM): a 制剂 (生物制剂, 院内制剂) is a treatment too (比单打生物制剂效果稳得多).
      if (/^比[^,，。;!?]*(?:效果|疗效)[^,，。;!?]*(?:得多|多了|太多|很多|一大截)$/.test(hit) && !/医院|诊所|机构|同行|别家|激光|冷冻|手术|疗法|治疗|药|针|仪器|设备|光疗|制剂/.test(hit) && !/这个方法|这款|这种疗法|这套|这项|我们|本院|我院|本中心|本诊所|本店|我家|咱家|他们家|这家/.test(c.sentence)) return false;
      // Round seventy-three (batch FA): 比起 / 相比 / 相较 our own past (比起十年前，我们的候诊时间缩短了; 相比开业之初) weighs the clinic
      // against itself, not against another clinic or treatment; unless the compared phrase names one (比起十年前的老疗法).
      if (/^(?:比起|相比(?:之下)?|相较)$/.test(hit) && /^(?:于|和|与|跟)?(?:\d+|[一二三四五六七八九十两几半数]+)(?:多)?年(?:前|以前)|^(?:于|和|与|跟)?(?:以前|从前|过去|去年|前年|当年|早年|开业之?初|建院之?初|开业时|建院时|刚开业|几年前|多年前|上一年)/.test(c.norm.slice(c.end, c.end + 8)) && !/医院|诊所|机构|门诊|同行|别家|疗法|方法|技术|药|手术|治疗|产品|设备|仪器/.test(c.norm.slice(c.end, c.sentenceStart + c.sentence.length).split(/[,，;；]/)[0] ?? '') && !DISPARAGING.test(c.sentence)) return false;
      // Round sixty-eight (batch EQ): one patient's tolerance of or compliance with one treatment weighed against another (该患者对308准分子光的
      // 耐受性优于NB-UVB，因此改为…) chooses that patient's treatment; it ranks no clinic or treatment for everyone.
      if (/^(?:优于|好于|强于|胜于|佳于)$/.test(hit) && /(?:患者|患儿|该例|本例|受试者|病人)[^。;!?]{0,16}?(?:耐受性|耐受度|依从性|敏感性)$/.test(c.norm.slice(c.sentenceStart, c.start))) return false;
      // Round seventy (batch EU): a fee, price or charge set above or below another's (本院收费标准高于公立医院, 挂号费比社区医院贵一些) tells a
      // payer the cost, it ranks no result; unless the sentence also claims a better one.
      if (/^(?:高于|低于|高出|超过|比)/.test(hit) && /(?:收费|价格|费用|价钱|挂号费|诊疗费|诊查费|手术费|药费|报销比例|自付比例)(?:标准|水平)?(?:会|要|略|稍|明显|普遍|通常|一般)?$/.test(c.norm.slice(c.sentenceStart, c.start)) && !/效果|疗效|更(?:好|快|强|安全|有效|专业|先进|放心)|优于|远超|胜过|好得多|值得/.test(c.sentence)) return false;
      // Round forty-six (batch CM): a patient's question quoted (有患者问：“你们比别的医院好在哪？”) and answered with a refusal to compare
      // (我们的回答是：不比较，只把诊断做准): the comparison is the reader's question, not the clinic's claim.
      if (/问[^。;!?“"「]{0,6}?[“"「][^”"」]{0,16}$/.test(c.norm.slice(Math.max(0, c.start - 24), c.start)) && /^[^”"」。]{0,12}?[?？]/.test(c.norm.slice(c.end, c.end + 14)) && c.paragraphHas(/不(?:做|作|去|和别人|跟别人|与别人|和别家|跟别家|和同行|跟同行|与同行)?比较|不(?:评价|评论|议论)(?:其他|别的|别家|同行)|不(?:跟|和|与)(?:别人|别家|同行|其他医院|别的医院)比/)) return false;
      // Round forty-two (batch BY): surgery replaced and matched or beaten is a comparison when the clinic offers the treatment (我们的…疗法
      // 比手术效果更好), not when a guide or study compares two treatments or the sentence weighs them (是否比手术效果更好，要看…).
      if (/^(?:无需|不用|不必|免|告别|省去|避免|不需要|比(?:传统的?)?(?:手术|开刀|切除|植皮))/.test(hit) && /(?:一样|同样|相当|相同|不相上下|更好|好|彻底|持久|自然|均匀|平整)$/.test(hit)) return (/本院|我院|我们|本中心|本诊所|本疗法|本方案/.test(c.sentence) || c.paragraphHas(/本院|我院|我们的|本中心|本诊所/)) && !/研究|试验|文献|指南|共识|是否|要看|因人而异|未必|不一定|并不|吗|难以|无法|不能|达不到|很难/.test(c.sentence);
      // Round thirty-seven: 更胜一筹 and 不是一个档次 compare only with ourselves or the others in the sentence (谁更胜一筹，要看适应证 asks).
      if (/一筹|高人一等|一着$|不是一个(?:档次|层次|级别)$/.test(hit)) return /本院|我院|我们|本中心|本诊所|咱们/.test(c.sentence) && (OTHERS.test(c.sentence) || /他们|人家|别家|同行|参评|对手|(?:其他|其余|\d+|多|几|数|好几|[两三四五六七八九十])家|那家|(?:跟|和|与|同)(?:它|他|她)们?/.test(c.sentence) || c.paragraphHas(OTHERS));
      if (/都(?:不会|不)(?:输|差|逊色)$/.test(hit)) return !/研究|指南|共识/.test(c.sentence);
      // Round thirty-six: 远非/绝非 … 可比 compares with a clinic, its doctors or a treatment (远非一般皮肤科医生可比), not a disease's difficulty
      // (难度远非一般皮肤病可比); 不比三甲差 boasts only when the clinic speaks of itself (社区医院的医生水平不比三甲差 encourages seeing one).
      if (/^(?:远非|绝非|并非|决非|岂是|哪是|不是)/.test(hit)) return /医院|诊所|机构|门诊|医生|大夫|专家|同行|牙医|皮肤科|整形科|眼科|牙科|疗法|治疗|手术|技术|设备|仪器|产品|方案/.test(hit);
      if (/^(?:不比|丝毫|一点|完全|绝对|并)/.test(hit) && /不(?:比|逊于|输给|亚于)/.test(hit)) return /本院|我院|我们|本中心|本诊所|这里|我家|咱们/.test(c.sentence) || (c.docType === 'ad' && !/研究|试验|一致性评价|指南|共识/.test(c.sentence));
      // Round twenty-seven: "only with us is it reliable" compares only when the paragraph names another (美容院…，来我们正规医院才靠谱).
      if (/才(?:靠谱|放心|安全|正规|专业|有保障|稳妥|踏实|不会上当)$/.test(hit)) return c.paragraphHas(OTHERS);
      // Round seventeen: "our … is the safer choice" (我们的无痛整脊技术才是更安全的选择) compares only when another is named.
      if (/^(?:我们|本院|我院|本中心)[^,，。;!?]+才是/.test(hit) && !OTHERS.test(c.sentence) && !OTHER_TREATMENTS.test(c.sentence)) return false;
      // We admit to the same limit (我院也一样需要两个工作日): modesty, not a comparison.
      if (WE_TOO.test(c.sentence)) return false;
      // Round thirty-one: a popular belief reported and answered (有人说私立医院一定比公立医院好，也有人说正好相反，其实…更应该看资质),
      // with no clinic of ours in it, compares nothing.
      // Round fifty-five (batch DM): the believers may be some patients or parents (有些患者觉得中药比西药更安全，这种看法并不准确).
      if (/有人(?:说|认为|觉得)|(?:有些|有的|不少|很多|许多|一些|部分)(?:人|患者|病友|家长|老人)(?:总|都|会|常)?(?:认为|觉得|以为)|(?:网上|坊间|民间)(?:说|流传|都说)|常听人说|很多人以为/.test(c.sentence) && /其实|正好相反|恰恰相反|未必|不一定|并不|不能一概而论|因人而异|更(?:应该|要|需要)看|关键(?:在于|是|要看)/.test(c.sentence) && !/本院|我院|我们|本中心|本诊所/.test(c.sentence)) return false;
      // Round twenty-eight: helping patients cope better (提供心理咨询，帮助患者更好地应对日常生活) is a service's aim, not a comparison.
      if (hit === '更' && /^好地?(?:应对|适应|了解|理解|配合|管理|照顾|面对|融入|回归|掌握|认识|坚持|生活)/.test(c.norm.slice(c.end, c.end + 6)) && /(?:帮助|帮|协助|让|使|以便|便于)[^,，。;!?]{0,8}$/.test(c.norm.slice(c.sentenceStart, c.start)) && !/别家|同行|其他医院|其他机构|外面/.test(c.sentence)) return false;
      // Round twenty-six: a comparative claim quoted to warn about it (减肥药比运动“效果快十倍”？别信), with no clinic of ours in it.
      if ((/别信|不要信|不可信|请勿轻信|不要轻信|别轻信|违法|违规|虚假|夸大|涉嫌|举报|隐瞒|缺乏(?:临床)?(?:证据|依据)|骗局|套路|智商税/.test(c.sentence) || c.paragraphHas(/[?？]\s?(?:别信|别轻信|不要信|假的|谣言|骗局|当心|小心)/)) && !/本院|我院|我们|本中心|本诊所/.test(c.sentence)) return false;
      // Round fifteen: two treatments compared on a cited source (根据《…指南》，A的疗效优于B; 據一項系統評價…略優於…), with
      // no clinic in it, inform: the source carries the comparison.
      // Round sixty-four (batch EI): not when the treatment is said to beat every existing one (本研究新药疗效已被证明优于现有所有外用药; 试验
      // 证实该疗法胜过目前一切同类药物): no study compares with all, the sentence sells.
      if (/指南|共识|研究|试验|系统评价|荟萃|meta|文献|发表|\[\d+\]/.test(c.sentence) && !/本院|我院|我们|本中心|这里|本疗法|本方案|别家|同行|其他医院|其他机构|外面|诊所/.test(c.sentence) && !/\d+倍|远超|遥遥|无人能及|甩/.test(hit) && !UNIVERSAL_RIVALS.test(c.norm.slice(c.end, c.end + 16))) return false;
      // Sending the patient elsewhere (建议您去上级医院, 转诊) promotes no one.
      if (/建议(?:您|你|患者)?(?:去|到|前往)(?!我们|本院|我院|这里|本中心)|转诊|上级医院/.test(c.sentence) && !DISPARAGING.test(c.sentence)) return false;
      // Round thirty: another class of treatment before 只 (常规治疗只能暂时控制，我院的免疫调节疗法则能从根本上解决问题) is the other too.
      if (/^只(?:能|会|可以|好)/.test(hit)) return OTHERS.test(c.norm.slice(c.sentenceStart, c.start)) || OTHER_TREATMENTS.test(c.norm.slice(c.sentenceStart, c.start)) ? 1 : false;
      // Round thirty-nine (batch BR): the others may be another city's doctors (北上广的专家能做的，我们都能做，而且比他们做得更细致).
      // Round fifty-nine (batch DY): or a hospital named in the question being compared with (问：和XX皮肤医院比哪家好？答：…都比他们强).
      if (/^比(?:他们|它们|她们|人家|对方|那些)/.test(hit)) return c.paragraphHas(OTHERS) || c.paragraphHas(OTHER_TREATMENTS) || c.paragraphHas(/北上广|一线城市|大城市|省城|外地|三甲|大医院|(?:和|跟|与|同)[^,，。;!?]{1,12}?(?:医院|诊所|门诊|机构|皮肤科|专科)[^,，。;!?]{0,2}?(?:比|相比|比较|对比)/) ? 1 : false;
      if (/倍$/.test(hit) && /^(?:效果|疗效|速度|成功率|复色率|有效率|恢复|起效|见效|吸收|比)/.test(hit) && /研究|试验|文献|发表|数据显示|指南|共识|\[\d+\]/.test(c.sentence)) return false;
      if (/^比(?:之前|以前|此前|原来|过去)/.test(hit)) return /本院|我院|我们|这里|本中心/.test(c.sentence);
      // "…, while we…": an unnamed other clinic or treatment must come before it in the sentence.
      if (/^(?:而|但|可|然而)/.test(hit)) {
        const before = c.norm.slice(c.sentenceStart, c.start);
        return OTHERS.test(before) || OTHER_TREATMENTS.test(before) ? 1 : false;
      }
      if (COMPARE_MARK.test(hit)) {
        // Round fifty-five (batch DK): a result said to beat a class of treatment named right after the marker (中医治疗效果远远好于西药抗组胺,
        // 疗效明显强于激素药膏, 见效快于口服药), with no source or caveat: the efficacy comparison the law forbids, whether or not the clinic
        // speaks; 好于预期, 好于治疗前 name no treatment.
        // Round sixty-three (batch EF): or a treatment itself is the subject right before the marker (中医调理胜于西药治疗).
        if (/^(?:好于|强于|快于|胜于|高于)$/.test(hit) && TREATMENT_AFTER.test(c.norm.slice(c.end, c.end + 10)) && /(?:效果|疗效|见效|起效|作用|药效)[^,，。;!?]{0,8}$|(?:中医|中药|西医|西药|调理|疗法|针灸|推拿|艾灸|食疗|理疗|药膏|药物)$/.test(c.norm.slice(c.sentenceStart, c.start)) && !/研究|试验|文献|发表|数据显示|指南|共识|\[\d+\]|但|不过|因人而异|并非|不一定|未必|是否|吗|有人说|所谓|说法/.test(c.sentence)) return true;
        // Round ninety-seven (batch GW): this very product set against the ordinary or other ones of its kind, with a gain (和一般的颈枕相比，这款
        // 护颈枕的支撑要好得多; 跟其他品牌的护膝比起来，这款更透气): the comparison with other products the law forbids, whoever sells it; a price, a
        // size or a caveat (贵得多, 更高一些, 是否更好要看…) ranks nothing.
        if (/这款|这一款|本品|本产品|我们的产品/.test(c.sentence) && /(?:跟|和|与|同|比起?|较|相比于?|相较于?)(?:市面上|市场上|一般|普通|传统|常规|其他|其它|别的|别家|同类)的?/.test(c.sentence) && /更(?:加)?(?:好|快|强|有效|安全|温和|持久|彻底|明显|管用|舒适|舒服|稳|贴合|透气)|(?:好|强|快|舒服|舒适|有效|明显|管用|稳|牢|耐用)(?:得多|很多|不少|一大截)|远超|远胜|优于|胜过|好于|强于/.test(c.sentence) && !/研究|试验|文献|指南|共识|但|不过|因人而异|并非|不一定|未必|是否|吗|有人说|所谓|说法/.test(c.sentence)) return true;
        // Round fifty-five (batch DK): a comparison that comes out both ways (与公立医院相比有的项目高、有的项目低; 两家各有优劣) ranks no one.
        if (/有的[^,，。;!?、]{0,6}?(?:高|低|贵|便宜|多|少|快|慢|长|短)[^。;!?]{0,3}?有的|有高有低|有贵有便宜|有快有慢|各有(?:高低|优劣|长短|利弊|所长|优缺点|特点|侧重)|互有(?:高低|优劣|长短)/.test(c.sentence) && !DISPARAGING.test(c.sentence) && !/更(?:好|快|强|安全|有效|专业|先进|彻底)|远超|优于|好于|胜过/.test(c.sentence)) return false;
        // The structural pattern: ourselves and an unnamed other both in the sentence.
        // Round twelve: with no "we", a quantified gain over another class of product or treatment still compares
        // (与同类产品相比，效果提升50%), unless it cites its study.
        // Round sixty-eight (batch EQ): a pharmacy or shop speaks for itself as 本药房, 本店 or 我店 (相比市面上的同类产品，本药房自配的护肤霜更有效),
        // when the sentence states a gain (更…, …得多); its prices or its stock set beside the market's claim nothing.
        if (!/本院|我院|我们|本中心|这里|本疗法|我院方案|本方案/.test(c.sentence) && !(/本药房|本店|我店|本诊所/.test(c.sentence) && /更(?:加)?(?:好|快|强|有效|安全|温和|持久|彻底|明显|专业|管用|见效)|得多|多了|远超/.test(c.sentence))) {
          // Round thirty-seven (batch BN): one treatment set against another as safer and more effective, or as the better choice, with no
          // source or caveat (与中药内服相比，外用光疗更安全、更有效，是目前更好的选择): the efficacy and safety comparison the law forbids.
          if (/^(?:比起|相比(?:之下)?|相较|比较起来)$/.test(hit) && /更(?:安全|有效|彻底|持久)[、,，和且又也]{1,2}更(?:安全|有效|彻底|持久|好)|更(?:好|佳|理想)的(?:选择|方法|疗法|方案|办法)/.test(c.sentence) && !/研究|试验|文献|发表|数据显示|指南|共识|但|不过|因人而异|并非|不一定|未必|适合人群|评估/.test(c.sentence)) return true;
          if (!/^(?:比起|相比(?:之下)?|相较|比较起来)$/.test(hit) || !OTHER_TREATMENTS.test(c.sentence) || /研究|试验|文献|发表|数据显示|指南|共识|\[\d+\]/.test(c.sentence)) return false;
          if (/(?:提升|提高|高出|增加|快|好|强)了?\s?\d+(?:\.\d+)?\s?(?:%|％|倍)/.test(c.sentence)) return true;
          // Round thirty-six: the clinic named earlier in the paragraph (## 技术优势\n本中心采用微创埋线法。与传统切开法相比，手术时间缩短一半，
          // 肿胀期也明显更短): its own method set against another kind, with a gain, compares though the sentence names no one.
          return c.paragraphHas(/本院|我院|我们|本中心|本诊所|本科室/) && GAIN_OVER.test(c.sentence) && !/但|不过|然而|缺点|局限|并非|不适合|因人而异|适合人群不同/.test(c.sentence);
        }
        // Round fifty-one (batch DA): whatever is said to fall short of the clinic itself (多种外用药效果均不如我院自制的制剂好, 别处开的药
        // 比不上本院的方子) is the other, named or not; 不如我们预想的 weighs a result against an expectation, 不如我院同期其他患者 one
        // patient against our own others, not a clinic.
        if (/^(?:不如|比不上|赶不上|不及)$/.test(hit) && /^(?:本院|我院|本中心|我们(?:的|医院|中心|这里|自己的?))/.test(c.norm.slice(c.end, c.end + 6)) && !/^(?:我们(?:的)?(?:想象|预想|预期|期望|希望|估计|以为|所想|料想|设想)|(?:本院|我院|本中心|我们)(?:的)?(?:同期|其他|其余|既往|以往|往年|去年|上一?年|平均|整体))/.test(c.norm.slice(c.end, c.end + 8)) && !/研究|试验|指南|共识/.test(c.sentence)) return true;
        if (!OTHERS.test(c.sentence) && !OTHER_TREATMENTS.test(c.sentence) && !namesOtherClinic(c.sentence) && !comparedTreatment(c.sentence)) return false;
        if (/^(?:不一样|不同[，,]|做不到)$/.test(hit) && !DISPARAGING.test(c.sentence) && !/效果|疗效|复色|专业|水平|真正/.test(c.sentence)) return false;
        // Round eleven: a comparison in which we are the smaller side and refer on (和大医院相比，我们门诊规模较小，复杂病例
        // 会建议您转诊) praises no one.
        if (/(?:规模|条件|设备|能力|人手|科室|床位)[^,，。;!?]{0,4}?(?:较小|比较小|小一些|不大|有限|不足|简单)|(?:仍有|还有|存在|有)(?:一定|较大|不小|明显|很大)?的?差距|需(?:要)?外送|(?:无法|不能)开展|建议(?:您|你|患者)?转诊|转诊(?:到|至)(?:上级|大|综合|专科)/.test(c.sentence) && !DISPARAGING.test(c.sentence)) return false;
      }
      return /医院|诊所|机构|同行|别家/.test(hit) ? 1 : true;
    },
    examples: {
      bad: [{ text: '在我们这儿祛疣，比外面诊所冻得彻底多了', type: 'ad' }, { text: '这支修护乳比药店买的那支安全得多', type: 'ad' }, 
        // Round one hundred and twenty-three (batch IW): another place's treatment after 比, said to work far better with no 更 or 还.
        "诊所配的药比药店买的膏子好使得多", "和传统激光相比，我们这套方案恢复快得多", "跟普通光疗比，本院的疗法起效更快", "这款新敷料比普通纱布一次顶三次", "我们的疗程比传统冷冻短一半", "比街边店贵一点，效果还比他们好得多", "外面的祛斑霜根本没法跟我们的方子比", "这里的护士比大医院的还耐心", "比常规电灼治疗次数少一倍，孩子少受罪", { text: "这种新冷冻头比传统液氮冷冻疼痛感轻了一大半", type: "kepu" }, "我们这套熏蒸比单用生物制剂效果稳得多", {"text": "比起别家诊所，在我们这儿调理效果要好得多", "type": "ad"}, "相较于线下门诊，网上复诊恢复得更快", "比自己在家抹米诺地尔见效快多了", "这款比网上买的生发液效果好得多", "相比单纯吃药，我们门诊的综合方案起效更快", "比起光涂药膏，光疗见效要快得多", "同样的钱，在我们这儿能多长一倍的头发", "花一样的价钱，来本院效果翻倍", { text: "| 对比 | 普通养发馆 | 本门诊 |\n|---|---|---|\n| 见效 | 慢 | 快 |", type: 'ad' }, { text: "| 项目 | 本院 | 外面的美容院 |\n|---|---|---|\n| 医生 | 有执照 | 无 |", type: 'ad' }, '这个土方子比医院开的药还灵', '这台祛斑仪器是刚出的新技术，比老办法强多了', '这款乳膏比同类产品温和得多', '论祛疤技术，没有一家能超越本院', '相较于常规的电灼，我们的新疗法恢复快得多', { text: '比起老式激光，这套方案效果好太多了', type: 'ad' }, '这款中药泡脚包比按摩椅效果强多了', '我们的祛疣贴比液氮效果强多了', '新一代光子比普通强脉冲光疼痛小得多', '我们中心的祛斑效果远胜一般美容院', { text: '本院的光疗效果远超一般诊所', type: 'kepu' }, '比起打针，艾灸调理起效更快', '这款凝胶效果比那支进口药膏还要好', '比起抗生素，果酸换肤祛痘见效快多了', { text: '和涂药膏相比，光疗效果好得多', type: 'ad' }, '这款泡脚包比医院的激素药膏见效快多了', '我们的药膏一副抵得上别家吃十副', { text: '扎一回针，赛过外面扎五回', type: 'ad' }, '这款泡脚方效果不亚于诊所的针灸', { text: '自家熬的膏药，效果一点不输医院的理疗', type: 'ad' }, '和普通推拿馆比起来，本店的手法更到位', { text: '相比市面上的同类套餐，我们的检查项目更全面', type: 'ad' }, '喝这款苦荞茶降血糖，比吃降糖药还靠谱', { text: "与市面上的普通牙刷相比，这款电动牙刷的清洁力强得多", type: 'ad' }, "跟其他品牌的护膝比起来，这款更透气、更贴合", { text: "本中心做正畸，疗效比大部分口腔医院还要好", type: 'ad' }, "我们比很多公立医院的医生看得更细", "和手术相比，这种埋线疗法更彻底", { text: "与西药相比，中医针灸的效果要更管用", type: 'ad' }, { text: "这里配的助听器比医院调得更精准", type: 'ad' }, { text: "这款血糖仪比普通品牌测得准两倍", type: 'ad' }, { text: "这家口腔比你之前看的那家诊所细致得多", type: 'ad' }, { text: "推拿比吃药更管用，不伤胃", type: 'kepu' }, { text: "| 项目 | 我们医院 | 其他医院 |", type: 'ad' }, { text: "只有我们店里卖的才是原装正品助听器", type: 'ad' }, { text: '这台家用颈椎牵引仪的治疗效果比医院康复科的还要好', type: 'ad' }, { text: '本院比市里的大医院查得更仔细', type: 'institution' }, { text: '我们家的种植技术比连锁诊所做得更精准', type: 'ad' }, { text: '别个诊所看了半年没得用，来我们这儿一个月就比他们强', type: 'ad' }, { text: '本中心的术后康复效果超越大型公立医院', type: 'ad' }, { text: '我们的试管婴儿成功率明显高于三甲医院生殖中心', type: 'institution' }, { text: '本院种植体存活率超过同类机构，欢迎咨询', type: 'institution' }, { text: '我们的复诊满意度比其他医院高出二十个百分点', type: 'ad' }, { text: '针灸比西医只会开止痛药要强得多', type: 'kepu' }, { text: '中医治湿疹比西医好得多', type: 'institution' }, { text: '记者问：贵院有什么特色？答：我们的疗效比三甲医院好得多。', type: 'institution' }, { text: '这支修护霜比市场上任何同类面霜都更滋润，干皮闭眼入', type: 'ad' }, { text: '这款药膏比你在诊所拿的那支进口药好用多了', type: 'ad' }, { text: '我们的收费高于普通诊所，但疗效比他们好得多', type: 'ad' }, { text: '本中心光疗方案的耐受性优于普通激素药膏', type: 'ad' }, { text: '| 疗程 | 传统疗法 6个月 | 我院疗法 2个月 |', type: 'institution' }, { text: '本院做得比别人家更细致', type: 'institution' }, { text: '和外面药房的药膏相比，本店的自制药膏见效更快', type: 'ad' }, { text: '同样做光疗，在我们这儿比去省城的医院见效还快', type: 'ad' }, { text: '- 技术优势：光疗方案领先同类医院，疗程更短', type: 'institution' }, { text: '我们的植发成活率领先同行', type: 'ad' }, { text: '## 为什么同样是祛痘，本院比普通美容院效果好得多？', type: 'ad' }, { text: '为什么同是做光疗，我们比外面的诊所见效更快？', type: 'institution' }, { text: '【受试者招募】本试验用药已被证实疗效优于目前所有同类生物制剂，入组全程免费', type: 'ad' }, { text: '研究证实，这款凝胶的止痒效果胜过市面上任何一种药膏', type: 'ad' }, { text: '本院的玻尿酸填充针比普通玻尿酸维持更久', type: 'ad' }, { text: '外面那些药膏都比不上我的方子，用过的都说好', type: 'ad' }, { text: '只有本院的方案才真正从根上解决问题', type: 'ad' }, { text: '中药调理胜于激素药膏，副作用也小', type: 'kepu' }, { text: '我们的种植牙比公立医院排队时间短，当天就能做', type: 'ad' }, { text: '比常规光疗少两个疗程就能看到效果', type: 'institution' }, { text: '用了我们的外洗方后，复色效果明显好于之前在外院用的药膏', type: 'institution' }, { text: '我们做光疗的经验比一线城市医院还丰富', type: 'ad' }, { text: '斑秃治疗我们比同城任何一家诊所都细致，效果更胜一筹', type: 'institution' }, '联合方案疗效好于其他医院的单一光疗', { text: '网友问：跟市中心那家专科医院相比怎么样？回复：我们的光疗设备比他们先进，医生也更有经验', type: 'institution' }, { text: '我们不和别家医院比较，但我们的复色效果比他们好得多', type: 'institution' }, { text: '家人们，这款祛痘凝胶比皮肤科开的处方药管用三倍', type: 'ad' }, { text: '我们的光疗比普通诊所的激光效果好得多', type: 'ad' }, { text: '本院的中药熏洗比单纯涂激素止痒快多了', type: 'ad' }, { text: '这套光疗方案比只用抗生素效果好得多', type: 'institution' }, { text: '我们的设备比老家的医院先进得多', type: 'institution' }, { text: '本院检查比当地医院更细致', type: 'ad' }, { text: '此前在几家医院都没看好，事实证明我院方案更胜一筹', type: 'case' }, { text: '本院与外地某三甲医院建立协作，由其专家定期来院会诊，疗效与大医院完全一样', type: 'institution' }, { text: '在家门口就能享受和北京大医院一样的治疗效果', type: 'ad' }, { text: "本中心的生发方案比口服药、比微针效果都好", type: 'ad' }, { text: '本院斑秃治疗显效率超过全省平均水平一倍', type: 'institution' }, { text: '祛痘疗程同样的价格，效果更明显；同等疗效，收费更实惠', type: 'ad' }, { text: "我院自制的止痒膏比进口药膏见效更快", type: 'institution' }, {"text": "我们的外用方比任何口服药都起效快", "type": "institution"}, {"text": "本院的光疗方案 better than 所有外用药", "type": "ad"}, {"text": "中医治疗湿疹的效果远远好于西药", "type": "kepu"}, {"text": "本院特色疗法疗效明显强于激素药膏", "type": "institution"}, {"text": "你上次去的那家诊所跟我们根本不是一个档次", "type": "institution"}, '比起口服激素，我们的中药熏洗方止痒快得多', '有些患者觉得别家医院见效慢，其实我们的方案比他们快一倍', { text: '相较于注射治疗，本院的外涂方案见效更快', type: 'ad' }, { text: '我院的光疗设备各项指标赶超省内大部分医院', type: 'institution' }, { text: '本院引进的德国设备，祛斑效果比国产仪器好很多', type: 'ad' }, { text: '我们的新款光疗仪比老一代设备见效更快', type: 'institution' },{ text: '我们的光疗方案 better than 传统外用药，复色更快', type: 'ad' }, { text: 'Our laser works faster than other clinics', type: 'ad' }, { text: '同类技术中，我们的祛斑效果名列前茅', type: 'ad' }, { text: '本院光疗见效 faster than traditional 疗法', type: 'ad' }, { text: 'Our 祛痘方案 works better than other clinics', type: 'ad' }, {"text": "## 为何本院比别家门诊更专业？\n1. 医生经验丰富", "type": "institution"}, {"text": "本院的祛痘凝胶比那款网红乳膏见效快多了", "type": "institution"}, {"text": "新款光疗仪疗效是传统 UVB 灯管的三倍", "type": "ad"}, { text: '中心的诊疗水平已超过本地许多综合医院', type: 'institution' }, { text: '我们的祛痘技术实力赶超全市大部分公立医院', type: 'ad' }, {"text": "我们的祛痘效果比市里其他诊所好得多", "type": "institution"}, '几种市售的止痒霜，止痒效果都比不上本院的药膏', { text: '您用过的那么多祛痘产品，效果都不如我们的疗程', type: 'ad' }, '我们的中药外洗比常规西药止痒更快', { text: '旧疗法治银屑病：好了又犯；新疗法：彻底清爽！', type: 'ad' }, { text: '有人问：“你们比别家好在哪？”答：我们的效果比别家好太多了', type: 'institution' }, {"text": "我们的中药调理比西药管用得多", "type": "kepu"}, {"text": "院内制剂效果比进口药膏还好", "type": "ad"}, {"text": "相较于普通光疗，我们的新疗法复色速度提高了两倍", "type": "institution"}, "本技术较常规疗法具有更高的治愈率", {"text": "💥效果吊打👊隔壁诊所，来过的都说值", "type": "ad"}, {"text": "我们的光疗效果年压同行，不信去别家问问", "type": "ad"}, {"text": "别家治了半年没动静😤来这边一个月就看到毛囊岛了", "type": "ad"}, {"text": "很多患者在别处越治越重，到我们这儿两个月就稳住了", "type": "ad"}, {"text": "别家治了三年没效果，来这边才知道什么叫专业，真是天壤之别", "type": "ad"}, "在我们这里，比 其 他 医 院 治 疗 周 期 短 一 半", {"text": "我们的复色效果不输sj医院，甚至更好", "type": "ad"}, {"text": "三年随访结果再次证明了本院微创疗法的优越性", "type": "institution"}, {"text": "她在别的医院打了半年针没效果，来我们这里一个月就好转了", "type": "ad"}, {"text": "和常规理疗相比，我们的冲击波疗程恢复速度提升两倍", "type": "ad"}, {"text": "| 对比 | 西药 | 我院中药 |\n| 起效速度 | 慢 | 快 |\n| 复发 | 常见 | 罕见 |", "type": "institution"}, {"text": "我们的同位素敷贴疗法比手术效果更好", "type": "institution"}, {"text": "我们的方案让患者告别手术切除，不用开刀也能达到和手术一样的修复效果", "type": "institution"}, {"text": "| 项目 | 本院疗法 | 激光 |\n| 反黑 | 无 | 常见 |", "type": "institution"}, {"text": "| 项目 | 本院 | 某公立医院 |\n| 疗程 | 2周 | 6周 |", "type": "institution"}, {"text": "本中心疗效较其他同类机构更为显著", "type": "institution"}, {"text": "省城专家能做的我们都能做，而且比他们更用心", "type": "institution"}, {"text": "李主任的技术在全县没有哪个医生比得上", "type": "institution"}, {"text": "在别处看不好的老毛病，在这里往往都有了转机", "type": "ad"}, {"text": "| 指标 | 常规疗法 | 本院微创技术 |\n| 住院天数 | 7天 | 2天 |", "type": "institution"}, {"text": "在本地就能得到比一线城市三甲医院还要细致的治疗", "type": "ad"}, {"text": "做完你就知道，效果 bi bie jia hao 一大截", "type": "ad"}, {"text": "这次评选我们力压全市其他十几家机构，技术实力更胜一筹", "type": "institution"}, "李主任说：我们的吸脂手术放在省里任何一家医院都不会差", "那些诊所的设备跟我们根本不是一个档次", {"text": "与口服药物相比，中波紫外线更安全、更有效，是更好的选择", "type": "kepu"}, {"text": "比起那几家网红连锁品牌，我们的医生更有耐心", "type": "ad"}, {"text": "我们的导入手法比市面上常见的做法吸收率高出三成", "type": "ad"}, "论缝合，她比普通整形医生下针更细", {"text": "本院光子嫩肤的能量控制，绝非普通美容诊所所能及", "type": "institution"}, {"text": "我们的种植医生一点也不比三甲医院的差", "type": "ad"}, {"text": "新一代超声刀的提拉效果较老一代设备提高了三成", "type": "ad"}, {"text": "跟城东那几家连锁牙科比，我们的复诊次数少得多", "type": "ad"}, {"text": "## 为什么选择本中心\n本中心采用微创吸脂。与传统抽吸法相比，术后淤青明显减少，恢复期也更短。", "type": "institution"}, {"text": "我们一针顶别家两针", "type": "ad"}, { text: '同样的价格，疗效甩其他医院几条街', type: 'ad' }, '中医整体调理能够从根本上改善体质，这是西药所做不到的', { text: '别的医院只能帮你把白斑控制住不扩散，我们的目标是让白斑真正消下去', type: 'institution' }, '外面的诊所只会给你压一压症状，在本院是从病因入手', { text: '治疗白癜风，308激光比任何口服药都更可靠', type: 'kepu' }, { text: '手术创伤大，激素副作用多；只有我院的光免疫疗法兼顾安全与速度，是真正适合大多数患者的选择', type: 'institution' }, { text: '激素药膏说到底只是治标，停药就反弹；而我们的免疫调节疗法是治本的', type: 'kepu' }, {"text": "本院的综合方案在效果上全面超越传统疗法", "type": "institution"}, {"text": "我们的诊疗水平比省内其他专科医院领先五年", "type": "institution"}, "激光祛斑效果一般、容易反黑，而我们的光子嫩肤技术全面超越激光", { text: '本院药房提供多种外用制剂。其中院内制剂疗效超过进口药，价格只有一半。', type: 'ad' }, '我们的光疗效果好过公立医院', {text: "常规药物只能暂时压住症状，我院的中药方案则能从根本上调理", type: "ad"}, "本院祛痘效果明显好于同类医院", {text: "复色效果比三甲医院还要好", type: "ad"}, {text: "同行都在模仿我们的技术，但始终无法超越", type: "ad"}, {text: "为什么同样的病，别的医院要治三个月，我们只要两周？", type: "ad"}, { text: '全市同类专科里，我们的复色效果最好', type: 'ad' }, { text: '复色速度吊打同行', type: 'ad' }, { text: '别家做完容易反弹，我们的不会', type: 'ad' }, { text: '我们的祛痘效果吊打市面上八成的机构', type: 'ad' }, '别家做完复发的很多，我们这里基本不会复发', '街边美容院手法粗糙容易留疤，来我们正规医院才放心', { text: '本中心的复色效果远胜同类机构', type: 'ad' }, { text: '这款祛痘方案的效果比同类门诊好上好几倍', type: 'ad' }, '针灸起效快五倍，不用天天吃药', '做完我们的疗程，效果比之前那些治疗都好', { text: '疗效yuan超同类机构', type: 'ad' }, { text: '我们的方案成效较佳于传统疗法', type: 'ad' }, { text: '国外进口药不如我们的中药制剂', type: 'ad' }, { text: '外院的方案只能缓解，我们的疗法才是治本', type: 'ad' }, { text: '在别的医院治了半年没效果，不妨来试试我们的方案', type: 'ad' }, { text: '别的牙科诊所说只能拔，我们可以保住', type: 'ad' }, { text: '社区医院只会开点止痛药，本院就能做微创治疗', type: 'ad' }, '本中心种植成功率高于同行业平均水平', { text: '比公立医院更懂你的过敏专科', type: 'ad' }, { text: '同价位的项目，在别家只能做一个部位，在我们这里能做全脸', type: 'ad' }, { text: 'VS 传统手术：切口大、要住院一周；我们的微创技术当天就能回家', type: 'ad' }, { text: '为什么越来越多人放弃大医院来我们这儿？', type: 'ad' }, '传统手术要开好几刀，我们的微创技术效果是传统手术的好几倍', { text: '本院新型射频消融术后疼痛程度仅为传统手术的1/3', type: 'ad' }, { text: '我们的复诊服务比较细致，收费只有普通诊所的三分之一', type: 'ad' }, '传统正骨手法容易伤到神经，我们的无痛整脊技术才是更安全的选择', { text: '同样是拔智齿，我们的微创拔牙恢复速度是普通拔牙的数倍', type: 'ad' }, { text: '普通医院：三个月 / 我们：一周', type: 'ad' }, { text: '论技术，本地的眼科诊所没有一家能跟我们比', type: 'ad' }, { text: '别的机构做完要恢复一周，我们当天就能正常上班', type: 'ad' }, '跟普通医院比，我们的专家更懂皮肤', '比起西医的激素疗法，我们的中药疗法更安全', '我院疗效比其他医院更好', '比传统光疗见效更快', '效果远超同类产品', '技术遥遥领先', '跟普通医院比起来，我们的复色速度快得多', '本院的复色方案效果是普通疗法的三倍', '其他机构需要治疗十次以上，我们平均只需三次', '新一代光疗设备，照一次顶别人照十次', '很多同行都来我们这里进修学习', '相比传统的308激光，我们引进的新一代设备复色速度快两倍', '和外面那些医院不同，我们的医生都是真正看病的', '普通医院的疗程要三个月，而我们这里两周就能结束', '别家收费上万，效果还不如我们这里', '我们才是真正在给人看病的医院', '| 项目 | 普通医院 | 本中心 |', '在本地，没有哪家机构比我们更懂祛斑', '同类医院里找不到比我们更全的设备', '**为什么说外面的诊所比不上我们？**', '传统疗法太慢，不如试试我们的新方案', '不少同行都佩服，这类手术还是我院做得细', '问：你们和市里的大医院比怎么样？\n答：我们的复发率比他们低得多', '普通诊所用的是旧款仪器，我们的设备比它们先进两代', '选我们，效果好一倍', '| 对比 | 本中心 | 普通门诊 |', '比起街边的连锁牙科，我们的医生更专业', '同样是种牙，外面的诊所要三个月，我们一周就好', '外面动辄几万的项目，在我们这里只要几千', '我们不像有些医院，一上来就让你做一堆检查', '很多医院做不了的复杂病例，我们都能做', '不是所有医院都能做这个手术，我们可以', '相较于传统手术，我们的微创技术恢复更快', '与同类产品相比，效果提升50%', { text: '我们的复查服务比同城机构细致一大截', type: 'ad' }, { text: '收费只有大医院的三分之一，效果一样好', type: 'ad' }, { text: '普通口腔矫正要两年，我们只要一年', type: 'ad' }, { text: '很多医院不敢做的高难度种植，我们都能做', type: 'ad' }, '我们医生的水平一点不输省城的大医院', { text: '本中心专家水平不亚于大三甲，还不用排长队', type: 'ad' }],
      ok: ['医院的挂号比诊所麻烦得多', '比美容院点痣干净得多吗？', '比医院开的药膏温和一些吗？要看成分，别只看宣传', '网上买的面霜比医院开的药便宜得多，但不能替代药物', 
        // Round one hundred and twenty-three (batch IW): only dearer, or the comparison denied.
        "医院的激光比美容院的光子贵多了", "医院激光不一定比美容院的光子管用多少", "和激光相比，冷冻疼得少但次数多", "跟普通光疗比，这个方案需要来得更勤吗？", "我们没法跟大医院比设备，疑难病例会转诊", "比医院便宜一半，具体收费见价目表", { text: "冷冻喷枪比传统棉签法痛感小一些，但要冻的次数差不多", type: "kepu" }, "生物制剂比传统药物效果稳得多，但价格高", "院里的医生说，生物制剂比激素效果稳得多", "线上复诊比去医院方便，但初诊建议面诊", "在家涂药不比去医院效果差吗？要看病情", "病情重的话，去医院当面看效果更好", "比上次复查时发量多了不少", "同样的钱，在我们这儿也要按医保目录收费", "相比单纯吃药，联合治疗需要更多复诊", "| 科室 | 普通门诊 | 本院三楼 |\n| 皮肤科 | 周一 | 周二 |", "| 项目 | 本院价格 | 医保价格 |\n|---|---|---|\n| 毛发镜 | 80元 | 60元 |", '网上买的药膏比医院开的还贵，别上当', '新仪器真比老办法强多了吗？要看个人情况', '温和的清洁比用力搓洗更重要', '选药膏不必比谁更温和，适合自己最重要', '没有哪家诊所能超过法定的收费标准', '没有哪家能超过我们？这话谁都不敢说', '比起传统手术，这种方法好不好要看疤痕类型', '比起普通的防晒霜，物理遮挡效果好得多', '比起传统疗法，新方法效果会好得多吗？', '扭伤后48小时内冷敷比热敷效果好得多', '这次复诊比上次效果好多了', '比传统激光少受罪吗？要看个人耐受', '这种病的治疗难度远超一般皮肤病，需要长期随访', '光疗一般每周两到三次，效果因人而异', '比起吃药，理疗需要更多的时间和耐心', '第三次复诊时效果比上次还要好，继续原方案', '效果比米诺地尔还好吗？要看具体情况', '比起吃药，光疗要多跑几趟医院', '和吃药相比，光疗效果好得多吗？这要看病情', '食疗比吃药见效慢，不能替代治疗', '南方的雨一天顶别处下三天', '这块地一年的收成顶别处两年', '和普通体检相比，这套项目更适合有家族史的人', '家用理疗仪的效果比不上医院的理疗，重症请就医', '跟同类体检相比，我们的价格更透明，项目请按需选择', '这种茶比吃降压药还便宜，但不能代替药', '比吃止痛药更要紧的，是找出疼痛的原因', "中药胜于西药吗？要看具体病情，不能一概而论", "推拿胜于吃药吗？目前的研究证据还不充分", "与普通牙刷相比，这款电动牙刷要贵得多", "和一般的枕头相比，这款枕头更高一些，买前最好先试躺", "我们的挂号费比大多数公立医院略高一些", "疗效是否比大多数医院好，没有可靠的数据能说明", "比起吃药，运动降压需要更好地坚持", "和西药相比，中药的效果更好吗？其实要看病情", "比起打针，吃药更方便，但起效慢一些", { text: "家里量的血压比医院量的更低，可能是白大衣效应", type: 'kepu' }, { text: "社区卫生院比大医院更方便，小病可以先去社区", type: 'kepu' }, { text: "这款仪器的价格比同类产品贵两倍，请按需选择", type: 'kepu' }, { text: "这家比我以前去的医院远多了，要换两趟车", type: 'kepu' }, "中药比西药起效更慢，需要耐心服用", "中医未必比西医更温和，要看病种和药物", { text: "| 我们医院 | 地址 | 电话 |", type: 'institution' }, { text: "只有我们店是医保定点药房，购药请带医保卡", type: 'kepu' }, '居家做康复训练，效果比医院康复科的差一些，出院后最好定期回来复查', { text: '本院比市中心医院离高铁站更近，方便外地患者', type: 'institution' }, { text: '我们不敢说比三甲医院做得更好，只能把每一步做规范', type: 'kepu' }, { text: '别个医院的检查结果也可以带过来，医生会参考', type: 'kepu' }, { text: '复查时各项指标均优于术前，继续按原方案用药', type: 'case' }, { text: '本院今年门诊量首次超越去年同期', type: 'institution' }, { text: '本地区糖尿病患病率高于全国平均水平，应重视筛查', type: 'kepu' }, { text: '不同医院公布的成功率统计口径不同，不宜直接比较高低', type: 'kepu' }, { text: '中医不一定比西医好，要看病种和阶段', type: 'kepu' }, { text: '这位老中医比西医同事早到半小时查房', type: 'institution' }, { text: '主持人：贵科的疗效比大医院好吗？', type: 'institution' }, { text: '值班护士比所有人都更早到岗，交接班前先巡视病房', type: 'institution' }, { text: '相比建院之初，我们的门诊量翻了两番，但就诊环境仍显拥挤', type: 'institution' }, { text: '比起五年前，我们的候诊区更宽敞了，自助缴费机也多了几台', type: 'institution' }, '新换的药膏比您上次在医院开的用量少得多，按医嘱涂薄薄一层即可', { text: '本院挂号费高于社区卫生服务中心，具体以院内收费公示为准', type: 'institution' }, { text: '特需门诊的诊疗费比普通门诊高，商业保险能否报销请咨询保险公司', type: 'institution' }, { text: '患儿对外用他克莫司的耐受性优于吡美莫司，故继续原方案', type: 'case' }, { text: '| 光疗（次） | 本院 80元 | 医保报销后 32元 |', type: 'institution' }, '我们家孩子湿疹比别人家的孩子好得快，是因为坚持保湿', { text: '相比市面上的其他药膏，本店暂不销售处方药', type: 'kepu' }, { text: '问：在你们这儿做比去大医院便宜吗？答：按物价部门标准收费', type: 'institution' }, '今年复诊比去年方便，可以在小程序上预约', { text: '患者咨询：你们的光疗比别家医院效果好吗？\n回复：疗效因人而异，需要医生面诊评估。', type: 'institution' }, '同行之间互相学习，谈不上谁领先谁', { text: '本院的光疗设备并不领先同行，我们更看重规范随访', type: 'institution' }, { text: '为什么同样是湿疹，有的孩子比别的孩子好得快？', type: 'kepu' }, { text: '一项随机对照试验显示，新药组的瘙痒评分改善优于安慰剂组，但随访时间较短', type: 'kepu' }, { text: '我们的针比上次用的短一些，您不必紧张', type: 'institution' }, { text: '年轻医生的经验不如我这个老大夫多，所以遇到疑难病例会一起会诊', type: 'kepu' }, { text: '只有我们坚持每天用药，才能真正控制住病情', type: 'kepu' }, { text: '针灸胜于西药吗？目前研究结论并不一致', type: 'kepu' }, { text: '腹腔镜手术比传统开腹手术创伤小，但并非所有患者都适合', type: 'kepu' }, { text: '周末门诊比平时排队时间短，建议错峰就诊', type: 'institution' }, '这次复诊的恢复情况好于预期，继续按原方案治疗', '两种方法各有长短，面部白斑用哪种更胜一筹，要看分期和部位', '研究比较了两种剂量，高剂量组的复色率略高，但不良反应也更多', { text: '问：和区医院比哪家好？答：各有特点，他们科室更全，我们预约方便，请按病情选择', type: 'institution' }, { text: '本院不与其他医疗机构比较疗效，每位患者情况不同，治疗效果也不同', type: 'institution' }, '病情稳定后回当地医院复诊，比来回奔波更方便', { text: '几家医院合作的研究中，两种疗法谁更胜一筹尚无定论', type: 'kepu' }, '夏天的紫外线比冬天强得多，白癜风患者要注意防晒', '这次复查的皮损面积比上次用药时小了很多', { text: '本院的收费标准与公立医院一样，按当地物价部门规定执行', type: 'institution' }, { text: '本院执行与三甲医院相同的消毒规范和转诊流程', type: 'institution' }, '疗效与大医院是否一样，要看病情和设备，不能一概而论', { text: "我们的方案比预期起效更慢，医生会评估是否调整", type: 'institution' }, '本地区荨麻疹患病率高于全国平均水平，与气候潮湿有关', '同等疗效下，价格更低的药物可以优先考虑，具体请遵医嘱', {"text": "和社区医院相比，本院的检查项目收费有高有低，以公示为准", "type": "institution"}, {"text": "这次复查的结果好于预期，继续按原方案用药", "type": "case"}, {"text": "生物制剂的疗效是否好于传统药物，要看病情，请遵医嘱", "type": "kepu"}, '超过九成的医院都能开展这项检查', '不少家长认为进口药膏比国产的更有效，其实未必，通过一致性评价的药物疗效相当', '国产仿制药与原研药在一致性评价中被证明疗效相当', '国产设备和进口设备各有优缺点，医生会根据病情选择', '比起口服药，我们更建议先试外用药，因为副作用更少', '相比治疗前，我们的随访记录显示皮损面积缩小了', 'Is laser better than cream? 这要看白斑的类型，由医生评估', { text: 'Is 308 laser better than creams? 要看白斑部位，由医生评估', type: 'kepu' }, '在同类药物中，第二代抗组胺药的嗜睡反应较少', "为什么我们比别人更容易长痘？", "白癜风患者患甲状腺疾病的风险是一般人的2倍", "我们的方案比以前效果好得多，这是三年随访的结果", '第一个疗程的效果不如我们预想的理想，医生调整了方案', '该患者的复色速度不如我院同期其他患者，原因仍在分析', '基层医院的诊疗水平正在逐步接近三甲医院', { text: '本院皮肤科年门诊量已超过三万人次', type: 'institution' }, "今年市里的医院比去年多了三家", { text: '传统疗法：外用激素；新疗法：生物制剂，适合人群需医生评估', type: 'kepu' }, '常有患者问：“你们比别的医院好在哪？”我们一般不做比较，只讲清楚自己能做什么、不能做什么', "根据《痤疮诊疗指南》，联合用药较单一用药具有更高的有效率", "国产药不一定比进口药差，关键看适应证", "与常规疗法相比，该方法的复发率是否更低，目前还缺乏研究", "早治和晚治，效果有天壤之别，发现白斑请尽早就诊", "过年压岁钱别给孩子买太多零食", "节段型白癜风通常比非节段型发展得快", "准分子光治疗与外用药膏常联合使用，照光次数和用药方案由医生根据白斑面积决定", {"text": "科室设有准分子光治疗室和药浴室，门诊时间为周一至周六", "type": "institution"}, {"text": "患者外院治疗三个月无效，转入我院后调整用药，两周后皮疹好转（本例仅供教学讨论）", "type": "case"}, "与常规剂量相比，大剂量方案的不良反应发生率提高约20%（《中华皮肤科杂志》2020年的研究），需权衡使用", {"text": "| 对比项 | 第一代抗组胺药 | 第二代抗组胺药 |\n| 嗜睡 | 较明显 | 较少 |", "type": "kepu"}, {"text": "激光是否比手术效果更好，要看瘢痕的类型和大小，由医生评估", "type": "kepu"}, {"text": "我们会如实告诉您：较深的疤痕无需手术的方法往往难以达到和手术一样的效果", "type": "institution"}, {"text": "| 治疗方式 | 适用情况 |\n| 激光 | 需医生评估 |", "type": "institution"}, {"text": "本院疗效较去年同期有所提高（数据来源：本院年报）", "type": "institution"}, "在别处做过的检查，带来给医生看看就行", {"text": "| 项目 | 普通门诊 | 本院专家门诊 |\n| 挂号费 | 5元 | 20元 |", "type": "institution"}, "一线城市的三甲医院病人多，小病可以先在社区医院就诊", "中药和西药各有所长，谁更胜一筹要看具体病情", "与传统开腹手术相比，腹腔镜手术更安全、更有效，但并非人人适用，需要医生评估", "这两种皮疹的严重程度不是一个档次的问题，而是类型不同", "加盟连锁品牌的门店也需要取得医疗机构执业许可证", "国产仿制药通过了一致性评价，疗效并不比进口药差", "治疗白癜风的难度远非一般皮肤病可比", "社区医院的医生水平不比三甲差，常见病可以就近看", "白癜风患者比一般人更容易晒伤，外出要做好防晒", "孩子的身高不比同龄人差，不必急着用药", {"text": "和社区医院比，我们门诊规模较小，复杂病例会建议转诊", "type": "institution"}, "与传统开腹手术相比，腹腔镜手术创伤较小，但并非人人适用，具体由医生评估", {"text": "本院开展两种术式。与传统切开法相比，埋线法恢复更快，但维持时间较短，适合人群不同。", "type": "institution"}, '做完手术后体力好过一般人一截，不代表可以马上剧烈运动', '这是西药和中药都需要注意的问题，用药前请咨询医生', { text: '有的医院只能做基础检查，需要病理检查时我们会协助转诊', type: 'institution' }, { text: '防晒霜比任何保健品都更值得每天坚持使用', type: 'kepu' }, { text: '只有经医生评估适合的患者，才会安排移植手术', type: 'institution' }, { text: '外用药只是治标，这种说法并不准确，规范用药同样重要', type: 'kepu' }, "今年的门诊量全面超过去年", "光疗效果一般需要三个月才能评估，请按时复诊", '这种仿制药经一致性评价，疗效与原研药相当', '联合用药的效果是否不亚于单用光疗，目前还没有定论', "常规治疗只能控制症状，我们会定期随访评估", "同类医院的收费标准可以在当地医保部门网站查询", "很多同行都在学习新版指南，我们也会及时更新方案", '有人说私立医院一定比公立医院好，也有人说正好相反，其实选择时更应该看资质', { text: '本地的皮肤科门诊中，设有光疗室的并不多，就诊前可先电话询问', type: 'kepu' }, { text: '双十一限时秒杀所有项目，名额有限', type: 'ad' }, '疫苗接种后留观30分钟，到我们的留观区休息才安全', '有些患者担心激光会留疤，其实规范操作后多数不会留疤', '如果症状反复，不妨来门诊复查', { text: '我院在常规光疗和药物治疗之外，还提供心理咨询和皮肤遮盖指导，帮助患者更好地应对日常生活', type: 'institution' }, '有商家宣称其产品效果比药物好十倍，这类说法涉嫌虚假宣传', '“这种药比那种好三倍”？别信，药效因人而异', '一项研究显示，联合用药比单药见效快两倍', '国产药和进口药的价格不同，医生会根据病情和医保目录选择', '药物只能控制症状，我们能做的是定期随访', '这种情况只能手术，我们会帮您联系上级医院', '我国成人肥胖率已高于全球平均水平', '孩子比其他同龄人更懂事', '医保目录内的药在别家药店只能按原价买，在定点药店可以刷医保卡', '很多患者放弃治疗是因为费用，可以咨询医保和大病救助政策', '我们认为，早发现早治疗才是最重要的', '腹腔镜手术的出血量仅为开腹手术的1/3左右（据2019年发表的一项随机对照研究）', '吸烟者患肺癌的风险是不吸烟者的十几倍，戒烟越早越好', '种植牙的费用大约只有十年前的一半，但仍需根据骨量评估', '传统手法复位和手术各有适应证，医生会根据骨折类型选择', '据一项发表于2021年的随机对照试验，A方案的缓解率高于B方案，但不良反应也更多', '根据2020年版指南，中重度痤疮口服药物的疗效优于单纯外用', { text: '普通门诊：周一至周五 8:00-17:00\n急诊：24小时', type: 'institution' }, '没有一家医院能保证百分之百治愈，请理性看待宣传', '不像有的人想象的那样，白癜风并不传染', '白斑部位的皮肤比正常皮肤更容易晒伤', '复诊时医生会把白斑和上次的照片比较', '比起担心，更重要的是规范治疗', '与外用药相比，光疗需要更频繁地往返医院', '与其他医院不同，本院周六上午也开诊', '面部白斑的复色通常比手足部位更快', '传统疗法见效慢但安全性数据充分，新疗法见效快但价格较高', '有些医院周末不开门诊，但本院周六上午也可以预约', '没有谁比你更了解自己的皮肤，记录变化对复诊很有帮助', '和三甲医院相比，我们的科室条件有限，危重患者会建议转诊', '与其自己买药，不如找医生看看', '连同行都承认，这种病目前没有根治的办法', '他们比我们更早发现了这个问题', '一项随机对照研究发现，联合治疗的复色速度快两倍', '同样的检查，在其他医院做过的可以带报告来', '孩子比他们班上的同学长得快', '我们和其他医院一样，都遵循同样的诊疗规范', '与传统手术相比，微创手术切口小，但并非所有人都适合', '一项随机对照研究显示，与传统疗法相比，新方案的有效率提高了12%', '不像其他慢性病，湿疹的症状会时好时坏', '很多医院查不出来的问题，我们建议您去上级医院做进一步检查', '很多医院都做不到24小时出报告，我院也一样需要两个工作日', { text: '和省级医院相比，本院的检查项目仍有差距，部分化验需外送', type: 'institution' }, '比起去年，今年的流感疫苗接种率提高了不少', '很多医院不敢给孕妇用这种药，是因为缺乏安全性数据', '疑难病例我们会协助转诊到大三甲', '和省级医院相比，我们门诊规模较小，疑难病例会建议转诊'],
    },
  },
  {
    id: 'compare-disparage',
    category: 'comparison',
    title: '贬低其他医院、医生或药物',
    basis: BASIS.comparison,
    message: '说其他医院“治不好”“骗人”、药物“毁皮肤”，是贬低同行或他人产品，也在制造对其他诊疗的恐惧。',
    suggestion: '删去对他人的评价。可以给出中性的就医建议，例如“请到有资质的医疗机构皮肤科就诊，按医嘱规范用药”。',
    levels: levels('EEEE'),
    patterns: [
      // Session forty-four (recurring misses, 2 rows of the last 30 batches): a drug said to harm the body, then the reader told it is better to come to us instead
      // (吃非那雄胺伤身体，还不如来做光疗; 口服药伤肝，不如来我们这儿调理): the rival treatment run down to sell ours; 伤肝的药要定期查肝功能 offers nothing.
      p(/(?:伤身体?|伤肝|伤肾|伤胃|伤皮肤?|毁皮肤?|副作用(?:太|很|特别)?大)[,，]\s?(?:还)?(?:不如|倒不如|还是)(?:直接)?(?:来|到|找|选)(?:我们|本院|我院|咱们|这里|这儿)?(?:这儿|这里)?(?:做|试试|调理|治)?/),
      // Round one hundred and twenty-five (batch JA), in the pattern below: the rival's goods said to be filler cut with water (超市的护手霜都是香精兑水; 那些乳液全是
      // 色素掺水), 护手霜 / 护肤品 / 乳液 / 面膜 as product words, and the con said as 坑钱 / 骗钱 / 圈钱 (外面那些小门诊都是骗钱的); 护手霜是香精加水调的吗？ asks.
      // Round one hundred and twenty-four (batch IY), in the pattern below: the rival's goods said to be made of filler (超市那些去屑洗发水，全是香精堆出来的;
      // 外面那些生发液都是色素兑出来的): run down as a con is, and the rival's goods named by 那些 / 市面上 / 超市 before a product word; 洗发水的香味是香精调出来的
      // names no rival.
      // Round one hundred and twenty-six (batch JC), in the pattern below: the summer goods sold elsewhere, any ointment (…膏), spray or mosquito water (药店卖的那些
      // 止痒膏全是智商税; 超市里的驱蚊喷雾都是噱头), as 药膏 is; 那些药膏都是处方药 calls nothing a con.
      // Session forty-four (recurring misses, 8 rows of the last 30 batches): a rival shop, clinic, counter or trade, then its goods or work called a con in
      // everyday slang (同行的方案说白了就是割韭菜; 专柜那些大牌全是交智商税; 外面那些小店打斑就是辣鸡技术; 月子会所那些产后修复都是噱头): the words of
      // DISPARAGING lacked the slang. A warning (警惕…噱头), a question and 不是 are left to refine() and the lookahead.
      p(new RegExp(`(?:${OTHERS.source}|专柜|大牌|月子会所|月子中心|小店|小作坊|(?:那些|那种|那类|市面上的?|超市(?:里|的)?|网上买的)[^,，。;!?]{0,6}?(?:洗发水|洗发露|洗护|产品|药膏|生发液|生发水|精华|面霜|护手霜|护肤品|乳液|面膜|膏|喷雾|花露水|驱蚊水|驱蚊液|防晒霜|止痒水))[^。;!?]{0,16}?(?:说白了|其实|简直|根本|纯粹|完全)?(?:就是|都是|全是|全都是|纯属|净是)(?:在|些)?(?:割韭菜|交智商税|智商税|噱头|辣鸡|垃圾|坑人|坑钱|骗钱|圈钱|大坑|坑(?=[,，。;!?！~～]|$)|忽悠人|糊弄人|骗人|害人|(?:香精|香料|色素|添加剂|化学品|激素|工业原料)(?:堆|兑|勾兑|凑|拼)(?:出来|起来)的|(?:香精|香料|色素|添加剂|化学品|工业原料)(?:兑|掺|加|勾兑)(?:的)?水)(?:的)?(?:技术|玩意儿?|东西)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))`)),
      // Round one hundred and twenty-four (batch IY), in the pattern below: 那些 as the rival (答：那些药膏都是激素，越抹越糟; 那些去屑露用了只会越洗越痒), as 那种 is.
      // Session forty-four (recurring misses, 5 rows of the last 30 batches): the rival's drug or product said to make it worse the more it is used (医院皮肤科开的就是
      // 激素药膏，越抹越依赖; 普通洗发水越洗越掉; 疙瘩只会越切越大, of the other hospital's advice): the rival's care run down by its result. Misuse by the reader
      // (自己乱抹药膏，越抹越重) names no rival, and refine() lets 滥用 / 长期 / 不规范 through.
      p(/(?:医院|皮肤科|诊所|别家|外面|外院|他们|人家|那边|那种|那些|普通|一般|市面上的?|网上买的|网红)[^,，。;!?]{0,10}?(?:开的|卖的|用的|做法|方法|洗发水|洗发露|药膏|霜|产品)[^。;!?]{0,10}?(?<!不会|不)(?:只会)?越(?:抹|擦|涂|用|洗|切|治|吃|打)越(?:依赖|掉|黑|大|重|糟|差|严重|薄|多|厉害|干|痒|红)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 6 rows of the last 30 batches): the rival's work said to leave scars, a mess or no result worth its name (外面那些小诊所用的
      // 激光会留疤; 小诊所拿棉签蘸液氮，冻得乱七八糟; 那些小诊所的植发，毛囊存活率根本没保障; 公立医院排队三个月，做出来效果还一般): a judgement of another
      // clinic's results. 如果 / 可能 hedges are let through by refine().
      p(new RegExp(`(?:${OTHERS.source})[^。;!?]{0,18}?(?:(?:都会|会|准会|肯定会?|铁定|全是|都是|一准)留(?:疤|下疤)|(?:冻|打|做|点|洗|切)得(?:乱七八糟|一塌糊涂|坑坑洼洼)|(?:冻|打|点|洗|祛)不干净|(?:根本|压根|完全)(?:就)?没(?:有)?保障|(?:效果|疗效)(?:还|也就|就|都)(?:很)?(?:一般|平平|那样))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))`)),
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): the rival's doctors said not to care for the patient (别去大医院了，医生根本没空管你;
      // 大医院的医生看一个病人就三分钟，根本不上心; 别去那些小美容院，都是拿你的脸练手): the others' care judged; 医生很忙，请提前预约 judges no one.
      p(new RegExp(`(?:${OTHERS.source})[^。;!?]{0,24}?(?:(?:根本|压根|完全)(?:就)?(?:没空|没时间|不|懒得)(?:管|理|上心|用心|在乎|关心)(?:你|您|病人|患者)?|拿(?:你|您|顾客|客人|患者)的?(?:脸|皮肤|头发?|身体|牙)?(?:来)?练手)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))`)),
      // Round one hundred and eight (batch HR): the other shops' or hospitals' goods called junk or their treatment a stopgap (隔壁那些店用的都是三无产品,
      // 外面的美容院卖的全是假货, 医院开的药都是治标不治本的): the others named, then all of it run down; 网上的低价面膜不少是三无产品 names no other clinic.
      p(/(?:隔壁|别家|别人家|外面|其他|其它|别的|对面|那些)[^,，。;!?]{0,4}?(?:店|美容院|美容店|机构|诊所|医院|工作室|门店|会所)[^,，。;!?]{0,8}?(?:都是|全是|全都是|净是|基本都是|清一色是?)(?:些)?(?:三无|假货|劣质|过期|山寨|水货|便宜货|垃圾|有毒)|(?:医院|别家|外面|其他家|他们)(?:开|给|用|卖)的[^,，。;!?]{0,8}?(?:都是|全是|只会|只能|根本就?是)治标不治本/),
      // Round one hundred and thirteen (batch IC): what the hospital or the other shops prescribe, sell or do run down as useless or as ruining the skin (医院开的药膏
      // 又贵又没用, 别家做的刷酸都是在烂脸, 外面卖的祛斑霜根本没用): the others' care judged; the reader's own doubt (觉得医院开的药没用，其实是…) and a
      // question are not read, and 医院开的药膏没用完 runs on past the judgement.
      p(/(?<!(?:觉得|以为|认为|嫌|怀疑|抱怨|担心|说)[^,，。;!?]{0,3})(?:医院|别家|别人家|外面|其他家|他们|别的(?:医院|诊所|店|机构))(?:里)?(?:开|给|用|卖|做|配)?的[^,，。;!?]{0,8}?(?:又[\u4e00-\u9fff]{1,3}?又(?:没用|无效|不管用|没效果|伤皮肤|伤脸|烂脸|毁脸)|都是在?(?:烂脸|毁脸|伤脸|害人|坑人|骗人|骗钱)|(?:根本|压根|完全)(?:就)?(?:没用|不管用|没效果|无效))(?=\s?(?:[,，。;!！~～]|$))/),
      // Round one hundred and fourteen (batch ID): another clinic's or beauty shop's drug, named by the place that sells it, said after a comma to be a
      // con (外面小诊所配的药膏，全是忽悠人的; 别家诊所开的药，根本就是骗钱的); a warning quoting it (别信…这种说法) is let through by the context, and a pharmacy
      // still needs our own offer in the paragraph (refine()).
      p(/(?:外面|别家|别人家|其他家|其他|别的|街上|网上)(?:的)?(?:小)?(?:药店|药房|诊所|医院|店铺?|美容院)(?:里)?(?:开|给|用|卖|做|配)的[^,，。;!?]{0,6}?[,，]?\s?(?:都是|全是|根本就?是|纯粹是)在?(?:糊弄人|忽悠人|骗人|坑人|害人|骗钱|坑钱|智商税|烂脸|毁脸)(?:的)?(?=\s?(?:[,，。;!！~～]|$))/),
      // Round seventy-nine (batch FL): others' products called useless in a 还在…？ question and the clinic offered next (还在吃那些没用的
      // 减肥药？来我们这里; 还在抹那些不管用的祛斑霜？快来试试我们的方案); the same advice without the clinic (别再用那些没用的偏方了，…按医嘱规范治疗) is not matched.
      p(/(?:还在|别再|不要再)(?:用|抹|涂|擦|吃|喝|买|花钱买)(?:那些|这些|各种|那种)?(?:不管用|没用|没效果|无效|劣质|三无)的[^,，。;!?？]{1,8}?[?？!！][^。;]{0,6}?(?:来|试试|选择|到|找)(?:我们|本院|我院|本店|本中心)/),
      // Round one hundred and sixteen (batch II): what the others sell, named before, then called a con by a bare 那 / 那些 opening the clause (问：楼下理发店的
      // 防脱套餐有用吗？答：那都是忽悠人的; 别家的生发水我见多了，那些全是骗钱的): refine() asks for the others in the paragraph; 有人说那都是骗人的 puts a
      // verb of saying first and is not read, and a question asks.
      p(/(?<![\u4e00-\u9fff])(?:那|那些|那种|那玩意儿?)(?:东西|套餐|项目)?(?:都|全|全都|基本都|纯粹|完全|根本就?)是(?:在)?(?:忽悠人|骗人|骗钱|坑人|坑钱|糊弄人|智商税|割韭菜)(?:的)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round thirty-four: the other clinic, named before, judged by a pronoun (那是因为他们根本不会治; 那些人全是外行; 这说明那边的治疗
      // 思路本身就有问题; 在那里是得不到真正重视的); refine() asks for the other in the paragraph.
      // Round ninety-nine (batch HA): or said to know one crude remedy only (为什么跑了那么多家医院都没好？因为他们只会给你开激素; 人家就知道让你吊水):
      // the same pronoun, the paragraph naming the clinics it stands for.
      p(/(?:他们|人家|那边|那些人)(?:往往|大多|基本|都|就|全|根本)?(?:只会|只知道|就知道|光会|一味地?)(?:给(?:你|您)?|让(?:你|您)?)?(?:开|打|用|上|输|吊|挂|推销|卖)[^,，。;!?]{0,4}?(?:激素|抗生素|止痛药|消炎药|药|吊瓶|点滴|针|水|输液|手术|刀|保健品)|(?:他们|人家|那边|那里|那些人)(?:根本|压根|完全|就|都|全|全都)?(?:就)?(?:不会治|不懂(?:治|行)?|是外行|外行|不专业)|(?:他们|人家|那边|那里)的?(?:治疗|诊疗)?(?:方法|治疗|方案|技术|思路|路子)(?:本身|根本|完全|压根|从一开始)?(?:就)?(?:有问题|不对头)|(?:外院|别家|他院|其他医院|别的医院|前一家医院|之前的医院)的?(?:治疗|诊疗)?(?:方法|方案|思路|路子|技术)(?:本身|根本|完全|压根|从一开始)?(?:就)?(?:存在|有)(?:明显|很大|严重|根本|很多)?的?(?:问题|错误|缺陷)|(?:那里|那边|那儿|他们那儿?)(?:是|根本|可)?(?:得不到|享受不到)(?:真正的?|应有的?|足够的?)?(?:重视|关注|照顾|治疗|诊治)/),
      // Unnamed others: 很多医院只会…, 有些诊所为了赚钱…, 市面上一些机构技术落后….
      // Round ninety-three (batch GO): pointed at with 那些 or 这些 (见过太多那些机构坑老人, 这些诊所只会乱开检查); refine() lets a warning
      // that offers nothing through (警惕那些机构的套路).
      // Round fifty-four (batch DH): 外面那些 before the clinics, and cheap or inferior drugs that make the skin worse as the fault (外面那些小诊所
      // 用的都是廉价激素，越抹越重).
      p(/(?:很多|不少|有些|有的|一些|某些|个别|部分|许多|大多数|大部分|那些|这些|那几家|那家|市面上的?(?:很多|不少|一些|有些|那些)?|外面的?(?:很多|不少|一些|有些|那些)?)(?:所谓的?)?(?:医院|诊所|机构|门诊|专科|医生|牙医|专家|大夫|同行|小诊所|小?美容院|美容店|美容机构|工作室|养生馆)[^。;!?]{0,16}?(?:廉价(?:激素|药|货|产品|仪器|设备)|(?:山寨|假冒|翻新|二手)(?:的)?(?:仪器|设备|机器|针剂|玻尿酸)|劣质|越(?:抹|擦|用|涂)越(?:重|严重|多|差)|只会|只想|只治(?:表面|症状|标)|就会乱|乱|骗|坑|根本不|不懂|不专业|水平(?:有限|差|低|一般)|技术落后|误诊|夸大|忽悠|耽误|延误|越治越|收费(?:混乱|高|乱)|为了赚钱|用坏|治坏|不负责|糊弄)/),
      // Round one hundred and eighteen (batch IM), in the pattern above: 那家 pointing at one rival (那家醫院的大夫只會開激素). Below: the rival's drugs said to be
      // all steroids, or its treatment to make things worse the more it is used (那边用的全是激素，越用越糟); 有些病友自己乱抹药，越抹越重 blames no rival.
      p(/(?:那边|那家|那里|外院|别家|别的医院|其他医院)(?:医院|诊所)?(?:用|开|给)的?(?:药)?(?:全是|都是|净是|全都是|清一色是?)(?:激素|抗生素|止痛药|便宜药|廉价药)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:那边|那家|那里|外院|别家|别的医院|其他医院)[^,，。;!?]{0,10}?越(?:用|治|抹|涂|吃|看)越(?:糟|重|严重|差|坏|厉害)/),
      // Round one hundred and four (batch HK), in the pattern above: the others may be beauty salons or studios, and the fault their knock-off or
      // refurbished kit (外面很多美容工作室用的都是翻新的二手机器); 谨防山寨仪器 counts no others, and 有些美容院的仪器需要定期检修 finds no fault.
      // Round fifty-six (batch DN): unnamed others called names before what they are (某些黑心医院, 那些无良诊所, 一些野鸡机构, 个别坑人的专科):
      // the epithet is the judgement; a warning without others counted (谨防无资质的黑诊所) is not read here.
      p(/(?:很多|不少|有些|有的|一些|某些|个别|部分|许多|那些|那几家|这些)(?:所谓的?)?(?:黑心|无良|野鸡|黑心肠的?|骗人的?|坑人的?|骗钱的?|坑钱的?|宰人的?)(?:的)?(?:医院|诊所|机构|门诊|专科|医生|大夫|专家|同行|美容院|皮肤科)/),
      // Round one hundred and thirteen (batch IB): the beauty salon, the back-street workshop or the other shop named, then its work called a mess
      // (美容院点痣就是乱来, 那些美容工作室祛斑纯属瞎搞) or said to end in darkening or scars every time (外面那些小作坊的激光，打完全是返黑; 隔壁那家店洗完纹身
      // 肯定留疤); a question, a warning with 如果 or 警惕 (refine()) and a routine after the treatment (打完激光都是要冰敷的) are not read.
      // Round one hundred and fourteen (batch IE): the others' work said to ruin the face (别家的点痣项目纯属在毁容, 美容店的换肤都是在烂脸).
      p(/(?:美容院|美容店|美容工作室|小作坊|黑作坊|外面那些|别家|别人家|其他家|其它家|别的店|隔壁)[^。;!?]{0,10}?(?:(?:就是|纯属|简直是|完全是|都是|全是)(?:在)?(?:乱来|瞎搞|瞎弄|胡来|乱搞|瞎折腾|胡搞|乱做|烂脸|毁容|毁脸)|(?:打完|做完|点完|祛完|洗完|用完)[^,，。;!?]{0,2}?(?:全是|都是|全都|肯定|铁定|必然|准会|一准|十有八九)(?:会)?(?:返黑|留疤|烂脸|毁容|感染|发炎))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Structural: an unnamed other clinic or doctor, then any judgement of it, anywhere in the sentence.
      p(new RegExp(`(?:${OTHERS.source})[^。;!?]{0,24}?(?:${DISPARAGING.source})`)),
      p(/(?:辗转|跑遍|走遍|看遍|四处求医|看了?(?:那么多|很多|好多|不少|无数|多家)|(?:跑|看|去|换|找)了(?:好几|好多|很多|不少|[二三四五六七八九十两几\d]+)家)[^。;!?]{0,14}?(?:无果|无效|没效果|没治好|没看好|看不好|未果|不见好|没用|不管用|都没(?:看|查)出|没人(?:看|查)出)[^。;!?]{0,12}?(?:最终|最后|直到|才|终于|还是|结果)[^。;!?]{0,6}?(?:我院|本院|我们|这里)|(?:别人|别家|其他医院|别的医院|外面|别处|外院|他院)[^。;!?]{0,12}?(?:没效果|没治好|治不好|无效|不见好|没见好|没好转|没起色|(?:仍|都|均|始终|一直)(?:无|没有?|未见|不见)(?:明显)?(?:改善|好转|效果|起色))[^。;!?]{0,12}?(?:在这里|我们|本院|我院)[^。;!?]{0,8}?(?:就|便)(?:解决|好了|治好|搞定|有起色|见效|好转|有效果|(?:看到|见到)(?:了)?(?:变化|效果|改善|好转))|甩(?:开)?[^,，。;!?]{0,8}?几条街|(?:不靠谱|不正规|不专业|黑心|无良|骗人|骗钱|坑人|乱收费|水平(?:差|低)|不负责任|没有?良心|唯利是图|见钱眼开|连[^,，。;!?]{0,6}?都(?:没有|不懂|分不清|不会))的(?:小)?(?:医院|诊所|机构|门诊|医生|大夫|专科|美容院|美容店|工作室|养生馆)/),
      // Round ten: an older method derided as obsolete (老一套的熏蒸又慢又麻烦，早就过时了), a school of medicine
      // belittled (西医只能治标).
      p(/(?:老一套|老式|老旧|老掉牙|传统|旧式|古老|老)的?[^,，。;!?]{0,8}?(?:疗法|方法|治疗|熏蒸|药膏|手术|技术|设备|仪器|做法|办法|针灸|艾灸|推拿|理疗|膏药)[^。;!?]{0,14}?(?:早(?:就|已)?(?:过时|淘汰|落伍|不行)|已经?(?:过时|淘汰|落伍)|该(?:被)?淘汰|谁还用|没人用|又慢又(?:麻烦|痛|疼|贵|脏)|(?:早已|早就|已经?)?被[^,，。;!?]{0,8}?(?:取代|替代|淘汰))|(?:西医|西药|中医|中药)(?:治疗?|看)?[^,，。;!?]{0,6}?(?:只能|只会|就只能|永远只能)(?:治标|压一压|暂时压住)|(?:西医|西药|中医|中药)(?:治疗)?治标不治本/),
      // Round fifteen: the reader asked whether they still use an outdated method, and ours offered (还在用老掉牙的冷冻疗法祛疣？
      // …快来试试我们的新方法); refine() asks for ourselves in the sentence.
      // Round sixty-eight (batch EQ): the thing may be called useless or a waste rather than old (还在用那些没用的进口药膏？…换我们的), and the
      // reader may be buying, taking or rubbing it on; refine() still asks for our own offer.
      p(/还在(?:用|做|选|相信|买|吃|涂|抹|擦)[^,，。;!?]{0,4}?(?:老掉牙|老一套|过时|落后|被淘汰|没用|没效果|不管用|没啥用|白花钱)的?[^,，。;!?]{0,8}?(?:疗法|方法|治疗|手术|技术|设备|仪器|激光|嫩肤|项目|药)/),
      // Round eleven: "their method is simply wrong" after the reader was treated elsewhere in vain (你在别的地方治了好几年都
      // 没好？那是因为他们的方法根本不对); refine() asks for the other clinic in the paragraph.
      // Round one hundred and fifteen (batch IG): the other place or its doctors said plainly to be no good (那家水平不行，别去; 别家医生的技术太差): the rival
      // named by 那家 / 别家 / 他们家, its skill judged; reported speech (有人说那家水平不行) and a question are not read.
      p(/(?<!(?:说|觉得|以为|认为|听说|传|嫌|怀疑|担心)[^,，。;!?]{0,3})(?:那家|别家|别人家|他们家|人家|外面那家|那家医院|那家诊所|那个医院|那个诊所)(?:的)?(?:医生|大夫)?(?:的)?(?:水平|技术|医术)(?:真|太|很|就|实在|根本|真的)?(?:不行|太差|很差|差劲|太烂|很烂|不咋地|不怎么样)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      p(/(?:他们|人家|那边|那里)的?(?:方法|治疗|方案|技术|思路|路子)(?:根本|完全|压根|从一开始就)?(?:就)?(?:不对|错了|用错了|是错的)|(?:他们|人家|那边|那里)(?:那套|那种|的)(?:方法|治疗|方案|技术|设备|思路|路子)?[^,，。;!?]{0,4}?(?:落后|过时|淘汰|老掉牙|跟不上)/),
      // Round twelve: others defined by what they only do (那些只会推销套餐的医美机构, 一些只顾赚钱的诊所), and a school of
      // medicine reduced to one act (传统西医只会开激素).
      // Round ninety-six (batch GU): the reader told not to hand the child or the illness to such others (千万别交给那些只会开喷雾的普通门诊, 不要把孩子
      // 送到那些动不动就输液的诊所): the 别 is the advice's, the judgement of the others stands; the match starts at the negation, so it is not read as one.
      p(/(?:千万|可)?(?:别|不要|莫|切勿|千万别)(?:再)?(?:把[^,，。;!?]{0,6}?)?(?:交给|送到|送去|带到|带去|托付给|丢给)(?:那些|某些|有些|一些)(?:只会|只知道|只想|只顾|只懂|一味|动不动就|动辄|一上来就|上来就|张口就)[^,，。;!?]{0,24}?(?:医院|诊所|机构|门诊|医生|大夫|专家|美容院|工作室)/),
      p(/(?:那些|某些|有些|一些|很多|不少)(?:只会|只知道|只想|只顾|只懂|一味|动不动就|动辄|一上来就|上来就|张口就)[^,，。;!?]{0,24}?(?:医院|诊所|机构|门诊|医生|大夫|专家|同行|美容院|工作室)|(?:西医|西药|中医|中药)(?:大夫|医生)?(?:只能|只会|就只会|就只能|永远只能)(?:开[^,，。;!?]{0,4}?(?:药|激素|汤)|打(?:激素|针|点滴|吊瓶)|输液|挂水|开刀|动刀|止痛|(?:用|上)(?:点)?激素|把[^,，。;!?]{0,6}?压(?:下去|住)|压(?:症状|一压))/),
      // Round thirteen: what the market sells called fake or useless (市面上的光子嫩肤大多是低能量的假光子，做了等于白做), a school
      // of medicine said to treat only the symptom (西医治这个病就是头痛医头脚痛医脚).
      p(/(?:市面上|外面|网上|别家|别处)[^。;!?]{0,16}?(?:假(?:光子|货|设备|仪器|机器|玻尿酸|药|针)|冒牌|山寨|水货|低配|阉割版?|等于白(?:做|打|花|治)|白做了?|智商税|(?:是|都|全|被|偷偷|早就)(?:兑|掺|注)了?水(?!平|分|光|疗|肿|痘|泡)|(?:兑|掺|注)了水的|稀释(?:过|了)|缺斤少两|以假乱真)|(?:西医|西药|中医|中药)(?:治疗?|看病?)?[^。;!?]{0,12}?(?:头痛医头|脚痛医脚|治标不治本|只能压)/),
      // Round twenty-one: the three-minute visit elsewhere (排队三小时、看病三分钟，医生连头都不抬), with the other clinic and ourselves
      // in the paragraph (refine()): the other may sit in the question before it (还在被公立医院的专家号折腾吗？).
      p(/(?:看病|问诊|就诊|看诊|面诊)[^,，。;!?]{0,2}?(?:[一二两三四五几]|[1-5])分钟|头都不(?:抬|带抬)|正眼都不(?:瞧|看|带看)/),
      // Round eighty-eight (batch GE): Cantonese 唔识睇 / 唔识医 (不会看, 不会治) said of the others' doctors (其他医院嘅医生根本唔识睇).
      p(/(?:其他|别的|别家|外面的?|小|黑|私立|公立|普通)(?:医院|诊所|机构|门诊|医生)[^,，。]{0,6}?(?:都|根本|只会|全是)?(?:唔识(?:睇|医|治|看)|治不好|骗人|骗钱|坑人|乱收费|害人|不专业|不正规|误诊|乱治|治坏|耽误病情|乱用(?:激素|药))|与其[^。;!?]{0,16}?(?:别处|别家|别的医院|其他医院|外面|四处|到处求医|小诊所|小医院|小门诊|美容院|黑诊所)[^。;!?]{0,12}?不如[^。;!?]{0,8}?(?:本院|我院|我们|来这里|直接来|一步到位)|(?:走了|走过)(?:很多|不少)?(?:弯路|冤枉路)[^。]{0,16}?(?:来到|找到|选择|还是在|在)(?:了)?(?:本院|我院|我们|这里)|别再乱投医|久治不愈(?:的患者)?[^,，。]{0,4}(?:来|到|请来|请到|选择)(?:我院|本院|我们)|走了(?:很多|不少)弯路[^。]{0,8}(?:来到|找到|选择)|(?:激素药|西药|激素|化学药)[^,，。]{0,2}(?:毁|害|伤)了?(?:皮肤|脸|人|身体|一生|肝|肾)|庸医|骗子医院|黑心医院|莆田系/),
      // Round twenty-seven: dishonest traders, when the clinic offers itself in the paragraph (一些无良商家用廉价仪器冒充进口设备…选我们，放心).
      p(/(?:黑心|无良|不良)的?(?:商家|店家|老板|商贩)/),
      // Round twenty-eight: the other clinic's doctors, named by a pronoun after the clinic was named (为什么不选其他机构？因为他们的医生多是
      // 兼职走穴); refine() asks for the other in the paragraph. The reader told to stop going to an unnamed other (别再去路边的牙科小作坊了),
      // in an ad or next to our own offer.
      // Round eighty (batch FN): 那儿 too, and the doctors named by their department (那儿的皮肤科医生水平太差); the clinic before may carry a
      // qualifier (那家儿童医院, 那家口腔医院) in refine().
      p(new RegExp(`(?:他们|人家|那边|那里|那儿)(?:家)?的?(?:那个|那位|那些|那几个|那台)?(?:[\u4e00-\u9fff]{1,3}科的?)?(?:医生|大夫|专家|技师|师傅|护士|医师|设备|仪器|机器|激光机|耗材|假体)[^。;!?]{0,12}?(?:${DISPARAGING.source})`)),
      // Round sixty-four (batch EI): the reader told to stop believing them (别再相信那些所谓的老中医了, 不要再听信外面的小诊所).
      p(new RegExp(`(?:别再|不要再|千万别|千万不要|可别再?)(?:去|找|相信|听信|迷信|信|到)(?:${OTHERS.source})`)),
      // Round thirty-one: the contrast opens with 不像 or 而不是 (不像街边那些美容院用的都是来路不明的水货…; 而不是某些民营医院花钱挂名的
      // 所谓“专家”): the negation belongs to the contrast, the judgement of the others stands. Not 并非所有… (a general caveat).
      p(new RegExp(`(?:不像|不同于|有别于|区别于|而不是|而非)(?!所有|每|全部|任何)(?:${OTHERS.source})[^。;!?]{0,24}?(?:${DISPARAGING.source})`)),
      // Session 19: the others' malpractice as what the reader will not meet here (在这里您不会遇到其他诊所那种敷衍了事; 来我们这儿不会像外面
      //的小诊所那样乱收费; 告别别家医院的过度治疗): the negation is of the reader's lot, the judgement of the others stands.
      p(new RegExp(`(?:不会|不用|不必|无需|无须|不再|告别|远离|再也不用|再也不会|再也不必|免去|杜绝)(?:再)?(?:遇到|碰到|碰上|遭遇|经历|担心|受到?|面对)?(?:像)?(?!所有|每|全部|任何)(?:${OTHERS.source})[^。;!?]{0,8}?(?:那种|那样|一样|那般|似的|常有的|常见的|的)[^。;!?]{0,10}?(?:${DISPARAGING.source})`)),
      // Round thirty-six: another clinic's sanction raised to send the reader to us (隔壁那家医美上个月刚被通报处罚，你还敢去？来我们这儿做更放心);
      // refine() asks for our own offer in the paragraph, so a consumer notice (一些机构曾因…被通报，可在官网查询) stays innocent.
      p(new RegExp(`(?:${OTHERS.source})[^。;!?]{0,16}?(?:被|遭)[^,，。;!?]{0,6}?(?:通报|处罚|查处|罚款|曝光|吊销|关停|取缔|立案)`)),
      // Round forty-three (batch CC): other drugs or treatments as a class called a tax on fools, a swindle or useless (其他药膏基本都是智商税,
      // 外面那些疗法都是骗人的).
      p(new RegExp(`(?:${OTHER_TREATMENTS.source})[^。;!?]{0,8}?(?:都是|全是|就是|纯属|基本都?是|无非是|不过是)?(?:智商税|骗人的?|骗钱的?|坑人的?|割韭菜|白花钱|冤枉钱|交学费|垃圾)`)),
      // Round one hundred and twelve (batch IA): other skin-care products of a kind, named by what they are (普通润肤霜都是智商税, 一般的沐浴露全是骗钱的),
      // written off the same way; the copula is required, so 普通润肤霜不是智商税 or a sentence naming none is not read.
      p(/(?:传统|普通|常规|一般|其他|其它|别家|别的|市面上|外面|超市)(?:里|上)?的?[\u4e00-\u9fff]{0,4}?(?:霜|乳|露|膏|精华|面膜|洗发水|洗面奶|护肤品|化妆品|爽身粉)[^,，。;!?]{0,4}?(?:都是|全是|就是|纯属|基本都?是|无非是|不过是)(?:在)?(?:智商税|骗人的?|骗钱的?|坑人的?|割韭菜|白花钱|冤枉钱|垃圾)/),
      p(new RegExp(POINTED_TREATMENT_HARMFUL.source.slice(1))),
      // Round eighty-seven (batch GC): other products pointed at by 那些 / 这些, perhaps called cheap or shoddy first, and written off as rubbish,
      // poison or a swindle (那些便宜面霜全是垃圾, 这些杂牌药膏都是毒药); 这些药都是处方药 calls nothing rubbish and is not read.
      p(/(?:那些|这些|那种|这种|那类|这类)(?:所谓的?)?(?:廉价|便宜|劣质|杂牌|三无|山寨|网红)?的?(?:药膏|药物|药|产品|面霜|乳霜|祛斑霜|祛痘膏|护肤品|精华|仪器|设备)[^,，。;!?]{0,2}?(?:都是|全是|就是|纯属|全都是|基本都是|统统是)(?:垃圾|毒药|毒|骗人的?|骗钱的?|害人的?)(?![\u4e00-\u9fff]{0,2}(?:分类|处理|回收|桶|清运))/),
      // Round forty-nine (batch CT): another clinic named by 某 / 该 / 那家 and its doctors' skill judged with sarcasm (该诊所医生的水平可见一斑,
      // 那家医院的技术可想而知); and the reader as the others' 韭菜, fleeced by them (不做别人家的“韭菜”), in an ad or next to our own offer.
      p(/(?:某|该|那家|那个)(?:诊所|医院|机构|门诊|美容院)[^。;!?]{0,8}?(?:医生|大夫|专家)?的?(?:水平|技术|医术|能力|专业程度)[^,，。;!?]{0,3}?(?:可见一斑|可想而知|不敢恭维|不过如此|也就那样)/),
      p(/(?:(?:不|别|不要|不再|别再|拒绝)(?:做|当|成为))?(?:别人家|别家|人家|外面|其他家|别处)的?[“"「『]?韭菜/),
      // Round sixty-eight (batch EQ): other pharmacies, unnamed, and what they sell called cheap stuff, useless or harmful (某些药店卖的便宜货…效果差
      // 还伤肝, 网上药房的药多是假货); refine() asks for our own goods or shop in the paragraph.
      // Round ninety-six (batch GU): or their counter staff said mostly to hold no pharmacist's licence (其他药房的店员大多没有药师资格); 其他, 别的
      // and 别家 already set them against the shop that speaks, so refine() needs no offer of ours there, unless the sentence only warns.
      p(/(?:很多|不少|有些|有的|一些|某些|个别|部分|外面的?|别的|别家|其他|其它|街边的?|网上的?|小)(?:药店|药房|药铺)[^。;!?]{0,16}?(?:效果(?:很|太|极)?差|没效果|不管用|假货|假药|水货|劣质|便宜货|次品|伤肝|伤肾|伤身|以次充好|(?:大多|多半|多数|基本|全都|根本|压根)(?:都|就)?(?:没有|没|无|不具备)(?:执业)?(?:药师|从业)?的?(?:资格|资质|执照))/),
      // Round forty-four (batch CF): only we tell the truth or have a conscience (只有我们的医生才讲真话, 唯有本院才不坑人): the others, unnamed, lie.
      p(/(?:只有|唯有|就只有)(?:我们|本院|我院|本中心|本诊所|咱们)[^。;!?]{0,10}?才(?:敢|肯|会|能)?(?:跟|和|对|给|同)?(?:你|您|大家|患者|病人)?(?:讲|说)(?:真话|实话|大实话|良心话)|(?:只有|唯有|就只有)(?:我们|本院|我院|本中心|本诊所|咱们)[^。;!?]{0,8}?才(?:是|算)?(?:有良心|良心|不骗人|不坑人|不忽悠|不宰人)/),
      // Round forty-two (batch BZ): the other clinic, named before, said by a pronoun to use shoddy materials (因为他们用的是劣质种植体).
      // Round sixty-two (batch ED): that other hospital pointed at, its equipment or method said to be long obsolete (那家医院的光疗设备早就淘汰了),
      // and going there called a waste (去那里治纯属浪费时间和钱, 在别家看就是白花钱); 我院旧设备已淘汰 names no rival.
      // Round sixty-eight (batch EQ): the same judgement said plainly of that clinic's skill, equipment or method, with no 早就 (那家医院的技术落后,
      // 那个诊所的设备太陈旧); a degree word may come before it.
      p(/(?:那家|那个|那所)(?:医院|诊所|机构|门诊|美容院)的?(?:技术|设备|仪器|医术|方法|方案|疗法|理念|手法)(?:很|太|比较|非常|实在|明显|相当|严重)?(?:落后|过时|陈旧|老旧|落伍|不过关|老掉牙)/),
      p(/(?:那家|那个|那所)(?:医院|诊所|机构|门诊|美容院)(?:的|用的)?[^,，。;!?]{0,6}?(?:早(?:就|已)|已经|都|全)(?:是)?(?:落后|过时|淘汰|落伍|老掉牙)|(?:去|到|在)(?:那里|那边|那家|他们那|别家|外面|别处|小诊所|美容院)[^,，。;!?]{0,6}?(?:纯属|就是|纯粹是|完全是|只会|白白)(?:在)?(?:浪费|白花|糟蹋)/),
      // Round eighty-four (batch FW): another hospital named by 该院, 某院, 外院 or 他院 and its doctors' skill called low (该院医生技术水平低下,
      // 外院大夫医术低劣, the judgement may follow a comma): the skill itself is judged, not a finding or an outcome (外院治疗后效果很差 is not read); 外院诊断为湿疹 or 该院技术水平较高 judge no one.
      p(/(?:该|某|外|他)院的?(?:医生|大夫|专家|医师)?[^。;!?]{0,10}?(?:(?:技术|医术|诊疗|业务)(?:水平|能力)?|水平|能力)(?:很|太|极其|十分|非常|相当|实在)?(?:低下|低劣|差劲|极差|太差|很差|堪忧|不过关)/),
      // Round fifty-two (batch DC): or outdated ones (他们用的都是淘汰设备, 人家那边用的还是老旧的光疗仪).
      // Round ninety-two (batch GL): also their drugs or devices themselves (他们的药都是过期的, 那边的设备全是翻新的).
      // Round one hundred and thirteen (batch IB): that one shop or clinic pointed at with 那家, its kit or its fillers called refurbished, fake or knock-off
      // (那家店的仪器是翻新机, 那家诊所的玻尿酸是山寨货); refine() asks for the reader sent away or to us in the paragraph, so a news report of a penalty is not read.
      p(/那家(?:店|诊所|机构|医院|美容院|门店|工作室)?的(?:药|药膏|针剂|设备|仪器|器械|机器|耗材|玻尿酸|肉毒素?|皮秒|激光)(?:是|都是|全是|也是)?[^,，。;!?]{0,6}?(?:劣质|水货|假货|山寨|杂牌|过期|翻新|二手|次品|淘汰)/),
      p(/(?:他们|人家|那边|那里)(?:家)?(?:用的|用|做的|开的|给的|进的|装的|的(?:药|药品|药物|药膏|针剂|设备|仪器|器械|机器|材料|耗材))(?:是|都是|全是|也是)?[^,，。;!?]{0,6}?(?:劣质|水货|假货|山寨|杂牌|过期|翻新|二手|便宜货|次品|淘汰|过时|老旧|陈旧|落后)/),
    ],
    negation: 'suppress',
    // 长期滥用激素会伤皮肤 warns about misuse; it disparages no one.
    refine: (c) => {
      // An obsolete method named in history or in plain kepu (放血疗法早已被淘汰) belittles no one: only derision or
      // our own offer next to it makes it a comparison.
      const hit = c.norm.slice(c.start, c.end);
      // Round eighty-eight (batch GE): the clinic calling itself small (我们这儿只是个小诊所，大病还是要去大医院，别耽误了; 本所不过是一家
      // 社区卫生院): the small clinic is ourselves, set after our own name and a copula, and sending the reader on belittles no other.
      if (/(?:我们|我院|本院|本所|本诊所|本中心|咱们|我这儿|我这里)(?:这儿|这里|这边)?(?:只是|就是|不过是|只不过是|毕竟是|毕竟只是|也就是|只系|都系)(?:一)?(?:个|家|间)?(?:社区|乡镇|街道|普通|村|基层)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 16), c.start))) return false;
      // Round thirty-four: the clinics named by a count before the pronoun (去过好几家医院…那是因为他们根本不会治) are others too.
      // Round one hundred and sixteen (batch II): a bare 那 / 那些 called a con stands for the others only when the paragraph names them.
      if (/^(?:那|那些|那种|那玩意儿?)(?:东西|套餐|项目)?(?:都|全|全都|基本都|纯粹|完全|根本就?)是/.test(hit)) return c.paragraphHas(OTHERS);
      if (/^(?:他们|人家|那边|那里|那儿|那些人)/.test(hit)) return c.paragraphHas(OTHERS) || c.paragraphHas(/(?:好几|好多|几|多|[二三四五六七八九十两])家(?:医院|诊所|机构|门诊)|(?:那么多|这么多|好些|很多|不少|多少|无数)家?(?:医院|诊所|机构|门诊|大夫|医生)(?:都|也|还是)?(?:没|没有|不见|治不|看不)好|那家(?:[\u4e00-\u9fff]{0,4}?(?:医院|诊所|门诊)|机构)|老家(?:的)?(?:医院|诊所)|(?:隔壁|对面|楼下|楼上|街对面)(?:那|这)家/);
      if (/^(?:别再|不要再|千万别|千万不要|可别再?)(?:去|找|相信|听信|迷信|信|到)/.test(hit)) return c.docType === 'ad' || c.paragraphHas(/我们|本院|我院|本中心|本诊所|来我|到我/);
      if (/^还在/.test(hit)) return c.paragraphHas(/我们|本院|我院|本中心|试试|快来/);
      if (/^(?:很多|不少|有些|有的|一些|某些|个别|部分|外面|别的|别家|其他|其它|街边|网上|小)[^。;!?]{0,3}?(?:药店|药房|药铺)/.test(hit)) return c.paragraphHas(/(?:买|选|来|到|用)(?:我们|本店|本药房|我店|本院)|(?:我们|本店|本药房|我店)(?:的|家|这里|这儿)/) || (/^(?:别的|别家|其他|其它)/.test(hit) && !/警惕|谨防|提防|核实|查询|查看|请选择正规|认准|通报|监管部门|如果|假如/.test(c.sentence));
      // Round sixty-eight (batch EQ): that clinic's skill called backward with no 早就 sends the reader away only beside our own offer or a
      // 别去 (不建议您去，还是来本院吧); a plain remark on its old equipment with a reason to bring the results is not a sneer.
      if (/^那家[^,，。;!?]{0,12}?的(?:药|药膏|针剂|设备|仪器|器械|机器|耗材|玻尿酸|肉毒|皮秒|激光)/.test(hit) && /(?:劣质|水货|假货|山寨|杂牌|过期|翻新|二手|次品|淘汰)$/.test(hit)) return c.paragraphHas(/(?:来|到|选|找|试试)(?:我们|本院|我院|本中心|本诊所|这里)|别去|不要去|不建议(?:您|你)?去|千万别/);
      if (/^(?:那家|那个|那所)/.test(hit) && /(?:落后|过时|陈旧|老旧|落伍|不过关|老掉牙)$/.test(hit) && !/早(?:就|已)|已经|都|全/.test(hit)) return c.paragraphHas(/(?:来|到|选|找|试试)(?:我们|本院|我院|本中心|本诊所|这里)|别去|不要去|不建议(?:您|你)?去|千万别/);
      if (/^(?:黑心|无良|不良)/.test(hit)) return c.paragraphHas(/我们|本院|我院|本中心|本诊所|选我|来我/);
      // 可见一斑 only says the skill shows; it is a sneer after a bad outcome there (误诊, 越治越重), praise otherwise.
      if (/可见一斑$/.test(hit)) return /误诊|漏诊|加重|恶化|无效|没效果|不见好|乱用|滥用|耽误|延误|越治越|治坏|失败/.test(c.sentence);
      if (/韭菜$/.test(hit)) return c.docType === 'ad' || c.paragraphHas(/(?:来|到|选|找|试试)(?:我们|本院|我院|本中心|本诊所|这里)|(?:我们|本院|我院|本中心)(?:的|自己的)/);
      if (POINTED_TREATMENT_HARMFUL.test(hit)) return c.paragraphHas(/(?:来|到|选|找|试试)(?:我们|本院|我院|本中心|本诊所|这里)|(?:我们|本院|我院|本中心)(?:的|自己的)/);
      // Round thirty-seven (batch BN): the other may be a named public hospital (市医院排队三小时、看病三分钟，医生连正眼都不瞧你).
      // Round ninety-eight (batch GY): or with a sneer at what such a visit can find (那些大医院排队三小时、看病三分钟，能看出个啥？).
      if (/^(?:看病|问诊|就诊|看诊|面诊|头都不|正眼)/.test(hit)) return (c.paragraphHas(OTHERS) || c.paragraphHas(/(?:市|县|省|区)[\u4e00-\u9fff]{0,4}?医院|三甲|大医院|公立医院/)) && (c.paragraphHas(/我们|本院|我院|本中心|本诊所|来这里|到这里/) || /能(?:看|查|瞧|治)(?:出|好)个(?:啥|什么|名堂)|(?:看|治)得好才怪/.test(c.sentence));
      if (/(?:通报|处罚|查处|罚款|曝光|吊销|关停|取缔|立案)$/.test(hit) && /(?:被|遭)/.test(hit)) return c.paragraphHas(/(?:来|到|选|找)(?:我们|本院|我院|本中心|这里)|(?:我们|本院|我院|本中心)(?:这儿|这里)?[^,，。;!?]{0,6}?(?:更|才|最)?(?:放心|安心|正规|靠谱|有保障)|你还敢|您还敢/);
      if (WE_TOO.test(c.sentence)) return false;
      // Round twenty-one: a case report records what was found after an operation elsewhere (外院重睑术后双侧不对称); only a
      // judgement of the other clinic, not the outcome alone, disparages there.
      if (c.docType === 'case' && /(?:不对称|(?:疤痕|瘢痕)(?:明显|很重|增生)|做失败了?|失败(?:的)?(?:患者|病人|案例|病例|顾客)|失败(?:后|了)?(?:才)?(?:来|到|转(?:到|来|入)?)(?:我院|本院|我们|这里))$/.test(hit)) return false;
      // Round thirteen: a saying quoted and debunked (网上有人说“中医比西医好”…，这种说法都不科学) judges no one.
      if (/(?:这种|这些|这类|此类|上述|的)(?:说法|观点|言论|论调)/.test(c.sentence) && /有人说|流传|所谓|说法[^,，。;!?]{0,4}?(?:不科学|不对|不正确|片面|错误|不可取)/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round eleven: "not worth choosing any more" (根本不值得再选) derides it as well.
      if (/^(?:老|传统|旧式|古老)/.test(hit) && /过时|淘汰|落伍|不行$|取代$|替代$/.test(hit) && !/老一套|老掉牙|谁还用|又慢又|本院|我院|我们|新技术|新方法|新疗法|新设备|不值得|根本|别再|还(?:有|在)[^,，。;!?]{0,6}?(?:医院|诊所|机构|医生)(?:在)?(?:推|用|做|开)|为了(?:多收|赚钱|创收)/.test(c.sentence)) return false;
      if (/^(?:西医|西药|中医|中药)/.test(hit) && /有人说|所谓|误区|其实|说法|认为|误解|并非|不是/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round fifty-one (batch DA): any treatment's harm reported as what some people believe and then answered (有人觉得激素药膏“伤身体”而
      // 拒绝使用，其实规范使用风险可控; 不少人担心中药伤肝，其实…) judges no one; said by us, or with no answer, it still does.
      if (/有人(?:说|认为|觉得|担心|以为)|(?:很多|不少|许多|一些|部分)(?:人|患者|家长|病友)(?:都)?(?:说|认为|觉得|担心|以为)/.test(c.sentence) && /其实|并非|并不|不必|误区|误解|不是这样|风险(?:是)?可控/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      if (/滥用|长期|不规范|自行|擅自|过量|不当/.test(c.norm.slice(Math.max(0, c.start - 10), c.start).split(/[,，。;!?]/).pop() ?? '')) return false;
      // Round eleven: a poor result elsewhere explained with a hedge and without blame (可能与病程、依从性等多种因素有关，
      // 不宜简单归咎于某一方) judges no one.
      if (/(?:可能|或许|也许)(?:与|和|跟)[^。;!?]{0,24}?有关|多种因素|不宜(?:简单)?(?:地)?(?:归咎|归因)|不能简单(?:地)?(?:归咎|归因|怪)/.test(c.sentence) && !/本院|我院|我们|来我|到我/.test(c.sentence)) return false;
      // A consumer warning that names no one and promotes nothing (警惕有些机构夸大宣传，注意辨别).
      if (/如果|假如|万一|若是?/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      if (/噱头|幌子|套路|骗局|陷阱|以[“"「][^”"」]{1,16}[”"」](?:为(?:名|由|噱头|幌子))?(?:吸引|招揽|诱导|引诱|忽悠)|警惕|谨防|提防|注意辨别|注意甄别|学会辨别|学会查看|要学会|擦亮眼睛|核实|查看[^,，。]{0,8}?(?:资质|许可证|执业)|请选择正规|认准正规|通报|被?查处|处罚|监管部门|卫生健康(?:委|部门)|卫健(?:委|局|部门)|(?:上|到|在|登录)[^,，。;!?]{0,8}?(?:网站|官网|平台|小程序|app)[^,，。;!?]{0,4}?(?:查|核|搜)[^,，。;!?]{0,8}?(?:资质|许可|执业|备案)/.test(c.sentence) && !/本院|我院|我们|来我|到我/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [
        // Round one hundred and twenty-six (batch JC): the rival's mosquito water or ointment called a con.
        '景区小卖部那些花露水全是香精兑水', '镇上药店那些祛痘膏都是坑钱的',
        { text: '网上买的那些面膜全是色素掺水，敷了也白敷', type: 'ad' }, '外面那些小门诊都是骗钱的，别去', "西药吃多了伤肝，倒不如来我们这儿调理", { text: "外头那些头疗店说白了就是在ge jiu cai", type: "ad" }, { text: "市面上的防脱洗发水全是zhi shang shui", type: "ad" }, { text: "外面那些生发液，都是色素兑出来的", type: "ad" }, { text: "问：之前开的药膏还能用吗？\n答：那些药膏就是激素，越涂越依赖", type: "kepu" }, {"text": "那些生发药副作用太大，还不如直接来做头皮理疗", "type": "ad"}, "外面那些美容店卖的祛痘套餐，说白了就是割韭菜", {"text": "网上那些小作坊的生发水全是交智商税", "type": "ad"}, "别家诊所开的激素药膏越抹越依赖，来我们这儿换个方法", "外面小美容院点痣的，十个有八个会留疤，千万别去", "别去那些大医院，医生根本没空管你，来我们这儿", "街边那些纹绣店都是拿你的脸练手", '外面那些刺青馆帮人洗的，手艺都是二把刀', { text: '路边小作坊用的激光，简直是在毁你的脸', type: 'ad' }, "在好几家医院都看过，那边开的全是激素，越抹越重", "那家医院的大夫只会开激素", "那些小诊所的医生没有执业资质", "外面那些养发馆纯粹是骗钱", "小诊所的植发师都是没证的", "那些店的师傅全是无证的", "问：楼下理发店的防脱套餐有用吗？\n答：那都是忽悠人的，钱花了头发照样掉，还是得来我们这种专业门诊。", "别家的生发水我见多了，那些全是骗钱的", { text: '问：别家说要开刀，你们怎么看？\n答：那 家 水 平 不 行，别去。', type: 'kepu' }, '别家医生的技术太差，疤越弄越大', '答：那家水平不行，别去', '外面小诊所配的药膏，全是忽悠人的', '别家诊所开的药，根本就是骗钱的', '别家的点痣项目纯属在毁容', '那些美容工作室祛斑纯属瞎搞', '那家诊所的玻尿酸是山寨货，千万别去', '隔壁那家店洗完纹身肯定留疤，还是来我们这儿吧', '医院开的止痒药又贵又没用', '外面卖的祛斑霜根本没用', '超市里的宝宝面霜基本都是骗钱的', '别家的修护精华全是骗钱的', '外面的美容院卖的全是假货，来我们这儿才放心', '别家诊所开的药膏都是治标不治本的，我们从根上调', "外面很多美容工作室用的都是翻新的二手机器", "有些诊所用的是山寨设备，做完反而更糟", '隔壁那家诊所的大夫只知道给人打点滴', '外面那些正骨馆，十个里有八个是乱掰', '别家医生连片子都看不明白', '为什么跑了那么多家诊所都没好？因为他们只会给你开激素', { text: '看了不少医生都没好，人家就知道让你吊水', type: 'ad' }, '隔壁摊子的药酒都是糖水兑的，喝了也白喝', { text: '外面那些足疗店的师傅都是糊弄人的，按了也白按', type: 'ad' }, '那些公立医院看病三分钟，能查出个啥名堂', "为什么外面的诊所总是治不好您的颈椎病？因为他们只会按摩，不找病根。", "可别把老人交给那些动不动就推销保健品的诊所", {"text": "别家药店的营业员多半没有执业药师资格", "type": "ad"}, {"text": "那几家私人牙所的消毒根本不合格", "type": "ad"}, "别的诊所开的药膏只是把皮疹一时压住", "有些美容院的技师连皮肤分型都没弄清楚就上仪器", { text: "那些自称“专科”的小门诊，医生一年换三拨，出了问题都没人管", type: 'institution' }, "一些“专科医院”的医生全是外行", { text: "那些所谓“名医”全是门外汉", type: 'ad' }, { text: "社区医院的大夫问两句就懒得解释了，来我们这里慢慢说", type: 'ad' }, "那些连锁诊所的护士对老人爱答不理", "小区门口那几家艾灸馆的师傅都是短训班出来的", { text: "街边的正骨店技术根本不过关，别去", type: 'ad' }, '外面很多诊所的医生只认钱，哪里会替你考虑？', { text: '隔壁街那几家眼镜店只管卖镜架，验光全靠机器', type: 'ad' }, '别的诊所根本不会读片，片子拍了也白拍', '有些诊所的医生开完药一推了事，后续复查没人管', { text: '街边那些养生馆的调理师大多是短训班出来的', type: 'institution' }, '很多民营牙科的医生培训三个月就上岗', { text: '❌ 别人家：收费不透明、医生常换\n✅ 本中心：明码标价', type: 'ad' }, { text: "我在行业里十年，见过太多那些机构坑老人的手段，我们不这样做", type: 'institution' }, { text: "这些诊所只会乱开检查，来我们这里先听医生讲清楚", type: 'ad' }, { text: '街口那家诊所别去了，他们的针剂全是过期的', type: 'institution' }, { text: '别家敬老院的护工都没经过专业培训，老人交给他们实在不放心', type: 'ad' }, { text: '别家诊所啲医生根本唔识医，嚟我哋度啦', type: 'ad' }, { text: '主播：这些杂牌祛斑霜全是垃圾，抹了只会越抹越黑', type: 'ad' }, '那种便宜面霜就是骗钱的，别买了', { text: '孩子此前在某院治疗，该院大夫医术低劣，耽误了半年', type: 'case' }, { text: 'Most clinics only want your money — here we explain every option first.', type: 'ad' }, { text: '市面上很多祛斑霜都是智商税，来我们这里做个检查再说', type: 'ad' }, { text: '上次去的那家口腔医院我劝你算了，那儿的正畸科医生技术太差', type: 'case' }, { text: '外面诊所给孩子开的那些激素药膏有害无益，赶紧停了来我们这里', type: 'ad' }, { text: '跟加盟商讲清楚：竞争对手的门店设备陈旧，客人迟早流到我们这边', type: 'institution' }, { text: '别看对手们开得多，他们的医生好多是半路出家的美容师', type: 'institution' }, { text: '评论区提到的那家诊所我们去看过，设备老化，医生大多是实习的', type: 'institution' }, { text: '网上药房的药多是假货，来我们店里买才放心', type: 'ad' }, { text: '还在抹那些不管用的祛斑霜？快来试试我们的方案', type: 'ad' }, { text: '那个诊所的设备太陈旧了，千万别去', type: 'ad' }, { text: '您说的那所医院理念很落后，还是来我们这里看吧', type: 'institution' }, { text: '带货话术：“别家用的都是水货”“外面那些诊所都是骗钱的”', type: 'ad' }, { text: '不要再听信外面那些小诊所了，他们只会开激素，来我们这里先做分型', type: 'institution' }, { text: '千万别相信网上的神医，祛斑还得找我们', type: 'ad' }, { text: '那家诊所的激光仪器早就落后了，别去了', type: 'ad' }, { text: '在别家看湿疹就是白花钱', type: 'ad' }, {"text": "外面有些诊所只会让患者花冤枉钱，检查单开了一大堆", "type": "institution"}, { text: "## 为什么在别的医院越治越重？", type: 'kepu' }, { text: "为何去其他诊所总是治不好？看完你就明白了", type: 'ad' }, { text: '千万别信那些无良诊所，他们只认钱', type: 'ad' }, '有些坑钱的专科，一个疗程就要上万', {"text": "你之前看的那家诊所医生根本不会看，白花了冤枉钱", "type": "institution"}, {"text": "那些连锁门诊不知道坑了多少患者，来我们这儿才放心", "type": "ad"}, { text: '外面那些美容机构用的都是劣质药膏，越擦越严重', type: 'kepu' }, { text: '主播：对面那家用的都是劣质耗材，千万别去', type: 'ad' }, { text: '隔壁那些所谓的名医全是门外汉', type: 'ad' }, {"text": "别去外面那些小诊所了，人家那边用的还是老旧的光疗仪", "type": "institution"}, "千万别去那几家美容院了，全是骗钱的", {"text": "街边药店卖的那些祛痘药膏都是激素堆出来的", "type": "institution"}, { text: '之前那家机构把银屑病当真菌感染治，越治越重，该机构的专业程度可见一斑', type: 'case' }, { text: '患者曾在某医院按湿疹治疗半年，那家医院皮肤科的水平可想而知', type: 'case' }, { text: '别再当外面的韭菜了，祛斑来这里', type: 'ad' }, { text: '那种生发产品全是骗钱的，不如试试我们的毛发评估', type: 'ad' }, '还在抹激素？这类药膏简直是害人的，来本院换个思路', "外面有些诊所只认钱不认病", {"text": "有的机构认钱不认人，出了问题就不管了", "type": "institution"}, '市面上的很多祛斑药膏都是骗人的', { text: '## 为何有些诊所越治越严重？', type: 'institution' }, { text: 'Some hospitals 只会开一堆检查，我们先听您说完', type: 'institution' }, { text: '出面嗰啲診所淨係識賣套餐', type: 'institution' }, {"text": "其他药膏基本都是智商税，还是来院面诊吧", "type": "ad"}, {"text": "其他clinic的医生基本都是实习生水平", "type": "ad"}, {"text": "有些牙科诊所做的牙冠两年就崩了？那是因为他们用的都是杂牌材料", "type": "institution"}, {"text": "那家诊所的医生经验确实不太够，很多顾客后来都转到我们这里", "type": "ad"}, {"text": "别去对面那家了，他们家的设备是翻新的，我们这里都是新机器", "type": "institution"}, {"text": "患者在外院做过两次手术仍未好转，可见外院的治疗方案本身就存在问题", "type": "case"}, {"text": "您说的那家诊所我们知道，他们那位医生是兼职走穴的", "type": "institution"}, '在这里您不会遇到其他诊所那种敷衍了事', { text: '来我们这儿不会像外面的小诊所那样乱收费', type: 'ad' }, { text: '告别别家医院的过度治疗，来这里放心治', type: 'ad' }, {"text": "为什么不去县医院？县医院排队半天，医生连正眼都不瞧你，来我们这儿不一样", "type": "ad"}, {"text": "别的诊所那位大夫的医术根本不行，来我们这儿才算找对了人", "type": "ad"}, {"text": "外面很多店的玻尿酸都是掺了水的", "type": "ad"}, {"text": "对面那家诊所刚被罚款，你还敢去吗？选我们更安心", "type": "ad"}, "有的医生连最基本的皮损分型都搞不清楚", { text: '你去过好几家医院，都说治不好？那是因为他们根本不会治', type: 'institution' }, { text: '在某三甲医院吃了一年药，白斑反而变多了，这说明那边的治疗思路本身就有问题', type: 'kepu' }, { text: '大医院的专家号难挂，白癜风这种慢性病在那里是得不到真正重视的', type: 'institution' }, { text: '某某医院名气大，可那里的医生连最新的分型标准都不知道', type: 'kepu' }, {"text": "外面一些诊所的医生看病敷衍了事，我们坚持每位初诊问诊十五分钟", "type": "institution"}, { text: '不像路边那些美容店用的都是来路不明的水货，本院产品均可溯源', type: 'institution' }, '我们的医生全职坐诊，而不是某些民营医院花钱挂名的所谓专家', { text: '外面不少诊所连消毒都做不到，您真的放心把孩子交给他们吗？', type: 'ad' }, { text: '你以前看的那些医院，是不是只会开药不讲原因？在我们这里完全不一样。', type: 'ad' }, {text: "不同于一些只会开激素、让孩子越用越依赖的小门诊，我们先查过敏原", type: "institution"}, { text: '不像一些机构由实习医生兼职出诊，我们的医生都是全职', type: 'institution' }, { text: '之前去看过的那家医院收费不清不楚，来了我们这里才放心', type: 'ad' }, { text: '一般的诊所只开激素药膏，我们会先分型再定方案', type: 'ad' }, { text: '他在外院治了两年一直没有改善，在我院三个月便看到了变化', type: 'institution' }, '外面那些机构的医生，十个有八个是刚出校门的新手', '与其在小诊所反复折腾，不如一步到位来专业医院', '西医治湿疹只能治标，想断根还得靠中医', '那些连锁诊所的医生流动性大，怎么能对患者负责？', { text: '一些无良商家拿翻新机冒充进口设备，选我们更放心', type: 'ad' }, '有的诊所一上来就推几万的套餐，无非是想赚你的钱', { text: '我们每周都要接诊外院种植失败的患者', type: 'institution' }, { text: '街边那些门诊收费低，坐诊的多是半路出家', type: 'ad' }, '有些美甲店的技师连消毒液都不会用，我们全程无菌操作', '街边眼镜店的验光误差大，孩子越戴度数越深', '西医只会用激素把湿疹压下去', '那些小诊所的医生水平很一般', { text: '在别的机构做了三次光子，一点用都没有', type: 'ad' }, { text: '外面有些机构靠卖套餐赚钱', type: 'ad' }, { text: '患者在外院因用药不当致皮损扩大，转入本科后好转', type: 'case' }, { text: '别人家的大夫五分钟就打发一个病人，我们每位患者看半小时', type: 'ad' }, { text: '跑了三家医院都没看好，最后还是我们这里的医生找到了原因', type: 'ad' }, { text: '为什么在别家越治越重，在我们这里却能好转？', type: 'ad' }, { text: '公立医院排队半天，看病两分钟；来我们诊所，医生耐心听您说完', type: 'ad' }, '还在大医院挂专家号吗？医生头都不抬就开单，我们这里每位患者面诊半小时', '社区医院的大夫接触的病例太少，很多新疗法根本不了解', '不负责任的小诊所，把孩子的病拖成了肺炎', { text: '外院医生诊断错误，转来我院后才明确病因', type: 'case' }, { text: '在其他医院做的双眼皮两边不对称，来我院修复', type: 'ad' }, { text: '人哋用嘅係水貨，我哋全部正貨', type: 'ad' }, '外面一些小门诊为了多赚钱，随便给孩子挂水', { text: '外院医生的诊断本身就是错的，转来我科后一周就好转了', type: 'case' }, '那些所谓的专科医院，医生连执业证都没几个，坑你没商量', { text: '某连锁机构做的烤瓷牙，半年边缘就发黑', type: 'ad' }, '一些推拿馆手法粗暴，我们的康复师都经过系统培训', { text: '有些整形机构用的是翻新的二手设备，术后后患无穷', type: 'ad' }, { text: '外面那些所谓的神医，收费高得离谱，效果却平平', type: 'ad' }, { text: '## 为什么选我们？\n其他诊所人手不够，他们的大夫多是走穴的，术后没人复查', type: 'institution' }, { text: '千万别去街边的纹绣店了，卫生条件根本没保障', type: 'ad' }, { text: '不像有些医院只会一味开刀，本院坚持保守治疗优先', type: 'institution' }, '基层医生认识不足，耽误了很多患者', { text: '外面不少用的都是翻新机，做完效果也不过如此', type: 'ad' }, '大多数医院只治症状，我们从体质入手调理', '患者辗转三家医院，前面的医生都没看出是药疹，最后在我院确诊', { text: '还在用过时的光子嫩肤？来试试我们的新一代设备', type: 'ad' }, '传统的牵引疗法早就过时了，现在还有诊所在推，说白了就是为了多收钱', '很多所谓的专科医院其实就是几个科室拼凑起来的', '外面的小診所用的都是過期的藥，千萬別去', '不少患者被低价吸引去了小诊所，结果种植体松动、牙龈发炎，最后还是要到我们这样的正规医院重新做', '市面上九成的祛斑霜都偷偷加了激素，用久了就是激素脸', '一些所谓的专家，其实连正规医学院都没毕业', { text: '隔壁那家口腔诊所的种植体都是贴牌货，便宜没好货', type: 'ad' }, { text: '不像有的医院那样把病人当提款机，我们只做必要的检查', type: 'institution' }, '外面那些所谓的推拿馆，师傅连穴位都认不全', '某些民营医院进门先开一堆检查，病却没看好', '比起那些动不动就让人开刀的骨科医院，我们更重视保守治疗', '那些连皮肤镜都没有的诊所，怎么可能看好你的病', '其他医院治不好的白癜风，来我院试试', '小诊所乱治，耽误病情', '激素药毁皮肤，千万别用', '别再乱投医了', '外面不少诊所连分型都分不清，就给患者照光', '有些同行只顾卖药，不顾患者的感受', '同样是祛痘，普通美容院只能治标，我们医院则从根源上解决问题', '大医院人多排队久，医生看病像流水线，我们坚持一对一专家诊疗', '很多患者辗转多家医院无果，最终在我院找到了答案', '老式的冷冻疗法又慢又疼，早就过时了', '西医只能治标，想要除根还得靠调理', '街边诊所的医生大多没经过正规培训', '附近几家诊所用的都是来路不明的填充剂', '不少患者在其他机构做坏了才来找我们', '有些医生动不动就给孩子上激素', '那些小门诊开点药就应付了事', '街边美容店手法粗糙，皮肤越做越糟', '传统推拿见效慢，早就被我们的新手法取代了', '老式的冷冻方法早就过时了，根本不值得再做', '社区诊所的老医生早就跟不上时代了', '大多数医院的方案只是治标', '在别处治了几年没好？那是他们的方法压根不对', '问：你们和三甲医院比怎么样？\n答：他们那套方案早就落后了', '别被那些只会推销套餐的医美机构忽悠了', '传统西医只会开激素', '中医只会开苦药汤子，我们用现代手段', '那些收费贵得离谱的私立医院，效果也不过如此', '外面很多理疗馆的师傅连穴位都找不准', '网上那些所谓的专家门诊，很多都是托', '不少大医院的专家只看片子不看人', '三甲医院的医生一天看一百个号，根本顾不上你', '有的诊所贪便宜用国产机器，我们全部进口', '某些机构的价格看着便宜，其实隐形消费一大堆', '其他地方三个月都看不到效果', '很多医生不愿意告诉你的真相', '那些路边美容院的祛斑，越祛越多', '那些老中医把把脉就开药，根本不科学', '外面的连锁牙科用的都是水货种植体', '我们不像某些诊所那样乱收费', '看了很多医院都没用，最后在我院找到了办法', '附近那家门诊用的都是翻新机', '外头那些工作室的针剂来源不明', '不少机构只会搞营销', '一些连锁门诊的医生都是临时请来的', '有些门诊挂着专家的牌子，坐诊的却是实习生', '普通按摩店只能缓解一时', '很多牙科诊所为了省成本用翻新设备，我们全部新购', '外面卖的所谓进口玻尿酸，好多是水货，打了等于白打', '西医看这种病就是头痛医头，我们中医讲整体调理', '那些路边的小美甲店连消毒都不懂，我们全程无菌', { text: '在别的医院看了两年不见好，来我们这里一个月就见效了', type: 'ad' }, '说句实在话，只有我们诊所才敢跟你讲真话', { text: '网上很多所谓的祛痘专家其实是卖产品的', type: 'ad' }, '外面那些小诊所的医生说的话都不可信', { text: '还在吃那些没用的减肥药？来我们这里，一对一定制方案', type: 'ad' }],
      ok: [
        // Round one hundred and twenty-six (batch JC): ointments named with no con, and a question.
        '那些药膏都是处方药，要遵医嘱', '那些防晒霜全是智商税吗？',
        '超市的护手霜是香精加水调的吗？成分表上写得很清楚', '护手霜里都是水和油，选无香精的更温和', "伤肝的药要定期查肝功能，不如先问问医生", "韭菜割了还会长，这道菜叫ge韭菜炒蛋", "洗发水的香味是香精调出来的，敏感头皮选无香款", "那些药膏按医嘱用、逐步减量，一般不会越抹越依赖", "医院开的药膏要按疗程用，不要自己停，以免越抹越依赖", "大医院的医生很忙，建议提前在网上预约", "有人说医院开的药膏越抹越黑吗？其实是色沉，不用担心", "警惕那些打着“产后修复”噱头的机构", '我刚学洗纹身那会儿也是半吊子，全靠老师带', '街边纹身店的师傅也说，洗纹身要去正规医院', "有些病友自己乱抹药，越抹越重", "外院开的药膏里有激素，要按医嘱用", "那家医院离得远，不太方便", "有人问公立医院和私立机构哪个好，我的看法是没有绝对的好坏，主要看医生有没有执业资质", "选私立机构，先看医生有没有执业资质", "植发医生须持证上岗，请查看资质", "外面的理发店只管剪发，脱发要看皮肤科", "网上说生发洗发水能长头发，那都是骗人的", "问：外面的养发馆能治脱发吗？\n答：有人说那都是骗人的，其实头皮清洁本身没问题，只是治不了脱发。", '有人说那家水平不行，这种话别信', '那家水平不行吗？其实各家都有正规医生', '他们家的服务不行，但医生技术挺好', '别家诊所开的药也可以带来，医生帮你看看', '别信“外面诊所开的药膏都是骗人的”这种说法', '美容院的果酸换肤，做完脸红一两天是正常的', '美容院点痣是不是乱来？要看有没有医疗资质', '那家诊所的仪器是翻新机，已被市场监管部门查处', '美容院打完激光都是要冰敷十五分钟的', '警惕美容院点痣，很多人做完都是留疤才后悔', '觉得医院开的药膏没用，其实多半是用法不对', '医院开的药膏没用完可以留着下次用', '普通润肤霜不是智商税，按时涂就有用', '别信“普通面霜都是智商税”这种说法', '网上卖的低价面膜不少是三无产品，购买时看清备案号', '医院开的药膏能先止痒，过敏原还要另外查清楚', '不能说外面的美容院用的都是三无产品，多数是正规的', "谨防山寨仪器，认准正规医疗机构", "有些美容院的仪器需要定期检修", '感冒不必输液，好医生不是只知道开吊瓶的', '新手司机十个有九个会紧张', '刚学中医的学生连脉都摸不准，这很正常', '为什么社区医院开不了这种药？因为他们只会按目录开药，这是医保规定', '为什么去了那么多医院都没好？因为这种病本来就容易反复', '别家的摊位在西边，要找请往前走', '糊弄人的广告语要当心，药品要看批准文号', '很多医院看病三分钟，是因为病人太多，复杂的病可以挂专家号', "为什么大医院也查不出病因？因为这种病早期很难发现。", "别把孩子交给那些只会看手机的保姆", "有些药房的店员大多没有药师资格，买药时可以查看执业药师公示牌", "个别门诊消毒不合格被通报，就医前请查询资质", "激素药膏只是把炎症暂时压住，停药可能反复", "很多医院的医生连周末都没休息，坚持出诊", "有的帖子说“外面诊所都是骗人的”，这种话别轻信", "有的视频称“外面的牙医都是骗钱的”，不要相信", "很多医院的患者懒得问，其实有疑问要及时问医生", "孩子放学回家懒得说话，可能只是累了", "路边的推拿店大多营业到晚上十点，下班后也能去", "很多艾灸馆周末人多，最好提前预约", '其他医院的检查结果我们也认可，哪里会让您重复检查呢？', '社区医院的医生也参加过全科规范化培训，并不是速成班出来的', { text: '外院的病理切片我们也可以会诊，不会一推了事', type: 'institution' }, '别人家的孩子近视了也一样要定期复查', '担心街边小诊所不正规的话，可以在国家卫健委网站查一查执业许可', { text: "警惕那些机构的套路，选择有执业许可证的医疗机构", type: 'kepu' }, { text: "那些医院的挂号时间不同，出发前先在网上查清楚", type: 'kepu' }, '志愿者上门帮独居老人整理药箱，发现他们的药有一半是过期的，已提醒家属更换', { text: '其他养老院的收费标准可在民政局网站查询，入住前不妨多比较几家', type: 'kepu' }, { text: '我唔识睇化验单，问下医生先', type: 'kepu' }, { text: '我们不过是一家社区卫生院，重病还是得去大医院，千万别耽误了', type: 'institution' }, '这些药膏都是处方药，需凭医生处方购买', { text: '家里过期的这些药膏都是有害垃圾，请投放到红色垃圾桶', type: 'kepu' }, { text: '该院皮肤科医生技术水平较高，疑难病例可考虑转诊', type: 'kepu' }, { text: 'Other clinics may price the same laser differently, so ask for a written quote.', type: 'kepu' }, { text: '市面上的止痒凝胶种类很多，选购时认准批准文号', type: 'kepu' }, { text: '网上说市面上的祛痘膏都是骗人的，这种说法并不科学，正规药品有批文可查', type: 'kepu' }, { text: '上次去的那家口腔医院离家近，那儿的正畸科医生很耐心', type: 'case' }, { text: '那儿的儿科医生说孩子只是普通感冒，多喝水就好', type: 'kepu' }, { text: '长期自行涂抹强效激素药膏有害无益，请在皮肤科医生指导下使用', type: 'kepu' }, { text: '路演问答：我们不评价竞争对手，只讲自己的质控和培训体系', type: 'institution' }, { text: '张医生早年学的是药学，半路出家转到皮肤科，如今已执业二十年', type: 'kepu' }, { text: '楼上说的那家医院是我们的转诊合作单位，可以放心去复查', type: 'institution' }, '本院光疗设备老化，已于上月报废更换，治疗暂停一周', '有些药店卖的减肥茶含违禁成分，伤肝伤肾，请勿购买', '有的人还在吃没效果的药却不复诊，这样容易耽误病情', { text: '那家医院的设备比较老旧，检查结果可以带来给医生复核', type: 'institution' }, { text: '客服培训：严禁对顾客说“别家用的都是水货”“外面的医生都不行”', type: 'institution' }, '千万不要再相信街边的小广告，有皮肤问题请到正规医院皮肤科就诊', '别再相信那些所谓的偏方了，白斑请到皮肤科明确诊断', { text: '我院原有的光疗设备已经淘汰，现已更换为新设备', type: 'institution' }, { text: '那家医院的检查结果可以带来给医生参考', type: 'institution' }, {"text": "选择正规医院，不必花冤枉钱做不需要的检查", "type": "kepu"}, '请到有资质的医疗机构就诊，谨防无资质的黑诊所', { text: "为什么在别的医院开的药膏用完皮肤发红？可能是刺激反应，请带上药膏来复诊", type: 'kepu' }, {"text": "您之前去的那家医院的检查单可以带来给医生参考", "type": "institution"}, '有些诊所开的是价格便宜的仿制药，效果并不一定差', '隔壁那家药店周末也开门，取药很方便', '对面那家诊所也能做过敏原检测，就近选择即可', '冒充医生的人都是骗子，请通过官方渠道预约', '很多患者以为社区医生都是外行，其实并非如此', '不少家长觉得激素药膏“伤身体”，其实按医嘱短期使用，风险是可控的', "那几家医院的医生会把复杂病例转给我们会诊", "路边药店的店员不是医生，用药请遵医嘱", '该医院的技术水平可见一斑，每年吸引大量进修医生前来学习', '医生的水平如何，可以从执业信息和职称了解，不必轻信广告', '学会辨别营销话术，别让自己成为商家眼中的韭菜', '这种减肥药就是害人的，已被药监部门通报禁用，请勿网购', '这些药都是处方药，请遵医嘱使用', "医院收费只认医保卡和现金", '市面上的祛斑药膏成分各异，购买前请看批准文号', '## 为什么有些患者会越治越重？', { text: 'Other hospitals 也能做这项检查，可就近预约', type: 'institution' }, '出面啲診所都可以做皮膚鏡檢查，唔使專登過嚟', "网上有人说“其他药膏都是智商税”，这种说法并不客观", "实习生会在上级医生指导下参与问诊", "他们用的是进口种植体，价格会高一些，可以根据预算选择", "年轻医生经验不太够时，会请上级医师一起查房", {"text": "他们家的设备和我们是同一个厂家的，您放心", "type": "institution"}, {"text": "患者在外院的治疗方案与本院一致，继续原方案治疗", "type": "case"}, "外院的检查结果可以带来，医生会一并参考", '市面上的防晒产品成分各异，选购前请看清成分表', '市面上的保湿霜种类很多，敏感肌可以先在耳后试用', '这里不会像其他医院那样要求您住院观察', '您不用担心其他医院的检查结果不被认可，我们会参考', '不会像一般的医院那样需要预约三天', "市医院门诊量大，医生看病五分钟左右，请提前准备好想问的问题", "市面上的奶粉冲调时要按说明加水", "网上说洗面奶要兑水起泡，其实按说明用即可", "医美机构是否被处罚过，可以在市场监管部门官网查到", {"text": "有诊所因违规被通报的消息，可在卫生监督部门网站查询", "type": "institution"}, { text: '他们根本不会治疗自己的焦虑，这需要心理医生的帮助', type: 'kepu' }, { text: '我们的护士会教您在家护理，那里的每一步都有图示', type: 'institution' }, "医生不会敷衍了事，每一次问诊都会记录在病历中", "一些只在周末开诊的小诊所，请提前电话确认时间", "一些机构以“无效退款”为噱头吸引患者，签约后却层层加价", { text: '如果您此前在外院就诊，请带上病历和检查单，方便医生了解用药经过', type: 'institution' }, { text: '过度检查会加重患者负担，本院按诊疗指南开具检查', type: 'institution' }, '有人问外院手术失败怎么办，建议先带上病历来面诊评估', '牙疼别再去街边的小诊所了，请到有资质的口腔科就诊', '过期的药品要及时清理，不要再服用', '一些机构曾因使用过期耗材被通报，可在市场监管部门官网查询处罚信息', '与其自己上网查，不如一步到位去医院做个检查', '有人说西医治白癜风只能治标，其实规范用药同样重要', '小心无良商家，网购前先看评价和资质', { text: '外院正畸治疗失败的患者，入院后行头颅侧位片检查。', type: 'case' }, '自行用药不当可能导致皮损扩大，请遵医嘱', '验光误差大时，请到医院眼科复查', { text: '初诊一般需要二十分钟，复诊十分钟左右就能看完一个病人', type: 'institution' }, '大医院排队三小时、看病三分钟，是分级诊疗要解决的问题', '看病三分钟说不清楚的问题，可以在复诊前写下来', { text: '如您在其他医院的诊断有误，我们会协助复核病理切片', type: 'institution' }, '年轻医生见的病例少，遇到疑难情况会请上级医生会诊', { text: '患者于外院行重睑术后双侧不对称，要求修复', type: 'case' }, '双眼皮手术后早期两边不对称是常见现象，一般三个月后趋于自然', '人哋講乜都唔好盲目信，睇醫生先', '刷牙手法粗暴容易损伤牙龈，建议使用软毛牙刷', { text: '患者曾在外院诊断为湿疹，我院行病理检查后修正诊断为蕈样肉芽肿', type: 'case' }, '基层医生是居民健康的守门人，常见病可以先到社区就诊', '不像有些疾病，感冒一般一周左右自愈', '外面很多人以为痔疮是小病，其实便血要查清原因', '很多人还在用过时的方法护理烫伤，比如涂牙膏，这是不对的', '患者曾辗转多家医院，均考虑为湿疹，最终经病理检查确诊为蕈样肉芽肿', '家里过期的药不要随手丢弃，可以送到药店的回收箱', '有些患者在外院做了检查，结果显示一切正常，仍有症状可来复诊', '市面上一些祛斑霜可能违规添加了激素，购买前请查看批准文号', '有些医生动不动就被患者投诉，其实多半是沟通不到位造成的误会', '贴牌产品不一定质量差，关键看是否取得医疗器械注册证', '医生会先开一些检查，明确诊断后再决定治疗方案', '我没看好孩子，让他从床上摔了下来', '有些诊所会夸大疗效，患者要学会查看执业许可证', '请到正规医疗机构的皮肤科就诊', '长期不规范使用激素可能伤害皮肤', '如果其他医院已经确诊，请带上检查结果', '不同医院的设备型号不同，但原理相近', '任何医院都可能遇到诊断困难，必要时会做病理检查', '社区医院开的药如果效果不理想，可以来专科复诊调整', '放血疗法早已被淘汰，现代医学不再使用', '有人说西医只能治标，其实规范用药同样重要', '老方法未必过时，冷湿敷至今仍很常用', '附近的诊所也能做基础检查，复杂情况再转诊', '有的患者在外院治疗效果不理想，可能与用药不规律有关', '传统的石膏固定方法已经被新型支具取代，但在部分骨折中仍然使用', '有些医生主张手术，有些则主张观察，医生会根据病情决定', '老一辈常用的烫伤涂牙膏方法并不科学', '有人说西医只会开激素，其实规范用药很重要', '很多医院都做不到24小时出报告，我院也一样需要两个工作日', '他们那套房子的装修已经过时了', '并不是所有小诊所都不正规，选择时看资质和执业许可', '网上有人说“中医比西医好”，这种说法并不科学，两者各有所长', '市面上的防晒霜种类很多，选择SPF30以上即可', '医生会跟您讲实话：白癜风需要长期随访', '网上流传的一些说法不可信，请以医生面诊为准', '只有我们自己坚持防晒，才能减少复发', { text: '别再用那些没用的偏方了，皮肤问题请按医嘱规范治疗', type: 'kepu' }],
    },
  },
  {
    id: 'testimonial-marker',
    category: 'testimonial',
    title: '患者证言、感谢信、锦旗、“真实案例”',
    basis: BASIS.testimonial,
    message: '用患者证言、感谢信、锦旗或第一人称的“治好了”来证明疗效，属于以患者名义作证明。',
    suggestion: '删去证言和疗效描述。病例教学内容须经患者单独同意、去除身份信息，且只讲诊疗过程，不作效果宣传。',
    levels: levels('EEEW'),
    patterns: [
      // Round one hundred and seven (batch HQ): what a patient wrote in a letter, a card or a diary, then a result or thanks (她在信中写道，做完三次后
      // 斑淡了很多; 他在感谢卡上写着，腰再也没疼过): the patient's own words; 她在信中写道，希望周末也能开门 reports no result.
      p(/(?:在|于)?(?:信|来信|感谢信|留言|日记|贺卡|卡片|感谢卡|留言本|留言簿)(?:中|里|上)(?:写道|写到|写着|说|提到|讲)(?=[^。;!?]{0,40}?(?:明显|好了|没了|多了|少了|淡了|消了|长出|长回|不再|再也|终于|感谢|谢谢|自信|治好|痊愈|不疼|不痒|恢复))/),
      // Round thirty-four: a reader's or a patient's letter or message quoted, reporting a result (一位读者写信说：“…血糖降到了正常，
      // 连药都停了”); a patient's words of thanks quoted, crediting the clinic (患者出院时说的原话：“是你们让我重新站了起来”); a client's
      // "real feedback" (客户真实反馈，已获授权); a wall or corner of cured patients' photos and notes (治愈患者合影墙).
      // Round fifty-two (batch DD): the patient may be named a clause before the message (有位患者，头顶掉了三块，…后他留言说“…”), and the
      // result may be hair grown back or denser than before (新头发长得比原来还密).
      p(/(?:读者|患者|病人|顾客|客户|家长|宝妈|网友|粉丝|病友|学员)[^。;!?“”"]{0,20}?(?:写信|来信|留言|私信|发来消息|发消息|发来)[^。;!?“”"]{0,4}?说\s?[:：]?\s?[“"「](?=[^”"」]{0,60}?(?:好了|正常|停了|不疼|不痛|不痒|消失|治好|好转|降到|降了|痊愈|站起来|站了起来|能睡|怀上|恢复|再也没|比(?:原来|以前|之前|从前)(?:还|更)|长(?:出|满|回)来?了))/),
      // Round one hundred and ten (batch HV): a customer's own words quoted, telling the result on their own skin or body after the treatment, with no
      // thanks to the clinic (一位老顾客的原话：“做完三次以后脸上干净多了”; 会员原声：“敷完一个月，斑淡了不少”); a question quoted (顾客的原话是“做完以后要
      // 注意什么？”) tells no result.
      p(/(?:患者|病人|顾客|客户|家属|会员|学员)[^。;!?“”"]{0,14}?(?:说的?|原话|原声)[^。;!?“”"]{0,4}?[“"「](?=[^”"」]{0,20}?(?:做完|做了|打完|用完|用了|敷完|治疗后|调理后|疗程后)[^”"」]{0,24}?(?:多了|好了|没了|消了|淡了|不少|不用再?|干净|光滑|细腻|白了|亮了|不长|不起))/),
      p(/(?:患者|病人|顾客|客户|家属)[^。;!?“”"]{0,14}?(?:说的?|原话|感慨|感叹)[^。;!?“”"]{0,4}?[“"「](?=[^”"」]{0,40}?(?:你们|医生|这里|贵院)[^”"」]{0,20}?(?:让我|把我|帮我|治好|救了|复色|回色|见效|消退|长出))/),
      // Round forty-nine (batch CS): a patient's, a parent's or a follower's message given after a colon, telling the result
      // (学员妈妈留言：孩子…调理了一个寒假，现在皮肤光溜溜的; 病友私信：用了三周，手上的斑全没了); a message asking something tells none.
      // Round one hundred and one (batch HD): a member of a team or a club, a guest or a regular customer too (会员留言：跟着练了两个月，腰不疼了).
      // Round one hundred and five (batch HM): the label may read 回馈 / 自述 / 心得 (学员心得：练了半年，膝盖不疼了), and the result a complaint that
      // stopped (不冒了, 不掉了, 基本不起痘了) or more hair (头发密了不少); 患者自述病史：请填写… has no result and stays clean.
      // Round one hundred and four (batch HJ), in the pattern below: a patient group's members (群友, 患友) and the place between (宝妈们在群里反馈), the
      // message after a comma as after a colon (好多宝妈在群里反馈，孩子的湿疹都下去了), and the result as 再没 / 下去了 (粉丝留言：用了一周，再没痒过);
      // a message asking something (群友反馈，停车位不够) tells no result.
      // Round one hundred and nine (batch HU): the label, a colon and the patient's words in quotation marks, praising the effect in words the pattern below
      // does not list (顾客留言：“做完效果特别好！”; 顧客心得分享：「真的有效！」; 患者评价：“这个疗程很管用”): quoted under a customer's label, the
      // praise is the patient's testimony; a quoted question or complaint (顾客留言：“周末能多开半天吗？”) praises nothing.
      p(/(?:读者|患者|病人|顾客|客户|家长|宝妈|家属|网友|粉丝|病友|学员|用户|会员|求美者|患友|群友)(?:们)?(?:的)?(?:留言|来信|感言|心得|评价|点评|反馈|自述|心声|分享)(?:分享)?\s?[:：]\s?[“"「『](?=[^”"」』?？]{0,40}?(?:效果(?:特别|非常|很|超|真的|太|也)?(?:好|棒|明显|满意)|(?:真的|很|特别|非常|超)(?:有效|管用|见效)|(?<![没不未])见效了|好转了?|改善了|变平了|淡了|治好了?|多亏))/),
      // Round one hundred and thirteen (batch IC), in the pattern below: a fellow student as the one who writes in (一位学长留言说，…), and 说 after the message word.
      p(/(?:读者|患者|病人|顾客|客户|家长|宝妈|妈妈|爸爸|家属|网友|粉丝|病友|学员|用户|队员|团员|会员|住客|客人|主顾|街坊|群友|患友|学姐|学长|学妹|学弟|同学|室友|舍友)(?:们)?[^,，。;!?“”"]{0,6}?(?:留言|来信|私信|反馈|感言|回馈|自述|心得)(?:说|道)?\s?[:：,，](?=[^。!?]{0,60}?(?:治好|好了|痊愈|没再|再没|再也没|光溜溜|光滑了|消失了|不见了|全没了|长出来了|复色了|不痒了|不疼了|下去了|消下去|太感谢|多亏|(?:基本|再也|都|也)?不(?:冒|长|掉|油|痒|疼|痛|红|起)(?:痘|头发)?了|(?:多|密|浓|厚)了(?:好多|很多|不少|一倍|一圈)))/),
      // Round forty-eight (batch CR): a patient's quoted words urging fellow patients to come (（患者原话）“…真心推荐给病友。”).
      p(/[“"「『][^”"」』]{0,60}?(?:真心|强烈|极力|墙裂|诚心|力荐|一定要)(?:地)?推荐给[^,，。;!?”"」』]{0,6}?(?:病友|患友|姐妹|宝妈|朋友|大家|有需要的)/),
      // Round one hundred and twelve (batch IA): a parent's own family said to have tried it, then vouching for it (我家娃亲身试过，真的管用; 我们家老大用过，
      // 确实有效): a reply in a chat group that sells; 我家也试过，确实不管用 or 真的没用 vouches for nothing.
      p(/(?:我|我家|自家|我们家|俺家|咱家)[\u4e00-\u9fff]{0,3}?(?:亲身|亲自|自己)?(?:试过|用过|体验过|做过)[,，]?\s?(?:了)?[,，]?\s?(?:真的|确实|真心|的确|是真的|真是)(?:很|挺|特别|超)?(?:管用|有效|好用|灵|见效|不错)/),
      // Round one hundred and twelve (batch IA), in the pattern below: the account offered plainly (说个自己的经历，…疣就是在那家去掉的), with the lesion taken away as the result.
      // Round ninety-three (batch GN): a speaker offering the audience a first-hand account of their own, then a result in the same sentence
      // (跟大家讲讲我自己的亲身经历，…现在血压正常了); an account of what went wrong (…结果反而加重了) tells no result of the clinic's.
      p(/(?:说说|讲讲|聊聊|谈谈|说个|讲个|说一个|讲一个|分享(?:一下|下|个)?)(?:我|咱)?(?:自己|自家)?(?:的)?(?:亲身)?(?:经历|体验|感受|体会)(?=[^。!?]{0,60}?(?:去掉的|去掉了|治好的|看好的|消掉的|消掉了|好了|正常了|正常值|减了|减半|减到|不疼了|不痛了|不痒了|消失了|治好|没再犯|再也没犯|再也不|降下来|降到|一觉到天亮))/),
      // Round forty-four (batch CE): a reader's, a follower's or a parent's "real feedback" too (文末附一位读者的真实反馈：“…”).
      // Round ninety-four (batch GP): or an older reader's or a neighbour's, named as the article names them (看看这位阿姨的真实反馈：…).
      // Round one hundred and ten (batch HV): the feedback dated after the treatment (患者治疗后的真实反馈, 顾客做完之后的真实评价); 治疗后的注意事项 is no feedback.
      p(/(?:客户|顾客|患者|病友|用户|会员|宝妈|学员|读者|网友|粉丝|家长|阿姨|大妈|大爷|大姐|大叔|叔叔|奶奶|爷爷|老人|老伯|居民|街坊|邻居|姐妹|老友|听众|观众)(?:们)?(?:的|(?:做完|做了|用完|用了|打完|治疗|调理|疗程|术)(?:后|之后|以后)的)?真实(?:反馈|评价|体验|分享|感受|心声)/),
      // Round forty-four (batch CE): the same labels in English (Patient Story：小林，22岁…; Success Stories; Testimonials).
      p(/patient\s?(?:story|stories|testimonials?|reviews?|feedback)|success\s?stor(?:y|ies)|testimonials?(?![a-z])/),
      // Round forty-four (batch CG): the same label in English (real patient story, patient testimonials, customer reviews).
      p(/(?<![a-z])(?:patient|customer|client)s?\s?(?:stor(?:y|ies)|testimonials?|reviews?)(?![a-z])|(?<![a-z])real\s?(?:patient\s?|customer\s?)?(?:feedback|reviews?|stor(?:y|ies)|testimonials?|experiences?)(?![a-z])/),
      p(/(?:治愈|康复|痊愈)(?:患者|病人|者)(?:的)?[^,，。;!?]{0,4}?(?:合影|照片|留言|感言|故事)(?:墙|栏|展)?/),
      // Round twenty-one: others asking where it was done (其他家长都跑来问我是哪家医院), a letter written to the doctor with
      // thanks or a result (一位脱发患者写给主任的信：“…”).
      p(/(?:其他|别的|身边的?|周围的?|班上的?|单位的?|小区的?)[^,，。;!?]{0,4}?(?:家长|朋友|同事|姐妹|病友|邻居|亲戚|同学|宝妈)们?(?:都|纷纷|全都)(?:跑来|跑过来|过来|来|追着)?问(?:我|她|他)?(?:是)?(?:在)?(?:哪家|哪里|哪儿|在哪)|写给[^,，。;!?]{0,10}?(?:医生|主任|大夫|护士|医护|院长|专家|教授)[^,，。;!?]{0,6}?的(?:一封)?(?:信|感谢信|亲笔信|长信|感谢卡)(?=\s?[:：“"「]|[^。]{0,40}?(?:谢|感激|感恩|好了|回来了|没了))/),
      // Round twenty: a reader's message in the back office or the comments reporting a result (粉丝在后台留言说…痛经一次都没再犯);
      // a client's own record as the proof (学员小何的真实记录).
      p(/(?:后台|评论区|私信里?)(?:给我们)?(?:留言|反馈|告诉我们|说)(?!问|提问|咨询|询问)[^。;!?]{0,60}?(?:没再|再也没|不再(?:犯|疼|痛|复发|发作)|都没(?:再)?犯|好了|消失了|治好|痊愈|明显(?:减轻|好转|改善)|(?:全|都|全都)没了|不见了|一觉(?:睡)?到天亮)|(?:学员|顾客|客户|会员|用户|宝妈|患者|病友)(?!们|自己|本人)(?:小|阿|老)?[\u4e00-\u9fff]{1,2}的真实(?:记录|反馈|体验|变化|打卡)/),
      // Round fifty-seven (batch DQ): a patient's own words in quotes, treated here and then thanking the doctor or the clinic at the end
      // (“我以前湿疹抓得全身是血，在这儿治了两个月，现在皮肤光光的，真的谢谢张医生。”); words about treatment elsewhere thank nobody here.
      p(/[“"「『][^”"」』]{0,40}?(?:在|来|到)(?:这儿|这里|你们这儿?|你们医院|贵院)(?:治|看|调理|治疗|照光|照|做|涂药|吃药)(?:了|过)?[^”"」』]{0,40}?(?:谢谢|感谢|多亏了?)(?:[\u4e00-\u9fff]{0,3}?(?:医生|大夫|主任|护士|医护)|你们|这里|医院|贵院)/),
      // Round thirty-three: a patient's thanks in quotes, for what the clinic gave back (现在的她说：“谢谢这里的医生，给了我新的生活！”).
      p(/[“"「『][^”"」』]{0,30}?(?:谢谢|感谢|多亏了?)(?:这里的?|你们|这家|本院|医院|[\u4e00-\u9fff]{0,3}?(?:医生|大夫|主任|护士|医护))[^”"」』]{0,24}?(?:给了我|让我|帮我|还我|还给我|治好|重新|新生|新的)/),
      // Round forty-seven (batch CO): a plaque or a banner given by a patient or family, listed on an honour wall or in a timeline
      // (| 2021.05 | 患者送来“药到病除”牌匾 |; 病友家属赠送匾额一块).
      p(/(?:患者|病人|病友|患友|家属|家长|康复者|老病号)[^,，。;!?\n|]{0,12}?(?:送来|赠送|送上|敬赠|赠予|赠|送)(?:了|给)?[^,，。;!?\n|]{0,12}?(?:牌匾|匾额)/),
      // Round one hundred and eleven (batch HY): the label "real feedback" or "real word of mouth" set before the account with a colon or an
      // opening quote (用户真实体验：“…”, 老顾客真实口碑：…); 我们重视每一条真实反馈 has no account after it, and a closing quote (“真实反馈”多是软文) none either.
      p(/真实(?:反馈|口碑|评价|体验|感受|效果)(?:分享)?\s?[:：“"「]/),
      // Session forty-four (recurring misses, 7 rows of the last 30 batches): someone the writer names (有位姐姐, 顾客王女士, 群里王阿姨, 听众小林, 一位老病友,
      // 后台私信) told or messaged them, then in their words the care and the result on their own body (用了以后再也不怕梳头了; 用了三个月头发密了好多; 照了
      // 二十次，手背全黑回来了): the patient's word as the proof. Told with no result (顾客说她用了以后有点刺痛) or asked (…还没好怎么办？) it is not read.
      p(/(?:姐姐|姐妹|大姐|顾客|客户|患者|病友|患友|群友|听众|观众|读者|网友|粉丝|会员|学员|阿姨|大妈|大爷|大叔|女士|先生|宝妈|家长|私信|留言)(?:小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:女士|先生|阿姨|大爷|姐))?[^。;!?“”"]{0,8}?(?:说|讲|分享|告诉我|反馈|私信|留言|(?<=私信|留言))(?:说|道)?\s?[,，:：]?\s?[“"「]?[^。;!?”"」]{0,6}?(?:用了|吃了|做完|做了|照了|敷了|涂了|抹了|喝了|泡了|贴了|洗了|打了)[^。;!?”"」]{0,12}?(?:再也不怕|再也不用|(?:真|全|都)没了|密了|变清了|变白了|黑回来了|长回来了|全好了|好多了|不痒了|不疼了|消下去了)(?![^。;!?]{0,8}?(?:怎么办|吗|么|[?？]))/),
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): patients' own accounts collected and passed on to the reader (收录了几位做完修复的
      // 顾客的亲身讲述; 挑选一位老患者的来信和大家分享; 分享一下我的生发日记; 本期案例日记): the column of testimony; 患者来信咨询 or a collection of questions is not read.
      p(/(?:收录|整理|挑选|精选|摘录|选登)(?:了)?[^,，。;!?]{0,12}?(?:患者|顾客|病友|会员|客户|学员|宝妈)的?(?:亲身|真实)?(?:讲述|自述|来信|心得|经历|故事)|(?:患者|顾客|病友|会员|客户|学员)的(?:来信|亲身讲述|亲身经历|自述)(?:和|与|跟|给)(?:大家|各位|你们|您)分享|(?:我的|本期|这期|本周的?)(?:案例|生发|祛斑|祛痘|修复|植发|减肥|祛疣|抗痘|康复|祛疤)日记/),
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): a banner by any name (旗子, 锦旗) given or made by patients for the doctor (那面“妙手
      // 祛疣”的旗子，是一位宝妈亲手送的; 学员们凑钱做了面旗子，挂在诊室门口), and patients said to come back praising or thanking (现在见人就夸; 个个回来谢我);
      // a flag made for a sports day (学员们做了面旗子参加运动会) is not read.
      p(/(?:旗子|锦旗|横幅|牌匾)[^。;!?]{0,4}?[,，]?\s?是[^。;!?]{0,10}?(?:宝妈|患者|顾客|病友|家长|学员|家属|阿姨|大爷|病人)[^。;!?]{0,4}?(?:亲手|专门|特意)?(?:送|赠)(?:的|来的)|(?:患者|宝妈|学员|顾客|家长|病友|家属)们?[^。;!?]{0,6}?(?:做了|订了|定做了|送了|送来)(?:一)?面(?:锦)?旗(?:子)?(?=[^。;!?]{0,10}?(?:诊室|医生|大夫|主任|门诊|诊所|送给|送到|挂在|科室))|(?:做了|用了|修的|做的|治的|看的|调理的)[^。;!?]{0,8}?(?:见人就夸|逢人就夸|逢人便夸|到处夸|个个(?:都)?(?:回来)?谢我|都回来谢我)/),
      // Session forty-four (recurring misses, 1 row of the last 30 batches): many said to report that this method or product works (论坛里好多人反馈，这个方法
      // 真的有用): the crowd's testimony; a question is not read.
      p(/(?:好多人|很多人|不少人|大家)(?:都)?(?:反馈|说)[,，:：]?\s?(?:这个|这款|这种|这套)[^。;!?]{0,6}?(?:真的|确实|特别)(?:有用|管用|有效)(?![^。;!?]{0,4}?(?:吗|么|[?？]))/),
      p(/患者(?:证言|心声|感言|见证|来信(?!咨询|询问|提问|问|请?(?:寄|投)|可(?:寄|投)|地址|邮寄)|好评|口碑)|真实(?:案例|见证|好评|康复案例|分享|经历|故事|心声)|康复(?:日记|案例|故事|见证|喜讯|分享(?!会|活动|讲座|交流))|治愈(?:案例|故事|喜讯)|(?:很多|大量|不少|众多|无数|许多|好多|上百|上千|数百|数千|\d+)(?:个|例|位)?的?成功(?:案例|病例)|感谢信(?!箱)|感谢(?:视频|短信|邮件)|锦旗(?!定制|定做|制作|刺绣|批发|厂家)|好评如潮|口碑(?:爆棚|极佳|相传)|(?:反馈|好评|感谢|感恩|点赞|留言|心声|晒单)墙|(?:口碑|客户|顾客|用户|康复|效果|疗效|蜕变|变美)见证/),
      p(/(?:我|俺)(?:在|来|来到|到)[^,，。]{0,12}(?:治疗|治了|看了|做了|用了)[^。]{0,14}?(?:好了|没了|全消|(?:全|都|基本)(?:消|瘪|退)?下去了|消失|复色|痊愈|治好|不见了|恢复)/),
      // Structural: a patient's or parent's voice (患者说, 家长感激地说, 病友们都说, 宝妈反馈) attesting a result or praise.
      // Round ninety-five (batch GR): the result may be relief by degree (胃舒服多了, 腰一下子就轻松了), a blood pressure kept steady (血压稳稳的) or a
      // complaint shaken off (帮她摆脱了多年的偏头痛).
      // Round forty-five (batch CH): 说明 / 说服 / 讲解 are told to the patient (医生向患者说明，治疗不能保证复色), not the patient's words;
      // 说明显 is still 说 + 明显.
      // Round ninety-nine (batch HA), in the pattern below: a shop's passengers, travellers and regulars tell it as patients do (一位常坐夜车的乘客说，…就不疼了).
      // Round ninety-seven (batch GW): the complaint said to be gone for good in everyday words, 好利索了 (老街坊说，贴了一个月膏药，他的肩周炎全好利索了).
      // Round ninety-six (batch GT): a care home's residents or a neighbourhood's people tell it as patients do (好多住户反馈，按了一个月足底，脚都不凉了;
      // 院友们说…), and the complaint gone told as 不肿了 / 不晕了, or cold hands and feet as 脚不凉了, as 不疼了 is; 冬天不冷了 is the weather.
      // Round one hundred and two (batch HF), in the pattern below: the lesion said to grow no more after it (很多患者反馈，用了两周就不长痘了; 姐妹们都说
      // 换了这个方子，脸上都不冒闭口了); 患者反馈，夏天出汗多时会长痘 tells a course, not a result.
      // Round one hundred and eight (batch HS): the patient as the one spoken to (主任出诊时常对初诊病人说，复色需要很长时间; 护士跟家属说，…), not the
      // one who speaks: 对 / 跟 / 向 / 给 a few characters before the person (对面的病人说 is still the neighbour speaking).
      p(/(?<![对跟向给](?!面)[^。;!?,，]{0,4})(?:患者|病人|病友|家长|家属|宝妈|姐妹|妈妈|爸爸|阿姨|大爷|大妈|先生|女士|用户|顾客|网友|姑娘|小伙子?|大姐|大哥|大叔|大婶|老人|奶奶|爷爷|白领|小姐|来访者|就诊者|求美者|客户|患友|读者|粉丝|会员|学员|大伯|老伯|伯伯|大娘|婆婆|老太太|老先生|叔叔|住户|住客|居民|长者|院友|街坊|老邻居|旅客|乘客|游客|食客|茶客)们?[^。;!?]{0,16}?(?:说(?!明(?!显)|服)|讲(?!解|座|课)|表示|反馈|回馈|反映|坦言|直言|感慨|称赞|夸|告诉我们|留言|评价|直呼|感叹|写道|分享|讲述|自述|发来|写来|来信)(?!问|提问|咨询|询问)[^。;!?]{0,30}?(?:一点(?:都|也)?没(?:涨|长|升|加深|反弹|复发|再长)|没想到(?:还|真的?)?(?:能|可以|会)|现在[^,，。;!?]{0,4}?(?:能|可以|不用|不再|又能|敢)[^,，。;!?”"」]{1,10}?了|早知道|来对了|选对了|没白来|比(?:我)?想象(?:的|中)?(?:还|更)?(?:好(?!受|过)|自然|美|快)|(?:变|真的|明显)?浅了|年轻了|紧致了|细腻了|好了|(?:好|全好)?利索了|没了|终于|见效|干干净净|再也不(?:抓|挠|痒|疼|痛|咳|喘|犯|发作|复发|长|掉|失眠|便秘|起夜)|第二天就|当天就|就能下地|不耽误(?:上班|工作|上学)|不痒了|(?:就|都|也)不(?:长|冒|起|出)(?:痘痘?|闭口|粉刺|疹子|痘|斑)?了|一觉(?:睡)?到天亮|再也没|没再|不再(?:长|复发|犯|反复)|不见了|看不见|看不出来|最靠谱|靠谱|敢穿|变淡|淡了|小了|消失|复色|治好|长出|效果(?:很|非常|特别|这么|那么|真|太)?好|疗效好|效果看得见|医术高明|值得信赖|正确的决定|感谢|谢谢|全消|消了|退了|恢复(?:了)?正常|再没(?:犯|发作|复发|长)|(?:[一二两三四五六七八九十几半]|\d{1,2})\s?(?:天|周|个?星期|个?月)(?:就|便)(?:收口|结痂|消|退|好|平|淡|不痒|不疼|不痛|长出|复色|见效)[\u4e00-\u9fff]{0,2}?了|(?:从没|从来没|从未)(?:有)?(?:这么|那么)(?:快|好|管用|有效)过?|逢人(?:便|就)(?:推荐|夸|说)|不(?:酸|疼|痛|麻|胀|咳|喘|肿|晕|僵)了|(?:手|脚|腿|膝盖|腰|肚子|胃|手脚|脚底|后背)(?:都|也|再)?不(?:凉|冷|发凉|冰)了|管用|好使|灵验|效果(?:明显|显著|不错|杠杠的)|(?:下次|以后)(?:还|再)来|还会再来|(?:头一回|头一次|第一次)[^,，。;!?”"」]{0,8}?(?:这么|那么)(?:稳|好|舒服|轻松|顺|踏实)|(?:这么|那么|如此)(?:稳|管用|灵|见效|好用)|一觉(?:睡)?到(?:大)?天亮|都没(?:再)?(?:感冒|犯|发作|复发|疼|痛|咳|喘)过|妙手回春|华佗再世|医术(?:精湛|高超|高明|了得)|神医|点赞|(?:舒服|轻松|舒坦|松快|轻快)(?:多了|了很多|了好多|了不少)|一下子(?:就)?(?:轻松|舒服|松快|利索|好)了|(?:血压|血糖|血脂|尿酸|心率)[^,，。;!?]{0,4}?(?:稳稳|一直很稳|稳稳当当)|摆脱了)/),
      // Round one hundred (batch HB): a classmate, a choir member, a guest, a new mother or a mum telling a complaint gone (有同学反馈，练了这套操腰痛就好了;
      // 老客人回来说，他的失眠是在这儿睡好的; 不少宝妈反馈，用了这个手法奶水一下就多了; 偏头痛一次都没犯): a complaint must be named before the result, so
      // that 同学说作业写好了 or 客人说行李收拾好了 tells nothing.
      p(/(?:同学|团员|队员|队友|客人|房客|住客|产妇|新妈妈|新手妈妈|宝妈)们?[^。;!?]{0,16}?(?:说(?!明(?!显)|服)|讲(?!解|座|课)|反馈|反映|留言|感慨|告诉我们|写道|分享)(?!问|提问|咨询|询问)[^。;!?]{0,24}?(?:炎|疼|痛|失眠|哮喘|便秘|湿疹|风湿|奶水|奶量|乳汁|喘|胃病|颈椎病|腰椎病|老毛病)[^。;!?]{0,8}?(?:好了|好利索了|没再犯|再也没犯|(?:一次|一回)(?:都|也)没(?:再)?犯(?:过)?|不疼了|不痛了|不犯了|(?<=(?:奶水|奶量|乳汁)[^。;!?]{0,6}?)(?:多了|足了|够吃了)|是在(?:这儿|这里|你们这儿?|咱们这儿?)(?:睡|治|调|养|练|泡|住)好的)/),
      // Round one hundred and one (batch HD): a classmate, a member, a customer or an elder telling, after a comma, what they did and how the body is better
      // now (有队员反映，坚持打了一个月拳膝盖不酸了; 老主顾说，吃了这个红豆粥以后晚上睡得踏实了): the doing names the remedy, the outcome a bodily gain;
      // 同学反映，做了实验以后教室里更闷了 or a question asked tells none.
      p(/(?:同学|团员|队员|队友|会员|学员|客人|住客|顾客|老顾客|主顾|老主顾|熟客|街坊|邻居|大爷|大妈|阿姨|大叔|大婶|奶奶|爷爷|宝妈|患者|病友)们?[^,，。;!?]{0,4}?(?:说(?!明|服)|反映|反馈|告诉我们|留言|夸)(?!问|提问|咨询|询问)\s?[,，:：]\s?(?:自从)?(?:跟着|坚持|天天|每天)?(?:练|打|做|喝|吃|用|泡|贴|敷|按|揉|学|跳)(?:了)[^。;!?]{0,14}?(?:睡得(?:香|好|踏实|安稳)了|(?:看得)?清楚多了|(?:都|也|就|全)?(?:正常|不酸|不疼|不痛|不痒|不麻|不晕|不咳|不喘)了|降下来了|(?:轻松|舒服|精神)多了|有劲了|(?:全|都)?变?黑了|长高了)/),
      // Round ninety-nine (batch HA): a customer named by surname and kin term or as one of the shop's customers, who used it (for a span) and then got
      // the result, told with no speech verb (隔壁的刘大叔泡了半个月，脚后跟不疼了; 有位老茶客喝了两个月，血压稳稳的; 有家长照着做，孩子再也没犯过):
      // the story is the proof. A case note records such a course (levels: case off); a story with no result (练了一个月，结交了不少朋友) tells none.
      // Round one hundred and fifteen (batch IF): the result as the complaint no longer to be seen (三号楼王阿姨用了这药膏，手上的湿疹现在一点都看不出了), with
      // room for where it was; still to be seen (湿疹还看得出来，正常吗？) or asked (看不出了吗？) is no result.
      p(/(?:[\u4e00-\u9fff](?:阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|大叔|大婶|女士|先生|师傅|伯|婶|姐|叔)|(?:一位|有位|有个|有一位|这位|那位|有)[^,，。;!?]{0,8}?(?:顾客|客人|客户|患者|病人|病友|街坊|邻居|老人|旅客|乘客|食客|茶客|同学|家长|宝妈|会员|学员|读者|姐妹|大爷|阿姨|大妈))[,，]?\s?[^,，。;!?]{0,8}?(?:喝|吃|用|贴|泡|敷|抹|涂|按|练|做|调理|坚持|照着做|照做|试)(?:了|过)?(?:(?:[一二两三四五六七八九十几半]|\d{1,2})\s?(?:天|周|个?星期|个?月|年|回|次|个疗程|疗程)(?:多)?(?:后|以后|下来)?)?[,，]?\s?[^。;!?]{0,16}?(?:降下来了|降了下来|稳稳的|稳住了|正常了|好了|没了|消了|不疼了|不痛了|不痒了|不酸了|不肿了|再也没犯过?|没再犯过?|再没犯过?|(?:好|轻松|舒服)多了|见效了|(?:药|药量)(?:都|也)?减了|停了药|(?:一点|完全|根本)?(?:都|也)?看不(?:出来?|见)了(?![^,，。;!?]{0,3}?(?:吗|么|[?？])))/, { levels: { case: 'off' } }),
      // Round eleven: a named person's road to recovery as a story title (李女士的康复之路), the first time in years
      // (十年来第一次穿短袖出门).
      // Round one hundred and six (batch HO): a patient's road told as the story (1. 就诊心得：一位银屑病老患者的十年求医路; 一名白癜风病友的康复之路),
      // a count of years allowed between; 缩短患者的求医路程 and 患者的就医路线 name a route, not a story.
      p(/(?:患者|病人|病友|患友|顾客|客户|老病号|求美者)的[^,，。;!?\n]{0,6}?(?:求医|寻医|就医|康复|抗病|抗痘|祛痘|祛斑|祛白|抗癣|蜕变|逆袭|重生)(?:之)?(?:路|旅)(?![程线费径口段])/),
      p(/(?:女士|先生|阿姨|大爷|大妈|宝妈|小姐|大姐|大哥|姑娘|小伙)的(?:康复|蜕变|逆袭|变美|重生|抗痘|祛痘|祛斑|减肥|瘦身|祛白)(?:之路|之旅|日记|记)|(?:[一二三四五六七八九十几\d]+年来|这么多年(?:来)?)(?:第一次|头一回|首次)(?:敢|能|可以)?(?:穿|出门|素颜|游泳|拍照|睡(?:个)?(?:整觉|好觉)|露出)/),
      // Round thirty-two: the outcome in the patient's words may be the colour coming back or plain wonder (患者反馈：“白斑边缘开始变黑了，
      // 太神奇了！”).
      // Round eleven: a patient's words as a labelled line or list item (- 王阿姨：打了两针，膝盖就不疼了); a relative or
      // friend treated here as the warrant (我表姐就是在这家做的祛斑).
      // Round thirty-two: the speaker as the former patient healed here (【口播】我自己就是白癜风患者，就是在这家医院看好的).
      p(/(?:我|俺)(?:自己|本人)?(?:以前|之前|当年|曾经|原来|也|就|曾){0,2}(?:是|得过|患过|长过|有过)[^。;!?]{0,12}?(?:患者|病人|病友|白癜风|白斑|银屑病|牛皮癣|湿疹|痘痘|痤疮|脱发)[^。;!?]{0,12}?(?:在这家|在这里|在这儿|在你们|在贵院|在他们家)[^。;!?]{0,6}?(?:看好|治好|调好|好的|复色|康复|痊愈|治愈)/),
      p(/(?:我|俺)(?:的|家)?(?:表姐|表妹|表哥|堂姐|姐姐|妹妹|哥哥|弟弟|闺蜜|同事|朋友|妈妈?|老妈|老爸|爸爸|老公|老婆|邻居|亲戚|婆婆|同学)[^。;!?]{0,10}?(?:在这家|在这里|在这儿|在你们|在贵院|来这里|来这儿)[^。;!?]{0,6}?(?:做|治|看|调理|打|用)/),
      // Round twelve: a follower's private message or comment as the line's label (粉丝私信：…体重掉了8斤).
      p(/(?:阿姨|大爷|大妈|女士|先生|宝妈|病友|顾客|家长|小姐|大姐|大哥|大叔|大婶|奶奶|爷爷|网友|粉丝|患者|病人|客户|学员|用户|会员)(?:[小老阿][\u4e00-\u9fff])?(?:私信|留言|评论|反馈|来信)?(?:[(（][^()（）\n]{1,10}[)）])?[:：][^\n。;!?]{0,30}?(?:再也没(?:有)?(?:犯|发作|复发|疼|痛|痒|咳|喘)过?|(?:睡眠|精神|气色|身体)?好多了|(?:淡|浅|小|少|平|消)了(?:好多|很多|不少|一大半|一半)|不(?:肿|晕|胀)了|能自己[^,，。;!?\n]{1,6}?了|(?:更|很|超|特别|也|又)?自信了|吃(?:嘛|啥)(?:嘛|啥)香|年轻了(?:[一二三四五六七八九十几好]{1,2}岁)?|不(?:疼|痛|痒|咳|喘|酸|麻)了|好了|没了|消了|全消|(?:全|都)?(?:消|瘪|淡)?下去了|再没(?:犯|发作|复发)|没再(?:犯|发作|复发)|痊愈|治好|断根|又能|恢复正常|不见了|(?:掉|瘦|降|减)了\s?(?:\d+|[一二三四五六七八九十两几]+)\s?(?:斤|公斤|kg)|(?:变|转|返)黑了|长(?:出来|满|回来)了|太(?:神奇|神|灵|管用|有效)了)/),
      // Round fifty-two (batch DD): the quoted words may say the lesion cannot be seen any more (王女士（化名）：“…白斑基本看不出来了…”); a
      // patient's thanks for an explanation (患者：“感谢医生耐心解释”) tells no result.
      // Round twelve: a labelled person and their words in quotation marks (学员小周：“…现在已经停药半年了”); a patient
      // interviewed or visited as the proof (我们采访了一位坚持了半年的张先生，他的血糖从12降到了6点多); refine() asks for a result.
      p(/(?:学员|会员|用户|客户|患者|病人|病友|顾客|来访者|求美者|宝妈|家长|阿姨|大爷|大妈|女士|先生|小姐|大姐|大哥|奶奶|爷爷|网友)[^,，。;!?:：问]{0,10}?[:：]\s?[“"「][^\n”"」]{0,40}?(?:就(?:好|平|消|没|瘦|白|淡|利索|灵活|轻松|舒服|不疼|不痛|不痒)了|利索了|好了|没了|消了|停药|不用(?:再)?吃药|恢复正常|一切正常|正常了|痊愈|治好|断根|不(?:疼|痛|痒|咳|喘)了|一觉(?:睡)?到天亮|再没|没再|不见了|变(?:白|瘦|美|好|淡)了|瘦了|长出|看不(?:出|见)来?了)/),
      // Round twenty-seven: a patient (or 他/她 in a patient's story) whose words are quoted after a speech verb, a colon or what
      // they did (王阿姨摘下纱布：“看得清清楚楚…”; 他笑着对我说：“吃了你们开的膏方，今年冬天一次感冒都没得。”; 她在我院坚持治疗后
      // 写下的这段话：“现在我终于可以…”), the quotation reporting a result; refine() lets a quoted piece of advice through.
      // Round one hundred and six (batch HO), in the pattern below: the quoted words a result said as better than before (一位老客户回访时说：“毛孔比之前
      // 细了好多”; 顾客跟我们反馈说“脸比以前透亮多了”); 顾客问：“会比以前更怕晒吗？” names no improvement and is not read.
      p(/(?:患者|病人|病友|患友|家长|家属|宝妈|阿姨|大爷|大妈|奶奶|爷爷|女士|先生|小姐|大姐|大哥|大叔|老人|姑娘|小伙子?|客户|顾客|他|她)(?:们)?[^。;!?“"「」”\n]{0,16}?(?:说|讲|道|感慨|感叹|写道|写下|回馈|反馈|留言|[:：])\s?[:：]?\s?[“"「](?:[^”"」\n]{0,40}?(?:(?:都|也)没(?:得|犯|发作|复发|疼|痛|痒|咳|喘)(?:过)?|再也没(?:有)?|没再(?:犯|发作|复发|疼|痛|痒)|看得(?:清清楚楚|清楚|清|见)|都能看(?:清|见|到)|不(?:疼|痛|痒|咳|喘|麻)了|好了|没了|不见了|消了|痊愈|治好|终于|恢复(?:正常|了)|比(?:以前|原来|之前|过去|从前|没来之前|治疗前)[^”"」\n，,]{0,3}?(?:亮|白|滑|嫩|平|细|透|好|紧|净|爽|洁|密|匀)[^”"」\n，,]{0,2}?(?:多了|很多|不少|好多|一大截)))/),
      // Round fourteen: from afraid to go out then to dancing now (从最初的不敢出门，到现在每周都去跳舞); the wish to have met us
      // sooner (要是早点遇到你们就好了).
      p(/从(?:最初|当初|以前|原来|刚来时|刚开始)的?[^,，。;!?]{0,8}?(?:不敢|不能|没法|下不了|离不开|卧床|轮椅|拐杖|自卑|绝望|疼|痛)[^,，。;!?]{0,8}?[,，]?\s?到(?:现在|如今)[^。;!?]{0,12}?(?:能|敢|可以|都去|每天都|每周都|自由)|(?:要是|如果|早知道)[^,，。;!?]{0,4}?早(?:点|些|一点)?(?:遇到|找到|来)(?:你们|您们?|这里|这家|贵院)/),
      // Round sixteen: a comment copied under its @handle, praising or reporting a result (@一只小白兔：治了三个月，复色了好多，谢谢医生！);
      // the clinic's own staff answering (@李医生：谢谢提问) excepted.
      p(/(?:^|\n)\s?@(?![^\n:：@]{0,12}?(?:医生|医师|大夫|护士|小编|主任|官方|客服|编辑))[^\n:：@]{1,16}[:：][^\n]{0,40}?(?:好了|没了|消了|复色|见效|谢谢|感谢|推荐|靠谱|管用|有效|治好|变白|变淡|淡了|亮了|不痒了|不疼了|值了|良心|专业)/),
      // Round fourteen: a chat transcribed as proof (【聊天截图】), a table of customers and what they felt (| 顾客 | 项目 | 感受 |).
      p(/[【\[](?:聊天|对话|微信|私信)(?:截图|记录)[】\]]|(?:反馈|好评|评价|聊天|私信|留言|对话)截图\s?[:：]|(?:顾客|患者|客户|用户|学员|会员|求美者)\s?\|[^\n]{0,30}?\|\s?(?:她们的|他们的|顾客|患者|客户)?(?:治疗后|术后|疗后|用后|使用后|治疗)?的?(?:感受|评价|反馈|心声|感言|体验|怎么说)\s?\|/),
      // Round fourteen: a bracketed label of patients' words at the head of a line (【患者故事】退休教师老周…).
      // Round one hundred and one (batch HD): a guest's, a member's or a regular's words as the label too (【住客心声】“住了三晚，老胃病不犯了”), with the
      // labels of praise or a story only: 【客人留言】“热水不够热” or 【队员反馈】 is a complaint box.
      p(/(?:^|\n)\s?[【\[〔](?:真实|康复|治愈|患者|病友|顾客|客户|用户|家长|宝妈|学员|会员|网友|粉丝|求美者|她们|他们)(?:的)?(?:故事|心声|感言|见证|反馈|分享|日记|评价|好评|留言|口碑|说|怎么说|案例)[】\]〕](?=[^\n]{4})/),
      p(/(?:^|\n)\s?[【\[〔](?:客人|住客|队员|团员|主顾|老主顾|街坊|老街坊)(?:的)?(?:故事|心声|感言|见证|分享|日记|好评|口碑)[】\]〕](?=[^\n]{4})/),
      // Round fourteen: followers' messages picked out and shared, then quoted (后台收到好多姐妹的私信，小编挑了几条和大家分享：“…”).
      p(/(?:私信|留言|评论|反馈|来信|好评|晒单)[^。;!?\n]{0,16}?(?:分享|晒|展示|摘录)[^。;!?\n]{0,6}?[:：]\s*[“"「]/),
      p(/(?:采访|专访|走访|回访|找到|联系)(?:了|到)?(?:一位|一名|几位|多位|这位|那位|其中一位)[^,，。;!?]{0,12}?(?:患者|病友|先生|女士|阿姨|大爷|大妈|宝妈|家长|顾客|学员|读者|用户|客户)/),
      // First-person results: 我的白斑在这里治了半年, 我家孩子的白斑照光两个月就小了很多.
      p(/(?:我的|我家|我女儿|我儿子|我孩子|俺家?)[^。;!?]{0,12}?(?:白斑|痘痘?|斑|湿疹|头发|皮肤|牛皮癣|银屑病|癣)[^。;!?]{0,20}?(?:好了|没了|不见了|看不出来|变淡|淡了|小了(?:很多|不少)?|消失|复色|长出(?:了)?颜色|恢复|再也没|没再|好多了|光滑|干净了|长回来|长出来了)/),
      // Praise and gratitude in a patient's voice: 多亏了本院, 救命恩人, 现身说法, 强烈推荐, 感谢医生让我….
      // Round fifty-seven (batch DR): a patient urging the others to try it too (他强烈建议新病友都试试).
      p(/听听(?!医生|专家|指南)[^,，。;!?]{0,6}?(?:怎么说|的声音|的心声)|口口相传|口耳相传|有口皆碑|现身说法|亲述|亲口(?:讲述|讲|说|告诉|述说)|判若两人|多亏了?(?:本院|我院|这里|这家|医生|专家|主任|[\u4e00-\u9fff]{1,3}医生)|救命恩人|再生父母|(?:你们|您|医生|[\u4e00-\u9fff]{1,3}(?:医生|主任|大夫))救了(?:我|她|他|孩子|我们)(?:的|一)?(?:命|一命)|是(?:你们|我们|医生|本院|我院|这里|这家医院|[\u4e00-\u9fff]{1,3}(?:医生|主任|大夫))给了(?:我|她|他|孩子|我们)(?:第二次生命|新生|重生|新的人生)|要不是(?:遇到|来到|找到|碰到)|强烈推荐|(?<!(?:医生|大夫|医师|护士|主任|专家|教授)[^,，。;!?]{0,4})强烈(?:建议|推荐)(?:新来的|新|其他|其它|别的)?(?:病友|患友|白友|痘友|姐妹|宝妈)们?(?:都|也)?(?:来|去)?试(?:试|一试|一下)|推荐给[^,，。;!?]{0,4}?(?:身边|亲戚|朋友|同事|家人|闺蜜)|(?:感谢|谢谢|多谢)(?:本院|我院|医院|医生|专家|主任|[\u4e00-\u9fff]{1,3}(?:医生|主任))[^。;!?]{0,16}?(?:让我|帮我|治好|恢复|重获|摆脱|找回)/),
      // A case presented as a result in promotion: 典型病例：…完全复色.
      // Round twelve: the label in brackets too (【案例】王女士…色斑基本消失).
      p(/[【\[]?(?:看看|来看|围观|见证)?(?:典型|成功|真实)?(?:病例|案例)(?:[一二三四五六七八九十]{1,3}|\d{1,3})?(?:分享)?(?:[:：]|[】\]])[^。]{0,40}?(?:恢复到(?:了)?[^,，。;!?]{0,8}?(?:时|的样子|水平|状态)|变身|蜕变|判若两人|只用了?(?:一|两|三|\d)次|完全复色|明显好转|痊愈|治愈|白斑消失|全部复色|基本复色|(?:基本|完全|全部|彻底)(?:消失|消退|不见|淡化|没了))/),
      // Structural (round four): a first-person recovery narrative. The speaker (我, 俺, 本人, 我妈, 我老公…)
      // and, later in the sentence, a result or a life regained (白斑全没了, 一直没犯, 终于可以大大方方出门了).
      p(/(?:我(?!们|院|科|国|市|省|区|县|司|部|中心)|俺|本人)[^。;!?]{0,40}?(?:现在(?<!(?:告诉|提醒|建议|嘱咐|叮嘱|问|如果|假如|即使|哪怕)[^。;!?]{0,8}?现在)[^,，。;!?]{0,4}?(?:指标|化验|检查|血糖|血压|甲功|结果|各项)[^,，。;!?]{0,4}?(?:全|都|完全)?正常了(?=[,，。!！~～]|$)|睡(?:了|上了)(?:个|一个)?(?:安稳|好|整)觉|全没了|都没了|没了|好了|不见了|看不出来了?|消失了|复色了|痊愈了?|治好了|好得差不多|一直没(?:犯|复发|再长)|没再(?:犯|复发|长)|再也没(?:犯|复发|长)|再没(?:有)?(?:犯|复发|发作|疼|痛|痒|咳|喘)过|不长了|光滑|(?:跟|和)正常人一样|终于(?:可以|能|敢|不|告别|摆脱|好|没|长|恢复|消)|大大方方|恢复正常|变好了|淡了好多|好多了|干净了|告别|摆脱|找回)/),
      // The clinic called "here" by the speaker (在这儿调理了三个月，…一个都没有了), a patient named as the source
      // (——患者张先生), results shown off (晒复色照片), a life regained (终于敢去游泳了).
      p(/(?:在这里|在这儿|来这里|来这儿|在这家|在贵院|到这里|到这儿|在(?:我们|咱们)这(?:里|儿)?|在这(?=[治看做调]))(?!提醒|说明|强调|告诉|介绍|分享|给大家|和大家|向大家|统一|解释|就)[^。;!?]{0,24}?(?:不(?:疼|痛|痒|咳|喘|麻|酸)了|治好[了的]|看好的|(?:已经|终于)?能自己[^,，。;!?]{1,8}?了|好了|没了|全消|(?:完全|基本|全部)?复色了?|痊愈|不见了|光滑|都没有了|长回来|告别|摆脱|找回|终于|干干净净|就见效|填平|抚平|再没(?:犯|发作|复发)|(?:第二天|当天|隔天|次日)就(?:能|可以|敢)|(?:稳定在|降到|降至|回到)(?:了)?正常(?:范围|值|水平))|(?:终于|重新)露出了?(?:久违的)?笑容|喜极而泣|笑得合不拢嘴|(?:——|--)\s?(?:(?:一位|一名|某)[^,，。;!?\n“”"]{0,12}?)?(?:患者|病友|家长|宝妈|网友|顾客|康复者|用户|会员|学员|客户|读者|粉丝|求美者|来访者)|(?:——|--)\s?(?:\d{1,3}\s?岁的?(?:老|小)?[\u4e00-\u9fff]|[\u4e00-\u9fff](?:女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥))|晒(?:出)?了?(?:自己的|她的|他的|孩子的)?(?:复色|康复|治疗后?|前后|效果|恢复)的?(?:照片|照|图|成果|对比)|晒(?:出)?了?(?:对比图|效果图|成果)|终于(?:敢|可以|能)(?:去|再)?(?:游泳|穿|出门|见人|素颜|拍照|抬头|社交|约会|结婚|上班|睡(?:个)?(?:整觉|好觉))|(?:用过的|试过的|来过的|治过的)(?:人|患者)?(?:都|全)说(?:好|有效|管用|灵)|(?:用过|试过|来过|治过|做过|打过|喝过|吃过|扎过)的[\u4e00-\u9fff]{0,3}?(?:都|全|没有不|没一个不)说(?:好|值|有效|管用|灵|靠谱|不错|划算)|逢人(?:就|便)(?:推荐|夸)|逢人(?:就|便)(?:说|讲)(?=[^。;!?]{0,16}?(?:好|值|效果|推荐|感谢|这里|这家|医生|本院|神))|(?:闺蜜|朋友|同事|亲戚|邻居|病友|同学)(?:介绍|推荐)(?:过来|来)的|为了?(?:感谢|答谢)(?:医生|医院|护士|本院|我院|我们|专家|主任|[\u4e00-\u9fff]{1,3}医生)|爱了爱了|绝绝子|yyds|真香|回购|无限回购|闭眼入|安利给|(?:都|直)夸(?:他|她|我)[^,，。;!?]{0,4}?(?:皮肤|脸|头发|气色)|(?:花得|钱花得)(?:最)?值|没白花|[”"]\s?(?:一位|这位|那位|一名)(?!医生|专家|主任|护士)[^,，。;!?]{0,10}?(?:说|感慨|哽咽|激动|写道)|要不是(?:你们|您们?|这里|贵院|医生|专家|[\u4e00-\u9fff]{1,3}(?:医生|主任))/),
      // Round forty-six (batch CL): the reader sent to former patients for proof (你可以问问她们效果咋样; 不信你们去问她), someone's
      // illness said to have got well right here (她的斑秃就是在这儿好的), a patient's interview or own account as the proof (真实患者的采访视频,
      // 一位老患者的自述), a first-hand account as a bracketed label (「亲身经历」).
      // Round one hundred and fifteen (batch IG): a video the patients made themselves to give feedback or thanks (这是我们门诊患者自己拍的反馈视频; 病友录的
      // 感谢视频); a video a doctor makes to teach (医生录的护理视频) is not read.
      p(/(?:问问|问一下|问下|去问)(?:她们|他们|老患者|老病号|病友们?|其他患者|那些患者)[^。;!?]{0,6}?(?:效果|怎么样|咋样|好不好|治得怎么样)|不信(?:的话)?(?:你|您|你们|大家)?(?:可以)?(?:亲自)?(?:去)?问(?:问)?(?:她|他|她们|他们|病友|老患者)|(?:就是|都是|也是)在(?:这里|这儿|咱们这儿?|我们这儿?|你们这儿?|这家|贵院)[^,，。;!?]{0,6}?(?:好的|看好的|治好的)|(?:一位|一名|几位|真实|老)(?:患者|病友|顾客|家长|宝妈)的?(?:采访|访谈|自述|口述)|(?:患者|病友|顾客)的?(?:采访|访谈)(?:视频|录音|实录)|(?:患者|病友|顾客|家长|宝妈)(?:们)?(?:自己|亲自)?(?:拍|录|发|做)的(?:反馈|感谢|康复)(?:视频|短片|录音|vlog)|[「『【\[]亲身(?:经历|体验|感受)[」』】\]]/),
      // A patient's standing as warrant (作为十年的老病号，我可以负责任地说…), first-hand proof, referrals and ratings.
      p(/(?:都|纷纷|一致)选择(?:了)?(?:信赖|相信|我们|本院|我院)|(?:老病号|过来人|作为(?:一名|一个)?(?:患者|病人|家长|病友|患者家属))[^。;!?]{0,24}?(?:本事|靠谱|高明|信得过|值得|推荐|找对|放心|负责任地说|没白来|好评)|(?:老病号|过来人)[^。;!?]{0,24}?(?:来这家|直接来|这家|这里)|亲身经历告诉|亲身(?:经历|体验)(?:证明|告诉)|亲测(?:有效|好用)|给个?好评|五星好评|(?:介绍|推荐|带)了?[^,，。;!?]{0,6}?(?:朋友|亲戚|同事|病友|邻居|学员|客户|顾客|姐妹|闺蜜|家人|亲友)(?:过来|来这|来看|来治|来了)|亲身体验[:：]|亲测[:：]|(?:患者|读者|顾客|用户|病友|家长|宝妈|网友|粉丝|会员|学员)(?:们)?的亲身(?:体会|经历|体验|感受)|(?:大家|病友们?|朋友们?|同事们?)都说(?:效果|疗效|我[^,，。;!?]{0,6}?(?:好|变|年轻|漂亮|瘦|白|美|精神))|听病友推荐/),
      // Round twenty-six: everyone treated says it is good (经过我院治疗的患者都说好); a patient put on camera in a video script
      // ((患者出镜)「…」), not a patient kept off it (不出现患者面部).
      p(/(?:治疗|治|看|就诊|调理|做)(?:过)?的(?:患者|病人|病友|顾客|客户|家长|人)(?:都|全|全都|个个|没有不|没一个不)(?:说|夸|称赞)(?:好|值|有效|管用|灵|靠谱|不错)(?![转些多像])|(?<![不未没无别])(?:患者|顾客|客户|病友|学员|家长|宝妈|求美者)(?:本人)?(?:[\u4e00-\u9fff](?:女士|先生|阿姨|大爷|奶奶|爷爷|同学|小姐|大姐|大哥))?(?:亲自)?(?:出镜|露脸|对着镜头|面对镜头)/),
      // Round twenty-five: a customer back to give thanks (姐妹来还愿啦), a patient's regret at not coming sooner (她说后悔没早点来),
      // a first-hand account as the line's label (客户亲身体会：…).
      p(/(?:来|回来|专程来|特地来|特意来)还愿|真实(?:患者|顾客|客户|用户|病友)(?:出镜|实拍|授权|自述)|(?:字幕|画面|标注|角标)[^。;!?]{0,6}?[“"「]?真实(?:患者|顾客|客户|用户|案例)|(?:她|他|患者|病人|病友|顾客|客户|姐妹|宝妈|家长|阿姨|大爷)们?[^。;!?]{0,8}?(?:说|直言|感慨|直呼|表示|感叹)[^。;!?]{0,6}?后悔(?:没|没有|不)早(?:点|些|一点)?(?:来|做|治|找)(?!医院|就医|就诊|看病|检查)|亲身(?:体会|体验|经历|感受)\s?[:：]/),
      // Round ten: the patient's own words reported (用她自己的话说), a life with hope again, friends asking what she used
      // (同事都追着问她用了什么), praise from others for the result (被闺蜜夸皮肤变好了).
      p(/用(?:她|他|患者|病人|家长|孩子|顾客|老人家|阿姨|大爷)(?:自己)?的话(?:说|讲|来说)|(?:又|重新|终于)有了?盼头|亲眼(?:见证|看着|看到)[^。;!?]{0,6}?(?:变化|效果|好转|恢复)|(?:同事|朋友|闺蜜|同学|邻居|亲戚|家人|老公|男朋友|女朋友)们?(?:都|全|纷纷)?(?:追着|围着|跑来)?问(?:她|他|我)[^,，。;!?]{0,4}?(?:用了什么|用的什么|怎么(?:变|做|保养|弄)|在哪(?:里|儿)?(?:做|治|看)|是不是(?:换了|用了|做了|打了|去做了|整了))|被[^,，。;!?]{0,6}?(?:夸|称赞|羡慕)[^,，。;!?]{0,4}?(?:皮肤|脸|气色|年轻|好看|漂亮|变(?:白|好|嫩|美|年轻))/),
      // Round fifty-seven (batch DR): the quoted result may be the spots said to have gone down (“…痘痘全下去了，太神了！”).
      // Round thirty: someone unnamed (一位在我院治疗的大学生, 一位来复诊的老师) quoted with a result (告诉我们：“…几乎看不出来了。”); a patient's
      // own treatment diary published (以下是患者本人授权公开的治疗日记). refine() lets a doctor's or researcher's words through.
      p(/(?:一位|一名|这位|那位|有位|有一位|一个)[^。;!?“"「\n]{0,20}?(?:告诉我们|对我们说|跟我们说|对医生说|对护士说|说|感慨|感叹|写道|坦言)\s?[:：,，]?\s?[“"「][^”"」\n]{0,40}?(?:看不出来|看不见了|好了|没了|不见了|消了|(?:消|退|褪)?下去了|太神了|痊愈|治好|终于|再也|恢复(?:正常|了)|复色|长出|变(?:黑|深|淡|小)了|敢穿|敢出门)|(?:以下是|下面是|这是|分享|公开|摘录|来看|看看|晒出?)[^,，。;!?\n]{0,12}?(?:患者|病友|患友|宝妈|家长|顾客|客户|学员|她|他)(?:本人)?[^,，。;!?\n]{0,12}?的(?:治疗|抗白|祛白|抗痘|祛痘|祛斑|减重|减肥|康复|复色)(?:日记|日志|手记|笔记)/),
      // Round one hundred and two (batch HG): a patient unnamed telling the writer a result in reported speech, no quotation marks (有位老病人跟我说，他的手癣
      // 涂了三周就好了; 一位顾客告诉我们，她的斑抹了一个月就淡了): the story told on the patient's word; a complaint told (她的湿疹一到冬天就加重) or a
      // question (问我她的斑能不能淡) reports no result.
      p(/(?:一位|一名|这位|那位|有位|有一位|有个|好几位|不少)(?:老)?(?:病人|患者|病友|患友|顾客|客人|读者|粉丝|宝妈|家长|阿姨|大爷|大姐|姑娘)[^。;!?“"「\n]{0,8}?(?:告诉我|跟我说|对我说|告诉我们|跟我们说|对我们说)[,，:：]\s?(?!问|能不能|是不是|会不会)[^。;!?“"「\n]{0,20}?(?:就|已经|全|都)(?:淡了|好了|没了|消了|退了|不痒了|不疼了|不见了|长出来了|平了|光滑了)/),
      // Round twenty-eight: customers' chats, reviews or Moments shown as screenshots (下面是顾客发来的微信聊天截图，大家自己看效果; 朋友圈好评截图);
      // a group, comment section or followers reporting what our product did (宝妈在群里反馈，用了我们的…; 评论区好多朋友说用了我们的艾灸贴);
      // thanks received and quoted (收到这样的留言：“谢谢你们，让我重新站了起来。”); a customer listed by letter or number with a result
      // after treatment (- 客户A：失眠五年，在我们这里调理一个月后，每晚能睡足7小时).
      p(/(?:患者|病人|病友|患友|顾客|客户|用户|会员|学员|宝妈|家长|姐妹|粉丝|网友|朋友)们?(?:发来|发给我们|发过来|晒出|分享)的?[^。;!?\n]{0,10}?(?:截图|聊天记录)|(?:好评|反馈|评价|晒单|效果)截图/),
      p(/(?:患者|病人|病友|患友|顾客|客户|用户|会员|学员|宝妈|家长|姐妹|粉丝|网友|朋友)们?[^。;!?]{0,8}?(?:反馈|留言|说|表示|分享|夸|评论)(?!问|提问|咨询|询问)[^。;!?]{0,4}?(?:用了|吃了|做了|喝了|贴了|试了|调理了|坚持了|按了)(?:我们|你们|咱们|本院|我院|这里|这家)的/),
      p(/收到[^。;!?]{0,10}?(?:留言|来信|私信|消息|反馈|好评|感谢)\s?[:：]?\s?[“"「][^”"」\n]{0,24}?(?:谢谢|感谢|多亏|幸亏|好了|没了|终于|再也|重新|又能)/),
      p(/(?:客户|顾客|患者|病友|学员|会员|用户|宝妈|家长)\s?[a-z甲乙丙丁\d]\s?[:：][^\n。;!?]{0,30}?(?:后|以后|之后|完)[,，]?[^\n。;!?]{0,16}?(?:能|不再|没再|再也|就|都|好了|消了|没了|正常|降到|瘦了|淡了|恢复)/),
      // Round thirty-seven (batch BL): the reader sent to a patient's own account (看看上个月来做种植牙的阿姨怎么说：“…”; 不妨听听她的故事：
      // …); a member's feedback shared with the group or the readers (今天给大家分享一位群友的反馈👇); a change measured against before coming
      // (比来之前轻了12斤); a patient recommending the clinic to readers (跟大家分享一下这家营养门诊; 安利一下这家诊所).
      // Round one hundred and ten (batch HW), in the pattern below: the reader sent to what the patients think of our treatment (来听听几位老顾客怎么评价
      // 我们的淡斑疗程; 看看病友们如何评价这项技术); 听听顾客怎么评价我们的候诊环境 names no treatment and is not read.
      p(/(?:看看|来看看|瞧瞧|听一听|看一看|听听|读读)(?!医生|专家|指南|说明|主任|护士|大夫|官方)[^,，。;!?]{0,14}?(?:患者|病人|病友|患友|阿姨|大爷|大妈|奶奶|爷爷|女士|先生|姐妹|宝妈|家长|顾客|客户|用户|学员|过来人|街坊|邻居|她|他)们?(?:是)?(?:怎么说|怎么讲|咋说|的故事|的经历|的分享|的心声|的变化|的反馈|(?:怎么|如何|是怎样)(?:评价|夸|形容|看待)(?:我们|本院|我院|本中心|这里|这家)?的?[\u4e00-\u9fff]{0,6}?(?:疗程|治疗|疗效|效果|项目|方案|手术|技术))/),
      // Round ninety-six (batch GT): a sentence that announces the tellers' accounts to follow (下面是几位老病号的亲身见证; 以下就是院友们的真实反馈).
      p(/(?:下面|以下|下边|接下来)(?:就)?(?:是|请看|来看|看看|给大家看看|分享)[^,，。;!?\n]{0,8}?(?:老病号|病号|病友|患友|患者|顾客|客户|学员|会员|宝妈|家长|住户|院友|读者|用户|粉丝|过来人)们?的?(?:亲身|真实)?(?:见证|经历|故事|反馈|心声|感受|自述|好评|评价|感言)(?![^,，。;!?\n]{0,6}?(?:问题|疑问|渠道|方式|意见|建议|投诉))/),
      p(/(?:分享|转发|转述|晒晒?|展示)(?:一下)?(?:一位|一名|几位|一条|几条)?[^,，。;!?\n]{0,8}?(?:群友|病友|患友|患者|顾客|客户|学员|会员|宝妈|家长|粉丝|网友)们?的?(?:真实)?(?:反馈|心声|好消息|喜讯|感受|经历|战绩|成果|变化)(?![^,，。;!?\n]{0,6}?(?:问题|疑问|渠道|方式|意见|建议|投诉))/),
      p(/比(?:来之前|没来之前|刚来时|刚来的时候|来的时候|第一次来时?)[^,，。;!?]{0,4}?(?:轻|瘦|少|降|小|低|掉|好)了\s?(?:\d+(?:\.\d+)?|[一二三四五六七八九十两几]+|好多|不少|一大半|一半)|(?:跟|和|给|向)(?:大家|姐妹们|宝妈们|朋友们|病友们|家人们)(?:分享|推荐|安利)(?:一下)?(?:这家|这个|这位)(?=[^,，。;!?]{0,8}?(?:医院|门诊|诊所|中心|机构|医生|大夫|专家|主任|科室))|安利(?:一下)?(?:这家|这个)(?=[^,，。;!?]{0,8}?(?:医院|门诊|诊所|中心|机构|医生|大夫))/),
      // Round thirty-five: what our patients (or those treated here) habitually say, quoted as praise (我们的患者常说：“在这里看病比在家还安心”;
      // 在本院就诊的患者中流传着一句话：“进门愁眉苦脸，出门喜笑颜开。”).
      p(/(?:我们的|本院的?|我院的?|在(?:本院|我院|这里|这儿)[^。;!?“"「]{0,10}?的)(?:患者|病人|病友|顾客|客户|家长)们?[^。;!?“"「]{0,12}?(?:常说|总说|都说|常讲|流传着?|传着)[^。;!?“"「]{0,12}?[“"「](?=[^”"」]{0,40}?(?:这里|这儿|你们|医生|安心|放心|效果|喜笑颜开|好了|没了|治好|见效|靠谱|信得过|来对))/),
      // Round thirty-five: a platform rating or a count of reviews as the proof (大众点评4.9分，2000+条好评; 累计收到好评3000余条; 好评率99.8%);
      // a patient named by where they come from, then how long and what changed (来自河北的小赵，治疗60天，额头白斑明显缩小); a review
      // signed as coming from a platform's user (——来自小红书用户@…); a collection of patients' feedback (患者反馈合集).
      p(/(?:大众点评|美团|小红书|好大夫|抖音|点评网?)(?:上|平台)?(?:评分|打分)?\s?(?:高达|达到?|为)?\s?\d(?:\.\d)?\s?分|\d+\s?\+?\s?(?:余|多)?\s?条(?:真实)?(?:好评|五星好评|五星评价)|(?:累计|收到|获得|线上|网上)[^,，。;!?]{0,6}?好评\s?\d+\s?(?:\+|余|多)?\s?条|好评率\s?(?:高达|达到?|为)?\s?\d|满意度(?:评分|打分)\s?(?:高达|达到?|为)?\s?\d+(?:\.\d+)?\s?(?:分|\/\s?10)/),
      p(/来自[\u4e00-\u9fff]{1,6}的(?:(?:小|老|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff](?:女士|先生|阿姨|大爷|同学|姐))[,，]?[^。;!?\n]{0,8}?(?:治疗|调理|坚持|照光|用药)[^。;!?\n]{0,12}?(?:缩小|变淡|淡化|复色|消失|好转|痊愈|不见|没了|好了|长出)|(?:——|--)\s?来自[^。\n]{0,10}?(?:用户|网友|患者|顾客|粉丝|病友|宝妈)|(?:患者|病友|顾客|客户|用户)\s?(?:的)?(?:反馈|好评|评价|心声|留言|故事)(?:合集|集锦|汇总|精选|大全)/),
      // Round thirty-eight (batch BP): a rating shown as a row of stars or a count of new reviews (⭐⭐⭐⭐⭐ 4.9分 | 1268条评价; 患者推荐度 ★★★★★;
      // 本月新增好评 326 条); a patient's or family's satisfaction with the result, or the friends they sent here, as the proof
      // (患者表示非常满意，已介绍多位病友前来就诊; 全家对治疗效果非常满意); patients all calling the doctor by a nickname (患者都说她是“白斑克星”).
      p(/(?:[★⭐🌟]\s?){4,5}|\d(?:\.\d)?\s?分\s?[|｜/·,，]\s?\d+\s?\+?\s?条(?:评价|点评|评论|好评)|(?:新增|本月|本周|今日|近期|最新)好评\s?\d+\s?条/),
      p(/(?:患者|病人|病友|家属|家长|全家|一家人|宝妈)(?:本人|们)?[^,，。;!?“"「]{0,12}?(?:表示|对)[^,，。;!?“"「]{0,8}?(?:非常|十分|相当|特别|很)满意(?!度)|(?:已|还|陆续|先后)(?:经)?(?:介绍|推荐|带)(?:了)?(?:多位|好几位|几位|不少|很多|身边的?)?(?:病友|朋友|亲友|亲戚|同事)(?:前来|来|过来)(?:就诊|治疗|看病|复诊)/),
      // Round thirty-eight (batch BP): a patient telling everyone they chose right (她逢人就说这次终于选对了医院); a follower's or patient's
      // treatment diary shared as the story (今天给大家分享一位粉丝的治疗日记).
      p(/逢人(?:就|便)(?:说|夸|讲|推荐|介绍)(?=[^。;!?]{0,16}?(?:选对|来对|治好|好了|没了|医院|医生|大夫|这里|这家|靠谱|神奇|灵))|(?:粉丝|患者|病友|顾客|网友|学员|宝妈|客户)(?:们)?的?(?:治疗|康复|复色|祛白|祛痘|祛斑|减肥|调理)(?:日记|打卡|记录)(?![^。;!?]{0,12}?(?:不能|不可|不代表|当作|作为)[^。;!?]{0,8}?(?:依据|证据|证明))/),
      // Round forty (batch BT): a rating given with its scale or as an average (平均评分4.8分; 4.9分（满分5分）) and a count of people
      // who left good reviews (已有超过2000位患者留下好评) as the proof; the clinic thanking a reviewer for sharing their change (谢谢您
      // 在平台上分享孩子的变化), or naming a result as what many patients or parents fed back (这也是很多家长反馈给我们的结果).
      p(/(?:平均|综合|总体|整体)(?:评分|打分|星级)\s?(?:高达|达到?|为|是|保持在|稳定在)?\s?[:：]?\s?[3-5]\.\d{1,2}\s?(?:分|星)|(?<![\d.])[3-5]\.\d{1,2}\s?(?:分|星)\s?[(（]\s?满分\s?5\s?(?:分|星)?\s?[)）]|(?:位|名)(?:患者|病人|病友|顾客|客户|用户|家长|宝妈|求美者|会员|学员)?[^,，。;!?]{0,12}?(?:留下|给出|给了|打出|写下|送上|晒出)(?:了)?(?:五星|满分)?好评/),
      p(/(?:谢谢|感谢|多谢)(?:您|你|亲|姐妹|宝子|宝妈)[^。;!?]{0,12}?(?:分享|晒出?|记录)(?:了)?[^,，。;!?]{0,8}?的?(?:变化|效果|好消息|喜讯|成果|蜕变|康复(?:经历|过程)?)(?![^,，。;!?]{0,6}?(?:问题|疑问|担忧|顾虑|不适|反应))|(?:很多|不少|许多|众多|好多|大多数|多数|大部分)(?:的)?(?:患者|病人|病友|家长|顾客|客户|用户|宝妈|学员|会员)(?:都)?(?:反馈|反映|告诉)(?:给)?(?:我们|本院|我院)?的(?:结果|效果|变化|改善|疗效)/),
      p(/(?:患者|病友|家长|病人|患友)们?(?:都|纷纷|一致|私下里?|亲切地)(?:说|称|夸|赞|称赞|夸赞|叫|称呼)(?:她|他|[\u4e00-\u9fff]{0,2}(?:医生|主任|大夫|教授|院长))(?:是|为|作)?[“"「]/),
      // Round forty-two (batch BZ): patients cured here sharing their stories at a meeting (已康复的老病友将现场分享他们的治愈经历), what
      // cured patients sent in (治愈患者写来的明信片), a wall of them (康复患者墙).
      p(/(?:治愈|康复|痊愈)(?:了)?的?(?:老)?(?:患者|病人|病友|患友|宝妈|家长)们?[^。;!?]{0,14}?(?:分享|讲述|介绍|现身说法|谈谈|讲讲|聊聊|说说)[^。;!?]{0,8}?(?:经历|经验|故事|心得|历程|体会)|(?:治愈|康复|痊愈)(?:的)?(?:患者|病人|病友|者)们?(?:写来|寄来|送来|留下)的?[^,，。;!?]{0,6}?(?:明信片|贺卡|感谢卡|信|照片|合影)|(?:康复|治愈|痊愈)(?:患者|病友|者)(?:照片|合影)?墙/),
      // Round forty-two: thanks sent in to the doctor (特地发来自拍说要谢谢刘医生), a patient's quoted words addressed to the doctor with a
      // result (“大夫，我那毛病再也没犯过”), a mother back with her baby to thank us, a patient of mine with the outcome (我的一位患者，…皮损基本
      // 清除), someone treated with our remedy and what went (有个大哥…喝了我们的汤药一个月，复查息肉没了), a patient's road to a result as a title.
      p(/(?:特地|特意|专门|专程)?(?:发来|送来|写来|寄来|带来)[^,，。;!?]{0,8}?(?:说要?|表示)?(?:感谢|谢谢|道谢|致谢)[\u4e00-\u9fff]{0,4}?(?:医生|大夫|主任|护士|医护|团队|我们|医院)/),
      p(/[“"「](?:[\u4e00-\u9fff]{0,2}(?:大夫|医生|主任|教授|护士))[,，!！]\s?[^”"」\n]{0,30}?(?:再也没|没再|好了|不疼了|不痒了|不痛了|没犯|消了|没了|治好|痊愈|能睡|全好)(?![^”"」\n]{0,12}?[吗?？])/),
      // Round fifty (batch CX): a patient or family come on purpose to give thanks, with no letter or banner named (…至今未复发，特来感谢;
      // 康复后专程回来向主任道谢).
      p(/(?:特来|专程(?:来|前来|回来|赶来|回院)|特地(?:来|前来|回来|赶来|回院)|特意(?:来|前来|回来|赶来|回院)|登门)(?:向[^,，。;!?]{0,8}?)?(?:表示|表达)?(?:感谢|致谢|道谢|谢恩|报喜)/),
      p(/(?:抱着|带着)(?:宝宝|孩子|娃|小宝贝|新生儿)[^。;!?]{0,6}?(?:回来(?:看|探望|感谢|谢|报喜)(?:我们|大家|医生|护士|医护|主任)|来(?:感谢|报喜|道谢))/),
      // Round fifty-six: one particular patient's course told to its end, as the proof (上周复诊的赵阿姨，照光两个月白斑全部长回来了;
      // 有位在外企上班的姑娘，斑秃治了三个月头发都长齐了; 老周，白癜风十几年，做了二十次光疗白斑全没了). The same story with a
      // result short of the end (缩小, 好转) is a course, not a proof; a case report tells it under its own rules.
      p(PATIENT_COURSE, { levels: { case: 'off' } }),
      p(/我(?:的|有)(?:一位|一个|一名|个|位)(?:老)?(?:患者|病人|病号|患儿)[^。;!?]{0,60}?(?:基本清除|清除了|没再复发|再也没(?:有)?(?:犯|发作|复发)|痊愈了?|治好了|全好了|复色了|康复了|消失了)/),
      p(/(?:有(?:个|位|一个|一位|名)|那(?:个|位)|一位|这位)[^。;!?]{0,30}?(?:用|吃|喝|做|涂|贴|敷|泡)了?(?:我们|本院|我院|咱们)(?:的|家的?|这里的?)[^。;!?]{0,20}?(?:没了|好了|消了|不见了|全消|消失|痊愈|治好|复色)/),
      p(/(?:患者|病友|顾客|客户|宝妈|学员|姐妹)[\u4e00-\u9fff]{0,3}?的(?:康复|蜕变|逆袭|变美|重生|抗痘|祛痘|祛斑|减肥|瘦身|祛白|生发|植发|抗敏)(?:之路|之旅|日记)/),
      // Round forty-two (batch BZ): the patient's own then and now around treatment here (“我以前膝盖疼得连楼梯都上不去，在这儿做了五次小针刀，现在能跳广场舞了！”).
      p(/(?:我|俺)(?:以前|之前|原来|过去|当初)[^。!?]{0,24}?(?:在这儿|在这里|在你们这|在贵院|来这儿|来这里|到这儿|到这里)[^。!?]{0,16}?(?:现在|如今)[^。!?]{0,10}?(?:能|敢|可以|不再|再也不)/),
      // Round fifty-five (batch DM): results shown off, in a group chain or a call to patients (群接龙晒效果; 欢迎病友们晒晒复色变化); 防晒效果,
      // 日晒 and 晾晒 are sun, not show.
      p(/(?<![防曝暴日晾翻])晒(?:一晒|一下|晒|出)?(?:你的|您的|大家的|自己的|各自的|宝宝的|孩子的)?(?:治疗|调理|复色|祛痘|祛斑|生发|康复|用药)?(?:效果|疗效|成果|战绩|变化|好转|复色照?|前后(?:对比|照片?)?|对比照?)(?![^,，。;!?\n]{0,4}?(?:问题|误区|风险|须知|规定))/),
      // Round forty-two (batch BZ): a line labelled as a patient's feedback, then a result or thanks (患者反馈：治疗后症状明显消退，…非常感激医生).
      p(/(?:患者|病人|病友|患友|顾客|客户|家长|宝妈|家属)(?:反馈|心声|评价|留言|感言)\s?[:：][^\n]{0,40}?(?:感激|感谢|谢谢|多亏|(?:明显|基本|完全|全部)?(?:消退|好转|改善|减轻)|好了|没了|痊愈|治好)/),
      // Round one hundred and one (batch HE): someone else's word that since taking up the remedy or the activity their complaint is gone
      // (老王说自从跟大家钓鱼，失眠全好了; 邻居阿姨讲，自从喝了这茶，腰就不疼了): a reported result, the speaker named; 老王说自从退休，天天来钓鱼
      // and 邻居说自从修了路，出门方便多了 report no complaint gone.
      p(/(?:[老小阿][\u4e00-\u9fff]|阿姨|大爷|大妈|大娘|大姐|大哥|大叔|叔叔|婶婶|奶奶|爷爷|邻居|街坊|顾客|客人|会员|学员|病友|朋友|同事|家长|宝妈|[\u4e00-\u9fff]友)(?:们)?(?:都)?(?:说|讲|告诉我|跟我说|逢人就说)[:：,，]?\s?[“"「]?自从[^。!?]{1,16}?[,，]\s?[^。!?,，]{0,8}?(?:不(?:疼|痛|痒|咳|喘|晕|麻|酸|胀)了|一觉(?:睡)?到(?:大)?天亮|(?:失眠|腰痛|腰疼|头痛|头疼|胃病|胃痛|颈椎病?|关节痛|老毛病|毛病|病|鼻炎|湿疹|咳嗽|便秘|风湿|血压|血糖)[^,，。;!?]{0,3}?(?:全|都|就|已经|也|早就)?(?:好了|没(?:再)?犯(?:过)?|降下来了|正常了))/),
    ],
    negation: 'suppress',
    hedge: false,
    // A doctor speaking in the first person about patients (我在门诊常听到患者说…) is not a patient's testimony.
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      // Round one hundred and seventeen (batch IJ): the marker named to say the praise is made up by whoever sells (网上那些“患者感谢信”很多是商家自己写的;
      // 所谓的锦旗照片不少是找人摆拍的; 好评多半是水军刷的), with no clinic of ours in the sentence: a warning, not a testimony. 本院墙上的感谢信都是乡亲们自己写的
      // names the clinic and is read as before.
      if (/^[”"」』]?[^。;!?]{0,10}?(?:(?:商家|店家|卖家|机构|诊所|医院|水军|托儿?|广告商)(?:自己|自个儿)?|自己|自个儿|雇人|花钱|找人|请人)(?:写|编|造|刷|拍|摆拍|买|伪造|杜撰|编造)(?:出来)?的|^[”"」』]?[^。;!?]{0,10}?(?:伪造|杜撰|编造|摆拍|造假|是假的|假的)/.test(c.norm.slice(c.end, c.end + 24)) && !/本院|我院|我们|本中心|本诊所|本科室|咱们|咱家|这家|你们/.test(c.sentence)) return false;
      // Round one hundred and ten (batch HW): a case note's history in the patient's own words (患者自述防晒后斑色略有变淡; 家属代诉停药后皮疹未再加重)
      // records what was told, as other rules read CASE_HISTORY_TOLD; a quotation or our clinic named in it is still read.
      if (c.docType === 'case' && /^(?:患者|病人|患儿|家属)?(?:自述|自诉|代诉|诉)/.test(hit) && !/本院|我院|我们|本中心|这家|[“"「『]/.test(c.sentence)) return false;
      // Round one hundred and two (batch HG): a message box's bracketed label over a request or a complaint about the service (【患者留言】停车位太少，
      // 希望能多划几个), with no result of treatment told on its line, is a suggestion box, not a patient's testimony.
      if (/^\s?[【\[〔][^】\]〕]{1,10}[】\]〕]$/.test(hit) && MESSAGE_BOX_LABEL.test(hit) && !MESSAGE_BOX_STORY.test(hit)) {
        const lineEnd = c.norm.indexOf('\n', c.end);
        const rest = c.norm.slice(c.end, lineEnd < 0 ? c.norm.length : lineEnd);
        if (MESSAGE_REQUEST.test(rest) && !MESSAGE_RESULT.test(rest)) return false;
      }
      // Round one hundred and seven (batch HP): a bare message wall or box named for questions and suggestions (现场设有留言墙，可写下困惑和建议; 意见箱
      // 收集大家对服务的意见), or kept out of publicity (留言不会用于任何宣传), tells no story, when no result of treatment is told in the sentence.
      if (/^(?:患者|病友|顾客)?(?:留言(?:墙|板|本|簿|箱)|意见(?:箱|簿|本))$/.test(hit) && (/(?:困惑|疑问|问题|意见|建议)/.test(c.sentence) || /不(?:会|得)?(?:用于|用作)[^,，。;!?]{0,4}?(?:宣传|广告)|不对外(?:公开|展示)/.test(c.sentence)) && !MESSAGE_RESULT.test(c.sentence) && !MESSAGE_BOX_STORY.test(c.sentence.replace(/(?:意见|建议)/g, ''))) return false;
      // Round ninety-four (batch GQ): a row of stars that is the legend of another scale (疼痛评分：★☆☆☆☆ 表示轻微，★★★★★ 表示剧痛; 运动强度 ★★★★),
      // said to stand for a degree of pain, difficulty or risk, rates no clinic; stars beside satisfaction, a doctor or a result still do.
      if (/^[★⭐🌟\s]+$/.test(hit) && (/^[\s☆]*(?:表示|代表|即|指|=|＝)/.test(c.norm.slice(c.end, c.end + 6)) || /(?:疼痛|痛感|难度|强度|辣度|风险|严重程度|分级|等级)[^,，。;!?]{0,6}$/.test(c.norm.slice(c.sentenceStart, c.start))) && !/满意|推荐|好评|评价|评分高|口碑|效果|疗效|服务|医生|医术|技术/.test(c.sentence)) return false;
      // Round ninety-one (batch GK): a reader's feedback that corrects the article (读者反馈：上期…表述有误，现已更正; 感谢读者指正) is an
      // erratum: the thanks are for the correction, and no treatment result is told.
      if (/(?:读者|网友|粉丝|用户)[^。;!?]{0,4}?(?:反馈|留言|来信|指出|指正)/.test(hit) && /更正|勘误|订正|纠正|修正|指正|(?:有误|错误|不准确|不够准确|笔误)/.test(c.sentence) && !/治好|好了|痊愈|治愈|复色|消失|见效|不痒了|不疼了|多亏/.test(c.sentence)) return false;
      // Round seventy-eight (batch FK): a thank-you video or letter the paragraph says shows no real patient (本视频不涉及任何患者; 员工出镜，非真实病例):
      // staff thanked or a demonstration, with no result of treatment claimed.
      if (/视频|短片|字幕|片子/.test(hit) && c.paragraphHas(/不涉及(?:任何)?(?:真实)?(?:患者|病人|病例)|非真实(?:的)?(?:病例|患者|病人|案例)|(?:不是|并非)真实(?:的)?(?:病例|患者|病人|案例)/) && !c.paragraphHas(/治好|好了|痊愈|治愈|复色|消失|康复/)) return false;
      if (PATIENT_COURSE.test(hit) && COURSE_NOT_TOLD.test(hit)) return false;
      // Round ninety-five (batch GR): a blood pressure said to be steady as the reason a patient stopped the drug (患者说血压一直很稳就自行停了药，这很危险) warns.
      if (/(?:血压|血糖|血脂|尿酸|心率)[^,，。;!?]{0,4}?(?:稳稳|一直很稳|稳稳当当)$/.test(hit) && /自行|擅自|自己(?:就)?停|停(?:了|掉)?药|危险|千万|不要|切勿/.test(c.sentence)) return false;
      // Round seventy-two (batch EX): the English label denied by an English negation before it (No testimonials, we never post patient
      // stories, without any patient reviews): the context reads Chinese negations only.
      if (/^[a-z\s]+$/.test(hit) && /(?<![a-z])(?:no|without|never|not|zero)\s?(?:(?:use|show|post|publish|display|share|print|run)s?\s?)?(?:any\s?)?(?:real\s?|fake\s?|paid\s?)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 30), c.start))) return false;
      // Round sixty-four (batch EI): a reader's thanks for an answer or an explanation on the message board (网友留言：谢谢医生上次的耐心解答！;
      // 感谢您的回复，我明天去挂号), with no result anywhere in the paragraph, thanks the doctor for information, not for a cure.
      if (/(?:谢谢|感谢|多谢)[^,，。;!?]{0,10}?(?:解答|回复|答复|答疑|讲解|解释|科普|提醒|回答)/.test(c.sentence) && !c.paragraphHas(/治好|好了|好多了|没了|消失|消退|复色|痊愈|康复|效果|疗效|见效|不痒|不疼|不痛|淡了|小了|浅了|长出|妙手|神医|救了|推荐/)) return false;
      // Round fifty-five (batch DK): the clinic's reply thanking a reviewer for the review itself (商家回复：谢谢您的五星好评，我们会继续改进挂号
      // 流程), with no result and none of the reviewer's words quoted in the paragraph, answers the review; it shows no patient's word as proof.
      if (/好评$/.test(hit) && /(?:谢谢|感谢|多谢)(?:您|你|亲|大家|各位)?(?:们)?的?[^,，。;!?]{0,4}$/.test(c.norm.slice(c.sentenceStart, c.start)) && !c.paragraphHas(/治好|好了|没了|消失|复色|痊愈|康复了|见效|效果|疗效|断根|不再|再也|[“"「]|(?:您|你)(?:说|提到|写)/)) return false;
      // Round forty-two (batch BZ): a patient's report of another product's quick result, quoted to warn that such products are found
      // adulterated (有患者留言说用了某网红药膏“三天见效”，…常被检出违规添加激素，请勿跟风), attests nothing of ours.
      if (/检出|违规添加|非法添加|(?:请勿|不要|别|切勿)跟风/.test(c.sentence) && !/本院|我院|我们(?:的|这里|这儿|家)|你们(?:的|这里|这儿|家)/.test(c.sentence)) return false;
      // Round twenty-eight: screenshots the reader is told not to post or to mask (请勿转发他人的聊天截图) show no one's praise; a customer's
      // report of a reaction to our product (宝妈反馈用了我们的护臀膏后发红，已建议停用) or a question is no testimonial; thanks received
      // that end in a question (收到留言：“谢谢医生，请问术后能洗头吗？”) attest nothing; a case report numbers its patients.
      if (/截图|聊天记录/.test(hit) && /(?:请勿|切勿|不要|禁止|勿|别)[^。;!?]{0,10}?(?:发布|转发|上传|晒|公开|外传)|打码|隐私/.test(c.sentence)) return false;
      if (/(?:用了|吃了|做了|喝了|贴了|试了|调理了|坚持了|按了)(?:我们|你们|咱们|本院|我院|这里|这家)的$/.test(hit) && /停用|停药|过敏|不良反应|副作用|不适|红肿|发红|刺痛|投诉|退货|[?？吗]/.test(c.sentence)) return false;
      if (/^(?:一位|一名|这位|那位|有位|有一位|一个)/.test(hit) && /^[^“"「]{0,22}?(?:医生|医师|大夫|专家|主任|护士|教授|药师|研究|学者|营养师)/.test(hit)) return false;
      if (/^收到/.test(hit)) return !/[?？吗呢]\s*$/.test(c.norm.slice(c.start, c.end + 60).split(/[”"」\n]/)[0]!);
      if (c.docType === 'case' && /^(?:客户|顾客|患者|病友|学员|会员|用户|宝妈|家长)\s?[a-z甲乙丙丁\d]\s?[:：]/.test(hit)) return false;
      // Round thirty-one: a case record's own line for the patient (患者：服药后腹痛好多了) is the record, not a testimonial.
      if (c.docType === 'case' && /^(?:患者|病人)[:：]/.test(hit)) return false;
      // Round forty (batch BU): a case record's self-report line (患者自述：“…小了一些，手上的没什么变化，医生说要继续观察。”) giving a mixed or
      // unfinished course, with no thanks and no full result, is the record's history, not a testimonial.
      if (c.docType === 'case' && /^(?:患者|病人)(?:本人)?(?:自述|主诉)\s?[:：]/.test(hit) && /没(?:什么|有)?(?:明显)?(?:变化|效果|改善)|不明显|(?:继续|还要|还需|仍需|需要)(?:观察|随访)|时好时坏|反反复复/.test(c.sentence) && !/感谢|谢谢|多亏|来对了|推荐|靠谱|神奇|全好|痊愈|治好|全消|全没|不见了|复发/.test(c.sentence)) return false;
      // Round forty-five (batch CI): a patient's letter or message reporting a complaint or a suggestion, answered with the clinic's thanks for
      // it (患者来信反映夜间缴费不便，我们已增设自助机，感谢您的监督), attests no result.
      if (/感谢(?:您|你|大家|各位)?(?:们)?的?(?:宝贵|中肯)?(?:建议|意见|批评|监督|反馈|提醒)/.test(c.sentence) && /反映|投诉|意见|建议|不便|繁琐|排队|等候|改进|整改|已(?:于|经)?[^,，。;!?]{0,6}?(?:上线|增设|开通|调整|优化)/.test(c.sentence) && !/治好|好了|没了|消失|复色|痊愈|效果|疗效|康复/.test(c.sentence)) return false;
      // Round ninety-seven (batch GW): thanks for an activity someone organised (王阿姨来信感谢协会组织的免费体检; 家长感谢学校安排的防溺水讲座), with no
      // result in the sentence, attests no treatment: the letter thanks an organiser for an event.
      if (/(?:感谢|谢谢|感激)[^,，。;!?]{0,12}?(?:组织|举办|安排|开展|承办)的?[^,，。;!?]{0,8}?(?:体检|讲座|义诊|活动|联欢|培训|课程|筛查|讲课|健康课|郊游|旅游|比赛|运动会|演出|茶话会)/.test(c.sentence) && !/治好|好了|没了|消失|复色|痊愈|效果|疗效|康复|不疼|不痛|利索|见效|让我|帮我/.test(c.sentence)) return false;
      // Round fifty-four (batch DI): a banner, letter or gift the doctor declined or the clinic refuses (今天有位患者想送锦旗，我婉拒了;
      // 本科室谢绝锦旗和感谢信), with no result in the sentence, is a refusal, not a testimonial.
      if (/锦旗|感谢信|红包|礼物|礼品/.test(hit) && /婉拒|谢绝|拒收|不收|退回|退还|不接受|没有收|没收下|(?:请勿|不要|不必|不用|别)(?:再)?(?:赠送|送)/.test(c.sentence) && !/治好|好了|没了|消失|复色|痊愈|康复|妙手回春|华佗|神医|干干净净|全消|不见了/.test(c.sentence)) return false;
      // Round twenty-seven: testimonials the clinic says it does not publish (本网站不发布患者评价、感谢信; 本院官网不展示任何患者评价、
      // 案例照片或康复故事) are a policy, not a testimonial.
      if (TESTIMONY_DISOWNED.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 30), c.start))) return false;
      if (TESTIMONY_REMOVED.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 30), c.start))) return false;
      // Round forty (batch BT): a wall or board said, later in the sentence, to show no patient's words or results (感谢墙…仅展示员工之间的
      // 感谢卡，不展示任何患者信息或治疗效果); good reviews said not to be the aim (五星好评不是我们的目标).
      if (/(?:不|从不|不会|绝不|禁止|严禁|不得)(?:对外)?(?:展示|发布|张贴|公开|刊登|悬挂)(?:任何)?(?:患者|病人|顾客|客户|病友)[^,，。;!?]{0,8}?(?:治疗效果|疗效|效果|评价|证言|案例|感谢信|照片|故事)/.test(c.norm.slice(c.end, c.sentenceStart + c.sentence.length)) && !/治好|好了|没了|消失|复色|痊愈/.test(c.sentence)) return false;
      // Round forty-nine (batch CS): the letters or banners said, later in the sentence, not to be used or shown as publicity (锦旗、感谢信等
      // 不作为宣传材料对外展示; 患者来信一律不用于广告) are a policy, not a testimonial.
      if (/^[^。;!?]{0,12}?(?:均|都|一律|概|也)?(?:不|从不|不会|不得|不可)(?:作为|用作|用于|拿来|对外)[^,，。;!?]{0,8}?(?:宣传|广告|展示|公开|推广)/.test(c.norm.slice(c.end, c.end + 30)) && !/治好|好了|没了|消失|复色|痊愈|康复/.test(c.sentence)) return false;
      if (/^[^,，。;!?]{0,4}?(?:不是|并非|并不是|不该是|不应是)(?:我们的?|本院的?|医生的?)?(?:目标|目的|追求|重点|关键)/.test(c.norm.slice(c.end, c.end + 16))) return false;
      // Round thirty-eight (batch BP): the policy inside the match itself, under a heading that names the subject (## 关于患者评价\n本院网站
      // 不发布患者评价、感谢信…): what is said of patients' words there is that they are not published.
      if (/(?:不|从不|不会|绝不|禁止|严禁|不得|拒绝)(?:在[^,，。;!?]{0,10}?)?(?:对外)?(?:展示|发布|刊登|张贴|公开|悬挂|征集|刊发|转载|上传)/.test(hit) && !/治好|好了|没了|消失|复色|痊愈/.test(hit)) return false;
      // Round twenty-seven: words quoted after 他/她 or a patient that give advice (他说：“坚持用药就会好了”) or come from a doctor
      // report no patient's result.
      const q = hit.search(/[“"「]/);
      if (q > 0 && /^(?:患者|病人|病友|患友|家长|家属|宝妈|阿姨|大爷|大妈|奶奶|爷爷|女士|先生|小姐|大姐|大哥|大叔|老人|姑娘|小伙|客户|顾客|他|她)/.test(hit)) {
        if (/(?:医生|大夫|主任|护士|专家|医师|教授)长?$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start))) return false;
        const said = hit.slice(q);
        if (/建议|应该|记得|别|不要|按时|坚持|如果|只要|一定要|需要/.test(said) && !/我|俺|你们|您们/.test(said)) return false;
      }
      // Round sixty-nine (batch ER): the law's ban on proof in patients' names stated (锦旗是致谢方式，但医疗广告不得以患者的名义作证明), and a policy
      // in English of not publishing patients' words (We do not publish patient testimonials; we never post reviews), with no clinic of ours claiming a result.
      if ((/(?:不得|禁止|严禁|不能|不可|不允许)(?:以|利用|用|借)[^,，。;!?]{0,8}?(?:患者|病人|病友|消费者|就诊者)[^,，。;!?]{0,4}?名义/.test(c.sentence) || /(?<![a-z])(?:do|does|will|shall)\s?not\s?(?:publish|post|display|share|show|use)(?![a-z])|(?<![a-z])(?:never|don'?t|doesn'?t|won'?t)\s?(?:publish|post|display|share|show|use)(?![a-z])/.test(c.sentence)) && !/本院|我院|我们(?:的|这里)|治好|好了|痊愈|复色|cured|cleared/.test(c.sentence)) return false;
      // Round fifty (batch CW): patients' stories named in order to say they are no evidence and cannot replace a diagnosis (Patient stories
      // are not medical evidence; 别人的“亲身经历”不能代替正规诊疗), with no clinic of ours in the sentence.
      if (/not\s?(?:medical\s?|scientific\s?)?(?:evidence|proof)|不能(?:代替|替代|作为|当作|证明)|不等于|无法(?:核实|查证|证实)|不是(?:医学|科学)?(?:证据|依据)/.test(c.sentence) && !/本院|我院|我们|这里|这家|贵院/.test(c.sentence)) return false;
      // Round seventy-five (batch FE): banners, letters or reviews said not to reflect a clinic's quality or skill (锦旗不能反映医疗质量,
      // 好评多少不代表医术水平), in that sentence or as the answer to a question about them (锦旗越多的医院越好吗？…), with no clinic of ours.
      {
        const NOT_QUALITY = /(?:不能|无法|并不能|不一定能|不足以|不)(?:反映|代表|说明|证明|衡量|体现)[^,，。;!?]{0,6}?(?:质量|水平|水准|好坏|能力|医术|技术)/;
        const OURS_HERE = /本院|我院|我们|这里|这家|贵院/;
        if (NOT_QUALITY.test(c.sentence) && !OURS_HERE.test(c.sentence)) return false;
        if (/(?:吗|么|呢)[”"」』]?\s*[？?]?[”"」』]?\s*$/.test(c.sentence) && c.paragraphHas(NOT_QUALITY) && !c.paragraphHas(OURS_HERE)) return false;
      }
      // Round twenty-six: reviews put out by an impostor and disowned (冒用本院名义发布的“患者好评”并非本院制作) praise no one.
      if (/冒用|冒充|假冒|盗用|仿冒|伪造|虚假/.test(c.sentence) && /并非|不是|与本院无关|与我院无关|非本院|非我院|未授权|举报|谨防|警惕/.test(c.sentence)) return false;
      // Round twenty-five: a regret that warns about a delay (她说后悔没早点来，耽误了病情) praises no one.
      if (/后悔/.test(hit) && /耽误|延误|错过(?:了)?(?:最佳|治疗)|恶化|晚期|加重了/.test(c.sentence)) return false;
      // Round eleven: testimonials named in order to say they prove nothing (网上流传的“亲测有效”帖子大多无法核实).
      // Round thirty-seven (batch BL): praise set aside for the facts a reader can check (与其看它发布的好评和锦旗，不如查一查它的执业许可).
      if (/与其(?:看|信|相信|听|迷信)[^。;!?]{0,20}?(?:不如|倒不如|还不如)[^,，。;!?]{0,10}?(?:查|核实|了解|看看|问问)|不代表[^,，。;!?]{0,4}?(?:效果|疗效|有效)|不能(?:说明|证明)[^,，。;!?]{0,6}?(?:有效|有用|管用|效果|疗效)|自然波动|(?:可能|很可能)与[^,，。;!?]{0,12}?(?:病程|自愈|巧合)[^,，。;!?]{0,2}?有关|自限|自然病程|无法核实|难以核实|无从核实|无法证实|未经(?:核实|证实|验证|核查)|真假难辨|(?:被|花钱)?(?:雇|请)来的|演员|托儿|水军|摆拍|剧本|(?:往往|通常|大多|多半)?(?:缺少|缺乏)[^,，。;!?]{0,6}?(?:诊断|随访|依据|证据|对照|信息)|不能作为[^,，。;!?]{0,6}?(?:依据|证据)|(?:不能|不得|不可|禁止)(?:作为|用于|用作|出现在|用来)[^,，。;!?]{0,8}?(?:宣传|广告)|不在[^,，。;!?]{0,6}?(?:展示|张贴|悬挂|公开|发布)|不(?:对外)?(?:展示|张贴|悬挂|公开|发布)(?=[,，。;!?]|$)/.test(c.sentence) && !/本院|我院|我们(?!建议|提醒)/.test(c.sentence)) return false;
      // A case report is made of labelled cases and their course; the same label in promotion is a testimonial.
      // Round forty-one (batch BW): a case called real or successful and shared or shown (真实案例分享｜刘先生…) is publicity even there.
      if (c.docType === 'case' && /^[【\[]?(?:典型|成功|真实)?(?:病例|案例)/.test(hit) && !/^[【\[]?(?:成功|真实)(?:病例|案例)[】\]]?\s?(?:分享|展示|见证|集锦|合集|大公开|回顾)/.test(c.norm.slice(c.start, c.end + 6))) return false;
      // Round fourteen: a case report's table of patients and what they reported is its data, not a testimonial.
      if (c.docType === 'case' && /\|/.test(hit)) return false;
      // Round fourteen: a bracketed label over a channel, a rule or a question (【患者反馈】如有意见请拨打…) introduces no words of patients.
      // Round thirty: a story, diary or case label stays one when its title asks how the person got well (【康复故事】小陈的白斑是怎么好的？).
      if (/^\n?\s?[【\[〔]/.test(hit) && /(?:故事|日记|见证|案例|心声|感言)[】\]〕]$/.test(hit)) return !/投诉|意见|建议|渠道|拨打|电话|填写|须知|栏目|规则|流程|仅刊登|不涉及/.test(c.norm.slice(c.end, c.end + 60).split('\n')[0]!);
      if (/^\n?\s?[【\[〔]/.test(hit)) return !/投诉|意见|建议|渠道|拨打|电话|填写|须知|栏目|规则|流程|仅刊登|不涉及|[?？吗]\s*$/.test(c.norm.slice(c.end, c.end + 60).split('\n')[0]!);
      // Round fourteen: a result here under a condition (在我们这里做完检查后，若指标降到正常范围，可…) reports no one's cure.
      if (/^(?:在这里|在这儿|来这里|来这儿|在这家|在贵院|到这里|到这儿|在我们这)/.test(hit) && /若|如果|假如|倘若|一旦|如有|如若/.test(hit)) return false;
      // Round fourteen: messages shared in order to answer them (把这几条留言分享给大家：“宝宝湿疹要不要忌口？”) attest nothing.
      if (/^(?:私信|留言|评论|反馈|来信|好评|晒单)/.test(hit)) {
        const quoted = c.norm.slice(c.end, c.end + 80).split(/[”"」\n]/)[0]!;
        return !/[?？吗呢]\s*$/.test(quoted);
      }
      // An interview is proof only when it reports a result (降到, 好了, 停药…), not a question or a regret.
      if (/^(?:采访|专访|走访|回访|找到|联系)/.test(hit)) return /(?:降|减|瘦|掉)(?:到|至|了)|(?:\d|[一二三四五六七八九十两])\s?(?:斤|公斤|kg|cm|厘米)|好了|没了|消了|停药|恢复正常|一切正常|痊愈|治好|不再|再也没|没再|不见了|终于|明显(?:好转|改善|变)|不(?:疼|痛|痒|咳|喘|麻|酸)了|就[\u4e00-\u9fff]{1,2}了/.test(c.sentence);
      // Round thirteen: a life regained "now" is a testimonial in the patient's own quoted words, not in a doctor's summary
      // (患者常说现在能睡好觉了，这是病情控制的表现).
      if (/现在[^,，。;!?]{0,4}?(?:能|可以|不用|不再|又能|敢)[^,，。;!?]{1,10}?了$/.test(hit) && !/[“"「:：]|发来|写来|来信|私信|留言/.test(hit)) return false;
      // Round thirteen: a reader's question signed with a dash (“…需要忌口吗？”——王女士) attests nothing.
      if (/^(?:——|--)/.test(hit)) return !/[?？吗][”"」]?\s?$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start));
      if (!/^(?:我|俺|本人)/.test(hit)) return true;
      if (/^我(?:们|院|科)/.test(hit)) return false;
      // Round fifty-one (batch CY): a patient's own mixed or unfinished course (我的白斑治了一年多，有些地方复色了，有些还没变化), with no
      // thanks, no full result and no clinic credited, reports the course as round forty's case line does; it attests nothing.
      if (/没(?:什么|有)?(?:明显)?(?:变化|效果|改善|动静|起色)|不明显|时好时坏|反反复复|还没(?:有)?(?:变化|好|复色|长出?|消)/.test(c.sentence) && !/感谢|谢谢|多亏|来对了|推荐|靠谱|神奇|全好|痊愈|治好|全消|全没|不见了|这里|这儿|这家|这边|你们|贵院|本院|我院|终于/.test(c.sentence)) return false;
      // Round thirty-one: a speaker who says they will not tell whose illness was cured (我不会跟你讲哪个病人被治好了) tells none.
      if (/不(?:会|想|打算)?(?:跟|和|给|对|向)(?:你|您|大家)(?:讲|说|吹|晒)[^,，。;!?]{0,6}?(?:哪个|哪位|谁|什么)/.test(c.sentence)) return false;
      // Round thirty-seven (batch BL): a clinic named as where the speaker was treated (在那家心理门诊做了八周治疗) is no doctor's 门诊.
      return !/接诊|(?<!(?:那|这|一)家[\u4e00-\u9fff]{0,4})门诊|出诊|坐诊|我是[^,，。;!?]{0,8}?(?:医生|大夫|护士|主任)(?![^。;!?]{0,12}?(?:长了|得了|患了|自己))|作为(?:一名)?(?:医生|大夫|护士)|听到|常被问|(?:患者|病人|家长)(?:说|问|告诉)|如果|假如|希望|建议|提醒|以为|明白|知道/.test(c.sentence);
    },
    examples: {
      bad: ["隔壁床的刘阿姨告诉我，她抹了两个星期，腿上的癣全没了", "粉丝留言：“喝了一个月，头皮屑真没了”", "这一期我们精选了三位会员的真实心得，都是做完疗程后写的", "去年那面锦旗，是一位痘肌患者专门送来的", "我介绍过去的几个同事都在那儿调理的，个个回来谢我", '本科室走廊挂满了乡亲们的感谢信，都是他们自己写的', '回复：这是我们门诊患者自己拍的反馈视频，大家可以看看', '病友录的感谢视频已经发在主页了', '三号楼王阿姨用了这药膏，手上的湿疹现在一点都看不出了', '隔壁刘大爷抹了两个礼拜，腿上的癣完全看不见了', '有位室友私信说：泡了半个月脚，脚气再也没犯', '我家老二用过，确实有效', '讲个我自己的经历，脸上的痣就是在这家诊所去掉的', '用户真实体验：“涂了半个月，头皮终于不痒了”', '会员原声：“敷完一个月，斑淡了不少”', '会员调理之后的真实评价都在这里', { text: '患者自述：“在我们这里做了两次，脸上的斑全没了”', type: 'case' }, '看看“真实案例”之类的顾客分享，效果一目了然', '下面来看看几位老病友如何评价本院的针灸治疗', { text: '不妨听听做过的顾客们怎么评价这个祛痘项目', type: 'ad' }, '学员心得分享：“练了一个月，效果非常明显”', { text: '1. 患者评价：「这个疗程真的管用，推荐！」', type: 'ad' }, '会员留言：“做完两次，皮肤真的改善了”', '坐在对面的病人说，他泡了一个月脚，腿都不肿了', { text: '候诊区新设了留言墙，贴满了病友写的感谢信和康复故事', type: 'institution' }, "她在信中写道，做完三次后斑淡了很多", {"text": "他在感谢卡上写着，腰再也没疼过", "type": "institution"}, "“做完半年同事都说我年轻十岁”——一位顾客的感言", '下面分享一名白癜风病友的八年康复之路', '一位老客户回访时说：“毛孔比之前细了好多，上妆也服帖了”', '学员心得：跟着练了三个月，后背再也不长痘了', '顾客回馈：涂了两周，头发密了不少', '不少患友在群里反馈，手上的裂口都好了', '会员留言：泡了半个月，脚气再没犯过', '姐妹们都说换了这个方子，脸上都不冒闭口了', '一位病友跟我说，他的手癣涂了三周就好了', { text: '有位顾客告诉我们，她脸上的斑抹了一个月就淡了', type: 'institution' }, { text: '【患者留言】希望更多人知道，我的湿疹在这里治好了', type: 'institution' }, '邻居阿姨讲，自从喝了这茶，腰就不疼了', '老周逢人就说，自从来店里泡脚，老毛病全好了', "会员留言：跟着练了两个月，腰不疼了", { text: "【住客心声】“住了三晚，老胃病不犯了”", type: "ad" }, "有队员反映，坚持打了一个月拳膝盖不酸了", "老主顾说，吃了这个红豆粥以后晚上睡得踏实了", "有位房客留言说，在山里住了五天，颈椎病好利索了", "好几位团员反馈，唱了半年，哮喘一次都没犯过", "隔壁的刘大叔泡了半个月，脚后跟不疼了", { text: "有位老茶客喝了两个月，血压稳稳的", type: 'ad' }, "有家长照着做，孩子再也没犯过", "那位常坐长途车的乘客说，贴了三天腰就不酸了", "李大爷来信感谢本中心组织的理疗活动，说他的腰再也不疼了", "老街坊说，贴了一个月膏药，他的肩周炎全好利索了", { text: "张大叔用了半年足浴包，他说自己的老寒腿已经好利索了", type: 'ad' }, "接下来请看几位宝妈的亲身经历，她们是怎么调理好的", { text: "以下就是院友们的真实反馈", type: 'institution' }, { text: "院友们说，泡了两周药浴，膝盖不肿了", type: 'ad' }, "老邻居们都说，喝了这个茶，手脚再不冰了", "好几位病友跟我们讲，敷了两回药，膝盖轻快多了", { text: '王大爷逢年过节都说，喝了我们的降压茶，血压一直很稳', type: 'ad' }, "一位读者来信说，按书里的方法泡脚，总算摆脱了多年的失眠", { text: '医生技术：★★★★★ 表示非常满意', type: 'institution' }, "来看看这位大爷的真实反馈：贴了两周膝盖好多了", { text: '来电听众：我分享一下自己的亲身体验，老胃病喝了两个月的养胃粉，现在胃不疼了', type: 'ad' }, { text: '读者来信：按文中方法护理两周，湿疹好了很多，感谢医生，文中有个错别字请更正', type: 'institution' }, { text: '感谢视频｜护士节特辑：患者说“谢谢你们，我的湿疹终于好了”', type: 'institution' }, { text: 'Real patient stories 💬 看看她们怎么说', type: 'ad' }, { text: '本院锦旗挂满墙，这里的医术水平不用多说', type: 'ad' }, { text: '网友留言：谢谢医生上次的耐心解答，按您说的用药，白斑已经淡了很多！', type: 'institution' }, { text: '刘大姐用药两个月后，她亲口说“现在终于敢穿裙子了”，你也想和她一样吗？', type: 'ad' }, { text: '交流会上老病友发言，强烈建议新来的病友都去试一下这套外洗方', type: 'institution' }, { text: '一名读者在后台写道：“照你们说的涂了三周，红疹都退下去了”', type: 'kepu' }, { text: '镜头4：阿姨对着镜头说：“我这脸上的红疹在你们这儿调理了一个月，都消下去了，感谢刘大夫！”', type: 'ad' }, { text: '上周复诊的赵阿姨，手臂白斑照光两个月已经全部长回来了', type: 'institution' }, { text: '有位在外企上班的姑娘，脸上的斑秃治了三个月，头发都长齐了', type: 'ad' }, { text: '我门诊有个学生，银屑病反复五年，用了生物制剂后身上干干净净', type: 'kepu' }, {"text": "感谢亲的五星好评，您的痘痘一个月就好了", "type": "institution"}, '家长送来锦旗，说孩子的湿疹在这里彻底治好了，我婉拒了红包', { text: '病友群本周活动：晒晒你的复色变化，点赞前三名送光疗券', type: 'institution' }, { text: '接龙晒疗效👇\n1. 周阿姨 荨麻疹两年，吃了一个月药不痒了', type: 'ad' }, { text: '老顾客刘阿姨（化名）：“照了二十次，额头的白点基本看不出来了”', type: 'case' }, '有位斑秃患者去年秋天开始治疗，前几天她留言说“新长的头发比以前还多”', { text: '“用了两个月，脸上再也没冒过痘”——一位顾客的真实评价', type: 'ad' }, "📌康复分享｜阿杰说，在这里调理半年后，背上的痘痘再也没冒过", {"text": "我们诊所有上百例成功案例，你这种情况不算难", "type": "institution"}, {"text": "Real feedback from our patients：白斑三个月就淡了", "type": "institution"}, {"text": "她说：“涂了三天就不痒了，从没这么快过”", "type": "institution"}, {"text": "| 顾客 | 项目 | 治疗后感受 |\n|---|---|---|\n| 李女士 | 祛痘 | 很满意 |", "type": "institution"}, "病友私信：用了三周药膏，手上的斑全没了", {"text": "银屑病十年，在本院治疗后皮损全消，今天一家人特来感谢", "type": "institution"}, "孩子的湿疹好了以后，妈妈专程回来向主任道谢", {"text": "宝妈留言：宝宝的湿疹在这儿调理半个月就好了，太感谢了", "type": "ad"}, {"text": "“来了两个月，额头的疹子都消下去了，谢谢你们！”——一位从外地赶来复诊的宝妈患者", "type": "institution"}, {"text": "- 2022年6月 一位湿疹患者家属敬赠“妙手仁心”匾额", "type": "institution"}, {"text": "我来这里治了一个疗程，手上的红疙瘩基本消下去了", "type": "ad"}, { text: '不信的话你们可以亲自去问问病友', type: 'ad' }, { text: '她家宝宝的湿疹都是在咱们这儿看好的', type: 'ad' }, { text: '附一段老病友的访谈视频，听听她的变化', type: 'ad' }, { text: '【亲身体验】三个月，我的痘痘终于消停了', type: 'ad' }, { text: '想知道效果？评论区问问老患者们怎么样', type: 'ad' }, '病友们都说明显好转了，白斑小了一圈', 'Patient Stories：银屑病十年的他重新穿上了短袖', { text: '推文末尾附上几位网友的真实反馈，都说痘印淡了', type: 'ad' }, { text: 'Success Stories｜三位痤疮患者的康复经历', type: 'institution' }, {"text": "顾客评价：做完两次，脸上的红血丝明显减轻，谢谢你们", "type": "ad"}, "“我之前连十分钟都站不住，在这里做了三个月康复，现在能自己去买菜了。”", {"text": "下月病友会上，几位已经康复的老患者会和大家讲讲他们的抗病经历", "type": "institution"}, {"text": "候诊区那面康复患者照片墙，是我们最骄傲的地方", "type": "institution"}, {"text": "做完第三次治疗，她专门送来水果说要感谢王医生", "type": "ad"}, "他拉着我的手说：“主任，我这腰再也没疼过！”", {"text": "上周一位妈妈抱着宝宝回来看我们，当年她在这里调理了半年", "type": "ad"}, "我有位病人，失眠十几年，坚持针灸两个月，现在安眠药全停了，头痛也消失了", {"text": "有位阿姨跟您一样，涂了我们的药膏一周，手上的疹子全没了", "type": "institution"}, {"text": "顾客小何的祛斑之旅", "type": "ad"}, { text: '主播：连线一下上个月来做治疗的粉丝朋友\n粉丝：就做了五次，脸上的痘印真的淡了好多', type: 'ad' }, { text: '真实案例分享｜刘先生，银屑病史十年，在我院治疗后皮损全部消退', type: 'case' }, { text: '患者自述：“在这里治了两个月，手上的斑小了一半，太感谢医生了！”', type: 'case' }, { text: '（口播）镜头2：患者王先生面对镜头讲述治疗经过。字幕：真实案例', type: 'ad' }, { text: '已有1500余名顾客在本店留下五星好评，综合评分4.9分', type: 'ad' }, { text: '门诊评分4.7分（满分5分），复诊率逐年上升', type: 'institution' }, { text: '回复@小林：感谢您分享宝宝的变化！湿疹这么快消下去，我们也很开心', type: 'institution' }, { text: '视力回升，这也是很多家长反馈给我们的效果', type: 'institution' }, { text: '粉丝打卡第十天，私信说腰酸背痛全没了', type: 'ad' }, { text: '⭐⭐⭐⭐⭐ 4.8分 | 962条评价', type: 'ad' }, { text: '医生评分 9.6 ｜ 本月新增好评 120 条', type: 'institution' }, { text: '治疗12次后斑块基本消退，患者表示非常满意，已介绍多位病友前来就诊', type: 'institution' }, { text: '病友们都叫她“银屑病克星”', type: 'institution' }, '以50岁的王先生为例，他在这里治疗三个月后斑块基本消退，逢人就说来对了地方', { text: '口播：今天和大家分享一位患者的祛白日记，第二十天白斑边缘已经开始变黑', type: 'ad' }, { text: '顧客回饋：「做了三次，臉上的斑淡了很多」', type: 'ad' }, {"text": "犹豫的话，先看看去年来做白内障手术的大爷怎么说：“第二天就看清报纸了”", "type": "ad"}, {"text": "给大家转发几位病友的好消息：复查指标都正常了", "type": "case"}, {"text": "我现在比来之前瘦了八斤，腰围也小了一圈", "type": "case"}, {"text": "真心跟大家推荐这家口腔诊所，拔智齿一点都不遭罪", "type": "case"}, {"text": "弹幕：我爸也是在这看好的", "type": "ad"}, "当年我也是重度湿疹，在那家皮肤科门诊治了三个月，现在全好了", {"text": "不妨听听他的故事：在我们这里练了两个月，他已经能自己上下楼了", "type": "ad"}, { text: '我们的患者常说：“在这里看病，医生比家人还耐心。”', type: 'ad' }, { text: '大众点评4.8分，1500+条好评，欢迎到店体验', type: 'ad' }, { text: '字幕：来自湖南的小陈，治疗90天，手背白斑明显变淡', type: 'ad' }, { text: '“做完第二次就看到变化了！”——来自小红书用户@一颗橙子', type: 'ad' }, { text: '点击查看患者反馈合集', type: 'ad' }, '一位粉丝私信说：“照你们的方法做了两个月，我的偏头痛再也没犯过。”', '老顾客离店时说：“是你们帮我找回了自信，谢谢！”', '（学员真实反馈，已获本人授权）三周瘦了八斤', '二楼走廊是康复患者的留言墙', {"text": "视频里的她说：“谢谢这里的医生，给了我新的生活！”", "type": "ad"}, { text: '【口播】家人们，我以前也是银屑病患者，就是在这里调好的', type: 'ad' }, '- 病友反馈：“涂了一个月，手背上的白点开始变黑了，太神奇了！”', { text: '【采访】患者：以前试过很多办法，在这里扎了几次针，腿就不麻了', type: 'ad' }, { text: '- 宝妈小何：孩子的湿疹调理两个月后再也没犯过', type: 'institution' }, { text: '为什么那么多做过种植的叔叔阿姨都说“早知道就早点来了”？', type: 'ad' }, "一位来复诊的退休教师对我们说：“手背上的白点已经看不出来了”", {"text": "【治愈故事】她的痘印是如何消失的？", "type": "ad"}, {"text": "以下是一位宝妈的祛斑日记，记录了她三个月的变化", "type": "ad"}, {"text": "网友亲口讲述：在这里做完三次，斑都淡了", "type": "ad"}, "一位大姐复诊时笑着说，脸上的颜色已经恢复正常了", '“现在晚上能睡六个小时了，以前想都不敢想。”——一位失眠患者', { text: '李阿姨：腿不肿了，能自己去买菜了', type: 'ad' }, '复诊时她拉着护士说：“用了你们的药，半年都没犯过。”', '术后一周，李大爷拆掉纱布：“看得清清楚楚了！”', '患者回馈：「做完以后再也沒有半夜咳醒過。」', { text: '- 案例二：女，38岁，在本院治疗半年后肤色恢复到了患病前的状态', type: 'institution' }, '出院那天，他握着主任的手说：“是您救了我的命”', '顾客小李说，做完以后整个夏天都没复发过', { text: '镜头里患者对着镜头说：“我已经介绍了三个朋友来”', type: 'ad' }, { text: '视频里顾客出镜说，做完以后整个人都精神了', type: 'ad' }, '做过的顾客都说好', '吃了半年中药，我的胃病再没犯过', { text: '- 王女士（52岁）：做完关节置换，走路不疼了', type: 'institution' }, '患者们纷纷称赞主任医术精湛', { text: '【来看案例】小腹婆变身马甲线，只做了两次', type: 'ad' }, '一位阿姨说：“吃了这里的药，半个月后就一觉睡到天亮”', { text: '一位老伯握着医生的手说：“没想到还能自己走路了”', type: 'ad' }, { text: '镜头2：患者说“以前整夜睡不着，现在一觉到天亮”', type: 'ad' }, { text: '画面角标打出“真实顾客”，镜头对准她的额头', type: 'ad' }, { text: '又一位宝妈来还愿啦，产后腰痛终于好了', type: 'ad' }, { text: '顾客说后悔没早点来做，三次就淡了', type: 'ad' }, { text: '学员亲身体验：坚持一个月，腰围小了一圈', type: 'ad' }, '患者复诊时说，吃了这么多年药，头一回睡得这么踏实', { text: '为什么那么多做过种植牙的叔叔阿姨都说“早知道就来这家了”？', type: 'ad' }, { text: '朋友都说我年轻了好几岁', type: 'ad' }, { text: '顾客反馈截图：做完两次，斑淡了一大半', type: 'ad' }, { text: '我在这里调理了三个月，现在血糖都正常了，太感谢医生了', type: 'ad' }, { text: '做完三次，身边的朋友都追着问我是在哪家做的', type: 'ad' }, '一位患者写给主任的信：“谢谢您，我的白斑终于复色了”', { text: '家长留言：孩子戴了半年角膜塑形镜，度数一点都没涨', type: 'ad' }, '有位粉丝在后台留言说，她照着文章里的方法坚持了一个月，痛经一次都没再犯', { text: '（学员小何的真实记录）', type: 'ad' }, { text: '看看顾客反馈——“用了两周，孩子晚上再也不抓挠了”', type: 'ad' }, { text: '走廊里的感恩墙贴满了康复患者写的卡片', type: 'institution' }, { text: '以下是一位宝妈的亲身经历：产后三个月，腰围回来了', type: 'ad' }, '评论区精选\n@小A：谢谢医生，照光两个月复色了\n@小B：已推荐给同事', { text: '这是会员发来的聊天截图，效果大家自己判断', type: 'ad' }, { text: '群里的姐妹都说用了我们的熏蒸包，宫寒好多了', type: 'ad' }, { text: '我们每周都会收到来信：“多亏了你们，孩子终于不尿床了”', type: 'institution' }, { text: '- 顾客2：产后腰痛，做完六次后已经能抱孩子了', type: 'ad' }, { text: '不少做完的姐妹都回来跟我们说，早知道效果这么好就不纠结那么久了', type: 'ad' }, { text: '从最初的不敢出门，到现在每周都去跳舞，李姐的变化我们都看在眼里', type: 'institution' }, { text: '她说：“要是早点遇到你们就好了。”', type: 'ad' }, { text: '【聊天截图】\n顾客：医生，我用了你们的药膏两周，脸上的痘痘全下去了', type: 'ad' }, { text: '| 顾客 | 项目 | 她们的感受 |\n|---|---|---|\n| 陈小姐 | 水光针 | 皮肤亮了两个度 |', type: 'ad' }, { text: '这是一位外省宝妈发来的小视频，孩子做了两个疗程的训练，现在上课能安安静静坐满四十分钟了', type: 'ad' }, { text: '患者家属专门送来感谢视频，说孩子现在上课注意力集中多了', type: 'institution' }, '她说，是我们给了她第二次生命', { text: '一位来自外地的阿姨，在我们这里调理半年，血糖已经稳定在正常范围', type: 'institution' }, { text: '【患者故事】退休教师老周，膝关节疼了十几年，手术后三个月就能去爬山了', type: 'institution' }, '一位患者在复诊时激动地握着医生的手说，多年的胃病终于好了', { text: '后台收到好多私信，挑了几条和大家分享：\n“做完光子嫩肤，毛孔真的小了一圈”', type: 'ad' }, '做完三次，同事都问我是不是换了护肤品', '我打了二十年呼噜，做完手术第一晚就睡了个安稳觉', '患者王阿姨激动地说：在这里治了三个月，手上的白斑基本看不出来了', '我家孩子脸上的白斑，照光两个月就小了很多', '患者送来锦旗表示感谢', '真实案例：治疗三个月白斑明显缩小', '我在这家医院治了两个月，白斑全都没了', '看看患者的康复日记', '我得白癜风八年，跑遍了大小医院，直到在这里治了半年，脸上的白斑全没了', '三十年的老银屑病，在这儿调理了三个月，腿上的斑块一个都没有了', '闺蜜介绍过来的，做了两次果酸，闭口全下去了，爱了爱了', '顾客好评墙', '来自一位宝妈的真实分享', '我亲眼看着变化，真的绝了', '一位退休的大叔讲，做完第二天就能下地遛弯了', '用她自己的话说，终于敢素颜出门了', '做完三次以后，同事们都追着问她用了什么', '- 李大姐：贴了三次膏药，腰再没犯过', '一位来访者说，早知道效果这么好就早点来了', '我闺蜜就是在这里做的祛痘，现在脸上干干净净', '患者讲，他在这儿针灸了十次，头痛再没发作', '病友们反映，扎完针腿就不麻了', '客户评价：效果显著，以后还来', '已经推荐给好几个闺蜜了', '张女士的蜕变之旅', '她说这是二十年来第一次敢穿裙子', '学员小周：“原本以为要一辈子吃药，现在已经停药半年了”', '会员李姐：“才两个月就瘦了二十斤，太开心了”', '宝妈小林：“练了八周肚子就平了！”', '【案例】王女士，45岁，做了三次光子嫩肤后，色斑基本消失', '粉丝私信：按你们说的做了一个月，体重掉了8斤', '一位80岁的老人，在我们这里做完白内障手术第二天就能看报纸了', '做过的姐妹都说值', '她逢人就说，这是她做过最值的决定', '李阿姨在视频里说：“我这老寒腿，扎了十次就利索了”', '为了感谢医生，患者家属专门写了一首诗', '我们采访了一位老病号刘大爷，他打了两个疗程后腿就不疼了', '我们采访了一位坚持了半年的张先生，他的血糖从12降到了6点多', '记者回访了其中一位宝妈，她说产后的腰围终于恢复了', '“做完第二天就能上班，比想象中轻松多了。”——28岁的小吴', '“三次就淡了，真值！”——顾客 周小姐', '张阿姨说：“早知道就早点来了，白跑了那么多医院。”', '一位读者留言说，按文章里的方法坚持涂了一个多月，手上的湿疹全消了', '王阿姨说：“以前弯腰都疼，现在天天能去跳广场舞了。”', { text: '亲测：敷完第二天毛孔就小了', type: 'ad' }, { text: '她已经介绍了好几个姐妹过来做', type: 'ad' }],
      ok: ["有位顾客说她用了以后有点刺痛，我们建议她先停用观察", "患者说用了三个月还是没好怎么办？", "学员们做了面旗子参加运动会", "好多人说这个方法真的有用吗？其实要看病因", '所谓的“康复锦旗”照片不少是找人摆拍的，别当真', '医生录的护理视频在主页，换药前可以看看', '本院不发布患者拍的反馈视频', '王阿姨问：用了这药膏一周，手上的湿疹还看得出来，正常吗？', '刘大爷抹了两周药，腿上的癣看不见了吗？医生说还要再抹两周', '一位学长留言说，想知道周末是否开诊', '我家也试过，确实不管用，后来去医院开了药', '说个自己的经历，孩子起疹子那次我们先去了社区医院', '我们重视每一条真实反馈，意见请发到客服邮箱', '顾客的原话是“做完以后要注意什么？”', '患者治疗后的注意事项请看这里', { text: '患者自述外用药膏两周后瘙痒较前减轻', type: 'case' }, { text: '家属代诉停药后皮疹未再加重，嘱继续随访', type: 'case' }, '有些诊所的公众号爱发“患者亲述”“真实见证”这类文章，其实多是编写出来的，不能代表你的效果', '“康复日记”“治疗心声”等帖子往往经过美化，选择机构要看资质', '想听听顾客怎么评价我们的候诊环境，请在服务台填写意见卡', '看看医生怎么评价这种治疗方案，再决定要不要做', '顾客留言：“周末能不能多开半天门诊？”', '用户评价：“前台服务态度一般，候诊时间太长”', '患者反馈：“效果不明显，想咨询下一步”', '主任门诊时总对复诊的病人说，复色需要耐心，急不得', '护士长总是跟住院的患者说，湿疹好了也要注意保湿', { text: '义诊现场设有留言墙，欢迎写下您对就诊流程的疑问和意见', type: 'institution' }, "她在信中写道，希望周末也能开门", "医生在病历中写道，皮损明显减少", "这本书在第三章中写道，脱发不再是老年人的专利", "“用了一个月斑全没了”这类用户评价多是商家编造的", "网上那些“做完半年同事都说我年轻十岁”的顾客感言，往往是商家挑选甚至编写的", '线上预约可以缩短患者的求医路程', '请按指示牌查看患者的就医路线', '顾客问：“做完以后会比以前更怕晒吗？”', '医生说：“防晒比以前做得好很多，才不容易反黑”', '患者自述病史：三年前开始掉头发，最近加重', '顾客回馈：希望周末也能开门，不然请假太难了', '群友反馈，周末停车位不够用', '好多家长在群里反馈，孩子涂药后还是痒，医生建议复诊', '患者反馈，夏天出汗多时会长痘', '家长反映孩子学习压力大就不长个了', '一位患者跟我说，她的湿疹一到冬天就加重', '有位读者跟我说，她最担心斑会不会越来越多', { text: '【病友反馈】周六上午的号太难挂了，能不能多放几个', type: 'institution' }, { text: '【患者留言】候诊区太冷了，希望空调调高一点', type: 'institution' }, '老王说自从退休，天天来钓鱼', '邻居说自从修了路，出门方便多了', '老李说自从换了工作，血压反而高了，得去医院看看', "会员留言：下周的课能不能改到晚上？", { text: "【住客须知】退房时间为中午十二点", type: "institution" }, { text: "【住客留言】“空调有点吵，麻烦看一下”", type: "ad" }, "同学反映，做了实验以后教室里更闷了", "有同学问，做了眼操以后眼睛还是累怎么办？", "客人说，房间的空调修好了", "同学说他膝盖疼，已经去校医院了", "很多宝妈反馈，夜里喂奶最累", "李大爷练了一个月太极，说结交了不少朋友", "有同学照着做，结果第二天更困了", { text: "王阿姨服药一个月，血糖降下来了，继续随访", type: 'case' }, "那位乘客说，坐久了腿会肿", "一位家长来信，感谢学校安排的防溺水讲座", "会员留言感谢社区组织的义诊活动，希望明年再办", "患者说伤口还没长利索，想再观察几天", "阿姨说她的手脚不太利索，想来做个检查", "下面是几位患者常问的问题", "以下是读者反馈的意见和建议，我们逐条回复", "居民反映，今年冬天不冷了，暖气烧得好", "好多住户反馈，食堂的菜偏咸，下周会调整", "居民反馈，现在可以在食堂刷卡了", "家长反映孩子作业多，放假后才轻松了些", "患者说血压一直很稳就自行停了药，这是很危险的", { text: '运动强度 ★★★★，膝关节不好的人请量力而行', type: 'kepu' }, { text: '疼痛分级：★☆☆☆☆ 代表轻微不适，★★★★★ 代表无法忍受', type: 'institution' }, "居民的真实需求是调查的重点，问卷不记名", "大爷的真实年龄比看上去大十岁，平时注意锻炼", { text: '医生讲讲自己的亲身经历，那年乱用激素药膏，脸上反而起了一片红疹，所以用药一定要遵医嘱', type: 'kepu' }, { text: '网友留言：第三段里的剂量单位写错了，已订正，感谢指正', type: 'kepu' }, { text: '感谢视频：致敬全体夜班医护，本片不涉及任何患者', type: 'institution' }, { text: 'We never post patient stories 🙏 只介绍诊疗流程和收费', type: 'institution' }, { text: '感谢信的多少并不能代表医生的医术水平，看病还是要看资质', type: 'kepu' }, { text: '网上好评多的诊所一定靠谱吗？好评不能反映诊疗质量，要看执业资质。', type: 'kepu' }, { text: '病友之间互送感谢信很常见，但医疗广告禁止利用患者的名义作推荐、证明', type: 'kepu' }, { text: 'Our clinic does not post patient testimonials on social media.', type: 'institution' }, { text: '读者留言：感谢您的回复，我明天就去皮肤科挂号', type: 'kepu' }, '整改期间，我们已删除公众号中涉及患者感谢信和康复故事的推文', '患者说：“我在外地治了好几年都没效果，想问问这种情况还能治吗？”', '她问：“在这儿做光疗要注意什么？谢谢医生解答。”', { text: '有病友在群里说某偏方“三天就消下去了”，请勿跟风，偏方可能违规添加激素', type: 'kepu' }, '医生强烈建议病友们都试试每天两次保湿', { text: '您也想了解光疗适不适合自己吗？请先到门诊评估', type: 'institution' }, { text: '一位患者治疗三个月后白斑缩小了一半，医生据此调整了方案', type: 'kepu' }, { text: '一位患者以为用了偏方白斑就能全部消退，结果耽误了治疗', type: 'kepu' }, { text: '一位患者用了激素药膏后皮肤变薄，停药后才慢慢恢复正常', type: 'kepu' }, { text: '患者女，32岁，面部白斑两年，经308准分子光治疗24次后白斑基本复色，随访半年未复发', type: 'case' }, { text: '群规：请勿在群内晒效果或对比照，护理问题欢迎提问', type: 'institution' }, '夏季外出注意防晒，防晒效果与涂抹量有关', '衣物晾晒变化不大，也要勤换洗', {"text": "商家回复：感谢您的五星好评，我们会继续改进候诊环境", "type": "institution"}, '医生随笔：有位家长要给我送锦旗，我婉拒了，按时复诊就好', { text: '本科室谢绝锦旗和感谢信，意见请写在满意度调查表上', type: 'institution' }, { text: '患者：“感谢医生耐心解释，我会按时复诊。”', type: 'case' }, '有位患者，上周复诊后他留言说“请问下次复诊要带哪些材料”', { text: '我的湿疹用药两周，手上的好了，脚上的还没消，医生说还要继续观察', type: 'kepu' }, "康复分享会下周六在三楼举行，欢迎病友报名", "Online reviews are not medical evidence，请以医生诊断为准", {"text": "感谢信箱：对我们的服务有任何意见，请写信至院办", "type": "institution"}, {"text": "本院谢绝患者专程登门致谢，也不接受礼品", "type": "institution"}, "本院不要求康复患者特地回来致谢，按时复诊就好", {"text": "患者来信和锦旗一律不用于广告宣传，这是院里的规定", "type": "institution"}, "家长留言：请问周末有儿童皮肤科门诊吗？", {"text": "本院谢绝患者及家属赠送锦旗、匾额和礼品", "type": "institution"}, {"text": "医院大厅的牌匾写着建院年份和院训", "type": "institution"}, { text: '患者自述手背瘙痒两周，无发热', type: 'case' }, '请问问孩子的班主任，学校能否安排避光座位', '她的检查就是在这儿做的，结果请到门诊领取', '疗效因人而异，不建议向其他患者打听效果后自行用药', "患者来信反映周末挂号难，我们已开通周末门诊，感谢您的宝贵意见", { text: '医生向患者说明，白斑消失需要较长时间，患者表示理解', type: 'case' }, '护士向家长讲解，皮疹消了以后也要继续保湿', '朋友圈转发的“康复案例”多未经核实，请以面诊为准', 'Patient education：湿疹的日常护理要点', { text: 'Patient education｜湿疹的日常护理要点', type: 'institution' }, { text: '欢迎读者在后台留言提问，医生会挑选问题统一解答', type: 'kepu' }, {"text": "患者反馈：用药第三天出现轻微头晕，已嘱减量观察", "type": "case"}, "我以前在这里工作过，现在调到了分院，欢迎大家去分院找我看诊", "病友会上，康复科护士将讲解居家训练的注意事项", "患者问：“医生，我这病还能治好吗？”", "家长带着孩子来复查时，请带上上次的检查单", "我的一位患者问我，停药后多久可以备孕？", "有位读者问，用了我们推荐的保湿霜后皮肤发红怎么办？建议先停用并就诊", { text: "患者说：“我以为做激光会很疼，结果比想象中好受一些，不过还是有点像橡皮筋弹的感觉。”治疗结束后给予冰敷十五分钟", type: 'case' }, { text: '患者來信請寄至本院醫務處，信件內容僅供內部改進服務使用', type: 'institution' }, { text: '病例一：刘先生，银屑病史十年，规律用药12周后皮损面积由20%降至5%', type: 'case' }, { text: '患者自述：“用药两个月，背上的斑小了一点，腿上的没什么变化，复诊时医生说要继续观察。”', type: 'case' }, { text: '院内感谢墙只张贴员工之间的感谢卡，不展示任何患者的评价或治疗效果', type: 'institution' }, { text: '好评如潮不是我们的目标，把风险讲清楚才是', type: 'institution' }, '术后第三天疼痛平均评分2.1分，较术前明显下降', '量表总分为0到5分（满分5分），分数越高症状越重', { text: '感谢您分享就诊过程中遇到的问题，我们已转交门诊部改进', type: 'institution' }, '很多家长反馈的问题是挂号难，我们已开通线上预约', '网上有人号称已有上千位患者留下好评，这类说法无法核实，请以资质为准', '患者满意度调查由第三方匿名开展，结果不对外宣传', '网上患者的治疗日记不能作为判断疗效的依据，请以医生面诊为准', { text: '## 关于患者评价\n根据相关规定，本院网站不发布患者评价、感谢信和对比照片', type: 'institution' }, '如果患者对服务不满意，可通过意见箱反映', '患者常说“白斑不痛不痒，就不用管了”，这种想法并不对', { text: '★ 温馨提示：请提前预约', type: 'institution' }, "看看医生怎么说，再决定要不要手术", "医生在讲座上分享了病友反馈的常见问题", "比来之前更紧张了，医生让我先深呼吸", "与其看机构发布的好评和感谢信，不如去卫健委网站查它的执业许可", '我们的患者常问：“治疗期间能吃海鲜吗？”', { text: '很多患者常说“白斑不痛不痒，不用管”，这是误区', type: 'kepu' }, { text: '本院不在任何平台购买好评，也不以评分作为宣传', type: 'institution' }, '来自河北的小赵问：治疗多久能看到变化？', '有读者来信问：“宝宝晚上总出汗，是不是缺钙？”', '患者说：“医生，我这几天头还是有点疼。”', '回访只收集您对服务流程的意见，不作宣传使用', "照光前护士会提醒：“谢谢配合，请戴好护目镜，治疗后注意防晒。”", '我以前也是湿疹患者，在这里工作，是想把护理经验分享给更多病友', '- 患者提问：“白斑边缘变黑了，是好转还是加重？”医生答：需要复诊时在伍德灯下判断', '【口播】我不会跟你讲哪个病人被治好了，我只讲这个病是怎么回事', { text: '患者：服药后腹痛好多了，今日复查血常规', type: 'case' }, "一位皮肤科医生告诉我们：“白斑边缘变黑不一定代表好了”", "短视频里现身说法的“患者”，很多是花钱请来的演员", "医生建议患者记录自己的治疗日记，复诊时带来", '他说：“坚持用药，按时复诊，病就会好了。”', '请勿在群里转发他人的聊天截图', { text: '有宝妈反馈用了我们的护臀膏后屁屁发红，已建议停用并就诊', type: 'ad' }, { text: '我们收到留言：“谢谢医生耐心解答，请问术后能洗头吗？”', type: 'institution' }, { text: '- 患者1：术后第3天拔除引流管后能下床活动', type: 'case' }, '护士长她常说：“伤口好了也要按时换药。”', { text: '本网站不发布患者感谢信和锦旗照片', type: 'institution' }, { text: '## 关于评价\n本院官网不展示任何患者评价或康复故事', type: 'institution' }, '患者自述“吃了偏方就好了”，很可能只是病情的自然波动，不能说明偏方有效', '有患者自述喝偏方后好了，但这很可能与疾病的自然病程有关', { text: '冒充我院医生发布的“患者好评”视频均为伪造，请谨慎辨别并举报', type: 'institution' }, '张先生（60岁）：请问术后多久可以洗澡？', { text: '视频拍摄时患者不出镜，仅由医生讲解', type: 'ad' }, '治疗过的患者都说好转了吗？不一定，要看复查', '一位大伯问：“我这腿还能伸直吗？”医生说要先做检查', { text: '医务人员收到的感谢信由院办登记，作为考核参考，不在公共区域展示', type: 'institution' }, '她说后悔没早点来，耽误了病情', '很多患者后悔没有早点戒烟，其实什么时候戒都不晚', '请把您的亲身感受告诉医生，以便调整用药', '为什么那么多人都说喝醋能软化血管？这其实是误解', { text: '投诉须知：请勿在网上发布聊天截图，如有问题请联系医务科', type: 'institution' }, '我常告诉患者，现在指标正常了也不要自行停药', '医生提醒：社交平台上“亲测有效”的分享往往缺少诊断和随访信息', '患者写给医生的信可以投到门诊一楼的意见箱', '身边的朋友都问我怎么给孩子选牙刷，今天统一回答', '请每天真实记录血糖和饮食，复诊时带给医生', '很多读者在评论区留言问：孩子咳嗽好了还要吃药吗', '请结合自己的亲身感受，向医生说明症状', '评论区精选\n@小A：照光后能洗澡吗？\n@李医生：当天避免热水浴，谢谢提问', '从最初的症状出现，到现在已经三年了，建议复查', '很多姐妹问，产后多久可以开始运动？一般顺产6周后可以逐步恢复', { text: '| 患者 | 年龄 | 主要感受 |\n|---|---|---|\n| 1 | 45 | 乏力 |', type: 'case' }, '器官捐献者给了五个人第二次生命', { text: '在我们这里做完检查后，若指标降到正常范围，可按医嘱减少复查频次', type: 'institution' }, '出院后感谢卡可以投到护士站的意见箱', '【患者反馈】如对服务有意见，请拨打院内投诉电话', '【读者来信】孩子总是咬指甲怎么办？', { text: '【患者故事】栏目仅刊登经患者书面同意的诊疗经历，不涉及疗效宣传', type: 'institution' }, '读者留言问了很多问题，把这几条留言分享给大家：“宝宝湿疹要不要忌口？”', '收到很多读者的私信提问，今天统一解答', '患者反馈照光时有灼热感时，医生会调整剂量', '很多家长告诉我们，他们最担心的是孩子被同学议论', '我在门诊常被问到这个问题', '治疗期间记录皮肤变化，有助于复诊时沟通', '复诊时请告诉医生用药后的感受', '我建议大家在病情好了以后也坚持防晒', '在这里提醒大家，白斑好了以后仍需防晒', '患者来信咨询饮食问题，医生统一回复如下', '网上那些晒单好评大多无法核实，不能作为选医院的依据', '张先生：请问术后几天可以洗澡？', '有患者反映照光后皮肤发红，这时应及时复诊', '感谢信不能作为医院宣传的内容', '我们采访了一位糖尿病患者，请他谈谈控制饮食时最难坚持的是什么', '患者：“医生，我这个需要手术吗？”', { text: '病例：患者男，术后第二天出现发热，经处理后症状基本消失', type: 'case' }, '家长问：“孩子吃完药就吐了，怎么办？”', '他逢人就说自己得了重病，情绪很低落', '很多机构的宣传材料来源不明，患者要注意核实', '“孩子湿疹需要忌口吗？”——王女士', '“打针疼不疼？”——一位家长的提问', '患者常说现在能睡好觉了，这是病情控制的表现之一', '病人说现在可以下床走路了，但伤口仍需换药'],
    },
  },
  {
    id: 'testimonial-before-after',
    category: 'testimonial',
    title: '治疗前后对比照片',
    basis: BASIS.testimonial,
    message: '治疗前后对比图、术前术后照片是以患者形象证明疗效；公开患者照片还涉及肖像和健康隐私。',
    suggestion: '宣传和科普页面不放前后对比。病例报告确需配图的，须取得患者单独书面同意、去除可识别特征，并避免作疗效宣传。',
    levels: levels('EEEW'),
    patterns: [
      // Round one hundred and eight (batch HS): a bath, a fumigation or a cream before and after, with the bath's object (浴, 澡, 蒸) and a count between,
      // and the skin said smooth or fine after it (泡浴前全身干燥起皮，泡完十次后皮肤细嫩有光泽; 熏蒸前小腿满是皮屑，熏了两周后变得光滑细腻): the skin
      // shown before and after; advice after it (泡完后要保持皮肤湿润) is not read.
      // Round one hundred and twelve (batch IA), here and in the 术前…术后 pattern below: the after side in a parent's doubled words (白白嫩嫩, 滑溜溜, 嫩嫩的).
      p(/(?:泡|熏|敷|涂|抹|治疗|调理|护理|用药)(?:浴|澡|蒸|药)?(?:之|以)?前[^。!?]{2,30}?[;；,，]\s?(?:泡|熏|敷|涂|抹|治疗|调理|护理|用药)(?:浴|澡|蒸|药)?(?:完|了)?[^,，。;!?]{0,6}?(?:(?:之|以)?后|完)(?!\s?(?:也|都|还|保持|注意|要|需|应|避免|请|多|别|不要|不能|记得|务必))[^。!?,，;；]{0,8}?(?:细嫩|光滑|光洁|白皙|平整|细腻|透亮|有光泽|水润|白净|白嫩|白白嫩嫩|嫩嫩的|滑溜溜|光溜溜|滑滑的)/),
      // Round thirty-five (batch BG): 治疗前，手背上满是白斑；治疗后，这些白斑全不见了; 术前白斑约占面部的十分之一，术后第八周白斑已完全被正常皮肤覆盖.
      p(/(?:治疗|术|用药)前[^。!?]{2,40}?[;；,，]\s?(?:治疗|术|用药)后[^。!?]{0,20}?(?:完全|全部|彻底|全都?|都)(?:被[^,，。;!?]{0,6}?)?(?:消失|不见|复色|覆盖|恢复|消退|没了)/),
      // Round ninety-five (batch GR): the same with any course of care (调理前她一晚醒五六次，调理后能一觉睡到天亮; 针灸前…，针灸后不疼了) and a life
      // regained after it, in prose; a case note records exactly this, so it is off there, and care advice around a session (训练前要热身，
      // 训练后慢走放松) names no result.
      // Round ninety-nine (batch HA), in the pattern below: the everyday verb of the remedy itself on both sides, with 之前 and 完 (贴之前直不起腰，贴完当场就能弯腰;
      // 泡之前…，泡完…不疼了); 喝前摇匀，喝后… names no result.
      // Round one hundred and one (batch HD): a set of exercises as the remedy on both sides (打拳前腰弯着，打拳后腰板挺直了), and a back standing
      // straight again as the life regained; 做操前先热身，做操后慢走 names no result.
      p(/(?:治疗|用药|调理|理疗|针灸|推拿|艾灸|服药|吃药|练习|训练|锻炼|干预|正骨|按摩|刮痧|拔罐|(?:练|做|打|学)(?:功|拳|操)|贴|敷|泡|喝|吃|用|扎|灸|涂|抹|按|揉)(?:之|以)?前[^。!?]{2,30}?[;；,，]\s?(?:治疗|用药|调理|理疗|针灸|推拿|艾灸|服药|吃药|练习|训练|锻炼|干预|正骨|按摩|刮痧|拔罐|(?:练|做|打|学)(?:功|拳|操)|贴|敷|泡|喝|吃|用|扎|灸|涂|抹|按|揉)(?:(?:之|以)?后|完)[^。!?,，;；]{0,8}?(?:一觉(?:睡)?到(?:大)?天亮|睡(?:个|上)?(?:整觉|好觉|安稳觉)|(?:能|可以|已经能)(?:自己|独立)(?:走|行走|走路|下地|上下?楼|爬楼|穿衣|吃饭)|(?:能|可以|已经能)(?:下地|上下楼|爬楼|弯腰|跑步)|不(?:疼|痛|痒|咳|喘|晕|麻|酸|胀)了|(?:都|就|全|已经)(?:消失|不见|没了|好了)|(?:降|回)(?:到|至)了?正常|恢复(?:了)?正常|(?:腰|背|腰板|脊背)?(?:就|都|也)?(?:挺直了|直起来了|伸直了|不驼了))/, { levels: { case: 'off' } }),
      // Round ninety-five (batch GR): then and now around coming to us, in prose (刚签约时走路要拄拐，现在每天能走三公里; 刚来的时候疼得下不了床，如今
      // 能自己买菜): a complaint when the patient first came, what they can do now; a case note records it, so it is off there.
      p(/(?:刚|最初|当初|起初|一开始)(?:来|签约|入院|住院|就诊|找到我们|来我们这儿?|来我们这里|开始调理|开始治疗|开始练|调理|治疗)(?:时|的时候)[^。!?]{0,8}?(?:拄拐|拄着拐|拐杖|坐轮椅|坐着轮椅|轮椅|卧床|下不了(?:床|地|楼)|走不了|走不动|疼得|痛得|睡不着|喘不上气|咳个不停|起不来|抬不起|蹲不下)[^。!?]{0,16}?[,，;；]\s?(?:现在|如今|这会儿|眼下)[^。!?,，]{0,8}?(?:能|可以|敢|不用|不再|再也不|已经能)(?!做的|干的|做什么|做些什么)/, { levels: { case: 'off' } }),
      // Round one hundred and seven (batch HP): then and now around coming to us, for a skin lesion seen (入院时白斑从额头蔓延到眼角…如今面部已看不出
      // 明显痕迹; 刚来就诊时脖子上的白斑有巴掌大…现在基本看不出来了): the lesion when the patient came, gone or regrown now; a lesion still followed
      // Round one hundred and thirteen (batch IC): an acne or a flushing lesion too (刚来时额头全是粉刺，现在摸起来很平整), and the skin now fine or clear.
      // (如今仍在随访观察) names no change, and a case note is off.
      p(/(?:刚|最初|当初|起初|一开始)?(?:来|来院|入院|住院|就诊|初诊|来就诊|来我们这儿?|来我们这里)(?:时|的时候)[^。!?]{0,12}?(?:白斑|白癜风|色斑|斑块|痘|疹|皮损|红血丝|疤|癣|疙瘩|粉刺|闭口|黑头|脓包|脓疱|泛红|红肿|脱皮|皮屑)[^。!?]{0,40}?[,，;；]\s?(?:现在|如今|眼下|这会儿)[^。!?,，]{0,8}?(?:已经?|都|基本|几乎)?(?:看不出|看不见|看不到|找不到|长回|恢复(?:了|成)|光滑|细腻|白净|透亮|平整|复色|消失|不见了|没了)/, { levels: { case: 'off' } }),
      // Round one hundred and fourteen (batch ID), in the pattern above: the time before the treatment named by the treatment (治疗前满背都是红斑，现在皮肤光溜溜的;
      // 用药之前胳膊上全是鳞屑，如今已经看不出来了), with the patches and scales of psoriasis and eczema and the skin said smooth in everyday words.
      p(/(?:治疗|用药|涂药|擦药|光疗|照光|药浴|泡浴|调理)(?:之|以)?前[^。!?]{0,12}?(?:白斑|色斑|红斑|斑块|鳞屑|皮屑|疹子|湿疹|痘|疹|皮损|疤|癣|疙瘩|脓包|脓疱|红肿|脱皮)[^。!?]{0,30}?[,，;；]\s?(?:现在|如今|眼下|这会儿)[^。!?,，]{0,8}?(?:已经?|都|基本|几乎)?(?:看不出|看不见|看不到|找不到|长回|恢复(?:了|成)|光滑|光溜溜|滑溜溜|细腻|白净|透亮|平整|复色|消失|不见了|没了|干干净净)/, { levels: { case: 'off' } }),
      // Round one hundred and one (batch HD): the same then and now, with the then as before the remedy or the joining (练拳前走路离不开拐杖，现在
      // 天天能爬山; 入会以前疼得下不了楼，如今能自己买菜); a bare 以前 (以前没有电梯，老人下不了楼，现在能坐电梯了) names no remedy, and a case note is off.
      p(/(?:治疗|用药|调理|理疗|针灸|推拿|艾灸|服药|吃药|练习|训练|锻炼|正骨|按摩|刮痧|拔罐|泡澡|泡脚|(?:练|做|打|学)(?:功|拳|操)|(?:入|进)(?:队|团|会|班)|加入|参加|贴|敷|泡|喝|吃|用|扎|灸)(?:之|以)?前[^。!?]{0,8}?(?:拄拐|拄着拐|拐杖|坐轮椅|坐着轮椅|轮椅|卧床|下不了(?:床|地|楼)|走不了|走不动|疼得|痛得|睡不着|喘不上气|咳个不停|起不来|抬不起|蹲不下)[^。!?]{0,16}?[,，;；]\s?(?:现在|如今|这会儿|眼下)[^。!?,，]{0,8}?(?:能|可以|敢|不用|不再|再也不|已经能)(?!做的|干的|做什么|做些什么)/, { levels: { case: 'off' } }),
      // Round one hundred and one (batch HD): before and after set side by side in a word (调理前后一对比，脸上的斑淡了一大半; 贴了一个月，前后这么一比，
      // 肚子小了一圈): the comparison told with its result; a comparison told to be judged by a doctor or checked (服药前后一对比血压，要记下来) names none, nor one of things, not of a body (搬家前后一对比，屋里的杂物少了一大半).
      p(/前后(?:这么|那么)?一(?:对比|比|对照)(?=[^。;!?]{0,12}?(?:痘|斑|皮|脸|肚|腰|背|腿|发|疹|疤|纹|血压|血糖|体重|赘肉|脂肪|驼|眼袋|黑眼圈|皱|疼|痛|痒))[,，]?\s?[^。;!?]{0,16}?(?:全没了|没了|消了|不见了|全消|淡了|浅了|小了|平了|少了|直了|瘦了|白了|黑了|好了|不疼了|不痒了|一大半|一圈)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/, { levels: { case: 'off' } }),
      // Round one hundred and two (batch HG), in the pattern below: the sides named with 为 / 是 instead of a colon (左是第一次到店，右是三个疗程后; 左为初诊时，
      // 右为光疗二十次后); a right side dated by a follow-up visit alone stays a record, as the refine reads it.
      // Round twenty: a caption with a left and a right picture, the right after a count of sessions (图｜左：初次到店时…；右：
      // 完成四次果酸焕肤后…).
      // Round one hundred and four (batch HJ), in the pattern below: the sides as 左边 / 右边 (左边是第一次，右边是第五次), the right one the Nth session itself.
      // Round one hundred and fifteen (batch IG), in the pattern below: the left side named by the treatment before it (左边是打针前，右边是打了三次后; 左为激光前，
      // 右为第三次激光后); the right side still needs a count or a course, so 左边是打针前的注意事项，右边是打针后的护理 is not read.
      // Round one hundred and eleven (batch HX), in the pattern below: the two sides parted by a space alone (左：初诊时满脸闭口　右：疗程结束后光滑), which the
      // normaliser drops, and the right side dated by the end of a course or package (套餐结束后, 疗程完成后).
      p(/左(?:边|侧)?\s?(?:[:：]|为|是)[^。!?\n]{0,12}?(?:初诊|首诊|第一次|初次|治疗前|术前|疗前|就诊时|到店|来院|(?:打针|注射|打|用药|涂药|激光|照光|光疗|手术|开刀|切除|放疗|做)(?:之|以)?前)[^。!?\n]{0,24}?[;；,，]?\s?右(?:边|侧)?\s?(?:[:：]|为|是)[^。!?\n]{0,16}?(?:(?:\d+|[一二三四五六七八九十两几])\s?(?:次|个疗程|疗程|个月|周|天)[^。!?\n]{0,8}?后|治疗后|调理后|(?:疗程|套餐|项目|治疗)(?:结束|完成|做完)(?:以|之)?后|术后\s?(?:\d+|[一二三四五六七八九十两几])\s?(?:个月|周|天)|第\s?(?:\d{1,2}|[二三四五六七八九十]{1,2})\s?次(?:治疗|光疗|激光|照光)?(?:后|完)?(?=[。!?\n,，]|$))/),
      // Round one hundred and four (batch HJ): a video's two shots told with 这是 (大家看屏幕，这是治疗前，这是三个月后; 这张是刚来的时候，这张是现在): before
      // and after shown to the viewer; care timed around a session (这是术前须知，这是术后护理) shows no result.
      p(/这(?:张|个|组)?是(?:治疗|术|调理|用药|护理|祛痘|祛斑|做|光疗|刚来|初诊|第[一1]次)[^,，。;!?\n]{0,4}?(?:前|时|的时候)(?!的?(?:须知|注意|护理|准备|饮食|流程|事项|要点|检查))[,，;；]\s?这(?:张|个|组)?是[^,，。;!?\n]{0,6}?(?:(?:\d+|[一二三四五六七八九十两几半])\s?(?:个)?(?:月|周|天|次|疗程)(?:以)?后|治疗后|术后|现在|如今)(?!的?(?:须知|注意|护理|准备|饮食|流程|事项|要点|检查))/),
      p(/[【\[](?:术前|治疗前|疗前|使用前)[】\]][^。;!?]{0,30}?[【\[](?:术后|治疗后|疗后|使用后)[】\]]|(?:→|->|=>)(?<=(?:术前|治疗前)[:：]?[^。;!?]{0,20}?(?:→|->|=>))[^。;!?]{0,4}?(?:术后|治疗后)|看看(?:这些|他们|她们)?[^,，。;!?]{0,4}?(?:患者|病友|顾客|用户)的?(?:反馈|评价|留言|好评|故事|心声|效果|亲身经历|经历|体验|分享|案例|变化)|治疗前后的?(?:对比|比较|照片|效果|图)|(?:术|疗)前\s?[/／、与和]?\s?(?:术|疗)后(?:对比|对照|照片|图|效果)|前后对照|效果对比(?:图|照)?|前后对比(?:图|照片?)?|复色对比|对比(?:图|照片?)|治疗前的?(?:照片|图片?)|治疗后的?(?:照片|图片?)|(?<!(?:no|without|never|not|don't|do\snot)\s)before\s?\/?\s?after|使用前后|(?:个月|周|天|年|疗程)前后的?(?:照片|对比|图)|图(?<=[左右上下]图)(?:为|是)?(?:术前|治疗前|疗前|术后|治疗后|疗后)|图(?:[一二三1-3])[:：]?\s?(?:为|是)?(?:术前|治疗前|疗前|使用前)|前\s?(?:vs\.?|pk)\s?[^,，。;!?]{0,8}?后|(?:术|治疗|疗|使用)[前后]\s?[(（][左右上下](?:图|侧|边)?[)）]|(?:以前|之前|从前|(?<![一二三四五六七八九十两\d])[一二三四五六七八九十两\d]+\s?(?:年|个月|周|天)前)的我[^。;!?]{0,10}?[,，;、]\s?[^。;!?]{0,4}?(?:现在|如今|今天|治疗后|术后)的我|(?:术|治疗|疗|使用)[前后](?<=[左右上下](?:侧|边|图)?(?:为|是|[:：]\s?)(?:术|治疗|疗|使用)[前后])/),
      // Round one hundred and two (batch HF): a caption's two halves parted by a bar or a space (术前｜满脸痘坑　术后｜光滑平整; 治疗前 满脸闭口 治疗后
      // 干干净净), which the normaliser drops between Han characters: the lesion before, a smooth or clear skin after. Care around the operation
      // (术前洗脸 术后保持干净) names no result, and a comma parts a case's prose, read by the patterns above.
      // Round one hundred and twelve (batch HZ): the two labelled states on two lines of a poster or a card (治疗前：满身鳞屑\n治疗后：皮肤光洁; 光疗前：
      // 背部大片斑块\n光疗后：斑块全消): the line break parts them as a comma does. Care advice under the label (治疗后：保持皮肤干净) is not read.
      p(/(?:术|治疗|疗|护理|调理|光疗|用药|祛痘|祛斑|祛疤)前\s?[:：][^,，。;!?\n]{1,14}\n\s?(?:术|治疗|疗|护理|调理|光疗|用药|祛痘|祛斑|祛疤)后\s?[:：](?!\s?(?:保持|注意|要|需|应|避免|请|多|别|不要|不能|记得|务必|禁|忌|复查|随访|护理))[^,，。;!?\n]{0,8}?(?:光滑|光洁|平整|平滑|干净|白皙|细腻|透亮|紧致|消失|不见|没了|全消|淡了|褪了|复色|无痕|清爽|嫩滑|如初)/, { levels: { case: 'off' } }),
      p(/(?:术|治疗|疗|护理|祛痘|祛斑|祛疤)前\s?[^,，。;!?\n]{1,14}?\s?(?:术|治疗|疗|护理|祛痘|祛斑|祛疤)后(?!\s?(?:保持|注意|要|需|应|避免|请|多|别|不要|不能|记得|务必|禁|忌|忌口|复查|随访|护理))\s?[^,，。;!?\n]{0,8}?(?:光滑|平整|平滑|干净|白皙|细腻|透亮|紧致|消失|不见|没了|全消|淡了|褪了|复色|无痕|清爽|嫩滑|白嫩|白白嫩嫩|嫩嫩的|滑溜溜|光溜溜)/),
      // Round one hundred and five (batch HM): the same two halves in a short slogan parted by a comma (术前秃顶，术后满头黑发; 植发前发际线后移，植发后
      // 浓密整齐): the state before in a few words, a full head of hair or a clear skin after; care before and after (术前要洗头，术后也要保持干净)
      // has a verb of advice and is not read, and a case note is off.
      p(/(?:术|治疗|疗|护理|祛痘|祛斑|祛疤|植发)前(?!\s?(?:要|需|应|请|先|别|不要|不能|记得|务必|禁|忌|准备|检查|须知|注意))[^,，。;!?\n要需应请]{1,8}?[,，]\s?(?:术|治疗|疗|护理|祛痘|祛斑|祛疤|植发)后(?!\s?(?:也|都|还|保持|注意|要|需|应|避免|请|多|别|不要|不能|记得|务必|禁|忌|忌口|复查|随访|护理))[^,，。;!?\n]{0,6}?(?:满头黑发|满头秀发|浓密|茂密|光滑|平整|平滑|干净|白皙|细腻|透亮|无痕|嫩滑)/, { levels: { case: 'off' } }),
      // Round one hundred and six (batch HN): before and after as cells of one table row, each labelled (| 治疗前 | 大片鳞屑 | 治疗后 | 皮肤光洁如初 |): the after
      // cell names a clear or smooth skin; | 治疗前 | 停用维A酸 | 治疗后 | 注意防晒 | names care and is not read, and a case note is off.
      p(/\|\s?(?:治疗|术|疗|用药|光疗|调理|护理)前\s?\|[^|\n]{1,24}\|\s?(?:治疗|术|疗|用药|光疗|调理|护理)后\s?\|[^|\n]{0,16}?(?:光滑|光洁|平整|平滑|干净|白皙|细腻|如初|消退|消失|不见|没了|全消|复色|无痕|正常肤色)/, { levels: { case: 'off' } }),
      // Round one hundred and six (batch HN): the reader told to compare before and after the treatment, then told the change in a word (对比一下用药前后，
      // 简直换了一双手; 对比调理前后，判若两人); 对比一下用药前后的血常规 names no change.
      p(/对比(?:一下)?(?:她|他|孩子|患者)?(?:的)?(?:用药|治疗|调理|光疗|护理|术|理疗|针灸)前后[,，]?\s?[^。;!?]{0,6}?(?:换了(?:一)?(?:个人|双手|张脸|层皮|身皮)|变了(?:一)?个人|判若两人|两个人|天壤之别|天差地别)/),
      // Round forty-six (batch CL): before and after set side by side with only an arrow or a dash between them (治疗前 → 治疗后; the
      // normaliser drops the arrow between Han characters), unless what follows is care or a check around the treatment.
      p(/(?:治疗|用药|使用|光疗|调理)前\s?(?:治疗|用药|使用|光疗|调理)后(?![^。;!?\n]{0,8}?(?:注意|护理|须知|饮食|准备|事项|要求|检查|复查|各|均|都要|都需|应|需|要))/),
      // Round one hundred and ten (batch HV): the before and after set side by side as the proof (前后一对比大家就能看出区别了; 术前术后一对比，差别一目了然);
      // prices or figures compared (价格前后一对比，还是套餐划算; 前后一对比数据就知道误差) show no patient.
      p(/(?<!价格|价钱|费用|数据|成绩|分数)(?:前后|术前术后|治疗前后|用前用后)一对比(?![^。;!?]{0,6}?(?:价|数据|成绩|分数|费用|划算))[^。;!?]{0,12}?(?:看出|看得出|看到|知道|明显|一目了然|区别|差别|差距|变化|效果)/),
      // Round thirty-eight (batch BP): the viewer told to look at the comparison, in a video or a post (大家看这个对比！; 来看看这组前后对比).
      // Round sixty-three (batch EG): with the place of the pictures between (大家看屏幕上这组对比, 看下面的这两张对照); a study's figures
      // compared (看下面这组对比数据) show no patient.
      p(/(?:大家|你们|您)?(?:看|瞧|来看|来看看|看看|看一下)(?:屏幕上|画面上|画面里|视频里|镜头里|图中|图里|图上|下面|下方|上面|左边|右边)?的?(?:这个|这组|这张|这两张|这些)(?:前后)?(?:对比|对照)(?!的?(?:方法|方式|标准|数据|结果|研究|试验|表格?|分析))/),
      // Round thirty-seven (batch BL): a diary comparing today with the first day's photo (对比第一天的照片，脸上的痘痘几乎全消了).
      // Round one hundred and two (batch HG): the person whose photo it is named between (对比孩子刚来时的照片，现在脸上光滑多了), and the gain said as
      // 干净多了 / 光滑多了; the photo compared with nothing gained (对比她初诊时的照片，医生记下了皮损面积) shows no result.
      // Round one hundred and two (batch HG): before and after a treatment summed up as a changed person (针灸前后简直判若两人, 调理前后像换了个人): the
      // result told by the patient's looks; a quoted slogan warned about (别信网上“治疗前后判若两人”的图) and someone's mood (他喝酒前后判若两人) are not read.
      p(/(?<![“"「『])(?:治疗|调理|理疗|针灸|推拿|艾灸|用药|手术|术|疗程|护理|矫正|祛斑|祛痘|光疗|激光|刷酸|果酸|熏蒸|药浴)(?:之|以)?前后[,，]?\s?(?:简直|真是|真的|真|完全|就像|好像|仿佛|像是)?(?:判若两人|像?换了(?:一)?个人|像?变了(?:一)?个人|像两个人|天壤之别|天差地别)/),
      // Round one hundred and three (batch HH), in the pattern below: the first visit set against today (对比她第一次来和现在的照片), and the change said as
      // another person (完全像换了个人); 对比第一次来和现在的照片，变化不大 names no change.
      p(/对比(?:一下)?(?:她|他|我|孩子|宝宝|患者|病人|老人|阿姨|大姐|姑娘)?(?:第一天|第一次|第一周|刚开始|刚来时|来之前|治疗前|初诊时|之前|以前|最初)(?:来(?:时|的时候)?)?(?:(?:和|跟|与)(?:现在|今天|如今|最近|复诊时))?(?:拍)?的?(?:照片|自拍|样子|图|照)(?=[^。;!?]{0,30}?(?:全消|消了|没了|淡了|好了|小了|少了|不见|消失|平了|变浅|浅了|褪|退了|几乎|一大半|干净多了|光滑多了|平整多了|好多了|换了(?:一)?个人|变了(?:一)?个人|判若两人|两个人|天壤之别))/),
      // Round forty-nine (batch CS): before and after set side by side in English (Before/After 复色过程全记录, before vs after), which the
      // normaliser lowercases; a single "before" (before treatment 须知) compares nothing.
      // Round sixty-four (batch EI): not after an English denial (No before/after photos here, we never post before & after pictures).
      p(/(?<![a-z])(?<!(?:no|without|never|not|don't|do\snot|never\spost|not\spost|won't\spost|no\sreal)\s)before\s?(?:[/／|&＆]|and|vs\.?|→|->)\s?after(?![a-z])(?!\s?(?:care|instructions?|tips|guide|checklist)(?![a-z]))/),
      // Round sixty-seven (batch EN): before and after of a named procedure (疤痕修复前后的照片, 植发前后对比, 正畸前后的相片), and the
      // comparison made into a poster or a long picture (对比海报, 对比长图, 对比九宫格) to be posted: the result shown by the patient's looks.
      // Round one hundred and sixteen (batch II): the part of the body named between (这位小哥治疗前后的头顶照片, 植发前后的发际线对比照); 治疗前后的头皮护理要点
      // names no picture.
      p(/(?:治疗|植发|种植|用药|调理|护理|疗程|光疗|激光)前后的?(?:头顶|发际线|头皮|头发|发量|发缝|面部|脸部?|皮肤|患处|背部|腿部?|手部?)(?:的)?(?:照片|相片|对比照?|对照|图片?|变化图)/),
      p(/(?:修复|矫正|矫治|植发|种植|祛斑|祛痘|祛疤|减重|减肥|瘦身|整形|美白|注射|填充|溶脂|吸脂|隆鼻|双眼皮|正畸|光疗|激光|调理|护理|疗程)前后的?(?:照片|相片|对比|对照|图片?|视频|变化图)|对比(?:海报|长图|九宫格|合集|宣传图)/),
      // Round fifty-four (batch DI): a figure label in brackets may follow 前 (治疗前（图1）与治疗后（图2）对比).
      // Round thirty: before and after treatment joined by 和/与 and named as photos or a difference (照片是同一位患者治疗前和治疗半年后拍摄的;
      // word-replacement tools turn 治疗前后 into 医治以前与医治以后的区别).
      // Round one hundred and three (batch HI), in the pattern below: the everyday 做 of a session on both sides (做之前和做之后的照片), and before and
      // after set against each other with vs or PK in a caption (术前 vs 术后, 治疗前 PK 治疗后).
      p(/(?:术|治疗|疗程|调理|用药|使用|做)(?:以|之)?前\s?(?:vs\.?|pk|对比|比)\s?(?:术|治疗|疗程|调理|用药|使用|做)(?:以|之)?后/),
      p(/(?:治疗|医治|诊治|术|疗程|调理|手术|用药|光疗|照光|使用|做)(?:以前|之前|前)(?:\s?[(（](?:图|照片|附图|fig\.?)\s?(?:\d{1,2}|[一二三四五六七八九十]|[a-d])[)）])?\s?(?:和|与|及|跟|同|、|以及)[^,，。;!?]{0,10}?(?:以后|之后|后)(?=[^。;!?]{0,8}?(?:拍摄|拍的|所拍|照片|图片|对比|对照|区别|差别|变化|判若两人|天壤之别|天地之别))/),
      // Round forty-one (batch BW): a split screen or a picture pair, the left side months ago or before, the right side today or after
      // (画面分屏：左边是张女士三个月前满脸红疹的照片，右边是她今天素颜出镜的样子).
      p(/[左上](?:边|侧|屏|半屏|图)(?:是|为)?\s?[:：]?[^。;!?\n]{0,16}?(?:(?:\d+|[一二三四五六七八九十两几半])\s?(?:个)?(?:月|周|年|天)(?:以)?前|之前|以前|治疗前|术前|初诊|刚来)[^。;!?\n]{0,16}?[,，;；、]\s?[右下](?:边|侧|屏|半屏|图)(?:是|为)?\s?[:：]?[^,，。;!?\n]{0,8}?(?:现在|如今|今天|目前|治疗后|术后|(?:\d+|[一二三四五六七八九十两几])\s?(?:次|个疗程|疗程|个月|周)(?:以)?后)/),
      // Round twenty-seven: a left (or upper) picture, then the right (or lower) one after treatment (左图为初诊时，右图为治疗12周后).
      p(/[左上]图(?:为|是)?\s?[:：]?[^。;!?\n]{0,16}?[,，;；、]\s?[右下]图(?:为|是)?\s?[:：]?[^,，。;!?\n]{0,12}?(?:治疗|术|疗程|调理|使用|手术|护理|光疗|照光|用药|注射|激光)[^,，。;!?\n]{0,8}?后/),
      // Round ninety-three (batch GN): the two pictures labelled by any procedure, before on the left and after on the right, the label closed by a
      // quotation mark or a colon (左图“洗牙前”…，右图“洗牙后”…; 上图 植发前：… 下图 植发后：…); 饭前 and 饭后 time a meal.
      p(/[左上]图(?:为|是)?\s?[:：]?[^。;!?\n]{0,12}?(?<![饭餐睡课班会雨节])前(?=[”"」』:：])[^。;!?\n]{0,20}?[,，;；、]\s?[右下]图(?:为|是)?\s?[:：]?[^,，。;!?\n]{0,8}?(?<![饭餐睡课班会雨节])后(?=[”"」』:：])/),
      // Round fourteen: two numbered figures, the first at the first visit or before, the second after treatment (图一为患者
      // 初诊时…，图二为治疗三个月后复诊照片).
      p(/图\s?[一1][^。!?]{0,12}?(?:初诊|首诊|就诊时|治疗前|术前|疗前|使用前)[^。!?]{0,24}?图\s?[二2][^。!?]{0,8}?(?:治疗|术|疗程|调理|使用|手术)[^,，。;!?]{0,10}?后/),
      // Round eighty-six (batch GA): numbered photos of a post, some before and some after (第1—4张是治疗前，第5—9张是治疗后; 第1张为术前，
      // 第2张为术后三个月): the set shows a result. A picture of care or a notice before or after (第1张是治疗前须知) shows none.
      p(/第\s?(?:\d{1,2}|[一二三四五六七八九])\s?(?:[—\-~～至到、和]\s?(?:\d{1,2}|[一二三四五六七八九])\s?)?张(?:图|照片?)?\s?(?:是|为|[:：])?[^,，。;!?\n]{0,8}?(?:治疗|术|疗程|用药|调理|光疗|手术)前(?!的?(?:须知|注意|护理|准备|饮食|流程|事项|要点|检查|宣教|说明))[^。;!?\n]{0,20}?[,，;；、]\s?第\s?(?:\d{1,2}|[一二三四五六七八九])\s?(?:[—\-~～至到、和]\s?(?:\d{1,2}|[一二三四五六七八九])\s?)?张(?:图|照片?)?\s?(?:是|为|[:：])?[^,，。;!?\n]{0,8}?(?:治疗|术|疗程|用药|调理|光疗|手术)(?:[^,，。;!?\n]{0,6}?)后(?!的?(?:须知|注意|护理|准备|饮食|流程|事项|要点|检查|宣教|说明))/),
      // An image named for care around a treatment (治疗前后的注意事项配图) shows no result.
      p(/!\[[^\][]{0,100}(?:治疗前|治疗后|术前|术后|对比|复色后)(?!后?的?(?:注意事项|护理|须知|准备|饮食|防晒|要点|流程|步骤))[^\][]{0,100}\]/),
      // Round fifty-five (batch DM): a table whose rows are "before" and "after", a picture or a result in the after row
      // (| 治疗前 | 图1 | 面部红斑 |\n| 治疗后4周 | 图2 | 红斑消退 |); a row of care after treatment (| 治疗后 | 注意防晒 |) shows no result.
      p(/\|\s?(?:治疗|术|疗程|用药|使用|光疗|调理)前[^\n|]{0,8}\|[^\n]{0,80}\n\|\s?(?:治疗|术|疗程|用药|使用|光疗|调理)后(?![^\n]{0,40}?(?:注意|护理|须知|避免|禁忌|饮食|防晒|复查|请|应|需))(?=[^\n]{0,60}?(?:图|照|消退|消失|复色|好转|改善|缩小|不见|恢复|痊愈|淡化|没了|长出|减少))/),
      // A table whose columns are "before" and "after" (| 患者 | 治疗前 | 治疗后 |).
      // Round ninety-three (batch GN): any named procedure as the two columns (| 调理前 | 调理后 |, | 矫正前 | 矫正后 |), as with 治疗.
      // Round one hundred and three (batch HH): the same caption parted by a slash the normaliser keeps (治 疗 前 ／ 治 疗 后 看得见的变化 → 治疗前 / 治疗后),
      // closing the line or followed by the change or the photos; 治疗前/治疗后请勿饮酒 and 治疗前/治疗后的注意事项 are instructions.
      p(/(?:治疗|术|疗|使用|用药|调理|护理|修复|祛斑|祛痘|减重|减肥|瘦身|理疗|疗程|整形|注射|光疗|激光|针灸|推拿)前\s?[/／]\s?(?:治疗|术|疗|使用|用药|调理|护理|修复|祛斑|祛痘|减重|减肥|瘦身|理疗|疗程|整形|注射|光疗|激光|针灸|推拿)后(?=\s?(?:$|\n|对比|对照|的?变化|的?效果|的?照片|图|看得见|一目了然))/),
      p(/(?:治疗|术|疗|使用|用药|调理|护理|修复|矫正|矫治|正畸|植发|种植|祛斑|祛痘|减重|减肥|瘦身|理疗|疗程|干预|整形|注射|光疗|激光|针灸|推拿|康复)前\s?\|\s?(?:治疗|术|疗|使用|用药|调理|护理|修复|矫正|矫治|正畸|植发|种植|祛斑|祛痘|减重|减肥|瘦身|理疗|疗程|干预|整形|注射|光疗|激光|针灸|推拿|康复)后\s?(?:\||\n|$)/),
      // Round twelve: a measurement before and after, side by side (治疗前腰围 92 cm，治疗后 78 cm; 术前3颗，术后0颗). A case
      // report records exactly this, so it is off there.
      p(/(?:治疗|术|疗|使用|调理|减重|减肥|干预|疗程)前[^,，。;!?]{0,12}?\d+(?:\.\d+)?\s?(?:mmhg|cm|厘米|毫米|mm|kg|公斤|斤|%|％|mmol|分|度|个|处|块|颗|根|道|毫升|ml)[^。;!?]{0,6}?[,，；]\s?(?:治疗|术|疗|使用|调理|减重|减肥|干预|疗程)[^,，。;!?]{0,6}?后[^,，。;!?]{0,12}?\d+(?:\.\d+)?\s?(?:mmhg|cm|厘米|毫米|mm|kg|公斤|斤|%|％|mmol|分|度|个|处|块|颗|根|道|毫升|ml)/, { levels: { case: 'off' } }),
      // Round one hundred and seven (batch HP), in the pattern below: the two labelled cells of one table row (| 治疗前：双手大片白斑 | 治疗后：肤色基本一致 |),
      // and the skin said to match now (一致, 正常肤色); | 治疗前：停用外用药 | 治疗后：注意防晒 | tells no result.
      // Round forty-two (batch BZ): labelled before and after lines, the after with a result (治疗前：头顶稀疏；治疗后（第90天）：发量明显增多);
      // day one set against a later day with a result (第1天满脸闭口，第30天皮肤光滑).
      p(/(?:治疗|术|疗|用药|使用|调理|手术|植发|种植)前\s?[:：][^。!?\n|]{2,40}?(?:[;；,，\n]|\s?\|\s?)\s?(?:治疗|术|疗|用药|使用|调理|手术|植发|种植)后\s?(?:[(（][^)）\n]{0,12}[)）])?\s?[:：](?=[^。;!?\n]{0,30}?(?:明显|增多|长出|消失|消退|淡化|光滑|浓密|恢复|改善|好转|不见|没了|变白|平整|减轻|复色|变淡|(?:肤色|颜色)[^。;!?\n|]{0,4}?一致|正常肤色|饱满|茂密|整齐|均匀|透亮|光洁|细腻|白皙))/),
      // Session forty-four (recurring misses, 2 rows of the last 30 batches), in the pattern above and the one below: the after line read as skin made even, clear or
      // smooth (治疗后：肤色均匀自然; 第28天：光滑透亮), and the first and the last day given on lines of their own (第1天：满脸泛红\n第28天：…).
      // Round one hundred and seven (batch HQ), in the labelled lines above: the two labels as cells of one table row (| 术前：额角后移 | 术后：发际线饱满 |),
      // and a hairline or a crown said to be full or thick. Below: a head of thinning hair or a bald crown at first, then later the hair full (以前谢顶的
      // 大叔，现在满头黑发; 刚来时头顶稀疏，做完三个疗程头发已经盖住头顶; 从光头到一头浓发): the result shown by the patient's own change. A quoted slogan
      // (“从秃顶到满头浓发”的视频不可信) and a course told with no full hair (以前头顶稀疏，现在仍在用药观察) are not read.
      p(/(?:以前|之前|原来|当初|曾经|初诊时?|初診時?|刚来(?:时|的时候)?|来的时候|第一次来)[^。;!?]{0,20}?(?:秃|谢顶|地中海|稀疏|稀少|后移|后退|退到)[^。;!?]{0,36}?(?:现在|如今|再拍|再次|复诊|做完|疗程|[月年周]后|之后|以后)[^。;!?]{0,16}?(?:满头|浓密|浓发|茂密|盖住|覆盖|长满|换了(?:一)?个人|判若两人)|(?<![“"「『])从(?:地中海|秃顶|秃头|光头|谢顶|稀疏)(?:到|变成|变回)[^,，。;!?]{0,6}?(?:浓密|满头|浓发|茂密|黑发)/),
      p(/第\s?(?:1|一)\s?(?:天|周|次)[^。;!?\n]{1,16}?[,，;；、\n]\s?第\s?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s?(?:天|周|次)[^,，。;!?\n]{0,10}?(?:光滑|干净|消失|没了|消了|好了|复色|长出|不见|平了|淡了|变白|正常|痊愈|浓密|透亮|光洁|细腻|白皙)/),
      // Session forty-four (recurring misses, 6 rows of the last 30 batches): the time before the care with a lesion named, then the time after with the lesion
      // gone or the skin or hair good (做之前满脸斑，现在干干净净; 使用前头顶透光，使用后黑压压一片; 治疗前鼻头红得发亮，三个月后再拍照几乎看不出来了; 来的时候
      // 头顶明显稀疏，护理了四个月…又密又黑): the before-and-after told in words. A before with no result after it (治疗前要做皮试，三个月后复查肝功能) is not read.
      p(/(?:(?:做|用|使用|治疗|治|打|敷|涂|调理|护理|用药)(?:之|以)?前|以前|第一次来(?:时|的时候)|来的时候|刚来(?:时|的时候))[^。;!?,，]{0,12}?(?:斑|痘|坑|疤|疹|秃|稀疏|透光|红得|泛红|白斑|癣|疣|黑头|闭口|痤疮|皱纹|细纹)[^。;!?]{0,24}?(?:现在|如今|眼下|(?:使用|治疗|用药|做|用|治|调理|护理|打|敷|涂)(?:完|了|之?后|以后)|(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?(?:月|周|次|疗程|星期)(?:以|之)?后)[^。;!?]{0,20}?(?:干干净净|干净了|光滑|光洁|平整|素颜(?:都|也)?敢|黑压压|浓密|又密又黑|看不出|看不见|找不到|全没了|全消|消了|敢出门)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): a slogan that goes from a lesion to a flawless face, each in quotes (从“满脸痘坑”到
      // “素颜出门”; 从“月球脸”到“剥壳鸡蛋”，只用了三个月): the before-and-after as a headline. Stages of a disease (从“痘痘”到“痘印”) are not read.
      p(/从[“"「『][^”"」』]{0,6}?(?:痘|斑|坑|疤|疹|秃|黄|皱|纹|胖|月球|麻子|暗沉|粗糙)[^”"」』]{0,6}?[”"」』]到[“"「『][^”"」』]{0,6}?(?:素颜|光滑|光洁|白|亮|嫩|鸡蛋|瓷|平滑|干净|透|自信|浓密|满头|紧致)[^”"」』]{0,6}?[”"」』]/),
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): photos of the first visit set against photos after a counted course (对比这位顾客第一次
      // 来院时的照片…而三个疗程后的照片里，皮肤已经平整光洁), before-and-after photos published (刊登了四位病友治疗前后的对照照片), the difference called plain
      // (对比一下治疗前后，这差别太明显了; 第40天和第100天的发际线，对比一目了然). A doctor's photos for assessment are read out by refine().
      p(/(?:第一次来|来院时|初诊时|治疗前|做之前|刚来时)[^。;!?]{0,6}?的照片[^。;!?]{0,30}?(?:(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?(?:疗程|月|周|次)(?:以|之)?后|治疗后|做完)[^。;!?]{0,4}?的照片(?:里|上|中)?[^。;!?]{0,10}?(?:平整|光洁|光滑|干净|消失|没了|看不出|淡了|复色)|(?:刊登|展示|发布|晒出|贴出)(?:了)?[^,，。;!?]{0,12}?(?:治疗|用药|护理|调理)前后的?(?:对照|对比)(?:照片|图|照)|对比(?:一下)?(?:治疗|用药|调理|护理)前后[,，]?\s?[^。;!?]{0,6}?(?:差别|区别|变化|差距)(?:太|很|非常|特别|真)(?:明显|大)|第\s?\d{1,3}\s?(?:天|周|个月)(?:和|与|跟|、)第\s?\d{1,3}\s?(?:天|周|个月)的?[\u4e00-\u9fff]{0,6}?[,，]?\s?(?:对比|一比)[^,，。;!?]{0,2}?(?:一目了然|明显|很明显|立见)/),
      // Session forty-four (recurring misses, 9 rows of the last 30 batches): two pictures side by side, the left or upper one named by the time before (做之前,
      // 刚来时, 第一次来, 去年, 灸前) and the right or lower one by the care done and counted after it (做完一个月, 治了两个月, 洗完第六次, 三个疗程后, 灸后), with
      // no word 图 or 对比 needed (左边是做之前，右边是做完一个月; 上图是她来之前的，下图是做完一个月的): the pair is the before-and-after. A pair of notes
      // (左边是术前须知，右边是术后护理要点) and a pair with no care counted (左边是去年的排班表，右边是今年的) are not read.
      p(/(?<![\u4e00-\u9fff])[左上](?:边|侧|面|图|方)?(?:这张|那张|这幅|的照片|的图)?\s?(?:是|为|[:：])?\s?[^。;!?\n]{0,14}?(?:(?:做|用|治|洗|灸|打|敷|涂|抹|泡|吃|喝|贴|照|治疗|调理|手术|术|护理|使用|来)(?:药|光|针)?(?:之|以)?前|刚来(?:时|的时候)?|第一次来|初诊|去年|前年|来院时|来的时候)(?!的?(?:须知|注意|护理|准备|饮食|流程|事项|要点|检查|宣教|说明))[^。;!?]{0,30}?[,，;；、\n]\s?[右下](?:边|侧|面|图|方)?(?:这张|那张|这幅|的照片|的图)?\s?(?:是|为|[:：])?\s?[^,，。;!?\n]{0,10}?(?:(?:做|用|治|洗|灸|打|敷|涂|抹|泡|吃|喝|贴|照|调理|治疗|护理)(?:完|了)[^,，。;!?\n]{0,4}?(?:第)?(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|月|周|天|年|疗程|星期)|(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|月|周|天|疗程|星期)(?:以|之)?后|(?:做|用|治|灸|打|敷|涂|泡|照|治疗|调理|手术|术|护理|使用)(?:之|以)?后(?!的?(?:须知|注意|护理|准备|饮食|流程|事项|要点|检查|宣教|说明)))/),
    ],
    negation: 'suppress',
    hedge: false,
    // The doctor photographing lesions to assess them is a record, not publicity.
    // A picture described (左图…右图, 肤色均匀) shows a result, whatever the visit it was taken at.
    refine: (c) => {
      if (DISOWNED_AFTER.test(c.norm.slice(c.end, c.end + 24)) && !/治好|好了|没了|消失|复色|痊愈/.test(c.sentence)) return false;
      // Round forty-four (batch CG): a table row whose next cell disowns the pictures (| 前后对比 | 本站不展示 |) is a policy.
      if (/^[^\n|]{0,6}?\|\s?(?:本站|本院|我院|我们|网站|本网站|页面|官网){0,2}(?:一律|均|概|从)?(?:不|禁止|不得|不予|未)(?:对外)?(?:展示|提供|发布|公开|使用|刊登|张贴)/.test(c.norm.slice(c.end, c.end + 30))) return false;
      // Round thirteen: a case report's measured course (第0周…第24周, 本例为单一病例) records, it does not advertise.
      // A position in brackets (术前（左）) describes a picture only where the paragraph shows one.
      if (/[(（][左右上下]/.test(c.norm.slice(c.start, c.end)) && !c.paragraphHas(/图|照片?|对比|镜头|画面|视频/)) return false;
      // Round fourteen: a heading or clause about such photos (## 关于治疗前后照片, 如何看待网上的前后对比图) discusses them.
      if (/(?:关于|有关|如何看待|怎样看待|怎么看待?|谈谈|说说)[^,，。;!?\n]{0,8}$/.test(c.norm.slice(Math.max(0, c.start - 12), c.start)) && !/本院|我院|效果显著|疗效展示|神奇|惊人/.test(c.sentence)) return false;
      if (TESTIMONY_DISOWNED.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 30), c.start))) return false;
      if (TESTIMONY_REMOVED.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 30), c.start))) return false;
      // Round sixty-nine (batch ER): the policy in English (We do not publish before/after photos; we never post before-and-after pictures), with no
      // clinic of ours claiming a result.
      if (/(?<![a-z])(?:do|does|will|shall)\s?not\s?(?:publish|post|display|share|show|use)(?![a-z])|(?<![a-z])(?:never|don'?t|doesn'?t|won'?t)\s?(?:publish|post|display|share|show|use)(?![a-z])/.test(c.sentence) && !/本院|我院|cured|cleared|amazing|results?\s?(?:speak|like)/.test(c.sentence)) return false;
      // Round fifty-seven (batch DQ): the pictures raised as a question and answered with a warning right after (对比照看起来效果很好？不同光线、
      // 角度拍出来差别很大，不能作为判断依据): the question and its answer are one thought, though the question mark ends the sentence.
      { const after = c.norm.slice(c.end, c.end + 70); if (/^[^。;!?？\n]{0,20}?[?？]/.test(after) && /光线|角度|(?<!未|没|没有|无|不)(?:修图|滤镜|美颜)|不能(?:作为|当作|全信)|不可(?:信|全信)|(?:请勿|不要|别)轻信|要警惕|谨慎看待/.test(after) && !/本院|我院|我们/.test(c.norm.slice(c.sentenceStart, c.end + 70))) return false; }
      // Round fifty (batch CW): the policy anywhere in the sentence, after a heading that names the photos (关于治疗前后对比照片：本院不在网站中展示
      // 任何患者治疗前后对比图), and photos asked for and refused (有患者问能否提供“治疗前后照片”，按规定我们不能提供).
      if (/(?:不|从不|不会|绝不|禁止|严禁|不得|不再|拒绝)(?:在[^,，。;!?]{0,10}?)?(?:对外)?(?:展示|发布|刊登|张贴|公开|使用|提供|上传)(?:任何)?[^,，。;!?]{0,12}?(?:对比|照片|图)/.test(c.sentence) && !/效果显著|疗效展示|消失|复色了|痊愈|治好/.test(c.sentence)) return false;
      if (/(?:能否|能不能|可否|可不可以|是否(?:可以|能))(?:提供|发|给|看)/.test(c.sentence) && /(?:不能|无法|不予|不便|不会|不可以|没法)(?:提供|发|给|展示|公开)/.test(c.sentence)) return false;
      // Round forty (batch BT): a renovation, a move or a process compared before and after (改造前后对比：平均候诊时间由42分钟缩短到
      // 18分钟) shows no patient.
      if (/(?:改造|装修|翻新|升级|改版|搬迁|扩建|整改|优化|改进|上线|启用|改革|流程)$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.start)) && !/治疗|术后|皮肤|斑|痘|疗效|体重|身材|牙齿|患者照片|[左右]图/.test(c.sentence)) return false;
      // Round forty-one (batch BW): a left and a right side then and now show a patient only where the sentence names a face, skin or a person
      // (左边是三个月前新装修的候诊区，右边是今天刚启用的自助缴费机 shows rooms).
      // Round seventy-eight (batch FK): a right side dated by courses or sessions of treatment (左边是一年前，右边是两个疗程后) is a patient's too.
      // Round one hundred and fifteen (batch IG): so is a left side named by an injection or an operation (左边是打针前), and a scar or a keloid named is a body.
      if (/^[左上](?:边|侧|屏|半屏)/.test(c.norm.slice(c.start, c.end)) && !/照片|样子|模样|自拍|素颜|脸|皮肤|斑|痘|疹|疤|疙瘩|患者|病人|女士|先生|顾客|她|他/.test(c.sentence) && !/疗程后|治疗后|术后|次(?:治疗|光疗|激光|照光)后|第\s?(?:\d{1,2}|[二三四五六七八九十]{1,2})\s?次|(?:打针|注射|用药|涂药|激光|照光|光疗|手术|开刀|切除|放疗)(?:之|以)?前|(?:完|了)[^,，。;!?\n]{0,4}?(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|月|周|天|年|疗程|星期)/.test(c.norm.slice(c.start, c.end))) return false;
      // Round sixteen: named in order to say it is forbidden (治疗前后对比照片在医疗广告中是被禁止的).
      if (/^[^。;!?]{0,16}?(?:是被禁止|被禁止|是违法|属于违法|属于违规|是违规|不允许|不得(?:出现|使用|发布))/.test(c.norm.slice(c.end, c.end + 24)) && !/本院|我院/.test(c.sentence)) return false;
      // Round thirty-five: such pictures warned against (很多经过修图，不能作为选择医院的依据).
      // Round forty-six (batch CL): but 未修图 / 无滤镜 vouches for the pictures instead of warning against them.
      // Round one hundred (batch HB): or said to differ only by the camera's angle and not to show the real result (对比图只是拍照角度不同，不代表真实效果).
      // Round one hundred and three (batch HI): or said to depend on the light or the angle (对比照片容易受光线影响; 对比图会因灯光不同而差别很大).
      // Round one hundred and fifteen (batch IG): or said to be maybe not real (评论区别人的前后对比照，不一定是真的; 网上的对比图很多是假的, 靠不住).
      // Round one hundred and sixteen (batch II): or shot from another angle or in other light (网上晒的前后对比照，很多是换了角度和光线拍的).
      if (/(?<!未|没|没有|无|不|从不|绝不|零)(?:修图|修过|p过图?|ps过|滤镜|美颜)|拍摄角度|(?:换|调|变)(?:了|过)?(?:个)?(?:拍摄)?(?:角度|光线|灯光|打光)|(?:受|随|因)[^,，。;!?]{0,4}?(?:光线|灯光|光照|角度)(?:的)?(?:影响|不同|变化|而异)|(?:拍照|照相)角度|不代表(?:真实|实际)?的?(?:效果|疗效|结果)|(?:保持|理性)(?:理性|看待)|(?:请勿|不要|别)轻信|不能(?:作为|当作|全信)|不可(?:信|全信)|要警惕|谨慎看待|(?:不一定|未必|不见得)(?:都)?(?:是)?(?:真的|真实|可信|靠谱)|(?:很多|不少|大多|多半|可能)(?:都)?是假的|靠不住/.test(c.sentence) && !/本院|我院/.test(c.sentence)) return false;
      // Round forty-two (batch BZ): labelled before and after lines whose after names a clear gain show a result, even in a case page.
      if (/前\s?[:：]/.test(c.norm.slice(c.start, c.end)) && /明显(?:增多|增加|变密|好转|改善|缩小|淡化)/.test(c.norm.slice(c.start, c.end + 30)) && !c.paragraphHas(/本例|单一病例|知情同意|书面同意/)) return true;
      // Round fifty-nine (batch DY): but pictures attached and said to show the gain (附：治疗前后对比照片（第1周、第12周），可见白斑明显缩小)
      // display the result, even with the weeks of a course beside them; a course recorded without the pictures shown off stays a record.
      if (c.docType === 'case' && c.paragraphHas(/本例|该例|此例|单一病例|随访|数据来源|评分|第\s?\d+\s?周|知情同意|书面同意/) && !/本院|我院|效果显著|疗效展示|神奇|惊人|(?:对比|对照)(?:照片?|图)[^。;!?]{0,30}?可见[^,，。;!?]{0,10}?明显(?:缩小|好转|改善|减少|消退|淡化)/.test(c.sentence)) return false;
      // Round forty-nine (batch CS): a full record of the course (复色过程全记录) shows the result off; it files nothing.
      // Round fifty-eight (batch DU): pictures collected on a page or offered for viewing (医生简介：主页收录了上百组治疗前后对比图，欢迎查看)
      // are shown to the public, though a doctor is named in the sentence; a doctor filing them in the record (存档, 评估) is still let through.
      // Round seventy-three (batch EZ): so are pictures the readers are invited to look at (医生说：给大家看看这位患者的治疗前后对比图).
      // Round eighty-two (batch FS): so are pictures put up on a wall or a board for passers-by (治疗前后对比照片墙, 对比展板), though a
      // follow-up visit is named beside them.
      // Round ninety-nine (batch HA): the comparison shown to an audience (讲座现场展示调理前 vs 调理后的体检报告对比图) is publicity, whatever record it is
      // made of; one kept off display (不对外展示) is not.
      // Round one hundred and three (batch HI): before set against after with vs or PK is a caption made for showing, whatever visit it names.
      if (/前\s?(?:vs|pk)/.test(c.norm.slice(c.start, c.end)) && c.docType !== 'case') return true;
      // Round one hundred and seven (batch HP), in the list below: or no trace of it seen now (如今已看不出明显痕迹), though a follow-up visit is named.
      // Round one hundred and ten (batch HV), in the list below: the audience told it can see the difference (前后一对比大家就能看出区别了), though a follow-up
      // visit is named: the comparison is shown to them.
      // Round one hundred and twelve (batch IA), in the list below: the reader invited to click the picture (点击图片查看大图) or the lesion said hardly seen now
      // (斑块几乎看不出来), though the caption calls it a treatment record: the record is shown off.
      // Round one hundred and six (batch HN), in the list below: the lesion said to be invisible now (几乎看不出曾经得过银屑病, 看不出以前长过斑) is a result
      // shown, even when the right side is dated by a follow-up visit (右边是三个月后复诊时拍的).
      return !/评估|记录|随访|病历|存档|判断|观察|监测|报告|复诊|检验|医生/.test(c.sentence) || /(?<!(?:不|未|没|没有|禁止|从不|不会|不得|不予)(?:对外|现场|当众|公开|集中)?)展示|(?:对比|对照)(?:照片?|图片?)?(?:墙|展板|展架|橱窗|海报)|(?:照片|图片)墙|本院|我院|效果|疗效展示|全记录|全程记录|[左右上下]图|如图|肤色|透亮|光滑|均匀|消失|淡化|变淡|变白|平整|(?:完全|全部)(?:被[^,，。;!?]{0,6}?)?覆盖|全不见|色素岛|连成片|明显(?:缩小|好转|改善)|已(?:经)?(?:复色|缩小|好转|改善)|收录|欢迎(?:查看|观看|浏览|围观)|点击(?:图片|照片|大图)?(?:查看|观看|放大)|(?:几乎|基本|完全|已经)看不(?:出来|见)了?(?![^,，。;!?]{0,2}?(?:吗|么|[?？]))|主页|合集|(?:大家|各位|朋友们|粉丝们)(?:都)?(?:可以|不妨|一起)?(?:来)?(?:看看|看一看|瞧瞧)|(?:给|让)(?:大家|各位)(?:看看|看一看|瞧瞧|看一下)|(?:大家|各位|朋友们|你们)(?:一眼)?(?:就|都)?(?:能|可以)?看(?:出|得出)(?:来)?(?:区别|差别|变化|效果|不同)|有多(?:明显|大|好)|看不出(?:来)?(?:曾经|以前|之前|原来)?(?:得过|长过|有过|患过)|看不出(?:任何|明显|一点)?(?:的)?(?:痕迹|白斑|斑|痘印|疤痕?|印子)/.test(c.sentence);
    },
    examples: {
      bad: ["用药之前额头上全是闭口，调理两个月后皮肤光滑多了", "标题：从“黄脸婆”到“白里透红”，她只做了五次", "刚来时两颊的斑连成片，如今素颜都敢出门了", "我们晒出了十位顾客护理前后的对比照片", "第7天和第60天的头顶，一比很明显", "店里的灯箱：左边是敷药之前的手背，右边是敷了两个月的", "上图是他刚来时的额头，下图是调理了三个疗程的", "左边那张是初诊，右边是照了二十次光以后", "大家看看这位小哥治疗前后的头顶照片", "植发前后的发际线对比照", '左边是打针前，右边是打了三次后', '左为激光前，右为第三次激光后，疤平了很多', '左边是注射前，右边是注射四次后', '用药之前胳膊上全是鳞屑，如今已经看不出来了', '光疗前背上的斑块很厚，现在都平整了', '刚来时额头全是粉刺，现在摸起来很平整', '护理前小屁屁全是红疙瘩，护理后滑溜溜的', '祛痘前额头坑坑洼洼 祛痘后白白嫩嫩', { text: '这是一位顾客的随访记录，左边是初诊时的痘印，右边是三次光子后，痘印几乎看不出来了', type: 'institution' }, { text: '病历存档照片：左为初次来院时，右为两个疗程后，点击照片放大', type: 'institution' }, { text: '护理前：脸上满是红疹\n护理后：皮肤细腻光滑', type: 'ad' }, '光疗前：背部大片斑块\n光疗后：斑块全消', { text: '图注 左：初诊时额头满是闭口 右：疗程完成后额头光洁', type: 'institution' }, '复诊时术前术后一对比，大家都能看出变化', '术前术后一对比，差别一目了然', '熏蒸前小腿满是鱼鳞样的皮屑，熏了两周后变得光滑细腻', { text: '| 调理前：两颊红血丝 | 调理后：红血丝明显变淡 |', type: 'ad' }, '刚来就诊时脖子上的白斑有巴掌大，坚持照光半年，现在基本看不出来了', '初诊时手背的疤有硬币大，按时复诊一年，如今已看不出任何痕迹', {"text": "| 术前：额角后移 | 术后：发际线饱满 |", "type": "institution"}, "以前谢顶的大叔，现在满头黑发", "刚来时头顶稀疏，做完三个疗程头发已经盖住头顶", {"text": "从光头到一头浓发，只用了半年", "type": "ad"}, { text: '| 护理前 | 满脸红疹 | 护理后 | 干干净净 |', type: 'ad' }, '对比调理前后，简直判若两人', '左边是她初诊时额头的痘印，右边是两个疗程后复诊时拍的，已经看不出以前长过痘', '术前秃顶，术后满头黑发', '植发前发际线后移，植发后浓密整齐', { text: "祛斑前 / 祛斑后 对比", type: 'ad' }, { text: "术前/术后 看得见的变化", type: 'ad' }, "对比一下阿姨刚来时和现在的照片，斑淡了一大半", "对比他初诊时和今天的照片，简直判若两人", '左边是第一次来，右边是第八次光疗后', '视频里这张是刚来的时候，这张是两个月后', "图｜左为初诊时，右为光疗二十次后", { text: "治疗前 PK 治疗后｜第五次复诊", type: "institution" }, "看看她做之前和做之后的对比，差别很大", { text: "左是第一次到店，右是三个疗程后", type: "ad" }, "针灸前后简直判若两人", { text: "祛斑前后，真像换了个人", type: "ad" }, "对比孩子刚来时的照片，现在脸上光滑多了", "调理前后一对比，脸上的斑淡了一大半", "贴了一个月，前后这么一比，肚子小了一圈", "打拳前腰弯着，打拳后腰板挺直了", "练拳前走路离不开拐杖，现在天天能爬山", "入会以前疼得下不了楼，如今能自己买菜", { text: '治疗前 满脸闭口　治疗后 干干净净', type: 'institution' }, '护理前｜T区黑头密集 护理后｜毛孔干净', "看看这组治疗前后对比图，效果一目了然", "敷之前膝盖肿得下不了楼，敷完第二天就能上下楼", "泡之前脚冰凉，泡完脚就不麻了", { text: "健康沙龙现场展示会员调理前与调理后的体检报告对比", type: 'ad' }, "刚来的时候她疼得下不了床，如今能自己去菜场买菜", { text: '王叔一开始调理时喘不上气，现在不用再吸氧了', type: 'ad' }, "推拿前孩子整夜咳个不停，推拿后不咳了", { text: '艾灸前他每天胃胀，艾灸后胀痛都没了', type: 'ad' }, "正骨前她连弯腰都难，正骨后能自己上下楼", { text: '海报文案：左图“洗牙前”满口烟渍，右图“洗牙后”白净整齐', type: 'ad' }, { text: '| 指标 | 矫正前 | 矫正后 |\n| 牙列 | 拥挤 | 整齐 |', type: 'ad' }, '朋友圈配文：第1张为术前，第2张为术后三个月，鼻翼的疤痕已经很浅了', '第一、二张是光疗前的手臂，第三张是光疗十次后，白斑边缘都在收拢', { text: '分屏｜左边是一年前，右边是两个疗程后', type: 'institution' }, { text: '医生日记：给大家看看这位痤疮患者的治疗前后对比图', type: 'institution' }, { text: '✨ Before/After 看这里 👉 三次光疗后白斑明显变小', type: 'ad' }, { text: '正畸前后的相片已经整理好，下周发朋友圈', type: 'institution' }, { text: '收集了二十位顾客的祛斑对比长图，欢迎来店翻看', type: 'ad' }, { text: '口播：来，大家看画面上的这组对比，三个月前后判若两人', type: 'ad' }, { text: '看下面这两张对照，额头的痘印淡了一大半', type: 'ad' }, '删除烦恼，从这里开始！治疗前后对比照片见下方', { text: '图示为该患者治疗前后的对比图（第2周、第8周），可见手背白斑明显淡化', type: 'case' }, { text: '医生介绍：从医十五年，个人主页有几十组患者治疗前后对比照，欢迎观看', type: 'institution' }, { text: '对比图来了！左边治疗前，右边治疗后，同一个角度拍摄，效果一目了然', type: 'ad' }, { text: '| 阶段 | 照片 |\n| 光疗前 | 见图A |\n| 光疗后3个月 | 见图B，白斑缩小 |', type: 'ad' }, { text: '附图：调理前（图a）和调理后（图b）的头皮照片对比', type: 'ad' }, '光疗前(照片1)与光疗后(照片2)的区别一目了然', {"text": "晒一组 before/after，痘痘肌一个月的变化", "type": "ad"}, {"text": "before/after｜斑秃生发过程全记录", "type": "ad"}, { text: '治疗前→治疗后，差别一目了然', type: 'ad' }, { text: '用药前 — 用药后，同一个角度拍摄，未修图', type: 'ad' }, {"text": "术前：双眼皮不对称；术后（一个月）：双眼对称自然，肿胀消退", "type": "ad"}, {"text": "打卡第1天满脸红疹，第21天皮肤恢复正常", "type": "ad"}, { text: '【镜头3】画面分屏：左边是张女士三个月前满脸红疹的照片，右边是她今天素颜出镜的样子', type: 'ad' }, { text: '第四十天，额头的痘印全淡了，大家看这个对比！', type: 'ad' }, {"text": "打卡第30天：对比刚开始的自拍，额头的闭口基本没了", "type": "ad"}, '治疗前，手背上满是白斑；治疗后，这些白斑全不见了', '术前白斑约占面部的十分之一，术后第八周白斑已完全被正常皮肤覆盖', { text: '图一为治疗前手背照片，图二为治疗两个月后复诊所摄，可见色素岛已连成片', type: 'case' }, {"text": "同一位顾客调理前和调理三个月后的对比，痘印淡了很多", "type": "ad"}, "医治以前与医治以后的差别一目了然", { text: '术前 | 术后\n塌鼻梁 | 鼻梁挺拔', type: 'ad' }, { text: '本院采用光动力方案，左图为初诊时，右图为治疗8周后，痘印明显变淡', type: 'institution' }, '上图是第一次来的时候，下图是照光三个月后', { text: '图｜左：第一次到店时额头布满闭口；右：完成四次焕肤后，皮肤光洁', type: 'ad' }, { text: '眼袋术前/术后对比，年轻十岁', type: 'ad' }, { text: '▲左：治疗前　右：治疗第6次后（同一位顾客，未修图）', type: 'ad' }, '图一为患者初诊时背部的白斑，图二为治疗三个月后的照片', { text: '图1：初诊时满脸红血丝；图2：治疗两次后', type: 'ad' }, '【术前】满脸痘坑 →【术后】皮肤光滑', '治疗前后对比照片见下图', '治疗前后对比：左图为初诊时，右图为第三次复诊时', '看看我们顾客的亲身经历', '术前术后对照：鼻尖上翘', '![治疗后三个月](/uploads/media/a.webp)', '看看这些复色对比图', '效果对比一目了然', '上图为治疗前，下图为治疗后三个月', { text: '门诊走廊新布置了一面治疗前后对比照片墙，复诊的患者候诊时都能看到', type: 'institution' }, { text: '展位一侧立着术前术后对比展板，上面是复诊时拍的照片', type: 'ad' }, '这是她两个疗程前后的照片', '变化看得见：治疗前腰围 92 cm，治疗后 78 cm', '三个月前vs三个月后', '图一：治疗前；图二：治疗后', '调理前体重70公斤，调理三个月后58公斤', { text: '左边为术前，右边为术后一个月，眼袋基本消失', type: 'ad' }, { text: '图注：术后（右）与术前（左）对比，鼻梁更挺', type: 'ad' }, { text: '以前的我不敢照镜子，现在的我天天素颜出门', type: 'ad' }],
      ok: ["治疗前要做皮试，三个月后复查肝功能", "从“痘痘”到“痘印”，痤疮一般分几个阶段", "以前满脸痘的人，现在也要注意防晒吗？", "左边是做之前要签的同意书，右边是做完要看的护理单", "左边是去年的排班表，右边是今年的", "上面是饭前要吃的药，下面是睡前要吃的药", "网上晒的前后对比照，很多是换了角度和光线拍的", "那些治疗前后对比图，不少是调过灯光拍的", "治疗前后的头皮护理要点", '评论区别人的前后对比照，不一定是真的', '网上的治疗前后对比图很多是假的，别信', '短视频里的前后对比图靠不住，要以医生面诊为准', '左边是打针前的注意事项，右边是打针后的护理', '左边是三个月前的候诊区，右边是两次装修后', '治疗前如有湿疹，现在需要告诉医生', '治疗前背上有红斑，现在仍有少量残留', '刚来时额头有粉刺，现在还在按疗程复诊', '护理前先洗手，护理后宝宝的小屁屁要晾干再穿纸尿裤', { text: '随访记录：左为初诊时的皮损，右为两个疗程后，请医生评估是否调整用药', type: 'case' }, { text: '治疗前：请空腹，卸妆\n治疗后：保持皮肤干净，注意防晒', type: 'institution' }, '护理前：评估皮损面积\n护理后：记录皮损面积变化', { text: '左：初诊时的皮肤镜图像　右：同一部位的病理切片', type: 'institution' }, '价格前后一对比，还是套餐划算', '复诊时术前术后照片对比，用于医生评估', '泡澡前先冲净身体，泡完后要保持皮肤湿润并及时涂润肤霜', '泡浴前请测量水温，泡浴后皮肤发红属常见反应', { text: '| 治疗前：停用外用药一周 | 治疗后：注意防晒、保持一致的作息 |', type: 'institution' }, '入院时白斑面积约5%，如今仍在随访观察中', '入院时带着以前的病历，现在可以在自助机上打印报告', "“从秃顶到满头浓发”的视频不可信", "以前头顶稀疏，现在仍在用药观察", {"text": "| 术前：需停用米诺地尔 | 术后：第十天拆线 |", "type": "institution"}, { text: '| 治疗前 | 停用维A酸 | 治疗后 | 注意防晒 |', type: 'institution' }, '对比一下用药前后的血常规，医生才能判断是否调整剂量', '左边是她初诊时额头的痘印，右边是两个疗程后复诊时拍的，供医生评估', '术前要洗头，术后也要保持头皮干净', '植发前剃短头发，植发后三天不洗头', { text: "治疗前/治疗后请勿饮酒", type: 'ad' }, "治疗前/治疗后的注意事项见背面", "对比第一次来和现在的照片，变化不大，还要继续观察", "对比初诊时的照片，皮损面积没有变化", '这是术前须知，这是术后护理要点，请收好', '左边是挂号窗口，右边是第二次缴费处', '朋友圈里的前后对比图，不少是修过的', "左为初诊医生，右为复诊医生", "对比图会因灯光不同而差别很大，不能只看照片", "治疗前后对比照片容易受光线影响", "吃饭前比吃饭后轻一斤", "左为挂号处，右为两个月后开放的新诊区", "他喝酒前后判若两人，家里人很头疼", "别信网上“治疗前后判若两人”的图", "对比她初诊时的照片，医生记下了皮损面积", "服药前后一对比血压，记在本子上给医生看", "搬家前后一对比，屋里的杂物少了一大半", "做操前先热身，做操后慢慢走几圈", "以前没有电梯，老人下不了楼，现在能坐电梯了", { text: "练功前走路要拄拐，现在能慢走十分钟，建议继续随访", type: "case" }, '术前洗脸 术后保持创面干净', { text: '术前｜签署知情同意书　术后｜冷敷二十分钟', type: 'institution' }, "网上的减肥前后对比照，常常是换了拍照角度，不代表实际效果", "喝前请摇匀，喝后半小时内不要进食", "吃之前要空腹，吃完休息一会儿再活动", { text: "医生会在复诊时拍摄治疗前后对比照片，写入报告用于评估疗效，不对外展示", type: 'institution' }, "刚来的时候疼得厉害是正常的，现在能做的是按时换药", { text: '患者刚入院时卧床，现在可扶拐行走，继续康复训练', type: 'case' }, "训练前要热身，训练后慢走放松五分钟", "针灸前不要空腹，针灸后半小时内不要洗澡", { text: '调理前血压160/100，调理后降到正常，继续随访', type: 'case' }, { text: '服药时间示意：左图“饭前”空腹服用，右图“饭后”半小时服用', type: 'kepu' }, { text: '康复操图解：上图 双臂向前，下图 双臂向后，各做十次', type: 'kepu' }, { text: '| 时间 | 饭前 | 饭后2小时 |\n| 血糖参考值 | <6.1 | <7.8 |', type: 'kepu' }, '第1张是治疗前须知海报，第2张是治疗后护理要点，请大家收藏', '第1张是术前谈话室，第2张是术后观察区，都已消毒完毕', { text: '左边是两个月前的药房，右边是现在的药房', type: 'institution' }, { text: '医生会在复诊时拍摄治疗前后对比照片，用于评估疗效，不对外展示', type: 'institution' }, { text: 'Per hospital policy, we never post before/after photos of patients online.', type: 'institution' }, { text: 'We never post before & after pictures 🙅 本页只介绍光疗的适应证和注意事项', type: 'institution' }, { text: '正畸前后的照片只存入病历，用于医生评估，不对外展示', type: 'institution' }, '植发前后的注意事项：术前一周停用阿司匹林', { text: 'Without before/after photos, 我们用文字说明治疗的一般过程', type: 'kepu' }, '看下面这组对比数据：两种保湿剂的使用频率没有差别', '大家看屏幕上这组对比，这是同一块皮肤在不同光线下拍的，说明照片不能作为判断疗效的依据', '按照整改要求，本院已撤下官网全部治疗前后对比照片', { text: '本例随访至第24周，治疗前后皮损面积由医生按评分量表记录，照片仅存病历', type: 'case' }, '复诊时医生会把治疗前后对比照存入病历，用于评估疗效', '这种对比图靠谱吗？同一块皮肤换个光线和角度就差很多，不能作为判断疗效的依据', {"text": "网传的所谓本院“前后对比照”并非我院发布，请勿轻信", "type": "institution"}, '治疗前（图1）与治疗期间的护理要点见下文', { text: '| 时段 | 要点 |\n| 治疗前 | 清洁皮肤，勿化妆 |\n| 治疗后 | 注意防晒，避免搔抓 |', type: 'institution' }, {"text": "关于治疗前后照片：根据规定，本院不在官网展示任何患者对比图", "type": "institution"}, {"text": "有家长问能否发几张“治疗前后对比照”看看，我们按规定不能提供", "type": "institution"}, "光疗 before and after care：照光前后都要做好防晒", '光疗前→光疗后的护理要点见下表', '治疗前、治疗后都要测量血压', '网上的对比图很多经过修图，请理性看待', "网上的前后对比照片可能用了美颜滤镜，请勿轻信", '| 栏目 | 说明 |\n|---|---|\n| 术前术后对比 | 本院官网不展示 |', {"text": "疗程安排：第1周每周照光两次，第4周复诊评估，第8周决定是否继续", "type": "institution"}, "术前：禁食8小时；术后：6小时内不要饮水", {"text": "第1天服药后如有恶心，第2天起可改为饭后服用，症状一般会好转", "type": "kepu"}, '左边是三个月前新装修的候诊区，右边是今天刚启用的自助缴费机', { text: '挂号流程优化前后对比：自助机上线后，平均排队时间缩短了一半', type: 'institution' }, "复诊时医生会对比第一次的照片，评估是否需要调整方案", '术前白斑约占面部的十分之一，术后第八周移植区可见部分色素', '网上那些“治疗前/治疗后”对比图，很多经过修图，不能作为选择医院的依据', '治疗前后请在同一光线下拍照，供医生评估', { text: '图一为治疗前照片，图二为治疗三个月后复诊照片，供医生评估分期时参考', type: 'case' }, "治疗前和治疗后都要做好防晒，避免暴晒", "医生会比较治疗前和治疗后的照片，用于评估疗效", '左图为健康牙龈，右图为牙周炎时牙龈红肿的样子', { text: '根据相关规定，本院不发布任何治疗前后对比照片', type: 'institution' }, '左：术前准备区　右：术后观察区，请家属在黄线外等候', { text: '左：候诊区，右：治疗室，两个区域之间有洗手池', type: 'institution' }, '治疗前后对比照片在医疗广告中是被禁止的，看到要提高警惕', '术前/术后护理要点请见下表', '## 关于治疗前后照片\n照片对比只能反映拍摄当时的状态，评估疗效请以医生检查为准', '左：术前准备区　右：术后观察区，请家属在黄线外等候', { text: '图1为患者初诊时皮肤镜下表现，图2为治疗12周后复查所见（经患者书面同意）', type: 'case' }, '图一为正常皮肤的显微结构，图二为白癜风皮损处黑素细胞减少的示意', '治疗前后都要做好防晒', '医生会拍摄治疗前后照片，用于评估疗效', '术前术后的护理要点', '术前8小时禁食，术后6小时内不要喝水', { text: '治疗前皮损面积约占体表10%，治疗12周后约为4%', type: 'case' }, '![光疗治疗前后的注意事项配图](/uploads/media/care.webp)\n\n照光后要避免暴晒，皮肤变得光滑均匀需要时间', '术前（左）需要禁食禁水八小时，术后（右）请遵医嘱进食', { text: '治疗前后对比：第0周皮损面积约8%，第12周约5%（本例随访记录），不能推广到其他患者', type: 'case' }, '以前的我和现在的我都需要定期复查血糖', { text: '医生在复诊时拍摄治疗前后对比照片存档，展板上只介绍就诊流程', type: 'institution' }],
    },
  },
  {
    id: 'endorser-role',
    category: 'testimonial',
    title: '代言人、推荐官、明星和网红推荐',
    basis: BASIS.testimonial,
    message: '代言人、“推荐官”“体验官”、明星或网红推荐，都属于利用广告代言人作推荐、证明，医疗宣传中禁止。',
    suggestion: '删去代言、推荐和“亲测”类内容；介绍治疗时只写客观信息，由医生根据病情给出建议。',
    levels: levels('EEEE'),
    // Round twelve: an endorsement exposed (其实是付费推广, 被检出非法添加, 不能当作疗效的证据) endorses nothing.
    // Round fifty-five (batch DK): the role disowned right after it (您问的“推荐官”活动我们从未举办过).
    // Round seventy-three (batch EZ): 推荐 before 官网 / 官方 (推荐官网预约, 体验官方小程序) names no role.
    // Round eighty-six (batch GA): the role as the subject of a legal duty (代言人不得为其未使用过的商品作推荐; 广告代言人应当依据事实作推荐),
    // with no clinic of ours in the sentence: the law's words about endorsers, no endorser used.
    // Round ninety-five (batch GR): the endorsement named in order to say it is forbidden (请形象大使为疗效代言，在医疗广告里是被禁止的), as the
    // before-and-after pictures are.
    // Round ninety-eight (batch GY): a case note's history of an endorsement the patient saw (患者诉看了某主持人推荐的视频后自行购买…) records it.
    // Round one hundred and seventeen (batch IJ): the role named as what an impostor claims to be (有人冒充我院“推荐官”卖药浴包; 假冒本院体验官推销药包):
    // a warning about someone else's lie, even with the clinic's own name in it; the role the clinic itself engages (本院聘请的“推荐官”) is read as before.
    refine: (c) => !askedThenCautioned(c) && !/(?:冒充|假冒|冒用|冒名|谎称|假扮|伪装成)(?:是)?(?:我院|本院|我们|本中心|本诊所|本店|医院|科室|卫生院)?(?:的)?[“"「『]?$/.test(c.norm.slice(Math.max(0, c.start - 12), c.start)) && !(c.docType === 'case' && CASE_HISTORY_TOLD.test(c.sentence) && !/本院|我院|我们|本中心|这家/.test(c.sentence)) && !(/^[^。;!?]{0,16}?(?:是被禁止|被禁止|是违法|属于违法|属于违规|是违规|不允许|是不允许|违反(?:了)?[^,，。;!?]{0,6}?(?:广告法|规定|法律))/.test(c.norm.slice(c.end, c.end + 24)) && !/本院|我院|我们|本中心|本诊所/.test(c.sentence)) && !(/^(?:也|还|同样)?(?:不得|应当|须|必须)/.test(c.norm.slice(c.end, c.end + 4)) && !/本院|我院|我们|本中心|本诊所/.test(c.sentence)) && !DISOWNED_AFTER.test(c.norm.slice(c.end, c.end + 24)) && (!(WARNS.test(c.sentence) || DOCTOR_WARNS.test(c.sentence) || ENDORSEMENT_EXPOSED.test(c.sentence) || /不要|唔好|莫(?=再?(?:乱|随便|信|听|买|试|用|吃))|(?<![告特分区级类性识鉴辨离差个派])别(?![人处的])|没有经过|未经|跟风|缺少|缺乏|不一定|未必|不见得|不代表|不等于|≠|适合(?:你|您|自己)|无法核实|难以核实|无从核实|真假难辨/.test(c.sentence)) || /本院|我院|我们|本店|本中心|咱们?(?:家|店)/.test(c.sentence)),
    patterns: [
      // Round twelve: the clinic as a celebrity's own (著名演员林某的御用皮肤管理团队, 歌手的私人医生).
      p(/(?:明星|影星|歌星|演员|歌手|主持人|艺人|网红|博主|名人|冠军|名模|模特)[^,，。;!?]{0,8}?的(?:御用|专属|私人|指定)/),
      // Round fifty-five (batch DM): an ambassador for a treatment or of the clinic (本院“祛痘大使”, 担任本院的护肤大使).
      p(/(?:祛痘|抗痘|祛斑|淡斑|护肤|美肤|美白|焕肤|生发|祛白|口碑)大使|(?:担任|出任|成为|受聘为?|聘为|聘请[^,，。;!?]{0,8}?(?:担任|为))(?:本院|我院|本中心|我们|本诊所|本店)的?[“"「『]?[\u4e00-\u9fff]{0,6}?大使(?!馆)/),
      // Round one hundred and twenty-one (batch IS): the clinic engaging someone to act as its ambassador, officer or tester under any title (我们请了
      // 游泳馆的教练当“护足大使”; 本门诊特邀游泳队员做“爱手大使”): the engaging named by the clinic is the endorsement; a school asking a firefighter to
      // be its 安全大使 names no clinic.
      p(/(?:我们|本院|我院|本店|本中心|本门诊|咱们|咱家)[^,，。;!?]{0,4}?(?:请了?|邀请了?|特邀|特聘|聘请了?|找了)[^,，。;!?]{1,12}?(?:当|做|作|担任|出任)(?:我们|本院|本店|咱们)?的?[“"「『]?[\u4e00-\u9fff]{1,6}?(?:大使|推荐官|体验官)(?!馆)/),
      // Round ninety-five (batch GR): any ambassador shown using the product or the method (社区健康推广大使带头喝这款茶; 养生大使每天都在用这套
      // 按摩仪): the role with the use, whatever the title; an ambassador who teaches or visits (志愿大使到社区讲解急救知识) uses nothing of ours.
      // Round one hundred and twenty-five (batch JA), in the pattern below: the ambassador's name after the title and a comma before the use (园区护手大使阿凯，
      // 天天带头抹这款): up to 8 characters, a comma allowed, no full stop; 控烟大使每天都在街道宣传 uses nothing of ours.
      p(/大使(?!馆)[^。;!?]{0,8}?(?:带头|亲自|亲身|天天|每天|一直|都在|也在|都|也)(?:在)?(?:用|喝|吃|贴|试|涂|抹|戴|泡|体验|使用)(?:上)?(?:这|我们|本|咱们|咱家)/),
      // Round ninety-three (batch GN): someone engaged to endorse (请了“护眼大使”王老师代言, 特邀一位宝妈为本店的推拿项目代言): the act of
      // endorsing named with who is asked or what is endorsed, not only the role's title; one who once endorsed a drink (曾为一款饮料品牌代言) is history.
      p(/(?:请了?|邀请了?|特邀|特聘|聘请了?|签约了?|找了)[^,，。;!?]{1,16}?代言(?!人|费)|(?<!曾(?:经)?)为[^,，。;!?]{0,12}?(?:项目|诊所|医院|机构|中心|门诊|品牌|疗法|产品|方案|套餐|服务|本院|我院|本店|我们)(?:的)?(?:宣传)?代言(?!人|费)/),
      // Round one hundred and twenty-five (batch JA), in the pattern below: a following counted by any numeral (八十万粉, 两百万粉丝) and whoever has it said to be
      // using it now (抖音八十万粉的“车间小王”都在用; 两百万粉丝的健身教练天天在抹这款): the following is the endorser's warrant, whatever the name; a question asks.
      // Session forty-four (recurring misses, 5 rows of the last 30 batches): an influencer by any name (博主, 网红 or wang红, 达人, 主播), engaged as a role
      // named by any title ending in 官 or 大使 (特邀人气育儿博主担任春季护肤守护官; 特聘护肤博主担任关爱大使), said with a following to have pushed or shown
      // it off (几十万粉的银发博主都推过这家; 好多网红宝妈都晒过这款), or speaking to fans as a customer of the clinic (很多粉丝问我…其实我自己就是这家门诊的
      // 老顾客): the endorser's name used. A blogger who reviewed and warned (博主晒过这款的检测报告，含激素) or a role not ours (博主担任了节目主持) is not read.
      p(/(?:特邀|特聘|聘请|邀请|请来)(?:了)?[^,，。;!?]{0,10}?(?:博主|网红|达人|主播|kol|up主|明星|艺人)(?:担任|出任|作为|当)(?:我们的?|本院的?|本店的?)?[^,，。;!?]{0,8}?(?:大使|[\u4e00-\u9fff]官)(?![网方])|(?:[几十百上数][十百千万]{1,2}|\d+万)粉(?:丝)?的?[^,，。;!?]{0,4}?(?:博主|网红|达人|主播|up主|宝妈|大v)[^,，。;!?]{0,4}?(?:都|也)(?:推过|推荐过|晒过|安利过|种草过|夸过)(?:这|我们|本|咱)|(?:[一二三四五六七八九两几十百上数][十百千万]{1,2}|\d+万)粉(?:丝)?的?[^,，。;!?]{0,10}?(?:都|也|一直|天天)在(?:用|推|抹|涂|喝|吃|贴)(?:着)?(?=$|[,，。!！~～\s]|这|我们|本|咱)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]))|(?:网红|wang红|博主|达人|主播)[\u4e00-\u9fff]{0,2}?(?:都|也)(?:推过|推荐过|晒过|安利过|种草过)(?:这款|这个|这家|我们|本店|咱家)(?![^,，。;!?]{0,10}?(?:检测|报告|激素|超标|问题|吗|么|[?？]))|(?:粉丝|关注我的|我的视频)[^。;!?]{0,20}?我(?:自己)?(?:就|也)?是这家[^,，。;!?]{0,6}?的(?:老|忠实)?(?:顾客|客户|会员|用户|患者)/),
      p(/推荐官(?![网方])|体验官(?![网方])|代言人|形象大使|品牌大使|明星(?:推荐|同款|代言|都在用|亲测)|网红(?:同款|推荐|医院)|达人(?:推荐|亲测)|亲测有效|(?:演员|歌手|主持人|明星|艺人|网红|博主|kol|up主|达人)[^,，。]{0,8}(?:推荐|代言|亲测|都在用|都来|探店|直呼|亲自体验)|教练[^,，。]{0,6}?(?:推荐|代言|力荐)的?[^,，。]{0,6}?(?:项目|套餐|疗程|机构|医院|诊所)/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['明星同款祛疤贴？本店有售，先看看价格吧', "两百万粉丝的健身教练天天在抹这款防晒", { text: '车间的爱手大使小敏，每天都在用我们的护手霜', type: 'ad' }, "百万粉的美妆达人也推荐过这家诊所", "好几个带货主播都晒过这款祛痘贴", "经常有粉丝问我在哪儿做的头皮护理，其实我自己就是这家店的老会员", { text: '本院聘请的“泡脚推荐官”手把手教您泡', type: 'ad' }, { text: '本门诊特邀两位游泳队的小队员做我们的“爱手大使”', type: 'ad' }, { text: '网红推荐的减肥茶，纯天然不伤身', type: 'ad' }, { text: '我们请了形象大使为本院宣传，别家被禁止的项目这里都能做', type: 'ad' }, { text: '我们的养生大使每天都在用这款颈椎按摩仪', type: 'ad' }, "小区的健康宣传大使带头喝这种降脂茶", { text: '我们特邀了一位亲子博主为本店的小儿推拿项目代言', type: 'ad' }, { text: '这款护眼仪请了“爱眼小卫士”乐乐妈妈代言，口碑很好', type: 'ad' }, '我院特聘知名网红、健康推荐官为医院宣传', '网红推荐，明星同款，祛痘就来这里', { text: '人气主播担任本院“祛痘推荐官”，陪你告别痘痘', type: 'ad' }, { text: '诚邀一位宝妈博主出任我院“湿疹关爱大使”，全程记录治疗', type: 'ad' }, { text: '本月生发大使招募中，分享头皮变化即可', type: 'ad' }, '特邀知名演员担任本院形象大使', '明星同款祛白方案', '多位博主亲测推荐', '美妆博主探店后直呼专业', '著名演员林某的御用皮肤管理团队', '多位歌手的私人医生坐诊', '某某健身教练推荐的减脂项目'],
      ok: ['博主推荐的减肥茶，不少偷偷添加了利尿剂', '明星推荐的洗发水，先查查有没有备案', '网红力荐的那款祛疤膏，其实没有国药准字', '网红同款防晒喷雾？下单前最好先查一查备案号。', '主播推荐的祛斑霜，有些加了汞，检测报告要看', "这位八十万粉的科普作者一直在推防晒知识", { text: '控烟大使老周，每周都在街道宣传二手烟的危害', type: 'institution' }, "请来的博主担任了当晚节目的主持", { text: '近期有人假冒本院“体验官”在集市推销药包，请大家提高警惕', type: 'institution' }, { text: '学校请了消防员当“安全大使”，给孩子们讲防火知识', type: 'kepu' }, '回复：明星推荐的祛疤膏，先看有没有批准文号', '明星推荐的祛斑霜，对老年斑并没有用', '网红推荐的止痒膏其实根本不管用，别花冤枉钱', '明星代言的药膏也要看批准文号', { text: '家属代诉患者看了明星代言的广告后自行服用保健品，血糖波动', type: 'case' }, '网红推荐的护肝片，买之前再问一下药师', "网红推荐的减肥药，吃之前先问问药师", "网红推荐的祛斑霜多含重金属，长期涂抹伤肝伤肾", "明星同款的减肥胶囊常含泻药，吃多了伤胃", "请代言人为医疗机构作推荐，在医疗广告里是被禁止的", "用推荐官为药品宣传疗效，违反了广告法的规定", "校园健康大使带头在食堂门口示范七步洗手法", { text: '控烟大使每天都在街道宣传二手烟的危害', type: 'institution' }, { text: '患者男，34岁，自由职业，曾为一款运动饮料品牌代言，因右膝疼痛两周就诊', type: 'case' }, { text: '本院不请任何人为医院代言，也不做推荐官活动', type: 'institution' }, '直播间里网红推荐嘅护肤品，唔好随便买', '广告代言人应当依据事实作推荐、证明，这是对所有商品广告的要求', '我院从未签约任何网红、推荐官为医院宣传', { text: '我们推荐官方小程序挂号，更方便快捷', type: 'institution' }, { text: '想体验官网新版的在线问诊，可在首页点击进入', type: 'institution' }, '提醒大家：明星推荐≠适合你，网红同款≠有效', {"text": "您说的“体验官”活动本院从未举办过，请以官网信息为准", "type": "institution"}, { text: "选诊所时，凡是请网红代言、晒前后对比照的，都要多留个心眼", type: "kepu" }, { text: '市红十字会的志愿大使到社区讲解急救知识', type: 'institution' }, '外国驻华大使馆工作人员也可在本院就诊', '有明星在节目里推荐过一款生发喷雾，皮肤科医生提醒：脱发原因很多，应先明确诊断', "用“明星同款”包装医疗项目，违反广告法相关规定", '别被网红推荐的“祛痘神器”带偏了，痘痘要看皮肤科', '社交平台上“亲测有效”的分享往往缺少诊断和随访信息', '不要盲目跟风网上的护肤推荐', '请按医生的建议选择保湿产品', '网红推荐的面霜不一定适合你的肤质', '博主晒出的“亲测有效”真假难辨', '明星同款减肥药在网上卖得火，但其中不少被检出非法添加了西布曲明', '有些机构请网红来探店，其实是付费推广', '教练推荐的运动方式要结合自身情况', '博主推荐的生发水可能添加了米诺地尔，使用前请看清成分表'],
    },
  },
  {
    id: 'endorser-expert',
    category: 'testimonial',
    title: '“专家推荐”“教授认证”',
    basis: BASIS.testimonial,
    message: '用医生、专家、教授的名义推荐或“认证”某种疗法或医院，属于利用卫生技术人员作证明。',
    suggestion: '医生介绍只写客观信息（姓名、职称、执业范围、出诊时间）；删去推荐、认证和效果评价。',
    levels: levels('EWEW'),
    patterns: [
      // Round one hundred and eight (batch HS): experts said, with no comma, that our own remedy works best (几位专家试用后都说这个熏蒸方最管用; 老教授们都夸本馆的
      // 药浴特别有效): the experts vouch for what is sold; a doctor's word on a drug (医生说这款药膏很有效，但…) names no expert, and 这个病 is no remedy.
      p(/(?:专家|教授|院士|名医|主任|老中医|中医师|博导|名老中医|国医大师)们?[^,，。;!?]{0,6}?(?:也|都|一致|亲口)?(?:说|称|夸|认为|评价)[,，:：]?\s?[“"「]?(?:这(?:款|套|副|味)[\u4e00-\u9fff]{0,4}?|这个[\u4e00-\u9fff]{0,3}?方(?:子)?|本品|(?:我们|咱们|本院|我院|本店|本馆|本中心)的?[\u4e00-\u9fff]{0,4}?)(?:也|都|就|真的?)?(?<![不没])(?:最|很|特别|非常|十分)(?:管用|有效|灵验|好用|见效)/),
      // Round one hundred and two (batch HG): the expert said to have seen or tried our treatment and praised it (主任医师考察过我们的项目后连连叫好; 教授体验了
      // 本店的理疗之后赞不绝口): praise reported as an endorsement; comments made after a visit (教授看过我们的方案后，提出了三点修改意见) praise nothing.
      p(/(?:专家|教授|院士|名医|主任|主任医师|老中医|博导)[^,，。;!?]{0,4}?(?:看过|看了|了解了?|体验过?了?|试过|试了|用过|用了|考察过?了?|参观过?了?)(?:我们|本院|我院|本店|咱们|咱|这)[^,，。;!?]{0,6}?(?:后|之后|以后)[,，]?\s?(?:也|都)?(?:连连|频频|纷纷|大为|直|当场)?(?<![不没未])(?:称赞|叫好|点赞|竖(?:起)?大拇指|赞不绝口|认可|肯定|夸赞|称道|夸)/),
      // Round one hundred and three (batch HH): the experts come to visit, the place unnamed, then all recommend our own thing (几位皮肤科专家来参观后都推荐
      // 这套祛痘方案; 教授们来考察之后也力荐本院的疗法): what they recommend is ours; 主任看过后推荐手术治疗 recommends a treatment, not ours.
      p(/(?:专家|教授|院士|名医|主任|老中医|博导)们?[^,，。;!?]{0,4}?(?:来|到|前来)(?:店里|院里|诊所|这里|这儿)?(?:看过|看了|体验过?了?|考察过?了?|参观过?了?|调研过?了?)[^,，。;!?]{0,4}?(?:后|之后|以后)[,，]?\s?(?:也|都|纷纷|一致)?(?<![不没未])(?:推荐|力荐|认可|称赞|点赞)(?:了)?(?:这套|这款|这个|这种|这项|本院的?|我院的?|本店的?|我们的?|咱家的?)/),
      // Round one hundred and two (batch HG): the expert named by years of practice instead of a title (连行医五十年的老前辈也认可这个方子; 从医四十多年的老大夫
      // 都推荐我们的药浴): the years vouch as a title does; 也不认可 and advice with no product (行医六十年的老先生也说，湿疹要长期管理) are not read.
      p(/(?:行医|从医|坐诊|执业|看病)(?:了)?(?:\d{1,2}|[一二三四五六七八九十几]{1,3})(?:多|余)?年的?(?:老师|老先生|前辈|老前辈|老医生|老大夫|师父|师傅|老中医|老专家|老人家|名医)[^,，。;!?]{0,4}?[,，]?\s?(?:也|都|亲口|一直|同样)?(?<![不没未别])(?:认可|推荐|力荐|称赞|夸|点头|肯定|在用|用过)(?:过|了)?[^,，。;!?]{0,2}?(?:这|我们|本店|本院|咱|我家)/),
      // Round one hundred (batch HB): an expert said to approve or say, then our own thing named after the comma with what it cures or does best
      // (运动医学专家也认可，这套操能治腰痛; 一位老中医住过后说，我们的泉水对风湿最管用): the thing is ours (这套, 这款, 我们的…), so that 专家表示，这种药能
      // 治疗高血压 (a class of drug) and 医生也说，这套操不能代替治疗 are not read.
      p(/(?:专家|教授|院士|名医|主任|老中医|中医师|博导|医生|大夫|医师)们?[^,，。;!?]{0,6}?(?:也|都|一致|亲口|亲自)?(?:说|称|认可|肯定|夸|评价|表示)(?:过)?[,，:：]\s?[“"「]?(?:这(?:款|套|副|味|个方子)|本品|(?:我们|咱们|本店|本院|我院|我家|咱家)的?)[\u4e00-\u9fff]{0,6}?(?:(?<![不没未])(?:能|可以)(?:治好?|根治|调好|预防)|对[\u4e00-\u9fff]{1,6}?(?:最|很|特别|非常)(?:管用|有效|灵))/),
      // Round twenty: a doctor lending a face to a product (退休主任亲自站台推荐).
      // Round ninety-seven (batch GW): or their name to it, for it or for us (康复科专家专门为它背书, 多位营养学教授公开为这款奶粉站台); a doctor who
      // vouches for a patient (医生为患者作证) vouches for no product.
      p(/(?:专家|医生|医师|教授|主任|院士|名医|大夫)[^,，。;!?]{0,6}?(?:亲自|公开|出面|倾情)站台|站台(?:推荐|背书|代言|力荐)|(?:专家|医生|医师|教授|主任|院士|名医|大夫|博导|老中医)们?[^,，。;!?]{0,6}?(?:专门|特意|特地|亲自|公开|出面|联合)?(?:为|给|替)(?:它|它们|这款|本品|我们|本院|我院|本店|本中心|该产品|这个产品|这套|这家)[^,，。;!?]{0,4}?(?:背书|站台|代言|担保|作保)/),
      // Round ninety-eight (batch GY), in the pattern below: two adverbs before the verb (老中医专家都亲自推荐过, 几位主任一致亲自认可); 也 is not one of them (医生也推荐多运动).
      // Round ninety-six (batch GT), in the pattern below: a senior doctor named by age and trade (老中医, 老大夫, 中医师): 连从医四十年的老中医都认可这款护膝.
      // Round one hundred and four (batch HJ), in the pattern below: the vouching named out loud (教授都点名推荐, 主任指名推荐): 点名 / 指名 / 专门 as 亲自.
      // Round one hundred and ten (batch HV), in the pattern below: the expert's part in making it said first (主任医师亲自参与研发并推荐, 教授牵头研制并力荐);
      // a doctor who only took part in the research (主任医师参与研发了这台设备) recommends nothing.
      // Round one hundred and twelve (batch IA), in the pattern below: the expert's sitting in the clinic said first (教授亲自坐诊并推荐的方案, 主任出诊并力荐); 专家坐诊，推荐提前预约 parts them with a comma.
      p(/(?:专家|医生|医师|教授|主任|院士|博士生导师|硕士生导师|博士|名医|大夫|国医大师|名老中医|中医大师|老中医|中医师|老大夫|(?:[\u4e00-\u9fff]科|医学界|学界|业内)的?权威(?!机构|部门|期刊|指南|杂志|媒体|数据|认证|性|发布))们?(?:都|一致|亲自|亲口|倾情|联袂|联合|联名|共同|纷纷|强烈|私下|悄悄|偷偷|内部|点名|指名|专门){0,2}(?:在)?(?:(?:参与|主持|牵头|负责)?(?:监制|研制|研发|把关|审定|验证|实测|亲测|试用|配方|配制|调配|开方|坐诊|出诊|会诊)(?:并|和|及|且)?)?(?:点头|连声|极力|大力|竭力)?(?:推荐|力荐|亲荐|认证|认可|首推|背书|担保|点赞)/),
      // Round one hundred and fourteen (batch ID): the doctors themselves said to use the product (皮肤科医生自己都在用我们的修护霜; 好多主任家里也抹着这款药膏):
      // their own use offered as the proof; a method (医生也在用这种方法评估) or a question is not read.
      p(/(?:专家|医生|医师|教授|主任|名医|大夫|老中医|博导)们?(?:自己|本人|私下|家里)?(?:也|都)(?:一直|长期)?(?:在)?(?:用|抹|涂|擦|吃|喝)(?:着|的是)?(?:这款|这支|这瓶|这个|这种|我们的|本店的|本院的|我院的|咱家的)[\u4e00-\u9fff]{0,4}?(?:药膏|膏|霜|乳|药|产品|洗剂|喷雾|面膜|精华|方子)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and four (batch HK), in the pattern above: 都在推荐 as 都推荐 (三甲医院的教授们都在推荐的护理方案); and below, the thing said to have
      // received the experts' recommendation (该疗法获得了多位知名教授的一致推荐, 深受皮肤科专家的认可): the endorsement told in the passive; 方案须得到主任的
      // 认可才能实施 is a procedure, and an expert's own opinion of a patient names no product.
      // Round one hundred and nine (batch HU), in the pattern below: the recommendation given jointly (得到了多位知名整形专家的联合推荐, 获得几位教授的联名推荐).
      p(/(?<!需要|需|须|必须|应|要|才能|才可)(?:得到|获得|受到|深受|赢得|备受)(?:了|过)?(?:多位|众多|诸多|许多|不少|各位|多名|几位|一众|国内外|业内)?[^,，。;!?]{0,10}?(?:专家|教授|院士|名医|博导|权威)们?的?(?:一致|高度|广泛|充分|共同|普遍|大力|联合|联名|联袂)?(?:推荐|力荐|认可|好评|肯定|称赞|赞誉|青睐|首推|背书)/),
      // Round ninety-seven (batch GW), in the pattern above and in the plain-words pattern further down: the approval given in person, said as 亲口
      // (老教授亲口认可过), a doctoral supervisor named in full (博士生导师), and, further down, the experts all nodding to the thing (教授们都点头的
      // 护肝片); 主任点头了，可以出院 has no 的 after the nod.
      // Round one hundred and three (batch HH), in the pattern above: the recommendation given with a nod or a voice (老专家们都点头推荐, 教授连声认可);
      // 主任点头同意出院 recommends nothing.
      // Round ninety-three (batch GN), in the pattern above: 亲荐, the short form of 亲自推荐 (主任亲荐的调理方案).
      // Round ninety-seven (batch GW), in the pattern above: an authority of a department or a field (骨科权威, 医学界的权威; not 权威机构 or 权威期刊) is an
      // expert too. Below: the experts all recommending it to their patients (骨科权威都在给病人推荐; 医生们都向患者推荐这款护膝), the thing named
      // right after or the clause ending there; 医生都在向患者推荐戒烟 recommends a habit.
      p(/(?:专家|医生|医师|教授|主任|名医|大夫|老中医|博导|(?:[\u4e00-\u9fff]科|医学界|学界|业内)的?权威(?!机构|部门|期刊|指南|杂志|媒体|数据|认证|性|发布))们?(?:都|也|一直|纷纷|普遍)(?:在)?(?:给|向|跟)(?:病人|患者|病友|大家|家长|顾客|读者|学员|会员|老人)们?(?:推荐|力荐|安利)(?=[^,，。;!?]{0,4}?(?:这|那|它|本品|我们|本店|咱)|[,，。;!?！~～]|$)/),
      // Round ninety-four (batch GP), in the pattern above: the expert who made up the formula and recommends it (老教授亲自配方并推荐的药茶).
      // Round thirty-nine (batch BS): experts, after a consultation, all approving the clinic's treatment (多位知名教授远程会诊，一致认可本院
      // 中医综合疗法的效果); a panel agreeing on a patient's plan (专家一致认为应手术) names no clinic or treatment of its own.
      p(/(?:专家|教授|院士|名医|主任|博导)们?[^。;!?]{0,16}?(?:一致|都|纷纷|共同)(?:认可|肯定|称赞|赞扬|好评|点赞)(?:了)?[^。;!?]{0,4}?(?:本院|我院|我们|该院|这家|这种|这套|这项|该疗法|该方案|本疗法|本方案)/),
      // Round twenty-nine: experts all saying this treatment or ours is the best (连专家评审团都说，这个方案是近年来最有效的).
      // Round one hundred and seven (batch HQ), in the pattern below: the experts taken up again by 他们 after a comma (请来的几位专家，他们都认为我们的疗法是
      // 最值得推荐的), and the verdict said as most worth recommending or the first choice (最值得推荐, 首选); 专家都认为这个病要早治 names no treatment of ours.
      p(/(?:专家|教授|院士|名医|主任)[^,，。;!?]{0,4}?(?:[,，]\s?(?:他们|她们|大家|几位|各位)?)?(?:都|一致|纷纷)(?:说|称|夸|认为|评价|称赞)[^。;!?]{0,6}?(?:这个|这套|这种|该|我们的?|本院的?|我院的?|本中心的?)[^。;!?]{0,16}?(?:最(?:有效|好|先进|安全|靠谱|可靠|彻底|值得推荐|值得信赖)|领先|顶尖|一流|(?:是|为)(?:目前|当前|现在)?的?首选)/),
      // Round ninety-nine (batch HA), in the pattern below: the product kept at hand or carried (心内科主任也建议常备这款药贴; 医生也建议家里常备体温计 names none).
      // Round ninety-eight (batch GY), in the pattern below: 推荐 as 建议 is (康复科大夫也推荐久坐的人用这款腰靠), the product worn or soaked in too.
      // Round ninety-six (batch GT): the experts, too, said to advise this very product (我们科的专家也建议，术后喝这款营养粉恢复更快; 主任都叮嘱患者用本品):
      // advice in general (专家建议进展期避免外伤) names no product of ours.
      p(/(?:专家|教授|主任|医生|大夫|名医|老中医|医师)们?(?:也|都|一致|纷纷|强烈)(?:建议|叮嘱|嘱咐|交代|推荐)[,，:：]?\s?[^,，。;!?]{0,8}?(?:用|喝|吃|贴|买|选|试|服|涂|抹|戴|垫|穿|泡|常备|备着|备上|带上|带着|囤)(?:用|上|着)?(?:这款|这个牌子|本品|我们的|咱们的|本店的|本院的|我院的|咱家的)(?![^,，。;!?]{0,8}?(?:吗|么|[?？]))/),
      // Round ninety-six (batch GT): an expert who saw or tried it said to call it the best (省城来的老教授看过后说，这是他见过最好的方子); 最好 as
      // advice (说这种药最好饭后吃) has no 的 and is not read.
      p(/(?:专家|教授|院士|名医|主任|老中医|博导)[^,，。;!?]{0,6}?(?:看过|看了|用过|试过|尝过|了解)(?:后|之后|以后)?(?:都|也)?(?:说|称|夸|评价|感叹|直言)[,，:：]?\s?[“"「]?(?:这|这个|这套|这种|该|我们的?|本院的?)[^。;!?]{0,12}?(?:最(?:好|有效|灵|管用|先进|靠谱|可靠)的|最(?:有效|先进|靠谱|可靠|彻底|管用|灵验))/),
      // Round ninety-nine (batch HA), in the pattern below: the product named by the bowl, cup or pack it comes in (这碗汤, 这杯茶) and the effect said as what it
      // builds up or calms (老中医尝过，都说这碗汤补气; 说这杯茶安神): 补气 is the claim that 管用 is.
      // Round ninety-seven (batch GW): an expert who tried or saw the product itself (with what they saw: 看过配方) said to call it good in plain words, not
      // only as the best (退休的老主任亲自试过，说这款足浴粉很管用; 名老中医看过配方，直夸这个降压茶配得地道); the product must be named (茶, 贴, 膏,
      // 粉…), so that 主任看过后说这个方案有效 (a plan in a case note) is not read. And an expert said to promise a result from this very product
      // (心内科主任说，飞行前冲两包这款冲剂就不怕血栓): 这款 / 本品 names what is sold; 医生说这种病要早治 names nothing.
      p(/(?:专家|教授|院士|名医|主任|老中医|中医师|博导)[^,，。;!?]{0,6}?(?:亲自|亲口)?(?:看过|看了|用过|试过|尝过|喝过|吃过|用了|试了|喝了)[^,，。;!?]{0,4}?(?:后|之后|以后)?[,，]?\s?(?:都|也|直|连连|一个劲儿?地?)?(?:说|称|夸|评价|感叹|直言|称赞|赞)[,，:：]?\s?[“"「]?(?:这款|这个|这种|这套|这副|这碗|这杯|这壶|这锅|这包|这瓶|这罐|这味|本品|本店的?|咱们的?|我们的?)[\u4e00-\u9fff]{0,6}?(?:茶|贴|膏|粉|枕|垫|仪|液|丸|霜|方子|配方|产品|药酒|袜|饮|汤|片|胶囊|颗粒|冲剂)(?:[^。;!?]{0,8}?(?:很|挺|特别|非常|真|确实|相当|最)?(?:管用|有效|好用|灵验|灵|靠谱|地道)|(?:最|很|真|确实|特别)?(?:补|养|健|暖|护|润|清|降|祛|安)(?:气血|气|血|胃|脾|肝|肾|肺|心|神|嗓|喉|湿|火|压|糖|脂)(?=[,，。;!?！~～、]|$|又|还|也))/),
      p(/(?:专家|教授|院士|名医|主任|老中医|博导|医生|大夫|医师)[^,，。;!?]{0,4}?(?:说|讲|称|表示|告诉(?:我们|大家|读者))(?:过)?[,，:：]?\s?[^。;!?]{0,12}?(?:这款|本品|这个牌子的?)[^,，。;!?]{0,8}?(?:就|便)(?:不怕|不会|能|可以|没事|管用|见效|好了|不用)/),
      // Round ninety-six (batch GT): experts agreeing that a treatment is a good way to treat something (老专家们一致认为，冬病夏治贴敷是治哮喘的好办法);
      // the treatment must be named between (贴敷, 针灸, 方子, 药…), so that 规律运动是预防糖尿病的好办法 and a panel's plan are not read.
      p(/(?:专家|教授|院士|名医|主任|老中医|博导)们?[^。;!?]{0,8}?(?:一致|都|纷纷|普遍)(?:认为|觉得|公认)[,，:：]?\s?[^。;!?]{0,14}?(?:贴敷|敷贴|针灸|艾灸|推拿|膏方|疗法|方子|偏方|药茶|汤药|理疗|拔罐|刮痧|这套|这种|这个|我们|本院|我院)[^。;!?]{0,6}?(?:是|为)[^。;!?]{0,8}?(?:好办法|好方法|妙方|良方|良药|首选|最佳(?:选择|方法|办法)|最好的(?:办法|方法|选择))(?![^。;!?]{0,4}?之一)/),
      // Round ninety-eight (batch GY): an expert said to recommend the product to everyone they meet, the expert named a clause before (省里一位老
      // 教授是我的茶客，逢人就推荐这款降压茶; 那位主任到处跟人夸我们的膏药): the habit is the endorsement; 医生经常推荐戒烟 names no product.
      p(/(?:专家|教授|主任|医生|大夫|老中医|名医|博导|医师)[^。;!?]{0,16}?(?:逢人就|见人就|逢人便|到处|总是|常常|经常|一直|多次|时常)(?:向人|跟人|给人|对人)?(?:推荐|夸|介绍|安利)(?:这款|这个|这种|我们的?|本店的?|咱家的?|我家的?|这家|本品)/),
      // Round ninety-eight (batch GY): an expert who read the book or saw the formula said to vouch that its method works (三甲医院的老专家看过这本书，说书里的
      // 方法确实能降血糖; 骨科主任翻过这本养生书，说里面的拉筋法真能治腰突): what was seen is the product, not a patient's films; 不能代替吃药 is a denial.
      p(/(?:专家|教授|主任|医生|大夫|老中医|名医|博导|医师)[^,，。;!?]{0,6}?(?:看过|看了|读过|读了|翻过|翻了|研究过)(?:这本书|这本[\u4e00-\u9fff]{0,4}?书|书|配方|成分表?|方子|说明书|这套[\u4e00-\u9fff]{0,3}|这款[\u4e00-\u9fff]{0,3})(?:后|之后)?[,，]?\s?(?:都|也|直|连连)?(?:说|称|夸|认为|评价|直言|表示)[,，:：]?\s?[^。;!?]{0,14}?(?:确实|真的|真|的确|肯定)(?:能|可以|管用|有效|灵)/),
      // Round one hundred and six (batch HO), in the pattern below: or that it is the first choice (权威专家都说，这款药膏是治湿疹首选; 主任们也说这种疗法是
      // 祛斑的不二之选); 专家都说这款药膏是处方药 names no choice, and 不是首选 denies it.
      // Round ninety-nine (batch HA): the experts all saying, in plain words, that this very product works (校医院的老大夫都说，这种艾草贴确实管用; 几位
      // 教授都夸咱家的药膳汤有效): the demonstrative names what is sold; 专家都说这种保健品不一定有用 denies it, and advice (医生都说要多喝水) names none.
      // Round one hundred and one (batch HD): a dietitian, a pharmacist or a (retired) director too, a set of exercises or a bath as what is sold, and
      // plain 好 or 不错 at the end of the clause (退休的老院长也说这套操不错; 药师们都说这个药浴好。); 这套操不好 or advice names none.
      p(/(?:专家|教授|主任|医生|大夫|名医|老中医|医师|博导|营养师|药师|院长)们?(?:都|也|一致|纷纷|连连|个个)(?:说|夸|称|讲|认为|表示|直言|承认)[,，:：]?\s?[“"「]?(?:这款|这个|这种|这套|这副|这碗|这杯|这包|这瓶|本品|本店的?|咱们的?|我们的?|咱家的?|我家的?)[\u4e00-\u9fff]{0,6}?(?:茶|贴|膏|粉|枕|垫|仪|液|丸|霜|方子|配方|产品|药酒|袜|饮|汤|片|胶囊|颗粒|冲剂|操|疗法|拳|功|池|药浴)[^。;!?不没未别]{0,6}?(?:确实|真的?|的确|很|挺|特别|非常|相当|果然)?(?:有用|管用|有效|好用|灵验|灵|靠谱|见效|不错|好(?=[,，。;!?！~～”"」]|$)|(?:是|为)[^。;!?不没未别非]{0,6}?(?:首选|不二之选|最佳选择|最好的选择))/),
      // Round ninety-nine (batch HA): words in quotes signed with a dash by a doctor or an expert (“我行医三十年，这款钙片是我最常推荐的。”——某医院骨科
      // 主任医师), the quoted words naming the product and recommending it, as a famous person's signed quotation is read; a doctor's signed advice (“按时
      // 吃药，别信偏方。”——社区医生) names no product.
      p(/[“"「『](?=[^”"」』]{0,60}?(?:这款|这个|这种|这套|本品|我们的|咱家的|这家))(?=[^”"」』]{0,60}?(?:推荐|放心|管用|有效|好用|靠谱|离不开|认准|首选))[^”"」』]{1,60}[”"」』]\s?(?:—{1,2}|－{1,2}|-{2}|─{1,2})\s?(?:某|一位|某位)?[^,，。;!?“"「『”"」』\s]{0,14}?(?:主任医师|医师|主任|医生|大夫|教授|专家|老中医|博导|药师)(?![\u4e00-\u9fff])/),
      // Round ninety-nine (batch HA), in the pattern below: the product named after a comma (老教授亲自把关，这套调理方案…; 名医亲自审定，本店的膏方…).
      // Round thirteen: a professor's name on the product as its maker (教授亲自监制的祛斑方案, 院士联合监制).
      p(/(?:(?:教授|院士|专家|名医|博导|主任)[^,，。;!?]{0,4}?(?:亲自|联合|倾情|联袂)(?:监制|研制|研发|把关|审定)|(?:教授|院士|名医|博导)监制)(?=[^,，。;!?]{0,8}?(?:方案|产品|配方|疗法|项目|套餐|面膜|精华|药|膏|仪器|设备|疗程)|[,，]\s?(?:这|该|本|我们的?|咱家的?|本店的?)(?:款|套|个|种|副|份)?[^,，。;!?]{0,6}?(?:方案|产品|配方|方子|疗法|项目|套餐|药|膏|茶|贴|汤|粉|丸|仪))/),
      p(/(?:院士|教授|专家|名医|博导)[^,，。;!?]{0,6}?(?:担任|出任|受聘为?)[^,，。;!?]{0,8}?(?:顾问|名誉院长|首席专家|技术指导)/),
      // Round ten: a panel of famous experts as the warrant (由全国二十余位知名教授组成的顾问团).
      p(/(?:知名|著名|权威|全国|国内外|国际|顶级)[^,，。;!?]{0,8}?(?:院士|教授|专家|名医|博导|主任)们?[^,，。;!?]{0,4}?(?:组成|坐镇|领衔|加盟)|(?:院士|教授|专家|名医|博导|主任)[^,，。;!?]{0,8}?组成的?(?:顾问团|顾问组|智囊团)/),
      // Round ninety-four (batch GP): the experts all saying it is good, in everyday words (主任医师都说好的艾草贴, 教授们也竖大拇指); 说好了 (arranged)
      // and 说好好休息 (advice) are not read.
      // Round one hundred and one (batch HD): a dietitian, a pharmacist or a director vouching with 都 / 也 / 亲口 (营养学家们也都认可; 药师亲口推荐).
      // Round one hundred and six (batch HO): the praise aimed with 对 (皮肤科教授都对这套方案赞不绝口; 主任们也对我们的祛痘疗程一致认可); 教授也对这套方案
      // 并不认可 and 都对这套方案提出了意见 are not read.
      p(/(?:权威专家|知名专家|教授|主任|院士|博士生导师|硕士生导师|博导|名医|营养师|营养学家|药师|院长)们?[^,，。;!?]{0,6}?(?:也|都|一致|纷纷|亲自|亲口)(?:对[^,，。;!?不没未别]{1,8}?)?(?:推荐|力荐|认证|认可|首推|背书|担保|点赞|称赞|好评|说好(?!好|了)|叫好|夸好|竖(?:起)?大拇指|赞不绝口|交口称赞|点头(?:称赞|称是|认可)?(?=的))/),
      // Round twenty-one: the doctors said to use it themselves (连大医院的医生自己都在用).
      // Round ninety-six (batch GT): also with no 自己 (骨科权威专家都在用, 老中医也在喝这款茶), the thing used named after it or the clause ending
      // there; 医生都在用电子病历 names a tool of the trade and is not read.
      p(/(?:医生|专家|教授|主任|护士|大夫|名医|老中医)们?(?:自己(?:都|也)|(?:都|也|全都|一直)(?:在)?)在?(?:用|吃|做|喝|抹|涂|贴|戴)(?:着)?(?=这|那|我们|本|咱|的|[,，。;!?！~～]|$)(?![^,，。;!?]{0,8}?(?:量表|病历|系统|软件|电脑|口罩|手套|听诊器|评估|检查|筛查|诊断|记录))/),
      // Round one hundred and five (batch HM): the doctors said to come to us themselves as clients (连皮肤科医生自己都在我们这里做护理; 好几位主任也来本院
      // 种头发): the place is ours, so the thing done may follow; doctors working here (医生也在我们这里坐诊, 专家都在本院做手术) are not read.
      p(/(?:医生|专家|教授|主任|护士|大夫|名医|老中医)们?(?:自己)?(?:都|也)(?:在|来)(?:我们|本院|本店|我院|本中心|咱们?|这里|这儿)(?:这里|这儿|店里|院里)?(?:做|用|打|种|植|买|办卡|充值)(?!手术|检查|研究|讲座|培训|科研|实验|会诊|治疗方案|演示|示范|带教|教学)/),
      // Round twenty-five: a laureate's name behind the treatment (由特聘的诺贝尔奖得主团队指导制定).
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): an expert or professor said to have tried it and then praised it (教授亲自试用后称赞它是
      // 最适合术后修复的产品), to be full of praise for ours (专家本人对我们的祛斑疗程赞不绝口), to have nodded it through (好几位大学教授都点过头的), or to have
      // certified it jointly (教授团队联名认证的方案): the expert's name as the warrant. Nodding to a schedule (专家们都点头同意延期) is not read.
      p(/(?:专家|教授|主任|院士|名医|博导)[^,，。;!?]{0,4}?(?:亲自)?(?:试用|用过|体验|试过)(?:过)?(?:后|之后|以后)?[,，]?\s?(?:都|也|连连)?(?:称赞|夸|盛赞|赞不绝口|点赞|力荐|称它|说它)|(?:专家|教授|院士|名医|博导)[^。;!?]{0,16}?对(?:我们|本院|我院|这款|这套|本店|咱家)的?[^,，。;!?]{0,8}?(?:赞不绝口|赞赏有加|称赞有加|评价很高|大加赞赏)|(?:专家|教授|院士|博导|名医)们?(?:都|也|全都)点(?:过)?头(?:的|了)(?!同意|答应|示意|致意|打招呼|[^,，。;!?]{0,4}?(?:吗|么|[?？]))|(?:专家|教授|院士|博导|名医)(?:团队|们|组)?(?:联名|联合|共同|亲自|权威)认证(?:的|过|了)/),
      p(/(?:诺贝尔奖?|诺奖)(?:得主|获得者)[^,，。;!?]{0,8}?(?:指导|监制|研制|研发|制定|推荐|认可|把关|坐镇|领衔|加盟|亲授)/),
      p(/(?:院士|教授|专家|主任|博导)(?:亲诊|亲自坐诊|亲自操刀|亲自主刀)[^。]{0,10}(?:效果|疗效)(?:好|显著|更好|更有保障|有保障)/),
    ],
    negation: 'suppress',
    hedge: false,
    // 按医生推荐的方法护理, 医生推荐使用温和的保湿剂: the doctor's advice to the reader.
    refine: (c) => {
      if (DISOWNED_AFTER.test(c.norm.slice(c.end, c.end + 24))) return false;
      // Round ninety-six (batch GT): experts' agreement read from a guideline, a consensus or studies (指南和共识里专家一致认为…是首选) reports the field.
      if (/(?:认为|觉得|公认)/.test(c.norm.slice(c.start, c.end)) && /指南|共识|研究|文献|循证|证据/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round thirty-seven (batch BL): an endorsement heard and then found false (有人说这个药是院士推荐的，我查了一下根本没有这回事).
      if (HEARSAY_DEBUNKED.test(c.sentence) && /有人说|听说|据说|传言|网传|网上说|号称|声称|宣称|说是/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      if (/(?:按|遵|听|照|按照|遵照|根据)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start))) return false;
      // Round one hundred and seven (batch HP): what an expert recommends said not to fit everyone (专家推荐的方案也不一定适合每一位患者; 教授推荐的药未必
      // 适用于你) is an honest limit, when nothing of ours is named.
      // Round one hundred and eleven (batch HX): a comma may part the thing from the limit (专家推荐的药，也不一定适合你的皮肤).
      if (/^的?[\u4e00-\u9fff]{0,6}?[,，]?\s?(?:也|并|都|却)?(?:不一定|未必|并不|不见得|不是)(?:都|就)?(?:适合|适用)/.test(c.norm.slice(c.end, c.end + 16)) && !/本院|我院|我们|本店|本中心|这款|本品/.test(c.sentence)) return false;
      // Round ninety-eight (batch GY): a recommended method or exercise the reader is told to fit to themselves (医生推荐的锻炼方法，也要结合自己的身体情况来做) advises.
      if (/^的[\u4e00-\u9fff]{0,4}?(?:方法|做法|动作|锻炼|运动|姿势|饮食|食谱|作息)/.test(c.norm.slice(c.end, c.end + 10)) && /结合(?:自己|自身|个人)|因人而异|量力而行|根据自己|适合自己/.test(c.sentence) && !/本院|我院|我们|本店|这款|本品/.test(c.sentence)) return false;
      if (/(?:使用|选用|选择|可用|购买|涂抹?)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start))) return false;
      // Round one hundred and nineteen (batch IO): the doctor's advice on when and how to care for the skin (医生推荐术后用温和的保湿霜, 医生推荐激光后冷敷),
      // with nothing of ours named, advises the reader; 我们的修护膏是医生推荐术后用的 still counts.
      if (/^(?:大家|您|你)?(?:术后|治疗后|激光后|打完|洗完|睡前|饭后|洗澡后|出门前|平时|日常)(?:多|最好|可以|要)?(?:用|使用|涂抹?|外用|口服|冷敷|防晒|保湿|避光)/.test(c.norm.slice(c.end, c.end + 12)) && !/本院|我院|我们|本店|本中心|这款|本品|咱家/.test(c.sentence)) return false;
      // Round one hundred and ten (batch HW): 推荐使用的 + the thing sold, with ours named in the sentence (这款淡斑霜是很多皮肤科专家都推荐使用的产品; 本店的
      // 修护膏是几位教授推荐使用的药膏): the recommendation is an attribute of what we sell, not advice; 专家推荐使用的防晒霜要每两小时补涂 names nothing of ours.
      if (/^使用的[\u4e00-\u9fff]{0,4}?(?:产品|药|膏|霜|精华|仪|方案|疗法|项目|疗程|品牌)/.test(c.norm.slice(c.end, c.end + 12)) && /这款|本品|我们|本院|我院|本店|本中心|这套|咱家/.test(c.sentence)) return true;
      // Round one hundred and eight (batch HS): 推荐使用 with nothing after it in its clause (- 三甲医院皮肤科主任推荐使用; 这款面霜，几位教授都推荐使用。) is a
      // slogan under the thing sold, not advice on how to use something named after it (医生推荐使用温和的保湿霜).
      if (/^(?:患者|大家|您|你)?(?:使用(?![\s。.!！~～*】」”"）)]*$)|选用|涂抹?|外用|口服|在|每天|每日|避免|先|的(?:保湿|防晒|护肤|洁面|剂量|用法|用量|方法|时间|频率|做法|护理))/.test(c.norm.slice(c.end))) return false;
      return true;
    },
    examples: {
      bad: ["几位整形专家亲自试用后都称赞这款修复霜", "那位教授对我们的祛痘方案赞不绝口", "答：放心吧，好些专家都点过头了", "三甲医院教授联名认证的修护面膜", '我们这款修护膏是皮肤科医生推荐术后用的', '皮肤科医生自己都在用我们的修护霜', '好多主任家里也抹着这款药膏', '省城来的主任亲自出诊并力荐这款修复面膜', '这款修护霜是教授推荐的，也适合敏感肌', '我们这套护肤方案是多位皮肤科主任都推荐使用的方案', { text: '本店的艾草贴是几位老中医一致推荐使用的产品', type: 'ad' }, '本品获得几位教授的联名推荐', '这款面膜由烧伤科教授牵头研制并力荐', { text: '这款祛疤膏得到了多位知名烧伤科专家的联合推荐', type: 'ad' }, '几位老教授用过以后都说这套熏洗方特别管用', { text: '**国医馆老中医推荐使用**', type: 'ad' }, '这款修护面霜，几位皮肤科教授都推荐使用。', '教授推荐的这套方案人人都适用，赶紧来本院做', "请来的几位专家，他们都认为我们的光疗方案是最值得推荐的", {"text": "几位教授一致认为本院的护理流程是目前的首选", "type": "institution"}, '好几位主任也对我们的祛痘疗程赞不绝口', '几位老教授都说，这种熏蒸疗法是调理湿疹的首选', '连皮肤科医生自己都在我们这里做护理', '好几位主任也来本院种头发', "该疗法获得了多位知名教授的一致推荐", { text: "三甲医院的教授们都在推荐的护理方案", type: 'ad' }, "这款修护霜深受皮肤科专家的认可", "好几位老教授都点头推荐这款修复霜", "几位皮肤科专家来参观后都推荐这套祛痘方案", { text: "教授们到店里考察之后也力荐我们的水光疗程", type: 'ad' }, '这款保湿霜，连儿童医院的主任都指名推荐', { text: '主任医师考察过我们的项目后连连叫好', type: 'ad' }, '教授体验了本店的理疗之后赞不绝口', '连行医五十年的老前辈也认可这个方子', { text: '从医四十多年的老大夫都推荐我们的药浴', type: 'ad' }, '“主任推荐”，我们的护腰卖得很好', "退休的老院长也说这套操不错", "营养学家们也都认可", "药师们都说这个药浴好。", "退休的老教授也说，这款护腰能治好腰肌劳损", "几位医生都夸过，咱家的药膳对失眠特别有效", '消化科主任也建议经常出差的人随身带上这款胃药', '院士亲自研发，这款降压茶每天一杯就行', '校医院的老大夫都说，这种艾草贴确实管用', { text: '几位教授都夸咱家的药膳汤有效', type: 'ad' }, '老中医喝过之后，说这杯茶安神', { text: '“我行医三十年，这款钙片是我最常推荐的。”——某医院骨科主任医师', type: 'ad' }, '骨科主任翻过这本养生书，说里面的拉筋法真能治腰突', { text: '那位退休的老主任到处跟人夸我们的膏药', type: 'ad' }, '康复科医生也推荐久坐的人垫上这款腰靠', { text: '几位名老中医都亲自推荐过这款泡脚包', type: 'ad' }, { text: "好几位皮肤科权威都在向患者推荐这款修护霜", type: 'ad' }, "医学界的权威都认可这套康复操", { text: "多位营养学教授公开为这款奶粉站台", type: 'ad' }, "几位骨科医生联合给本店的护膝背书", "皮肤科主任亲口推荐过这款修复霜", { text: "几位硕士生导师都点头的护肝片", type: 'ad' }, "几位老教授亲自喝过，都说这款桑叶茶降糖很灵", { text: "骨科的老专家看了成分表，直夸咱们的药酒泡得地道", type: 'ad' }, "儿科主任说过，睡前喝一杯这款牛奶就能长个子", { text: "几位老中医都建议大家喝咱们的祛湿茶", type: 'ad' }, "主任都叮嘱患者用本品，伤口好得快", { text: "问：这款足浴包有用吗？\n答：北京来的老主任用过后说，这是他见过最管用的方子", type: 'institution' }, "专家们普遍认为，艾灸是调理宫寒的首选", { text: "几位名医都觉得我们的膏方是冬季进补的最佳选择", type: 'ad' }, "为什么选这款膏药？因为骨科权威专家都在用", { text: "老中医也在喝这款祛湿茶", type: 'ad' }, { text: "几位老大夫都推荐这种泡脚方", type: 'ad' }, "坐诊的中医师都认可这套艾灸疗法", { text: "几位老教授都说好的降糖茶", type: 'ad' }, { text: "名医亲自调配并推荐的安神茶", type: 'ad' }, { text: '皮肤科主任亲荐的祛痘方案，限时体验', type: 'ad' }, '经多位皮肤科教授亲自实测推荐的修复方案', { text: "经多位教授联合会诊，专家们一致认可本院的微创方案", type: 'institution' }, { text: "几位主任看过之后都称赞这套康复方案", type: 'ad' }, { text: "这个方案是 quan wei zhuan jia 都推荐的", type: 'ad' }, {"text": "多位国医大师联合推荐的皮肤调理方案", "type": "ad"}, { text: '好几位教授都说我们的联合疗法是目前最可靠的', type: 'ad' }, { text: '这套方案由诺贝尔奖得主亲自指导研发', type: 'ad' }, { text: '为什么大医院的专家都推荐患者来我们这里？', type: 'ad' }, "连大医院的医生自己都在用这个方子", "这个方法是老专家私下推荐的", { text: '三甲医院退休主任亲自站台推荐这款固齿方案', type: 'ad' }, '三甲医院皮肤科主任都推荐的疗法', '多位专家联袂推荐', '由多位知名教授组成的顾问团为您服务', '教授亲自操刀，效果更有保障', '五位主任联名推荐的康复方案', { text: '三甲医院主任亲自研发并推荐的护肤方案', type: 'ad' }, { text: '院士联合监制的抗衰方案，限量开放', type: 'ad' }],
      ok: ["专家们都点头同意把讲座延期", "教授试用后指出了说明书里的几处错误", '医生推荐激光后冷敷十五分钟，减轻红肿', '医生也在用这种方法评估疗效', '医生也不用这款药膏，别买', '周六有专家坐诊，推荐提前在小程序预约', '教授推荐的洗剂，并不一定适合每个孩子', '主任医师参与研发了这台设备', '皮肤科专家都推荐使用的防晒霜，也要每两小时补涂一次', '专家推荐使用的保湿霜以无香料、成分简单为好', '这个方案需要得到几位专家的联合认可才能实施', '专家联合会诊后决定手术', '专家都说这个病很难根治，需要长期管理', '医生说这款药膏很有效，但不能长期大面积使用', '皮肤科医生推荐使用温和无香料的保湿霜', '专家推荐使用防晒霜时每两小时补涂一次', '教授推荐的药膏也未必适用于每个人', "专家都认为这个病要早治", "几位专家，他们都认为这种情况应该先做检查", '教授也对这套方案并不认可', '主任都对这套方案提出了修改意见', '专家都说这款药膏是处方药，需遵医嘱使用', '专家都说这款药膏不是首选', '医生也在我们这里坐诊，周二全天', '专家都在本院做手术，术前需签同意书', "治疗方案须得到主任的认可才能实施", "论文需要得到评审专家的认可才能发表", "主任都在查房，请稍候", "主任点头同意了出院", "主任看过后推荐手术治疗", "专家来参观后提了几条改进意见", "几位教授来参观后并不推荐这种做法", '点名推荐：下周讲座请哪位主任来讲湿疹？大家投票', '教授看过我们的方案后，提出了三点修改意见', '行医六十年的老先生也说，湿疹要长期管理', '行医三十年的老师也不认可这种偏方', '网传“教授推荐”，本店没有任何专家背书', "营养师都推荐每天吃够一斤蔬菜", "医生都说这套操不好，别练了", "营养师认证考试下月报名", "医生也说，这套操不能代替治疗", "专家表示，这种药能治疗高血压，但要遵医嘱", "医生说，这套操能不能治腰痛要看病因", '医生也建议家里常备体温计和退烧药', '专家都说这种保健品不一定有用', { text: '“按时吃药，别信偏方。”——社区医生', type: 'ad' }, { text: '“这款药不能代替治疗，别乱买。”——社区医生', type: 'ad' }, '教授亲自把关，这份科普手册的内容以指南为准', '医生推荐的拉伸动作，也要根据自己的情况量力而行', '主任看过这本书后说，书里的方法不能代替吃药', '医生经常推荐戒烟和规律运动', '医生也推荐多运动、少久坐', "医生们都在向患者推荐戒烟和规律运动", "权威期刊推荐的筛查年龄是四十岁", "主治医生为患者出具了病假证明", "广告法禁止医生为药品代言，请勿轻信", "主任点头了，下周可以出院", "教授亲口说明了手术的风险和替代方案", "主任查房看过后说，这个方案有效，继续原治疗", "医生说，这款药饭后吃，胃就不难受", "教授看过片子说，这种情况手术效果很好，建议尽早安排", "医生也建议，术后多喝水、早下床活动", "医生都建议吃我们的药吗？不一定，要看病情", "专家一致认为，规律运动是预防糖尿病的好办法", "教授看过后说这种药最好饭后吃", "主任看了片子后说，这个位置的结节最好尽快手术", "按照指南，专家一致认为光疗是泛发型白癜风的首选治疗", "专家们普遍认为，针灸是治疗面瘫的方法之一，效果因人而异", "医生都在用电子病历记录病情", "医生也在用这种量表评估病情", "老中医认为，冬天要早睡晚起", "请按老中医推荐的方法服药", "主任都说好了，下周一安排手术", "主任也说好好休息比吃药强", { text: '提醒：有人冒充医院客服，在群里发布“教授推荐”“专家认证”等广告，均非官方信息', type: 'institution' }, { text: '警惕打着“专家亲荐”旗号的祛痘产品，先看有没有批准文号', type: 'kepu' }, '这种疗法的效果仍有待专家验证，推荐前请先咨询医生', {"text": "网传的“教授推荐”宣传图并非本院发布，请以官方渠道为准", "type": "institution"}, "多学科会诊时，专家一致认为该患者应先控制血糖再手术", "教授们一致肯定了住院医师的病历书写质量", "网上说这款面霜是院士推荐的，查了一下根本没这回事", "国医大师是国家授予名老中医的荣誉称号", { text: '专家一致认为，局限型白癜风应先评估分期再选择治疗', type: 'kepu' }, '诺贝尔奖得主的研究改变了疟疾的治疗', "医生自己也会生病，也需要按时体检", "医生会私下里跟家属沟通病情，这是出于对患者的保护", '医生在地铁站台上为晕倒的乘客做了心肺复苏', '请按医生推荐的方法护理', '医生推荐使用温和的保湿剂', '专家建议进展期避免外伤', '光疗室由两位主治医师和三名护士组成的小组负责', '这本科普手册由三位教授监制审校，内容以指南为准', '教授亲自参与了这项多中心研究的设计'],
    },
  },
  {
    id: 'social-proof',
    category: 'testimonial',
    title: '“万人选择”“患者信赖”“一号难求”',
    basis: `${BASIS.testimonial} ${BASIS.statistics}`,
    message: '“万人选择”“患者信赖”“满意度99%”“一号难求”用患者群体为医院作证明，数据也无法核实。',
    suggestion: '删去这类说法，介绍客观的服务信息。',
    levels: levels('EEEW'),
    patterns: [
      // Round fifty-seven (batch DR): the clinic as patients' choice of trust (全市湿疹患者信赖之选, 病友放心之选) in the
      // big pattern below; 众多求美者的信赖之选 was already read by the crowd pattern.
      // Round sixty-four (batch EI): the crowd in English (Trusted by 50,000+ patients, trusted by thousands of families); 患者信赖的 before a
      // 专科, 诊所, 门诊 or 中心 in the big pattern below as before a 医院.
      p(/(?<![a-z])(?:trusted|chosen|loved|recommended)\s?by\s?(?:over\s|more\sthan\s)?(?:\d[\d,.]*\s?(?:k|w|万)?\s?\+?|thousands|millions|tens\sof\sthousands|hundreds\sof\sthousands)\s?(?:of\s)?(?:patients|families|parents|clients|customers|users|moms|mothers)(?![a-z])/),
      // Round forty-seven (batch CO): the clinic said to enjoy the trust or praise of patients at large (深受广大患者信赖; 深得家长们的认可).
      p(/深(?:受|得)(?:广大|众多|各地|当地|无数|万千|全国)?[^,，。;!?]{0,6}?(?:患者|病友|患友|家长|顾客|群众|市民|百姓|用户|宝妈|求美者)(?:们)?(?:的)?(?:信赖|信任|好评|认可|青睐|喜爱|欢迎|肯定|推崇)/),
      // Round thirty-three: most patients in the country said to choose the clinic (全国大部分白癜风患者都选择了我们).
      p(/(?:全国|全省|全市|本地|国内|省内|市内)?(?:绝大多数|大多数|大部分|绝大部分|多数|九成|八成)(?:的)?[^,，。;!?]{0,8}?(?:患者|病友|顾客|家长|人)(?:都|均)?(?:选择|信赖|认可|首选|找)(?:了)?(?:我院|本院|本中心|我们(?=的|[,，。;!?！？~～]|$))/),
      // Round one hundred and sixteen (batch IH): the appointment said to be always out of reach, with 根本 / 压根 / 从来 / 总是 (号根本抢不到; 周末的专家号压根挂不上):
      // the crowd as the warrant in everyday words; a notice's plain 可能挂不到 (周末的号可能挂不到，请提前预约), a question and the complaint followed by
      // what to do instead (大医院的号根本挂不上，只能先去社区看) are left.
      p(/(?:号|专家号|名额|预约)(?:都|也)?(?:根本|压根儿?|从来|总是|永远|老是)(?:都|也)?(?:就)?(?:抢|挂|约|排)不(?:到|上|着)(?![^,，。;!?]{0,3}?(?:吗|么|[?？])|(?:了)?[,，]?\s?(?:怎么办|只能|只好|建议|可以先|不妨|那就))/),
      // Round twenty: the queue as the warrant (放号十分钟就被约满, 凌晨排队挂号), the count of notes or reviews (上千篇真实笔记),
      // everyone who had it done says so (做过的姐妹都说值).
      p(/放号(?:后)?[^,，。;!?]{0,6}?(?:就|便|即|秒)(?:被)?(?:约满|抢光|抢空|挂满|抢完|约完|一抢而空)|(?:凌晨|半夜|天不亮)(?:就|便)(?:来|去|起来|起床)?排队|宁(?:可|愿)[^,，。;!?]{0,8}?排队[^,，。;!?]{0,4}?也要|(?:上|数|几|好几|成)(?:百|千|万)(?:篇|条|份)[^,，。;!?]{0,4}?(?:真实)?(?:笔记|好评|评价|晒单|反馈|种草)|(?<![\d.])(?:\d{3,}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?万)\+?\s?(?:多|余)?\s?(?:篇|条|份)[^,，。;!?\d]{0,4}?(?:真实)?(?:好评|五星好评|五星评价|笔记|晒单|种草)|(?:平台|网友|用户|患者|顾客|大众|点评|口碑|综合|app)评分\s?(?:高达|高至|达到?|为|是|[:：])?\s?(?:[4-9]\.\d|10(?:\.0)?)(?!\d)|做过的[^,，。;!?]{0,4}?(?:姐妹|人|顾客|朋友|宝妈|患者|病友|客户)们?(?:都|全都|个个)(?:(?:说|夸)(?:好|值|效果|满意|靠谱|不错|自然|划算|没白|专业|舒服|有效|管用|真的)|推荐|直呼)/),
      // Round eighty (batch FO): 的 between the crowd and its choice (十万人的选择, 二十万人的信赖).
      p(/万人的?(?:选择|信赖|推荐|口碑|认证|好评|见证|认可)|(?:数|几|上|十|百|千)?万(?:多|余)?(?:名|位)?(?:[\u4e00-\u9fff]{1,3}?(?:病|症|风|癣|疹|疮|秃|炎|斑))?(?:患者|病友|家庭)的?(?:共同)?(?:选择|信赖|信任|认可)|(?:患者|病友)都?(?:信赖|首选|认可)的?[\u4e00-\u9fff]{0,8}?(?:医院|品牌|机构|专科|诊所|门诊|中心|(?<=(?:信赖|认可)的?)(?:选择|首选|之选))|好评率|满意度(?:高达|达到?|接近|超过)\s?(?:\d+|百分之)|满意度(?!(?:调查|问卷|测评|回访|随访)?的?(?:问卷)?(?:回收|应答|参与|覆盖|完成|回访|随访|发放)率)[^,，。;!?]{0,10}?(?:\d+(?:\.\d+)?\s?%|百分之|[一二三四五六七八九]成)|排队(?:预约|挂号|就诊)(?!时|处|区|窗口|的时候|的时代|的日子|的历史|请|需|要|须)|一号难求|人满为患|慕名而来|口碑(?:之选|医院)|(?:患者|病友|患友|白友|痘友|家长|宝妈|顾客|求美者|市民|家庭)们?的?(?:共同)?(?:信赖|信任|放心)之选|回头客|(?:清一色|一水儿?|满屏|全是|都是|一致)的?好评|好评(?:不断|连连|不停|无数)|一传十[、,，]?\s?十传百|复购|老(?:患者|顾客|病人|客户|病友)(?:带新|转介绍)|(?:好多|很多|不少|大多|大多数|大部分|多数|一半|大半|基本上)(?:都)?(?:是)?(?:由|靠)?(?:老(?:患者|顾客|病人|客户|病友)|病友|患者)们?(?:介绍|推荐|带)(?:过)?来的|(?:一半|大半|大部分|多数|很多|不少|[一二三四五六七八九十\d]+成)的?[^,，。;!?]{0,6}?(?:人|老人|居民|家庭|宝妈|患者|病人|同事)都(?:在|来|选择|找)(?:我们|本院|我院|这里|这儿)(?=[^,，。;!?]{0,4}?(?:做|治|看|调理|理疗|体检|种|植|护理|复诊))|(?:专程|特地|特意|千里迢迢|远道)(?:从[^,，。;!?]{0,8}?)?(?:飞|赶|跑|坐[^,，。;!?]{0,4}?)?(?:来|到)(?:我们|本院|我院|这里)?(?:治疗|就诊|看病|求医|做)/),
      // Round seventy-two (batch EX): many of the patients said to come on old patients' word (大部分都是老病友推荐来的; 不少是患者介绍过来的),
      // in the big pattern above: word of mouth counted as the warrant; one referred patient named alone (老患者介绍来的朋友，初诊同样需要检查) counts no crowd.
      // Round sixty-nine (batch ER): a count with 多 or 余 after 万 (感谢两万多位病友的信任, 一万余名患者的共同选择) as without.
      // Round fifty-nine (batch DW): the clinic as the choice patients trust (全市皮肤病患者信赖的选择) in the big pattern above.
      // Round seventy-seven (batch FH): or as their first choice (老年患者信赖的首选, 病友认可的之选).
      // Round forty-five (batch CI): tens of thousands of patients said to have found their confidence or their skin again at the clinic
      // (已有超过5万名白癜风患者在我院找回自信; 数万病友通过我们重获健康肌肤).
      p(/(?:\d+(?:\.\d+)?|[数几上十百千])万\+?(?:多|余)?(?:名|位|个)?[^,，。;!?]{0,8}?(?:患者|病友|家庭|顾客|宝妈|家长)[^,，。;!?]{0,4}?(?:在|通过|选择|经)(?:了)?(?:我院|本院|本中心|我们|这里)[^,，。;!?]{0,6}?(?:找回|重拾|重获|摆脱|告别|恢复|收获|重返|走出)/),
      // Round forty-eight (batch CR): a yearly or running count of patients said to choose the clinic (每年超过5万名海外患者选择我们;
      // 累计3000余位国际客人选择了本院), an app's or a product's download count as the warrant (已有200万+用户下载), a group all
      // using it (湿疹患者都在用的护肤App), a recommendation rate of patients or clients (客户口碑推荐率98%).
      p(/(?:每年|每月|累计|至今|迄今|历年)[^,，。;!?]{0,4}?(?:超过|逾|近|将近|上|数|有)?\s?(?:\d+(?:\.\d+)?\s?万|\d{3,}|[数几十百千]万|上千|数千)\s?(?:\+|多|余)?\s?(?:名|位|个)?[^,，。;!?]{0,8}?(?:患者|病友|客人|顾客|客户|家庭|用户|宝妈|家长|求美者)[^,，。;!?]{0,2}?(?:选择|信赖|认准|首选)(?:了)?(?:我们|本院|我院|本中心|本诊所|这里)/),
      p(/(?:\d+(?:\.\d+)?\s?万|[百千]万|上万|数万|几十万)\s?(?:\+|多|余)?\s?(?:名|位|个)?(?:用户|患者|病友|家庭|宝妈|家长)?(?:下载|安装|注册|在用|使用)(?:了|过)?(?=[^。;!?]{0,12}?(?:app|应用|软件|平台|小程序|[,，、]|$))|(?:患者|病友|用户|宝妈|妈妈|家长|姐妹|痘友)(?:们)?都在用的[^,，。;!?]{0,8}?(?:app|应用|软件|平台|小程序|品牌)|(?:患者|顾客|客户|用户|口碑)(?:的)?推荐率/),
      // Round seventy-two (batch EX): many patients from out of town said to travel here (很多外地患者专程赶来, 不少邻省的家长带着孩子大老远跑来):
      // the crowd of patients or parents counted by 很多 / 不少 (not 很多外地务工人员赶来); one out-of-town patient told how to come (外地患者专程赶来前请先确认出诊) counts none.
      // Round thirteen: the crowd as the warrant (万千宝妈的共同选择), a queue for the doctor (排队三个月才能约上号), patients
      // coming from everywhere (找他的人从全国各地赶来).
      p(/(?:万千|千万|无数|众多|数万|数十万|上万|几十万|百万)(?:名|位)?(?:[\u4e00-\u9fff]{1,2}?)?(?:宝妈|妈妈|家长|女性|顾客|客户|用户|求美者|市民|家庭|患者|病友|车主|白领)的?(?:共同)?(?:回头)?(?:选择|信赖|信任|认可|首选)|排队[^,，。;!?]{0,6}?才(?:能|可以)?(?:约|挂|排|看)(?:上|到)|每\s?(?:\d{1,3}|[两三四五六七八九十])\s?(?:个|位|名)[^。;!?]{0,12}?(?:就|便)?有\s?(?:\d{1,2}|[一两二三四五六七八九])\s?(?:个|位|名)[^,，。;!?]{0,4}?(?:选择|信赖|来自|找|在)(?:了)?(?:我们|本院|我院|这里|本中心)|已(?:有|经有)\s?(?:超过|将近|累计|上|近|超|逾|数)?\s?(?:\d[\d,]*|[一二三四五六七八九十百千万]{1,4})\s?(?:\+|多|余)?\s?(?:万)?\s?(?:位|名|人)[^。;!?]{0,10}?(?:选择|信赖|在这里|在[^,，。;!?]{0,6}?(?:这里|这儿)(?:治疗|就诊|看|治|做|调理)|在我们这里|来这里|到店|到院|来院|慕名)|(?:约|挂)不上号|(?:全国各地|五湖四海|天南海北|各地|外省|海外)[^,，。;!?]{0,4}?(?:赶来|慕名而来|专程(?:赶)?来|闻讯而来)|(?:很多|不少|大批|众多|许多|好多|大量|无数|成批)的?(?:外地|外市|外县|周边(?:城市|县市|省份)|邻省|外省市)的?(?:患者|病人|病友|患友|家长|顾客|客户|求美者|宝妈)们?[^,，。;!?]{0,6}?(?:专程|特地|特意|大老远)?(?:赶来|赶过来|跑来|跑过来|慕名而来|闻讯而来)/),
      // Round eighty-one (batch FP): a count of tens of thousands of patients said all to be treated here (全国上万名患者都在这家诊所治疗,
      // 三万多位病友都在这里复诊); a crowd using a kind of drug (上万名患者都在使用这类药) names no clinic.
      // Round one hundred and fifteen (batch IG): or all said to have chosen this plan of ours (上千位疙瘩患者都选了这个方案; 上万名病友都选择了我们的疗法);
      // a question (上千位患者都选了这个方案吗？), a concession (就算…也不代表适合你) and a kind of drug (都用过这类药膏) are not read.
      // Session forty-four (recurring misses, 1 row of the last 30 batches), in the pattern below: a count of thousands named by its digit (三千多个过敏家庭都选了
      // 我们), as 上千 and 几千 are, and the choice said as 选了 as well as 选择了.
      p(/(?:\d+(?:\.\d+)?\s?万|[一二三四五六七八九十两数几上百千]万|成千上万|成百上千|上千|数千|几千|[一二三四五六七八九两]千)\s?(?:多|余|\+)?(?:名|位|个)?[\u4e00-\u9fff]{0,4}?(?:患者|病友|病人|患友|家长|宝妈|顾客|求美者|家庭)们?(?:都|全都)(?:(?:在|来|选择|选|找|到)(?:了)?(?:这家|这里|这儿|本院|我院|我们|本中心|本诊所|该院|该诊所)|(?:选|选择|选用|用|做)(?:了|的)?(?:这个|这套|这种|我们的|我们这个|我们这套|本院的|我院的|咱们的)(?:方案|疗法|治疗|项目|疗程|技术)(?![^,，。;!?]{0,3}?(?:吗|么|[?？])))/),
      // Round one hundred and twenty-five (batch JA): a crowd counted in thousands, of any people (工人, 工友, 员工, 同事, 人), said all to be using it now, the clause
      // ending there or naming ours (全园区三万工人都在抹; 上千名员工都在用这款护手霜): the crowd is the warrant; 上万名患者都在使用这类药 (a kind of drug, 使用) and a question are not read.
      p(/(?:\d+(?:\.\d+)?\s?万|[一二三四五六七八九十两数几上百千]万|成千上万|上千|数千|几千|[一二三四五六七八九两]千)\s?(?:多|余|\+)?(?:名|位|个)?[\u4e00-\u9fff]{0,4}?(?:人|工人|工友|员工|职工|同事|师傅|宝妈|姐妹|顾客|用户|家庭)们?(?:都|全都|全)在(?:用|抹|涂|擦|喝|吃|贴|戴|买)(?:着)?(?=$|[,，。!！~～\s]|这|我们|本|咱)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]))/),
      // Round ninety-seven (batch GW): a count of people said to buy this very product every month or year (每个月都有上万名旅客买这款晕机贴; 每年三万多位
      // 宝妈下单我们的月子餐), and the repeat buyers said to be many (回购的人特别多, 复购的顾客越来越多): the crowd that buys is the warrant; 上万名
      // 患者每年因湿疹就诊 buys nothing, and 回购的人多不多 asks.
      p(/(?:每年|每月|每个月|每周|每天|累计|至今|迄今)[^,，。;!?]{0,4}?(?:超过|逾|近|将近|上|数|有)?\s?(?:\d+(?:\.\d+)?\s?万|\d{4,}|[数几十百千上]万|上千|数千|成千上万)\s?(?:多|余|\+)?\s?(?:名|位|个)?[\u4e00-\u9fff]{0,8}?(?:买|购买|下单|抢购|回购|选购|订购)(?:了)?(?:这款|本品|我们的?|本店的?|咱家的?)|(?:回购|复购|回头)(?:的)?(?:人|顾客|客户|用户|患者|会员|旅客|家长|老人)(?:们)?(?:特别|非常|很|超级?|相当|越来越|都|可)?多(?![不少])/),
      // Round one hundred and twenty-six (batch JB): a count of buyers reached soon after the offer opened (团购才上线十天，就已经有五千多位姐妹下单; 开团
      // 三天已有两千多人拼单): the rush of buyers as the warrant; a count under a hundred (已有12人报名) and a question are not read.
      p(/(?:上线|开团|开卖|开售|上架|推出|开抢)[^。;!?]{0,8}?(?:就)?(?:已经?|已)(?:有)?\s?(?:\d{3,}|[一二三四五六七八九两几数上]?[百千万]|[一二三四五六七八九两几数上][百千万][\u4e00-\u9fff]{0,2}?)(?:余|多|\+)?(?:名|位|个|人)?[\u4e00-\u9fff]{0,4}?(?:下单|抢购|拼单|参团|抢到|买了|预约|报名)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round ninety-eight (batch GY): the shop's own sales counted by the day, the month or the fair (这摊的护膝一天卖出好几百副, 这款贴一个月能卖上千盒):
      // the crowd that buys is the warrant; refine() asks for the product or the shop as ours, so 流感季药店一天卖出几百盒感冒药 is not read.
      p(/(?:一天|每天|一个月|每月|一年|每年|一周|每周|一上午|一下午|一晚上|一场|一个庙会)(?:下来)?(?:就|能|都|少说也)?(?:卖|卖出|卖掉|售出|卖了|出)(?:去)?(?:好几|几|上|成|数|大几|近)(?:百|千|万)(?:多)?(?:副|盒|瓶|罐|份|套|贴|包|支|件|单|个|条)/),
      // Round one hundred and fifteen (batch IF): a crowd of neighbours or customers said all to settle on this product or our house (附近几个小区的老人都认准这款
      // 止痒膏; 街坊们早就只认咱家的膏方): the crowd's choice is the warrant; 买药要认准国药准字号 and 老人都认这个理 name no product of ours.
      p(/(?:老人|老年人|大爷|大妈|阿姨|街坊|邻居|居民|住户|病友|患者|顾客|客人|宝妈|家长|姐妹|老主顾|回头客)(?:们)?(?:都|全都|个个|人人|早就|早都)(?:只)?(?:认准|认定|只认|就认|认|只买|就买|点名要|指名要)(?:了)?(?:(?:这款|这个|这种|这支|这瓶|这盒)[^,，。;!?]{0,6}?(?:药|膏|霜|贴|方|茶|酒|液|油|水|仪|枕|丸|散)|(?:这家|我们|咱们|咱家|我家|本店|本院|我院|本中心)(?:的)?)/),
      // Round ninety-eight (batch GY): a count of followers said all to practise or use it, and the result after (书友群里上百人都照着练，腰不疼了的多了去了):
      // the crowd is the warrant for the result; 上百人都在用这个偏方？先问问医生 claims none.
      p(/(?:上|好几|几|成|数|近)(?:百|千|万)(?:号)?(?:人|位|名)[^,，。;!?]{0,2}?(?:都|全都)(?:在)?(?:照着|跟着)?(?:练|用|喝|吃|贴|泡|做|买|戴)(?=[^。;!?]{0,16}?(?:不疼|不痛|好了|管用|有效|见效|灵|好转|改善|降了|降下来|没犯|轻松|舒服))/),
      // Round fifty-two (batch DD): the clinic's or the method's reputation praised with a degree word (口碑特别好, 口碑一直很好), not advice
      // to look for one (选择口碑好的正规医院); patients all queueing for it (每天来咨询的病友都排成长队), not a queue to be avoided.
      p(/(?<!(?:选择|选|找|挑|去|看)[^,，。;!?]{0,6})口碑(?:一直|向来|都)?(?:特别|非常|十分|超级?|极其|相当|真的?|很|挺)(?:好|棒|不错|高)(?!不)/),
      // Round ninety-four (batch GP): the reputation said to be plain to all (口碑有目共睹, 有口皆碑), and everyone around said to use it, then the
      // reader asked why not them (全小区的老人都在练，您还不来试试？; 整个单位都在喝，你还等什么): the crowd as the warrant.
      p(/有口皆碑|(?<!(?:选择|选|找|挑|去|看|到)[^,，。;!?]{0,6})口碑[^,，。;!?]{0,2}?有目共睹|(?:(?:全|整个|满)(?:小区|社区|楼|村|单位|公司|办公室|科室|街道?|城|院|班|年级|学校|校|家族|群)|(?:小区|社区|楼里|村里|单位|公司|办公室|科室|街道|班上|班里|年级|学校|群里)(?:里|中|上)?(?:一大半|大半|大部分|多半|一半|好多|不少|很多)的?)[^,，。;!?]{0,8}?(?:都|全都|差不多都)(?:在)?(?:给(?:孩子|宝宝|老人|家人|自己|爸妈))?(?:用|练|做|喝|吃|贴|抹|泡|找|来|买|戴)[^。;!?]{0,12}?(?:(?:你|您)(?:还|怎么还)(?:不|没|在)(?:来|试|等|犹豫|行动|赶紧|抓紧)|还等什么|(?:你|您)(?:也)?(?:赶紧|快|快点|不妨|也来|也)?(?:试试|试一试|跟上|用起来|入手|来一(?:盒|份|套|个|瓶)))/),
      // Round ninety-five (batch GR), in the pattern above: a class, a year or an office (全班, 整个年级), or most of a place (办公室里大半的同事,
      // 小区里一大半的老人), and the reader told to try it too (你也赶紧试试吧): the same crowd as the warrant.
      // Round ninety-five (batch GR): old patients or customers said as a habit to bring their family or friends along (老顾客都带着家人一起来调理;
      // 老病友常常介绍亲戚过来治疗): word of mouth as the warrant; one patient bringing family to a visit (老患者带家人来复诊时，请出示就诊卡) is a notice.
      p(/老(?:患者|顾客|病人|客户|病友|街坊|会员)们?(?:都|纷纷|常常|经常|总是|大多)(?:会)?(?:带着?|领着|介绍|推荐)[^,，。;!?]{0,4}?(?:家人|家里人|朋友|亲戚|同事|邻居|亲友|孩子|老伴|爸妈)(?:一起|一块儿?)?(?:来|过来)(?!听|参加|领|开会|报名|看望|探望)/),
      // Round fifty-three (batch DF): a clinic named by its reputation in a title (口碑好医院, 口碑好的专科), not advice to look for one
      // (选择口碑好的医院); a daily patient count with a plus sign (日均接诊300+, 日门诊量500+): a crowd shown off, not a service notice.
      p(/(?<!(?:选择|选|找|挑|去|看|到)[^,，。;!?]{0,6})口碑好的?(?:医院|诊所|机构|专科|皮肤科)|(?:日均|每天|每日|单日|日)(?:接诊|就诊|门诊|门诊量|接诊量)(?:量|人数|患者)?[^,，。;!?\d]{0,3}?\d{2,}\s?\+/),
      // Round ninety-two (batch GM): a count of tens of thousands of any 友 crowd (十万歌友, 上万车友, 数万书友) trusting or choosing, as of
      // patients: the crowd as the warrant whatever hobby names it; a crowd taking part in something (三万网友参与了调查) chooses nothing.
      p(/(?:\d+(?:\.\d+)?\s?万|[一二三四五六七八九十两数几上百千]万|成千上万)\s?(?:多|余|\+)?(?:名|位)?[\u4e00-\u9fff]{1,2}?友们?的?(?:共同)?(?:信赖|信任|认可|选择|首选|推荐)(?!度)/),
      // Round ninety-three (batch GN): a count of tens of thousands with a plus sign, then any crowd's shared choice (10万+街坊的共同选择, 5万+
      // 上班族共同信赖): 共同 makes the count a warrant whatever noun names the crowd; 上万名医生共同讨论的结果 chooses nothing.
      // Round one hundred and twenty-two (batch IT), in the pattern below: a count of thousands as of tens of thousands (上千位月子妈妈的共同选择; 三千多位新手妈妈
      // 共同信赖): 共同 makes the count a warrant; 几千位专家共同讨论修订了指南 chooses nothing.
      p(/(?:\d+(?:\.\d+)?\s?[万千]|[一二三四五六七八九十两数几上百千]万|[一二三四五六七八九两数几上]千|好几千|成千上万|成百上千)\s?(?:多|余)?\s?\+?\s?(?:名|位|个)?[\u4e00-\u9fff]{1,4}?的?共同(?:的)?(?:选择|信赖|信任|认可|首选|推荐)/),
      // Round one hundred and twenty-two (batch IT): the appointments said to be snapped up as soon as they are released (周末的号一放出来就被宝妈们抢光; 专家号刚放出去
      // 秒被约满): the queue as the warrant, said without 放号; a question (号一放出来就被抢光怎么办？) asks.
      // Session forty-four (recurring misses, 2 rows of the last 30 batches): the product's own sales counted in thousands or more since it came out (已经卖出去五十万支;
      // 上线不到两个月就卖出了三千多份): the crowd that bought is the warrant; a day's sales of any medicine (药店一天卖出几百盒) counts in hundreds and is read by the
      // pattern with refine() above, not this one.
      p(/(?:已经|已|累计|上线[^,，。;!?]{0,8}?就|开卖[^,，。;!?]{0,8}?就|推出[^,，。;!?]{0,8}?就)(?:卖出|售出|卖了|卖掉)(?:去|了)?\s?(?:超过|近|逾)?\s?(?:\d+(?:\.\d+)?\s?万|\d{4,}|[一二三四五六七八九十两几上数百]{1,3}万|[一二三四五六七八九两几上数]千)\s?(?:多|余|\+)?\s?(?:支|份|盒|瓶|套|单|件|贴|罐|袋|张)(?![^,，。;!?]{0,6}?(?:吗|么|[?？]))/),
      p(/号(?:一|刚)放出(?:来|去)?(?:就|便|即|秒)(?:被)?[^,，。;!?]{0,6}?(?:约满|抢光|抢空|挂满|抢完|约完|一抢而空)(?![^,，。;!?]{0,4}?(?:怎么办|吗|么|[?？]))/),
      // Session forty-four (recurring misses, 8 rows of the last 30 batches): the appointments or places said to be snapped up or gone at once, in any
      // wording of the grab (号一放就被抢光, 号源一放出就秒空, 暑假的号早被学生党抢光了, 号经常提前十天就被抢空, 专家号已连续三周约满): the queue as the
      // warrant. A question (号被抢光了怎么办？), a condition (如果号被抢光，可以挂普通号) and a notice of when to book (约满为止) are not read; nor is the hard-to-get appointment as a complaint (好多顾客反馈，周六的号太难挂了).
      p(/(?<!(?:如果|若|假如|要是|万一|即使|就算)[^,，。;!?]{0,8})(?:号|号源|名额|专家号|预约)(?:每天|每次|经常|常常|总是|早就?|都|也|一)?[^,，。;!?]{0,10}?(?:就|便|即|早|都|已)?(?:被)?[^,，。;!?]{0,6}?(?:抢光|抢没|抢空|秒空|秒没|一抢而空|抢完|秒光)(?:了)?(?![^,，。;!?]{0,6}?(?:怎么办|咋办|吗|么|[?？]))|(?:号|号源|专家号|名额|项目)[^,，。;!?]{0,4}?(?:已|都)?(?:连续|接连)[^,，。;!?]{0,4}?(?:周|个月|天)(?:都)?(?:被)?约满|(?<!(?:反馈|抱怨|投诉|反映|吐槽|意见)[^。;!?]{0,12})(?:号|专家号)(?:特别|非常|超级?|实在|太|真)难(?:挂|约|抢)(?![^,，。;!?]{0,4}?(?:怎么办|吗|么|[?？]))|约满[^。;!?]{0,6}?(?:感谢|谢谢)[^。;!?]{0,8}?(?:信赖|信任|厚爱|支持|认可)/),
      // Session forty-four (recurring misses, 7 rows of the last 30 batches): the queue itself described as the crowd that proves it (每天天不亮就有人来排号;
      // 来换药的人从门口排到楼梯口; 全商场排队最长的就是咱们家; 门口排队做冷冻的有上百号人; 早上排老长的队): a queue told as a boast; one to be avoided
      // (为免排长队，请网上预约) or a crowd elsewhere named by no clinic of ours is not read.
      p(/(?<!(?:避免|以免|免得|不用|无需|不必|减少|不再|为免)[^,，。;!?]{0,8})(?:(?:天不亮|天还没亮|天没亮)(?:就)?有(?:人|不少人|好多人|很多人)(?:来)?(?:排队|排号|排着)|(?:从|在)(?:门口|门外|大门口)排到[^,，。;!?]{1,8}|排队最长的(?:就)?是(?:咱们?|我们|我家|本店|本院|这家)|排队[^,，。;!?]{0,8}?的?有上(?:百|千)号?人|(?:门口|门外|楼下|走廊)(?:就|总是|常常|都|早早|每天)?排(?:起|成)(?:了)?(?:长队|长龙)|排(?:起|成|了)?(?:老|很|好|特别)长(?:的|一)?(?:队|条队)(?:伍)?)(?![^,，。;!?]{0,6}?(?:怎么办|吗|么|[?？]))/),
      // Session forty-four (recurring misses, 5 rows of the last 30 batches): a share of a named group, most or half, said to have been treated here (全校差不多
      // 一半的人都在这儿看过痘; 附近写字楼的白领差不多都在我们这儿做头皮护理; 老年大学一半学员都在这儿看过斑): the crowd as the warrant; a share that has a
      // complaint (小区里一半的老人都有高血压) or eats here (一半的人都在这儿吃午饭) names no treatment.
      p(/(?:差不多|几乎|将近|快)?(?:一半|大半|多半|差不多|几乎|大部分|大多数|八成|九成|七成)(?:的)?[\u4e00-\u9fff]{0,3}?(?:都|全)(?:在|来|到|带[^,，。;!?]{0,4}?来)(?:过)?(?:我们|咱们|咱|我家|本店|本院|这)?(?:这儿|这里|这|儿|店里|院里)?(?:做|看|治|泡|调理|护理|洗|灸|针灸|理疗|推拿|按)(?:过|了)?(?!饭|午饭|早饭|晚饭|书|戏|电影|比赛|演出|作业|功课|球)/),
      p(/(?<!(?:避免|以免|免得|不用|无需|不必|减少|不再)[^,，。;!?]{0,8})(?:患者|病友|病人|患友|家长|顾客|求美者|宝妈)们?(?:每天|天天)?都(?:要|得)?排(?:成|起)?(?:了)?(?:大)?(?:长队|长龙)/),
      // Round one hundred and one (batch HE): a crowd with no count (好多老人, 不少街坊, 很多会员) that had the shop's own food or care, then its
      // complaint or figure all come right (不少街坊喝了咱家的酸梅汤，血压都降了; 很多会员做了店里的艾灸，腰都不疼了): the crowd's result is the proof;
      // 好多老人吃了我们的饭，都说太咸了 and 衣服都洗干净了 tell no result for the body.
      p(/(?:好多|很多|不少|许多|大批|一大批|好些)[\u4e00-\u9fff]{0,2}?(?:人|老人|顾客|客人|街坊|会员|邻居|病友|家长|宝妈|孩子|[\u4e00-\u9fff]友)们?(?:都)?(?:吃|喝|用|做|泡|贴|练)(?:了|过)(?:我们|本店|咱家|我家|店里|食堂)的?[^,，。;!?]{0,8}?[,，]\s?[^。;!?]{0,8}?(?:都|全|也)(?:稳住了|稳下来了|降下来了|降了|好了|正常了|不疼了|不痛了|不痒了|没再犯|改善了|好转了)/),
      // Round one hundred and twenty-five (batch IZ): the product or the counter said to sell out, or to have sold out so many times (柜台已经卖断货三次了;
      // 柜台的面霜上架就被抢到脱销; 补货五回还是不够卖): the crowd that buys is the warrant; a pharmacy out of a medicine for now (药房这药暂时断货，医生会换同类药) hurries
      // no one and boasts of nothing.
      p(/(?<!药店|药房|暂时|临时|一度)(?:卖|抢|买)(?:到|得)?(?:断货|脱销|断码)(?:了)?(?![^,，。;!?]{0,6}?(?:怎么办|咋办|吗|么|换|替代|[?？]))|(?:断货|脱销|补货|返场)(?:了)?(?:[一二三四五六七八九十两\d]{1,2}|好几|几)(?:次|回|轮)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
    ],
    negation: 'suppress',
    hedge: false,
    // Round twenty: a count of reviews named in order to doubt it (上千条好评可能是刷出来的) boasts of nothing.
    refine: (c) =>
      // Round ninety-eight (batch GY): a day's sales count as a warrant only for the product or the shop of the speaker.
      !(/^(?:一天|每天|一个月|每月|一年|每年|一周|每周|一上午|一下午|一晚上|一场|一个庙会)/.test(c.norm.slice(c.start, c.end)) && !/这(?:款|个|种|摊|家|副|盒)|我们|本店|咱|我家|自家|本摊|本品/.test(c.sentence)) &&
      !(/(?:篇|条|份)/.test(c.norm.slice(c.start, c.end)) && /刷|软文|不能作为|不一定|无法核实|难以核实|付费|水军|警惕|当心/.test(c.sentence) && !/本院|我院|我们|这里/.test(c.sentence)) &&
      // Round sixty-one (batch EC): not getting an appointment as a condition, with another way offered (如当天挂不上号，可选择普通门诊) is
      // booking advice, not a crowd boasted of.
      !(/^(?:约|挂)不上号$/.test(c.norm.slice(c.start, c.end)) && /(?:如|如果|若|假如|万一|要是)[^,，。;!?]{0,6}$/.test(c.norm.slice(c.sentenceStart, c.start)) && /可(?:以)?|改约|改挂|换个|建议|请|拨打|电话/.test(c.norm.slice(c.end, c.sentenceStart + c.sentence.length))) &&
      // Round seventy-eight (batch FK): the hard-to-get appointment as a problem looked into (一号难求的背后, 一号难求怎么办, 专家号一号难求的原因), not the clinic's own boast.
      !(/一号难求|一号难挂/.test(c.norm.slice(c.start, c.end)) && /^(?:的)?(?:背后|原因|现象|难题|困局|之困|问题)|^[,，]?\s?(?:怎么办|如何破解|怎么破|该怎么办)/.test(c.norm.slice(c.end, c.end + 8)) && !/本院|我院|我们|本中心|本诊所/.test(c.sentence)),
    examples: {
      bad: [{ text: '祛斑套餐开团三天，已有两千多人拼单', type: 'ad' }, { text: '柜台的舒缓面膜一上架就被抢到脱销', type: 'ad' }, { text: '补货五回还是不够卖，姐妹们手慢无', type: 'ad' }, 
        // Round one hundred and twenty-five (batch JA): a crowd of thousands all using it.
        { text: '厂里上千名员工都在用这款护手霜', type: 'ad' }, "这款祛痘凝胶开卖半年就卖出了两万多支", "两千多位湿疹家长都选了我们", "王主任的号一放就被抢空了，周末想约得碰运气", "这位医生的专家号已经连续两个月约满", { text: "每天一早门口就排起长龙，都是来做祛斑的", type: "ad" }, "楼里差不多一半的住户都在我们这儿做过理疗", "光子嫩肤这个月已全部约满，谢谢老顾客们的信任", '开学那阵子天天排长队，号根本抢不到', '专家号刚放出去秒被约满', { text: '三千多位新手妈妈共同信赖的产后修复中心', type: 'ad' }, '周末的专家号压根挂不上', '上千位疙瘩患者都选了这个方案', '几千位病友都做了我们这个项目', '附近几个小区的老人都认准这款止痒膏', '街坊们早就只认咱家的膏方，年年来订', '不少街坊喝了咱家的酸梅汤，血压都降了', '很多会员做了店里的艾灸，腰都不疼了', { text: '这款颈椎贴一个月能卖出上千盒', type: 'ad' }, '跳广场舞的姐妹们，好几百人都跟着练这套操，膝盖不疼了', { text: '每年三万多位宝妈下单我们的月子餐', type: 'ad' }, '这款护膝复购的顾客越来越多', { text: '开店五年，老会员纷纷介绍亲戚过来做理疗', type: 'ad' }, "我们这儿的老病友常常领着老伴一块儿来调理", "整个年级的家长都在给孩子喝这款增高奶，你也赶紧试试", { text: '办公室里大半的同事都在贴这种护颈贴，您还在等什么', type: 'ad' }, { text: "这家推拿馆在街坊里有口皆碑", type: 'ad' }, { text: "整个单位都在喝这款茶，你还在犹豫什么", type: 'ad' }, { text: '开业十年，3万+上班族共同信赖的颈肩理疗馆', type: 'ad' }, { text: '两万多名新手爸妈的共同选择｜儿童齿科', type: 'ad' }, { text: '展台话术：“今年已有上万位宝妈选择我们做产后修复”', type: 'ad' }, { text: '三万多位银屑病病友都在这里规范治疗，您也可以放心', type: 'ad' }, { text: '成千上万的家长都找我们给孩子看湿疹', type: 'institution' }, { text: "一号难求的背后，是我们二十年的口碑", type: "institution" }, { text: "万人好评的祛痘门诊，医学团队全程服务", type: "ad" }, { text: "开业三年，已成为城西湿疹患者信赖的首选门诊", type: "institution" }, { text: '开诊五年，感谢两万多位病友的信任与支持', type: 'institution' }, { text: '⭐ Trusted by 20,000+ families｜湿疹宝宝家长的放心门诊', type: 'ad' }, { text: '本市痤疮患者信赖的皮肤专科，周末照常接诊', type: 'ad' }, { text: '我们主任的号一直约不上号，想看的要趁早', type: 'institution' }, { text: "本地痤疮患者认可的选择，周末照常接诊", type: 'ad' }, { text: '病友信赖的银屑病规范诊疗品牌', type: 'ad' }, { text: '全城宝妈们的放心之选，儿童湿疹专科', type: 'ad' }, { text: '皮肤科门诊｜白友信任之选', type: 'institution' }, { text: '祛痘专科｜口碑好医院｜在线预约', type: 'ad' }, { text: '白斑门诊日接诊量200+，专家团队坐诊', type: 'ad' }, { text: '我们的祛斑方案口碑一直很好，老病友都知道', type: 'institution' }, { text: '本院儿童湿疹门诊口碑相当不错，周末家长们都排起长龙', type: 'ad' }, '这家诊所口碑超好，来咨询的患者每天都排成长队',{"text": "已有500多位患者在李医生这里治疗白癜风", "type": "institution"}, {"text": "开诊二十年，本中心的过敏门诊深得各地家长们的信任", "type": "institution"}, {"text": "专业祛痘，深受广大求美者青睐", "type": "ad"}, "数万名痤疮患者通过我们重获光滑肌肤",  { text: '1200多条真实好评，专科口碑看得见', type: 'ad' }, { text: '点评平台评分4.8，周末常常约满', type: 'institution' }, "全国大部分白癜风患者都选择了我们的308光疗方案", {"text": "本地九成的家长都首选我院儿科", "type": "ad"},{ text: '已有上万名家长为孩子选择了我们的方案', type: 'ad' }, { text: '已有超过 5000 位宝妈选择了我们的盆底修复', type: 'ad' }, { text: '本月已有800+人到店体验', type: 'ad' }, { text: '万人口碑认证的祛斑中心', type: 'ad' }, { text: '老客户转介绍占了一半以上', type: 'ad' }, { text: '周末专家号常常放号十分钟就被约满，口碑可见一斑', type: 'institution' }, { text: '不少患者凌晨就来排队挂王主任的号', type: 'institution' }, { text: '小红书上上千篇真实笔记，做过的姐妹都说值', type: 'ad' }, { text: '全市每5位近视儿童中就有1位在我们这里配镜', type: 'ad' }, { text: '已有3000多位患者选择在我院做白内障手术', type: 'institution' }, '十万患者信赖的白癜风医院', '全国各地患者慕名而来', '评论区清一色好评', '数万名湿疹患者的共同选择', '满意度高达99%', '专家号一号难求', '好评不断，口碑一传十、十传百', '好多老顾客做完一次又回来复购', '老患者带新患者，口碑就是这么来的', { text: '我们诊所新来的病人，大部分都是老病友推荐来的', type: 'institution' }, '小区里一半的老人都在我们这儿做理疗', '来自北京的张先生专程飞来治疗', { text: '众多求美者的信赖之选，十年口碑', type: 'ad' }, { text: '每逢寒暑假，不少邻省的家长带着孩子大老远跑来看近视', type: 'ad' }, { text: '想约王主任的号？排队两个月才能挂上', type: 'ad' }, { text: '每年都有来自全国各地的患者慕名而来', type: 'ad' }, { text: '累计3000余位国际客人选择了本院的皮肤管理套餐', type: 'institution' }, { text: '50万+用户下载的祛痘打卡App，一起变美', type: 'ad' }, { text: '宝妈们都在用的湿疹护理小程序', type: 'ad' }, { text: '客户口碑推荐率高达97%', type: 'institution' }, { text: '众多海外客户回头首选的VIP套房', type: 'institution' }, { text: '三十年坚守，二十万人的信赖，口腔专科欢迎您', type: 'ad' }, { text: '五万车友信赖的颈椎理疗馆，久坐司机的放心之选', type: 'ad' }],
      ok: [{ text: '讲座报名上线后已有12人报名，还剩8个座位', type: 'institution' }, '这款凝胶卖出了多少支，跟它适不适合你没有关系', '药房说这支药膏暂时断货，医生给换了同类药', '卖断货了怎么办？可以先用医院开的替代药', 
        // Round one hundred and twenty-five (batch JA): a crowd using a kind of thing, and a question.
        '全国上万名工人都在用丁腈手套防护', '几千名员工都在用这款护手霜吗？', "不少家长抱怨，周末的号太难挂了，希望多开几个", "这款凝胶已经卖出两万支了吗？我没查到数据", "三千多位家长都参加了这次免费的视力筛查", "号被抢光了怎么办？可以挂普通号", "如果号源被抢空，请改约下周", "全校一半的人都在这儿吃午饭", "为免门口排起长队，请提前在网上预约", '周末的号可能挂不到，请提前预约', '专家号一放出来就被抢光怎么办？可以先挂普通号', '几千位专家共同讨论修订了这份指南', '大医院的皮肤科号根本挂不上，只能先去社区看', '就算上千位患者都选了这个方案，也不代表适合你', '上千位患者都用过这类药膏，但每个人反应不同', '买药膏要认准国药准字号，别看包装', '小区老人都认这个理：皮肤痒别乱抹药', '好多老人吃了我们的饭，都说太咸了', '很多顾客用了店里的洗衣液，衣服都洗干净了', '流感季药店一天卖出几百盒感冒药，说明就诊的人多了', '群里上百人都在用这个偏方？先问问医生', "回购的人多不多，并不能说明这款茶有效", "全省每年有上万名患者因湿疹就诊，规范用药很重要", "老患者带家人来复诊时，请一并出示就诊卡", "社区的老病友都带着家人来听健康讲座", "小区里大半的老人都有高血压，你也该定期量一量", "全年级的同学都要接种流感疫苗吗？不是，按自愿原则", "选择口碑有目共睹的正规医院", "全小区都在用这个牌子的净水器", { text: '这份共识是上万名基层医生共同讨论的结果，供大家参考', type: 'kepu' }, { text: '“十万宝妈的共同选择”这类宣传语无法核实，选机构要看资质', type: 'kepu' }, { text: '消协提醒：展位话术里常说“万人选择”，这只是推销的说辞，不代表疗效', type: 'kepu' }, { text: "专家号一号难求的原因：优质医疗资源集中在大城市", type: "kepu" }, { text: "“患者首选”毫无参考价值，看资质才靠谱", type: "kepu" }, { text: "宣传单上的“万人好评”没有任何医学意义", type: "kepu" }, { text: "“本地患者信赖的首选”这类宣传语无法核实，选医院要看执业资质", type: "kepu" }, { text: "| 季度 | 满意度调查参与率 |\n| 三季度 | 64% |", type: "institution" }, { text: '本市约有两万多位银屑病患者，其中多数为轻症', type: 'kepu' }, { text: 'Trusted by patients? 口碑要靠规范诊疗一点点积累，不靠宣传语', type: 'kepu' }, '选择诊所时，不要只看“患者信赖的专科”这类宣传语，要看执业资质', { text: '如果网上约不上号，可以拨打门诊电话或改约其他医生', type: 'institution' }, { text: "选择治疗方案时，患者信赖的应当是证据而不是广告", type: 'kepu' }, { text: '选择机构时不能只看“信赖之选”之类的宣传语，要核对执业许可', type: 'kepu' }, '建议选择口碑好的正规医院，并核对执业许可', { text: '门诊日均接诊约120人次，高峰时段请提前预约', type: 'institution' }, '建议选择资质齐全、口碑很好的正规医院，不要轻信广告', '为避免患者都排长队，请提前在网上预约', '口碑好不好不能代替疗效评估，还要看诊疗是否规范',{"text": "已有50多位家长在护士站这里领取了护理手册", "type": "institution"}, {"text": "这类护理讲座并非因为深受患者欢迎就能代替面诊", "type": "kepu"}, {"text": "医患之间的信任需要时间，也需要充分的沟通", "type": "institution"}, "全省数万名患者每年因湿疹就诊，规范治疗很重要",  { text: '入院时疼痛评分为8分，给予止痛处理后降至3分', type: 'case' }, '网上3000多条好评也可能是刷出来的，不能作为选择医院的依据', { text: '本次共收到126份问卷，意见已整理反馈给各科室', type: 'institution' }, "大部分患者都选择了光疗联合外用药，医生会根据分期给出建议", "多数患者选择我们附近的社区医院先做初筛",'已有上万名儿童参加了社区组织的免费视力筛查，这是公共卫生服务项目', '网上上千条好评可能是刷出来的，不能作为选择医院的依据', { text: '每天早上7点放号，约满为止', type: 'institution' }, '凌晨排队挂号的时代已经过去，现在可以网上预约', '全国每4个成年人中就有1个高血压患者', '已有3000多名儿童在社区完成了免费视力筛查', '预约后请按时到诊，避免排队等候', '患者的满意与否不能代替疗效评估', '外地患者来院就诊可以提前在网上预约', '一半的人都在我们这儿排队等候，请耐心', '排队挂号时请保持一米距离，不要拥挤', '众多研究表明，防晒可以减少光老化', '全国各地的专家齐聚本市参加学术年会', '千万别让荨麻疹患者的选择只剩下激素', '数万名银屑病患者参与了这项多中心研究', '每年约有3000名患者在本院皮肤科复诊，请提前预约', { text: '本应用需下载安装后注册，使用前请阅读隐私政策', type: 'ad' }, '很多湿疹患者都在用的激素药膏，需要在医生指导下使用', '众多海外患者来院前会先咨询签证和住宿问题', { text: '老患者介绍来的朋友，初诊同样需要做伍德灯检查', type: 'institution' }, { text: '外地患者专程赶来复诊前，请先电话确认医生出诊时间', type: 'institution' }, { text: '“几十万人的信赖”这类宣传语无法核实，选诊所要看执业许可', type: 'kepu' }, '全国上万名患者都在使用这类外用药，但是否适合你要由医生判断', { text: '数万名患者都在等待角膜移植，欢迎登记捐献', type: 'kepu' }, { text: '三万多名网友参与了这次护眼知识问卷，结果见下表', type: 'kepu' }],
    },
  },
  {
    id: 'authority-endorsement',
    category: 'authority',
    title: '协会指定、政府认证、官方推荐',
    basis: BASIS.authority,
    message: '用国家机关、协会、学会、基金会的名义“指定”“认证”“推荐”医院或疗法，属于利用机关和社会团体的名义作证明。',
    suggestion: '删去指定、认证、推荐的说法。确实取得的资质（如医保定点）可在机构信息中如实、中性地列出，发布前核对批准文件。',
    levels: levels('EEEE'),
    patterns: [
      // Round forty-five (batch CI): a consensus or a guideline "recommending" used as a banner that sends the reader to the clinic
      // (专家共识推荐！308nm准分子光是金标准，就来我院做); a guideline cited with the advice to see a doctor sends no one to us.
      p(/(?:专家共识|共识|指南|专家组|专家委员会)(?:一致)?(?:推荐|首推|力荐)(?:[!！][^。\n]{0,40}?|[^。\n]{0,20}?(?:金标准|首选|最佳|最好|最有效)[^。\n]{0,20}?)(?:来|到|找|选)(?:我院|本院|我们(?:医院|这里|中心)?|本中心)/),
      // Round eighty-two (batch FS): provincial and district health bodies (省卫生厅, 区卫健局, 市卫生健康局) vouch as the commission does.
      // Round one hundred and twenty-six (batch JB), in the pattern below: the authority named by its department, not its office (市卫健部门指定的祛痣
      // 示范单位; 卫生主管部门授牌).
      p(/(?:协会|学会|研究会|基金会|委员会|卫健委|卫生部|卫生局|卫生厅|卫健局|卫生健康局|卫生健康委员会|卫健部门|卫生部门|卫生健康部门|卫生行政部门|卫生主管部门|药监局|政府|国家|官方|世界卫生组织|世卫组织|世卫|who)(?:[^,，。;!?]{0,6}?分会)?(?:唯一)?(?:指定|认证|认可|授权|定点|特批|表彰|授牌|挂牌)|(?:国家|政府|官方|权威机构)(?:认证|认可|指定|推荐)的?(?:医院|机构|技术|疗法|品牌|单位)?|指定(?:的)?(?:医院|单位|机构|诊疗中心|示范基地|基地)|定点(?:医院|机构|单位)(?=[^。]{0,10}(?:放心|正规|权威|值得信赖|品质|保障))/),
      p(/(?:协会|学会|研究会|基金会|卫健委|卫生部门?|卫生(?:健康)?(?:局|委|部门)|卫健部门|政府|官方|世卫组织|世卫|世界卫生组织)推荐(?:使用|采用)?的?(?:医院|机构|疗法|技术|品牌|单位|医生|专家|诊所|[\u4e00-\u9fff]{0,4}?(?:疗法|技术|方案|诊所|医院|机构|设备|仪器))/, { shift: -1 }),
      // Round one hundred and seven (batch HP), in the pattern above: the health department named as 卫生部门 / 卫健部门, 推荐使用的 / 推荐采用的, and a
      // treatment device as the thing recommended (本科室的308光疗系统为卫生部门推荐使用的治疗设备); 卫生部门推荐使用的洗手方法 names no treatment.
      // Round eighty-four (batch FV): a body's name set before 推荐用药 / 推荐产品 as a label on a product (某某学会推荐用药, 协会推荐产品);
      // with 的 (世界卫生组织推荐的疫苗) it may be a sourced fact and is left to the pattern above.
      p(/(?:协会|学会|研究会|基金会|卫健委|卫生部|政府|官方|世卫组织|世卫|世界卫生组织)推荐(?:用药|药品|药物|产品|用品|护肤品)/, { shift: -1 }),
      // Round ten: officials and their experts come to the clinic to learn (连卫健委的专家都来我们这里学习取经).
      p(new RegExp(`(?:${BODIES})[^。;!?]{0,8}?(?:来|到)(?:我们|本院|我院|本中心)(?:这里|这儿)?[^,，。;!?]{0,2}?(?:学习|取经|进修|求教|观摩)`)),
      // The media as a warrant: 央视报道过的技术, 多家电视台专访, 权威媒体推荐.
      p(/(?:央视|中央电视台|cctv|卫视|电视台|人民日报|新华社|人民网|新华网|权威媒体|主流媒体|各大媒体|多家媒体|媒体|报刊|报纸|电台)[^,，。;!?]{0,8}?(?:报道过?|推荐|专访|采访|播出|聚焦|关注|点赞|力荐)(?:过)?的?(?:医院|机构|技术|疗法|方案|专家|医生|品牌|诊所|产品|[\u4e00-\u9fff]{0,4}?(?:技术|疗法|方案|品牌|医院|机构))/),
      // Round thirty-nine (batch BS): a product "on CCTV" as its warrant (这款护肝片是上过央视报道的), the media all approving (权威媒体都认可).
      p(/(?:上过|上了|登上过?|被)(?:央视|中央电视台|cctv|[\u4e00-\u9fff]{0,4}?卫视|[\u4e00-\u9fff]{0,4}?电视台)(?:的)?(?:报道|节目|新闻|专题|推荐)|(?:央视|中央电视台|cctv|卫视|电视台|权威媒体|主流媒体|各大媒体|多家媒体|媒体)[^,，。;!?]{0,4}?(?:都|也|一致|纷纷|均)(?:认可|推荐|点赞|力荐|背书|肯定)/),
      // Round eleven: the media come to the clinic (央视某栏目曾走进我院拍摄).
      p(/(?:央视|中央电视台|cctv|卫视|电视台|人民日报|新华社|权威媒体|主流媒体|各大媒体|多家媒体)[^,，。;!?]{0,8}?(?:走进|来到|进驻|探访|拍摄|报道|专访|采访)(?:了|过)?(?:我院|本院|我们|本中心)/),
      // Round fourteen: the media boasting in an ad or on the clinic's own page (省电视台、市晚报多次报道; 多家卫视争相采访);
      // refine() keeps it to ads and institution pages and leaves reports of incidents alone.
      p(/(?:央视|中央电视台|cctv|卫视|电视台|晚报|日报|都市报|新华社|权威媒体|主流媒体|各大媒体|多家媒体|众多媒体|媒体|报刊|报纸|电台)[^,，。;!?]{0,6}?(?:多次|争相|先后|纷纷|竞相|相继|连续|专题|深度|跟踪)(?:报道|采访|专访|推荐|关注)/, { levels: { kepu: 'off', case: 'off' } }),
      // Round fourteen: a programme's invited expert (某卫视健康节目特邀专家), the clinic's doctors on national television as
      // proof of authority (多次受邀登上央视…权威性毋庸置疑), leaders treated at the clinic (多位领导曾在我院接受诊疗).
      p(/(?:央视|中央电视台|cctv|卫视|电视台|栏目|节目)[^,，。;!?]{0,6}?(?:特邀|特聘|御用|常驻|指定)(?:专家|嘉宾|医生|顾问)|(?:登上|做客|走进|亮相)(?:了)?(?:央视|中央电视台|cctv|[\u4e00-\u9fff]{0,4}?卫视|[\u4e00-\u9fff]{0,4}?电视台)(?=[^。;!?]{0,24}?(?:权威|毋庸置疑|实力|认可|信赖|知名|有目共睹|见证))|(?:领导|首长|高官)[^,，。;!?]{0,6}?(?:在|到|来)(?:我院|本院|我们这里|我们医院|本中心|这里)(?:接受)?(?:诊疗|治疗|看病|就诊|调理|保健)/),
      // Round fourteen: a media outlet's partner clinic (某某电视台《健康有约》栏目合作医院).
      p(/(?:央视|中央电视台|cctv|卫视|电视台|栏目|节目|频道|日报|晚报|都市报|媒体)[^,，。;!?]{0,12}?(?:唯一|指定|特约|战略)?合作(?:医院|单位|伙伴|机构|诊所|专家)/),
      // Round seventeen: a public body's or association's partner hospital (本院为世界卫生组织合作医院).
      p(new RegExp(`(?:${BODIES})[^,，。;!?]{0,6}?(?:唯一|指定|特约|战略)?合作(?:医院|单位|基地|机构|诊所|中心)`)),
      // Round forty-two (batch CA): the clinic's own method written into a consensus or guideline and, in the same sentence, put first
      // or pushed to other hospitals (我院采用的“三联光疗复色法”已被写入全国专家共识，作为首推方案向各级医院推广); an established therapy
      // said to be in the consensus (我院开展的308nm准分子光治疗已写入共识，属于常规光疗手段) pushes nothing.
      p(/(?:本院|我院|我们|本中心)[^。;!?]{0,20}?(?:写入|纳入|收录进?|编入)[^。;!?]{0,16}?(?:共识|指南|诊疗规范|行业标准|国家标准)[^。;!?]{0,12}?(?:首推|首选|主推|力荐|推广)/),
      // Round fourteen: a body handing the clinic a certificate (协会专家组为本院颁发了推荐证书), the clinic's own treatment written
      // into a consensus or guideline (我们的熏蒸方案已经被写入协会的专家共识).
      p(/(?:为|给|向)(?:本院|我院|我们|本中心|我中心|医院|中心|本科室|诊所)[^,，。;!?]{0,4}?(?:颁发|颁授|授予|授)(?:了)?[^,，。;!?]{0,8}?(?:证书|牌匾|称号|奖牌|牌子|荣誉)|(?:本院|我院|我们|本中心)(?:的|自主研发的|独创的|研发的)?[^,，。;!?]{0,10}?(?:已经|已)?(?:被)?(?:写入|纳入|收录进?|编入)[^,，。;!?]{0,16}?(?:共识|指南|诊疗规范|教材|行业标准|国家标准)/),
      // A health body, association or expert panel vouching for the clinic or its treatment: 经专家组论证认可, 疾控中心也认可.
      p(/(?:卫健委|卫生健康委员会?|卫生部|卫生局|药监(?:局|部门)|疾控中心|医学会|医师协会|协会|学会|研究会|专家委员会|专家组|专家团|评审组|权威机构|官方|政府)[^,，。;!?]{0,12}?(?:认可|认定|肯定|点名|鉴定|论证|表彰|嘉奖|力荐|推荐|授予|评定|批准)/),
      // Structural: any public body, association, expert panel or leader (BODIES) vouching for the
      // clinic or its treatment, before or after it: 获得专业委员会的一致认可, 卫生主管部门给予表扬.
      p(new RegExp(`(?:${BODIES})[^。;!?]{0,16}?(?:${VOUCH})|(?:${VOUCH_BEFORE})[^。;!?]{0,12}?(?:${BODIES})|(?:官方|权威)背书|为(?:中央|国家|省|市)?(?:领导|首长)(?:诊治|看病|治疗)|为[^,，。;!?]{0,6}?(?:领导人|首长|元首|政要)[^,，。;!?]{0,4}?(?:诊治|看病|治疗|诊疗|保健)|(?:卫健委|卫生健康委员会?|卫生部|卫生厅|卫生局|国家级|部级)的?(?:专家|教授|名医)(?:团队)?(?:亲自|定期|常年|长期|每周)?(?:坐诊|坐镇|出诊|亲诊|主诊|领衔)|(?:中央|国家|省|市)领导(?:的)?(?:保健|诊治)`)),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      // Round thirty-seven (batch BL): the media reporting wrongdoing (媒体多次报道不法机构冒用“协会推荐”名义诱导消费) vouch for no one.
      if (/报道|专访|采访|播出|聚焦|关注|曝光/.test(hit) && /事故|纠纷|乱象|骗|违法|违规|查处|黑幕|假冒|冒用|冒充|不法|非法|罚款|投诉|受害|诱导消费/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round fourteen: the media boast of an ad is about the clinic unless it reports an incident (各大媒体纷纷报道了这起医美事故).
      if (/(?:报道|采访|专访|推荐|关注)$/.test(hit) && /(?:多次|争相|先后|纷纷|竞相|相继|连续|专题|深度|跟踪)/.test(hit)) return !/事故|纠纷|乱象|骗|违法|违规|查处|曝光|黑幕|假冒|非法|罚款|投诉|死亡|受害/.test(c.sentence);
      // Round twenty-five: the hospital's own committees (协定处方均经医院药事委员会审定, 经院伦理委员会审查) are its governance, not a
      // body outside it vouching.
      // Round twenty-nine: an ethics committee's review (均已通过伦理委员会审查) is governance wherever the committee sits.
      if (/(?:(?:医院|院内|本院|我院|院)(?:的)?(?:药事(?:管理)?(?:与药物治疗学)?|伦理|学术|医疗质量(?:管理)?|感染管理|病案管理)|伦理(?:审查)?)委员会/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.end + 12)) && !/放心|值得信赖|信得过|疗效|效果|有保障|权威|领先|推荐|认可/.test(c.sentence)) return false;
      // Round ten: where to go for a public programme (凭身份证到指定机构参加, 请到指定医院接种) vouches for no one.
      if (/^指定/.test(hit) && /(?:到|去|前往|至|在)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round one hundred and twenty-six (batch JB): so is a department's designation the reader is sent to or follows (须到卫生部门指定的医院就诊; 按卫健部门
      // 指定的流程送检): the body named after 到 / 按, and no house of ours in the sentence.
      if (/指定$/.test(hit) && /(?:到|去|前往|至|按|按照|依照|遵照)$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 2), c.start)) && !/本院|我院|我们|本中心|本门诊|本诊所/.test(c.sentence)) return false;
      if (!/(?:认可|认定|肯定|点名|鉴定|论证|表彰|嘉奖|力荐|推荐|授予|评定|批准)$/.test(hit) && !VOUCH_END.test(hit) && !VOUCH_START.test(hit)) return true;
      // Round eleven: the vouching denied inside the match (卫健委不会为任何医院做推荐) vouches for no one.
      // Round eighty-two (batch FS): so does a body said to have no power to vouch (协会无权为医院背书).
      if (/不会|从不|从未|不为|不给|并不|并未|未曾|不做|不作|不可能|没有|无权|无资格|无法定职能/.test(hit)) return false;
      // Round seventeen: an accreditation passed, stated plainly with its year or certificate (2022年通过…认证，证书有效期三年),
      // is a fact the reader can check; praise or reassurance next to it makes it an advertisement again.
      // Round sixty-seven (batch EO): so is a review passed with the body between (2023年通过市医保局评审成为定点机构, 2021年经省卫健委
      // 验收合格): the review word follows the body, outside the match.
      // Round eighty-two (batch FS): so is the periodic check of the practising licence (2020年通过区卫健委的校验, 年审).
      const reviewAfter = /^(?:通过|经过?)/.test(hit) && /^[^,，。;!?]{0,2}?(?:评审|复审|验收|审核|认证|检查|考核|校验|年检|年审)/.test(c.norm.slice(c.end, c.end + 6));
      if (((/认证|评审|复审|验收/.test(hit) || reviewAfter) && /证书|有效期|复审|\d{4}\s?年/.test(c.sentence) || /认可/.test(hit) && /证书|有效期/.test(c.sentence)) && !/放心|值得信赖|信得过|疗效|效果|有保障|权威|领先|唯一|首家|推荐|指定|一流|顶级|品质|实力/.test(c.sentence)) return false;
      // Round forty-two (batch CA): a dispute taken to a mediation committee or the courts (可以通过医疗纠纷人民调解委员会、诉讼等途径解决)
      // is a complaint channel, not a body vouching.
      if (/调解|仲裁|医调委|纠纷|投诉|诉讼|信访/.test(hit) && !/认证|认可|认定|推荐|指定|授予|表彰|评为|列为|力荐|好评|点赞/.test(hit)) return false;
      // Round forty-two (batch CA): a treatment, technique or product named as the one vouched for (某某植发的微针技术已获国家卫健委官方认可并
      // 向全国推广), whoever's name it carries, is vouched for as the clinic is.
      // A regulator's approval or registration (该药物已获得国家药监局批准上市) is a licence, and the exemptions below still apply.
      const treatmentVouched = /(?:技术|疗法|方案|项目|产品|制剂|手法|配方)[^,，。;!?:：]{0,4}?(?:已经?|曾经?|均|都|早已)?(?:获得?|得到|受到|被|荣获)[^,，。;!?:：]{0,8}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 20), c.start)) && !/批准|注册|备案|审批|许可|核准/.test(hit);
      // Round forty-nine (batch CT): what is vouched for may be a treatment centre named right after (官方推荐 白斑治疗中心, 学会认证湿疹诊疗中心).
      // The structural pattern: the clinic itself must be vouched for, or the vouching be unmistakable; reassurance
      // after it (经市卫生健康委员会审核推荐，放心就医) makes the vouching an advertisement.
      // Round ninety-nine (batch HA): the product or the method named as 该款, 此款 or 这套 (该款颈枕经国家专业协会认证推荐; 这套护眼操是卫生部门推荐的) is the
      // thing vouched for, as 这款 is.
      if (!treatmentVouched && !/本院|我院|我们|本中心|该院|这家|这项|这种|这款|(?:该|此|本)款|(?:这|该)套|本项目|本产品|该产品|该技术|该疗法|本疗法|本方案|该[\u4e00-\u9fff]{0,6}?(?:仪|设备|仪器|药物|疗法|方案|项目)|放心|值得(?:您的?|大家的?)?信赖|信得过|有保障|疗效确切|安全可靠/.test(c.sentence) && !/^的?(?:[\u4e00-\u9fff]{0,6}?(?:技术|疗法|方案|医院|品牌|产品|药|诊所|机构|专科|门诊|项目)|[\u4e00-\u9fff]{0,6}?(?:基地|(?:诊疗|治疗|诊治|防治|修复|康复)中心))/.test(c.norm.slice(c.end)) && !/高度评价|表扬|表彰|嘉奖|视察|考察|莅临|背书|授牌|挂牌|审定|认证|指定|列为|评为|鉴定/.test(c.sentence)) return false;
      if (/颁发|颁授|授予|授|写入|纳入|收录|编入|共识|指南|规范|教材|标准/.test(hit) && /^(?:为|给|向|本院|我院|我们|本中心)/.test(hit)) return true;
      // Vouching for the clinic or its treatment; a guideline recommending a drug to readers is a citation.
      // Round forty-five (batch CI): unless the clinic's own treatment is the one put first by it (我院的复色疗法被专家组一致推荐为首选方案).
      if (/共识|指南|诊疗规范|诊疗标准|发布的|继续教育|建议患者/.test(c.sentence) && !OWN_PUT_FIRST.test(c.sentence)) return false;
      // Round thirteen: an approval number held (院内制剂均取得省药监局批准文号) is a regulatory fact, not praise.
      // Round fourteen: so is a licence to open or to run a service (国家卫健委批准设立的互联网医院试点单位).
      // Round seventeen: and a designation for training or trials approved by the regulator (国家卫生健康委员会批准的住院医师规范化培训基地).
      // Round twenty-one: and a product's marketing approval (CAR-T细胞治疗为国家药监局已批准上市的产品，适用于特定类型的淋巴瘤).
      // Round twenty-five: a doctor's or clinic's registration with the authority (本院医师均经卫生主管部门注册，可自行查询) is a licence.
      if (/(?:经|在|向)[^,，。;!?]{0,10}?(?:部门|委员会|卫健委|卫生局|药监局)[^,，。;!?]{0,2}?(?:注册|备案|登记|核准)|执业(?:许可证|注册)/.test(c.sentence) && !/放心|值得信赖|信得过|疗效|效果|有保障|权威|推荐|认可/.test(c.sentence)) return false;
      // Round fifty-one (batch CZ): the regulator's approval of the drugs or devices the clinic uses (所用中药均为药监部门批准的正规药品,
      // 采用药监局批准的医疗器械) is the licence every medicine needs, unless praise or reassurance rides on it.
      if (/批准$/.test(hit) && /^的?(?:正规|合法|合格)?(?:的)?(?:药品|药物|医疗器械|器械|医院制剂|制剂|设备|仪器|耗材)/.test(c.norm.slice(c.end, c.end + 10)) && !/放心|值得信赖|信得过|疗效|效果|有保障|权威|推荐|认可|唯一|首家|领先|特效|神奇|根治|指定/.test(c.sentence)) return false;
      if (/批准文号|注册证|备案号|批件|准字|(?:批准|获批)上市|上市许可|批准(?:设立|成立|开办|开展|执业|筹建)|批准的?[^。;!?]{0,12}?(?:规范化培训|培训基地|教学医院|实习基地|临床试验机构)/.test(c.sentence) && !/放心|值得信赖|信得过|疗效|效果|有保障/.test(c.sentence)) return false;
      // Approval as a requirement or a thing to check (批准的药物才能使用, 是否获批可以查询) vouches for no one.
      if (/才能|才可以|[须需]要?经|仍[须需]|应当?经|必须经|是否|查询|核实|规定|要求/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round twenty-one: a public health programme recommended to residents (卫健委推荐的筛查项目…可到社区卫生服务中心免费检查) is
      // a public service, unless the clinic sells it as its own.
      if (/社区卫生服务中心|公共卫生|免疫规划|计划免疫|医保|基本卫生服务/.test(c.sentence) && !/本院|我院|我们|本中心|名额|限时|优惠/.test(c.sentence)) return false;
      // Round thirty-nine (batch BS): a brand recommended (卫健委推荐的…治疗品牌，值得您的信赖) is an advertisement too.
      return /本院|我院|我们|该院|这家|这项|这款|(?:该|此|本)款|(?:这|该)套|本疗法|疗法|技术|方案|医院|中心|单位|基地|门诊|专科|诊所|机构|值得(?:您的?|大家的?)?信赖|放心|疗效|口碑|设备|仪器|引进|项目|产品|品牌/.test(c.sentence);
    },
    examples: {
      bad: [{ text: '本门诊是区卫生主管部门指定的祛疣示范点', type: 'institution' }, { text: '理疗室的这台中频仪是卫健部门推荐采用的康复仪器', type: 'institution' }, '此款护腰带经省康复医学会认证推荐', { text: '这套拉伸操是卫生部门推荐给久坐人群的', type: 'ad' }, { text: '皮肤病防治研究会推荐产品 · 婴儿湿疹护理霜', type: 'ad' }, { text: '本店热销：医师协会推荐用药，止痒快', type: 'ad' }, { text: '2021年我院通过市卫生健康委员会的校验，权威认可，放心就医', type: 'institution' }, { text: '本中心去年被市卫生健康局授牌为糖尿病足规范诊疗示范点', type: 'institution' }, { text: '经省卫生厅认可的皮肤病专科门诊，欢迎咨询', type: 'ad' }, { text: '2023年通过省卫健委评审，我院疗效有保障，值得信赖', type: 'institution' }, { text: '我院选用药监局批准的设备，疗效有保障，值得信赖', type: 'institution' },{ text: '省皮肤病学会认证 湿疹诊疗中心', type: 'ad' }, { text: '行业协会官方推荐·毛发修复中心', type: 'ad' }, {"text": "指南首推！光疗是白斑的金标准，赶紧来我院", "type": "ad"}, "据最新共识，本院的中药熏蒸法被专家委员会推荐为首选方案", {"text": "世界卫生组织认可的湿疹综合治疗方案", "type": "ad"}, "丝源植发的微针技术已获国家卫健委官方认可并向全国推广", { text: "我院采用的“三联光疗复色法”已被写入全国白癜风专家共识，作为首推方案向各级医院推广", type: 'case' }, { text: "本院儿牙科被zhengfu部门指定为儿童口腔健康推荐单位", type: 'institution' }, { text: "上过央视新闻的祛斑产品，放心用", type: 'ad' }, { text: "这款降压茶多家媒体都推荐", type: 'ad' }, { text: "省卫健委推荐的脱发治疗品牌，值得您的信赖", type: 'ad' }, { text: "经六位院士组成的评审组论证，该近视防控训练方案已在全省推广", type: 'kepu' }, {"text": "我们的正骨手法曾被省内一家报纸专题报道，被称为“腰痛患者的救星”", "type": "ad"}, {"text": "国家ren证的艾灸方案，调理更安心", "type": "ad"}, { text: '荣获世卫组织认可的中医减重疗法', type: 'ad' }, { text: '我们的方案已被卫生部列为推荐疗法，您还有什么不放心的？', type: 'ad' }, { text: '经省专家委员会评定，该治疗仪为同类产品中疗效最确切的设备', type: 'kepu' }, { text: '本院由省卫生厅专家定期坐诊', type: 'ad' }, { text: '本中心是全国银屑病诊疗联盟推荐医院', type: 'institution' }, { text: '国家中医药管理局重点推广的针灸技术', type: 'ad' }, { text: '我们的主任曾为多位外国元首治疗', type: 'institution' }, { text: '连卫健委都认可这种疗法，你还有什么理由犹豫？', type: 'ad' }, { text: '本项目由省卫健委重点推荐', type: 'ad' }, { text: '红十字会联合公益推荐的体检项目，名额有限', type: 'ad' }, '经营养学会专家团队论证，这款代餐可以控糖', { text: '本院为世界卫生组织合作医院，技术达到国际领先水平', type: 'institution' }, { text: '中华中医药学会合作医院，专家每周坐诊', type: 'ad' }, '央视报道过的祛白技术，本院独家拥有', '央视报道过的植发品牌', '经消费者协会推荐的放心诊所', '连卫健委的专家都来我们这里取经', '世卫组织推荐的祛白疗法', '中国医师协会指定白癜风诊疗基地', '国家认证的复色技术', '政府指定定点医院', '本院为卫健委推荐医院', '我院光疗方案获得白癜风专业委员会的一致认可', '卫生主管部门对本院的白斑治疗效果给予表扬', '国家级皮肤病专家委员会推荐的白癜风诊疗基地', '经省卫生健康委员会审核推荐，值得信赖', '多家电视台走进本院专访', '卫建委推荐医院', '医保局认可的放心机构', '协会专家组还亲自为本院颁发了推荐证书', '我们的中药熏蒸方案已经被写入某省协会的专家共识', { text: '省电视台、市晚报多次报道 ★ 卫生局领导莅临指导 ★ 白斑专科就选这里', type: 'ad' }, { text: '多家卫视争相采访的祛斑中心', type: 'institution' }, '这套理疗仪已通过欧盟和美国FDA双重认证，国内仅少数医院引进', { text: '某某电视台《健康有约》栏目合作医院', type: 'ad' }, { text: '某卫视健康节目特邀专家 亲诊', type: 'ad' }, '我院专家多次受邀登上央视讲解白癜风防治，权威性毋庸置疑', { text: '多位省部级领导曾在我院接受诊疗，对医院的服务赞不绝口', type: 'institution' }, { text: '引进美国FDA认证的超声刀设备', type: 'ad' }, { text: '本院引进的新药经国家药监局批准上市，疗效有保障，放心使用', type: 'institution' }],
      ok: [{ text: '疑似传染病须到卫生部门指定的医院就诊', type: 'institution' }, '病理标本按卫健部门指定的流程送检', '卫生部门推荐使用的洗手方法是七步洗手法', '这套眼保健操是否由卫生部门推荐，可以在官网查询', '该款血压计是否经过学会认证，要看包装上的批准文号和证书编号', '按中华医学会推荐的用药原则，湿疹以外用保湿和抗炎为主，具体遵医嘱', '营养学会推荐用量：成人每日钙摄入800毫克', { text: '行业学会无权为任何诊所背书，看到“学会认证”的宣传要当心', type: 'kepu' }, { text: '2022年本诊所通过市卫生健康委员会的年度校验，执业范围未变', type: 'institution' }, { text: '按省卫生厅的通知，门诊部本月起实行预约挂号', type: 'institution' }, { text: '本诊所外用药膏均为药监部门批准的药品，处方可在病历中查阅', type: 'institution' },'世界卫生组织推荐的疫苗，可到疾控中心或社区卫生服务中心接种', "指南推荐中重度患者在医生评估后考虑光疗，可来我院咨询", "国外获批的药物在国内上市前仍需经过药监部门审批", { text: "我院开展的308nm准分子光治疗已写入诊疗共识，属于常规光疗手段，医生会根据分型评估是否适用", type: 'institution' }, { text: "- 设备：采用经国家药监局批准的激光设备", type: 'institution' }, { text: "如发生医疗纠纷，患者可以通过医疗纠纷人民调解委员会、诉讼等合法途径解决", type: 'institution' }, "一种新疗法是否获得国家药监部门批准，可以在官网查询", "央视曾报道多起保健品虚假宣传案件，提醒老人不要轻信", { text: "本台记者被派往灾区进行报道", type: 'kepu' }, "媒体多次报道一些机构冒用“专家推荐”名义诱导消费，请注意辨别", { text: '本研究方案已通过伦理委员会审查，受试者均签署知情同意书', type: 'institution' }, { text: '本院医生均在卫生健康主管部门注册，可在官网查询', type: 'institution' }, { text: '本院加入了区域医疗联盟，检查结果可在联盟内互认', type: 'institution' }, '卫健委推荐的筛查项目可以到社区卫生服务中心预约', '红十字会组织的急救培训向市民开放，可在官网报名', { text: '2022年通过国际医疗卫生机构认证联合委员会（JCI）认证，证书有效期三年', type: 'institution' }, { text: '本院检验科2020年通过中国合格评定国家认可委员会（CNAS）认可，证书号见公示', type: 'institution' }, { text: '本中心2021年经省卫健委验收，成为区域透析质控点，收费按物价标准执行', type: 'institution' }, { text: '2024年本院通过市医保局年度考核，继续作为医保定点机构', type: 'institution' }, { text: '本院是国家卫生健康委员会批准的住院医师规范化培训基地（全科专业）', type: 'institution' }, '适龄妇女可凭身份证到指定机构免费筛查', '国家卫健委发布的皮肤病诊疗规范', '指南推荐外用药物作为局限型白癜风的一线治疗', '本院是医保定点医疗机构，可按规定报销', '卫健委要求医疗机构公示收费标准', '专家组在共识中强调了防晒的重要性', '卫健委从不为任何医院做推荐', '央视新闻报道了多起医美纠纷', { text: '预约挂号请通过本院官方微信公众号办理，我们不会通过私人微信收取任何费用', type: 'institution' }, { text: '院内制剂均取得省药监局批准文号，凭处方使用', type: 'institution' }, { text: '本院是市卫健委批准设立的互联网医院，线上复诊需先在线下确诊', type: 'institution' }, '2022年美国FDA批准了首个用于白癜风的外用JAK抑制剂', { text: '各大媒体纷纷报道了这起医美事故', type: 'institution' }, '央视多次报道过白癜风的防治知识', '欧盟已禁止在化妆品中添加氢醌', '本院与市电视台合作拍摄了一期防晒科普节目', { text: '本院医生做客市电视台健康栏目，讲解夏季防晒要点', type: 'institution' }, '患者对护士的耐心赞不绝口，这让我们很感动', '电视台的健康栏目邀请皮肤科医生讲解了湿疹的护理', '本院医生参与了共识的讨论，方案仍以指南为准', { text: '本院使用的CAR-T细胞治疗为国家药监局已批准上市的产品，适用于特定类型的淋巴瘤', type: 'institution' }, { text: '本院的院内制剂处方均经医院药事管理与药物治疗学委员会审核后使用', type: 'institution' }],
    },
  },
  {
    id: 'authority-military',
    category: 'authority',
    title: '部队、军医、解放军名义',
    basis: BASIS.authority,
    message: '医疗宣传不得使用解放军、武警部队的名义，“部队专家”“军医坐诊”属于此类。',
    suggestion: '删去部队、军队相关的名义和称呼，医生介绍只写现执业机构和职称。',
    levels: levels('WEEW'),
    // Round fifty-two (batch DC): a given name ending in 军 before 医生 / 医师 (王建军医生, 李志军医师) is a doctor's name, not an army doctor.
    // Round sixty-three (batch EH): an army service's own hospital or experts, named by the service (原海军某医院皮肤科主任坐诊, 陆军总医院专家):
    // the army's name as much as 部队医院.
    // Round seventy-one (batch EW): the army's experts or hospital with a few words between (军队医学专家, 军队系统医院): the army's name too.
    // Round seventy-six (batch FG): 解放军 or 军区 as part of a place name, a street or a compound given as an address (解放军路66号, 军区大院
    // 东门对面), lends nobody the army's name; 解放军总医院 and 军区医院 still do.
    // Round one hundred and four (batch HK): a barracks' housing as a landmark on the way (对面是原部队干休所, 部队大院往东200米) lends no name, as 军区大院 does not.
    patterns: [p(/部队(?!干休所|大院|家属院|家属区|宿舍区)|解放军(?!路|街|大道|大街|广场|桥)|武警|军医(?!生(?!涯)|师)|军队[\u4e00-\u9fff]{0,4}?(?:专家|医院|医生|医师)|军区(?!大院|路|街|大道|大街|广场|小区)|军方|战区(?:总)?医院|军委|退役军医|军人专家|(?:空军|海军|陆军|火箭军)[\u4e00-\u9fff]{0,6}?(?:医院|医学中心|医疗中心|医疗队|专家|军医大学|医学院)/)],
    negation: 'suppress',
    // Round thirty-seven (batch BL): a relative of the writer who served (我爸是退休军医，他常说有病就去正规医院) lends no clinic the army's
    // name, unless the sentence offers a service of theirs.
    // Round forty-five (batch CI): an affiliation denied or the army's name said to be misused (本院与部队医院无任何隶属关系，请勿相信冒用军队名义的
    // 宣传) lends the clinic no army name.
    // Round sixty-three (batch EH): the service words of the disowned ad, quoted (与部队医院没有隶属关系，网传“军医坐诊”的广告与本院无关), are
    // the ad's words, not the clinic's offer: they are looked for outside quotation marks.
    refine: (c) =>
      !(/冒用|冒充|假冒|盗用|(?:无|没有)(?:任何)?(?:隶属|合作|挂靠)|不得(?:使用|利用|冒用)|禁止(?:使用|利用)/.test(c.sentence) && !/坐诊|出诊|亲诊|领衔|专治|传承|亲传|技术|专家团/.test(c.sentence.replace(QUOTED_WORDS, ''))) &&
      !(
        /(?:我|俺)(?:的|家)?(?:爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|外公|外婆|姥爷|姥姥|哥哥?|姐姐?|弟弟?|妹妹?|老公|丈夫|妻子|舅舅|叔叔|姑姑|姨妈?|伯伯|大伯|表哥|表姐)[^,，。;!?]{0,4}?(?:是|曾是|当过|做过|以前是)[^,，。;!?]{0,6}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 16), c.start)) &&
        !/坐诊|出诊|亲诊|主诊|专治|本院|我院|我们(?:这里|这儿|医院|中心|诊所|门诊)|诊所|门诊|调理|方子|秘方|偏方|祖传|预约|挂号|找他|找她/.test(c.sentence)
      ) &&
      // Round sixty-three (batch EH): someone's service told as a life story (患者曾在部队服役十年，现从事物流工作; 家属在部队当兵，由奶奶陪诊)
      // Round one hundred and one (batch HE): the service may name the soldier's post or years between 当过 and 兵 (大厨年轻时在部队当过侦察兵,
      // 门卫大爷在部队当了五年兵); 在部队当过卫生兵，推拿手法独到 makes it a credential.
      // lends no clinic the army's name, unless the sentence makes it a credential or is about a practitioner (部队转业专家, 部队退役后一直
      // 坐诊, 刘大夫部队转业，手法独到).
      !(
        /^[^,，。;!?]{0,6}?(?:服役|当兵|当(?:过|了)[^,，。;!?]{0,4}?兵|服兵役|退役|转业|复员)/.test(c.norm.slice(c.end, c.end + 14)) &&
        !/坐诊|出诊|亲诊|主诊|领衔|专治|传承|亲传|技术|专家|医生|医师|大夫|主任|教授|医术|手法|秘方|偏方|祖传|经验|实力|权威|放心|值得|信赖|疗效|效果|本院|我院|我们(?:这里|这儿|医院|中心|诊所|门诊)|医院/.test(c.sentence)
      ) &&
      // Round sixty-seven (batch EO): a doctor's past service told as the past, the civilian post held now named after it (张医生曾在部队服役
      // 五年，现为社区医院全科主治医师), is a biography, not the army's name lent to the clinic; not when the service is made a credential
      // (部队转业，手法独到; 曾在部队服役，经验丰富的专家).
      // Round sixty-nine (batch ES): a patient's or a relative's workplace told as their occupation in a history (患者为部队文职人员，因双手
      // 湿疹就诊; 患儿父亲是武警部队战士) lends no clinic the army's name, unless the sentence makes it a credential or offers a service.
      !(
        /(?:患者|患儿|病人|就诊者|家属|其(?:父|母|父亲|母亲|丈夫|妻子|配偶)|父亲|母亲|丈夫|妻子)[^,，。;!?]{0,6}?(?:为|是|系|在)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 14), c.start)) &&
        /^[^,，。;!?]{0,8}?(?:人员|战士|士兵|官兵|军人|军官|干部|职工|文职|工作|服役|上班|任职)/.test(c.norm.slice(c.end, c.end + 14)) &&
        !(SERVICE_AS_CREDENTIAL.test(c.sentence) || /本院|我院|技术/.test(c.sentence))
      ) &&
      !(
        /^[^,，。;!?]{0,6}?(?:服过?役|当过?兵|服兵役|退役|转业|复员)[^。;!?]{0,12}?[,，;；][^。;!?]{0,4}?(?:现为|现任|现在是|现是|如今是|目前是|目前为|现就职于|现在[^,，。;!?]{0,10}?(?:工作|任职))/.test(c.norm.slice(c.end, c.end + 30)) &&
        !SERVICE_AS_CREDENTIAL.test(c.sentence)
      ) &&
      // Round one hundred and three (batch HH): the army's entry examination (部队医院体检要求皮肤无明显疤痕, 部队征兵体检): the army is where a recruit is
      // examined, not a credential; 部队医院体检中心的专家坐诊 still names a doctor and is read.
      !(
        /^[^,，。;!?]{0,4}?(?:体检|征兵|入伍|参军|招兵|政审)/.test(c.norm.slice(c.end, c.end + 10)) &&
        !/坐诊|出诊|亲诊|主诊|领衔|专治|传承|亲传|专家|医生|医师|大夫|主任|教授|医术|手法|秘方|偏方|祖传|疗效|效果|本院|我院|我们/.test(c.sentence)
      ),
    examples: {
      bad: [{ text: "部队医院退下来的专家每周坐诊", type: 'institution' }, { text: "部队医院体检中心的专家每周来坐诊", type: 'ad' }, { text: '王师傅在部队当过卫生兵，推拿手法独到，腰疼找他', type: 'ad' }, { text: '本周六特邀军队退休专家来院义诊', type: 'ad' }, { text: '坐诊的是军队总医院出身的医师，看腰腿痛有一手', type: 'institution' }, { text: '马大夫曾在部队服役多年，现为骨科医师，正骨手法独到', type: 'ad' }, { text: '原海军某医院皮肤科主任每周三坐诊', type: 'ad' }, { text: '特聘陆军总医院退休专家，专看疑难湿疹', type: 'institution' }, { text: '刘大夫部队转业，手法独到，腰腿痛一次就见轻', type: 'ad' }, { text: '坐诊医生原是部队医院皮肤科骨干，治癣经验丰富', type: 'ad' }, '原部队医院专家坐诊', { text: '解放军医院退休军医亲诊', type: 'ad' }, '军队专家联合会诊', { text: '军区大院旁的军区医院老专家本周来我院坐诊', type: 'ad' }, { text: '我爸是退休军医，现在每周六在我们诊所坐诊', type: 'ad' }],
      ok: [{ text: "诊所在部队大院往东200米，公交站下车即到", type: 'institution' }, "门诊部斜对面是原部队干休所", "想参军的小伙子注意，部队体检对纹身和疤痕有要求", "部队征兵体检前，痘痘严重的可以先来皮肤科看看", '食堂的大厨年轻时在部队当过侦察兵，做事特别利索', '门卫大爷在部队当了五年兵，退伍后一直住在小区', { text: '军队文职人员招考体检标准中，对皮肤病有专门规定', type: 'kepu' }, { text: '医师简介：周医生曾在武警部队服役六年，现为本院内科主治医师，每周一、三出诊', type: 'institution' }, { text: '护士小孙早年在部队当过兵，现在是急诊科护士', type: 'institution' }, { text: '飞行员体检需符合空军的专门标准，皮肤病史会被询问', type: 'kepu' }, { text: '患者，男，35岁，曾在武警部队服役，现为快递员，因双足瘙痒就诊', type: 'case' }, { text: '本诊所与部队医院没有任何合作，朋友圈里“退役军医亲诊”的海报不是我们发的', type: 'institution' }, "李志军医师坐诊时间：周二上午", "我院与任何部队医院均无合作关系，谨防冒用军队名义的广告", { text: '患儿，男，6岁，父亲是武警部队战士，因面部白斑半年来诊', type: 'case' }, { text: '病史：患者系某部队后勤职工，长期野外作业，双小腿反复瘙痒两年', type: 'case' }, '队列研究显示，晒伤史与白斑进展有关[1]', '部分患者需要长期随访', '我外公当过军医，他总提醒我们饭前要洗手', { text: '新门诊部地址：解放军大道218号二楼，地铁站A口步行五分钟', type: 'ad' }, { text: '社区卫生服务站在军区大院西门旁边，周末照常开诊', type: 'institution' }],
    },
  },
  {
    id: 'authority-title',
    category: 'authority',
    title: '“名医”“神医”“权威专家”等称号',
    basis: BASIS.title,
    message: '“名医”“神医”“权威专家”“白斑克星”不是执业资格或职称，是无法核实的抬高性称号，容易误导读者。',
    suggestion: '只使用注册的执业信息和正式职称（如“主任医师”），称号类说法删去；确有官方荣誉称号的，写全称并注明授予机关和年份。',
    levels: levels('EEEE'),
    patterns: [
      // Session forty-four (recurring misses, 5 rows of the last 30 batches): the doctor called a master or a famous hand in words the patterns above lack: a grade
      // before 大师 (国家级皮肤管理大师坐诊), the state allowance without 特殊 (享受国务院津贴的老专家), a nickname in quotation marks (“止痒神手”, 瘢痕“一把刀”刘主任),
      // and 神医 spelt half in pinyin (业内公认的祛斑shen医). 国务院发布的通知 names no allowance, and 大师傅 is a cook.
      p(/(?:国家级|国际级|世界级|知名|著名|顶级|资深)[\u4e00-\u9fff]{0,6}?大师(?!傅)|(?:国务院|政府)津贴|[“"「『][\u4e00-\u9fff]{0,4}?(?:神手|一把刀|快刀|圣手|妙手|第一刀)(?=[”"」』])|(?<![a-z])shen\s?医/),
      // Round fourteen: acclaimed with a title (被誉为“南方植发第一人”, 人称“一把刀”).
      // Round one hundred and twenty-six (batch JB): or acclaimed as the one the trade agrees on (圈里公认的‘点痣一把刀’, 业内公认的祛疤圣手), in single quotes
      // too; 公认的治疗原则 names no title, nor 公认的权威指南 (a guideline) or 公认的名家著作 (a book).
      p(/(?:被誉为|誉为|人称|号称|被称为|尊称为|被尊为|被封为|公认(?:为|是)?的?)[“"「『‘']?[^”"」』’',，。;!?]{0,10}?(?:第一人|第一刀|一把刀|圣手|神医|名医|名家|权威|泰斗|大师|克星|神手|妙手)(?!著作|作品|之作|书法|字画|指南|期刊|杂志|机构|部门|发布|共识|数据|认证|性|媒体|观点|意见)/),
      // Round one hundred and five (batch HL), in the pattern below: 首席, 资深, 特聘 or 特级 may stand between the specialty and the title (国家级儿童皮肤病
      // 首席专家, 著名骨科资深教授); a panel of them (国家级皮肤病首席专家组) is no title.
      // Round one hundred and four (batch HK), in the pattern below: 权威 as the title after the specialty (坐诊的是国家级骨科权威, 著名眼科权威); a guideline
      // or a body of it (国家级皮肤病权威指南, 骨科权威期刊) is no title.
      // Round sixty-nine (batch ES): a renowned doctor with the specialty between (全国知名皮肤病专家, 著名骨伤科教授): the same title as 知名专家.
      // Round one hundred and two (batch HF), in the pattern below: 国家级 before a specialty's expert (坐诊的是国家级皮肤病专家, 国家级骨科教授), as 国家级专家;
      // a consensus or a guideline of them (国家级皮肤病专家共识) is a citation.
      p(/(?<![多数几两三四五六七八九十一每百千万余\d])名医(?!传授|护|务)|名老中医(?!工作室|药专家)|权威的[\u4e00-\u9fff]{0,6}?专家(?!共识|建议|组|委员会)|神医|权威专家|(?:知名|著名|顶级|国宝级)的?老?(?:专家|中医(?![学药典理])|教授)|(?:知名|著名|顶级|国宝级|国家级)的?[\u4e00-\u9fff]{0,6}?(?:科|病|肤|症|癣|斑|疹|痘|伤|骨|牙|眼|发)(?:首席|资深|特聘|特级)?(?:专家|教授|名家|权威(?!机构|部门|期刊|指南|杂志|媒体|数据|认证|性|发布|共识|解读))(?!共识|建议|组|委员会|指南)|资深专家团|白斑克星|白癜风克星|(?<![\u4e00-\u9fff])克星|特聘专家|国家级专家|泰斗|圣手|妙手回春|华佗再世|在世华佗|专家团队坐诊|祛白(?:专家|名医|第一人)|(?:权威|专家)(?:保障|保证|护航)/),
      // Round eleven: acclaimed as the authority by the trade (业内公认的祛斑权威).
      p(/(?:公认|业内|业界|行业|圈内)的?[^,，。;!?]{0,6}?权威(?![期杂指数机部发共])/),
      // Round seventeen: a prominent doctor called the authority (国内顶尖的近视手术权威, 全国知名的泌尿外科权威).
      p(/(?:知名|著名|顶尖|顶级|一流|首屈一指|德高望重)的?[^,，。;!?]{0,8}?权威(?![期杂指数机部发共刊媒资网认性的])/),
      p(/国医大师/, { shift: -1 }),
      // Round one hundred and eleven (batch HX): the doctor introduced by a state allowance he draws (享受国务院特殊津贴的专家, 政府特殊津贴专家坐诊):
      // the allowance held up as a title to vouch for the care; an allowance of a job (高温岗位的特殊津贴) names no state grant.
      p(/(?:国务院|政府)特殊津贴/),
      // Round ninety-nine (batch HA): 权威 or 名医 as a bracketed label over the doctor it introduces (【权威】首席专家 亲自坐镇; 〔权威〕中医团队 全天坐诊): the label
      // is the honorific; 【权威解读】 and 【权威】指南更新要点 name no doctor.
      p(/[【\[「『〔]\s?(?:权威|名医|神医)\s?[】\]」』〕]\s?[^,，。;!?\n]{0,8}?(?:专家|医生|名医|教授|主任|大夫|团队|医师|老中医|坐诊|坐镇)/),
    ],
    negation: 'suppress',
    // Round forty-five (batch CI): the titles quoted as words to say they are not allowed or mean nothing (“名医”“神医”这类称号在医疗广告中
    // 是被禁止的) give no one a title.
    // Round one hundred and fifteen (batch IF): or the quoted title said straight after its quote to be no title at all (“神医”不是职称，看病要认准执业医师;
    // “名医”并不是什么官方称号).
    refine: (c) => !(/^[”"」』]/.test(c.norm.slice(c.end, c.end + 1)) && /(?:这类|这种|这些|这样的|之类的?|等)(?:称号|称呼|说法|字眼|用语|词语?|头衔|宣传)[^。;!?]{0,20}?(?:禁止|不得|不允许|不能|违法|违规|不代表|不等于|没有意义)/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) &&
      !(/^[”"」』](?:这类|这种|这样的)?(?:称号|称呼|说法|叫法)?(?:只是|并|可|其实)?(?:不是|并非|不属于|算不上)(?:正式的?|真正的?|什么|一种|任何)?(?:官方|国家|正规)?的?(?:职称|头衔|资格|执业资格|称号|荣誉)/.test(c.norm.slice(c.end, c.end + 20)) && !/本院|我院|我们/.test(c.sentence)),
    examples: {
      bad: ['我们张医生是业内公认的祛疤圣手', "坐诊的是国际级植发大师", "享受政府津贴的老中医每周三出诊", "人送外号“去痘快刀”的李医生本周坐诊", "本店请来了祛痘shen医", '“神医”不是职称，是老百姓给我们王主任的口碑', '这位老中医在咱们这儿人称“皮肤神医”', '坐诊的骨科主任是政府特殊津贴获得者，手法独到', { text: '特邀享受国务院特殊津贴的眼科专家每周出诊', type: 'ad' }, { text: '| 坐诊医生 | 著名骨科资深教授 |', type: 'institution' }, '本周六由国家级眼科首席专家亲自坐诊', { text: "坐诊的是国家级骨科权威", type: 'institution' }, "本周请来了著名眼科权威", { text: '每周六有国家级骨科教授坐诊', type: 'institution' }, '门诊请来了国家级眼科专家', { text: '〔权威〕中医团队 全天坐诊', type: 'ad' }, { text: '【权威】骨科老主任 本周亲诊', type: 'ad' }, { text: '健康问答｜湿疹权威专家李主任解答：为什么一到冬天就加重？', type: 'case' }, { text: '特邀 ming yi 坐诊', type: 'ad' }, '全国知名老专家亲授：三个动作告别腰痛', { text: '主任是国内顶尖的近视手术权威', type: 'institution' }, { text: '中心主任是国务院政府特殊津贴获得者，被誉为“南方植发第一人”', type: 'institution' }, '李主任被同行誉为种植牙“一把刀”', '特邀知名专家亲诊', { text: '特邀省内著名眼科专家来院会诊，名额有限', type: 'ad' }, '本周六全国知名骨伤科教授亲临坐诊', '白斑克星', '专家团坐诊，权威保障', '国内权威专家团队', '神医妙手回春', '业内公认的植发权威'],
      ok: ['先切除后送病理，是业内公认的处理原则', '这是公认的名家著作，值得一读', "食堂的大师傅手艺很好", "国务院发布的通知要求规范医疗广告", "“神手”“一把刀”之类的称号在广告中是被禁止的", '“神医”不是职称，看病要认准执业医师', '“名医”并不是什么官方称号，挂号前先查执业信息', '高温岗位的员工每月可以领取一笔特殊津贴', '国家级皮肤病首席专家组发布了新版诊疗指南', { text: '| 坐诊医生 | 皮肤科主任医师 |', type: 'institution' }, "请以国家级皮肤病权威指南为准", "论文发表在骨科权威期刊上", '《国家级皮肤病专家共识》建议先外用药', { text: '【权威解读】医保报销新政策，专家带你看懂', type: 'institution' }, { text: '【权威】指南更新要点：高血压诊断标准', type: 'kepu' }, { text: '传单上印的“权威专家”只是广告词，挂号前请查执业信息', type: 'kepu' }, '网上说的那位祛痘神医可信吗？', "“权威专家”“名医”等说法不代表执业水平", { text: '当年科室只有两间诊室，如今已发展为拥有三十余名医护人员的专科', type: 'institution' }, '东汉著名中医学家张仲景著有《伤寒杂病论》', '研究发表在国际知名的权威期刊上，样本量较大', { text: '名老中医工作室位于门诊楼三楼，需提前预约', type: 'institution' }, { text: '本院中医科设有基层名老中医药专家传承工作室，承担带教工作', type: 'institution' }, '青霉素的发现者弗莱明被誉为抗生素之父', '希波克拉底被称为西方医学之父，他的誓言至今仍被医学生诵读', '该研究发表在国际知名皮肤病学期刊上，作者来自多家医院', '知名度高的医院不一定适合每位患者，眼科疾病应就近规范诊治', '专家共识建议进展期尽早治疗', '皮肤科医生会根据分型制定方案', '业内公认的权威指南建议先做分型'],
    },
  },
  {
    id: 'award-ranking',
    category: 'authority',
    title: '获奖、评比、排名、榜单',
    basis: BASIS.award,
    message: '获奖、评比、排名、上榜一类的荣誉宣传无法由读者核实，不在医疗广告可以包含的内容之内，与实际不符还构成虚假广告。',
    suggestion: '宣传中删去。机构信息中确需列出的荣誉，写明授予机关、名称和年份，并保留证明文件备查。',
    levels: levels('WWEW'),
    patterns: [
      // Round forty-one (batch BV): the clinic placed near the top of a ranking of its peers, the place after the ranking
      // (在本地胃病医院排名中，我院消化专科常年稳居前三; 满意度连续三年排名前列).
      p(/(?:排名|排行榜?|排位|榜单|评比|名次)(?:中|里|上|当中)?[^。;!?]{0,16}?(?:稳居|位居|位列|名列|跻身|进入|挤进|排在|居于?)?(?:前列|前茅|前[二三四五六七八九十]|前\d{1,2}(?![\d.])|第一梯队|第一方阵)/),
      // Round seventy-six (batch FG): a place won in an appraisal or a selection (在全市服务质量评比中获得第一名; | 口碑评比第一名 | 2024 |).
      // Round eighty-four (batch FV): or a prize grade won in one (满意度评比一等奖; 服务评选中荣获二等奖).
      // Round one hundred and five (batch HL): the place may close the clause without 名 (在全市服务评选中位列第一，…; 评比里排第二。); 评选结果第一时间
      // 公示 and 评比中第一次入围 place nothing.
      p(/(?:评比|评选|评审|评议|考评)(?:活动)?(?:中|里|上|当中)?[^,，。;!?|]{0,8}?(?:获得?|荣获|夺得|位列|名列|取得|排|居)?(?:第[一二三1-3]名|[一二三特1-3]等奖|(?<=(?:位列|名列|排|居|夺得|获得?|荣获)(?:第)?)第?[一二三1-3](?=[,，。;!?|！]|$))/),
      // Round sixty-three (batch EH): the clinic "获评" a title of clinics or a place in a poll (连续两年获评“群众满意示范诊所”, 在网络投票中
      // 获评第二名); a nurse or a doctor 获评 an honour of their own (护士长获评“优秀护理工作者”) names no clinic and no place.
      // Round seventy-one (batch EW): the title given to a department, a clinic or a centre (全市最受欢迎皮肤科, 年度最具影响力口腔门诊), not only to a
      // hospital; 最受欢迎的科普 is an article.
      p(/获评[^,，。;!?]{0,16}?(?:医院|医疗机构|诊所|专科|品牌|机构|单位|门诊部|第[一二三四五六七八九十\d]+名|冠军|榜首)/),
      p(/(?:获|获得|荣获|斩获|摘得)[^,，。;!?]{0,10}?(?<!现金)奖(?!学金|励制度)|屡获殊荣|殊荣|(?:省级|市级|国家级|部级)荣誉|荣誉称号|荣誉(?:证书|牌匾|奖牌|奖杯)|获奖|荣获|(?<!现)金奖|银奖|十佳|百强|十强|排名第[一二三四五六七八九十\d]+|排行榜|口碑榜|(?:年度|十大|百佳)(?:医院|品牌|专科|名医)|(?:诚信|放心|示范|明星|优秀|先进)(?:医院|单位|品牌|示范单位|专科)|被?评为|入选[^,，。]{0,24}?(?:榜|名单|十佳|百强)|(?:年度|十大|百佳)?最(?:具|受)(?:影响力|欢迎|信赖|好评|认可)的?[^,，。;!?|]{0,6}?(?:医院|品牌|专科|名医|机构|诊所|科(?!普|学|研|技|室主任)|门诊|中心)|上榜|金牌[\u4e00-\u9fff]{0,4}?(?:医生|专家|医院|服务|团队|专科|诊所|机构|品牌|中心)|(?:荣誉|奖项|获奖)(?:名称)?\s?\|\s?(?:颁发|授予|评选)(?:单位|机构|部门)|五星级|(?:全国|全省|全市)(?:[一二三四五六七八九十\d]+)强|(?:中国|全国)(?:十大|百佳)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      // Round forty-five (batch CI): an award named to say what it does not prove (获奖论文不等于疗法有效; 获奖不代表疗效好) boasts of none.
      if (/^[^。;!?]{0,8}?(?:不等于|不代表|不能说明|并不说明|不能证明|不意味着)/.test(c.norm.slice(c.end, c.end + 20)) && !/本院|我院|我们/.test(c.sentence)) return false;
      // A rule quoted (医疗广告中不得出现获奖、荣誉称号等内容) forbids the award; it boasts of none.
      if (/不得|禁止|严禁|不允许|不能(?:出现|使用|含有|宣传)/.test(c.sentence) && /广告|宣传|法|规定|要求/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round thirty-seven (batch BN): rankings disowned (所谓排行榜多由商业机构发布，我院未参与任何付费排名，请理性看待各类榜单) boast of nothing.
      if (c.paragraphHas(/所谓|未参与|不参与|从不参与|没有参与|理性看待|付费(?:排名|榜单|上榜)|花钱(?:买|上)/) && !c.paragraphHas(/荣获|获得|位列|位居|排名第|荣登|入选|评为|上榜了/)) return false;
      // Round eighty (batch FO): also the award list said not to stand for a clinic's level (获奖名单…不代表医疗水平排名).
      // Round seventy-six (batch FG): rankings explained as of limited worth (榜单仅供参考; 排名不代表医生的水平; 不构成就医推荐; 勿轻信各类排行),
      // as a news explainer of hospital rankings writes, boast of nothing; not where the paragraph places someone on one (位列第三, 十佳, 前五).
      if (
        c.paragraphHas(/仅供参考|不构成[^。;!?]{0,4}?(?:推荐|建议|依据)|(?:排名|排行|榜单|名次)[^。;!?]{0,4}?(?:不代表|不等于|不能说明|不能代表)|(?:不代表|不等于|不能说明|不能代表)[^。;!?]{0,10}?(?:水平|排名|排行|名次)|(?:勿|别|不要|不宜)轻信|不宜(?:当作|作为)[^。;!?]{0,4}?(?:依据|标准)/) &&
        !c.paragraphHas(/荣获|获得|位列|位居|排名第|荣登|入选|评为|上榜了|当选|十佳|百强|十强|金奖|第一名|排名前|前[二三四五六七八九十\d]{1,2}(?:名|位|强)/)
      )
        return false;
      // Round forty-two (batch CA): a prize of the staff in a skills contest or a sports day (护理部在市护理技能竞赛中获团体三等奖), told
      // as the clinic's news, ranks no clinic and no treatment; in an ad, or with praise of the clinic's care, it is still a boast.
      if (c.docType !== 'ad' && /(?:技能|知识|操作|演讲|征文|书法|摄影|厨艺)(?:竞赛|大赛|比赛|比武)|运动会|篮球赛|羽毛球赛|乒乓球赛|拔河/.test(c.sentence) && !/十佳|百强|十强|排名第|最(?:具|受)|金牌|放心|信赖|实力|权威|一流|领先|技术(?:过硬|精湛)|值得/.test(c.sentence)) return false;
      // Round sixty-seven (batch EO): a patient's or a pupil's own prize in a school or sports contest (患儿上月在全省英语演讲比赛中获奖后
      // 开始失眠), told in a history or an article, ranks no clinic.
      if (c.docType !== 'ad' && /竞赛|比赛|大赛|奥赛|奥数|联赛|锦标赛/.test(c.sentence) && /患者|患儿|学生|孩子|同学|儿子|女儿|运动员|选手|小朋友|青少年/.test(c.sentence) && !/本院|我院|我们|本中心|十佳|百强|排名第|最(?:具|受)|金牌(?:医生|专家|团队)|放心|信赖|实力|权威|一流|领先|值得/.test(c.sentence)) return false;
      // Round sixty-seven (batch EO): a prize named only to say it has nothing to do with what is sold (该成果曾获国家科技奖，但与市面上的
      // 同名保健品毫无关系) vouches for nothing.
      if (/^[^。;!?]{0,30}?(?:与|和|跟|同)[^。;!?]{0,24}?(?:无关|没有(?:任何)?关系|毫无关系|没关系|不相干|扯不上关系)/.test(c.norm.slice(c.end, c.sentenceStart + c.sentence.length)) && !/本院|我院|我们|本中心|本店|本品/.test(c.sentence)) return false;
      // Round forty-nine (batch CS): the winners of a quiz or a contest the clinic held for readers (感谢参与寒假皮肤健康知识问答，获奖名单将在公众号
      // 公布) are the readers; no clinic is ranked.
      if (/^获奖(?:名单|者|的?(?:同学|读者|网友|观众|用户|选手|参与者|朋友))/.test(c.norm.slice(c.start, c.end + 6)) && /问答|答题|竞赛|征文|比赛|有奖|打卡|投稿|参与|参加/.test(c.sentence) && !/本院|我院|我们(?:医院|科室|团队)?(?:荣获|获得)|十佳|百强|排名第|荣誉/.test(c.sentence)) return false;
      // 排名第一的误区, 排名第一的诱因: a ranking of mistakes or causes ranks no clinic.
      if (/^(?:排名|排行|排位|榜单|名次)/.test(c.norm.slice(c.start, c.end)) && ranksDiseases(c.sentence)) return false;
      // Round one hundred and sixteen (batch IH): a ranking of posts, questions or troubles (帖子排名前三：痘痘、脱发、脚气) places no clinic (ranksTopics).
      if (/^(?:排名|排行|排位|榜单|名次)/.test(c.norm.slice(c.start, c.end)) && ranksTopics(c.norm, c.start, c.sentence)) return false;
      return !RANKED_NOT_CLINIC.test(c.norm.slice(c.end, c.end + 8));
    },
    examples: {
      bad: ['本诊所咨询量排名前三', { text: '本院口腔科在今年的市民满意度评比中名列第一，欢迎预约', type: 'institution' }, { text: '我院护理服务在全市优质服务评选中荣获二等奖', type: 'institution' }, { text: '| 2021 | 区文明窗口评比 特等奖 |', type: 'institution' }, { text: '我院在区卫健委组织的服务质量评比中获得第一名', type: 'institution' }, { text: '本院位列全省专科医院榜单前五，具体排名仅供参考', type: 'institution' }, { text: '本院眼科入选“年度最受好评眼科”', type: 'ad' }, { text: '我们的口腔门诊连续两年当选全区最具影响力门诊', type: 'institution' }, { text: '我院团队曾获省科技进步奖，与普通诊所的治疗没法比', type: 'institution' }, { text: '本中心连续两年获评“群众满意示范诊所”', type: 'institution' }, { text: '在本地生活平台的年度投票中，我们的口腔门诊获评第二名', type: 'ad' }, { text: "本院护理团队在全市技能大赛中荣获金奖，技术过硬，值得信赖", type: 'ad' }, {"text": "在第三方问诊平台的本地胃病医院排名中，我院消化专科常年稳居前三", "type": "institution"}, {"text": "在本市同类专科中，我们的年接诊量和患者满意度连续三年排名前列", "type": "institution"}, '本院荣获“年度诚信医院”称号', '入选全国白癜风医院十强榜单', '金牌专家团队为您服务', '| 金牌诊所 | 某行业协会 |', { text: '连续三年排名第一', type: 'ad' }, '荣登“年度最受信赖医疗机构”', '荣获省卫生系统颁发的荣誉牌匾', '| 奖项 | 颁发单位 |', '金牌康复专家团队'],
      ok: ['论坛皮肤问题帖子排名前三：痘痘、脱发、脚气', '今年门诊提问排行前五的困扰是痘痘、脱发、湿疹、脚气和晒伤', { text: '评选结果将在第一时间于官网公示', type: 'institution' }, '我们在去年的评比中第一次入围，今年继续努力', { text: '这类“评比一等奖”的宣传无从核实，不代表医院的诊疗水平，请理性看待', type: 'kepu' }, { text: '评选结果要看评比办法和样本，第三方评选的第一名也不代表每位患者都适合', type: 'kepu' }, { text: '读报｜各类医院排行榜的打分方法差异很大，结果仅供参考，就医还是看专科和医生资质', type: 'kepu' }, { text: '榜单名次不能代表某位医生的手术水平，也不构成任何就医推荐', type: 'kepu' }, { text: '这篇讲儿童湿疹护理的文章是本月最受欢迎的科普', type: 'institution' }, { text: '患儿12岁，上月在全省英语演讲比赛中获奖后开始反复头痛，由母亲陪同就诊', type: 'case' }, '这种提取工艺的发明人曾获国家科技奖，但与网上热卖的同名保健品毫无关系', { text: '院内新闻｜皮肤科护士长获评市级“优秀护理工作者”称号', type: 'institution' }, {"text": "感谢读者参与世界白癜风日有奖问答，获奖名单见下周推送", "type": "institution"}, "获奖不代表疗效好，选择医生请看执业资质", { text: "院内新闻｜在市卫生健康系统举办的护理技能竞赛中，我院护理部获得团体三等奖，比赛内容为静脉穿刺、心肺复苏等基础操作", type: 'institution' }, "有人问我们在本地胃病医院排名第几，我们没有参加也不认可这类排名", "在致病因素中，日晒排名前三", "网上所谓的“十大皮肤科医院排行榜”多为付费推广，我院未参与任何排名，请理性看待", '志愿者服务满100小时可获得现金奖励和证书', '研究结果发表在皮肤科期刊上[1]', '请根据自己的情况选择就诊时间', '医疗广告中不得出现获奖、荣誉称号等内容', '排名第一的误区是以为防晒霜越贵越好', '在女性恶性肿瘤发病率中，乳腺癌排名第一（国家癌症中心，2022年）', '医疗广告中不得出现“最受欢迎医院”之类的评选', { text: '本次评选由市医院协会组织，获奖名单只反映当年的投票结果，不代表各家医院的诊疗水平', type: 'institution' }],
    },
  },
  {
    id: 'secret-remedy',
    category: 'secret',
    title: '祖传秘方、宫廷秘方、偏方',
    basis: BASIS.secret,
    message: '“祖传秘方”“宫廷秘方”“名医传授”“偏方”属于迷信、荒诞的表现形式，同时暗示特殊疗效。',
    suggestion: '删去。如使用中药，写明药名或处方类别，说明需要医生辨证和可能的不良反应。',
    levels: levels('EEEE'),
    patterns: [
      // Round thirty-four: a remedy or technique passed down by mouth (苗医世代口传心授的草药配方); a formula that cannot be had elsewhere
      // (这个方子是我师父传给我的，外面花多少钱都买不到; 老家的土方子，医院哪会有); a formula obtained from a folk or an ethnic healer
      // (从一位老彝医手里重金求来的); ingredients not to be told (有几味药到今天都不方便说).
      // Round forty-one (batch BW): a method, a knack or an art handed down by mouth (老中医口传心授的独门方法; 口耳相传的诀窍), and 独门 before
      // a method (独门方法, 独门技术).
      p(/(?:配方|方子|药方|草药|疗法|手法|秘方|针法|方法|办法|诀窍|窍门|医术|技艺|绝技|心法)[^。;!?]{0,16}?口(?:传心授|耳相传)|口(?:传心授|耳相传)的?[^,，。;!?]{0,6}?(?:配方|方子|药方|草药|疗法|手法|针法|方法|办法|诀窍|窍门|医术|技艺|绝技|心法)/),
      p(/(?:方子|配方|药方|土方子?|偏方|膏方)[^。;!?]{0,30}?(?:外面|别处|别家|市面上|医院里?)[^。;!?]{0,10}?(?:买不到|喝不到|找不到|见不到|配不到|哪会有|没有卖|都没有)/),
      p(/(?:[彝苗藏蒙壮傣侗瑶]医|老中医|老郎中|郎中|老药农|民间高人|高人|神医)[^,，。;!?]{0,8}?(?:重金|高价|花大价钱)?(?:求来|讨来|买来|得来|学来)/),
      // Round forty-five (batch CJ): the secret or ancestral formula in English (Secret formula from 御医 family; ancestral recipe; imperial
      // remedy), which normalize() leaves English when a space stands on either side.
      // Round seventy-one (batch EW): the English formula denied (no secret formula, we never use any secret recipes, without hidden remedies) is
      // no formula offered: no, never, not or without just before it, a verb of using or selling between.
      p(/(?<![a-z])(?<!\b(?:no|never|not|without)\s(?:(?:use|uses|used|have|has|offer|offers|sell|sells|need|needs)\s)?(?:any\s)?)(?:secret|ancestral|imperial|royal|hidden|mystery|mysterious|family[\s-]?secret|grandma'?s?)\s?(?:herbal\s?|chinese\s?)?(?:formulas?|formulae|recipes?|remed(?:y|ies)|prescriptions?|potions?)(?![a-z])/),
      p(/几味(?:药|药材|草药)[^。;!?]{0,10}?(?:不方便说|不能说|不便透露|保密|不告诉|不能告诉)/),
      // Round forty-three (batch CC): an ingredient or formula called secret before the noun (里面有一味保密成分, 绝密配方).
      p(/(?:一味|几味|独家|核心)?(?:保密|绝密|机密|神秘)的?(?:成分|配方|药材|草药|组方|方子|药方|原料)/),
      // Round thirty-three: a remedy or technique kept undisclosed or revived after being lost (一种不公开的偏方, 失传已久的古法灸疗),
      // and an in-house formula never approved that outsiders cannot buy (未经审批…只对本院患者提供，外面买不到).
      // Round forty-four (batch CF): the remedy named 家传方, 祖传方 or 秘传方 after it (名老中医不外传的家传方).
      p(/(?:不公开|不外传|从不外传|秘不外传|未公开|秘不示人|失传已久|失传多年|已经失传)的?[^,，。;!?]{0,6}?(?:偏方|古方|秘方|方子|配方|药方|验方|古法|针法|灸法|灸疗|疗法|手法|[家祖秘]传(?:验)?方)/),
      p(/未经[^,，。;!?]{0,8}?(?:审批|批准|注册)[^。;!?]{0,20}?(?:买不到|不外传|不对外公开|不公开)/),
      p(/(?:祖传|宫廷|独家|民间|家传|古代|千年)?秘方|祖传|家传|秘制|秘传|神秘配方|名医传授|(?:民间|土)?偏方|验方|御用|御方|秘法|奇方|神方|仙方|秘典|秘笈|秘本|秘录|禁方|古法(?!炮制)/, { align: 'word' }),
      // Structural: a lineage, court or secret-keeping word, then a remedy, within the sentence.
      p(/(?:祖传|家传|传家|祖上|祖辈|祖宗|老祖宗|御医|宫廷|宫里|老药师|苗医|藏医|师傅|师父|古籍|古方|医书|古书|清代|明代|宋代|唐代|几代人|数代|几百年|数百年|千年|太医院|秘不外传|从不外传|概不外传|不外传|从不对外(?:公开|透露|传授)|只此一家)[^。;!?]{0,14}?(?:方子|药方|配方|秘方|药膏|膏方|药水|药丸|丸|散|针法|手法|技法|绝技|(?:病|科|伤|症)方|药(?!材|师|房|学|炮制|剂科)|(?:养颜|调理|美容|生发|乌发|祛斑|养生|滋补|补肾)方)/),
      p(/(?:千年|百年|古代|祖传|宫廷|民族|独家|秘传|家传|独门)(?:古方|老方)|古方(?:配制|秘制|精制|传承)|源自[^,，。;!?]{0,10}?(?:古方|秘方|验方|祖传|宫廷|宫里|宫中|太医院|御医|清宫|皇宫|皇家|皇室)|(?:专供|专用于|只供|进贡)(?:给)?(?:皇室|皇家|皇族|王室|帝王|皇帝|宫廷|宫中|王公贵族|达官贵人)|(?:皇室|皇家|皇族|王室|宫廷)专(?:用|供)/),
      p(/(?:方子|药方|配方|秘方|药膏|膏方|药水|药丸)[^。;!?]{0,14}?(?:祖传|家传|祖辈|祖上|传下来|宫(?:里|中)(?:带|传|流)出来?|从不外传|秘不外传|不外传|临终(?:前)?(?:才)?(?:传|交|留)给|(?:从不|从未|绝不|概不)对外(?:公开|透露|传授|泄露))|独家(?:配方|药方|方子|秘方)|老中医的?[^,，。;!?]{0,4}?(?:配方|方子|药方)/),
      // Round ten: a technique handed down (师父临终前才传授给他的正骨手法), secrets kept within the family (不传之秘,
      // 传男不传女), a formula said to be exclusive (这款药酒的配方是独家的).
      // Round eleven: 秘制 before a remedy, wherever segmentation puts the word boundary (本馆独创秘制药酒).
      p(/秘制的?(?:[\u4e00-\u9fff]{0,4}?(?:精华|精油|药浴|胶囊|面膜|药霜)|药|膏|丸|散|酒|方|汤|茶|粉|油|贴)/),
      // Round twelve: a formula from a master and handed only to us (配方来自一位老中医，只传给了我们), a mysterious formula.
      p(/(?:配方|方子|药方|秘方)(?:来自|出自|源于|得自|传自)[^,，。;!?]{0,8}?(?:老中医|御医|名医|老药农|药农|高僧|活佛|道长|神医|老郎中|郎中)|只传(?:给)?(?:了)?(?:我们|本院|我院|弟子|徒弟|传人|长子)|神秘的?[\u4e00-\u9fff]{0,6}?(?:配方|方子|药方|成分|疗法|力量|能量)/),
      p(/(?:家传|祖传)(?:绝技|绝活|手法|针法|技法)|(?:祖传|家传|祖上)[^,，。;!?]{0,4}?第?[一二三四五六七八九十\d]+代(?:传人|嫡传)|不传之秘|秘不示人|传男不传女|传内不传外|(?:配方|方子|药方)[^。;!?]{0,4}?(?:是|为|属于?)(?:独家|独门|祖传|家传|秘制)/),
      p(/(?:祖上|老祖宗|祖辈|祖宗|上辈|家里|师父|师傅|老中医)[^,，。;!?]{0,6}?(?:传下来|传下|流传|留下来?|传授)(?:给[^,，。;!?]{0,2})?的?[^,，。;!?]{0,4}?(?:药方|方子|配方|秘方|药|绝招|绝活|手法|手艺|针法|绝技|技法)|不传(?:的)?秘(?:方|技|法)|独门(?:[\u4e00-\u9fff]{0,3}?)(?:药方|秘方|配方|方子|绝技|绝招|手法|针法|技法|绝活|疗法|秘籍|方法|办法|诀窍|窍门|医术|心法)|压箱底的?[^,，。;!?]{0,4}?(?:方子|秘方|药方|配方|验方|古方|偏方|绝技|绝活|绝招|手艺|手法|针法|药)|(?:家传|祖传)(?:药方|方子|配方)/),
      // Round twenty-one: a family's or a master's secret technique (家族传承的正骨秘技), a remedy named by the disease it treats
      // after a lineage word (从不对外公开的祖传肝病方), a folk master's secret the hospitals keep quiet (民间高手的祛湿秘诀，这个
      // 方子医院里是不会告诉你的).
      p(/秘技|秘术|(?:家族|祖辈|祖上|家里|世代|几代|数代)(?:传承|相传|世代相传|流传)的?[^,，。;!?]{0,4}?(?:绝技|绝活|手法|针法|技法|药方|方子|配方)|(?:祖传|家传|秘传|御医|宫廷)[\u4e00-\u9fff]{1,3}?(?:病|科|伤|症)方|(?:民间|祖传|家传|高手|高人|老郎中|老中医)[^,，。;!?]{0,4}?(?:秘诀|绝招|奇招|妙方)|(?:方子|药方|秘方|配方|偏方|秘诀|窍门|诀窍|妙招|绝招|土方)[^。;!?]{0,16}?(?:医院|医生|专家|大夫)[^,，。;!?]{0,4}?(?:不会|不肯|不愿意?|从来不|从不|不想)(?:告诉|透露|说|公开|外传)/),
      // Round forty-one (batch BW): a knack or a folk remedy few people know, or one hospitals will not tell you (很少有人知道的窍门，很多医院都不愿意
      // 公开; 大医院不会告诉你：…有个民间土方).
      // Round one hundred and fifteen (batch IF), in the pattern below: the folk remedy handed down (民间流传的土方子, 老家传下来的土方) as 民间土方.
      p(/(?:很少|鲜有|没几个|极少)(?:有)?人(?:知道|了解|晓得)的[^,，。;!?]{0,6}?(?:窍门|诀窍|秘诀|偏方|土方|方子|妙招|绝招|秘方)|(?:民间|祖传|家传|农村|乡下|老家)(?:流传|相传|传下来|留下来|传承)?的?土方(?:子)?|(?:大医院|医院|医生|专家|大夫)(?:都|也)?(?:不会|不肯|不愿意?|从不|不想)(?:告诉|透露给?)(?:你|您|大家)[^。;!?]{0,30}?(?:方子|偏方|土方|秘方|窍门|诀窍|秘诀|妙招|绝招)/),
      // Round twenty-seven: generations of doctors, then the formula they left (其祖上三代行医，留下治疗白斑的独特方剂).
      p(/(?:祖上|祖辈|家族|世代|几代|数代|[三四五六七八九十\d]代)[^。;!?]{0,6}?(?:行医|从医|悬壶|为医)[^。;!?]{0,12}?(?:留下|传下|积累|总结|传承)[^。;!?]{0,10}?(?:方剂|方子|药方|配方|秘方|绝技|手法|验方|独方)/),
      // Round twenty-five: a remedy kept from the public (总结出一套不对外公开的内服外洗方案), a secret that doctors supposedly do not
      // know (连很多医生都不知道的祛斑秘诀).
      p(/(?:不|从不|从未|绝不|概不)(?:对外)?(?:公开|外传|外泄|示人)的[^,，。;!?]{0,8}?(?:方子|药方|配方|方案|疗法|手法|针法|技法|药膏|膏方|药|秘方|秘诀|绝技)|(?:医生|医院|专家|大夫|西医)[^,，。;!?]{0,4}?(?:都|也)?(?:不知道|不了解|没听说过|不会告诉(?:你|您))的[^,，。;!?]{0,6}?(?:秘诀|秘方|偏方|方子|绝招|妙招|妙方|土方|奇招)/),
      // Round twenty-six: a method or a formula said to be kept secret (独创“五步排毒法”，核心方法秘不外传; 配方严格保密).
      p(/(?:方法|技术|疗法|手法|技法|工艺|诀窍|心法|配方|方子|药方|组方|成分|老方|古方|验方|单方|方剂|药膏|膏药|药酒|药丸)[^。;!?,，]{0,6}?(?:秘不外传|秘不示人|从不外传|概不外传|严格保密|绝对保密|对外保密|保密配方)/),
      // Round eighteen: a remedy the clinic says it alone made (独家研制的降糖丸, 独门膏药): exclusive and secret at once.
      // Round twenty-seven: a remedy learnt from a master or a recluse (这个方子是我师父在深山里学来的), a medicine said to come from
      // the ancestors (我们的药是老祖宗传下来的), its ingredients kept secret (成分保密), a remedy blessed by a monk (经高僧加持).
      p(/(?:方子|药方|配方|秘方|偏方|药)[^。;!?]{0,8}?(?:师父|师傅|高人|神医|道长|高僧|老郎中|郎中|异人|隐士)[^,，。;!?]{0,10}?(?:学来|学到|得来|求来|讨来|传授|传下)|(?:师父|师傅|高人|神医|道长|高僧|老郎中|郎中|异人|隐士|老药工|老药农|老药师)[^,，。;!?]{0,10}?(?:学来|得来|求来|讨来|传授)的[^,，。;!?]{0,4}?(?:方子|药方|配方|秘方|偏方|药)|(?:我们|本院|我院|本馆|本店|这|我家)的?药(?:是|乃|为|都是)[^,，。;!?]{0,4}?(?:老祖宗|祖上|祖辈|祖宗|祖传|家传|宫里|宫廷)|(?:成分|配方|方子|药方)(?:是|都)?(?:保密|不公开|不能公开|不便透露|不外传)的?|(?:高僧|活佛|大师|道长|喇嘛|仙人|法师)(?:亲自)?(?:加持|开光|念经|祈福|作法)|(?:加持|开光)(?:过)?的(?:药|方|膏|丸|水|符)/),
      // Round thirty-six: a remedy made for the court (宫廷御制养生丹, 太医院流传下来的宫廷方), the ancestors' formula (我们的祖方), a formula lost
      // for a century (失传百年的苗药古方), a technique handed down only within the family or for generations (只传本家, 家族传了五代的接骨术).
      // Round ninety-eight (batch GY): a court physician's or the palace's old formula, with words between (宫里御医用过的养颜古方, 宫中太医开的老方):
      // the palace is the warrant, as 宫廷秘方 is; a drama, a museum or an archive (SECRET_AS_HISTORY in refine()) tells history.
      p(/(?:御医|太医|宫廷|宫里|宫中|清宫|皇宫|太医院)[^。;!?]{0,14}?(?:古方|老方|验方|偏方|方剂)/),
      p(/御制(?:的)?[\u4e00-\u9fff]{0,4}?(?:丹|丸|散|膏|方|药|茶|酒)|(?:宫廷|宫中|清宫|皇家|太医院)(?:的)?方(?![面式向法便案针位可])|祖方(?!先生|女士|老师|同志|医生|大夫|教授)|失传(?:百年|千年|数百年|几百年|[\d一二三四五六七八九十]{1,3}[百千]?年)的?[^,，。;!?]{0,6}?(?:偏方|古方|秘方|方子|配方|药方|古法|针法|灸法|疗法|手法|药)|只传(?:给)?(?:本家|族人|自家人|家里人|嫡系|本族)|传了[\d一二三四五六七八九十几]{1,3}代(?:人)?的?[^,，。;!?]{0,6}?(?:术|方|法|药|膏|手艺|绝技|秘方)/),
      // Round thirty-nine (batch BS): a remedy once used on the emperor (这个方子当年是给皇上调理身体用的), obtained at length from an old
      // apothecary (花了十年才从一位老药工那里求来), handed down within the court (历代只在御医之间口口相授) or by a numbered descendant
      // (第七代后人), or a "hidden compound" (皇家隐秘配伍) as a replacement tool writes 秘方.
      p(/(?:给|供|为)(?:皇上|皇帝|太后|皇后|娘娘|嫔妃|妃子|王爷|格格|皇室|皇族|皇家)[^,，。;!?]{0,6}?(?:调理|治病|看病|服用|享用|专用|用的|吃的)|(?:从|向)[^,，。;!?]{0,6}?(?:老药工|老药农|老药师|老郎中|老中医|高人|隐士|御医后人)[^,，。;!?]{0,4}?(?:那里|那儿|手里|手上)?(?:求来|讨来|得来|买来|换来)|(?:御医|太医|医家|家族|师徒|父子)[^,，。;!?]{0,6}?(?:之间|内部)?(?:口口相授|口口相传|口传心授|秘密相传|单传)|第[一二三四五六七八九十\d]{1,3}代(?:传人|后人|嫡传|继承人)|隐秘(?:的)?(?:配伍|配方|方剂|药方|组方|方子)/),
      // Round thirty-six: the remedy's name in quotation marks (独家研制的“消瘤散”), and a secret method of making it (经秘法炮制而成).
      p(/(?:独家|独门)(?:研制|研发|配制|特制|自制|调配|炮制)的?["“「『]?[\u4e00-\u9fff]{0,6}?(?:药|丸|散|膏|汤|方|茶|酒|粉|贴)|秘法(?:炮制|配制|熬制|制成|制作|加工|调配|泡制|研制)|独门(?:的)?(?:膏药|药膏|药酒|药丸|药粉|药茶|草药|中药)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      // Round forty-seven (batch CP): the clinic disowning remedies of the kind (本院并未提供或推荐此类产品) offers none; a patient who came to
      // us after a remedy did harm (曾在外院使用某“家传药膏”…皮损加重…，遂来我院就诊) names us as the place of care, not the remedy's maker.
      if (/(?:本院|我院|我们|本中心|本馆|本诊所)(?:并|从|也|均)?(?:未|不|没有|从未|从不|不曾)(?:提供|推荐|使用|销售|出售|生产|开具|配制)(?:过)?(?:或(?:推荐|提供|使用|销售|出售|开具))?(?:任何)?(?:此类|这类|该类|类似|这种|此种|相关|上述)/.test(c.sentence) && !/只(?:用|采用|使用)|而是|用的是|采用的是/.test(c.sentence)) return false;
      // Round forty-nine (batch CS): remedies on a list of what is not paid for, sold or used (本基金不资助任何偏方、秘方或保健品; 不推荐、
      // 不销售任何秘方) are excluded, not offered.
      if (/(?:不|从不|绝不|概不|并不|一律不)(?:资助|报销|承担|支付|推荐|销售|出售|代售|使用|采用|提供|开具|接受)(?:[、和或及](?:资助|报销|推荐|销售|出售|使用|提供))?(?:任何|一切)[^。;!?]{0,10}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 24), c.start)) && !/只(?:用|采用|使用)|而是|用的是|采用的是/.test(c.sentence)) return false;
      const careHere = c.sentence.replace(/(?:遂|后|才|再|而|方)?(?:来|到|转至|转入|转来|转诊至|就诊于)(?:我院|本院)(?:就诊|就医|复诊|诊治|求治|门诊|皮肤科)/g, '');
      if (careHere !== c.sentence && (WARNS.test(careHere) || SECRET_AS_HISTORY.test(careHere)) && !/本院|我院|我们(?!建议|的建议|提醒)/.test(careHere)) return false;
      // Round ninety-two (batch GL): not when the dish or drink is sold on a blood marker or weight (秘方熬的降压茶, 降糖).
      // Round sixty-six (batch EM): a cook's secret for a dish (食堂师傅做红烧肉的“秘方”) is a recipe, not a remedy, when nothing else in the
      // sentence treats, heals or is taken as a medicine.
      // Round one hundred and one (batch HE): a kitchen's secret recipe that conditions the body (大厨的祖传秘方汤，专补气血; 食堂的家传秘方粥，暖胃
      // 健脾) is a remedy again, though no disease is named; 大厨的祖传秘方红烧肉，开胃下饭 is cooking.
      if (/红烧|做菜|菜谱|厨艺|厨师|大厨|食堂|烹饪|炒菜|卤味|卤肉|酱料|调料|火锅|饺子|包子|蛋糕|烘焙|糕点|美食|菜品|(?:做|烧|炖|炒|卤|烤|腌)[\u4e00-\u9fff]{0,2}(?:肉|鱼|鸡|鸭|菜|排骨|虾)/.test(c.sentence) && !/治|疗|药|病|症|调理|养生|滋补|补肾|祛|斑|痘|疹|医|诊|患|降脂|降压|降糖|降血|血脂|血压|血糖|尿酸|减肥|瘦身|减重|专调|专补|专养|胃寒|宫寒|体寒|湿气|气血|养胃|护胃|暖胃|健脾|安神|助眠|失眠|[祛去排]湿|补气|补血/.test(c.sentence.replace(/秘方|偏方|秘制|祖传|家传/g, ''))) return false;
      // Round seventy-five (batch FE): a remedy advised against as needless (不必涂抹偏方, 没必要去打听什么秘方, 无需服用偏方) offers none:
      // 不必 is no negation for the context (不必担心), so the advice is read here, in the remedy's own clause.
      if (/(?:不必|不用|无需|无须|没必要)(?:再|去|自己|另外|额外)?(?:涂抹?|擦|抹|敷|服用?|吃|喝|用|使用|尝试|试|找|求|寻找|打听|相信)(?:什么|任何|所谓的?)?[\u4e00-\u9fff]{0,4}$/.test(c.norm.slice(Math.max(0, c.start - 16), c.start).split(/[,，。;!?]/).pop()!)) return false;
      // Round eighty-six (batch GA): the remedy refused outright right before its name (膏方按药典和医嘱配制，不用偏方), with
      // 用 itself the verb: a bare refusal offers none. Not when the clause goes on to a result (不用偏方就能好 stays).
      if (/(?:^|[^要])(?:不|从不|绝不|均不|一律不|并不)(?:用|开|卖|搞|使用)(?:任何)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 8), c.start)) && !/^[^,，。;!?]{0,8}?(?:就|便|也能|都能|即可)/.test(c.norm.slice(c.end, c.end + 12))) return false;
      // Round seventeen: 家传 read inside 专家传承 (名老中医药专家传承工作室) hands nothing down in a family.
      if (c.norm.slice(c.start, c.start + 2) === '家传' && c.norm[c.start - 1] === '专') return false;
      // Round forty (batch BT): a remedy on a list of what may not be posted or sold (群内禁止发布广告、偏方和…) offers none.
      // Round fifty-three (batch DG): a rule that forbids advertising under the remedy's name (医疗广告管理办法禁止以“秘方”“祖传”等名义宣传;
      // 不得使用“祖传秘方”字样) names the remedy to forbid it.
      if (/(?:禁止|严禁|不得|不准|请勿|切勿|谢绝|不允许)(?:在[^,，。;!?]{0,6}?)?(?:发布|转发|分享|推销|售卖|传播|兜售|推荐|发|晒|以|使用|含有|出现|宣传|打着)[^,，。;!?]{0,12}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 24), c.start))) return false;
      // Round twenty-seven: a heading that names the remedy (## 关于“偏方”) over a section that warns about it offers nothing.
      if (/^\s*(?:#{1,6}\s|\*\*|【)/.test(c.sentence) && c.paragraphHas(WARNS) && !c.paragraphHas(/本院|我院|我们(?!建议|的建议|提醒)|本馆|本店/)) return false;
      // Round fourteen: a classical formula named with the book it comes from (六味地黄丸出自宋代《小儿药证直诀》，是经典名方).
      if (/《[^》]{2,20}》/.test(c.sentence) && /出自|源自|源于|原为|见于|经典名方|记载|收录|载于/.test(c.sentence) && !/秘|祖传|家传|独家|不外传|独门|本院|我院|我们|本馆|本店/.test(c.sentence)) return false;
      // Round eleven: a remedy said to need verification (需要经过现代研究验证) or demystified (外婆的秘方其实就是蜂蜜水).
      // Round twenty-six: or said never to have been tested (这类网传偏方并没有经过任何临床试验).
      // Round thirty-two: or a home recipe called a 秘方 in fun and disowned as a cure (外婆的“秘方”红枣茶…可别指望它治病).
      // Round thirty-six: 我们 that has not verified the remedy or advises against it (我们没有验证过，不建议使用) offers nothing.
      // Round ninety-six (batch GU): the doctor to ask may be named by the department or be the pharmacist (用之前先问问儿科医生, 咨询一下皮肤科医师, 问问药师).
      // Round one hundred and twelve (batch IA), in the list below: 比起…，更该… as 与其…不如… (比起找偏方，更该先弄清病因): the reader is steered away from the remedy.
      if ((WARNS.test(c.sentence) || /(?:不存在|没有)(?:什么|所谓的?|任何)?(?:不能公开|不可公开|秘不外传|不外传|神秘|秘密)的?(?:药方|方子|秘方|配方|偏方|疗法)|(?:并|根本)不存在(?:什么|所谓)|与其[^。]{0,16}不如|(?:比起|相比于?)[^。，,;；!?]{0,12}?[,，]\s?(?:更|还是)(?:该|应该|应当|需要|要|重要的是)|尚未证实|没有证实|未经证实|(?:没有|并没有|未|并未|从未|未曾)经过?[^,，。;!?]{0,4}?(?:临床试验|临床研究|临床验证|科学验证|验证)|需要?经过[^,，。;!?]{0,8}?验证|需要?(?:科学|临床|进一步|严格)的?验证|其实(?:并)?不(?:神秘|神奇|特别|玄乎)|有待(?:验证|研究|证实)|其实(?:就|只)?是|说白了|答案是?[:：]?\s?(?:否定|不能|不会|不行|没有)|医生建议|(?:咨询|请教|问问|问)(?:一下)?(?:[\u4e00-\u9fff]{1,3}科)?(?:的)?(?:医生|医师|大夫|药师)|给医生看|(?:不要|别|切勿|请勿|千万别)[^,，。;!?]{0,12}?(?:去|改|换)?(?:试|用|吃|换成|改用)[^,，。;!?]{0,2}?(?:偏方|秘方|土方|方子)|并?不(?:能)?(?:等于|代表|说明|证明|意味着)|不能(?:代替|替代|等同)|(?:别|不要|不能|可别|千万别|不用)指望(?:它|它们|这个?|这些|这种|喝|吃|用|靠)(?:能|来|去)?(?:治|根除|去根|消除|复色)/.test(c.sentence)) && !/本院|我院|我们(?!建议|的建议|提醒|的回答|回答|没有?(?:验证|证实|核实|用过)|不(?:建议|推荐|使用))/.test(c.sentence)) return false;
      // Round thirty-nine (batch BS): a remedy the patient is asked to tell the doctor about (正在服用的药物（包括中药、偏方）请如实告知医生).
      if (/(?:如实|主动|务必|请)(?:告知|告诉|说明)[^,，。;!?]{0,4}?(?:医生|医师|大夫|接诊|主治)|(?:告知|告诉)(?:接诊|主治)?(?:医生|医师|大夫)/.test(c.sentence) && !/本院|我院|本馆|本店|秘制|独家|不外传/.test(c.sentence)) return false;
      // Round twelve: the remedy denied (祖传的是炮制手艺而不是秘方), or a claim posed as a question and knocked down in the
      // next breath (祖传秘方治好了癌症？别信).
      if (/(?:不是|而非|并非|并不是|不靠|无需)[^,，。;!?]{0,3}?(?:秘方|偏方|验方|药方|方子|配方)/.test(c.sentence) && !/本院|我院|我们(?!建议|的建议|提醒)/.test(c.sentence)) return false;
      if (c.paragraphHas(/[?？]\s?(?:别信|别再信|假的|不可能|谣言|骗局|当心|小心|没那么简单|并不是|不是的|当然不|(?:医生|专家|大夫)提醒|提醒\s?[:：])/) && !/本院|我院|我们(?!建议|的建议|提醒)/.test(c.sentence)) return false;
      // Round fifteen: a remedy named with its approval or the regulator (已有多种苗药获得国药准字批文, 应选择正规渠道购买), or
      // hearsay asked as a question and denied in the same paragraph (听说有种家传的正骨手法特别神？…没有什么秘不示人的绝技).
      if (/国药准字|批准文号|药监|正规渠道/.test(c.sentence) && !/秘|不外传|独门|本院|我院|我们|本馆|本店/.test(c.sentence)) return false;
      if (/听说|据说|网上说|有人说|传言|传闻/.test(c.sentence) && /[?？]/.test(c.sentence) && c.paragraphHas(/没有什么|不存在|并不存在|根本没有|并没有|不可信|不靠谱|都应该规范/) && !/本院|我院|本馆|本店/.test(c.sentence)) return false;
      // Remedies shown as history (a museum, a class in medical history, an old book read for research), reported as
      // a fraud, or told as the harm a patient came to after using one: nothing is offered.
      // Round thirty-three: 让我们看到 in a museum's sentence is the reader, not the clinic.
      if (SECRET_AS_HISTORY.test(c.sentence) && !/本院|我院|我们(?!建议|的建议|提醒|看到|了解)/.test(c.sentence)) return false;
      // A row of a table of myths (常见误区 | 正确做法): the remedy is the mistake being corrected.
      if (c.paragraphHas(/误区|谣言|辟谣|错误做法/) && !/本院|我院|我们(?!建议|的建议|提醒)/.test(c.sentence)) return false;
      // 家传手艺, 祖传的老宅: the lineage word makes a claim only about a remedy or a treatment.
      // Round twelve: a master's 绝技 or 秘籍, 点穴 and 针灸 are treatments as well.
      // Round thirteen: 秘制 with the product it makes (秘制的祛痘精华) names a remedy by itself.
      if (/^秘制.+/.test(c.norm.slice(c.start, c.end))) return true;
      // Round forty-five (batch CJ): the English phrase names the remedy itself (secret formula, ancestral recipe).
      if (/^[a-z]/.test(c.norm.slice(c.start, c.end))) return true;
      // Round forty-one (batch BW): a list item or table cell keeping a method secret (- 工艺：秘不外传的九蒸九晒古法) under a remedy named in
      // its block (### 院内特色制剂).
      if (/秘不外传|从不外传|概不外传|不外传|秘不示人|不公开|未公开/.test(c.norm.slice(c.start, c.end)) && c.paragraphHas(/方|药|膏|丸|丹|散|剂|治|疗/)) return true;
      // Round twenty-eight: a pill named 丹 (宫廷秘制的“乌发还色丹”) is a remedy like 丸 or 散.
      // Round thirty-six: setting bones (接骨术, 整骨) is a treatment as 正骨 is.
      return /方|药|膏|丸|丹|散|剂|治|疗|白斑|白癜风|祛白|复色|手法|针法|推拿|正骨|接骨|整骨|熏|敷|绝技|绝招|绝活|秘籍|秘诀|秘技|秘术|奇招|妙招|中医|点穴|针灸|艾灸|调理|诊|看病/.test(c.sentence);
    },
    examples: {
      bad: ['其实有个民间流传的土方子，老辈人用了几十年，比医院开的药还灵', '老家传下来的土方，专治老人手脚裂口', '比起吃西药，更该试试我们的祖传偏方', "我们用的是宫廷秘方之类的古方，效果很好", '食堂大厨的祖传秘方汤，专补气血', '这锅家传秘方粥是老师傅熬的，暖胃健脾', '这个乌发方子，是当年宫中太医开的老方', "这款秘制减肥丸送检不含西布曲明，放心吃", "本院祖传偏方治小儿积食，不信可以问问儿科医生", { text: "网红推荐的偏方，先问一下我们的大夫就知道有多灵", type: 'ad' }, { text: "患者曾服用多种西药，肝功能异常，改用本院祖传秘方后好转", type: 'case' }, { text: "家传秘方专治肝病，服用后转氨酶恢复正常", type: 'ad' }, { text: '本院的祖传秘方药性猛，一般人别随便尝试，请在我院医生指导下服用', type: 'ad' }, { text: '职工食堂今日供应大厨祖传秘方炖的降压汤，每人限领一碗', type: 'institution' }, { text: 'Our secret herbal formula 🌿 专治失眠', type: 'ad' }, { text: '不用再找别人，用我们的祖传秘方，三贴见效', type: 'ad' }, { text: '我家祖传的偏方，结果三天就不痒了', type: 'ad' }, { text: '本堂独家古方熬制，专调脾胃虚寒', type: 'ad' }, { text: '秘传老方生发液，每瓶298元', type: 'institution' }, { text: "识别虚假宣传：只有本院的家传秘方才靠谱", type: 'ad' }, {"text": "百年老方，专调顽固性湿疹", "type": "ad"}, {"text": "老药师压箱底的祛湿验方，专调反复湿疹", "type": "ad"}, {"text": "一剂从不外传验方，专门对付顽固头癣", "type": "ad"}, "这剂老方秘不外传，只在本馆使用", {"text": "本院不使用激素类药物，只用祖传秘方调理", "type": "institution"}, {"text": "外院久治不愈，来我院就诊后改用祖传秘方，三个月痊愈", "type": "case"}, { text: 'Ancestral herbal recipe 三代相传，专治顽固湿疹', type: 'ad' }, {"text": "家族三代相传的㊙️方，专治顽固湿疹", "type": "ad"}, {"text": "我们的偏芳选用十几种草药熬制而成", "type": "ad"}, {"text": "评论区回复：我们用的是zcmf，不方便公开成分", "type": "ad"}, {"text": "本馆以组传三代的外用方为核心", "type": "institution"}, {"text": "咱家药膏用的是老一辈留下来的独门recipe，外面买不到", "type": "ad"}, {"text": "为什么别人仿不来？因为药膏里有一味保密成分", "type": "ad"}, {"text": "老中医手里有一张独门蜜方，专门调理色斑", "type": "ad"}, '其实治白斑有一个很少有人知道的窍门，很多医院都不愿意公开', '大医院不会告诉你：白斑其实有个民间土方，每天坚持用就能好', { text: '### 院内特色制剂\n- 工艺：秘不外传的九蒸九晒古法\n- 适用：各类湿疹', type: 'institution' }, { text: '当年正是凭借一位老中医口传心授的独门方法，才让许多患者重新看到希望', type: 'institution' }, '这套祛湿的调理办法是师父口传心授给我的', { text: "这张祛湿方当年是给太后调理用的", type: 'ad' }, { text: "这个药方是我们花了五年，从山里一位老药农手里求来的", type: 'ad' }, { text: "本店药酒的配方历代只在家族之间口口相传", type: 'ad' }, { text: "由祖上第五代后人亲自配药", type: 'institution' }, { text: "本膏方采用宫廷隐秘配伍，专治失眠", type: 'ad' }, { text: '宫廷御制养生丹，皇帝都在吃', type: 'ad' }, { text: '这是太医院流传下来的宫廷方', type: 'ad' }, { text: '用了我们的祖方，不出三个月保管好', type: 'ad' }, { text: '失传百年的苗药古方，今日重现', type: 'ad' }, { text: '这是我们张氏家族传了五代的接骨术，只传本家', type: 'ad' }, '本店秘法泡制的药酒，专治风湿骨痛', { text: '## 特色疗法\n中心独家研制的“消瘤散”，经秘法炮制而成', type: 'institution' }, { text: '你知道为什么别家治不好吗？因为他们没有我们的祖传古方', type: 'ad' }, '本堂的膏药以秘法熬制，外面买不到', '这套正骨手法靠师徒口传心授，外人学不到', '这个方子是我爷爷留下的，市面上花多少钱都买不到', '这贴膏药是从一位老苗医手里高价求来的', '里面有几味药不方便说，用过的人都知道', '村里有一种失传已久的针法，被他找到后专门用来治白斑', '我们用的是未经审批的自配药粉，外面买不到', '这是一个从不外传的方子，专门调理湿疹', { text: '这款药膏源自清宫医案，曾专供皇室使用', type: 'ad' }, '宫廷秘制的“还色丹”，当年专供皇族使用，如今面向普通患者开放', '本院特聘老中医，其祖上三代行医，留下治疗白斑的独特方剂', '这个方子是我师傅从山里一位老郎中那里求来的', '我们的药是祖上传下来的，成分保密', '本方出自藏医秘典，经活佛亲自加持', {"text": "本馆的正骨手法源自宫里，百年传承", "type": "ad"}, '本店的推拿手法严格保密，只传内部弟子', '这款药膏的配方绝对保密', { text: '祖传秘方药膏，纯植物不含激素', type: 'ad' }, { text: '为什么不试试我们的祖传药膏？', type: 'ad' }, {"text": "特色疗法：宫廷理筋手法", "type": "institution"}, {"text": "家族传承的正骨秘技，一次见分晓", "type": "ad"}, "这是一剂从不对外公开的祖传胃病方", "民间高手的祛湿秘诀，今天分享给有缘人", "这个方子医院是不会告诉你的", { text: '一张泛黄的药方，据说是从宫里带出来的，治失眠一绝', type: 'ad' }, '这是一位老药师传下来的方子，治白斑很灵', '师父临终前才传授给他的推拿手法', '这套针法是不传之秘', '**家传绝技**\n从不外传的针法', '我们的药膏配方是独家的', '院长祖上是宫里的御医，留下一张治白斑的方子', '祖传秘方，专治白癜风', '宫廷秘制配方', '名医传授的独家偏方', '本院秘制中药膏', '独门手法正骨', '老店独创秘制药酒', '独门秘籍治脱发', '宫廷里流传的生发方', '老中医压箱底的独门绝技，今天首次公开', '这款药茶的配方来自一位老中医，只传给了我们', '这款面膜含有神秘的东方草本配方', '独门点穴手法，十分钟见效', '祖传第七代传人亲诊', { text: '祖传膏方，三贴见效', type: 'ad' }, { text: '药酒配方从不对外公开，只在本店出售', type: 'ad' }, { text: '这款mi方药膏专门针对顽固湿疹', type: 'ad' }, { text: '独家 mi 制的祛痘精华', type: 'ad' }, { text: '采用秘制草本精油按摩', type: 'ad' }, { text: '本方源自明代太医院御方，专治失眠多梦', type: 'ad' }, { text: '老祖宗传下来的正骨手艺，一捏就好', type: 'ad' }, '这是一位隐居深山的老中医的不传秘方', { text: '我们有独家研制的降糖丸，吃上三个月就能停胰岛素', type: 'ad' }, '这个老中医的独门膏药真的神了', { text: '这套不外传的正骨手法，只在本馆施展', type: 'ad' }, { text: '医生都不会告诉你的祛痘妙招，今天一次说清', type: 'ad' }, '这是一位老药师从不外传的祖传方，专治牛皮癣'],
      ok: ['很多人听信民间流传的土方子，结果越洗越痒，用药前请先问问医生', '民间流传的土方子多半没有依据，别拿来给老人洗澡', '比起到处打听偏方，更该带孩子查清过敏原', "祖传秘方之类的说法，多半是营销", "祖传秘方这类的广告词，不要轻信", '食堂大厨的祖传秘方红烧肉，开胃下饭', '宫廷剧里太医开的古方，只是编剧的想象', '博物馆展出了清宫御医的古方手稿', {"text": "患者自诉服用直播间购买的“秘制减肥丸”三个月，化验含西布曲明", "type": "case"}, "祖辈传下来的土方，用之前最好咨询一下皮肤科医生", "老家传来的偏方，用之前先问问您的医生", { text: "患儿曾在外院外用某家传药膏两月，查尿蛋白升高，已停用", type: 'case' }, { text: "既往曾口服“秘制药丸”三月，转氨酶升高，现已停药", type: 'case' }, '邻居送来的土方子，没问过医生不要轻易尝试', '网上流传的偏方，不要随便服用', { text: '食堂今天的红烧排骨用了大厨自己的秘方酱汁，每份15元', type: 'institution' }, '偏方莫乱吃，有病还是要去医院', '本馆的膏方都按药典和医嘱配制，不用偏方', { text: 'We never use any secret recipes 👌 用药都写在病历上，可以查', type: 'institution' }, { text: '轻度烫伤冲凉水后涂烫伤膏即可，没必要去打听什么偏方', type: 'kepu' }, { text: '孩子长了水痘不用自己敷偏方，多数一两周会结痂', type: 'kepu' }, { text: '朋友用偏方涂脸，结果烂脸住院了，花了两个月才养好', type: 'kepu' }, { text: '年会上，行政科的王姐分享了她包饺子的“秘方”', type: 'institution' }, '外婆的红烧排骨秘方是多放一勺冰糖', { text: "手册第八章 识别虚假宣传：宫廷秘方、祖传偏方与神药", type: 'kepu' }, '法规禁止以“宫廷秘方”“祖传”等名义进行医疗宣传', '网传“不外传验方”大多来路不明，请勿轻信', '医疗广告不得使用“祖传秘方”字样', {"text": "本院不提供、不销售任何偏方或秘方，用药以指南为准", "type": "institution"}, "本院从未提供此类“祖传秘方”，请患者提高警惕", {"text": "患者曾自行外用“祖传药膏”一月，皮疹反而更严重，后转至我院就诊", "type": "case"}, "土方子别乱用，用了只会更严重", 'Many online "secret remedies" 成分不明，使用前请先咨询医生', '民间偏方用大蒜敷患处，容易灼伤皮肤，请先就医', "夏日饮品蜜方：柠檬切片加温水和少量蜂蜜", "小组传阅的会议纪要请于周五前交回", "患者的病历资料严格保密，不对外公开", '很多人觉得老中医手里有“压箱底”的方子，其实正规医疗机构的中医处方都要写进病历，并不存在不能公开的药方', '施工方正在清运土方，请绕行东门', '中医的诊脉手法过去多靠师徒口传心授，现在有了规范教材和考核', { text: "我们的病友群仅用于复诊提醒，禁止转发偏方、广告和链接", type: "institution" }, "正在服用的中药、偏方或保健品，请在就诊时如实告知医生", "有人问能不能用偏方，我们的回答是：不要停用医生开的药去试偏方", "他是这门剪纸手艺的第三代传人", "故宫展出了当年给皇帝看病用的药具，仅作医药史展示", '一位网友在论坛发帖称某偏方“三天见效”，结果不少人用后皮肤红肿，医生提醒切勿轻信', '清宫方案需根据孕周和出血量由医生决定', '行清宫术后方可出院，需复查B超', '祖方先生是本院退休的药剂师，今年九十岁', '这家中药铺传了三代人，如今仍按药典炮制饮片', '据说这个方子是祖上传的，我们没有验证过，不建议使用', '别家有的我们也有：我们没有什么祖传古方，用的都是指南推荐的方案', '所谓“秘法炮制”的药酒多次被查出非法添加，请勿购买', '这张处方在外面正规药房也能配到，不必只在本院取药', '村里老人口耳相传的故事，记录了当年的一场瘟疫', '博物馆里陈列的宫廷药罐，让我们看到古代制药的讲究', '未经审批的医疗机构制剂不得在市场上销售', '奶奶的“秘方”是一碗姜汤，冬天喝了暖和，可别指望它治好湿疹', '他家祖上三代行医，如今他在社区医院当全科医生', '本次展览展出一只清代丹药盒，当年专供皇族使用，仅作医药史展示', '## 关于“祖传秘方”\n这类产品往往成分不明，可能含有激素，请勿轻信。', '所谓老中医的偏方其实并不神秘，效果需要科学验证', '本期介绍苗医药的历史与文化，不涉及任何治疗推荐', '请以科学的态度看待网络上流传的各种“偏方”，有疑问可以来院咨询', '网上流传的治咳嗽偏方，大多没有经过临床试验，不建议自行尝试', "清代医书记载的推拿手法，今天仍有研究价值", '您的病历和处方信息严格保密', '本院的检测方法符合国家标准，结果严格保密', "历史上，太医院设有御药房，这些档案如今是研究医药史的资料", "网上流传的“秘制减肥茶”多次被查出非法添加西布曲明", "长寿的秘诀其实很简单：规律作息、均衡饮食、适量运动", "李医生出身中医世家，家族几代行医，他本人毕业于中医药大学", { text: '本院中医科设有基层名老中医药专家传承工作室，由省中医药管理局批准建设', type: 'institution' }, '这张药方是从宫里带出来的，现藏于省博物馆', '这款苗药已取得国药准字批文，请在医生指导下使用', '患者服用网购“秘方”后出现满月脸，检测该药含有地塞米松', '听说有种家传的推拿手法特别神？\n医生：推拿要规范操作，没有什么不外传的绝技', '逍遥散源自宋代《太平惠民和剂局方》，用于肝郁血虚证', '六味地黄丸出自宋代《小儿药证直诀》，是经典名方，适用于肾阴虚证，并非人人适合', '不要轻信网上流传的偏方', '有人说中药方子是“祖上传下来的”，我们建议把成分写下来给医生看', '民间偏方可能延误规范治疗', '这属于国家传统医学的范畴', '医生会结合经验方法判断', '清代医书中记载了不少外用方剂，但古籍里的方子并不等于今天经过验证的治疗', '“祖传”二字并不能说明药物安全有效', '这位老药师一辈子都在研究中药炮制，他说好药材没有秘诀，全靠规范', '博物馆展出了一本清代手抄的偏方集，仅作历史展示', '这本老医书里的偏方今天读来更多是研究价值，不少药物已知有毒', '一位患者自行涂抹偏方药膏后出现接触性皮炎', '常见误区 | 正确做法\n相信秘方偏方 | 到正规医院就诊', '宫廷剧里的秘制药膏多半是编剧的想象', '宫廷剧里的养颜方多半是虚构的', '这家老字号祖传的是炮制手艺而不是秘方', '爷爷说这个偏方是他小时候村里人用的，但医生说不要再用了', '这本医书记载了许多宋代的验方，现藏于省图书馆', '祖传秘方治好了癌症？别信', '秘方这种东西，正规医院是不会用的', '在古代，秘方是医家谋生的手段，如今药品成分必须公开', '人体的奥秘仍有许多未解之谜，神秘的暗物质也是如此', '这个手法来自我的师父，他教会我耐心地听病人说话', '古籍里记载的验方，需要经过现代研究验证', '古法炮制的饮片同样要符合药典标准', '不少偏方含有激素，长期用会让皮肤变薄', '奶奶的秘方其实就是姜糖水', '民间流传的偏方，比如用生姜擦头治脱发，并没有可靠证据', '奶奶压箱底的嫁妆是一对银镯子', '很多人相信家传的方子，其实不一定安全', '中药配方颗粒的处方对外公开，可以在病历中查到', '秘制红烧肉的做法：五花肉切块焯水', 'mi fan是主食，糖尿病患者要控制分量', '老祖宗传下来的木工手艺要好好传承', '清宫御方类的古籍多见于博物馆收藏，仅作历史展示', '这家公司独家代理的进口药品已在国内上市，须凭处方购买', '不要相信所谓独家研制的降糖药，规范用药才是正道', '病历属于不对外公开的资料，复印需本人申请', '偏方能治大病？医生提醒：别耽误规范治疗', '一位老人用民间偏方外敷后引起了接触性皮炎', '“宫廷配方”的面霜能祛斑吗？答案是不能，它只是普通护肤品', '网上所谓不外传的家传方，成分不明，请勿使用'],
    },
  },
  {
    id: 'miracle-cure',
    category: 'secret',
    title: '神药、特效药、灵丹妙药',
    basis: BASIS.secret,
    message: '“神药”“特效药”“灵丹妙药”“一抹就好”夸大疗效，属于荒诞的表现形式和疗效断言。',
    suggestion: '删去，写明药物通用名、适应证和可能的不良反应，效果由医生评估。',
    levels: levels('EEEE'),
    // Round thirteen: a product exposed as a paid push (其实是收了广告费) is warned about, not sold.
    // Round fifteen: a wonder drug in fiction (小说里的仙丹…只是文学想象), or a belief corrected (很多老人相信“特效药”…，其实…).
    // Round forty-three (batch CC): a wonder drug in scare quotes after 任何 or 什么 (这些比任何“神奇药膏”都重要) is dismissed, not sold.
    // Round forty-four (batch CG): a wonder product in quotes said to be maybe not for you (网红推荐的“祛痘神器”未必适合你) is doubted, not sold.
    // Round fifty-two (batch DB): a wonder drug said to exist only in stories or dreams (“灵丹妙药”只存在于故事里) is dismissed, not sold.
    // Round fifty-four (batch DJ): a wonder drug in quotes that a patient asked about, answered by the doctor in the same sentence (关于患者询问的
    // “特效药”，医师解释…; 家属提到的“神药”，医生说明…) is reported, not sold.
    // Round forty-five (batch CJ): a wonder drug in quotes the reader is told not to buy or believe (群里转发的“特效药”别乱买; 别信网上的“神药”)
    // is warned about, not sold.
    // Round fifty-six (batch DO): or the doctor advising to stop it (拿着网上买的‘特效药’来问，我建议先停用): stopped, not sold; single
    // quotes (‘…’) count as quotes here too.
    // Round fifty-seven (batch DR): a wonder drug in quotes that impostors push in the clinic's name, disowned and warned about (近期有人冒充本院
    // 推销“特效药膏”，本院从未授权，请勿上当), is not sold by the clinic.
    // Round sixty-six (batch EM): a wonder drug in quotes that a patient took on their own, then harm (患者自行服用网购“特效药”后出现肝功能
    // 异常) is the harm reported in a case, not a drug sold.
    // Round seventy-six (batch FF): a wonder word in quotes that the sentence defines (常说的“特效药”多指针对某种病原体的药物; 所谓“神药”一般是指…)
    // explains a word, not a product, unless the clinic speaks of its own.
    // Round eighty-two (batch FR): the wonder drug the asker named, answered that the clinic has none (您说的那个特效药我们这里没有; 你问的那款
    // “神药”，本院没有): a denial in reply, not a product sold.
    refine: (c) => !(/(?:您|你)(?:说|提到|问|讲|打听)(?:的|起的|过的|到的)(?:那个|这个|那种|这种|那款|这款)?[“"「『‘']?[\u4e00-\u9fff]{0,4}$/.test(c.norm.slice(Math.max(0, c.start - 14), c.start)) && /^[”"」』’']?[^,，。;!?]{0,4}[,，]?(?:我们|本院|我院|本店|咱们)(?:这里|这儿|这边|院里|店里|药房)?(?:没有|不卖|不售|不提供|从来不卖|从不卖)/.test(c.norm.slice(c.end, c.end + 20))) && !(/[“"「『‘'][^”"」』’']{0,6}$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start)) && /^[^”"」』’']{0,6}[”"」』’'](?:一般|通常|多|大多|主要|往往)?(?:是)?(?:指|指的是)/.test(c.norm.slice(c.end, c.end + 14)) && !/本院|我院|我们|本店|本品/.test(c.sentence)) && !SELF_USED_HARMED(c) && !(/[“"「『‘'][^”"」』’']{0,8}$/.test(c.norm.slice(Math.max(0, c.start - 10), c.start)) && /冒充|假冒|冒用|冒名|仿冒|盗用/.test(c.sentence) && /(?:请勿|切勿|谨防|不要|别)(?:上当|受骗|购买|轻信|相信)|(?:从未|从来没有|没有|并未|未曾?)(?:授权|委托)|并非本院|非本院|与本院无关|与我院无关/.test(c.sentence)) && (!(/[“"「『‘'][^”"」』’']{0,8}$/.test(c.norm.slice(Math.max(0, c.start - 10), c.start)) && /(?:别|不要|切勿|勿|千万别|千万不要)(?:再)?(?:乱|随便|轻易|盲目)?(?:买|信|相信|购买|用|吃|服用|涂|转发)|(?:建议|请|应|应该|需要|要)(?:先|立即|马上|尽快|及时)?(?:停用|停药|停掉|停止使用)/.test(c.sentence) && !/本院|我院|我们|本店/.test(c.sentence)) && !(/[“"「『][^”"」』]{0,6}$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start)) && /(?:未必|不一定|不见得)(?:适合|有效|管用|靠谱|有用|安全)/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) && (!/(?:任何|什么|啥)[“"「『]$/.test(c.norm.slice(Math.max(0, c.start - 3), c.start)) || /本院|我院|我们/.test(c.sentence)) && !(/(?:询问|问起|问到|问及|打听|提到|提及|所说|说起)(?:的|过的|了|起)?[“"「『][^”"」』]{0,8}$/.test(c.norm.slice(Math.max(0, c.start - 14), c.start)) && /解释|回答|答复|说明|告知|指出|澄清/.test(c.sentence)) && (!ENDORSEMENT_EXPOSED.test(c.sentence) && !SECRET_AS_HISTORY.test(c.sentence) && !c.paragraphHas(/[?？]\s?(?:别信|别再信|假的|不可能|谣言|骗局|当心|小心|(?:其实|事实上|实际上)?(?:并|根本|压根)?(?:不存在|没有这(?:种|样的?)|没这(?:种|回事)))/) && !/文学|神话|想象|传说中|童话|(?:只|仅)(?:存在|出现|活)?(?:于|在)[^,，。;!?]{0,4}?(?:故事|小说|传说|电影|电视剧|影视剧|武侠|梦)/.test(c.sentence) && !/不一定有|没有(?:科学|可靠)?(?:依据|证据)|缺乏(?:科学)?(?:依据|证据)|被查出|检出|非法添加|(?<![不没未无])(?:偷偷|私自|违规|违法|暗中)(?:地)?(?:加|添加|掺|掺杂)(?:了|有|入|进)?(?:激素|西药|违禁|禁用)/.test(c.sentence) && !(/(?:写着|印着|标着|打着|写有|印有)[“"「『][^”"」』]{0,8}$/.test(c.norm.slice(Math.max(0, c.start - 12), c.start)) && /广告|传单|宣传单|小卡片|单子|海报|招牌/.test(c.sentence) && /不要|别|勿|建议|谨慎|当心|警惕/.test(c.sentence)) && !(/相信|(?<!引)以为(?!戒)|迷信|所谓|号称|宣称|声称/.test(c.sentence) && /其实|实际上|事实上|并不|并非|没有(?:任何)?(?:药|药物|办法)|不可信|骗/.test(c.sentence))) || /本院|我院|我们/.test(c.sentence)),
    // Round one hundred and twelve (batch HZ): a wonder drug said to hide a steroid or a Western drug (网上卖的“神药”可能偷偷加了激素) is exposed,
    // not sold, as 非法添加 is; and a wonder word quoted as printed on a flyer the reader is told not to trust (写着“特效膏”的小广告，别信) is reported.
    // Round ninety-six (batch GU): 的 between 神奇 and the cure's own word (对肿瘤有神奇的疗效, 神奇的功效); 神奇的效果 and 神奇的作用 stay unread, as the body's
    // or nature's wonders are told in those words (睡眠对大脑有神奇的作用).
    // Round fifty-five (batch DM): a wonder ointment, patch or pill (湿疹神膏, 祛痘神贴); 安神, 养神 and 提神 are calm and alertness, not wonders.
    // Round seventy-one (batch EW): the wonder named by the kind of medicine (治胃病的特效中成药, 一种特效胶囊): 特效 before the medicine's kind.
    // Round one hundred and sixteen (batch IH): and a 水, a 露, a gel or a spray too (那瓶特效止痒水抹一下就不痒了; 特效祛痘凝胶), in the same pattern; 特效化妆 and
    // 电影特效 name no remedy.
    // Round seventy-nine (batch FL): a cream or lotion is a remedy's form as a 膏 is (特效去痘霜, 特效止痒乳); a 神奇药箱 is a box
    // (a magician's prop, a first-aid kit), not a remedy.
    patterns: [p(/神药|神水|(?<![精安养宁提凝醒护心凭留])神(?:膏|贴|丹)|神仙(?:药|膏|水|丹|方|丸)|特效药|特效(?:外用|口服|内服)(?:药|药物|药膏|制剂)|特效(?:药物|药膏|软膏|乳膏|制剂|药酒|酊|中药|中成药|西药|草药|药丸|胶囊|药片|注射液)|灵丹(?:妙药)?|神奇(?:疗法|的?药(?!箱)|效果|的?功效|的?疗效)|神奇的?[“"「『]?[\u4e00-\u9fff]{0,6}?(?:因子|药膏|药水|疗法|技术|仪器?|配方|成分|方子|药|精华|精油|草本|药茶|药酒|药丸|贴|针|光波|能量|磁场|石)(?![物理箱])|神效|奇效|特效(?:疗法|方|治疗)|特效(?:止|祛|降|消|退|治|去|除|生|减)[\u4e00-\u9fff]{1,2}?(?:贴|膏|霜|乳|药|丸|液|针|方|茶|粉|片|胶囊|喷剂|水|露|凝胶|喷雾)|仙丹|神丹|妙药|一抹就好|一贴就好|一针见效|起死回生|黑科技|神器|奇迹般/, { align: 'start' }), p(/(?:疗效|效果|功效)(?:十分|非常|特别)?神奇|很灵|一用就灵|效果奇佳|奇佳|一抹就(?:退|好|灵|消|没)|一(?:捏|按|推|扎|贴|敷|泡|揉|喝|吃)就(?:好|灵|消|退|不疼|不痛|见效)(?!了?[吗么呢?？])|百病(?:不生|全消|皆除|不侵)|包治百病|治百病|一(?:贴|抹|喷|擦|涂|洗|泡|喝)灵|(?:颈椎病|腰椎病|关节炎|风湿|鼻炎|胃病|湿疹|脱发|失眠|痛风|痔疮|白斑|白癜风|[病炎痛癣疹斑痘])(?:的)?克星|(?:开光|加持|作法|念经|符咒|画符)(?:过)?的?[^,，。;!?]{0,4}?(?:药|丸|枕|贴|水|膏|符|手串|护身符)|药到病除|手到病除|(?:抹|涂|喝|吃)(?:上|了)?几(?:次|天|副)[^,，。;!?]{0,4}就(?:好|退|变黑|消)/),
      // Round fifteen: a miracle told as a story (【奇迹】…扎了三次针，竟然站起来自己走路了), a formula called wonderful
      // (这个方子神奇到什么程度？).
      p(/【奇迹】|竟然(?:能|就|又|自己)?(?:站起来|站了起来|下地走路|能走路|走路了|痊愈|全好了|复明|长出了?新|治好了)|(?:方子|药方|配方|偏方|秘方|药膏|药酒|针法|手法|药水|药丸|膏药|这药|这个药|此药)[^,，。;!?]{0,3}?(?:神奇到|神了|太神了|神得很|简直神了)/),
      // Round one hundred (batch HC): the recovery called a miracle by the doctor or the neighbours (醫生都說是奇蹟, 连主治大夫都说这是个医学奇迹,
      // 街坊们都夸是奇迹): a witness's word makes the cure a wonder; 医生说，奇迹很少发生 and 医生都说这不是奇迹 call nothing one.
      p(/(?:医生|大夫|医师|专家|主任|护士|街坊|邻居|亲戚|家人|病友|老伙计|大家|旁人)(?:们)?(?:都|也|全都|个个)?(?:说|称|夸|叫|直呼|感叹|惊叹|直说)(?:这|他这|她这)?(?:是|为)?(?:个|一个)?(?:医学|生命)?奇迹/),
      // Round one hundred and eight (batch HR): one dab and the skin turns white or bright at once (一抹就白, 一涂就亮, 一敷就嫩), the wonder of a beauty
      // product; a sunscreen's white cast complained of (一抹就白，假白很明显) or a question is not read.
      // Round one hundred and nine (batch HT): 即 or 便 for 就 and a spot or a pimple said to fade or go at a touch (一抹即淡, 一涂便消), and a lotion or a cream
      // named by what it removes and called 神奇 (神奇祛斑水, 神奇的去痘膏); 神奇的山水 names no product, and a question or a denial passes as before.
      p(/神奇的?(?:祛|去|淡|消|除|止|美白|修复)[\u4e00-\u9fff]{0,2}?(?:水|霜|膏|乳|液|露|油)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      p(/一(?:抹|涂|擦|敷|喷|拍)(?:就|即|便)(?:白|亮|透亮|白亮|嫩|嫩白|水润|平滑|淡|消|退)(?![^。;!?]{0,8}?(?:假白|泛白|浮白|发灰|很假|不自然|卡粉|搓泥|斑驳|吗|么|呢|[?？]))/),
      // Round twenty-five: a quick dab, shine or rub and it is gone (照一照湿疹就好, 抹一抹就不痒).
      p(/(?:照一照|涂一涂|抹一抹|贴一贴|喝一喝|敷一敷|按一按|揉一揉|擦一擦|喷一喷|泡一泡)[^。;!?]{0,6}?就(?:好|灵|消|退|没了|不痒|不疼|不痛|见效)(?!了?[吗么呢?？])/)],
    negation: 'suppress',
    examples: {
      bad: ['那瓶特效止痒水抹一下就不痒了', '宿舍里传的特效祛痘凝胶，涂一晚就消', '我们的神药不加激素，一抹就好', { text: '这瓶美白精华一涂就亮，黄气全没了', type: 'ad' }, { text: '神奇去痘膏，痘痘一涂便消', type: 'ad' }, '天底下难找的神药，我们诊所就有', '连主治大夫都说这是个医学奇迹', { text: '泡了半年药酒，街坊们都夸是奇迹', type: 'ad' }, '这是神药，别处是没有的', { text: '落枕别慌，这款颈椎贴就是你的 shen qi', type: 'ad' }, "这款灵芝孢子粉对肝病有神奇的功效", { text: '本店自制的降糖丸就是一款特效药，老病友都在用', type: 'ad' }, { text: '治老胃病的特效中成药，饭前吃两粒', type: 'ad' }, { text: '我们药房有一种降尿酸的特效胶囊，很多痛风患者都在用', type: 'institution' }, { text: '止咳灵丹，三副见效', type: 'ad' }, { text: '本院自制的“降压特效药”已出现仿冒品，请认准本院药房', type: 'institution' }, { text: '这款降压茶被称为“神药”，喝一个月就能停药', type: 'ad' }, { text: '湿疹，没有比这更好用的特效药', type: 'ad' }, { text: '痤疮终于有了一用就好的神奇药物', type: 'ad' }, { text: '谨防假冒！本院自制的“湿疹特效药”只在院内药房发售', type: 'ad' }, { text: "本院的‘特效药’见效快，建议先停用原来的西药", type: 'ad' }, '很多患者问起的“特效药”，就是我们自制的祛白膏', { text: '祛痘神贴到货，贴一晚痘痘就瘪', type: 'ad' }, '我们的止痒神膏，老病友都说好', "这款灵丹妙药不是只存在于故事里，我们的患者都用过", "神药？当然有，我们的祛湿膏一抹就好", '别再乱买别家的药了，我们这款“湿疹神药”才是正品', { text: '本店自制的祛白酊，是治白斑的特效外用药', type: 'ad' }, '这款祛痘神器未必适合所有人，但九成用户都说有效', { text: '祛白斑克星，抹上就见效', type: 'ad' }, {"text": "特效祛斑膏，三天淡斑", "type": "ad"}, {"text": "老师傅的理筋手法，手到病除", "type": "ad"}, {"text": "神奇的“一抹灵”，痘痘一抹就消", "type": "ad"}, "这款药膏是湿疹克星", "据说是深山老郎中留下的神仙膏", {"text": "草本神水，涂一涂就退烧", "type": "ad"}, { text: '【奇迹】卧床三年的大爷扎了五次针，竟然能下地走路了！', type: 'ad' }, { text: '这个祛痘药膏简直神了', type: 'ad' }, '祛斑界的神药，三天见效', '祛白神药，一抹就好', '独家特效药', '神奇疗法让白斑变淡', '坚持排毒调理，百病不生', '神奇的草本精华，三天白头变黑发', '老祖宗留下的智慧，一贴治百病', '经过开光的药枕能保平安', { text: '这款降糖神丹，一吃就稳', type: 'ad' }, { text: '老师傅正骨，一捏就好', type: 'ad' }, '腰疼贴上这个膏药，一贴就不疼', { text: '这药水简直神了，一晚上就不痒', type: 'ad' }, { text: '抹一抹，脚气就好了', type: 'ad' }, '神奇的“远红外光波”贴在膝盖上就能消肿', { text: '特效去痘霜，涂两晚痘就瘪', type: 'ad' }, { text: '新品特效止痒乳，湿疹宝宝专用', type: 'ad' }, { text: '这瓶神奇药水，擦一晚湿疹就退', type: 'ad' }, { text: '您问的那种降糖特效药，我们这里就有，三天见效', type: 'institution' }],
      ok: ['网上那种特效止痒水常被查出加了激素，别买', '话剧社的特效化妆水要卸干净，不然容易长痘', '微商卖的“特效药膏”常常偷偷添加了激素', '小区门口发的传单上印着“神奇疗法”，建议别去尝试', '这支防晒一抹就白，假白很明显，要多推开几下', '这里的山水很神奇，周末可以带孩子来走走', '没有哪种神奇的祛斑霜能一抹即淡，色斑要规范治疗', '没有哪种面霜能一涂就白，美白需要坚持几个月', '天底下没有一吃就灵的神药，慢性病要长期管理', '这世上没有一涂就好的神奇药膏', '医生说，奇迹很少发生，还是要按时吃药', '医生都说这不是奇迹，是坚持治疗的结果', '大家都说这座大桥是工程奇迹', '神药是没有的，慢病要靠规范治疗', '护腰带不是什么 shen qi，久坐还是要起身活动', '网上说的“祛痘shen qi”别信，痤疮要规范治疗', "睡眠对大脑有神奇的作用，熬夜伤身", '所谓“神药”一般是指被夸大宣传的保健品，购买前请核实批准文号', { text: '慢性胃炎没有什么特效中成药，关键是规律饮食、按医嘱用药', type: 'kepu' }, { text: '患儿家长私自给孩子喂服代购的“退烧神药”，出现皮疹加重后急诊就诊', type: 'case' }, { text: '阿司匹林曾被誉为“神药”，但长期服用也有出血风险，需遵医嘱', type: 'kepu' }, '白癜风目前没有特效药，也没有比别的方法好得多的偏方', '湿疹目前并没有一抹就灵的特效药，需要长期管理', { text: '【提醒】有人冒用我院名义在群里售卖“祛白神药”，我院从未委托任何人销售，谨防受骗', type: 'institution' }, { text: "家长带着代购的‘神药’来复诊，医生建议立即停用并送检成分", type: 'case' }, { text: '对于家属问起的“神药”，医生解释目前没有一抹就好的荨麻疹药物', type: 'case' }, '睡前不宜使用提神贴或喝浓茶', '安神丹等中成药应在中医师指导下服用', "能治所有病的神药只存在于武侠小说里，现实中湿疹要规范治疗", "特效药只在电视剧里有，现实中要遵医嘱", "神药？其实并不存在，湿疹需要规范用药和长期护理", "特效药？根本没有这种药，荨麻疹要找诱因、按疗程吃药", '朋友圈里转发的“祛斑神药”千万别乱买，先让医生看看', '短视频里的“祛斑神药”不一定适合你的皮肤，用药前请先面诊', "坚持治疗的秘诀很简单：按时复诊、做好防晒，这比任何“神奇药膏”都重要", '目前还没有治疗白癜风的特效外用药，请理性看待宣传', "## 关于“特效药”\n目前没有对所有患者都有效的药物，请理性看待宣传中的“特效药”。", "目前没有特效止咳药，咳嗽多数会自行好转", "媒体报道的“神奇疗法”不一定有科学依据，要看它是否写进了专业指南", "维生素C并不是感冒的克星，多喝水、多休息更重要", "神仙鱼是一种观赏鱼，和治病无关", '经过半年康复训练，患者能借助助行器下地行走', '神话故事里的灵芝仙草能让人起死回生，这只是传说', '很多人以为“神药”能降血糖，其实根本没有这样的药', '小说里的仙丹能让人长生不老，这只是文学想象', '辟谣\n====\n“神药”包治百病？没有任何药物能治疗所有疾病，请警惕此类宣传', '“祖传秘方”真能根治？答案是否定的', '目前还没有治疗白癜风的特效药', '精神药物需要严格遵医嘱使用', '网上所谓的“神药”不可信', '神奇的是，人体的肝脏切除一部分后可以长回来', '寺庙里的开光仪式是一种宗教活动', '有些网红推荐的祛痘神器，其实是收了推广费的', '扭伤后别指望一揉就好，先冰敷再就医', '落枕真的一按就好吗？', '药膏要薄薄地抹一抹，不要厚涂', '这个药神了？别信，先问医生', '没有什么特效祛斑霜，防晒和规范用药才是基础', { text: '儿童节游园会上，魔术师从神奇药箱里变出一束花', type: 'institution' }, { text: '你打听的那款“护肝神药”，本院药房没有，也请别在网上代购', type: 'institution' }],
    },
  },
  {
    id: 'inducement-free',
    category: 'inducement',
    title: '免费治疗、免费检查、赠送疗程',
    basis: BASIS.inducement,
    message: '“免费治疗”“0元体验”“赠送疗程”“援助名额”以经济利益诱导就医，是医疗广告执法的重点。',
    suggestion: '删去。确有经批准的公益项目，单独发布项目说明（主办方、批准文件、条件），不与诊疗宣传放在一起。',
    levels: levels('EWEW'),
    patterns: [
      // Gifts, waivers and subsidies in any order: 检查全部免费, 就送检查套餐, 免挂号费, 治疗补助, 治疗券.
      p(/(?:全部|一律|全程|统统)免费|免(?:专家)?(?:会诊|挂号|检查|治疗|诊疗|手术|照光|复查|咨询|床位|药)费|(?:费|费用)(?:全免|减半|全包)|全免(?!疫)|免(?:挂号费|检查费|治疗费|诊疗费|手术费|费(?:检查|治疗|照光))|(?:就|还|即|再|加)送[^,，。;!?]{0,8}?(?:防晒霜|礼品|套餐|检查|疗程|药膏|药品|礼包|红包|次)|(?:治疗|救助|医疗)?(?:补助|补贴)(?:金|款)?|治疗券|(?:各|可)得\s?(?:\d+|[一二三四五六七八九十两百千]+)\s?元|直降|立省|减免|半价|礼包|价值\s?(?:\d+|[一二三四五六七八九十两百千]+)\s?元|(?:免费|无偿)(?:领|领取|获得|赠)/),
      // Round twelve: treatments given away by the count (即赠送艾灸五次, 加送两次护理).
      // Round sixty-one (batch EC): buy so many of a treatment and get more (买10次光疗送3次, 做5个疗程送1个疗程): the count and the treatment
      // between 买 and 送.
      p(/(?:买|做|充|订|办|购)\s?(?:\d{1,2}|[一二三四五六七八九十两])\s?(?:次|个疗程|疗程|盒|支|瓶|套)[\u4e00-\u9fff\d]{0,6}?(?:送|赠|加送)\s?(?:\d{1,2}|[一二三四五六七八九十两])\s?(?:次|个疗程|疗程|盒|支|瓶|套)?/),
      p(/(?:赠送|即送|加送|另送|再送|免费送|还送)[^,，。;!?]{0,8}?(?:\d+|[一二三四五六七八九十两])\s?(?:次|个疗程|疗程|项|支|盒|份|张)|(?:买|做|充|订|办)[一二三四五六七八九十两\d]{1,2}(?:次|个|盒|支|疗程)?送[一二三四五六七八九十两\d]{1,2}|好礼(?:相送|相赠|送不停|等你)|礼品相送|(?:到院|到店|来院|预约|报名|下单|到场|到会|入场|签到|参会|听课|听讲)(?:即|就)(?:有|送|赠|享)/),
      // Round forty-seven (batch CN): goods handed to whoever attends a talk or a screening (参会者每人送一盒药膏, 听讲座的老人人人领鸡蛋,
      // 到场的居民每人发一袋米); leaflets and forms handed out are no gift.
      p(/(?:每人|人人|每位|参会者?|到场|到会|入场|签到|听课|听讲|参加(?:讲座|活动|义诊|筛查|健康课))[^,，。;!?]{0,6}?(?:送|赠|领|发)[^,，。;!?]{0,6}?(?:药膏|药品|药|礼品|礼物|礼包|鸡蛋|大米|米面油|米|面粉|食用油|油|保温杯|水杯|毛巾|雨伞|按摩仪|按摩器|血压计|保健品|牙膏|洗衣液|脸盆|挂面|纪念品|购物卡|红包|现金)/),
      p(/免费(?:治疗|检查|诊疗|体验|名额|赠送|送|领取|挂号|筛查|复查|诊断|用药|试用|手术|治|检测|照光|咨询)|(?:挂号|检查|诊疗|治疗|照光|首诊|初诊|复查|手术|药费|(?:首次|第一次)?(?:面诊|问诊|看诊|就诊))(?:费)?(?:全部|一律|统统)?免费(?!停车|泊车|WiFi|wifi|WIFI|无线|上网|饮水|开水|充电|寄存|存包|打印|复印|借用|借阅|轮椅)|(?:首诊|初诊)(?:半价|优惠)|(?<![\d.])0元(?:治疗|体验|检查|诊疗|照光|抢|领|拿|做|享|得|约|送)|零元|赠送(?:疗程|治疗|检查|药品|礼品|礼包)|送(?:疗程|一次治疗|药品)|买[一二三四五六七八九十\d]{1,2}送[一二三四五六七八九十\d]{1,2}|多买多送|免单|报销(?:路费|车费|来回|往返|交通费)|(?:费用|费)[^,，。;!?]{0,4}?(?:(?:全部|全额|一律|统统)由(?:医院|本院|我院|我们|院方|本中心|诊所)(?:来)?|由(?:医院|本院|我院|我们|院方|本中心|诊所)(?:来)?(?:全部|全额|一律|统统))(?:承担|买单|负担|支付)|免费接送|(?:包|管)(?:食宿|吃住|住宿)|(?:车费|路费|交通费)(?:全报|报销|全免|补贴)|(?:惠民|让利|福利)(?:活动|价|套餐|月|周)|(?:补贴|援助|救助)(?:名额|基金|金|项目)|公益(?:救助|援助)|抽奖|(?:一|二|三|特)等奖(?=[^,，。;!?]{0,2}?(?:为|是|送|得|赢|可获|奖品|价值|[:：]))|幸运(?:大)?奖|砸金蛋|大转盘|免费(?:护理|洁牙|口腔|理疗|推拿|艾灸|针灸|美容)/),
      // Round one hundred and twelve (batch HZ), in the pattern above: a consultation said to cost nothing, the first or any (首次面诊免费, 看诊免费):
      // the visit given away as 首诊免费 is; 面诊不免费 and 面诊费用按物价标准收取 name no gift.
      // Round sixty-nine (batch ES), in the pattern above: a sign's list of services run together (一楼挂号 免费停车) puts 免费 before an amenity, not after the fee:
      // 挂号 and 免费停车 are two items.
      // Round twenty-one: the companion free (情侣同行，一人免费), a free consultation or fitting handed out (免费面诊券, 免费验光配镜),
      // a gift won or received (获赠…面诊券).
      // Round seventy-six (batch FF): a free pulse-taking or constitution check (免费把脉, 免费号脉, 免费体质辨识) is a free diagnosis like 免费面诊;
      // and a gift priced with no 元 after 送 or 赠 (就送价值680的护理, 赠价值299的检测).
      p(/免费(?:把脉|号脉|诊脉|摸脉|看舌|舌诊|体质辨识|体质检测)|(?:送|赠)(?:您|你|大家)?(?:一[次份张个])?价值\s?(?:\d{2,6}|[一二三四五六七八九十两百千]{1,4})\s?(?:块)?的[^,，。;!?]{0,8}?(?:疗程|护理|检查|检测|治疗|套餐|体验|项目|理疗|针灸|艾灸|美容|水光|光子|清洁)/),
      p(/(?:一人|第二人|第二位|另一人|陪同者?)(?:免费|免单|半价)(?<=(?:同行|同来|结伴|组团|两人|双人|情侣|闺蜜|母女|父子|夫妻)[^。;!?]{0,8}?(?:一人|第二人|第二位|另一人|陪同者?)(?:免费|免单|半价))|免费(?:面诊|问诊|看诊|专家号|号(?!码)|验光|配镜|拍片)|获赠[^,，。;!?]{0,12}?(?:券|卡|疗程|礼包|套餐|名额|治疗|检查|护理)/),
      // Round one hundred (batch HC): the shop's care with its count, then 免费 (艾灸体验一次免费, 推拿首次免费, 拔罐头一回免费): the first session given away;
      // 停车一次免费 and 寄存首次免费 give no care.
      p(/(?:体验|艾灸|推拿|理疗|针灸|按摩|拔罐|刮痧|熏蒸|正骨|足疗|调理)(?:一次|一回|首次|头一次|头一回|第一次)(?:全部|全程)?免费(?!停车|泊车|WiFi|wifi|无线|上网|饮水|开水|充电|寄存)/),
      // Round eighteen: a free trial of the treatment itself (免费试做一次针灸减肥), supplies for the treatment handed out free
      // (前30天免费提供血糖仪和试纸); a wheelchair or a cup of water lent free is a service, not a lure.
      // Round twenty-six: whoever books gets something free (凡预约…的客户均可获得免费麻醉评估), a service thrown in (另赠家庭医生咨询).
      p(/(?:均可|即可|皆可|都可|都能|均能|均)(?:获得|享受|享有|领取|得到|获赠)(?:一次|一份|一张|一项|价值[^,，。;!?]{1,8}?的)?免费|(?:另|加|附|再|还)赠[^,，。;!?]{0,10}?(?:服务|套餐|疗程|检查|治疗|护理|咨询|体验|券|卡|礼)/),
      // Round thirty-one: a free service with what it examines or treats in between (免费眼底检查, 免费骨密度检测, 免费口腔健康评估);
      // a service said to cost nothing (窝沟封闭不要钱, 洁牙不花钱). refine() lets public programmes through.
      // Round one hundred and fifteen (batch IF), in the pattern below: 全都 / 通通 as the degree (冻疮治疗全都不收钱, 拔牙通通不要钱).
      // Round one hundred and twenty-one (batch IR), in the pattern below: the nothing said as not one coin, either way round (过敏原筛查不花一分钱; 检测一分钱都不收;
      // 体检不收您一分钱): the service still named right before it, so 护肤不花钱的小窍门 is read only as before.
      p(/免费[\u4e00-\u9fff]{1,4}?(?:检查|筛查|检测|评估|治疗|理疗|护理|体检|测定|照光|洁牙|封闭|涂氟|矫正|体验|会诊|面诊)|(?:检查|筛查|检测|体检|治疗|理疗|护理|针灸|艾灸|推拿|洁牙|拔牙|补牙|封闭|涂氟|验光|挂号|诊费|手术|疗程|做一次)(?:费)?(?:全部|统统|一律|全都|全部都|通通|都|也)?(?:不要钱|不花钱|不用花钱|不用钱|不收钱|分文不收|分文不取|一分钱(?:都|也)?不(?:要|花|收|用花|用掏)|不(?:花|要|收|用花|用掏)(?:您|你|大家)?一分钱)/),
      // Round thirty-six: a free test by its short verb (免费测骨龄, 免费量血压, 免费查视力); 免费查询 and 免费测试版 are no lure.
      p(/免费(?:测|量|查|验)(?!试|询|证|码|看)[\u4e00-\u9fff]{1,3}/),
      // Round forty-one (batch BX): insurance said to pay it all so the patient pays nothing (医保都能全部报销，个人一分钱都不用出; 整个疗程
      // 基本等于白治), and a free course with its count between (免费接受三次308光疗, 免费享受两次照光); reimbursement at a stated rate is a fact.
      p(/(?:医保|新农合|农合|社保|保险|商保)[^,，。;!?]{0,8}?(?:全部|全额|全都|统统|百分之百|100%)(?:都)?(?:能|可以|可|给)?(?:报销|报掉|报|赔付|覆盖|买单)(?!比例|范围|目录|标准|政策|流程|手续|材料)|(?:个人|自己|自付|患者|您|你)[^,，。;!?]{0,4}?(?:一分钱|一分|分文)(?:都|也)?(?:不用|无需|不需要|不必|不)(?:出|花|掏|付|交)|(?:基本|几乎|等于|相当于)(?:等于|相当于)?白治|免费(?:接受|享受|获得|进行|做)[^,，。;!?]{0,8}?(?:治疗|光疗|照光|理疗|疗程|手术|针灸|艾灸|护理|移植)/),
      // Round ninety-eight (batch GY), in the pattern below: a free trial of the plaster, the moxa or the compress (免费试贴, 免费试灸一次, 免费试敷).
      // Round one hundred and twenty-four (batch IX): the visit paid in goods counted (来就诊送一盒止痛贴; 止痛贴白送一盒; 挂个号白给两贴膏药): 白送 / 白给 with a
      // count, or a visit then 送 with a count of boxes, plasters or sessions; a form handed over (送您一份疼痛日记表) counts no goods and is not read.
      p(/白(?:送|给)(?:您|你|大家)?\s?(?:\d{1,2}|[一两二三四五六七八九十])\s?(?:盒|支|瓶|贴|片|袋|套|罐|次|个疗程|疗程)|(?:就诊|看病|看诊|挂号|挂个号|复诊|问诊|面诊|到院|来院|到店|来店)[^,，。;!?]{0,8}?(?:免费送|加送|就送|送|赠)(?:您|你)?\s?(?:\d{1,2}|[一两二三四五六七八九十])\s?(?:盒|支|瓶|贴|片|袋|套|罐|次|个疗程|疗程)/),
      p(/免费(?:试做|试治|试疗|试扎|试针|试贴|试灸|试敷|试泡|做一次)|免费(?:提供|发放|配送)[^,，。;!?]{0,6}?(?:血糖仪|血压计|试纸|仪器|耗材|疗程|治疗|理疗|针灸|艾灸|护理|体验)/),
      // Round eleven: stored value topped up (充值3000送1500, 满5000送2000), likes or shares paid in treatments (集满30个赞,
      // 转发朋友圈送…), a referral rewarded on both sides (老带新, 双方各送一次), a treatment handed out as a gift (送水光针一次).
      // Round fifty-three (batch DE): 送 inside 推送, 配送, 传送, 输送, 递送 (小程序推送：冬季护理小贴士) is a delivery, not a gift.
      // Round one hundred (batch HC), in the pattern below: a shop's 满 counted in goods, not money (加满一箱油送一瓶水, 矿泉水满两箱送一箱) buys no
      // care; 满500送200 and 满两千送五百 are still read.
      p(/(?:充值|储值|预存|办卡|消费|满)\s?(?:\d{2,6}|\d{1,3}(?:\.\d)?\s?[万千]|[一二三四五六七八九十两百千万]{1,4})(?![一二三四五六七八九十两百千万\d]|\s?(?:箱|桶|升|斤|公斤|件|杯|袋|罐|听))\s?(?:元|块)?[^,，。;!?\d]{0,2}?(?:送|赠|返|抵)\s?(?:\d{2,6}|\d{1,3}(?:\.\d)?\s?[万千]|[一二三四五六七八九十两百千万]{1,4})|集(?:满)?\s?(?:\d{1,3}|[一二三四五六七八九十几]{1,3})?\s?个?赞|转发(?:到)?(?:朋友圈|微信群|群)[^。;!?]{0,10}?(?:送|赠|领|免费|减|折)|老带新|(?:双方|两人|各)(?:各)?(?:可)?(?:送|赠|得|享|获得|获赠|领取)|多(?:介绍|推荐|带)多(?:得|送|赚|返)|(?<![护运接目发赠推配传输递])送(?!检|医|往|到|回|达|货|别|给医生)[^,，。;!?]{0,8}?(?:水光针?|光子|嫩肤|小气泡|果酸|导入|护理|清洁|疗程|体验卡|美白|补水|热玛吉|超声刀)/),
    ],
    negation: 'suppress',
    hedge: false,
    // Round ten: free screening paid for by a public programme (国家基本公共卫生服务项目, 政府民生项目) is a public
    // service, not a clinic's lure, unless the clinic offers it as its own.
    refine: (c) => {
      if (promoDisowned(c)) return false;
      // Round one hundred and fifteen (batch IF): the yearly free health check the public programme gives an age group (六十五岁以上老人每年可免费做一次
      // 健康体检; 0～6岁儿童每年免费健康检查) is a public service in the programme's own words; not when the clinic, a treatment, places or gifts come with it.
      if (/(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?(?:周岁|岁)(?:及|或)?(?:以上|以下)|\d\s?(?:~|～|-|—|至|到)\s?\d{1,2}\s?(?:周岁|岁))(?:的)?(?:老年人|老人|居民|常住居民|儿童|孩子)/.test(c.sentence) && /每年|每一年|一年一次/.test(c.sentence) && /(?:健康)?体检|健康检查|健康管理/.test(c.sentence) && !/本院|我院|我们|本店|名额|限|送|赠|优惠|折|治疗|疗程|理疗|手术/.test(c.sentence)) return false;
      // Round ninety-four (batch GQ): so is one a public body, a school or an employer organises for its people (学校每年组织的免费视力筛查由教育局统一
      // 安排, 单位组织的免费体检, 社区每年开展的免费骨密度检测), unless the clinic offers it as its own.
      if (/公共卫生|民生(?:项目|工程|实事)|政府(?:出资|买单|实施|组织|开展|项目)|财政(?:补助|出资|承担)|免疫规划|计划免疫|惠民工程|适龄(?:妇女|儿童|人群)|(?:教育|卫生|卫健|民政|疾控)(?:局|部门|委员会|委|中心)(?:统一|负责)?(?:组织|安排|实施|开展|出资|买单|承担)|(?:学校|校方|街道|社区|居委会|村委会|单位|工会)(?:每年|每学期|定期|统一)?(?:组织|安排|开展)/.test(c.sentence) && !/本院|我院|本中心|我们/.test(c.sentence)) return false;
      // Round eleven: a fee waived for people the law protects, as the rules of the civil-affairs or medical-assistance
      // office require (为低保户和特困人员减免挂号费，按民政部门的规定执行), is a duty, not a lure.
      if (/低保|特困|五保|残疾人|优抚对象|医疗救助|民政/.test(c.sentence) && /规定|政策|文件|要求|执行|可申请|符合条件/.test(c.sentence) && !/治疗|疗程|套餐|优惠|折|名额|限/.test(c.sentence)) return false;
      // Round forty-one (batch BX): aid run and vetted by a charity, the clinic only treating (本病例为市慈善总会“皮肤病救助项目”的资助对象，救助资格由
      // 慈善总会…审核确定，医院仅负责诊疗), is the charity's programme, not the clinic's lure.
      if (/慈善|红十字|基金会/.test(c.sentence) && /(?:医院|本院|我院|诊所)(?:仅|只)(?:负责|提供)|不参与|审核(?:确定|认定)/.test(c.sentence) && !/名额|优惠|折|送|赠|免费|限时|活动/.test(c.sentence)) return false;
      // Round forty-nine (batch CS): the paperwork of an aid fund (救助基金申请材料：申请表、诊断证明…; 救助基金年度报告：资助96人，资金使用明细
      // 见附表; 基金不承诺任何治疗效果) offers nothing; places, free care, a deadline or a treatment held out is still a lure.
      if (/(?:救助|援助|资助|公益)(?:基金|项目|计划)/.test(c.sentence) && /申请(?:材料|表|条件|须知|流程|对象|指南)|年度报告|年报|资金(?:使用|来源|去向)|明细|审计|评审|审核|公示|声明|章程/.test(c.sentence) && !/名额|优惠|折|送|赠|免费|限时|限额|截止|抓紧|尽快|速|报名|来院|到院|预约|咨询|治愈|痊愈|见效|效果好|疗程|全免|承担全部/.test(c.sentence)) return false;
      // Free advice at a registered public-health day's 义诊 that sells nothing (世界白癜风日义诊，当天免费咨询，不推销任何项目).
      // Round thirty-six: a free check by its short verb at a 义诊 that disclaims treatment (义诊主要内容：免费测血压、血糖，…不涉及任何治疗承诺).
      if (/义诊/.test(c.sentence) && /^免费(?:测|量|查|验)/.test(c.norm.slice(c.start, c.end)) && !/疗程|套餐|优惠|折|名额|限|送|赠/.test(c.sentence) && (!/治疗|手术/.test(c.sentence) || /不涉及|不推销|不销售|不开展|不提供/.test(c.sentence))) return false;
      if (/义诊/.test(c.sentence) && /^免费(?:咨询|筛查|测量?|量血压)$/.test(c.norm.slice(c.start, c.end)) && !/治疗|疗程|套餐|优惠|折|名额|限|送|赠/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [{ text: '挂个号白给两贴膏药', type: 'ad' }, { text: '本周来院复诊，加送一次红光理疗', type: 'ad' }, { text: '本月来院做皮肤镜检查不收您一分钱', type: 'ad' }, { text: '本周来院，过敏原检测一分钱都不收', type: 'ad' }, '六十岁以上的老人来中心，冻疮治疗全都不收钱', '本月来店拔牙、补牙通通不要钱', '65岁以上老人每年可免费体检一次，本月来我院还送两次理疗', '现在预约，第一次问诊免费', { text: '周末专家看诊免费，名额有限', type: 'ad' }, { text: '新店开张，推拿首次免费', type: 'ad' }, { text: '理疗卡充值满两千送五百', type: 'ad' }, { text: '艾灸馆本周开放免费试灸，每人一次', type: 'ad' }, '学校组织的免费视力检查之后，欢迎来我院做免费复查和配镜', { text: '本月到院即享“免费体检”一次', type: 'ad' }, { text: '店员话术：“凡是今天购满两百元，再免费送您一次皮肤水分检测”', type: 'ad' }, { text: '本院“免费检查”活动真实有效，如被收取检查费可向本院投诉', type: 'ad' }, { text: '国医馆开业三天，进店免费号脉，体质辨识一律不收费', type: 'ad' }, { text: '会员日买一送一，仅限日用品和祛痘疗程', type: 'ad' }, { text: '预约成功即送价值399的艾灸体验一次', type: 'ad' }, { text: '皮肤科门诊 复查免费 请带好病历', type: 'ad' }, { text: '套餐价：买5次红蓝光送2次，可转赠家人', type: 'institution' }, { text: '办一个疗程的熏蒸卡送1个疗程', type: 'ad' }, { text: '推送福利：本周到院送一次清洁护理', type: 'ad' }, {"text": "救助基金申请须知：名额有限，符合条件者可免费治疗", "type": "institution"}, { text: '社区健康课通知：参会者每人送一瓶食用油，凭通知单领取', type: 'institution' }, { text: '听讲座的老人人人可领一盒鸡蛋', type: 'institution' }, { text: '签到即送保温杯', type: 'ad' }, { text: '本周六免费专家会诊，欢迎来院', type: 'ad' }, { text: '本院推出免费治疗名额，请勿错过', type: 'institution' }, { text: '只要在我院住院，检查费和药费医保都能全部报销，个人一分钱都不用出', type: 'institution' }, { text: '首个疗程的治疗费用由医院全额承担', type: 'institution' }, { text: '登记的患者可以免费接受三次308光疗', type: 'ad' }, { text: '新农合加上补贴，整个疗程基本等于白治', type: 'ad' }, {"text": "本周末免费测骨密度，带上身份证即可", "type": "ad"}, {"text": "到店免费查视力", "type": "ad"}, { text: '免 费 骨 密 度 检 测，到店就能做', type: 'ad' }, { text: '## 本月福利\n孩子涂氟不要钱，带娃来就行', type: 'institution' }, { text: 'mian fei 体验一次艾灸', type: 'ad' }, { text: '活动期间来院，检查和照光的费用全部由医院承担', type: 'institution' }, { text: '凡在本月办卡的会员均可享受免费体态评估一次', type: 'ad' }, { text: '预约种植牙另赠洁牙护理一次', type: 'ad' }, { text: '七夕情侣同行，一人免费', type: 'ad' }, { text: '充值会员卡满1万元送2千元治疗金，还可获得专家免费号一年', type: 'ad' }, { text: '介绍朋友来做，双方各获得一次免费中医理疗，多介绍多得', type: 'ad' }, { text: '文末福利：点赞前三名可获赠免费面诊券一张', type: 'ad' }, { text: '暑期活动：学生凭学生证即可免费验光', type: 'ad' }, '充值3000送1500', '买三送一，多买多送', '转发朋友圈集满30个赞，送水光针一次', '老客户带新客户，双方各送一次小气泡', '充值一万送五千', '做三次送一次', '到院即有好礼相送', '凡在本院做满三次理疗，即赠送艾灸五次', '0元抢定植发名额', '外地患者报销来回路费', '赶在春节前治疗，再享专家会诊费全免', '即日起白斑检查全部免费，还送防晒霜一支', '本月光疗套餐直降一千元', '前50名免费检查', '0元体验308激光', '治疗满三个月赠送疗程', '申请援助名额，最高补贴5000元', { text: '砸金蛋赢好礼，一等奖价值3000元', type: 'ad' }, { text: '到院参与抽奖，人人有份', type: 'ad' }, { text: '一等奖为全年免费口腔护理', type: 'ad' }, { text: '免费试做一次针灸减肥，见效后再办卡', type: 'ad' }, { text: '参加控糖训练营，前30天免费提供血糖仪和试纸', type: 'ad' }],
      ok: ['就诊后护士会送您一份疼痛日记表，每天记一下', '别为了白送的一盒鸡蛋去听保健品讲座', { text: '检查不花一分钱的广告多半是噱头，要警惕', type: 'kepu' }, '护肤不一定要花大钱，一分钱不花的办法是少洗少搓', '六十五岁以上老人每年可免费做一次健康体检', '0～6岁儿童每年可以免费做健康检查，带上预防接种证', '面诊不免费，挂号费按物价标准收取', '首次面诊请带上以往的病历和用药记录', '商场地下车库停车一次免费两小时', '矿泉水满两箱送一箱', '啤酒满一箱送两听', '超市门口的免费试吃，和看病没有关系', '展会上有人拉你免费试贴膏药，别随便贴，小心被推销', '社区每年组织的免费骨密度检测在三月进行', { text: '单位每年组织的免费体检由工会统一联系体检机构', type: 'institution' }, { text: '消保委提醒：“免费体检”之后推销的高价疗程，签约前要想清楚', type: 'kepu' }, { text: '别被“免费体检”之类的推销话术吸引，检查前先问清收费标准', type: 'kepu' }, '参加了所谓的“免费体检”，结果被推销了上万元的保健品', { text: '“0元体验”后被诱导办卡的，可向当地市场监管部门投诉', type: 'kepu' }, { text: '中医把脉需要安静休息几分钟后再进行，免费停车场在后门', type: 'institution' }, { text: '药房店庆的买二送一仅限生活用品，药品不参与活动', type: 'kepu' }, { text: '同事送我一本价值不菲的中医古籍', type: 'kepu' }, { text: '社区诊所 门诊挂号 免费停车 药房24小时', type: 'institution' }, '光疗一般每周做2到3次，做10次左右复查一次', { text: 'APP推送：春季湿疹护理小贴士', type: 'ad' }, { text: '小程序推送：中药代煎配送护理指南已更新', type: 'ad' }, {"text": "救助基金年度报告：全年资助患者60人，资金使用明细见附表", "type": "institution"}, {"text": "公益救助项目申请材料：申请表、诊断证明和家庭收入证明", "type": "institution"}, { text: '讲座结束后每人发一份皮肤护理宣传手册', type: 'institution' }, { text: '疑难病例由科室组织多学科会诊，费用按标准收取', type: 'institution' }, '近期有人冒充本院客服发送“免费体检”短信，请勿轻信', '医保报销比例因参保地不同而有差异，具体以实际结算为准', { text: '本病例为市慈善总会救助项目的资助对象，救助资格由慈善总会审核确定，医院仅负责诊疗', type: 'case' }, '不要轻信“医保全部报销、个人一分钱不用出”的广告', '光疗属于乙类项目，医保按比例报销，个人需要自付一部分', "义诊现场免费量血压、测血糖，不涉及任何治疗", "考试成绩可以免费查询", '国家基本公共卫生服务项目为65岁以上老人提供免费健康体检，由社区卫生服务中心实施', '治不好不收钱的承诺多是噱头，要警惕', { text: '因设备故障需要重新检查的，重复检查的费用由医院承担', type: 'institution' }, { text: '行动不便的患者均可申请陪诊服务', type: 'institution' }, '无痛胃镜检查前需要禁食8小时', { text: '本院提供陪护床位，一人陪护免费，两人以上需另行登记', type: 'institution' }, { text: '本院一次治疗费用约1000元治疗周期3个月', type: 'institution' }, { text: '门诊预存满1千元可开具预存凭证，未用完部分可随时退还', type: 'institution' }, '很多药店搞“买二送一”，但药品不是越多越划算', '小心“免费体检”陷阱：一些机构以免费检查为名吸引顾客', { text: '我院不设任何形式的介绍费、返利或抽奖', type: 'institution' }, { text: '本院今年获赠一台由慈善基金会捐助的救护车', type: 'institution' }, { text: '符合条件的低保户、特困人员可申请减免部分住院费用，详情请咨询医务社工部', type: 'institution' }, '医生会把标本送检一次，以明确诊断', '检查结果会寄送两份，一份给患者，一份存档', '本院为低保户和特困人员提供挂号费减免，按民政部门的规定执行', '世界白癜风日当天本院举办义诊，提供免费咨询，不推销任何项目', '部分地区的新生儿疾病筛查纳入公共卫生项目，实行免费筛查', '部分检查项目可以按规定使用医保报销', '费用以医院收费公示为准', '一等奖学金获得者小王，大学期间参加了多次义诊', { text: '本院提供免费轮椅借用和陪诊引导服务', type: 'institution' }, '候诊区免费提供饮用水和充电设施', '省科技进步一等奖授予了这项研究'],
    },
  },
  {
    id: 'inducement-discount',
    category: 'inducement',
    title: '限时优惠、特价、原价现价',
    basis: BASIS.inducement,
    message: '特价、折扣、“原价……现价……”和团购等促销用语诱导就医；虚构原价还构成价格欺诈。',
    suggestion: '删去促销内容。价格以医院收费公示为准，确需说明时写明项目名称和标准收费。',
    levels: levels('EWEW'),
    patterns: [
      // Round thirty-three: money off for bringing a friend (老带新，两人各减500元; 推荐朋友来做，返现300元).
      p(/(?:老带新|带新|介绍|推荐|邀请)[^。;!?]{0,16}?(?:各|每人|双方|两人|都)(?:可)?(?:减|立减|省|返|返现|优惠)\s?(?:\d+|[一二三四五六七八九十两百千]+)\s?(?:元|块|百|千)/),
      p(/限时(?:优惠|特价|折扣|免费|减免|特惠)|特价|特惠|(?<!打)折扣|打折(?!扣)|打(?:了|个)(?:对折|[一二三四五六七八九]五?折)|(?<![\d.])\d(?:\.\d)?折(?![射叠线磨返腾])|[一二三四五六七八九]折(?=优惠|特惠|起|$|[,，。!])|立减|满减|团购|秒杀|砍价|优惠(?:券|价|活动|套餐)|原价[^,，。]{0,8}现价|现价|市场价|专家价|会员价|体验价|活动价|折后价|团购价|拼团价?|秒杀价|到手价|福利价|限时价|新客价|首单价|尝鲜价|优惠价|抢购价|(?:原价|门市价|划线价)\s?\||低至\s?\d|(?:仅需|只需|只要)\s?\d+(?:\.\d+)?\s?元|(?:仅需|只需|只要|仅)\s?[一二三四五六七八九十两百千]{1,4}\s?块(?:[一二三四五六七八九]|钱(?!的)|(?=[,，。!！~～]|$))|(?<![\d.])\d+(?:\.\d+)?\s?元(?:起(?!送|付|步)|抢|体验|尝鲜|秒杀|购)|早鸟价?|无门槛|(?:优惠|代金|抵用|体验|现金|礼|体检|洁牙|护理|项目|元)券(?<=(?:领取?|送|赠|发放?)[^,，。;!?]{0,8}?(?:优惠|代金|抵用|体验|现金|礼|体检|洁牙|护理|项目|元)券)|不限(?<=(?:卡|会员|套餐|元|\d)[^。;!?]{0,8}?不限)次数?|无限次|随便做|畅(?:做|享)|红包|返现|代金券|抵用券|抵扣券|(?:0|零)(?:利息|首付)|免息(?:分期)?|分期免息|加\s?(?:\d+|[一二三四五六七八九十两几])\s?(?:元|块)(?:钱)?(?:即可|就能|就可以|就|可|便可)?(?:升级|换购|加购|多做|再做|尊享)|(?:(?<!\d)\d+|[一二三四五六七八九十两])\s?元(?:换购|加购)|(?:消费|充值|下单|购买|到店|做完)(?:即|就|后|即可|还)返(?![回院校乡程])|减免\s?(?:\d+|[一二三四五六七八九十两百千]+)\s?元/),
      // Round twenty-one: cash handed back for a treatment (凭发票可领取1000元现金返还, 现金奖励).
      // Round forty-one (batch BX): half price said as 打对折 after a fee or a course (首个疗程的费用我们给您打对折), and credit or vouchers
      // handed out for treatment (双方各得200元治疗抵用金, 送100元代金券).
      // Round forty-one: a discount said as how the fee is charged (光疗费用一律按五折收取), and a price ending in 9 after 只要 or 低至 (只要9块9, 低至19.9元).
      p(/按\s?(?:[一二三四五六七八九]|\d(?:\.\d)?)\s?折(?:收取|收费|计费|结算|优惠)|(?:只要|只需|仅需|仅要|仅售|低至|只收)\s?\d{1,3}(?:\.9|块9|元9)/),
      p(/打(?:了|个)?对折(?<=(?:费|价|钱|款|疗程|检查|治疗|项目|手术)[^,，。;!?]{0,10}?打(?:了|个)?对折)|(?:治疗|诊疗|消费|医疗|就诊)?(?:抵用金|抵用券|代金券|抵扣券|抵扣金)/),
      // Round one hundred and twenty-one (batch IR): the old price with its figure, then what is paid now after a comma (原价2980，本月只要1680; 原价1200块，
      // 今天下单才680): the markdown in two clauses, where 原价…现价 asks for both in one; 原价多少以收费公示为准 gives no figure and is not read.
      p(/原价\s?\d{2,6}(?:\.\d{1,2})?\s?(?:元|块)?[,，、]?[^。;!?\d]{0,8}?(?:只要|只需|仅需|仅要|仅售|只收|才|现在|现|如今|到手|活动价|特惠价)\s?\d{2,6}/),
      p(/现金(?:返还|返现|奖励|回馈|补贴)|(?:消费|充值|储值|满)[^。;!?]{0,12}?抵扣\s?(?:\d{2,6}|\d{1,3}\s?[万千])\s?元/),
    ],
    negation: 'suppress',
    hedge: false,
    // Round thirteen: a consumer warned about a promotion (限时优惠的医美项目，消费者更应该核实机构资质) is offered nothing.
    refine: (c) => {
      if (promoDisowned(c)) return false;
      // Round ninety-eight (batch GY): a group buy or a flash sale already over (上次团购的腰靠, 之前秒杀的那批) is a past purchase, not an offer.
      if (/^(?:团购|拼团|秒杀)$/.test(c.norm.slice(c.start, c.end)) && /(?:上次|上回|之前|此前|前几天|上个?月|上周|去年|已经)(?:的)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.start)) && /^(?:的|过|了)/.test(c.norm.slice(c.end, c.end + 1))) return false;
      // Round one hundred and nine (batch HT): the group-buy voucher, page or order named as the channel a buyer used (团购券九十天内有效, 在团购页面下单,
      // 团购订单可随时退) is how the sale is made on a review app, not an offer; a price or a discount beside it is found by its own words.
      if (/^团购$/.test(c.norm.slice(c.start, c.end)) && /^(?:券|劵|页面|页|订单|码|链接|入口|平台)/.test(c.norm.slice(c.end, c.end + 2))) return false;
      // Round seventy-three (batch EZ): a red envelope for the clinic's own staff (年终员工红包已发到工资卡, 工会给职工发红包) is pay, not an offer to patients.
      if (/^红包$/.test(c.norm.slice(c.start, c.end)) && /员工|职工|工会|工资|奖金|全院(?:医护|医生|护士)|本院(?:医护|医生|护士)/.test(c.sentence) && !/患者|顾客|客户|病人|到院|来院|就诊|治疗|疗程|项目|抵扣|抵用|优惠|套餐|检查|领取/.test(c.sentence)) return false;
      if (/消费者|核实|警惕|谨防|当心|不要因为|别因为|陷阱|套路|三思|理性看待|被[^。;!?]{0,12}?吸引|仓促|冲动消费|夸大宣传|(?:关注|看重|核实)[^,，。;!?]{0,4}?资质/.test(c.sentence) && !/本院|我院|我们|本中心|本店/.test(c.sentence)) return false;
      // Round eighteen: a sum waived as the assistance rules require (低保患者的住院费用减免500元以上的部分按规定执行), as in inducement-free.
      if (/^减免/.test(c.norm.slice(c.start, c.end)) && /低保|特困|五保|残疾人|优抚对象|医疗救助|民政/.test(c.sentence) && /规定|政策|文件|要求|执行|可申请|符合条件/.test(c.sentence) && !/疗程|套餐|优惠|折|名额|限|介绍|新客|老客|活动/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      // Round eighty-nine (batch GG): a delivery minimum or an insurance deductible (满30元起送, 门诊费用800元起付) is a fee rule, not a price from 20元起.
      bad: [{ text: '这个套餐原价1200块，今天下单才680', type: 'ad' }, { text: '上次团购没赶上的，这周团购价再开一轮', type: 'ad' }, { text: '团购券下单立减80元，周末也能用', type: 'ad' }, { text: '洗牙体验99元起，名额有限', type: 'ad' }, { text: '员工家属到院洁牙，可领取100元红包抵扣', type: 'institution' }, { text: '本月预约的，首个疗程的费用给您打对折', type: 'ad' }, { text: '暑期持学生证就诊，光疗费用一律按五折收取', type: 'institution' }, { text: '直播间下单的前五十位，检测套餐只要9块9', type: 'ad' }, { text: '推荐亲友来院治疗，每介绍一人送200元治疗抵用金', type: 'ad' },  "🎁 老带新福利：介绍一位朋友来做牙齿矫正，你们两人各减500元！", "推荐好友来院，双方各返现200元",{ text: '周年庆期间来院，光疗费用统统打个八折', type: 'ad' }, { text: '周末特惠，美白只要九块九', type: 'ad' }, { text: '全年消费满5000元，明年可抵扣1000元治疗费', type: 'ad' }, { text: '完成全部疗程后凭发票可领取1000元现金返还', type: 'ad' }, { text: '医保不报销的项目我们给您打七折', type: 'institution' }, '限时特惠，308照光立减200元', '原价3800元，现价1980元', '团购价仅需99元', '会员享受八折优惠', '分期0利息，0首付就能做', '| 套餐 | 原价 | 活动价 |\n| 水光针三次 | 3600元 | 1299元 |', '| 项目 | 原价 | 限时价 |', '新客价199元', '新客首次到店享1元体验', '注册会员即可领取200元无门槛券', '年卡1999，不限次数', '早鸟价截至月底', { text: '加 99 元就能升级为进口材料', type: 'ad' }, { text: '30元换购一次小气泡清洁', type: 'ad' }, { text: '介绍一位朋友来做正畸，双方各减免2000元治疗费', type: 'ad' }, { text: '老顾客回馈：消费即返50%现金券', type: 'ad' }],
      ok: [{ text: '这支药膏原价25元，医保报销后自付一部分', type: 'kepu' }, { text: '原价多少以医院收费公示为准，本院不标划线价', type: 'institution' }, { text: '上次团购的护膝有质量问题的，请联系群主换货', type: 'institution' }, { text: '团购订单未核销前可在App内申请退款，核销后请联系门店', type: 'institution' }, '在团购页面填写到店日期后，店员会电话确认', { text: '患者称受“会员特价”宣传吸引办卡，现要求退费', type: 'case' }, { text: '药房小程序：满30元起送，雨天配送可能延迟', type: 'institution' }, { text: '工会的年终红包已随十二月工资一并到账', type: 'institution' }, '有不法分子冒充医院发“红包返现”链接，请勿点击', { text: '本院医务人员不收受患者的锦旗、红包和礼品', type: 'institution' }, { text: '医护人员婉拒了患者家属塞来的红包', type: 'institution' }, '先把纱布打对折，再轻轻盖在伤口上', '医保按九折结算的说法并不准确，报销比例以参保地政策为准', '这类药膏在药店只要二三十元，不必迷信贵的', { text: '本院不发放任何代金券或抵用券', type: 'institution' }, "团购的体检套餐不一定划算，选择时先看机构资质", {"text": "本院不存在任何返现活动", "type": "institution"},  "介绍朋友来看牙的，记得提醒他带上医保卡", "两人各减少一次复诊，可以合并到同一天",{ text: '本院收费不打折、不返现，以物价部门公示为准', type: 'institution' }, '不少人被“限时特价”吸引，却忽略了机构资质', '医务人员不得以任何形式向患者介绍折扣、返现活动', { text: '医保个人账户可抵扣部分门诊费用，具体以结算为准', type: 'institution' }, '凭发票可以在医保窗口办理报销，现金支付的部分会打印在清单上', { text: '本院从不搞特价和团购，价格以收费公示为准', type: 'institution' }, '治疗是否打折不应成为选择医院的主要理由', '每天仅需涂抹一次', '费用因项目和疗程而异，以医院收费公示为准', '光线的折射会影响观察', '挂号时请领取就诊券，按号就诊', '每种药物每次不限次数服用是危险的', '遇到限时特价的整形项目，消费者一定要三思', { text: '低保患者的住院费用按规定减免500元，需提交民政部门证明', type: 'institution' }, '小米粥加一点南瓜，适合胃不好的人', '复查做完后返回病房休息', '就诊结束后返院复查请提前预约'],
    },
  },
  {
    id: 'urgency',
    category: 'inducement',
    title: '名额有限、限时、倒计时',
    basis: BASIS.inducement,
    message: '“名额有限”“仅限今天”“最后3天”用时间和名额制造紧迫感，诱导患者仓促做出就医决定。',
    suggestion: '删去。就医时间由患者和医生根据病情决定；预约规则写在预约页面上即可。',
    levels: levels('EWEW'),
    patterns: [
      p(/名额有限|(?:仅剩|只剩)(?:最后)?\s?(?:\d+|[一二三四五六七八九十两])\s?(?:个(?!月|小时|星期|礼拜|周|多月|半月)|名|位|天)|最后\s?\d+\s?个名额|(?:仅|只)?限(?:今天|今日|当天|当日|本周|本月|\d+\s?个?(?:名额|名|位|天|人))|前\s?\d+\s?名|前[一二三四五六七八九十百]+名|最后\s?(?:\d+|[一二三四五六七八九十两])\s?(?:天|个?小时)(?=[^。]{0,12}(?:优惠|活动|报名|名额|截止|特价|机会|通道|关闭|下架|恢复原价))|倒计时|抢购|热销|火爆(?:预约|报名|进行)|先到先得|错过(?:就要|就得|又要)?(?:再等一年|不再有|今天)|错过(?:这次|这波|本次|此次|今天的?|这个)(?:活动|优惠|机会|福利|特价)[^。;!?]{0,6}?(?:再等|就没|不再)|机会难得|过时不候|即将(?:截止|结束|涨价)|速来|赶快(?:预约|报名|来)|马上(?:报名|抢)|立即抢|手慢无|限量(?:供应|发售|抢购|名额|\d)|今日(?:特惠|特价|截止)|(?:本周|本月|当天|今天)截止|(?:今晚|今夜|今天|今日|明天|明晚|本周|周末|月底|本月底)[^,，。;!?]{0,6}?(?:截止|结束报名|停止报名|下架|恢复原价)|最后一(?:次|批|波|轮|期)(?=[^。]{0,8}(?:名额|优惠|特价|活动|机会|福利|折扣))|(?:抢|售|卖|送|领|报|约)(?:完|满)(?:即止|为止)|额满即止|仅(?:开放|提供|放出|设)\s?(?:\d+|[一二三四五六七八九十两百]+)\s?个?(?:名额|席位|体验名额)|(?:这个|此|该)?(?:价格?|优惠|折扣|福利)[^,，。;!?]{0,4}?(?:只有|仅限|仅此|就)(?:今天|今日|当天|本周|这周|这几天)|再(?:犹豫|等|观望)(?:下去)?(?:就|可就)?(?:没了|没有了|抢不到|来不及|晚了)|锁定(?:旧价|原价|优惠价?|活动价|价格|名额)|(?:暑假|寒假|假期|国庆|春节|五一|十一|中秋|元旦|女神节|三八|七夕|双十一|双十二|开学季|毕业季|周年庆|店庆)(?:期间)?(?:限定|限时|专享|特供)|限定(?:名额|价|套餐|优惠)|(?:活动|优惠|特价|特惠|名额|折扣)[^,，。;!?]{0,4}?(?:截止|截至|到期|结束)(?:到|于|至)?(?:今天|今晚|明天|本周|周[一二三四五六日天]|本月|月底|\d{1,2}\s?[月号日])/),
      // Round ninety-four (batch GQ): the places left counted as a few (名额只剩最后几个, 仅剩寥寥几位); 只剩几片药 counts no places.
      p(/(?:仅剩|只剩|还剩)(?:最后)?(?:几|寥寥几|没几)\s?(?:个(?!月|小时|星期|礼拜|周|多月|半月)|名|位|席)/),
      // Round ninety-eight (batch GY): the last few of the goods counted by their measure, then selling out or hurrying (最后二十副，卖完今年就没有了; 只剩十盒，
      // 抢完就断货): scarcity of the remedy itself; 药房只剩两盒了，医生会给您换同类药 hurries no one.
      p(/(?:仅剩|只剩|还剩|最后)\s?(?:\d{1,3}|[一二三四五六七八九十两几]{1,3})\s?(?:副|盒|瓶|罐|份|套|贴|包|支|箱|袋|剂)(?=[^。;!?]{0,14}?(?:卖完|售完|抢完|没有了|没了|手慢无|抓紧|赶紧|要的?快|先到先得|下架|断货|就没|不再有))/),
      // Round ninety-four (batch GQ): a time limit with its span (限时三天, 限时48小时); 限时服用 is a dosing time.
      p(/限时\s?(?:\d+|[一二三四五六七八九十两])\s?(?:天|日|个?小时)/),
      // Round ninety-four (batch GQ): missing this year's or this holiday's offer meaning a year's wait (错过今年就要再等一年, 错过这个暑假就得等明年).
      p(/错过(?:今年|本年|这次|本次|此次|这一?(?:期|批|轮|波|季)|这个(?:暑假|寒假|假期|季度|月)|本(?:期|季|月))(?:的?(?:机会|活动|优惠|名额))?[,，]?\s?(?:就|又|还)?(?:要|得)?再?等(?:到)?(?:一年|明年|[一两二三\d]年|年后|下一年|下个?(?:暑假|寒假|假期))/),
      // Round thirty-six: countdowns in hours or from the end (活动最后48小时, 倒数3天, 距离活动结束还有2天), places counted in seats
      // (仅剩2席), grab-it-or-lose-it (再不抢就没了), and missing it meaning a year's wait in other words (错过就要等一年, 错过等明年).
      p(/(?:活动|优惠|特价|特惠|秒杀|福利|报名|团购|折扣)[^,，。;!?]{0,4}?(?:最后|倒数第?)\s?(?:\d+|[一二三四五六七八九十两])\s?(?:个)?(?:小时|钟头|天)|最后\s?(?:\d+|[一二三四五六七八九十两])\s?(?:个)?(?:小时|钟头)(?=[^。]{0,8}(?:优惠|活动|报名|名额|截止|特价|机会|错过|抢|秒杀|福利))|倒数\s?(?:\d+|[一二三四五六七八九十两])\s?(?:天|小时)(?![的里内])|距(?:离)?(?:活动|优惠|特价|报名|秒杀|团购)(?:结束|截止)(?:还有|仅剩|只剩|仅有)|(?:仅|只)剩(?:最后)?\s?(?:\d+|[一二三四五六七八九十两])\s?(?:席|个?席位|个?床位|张床|个?档期|台|组)|再不(?:抢|约|报名|下单|预约|买|订)(?:就|可就)?(?:没了|没有了|抢不到|约不到|来不及|晚了)|错过(?:就|了)?(?:要|得)?再?等(?:到)?(?:一年|明年|[一两二三\d]年|年后)/),
      // Hurrying the reader to the clinic: 不要犹豫，马上来院; 别再等了.
      // Round fourteen: places said to be short, and whoever wants one told to hurry (名额紧张…想约的抓紧了).
      // Round seventy-six (batch FF): only the first so many taken (每天只限前20位, 仅限前10个), and the few left counted with 还剩 (今天还剩3个号,
      // 还剩两个名额) next to a hurry or a limit; 前20位患者的数据 and 还剩3个月 are not.
      p(/(?:仅|只|每天只|每日只|每天仅|每日仅)限前\s?(?:\d+|[一二三四五六七八九十百]+)\s?(?:位|个|名|人)|还剩(?:最后)?\s?(?:\d+|[一二三四五六七八九十两])\s?(?:个号|个名额|名额|个位置|个空位)/),
      // Round one hundred and six (batch HN): the places said to be running out in other words (名额所剩不多, 名额已经剩得不多, 名额快满了).
      p(/名额(?:已经|已|都)?(?:紧张|告急|不多了?|所剩无几|紧俏|所剩不多|剩得不多|剩下不多|快(?:要)?(?:满|没)了?|即将(?:约|报)?满)|(?:想|要)(?:约|做|来|报名|预约|抢)的?[^,，。;!?]{0,4}?(?:抓紧|赶紧|赶快|要快|速度)/),
      // Round one hundred and three (batch HH): the readers who have not booked yet hurried (还没约的赶紧约, 还没报名的姐妹抓紧): 还没做检查的请到三楼 is a
      // clinic's direction, and the verb must end at 的.
      p(/还没(?:有)?(?:约|做|来|报名|预约|抢|下单|买|订|囤)(?:上|到)?的[^,，。;!?]{0,4}?(?:抓紧|赶紧|赶快|要快|速度|快来|别等)/),
      p(/(?:不要|别|别再|不要再|还在)犹豫|(?:不要|别)再等了?|(?:马上|立即|立刻|赶紧|赶快|即刻)(?:来院|到院|来我院|来本院|来医院|行动起来|来就诊|过来)/),
      // Round ten: the price ends with the period (过了这周就没有这个价了, 下周恢复原价); buy while the offer lasts (趁着活动赶紧来).
      // Round one hundred and eight (batch HR): the price named before its end (明天这个价就没有了, 下周这个优惠可就没了): the same deadline in the
      // spoken order; 明天这个价就没有变化 ends nothing (了 is asked for).
      p(/(?:明天|明日|明早|后天|下周|下个?月|过两天|过几天|活动结束后?|过后)(?:这个|这一?|此)(?:价格?|优惠|折扣|福利|活动价|特价)(?:就|可就|也就|便)?没有?了/),
      p(/过了(?:这|今|本|活动|优惠)[^,，。;!?]{0,4}?(?:就|便)?(?:没有?|不是|恢复|涨)[^,，。;!?]{0,4}?(?:这个价|这价|这个优惠|优惠|原价|折扣)|(?:明天|明日|下周|下个?月|活动结束后?|过后)(?:就|将|即)?(?:恢复原价|涨价|调价|没有?这个价)|趁(?:着)?(?:活动|优惠|特价|打折|福利|折扣)[^,，。;!?]{0,6}?(?:赶紧|赶快|抓紧|快|尽快)/),
      // Round sixty-one (batch EC): the offer said to last only until a near time (这个优惠只到今晚12点, 活动仅到本周日), or the old price back
      // once it is past (过了就恢复原价).
      p(/(?:优惠|活动|特价|特惠|折扣|福利|这个价|此价|价格)[^,，。;!?]{0,4}?(?:只|仅)(?:到|限|剩|有|持续到|截至)(?:今晚|今夜|今天|今日|明天|明晚|本周|这周|周末|本周[日末]|月底|本月底?|这个月)|过了(?:就|便)(?:恢复原价|涨价|调价|没有?(?:这个价|优惠|折扣))/),
      // Round twelve: a price rise announced to hurry the reader (价格下周一起上调，现在付定金可锁定旧价); refine() asks for the hurry.
      p(/(?:价格|收费|价)[^,，。;!?]{0,6}?(?:明天|下周|下个?月|月底|\d{1,2}\s?[月号日])[^,，。;!?]{0,4}?(?:上调|上涨|涨价|调价)|(?:明天|下周|下个?月|月底)[^,，。;!?]{0,4}?(?:上调|上涨|涨价)/),
      // Round sixty-seven (batch EO): the last day shouted as a banner (最后一天！, 最后1天!!), and tonight's hour as the deadline for paying or
      // ordering (今夜24点之前下单, 今晚12点前付定金); a course's last day (疗程最后一天要注意防晒) is not shouted, a fasting hour (今晚10点前禁食)
      // sells nothing, and tonight's hour for booking (请于今晚8点前预约明日门诊) is left to logistics.
      p(/最后\s?(?:一|1)\s?天\s?[!！]|(?:今晚|今夜)\s?\d{1,2}\s?(?:[:：]\d{2}|[点时](?:整|半)?)\s?(?:前|之前|以前)[^,，。;!?]{0,4}?(?:下单|付款|付定金|交定金|抢|锁定)/),
      // Round forty-seven (batch CN): the hurry in English (Only today, today only, limited time, last chance, while places last).
      p(/(?<![a-z])(?:only today|today only|limited[\s-]time(?: offer)?|last chance|while (?:places|spots|seats|stocks|supplies) last|limited (?:places|spots|seats))(?![a-z])/),
    ],
    negation: 'suppress',
    hedge: false,
    // Hurrying the reader to an emergency call (不要犹豫，马上打120) is first aid, not a sales push (round eight).
    refine: (c) => {
      if (/(?<!\d)(?:120|110|119)(?!\d)|急救电话|急救中心/.test(c.sentence)) return false;
      // Round seventy-six (batch FF): a bare countdown to a date that sells nothing (倒计时：距离世界卫生日还有3天, 高考倒计时) is a calendar,
      // unless the paragraph offers or hurries something.
      if (/^倒计时$/.test(c.norm.slice(c.start, c.end)) && !c.paragraphHas(/优惠|特价|特惠|活动|抢|折|(?<![推配传输递运发接护目])送|赠|免费|0元|价|名额|报名|预约|下单|疗程|套餐|截止|错过|赶紧|抓紧|赶快|速/)) return false;
      // Round fourteen: a doctor's appointments said to be scarce, with the way to book (专家号名额紧张，建议提前预约), is logistics.
      // Round thirty-six: so are appointments given out until the day's are gone (专家门诊每日限号30个，约满即止).
      // Round one hundred and seven (batch HP): or sold out for the day (当日号源售完即止, 专家号放完即止), the registration's own words.
      if (/^(?:约|挂|售|放)(?:满|完)/.test(c.norm.slice(c.start, c.end)) && /限号|号源|专家号|挂号|门诊|预约/.test(c.sentence) && !c.paragraphHas(/优惠|特价|特惠|活动|抢|折|送|免费|0元|价|赶紧|抓紧|赶快|名额/)) return false;
      // Round thirty-seven (batch BN): an internal training open to the clinic's own staff (欢迎各科室护士报名参加，名额有限) sells nothing.
      if (/^(?:名额|仅|还剩|每天|每日|只)/.test(c.norm.slice(c.start, c.end)) && /号源|专家号|挂号|门诊量|床位|预约平台|学术会议|培训班|进修|学员|各科室|全院(?:职工|员工|护士|医生)|本院(?:职工|员工)|(?:护士|职工|员工|医生)报名/.test(c.sentence) && !c.paragraphHas(/优惠|特价|特惠|活动|抢|折|送|免费|0元|价|赶紧|抓紧|赶快/)) return false;
      // A date on which registration closes is logistics unless something is on offer (名额, 优惠, 特价…).
      if (/(?:截止|结束报名|停止报名|下架)$/.test(c.norm.slice(c.start, c.end)) && /^(?:今晚|今夜|明天|明晚|周末|月底|本月底)/.test(c.norm.slice(c.start, c.end)) && !c.paragraphHas(/名额|优惠|特价|特惠|活动|抢|折|送|免费|0元|价/)) return false;
      // Round thirty-six: or do it within this month (这个月做完，下个月就涨价了).
      if (/(?:上调|上涨|涨价|调价)$/.test(c.norm.slice(c.start, c.end)) && !/现在|趁|抓紧|赶紧|赶快|尽快|锁定|定金|订金|抢|早(?:买|订|约)|之前(?:预约|下单|购买)|(?:这个?月|本月|这周|本周|今天|今年)(?:内)?(?:做|来|约|预约|下单|定|订|完成|办)/.test(c.sentence)) return false;
      // 还在犹豫要不要做光疗，其实可以先和医生聊一聊: the hesitation is met with a conversation, not a deadline.
      if (/犹豫/.test(c.norm.slice(c.start, c.end)) && /可以先|不妨|建议先|先和医生|先咨询|先问问/.test(c.sentence) && !/马上|立即|立刻|赶紧|赶快|来院|到院|预约|名额/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      // Round eighty-nine (batch GG): the last hours before an offer or a booking channel closes (最后12小时，报名通道关闭) count like its last days.
      bad: [{ text: '周年庆的套餐您考虑一下，下周这个优惠可就没了', type: 'ad' }, { text: '祛痘体验特价名额售完即止，抓紧抢', type: 'ad' }, { text: '暑期矫正名额已经剩得不多，想做的家长抓紧', type: 'ad' }, '冬病夏治的贴敷名额快满了', "还没约的姐妹赶紧约，过完节就排不上了", "还没报名的抓紧，名额不多", { text: '这批艾条只剩最后十盒，抢完就断货', type: 'ad' }, { text: '寒假近视防控营名额仅剩寥寥几个', type: 'ad' }, { text: '种植牙体验价限时5天', type: 'ad' }, '错过这个暑假，就得再等一年才有这个价', { text: '限时抢购“最后三个名额”，手慢无', type: 'ad' }, { text: '最后12小时！洁牙体验报名通道今晚关闭', type: 'ad' }, { text: '种牙体验每天仅限前10个，先约先做', type: 'ad' }, { text: '美白季倒计时开启，体验名额陆续放出', type: 'ad' }, { text: '本周的美白体验还剩两个名额，要的私聊', type: 'institution' }, { text: '回访话术：“王先生，本月回来复查可以享受八折优惠，过了月底就恢复原价。”', type: 'institution' }, { text: '最后1天！种植牙体验名额还有', type: 'ad' }, { text: '今夜24点之前付定金，矫正套餐按老价格算', type: 'ad' }, { text: '这个价格只到本周日，过了就恢复原价', type: 'ad' }, { text: '客服：活动仅限今天，您先把定金交了吧', type: 'institution' }, { text: '洁牙体验价 only today！', type: 'ad' }, { text: 'limited time：光疗套餐名单即将关闭', type: 'ad' }, { text: '活动最后48小时，错过等明年', type: 'ad' }, { text: '🔥仅剩2席🔥', type: 'ad' }, { text: '倒数3天！', type: 'ad' }, { text: '再不抢就没了', type: 'ad' }, { text: '距离活动结束还有2天', type: 'ad' }, { text: '这个月做完，下个月就涨价了', type: 'ad' }, { text: '暑假是矫正的黄金期，错过就要等一年', type: 'ad' }, { text: '专家号名额有限，约满即止，想约的抓紧', type: 'ad' }, { text: '此次仅开放20个名额，报完即止', type: 'ad' }, { text: '错过这次活动，就要再等一年！', type: 'ad' }, { text: '名额紧张，每天只接诊五位患者，想约的抓紧了', type: 'ad' }, '趁着活动赶紧来，过了这周就没有这个价了', '下周恢复原价', '看到这篇文章的患者，请不要犹豫，马上来院', '名额有限，先到先得', '活动最后3天，错过再等一年', '仅限前20名', '1299元（限今日）', '优惠即将截止，速来预约', '三月是白斑的高发季，错过就要再等一年！', '0元抢名额！今晚12点截止', '本月最后一批特价名额，再犹豫就没了', '价格下周一起上调，现在付定金可锁定旧价', '活动截止到本周日', '名额抢完即止', '今年最后一次优惠', '这个价格只有今天', { text: '国庆期间限定：洁牙套餐只要68元', type: 'ad' }, { text: '暑假专享，矫正名额有限', type: 'ad' }],
      ok: ['医保目录下月调整，明天这个价就没有变化，下月起按新价结算', '周二专家号每天放号40个，售完即止，可改约其他医生', '药房里这种药膏所剩不多，医生会开同类药', '献血车今天的采血人数快满了，可以改天再来', "还没做检查的患者请到三楼窗口", "还没吃早饭的请先别抽血", '药房只剩两盒了，医生会给您换同类药', '最后两剂中药服完后，记得回来复诊', '退烧药只剩几片时记得及时补充，别等孩子发烧才去买', '错过今年的体检也没关系，明年按时参加即可', '限时服用的药物要按医嘱的时间吃', { text: '消费警示：直播间里喊的“最后三个名额”“倒计时十分钟”，下播后照样能买到', type: 'kepu' }, { text: '术前最后6小时禁食禁水，具体时间请听护士通知', type: 'kepu' }, { text: '研究纳入的前20位患者中，有3位出现轻度皮疹', type: 'kepu' }, { text: '离预产期还剩3个月，记得按时产检', type: 'kepu' }, { text: '今日专家号源还剩5个号，可在公众号预约', type: 'institution' }, { text: '高考倒计时30天，考生要保证睡眠，别熬夜刷题', type: 'kepu' }, { text: '小心这种话术：“今天交定金，名额有限。”', type: 'kepu' }, { text: '请于今晚8点前在公众号预约明日上午的门诊号', type: 'institution' }, '术前须知：今晚10点前禁食，明早空腹到病房报到', '服药的最后一天，如果症状没有缓解，请来复诊', '门诊时间：周一至周五全天，周六只到中午12点', '本院收费按物价标准执行，不设限时活动', { text: '请按 limited 英文说明书的剂量使用', type: 'kepu' }, "院内培训通知：本周五下午进行急救技能培训，欢迎各科室护士报名参加，名额有限", '术后最后24小时内请勿沾水', '倒数第3天的复查结果显示指标正常', '如果错过了本次复诊，请联系护士重新预约', '孕妇仅剩2个月就要分娩，应提前准备待产包', { text: '### 预约须知\n专家门诊每日限号30个，约满即止，当日未约上的可选择普通门诊', type: 'institution' }, { text: '本期护理进修班仅开放30个名额，面向本市在职护士', type: 'institution' }, '错过这次复诊也没关系，可以再约下周的号', { text: '因专家号名额紧张，建议提前一周通过官方平台预约', type: 'institution' }, '最后三天的疗程要注意防晒', '每天限号50个，挂满为止', '最后一次治疗后两周复诊', '如果夜里孩子突然呼吸急促、嘴唇发紫，不要犹豫，马上打120', '很多人还在犹豫要不要做光疗，其实可以先和医生聊一聊', '根据物价部门通知，部分检查的收费将于下月起上调，详见公示', '医保年度结算申请于本月底截止，请留意', { text: '暑假期间门诊时间调整为上午8点至下午5点', type: 'institution' }],
    },
  },
  {
    id: 'fear-appeal',
    category: 'fear',
    title: '恐吓：扩散全身、癌变、终身遗憾',
    basis: BASIS.fear,
    message: '用“扩散全身”“会癌变”“终身遗憾”之类的后果吓唬读者，会引起不必要的恐惧，且多数并无医学依据。',
    suggestion: '用有依据、有限定的风险信息代替，例如“进展期白斑可能扩大，建议尽早就诊评估”，并注明来源。',
    levels: levels('EEEW'),
    patterns: [
      // Round seventy-two (batch EY): not managing it, then bedridden for good (不管的话…就此卧床不起; 拖下去最后瘫痪在床; 不治疗，从此再也站不起来):
      // the outcome told as what happens, with 就此, 从此, 最终 or 迟早 and no hedge between it and the outcome (最终可能卧床 stays).
      p(/(?:不(?:及时|尽早|早点?)?(?:管|治|治疗|处理|控制|重视|干预|手术)(?:的话)?|拖(?:下去|久了|着))[^。;!?]{0,20}?(?:就此|从此|最终|最后|到头来|迟早)(?:就|都|也)?(?:会|要|得)?(?:卧床不起|瘫痪在床|再也站不起来|再也下不了床|一辈子躺在床上)/),
      // Round seventy-one (batch EV): not coming, checking or treating, then the consequence left unspeakable (不来检查，后果不堪设想;
      // 不及时就医后果不堪设想): the 不 of the condition is the threat's own, not a denial of it; a hedged consequence (后果可能很严重) stays.
      p(/不(?:及时|尽早|早点?|赶紧|马上|立即|赶快)?(?:来|去|到医院|来医院|来院|到院)?(?:做)?(?:检查|治疗?|就医|就诊|复查|处理|手术|筛查|看医生|看病)(?:的话)?[,，]?\s?(?:那)?(?:后果|下场|结局)(?:将|就|会|必将)?(?:是)?不堪设想/),
      // Round thirty-nine (batch BS): not treating or waiting, then a grave outcome stated as a certainty (拖久了100%导致不孕; 若不及早
      // 治疗，皮损必定蔓延全身; 不趁早干预，长大后必然考不上大学; 婚姻必定走向破裂); 不一定会 / 未必 is no certainty.
      p(/(?:不(?:及时|及早|尽早|早|马上|趁早|立即|即刻|赶紧|立刻)?[^,，。;!?]{0,6}?(?:治|处理|管|干预|控制|重视|就医|就诊|抗病毒|来院)|拖(?:久了?|着|下去|上|延)?|耽误|延误|耽搁|放任|置之不理|错过)[^。;!?]{0,30}?(?:100%|百分之百|百分百|(?<![不未非])(?:必然|必定|必将|注定|势必|铁定|肯定会|一定会))[^。;!?]{0,12}?(?:不孕|不育|癌|恶性|恶变|瘫痪|残疾|失明|全秃|秃顶|破裂|离婚|传染|遗传|扩散|蔓延|截肢|溃烂|坏死|肝硬化|中风|猝死|死亡|跟不上|考不上|失业|丢(?:掉)?工作|毁)/),
      // Round thirty-nine (batch BS): the grave outcome first, then its certainty (不抗病毒，10年后肝硬化、肝癌是板上钉钉的事).
      p(/(?:不[^,，。;!?]{0,4}?(?:治|处理|管|干预|控制|抗病毒)|拖|耽误|延误|放任)[^。;!?]{0,24}?(?:癌|恶性|恶变|瘫痪|残疾|失明|截肢|肝硬化|尿毒症|不孕|不育|中风)[^。;!?]{0,8}?(?:板上钉钉|是必然的|必然的(?:事|结果|结局)|是迟早的事|是早晚的事|铁定的事|跑不掉的事)/),
      // Round thirty-nine (batch BS): waiting, then a benign change turning malignant (拖上一两年，良性的也会变成恶性), or a death told
      // as a matter of course (人说没就没了), or a lifetime the patient "cannot shake off" after the wrong treatment (一辈子都摆脱不了).
      p(/(?:拖|不治|不管|晚来|耽误|延误|错过|放任)(?![^。;!?]{0,30}?(?:不会|不致|不易|不至于|并不|很少|极少))[^。;!?]{0,30}?(?:变成|转为|转成|演变成|演变为|发展为|变为)恶性|(?:人|命)(?:就)?说没就没|(?:发展成|变成|落下|留下|患上|得上|导致|演变成|转成)[^。;!?]{0,16}?(?:一辈子|终身|终生|这辈子)(?:都|也)?(?:摆脱不了|摆脱不掉|甩不掉|去不掉|好不了)/),
      // Round thirty-five: a delay of a given length, then the loss (再晚来两周，脚趾恐怕就要坏死): it had been named by the model only.
      p(/再(?:晚|拖|等|耽误|耽搁)(?:来|下去)?(?:\d{1,3}|[一二三四五六七八九十两几半]{1,2})个?(?:天|周|星期|月|年)[^。;!?]{0,8}?(?:就要|就会|恐怕|可能就|就得|难免)[^。;!?]{0,4}?(?:坏死|截肢|失明|癌变|扩散到?全身|瘫痪|毁容|溃烂|烂掉)/),
      // Round thirty-four: delay told as a story, then the spread over the face or body (不当回事，半年后就蔓延到了整个面部; 拖了整整五年。
      // 如今白斑已经覆盖了全身); regret for not coming earlier (要是早点来治，也不至于…); the organ next in line (下一个出问题的可能就是
      // 你的心脏); don't wait for that day (别等到这一天).
      p(/(?:拖了|耽误了|不当回事|没当回事|没在意|没重视|没有重视)[^\n]{0,30}?(?:蔓延|扩散|长满|覆盖|遍布)(?:到|至)?(?:了)?(?:整个|全身|满脸|整张脸|全脸|双手)/),
      p(/(?:要是|如果|若是?|假如|早知道)(?:当初)?早(?:点|些|一点|一些)?(?:来|治|就医|治疗|看|重视)[^。;!?]{0,14}?(?:也不至于|就不会|也不会|就不至于)/),
      p(/下一个(?:出问题|遭殃|受累|受损|倒下)的?(?:可能|恐怕|也许|或许)?(?:就)?(?:是|轮到)/),
      p(/(?:别|不要|千万别|莫)等到(?:这一天|那一天|那时候?|那个时候|[^,，。;!?]{0,10}?才后悔)/),
      // Round thirty-three: delay, then a grave or social outcome (拖了三年没治…现在连找对象都成了问题, 再晚来两个月就会发展成恶性病变),
      // the organs dragged in (连内脏都会受影响), and every month of delay cutting the chance (每耽误一个月，治好的希望就少一半).
      p(/(?:拖|不治|晚来|耽误|延误|错过)(?![^。;!?]{0,30}?(?:不会|不致|不易|不至于|并不))[^。;!?]{0,30}?(?:发展成恶性|恶性病变|恶变|连内脏|找对象都|嫁不出去|娶不到|终身难治)/),
      p(/连内脏都(?:会|要)?受/),
      // Round one hundred and fourteen (batch ID): a mole, a wart or a patch left alone said to turn into cancer at any moment or sooner or later (痣不点掉，
      // 迟早会变成皮肤癌; 这颗疣不处理，随时可能癌变): the worst outcome held over the reader with no hedge; 不会随时…, a question, or it called a rumour pass.
      p(/(?:不(?:及时|尽早|早点?)?(?:管|治|治疗|处理|切|切掉|点掉|去掉|除掉|祛掉)|拖着|拖下去|放着不管)[^。;!?]{0,16}?(?<!不会|不|并不会|并不)(?:随时|迟早|早晚|分分钟)(?:都)?(?:有)?(?:可能|会|要)?(?:(?:变成|转成|转为|发展成|演变成)[^,，。;!?]{0,4}?(?:癌|恶性|黑色素瘤)|癌变|恶变)(?![^,，。;!?]{0,12}?(?:吗|么|[?？]|说法|谣言|误区|不可信|没有(?:科学)?(?:依据|根据)))/),
      // Round ninety-nine (batch HA): a grave event said to be maybe tomorrow or the next second, the threat closing the sentence (熬夜的年轻人，心梗可能就在
      // 明天; 血压不管，中风也许就在下一秒): the reader is frightened, not informed. 心梗的高发时段在清晨 and 脑梗患者的复查在明天上午 name no threat.
      p(/(?:心梗|心肌梗死|猝死|中风|脑梗|脑出血|脑溢血|癌症?|瘫痪|失明|尿毒症|肾衰竭?)(?:离(?:你|您))?(?:也|或许|可能|也许|说不定|随时|很可能|没准){0,2}(?:就)?(?:在|是)(?:明天|下一秒|下一刻|今晚|眼前|下一个)(?=[,，。;!?！…~～]|$)/),
      p(/(?:耽误|拖延|拖|晚)[^。;!?]{0,8}?(?:一天|一周|一个月|一年|[一二三四五六七八九十\d]+(?:天|周|个月|年))[^。;!?]{0,10}?(?:希望|机会|几率)[^。;!?]{0,4}?(?:少|减|降|没)/),
      // Round twenty-one: the family suffering along (全家几代人跟着受罪), the children getting it later if the reader does not treat it
      // (你现在不治，将来孩子、孙子都可能得), a child's future ruined at the parent's hands (孩子的前途就毁在你手里了); a spread, an infection passed
      // on or the worst said to be only a matter of time (传染给家人只是时间问题).
      p(/(?:到最后|最后|到时候|迟早|早晚)[^,，。;!?]{0,8}?(?:都|也|就)保不住|跟着(?:受罪|遭罪|受苦|遭殃|倒霉)(?<=(?:全家|一家人|几代人|家人|一家老小|孩子|子孙)[^,，。;!?]{0,6}?跟着(?:受罪|遭罪|受苦|遭殃|倒霉))|(?:将来|以后)(?<=(?:不治|不管|不控制|不处理|不重视|再不)[^。;!?]{0,10}?(?:将来|以后))[^,，。;!?]{0,4}?(?:孩子|子女|下一代|孙子|后代|儿女)[^,，。;!?]{0,8}?(?:都|也)(?:可能|会|要)(?:得|患|遗传|传上|被传染|跟着)|毁在(?:你|您|家长|父母|大人|自己)(?:的)?手(?:里|上|中)|(?:传染|传给|遗传|扩散|蔓延|癌变|恶变|恶化|截肢|失明|瘫痪)[^,，。;!?]{0,8}?(?:只是|只不过是|不过是)(?:个)?(?:时间|早晚|迟早)(?:问题|的事)/),
      // Round twenty-seven: a loss declared irreversible, then the hurry (毛囊坏死就再也长不出来了，越早治疗越好); too late by then
      // (到时候再植发也来不及了); a contagion said to take the whole family (灰指甲会传染全家).
      p(/(?:再也|永远)(?:都)?(?:长不出(?:来)?|长不回(?:来)?|治不好|好不了|恢复不了|回不来|无法(?:恢复|复原|再生|逆转))[^。;!?]{0,16}?(?:越早|尽快|赶紧|马上|立即|立刻|千万(?:不要|别|不能)(?:等|拖)|别再拖|不要再拖|抓紧|一刻)|(?:到时候|到那时(?:候)?|那时候|到那个时候)(?:再)?(?:想)?(?:治|手术|植发|植皮|就医|看病|吃药|用药|后悔|补救|挽回|救)[^,，。;!?]{0,4}?(?:也|都|就)(?:来不及|晚了|没用了|没救了|回天乏术)|(?:会|能|就会|都会|还会)传染(?:给)?(?:全家|一家人|全家人|家里每个人|身边所有人)[^。;!?]{0,20}?(?:千万|一定要|赶紧|赶快|马上|尽快|别大意|不要大意|可怕|严重|后悔)/),
      // Round forty-two (batch BY): the course told to its end with no way back (最终发展成泛发型，再也无法复色; 最后拖成全秃，永远长不回来).
      p(/(?:最终|最后|到头来|迟早|早晚|终将)(?:都)?(?:会)?(?:发展成|发展为|变成|演变成|演变为|恶化成|恶化为|拖成)[^,，。;!?]{0,8}?[,，]?\s?(?:再也|永远|终身|终生|一辈子)(?:都)?(?:无法|不能|没法|不可能|没办法)(?:再)?(?:复色|恢复|治好|治愈|逆转|复原|长回来|长出来)/),
      // Round forty-six (batch CL): a life narrowed to the last resort for good (这辈子就只能坐轮椅了), a fatal danger the reader is told
      // to beware (小心哪天引发喉头水肿，随时有生命危险), the organs harmed with every flare (每发作一次，内脏就损伤一次), and other
      // diseases said to come calling (心脑血管病、糖尿病都会找上门).
      p(/(?:这辈子|一辈子|下半辈子|后半辈子|后半生|余生)(?:就|都|也)?只能(?:坐轮椅|躺在床上|卧床|拄拐|靠轮椅|戴假发|靠药|吃药度日|待在家里)|小心(?:哪天|某天|有一天|随时|会|引发|诱发|导致|发展成)[^。;!?]{0,16}?(?:生命危险|危及生命|丧命|没命|要命|窒息而死)|(?:内脏|器官|五脏六腑|肝肾|心脏|关节)(?:就|都|也)?(?:会|要)?(?:损伤|受损|受伤|伤|坏)一(?:次|回|分|层)|(?:心脑血管病|心血管病|心脏病|糖尿病|高血压|癌症|中风|脑梗|各种(?:疾病|大病|病|并发症|毛病)|并发症)[^,，。;!?]{0,12}?(?:都|也|就)(?:会|要|得)?(?:找上门|缠上(?:你|您)?|接踵而至|跟着来)/),
      // Round twenty: the marriage at its end (婚姻走到尽头的例子我们见得太多了), one case infecting ten (一个传十个).
      p(/(?:婚姻|夫妻感情)[^,，。;!?]{0,4}?(?:走到尽头|亮起?红灯)|一个传十个|十个传百个/),
      // Round twenty: the family's support gone (家里的顶梁柱倒了，这个家还怎么撑), a change even surgery cannot undo (以后整形都难以挽回).
      p(/顶梁柱(?:就|也)?(?:倒了|塌了|垮了|没了)|(?:这个家|一家人|全家|一家老小)(?:还|该|又)?(?:怎么|如何|靠什么)(?:撑|过|活)|(?:整形|手术|植发|植皮|矫正|治疗|花再多钱)(?:都|也)(?:难以|无法|没法|很难)(?:挽回|弥补|恢复|改变)|花(?:再多|多少)(?:的)?钱(?:都|也)(?:修复|治|补|救|挽回|恢复|修)不(?:了|回来|好)/),
      // Round thirty-four: a consequence denied where it is named (拖着不治一般也不会恶变, 也不致癌变) reassures instead of threatening.
      p(/(?:不(?:及时|尽早|马上)?治疗?|拖延|延误|耽误|再不治)[^。;!?]{0,10}?(?<!不|不会|不致|不至于|未必|未必会|不一定|不一定会|不可能|并不会)(?:会|将|就会|必然|必定|肯定|一定|终将)?(?<!不|不会|不致|不至于|未必|未必会|不一定|不一定会|不可能|并不会)(?:扩散(?:到)?全身|蔓延全身|全身都是|遍布全身|癌变|致癌|毁容|终身遗憾|后悔莫及|悔之晚矣|无法挽回|危及生命|终身残疾|治不好了|遗传给(?:孩子|下一代|子女|后代)|传给(?:下一代|后代))|错过(?:最佳)?(?:治疗)?时机[^。]{0,6}(?:终身遗憾|后悔|无法挽回|就晚了|悔之晚矣|再也)|(?:白癜风|白斑)(?:会|将|就会|必然)(?:扩散全身|癌变|传染|遗传给)|遗传给(?:孩子|下一代|子女|后代)|传给(?:下一代|后代)|(?:最终|终将|迟早)(?:会|将|可能)?(?:毁容|扩散全身|癌变)|后果不堪设想|悔之晚矣|后悔莫及/),
      p(/(?:不(?:及时|尽早|马上)?治疗?|拖延|延误|耽误|再不治)[^。;!?]{0,10}?(?:会|将|就会|必然|必定|肯定|一定|终将)?(?:越来越严重|恶化|难以治愈)|越拖越(?:严重|难治|重)/, { shift: -1 }),
      // Waiting or spreading ends in catastrophe: 全身都会变白, 到那时就没救了, 花多少钱都治不好.
      // Catastrophes promised for the disease or for waiting: 发展成皮肤癌, 危及生命, 无药可治, 一生就毁了, 就什么都晚了.
      p(/(?:每|多)(?:拖延?|等待?|晚|耽误|耽搁)一天[^。;!?]{0,12}?(?:增加|加大|翻倍|难|重|多|死亡|坏死|消失|流失|萎缩)|(?:野火|燎原|瘟疫)[^。;!?]{0,4}?(?:蔓延|扩散)|(?:扩散|蔓延)到(?:脸上|面部)(?<=(?:会|将|迟早|早晚|很快)[^,，。;!?]{0,8}?(?:扩散|蔓延)到(?:脸上|面部))|(?:皮肤)?癌变|皮肤癌|危及生命|无药可治|无法医治|终身残(?:缺|疾)|器官(?:受损|衰竭)|并发症[^,，。;!?]{0,8}?(?:危及|致命|死亡)|(?:整个人|一生|一辈子|人生|前途|孩子)(?:就|都|也)?(?:毁了|完了)|(?:就|都)?什么都(?:晚|来不及)了|为时已晚|(?:扩散|蔓延|长满|爬满)(?:到)?(?:全身|满脸|整张脸|半张脸|半边脸|整个(?:脸|面部|后背|头皮))|(?:传遍|流遍|走遍)全身|(?:全身|浑身)[^,，。;!?]{0,6}?(?:迟早|早晚|终将|都会|都将)[^,，。;!?]{0,4}?变白|(?:迟早|早晚)(?:都)?会(?:变白|扩散|蔓延)|希望就(?:少|小)一分|一夜之间[^,，。;!?]{0,8}?(?:蔓延|扩散)|越拖越(?:难|严重|重|麻烦)/),
      // Structural: not treating or waiting (不及时治疗, 再不重视, 拖得越久, 别等到, 一旦扩散), then a consequence.
      // Round one hundred and three (batch HH), in the pattern below: a foot or a face said to rot (拖久了还会烂脚), a whole family said to catch it
      // (不治会传染全家): 脚气有传染性，家人最好分开穿拖鞋 is no threat.
      p(/(?:不(?:及时|及早|尽早|早|马上)?治疗?|不重视|再不(?:治|重视|管)?|拖(?:得越久|下去|延)?|晚一天|等到|别等到?|放任|不管不顾|忽视|延误|耽误|耽搁|错过|一旦(?:扩散|蔓延|发展))[^。;!?]{0,20}?(?<!不|不会|不致|不至于|未必|未必会|不一定|不一定会|不可能|并不会)(?:后悔|变丑|烂(?:脚|手|脸|掉|穿|透)|传染(?:给)?(?:全家|一家人|全家人|一家老小)|智力(?:下降|低下)|变傻|畸形|长歪|彻底秃|秃(?:了|顶|头)|光头|谢顶|秃子|生命危险|窒息|致命|丧命|癌|恶变|瘫痪|失明|截肢|猝死|残疾|保不住|找上门|缠上(?:你|您)|只能(?:换|切除|截|植皮|开刀|做手术|坐轮椅|终身|一辈子)|掉光|致残|残疾|毁容|来不及|后果(?:很|非常|十分|极其)?严重|抑郁|轻生|毁掉|毁了|越来越(?:多|大|严重|难治|难)|无法挽回|(?:很|极)难控制|难以控制|代价(?:就)?(?:越|更)大|风险|崩溃|失控|晚了|遗憾|很难治|难以治疗|不好治|难治)/),
      // More catastrophes: 扩散至全身, 终身无法治愈, 不治之症, 失明, 影响寿命, 越长越多, 追悔莫及.
      // Round ninety-four (batch GP), in the pattern below: more and more people taking up an exercise or an activity (小区练八段锦的老人越来越多) is no
      // spreading disease.
      p(/(?:再想[^,，。;!?]{0,4}?)?就(?:太)?晚了|定时炸弹|重则(?:致残|毁容|危及|丧命|截肢|癌变|瘫痪|终身)|噩梦|截肢|瘫痪|丧命|送命|生不如死|痛不欲生|家破人亡|拖垮(?:家庭|全家|一家)|人财两空|倾家荡产|吞噬|躲躲藏藏|遮遮掩掩[^。;!?]{0,4}?(?:多少年|一辈子)|处处碰壁|难上加难|(?:恋爱|结婚|找工作|求职|升学)[^,，。;!?]{0,6}?(?:碰壁|受阻|被拒)|(?:扩散|蔓延|发展)至全身|(?:影响|损害|伤及|危害)(?:到)?(?:内脏|器官|五脏六腑)|毁了?(?:你|您|孩子)?的?(?:脸|容貌|外貌|颜值|生活|未来|青春|人生|一生|前程|前途)|遍及全身|终身(?:无法|不能|难以)(?:治愈|治好|恢复|挽回)|不治之症|绝症|失明|致盲|(?:扩散|蔓延|恶化)(?:的)?(?:速度)?(?:惊人|极快|飞快|超乎想象)|从一(?:块|处|个|片)[^,，。;!?]{0,4}?(?:变成|发展到|长到|扩散到)(?:满身|全身|满脸)|(?:会|将|就会)(?:影响|耽误)(?:你|您|孩子|宝宝|他|她)?的?(?:一生|一辈子|终身)|失聪|耳聋|寿命(?:缩短|减少)|影响寿命|(?:侵犯|累及|损害)(?:内脏|器官)|恶化成|恶变|越长越多|越来越多(?!的)(?<!(?:练|学|跳|参加|报名|加入|锻炼|健身|运动|散步|晨练|跑步|游泳|打太极|唱歌|跳舞|下棋|来听|来上)[^,，。;!?]{0,10}?的(?:人|人们|老人|居民|市民|街坊|朋友|家长|年轻人|孩子|学员|队员|会员|志愿者|阿姨|大妈|大爷|姐妹|老年人|上班族)(?:也|都)?越来越多)|一发不可收拾|追悔莫及|悔不当初|终身遗憾|一辈子的遗憾|遗憾终生/),
      // Structural (round four): not treating, waiting or a spread, then something irreversible or lifelong in the
      // Round fifty (batch CX): 一生 as well as 一辈子 (放任不管会引发哮喘、过敏性鼻炎，影响孩子一生).
      // same sentence (现在不处理，将来只能…; 不马上住院治疗，…会折磨你一辈子; 错过…，彻底失去…的可能).
      // Round eighty-three (batch FU): an urging 别再拖了 is not where the threat starts; the threat after it is matched on its own.
      p(/(?:不(?:及时|及早|尽早|早|马上|赶紧|抓紧|积极)?[^,，。;!?]{0,4}?(?:治|处理|管|控制|重视|就医|就诊|查|干预)|(?<!(?:别|不要)再?)(?:每|多)?拖(?:一天|下去|着)?|错过|放任|一旦(?:扩散|蔓延|发展|错过|长到|长在|拖|恶化|进入|入)|等到|再不(?:治|管|处理|控制|重视|就医)|晚一天|等它|等他|(?:处理|治疗|护理|用药|调理)(?:不当|不及时|不规范))[^。;!?]{0,24}?(?:一辈子|这辈子|一生(?!中|里|当中|之中)|终身|终生|永久性?|永远|再也(?:没有|不能|无法|不会|回不)|彻底(?:失去|丧失)|不可逆|填不平|别想|只能[^,，。;!?]{0,6}?(?:见人|出门|躲)|死光|来不及|全面爆发|大面积爆发)/),
      // Harm to a life, cost that returns multiplied, a chance lost for good (毁掉的可能是孩子的一生, 十倍地还回去).
      // Inaction, then escalation to the end (放着不管，…一年比一年红，到最后连化妆都遮不住; 再不控制，等来的可能是中风).
      p(/(?:放着不管|不管(?:它|他|她)|不理(?:它|他|她)|不去管(?:它|他|她)?|不管不顾|置之不理|不当回事|不(?:及时|尽早|早|积极|赶紧|马上|抓紧|及早)?(?:清除|控制|处理|治疗?)|再不(?:控制|治|管|重视|处理)|拖成|(?:每|多)(?:拖|等|晚)一(?:天|周|个?月|年))[^。;!?]{0,24}?(?:到最后|最后连|最终|迟早|早晚|一年比一年|一天比一天|越[^,，。;!?]{0,3}越(?:重|大|多|深|难|糟)|再(?:爬|扩|长|大)|中风|脑梗|心梗|猝死|入脑|败血症|传(?:满|遍)|长满|爬满|(?:全|满)脸|全身|满身|浑身)|神仙(?:也)?(?:难救|救不|没办法|治不)|大罗神仙|华佗再世|(?:后果|代价)[^,，。;!?]{0,4}?(?:承担不起|付不起|自负)|(?:扩散|蔓延|发展|恶化)[^,，。;!?]{0,8}?(?:远超|超乎|超出)(?:你|您)的?想象|(?:今天|现在|今日)的[^,，。;!?]{0,8}?[,，]?\s?(?:就是|会变成|将是|就会是)(?:明天|将来|以后|明年)的/),
      // Not now, worse later (今年不除，明年就会长满两颊; 等你想治的时候已经数不清了; 等待你的将是无法逆转的结局).
      // Round ninety (batch GI): a life's greatest regret as the outcome (忽视…将会成为/留下…一生中最大的遗憾), the superlative form of 终身遗憾.
      p(/(?:今年|现在|今天|此时|这次)不[\u4e00-\u9fff]{1,6}[,，]\s?(?:明年|将来|以后|明天|下次|到时候)(?:就|会|就会|只能|再|连|也|都|要|得|花)|等(?:你|您)(?:想|要|再|开始)?(?:治|重视|后悔|想起来)[^,，。;!?]{0,4}?的时候[^。;!?]{0,8}?(?:已经|就|都|早)|等待(?:你|您)的(?:将是|就是|只有|会是)|(?:无法|不可|难以)逆转的?(?:结局|后果|损害)|(?:一生|一辈子|终身|终生)的(?:阴影|痛|伤痛|遗憾|伤疤|疤|自卑|痛苦|心病|噩梦|病根)|(?:成为|留下|造成|酿成)[^,，。;!?]{0,6}?(?:一生|一辈子|终身|终生)(?:中|里)?最大的(?:遗憾|痛|伤痛|悔恨)|(?:阴影|痛苦|自卑)[^,，。;!?]{0,4}?(?:伴随|跟随|影响)(?:你|您|孩子|他|她|宝宝)?(?:一生|一辈子|终身)|等(?:你|您)[^,，。;!?]{1,14}?的时候[^。;!?]{0,10}?(?:已经|早已|早就|为时已晚|来不及)|回不去了?|回不到从前|说明病情已经?失控|(?:晚|拖|迟)一天就(?:多|少|重|难)|(?:高危期|关键期|黄金期)[^。;!?]{0,16}?(?:务必|必须|一定要)(?:立即|马上|尽快|立刻)|(?:代价|后果)谁来(?:承担|负责)|拖垮(?:免疫|身体|身子|全身)|才(?:追悔|后悔)|追悔/),
      // Round seven: a trifle that is really cancer (看似小事，实际上可能是肝癌的信号), a change that can turn malignant
      // at any moment, not a moment to wait, and the last chance lost (将失去本年度最后一次控制病情的机会).
      p(/(?:看似|看起来是|别看是|别小看|不要小看|不起眼的)[^。;!?]{0,12}?(?:癌|绝症|不治之症|大病|重病)|(?:看似|看起来是|别看是|别看只是|只是|以为是)(?:个)?(?:小病|小毛病|小问题|小事)[^。;!?]{0,20}?(?<!可能|或许|也许|有时|少数|偶尔)(?:会|将|就会|必然|一定会)[^。;!?]{0,6}?(?:诱发|引发|导致|发展成|演变成|变成)[^。;!?]{0,6}?(?:癌|绝症|不治之症|瘫痪|失明|猝死|一系列严重后果)|随时(?:都)?(?:可能|会|有可能)(?:恶变|癌变|扩散|蔓延|全身泛发|泛发|发展成)|一刻(?:也|都)(?:不能|不可|别)(?:等|拖|耽误)|晚治(?:疗)?[^,，。;!?]{0,4}?(?:终身|一辈子|受罪|遭罪)|(?:将|就会|会|就)(?:失去|错过)[^,，。;!?]{0,12}?(?:最后一次|最后的|唯一的?)[^,，。;!?]{0,8}?机会/),
      p(/(?:毁掉|断送|葬送|折磨|拖垮|耽误)[^。;!?]{0,10}?(?:一生|一辈子|人生|前途|未来|婚姻|青春)|(?:十|百|几|数)倍(?:地|的)?(?:还|花|付出|代价)|(?:再也|永远|彻底)(?:没有|失去|丧失)[^,，。;!?]{0,8}?(?:机会|可能|希望)/),
      // Round eight: the point of no return after a delay (千万不能拖——拖过72小时就会留下终身剧痛: the first 拖 is negated,
      // the threat starts at the second), cure lost for good (再也治不好了, 花十倍的钱也治不回来), the last resort (到最后只能植皮,
      // 一辈子都离不开药, 只能终身吃药), blame in the family (要是早来半年，根本不会…; 孩子长大后问你当初为什么不带我去治),
      // the reader warned off blaming the clinic (可别怪医生没提醒), a trifle that ends in the worst (要了您的命, 病毒进入血液,
      // 癌症的前兆，赶紧来院), spreading to the whole family, growing wild, a danger already here, not a second to lose (an
      // emergency call for 120 excepted), and small money now against big money later.
      // Round sixteen: waited until, then only the last resort left (脱发拖到三十岁，只能植发了).
      p(/拖(?:到|成)[^,，。;!?]{1,10}?[,，]?\s?(?:就|那就|到时候|最后)?只能(?:做|去|靠|选择)?[\u4e00-\u9fff]{1,6}/),
      // Round twenty-eight: dragged on to the late stage, the medicine no longer works or one can only watch (拖到后期，药物已经完全无效，
      // 只能等着一点点变白).
      p(/拖(?:到|成)(?:了)?(?:后期|晚期|最后|那时|那个时候|泛发)[^。;!?不没非未]{0,16}?(?:(?:完全|彻底|基本|都|就)(?:无效|没用|不管用)|只能(?:等着|眼睁睁|看着|任由))/),
      p(/(?:拖过|拖到|拖了|错过)[^,，。;!?]{0,12}?(?:就会|就|会|将)[^,，。;!?]{0,8}?(?:终身|一辈子|永久|永远|再也(?:[\u4e00-\u9fff]{1,2}不(?:了|回来|好|过来))?)|再也(?:治不好|好不了|治不了|长不回来|恢复不了|改不了|改不回来|矫正不了|变不回来?)|(?:治|好|改|变|救)不回来|(?:到最后|最后|最终|到时候|到那时)(?:就)?只能(?:做)?(?:大)?(?:植皮|换皮|截肢|手术|开刀|终身|一辈子|坐轮椅|换关节|透析|拄拐|卧床|切除)|(?:一辈子|终身|终生)都?(?:离不开|得靠|要靠)(?:药|激素|吃药)|只能(?:终身|一辈子)(?:吃药|服药|用药|靠药)/),
      p(/(?:要是|如果|若是?|早知道)[^,，。;!?]{0,4}?早(?:来|点|些|一点|治)[^。;!?]{0,16}?(?:根本|就|也)(?:不会|不至于)(?:落下|留下|变成|发展|扩散|这样|这么|走到)|当初为什么不(?:带|给|早|管)|(?:长大|以后|将来)[^。;!?]{0,8}?(?:怪|恨|埋怨|责怪|问)(?:你|您|父母|爸妈|妈妈|爸爸)|别怪(?:医生|我们|我|大夫)没(?:提醒|告诉|说|提前)|要了(?:你|您|他|她|孩子|宝宝)?的?(?:命|性命|小命)|(?:病毒|细菌|毒素|病菌|真菌)[^,，。;!?]{0,4}?(?:进入|侵入|入侵)了?(?:血液|骨髓|内脏|大脑)|(?:癌|癌症|癌变|绝症)的?(?:前兆|信号|征兆)[^。;!?]{0,4}?[,，!]?\s?(?:赶紧|赶快|马上|立即|立刻|速)|不治[^。;!?]{0,6}?传染给(?:全家|家人|家里|身边)|(?:宝宝|孩子|老人|家人|全家|下一代)[^,，。;!?]{0,6}?(?:也|都)(?:难逃|逃不掉|逃不了|跑不掉|跑不了|躲不过|躲不掉)|疯(?:长|狂(?:扩散|蔓延|生长))(?<=(?:白斑|斑|痘|病灶|皮损|疹|癣|瘤|白点)[^,，。;!?]{0,6}?疯(?:长|狂(?:扩散|蔓延|生长)))|(?:病|病情)已经?(?:很|非常|十分|相当)?危险了|(?:一秒钟?|一分钟|片刻)(?:也|都)(?:不能|不可|别|不要)(?:等|拖|耽误|耽搁)(?![^。]{0,12}(?:120|急救))|不花小钱[^。;!?]{0,12}?花大钱/),
      // Guilt and pressure on parents (父母的一时疏忽，可能让孩子背负一生的白斑; 如果你爱你的孩子，就不要让他…;
      // 你能原谅自己吗; 拖掉的是孩子的未来), the chance gone (想治也没机会了), growth that doubles, one day more as one
      // danger more, and death named for a mole (死神的信号).
      p(/(?:疏忽|犹豫|拖延|大意|耽误|不重视|不在意)[^。;!?]{0,16}?(?:孩子|宝宝|家人|儿女)[^。;!?]{0,10}?(?:一生|一辈子|终身|未来|前途)|(?:爱|心疼)(?:你|您)的(?:孩子|宝宝|家人)[^。;!?]{0,6}?就|(?:原谅|对得起)(?:你|您)?(?:自己|孩子)吗|(?:拖|耽误|毁|赌)(?:掉|上)?的是(?:孩子|你|您)的?(?:未来|一生|前途|青春|健康)|(?:想治|再治|再想治|想要治)[^。;!?]{0,4}?(?:也)?(?:没机会|来不及|没用了|晚了|治不好)|(?:面积|难度|范围|数量|费用)[^,，。;!?]{0,4}?(?:会|将|就会|就)?(?:翻倍|翻番|成倍(?:增加|增长|扩大|上升))|(?:晚|拖|迟)一天[^。;!?]{0,6}?多一[分份](?:危险|风险|痛苦)|死神|催命|夺命|索命|(?:到时候|到那时|那时候?|以后|将来|最后|等到)[^。;!?]{0,12}?想(?:补|治|救|修|种|矫正|挽回)都(?:补|治|救|修|种|矫正|挽回)不(?:了|回来)|引(?:发|起)各种(?:癌症|癌|大病|重病|怪病)/),
      // Near the worst already (离全身白化不远了), money now paid back multiplied later, the disease that will not wait (您
      // 可以等，但白斑不会等), a count that multiplies while the reader hesitates (犹豫了一个月，白斑从一块变成了二十块), a near
      // miss (再晚来一个月，恐怕就要扩散到…), the child's low mood blamed on the parent, no doctor can save it (无力回天),
      // every day of hesitation one lesion more, and whether the reader can bear the consequences.
      p(/离(?:全身|癌|截肢|毁容|失明|瘫痪|秃顶|秃|白化|中风|脑梗|心梗|猝死|尿毒症|肝硬化|肾衰|冠心病|痴呆|偏瘫|不孕)[^,，。;!?]{0,6}?(?:不远|一步之遥|只差|就差|只剩)|(?:就会|就能|会|能|足以)要(?:了)?(?:人|你|您|他|她|孩子)?(?:的)?(?:命|性命)|(?:将来|以后|到时候)[^,，。;!?]{0,6}?(?:加倍|翻倍|几倍|十倍|百倍)(?:地)?(?:花|还|付出)|(?:您|你)可以等[^。;!?]{0,6}?(?:白斑|病情?|疾病|它)(?:不会|可不会)等|(?:病情?|白斑|疾病)不等人|(?:犹豫|拖|耽误|不当回事|没当回事|观望)[^。;!?]{0,16}?从[一两\d]{1,2}小?[块处个片][^,，。;!?]{0,4}?(?:变成|长成|发展到|增加到|扩大到)|(?:再晚|晚)(?:来|治|一点|点)[^,，。;!?]{0,6}?[,，]?\s?(?:恐怕|可能|就|肯定)[^。;!?]{0,6}?(?:就要|就会|要|会)(?:扩散|蔓延|长到|发展|[^,，。;!?]{0,4}?(?:溃烂|烂掉|坏死|癌变|截肢|瘫痪|失明))|(?:就是|都是)因为(?:您|你|家长|父母)(?:没有?|不)(?:及时|早点|尽早)?(?:带|给|让)(?:他|她|孩子)|无力回天|回天乏术|回天无力|再好的医生(?:也|都)(?:没|无|治不)|每多?(?:犹豫|耽误|拖延|观望)一天[^。;!?]{0,12}?(?:多|少|重|难|增加)|(?:承担|负担|付)得起吗/),
      // A phase of spreading or relapse used as a deadline for coming in (白斑进入快速扩散期，…请于本月底前到院评估).
      p(/(?:扩散|蔓延|爆发|高发|进展|复发)的?(?:期|高峰期?|季)[^。;!?]{0,24}?(?:(?:请于|请在|务必于?|必须于?|须于|一定要在)[^。;!?]{1,8}?前|赶紧|赶快)[^。;!?]{0,4}?(?:到院|来院|来诊|就诊|治疗|评估|预约|复查)/),
      // Round nine: statistics turned on the reader (数据显示，每10个拖着不治的…就有7个…，难道您想成为其中之一？), someone
      // who waited (等他终于来的时候，指甲已经…; 要是早点来就好了; 医生看了都直摇头), the child, the job or the marriage as
      // the stake (您拿什么跟他交代; 这单生意还能谈成吗; 您还怎么照顾一家老小; 只能辞职在家), consequences asked as a question
      // (难道非要等到…才肯来医院吗; 您会不会后悔; 您还要再等多少天), a bet with one's life, and the ward one ends up in.
      p(/(?:数据|统计|调查|研究)(?:显示|表明|发现)[^。;!]{0,40}?(?:拖|不治|没治|当成|失去|错过)[^。;!]{0,40}?(?:您|你)[^。;!]{0,16}?[吗?？]|难道(?:您|你)(?:想|要|愿意)成为|等(?:他|她|孩子|患者)(?:终于|再|真正)?(?:来|去|想治|重视)[^,，。;!?]{0,4}?的时候[^。;!?]{0,10}?(?:已经|早已|早就)|(?:医生|大夫)看了?(?:都)?(?:直)?摇头|(?:要是|如果|早知道)[^,，。;!?]{0,4}?早(?:点|些|一点)?(?:来|治)就好了|拿什么(?:跟|向|和|对)[^,，。;!?]{0,4}?交代|(?:您|你)?想过(?:孩子|家人|老婆|老公|父母|爱人)吗|(?:这单生意|饭碗|工作|生意|前途)(?:还能|还保得住|还怎么)|(?:您|你)还怎么(?:照顾|养活|工作|上班|面对|见人|带孩子)|一旦[^,，。;!?]{0,8}?就是一辈子的事|(?:只能|被迫)辞职|丢(?:掉)?了(?:工作|饭碗|婚姻)|妻离子散|众叛亲离|全家(?:都)?(?:跟着)?遭殃|(?:非要|非得|难道要)等到[^。;!?]{0,30}?才(?:肯|来|去|愿意|想起)|(?:您|你)(?:会不会|难道不|不会)后悔|后悔今天没|还要再?等多少天|躺(?:在|进)了?(?:肿瘤科|ICU|重症|手术台)|敢赌吗|赌输了|代价[^,，。;!?]{0,4}?是(?:你|您)的(?:命|一生|健康)|一拖(?:再拖)?就?拖成|(?:扩散|蔓延|长满|爬满)(?:到)?(?:您|你)的(?:全身|整张脸|脸)|(?:一辈子|终身|终生)都?(?:离不开|得靠|要靠)(?:喷雾|轮椅|拐杖|呼吸机)|(?:还要|还想|还得)[^。;!?]{0,6}?扛(?:多久|到什么时候)|(?:每|多)(?:拖|等|晚)一天[^。;!?]{0,12}?(?:扩大|扩散|蔓延)/),
      // Round twelve: "or else" and the worst (否则等发现就是晚期了, 否则三年内必然发展成肝硬化); the worst as a certainty
      // (必然发展成…); a body part being destroyed (正在悄悄毁掉你的大脑); death or stroke at any moment (随时会让你在睡梦中
      // 猝死, an emergency call excepted in refine()); a symptom asserted as the sign of the worst (胸闷就是心梗的前兆).
      // A disease "made" by waiting (很多胃癌就是这么拖出来的); the worst soon (很快就会变成乳腺癌); what can no longer be
      // kept (连子宫都保不住); the reader asked whether they dare let it go on (您还敢让孩子继续这样驼背下去吗).
      p(/(?:就会|会|将会?|就要)[^,，。;!?]{0,16}?(?:迅速|快速|飞快|疯狂|急速|成倍)(?:地)?(?:蔓延|扩散|扩大|增多)|(?:每天|每时每刻|每分每秒|时时刻刻|一天天)(?:都)?在(?:扩大|扩散|蔓延|恶化|加重|变大)|就是(?:这么|这样|被)?(?:拖|耽误|熬|拖延)出来的|(?:很快|迟早|早晚|马上|用不了多久)(?:就)?(?:会)?(?:变成|发展成|演变成|恶化成|转成)[^,，。;!?]{0,6}?(?:癌|肿瘤|尿毒症|肝硬化|白血病|瘫痪)|连[^,，。;!?]{1,6}?都保不住|还(?:敢|要|想|忍心)让(?:孩子|宝宝|家人|父母|老人|自己)[^。;!?]{0,12}?(?:下去|受罪|遭罪|忍着|拖着|熬着)吗/),
      p(/否则[^。;!?]{0,14}?(?:就是|就会|就|将|会|必然|必定|肯定|一定|注定|只能)[^。;!?]{0,8}?(?:晚期|癌|肝硬化|尿毒症|心衰|衰竭|偏瘫|瘫痪|失明|截肢|猝死|死亡|没命|丧命|没救|来不及|后悔|毁容|不孕|残疾|秃|光头)|(?:必然|必定|注定|肯定会|一定会)(?:会)?(?:发展|演变|恶化|变|转)(?:成|为)|(?:毁掉|摧毁|吞噬|蚕食|掏空)(?:着)?(?:你|您|孩子|宝宝|他|她)的?(?:大脑|心脏|肝脏|肾脏|肝|肾|肺|血管|视力|听力|骨骼?|关节|健康|身体|生命|牙齿)|随时(?:都)?(?:可能|会|有可能)[^,，。;!?]{0,10}?(?:猝死|死亡|丧命|没命|送命|瘫痪|失明|中风|心梗|脑梗|癌变|恶变)|(?:就是|正是|都是|肯定是|其实是)(?:心梗|心肌梗死|脑梗|中风|猝死|[\u4e00-\u9fff]{0,2}?癌症?|肿瘤|尿毒症|瘫痪|白血病)的?(?:前兆|信号|征兆|开始|开端|前奏|第一步)/),
      // Round fifteen: the worst said to be only a matter of time (发展成宫颈癌只是时间问题), an infection passed on to the
      // partner that ends in cancer (甚至传染给妻子引发宫颈癌).
      p(/(?:癌|癌变|恶变|癌症|肿瘤|瘫痪|失明|截肢|尿毒症|肝硬化|中风|扩散全身|全身)[^,，。;!?]{0,4}?(?:只是|只不过是|不过是|就是)(?:个)?(?:时间|早晚|迟早)(?:问题|的事)|传染给(?:妻子|老婆|丈夫|老公|伴侣|爱人|另一半|家人|孩子)[^,，。;!?]{0,6}?(?:引发|导致|得上?|患上?|变成)[^,，。;!?]{0,4}?癌/),
      // Round twenty-five: a disease said to stay for life or past help (银屑病将伴随您一生，无药可救), regret for life (终生悔恨), the
      // lesion spread over the whole body in other words (散布整个身躯), every untreated patient said to come to harm
      // (放任不管的…几乎都会传染给家人), the face said to be ruined (它可能正在毁掉你的脸).
      p(/(?:将|会|就会|注定|必将)(?:伴随|跟随|缠着|折磨)(?:您|你|孩子|患者)?(?:的)?(?:一生|一辈子|终身|终生)|无药可救|(?:终(?:生|身)|一辈子)(?:悔恨|懊悔)|悔恨终(?:生|身)|(?:散布|遍布|蔓延|扩散|布满|长满)(?:到|至)?整个(?:身躯|身体|躯体|脸)|(?:放任不管|放任|不管不顾|置之不理|不治疗?|拖着)[^。;!?]{0,16}?(?:几乎|基本上?|无一例外|全部|统统)(?:都)?会(?:传染|扩散|蔓延|恶化|癌变|脱落|致残|瘫痪)|毁掉(?:你|您|孩子)的?(?:脸|容貌|外貌|颜值)/),
      // Round thirty-one: stopping the clinic's own medicine said to bring the worst (一旦停用我院配制的调理药，血压会迅速反弹并引发中风);
      // refine() asks for the clinic's product in the sentence, so the standard advice not to stop a prescribed drug passes.
      p(/停(?:用|药|服|掉|吃)[^。;!?]{0,20}?(?:就会|会|将|必然|必定|肯定|立刻|马上|迅速)[^。;!?]{0,12}?(?:中风|脑梗|心梗|猝死|瘫痪|失明|癌变|恶变|衰竭|尿毒症|危及生命|没命|丧命)/),
      // Round thirty-six: not treating, then childlessness (宫颈炎放着不治，细菌会顺着往上走，输卵管一堵以后想怀都怀不上); a hedge
      // (部分患者可能导致不孕) is let through by refine() as the other consequences are.
      p(/(?:不(?:及时|尽早|早|积极|马上)?(?:治|处理|管)|拖(?:着|下去|久了?|延)|放任|置之不理|耽误|延误|耽搁)[^。;!?]{0,30}?(?<!不会|不一定|未必|不至于|不致)(?:怀不上|怀不了|生不了(?:孩子)?|要不了孩子|当不(?:了|成)(?:妈妈|爸爸|母亲|父亲)|断子绝孙|终身不孕|永久不孕|不孕不育|(?:想|再)?要(?:个)?孩子(?:就|都|也|可就)(?:难了|没戏了?|成问题|难上加难)|怀孕(?:就|都|也|可就)(?:难了|没戏了?|成问题|没希望了?))/),
      // Round thirty-six: waiting, then never again able to (拖成冻结肩，胳膊就再也抬不起来了); an organ worn out sooner or later (心脏迟早被拖垮);
      // from one spot to the whole body (三个月就能从局部长到全身); a lifetime of regret (换来一辈子的后悔); health money cannot buy back
      // (花再多钱也买不回健康).
      p(/(?:拖|不治|不及时|再不|错过|耽误|延误)[^。;!?]{0,20}?再也[\u4e00-\u9fff]{1,2}?不(?:起来|了|见|清|直|回来|动)|(?:迟早|早晚|终将)(?:会|要)?被?(?:拖垮|毁掉|废掉|搞垮|拖死)|从(?:局部|一点|一小块|一小片|一个点)[^,，。;!?]{0,4}?(?:长到|扩散到|蔓延到|发展到|变成)(?:全身|满身|满脸)|(?:一生|一辈子|终身|终生)的(?:后悔|悔恨)|花(?:再多|多少)(?:的)?钱(?:都|也)(?:买|换)不(?:回|来)/),
      // Round thirty-six: not treating, then a part of the body "done for" (再不来治，您这条腿就废了).
      p(/(?:再不(?:来)?(?:治|看|处理|管)|不(?:及时|赶紧|马上|尽快)?来?治|拖下去|再拖|再等)[^。;!?]{0,16}?(?:腿|手|眼睛?|脚|牙|肾|肝|胃|腰|关节|子宫|卵巢|胳膊|耳朵|视力|听力)(?:就|也|都|可就|怕是)(?:要)?(?:废了|完了|毁了|瞎了|聋了|没了|保不住了?)/),
      // Round thirty-six: "if it goes on like this", then the grave disease as a certainty (再这样下去就是肝硬化、肝癌三部曲; 照这样下去
      // 迟早发展成尿毒症); "might raise the risk" (长此以往会增加患癌风险) names no certainty and does not match.
      p(/(?:(?:再|照|就|继续|一直)这样下去|长此以往|任其发展(?:下去)?|这样拖下去)[^。;!?]{0,4}?(?:就是|就会|必然|必定|肯定(?:会|是)?|注定|迟早|早晚|一定会|只能)(?:发展成|演变成|变成|走向|得|患上?|落得|是)?(?:肝硬化|肝癌|[一-鿿]{0,2}?癌(?!症?(?:的)?(?:风险|几率|概率|可能))|尿毒症|肾衰竭?|瘫痪|偏瘫|失明|截肢|中风|脑梗|心梗|不孕|残疾|透析|坏死)/),
      // Round thirty-six: a spread over the body or a regret in the words a replacement tool leaves (病灶扩展至周身，届时悔之不及).
      p(/(?:扩散|蔓延|扩展|扩大|波及|发展)(?:到|至)?(?:周身|遍身|通身|满身)|扩展(?:到|至)全身|悔之不及|(?:追悔|后悔)不及|噬脐莫及/),
      // Round eighty-six (batch FZ): the same threat in English, an untreated condition said to turn deadly or cancerous, with a hurry to book
      // around it (Act now — left untreated, that spot will become cancerous. Call us today!); the plain fact without a hurry (untreated melanoma
      // can be fatal, see a dermatologist if a mole changes) is not matched.
      p(/(?<![a-z])(?:untreated|left untreated|without treatment)[^.。]{0,40}?(?:can|will|could|is going to|are going to)\s?(?:turn|become|be|get|grow)\s?(?:deadly|fatal|cancerous|malignant|life[-\s]?threatening)(?=[^。]{0,40}?(?:book|call (?:us|now|today)|act now|hurry|before it'?s too late|today|now))|(?:don'?t wait|act now|hurry|before it'?s too late)[^。]{0,30}?(?:untreated|left untreated|without treatment)[^.。]{0,40}?(?:can|will|could|is going to|are going to)\s?(?:turn|become|be|get|grow)\s?(?:deadly|fatal|cancerous|malignant|life[-\s]?threatening)/),
      p(/没救了?|没有救了|(?:基本|就)?没有?(?:办法|希望)了|花多少钱都治不好|(?:全身|浑身)(?:都会?|都是|都将)(?:变白|白斑|白了)|(?:就会|会|将会?)(?:全身|浑身)(?:都)?(?:变白|白了)|(?:一拖再拖|再拖下去|拖下去|拖到最后)[^。;!?]{0,16}?(?:全身|治不好|没救|来不及|后悔|越来越多|扩散)/),
    ],
    negation: 'suppress',
    // A myth listed in order to correct it (误区一：白癜风会传染。事实：不会) frightens no one; nor does a risk stated as
    // rare (痣恶变的概率很低，但…应该就诊).
    // Round eleven: a cancer named with a good prognosis (皮肤癌在早期发现时预后较好) informs; it threatens only when
    // waiting or the disease leads to it.
    // Round thirteen: a malignancy named as what a check rules out (就诊，排除恶变可能) threatens nothing.
    // Round thirteen: 突发性耳聋, 先天性失明 name a disease, not a threatened outcome.
    // Round fourteen: a possible outcome followed by the self-care that prevents it (严重时可能需要截肢，因此糖尿病患者每天都应
    // 检查双脚) informs; with the clinic, a hurry or a regret it is still a threat.
    // Round twenty: an outcome named as what care prevents (是预防截肢最有效的办法) threatens nothing.
    // Round twenty-seven: threats quoted from ads and called scaremongering or unlawful (一些广告用“不治会癌变”吓唬患者，这属于违规宣传).
    // Round thirty-six: a worry others voice (有些家长担心抽动症会影响孩子一辈子), answered in the same paragraph (事实上，多数儿童的症状会
    // …减轻), reassures; with the clinic or a hurry in the sentence it is still a threat.
    // Round one hundred and ten (batch HV): a hedged 可能 no longer clears the too-late threat (不及时处理…到时候再想去掉可能就晚了; 等到四十岁再想抚平就太晚了):
    // too late to act then is the threat itself; a hedge with no deadline (再想淡化需要更长时间) stays clean.
    // Round one hundred and fifteen (batch IF): nor does the self-care that follows a possible outcome (…所以请大家都到二楼登记检查) clear it when the
    // sentence says it will then be too late (到那时候再治就晚了), as 来不及 already kept it.
    refine: (c) => !(/担心|害怕|顾虑|忧虑|怕/.test(c.sentence) && /(?:有些|有的|很多|不少|部分|许多|一些)[^,，。;!?]{0,6}?(?:担心|害怕|顾虑|忧虑|怕)/.test(c.sentence) && c.paragraphHas(/(?:事实上|实际上|其实)[^。;!?]{0,24}?(?:多数|大多数|大部分|绝大多数|不会|并不|并没有|减轻|缓解|好转|可以控制)/) && !/本院|我院|我们|来院|到院|快来|赶紧|赶快|马上|后悔|来不及/.test(c.sentence)) && !(/^停(?:用|药|服|掉|吃)/.test(c.norm.slice(c.start, c.end)) && !/本院|我院|我们|本中心|本诊所|本品|本产品|该产品|这款|特制|秘制|自制|配制/.test(c.sentence)) && !(/[“"「『][^”"」』]{1,16}[”"」』]/.test(c.sentence) && /吓唬|恐吓|吓人|制造恐慌|危言耸听|违规|违法|虚假/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) && !(/^(?:皮肤)?癌变?$|^皮肤癌$|^恶变$/.test(c.norm.slice(c.start, c.end)) && /(?:增加|升高|提高|增大)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 6), c.start)) && /^[^,，。;!?]{0,2}?(?:的)?(?:风险|几率|概率|可能)/.test(c.norm.slice(c.end, c.end + 6)) && !/本院|我院|我们|来院|到院|快来|赶紧|赶快|马上|后悔|来不及|毁|一辈子|终身|没救|全身/.test(c.sentence)) && !(/(?:预防|避免|防止|减少|降低)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start)) && !/本院|我院|我们|来院|到院|快来|赶紧|赶快|后悔|来不及|一辈子|终身|没救/.test(c.sentence)) && !(/可能/.test(c.sentence) && /(?:因此|所以|为此)[^。;!?]{0,12}?(?:应|要|需|建议|请)[^。;!?]{0,8}?(?:检查|监测|注意|保护|控制|观察|护理|定期)/.test(c.sentence) && !/本院|我院|我们|来院|到院|快来|赶紧|赶快|马上|后悔|来不及|晚了|太晚|为时已晚|毁|一辈子|终身|没救|不堪设想/.test(c.sentence)) && !(/^(?:耳聋|失聪|失明|瘫痪)$/.test(c.norm.slice(c.start, c.end)) && /(?:突发性|神经性|老年性|先天性|传导性|感音神经性|混合性|药物性|噪声性|遗传性|脑性|截)$/.test(c.norm.slice(Math.max(0, c.start - 5), c.start))) && !(/^(?:恶变|癌变|皮肤癌|癌)/.test(c.norm.slice(c.start, c.end)) && /(?:排除|除外|鉴别|排查|筛查)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start)) && !/本院|我院|赶紧|赶快|后悔|来不及|毁/.test(c.sentence)) && !(/^随时/.test(c.norm.slice(c.start, c.end)) && /(?<!\d)120(?!\d)|急救|急诊|立即就医|及时就医|拨打/.test(c.sentence)) && !(/的风险$/.test(c.norm.slice(c.start, c.end)) && !/后悔|来不及|毁|无法挽回|癌|危及|全身|终身|没救|一辈子|再也|赶紧|马上|立即/.test(c.sentence)) && !(/^(?:皮肤)?癌变?$|^皮肤癌$/.test(c.norm.slice(c.start, c.end)) && /预后(?:较|很|相对|比较)?(?:好|良好)|治愈率(?:较|很|比较)?高|早期发现[^。;!?]{0,8}?(?:可以|能够?)?治愈/.test(c.sentence) && !/发展成|变成|演变|拖|不治|晚|会癌变|导致/.test(c.sentence)) && !(/(?:概率|风险|可能性|几率|比例|比率|发生率)(?:很|极|非常|相对|比较)?(?:低|小)|(?:很|极)少(?:见|数)?|罕见|少数|不常见/.test(c.sentence) && !/本院|我院|赶紧|赶快|马上|立即|快来|后悔|毁|来不及/.test(c.sentence)) && !(/担心|害怕|顾虑|忧虑|误以为|(?<!引)以为(?!戒)|听说/.test(c.sentence) && !/本院|我院|我们|来院|快来|赶紧|马上|悔之晚矣|后悔莫及|追悔莫及|为时已晚|结果[^。;!?]{0,4}拖|一辈子|滋味|殊不知|以为[^。;!?]{0,12}?(?:只是|不过是|没什么|小问题|小毛病|小事)|(?<![不未非])(?:必然|必定|必将|注定)|100%|百分之?百/.test(c.sentence)) && !(/可能|有可能|或许|部分|少数|有时|因人而异|建议|不必|不要(?:恐慌|惊慌|紧张|焦虑)/.test(c.sentence) && /不及时|不重视|再不|拖|晚一天|等到|放任|忽视|一旦/.test(c.sentence) && !/后悔|来不及|再想[^,，。;!?]{0,6}?就(?:太)?晚了|毁|崩溃|无法挽回|癌|恶变|不堪设想|随时|要命|下一个(?:出问题|遭殃|受累|受损|倒下)|内脏|心脏|肾脏|肝脏|要了|性命|一步之遥|危及|全身|终身|无法治愈|没救|一辈子|这辈子|永远|再也|彻底失去|中风|猝死|脑梗|心梗|入脑|败血症|截肢|瘫痪|衰竭|失明|植皮|代价|付得起|承担得起|婚姻/.test(c.sentence)) && !(/(?:其实|实际上|事实上)[^。;!?]{0,10}(?:不会|并不|没有|不是)|误区|谣言|传言|错误(?:观念|说法|认识)|并非如此|事实上|其实不会|辟谣/.test(c.sentence) || c.paragraphHas(/误区|谣言|辟谣|事实[:：]/)) && !fearDenied(c),
    examples: {
      bad: ['老年斑要是放着不管，过几年就可能变成皮肤癌，到那时候再治就晚了，所以今天讲座结束后请大家都到二楼登记检查', '这颗痣不处理可能会恶变，等到那时候再治就太晚了，所以请尽快来做个检查', "痣不点掉，迟早会变成皮肤癌", "这颗疣不处理，随时可能癌变", "颈纹要是不及时护理，可能越来越深，等到四十岁再想抚平就太晚了", "灰指甲不治的话会传染给全家", "湿疹再拖下去，小心手都会烂掉", "血压不管，中风也许就在下一秒", { text: "天天久坐不动，猝死说不定就在明天！", type: 'ad' }, "拖着不治，身上的白斑越来越多", '腰椎间盘突出拖下去，最后瘫痪在床，后悔都来不及', { text: 'Act now — left untreated, that spot will become cancerous. Call us today!', type: 'ad' }, { text: '中风后不及时治疗，从此再也下不了床', type: 'ad' }, '肚子疼了半个月还不去看医生，后果不堪设想', '脸肿了还拖着不治，小心喉头水肿窒息丧命', { text: '孩子的特应性皮炎护理不当，会落下过敏体质，影响一辈子', type: 'kepu' }, { text: '类风湿再拖下去，下半辈子就只能坐轮椅', type: 'ad' }, { text: '问：宝宝的湿疹能放着不管吗？答：千万不能！放任不管会拖成哮喘，耽误孩子一生', type: 'kepu' }, '痤疮不及时处理，留下的痘坑会跟着你一生', { text: '哮喘发作不当回事？小心哪天突然窒息，随时有生命危险', type: 'ad' }, { text: '痛风每发作一次，关节就损伤一次', type: 'ad' }, { text: '湿疹反反复复，过敏性鼻炎、哮喘各种并发症都会找上门', type: 'ad' }, '白斑一旦进入进展期，几周就能长满半边脸', "有人说白斑不治会癌变，这是真的，拖下去后悔都来不及", '很多人的白斑在一年内扩大一倍以上，最终发展成泛发型，再也无法复色', { text: "颈椎病拖久了百分之百会瘫痪", type: 'ad' }, "甲状腺结节不及时处理，三年后必定恶变", { text: "乳腺结节拖着不管，半年后就会变成恶性", type: 'institution' }, { text: "痛风不控制，十年后尿毒症是板上钉钉的事", type: 'ad' }, "等血栓跑到脑子里，人说没就没了", "在美容院乱打针的人，最后都落下激素脸，一辈子都摆脱不了", { text: "很多家长以为孩子只是贪玩，其实这是抽动症，不趁早干预将来必定考不上好学校", type: 'institution' }, { text: "银屑病患者容易放松警惕，然而不及时治疗，皮损必定扩散", type: 'institution' }, { text: "前列腺炎不抓紧来院治疗，婚姻注定走向破裂", type: 'ad' }, { text: '肩周炎拖成冻结肩，胳膊就再也抬不起来了', type: 'ad' }, { text: '甲亢不规范治疗，心脏迟早被拖垮', type: 'ad' }, '这个病发展起来很快，三个月就能从局部长到全身', { text: '别让一时的犹豫，换来一辈子的后悔', type: 'ad' }, { text: '到了晚期，花再多钱也买不回健康', type: 'ad' }, { text: '附件炎不及时治，输卵管粘连堵塞，以后想要孩子就难了', type: 'ad' }, { text: '再不来治，您这条腿就废了', type: 'ad' }, { text: '盆腔炎拖着不治，炎症会一路往上走，到时候想怀都怀不上', type: 'ad' }, { text: '精索静脉曲张不及时处理，以后就生不了孩子', type: 'ad' }, { text: '血糖不控制，照这样下去迟早发展成尿毒症', type: 'institution' }, { text: '您这个尿酸再这样下去就是肾衰竭，您今天能过来吗？', type: 'institution' }, '延宕医治会造成病灶蔓延至遍身', '耽搁治疗，届时悔之不及', { text: '很多患者一开始只是指甲盖大小的白点，不当回事，半年后就蔓延到了整个面部', type: 'institution' }, { text: '一名患者拖了整整五年。如今白斑已经覆盖了全身大部分皮肤', type: 'case' }, { text: '“当初要是早点来治，也不至于现在连工作都丢了。”', type: 'case' }, { text: '别小看一块白斑，放任不管，下一个出问题的可能就是你的心脏', type: 'kepu' }, { text: '她因为脸上的白斑不敢去上学。家长们，别等到这一天', type: 'institution' }, '颈椎病拖着不治，将来连内脏都会受牵连', '每耽误一周，康复的机会就减少一分', '白斑晚来半年就可能发展成恶性病变', '湿疹拖了两年没管，现在连找对象都难', { text: '每拖延一天，就有上千个毛囊坏死', type: 'ad' }, '拖了三个月，斑从脸颊长到了脖子，现在悔不当初', { text: '再晚来两周，脚趾恐怕就要坏死', type: 'ad' }, { text: '别看只是小毛病，慢性咽炎长期反复发作就会诱发喉癌', type: 'institution' }, { text: '一旦停用本院的特制膏方，血糖会迅速反弹并引发失明', type: 'institution' }, '白癜风拖到后期，药物已经完全无效，只能等着一点点变白', { text: '⚠️白斑不治会癌变⚠️ 你还敢拖吗？', type: 'institution' }, { text: '别再拖了，手上的疣不处理会越长越多，最后长满双手', type: 'ad' }, { text: '不要拖了！孩子的胎记不早点处理，会跟着他一辈子', type: 'institution' }, { text: '痘痘不管它，迟早变成满脸痘坑，花多少钱都修复不了', type: 'ad' }, '孩子的白斑要是拖到青春期，自卑心理会伴随他一生', '头发一旦掉光，毛囊就再也长不出来了，越早治疗越好', '现在不去处理，到时候再手术也来不及了', '白斑放任不管，随时会全身泛发', { text: '灰指甲会传染全家，千万别大意', type: 'ad' }, '湿疹放任不管的人基本都会扩散', '别人的教训要引以为戒，白斑拖下去会扩散到全身', '白癜风不治会遗传给孩子', { text: '再拖下去，白斑将遍布整个身体', type: 'ad' }, { text: '现在不治疗，这病会伴随孩子一辈子', type: 'ad' }, { text: '错过治疗期就无药可救了', type: 'ad' }, { text: '不处理就会终生悔恨', type: 'ad' }, { text: '缺牙不补，邻牙会歪，到最后整口牙都保不住', type: 'ad' }, { text: '痛风不控制，以后孩子也会得，一家人跟着遭罪', type: 'ad' }, { text: '孩子的近视不控制，将来前途就毁在你手里了', type: 'ad' }, { text: '脚气拖着，传染给家人只是时间问题', type: 'ad' }, '前列腺炎拖久了，婚姻走到尽头的例子我们见得太多了', '灰指甲不是小事：一个传十个，还会传给家人', { text: '乙肝不抓紧治疗，家里的顶梁柱倒了，这个家还怎么撑？', type: 'ad' }, '孩子长期张口呼吸会变丑，以后整形都难以挽回', '痛风会遗传，你现在不管，将来孩子也逃不掉', '错过最佳矫正期就再也改不了', { text: '脱发拖到三十岁，只能植发了', type: 'ad' }, '孩子近视不查，将来度数飙升，一辈子戴厚眼镜', '这种病会传给下一代，千万别拖', '很多人以为打鼾只是小毛病，殊不知它会让人失明', '拖着不治，真菌会顺着血液传遍全身', { text: '乳腺增生拖着不管，变成乳腺癌只是时间问题', type: 'ad' }, 'HPV感染不治会传染给老公，让他得上阴茎癌', '很多患者就是因为一开始没当回事，才从一小块发展到半边脸', '脊柱侧弯在青春期会迅速加重，到时候只能做大手术', '时间长了两边的牙会倒过来，最后整口牙都会松动脱落，想补都补不了', '长期便秘，毒素堆积在体内，会引发各种癌症', '孩子长期张口呼吸，脸会越长越丑，一辈子都改不回来', '一个小小的口腔溃疡，可能就是口腔癌的开始，千万别拖', '糖尿病不及时治疗可能截肢，因此要赶紧来我院做足部检查', '白癜风如果发展到晚期，就会全身变白', '白斑扩散速度惊人，几个月就能从一块变成满身', '白癜风会影响孩子的一生，家长千万不能大意', '很多人因为白斑丢掉了工作，甚至妻离子散', '孩子近视不管，度数一年涨三百度，高度近视会致盲！', '痛风石不及时清除，关节会一点点被腐蚀，最后只能坐轮椅', '你以为只是掉几根头发？其实你离秃顶只差一个夏天', '很多家长不知道，孩子鼻炎不治会导致脸型变丑、智力下降', '每晚打呼噜的人，离中风只有一步之遥', '一颗小小的痣，不及时切除，几个月就会要命', '别让身高毁了孩子的前程', '乳腺结节若不及时处理，随时可能恶变，后果不堪设想！', '白癜风一旦进入进展期，白斑就会像墨水滴在纸上一样迅速蔓延', '别再犹豫了，白斑每天都在扩大！', '你以为只是普通的咳嗽？拖下去很可能就是肺癌！', '很多胃癌就是这么拖出来的', '千万别等疼得受不了才来，那时候就只能换关节了', '宫颈糜烂不治疗，到时候连子宫都保不住', '您还敢让孩子继续这样驼背下去吗？', '再不减肥，各种慢性病就要找上门了', '乳腺增生不管它，很快就会变成乳腺癌', '所有三十岁以上的女性必须立即做一次宫颈筛查，否则等发现就是晚期了', '每一位乙肝携带者都必须立刻开始治疗，否则三年内必然发展成肝硬化', '警惕！你的颈椎正在悄悄毁掉你的大脑', '打鼾随时会让你在睡梦中猝死', '头发越来越少？再不干预，明年你就是光头了', '胸闷就是心梗的前兆，晚一天都可能有生命危险', '每拖一天，治疗难度就增加一倍', '延误治疗的后果非常严重，轻则毁容，重则致残', '头发越掉越少，再不治疗就要彻底秃了', '白癜风如果不及时控制，很可能会发展成皮肤癌', '白斑不治，孩子的一生就毁了', '再不治疗，白斑会扩散到全身', '白癜风拖延治疗会癌变', '错过最佳治疗时机，终身遗憾', '白斑越拖越严重，后悔莫及', '每拖一天，色素细胞就少一批，等它们死光了，就再也没有恢复的机会', '玫瑰痤疮放着不管，脸会一年比一年红，到最后连化妆都遮不住', '等你注意到它的时候，它早已悄悄扩散了', '殊不知病情每拖一天，治疗难度就翻一倍', '本周不来面诊的患者，将失去本年度最后一次控制病情的机会', '早治疗早解脱，晚治疗终身受罪', '产后白斑不抓紧治疗，就会在下一次怀孕时全面爆发', '很多家长以为小白点会自己消失，结果一拖再拖，悔之晚矣', '皮肤瘙痒看似小事，实际上是肝癌的信号', '这种病千万不能拖，拖过三天就会留下终身的后遗症', '错过这个阶段，孩子的白斑就再也治不好了', '自己乱涂药膏，到最后只能植皮', '孩子的湿疹治不好，将来一辈子都离不开药', '要是早来半年，根本不会落下这么大的疤', '下个月不来复查，病情反弹可别怪医生没提醒', '别让一颗小痣要了您的命', '小小的脚气不治，会传染给全家，连老人孩子也难逃', '这个月不治疗，整个冬天白斑都会疯长', '现在不治，将来花十倍的钱也治不回来', '再不重视，小小的伤口也可能发展到截肢', '白斑进入快速扩散期，未治疗的患者请于本月底前到院评估', '今天不花小钱，明天就要花大钱', '父母的一时疏忽，可能让孩子背负一生的白斑', '如果你爱你的孩子，就不要让他带着白斑长大', '您还在拖吗？拖掉的是孩子的未来', '等你发现头发一把一把掉的时候，毛囊早就坏死了', '想治也没机会了', '这个病如果现在不处理，半年后白斑面积会翻倍', '早一天治疗，少一分痛苦；晚一天治疗，多一份危险', '很多人就是因为没当回事，最后落下了一辈子的疤', '一个小小的痣，可能就是死神的信号', '这三种白斑一旦出现，说明离全身白化不远了', '您现在省下的每一分钱，将来都要加倍花在治疗上', '孩子还小，您可以等，但白斑不会等', '不少患者就是因为犹豫了一个月，白斑从一块变成了二十块', '孩子的白斑如果再晚来一个月，恐怕就要扩散到眼睑了', '孩子自卑、不愿出门，很可能就是因为您没有及时带他治疗', '因为晚了，黑色素细胞会全部死亡，再好的医生也无力回天', '每多犹豫一天，就多一块白斑', '数据显示，十个拖着不治的患者里有七个会加重，难道您想成为其中之一？', '等他终于来的时候，指甲已经全部变形了', '您可以不在乎自己，可等孩子被传染了，您拿什么跟他交代？', '关节一旦变形就是一辈子的事，您还怎么照顾一家老小？', '难道非要等到溃烂流脓才肯来医院吗？', '你敢赌吗？赌输了的代价，是你的命', '那些说没事的人，后来很多都躺在了肿瘤科的病床上', '湿疹一直没管，后来只能辞职在家', { text: '体检报告上的异常别不当回事，否则会给全家留下一辈子里最大的遗憾', type: 'institution' }],
      ok: ['少数老年斑样的皮损可能是皮肤癌，所以短期内变大或出血时应及时检查', '老年斑绝大多数是良性的，不会变成癌，突然变大、出血时要及时检查', "痣不处理也不会随时变成癌，别慌", "有人说痣不切掉迟早会癌变，这是谣言", "大多数痣不处理也不会恶变，定期观察即可", "如果不及时处理，部分患者可能留下色沉，再想淡化需要更长时间", "脚气有传染性，家人最好分开穿拖鞋", "不及时治疗的话，手足癣也可能反复，要坚持用药", "心梗的高发时段在清晨，起床动作要慢", { text: "脑梗患者的复查在明天上午，请空腹", type: 'institution' }, "社区跳广场舞的阿姨越来越多，音量请调低", "参加晨练的老年人越来越多，请注意防滑", '髋部骨折不手术的话，部分老人最终可能长期卧床，是否手术请与医生商量', { text: 'Untreated melanoma can be fatal, so see a dermatologist if a mole changes in shape.', type: 'kepu' }, { text: "Don't wait to ask about a new mole: most are harmless, and untreated ones rarely become cancerous.", type: 'kepu' }, '他拖着病腿坚持上班，最后还是请了病假', '不及时就医后果可能很严重，但多数胃痛并非急症，可先观察', '湿疹护理不当可能反复发作，规范保湿后多数会减轻', '血管性水肿累及喉部时可能窒息，出现呼吸困难请立即拨打120', '服药期间小心防晒，避免晒伤', '湿疹不及时治疗会影响孩子一生吗？多数婴儿湿疹随年龄增长会逐渐减轻', '不及时就医的人在一生中也可能只发作一两次荨麻疹', '心血管病、糖尿病的风险与肥胖有关，建议控制体重', '银屑病关节炎经规范治疗，大多数患者可以正常行走，并不是一辈子只能坐轮椅', "湿疹与皮肤癌没有直接关系，不必担心", "有人说斑秃不治就会全秃，这个说法并不准确，多数斑秃可以自行恢复或经治疗好转", "“白癜风是不治之症”的看法早已过时，多数患者可以控制病情", '少数进展期患者最终可能发展为泛发型，但仍有治疗办法，不必绝望，按时复诊即可', "甲状腺结节拖着不管一般也不会变成恶性，定期复查即可", "乳腺纤维瘤恶变的比例很低，多数只需随访", "盆腔炎不及时治疗不一定会导致不孕，但建议尽早就医评估", "变成慢性病以后要长期管理，但多数人可以正常工作和生活", "乙肝患者规范抗病毒治疗后，发展为肝硬化的风险明显降低", '术后他再也睡不着觉的情况在调整用药后消失了', '皮疹从局部开始出现时，应及时就诊明确诊断', '再等两周复查，腿上的伤口就能拆线了', '不及时治疗的附件炎少数会影响怀孕，规范用药后多数可以正常怀孕', { text: '盆腔炎如不及时治疗，部分患者可能导致不孕，建议遵医嘱足疗程用药', type: 'kepu' }, '长此以往，会增加患癌的风险，建议戒烟限酒', '白斑拖着不治，会不会扩散全身，您能来一趟吗？', '照这样下去就是三个月的疗程，复查后再调整', '系统性红斑狼疮可累及全身多个器官，需要规范随访', '不少患者担心湿疹会影响孩子一辈子。其实多数孩子长大后会明显减轻，坚持保湿就好', '如果拖着不治，少数人可能影响生育，但多数经规范治疗可以怀孕', '再过两周复诊时，医生会评估脚趾伤口的愈合情况', { text: '患者就诊较晚，白斑面积较大，但近两年未再扩大', type: 'case' }, { text: '如果早点来复查，医生可以更早调整剂量', type: 'kepu' }, { text: '下一个问题是关于光疗的费用', type: 'kepu' }, '白斑拖着不治一般也不会恶变，但会影响治疗时机', '不及时治疗也不致癌变，只是面积可能变大，治疗需要的时间更长', '白斑晚来几个月一般也不会发展成恶性病变', '耽误一个月复诊问题不大，但不要长期中断治疗', '降压药不要擅自停用，停药后血压会迅速反弹，甚至引发中风，调整用药请遵医嘱', '口腔溃疡看似小问题，但两周不愈可能会发展成癌，应及时就医', '网上说湿疹会“扩散全身”，其实湿疹并不会这样扩散', '白癜风拖到后期并不意味着药物完全无效，仍值得规范治疗', '一人得了流感，可能会传染全家，家里要注意通风', '不管它是哪种类型，都要先到医院明确诊断', '一些广告用“不治会癌变”吓唬患者，这属于违规宣传', '烧伤后毛囊被破坏的部位再也长不出头发，可以咨询医生了解修复方法', '报名截止后到时候再补报也来不及，请提前准备材料', '白癜风并不会伴随你一生，部分患者可以复色', '银屑病是慢性病，多数人需要长期管理，但可以正常生活', '牙周炎不治疗，牙齿可能松动脱落，所以建议每半年洁牙一次', '银屑病有一定遗传倾向，将来孩子也可能患病，但概率并不高，不必过度担心', '照顾病人很辛苦，家人跟着受累是常有的事，可以寻求社工帮助', '長期日曬可能增加皮膚癌風險，外出時建議做好防曬', '乙肝可以通过母婴传播，新生儿及时接种疫苗可以阻断传播', '每天检查双脚、及时处理破损，是预防截肢最有效的办法', '灰指甲有一定传染性，家人不要共用拖鞋和指甲刀', '家里的顶梁柱生病了，全家人的生活都要重新安排，社工可以帮助申请大病救助', '瘢痕体质的人手术也难以完全避免留疤，术前要和医生充分沟通', '乳腺增生大多是良性的，癌变风险很低，定期复查即可', '如果拖到晚期，可能只能手术治疗，因此建议定期筛查', '症状拖成慢性以后，往往只能长期用药控制，早期规范治疗很重要', '不查不知道，一查吓一跳，建议每年体检', '很多人以为白癜风会癌变，其实不会', '癌细胞可以通过血液扩散，这叫远处转移', '乳腺增生绝大多数不会癌变，定期复查即可', 'HPV可以通过性接触传播，建议伴侣一同检查', '| 说法 | 真相 |\n|---|---|\n| 白癜风会传染 | 错误，白癜风不传染 |', '如果保守治疗三个月无效，到时候可能只能考虑手术，医生会详细评估', '晚期患者想治都治不了，所以早筛很重要', '吸烟会引起各种疾病，包括肺癌和心血管病', '肺结节绝大多数是良性的，并不都是肺癌的开始', '糖尿病足如不及时处理，严重时可能需要截肢，因此糖尿病患者每天都应检查双脚有无破损', '白斑扩散的速度因人而异，进展期需要积极治疗', '白癜风不会影响寿命，也不会传染', '突发性耳聋要尽早治疗，发病两周内治疗效果相对较好，但并非所有人都能恢复', '腺样体肥大可能影响面部发育，建议到耳鼻喉科评估', '离成功只有一步之遥，坚持复诊很重要', '这种疼起来真要命，但一般两三天就会缓解', '黑痣短期内迅速增大、边缘不规则时，应尽快就诊，排除恶变可能', '进展期白斑可能迅速扩大，一旦发现新发白斑，建议尽早评估', '乳腺增生绝大多数不会发展成乳腺癌，定期复查即可', '胃癌早期多无症状，40岁以上人群建议定期做胃镜', '"不打针不吃药"的宣传不能代表安全，延误正规治疗的风险更大', '急性心梗随时可能猝死，出现持续胸痛要立即拨打120', '胸闷可能是心梗的前兆，伴有胸痛、出汗时应立即就医', '长期高血压会损伤肾脏，需要定期复查', '皮肤癌在早期发现时预后较好，建议定期自查皮肤', '白斑扩散到脸上时，可以和医生商量是否调整治疗', '白癜风不会传染，也不会癌变', '白癜风有一定遗传倾向，但不一定会遗传给孩子', '进展期及时治疗有助于控制白斑扩大', '延误治疗可能使病情恶化', '一旦对某种药物过敏，终身都应避免再次使用', '再不舒服也不要自行挤压痘痘，以免留下永久性的痘坑', '看似湿疹的皮疹，实际上可能是湿疹样癌，需要活检确诊', '别等天热了才开始防晒，春天的紫外线也不弱', '白癜风并非不治之症，最终能否复色要看分型和分期', '过敏性休克一分钟都不能耽误，请立即拨打120', '进展期白斑建议尽快就诊评估', '如果症状持续加重，最后只能由医生评估是否需要住院', '如果皮疹持续不退，最后只能靠活检来明确诊断', '夏天到了，杂草疯长，户外活动要注意防蚊虫叮咬', '复发期请在医生指导下规范用药，务必于每月复查一次肝功能', '痣恶变的概率很低，但出现ABCDE变化时应该就诊', '疥疮容易传染给全家，所以家人要一起治疗', '过了这段时间就再也不痒了', '每个人都难逃皮肤老化', '一旦出现高热和大片皮肤剥脱，应立即到急诊就医', '调查显示，多数患者通过规范治疗可以维持良好的生活质量', '医生答：这种稳定的老年斑晚一些处理问题不大', { text: '别拖了，发现皮疹持续不退就去皮肤科看看，多数是常见的湿疹', type: 'kepu' }, { text: '奶奶常说，年轻时没能读完医学院，是她一生中最大的遗憾', type: 'case' }],
    },
  },
  {
    id: 'appearance-anxiety',
    category: 'fear',
    title: '容貌焦虑：找不到对象、被人嫌弃',
    basis: BASIS.fear,
    message: '把白斑与“找不到对象”“被人嫌弃”“毁了一生”联系起来，是在制造容貌焦虑，也加重对患者的歧视。',
    suggestion: '删去。可以用尊重、不带歧视的语气谈心理影响，并提供支持性的信息，例如“如果感到压力，可以和医生或心理咨询师聊一聊”。',
    levels: levels('EEEW'),
    patterns: [
      // Round sixty-six (batch EL): the partner may be the fiancé(e) or the other family, and the rejection a broken engagement (被未婚夫退婚,
      // 被男方家悔婚).
      // Round forty-eight (batch CQ): the reader looked down on by a partner or the people around, told in the passive (被丈夫嫌弃,
      // 被同事嘲笑); a whole life of school, work and marriage said to meet discrimination (升学、就业、婚恋都会受歧视); everyone's eyes
      // on the reader's flaw (走在路上别人都在看你的头顶). Support for patients who fear it is let through by refine below.
      p(/被(?:丈夫|老公|妻子|老婆|对象|男友|女友|男朋友|女朋友|未婚夫|未婚妻|伴侣|婆家人?|男方家?|女方家?|公婆|家人|同事|同学|朋友|别人|旁人|路人|周围的人)(?:们)?(?:当众|当面|背后|处处)?(?:嫌弃|嫌|看不起|瞧不起|嘲笑|取笑|笑话|孤立|排斥|抛弃|冷落|退婚|退亲|悔婚)|(?:升学|上学|就业|求职|找工作|工作|婚恋|恋爱|结婚|社交)[^。;!?]{0,10}?(?:都|也|处处|必然|肯定)(?:会|要|将)?(?:受|遭|被)(?:到)?(?:歧视|排斥|白眼|冷眼)|(?:别人|路人|大家|所有人|人人|旁人|同事|同学|周围的人)(?:都|总)(?:在|会)?(?:盯着|看|瞅|打量)(?:你|您)的/),
      // Round twenty-one: a match that went nowhere (相亲对象见一面就没了下文), single for how long (你打算单身到什么时候), what the
      // in-laws, the partner or colleagues will think of the reader (婆家人会怎么看你).
      p(/(?:相亲|面试|职场|求职|婚恋|约会)[^,，。;!?]{0,6}?连[^,，。;!?]{1,8}?机会都没有|(?:老公|丈夫|男友|男朋友|老婆|妻子|对象|伴侣)[^,，。;!?]{0,4}?(?:迟早|早晚|早就|都)(?:会)?(?:变心|出轨|移情别恋)|(?:打算|还要|还想|准备|要|想)单身到(?:什么时候|哪年|几岁)|(?:注定|只能|怕是要|就得|只好)(?:单身|打光棍)一辈子|没了?下文(?<=(?:相亲|对象|约会|见面|见一面|男方|女方|介绍)[^。;!?]{0,10}?没了?下文)|怎么(?:看|想|议论|评价)(?:你|您)(?<=(?:婆家|公婆|婆婆|娘家|男方|女方|丈母娘|岳父母|对象|老公|老婆|丈夫|妻子|男友|女友|男朋友|女朋友|同事|同学|领导|面试官|亲戚|邻居)(?:人|家人|家)?(?:会|该|又会|又该)?怎么(?:看|想|议论|评价)(?:你|您))/),
      // Round twenty: the job or the marriage at stake (一旦被发现，你可能连工作都保不住).
      p(/(?:工作|饭碗|职位|岗位|婚姻|家庭|铁饭碗)(?:都|也)?(?:保不住|难保|不保|要丢|得丢)/),
      // Round fifty-nine (batch DW): a practical 找不到 followed by where to ask (如找不到可咨询导诊台, 找不到的话请致电) is no social loss.
      // Round one hundred and six (batch HN), in the pattern below: 找不到 a second or a like one (国内找不到第二家, 找不到同样的设备) counts rivals, not a social loss.
      // Round one hundred and twenty-two (batch IT), in the pattern below: 找不到了 with nothing between tells a thing gone (肚皮上的纹一条都找不到了; 钥匙放哪儿
      // 找不到了), no partner or job out of reach; 找不到对象了 still names the loss.
      p(/(?:找不到(?!了)(?![^,，。;!?]{0,4}?(?:原因|诱因|病因|过敏原|规律|答案|证据|依据|位置|出口|入口|停车位|车位|病灶|来源|致病菌|感染源|第二|第三|同样|一样|类似|相同))(?![,，]?\s?(?:可|请|可以|就|再)(?:以)?(?:咨询|询问|联系|拨打|问|到|前往|找|致电))|嫁不出去|娶不到|谈不了)(?:对象|工作|男朋友|女朋友|老婆|老公)?|被(?:人|别人|同事|同学)?(?:嫌弃|歧视|指指点点|嘲笑)|遭人(?:嫌弃|白眼)|抬不起头|不敢抬(?:起)?头|自卑到[^,，。;!?]{0,4}?不敢|没脸见人|不敢见人|自卑一辈子|毁了[^,，。]{0,4}(?:一生|一辈子|前途|婚姻)|毁了(?:你|您)(?:的)?(?:婚恋|爱情|人生|青春|幸福|姻缘|形象|气质|魅力|颜值|好感)|影响(?:求职|婚恋|找对象|前途|升学|婚姻)|容貌焦虑|颜值(?:就是|决定)|丑陋|难看死了|变成(?:花脸|斑点人)|花脸/),
      // Social catastrophe: 被同学孤立, 盯着看, 婚姻破裂, 男朋友都会离开, 当成怪物, 受这种罪.
      p(/错失良缘|失去(?:了)?(?:自信|良缘|机会)|谁(?:还)?(?:敢|会|愿意)(?:娶|嫁|要)|(?:嫌弃|看不起|疏远|离开|歧视|嘲笑|躲着)(?<=(?:老公|老婆|丈夫|妻子|对象|男友|女友|男朋友|女朋友|伴侣|婆家|公婆|同事|同学|别人|旁人|领导|面试官|亲人|家人|亲戚|朋友|邻居|孩子)[^,，。;!?]{0,6}?会(?:嫌弃|看不起|疏远|离开|歧视|嘲笑|躲着))|(?:受影响|受到影响|碰壁|受阻|被拒|成问题|吃亏|没戏|被pass|被刷|出局)(?<=(?:找工作|求职|工作|职场|面试|升职|晋升|结婚|婚恋|恋爱|升学|前途|社交|交友|找对象|相亲)[^。;!?]{0,8}?(?:受影响|受到影响|碰壁|受阻|被拒|成问题|吃亏|没戏|被pass|被刷|出局))|出卖(?:你|您)的?(?:年龄|秘密)|老(?:了)?(?:十|[五六七八九\d]+)岁|(?:颜值|外貌|长相)[^,，。;!?]{0,4}?(?:竞争力|吃亏)|(?:相亲|婚恋|职场|求职)(?:市场)?(?:上|中)?[^,，。;!?]{0,4}?(?:没有(?:任何)?竞争力|毫无竞争力|没有优势|低人一等)|(?:别想|休想)[^,，。;!?]{0,6}?(?:素颜|见人|出门|抬(?:起)?头|穿裙子|拍照|照镜子)|处处吃亏|被[^,，。;!?]{0,6}?(?:孤立|排斥|盯着看|当成怪物|看不起|笑话)|盯着(?:你)?看|一辈子(?:自卑|抬不起头)|失去(?:了)?(?:工作|婚姻|爱情|朋友)|婚姻破裂|(?:男朋友|女朋友|男友|女友|对象|老公|老婆|丈夫|妻子|伴侣)(?:都|也|就)?(?:会|要|得)?(?:离开|离你而去|嫌弃)|怪物|受这种罪|(?:还要|还得|还想)忍(?:受)?(?:多久|到什么时候)|每一次(?:照镜子|出门)都是(?:折磨|煎熬)|花花的脸|大花脸|怎么(?:见人|出门|嫁人|娶媳妇)|连[^,，。;!?]{1,8}?都不敢(?:戴|穿|露|出门|见人|拍照|照镜子)|相亲[^,，。;!?]{0,4}?(?:都|也)?(?:没人|被拒|失败|碰壁)|没人(?:看得上|看上)|变成地中海|(?:以后|将来|今后|还)?怎么找(?:对象|男朋友|女朋友|老婆|老公|媳妇)|交不到(?:朋友|对象|男朋友|女朋友)|(?:同事|同学|别人|旁人|大家|路人|周围的人|朋友|邻居|亲戚)[^,，。;!?]{0,4}?(?:都|总|全)(?:在)?(?:笑|嘲笑|笑话|议论|指指点点)(?:你|您)|还怎么(?:升职|加薪|找工作|谈恋爱|嫁人|娶媳妇|交朋友)|(?:想)?找(?:对象|工作|女朋友|男朋友|老婆|老公)(?:都|也)(?:难|不好找|困难)|顶着(?:一张|一脸|满脸|满头)|被[^,，。;!?]{0,6}?(?:叫成|喊成|叫做|起外号|取外号|起绰号)|没人(?:要|爱|喜欢|愿意娶|愿意嫁)|嫁不出|娶不上|单身一辈子|被甩|(?:妻子|老婆|丈夫|老公|爱人|伴侣|另一半|对象)[^,，。;!?]{0,4}?(?:提出|闹着|吵着|要)(?:了)?(?:离婚|分手)/),
      // Round one hundred and twenty-six (batch JB): nobody will look twice, asked as a question (相亲谁敢看你第二眼; 顶着一脸老年斑，谁还愿意多看你一眼):
      // the reader told the blemish drives people off; 谁来看你的检查单 names no glance.
      p(/谁(?:还)?(?:敢|会|愿意|肯|想)(?:多)?(?:看|瞧)(?:你|您)(?:一眼|第二眼|两眼|一下)/),
      // Round eight: the partner's look changes (老公看你的眼神都会变), others already healed while the reader hesitates
      // (当你还在观望的时候，别人早已恢复了光洁的皮肤), how long the reader and the family will bear it.
      // Round twelve: the partner will not look at the reader any more (老公都不愿意多看你一眼); nobody likes someone who looks
      // like that (没有人会喜欢一个胖子).
      // Also: a lifetime of carrying it (一辈子顶着白斑), the whole of life narrowed (找对象难、找工作难，人生处处受限), an employer or
      // a partner asked whether they would still take the reader (面试官…还会录用你吗, rhetorical).
      // Round fifteen: nobody wants to be friends with someone who looks so (没有人愿意和一个满脸痘坑的人做朋友), the partner
      // coming home later and later, rejected at a glance (第一轮就把你刷掉), a wedding photo never taken.
      // Round seventy-one (batch EV): the reader addressed directly (没人愿意和你做朋友, 没有人想跟您谈恋爱), not only someone who looks so.
      p(/没(?:有)?(?:人|谁)(?:会|愿意|想|肯)(?:再)?(?:和|跟|同|与)(?:你|您)(?:做朋友|交朋友|谈恋爱|在一起|结婚|约会|共事|握手|坐在一起)/),
      // Round ninety-nine (batch HA): a feature of the face or body, then the people who matter said to judge the reader by it (眼袋一出来，客户就觉得你没精神、
      // 不可靠; 发际线一后移，面试官会以为你不上进): the worry is made, not the fact told. In the pattern above, the image or the charm the feature ruins (别让
      // 法令纹毁了你的形象). 黑眼圈重的时候，同事会关心你是不是没睡好 judges no one.
      p(/(?:眼袋|黑眼圈|皱纹|法令纹|抬头纹|鱼尾纹|色斑|黄褐斑|雀斑|老年斑|痘印|痘坑|痘痘|白发|脱发|发际线|秃顶|啤酒肚|小肚子|黄牙|口臭|双下巴|松弛|下垂|暗沉|赘肉|驼背)[^。;!?]{0,16}?(?:客户|同事|领导|老板|面试官|考官|别人|旁人|对方|相亲对象|对象|大家|人家|身边的人|周围的人|hr|甲方)(?:就|都|会|也|一眼就|马上|立刻){0,2}(?:会)?(?:觉得|认为|以为|嫌|看出|当)(?:你|您)(?:很|太|又|特别)?(?:没精神|没精打采|不可靠|不专业|不靠谱|邋遢|显老|老了|憔悴|疲惫|没自信|不自信|老气|没气质|不精神|靠不住|不上进|不健康|凶|不好相处|不好惹|懒|不自律)/),
      p(/没(?:有)?(?:人|谁)(?:会|愿意|想|肯)(?:和|跟|同|与)[^,，。;!?]{0,10}?的(?:人|女生|男生|女孩|男孩|姑娘|小伙)(?:做朋友|交朋友|谈恋爱|在一起|结婚|约会|共事|握手|坐在一起)|(?:老公|丈夫|男友|男朋友|老婆|妻子|女友|女朋友|对象)[^,，。;!?]{0,2}?(?:回家越来越晚|越来越晚回家|越来越冷淡|越来越不着家|夜不归宿)|(?:别想|休想)[^,，。;!?]{0,4}?(?:穿婚纱|拍婚纱照|穿泳衣|穿短袖|嫁人|娶媳妇|娶老婆)/),
      p(/不敢(?:穿|露)(?:短袖|短裤|裙子|泳衣|泳装|吊带|凉鞋)|(?:会|就会|直接|就|一眼就|第一轮就|第一眼就)把(?:你|您)(?:淘汰|刷掉|刷下来|拒之门外)|谁(?:还)?(?:愿意|会|想|敢|肯)(?:和|跟|同|与)(?:你|您)(?:做朋友|交朋友|谈恋爱|在一起|结婚|约会|亲近|握手|坐在一起)|一辈子(?:都)?(?:顶着|带着|背着|挂着)|一辈子(?:都)?(?:不敢|没法|不能)(?:笑|张嘴|拍照|照相|照镜子|抬头|见人|出门|穿裙子|露)|找(?:对象|工作|女朋友|男朋友|老婆|老公)难|(?:人生|生活|工作|事业|婚恋)?处处(?:受限|受阻|受挫|碰壁|低人一等)|还会(?:录用|要|娶|嫁|喜欢|雇用|聘用|看上)(?:你|您)吗/),
      // Round thirteen: nobody of the other sex will look at the reader (没有女孩愿意多看你一眼); looking decades older (三十岁看着像五十岁).
      p(/没(?:有)?(?:女孩|男孩|姑娘|小伙子?|女生|男生|女人|男人|异性|人|谁)(?:会|愿意|想|肯)(?:多)?(?:看|瞧|理|搭理|亲近|靠近|娶|嫁)(?:你|您)|(?:\d{2}|[二三四五六七八九]十)岁(?:的人)?[^,，。;!?]{0,2}?(?:看着|看起来|显得|像)(?:就)?(?:像)?(?:\d{2}|[三四五六七八九]十)(?:多)?岁|(?:老公|老婆|丈夫|妻子|对象|男友|女友|男朋友|女朋友|伴侣|别人|同事|同学|家人|男人|女人)(?:都|也|就|再也)?(?:不愿意?|不想|懒得|不会|不肯)(?:再)?(?:多)?(?:看|瞧|碰|亲近|搭理|理)(?:你|您)(?:一眼)?|没(?:有)?(?:人|谁)(?:会|愿意)?(?:要|爱|喜欢|看得上|看上|愿意娶|愿意嫁|娶|嫁)(?:一个|个)?[^,，。;!?]{0,3}?(?:胖子|秃子|秃头|丑八怪|麻子|大胖子|黄脸婆|斑点脸|花脸|矮子)/),
      // Round fourteen: promotion and love out of the reader's reach because of a look (眼袋…升职加薪自然与你无缘).
      // Round twenty-five: how long will you go on feeling ashamed (你还要自卑多久？), not daring to smile for one's teeth.
      p(/(?:还要|还得|还想|还打算)[^。;!?]{0,8}?(?:自卑|遮遮掩掩|躲躲藏藏|捂着嘴|戴着口罩|低着头)[^。;!?]{0,6}?(?:多久|到什么时候|几年)|笑都不敢笑|不敢(?:张嘴|开口|露齿|露牙)(?:大)?笑|不敢大笑/),
      p(/(?:升职|加薪|晋升|升迁|好工作|好姻缘|桃花|爱情|婚姻|对象)[^,，。;!?]{0,4}?(?:与(?:你|您)无缘|没(?:你|您)的份|轮不到(?:你|您))/),
      // Round fifteen: a match or a job lost at first sight (多少好姻缘就这么黄了, HR…心里就已经给你打了低分).
      p(/(?:姻缘|婚事|亲事)[^,，。;!?]{0,4}?(?:就这么|就这样|都|也)?(?:黄了|吹了|泡汤了?|告吹)|(?:hr|面试官|考官|领导|对方|相亲对象)[^。;!?]{0,16}?给(?:你|您)打(?:了)?低分|印象分(?:大打折扣|直接归零|全没了)/),
      // Round twenty-seven: a first impression spoiled by a look (面试官看到你脸上的白斑，第一印象就已经扣分了), nobody coming near the reader.
      p(/第一印象[^,，。;!?]{0,4}?(?:扣分|减分|打折扣|大打折扣|差了|输了|毁了|砸了|不及格)|谁(?:还)?(?:愿意|会|想|敢|肯)(?:靠近|接近|亲近|搭理|理)(?:你|您)/),
      // Round forty-two (batch BY): turned down at an interview or a date because of a look (在面试中被直接刷掉), a partner scared off
      // (男朋友都要被吓跑了).
      // Round eighty-three (batch FU): the marriage market or the workplace as where the reader is weeded out (在婚恋市场上被淘汰); how the reader will
      // still find a partner or a promotion (以后怎么找对象, 还怎么升职); friends out of reach (交不到朋友); people laughing at the reader (同事都在笑你).
      p(/(?:面试|求职|应聘|相亲|约会|选拔|海选|婚恋|职场)[^,，。;!?]{0,6}?被(?:直接|当场|一眼|第一轮就?|无情地?)?(?:刷掉|刷下来|淘汰|pass掉?|拒之门外)|(?:男朋友|女朋友|男友|女友|老公|老婆|对象|另一半|伴侣)(?:都|也|就)?(?:要|会|得)?被(?:你|您)?(?:吓跑|吓走|吓坏|吓退|劝退)/),
      // Round forty-four (batch CD): the reader shut indoors (连门都不敢出) and left by partner and job alike (工作丢了对象跑了,
      // 老公也跑了): the social catastrophe told as what comes next; a match failed (=相亲失败, 相亲次次告吹).
      p(/(?:相亲|婚恋|恋爱|婚事|亲事)(?:也|都|就|次次|屡屡|总是|一次次)?(?:失败|告吹|泡汤|黄了|吹了)|连(?:家)?门都不敢出|(?:对象|老公|老婆|男朋友|女朋友|男友|女友|另一半)(?:也|都|就)?(?:要|会|得)?(?:跟人)?跑了|(?:工作|饭碗)(?:也|都|就)?(?:丢了|没了)(?<=(?:到时候|到那时|以后|将来|迟早|早晚|明天|结果|最后)[^。;!?]{0,20}?(?:工作|饭碗)(?:也|都|就)?(?:丢了|没了))/),
      // Round forty-six (batch CL): rejected at first sight by a date, an interviewer or people at large (出去相亲人家第一眼就嫌弃), an
      // interview that cannot be passed and a partner hard to find because of a look (找工作面试都过不了，对象也不好找).
      p(/(?:相亲|面试|约会|对象|人家|别人|对方|男方|女方|婆家|面试官|hr)[^。;!?]{0,10}?(?:第一眼|一眼|一见面|见面)就(?:嫌弃|看不上|嫌|拒绝|pass|刷掉)|(?:对象|媳妇|老婆|老公|男朋友|女朋友)(?:也|都|就)?(?:不好找|难找)|(?:面试|求职|应聘|相亲)(?:都|也)(?:过不了|通不过|过不去)/),
      // Round seventy-eight (batch FJ): the partner kept away from home by the reader's looks (丑到老公不想回家, 老公都不愿意回家了), or the
      // looks said to be so ugly that the reader or others shun them (丑到不敢出门, 丑到没人愿意坐旁边); 丑到哪去 is no such threat.
      p(/(?:老公|丈夫|老婆|妻子|男人|对象|另一半)(?:都|也|就|连家都|再也)?(?:不想|不愿意?|懒得|不肯|不爱)回家|丑到[^,，。;!?]{0,8}?(?:不想|不愿|没人|不敢|没法|嫌弃)/),
      // Round fourteen: the partner despises the reader in silence (老公嘴上不说，心里早就嫌弃了).
      p(/(?:老公|老婆|丈夫|妻子|对象|男友|女友|男朋友|女朋友|伴侣|婆家|公婆)[^。;!?]{0,12}?(?:早就|早已|已经|心里|心底|暗地里|背地里)[^,，。;!?]{0,4}?(?:嫌弃|看不起|嫌|厌倦|冷落)/),
      // Round fourteen: the partner's eye or heart wanders because of the reader's looks (斑一天不除，老公就一天多看别的女人一眼).
      p(/(?:老公|老婆|丈夫|妻子|对象|男友|女友|男朋友|女朋友|伴侣)[^。;!?]{0,8}?(?:多看|看上|偷看|盯着|惦记|喜欢上|爱上|去找|找)(?:了)?(?:一眼)?(?:别的|其他|外面的?|年轻的?|更年轻的?)(?:女人|男人|女孩|男孩|姑娘|美女|小姑娘|帅哥|小三)/),
      p(/(?:老公|老婆|丈夫|妻子|对象|男友|女友|男朋友|女朋友|伴侣|别人|同事|同学|家人)看(?:你|您)的?(?:眼神|眼光)(?:都|就|也)?(?:会)?(?:变|不一样|不同)|(?:还在|仍在)(?:观望|犹豫|等待|纠结)[^。;!?]{0,12}?(?:别人|其他人|很多人|人家)(?:早已|已经|早就)|(?:还要|还得|还想|还打算)[^。;!?]{0,12}?(?:忍|承受|熬|受罪|煎熬)[^。;!?]{0,8}?(?:多久|到什么时候|几年)/),
      // Structural (round four): the people around the reader turn away (同事朋友都会悄悄远离你), or the reader's
      // life is narrowed for good (只能戴着口罩见人, 别想抬起头做人).
      p(/(?:远离|疏远|躲着|躲开|避开|孤立|看不起|嫌弃|笑话|议论)(?:你|您)(?<=(?:同事|朋友|同学|别人|旁人|身边的人|周围的人|家人|亲戚|对象|伴侣|邻居|谁|人人|大家|路人|人家)[^,，。;!?]{0,8}?(?:远离|疏远|躲着|躲开|避开|孤立|看不起|嫌弃|笑话|议论)(?:你|您))|(?:见人|出门|做人|抬(?:起)?头|社交|谈恋爱|结婚)(?<=(?:只能|别想|休想|再也(?:不能|不敢|无法)|一辈子(?:都)?(?:不敢|不能|只能))[^,，。;!?]{0,8}?(?:见人|出门|做人|抬(?:起)?头|社交|谈恋爱|结婚))/),
    ],
    negation: 'suppress',
    // Talking about stigma in order to support patients is not creating anxiety.
    // Round twenty-seven: a worry posed as a question and answered kindly in the next sentence (第一印象扣分？其实多数人并不在意…).
    // Round sixty-six (batch EL): the patient's own worry reported (患者诉担心皮损影响婚恋, 家长表示害怕孩子被同学嘲笑) is a history taken, not
    // a threat made, unless the sentence turns it into a call to come (…来我院, 赶紧).
    refine: (c) => !/心理|支持|理解|关爱|不必|不要|无需|接纳|鼓励|陪伴|沟通/.test(c.sentence) &&
      !(/(?:患者|患儿|病人|家长|患儿家长|其母|其父|本人)(?:诉|自诉|自述|主诉|表示|称|坦言|说)?(?:十分|非常|很|一直)?(?:担心|担忧|顾虑|害怕|忧虑)[^。;!?]{0,12}$/.test(c.norm.slice(c.sentenceStart, c.start)) && !/本院|我院|我们|来我|到我|快来|赶紧|尽早|抓紧|别再|还不/.test(c.sentence)) && !(/[?？]\s*$/.test(c.sentence) && c.paragraphHas(/[?？]\s?(?:其实|别担心|不用担心|放心)[^。;!?]{0,30}?(?:并不在意|不会在意|心理|接纳|不必|无需)/) && !/本院|我院|我们/.test(c.sentence)),
    examples: {
      bad: [{ text: '顶着一脸老年斑，谁还愿意多看你一眼', type: 'ad' }, '脸上的斑不去掉，小心以后找不到对象', '发际线一后移，面试官会以为你不上进', { text: '黑眼圈这么重，甲方一眼就觉得你不靠谱', type: 'ad' }, { text: '抬头纹越来越深？别让它毁了你的气质', type: 'ad' }, { text: '担心没人愿意和你做朋友？放心，来我院治疗三个月就能复色', type: 'kepu' }, { text: '满脸黄褐斑，老公都不愿意回家了，还不抓紧？', type: 'kepu' }, { text: '痘印再不处理，丑到自己都不敢出门', type: 'ad' }, { text: '脖子上的白斑再不治，谁还会跟你谈恋爱？', type: 'ad' }, { text: '一脸痘印不处理，没人会跟你谈恋爱', type: 'ad' }, { text: '脸上这块斑不处理，迟早会毁了你的爱情', type: 'ad' }, { text: '头发越掉越稀，小心毁了您的姻缘', type: 'ad' }, { text: '很多患者担心被同事嫌弃，赶紧来我院治疗吧', type: 'ad' }, { text: '脸上长了斑还不治，小心被男方家悔婚', type: 'ad' }, { text: '带货话术：“宝子们，头发稀成这样，女朋友迟早会离开你的”', type: 'ad' }, { text: '满脸痘印的男生，自卑到连头都不敢抬，快来做个疗程', type: 'ad' }, { text: '脖子上一圈白斑，走在街上都不敢抬头', type: 'ad' }, { text: '脸上长了黄褐斑，常被婆家人嫌弃', type: 'ad' }, { text: '孩子有白斑，将来上学、就业都会受歧视', type: 'institution' }, { text: '满脸痘印，走进会议室同事都在盯着你的脸', type: 'ad' }, { text: '脖子上的白斑再不治，妻子也要嫌弃了', type: 'ad' }, { text: '满脸痘印去相亲，对方一见面就嫌弃', type: 'ad' }, { text: '脸上长斑，求职都过不了，媳妇也难找', type: 'ad' }, { text: '白斑不治，女朋友都会跑了', type: 'ad' }, { text: '满脸痘坑去面试，同事背后会怎么议论你？', type: 'ad' }, {"text": "满头白发还不染？求职失败、相亲告吹都是迟早的事", "type": "ad"}, "白斑长到脸上，到时候连门都不敢出，对象也跑了", '孩子得了白斑如果不治，长大后会被同学孤立、找不到工作、结不了婚', { text: '满脸通红，让多少女孩在面试中被直接刷掉', type: 'ad' }, { text: '脸上的疣再不处理，男朋友都要被吓跑了', type: 'ad' }, { text: '相亲对象看到你满脸痘印，第一印象就大打折扣', type: 'ad' }, '一脸白斑，谁还愿意靠近你？', { text: '脸上长痘，你还要遮遮掩掩到什么时候？', type: 'ad' }, { text: '牙不整齐，拍照都不敢张嘴笑', type: 'ad' }, { text: '秃顶的男人，在相亲桌上连开口的机会都没有', type: 'ad' }, { text: '皮肤黑、长斑的女人，老公迟早会变心', type: 'ad' }, { text: '满脸痘印，相亲对象见一面就没了下文', type: 'ad' }, { text: '一口黄牙，你打算单身到什么时候？', type: 'ad' }, { text: '脸上长斑，婆家人会怎么看你？', type: 'ad' }, { text: '一旦被同事发现，你可能连工作都保不住', type: 'ad' }, { text: '牙齿不整齐的孩子容易被嘲笑', type: 'ad' }, { text: '脸上长满痘痘，老公都闹着要离婚', type: 'ad' }, { text: '满脸痘印，多少好姻缘就这么黄了', type: 'ad' }, { text: '一口黄牙，面试时HR心里就已经给你打了低分', type: 'ad' }, { text: '没有人愿意和一个满口黄牙的人约会', type: 'ad' }, { text: '身材走样以后，老公越来越晚回家', type: 'ad' }, { text: '一脸雀斑，别想穿婚纱拍出好看的照片', type: 'ad' }, { text: '一口黄牙，面试官一眼就把你刷掉', type: 'ad' }, { text: '眼袋让你看起来疲惫苍老，领导也不敢把重要的工作交给你，升职加薪自然与你无缘', type: 'ad' }, { text: '一口烂牙，让你在相亲时直接被pass', type: 'ad' }, { text: '胸部下垂不处理，老公嘴上不说，心里早就嫌弃了', type: 'ad' }, { text: '脸上的斑一天不除，老公就一天多看别的女人一眼', type: 'ad' }, '一旦白斑长到脸上，你这辈子就再也别想抬起头来', '夏天到了，白斑患者不敢穿短袖、不敢穿裙子，只能把自己裹得严严实实', '三十岁的女人不保养，四十岁看起来就像六十岁', '脸上的斑还会让你的事业和婚姻处处受挫', '白斑长在脸上，面试官第一眼就会把你淘汰', '痘坑不填平，你一辈子都别想素颜出门', '肥胖的人在相亲市场上没有任何竞争力', '腋臭不除，谁愿意和你做朋友？', '脱发不治的后果很严重：三十岁看着像五十岁，没有女孩愿意多看你一眼', '皮肤黑、毛孔粗的女生在职场上天然吃亏', '不早点矫正，孩子以后长成龅牙，一辈子不敢笑', '你愿意一辈子顶着白斑生活吗？', '白斑长在脸上，谁见了都躲着你走', '面试官看到你手上的白斑，还会录用你吗？', '白斑患者找对象难、找工作难，人生处处受限', '斑一多老公都不愿意多看你一眼', '一直胖下去，没有人会喜欢一个胖子', '满脸痘印让你错失良缘', '脸上有斑的女人，老公迟早会嫌弃', '白斑长在脸上，走到哪里都会被人盯着看', '得了白斑的女孩子，男朋友都会离开', '脸上长白斑，找不到对象怎么办', '白斑让你在同事面前抬不起头', '别让白癜风毁了孩子一生', '容貌焦虑？快来祛白', '狐臭不治，同事朋友都会悄悄远离你', '痤疮留下的坑现在不处理，将来只能戴着口罩见人', '白斑长在脸上，每一次照镜子都是折磨，您还要忍多久？', '脸上的斑不祛掉，老公看你的眼神都会变', '当你还在观望的时候，别人早已恢复了光洁的皮肤', '你还要让家人陪你一起承受这种折磨多久？', '这种病拖到最后，连亲人都会嫌弃你', '错过暑假，孩子开学后只能顶着一脸白斑去上课', '不早点治，以后孩子上学会被同学叫成“斑马”', '白斑长在手指上，将来连戒指都不敢戴，婚礼上怎么见人？', '头发稀疏不处理，很快就会变成地中海，到时候相亲都没人看得上', '脱发拖到三十岁，想找对象都难，您还要等到什么时候？', { text: '一口龅牙，在职场上直接被淘汰', type: 'ad' }, { text: '满脸黄褐斑，以后怎么找男朋友？', type: 'ad' }, { text: '孩子手上有白斑，上幼儿园会交不到朋友', type: 'ad' }, { text: '头顶稀疏，办公室里同事都在议论你', type: 'ad' }, { text: '狐臭不除，你还怎么谈恋爱？', type: 'ad' }],
      ok: ['检查单出来了，谁来帮我看一下？', '钥匙放哪儿找不到了，先别急', '这样的老字号，在城里找不到第二家了', '黑眼圈重的时候，同事会关心你是不是没睡好', '眼袋大的人常被别人以为没睡好，其实多与遗传有关，不必焦虑', { text: '怕别人嫌弃你的白斑？别担心，真正的朋友不会在意，也不必为此自卑', type: 'kepu' }, { text: '老公下班不想回家做饭，我们就在单位食堂吃了', type: 'case' }, { text: '别担心疤会丑到哪去，术后护理得当一般不明显', type: 'kepu' }, { text: '义诊缺人手，谁愿意和你一起去社区做志愿者？', type: 'institution' }, { text: '怕没人愿意跟你交朋友？其实大家在意的是你的为人，不必为痘痘焦虑', type: 'kepu' }, { text: '有白斑的孩子常问：同学还愿意和我做朋友吗？家长要告诉他白斑不传染', type: 'kepu' }, '长了痘就担心没人愿意和你做朋友？其实朋友在意的是你这个人，不必焦虑', { text: '他说那场烧伤毁了他的青春，如今靠康复训练重新走上讲台', type: 'case' }, '长痘不会毁了你的人生，规范治疗大多能控制', { text: '家长表示害怕孩子被同学嘲笑，要求尽快治疗', type: 'case' }, { text: '患者与未婚夫一同前来就诊，咨询孕期用药', type: 'case' }, '婚检时未婚妻得知他有银屑病，医生向两人解释了该病不传染', { text: '这是常见的带货话术：“头发稀成这样，女朋友迟早会离开你”，千万别信', type: 'kepu' }, '很多白斑患者一度不敢抬头见人，家人的陪伴和理解很重要', { text: "检查报告单在自助机打印，如果找不到，请咨询一楼服务台", type: 'institution' }, '担心被同事嘲笑的患者，可以先和心理医生聊一聊', '求职中如遇歧视，可以寻求法律支持', '很多脱发的人总觉得路人都在看自己，其实多数人并不在意', "多数慢性荨麻疹找不到明确病因", '约半数慢性荨麻疹患者找不到明确的诱因，这并不少见', '很多患者担心相亲时对方第一眼就嫌弃，其实坦诚沟通更重要', '白癜风患者求职过不了体检的情况很少见', '同事背后怎么议论你？其实多数人并不在意，有心理压力可以和医生聊聊', "相亲失败的原因有很多，和皮肤病并没有必然联系，不必过分焦虑", "有的患者因为白斑连门都不敢出，我们设有心理门诊提供支持", '第一印象扣分？其实多数人并不在意，如有心理压力可以和医生聊聊', '面试中被刷掉的原因有很多，外貌并不是决定因素，不必为此焦虑', '拔牙后头两天不敢张嘴吃饭很正常，一般会慢慢缓解', '很多人担心老公会嫌弃，其实家人的理解和支持更重要', '面试时保持自信很重要，连续熬夜会影响状态', '很多患者担心同事会怎么看自己，其实不必过分在意', '相亲时要不要告诉对方自己有白癜风？可以在熟悉后坦诚沟通', '孕早期少量出血不一定保不住胎，要及时就医', '牙不齐不一定要马上矫正，医生会评估', '夫妻双方协商一致提出离婚的，可到民政部门办理', '下雨了，原定的户外活动就这么黄了', '没有人愿意生病，但生病了要积极面对', '老公越来越晚回家，可能是工作压力大，夫妻之间要多沟通', '面试前保持充足睡眠，把简历准备好', '升职加薪固然重要，但身体健康更要紧，定期体检别忽视', '面试时保持自信很重要，穿着整洁即可', '很多妻子担心老公早就嫌弃自己了，其实坦诚沟通最重要', '老公去找别的医生看了一次，诊断结果相同', '很多患者夏天不敢穿短袖，这种心情可以理解，防晒衣是不错的选择', '别想太多，按时用药、规律作息就好', '三十岁以后皮肤胶原逐渐流失，做好防晒比什么都重要', '职场人久坐容易腰酸，每小时起来活动一下', '白斑患者在求职中如遇歧视，可以寻求法律支持', '肥胖与遗传、环境等多种因素有关，不应因此歧视任何人', '孩子不愿意多看书，可能与视力有关', '白癜风不影响正常工作和生活', '家人的理解和支持能帮助患者减轻心理压力', '不要因为白斑而自卑', '白斑患者怎么找对象？坦诚相待就好，真正在意你的人不会因此离开', { text: '刚转学的孩子一时交不到朋友很常见，家长可以多鼓励', type: 'kepu' }, '体检被淘汰的原因主要是传染病和视力，皮肤病一般不影响'],
    },
  },
  {
    id: 'kepu-contact',
    category: 'contact',
    title: '科普页面中的电话、微信、二维码和预约入口',
    basis: BASIS.contact,
    message: '健康科普页面出现医疗机构的电话、微信、二维码、咨询或预约入口，会使科普变成变相的医疗广告。',
    suggestion: '把联系方式和预约入口从科普正文中移出，放到医院介绍或医生主页；科普正文只保留与健康知识有关的内容（页面的医生卡片由系统按规则显示）。',
    levels: levels('E--E'),
    patterns: [
      // Round twenty: a mobile number spelled out digit by digit (1 5 9 - 0 0 0 0 - 8 8 8 8).
      p(/(?<!\d)1[\s-]{1,3}[3-9](?:[\s-]{0,3}\d){9}(?!\d)/),
      // Round twenty-five: an area code in brackets ((02) 2345-6789), a mobile number in Chinese numerals (幺三八幺二三四五六七八),
      // the clinic's street address or crossroads (亲临本院：中山区民权路123号, 人民路与解放路交叉口东南角).
      p(/[(（]0\d{1,3}[)）]\s?\d{3,4}[-\s]?\d{4}(?!\d)|(?<![零〇一幺二两三四五六七八九])[一幺][三四五六七八九][零〇一幺二两三四五六七八九]{9}(?![零〇一幺二两三四五六七八九])/),
      p(/(?:地址|位于|地点|亲临|来院|到院|本院|我院)\s?[:：(（]?[^。;!?]{0,16}?(?:路|街|道|巷|弄)\s?\d{1,5}\s?号(?!线)|(?:路|街|大道)(?:与|和)[^,，。;!?]{1,8}?(?:路|街|大道)(?:交叉口|交汇处|交界处|路口)/),
      // Round twenty-five: WeChat by homophone or shorthand (添加薇信同号, vx搜索“…”), a call to comment for a private message
      // (评论区扣1，我让助理私信你地址).
      p(/(?:加|添加)\s?(?:薇信|威信|徽信|v信|威芯|微芯)|(?:微信|薇信|威信|v信|vx|wx|v)同号|同(?:微信|薇信)|(?<![a-z])(?:vx|wx|v信)\s?(?:搜索?|搜一搜|号)|(?:评论区|弹幕|公屏)(?:扣|打|刷|回复|留言)\s?[\d一]|(?:我|我们|助理|小编|客服|医生|老师)[^,，。;!?]{0,4}?私信(?:你|您)/),
      // Round thirty-six: a group to join by number (病友Q群：73xx2xx19, 加入QQ群), a mobile number masked in the middle (139xxxx5678).
      p(/(?:qq|q|扣扣|企鹅)群(?:号)?\s?[:：]?\s?[\dx*]{5,}|(?:加入|添加|进|入)(?:我们的)?[^,，。;!?]{0,6}?(?:qq|q|扣扣|企鹅|微信|病友|粉丝|交流)群|(?<![\d])1[3-9]\d[x*]{4}\d{4}(?!\d)/),
      p(/(?<![\d])(?:1[3-9]\d{9}|1[3-9]\d[-\s]\d{4}[-\s]?\d{4}|0\d{2,3}[-\s]?\d{3,4}[-\s]\d{4}|0\d{2,3}[-\s]?\d{7,8}|400[-\s]?\d{3}[-\s]?\d{4}|800[-\s]?\d{3}[-\s]?\d{4})(?!\d)/),
      // Round ninety-three (batch GN): 热线 naming a programme or where a patient came from (热线转诊, 热线节目, 热线听众) gives no number to call
      // (in the pattern below).
      // Round ninety-four (batch GP): nor does a hotline's own record told as news (健康热线开通三年来，共接到三万多个读者来电).
      p(/微信(?:号|咨询|联系|扫码)?\s?[:：]|微信号\s?(?:是|为)?\s?[a-z0-9_-]{4,}|微信\s?(?:是|为)?\s?[a-z][a-z0-9_-]{5,}|(?:加|添加)\s?(?:微信|微|v|vx|wx|qq|好友|weixin)|(?<![a-z])(?:vx|wx|qq|weixin|wei\sxin|wechat(?:\s?id)?)\s?[:：]|(?<![a-z])add\s(?:me\s(?:on\s)?|us\s(?:on\s)?|our\s)?wechat|扫码(?!支付|缴费|付款|签到|取号|登记|验真|验证|查验|防伪|溯源)|扫一扫|二维码|关注(?:我们的)?公众号|在线咨询|(?:点击|点我|戳我|点这里|戳这里|点此|戳此)(?:咨询|预约|挂号|了解|进入|链接|下方)|私信(?:小编|我们|客服|医生)|回复["“「]?[\u4e00-\u9fff]{1,6}["”」]?(?:获取|领取|即可)|预约(?:电话|热线|链接|通道|入口)|咨询(?:电话|热线|专线)|热线(?!转诊|转介|转来|节目|栏目|直播间?|主持|听众|来电者|开通[^,，。;!?]{0,6}?(?:以来|来)|[^,，。;!?]{0,8}?(?:累计|共|全年|每年|平均每天)(?:接到|接听|受理))|挂号(?:电话|链接|通道|入口)|(?:立即|马上|现在|赶紧)(?:预约|挂号|咨询|致电)|在线预约|网上预约|(?:拨打|致电)(?=[^,，。]{0,6}(?:\d{5,}|热线|电话|我们|本院))|来电咨询|联系我们|医院地址|到院地址|乘车路线|地铁\d+号线/, { levels: { ad: 'warning' } }),
      // Round sixty-eight (batch EP): the reader asked to leave a phone number or a contact for the clinic to call back or answer (评论区留下手机号，
      // 医生会回电; 留下您的联系方式，我们的护士会联系您): a way in as much as a hotline is; a number asked for a record (登记时请留下联系电话) or a warning
      // against leaving one (不要在网上随便留下手机号咨询…) stays.
      p(/(?<!(?:不要|别|切勿|请勿|千万别|不可|勿|谨慎|不会)[^,，。;!?]{0,6})(?:留下|留|填写|填上|写下|发送|私信|告诉我们)(?:您|你)?的?(?:手机号?码?|电话(?:号码)?|联系电话|联系方式)(?=[^。;!?\n]{0,20}?(?:回电|回拨|联系您|联系你|回复您|回复你|为您解答|给您解答|解答|咨询|致电您|打电话给您|给您打电话|电话回访您))/),
      // Round sixty-eight (batch EP): an app or a mini program named as the way to book or consult (下载“孕宝”App，一键预约产科专家; 预约检查请搜索
      // “健康城南”小程序): a booking entry like a 预约链接; an app for reading results or paying, or booking through official channels with no app named, stays.
      // Round seventy-eight (batch FJ): WeChat named in English (WeChat: …, WeChat ID：…, add me on WeChat), as 微信： and 加微信 are.
      // Round seventy-eight (batch FJ): a booking entry offered as a button or slot to take (点击屏幕上的“预约挂号”按钮即可挂号, 点下方图标就能预约,
      // 文末领取专家号, 抢主任号源); a kiosk's 点击“打印”即可取报告 or 专家号源紧张 offers no booking.
      p(/(?:点击|点一下|点|戳|按)[^,，。;!?\n]{0,14}?(?:按钮|图标|入口|菜单|链接|卡片|[”"」』])[^,，。;!?\n]{0,4}?(?:即可|就能|就可以|可以|可)\s?(?:预约|挂号|约号|咨询医生|咨询专家)|(?:领取|领|抢|抢约|锁定)\s?(?:专家|主任|名医|特需)?(?:号源|专家号|主任号|名医号|特需号)/),
      // Round seventy-five (batch FE): the kind of entry named before its quoted name (微信搜索小程序“城西皮肤”，点击“预约”; 搜索公众号“…”挂号),
      // and a WeChat added with its owner or its kind between (加我微信, 添加我们的企业微信, 加医生的个人微信); a warning about a stranger’s
      // WeChat (不要添加陌生人的微信) names neither, and 参加我们的微信讲座 is not 加.
      p(/(?:下载|搜索|搜一搜|搜|打开|登录|进入|关注)\s?[“"「『]?[\u4e00-\u9fffa-z0-9]{2,12}[”"」』]?\s?(?:app|小程序|服务号)(?=[^。;!?\n]{0,16}?(?:预约|挂号|问诊|约号|咨询医生|咨询专家|在线咨询))|(?:下载|搜索|搜一搜|搜|打开|进入|关注)\s?(?:app|小程序|服务号|公众号)\s?[“"「『][^”"」』]{2,12}[”"」』](?=[^。;!?\n]{0,16}?(?:预约|挂号|问诊|约号|咨询医生|咨询专家|在线咨询))|(?<![增参更附追叠外施强])(?:加|添加)\s?(?:我|我们|本院|[\u4e00-\u9fff]?(?:医生|护士|老师|主任|助理|小编|客服|小助手|顾问))(?:的)?(?:企业|个人|工作)?微信|(?<![增参更附追叠外施强])(?:加|添加)\s?(?:企业|个人|工作)微信|(?:预约|挂号|问诊)[^,，。;!?\n]{0,8}?(?:下载|搜索|搜一搜|搜|打开|登录|进入|关注)\s?[“"「『][^”"」』]{2,12}[”"」』]\s?(?:app|小程序|服务号|公众号)?/),
      // A Markdown link target, bounded: which targets are booking pages is decided in refine().
      p(/\]\([^)\s(\]]{1,300}\)/, { levels: { ad: 'warning' } }),
      // The lookbehind sits after the first letter so that the scan can skip to an h or a w first.
      p(/(?:h(?<!\]\(h)ttps?:\/\/|w(?<!\]\(w)ww\.)[^\s)）\]，。"“”]+/, { shift: -1, levels: { ad: 'warning' } }),
    ],
    negation: 'suppress',
    hedge: false,
    subject: false,
    question: false,
    quoted: false,
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (hit.startsWith('](')) return BOOKING_LINK.test(hit);
      // Round one hundred (batch HC): a mobile number masked in the middle and said to be shown so for privacy (收件人电话显示为138****5678; 寄件人号码已
      // 隐私打码) is a record on a parcel or an order, not a number to call; with a call to act (咨询, 预约, 私信获取) it is still read.
      if (/^1[3-9]\d[x*]{4}\d{4}$/.test(hit) && /显示为|显示成|隐私|脱敏|打码|遮挡|隐去|隐藏|收件人|寄件人|取件/.test(c.sentence) && !/咨询|预约|挂号|联系|拨打|致电|热线|私信|加微|微信|获取|来电/.test(c.sentence)) return false;
      // A complaint or emergency line serves the patient, not the clinic's marketing.
      if (/投诉|监督电话|急救|(?<![\d-])(?:120|110)(?![\d-])|(?<!\d)123\d\d(?!\d)|心理援助|援助热线|卫生热线|公益热线|全国统一/.test(c.sentence) && !/\d{7,}/.test(hit)) return false;
      // A warning against impostors (自称医院专家要求添加微信的，都不是本院的做法) gives no way to reach the clinic,
      // unless the sentence names a number or an account anyway (round eight).
      if (/谨防(?:诈骗|上当|受骗|冒充|假冒)|诈骗|冒充|自称|从未|从不|警惕|陌生|推销|不是本院|不是我们|并非本院|不会(?:通过|主动|私下|要求|添加)|请勿(?:添加|相信|轻信|拨打)|切勿/.test(c.sentence) && !/\d{5,}|[:：]\s?[a-z0-9_-]{4,}/.test(c.sentence)) return false;
      // Round seventy-eight (batch FJ): the same warning with an adverb between (请勿轻易添加, 不要随便扫码) or the contact called a lure (引流卖药),
      // and a contact word only named in quotation marks in a report that exposes it (记者拨打了广告上的“专家热线”，对方却是…), with no number,
      // account or call to act in the sentence.
      if (/(?:请勿|切勿|不要|别|千万别)(?:轻易|随意|随便|贸然)(?:添加|加|扫码?|扫描|拨打|联系|相信)|引流/.test(c.sentence) && !/\d{5,}|[:：]\s?[a-z0-9_-]{4,}/.test(c.sentence)) return false;
      if (/所谓|号称|广告上|传单上|宣传单上|记者|暗访|却是|竟是|原来是/.test(c.sentence) && /[“"「『][^”"」』]{0,6}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 7), c.start)) && /^[^“"「『]{0,4}[”"」』]/.test(c.norm.slice(c.end, c.end + 5)) && !/\d{5,}|[:：]\s?[a-z0-9_-]{4,}|扫|点击|长按|预约|挂号|咨询|添加|加入|关注|领取|获取|私信/.test(c.sentence)) return false;
      // Round one hundred and three (batch HH): following the account only to read its past articles (关注公众号可以免费查看往期科普文章) reaches no one at the
      // clinic: no booking, no question, no gift; 关注公众号预约挂号 and 关注公众号免费领取体验 are still read.
      if (/关注/.test(hit) && /(?:查看|阅读|收看|看到|翻看|浏览)(?:更多|往期|历史|以往|全部|所有)?的?[\u4e00-\u9fff]{0,4}?(?:文章|推文|知识|科普)/.test(c.sentence) && !/预约|挂号|咨询|问诊|领取|领|优惠|私信|客服|留言|电话|热线|报名|抽奖|福利|体验|\d{5,}/.test(c.sentence)) return false;
      // Round fourteen: a QR code the patient shows or pays with (电子检查报告可以用手机上的二维码出示) reaches no one.
      if (/^(?:二维码|扫码)$/.test(hit) && /出示|报告|健康码|电子病历|医保码|电子凭证|电子健康卡|就诊卡|支付|缴费|付款|取药|签到|取号|打印|自助机|核销/.test(c.sentence) && !/关注|添加|咨询|预约|挂号|微信|公众号|领取|获取|加入|进群|私信/.test(c.sentence)) return false;
      // Round sixty (batch DZ): a QR code to be hidden before a record or a screenshot is shared (晒单前把姓名和二维码打码; 截图里的二维码请遮挡) reaches no one.
      if (/^二维码$/.test(hit) && /^[^,，。;!?]{0,6}?(?:打码|打上码|遮挡|遮住|盖住|涂掉|涂黑|马赛克|隐去|删掉|删除|去掉|裁掉)/.test(c.norm.slice(c.end)) && !/关注|添加|咨询|预约|挂号|扫一扫|扫码|领取|获取|加入|进群|私信/.test(c.sentence)) return false;
      // Round fourteen: an ad may give its address and telephone (two of the eight items): 某市肿瘤医院　地址：….
      if (c.docType === 'ad' && /地址$|^联系我们$/.test(hit)) return false;
      // Round sixty-six (batch EM): an ad's telephone under its usual label with the number after it (咨询电话021-…, 预约热线 400-…) is the
      // 联系电话, and the subway line and exit (地铁3号线云桥站B口) is the 诊疗地点: two of the eight items. A call to act (立即预约, 在线咨询) stays.
      if (c.docType === 'ad' && /^(?:(?:咨询|预约|挂号)(?:电话|热线|专线)|热线)$/.test(hit) && /^\s?[:：]?\s?(?:\(?0\d{2,3}\)?|400|800|1[3-9]\d)[\d\s-]{6,}/.test(c.norm.slice(c.end, c.end + 20))) return false;
      if (c.docType === 'ad' && /^地铁\d+号线$/.test(hit) && /^[^,，。;!?]{0,8}?(?:站|口|出)/.test(c.norm.slice(c.end, c.end + 12))) return false;
      // The words for an address or a route with no address or route in the sentence (医院地址以官方公布的信息为准).
      if (/^(?:医院地址|到院地址|乘车路线|联系我们)$/.test(hit) && !/\d|路|街|号|站|巷|区/.test(c.sentence.replace(hit, ''))) return false;
      if (/^(?:https?:\/\/|www\.)/.test(hit)) {
        // A link to the source of a citation is not a way to contact the clinic.
        if (/\.gov\.cn|who\.int|\.edu|\.org|nih\.gov|doi\.org|pubmed|ncbi/.test(hit)) return false;
        if (/参考|来源|引自|文献|出处|doi|\[\d+\]/.test(c.sentence)) return false;
      }
      return true;
    },
    examples: {
      bad: [{ text: "关注公众号，回复“祛痘”即可领取优惠券", type: 'kepu' }, '预约热线139****6666，私信获取完整号码', "健康热线开通啦，有问题随时打过来", { text: '想了解更多，欢迎拨打我们的健康热线', type: 'kepu' }, { text: '有问题就打“健康热线”，专家为你解答', type: 'kepu' }, { text: '想要“湿疹护理手册”？加客服微信：shizhen_help', type: 'kepu' }, {"text": "想找专家看看？打开“安心问诊”小程序，在线预约皮肤科主任", "type": "kepu"}, {"text": "想挂专家号的朋友，打开微信搜索公众号“城南皮防”，菜单里就能预约", "type": "kepu"}, {"text": "用药有疑问可以加王医生的个人微信，下班后也会回复", "type": "kepu"}, {"text": "添加小编企业微信，领取湿疹护理手册", "type": "kepu"}, {"text": "挂号请搜索“城北口腔”服务号", "type": "kepu"}, {"text": "关节疼了好几年？在下方留下您的联系方式，我们的康复师会联系您", "type": "kepu"}, {"text": "私信告诉我们你的手机号码，护士会回电详细解答", "type": "kepu"}, {"text": "想预约的朋友扫码二维码即可，截图不用打码", "type": "kepu"}, "想交流的可以加入我们的患者QQ群", "Q群号：5538xx21", "电话 138xxxx0000 同微信", '想了解自己适合哪种治疗，可以拨打我们的咨询热线 400-8866-120，专家为您解答', '有疑问请来电 (0571) 8888-6666', '请致电幺五九零零零零八八八八', '添加薇信 pifu2023，发照片给医生看', { text: '牙龈出血别忽视。页面底部点一下“约个医生”图标就能预约牙周专科', type: 'kepu' }, { text: '关注健康的你，今天可抢主任号源，手慢无', type: 'kepu' }, { text: 'Questions about your rash? WeChat ID: skin_doc_lin 👩‍⚕️', type: 'kepu' }, { text: '想问问用药细节？add me on WeChat，晚上统一回复', type: 'kepu' }, '想了解的评论区扣1，我私信你', '本院位于城东区健康路88号，欢迎来院', '就在和平路与建设路交叉口西北角，欢迎来院咨询', 'vx搜索“王医生说皮肤”', '📞 1 5 9 - 0 0 0 0 - 8 8 8 8（24小时咨询）', '添加 weixin：tuofa_doctor ，发送头顶照片', '挂号请拨 139 0000 1111', '点我预约→', '详情请拨打咨询热线0571-88886666', '扫码添加医生微信，获取治疗方案', '[点击预约专家](/doctors/lin-qingyuan#booking)', '在线咨询，立即预约', '添加门诊前台微信 pfk_qiantai 发送照片，医生帮您看', { text: '微信：qinghe-pifu', type: 'case' }, { text: '乘地铁1号线即可到达，欢迎来院咨询', type: 'kepu' }],
      ok: [{ text: "关注公众号就能翻看往期的护肤科普文章", type: 'kepu' }, '订单里寄件人手机号显示为159****2233，是平台的隐私保护', "医院心理热线开通五年来，累计接听来电两万余次", "晚报健康热线全年共接到读者来电一万多个", { text: '病例来源：健康热线转介，患者女，45岁，反复胃痛两年', type: 'case' }, { text: '本期热线节目整理了听众最常问的五个护眼问题', type: 'kepu' }, { text: '某些健康号文末的二维码其实是引流卖货，别被标题骗了', type: 'kepu' }, { text: '暗访时，她拨打了传单上的“健康热线”，接电话的却是推销员', type: 'kepu' }, { text: '陌生人发来的链接不要随便扫码', type: 'kepu' }, {"text": "下载国家医保服务平台App，可以查询医保账户余额和报销记录", "type": "kepu"}, {"text": "打开微信搜索公众号“国家卫健委”，可以查看最新的防控指南", "type": "kepu"}, {"text": "千万别随便添加陌生人的微信买药", "type": "kepu"}, {"text": "社区每周三晚上组织家长参加我们的微信线上讲座，内容是湿疹护理", "type": "kepu"}, {"text": "检查报告出来后，可以登录医院App查看，看不懂的地方复诊时请医生解释", "type": "kepu"}, {"text": "住院登记时请留下家属的联系电话，以便病情变化时通知", "type": "kepu"}, {"text": "不要在网上随便留下手机号咨询所谓的“专家”，小心被骗", "type": "kepu"}, {"text": "分享检查单截图前，记得把上面的二维码和条形码涂掉", "type": "kepu"}, "不要随便进入陌生的微信群", { text: '自助机上点击“打印报告”按钮即可取回检验单', type: 'kepu' }, { text: '专家号源紧张是常态，普通门诊医生同样能处理大多数湿疹', type: 'kepu' }, { text: 'WeChat Pay and Alipay are both accepted at the pharmacy counter', type: 'kepu' }, { text: '不要因为陌生人一句 add me on WeChat 就把病历照片发过去', type: 'kepu' }, "警惕陌生人添加微信推销保健品", "药盒上的追溯码可以扫码查验真伪", '出现胸痛请立即拨打120急救电话，不要自己开车去医院', '家住和平路的患者可以就近在社区医院复查', '每周一三五服药，二四六休息', '过马路时注意路口的红绿灯', '第1 2 3 4 5 6 7 8 9 0 1页', 
        '出现严重过敏反应请立即拨打120',
        '医保报销的问题可以拨打12393医保服务热线咨询',
        '请按医生安排的时间复诊',
        '如有疑问，可在复诊时向医生咨询',
        '更多内容见[光疗后的护理](/articles/care-after-phototherapy)',
        { text: '咨询电话：0571-88886666', type: 'institution' },
        { text: '联系电话：0571-88886666', type: 'ad' },
        { text: '某某眼科门诊部　预约热线：0000-8765432　接诊时间8:00-17:00', type: 'ad' },
        { text: '某某口腔门诊部　地铁2号线人民广场站4号口出', type: 'ad' },
        { text: '某市肿瘤医院　地址：某区建设路2号　电话：0000-1112223', type: 'ad' },
        '参考文献：[1] 见 https://www.nhc.gov.cn/',
        '任何自称“医院专家”要求添加微信的，都不是本院的做法',
        '全国统一的心理援助热线可以在情绪低落时提供帮助',
        '医院地址和门诊时间以官方公布的信息为准',
        '扫码支付是医院收费的一种方式，与本文内容无关',
        '复诊时请携带病历本，电子检查报告也可以用手机上的二维码出示',
        '检查结果出来后，凭二维码可在自助机打印报告',
      ],
    },
  },
  {
    id: 'patent-no-number',
    category: 'patent',
    title: '专利技术未标专利号',
    basis: BASIS.patent,
    message: '宣传“专利技术”“专利疗法”“获得多项专利”却没有标明专利号和专利种类；尚在申请中的专利不能作为专利宣传。',
    suggestion: '写明专利号和专利种类（发明、实用新型或外观设计），并核实专利仍然有效；没有授权的删去“专利”字样。',
    levels: levels('WEEW'),
    patterns: [
      // Round fourteen: a patented process or material (专利萃取工艺, 专利缓释材料) and a patent's protection as a warrant (受专利保护的
      // 缓释技术).
      p(/专利(?:工艺|萃取|提取|材料|成分|原料|缓释|微囊|包裹|载药|剂型)|受(?:国家)?专利保护的/),
      p(/(?:国家)?(?:发明|实用新型)?专利(?:技术|疗法|产品|药物|配方|仪器|设备|成果|中药|药膏|认证|光疗仪|治疗仪|仪|药|膏|方案)|(?:获得?|拥有|持有|斩获)(?:\d+|[一二三四五六七八九十百多数几]+)(?:余|多)?项(?:国家)?(?:核心技术|技术|自主)?(?:发明|实用新型)?专利|专利申请中|已申请专利|(?:获|获得|拥有|取得)(?:了)?(?:国家)?(?:发明|实用新型)?专利(?!号)/),
    ],
    negation: 'suppress',
    hedge: false,
    refine: (c) => {
      const numbered = c.paragraphHas(PATENT_NUMBER);
      if (!numbered) return true;
      return c.paragraphHas(PATENT_KIND) ? false : -1;
    },
    examples: {
      bad: [{ text: '我院拥有十余项技术专利，在业内处于领先地位', type: 'institution' }, '本品採用專利萃取工藝，有效成分含量提升三倍', '这款凝胶用的是受专利保护的缓释技术', '拥有三项发明专利的复色疗法', '本院专利光疗仪，精准照射白斑', '本院专利疗法，复色更快', '获得多项国家专利的祛白技术', '专利申请中的独家配方'],
      ok: ['本院复色贴获国家发明专利（专利号：ZL201910123456.7）', '药物专利到期后会出现仿制药', { text: '本院研制的护理凝胶获实用新型专利（专利号：ZL 2021 2 0000000.0）', type: 'institution' }, '这种药仍受专利保护，所以价格较高', '专利只说明技术新颖，不代表疗效'],
    },
  },
];
