import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { LESION, levels, p, TREATMENT } from './util.js';

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
      p(/(?<!有)(?:无|零|没有|不会有|毫无|无任何|没有任何|不会产生|不产生|不存在)(?:任何|什么)?毒?(?:副|付|负)(?:作|做)用|无毒副作用|毒?副作用(?:为零|为0|极小|很小|小(?!于)|几乎没有|几乎为零|可以忽略)|(?<!有)无不良反应|没有(?:任何)?不良反应|不会(?:有|出现|产生)(?:任何)?不良反应|不良反应(?:为零|极少)|无毒无害/),
      p(/(?:没有|无)明显的?(?:副作用|不良反应)/, { shift: -1 }),
    ],
    negation: 'claim',
    examples: {
      bad: ['本疗法无任何副作用', '308激光安全无副作用', '副作用几乎为零', '这种药膏没有付作用'],
      ok: ['任何治疗都可能有副作用，请遵医嘱', '并非没有副作用，只是多数较轻', '治疗期间医生会观察有无不良反应', '如果没有不良反应，可以按原方案继续', '外用药物的副作用相对较小'],
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
      p(/绝对安全|安全无(?:风险|隐患|忧)|零风险|(?<!有)无风险|没有(?:任何)?风险|毫无风险|无任何风险|百分之?百安全|100%安全|安全可靠|安全放心|放心(?:使用|治疗)|不伤(?:身体|皮肤|肝肾|身)|对(?:身体|人体|皮肤)(?:无害|没有伤害|无任何伤害)|零伤害|无损伤|(?:绿色|健康)(?:疗法|治疗)|无(?:毒|害)(?:疗法|治疗)/),
    ],
    negation: 'claim',
    // "请选择安全可靠的正规医疗机构" is advice to the reader, not a promise about a treatment.
    refine: (c) => {
      if (/^安全(?:可靠|放心)$/.test(c.norm.slice(c.start, c.end)) && /选择|选|前往|正规/.test(c.sentence)) return false;
      // 没有零风险的治疗, 不存在绝对安全: the claim denied as a whole.
      return !/(?:没有|不存在|并非|不是|并没有|哪有|世上没有)(?:任何)?$/.test(c.norm.slice(Math.max(0, c.start - 5), c.start));
    },
    examples: {
      bad: ['治疗过程绝对安全', '零风险，效果好', '不伤身体，孕妇也能用', '采用绿色疗法，安全放心'],
      ok: ['不存在零风险的治疗方式', '任何治疗都有一定风险，需要医生评估', '请选择安全可靠的正规医疗机构'],
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
      p(/无(?:任何)?痛苦|(?<!有)无痛(?!性|感觉?异常)|全程无痛|零痛感|无痛感|毫无痛感|没有(?:任何)?(?:痛感|痛苦|疼痛感?)|不痛不痒|(?<![会能])不(?:痛|疼)(?!苦)|无创(?!检查|性检查|检测)|微创无痛|舒适无痛|轻松无痛/, { align: 'word' }),
    ],
    negation: 'claim',
    refine: (c) => {
      // 白斑通常不痛不痒: a symptom of the disease, not a promise about a treatment.
      const clause = c.sentence;
      if (LESION.test(clause) && !TREATMENT.test(clause)) return false;
      if (/检查|伍德灯|皮肤镜|检测/.test(clause) && !TREATMENT.test(clause)) return false;
      return true;
    },
    examples: {
      bad: ['308激光治疗全程无痛', '表皮移植微创无痛，轻松治疗', { text: '本院采用无创疗法，不痛不痒', type: 'kepu' }, { text: '治疗过程没有任何痛苦', type: 'ad' }],
      ok: ['白癜风通常不痛不痒，所以容易被忽视', '无痛性白斑需要与其他疾病鉴别', '伍德灯检查是无创检查', '多数人能够耐受，少数人会有刺痛感'],
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
      p(/(?<![会能有])(?:不会?|无|零|没有|绝不|决不)(?:任何)?(?:留下?|遗留|形成|出现)?(?:任何)?(?:疤痕?|瘢痕|痕迹?|印记|色沉|色素沉着)(?!体质)|不留疤|无疤(?!痕?体质)|无瘢痕(?!体质)|零疤痕|无痕(?:修复|治疗|祛白)?/),
    ],
    negation: 'claim',
    examples: {
      bad: ['表皮移植不留疤', '治疗后不会留下任何疤痕', '微针无痕修复白斑', '激光祛白，零疤痕'],
      ok: ['做完会不会留疤？', '瘢痕体质的人不适合做表皮移植', '不能保证完全不留疤，具体需要医生评估', '抓挠可能留下色素沉着'],
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
      p(/纯中药|纯天然|天然无害|天然无毒|纯植物|植物(?:提取|萃取)[^,，。]{0,4}无(?:刺激|毒|副作用)|绿色(?:疗法|治疗|药物)|草本(?:无毒|无害|安全)|中药(?:无毒|无副作用|更安全|没有副作用|安全无害)/),
    ],
    negation: 'claim',
    hedge: false,
    examples: {
      bad: ['纯中药配方，安全无毒', '天然无害的植物疗法', '纯植物提取，温和无刺激'],
      ok: ['“纯天然”不等于安全，中药也可能有不良反应', '中药治疗也需要在医生指导下进行', '天然保湿因子是皮肤屏障的重要组成'],
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
    patterns: [p(/(?<!有)无激素|不含(?:任何)?激素|零激素|不添加激素|无依赖性?|不(?:会)?产生依赖/)],
    negation: 'claim',
    examples: {
      bad: ['这款药膏不含激素，可以长期使用', { text: '无激素、无依赖，安心使用', type: 'ad' }],
      ok: ['是否含有激素，请看药品说明书', '激素类药物需要在医生指导下使用'],
    },
  },
];
