import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { clauseOf, levels, p, SIDE_EFFECT, TREATMENT } from './util.js';

/** Healing of a wound or a passing reaction is physiology, not a cure claim. */
const WOUND = /供皮区|取皮处|伤口|创面|破溃|水疱|水泡|结痂|红肿|针眼|感染|晒伤|擦伤|划伤|溃疡|术口|切口|感冒|发红|脱皮/;
/** Outcomes that, asserted, promise a cure or a full result. */
const OUTCOME_WORDS = '根除|消灭|清除|消除|消退|消失(?:不见)?|不见了|好了|治好|康复了?|摆脱(?:了)?(?:白斑|白癜风|病痛|疾病|顽疾)|消掉|恢复(?:了)?(?:正常|健康|如初)|重获健康';
const OUTCOME_HIT = new RegExp(`(?:${OUTCOME_WORDS})$|变回|一样|没有?区别|无异|看不出`);
/** Frames of certainty or agency before an outcome. */
const SUBSTITUTE =
  /治疗好(?!转|发)|治得好|治好(?!转|发)|医好|好彻底|彻底好了?|康复如初|恢复如初|从(?:根本|根源|源头)上(?:治疗|解决|治好|消除|去除|调理|根除)|根本性的?(?:治疗|康复|好转|解决)|根本治疗|标本兼治/;
const SUBSTITUTE_WHOLE = new RegExp(`^(?:${SUBSTITUTE.source})$`);
const CERTAIN = '能够?|可以|就|都|统统|全都|基本都|让|(?<![即假纵致])使|帮助?|把|会|保证|一定';
const STRONG_ADVERB = '彻底|完全|统统|全部|永久|从根上|从根源上|根本上';
const OUTCOME_ONLY = new RegExp(`^(?:${OUTCOME_WORDS})$`);
/** The frame before an outcome: a certainty or agency word up to 8 characters back, or a strong adverb right before. */
const FRAME_BEFORE = new RegExp(`(?:${CERTAIN})[^。;!?,，]{0,8}$|(?:${STRONG_ADVERB})[被给]?$`);
/** The outcome hedged, aimed at, conditioned or asked about. */
const OUTCOME_HEDGE = /误区|谣言|传言|说法|辟谣|自行|自然(?:消退|好转|恢复)|有些|个别|偶尔|可能|有机会|有望|部分|少数|有助于|能否|是否|能不能|会不会|很难|难以|不一定|未必|并不|目标|希望|争取|尽量|尽可能|如果|假如|若|一般|通常|几天内|副作用|不良反应|需要医生|由医生/;
const ASSERTION_HIT = /白发|之苦|折磨|停药|停掉|不用再|无需再|不必再|直至|直到|填满|填平|活跃起来|苏醒|复苏|还您|还你|显著|突出|确切|惊人|见效|有效|专治|激活|快速|稳定病情|彻底的?(?:控制|恢复)|变黑|由白|融为一体|如初|重新|告别|摆脱|不再|一天比一天|越来越|一天天/;
const ASSERTION_HEDGE = /误区|谣言|传言|说法|辟谣|可能|有助于|有利于|部分|少数|因人而异|个体差异|研究|文献|报道|\[\d+\]|指南|共识|目标|目的|希望|争取|尽量|是否|能否|能不能|会不会|要看|不一定|未必|并不|不能|无法|很难|难以|即使|如果|若|假如|需要|由医生/;
const CURE_SUGGESTION =
  '不要写“治愈”“根治”，改为描述治疗能做什么：例如“目标是控制病情进展、促进复色，效果因人而异，需要医生评估分型和分期”。白癜风目前没有公认的根治方法，如实写出这一点反而更可信。';

/** Diseases other than vitiligo whose own symptoms (瘙痒, 红斑) are the outcome claimed, not a side effect of treatment. */
const OTHER_DISEASE = /湿疹|痤疮|痘痘|银屑病|牛皮癣|荨麻疹|皮炎|脱发|黄褐斑|扁平疣|瘢痕疙瘩|玫瑰痤疮|顽癣/;

export const efficacyRules: Rule[] = [
  {
    id: 'cure-claim',
    category: 'efficacy',
    title: '“根治”“治愈”“痊愈”等治愈断言',
    basis: BASIS.efficacy,
    message: '“根治”“治愈”“痊愈”是对治疗结果的断言。白癜风等慢性皮肤病目前没有公认的根治方法，这类说法属于保证治愈或暗示保证治愈。',
    suggestion: CURE_SUGGESTION,
    levels: levels('EEEW'),
    patterns: [p(/(?:根|gen)\s?(?:治|制|zhi)(?!疗|理)|治(?:愈|俞|瘉)(?!率)|痊(?:愈|俞|瘉)(?!率)|断根|除根|去根|根除|全愈|彻底康复|完全康复|永久治愈/)],
    negation: 'suppress',
    refine: (c) => {
      const clause = c.sentence;
      if (WOUND.test(clause) && !/白斑|白癜风/.test(clause)) return false;
      // 根治性切除 is a surgical term for tumours, not a promise.
      if (/^性/.test(c.norm.slice(c.end)) && /肿瘤|癌|切除|放疗|手术范围/.test(clause)) return false;
      // 能否治愈, 是否痊愈: a question about the claim, asked inside a longer sentence.
      if (/(?:能否|是否|能不能|可否|会不会|可不可以)$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start))) return false;
      // 白色糠疹多可自行痊愈: a condition that resolves by itself is not a treatment's claim.
      if (/(?:自行|自然|自己|可自行|多可自行)$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start))) return false;
      return true;
    },
    examples: {
      bad: ['本院治疗白癜风可以根治', '坚持用药三个疗程即可痊愈', '白癜风是可以彻底治愈的', '本院可根治白癜風', '根 治 白 斑 不 是 梦'],
      ok: [
        '白癜风目前无法根治，但多数患者的病情可以得到控制',
        '目前还没有能够根治白癜风的药物',
        '警惕“根治白癜风”的广告',
        '白癜风能根治吗？',
        '微针留下的小伤口一般几天内就会痊愈',
        '白色糠疹多数可以自行痊愈',
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
      p(SUBSTITUTE),
      // Structural: an outcome (消除, 消失, 好了, 恢复正常…) under a frame of certainty or agency
      // (能, 就, 都, 让, 使, 彻底, 统统…), in any order within the clause.
      // The regex finds the outcome (rarer words) and refine() looks back for the frame: starting
      // from the frame words (就, 都, 会…) would try the whole outcome list after every one of them.
      p(new RegExp(`(?:${OUTCOME_WORDS})|变回(?:原来|以前)的?样子|和(?:以前|原来|常人|正常人?)(?:一样|没有?区别|无异)|与常人无异|看不出(?:任何|一点)?(?:异样|痕迹|区别|白斑)`)),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      // The literal substitutes (治好, 治得好…) keep the rule's usual context handling; the rest below is for the structural pattern.
      if (SUBSTITUTE_WHOLE.test(hit) || !OUTCOME_HIT.test(hit)) return true;
      if (/没有?|未|不(?!见了)/.test(hit)) return false;
      if (OUTCOME_ONLY.test(hit)) {
        const lead = c.norm.slice(Math.max(0, c.start - 24), c.start).split(/[,，。;!?、:：\n]/).pop()!;
        // The negation may sit before the frame (没有任何一种药物能让所有白斑都消退), beyond the usual window.
        if (!FRAME_BEFORE.test(lead.slice(-10)) || /没有?|无(?![论数需须关])|未|不(?:能|会|可能|一定)|难以|很难|并非/.test(lead)) return false;
      }
      const s = c.sentence;
      if (!/白斑|白癜风|病灶|皮损|肤色|色素|皮肤|病/.test(s)) return false;
      // The outcome hedged, aimed at, or asked about in its own clause: 有机会完全消失, 目标是, 能否消失.
      if (OUTCOME_HEDGE.test(clauseOf(c.norm, c.start, c.end)) || /误区|谣言|辟谣|能否|是否|能不能|目标|目的/.test(s)) return false;
      if (WOUND.test(s) && !/白斑|白癜风/.test(s)) return false;
      if (SIDE_EFFECT.test(s) && !/白斑|白癜风|复色|肤色/.test(s) && !OTHER_DISEASE.test(s)) return false;
      return true;
    },
    examples: {
      bad: ['王医生很耐心，我的白癜风治好了！', '本院的方案能把白斑彻底消灭', '在本院治疗的患者，白斑基本都康复了', '患者的白斑从根上被清除了', '我院专家能把白斑治疗好', '白癜风治得好，关键要选对医院', '只要找对方法，白斑能治好', '从根本上解决白斑问题'],
      ok: ['治好的标准并不统一，医生通常以复色面积和稳定时间来评估', '部分稳定期白斑有机会完全消失，但因人而异', '照光后的轻微脱皮一般几天内就会消失', '治疗好发于面部的白斑时要注意保护眼睛', '经过治疗好转的患者仍需定期复诊', '能不能治好，要看分型和分期', '白癜风治不好的说法并不准确，规范治疗可以控制病情'],
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
      p(/(?<![会能是])(?:永不|永远不|终身不|终生不|不会再?|不再|绝不|杜绝|不|零)(?:复发|反弹)|停药(?:后)?不反弹|一次(?:治疗)?[,，]?\s?(?:永久|终身)(?:有效|不复发|见效)|永久(?:有效|除根|不复发)|终身(?:免疫|有效|不复发)/),
      p(/不(?:易|容易)(?:复发|反弹)/, { shift: -1 }),
      // Round nine: a result promised to last a stated number of years (效果可以保持五年以上).
      p(/(?:效果|疗效)(?:可以|能够?|可)?(?:保持|维持|持续)(?:\d{1,2}|[一二三四五六七八九十几])年(?:以上|之久)?/),
      // Round ten: what is done once serves for decades or a lifetime (种一次能管二三十年，基本可以用一辈子; 效果可以保持终身).
      p(/(?:能|可以?|就能|足以)(?:管|用|撑|保持|维持|管用)(?:上)?(?:个)?(?:\d{1,2}|[二三四五六七八九十几两]{1,4})(?:多)?年(?!前|后|的时间里)|(?:能|就能|可以)(?:管|撑)(?:上)?(?:半年|\d{1,2}\s?个?月|[一二三四五六七八九十两几]{1,2}个月)|(?:终身|终生|永久|永远|一辈子)(?:都)?不(?:会)?(?:再)?(?:掉|脱落|反弹|变形|松动|下垂)|(?:能|可以?|就能|足以)(?:管|用|管用|保持|维持|受益)(?:上)?一辈子|(?:效果|疗效)(?:可以|能够?|可|会)?(?:保持|维持|持续)(?:终身|终生|一生|一辈子)/),
      // 从此不再出现, 不会再长, 不会卷土重来, 再也不用担心复发, 终生受益.
      p(/再也不(?:用|会)[^,，。;!?]{0,6}?(?:反复|复发|反弹)|说再见(?<=(?:和|与)[^,，。;!?]{0,4}?说再见)|(?:不会|不再|再也不会?|从此不(?:再|会)?|永不|永远不会?)(?:再)?(?:长(?:出来)?|冒(?:出来)?|出现(?!在[^,，。;!?]{0,12}?(?:文章|页面|网站|报告|名单|宣传|材料|公众号|资料|屏幕))|冒出来|回来|卷土重来|扩散|蔓延|反复|犯)|一去不复返|不复返|告别(?:反复|复发|反弹)|再也没(?:有)?(?:长|犯|复发|反复|出现|冒)(?:过|了)?|(?:再也)?不用(?:再)?担心[^,，。;!?]{0,6}?(?:复发|反弹)|终[生身]受益/),
    ],
    negation: 'claim',
    // 让白斑不再扩散 as an aim (目标是, 有助于) is a goal, not a promise.
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (/扩散|蔓延/.test(hit) && /目标|目的|希望|争取|有助于|尽量|可能|帮助|控制/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // A service life reported as a range or from the literature (文献报道种植体多可使用十年以上，取决于…) describes, it does not promise.
      if (/年$|月$|一辈子$/.test(hit) && /一般|通常|平均|多数|文献|研究|报道|取决于|与[^。;!?]{0,12}?有关|因人而异|不能保证|多久|左右|大约|约/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['植发后头发终身不掉', '打一针就能管半年', '种一次牙能管二三十年', '这种填充做一次，效果能维持终身', '在这里治疗，湿疹再也不用反反复复', '做完都能淡化，效果可以保持五年以上', '用了这个方法，我的痘痘再也没长过', '白斑好了以后就不会再长', '只要规范治疗，白斑就不会卷土重来', '治疗结束后永不复发', '308激光一次治疗终身有效', '停药不反弹，效果持久', '治好以后不会再复发'],
      ok: ['肉毒素的效果一般可以维持4到6个月', '种植牙能用多久，取决于口腔卫生和咬合习惯', '白癜风治好后会不会复发？', '患者的姓名和照片不会出现在我们的任何文章里', '没有人能保证治疗后不复发', '白癜风容易复发，需要定期复诊', '坚持巩固治疗有助于减少复发'],
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
      p(/(?:\d+|[一二三四五六七八九十两半几])\s?(?:个)?(?:天|日|周|星期|个月|月|次|个?疗程|小时|针)(?:内|左右|之内|后)?(?:(?:即可|就能?|就可以?|便可?)(?:看到|见到)?)?(?:见效|显效|起效|复色|治愈|痊愈|根治|治好|康复|断根|全消|白斑(?:消失|消退|全消|褪去|不见)|病症全无|症状消失|除根|恢复正常)/),
      // A fixed number of treatments or days, then the result: 照光十次就能让白斑消退, 坚持用药30天，白斑明显缩小.
      p(/(?:\d{1,4}|[一二三四五六七八九十两几半百]{1,3})\s?(?:个)?(?:天|日|周|星期|个?月|次|个?疗程|小时|针|贴|副|剂|盒|瓶|回)(?:内|之内|左右|后|下来|过后)?[^。;!?]{0,12}?(?:就能?|即可|便能?|就会|就可以?|都会|保证|必定|一定|让|使|能)?[^。;!?]{0,6}?(?:见效|显效|起效|复色|治愈|痊愈|根治|治好|康复|断根|全消|摆脱|告别|根除|彻底摆脱|白斑(?:消失|消退|全消|不见)|明显(?:缩小|好转|改善|变淡|减轻|淡化|消退|变浅|减少)|大为改观|(?:消失|消退|变淡|缩小)(?!的|后|时)|看不(?:到|见|出)了|(?:见到|看到|看出|长出|长满)了?(?:新生的?)?(?:色素岛?|颜色|变化|差别|效果|成效)|见成效|色素(?:回来|长回来)|(?:就|即可|便)(?:能|会|可以)?(?:好|好了|恢复|变色|变黑|显现)|立(?:即|刻|马)(?:变色|变黑|显现|见效)|淡了(?:大半|一半|很多)|(?:就会|就能|会|能)(?:收缩|变浅|变淡|缩小)|(?:完全|基本|全部)(?:恢复|好了|长满)|长满|(?:黑点|色素点?|颜色)(?:长)?出来|(?:就|便|即可)(?:能|会)?(?:止住了?|降(?:下来|到正常)|稳住了?))/),
      // Structural (round four): "only" a number of sessions or days, then any change of the lesion (只需4次…淡化80%以上),
      // or a treatment done once and the lesion gone (激光一做，斑就去掉了).
      p(/(?:只需|仅需|只要|仅用|只用|只做|只打|只照)(?:[^,，。;!?\d一二三四五六七八九十两几半]{1,6}?)?(?:\d{1,3}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|针|个?疗程|周|天|个?月|回)[^。;!?]{0,16}?(?:淡化|消退|消失|改善|缩小|复色|好转|见效|全消|长出|变平|变淡|淡了|去掉|不见|好了|恢复|替代|长好)|(?:一做|一用|一照|一打|一涂|一吃|一敷)[^。;!?]{0,8}?就(?:去掉|没了|好了|消了|全消|掉了|不见了|褪了|平了)/),
      // After sessions, a measure up or down by a percentage (打三次，平整度提升90%); the lesion basically gone
      // (两个疗程结束，痘印基本看不出来); a schedule of results (第1周：止痒 / 第4周：皮肤恢复光滑).
      p(/(?:次|针|个?疗程|天|周|个?月|瓶|盒)[^。;!?]{0,12}?(?:提升|提高|改善|减少|降低|淡化|缩小|消退)(?:了)?\s?(?:\d{1,3}\s?%|百分之[一二三四五六七八九十]+|[一二三四五六七八九]成)|(?:次|针|个?疗程|天|周|个?月|瓶|盒)[^。;!?]{0,12}?(?:基本|完全|几乎)?看不(?:出|见)来?了?(?=[。;!?，,]|$)(?<=(?:基本|完全|几乎)看不(?:出|见)来?了?|看不(?:出|见)来了)|(?:就能|就会|即可|便能|保证|马上|立刻|很快就)[^,，。;!?]{0,6}?(?:新发|新头发|头发|毛发|绒毛)(?:就)?(?:冒出来|长出来|冒出|长出|长回来)|第(?:\d{1,2}|[一二三四五六七八九十])(?:天|周|个月|次|疗程)\s?[:：]\s?(?:止痒|退红|消肿|消退|复色|恢复|见效|痊愈|好转|淡化|长出|皮肤恢复|不痒|结痂脱落)/),
      // However stubborn, it yields to us; decades of disease brought down (白斑再顽固，也逃不过我们的复色方案;
      // 三十年的银屑病都能压下去; 一针下去，十年不长斑).
      p(/再(?:顽固|严重|难治|久|重|多)[^。;!?]{0,12}?(?:(?:也|都)[^。;!?]{0,12}?(?:我们|本院|我院|这里)|(?:我们|本院|我院|这里)[^。;!?]{0,10}?(?:也|都))|(?:\d{1,2}|[一二三四五六七八九十几]{1,3})年的[^,，。;!?]{0,6}?(?:都|也)(?:能|可以)(?:压下去|治好|控制住?|好|搞定)|(?:\d{1,2}|[一二三四五六七八九十几]{1,3})年(?:内|之内)?(?:都)?不(?:长|复发|反弹|犯|再长)/),
      p(/(?:半|[一二两三])年(?:内|之内|以内)[^。;!?]{0,6}?(?:完全|彻底|全部)(?:恢复|消失|消退|复色|康复|好了|治愈|长出)/),
      // Round ten: weight promised for a period (一个月稳稳瘦下十五斤, 21天减掉8公斤); a row of a table or list giving
      // a number of sessions and the hair, skin or look it brings back (| 3次 | 新发长出，发际线回到从前 |).
      p(/(?:\d{1,3}|[一二三四五六七八九十两半])\s?(?:个)?(?:天|周|星期|个?月|疗程)(?:内|之内|下来)?[^。;!?\d]{0,6}?(?:瘦|减|掉|甩)(?:了|下|掉|去)?\s?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s?(?:斤|公斤|kg|千克)/),
      p(/(?:\d{1,3}|[一二三四五六七八九十两])\s?(?:个)?(?:次|针|个?疗程|周|个?月)\s?\|[^|\n]{0,16}?(?:停止脱落|不再(?:脱落|掉|长|痒)|(?:新发|新头发|头发|毛发|秀发)(?:重新)?(?:长出|长回|长满)|回到(?:从前|以前|原来|年轻)|(?:和|跟)(?:从前|以前|原来)一样|恢复(?:光滑|正常|如初|原样))/),
      p(/一次(?:就|性)?(?:见效|治愈|根治|断根|治好|祛除|去除|清除|消除)|立竿见影|效果立现|立见(?:效果|成效)|(?:当天|当场|次日|第二天)(?:就|便)(?:能|可以|会)?(?:瘪(?:下去|了)|消肿|消了|退了|见效)|药到病除|当天见效|(?:当天|当场)(?:就)?(?:能|可以)?(?:看到|见到)[^,，。;!?]{0,8}?(?:效果|变化|改善)|马上见效|即刻见效|快速(?:治愈|根治|复色|见效|康复)|短期内(?:治愈|根治|复色|康复)|速效|一针见效|见效快|起效快/),
    ],
    negation: 'suppress',
    refine: (c) => {
      if (WOUND.test(c.sentence) && !/白斑|白癜风/.test(c.sentence)) return false;
      // Comparing photographs to see a change is how a doctor follows up, not a promise.
      if (/照片|拍照|图片|对比|比较/.test(c.sentence) && !/白斑|白癜风|复色/.test(c.norm.slice(c.start, c.end))) return false;
      const hit = c.norm.slice(c.start, c.end);
      // A trade-off stated as such (新疗法见效快但价格较高) is a comparison of costs, not a promise.
      if (/^(?:见效|起效)快$/.test(hit) && /^[,，]?\s?(?:但|不过|可是)/.test(c.norm.slice(c.end, c.end + 3))) return false;
      // A measured change from a study (平均减少了50%左右[1]) reports, it does not promise.
      if (/%|百分之|成$/.test(hit) && /研究|试验|文献|\[\d+\]|平均|左右|约/.test(c.sentence)) return false;
      // A result that did not come (仍无复色) is a reason to change the plan, not a promise.
      if (/仍(?:无|未|没)|无任何|没有|未见|不见效/.test(hit)) return false;
      if (/才|可能|或|至少|不少于|评估|复诊/.test(hit)) return false;
      // A case report records its patient's course (治疗12周后复色约60%): an observation, unless it promises.
      if (c.docType === 'case' && !/就能|就会|即可|保证|一定|必定/.test(hit) && !/本院|我院|我们/.test(c.sentence)) return false;
      // A range, "usually" or a preceding range (一到两周愈合) promises nothing, unless a certainty
      // word makes the promise anyway (两到三个疗程就能治好).
      const strong = /就能|就会|就可以|即可|便能|保证|一定|必定|就好|立马|立即|都能|(?:完全|彻底|全部)(?:恢复|消失|消退|复色|康复|好了)/.test(hit);
      const lead = c.norm.slice(Math.max(0, c.start - 6), c.start);
      if (!strong && (/\d\s?(?:到|至|-|~)\s?\d|[一二三四五六七八九十两](?:到|至)[一二三四五六七八九十两]|以上|一般|通常/.test(hit) || /[\d一二三四五六七八九十两]\s?(?:到|至|-|~)$|一般|通常|(?<!绝大)多数|往往/.test(lead))) return false;
      if (SIDE_EFFECT.test(c.sentence) && !/白斑|白癜风|复色/.test(c.sentence) && !OTHER_DISEASE.test(c.sentence)) return false;
      // A pace of weight loss given as a limit or a warning (以每周0.5～1公斤为宜, 追求一个月瘦十几斤往往难以持续).
      if (/(?:斤|公斤|kg|千克)$/.test(hit) && /为宜|不宜|追求|难以|不要|别|警惕|不现实|不可取|危险|风险|过快|太快|损害|不建议/.test(c.sentence)) return false;
      // A disease that goes by itself (大多数急性荨麻疹会在几周内自行消退) describes its natural course: no treatment is
      // promised anything (round eight).
      // 再约下一次就好: the next appointment, not a single session that cures.
      if (/^一次/.test(c.norm.slice(c.start, c.end)) && /[下上这那每]$/.test(c.norm.slice(Math.max(0, c.start - 1), c.start))) return false;
      if (/自行|自然|自己/.test(c.norm.slice(c.start, c.end + 2)) && !TREATMENT.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['服药三天，咳嗽就止住了', '我们的祛痘方案效果立现，痘痘当天就瘪下去', '吃我们的代餐，一个月瘦下十五斤', '| 3次 | 新发长出，发际线回到从前 |', '坚持治疗3个月白斑全消', '在我院只需激光治疗四次，病甲即可完全被健康指甲替代', '一周见效，三个月复色', '立竿见影，效果看得见', '最快7天见效', '一般两到三个疗程就能治好', '用了这款药膏，七天就能看出差别', '只需4次光子嫩肤，黄褐斑淡化80%以上', '一针下去，十年不长斑'],
      ok: ['减重速度以每周0.5～1公斤为宜，追求一个月瘦十几斤往往难以持续', '| 第3次 | 复诊评估 |', '光疗通常需要数月才能看到复色', '错过了这次复诊也没关系，再约下一次就好', '写这篇文章不是为了吓唬谁：大多数急性荨麻疹会在几周内自行消退', '治疗后两周复诊评估', '照光后红斑一般两三天内消退', '第一个疗程结束后复查', '如果治疗三个月后仍无任何复色，医生可能会调整方案', '治疗的前几周通常看不到明显变化', '一项研究中，患者治疗12周后皮损面积平均减少了50%左右[1]', '脱发停止后，头发长出来通常需要3到6个月'],
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
      p(/白斑(?:全部)?(?:全消|消失殆尽|彻底消失|完全消失|全部消失|一扫而光|不见了)|(?:彻底|完全|永久)(?:消除|清除|去除|消失|复色|治好|修复|解决|根除)|(?:逆袭|蜕变|变身|秒变|摇身一变)(?:成|为)?|(?:全部|百分之?百|100%)(?:复色|消退)|恢复(?:正常|原本|原来)的?肤色|肤色(?:完全)?恢复(?:正常|如初)|(?:彻底)?不留(?:任何)?(?:痕迹|印|印记|印子)|(?:彻底|永远)(?:告别|摆脱)(?:白斑|白癜风)?|和(?:正常|健康)(?:皮肤|人)(?:完全)?一(?:样|模一样)|焕然一新|重获新生|(?:去|消失得?|跑得?|退得?)无(?:影无)?踪|无影无踪|一扫而光|荡然无存|烟消云散|(?:头发|毛发|秀发)[^,，。;!?]{0,4}?(?:重新)?(?:长满|长回来|浓密如初)|重新长出了?(?:浓密|茂密|乌黑|满头)的?(?:头发|毛发|秀发)|再也不(?:用|必)为[^,，。;!?]{0,8}?(?:发愁|烦恼|苦恼)/),
      // 由白转黑, 和周围皮肤融为一体, 告别了白斑, 白癜风不再是难题, 一天比一天淡, 重新长出正常肤色.
      p(/(?:直至|直到)(?:完全)?(?:消失|消退|复色|痊愈|看不见)|(?:被|就会被)?(?:色素)?(?:填满|填平)|(?:黑色素|色素)细?胞?[^,，。;!?]{0,4}?(?:重新)?(?:活跃起来|苏醒|复苏)|还(?:您|你)[^,，。;!?]{0,4}?(?:健康|正常|光洁|无瑕)的?(?:肤色|肌肤|皮肤)|由白(?:转|变)黑|融为一体|(?:均匀|光洁)如初|重新(?:长出|变得|恢复)[^,，。;!?]{0,6}?(?:正常肤色|正常的?颜色|颜色|色素|均匀|光洁)|(?:告别|摆脱)(?:了)?(?:白斑|白癜风|湿疹|痘痘|痤疮|牛皮癣|银屑病|脱发|色斑|黄褐斑|顽癣|癣|皮炎|荨麻疹|痘印|痘坑)|一颗不剩|一个不剩|干干净净|恢复到(?:患病|生病|发病|得病)前|恢复如常|(?:效果|疗效)(?:可以|能够?)?(?:长期|永久|终身)保持|(?:白斑|白癜风)(?:就)?不再(?:是难题|困扰|烦恼|可怕)|不再(?:困扰|烦恼)(?:您|你)|(?:一天比一天|越来越|一天天)(?:变)?(?:淡|浅|小|少|好)/),
      // An assertion of efficacy without a cure word: 复色效果显著, 有效阻止白斑扩散, 专治顽固性白癜风.
      p(/(?:效果|疗效|复色)(?:非常|十分|特别|极其|相当)?(?:显著|突出|确切|惊人)|见效(?:明显|显著|快)|显著(?:减少|缩小|改善|好转|提高|消退)|有效(?:阻止|控制|抑制|遏制|激活)|专治|激活[^,，。;!?]{0,6}?(?:黑色素|色素细胞|黑素)|快速(?:复色|康复|恢复)|稳定病情[^,，。;!?]{0,2}(?:快速|迅速)?(?:复色|恢复)|彻底的?(?:控制|恢复)|(?:白斑|病灶)[^,，。;!?]{0,6}?(?:变黑|由白转黑)|(?:全面|完全|彻底)恢复(?:功能|正常)|(?:与|和|跟)正常(?:头发|皮肤|肤色|人)(?:无异|没有区别|没什么两样)|(?:白斑|病灶|皮损|痘痘|湿疹|色斑)(?:自然)?(?:就|也就)(?:没了|消了|退了|不见了)(?![^,，。;!?]{0,2}(?:以后|之后|后|时|吗))/),
      // Round ten: a result said plainly (白发变黑发), the suffering or the medicine left behind
      // (不用再受瘙痒之苦, 可以停药, 不用再打胰岛素).
      p(/白发(?:变|转)(?:黑|乌)|(?:不用|无需|不必)再受[^,，。;!?]{0,6}?(?:之苦|折磨)|(?:就能|就可以|便能|即可|可以|就)(?:彻底)?(?:停药|停掉[^,，。;!?]{0,4}?药|停掉胰岛素)|(?:不用|无需|不必)再(?:吃药|服药|打针|打胰岛素|用药)/),
      // Structural (round four): a treatment made to shrink the lesion by an amount (可使白斑面积缩小一半以上).
      p(/(?:可使|能使|可让|能让|会让|可以让|可以使)(?:白斑|皮损|斑块|色斑|病灶|皮疹|痘痘|黄褐斑|斑点|疤痕|瘢痕)[^,，。;!?]{0,6}?(?:缩小|减少|消退|淡化|变淡|变浅)(?:了)?(?:一半|\d{1,3}\s?%|百分之[一二三四五六七八九十百]+|[一二三四五六七八九]成|大半)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hitText = c.norm.slice(c.start, c.end);
      if (/^见效(?:明显|显著|快)$/.test(hitText) && /^[,，]?\s?(?:但|不过|可是)/.test(c.norm.slice(c.end, c.end + 3))) return false;
      // Stopping the medicine on a doctor's word after a check-up (医生说可以停药观察) is care, not a claim.
      if (/停药|停掉|不用再|无需再|不必再/.test(hitText) && /医生|医嘱|复查|评估|能否|是否|何时|自行|观察/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      // The assertion forms: about a treatment or the clinic, and not hedged or cited in their clause.
      if (ASSERTION_HIT.test(hitText)) {
        const clause = clauseOf(c.norm, c.start, c.end);
        if (ASSERTION_HEDGE.test(clause) || (ASSERTION_HEDGE.test(c.sentence) && !/本院|我院|我们/.test(c.sentence))) return false;
        if (/^(?:后|时|的话|以后)/.test(c.norm.slice(c.end))) return false;
        if (!/本院|我院|我们|本中心|这里|这套|这种|该|疗法|方案|药|光疗|照光|治疗|调理|疗程|技术|专治|白斑|白癜风/.test(c.sentence)) return false;
      }
      if (/(?:能否|是否|能不能|可否|会不会)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start))) return false;
      if (/^的?(?:比例|概率|可能|机会|几率)/.test(c.norm.slice(c.end))) return false;
      // 完全复色的情况并不多见: how rare the result is, not a promise of it.
      if (/^的?[^,，。;!?]{0,6}?(?:并不多见|不多见|少见|罕见|很少|不多|并不常见)/.test(c.norm.slice(c.end))) return false;
      if (SIDE_EFFECT.test(c.sentence) && !/白斑|白癜风|复色|肤色/.test(c.sentence) && !OTHER_DISEASE.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['一个疗程下来，白发变黑发', '这个方子吃一个月，高血压就稳住了，可以停药', '湿疹患者用了我们的药膏，不用再受瘙痒之苦', '治疗后皮肤能恢复到患病前的水平', '这套调理方法让患者重新长出了浓密的头发', '再也不用为发际线发愁', '坚持用药半个月，顽癣去无踪', '我们的毛囊激活疗法能让头发重新长满', '治疗后白斑全消，肤色恢复正常', '彻底告别白癜风', '全部复色，不留痕迹', '让皮肤和正常人一模一样', '本疗法可使白斑面积缩小一半以上'],
      ok: ['这次复查结果不错，医生说可以停药观察', '是否可以停药，需要医生根据复查结果判断', '高血压患者不要自行停药', '发红和脱皮通常一周左右完全消失', '稳定期局限型白斑有机会获得较好的复色，但很难保证完全复色', '能否完全复色与分期、部位都有关系'],
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
      p(/(?:保证|确保|承诺|担保)(?!金|书|人|期|充足|睡眠|营养|休息|饮食|作息|水分|皮肤(?:清洁|湿润))[^,，。;!?]{0,6}?(?:治好|治愈|根治|痊愈|复色|见效|有效|康复|好转|断根|不复发|消除|消失|疗效)/),
      p(/(?:一定|肯定|必然|必定|绝对)(?:能|会|可以)?[^,，。;!?]{0,4}?(?:满意|淡化|变淡|治好|治愈|根治|痊愈|复色|见效|康复|断根|好起来|恢复)/),
      p(/包(?:您|你)?(?:治|好|愈|复色|见效|治好)(?!百病)/),
      p(/(?:疗效|效果|复色)(?:有|更有|终身|绝对)?保障|(?:疗效|效果)(?:看得见|有保证)|(?:肯定|保证|绝对|包)没问题/),
      // The result first, the guarantee after it: 来了就能治好，这一点我们敢打包票.
      // The guarantee word is found first and the result looked for behind it (a lookbehind first would run at every position).
      p(/(?:打包票|拍胸脯|打保票|保证)(?<=(?:治好|治愈|根治|痊愈|见效|复色|康复|好起来)[^。;!?]{0,16}?(?:打包票|拍胸脯|打保票|(?:敢|可以|能|我们)保证))/),
      // Structural: a guarantee word, then a good outcome, anywhere in the sentence (拍胸脯保证，这个白斑能治好).
      // Round ten: the fee handed back, a treatment redone or a claim paid when a promised result does not come, in
      // wordings the refund rule has not seen (一个月不瘦10斤就把钱退给你; 存活率不到90%的，按比例退还手术费;
      // 若白斑没有明显缩小，可免费重做一个疗程，直到您满意为止; 由第三方机构承保，万一效果不理想，理赔款直接打到您的账户).
      p(/不(?:瘦|好转?|见效|满意|达标|复色|消退|消|长|退)[^。;!?不]{0,10}?(?:就|便|即)?(?:把钱|把费用)?(?:全额|全部)?(?:退给|退还|退回|退款|退钱|退费|全退|返还|赔)|(?:不到|低于|不足|未达到?|达不到|没(?:有)?达到)[^。;!?]{0,14}?(?:按比例|全额|全部|如数|双倍)?(?:退还|退回|退款|退钱|退费|返还|返款|赔付|赔偿)|(?:免费|不另收费地?|无偿)(?:重做|再做|补做|重新做|重来|加做|追加|续做)|(?:直到|直至)(?:您|你)?(?:满意|见效|有效|治好|复色)为止|(?:效果|疗效|没治好|治不好|无效)[^。;!?]{0,12}?(?:理赔|赔付|赔偿|赔款|赔钱)|理赔款|(?:治疗|疗效|效果|项目|疗程|手术)[^,，。;!?]{0,6}?(?:由|有)[^,，。;!?]{0,8}?承保|疗程(?:签|签订|签署)(?:协议|合同)|签约(?:减肥|减重|祛斑|祛痘|植发|生发|治疗|调理)/),
      p(/(?:保证|担保|承诺|打包票|拍胸脯|敢说|包您|包你)[^。;!?]{0,16}?(?:一定|肯定|必然|都)?(?:能|会|可以)?(?:好起来|会好|能好|治好|治愈|根治|痊愈|复色|见效|康复|消退|消失|(?:看到|见到|看得到|感受到)[^,，。;!?]{0,6}?(?:变化|效果|改善|好转|疗效))|(?:疗效|效果|复色)(?:都|也|一定|肯定)?(?:有|能)保证|郑重承诺[^。;!?]{0,10}?(?:效果|疗效)|(?:向患者)?承诺(?:治疗)?(?:效果|疗效)/),
    ],
    negation: 'suppress',
    hedge: false,
    // 肯定没问题 guarantees a result only where the paragraph is about treating (Q: 能治好吗？ A: 放心，肯定没问题).
    refine: (c) => {
      if (/(?:为|为了)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start))) return false;
      const hit = c.norm.slice(c.start, c.end);
      if (/没问题$/.test(hit)) return c.paragraphHas(/治好|治愈|疗程|效果|复色|能好/);
      // Money back below a threshold is a guarantee only when the threshold is a result (存活率不到90%), not a visit (30天内不到院).
      if (/^(?:不到|低于|不足|未达|达不到|没)/.test(hit) && !/效果|疗效|存活|有效|满意|治好|见效|瘦|复色|消退|缩小|达标|改善|好转|\d\s?%/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['一个月不瘦10斤就把钱退给你', '植发存活率不到90%的，按比例退还手术费', '疗程结束若没有明显改善，可免费重做一个疗程', '这项治疗由第三方机构承保，效果不理想可获理赔', '来了就能治好，这一点我们敢打包票', '我们保证您在三个月内看到明显变化', '我们的医生拍胸脯保证，这个白斑能治好', '来本院治疗的患者，疗效都有保证', '我们保证三个疗程内见效', '来我院一定能治好', '包治包好', '承诺治愈，让您放心', '能不能治好？放心，按疗程来，肯定没问题'],
      ok: ['本院已参加医疗责任保险，如发生医疗纠纷，将依法通过保险进行赔付', '预约后30天内未到院的，预约金按规定退还', '能不能治好，谁也不敢打包票', '没有医生能保证治好每一位患者', '为确保疗效，请按时复诊', '保证充足睡眠有助于皮肤修复', '一定要在医生指导下用药'],
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
      p(/(?:适合|适用于|适用)(?:所有|一切|任何|各种|各类)(?:患者|人群|类型|人|肤质|部位|年龄)|(?:所有|各种|各类|任何|各型)(?:类型|分型|患者|部位|病程)?的?(?:白斑|白癜风|患者)?(?:都|均)(?:能|可以?|可)(?:治|治好|治愈|根治|复色|见效|适用)|包治百病|百病全消|没有(?:我们)?治不好的|(?:无论|不论|不管)[^,，。]{0,10}[,，]?\s?(?:都|均|一律)(?:能|可以?)(?:治好|治愈|根治|复色|见效)|男女老少(?:都|均)(?:适用|能治)|老少皆宜|人人适用/),
      // Everyone, every type or every site, then a result: 人人都能见效, 任何年龄段的患者都能获得理想的复色效果.
      p(/(?:无论|不论|不管|任何|各种|各类|各型|所有|人人|个个|每个人|每一?位患者|男女老少)[^。;!?]{0,16}?(?:都|均|全)(?:能|可以|可|会|有|一样)[^。;!?]{0,12}?(?:满意|理想|见效|有效|治好|复色|好起来|康复|适用|疗效|效果好|长出|恢复)|用了?就(?:有效|见效|好|管用|灵)/),
      // Structural (round four): every type, course or extent (对各型银屑病都有效, 不管病程多长、面积多大，…都能看到效果).
      p(/(?:对|适用于)(?:各型|各种|各类|所有|任何|一切|各期|不同类型)[^。;!?]{0,10}?(?:都|均)(?:有效|见效|能治|可治|管用|适用)|(?:不管|不论|无论)[^。;!?]{0,20}?(?:都|均)(?:能|可以|会)(?:看到|见到|获得|取得)?[^。;!?]{0,4}?(?:效果|疗效|好转|改善|复色|见效)/),
    ],
    negation: 'suppress',
    examples: {
      bad: ['适合所有类型的白癜风患者', '各种类型的白斑都能治好', '无论病程多长都能复色', '包治百病的好方法', '光疗对白斑效果显著，人人都能见效', '无论白斑长在什么部位，都能取得满意的疗效', '不管病程多长、面积多大，按我们的方案治疗都能看到效果', '只要坚持，没有治不好的白癜风'],
      ok: ['光疗并不适合所有患者', '不同类型的白癜风治疗方案不同', '无论采用哪种治疗，都要定期复诊', '每位患者都可以向医生询问治疗的风险和替代方案', '目前没有任何一种药物能让所有白斑都消退'],
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
    patterns: [p(/(?:表明|说明|证明|意味着|代表|标志着|预示着?)(?:治疗|疗法|药物|用药|光疗|方案|药)?(?:正在|已经|开始|已)?(?:起效|有效|见效|奏效|成功|起作用|生效)|好转反应|排毒反应|排毒|瞑眩反应|毒素(?:正在|已经|在)?(?:排出|排掉)|气血(?:通了|畅通了)|药力(?:在|正在)?发挥|药效(?:在|正在)?(?:起作用|发挥)/)],
    negation: 'suppress',
    examples: {
      bad: ['脱皮说明治疗正在起效', '出现红斑表明药物已经见效', '这是正常的好转反应'],
      ok: ['出现色素岛可能提示病情好转，需要复诊由医生判断', '发红并不代表治疗有效', '治疗是否有效需要由医生评估'],
    },
  },
];
