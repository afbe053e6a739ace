import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { levels, p } from './util.js';

/** The sentence warns about the thing it names (偏方可能延误治疗): the term is the subject of a warning. */
const WARNS = /延误|耽误|危害|风险|不可靠|没有(?:科学)?依据|不科学|加重|上当|受骗|警惕|慎用|不建议|不可信|未经验证|没有经过验证|没有验证|未经证实|盲目|来路不明|来源不明|不要(?:轻信|相信|购买|服用)|谨慎|请勿/;

/** A link to a doctor's booking anchor or to a booking page. */
const BOOKING_LINK = /doctors\/[^)\s#]{1,100}#booking|booking|yuyue|appointment|guahao/;
const PATENT_NUMBER = /zl\s?\d{8}|专利号\s?[:：]?\s?(?:zl)?\s?\d{8}|\d{12}\.[\dx]/;
const PATENT_KIND = /发明|实用新型|外观设计/;

/** Another clinic or doctor, unnamed: 很多医院, 外面不少诊所, 一些所谓的专科医院, 别处, 同行. */
const OTHERS =
  /(?:很多|不少|有些|有的|一些|某些|个别|许多|大多数|大部分|那些|其他|其它|别的|别家|外面的?|外地的?|市面上的?|网上的?|一般的?|普通的?|公立|私立|小|黑)(?:[^,，。;!?]{0,6}?)(?:医院|诊所|机构|门诊|专科|医生|专家|大夫|同行|皮肤科|地方)|别处|别家|同行|小门诊|小诊所/;
/** A judgement of another clinic's competence, honesty or results. */
const DISPARAGING =
  /分不清|不懂|不会看|看不好|治不好|治坏|没效果|没有效果|不理想|白照|白花|冤枉钱|老旧|淘汰|落后|经验不足|经验(?:远远)?不够|水平(?:有限|差|低|一般|参差不齐)|参差不齐|不靠谱|不正规|不专业|没有(?:执业)?资质|连[^,，。]{0,6}都(?:没有|不|分不清)|只想着?赚钱|为了(?:赚钱|留住)|故意|拖长|只顾|不顾|不管|只会|只治标|治标不治本|千篇一律|一刀切|误诊|耽误|延误|滥用|乱用|乱开|乱治|骗人|骗钱|坑人|忽悠|夸大|副作用大|没时间|刚毕业|并不了解|一知半解|越治越|反而(?:扩散|加重|更重)|做不到|比不上|望尘莫及|不分期|不评估|不检查/;
/** Other treatments or clinics as a class, for comparisons: 同类专科, 传统疗法, 常规光疗. */
const OTHER_TREATMENTS = /(?:同类|传统|普通|常规|一般|其他|其它|别家|别的|外面的?)的?(?:专科|疗法|方法|光疗|治疗|产品|药物|药|方案|技术)/;
const COMPARE_MARK = /^(?:比起来|相比(?:之下)?|相较|比较起来|好于|高于|强于|高出|快于|胜于|得多|太多|[一二三四五六七八九十两\d]+倍|不一样|不同[，,]|做不到)$/;

/** Public bodies, associations, expert panels and officials whose name may not vouch for a clinic. */
const BODIES =
  '卫健委|卫生健康委员会?|卫生部门?|卫生局|卫生主管部门|主管部门|有关部门|相关部门|药监(?:局|部门)|疾控中心|世界卫生组织|政府|领导|院士|医学会|医师协会|协会|学会|研究会|专业委员会|专家委员会|委员会|专家组|专家团队?|评审组|权威机构|官方';
/** What a body does when it vouches: after the body (给予高度评价, 审定, 列为) or before it (获得…的认可). */
const VOUCH =
  '认可|认定|肯定|高度评价|评价很高|表扬|表彰|嘉奖|称赞|赞扬|考察|视察|审定|审核通过|论证|鉴定|推广|扶持|重视|支持|背书|列为|评为|授予|授牌|挂牌|认证|力荐|推荐|批准|点赞|好评';
const VOUCH_BEFORE = '获得|得到|受到|荣获|通过|经过?|深受';
const VOUCH_END = new RegExp(`(?:${VOUCH})$`);
const VOUCH_START = new RegExp(`^(?:${VOUCH_BEFORE})`);

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
      p(/(?:无效|不见效|没效果|无效果|不满意|治不好|不复色)[,，]?\s?(?:费用|治疗费|药费)?(?:全额)?(?:退款|退钱|退费|不收费|免费|包退|全退)|(?:疗效|效果)(?:写进|写入|纳入)合同|(?:签订|签署|签)(?:疗效|效果)(?:协议|合同)|不(?:好|满意|见效)不(?:收费|要钱)|包退|签约(?:治疗|保证|承诺)|包疗程|(?:先治病|先治疗|先看病)后付款|(?:见效|治好|有效|复色)(?:后|再)(?:付款|收费|付费|交钱)|按疗效收费|疗效(?:保险|承诺书?|担保)|保险公司(?:承保|担保|保险|全程保障)|(?:由|有)[^,，。]{0,8}保险(?:公司)?(?:承保|担保)|终身(?:质保|保修|负责|保障)|终身免费(?:复查|治疗|复诊)/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['无效全额退款', '签约治疗，治不好不收费', '疗效由保险公司承保', '终身负责，终身免费复查'],
      ok: ['正规医院不会承诺“无效退款”', '警惕“签约治疗、无效退款”一类宣传', '治疗费用以医院收费公示为准'],
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
      p(/比(?:其他|别的|别家|一般|普通|传统|同类|公立|外面的?|其它|国外|西药|中药|激素|同行|市面上)[^,，。;!?]{0,10}?(?:更|还要?|要)?(?:好|快|安全|有效|彻底|便宜|先进|专业|显著|明显|持久|稳定)/),
      p(/优于|胜过|胜于|远超|远远超过|超越(?:其他|同类|传统|国外|同行)|领先于|强于/),
      // Structural: a comparison marker in a sentence that names an unnamed other and ourselves
      // (跟普通医院比起来，我们的复色速度快得多; 本院疗效明显好于同类专科; 是普通疗法的三倍).
      p(/比起来|相比(?:之下)?|相较|比较起来|好于|高于|强于|高出|快于|胜于|得多|太多|[一二三四五六七八九十两\d]+倍|不一样|不同[，,]|做不到/),
      p(/(?:同类|同行|其他|别家|传统|普通)(?:医院|疗法|产品|机构)?(?:中|里)?(?:无法|不能|难以)(?:比|相比|媲美|比拟|企及)|是(?:普通|传统|其他|一般)[^,，。]{0,6}?的?\d+倍|无人能及|无可比拟|遥遥领先|\d+倍于|效果(?:是|为)[^,，。]{0,8}?的?\d+倍|疗效翻倍|甩(?:开)?同行/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (COMPARE_MARK.test(hit)) {
        // The structural pattern: ourselves and an unnamed other both in the sentence.
        if (!/本院|我院|我们|本中心|这里|本疗法|我院方案|本方案/.test(c.sentence)) return false;
        if (!OTHERS.test(c.sentence) && !OTHER_TREATMENTS.test(c.sentence)) return false;
        if (/^(?:不一样|不同[，,]|做不到)$/.test(hit) && !DISPARAGING.test(c.sentence) && !/效果|疗效|复色|专业|水平/.test(c.sentence)) return false;
      }
      return /医院|诊所|机构|同行|别家/.test(hit) ? 1 : true;
    },
    examples: {
      bad: ['我院疗效比其他医院更好', '比传统光疗见效更快', '效果远超同类产品', '技术遥遥领先', '跟普通医院比起来，我们的复色速度快得多', '本院的复色方案效果是普通疗法的三倍'],
      ok: ['白斑部位的皮肤比正常皮肤更容易晒伤', '复诊时医生会把白斑和上次的照片比较', '比起担心，更重要的是规范治疗', '与外用药相比，光疗需要更频繁地往返医院', '面部白斑的复色通常比手足部位更快'],
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
      // Unnamed others: 很多医院只会…, 有些诊所为了赚钱…, 市面上一些机构技术落后….
      p(/(?:很多|不少|有些|有的|一些|某些|个别|部分|许多|大多数|大部分|市面上的?(?:很多|不少|一些|有些)?|外面(?:很多|不少|一些|有些)?)(?:所谓的?)?(?:医院|诊所|机构|门诊|专科|医生|专家|大夫|同行|小诊所)[^。;!?]{0,16}?(?:只会|只想|就会乱|乱|骗|坑|根本不|不懂|不专业|水平(?:有限|差|低|一般)|技术落后|误诊|夸大|忽悠|耽误|延误|越治越|收费(?:混乱|高|乱)|为了赚钱|用坏|治坏|不负责|糊弄)/),
      // Structural: an unnamed other clinic or doctor, then any judgement of it, anywhere in the sentence.
      p(new RegExp(`(?:${OTHERS.source})[^。;!?]{0,24}?(?:${DISPARAGING.source})`)),
      p(/(?:不靠谱|不正规|不专业|黑心|无良|骗人|骗钱|坑人|乱收费|水平(?:差|低))的(?:小)?(?:医院|诊所|机构|门诊|医生|专科)/),
      p(/(?:其他|别的|别家|外面的?|小|黑|私立|公立|普通)(?:医院|诊所|机构|门诊|医生)[^,，。]{0,6}?(?:都|根本|只会|全是)?(?:治不好|骗人|骗钱|坑人|乱收费|害人|不专业|不正规|误诊|乱治|治坏|耽误病情|乱用(?:激素|药))|别再乱投医|久治不愈(?:的患者)?[^,，。]{0,4}(?:来|到|请来|请到|选择)(?:我院|本院|我们)|走了(?:很多|不少)弯路[^。]{0,8}(?:来到|找到|选择)|(?:激素药|西药|激素|化学药)[^,，。]{0,2}(?:毁|害|伤)了?(?:皮肤|脸|人|身体|一生|肝|肾)|庸医|骗子医院|黑心医院|莆田系/),
    ],
    negation: 'suppress',
    // 长期滥用激素会伤皮肤 warns about misuse; it disparages no one.
    refine: (c) => {
      if (/滥用|长期|不规范|自行|擅自|过量|不当/.test(c.norm.slice(Math.max(0, c.start - 10), c.start).split(/[,，。;!?]/).pop() ?? '')) return false;
      // A consumer warning that names no one and promotes nothing (警惕有些机构夸大宣传，注意辨别).
      if (/警惕|谨防|提防|注意辨别|注意甄别|学会辨别|请选择正规|认准正规/.test(c.sentence) && !/本院|我院|我们|来我|到我/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: ['其他医院治不好的白癜风，来我院试试', '小诊所乱治，耽误病情', '激素药毁皮肤，千万别用', '别再乱投医了', '外面不少诊所连分型都分不清，就给患者照光', '有些同行只顾卖药，不顾患者的感受'],
      ok: ['请到正规医疗机构的皮肤科就诊', '长期不规范使用激素可能伤害皮肤', '如果其他医院已经确诊，请带上检查结果', '不同医院的设备型号不同，但原理相近', '任何医院都可能遇到诊断困难，必要时会做病理检查'],
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
      p(/患者(?:证言|心声|感言|见证|来信|好评|口碑)|真实(?:案例|见证|好评|康复案例)|康复(?:日记|案例|故事|见证|喜讯)|治愈(?:案例|故事|喜讯)|感谢信|锦旗|好评如潮|口碑(?:爆棚|极佳|相传)/),
      p(/(?:我|俺)(?:在|来|来到|到)[^,，。]{0,12}(?:治疗|治了|看了|做了|用了)[^。]{0,14}?(?:好了|没了|全消|消失|复色|痊愈|治好|不见了|恢复)/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['患者送来锦旗表示感谢', '真实案例：治疗三个月白斑明显缩小', '我在这家医院治了两个月，白斑全都没了', '看看患者的康复日记'],
      ok: ['我在门诊常被问到这个问题', '治疗期间记录皮肤变化，有助于复诊时沟通', '复诊时请告诉医生用药后的感受'],
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
      p(/治疗前后的?(?:对比|比较|照片|效果|图)|(?:术|疗)前(?:术|疗)后(?:对比|照片|图|效果)|效果对比(?:图|照)?|前后对比(?:图|照片?)?|复色对比|对比(?:图|照片?)|治疗前的?(?:照片|图片?)|治疗后的?(?:照片|图片?)|before\s?\/?\s?after|使用前后/),
      p(/!\[[^\][]{0,100}(?:治疗前|治疗后|术前|术后|对比|复色后)[^\][]{0,100}\]/),
    ],
    negation: 'suppress',
    hedge: false,
    // The doctor photographing lesions to assess them is a record, not publicity.
    refine: (c) => !/评估|记录|随访|病历|存档|判断|观察|监测|报告|复诊|检验|医生/.test(c.sentence) || /本院|我院|效果|疗效展示/.test(c.sentence),
    examples: {
      bad: ['治疗前后对比照片见下图', '![治疗后三个月](/uploads/media/a.webp)', '看看这些复色对比图', '效果对比一目了然'],
      ok: ['治疗前后都要做好防晒', '医生会拍摄治疗前后照片，用于评估疗效', '术前术后的护理要点'],
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
    refine: (c) => !(WARNS.test(c.sentence) || /不要|别|没有经过|未经|跟风/.test(c.sentence)) || /本院|我院|我们/.test(c.sentence),
    patterns: [
      p(/推荐官|体验官|代言人|形象大使|品牌大使|明星(?:推荐|同款|代言|都在用|亲测)|网红(?:同款|推荐|医院)|达人(?:推荐|亲测)|亲测有效|(?:演员|歌手|主持人|明星|艺人|网红|博主)[^,，。]{0,8}(?:推荐|代言|亲测|都在用|都来)/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['特邀知名演员担任本院形象大使', '明星同款祛白方案', '多位博主亲测推荐'],
      ok: ['不要盲目跟风网上的护肤推荐', '请按医生的建议选择保湿产品'],
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
      p(/(?:专家|医生|医师|教授|主任|院士|博士|名医|大夫)们?(?:都|一致|亲自|倾情|联袂|强烈)?(?:推荐|力荐|认证|认可|首推|背书|担保|点赞)/),
      p(/(?:院士|教授|专家|主任|博导)(?:亲诊|亲自坐诊|亲自操刀|亲自主刀)[^。]{0,10}(?:效果|疗效)(?:好|显著|更好|更有保障|有保障)/),
    ],
    negation: 'suppress',
    hedge: false,
    // 按医生推荐的方法护理, 医生推荐使用温和的保湿剂: the doctor's advice to the reader.
    refine: (c) => {
      if (/(?:按|遵|听|照|按照|遵照|根据)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start))) return false;
      if (/(?:使用|选用|选择|可用|购买|涂抹?)$/.test(c.norm.slice(Math.max(0, c.start - 2), c.start))) return false;
      if (/^(?:使用|选用|涂抹?|外用|口服|在|每天|每日|避免|先|的(?:保湿|防晒|护肤|洁面|剂量|用法|用量|方法|时间|频率|做法|护理))/.test(c.norm.slice(c.end))) return false;
      return true;
    },
    examples: {
      bad: ['三甲医院皮肤科主任都推荐的疗法', '多位专家联袂推荐', '教授亲自操刀，效果更有保障'],
      ok: ['请按医生推荐的方法护理', '医生推荐使用温和的保湿剂', '专家建议进展期避免外伤'],
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
      p(/万人(?:选择|信赖|推荐)|(?:数|几|上|十|百|千)?万(?:名|位)?(?:患者|病友|家庭)的?(?:共同)?(?:选择|信赖|信任|认可)|(?:患者|病友)都?(?:信赖|首选|认可)的?[\u4e00-\u9fff]{0,4}?(?:医院|品牌|机构)|好评率|满意度(?:高达|达到?)\s?\d+|排队(?:预约|挂号|就诊)|一号难求|人满为患|慕名而来|口碑(?:之选|医院)|回头客/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['十万患者信赖的白癜风医院', '全国各地患者慕名而来', '满意度高达99%', '专家号一号难求'],
      ok: ['预约后请按时到诊，避免排队等候', '患者的满意与否不能代替疗效评估'],
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
      p(/(?:协会|学会|研究会|基金会|委员会|卫健委|卫生部|卫生局|卫生健康委员会|药监局|政府|国家|官方|世界卫生组织|who)(?:唯一)?(?:指定|认证|授权|定点|特批|表彰|授牌|挂牌)|(?:国家|政府|官方|权威机构)(?:认证|认可|指定|推荐)的?(?:医院|机构|技术|疗法|品牌|单位)?|指定(?:医院|单位|机构|诊疗中心)|定点(?:医院|机构|单位)(?=[^。]{0,10}(?:放心|正规|权威|值得信赖|品质|保障))/),
      p(/(?:协会|学会|研究会|基金会|卫健委|卫生部|政府|官方)推荐的?(?:医院|机构|疗法|技术|品牌|单位|医生|专家)/, { shift: -1 }),
      // A health body, association or expert panel vouching for the clinic or its treatment: 经专家组论证认可, 疾控中心也认可.
      p(/(?:卫健委|卫生健康委员会?|卫生部|卫生局|疾控中心|医学会|医师协会|协会|学会|研究会|专家委员会|专家组|专家团|评审组|权威机构|官方|政府)[^,，。;!?]{0,12}?(?:认可|认定|肯定|点名|鉴定|论证|表彰|嘉奖|力荐|推荐|授予|评定|批准)/),
      // Structural: any public body, association, expert panel or leader (BODIES) vouching for the
      // clinic or its treatment, before or after it: 获得专业委员会的一致认可, 卫生主管部门给予表扬.
      p(new RegExp(`(?:${BODIES})[^。;!?]{0,16}?(?:${VOUCH})|(?:${VOUCH_BEFORE})[^。;!?]{0,12}?(?:${BODIES})|(?:官方|权威)背书|为(?:中央|国家|省|市)?(?:领导|首长)(?:诊治|看病|治疗)|(?:中央|国家|省|市)领导(?:的)?(?:保健|诊治)`)),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (!/(?:认可|认定|肯定|点名|鉴定|论证|表彰|嘉奖|力荐|推荐|授予|评定|批准)$/.test(hit) && !VOUCH_END.test(hit) && !VOUCH_START.test(hit)) return true;
      // The structural pattern: the clinic itself must be vouched for, or the vouching be unmistakable.
      if (!/本院|我院|我们|本中心|该院|这家|本疗法|本方案/.test(c.sentence) && !/高度评价|表扬|表彰|嘉奖|视察|考察|背书|授牌|挂牌|审定|认证|指定|列为|评为/.test(hit)) return false;
      // Vouching for the clinic or its treatment; a guideline recommending a drug to readers is a citation.
      if (/共识|指南|诊疗规范|诊疗标准|发布的|继续教育|建议患者/.test(c.sentence)) return false;
      // Approval as a requirement or a thing to check (批准的药物才能使用, 是否获批可以查询) vouches for no one.
      if (/才能|才可以|须经|需要经|必须经|是否|查询|核实|规定|要求/.test(c.sentence) && !/本院|我院|我们/.test(c.sentence)) return false;
      return /本院|我院|我们|该院|这家|这项|本疗法|疗法|技术|方案|医院|中心|单位|基地|门诊/.test(c.sentence);
    },
    examples: {
      bad: ['中国医师协会指定白癜风诊疗基地', '国家认证的复色技术', '政府指定定点医院', '本院为卫健委推荐医院', '我院光疗方案获得白癜风专业委员会的一致认可', '卫生主管部门对本院的白斑治疗效果给予表扬'],
      ok: ['国家卫健委发布的皮肤病诊疗规范', '指南推荐外用药物作为局限型白癜风的一线治疗', '本院是医保定点医疗机构，可按规定报销', '卫健委要求医疗机构公示收费标准', '专家组在共识中强调了防晒的重要性'],
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
    patterns: [p(/部队|解放军|武警|军医|军队(?:专家|医院|医生)|军区|军方|战区(?:总)?医院|军委|退役军医|军人专家/)],
    negation: 'suppress',
    examples: {
      bad: ['原部队医院专家坐诊', { text: '解放军医院退休军医亲诊', type: 'ad' }, '军队专家联合会诊'],
      ok: ['队列研究显示，晒伤史与白斑进展有关[1]', '部分患者需要长期随访'],
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
      p(/名医(?!传授)|神医|权威专家|知名专家|著名专家|顶级专家|资深专家团|白斑克星|白癜风克星|(?<![\u4e00-\u9fff])克星|特聘专家|国家级专家|泰斗|圣手|妙手回春|华佗再世|在世华佗|专家团队坐诊|祛白(?:专家|名医|第一人)/),
      p(/国医大师/, { shift: -1 }),
    ],
    negation: 'suppress',
    examples: {
      bad: ['特邀知名专家亲诊', '白斑克星', '国内权威专家团队', '神医妙手回春'],
      ok: ['专家共识建议进展期尽早治疗', '皮肤科医生会根据分型制定方案'],
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
      p(/(?:获|获得|荣获|斩获|摘得)[^,，。;!?]{0,10}?奖(?!学金|励制度)|屡获殊荣|殊荣|(?:省级|市级|国家级|部级)荣誉|荣誉称号|获奖|荣获|金奖|银奖|十佳|百强|十强|排名第[一二三四五六七八九十\d]+|排行榜|口碑榜|(?:年度|十大|百佳)(?:医院|品牌|专科|名医)|(?:诚信|放心|示范|明星|优秀|先进)(?:医院|单位|品牌|示范单位|专科)|被?评为|入选[^,，。]{0,10}(?:榜|名单|十佳|百强)|上榜|金牌(?:医生|专家|医院|服务|团队|专科)|五星级|(?:全国|全省|全市)(?:[一二三四五六七八九十\d]+)强|(?:中国|全国)(?:十大|百佳)/),
    ],
    negation: 'suppress',
    examples: {
      bad: ['本院荣获“年度诚信医院”称号', '入选全国白癜风医院十强榜单', '金牌专家团队为您服务', { text: '连续三年排名第一', type: 'ad' }],
      ok: ['研究结果发表在皮肤科期刊上[1]', '请根据自己的情况选择就诊时间'],
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
      p(/(?:祖传|宫廷|独家|民间|家传|古代|千年)?秘方|祖传|家传|秘制|秘传|神秘配方|名医传授|(?:民间|土)?偏方|验方|御用/, { align: 'word' }),
      p(/(?:祖上|老祖宗|祖辈|祖宗|上辈|家里|师父|老中医)[^,，。;!?]{0,6}?(?:传下来|传下|流传|留下来?|传授)的?[^,，。;!?]{0,4}?(?:药方|方子|配方|秘方|药|绝招|绝活)|独门(?:药方|秘方|配方|方子|绝技|绝招)|(?:家传|祖传)(?:药方|方子|配方)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      if ((WARNS.test(c.sentence) || /医生建议|咨询医生|请教医生|给医生看|问问医生/.test(c.sentence)) && !/本院|我院|我们/.test(c.sentence)) return false;
      // 家传手艺, 祖传的老宅: the lineage word makes a claim only about a remedy or a treatment.
      return /方|药|膏|丸|散|剂|治|疗|白斑|白癜风|祛白|复色|手法|熏|敷/.test(c.sentence);
    },
    examples: {
      bad: ['祖传秘方，专治白癜风', '宫廷秘制配方', '名医传授的独家偏方', '本院秘制中药膏'],
      ok: ['不要轻信网上流传的偏方', '民间偏方可能延误规范治疗', '这属于国家传统医学的范畴', '医生会结合经验方法判断'],
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
    patterns: [p(/神药|特效药|灵丹妙药|神奇(?:疗法|的?药|效果|功效|疗效)|神效|奇效|特效(?:疗法|方|治疗)|仙丹|妙药|一抹就好|一贴就好|一针见效|起死回生|黑科技|神器|奇迹般/, { align: 'start' })],
    negation: 'suppress',
    examples: {
      bad: ['祛白神药，一抹就好', '独家特效药', '神奇疗法让白斑变淡'],
      ok: ['目前还没有治疗白癜风的特效药', '精神药物需要严格遵医嘱使用', '网上所谓的“神药”不可信'],
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
      p(/免费(?:治疗|检查|诊疗|体验|名额|赠送|送|领取|挂号|筛查|复查|诊断|用药|试用|手术|治|检测|照光|咨询)|0元(?:治疗|体验|检查|诊疗|照光)|零元|赠送(?:疗程|治疗|检查|药品|礼品|礼包)|送(?:疗程|一次治疗|药品)|买[一二1]送[一二1]|免单|(?:补贴|援助|救助)(?:名额|基金|金|项目)|公益(?:救助|援助)/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['前50名免费检查', '0元体验308激光', '治疗满三个月赠送疗程', '申请援助名额，最高补贴5000元'],
      ok: ['部分检查项目可以按规定使用医保报销', '费用以医院收费公示为准'],
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
      p(/限时(?:优惠|特价|折扣|免费|减免|特惠)|特价|特惠|(?<!打)折扣|打折(?!扣)|(?<![\d.])\d(?:\.\d)?折(?![射叠线磨返腾])|[一二三四五六七八九]折(?=优惠|特惠|起|$|[,，。!])|立减|满减|团购|秒杀|砍价|优惠(?:券|价|活动|套餐)|原价[^,，。]{0,8}现价|现价|市场价|专家价|会员价|体验价|低至\s?\d|(?:仅需|只需|只要)\s?\d+(?:\.\d+)?\s?元|\d+元(?:起|抢)|红包|返现|代金券|抵用券|抵扣券/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['限时特惠，308照光立减200元', '原价3800元，现价1980元', '团购价仅需99元', '会员享受八折优惠'],
      ok: ['每天仅需涂抹一次', '费用因项目和疗程而异，以医院收费公示为准', '光线的折射会影响观察'],
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
      p(/名额有限|(?:仅剩|只剩)(?:最后)?\s?(?:\d+|[一二三四五六七八九十两])\s?(?:个|名|位|天)|最后\s?\d+\s?个名额|仅限(?:今天|今日|本周|本月|\d+\s?个?(?:名额|名|位|天|人))|前\s?\d+\s?名|前[一二三四五六七八九十百]+名|最后\s?(?:\d+|[一二三四五六七八九十两])\s?天(?=[^。]{0,8}(?:优惠|活动|报名|名额|截止|特价|机会))|倒计时|抢购|热销|火爆(?:预约|报名|进行)|先到先得|错过(?:再等一年|不再有|今天)|机会难得|过时不候|即将(?:截止|结束|涨价)|速来|赶快(?:预约|报名|来)|马上(?:报名|抢)|立即抢|手慢无|限量(?:供应|发售|抢购|名额|\d)|今日(?:特惠|特价|截止)|(?:本周|本月|当天|今天)截止/),
    ],
    negation: 'suppress',
    hedge: false,
    examples: {
      bad: ['名额有限，先到先得', '活动最后3天，错过再等一年', '仅限前20名', '优惠即将截止，速来预约'],
      ok: ['最后三天的疗程要注意防晒', '最后一次治疗后两周复诊'],
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
      p(/(?:不(?:及时|尽早|马上)?治疗?|拖延|延误|耽误|再不治)[^。;!?]{0,10}?(?:会|将|就会|必然|必定|肯定|一定|终将)?(?:扩散(?:到)?全身|蔓延全身|全身都是|遍布全身|癌变|致癌|毁容|终身遗憾|后悔莫及|悔之晚矣|无法挽回|危及生命|终身残疾|治不好了)|错过(?:最佳)?(?:治疗)?时机[^。]{0,6}(?:终身遗憾|后悔|无法挽回|就晚了|悔之晚矣|再也)|(?:白癜风|白斑)(?:会|将|就会|必然)(?:扩散全身|癌变|传染|遗传给)|遗传给(?:孩子|下一代|子女|后代)|(?:最终|终将|迟早)(?:会|将|可能)?(?:毁容|扩散全身|癌变)|后果不堪设想|悔之晚矣|后悔莫及/),
      p(/(?:不(?:及时|尽早|马上)?治疗?|拖延|延误|耽误|再不治)[^。;!?]{0,10}?(?:会|将|就会|必然|必定|肯定|一定|终将)?(?:越来越严重|恶化|难以治愈)|越拖越(?:严重|难治|重)/, { shift: -1 }),
      // Waiting or spreading ends in catastrophe: 全身都会变白, 到那时就没救了, 花多少钱都治不好.
      p(/没救了?|没有救了|(?:基本|就)?没有?(?:办法|希望)了|花多少钱都治不好|(?:全身|浑身)(?:都会?|都是|都将)(?:变白|白斑|白了)|(?:一拖再拖|再拖下去|拖下去|拖到最后)[^。;!?]{0,16}?(?:全身|治不好|没救|来不及|后悔|越来越多|扩散)/),
    ],
    negation: 'suppress',
    // A myth listed in order to correct it (误区一：白癜风会传染。事实：不会) frightens no one.
    refine: (c) => !(/(?:其实|实际上|事实上)[^。;!?]{0,10}(?:不会|并不|没有|不是)|误区|谣言|传言|错误(?:观念|说法|认识)|并非如此|事实上|其实不会|辟谣/.test(c.sentence) || c.paragraphHas(/误区|谣言|辟谣|事实[:：]/)),
    examples: {
      bad: ['再不治疗，白斑会扩散到全身', '白癜风拖延治疗会癌变', '错过最佳治疗时机，终身遗憾', '白斑越拖越严重，后悔莫及'],
      ok: ['白癜风不会传染，也不会癌变', '白癜风有一定遗传倾向，但不一定会遗传给孩子', '进展期及时治疗有助于控制白斑扩大', '延误治疗可能使病情恶化'],
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
      p(/(?:找不到|嫁不出去|娶不到|谈不了)(?:对象|工作|男朋友|女朋友|老婆|老公)?|被(?:人|别人|同事|同学)?(?:嫌弃|歧视|指指点点|嘲笑)|遭人(?:嫌弃|白眼)|抬不起头|没脸见人|不敢见人|自卑一辈子|毁了[^,，。]{0,4}(?:一生|一辈子|前途|婚姻)|影响(?:求职|婚恋|找对象|前途|升学|婚姻)|容貌焦虑|颜值(?:就是|决定)|丑陋|难看死了|变成(?:花脸|斑点人)|花脸/),
    ],
    negation: 'suppress',
    // Talking about stigma in order to support patients is not creating anxiety.
    refine: (c) => !/心理|支持|理解|关爱|不必|不要|无需|接纳|鼓励|陪伴/.test(c.sentence),
    examples: {
      bad: ['脸上长白斑，找不到对象怎么办', '白斑让你在同事面前抬不起头', '别让白癜风毁了孩子一生', '容貌焦虑？快来祛白'],
      ok: ['白癜风不影响正常工作和生活', '家人的理解和支持能帮助患者减轻心理压力', '不要因为白斑而自卑'],
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
      p(/(?<![\d])(?:1[3-9]\d{9}|0\d{2,3}[-\s]?\d{7,8}|400[-\s]?\d{3}[-\s]?\d{4}|800[-\s]?\d{3}[-\s]?\d{4})(?!\d)/),
      p(/微信(?:号|咨询|联系|扫码)?\s?[:：]|(?:加|添加)(?:微信|微|v|vx|wx|qq|好友)|(?<![a-z])(?:vx|wx|qq)\s?[:：]|扫码|扫一扫|二维码|关注(?:我们的)?公众号|在线咨询|点击(?:咨询|预约|挂号|了解|进入|链接|下方)|预约(?:电话|热线|链接|通道|入口)|咨询(?:电话|热线|专线)|热线|挂号(?:电话|链接|通道|入口)|(?:立即|马上|现在|赶紧)(?:预约|挂号|咨询|致电)|在线预约|网上预约|(?:拨打|致电)(?=[^,，。]{0,6}(?:\d{5,}|热线|电话|我们|本院))|来电咨询|联系我们|医院地址|到院地址|乘车路线|地铁\d+号线/, { levels: { ad: 'warning' } }),
      // A Markdown link target, bounded: which targets are booking pages is decided in refine().
      p(/\]\([^)\s(\]]{1,300}\)/, { levels: { ad: 'warning' } }),
      p(/(?<!\]\()(?:https?:\/\/|www\.)[^\s)）\]，。"“”]+/, { shift: -1, levels: { ad: 'warning' } }),
    ],
    negation: 'suppress',
    hedge: false,
    subject: false,
    question: false,
    quoted: false,
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      if (hit.startsWith('](')) return BOOKING_LINK.test(hit);
      // A complaint or emergency line serves the patient, not the clinic's marketing.
      if (/投诉|监督电话|急救|120|110|12320/.test(c.sentence) && !/\d{7,}/.test(hit)) return false;
      if (/^(?:https?:\/\/|www\.)/.test(hit)) {
        // A link to the source of a citation is not a way to contact the clinic.
        if (/\.gov\.cn|who\.int|\.edu|\.org|nih\.gov|doi\.org|pubmed|ncbi/.test(hit)) return false;
        if (/参考|来源|引自|文献|出处|doi|\[\d+\]/.test(c.sentence)) return false;
      }
      return true;
    },
    examples: {
      bad: ['详情请拨打咨询热线0571-88886666', '扫码添加医生微信，获取治疗方案', '[点击预约专家](/doctors/lin-qingyuan#booking)', '在线咨询，立即预约', { text: '微信：qinghe-pifu', type: 'case' }],
      ok: [
        '出现严重过敏反应请立即拨打120',
        '请按医生安排的时间复诊',
        '如有疑问，可在复诊时向医生咨询',
        '更多内容见[光疗后的护理](/articles/care-after-phototherapy)',
        { text: '咨询电话：0571-88886666', type: 'institution' },
        { text: '联系电话：0571-88886666', type: 'ad' },
        '参考文献：[1] 见 https://www.nhc.gov.cn/',
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
      p(/(?:国家)?(?:发明|实用新型)?专利(?:技术|疗法|产品|药物|配方|仪器|设备|成果|中药|药膏)|获得?(?:\d+|[一二三四五六七八九十多]+)项(?:国家)?(?:发明|实用新型)?专利|专利申请中|已申请专利/),
    ],
    negation: 'suppress',
    hedge: false,
    refine: (c) => {
      const numbered = c.paragraphHas(PATENT_NUMBER);
      if (!numbered) return true;
      return c.paragraphHas(PATENT_KIND) ? false : -1;
    },
    examples: {
      bad: ['本院专利疗法，复色更快', '获得多项国家专利的祛白技术', '专利申请中的独家配方'],
      ok: ['本院复色贴获国家发明专利（专利号：ZL201910123456.7）', '药物专利到期后会出现仿制药'],
    },
  },
];
