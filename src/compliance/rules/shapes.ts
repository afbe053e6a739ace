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
        /(?:明星|影星|歌星|球星|笑星|演员|歌手|主持人|艺人|网红|大v|主播|名人|奥运冠军|世界冠军|全国冠军|冠军|运动员|企业家|名模|模特|作家|导演|影帝|影后|歌后|天王|天后|博主)[^,，。;!?]{0,16}?(?:都|也|纷纷|亲自|专程|特地|慕名)?(?:在|来|到|选择|信赖|信任|认可|推荐|力荐|点赞|都在用|也在用|亲测|体验|打卡|光顾|青睐|赞不绝口|带着)(?:[^,，。;!?]{0,12}?(?:本院|我院|这里|我们|这家|治疗|祛白|复色|方案|技术|疗法|医院|效果|看白斑|看病|就诊))?/,
      ),
    ],
    negation: 'suppress',
    hedge: false,
    // 有些演员公开谈过自己的白癜风: a public figure speaking about the disease endorses no clinic.
    refine: (c) => {
      if (!/本院|我院|这里|我们|这家|到院|来院|治疗|祛白|复色|方案|技术|疗法|医院|效果|看白斑|就诊|推荐|力荐|信赖|都在用|亲测|体验|赞不绝口|代言/.test(c.sentence)) return false;
      if (/公开谈|讲述|分享自己|患有|确诊|科普|公益|宣传活动|歧视/.test(c.sentence) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['多位知名演员都曾在本院接受祛白治疗', '某奥运冠军也选择在我们这里治疗白斑', '很多明星都在用的祛白方案'],
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
      p(/(?:所有|全部|每一?[位个名]|凡是?)[^,，。;!?]{0,12}?(?:患者|病人|病友)[^。;!?]{0,6}?(?:必须|务必|一律)[^。;!?]{0,6}?(?:来|到)(?:本院|我院|我们|这里)/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['所有白癜风患者都必须立即接受光疗', '凡是发现白斑的人，务必第一时间到我院就诊', '无论什么类型的白癜风，一律要立刻进行表皮移植'],
      ok: ['所有患者都应在医生指导下用药，不要自行停药', '并非所有白斑患者都需要立即治疗，稳定期可以先观察', '所有接受光疗的患者都要做好眼部防护'],
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
      if (RESEARCH.test(c.sentence) && !/本院|我院|我们|引进|开展|采用/.test(c.sentence)) return false;
      // Named as a treatment (治疗, 疗法, 复色…) or offered by the clinic, not just mentioned.
      return /治疗|疗法|复色|祛白|白斑|白癜风|修复|激活|见效|恢复|引进|开展|采用|有效/.test(c.sentence);
    },
    explain: (hit) => {
      const t = UNAPPROVED_TECHNIQUES.find((x) => new RegExp(`^(?:${x.pattern})$`).test(hit) || new RegExp(x.pattern).test(hit));
      return t ? `${t.label}：${t.source}` : undefined;
    },
    examples: {
      bad: ['本院开展干细胞移植治疗白癜风', '采用基因修复疗法，让白斑不再扩散', '引进量子共振治疗仪，祛除白斑'],
      ok: ['干细胞治疗白癜风目前仍处于临床研究阶段，尚未批准用于常规治疗', '自体黑色素细胞移植适合稳定期、面积不大的白斑', '干细胞是一类具有自我更新能力的细胞，科研中常被用来研究皮肤再生'],
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
        /(?:发红|泛红|红斑|发痒|瘙痒|痒感|刺痛|疼痛|灼热|灼烧|发热|发烫|热感|麻木|水疱|水泡|起疱|脱皮|脱屑|结痂|变黑|变深|色素加深|反应|出汗|酸胀)[^。;!?]{0,12}?(?:说明|证明|表明|意味着|代表着?|预示着?|标志着|就是|是)[^。;!?]{0,12}?(?:黑色素|黑素|色素细胞|毛囊|复色|起效|见效|奏效|有效|在?起作用|好转|激活|唤醒|再生|新生|恢复|康复|痊愈|修复|排毒)/,
      ),
      p(/(?:复色|好转|康复|痊愈|起效|见效|黑色素(?:再生|恢复|激活))的(?:前兆|信号|征兆|标志|表现)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const s = c.sentence;
      // The reaction is read as something to report to the doctor, or the reading is hedged to a doctor.
      if (/剂量|偏大|过量|过敏|不良反应|告诉医生|及时复诊|需要复诊|由医生|医生判断|医生评估|并不|不代表|不说明|不一定|提示/.test(s) && !/本院|我院/.test(s)) return false;
      if (!/发红|泛红|红斑|痒|刺痛|疼痛|灼|热|麻木|水疱|水泡|疱|脱皮|脱屑|结痂|变黑|变深|反应|出汗|酸胀|前兆|信号|征兆|标志|表现/.test(c.norm.slice(c.start, c.end))) return false;
      return true;
    },
    examples: {
      bad: ['照光后皮肤发红发痒，说明黑色素正在被激活', '白斑边缘发红是复色的前兆', '出现刺痛感就证明药物已经在起作用'],
      ok: ['照光后皮肤发红，说明照射剂量可能偏大，请告诉医生', '发红、瘙痒并不代表治疗有效，是否有效需要复诊时由医生评估', '出现色素岛可能提示病情好转，需要复诊由医生判断'],
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
    heading:
      /患者(?:的)?(?:心声|故事|反馈|感言|评价|分享|留言|来信|体验|日记|见证|口碑|好评|怎么说|说)|病友(?:的)?(?:心声|故事|反馈|分享|评价|感言|经验|日记|见证|怎么说|说)|听听[^。]{0,6}(?:怎么说|说|声音|心声)|(?:他们|她们|大家)的?(?:故事|心声|康复|分享|反馈|评价)|康复(?:故事|分享|日记|之路|见证|案例|心得|喜讯)|真实(?:反馈|评价|分享|体验|故事|案例|心声|见证)|来自患者|治疗(?:心得|感受|体会|经历)分享|(?:用户|顾客|客户|网友|家长)(?:评价|反馈|心声|好评|分享)|口碑墙|好评(?:榜|墙|如潮|集锦)|感谢(?:信|墙)|复色(?:故事|日记|分享)/,
    negation: 'ignore',
    hedge: false,
    subject: false,
    examples: {
      bad: ['## 患者心声\n坚持来复诊，医生很耐心。', '**他们的康复故事**\n邻居介绍我来的，医生讲得很清楚。', '真实反馈\n\n第一次来有点紧张，护士一直在旁边陪着。'],
      ok: ['## 常见问题\n白癜风会传染吗？不会。', '## 写给患者和家属的话\n白癜风不影响寿命，也不会传染。', '患者提问\n\n问：孩子能做光疗吗？\n答：需要医生评估。'],
    },
  },
];


