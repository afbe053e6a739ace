import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { safetyClaimDenied } from './safety.js';
import { clauseOf, levels, p, promisedElsewhere, SIDE_EFFECT, TREATMENT, warnedAfter, warnedBefore, whoeverPromisesWarned } from './util.js';

/** Healing of a wound or a passing reaction is physiology, not a cure claim. */
const WOUND = /供皮区|取皮处|伤口|创面|破溃|水疱|水泡|结痂|红肿|针眼|感染|晒伤|擦伤|划伤|溃疡|术口|切口|感冒|发红|脱皮/;
/** Outcomes that, asserted, promise a cure or a full result. */
// 治好 as in SUBSTITUTE: not 经治好转 (case notes: improved under treatment) nor 治好发于 (treating where it tends to appear).
const OUTCOME_WORDS = '根除|消灭|清除|消除|消退|消失(?:不见)?|不见了|好了|治好(?!转|发)|康复了?|摆脱(?:了)?(?:白斑|白癜风|病痛|疾病|顽疾)|消掉|恢复(?:了)?(?:正常|健康|如初)|重获健康';
/** Round forty-seven (batch CN): a guarantee someone asks the doctor for (家属要求医生保证治愈) is their wish, not the clinic's promise. */
const DEMANDED = /(?:要求|请求|恳求|央求|求着|逼着?|非要|硬要|缠着)(?:医生|医院|大夫|我们|院方|医方|对方|专家|主任)?(?:一定要?|必须)?$/;
const OUTCOME_HIT = new RegExp(`(?:${OUTCOME_WORDS})$|变回|一样|没有?区别|无异|看不出`);
/** Frames of certainty or agency before an outcome. */
// Round ninety-three (batch GO): 从根上 with 解决 or 治好 as well as 治疗 (这套方子从根上解决鼻炎), and the treatment said to reach the root with
// 能 / 可以 治本 (这种针法能治本): 只能治标，不能治本 and 不能治本 are no claim.
const SUBSTITUTE =
  /治疗好(?!转|发)|治得好|治好(?!转|发)|(?<![中西兽])医好|好彻底|彻底好了?|(?:彻底|完全|全都|全部)看好了|康复如初|恢复如初|从(?:根本|根源|源头)上(?:治疗|解决|治好|消除|去除|调理|根除|改善|改变|扭转|阻断|杜绝|切断)|从(?:根子|根)上(?:治疗|根除|调理|解决|治好|消除|去除|拔除)|(?<![只不])(?:能|可以|能够|就能|才能|专门)治本|从(?:根本|根源|源头|根子|根)上(?:调|养|治|医|看|调理|调养)好|从(?:根本|根源|源头|根子|根)上把[^,，。;!?]{1,6}?(?:解决|治好|消除|去除|根除|清除|拔除)(?:掉|了)?|根本性[的地]?(?:治疗|治理|康复|好转|解决)|根本治疗|标本兼治|标本同治|(?:既)?治标(?:又|也|更)治本/;
const SUBSTITUTE_WHOLE = new RegExp(`^(?:${SUBSTITUTE.source})$`);
const CERTAIN = '能够?|可以|就|都|统统|全都|基本都|让|(?<![即假纵致])使|帮助?|把|会|保证|一定';
const STRONG_ADVERB = '彻底|完全|统统|全部|永久|从根上|从根源上|根本上';
const OUTCOME_ONLY = new RegExp(`^(?:${OUTCOME_WORDS})$`);
/** The frame before an outcome: a certainty or agency word up to 8 characters back, or a strong adverb right before. */
const FRAME_BEFORE = new RegExp(`(?:${CERTAIN})[^。;!?,，]{0,8}$|(?:${STRONG_ADVERB})[被给]?$`);
/** The outcome hedged, aimed at, conditioned or asked about. */
const OUTCOME_HEDGE = /误区|谣言|传言|说法|辟谣|自行|自然(?:消退|好转|恢复)|有些|个别|偶尔|可能|有机会|有望|部分|少数|有助于|能否|是否|能不能|会不会|很难|难以|不一定|未必|并不|目标|希望|争取|尽量|尽可能|如果|假如|若|一般|通常|几天内|副作用|不良反应|需要医生|由医生/;
const ASSERTION_HIT = /^(?:效果|疗效)(?:可靠|持久|长久)$|(?:直达|直击|深入)病|^(?:靶向|精准)清除|^(?:变得|恢复|重现|还原)(?:光滑细腻|细腻光滑|白皙透亮|水润透亮|光洁无瑕|白里透红|紧致有弹性)$|^明显(?:均匀|白皙|紧致|光滑|细腻|提亮)$|^(?:很快|迅速|马上|立刻|短期内)|白发|之苦|折磨|停药|停掉|不用再|无需再|不必再|直至|直到|填满|填平|活跃起来|苏醒|复苏|还您|还你|显著|突出|确切|惊人|见效|有效|专治|激活|唤醒|叫醒|快速|稳定病情|彻底的?(?:控制|恢复)|变黑|由白|融为一体|如初|重新|告别|摆脱|不再|一天比一天|越来越|一天天/;
const ASSERTION_HEDGE = /误区|谣言|传言|说法|辟谣|可能|有助于|有利于|部分|少数|因人而异|个体差异|研究|文献|报道|\[\d+\]|指南|共识|目标|目的|希望|争取|尽量|是否|能否|能不能|会不会|要看|不一定|未必|并不|不能|无法|很难|难以|即使|如果|若|假如|(?<![只仅])需要|由医生/;
const CURE_SUGGESTION =
  '不要写“治愈”“根治”，改为描述治疗能做什么：例如“目标是控制病情进展、促进复色，效果因人而异，需要医生评估分型和分期”。白癜风目前没有公认的根治方法，如实写出这一点反而更可信。';

/**
 * Round twelve: the history of medicine (上世纪五十年代，链霉素让结核病第一次可以被治愈) tells what became curable; it
 * promises nothing to the reader, unless the clinic speaks of itself.
 */
// Round twenty-one: a folk tale retold as one (相传古时有位郎中用蒲公英治好了乳痈) promises nothing either.
// Round sixty-two (batch EE): a year of account (2025年度工作报告, 2024年度总结) is the clinic's own reporting period, not history.
const HISTORY = /相传|传说|民间故事|中医故事|古时(?:候)?有|上世纪|上个世纪|世纪(?:初|末|中叶)|\d{4}年代|[一二三四五六七八九十]{2,3}年代|(?:1[6-9]|20)\d{2}年(?!内|后|之内|以内|度)|医学史|历史上|史上首次|古代|当年的医生/;
const HISTORY_SELF = /本院|我院|我们|本中心|本诊所|本科室|本店|本堂|本馆|本所|独家/;
/** Round twelve: the restoration forms of cure-complete-result, which need a treatment in the sentence and no hedge. */
/**
 * Round fifty-seven (batch DR): a span said of a disease's patients in general (斑秃患者平均三周长出新发; 患者一般两个月头发长齐) or set
 * in a table whose rows are diseases, not patients (| 病种 | 疗程 | 效果 |…| 白癜风 | 3个月 | 白斑完全复色 |), promises the course to
 * everyone even on a case page; a case series that counts its patients (本组12例患者平均治疗8周) still reports its own course.
 */
function GENERAL_COURSE(c: { norm: string; start: number; sentence: string; sentenceStart: number; paragraphHas: (re: RegExp) => boolean }): boolean {
  if (/\d+\s?例|[一二三四五六七八九十两百]+例|本组|该组|这组|入组|纳入/.test(c.sentence)) return false;
  if (/(?:患者|病友|病人|患儿|白友|痘友)们?(?:的)?(?:平均|普遍|一般|通常|大多数?|多数|基本上?)(?:在|于|只需|只要)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 10), c.start))) return true;
  return /^\s*\|/.test(c.norm.slice(c.norm.lastIndexOf('\n', c.start) + 1, c.start)) && c.paragraphHas(/\|\s?(?:病种|疾病|病症|适应症|适应证)\s?\|/);
}

const RESTORE_HIT = /^(?:重振|雄风|(?:跟|和|像|就像|如同)(?:从来|从)?没(?:有)?(?:被|晒伤过|烫伤过|烧伤过|冻伤过|蛰伤过|蜇伤过|咬伤过|受过伤|伤过|得过(?:病|这个?病|这毛病|[\u4e00-\u9fff]{0,4}?(?:病|疹|炎|癣|痛|疮))?|生过病|病过|患过病|动过手术|做过手术|开过刀|(?:长|起|生|留|出)过(?:痘痘?|斑|疹子?|疤|痘印|痘坑|湿疹|癣|白斑|痤疮))|把|(?:还能|能|可以|就能)往回|(?:智力|视力|听力|语言能力|运动能力|身高)[^,，。;!?]{0,4}?(?:达到|恢复到|回到)|体质|重新(?:苏醒|焕活|年轻|变年轻|变直|变正|长齐|站了?起来|走了?路|长|生长|看清|听见|说话|来|有)|(?:自己|独自)走|(?:行走|走路|跑跳|听力|视力)如常|(?:可以|能够?|就能|都能|也能|即可|完全可以|就可以)(?:被)?(?:自行)?(?:完全|彻底)?(?:逆转|摘帽|回纳|复位|归位|回缩|还纳|[调补养治找长]回来)|把[^,，。;!?]{1,6}?[调补养治找长]回来|(?:像|和|跟)正常(?:人|孩子|儿童|小孩)一样(?:上学|工作|生活|走路|说话|运动|奔跑)|(?:让|使|帮)(?:您|你|孩子|宝宝|患者|大家)|(?:回到|重回|重返|恢复到|变回)|(?:全部|完全|彻底)恢复|很快(?:就)?(?:会)?(?:消失|消退|痊愈|康复|见效)|圆了?|抱上|再也不(?:用|必)(?:担心|害怕|忍受|受)|(?:终于|彻底|从此)(?:告别|摆脱)(?:了)?[\u4e00-\u9fff]{1,6}?的(?:纠缠|困扰|折磨|烦恼))/;

/** Round fifteen: the forms of the function-restored pattern of cure-complete-result. */
const RESTORE_MORE = /^(?:药|药物)(?:都|也|全)|^(?:都|全都|纷纷|陆续)|^(?:将|会|就会|终将|都将|终会|早晚会|迟早会|总会)|^(?:跟|和|像|如)[\d十二三四五六七八]|^(?:降压药|降糖药|胰岛素|安眠药|止痛药|激素|西药|结石|石头)|^(?:月经|排卵|视力|听力|血糖|血压|尿酸|血脂|甲功|肝功|各项指标|指标|功能)[^,，。;!?]{0,5}?正常$|^(?:顺利|成功)(?:怀|受|生|当)|^恢复(?:了)?正常(?:的)?(?:生活|工作|社交|学习)$|^(?:就能|即可|便能|就可以|能够?|可以)(?:让|使)/;

/**
 * Round forty-eight (batch CQ): a symptom over the whole body or in the before-treatment column (全身红斑脱屑, | 治疗前 | 治疗后 |) is the
 * disease, not a side effect of the treatment that fades.
 */
const DISEASE_SCALE = /(?:全身|满身|浑身|满脸|大面积|成片|泛发)[^,，。;!?|]{0,2}?(?:红斑|发红|泛红|红肿|脱皮|脱屑|瘙痒|水疱|水泡|肿胀)/;
const BEFORE_COLUMN = /治疗前|用药前|治疗之前|就诊前/;
/** Diseases other than vitiligo whose own symptoms (瘙痒, 红斑) are the outcome claimed, not a side effect of treatment. */
// Round fourteen: and the diseases whose symptom is pain, swelling or a blocked nose (带状疱疹后遗神经痛, 颈肩腰腿痛, 痛风, 鼻炎).
// Round fifteen: a pain clinic's pain (疼痛科…一周内疼痛完全消失), bone spurs, nodules, stones and polyps are the disease too.
// Round one hundred and thirteen (batch IC): rosacea by its everyday names (酒渣鼻, 酒糟鼻) and the acne lesions (粉刺, 毛囊炎) are diseases as 玫瑰痤疮 is.
// Round one hundred and fifteen (batch IF): the fungal infections, chilblains, cracked heels, age spots and itch of later life (脚气, 足癣, 灰指甲, 冻疮,
// 皲裂, 老年斑, 瘙痒症) are diseases too, so that their symptoms all gone (脚气、脱皮、异味全部消失) are not read as a side effect that passed.
const OTHER_DISEASE = /酒渣鼻|酒糟鼻|粉刺|毛囊炎|胃溃疡|十二指肠溃疡|消化性溃疡|幽门螺杆菌|湿疹|痤疮|痘痘|银屑病|牛皮癣|荨麻疹|皮炎|脱发|黄褐斑|扁平疣|瘢痕疙瘩|玫瑰痤疮|顽癣|神经痛|带状疱疹|颈椎|腰椎|椎间盘|关节炎|肩周炎|腰腿痛|腰腿疼痛?|腰痛|腰疼|腰肌劳损|膝关节|膝痛|足跟痛|颈肩|痛风|偏头痛|风湿|痛经|鼻炎|哮喘|前列腺|痔疮|老毛病|顽疾|疼痛科|疼痛门诊|慢性疼痛|顽固性疼痛|骨刺|骨质增生|结节|结石|息肉|囊肿|肌瘤|胃病|胃炎|咽炎|失眠|耳鸣|头皮屑|头屑|脂溢|口腔溃疡|口疮|糖尿病足|褥疮|压疮|老烂腿|下肢溃疡|静脉溃疡|难愈合|脚气|[手足体股甲头]癣|手足癣|灰指甲|冻疮|皲裂|老年斑|脂溢性角化|瘙痒症/;
/**
 * Round fifteen: acute diseases that standard treatment cures (细菌性肺炎在足疗程抗生素治疗后多数可以治愈): saying so, hedged
 * and not about the clinic, is a fact of medicine, not a promise.
 */
const CURABLE = /细菌性|肺炎|阑尾炎|感冒|流感|急性[\u4e00-\u9fff]{1,4}炎|尿路感染|扁桃体炎|中耳炎|结膜炎|手足口病|水痘|麻疹|猩红热|骨折|疟疾|结核|梅毒|淋病|丙肝|甲肝|戊肝|疝气?|胆囊结石|白内障/;
/** Round twenty-five: the match sits inside someone's quoted words (患者说：“…). */
/**
 * Round forty (batch BT): a claim quoted as what an impostor posted in the clinic's name, and disowned (近期有账号冒充我院患者发布
 * “三次治愈”的笔记，该内容并非我院发布): the sentence reports the fraud, it does not make the claim.
 */
const impostorQuoted = (c: { norm: string; start: number; sentence: string; sentenceStart: number }) =>
  /[“"「『][^”"」』]{0,12}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 12), c.start)) &&
  /冒用|冒充|假冒|盗用|仿冒|伪造|山寨/.test(c.sentence) &&
  /并非|不是(?:我院|本院|我们)|与(?:本院|我院|我们)无关|非本院|非我院|未经?授权|举报|投诉|谨防|警惕|澄清/.test(c.sentence);

const QUOTED_SPEECH = /(?:说|道|讲|表示|反馈|感慨|笑称|留言|告诉我们|自述)\s?[:：,，]?\s?[“「『"][^”」』"]*$/;
const CURABLE_BY = /抗生素|抗菌药|抗病毒|规范治疗|足量|足疗程|疗程|手术|切除|修补|复位|多数|大多|一般|通常/;

/**
 * Round twenty-eight: does a hedge in the sentence govern the match at `start`? A hedge said of others before the clinic
 * turns to its own claim (研究显示鱼油有助于心血管健康，而我们的深海鱼油…可以逆转动脉硬化) does not hedge that claim: only the part
 * of the sentence from the clinic's last self-mention before the match counts then.
 */
function hedgeGoverns(c: { sentence: string; start: number; sentenceStart: number }, re: RegExp): boolean {
  const before = c.sentence.slice(0, Math.max(0, c.start - c.sentenceStart));
  let self = -1;
  for (const m of before.matchAll(/本院|我院|我们|本中心/g)) self = m.index;
  return re.test(self < 0 ? c.sentence : c.sentence.slice(self));
}

/**
 * Round forty-one (batch BV): a promise disowned just before the result (我们无法保证每位患者的痘痘都能完全消失; 湿疹没有办法承诺
 * 不复发): the result is what cannot be promised, not a claim. Round fifty-two (batch DD): also with no doctor or treatment able to
 * promise it, a hundred per cent or not (没有任何医生能100%保证痤疮不再长).
 * Round one hundred and twelve (batch HZ): and with no quantifier before the one who cannot, named (没有医生能保证湿疹永不复发; 没有药物可以承诺不反弹): 没多久就能保证… is no one.
 */
const PROMISE_DISCLAIMED = /(?:无法|不能|没法|没有办法|没办法|不可能|不敢|谁也不能|谁都不能|没有人能|没人能|(?:没有|没)(?:任何|哪个|哪位|哪种|哪家|一个|一位|一种)[\u4e00-\u9fff]{0,4}?(?:能|可以|敢)|(?:没有|没)(?:医生|大夫|医院|诊所|机构|专家|药物|药|疗法|方法|人)(?:能|可以|敢))(?:向(?:您|你|患者))?(?:百分之百|百分百|100\s?%|完全|绝对)?(?:保证|承诺|担保|确保|打包票)[^。;!?,，]{0,16}$/;
const promiseDisclaimed = (c: { norm: string; start: number; sentenceStart: number }) =>
  PROMISE_DISCLAIMED.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 24), c.start));

/**
 * Round sixty (batch DZ): a result supposed in a concessive clause, then advice to keep coming back (即便皮损完全消退，也建议定期复诊;
 * 就算白斑全部复色了，仍需巩固治疗): the result is a supposition, not a claim. The clinic's own promise in the same sentence is not let through.
 */
const concessiveSupposed = (c: { norm: string; start: number; sentenceStart: number; sentence: string }) =>
  /(?:即便|即使|就算|哪怕|纵然|纵使)[^,，。;!?]{0,14}$/.test(c.norm.slice(c.sentenceStart, c.start)) &&
  /^[^,，。;!?]{0,10}[,，]\s?(?:也|仍|仍然|还|依然)(?:要|需|需要|应|应该|应当|建议|得|请|须|必须)[^。;!?]{0,20}?(?:复诊|复查|随访|巩固|维持|观察|治疗|用药|防晒|保湿|护理|警惕|注意)/.test(c.norm.slice(c.start)) &&
  !/本院|我院|我们|本中心|保证|承诺|一定/.test(c.sentence);

/** Round twenty-eight: chronic wounds, whose healing within a span is a cure promised, unlike a cut's. Round forty-one (batch BV):
 * and peptic ulcers, a disease whose healing is its cure (连服一个月可使胃溃疡愈合). */
/** Round ninety-three (batch GO): what a household cleaner removes (油渍, 水垢, 衣领污渍): stains, not lesions. */
const HOUSEHOLD = /油渍|油污|重油|污渍|水垢|茶垢|锈迹|锈渍|霉斑|霉渍|灶台|油烟机|马桶|地板|瓷砖|衣领|衣物|餐具|碗盘|玻璃|下水道/;

/** Round one hundred (batch HB): a garden's trees and crops, whose blight or pests are cured by gardening (院里的老梨树生了虫，今年总算治好了). */
const PLANT_ILL = /病虫害|虫害|生了虫|长了虫|(?:梨|桃|苹果|杏|枣|柿|槐|柳|松|柏|榕|桂|樟|杨|梧桐|银杏|橘|橙|李|石榴|核桃|板栗|果|古)树|庄稼|作物|苗木|花木|树木|果园|菜苗|秧苗|草坪|盆栽|绿萝|多肉|稻田|麦田/;
/** Round ninety-five (batch GR): a lump or a plaque said to melt away in full (结节彻底消散). */
const DISSOLVED = /(?:斑块|结节|肌瘤|囊肿|息肉|肿块|骨刺|增生|脂肪瘤)[^,，。;!?]{0,2}?(?:已经?|都|均|就|能够?|可以|便|会)?(?:完全|全部|彻底)(?:消融|消散|溶解|溶掉|化掉|化开)$/;

/** Round ninety-nine (batch GZ): a disease named by its ending or by name, for the cure said of any disease (老胃病也能治好, 痛风就没了). */
const DISEASE_NAMED = '(?:[\\u4e00-\\u9fff](?:病|炎|症|癣|疹)|痛风|风湿|哮喘|失眠|便秘|结节|息肉|囊肿|结石|痔疮|三高|高血压|高血糖|高血脂|糖尿病|白斑|白癜风|银屑病|牛皮癣|湿疹|脱发|老寒腿)';

const CHRONIC_WOUND = /胃溃疡|十二指肠溃疡|消化性溃疡|糖尿病足|褥疮|压疮|老烂腿|下肢溃疡|静脉溃疡|难愈合/;

/**
 * Session forty-four (recurring misses): a complaint named in the sentence, for the everyday shapes below whose verbs (弄好, 搞定, 对付, 看不出来) are said of
 * anything else too: the diseases of OTHER_DISEASE, the skin's marks and lesions, sweat and itch, and any disease by its ending.
 */
const COMPLAINT_NAMED = new RegExp(`${OTHER_DISEASE.source}|白斑|白癜风|斑|痣|疤|痘|疣|癣|疹|纹身|胎记|疙瘩|皱纹|妊娠纹|汗|狐臭|腋臭|秃|掉发|发际线|发量|过敏|痒|病根|毛病|[\\u4e00-\\u9fff](?:炎|病|症)(?![人房历号假])`);
/** Session forty-four: the complaint cured thoroughly or from the root, in plain verbs (湿疹就彻底好了, 从根上去掉了), for cure-claim; 治愈 is left to the
 * literal pattern, which finds the word on its own span (彻底zhi yu reports zhi yu). */
const THOROUGH_CURE = /(?<!(?:想|想要|希望|盼着|很难|难以|不能|无法|没法|没能|不可能|不一定能?|未必能?|觉得|以为|当成)[^,，。;!?]{0,4})(?:彻底|彻彻底底|从根上|从根本上|从根子上|从根源上)(?:地)?(?:给|被|都|就)?(?:治好|好了|好利索|去掉|去除|清除干净|清除|清干净|除掉|解决|摆脱|甩掉)(?:了)?(?![^,，。;!?]{0,4}?(?:吗|么|呢|[?？]|不现实|不太现实|不可能|很难))/;
/** Session forty-four: the complaint seen well at a place or by someone, in everyday verbs (在这边给我弄好了, 在这儿是能看好的), for cure-substitute. */
const PLACE_FIXED = /(?:(?:这边|这儿|这里|这家|我们|咱们|咱这儿?|本店|本院|主任|大夫|医生|老师傅)(?:这儿|这里|这边)?[^,，。;!?]{0,8}?(?:给(?:我|你|您|孩子|宝宝|我们|他|她)?|把[^,，。;!?]{1,8}?给)|(?:一|两|几|[1-3])次就给|(?:在|来)(?:这儿|这里|这边|我们这儿?|我们这里|咱这儿?)(?:是|都)?(?:能|可以)?(?=(?:看|瞧|医|调|调理|治)好[的了]))(?:看|瞧|医|弄|整|搞|调|调理|治|收拾)(?:好|利索|利落|定)(?=(?:的|了|啦)?(?:$|[,，。!！~～\s]))(?![^,，。;!?]{0,4}?(?:吗|么|呢|[?？]))/;
/** Session forty-four: the skin clinic's procedure needless (就不必再打激光了, 不用冷冻也不用激光), for cure-substitute. */
const PROCEDURE_NEEDLESS = /(?:不用|不必|无需|无须|用不着|省得)(?:再)?(?:去)?(?:做|打|上)?(?:激光|光子|冷冻|植皮|换肤|光电)(?:了|啦)?(?:[,，、]?\s?(?:也)?(?:不用|不必|无需)(?:再)?(?:去)?(?:做|打)?(?:激光|光子|冷冻|植皮|手术|开刀|吃药))?(?=[,，。!！~～\s]|$)|(?:不开刀|不动刀|不手术)[、,，]\s?(?:不吃药|不打针)[,，]\s?[^。;!?]{0,12}?(?:解决|搞定|治好|去掉)|(?:不用|不必|无需|无须|用不着)(?:去|跑|上)(?:医院|诊所)(?:打针吃药|吃药打针|打针|吃药)?(?=[,，。!！~～\s*]|$)|(?:就行|就够了|就好)[,，]\s?(?:不必|不用|无需)(?:再)?(?:吃药|打针|去医院)(?=[,，。!！~～\s]|$)/;
/** Session forty-four: whatever the kind, the complaint dealt with (不管什么斑，这套都能对付), for cure-universal. */
const UNIVERSAL_DEALT = /(?:不管|无论|不论|甭管|任何|啥样|什么样|哪种|哪一种|各种|各类|每一种)[^。;!?]{0,24}?(?:都|统统|通通|全都|全|一律|同样)(?:能|可以|会)?(?:给你|给您|帮你|帮您|把[^,，。;!?]{1,8}?)?(?:重新|彻底|全能|完全)?(?:对付|搞定|摆平|管用|有办法|治回来|养回来|调回来|压下去|压住|止住|洗掉|洗干净|去掉|祛掉|除掉|修平|淡化|淡掉|摆脱|拿下)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/;
/** Session forty-four: not a trace left to be seen, or the lesion all grown back or filled (一点都看不出来了, 全填平了), for cure-complete-result. */
const TRACE_GONE = /(?<![想要希望让使])(?:一点儿?|丝毫|半点)(?:印子|痕迹|印记|斑|疤|痘印|痕)?(?:都|也)?(?:看不出来?|看不到|看不见|找不着|找不到|瞧不出来?)(?:了)?|(?:淡|清|褪|洗|修|平|细)(?:到|得)(?:肉眼)?(?:完全|都)?看不(?:出来?|见|到)|(?<![等待])(?:全|全都|全部)(?:长回来|长满|长齐|填平|长平|褪光|褪没|消光|抹平|修平)了/;
/** Session forty-four: the skin or the hair back to a time before the complaint (让皮肤回到受伤之前), for cure-complete-result. */
const BACK_TO_BEFORE = /(?:皮肤|肌肤|发际线|肚皮|肚子|发量|头发|脸|肤色|头顶|手背)[^,，。;!?]{0,4}?(?:能|就能|会|可以|都能)?(?:回到|恢复到|变回)(?:了)?(?:受伤|生娃|生孩子|怀孕|长痘|长斑|得病|发病|脱发|秃顶|烫伤|生病)(?:之|以)?前|(?:皮肤|肌肤|发际线|肚皮|发量|头发|脸|肤色|头顶)[^,，。;!?]{0,4}?(?:能|就能|会|可以|都能)?(?:回到|恢复到|变回)(?:了)?(?:二十|十八|十几|二十几|\d{2})(?:多)?岁(?:时|的时候)|(?:皮肤|肌肤|发际线|肚皮|发量|头发|脸|肤色|头顶)[^,，。;!?]{0,2}?恢复得(?:跟|和|像)(?:小时候|年轻时|从前|以前|生病前)一样/;
/** Session forty-four: never back, in everyday words (脸再也没红过, 管好多年不反复), for cure-no-relapse. */
const NEVER_AGAIN_EVERYDAY = /(?:再也没|再没|就没再)(?:有)?(?:红|烂|裂|肿)过|(?:再也没|再没|就没再|再也不曾)(?:找上门|找上(?:我|来)|找过我)|以后(?:就|都|也)不会再(?:起|长|冒|犯|发)(?:了|啦)(?=[,，。!！~～\s]|$)|(?:管|保)(?:上)?(?:好多|好几|很多|十几|几十)年(?:都)?不(?:反复|复发|反弹|再长|再犯)|(?:这辈子|一辈子|下半辈子|往后余生)(?:都|也)?不(?:用|必)再(?:为(?:它|这病|这毛病|这个))?(?:操心|发愁|烦恼|犯愁)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/;
/** Session forty-four: a span, then the lesion gone down with 就 (三针下去，疙瘩就瘪了), for cure-timeline. */
const SPAN_THEN_DOWN = /(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:分钟|天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|礼拜|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来|下去)?[^。;!?]{0,12}?(?:就|便)(?:能|会|可以)?(?:明显)?(?:退下去|消下去|瘪下去|瘪|平下去|变平|平|软下去|变软|淡|变淡|合上|合拢|压下去|干净)(?:变软|变平|变淡|变小)?(?:了|啦)?(?=[,，。!！~～\s]|$)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/;
/** Session forty-four: a span, then a certainty and the lesion removed or cured (三次就能彻底去掉), for cure-timeline. */
const SPAN_THEN_REMOVED = /(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|礼拜|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来)?[^。;!?]{0,12}?(?:就能|就可以|即可|便能|就会)(?:让[^,，。;!?]{1,8}?)?(?:彻底|完全|全部)?(?:消失|去掉|祛掉|清干净|去干净|祛干净|治好|淡到看不(?:出来?|见))(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/;
/** The whole of a hit, for telling in refine() which of these shapes found it. */
const whole = (re: RegExp) => new RegExp(`^(?:${re.source})$`);
const THOROUGH_CURE_WHOLE = whole(THOROUGH_CURE);
const PLACE_FIXED_WHOLE = whole(PLACE_FIXED);
const PROCEDURE_NEEDLESS_WHOLE = whole(PROCEDURE_NEEDLESS);
const UNIVERSAL_DEALT_WHOLE = whole(UNIVERSAL_DEALT);
const TRACE_GONE_WHOLE = whole(TRACE_GONE);
const BACK_TO_BEFORE_WHOLE = whole(BACK_TO_BEFORE);
const NEVER_AGAIN_EVERYDAY_WHOLE = whole(NEVER_AGAIN_EVERYDAY);
const SPAN_THEN_DOWN_WHOLE = whole(SPAN_THEN_DOWN);
const SPAN_THEN_REMOVED_WHOLE = whole(SPAN_THEN_REMOVED);
/** Session forty-four: the lesions of the skin whose going down after a span is promised (红血丝就退下去了, 疙瘩就瘪了), not a cream's passing redness. */
const SKIN_LESION = /红血丝|血丝|疙瘩|疤|痘|斑|疹|疣|癣|裂口|口子|皮损|白斑|皱纹|闭口|粉刺|黑头|风团|瘊子|鸡眼|脸/;

/**
 * Round twelve, for cure-claim; round twenty-eight, for the literal substitutes too (灰指甲治好以后，也要注意鞋袜卫生): after
 * recovery is a time, about what may follow and what to keep doing; not a promise.
 */
// Round one hundred and twenty-four (batch IX): and what stays after recovery, the virus or the damage still there (水痘痊愈后，病毒仍潜伏在神经节里;
// 皮疹痊愈以后，神经损伤还留着): a limit that follows the recovery, not a promise.
function afterRecovery(c: { norm: string; end: number; sentence: string }): boolean {
  return /^(?:后|以后|之后)/.test(c.norm.slice(c.end, c.end + 2)) && /复发|再次|注意|仍需|仍要|也要|可能|一般|很少|少数|需要|预防|接种|容易|潜伏|残留|(?:仍|还|依然|仍然)(?:在|会|留|存在|有)/.test(c.sentence) && !HISTORY_SELF.test(c.sentence) && !/就能|保证|一定|彻底|永久|永不|不再|不会再|都不/.test(c.sentence);
}

export const efficacyRules: Rule[] = [
  // 根除治疗 (eradication therapy, of Helicobacter) is the name of a treatment, not a promise.
  {
    id: 'cure-claim',
    category: 'efficacy',
    title: '“根治”“治愈”“痊愈”等治愈断言',
    basis: BASIS.efficacy,
    message: '“根治”“治愈”“痊愈”是对治疗结果的断言。白癜风等慢性皮肤病目前没有公认的根治方法，这类说法属于保证治愈或暗示保证治愈。',
    suggestion: CURE_SUGGESTION,
    levels: levels('EEEW'),
    patterns: [
      // Round one hundred and eleven (batch HX): the cure said in the set phrase (顽固痤疮，药到病除; 这针一扎，真是针到病除): the illness gone as the remedy
      // arrives is 治愈 in four characters; denied (慢性病不可能药到病除) it is let through.
      p(/(?:药|手|针)到病除/),
      // Round one hundred and four (batch HJ): who says it cannot be cured, the cure word split by 不了 / 不掉 (谁说腋臭除不了根？ 谁说白癜风治不好？): the
      // rhetorical question asserts the cure; a real doubt put with 吗 (谁说…治不好吗) or a clause going on after it is not read.
      p(/(?:谁说|谁讲|谁告诉你|哪个说)[^,，。;!?]{0,10}?(?:治不好|治不了|好不了|没法治|没得治|除不了根|去不了根|断不了根|除不掉根|去不掉根|拔不了根|断不了)(?=\s?(?:[?？!！]|$))/),
      // Round thirty-three: the illness bidden farewell for good (您的鼻炎就跟您说再见了, 让湿疹从此和你说拜拜).
      p(/(?:病|症|炎|癣|疹|斑|痘|癜风|脱发)(?:就|便|从此|彻底|永远)?(?:会)?(?:跟|和|与|向)(?:您|你|大家|患者)(?:彻底|永远)?(?:说|道)(?:再见|拜拜|永别)/),
      // Round fifty-two (batch DB): the disease itself told goodbye with no listener, an adverb or 说 between (痤疮彻底拜拜, 湿疹统统说再见,
      // 斑秃 bye bye); 再见 as "see again" (色斑再见到阳光), a wish (想和痘痘说拜拜，先要…) and a goodbye called hard (和湿疹说再见并不容易)
      // are no promise.
      // Round one hundred and six (batch HN), in the pattern below: gen read as 根 but not right after an honorific (Dr. Gen Zhi, Prof. Gen Zhiyu),
      // where the letters are a person's name (normalize.ts reads such letters as a name too).
      // Round one hundred and nine (batch HT): nor right after a Chinese sentence introduces a name (前台的英文名是 Genzhi), as normalize.ts reads it.
      p(/(?<!(?:想|想要|要想|希望|渴望|盼望?|盼着|期待|梦想)[^,，。;!?]{0,8})(?:病|症|炎|癣|疹|斑|痘|疮|癜风|脱发|秃)\s?(?:就|便|从此|彻底|永远|统统|通通|全都|全部)?(?:说|道)?\s?(?:拜拜|再见(?![到过面了])|永别|bye\s?bye|good\s?bye)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|不容易|很难|难上加难|没那么简单|没那么容易|谈何容易))/),p(/(?:白癜风|白斑|银屑病|牛皮癣|湿疹)(?:其实)?(?:是)?(?:完全)?(?:可以|能够?)(?:好|治好|好起来)的(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:根|(?<!(?:dr|prof|mr|mrs|ms|miss|doctor|professor)\.?\s?|(?:英文名字?|名字|名叫|叫做|昵称|网名|花名|艺名|外号)(?:叫|是|为)?[:：]?\s?)gen)\s?(?:治|制|zhi)(?!疗|理)|治(?:愈|俞|瘉)(?!率)|痊(?:愈|俞|瘉)(?!率)|(?<![伤疾])病愈(?![来加发演率合])|断根|除根|去根|(?:断|除|去)了(?:病)?根(?![治本据源茎须部系底基])|根除(?!治疗|疗法|方案|率)|(?<!完)全愈|彻底康复|完全康复|永久治愈/),
      // Round ninety-nine (batch GZ): any disease, not only the skin's, said to be curable in plain words (老胃病也能治好, 慢性咽炎照样能调好); 根治 and
      // 治愈 are read by the literal pattern below, on their own span; a question (能治好吗), 能不能 and 不能 are no claim.
      // Round one hundred and thirteen (batch IB), in the pattern below: the cosmetic clinic's pigment and acne names (黄褐斑其实是能治好的, 雀斑是可以治好的, 痤疮
      // 完全能够治好): they are not in DISEASE_NAMED; 黄褐斑能治好吗 and 黄褐斑不能彻底治好 are not read.
      p(new RegExp(`(?:${DISEASE_NAMED}|痤疮|黄褐斑|雀斑|老年斑|色斑|斑秃)(?:其实|也|都|照样|一样|同样|完全|当然){0,2}(?:是)?(?<![不否没未])(?:可以|能够?)(?:彻底)?(?:治好|好起来|调好|调理好|看好)(?:的)?(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))`)),
      // Round ninety-nine (batch GZ): a disease said to be gone (少吃肉多喝它，痛风就没了; 这毛病也就不见了), and a disease said to have been cured by this
      // very means (不少老人的失眠，就是这样调好的; 我这老胃病就是喝这个茶养好的); a question is no claim.
      p(new RegExp(`${DISEASE_NAMED}(?:也|就|便|全|全都|早就|也就|自然就|立马|马上)(?:没了|没有了|不见了)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?<=${DISEASE_NAMED}[^。;!?]{0,12}?)(?:就|都|正|也)是(?:这样|这么|靠这|用这|喝这|吃这|靠它|用它|在这)[^,，。;!?]{0,6}?(?:治|调|调理|养|喝|吃|泡|灸|扎|贴|推|按|揉)好的(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))`)),
      // Round ninety-six (batch GT), in the pattern above: 断根 / 除根 / 去根 with 了 inside (灸好的胃病是去了根的; 这老寒腿算是断了病根了); 除了根治以外
      // and 豆芽去了根须 are not read.
      // Round ninety-eight (batch GX): a cure counted over many people or cases (这家老中医治好过上百个胃病; 治好了好多人的失眠; 把不少老人的腰腿疼都
      // 调理好了; 很多病友的鼻炎，就是靠这套操练好的): said of a crowd, the cure is claimed as a fact whatever verb cures; refine() asks for a disease
      // in the sentence where the verb is not 治 or 医 (很多孩子的字都是靠这本字帖练好的 is handwriting), and a folk tale or a denial is let through.
      // Round one hundred and one (batch HD): the crowd also counted as 好几 / 好些 / 几十 / 十几 (这套八段锦治好了好些人的便秘; 把十几个老人的腰疼都泡好了).
      // Round one hundred and two (batch HG): the crowd owned by the one who speaks (这套针法治好了我们科不少面瘫病人; 治好了我好几个湿疹病人), the
      // doctor's own patients counted; 要治好我们几个的懒病 counts no crowd.
      p(/(?:治|医)好(?:了|过)(?:(?:我|我们|咱们|咱|本院|我院|他|她)(?:村|科|诊所|门诊|医院|这儿|这里)?的?)?(?:不少|很多|好多|好几|好些|几十|十几|许多|无数|众多|上百|上千|成百上千|数百|数千|大批|一大批|\d+\s?(?:多|余)?)(?:个|位|名|例|人)?/),
      p(/把(?:不少|很多|好多|好几|好些|几十|十几|许多|无数|众多|上百|上千|数百|大批)[^,，。;!?]{1,10}?(?:都|全|全都)?(?:给)?(?:治|医|调理|练|泡|灸|按|养)好了/),
      p(/(?:不少|很多|好多|好几|好些|几十|十几|许多|无数|众多|上百|上千)[^,，。;!?]{1,10}?[,，]?\s?(?:就|都|全)?(?:是)?(?:靠|用|在|凭|经)[^,，。;!?]{1,10}?(?:治|医|调理|练|泡|灸|按|养)好的/),
      // Round one hundred and five (batch HM): the root of the illness said to be pulled out or dug away (调理三个月，病根彻底拔掉了; 能把痘痘的病根
      // 一次性铲除): 根治 in other words; 病根没拔掉 has a denial between and is not read, and a question or a wish is no claim.
      p(/(?<!(?:想|想要|要想|希望|很难|难以|不能|无法|没能|没有|不可能)[^,，。;!?]{0,3})病根(?:子)?(?:都|也|就|便|全)?(?:被)?(?:彻底|完全|一次性|全部|统统|连根)?(?:拔掉|拔除|拔出来?|拔了|铲除|铲掉|挖掉|挖出来?|除掉|去掉|清掉|斩断|切断)(?:了)?(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|不现实|不太现实|不可能|很难))/),
      // Round fifty-seven (batch DQ): the lesion removed for life or for good (一次治疗，终身除痘; 永久祛斑; 一辈子去疣): a cure said with
      // 除 / 祛 / 去; 永久脱毛 removes hair, not a disease, and is not read.
      p(/(?:终身|终生|永久|一辈子|永远)(?:性)?(?:地)?(?:除|祛|去|断)(?:痘|斑|疣|癣|疹|根|病根|白|癜)/),
      // Round twenty-one: a cure called no longer a dream (转阴不是梦, 根治不再是梦想), a marker cleared for good (成功转阴).
      p(/(?:根治|治愈|痊愈|转阴|断根|除根|摘帽)[^,，。;!?]{0,4}?不(?:再)?是(?:梦|梦想)|(?:成功|彻底|完全)转阴/),
      // Round forty-four (batch CD): the disease made a thing of the past (让斑秃彻底成为过去, 湿疹从此成为历史) and no root left behind
      // (痤疮不留根): a cure claimed in other words. The disease must come right before, so 这种看法已成为历史 says nothing.
      p(/(?:病|症|炎|癣|疹|斑|痘|癜风|脱发|斑秃|白发|秃)(?:就|便|也)?(?:会)?(?:彻底|永远|从此|就此|终于|统统)?(?:成为|变成)(?:了)?(?:过去式?|历史)|(?:病|症|炎|癣|疹|斑|痘|癜风|痤疮|脱发)[,，]?\s?不留(?:病)?根/),
      // Round fifteen: a question whether it can be cured, answered yes at once (能治好吗？答：当然能; 可以治愈吗？当然可以):
      // the answer makes the claim; the question alone asks. Round forty-nine (batch CU): asked with 能否 and no 吗 (能否根治？答案是
      // 可以的), and answered 可以的 or 能的.
      p(/(?:治好|治愈|痊愈|根治|断根|除根|能好|好得了|治得好|有救)(?:吗|么)?\s?[?]\s?(?:答\s?[:：]\s?)?(?<hit>(?:当然|肯定|绝对|放心)?[,，]?\s?(?:能|可以|会|有救)(?:的|啊|呀|好|治好)?|答案(?:当然)?(?:是)?(?:肯定|可以|能)的)(?=[。!,，~\s]|$)/),
      // Round one hundred and three (batch HH): why it is said the disease can be cured, answered at once with the clinic as the reason (为什么说白癜风能
      // 治好？因为我们找到了病根): the question takes the cure as given (context.ts reads the same why for the other rules); 为什么说痤疮能治好？因为
      // 规范治疗可以控制 credits no clinic and stays a question.
      p(new RegExp(`(?:为什么|为何)(?:敢)?(?:说|讲)${DISEASE_NAMED}(?:其实|也|都|完全)?(?:是)?(?:可以|能够?)(?:彻底)?(?:治好|治愈|调好|看好|好起来)(?:的)?(?:呢)?\\s?[?？](?=\\s?(?:答\\s?[:：]\\s?)?因为[^。;!?,，]{0,4}?(?:我们|咱们|本院|我院|本中心|本诊所|本店))`)),
      // Round one hundred and two (batch HG): the disease said to be cured at the clinic, the place between (痤疮在我们这儿能彻底治好; 多年的
      // 银屑病在本院被完全治愈): the plain cure claimed for the place; 不能, a question (在这里能治好吗) and a hedge (不一定能治好) are not read.
      // Round one hundred and three (batch HI): with a comma after the disease (脚上的湿疹，在我们这儿可以彻底治好).
      p(new RegExp(`(?:${DISEASE_NAMED}|痘痘?|痤疮|色斑|黄褐斑|雀斑|老年斑|白发)(?:[,，]\\s?)?(?:在|来|到)(?:我们|咱们|本院|我院|本诊所|本中心|本科|这里|这儿|咱这儿)(?:这儿|这里)?(?:都|也|就|全|已经?|全都)?(?<![不否没未])(?:能够?|可以|被)(?:彻底|完全|根本)?(?:治好|治愈|看好|调好|调理好)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))`)),
      // Round one hundred and ten (batch HV): the clinic as the place, then the means, then the thorough cure with no disease between (在我们这里通过系统的
      // 光电治疗是可以彻底治好的; 在本院用中药调理能够完全治愈): the place and the means make it the clinic's own claim; 不能, a question and a hedge are not read.
      p(/(?:在|来|到)(?:我们|咱们|本院|我院|本诊所|本中心|这里|这儿)(?:这里|这儿)?(?:通过|经过|用|靠|采用)[^,，。;!?]{1,16}?(?:是|也是|都是)?(?<![不否没未])(?:能够?|可以|就能|都能)(?:彻底|完全|根本)(?:治好|治愈|根治|除根)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and one (batch HE): the remedy or the pastime said to cure a named disease, the verb before the disease (跳广场舞能治好
      // 抑郁症, 这道汤专治胃炎): the same plain cure as 胃炎能治好, in the other word order; 不能治好, a question (能治好失眠吗) and 专治各种不服
      // (no disease) are not read.
      p(new RegExp(`(?<![不否没未别])(?:(?:能够?|可以|就能|都能|也能|准能)(?:彻底)?治好|专治)[\u4e00-\u9fff]{0,2}?${DISEASE_NAMED}(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))`)),
      // Round one hundred and eight (batch HR): a skin clinic's 专治 with the skin complaint named, perhaps called stubborn first (专治顽固性痤疮, 专治反复
      // 长痘, 专治黄褐斑): the skin names are not in DISEASE_NAMED; 专治各种不服 and a question still are not read.
      p(new RegExp(`(?<![不否没未别])专治(?:顽固性?|难治性?|反复(?:发作)?的?|多年的?|各种|各类)?(?:长)?[\u4e00-\u9fff]{0,2}?(?:痤疮|痘痘?|痘印|痘坑|闭口|粉刺|色斑|黄褐斑|雀斑|晒斑|老年斑|激素脸|酒糟鼻|疣|${DISEASE_NAMED})(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))`)),
      // Session forty-four (recurring misses, 17 rows of the last 30 batches): the complaint said cured thoroughly or from the root, in the plain verbs of getting
      // well, clearing or being rid of it (老人的湿疹就彻底好了; 能把瘢痕疙瘩彻底治好; 出汗问题已彻底解决; 斑就从根上去掉了; 都能帮您彻底摆脱; 两个月就彻底治好了): 根治 in
      // other words. refine() asks for a complaint named in the sentence, so that 彻底解决停车难 is not read; a question, a denial (不能彻底治好) and a wish are not read.
      p(THOROUGH_CURE),
      // Session forty-four (recurring misses, 3 rows): a scar, a pit, a keloid or a white patch said curable or removable, plainly or at the clinic (多年的痘疤都能治好;
      // 疤痕疙瘩在我们这儿是能彻底去掉的; 稳定期的白斑，完全可以治好), and the root of the complaint said pulled out, verb first (在我们这儿能拔掉病根); a question and 不能 are not read.
      // Round one hundred and twenty-five (batch JA), in the pattern below: the root said taken off or removed, verb first, with 摘掉 / 去掉 / 断掉 (油痤疮在我们这儿能彻底
      // 摘掉病根; 这套方子能去掉湿疹的病根 is not read, the root not right after); 很难摘掉病根 and a question are not read.
      p(/(?:痘疤|痘坑|疤痕|瘢痕|疙瘩|白斑|[^\s]疤)(?:[,，]\s?)?(?:在(?:我们|咱们|本院|我院|这里|这儿)(?:这儿|这里)?)?(?:其实|也|都|照样|完全|当然|是){0,2}(?<![不否没未])(?:可以|能够?)(?:彻底)?(?:治好|去掉|除掉|祛掉)(?:的)?(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?<!(?:想|想要|要想|希望|很难|难以|不能|无法|没能|没有|不可能)[^,，。;!?]{0,3})(?:拔掉|拔除|铲除|挖掉|除掉|斩断|摘掉|摘除|去掉|断掉)(?:了)?(?:这个|这|它的?)?病根(?:子)?(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|不现实|很难))/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const clause = c.sentence;
      if (impostorQuoted(c)) return false;
      // Round ninety-nine (batch GZ): the cure as what someone says or believes, corrected in the same sentence (很多人以为鼻炎照样能根治，其实只能控制).
      if (safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart)) return false;
      // Session forty-four: the thorough cure in plain verbs needs a complaint named in the sentence, and is not a wound's healing.
      if (THOROUGH_CURE_WHOLE.test(c.norm.slice(c.start, c.end)) && (!COMPLAINT_NAMED.test(clause) || WOUND.test(clause) && !OTHER_DISEASE.test(clause) && !/白斑|白癜风/.test(clause))) return false;
      // Round forty-seven (batch CN): the cure a relative asks the doctor to guarantee (家属要求医生保证治愈) is asked for, not claimed.
      { const lead = c.norm.slice(Math.max(c.sentenceStart, c.start - 16), c.start).match(/^(.*?)(?:保证|承诺|担保|打包票)(?:能|会|可以)?$/); if (lead && DEMANDED.test(lead[1]!)) return false; }
      // Round twelve: a wound heals (愈); it is never 根治 or 断根 (胃溃疡…都能治断根 is a cure claim).
      if (WOUND.test(clause) && !/白斑|白癜风/.test(clause) && /愈|俞|瘉/.test(c.norm.slice(c.start, c.end))) return false;
      // Round sixteen: Helicobacter is eradicated (根除成功 after a 14-day course): the infection's medical term, not a cure claim.
      if (/^根除/.test(c.norm.slice(c.start, c.end)) && /幽门螺杆菌|螺杆菌|hp感染|hp阳性|c13|c14|呼气试验/.test(c.sentence) && !HISTORY_SELF.test(c.sentence)) return false;
      // 根治性切除 is a surgical term for tumours, not a promise.
      if (/^性/.test(c.norm.slice(c.end)) && /肿瘤|癌|切除|放疗|手术范围/.test(clause)) return false;
      // Round fifteen: so is 根治术 (甲状腺癌根治术, 乳腺癌改良根治术), an operation's name.
      if (/^术/.test(c.norm.slice(c.end)) && /肿瘤|癌|切除|淋巴结|手术|术后|开展/.test(clause)) return false;
      // Round fifteen: after recovery (带状疱疹痊愈后一般很少复发, 痊愈以后仍需注意) is a time, about what may follow; not a promise.
      if (afterRecovery(c)) return false;
      // Round thirty-eight: 病愈出院 reports a patient's discharge (病愈出院的患者仍需定期随访); only a certainty word makes it a promise.
      if (/病愈$/.test(c.norm.slice(c.start, c.end)) && /^(?:出院|返校|复工|后)/.test(c.norm.slice(c.end, c.end + 2)) && !/就能|即可|便能|就可以|保证|一定|彻底|都能/.test(c.sentence)) return false;
      // Round twenty-one: a marker cleared (成功转阴) is the clinic's claim only when the clinic or its crowd of patients says it.
      if (/转阴$/.test(c.norm.slice(c.start, c.end)) && !/不(?:再)?是梦/.test(c.norm.slice(c.start, c.end)) && !/本院|我院|我们|本中心|大量|众多|上千|数百|无数|很多患者/.test(c.sentence)) return false;
      // 能否治愈, 是否痊愈: a question about the claim, asked inside a longer sentence.
      if (/(?:能否|是否|能不能|可否|会不会|可不可以)$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start))) return false;
      // 白色糠疹多可自行痊愈: a condition that resolves by itself is not a treatment's claim.
      if (/(?:自行|自然|自己|可自行|多可自行)$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start))) return false;
      if (HISTORY.test(clause) && !HISTORY_SELF.test(clause)) return false;
      // Round ninety-eight (batch GX): a crowd cured by practising, soaking or pressing names a disease, or it is some other skill learnt.
      if (/^把(?:不少|很多|好多|许多|无数|众多|上百|上千|数百|大批)|^(?:不少|很多|好多|许多|无数|众多|上百|上千)[^。;!?]*好的$/.test(c.norm.slice(c.start, c.end)) && !/(?:治|医)好(?:了|的)$/.test(c.norm.slice(c.start, c.end)) && !OTHER_DISEASE.test(clause) && !/腰突|[\u4e00-\u9fff](?:炎|痛|疼|症|癣|疹|病)(?![人房历号假])/.test(clause)) return false;
      if (/愈|俞|瘉/.test(c.norm.slice(c.start, c.end)) && CURABLE.test(clause) && CURABLE_BY.test(clause) && !HISTORY_SELF.test(clause) && !/白斑|白癜风|就能|保证|一定|彻底|永久/.test(clause)) return false;
      return true;
    },
    examples: {
      bad: [
        // Session forty-four (recurring misses): new shapes.
        '做了三个月光疗，我的手癣算是彻底好了', '多年的汗脚在这儿从根上去掉了', '老痘疤在这里其实都能治好', '手汗这毛病，我们这套针法能拔掉病根',
        '老年斑其实也是可以治好的', '这个老方子对付脚气真是药到病除', '来我们这儿靠针灸调理是可以彻底治好的', '市面上没有哪家能根治，只有我们的秘方能根治湿疹', '我们诊所专治反复长痘，三年来口碑很好', '店员说这款药膏能genzhi脚气', { text: '## 城东分院：专治难治性黄褐斑', type: 'institution' }, '老中医说：白斑可以gen zhi，不再复发', '调理三个月，病根彻底拔掉了', '我们能把痘痘的病根一次性铲除', '谁说灰指甲去不了根？', { text: '谁说痤疮好不了！', type: 'ad' }, '脚上的湿疹，在我们这儿可以彻底治好', "为什么说银屑病能治好？因为我们有独家的治疗方案", '痤疮在我们这儿能彻底治好', { text: '多年的银屑病在本院被完全治愈', type: 'institution' }, '这套针法治好了我们科不少面瘫病人', { text: '这副膏方治好了我好几个湿疹病人', type: 'ad' }, '跳广场舞能治好抑郁症', '这道老鸭汤专治慢性胃炎', "这套八段锦治好了好些人的便秘", "把十几个老人的腰疼都泡好了", "慢性鼻炎照样能调好，不用发愁", "很多人以为鼻炎照样能根治，我们这里确实能做到", "高血压其实是可以根治的", "按这个食谱吃一阵子，这毛病也就不见了", { text: "我这老寒腿就是靠这个膏药贴好的", type: 'ad' }, { text: '这家老中医治好过上百个胃病', type: 'ad' }, '我们的针灸治好了好多人的失眠', '这套推拿手法把不少老人的腰腿疼都调理好了', '很多病友的鼻炎，就是靠这套呼吸操练好的', { text: '这套灸法能“去根”，意思是病根彻底拔掉了', type: 'ad' }, "这款药膏能根治湿疹，绕过平台审核也没用", { text: "这老寒腿在我们这儿调了三个月，算是断了病根了", type: 'institution' }, "喝完三个疗程，慢性胃炎就除了根", { text: "闭口粉刺做一次果酸疗程，就能永久祛痘", type: "ad" }, { text: "2024年度总结：本科室收治的带状疱疹患者经综合治疗全部痊愈出院", type: "institution" }, "手上的扁平疣激光打完，终身去疣不用再来", {"text": "三个疗程，湿疹统统说再见", "type": "ad"}, "用了我们的祛痘膏，痘痘从此拜拜", { text: '交给我们的团队，白癜风cure不是梦', type: 'ad' }, {"text": "只需一个疗程，让银屑病彻底成为历史", "type": "ad"}, {"text": "我们的祛痘方案，痘痘不留根", "type": "ad"}, '按疗程服药，白斑半年即可病愈', '我们不承诺“几天见效”，但能让白斑彻底根治', "白癜风真的可以 治 · 愈 吗？答案是肯定的，只要方法选对",  "做完这次治疗，您的鼻炎就跟您说再见了", {"text": "让湿疹从此和你说拜拜", "type": "ad"},{"text": "根治鼻炎不再是梦想", "type": "ad"}, "经过我院的系统治疗，转阴不是梦", '问：我这鼻炎十几年了，还能治好吗？\n答：当然能，很多人在我们这里调理两个月就好了', '慢性胃炎可以治愈吗？当然可以，关键是找对方法', '手足癣能否根治？答案是能的，坚持用药就行', '来了我们这里才知道原来白癜风是可以好的', '慢性胃炎、胃溃疡，在我们这里都能治断根', '本院治疗白癜风可以根治', '坚持用药三个疗程即可痊愈', '白癜风是可以彻底治愈的', '本院可根治白癜風', '根 治 白 斑 不 是 梦',
        // Round one hundred and twenty-four (batch IX): after recovery with a promise still claims (不再 keeps it read).
        '带状疱疹在我院痊愈后，神经痛不再回来',
        // Round one hundred and twenty-five (batch JA): the root taken off, verb first, in other words.
        '老汗疱疹来我们这儿，一个疗程就去掉病根'],
      ok: [
        // Round one hundred and twenty-five (batch JA): 很难 before the verb, and a quoted claim the reader is told not to believe lightly (context.ts WARNING).
        '手部湿疹很难摘掉病根，要长期护理', '说“一周断根”的药膏，别轻易信',
        // Session forty-four (recurring misses): look-alikes the new shapes must not flag.
        '彻底解决停车难的问题，新院区开放地下车库', '湿疹很难彻底好利索，需要长期保湿', '手癣能不能彻底治好？要看真菌种类',
        '黄褐斑能治好吗？要看分型和诱因', '黄褐斑不能彻底治好，但可以控制', '慢性湿疹不可能药到病除，要长期管理', '在我们这里通过规范治疗也不能彻底治好，只能控制', '市面上并没有一抹就能根治脚气的药膏', { text: '我们不是专治痤疮的医院，痤疮请到皮肤科就诊', type: 'institution' }, '前台的英文名是 Genzhi，有事可以找她', { text: '本周值班的顾问昵称叫 zhiyu，周末在店', type: 'institution' }, '警惕那些打着“专治痤疮”旗号的美容院，它们没有医疗资质', '特邀嘉宾：Dr. Gen Zhi（银屑病门诊）', '周六讲座由 Prof. Gen Zhiyu 主讲，欢迎患者家属参加', '病根没拔掉，停药就会复发', '脂溢性脱发很难把病根彻底拔掉，需要长期管理', '谁说灰指甲治不好就不用管了，拖着会传染家人', '谁告诉你湿疹好不了的，是你看的那篇文章吗', '脚上的湿疹，在我们这儿能彻底治好吗？要看类型', '脚上的湿疹，在我们这儿不能彻底治好，只能控制', "为什么说痤疮能治好？因为大多数人规范治疗后可以控制", "为什么说白癜风难治？因为我们对发病机制了解还不够", '湿疹在我们这儿能治好吗？要看分型', '痤疮在这里不能保证彻底治好，需要长期管理', '他说要治好我们几个的懒病，天天拉着去跑步', '苦瓜不能治好糖尿病，别信', '喝热水能治好失眠吗？先找原因', '这孩子专治各种不服', "老师傅修好了好几台旧收音机", "把十几个坏掉的水龙头都修好了", "慢性鼻炎能治好吗？要看类型", "很多人以为鼻炎照样能根治，其实只能控制", "吃了止痛药，头痛就没了，但病因还要查", "失眠就是这样一天天加重的，要早点调整作息", "糖尿病能治好的说法不可信", '很多孩子的字都是靠这本字帖练好的', '相传这位郎中治好了很多村民的怪病，这只是民间故事', '我们没能治好每一位患者，疗效因人而异', '医生们都看好了很多新疗法的前景', '老农说给果苗“断根”，指的是剪掉过长的主根', '书里写的“除根”，意思是把杂草连根拔起', "把宣传语里的“治愈”换成“治■愈”，并不能瞒过广告审核", "豆芽去了根须再下锅炒", "湿疹很难断了根，要长期护理", "激光可以永久脱毛，但需要多次治疗", "痘痘没有一劳永逸的办法，所谓永久祛痘的说法不可信", "想和痘痘说拜拜，先要规律作息", "和湿疹说再见并不容易，需要长期护理", "色斑再见到阳光会加深，记得防晒", '手足癣能否根治？答案是否定的，但可以控制', '孩子的湿疹治好了吗？复诊时请医生看看', '有家长要求医生保证治愈，医生解释了这个病需要长期管理', '银屑病目前无法cure，需要长期管理', '本院从不向患者承诺“三天止痒”“一次断根”这类结果，慢性皮肤病需要长期管理', "“白癜风是不治之症”的看法已经成为历史，但目前仍无法根治", "过去用来治疗银屑病的砷剂如今已成为历史", '很多患者会在搜索框里输入“银屑病根治”，我们必须诚实地说：银屑病目前还无法根治', { text: '有账号冒用本院名义发布“包治断根”的视频，并非我院发布，已向平台举报', type: 'institution' }, '病愈出院的患者仍需定期随访', "白癜风可以治愈吗？目前的答案是否定的，但病情可以控制",  "和您说再见之前，医生叮嘱了复诊时间", "湿疹需要长期管理，很难和它彻底说再见，但可以控制得很好",'有人在网上用“gen zhi”之类的拼音绕开审核宣传根治，这是典型的违规广告手法', {text: "白癜风的疗程较长，并不是疗程结束就等于痊愈，还要定期复查", type: "kepu"}, "HPV感染者多数可以在两年内成功转阴，定期复查即可", {"text": "患者治疗12周后HBV DNA转阴，继续随访", "type": "case"}, '幽门螺杆菌根除治疗后4周复查呼气试验，结果阴性才算根除成功', 
        '骨折的完全愈合一般需要三个月左右，期间不要负重',
        '白癜风是可以好的吗？',
        '白癜风目前无法根治，但多数患者的病情可以得到控制',
        '目前还没有能够根治白癜风的药物',
        '警惕“根治白癜风”的广告',
        '白癜风能根治吗？',
        '微针留下的小伤口一般几天内就会痊愈',
        '白色糠疹多数可以自行痊愈',
        '上世纪四十年代，青霉素让许多感染第一次可以被治愈',
        '幽门螺杆菌感染者一般应考虑根除治疗',
        '细菌性肺炎在足疗程的抗生素治疗后多数可以治愈',
        '带状疱疹痊愈后一般很少复发，免疫力低下者仍可能再次发作',
        // Round one hundred and twenty-four (batch IX): what stays after the recovery is a limit.
        '唇疱疹痊愈以后，病毒依然留在体内，劳累时会再冒出来',
        { text: '我院甲乳外科开展甲状腺癌根治术，术后安排长期随访', type: 'institution' },
        '问：白癜风能治好吗？\n答：能不能治好要看分型和分期',
        '问：腹股沟疝能治愈吗？\n答：可以通过手术修补，术后仍有一定复发率',
      ],
    },
  },
  {
    id: 'cure-substitute',
    category: 'efficacy',
    title: '“治疗好”“治得好”等换了说法的治愈断言',
    basis: `${BASIS.efficacy} ${BASIS.garbled}`,
    message: '“治疗好”“治得好”“从根本上解决”仍然是在断言能治愈，只是换了说法；其中“治疗好”多是替换工具把“治愈”机械替换后留下的病句。',
    suggestion: `${CURE_SUGGESTION} 不要用替换工具改字，整句重写。`,
    levels: levels('EEEW'),
    patterns: [
      // Round thirty-five (batch BG): 经过系统治疗都已经好利索了; 孩子的病已经彻底好了，现在不用再遮.
      // Round ninety-three (batch GO): the totality doubled for emphasis, with no 已经 (泡了两个月，彻彻底底好了; 完完全全好透了): a question asks.
      p(/好利索|(?:已经|都已|已|都)(?:彻底|完全)好(?:了|透了)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?:完完全全|彻彻底底)(?:地)?好(?:了|透了|利索了)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round forty-four (batch CD): treated until clean, in slang (把荨麻疹治利索, 能给你治干净, 治彻底了): the cure said with the verb
      // 治 and a word of thoroughness; 治不干净 is no claim, and a question asks.
      p(/治(?:得|的)?(?:利索|利落|干净|彻底)(?:了)?(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round fifty-nine (batch DW): every patient treated said to be cured (治一个好一个, 来一位治好一位, 看一例好一例): the cure claimed
      // for all who come; 看一个病人就负责一个 claims no cure and stays.
      p(/(?:治|看|来|收)一(?:个|位|例|名)(?:就)?(?:治)?好一(?:个|位|例|名)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(SUBSTITUTE),
      // Round one hundred and eight (batch HS), in the pattern below: a bath or a fumigation as the remedy and a drug taken by mouth or put on the skin as what it
      // replaces (中药熏洗替代激素药膏，温和不刺激); 熏蒸不能代替药物 puts a word between, and a slogan called a saying is let through by refine().
      // Round ninety-nine (batch GZ): the remedy said outright to take the place of medicine, as a slogan with no 可以 / 能 (「食疗代替药疗」; 以食代药;
      // 用推拿代替吃药); refine() lets a question, a denial or a warning through (食疗不能代替药物, 能否用食疗代替药物要听医生的).
      // Round one hundred and ten (batch HW): the remedy said to take the place of every drug or treatment at once, with no frame (一支外用凝胶代替全部药物治疗;
      // 一台仪器取代所有西药): the whole of the care claimed; 不能代替全部药物 and 无法替代一切药物 are denials, and a question asks.
      // Round one hundred and twelve (batch IA): whatever the product, said able to take the place of the drug a doctor prescribes (每天涂足量的润肤乳，完全可以代替
      // 医生开的药膏; 这款洗剂能替代处方药): the care claimed in full; 不能代替, 是否可以代替 and a question are let through.
      p(/(?<![不无没难否])(?:完全|彻底)?(?:可以|能够?|就能|足以)(?:代替|替代|取代)(?:医生|医院|大夫|诊所)?(?:开|配|给)?的?(?:药膏|药物|药|激素药膏|激素|处方药|口服药|外用药|西药)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(/(?<![不无没难])(?:代替|替代|取代)(?:全部|所有|一切)的?(?:药物|西药|药|治疗|手术|疗法)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and twelve (batch HZ), in the pattern below: 能 / 可以 between the remedy and the verb (推拿完全可以取代抗过敏药), and the
      // drugs of psoriasis and eczema care as what it replaces (生物制剂, 免疫抑制剂, 抗组胺药); 药浴不能代替生物制剂 puts 不 first and is not read.
      p(/以(?:食|茶|膳|汤|粥|灸|针)代药|(?:食疗|药膳|食补|推拿|针灸|艾灸|理疗|刮痧|拔罐|按摩|泡脚|足疗|膏方|药茶|茶疗|药浴|中药浴|泡浴|熏蒸|熏洗|外洗|熏疗)(?:完全)?(?:能够?|可以)?(?:代替|替代|取代|顶替)(?:了)?(?:药疗|药物|吃药|服药|西药|打针|药片|打针吃药|吃药打针|口服药|外用药|激素药膏|激素|药膏|生物制剂|靶向药|免疫抑制剂|抗组胺药|抗过敏药|注射)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round fifty (batch CV): a home remedy's own verb with 好 under a certainty frame (老湿疹也能给泡好, 这种癣一定能帮你洗好, 多年的
      // 荨麻疹都能调好): 治好 said with the remedy's verb. The clause must end there, so 能调好水温 and a question (能泡好吗) pass.
      p(/(?<![不没未])(?:也|都|就|准|肯定|一定|保准)(?:能|可以|会)(?:给|帮|替|把)?(?:你|您|它|孩子|宝宝)?(?:给)?(?:泡|洗|敷|涂|擦|搽|扎|灸|熏|调|调理|养|喝|吃|贴)好(?:的|了|啦)?(?=$|[,，。!！~～\s])/),
      // Round eighty-five (batch FX): the clinic itself as the frame, the remedy's verb made thorough (我们能给您彻底调理好, 本院可以帮孩子
      // 完全养好): 治好 said by the one who sells it. The clause must end at 好, so 我们可以帮您把水温调好再泡 and 我们不能给您调理好 pass.
      p(/(?<![不没未])(?:我们|我院|本院|本中心|本诊所|本店|我们医生)(?:都|也|就)?(?:能|可以|会)(?:给|帮|替)?(?:你|您|孩子|宝宝|大家)?(?:给)?(?:彻底|完全|从根上|根本上)(?:泡|洗|敷|涂|擦|搽|扎|灸|熏|调|调理|养|贴)好(?:的|了|啦)?(?=$|[,，。!！~～\s])/),
      // Round one hundred and sixteen (batch II): the one who treats said able to see the patient well, 看 or 医 as the verb with 给 / 帮 and the patient
      // (头皮屑这毛病，我们这儿能给你看好; 这种斑秃我们可以帮您医好的): 治好 in the clinic's everyday words. The clause must end at 好, so 前台会帮您看好
      // 复诊时间 and a question (能给我看好吗) pass, and 不能给你看好 is not read.
      p(/(?<![不没未])(?:能够?|可以|会|保准|包)(?:给|帮|替)(?:你|您|孩子|宝宝|大家|你们)(?:给)?(?:看|医)好(?=(?:的|了|啦)?(?:$|[,，。!！~～\s]))/),
      // Round one hundred and twenty (batch IQ): a complaint named and then, under a frame of certainty or agency, the everyday verbs 整好 / 弄好 / 搞好 / 收拾好
      // (嵌甲折腾半年，去了两次就给整好了; 脚后跟裂口子？交给我们就能弄好): 治好 in a patient's or a shop's words. The complaint must come first (up to 16 characters
      // back, a question mark allowed, a full stop not), the clause end at 好, and 不 / 没 / 不是…就能 stop it (灰指甲不是去两次就能弄好的); 挂号手续前台就能帮您弄好 names no complaint, and a question asks.
      p(new RegExp(`(?<=(?:${DISEASE_NAMED}|嵌甲|甲沟|灰指甲|灰甲|脚气|跖疣|[^\\s]疣|鸡眼|裂口|皲裂|老毛病|顽疾)[^。;!！\\n]{0,16}?)(?<![不没未])(?<!(?:不是|并非|并不是|没法|不能|别想|别指望|哪能)[^,，。;!?]{0,6}?)(?:就|都|也|准|肯定|一定|保准|全)(?:能|可以|会)?(?:给|帮|替)?(?:你|您|孩子|宝宝|大家)?(?:给)?(?:整|弄|搞|收拾|拾掇)好(?=(?:的|了|啦)?(?:$|[,，。!！~～\\s]))(?![^,，。;!?]{0,4}?(?:吗|么|呢|[?？]))`)),
      // Round one hundred and seventeen (batch IJ): the same told after the fact, the disease named and then who saw it well (我爸的银屑病就是孙大夫给看好的;
      // 多年的老湿疹让这家医院给医好了; 孩子的癣是被王医生看好的): a cure credited to a doctor or a clinic. The disease must come first and the clause end at
      // 好的 / 好了, so 孩子是奶奶给看好的 (looked after) names no disease, and a question (是谁给看好的？) asks.
      p(new RegExp(`${DISEASE_NAMED}[^,，。;!?]{0,6}?(?:就|都|也|全)?(?:是|让|被|叫|由)[^,，。;!?]{1,8}?给(?:看|医|治)好(?=(?:的|了|啦)(?:$|[,，。!！~～\\s]))(?![^,，。;!?]{0,4}?(?:吗|么|呢|[?？]))`)),
      // Round nineteen: an operation or a course, once done, and it is well (我们的鼻窦炎微创手术做完就好).
      p(/(?:手术|治疗|疗程|消融|微创|针灸|理疗|针刀|正骨|推拿)[^,，。;!?]{0,4}?(?:做|打|扎|治)完(?:了)?(?:就|便|即)(?:好|痊愈|康复)(?:了)?(?![好吗么?？])/),
      // Round sixteen: "it is not that it cannot be cured, it is that…" (鼻炎不是治不好，而是你没找对方法) asserts that it can.
      p(/(?:不是|并非|并不是)(?:治不好|治不了|好不了|没法治|不能根治)[,，]?\s?(?:而是|只是|是因为|关键是|问题是)/),
      // Round twenty-one: not incurable, as long as the right way is found (牛皮癣并不是治不好的病，只要找对方法…).
      p(/(?:不是|并非|并不是)(?:治不好|治不了|好不了|没法治)的(?:病|疾病|绝症)?[,，]\s?(?:只要|只需|关键(?:是|在于)?)/),
      // Round ninety-three (batch GO): the treatment offered as the substitute itself (小针刀是替代关节置换手术的理想方案, 取代降糖药的首选疗法), and
      // not one pill or shot needed any more (坚持调理，现在一粒药都不用吃了; 一针都不用打): refine() lets through an indication left to the
      // doctor (部分患者…由医生评估); 一片药都没吃 (a course told) has no 不用 and is not read.
      p(/(?:替代|取代|代替)[\u4e00-\u9fff]{0,4}?(?:手术|开刀|药物|吃药|打针|激素|西药|胰岛素|降压药|降糖药)的(?:好|最佳|理想|首选|不二)?(?:选择|方案|办法|方法|疗法|途径)|一(?:片|粒|颗|口|针|支|包)(?:[\u4e00-\u9fff]{0,3}?药)?(?:都|也)(?:不用|不需要|不必|无需|用不着)(?:再)?(?:吃|服|打|用)(?:了)?/),
      // Round ninety-four (batch GP), in the pattern below: surgery said to be replaceable by the treatment in a cut's words (艾灸完全可以代替切除);
      // the drug given up said with 再也不用 or 靠 and a painkiller or sleeping pill (再也不用靠止痛片硬扛); the lifelong drug stopped with an
      // adverb of time first (降压药慢慢就可以不吃了, 胰岛素我都停了半年了), a warning or a doctor's decision let through by refine(); and surgery
      // said to be not necessarily needed when the treatment does as well (不一定非要开刀，正骨一样能让突出的地方回位).
      // Round ninety-seven (batch GV), in the pattern below: the lifelong drug said to be stopped sooner or later (胰岛素早晚能停, 降压药迟早可以不吃),
      // as 慢慢就可以不吃了, or tapered off (降压药就能慢慢减掉); a question (降压药早晚能停吗) asks, and a doctor deciding it is let through.
      // Round ninety-three (batch GN): a lifelong drug said to be needed no more, in either order (降压药就不用再吃了, 不用再打胰岛素), as the
      // existing 不用终身服药; a doctor deciding it for a patient who qualifies is let through by refine().
      // Round ninety-seven (batch GV), in the pattern below: the drug replaced named as the drug of a complaint (完全可以代替抗生素, 能代替止痛药,
      // 可以顶替胃药), and 顶替 as a verb of replacing; 不能代替抗生素 is no claim, and a drip is left out (口服补液盐可以代替输液
      // is the rule for mild dehydration).
      // Round one hundred and two (batch HG), in the pattern below: the drug replaced named as the one the hospital or the doctor prescribed
      // (完全可以代替医生开的止痛药, 能替代医院配的激素药膏); 不能代替医生开的药 is no claim.
      // Round one hundred and five (batch HM), in the pattern below: 就 as the frame with 了, and the drug said as a long-taken oral one (用果酸
      // 加红光就代替了长期口服消炎药); 不能就此代替口服药 has no 就 before the verb and is not read, and refine() lets a doctor's decision through.
      // Round one hundred and six (batch HN), in the pattern below: a long-used injection or immune drug of psoriasis or eczema needed no more (做了光疗，生物制剂
      // 就不用再打了, 免疫抑制剂以后都不用吃了), as the other long-used drugs; 生物制剂要不要继续打由医生决定 is no claim.
      // Round one hundred and six (batch HN): the drug stopped, then the treatment sold put in its place in the next clause (可以停掉甲氨蝶呤等口服药，由我们的
      // 中药熏蒸代替; 可以停掉口服的抗过敏药，用艾灸来替代): the substitute claimed in two steps; a question or a doctor's decision is let through by refine().
      p(/(?:可以|能|就|已经|都)?(?<!是否|能否|能不能|可否|要不要|该不该|评估|考虑)(?:停掉|停用|停了|戒掉|不吃)[^,，。;!?]{0,10}?(?:药|制剂|激素|胰岛素)(?:了)?[,，]\s?(?:改)?(?:由|用|靠)[^,，。;!?]{0,10}?(?:来)?(?:代替|替代|取代|顶替)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round twelve: a treatment said to replace drugs or surgery (推拿可以替代药物治疗), or surgery made needless because
      // the lesion will go anyway (甲状腺结节不用开刀，调理三个月即可自行消散).
      // Round one hundred and six (batch HO), in the pattern below: the written 可 alone (射频消融治疗腋臭，可替代传统手术切除); 不可替代 and 无可替代 are not read.
      p(/(?:可以|(?<![不无])可|能够?|完全(?:可以|能)?|足以|(?<![不没])就)(?:替代|取代|代替|顶替)(?:了)?(?:长期|终身)?(?:口服|外用)?(?:传统|常规|外科|西医|开放|(?:医院|医生|大夫|门诊|诊所)(?:里)?(?:开|配|给)的)?[\u4e00-\u9fff]{0,3}?(?:药物|吃药|服药|手术|开刀|打针|激素|西药|化疗|胰岛素|切除|摘除|置换|透析|放疗|抗生素|消炎药|止痛药|止痛片|止泻药|退烧药|退热药|安眠药|抗抑郁药|胃药|降压药|降糖药)|(?:不必|不用|无需|无须)(?:再)?(?:终身|长期|一辈子)(?:服药|吃药|用药|打针|打胰岛素|透析)|(?:(?:不用|不必|无需|无须|不需要)再|再也(?:不用|不必|不需要))(?:吃|服用?|打|用|注射|依赖|靠)(?:降压药|降糖药|降脂药|胰岛素|止痛药|止痛片|安眠药|激素)|(?:降压药|降糖药|降脂药|胰岛素|抗过敏药|抗组胺药|止痒药|止痛药|止痛片|安眠药|生物制剂|免疫抑制剂|靶向药|激素(?:药膏|软膏|乳膏|药)?|[\u4e00-\u9fff]{0,3}?药膏)(?:从此|以后|往后|今后)?(?:都|也|就|全都)?(?:可以|能)?(?:不用|不必|无需|无须|不需要)(?:再)?(?:吃|服|打|用|注射|涂|抹|擦)(?:了|啦|喽|咯)|(?:药膏|软膏|乳膏|药片|激素药|抗过敏药|降压药)(?:从此|以后|往后|今后|终于|总算)(?:就)?(?:可以|能)?(?:扔掉|丢掉|扔了|丢了|扔进垃圾桶|扔一边)(?:了|啦)?|(?:降压药|降糖药|降脂药|胰岛素|安眠药|激素(?:药膏|软膏|乳膏|药)|抗组胺药|抗过敏药)[^,，。;!?]{0,3}?(?:慢慢|渐渐|逐渐|逐步|早就|早已|已经|都|也|就){1,2}(?:可以|能)?(?:不吃|不打|不用|不涂|不抹|停掉?|停用)(?:了|啦|喽|咯)|(?:降压药|降糖药|降脂药|胰岛素|安眠药)[^,，。;!?]{0,3}?(?:早晚|迟早|很快|总有一天)(?:就)?(?:会|可以|能)?(?:不吃|不打|不用|停掉?|停用|戒掉)(?:了|啦|喽|咯)?(?=[,，。!！~～\s]|$)|(?:降压药|降糖药|降脂药|胰岛素|安眠药)[^,，。;!?]{0,3}?(?:就|也|都)?(?:可以|能)?(?:慢慢|渐渐|逐渐|逐步)(?:地)?(?:减掉|减下来|撤掉|减停)(?:了|啦)?(?=[,，。!！~～\s]|$)|(?:不用|无需|无须|不必|免|不一定非?(?:要|得))(?:开刀|手术|动刀|做手术)[^。;!?]{0,16}?(?:即可|就能|就可以|便能|也能|照样能?|一样能|同样能|(?:自己|自然|慢慢)就)[^。;!?]{0,8}?(?:消散|消失|消退|痊愈|治愈|康复|复位|回位|归位|回纳|消掉|化掉|散掉|散开|化开|消下去|化了|没了|消了|好)/),
      // Round one hundred and seven (batch HP), in the pattern below: 基本 as the adverb, the drug all but stopped (做了移植，激素药膏基本可以停掉); 能否基本停掉
      // puts a word between and is not read, and a question (基本可以停掉吗) asks.
      // Round one hundred and seven (batch HQ): the treatment sold said to take the place of whatever is taken by mouth or put on the skin, the drug
      // named by any name (低频光照就可以代替口服维生素类药片, 这款精华完全能够取代外用的生发酊), or of a hair transplant (头皮理疗可以替代植发); and
      // its effect said to equal an operation's (效果跟植发差不多, 效果不亚于做一次手术). 不能代替口服药 and 能否替代植发 are let through by negation and
      // refine(); 效果跟植发后一样需要养护 has no word of likeness after the operation and is not read.
      p(/(?:可以|(?<![不无])可|(?<![不])能够?|完全(?:可以|能够?)?|(?<![不没])就(?:能|可以)?)(?:替代|取代|代替|顶替)(?:了)?(?:长期|终身|传统|常规)?(?:的)?(?:(?:口服|外用|内服|外涂)(?:的)?[\u4e00-\u9fff]{1,6}|植发|毛发移植|种发|种植头发)|效果(?:跟|和|与|同)(?:做)?(?:一次|一台)?(?:植发|手术|开刀|毛发移植)(?:差不多|一样|相当|相同|没两样|无异)|效果(?:不亚于|堪比|媲美)(?:做)?(?:一次|一台)?(?:植发|手术|开刀|毛发移植)/),
      // Round one hundred and six (batch HO): the long-used drug said to be stopped outright with 完全 (用上以后激素药膏完全可以停掉; 抗组胺药完全能停了):
      // the treatment sold in its place; 激素药膏能否完全停掉要听医生的 and 不能完全停掉 put a word between and are not read, a question (完全可以停掉吗)
      // asks, and a doctor's decision is let through by refine().
      // Round one hundred and nine (batch HT), in the pattern below: 就 or 都 after the adverb (抗生素基本上就可以停掉了), and the skin's own drugs by name
      // (外用药, 消炎药, 维A酸, 抗真菌药); and an operation said needed no more with 再, the clause closed by 了 (疤痕不用再去医院动刀切除了, 腋下的汗腺
      // 不必再挨一刀了): what is sold takes the operation's place. A question (是不是不用再开刀了？) asks and is not read.
      // Round one hundred and eleven (batch HY), in the pattern below: the operation may be a hair or skin transplant (涂上这款精华，就不必再花钱种发了;
      // 不用再去做植皮了): the product takes its place the same way; 植发后不用再去医院换药了 names no operation after 再.
      p(/(?:降压药|降糖药|降脂药|胰岛素|安眠药|抗组胺药|抗过敏药|止痒药|止痛药|口服药|外用药|消炎药|抗生素|维a酸|维甲酸|抗真菌药|激素(?:药膏|软膏|乳膏|药)?|[\u4e00-\u9fff]{0,3}?药膏)(?:以后|往后|从此)?(?:就|都|也)?(?:完全|基本(?:上)?)(?:就|都|也)?(?:可以|能)(?:停掉?|停用|不用|不吃|不涂|不抹|戒掉|丢掉)(?:了|啦)?(?=[,，。!！~～\s]|$)|(?:不用|不必|无需|无须|不需要|用不着)再(?:去|到|上)?(?:医院|大医院|外科)?(?:动刀|开刀|做手术|挨刀|挨一刀|动手术|(?:做|花钱)?(?:植发|种发|毛发移植|植皮))(?:切除|切掉|割掉|去掉)?(?:了|啦)(?=[,，。!！~～\s]|$)/),
      // Round one hundred and four (batch HK), in the pattern above: the drug needed no more may be any long-used one of the skin or of pain and
      // sleep, with 可以 / 能 and 涂 / 抹 (做完穴位贴，止痒药就可以不用吃了; 敷上这款面膜，药膏以后都不用涂了), or thrown away for good (喝了半年，激素药
      // 从此就可以扔掉了); 过期的药膏就要扔掉 has no 从此 and is not read, and a doctor's decision is let through by refine().
      // Round one hundred and two (batch HF), in the pattern above: a skin patient's long-used drug stopped the same way (做了光疗，激素药膏就可以停了;
      // 抗过敏药慢慢就能停掉了): the treatment sold in its place; 激素药膏能不能停要听医生的 asks, and a doctor's decision is let through by refine().
      // Round ninety-nine (batch GZ), in the pattern above: the lump said to melt away as 散掉 / 散开 / 化开 / 消下去 (结节不一定要开刀，艾灸也能慢慢散掉).
      // Round ninety-six (batch GT): surgery said to be needless after a treatment the sentence names (做了小针刀松解，椎间盘突出根本用不着开刀), or
      // needless because a home remedy will do (结节不用切，喝三个月消瘤茶就行; 不用开刀，贴几贴膏药就够了); refine() asks for the treatment and lets a
      // hedge, a doctor's decision or plain watching (定期复查就行) through.
      // Round ninety-eight (batch GX): a stent, a bypass or surgery put off at the end of a clause with no adverb (不必再去放支架), or the operation
      // itself said to be skipped (膝关节置换可以不做了); refine() asks for the treatment named and lets a hedge or a doctor's decision through.
      p(/(?:不必|不用|无需|无须|用不着|犯不着)(?:再)?(?:去)?(?:医院)?(?:做|放|装|下|挨|动|搭)?(?:支架|搭桥|手术|开刀)(?:了)?(?=[,，。;!?！~～]|$)|(?:手术|开刀|支架|搭桥|置换)(?:都|也|就)?(?:可以|能)?(?:不做|不用做|不动|免了|省了|不用开|不用放|不用装|不用搭)(?:了)?(?=[,，。;!?！~～]|$)/),
      // Round one hundred and one (batch HD): the remedy after the comma steamed, exercised, eaten or washed too (腰突不用手术，来汗蒸几回就好).
      p(/(?:根本|完全|压根|也|都|就|再也)(?:就)?(?:用不着|不用|不需要|没必要|犯不着|无需|不必)(?:再)?(?:开刀|手术|动刀|做手术|挨刀|挨一刀|切除|割掉|切掉)(?:了)?(?=[,，。;!?！~～]|$)|(?:不用|无需|无须|不必|用不着|免)(?:开刀|手术|动刀|做手术|切|割|切除|摘除)[,，]\s?[^。;!?]{0,12}?(?:喝|贴|敷|灸|泡|扎|调理|调|熏|揉|按|蒸|练|吃|洗)[^。;!?]{0,10}?(?:就行|就好|就够了|就可以了?|即可|就能解决)/),
      // Round ninety-six (batch GT): the drug set aside for the clinic's kind of treatment with 与其…不如 (与其天天吃止痛片，不如每周来做两次推拿); advice to
      // find the cause first (与其乱吃止痛药，不如先去医院查清病因) names no treatment, and one taken alongside (不如配合理疗) replaces nothing.
      // Round ninety-nine (batch GZ), in the pattern below: or for a drink or a soup (与其吃降糖药，不如每天喝玉米须水; 与其吃安眠药，不如睡前喝碗
      // 酸枣仁汤); advice to drink water and rest with no remedy named (不如多喝水多休息) is not read.
      // Round ninety-seven (batch GV): a procedure declined (抽积液, 穿刺, 照蓝光, 打激素, 打封闭), then the remedy said to make the lesion go (膝盖积液不用抽，
      // 贴三个月膏药就吸收了): refine() asks for the remedy and lets a hedge through (少量积液一般不用抽，休息几周就能自行吸收).
      p(/(?:不用|不必|无需|无须|用不着|免)(?:再)?(?:抽(?:液|水|积液)?|穿刺|照(?:蓝)?光|打激素|打封闭)(?:[,，]?\s?(?:也|更)?(?:不用|不必|无需|无须|用不着)(?:再)?(?:打针|吃药|抽(?:液|水)?|穿刺|打激素|打封闭|手术|开刀))?[,，]\s?[^。;!?]{0,14}?(?:就能|就会|就可以|便能|也能|一样能|即可|就)(?:慢慢|自己|全部|完全)?(?:吸收|消退|消散|退|消|好)(?:了|掉|下去|干净){0,2}(?=[,，。!！~～\s]|$)/),
      // Round ninety-seven (batch GV): the drug declined, then the remedy said to replace it or to be enough (不用吃催乳药，喝我们的猪蹄汤就够了;
      // 胃痛别急着吃西药，揉足三里就能顶替胃药; 不用吃止泻药，喝这包冲剂就能代替): refine() asks for the remedy after the comma and lets a hedge or a
      // doctor's decision through; plain care with no remedy (感冒不用吃抗生素，多喝水多休息就行) is advice, not a substitute.
      p(/(?:不用|不必|无需|无须|用不着|不需要|别急着|不要急着|别|不要)(?:再)?(?:吃|服|服用|打|用|抹|涂)[^,，。;!?]{0,5}?(?:药|片|针|激素|胰岛素)[,，]\s?[^。;!?]{0,14}?(?:就够了|就行了?|就好了?|即可|就可以了?|(?:就能|就可以|便能|也能|一样能|完全可以|完全能|可以|能)(?:代替|替代|顶替|取代))/),
      // Round one hundred and three (batch HH): rather than go to the hospital or the doctor, better use our own thing at home (与其跑医院排队，不如在家泡这个
      // 药浴包; 与其去看皮肤科，还不如涂我们的修复膏): the product takes the doctor's place; 与其跑医院排队，不如提前在网上预约 replaces no doctor.
      p(/与其(?:去|跑|上)?(?:看)?(?:医院|诊所|门诊|医生|大夫|[\u4e00-\u9fff]{1,2}科)[^,，。;!?]{0,6}?[,，]\s?(?:还)?不如(?![^,，。;!?]{0,6}?(?:配合|结合|同时|辅助|加上|先))(?:在家|自己|直接)?[^,，。;!?]{0,4}?(?:泡|涂|抹|喝|吃|用|贴|敷|熏|来)(?:上)?[^,，。;!?]{0,4}?(?:这|本店|我们|咱家|我家|本品|店里)/),
      p(/与其(?:天天|每天|长期|一直|总是|常年|老是|整天)?(?:吃|服|打|靠|用|抹|涂|依赖)[^,，。;!?]{0,6}?(?:药|片|针|激素|胰岛素|药膏)[^,，。;!?]{0,4}?[,，]\s?(?:还)?不如(?![^,，。;!?]{0,6}?(?:配合|结合|同时|辅助|加上))[^,，。;!?]{0,8}?(?:推拿|针灸|艾灸|理疗|刮痧|拔罐|贴敷|敷贴|膏方|食疗|药膳|功法|按摩|足疗|泡脚|(?:泡|洗|烫)[^,，。;!?]{1,3}?脚|熏蒸|正骨|站桩|太极|(?:喝|泡|煮|炖)[^,，。;!?]{0,6}?(?:茶|汤|(?<![多热温开白凉冷喝])水|粥|饮|汁|酒)|(?:来|到)(?:我们|本院|本馆|本店|这里)|(?:来|到)(?:泡|做|按|灸|练|扎|刮|推|熏))/),
      // Round ninety-eight (batch GX), in the pattern above: the foot soak split by a count (不如睡前泡一泡脚) and the visit named by what is done there
      // (不如每周来做两回理疗); 不如来医院查查病因 names no treatment. Below: a drug said to be needed no more once a remedy is kept up (坚持喝这款药茶，
      // 就不用再喷鼻炎药了; 天天泡温泉，湿疹从此不用再抹药膏了): refine() asks for a remedy named before it and no hedge, warning or doctor deciding, so
      // that 烧退了就不用再吃退烧药了 is advice.
      p(/(?:就|便|都|也|再也|从此)(?:不用|不必|无需|无须|不需要|用不着)(?:再)?(?:去)?(?:每天|天天|每日|长期|一直|经常|整天|常年)?(?:吃|服|抹|涂|擦|搽|打|用|喷|贴|挂)(?:那些|这些|那种|这种|那个|这个)?[^,，。;!?]{0,4}?(?:药|药膏|药片|药水|针|激素|吊瓶|点滴)(?:、?(?:吃|服|抹|涂|擦|搽|打|用)(?:药|药膏|针))?(?:了|啦)?(?=[,，。!！~～\s]|$)/),
      // Round one hundred and seven (batch HP), in the pattern above: the drug pointed at with 那些 / 这种 (照了光就不用再吃那些伤肝的药了), and light
      // or laser as the remedy kept up (做了半年光疗，就不用再抹这种药膏了); refine() still asks for the remedy named and no hedge or doctor.
      // Round one hundred and ten (batch HW), in the pattern above: how often the drug was taken said between (做了光疗就不用再每天吃药了) and a second drug
      // verb paired with the first (就不用再天天吃药打针了); 医生说还不用每天吃药 has no 就 / 再 frame before it, and refine() still asks for the remedy.
      // Structural: an outcome (消除, 消失, 好了, 恢复正常…) under a frame of certainty or agency
      // (能, 就, 都, 让, 使, 彻底, 统统…), in any order within the clause.
      // The regex finds the outcome (rarer words) and refine() looks back for the frame: starting
      // from the frame words (就, 都, 会…) would try the whole outcome list after every one of them.
      // Round twenty-seven: a disease "sorted out for good" in slang (这家的方案真的能把白癜风彻底搞定, 一次性赶走痘痘).
      p(/(?:病|白斑|白癜风|痘痘|痘|湿疹|牛皮癣|银屑病|脱发|色斑|癣|疣|鼻炎|顽疾)[^,，。;!?]{0,6}?(?:彻底|完全|永久|一次性)(?:搞定|赶走|甩掉|拿下|送走|清零)|(?:彻底|完全|永久|一次性)(?:搞定|赶走|甩掉|拿下|送走)(?:了)?(?:白斑|白癜风|痘痘|湿疹|牛皮癣|银屑病|脱发|病根|顽疾|色斑)/),
      p(new RegExp(`(?:${OUTCOME_WORDS})|变回(?:原来|以前)的?样子|(?:和|跟|同|与)(?:以前|原来|常人|正常人?)(?:一样|没有?区别|无异)|与常人无异|看不出(?:任何|一点)?(?:异样|痕迹|区别|白斑)`)),
      // Round one hundred and two (batch HG): the standing drug of a skin complaint said to be dropped once the product is used (用上这款修护霜，激素药膏
      // 就不用再涂了; 坚持泡我们的药浴，抗组胺药也可以停了); refine() asks for the product or the remedy before it and lets a doctor's decision, a healed
      // complaint or a warning through (疹子消了，激素药膏就不用再抹了，按医嘱减量).
      // Round one hundred and five (batch HM), in the pattern below: an acne patient's antibiotic or oral drug said to be dropped the same way, and 不吃
      // as the verb (做了三次光动力，消炎药就可以不吃了); 抗生素能不能停要听医生的 asks, and refine() still asks for the treatment before it.
      // Round one hundred and four (batch HJ), in the pattern below: 可以 / 能 with no adverb before it (用了这款洗剂，止痒药能停了); a question
      // (激素药膏可以停了吗) asks, and refine() still asks for the product before it.
      p(/(?:抗过敏药|抗组胺药|激素药膏|激素膏|激素|止痒药|抗真菌药|抗生素药膏|消炎药膏|抗生素|消炎药|口服药)(?:(?:就|也|都|便|全都)(?:可以|能)?|可以|能)(?:停掉|停用|停|不用再?(?:抹|涂|擦|搽|吃|用)|不必再?(?:抹|涂|擦|搽|吃|用)|不抹|不涂|不吃)(?:了|啦|喽|咯)(?![^,，。;!?]{0,2}?(?:吗|么|[?？]))/),
      // Round one hundred and thirteen (batch IC): the same with the verb first (用了这款喷雾，就不用再吃抗组胺药了; 有了这瓶洗剂，无需再涂消炎药膏), and the
      // shop's product pointed at and put in the drug's place with 用 or 拿 (用这款凝胶代替抗生素药膏, 拿它来替代维A酸); refine() asks for the product or the
      // treatment before it and lets a doctor's decision or a healed complaint through (炎症控制住以后，就不用再吃抗生素了).
      p(/(?:(?:不用|不必|无需|无须|不需要)再|再也(?:不用|不必|不需要)|(?<![不没])(?:就|便|也)?(?:可以|能)不再)(?:吃|服用?|打|用|涂|抹|擦|搽|靠)(?:抗过敏药|抗组胺药|激素药膏|激素膏|止痒药|抗真菌药|抗生素药膏|消炎药膏|抗生素|消炎药|口服药|维a酸|维甲酸)(?:了|啦|喽|咯)?(?![^,，。;!?]{0,2}?(?:吗|么|[?？]))/),
      p(/(?:用|拿)(?:它|这款|这支|这瓶|这套|这个|我们的)[^,，。;!?]{0,6}?(?:来)?(?:代替|替代|取代|顶替)(?:[\u4e00-\u9fff]{0,3}?(?:药膏|药物|药)|抗生素|消炎药|激素|口服药|外用药|维a酸|维甲酸|异维a酸)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and eight (batch HS): the standing drug put with 把 before the verb of stopping (泡上一段时间就可以把激素药膏停掉; 用上这款洗剂，
      // 很快就可以把消炎药膏停了): the treatment sold in its place; refine() asks for the treatment or the product before it and lets a doctor's decision, a
      // healed complaint or a warning through (皮疹消退后，医生会评估能否把激素药膏停掉).
      p(/(?<![不没])(?:可以|能够?|就能|就可以|就|才能)把[^,，。;!?]{0,6}?(?:药膏|激素|西药|口服药|抗过敏药|抗组胺药|胰岛素|降压药|降糖药|安眠药|止痛药|抗生素|消炎药)(?:给)?(?:慢慢|逐渐|彻底|全部)?(?:停掉|停了|戒掉|戒了|减掉|撤掉|扔掉)(?:了|啦)?(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and two (batch HG): the slogan that opens on replacing the drug, right after a label, a bar or at the start of a clause (【草本喷剂】
      // 代替抗生素，消炎不伤胃; 替代激素｜温和修护): the substitute claimed in a caption; 不能代替抗生素 does not open the clause, and a slogan called a myth
      // (代替抗生素的说法不可信) is let through.
      p(/(?<=(?:^|[】\]｜|,，:：;；\n]\s?))(?:完全)?(?:代替|替代|取代)(?:抗生素|激素|西药|消炎药|止痛药|止痛片|安眠药|降压药|降糖药|胰岛素|抗过敏药|抗组胺药)(?![^,，。;!?]{0,6}?(?:说法|误区|谣言|不可信|不靠谱|吗|么|[?？]))/),
      // Round one hundred and two (batch HG): the remedy said to work better than seeing a doctor (喝这碗姜汤，比看医生还管用; 按这几个穴位比上医院
      // 都灵): the doctor's care put below the remedy; a question or a denial (哪有比看医生还管用的偏方？) is no claim.
      p(/(?<!(?:哪有|哪里有|没有|不会|不可能|怎么会|别信)[^,，。;!?]{0,8})比(?:去|跑)?(?:看|上|找|跑)(?:医生|医院|大夫|门诊|专家|[\u4e00-\u9fff]{1,2}科)(?:还|更|都)(?:管用|有效|灵|好使|顶用|见效)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and one (batch HE): the doctor or the hospital said to be needless because the shop will do (腰疼不必去医院，来我们这儿推拿
      // 几次就好; 脚气用不着看皮肤科，到店里泡一泡就行): the shop's own care put in place of a visit; 挂号不用去医院，手机上预约就行 sends no one to the shop.
      // Round one hundred and three (batch HI): or because the product at home will do (湿疹不用再跑医院，在家涂这支药膏就行了); 在家用手机预约 names no product.
      p(/(?:不用|不必|无需|无须|用不着|犯不着|没必要)(?:再)?(?:去|跑)?(?:看|上|找)?(?:医院|诊所|门诊|医生|大夫|[\u4e00-\u9fff]{1,2}科)[,，]\s?(?:(?:直接)?(?:来|到)(?:店里|店内|本店|我们这儿?|我们这里|咱们这儿?|咱家|这儿|这里)|(?:在家|自己在家|待在家|呆在家)(?:里)?[^,，。;!?]{0,4}?(?:泡|涂|抹|敷|吃|喝|贴|熏|洗|擦|搽|用)(?:这|我们|本店|它|咱))[^。;!?]{0,10}?(?:就行|就好|就够了|就可以了?|即可)/),
      // Round one hundred and two (batch HF): the thing sold set first with 有了 and the hospital then said to be needless for the complaint (有了家用光疗仪，
      // 长痘不必再去医院; 有了这款药膏，湿疹用不着再跑皮肤科): the product in place of a visit; 有了网上预约，不用再去医院排队 saves a queue, not care.
      p(/有了[^,，。;!?]{1,10}?[,，]\s?[^,，。;!?]{0,8}?(?:不用|不必|无需|无须|用不着|犯不着|没必要|再也不用)(?:再)?(?:去|跑|上)(?:看)?(?:医院|诊所|门诊|医生|大夫|[\u4e00-\u9fff]{1,2}科)(?![^,，。;!?]{0,4}?(?:排队|缴费|交费|取报告|拿报告|取药|拿药|开证明|办|签字|复印))(?<!(?:预约|挂号|线上|网上|手机|app|小程序|医保|电子|快递|送药上门|远程|自助)[^,，。;!?]{0,12}?[,，]\s?[^,，。;!?]{0,20}?)/),
      // Session forty-four (recurring misses, 9 rows of the last 30 batches): the complaint said seen well or sorted at a place or by someone, in everyday verbs with
      // 给 (三年的痘痘，硬是在这边给我弄好了; 这家把我的咖啡斑给整好了; 跖疣我们这儿能给你弄利索; 韦主任给瞧好的; 来这儿基本都给调理好了; 夹一次就给搞定了) or without it after the
      // place (在这儿是能看好的; 都是在这儿调好的): 治好 in the words of a patient or a shop. The clause must end at the verb; refine() asks for a complaint in the sentence,
      // so that paperwork done for you (前台在这儿给你弄好了) is not read, and a question asks.
      p(PLACE_FIXED),
      // Session forty-four (recurring misses, 4 rows): the skin clinic's procedure said needless once the product or the remedy is used (有了这款淡斑精华，就不必再打激光了;
      // 用了我们的祛疣贴，不用冷冻也不用激光; 效果不比光子差，也就不用再去做激光了; 不开刀、不吃药，一台仪器解决腋下多汗): the product in the procedure's place. refine() asks for
      // the product or the remedy named and lets a doctor's decision, a hedge and a question through (是否还要做激光，由医生评估).
      p(PROCEDURE_NEEDLESS),
    ],
    negation: 'suppress',
    refine: (c) => {
      if (concessiveSupposed(c)) return false;
      // Round one hundred and twenty-six (batch JB): the cure said not to mean what a reader hopes (治好了不等于不会再长; 看好了并不代表以后不犯): a limit,
      // not a claim, unless the clinic claims it in the sentence.
      if (/^(?:了)?(?:也|并|可)?(?:不等于|不代表|不意味着|并不等于|并不代表|并不意味着)/.test(c.norm.slice(c.end, c.end + 8)) && !/本院|我院|我们|本中心|本店|本门诊/.test(c.sentence)) return false;
      // Round one hundred and twenty-one (batch IR): the cure in someone else's promise the reader is told to beware of (谁跟你说保证治好，你就要多留个心), as cure-guarantee reads it.
      if (whoeverPromisesWarned(c)) return false;
      // Round one hundred (batch HB): a tree's or a crop's pests cured (老梨树生了虫，今年总算治好了) is gardening; a clinic, a patient or a remedy of ours still counts.
      if (PLANT_ILL.test(c.sentence) && !/患者|病人|病友|我们|本院|我院|本店|本馆|本中心|治疗|调理|(?<![打喷施农])药|医|皮肤|关节|胃|腰/.test(c.sentence)) return false;
      // Session forty-four: the everyday verbs of fixing need a complaint named in the sentence or the question just before, and no paperwork; the procedure
      // said needless needs the product or the remedy named and no doctor deciding.
      if (PLACE_FIXED_WHOLE.test(c.norm.slice(c.start, c.end))) return COMPLAINT_NAMED.test(c.norm.slice(Math.max(0, c.start - 24), c.end)) && !/手续|预约|挂号|报销|单子|材料|表格|发票|证明|发型|造型|妆/.test(c.sentence) && !safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart);
      if (PROCEDURE_NEEDLESS_WHOLE.test(c.norm.slice(c.start, c.end))) return /我们|本店|本院|这款|这套|这支|这个|这瓶|这台|一台|一支|一套|贴|精华|凝胶|霜|膏|面膜|仪器|中药|调理|内服|外敷|疗程|草本|药浴|泡澡/.test(c.sentence) && !/医生|大夫|评估|是否|能否|要不要|遵医|医嘱|由医|线上|网上|手机|预约|复诊|挂号|视频|问诊|远程|送药|排队|缴费|报告/.test(c.sentence);
      // Round ninety-nine (batch GZ): the cure as what someone says or believes, corrected in the same sentence (有人说吃薏米能治好湿疹，其实没有这么简单),
      // as the safety rules read it.
      if (safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart)) return false;
      // Round ninety-nine (batch GZ): the slogan that a remedy replaces medicine, unless the sentence asks, denies or warns.
      if (/^(?:以(?:食|茶|膳|汤|粥|灸|针)代药|(?:食疗|药膳|食补|推拿|针灸|艾灸|理疗|刮痧|拔罐|按摩|泡脚|足疗|膏方|药茶|茶疗|药浴|中药浴|泡浴|熏蒸|熏洗|外洗|熏疗)(?:完全)?(?:代替|替代|取代|顶替))/.test(c.norm.slice(c.start, c.end))) return !/是否|能否|能不能|可不可以|可否|不能|不可以?|无法|没法|不应|别|不要|切勿|千万|误区|说法|谣言|并非|不是|不等于|由医生|医生(?:评估|判断|决定)/.test(c.sentence);
      // Round fifty (batch CV): how long until it is cured, asked (患者常问“多久能治好”; 什么时候才能治好？) is a question, not a claim.
      if (/(?:多久|多长时间|多少天|几个月|几年|什么时候|啥时候|何时|几时)(?:才|就)?(?:能|可以|会)?(?:给|帮)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 8), c.start)) && !/本院|我院|我们|本中心|本馆|保证|一定/.test(c.sentence)) return false;
      const hit = c.norm.slice(c.start, c.end);
      // Round twenty-one: a folk tale or the history of medicine tells what was cured once, not what the clinic will cure.
      // Round one hundred and two (batch HG): the skin complaint's drug dropped needs the product or the remedy named before it, and no doctor or healing.
      // Round one hundred and four (batch HK): the remedy may be the hands on an acupoint, a moxa or a plaster (揉一揉这两个穴位，止痒药就不用吃了).
      // Round one hundred and seven (batch HP): the treatment before it may be a graft, a laser or light, or one 采用 (采用自体表皮移植后，激素药膏基本可以停掉).
      if (/^(?:[\u4e00-\u9fff]{0,3}?的)?(?:抗过敏药|抗组胺药|激素(?:药膏|软膏|乳膏|膏)?|止痒药|抗真菌药|抗生素药膏|消炎药膏|抗生素|消炎药|口服药)(?:基本(?:上)?)?(?:就|也|都|便|全都|可以|能)/.test(hit)) {
        return /做了|做完|光动力|光疗|蓝光|红光|移植|照光|激光|采用|刷酸|果酸|微针|用了|用上|坚持用|抹了|涂了|泡|洗剂|草本|这款|这个|这瓶|这支|我们|本店|本院|本馆|中药|药浴|面膜|精油|霜|膏方|喝|吃了|穴|按揉|按摩|推拿|艾灸|针灸|刮痧|贴/.test(c.norm.slice(c.sentenceStart, c.start))
          && !/医生|大夫|遵医|医嘱|评估|复诊|自行|擅自|别|不要|千万|切勿|好了|消了|消退|痊愈|控制住|伤口|以为|说法|是否|能否|能不能/.test(c.sentence);
      }
      // Round one hundred and thirteen (batch IC): the drug needed no more, verb first, needs the product or the treatment before it, and no doctor or healing.
      if (/^(?:(?:不用|不必|无需|无须|不需要)再|再也(?:不用|不必|不需要)|(?:就|便|也)?(?:可以|能)不再)/.test(hit) && /(?:抗过敏药|抗组胺药|激素药膏|激素膏|止痒药|抗真菌药|抗生素药膏|消炎药膏|抗生素|消炎药|口服药|维a酸|维甲酸)/.test(hit)) {
        return /做了|做完|光动力|光疗|蓝光|红光|照光|激光|采用|刷酸|果酸|微针|有了|用了|用上|坚持用|抹了|涂了|泡|洗剂|草本|这款|这个|这瓶|这支|这套|我们|本店|本院|本馆|中药|药浴|面膜|精华|精油|霜|喷雾|凝胶|膏方|喝|吃了|穴|按揉|按摩|推拿|艾灸|针灸|刮痧|贴/.test(c.norm.slice(c.sentenceStart, c.start))
          && !/医生|大夫|遵医|医嘱|评估|复诊|自行|擅自|别|不要|千万|切勿|好了|消了|消退|痊愈|控制住|伤口|以为|说法|是否|能否|能不能|疗程结束|疗程满/.test(c.sentence);
      }
      // Round one hundred and thirteen (batch IC): the product put in the drug's place with 用 / 拿, unless asked, denied or left to a doctor.
      if (/^(?:用|拿)(?:它|这款|这支|这瓶|这套|这个|我们的)/.test(hit)) return !/是否|能否|能不能|可否|可不可以|医生(?:评估|判断|决定)|由医生|听医生|不能|不可|无法|别|不要|切勿|说法/.test(c.sentence);
      // Round one hundred and eight (batch HS): the drug stopped with 把 needs the treatment or the product before it, and no doctor, hedge or healing.
      if (/^(?:可以|能够?|就能|就可以|就|才能)把/.test(hit)) {
        return /做了|做完|光动力|光疗|照光|激光|移植|采用|用了|用上|坚持|泡|熏|洗剂|草本|这款|这个|这套|这瓶|这支|我们|本店|本院|本馆|本中心|中药|药浴|面膜|膏方|方子|喝|吃了|穴|按揉|按摩|推拿|艾灸|针灸|刮痧|贴/.test(c.norm.slice(c.sentenceStart, c.start))
          && !/医生|大夫|遵医|医嘱|评估|复诊|自行|擅自|别|不要|千万|切勿|消退|痊愈|控制住|以为|说法|是否|能否|能不能/.test(c.sentence);
      }
      if (HISTORY.test(c.sentence) && !HISTORY_SELF.test(c.sentence)) return false;
      // Round forty-three (batch CB): the cure word quoted and called premature or wrong (说“治得好”还为时过早) is a warning about it; cured
      // as a condition for advice that still holds (湿疹治好了也要注意保湿) promises nothing.
      if (/[“"「『]$/.test(c.norm.slice(Math.max(0, c.start - 1), c.start)) && /^[”"」』][^。;!?]{0,6}?(?:为时过早|言之过早|为时尚早|太早|不现实|不科学|不可信|不靠谱|夸大|不准确|不严谨|不恰当)/.test(c.norm.slice(c.end, c.end + 14))) return false;
      if (/^(?:了)?(?:以后|之后|后)?(?:也|仍|还)(?:要|得|需要?|应该?)(?:注意|坚持|复查|复诊|防晒|保湿|避免|定期)/.test(c.norm.slice(c.end, c.end + 8)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round thirty-nine (batch BR): 康复 naming a service or a stage (配合关节功能康复训练, 转入康复科, 康复期) is the treatment, not its outcome.
      if (hit === '康复' && /^(?:训练|锻炼|科|治疗|师|期|中心|医学|理疗|护理|指导|计划|方案|评估|门诊|病房|病区)/.test(c.norm.slice(c.end, c.end + 2))) return false;
      // The literal substitutes (治好, 治得好…) keep the rule's usual context handling; the rest below is for the structural pattern.
      // Round fifteen: replacing surgery or drugs only for those who qualify (符合条件的早期胃癌…可以替代外科手术，由医生评估) is an indication.
      if (/替代|取代|代替|终身|长期|一辈子|降压药|降糖药|降脂药|胰岛素/.test(hit) && /符合(?:条件|适应证|指征)|适应证|(?:由|需)医生|医生(?:根据|评估|判断)|部分患者|少数患者|经评估/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      if (SUBSTITUTE_WHOLE.test(hit) && afterRecovery(c)) return false;
      // Round ninety-seven (batch GV): a procedure declined and a remedy said to make the lesion go: the remedy named, no hedge.
      if (/^(?:不用|不必|无需|无须|用不着|免)(?:再)?(?:抽|穿刺|照|打激素|打封闭)/.test(hit) && /[,，]/.test(hit) && !/[,，]$/.test(hit)) {
        const remedy = hit.slice(hit.search(/[,，][^,，]*$/));
        return /汤|茶|冲剂|颗粒|粉|膏|贴|方子|偏方|丸|药酒|精油|针灸|艾灸|推拿|按摩|揉|刮痧|拔罐|穴|食疗|药膳|泡脚|熏|灸|敷|我们|本店|本院|本馆|本中心|这款|这包|这个|这套|这瓶/.test(remedy) && !/一般|多数|大多|部分|少数|自行|自然|由医生|医生(?:评估|判断|决定|建议|同意)|评估|是否|可能|轻度|轻症|少量|因人而异|医嘱|遵医|不能|不可以|并不/.test(c.sentence);
      }
      // Round ninety-seven (batch GV): the drug declined and a remedy put in its place: the remedy named after the comma, no hedge, no doctor deciding.
      if (/^(?:不用|不必|无需|无须|用不着|不需要|别急着|不要急着|别|不要)(?:再)?(?:吃|服|服用|打|用|抹|涂)/.test(hit) && /[,，]/.test(hit) && /(?:就够了|就行了?|就好了?|即可|就可以了?|代替|替代|顶替|取代)$/.test(hit)) {
        // Round ninety-nine (batch GZ): the remedy may be the hands' own (不用打针吃药，推一推就好; 捏几下就行), a doubled verb or a count of strokes.
        // Round one hundred (batch HB): or a poultice (别急着打消炎针，土豆片敷一敷就能代替; 不用吃止痛药，敷上这包盐袋就行) or an exercise named (不用吃止痛片，
        // 练这套操就够了), not rest or water (多喝水多休息就行), nor a cold compress for a fever (冷毛巾敷额头就行).
        const remedy = hit.slice(hit.search(/[,，]/));
        // Round ninety-eight (batch GX): a named porridge too (不用吃胃药，喝这碗小米山药粥就行), but not a cold's plain diet (喝点白粥多休息就行).
        if (/粥|羹/.test(remedy) && !CURABLE.test(c.sentence) && !/休息|清淡|白粥|一般|多数|由医生|医嘱/.test(c.sentence)) return true;
        return (/([推捏按揉刮拍搓敷])一?\1|(?:推|捏|按|揉|刮|拍|搓|敷)(?:几|一|两|三)(?:下|次|回)|捏脊/.test(remedy) || /汤|茶|冲剂|颗粒|粉|膏|贴|方子|偏方|丸|药酒|精油|针灸|艾灸|推拿|按摩|揉|刮痧|拔罐|穴|食疗|药膳|泡脚|熏|灸|敷|体操|这套操|平板支撑|站桩|瑜伽|我们|本店|本院|本馆|本中心|这款|这包|这个|这套|这瓶/.test(remedy)) && !/一般|多数|大多|部分|少数|由医生|医生(?:评估|判断|决定|建议|同意)|评估|是否|可能|轻度|轻症|因人而异|医嘱|遵医|不能|不可以|并不|冰敷|冷敷|冷毛巾|湿毛巾|温水|物理降温/.test(c.sentence);
      }
      // Round ninety-eight (batch GX): a drug needed no more once a remedy is kept up: the remedy named before it, no hedge, no warning, no doctor.
      if (/^(?:就|便|都|也|再也|从此)(?:不用|不必|无需|无须|不需要|用不着)(?:再)?(?:去)?(?:每天|天天|每日|长期|一直|经常|整天|常年)?(?:吃|服|抹|涂|擦|搽|打|用|喷|贴|挂)(?:那些|这些|那种|这种|那个|这个)?[^,，。;!?]{0,4}?(?:药|药膏|药片|药水|针|激素|吊瓶|点滴)(?:、?(?:吃|服|抹|涂|擦|搽|打|用)(?:药|药膏|针))?(?:了|啦)?$/.test(hit) && !/降压药|降糖药|降脂药|胰岛素|止痛药|止痛片|安眠药|激素/.test(hit)) {
        return /泡|泉|浴|灸|按摩|推拿|刮痧|拔罐|足疗|足浴|瑜伽|功法|体式|操|练|理疗|照了?光|光疗|激光|汤|茶|粥|药膳|食疗|针灸|正骨|我们|本店|本院|本馆|本中心|这套|这款|这个|这支|这瓶|(?:用|涂|抹|擦)(?:了|上)[^,，。;!?]{0,6}?(?:膏|霜|乳|洗剂|喷雾|凝胶)/.test(c.norm.slice(c.sentenceStart, c.start)) && !/一般|多数|大多|部分|少数|可能|由医生|医生(?:评估|判断|决定|建议|同意)|评估|是否|医嘱|遵医|自行|擅自|千万|不要|别|切勿|术后|手术后|烧退|退烧|好了|痊愈后|结果|以为|说法/.test(c.sentence);
      }
      // Round ninety-four (batch GP): a drug stopped told as a warning (降压药自己就停了，结果中风; 别以为血压正常了降压药就可以停了) or a painkiller
      // no longer needed after an operation (术后第三天就不用再吃止痛药了) is no substitute claimed; nor is surgery not necessarily needed where
      // conservative care only eases it (不一定要手术，保守治疗也能好转) or a doctor decides it.
      if (/降压药|降糖药|降脂药|胰岛素|安眠药|止痛药|止痛片|激素/.test(hit) && /自行|擅自|自己(?:就)?停|结果|反弹|又升|升高|危险|千万|不要|不能|别|切勿|误区|说法|以为|中风|后果|术后|手术后|伤口|拔牙|骨折|产后|分娩/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      if (/^不一定/.test(hit) && (/好$/.test(hit) && /^转/.test(c.norm.slice(c.end, c.end + 1)) || /长好$/.test(hit) || CURABLE.test(c.sentence) || /多数|大多|部分|因人而异|由医生|医生评估|需(?:要)?评估/.test(c.sentence))) return false;
      if (/^不一定/.test(hit)) return true;
      // Round ninety-six (batch GT): surgery needless after a treatment or with a remedy: the treatment named, no hedge and no doctor deciding.
      // Round one hundred and nine (batch HT): the treatment may be a skin clinic's own, a laser, a microneedle or the shop's course (点阵激光做几次，疤痕不用再
      // 去医院动刀切除了).
      // Round ninety-eight (batch GX): and a stent, a bypass or surgery put off with no adverb, or the operation itself said to be skipped, after a foot
      // massage, a yoga course or an exercise as well (泡了半年足疗，不必再去放支架; 有了这套康复操，膝关节置换可以不做了), or the lump said to melt
      // away by itself (不用开刀，泡上一阵子自己就化了).
      if (/(?:开刀|手术|动刀|挨刀|挨一刀|切除|割掉|切掉|切|割|摘除|支架|搭桥)(?:了)?$|(?:就行|就好|就够了|就可以了?|即可|就能解决)$/.test(hit) && /(?:用不着|不用|不需要|没必要|犯不着|无需|无须|不必|免)(?:再)?(?:去)?(?:医院)?(?:做|放|装|下|挨|动|搭)?(?:开刀|手术|动刀|做手术|挨刀|挨一刀|切|割|摘除|支架|搭桥)/.test(hit)
        || /^(?:手术|开刀|支架|搭桥|置换)(?:都|也|就)?(?:可以|能)?(?:不做|不用做|不动|免了|省了|不用开|不用放|不用装|不用搭)/.test(hit) || /^(?:不用|无需|无须|不必|免)(?:开刀|手术|动刀|做手术)/.test(hit) && /(?:自己|自然|慢慢)就(?:化|没|消|好)|(?:化|没|消)了$/.test(hit)) {
        return /针刀|针灸|推拿|艾灸|理疗|贴敷|敷贴|膏药|正骨|牵引|中药|汤|茶|方子|偏方|膏方|调理|功法|刮痧|拔罐|熏|泡|灸|足疗|足浴|按摩|瑜伽|体式|康复操|操|练|温泉|蒸|药浴|我们|本院|我院|本馆|本中心|本店|激光|光子|射频|微针|点阵|这款|这个项目|疗程/.test(c.sentence) && !/一般|多数|大多|大部分|部分|少数|由医生|医生(?:评估|判断|决定)|评估|是否|可能|早期|轻度|轻症|复查|观察|随访|不一定|因人而异/.test(c.sentence);
      }
      // Round ninety-three (batch GO): the doubled totality (完完全全好了) is the claim whatever complaint it follows (老胃寒…彻彻底底好了).
      if (/^(?:完完全全|彻彻底底)/.test(hit)) return true;
      if (SUBSTITUTE_WHOLE.test(hit) || !OUTCOME_HIT.test(hit)) return true;
      if (/没有?|未|不(?!见了)/.test(hit.replace(/^(?:不用|无需|无须|不必|免)(?:开刀|手术|动刀|做手术)/, ''))) return false;
      if (OUTCOME_ONLY.test(hit)) {
        const lead = c.norm.slice(Math.max(0, c.start - 24), c.start).split(/[,，。;!?、:：\n]/).pop()!;
        // The negation may sit before the frame (没有任何一种药物能让所有白斑都消退), beyond the usual window.
        if (!FRAME_BEFORE.test(lead.slice(-10)) || /没有?|无(?![论数需须关])|未|不(?:能|会|可能|一定)|难以|很难|并非/.test(lead)) return false;
      }
      const s = c.sentence;
      if (!/白斑|白癜风|病灶|皮损|肤色|色素|皮肤|病/.test(s) && !OTHER_DISEASE.test(s) && !/痛|疼|痒|反酸|胀|咳|喘|鼻塞|骨刺|增生/.test(s)) return false;
      // The outcome hedged, aimed at, or asked about in its own clause: 有机会完全消失, 目标是, 能否消失.
      if (OUTCOME_HEDGE.test(clauseOf(c.norm, c.start, c.end)) || /误区|谣言|辟谣|能否|是否|能不能|目标|目的/.test(s)) return false;
      if (WOUND.test(s) && !/白斑|白癜风/.test(s)) return false;
      if (SIDE_EFFECT.test(s) && !/白斑|白癜风|复色|肤色/.test(s) && !OTHER_DISEASE.test(s)) return false;
      return true;
    },
    examples: {
      bad: [
        '湿疹在我们这儿治好了不等于压住了，是真好了',
        // Session forty-four (recurring misses): new shapes.
        '十几年的脚气，硬是在这边给我整好了', '孩子的湿疹就是在这儿调好的', { text: '用上我们的淡斑精华，就不用再去打激光了', type: 'ad' }, { text: '灰指甲不用去医院，泡这个草本液就够了', type: 'ad' },
        '谁来我们这儿，湿疹都能治好，别不信', '鸡眼长了好几年，来这儿一次就给你弄好了', { text: '多年的脚气，交给老师傅都能收拾好', type: 'ad' }, "姥姥十几年的老寒腿是让镇上那位中医给看好的", "头皮屑这毛病，我们这儿能给你看好", "这种斑秃我们可以帮您医好的", '坚持用我们的修护乳，就能不再吃抗组胺药了', '涂了这支霜，以后就不用再去打针了', '用了这款止痒喷雾，无需再涂激素药膏', { text: '拿我们的草本乳膏来替代抗生素药膏，温和不伤胃', type: 'ad' }, '这款燕麦洗剂能替代处方药，湿疹宝宝放心用', '坚持喝这款益生菌，完全可以取代口服药', '中药熏蒸完全可以取代免疫抑制剂', { text: '艾灸能替代抗组胺药，不用天天吃药', type: 'ad' }, '坚持用这套头皮精华，以后就不必再花钱种发了', { text: '一台家用理疗仪取代所有西药，省心又省钱', type: 'ad' }, '每天一杯养生茶，替代全部药物调理', { text: '坚持做了三个月的艾灸，老寒腿就不用再天天吃药打针了', type: 'ad' }, '泡了半年的温泉，湿疹从此不用再每天抹药膏了', { text: '用上这款草本洗剂，很快就可以把消炎药膏停了', type: 'ad' }, '用上这款修护霜一个月，外用的消炎药基本上就可以停掉了', { text: '射频做完一个疗程，腋下的汗腺不必再挨一刀了', type: 'institution' }, '天天泡我们的中药浴，就能把抗过敏药彻底戒掉', { text: '中药熏洗替代激素药膏，温和不刺激', type: 'ad' }, '坚持做激光，以后就不用再涂这种刺激的药膏了', '坚持贴敷三个月，抗过敏药基本上可以停了', '做完激光以后，长期外用的激素软膏基本可以停掉，记得按时复查', "低频光照就可以代替口服维生素类药片", "这款精华完全能够取代外用的生发酊", "头皮理疗可以替代植发", "这套疗程做下来效果跟植发差不多", {"text": "效果不亚于做一次手术，还不用住院", "type": "ad"}, '患者可以停掉口服的抗过敏药，用我们的艾灸来替代', '做完这个疗程，免疫抑制剂以后都不用吃了', '微波治疗甲状腺结节，可取代外科切除', '连续泡了一个月药浴，抗组胺药完全可以停掉了', '用果酸加红光就代替了长期口服消炎药', '做了三次光动力，消炎药就可以不吃了', '坚持刷酸两个月，口服药也能停了', "揉一揉这两个穴位，止痒药就不用吃了", "做完穴位贴，止痒药就可以不用吃了", "敷上这款面膜，药膏以后都不用涂了", { text: "喝了半年，激素药从此就可以扔掉了", type: 'ad' }, '用了这款草本洗剂，止痒药能停了', '湿疹不用再跑医院，在家涂这支药膏就行了', "与其去看皮肤科，还不如涂我们的修复膏", "与其跑医院挂号，不如在家喝这款祛湿茶", '有了这款药膏，湿疹用不着再跑皮肤科', '照了三个月的光，抗过敏药慢慢就能停掉了', { text: '做完这个疗程，激素软膏就可以不涂了', type: 'ad' }, { text: '【草本喷剂】代替抗生素，消炎不伤胃', type: 'ad' }, { text: '替代激素｜温和修护', type: 'ad' }, '喝这碗姜汤，比看医生还管用', { text: '按这几个穴位，比上医院都灵', type: 'ad' }, { text: '用上这款修护霜，激素药膏就不用再涂了', type: 'ad' }, '坚持泡我们的药浴，抗组胺药也可以停了', { text: '这款药油完全可以代替医生开的止痛药', type: 'ad' }, '坚持敷这个，能替代医院配的激素药膏', '腰疼不必去医院，来我们这儿推拿几次就好', '脚气用不着看皮肤科，到店里泡一泡就行', "腰突不用手术，来汗蒸几回就好", "骨刺不用kai dao，天天练这套操就好", "我们的药茶把客人的胃病治好了，连院里的果树都长得更好", "膝盖疼不用吃止痛药，敷上这包热盐袋就行", "腰疼不用吃止痛片，练几次平板支撑就够了", "与其吃安眠药，不如睡前喝碗酸枣仁汤", "有人说我们的膏方能治好湿疹，确实如此", "提倡以食代药，少跑医院", { text: "用推拿代替吃药，孩子少遭罪", type: 'ad' }, { text: "乳腺增生不用手术，喝我们的散结茶就能慢慢化开", type: 'ad' }, "宝宝拉肚子不用吃止泻药，每天捏几下脊就行", '与其天天吃安眠药，不如睡前泡一泡脚', { text: '与其常年吃胃药，不如每周来做两回理疗', type: 'ad' }, { text: '坚持喝这款药茶，就不用再喷鼻炎药了', type: 'ad' }, '天天泡温泉，湿疹从此不用再抹药膏了', '胃胀不用吃药，喝这碗小米山药粥就行', '睡不好不用吃安眠药，睡前泡泡脚就够了', { text: '身体不好不必吃药，喝我们的养生汤就够了', type: 'ad' }, { text: '泡了半年足疗，不必再去放支架', type: 'ad' }, '有了这套康复操，膝关节置换可以不做了', '囊肿不用开刀，每天灸一灸自己就没了', { text: "腱鞘囊肿不用抽液，敷两周我们的药膏就消下去了", type: 'ad' }, "关节炎不必打封闭，也不用吃药，每天灸一次就好", { text: "喝上半年我们的降糖茶，降糖药就能慢慢撤掉", type: 'ad' }, { text: "每天一杯桑叶茶，降糖药迟早可以不吃", type: 'ad' }, "坚持练这套功法，降压药早晚能停掉", "失眠别吃安眠药，睡前泡泡脚就够了", { text: "关节痛不用打激素，贴我们的膏药就行了", type: 'ad' }, "咳嗽不必吃止咳药，喝这碗雪梨汤就能代替", { text: "嗓子发炎贴这款穴位贴就行，完全可以代替消炎药", type: 'ad' }, "坚持刮痧，能够取代止痛片", { text: "与其一直打激素，还不如来我们这里扎几次针", type: 'ad' }, "与其常年吃降压药，不如坚持练这套站桩功", "坚持做我们的正骨，腰椎滑脱压根不需要手术", { text: "胆囊息肉不用割，喝两个月化瘀汤就行", type: 'ad' }, { text: "坚持做这套理疗，完全可以代替关节置换", type: 'ad' }, { text: "调理半年，安眠药我早就停了", type: 'ad' }, "用上这个睡眠仪，再也不用靠安眠药入睡了", { text: "颈椎病不一定非得手术，我们的牵引疗法一样能让椎体复位", type: 'institution' }, { text: "小针刀是替代关节置换手术的理想方案", type: 'ad' }, { text: "坚持做艾灸，现在一粒降压药都不用吃了", type: 'ad' }, { text: "孩子的湿疹泡了两个月药浴，彻彻底底好了", type: 'institution' }, { text: "这种针法能治本，过敏性鼻炎不用再天天喷药", type: 'ad' }, { text: "我们的膏方从根上解决孩子的反复咳嗽", type: 'ad' }, { text: '多年的手足癣别发愁，本店可以帮您彻底泡好', type: 'ad' }, { text: '孩子的过敏性鼻炎，我们能彻底调理好，家长放心', type: 'institution' }, { text: "我们专攻斑秃十几年，来一位治好一位", type: 'ad' }, {"text": "这套泡浴方子能把孩子的湿疹从根上调好", "type": "ad"}, "银屑病要从根子上调理，我们的膏方就是干这个的", { text: '多年的手癣别发愁，用我们的中药熏洗方也能给洗好！', type: 'ad' }, { text: '放心，孩子这湿疹喝上几副膏方肯定能调好的', type: 'institution' }, { text: '按这个方案坚持两个月，手上的皮肤就跟正常人一样了', type: 'institution' }, { text: '湿疹调理完，手上的皮肤同常人一样', type: 'ad' }, {"text": "放心交给我们，这个湿疹一定给你治利索", "type": "ad"}, "对于反复的荨麻疹，我们有把握把它治干净", '经过系统治疗都已经好利索了', '孩子的病已经彻底好了，现在不用再遮', {"text": "经过系统治疗，顽固的湿疹得到了根本性地治理", "type": "institution"}, { text: '这套方案能把困扰多年的湿疹彻底搞定', type: 'ad' }, "牛皮癣并不是治不好的病，只要找对方法，皮肤一样光洁", "我们的颈椎病理疗做完就好，不用再吃止痛药", '痛风不是治不好，关键是你没遇到对的医生', '这种矫治方式可以取代传统正颌手术', { text: '跟着我们的食疗方案调理半年，降压药就不用再吃了', type: 'ad' }, { text: '很多老糖友喝了这款茶，降糖药都不用吃了', type: 'ad' }, '坚持艾灸一个疗程，不用再依赖降压药', '在我们这里调理三个月，胃痛反酸基本都不见了', '不用开刀、不用吃药，一贴膏药就能让骨刺消失', '光疗结合中药内服，可以标本同治', '本科室的推拿手法可以替代药物治疗', '腰椎间盘突出不用开刀，针灸几次就能复位', '高血压患者不必终身服药，坚持我们的经络疗法就行', '王医生很耐心，我的白癜风治好了！', '多年的老湿疹，来这边算是彻底看好了', '本院的方案能把白斑彻底消灭', '在本院治疗的患者，白斑基本都康复了', '患者的白斑从根上被清除了', '我院专家能把白斑治疗好', '白癜风治得好，关键要选对医院', '只要找对方法，白斑能治好', '从根本上解决白斑问题', '我们的方案治标又治本', { text: '这款口服片不是治标，而是从根上把湿疹解决掉', type: 'ad' }],
      ok: [
        '皮炎看好了并不代表以后不犯，还要注意保湿', '疣体治好了不等于不会再长，免疫力也要跟上',
        // Session forty-four (recurring misses): look-alikes the new shapes must not flag.
        '前台在这儿给你弄好了挂号手续', '是否还要做激光，由医生评估后决定', '复诊不用去医院，手机上视频问诊就行',
        '谁跟你说三天能治好，你可得当心', '挂号手续前台就能帮您弄好', '灰指甲不是去两次就能弄好的', '嵌甲能不能弄好，要看甲的形状', "孩子是奶奶给看好的，我们白天上班", "湿疹是哪个医生给看好的？", "前台会帮您看好复诊时间", "我们不能给你看好，只能帮你控制", '荨麻疹控制住以后，可以不再吃抗过敏药了，但要听医生的', '伤口长好后，就不用再去打针了', '炎症控制住以后，就不用再吃抗生素了', '能不能用这款乳膏代替激素药膏，要听医生的', '不要拿它代替医生开的药', '润肤霜是否可以代替药膏，要听医生的', '保湿再好也不能代替医生开的药', '洗剂能代替药膏吗？不能', '熏蒸不能代替免疫抑制剂，请按医嘱服药', '药浴能否替代生物制剂？不能，需要医生评估', '植发后第十天就不用再去医院换药了', '做完植发以后还需不需要再吃药？要看脱发类型', '理疗只是辅助，不能代替全部药物治疗', '单靠食疗无法替代一切药物，请按医嘱服药', '理疗能取代所有的药吗？不能', '伤口长好以后就不用再每天涂药膏了，注意防晒', '医生说现在还不用每天吃药，先观察三个月', '烧退了就不用再天天吃药打针了，多喝水休息', '皮疹消退后，医生会评估能否把激素药膏停掉', '是不是不用再去医院开刀了？要看复查结果', { text: '激光术后恢复良好，不用再去医院换药了', type: 'institution' }, '外用的消炎药基本上能不能停，要由医生复诊后决定', '坚持涂药两周，千万不要自己把激素药膏停掉', '湿疹控制住以后，可以把激素药膏停掉，改用保湿霜', '有人说药浴代替口服药，这种说法并不可靠', '熏蒸不能代替药物治疗，请遵医嘱', '烧退了就不用再吃那些退烧药了', '抗组胺药能否基本停掉，要看复诊时的情况', '医生评估后认为，长期外用的激素软膏基本可以停掉', '降压药基本可以停掉吗？', "头皮精华不能代替口服药", "能否替代植发要看脱发程度", "种植后的效果跟植发后一样需要养护", "激光只是辅助，不能取代口服或外用药物", '能不能停掉口服药，由外用药代替，要听医生的', '病情稳定后，医生会评估是否停掉口服药，由外用药代替', '生物制剂要不要继续打，由医生根据病情决定', '射频消融是否可替代手术切除，需要医生评估', '对于较深的病灶，手术切除的作用不可替代', '激素药膏能否完全停掉，要由医生根据皮损情况决定', '激素药膏不能完全停掉，需要逐步减量', '抗组胺药完全可以停掉吗？', '外用药不能就此代替口服药，请遵医嘱', '痘痘消了以后，抗生素就可以停了，具体按医嘱减量', '吃完这个疗程，抗生素就可以停了吗？', "过期的药膏就要扔掉", "止痒药能不能不用吃，要听医生的", "药膏涂完以后洗手", '用了这款保湿霜以后，止痒药可以停了吗？', '复诊疹子消了，医生说抗过敏药能停了', '复诊不用再跑医院，在家用手机预约就行', '湿疹不用再跑医院，在家涂这支药膏就行了吗？不是', "与其跑医院排队，不如提前在网上预约", "与其去医院排长队，不如先在家用体温计量一下体温", '有了医保电子凭证，不用再去医院排队缴费', '有了电子报告，不必再去医院取报告', '激素药膏能不能停，要听医生的', '激素软膏不能说停就停，要在医生指导下逐渐减量', '代替抗生素的说法不可信，细菌感染要规范用药', '草本喷剂不能代替抗生素', '哪有比看医生还管用的偏方？', '在家硬扛比去看医生还麻烦', '疹子消了，激素药膏就不用再抹了，按医嘱减量', '抗过敏药也可以停了吗？要问医生', '用了润肤霜，激素也不能自己停', '保健品不能代替医生开的药，别自己停药', '这款药油完全可以代替医生开的药吗？不行', '挂号不用去医院，手机上预约就行', '取件不用来店里，放在快递柜就行', "这种小囊肿一般不用手术，蒸桑拿也没用，观察就行", "红薯不用切开，整个上锅蒸二十分钟就行", "阑尾炎不用开刀，吃消炎药就好了吗？要听医生的", { text: "Dr. Kai Dao joined the clinic in May.", type: "institution" }, "门口那棵桃树长了虫，请园艺师傅来治好了", "孩子发烧别急着吃退烧药，冷毛巾敷额头就行", "扭伤后不用吃药，冰敷休息一般就好了", "与其吃药，不如多喝水多休息，普通感冒一周左右会好", "有人说吃薏米能治好湿疹，其实没有这么简单", "是否可以用食疗代替药物，要听医生的", "药膳再好也不能代替药物", "囊肿不一定要手术，小的一般能自己消下去，由医生评估", "轻度积食一般不用吃药，推几下肚子就好，持续不好要就医", '与其天天吃止痛药，不如来医院查查病因', '烧退了就不用再吃退烧药了', '伤口长好了就不用再涂药膏了，注意防晒', '泡脚只是辅助，湿疹仍需遵医嘱抹药膏', '感冒不用吃药，喝点白粥多休息就行', '湿疹不好治，不用吃偏方，按医嘱用药就行', '睡不好的人不要自行停用安眠药，减药要由医生决定', '经医生评估，这台手术可以不做了，继续观察', '症状轻的患者一般不用手术，做做理疗就行', '装了支架的人泡脚前要先问医生', '脂肪瘤不用开刀的话，定期复查就行', "少量关节积液一般不用抽，休息几周就能自行吸收", "新生儿黄疸轻的不用照蓝光，多数一两周就会自己退", "血压平稳半年后，降压药可以逐渐减掉，但要由医生评估", "降压药早晚能停吗？大多数高血压患者需要长期服药", "妊娠期糖尿病的胰岛素很快就能停用，多在产后由医生评估", "感冒不用吃抗生素，多喝水多休息就行", "轻度腹泻不用吃止泻药，喝口服补液盐就行", "轻度湿疹一般不用吃药，涂保湿霜即可，是否用药由医生判断", "热敷不能代替抗生素，乳腺炎发烧要及时就医", "口服补液盐可以代替输液，用于轻中度脱水的孩子", "与其乱吃止痛药，不如先去医院查清病因", "与其依赖止痛药，不如配合理疗和锻炼", "与其长期吃安眠药，不如试试调整作息", "小的脂肪瘤不用切，定期观察就行", "轻度的椎间盘突出经过理疗，大多用不着开刀", "这种小伤口根本用不着手术，换药就好", "术后第三天疼痛减轻，就不用再吃止痛药了", "有人血压一正常，降压药自己就停了，结果中风住院", "腰椎间盘突出不一定要手术，保守治疗也能好转", "骨折不一定要手术，石膏固定一样能长好", "消融治疗不能完全代替切除，是否手术由外科医生评估", { text: "对部分早期患者，射频消融是替代手术的一种选择，由医生评估", type: 'kepu' }, "感冒那次他一片药都没吃，一周后也自己好了", "湿疹就算完完全全好了以后也要注意保湿", "这类药膏只能治标，不能治本，需要长期管理", { text: '湿疹能否彻底调理好因人而异，我们会先评估再制定方案', type: 'institution' }, { text: '我们可以帮您彻底调好药浴水温再让孩子进去', type: 'institution' }, {"text": "即使皮疹消退，也要继续保湿护理", "type": "kepu"}, { text: "看一个湿疹病人，就要对一个病人负责到底，按时随访", type: 'kepu' }, '听到“外面只能缓解，我们能治好”这种说法时，要知道它本身违反广告法', "湿疹很难从根上调好，重在长期护理", { text: '患者经治好转出院，嘱门诊随访。', type: 'case' }, { text: '患儿经治好转，皮疹消退后出院', type: 'case' }, '不少人问“多久能治好”，其实慢性湿疹的病程差异很大', '药浴前要先把水温调好，再慢慢进入浴桶', '这种癣能泡好吗？要看真菌种类', '白斑治好了吗？还要看复诊时伍德灯下的结果', '“根治”这两个字，负责任的医生不会轻易说出口', '治疗后皮肤能否跟正常人一样，要看病程和分型', "湿疹很难一次治干净，需要长期管理", "荨麻疹能不能治利索？要看病因", "慢性荨麻疹往往治不干净，但多数可以控制", '这个病现在有不少治疗办法，但说“治得好”还为时过早', '湿疹容易反复，治好了也要注意保湿、避开诱因', '血糖达标以后胰岛素是不是就不用打了？要由医生根据复查结果决定', { text: '经内分泌科医生评估，患者胰岛素不用再打了，改为口服药控制', type: 'case' }, '“降压药都不用吃了”的说法不可信，擅自停药很危险', {"text": "患者此前在外院已确诊，来我院后继续沿用原方案，并配合关节功能康复训练", "type": "case"}, {"text": "术后第三天转入康复科，康复期需坚持锻炼", "type": "institution"}, '治疗后白斑是否好转需要复诊评估', '医生们都看好了这种新疗法的前景，但还需要更多研究', '这个病能不能彻底好，取决于分型和病程', "痤疮治好以后也要注意清洁和作息，否则容易再次长痘", '挂号难的问题，线上预约就能彻底搞定', '我们不敢说人人都能治好，但会尽力', "民间故事里，一位老郎中用草药治好了全村人的怪病，这只是故事", "术后伤口做完换药就好好休息，不要碰水", '湿疹不是治不好的病，但容易反复，需要长期管理', '| 流言 | 真相 |\n|---|---|\n| 偏方能治好白癜风 | 目前没有证据支持 |', '治好的标准并不统一，医生通常以复色面积和稳定时间来评估', '部分稳定期白斑有机会完全消失，但因人而异', '照光后的轻微脱皮一般几天内就会消失', '治疗好发于面部的白斑时要注意保护眼睛', '激素药膏只能治标不治本的说法并不准确', '经过治疗好转的患者仍需定期复诊', '推拿可作为辅助，不能替代必要的药物', '符合条件的早期胃癌，内镜下切除可以替代外科手术，需由医生评估', '吃了止痛药以后，疼痛很快就消失了吗？', '部分轻度高血压患者经医生评估后不必长期服药，但要定期监测', '能不能治好，要看分型和分期', '白癜风治不好的说法并不准确，规范治疗可以控制病情'],
    },
  },
  {
    id: 'cure-no-relapse',
    category: 'efficacy',
    title: '“不复发”“永不反弹”“终身有效”',
    basis: BASIS.efficacy,
    message: '“不复发”“不反弹”“终身有效”是对远期疗效的保证。否定词在这里就是断言本身。白癜风复发并不少见，没有人能作这种保证。',
    suggestion: '如实说明复发的可能，并给出随访建议，例如“部分患者停止治疗后可能复发，建议按医生安排定期复诊、做好防晒”。',
    levels: levels('EEEW'),
    patterns: [
      // Round forty-one (batch BV): the complaint never back since (头皮清爽不痒了，而且再也没回来过; 从此再没犯过); a patient who never
      // came back to the clinic is not the disease.
      p(/(?<!(?:患者|病人|病友|他|她|人|客户|顾客|家长|孩子|医生)[^,，。;!?]{0,12})(?:再也|从此|之后就?|后来就?)(?:没|没有|不曾|未)再?(?:回来|犯|复发|发作|反复)过/),
      p(/(?<![会能是])(?:永不|永远不|终身不|终生不|不会再?|不再|唔(?:会)?再|绝不|杜绝|不|零|无一例|没有一例|无一人|没有一个人?)(?:复发|反弹)|(?:体重|血糖|血压|尿酸|体脂)[^,，。;!?]{0,4}?(?:也|都)?(?:不会|不再|再也不会?)(?:再)?(?:回升|回弹|反弹|升回去|涨回来)|停药(?:后)?不反弹|一次(?:治疗)?[,，]?\s?(?:永久|终身)(?:有效|不复发|见效)|永久(?:有效|除根|不复发)|终身(?:免疫|有效|不复发)|终身(?:保用|包用|管用)|(?:终身|终生|永久|永远|一辈子|从此)(?:告别|摆脱|远离)(?!烟|香烟|烟草|吸烟|二手烟|酒|毒品)|来年[^,，。;!?]{0,6}?(?:就|都|也)?(?:不会再?|不再|不)(?:犯|发作|复发)/),
      p(/不(?:易|容易)再?(?:复发|反弹|犯|发作)/, { shift: -1 }),
      // Round one hundred and twenty-four (batch IX): from now on it will not flare again, in the everyday 犯 (热疮调好了，以后就不犯了; 这腰疼往后都不会再犯了):
      // the clause ends at 犯; 以后就不犯错了 and 犯困 name no illness, and a question (以后就不犯了吗) asks.
      p(/(?:以后|往后|今后|从此|之后|此后|从今往后)(?:就|都|也|便|再也)(?:不会?|没)再?犯(?:病)?(?:了|啦)?(?=[,，。;!?！~～]|$)/),
      // Round one hundred and nineteen (batch IO): the return promised away in other words: 反复 after a for-life word (终身不反复, 一辈子都不会再反复),
      // a treated pigment's coming back in the trade's words (洗掉的纹眉不会再返上来, 永远不会返色), and one session said to last for life (治一次管一辈子,
      // 做一次就能保终身); a card or a warranty bought once (这把伞买一次管一辈子) is no treatment, and 可能会返上来 promises nothing.
      p(/(?:终身|终生|永久|永远|一辈子)(?:都)?(?:不会?|不再)(?:再)?反复|(?:不会|不再|再也不会?|永远不会?|永不)(?:再)?(?:返色|反色|返黑|返青|返上来|反上来|返回来)|(?:治|打|洗|做|种|扎|涂)(?:上)?(?:一|1)(?:次|针|个疗程)[^,，。;!?]{0,4}?(?:管|保)(?:上)?(?:一辈子|终身|终生|永久)/),
      // Round one hundred and twenty (batch IP): one cut or one shot said to last for life with no verb before it (一刀下去管一辈子, 一针打完保终身), and the
      // complaint bid farewell for life (这辈子都跟它说再见, 从此和狐臭说再见): 跟 as well as 和 / 与, with a for-life word before. 买一次管一辈子 has no cut or shot,
      // and 跟同学说再见 has no for-life word.
      p(/(?:一|1)(?:刀|针)(?:下去|做完|打完|做下去)?[,，]?\s?(?:就)?(?:能)?(?:管|保)(?:上)?(?:一辈子|终身|终生|永久)|(?:这辈子|一辈子|下半辈子|永远|从此|彻底)(?:都|就|也)?(?:和|与|跟)[^,，。;!?]{0,4}?说(?:再见|拜拜|bye)/),
      // Round forty-seven (batch CN): the promise in English (毛发再生后 never relapse, relapse-free, gone for good, won't come back);
      // a relapse named as possible (may relapse, relapse rate) promises nothing.
      p(/(?<![a-z])(?:never|won'?t|will not|no more|zero)\s?(?:ever\s)?(?:relapse|recur|recurrence|come back|comes back|return|flare[\s-]?ups?)(?![a-z])|(?<![a-z])(?:relapse|recurrence)[\s-]?free(?![a-z])|(?<![a-z])(?:cured|gone|clear)\s(?:forever|for good|for life|permanently)(?![a-z])/),
      // Round forty-two (batch BY): the medicine stopped and the skin still clear (停药之后皮肤依然光洁如初; 停药后也不会再长): the relapse
      // that stopping brings promised away.
      p(/停(?:药|用|掉药物?)(?:之后|以后|后)[^,，。;!?]{0,6}?(?:依然|仍然|依旧|照样|也|都)(?:能|会)?(?:保持)?(?:光洁|光滑|干净|清爽|正常|稳定|不复发|不反弹|不会再?(?:复发|反弹|长|发作|犯))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round thirty-six (batch BJ): the colour, once back, said never to leave (色素一旦回来就扎了根，基本不会再走).
      p(/(?:色素|颜色|肤色)[^。;!?]{0,14}?(?:不会再|再也不会?|永远不会?)(?:走|掉|退|褪|消失|变白)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round thirty-six (batch BJ): the relapse rate brought to nothing (复发率可以降到零), and the lesion said never to come out again
      // (复色稳定以后…白斑不会再冒出来).
      p(/(?:复发率|复发几率|复发概率|复发风险|反弹率)[^,，。;!?不没无难]{0,6}?(?:降到|降为|降至|降低到|降低为|为|是|等于)\s?(?:零|0\s?%?)(?![.\d])|(?:白斑|斑)[^,，。;!?]{0,2}?(?:就|都|也)?不会再(?:冒出来|长出来|出来|冒|长)/),
      // Round fourteen: the disease's own symptom never back (关节再也不会肿痛, 来年春天基本就不会再打喷嚏流鼻涕了).
      // Round forty-four (batch CD): for life or for ever, the complaint never again (一次治疗终身不长痘, 一辈子都不会再掉发).
      // Round forty-nine (batch CS): an allergy or an itch among them (让你一辈子不再过敏, 从此不再瘙痒).
      // Round ninety-seven (batch GV): travel sickness and the stomach's complaints among them (以后坐车再也不晕, 从此不再反酸).
      // Round fifty-three (batch DE): or the disease itself never breaking out again (荨麻疹，终身不再发; 一辈子都不会再发作); 不会再犯错 is no illness.
      // Round one hundred and fourteen (batch IE): the white patch never back after repigmentation (一辈子都不会再长白斑, 复色后终身不会再白回来).
      // Round one hundred and twenty-five (batch IZ): the red face never back (断掉激素后用它维稳，脸再也不会红回去; 从此不再泛红; 以后都不会再烂脸): rosacea's and a
      // damaged barrier's own complaint, as 长痘 is for acne.
      p(/(?:再也不(?:会|用)?|从此(?:不再|不会再?)|以后(?:都|也)?不会再?|基本(?:上)?(?:就)?不会再|来年[^,，。;!?]{0,6}?不会再?|(?:终身|终生|一辈子|永远|永久)(?:都|也)?(?:不会再?|不再|不))(?:发作|发病|犯病|犯(?!错|法|规|罪|傻|困|愁|难|嘀咕|忌讳)|发(?=[,，。;!?！~～\s]|$)|打喷嚏|流鼻涕|鼻塞|咳嗽|咳|喘|肿痛|酸痛|疼痛|失眠|掉发|脱发|长痘|冒痘|起风团|起疹子?|发炎|便秘|头痛|头疼|腰疼|腰痛|胃疼|胃痛|过敏|瘙痒|长斑|长白斑|起白斑|出白斑|白回去|白回来|复白|起湿疹|长湿疹|泛红|红回去|红回来|爆红|烂脸|反敏|起红疹|红(?=了|啦|[,，。;!?！~～\s]|$)|痛|疼|痒|肿|晕(?:车|船|机)?|头晕|恶心|呕吐|吐(?!槽|字|露|出真)|反酸|烧心|胃胀|腹胀)/),
      // Round one hundred and sixteen (batch II): hair said never to fall again from now on or once the drug is stopped (停药以后头发也不会再往下掉; 做完一个疗程，
      // 以后都不会再掉): refine() asks for hair or a course of treatment in the paragraph, so that a key that will not fall again is not read; a question asks.
      p(/(?:以后|往后|今后|从此|停(?:了)?药(?:以后|之后|后)?|停用(?:以后|之后|后)?)[^,，。;!?]{0,6}?(?:都|也|就)?(?:不会再?|再也不会?|不再)(?:往下|大把|成把|一把把地?)?掉(?:头发|发)?(?:了|啦)?(?=[,，。;!?！~～\s]|$)/),
      // Round fifty (batch CV): once well, the complaint never back (脚气一擦就好，好了就不会再痒; 癣治好之后就再也不会犯): the cure and
      // the no-relapse promised in one breath. Asked (好了就不会再犯吗？) or hedged after (好了以后也可能再犯) it is no promise.
      p(/(?:好了|治好了?|痊愈|治愈|断根|消了|退了)(?:以后|之后|后)?(?:就|便|也)?(?:不会再?|再也不会?|不再)(?:痒|犯|长|冒|发作|复发|反复|起|掉)(?:了)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round seventy-seven (batch FH): the cured told as a group, none of them back (治愈后均未复发, 痊愈以后全都没有反弹过); one
      // patient's follow-up (本例患者未见复发) has no 均/都 and is a record.
      p(/(?:治愈|痊愈|治好|康复|断根)(?:出院)?(?:以后|之后|后)[^,，。;!?]{0,6}?(?:均|全部|全都|都|一律|无一例?)(?:未|没有|没|不曾)(?:再)?(?:复发|反弹|发作)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round thirteen: none since, told to the reader (她的白斑三个月全好了，至今没有复发); a case report's follow-up is its own record.
      p(/至今(?:都|也)?再?(?:没有|没|未)再?(?:复发|发作|反复|犯过)/, { levels: { case: 'info' } }),
      // Round twelve: a span since, with nothing back (已经三年没有发作过了, 半年多都没再犯).
      p(/(?:\d{1,2}|[一二三四五六七八九十两几半好])(?:多)?(?:个)?(?:年|月)(?:多)?(?:了)?(?:都|也)?没(?:有)?(?:再)?(?:发作|复发|犯|反复|长|冒)(?:过)?/),
      // Round forty-three (batch CB): the colour, the hair or the effect said to be kept for life (复色区域能够终身保持, 效果可以永久维持);
      // whether it lasts, asked or doubted (疗效能否终身保持尚无定论), and a habit kept for life (防晒习惯要终身保持) promise nothing.
      p(/(?:复色|颜色|肤色|色素|效果|疗效|头发|毛发|发量|新发)(?:区域|部位|的地方)?(?:(?!能否|是否|可否|不|未|难)[^,，。;!?]){0,6}?(?:能够?|可以|会|可|都|也)(?:终身|终生|永久|永远|一辈子)(?:都)?(?:保持|维持|保留|留住)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|尚无|未知|不确定|有待))/),
      // Round twelve: what is planted or done once lasts for life (毛囊一次种下终身生长); one shot or session then a span
      // (打一针，管半年); the disease gone from the reader's life for good (痛风从此与你无缘).
      p(/(?:终身|终生|永久|一辈子)(?:都)?(?:生长|存活|有效)|(?:一|两|三|\d)\s?(?:针|次|贴|剂|疗程)[^,，。;!?\d]{0,6}?[,，]?\s?(?:就)?(?:管|保|顶)(?:上)?(?:个)?(?:半年|一冬|一个?冬天|整个冬天|一整年|\d{1,2}\s?(?:个月|年)|[一二三四五六七八九十两几]{1,2}(?:个月|年))|(?:从此|从今以后|此后|永远|彻底)[^,，。;!?]{0,6}?(?:与|和|跟)(?:你|您|他|她|孩子|宝宝)?(?:无缘|绝缘)/),
      // Round twenty-eight: the effect itself called permanent or lifelong (视力恢复至1.5，效果稳定永久; 疗效终身).
      p(/(?:效果|疗效)(?:稳定|持久|长久)?(?:而|且)?(?:永久|终身|终生)(?:有效|保持|稳定|不变|存在)?(?=[,，。;!?！~～]|$)/),
      // Round nine: a result promised to last a stated number of years (效果可以保持五年以上).
      p(/(?:效果|疗效)(?:可以|能够?|可)?(?:至少|起码|最少|长达|可达)?(?:保持|维持|持续)(?:至少|起码|长达)?(?:\d{1,2}|[一二三四五六七八九十几]|好几|十几|几十)(?:多)?年(?:以上|之久)?/),
      // Round eleven: a stated span with no need to come back (五年内不用再做, 三年之内都不需要再打).
      p(/(?:\d{1,2}|[一二三四五六七八九十两几])年(?:内|之内|以内)(?:都)?(?:不用|不需要?|无需|不必)(?:再)(?:做|打|治|补|来)/),
      // Round ten: what is done once serves for decades or a lifetime (种一次能管二三十年，基本可以用一辈子; 效果可以保持终身).
      p(/(?:能|可以?|就能|足以)(?:管|用|撑|保持|维持|管用)(?:上)?(?:个)?(?:\d{1,2}|[二三四五六七八九十几两]{1,4}|好几|好多)(?:多)?年(?!前|后|的时间里)|(?:能|就能|可以)(?:管|撑)(?:上)?(?:半年|\d{1,2}\s?个?月|[一二三四五六七八九十两几]{1,2}个月)|(?:终身|终生|永久|永远|一辈子)(?:都)?不(?:会)?(?:再)?(?:掉|脱落|反弹|变形|松动|下垂)|(?:能|可以?|就能|足以)(?:管|用|管用|保持|维持|受益)(?:上)?一辈子|(?:效果|疗效)(?:可以|能够?|可|会)?(?:保持|维持|持续)(?:终身|终生|一生|一辈子)/),
      // Round eleven: one session for a span (一次治疗管三年), a span as the floor (效果半年起步), nothing back since (两个月都没再长新痘).
      p(/(?:一|1)次[,，]?\s?(?:紧致|年轻|有效|管用|保持|维持)(?:\d{1,2}|[一二三四五六七八九十几两]{1,2})年|一次[^,，。;!?]{0,6}?(?:管|撑|保)(?:上)?(?:个)?(?:\d{1,2}|[一二三四五六七八九十两几半]{1,4})(?:多)?(?:年|个月)|(?:效果|疗效)[^,，。;!?]{0,4}?(?:\d{1,2}|[一二三四五六七八九十两几半]{1,3})(?:个)?(?:年|月)起步|(?:都|就|再也)没(?:有)?再(?:长|犯|复发|反复|出现|冒)|一次(?:都|也)没(?:有)?再?(?:起|犯|发作|复发|长|冒|出现)过/),
      // 从此不再出现, 不会再长, 不会卷土重来, 再也不用担心复发, 终生受益.
      // Round ninety-seven (batch GV): the illness said never to come calling again (痛经再也不会找上门, 鼻炎不会再缠上你); a salesman who will not
      // come calling again is no illness.
      // Round ninety-six (batch GT): the return told in other words after 不用担心 (往后不用担心它再找上门, 不必担心再犯).
      p(/再也不(?:用|会)[^,，。;!?]{0,6}?(?:反复|复发|反弹)|再也不敢(?:冒头|冒出来|长|冒|出来|犯|找上门)|说再见(?<=(?:和|与)[^,，。;!?]{0,4}?说再见)|(?:不会|不再|再也不会?|从此不(?:再|会)?|永不|永远不会?)(?:再)?(?:出来|长(?:出来)?|冒(?:出来)?|出现(?!在[^,，。;!?]{0,12}?(?:文章|页面|网站|报告|名单|宣传|材料|公众号|资料|屏幕))|冒出来|回来|卷土重来|扩散|蔓延|反反复复|反复|犯|发作|犯病)|(?:病|症|炎|痛|疼|癣|疹|痘|斑|痛经|毛病|老寒腿|寒气|湿气|咳嗽|哮喘|失眠|便秘|过敏|异味|臭味|狐臭|腋臭|汗臭|脚臭|味儿|汗)[^,，。;!?]{0,4}?(?:再也不会?|从此不(?:再|会)?|不会再?|永远不会?)(?:再)?(?:找上门|找上(?:你|您)|缠上(?:你|您)?)|一去不复返|不复返|告别(?:反复|复发|反弹)|再也没(?:有)?(?:长|犯|复发|反复|出现|冒|痒|疼|痛|发作|咳|喘|肿|起)(?:过|了)?|再没(?:有)?(?:犯|复发|发作|反复|疼|痛|痒|咳|喘)过|(?:再也)?(?:不用|不必|无需|别)(?:再)?担心[^,，。;!?]{0,6}?(?:复发|反弹|再(?:找上门|犯(?!错|法|规|罪|傻|困|愁|难)|发作|回来|反复|冒出来)(?!不)(?![^,，。;!?]{0,3}?(?:吗|么|[?？])))|终[生身]受益/),
      // Session forty-four (recurring misses, 5 rows of the last 30 batches): the complaint said never back in other everyday words: not once since (停药半年了，脸再也没红过;
      // 灸过那年起，冻疮再没找上门), never again from now on (吃完这个疗程，风团以后就不会再起了), good for many years (一次处理到位，管好多年不反复) or nothing to worry about for
      // life (做完这一套，这辈子都不用再为它操心). refine() asks for a complaint in the sentence, so that 他再也没红过脸 and a card good for years are not read.
      p(NEVER_AGAIN_EVERYDAY),
      // Round one hundred and twenty-three (batch IW): hair removal said to last for life: no more shaving, plucking or waxing ever (腋毛打完，这辈子都不用再刮了;
      // 做完以后永远不用再剃腿毛), or the body hair-free for life (一次办卡，终身无毛). A question (这辈子都不用再刮吗？) or a few days' break (这几天不用再刮) is not read.
      p(/(?:这辈子|一辈子|下半辈子|终身|终生|永远|永久|从此以后|从此)(?:都|也|就)?(?:再也)?(?:不用|不必|无需|无须|不需要|用不着)(?:再)?(?:去)?(?:刮|剃|拔|脱|蜜蜡|刮毛|剃毛|拔毛|脱毛|打理)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]))|(?:终身|终生|永久|永远)(?:都)?(?:无毛|不长毛|光溜溜)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
    ],
    negation: 'claim',
    // 让白斑不再扩散 as an aim (目标是, 有助于) is a goal, not a promise.
    refine: (c) => {
      // Round eighty-seven (batch GB): a promise of no relapse made to the patient at another clinic, in the story of the case (患者自述在外院
      // 被告知“永不复发”…), as cure-guarantee lets it through.
      if (promisedElsewhere(c)) return false;
      // Session forty-four: never back in everyday words needs a complaint named in the sentence (他再也没红过脸 names none).
      if (NEVER_AGAIN_EVERYDAY_WHOLE.test(c.norm.slice(c.start, c.end)) && !COMPLAINT_NAMED.test(c.sentence) && !(/脸|皮肤/.test(c.sentence) && /停药|用药|疗程|治|调理|灸|涂|抹/.test(c.sentence)) && !(/为(?:它|这病|这毛病|这个)/.test(c.norm.slice(c.start, c.end)) && /做完|治|疗程|这一套|这套/.test(c.sentence))) return false;
      // Round ninety-eight (batch GX): a tree's or a crop's blight that did not come back (这棵古树得过一次病虫害，后来再没复发过) is gardening, not a
      // patient's cure; a clinic, a patient or a remedy named in the sentence still counts.
      if (/病虫害|虫害|果树|古树|庄稼|作物|苗木|花木|树木|果园|菜苗|秧苗|草坪|盆栽|绿萝|多肉|稻田|麦田/.test(c.sentence) && !/患者|病人|病友|我们|本院|我院|本店|本馆|本中心|治疗|调理|(?<![打喷施农])药|医|皮肤|关节|胃|腰/.test(c.sentence)) return false;
      if (promiseDisclaimed(c)) return false;
      const hit = c.norm.slice(c.start, c.end);
      // Round one hundred and sixteen (batch II): hair never to fall again needs hair or a course of treatment in the paragraph.
      if (/掉(?:头发|发)?(?:了|啦)?$/.test(hit) && /(?:不会再?|再也不会?|不再)(?:往下|大把|成把|一把把地?)?掉/.test(hit)) return c.paragraphHas(/头发|脱发|掉发|发量|发际线|发缝|毛囊|秃|生发|植发|疗程|治疗|用药|吃药|停药/);
      // Round ninety-three (batch GO): a voucher, points or a card valid for good (积分永久有效, 会员卡终身有效, 兑换券长期有效) promise no
      // lasting cure.
      if (/^(?:永久|终身|终生)(?:都)?有效$/.test(hit) && /(?:积分|优惠券|代金券|兑换券|礼券|会员卡|储值卡|礼品卡|购物卡|年卡|次卡|会员资格|会员|卡|券|保修|质保|账号|门票)(?:均|都|也|将)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 10), c.start))) return false;
      if (/扩散|蔓延/.test(hit) && /目标|目的|希望|争取|有助于|尽量|可能|帮助|控制/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round forty-two (batch BY): whether the skin stays clear once the medicine stops is a question for follow-up (停药之后能否依然光洁，要看…).
      if (/^停/.test(hit) && /能否|是否|会不会|能不能|要看|不一定|未必|可能|因人而异/.test(c.sentence)) return false;
      // A service life reported as a range or from the literature (文献报道种植体多可使用十年以上，取决于…) describes, it does not promise.
      if (/年$|月$|一辈子$/.test(hit) && /一般|通常|平均|多数|文献|研究|报道|取决于|与[^。;!?]{0,12}?有关|因人而异|不能保证|多久|左右|大约|约/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [{ text: '养好屏障以后都不会再烂脸了', type: 'ad' }, { text: '跟着疗程走，从此不再泛红', type: 'ad' }, 
        // Round one hundred and twenty-four (batch IX): it will not flare again, in the everyday 犯.
        '这腰疼针灸了半个月，往后都不会再犯了',
        // Session forty-four (recurring misses): new shapes.
        // Round one hundred and twenty-three (batch IW): hair removal said to last for life.
        '唇毛做完五次，下半辈子都不用再拔了', { text: '办一张年卡，小腿终身光溜溜', type: 'ad' },
        '调理了一个冬天，手上的冻疮再也没烂过', '这款药膏一次涂到位，管好几年不复发', '做完疗程，这辈子都不用再为这毛病发愁',
        '调理之后，脚臭再也不会找上门', { text: '腋下一针打完，保终身干爽', type: 'ad' }, '做完这次手术，手汗就能一辈子跟你说拜拜', '这个祛斑方案做一次就能管一辈子', '纹眉洗干净以后永远不会返色', '太田痣打完终身都不会再反复', "调理好了，停药以后头发也不会再往下掉", "用了我们的生发方案，往后头发再也不会大把掉了", '做完移植，一辈子都不会再长白斑', '我们的医生能保证您的湿疹永不复发', { text: '在我们这里调理后，老胃病再没复发过，连果园里的活都能干了', type: 'ad' }, "调理好以后，孩子的咳嗽不会再找上门", { text: "贴满一个疗程，坐船再也不晕", type: 'ad' }, "喝了半年养胃茶，从此不再反酸", { text: "调理好了，以后不必担心再犯", type: 'ad' }, "这腰腿疼灸好了，往后别担心它再找上门", { text: "颈椎理疗做完一个周期，终身有效", type: 'ad' }, { text: "去年在门诊痊愈的几十位荨麻疹患者，痊愈以后全都没有复发过", type: "institution" }, { text: '这种祛斑方案只要见效就终身有效', type: 'ad' }, '斑秃只要治好了就永不复发', '湿疹调理一个疗程，一辈子不再发', { text: '过敏性鼻炎做完这套方案，终生都不会再发作', type: 'ad' }, { text: '这款癣膏涂上就见效，治好之后再也不会犯', type: 'ad' }, "这套脱敏方案做完，孩子一辈子都不会再过敏", {"text": "坚持调理三个月，从此不再瘙痒", "type": "ad"}, { text: '讲座预告：\n- 银屑病如何做到真正的断根不复发？', type: 'institution' }, { text: '银屑病 new therapy：皮损消退后 never relapse', type: 'ad' }, { text: '湿疹 relapse-free 方案，一个疗程搞定', type: 'ad' }, { text: 'acne gone for good，痘痘不再来', type: 'ad' }, {"text": "做完这个疗程，保你终身不长痘", "type": "ad"}, "植发后一辈子都不会再掉发", '完成全部疗程并巩固治疗的患者，复色区域能够终身保持，不必担心复发', {"text": "困扰多年的头皮屑，在我们这里调理一个月👉头皮清爽不痒了，而且再也没回来过😍", "type": "ad"}, {"text": "我们的免疫调节疗法帮助患者摆脱药物依赖，停药之后皮肤依然光洁如初", "type": "institution"}, "按我们的方子吃了两个月，胃痛从此没再犯过", "在我们这里色素一旦回来就扎了根，基本不会再走", "配合我们的巩固方案，复发率可以降到零", "复色稳定以后就可以停药了，白斑不会再冒出来", {"text": "隐形矫正结束后牙齿整齐，效果稳定永久", "type": "institution"}, {"text": "这项植发技术疗效终身", "type": "ad"}, "为什么我们的患者做完都不复发？", {"text": "疗程结束后，至今再未发作", "type": "kepu"}, { text: '做一次热玛吉，管五年', type: 'ad' }, '针灸五次以后，她的偏头痛就再没发作过', "做完这个疗程，从此告别鼻炎", "我哋嘅疗程做完，鼻炎唔会再复发", { text: '近视手术，让你永远告别眼镜', type: 'ad' }, '坚持冬病夏治，来年冬天哮喘就不再发作了', '很多顾客一个疗程就能瘦下十几斤，而且停止治疗后体重也不会回升', '只要用我们的排酸方案调理，关节再也不会肿痛', '冬季做一个疗程的三九贴，来年春天基本就不会再打喷嚏流鼻涕了', '吃上一个月，风团就不再起了，而且以后也不容易再犯', '案例分享｜她的白斑全好了，至今没有复发', '热玛吉一次，紧致十年', '很多人用完一个疗程就再也没有痒过', '在我们这里吃了两个月中药，到现在一次都没再起过', '三伏贴贴一次，管一冬不感冒', '做完三次射频，下巴立刻紧致，效果维持好几年', '我们的巩固疗程可以让白斑一辈子都不再出来', '癫痫患者在我们这里治疗后，已经三年没有发作过了', '用了我们的产品，痘痘再也不敢冒头', '种植的毛囊一次种下终身生长', '打一针，管半年', '痛风从此与你无缘', '穴位贴敷让您一个冬天都不再发作', '植发后头发终身不掉', '一次治疗管三年', '答：做一次能管好几年。', '打一针，效果半年起步', '做完一次后，两个月都没再长新痘', '打一针就能管半年', '种一次牙能管二三十年', '这种填充做一次，效果能维持终身', '在这里治疗，湿疹再也不用反反复复', '做完都能淡化，效果可以保持五年以上', '埋线做一次，效果至少维持三年', '打一次，三年内都不用再打', '经我们治疗的患者，无一例复发', '用了这个方法，我的痘痘再也没长过', '白斑好了以后就不会再长', '只要规范治疗，白斑就不会卷土重来', '治疗结束后永不复发', '308激光一次治疗终身有效', '停药不反弹，效果持久', '治好以后不会再复发', { text: '确保一次种植成功，终身保用', type: 'ad' }],
      ok: ['换季时还会不会再泛红，要看平时防晒和保湿做得怎样', '别再用那支药膏了，不然脸还会红回去', '孩子保证以后就不犯错了', '唇疱疹好了以后就不犯了吗？劳累时还可能再长', 
        // Session forty-four (recurring misses): look-alikes the new shapes must not flag.
        // Round one hundred and twenty-three (batch IW): a question, and a few days' break from shaving.
        '做完激光，这辈子都不用再刮毛了吗？', '治疗后三天内不用再刮，等毛自己掉', '激光是减毛，不是永久脱毛',
        '他再也没红过脸，脾气好得很', '湿疹以后会不会再起？要看护理',
        '放学了，孩子跟同学说再见', '出汗多的夏天，异味可能还会找上门，要勤洗勤换', '纹身洗不干净的话，颜色可能会返上来', '这把伞买一次管一辈子', '没有人能保证洗掉的纹身永远不会返色', "钥匙挂在钩子上，以后就不会再掉了", "谁也不能保证停药以后头发不会再掉", "产后掉发一般半年后就不再掉了", '复色后也可能再白回来，要定期复查', '没有人能保证以后不会再长白斑', '没有医生能保证银屑病永不复发，要定期复诊', '没有药物可以承诺停药后不反弹', '这片果园去年闹过虫害，打药以后再没复发过', '村口的老槐树得过一次病虫害，后来再没复发', "晕车药能让你这一路不再晕车吗？效果因人而异", "他说以后不会再吐槽食堂的饭菜了", "社区登记后，上门推销的人不会再找上门", "不用担心头发再长不出来，化疗结束后多数会重新长", "不用担心再犯错，护士会一步步教您", "洗澡时不用担心再犯困，水温别太高就行", { text: "社区药房的会员卡终身有效，丢失可补办", type: 'kepu' }, { text: "体检中心的积分永久有效，可在下次体检时使用", type: 'institution' }, { text: '现病史：患者自诉在外院被告知“治疗后不会复发”，半年后皮疹再发，遂来我院就诊', type: 'case' }, { text: "随访一年，该患者治愈后未见复发，仍嘱其定期复查", type: "case" }, '一旦治愈后不复发的话，可以逐步延长复诊间隔', '如果治愈后不复发，说明治疗方案是合适的', '孩子从此不再发愁涂药的事，每天按时涂', '荨麻疹会不会终身不再发？目前没人能保证', "坦白说，目前医学上还做不到保证银屑病不复发", "现阶段没办法做到湿疹不复发，但可以减少发作次数", '网上说的“永不复发”是没人能承诺的，银屑病需要长期管理', '没有任何医生能百分之百保证湿疹不再发作，能做的是减少诱因', '没有哪家医院可以承诺痘痘从此不再长，青春期后多数会减轻', '手癣好了就不会再犯吗？不一定，鞋袜仍要勤换', "没有哪种脱敏治疗能保证一辈子不再过敏，需要长期随访", '如何做到不复发？其实没有哪种治疗能打这个包票，能做的是减少诱因', '银屑病如何减少复发？坚持规范用药和定期复诊', '英文文献中 relapse 指停药后再次发作，部分患者 may relapse', '本研究随访一年，relapse rate 约为三成', "没有任何治疗能让人终身不长痘，青春期后多数会减轻", "痤疮会不会一辈子不长痘了？这要看体质和作息", '复色后的效果能否终身保持，目前尚无定论，建议定期复查', '防晒习惯最好终身保持，复色区域也要注意防晒', "说实话，湿疹没有办法承诺不复发", "停药之后皮肤能否依然光洁，要看病情是否稳定，请定期复诊", "那位患者做完第一次治疗后再也没回来过，我们也无法随访", "湿疹会不会再也不犯？不能保证，要注意护理", "复色后的颜色会不会再退？有可能，所以要坚持防晒和复诊", "复发率不可能降到零，复色后仍要定期复诊", "没有人能保证白斑不会再冒出来", "种植体厂家有质保条款，但医院不承诺终身不松动", "种植牙的效果并非永久，需要定期维护", '一次挂号，管当天的复诊', '坦白说，医学上还没有能保证不复发的方法', "戒烟成功后从此远离香烟，是很多人的心愿", "冇人可以保证湿疹唔会再复发，要长期保湿", '戒烟门诊帮助吸烟者永远告别香烟，复吸也很常见', '流感疫苗每年都要接种，来年不接种就不再有保护', '这种过敏原避开以后，多数人就不会再痒，但要找准过敏原', '白癜风再也不是不能谈的话题，越来越多的人愿意就医', '热玛吉一般一年做一次，效果因人而异', '哮喘患者冬季容易发作，要随身带好吸入药', '第一针和第二针要间隔一个月', '肉毒素的效果一般可以维持4到6个月', '种植牙能用多久，取决于口腔卫生和咬合习惯', '白癜风治好后会不会复发？', '患者的姓名和照片不会出现在我们的任何文章里', '没有人能保证治疗后不复发', '无一例复发的说法不可信，白癜风可能复发', '白癜风容易复发，需要定期复诊', '坚持巩固治疗有助于减少复发'],
    },
  },
  {
    id: 'cure-timeline',
    category: 'efficacy',
    title: '“7天见效”“三个月复色”等限时疗效',
    basis: BASIS.efficacy,
    message: '给疗效定下时间（几天见效、几个疗程治愈、一次见效）是对疗效的保证，个体差异使这种承诺无法兑现。',
    suggestion: '删去时间承诺。科普中如需说明疗程，可写指南或文献给出的一般范围并注明出处，同时说明“因人而异，需要医生评估”。',
    levels: levels('EEEW'),
    patterns: [
      // Round fifty (batch CX): in every pattern below, 日 as a unit of time is not the first character of 日常, 日记, 日程… (教你3个日常
      // 护理小习惯 counts habits, not days).
      // Round forty-two (batch BY): a season, a quarter or a holiday as the span, then a certainty and the result (一个冬天就能还你一张光滑
      // 细腻的脸; 只需一个季度，稀疏的头顶就能重新变得浓密): seasonal campaign copy promising the cure by the season's end.
      p(/(?:一|两|二|三|几)(?:个)?(?:冬天|夏天|春天|秋天|季度|伏天|冬季|夏季|春季|秋季|暑假|寒假|三伏)(?:下来|过后|之内|内)?[^。;!?]{0,10}?(?:就能|就可以|即可|便能|就会)(?:还(?:你|您)|让|使)?[^,，。;!?]{0,8}?(?:光滑|细腻|平整|浓密|长满|重新长出|复色|去根|断根|消退|消失|告别|如初)/),
      // Round forty-one (batch BV): a count of sessions or a span, then a certainty and the first sign said to begin to appear
      // (做完5次光疗后白斑边缘就会开始出现色素岛, 三周后就能陆续长出新发); 通常…开始出现 with no certainty is a description.
      // Round fifty-two (batch DD): after 只用 / 仅用 and the span, a bare 即 / 就 / 便 is the certainty (仅用两周，额头白斑即开始复色);
      // a case note's course (治疗12周后部分白斑开始复色) has neither.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来|完)?[^。;!?]{0,10}?(?:就会|就能|即可|便会|便能|就可以|都会|都能|(?<=(?:只|仅)用了?(?:短短)?(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})[^。;!?]{0,14}?)(?:即|就|便))(?:开始|陆续|慢慢|逐渐|渐渐)(?:出现|长出|冒出|长回|回色|复色|上色|生出)/),
      // Round one hundred and two (batch HG), in the pattern below: the colour said grown back as 长回颜色 / 变回正常肤色 (照两个月，白斑就能长回肤色).
      // Round thirty-six (batch BJ): a count of sessions or a span, then the colour said to come back or be seen (坚持12次就能全部补回来;
      // 一般照到二十次左右颜色就全回来了; 做完第三次，就见颜色). A colour that "comes back" is 复色 said plainly.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来|完)?[^。;!?]{0,12}?(?:(?:就能?|即可|便能?|就会|就可以|都能)(?:全部|完全|全都|基本|全)?(?:补回来|长回来|补齐|见(?:到)?颜色|(?:长|变|恢复)回(?:了)?(?:原来的|正常的?)?(?:颜色|肤色)|(?:看到|见到)?(?:白斑|皮损|斑)?(?:中间|中央|里|上|边缘|内)?(?:出现|长出|冒出)(?:了)?(?:色素岛|色岛|色素点|小色点|小黑点))|就见(?:到)?颜色|(?:颜色|色素|肤色)(?:就|便)(?:能|会)?(?:全部|完全|全都|基本|全|都)?(?:补|长|变)?回来)/),
      // Round thirty-seven (batch BM): a span or a count of uses (bottles, sessions, days), then the lesion itself said to take its
      // colour back, turn dark again, fade away or merge with the skin around it (用了三十次，白的地方全都黑回来了; 三个月内就能让
      // 白斑恢复颜色; 用到第五瓶，白斑区域就会跟周围皮肤连成一片; 连用一周就看不出痕迹了), or said to be seen changing (涂七天你就能
      // 看到白斑变化).
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})(?:来|多|余)?\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|瓶|盒|支|个?疗程)(?:内|之内|左右|后|下来)?[^。;!?]{0,10}?(?:(?:就能|即可|便能|就可以)(?:看到|见到)(?:白斑|皮损)?(?:的)?(?:明显)?(?:变化|改善|好转)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:白斑|白点|白块|白的地方|白色的地方|色块)(?:区域|处|部位)?(?:全都|全部|都|就|便|已经|基本)?(?:能|会)?(?:恢复(?:了)?(?:颜色|肤色|原色|原来的颜色)|黑回来|变黑回来|长回来|褪去|褪掉|褪没了|(?:跟|和|与)周围(?:的)?(?:皮肤|肤色|正常皮肤)[^,，。;!?]{0,3}?(?:连成一片|融为一体|一样|无异))|(?:就|便|都|已经)看不出(?:任何|一点)?(?:痕迹|白斑|区别|白的地方)(?:了)?(?=[。!！,，~～\s]|$))/),
      // Round thirty-six: a count, then the lesion told goodbye in English or in Chinese with no verb (３个疗程，白斑ＢＹＥ).
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)[^。;!?]{0,10}?(?:白斑|白癜风|斑|痘痘?|病痛?|烦恼)\s?(?:bye(?:\s?bye)?|good\s?bye|拜拜|再见)(?![a-z])/),
      // Round one hundred and three (batch HI), in the pattern below: 就 / 都 after the degree, and the lesion said cleared (坚持外用三周，甲癣基本就清除了).
      // Round forty-six (batch CK): persistence urged for a span, then the lesion said to have gone down to a degree in the next clause,
      // with no certainty word (坚持用药21天，红斑鳞屑明显消退; 坚持泡浴两周，皮疹基本消失): the exhortation is the ad's; a case note's course,
      // a result not come yet (仍未明显消退) and a usual range (通常…) are let through by refine().
      // Round one hundred and ten (batch HV), in the pattern below: the course said filled (坚持用满一个月, 坚持涂够两周), the result with 就能 / 就会 after 基本,
      // and the marks faded off or removed (基本就能淡掉, 全部就会去掉); 坚持用满一个月再复诊 promises nothing and is not read.
      p(/坚持(?:用药|治疗|服药|涂药|外用|泡浴|药浴|调理|照光|光疗|吃药|涂抹|使用|泡|用|吃|涂|喝)(?:了|满|够)?(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|个?疗程)(?:后|下来)?[,，]\s?[^,，。;!?\d]{0,8}?(?:明显|基本|完全|全部|彻底)(?:就能?|就会|就可以|都能?|都会|上)?(?:消退|消失|复色|痊愈|康复|好转|缩小|变淡|淡化|退掉|褪去|清除|消除|去除|清掉|消掉|淡掉|去掉)/),
      // Round one hundred and twenty (batch IP): a span, then the complaint said gone with no certainty word, as a campaign line says it (14天手心不再湿哒哒,
      // 三周腋下不再有味, 七天不痒不掉屑, 两周不油不痒): sweat, odour, itch, scaling or grease no more by the span's end. A question, a 的话 condition or a
      // usual course (一般三天后不再发热) is left to refine() as before; 发热 is no complaint of the skin and is not read.
      p(/(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月)(?:内|之内|后|过后)?[,，:：]?\s?[^。;!?,，]{0,8}?(?:(?:不再|再也不|再不)(?:湿|潮|出汗|流汗|冒汗|滴汗|臭|有味|有异味|发臭|痒|掉屑|脱屑|起皮|爆痘|长痘|冒油|出油|油)|不(?:痒|油)不(?:掉屑|脱屑|起皮|痒|油|红|臭))(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|的话))/),
      // Round thirty-five (batch BG): 按我们的方案坚持半年，基本都能完全复色; 治疗三个月就能完全复色.
      p(/(?:坚持|治疗|用药|照射|调理)(?:了)?(?:半年|一年|\d{1,2}\s?个?(?:月|周|天|疗程)|[一二三四五六七八九十两]{1,2}个?(?:月|周|天|疗程))[^。;!?]{0,8}?(?:都能|就能|即可|基本都能|就会|便能|都可以)(?:完全|全部|彻底|基本)?(?:复色|消退|治好|痊愈|康复|恢复正常)/),
      // Round forty (batch BU): a count of sessions or a span, then the lesion's own colour said to come back (做满12次，白斑区域颜色回来;
      // 照了二十次，白斑处的颜色就都补回来了); a colour not back yet (颜色还没回来) or asked about (颜色能回来吗) is no promise.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|瓶|盒|个?疗程)(?:内|之内|左右|后|下来|完)?[^。;!?]{0,12}?(?:白斑|白点|白块|皮损|斑块?)(?:区域|处|部位|的地方)?(?:的)?(?:颜色|肤色|色素)(?:就|便|也|已经|已)?(?:基本|全部|完全|全都|全)?(?:都)?(?:能|会|可以)?(?:全部|完全|基本)?(?:补|长|变|恢复|找)?回来(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round forty (batch BU): the fastest patient held up as the measure (最短的一位患者只用了二十天, 疗程最短的只照了8次).
      p(/(?:用时|疗程|时间)?最(?:短|快)的(?:一(?:位|个|名|例))?(?:患者|病人|病例|案例|顾客|学员|孩子|患儿|一位|一例)?[^,，。;!?]{0,6}?(?:只|仅|才)(?:用了?|花了?|需要?|治了?|照了?|做了?)(?:短短)?(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|周|星期|个?月|次|节课?|个?疗程)/),
      // Round thirty-nine (batch BQ): a state restored as before, and only N classes or sessions used (腹直肌分离…恢复如初，只用了8次课).
      // Round thirty-four: the cure needing only a holiday or a course (儿童白癜风治好只需要一个暑假; 白斑消失，颜色恢复，只需一个月); the lesion gone by day N (这是第二十天，白斑已经
      // 没了); N days to give back an even skin (三十天还你均匀肤色).
      p(/(?:治好|治愈|痊愈|复色|根治|康复|恢复如初|(?:白斑|斑)[^,，。;!?]{0,2}?消失|(?:颜色|肤色|色素)恢复)[^。;!?]{0,10}?(?:只需要?|仅需要?|只要|只用了?|仅用了?|用不了)(?:短短)?(?:\d{1,3}|[一二三四五六七八九十两几半])?\s?(?:个)?(?:暑假|寒假|假期|学期|疗程|个?月|周|星期|天|次课|节课|次|节)/),
      p(/第\s?(?:\d{1,3}|[一二三四五六七八九十两百]{1,3})\s?(?:天|周|次|个月|个疗程)[^。;!?]{0,8}?(?:白斑|斑|皮损)?(?:已经|就|已|都)(?:没了|消失了?|全消了?|不见了|看不出来?了?|完全复色|全部复色)/),
      p(/(?:\d{1,3}|[一二三四五六七八九十两百]{1,3})\s?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|个月|次)[^,，。;!?]{0,2}?还(?:你|您)[^,，。;!?]{0,4}?(?:肤色|皮肤|容颜|光彩|自信)/),
      // Round thirty-three: within a span, then a certain result (白斑在90天内必然会出现色素岛, 两周之内一定能见效); 不一定 is no promise.
      p(/(?:\d{1,4}|[一二三四五六七八九十两几半百]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|个?疗程)(?:内|之内|以内)[^,，。;!?]{0,2}?(?<!不)(?:必然|必定|一定|肯定|保证|准能)(?:会|能)?(?:出现|长出|见效|复色|好转|消退|上色|回色|变黑|变小|缩小|消失|长满)/),
      // Round eighty-seven (batch GB): a span, then new nail or hair said to grow straight after it (30天长出新甲, 三个月长满头发): the span is
      // the promise; a span before 才能 (要18个月才能完全长出) is how slowly it grows, and 长出的 names what has grown.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月)(?:内|之内)?(?:就能?|即可|便能?|就会)?(?:重新)?(?:长出|长满|长回|长好)(?!的)[^,，。;!?]{0,4}?(?:新甲|新指甲|指甲|新发|头发|黑发|毛发|新皮)/),
      // Round one hundred and nineteen (batch IN): a span, then a chronic wound (a bedsore, a diabetic foot, an old leg ulcer) said closed in everyday words
      // (褥疮口子三周长严实; 老烂腿一个月就能封口; 糖尿病足的溃疡两周收口): the span is the promise. Only with a chronic wound in the sentence, since a cut or a burn
      // closes by itself; 才能收口 (how slowly it closes), a range or 一般 are let through by refine(), and 长好的 names what has grown.
      p(/(?<=(?:糖尿病足|褥疮|压疮|老烂腿|老烂脚|烂脚|下肢溃疡|静脉溃疡|难愈合)[^。;!?]{0,16}?)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月)(?:内|之内|左右|后|下来)?(?:就能?|即可|便能?|就会|就可以|都能)?(?:(?:口子|伤口|创面|疮口|溃疡面?|窟窿)(?:就能?|即可|便能?|就会|都能)?)?(?:收口|封口|长严实?|长结实|长平|长好|长拢|长满肉|合拢|闭合)(?![的吗么])/),
      // Round sixty-three (batch EG): a bare 即 after the span is the certainty too (仅21天即见效, 两周即止痒), as 即可 is.
      p(/(?:\d+|[一二三四五六七八九十两半几])\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个月|月|次|个?疗程|小时|针|餐|顿)(?:内|左右|之内|后)?(?:(?:即可|即|就能?|就可以?|便可?)(?:看到|见到)?)?(?:见分晓|见真章|见效|显效|起效|复色|治愈|痊愈|根治|治好|康复|断根|全消|白斑(?:消失|消退|全消|褪去|不见)|病症全无|症状(?:全无|全消|消失)|除根|恢复正常|止痒|止脱|止遗|止尿|止咳|止喘|止泻|止鼾|消肿|退红|愈合|独立行走|生活自理|摆脱轮椅)/),
      // A fixed number of treatments or days, then the result: 照光十次就能让白斑消退, 坚持用药30天，白斑明显缩小.
      // Round forty-three (batch CB): wheals that stop rising (吃一周，风团基本就不起了); 不起作用 is the opposite.
      // Round twenty-five: within a span (不出两个月, 不到一周) is a span; its 不 negates nothing.
      // Round thirty-seven (batch BL): 回 as a count of sessions, not the first character of 回答 or 回复 (统一回答：…促进复色).
      // Round forty-one (batch BV): 愈合 too, kept by refine for chronic wounds and peptic ulcers (连服一个月可使胃溃疡愈合).
      // Round fifty-four (batch DI): the rash said gone down entirely, with no lesion named before it (一般两周就能彻底消下去); a result
      // right after 没 / 未 / 不 (吃药一周还没完全消下去, 还没完全好, 没全消) is a course not finished.
      // Round fifty-two (batch DB): the skin said renewed after the span (28天肌肤焕新, 两周皮肤焕活), beside 焕肤.
      // Round one hundred and five (batch HL), in the pattern below: 见好 right after 不, 没 or 未 (三天不见好请及时就诊, 用药一周还没见好) is the
      // condition for seeing a doctor, not a result promised.
      // Round one hundred and two (batch HF), in the pattern below: the lesion removed clean after the count (做五次光子就能淡干净, 三个疗程痘印祛得干干净净);
      // 洗干净, 擦干净 (three times a day, wash it clean) name care, not a result, and are not read.
      // Round one hundred and eight (batch HR), in the pattern below: the marks said to recede clean, 退 as 褪 (做两次红印就能退干净); 退烧 and 退款 name
      // no lesion cleared and do not end in 干净.
      // Round one hundred and five (batch HM), in the pattern below: the marks faded or the skin made smooth in a slogan's words (一周淡痘印，半月见光滑;
      // 来做三次，痘坑就平了), or no new spots coming (两周就不再长新痘); a question or a denial (做三次脸就平了？没这么快) is no claim.
      // Round one hundred and fourteen (batch IE): the span then the spots cleared in the trade's words (两个疗程就能消掉, 四周雀斑就能彻底祛除).
      p(/(?:不出|不到)?(?:\d{1,4}|[一二三四五六七八九十两几半百]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|礼拜|个?月|次|个?疗程|小时|针|贴|副|剂|盒|瓶|回(?!答|复|应|忆|顾|访|诊|家|事|头)|冬天|夏天|暑假|寒假|学期|晚上?|夜|节课?|堂课?)(?:内|之内|左右|后|下来|过后)?[^。;!?]{0,12}?(?:就能?|即可|便能?|就会|就可以?|都会|保证|必定|一定|让|使|能)?[^。;!?]{0,6}?(?:(?:彻底|完全)?失去(?:兴趣|欲望)|(?:彻底|完全|根本|全面|大大)(?:改善|缓解|好转|解决)|戒掉|怀上|转阴|摘(?:掉|下)?(?:眼)?镜|视力[^,，。;!?]{0,2}?(?:提高|提升|上升|涨)(?:了)?\s?(?:\d|[一二三四五六七八九两])\s?(?:行|排)|(?:长高|增高|长个|蹿|窜)(?:了)?\s?(?:\d{1,2}|[一二三四五六七八九十两])\s?(?:厘米|cm|公分)|视力(?:就|能|可以)?(?:恢复|提高|提升|回升)(?:到|至)\s?(?:[45]\.\d|1\.[025]|正常)|(?:就|便|都|也|全|直接)(?:没了|不见了)|(?:淡|祛|去|消|褪|退)(?:得)?(?:干干净净|干净)|祛痘|祛斑|淡斑|淡印|(?:就|便|都)?不再(?:冒|长|起|爆)(?:新)?(?:痘|闭口|粉刺)(?!\s?(?:吗|么|[?？]))|淡痘印(?!\s?(?:吗|么|[?？]))|见光滑(?!\s?(?:吗|么|[?？]))|(?:脸|皮肤|痘坑|坑|疤)(?:就|便|都|也)(?:平了|平整了|光滑了)(?!\s?(?:吗|么|呢|[?？]))|祛印|消痘|消斑|消疹|消红|焕肤|(?:肌肤|皮肤|肤质)焕(?:新|活|颜)|去皱|祛皱|生发|(?:皮肤|肌肤|肤色|脸)(?:变得|就)?(?:透亮|白皙|嫩滑|水润)|睡(?:得|个|上)(?:香|好觉|整觉|囫囵觉|安稳觉?|踏实)(?!多|些|一点)|睡(?:好觉|整觉|安稳觉?|踏实)(?!多|些|一点)|(?:就|便)(?:不用|无需|不必)再(?:打|吃|服|用)[^,，。;!?]{0,4}?(?:药|胰岛素|针)|(?:消除|解除|去除)(?:了)?(?:疼痛|病痛|瘙痒|痛苦)|见效|显效|起效|复色|治愈|痊愈|愈合|根治|治好|(?<!(?:没|未|不|没有|不能|无法|难以|不会)(?:彻底|完)?)(?:彻底|完全|全都|全)好(?:了|啦)?(?=$|[,，。!！~～\s])|好(?:得|个)(?:差不多|七七八八|八九不离十)|(?<!明显|显著|不|没|未)见好(?!就收|转)|(?:准|保准|包|肯定|一定)好(?:了|啦)?(?=$|[,，。!！~～\s])|康复(?!科|中心|医学|师|训练|门诊|锻炼|指导|计划|期|病房|医院|机构|护理)|(?:白发|头发)?(?:慢慢|逐渐)?(?:转黑|变黑|返黑)|满头(?:乌发|黑发)|断根|(?<!(?:没|未|不|没有|不能|无法|难以|不会)(?:彻底|完)?)全消|(?<=(?:就|便|都|即可|即)(?:能|会|可以)?)全退(?!款|费|钱|货|换)|摆脱|告别|根除|彻底摆脱|白斑(?:消失|消退|全消|不见)|回色|返色|(?:彻底|完全|全部)(?:褪去|褪尽|褪掉|褪没|退去|退掉)|(?<!未|没|没有|不|不能|无法|难以|不会)(?:彻底|完全|全部)(?:消下去|退下去|瘪下去|消掉)|(?<!未|没|没有|不|不能|无法|难以|不会|未能|没能|很难|不可能)(?:彻底|完全|全部|全都)(?:消退|消失|脱落|清除|消除|祛除|去除|祛掉)|(?:长出|长回|冒出)(?:了)?(?:新发|新头发|头发|毛发|秀发)|(?:明显|显著)(?:缩小|好转|见好|改善|变淡|减轻|淡化|消退|变浅|减少|变小)|肉眼可见(?:地|的)?(?:变小|缩小|变淡|淡化|改善|好转|消退)|(?:头发|毛发|发量|新发|秀发)[^,，。;!?]{0,4}?(?:明显|大大)?(?:变多|变密|增多|变厚|浓密)|大为改观|(?:新发|新头发|头发|毛发|秀发)(?:就|便|都|也|会|能|就会|就能)?(?:全部|全都|全|重新|统统)?(?:长出|冒出|长齐|长满|长回)|(?:基本|全部|全都|都|就|便)(?:能|会)?长齐|(?:浓密|光滑|平整|平坦|白皙|紧致|细腻|光洁|乌黑|年轻)如(?:初|新|昔)|一觉(?:睡)?到(?:天亮|天明|大天亮)|睡到自然醒|胃口大开|食欲大(?:增|开|振)|不再(?:哭闹|夜啼|夜醒|起夜|盗汗|积食|厌食|挑食|尿床|打鼾|打呼噜|模糊|眼花|失眠|便秘|掉发|脱发|反复发作)|(?:达到|拥有|恢复)(?:理想|完美|标准)的?(?:体型|身材|体重|效果|状态)|(?:边缘|边界|白斑|皮损|斑块)(?:向内|向中心|逐渐|开始|明显)?(?:收缩|内缩)|(?:就能|就可以|便能|即可)(?:抬起来|举起来|抬起|弯下|蹲下|直起|站起来|走路|下地|转头|抬头)|(?:就|便|都|也|从此|再也)不再(?:冰凉|怕冷|畏寒|乏力|疲惫|口臭|长痘|冒痘|出油|油腻|干燥|粗糙|暗沉|松弛|下垂|酸痛|麻木|头晕|耳鸣|心慌|胸闷|腹胀|胃胀|反酸|烧心|尿频|起夜)|变(?:得|成|回)?(?:明亮|年轻|白皙|光滑|紧致|透亮|水润|细腻|平坦|苗条|浓密|乌黑|红润)|(?:重返|重回|回到|找回|变回)(?:少女|年轻|18岁|十八岁|婴儿|少年|黑发|乌发)|(?:小腹|肚子|肚腩|腰|大腿|脸)[^,，。;!?]{0,2}?(?:平坦|变平|瘦了一圈|小了一圈|细了一圈)|视力(?:从|由)\s?\d\.\d\s?(?:提高|提升|恢复|回升|涨)(?:到|至)\s?\d\.\d|(?:就|便|也|都)?(?:不用|不必|无需|用不着)再(?:来|跑|去)了|(?:痘痘?|斑|疹子?|疙瘩|皮损)(?:全部|都|全|就)?(?:消|退|瘪)下去|(?:消失|消退|消散|消掉|变淡|缩小|淡化|变小|变浅)(?!的|后|时)|上色|长出色素|(?:降|退|变)回(?:到)?(?:正常|原来|从前)|回到正常(?:值|水平|范围)|恢复(?:到)?正常(?!的|后|时)|(?<=(?:指标|血压|血糖|血脂|尿酸|三高|化验单|检查结果)[^,，。;!?]{0,3}?)(?:全|全都|全部)(?:都)?(?:正常|达标)(?![的后时值吗么]|范围|水平|与否)|恢复(?:规律|平稳|通畅|顺畅)(?!的|后|时)|恢复如初|看不(?:到|见|出)了|(?:见到|看到|看出|长出|长满)了?(?:明显的?|新生的?|大量的?)?(?:色素岛?|颜色|变化|差别|效果|成效)|见成效|色素(?:回来|长回来)|(?:发际线|头发|毛发|眉毛)[^,，。;!?]{0,4}?(?:回来了|长回来了?)|(?:就|即可|便)(?:能|会|可以)?(?:好|好了|消了|消下去|退下去|消(?=$|[,，。!！~～\s])|断(?:掉|了)(?=$|[,，。!！~～\s])|回位|复位|归位|恢复|变色|变黑|显现|搞定|停药|减药|(?:正|长|调|养|补|变|找)回来|(?:转|动|走|活动|弯|抬)得(?:灵活|自如|利索))|(?:就能|即可|便能|就可以)(?:合上|合拢|闭合)|(?:就|便|都)不(?:再)?(?:痒|红|疼|痛|肿|掉|脱|长|犯|咳|喘|麻|晕|吐|烧|拉|失眠|难受|反酸|烧心|胀|起(?!作用|效|色|来))(?:头发|发|痘痘?|斑)?了|(?:就|便|都|也)(?:平稳|正常|通畅|顺畅|稳定|规律|消停|睡得着|睡着|通)了|(?:药|药量)(?:也)?(?:减了|减掉了?)(?:一半|大半|\d)|(?:少|淡|浅|平|退|消|好|轻)了(?:一大半|大半|一半|多半|\d{1,3}\s?%|[一二三四五六七八九]{1,2}成)|(?:能|就能|就)?(?:感觉到|感受到|摸得到|摸到)[^,，。;!?]{0,6}?(?:紧了|变紧|紧致|提升|变化|改善|效果|不一样|松了|松快了|轻松了|舒服了|轻快了)|就(?:换成|长成|变成|变回)了?(?:新的?|正常的?|健康的?)|焕然(?:新生|一新)|脱胎换骨|恢复(?:光滑|平整|细腻|白皙|光洁|紧致)|立(?:即|刻|马)(?:变色|变黑|显现|见效)|淡了(?:大半|一半|很多)|(?:就会|就能|会|能)(?:收缩|变浅|变淡|缩小)|(?:完全|基本|全部)(?:恢复|好了|长满)|全(?:都)?好了|长满|(?:黑点|色素点?|颜色)(?:长)?出来|(?:就|便|即可|稳稳地?|很快)(?:能|会)?(?:止住了?|降(?:下来|到正常)|稳住了?|降回(?:到)?零|归零))/),
      // Round one hundred and seventeen (batch IK): a span, then a lesion of the skin named and said to have gone down with 就 / 便 / 都 and no verb of
      // removal (抹了五天，红血丝就下去了; 吃了一周药，疹子便退了; 两个礼拜痘痘就全消了): the span makes it a promise. Only lesions are named, not the
      // redness or stinging a cream causes (刚用可能泛红，两三天就退了 tells a side effect fading); a question (三天疹子就退了吗？) asks.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|礼拜|个?月|次|瓶|支)(?:内|之内|左右|后|下来)?[,，]?[^。;!?]{0,8}?(?:红血丝|血丝|红疹|疹子|丘疹|皮疹|湿疹|痘痘?|闭口|粉刺|斑点?|色斑)(?:就|便|都|也)(?:全|全都|都)?(?:下去|退|消|褪|瘪)(?:下去)?了(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and nine (batch HU): the scar or the hollow said to be levelled or removed clean once the count is done, with 把 and a word or two
      // between (只需八周，就能把多年的痘坑基本修平; 一个疗程下来，凹陷就能修复好; 三次就可以把瘢痕抚平; 七天就能消除干净); a question (三次就能填平吗？)
      // is left to the answer, and a denial (无法保证几次就能修平) to the negation; 修复好 only with the scar or the mark before it (系统两天内就能修复好 is no cure).
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来)?[^。;!?]{0,12}?(?:就能|就可以|即可|便能|就会)(?:把[^,，。;!?]{1,8}?)?(?:基本|完全|全部|彻底)?(?:修平|抚平|填平|磨平|(?<=(?:坑|疤|痕|陷|印|斑)[^,，。;!?]{0,8})修复好|(?:消除|去除)(?:得)?(?:干干净净|干净))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-nine (batch GZ), in the pattern above: the readings all normal or on target after the span (三个月后指标全正常, 两个月血糖
      // 全都达标); a question (是否全部达标) and a case note's course pass.
      // Round ninety-eight (batch GX), in the pattern above: a week called 礼拜, lessons counted (五堂课下来, 十节课), the result said in everyday words
      // after the span (保准见好, 好个八九不离十, 准好, 就会消, 就能断了, 就能复位 / 回位, 就能闭合); 见好就收 is an idiom, and a lump or a bite that
      // goes down (蚊子包一般两天就会消) is its course unless a remedy is used for the span (敷上七天…就会消, 三次泉水浴). In the patterns below,
      // meals counted (药膳三顿见效) and, of long-standing complaints, 多年的 as well as 十几年的 (多年的颈椎病也能调理好).
      // Round ninety-seven (batch GV), in the pattern above: the result after the span in everyday words: a whole night's sleep with no 得 / 个
      // (喝一周就能睡踏实), a rash all gone as 全退 (七天红斑就能全退; 全退款 is a refund), something blocked open again (揉一次奶就通了), a gap
      // closed with 就能 (做满十次肚子就能合上; 囟门…就会合拢 is growth) and a joint moving freely (拔五回脖子就能转得灵活), but not after an
      // operation or a fracture (术后两周就能活动得自如 is recovery told as care).
      // Round ninety-five (batch GR), in the pattern above: a reading back to the normal value after the span (两个月血脂就能回到正常水平), as 降回正常.
      // Round ninety-four (batch GP), in the pattern above: the complaint 明显见好 after the span (吃满两个疗程，胃胀反酸就会明显见好), as 明显好转;
      // a swelling that 就能消下去 after days of a remedy (连敷七天，膝盖的肿痛基本就能消下去): refine() asks for the remedy used in the sentence.
      // Round ninety-three (batch GN), in the pattern above: a whole night's sleep after the span (一周左右就能睡个整觉, 半个月睡上安稳觉), as 睡个好觉.
      // Structural (round four): "only" a number of sessions or days, then any change of the lesion (只需4次…淡化80%以上),
      // or a treatment done once and the lesion gone (激光一做，斑就去掉了).
      p(/(?:只需|仅需|只要|仅用|只用|只做|只打|只照)(?:[^,，。;!?\d一二三四五六七八九十两几半]{1,6}?)?(?:\d{1,3}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|针|个?疗程|周|天|个?月|回)[^。;!?]{0,16}?(?:淡化|消退|消失|改善|缩小|复色|好转|见效|全消|长出|变平|变淡|淡了|去掉|不见|好了|恢复|替代|长好|褪去|褪掉)|(?:一做|一用|一照|一打|一涂|一吃|一敷)[^。;!?]{0,8}?就(?:去掉|没了|好了|消了|全消|掉了|不见了|褪了|平了)/),
      // After sessions, a measure up or down by a percentage (打三次，平整度提升90%); the lesion basically gone
      // (两个疗程结束，痘印基本看不出来); a schedule of results (第1周：止痒 / 第4周：皮肤恢复光滑).
      p(/(?:次|针|个?疗程|天|周|个?月|瓶|盒)[^。;!?]{0,12}?(?:提升|提高|改善|减少|降低|淡化|缩小|消退)(?:了)?\s?(?:\d{1,3}\s?%|百分之[一二三四五六七八九十]+|[一二三四五六七八九]成)|(?:次|针|个?疗程|天|周|个?月|瓶|盒)[^。;!?]{0,12}?(?:基本|完全|几乎)?看不(?:出|见)来?了?(?=[。;!?，,]|$)(?<=(?:基本|完全|几乎)看不(?:出|见)来?了?|看不(?:出|见)来了)|(?:就能|就会|即可|便能|保证|马上|立刻|很快就)[^,，。;!?]{0,6}?(?:新发|新头发|头发|毛发|绒毛)(?:就)?(?:冒出来|长出来|冒出|长出|长回来)|第(?:\d{1,2}|[一二三四五六七八九十])(?:天|周|个月|次|疗程)(?:治疗|调理|理疗|针灸|复诊)?\s?[:：]\s?(?:止痒|退红|消肿|消退|复色|恢复|见效|痊愈|好转|淡化|长出|皮肤恢复|不痒|结痂脱落|[^,，。;!?\n|]{0,4}?减半|(?:能|可以)自己|(?:彻底)?告别|(?:体重|腰围|体脂)[^,，。;!?\n|]{0,2}?(?:下降|减少|少了|瘦了|掉了|降了)|[^,，。;!?\n|]{1,4}?(?:全消|全无|清零|不见了?|消失))/),
      // However stubborn, it yields to us; decades of disease brought down (白斑再顽固，也逃不过我们的复色方案;
      // 三十年的银屑病都能压下去; 一针下去，十年不长斑).
      // Round fourteen: however old the complaint, it comes right (哪怕是十几年的老胃病也能调好).
      p(/(?:哪怕|即使|就算|即便)(?:是)?[^,，。;!?]{0,10}?(?:多年|十几年|几十年|\d+年|老|顽固|严重)[^,，。;!?]{0,6}?(?:也|都)(?:能|可以)(?:治好|调好|治愈|根治|断根|好|(?:明显|显著|完全|基本)?(?:复色|改善|好转|康复|消退|控制住?|见效))/),
      p(/再(?:顽固|严重|难治|久|重|多|大)(?:的[^,，。;!?]{0,4})?(?:也|都)(?:能|可以)(?:治|治好|复色|好|控制)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|再(?:顽固|严重|难治|久|重|多)[^。;!?]{0,12}?(?:(?:也|都)[^。;!?]{0,12}?(?:我们|本院|我院|这里)|(?:我们|本院|我院|这里)[^。;!?]{0,10}?(?:也|都))|(?:\d{1,2}|[一二三四五六七八九十几]{1,3}|多)年的[^,，。;!?]{0,6}?(?:都|也)(?:能|可以)(?:压下去|治好|调好|调理好|调过来|扳过来|控制住?|好|搞定)|(?:\d{1,2}|[一二三四五六七八九十几]{1,3})年(?:内|之内)?(?:都)?不(?:长|复发|反弹|犯|再长)/),
      p(/(?:半|[一二两三])年(?:内|之内|以内)[^。;!?]{0,6}?(?:完全|彻底|全部)(?:恢复|消失|消退|复色|康复|好了|治愈|长出)/),
      // Round one hundred (batch HB): a span, then the disease itself said to be sung, trained or soaked well (三个月就能把慢性咽炎唱好; 半年就把
      // 颈椎病练好了) or set right again (住上一周，多年的失眠就能调过来; 泡半个月，老寒腿都能养回来): the everyday verb of the remedy is the cure; a
      // question (失眠能调过来吗) asks, and a skill (把基本功练好) or jet lag (倒时差三天就能调过来) is no disease.
      p(new RegExp(`(?:\\d{1,3}|[一二三四五六七八九十两几半]{1,3})\\s?(?:个)?(?:天|周|星期|礼拜|个?月|次|个?疗程|节课?|堂课?)(?:内|之内|左右|后|下来|过后)?[^。;!?]{0,10}?(?:(?:就|都|便|也)(?:能|会|可以)?把[^,，。;!?]{0,6}?${DISEASE_NAMED}(?:给)?(?:唱|练|调|调理|养|治|泡|按|揉|灸|睡|喝|吃|推|拉|蒸)好|${DISEASE_NAMED}(?:就|都|便|也)(?:能|会|可以)?(?:调|扳|养|睡|纠|掰)(?:过来|回来|正过来))(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))`)),
      // Round one hundred and four (batch HJ): a span, then the clinic's promise to the reader with 给你 / 给您 (七天给你压下去, 一个疗程给您调理好,
      // 两周给你把痘消掉) or the lesion taken away with 把 (二十一天能把痘印淡掉, 三次就能把斑祛干净); a question (吗 / 么) asks, a care step (两次把伤口
      // 清干净, 二十分钟后把面膜去掉) names no result, and a call back (三天后给您打电话) no cure.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|礼拜|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来)?[^。;!?]{0,8}?(?:给(?:你|您)(?:把[^,，。;!?]{0,6}?)?(?:压|治|消|调|调理|搞|祛|退)(?:下去|好|掉|干净|定)|(?:就|都|便)?(?:能|可以|会)把[^,，。;!?]{1,6}?(?:淡|消|祛|退|褪|压)(?:掉|下去|干净|没))(?![^,，。;!?]{0,3}?(?:吗|么))/),
      // Round one hundred and four (batch HJ): the sessions left counted with 再 and the lesion said cleared after them (再来一次就能全部清掉, 再做两次疣就掉干净了):
      // a reminder's promise; 再来一次就能做完疗程 or 再做一次就能拆线 names no result, and a question is not read.
      p(/再(?:来|做|打|照|涂|治|敷|点|扎)(?:\d{1,2}|[一二三两几])\s?(?:次|针|回|个?疗程)[^。;!?]{0,6}?(?:就能|就可以|即可|便能|就会|就)(?:全部|彻底|完全|都)?(?:清掉|清除|清干净|去掉|消掉|掉干净|祛掉|祛干净|治好|好了|消失|没了|全消|断根)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and twelve (batch IA): a span or a number of sessions, then the lesion said cleared away (跖疣三次冷冻就能清掉) or the itch
      // and the redness both gone (抹了两天，小脸就不红不痒了): the plain words of a parent or a column for a cure in a set time; a question is not read.
      p(/(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|晚|周|星期|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来|过后)?[^。;!?]{0,10}?(?:就|便|即)(?:能|会|可以)?(?:全部|完全|彻底|都)?(?:清掉|清光|不红不痒|不痒不红|不红也不痒|不痒也不红)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ten: weight promised for a period (一个月稳稳瘦下十五斤, 21天减掉8公斤); a row of a table or list giving
      // a number of sessions and the hair, skin or look it brings back (| 3次 | 新发长出，发际线回到从前 |).
      p(/(?<![每])(?:月|周)(?:轻松)?(?:瘦|减|掉|甩)(?:了|下|掉)?\s?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s?(?:斤|公斤|kg|千克)|(?:\d{1,3}|[一二三四五六七八九十两半])\s?(?:个)?(?:天|周|星期|个?月|疗程)(?:内|之内|下来)?(?:[（(][^（()）]{1,8}[)）])?[^。;!?\d]{0,6}?(?:瘦|减|掉|甩)(?:重|肥|脂|体重)?(?:了|下|掉|去)?\s?(?:\d{1,3}(?:\s?[-~～到至]\s?\d{1,3})?|[一二三四五六七八九十两]{1,3}几?)\s?(?:斤|公斤|kg|千克)/),
      p(/(?:\d{1,3}|[一二三四五六七八九十两])\s?(?:个)?(?:次|针|个?疗程|周|个?月)\s?\|[^|\n]{0,16}?(?:停止脱落|止脱|止痒|长出(?:了)?(?:新发|新头发|头发|毛发)|(?:完全|基本|全部)(?:清除|消退|消失|脱落|复色|恢复|治愈|痊愈|长出|长好)|(?:真菌|病毒|细菌|病菌|炎症|症状)?(?:清零|转阴)|不再(?:脱落|掉|长|痒)|(?:新发|新头发|头发|毛发|秀发)(?:重新)?(?:长出|长回|长满)|回到(?:从前|以前|原来|年轻)|(?:和|跟)(?:从前|以前|原来)一样|恢复(?:光滑|正常|如初|原样))/),
      // Round twelve: the result first, the short course after it (告别鼻炎，只需一个疗程); relief on the spot or the next
      // day (当场就能止痛, 第二天就能下地干活, 当晚就能睡个好觉, 立马就不干了).
      p(/(?:告别|摆脱|远离|根治|治愈|治好|搞定|去除|祛除|转黑|变黑|返黑|复色|长出新发|长高|say\s?(?:good\s?)?bye|bye\s?bye|拜拜|说再见)[^。;!?]{0,10}?[,，]?\s?(?:只需|仅需|只要|只用|仅用)\s?(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|针|个?疗程|周|天|个?月|贴|剂)|(?:当天|当场|当晚|第一晚|头一晚|第一天|次日|第二天|隔天|立马|立刻|马上)(?:就|便|即可)(?:能|可以|会)?(?:止痛|止痒|消肿|下地|下床|走路|直起腰(?:来)?|弯腰|下蹲|蹲下|抬头|转头|转颈|抬手|抬腿|翻身|爬楼|站起来|睡着|睡(?:个)?(?:好觉|踏实)|(?:安然|安静|安稳|踏实)?入睡|不(?:疼|痛|痒|干|肿|咳|喘|麻)了?|好了|舒服了?|轻松了?)/),
      // Round thirty-one: the lesion or the pain gone on the spot, with or without 就 (青筋当场消失, 当天就能摆脱疼痛、活动自如);
      // refine() lets recovery told as care (术后一般当天就能活动) and a wound's fading pass.
      p(/(?:当天|当场|当晚|当即|即刻|立刻|立马|马上)(?:就|便|即可)?(?:能|可以|会)?(?:彻底|完全)?(?:摆脱(?:了)?(?:疼痛|病痛|痛苦|瘙痒|困扰|折磨)|活动自如|行走自如|(?:消失|不见)(?:了)?(?![^,，。;!?]{0,2}?(?:吗|么|[?？])))/),
      // Round thirty-one: a pregnancy promised within a span (半年内即可自然怀孕, 三个周期就能怀上); the certainty word is required,
      // so advice timed before conception (孕前3个月补充叶酸，有助于怀孕) passes.
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半])\s?(?:个)?(?:周|星期|个?月|年|个?疗程|个?(?:月经)?周期)(?:内|之内|以内|后)?[^。;!?]{0,10}?(?:就能|即可|便能|就会|就可以|保证|一定|都能|都会)[^。;!?]{0,4}?(?:自然)?(?:怀孕|受孕|怀上|当上妈妈|抱上宝宝)/),
      // Round twenty-one: a span or a number of sessions, then a function back or a complaint gone for good (训练40天后已能独立
      // 行走, 调理3到5次即可不再尿床, 三针下来走路不疼), and a waist measured smaller by a span (坚持一个月腰围减少10厘米).
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半])\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程|贴|副|剂)(?:内|之内|左右|后|下来|过后)?[^。;!?]{0,10}?(?:(?:即可|就能?|便能?|就会|就可以|都能|已能|已经能)(?:独立行走|下地行走|爬山|跑步|爬楼梯?|跑跳)|(?:即可|就能?|便能?|就会|就可以|都能|从此|再也)不再(?:尿床|遗尿|打鼾|打呼噜|磨牙|夜惊|失眠|便秘|头痛|头疼|腰痛|腰疼|胃痛|胃疼|痒|咳嗽|喘|犯病|发作)|(?:走路|上楼|下楼|下蹲|爬楼|弯腰|抬手|转头)(?:也|都|就)?不(?:再)?(?:疼|痛)了?)/),
      p(/(?:\d{1,3}|[一二三四五六七八九十两半几])\s?(?:个)?(?:天|周|星期|个?月|次|针|个?疗程)(?:内|之内|下来|后)?[,，]?\s?[^,，。;!?\d一二三四五六七八九十两半几]{0,8}?(?:腰围|臀围|腿围|腹围|大腿围|小腿围|肚围)[^,，。;!?\d]{0,2}?(?:减少|减小|缩小|小了|瘦了|少了|掉了|下降|细了|减了)(?:了)?\s?(?:\d{1,2}(?:\.\d)?|[一二三四五六七八九十两几])\s?(?:厘米|cm|公分|寸|个码|码)/),
      // Round nineteen: short sight measured back down by a number of degrees (佩戴训练眼镜半年，近视度数可降低200度).
      p(/(?:度数|近视)[^,，。;!?]{0,4}?(?:可以?|能够?|就能|就会|会|便能)?(?:降低|下降|减少|降|回退|倒退|退)(?:了)?\s?(?:\d{2,4}|[一二三四五六七八九两]百(?:多)?)\s?度/),
      // Round fifteen: give me a span and you get the result back (给我三个月，还你健康的胃).
      p(/给(?:我|我们)\s?(?:\d{1,3}|[一二三四五六七八九十两半几]{1,3})\s?(?:个)?(?:天|周|星期|个?月|次|个?疗程)[,，]?\s?(?:还(?:您|你)|让(?:您|你)|帮(?:您|你)|(?:您|你)(?:就|会|将))/),
      // Round sixteen: the nth session and the lesion already answering (治疗第3次，色素岛就冒出来了; 第2周新发就长出来了).
      p(/第\s?(?:\d{1,2}|[一二三四五六七八九十])\s?(?:次|针|周|天|个月|个?疗程)(?:后|时|左右)?[,，]?\s?[^,，。;!?]{0,8}?(?:就|便|已经?)(?:已经?)?(?:基本|完全|全部)?(?:冒出来|长出来|长满|复色|连成片|消了|退了|不见了|没了|好了)/),
      // Round sixteen: the span itself gives the result back (难道三个月还你一张光洁的脸…; 21天还您一头乌发).
      p(/(?:\d{1,3}|[一二三四五六七八九十两半几]{1,3})\s?(?:个)?(?:天|周|星期|个?月|次|个?疗程)(?:内|后|之内)?[,，]?\s?还(?:您|你)(?:一(?:张|个|头|副|口|身|双)|健康|光洁|自信|清爽|年轻|正常|满头|乌发|黑发)/),
      // Round fifteen: a time to effect given as a label (见效时间：当晚; 起效周期 | 3天) in a list or table.
      p(/(?:见效|起效|显效)(?:时间|周期)\s?[:：|]\s?(?:当天|当晚|当场|即刻|立即|立刻|马上|次日|第二天|\d{1,3}\s?(?:个)?(?:天|小时|分钟|周|次|个?月)(?!\s?(?:到|至|-|~|～)))/),
      // Round thirteen: years, with a certainty word (中药吃半年，就能转阴); years alone are a course (随访一年后约一半复色).
      p(/年(?<=(?<!\d)(?:\d{1,2}|[一二三四五六七八九十两几半])\s?(?:个)?年)[^。;!?]{0,12}?(?:就能|就会|即可|便能|就可以|保证|一定)[^。;!?]{0,4}?(?:转阴|治愈|痊愈|根治|治好|康复|断根|复色|怀上|摘帽|停药|变黑|转黑|长回来|不用再|摆脱|告别)/),
      // Round fourteen: a span, then the hair grows back (再坚持一个月，新发会密密地长出来).
      // Round forty-four (batch CG): the span in English units, then the result (7 days 见效, 3 weeks 复色); and the span glued to the hair
      // with the whole result (四十天头发完全长齐, 两个月毛发全部长满).
      p(/\d{1,3}\s?(?:days?|weeks?|months?)\s?(?:内|之内|后|左右)?\s?(?:即可|就能?|就可以?|便可?)?(?:见效|显效|起效|复色|治愈|痊愈|根治|治好|康复|断根|除根|全消|恢复正常)/),
      p(/(?:\d{1,3}|[一二三四五六七八九十两半几]{1,3})\s?(?:个)?(?:天|周|星期|个?月|个?疗程)(?:内|之内|后|下来)?(?:新发|新头发|头发|毛发|秀发)(?:就|便|即可|都)?(?:能|会|可以)?(?:完全|全部|全都|都)(?:长齐|长满|长回来)/),
      p(/(?:\d{1,3}|[一二三四五六七八九十两半几])\s?(?:个)?(?:天|周|星期|个?月|次|个?疗程)(?:内|之内|后|下来)?[,，]\s?(?:新发|新头发|头发|毛发|秀发)[^,，。;!?]{0,6}?(?:长出来|冒出来|长满|长回来|长齐)/),
      // Round twenty-six: the short span shouted on its own, the result right after the exclamation (只要21天！告别脱发烦恼).
      // Round thirty-one: the count repeated as a shout (三次！就三次！鼻炎就跟你说拜拜了), and a goodbye said to the disease.
      p(/(?:只要|只需|仅需|只用|仅用|就)\s?(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)[!！~～]{1,3}\s?[^。;!?]{0,10}?(?:告别|摆脱|远离|根治|治好|治愈|见效|复色|长出来|冒出来|消失|好了|不见了|彻底|说(?:拜拜|再见|bye))/),
      // Round thirty-two: a count or span, then a goodbye said by or to the disease, without a shout (坚持来做满10次，白斑说拜拜;
      // 三个疗程后和痘痘说再见).
      p(/(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)(?:内|之内|后|下来)?[^。;!?]{0,16}?(?:(?:白斑|白癜风|斑点?|痘痘?|痘印|疤痕?|病痛?|疾病|顽疾|烦恼|困扰|症状|脱发|湿疹|鼻炎|疼痛|瘙痒|它)(?:就|便|也|都)?(?:会)?(?:跟|和|对|向)?(?:你|您)?说|(?:跟|和|与|向)(?:白斑|白癜风|斑点?|痘痘?|痘印|疤痕?|病痛?|疾病|顽疾|烦恼|困扰|症状|脱发|湿疹|鼻炎|疼痛|瘙痒)[^,，。;!?]{0,4}?说)(?:拜拜|再见|bye|永别)/),
      // Round twenty-eight: a span, then the result in quotation marks as a euphemism (照光12次，白斑边缘开始“长回来”; 20天让白斑“隐身”),
      // or the span to witness the change (28天见证改变).
      p(/(?:\d{1,3}|[一二三四五六七八九十两半几]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|个?月|次|针|个?疗程)(?:内|之内|后|下来)?(?:[,，]\s?[^。;!?\d]{0,10}?[“"「『](?:长回来|长回|回来|隐身|消失|不见|没了|变黑|返黑|上色|复色)[”"」』]|[,，]?\s?(?:就|即可|便|让|使)[^。;!?\d,，]{0,6}?[“"「『](?:长回来|长回|回来|隐身|消失|不见|没了|变黑|返黑|上色|复色)[”"」』]|见证(?:改变|奇迹|蜕变|变化|效果|神奇))/),
      // Round twenty-eight: the certainty before the span (白斑一定会在半年之内消退, 保证三个月内复色).
      p(/(?:一定|保证|必定|肯定|准能|包你|包您)(?:会|能|可以)?(?:在)?(?:\d{1,3}|[一二三四五六七八九十两半几]{1,3})\s?(?:个)?(?:天|周|星期|个?月|年|次|个?疗程)(?:之内|以内|内)(?:就)?(?:会|能|可以)?(?:完全|彻底|全部)?(?:消退|消失|复色|治愈|痊愈|康复|见效|好转|恢复|治好|长回来)/),
      // Round twelve: one patch, one shot, one dab and it works (一贴就灵, 一针就好).
      // Round thirty-eight (batch BO): the change seen on the spot with 可见 (首次治疗后当场可见肤色变化).
      p(/一次(?:就|性)?(?:见效|治愈|根治|断根|治好|祛除|去除|清除|消除|清空|清光|清零)|(?:一次|一回|一趟)就(?:搞定|好了|解决了|解决问题了)|(?:一贴|一针|一剂|一抹|一喷|一扎)(?:就)?(?:能)?搞定|(?:一次|一针|一贴)就(?:消|退|平|没)(?:了|掉)?(?![^,，。;!?]{0,2}?(?:吗|么|[?？]))|(?:效果|变化|改善)(?<=(?:涂|用|贴|喝|吃|敷|抹)上(?:就|马上|立刻|立马)(?:能)?(?:看到|见到|感到|感觉到)(?:效果|变化|改善))|一次(?:调理|治疗)?[,，]?\s?(?:安睡整夜|安睡一整夜|一觉(?:睡)?到天亮)|一次(?:治疗|手术)?就(?:能|可以)?(?:彻底)?解决|一次性(?:彻底)?解决(?<=(?:白斑|病|斑|痘|症|疼|痛|手术|移植|治疗)[^。;!?]{0,30}?一次性(?:彻底)?解决)|一(?:贴|针|剂|抹|涂|喷|扎|按|敷|擦|搽|洗|泡|熏)就(?:灵|好|见效|管用|不疼|不痛|不痒)|立竿见影|效果立现|立见(?:效果|成效)|(?:当天|当场|次日|第二天)(?:就|便)(?:能|可以|会)?(?:瘪(?:下去|了)|消肿|消了|退了|见效)|药到病除|(?:当天|当晚|当场|次日|即刻)见效|(?:当天|当场)(?:就)?(?:能|可以|即可)?(?:看到|见到|可见|看得见|看得到)[^,，。;!?]{0,8}?(?:效果|变化|改善)|马上见效|即刻见效|(?:快速|迅速|即刻)(?:治愈|根治|复色|见效|康复|止痒|消肿|止痛|祛痘|祛斑|退红|止脱|生发|淡斑|修复)|短期内(?:治愈|根治|复色|康复)|速效|一针见效|见效快|起效快/),
      // Round one hundred and twenty-one (batch IS): a short span, then the disease thrown off in an ad's verb (一周甩掉跖疣; 三次干掉顽固瘊子; 两个疗程
      // 赶走扁平疣): the span is the promised time to be rid of it; 一周搞定复诊的化验单 names no skin disease (一周甩掉两斤肉 is the weight-loss pattern's).
      p(/(?:\d{1,3}|[一二三四五六七八九十两半几]{1,3})\s?(?:个)?(?:天|日|周|星期|个?月|次|回|个?疗程|针)(?:内|之内)?(?:就|便|即可|轻松)?(?:能|可以)?(?:甩掉|赶走|送走|干掉|清光|拿下|搞定|清零)(?:了)?(?:你的|顽固的?|恼人的?|多年的?)?[\u4e00-\u9fff]{0,3}?(?:疣|瘊子|痘痘|痘|斑|癣|疱疹|湿疹|脚气|灰指甲|鸡眼)/),
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): a span, then the complaint said halved or gone by a share (一周痘印淡一半; 28天一个周期，斑淡一半;
      // 抹上一个月，皱纹平一半; 用上两周，掉发量就能少一半): the span and the share make the promise. The complaint must come between, so a dose halved (两周后药量减一半) is
      // not read, and a question is not.
      p(/(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|日(?!常|记|程|历|志|用|化|光|晒)|周|星期|礼拜|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来)?[^。;!?]{0,10}?(?:痘印|痘坑|痘疤|痘痘?|斑点?|色斑|皱纹|细纹|纹路|法令纹|掉发量?|脱发量?|发量|疤痕?|红血丝|闭口|粉刺|黑头|毛孔|疹子|风团|白斑|皮损|油光|出油)[^,，。;!?]{0,4}?(?:就|便|都)?(?:能|会|可以)?(?:淡|少|平|浅|退|消|掉|小|缩)(?:了|掉|下去)?(?:一半|大半|一大半|一多半|[一二三四五六七八九]成|\d{1,2}\s?%)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Session forty-four (recurring misses, 4 rows): a span, then the hair said back, thick again or as it was (60天重现浓密秀发; 三个月就能长回产前的发量; 三个月内就能让发量
      // 恢复到年轻时的状态): the span is the promise; 才能 (how slowly it grows) and a question are not read.
      p(/(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|周|星期|个?月|个?疗程)(?:内|之内|左右|后|下来)?[^。;!?]{0,8}?(?:就能|就可以|即可|便能|就会)?(?:让[^,，。;!?]{1,6}?)?(?:重现|重回|长回|找回|恢复到)(?:了)?[^,，。;!?]{0,6}?(?:浓密|茂密|乌黑|秀发|发量|黑发|年轻时|产前|孕前|从前|以前)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Session forty-four (recurring misses, 7 rows): a span or a count of sessions, then the lesion said gone down, flattened, faded, closed or cleaned with 就 and no
      // other certainty word (敷上十分钟，脸上的红血丝就退下去了; 三针下去，耳垂的疙瘩就瘪了; 两个月颜色就淡了; 十天脸就干净了; 八周一个周期，疹子就能压下去; 泡三天就合上了):
      // refine() asks for a lesion of the skin in the sentence (not the redness a cream causes), and a question is not read.
      p(SPAN_THEN_DOWN),
      // Session forty-four (recurring misses, 5 rows): a span or a count of sessions, then a certainty and the lesion made to go, removed clean or cured thoroughly
      // (九十天左右就可以让痘疤消失; 三次调Q激光就能彻底去掉; 四周左右闭口粉刺就能清干净; 两个月左右就能彻底治好; 二十八天老年斑就能淡到看不出来): 就能 keeps it a promise
      // after 一般 or 左右; refine() asks for a lesion or a disease where the verb removes, and a question is not read.
      p(SPAN_THEN_REMOVED),
    ],
    negation: 'suppress',
    refine: (c) => {
      // Session forty-four: the lesion gone down after a span with 就 needs a lesion of the skin named and no cream's passing redness, wound or usual course; the
      // lesion removed after a count needs a lesion or a disease named.
      if (SPAN_THEN_DOWN_WHOLE.test(c.norm.slice(c.start, c.end)) && (!SKIN_LESION.test(c.sentence) && !OTHER_DISEASE.test(c.sentence) && !/消下去|退下去|合拢|合上/.test(c.norm.slice(c.start, c.end)) || /一般|通常|可能|泛红|发红|刺痛|反应|术后|伤口|创面|结痂|烫伤/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence))) return false;
      if (SPAN_THEN_REMOVED_WHOLE.test(c.norm.slice(c.start, c.end)) && /(?:消失|去掉|祛掉|清干净|去干净|祛干净)$/.test(c.norm.slice(c.start, c.end)) && !SKIN_LESION.test(c.sentence) && !OTHER_DISEASE.test(c.sentence)) return false;
      // Round one hundred and twenty (batch IP): the complaint no more after a span, told as the body's own course or hedged (产后三个月不再出油，是激素回落的缘故;
      // 一般两周后不再脱屑) describes; the clinic speaking of itself still promises.
      if (/(?:不再|再也不|再不)(?:湿|潮|出汗|流汗|冒汗|滴汗|臭|有味|有异味|发臭|痒|掉屑|脱屑|起皮|爆痘|长痘|冒油|出油|油)$|不(?:痒|油)不(?:掉屑|脱屑|起皮|痒|油|红|臭)$/.test(c.norm.slice(c.start, c.end)) && /一般|通常|多数|大多|可能|自然|自行|缘故|因为|由于|产后|青春期|因人而异/.test(c.sentence) && !/本院|我院|我们|本中心|保证|一定/.test(c.sentence)) return false;
      // Round eighty-seven (batch GB): a calendar date (1月2日恢复正常接诊, 3月15号起) is the day the clinic names, not a span of treatment.
      if (/^\d{1,2}\s?月\s?\d{1,2}\s?[日号]|^\d{1,2}\s?[日号]/.test(c.norm.slice(c.start, c.end)) && /\d\s?月\s?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.start)) || /^\d{1,2}\s?月\s?\d{1,2}\s?[日号]/.test(c.norm.slice(c.start, c.end))) return false;
      if (impostorQuoted(c)) return false;
      // Round one hundred and ten (batch HW): a weekday's evening (周四晚群里的祛斑答疑, 星期三晚上的祛痘讲座) is when something is held, not a count of
      // nights; 每周三晚 / 一周两晚 count them and are still read.
      if (/^[一二三四五六日天1-7]\s?(?:晚|夜)/.test(c.norm.slice(c.start, c.end)) && /(?<![每一两几])(?:周|星期|礼拜)$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.start))) return false;
      // Round one hundred and two (batch HF): the certainty itself denied between the count and the result (做几次光子也不一定能淡化, 三个疗程未必能
      // 淡干净, 涂一周也很难消退): an honest limit, not a promise; 三次就能淡化，不一定要做满五次 denies the number of sessions, not the result.
      if (/(?:不一定|未必|不见得|很难|难以|无法|不可能|不能保证)(?:能|会|可以|能够)?(?:完全|彻底|全部)?[\u4e00-\u9fff]{1,4}$/.test(c.norm.slice(c.start, c.end))) return false;
      // Round thirty-four: a quoted promise answered at once as not to be believed (“照三次就好”？别信！) is a warning about it.
      if (/[”"」』][?？!！]?\s?[,，。]?\s?(?:别信|不要信|别相信|不要相信|不可信|不能信|是骗人的|纯属忽悠|当心|小心)/.test(c.norm.slice(c.end, c.end + 8)) && /[“"「『][^”"」』]{0,12}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 12), c.start)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      if (HISTORY.test(c.sentence) && !HISTORY_SELF.test(c.sentence)) return false;
      // Round forty-three (batch CB): a promise others believed, corrected in the same sentence (很多人听信偏方说三个月就能好，结果耽误了治疗;
      // 不少患者以为做完一个疗程就能好八成，其实疗效差异很大) is a warning about it, unless the clinic speaks of itself.
      // Round one hundred and eleven (batch HX): a wish corrected the same way (很多患者希望涂一次药就能好，但实际上需要长期保湿; 总盼着三天就能好，可是…).
      if (/(?:以为|误以为|听信|轻信|迷信|错信|希望|盼着|盼望|指望|期望|总想|想着)[^。;!?]{0,16}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 24), c.start)) && /^[^。;!?]{0,8}?[,，]\s?(?:其实|实际上|事实上|结果|但|可是|然而|却)/.test(c.norm.slice(c.end, c.end + 14)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round fifty (batch CV): a quick result as what someone demands or counts on (用药几天就要求“见效”，反而容易频繁换药; 涂了三天就盼着
      // 白斑消退) is the expectation the sentence corrects, not the clinic's promise.
      if (/要求|指望|奢望|期望|期待|盼着?|急于|急着/.test(c.norm.slice(c.start, c.end)) && !/本院|我院|我们|本中心|本馆|保证|一定/.test(c.sentence)) return false;
      // Round one hundred and twelve (batch IA): 清掉 / 清光 is a cure only of a lesion or a rash (三次就能把疣清掉); leftovers or a stock cleared (剩菜三天内就清掉) are not.
      if (/清(?:掉|光)$/.test(c.norm.slice(c.start, c.end)) && !/疣|斑|痣|痘|疹|瘤|胎记|疤|痕|皮损|痦子|病灶|癣|瘊子|粉刺|黑头/.test(c.sentence)) return false;
      // Round ninety-four (batch GP): a swelling going down by itself (蚊子包一般两天就能消下去) is its course; only a remedy used for the span
      // (敷, 贴, 涂, 喝, 泡…) or a treatment makes it a promise.
      // Round one hundred and twelve (batch IA): a lasting skin disease named as what goes down (湿疹一周左右就能消下去) makes it a promise too, remedy or none.
      if (/(?:就|即可|便)(?:能|会|可以)?(?:消|退)(?:下去)?$/.test(c.norm.slice(c.start, c.end)) && !/(?:连|坚持|每天|每晚)(?:敷|贴|涂|抹|擦|搽|喝|吃|服|泡|熏|灸|揉|按|用)|[敷贴涂抹擦搽喝吃服泡熏按揉练刮](?:上|了|完)|浴|足疗|汗蒸|熏蒸|刮痧|拔罐|灸|按摩|推拿|针灸|用药|吃药|服药|喝药|药膏|膏药|药茶|治疗|调理|理疗|疗程|本院|我院|我们|方法|这款|这套|湿疹|特应性皮炎|银屑病|白癜风|胎记|血管瘤|寻常疣|扁平疣|跖疣|痤疮/.test(c.sentence)) return false;
      // Round ninety-seven (batch GV): a gap closed or a joint moving freely after an operation, a fracture or stitches out is recovery, not a cure.
      if (/(?:合上|合拢|闭合|得(?:灵活|自如|利索))$/.test(c.norm.slice(c.start, c.end)) && /术后|手术后|骨折|麻醉|拆线/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round twenty-eight: healing (愈合) is promised only of a chronic wound (糖尿病足溃疡…一个月内愈合); a cut or a fracture heals.
      if (/愈合$/.test(c.norm.slice(c.start, c.end)) && !CHRONIC_WOUND.test(c.sentence)) return false;
      // Round twenty-one: a vaccine's passing reaction (打完疫苗后手臂酸痛、低热，一般两三天就好了) fades; no cure is promised.
      if (/疫苗|接种/.test(c.sentence) && /反应|酸痛|低热|发热|发烧|红肿|乏力|疼|痛/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Recovery after surgery or anaesthesia told as care (术后一般第二天就能下床活动, 打完麻药当场就不疼了) promises no cure.
      if (/^(?:当天|当场|当晚|第一晚|头一晚|第一天|次日|第二天|隔天|立马|立刻|马上)/.test(c.norm.slice(c.start, c.end)) && /一般|通常|多数|大多|可能|术后|麻药|麻醉|避免|注意(?!了)|活动|伤口/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // A wound heals (伤口一周内愈合); 见效, 复色 or 根治 are never said of one (三天见效、七天结痂、十五天痊愈).
      // Round nineteen: unless the clinic's own remedy treats a disease whose symptom that is (手部湿疹用本院特制药膏，三天止痒，七天脱皮结束).
      // Round twenty-five: or when a certainty word promises the disease's own symptom gone (一次治疗即可明显改善痤疮红肿).
      // Round ninety-nine (batch GZ): or when the remedy is taken or put on for the span itself (口腔溃疡，喝两天就好; 胃溃疡吃半个月这个粉就好了): the
      // span is the remedy's, not the wound's own healing (伤口涂三天药就好 names no disease and stays let through).
      if (WOUND.test(c.sentence) && !/白斑|白癜风/.test(c.sentence) && !(OTHER_DISEASE.test(c.sentence) && (/本院|我院|我们|本中心|特制|自制|秘制/.test(c.sentence) || /即可|就能|就会|便能|保证|一定/.test(c.norm.slice(c.start, c.end)) || /(?:喝|吃|涂|抹|擦|搽|敷|贴|含|服|泡)(?:上|了)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 2), c.start)))) && !/见效|显效|起效|根治|复色|断根|除根/.test(c.norm.slice(c.start, c.end))) return false;
      // Comparing photographs to see a change is how a doctor follows up, not a promise.
      // Round one hundred and six (batch HO): unless the clinic answers a patient's photo with its own course and a certainty (您好，看了您发来的照片，
      // 按我们的方案治疗，三周左右湿疹就能全部消退): the photo is the patient's, the promise the clinic's; 比较 as an adverb (比较典型) compares nothing.
      if (/照片|拍照|图片|对比|比较/.test(c.sentence) && !/白斑|白癜风|复色/.test(c.norm.slice(c.start, c.end)) && !(/本院|我院|我们|本中心|本科/.test(c.sentence) && /(?:就能|即可|便能|就会|就可以)/.test(c.norm.slice(c.start, c.end)))) return false;
      const hit = c.norm.slice(c.start, c.end);
      // A trade-off stated as such (新疗法见效快但价格较高) is a comparison of costs, not a promise.
      if (/^(?:见效|起效)快$/.test(hit) && /^[,，]?\s?(?:但|不过|可是)/.test(c.norm.slice(c.end, c.end + 3))) return false;
      // Round forty-six (batch CM): quick for some patients and slow for others (有的患者比其他人起效快，有的则需要更长时间) tells the spread, not a promise.
      if (/^(?:见效|起效)快$/.test(hit) && /有的(?:患者|人|病人|孩子)?[^。;!?]{0,16}?有的/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round twenty-five: quick results as what not to chase (比追求速效更重要, 不要迷信见效快的偏方) are a warning.
      // Round fifty-one (batch CY): so is the same wish said as 快速见效 or 迅速起效 (比起追求快速见效，更应该重视规律作息).
      if (/^(?:速效|见效快|起效快|(?:快速|迅速)(?:见效|起效))$/.test(hit) && /(?:追求|迷信|贪图|贪|图|求|轻信|盲目|相信)$/.test(c.norm.slice(Math.max(0, c.start - 3), c.start))) return false;
      // Round twenty-five: 搞定 is a cure only of a disease named in the paragraph (一个月就能搞定顽固湿疹), not of paperwork.
      if (/搞定$/.test(hit) && !c.paragraphHas(/白斑|白癜风|病|症|痘|斑|疹|癣|炎|脱发|失眠|瘙痒|痒/) && !c.paragraphHas(OTHER_DISEASE)) return false;
      // Round twenty-five: stopping the medicine after a span on a doctor's word (症状消失一周后即可停药，由医生复查决定) is care.
      if (/(?:停药|减药)$/.test(hit) && /医生|医嘱|复查|复诊|评估|自行/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round twenty-seven: a study that found no difference between two treatments at a time point (两种方案在12周时的复色比例无显著差异)
      // compares them; it promises nothing.
      if (/研究|试验|文献|\[\d+\]/.test(c.sentence) && /(?:无|没有|未见)(?:显著|明显|统计学)?(?:意义的?|的)?差异|差异(?:无|没有)(?:统计学)?意义/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round forty-two (batch BY): a study's finding after a span, told of some patients and in varying degree (多中心研究报告，…治疗6个月，
      // 部分患者出现了不同程度的复色), reports; it promises nothing, unless the clinic makes it its own.
      if (/研究|试验|文献|期刊|\[\d+\]/.test(c.sentence) && /部分患者|部分病人|一部分|不同程度|个体差异|因人而异/.test(c.sentence) && !/本院|我院|我们|本中心|保证|一定|必然/.test(c.sentence)) return false;
      // A measured change from a study (平均减少了50%左右[1]) reports, it does not promise.
      if (/%|百分之|成$/.test(hit) && /研究|试验|文献|\[\d+\]|平均|左右|约/.test(c.sentence)) return false;
      // A result that did not come (仍无复色) is a reason to change the plan, not a promise.
      // Round nineteen: and one that still has not come after a span (超过三个月仍不好转，建议到康复门诊评估).
      if (/仍(?:无|未|没)|(?:仍|仍然|依然|还是?)不(?:好转|见好|改善|缓解|消退|见效)|无任何|没有|未见|不见效/.test(hit)) return false;
      // Round ninety-three (batch GN): the outcome denied inside the match, after the span (每周运动3次，单靠运动不能治愈糖尿病; 练两个月也无法根治):
      // the span is a habit or a course and the cure is what it cannot do.
      if (/(?:不能|无法|不可能|难以|没法|没办法|并不能|未能|不一定能?|不会)(?:被)?(?:彻底|完全|真正|马上|立刻)?(?:治愈|根治|治好|痊愈|康复|见效|起效|显效|复色|断根|除根|摘(?:掉|下)?(?:眼)?镜|恢复正常)$/.test(hit)) return false;
      // Round fourteen: walking again after an operation (置换术后两周即可独立行走) is the usual recovery, not a cure.
      if (/(?:独立行走|生活自理|摆脱轮椅|下地行走|爬山|跑步|爬楼梯?|跑跳|不(?:再)?(?:疼|痛)了?|抬起来|举起来|抬起|弯下|蹲下|直起|站起来|走路|下地|转头|抬头)$/.test(hit) && /术后|手术后|置换|骨折|麻醉/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round fourteen: leaving a walking aid or a tube behind after an operation (术后两周即可摆脱拐杖) is recovery, not a cure.
      if (/(?:摆脱|告别)$/.test(hit) && /^(?:拐杖|拐|轮椅|支具|石膏|尿管|引流|氧气|呼吸机|助行器)/.test(c.norm.slice(c.end, c.end + 4))) return false;
      // Round twenty-seven: 即使 or 即便 opening the however-stubborn pattern (即使是十年的顽固性白癜风也能明显复色) is the claim's own frame.
      if (/才|可能|或|至少|不少于|评估|复诊|是否|能否|确认|如果|假如|要是|即使|即便|万一/.test(hit.replace(/^(?:哪怕|即使|就算|即便)/, ''))) return false;
      // Round fifteen: the day after an operation (术后多数人第二天就能摘掉眼镜) and sight measured at a check-up are recovery and
      // follow-up, hedged, not a promise.
      if ((/第$/.test(c.norm.slice(Math.max(0, c.start - 1), c.start)) && /术后|手术后/.test(c.sentence) || /视力/.test(hit)) && /一般|通常|多数|大多|可能|因人而异|个体差异|复诊|复查|评估|属于正常/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round one hundred and nineteen (batch IO): an indefinite count (第几次治疗后开始变浅, 几次以后见效) said to vary (因人而异, 不一定, 要看) names no span.
      if (/^(?:几|多少)/.test(hit) && /因人而异|个体差异|不一定|说不准|不好说|要看|看个人/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round eleven: fast relief as a need the doctor meets (如需快速止痒，可在医生指导下使用抗组胺药).
      if (/^(?:快速|迅速|即刻)/.test(hit) && /如需|需要|如果|医生|指导|遵医嘱|有助于|可能/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // Round fifteen: a patient reported discharged (经过两周的综合治疗，患儿已康复出院) is news of one case, not a promise.
      if (/(?:康复|痊愈|治愈)$/.test(hit) && /^出院/.test(c.norm.slice(c.end, c.end + 2)) && /(?:已|已经|均已|顺利)$/.test(c.norm.slice(Math.max(0, c.start - 12), c.end - 2)) && !/就能|就会|即可|便能|保证|一定/.test(hit)) return false;
      // A case report records its patient's course (治疗12周后复色约60%): an observation, unless it promises.
      // Round thirteen: the clinic named only as the source of the data (数据来源于本院康复科随访记录) is not the clinic promising.
      // Round twenty-five: a patient's own words quoted in it (患者说：“才打了两针…就好得差不多了”) are a testimony, not an observation.
      // Round twenty-seven: nor are a patient's own words quoted before their attribution (“我才贴了两贴…就不疼了”——来自患者的反馈), nor a
      // result that came "just" so and completely (做了四次就完全看不出来了).
      // Round fifty-two (batch DD): nor a span boasted as "only" (仅用21天白斑即开始复色): the case page is selling the speed.
      // Round sixty-three (batch EG): with or without 用 after 仅 or 只 (仅28天即见效, 只需两周即复色).
      if (c.docType === 'case' && !GENERAL_COURSE(c) && !QUOTED_SPEECH.test(c.norm.slice(Math.max(0, c.start - 40), c.start)) && !/[“「『"][^”」』"]*?我[^”」』"]*$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 40), c.start)) && !/就能|就会|即可|保证|一定|必定|就(?:完全|彻底|全部|全都)|^(?:仅|只)用/.test(hit) && !/(?:仅|只)(?:用了?|需要?|花了?)?(?:短短)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 5), c.start)) && !/本院|我院|我们/.test(c.sentence.replace(/(?:数据|资料)?(?:来源于|来自|引自|取自|源自|来源\s?[:：]|出处\s?[:：])\s?(?:本院|我院)[^,，。;!?]{0,12}?(?:记录|数据|资料|病历|病案|档案|系统|登记|统计)/g, ''))) return false;
      // Round sixteen: a trial's figure with its source and a hedge (一项随机对照试验显示，治疗6个月约半数患者…（见《…共识》）) reports.
      if (/《[^》]{2,40}》|\[\d+\]|[(（](?:19|20)\d{2}[)）]|et al|参考文献/.test(c.sentence) && /(?:试验|研究|荟萃分析|meta分析|随访)(?:结果)?(?:显示|表明|发现|提示)/.test(c.sentence) && /约|半数|平均|左右|多数|部分|可能|因人而异|个体差异|不能代表|不代表/.test(c.sentence) && !/就能|就会|即可|保证|一定/.test(hit) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round thirteen: a guideline's figure with its hedge (据《…指南》，治疗12周后多数患者可明显改善，但个体差异较大) reports.
      // Round seventy-seven (batch FH): or with a share and a degree (约半数患者可达到不同程度复色).
      if (/据《[^》]{2,40}(?:指南|共识|规范)|(?:指南|共识)(?:指出|显示|提示|认为)/.test(c.sentence) && /个体差异|因人而异|可能|多数|部分|约(?:半数|[一二三四五六七八九]成|\d{1,2}\s?%)|不同程度/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // A range, "usually" or a preceding range (一到两周愈合) promises nothing, unless a certainty
      // word makes the promise anyway (两到三个疗程就能治好).
      // Round twenty-seven: however long or stubborn, it still yields (即使是病史十年以上的…也能明显复色): the concessive frame is strong.
      // Round twenty-eight: 便可 is 即可: "usually" does not soften 通常在十五次以内便可实现白斑全面复色.
      const strong = /就能|就会|就可以|即可|便能|便可|保证|一定|必定|就好|(?:全|全部|完全|全都)(?:补|长)?回来|就见(?:到)?颜色|立马|立即|都能|就不用再|就不再需要|(?:完全|彻底|全部)(?:恢复|消失|消退|复色|康复|好了)|^(?:哪怕|即使|就算|即便)/.test(hit);
      // Round twenty-seven: an outcome that is the first half of a rate (12周时的复色有效率高于…) is a rate, which the rate rules judge.
      if (/^(?:有效|成功|达标|满意|痊愈|治愈|复色)?率/.test(c.norm.slice(c.end, c.end + 3)) && !strong) return false;
      // Round thirty-seven (batch BM): an outcome named as what is measured at a visit (| 第12周 | 复色程度（由医生评估） |, 第8周复查
      // 见效情况) is a follow-up schedule, not a result promised.
      if (/^(?:程度|情况|进度|进展|面积|比例|范围|评估|与否)/.test(c.norm.slice(c.end, c.end + 2)) && !strong) return false;
      // Round twenty-seven: the result named only to say it has not come (三个月后也有部分患者复色不明显) is no promise.
      if (/^(?:仍然|依然|还是|也)?(?:不明显|不理想|不佳|不满意|不好|较慢|很慢|缓慢|有限|不一|不等|各异)/.test(c.norm.slice(c.end, c.end + 6))) return false;
      const lead = c.norm.slice(Math.max(0, c.start - 6), c.start);
      // Round fifty-six (batch DO): in an advertisement that pitches the clinic's own preparation or treatment (院内配制的生发酊，一般
      // 15天长出新发; 本院药膏通常两周消疹), "usually" is the pitch's own timetable, not a hedge; a kepu page's usual course stays let through.
      const pitch = c.docType === 'ad' && /院内(?:配制|制剂|自制|特制)|本院|我院|本品|本中心|福音/.test(c.sentence);
      if (!strong && !pitch && (/\d\s?(?:到|至|-|~)\s?\d|[一二三四五六七八九十两几](?:到|至)[一二三四五六七八九十两几]|(?:\d|[一二三四五六七八九十两几数])\s?(?:个)?(?:天|日|周|星期|月|年|次)\s?(?:到|至|-|~|～)\s?(?:\d|[一二三四五六七八九十两几数])|以上|一般|通常/.test(hit) || /[\d一二三四五六七八九十两]\s?(?:到|至|-|~)$|一般|通常|(?<!绝大)多数|往往/.test(lead))) return false;
      // Round twelve: a disease's usual course told of the disease (多数急性荨麻疹在六周内消退): the hedge opens the clause,
      // further back than the lead, and no treatment or clinic is in the sentence.
      if (!strong && /^(?:[^,，。;!?]{0,12}?)(?:(?<!绝大)多数|一般|通常|往往|大部分)/.test(clauseOf(c.norm, c.start, c.end)) && !TREATMENT.test(c.sentence) && !/本院|我院|我们|调理|用药|服药|吃药|院内(?:配制|制剂|自制|特制)|本品/.test(c.sentence)) return false;
      // Round thirteen: one says goodbye to a disease's pain (告别疼痛只需一个疗程), never to a passing reaction.
      // Round nineteen: the disease may be named as the paragraph's question or heading (腰椎间盘突出？针刀一次，当场就能弯腰).
      // Round twenty-five: a lesion (皮损, 病灶, 斑块) gone is the disease's, whatever itch goes with it (| 第4周 | 皮损全部消退，瘙痒消失 |).
      if (SIDE_EFFECT.test(c.sentence) && !/白斑|白癜风|复色|皮损|病灶|斑块/.test(c.sentence) && !c.paragraphHas(OTHER_DISEASE) && !/见效|显效|起效|根治|断根|除根|^(?:告别|摆脱|远离)|(?:即可|就能|就可以|便可|便能)(?:彻底|永远|从此)?(?:告别|摆脱|远离|甩掉)|立竿见影|药到病除|^第[^:：]{1,6}[:：]|(?:消除|解除|去除)(?:了)?(?:疼痛|病痛|瘙痒|痛苦)/.test(hit)) return false;
      // A pace of weight loss given as a limit or a warning (以每周0.5～1公斤为宜, 追求一个月瘦十几斤往往难以持续).
      if (/(?:斤|公斤|kg|千克)$/.test(hit) && /为宜|不宜|追求|难以|不要|别|警惕|不现实|不可取|危险|风险|过快|太快|损害|不建议|不健康|广告|宣传/.test(c.sentence)) return false;
      // A disease that goes by itself (大多数急性荨麻疹会在几周内自行消退) describes its natural course: no treatment is
      // promised anything (round eight).
      // 再约下一次就好: the next appointment, not a single session that cures.
      if (/^一次/.test(c.norm.slice(c.start, c.end)) && /[下上这那每]$/.test(c.norm.slice(Math.max(0, c.start - 1), c.start))) return false;
      // A certainty word (调理三个月即可自行消散) makes it the treatment's promise again.
      // Round one hundred and seven (batch HQ): a treatment named only as the question whether to have one (部分人几个月内会自行长出新发，是否需要治疗
      // 要由医生判断) promises it nothing; 用了这个疗法几个月内会自行长出新发 names it and stays.
      if (/自行|自然|自己/.test(c.norm.slice(c.start, c.end + 2)) && !strong && !TREATMENT.test(c.sentence.replace(/(?:是否|要不要|需不需要|该不该|何时|什么时候)(?:需要|应该|要)?(?:进行|做|接受)?(?:治疗|手术|光疗|激光|移植|注射)/g, '')) && !/本院|我院|我们/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [
        // Session forty-four (recurring misses): new shapes.
        '坚持涂两周，法令纹浅一半', '用上三个月，就能重现浓密黑发', '敷了二十分钟，脸上的痘痘就瘪下去了', '两个疗程就能让老年斑彻底消失',
        { text: '三周焕新计划：腋下不再有异味', type: 'ad' }, { text: '三次干掉顽固瘊子，春天露手不尴尬', type: 'ad' }, '用这款洗发方，两周不油不痒', '打三次以后太田痣就开始变淡，基本都这样', '老烂腿在我们这换药，一个月就能封口', { text: '压疮患者交给我们护理，创面两周就能长平', type: 'institution' }, "擦了三个礼拜，脸上的红疹就全消了", {"text": "用完两支，色斑都褪了", "type": "ad"}, '坚持一个月，老年斑就能消掉', '做三次光子，雀斑就能彻底祛除', '鼻头发红的酒糟鼻，三周就能搞定', '手指上的扁平疣，一般两次液氮就能清光', '孩子脖子上的痱子样湿疹，擦了三晚就不痒也不红了', '孩子的特应性皮炎，十天左右就能消下去', '我们希望每位患者都明白：在本院涂三天药就能好', '坚持涂够两周，手上的湿疹基本就能去掉', '每周敷三晚这款面膜，两周后痘印就能祛干净', '做三次点阵，凹陷就能填平', { text: '两个疗程就可以把手术疤抚平', type: 'ad' }, '一个疗程下来，瘢痕就能修复好', '光子做两次，脸上的红印就能退得干干净净', "做了这个疗程，几个月内会自行长出新发", '您好，看了您发来的照片，按我们的疗程用药，三周左右湿疹就能全部消退', '这款喷剂喷上两天就能见好', '坚持十天，就不再爆痘了', '两周淡痘印，一个月见光滑', '来做三次，痘坑就平了', { text: '【复诊提醒】您的跖疣已冷冻三次，再做两次就能彻底祛掉', type: 'institution' }, '为什么十天就能止痒？因为药力直达真皮层', '湿疹别发愁，两周给您调理好', '连涂三周就能把黄褐斑淡掉', '坚持外用三周，甲癣基本就清除了', '涂三次就能淡化，不一定要涂满一瓶', '三个疗程，痘印就祛得干干净净', { text: '打两针，法令纹就能消干净', type: 'ad' }, '白斑坚持照光两个月，就能长回肤色', "泡半个月，老寒腿都能养回来", "坚持站桩两个月，就能把多年的胃病养好", "每天喝这款苦荞茶，两个月血糖血脂全都达标", "复发性口腔溃疡，涂三天这个药膏就好", '连喝半个月药茶，老胃病保准见好', '五堂课下来，肩周炎就能好个八九不离十', { text: '骨盆修复课共6次：上完耻骨联合分离就能闭合', type: 'institution' }, { text: '推拿10次为一疗程，腰痛准好', type: 'ad' }, '刮上一个礼拜，颈椎病就能好', { text: '药膳三顿见效，血压稳稳的', type: 'ad' }, '坚持两周的正骨，错开的关节就能复位', '敷上七天，腱鞘囊肿就会消', '多年的颈椎病也能调理好', '用这个药水擦两周，灰指甲就能断了', "睡前泡十天这个药包，就能睡安稳觉", { text: "荨麻疹连喝三天我们的凉茶，风团就能全退", type: 'ad' }, "鼻塞的孩子熏两次，鼻子就通了", { text: "骨盆前倾练满八次，骨缝就能合拢", type: 'ad' }, "肩周炎扎三次针，胳膊就能抬得利索", { text: '喝我们的降脂茶，两个月血脂就能回到正常水平', type: 'ad' }, "尿酸高的人按这个食谱吃，六周就回到正常范围", { text: "这款消肿膏连涂五天，脚踝的肿基本就能退下去", type: 'ad' }, "坚持泡脚一个月，失眠就会明显见好", { text: '只要照光3次就能复色，我们的方案就是这么快', type: 'ad' }, { text: '失眠多年？喝我们的酸枣仁膏，半个月就能睡上安稳觉', type: 'ad' }, '调理一周左右，晚上就能睡个整觉了', { text: '甲癣专科：外用加口服，60天长出光洁新指甲', type: 'ad' }, { text: "据《白癜风诊疗共识》，本院方案治疗3个月就能全面复色", type: "institution" }, { text: '病例：男，45岁，手背白斑，照光仅20天即见效', type: 'case' }, { text: '本院特色外洗方，仅21天即见效', type: 'ad' }, '荨麻疹用我们的膏子，两周即止痒', { text: "讲座纪要：银屑病患者平均三周皮损消退", type: 'case' }, { text: "| 病种 | 疗程 | 效果 |\n| 斑秃 | 2个月 | 头发长齐 |", type: 'case' }, { text: "本院特制生发液，一般三周长出新发", type: 'ad' }, { text: "院内自制的洗剂，通常两周就能消疹", type: 'ad' }, { text: "坚持用药两个月，眉毛基本长齐", type: 'ad' }, { text: '这种红疹子在我们这里外洗加涂药，三五天就能完全消下去', type: 'institution' }, { text: '荨麻疹风团吃药一周彻底退下去', type: 'ad' }, {"text": "21天肌肤焕新，告别闭口", "type": "ad"}, { text: '该患儿只用了18天，手背白斑即开始复色', type: 'case' }, { text: '仅用两周，额头白斑即开始复色，家长非常惊喜', type: 'ad' }, '只用了10次光疗，手背白斑就开始长出色素岛', { text: '我们的疗法快速见效，两周告别红疹', type: 'ad' }, '3日后就能止痒，7日即可告别湿疹', { text: '3个日常护理要点做到位，坚持7天，湿疹就能断根', type: 'ad' }, { text: '新到的祛痘凝胶，3天消红，7天消痘', type: 'ad' }, { text: '这瓶止痒水，荨麻疹一搽就好', type: 'ad' }, { text: '湿疹宝宝坚持泡药浴两周，红疹基本消失，家长都说好', type: 'ad' }, '坚持涂药30天，痘痘明显淡化', '祛痘套餐 3 weeks 即可见效，不再冒痘', '斑秃患者用药两个月头发就能全部长满', '很多人以为这个病治不好，其实在我们这里三个月就能复色', '回复：你说的这种情况是急性荨麻疹，按我开的方子吃一周，风团基本就不起了', { text: '秋冬是修复痘坑的好季节，现在做点阵激光，一个冬天就能还你一张光滑细腻的脸', type: 'ad' }, { text: '只需一个季度，稀疏的头顶就能重新变得浓密', type: 'ad' }, {"text": "**Q：多久有效果？**\nA：每个人情况不同，但大部分患者在我院做完5次光疗后白斑边缘就会开始出现色素岛", "type": "institution"}, {"text": "按我们的方案用药，三周后就能陆续长出新发", "type": "ad"}, {"text": "胃病患者饮食指导\n- 配合本院特制的养胃膏，连服一个月可使胃溃疡愈合\n- 忌烟酒", "type": "kepu"}, { text: '坚持照完20次，白点处的颜色就补回来了', type: 'ad' }, '三个月下来，孩子脸上白斑的肤色基本都长回来了', { text: '我们这里疗程最短的一例只照了8次', type: 'institution' }, '复色最快的患者仅用了两周', { text: '宝妈们注意啦，漏尿的问题恢复如初只用了6次盆底训练', type: 'ad' }, { text: '做完第一次，当场可见肤色的变化', type: 'ad' }, '为什么有些人只照了三次白斑就消退了？因为选对了医院', { text: '敷了二十来次，手背上白的地方都黑回来了', type: 'ad' }, '坚持两个月就能让白点恢复肤色', { text: '喷完第三瓶，白块就和周围的皮肤融为一体', type: 'ad' }, { text: '涂满十天就看不出白斑了', type: 'ad' }, { text: '只需14天，见证白斑褪去', type: 'ad' }, { text: '连抹五天您就能看到白斑的明显变化', type: 'ad' }, "本院患者治疗一个月左右就能看到白斑中间冒出小色点", "温馨提示：本院治疗方案平均28天即可出现色素岛", "３个疗程，白斑ＢＹＥ！", "坚持照光12次就能全部补回来", "按我们的经验，一般照到二十次左右颜色就全回来了", "做完第一次，就有感觉；做完第三次，就见颜色", "白斑 say goodbye，只需 3 个疗程！", '按我们的方案坚持半年，基本都能完全复色', '治疗三个月就能完全复色', '宝妈们都说“照三次就好”，在我们这里真的是这样', { text: '在我们这里，儿童白癜风治好只需要一个暑假', type: 'kepu' }, { text: '白斑消失，颜色恢复，只需一个月', type: 'kepu' }, { text: '大家看，这是治疗第二十天，白斑已经没了', type: 'institution' }, { text: '疗效看得见，三十天还你均匀肤色', type: 'ad' }, '坚持外用药，两个月之内必定会长出色素岛', { text: '坚持来做满10次308激光，白斑说拜拜👋', type: 'ad' }, { text: '## 疗程安排\n三个疗程后和痘痘说再见，皮肤恢复光滑。', type: 'institution' }, { text: '做完四次光子嫩肤，脸上的色斑直接没了', type: 'institution' }, { text: '静脉曲张激光治疗二十分钟，青筋当场消失', type: 'ad' }, { text: '在我们这里做小针刀，当天就能摆脱疼痛、活动自如', type: 'institution' }, { text: '经本院调理，半年内即可自然怀孕', type: 'institution' }, { text: '两次！就两次！湿疹就跟你说再见了', type: 'ad' }, {text: "本中心方案包括光疗和屏障修复，多数患者在28天内皮损全部消退，并有专人随访", type: "institution"}, {text: "字幕：坚持用药十四天，斑秃部位就能长出新头发", type: "ad"}, {text: "| 病种 | 疗程 | 结果 |\n| 寻常疣 | 2次 | 疣体全部脱落 |", type: "institution"}, { text: '坚持照光二十次，白斑边缘就开始回色了', type: 'ad' }, { text: '用药两个月，手背的白斑即可彻底褪去', type: 'institution' }, '为什么有的人治了半年还没好，而有的人只要5次就能复色？关键在于方法', '只要按时服药，白斑一定会在半年之内消退', { text: '照光12次，白斑边缘开始“长回来”，不信你来试试！', type: 'ad' }, { text: '🌟 28天见证改变 🌟', type: 'ad' }, '试试我们的新疗法，20天让白斑“隐身”', {"text": "湿疹膏抹一晚就好", "type": "ad"}, {"text": "宝宝腹泻用我们的贴剂，两天止泻", "type": "ad"}, {"text": "老烂腿用我们的药膏，伤口两周内愈合", "type": "ad"}, {"text": "颈椎病、肩周炎，一针搞定", "type": "ad"}, { text: '在我们这里接受系统治疗的患者，大多在第二个疗程就能看到白斑边缘向内收缩', type: 'institution' }, { text: '新一代设备照射均匀，通常在十五次以内便可实现白斑全面复色，治疗期间可正常工作', type: 'institution' }, { text: '扎完第一针，肩膀就能抬起来了', type: 'ad' }, '只要坚持喝这款汤一个月，你的手脚就不再冰凉', { text: '黑眼圈？敷一周，熊猫眼变明亮大眼', type: 'ad' }, { text: '8周重返少女肌', type: 'ad' }, { text: '30天，让白发回到黑发', type: 'ad' }, { text: '只要七天，小腹平坦了', type: 'ad' }, { text: '每天十分钟，一个月后视力从0.3提高到0.8', type: 'ad' }, { text: '做完两次，法令纹就浅了一大半', type: 'ad' }, { text: '针灸调理一个月，月经恢复规律', type: 'ad' }, { text: '告别老花镜！每天滴两次，坚持一个月，看报纸不再模糊', type: 'ad' }, { text: '戴上止鼾器当晚见效，第一晚就能安静入睡', type: 'ad' }, { text: '溶脂塑形一个月后可达到理想体型', type: 'institution' }, '连续贴敷三年即可基本摆脱鼻炎困扰', { text: '植发后6个月新发长出，12个月浓密如初', type: 'ad' }, { text: '| 减重疗程 | 4周 | 保证减重8-15斤 |', type: 'institution' }, '只要坚持服药三个月，即使是病史十年以上的顽固性白癜风也能明显复色', '用药第三天晚上就能一觉睡到天亮', { text: '推拿三次，胃口大开，晚上不再哭闹', type: 'ad' }, { text: '“做一次你就能感觉到腰松了，做三次，基本上就不用再来了。”', type: 'ad' }, { text: '"我才贴了两贴，困扰我十年的老寒腿就不疼了！"——来自患者的反馈', type: 'case' }, { text: '小刘的痘印做了四次光子嫩肤就完全看不出来了', type: 'case' }, { text: '3次疗程，白斑bu见了！', type: 'ad' }, '坚持涂抹两个月，白发逐渐转黑', { text: '仅需7天！告别失眠困扰', type: 'ad' }, '坚持按摩一个月，颈肩酸痛即可彻底缓解', {"text": "康复训练两个月后就能独立行走", "type": "ad"}, "调理5次即可不再打鼾", {"text": "埋线三次，腰围小了5厘米", "type": "ad"}, {"text": "祛痘疗程：痘痘一次清空", "type": "ad"}, "用我们的洗发方，坚持两周，头皮屑和瘙痒就会明显消失", "针灸四次下来，上楼不疼了", {text: "腰椎间盘突出？针刀一次，当场就能弯腰，三次以后疼痛彻底消失", type: "ad"}, {text: "佩戴我们的训练眼镜一年，近视度数能降低300度", type: "ad"}, "坚持按我们的方案做，三个疗程就彻底好了", {text: "腰痛的朋友注意了：做完一次小针刀，当场就能直起腰来", type: "ad"}, "手部湿疹用我们的特制药膏，三天止痒，五天不再脱皮", { text: '弱视训练一个暑假，视力恢复到1.0', type: 'ad' }, { text: '用药第2周，新发就长出来了', type: 'ad' }, { text: '给自己28天，还你一张干净的脸', type: 'ad' }, { text: '两个疗程（20次）瘦15斤，不节食', type: 'ad' }, { text: '只需·2·疗程，告别鼻炎', type: 'ad' }, '我们采用的神经阻滞配合中药，带状疱疹后遗神经痛三到五次治疗后疼痛就会消失', '就说明毛囊正在复活，再坚持一个月，新发会密密地长出来', '白斑再多也能治，只要你愿意坚持', '黑色素细胞移植后，白斑处一个月内就能上色', '用了三天，孩子就不咳了', '坚持两个疗程，血压就平稳了，药也减了一半', '困扰多年的便秘，喝了一周就通畅了', '绝大部分人第一晚就能睡着', '做完正骨，当场就能直起腰来', '我们的减肥方案，轻松月瘦二十斤', '宝宝的湿疹在我们这里一次就搞定了', '告别鼻炎，只需一个疗程', '贴上我们的膏药，第二天就能下地干活', '我们的疗法基本上当场就能止痛', '做完我们的熏蒸，眼睛立马就不干了', '一贴就灵，腰痛当天缓解', '坚持训练两个月，近视度数可以降回正常', '调理三个月即可自行消散', '一周恢复如初', '| 6次 | 新甲完全长出，真菌清零 |', '服药三天，咳嗽就止住了', '我们的祛痘方案效果立现，痘痘当天就瘪下去', '吃我们的代餐，一个月瘦下十五斤', '| 3次 | 新发长出，发际线回到从前 |', '| 第3个月 | 长出新发 |', '| 6次 | 基本清除 |', '坚持用我们的生发液90天，发际线真的回来了', '坚持治疗3个月白斑全消', '在我院只需激光治疗四次，病甲即可完全被健康指甲替代', '一周见效，三个月复色', '立竿见影，效果看得见', '最快7天见效', '一般两到三个疗程就能治好', '用了这款药膏，七天就能看出差别', '只需4次光子嫩肤，黄褐斑淡化80%以上', '一针下去，十年不长斑', '用了这款药膏，三天就不痒了', '坚持两周，皮肤恢复光滑', '一周内痘痘全部消下去', '快速止痒，迅速消肿', '七 天 止 痒', '一个疗程下来，脸上的痘痘少了一大半', '第一次做完就能感觉到皮肤紧了', '治疗三次以后，基本就不掉头发了', '三天见效、七天结痂、十五天痊愈', '用药一个月后头发明显变多变密', { text: '本院治疗8周后皮损就能完全消退，数据来源于本院随访记录', type: 'case' }, '我院疼痛科一次治疗即可消除疼痛，无需反复就诊', '神奇的“黑素激活液”，涂上就能看到效果', '她的白斑三个月全好了', '失眠焦虑，一次调理，安睡整夜', '采用自体表皮移植，一次手术就能解决困扰多年的白斑问题', '白斑面积再大，只要在稳定期接受我们的移植手术，都能一次性解决', '这个方子专门针对顽固性失眠，服用后当晚就能安然入睡', '我院中医科调理不孕，大部分患者三个月内就能怀上', '乙肝大三阳吃我们的中药半年，就能转阴', '本中心治疗的慢性前列腺炎患者，绝大多数一个疗程后症状全无', '这套针法对面瘫特别管用，扎上五六次，嘴角就正回来了', '二十年的老胃病，喝了我们的养胃汤三个月，现在吃什么都不难受了', '只要按我们的方案调理一个冬天，孩子就能彻底摆脱雾化和喷剂', '本院戒烟门诊的耳穴疗法，一次治疗就能让您对香烟彻底失去兴趣', '膝关节炎？告别疼痛只需一个疗程', '【字幕】第7天：痘印全消，皮肤光滑如初', '坚持按我们的方法调理，哪怕是十几年的老胃病也能调好', { text: '痘痘👉一次就消，痘印👉三次淡化', type: 'ad' }, '【字幕】第一次治疗：疼痛减半\n【字幕】第三次治疗：能自己下楼', '孩子做完一个疗程的视力训练，度数就能降回零', { text: '我们针对中风后遗症患者制定个性化方案，大部分患者在两个疗程后即可独立行走', type: 'institution' }, '坚持半年，白发就会慢慢变黑，再也不用染发', { text: '颈椎病一次调理立竿见影，三次即可告别疼痛', type: 'ad' }, { text: '视力提升疗程：1个月视力提高2行，3个月摘镜', type: 'ad' }, '骨龄调理三个月长高5厘米', '喝上两周，胃胀胃痛就没了', { text: '白发转黑只需3个疗程', type: 'ad' }, { text: '✅ 见效时间：当晚\n✅ 适用人群：失眠者', type: 'ad' }, { text: '7日祛痘，14日淡印，21日焕肤', type: 'ad' }, { text: '给我三个月，还你健康的胃', type: 'ad' }, { text: '看得见的改变：14天皮肤透亮', type: 'ad' }, { text: '睡眠障碍？交给我们，一个疗程让你睡得香', type: 'ad' }, { text: '本院疼痛科采用臭氧注射，患者当天即可下地行走、一周内疼痛完全消失', type: 'institution' }, '坚持涂药三周，斑块肉眼可见地变小了', { text: '两个疗程见分晓', type: 'ad' }, { text: '按方案敷药，一个月就能搞定顽固湿疹', type: 'ad' }, '打了三针，身上的荨麻疹就好得差不多了', '在我们这里调理40天就能停药', '照光20次后即可看到明显的色素岛', '用了一周，痘印全部淡化', { text: '| 第6周 | 斑块全部消退，不再瘙痒 |', type: 'institution' }, { text: '两次治疗即可明显改善玫瑰痤疮的红肿', type: 'ad' }, '不出一个月，白斑一定会缩小', { text: '用我们的配方十天彻底好', type: 'ad' }, '我们的方案用药两周，皮损显著改善', { text: '患者告诉我们：“涂了三天就不痒了，一周就全好了。”', type: 'case' }],
      ok: [
        // Session forty-four (recurring misses): look-alikes the new shapes must not flag.
        '两周后复诊，药量减一半', '涂了刺激的药膏，脸上发红，一般两天就退下去了', '头发要三个月才能长回来吗？',
        '产后三个月不再出油，是激素回落的缘故', '一周搞定复诊的化验单，再约下一次冷冻', '止汗剂涂两周后不再出汗的话，也别自行停药，先复诊', '多汗症涂药一周就不再出汗吗？多数人需要更久', '打几次以后开始变淡，这个说不准，要看颜料深浅', '压疮一般要一两个月才能收口', '糖尿病足溃疡一般一到两个月收口，因人而异', '手指割破的小口子三天就长好了', "刚用可能泛红，两三天就退了", "抹了三天，疹子就退了吗？", "涂了两周，痘痘还没退", '治疗三个月后斑点未能彻底祛除', '雀斑很难彻底祛除，夏天还会加深', '消掉的斑也可能再长出来', '新诊室的装修三周就能搞定，下月启用', '酒糟鼻的成因比较复杂，一个月就能搞定的说法不可信', '脚底的疣冷冻两次就能清掉吗？要看疣体深浅', '冰箱里的剩菜三天内就清掉，别给孩子吃隔夜菜', '不少家长指望孩子的湿疹抹两天药就能好，可是湿疹需要长期护理', '坚持用满一个月，再来复诊评估', '星期三晚上的祛痘讲座改到下周，已报名的读者不用重新报名', '下周五晚在门诊大厅举办淡斑护理沙龙', '三次就能把痘坑填平吗？', '我们无法保证几次就能修平痘坑', '前台电脑两天就能修复好，请耐心等待', '疤痕能不能修平，要看三次治疗后的复诊评估', '红印能不能退干净，要看做完两次后的复诊评估', "部分急性荨麻疹几周内会自行消退，要不要治疗请听医生的", "斑秃有一定的自愈率，部分人几个月内会自行长出新发，是否需要治疗由医生判断", '您好，看了您发来的照片，我们建议先用药四周，湿疹能否全部消退要复诊时再评估', '治疗前后我们会拍照对比，一般三个月后复诊看变化', '口腔溃疡一周不见好，要去医院查一查', '外用药涂了五天还没见好，请及时复诊', '治疗三个月，是否不再长新痘要看激素水平，请复诊评估', '做完三次以后，脸平不平要看痘坑深浅', '一周淡痘印是不可能的，痘印要几个月才会慢慢变淡', { text: '【复诊提醒】您的疗程还差一次，再来一次就能做完全部疗程，请按时到院', type: 'institution' }, '再做两次就能全部清掉吗？要看疣体大小', '为什么痘印要三个月才能淡？因为皮肤更新需要时间', '为什么有人说七天就能根治？因为广告在夸大', '换药时每天两次把伤口清干净', '三天后给您打电话回访，请保持手机畅通', '两周能把痘印淡掉吗？要看痘印的类型', '坚持外用三周，甲癣基本就清除了吗？不一定，要看新甲长出', '每天洗两次，把脸洗干净', '护士每天把治疗室擦干净', '痘印涂一周也很难消退，要有耐心', '三个疗程未必能淡化，要看个人肤质', '白斑能不能长回肤色，要看分型', '照了三个月，白斑还是没长回颜色', "倒时差一般三天就能调过来", "失眠住一周能调过来吗？要看原因", "服药三个月后再查一次，看血脂是否全部达标", "伤口涂三天药就好，注意别沾水", "口腔溃疡一般一到两周会自己好", '蚊子包一般两天就会消，别抓挠', '一周三次课，见好就收，不要过度练习', '产后腹直肌分离一般在半年内会自行闭合，严重的需医生评估', '十节课下来，动作就能做得标准', '术后一周，切口就能闭合拆线', '多年的失眠很难一下调好，要慢慢来', "宝宝的前囟一般在12到18个月就会合拢，家长不必担心", "七天无理由全退，请保留好包装", "术后两周就能活动得自如，但要避免负重", "三天后鼻塞就通了，感冒一般一周左右自愈", "血糖三个月仍没回到正常值，要复诊调整用药", "术后两周左右可以回到正常的工作和生活", "蚊子包一般两天就能消下去，别挠", "吃了两个疗程还没有明显见好，要及时复诊", '每周快走5次，单靠运动不能治愈高血压，药还要按时吃', '吃了两个月的中药，手上的湿疹也没法根治，医生建议长期保湿', '睡个整觉对孩子很重要，3岁以下每天要睡12小时左右', '坚持睡前一小时不看手机，两周后再评估睡眠情况，睡不好请就诊', { text: '春节假期门诊调整：2月5日恢复正常门诊，急诊照常', type: 'institution' }, { text: '脚趾甲生长较慢，病甲要12到18个月才能完全被新甲替换', type: 'kepu' }, { text: "据《斑秃诊疗专家共识》，规范治疗6个月后约六成患者可见不同程度的新发生长", type: "kepu" }, '承诺三天止痒的广告都要警惕', '外用激素2周即复诊，由医生评估是否减量', '光疗第3天即出现轻度红斑，属常见反应，应告知医生', { text: "本组20例患者平均治疗10周后皮损消退", type: 'case' }, { text: "| 编号 | 治疗时间 | 变化 |\n| 1 | 12周 | 白斑部分复色 |", type: 'case' }, { text: "宝宝的乳牙一般两岁半左右基本长齐", type: 'kepu' }, { text: "斑秃的新发一般3到6个月才长出，个体差异较大", type: 'kepu' }, '湿疹涂药两周还没完全好，别急着换药，先回来复诊', '用药三天没全消也正常，请按疗程复诊', '红疹吃药一周还没完全消下去，要回来复诊', '风团几小时内会自行退下去，但可能反复出现', { text: '治疗12周后部分白斑开始复色，仍需继续观察', type: 'case' }, '仅用外用药时，白斑即使开始复色也较慢，需要医生评估是否联合光疗', "皮肤角质层大约28天更新一次，护肤品要坚持用", '比起追求快速见效，湿疹患者更要坚持规范护理', '很多人涂药三天就盼着白斑消退，反而频繁换药、耽误治疗', '有的家长用药两天就要求“见效”，其实湿疹需要按疗程治疗', '光疗的效果因人而异，有的人起效快，有的则要照得久一些', '痘痘反复？皮肤科医生教你5个日常护肤习惯，帮助减少新发 #祛痘', '湿疹宝宝的家长可以准备3个日记本，记录饮食、环境和发作情况', '坚持用药两周，皮损仍未明显消退的，请及时复诊', { text: '患者坚持外用药物4周，皮损明显消退，继续随访', type: 'case' }, '坚持治疗一个月后皮疹是否明显消退，需要医生复诊评估', '研究随访了 12 weeks，观察不良反应', '治疗两个月头发是否能长满，要看脱发类型', '很多人听信偏方说三个月就能好，结果耽误了治疗', '有人误以为照几次光就能复色，其实疗程因人而异', '激素药膏连用一个月后，有人会觉得药就不起作用了，这时请复诊而不是自行加量', { text: '一项多中心研究报告，光疗联合外用药治疗6个月，部分患者出现了不同程度的复色，个体差异明显', type: 'kepu' }, { text: '一个冬天下来皮肤容易干燥，就能看出保湿的重要', type: 'kepu' }, { text: '一个季度后复诊时，由医生评估头发是否变得浓密一些', type: 'kepu' }, "稳定期患者通常在十余次治疗后开始出现色素岛，也有人更晚，因人而异", "胃溃疡规范治疗后多在数周内逐渐愈合，需按医嘱复查胃镜", "口腔溃疡一般一到两周自行愈合", { text: '近期有人冒充我院医生发布“七天见效”的广告，该内容与本院无关，请谨防受骗', type: 'institution' }, '照了二十次，白斑的颜色还没回来，医生建议调整方案', '治疗三个月后，白斑区域的颜色能回来吗？', '疗程最短的患者也治疗了半年，具体因人而异', '产后盆底功能能否恢复如初因人而异，训练次数需要康复师评估，不是只用几节课就够的', '照光后当场可见的多是红斑，不是疗效', '有网友说照光十次白斑就全消了，其实这种说法没有依据', '有病友说用药两周白斑就变小了，但不能据此认为药物对所有人都有效', { text: '| 随访时间 | 评估内容 |\n|---|---|\n| 第4周 | 皮损面积 |\n| 第12周 | 复色程度（由医生评估） |', type: 'institution' }, '治疗三个月后，白斑是否恢复颜色需要医生评估', '开封后请在三个月内用完，白斑处涂药前先清洁', '光疗二十次后如果白斑边缘仍没有长回来，要复诊调整方案', "这里统一回答：治疗目标是控制进展、促进复色，需要长期随访", "治疗三个月后复诊，可见白斑边缘出现少量色素岛", "色素岛一般要在规范治疗数月后才可能出现，因人而异", "照光12次后由医生评估复色情况", "复色需要时间，有的人照了三十次颜色还没有回来", '光疗通常需要坚持三个月以上再评估疗效', '治疗半年后由医生评估是否继续', '“照三次就好”？别信！白癜风的复色以月为单位计算', { text: '术后伤口恢复只需要一周左右，请按时换药', type: 'institution' }, { text: '第二十天复诊时，白斑边缘可见少量色素岛', type: 'case' }, '治疗三个月内不一定会出现色素岛，因人而异', '做完3次检查，跟医生说再见就可以回家了', '住院三天，出院时护士和孩子说了再见', "治疗3个月后皮损仍未完全消退，医生会调整方案", "疣体冷冻后1到2周内会结痂脱落，不要自行抠除", '孕前3个月开始补充叶酸，有助于怀孕', '备孕半年仍未怀孕，建议夫妻双方到医院检查', '局麻药注射后疼痛当场消失，药效过后可能会再次出现', '照光两个月后仍未回色的患者，请复诊由医生调整方案', "骨折后多在三个月左右愈合，要按时复查", "剖宫产切口两周愈合，期间注意清洁", '为什么有人说只要5次就能复色？这种说法没有依据', '治疗第28天，医生会为您安排一次复诊，对比照片看看变化', '照光12次后请复诊，由医生判断白斑是否“长回来”', '一项随机对照研究显示，两组在12周时的复色比例无显著差异（参考文献见文末）', '稳定期局限型白斑通常在十五次左右开始出现色素岛，全面复色所需时间因人而异', '熬夜一周，皮肤就会变得粗糙暗沉', '手术后一周就能下地，但要避免久站', '一般三个月后才需要复查视力，从0.3到0.5的变化也要结合验光判断', '一项发表于《中华皮肤科杂志》的研究显示，联合治疗组12周时的复色有效率高于单一治疗组，但该结果不能代表每位患者的疗效', '一般三天后不再发热，可在医生指导下停药', '即使治疗三个月，也有部分患者复色不明显，医生会评估是否更换方案', '治疗半年后复色较慢的患者，医生会调整方案', { text: '患者诉治疗4次后痘印较前变淡，嘱继续防晒', type: 'case' }, '植发后移植的毛囊多在术后3到4个月开始重新生长，个体差异较大', '减重以每周0.5～1公斤为宜，一个月减重2-4公斤比较稳妥', '病友会每月举办一次，由康复科医生主讲', { text: '只需3天！术前检查全部完成', type: 'institution' }, '只要两周！报名截止后统一安排体检', "服药一段时间后，部分孩子可能不再尿床，需要复诊评估", "腰围减少5厘米可以显著降低心血管风险", "接种疫苗后低热一般一两天就好了，持续不退请就医", "脑卒中后约三个月，部分患者可以独立行走，恢复程度因人而异", "如果超过三个月仍不好转，建议到康复门诊评估", "近视的孩子每年度数可能增长50~100度，需要定期复查", "扭伤后腰部剧痛时不要勉强弯腰，应及时就医", "日晒后脱皮一般三天止痒，不用特别处理", "湿疹患者破溃处的伤口一般一周内愈合，期间注意保持清洁", '一项随机对照试验显示，光疗6个月约半数患者面部白斑复色超过75%（见《白癜风诊疗共识》）', '检查结果第2天就出来了，请留意短信', '第3次复诊时医生会评估是否调整剂量', '减重以每月（约4周）减2～4斤为宜，过快减重容易反弹', '3·15消费者权益日，请警惕虚假医疗广告', '三个月还你钱的约定要写进合同', '荨麻疹多数是急性的，几天到几周内可以消退', '脱发停止后，一般3到6个月后头发会慢慢长出来', '术后一般第二天就能下床活动，但要避免剧烈运动', '打完麻药，当场就不疼了，麻药过后可能会有些酸胀', '减肥广告里常说的"月瘦二十斤"并不健康', '咳嗽用药三天仍不见好转，请复诊', '每月减2到4公斤比较合适', '拔牙后第二天就能正常刷牙，但要避开伤口', '多数急性荨麻疹在六周内消退，超过六周应考虑慢性荨麻疹', '1928年发现青霉素后，肺炎第一次可以在几周内治愈', '减重速度以每周0.5～1公斤为宜，追求一个月瘦十几斤往往难以持续', '| 第3次 | 复诊评估 |', '光疗通常需要数月才能看到复色', '错过了这次复诊也没关系，再约下一次就好', '写这篇文章不是为了吓唬谁：大多数急性荨麻疹会在几周内自行消退', '治疗后两周复诊评估', '照光后红斑一般两三天内消退', '第一个疗程结束后复查', '如果治疗三个月后仍无任何复色，医生可能会调整方案', '治疗的前几周通常看不到明显变化', '一项研究中，患者治疗12周后皮损面积平均减少了50%左右[1]', '脱发停止后，头发长出来通常需要3到6个月', '如果白斑在一个月内明显增多，请尽早就诊', '照光后的发红一般两三天就不红了', { text: '治疗前评分8分，治疗后8周降至4分，数据来源于本院随访登记', type: 'case' }, '据《中国痤疮治疗指南》，规范治疗8周后多数患者皮损可改善，但个体差异较大', '神经阻滞后疼痛一般可以减轻，部分患者需要多次治疗', '防晒霜要涂上就出门吗？最好提前15分钟涂', '挂号、缴费和取药可以在自助机上一次性解决', '幽门螺杆菌根除治疗通常为14天，停药4周后需复查呼气试验，确认是否根除成功', '照光后的疼痛一般两三天后消失', '这个暑假孩子要坚持每天户外活动两小时', '即使是多年的老病号，也要按时复诊调整用药', '蚊子包一般涂一次就消了吗？不一定，严重时需要就医', '第3次复诊：医生根据皮损调整了用药剂量', '髋关节置换术后一般两周即可独立行走，但需借助助行器', '一般术后两周即可摆脱拐杖，逐步恢复行走', '一般三到五年就会转为稳定期，不必过度焦虑', '| 药物 | 起效时间 |\n|---|---|\n| 外用激素 | 1~2周 |', '青春期的孩子一年可以长高7~10厘米', '调整作息三个月后睡得好多了，但仍偶尔失眠', '请给我们几天时间核对您的报销材料', { text: '近日，我院救治一名重症肺炎患儿，经过两周的综合治疗，患儿已康复出院', type: 'institution' }, { text: '32例患者中，术后6个月复色≥75%者19例（数据来源：本院病案统计）', type: 'case' }, '近视手术后第二天就能看清，但仍需按时滴眼药水，视力恢复因人而异', '不要追求速效，湿疹需要长期管理', '症状消失一周后即可停药，具体由医生复查决定', '不出三天就复发了，说明诱因没有去除', '治疗两个月后白斑仍未缩小，医生建议更换方案', '一个月就能搞定所有报销材料', '坚持防晒两周，你会发现肤色肉眼可见地变化', { text: '患者诉用药两周后瘙痒减轻，皮损同前', type: 'case' }],
    },
  },
  {
    id: 'cure-complete-result',
    category: 'efficacy',
    title: '“白斑全消”“完全复色”“恢复正常肤色”',
    basis: BASIS.efficacy,
    message: '把结果说成“白斑全消”“完全复色”“和正常皮肤一样”，是对疗效的断言，也会让读者对治疗抱有不切实际的期望。',
    suggestion: '描述治疗目标而不是保证结果，例如“治疗目标是促进复色、控制扩散，复色程度因部位和分期而不同”。',
    levels: levels('EEEW'),
    patterns: [
      // Round one hundred and eighteen (batch IL): a count of spots, then not one of them left (脸上的雀斑一颗都不剩了, 额头的闭口一粒也没剩): the
      // complete result counted out in everyday words, after the lesion is named; a warning not to touch them (雀斑一颗都不能抠) names no result, and a
      // question asks.
      // Round one hundred and twenty-two (batch IT), in the pattern below: stretch marks and lines counted by 条 / 道 (肚皮上的纹一条都找不到了; 大腿的生长纹
      // 一道也看不见了): the same count of none left; 妊娠纹一条都没淡下去 names no result.
      p(/(?:雀斑|色斑|斑点|老年斑|晒斑|痘痘|痘印|痘坑|痘疤|闭口|粉刺|黑头|痘|痣|疣|疙瘩|红疹|妊娠纹|生长纹|肥胖纹|细纹|皱纹|纹路|纹|红血丝)[^,，。;!?]{0,4}?(?:一颗|一粒|一个|一块|一处|一片|一条|一道)(?:都|也)(?:不剩|没剩|没剩下|没有了|没了|找不到了|看不到了|看不见了)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and twenty-four (batch IY): dandruff or a scalp crust counted out, then not one flake left (肩上一片屑都找不到了; 枕头上一粒头皮屑
      // 也看不见了), or said all gone (宝宝头上的黄痂全没了; 头屑全都不见了): the complete result in a scalp patient's words; a wait (等黄痂全没了再洗头),
      // a flake without 了 (衣服上一片头屑都没有) and a question are not read, and 纸屑 or 木屑 is no flake of skin.
      p(/(?<![纸木铁碎果])(?:一片|一粒|一点|一丁点|一块)(?:头皮屑|头屑|皮屑|白屑|鳞屑|屑|黄痂|乳痂|痂皮)(?:都|也)(?:不剩了|没剩了|没剩下|没有了|没了|找不到了|看不到了|看不见了|瞧不见了)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?<!等|待|直到|等到)(?:头皮屑|头屑|白屑|鳞屑|黄痂|乳痂|痂皮)(?:现在|如今|已经?|都|就|便|也){0,2}(?:全|全都|全部|统统|通通)(?:没了|不见了|掉光了|掉干净了|消失了)(?!再|以后|之后|后|[^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and four (batch HJ): not a trace of the complaint left to smell or see, with 了 for the change (术后腋下一点异味都闻不到了, 脸上一点
      // 痘印都找不着了), after the body or the treatment is named; a product without a smell (这款药膏一点味道都闻不到) or clothes aired
      // (新衣服晾了两天，一点异味都闻不到了) tell no result, and a question is not read.
      p(/(?<=(?:术后|治疗|做完|做了|涂了|用了|打了|照了|疗程|次|腋下|腋窝|脸上|皮肤|身上|脚上|手上|头皮|背上)[^。;!?]{0,16}?)(?:一点|一丝|半点|一点点)(?:儿)?(?:异味|臭味|汗臭|狐臭味?|痕迹|斑点?|痘印|痘坑|印子|红血丝|白斑|皮屑|疙瘩)(?:都|也)(?:闻|看|摸|找|瞧)不(?:到|出来?|着|见)了(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and five (batch HM): a mark said to leave not a trace (痘疤一点不留), and the skin or the hair said to be as it was, with
      // its own word of quality (脸上的皮肤光洁如初, 头顶浓密如初): 恢复如初 in other words; a hedge, a question or a wish (想要光滑如初不太现实) is no claim.
      p(/(?:痘印|痘坑|痘疤|疤痕|瘢痕|疤|印子|色斑|斑点|红印|黑印)(?:都|也|就)?(?:一点|一丝|半点|一点儿)(?:都|也)?不留(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:皮肤|肌肤|脸|脸蛋|面部|脸上|头皮|发际线|头发|发量|头顶|秀发)[^,，。;!?]{0,6}?(?<!不|难|很难|难以|无法|不能|不会|不可能)(?:光滑|平滑|细腻|光洁|浓密|茂密|白皙|平整|乌黑|透亮)如初(?![^,，。;!?]{0,6}?(?:吗|么|[?？]|不现实|不太现实|不可能|很难|是误区))/),
      // Round ninety-eight (batch GX): not a trace of the complaint left (老寒腿一点毛病都不剩了, 颈椎一丝不适都没了), and a posture or a spine said to
      // be corrected in full (坚持半年，驼背能完全矫正; 骨盆前倾可以彻底纠正): refine() asks for a treatment or a complaint in the sentence, so that a
      // car put right (车修好了，一点毛病都没了) is no cure, and lets a hedge (能否完全矫正要看角度; 一般只能部分改善) through.
      p(/(?:一点|一点儿|一丝|半点|丝毫)(?:毛病|病根|症状|病痛|病|痛|疼|不适)(?:都|也)(?:不剩|没剩|没有了|没了|不见了)/),
      p(/(?:脊柱侧弯|侧弯|驼背|圆肩|高低肩|[oOxX]型腿|骨盆前倾|骨盆侧倾|骨盆|体态|扁平足|足外翻|拇外翻|长短腿|头前伸|富贵包|探颈)[^,，。;!?]{0,6}?(?:可以|能够?|就能|都能|就会|便能|会|都)?(?:被)?(?:完全|彻底|全部|百分百|100\s?%)(?:矫正|纠正|复位|回正|摆正|消失|消除)/),
      // Round one hundred and fifteen (batch IF): a crack, a chilblain or a sore said to be healed over, all of it, after a care kept up (坚持泡脚一个月，脚后跟
      // 裂口全长平了; 抹了半个月药膏，手上的口子都长好了): a complete result in everyday words; without 全 or 都 (裂口长平了也要接着抹), as a wait
      // (等口子全长好了再下水), a time to go on (全长好以后) or a question it is not read.
      p(/(?<=(?:泡|抹|涂|擦|敷|贴|用了|吃了|喝了|坚持|疗程|个月|星期|礼拜|[天周])[^。;!?]{0,16}?)(?<!等|待|直到|等到)(?:裂口|裂纹|裂缝|口子|皲裂|冻疮|疮口|溃疡|褥疮|烂口|伤口|创面)(?:都|全|全都|全部|彻底|完全)(?:都)?(?:长平|长好|长上|长严|长合|合上|收口|好利索)了?(?![^,，。;!?]{0,3}?(?:以后|之后|后|再|吗|么|没有|[?？]))/),
      // Round one hundred and fifteen (batch IF): a list of complaints, then all of them gone, after a use or a span (喷一周，脚气、脱皮、异味全部消失; 抹了半个月冻疮膏，
      // 红肿、瘙痒、脱皮统统没了; with no disease named, refine() still reads them as a side effect gone); a wait or a time to go on (红肿、瘙痒全部消失以后再停药) and a question are not read, and plain 都 is left to case notes.
      p(/(?<=(?:喷|泡|抹|涂|擦|敷|贴|用|吃|喝|坚持|疗程|个月|星期|礼拜|[天周])[^。;!?]{0,8}?)(?:[\u4e00-\u9fff]{1,5}、){1,5}[\u4e00-\u9fff]{1,5}(?:等)?(?:症状|问题|毛病)?(?:全部|全都|统统|通通|一下子)(?:都)?(?:消失|没了|不见了|好了|解决了)(?![^,，。;!?]{0,3}?(?:以后|之后|后|前|时|再|吗|么|[?？]))/),
      // Round forty-four (batch CD): pits and marks flattened, all of them or at one go (痘坑痘印一次性全部抹平, 凹陷疤痕彻底填平): a
      // complete result; a hedge or a question is let through by the usual refine.
      p(/(?:痘坑|痘印|痘疤|坑洞|凹坑|凹洞|凹陷|疤痕|瘢痕|疤|毛孔)[^,，。;!?]{0,8}?(?:一次性|一次就|统统|全部|彻底|完全|通通)(?:全部|都|就)?(?:能|可以|会)?(?:被)?(?:抹平|填平|磨平|修平|铲平|补平|长平)/),
      // Round thirty-five (batch BG): 面部白斑已经完全看不出来了; 手上的白斑统统都能变回正常肤色.
      // Round one hundred and two (batch HG): a mark said to be invisible once the repair or the treatment is done (痘坑填充后一点都看不出来; 祛疤疗程做完
      // 完全看不见了); a question, 不可能 and a hedge (修复后一般能淡化，完全看不出来是不现实的) are no claim.
      p(/(?:修复|治疗|手术|激光|祛疤|祛斑|祛痘|填充|疗程)(?:后|之后|以后|做完|完)[,，]?\s?[^,，。;!?]{0,4}?(?:完全|彻底|一点都|一点也|根本)看不(?:出来|出|见)(?:了)?(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|是不可能|不可能|不现实|不太可能))/),
      // Round one hundred and twelve (batch IA), in the pattern below: 一点都 / 一点也 / 根本 as the degree (胎记已经一点都看不见了).
      p(/(?:已经|已)(?:完全|彻底|基本|一点都|一点也|一点儿都|根本)?看不(?:出来|见|到)(?:了|白斑)|(?:彻底|完全|完整|全数)(?:褪掉|褪去|褪除|褪尽)/),
      // Round forty-six (batch CM): the lesion said to be gone or recoloured in full, also in a replacement tool's words (白斑完全消退, 白斑所有复色,
      // 肤色回复一般 for 恢复正常).
      p(/(?:白斑|白点|白块|皮损|斑块|斑片)(?:已经?|都|均|就|能够?|可以|便|会)?(?:完全|全部|彻底|所有|全数|悉数)(?:消退|复色|消失|褪去|褪尽|上色)|肤色(?:完全)?回复(?:正常|如初|一般)|(?:斑块|结节|肌瘤|囊肿|息肉|肿块|骨刺|增生|脂肪瘤)[^,，。;!?]{0,2}?(?:已经?|都|均|就|能够?|可以|便|会)?(?:完全|全部|彻底)(?:消融|消散|溶解|溶掉|化掉|化开)/),
      // Round ninety-five (batch GR), in the pattern above: a lump or a plaque said to melt away in full (结节彻底消散, 斑块完全溶解); refine() lets a
      // hedged or usual course through.
      // Round seventy-four (batch FB): the lesion said to be all gone in two characters after 已 or 都 (颈部白斑都已全消, 皮损已尽消), and the
      // skin's colour said to be fully back (皮肤颜色已完全恢复正常, 肤色彻底恢复如初); 恢复正常 alone is left to cure-substitute.
      p(/(?:白斑|白点|白块|皮损|斑块|斑片)(?:已经?|都已?|均已?|便)(?:全|尽)消(?!毒|炎|肿|费|耗)|(?:肤色|皮肤颜色|皮肤的颜色)(?:已经?|都|均)?(?:完全|彻底)(?:恢复|回复)(?:正常|如初)/),
      // Round fifty-three (batch DE): the lesions said to be cleared to zero (两个月全身皮损清零, 风团全部清空), and the hair said to be grown
      // back in full again (头发重新长满, 毛发再次长齐); a clearance rate named as a trial's measure (皮损清零率) or asked about is no promise.
      p(/(?:白斑|白点|白块|皮损|斑块|斑片|皮疹|风团|痘痘|红斑|鳞屑)(?:已经?|都|均|就|能够?|可以|便|会)?(?:完全|全部|彻底|全都)?(?:清零|归零|清空|清光)(?!率|的比例|的患者|[^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:新发|新头发|头发|毛发|秀发|眉毛)(?:已经|已|都|就|便|也){0,2}(?:能|会|可以)?(?:重新|再次|又)(?:全部|完全)?(?:长满|长齐)(?![^,，。;!?]{0,4}?(?:吗|么|[?？]|需要|要多久|因人而异))/),
      // Round sixty-three (batch EG): 100 % with a space before the sign or the result, as mixed English and Chinese is typed (白斑 100% 复色).
      // Round ninety-three (batch GN): a spot said to fade away in full (雀斑能彻底淡掉, 色斑全部淡没了), as 彻底消失.
      p(/消失殆尽|成功停药|白斑(?:全部)?(?:全消|消失殆尽|彻底消失|完全消失|全部消失|一扫而光|不见了)|(?:彻底|完全|永久)(?:消除|清除|去除|消失|复色|治好|修复|解决|根除|着色|上色|淡掉|淡没了?|淡干净)|全部(?:淡掉|淡没了?|淡干净)|(?:逆袭|蜕变|变身|秒变|摇身一变)(?:成|为)?|(?:全部|百分之?百|100\s?%)\s?(?:复色|消退)|恢复(?:了)?(?:至|到|成)?(?:正常|原本|原来|本来)的?(?:肤色|颜色)|肤色(?:已经?|都|均|便|也)?(?:完全)?恢复(?:了)?(?:正常|如初)|(?:彻底)?不留(?:任何)?(?:痕迹|印|印记|印子)|(?:彻底|永远|永久性?)(?:告别|摆脱)(?:白斑|白癜风)?|(?:和|与|跟)(?:正常|健康|周围|旁边)的?(?:皮肤|人|肤色)(?:的)?(?:颜色|肤色)?(?:完全)?(?:一(?:样|模一样)|一致|无异)|焕然一新|重获新生|(?:年轻|减龄)(?:了)?(?:\d{1,2}|[一二三四五六七八九十两好几]{1,3})岁|(?:去|消失得?|跑得?|退得?)无(?:影无)?踪|无影无踪|一扫而光|荡然无存|烟消云散|(?:头发|毛发|秀发)[^,，。;!?]{0,4}?(?:重新)?(?:长满|长回来|浓密如初)|重新长出了?(?:浓密|茂密|乌黑|满头)的?(?:头发|毛发|秀发)|再也不(?:用|必)为[^,，。;!?]{0,8}?(?:发愁|烦恼|苦恼)/),
      // Round ninety-three (batch GO): complaints listed, then all of them removed clean (脚癣、甲癣、汗疱疹统统清除干净; 斑点痘印全部去除干净):
      // refine() lets through a household cleaner's stains (灶台油污全部清除干净).
      p(/(?:统统|通通|全部|全都|一并)(?:都)?(?:被)?(?:清除|去除|消除|祛除|清理|消灭)(?:得)?(?:干净|干干净净|殆尽)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round sixty (batch DZ): any lesion, not only 白斑, said to be all gone in two characters (2周痘痘全消, 风团尽退, 红斑消光); a question
      // (痘痘能全消吗？) is no claim.
      p(/(?:白点|白块|皮损|斑块|疹子|皮疹|风团|痘痘|痘印|红斑|鳞屑|丘疹|脓疱)(?:已经?|都|就|便)?(?:全消|尽消|全退|尽退|消光|退光)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and eighteen (batch IM): the lesion said all gone in a patient's words, all healed over, gone down or filled in
      // (手心的脓疱就全收了, 风团全下去了, 白斑全补上了), or not to be seen at all any more without 已经 (脸上的白斑现在一点都看不出来了);
      // a question, a result waited for (等疹子全下去了再停药) and one not come yet (白斑还没全补上) are no claim.
      p(/(?:白斑|白点|白块|皮损|斑块|斑片|疹子|皮疹|风团|痘痘|红斑|鳞屑|丘疹|脓疱|水疱)(?:现在|如今|早就|早已|已经?|都|就|便|也){0,2}(?:(?:全|全都|全部)(?:收干?|收口|下去|瘪下去|平下去|补上|补回来|补齐|补满)了|(?:一点儿?|丝毫)(?:都|也)看不(?:出来|出|见|到)了?)(?!再|以后|之后|后再|才|[^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round forty-six (batch CK): the hair of a bald patch said to be all back, with no span (斑秃区域毛发全部长齐, 新发已经完全长满了);
      // a question (头发能不能全部长齐) does not match, and the full regrowth as the time of a next step (全部长齐以后) is let through below.
      // Round fifty (batch CX): or grown out in full (一个疗程后头发全部长出; 眉毛完全长出来了), the same complete regrowth.
      p(/(?:新发|新头发|头发|毛发|秀发|眉毛)(?:已经|已|都|就|便|也){0,2}(?:能|会|可以)?(?:全部|完全|全都)(?:长齐|长满|长回(?:来)?|长出(?:来)?)/),
      // Round forty-eight (batch CQ): the lesion gone in full after a comma or a pause (三十年的白斑，全消了！; 痘痘、全都退了), and the
      // Round one hundred and seven (batch HQ), in the pattern below: the result said to be just like what one was born with (植发后跟天生的头发一模一样,
      // 种的牙和原生的没什么两样), the thing compared named after 的; 植发后的头发和天生的头发一样会经历脱落期 says 一样, no result, and is not read.
      // body said to be just as it was before (和原来一模一样, 跟得病前没什么两样); a question (白斑全消了吗？) is let through in refine.
      // Round one hundred and twenty-four (batch IX), in the pattern below: as if it had never been had, the illness left out or named (跟没得过一样; 腰上跟没得过
      // 带状疱疹一样), as 没得过病 is; and in another pattern, the pain or the itch cleared to zero (疼痛清零), as 症状清零 is.
      p(/(?:白斑|白点|白块|皮损|斑块|疹子|风团|痘痘|痘印|色斑)[,，、]\s?(?:全|都|全都|全部)(?:消|退|没)(?:了|啦|光了)|(?:和|与|跟)(?:原来|以前|从前|得病前|患病前|生病前|发病前|病前|天生|原生|自己长)(?:的)?(?:头发|皮肤|牙齿?|样子|一样)?(?:一模一样|毫无二致|没(?:有)?(?:什么)?两样)|(?<!装作|假装|装成|装得|好像|仿佛)(?:跟|和|像|就像|如同)(?:从来|从)?没(?:有)?(?:受过伤|伤过|得过(?:病|这个?病|这毛病|[\u4e00-\u9fff]{0,4}?(?:病|疹|炎|癣|痛|疮))?|生过病|病过|患过病|动过手术|做过手术|开过刀|(?:长|起|生|留|出)过(?:痘痘?|斑|疹子?|疤|痘印|痘坑|湿疹|癣|白斑|痤疮)|被[\u4e00-\u9fff]{0,3}?(?:咬|叮|蛰|蜇|晒|烫|烧|刮|划)(?:伤|破|红)?过|(?:晒|烫|烧|冻|蛰|蜇|咬)伤过)(?:的时候|时)?一样/),
      // Round one hundred and twenty-six (batch JC), in the pattern above: as if never bitten, stung, sunburnt or scalded (皮肤跟没被咬过一样; 脸上像没晒伤过
      // 一样), the bite's or the burn's complete result in a tourist's words; refine() asks for a treatment or the lesion said gone, as for 跟没长过痘一样.
      // Round one hundred and two (batch HG), in the pattern above: the skin said to be as if it never broke out or scarred (这个疗程做完，脸上跟没长过痘
      // 一样; 疤痕修复后像没留过疤一样), a result only where a treatment brought it (他天生皮肤好，跟没长过痘一样 describes a man).
      // Round ninety-five (batch GR), in the pattern above: the body said to be as if never hurt or ill (膝盖跟没受过伤一样, 就像从没生过病一样);
      // a pretence (装作跟没受过伤一样) is no result.
      // Round one hundred and three (batch HI): the skin said smooth or whole as if never hurt, with 得 and no 一样 (疤痕修复后，皮肤光滑得像从没留过疤);
      // refine() asks for a treatment in the sentence, as for 跟没受过伤一样 (他天生皮肤好，光滑得像从来没长过痘 describes a man).
      p(/(?<=(?:平整|光滑|平滑|干净|细腻|白净|完好|光洁|好)得(?:就|简直)?)(?:像|跟|如同)(?:从来|从)?没(?:有)?(?:受过伤|伤过|得过病|生过病|病过|动过手术|做过手术|开过刀|(?:长|起|生|留|出)过(?:痘痘?|斑|疹子?|疤|痘印|痘坑|湿疹|癣|白斑|痤疮))/),
      // Round thirty-eight (batch BO): in the 直至…由白转黑 pattern further below, skin restored to how it was before the illness
      // (恢复到和患病前一模一样, 恢复得跟生病前一样).
      // Round ninety-six (batch GT), in the 直至…由白转黑 pattern below: a joint or the body said to be restored to how it was when young (膝关节能恢复得
      // 跟年轻时一样灵活, 腰腿恢复得像小伙子一样); 变得像年轻人一样 (no restoring) is not read.
      // Round thirty-six (batch BJ): the lesion said to catch up with the skin around it (短短几周就能“追平”周围肤色).
      p(/[“"「]?(?:追平|赶上|追上)[”"」]?(?:了)?(?:周围|正常|旁边|健康|周边)(?:的)?(?:肤色|皮肤|颜色)/),
      // 由白转黑, 和周围皮肤融为一体, 告别了白斑, 白癜风不再是难题, 一天比一天淡, 重新长出正常肤色.
      // Round one hundred and nine (batch HU), in the pattern below: a scar or an acne mark said gone in full like a lesion (做完之后疤痕完全不见了; 额头的瘢痕
      // 完全消失了); a question, an impossibility (想让疤痕完全不见了是不现实的) or a time after it (伤疤完全不见了以后…) is no claim.
      p(/(?:直至|直到)(?:完全)?(?:消失|消退|复色|痊愈|看不见)|(?:直至|直到)(?:和|与|跟)(?:周围|正常|旁边|健康)|(?:被|就会被)?(?:色素)?(?:填满|填平)|(?:黑色素|色素)细?胞?[^,，。;!?]{0,4}?(?:重新)?(?:活跃起来|苏醒|复苏)|还(?:您|你)[^,，。;!?]{0,4}?(?:健康|正常|光洁|无瑕)的?(?:肤色|肌肤|皮肤)|还(?:您|你)(?:一头|一张|一个|一身|一双)?[^,，。;!?]{0,6}?(?:秀发|头发|发量|肌肤|容颜|青春|脸|皮肤|面容|身材|视力|牙齿|健康|眼睛|双眼|睡眠|肌(?=[,，。!~～]|$))|(?:斑|痘痘?|疹子?|疣|痣|癣|疤|痘印|痘坑|黑头|皱纹|白发)[^,，。;!?]{0,2}?(?:全都|统统|全部|一下子)(?:没了|不见了?|消失了?|掉光了|去掉了|去除了)|(?:症状|皮损|白斑|斑|痘痘?|疹子?|疤|痘印|痘坑)[^,，。;!?]{0,2}?(?:完全|彻底)(?:不见了|消失了|没了)(?![^,，。;!?]{0,2}(?:以后|之后|后|时|再))|来的时候[^。;!?]{2,20}?[,，]\s?走的时候|(?:都|就|也)能一觉(?:睡到|到)天亮|从此(?:远离|告别|摆脱|不再受|不用再|和[^,，。;!?]{0,6}?说再见)|由白(?:转|变)黑|融为一体|(?:均匀|光洁)如初|重新(?:长出|变得|恢复)[^,，。;!?]{0,6}?(?:正常肤色|正常的?颜色|颜色|色素|均匀|光洁|光滑|细腻|白皙|浓密)|(?:告别|摆脱)(?:了)?(?:白斑|白癜风|湿疹|痘痘|痤疮|牛皮癣|银屑病|脱发|色斑|黄褐斑|顽癣|癣|皮炎|荨麻疹|痘印|痘坑|皮癣|斑秃|鬼剃头|毛囊炎|扁平疣|酒糟鼻|鱼鳞病)|一颗不剩|一个不剩|干干净净|恢复到(?:患病|生病|发病|得病)前|(?:恢复|变回|回到|重回)(?:到|得|成)?(?:和|跟|与|像)(?:年轻时|年轻的时候|年轻人|小伙子|小姑娘|二十多岁时|[二三四]十岁时|十八岁时)(?:完全|差不多)?(?:一模一样|一样|一般|似的|无异)|恢复(?:到|得)?(?:和|跟|与)(?:患病|生病|发病|得病|没病|没得病)(?:以)?前(?:完全)?(?:一模一样|一样|无异|没有?(?:区别|两样))|恢复如常|(?:效果|疗效)(?:可以|能够?)?(?:长期|永久|终身)保持|(?:白斑|白癜风)(?:就)?不再(?:是难题|困扰|烦恼|可怕)|不再(?:困扰|烦恼)(?:您|你)|(?:一天比一天|越来越|一天天)(?:变)?(?:淡|浅|小|少|好)/),
      // An assertion of efficacy without a cure word: 复色效果显著, 有效阻止白斑扩散, 专治顽固性白癜风.
      // Round ninety-nine (batch GZ), in the pattern below: the order turned round, the claim said with 有 (这道药膳对降血糖有显著疗效, 对失眠有确切的效果);
      // a question asks, and a study's or a hedged finding (研究显示对部分患者有显著疗效) is let through by refine().
      p(/有(?:着)?(?:非常|十分|特别|极其|相当|很|极为)?(?:显著|突出|确切|惊人)的?(?:疗效|效果|功效)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?:效果|疗效|复色)(?:非常|十分|特别|极其|相当)?(?:显著|突出|确切|惊人)|见效(?:明显|显著|快)|显著(?:减少|缩小|改善|好转|提高|消退)|有效(?:阻止|控制|抑制|遏制|激活)|专治|(?:疗效|效果)(?:可靠|持久|长久)|(?:药效|药力|药物)?(?:直达|直击|深入)病(?:灶|根|位)|(?:靶向|精准)清除|(?:变得|恢复|重现|还原)(?:光滑细腻|细腻光滑|白皙透亮|水润透亮|光洁无瑕|白里透红|紧致有弹性)|明显(?:均匀|白皙|紧致|光滑|细腻|提亮)|(?:很快|迅速|马上|立刻|短期内)(?:就)?(?:能|会|可以)?(?:降到|恢复到?|回到|回归)(?:正常|健康)|(?:激活|唤醒|叫醒)[^,，。;!?]{0,6}?(?:黑色素|色素细胞|黑素|毛囊)|快速(?:复色|康复|恢复)|稳定病情[^,，。;!?]{0,2}(?:快速|迅速)?(?:复色|恢复)|彻底的?(?:控制|恢复)|(?:白斑|病灶)[^,，。;!?]{0,6}?(?:变黑|由白转黑)|(?:全面|完全|彻底)恢复(?:功能|正常)|意想不到的(?:效果|疗效)|(?:效果|疗效)(?:出乎意料|出人意料|超出想象|超乎想象|超出预期|超预期)|彻底阻断(?:了)?[^,，。;!?]{0,4}?(?:白斑|病情|发展|扩散|复发)|新(?:头发|发|毛发)[^,，。;!?]{0,2}?长出来了|(?:与|和|跟)正常(?:头发|皮肤|肤色|人|孩子|儿童|小孩)(?:无异|没有区别|没(?:有)?(?:什么)?(?:两样|区别|差别)|一样了)|(?:抬|背|扶|推|搀)(?:着)?进来[^。;!?]{0,12}?(?:自己)?(?:走|跑)(?:着)?出去|(?:白斑|病灶|皮损|痘痘|湿疹|色斑)(?:自然)?(?:就|也就)(?:没了|消了|退了|不见了)(?![^,，。;!?]{0,2}(?:以后|之后|后|时|吗))/),
      // Round ten: a result said plainly (白发变黑发), the suffering or the medicine left behind
      // (不用再受瘙痒之苦, 可以停药, 不用再打胰岛素).
      // Round twelve, in the clinic's own field: the patch grown back in full (白斑已经完全长回来了), islands of colour popping up
      // one after another, recolouring "only a matter of time", no longer a hard disease, no trace that one was ever ill,
      // twice the result for half the effort.
      p(/(?:完全|全部|彻底|都)(?:长回来|长满|复色|上色)了|(?:复色|治好|痊愈|康复|好转|恢复)(?:只是|不过是|就是|只不过是)(?:个)?时间(?:的)?问题|(?:色素岛|色素点|黑点|色素)(?:一个接一个|接二连三|纷纷|大片|成片|一片片)(?:地)?(?:冒|长|出现|出来)|不再是[“"「『]?(?:[^,，。;!?”"」』]{0,4}?)(?:难治之症|不治之症|绝症|癌症|难题|顽疾|疑难杂症|终身病)|看不出(?:曾经|以前|之前|来)?(?:得过|患过|有过|生过|做过|动过刀|整过|打过)|(?:复色|治疗|疗效|效果|康复)[^,，。;!?]{0,2}?事半功倍/),
      // Round ninety-six (batch GT): 白头发 as 白发, and the change said in full or in time between (这种调理能让白头发全部转黑; 白发慢慢都变黑了).
      p(/白(?:头)?发(?:全部|全都|都|慢慢|逐渐|渐渐|就|也|能|会|可以|能够|统统){0,3}(?:变|转|返)(?:黑|乌)|从此(?:通畅|顺畅|畅通|无忧|轻松)|(?:再也|从此|以后)(?:都)?不用(?:再)?(?:往医院跑|跑医院|去医院|上医院|住院)|(?:不用|无需|不必)再受[^,，。;!?]{0,6}?(?:之苦|折磨)|(?:就能|就可以|便能|即可|可以|就)(?:彻底)?(?:停药|停掉[^,，。;!?]{0,4}?药|停掉胰岛素)|(?:不用|无需|不必)再(?:吃药|服药|打针|打胰岛素|用药)|再也不(?:用|需要)(?:吃药|服药|打针|用药|打胰岛素)/),
      // Round twelve: the clinic praising its own results (我院的脱敏方案效果非常好; 本诊所植发效果特别好), refine() asks for
      // the clinic in the sentence; a lesion or germ "cleared to zero" (真菌清零); a drug or aid left behind because of the
      // treatment (让学员停掉了胰岛素, 眼镜就可以摘掉了); a lifelong disease said to be lifelong no more.
      // Round twelve: function or a body part restored (重新站起来走路, 软骨重新长出来, 腰椎间盘突出就能回纳, 多囊完全可以
      // 逆转, 高血压可以摘帽, 像正常孩子一样上学), like new (光滑如新); refine() asks for a treatment and no hedge.
      // Also: back to an age or a former state (回到18岁, 恢复到孕前状态, 变回正常的视力), what was lost brought back (卵巢早衰也能
      // 调回来, 把骨密度补回来, 重新来了月经), fully restored (口眼歪斜全部恢复), gone soon (手脚麻木很快消失), a child wished for
      // (在我们这里圆了父母梦), and nothing to fear again after the treatment (做完矫正，再也不用担心地包天).
      p(/(?:回到|重回|恢复到|变回)(?:了)?(?:\d{2}|[十二三四五六七八]{1,3})岁|(?:回到|重返|重回|恢复到|变回)(?:了)?(?:孕前|产前|病前|(?:发|患|生|得)病前|脱发前|年轻时|少女时|从前|以前|原来|正常|健康|真正|工作岗位|岗位|校园|课堂|赛场)(?:的)?(?:状态|样子|身材|水平|视力|皮肤|肤色)?|(?:可以|能够?|就能|都能|也能|即可|就可以)[调补养治找长]回来|把[^,，。;!?]{1,6}?[调补养治找长]回来|重新(?:来了?|有了?)(?:月经|例假|排卵)|(?:全部|完全|彻底)恢复(?:了|正常|如初)?(?=[,，。!！~～]|$)|很快(?:就)?(?:会)?(?:消失|消退|痊愈|康复|见效)|圆了?(?:父母|妈妈|当妈|当爸|求子|生育|好孕|宝宝)(?:的)?梦|抱上了?(?:健康的?|可爱的?)?(?:宝宝|孩子|二胎|大胖小子)|再也不(?:用|必)(?:担心|害怕|忍受|受)(?!不了)/),
      // Round ninety-five (batch GR): a disease said to be reversed in full (可以彻底逆转, 能够完全复位), as 可以逆转 is.
      // Round ninety-five (batch GR): the eyesight said to come back to a normal figure (视力就能恢复到1.2, 回到5.0), as to 正常; RESTORE_HIT asks
      // for a treatment and no hedge, and 矫正视力 (the acuity with glasses on) is a measure, not a cure.
      p(/重振雄风|雄风再现|把[^,，。;!?]{1,6}?(?:化掉|消掉|溶掉|溶解掉|化开)|(?:还能|能|可以|就能)往回(?:降|退|长)|(?:智力|视力|听力|语言能力|运动能力|身高)[^,，。;!?]{0,4}?(?:达到|恢复到|回到)(?:了)?正常|(?<!矫正|裸眼)视力[^,，。;!?]{0,4}?(?:恢复到|恢复至|回到|回升到)(?:了)?\s?(?:1\.[0-5]|2\.0|5\.[0-3])(?![\d.])|体质(?:被)?(?:彻底|完全|根本上?)(?:改变|改善|扭转|逆转)|重新(?:苏醒|焕活|年轻|变年轻|变直|变正|长齐|站了?起来|走了?路|长出来?|长满|生长|长回来?|看清|听见|说话)|(?:自己|独自)走着?出(?:院|医院)|(?:行走|走路|跑跳|听力|视力)如常|(?:可以|能够?|就能|都能|也能|即可|完全可以|就可以)(?:被)?(?:自行)?(?:完全|彻底)?(?:逆转|摘帽|回纳|复位|归位|回缩|还纳)|(?:高血压|糖尿病|三高|痛风|高血脂|高血糖|乙肝)[^,，。;!?]{0,6}?摘帽|(?:像|和|跟)正常(?:人|孩子|儿童|小孩)一样(?:上学|工作|生活|走路|说话|运动|奔跑)|(?:光滑|光洁|白皙|平整|平坦|完好|细腻|紧致)如(?:新|初)|(?:效果|疗效)(?:好|明显|显著)到(?:让|令|叫|你|您|不敢|难以|出乎)|见效(?:非常|特别|超级|极其|十分|相当|超)(?:明显|显著|快|迅速)|(?:让|使|帮)(?:您|你|孩子|宝宝|患者|大家)(?:彻底|永远|从此|轻松)?(?:远离|告别|摆脱)(?:了)?[\u4e00-\u9fff]{0,4}?(?:炎|病|症|癣|疹|斑|痘|过敏|失眠|疼痛|痛|困扰|烦恼|折磨|之苦)|(?:终于|彻底|从此)(?:告别|摆脱)(?:了)?[\u4e00-\u9fff]{1,6}?的(?:纠缠|困扰|折磨|烦恼)/),
      p(/(?:复色|见效|起效)(?:非常|特别|很|又|也|超级)?(?:快|迅速)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?:效果|疗效)(?:真的|确实|也|都|一直|向来)?(?:非常|特别|十分|相当|极其|超级|超|很|真心|真的|那是相当)(?:好|棒|理想|不错|赞|给力|明显)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))|(?:真菌|霉菌|痘痘?|斑点?|结节|症状|炎症|湿疹|疣体|疼痛|痛感|瘙痒|痒感)(?:全部|彻底|完全|直接)?清零|(?:让|使|帮助?)[^,，。;!?]{0,8}?(?:停掉|停了|停用|甩掉|摆脱|告别|扔掉)(?:了)?[^,，。;!?]{0,2}?(?:胰岛素|降压药|降糖药|安眠药|止痛药|激素|呼吸机|拐杖|轮椅|眼镜|助听器|药物|西药)|(?:告别|甩掉|扔掉|摆脱|彻底停掉|彻底告别)(?:了)?(?:胰岛素|降压药|降糖药|安眠药|止痛药|呼吸机|眼镜|老花镜|助听器)|(?:摘掉|扔掉|丢掉|甩掉|摘下)(?:了)?(?:眼镜|拐杖|助听器|轮椅)|不用(?:再)?(?:戴|拄|坐)(?:眼镜|拐杖|助听器|轮椅)|(?:眼镜|拐杖|助听器|轮椅)(?:就|也)?(?:可以|能)?(?:摘掉|扔掉|丢掉|甩掉|摘了|扔了|不用(?:再)?(?:戴|拄|坐))|不再是终身(?:病|疾病|用药|服药)/),
      // Round ninety-nine (batch GZ), in the pattern below: the readings all normal said with 全 or 全都 (血糖血压全都正常了), as with 全部; the patients
      // whose readings are all normal (指标全部正常的患者) are a group the sentence advises, not a result.
      // Round fifteen: a function wholly normal again (排卵完全正常), a pregnancy brought about (顺利怀孕生子), back to a normal
      // life, or the lesion made to vanish (一贴膏药就能让骨刺消失); refine() asks for a treatment and no hedge, as for the
      // restoration forms above.
      p(/(?:月经|排卵|视力|听力|血糖|血压|尿酸|血脂|甲功|肝功能?|各项指标|指标|功能)[^,，。;!?]{0,4}?(?:完全|彻底|全部|全都|全)(?:都)?(?:恢复)?正常(?!的(?:患者|病人|人群|人|孩子))|(?:降压药|降糖药|胰岛素|安眠药|止痛药|激素|西药)(?:就|也|都)?(?:可以|能|就能|可)(?:逐步|慢慢|逐渐|全部|彻底)?(?:停掉|停了|减停|撤掉|不吃了|不用了)|(?:结石|石头)(?:就|会|都|能|可以|便)[^,，。;!?]{0,6}?(?:排出来|排出体外|排掉|化掉|溶掉)|(?:结石|石头)(?:全部|完全|彻底|一次)?(?:排净|排干净|清零|排空)|(?:药|药物)(?:都|也|全都|全)停(?:了|掉了)|(?:都|全都|纷纷|陆续)(?:成功)?停(?:了)?药|(?:将|会|就会|终将|都将)成为(?:过去|历史)|(?:终将|终会|早晚会|迟早会|总会)(?:彻底)?(?:消失|消退|复色|痊愈|康复|好起来|长出来)|(?:跟|和|像|如)(?:\d{2}|[十二三四五六七八]{1,3})岁(?:时|的时候)?一样|(?:顺利|成功)(?:怀孕|怀上|受孕|生子|生下|当上(?:了)?(?:妈妈|爸爸))|恢复(?:了)?正常(?:的)?(?:生活|工作|社交|学习)|(?:就能|即可|便能|就可以|能够?|可以)(?:让|使)[^,，。;!?]{1,8}?(?:消失|消散|化掉|消掉|不见)(?:了)?(?=[,，。!~～]|$)/),
      // Round nineteen: the lesion gone after the procedure (消融后结节消失, 碎石后结石就没了); refine() clears the hedged course.
      p(/(?:消融|碎石|切除|治疗|手术|注射|激光)(?:之?后|以后)[^,，。;!?]{0,4}?(?:结节|肿块|囊肿|息肉|结石|肌瘤|斑块|疣体|色斑|血管瘤)(?:就|便|即|会|也)?(?:完全|彻底|全部)?(?:消失|不见了|没了|消失不见)/),
      // Structural (round four): a treatment made to shrink the lesion by an amount (可使白斑面积缩小一半以上).
      p(/(?:可使|能使|可让|能让|会让|可以让|可以使)(?:白斑|皮损|斑块|色斑|病灶|皮疹|痘痘|黄褐斑|斑点|疤痕|瘢痕)[^,，。;!?]{0,6}?(?:缩小|减少|消退|淡化|变淡|变浅)(?:了)?(?:一半|\d{1,3}\s?%|百分之[一二三四五六七八九十百]+|[一二三四五六七八九]成|大半)/),
      // Session forty-four (recurring misses, 9 rows of the last 30 batches): not a trace left to be seen, in a patient's words, without 已经 or the lesion right before
      // (黄褐斑彻底淡化，一点都看不出来了; 一点印子都看不出; 手背光溜溜，一点斑都找不着; 淡到看不出来; 清到肉眼完全看不出来), and the lesion said all grown back, filled or faded
      // away (秃了的那块全都长满了; 痘坑全填平了; 烫的印子全褪光了): the complete result told plainly. refine() asks for a complaint named in the sentence and lets a
      // concealer (遮瑕一点都看不出来), a wait (等全长满了再…), a wish and a question through.
      p(TRACE_GONE),
      // Session forty-four (recurring misses, 3 rows): the skin or the hair said back to a time before the complaint (让皮肤回到受伤之前; 发际线能回到二十岁时的样子; 皮肤恢复得
      // 跟小时候一样光滑): 恢复如初 in a time's words; the body part is named first, and refine() lets a hedge, a wish and a question through.
      p(BACK_TO_BEFORE),
    ],
    negation: 'suppress',
    refine: (c) => {
      if (promiseDisclaimed(c) || concessiveSupposed(c)) return false;
      // Session forty-four: not a trace left or all grown back needs a complaint (or a crack or a burn's mark) named, and no concealer, wait, wish or question; the skin
      // back to a time before needs no hedge and no question.
      if (TRACE_GONE_WHOLE.test(c.norm.slice(c.start, c.end))) return (COMPLAINT_NAMED.test(c.sentence) || /裂口|口子|印子|烫|毛孔/.test(c.sentence)) && !/遮瑕|粉底|化妆|妆|遮盖|盖住|遮住|想要|不现实|不可能|能否|是否|能不能/.test(c.sentence) && !/^(?:以后|之后|后|再|才)/.test(c.norm.slice(c.end, c.end + 2)) && !/(?:不是|并非|并不是|未必|不一定|无法|没法|很难|难以)[^。;!?]{0,12}$/.test(c.norm.slice(c.sentenceStart, c.start)) && !/(?:等|待|直到|等到)[^,，。;!?]{0,8}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 10), c.start)) && !/^[了啦]?(?:吗|么|没有?)(?:[?？]|$)/.test(c.norm.slice(c.end, c.end + 4));
      if (BACK_TO_BEFORE_WHOLE.test(c.norm.slice(c.start, c.end))) return !ASSERTION_HEDGE.test(c.sentence) && !/^[了啦]?(?:吗|么)/.test(c.norm.slice(c.end, c.end + 3));
      // Round ninety-eight (batch GX): no trace left or a posture corrected in full: a treatment or a complaint named, and no hedge.
      if (/^(?:一点|一点儿|一丝|半点|丝毫)(?:毛病|病根|症状|病痛|病|痛|疼|不适)|(?:完全|彻底|全部|百分百|100\s?%)(?:矫正|纠正|复位|回正|摆正|消失|消除)$/.test(c.norm.slice(c.start, c.end)) && /^(?:一点|一点儿|一丝|半点|丝毫)|侧弯|驼背|圆肩|高低肩|型腿|骨盆|体态|扁平足|外翻|长短腿|头前伸|富贵包|探颈/.test(c.norm.slice(c.start, c.end))) {
        return (OTHER_DISEASE.test(c.sentence) || /泡|灸|按|揉|练|调理|治疗|推拿|正骨|矫正|药|理疗|瑜伽|体式|课|疗程|我们|本院|本馆|本店|本中心|腿|腰|颈|肩|胃|膝/.test(c.sentence)) && !/一般|多数|大多|部分|少数|可能|有望|能否|是否|要看|因人而异|评估|轻度|不一定|很难|难以/.test(c.sentence) && !/无法|不能|不可能|没法|没办法|未必|不会/.test(c.norm.slice(c.start, c.end));
      }
      // Round ninety-three (batch GO): a cleaner's promise about stains in the kitchen or on clothes (彻底清除灶台油渍, 衣领污渍全部清除干净) is no
      // medical result.
      if (/清除|去除|消除|祛除|清理/.test(c.norm.slice(c.start, c.end)) && HOUSEHOLD.test(clauseOf(c.norm, c.start, c.end))) return false;
      // Round one hundred and nine (batch HU): a machine, a system or a building repaired in full (前台电脑的系统故障已彻底修复; 网络漏洞已完全修复) is no
      // medical result, so long as no body part, lesion or treatment shares the clause.
      if (/修复|解决/.test(c.norm.slice(c.start, c.end)) && /系统|故障|电脑|网络|软件|程序|漏洞|服务器|设备|机器|线路|管道|电梯|空调|网站|bug/.test(clauseOf(c.norm, c.start, c.end)) && !/皮肤|疤|痕|坑|斑|痘|伤|病|症|发|肤|治疗|疗程|调理|激光|手术/.test(clauseOf(c.norm, c.start, c.end))) return false;
      // Round thirty-four: the full result denied to some (不是所有白斑都能完全复色; 并非每位患者都能…) is a caveat, not a promise.
      if (/(?:不是|并非|并不是|未必)(?:所有|每一?[个位种块名]|全部)[^,，。;!?]{0,10}?(?:都|均)(?:能|可以|会)?[^,，。;!?]{0,2}$/.test(c.norm.slice(c.sentenceStart, c.start).split(/[,，;]/).pop() ?? '') && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round nineteen: the lesion's disappearance after a procedure told as a usual or possible course (消融后结节多数会缩小，部分可完全消失).
      if (/(?:之?后|以后)[^,，。;!?]{0,4}?(?:结节|肿块|囊肿|息肉|结石|肌瘤|斑块|疣体|色斑|血管瘤)/.test(c.norm.slice(c.start, c.end)) && /一般|通常|多数|大多|部分|少数|可能|有望|不一定|因人而异|逐渐|复查|随访/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round thirteen: a full result as the time of a next step (皮疹完全消失以后还要继续用药两周) is a condition, not a promise.
      if (/(?:消失|消退|消除|复色|恢复|长齐|长满|长回来|长出来?)$/.test(c.norm.slice(c.start, c.end)) && /^(?:以后|之后|后|时|前)/.test(c.norm.slice(c.end, c.end + 2)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      const hitText = c.norm.slice(c.start, c.end);
      if (DISSOLVED.test(hitText) && (hedgeGoverns(c, ASSERTION_HEDGE) || /一般|通常|多数|大多|少数|自行|自然/.test(c.sentence)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round fourteen: how long a full result takes (子宫切口的完全修复需要更长时间) names a wait, not a promise.
      if (/^(?:还|仍|尚|则)?(?:需要|需|要|得)(?:更长|较长|很长|数|几|[\d一二三四五六七八九十两]|一段|相当长)/.test(c.norm.slice(c.end, c.end + 8)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round fifty-two (batch DB): the full result as the subject of a wait said to vary or be long (恢复正常肤色所需时间因人而异; 完全复色需要多久，
      // 要看部位) names a wait, not a promise.
      if (/^的?(?:所需|需要|要花|花费)?的?(?:时间|时长|周期|疗程)(?:长短)?(?:也)?(?:因人而异|不一|不等|不同|各异|差异(?:很|较)?大|较长|更长|很长|没有定数|无法预估)|^(?:需要|要|得)多(?:久|长时间)/.test(c.norm.slice(c.end, c.end + 14)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      if (/^(?:让|使|帮)/.test(hitText) && /预防|防晒|习惯|饮食|运动|锻炼|疫苗|戒烟|作息|口罩|洗手/.test(c.sentence) && !/胰岛素|降压药|降糖药|安眠药|止痛药|药物|西药|激素/.test(hitText)) return false;
      // A drug or an aid left behind, told with a hedge (近视手术后多数人可以摘掉眼镜), describes a usual outcome.
      if (/眼镜|拐杖|助听器|轮椅|胰岛素|降压药|降糖药|安眠药|止痛药|激素|呼吸机|药物|西药/.test(hitText) && (ASSERTION_HEDGE.test(c.sentence) || /多数|一般|通常|大多/.test(c.sentence)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round fifteen: the forms of the pattern above, told of the usual course (腹腔镜手术后一般1~2周可恢复正常工作), describe it.
      if (RESTORE_MORE.test(hitText) && (/一般|通常|多数|大多|大部分|可能|有望|有机会|部分/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence) || ASSERTION_HEDGE.test(c.sentence) || !/本院|我院|我们|本中心|本科|疗法|疗效|方案|药|调理|治疗|手术|技术|理疗|推拿|针灸|产品|配方|疗程|矫正|修复|干预|制剂|方子|中药|膏|针|注射|激光|项目|坚持/.test(c.sentence))) return false;
      // Round ninety-four (batch GP): a programme kept up or sold as this one (坚持练这套眼操，老花眼能恢复到年轻时的视力) is a treatment too.
      // Round ninety-five (batch GR): so is a 膏方 (这种膏方能让软骨重新长出来); and the body as if never hurt (跟没受过伤一样) is a result only where a treatment
      // brought it (他平时就像从没生过病一样 describes a man).
      // Round one hundred and twenty-six (batch JC): as if never bitten or burnt, after the bump or the redness said gone (腿上的包全平了，皮肤跟没被咬过一样),
      // is the result told, treatment named or not; unhedged and not asked. 他皮肤白得像没被晒过一样 names nothing gone.
      if (/没(?:有)?(?:被|[晒烫烧冻蛰蜇咬]伤过)/.test(hitText) && /(?:全|都|全都|全部|早就|已经)(?:平|消|退|下去|没|好)(?:了|啦)/.test(c.sentence) && !hedgeGoverns(c, ASSERTION_HEDGE) && !/[吗么?？]/.test(c.sentence)) return true;
      if (RESTORE_HIT.test(hitText) && (hedgeGoverns(c, ASSERTION_HEDGE) || /有机会|有望|争取|帮助|训练|康复训练|锻炼/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence) || !/本院|我院|我们|本中心|本科|疗法|疗效|方案|药|调理|治疗|手术|技术|理疗|推拿|针灸|产品|配方|疗程|矫正|修复|干预|制剂|方子|中药|膏方|坚持(?:用|涂|擦|抹|吃|喝|服|练|做)|这套|这款|保准|准保|包管|(?:做|打|点|照)完(?:以后|之后|后|[一二三两几\d]{1,2}次|一个?疗程)|(?:做|打|点|照|切|割|缝)完(?:了)?(?:就|也|都)?(?:跟|和|像|就像|如同)(?:从来|从)?没/.test(c.sentence))) return false;
      // Round one hundred and fifteen (batch IG), in the test above: the session done right before the as-if-never (剖腹产的疤做完跟没开过刀一样; 耳垂的疙瘩
      // 切完就像从没长过疤一样) counts as the treatment; 他平时就像从没生过病一样 still names none.
      // Round one hundred and thirteen (batch IB), in the test above: a session done counts as the treatment (做完以后，疤痕会平整得像从来没受过伤一样; 点完两次，
      // 脸上跟没长过痣一样); 他做完家务后跟没生过病一样 names no session.
      // Praise of results is the clinic's claim only when the clinic or its treatment is the subject, unhedged.
      if (/^(?:(?:效果|疗效)[^,，。;!?]{0,6}(?:好|棒|理想|不错|赞|给力|明显)|(?:复色|见效|起效)[^,，。;!?]{0,3}(?:快|迅速))$/.test(hitText) && (!/本院|我院|我们|本诊所|本中心|本馆|本科室|我科|这里|这儿|我家|我们家|本店|该疗法|本疗法|此疗法|这种疗法|该方案|本方案|本品|该药|本药/.test(c.sentence) || ASSERTION_HEDGE.test(c.sentence))) return false;
      if (/^见效(?:明显|显著|快)$/.test(hitText) && /^[,，]?\s?(?:但|不过|可是)/.test(c.norm.slice(c.end, c.end + 3))) return false;
      // Stopping the medicine on a doctor's word after a check-up (医生说可以停药观察) is care, not a claim.
      if (/停药|停掉|不用再|无需再|不必再|再也不/.test(hitText) && /医生|医嘱|复查|评估|能否|是否|何时|自行|观察/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // The assertion forms: about a treatment or the clinic, and not hedged or cited in their clause.
      if (ASSERTION_HIT.test(hitText)) {
        const self = /本院|我院|我们|本中心/.test(c.sentence);
        // Round thirteen: the clinic's own "most of them" (在我们这里调理后，大部分都不用再打胰岛素了) counts its successes; it hedges nothing.
        const clause = clauseOf(c.norm, c.start, c.end).replace(self ? /绝?大部分|绝大多数/g : /^$/g, '');
        if (ASSERTION_HEDGE.test(clause) || (ASSERTION_HEDGE.test(c.sentence) && !self)) return false;
        // A disease "brought under effective control" (多数患者的病情可以得到有效控制) is the modest aim, unless the clinic claims it.
        if (/^有效控制/.test(hitText) && /(?:得到|获得)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start)) && !self) return false;
        if (/^(?:后|时|的话|以后)/.test(c.norm.slice(c.end))) return false;
        // Round twelve: any treatment a clinic sells (手术, 针灸, 推拿, 膏药…), not only those for white patches.
        // Round fifty-three (batch DE): a product kept on with (只要坚持用，头发重新长满) or the result vouched for (保准…) is a treatment's promise too.
        const treated = /本院|我院|我们|本中心|这里|这套|这种|这款|该|制剂|方子|疗法|方案|药|光疗|照光|治疗|调理|疗程|技术|专治|白斑|白癜风|手术|激光|针灸|推拿|理疗|艾灸|膏|配方|产品|矫正|种植|植发|注射|打针|坚持(?:用|涂|擦|抹|吃|喝|服)|保准|准保|包管/;
        // Round fifteen: a slogan of its own (告别胰岛素！) takes its treatment from the paragraph.
        if (!treated.test(c.sentence) && !(/胰岛素|降压药|降糖药|安眠药|止痛药|呼吸机/.test(hitText) && c.paragraphHas(treated))) return false;
      }
      if (/(?:能否|是否|能不能|可否|会不会)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start))) return false;
      if (/^的?(?:比例|概率|可能|机会|几率)/.test(c.norm.slice(c.end))) return false;
      // 完全复色的情况并不多见: how rare the result is, not a promise of it.
      if (/^的?[^,，。;!?]{0,6}?(?:并不多见|不多见|少见|罕见|很少|不多|并不常见)/.test(c.norm.slice(c.end))) return false;
      if (SIDE_EFFECT.test(c.sentence) && !/白斑|白癜风|复色|肤色/.test(c.sentence) && !OTHER_DISEASE.test(c.sentence) && !DISEASE_SCALE.test(c.sentence) && !c.paragraphHas(BEFORE_COLUMN)) return false;
      // Round forty-eight (batch CQ): the result asked about (我的白斑全消了吗？) is a patient's question, not a claim.
      if (/^[了啦]?(?:吗|么|没有?)(?:[?？]|$)/.test(c.norm.slice(c.end, c.end + 4)) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      // Session thirty-six: a treatment named as one that exists for a disease (银屑病可以用窄谱中波紫外线治疗) promises no result; the
      // model, retrained round by round, had come to call such a sentence a complete result now and then.
      bad: [
        // Round one hundred and twenty-six (batch JC): as if never bitten or stung, after a treatment.
        '喷了两天药，胳膊上跟没被蚊子叮过一样',
        // Round one hundred and twenty-four (batch IX): the illness as if never had, named or not; the pain cleared to zero.
        '针灸三次，腰上跟没得过带状疱疹一样', '打完针，痛感彻底清零',
        // Session forty-four (recurring misses): new shapes.
        '做完五次，脸上的雀斑一点都看不出来了', { text: '用了三瓶，枕头上一粒头皮屑也看不见了', type: 'ad' }, { text: '洗了两周，孩子头顶的乳痂全都不见了', type: 'ad' }, '祛疤疗程做完，那道疤平得看不出来了', '坚持涂了半年，秃的那块全长满了', '做完修复，手背的皮肤回到了烫伤之前',
        '抹了两周药膏，手背的风团全都下去了', '做完一个疗程，额头的白点早就一点也看不见了', '做了三次光子，额头的闭口一粒也没剩', { text: '淡斑疗程做完，老年斑一块都找不到了', type: 'ad' }, '做了四次光电，大腿的生长纹一道也看不见了', '剖腹产的疤做完跟没开过刀一样', '耳垂的疙瘩切完就像从没长过疤一样', { text: '【药店柜台】足癣喷剂 | 喷一周，脚气、脱皮、异味全部消失', type: 'ad' }, '抹了半个月冻疮膏，红肿、瘙痒、脱皮统统没了', '坚持泡脚一个月，脚后跟裂口全长平了', '抹了半个月这个药膏，手上的口子都长好了', '激光打完两次，胳膊上的疤跟从来没受过伤一样', '做了四次光子，脸上的雀斑已经一点也看不出来了', '我们承诺任何疗程都能在三周内让痘痘全部消退', '激光做了三次，额头的瘢痕完全消失了', { text: '这台激光设备能让手术疤痕彻底修复', type: 'ad' }, "植发后跟天生的头发一模一样", {"text": "种的牙和原生的没什么两样", "type": "ad"}, '做完三次点阵，脸上的痘疤一点不留', '调理半年，头顶浓密如初', '做完三次光子，脸上一点红血丝都看不见了', '疤痕修复后，皮肤光滑得像从没留过疤', '痘坑填充后一点都看不出来', { text: '祛疤疗程做完，完全看不见了', type: 'ad' }, '这个疗程做完，脸上跟没长过痘一样', { text: '疤痕修复治疗后，像没留过疤一样', type: 'ad' }, "坚持我们的调理方案，血糖血压全都正常了", { text: "这款足浴包对失眠有确切的效果", type: 'ad' }, { text: '在我们这里调理了两个月，颈椎一丝不适都没了', type: 'ad' }, '坚持半年体态课，驼背能完全矫正', { text: '骨盆前倾可以彻底纠正，练满一期就知道', type: 'ad' }, { text: "坚持艾灸三个月，腰腿恢复得像小伙子一样有劲", type: 'ad' }, "做完我们的康复疗程，肩膀能回到跟二十多岁时一样", "坚持喝这款首乌茶，两鬓的白头发都能转黑", { text: "按疗程调理，白发统统变黑", type: 'ad' }, { text: "只要按我们的方案减重，二型糖尿病可以彻底逆转", type: 'institution' }, "腰椎间盘突出做这套正骨手法，就能完全复位", { text: "乳腺结节喝上我们的散结茶，结节彻底消散", type: 'ad' }, "颈动脉里的斑块可以完全溶解，血管重新变得通畅", { text: "扭伤的脚踝敷上我们的药膏，三天就跟没受过伤一样", type: 'ad' }, "做完这个疗程，孩子精神得就像从没生过病一样", "冬天喝上三个月膏方，稀疏的头发能重新长出来", { text: "弱视的孩子戴上我们的训练眼镜，视力就能恢复到1.2", type: 'ad' }, "坚持做这套晶体操，老花眼的视力可以回到5.0", { text: "坚持做这套颈椎操，颈椎曲度能恢复到年轻时的样子", type: 'ad' }, { text: "手足癣、汗疱疹，一个疗程统统清除干净", type: 'ad' }, { text: "用了这款祛痘凝胶，闭口粉刺全部去除干净", type: 'ad' }, { text: '这款淡斑精华坚持用两个月，脸上的雀斑能彻底淡掉', type: 'ad' }, { text: '老年斑用我们的药膏，两个疗程完完全全消失', type: 'ad' }, '做完三次光子，色斑全部淡没了', { text: '即使病程十年，我们也能让白斑全部复色', type: 'ad' }, { text: '复诊时手背的白斑都已全消，大家可以看对比图', type: 'ad' }, { text: '坚持三个疗程，额头皮肤的颜色彻底恢复如初', type: 'institution' }, { text: '即使病程十几年，白斑也能完全复色，不用再担心', type: 'ad' }, { text: 'After 3 months：额头白斑 100 % 复色 🎉', type: 'ad' }, { text: '照光半年，颈部白斑 100% 消退', type: 'institution' }, {"text": "三次治疗后脸上的痘痘全消", "type": "institution"}, {"text": "用药半个月，风团尽退", "type": "ad"}, { text: '出院记录：光疗四十天，手背肤色已经恢复了正常', type: 'case' }, { text: '两个疗程下来，颈部肤色也完全恢复如初', type: 'ad' }, { text: '坚持照光三个月，脸上白斑全部清零', type: 'ad' }, { text: '## 顽固湿疹半年皮疹清空', type: 'case' }, { text: '只要按方案治疗，脱发区毛发重新长满', type: 'ad' }, { text: '| 治疗前 | 治疗后 |\n| --- | --- |\n| 满脸红肿脱皮 | 皮肤完全恢复正常 |', type: 'ad' }, { text: '斑秃三年的小伙子，在我们这里治疗后眉毛和头发都已经完全长出来了', type: 'institution' }, { text: '用药两个月，秃斑处毛发全部长出', type: 'case' }, '十几年的皮损，都退光了！', '坚持用药半年，头发全部长回，跟生病前没什么两样', '照光两个月，手背的白斑全部消退', '坚持外用半年，皮损所有复色，肤色回复正常', { text: '坚持外敷生发膏，斑秃处新发已经完全长满了', type: 'ad' }, '治疗结束后，发量恢复到了得病前的水平', { text: '鬼剃头不用愁，用药后毛发全都长回来', type: 'ad' }, {"text": "三次点阵激光，脸上的凹陷疤痕彻底填平", "type": "ad"}, {"text": "痘坑一次性全部抹平", "type": "ad"}, '坚持治疗，肤色就能恢复得跟生病前一样', { text: '本品为外用软膏，白斑患者使用后皮损普遍可以恢复至正常肤色', type: 'kepu' }, "短短几周就能“追平”周围肤色", '面部白斑已经完全看不出来了', '唇部白斑也能彻底褪掉',  { text: '术后第21天移植区完全着色，效果令人满意', type: 'case' },{"text": "配上我们的耳穴贴，老人就能告别助听器", "type": "ad"}, {"text": "做完我们的产后修复项目，小腹平坦如初", "type": "ad"}, "研究表明维生素有助于健康，而我们的膏方可以逆转脂肪肝", {text: "肝囊肿不用开大刀，硬化治疗后囊肿就消失了", type: "ad"}, { text: '告别胰岛素！糖尿病逆转营让患者摆脱药物，血糖回归正常', type: 'ad' }, { text: '经本中心调理后，多囊卵巢患者排卵完全正常，顺利怀孕生子', type: 'institution' }, '牛皮癣不再是“不死的癌症”，我们已帮助上千名患者恢复正常生活', '不用开刀，一贴膏药就能让骨刺消失', '坚持我们的经络疗法，降压药可以逐步停掉', { text: '轻松解决便秘问题，喝我们的茶再也不用吃药', type: 'ad' }, { text: '我院结石科采用体外碎石，一次碎石，结石排净', type: 'institution' }, { text: '三个疗程，还你一双明亮的眼睛', type: 'ad' }, { text: '喝我们的膏方一个月，三高全降，药都停了', type: 'ad' }, { text: '打完这一针，膝盖就跟二十岁一样', type: 'ad' }, { text: '本院的康复方案能帮助偏瘫患者恢复行走能力，重返工作岗位', type: 'institution' }, { text: '做完这个项目，困扰你多年的腰痛将成为过去', type: 'ad' }, '坚持治疗，你的白斑终将消失', '很多被判了“终身服药”的患者，在我们这里都停药了', '我们的排石汤完全可以代替手术，石头会随大便排出来', '采用黑素细胞移植技术，移植后白斑即可与周围皮肤颜色一致', '我院康复科让无数偏瘫患者重返正常生活', '【患者反馈】“治疗后白斑明显变小，效果超出预期。”', '做完双眼皮，眼睛瞬间放大，自然到看不出做过', '针对顽固性白斑，我们的联合疗法往往能取得意想不到的效果', '光疗结合中药内服，彻底阻断白斑的发展', '很多人吃了我们的药以后，新头发也长出来了', '腰间盘突出患者经过我们的非手术疗法，突出的髓核能够自行回缩', '该疗法治疗白癜风，临床效果十分理想', '孩子用了两个月，视力提高到1.0，再也不用戴眼镜了', '治疗后白斑也随之消失殆尽', '许多癫痫患者经我们治疗后已经成功停药', '男性功能障碍，微创治疗，一次治疗，重振雄风', '骨质增生不用手术，我们的药物能把骨刺化掉', '本院治疗的近视儿童，度数不但不涨，还能往回降', '我们的治疗能让萎缩的毛囊重新苏醒，长出浓密黑发', '经过系统的康复治疗，脑瘫患儿智力可达到正常水平', '这款院内制剂能软化血管，让您的心脑血管重新年轻', '用了我们的药，孩子的过敏体质被彻底改变了', '照光后皮肤发烫，是光能正在唤醒沉睡的黑色素细胞', '不少银屑病患者来的时候全身都是皮损，走的时候皮肤光洁', '通过我们的调理，失眠多年的患者基本都能一觉睡到天亮', '本院的脊柱侧弯矫正技术，能让弯曲的脊柱重新变直', '坚持治疗半年，孩子的抽动症状完全不见了', '糖尿病人在我们这里调理后，大部分都不用再打胰岛素了', '哮喘的孩子贴完我们的三伏贴，以后再也不用往医院跑', '我们的康复团队让很多中风后瘫痪在床的老人重新站了起来，自己走着出院', '膝关节炎做完一个疗程，软骨再生，行走如常', '这种疗法能使患者永久性告别白斑的困扰', '交给我们，三个月还你一个干净的脸', '通过我们的疗法，孩子终于摆脱了哮喘的纠缠', '经过三个月的光疗，孩子脸上的白斑已经完全长回来了', '我们的复色方案能让白斑慢慢变黑，直到和周围皮肤一样', '照着我们的方法治，复色只是时间问题', '很多患者用了我们的药膏，色素岛一个接一个冒出来', '白癜风不再是难治之症', '治疗后白斑处长出了正常的颜色，看不出曾经得过病', '我们的方案针对病因，白斑复色快，而且持久稳定', '光疗配合药物，让白斑复色事半功倍', '我们的治疗让白斑患者的皮肤恢复了本来的颜色', '疗效说话：30天，让你的皮肤回到18岁', '我们的产后修复让妈妈们的肚子恢复到孕前状态', '卵巢早衰也能调回来，很多姐妹调理后重新来了月经', '骨质疏松通过我们的方案可以把骨密度补回来', '经过针灸治疗，面瘫患者的口眼歪斜全部恢复', '这个疗法能修复受损神经，手脚麻木很快消失', '不孕多年的夫妻在我们这里圆了父母梦', '做完矫正，孩子的牙齿整整齐齐，再也不用担心地包天', '孩子的自闭症经过我们的干预，已经和正常孩子没有区别', '好多人来的时候是被抬进来的，走的时候是自己走出去的', '鼻炎患者做完我们的微创手术，鼻子从此通畅', '一个疗程就能让白发返黑', '我院中医科的调理方法，对各种妇科炎症效果都很好', '这个方案能从根本上改善体质，让您远离过敏', '本中心的康复方案可使中风后遗症患者重新站起来走路', '只要来我们这里做三次理疗，腰椎间盘突出就能回纳', '只要按疗程来，高血压是可以摘帽的', '我院采用的新技术让脑瘫患儿也能像正常孩子一样上学', '用我们的药浴，皮肤光滑如新', '效果好到让你不敢相信！本院独家方案', '我们的疗法见效特别快', '我院的过敏性鼻炎脱敏方案效果非常好', '本诊所植发效果特别好', '| 灰指甲 | 真菌清零 |', '我们的代谢调理营让不少学员停掉了胰岛素', '坚持训练，眼镜就可以摘掉了', '有了我们的调理方案，糖尿病不再是终身病', '一个疗程下来，白发变黑发', '这个方子吃一个月，高血压就稳住了，可以停药', '湿疹患者用了我们的药膏，不用再受瘙痒之苦', '治疗后皮肤能恢复到患病前的水平', '这套调理方法让患者重新长出了浓密的头发', '再也不用为发际线发愁', '坚持用药半个月，顽癣去无踪', '我们的毛囊激活疗法能让头发重新长满', '治疗后白斑全消，肤色恢复正常', '彻底告别白癜风', '全部复色，不留痕迹', '让皮肤和正常人一模一样', '做完光子嫩肤，年轻十岁不是梦', '本疗法可使白斑面积缩小一半以上', '这种疗法疗效可靠、效果持久', '药效直达病灶，靶向清除病菌', '治疗后皮肤变得光滑细腻、白皙透亮', '用我们的生发方案，还你一头乌黑浓密的秀发', '激光一次，雀斑统统不见', '湿疹从此远离宝宝', '疗程结束后，肤色明显均匀了', '按我们的方法调理，血糖很快就能降到正常'],
      ok: [
        // Round one hundred and twenty-six (batch JC): a man's skin as if never bitten, nothing gone, names no result.
        '他天生皮肤好，跟没被蚊子咬过一样', '疹子全消了吗？跟没被咬过一样吗',
        '他干起活来跟没得过带状疱疹一样，其实夜里还疼', 
        // Session forty-four (recurring misses): look-alikes the new shapes must not flag.
        '这款遮瑕膏一涂，斑点一点都看不出来', '等黄痂全没了再给宝宝剪头发', '穿黑衣服前检查一下，衣服上一片头屑都没有才放心', '桌上一片纸屑都找不到了', '头屑全没了吗？还要接着洗吗', '等疤全长平了再做下一次', '不是每个人的斑都能淡到看不出来',
        '妊娠纹一条都没淡下去，医生说要有耐心', '等疹子全下去了再停药', '白斑还没全补上，要继续照', '风团全下去了以后，也要再吃一周药', '雀斑一颗都不能抠，容易留印', '做完三次，老年斑一个都没剩吗？', '做完跟没开过刀一样？不可能，疤总会留一点', '他平时就像从没生过病一样', '坚持用药两周，等红肿、瘙痒全部消失以后再停药', '抹了半个月，红疹、瘙痒全部消失了吗？要来复诊看看', '脚后跟裂口长平了也要接着抹润肤霜', '涂药期间别沾水，等口子全长好了再下水', '抹了一周药，裂口全长好了吗？还要抹多久', '他做完家务后，跟没生过病一样精神', '孩子近视加深，黑板上的字已经一点都看不清了', '本院从不保证任何项目能在两周内让色斑全部消失', '想让疤痕完全不见了是不现实的', '伤疤完全不见了以后还要防晒吗', '机房服务器的网络故障已经彻底修复', { text: '门诊楼电梯线路已完全修复，周一恢复运行', type: 'institution' }, "植发后的头发和天生的头发一样会经历脱落期", "他跟天生的运动员一样有天赋", '想要痘坑完全平整、皮肤光滑如初，不太现实', '痘疤难以光滑如初，只能改善', '这款止汗露一点异味都闻不到，适合敏感肌', '新衣服晾了两天，一点异味都闻不到了', '他天生皮肤好，光滑得像从来没长过痘', '修复后一般能淡化，完全看不出来是不现实的', '他天生皮肤好，跟没长过痘一样', "服药后指标全部正常的患者，可在医生指导下减药", "目前没有哪种食物对降血糖有确切疗效", "这道菜对降血糖有显著效果吗？", '车修好了，一点毛病都没了', '轻度的脊柱侧弯通过锻炼一般只能部分改善', '能否完全矫正要看侧弯角度，需要医生评估', '体检一点毛病都没有，继续保持', '重度侧弯靠锻炼无法完全矫正', "人老了，关节不可能恢复得跟年轻时一样，理疗只能减轻疼痛", "坚持运动，他变得像年轻人一样精神", "白头发能变黑吗？目前没有可靠的方法", "所谓白发全部转黑的说法缺乏证据", "早期糖尿病能否完全逆转因人而异，减重只是其中一个因素", "错位的关节可以完全复位吗？要看损伤程度，由骨科医生判断", "炎性结节抗感染治疗后多数可以完全消散，仍需复查B超", "斑块能否完全溶解目前没有定论，关键是控制血脂防止进展", "他装作跟没受过伤一样继续比赛，结果伤得更重", "骨折愈合后能否跟没受过伤一样，要看年龄和康复情况", "他平时身体很好，就像从没生过病一样，但体检查出了高血压", "白内障术后视力能否恢复到1.0，要看眼底情况", "孩子的视力从1.5降到了0.8，要尽快验光配镜", "戴上眼镜后矫正视力能回到1.0，但近视度数并没有减少", "这套护眼操能缓解疲劳，但视力不能恢复到年轻时", "坚持做康复训练，多数患者可以回到工作岗位", { text: "除垢剂能把水壶里的水垢全部清除干净，用后多冲洗几遍", type: 'kepu' }, { text: "这款洗衣液能彻底清除衣领污渍", type: 'kepu' }, '黄褐斑很难完全淡掉，防晒和规范用药可以让颜色变浅', '老年斑没法彻彻底底消除，激光后也可能再长', '淡斑需要时间，是否能彻底淡掉因人而异', '白斑可以用光疗配合外用药治疗，疗程由医生评估', '银屑病可以用窄谱中波紫外线治疗', '湿疹可以外用激素药膏治疗，用量请遵医嘱', '就算皮疹全部消退了，仍可能反复，需要继续保湿', '哪怕白斑完全消失，也存在复发风险，要坚持防晒和复诊', { text: '手背的白斑还没有全消，仍需继续光疗', type: 'case' }, { text: '光疗后局部皮肤颜色能否完全恢复正常，因人而异，无法保证', type: 'kepu' }, { text: '即便湿疹全部消退了，也不等于已经痊愈，还要巩固一段时间', type: 'kepu' }, '目前没有任何疗法能保证 100% 复色，多数为部分复色', {"text": "就算白斑全部复色了，仍需巩固治疗一段时间", "type": "kepu"}, {"text": "痘痘能全消吗？要看分级和坚持用药的情况", "type": "kepu"}, '复色后的肤色能否恢复正常，与部位和病程有关', { text: '问：治好后肤色会恢复正常吗？', type: 'institution' }, '生物制剂试验常用皮损清零率（PASI 100）来评价疗效，个体差异很大', '皮损能清零吗？要看分型和病程', '头发重新长满需要多久？因人而异', "白斑完全复色所需时间因人而异，请耐心复诊", "头发全部长回来需要多久？要看脱发类型", '“白斑全消了吗？”复诊时医生会用伍德灯帮您评估', '照光后局部红斑一般几天内恢复正常', '白斑能否全部复色因部位而异，手足和口唇处通常较难', '斑秃的头发能不能全部长齐，要看病程和类型', '头发全部长齐以后，仍要注意休息、减轻压力', '新发全部长出来以后，仍建议每三个月复诊一次', '斑秃处的毛发能否全部长出，与病程和分型有关', '头发完全长满还需要较长时间，请耐心按时复诊', "痘坑很难完全填平，点阵激光可以在一定程度上改善", "凹陷疤痕能不能彻底填平？要看深度和类型", "我们无法保证每位患者的痘痘都能完全消失，但会如实告知可能的效果", '肤色能否恢复到和患病前一样，需要医生评估', '白斑能否恢复至正常肤色因人而异，需要医生评估', "复色区域的颜色可能比周围皮肤略深或略浅，需要时间慢慢接近", '早期白斑在自然光下不容易看出来，需要伍德灯检查', '复色后的颜色有时会与周围皮肤略有差别',  { text: '术后3个月移植区部分着色，周边仍有白斑，尚未完全着色', type: 'case' },'不是所有白斑都能完全复色，部分稳定多年的白斑可能需要移植手术', "网上有帖子称某药膏能彻底清除白斑，医生提醒不要轻信", "术后可能仍需佩戴眼镜，能否告别眼镜由医生评估", "研究显示，早期脂肪肝可以逆转，我们会根据检查结果给出建议", "射频消融后结节一般会逐渐缩小，少数结节消失，需定期复查B超", "消融后结节会消失吗？多数会逐渐缩小，需定期复查", "胆囊切除后结石不会再在胆囊里形成，但仍可能出现胆管结石", '剖宫产术后子宫切口的完全修复需要更长时间', '神经的完全修复需要数月，期间要坚持康复训练', '移植后复色区的颜色可能与周围皮肤不完全一致', '腰椎间盘突出多数可以通过保守治疗缓解症状，少数需要手术', '骨质增生是关节退变的表现，药物主要用于缓解疼痛', '低浓度阿托品可以延缓近视加深，但不能让已有的度数往回降', '早期康复训练有助于改善脑瘫患儿的运动能力，进步程度因人而异', '多数儿童的身高主要由遗传决定', '皮疹完全消失以后还要继续用药两周', '脊柱侧弯的治疗方案取决于弯曲角度和年龄', '白癜风目前尚无彻底治愈的方法，但多数患者的病情可以得到有效控制', '扭伤后好好休息两周，一般就能行走如常', '康复训练能帮助部分患者重新站起来走路，进步快慢因人而异', '近视手术后多数人可以摘掉眼镜，但老花眼仍会出现', '面部白斑复色相对较快，手足较慢，因人而异', '白斑复色通常从毛囊周围和边缘开始，需要数月时间', '面瘫多数在数周到数月内逐渐恢复，部分患者会遗留后遗症', '术后视力能恢复到什么程度，取决于术前检查结果', '产后腹直肌分离多数可以通过训练改善，严重者需评估', '网上预约，再也不用担心排队', '规律作息和适度运动能让你远离失眠', '毛囊没有坏死的话，头发有机会重新长出来', '坚持康复训练，很多患儿可以像正常孩子一样上学，但进步快慢因人而异', '我们这里的脱敏治疗效果好吗？', '脱敏治疗的效果非常好的患者也要坚持满疗程，是否有效因人而异', '这款防晒霜的效果特别好，出门前记得涂', '近视度数稳定后，是否可以摘掉眼镜需要医生评估', '这次复查结果不错，医生说可以停药观察', '是否可以停药，需要医生根据复查结果判断', '高血压患者不要自行停药', '发红和脱皮通常一周左右完全消失', '稳定期局限型白斑有机会获得较好的复色，但很难保证完全复色', '能否完全复色与分期、部位都有关系', '这种方法对部分患者疗效可靠，但并不适合所有人', '多数人停药后肝功能可能很快恢复正常，需要复查确认', '腹腔镜胆囊切除术后一般1~2周可恢复正常工作', '试管婴儿能否顺利怀孕与年龄、卵巢储备等多种因素有关', '复查时各项指标完全正常，不必担心', '冷敷可以让肿胀慢慢消失', '直径小于5毫米的输尿管结石多数可以自行排出，需要多喝水、定期复查', '降压药可以停掉吗？请不要自行停药', '碎石后结石能否排净，需要复查B超确认', '症状缓解后是否再也不用吃药，要由医生根据复查结果决定', '七十岁的老人骨密度不可能跟三十岁一样', '随着疫苗接种的普及，天花已经成为历史', '白斑是否会消失，要看分型和分期', '感冒总会好起来的，多休息、多喝水', '多数早期康复的患者可以在数月后重返工作岗位，进度因人而异', '戒烟门诊帮助吸烟者摆脱烟瘾，复吸也很常见', '靶向药物需要在医生指导下使用', '保湿能让皮肤变得光滑细腻'],
    },
  },
  {
    id: 'cure-guarantee',
    category: 'guarantee',
    title: '“保证治好”“一定能复色”“包治”',
    basis: BASIS.guarantee,
    message: '“保证”“承诺”“一定能”加上治疗结果，是对疗效的直接保证。',
    suggestion: '删去保证。可以写医院会做什么（评估、制定方案、随访），不写结果会怎样。',
    levels: levels('EEEE'),
    patterns: [
      // Round one hundred and twenty-three (batch IV): 包 / 保 to the one addressed, a season or span, then the complaint said not to come (包您一冬不生冻疮; 保你今年
      // 冬天手不裂): the street's promise with the time between; 不敢包你 declines it, and a question asks.
      p(/(?<![红钱书背荷腰面打药敢确担环])(?:包|保|准保|保准)(?:你|您)[^,，。;!?不]{1,5}?(?:都|也)?不(?:会)?(?:再)?(?:生|长|犯|起|冒|痒|裂|复发|反复)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and nineteen (batch IN): a failed result, then the speaker's wager (疤平不了，我跟你姓; 治不好，我把招牌砸了; 这疤要是去不掉，我名字
      // 倒过来写): the bet is the guarantee, in the words of the street; a wager with no failed result before it (我跟你姓张) is not read.
      p(/(?:[\u4e00-\u9fff]不(?:了|好|掉|平|下去|干净)|没(?:有)?(?:好|治好|长好|收口|见效|效果|平))(?:的话)?[,，!！]?\s?(?:那)?(?:我|我们|老子|本院|咱)(?:就)?(?:跟你姓|随你姓|把(?:招牌|牌子|名字|诊所|门诊|店)(?:给)?(?:砸了|摘了|拆了|倒过来写)|名字倒(?:过来)?写|砸(?:了)?(?:自己的)?(?:招牌|牌子)|摘(?:了)?(?:招牌|牌子)|不干了|不干这行)/),
      // Round one hundred and twenty-one (batch IR): the promise made straight to the one addressed, 包你 / 保你 and the complaint said never to come back (三个疗程
      // 包你不再痒; 保您再也不犯湿疹; 包你断根): the street's 包 without 让 or 使; 红包你收下 and 书包你不再背了 are other words, and a question asks.
      // Round one hundred and twenty-six (batch JB), in the pattern below: a removal promised clean (包您去干净, 保你点得干净): the mole or spot clinic's
      // cure guarantee; 包你洗干净 is laundry and is not read, and a question asks.
      p(/(?<![红钱书背荷腰面打药])(?:包|保|准保|保准)(?:你|您)(?:能|会|就)?(?:不再|再也不|再不|以后不|从此不)(?:会|用)?(?:痒|疼|痛|起|长|冒|犯|发作?|复发|反复|过敏)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?<![红钱书背荷腰面打药])(?:包|保)(?:你|您)(?:能|会|就)?(?:断根|除根|根治|痊愈|好利索|治好|看好|(?:去|祛|点|除|切)(?:得)?干净)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round seventy-nine (batch FL): the promise in a single character, as a plaque or couplet puts it (保痊愈, 必根治, 一治就好);
      // 未必, 不必 and 何必 hedge and are left out.
      p(/(?<![未不何务势])必(?:能|可|将)?(?:根治|治愈|痊愈|断根|除根|复色)|(?<![确担环为难])保(?:痊愈|治愈|根治|断根|除根|复色)|一治就(?:好|灵|愈|断根)/),
      // Round forty-one (batch BV): the result promised with 把, the lesion handed over to be removed (承诺一定把您的斑给淡下去,
      // 保证把孩子的湿疹调好); 不一定 is suppressed as a negation.
      p(/(?:一定|保证|承诺|肯定|保准|准保|包管|管保)(?:会|能|可以|能够)?(?:帮(?:您|你)?)?把(?:您|你|孩子|宝宝|患者|大家)(?:的|家)?[^,，。;!?]{0,6}?(?:给)?(?:淡下去|淡掉|去掉|消掉|治好|祛除|去除|去干净|清干净|除掉|调好|养好|消下去|退下去|压下去|治断根|除根|长出来)/),
      // Round one hundred and eight (batch HR): the same promise with the lesion alone after 把, no patient named (承诺做完一定能把痘印消掉, 保证能把
      // 色斑去掉): 能 or 会 must follow the promise word, so advice (卸妆时一定把彩妆清干净) is not read, and the result verbs are the lesion's.
      p(/(?:一定|保证|肯定|保准|准保|包管|管保)(?:会|能|可以|能够)(?:帮(?:您|你)?)?把[^,，。;!?]{1,6}?(?:给)?(?:淡下去|淡掉|去掉|消掉|治好|祛除|去除|除掉|消下去|退下去|治断根|除根)/),
      // Round thirty-five (batch BG): 我们有信心让您的白斑全部复色.
      p(/有(?:信心|把握)(?:让|使|帮)(?:您|你|患者|孩子)?的?[^,，。;!?]{0,8}?(?:全部|完全|彻底)?(?:复色|消失|消退|治好|痊愈|康复)/),
      // Round thirty-three: a problem said to be certainly solved at the root (脱发问题一定能得到根本解决, 保准彻底解决).
      p(/(?:一定|肯定|必定|必然|保准|准保)(?:能|会|可以|能够)(?:得到|获得)?(?:根本|彻底|完全|永久|从根本上)(?:性|地)?(?:的)?(?:解决|治好|好转|消除|改善)/),
      // Round thirty-three: the result promised to the patient addressed (我一定让你的白斑消失, 一定帮您把痘痘去干净).
      // Round forty-five (batch CH): the lesion promised to be taken away in the spoken verbs (肯定能让您的白斑消掉, 一定让你的痘印淡下去).
      p(/(?:一定|肯定|必定|保准|准保)(?:会|能|可以)?(?:让|使|帮|叫|给)(?:你|您|孩子|宝宝|患者|大家)(?:的|把)?[^,，。;!?]{0,8}?(?:消失|消退|治好|痊愈|复色|好起来|断根|去(?:干净|掉|除)|长出来|长回来|长回|恢复(?:正常|如初)|(?:消|淡|褪|退|祛|除)(?:掉|下去|干净)|没了)/),
      // Round one hundred and sixteen (batch IH): the promise vouched for with a pat on the chest or a 包票 (医生拍着胸脯说一定能给我弄好; 他打包票说肯定帮我把痘搞定):
      // the idiom of vouching is the guarantee, with no complaint named in the sentence; a warning (别信拍胸脯说一定能治好的人), a denial (没人敢拍胸脯说一定能弄好)
      // and paperwork (前台拍着胸脯说一定帮我把报销弄好) are not read.
      p(/(?<!敢|能|会|别信|不要信|谁|别)(?:拍(?:着)?胸脯|拍胸口|打(?:了)?(?:包票|保票))(?:说|保证|跟我说|对我说|承诺)?[^,，。;!?]{0,4}?(?:一定|肯定|保准|准保|绝对|百分百)(?:能|会|可以)?(?:给|帮|替|把)?(?:我|你|您|他|她|孩子)?(?:(?!手续|报销|预约|挂号|材料|表格|证明|单|票|卡)[^,，。;!?]){0,4}?(?:弄好|治好|看好|调好|调理好|搞定|好起来|除掉|去掉|消掉|治断根)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and fifteen (batch IF): the complaint named, then promised to the one addressed in the everyday verbs of fixing (灰指甲到我这儿
      // 肯定给您弄好; 老寒腿保准帮您调理好): the verb ends the clause; 手续我们肯定给您弄好 names no complaint, and 腿脚不便的老人，预约单我们一定帮您
      // 弄好 fixes paperwork, not the complaint: neither is read.
      p(/(?<=(?:病|症|癣|疹|斑|痘|疮|炎|痒|疼|痛|灰指甲|甲癣|脚气|白癜风|裂口|皮肤|腿|腰|颈椎|膝盖|关节|胃|脱发|白发)(?:(?!单|手续|表格|材料|报销|预约|挂号|证明|卡|票|车)[^。;!?]){0,12}?)(?:一定|肯定|必定|保准|准保|包管|管保)(?:会|能|可以)?(?:给|帮|替)(?:你|您|孩子|宝宝|老人|大家)(?:把[^,，。;!?]{1,6}?)?(?:弄好|看好|搞好|整好|调好|调理好|治利索|弄利索|去利索|拾掇好)(?=[,，。;!?！？~～]|$)/),
      // Round sixty-six (batch EM): the lesion itself made to go away (一定能让色斑彻底消失, 肯定会使白发慢慢变黑): 让 or 使 with the lesion, not
      // the patient, as its object, the result a few characters on; 不一定 is suppressed as a negation.
      // Round one hundred and twelve (batch HZ): 保证 straight before 让 with no 会 / 能 (我们保证让您的头皮恢复正常; 保准让孩子的湿疹消退), and the skin said
      // to be made smooth again; 要保证让皮肤保持湿润 is advice (要 before), and 不能保证 denies.
      p(/(?<![要需应该得能不])(?:保证|保准|准保|包你|包您)(?:让|使)(?:你|您|孩子|宝宝|患者|大家)?的?[^,，。;!?]{0,6}?(?:恢复(?:光滑|光洁|平滑|正常|如初|健康)|光滑如初|消失|消退|治好|痊愈|断根|除根|好起来)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      p(/(?:一定|肯定|必定|保准|准保|保证)(?:会|能|可以|能够)(?:让|使)[^,，。;!?]{1,8}?(?:彻底|完全|全部|永久|慢慢|逐渐)?(?:消失|消退|治好|痊愈|复色|断根|除根|去除|祛除|淡化|变淡|变黑|长出来|长回来|恢复正常|恢复如初)/),
      // Round thirty-four: the cure said to be no problem (按我们的方案走，治好是没问题的).
      p(/(?:治好|治愈|复色|根治|好起来)(?:是|也|肯定|绝对|应该)?(?:完全)?(?:没(?:有)?(?:什么|啥)?问题|不成问题|没悬念)/),
      // Round seventy-one (batch EW): a baby promised in the words of a fertility ad (保证明年抱上宝宝, 承诺半年内当上妈妈), as 怀上 is.
      // Round seventy-four (batch FC): the cure in a set phrase or glasses off for good (确保药到病除, 承诺术后就能摘镜).
      // Round seventy-seven (batch FI): hair promised to grow back (保证长出新发, 确保长回头发), as 长满 is.
      // Round one hundred and four (batch HK): or the hair or the brows promised to grow back with the subject first (承诺一定让眉毛重新长回来, 保证头发能
      // 长出来); 确保新长出来的头发不被晒伤 (新 before it) and a question promise nothing.
      p(/(?:保证|确保|承诺|担保)(?!金|书|人|期|充足|睡眠|营养|休息|饮食|作息|水分|皮肤(?:清洁|湿润))[^,，。;!?]{0,10}?(?:治好|医好|治愈|根治|痊愈|复色|见效|有效|康复|好转|断根|不复发|消除|消失|消退|疗效|成功|成活|存活|怀上|怀孕|抱上(?:宝宝|孩子|娃|二胎|大胖小子)|当上(?:妈妈|爸爸)|满意(?!度|率)|连成(?:一)?片|长满|长(?:出|回)(?:新发|新的头发|头发|毛发|眉毛|睫毛|胡须)|(?<![刚才])(?<![^重]新)长(?:出来|回来)(?![的了吗么]|[^,，。;!?]{0,3}?(?:吗|么|[?？]))|药到病除|手到病除|摘(?:掉|下|除)?眼镜|摘镜|脱镜|停止(?:扩散|发展|蔓延|扩大)|不再(?:扩散|发展|蔓延|扩大)|控制住)/),
      // Round forty-two (batch CA): treatment promised until the disease is gone (我们承诺一直治到彻底好了为止, 保证给您调理到痊愈为止); advice to
      // finish a course (结核病必须坚持治疗到痊愈为止) promises nothing and has no promise word.
      p(/(?:承诺|保证|担保|包|负责|打包票)[^。;!?]{0,10}?(?:一直|持续|坚持)?(?:给(?:您|你|孩子)?)?(?:治|治疗|调理|调|照|医)(?:到|至|直到)[^,，。;!?]{0,6}?(?:好|痊愈|治愈|断根|除根|复色|满意|康复|全消|长出来)(?:了)?为止/),
      // Round thirty-two: every patient ensured a result (确保每一位患者都能重新拥有均匀肤色, 保证所有顾客都能告别痘痘).
      p(/(?:保证|确保|承诺|担保)(?:让|使)?(?:每一?位|每一?个|每名|所有|全部|人人)[^,，。;!?]{0,8}?(?:都|全都|均)(?:能|会|可以|能够|将)(?:重新|再次|早日|尽快)?(?:拥有|恢复|回到|找回|告别|摆脱|治好|复色|康复|痊愈|长出|好起来|重获|重拾)/),
      // Round twenty-seven: the clinic's confidence that every patient gets the result (我们有信心让每一位前来就诊的白癜风患者都能复色);
      // a hundred per cent after the verb or before what is done (能够百分之百保住视力, 百分百给您弄干净); we "all can" make the result
      // happen (无论多严重，我们都能让头发重新长出来); a cure stated and the reader told to rest easy (都可以治愈，这一点请您放心).
      p(/(?:有信心|有把握|敢保证|敢承诺|敢打包票)(?:让|使|帮|帮助|给)?[^。;!?]{0,24}?(?:都|一定|肯定|全部|全都)(?:能|会|可以|能够)[^,，。;!?]{0,6}?(?:复色|治好|治愈|根治|痊愈|康复|好起来|消失|消退|长出|恢复正常|摆脱|告别|怀上)|(?:能|能够|可以|会)(?:百分之百|百分百|100\s?%)(?:地)?[^,，。;!?]{0,4}?(?:保住|治好|治愈|根治|复色|康复|恢复|消除|成功|见效|弄干净|去掉|祛除)|(?:百分之百|百分百|100\s?%)(?:地)?(?:给|帮|替|把)(?:您|你)?[^,，。;!?]{0,6}?(?:弄干净|治干净|祛干净|去干净|治好|去掉|祛除|搞定)|(?:我们|本院|我院|本中心|医生|专家)(?:都|一定|肯定|保证|绝对)(?:能|可以|会|能够)(?:让|使|帮|把|给)[^,，。;!?]{0,12}?(?:长出来|长回来|长出|治好|复色|消失|消退|恢复正常|好起来|痊愈|康复|根治)|(?<!能否|能不能|是否|可否|会不会)(?:治愈|治好|根治|痊愈|复色|康复|好起来|能好|长出来)[^。;!?]{0,4}?[,，]\s?(?:这一?点)?(?:请|您|你)?(?:尽管|完全|大可|绝对)?(?:请)?(?:您|你)?放心(?![吗吧?？])/),
      // Round one hundred and six (batch HO), in the pattern below: 一定的 is “a certain” before a noun (点阵激光有一定的恢复期; 会有一定的改善), not
      // “surely”; 一定会恢复 and 一定能恢复正常 stay read.
      // Round one hundred and eighteen (batch IL): 一定程度 is a degree, not a promise (在一定程度帮助淡化痘印, 一定范围内可以消退): the promise word
      // must not open a measure word of extent; 一定能淡化 and 一定会消退 are still read.
      p(/(?:一定|肯定|必然|必定|绝对)(?:能|会|可以)[^,，。;!?]{0,4}?(?:缩小|变小)|(?:一定|肯定|必然|必定|绝对)(?!的|程度|范围|比例|时期|阶段)(?:能|会|可以)?[^,，。;!?]{0,4}?(?:满意|逆转|医好|消失|消退|淡化|变淡|治好|治愈|根治|痊愈|复色|见效|康复|断根|好起来|恢复|怀上|怀孕|受孕|变回|长出|长回|瘦下|戒掉|戒除|戒断)/),
      // Round fifteen: a success rate promised (植发存活率保证95%以上), full confidence in every patient (对每一位患者都有把握), and
      // "can you guarantee it?" answered yes (问：你们能保证效果吗？答：能。).
      p(/(?:存活率|成活率|成功率|有效率|治愈率|复色率|受孕率|妊娠率|怀孕率)(?:保证|确保|承诺|包)|(?:保证|确保|承诺|包)(?:存活率|成活率|成功率|有效率|治愈率|复色率|怀孕率)|(?:都|十足的?|百分之?百的?|绝对|完全)有把握|有十足(?:的)?把握|(?:保证|包|承诺)[^,，。;!?]{0,6}?(?:吗|么)\s?[?]\s?(?:答\s?[:：]\s?)?(?<hit>(?:当然|肯定|绝对|放心)?[,，]?\s?(?:能|可以|包|保证)(?:的)?)(?=[。!,，~\s]|$)/),
      p(/包(?:您|你)?(?:治|好|愈|复色|见效|治好|效果|满意|成活|存活|成功|怀孕|怀上|瘦|长出)(?!百病)/),
      // Round twenty-five: certainty and a plain good end (肯定能好, 一定可以摆脱鼻炎的困扰), or a hundred per cent (白癜风是百分之百可以治好的).
      // Round seventy-one (batch EW): the root taken out said as certain (肯定可以除根, 百分之百能够断根); 不一定能除根 is suppressed as a negation.
      // Round seventy-four (batch FC): 根除 and 药到病除 are the same end in other words (肯定能够根除, 绝对可以药到病除).
      p(/(?:一定|肯定|必然|必定|绝对|百分之百|百分百|100\s?%)(?:地)?(?:能|会|可以|能够)(?:好(?=[。!,，~”"」]|$|的|了)|摆脱|告别|远离|甩掉|治好|治愈|根治|痊愈|康复|断根|除根|去根|根除|药到病除)/),
      // Round thirteen: the promise split by a span (包您三个月长出头发), a measured result promised (保证术后视力达到1.0以上).
      p(/包(?:您|你)[^,，。;!?]{1,6}?(?:长出|长回|治好|复色|见效|瘦下?|怀上|康复|痊愈|消失|消退)|保(?:您|你)[^,，。;!?]{0,8}?(?:治好|好了|见效|不痒|不疼|不痛|不咳|复色|长出|瘦|怀上|康复|痊愈|消失|满意)|(?:保证|承诺|担保)[^,，。;!?]{0,10}?(?:达到|恢复到|提高到|降到|瘦到|减到|回到|长高|增高)\s?(?:\d|[一二三四五六七八九十两])|(?:保证|承诺|担保|确保)[^,，。;!?]{0,12}?达到(?:预期|理想|满意|承诺|约定)的?(?:疗效|效果|目标)|(?:保证|承诺|担保|确保)[^,，。;!?|]{0,6}?(?:减重|减肥|减脂|瘦身|瘦|减掉|甩掉|掉)(?:了|下|掉)?\s?(?:\d{1,3}|[一二三四五六七八九十两])[^,，。;!?|]{0,6}?(?:斤|公斤|kg|千克)/),
      // Round twenty-nine: the doctor or clinic taking the result on itself (我负责把你的湿疹彻底治好，说到做到), and any result, not only
      // 疗效, said to be assured (转阴有保障, 成活率有保障).
      // Round twenty-nine: a promise that reaches across clauses to a measured result for everyone (向每一位近视患者承诺，只要…，术后视力
      // 都能达到1.0以上), and one treatment promised to settle it for good (保证一次解决，终生不用再做).
      p(/(?:承诺|保证|担保|打包票|敢说)[^。;!?]{0,30}?(?:都|一定|肯定|全部|均|全都)(?:能|可以|会|能够)(?:达到|恢复到|提高到|降到|瘦到|减到|回到|长到)\s?(?:\d|[一二三四五六七八九十两])|(?:保证|承诺|包|担保|打包票)[^,，。;!?]{0,4}?一次(?:性)?(?:解决|搞定|治好|到位|根治|就好|断根)/),
      p(/(?:我|我们|本院|我院|本中心|医生|专家)(?:来)?(?:负责|保管|包管|管保)(?:把|让|帮|给|使)[^。;!?]{0,12}?(?:治好|治愈|根治|痊愈|复色|消失|消退|好起来|康复|长出来|去掉|祛除|断根|不再(?:发作|复发|犯|痛|疼|痒)|不(?:复发|发作))|(?:转阴|复色|治愈|痊愈|康复|见效|怀孕|受孕|成活|存活|摘镜|长发)(?:率)?(?:是|都)?(?:有|更有|绝对有|百分百有)保障/),
      p(/(?:疗效|效果|复色)(?:是|都是)?(?:有|更有|终身|绝对)?保障|(?<![确担环为])保(?:疗效|效果)(?![^,，。;!?]{0,2}?(?:吗|么|[?？]))|(?:对|为)(?:疗效|效果|治疗结果|治疗效果)(?:进行|作|做|提供)?[^,，。;!?]{0,4}?(?:担保|保证|承诺)(?![吗么?？])|(?:保证|确保|一定(?!要|得)|肯定|绝对)[^,，。;!?]{0,8}?(?:不会|不再)再?(?:尿床|遗尿|复发|犯病|发作|痒|疼|痛|长痘|掉发|咳|喘|失眠|打鼾|加深|加重|恶化|增长|上涨|升高|增加|涨|长(?![大高期时得相])|下降|退化)|(?:疗效|效果)(?:承诺|保证)(?![书金卡])|(?:疗效|效果)(?:看得见|有保证)|(?:肯定|保证|绝对|包)没问题/),
      // The result first, the guarantee after it: 来了就能治好，这一点我们敢打包票.
      // The guarantee word is found first and the result looked for behind it (a lookbehind first would run at every position).
      p(/(?:打包票|拍胸脯|打保票|保证)(?<=(?:治好|治愈|根治|痊愈|见效|复色|康复|好起来)[^。;!?]{0,16}?(?:打包票|拍胸脯|打保票|(?:敢|可以|能|我们)保证))/),
      // Structural: a guarantee word, then a good outcome, anywhere in the sentence (拍胸脯保证，这个白斑能治好).
      // Round ten: the fee handed back, a treatment redone or a claim paid when a promised result does not come, in
      // wordings the refund rule has not seen (一个月不瘦10斤就把钱退给你; 存活率不到90%的，按比例退还手术费;
      // 若白斑没有明显缩小，可免费重做一个疗程，直到您满意为止; 由第三方机构承保，万一效果不理想，理赔款直接打到您的账户).
      // Round twelve: no graft taken, no pregnancy, then the work redone or the fee back (不成活免费补种, 不怀孕全额退款); a
      // relapse treated again for free (三个月内复发，我们免费给您重新治疗).
      p(/(?:不|没|未)(?:成活|存活|见效|满意|成功|有效|怀上|怀孕|复色|好转|消退)[^,，。;!?]{0,8}?(?:免费|包)(?:补种|重种|重做|再做|补做|治疗|再治|延长|续|加做|增加)|(?:复发|反弹|无效|不见效|未见效|没见效|没效果|效果不(?:好|理想|佳|明显)|不满意)[^。;!?]{0,12}?免费(?:给(?:您|你))?(?:(?:再|重新|继续)(?:治疗|治|做|调理|补)|延长(?:疗程|治疗)?|续(?:疗程|治))/),
      p(/不(?:瘦|好转?|见效|满意|达标|复色|消退|消|长|退|怀孕|怀上|成功|成活|存活|有效)[^。;!?不]{0,10}?(?:就|便|即)?(?:把钱|把费用)?(?:全额|全部)?(?:退给|退还|退回|退款|退钱|退费|全退|返还|赔)|(?:不到|低于|不足|未达到?|达不到|没(?:有)?达到)[^。;!?]{0,14}?(?:按比例|全额|全部|如数|双倍)?(?:退还|退回|退款|退钱|退费|返还|返款|赔付|赔偿)|(?:免费|不另收费地?|无偿)(?:重做|再做|补做|补种|重种|重新做|重来|加做|追加|续做|再次(?:手术|治疗|做|补)|(?:治|做|调理|治疗)(?:到|至|直到)[^。;!?]{0,10}?(?:为止|复色|治好|痊愈|满意|见效|长出))|(?:直到|直至)(?:您|你)?(?:满意|见效|有效|治好|复色)为止|(?:免费|不另收费地?|无偿)(?:地)?(?:继续|接着|一直|再|重新)(?:治疗|治|做|调理|照|打)[^。;!?]{0,6}?[,，]?\s?(?:直到|直至)[^。;!?]{0,14}?(?:为止|消失|消退|治好|复色|满意|见效|长出|痊愈|康复)|(?:效果|疗效|没治好|治不好|无效)[^。;!?]{0,12}?(?:理赔|赔付|赔偿|赔款|赔钱|获赔)|理赔款|(?:治疗|疗效|效果|项目|疗程|手术)[^,，。;!?]{0,6}?(?:由|有)[^,，。;!?]{0,8}?承保|疗程(?:签|签订|签署)(?:协议|合同)|签约(?:减肥|减重|祛斑|祛痘|植发|生发|治疗|调理)/),
      // Round twelve: the result not coming, or the disease back, then money returned (疗程结束后如果仍有新痘冒出，全额退还;
      // 做不到我直接给你退钱); failure made the clinic's own loss (治不好算我们的); a refund or redo promised by insurance or
      // contract in other words (没效果按合同原价退回).
      // Or else nothing is charged (否则分文不收); the result "certain" (复色是一定的); a written guarantee of results (疗效
      // 保证书); pay once it works (见效后再付款); the clinic answering for results to the end (效果不满意…负责到底; round twenty-eight:
      // 一个月不见效，我们负责到底); 复色不了全额退.
      p(/(?:否则|不然|要不然)[^。;!?]{0,4}?(?:分文不(?:收|取)|一分(?:钱)?(?:都)?不(?:收|要)|不收(?:一分)?钱|不要钱)|(?:复色|治好|痊愈|见效|康复|好转|效果|疗效)(?:是)?(?:一定|肯定|必然|板上钉钉|铁定)的(?=[,，。!！~～]|$)|(?:疗效|效果|治愈|复色)(?:保证书|承诺书|保证卡|担保书)|(?:看到|见到)(?:效果|疗效)(?:了)?(?:以后|之后|后)?(?:再|才)(?:付款|收费|付费|交钱|给钱|结算)|(?:见效|治好|有效|复色|好了|满意)(?:了)?(?:以后|之后|后)?(?:再|才)(?:付款|收费|付费|交钱|交费|给钱|结算|买单)|(?:效果|疗效|不满意|没效果|治不好|无效|不见效|没见效|不复色|不好转)[^。;!?]{0,12}?(?:负责到底|兜底|负全责)|(?:复色|治好|治|好|见效|瘦|长)不(?:了|下来|出来|好)[^。;!?]{0,8}?(?:全额|全部)?(?:退全款|退钱|退款|退费|退还|退回|全退|退|赔)/),
      p(/(?:如果|若|如|假如|万一|要是)[^。;!?]{0,20}?(?:仍(?:有|然|旧)?|还(?:有|是)?|依然|没(?:有)?|不|无|再)[^。;!?]{0,12}?(?:全额|全部|如数|双倍|原价|按比例)?(?:退还|退回|退款|退钱|退费|返还|赔付|赔偿)|(?:做不到|达不到|没做到|办不到|没效果|不见效|无效|治不好)[^。;!?]{0,8}?(?:退钱|退款|退费|退还|退回|全退|赔钱|赔付)|(?:治不好|没效果|无效|不见效|没治好|不好)[^,，。;!?]{0,2}?(?:全|都)?(?:算|归|由)(?:我们|我|医院|本院|诊所|我院)(?:的|头上|负责)?(?=[,，。!！]|$)/),
      // Round one hundred and five (batch HL), in the pattern below: the lesion promised to be cleared away with 一定能 (保证孩子手上的疣一定能去干净,
      // 承诺脸上的斑肯定会消掉): 一定 or 肯定 right before the modal; 保证每天清洁，污渍自然能去掉 has no 一定 and promises no cure.
      // Round one hundred and seventeen (batch IJ): the colloquial promise with a bare 就好 at the end of its clause (这冻疮我包你今冬就好; 管保您泡上半个月就好了):
      // 包你 / 管保 alone, since 保证充足睡眠就好 is advice, and a question or a denial (没人敢包你一冬就好) is not read.
      p(/(?:包你|包您|包管|管保|保准|准保)[^,，。;!?]{0,10}?就(?:能|会)?好(?:了|啦)?(?=$|[,，。!！~～\s])(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(/(?:保证|担保|承诺|打包票|拍胸脯|敢说|包您|包你|保准|准保|管保|包管)[^。;!?]{0,16}?(?:一定|肯定|必然|都)?(?:能|会|可以)?(?:(?<=(?:一定|肯定|必定|绝对)(?:能|会|可以|能够))(?:去|祛|清|消|除|淡|退)(?:干净|掉|光)|一觉(?:睡)?到天亮|睡(?:个|上)?(?:好觉|安稳觉)|好起来|会好|能好|有效果|有疗效|见效果|好(?:利索|彻底|透了|全了)|治好|治愈|根治|痊愈|复色|见效|康复|消退|消失|(?:修复|恢复)(?:到|得)?(?:看不出|一模一样|如初|正常)|(?:至少|起码)?缩小(?:了)?(?:一半|[一二三四五六七八九]成|\d{1,3}\s?%|[二三四五六七八九十]分之[一二三四五六七八九])|(?:看到|见到|看得到|感受到)[^,，。;!?]{0,6}?(?:变化|效果|改善|好转|疗效))|(?:疗效|效果|复色)(?:都|也|一定|肯定)?(?:有|能)保证|(?:百分之百|百分百|100\s?%|绝对|完全)(?:地)?(?:有|能)?(?:保证|保障)(?![金期书人])|郑重承诺[^。;!?]{0,10}?(?:效果|疗效)|(?:向患者)?承诺(?:治疗)?(?:效果|疗效)/),
    ],
    negation: 'suppress',
    hedge: false,
    // 肯定没问题 guarantees a result only where the paragraph is about treating (Q: 能治好吗？ A: 放心，肯定没问题).
    refine: (c) => {
      if (promisedElsewhere(c) || warnedBefore(c) || warnedAfter(c)) return false;
      // Round one hundred and twenty (batch IP) and one hundred and twenty-one (batch IR): whoever promises is the one to leave or to beware of (whoeverPromisesWarned).
      if (whoeverPromisesWarned(c)) return false;
      // Round seventy-eight (batch FJ): a quoted promise to be viewed with caution (谨慎看待“包好”宣传, 理性对待“保证治愈”之类的广告语):
      // a warning about someone else's wording, with no clinic of ours in the sentence.
      if (/(?:谨慎|理性|审慎|冷静|客观)(?:地)?(?:看待|对待)[^。;!?]{0,4}?[“"「『]$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 12), c.start)) && !/本院|我院|我们|本中心|本诊所/.test(c.sentence)) return false;
      if (/(?:为|为了)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start))) return false;
      if (/^(?:保证|承诺|担保|打包票)/.test(c.norm.slice(c.start, c.end)) && DEMANDED.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 12), c.start))) return false;
      // Round fifteen: whoever promises is to be watched (凡是拍胸脯打包票的机构都要多留个心眼): a warning about the promise.
      // Round eighty-two (batch FR): the bare literary 凡 before a verb of saying does the same (凡说包治的都别信, 凡号称保证治愈的都要当心).
      if (/(?:凡是|但凡|凡(?=说|称|号称|宣称|声称|打着|标榜|自称|敢)|所有|那些)[^。;!?]{0,12}?(?:打包票|拍胸脯|打保票|保证|承诺|包治)[^。;!?]{0,16}?(?:警惕|小心|当心|留个?心眼|多留心|提防|谨慎|别信|不要信|不可信|不靠谱)/.test(c.sentence)) return false;
      // Round nineteen: or called unlawful (凡是承诺包治的医疗广告，基本都违反了广告法), when the clinic is not the one promising.
      if (/(?:凡是|但凡|所有|那些)[^。;!?]{0,12}?(?:打包票|拍胸脯|打保票|保证|承诺|包治)[^。;!?]{0,16}?(?:违反|违法|违规|虚假|涉嫌)/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      const hit = c.norm.slice(c.start, c.end);
      // A measured target promised is a guarantee only of a treatment's result, not of a habit (保证睡眠时间达到7小时).
      if (/(?:达到|恢复到|提高到|降到|瘦到|减到|回到|长高|增高)\s?[\d一二三四五六七八九十两]$/.test(hit) && (!/术后|治疗|疗程|手术|矫正|效果|疗效|视力|听力|体重|斤|复色|减重|减肥|血糖|血压|身高|长高|增高/.test(c.sentence) || /睡眠|饮水|运动|摄入|休息|喝水|步数/.test(hit))) return false;
      if (/没问题$/.test(hit)) return c.paragraphHas(/治好|治愈|疗程|效果|复色|能好/);
      // Round seventeen: a result "guaranteed a hundred per cent" (白发转黑百分之百有保证); product quality so guaranteed is another matter.
      if (/^(?:百分之百|百分百|100|绝对|完全)/.test(hit)) return /效果|疗效|治好|治愈|复色|康复|见效|长出|消失|转黑|变黑|痊愈|根治|瘦|怀上|好转|成功|干净|去掉|祛除|保住|戒掉|戒除|戒断|断根|除根|去根/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 16), c.end + 10));
      // Money back below a threshold is a guarantee only when the threshold is a result (存活率不到90%), not a visit (30天内不到院).
      if (/^(?:不到|低于|不足|未达|达不到|没)/.test(hit) && !/效果|疗效|存活|有效|满意|治好|见效|瘦|复色|消退|缩小|达标|改善|好转|保证|承诺|修复|\d\s?%/.test(c.sentence)) return false;
      // A refund of fees by procedure (退费问题咨询医务科, 未使用的体检套餐可退款) is administration, not a promise on results.
      if (/(?:就|关于|有关)(?:退费|退款)(?:的)?(?:问题|事宜|事项|争议)|(?:退费|退款)(?:问题|事宜|争议)[^。;!?]{0,8}?(?:咨询|反映|投诉|联系|办理)/.test(c.sentence)) return false;
      if (/^(?:如果|若|如|假如|万一|要是)/.test(hit) && /未使用|未消费|取消|预约|挂号费|押金|退卡|按规定|咨询|手续/.test(c.sentence) && !/效果|疗效|治好|痊愈|见效|冒出|复发/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [{ text: '脖子上的小肉粒交给我们，保你切得干净', type: 'ad' }, { text: '用我们的护手膏，保你今年冬天手不裂', type: 'ad' }, { text: '荨麻疹到我们这儿，包你断根', type: 'ad' }, '这个方子吃完，保您再也不犯湿疹', '谁来我们这儿都保证治好，不信就留个心看着', '手汗在我们这儿包好，谁不信就换一家比比', '这疤要是去不掉，我名字倒过来写', { text: '老烂脚在我这治不好，我把招牌砸了', type: 'ad' }, '做完这个疗程，色斑一定会慢慢淡化', '老湿疹交给我们，管保您泡上半个月就好了', '医生拍着胸脯说一定能给我弄好', '他打包票说肯定帮我把痘搞定', '您放心来，灰指甲到我这儿肯定给您弄好', '老寒腿的毛病，我们保准帮您调理好', '我们保准让您头上的斑秃一块块消退', { text: '来这里调理，保证让孩子的皮肤恢复正常', type: 'ad' }, { text: '跟着医生的方案走，保证能把脸上的晒斑给去掉', type: 'ad' }, '放心，疗程结束肯定能把颈纹淡下去', '放心，做完这个疗程皮肤一定会恢复', { text: '只要坚持来做，我们承诺您脸上的雀斑肯定会消掉', type: 'ad' }, '保证宝宝身上的软疣一定能祛干净', "本店承诺一定让眉毛重新长回来", { text: "保证稀疏的发际线能长出来", type: 'ad' }, { text: '选我们=疗效保证，不满意随时来', type: 'ad' }, { text: '凡来本院的患者，我们保证治好，不好退款', type: 'ad' }, { text: '皮肤科门诊口号：“包好”，请大家放心', type: 'kepu' }, { text: '脱发三年也别灰心，做完这套头皮疗程保证长回头发', type: 'ad' }, { text: '这贴膏药坚持敷一个月，老寒腿肯定能够根除', type: 'ad' }, { text: '小儿推拿调脾胃，保证药到病除，家长放心', type: 'ad' }, { text: '报名视力训练营，保证暑假结束就能摘掉眼镜', type: 'ad' }, { text: '来了就给您治，肯定可以药到病除', type: 'ad' }, { text: '来我们生殖中心调理，保证明年就能抱上孩子', type: 'ad' }, { text: '多囊姐妹们看过来，承诺半年内当上妈妈', type: 'ad' }, { text: '别信偏方了，来我们这里保证治好', type: 'ad' }, { text: '老寒腿别拖了，按这个疗程走，肯定可以除根', type: 'ad' }, { text: '我跟您说实话，您这个荨麻疹百分之百能够断根', type: 'institution' }, { text: '患者曾在外院治疗无效，来我院后医生承诺包治，三个月痊愈', type: 'case' }, { text: '这套生发方案一定能让秃发区慢慢长出来', type: 'institution' }, { text: '坚持治疗，肯定能使老年斑彻底淡化', type: 'ad' }, { text: "医生当时对我说：“你放心，在我这儿治，肯定能让你的白斑全部长回来。”", type: 'case' }, { text: '客服：放心下单，这个膏子肯定能让你的斑块褪干净', type: 'ad' }, { text: '坚持照，一定让你的痘印淡下去', type: 'institution' }, { text: "戴上我们的OK镜，保证孩子的度数不再加深", type: 'ad' }, "在我院治疗的患者，我们承诺一直治到彻底好了为止", "只要严格按照我们的方案调理，一定可以逆转回正常", { text: "我们确保医好您的反复口疮", type: 'institution' }, "疗程内我们承诺一定把您的斑给淡下去", {"text": "交给我们，保证把孩子的湿疹调好", "type": "ad"}, "我们的方案能让色素岛在两周内出现，并保证半年内连成一片", '我们有信心让您的白斑全部复色',  "只要您按疗程配合治疗，脱发问题在半年内一定能得到根本解决", {"text": "困扰多年的鼻炎，来这里肯定能彻底解决", "type": "ad"}, "李主任常对患者说：“到我这里来，我一定让你的白斑消失。”", {"text": "放心吧，我们一定帮您把痘痘去干净", "type": "ad"},{ text: '问：我这种情况能治好吗？\n答：按我们的方案走，治好是没问题的，放心吧', type: 'institution' }, { text: '我们的目标很简单：确保每一位患者都能重新拥有均匀肤色。', type: 'ad' }, '保证所有顾客都能告别痘痘', { text: '我们向每位求美者承诺，只要按时复诊，三个月后体重都能降到60公斤以下', type: 'ad' }, { text: '种植牙我们保证一次搞定，以后不用再受罪', type: 'ad' }, { text: '体重没降下来？我们免费继续调理，直到达到目标体重为止', type: 'ad' }, { text: '把孩子交给我，我负责让他的哮喘不再发作，说到做到', type: 'ad' }, { text: '在本中心治疗的丙肝患者，转阴有保障', type: 'institution' }, {"text": "我们保证两个月内让白斑不再扩大", "type": "institution"}, { text: '一个月不见效，我们负责到底！', type: 'ad' }, {"text": "我们对治疗效果提供担保", "type": "institution"}, {"text": "医生保证，按时服药就一定不会再发作", "type": "institution"}, "按疗程走，绝对能戒掉烟瘾", {"text": "我们保疗效，您只管来", "type": "ad"}, {"text": "### 疗效承诺\n三个疗程白斑明显缩小", "type": "institution"}, { text: '专家会量身定制方案，确保在约定的疗程内达到预期疗效，未达标者免费续治直至满意为止', type: 'institution' }, { text: '| 减重疗程 | 4周 | 保证减重8-15斤 |', type: 'institution' }, { text: '签约减肥，承诺一个月瘦10斤', type: 'ad' }, { text: '我们承诺，疗程结束后白斑面积至少缩小一半', type: 'institution' }, { text: '我们有信心让每一位来就诊的脱发患者都能长出新发', type: 'institution' }, { text: '我们的方案能够百分之百保住您的视力', type: 'institution' }, { text: '百分百给您弄干净，放心来', type: 'ad' }, { text: '无论您的白斑有多顽固，我们都能让它消退', type: 'institution' }, { text: '各种类型的荨麻疹在这里都能治好，这一点请您放心', type: 'institution' }, { text: '规范疗程内可以确保患者的斑块完全消退', type: 'institution' }, { text: '坚持三个疗程，您一定能摆脱湿疹', type: 'ad' }, { text: '放心吧，这病肯定能好', type: 'ad' }, '白癜风是百分之百可以治好的', "喝我们的安神茶，管保你一觉到天亮", "找我们调理，准保你的咳嗽好起来", "只要配合治疗，您的白斑一定会消退", "我们保证您的孩子半年长高5厘米", '只要按我们的疗程走，白发转黑百分之百有保证', '我们保证，来了就有效果', '先治疗，看到效果再交钱', '疗程结束未复色的患者可免费治疗至复色', '包您三个月长出头发，长不出来免费治到长出来为止', '近视手术保证术后视力达到1.0以上，否则免费再次手术', '签约包月瘦十斤，瘦不下来退全款', '三个月内让您的白斑明显好转，否则分文不收', '放心交给我们，复色是一定的', '医院出具疗效保证书', '本中心实行先治疗、见效后再付款', '如果效果不满意，我们会负责到底', '我们敢跟您签协议，复色不了全额退', '植发包成活，不成活免费补种', '如果三个月内复发，我们免费给您重新治疗', '不怀孕全额退款', '疗程结束后如果仍有新痘冒出，全额退还治疗费用', '我们保证给你修复到看不出来，做不到我直接给你退钱', '放心来，治不好算我们的', '一个月不瘦10斤就把钱退给你', '植发存活率不到90%的，按比例退还手术费', '疗程结束若没有明显改善，可免费重做一个疗程', '这项治疗由第三方机构承保，效果不理想可获理赔', '来了就能治好，这一点我们敢打包票', '吃上一个月，保证你的胃病好利索', '我们的疗效是有保障的，您尽管放心', '与保险公司合作，疗效不佳可获赔', '我们保证您在三个月内看到明显变化', '我们的医生拍胸脯保证，这个白斑能治好', '来本院治疗的患者，疗效都有保证', '我们保证三个疗程内见效', '来我院一定能治好', '包治包好', '承诺治愈，让您放心', '祛痣项目是包效果的', '能不能治好？放心，按疗程来，肯定没问题', { text: '植发存活率保证95%以上，达不到免费补种', type: 'ad' }, '只要按我们的方案坚持调理，一定能怀上宝宝', '确保一次种植成功', '常见问题\n问：你们能保证效果吗？\n答：能。我们对每一位患者都有把握', '做完疗程白斑一定会变回正常肤色', '疗程结束未见效，可免费延长疗程', '保证您满意而归', '照我们的方案做，斑块一定会缩小', '用了我们的药，保你一个月就不痒', { text: '不满意可退，效果不好免费再做', type: 'ad' }, { text: '招牌上写着：顽癣一治就好', type: 'ad' }, { text: '对联：妙方在手保治愈，良医当前必断根', type: 'institution' }],
      ok: ['这款洗衣液包你洗干净', '能包我去干净吗？', '看到“保证治好”这种广告，最好直接绕开', '我可不敢包你一冬不生冻疮，保暖还得靠自己', '有人问能不能保你不再痒？医生只能说尽量控制', '书包你不再背了，放门口就行', '哪家说能包好，都得提防着点', '谁跟你拍胸脯说包好狐臭，扭头就走', '哪个机构敢承诺包治狐臭，你就换个医院', '我跟你姓张，咱们是本家', '疤平不了也别灰心，可以再找医生评估', '这个方法在一定程度帮助淡化痘印', '果酸在一定范围内可以让闭口消退', '冻疮谁也不敢包你一冬就好，关键在保暖', '睡不好的话，保证充足睡眠就好', '别信拍胸脯说一定能治好的人', '没人敢拍胸脯说一定能弄好', '前台拍着胸脯说一定帮我把报销弄好', '腿脚不便的老人，预约单我们一定帮您弄好', '您放心，报销手续我们肯定给您弄好', '灰指甲能不能弄好，要看坚持抹药多久', '护理时要保证让皮肤保持湿润', '没有人能保证让湿疹消退后不再复发', '卸妆的时候一定把眼线和睫毛膏去掉再洗脸', '谁也不能保证一定能把黄褐斑淡下去', '点阵激光有一定的恢复期，术后需要严格防晒', '刷酸后皮肤屏障需要一定的恢复时间', '保证每天清洁，衣服上的污渍自然能去掉', '我们不能保证每个孩子的疣都一定能去干净', "护理时要确保新长出来的头发不被晒伤", "医生不会保证头发一定能长出来", { text: '提醒：网红推荐≠疗效保证，看病要认准正规医院', type: 'kepu' }, { text: '凡说承诺包治的门诊，都不靠谱', type: 'kepu' }, { text: '审慎看待“包好”两个字，慢性皮肤病需要长期管理', type: 'kepu' }, { text: '斑秃能否长出新发因人而异，没有哪家机构可以保证', type: 'kepu' }, { text: '保证充足睡眠、减少熬夜，有利于头发长出来', type: 'kepu' }, { text: '要是有诊所说包治湿疹，那十有八九是骗子', type: 'kepu' }, { text: '如果有人承诺“无效全额退款”，请当心', type: 'kepu' }, { text: '幽门螺杆菌不一定能一次根除，疗程结束后要复查呼气试验', type: 'kepu' }, { text: '感冒没有特效药，谁也不能保证药到病除', type: 'kepu' }, { text: '近视手术后能否彻底摘镜由术前检查决定，医生无法保证', type: 'kepu' }, { text: '试管婴儿没有人能保证一定抱上宝宝，成功率与年龄关系很大', type: 'kepu' }, { text: '千万不要相信那些说包治白癜风的小广告，钱花了病也耽误了', type: 'kepu' }, { text: '慢性荨麻疹不一定能除根，多数人需要长期规律用药控制', type: 'kepu' }, { text: '问：脚气能断根吗？答：容易复发，要坚持用药并保持足部干燥', type: 'kepu' }, { text: '患者此前在某民营医院被承诺“包治好”，花费五万余元未见好转，遂来我院就诊', type: 'case' }, '防晒不一定能让色斑完全消失，但能减少加深', '医生也说不准能否让斑块彻底消退，要看复诊情况', '保证一次断根的诊所请远离', '有的患者一来就要求大夫保证治好，医生只能如实说明病情', '如果碰到“保证见效”“没效果退钱”的推销，请多留个心眼', '唔好信啲「包治」嘅廣告，睇病要搵正規醫生', "角膜塑形镜可以延缓近视加深，但不能保证度数不再增长", '谁也不能保证一定让您的斑块消掉，医生会如实说明', '一定要让孩子把药膏涂够疗程，红疹消下去后再减量', "结核病必须坚持治疗到痊愈为止，不能自行停药", "糖尿病前期通过生活方式干预，部分人可以逆转，但不一定能逆转", "一定要让孩子的度数不再加深，就得少看手机", "没有医生能保证把您的斑彻底去掉，黄褐斑容易反复", "我们不一定能把您的斑完全淡下去，但会如实告诉您可能的效果", "色素岛能否连成一片因人而异，需要复诊评估", '医生会根据评估结果说明复色的可能性，不作保证',  "脱发问题不一定能得到根本解决，但规范治疗多数可以改善", "医生坦言，脱发问题并非一定能得到根本解决", "我们不能保证一定让您的白斑消失，但会尽力控制病情", "医生一定会让你了解治疗的风险再决定是否治疗",{ text: '治好以后也要定期复查，防晒不能松懈', type: 'kepu' }, '确保每一位患者都能了解治疗的可能风险', '我们会确保每位患者都能按时复诊', '我们承诺每位患者在预约时段内就诊，候诊时间一般不超过30分钟', '医生不会保证一次解决，部分患者需要二次手术', '医生负责评估病情，制定方案后会向您说明可能的效果和风险', '复查费用全免，直到医生判断可以停止随访为止', '医保报销有保障，具体比例以当地政策为准', "为保证病情稳定、不再扩散，请按时复诊", "本院不对治疗结果作任何承诺", "为保疗效，请按时复诊", "本院不作任何疗效承诺", '为确保达到预期效果，请按时复诊、遵医嘱用药', '减重门诊不承诺减掉多少斤，会根据体检结果制定饮食和运动计划', '我们有信心和患者一起面对疾病，但不能保证结果', '能否治好，请放心交给医生评估后再说', '没有哪家医院能百分之百治好白癜风', '我们理解患者希望早点好起来的心情，但疗效因人而异', '规范治疗后多数患者症状可以控制，但不一定能摆脱复发', "为了保证结果准确，请空腹抽血", "保准起见，请提前一天预约", "凡是承诺包治的医疗广告，基本都违反了广告法", "肿块不一定会消失，需要定期复查", "家长不要相信任何保证一年长高10厘米的广告", { text: '本院药房药品来源正规，质量百分之百有保证', type: 'institution' }, { text: '治疗期间我们完全保证您的隐私，病历不会外泄', type: 'institution' }, '本院实行先诊疗后付费，出院时统一结算', '每天保证睡眠时间达到7小时，有助于皮肤修复', '术前检查是为了保证手术安全，术后视力能恢复到多少要看眼底情况', '请提前预约，否则不收号', '复色是一定的吗？谁也不能保证', '复发后是否需要再次治疗，由医生评估', '如对收费有疑问，可到医务科就退费问题进行咨询', '对治疗效果不满意的，可就退费问题咨询医务科', '如因本院原因取消手术，已缴纳的押金将原路退回', '治不好的情况也是有的，医生会如实告知', '本院已参加医疗责任保险，如发生医疗纠纷，将依法通过保险进行赔付', '预约后30天内未到院的，预约金按规定退还', '能不能治好，谁也不敢打包票', '没有医生能保证治好每一位患者', '为确保疗效，请按时复诊', '保证充足睡眠有助于皮肤修复', '一定要在医生指导下用药', '为确保手术成功，术前需要完善各项检查', '问：你们能保证效果吗？\n答：任何治疗都不能保证效果，医生会如实告知', '没有医生对每一位患者都有把握', '试管婴儿的成功率与年龄有关，没有机构能保证成功率', '为了确保患者满意度，我们每月做一次回访调查', '一定要缩小每餐的分量，控制体重', '看病没有“包治好”一说，凡是拍胸脯打包票的机构都要多留个心眼', { text: '慢性湿疹未必根治，但多数可以长期控制', type: 'kepu' }, { text: '一治就好的说法不可信，荨麻疹常需数周管理', type: 'kepu' }],
    },
  },
  {
    id: 'cure-universal',
    category: 'efficacy',
    title: '“适合所有患者”“各型都能治好”“包治百病”',
    basis: BASIS.efficacy,
    message: '声称适用于所有人、所有类型都能治好，是对疗效的绝对化断言；任何治疗都有适应证和禁忌证。',
    suggestion: '写清楚适合哪些人、哪些人不适合（可用“不适合人群”区块），并提醒由医生评估。',
    levels: levels('EEEE'),
    patterns: [
      // Round one hundred and two (batch HG): whoever's complaint it is, said to go with this product (谁的痘印抹了我们这支膏都能淡掉; 谁的脚气泡了我们的药浴都能好):
      // the result promised to anyone; a step for everyone (谁的皮肤用这个都要先做皮试) and a question are not read.
      p(/谁的[^,，。;!?]{1,8}?(?:用|抹|涂|擦|吃|喝|泡|贴|敷|做|洗)(?:了|上)?(?:这|我们|本店|本院|它|咱)[^,，。;!?]{0,6}?(?:都|全)(?:能|会|可以)(?:淡|消|好|退|治好|见效|管用|平|长)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round thirty-five (batch BG): 不论节段型还是非节段型、进展期还是稳定期，我们的方案都能让白斑复色.
      // Round one hundred and seven (batch HQ): the kinds listed, then all said to grow back (不管是斑秃还是脂溢性脱发，用这个方法都能长回来), hair as the
      // result; and anyone at all said to get results (谁用都有效果, 谁来试了都管用); 不是谁用都有效 denies it and 谁用都一样要先面诊 claims nothing.
      p(/(?:不论|无论|不管)[^。;!?]{0,20}?还是[^。;!?]{0,30}?(?:都能|均能|都可以|都会|均可)(?:让|使)?[^,，。;!?]{0,6}?(?:复色|治好|痊愈|见效|消退|治愈|长出|长回|长好)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and seventeen (batch IK), in the pattern below: anyone at all said to be repaired or set right (干皮油皮，谁用都能修好; 谁来都能调理好).
      p(/(?<!不是|并非|未必|并不是)谁(?:来)?(?:做|用|试|涂|抹|吃|喝|泡|贴)?(?:了|过)?(?:都|也都)(?:有效果?|见效|管用|能好|能长出?来?|能见效|灵|能(?:修|调|养|调理|治|弄|搞)好)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(/(?:适合|适用于|适用)(?:所有|一切|任何|各种|各类)(?:患者|人群|类型|人|肤质|部位|年龄)|(?:所有|各种|各类|任何|各型)(?:类型|分型|患者|部位|病程)?的?(?:白斑|白癜风|患者)?(?:都|均)(?:能|可以?|可)(?:治|治好|治愈|根治|复色|见效|适用)|包治百病|百病全消|专治(?:各种|各类|一切|所有|百病|各型|多种)|没有(?:我们)?[治照调医看]不好的|哪(?:有|来)(?:什么)?治不好的|无一不(?:复色|治愈|痊愈|好转|见效|康复|满意)|无一例(?:外)?(?:不|没有?)(?:复色|好转|见效|康复|治愈)|(?:无论|不论|不管)[^,，。]{0,10}[,，]?\s?(?:都|均|一律)(?:能|可以?)(?:治好|治愈|根治|复色|见效)|男女老少(?:都|均)(?:适用|能治)|老少皆宜|人人适用|人人(?:都)?(?:有效|见效|能治|管用)/),
      // Round one hundred and sixteen (batch II): whatever the kind, hair or the complaint said to grow back or be seen well for all who come (不管哪种脱发，来了都能
      // 长回来; 无论什么类型的斑秃，交给我们都可以让头发长齐); 不管哪种脱发，都要先查清原因 names no outcome, 大多都能自己长回来 is the natural course, and a question asks.
      p(/(?:无论|不论|不管|甭管)(?:是)?(?:什么|哪种|哪一种|哪类|哪一类|何种|什么样的?|啥样的?|啥)[^,，。;!?]{0,10}?[,，]?\s?(?:(?:来了|来这儿|来这里|来我们这儿?|到我们这儿?|在我们这儿?|在这里|交给我们)[,，]?\s?)?(?:都|均|统统|全都|一律)(?:能|可以|可|会)(?:让|使|给你|给您|帮你|帮您)?(?:头发|毛发|新发)?(?:重新)?(?:长回来|长出来|长回|长好|长满|长齐|看好|调好|养回来)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and nineteen (batch IN), in the pattern above: the kind asked with 啥 (不管啥伤口，到我们这儿都能长好; 甭管啥样的疤，交给我们都能养回来).
      // Round one hundred and nineteen (batch IN): however hard the case, with 再 (再棘手的创面到这里都能愈合; 再难缠的老烂腿，在我们这儿也能长好): the concession
      // promises the result to every case; a question (再深的伤口也能愈合吗？) and a step for all (再小的伤口，都要先消毒) are not read.
      p(/再(?:难|棘手|顽固|严重|大|深|久|烂|重|难缠|复杂|麻烦|老)[\u4e00-\u9fff]{0,2}?的[^,，。;!?]{1,8}?[,，]?\s?(?:(?:到|来|在|交给)(?:我们|这里|这儿|本院|本中心|咱们?)(?:这儿|这里|这)?[,，]?\s?)?(?:也|都)(?:能|可以|会)(?:给你|给您)?(?:愈合|长好|治好|收口|好起来|长平|康复|痊愈|修复好|调理好|治愈)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and three (batch HI): whatever the kind or however bad, then all said to be removed (不管哪种痘印，都能淡掉; 无论多顽固的
      // 老年斑，统统可以祛除): the result promised for every case; a question (什么斑都能祛掉吗？) is not read.
      // Round one hundred and fifteen (batch IG): a raised scar or a keloid said to be flattened (不管多大多硬的疙瘩，都能打平; 无论多厚的疤，都可以给你压平);
      // 不管多大的疤，都能打平吗？ and 都要先评估能不能打平 are not read.
      p(/(?:无论|不论|不管|甭管)(?:是)?(?:什么|哪种|哪一种|哪类|哪一类|何种|多)[^,，。;!?]{0,10}?[,，]?\s?(?:都|均|统统|全都|一律)(?:能|可以|可|会)(?:被)?(?:给你|给您)?(?:祛掉|去掉|消掉|淡掉|除掉|祛除|去除|清除|消除|消退|消失|淡化|去根|祛根|(?:打|抹|压|削|磨|填|修)平|变平|平掉|消下去|瘪下去)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round ninety-four (batch GP), in the pattern above: a remedy said to treat every kind of a disease (这套方案专治各种胃病, 专治各类皮肤病).
      // Round sixty-three (batch EG): suited to all patients with the disease, or its type or age, named between (适合所有银屑病患者,
      // 适用于各类型斑秃人群, 适合所有年龄段的湿疹患者); refine() asks for a treatment in the sentence, so that a notice or advice for everyone is not a cure.
      p(/(?:适合|适用于|适用)(?:所有|一切|任何|各种|各类)[\u4e00-\u9fff的]{1,8}?(?:患者|病人|病友|患儿|人群)/),
      // Everyone, every type or every site, then a result: 人人都能见效, 任何年龄段的患者都能获得理想的复色效果.
      p(/(?:无论|不论|不管|任何|各种|各类|各型|所有|人人|个个|每个人|每一?位患者|每一?(?:个|位|名)(?:患者|孩子|患儿|病人|顾客|宝宝|小朋友|求美者)|男女老少)[^。;!?]{0,16}?(?:都|均|全)(?:能|可以|可|会|有|一样)[^。;!?]{0,12}?(?:满意|理想|见效|有效|治好|复色|好起来|康复|适用|疗效|效果好|长出|恢复|如初|(?:让|使|帮)(?:您|你|患者|孩子)[^,，。;!?]{0,4}?睡(?:个|上)?好觉|根本(?:改善|好转|解决)|彻底(?:改善|解决))|用了?就(?:有效|见效|好|管用|灵)/),
      // Round forty-two (batch BY): every patient who comes, each said to reach a cure (能够让每一位前来就诊的患者都达到临床治愈); the
      // subject may carry a few words before 患者, the verb is reaching or obtaining; a comma between them (并不是都能…) is no promise.
      p(/每一?(?:个|位|名)[^,，。;!?]{0,10}?(?:患者|病人|患儿|孩子|顾客|病友)[^,，。;!?]{0,4}?(?:都|均)(?:能|可以|会)?(?:达到|实现|获得|得到)(?:临床)?(?:治愈|痊愈|康复|根治|完全复色|彻底(?:康复|治愈))/),
      // Structural (round four): every type, course or extent (对各型银屑病都有效, 不管病程多长、面积多大，…都能看到效果).
      // Round twelve: whatever the case, a long list later, everything gets well (不管是几十年的老胃病还是刚得的胃炎，来我们这里
      // 调一调，统统都能好): the frame may open a long sentence, and the result may be a bare 好.
      // Round ninety-eight (batch GX): here and in the 统统 pattern below, the remedy's own verb of curing (不管什么样的老胃病，这套按摩都能调理好) and a
      // bare 治 ending the slogan (浑身的毛病，这一贴全都能治); a question (都能调理好吗) asks.
      p(/(?:无论|不论|不管|甭管)[^。;!?]{0,36}?(?:统统|通通|全都|全部|一律|都|就)(?:能|会|可以|可)(?:好|治好|治愈|好起来|搞定|解决|调好|调理好|养好|根治|治)(?=[了的啦!！,，。~～]|$)/),
      // Round one hundred and nine (batch HU), in the pattern below: 任何 with a kind, a degree or a skin type in place of 不管 (任何类型的疤痕，用这套方法都能
      // 改善; 任何程度的妊娠纹都可以看到效果); a denial (并不是任何类型的疤痕都能改善) is left to the negation.
      p(/(?:对|适用于)(?:各型|各种|各类|所有|任何|一切|各期|不同类型)[^。;!?]{0,10}?(?:都|均)(?:有效|见效|能治|可治|管用|适用)|(?:不管|不论|无论|任何(?:类型|分型|程度|部位|肤质))[^。;!?]{0,20}?(?:都|均)(?:能|可以|会)(?:看到|见到|获得|取得)?[^。;!?]{0,4}?(?:效果|疗效|好转|改善|复色|见效)/),
      // Round fifteen: whatever the kind, the treatment suits and works (不管你是哪种头痛，我们的针灸疗法都适用); refine() asks for a treatment.
      // Round one hundred and thirteen (batch IB), in the pattern below: an adverb of certainty between (不管你是什么肤质，这套方案都一定有效; 无论痘印深浅，都肯定见效);
      // 都一定要先做皮肤测试 and 都不一定有效 are not read.
      p(/(?:不管|不论|无论)[^。;!?]{0,30}?(?:都|均|一律)(?:一定|肯定|绝对|必定|必然|保准|准能)?(?:适用|有效|见效|管用)(?![以下面这])/),
      // Round ninety-three (batch GO): the result first and the frame after it (统统能治好：不管你是老寒腿还是肩周炎; 一样都能调好——无论是胃病
      // 还是失眠): the same promise in the other order; refine() asks for a disease or a complaint in the paragraph.
      p(/(?:都|统统|通通|全都|一样)(?:都)?(?:能|可以|会)(?:调好|治好|治愈|好起来|搞定|解决|根治|调理好)[^。;!?]{0,4}?(?:[-—–－,，:：]+\s?)?(?:不管|无论|不论|甭管)(?:是|你是|您是)?[^。;!?]{0,24}?还是/),
      // Round twenty-eight: complaints listed, then all of them sorted at once (五十肩？颈肩痛？腰肌劳损？统统一贴搞定); refine() asks for
      // a disease or a complaint in the paragraph, so that paperwork sorted in one go is not a cure.
      p(/(?:统统|通通|全都|一律|全部)(?:都)?(?:一(?:贴|针|次|剂|招|副|个疗程))?(?:就)?(?:能|可以)?(?:搞定|解决|拿下|摆平|治好|治愈|调好|调理好|根治|治)(?=[了的啦!！,，。~～]|$)/),
      // Round ninety-six (batch GT): the slogan that whoever uses it gains (这碗汤谁喝谁受益, 谁用谁见效, 谁贴谁说好); a question (谁喝谁受益吗？) or a
      // denial (并不是谁用谁见效) is no promise.
      p(/谁(?:用|喝|吃|贴|练|试|泡|灸|按|揉|做|抹|涂|敷|戴)谁(?:受益|见效|有效|说好|管用|好用|灵|健康|年轻|舒服|轻松|满意)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round twenty-five: a result shown, then promised to anyone who follows (只要跟着方案走，谁都能这样); refine() asks for a
      // treatment and a result in the sentence.
      p(/(?:谁|任何人|人人|每个人|每一个人)(?:都|也)(?:能|可以|会)(?:像[^,，。;!?]{1,6}?)?(?:这样|做到|一样)/),
      // Round fifty-four (batch DH): every age, type or course listed before the patients, then all said to suit (所有年龄段、所有分型的
      // 患者均适用, 各型各期的病友全部有效); refine() asks for a treatment in the sentence, so that a notice for all patients is not a cure.
      p(/(?:所有|各种|各类|任何|各型|一切|不同)[^,，。;!?]{0,14}?(?:患者|病人|病友|患儿|人群|类型|分型|肤质)(?:都|均|全部|一律|全都)(?:适用|有效|见效|管用)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round sixty-two (batch EE): every kind of disease, then all said to be dealt with by one remedy (各类皮肤病都能用这一套外洗方解决,
      // 各种过敏都可以靠这一种调理搞定); refine() asks for a treatment in the sentence, so that paperwork sorted online is not a cure.
      p(/(?:所有|各种|各类|任何|一切|多种)[^,，。;!?]{0,8}?(?:病|症|疾病|问题|疹|癣|炎)[^,，。;!?]{0,4}?(?:都|均|全)(?:能|可以|可)(?:用|靠|通过|交给)[^,，。;!?]{1,14}?(?:解决|治好|治愈|搞定|根治|调好|消除|去除)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Session forty-four (recurring misses, 12 rows of the last 30 batches): whatever the kind, colour or degree, the complaint said dealt with by the one remedy
      // or at the clinic, in everyday verbs of coping, removing or stopping (不管什么斑、什么皱纹，这套都能对付; 不管什么颜色的纹身，来这都能洗掉; 手汗脚汗腋下汗，哪种来了都能
      // 止住; 不管哪种类型，到我们这儿都能压下去; 各种胎记、纹身，一站式全能搞定): the result promised to every case. refine() asks for a complaint in the sentence, so that
      // 不管什么天气，我们都有办法 is not read; a question and a denial (并不是什么斑都能淡化) are not read.
      p(UNIVERSAL_DEALT),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      // Session forty-four: whatever the kind, the complaint dealt with in everyday verbs needs a complaint named in the sentence.
      if (UNIVERSAL_DEALT_WHOLE.test(hit) && !/管用$/.test(hit)) return COMPLAINT_NAMED.test(c.norm.slice(Math.max(0, c.start - 30), c.end)) || /纹|指甲/.test(c.sentence);
      // Round ninety-five (batch GR): an exercise, a point pressed or a home remedy sold as treatment (这套功法, 按揉这两个穴位, 拔罐, 方子).
      const treated = /疗法|方案|治疗|药|调理|针灸|推拿|理疗|艾灸|我们|本院|我院|本中心|技术|手术|项目|疗程|膏|功法|穴|按揉|按压|按摩|刮痧|拔罐|方子|偏方|食疗/.test(c.sentence);
      // Round thirty-one: each has its own indications (各种方法都有适用人群和局限): the caveat, not a cure for all.
      if (/^(?:各种|各类|所有|任何)[^。;!?]*(?:都|均)有(?:各自的?|自己的?|一定的?|其)?(?:适用|适应)/.test(hit) && /(?:适用|适应)(?:人群|范围|证|症|条件)|局限|不足|禁忌/.test(c.sentence)) return false;
      if (/^(?:所有|各种|各类|任何|各型|一切|不同)[^,，。;!?]*(?:患者|病人|病友|患儿|人群|类型|分型|肤质)(?:都|均|全部|一律|全都)(?:适用|有效|见效|管用)$/.test(hit)) return treated;
      if (/^(?:适合|适用于|适用)(?:所有|一切|任何|各种|各类)[\u4e00-\u9fff的]{1,8}?(?:患者|病人|病友|患儿|人群)$/.test(hit)) return treated;
      if (/^(?:都|一样)/.test(hit) && /(?:不管|无论|不论|甭管)/.test(hit)) return c.paragraphHas(OTHER_DISEASE) || c.paragraphHas(/[\u4e00-\u9fff](?:炎|痛|疼|症|癣|疹|病|压|糖)(?![人房历号假])/);
      if (/^(?:统统|通通|全都|一律|全部)/.test(hit)) return c.paragraphHas(OTHER_DISEASE) || c.paragraphHas(/[\u4e00-\u9fff](?:炎|痛|疼|症|癣|疹|病)(?![人房历号假])/);
      if (/^(?:谁|任何人|人人|每个人|每一个人)(?:都|也)(?:能|可以|会)[^,，。;!?]*(?:这样|做到|一样)$/.test(hit)) return treated && /变小|缩小|见效|有效|复色|好了|消|淡|改善|效果|长出|白斑|痘|斑/.test(c.sentence);
      if (/^(?:所有|各种|各类|任何|一切|多种)[^,，。;!?]*(?:用|靠|通过|交给)[^,，。;!?]*(?:解决|治好|治愈|搞定|根治|调好|消除|去除)$/.test(hit)) return treated;
      // Round sixty-six (batch EL): the using itself names the product (不管油皮干皮，不管长了几年，用了都有效; 无论哪种体质，喝了都管用).
      // Round ninety-five (batch GR): or the practising (不管多大年纪，练上都能见效).
      // Round one hundred and two (batch HG): or the product pointed at after the verb (不管哪种体质，喝这款茶都管用; 无论长在哪儿，抹它都见效).
      return !/^(?:不管|不论|无论)[^。;!?]*(?:适用|有效|见效|管用)$/.test(hit) || treated || /(?:用|涂|抹|擦|吃|喝|贴|敷|服|泡|洗|练|按|揉|灸|扎)(?:了|过|上)(?:以后|之后|后)?(?:都|均|一律)(?:能|会|可以)?(?:有效|见效|管用)$/.test(hit)
        || /(?:用|涂|抹|擦|吃|喝|贴|敷|服|泡|洗|练|按|揉|灸|扎)(?:了|过|上)?(?:这|它)(?:个|款|种|招|套|瓶|支|贴)?[\u4e00-\u9fff]{0,3}?(?:以后|之后|后)?(?:都|均|一律)(?:能|会|可以)?(?:有效|见效|管用)$/.test(hit);
    },
    examples: {
      bad: [
        // Session forty-four (recurring misses): new shapes.
        '不管什么样的痘印，我们都能对付', '无论哪种脚汗，来这儿都能止住', '各种色斑、雀斑，这套方案统统能搞定',
        '甭管啥样的疤，交给我们都能养回来', '再难缠的老烂腿，在我们这儿也能长好', { text: '病程再久的糖尿病足，来本中心都能治好', type: 'ad' }, "油皮干皮混合皮，谁来都能调理好", "不管哪种脱发，来了都能长回来", "无论什么类型的斑秃，交给我们都可以让头发长齐", '不管多大多硬的疙瘩，都能打平', '无论多厚的疤，都可以给你压平', '无论痘印深浅，这套祛印疗程都肯定见效', '任何程度的妊娠纹，用我们的方案都能改善', { text: '任何肤质做了这个护理都可以看到效果', type: 'ad' }, "不管是斑秃还是脂溢性脱发，用这个方法都能长回来", "这款膏药谁用都有效果", {"text": "谁来试了都管用", "type": "ad"}, '谁的痘印抹了我们这支膏都能淡掉', '不管哪种痘印，都能淡掉', '无论多顽固的老年斑，统统可以祛除', '不管哪种体质，喝这款茶都管用', { text: '无论痘长在哪儿，抹它都见效', type: 'ad' }, '咱家的药酒“包治百病”，别买假的', '不管什么样的老胃病，这套按摩手法都能调理好', { text: '浑身的毛病，这一贴全都能治', type: 'ad' }, { text: "祖传足浴方，谁泡谁说好", type: 'ad' }, "这套养生操谁练谁受益，老人孩子都适合", "不管年纪多大、体质强弱，这套站桩功练上都能见效", "无论哪种颈椎病，刮痧都管用", { text: "不论是偏头痛还是神经性头痛，按压合谷穴都有效", type: 'ad' }, { text: "我们的膏药专治各类颈肩腰腿痛", type: 'ad' }, { text: "统统能治好：不管你是老寒腿还是肩周炎", type: 'ad' }, { text: "一样都能治好——无论是胃病还是失眠", type: 'ad' }, { text: '无论哪种体质，喝了都管用', type: 'ad' }, { text: '这套中药外洗方适合所有湿疹患者，老人孩子都能用', type: 'ad' }, { text: '本中心的光疗方案适用于各类型斑秃人群', type: 'institution' }, { text: '本疗法对各种病程、各型银屑病患者均有效', type: 'ad' }, '我们的中药方案，不同年龄、不同分型的湿疹病友全部适用', { text: '【无香精配方】适合所有肤质和年龄', type: 'ad' }, { text: '只要坚持照，没有照不好的白斑', type: 'ad' }, '不论节段型还是非节段型、进展期还是稳定期，我们的方案都能让白斑复色', {"text": "湿疹、荨麻疹、皮炎，统统一次搞定", "type": "ad"}, {"text": "我们确保每一位患儿都能恢复正常听力", "type": "institution"}, {"text": "我们的方案能够让每一位前来就诊的银屑病患者都达到临床治愈", "type": "institution"}, "无论年龄大小、病程长短，都能让您睡个好觉", "不管白斑在哪个部位，坚持治疗都能恢复如初", { text: '哪来什么治不好的脱发，只是你没遇到对的医生', type: 'ad' }, '经他治疗的患者无一不复色', '不管是几十年的老胃病还是刚得的胃炎，来我们这里调一调，统统都能好', '甭管什么样的鼻炎，到我们这儿都能治好', '无论轻重，来了就能治', '适合所有类型的白癜风患者', '各种类型的白斑都能治好', '无论病程多长都能复色', '包治百病的好方法', '光疗对白斑效果显著，人人都能见效', '无论白斑长在什么部位，都能取得满意的疗效', '不管病程多长、面积多大，按我们的方案治疗都能看到效果', '只要坚持，没有治不好的白癜风', '不管你是偏头痛还是紧张性头痛，我们的针灸疗法都适用，人人有效', { text: '✅ 有效比例：人人有效', type: 'ad' }, '任何年龄、任何程度的近视，都可以通过我们的训练方案得到根本改善', '按我们的疗程走，谁都能像她一样复色', '脚气、湿疹、股癣，各种癣症都能用这一瓶中药喷剂解决', '各类过敏性皮炎均可通过我们的脱敏疗程根治'],
      ok: [
        // Session forty-four (recurring misses): look-alikes the new shapes must not flag.
        '不管什么天气，我们都有办法准时出诊', '不管哪种湿疹都能止住痒吗？',
        '再深的伤口也能愈合吗？', '再小的伤口，都要先消毒', '不管啥伤口，都要先冲洗干净再看医生', "不是谁用都能修好，屏障受损要先停用刺激产品", "不管哪种脱发，都要先查清原因", "不管哪种产后脱发，大多都能自己长回来", "不管哪种脱发，来了都能先做个毛发镜检查", '不管多大的疤，都能打平吗？', '不管多大的疤，都要先评估能不能打平', '不管什么肤质，都一定要先做皮肤测试', '不管哪种祛斑方法，都不一定有效，要看斑的类型', '并不是任何类型的疤痕都能改善', '任何类型的疤痕都需要先面诊评估，能否改善因人而异', "不是谁用都有效", "谁用都一样要先面诊", "这款膏药谁用都有效果吗？", "无论是斑秃还是雄激素性脱发，都能长出新发吗？要看毛囊是否还在", '谁的皮肤用这个都要先做皮试', '什么斑都能祛掉吗？不一定', '无论哪种斑，都能在门诊预约检查', '不论什么类型的斑，都不能保证全部祛除', '谁的痘印用这个都能淡掉吗？不一定', '不管哪种痘，用这个之前都要先做皮试', '“不管哪种痘，用这个都管用”的说法不可信', '地摊上喊“包治百病”的药酒，千万别买', '不管什么体质，都能调理好吗？要先看医生', '各种小家电的毛病全都能修，上门服务', '无论哪种失眠，调理前都要先查清原因', "所谓“谁用谁见效”的说法并不可信，疗效因人而异", "并不是谁喝谁受益，体质不同效果也不同", "无论哪种颈椎病，刮痧前都要先排除禁忌", "不管哪种头痛，按揉穴位都只能暂时缓解，反复发作要就医", "无论什么年纪，练习前都要热身", "所谓“专治各种皮肤病”的小广告都不可信", "本科室专门治疗各种类型的胃病，由医生评估后制定方案", { text: "都能调好——不管是水温还是药量，护士会帮您", type: 'kepu' }, '不论年龄大小，涂了都有效的药膏并不存在', '不管什么肤质，用了都要注意防晒', '防晒适合所有白癜风患者，出门前涂抹即可', '这份护理建议适用于各类湿疹患者', '光疗并不适合所有银屑病患者，需由医生评估', '以下就诊须知，所有患者均适用', '并非所有类型的白癜风患者都适用光疗，需由医生评估', '【提示】本品并不适合所有肤质，敏感肌请先试用', '无论白斑在面部还是手部，我们都会认真评估', '不论哪一型，复色效果都因人而异', '并非每一位前来就诊的患者都能达到临床治愈，疗效因人而异', '## 几种治疗方式的比较\n各种方法都有适用人群和局限，请在医生指导下选择', "挂号、缴费、取报告，统统一次搞定", "无论年龄大小，都可以通过规律作息睡个好觉，失眠严重时应就医", '哪有什么灵丹妙药，慢性病治不好也能控制好', '不管采用哪种方法，都能好转的说法都不可信', '无论什么年龄，都可以到门诊咨询', '无论轻重，都可以先到门诊看看，医生会评估', '光疗并不适合所有患者', '不同类型的白癜风治疗方案不同', '无论采用哪种治疗，都要定期复诊', '每位患者都可以向医生询问治疗的风险和替代方案', '目前没有任何一种药物能让所有白斑都消退', '不管是哪种类型的头痛，都适用以下处理原则', '无论年龄大小，都适用同样的接种程序', '防晒谁都能做到，关键在坚持', '不是谁都能这样幸运，疗效因人而异', '各类皮肤病的复诊问题都可以通过线上预约解决', '并不是所有皮肤病都能用同一种药膏解决'],
    },
  },
  {
    id: 'efficacy-interpretive',
    category: 'efficacy',
    title: '“说明治疗正在起效”“好转反应”',
    basis: BASIS.efficacy,
    message: '把发红、脱皮等反应解读为“治疗正在起效”或“好转反应”，是在暗示疗效；这些反应与疗效没有确定的对应关系。',
    suggestion: '说明这是常见反应、通常持续多久、什么情况要复诊，是否有效由医生复诊时评估，例如“可能提示……，需要复诊由医生判断”。',
    levels: levels('WWEW'),
    patterns: [
      // Round thirty-six (batch BJ): a reaction called a "reaction of getting better" (口干、大便次数增多，这是好转反应); the words quoted as
      // a trader's excuse ("好转反应"是一些不良商家常用的说法) assert nothing, since nothing is said to be one.
      p(/(?:这|此|这些|都|均|也|皆)(?:是|属于|就是|叫做?|称为|为)(?:正常的?|典型的?|常见的?|一种)?[“"「]?(?:好转反应|瞑眩反应|排病反应|排毒反应)/, { shift: 1 }),
      // Round one hundred and twenty (batch IQ), in the pattern below: 属 alone and the drug named before the stage (甲周红肿，属药物起效期正常表现).
      // Round one hundred and twenty (batch IQ): a reaction read as proof that the drug or the plan is the right one (脱皮更厉害，说明药用对了; 发痒，证明方子对症了),
      // and the stronger the reaction, the more it works (越痒说明越见效; 越红代表越管用): the reaction taken for the effect. 不代表用对了药, 是否说明, a question and
      // 说明对症状要重视 are not read.
      p(/(?<=(?:痒|红|痛|疼|肿|胀|热|烫|麻|脱皮|脱屑|起皮|疹|反应)[^。;!?]{0,20}?)(?<!是否|能否|可否|不|并不|不能)(?:说明|证明|表明|代表|意味着)(?:这)?(?:药|药膏|药水|方子|方案|治疗|路子)?(?:是)?(?:用|选|开|找)?对(?:了|路|症(?!状))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|越(?:痒|红|疼|痛|肿|烫|热|麻|脱皮|明显|厉害)[^。;!?]{0,4}?[,，]?\s?(?<!不|并不)(?:说明|证明|表明|代表|意味着)[^,，。;!?]{0,6}?越(?:见效|有效|管用|起效|好得快|快好)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and nineteen (batch IN): a reaction called a stage of getting better (抹药后更红更肿是好转期; 起疹子属于排毒阶段): the reaction read as
      // the treatment working, as 好转反应 is; a denial (不是好转期), a question and a stage named with no reaction before it are not read.
      p(/(?<=(?:痛|疼|痒|红|肿|胀|发热|发烫|灼热|脱皮|脱屑|疹|渗液|流水|起泡|水疱|反应)[^。;!?]{0,12}?)(?<![不非]|并不|并非)(?:是|属于?|叫|算)(?:正常的?)?(?:药物|用药|治疗|药膏|药)?(?:好转|排毒|排病|瞑眩|起效|见效|康复前的?)(?:期|阶段)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round sixty-six (batch EL): a reaction called the treatment at work, with 是 instead of 说明 (这是药物正在发挥作用的好转迹象,
      // 脱皮也是药膏在起效); a genuine question (这是药物在起效吗？) or a denial (这并不是药物在起效) asserts nothing.
      // Session forty-four (recurring misses, 1 row of the last 30 batches): 那是 as 这是 (前两周看着更糟，那是方案在发挥作用).
      p(/(?:这|此|都|也|这些|那)(?:就|正|恰恰|其实)?(?:是|属于)(?:药物|药力|药效|药膏|乳膏|软膏|中药|药|治疗|疗法|光疗|方案)(?:正在|已经|开始|在)(?:发挥作用|起作用|发挥药效|起效|生效|见效)(?![^,，。;!?]{0,8}?(?:吗|么|[?？]))/),
      // Round ninety-one (batch GJ): a reaction called the sign of the treatment working (这正是药物见效的表现, 刺痛就是治疗起效的信号);
      // only after a discomfort or a skin reaction (刺痛, 发红, 脱皮, 灼热感): a real outcome (出汗、体温下降，是药物起效的表现) is no reading of a
      // reaction; a denial (并不是药物见效的表现), a question (这是起效的信号吗？) or a hedge left to a doctor asserts nothing.
      // Session forty-four (recurring misses, 1 row of the last 30 batches), in the pattern below: hair shed more or a worsening before the sign (刚用时掉得更多，
      // 说明坏头发在被新头发顶掉，是好转的信号).
      p(/(?<=(?:痛|痒|红|脱皮|脱屑|灼|热感|肿|疹|红点|水疱|刺激|不适|反应|掉得更多|掉得越多|掉发|加重|增多)[^。;!?]{0,30}?)(?<!不|非|未必|不一定|未必就)(?:是|属于)(?:治疗|疗法|药物|用药|药膏|药力|药|光疗|方案)?(?:正在|已经|开始)?(?:起效|见效|奏效|起作用|生效|好转)的(?:信号|标志|表现|迹象|征兆|象征)(?![^,，。;!?]{0,8}?(?:吗|么|[?？]))/),
      // Round thirty-five (batch BG): 这恰恰说明治疗方向是对的; 白斑出现小黑点=黑色素恢复中.
      // Round one hundred and fifteen (batch IG): a reaction read as things heading the right way (痒得厉害正好，说明在往好里走; 发红了，表明正在往好的方向发展);
      // a question, a denial (并不说明在往好里走) and a reading with no reaction before it (指标下降，说明在往好的方向走) are not read.
      // Round one hundred and twenty-two (batch IU): the same reading said with 这是 / 那就是 instead of 说明 (痒得更厉害了别慌，这是在往好里走; 脸上红了，那就是
      // 往好的方向发展); still only after a reaction, and a question or 这不是 is not read.
      p(/(?:恰恰|正好|正)说明[^,，。;!?]{0,8}?(?:是对的|有效|起效|见效|在好转)|(?<=(?:痒|红|痛|疼|肿|胀|热|烫|麻|脱皮|反应)[^。;!?]{0,12}?)(?<!是否|能否|可否|不|并不|不能)(?:说明|证明|表明|意味着|代表|(?:这|那)(?:就|正|其实)?是)[^,，。;!?]{0,4}?(?:正在|在|已经|开始)?往好(?:里|处|的方向)(?:走|发展|转)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|离(?:痊愈|复色|康复|治好|好)(?:已经|就)?不远了|(?:小黑点|黑点|色素点|色素岛|发红|发痒|变粉)(?:=|等于|就是|代表|意味着)?(?:黑色素|色素)(?:正在)?(?:恢复|再生|生成)中/),
      // Round ninety-eight (batch GX): no reaction or no change read as the body or the treatment working quietly all the same (用药后没什么感觉，
      // 说明药力正在慢慢起效; 没变化是因为身体在悄悄修复): the absence of any effect is read as the effect; a denial (没有反应不代表药物在起效) or a
      // question reads nothing.
      p(/(?:没(?:有|啥|什么)?|无|不见)(?:任何)?(?:反应|感觉|变化|动静)[^。;!?]{0,6}?(?<![不非])(?:说明|证明|表明|代表|意味着|是因为)[^,，。;!?]{0,6}?(?:身体|身子|体内|机体|细胞|经络|气血|药力|药效|药性|药|调理|治疗|疗法)[^,，。;!?]{0,3}?(?:正在|在|已经|开始)(?:悄悄|慢慢|默默|一点点|逐渐|不断)?(?:地)?(?:修复|起效|见效|调整|调理|恢复|排毒|起作用|发挥作用|好转|自愈)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 8 rows of the last 30 batches): a worsening in a case note's words called a stage or a sign of the treatment working
      // (皮损较前增多，考虑为治疗起效期表现; 软疣刮除后周围新发数个皮损，属治疗后排异期; 斑色一过性加深，为色素外排期表现; 皮疹一过性加重，系药物起效之征; 前几天冒痘
      // 叫清出期), and a worsening followed by 提示 the treatment works (局部色泽加深，…提示激光已起效; 出汗增多，…提示手术起效; …提示疗效良好): the worsening
      // read as the effect. A denial (不属于起效期), a plain 提示病情好转 after an improvement, and 未见加重 are not read.
      p(/(?<=(?<!未见|未|无|没有|不)(?:加重|加深|增多|新发|新起|冒痘|起疹|发红|红肿|脱皮|瘙痒)[^。;!?]{0,16}?)(?<![不非]|并不|并非)(?:考虑为|考虑是|系|属于?|为|叫|算)(?:正常的?)?(?:治疗|药物|用药|手术|激光|光疗|药)?(?:后)?的?[\u4e00-\u9fff]{0,2}?(?:起效|好转|排异|外排|清出|排毒|排病|见效)(?:期|阶段|之征|之兆|之象)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?<=(?<!未见|未|无|没有|不)(?:加重|加深|增多|新发|新起|反弹|返黑|变深)[^。;!?]{0,30}?)(?<!可能|或)提示(?:治疗|药物|用药|手术|激光|光疗|方案|疗法)?(?:已经?|正在)?(?:起效|见效|奏效|有效|生效|疗效(?:良好|显著|确切|满意))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 1 row of the last 30 batches): a worsening read as the body pushing out with no subject named (前两周加重一点是正常的，
      // 那是在往外排; 红疹变多了，这是在往外透); only after the worsening, and a question is not read.
      // Round one hundred and twenty-four (batch IY): the drug's strength or the scalp named as what pushes (屑反而多，是药劲在往外顶), the skin said to be rebooting or
      // renewing itself (头屑变多别慌，这是头皮在重启), and a bare 是 right after the comma; still only after the worsening, and 不是 or a question is not read.
      p(/(?<=(?:加重|加深|增多|变多|更多|反而多|多了|冒痘|爆痘|起疹|红疹|痒|发红)[^。;!?]{0,16}?)(?:(?:那|这)(?:就|其实|正)?是|(?<=[,，]\s?)(?:其实|就)?是)(?:身体|药劲|药力|药效|药|头皮|皮肤)?(?:在|正在)(?:(?:往外|向外)(?:排|透|发|走|拱|顶|赶|推)|重启|换新|更新|洗牌|大扫除|自我更新|自我清理)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 1 row of the last 30 batches): a slow change or none said to be the treatment working all the same (颜色淡得慢也是在
      // 起作用，只是肉眼看不出来; 没什么变化其实也在起效): the absence of the effect read as the effect; a question is not read.
      p(/(?:慢|不明显|没(?:有|啥|什么)?(?:变化|反应|感觉)|看不出(?:来)?)[^。;!?]{0,6}?(?:也|其实|同样|照样|一样)(?:是)?(?:在|正在)(?:起作用|起效|见效|发挥作用|生效)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:在|正在)(?:起作用|起效|见效|发挥作用)[^。;!?]{0,4}?只是(?:肉眼|你|您|我们)?(?:看不出|看不见|感觉不到)/),
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): the reaction the stronger, the better the effect, with or without a reading word between
      // (红得越明显修复效果越好; 颜色越深代表效果越好; 泡越大效果越好), and the more it sheds, the more it shows the treatment at work (洗头掉得越多，越说明在换新发):
      // only after a reaction or a colour; a question is not read.
      p(/(?<=(?:红|痒|痛|疼|肿|热|烫|脱皮|泡|颜色|色|黑|掉)(?:得)?)越(?:明显|深|重|厉害|多|大|红|痒|黑)[^。;!?]{0,4}?[,，]?\s?(?<!不|并不)(?:就|才)?(?:说明|证明|表明|代表|意味着)?[^,，。;!?]{0,4}?(?:效果|疗效)越(?:好|明显|显著)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|越(?:多|厉害|明显|红|痒|疼|痛|深|黑)[^。;!?]{0,4}?[,，]?\s?越(?:是)?(?:说明|证明|表明|代表|意味着)(?:是)?(?:在|正在)?[^,，。;!?]{0,6}?(?:换新|新发|新头发|起效|见效|有效|好转|往外|排|修复|恢复|再生|管用)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 2 rows of the last 30 batches): a reaction read as pigment, collagen, hair or the skin's barrier coming back (照光后白斑
      // 发红发痒，说明色素正在恢复; 脸上发红脱皮，这其实说明胶原蛋白正在重新生长): the reaction taken for the effect; 可能提示, 是否说明 and 不说明 are not read.
      p(/(?<=(?:红|痒|痛|疼|肿|热|烫|麻|脱皮|脱屑|疹|掉|反应)[^。;!?]{0,20}?)(?<!是否|能否|可否|不|并不|不能|可能|或许|也许)(?:说明|证明|表明|意味着|提示)[^,，。;!?]{0,4}?(?:黑色素|色素|毛囊|胶原(?:蛋白)?|新发|新头发|皮肤屏障|屏障|新皮)(?:正在|在|已经|开始)(?:被)?(?:重新)?(?:恢复|再生|生成|重建|生长|长|激活|唤醒|换新|修复)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round sixty (batch EA): a genuine question whether a sign means it works (是否代表治疗有效需要医生判断, 能否说明药物起效) asserts nothing.
      p(/(?<!是否|能否|可否)(?:表明|说明|证明|意味着|代表|标志着|预示着?)(?:治疗|疗法|药物|用药|光疗|方案|药力|药效|药)?(?:正在|已经|开始|已)?(?:起效|有效|见效|奏效|成功|起作用|生效)|(?:表明|说明|证明|意味着)(?:治疗|疗法|药物|用药|中药|调理|方案|药)(?:正在|已经|开始|已)?(?:把)?[^,，。;!?]{0,4}?(?:调节|调理|调整|调|修复|理顺|调和)好了|好转反应|排毒反应|排病反应|排(?:寒|湿)反应|排毒|排(?:出)?宿便|(?:排出|排除|排掉|清除|清出)(?:体内|身体里|身体|肠道里?|肠道内)?的?(?:毒素|毒气|湿毒|浊毒)|(?:清理|清除|清扫|扫除|冲刷|清)(?:掉|干净)?(?:了)?血管(?:里|中|内|壁上)?的?(?:垃圾|毒素|杂质|废物|脏东西)|(?:把|将)血管(?:里|中|内|壁上)?的?(?:垃圾|毒素|杂质|废物|脏东西)[^,，。;!?]{0,4}?(?:清|冲|排|扫|刷)|血管清道夫|瞑眩反应|毒素(?:正在|已经|在)?(?:排出|排掉)|气血(?:通了|畅通了)|药力(?:在|正在)?发挥|药效(?:在|正在)?(?:起作用|发挥)/),
      // Round ninety-five (batch GR): a food or an exercise likened to washing or cleaning an organ (一杯淡盐水相当于给肠胃做了一次大扫除; 就像给血管
      // 洗了个澡): detox said as a picture; the organ's own work named as such (肝脏相当于给身体做清洁的工厂) is physiology, not a claim.
      p(/(?:相当于|等于|好比|就像|如同|犹如|堪比)(?:是)?(?:每天|天天|定期|经常)?(?:在)?给(?:你|您)?的?(?:肠道|肠子|肠胃|胃肠|血管|肺|肺部|肝|肝脏|肾|肾脏|身体|全身|五脏六腑|内脏|细胞|血液|心肺|大脑)[^,，。;!?]{0,3}?(?:洗(?:了)?(?:个|一个|一次|一回)?澡|(?:做|来|搞)(?:了)?(?:一次|一场|一回|个)?(?:深度|彻底的?|全面的?)?(?:清洁|大扫除|扫除|清扫|清洗|排毒|spa|保洁|洗涤))(?!的|工作|功能)/),
      // Round one hundred and sixteen (batch IH): the drug's strength said to have come up, in everyday words (脸越紧越干，说明药劲儿上来了; 喝完浑身冒汗，
      // 证明药力起来了): a reading of the feeling as the drug at work. The plain warning with no reading word (药劲上来了会犯困，别开车), a question and
      // 是否说明 are not read.
      p(/(?<!是否|能否|可否|不|并不|不能)(?:说明|证明|表明|意味着|代表)(?:是)?(?:药劲儿?|药效|药力|药性)(?:已经|开始|正在|慢慢|终于|都)?(?:上来|起来|发出来|发挥出来)(?:了)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-three (batch GO): a reading or a sign taken as the disease itself reversing or cured (血糖降下来了，说明糖尿病已经在逆转;
      // 皮疹退了，证明湿疹已经断根): 好转 (a case note's 提示病情好转) is not read, and a denial (不代表糖尿病已经逆转) asserts nothing.
      p(/(?<!是否|能否|可否)(?:说明|证明|表明|意味着|代表)[^,，。;!?]{0,8}?(?:病|炎|症|疹|癣|压|病情)(?:已经|正在|开始|已)?(?:在)?(?:被)?(?:逆转|治愈|痊愈|根治|断根|除根)/),
      // Round one hundred and eight (batch HS): a worsening or a rash read as the poison or the pathogen coming out, in the old words 外透 / 外发 / 外散 (喝药后
      // 疹子先多起来，说明毒正在外透; 红疹冒得多，表明热毒在往外发): the reaction read as the treatment working; 是否说明 asks, and 不说明 denies.
      p(/(?<!是否|能否|可否|不|并不|并不能|不能)(?:说明|证明|表明|意味着)[^,，。;!?]{0,4}?(?:毒|热毒|湿毒|火毒|寒毒|邪|病邪|风邪|湿邪|邪气|毒气)(?:正在|已经|在|正)?(?:往外|向外|外)(?:透|发|散|排)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Session forty-four (recurring misses, 1 row of the last 30 batches), in the pattern below: the root of the illness said to retreat outwards (皮屑越掉越多，
      // 说明病根在往外退) as it is said to go out.
      // Round twelve: something bad said to be leaving the body (是体内毒素在往外排, 寒气正往外走), and the amount of a
      // discharge read as how thoroughly the disease goes (排出的黏液越多，说明寒湿清得越彻底).
      p(/(?:毒素|毒气|湿毒|寒气|湿气|寒湿|病气|邪气|浊气|病根|脏东西|积食|淤血|瘀血|痰湿)(?:正在|已经|都|在|正)?(?:(?:往外|向外|往下|(?:从|顺着|沿着|通过|经由)[^,，。;!?]{1,4}?)(?:排|走|跑|冒|散|出|退|透)|被?(?:排|清|逼)(?:了)?(?:出来|出去|出体外|干净))|(?:排|放|刮|拔|逼)(?:了)?出(?:来|去)(?:了)?[,，]?\s?(?:(?:这)?病(?:就|也就|便)?(?:去|好|除|消)了(?:一大半|大半|一半|多半|七八成)|(?:病)?(?:就|也就|便)(?:好了|没事了|痊愈了))|(?:清除|排出|排掉|化掉|逼出|拔出)(?:体内|身体里|身上)?的?(?:热毒|湿毒|毒素|寒气|湿气|邪气|病气|淤毒|瘀毒|火毒)的?(?:表现|反应|过程|现象|信号)|越(?:深|紫|黑|多|重)[^。;!?]{0,4}?[,，]?\s?(?:说明|证明|表明|代表)[^。;!?]{0,8}?(?:湿气|寒气|湿毒|毒素|淤堵|瘀堵|火气|寒湿|病气|邪气)越(?:重|多|大|深|严重|厉害)|越(?:多|快|厉害|明显|黑|臭|浓)[^。;!?]{0,4}?[,，]?\s?(?:说明|证明|表明|代表|意味着)[^。;!?]{0,16}?越(?:彻底|干净|好|快|多|到位)/),
      // Round fifteen: a result or a reaction read as proof that the clinic's treatment works (说明我们的方案已经把病毒清除了, 这就
      // 证明我们的疗法对您完全有效); the meridians being opened right now (之前堵住的经络正在被打通). A drug's intended effect read
      // by the reader (降压药…说明药物在起作用) names no treatment of the clinic.
      // Round sixteen: a worsening read as the treatment being on the right track (说明治疗方向完全正确), and hidden lesions
      // said to be pulled out by the drug (药物把隐藏的病灶“拔”了出来).
      // Round sixteen: a symptom's relief read as the disease gone, and follow-up waved away (咳嗽减轻，说明炎症已基本吸收，无需再复查).
      // Round twenty-five: the treatment said to have reached the root of the disease (这就说明药物已经打到病根上了).
      // Round twenty-nine: poison leaving along a path (毒素顺着毛孔排出来了), meridians opened with no tense word (经络被打通), and
      // a worsening read as the direction being right with no treatment named (说明方向对了).
      p(/(?:说明|证明|表明|意味着)[^,，。;!?]{0,6}?(?:药物|药力|药效|药性|治疗|疗法|光疗|药)[^,，。;!?]{0,4}?(?:打到|作用到|到达|直达|达到|渗透到|攻到|找到|抓住)(?:了)?(?:病根|病灶|根源|病源|根上|深层|根部)/),
      p(/(?:说明|证明|表明|意味着)[^,，。;!?]{0,12}?(?:已经?|基本)(?:基本|完全|彻底)?(?:吸收|消散|消退|痊愈|治愈|好了|康复|清除|控制住)[^。;!?]{0,6}?[,，]?\s?(?:无需|不用|不必|不需要|可以不)(?:再)?(?:复查|复诊|随访|检查|用药|吃药|治疗|拍片)/),
      p(/(?:说明|证明|表明|意味着)(?:我们的?|这个|这套|该)?(?:(?:治疗|用药|方案|疗法|方法|调理)(?:的)?(?:方向|思路|路子)?|方向|思路|路子)(?:是)?(?:完全|绝对|十分|非常)?(?:正确|对路|没错|对了)|把[^,，。;!?]{0,6}?(?:病灶|病根|毒素|湿毒|寒气|湿气|邪气|病气|脏东西)["”」』]?(?:都|全)?["“「『]?(?:拔|逼|引|透|托|赶)(?:发|散)?["”」』]?(?:了)?(?:出来|出去|出体外)/),
      p(/(?:说明|证明|表明|意味着)[^,，。;!?]{0,6}?(?:我们|本院|我院|本中心|这套|这个|该)[^,，。;!?]{0,3}?(?:方案|疗法|调理|方子|膏方|治疗|针法|理疗|疗程)[^,，。;!?]{0,6}?(?:已经|正在|开始|已|完全|确实)?(?:起效|有效|见效|奏效|成功|起作用|生效|对(?:您|你)?(?:完全)?有效|把[^,，。;!?]{1,6}?(?:清除|消灭|化掉|消掉|治好|排出|打通|赶走))|(?:经络|经脉|气血)[^,，。;!?]{0,2}?(?:(?:正在|在|已经?)被?|被)(?:打通|疏通|冲开)|(?:说明|证明|表明|意味着)(?:结节|结石|肿块|囊肿|息肉|斑块|病灶|增生|骨刺|肌瘤|毒素|病根)[^,，。;!?]{0,4}?(?:正在|已经|开始)被?(?:化掉|消掉|化开|溶解|溶掉|打散|软化|消散)/),
    ],
    negation: 'suppress',
    // 与“排毒”无关: the word quoted in order to deny it.
    // Round thirteen: the word taken for something it is not (把痧当成“排毒”) is being corrected.
    // Round ninety-four (batch GP): detox said in other words, the toxins put out (揉腹能疏通肠道、排出毒素) and the blood vessels swept of
    // rubbish (能把血管里的垃圾清干净, 血管清道夫); and the claim as what someone says, then corrected (有人说脚贴变黑是在排毒，其实只是汗液…),
    // as the safety rules read it.
    // Round ninety-nine (batch GZ): also with 是 between (以为是“排毒”, 误认为是排毒反应).
    // Round fifty-five (batch DL): the word quoted to be denied as a concept (您说的“好转反应”不是医学概念; 所谓“排毒反应”缺乏科学依据).
    refine: (c) => !safetyClaimDenied(c.norm, c.start, c.end, c.sentence, c.sentenceStart) && !/(?:当成|当作|看成|看作|误认为|误以为|以为|视为|说成)(?:是)?["“「『]?$/.test(c.norm.slice(Math.max(0, c.start - 6), c.start)) && !/^["”」』]?\s?(?:无关|没有关系|没关系|是两回事|不是一回事|是误解|是谣言|不成立|没有(?:科学)?(?:依据|根据)|(?:并)?不是(?:一个)?(?:医学|科学|正规)?(?:的)?(?:概念|术语|说法|诊断)|(?:并)?不属于(?:医学|科学)|缺乏(?:科学)?(?:依据|根据|证据)|(?:只)?是(?:一些)?(?:不良)?(?:商家|卖家|机构)的?(?:说辞|借口|托词|话术))/.test(c.norm.slice(c.end, c.end + 12)) && !/(?:与|和|跟)["“「『]?$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start)),
    examples: {
      bad: ['湿疹霜抹了三天皮疹反而增多，属用药起效期，继续涂', '开始用去屑露那周头屑多了，其实是药力在往外推', { text: '前几天头皮反而更痒，这是皮肤在自我更新，坚持洗', type: 'ad' }, { text: '复诊：斑色较前加深，提示治疗已起效，继续原方案。', type: 'case' }, { text: '患儿皮疹较前增多，系药物起效之兆，嘱继续外用。', type: 'case' }, '泡完药浴红疹变多，这是在往外透，别停', '斑淡得慢其实也在起作用，只是你看不出', '抹药后脱皮越厉害，效果越好', '洗头时头发掉得越多，越说明新发在长', '照光后白斑发痒，说明黑色素正在被激活', '这两天看着更严重，那是药物在起作用', '越脱皮代表越管用，别停', '涂药后刺痛，属药膏起效阶段，坚持用', '换药后起了一片小红疹，属于排毒阶段', { text: '敷完发痒发烫是正常的好转期，别停药', type: 'ad' }, '脸越紧越干，说明药劲儿上来了', '喝完浑身冒汗，证明药力起来了', '回复：痒得厉害正好，说明在往好里走', '抹完药膏脖子又红又痒，别担心，那就是在往好的方向发展', '打完针发红了，表明正在往好的方向发展', '换了新方子，身上红点反而冒得更多，表明热毒在往外发', "这款脚贴能排毒，以为是假的？试试就知道", '贴了三天没什么感觉，说明药力正在慢慢起效', { text: '用了一周没有任何变化，那是因为身体在默默调整', type: 'ad' }, "睡前一杯淡盐水，相当于给肠胃做了一次大扫除", { text: "每周吃两次黑木耳，就像给血管洗了个澡", type: 'ad' }, "坚持爬山，等于天天给心肺做深度清洁", { text: "这款酵素能帮肠道排出毒素，一身轻松", type: 'ad' }, "每天一杯木耳水，把血管壁上的垃圾冲干净", "皮疹退了，证明湿疹已经断根", { text: "吃了两周，指标正常了，这说明高血压正在逆转", type: 'ad' }, '涂药后局部有些刺痛，其实正是药物见效的表现，忍一忍就过去了', '涂药后局部脱皮，这是药膏在起效，继续涂就行', '照光后白斑边缘发红，说明治疗有效，请继续坚持', "服药初期出现口干、大便次数增多，这是好转反应，坚持服用即可", '这恰恰说明治疗方向是对的', '白斑出现小黑点＝黑色素恢复中', "用药后白斑周围发痒是yao xiao在发挥作用的表现", { text: '用药后患者皮疹增多，医生解释这是药物把深层的毒素透发出来', type: 'case' }, '用药第三天就能睡整觉，这说明药物已经调节好了他的神经功能', "扎完针后腿脚发麻，提示气血已经疏通", '吃了三天药，嗓子不疼了，说明扁桃体炎已经好了，不用再吃药', '换药后白斑变红，说明我们的治疗方向完全正确', '艾灸能把体内的寒气“逼”出来', '孩子推拿后哭闹是正常的，那是积食在往下走，很快就好', '服药一周后大便次数增多，这是肠道在排宿便', '拔罐后罐印颜色越深，说明体内湿气越重，拔出来就好了', '服药后出现口干、便秘，是药物在清除体内热毒的表现', '咳嗽加重、痰变多，是肺里的脏东西被排出来了', '刮痧出的痧越黑，排出来病就去了一大半', '脱皮说明治疗正在起效', '出现红斑表明药物已经见效', '这是正常的好转反应', '小便颜色变深，是体内毒素在往外排', '排出的黏液越多，说明体内的寒湿清得越彻底', '艾灸后打嗝放屁，是寒气正在往外走', '复查时抗体滴度下降，说明我们的方案已经把病毒清除了', '报告显示炎症指标下降了，这就证明我们的疗法对您完全有效', '做完理疗反而更疼了？因为之前堵住的经络正在被打通', '刮出的痧颜色越深，代表体内淤堵越严重', '复查B超结节变小了，这就说明结节正在被化掉', '刷酸第一周痘痘冒得更多，说明皮肤里的脏东西被清出来了', '敷药后局部微热，说明药性已经渗透到病灶了', '出现排病反应不用怕，坚持用药', '泡脚后脚底渗出黏液，就是毒素顺着毛孔排出来了', '针灸后局部酸胀，是经络被打通了', '用药后关节更疼了，说明方向对了', '复诊时白斑没有扩大，说明药力已经起效'],
      ok: ['冬天头屑变多，是空气干燥的缘故', '头屑变多了，这不是头皮在重启，是过敏，要停用', '头皮痒得厉害，是药劲在往外顶吗？', { text: '治疗第2周皮损未见加重，提示治疗有效，继续原方案。', type: 'case' }, { text: '皮损较前增多，考虑为病情进展，调整方案。', type: 'case' }, '红肿加重不属于起效期，要停药复诊', '结痂颜色深浅和效果好坏没有关系，别去抠', '皮肤发红，可能提示色素正在恢复，也可能是晒伤，要复诊', '斑淡得慢是在起作用吗？要复诊时由医生判断', '越晒越黑，越说明要做好防晒', '涂药后发红不代表用对了药，要复诊', '发痒说明对药膏过敏，应停用', '红肿说明对症状要重视，别拖', '术后红肿不属于好转期，要复诊', '伤口越来越红越来越痛是感染，不是好转期', '发红发痒是好转期吗？', '烫伤后的第二周进入好转期，创面开始结痂', '这药吃了容易犯困，药劲上来了就别开车', '嗓子发干，是否说明药效上来了，要问医生', '打针后发痒，并不说明在往好里走，要告诉医生', '痒得厉害，是不是说明在往好里走？', '手背发红发痒，这不是在往好里走，是过敏了', '天气回暖，这是在往好里走的季节', '指标下降，说明病情在往好的方向走，仍需复查', '换药后红点冒得更多，并不说明热毒在往外发，请及时复诊', '疹子变多是否说明毒在外透？要由医生面诊判断', "不少人把脚贴发黑误认为是排毒，其实是汗液氧化", { text: "患者泡脚后足底发黑，以为是“排毒”，实为染色", type: 'case' }, '没有反应不代表药物在起效，两周无改善请复诊', '用药后没有任何感觉，是否起效要等复查', '涂药没反应，说明这药不对症，请复诊换药', "肝脏相当于给身体做清洁的工厂，喝酒会加重它的负担", "有人说喝蜂蜜水等于给肠道洗澡，这种说法没有依据", "洗澡相当于给皮肤做清洁，水温不要太高", "有人说泡脚水变黑是在排毒，其实是足浴包里的色素", "饭后散步有助消化，但不能排出所谓毒素", "肝脏和肾脏负责排出体内的代谢废物", "血糖下降说明饮食控制有效，但不代表糖尿病已经逆转", { text: "复查炎症指标下降，提示病情好转，继续原方案", type: 'case' }, '涂药后刺痛并不是药物见效的表现，多是皮肤屏障受损，应暂停使用', '出现刺痛并不是药物在起效，而是刺激反应，应停药复诊', '用药后局部发红，是否说明药物起效要等复诊时由医生判断', { text: '答：所谓“排毒反应”缺乏科学依据，皮疹加重要先停药复诊', type: 'institution' }, '“瞑眩反应”并不是医学术语，用药后不舒服请及时就医', "“好转反应”是一些不良商家常用的说法，用来掩盖药物的不良反应，出现不适请及时就医", '边缘颜色加深可能与色素沉着有关，是否代表复色需要医生判断', {text: "本院护士 Yao Xiao 负责光疗室的排班", type: "institution"}, '复查结果正常，说明甲状腺功能已经调整到目标范围，继续按医嘱用药', '咳嗽减轻不等于炎症已经吸收，仍需按时复查', '复查指标下降，说明治疗方案是正确的，但仍需按时随访', '热敷可以把脓液引出来，但不要自行挤压', '拔罐后的罐印是皮下瘀血，颜色深浅与湿气轻重无关', '很多人把刮痧后的痧当成“排毒”，其实它只是皮下出血', '出现色素岛可能提示病情好转，需要复诊由医生判断', '发红并不代表治疗有效', '治疗是否有效需要由医生评估', '尿液颜色变化是药物代谢所致，与"排毒"无关', '所谓排毒和疗效无关', '药量用得越多，说明越要注意副作用', '服用降压药后血压下降，说明药物在起作用，仍要按时复查', '如果服药两周后瘙痒仍没有减轻，说明当前方案可能不适合您', '针灸可以疏通经络，这是中医的说法，疗效需要医生评估', '复查B超结节没有变化，说明结节目前稳定，继续随访即可', '药物能否到达病灶，与剂型和用法有关，请遵医嘱', '所谓“排病反应”没有依据，出现不适应及时就医', '泡脚后脚底发白起皱是角质层吸水所致，与“排毒”无关', '针灸能否疏通经络，目前缺乏可靠的证据', '用药后关节更疼了，说明需要调整方向，请尽快复诊'],
    },
  },
];
