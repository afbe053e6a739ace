import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { levels, p } from './util.js';

/** Common single-character surnames: enough to tell 患者张秀英 from 患者症状. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const NAME = `[${SURNAMES}][\\u4e00-\\u9fff]{1,2}`;
/** Words after 患者 that start with a surname but are not names (患者何时来院, 患者陈述病史). */
const NOT_NAME = /^(?:曾(?:在|经|于|多|有|因|被|用)|何时|何处|陈述|高度|周围|于是|方可|常常|万一|任何|许多|林间|马上|向医生|江湖|康复|金额|钱款|严重|戴上|戴好|石膏|叶酸|谭|孔洞|余下|史|白天|田间|雷同|龙头|毛发|顾虑|邵)/;
const AGE = '(?:\\d{1,3}\\s?岁|[一二三四五六七八九十]{1,3}岁)';
/** The sentence is about a particular patient. */
const PATIENT = /患者|病人|患儿|病友|就诊者|同学|女士|先生|阿姨|大爷|奶奶|爷爷|小朋友|[男女][,，]\s?\d{1,3}岁|\d{1,3}岁|白斑|白癜风|皮损|复诊|确诊|病史|治疗/;

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
      p(/(?<![0-9a-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])/),
      p(/(?:病历号|住院号|门诊号|病案号|床号|就诊卡号|医保卡号|社保卡号|身份证号?码?|登记号)\s?(?:为|是)?\s?[:：]?\s?[a-z0-9][a-z0-9-]{3,}/),
      p(/(?:患者|病人|家属|联系人|本人|其|他|她)[^。]{0,10}?(?:电话|手机|手机号|联系方式|微信)\s?(?:是|为|[:：])?\s?1[3-9]\d(?:[\s-]?\d{4}){2}/),
      p(/(?:患者|病人|家属|联系人|患儿)[^。]{0,10}?(?:qq|qq号|微信号?|邮箱)\s?(?:是|为|[:：])?\s?[a-z0-9_.-]{5,}/),
      // A table with a name column next to clinical columns (| 姓名 | 年龄 | 诊断 |).
      p(/\|\s?(?:姓名|患者姓名)\s?\|(?![^\n]{0,40}?(?:职称|擅长|科室|职务|出诊))[^\n]{0,40}?(?:诊断|病情|病程|皮损|年龄)/),
      p(/(?:家住|住址|家庭住址|现住|居住于|住在)\s?[:：]?[^,，。;\n]{2,20}?(?:\d+(?:号|栋|幢|单元|室|弄)|小区|村|街道|胡同)/),
      // Round seven: where the patient lodges, as an aside in brackets or after a comma (（男，24岁，住高新区软件园3号宿舍楼）).
      p(/[(（,，、]\s?住(?!院|宿|所)[\u4e00-\u9fff\d]{2,16}?\d{1,5}(?:号|栋|幢|单元|室)/),
      // Structural (round four): any other way to reach or single out the patient, in a sentence about a patient:
      // an e-mail address, the tail of an ID number, an employer or school with the unit, a street number.
      p(/身份证(?:号码?)?(?:尾号|后[四六]位|末[四六]位)\s?[:：]?\s?\d{4}|(?:就职于|任职于|供职于|工作于|就读于)[^,，。;!?]{2,16}?(?:公司|银行|营业部|支行|分行|学校|小学|中学|大学|学院|医院|工厂|厂|局|店)|(?:小学|中学|初中|高中)[^,，。;!?]{0,4}?(?:[一二三四五六七八九]年级|初[一二三]|高[一二三])[^,，。;!?]{0,6}?(?:班|的|同学)|幼儿园[^,，。;!?]{0,2}?(?:大|中|小)[一二三四五]班|(?:系|任|为|是)[^,，。;!?]{2,12}?(?:医院|学校|小学|中学|公司|银行|局|厂)的?(?:护士长|院长|校长|局长|行长|经理|董事长|主任|老师|教师|职员|员工|会计)|(?:面部|脸部?|五官)(?:未|没有?|并未)(?:经过?|作|做)?(?:遮挡|打码|处理)|(?:我市|本市|当地|本地)(?:知名|著名|有名)的?[\u4e00-\u9fff]{1,5}|(?:签名|身份证号)[^。;!?]{0,8}?照片|照片[^。;!?]{0,10}?(?:签名|身份证)|(?:出生日期|出生年月日?|生日)\s?[:：为是]?\s?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:市|县|区|省)[\u4e00-\u9fff]{1,8}?(?:局|院|厂|公司|大队|支队|学校)[\u4e00-\u9fff]{0,4}?(?:队长|局长|院长|厂长|校长|经理|主任|科长|处长)|未(?:遮挡|打码)(?:的)?(?:面部|脸部?|五官)|车牌号?(?:码)?(?:为|是|[:：])?\s?[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][a-z]|[\u4e00-\u9fff]{1,6}(?:路|街|巷|弄)\d{1,5}号(?!线)/),
    ],
    negation: 'ignore',
    hedge: false,
    subject: false,
    quoted: false,
    question: false,
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (/^\d{17}[\dx]$/.test(hit)) return validResidentId(hit);
      // The structural forms identify someone only when the sentence is about a patient, not the clinic's own address or mailbox.
      if (/尾号|后[四六]位|末[四六]位|知名|著名|有名|签名|照片|出生|生日|队长|厂长|科长|处长|护士长|院长|校长|局长|行长|经理|董事长|主任|老师|教师|职员|员工|会计|遮挡|打码|就职|任职|供职|工作于|就读|年级|初[一二三]|高[一二三]|幼儿园|车牌|\d号$/.test(hit)) {
        if (/本院|我院|医院地址|门诊地址|地址[:：]|投稿|来信请寄|联系我们|邮箱[:：]/.test(c.sentence) && !PATIENT.test(c.sentence)) return false;
        return PATIENT.test(c.sentence) || c.docType === 'case';
      }
      return true;
    },
    examples: {
      bad: ['患者身份证号：11010519491231002X', '住院号：ZY2023001234', '患者家属电话13812345678', '患者家住杭州市西湖区文三路100号', '患者邮箱 wangli1987@163.com，已约定下周复诊', '病例分享：王某某，女，28岁，就职于市人民银行营业部，颈部白斑半年', '患者邓某某（男，24岁，住高新区软件园3号宿舍楼）', '照片中的女孩是我们的患者，她同意出镜，但脸部没有打码'],
      ok: ['请妥善保管您的病历资料', '病历号会打印在挂号单上', '门诊号源每天8点放出', '订单编号110105194912310021', '患者可以发送邮件至 service@clinic-example.cn 预约复诊', '住院部在门诊楼北侧，光疗室在3号楼'],
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
      p(new RegExp(`(?:患者|病人|病例|个案|患儿|就诊者)\\s?[:：(（]?\\s?(?<hit>${NAME})(?=\\s?[,，、(（]\\s?(?:男|女|${AGE}))`)),
      p(/姓名\s?[:：]\s?(?<hit>[\u4e00-\u9fff]{2,4})/),
      p(new RegExp(`(?<hit>[${SURNAMES}](?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷|小姐|同学|大姐|大哥|大叔|大婶|师傅))\\s?[,，(（]?\\s?(?:${AGE}|来自|家住|[\\u4e00-\\u9fff]{2}人|的(?:女儿|儿子|孩子|丈夫|妻子)[^,，。;!?]{0,4}?在|在[^,，。;!?]{1,8}?(?:读|上学|工作|上班))`), { levels: { case: 'warning' } }),
      p(new RegExp(`(?<hit>小[${SURNAMES}])\\s?[,，(（]?\\s?${AGE}`), { levels: { case: 'warning' } }),
      // A full name after 患者, then a comma and an identifying or clinical detail (患者王秀兰，确诊白癜风五年).
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?[:：]?\\s?(?<hit>${NAME})(?=\\s?[,，、]\\s?[^。;!?]{0,12}?(?:确诊|患有|患|白斑|白癜风|来自|家住|今年|\\d+岁|工作|就读|是一名|职员|教师|老师|学生|工人|司机|会计|公务员))`)),
      // A full name after 患者 with treatment at the clinic (患者刘晓梅（真实姓名）在我院治疗后…).
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?[:：]?\\s?(?<hit>${NAME})(?=\\s?[(（]|[^。;!?]{0,6}?(?:在|来|到)(?:我院|本院|我们|这里|本中心)|[^,，。;!?]{0,4}?(?:治疗后|经治疗|就诊|确诊))`)),
      // A full name with a form of address and a life detail: 赵桂芳女士是一名小学教师, 刘建国先生，今年52岁, 读高二的陈思远同学.
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:老先生|老太太|女士|先生|同学|阿姨|大爷|小朋友))(?=[^。;!?]{0,12}?(?:是一名|今年|\\d+岁|岁|工作|上班|就读|读书|来自|家住|住在|白斑|白癜风))`)),
      p(new RegExp(`(?:读|就读于?)[^,，。;!?]{0,8}?的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:同学|小朋友))`)),
      // Structural (round four): a full name with a form of address, then what was done to them (刘建国老先生治疗前后的照片),
      // or a patient's full name owning records (患者赵敏的病历资料).
      p(new RegExp(`(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:老先生|老太太|先生|女士|阿姨|大爷|大妈|奶奶|爷爷|同学|小朋友))(?=[^。;!?]{0,8}?(?:治疗|照片|病历|病例|复诊|确诊|就诊|皮损|复色|康复|手术|住院|出院))`)),
      p(new RegExp(`(?:患者|病人|患儿|就诊者)\\s?(?<hit>${NAME})(?=的(?:病历|病例|照片|资料|检查|治疗|病情|化验))`)),
      p(new RegExp(`(?:卖|开|在)[^,，。;!?]{1,10}?的(?<hit>[${SURNAMES}](?:大姐|大哥|大叔|大妈|大婶|阿姨|大爷|师傅|女士|先生|小姐))`)),
      p(new RegExp(`(?:住院|就诊|复诊|治疗)(?:中)?的(?<hit>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}(?:阿姨|大爷|女士|先生|奶奶|爷爷|同学|小朋友))`)),
      // Round seven: a full name introduced by where the patient comes from (来自南山区的白癜风患者王丽娜和她的丈夫), by a
      // bed number (3床的吕国庆), in a first-person introduction (我叫曹丽华，今年41岁), after 姓名 without a colon
      // (患者的姓名彭志刚、就诊卡号), or in a list of patients with occupations (三位患者分别是：潘美玲（外科护士）).
      p(new RegExp(`来自[^,，。;!?]{2,10}?的[^,，。;!?]{0,6}?(?:患者|病人|患儿|病友|大学生|学生|姑娘|小伙子?|女孩|男孩)(?<hit>${NAME})(?=[,，、和与(（])`)),
      p(new RegExp(`\\d{1,3}\\s?(?:床|号床)的?(?<hit>${NAME})(?=[,，、(（])`)),
      p(new RegExp(`我(?:叫|是)(?<hit>${NAME})\\s?[,，]\\s?(?=今年|\\d{1,3}岁|家住|来自|在[^,，。;!?]{1,10}?(?:工作|上班|读))`)),
      p(new RegExp(`(?:患者|病人|患儿)的?姓名\\s?(?:是|为)?\\s?(?<hit>${NAME})(?=[、,，\\s]|性别)`)),
      p(new RegExp(`(?:患者|病人|病友)[^。;!?]{0,8}?[:：]\\s?(?<hit>${NAME})\\s?[(（][^)）]{0,6}?(?:护士|学生|教师|老师|司机|工人|个体户|职员|会计|医生|农民|退休)`)),
      // A surname and a form of address with where they live or what they run (杨女士（住和平里，开花店的那位）).
      p(new RegExp(`(?<hit>[${SURNAMES}](?:女士|先生|阿姨|大爷|大妈|奶奶|爷爷))\\s?[(（,，]\\s?(?:住|家在|开[^,，。;!?]{1,6}?(?:店|厂|公司)|在[^,，。;!?]{1,8}?(?:工作|上班|开店))`)),
    ],
    negation: 'ignore',
    hedge: false,
    subject: false,
    quoted: false,
    question: false,
    // 王某, 李某某, 张X: already pseudonymised.
    refine: (c) => !/某|x|\*/.test(c.norm.slice(c.start, c.end)) && !NOT_NAME.test(c.norm.slice(c.start, c.end)),
    examples: {
      bad: ['来自本市的患者刘晓梅（真实姓名）在我院治疗后白斑明显缩小', '患者张秀英，女，45岁，确诊白癜风三年', '王女士，32岁，来自杭州', '姓名：李建国', '小陈，19岁，大学生', '下图为刘建国老先生治疗前后的面部照片', '今天来到演播室的是来自南山区的白癜风患者王丽娜和她的丈夫', '3床的吕国庆，昨天刚做完表皮移植手术', '“我叫曹丽华，今年41岁，在纺织二厂上班”', '检查单上可以看到患者的姓名彭志刚、就诊卡号和检查日期', '本月复查的三位患者分别是：潘美玲（外科护士）、蒋超（高二学生）', '这位在县农商银行做柜员的林小姐', '来自清河县柳林乡的刘大姐（45岁）', '赵德明老先生今年七十三岁，在菜市场摆了二十年鱼摊'],
      ok: ['患者何时来院复诊由医生安排', '患者王某，女，32岁', '患者李某某，男，28岁', '患者，女，45岁，白斑3年', '患者症状，包括白斑和瘙痒', '部分患者曾在多家医院就诊，复诊时请带上既往的检查和用药记录', '来自各地的患者许多都是第一次做光疗', '请在病历本上填写患者姓名、年龄和联系电话'],
    },
  },
];
