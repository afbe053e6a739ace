import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { levels, p } from './util.js';

/** Common single-character surnames: enough to tell 患者张秀英 from 患者症状. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
/** Compound surnames (欧阳雪梅, 司马明). */
const COMPOUND = '欧阳|司马|诸葛|上官|慕容|东方|夏侯|皇甫|令狐|司徒|公孙|长孙|尉迟|端木|南宫';
// Round forty-two (batch BZ): 何 after 任, 如, 为, 几, 奈 or 若 is a word (任何患者的照片), not a surname.
const NAME = `(?:${COMPOUND}|(?!(?<=[任如为几奈若])何)[${SURNAMES}])[\\u4e00-\\u9fff]{1,2}`;
/**
 * Round thirty-six (batch BJ): a name with its middle masked but a given-name character left (张*婷, 欧阳X雪, 周某华):
 * two of three characters still point at someone, unlike 王某 or 李某某, which stay pseudonyms.
 */
const MASKED = `(?:${COMPOUND}|[${SURNAMES}])(?:\\*{1,3}|x{1,2}|×{1,2}|某)(?![某甲乙丙丁男女])[\\u4e00-\\u9fff]`;
/** Round thirty-six: how a patient is called without a full name (小邓, 老周, 孙老师, 刘大姐). */
export const CALLED = `(?:[小老][${SURNAMES}]|[${SURNAMES}](?:老师|阿姨|大姐|大哥|大叔|大婶|大爷|大妈|师傅|女士|先生|同学|奶奶|爷爷))`;
/** Words after 患者 that start with a surname but are not names (患者何时来院, 患者陈述病史). */
// Round ninety-eight (batch GX): 顾客, 顾问 and 高管 are roles (顾客，男，70岁，痛风发作期…), not 顾 or 高 with a given name.
const NOT_NAME = /^(?:顾客|顾问|高管|曾(?:在|经|于|多|有|因|被|用|行)|高(?:血|热|烧|压|龄)|何时|何处|陈述|高度|高血|高龄|周围|于是|方可|常常|万一|任何|许多|林间|马上|向医生|江湖|康复|金额|钱款|严重|戴上|戴好|石膏|叶酸|谭|孔洞|余下|史|白天|田间|雷同|龙头|毛发|顾虑|邵|于(?:[上下本今昨前去近当次同此该我外]|\d|[一二三四五六七八九十][^岁]|[年月日周]))/;
const AGE = '(?:\\d{1,3}\\s?岁|[一二三四五六七八九十]{1,3}岁)';
/** Words of an illness or an injury, for the round-twenty-five shapes that need one in the sentence. */
const ILL = '病|症|癌|瘤|炎|癣|疹|痔|斑|结节|结石|囊肿|坏死|骨折|痛风|结核|狼疮|抑郁|焦虑|糖尿|高血压|肝硬化|确诊|诊断|发作|复发|手术|住院|入院|不孕|肌瘤|中风|梗|椎间盘|劳损|损伤|增生|哮喘|偏瘫|多囊|松弛|溃疡';
/** Round fifty-two (batch DC): the skin illnesses a clinic's case lists name, for the round-fifty-two shapes only (痤疮, 青春痘, 斑秃, 脱发, 白癜风, 银屑病). */
const SKIN_ILL = `${ILL}|痤疮|痘|秃|脱发|白癜风|银屑`;
/** A finding of the body or the record, owned by the patient named before 的 (唐雪梅的引流液). */
const BODY_FINDING = '(?:引流|伤口|切口|刀口|创面|体温|血压|血糖|血象|病情|病灶|皮损|白斑|肿瘤|肿块|结节|化验|检查|复查|指标|症状|术后|病历|病例|CT|ct|核磁|B超|b超|彩超|胃镜|心电图)';
/** The sentence is about a particular patient. */
// Round forty-four (batch CE): an English label (Patient: …, Tel: …) and a patient's own account (自述, 主诉) too.
const PATIENT = /patient|自述|主诉|患者|病人|患儿|病友|就诊者|同学|女士|先生|阿姨|大爷|奶奶|爷爷|小朋友|[男女][,，]\s?\d{1,3}岁|\d{1,3}岁|[一二三四五六七八九十]{1,3}岁|白斑|白癜风|皮损|复诊|确诊|病史|治疗|就诊|来诊|病例|病历|入院|出院|住院期间|收治/

/** Round sixty-four (batch EI): a Markdown table's header row (the line before its |---| rule) naming staff, or naming patients or a diagnosis. */
const STAFF_HEADER = /(?:^|\n)\s?\|[^\n]*?(?:医生|医师|专家|出诊|专长|擅长|坐诊|职称|值班|主诊)[^\n]*\n\s?\|\s?:?-{2,}/;
const PATIENT_HEADER = /(?:^|\n)\s?\|[^\n]*?(?:患者|病人|患儿|就诊者|受试者|诊断|病情|主诉|病程|复诊日期|入院|出院)[^\n]*\n\s?\|\s?:?-{2,}/;

/** Round fifty-five (batch DM): a bare name, then a mobile number (李秀英 13912345678). */
const BARE_NAME_MOBILE = new RegExp(`^\\s?${NAME}\\s?[:：,，]?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}$`);

/** Mainland resident ID numbers carry a check digit (GB 11643); a random 18-digit number rarely passes. */
export function validResidentId(id: string): boolean {
  if (!/^\d{17}[\dxX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

export const personRules: Rule[] = [
  {
    id: 'privacy-identifier',
    category: 'privacy',
    title: '身份证号、病历号、患者电话和住址',
    basis: BASIS.privacy,
    message: '文中出现了能识别患者的信息（身份证号、住院号或病历号、电话、住址）。健康信息是敏感个人信息，公开需要患者的单独同意，且应尽量不公开。',
    suggestion: '删去这些信息，或改为不可识别的描述（如“患者，女，40余岁”）；病例内容发布前核对是否已取得患者的单独同意。',
    levels: levels('EEEE'),
    patterns: [
      // Round twenty: the label first, then whose number it is (联系方式：患者本人 186-0571-2233，家属…).
      p(/(?:联系方式|联系电话|联系人|电话|手机号?)\s?[:：]\s?(?:患者|病人|患儿|家属|患儿家长)(?:本人|的?(?:女儿|儿子|丈夫|妻子|老伴|母亲|父亲|妈妈|爸爸|家属|家长))?[^。;!?\d]{0,6}?1[3-9]\d(?:[\s-]?\d{4}){2}/),
      p(/(?<![0-9a-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])/),
      // Round twenty-five: a report's or a test's number too (报告编号TJ2023-0911, 体检号); a licence's registration number
      // (执业许可证登记号：PDY…) is the clinic's, not a patient's.
      p(/(?:病历号|住院号|门诊号|病案号|床号|就诊卡号|医保卡号|社保卡号|身份证号?码?|(?<!许可证|执业证|证书|执照|备案|机构)登记号|报告编号|报告单号|体检号|体检编号|检验号|标本号|样本号)\s?(?:为|是)?\s?[:：]?\s?[a-z0-9][a-z0-9-]{3,}/),
      // Round sixty-five (batch EK): the 身分證 spelling of the label (Taiwan, Hong Kong) with a letter-first ID number (身分證號A123…;
      // 身份证号码：F2…): a letter, 1 or 2, then eight digits; the label with no number (請攜帶身分證) stays.
      p(/(?:身分证|身份证|身分證)(?:统一编号|统一编号|字号|号码?|编号)?\s?(?:为|是)?\s?[:：]?\s?[a-z][12]\d{8}(?![\da-z])/),
      // Round sixty (batch DZ): an English record label with a number (Patient ID: 20230915-077, MRN 884123); a label with no number (ID removed) stays.
      p(/(?<![a-z])(?:patient\s?id|mrn|medical\s?record\s?(?:no\.?|number))\s?[:：#]?\s?(?=[a-z-]{0,4}\d)[a-z0-9][a-z0-9-]{3,}/),
      // Round twenty-seven: an ID or certificate number under its label, whatever its check digit (ＩＤ：３７０１０２…, 证件号：…).
      // Round eighty-three (batch FT): the English label spelt out (ID card 3301…, ID No. 4401…, ID number: …) may go without a colon;
      // the label with no number (please bring your ID card) stays.
      p(/(?<![a-z])id\s?(?:card|no\.?|number)(?:\s?(?:no\.?|number))?\s?[:：#]?\s?[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])/),
      p(/(?:(?<![a-z])id|证件号码?|身份证件号?码?)\s?(?:号)?\s?[:：]\s?[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])/),
      // Round twenty-five: people's phones listed under a label (义诊查出高血压的居民电话：老杨 137…), a masked name and an
      // unmasked mobile side by side (张*明 13600001111).
      // Round forty-four (batch CE): a landline too (患者联系电话：0571-8888 6666).
      // Round eighty-three (batch FT): a Q&A digest's asker (附提问人电话：138…, 群友手机号：…), the label perhaps closed by a bracket.
      p(/(?:提问人|提问者|咨询人|留言人|群友|病友|患友)的?(?:电话|手机号?码?|联系方式|联系电话)\s?[)）]?\s?[:：]\s?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4})(?!\d)/),
      p(/(?:患者|病人|居民|村民|病友|患友|家属|客户|顾客|学员|会员|老人)们?的?(?:电话|手机号?码?|联系方式|联系电话)\s?[:：]\s?[^。;!?\d]{0,6}?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}(?!\d))/),
      // Round forty-four (batch CE): the patient said to show their face in a video or photo of the treatment (真人露脸治疗全过程), unless negated.
      p(/(?<!(?:不|未|没有?|禁止|严禁|不得|不会|不能|不可|请勿|切勿|拒绝|避免|无需|绝不)[^,，。;!?]{0,6})(?:患者|病友|患友|真人|本人|宝妈|小姐姐|小哥哥)(?:(?!不|未|没|无需|拒绝|无)[^,，。;!?]){0,4}?露脸(?=[^。;!?]{0,12}?(?:治疗|复诊|光疗|手术|前后|过程|病情|康复|讲述|分享|对比|记录|视频|照片|直播|出镜))/),
      // Round fifty-five (batch DM): a bare full name at the start of a line, a list item or a clause, then an unmasked mobile (1. 李秀英 139…
      // 湿疹); refine() asks for an illness or a patient in the line, and no member of staff or contact person.
      p(new RegExp(`(?<=^|[\\n:：,，、;；]|\\d[.、)）]|[-*•])\\s?${NAME}\\s?[:：,，]?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)`)),
      p(new RegExp(`[${SURNAMES}](?:\\*{1,3}[\\u4e00-\\u9fff]?|某{1,2}|x{1,2}|×{1,2})\\s?[:：,，]?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)`)),
      p(new RegExp(`(?:患者|病人|家属|联系人|本人|其|他|她|[${SURNAMES}](?:女士|先生|小姐|阿姨|大爷|大姐|大哥|奶奶|爷爷|\\*{1,3}|某{1,2}|x{1,2}|×{1,2}))[^。]{0,10}?(?:电话|手机|手机号|联系方式|微信)\\s?(?:是|为|[:：])?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}`)),
      p(/(?:患者|病人|家属|联系人|本人|其|他|她)[^。]{0,10}?(?:电话|手机|手机号|联系方式|微信)\s?(?:是|为|[:：])?\s?1[3-9]\d(?:[\s-]?\d{4}){2}/),
      p(/(?:患者|病人|家属|联系人|患儿)[^。]{0,20}?(?:qq|qq号|微信号?|邮箱)\s?(?:是|为|[:：])?\s?[a-z0-9_.-]{5,}/),
      // Round thirty-two: the account first, then whose it is (微信号为zhangsan_1988的患者私信描述…).
      p(/(?:qq|qq号|微信号|邮箱)\s?(?:是|为|[:：])?\s?[a-z0-9_.@-]{5,}\s?的(?:患者|病人|患儿|家属|病友|患友|宝妈|家长)/),
      // Round fifty-two (batch DC): a mobile number first, then the patient it belongs to (请手机号为 139… 的湿疹患者尽快联系助理; 电话139…的患者家属).
      p(/(?:手机|电话|手机号码?|电话号码|联系电话|尾号)\s?(?:是|为|[:：])?\s?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)\s?的[^,，。;!?]{0,8}?(?:患者|病人|患儿|家属|病友|患友|宝妈|家长|群友)/),
      // Round fifty-eight (batch DT): the mobile number first, then a surname with a familiar form of address, and the illness or its course
      // after (联系电话 139… 的李阿姨反馈，她的湿疹…); a contact person (电话139…的王先生负责报名) names no illness and stays.
      // Round fifty-nine (batch DW): the illness may come after the caller's question (电话 138… 的张先生吗？您的湿疹最近怎么样？): a follow-up script
      // that reads out the number and then asks about the illness discloses both.
      p(new RegExp(`(?:手机|电话|手机号码?|电话号码|联系电话|尾号)\\s?(?:是|为|[:：])?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)\\s?的[${SURNAMES}](?:阿姨|大姐|大哥|大叔|大婶|大爷|大妈|奶奶|爷爷|女士|先生|师傅)(?![^。;!?]{0,16}?(?:负责|报名|登记|咨询|预约|接待|联系人|工作人员|志愿者|值班))(?=[^。;!\\n]{0,24}?(?:${SKIN_ILL}|好转|复诊|用药|治疗))`)),
      // Round sixty-one (batch EB): a surname with a form of address, then a bare mobile number, then the illness or the treatment (@何先生 138…
      // 您的白癜风光疗已完成); a contact person (王先生 139… 负责报名) names none.
      p(new RegExp(`[${SURNAMES}](?:女士|先生|小姐|阿姨|大爷|大姐|大哥|奶奶|爷爷|师傅)\\s?[:：,，]?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)(?![^。;!?\\n]{0,20}?(?:负责|报名|登记|接待|联系人|工作人员|志愿者|值班))(?=[^。;!?\\n]{0,24}?(?:${SKIN_ILL}|光疗|复诊|用药|疗程))`)),
      // Round twenty-six: a person's name with a mobile number in brackets (宝妈丁丽丽（电话186 9221 9921）说…), and a patient's or
      // a customer's contact published after a gap (这位康复妈妈的联系方式：手机139…).
      p(new RegExp(`(?:${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|专家|老师|客服|前台)\\s?[(（]\\s?(?:电话|手机号?码?|联系电话|联系方式|tel)\\s?[:：]?\\s?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)`)),
      p(/(?:患者|病人|病友|患友|康复者|妈妈|宝妈|家长|顾客|客户|学员)[^。;!?]{0,12}?的(?:联系方式|联系电话|电话|手机号?码?)\s?(?:是|为)?\s?[:：]?\s?(?:手机号?)?\s?[:：]?\s?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/),
      // Round forty-one (batch BX): patients' phones, addresses or real names said to be attached, shown or viewable, without the
      // numbers themselves (每封信都附有患者的亲笔签名、联系电话和家庭住址; 点击链接即可查看全部患者的原图和真实姓名); a refusal (不会公开患者的住址) is not.
      p(/(?<!(?:不|未|没有?|禁止|严禁|不得|不会|不能|不可|请勿|切勿|拒绝|避免|无需|绝不)[^,，。;!?]{0,6})(?:附有|附上|附带|注明|标注|标明|公开|公布|展示|展出|留有|写有|印有|查看|看到)[^,，。;!?]{0,6}?(?:患者|病人|病友|来信人|写信人)(?:本人)?的?[^,，。;!?]{0,8}?(?:联系电话|电话号码|手机号码?|家庭住址|详细住址|身份证号码?|真实姓名|原图)/),
      // A table with a name column next to clinical columns (| 姓名 | 年龄 | 诊断 |). Round twenty-nine: a complaint or a
      // symptom column is clinical too (| 姓名 | 性别 | 电话 | 主诉 |).
      p(/\|\s?(?:姓名|患者姓名)\s?\|(?![^\n]{0,40}?(?:职称|擅长|科室|职务|出诊))[^\n]{0,40}?(?:诊断|病情|病程|皮损|年龄|结果|阳性|手术|疾病|病种|用药|床号|住院号|主诉|症状|病史|现病史|治疗前后|术前|术后|照片)/),
      // Round thirty: a table headed by a patient column with where they work, live or study and their illness, then a row
      // (| 患者 | 单位 | 病情 |, | 钱某某 | 市第一人民医院护士站 | 手部湿疹 |): masked names still point at someone.
      p(/\|\s?(?:患者|病人|就诊者|患者姓名|姓名)\s?\|(?=[^\n]{0,60}?(?:单位|住址|家庭住址|电话|手机|学校|班级|职业|身份证|工作))(?=[^\n]{0,60}?(?:诊断|病情|病程|疾病|病种|皮损|手术|用药))[^\n]{0,80}\n(?:\|\s?[-:][^\n]{0,80}\n)?\|\s?[\u4e00-\u9fff]/),
      // Round thirty: a patient pointed at by an office in a named place (这位患者是我市某区副区长), of which there are few.
      p(/(?:我|本|该)(?:市|县|区|镇|省)(?:某|一位|一名)?(?:区|县|镇|乡|街道|局|委|市)?的?(?:常务副|副)?(?:市长|区长|县长|镇长|乡长|局长|厅长|处长|书记)/),
      // Round twenty-nine: a table row with a bare name in one cell and a mobile number in a later one (| 罗红梅 | 女 | 139… |),
      // unless the row is a doctor's or the clinic's.
      p(new RegExp(`\\|\\s?${NAME}\\s?\\|(?![^\\n]{0,60}?(?:医师|医生|主任|护士|职称|擅长|出诊|专家|教授|主治|技师|坐诊|门诊时间|客服|前台|咨询|预约))[^\\n]{0,40}?(?<!\\d)1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)`)),
      // Round thirty-one: the one who runs a shop or a stall on a named street or market (就是幸福路上开五金店的那位老板); refine() asks for a
      // patient in the sentence. Round thirty-four: the stall or shop may go unsaid (菜市场卖豆腐的那位摊主).
      p(/(?:路|街|巷|胡同|市场|夜市|菜场|菜市场)(?:上|口|边|里|对面|旁边)?(?:开|摆|卖|经营)[^,，。;!?]{1,6}?(?:店|铺|摊|馆|超市|厂)?的(?:那位|那个)?(?:老板娘|老板|店主|摊主|掌柜)/),
      p(/(?:家住|住址|家庭住址|现住|居住于|住在)\s?[:：]?[^,，。;\n]{2,20}?(?:\d+(?:号|栋|幢|单元|室|弄)|小区|村|街道|胡同|花园|家园|新村|公寓|大院|宿舍|[一二三四五六七八九十\d]期)/),
      // Round thirty-nine (batch BR): a named road or street, then a landmark on it the neighbours know (家住建设路农贸市场楼上, 住在人民街邮局对面).
      p(/(?:家住|住址|家庭住址|现住|居住于|住在)\s?[:：]?[\u4e00-\u9fff]{2,8}?(?:路|街|巷|大道)[\u4e00-\u9fff]{0,8}?(?:市场|菜场|商场|超市|邮局|银行|医院|学校|小学|中学|车站|公园|广场|桥)(?:楼上|楼下|对面|旁边|隔壁|后面|附近|边上)/),
      // Round seven: where the patient lodges, as an aside in brackets or after a comma (（男，24岁，住高新区软件园3号宿舍楼）).
      p(/[(（,，、]\s?住(?!院|宿|所)[\u4e00-\u9fff\d]{2,16}?\d{1,5}(?:号|栋|幢|单元|室)/),
      // Round twenty-eight: the aside names a compound, a dormitory or a home without a number (，住西郊物流园宿舍，; （住城北花园）).
      p(/[(（,，、]\s?住(?:在)?(?!院|宿|所|址)[\u4e00-\u9fff]{2,12}?(?:宿舍楼?|小区|花园|新村|公寓|大院|家属院|家属楼|养老院|敬老院)(?=[)）,，、。;!?\s]|$)/),
      // Round twenty-eight: a named school, the age, then the grade (青山镇中学的14岁初三女生).
      p(/(?:小学|中学|初中|高中)(?<=(?<![一某这那])(?:(?![名位个某所读在是上念的年])[\u4e00-\u9fff]){2,6}..)的?\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?岁的?(?:[一二三四五六]年级|初[一二三]|高[一二三])/),
      // Structural (round four): any other way to reach or single out the patient, in a sentence about a patient:
      // an e-mail address, the tail of an ID number, an employer or school with the unit, a street number.
      p(/身份证(?:号码?)?(?:尾号|后[四六]位|末[四六]位)\s?[:：]?\s?\d{4}|(?:就职于|任职于|供职于|工作于|就读于)[^,，。;!?]{2,16}?(?:公司|银行|营业部|支行|分行|学校|小学|中学|[一二三四五六七八九十\d]中|大学|学院|医院|法院|检察院|研究院|研究所|政府|工厂|厂|局|店)|(?:小学|中学|初中|高中|(?<=[市县区镇])[一二三四五六七八九十\d]{1,3}中)[^,，。;!?]{0,4}?(?:[一二三四五六七八九]年级|初[一二三]|高[一二三])[^,，。;!?]{0,6}?(?:班|的|同学)|(?<=[市县区镇])[一二三四五六七八九十\d]{1,3}中(?:初[一二三]|高[一二三])(?:学生|女生|男生)|幼儿园[^,，。;!?]{0,2}?(?:大|中|小)[一二三四五]班|(?:系|任|为|是)[^,，。;!?]{2,12}?(?:医院|学校|小学|中学|公司|银行|局|厂)的?(?:护士长|院长|校长|局长|行长|经理|董事长|主任|老师|教师|职员|员工|会计)|(?:面部|脸部?|五官)(?:未|没有?|并未)(?:经过?|作|做)?(?:遮挡|打码|处理)|(?:我市|本市|当地|本地)(?:一家|一位|一所|的)?(?:知名|著名|有名)的?[\u4e00-\u9fff]{1,5}|(?:签名|身份证号)[^。;!?]{0,8}?照片|照片[^。;!?]{0,10}?(?:签名|身份证)|(?:出生日期|出生年月日?|生日)\s?[:：为是]?\s?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:市|县|区|省)[\u4e00-\u9fff]{1,8}?(?:局|院|厂|公司|大队|支队|学校)[\u4e00-\u9fff]{0,4}?(?:队长|局长|院长|厂长|校长|经理|主任|科长|处长|干部|科员|民警)|未(?:遮挡|打码)(?:的)?(?:面部|脸部?|五官)|车牌号?(?:码)?(?:为|是|[:：])?\s?[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z]|(?:路|街|巷|弄)(?<=[\u4e00-\u9fff].)\d{1,5}号(?!线)/),
      // Round thirty-seven (batch BN): the age with the hometown (周某（19岁，河北保定人）, 小X蕾（26岁·浙江温州人·文员）, 韩某某，女，48岁，籍贯山东临沂),
      // a subject teacher at a named school (区实验中学语文老师潘某某), a photo said to be unmasked (治疗前后正面照片各一张，未作遮挡处理);
      // refine() asks for a patient and not a doctor's or a staff member's introduction.
      p(/(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s?岁\s?[,，、·・\s]?\s?(?:(?:籍贯|老家)(?:在|是|为|[:：])?\s?[\u4e00-\u9fff]{2,8}?(?=[,，、·・)）\s。人]|$)|(?:来自)?(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古?|广西|西藏|宁夏|新疆|北京|天津|上海|重庆|香港|澳门)[\u4e00-\u9fff]{2,5}?人(?=[,，、·・)）\s。]|$|[\u4e00-\u9fff]{0,3}(?:某|公司|文员|职员|员工|学生|老师|教师|工人|司机|护士|会计|退休)))|(?:市|县|区|镇|乡|实验|附属|第[一二三四五六七八九十])[\u4e00-\u9fff]{0,4}?(?:小学|中学|[一二三四五六七八九十\d]中)的?(?:语文|数学|英语|物理|化学|生物|历史|地理|政治|音乐|体育|美术|信息|科学)(?:老师|教师)|(?:照片|图片|视频|影像|合影|合照|截图)[^。;!?\n]{0,10}?(?:未|没有?|并未)(?:经过?|作|做|加)?(?:任何)?(?:遮挡|打码|马赛克)|(?:照片|图片|视频|合影|合照)[^。;!?\n]{0,12}?(?:挂在|放在|发在|贴在|发布在|展示在|登在|上了)(?:我们的?|本院的?|我院的?|医院的?)?(?:官网|首页|公众号|宣传栏|橱窗|朋友圈|抖音|展板|大屏)/),
      // Round thirty-nine (batch BR): the job at a branch, a station or an office of a named place (系某外卖平台城东站点骑手, 56岁，城关镇供电所职工,
      // 县农商行城西支行柜员); refine() asks for a patient in the sentence.
      p(/[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道|城东|城西|城南|城北|开发区|高新区)[\u4e00-\u9fff]{0,6}?(?:站点|配送站|供电所|派出所|税务所|卫生院|邮政所|营业所|粮站|站|所|厂|支行|分行|营业部|车队|门店|分店|网点)的?(?:退休)?(?:骑手|快递员|配送员|职工|员工|工人|职员|干部|柜员|收银员|店员|司机|保安|会计|民警)/),
      // Round eight: the tail of any number that reaches the patient (手机尾号6621, 社保卡号末六位283746, 车牌尾号378), a
      // masked number that still shows both ends (138****5529, 110105********2316), a bed on a ward (住院期间（12床）).
      p(/(?:身份证|社保卡|医保卡|就诊卡|银行卡|手机|电话|车牌|门牌|学号|工号)(?:号码?)?的?(?:尾号|后[三四五六]位|末[三四五六]位)(?:是|为)?\s?[:：]?\s?(?:[\da-z]{3,6}|\d(?:\s\d){3,5}(?!\d))|(?<!\d)1[3-9]\d[\s-]?[*x×]{4}[\s-]?\d{4}(?!\d)|(?<![\d*])\d{3,6}[*]{6,12}\d{3}[\dx](?![\d*])|(?:住院|病房|病区)[^。;!?]{0,10}?[(（]\d{1,3}\s?(?:号床|床)[)）]|\d{1,3}\s?(?:号床|床)的?(?:[一两二三四五六七八九十\d]位|这位|那位)?(?:患者|病人|患儿)/),
      // A unit with its place and what the patient does there (在市第二建筑公司做安全员, 在县医保局上班, 爸爸在市消防支队
      // 工作, 市体校游泳队队员), a named unit with the job (在南湖幼儿园当老师), a role in a named school (市重点高中的班长).
      p(/(?:在|于|是|到)(?:本|我)?(?:市|县|区|镇|乡)(?:(?!的)[\u4e00-\u9fff\d]){1,10}?(?:公司|集团|局|厂|银行|院|学校|小学|中学|[一二三四五六七八九十\d]中|幼儿园|车队|支队|大队|中队|体校|派出所|书店|酒店|商场|超市)(?:(?!的)[\u4e00-\u9fff\d]){0,6}?(?:上班|工作|任职|教书|开车|读书|上学|就读|做饭|打工|(?:做|当)(?!检查|治疗|手术|过|了|光疗|激光|化验|复查)[\u4e00-\u9fff]{0,3}?(?:员|工|师|士|长|司机|会计|保安))|就读于(?:市|县|区)[一二三四五六七八九十\d]{1,2}中|(?:市|县|区|镇)[\u4e00-\u9fff\d]{0,8}?(?:体校|车队|支队|大队|中队)[\u4e00-\u9fff]{0,4}?(?:队员|队长|教练|司机)|在[\u4e00-\u9fff]{2,8}?(?:幼儿园|小学|中学|学校|医院|银行|公司|书店|酒店|超市|工厂|车队)(?:当|做|任)(?:老师|教师|护士|医生|司机|会计|保安|职员|店长|经理|厨师|保洁|园长|校长)|(?:高中|中学|小学|初中|大学|学院|[一二三四五六七八九十\d]中)的?(?:高[一二三]|初[一二三]|[一二三四五六]年级)?(?:班长|学习委员|团支书|学生会主席|班主任)/),
      // A named school with the grade (在滨江小学二年级读书); a post in a unit with its place (是市图书馆的管理员, 退休前是
      // 市三中的语文老师, 工作单位：市自来水公司); a uniform or badge that names the school or employer.
      // Session 22: a clinic saying what level it is (我们是市级医院, 本院是县级综合医院) names no one's workplace.
      p(/(?:小学|中学|初中|高中)(?<=(?<![一某这那])(?:(?![名位个某所读在是上念的年])[\u4e00-\u9fff]){2,6}..)[^,，。;!?]{0,2}?(?:[一二三四五六]年级|初[一二三]|高[一二三])|(?<!我们|本院|我院|本中心|本科|这里|这家)(?:是|为|系|任|工作单位[:：为是]?)(?:本|我)?(?:市|县|区|镇)(?!级)(?:(?:(?!的)[\u4e00-\u9fff\d]){1,10}?(?:公司|集团|局|厂|银行|院|学校|小学|中学|[一二三四五六七八九十\d]中|幼儿园|馆|站|所|中心|车队|支队|大队)|[一二三四五六七八九十\d]{1,2}中)(?:[\u4e00-\u9fff]{0,6}?(?:老师|教师|员|工|师|长|司机|会计|保安|主任|经理|老板)|(?=[,，。;!?]|$))|(?:穿着?|戴着?)[^,，。;!?]{0,8}?(?:中学|小学|学校|幼儿园|公司|医院|银行)的?(?:校服|工服|制服|工牌|胸牌)|(?:校徽|工牌|胸牌|名牌|车牌|门牌)[^,，。;!?]{0,4}?(?:清晰可见|清楚可见|看得清|可以看清|能看清)/),
      // A photo or screen that shows who it is (正脸照片，未做任何遮挡; 双眼未遮挡; 照片中能看到患者胸前的工牌; 右上角能看到
      // 她的纹身和名字缩写), a screen name, a nickname the neighbours use, a person "everyone knows".
      p(/(?:正脸|全脸|头像)[^。;!?]{0,10}?(?:未|没有?|并未)(?:做|作|经|经过|加)?(?:任何)?(?:遮挡|打码|马赛克)|(?:照片|图片|视频|截图|画面|图中)[^。;!?]{0,20}?(?:面部|脸部?|五官|双眼|眼睛|眼部)[^。;!?]{0,4}?(?:未|没有?|并未)(?:做|作|经|经过|加)?(?:任何)?(?:遮挡|打码|马赛克)|(?:照片|图片|图中|图里|视频|画面|截图|右上角|左上角|背景)[^。;!?]{0,12}?(?:能|可以|可)?(?:看到|看清|看见|认出)[^。;!?]{0,10}?(?:工牌|胸牌|名字|姓名|纹身|车牌|门牌|校服|校徽|身份证|单位名称)|(?:昵称|网名|微信名)(?:(?:是|为|叫|[:：])\s?[“"「]?|\s?[“"「])[\u4e00-\u9fffa-z0-9_]{2,}|(?:村里人|街坊|邻居|大家|同事|同学)(?:都)?(?:叫|喊|称呼?)(?:他|她)(?:为)?\s?[“"「]|(?:大家|街坊|邻居|乡亲)(?:都)?(?:熟悉|认识)的|(?:市民|街坊|邻居|乡亲|网友|老师和同学)都(?:认识|知道)(?:他|她)|(?:大学|学院)[^,，。;!?]{0,8}?(?:19|20)\d{2}级|(?:村|镇|小区|单位|学校|班级?|公司|厂|科室|车间)里?(?:唯一|仅有)的(?!要求|规定|规矩|条件|建议|提醒|原则|目的|办法|方法|途径|渠道|标准|例外|区别|不同|缺点|风险|忠告|选择|设备|仪器|出口|入口|电梯)|(?:小学|中学|幼儿园|大学|学院)(?<=(?:(?![名位个某所读在是上念的年])[\u4e00-\u9fff]){2,6}(?:小学|中学|幼儿园|大学|学院))(?:任教|执教|教书|任职)|(?:名为|叫做?)[“"「][^”"」]{2,12}[”"」]的?(?:店|店铺|公司|餐馆|饭店|工作室|超市|门店)|(?:患者|本人)[^。;!?]{0,6}?(?:生活照|自拍|证件照|全家福)|车号\s?(?:为|是|[:：])?\s?[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z]|(?:账号|帐号|抖音号|快手号|微博)(?:就)?(?:叫|名为|是|为)?\s?[“"「][^”"」]{2,}|认识(?:他|她|这位)的[^,，。;!?]{0,4}?(?:街坊|邻居|乡亲)/),
    ],
    negation: 'ignore',
    hedge: false,
    subject: false,
    quoted: false,
    question: false,
    veto: false,
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (/^\d{17}[\dx]$/.test(hit)) return validResidentId(hit);
      // Round eighty-eight (batch GD): a number masked by a run of x's in a sentence that calls it a sample or a format (填写格式示例：身份证号
      // 330106XXXXXXXX0021) is a placeholder; a masked number given as a patient's (患者身份证号 3301…XXXX…0021，诊断湿疹) still points at someone.
      if (/x{4,}/.test(hit) && /示例|样例|范例|示范|格式|演示|举例|模板|样表/.test(c.sentence)) return false;
      // Round sixty-four (batch EI): an ID card or a signature seen in a photo the reader is told to mask before sending (您上传的照片里有身份证，建议打码
      // 后再发; 照片中的签名请先遮挡): the advice protects the patient, nothing is shown.
      if (/照片|身份证|签名/.test(hit) && !/\d{6}/.test(hit) && /(?:建议|请|先|记得|最好|务必|麻烦|需要)[^。;!?]{0,8}?(?:打码|打上码|遮挡|遮住|盖住|涂掉|涂黑|马赛克|隐去|删掉|裁掉|去掉)|(?:打码|遮挡|遮住|盖住|涂掉|涂黑|马赛克|裁掉)(?:后|之后|以后)再?(?:发|上传|发送|提交)/.test(c.sentence)) return false;
      // Round fifty-five (batch DM): a bare name with a mobile number is a patient's when the line names an illness or a patient, not staff or a contact.
      if (BARE_NAME_MOBILE.test(hit)) return (new RegExp(SKIN_ILL).test(c.sentence) || /患者|病人|患儿|病友|患友|就诊|复诊|确诊|诊断/.test(c.sentence)) && !/医生|医师|大夫|主任|护士|教授|专家|客服|前台|联系人|负责人|志愿者|工作人员|咨询|预约|报名电话|热线/.test(c.sentence);
      // Round thirty-seven: a patient's photo put up on the clinic's site or board, the patient pointed at earlier in the paragraph by age, surname or
      // workplace (那个在高铁站上班、姓钱的25岁小伙子…现在的照片我们一直挂在官网首页).
      if (/(?:官网|首页|公众号|宣传栏|橱窗|朋友圈|抖音|展板|大屏)$/.test(hit)) return c.paragraphHas(/患者|病人|患儿|病友|\d{1,3}\s?岁|姓[\u4e00-\u9fff]的|上班|工作|就读/) && !c.paragraphHas(/打码|遮挡|马赛克|书面同意|书面授权|演员|模特|化名|医生|医师|护士|员工|团队|院长/);
      // Round thirty-seven: the age with a hometown singles out a patient, not a doctor or a member of staff introduced (张医生，45岁，湖南长沙人).
      if (/岁/.test(hit) && /籍贯|老家|人$|来自/.test(hit)) return /患者|病人|患儿|病例|病友|术后|治疗|康复|就诊|复诊|确诊|诊断|打卡|恢复|来诊|入院|出院/.test(c.sentence) && !(/医生|医师|护士|主任|教授|专家|院长|职称|擅长|员工|治疗师|志愿者|毕业于/.test(c.sentence) && !/患者|病人|患儿|病例|病友/.test(c.sentence));
      // Round thirty: an office in a named place identifies a patient only when the sentence gives them an illness (本市副市长莅临我院 is a visit).
      if (/^(?:我|本|该)(?:市|县|区|镇|省)/.test(hit) && /(?:长|书记)$/.test(hit)) return /患者|病人|患有|患上|确诊|诊断|因[^。;!?]{0,12}?(?:病|症|癌|炎|癣|疹|斑|癜风)/.test(c.sentence) && !/莅临|视察|调研|考察|指导|慰问/.test(c.sentence);
      // Round twenty-six: a school year said of children in general (小学三年级的孩子出现白斑，应先到皮肤科确诊) singles out no one.
      if (/(?:年级|初[一二三]|高[一二三])的$/.test(hit) && /^(?:孩子|学生|儿童|小朋友|男孩|女孩|男生|女生|小孩|家长|同学们)/.test(c.norm.slice(c.end, c.end + 4))) return false;
      // The structural forms identify someone only when the sentence is about a patient, not the clinic's own address or mailbox.
      // Round thirty-six (batch BJ): a kind of employer said with 一名 (我是一名小学老师) names no school or firm.
      if (/^(?:是|为|系|任)(?:一名|一位|一个|名|位)(?:小学|中学|初中|高中|大学|幼儿园|医院|公司|银行|工厂|厂|学校)/.test(hit)) return false;
      if (/(?:宿舍楼?|小区|花园|新村|公寓|大院|家属院|家属楼|养老院|敬老院)$|岁的?(?:[一二三四五六]年级|初[一二三]|高[一二三])$|尾号|后[三四五六]位|末[三四五六]位|知名|著名|有名|签名|照片|出生|生日|队长|厂长|科长|处长|护士长|院长|校长|局长|行长|经理|董事长|主任|老师|教师|职员|员工|会计|遮挡|打码|就职|任职|供职|工作于|就读|年级|初[一二三]|高[一二三]|幼儿园|车牌|\d号$|\*|床$|年级$|初[一二三]$|高[一二三]$|可见$|看得?清$|校服$|工服$|制服$|(?:公司|集团|局|厂|银行|院|学校|小学|中学|中|幼儿园|馆|站|所|中心|车队|支队|大队)$|(?:老师|教师|主任|经理|老板|老板娘|店主|摊主|掌柜)$|(?:做|当|上班|工作|教书|开车|读书|上学|做饭|打工|员|工|师|士|长|司机|会计|保安|队员|教练|班长|学习委员|团支书|学生会主席|班主任)$|干部$|民警$|看到|看清|看见|认出|马赛克|处理$|昵称|网名|微信名|账号|帐号|抖音号|快手号|微博|叫|喊|称|熟悉|认识|知道|级$|唯一的$|仅有的$|任教$|执教$|教书$|任职$|店$|店铺$|公司$|餐馆$|饭店$|工作室$|超市$|门店$|生活照|自拍|证件照|全家福|车号|骑手$|(?:楼上|楼下|对面|旁边|隔壁|后面|附近|边上)$/.test(hit)) {
        if (/本院|我院|医院地址|门诊地址|地址[:：]|投稿|来信请寄|联系我们|邮箱[:：]/.test(c.sentence) && !PATIENT.test(c.sentence)) return false;
        // Round sixty-three (batch EF): or their child's or family's (不要在群里发孩子的病历照片和身份证号).
        // Round twenty-seven: readers warned not to post their own ID or records (请勿在网络上随意晒出自己的身份证号和病历照片) name no one.
        if (/(?:请勿|切勿|不要|别|千万别|千万不要|避免|以免|谨防|当心)[^。;!?]{0,16}?(?:晒|发|上传|公开|泄露|拍)/.test(c.sentence) && /自己|个人|您的|你的|孩子的?|家人的?|老人的?|父母的?|家属的?/.test(c.sentence) && !/患者[\u4e00-\u9fff]{0,2}(?:女士|先生)|[男女][,，]\s?\d/.test(c.sentence)) return false;
        // The clinic's own address (本院位于解放路100号，白癜风专病门诊…) is public, whatever else the sentence names.
        if (/\d号$/.test(hit) && /本院|我院|医院|门诊|院址|本中心|诊所|位于|地址|坐落/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 6), c.end)) && !/患者|病人|患儿|家住|住在|住址/.test(c.sentence)) return false;
        // Round sixty-five (batch EK): an address under its own 地址 label (停车场地址：健康路100号) is the clinic's or a car park's; patients named only
        // as those who come (就诊患者免费停车) single out no one.
        // Round one hundred and seven (batch HP): the label may stand before a district and a long street name (就诊地址：城东开发区幸福大道18号), so the
        // label is looked for sixteen characters back.
        if (/\d号$/.test(hit) && /(?<!家庭|居住|现)地址[:：]|院址|位于/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 16), c.end)) && !/家住|住在|住址|家庭/.test(c.sentence) && !/(?<!就诊|来院|来诊|广大|各位|住院|门诊)(?:患者|病人|患儿)/.test(c.sentence)) return false;
        // A doctor's or the author's own post (王主任在市人民医院皮肤科工作三十年) identifies no patient.
        if (/(?:上班|工作|任职|教书|开车|读书|上学|就读|员|工|师|士|长|司机|会计|保安|老师|教师|主任|经理|老板|公司|集团|局|厂|银行|院|学校|中|馆|站|所|中心|队)$/.test(hit) && /医生|医师|主任|教授|专家|大夫|作者|院长|护士长/.test(c.norm.slice(c.sentenceStart, c.start)) && !/患者|病人|患儿|病友|就诊者/.test(c.sentence)) return false;
        // Round thirty-three: a reply that gives the tail of someone's number (您预留的手机尾号为0735) points at the patient it
        // addresses, who may be named a sentence before (马先生，您在我院做的HIV检测结果已出。).
        if (/尾号|后[三四五六]位|末[三四五六]位/.test(hit) && /您|你/.test(c.sentence) && PATIENT.test(c.norm.slice(Math.max(0, c.sentenceStart - 60), c.sentenceStart))) return true;
        return PATIENT.test(c.sentence) || c.docType === 'case';
      }
      return true;
    },
    examples: {
      bad: [{ text: '患者住址：城西新区幸福路27号，电话已登记', type: 'case' }, { text: '患者身份证号 330106XXXXXXXX0021，诊断湿疹，请前台核对', type: 'institution' }, { text: '这是患者发来的照片，照片里有身份证和签名，大家看看皮损', type: 'kepu' }, { text: '家属来电：我母亲的身份证号是 110101195003070017，帮她查一下肺结节的报告', type: 'institution' }, { text: "随访提醒：@孙女士 13922223333 您的湿疹第3次复诊时间已到", type: "institution" }, {"text": "Patient ID: 20240318-112 (psoriasis)", "type": "case"}, { text: "回访电话：“请问是手机 139 2211 3344 的李阿姨吗？您的荨麻疹这两周还发吗？”", type: 'institution' }, {"text": "请电话为 13600001111 的银屑病患者家属到护士站", "type": "institution"}, {"text": "复查名单\n- 钱丽华 13711112222 银屑病\n- 吴刚 13833334444 白癜风", "type": "institution"}, {"text": "报名：孔德明，13566667777，手部湿疹三年", "type": "institution"}, { text: '患者家属的电话：021-6123 4567，请护士站及时通知', type: 'case' }, { text: '点开视频，患者真人露脸讲述治疗过程', type: 'ad' }, { text: 'Patient: 女，35岁，Tel: 139****2468，主诉面部红斑', type: 'institution' }, { text: '感谢信墙上的每封信都附有患者的亲笔签名、联系电话和家庭住址', type: 'institution' }, { text: '点击链接即可查看全部患者的原图和真实姓名', type: 'institution' }, {"text": "患 者 ： 吕 某 ， 手 机 尾 号 8 8 1 0 ， 主 诉 头 痛", "type": "case"}, {"text": "患者：孙X明\n联系电话：137-xxxx-2046\n诊断：痛风", "type": "case"}, {"text": "伤者邹某，31岁，系某快递公司城南配送站快递员，入院时意识清楚", "type": "institution"}, {"text": "王**，61岁，李家镇粮站退休职工，血压控制平稳", "type": "ad"}, {"text": "本院收治的一名患儿（县三中初一学生）已转入普通病房", "type": "institution"}, {"text": "今天出院的8床的两位患者都是同一个村的", "type": "institution"}, {"text": "患者杨某，家住解放路邮局对面，反复咳嗽两月", "type": "case"}, {"text": "还记得那位在菜场卖鱼、姓罗的40岁大姐吗？她的照片一直挂在我们的宣传栏里", "type": "ad"}, {"text": "术后复查的马某（41岁，江苏南通人）恢复良好", "type": "institution"}, {"text": "病例二：许某某，男，36岁，籍贯安徽六安，银屑病", "type": "case"}, {"text": "出院那天，县二中的数学老师蒋某某患者送来了锦旗", "type": "institution"}, {"text": "附患者陶某治疗前后的面部照片两张，均未作遮挡", "type": "case"}, {"text": "县一中初二(5)班的小吴同学因为斑秃来我院就诊", "type": "case"}, {"text": "紧急联系人：班主任杨老师，电话138xxxx2210", "type": "case"}, {"text": "病例资料：患者赵某某，女，36岁，就职于本市某区人民法院，左手背白斑3年", "type": "case"}, {"text": "年度典型病例：宋某某（市税务局干部），面部白斑7年", "type": "case"},  { text: '答：马先生，您在我院做的检测结果已出，请本人来取报告。您预留的手机尾号为0735，如有变更请告知。', type: 'institution' },'邮箱为liuwei2020@example.com的患者来信说白斑又多了', '来做胃镜的孙阿姨，就是东门菜市场卖豆腐的那位摊主，复查结果很好', '住在锦绣花园3栋的那位七十岁老人，做完髋关节手术后已能下地', {text: "| 患者 | 单位 | 病情 |\n| 钱某某 | 市第一人民医院护士站 | 手部湿疹 |", type: "case"}, {text: "这位患者是我市某区副区长，因银屑病在我院治疗多年", type: "case"}, { text: '联系人：患者女儿 13812345678', type: 'case' }, { text: 'ＩＤ：４４０１０６１９８８０５２３１２３５ 患者：陈小红', type: 'case' }, { text: '体检报告领取：张*明 13600001111，报告编号TJ2023-0911', type: 'institution' }, { text: '宝妈孙莉莉（手机 137 1111 2222）说孩子的湿疹好多了', type: 'ad' }, { text: '这位康复患者的联系方式：手机13800001111，欢迎病友咨询', type: 'case' }, { text: '患者 Chen Jun（陈军），微信号 chenjun_88，糖尿病五年', type: 'case' }, '本次义诊查出糖尿病的居民电话：老周 13700001234', { text: '| 床号 | 姓名 | 手术 |\n|---|---|---|\n| 5 | 吴海燕 | 甲状腺切除 |', type: 'institution' }, { text: '以下患者报告已出：王**，手机号 13912345678', type: 'institution' }, { text: '联系方式：患者本人 186-0571-2233，家属（女儿）135-8899-0011', type: 'case' }, { text: '| 姓名 | 工号 | 结果 |\n|---|---|---|\n| 马志远 | 10235 | 阳性 |', type: 'institution' }, { text: '孙女士（手机 138 2233 4455）做完三次，斑淡了很多', type: 'ad' }, '患者身份证号：11010519491231002X', '住院号：ZY2023001234', '患者家属电话13812345678', '患者家住杭州市西湖区文三路100号', '患者邮箱 wangli1987@163.com，已约定下周复诊', '病例分享：王某某，女，28岁，就职于市人民银行营业部，颈部白斑半年', '患者邓某某（男，24岁，住高新区软件园3号宿舍楼）', '照片中的女孩是我们的患者，她同意出镜，但脸部没有打码', '陈先生（手机尾号6621）治疗三个月后来电致谢', '何先生的电话138****5529', '患者李**，身份证号110105********2316', { text: '王*明，男，42岁，在市第二建筑公司做安全员', type: 'case' }, { text: '这位患者在市公交集团第5车队工作', type: 'case' }, '术前照片：患者正面全脸，双眼未遮挡', '照片中能看到患者胸前的工牌', '患者林某，家住高新区翠苑二期', { text: '一位姓冯的高三学生，就读于市一中理科实验班', type: 'case' }, '许某，男，17岁，市体校游泳队队员，因长期泡水出现手部皮炎', '患者夏某在市中心医院心内科住院期间（12床）出现药疹', { text: '这位患者小名叫乐乐，今年8岁，在滨江小学二年级读书', type: 'case' }, { text: '她的工作是市图书馆的管理员，每天都要面对很多读者', type: 'case' }, { text: '周阿姨退休前是市三中的语文老师', type: 'case' }, { text: '患者汤某某，男，47岁，工作单位：市自来水公司', type: 'case' }, { text: '我们联系了患者的女儿，她的电话是186 **** 2210', type: 'case' }, { text: '吴先生是本市一家知名火锅店的老板', type: 'case' }, { text: '照片上的小姑娘穿着实验中学的校服，胸前的校徽清晰可见', type: 'case' }, { text: '患者是在我市人民公园门口摆摊卖气球的老金，很多市民都认识他', type: 'case' }, { text: '就诊时她出示了工作证，是市税务局稽查科的科员', type: 'case' }, '病例：何某某，女，23岁，南方医科大学护理学院2022级学生', '下图为患者本人提供的生活照', '患者是一位出租车司机，车号浙A·T3826', '这位病友在抖音上有十几万粉丝，账号就叫“白斑女孩小雨”', { text: '这位患者来自城东的红旗村，是村里唯一的大学生', type: 'case' }, { text: '患者在本院附近的锦华中学任教，教初二数学', type: 'case' }, { text: '王女士经营一家名为“小王美甲”的店铺，位于步行街北口', type: 'case' }, { text: '这位是大家熟悉的社区网格员小彭，荨麻疹困扰了他两年', type: 'case' }, { text: '雷**（出生日期1998年4月17日）因面部痤疮瘢痕来我院就诊', type: 'case' }, { text: '患者蒋某，女，51岁，住东港码头职工宿舍，确诊慢性肾病', type: 'case' }, { text: '一位就读于城西实验中学的15岁初二男生，因头痛来诊', type: 'case' }, { text: '病历号GZ20230517的患者今日出院', type: 'case' }, { text: '患者系市二中高一班主任，声带小结两年', type: 'case' }, { text: '| 姓名 | 性别 | 手机 | 主诉 |\n| --- | --- | --- | --- |', type: 'case' }, { text: '| 冯志强 | 男 | 137 0000 1234 | 胸闷三天 |', type: 'case' }, { text: "手机 13800004455 的周大姐说，她的荨麻疹这周没再发作", type: 'case' }, { text: "电话139 1111 2222的吴师傅复诊时，银屑病皮损已经变薄", type: 'case' }, { text: '病例摘要：患者，男，身分證字號F123456789，痛風三年', type: 'case' }, { text: '身份证号码：B287654321（香港来诊）', type: 'institution' }, { text: 'Patient (tinea), ID No. 440106198805231235, follow-up next week', type: 'case' }, { text: '本周答疑（留言人手机号：139 0000 5678）问：脚癣反复怎么办', type: 'kepu' }],
      ok: [{ text: '## 就诊地址：城北新区康宁路26号门诊楼三层', type: 'institution' }, { text: '填写格式示例：身份证号 330106XXXXXXXX0021，病历号一栏留空由前台补填', type: 'institution' }, { text: '客服回复：您发来的照片中能看到签名和身份证，请先遮挡后再上传，我们只需要皮损部位', type: 'institution' }, { text: '别在朋友圈晒父母的体检报告和身份证号，以免被骗', type: 'kepu' }, { text: "义诊报名联系人孙女士 13922223333 负责登记，工作人员会回电", type: "institution" }, {"text": "Patient ID removed before publication", "type": "case"}, { text: "回访电话：“请问是手机 139 2211 3344 的王先生吗？您报名的健康讲座改到周六上午了。”", type: 'institution' }, '本科室唯一的规定是：候诊区请保持安静', {"text": "义诊联系人：\n1. 王芳 13912345678（志愿者）\n2. 刘洋 13812345678（志愿者）", "type": "institution"}, { text: '我们是市级医院，疑难病例会转诊到省级医院', type: 'institution' }, '本院是县级综合医院，皮肤科每周一至周五开诊', { text: '为保护隐私，本院视频中的患者均不露脸，声音也做了处理', type: 'institution' }, { text: '门诊咨询电话：0571-8123 4567（工作日）', type: 'institution' }, '本院在任何宣传材料中都不会公开患者的姓名、住址或联系电话', { text: '病例照片已做遮挡，文中未注明患者的真实姓名和住址', type: 'case' }, { text: '| 药品名称 | 批准文号 |\n| 复方甘草片 | 国药准字H20000001 |', type: 'institution' }, { text: '本院制剂批准文号：某药制字Z20190001，规格100ml/瓶', type: 'institution' }, {"text": "本院周一至周六开诊，节假日正常接诊，地址：健康路8号", "type": "institution"}, {"text": "我院城南院区护士站员工培训将于周五举行", "type": "institution"}, {"text": "本院位于建设路人民公园对面，乘公交可达", "type": "institution"}, {"text": "我院收治的患者以中老年人为主，平均年龄62岁", "type": "institution"}, {"text": "新入职的护士合影已放在医院官网首页，欢迎大家认识她们", "type": "institution"}, {"text": "张医生，45岁，湖南长沙人，毕业于某医科大学，擅长湿疹的诊治", "type": "institution"}, "患者，女，35岁，湖南人，面部白斑3年", {"text": "区实验中学的语文老师来我院开展志愿服务", "type": "institution"}, "所有照片均已做遮挡处理，未经同意不会公开", "问：我是一名小学老师，脸上有白斑，会不会影响学生？",  { text: '答：您好，报告可凭身份证领取。我们不会询问您的手机尾号以外的任何信息。', type: 'institution' },{ text: '客服微信号为clinic_service的工作人员会在工作日回复', type: 'institution' }, '人民路上开面馆的老板娘说，这条街晚上很热闹', { text: '| 王建国 | 主任医师 | 13800001111 | 周二上午出诊 |', type: 'institution' }, { text: '| 项目 | 说明 |\n| 姓名 | 须与身份证一致 |\n| 电话 | 用于短信提醒 |', type: 'institution' }, {text: "本市副市长莅临我院视察白癜风诊疗中心", type: "institution"}, {text: "| 患者 | 年龄段 | 病情 |\n| 患者A | 30-40岁 | 手部湿疹 |", type: "case"}, {text: "| 患者 | 工作单位 | 诊断 |", type: "institution"}, 'ID号一般印在检验报告单的右上角', '请勿在网络上晒出自己的身份证号和病历照片，以免个人信息泄露', '初中二年级的学生如果出现脊柱侧弯，应尽早到骨科就诊', { text: '本院法定代表人：赵国庆；执业许可证登记号：PDY12345X32010211A1002', type: 'institution' }, '如有疑问请联系医务科刘医生（电话13800001111）', '报告编号可以在检验单的右上角找到', { text: '| 姓名 | 手术医生 | 职称 |\n|---|---|---|\n| 王建军 | 主刀 | 主任医师 |', type: 'institution' }, { text: '义诊联系人：医务科王**，电话 13912345678，工作日可咨询活动安排', type: 'institution' }, { text: '联系方式：患者可拨打科室电话0571-88886666预约复查', type: 'institution' }, { text: '| 姓名 | 职称 | 考核结果 |\n|---|---|---|\n| 马志远 | 主治医师 | 优秀 |', type: 'institution' }, { text: '孙女士您好，客服电话 0571-88886666', type: 'institution' }, '请妥善保管您的病历资料', '病历号会打印在挂号单上', '门诊号源每天8点放出', '订单编号110105194912310021', '患者可以发送邮件至 service@clinic-example.cn 预约复诊', '住院部在门诊楼北侧，光疗室在3号楼', '很多在工厂上班的人手部湿疹和接触化学品有关', { text: '预约时请填写本人常用手机号，该号码不会对外公开', type: 'case' }, '照片已征得本人书面同意并做了遮挡处理', '大家熟悉的防晒霜也要按说明书涂够量', '患者的昵称、网名不会出现在我们的任何文章里', '患者常在夏天加重，患者曾在外院治疗', { text: '本院位于解放路100号，白癜风专病门诊每周二开放', type: 'institution' }, '认识他的朋友都知道他是个乐观的人，白斑并没有影响他的生活', '很多患者在市里的工厂上班，手部湿疹和接触化学品有关', '患者在区医院做过检查，这次来复诊', '面部皮损未经处理，三个月后复诊', '照光时眼睛没有遮挡会受伤，请戴好护目镜', '同事都叫他去看看医生', { text: '患儿，8岁，一名小学二年级学生，家长代诉面部白斑三个月', type: 'case' }, { text: '孩子今年上小学三年级，白斑出现半年', type: 'case' }, { text: '本院皮肤科主任在省人民医院进修一年，现为市医学会皮肤病学分会委员', type: 'institution' }, { text: '家住农村的患者可以先在县医院皮肤科就诊，必要时再转诊', type: 'case' }, { text: '患者，女，20余岁，在校大学生，面部白斑一年', type: 'case' }, '不少患者都在抖音上分享自己的护理经验，这很正常，但不能代替医生诊疗', { text: '登录账号为本人手机号，密码请妥善保管', type: 'case' }, { text: '患者曾在一所中学任教，退休后手部湿疹加重', type: 'case' }, { text: '王主任在市人民医院皮肤科工作三十年，擅长白癜风的治疗', type: 'institution' }, { text: '本院地址：东湖区滨江路218号，乘地铁3号线到“滨江路站”B出口', type: 'institution' }, '入冬后，住在城南养老院的老人要注意保暖', { text: "报名请联系电话13800004455的王先生，工作日9点到17点", type: 'institution' }, { text: "银屑病病友会联系电话13800004455的赵先生负责接待", type: 'institution' }, { text: '請攜帶身分證正本及健保卡辦理掛號', type: 'institution' }, { text: '身分證字號欄請填寫英文字母加九位數字', type: 'institution' }, { text: '新院区地址：文华路56号，来院患者凭挂号单可免费停车', type: 'institution' }, { text: 'Foreign visitors: please bring your ID card or passport to register 挂号请带证件', type: 'institution' }, { text: '群友提问时请勿留下手机号，提问人电话一律由管理员隐去', type: 'kepu' }],
    },
  },
  {
    id: 'privacy-patient-name',
    category: 'privacy',
    title: '患者姓名与病情同时出现',
    basis: BASIS.privacy,
    message: '患者的姓名（或“王女士，32岁”这样的称呼加年龄、地区）和病情写在一起，可以识别到具体的人，属于公开敏感个人信息。',
    suggestion: '改为不可识别的写法（如“患者，女，30余岁”或“王某”），删去年龄、地区、职业等组合信息，并核对是否取得单独同意。',
    levels: levels('EEEE'),
    patterns: [
      // Round sixty-five (batch EK): a list of full names, each with the illness or the operation in brackets (获奖名单：刘某强（糖尿病足）、
      // 陈某玲（乳腺癌术后）… with whole names), whatever the list is called; a bed number before a full name and the illness (3床的王某芳
      // 肺炎又发烧了, with a whole name); a patient's full name, then the next clause's 她的 or 他的 and the illness (感谢患者…的信任！她的湿疹…);
      // a patient's full name who overcame an illness or an addiction (恭喜患者…成功戒除烟瘾). Masked names, staff and 化名 stay.
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?!高血|高热|高脂|高尿|高龄|周围|何时)(?<hit>${NAME})(?<!某|某某|[病症炎癌瘤疹斑])\\s?[(（][^()（）\\n]{0,10}?(?:${ILL})[^()（）\\n]{0,6}?[)）]\\s?[、,，;；]\\s?(?!高血|高热|高脂|高尿|高龄)${NAME}\\s?[(（]`)),
      p(new RegExp(`\\d{1,3}\\s?(?:号床|床)的?(?![${SURNAMES}][\\u4e00-\\u9fff]?(?:医生|护士|主任|大夫|医师|护工|老师))(?<hit>${NAME})(?<!某|某某)(?=[^。;!?\\n]{0,10}?(?:${ILL}))`)),
      p(new RegExp(`(?<=患者|病人|病友|患友|患儿)(?![${SURNAMES}](?:先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学))(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)(?<![某的了])(?<!某[\\u4e00-\\u9fff])(?=[^。\\n]{0,12}?[。！!，,；;]\\s?(?:她|他)(?:的|家)[^,，。;!?\\n]{0,4}?(?:${SKIN_ILL}))(?![^。\\n]{0,30}?化名)`)),
      p(new RegExp(`(?<=患者|病人|病友|患友|患儿)(?![${SURNAMES}](?:先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学))(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)(?<![某的了])(?<!某[\\u4e00-\\u9fff])(?=[^,，。;!?\\n]{0,4}?(?:成功|顺利|终于|彻底)?(?:戒除|戒掉|摆脱|战胜|告别)[^,，。;!?\\n]{0,6}?(?:依赖|成瘾|瘾|${ILL}))(?![^。\\n]{0,30}?化名)`)),
      // Round forty-seven (batch CP): a full name with 先生, 女士 or 同学 and the illness in brackets after it, as a caption or a quote's
      // speaker (孙志远先生（银屑病12年）：“…”; 患者周建华女士（湿疹5年）); a masked or lettered name (张某先生, L女士) is no name.
      p(new RegExp(`(?:(?<![\\u4e00-\\u9fff])|(?<=患者|病人|病友|患儿|顾客|客户|感谢|恭喜))(?<hit>${NAME})(?<!某|某某)(?:先生|女士|同学|小朋友|阿姨|大爷|奶奶|爷爷)\\s?[(（][^()（）\\n]{0,8}?(?:${ILL})`)),
      // Round thirty-six (batch BJ): a name with its middle masked and a given-name character left, with sex or age (张*婷，28岁;
      // 患者欧阳X雪，女) or in a table row with an illness or an outcome (| 周某华 | 35 | 面部 | 显效 |).
      p(new RegExp(`(?:^|[^\\u4e00-\\u9fff]|患者|病人|患儿|病例|姓名)\\s?[:：]?\\s?(?<hit>${MASKED})(?=\\s?[,，、(（]?\\s?(?:男|女)\\s?[,，]|\\s?[,，、(（]\\s?${AGE})`)),
      p(new RegExp(`\\|\\s?(?<hit>${MASKED})\\s?\\|(?![^\\n]{0,60}?(?:医师|医生|主任|护士|职称|擅长|出诊|专家|教授))(?=[^\\n]{0,40}?(?:${ILL}|出院|入院|术|阳性|显效|有效|无效|好转|复色|治愈|痊愈))`)),
      // Round thirty-six: a patient called by a nickname or a form of address and singled out by where they work, trade or live
      // (在开发区电子厂上班的小邓, 在城南小学当语文老师的孙老师, 东门菜市场卖水果的老周, 长安镇某五金厂的女工小罗, 家住河西的退休教师
      // 郝老师, 隆尧县魏家庄的刘大姐), then an illness, a visit or an age; the clinic's own staff (在我院工作的小王) are not patients.
      p(new RegExp(`(?:(?:在|于)(?!我院|本院|我们|本中心|本科|科室|门诊|这里|医院)[^,，。;!?]{2,14}?(?:上班|工作|打工|任教|教书|读书|上学|(?:当|做|卖|开|跑|送)[^,，。;!?的]{0,4}?)|(?:家住|住在|来自)[^,，。;!?]{2,16}?|(?:市场|菜场|夜市|商场|街|路|巷|口|门)(?:卖|开|摆|修)[^,，。;!?的]{1,4}?|(?:镇|县|区|乡|村)[^,，。;!?]{0,6}?(?:厂|公司|工地|车间|超市|饭店|酒店|学校|小学|中学|银行|局|所))的(?:退休)?[^,，。;!?的]{0,4}?(?<hit>${CALLED})(?=[^。\\n]{0,80}?(?:${ILL}|患者|接诊|复诊|回访|随访|就诊|治疗|复色|方案|${AGE}))`)),
      p(new RegExp(`(?:县|镇|乡|村|庄|屯|寨)的(?<hit>${CALLED})(?=[^。\\n]{0,40}?(?:${AGE}|${ILL}))`)),
      // Round forty-one (batch BX): 小 or 老 with a surname, the age, then the school or employer with its unit (小周今年19岁，是本市理工大学
      // 机械学院大二的学生): a pseudonym alone (小王今年8岁，白斑半年) stays one.
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?<hit>[小老][${SURNAMES}])(?=\\s?[,，]?\\s?今年\\s?${AGE}[,，]?\\s?(?:是|在)[^,，。;!?]{2,12}?(?:大学|学院|中学|小学|公司|银行|工厂|厂|局|医院|超市)[^,，。;!?]{0,6}?(?:大[一二三四]|研[一二三]|[一二三四五六]年级|初[一二三]|高[一二三]|学生|员工|职工|老师|护士|司机|工人|会计))`), { levels: { case: 'warning' } }),
      // Round forty-one (batch BX): the unit of a county or a town before the form of address (县农机站的老马师傅, 镇粮站的小刘).
      p(new RegExp(`(?:县|镇|乡)[\\u4e00-\\u9fff]{1,6}?(?:站|所|厂|局|队|社|公司|学校|小学|中学|卫生院|银行|超市|饭店)的(?<hit>${CALLED})(?=[^。\\n]{0,40}?(?:${AGE}|${ILL}))`)),
      // Round thirty-six: a school or an employer, then only the surname (也是郑州大学的研究生，姓马，脸上那块白斑…).
      // Round forty-one (batch BX): a hospital too, and the surname in brackets (在市第一医院工作的护士长（姓钱，今年40岁）).
      p(new RegExp(`(?:大学|学院|中学|小学|学校|公司|银行|工厂|厂|局|医院|卫生院|研究生|学生|职工|员工|护士长)[^。;!?]{0,8}?(?<!医生|医师|主任|大夫|教授|专家)[,，(（]\\s?姓(?<hit>[${SURNAMES}])(?=[,，。\\s])(?=[^。\\n]{0,40}?(?:${ILL}|复诊|治疗|复色))`)),
      // Round thirty-three: a table headed by a patient column with a clinical one, whose first row gives a full name (| 患者 | 年龄 | 诊断 |\n| 李伟（某区税务局） | 41 | …);
      // a patient's words signed with a full name (“……查出白癜风……”——刘秀梅); a surname with an office in a named unit, then the illness
      // found (市第二中学的周校长，查出来是早期基底细胞癌)
      // Round forty-one (batch BX): a 姓名 column too, unless the table is of staff (| 姓名 | 年龄 | 工作单位 | 诊断 |\n| 赵丽 | 34 | …).
      p(new RegExp(`\\|\\s?(?:患者|病人|就诊者|病友|患儿|姓名|患者姓名)\\s?\\|(?![^\\n]{0,60}?(?:职称|擅长|科室|职务|出诊|医师|医生|专家))(?=[^\\n]{0,60}?(?:诊断|病情|病程|疾病|病种|皮损|手术|用药|治疗))[^\\n]{0,80}\\n(?:\\|\\s?[-:][^\\n]{0,80}\\n)?\\|\\s?(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师)(?=\\s?[|(（])`)),
      p(new RegExp(`[”"」]\\s?(?:——|—|--|－－)\\s?(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|专家)(?=\\s?(?:[,，。;(（\\s]|$))(?<=(?:${ILL}|白癜风|痘|脱发|过敏|查出|确诊)[^”"」]{0,60}[”"」]\\s?(?:——|—|--|－－)\\s?[\\u4e00-\\u9fff]{2,4})`)),
      p(new RegExp(`(?:市|县|区|镇)[\\u4e00-\\u9fff\\d]{1,10}?(?:学校|小学|中学|[一二三四五六七八九十\\d]中|公司|集团|局|厂|银行|馆|站|所)的(?<hit>[${SURNAMES}](?:校长|局长|行长|厂长|经理|老师|书记|科长|处长|馆长|站长|所长|老板|总工|会计))(?=[^。;!?]{0,16}?(?:查出|确诊|诊断|患有|患上|得了|${ILL}))`)),
      // Round twenty: the name after an age and an occupation (43岁的出租车司机周卫东因为胸痛…), the story's protagonist by name
      // (今天要讲的主人公叫韩雪梅), a list of patients by name (高血压患者名单：曹永福、彭桂英).
      p(new RegExp(`岁的[^,，。;!?]{0,8}?(?:司机|老师|教师|工人|职员|会计|护士|学生|农民|老板|店主|保安|厨师|员|工|师)(?<hit>${NAME})(?=因为?|由于|患有?|确诊|被诊断|查出|在[^,，。;!?]{0,6}?(?:就诊|住院|治疗))`)),
      // Round fifty-three (batch DE): a patient's story or experience headed by the full name (我们的患者黄文杰的故事, 病友周丽华的治疗经历);
      // a masked name (患者王某的故事) or a pseudonym said so is no name.
      p(new RegExp(`(?<=患者|病人|病友|患儿|顾客|客户)(?<hit>${NAME})(?<!某|某某|某[甲乙丙丁]|医生|主任|大夫|医师|护士|教授)的(?:故事|经历|治疗经历|求医经历|就医经历|求医路|康复之路|心路历程|蜕变|分享)(?![^。\\n]{0,16}?化名)`)),
      // Round seventy-eight (batch FK): the patient's full name asking, with the illness in the same sentence (患者孙立伟问：…白斑…; 病友何晓丽
      // 留言咨询…的湿疹): the same speaker shape as below.
      // Round fifty-nine (batch DW): a patient's full name as the speaker, with the illness in the same sentence (就像患者吴美玲说的那样，
      // 荨麻疹发作时…; 病友黄建军告诉我，他的白斑…); a masked name (患者王某说) or one said to be a pseudonym (化名) identifies no one.
      p(new RegExp(`(?<=患者|病人|病友|患儿|患友)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|[地得着了过])(?=(?:曾经?|也|就|常|总)?(?:说|讲|告诉|对我说|回忆|感慨|坦言|表示|问|提问|咨询|留言))(?=[^。\\n]{0,60}?(?:${SKIN_ILL}))(?![^。\\n]{0,30}?化名)`)),
      // Round fifty-nine (batch DW): a full name with a form of address owning the illness (杨桂兰老人的湿疹, 孙丽华阿姨的手背白斑): 王阿姨的湿疹
      // (a surname alone) and a doctor (张建国医生的…) stay.
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:老人|老先生|老太太|阿姨|大爷|大妈|奶奶|爷爷|婆婆|女士|先生|小姐|大姐|大哥|大叔))的[^,，。;!?的]{0,4}?(?:${SKIN_ILL})(?![^。\\n]{0,30}?化名)`)),
      // Round seventy-four (batch FB): a full name singled out by 那位 or 这位, owning the illness (上次那位徐国强的泛发型白癜风; 这位孙丽华的湿疹):
      // staff (那位王医生的白癜风门诊), a masked name or a pseudonym said so stays.
      p(new RegExp(`(?:那位|这位|那个|这个)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|老师|专家|院长)的[^,，。;!?的]{0,6}?(?:${SKIN_ILL})(?!门诊|专科|讲座|科普|课|诊室)(?![^。\\n]{0,30}?化名)`)),
      // Round sixty (batch DZ): a case heading or label, then a full name owning the illness (## 病例分享：韩雪梅的银屑病治疗之路; 案例｜周志强的
      // 湿疹); a masked name (病例：王某的湿疹) or one said to be a pseudonym (化名) identifies no one.
      p(new RegExp(`(?:病例分享|案例分享|病例|案例|个案|患者故事|康复故事|治疗故事|真实案例)\\s?[:：|丨｜]\\s?(?!高[血热烧压龄]|周围|面部|何时)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授)的[^,，。;!?\\n的]{0,6}?(?:${SKIN_ILL})(?![^。\\n]{0,30}?化名)`)),
      // Round sixty (batch DZ): the age, then a full name with a form of address, then the illness (4岁的何子轩小朋友全身湿疹反复发作; 62岁的
      // 钱桂英奶奶手背白斑); a surname alone (35岁的王女士) is left to the case-report shapes.
      p(new RegExp(`${AGE}的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:小朋友|同学|女士|先生|阿姨|大爷|大妈|奶奶|爷爷|小姐|大姐|大哥|老人))(?=[^。;!?\\n]{0,20}?(?:${SKIN_ILL}))`)),
      // Round sixty (batch DZ): a list item or a record labelled 患者： with a full name, the next line a clinical label (- 患者：邓文杰\n- 诊断：…).
      p(new RegExp(`(?:患者|病人|患儿|就诊者|患者姓名)\\s?[:：]\\s?(?<hit>${NAME})(?<!某|某某)\\s?(?=\\n[^\\n]{0,6}?(?:诊断|病情|病史|主诉|病种|疾病|年龄|性别))`)),
      // Round sixty (batch DZ): an English Name: label before a Chinese full name, with a diagnosis later on the line (Name: 郑海燕, Dx: …).
      p(new RegExp(`(?<![a-z])(?:patient|pt\\.?|name|client)(?:\\s?name)?\\s?[:：]\\s?(?<hit>${NAME})(?<!某|某某)(?=[^\\n]{0,40}?(?:dx|diagnosis|诊断|${SKIN_ILL}|alopecia|vitiligo|psoriasis|eczema|acne|urticaria))`)),
      // Round sixty (batch DZ): a full name said to be treated here too, with the illness (听说林秋菊也在你们这看的荨麻疹？; 周建华之前在贵院治的
      // 银屑病); a surname alone (老周也在你们这看) and staff stay.
      p(new RegExp(`(?<![小老])(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|[也就曾都还又在来])(?=(?:也|就|曾|一直|之前|以前)?(?:在|来)(?:你们|您们|贵院|我院|本院|咱们)(?:这里?|这儿|医院|诊所|门诊)?(?:看|治|就诊|治疗|复诊)[^。;!?\\n]{0,10}?(?:${SKIN_ILL}))`)),
      // Round sixty-one (batch EB): a story heading's label, then a full name and a colon, with the illness later on the line (患者故事｜陈晓燕：
      // 和白癜风抗争的第八年); a masked name or a pseudonym said so stays.
      // Round seventy (batch ET): the story's name joined to the illness by 和她的 or 和他的 (病友故事：罗建平和他的银屑病二十年); 王医生和他的… stays.
      p(new RegExp(`(?:患者故事|康复故事|治疗故事|病例分享|案例分享|真实案例|患者心声|患者自述|病友故事)\\s?[:：|丨｜]?\\s?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授)\\s?(?:[:：—]+|和(?:他|她)的(?=[^\\n]{0,6}?(?:${SKIN_ILL})))(?=[^\\n]{0,40}?(?:${SKIN_ILL}))(?![^\\n]{0,40}?化名)`)),
      // Round sixty-two (batch ED): a patient-group chat pasted into a page (病友群聊天记录整理): a speaker's full name opening a line with a
      // colon and the illness on that line (马文静：我家孩子湿疹又犯了), or someone @-mentioned by full name and asked about the illness
      // (@赵小雨 你的斑秃…); the line must follow a chat heading, and staff, forms of address (@林女士) and 病友A stay.
      // The first (?<=\n) lets only line starts reach the 200-character look back (the prefilter runs the
      // pattern only on texts holding a chat word: prefilter.ts, positive lookarounds).
      p(new RegExp(`(?<=\\n)(?<=(?:群聊|聊天记录|病友群|患友群|群消息|微信群|群里)[^]{0,200}?\\n)\\s?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|助理|客服|群主|管理员|老师|专家|院长|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)\\s?[:：](?=[^\\n]{0,40}?(?:${SKIN_ILL}))`)),
      p(new RegExp(`@(?![${SURNAMES}](?:女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学|老师|医生|主任|护士|大夫|助理))(?<hit>${NAME})(?<![你您的]|某|某某|医生|主任|大夫|医师|护士|教授|助理|客服|群主|管理员|老师|专家|院长|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)\\s?(?=[^。;!?\\n]{0,16}?(?:${SKIN_ILL}))`)),
      // Round sixty-two (batch ED): a quoted review or caption opened by a full name, a comma and the illness (“黄国平，银屑病，复诊第三次”);
      // a doctor named so (“王医生，白癜风门诊”) stays.
      p(new RegExp(`[“"「『](?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|助理|客服|群主|管理员|老师|专家|院长|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)\\s?[,，、]\\s?(?=[^,，。;!?”"」』]{0,6}?(?:${SKIN_ILL}))`)),
      // Round sixty-three (batch EF): a patient introduced by 叫 and a full name, then who they are and the illness (一位叫孙秀琴的阿姨，甲状腺结节…;
      // 有个名叫周建军的病人): a doctor or a figure of history so named is let through by refine().
      p(new RegExp(`(?:叫|名叫|名字叫)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授)的(?:患者|病人|病友|老太太|老人|老先生|阿姨|大爷|大妈|奶奶|爷爷|女孩|男孩|姑娘|小伙子?|女士|先生|孩子|学生|宝妈|大姐|大哥)(?=[^。\\n]{0,30}?(?:${SKIN_ILL}))(?![^。\\n]{0,30}?化名)`)),
      // Round sixty-three (batch EF): a patient paged by illness and full name to a room or a desk (请糖尿病门诊患者郑海波的家属到二号诊室):
      // the call says the name and the illness together.
      p(new RegExp(`(?:${ILL})[\\u4e00-\\u9fff]{0,3}?(?:患者|病人|患儿)(?<hit>${NAME})(?<!某|某某)(?:的)?(?:家属|家长|本人)?(?:请|速|尽快)?(?:到|来|去)[^,，。;!?\\n]{0,6}?(?:诊室|护士站|诊区|窗口|病房|号|室|台)`)),
      // Round sixty-two (batch ED): a reporter's or a doctor's meeting with someone by full name, then 这位 or the age and the illness
      // (在诊室见到了谢志伟，这位三十岁的程序员因为斑秃…); 见到了王医生 is staff.
      p(new RegExp(`(?:见到|遇到|认识|采访|接诊)了?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|助理|客服|群主|管理员|老师|专家|院长|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)\\s?[,，]\\s?(?:这位|这个|今年|${AGE})(?=[^。;!?\\n]{0,30}?(?:${SKIN_ILL}))`)),
      // Round sixty-one (batch EB): someone called by a full name, as a patient or a person is introduced, with the illness after (来了个叫周婷婷的
      // 小姑娘，额头一块斑秃); a masked name (叫王某的) stays.
      p(new RegExp(`(?:叫|名叫|叫做)(?<hit>${NAME})(?<!某|某某)的(?:小姑娘|姑娘|女孩|男孩|小伙子?|小朋友|孩子|阿姨|大爷|大妈|大姐|大哥|奶奶|爷爷|女士|先生|患者|病人|病友|老人)(?=[^。\\n]{0,30}?(?:${SKIN_ILL}))(?![^。\\n]{0,30}?化名)`)),
      p(new RegExp(`(?:主人公|主角)(?:叫|名叫|是)(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|老师|院长)(?=[,，、(（。\\s])`)),
      p(new RegExp(`(?:患者|病人|出院|住院|病友|确诊|患儿)[^,，。;!?:：]{0,8}?名单\\s?[:：]\\s?(?<hit>${NAME})(?=\\s?[、,，(（])`)),
      // Round seventy-four (batch FB): a story's or a file's label between (患者故事：马俊杰，22岁; 病友档案｜钱丽华，女).
      p(new RegExp(`(?:患者|病人|病例|个案|患儿|就诊者|病友|患友)(?:故事|档案|自述|心声|实录)?\\s?[:：(（|丨｜]?\\s?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授)(?=\\s?[,，、(（]\\s?(?:男|女|${AGE})|\\s?${AGE})`)),
      p(/(?:姓名|寄件人|来信人|写信人)\s?[:：]\s?(?<hit>[\u4e00-\u9fff]{2,4})/),
      // Round fifty-four (batch DJ): an English label before a Chinese full name, then the sex or the age in English or Chinese (Patient 黄丽娟,
      // female, 28; Name: 陈志强 (M, 45)); Patient A or Patient 王某 (a letter or a masked name) is no name.
      p(new RegExp(`(?<![a-z])(?:patient|pt\\.?|name|client)\\s?[:：]?\\s?(?<hit>${NAME})(?<!某|某某)(?=\\s?[,，、(（]\\s?(?:男|女|female|male|f|m|${AGE}|\\d{1,3}(?:\\s?(?:y|yo|yrs?|years?)(?![a-z]))?)(?![a-z\\d]))`)),
      // Round sixty-eight (batch EP): an English form of address before a Chinese full name, then the sex or the age (Mr. 钱永康，67岁;
      // Mrs. 黄丽华 (F, 58)); a surname alone after it (Mr. 王, Ms. Li), a masked name, or a doctor introduced so (Mr. 刘建国，45岁，主任医师) stays.
      p(new RegExp(`(?<![a-z])(?:mr|mrs|ms|miss|mx)\\.?\\s?(?<hit>${NAME})(?<!某|某某)(?![^。\\n]{0,30}?(?:医师|医生|主任|教授|护士|专家|擅长|从事|职称|博士))(?=\\s?[,，、(（]\\s?(?:男|女|female|male|f|m|${AGE}|\\d{1,3}(?:\\s?(?:y|yo|yrs?|years?)(?![a-z]))?)(?![a-z\\d]))`)),
      // Round sixty-eight (batch EP): a numbered case heading or label, then a full name and a comma, with the sex, the age or the illness after
      // (### 病例三：黄美玲，HIV阳性，孕28周; 案例2：邓志军，男); the illness named first (病例一：高血压，…; 病例二：黄疸，…) or a masked name stays.
      p(new RegExp(`(?:病例|案例|个案|患者)(?:[一二三四五六七八九十]{1,3}|\\d{1,3})\\s?[:：]\\s?(?!黄疸|黄斑|黄褐|黄体|高[血热烧压龄脂尿])(?<hit>${NAME})(?<!某|某某)\\s?[,，、]\\s?(?=男|女|${AGE}|[^。\\n]{0,10}?(?:${ILL}|阳性|hiv|艾滋|孕\\s?\\d|孕[一二三四五六七八九十]))`)),
      // Round sixty-eight (batch EP): a patient's full name, then the operation done on them, with the organ between (系患者郑国华胆囊切除术后感染所致;
      // 病人孙丽萍甲状腺次全切除术中…), as 患者…术后 is; 患者曾行胆囊切除术 (曾行 is no name: NOT_NAME), 患者方行…术 and a masked name (患者王某胆囊…) stay.
      p(new RegExp(`(?:患者|病人|患儿|就诊者)(?![\\u4e00-\\u9fff](?:行|某))(?<hit>${NAME})(?<!某|某某)(?=[\\u4e00-\\u9fff]{1,6}?(?:切除|摘除|置换|移植|修补|成形|搭桥|剥除|切开复位)术)`)),
      // Round sixty-eight (batch EP): a patient singled out for praise on a board or a slide (康复之星：孙海涛（腰椎间盘突出术后）…; 本月抗癌明星·
      // 吕秀英（乳腺癌术后五年）), the full name with the illness in brackets (the · between Han characters is dropped by normalize()); a masked name, a pseudonym
      // said so or a member of staff (服务之星：…护士长何丽（从事…）) stays.
      p(new RegExp(`(?:之星|明星|榜样|喜报|光荣榜|康复者|抗癌勇士|励志患者)(?:[^:：·\\n]{0,4}?\\s?[:：·])?\\s?(?!高[血热烧压龄脂尿]|黄疸|黄斑|方案|方法)(?<hit>${NAME})(?<!某|某某|[病症炎癌瘤疹斑])\\s?[(（][^()（）\\n]{0,10}?(?:${ILL})[^()（）\\n]{0,6}?[)）](?![^。\\n]{0,30}?化名)`)),
      // Round fifteen: the case-report header with a full name instead of 患者 (病例讨论：何宇轩，男，7岁), a child patient's name
      // before when the disease was found (患儿林朵朵，出生后即发现…), a name before a photo of the operation (患者李晓峰术前面部正位照),
      // a name with the age and a diagnosis (欧阳雪梅今年33岁，三年前被诊断为…), someone "called" so-and-so who lives somewhere.
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?<hit>${NAME})(?=\\s?[,，]\\s?[男女]\\s?[,，]\\s?${AGE})`)),
      // Round ninety-one (batch GJ): a sentence opened by a full name owning the illness, then its course (韩志刚的带状疱疹后遗神经痛又发作了;
      // 苏晓雯的慢性荨麻疹反复三个月): a masked name, staff (王医生的湿疹门诊), a word that starts with a surname (黄褐斑的, 金黄色的) stays.
      p(new RegExp(`(?:^|[。！？!?\\n]\\s?)(?!高[血热烧压龄脂尿]|黄[疸斑褐]|金黄|周围|周期|周边|陈皮|石膏|白[斑癜]|何时)(?<hit>${NAME})(?<!某|某某|[病症炎癌瘤疹斑癣痣疮]|医生|主任|大夫|医师|护士|教授|老师|专家|院长)的[^,，。;!?的\\n]{0,8}?(?:${SKIN_ILL}|湿疣|疱疹|梅毒)[^,，。;!?\\n]{0,8}?(?:又|再次|反复|复发|发作|加重|犯了|好转)(?![^。\\n]{0,30}?化名)`)),
      // Round ninety-one (batch GJ): a case opened by the full name and the age without the sex (钱立新，41岁，发现颈部淋巴结肿大两周; 何佳怡，
      // 19岁，面部痤疮三年), the illness or a finding later in the sentence; staff introduced so (李文博，45岁，主任医师) or a masked name stays.
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?!高[血热烧压龄脂尿]|黄疸|黄斑|周围)(?<hit>${NAME})(?<!某|某某)\\s?[,，]\\s?${AGE}\\s?[,，](?![^。\\n]{0,40}?(?:医师|医生|主任|教授|护士|专家|擅长|从事|职称|博士|治疗师|技师|员工|化名|毕业))(?=[^。;!?\\n]{0,30}?(?:${SKIN_ILL}|阳性|肿大|体检|转诊|主诉|就诊|发现))`)),
      // Round seventy-eight (batch FK): 患者 and the full name, then straight after the comma the illness (患者彭志军，慢性湿疹五年; 病友韩秀梅，
      // 头皮银屑病); a masked name (患者王某，湿疹), a form of address (患者王先生，…) or a pseudonym said so stays.
      p(new RegExp(`(?<=患者|病人|病友|患友|患儿)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)(?<!某[\\u4e00-\\u9fff])\\s?[,，]\\s?(?=[^,，。;!?\\n]{0,4}?(?:${SKIN_ILL}))(?![^。\\n]{0,30}?化名)`)),
      // Round seventy-eight (batch FK): the sex and the age in brackets after the full name (病例讨论：郑国平（男，56岁）慢性湿疹急性发作), unless
      // the line is a member of staff's introduction (陈芳（女，35岁）主治医师，擅长…).
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?<hit>${NAME})(?<!某|某某)(?=\\s?[(（]\\s?[男女]\\s?[,，、]\\s?${AGE}\\s?[)）])(?![^。\\n]{0,30}?(?:医师|医生|主任|教授|护士|专家|擅长|从事|职称|博士|治疗师|技师|员工))`)),
      // Round seventy-four (batch FB): a bed number may stand before the name (ward lists, handover notes: 3床 王秀芳，女，45岁; 12床黄志明，男，60岁).
      p(new RegExp(`\\d\\s?(?:号床|床)\\s?(?<hit>${NAME})(?=\\s?[,，]\\s?[男女]\\s?[,，]\\s?${AGE})`)),
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?[:：]?\\s?(?<hit>${NAME})(?=\\s?[,，、]\\s?[^。;!?]{0,8}?(?:发现|出生|诊断|主诉|病史|入院|就诊))`)),
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?(?<hit>${NAME})(?=的?(?:术前|术后|治疗前|治疗后|面部|正面|侧面|全身|近照|生活照))`)),
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?<hit>${NAME})(?=\\s?[,，]?\\s?今年\\s?${AGE}(?![^。;!?]{0,20}?(?:从事|执业|行医|主任|医师|教授|专家|坐诊))[^。;!?]{0,16}?(?:诊断|确诊|患有|患上|病史|查出))`)),
      p(new RegExp(`(?:阿姨|大爷|大姐|大哥|奶奶|爷爷|老人|姑娘|小伙子?|女孩|男孩|患者|病人)(?:叫|名叫)(?<hit>${NAME})\\s?[,，]\\s?(?=住在|住|家住|家在|今年|\\d{1,3}岁|来自)`)),
      p(new RegExp(`(?<hit>[${SURNAMES}](?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷|小姐|同学|大姐|大哥|大叔|大婶|师傅))\\s?[,，(（]?\\s?(?:(?:今年|已经|已)?${AGE}|来自|家住|[\\u4e00-\\u9fff]{2}人|的(?:女儿|儿子|孩子|丈夫|妻子)[^,，。;!?]{0,4}?在|(?:他|她)?在[^,，。;!?]{1,8}?(?:读|上学|工作|上班|卖|摆摊|开店|开了))`), { levels: { case: 'warning' } }),
      p(new RegExp(`(?<hit>小[${SURNAMES}])\\s?[,，(（]?\\s?${AGE}`), { levels: { case: 'warning' } }),
      // A full name after 患者, then a comma and an identifying or clinical detail (患者王秀兰，确诊白癜风五年).
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?[:：]?\\s?(?<hit>${NAME})(?=(?:女士|先生|小姐|阿姨|大爷)?\\s?[,，、]\\s?[^。;!?]{0,12}?(?:确诊|患有|患|白斑|白癜风|来自|家住|住(?!院|宿)|今年|\\d+岁|工作|就读|是一名|职员|教师|老师|学生|工人|司机|会计|公务员))`)),
      // Round fifty-six (batch DP): a follow-up or phone-call record headed by a date in brackets, then the full name and the illness
      // (电话回访（6月2日）：黄美玲，银屑病; 随访记录：…), as under a medical document's label; a resident named in a news item with treatment
      // at the clinic (患有湿疹多年的市民周建华在我院完成治疗); 回访：患者王某 or 市民代表 stay.
      p(new RegExp(`(?:市民|村民|居民|街坊)(?<hit>${NAME})(?<!某|某某|代表|朋友)(?=[^。;!?]{0,6}?(?:在|来|到)(?:我院|本院|我们|本中心)[^。;!?]{0,16}?(?:治疗|就诊|复诊|手术|住院|出院|光疗|疗程))`)),
      // A full name after 患者 with treatment at the clinic (患者刘晓梅（真实姓名）在我院治疗后…).
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?[:：]?\\s?(?<hit>${NAME})(?=\\s?[(（]|[^。;!?]{0,6}?(?:在|来|到)(?:我院|本院|我们|这里|本中心)|[^,，。;!?]{0,4}?(?:治疗后|经治疗|就诊|确诊))`)),
      // A full name with a form of address and a life detail: 赵桂芳女士是一名小学教师, 刘建国先生，今年52岁, 读高二的陈思远同学.
      // Round seventy-eight (batch FK): unless a staff title stands right before the name (老院长孙立德先生…在皮肤科工作了三十年): a colleague, no patient.
      p(new RegExp(`(?<!院长|主任|教授|医生|医师|大夫|护士长|专家|创始人|院士|名誉院长)(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:老先生|老太太|老爷子|老奶奶|女士|先生|同学|阿姨|大爷|大妈|奶奶|爷爷|婆婆|大姐|大哥|大叔|叔叔|小朋友))(?=[^。;!?]{0,12}?(?:是一名|今年|\\d+岁|岁|工作|上班|就读|读书|来自|家住|住在|白斑|白癜风))`)),
      // Round twenty-seven: a name under the label of a medical document, then the illness (医嘱：林淑芬，糖尿病足); a patient "called"
      // so-and-so, then what befell them (一位患者叫罗海燕，她长期服用减肥药，结果出现了严重的肝损伤).
      p(new RegExp(`(?:医嘱|处方|诊断书|诊断证明|病历|病程记录|出院小结|出院记录|入院记录|检查单|化验单|报告单|检验报告|会诊单|转诊单|住院证|入院证|手术通知单|病假条|假条|护理记录|回访|随访|回访记录|随访记录|回访摘要|复诊记录|来电记录|咨询记录)(?:\\s?[(（][^()（）\\n]{0,16}?[)）])?\\s?[:：]\\s?(?<hit>${NAME})(?=\\s?[,，、]\\s?[^。;!?]{0,10}?(?:${ILL}))`)),
      p(new RegExp(`(?:患者|病人|患儿|病友|姑娘|小伙子?|阿姨|大爷|女士|先生|老人)(?:叫|名叫|叫做)(?<hit>${NAME})(?=\\s?[,，][^。;!?]{0,30}?(?:${ILL}|损伤|服用|吃药|用药|得了|患了|查出))`)),
      p(new RegExp(`(?:读|就读于?)[^,，。;!?]{0,8}?的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:同学|小朋友))`)),
      // Round fifty-one (batch CZ): someone "called" so-and-so, named before the form of address (接诊过一位叫罗桂香的阿姨，她的湿疹…;
      // 有个叫钟明辉的患者，银屑病十年), then the illness or the visit; a doctor or a nurse so named is staff, not a patient.
      p(new RegExp(`(?:一位|一个|一名|有位|有个|有一位|那位|这位)(?:叫|名叫|叫做)(?<hit>${NAME})的(?:阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|大叔|大婶|姑娘|小伙子?|女孩|男孩|老人|患者|病人|病友|患儿|孩子|小朋友|女士|先生)(?=[^。;!?]{0,40}?(?:${ILL}|接诊|就诊|复诊|治疗))`)),
      // Structural (round four): a full name with a form of address, then what was done to them (刘建国老先生治疗前后的照片),
      // or a patient's full name owning records (患者赵敏的病历资料).
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:老先生|老太太|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|同学|小朋友))(?=[^。;!?]{0,8}?(?:治疗|照片|病历|病例|复诊|确诊|就诊|皮损|复色|康复|手术|住院|出院|减重|减肥|瘦身|祛斑|祛痘|植发))`)),
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?(?<hit>${NAME})(?=的(?:完整|全部|详细|所有|原始|真实)?(?:病历|病例|照片|资料|检查|治疗|病情|化验))`)),
      // Round fifty-two (batch DC): a full name with a form of address, an aside, then the illness given as the cause (周婷婷同学（高三）因严重痤疮
      // 影响学习; 吴建平先生由于银屑病反复发作…); a list of cases by full name with the illness in brackets (代表病例包括孙丽萍（全身型白癜风）、…).
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:老先生|老太太|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|同学|小朋友))(?=[^。;!?]{0,10}?(?:因|由于|患有|患上|得了|确诊)[^。;!?]{0,8}?(?:${SKIN_ILL}))`)),
      p(new RegExp(`(?:病例|患者|病人|患儿|病友|受试者|入组者|研究对象|志愿者)[^。;!?]{0,10}?(?:包括|有|如|[:：])\\s?(?<hit>${NAME})(?<![斑疹癣痘疮炎病症瘤癌痣])\\s?[(（](?!可能|会|易|导致|引起)[^()（）\\n]{0,10}?(?:${SKIN_ILL})`)),
      // Round sixty-four (batch EI): a study's enrolled subjects listed by name with the illness in brackets (已入组受试者：孙伟（银屑病，中度）) in the
      // pattern below, as a list of cases is; a published reply that calls the patient by full name and goes on to their illness or result
      // (医生回复：郑晓东，你的梅毒血清学复查结果滴度下降了; 留言回复：林秀英，您的湿疹…): staff and forms of address (回复：王医生，…; 张女士，…) stay.
      p(new RegExp(`(?:回复|答复|回答|解答|留言|私信|答)\\s?[:：]\\s?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|助理|客服|老师|专家|院长|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学|网友|家长)\\s?[,，]\\s?(?:你|您)(?:的|家)?(?=[^。;!?\\n]{0,20}?(?:${SKIN_ILL}|梅毒|hpv|hiv|艾滋|乙肝|滴度|复查|化验|检查结果|报告))`)),
      // Round thirty-one: a named patient taken as the example (以我们的患者何志强为例，他酗酒二十年导致肝硬化), a patient's child or
      // spouse named after the patient (患者韩建军之女韩小雨，…确诊孤独症).
      p(new RegExp(`(?:患者|病人|病友|患友|顾客|客户|学员)\\s?(?<hit>${NAME})(?=\\s?(?:为例|的(?:例子|故事|经历|情况)))(?=[^。;!?]{0,40}?(?:${ILL}))`)),
      p(new RegExp(`(?:之女|之子|之妻|的女儿|的儿子|的妻子|的丈夫)(?<=${NAME}(?:之女|之子|之妻|的女儿|的儿子|的妻子|的丈夫))(?<hit>${NAME})(?=\\s?[,，(（])(?=[^。;!?]{0,40}?(?:${ILL}))`)),
      p(new RegExp(`(?:卖|开|在)[^,，。;!?]{1,10}?的(?<hit>[${SURNAMES}](?:大姐|大哥|大叔|大妈|大婶|阿姨|大爷|师傅|女士|先生|小姐))`)),
      // Round twenty-nine: who came for a test or a treatment, then a full name with a form of address (还记得上个月来做胃镜的
      // 杨建华大哥吗？), and a worker from a named unit by full name (来自红星机械厂的退休职工郑国华老人).
      p(new RegExp(`(?:来|到)(?:我院|本院|这里|我们这里?|门诊)?(?:做|看|查|治|复查|复诊|检查|就诊|住院|治疗|拔|补|种|配|打)[^,，。;!?]{0,8}?的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:大哥|大姐|大叔|大婶|叔叔|婆婆|阿姨|大爷|大妈|奶奶|爷爷|师傅|先生|女士|小姐|同学|小朋友|老人))`)),
      p(new RegExp(`来自[^,，。;!?]{2,12}?的(?:退休)?(?:职工|员工|工人|教师|老师|司机|居民|村民|农民|干部|个体户|店主|老板|会计|学生|保安|厨师|工程师|程序员|销售)(?<hit>${NAME})(?=\\s?(?:老人|老先生|老太太|先生|女士|阿姨|大爷|大妈|奶奶|爷爷|师傅|同学)?\\s?[,，、和与(（的])`)),
      // Round twenty-nine: a full name with a familiar form of address, a comma, then the illness (河南周口的谢春花大姐，类风湿关节炎十几年了).
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:大哥|大姐|大叔|大婶|叔叔|婆婆|阿姨|大爷|大妈|奶奶|爷爷|师傅))(?=\\s?[,，]\\s?[^。;!?]{0,16}?(?:${ILL}))`)),
      p(new RegExp(`(?:住院|就诊|复诊|治疗)(?:中)?的(?<hit>(?!高龄|高危|高血)[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:阿姨|大爷|女士|先生|奶奶|爷爷|同学|小朋友|老人|老先生|老太太|大妈|大姐|大哥|师傅|婆婆))`)),
      // Round thirty-three: who came for care by full name, then where they work or study (上周来复诊的钱晓燕，是区第三小学的老师);
      // a caption of name, age and a lay occupation with the illness (字幕“吕志刚，45岁，公交车司机，白斑病史六年”); a named worker of a
      // school, firm or shop, then the illness or the cure (光明小学的周丽娟老师…湿疹治好后, 物流公司的叉车司机杨建平，两年前确诊…).
      p(new RegExp(`(?:就诊|看诊|复诊|求医|治疗|住院|光疗|照光)的(?<hit>${NAME})(?<!医生|主任|护士|大夫|医师|教授|院长|老师|专家)(?=\\s?[,，]\\s?(?:她|他)?\\s?(?:是|在)[^。;!?]{1,14}?(?:的|工作|上班|任职|任教|就读|读书))`)),
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?<hit>${NAME})(?=\\s?[,，]\\s?${AGE}\\s?[,，][^。;!?]{0,10}?(?:老师|教师|司机|护士|工人|女工|学生|职员|店主|店员|柜员|骑手|快递员|外卖员|设计师|会计|收银员|乘务员|保洁|保安|厨师|农民|公务员|程序员|销售))(?=[^。;!?]{0,40}?(?:${ILL}))`)),
      p(new RegExp(`(?:公司|中学|小学|学校|银行|工厂|厂|图书馆|超市|幼儿园|酒店|商场|局)的[^,，。;!?]{0,4}?(?:职工|员工|工人|教师|司机|店主|店员|会计|收银员|乘务员|保洁员?|保安|厨师|科长|主管|经理)(?<hit>${NAME})(?=[,，(（])(?=[^。;!?]{0,30}?(?:${ILL}))`)),
      p(new RegExp(`(?:公司|中学|小学|学校|银行|工厂|厂|图书馆|超市|幼儿园|酒店|商场|局)的(?<hit>${NAME}(?:老师|师傅|女士|先生|阿姨|大姐|大哥|同学))(?=[^。;!?]{0,30}?(?:${ILL}|治好|治愈|复色|康复|就诊))`)),
      // Round seven: a full name introduced by where the patient comes from (来自南山区的白癜风患者王丽娜和她的丈夫), by a
      // bed number (3床的吕国庆), in a first-person introduction (我叫曹丽华，今年41岁), after 姓名 without a colon
      // (患者的姓名彭志刚、就诊卡号), or in a list of patients with occupations (三位患者分别是：潘美玲（外科护士）).
      p(new RegExp(`来自[^,，。;!?]{2,10}?的[^,，。;!?]{0,6}?(?:患者|病人|患儿|病友|大学生|学生|姑娘|小伙子?|女孩|男孩)(?<hit>${NAME})(?=[,，、和与(（])`)),
      p(new RegExp(`\\d{1,3}\\s?(?:床|号床)的?(?<hit>${NAME})(?=[,，、(（])`)),
      // Round thirty: a ward list, bed and name run together, then the next bed (3床 吕建平 带状疱疹；5床 丁秀兰 天疱疮).
      p(new RegExp(`\\d{1,3}\\s?(?:床|号床)\\s?(?<hit>(?!高[血热烧压龄]|王者)[${SURNAMES}][\\u4e00-\\u9fff]{1,2})(?<!医生|护士|主任|大夫|医师|护工)(?=[^。\\n]{0,20}?[;；,，、]\\s?\\d{1,3}\\s?(?:床|号床))`)),
      // Round thirty: a named patient taken as the example (以我院收治的患者韩卫东为例，他今年39岁，是一名出租车司机); 王某 stays a pseudonym,
      // and so does a surname with a form of address (以我们的患者张先生为例), merged from round thirty-one.
      p(new RegExp(`以[^,，。;!?]{0,10}?(?:患者|病人|患儿|病友|顾客|客户|学员)(?<hit>${NAME})(?<!先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|大叔|师傅)(?=为例)`)),
      // Round thirty: a named person recalled as treated here (还记得去年在我院做植发的杨磊吗？; 在本院治好湿疹的孙立新，如今…).
      p(new RegExp(`(?:在|来)(?:我院|本院|我们(?:这里|这儿|医院|诊所)|本中心)(?:做|治疗|治好|治|看|接受|植|种)[^,，。;!?的]{0,8}的(?<hit>${NAME})(?<!医生|护士|主任|大夫|医师|老师|专家|教授|院长|周期|费用|方案)(?=[吗呢吧,，、。!?！？(（]|$)`)),
      p(new RegExp(`我(?:叫|是)(?<hit>${NAME})\\s?[,，]\\s?(?=今年|\\d{1,3}岁|家住|来自|在[^,，。;!?]{1,16}?(?:工作|上班|读|卖|开|摆摊|当|做|教|打工|种|跑))`)),
      // Round fifty-eight (batch DT): a first-person story opened by the full name, then the illness that troubled them (“我叫马文杰，痤疮困扰了
      // 我整个大学时代……”); a doctor's or a nurse's own introduction (我叫刘敏，从事白癜风诊疗十年) is staff, not a patient.
      // Round seventy (batch ET): 我是 too (“我是邓思琪，斑秃两年了…”), and the illness with its duration right after the name is the speaker's own even when a doctor is
      // thanked later (…是这里的医生帮了我); 我是高中生 or 我是王丽，…门诊的护士 stays.
      // Round seventy-eight (batch FK): so is the illness caught right after the name (我叫韩立新，得了带状疱疹…多亏了这里的医生).
      p(new RegExp(`我(?:叫|是(?!高[中一二三]|初[中一二三]|[\\u4e00-\\u9fff]{1,2}[生者人员师长家友]\\s?[,，])|的名字(?:叫|是))(?<hit>${NAME})(?<!医生|医师|主任|大夫|护士|教授|专家|老师)\\s?[,，]\\s?(?:(?=[^,，。;!?\\n]{0,10}?(?:${SKIN_ILL})(?:病史)?(?:已经|已|有)?\\s?(?:\\d{1,2}|[一二三四五六七八九十两半几多]{1,3})\\s?个?(?:年|月)(?!以上|以来))|(?=(?:得了|患了|患上|查出|查出了|确诊了?|被诊断(?:为|出))[^,，。;!?\\n]{0,6}?(?:${SKIN_ILL}))|(?![^。;!?\\n]{0,30}?(?:医生|医师|主任|大夫|护士|教授|专家|从事|擅长|坐诊|出诊|客服|助理|工作人员)))(?=[^,，。;!?\\n]{0,10}?(?:${SKIN_ILL}|困扰|折磨))`)),
      p(new RegExp(`(?:患者|病人|患儿)的?姓名\\s?(?:是|为)?\\s?(?<hit>${NAME})(?=[、,，\\s]|性别)`)),
      p(new RegExp(`(?:患者|病人|病友)[^。;!?]{0,8}?[:：]\\s?(?<hit>${NAME})\\s?[(（][^)）]{0,6}?(?:护士|学生|教师|老师|司机|工人|个体户|职员|会计|医生|农民|退休)`)),
      // Round eight: a surname and a form of address introduced by the place they come from (来自青石镇的赵阿姨), a
      // name in a third-person introduction (她叫唐婉，今年26岁).
      p(new RegExp(`来自[^,，。;!?]{2,10}?的(?<hit>[${SURNAMES}](?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷|小姐|大姐|大哥|大叔|大婶|师傅))`), { levels: { case: 'warning' } }),
      // Round thirteen: the patient said to be someone from somewhere (视频中的患者是来自城南的陈明亮); a nickname with the
      // full name in brackets (小周（周婷婷）).
      p(new RegExp(`(?:患者|病人|病友|患儿)[^,，。;!?]{0,4}?(?:是|为|叫|名叫)来自[^,，。;!?]{2,10}?的(?<hit>${NAME})(?=[,，、和与(（。]|$)`)),
      p(new RegExp(`[小老][${SURNAMES}]\\s?[(（]\\s?(?<hit>${NAME})\\s?[)）]`)),
      // Round thirteen: a schooling before the name (某中学高二学生李雨涵); a patient's name coming back to the clinic (患者张建军先生再次来院复查).
      p(new RegExp(`(?:高[一二三]|初[一二三]|[一二三四五六]年级|大[一二三四])(?:学生|同学|女生|男生)?(?<hit>${NAME})(?=[,，、(（。]|$)`)),
      p(new RegExp(`(?:患者|病人|患儿|病友)\\s?(?<hit>${NAME})(?=[^,，。;!?]{0,6}?(?:来院|复查|复诊|住院|出院))`)),
      // Round thirteen: the age before the surname and form of address (今年45岁的刘女士); a real name given beside a
      // pseudonym (陈某（真名陈晓东）); names in a list, each with a diagnosis (王芳（白癜风）、李强（银屑病）).
      p(new RegExp(`岁的(?<=(?:\\d{1,3}\\s?|[一二三四五六七八九十]{1,3})岁的)(?<hit>[${SURNAMES}](?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷|小姐|同学|大姐|大哥|大叔|师傅|老师|会计|经理|老板|科长|教练|司机))`)),
      p(new RegExp(`(?:真名|真实姓名|本名|原名|全名|大名)\\s?(?:是|叫|为|[:：])?\\s?(?<hit>${NAME})`)),
      // (Anchored at the bracket, the name looked behind: starting at every surname would cost a try at most characters.)
      p(new RegExp(`[(（](?<=(?<hit>${NAME})(?<!医生|主任|教授|院长|护士|大夫|医师|专家|老师)\\s?[(（])\\s?(?:白癜风|银屑病|牛皮癣|湿疹|痤疮|荨麻疹|乙肝|艾滋病|hiv|梅毒|抑郁症|糖尿病|高血压|癫痫|肿瘤|[^)）]{0,4}?癌)(?:患者)?\\s?[)）]`)),
      // Round thirteen: the full name with the form of address (感谢来自城东的张秀梅阿姨).
      p(new RegExp(`来自[^,，。;!?]{2,10}?的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷|小姐|大姐|大哥|大叔|大婶|师傅))`)),
      // A named patient doing something somewhere (患者周梦瑶在光疗室拍的视频截图).
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?(?<hit>${NAME})(?=在[^,，。;!?]{1,8}?(?:拍|做|接受|治疗|照光|住院|就诊|复查))`)),
      p(new RegExp(`(?:她|他)(?:叫|名叫)(?<hit>${NAME})\\s?[,，]\\s?(?=今年|\\d{1,3}岁|家住|来自|在[^,，。;!?]{1,10}?(?:工作|上班|读|当))`)),
      // Round thirteen: the real name in brackets after a nickname or a role, with sex, age or schooling (小何（何佳琪，高三学生）).
      p(new RegExp(`[(（]\\s?(?<hit>${NAME})\\s?[,，、]\\s?(?=男|女|${AGE}|[^)）]{0,6}?(?:学生|高[一二三]|初[一二三]|大[一二三四]|研究生|教师|司机|工人|职员|会计|退休|个体户|农民))`)),
      // Round thirty-four: the real name in brackets, then where the person works or what they run (@Chen Xiaoli（陈小丽，县妇幼保健院隔壁花店的老板娘）).
      p(new RegExp(`[(（]\\s?(?<hit>${NAME})\\s?[,，、]\\s?(?=[^)）]{2,16}?的(?:老板娘|老板|店主|店员|职工|员工|书记员|会计|收银员|保安|厨师|村民|摊主))`)),
      // A surname and a form of address with where they live or what they run (杨女士（住和平里，开花店的那位）).
      p(new RegExp(`(?<hit>[${SURNAMES}](?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷))\\s?[(（,，]\\s?(?:住|家在|开[^,，。;!?]{1,6}?(?:店|厂|公司)|在[^,，。;!?]{1,8}?(?:工作|上班|开店))`)),
      // Round twenty-one: a named patient congratulated (恭喜@林小雨 宝宝顺利出院, 热烈祝贺张晓军先生在我院完成第1000例种植牙手术),
      // a real name in brackets then the age (ｗａｎｇ ｆａｎｇ（王芳），28岁), an occupation then the name and the illness (退休教师郭文斌，他的银屑病…).
      p(new RegExp(`(?:下列|以下|如下)(?:患者|病人|病友|患儿)[^。;!?:：\\n]{0,12}?[:：]\\s?(?<hit>${NAME})(?=\\s?[、,，(（])`)),
      p(new RegExp(`(?:恭喜|祝贺|恭贺|欢送)\\s?@?(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|团队|专家|老师)(?=\\s?(?:先生|女士|小姐|宝宝|小朋友|阿姨|大爷|同学|奶奶|爷爷)?\\s?(?:顺利|康复|成功|痊愈|完成|在(?:我院|本院|这里)|出院|减重|减肥|告别|摆脱|复色|术后|治愈))`)),
      // Round fifty-eight (batch DT): an English case report's age or sex after the bracket too (Patient Li Mingyu (李明宇), 19 y/o, …).
      p(new RegExp(`[(（]\\s?(?<hit>${NAME})\\s?[)）]\\s?[,，]\\s?(?=${AGE}|[男女][,，]|\\d{1,3}\\s?(?:y\\/o|y\\.o\\.|yo|yrs?|years?)(?![a-z])|(?:fe)?male(?![a-z]))`)),
      p(new RegExp(`(?:教师|老师|工人|司机|护士|会计|职员|农民|干部|厨师|保安|店主|老板|经理|工程师|程序员|学生|军人|警察|律师|记者|主播)(?<hit>${NAME})(?<!老师|医生|师傅)(?=\\s?[,，]\\s?(?:今年|现年)?\\s?${AGE}[^。;!?]{0,20}?(?:${ILL}|患)|\\s?[,，]\\s?(?:(?:他|她)(?:的[^,，。;!?]{0,6}?(?:病|癣|斑|疹|炎|症|癌|痘)|患有|确诊|得了|被诊断|因)|因[^,，。;!?]{0,12}?(?:${ILL})|患有|确诊|被诊断))`)),
      // Round twenty-five: a case report's header with its label before the name (病例分享｜陆建平，男，71岁), a pinyin name with sex
      // and age (患者 Li Xiuying，女，67岁), a name owning a body finding in a case narrative (术后第二天，唐雪梅的引流液颜色转清).
      p(new RegExp(`(?:病例|案例|个案)(?:分享|讨论|报告|介绍|回顾|摘要|资料|实录)\\s?[:：]?\\s?(?<hit>${NAME})(?=\\s?[,，、]\\s?(?:男|女|${AGE}))`)),
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?[:：]?\\s?(?<hit>[a-z]{2,8}\\s[a-z]{2,10}(?:\\s[a-z]{2,8})?)(?=\\s?[,，(（]\\s?(?:男|女|${AGE}))`)),
      p(new RegExp(`(?:^|[,，。;!?:：\\s])(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|专家|老师)的(?=${BODY_FINDING})`)),
      // A patient noun with the name right after it (老病号钱卫东那样, 患友杜春燕分享：确诊…), in a sentence about an illness.
      p(new RegExp(`(?:老病号|病号|患友|病友|老患者|老病人|康复者)(?<hit>${NAME})(?=\\s?(?:那样|一样|那种|说|分享|讲|讲述|自述|[,，、:：(（]|的|在|是|因|今年))(?=[^。;!?]{0,30}?(?:${ILL}))`)),
      // Round fifty-eight (batch DT): a patient group's member by full name, maybe with a familiar form of address, then what they said or
      // shared and the illness (感谢群友陈晓梅分享她女儿白癜风的治疗经过; 群里的黄建国大哥说，他的湿疹…); 群里的李阿姨 (a surname and a form
      // of address) and the group's doctor (群里的王医生说) stay.
      p(new RegExp(`(?:群友|群里的|群内的|群中的)(?<hit>${NAME})(?<!某|某某|医生|医师|主任|大夫|护士|教授|专家|老师|院长|助理|客服|群主|大哥|大姐|阿姨|大叔|大婶|大爷|大妈|奶奶|爷爷|女士|先生|师傅)(?=(?:大哥|大姐|阿姨|大叔|大婶|大爷|大妈|奶奶|爷爷|女士|先生|师傅)?\\s?(?:说|分享|讲|讲述|反馈|晒|[,，、:：(（]|的|在|是|因|今年))(?=[^。;!?]{0,30}?(?:${SKIN_ILL}))`)),
      // A full name with a familiar form of address, then the illness (郑晓峰大哥，他得的是股骨头坏死; 林志明先生，四十出头就被诊断出肝硬化).
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:大哥|大姐|大叔|大婶|叔叔|婆婆|师傅|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷))(?=[^。;!?]{0,10}?(?:得的是|得了|患有|患上|诊断|查出|确诊))`)),
      // A surname with a form of address, then the full name in brackets (邓女士（邓晓梅）); a named child's parent in a story of
      // treatment (宋佳怡小朋友的妈妈送来的感谢信，孩子的抽动症…); a client presented by occupation and name (种植牙客户——退休干部曹明辉爷爷).
      p(new RegExp(`[${SURNAMES}](?:女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|同学)\\s?[(（]\\s?(?<hit>${NAME})\\s?[)）]`)),
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:小朋友|宝宝|同学))的(?:妈妈|爸爸|家长|父母|奶奶|爷爷|外婆|姥姥)(?=[^。;!?]{0,40}?(?:${ILL}|治疗|康复|好转|出院|复诊))`)),
      p(new RegExp(`(?:患者|病人|客户|顾客|病友|患友|会员)[^。;!?,，]{0,4}?(?:——|--|[:：])?\\s?(?:退休)?(?:干部|教师|老师|工人|司机|护士|会计|职员|农民|厨师|保安|店主|老板|经理|工程师|程序员|学生|军人|警察|律师|记者)?(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:爷爷|奶奶|阿姨|大爷|大妈|先生|女士|小姐|大哥|大姐|叔叔|同学|小朋友))`)),
      // Round twenty-six: a job or a post, 的, the name, then the illness (在某银行城南支行担任信贷经理的孙伟，确诊为肺腺癌), and a name
      // owning a before/after or full-face photo (看看赵小红的术前照片, 顾客唐薇薇的全脸照片).
      p(new RegExp(`(?:经理|职员|员工|会计|出纳|司机|工人|学生|教师|老师|店主|老板|厨师|保安|干部|警察|律师|记者|主播|工程师|程序员|设计师|销售|文员|公务员|村民|居民)的(?<hit>${NAME})(?=\\s?[,，]\\s?[^。;!?]{0,12}?(?:${ILL}))`)),
      p(new RegExp(`(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|专家|老师|模特)的(?=(?:术前|术后|治疗前|治疗后|全脸|正脸|素颜|面部|真人)[^,，。;!?]{0,3}?(?:照片|照|图|视频|对比))`)),
      // Round twenty-eight: someone "called" a full name, then an illness later in the sentence (她叫何丽娟，是对面开花店的，乙肝病毒
      // 携带十几年了); a schoolchild by grade and pet name (初三女生小雨); a surname with a title and the age in brackets, then
      // the illness (杨老师（市一中高三班主任，47岁）被诊断为声带息肉).
      p(new RegExp(`(?:她|他)(?:叫|名叫|叫做)(?<hit>${NAME})(?=\\s?[,，][^。;!?]{0,30}?(?:${ILL}))`)),
      p(new RegExp(`(?:高[一二三]|初[一二三]|[一二三四五六]年级|大[一二三四])(?:学生|同学|女生|男生|女孩|男孩)(?<hit>小[\\u4e00-\\u9fff])(?=[,，、(（。]|$)`)),
      p(new RegExp(`(?<hit>[${SURNAMES}](?:老师|教练|师傅|会计|经理|老板|科长|处长|局长|校长|班主任|警官|律师))\\s?[(（][^)）]{0,16}?${AGE}(?=[^。;!?]{0,40}?(?:诊断|确诊|患有|患上|查出|得了|入院|住院|就诊|来诊))`)),
      // Round thirty-four: a list item that opens with a full name and an age (- 马春花，58岁，红星机械厂退休职工，膝骨关节炎), unless the
      // line is a doctor's; a full name with a form of address said to be someone at a named place (王淑芬女士是市第二人民法院的书记员，因…就诊);
      // someone known by where they work or trade, by full name (在县人民医院对面开理发店的韩国强师傅找到了我们。他的银屑病…); a viewer
      // or commenter called by @ and full name, then their illness (连线刚刚留言的@周建军…你那个痛风).
      p(new RegExp(`(?:^|\\n)\\s?(?:[-*•·]|\\d{1,2}[.、)）])\\s?(?<hit>${NAME})\\s?[,，]\\s?${AGE}\\s?[,，](?![^\\n]{0,40}?(?:医师|医生|主任|护士|教授|专家|擅长|出诊|职称|坐诊|治疗师|技师))`)),
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:女士|先生|小姐|阿姨|大爷|大妈|大姐|大哥|师傅|同学))(?=是[^,，。;!?]{2,14}?的[\\u4e00-\\u9fff]{1,5}[,，])(?![^。;!?]{0,30}?(?:医师|医生|主任|专家|教授|擅长|坐诊|出诊))(?=[^。;!?]{0,50}?(?:${ILL}|就诊|照片))`)),
      p(new RegExp(`(?:卖|开|在)[^,，。;!?]{1,10}?的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:大姐|大哥|大叔|大妈|大婶|阿姨|大爷|师傅|女士|先生|小姐|老爷子|老人))(?=[^\\n]{0,60}?(?:${ILL}|找到(?:了)?我们|来(?:我院|本院|我们这)))`)),
      // (Normalisation drops the @, so the handle is found after what introduces it.)
      // Round sixty-five (batch EK): a reply to a surname with a form of address (回复@张先生：请不要在评论区留下病情) names no full name, as @林女士 does not.
      // Round eighty-three (batch FT): a word that starts with a surname character and makes a noun with 回复 (回复范本, 回复方式, 回复方案) is no name.
      p(new RegExp(`(?:留言的|评论的|提问的|连线(?:一下)?|回复)\\s?(?!范本|范例|范文|方式|方法|方案)(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|专家|老师|客服|助理|先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|大姐|大哥|师傅|同学)(?=\\s?[,，:：\\s])(?=[^。\\n]{0,50}?(?:${ILL}))`)),
      // A table row with a bare name in one cell and an illness, an operation or a discharge in a later one (| 周海燕 | 42 | 子宫肌瘤 |),
      // unless the row is a doctor's (职称, 擅长, 出诊).
      p(new RegExp(`\\|\\s?(?<hit>${NAME})\\s?\\|(?![^\\n]{0,60}?(?:医师|医生|主任|护士|职称|擅长|出诊|专家|教授|主治|技师|坐诊|门诊时间))(?=[^\\n]{0,40}?(?:${ILL}|出院|入院|术|阳性))`)),
      // Round forty-four (batch CE): a full name after an English label, then sex or age (Patient: 吴芳芳, Female, 29); a full name with a
      // form of address owning a part of the body, the illness or the result after it (看看赵红梅阿姨的手，两年前满是银屑病皮损); a full name
      // with the job, the school or the age in brackets, then the illness (林美玲（化学老师，在城南中学任教）自述手部湿疹反复三年), unless the
      // brackets or the sentence make it a doctor's introduction.
      p(new RegExp(`(?<![a-z])(?:patient|pt|name)\\s?[:：]\\s?(?<hit>${NAME})(?=\\s?[,，(（/]\\s?(?:男|女|female|male|[fm](?=\\s?[/,，\\d])|${AGE}|\\d{1,3}(?!\\d)))`)),
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:阿姨|大爷|大妈|大姐|大哥|大叔|奶奶|爷爷|先生|女士|小姐|同学|小朋友|宝宝))的(?:手|双手|手背|手臂|胳膊|脸|脸上|面部|额头|嘴角|眼周|头发|头皮|皮肤|后背|背部|腿|双腿|脖子|颈部)(?=[^。;!?]{0,30}?(?:${ILL}|复色|光滑|干净|长出|长满|消退|痊愈|治好))`)),
      p(new RegExp(`(?:^|[^\\u4e00-\\u9fff]|患者|病人|病友|患儿)\\s?(?<hit>${NAME})\\s?[(（](?![^)）\\n]{0,24}?(?:医师|医生|主任|护士|教授|专家|治疗师|技师|药师|院长|讲师|化名|假名))(?=[^)）\\n]{0,24}?(?:老师|教师|学生|职工|员工|工人|司机|会计|任教|上班|工作|就读|退休|店主|老板|${AGE}))[^)）\\n]{1,24}[)）](?![^。;!?\\n]{0,60}?(?:擅长|出诊|坐诊|主讲|讲座))(?=[^。;!?\\n]{0,30}?(?:自述|主诉|患有|患上|确诊|诊断|查出|得了|因[^,，。;!?]{0,12}?(?:${ILL})|就诊|来院|复诊|反复|病史|发作|复发))`)),
      // Round forty-six (batch CL): a full name with a form of address owning the illness (孙丽娜姐姐的斑秃就是在这儿好的) or the story of it
      // (黄志强先生的故事，他…诱发了严重的湿疹); a patient's full name on a notice for the family (请患者陈淑芬家属到三楼领取白癜风光疗记录).
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:姐姐|哥哥|大姐|大哥|阿姨|叔叔|奶奶|爷爷|先生|女士|小姐|同学|小朋友))的(?:(?=[^,，。;!?]{0,4}?(?:${ILL}|痘|脱发))|(?:故事|经历|遭遇|求医路|就医经历|治疗经历)(?=[^。;!?]{0,50}?(?:${ILL})))`)),
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?(?<hit>${NAME})(?=的?(?:家属|家人|家长|父母|妈妈|爸爸|丈夫|妻子))(?=[^。;!?]{0,40}?(?:${ILL}|光疗|病历|检查|治疗记录|报告))`)),
      // Round forty-two (batch BZ): a patient congratulated by full name after who they are to us (恭喜我们的老朋友李美华阿姨🎉 抑郁症困扰她五年), the
      // illness or the discharge later in the sentence.
      p(new RegExp(`(?:恭喜|祝贺|恭贺|欢送)[^,，。;!?]{0,8}?(?:老朋友|老患者|老病友|老病号|病友|患者|宝妈|小朋友)\\s?@?(?<hit>${NAME})(?<!医生|主任|教授|护士|大夫|医师|院长|团队|专家|老师)(?=[^。;!?]{0,30}?(?:出院|康复|痊愈|治愈|复色|告别|摆脱|${ILL}))`)),
      // Round fifty-five (batch DL): a patient's full name as the speaker of a quote that names the illness (患者孙建平说：“湿疹折磨了我
      // 五年…”, 病友何丽娟感慨：“白斑…”); a heading or a line that opens with a full name and owns a story or a diary of the illness (### 邓雨桐的
      // 斑秃康复日记). A masked name (患者王某说) or a doctor (刘主任的银屑病诊疗经验) is none.
      p(new RegExp(`(?:患者|病人|病友|患儿|顾客|客户|家长)\\s?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授)(?=\\s?(?:说|说道|表示|讲述|回忆|感慨|感慨道|坦言|告诉我们|笑着说)\\s?[:：,，]?\\s?[“"「][^”"」\\n]{0,60}?(?:${SKIN_ILL}))`)),
      p(new RegExp(`(?:^|\\n)#{0,6}\\s?(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|院长|专家)的(?:${SKIN_ILL}|白斑|湿疹|荨麻疹)[\\u4e00-\\u9fff]{0,4}?(?:日记|故事|经历|历程|之路|手记)`)),
      // Round fifty-six (batch DN): a list of patients by full name, each with the illness and how long it was treated in brackets (康复之星：
      // 何建军（白癜风，治疗8个月）、林小燕（银屑病，5个月）); a doctor with a clinic in brackets (李主任（白癜风专科，从业20年）) is none.
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|院长|专家)\\s?[(（](?:${SKIN_ILL})[^()（）\\n,，、]{0,6}?[,，、]\\s?(?:治疗|病程|患病|病史|用药|光疗|坚持)?\\s?(?:\\d{1,2}|[一二三四五六七八九十两半])\\s?个?(?:月|年|周|天|疗程)`)),
      // Round seventy (batch ET): a full name opening a line or a record, the illness first in the brackets after it without a duration
      // (随访纪要：孙秀珍（银屑病，头皮）复诊时…); a doctor with a clinic in brackets (王建国（白癜风专科医师）), a masked name or 化名 stays.
      p(new RegExp(`(?<![\\u4e00-\\u9fff])(?!高血|高热|高脂|高尿|高龄|周围|何时|黄褐|黄斑|黄疸)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|院长|专家|[病症炎癌瘤疹斑])\\s?[(（][^()（）\\n,，、]{0,4}?(?:${SKIN_ILL})(?![^()（）\\n]{0,12}?(?:专科|专病|门诊|医|专家|护|主任|教授|中心|科室|团队|门诊))[^()（）\\n]{0,12}?[)）](?![^。\\n]{0,30}?化名)`)),
      // Round seventy (batch ET): a list item opened by a full name and a colon, the illness right after (- 冯晓梅：头皮银屑病，稳定期);
      // a season, a plan or a doctor so labelled (- 夏季：白癜风…, - 王医生：…) and a masked name stay.
      p(new RegExp(`(?:^|\\n)\\s?(?:[-*•]|\\d{1,2}[.、)）])\\s?(?!夏季|夏天|夏日|方案|方法|方式|周期|周末|周围|高危|高发|高龄|何时|黄褐|黄斑|黄疸|金额|费用|程度|龙胆|石膏)(?<hit>${NAME})(?<!某|某某|医生|主任|大夫|医师|护士|教授|院长|专家|老师|[病症炎癌瘤疹斑])\\s?[:：]\\s?(?=[^\\n,，。;!?]{0,6}?(?:${SKIN_ILL}))(?![^\\n]{0,30}?化名)`)),
      // Round fifty-six (batch DN): a full name with 先生 or 女士 and the illness or its relapse soon after (马志强先生停药后银屑病又复发了,
      // 黄丽华女士的湿疹), in English too (psoriasis, eczema, vitiligo); a surname alone (王先生的湿疹) is the usual pseudonym.
      p(new RegExp(`(?:(?<![\\u4e00-\\u9fff])|(?<=患者|病人|病友|听众|提问的|来信的))(?<hit>${NAME})(?<!某|某某)(?:先生|女士)(?=[^。;!?\\n]{0,12}?(?:${SKIN_ILL}|psoriasis|eczema|vitiligo|acne|urticaria|alopecia))`)),
      // Round fifty-six (batch DN): a full name after the illness and who the patient is (患痤疮多年的高中生赵思雨, 得了白癜风的退休教师刘凤英);
      // 患者王某 and a doctor (擅长白癜风的主任医师) are none.
      p(new RegExp(`(?:患|患有|得了|确诊|长了)[^,，。;!?]{0,12}?的(?:退休)?(?:高中生|初中生|小学生|大学生|中学生|研究生|学生|女孩|男孩|姑娘|小伙子?|宝妈|白领|老师|教师|司机|工人|农民|老人|会计|店主|程序员)(?<hit>${NAME})(?<!某|某某)(?=[,，、。;!?\\s她他说在来也]|$)`)),
      // Round seventy-six (batch FG): the writer's relative by full name, then the illness found (我婶婶何秀珍上个月确诊了肺癌; 我表哥邓立军得了
      // 强直性脊柱炎), as a family post asking for help tells it; a relative by kinship alone (我舅舅查出了糖尿病), a masked name or staff stays.
      p(new RegExp(`(?:我|俺)(?:的|家)?(?:爸爸?|妈妈?|父亲|母亲|爷爷|奶奶|外公|外婆|姥爷|姥姥|舅舅|舅妈|叔叔|婶婶|姑姑|姑父|姨妈?|姨父|伯伯|大伯|哥哥?|姐姐?|弟弟?|妹妹?|老公|丈夫|妻子|老婆|儿子|女儿|表哥|表姐|表弟|表妹|堂哥|堂姐|婆婆|公公|岳父|岳母)\\s?(?!曾)(?![\\u4e00-\\u9fff]{1,2}(?:医生|主任|大夫|医师|护士|教授|老师))(?<hit>${NAME})(?<!某|某某)(?=[^,，。;!?\\n]{0,4}?(?:查出|确诊|被诊断|诊断出|患上|患了|得了)[^。;!?\\n]{0,12}?(?:${SKIN_ILL}))`)),
      // Round eighty-eight (batch GD): an acquaintance by full name, then the illness found (我同事孙海波上个月查出了甲状腺结节; 我们小区的吴丽娟，
      // 得了带状疱疹), as the relative above: a colleague, a classmate, a neighbour or a member of the same unit; staff or 同学们 stays.
      p(new RegExp(`(?:同事|同学|学员|邻居|室友|舍友|战友|工友|队友|老乡|发小|闺蜜|(?:车队|单位|公司|班上|班里|厂里|村里|小区|楼里|科里)的)\\s?(?!曾)(?![\\u4e00-\\u9fff]{1,2}(?:医生|主任|大夫|医师|护士|教授|老师))(?<hit>${NAME})(?<!某|某某)(?=\\s?[,，]?\\s?[^,，。;!?\\n]{0,6}?(?:查出|确诊|被诊断|诊断出|患上|患了|得了)[^。;!?\\n]{0,12}?(?:${SKIN_ILL}))`)),
    ],
    negation: 'ignore',
    hedge: false,
    subject: false,
    quoted: false,
    question: false,
    veto: false,
    // 王某, 李某某, 张X: already pseudonymised.
    refine: (c) =>
      // Round twenty-nine: a placeholder name (患者张三) or a patient the sentence calls made up (虚构, 演示用, 化名) identifies no one,
      // unless the real name is given beside it.
      !/^(?:张三|李四|王五|赵六)$/.test(c.norm.slice(c.start, c.end)) &&
      // Round sixty-four (batch EI): a name in a table whose header row names the staff (| 医生 | 专长 | 出诊时间 |) and no patient or diagnosis:
      // the illnesses in its rows are what the doctor treats (| 徐文斌 | 银屑病、湿疹 | 周一全天 |).
      !(/^\|/.test(c.match[0]) && c.paragraphHas(STAFF_HEADER) && !c.paragraphHas(PATIENT_HEADER)) &&
      !(/虚构|演示用|示例|举例|化名|假名/.test(c.sentence) && !/真名|真实姓名|本名|原名/.test(c.sentence)) &&
      // Round twenty-eight: 他叫张仲景，是东汉末年的医学家: someone called by name is a doctor or a historical figure, not a patient.
      !(/叫做?$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start)) && /医学家|医家|名医|医生|医师|大夫|教授|专家|护士|主任|药学家|作家|诗人|皇帝|古代|朝代|东汉|西汉|唐代|宋代|明代|清代/.test(c.sentence) && !/患者|病人|患了|得了|确诊|查出|携带|入院|住院/.test(c.sentence)) &&
      // (A pinyin name's x, as in xiuying, is a letter, not a mask.)
      (!/某|\*|(?<![a-z])x{1,3}(?![a-z])/.test(c.norm.slice(c.start, c.end)) || new RegExp(`^${MASKED}$`).test(c.norm.slice(c.start, c.end))) &&
      !NOT_NAME.test(c.norm.slice(c.start, c.end)) &&
      // Round twenty-eight: after 患者, a surname and a polite form of address alone (患者李先生在充分知情同意后接受光疗) is the usual
      // pseudonym of a case report, like 王某; it identifies someone only with an age, a place or a job, which other patterns ask for.
      !(/^(?:患者|病人|患儿|就诊者)/.test(c.match[0]) && /^[\u4e00-\u9fff](?:先生|女士|小姐)$/.test(c.norm.slice(c.start, c.end)) && !new RegExp(AGE).test(c.sentence) && !/来自|家住|住在|工作|职业|就读/.test(c.sentence)) &&
      // Round twenty-one: 小杨（杨雪），26岁，本院康复科治疗师: a staff member's introduction.
      !(/^\s?[)）]/.test(c.norm.slice(c.end, c.end + 2)) && /医生|医师|护士|治疗师|技师|员工|工作人员|职称|擅长|从事|主任|教授/.test(c.sentence) && !/患者|病人|患儿|诊断|确诊|就诊|主诉|病史|复诊|治疗记录|白斑|白癜风/.test(c.sentence)) &&
      // Round fifteen: 张伟，男，52岁，主任医师: a doctor's introduction, not a patient's.
      // Round seventy-four (batch FB): unless a bed number stands right before the name (护士交班：3床 王秀芳，女，45岁): a patient on a ward.
      !(/^\s?[,，]\s?[男女]/.test(c.norm.slice(c.end, c.end + 3)) && /医师|医生|教授|护士|主任|专家|擅长|从事|职称|博士/.test(c.sentence) && !/患者|病人|患儿|诊断|确诊|就诊|入院|主诉|病史/.test(c.sentence) && !/\d\s?(?:号床|床)\s?$/.test(c.norm.slice(Math.max(0, c.start - 5), c.start))),
    examples: {
      bad: [{ text: '顾建国，男，66岁，糖尿病足，足底溃疡两月', type: 'case' }, { text: '韩志刚的带状疱疹后遗神经痛又发作了，这周来换药', type: 'kepu' }, { text: '钱立新，41岁，发现颈部淋巴结肿大两周，门诊拟诊反应性增生', type: 'case' }, { text: '何佳怡，19岁，面部痤疮三年，近来加重', type: 'kepu' }, { text: '我同事孙海波上个月查出了甲状腺结节，最近在请假', type: 'institution' }, { text: '我们小区的吴丽娟，得了带状疱疹，疼了半个月', type: 'kepu' }, { text: '“我叫韩立新，前年查出了银屑病”', type: 'ad' }, { text: '我叫韩立新，得了带状疱疹，多亏了这里的医生', type: 'institution' }, { text: '患者彭志军，慢性湿疹五年，近一月加重', type: 'institution' }, { text: '病友韩秀梅，头皮银屑病，下周复查', type: 'kepu' }, { text: '病例讨论：郑国平（男，56岁）慢性湿疹急性发作', type: 'case' }, { text: '患者孙立伟问：脖子上的白斑会扩散吗？', type: 'kepu' }, { text: '病友何晓丽留言咨询孩子的湿疹', type: 'institution' }, { text: '夜班交接：7床 钱玉珍，女，66岁，天疱疮，已换药', type: 'case' }, { text: '病友档案｜孙海波，34岁，头皮银屑病反复五年', type: 'ad' }, { text: '还记得那位何丽君的手部湿疹吗？复查又好了些', type: 'institution' }, { text: '## 病友故事：罗建平和他的银屑病二十年', type: 'case' }, { text: '“我是邓思琪，斑秃两年了，现在头发长回来不少。”', type: 'ad' }, { text: '随访纪要：孙秀珍（银屑病，头皮）复诊时诉瘙痒减轻', type: 'institution' }, { text: '- 冯晓梅：头皮银屑病，稳定期，下月复查', type: 'institution' }, {"text": "本月抗癌明星·吕秀英（乳腺癌术后五年）坚持每天晨跑", "type": "institution"}, {"text": "康复之星：潘志刚（脑梗后偏瘫）三个月后重新拿起了筷子", "type": "institution"}, {"text": "病人孙丽萍甲状腺次全切除术中出血约50毫升", "type": "institution"}, {"text": "这次投诉源于患者蒋文斌膝关节置换术后的康复费用", "type": "institution"}, {"text": "## 案例2：邓志军，男，乙肝病毒携带二十年", "type": "case"}, {"text": "病例四：孙晓燕，梅毒血清学阳性，拟行产前筛查", "type": "case"}, {"text": "Mrs. 黄丽华，58岁，类风湿关节炎十年，今日复诊", "type": "case"}, {"text": "Follow-up: Mr. 何建新 (M, 49), 痛风石手术后第三周", "type": "institution"}, { text: '| 姓名 | 诊断 | 出诊医生安排 |\n|---|---|---|\n| 邓海涛 | 寻常型银屑病 | 下周复诊 |', type: 'institution' }, { text: '本研究的受试者包括：何立军（寻常型银屑病）、梁晓丽（掌跖脓疱病）', type: 'case' }, { text: '留言回复：林秀英，您的湿疹这次复查已经明显好转，药膏可以减量', type: 'institution' }, { text: '请高血压门诊患者郑海波到二号诊室就诊', type: 'institution' }, { text: '前年有个叫孙秀琴的阿姨，甲状腺结节穿刺后一直焦虑', type: 'kepu' }, { text: "康复故事｜吴雅琴：与银屑病相处的第十个冬天", type: "case" }, { text: "【病友群聊天记录】\n钱海燕：孩子手上的湿疹这两天又起了", type: "kepu" }, { text: "@孔令辉 你上次说的银屑病复查结果出来了吗", type: "kepu" }, { text: "门诊留言：“邓秀芝，湿疹，第二次复诊”——挂号很方便", type: "institution" }, { text: "那天门诊遇到了韦明杰，这位四十岁的厨师被手部湿疹折磨了五年", type: "case" }, { text: "上周门诊来了个叫钱思远的小伙子，头顶两块斑秃，急得直掉眼泪", type: "institution" }, {"text": "## 案例分享：孙美华的白癜风复色记录", "type": "case"}, {"text": "67岁的钱桂英奶奶手背白斑已经三年了", "type": "institution"}, {"text": "- 患者：曹志远\n- 诊断：寻常型银屑病", "type": "case"}, {"text": "Name: 冯丽君, Dx: chronic urticaria（慢性荨麻疹）", "type": "case"}, {"text": "周建华之前在贵院治的银屑病，现在还要复查吗？", "type": "institution"}, { text: "门诊日记：蒋玉珍奶奶的手部湿疹反反复复，她一直以为是洗洁精的问题", type: 'institution' }, { text: "正如病友郑建华告诉我们的，银屑病最难熬的是冬天", type: 'kepu' }, { text: '随访记录（3月8日）：钱玉兰，慢性湿疹，诉夜间仍痒', type: 'case' }, { text: '患荨麻疹三年的市民郑晓东来我院复诊，医生为他调整了用药方案', type: 'institution' }, { text: '本月复诊之星：周丽萍（湿疹，治疗6个月）、韩志刚（斑秃，3个月）', type: 'ad' }, { text: '来信的孙建华先生说，停药后他的白癜风又有新发', type: 'institution' }, { text: '最难忘的是得了斑秃的大学生罗晓婷，她如今已经敢扎马尾了', type: 'institution' }, { text: '病友何丽娟感慨：“白斑跟了我八年，以前夏天都不敢穿裙子。”', type: 'ad' }, { text: '### 邓雨桐的斑秃康复日记', type: 'case' }, { text: '患者吴建新说：“银屑病让我十年不敢去澡堂。”', type: 'ad' }, { text: 'Patient 何嘉怡, F, 31y, 斑秃半年', type: 'case' }, { text: 'Name: 罗志伟（male，52），寻常型银屑病', type: 'case' }, { text: '今天讲讲病友周丽华的治疗经历：她28岁那年确诊银屑病', type: 'kepu' }, {"text": "赵雨涵同学（初二）因斑秃休学半年", "type": "case"}, {"text": "本月随访病例有：钱国栋（寻常型银屑病）、冯秀兰（湿疹）", "type": "institution"}, { text: "去年门诊来过一个叫韦秋菊的大姐，手上的湿疹反复了好几年", type: "kepu" }, { text: "有位叫范志宏的患者，银屑病十多年，在我们这里光疗", type: "institution" },{"text": "赵国栋先生（白癜风6年）：“治疗后白斑缩小了”", "type": "ad"}, {"text": "感谢患者何丽萍女士（湿疹3年）授权分享", "type": "case"}, '听听陈美华女士的经历，她在商场做导购，手上的湿疹反复了五年', { text: '请患者周建国家属到二楼领取银屑病检查报告', type: 'institution' }, '李秀英阿姨的银屑病已经稳定两年了', { text: 'Name: 郑丽华, F/34, Dx: Psoriasis', type: 'case' }, { text: '快来看看孙秀兰奶奶的手背，去年还是一片湿疹，现在干干净净', type: 'ad' }, { text: '高志远（高二学生，16岁）因头顶斑秃来院复诊', type: 'institution' }, { text: '今天来复诊的是县农机站的老马师傅，他左脸上的白斑已经六年了', type: 'case' }, { text: '小周今年19岁，是本市理工大学机械学院大二的学生，脖子上有两块白斑', type: 'case' }, { text: '一位在市第一医院工作的护士长（姓钱，今年40岁）来门诊就诊，她的白斑在眼周', type: 'kepu' }, { text: '| 姓名 | 年龄 | 工作单位 | 诊断 |\n| 赵丽 | 34 | 市人民银行营业部 | 节段型白癜风 |', type: 'case' }, {"text": "恭喜病友周文静顺利出院，乳腺癌术后恢复良好", "type": "ad"}, {"text": "今天上午复诊的钱玉兰婆婆，腰椎术后恢复得不错", "type": "institution"}, "“我叫钱晓丽，在城西商场一楼的化妆品专柜上班，今年30岁，去年查出白癜风。”", {"text": "张*婷，28岁，某银行柜员，白斑位于嘴角", "type": "case"}, "病例分享｜患者欧阳X雪，女，22岁，腰部白斑半年", {"text": "| 姓名 | 年龄 | 部位 | 疗效 |\n|---|---|---|---|\n| 周某华 | 35 | 面部 | 显效 |", "type": "institution"}, "在开发区电子厂上班的小邓，脖子上的白斑已经稳定", "这位是我们的老患者——东门菜市场卖水果的老周，现在他手上的白斑已经看不太出来了", "隆尧县魏家庄的刘大姐今年56岁，颈部白斑已经十多年", "我们上个月刚接诊一个也是郑州大学的研究生，姓马，脸上那块白斑现在基本看不出来了", {"text": "患者 Wang Li（女，31岁，某外企HR经理）面部白斑2年", "type": "case"},  {"text": "| 患者 | 年龄 | 诊断 | 治疗 |\n| --- | --- | --- | --- |\n| 李伟（某区税务局） | 41 | 寻常型银屑病 | 生物制剂 |", "type": "case"}, "患者评价：“今年刚被查出白癜风，手背和脖子都有，医生很耐心。”——刘秀梅", "今天门诊遇到一位老熟人，市第二中学的周校长，查出来是早期基底细胞癌",'### 出院随访\n- 马玉兰，63岁，纺机厂退休，腰椎间盘突出', '在东街口卖早点的曹德胜大哥上周找到了我们，他的带状疱疹已经疼了半个月', '刚才留言的@潘立军，你说的胃溃疡我看了', '回复@石建华：你那个腰椎间盘突出我看了片子', '（崔秀云，南门菜场卖鱼摊位的摊主）手部湿疹反复三年', '杜晓梅女士是区图书馆的管理员，因面部湿疹来院就诊', '小邱全名邱子航，就读于育英中学，确诊抑郁症半年', '蒋德福老爷子，今年八十一岁，脑梗后能自己走路了', '昨天来复诊的钱晓燕，是区第三小学的数学老师，手背白斑两年', { text: '【画面】吕志刚，45岁，公交车司机，白斑病史六年', type: 'ad' }, '谢谢光明小学的周丽娟老师，她的湿疹治好后还介绍了学生家长来看', { text: '城南物流公司的叉车司机杨建平，两年前确诊白癜风', type: 'case' }, '## 小刘的故事\n刘晓雯，今年24岁，研究生，去年确诊银屑病', '以我们的患者刘建国为例，他患糖尿病十年，去年开始打胰岛素', { text: '患者周志强之子周小川，今年六岁，确诊哮喘', type: 'case' }, { text: '点击查看患者陈丽华的完整病历', type: 'ad' }, {text: "来自城北街道的退休教师马淑芬，今年67岁，患带状疱疹后神经痛三年", type: "case"}, "还记得去年在我院做植发的杨磊吗？如今他的头发已经很浓密了", {text: "住院病人名单：3床 吕建平 带状疱疹；5床 丁秀兰 天疱疮", type: "institution"}, "以我院收治的患者韩卫东为例，他今年39岁，是一名出租车司机", { text: '處方：陳美華，慢性胃炎，口服三週', type: 'case' }, '门诊来了一位患者叫周志明，他因为长期饮酒得了脂肪肝', { text: '我们的老朋友钱桂兰奶奶今年已经79岁了，她的帕金森病是在我院确诊的', type: 'institution' }, { text: '下列患者请到二楼取药：赵建华、钱秀兰', type: 'institution' }, '在某公司做会计的郑晓燕，查出甲状腺癌后一直在我院复查', { text: '快看林小雨的术后照片，鼻子挺了好多', type: 'ad' }, { text: '案例回顾｜孙立新，男，63岁，慢性咳嗽十年', type: 'case' }, { text: '患者 Zhang Guoqiang，男，58岁，2型糖尿病', type: 'case' }, { text: '术后第三天，何丽萍的切口愈合良好', type: 'case' }, '病友韩立新说，他的痛风已经三年没发作了', '咱们医院的赵永刚大哥，他得的是强直性脊柱炎', { text: '久婚不孕的林女士（林晓红）在我院顺利生产', type: 'ad' }, { text: '感谢王子涵小朋友的妈妈，孩子的哮喘在我们这里控制得很好', type: 'ad' }, { text: '这是我们的第500位客户——退休教师孙国华阿姨', type: 'ad' }, { text: '| 刘淑华 | 56 | 乳腺癌 | 改良根治术 |', type: 'case' }, { text: '本院收治的一位教师何静，因重度抑郁入院', type: 'institution' }, '前几天门诊来了一位林志明先生，四十出头就被诊断出肝硬化', { text: '【字幕】患者：周晓燕 29岁 小学老师', type: 'ad' }, { text: '恭喜@林小雨 宝宝顺利出院', type: 'ad' }, { text: '热烈祝贺张晓军先生在我院完成种植牙手术', type: 'institution' }, '患者陈美玲小姐，住北区，面部黄褐斑多年', 'wang fang（王芳），28岁，白癜风病史4年', '退休教师郭文斌，他的银屑病已经控制得很好', '43岁的出租车司机周卫东因为胸痛被送到急诊', '今天要讲的主人公叫韩雪梅，是一位超市收银员，去年查出宫颈病变', { text: '本月义诊发现的高血压患者名单：曹永福、彭桂英，请下周复测', type: 'institution' }, { text: '病例讨论：吴晓东，男，45岁，反复胸闷2年', type: 'case' }, { text: '患儿陈乐乐，出生后即发现右臂血管瘤', type: 'case' }, '患者赵思远术后面部照片见图2', '欧阳晓燕今年41岁，两年前确诊为乳腺癌', { text: '恭喜陈丽丽小姐减重15斤！', type: 'ad' }, '来信人：高美玲，信中感谢医护人员的照顾', '这位大爷叫钱国富，住在东湖小区，膝盖疼了十年', '今年45岁的刘女士，面部白斑5年', '患者陈某（真名陈晓东），男，32岁', '门诊患者名单：王芳（白癜风）、李强（银屑病）', '该患者为本市某中学高二学生李雨涵，因面部白斑就诊', '欢迎患者张建军先生再次来院复查', '视频中的患者是来自城南的陈明亮，他同意我们拍摄他的治疗过程', '我们的患者小周（周婷婷）今年考上了大学', '感谢来自城东的张秀梅阿姨，她同意我们公开她的治疗照片', '今天来做光疗的小何（何佳琪，高三学生）说，她的白斑已经控制住了', '照片里的老病友（刘国华，58岁）刚做完第20次光疗', '来自本市的患者刘晓梅（真实姓名）在我院治疗后白斑明显缩小', '患者张秀英，女，45岁，确诊白癜风三年', '王女士，32岁，来自杭州', '姓名：李建国', '小陈，19岁，大学生', '下图为刘建国老先生治疗前后的面部照片', '今天来到演播室的是来自南山区的白癜风患者王丽娜和她的丈夫', '3床的吕国庆，昨天刚做完表皮移植手术', '“我叫曹丽华，今年41岁，在纺织二厂上班”', '检查单上可以看到患者的姓名彭志刚、就诊卡号和检查日期', '本月复查的三位患者分别是：潘美玲（外科护士）、蒋超（高二学生）', '这位在县农商银行做柜员的林小姐', '来自清河县柳林乡的刘大姐（45岁）', '赵德明老先生今年七十三岁，在菜市场摆了二十年鱼摊', '来自青石镇的赵阿姨今年63岁，手部湿疹反复了五年', '她叫唐婉，今年26岁，在南湖幼儿园当老师', '下面是患者周梦瑶在光疗室拍的视频截图', '视频中出镜的是我们的老病友邹大哥，他在菜市场东门卖了十几年水果', '他叫罗志强，在工地开塔吊，去年查出了尘肺病', { text: '初一女生小蕾，因为厌学和失眠来门诊', type: 'case' }, '周会计（42岁，某建材公司财务）查出了甲状腺癌', { text: '今年38岁的唐会计，半年前确诊乳腺结节', type: 'case' }, { text: '上周来拔牙的孙志刚先生，术后恢复得很好', type: 'institution' }, { text: '来自城东纺织厂的退休职工钱文斌老人，在我院做了心脏支架', type: 'institution' }, { text: '今天连线的是老病友周桂兰阿姨，高血压二十年了', type: 'ad' }, '“我叫苏建明，在城北夜市卖了十年烧烤，去年查出了痛风”', { text: "群友孙桂英分享了她手上白斑的变化，大家一起给她加油", type: 'case' }, { text: "群里的吴志刚大哥说，他的银屑病这个冬天没怎么发", type: 'case' }, { text: "“我叫郑思远，湿疹陪了我整整十年……”", type: 'ad' }, { text: "Case 2: Mr. Zhou Jianping (周建平), 52 y/o, chronic plaque psoriasis", type: 'case' }, { text: '本期光荣榜：孙建平（腰椎间盘突出术后）、罗晓燕（带状疱疹）', type: 'ad' }, { text: '护工交班：7床的彭丽华湿疹又发了，晚上记得涂药', type: 'institution' }, { text: '谢谢病友曹永明的分享，他的银屑病已经两年没复发', type: 'ad' }, { text: '祝贺患者蒋志刚成功摆脱烟瘾和慢性支气管炎', type: 'ad' }, { text: '我婶婶何秀珍上个月确诊了肺癌，求大家推荐靠谱的胸外科', type: 'kepu' }, { text: '我表哥邓立军得了强直性脊柱炎，腰都直不起来了', type: 'kepu' }],
      ok: [{ text: '顾客，男，66岁，糖尿病足，足疗前已建议就医', type: 'case' }, { text: '顾问，女，35岁，腰肌劳损，预约理疗', type: 'institution' }, { text: '黄褐斑的色素沉着容易反复，防晒要坚持', type: 'kepu' }, { text: '王医生的湿疹门诊改到周三，复发的患者请改约', type: 'institution' }, { text: '吕建华，52岁，副主任医师，擅长银屑病和湿疹的诊治', type: 'institution' }, { text: '病例中的患者，45岁，面部红斑两月，未写姓名', type: 'case' }, { text: '我同事王医生得了带状疱疹，今天的门诊改由李主任坐诊', type: 'institution' }, { text: '同学们得了水痘要居家隔离，凭医院证明返校', type: 'kepu' }, { text: '我同事周末陪家人体检，查出了轻度脂肪肝', type: 'kepu' }, { text: '留言回复方式：湿疹反复的患者请先上传皮损照片，医生24小时内答复', type: 'institution' }, { text: '我叫韩立新，是皮肤科医生，得了湿疹的患者可以找我', type: 'institution' }, { text: '门诊楼以老院长孙立德先生的名字命名，他在皮肤科工作了三十年', type: 'institution' }, { text: '患者王某，慢性湿疹五年，近一月加重', type: 'case' }, { text: '患者王先生，湿疹三年', type: 'case' }, { text: '病友小林（化名），头皮银屑病', type: 'kepu' }, { text: '陈芳（女，35岁）主治医师，擅长痤疮的治疗', type: 'institution' }, { text: '病例讨论：王某（男，56岁）慢性湿疹急性发作', type: 'case' }, { text: '患者王某问：我的湿疹怎么办？', type: 'kepu' }, { text: '患者问：湿疹会传染给家人吗？', type: 'kepu' }, { text: '护士排班：3床责任护士 王丽，女，28岁', type: 'institution' }, { text: '病友故事：小林（化名），22岁，白斑两年', type: 'kepu' }, { text: '那位王医生的白癜风门诊很难挂号', type: 'kepu' }, { text: '## 患者故事：王医生和他的白癜风患者们', type: 'institution' }, { text: '我是王丽，白癜风门诊的护士，有问题可以问我', type: 'institution' }, { text: '我是高中生，白斑长在脖子上怎么办？', type: 'kepu' }, { text: '王建国（白癜风专科医师）每周三上午出诊', type: 'institution' }, { text: '- 夏季：白癜风患者要注意防晒', type: 'kepu' }, {"text": "“康复之星”评选只公布化名和康复天数，不公布患者的真实姓名", "type": "institution"}, {"text": "服务之星：康复科护士长何丽（从事康复护理二十年）", "type": "institution"}, {"text": "患者王某胆囊切除术后第二天即下床活动", "type": "case"}, {"text": "患者曾行胆囊切除术，此次因右上腹隐痛就诊", "type": "case"}, {"text": "患者高龄，行髋关节置换术前需评估心肺功能", "type": "case"}, {"text": "病例二：黄疸，新生儿出生后第3天出现，胆红素逐日升高", "type": "case"}, {"text": "病例一：患者，男，52岁，乙肝病毒携带", "type": "case"}, {"text": "Mr. 刘建国，45岁，主任医师，擅长痛风诊治", "type": "institution"}, {"text": "Mr. 王（主治医师，45岁）负责本周的痛风门诊", "type": "institution"}, {"text": "Ms. Li，女，40岁左右，自述偶有头痛", "type": "case"}, { text: '| 医师 | 擅长 | 出诊 |\n|---|---|---|\n| 韩志明 | 痤疮、玫瑰痤疮 | 周三下午 |', type: 'institution' }, '研究对象包括：中重度斑块状银屑病患者（病程一年以上）', { text: '客服回复：王医生，您的门诊时间已调整到周四', type: 'institution' }, { text: '回复：周建国，你好，挂号问题请拨打总机咨询', type: 'institution' }, { text: '请高血压患者本人到二号诊室测量血压', type: 'institution' }, { text: '我有个叫周明的老同学，去年刚退休，常来找我下棋', type: 'kepu' }, { text: "康复故事｜小林（化名）：与银屑病相处的第十个冬天", type: "case" }, { text: "【病友群聊天记录】\n病友B：孩子手上的湿疹这两天又起了", type: "kepu" }, { text: "@林女士 您的湿疹复查报告已出", type: "institution" }, { text: "门诊留言：“王医生，湿疹讲得很清楚”", type: "institution" }, { text: "那天门诊遇到了一位四十岁的厨师，被手部湿疹折磨了五年", type: "case" }, { text: "门诊来了个叫王某的小伙子，头顶两块斑秃", type: "institution" }, { text: "患者故事｜王医生：陪白癜风患者走过的二十年", type: "institution" }, {"text": "## 病例分享：面部白癜风的光疗记录", "type": "case"}, {"text": "8岁的小朋友全身湿疹反复发作，家长要注意保湿", "type": "kepu"}, {"text": "- 患者：L某\n- 年龄：40余岁", "type": "case"}, {"text": "Name: removed, Dx: chronic urticaria", "type": "case"}, {"text": "王医生也在我们医院看湿疹门诊", "type": "institution"}, { text: "患者高兴地说，这次的皮疹比上回消得快", type: 'kepu' }, { text: "门诊日记：楼下王奶奶的手部湿疹反反复复，她一直以为是洗洁精的问题", type: 'institution' }, { text: "病友小周（化名）告诉我们，银屑病最难熬的是冬天", type: 'kepu' }, { text: '随访记录（3月8日）：患者钱某，慢性湿疹，诉夜间仍痒', type: 'case' }, { text: '市民代表来我院参观了新门诊楼，听取了就诊流程介绍', type: 'institution' }, { text: '坐诊专家：李主任（白癜风专科，从业20年）', type: 'institution' }, { text: '患者王先生停药后湿疹复发，我们调整了方案', type: 'case' }, { text: '擅长白癜风的主任医师周卫东每周二出诊', type: 'institution' }, { text: '门诊安排：周二（湿疹专病门诊，9:00-12:00）', type: 'institution' }, { text: '患者王某说：“湿疹反反复复，我都快放弃了。”', type: 'ad' }, { text: '### 刘主任的银屑病诊疗经验', type: 'institution' }, { text: '患者常说：“白斑不痛不痒，就是心里难受。”', type: 'kepu' }, { text: '## 白癜风的治疗经历分享须知', type: 'institution' }, { text: 'Patient B, female, 31, 斑秃半年', type: 'case' }, { text: 'Patient 李某, male, 52, 银屑病', type: 'case' }, { text: '患者王某的故事告诉我们，规范治疗很重要', type: 'kepu' }, { text: '患者小林的故事（化名）：湿疹反复十年', type: 'kepu' }, "常见病例有黄褐斑（肝斑）、雀斑等", "患者服用何首乌（可能导致肝损伤）", { text: "门诊有一位叫孔建华的医生，专看湿疹和荨麻疹", type: "institution" }, { text: "有位患者问：孩子的湿疹要不要忌口？", type: "kepu" },{"text": "张某先生（银屑病10年）同意发布本病例", "type": "case"}, {"text": "L女士（湿疹3年，化名）同意发布本病例", "type": "case"}, { text: '请患者王某家属到三楼领取检查报告', type: 'institution' }, '王医生的故事：从医三十年，专注皮肤病诊治', { text: 'Name: ________  Age: ____  Dx: ________', type: 'institution' }, { text: '刘海波（主任医师，从事皮肤科工作三十年）擅长银屑病的诊治', type: 'institution' }, { text: '周晓梅（护士，42岁）负责光疗室的登记和复诊提醒', type: 'institution' }, { text: '钱立新（退休教师，68岁）在讲座上分享了自己控制血压的经验', type: 'kepu' }, { text: '| 姓名 | 职称 | 擅长治疗 |\n| 王建国 | 主任医师 | 白癜风 |', type: 'institution' }, { text: '小王今年8岁，面部白斑半年，经外用药治疗后好转（化名）', type: 'case' }, { text: '市第一医院的皮肤科医生，姓王，擅长白癜风的治疗', type: 'institution' }, { text: '县卫生院的小刘护士负责光疗登记，有疑问可以找她', type: 'institution' }, "任何患者的病历资料都不会对外公开", {"text": "复诊的高龄老人请由家属陪同", "type": "institution"}, "在我院工作的小王，负责光疗前的准备和登记", "在城南小学当老师的孙老师给孩子们讲了白癜风不传染的知识", {"text": "患者王某甲，男，45岁，白斑3年", "type": "case"},  {"text": "| 患者 | 年龄 | 诊断 |\n| --- | --- | --- |\n| 患者A | 41 | 寻常型银屑病 |", "type": "case"}, {"text": "| 患者 | 年龄 | 诊断 |\n| --- | --- | --- |\n| 王某某 | 41 | 寻常型银屑病 |", "type": "case"}, "“白癜风不传染，患者需要的是理解。”——刘主任", "市第二中学的周校长邀请我院医生到校开展近视防控讲座",'- 马玉兰，45岁，主任医师，擅长腰椎疾病', '在东街口开了二十年诊所的曹德胜医生退休了', '回复@石建华：感谢您的建议，周三上午有号', '杜晓梅女士是区图书馆的管理员，每月会来送新书', '负责治疗的李医生，是本院光疗室的负责人', '陈芳，35岁，主治医师，擅长白癜风光疗', '市第一中学的王老师在健康讲座上介绍了近视的预防', '本院皮肤科的王建华，是主任医师，擅长白斑的治疗', '孙明华，今年52岁，从事皮肤病临床工作二十余年，确诊过多例罕见皮肤病', "12床高血压，13床低血糖，请按时测量", "在我院治疗的周期一般为三个月", "教师王某某，今年45岁，确诊湿疹两年", {text: "以患者王某为例，治疗三个月后复查", type: "case"}, '以患者的一日三餐为例，糖尿病患者要控制主食', '以我们的患者张先生为例，他的高血压控制得很平稳', { text: '患者陈女士在充分了解风险后接受了光疗', type: 'case' }, '处方：阿莫西林，每日三次，饭后服用', '这位医生叫王建华，他擅长治疗白癜风', '以下患者需要在光疗前咨询医生：孕妇、光敏感者', '王医生的术前谈话很细致', '模特的术后照片仅为示意', { text: '| 李明 | 副主任医师 | 心血管内科 | 擅长高血压 |', type: 'institution' }, { text: '术后第二天，王主任的查房记录显示切口愈合良好', type: 'case' }, '李女士（化名），45岁，体检发现甲状腺结节', '病友们的分享：确诊后要规律用药', { text: '教师王芳，因教学成绩突出获评优秀班主任', type: 'institution' }, { text: '祝贺王医生团队顺利完成首例机器人辅助手术', type: 'institution' }, { text: '康复治疗师小杨（杨雪），26岁，毕业于医学院康复专业，擅长运动损伤康复', type: 'institution' }, '护士小刘，她的工作就是帮患者做好光疗前的准备', { text: '患者（王某），男，45岁，因面部白斑就诊', type: 'case' }, '35岁的程序员因为长期熬夜出现脱发', '今天的主人公是王医生，他在皮肤科工作了二十年', { text: '出院患者名单：王某、李某，请按时复诊', type: 'institution' }, { text: '王建军，男，52岁，主任医师，擅长冠心病介入治疗', type: 'institution' }, '患者，男，45岁，反复胸闷2年', '王主任（白癜风专病门诊）每周二出诊', '患者，女，45岁，面部白斑5年', '患者复查时请带上病历本', '高二学生课业繁重，要注意作息', '来自各地的患者都可以预约复诊时间', '小王（护士）会在光疗前核对您的信息', '本文审核（陈立华，主任医师）', '患者（化名“小林”，女，19岁）', '患者何时来院复诊由医生安排', '患者王某，女，32岁', '患者李某某，男，28岁', '患者，女，45岁，白斑3年', '患者症状，包括白斑和瘙痒', '部分患者曾在多家医院就诊，复诊时请带上既往的检查和用药记录', '来自各地的患者许多都是第一次做光疗', '请在病历本上填写患者姓名、年龄和联系电话', '他叫张仲景，是东汉末年的医学家，著有《伤寒杂病论》', '王老师（45岁，健康讲座主讲人）介绍了高血压的预防', { text: '患者于本院复查，结果正常', type: 'case' }, { text: '示例：患者李四，男，50岁，2型糖尿病（演示数据）', type: 'case' }, { text: '以下病例均用化名：王建军，男，45岁，糖尿病五年', type: 'case' }, '来我院出诊的刘建国主任，擅长糖尿病足的治疗', { text: "群里的李阿姨说，她的湿疹最近好多了", type: 'case' }, { text: "群里的王医生说，白癜风患者夏天要注意防晒", type: 'case' }, { text: "我叫刘敏，从事白癜风诊疗十年，是本院皮肤科主治医师", type: 'institution' }, { text: "群友们分享的护肤经验仅供参考，湿疹用药请遵医嘱", type: 'case' }, { text: '常见病种：湿疹（慢性）、荨麻疹（急性）、痤疮（中重度）', type: 'kepu' }, { text: '3床的王医生今天值班，湿疹患者有事可以找她', type: 'institution' }, { text: '感谢患者王某的理解，他的湿疹复查结果正常', type: 'case' }, { text: '患者戒除烟瘾后，银屑病发作明显减少', type: 'kepu' }, { text: '回复王女士：为保护隐私，湿疹的用药情况请私信咨询', type: 'institution' }, { text: '我舅舅前年查出了糖尿病，现在每天坚持散步', type: 'kepu' }, { text: '我姐姐曾查出过甲状腺结节，复查一直稳定', type: 'kepu' }, { text: '我妈妈王医生确诊过很多带状疱疹，她说早用药很关键', type: 'kepu' }],
    },
  },
];
