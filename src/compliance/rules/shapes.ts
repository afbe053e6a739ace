// Rules for the shapes of issue 15: claims written in forms the first rules had not seen. Each has
// its own examples; the development corpus (test/fixtures/compliance/corpus.tsv, third batch) was
// written before these rules.

import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { UNAPPROVED_TECHNIQUES } from './unapproved.js';
import { levels, p } from './util.js';

const TECHNIQUE_BASIS =
  '《医疗技术临床应用管理办法》（国家卫生健康委员会令第1号，2018年）：安全性、有效性不确切的医疗技术禁止临床应用，未经批准的技术不得开展；《广告法》第二十八条第二款第（三）项：以虚构、无法验证的科研成果作证明构成虚假广告；第十六条第一款第（一）项：不得对功效作断言。';

const DIRECTIVE_BASIS =
  '《广告法》第四条：广告不得含有虚假或者引人误解的内容；第十六条第一款第（一）项：医疗广告不得对功效、安全性作断言；原药品广告审查发布标准禁止使公众误解不使用某种治疗就会加重病情的内容，执法中仍常作参照。把一种处置说成每位患者都必须立即去做，无视个体差异，也在制造紧迫和恐惧。';

/** The sentence keeps the technique at arm's length: research, not approved, a warning. */
const RESEARCH = /研究阶段|临床研究|临床试验|尚未(?:获得?)?批准|未(?:经|获)批准|未获批|没有(?:可靠|足够)?(?:证据|依据)|缺乏(?:证据|依据)|不建议|不要(?:相信|轻信)|警惕|谨防|不可信|科研|实验室|动物实验|是一类|是指|属于/;
const UNAPPROVED_RE = new RegExp(UNAPPROVED_TECHNIQUES.map((t) => `(?:${t.pattern})`).join('|'));

/** Who tells a story under a testimonial heading, and what they tell. */
const TELLERS = '患者|病友|就诊者|康复者|家长|家属|用户|顾客|客户|网友|学员|大家|我';
const TELLS = '心声|故事|反馈|感言|感谢|寄语|评价|点评|分享|留言|来信|体验|日记|见证|口碑|好评|的话|心里话|真心话|怎么说|说|经历|感受|心得|之路|历程|声音|实录|回访|自述|晒图|晒单';
/** Headings about channels, rules, questions or care (患者反馈渠道, 患者须知, 写给患者的话) introduce no stories. */
const HEADING_NOT =
  '渠道|方式|途径|须知|流程|说明|调查|意见|投诉|问题|注意事项|权利|隐私|教育|提问|问答|疑问|提醒|指南|手册|支持|互助|活动|安排|建议|准备|护理|写给|致|可以做什么|常问|常见';

const BODY_READING = /^(?:说明|证明|表明|意味着|代表着?|预示着?|标志着|就是|正是|那是|这是|证据)/;
/** A bodily reaction shortly before the reading (照光后皮肤发红，说明…). */
const REACTION_BEFORE = /(?:粉红|变红|变粉|刺刺|发红|泛红|红斑|红肿|红点|痒|刺痛|疼痛|灼热|灼烧|发热|发烫|热感|麻木|麻麻|水疱|水泡|起疱|脱皮|脱屑|结痂|变黑|发黑|变深|色素加深|反应|出汗|酸胀|口干|便溏|腹泻|不适|感觉|色素岛)[^。;!?]{0,12}$/;

export const shapeRules: Rule[] = [
  {
    id: 'endorser-celebrity',
    category: 'testimonial',
    title: '名人、明星、冠军等到院治疗或推荐',
    basis: BASIS.testimonial,
    message: '说明星、演员、运动员、主持人或其他名人在本院治疗、选择或推荐本院，是利用名人的名义和形象作推荐、证明，医疗宣传中禁止。',
    suggestion: '删去名人相关的内容。介绍治疗时只写客观信息（适应证、常见不良反应、需要医生评估），不借任何人的名气。',
    levels: levels('EEEE'),
    patterns: [
      p(
        /(?:明星|影星|歌星|球星|笑星|演员|歌手|主持人|艺人|网红|网络红人|大v|主播|名人|名流|知名人士|公众人物|奥运冠军|世界冠军|全国冠军|冠军|运动员|选手|企业家|名模|模特|作家|导演|影帝|影后|歌后|天王|天后|博主|女主角|男主角|艺术家|大牌|达人)[^,，。;!?]{0,16}?(?:都|也|纷纷|亲自|专程|特地|慕名|曾)?(?:在|来|到|选择|信赖|信任|认可|推荐|力荐|点赞|都在用|也在用|亲测|体验|打卡|光顾|青睐|赞不绝口|带着|是(?=本院|我院|我们|这里|这家)|见证|争相|亲身|祛的白|治好|治疗|满意)(?:[^,，。;!?]{0,12}?(?:本院|我院|这里|我们|这家|治疗|祛白|复色|方案|技术|疗法|医院|效果|看白斑|看病|就诊))?/,
      ),
    ],
    negation: 'suppress',
    hedge: false,
    // 有些演员公开谈过自己的白癜风: a public figure speaking about the disease endorses no clinic.
    refine: (c) => {
      if (/传闻|真假难辨|以医生的?诊断为准|没有经过验证|未经验证|请谨慎|不要(?:相信|跟风|盲目)|警惕|不可信|不能说明|不能作为/.test(c.sentence) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      if (!/本院|我院|这里|这儿|此处|我们|这家|到院|来院|预约|挂号|慕名|治疗|祛白|复色|方案|技术|疗法|医院|效果|看白斑|就诊|推荐|力荐|信赖|都在用|亲测|体验|赞不绝口|代言/.test(c.sentence)) return false;
      if (/公开谈|讲述|分享自己|患有|确诊|科普|公益|宣传活动|歧视/.test(c.sentence) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['不少知名人士都是我们的忠实患者', '多位名人亲身见证本院的治疗效果', '多位知名演员都曾在本院接受祛白治疗', '某奥运冠军也选择在我们这里治疗白斑', '很多明星都在用的祛白方案'],
      ok: ['有些演员公开谈过自己的白癜风，这帮助更多人了解了这种疾病', '请按医生的建议选择治疗方式'],
    },
  },
  {
    id: 'directive-universal',
    category: 'inducement',
    title: '对所有患者下命令：“所有患者必须立即……”',
    basis: DIRECTIVE_BASIS,
    message: '“所有患者都必须立即……”“凡是白斑都要马上……”是对每一位读者下达的就医或治疗命令：无视分型、分期和个体差异，也在制造紧迫感，诱导就医。',
    suggestion: '改为有条件、可由医生判断的建议，例如“发现白斑后建议到皮肤科明确诊断，是否需要治疗、采用哪种治疗由医生根据分型和分期决定”。',
    levels: levels('EEEW'),
    patterns: [
      p(
        /(?:所有|全部|一切|任何|每一?[位个名]|凡是?|但凡)[^,，。;!?]{0,12}?(?:患者|病人|病友|白斑|白癜风|人|家长|孩子)[^。;!?]{0,10}?(?:都|均|一律|务必|必须|统统|全都)?[^。;!?]{0,4}?(?:必须|务必|一定要|都要|都得|都应该?|应当|一律要?|都需要?|得)[^。;!?]{0,4}?(?:立即|立刻|马上|即刻|尽快|赶紧|赶快|第一时间|当天|今天)/,
      ),
      p(/(?:无论|不论|不管)[^,，。;!?]{0,12}[,，]?\s?(?:都|一律|均)(?:必须|要|得|需要?|应该?)?(?:立即|立刻|马上|即刻|尽快|赶紧|第一时间)/),
      // Structural: everyone (所有, 全体, 凡是, 只要有白斑…) and an urgency word anywhere in the sentence.
      p(/(?:所有|全部|全体|一切|凡是?|凡有|但凡|每一?[位个名]|任何|只要有?|无论|不论|不管)[^。;!?]{0,16}?(?:患者|病人|病友|朋友|读者|白斑|白癜风|患儿|孩子|家长|者|人)[^。;!?]{0,14}?(?:立即|立刻|马上|即刻|尽快|赶紧|赶快|第一时间|当天|今天就|本周内|一天也不能|不能等)|(?:无一例外|统统|一律|全部|全都)[^。;!?]{0,6}?(?:立即|立刻|马上|即刻|尽快|赶紧)/),
      p(/(?:所有|全部|每一?[位个名]|凡是?)[^,，。;!?]{0,12}?(?:患者|病人|病友)[^。;!?]{0,6}?(?:必须|务必|一律)[^。;!?]{0,6}?(?:来|到)(?:本院|我院|我们|这里)/),
      // No "all", but the order is still for everyone: 白斑一经发现，必须立即治疗; 只要确诊就务必马上照光.
      p(/(?:一经|一旦|只要|凡)(?:发现|出现|确诊|诊断|查出)[^。;!?]{0,12}?(?:必须|务必|一定要|都要|都得|一律)[^。;!?]{0,6}?(?:立即|立刻|马上|即刻|第一时间|当天|尽快)/),
    ],
    negation: 'suppress',
    hedge: false,
    // Urgency for an adverse event (出现严重过敏时立即就医) is safety advice, not an order to all.
    refine: (c) => !/过敏|不良反应|水疱|灼伤|烫伤|急救|急诊|120|异常反应|呼吸困难|高热|发烧|感染|化脓|溃烂|出血/.test(c.sentence),
    examples: {
      bad: ['白斑一经发现，必须立即来院治疗', '全体白斑患者务必在本周内来院复查', '只要有白斑，一律要尽快做移植', '所有白癜风患者都必须立即接受光疗', '凡是发现白斑的人，务必第一时间到我院就诊', '无论什么类型的白癜风，一律要立刻进行表皮移植'],
      ok: ['一旦出现呼吸困难，必须立即就医', '所有患者在光疗前都要先做皮肤评估', '出现大面积水疱时，应立即停止照光并尽快就医', '所有患者都应在医生指导下用药，不要自行停药', '并非所有白斑患者都需要立即治疗，稳定期可以先观察', '所有接受光疗的患者都要做好眼部防护'],
    },
  },
  {
    id: 'technique-unapproved',
    category: 'secret',
    title: '未获批准用于临床的技术（干细胞、基因、量子……）',
    basis: TECHNIQUE_BASIS,
    message: '宣传干细胞、基因修复、免疫细胞回输、量子或生物共振等治疗白癜风：这些技术未获批准作为临床常规治疗（干细胞和细胞治疗只能在备案的临床研究中开展），宣传其疗效既是疗效断言，也可能构成非法开展医疗技术。',
    suggestion: '删去。科普中如需介绍研究进展，写明“仍处于临床研究阶段、尚未批准用于常规治疗”，注明研究出处，不与本院服务相联系。',
    levels: levels('EEEE'),
    patterns: [p(UNAPPROVED_RE)],
    negation: 'suppress',
    hedge: false,
    refine: (c) => {
      if (RESEARCH.test(c.sentence) && !/本院|我院|我们|本中心|引进/.test(c.sentence)) return false;
      // Named as a treatment (治疗, 疗法, 复色…) or offered by the clinic, not just mentioned.
      return /治疗|疗法|复色|祛白|白斑|白癜风|修复|激活|见效|恢复|引进|开展|采用|有效/.test(c.sentence);
    },
    explain: (hit) => {
      const t = UNAPPROVED_TECHNIQUES.find((x) => new RegExp(`^(?:${x.pattern})$`).test(hit) || new RegExp(x.pattern).test(hit));
      return t ? `${t.label}：${t.source}` : undefined;
    },
    examples: {
      bad: ['外泌体注射治疗白癜风，效果立竿见影', '细胞免疫疗法治疗银屑病，本院已全面开展', '我们的臭氧自血回输疗法能净化血液，清除白斑', '本院开展干细胞移植治疗白癜风', '采用基因修复疗法，让白斑不再扩散', '引进量子共振治疗仪，祛除白斑'],
      ok: ['臭氧疗法、自血回输等疗法用于白癜风缺乏证据，不建议尝试', '磁共振是一种影像检查，与白斑治疗无关', '干细胞治疗白癜风目前仍处于临床研究阶段，尚未批准用于常规治疗', '自体黑色素细胞移植适合稳定期、面积不大的白斑', '干细胞是一类具有自我更新能力的细胞，科研中常被用来研究皮肤再生'],
    },
  },
  {
    id: 'efficacy-body-response',
    category: 'efficacy',
    title: '把身体反应当作疗效的证据：“发红说明黑色素被激活”',
    basis: BASIS.efficacy,
    message: '把发红、发痒、刺痛、水疱、灼热等身体反应说成“黑色素正在被激活”“复色的前兆”“药物在起作用”，是用反应来证明疗效。这些反应与疗效没有确定的对应关系，也可能是需要处理的不良反应。',
    suggestion: '如实说明这是常见反应、一般持续多久、出现哪些情况需要复诊；是否有效由医生在复诊时评估，例如“照光后轻度发红较常见，如持续不退或起疱，请及时复诊”。',
    levels: levels('EEEW'),
    patterns: [
      p(
        // The regex starts at the reading (说明, 证明…) and refine() looks back for the reaction: starting at
        // the reactions (痒, 反应…, common in care advice) would try both gaps after every one of them.
        /(?:说明|证明|表明|意味着|代表着?|预示着?|标志着|就是|正是|那是|这是|证据)[^。;!?]{0,12}?(?:黑色素|黑素|色素细胞|色素|毛囊|复色|起效|见效|奏效|有效|在?起作用|好转|激活|唤醒|再生|新生|恢复|康复|痊愈|修复|排毒|毒素|药力|药效|疗效|效果|气血|长出来|直达病灶|渗透|到达|生效|清除|苏醒|活跃|复苏|血液循环|循环改善|不远|发挥作用|发挥(?:了)?效果|起了作用|在工作|好现象|好事)/,
      ),
      // The stronger the reaction, the better the result: 越痒效果越好, 红肿越明显，复色就越快.
      p(/越(?:痒|红|痛|疼|热|烫|肿|黑|明显|强烈|厉害)[^。;!?]{0,10}?(?:效果|疗效|复色|好转|恢复|见效)[^。;!?]{0,3}?越(?:好|快|明显|显著)/),
      p(/离(?:复色|康复|痊愈|治愈|好转)不远|(?:复色|好转|康复|痊愈|起效|见效|有效|生效|恢复|修复|黑色素(?:再生|恢复|激活|生长))的(?:前兆|信号|征兆|标志|表现|好兆头|兆头|迹象|开始)|好兆头|好的迹象|正常的好转/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const s = c.sentence;
      // The reaction is read as something to report to the doctor, or the reading is hedged to a doctor.
      if (/剂量|偏大|过量|过敏|不良反应|告诉医生|及时复诊|需要复诊|由医生|医生判断|医生评估|并不|不代表|不说明|不一定|提示|是否|要看|评估|不能用来|没有(?:确定的?)?(?:关系|联系)|无关|不等于|只是/.test(s) && !/本院|我院/.test(s)) return false;
      // 脱皮是皮肤修复过程中常见的表现: a common reaction described as such, with no claim that it proves anything.
      if (/常见的?(?:表现|现象|反应)|正常现象/.test(s) && !/说明|证明|表明|意味|代表|预示|标志|正是|就是|证据/.test(s)) return false;
      if (BODY_READING.test(c.norm.slice(c.start, c.end)) && !REACTION_BEFORE.test(c.norm.slice(c.sentenceStart, c.start).slice(-16))) return false;
      if (!/说明|证明|表明|意味|代表|预示|标志|就是|正是|那是|这是|证据|发红|泛红|红斑|红肿|红点|痒|刺痛|疼痛|痛|疼|灼|热|麻|水疱|水泡|疱|脱皮|脱屑|结痂|变黑|发黑|变深|反应|出汗|酸胀|口干|便溏|腹泻|不适|前兆|信号|征兆|标志|表现|越/.test(c.norm.slice(c.start, c.end))) return false;
      return true;
    },
    examples: {
      bad: ['照光后皮肤发红发痒，说明黑色素正在被激活', '白斑边缘发红是复色的前兆', '出现刺痛感就证明药物已经在起作用', '涂药后有点刺痒，这正是药力在发挥作用', '越痒说明效果越好，千万不要停药'],
      ok: ['照光后皮肤发红，说明照射剂量可能偏大，请告诉医生', '发红、瘙痒并不代表治疗有效，是否有效需要复诊时由医生评估', '出现色素岛可能提示病情好转，需要复诊由医生判断', '皮肤脱屑是常见的局部反应，注意保湿即可，是否有效要看复诊评估'],
    },
  },
  {
    id: 'testimonial-heading',
    category: 'testimonial',
    title: '以患者故事、反馈为标题的段落',
    basis: BASIS.testimonial,
    message: '这个标题引出的是患者的故事、反馈或评价：标题本身就把下面的内容变成了患者证言，无论内容写的是疗效还是服务，整段都属于以患者名义作证明。',
    suggestion: '删去这一段。确需展示服务信息的，写客观的就诊流程和服务安排；病例教学内容须经患者单独同意、去除身份信息，且只讲诊疗过程，不作效果宣传。',
    levels: levels('EEEW'),
    patterns: [],
    // Headings about channels, rules or questions (患者反馈渠道, 患者须知, 患者常问的问题) introduce no stories.
    heading: new RegExp(
      `^(?!.*(?:${HEADING_NOT}))(?:.*(?:${TELLERS})[^,，。]{0,8}?(?:${TELLS})|.*(?:他们|她们|听听|来自患者|来自就诊者|感言|寄语|见证|好评|点评|口碑|真心话|心里话|心声|来信|感谢信|感谢墙|重拾自信|蜕变|(?:病例|案例|治疗|复色|康复|祛白|抗白)(?:分享|故事|日记|之路|体验|心得|历程)|(?:复色|康复|治疗|祛白|成功|典型|真实)(?:案例|病例)|就诊体验|之路|真实(?:反馈|评价|分享|体验|故事|案例|心声|见证)|(?:效果|疗效|案例|病例|复色|治疗|康复)(?:展示|见证|实录|回访|追踪|精选|实例)|(?:用户|顾客|客户|网友)(?:评价|反馈|好评)))`,
    ),
    negation: 'ignore',
    hedge: false,
    subject: false,
    examples: {
      bad: ['## 疗效展示\n治疗三个月后的变化。', '### 治疗感言\n没想到这么快就看到效果。', '## 他们在这里重拾自信\n三年的白斑终于有了变化。', '## 患者心声\n坚持来复诊，医生很耐心。', '**他们的康复故事**\n邻居介绍我来的，医生讲得很清楚。', '真实反馈\n\n第一次来有点紧张，护士一直在旁边陪着。'],
      ok: ['**患者反馈渠道**\n对服务有意见或建议，可在服务台填写意见卡。', '## 常见问题\n白癜风会传染吗？不会。', '## 写给患者和家属的话\n白癜风不影响寿命，也不会传染。', '患者提问\n\n问：孩子能做光疗吗？\n答：需要医生评估。'],
    },
  },
];


