import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { levels, p } from './util.js';

const AD_ONLY = { negation: 'ignore', hedge: false, subject: false, quoted: false, question: false } as const;

export const scopeRules: Rule[] = [
  {
    id: 'ad-disease-name',
    category: 'adScope',
    title: '医疗广告中的疾病名称',
    basis: BASIS.adScope,
    message: '医疗广告不得出现疾病名称（“白癜风”也在其中）。文档类型是“医疗广告”，内容只能是法律列出的八项。',
    suggestion: '广告中只保留医院第一名称、地址、所有制形式、类别、诊疗科目、床位数、接诊时间和联系电话；疾病知识放到不含推广内容的科普文章中。如果这不是广告，请更改文档类型。',
    levels: levels('--E-'),
    patterns: [
      p(/白癜风|白驳风|白斑|银屑病|牛皮癣|湿疹|痤疮|青春痘|皮炎|荨麻疹|黄褐斑|雀斑|脱发|斑秃|鱼鳞病|扁平疣|带状疱疹|疱疹|灰指甲|甲癣|手足癣|脚气|汗斑|花斑癣|色素脱失|白化病|无色素痣|贫血痣|老年斑|晒斑|疤痕疙瘩|玫瑰痤疮|酒渣鼻/),
    ],
    ...AD_ONLY,
    examples: {
      bad: [{ text: '专业治疗白癜风、银屑病', type: 'ad' }, { text: '白斑患者请到本院就诊', type: 'ad' }],
      ok: [{ text: '青禾皮肤科门诊部，电话：0571-88886666', type: 'ad' }, { text: '诊疗科目：皮肤科', type: 'ad' }, '白癜风是一种常见的色素脱失性皮肤病'],
    },
  },
  {
    id: 'ad-technique-name',
    category: 'adScope',
    title: '医疗广告中的技术、疗法和药物名称',
    basis: BASIS.adScope,
    message: '医疗广告不得涉及医疗技术、诊疗方法和药物名称（如308准分子光、表皮移植、他克莫司）。',
    suggestion: '从广告中删去技术、设备和药物名称；需要向公众说明的诊疗知识放到科普文章中，且不与广告和联系方式放在同一页面。',
    levels: levels('--E-'),
    patterns: [
      p(/308\s?(?:nm)?|准分子|窄谱(?:中波)?(?:紫外线|uvb)?|nb-?uvb|(?<![a-z])uv[ab](?![a-z])|puva|光疗|光化学疗法|激光|表皮移植|皮片移植|细胞移植|黑色素细胞移植|自体表皮|吸疱|微针|滚针|火针|针灸|埋线|拔罐|中药|西药|糖皮质激素|激素|他克莫司|吡美莫司|卤米松|卢可替尼|芦可替尼|托法替布|巴瑞替尼|jak抑制剂|免疫抑制剂|补骨脂素?|卡泊三醇|维生素d3?衍生物|伍德灯|皮肤镜|[\u4e00-\u9fff]{1,6}(?:软膏|乳膏|胶囊|颗粒|注射液)|手术|移植|注射/),
    ],
    ...AD_ONLY,
    examples: {
      bad: [{ text: '引进308准分子光和表皮移植技术', type: 'ad' }, { text: '特色中药疗法', type: 'ad' }],
      ok: [{ text: '接诊时间：周一至周日8:00—17:00', type: 'ad' }, { text: '床位数：20张', type: 'ad' }, '308nm准分子光是一种靶向光疗'],
    },
  },
  {
    id: 'ad-out-of-scope',
    category: 'adScope',
    title: '医疗广告中超出八项的内容',
    basis: BASIS.adScope,
    message: '价格、医生职称和资历、设备、病例等不在医疗广告允许的八项内容之内。',
    suggestion: '删去，或把这部分内容改为客观、表格式的机构信息公示（文档类型选“机构信息”），不与推广内容放在一起。',
    levels: levels('--W-'),
    patterns: [p(/\d+(?:\.\d+)?\s?元|[¥￥]\s?\d+|价格|收费标准|费用(?:仅|低|只要)|主任医师|副主任医师|主治医师|教授|博士生?导师|硕士生?导师|从医\s?\d+\s?(?:年|余年)|坐诊|出诊|引进|设备|仪器|成功案例|医保报销/)],
    ...AD_ONLY,
    examples: {
      bad: [{ text: '主任医师亲自坐诊', type: 'ad' }, { text: '检查费仅需50元', type: 'ad' }],
      ok: [{ text: '医疗机构类别：门诊部', type: 'ad' }, { text: '所有制形式：营利性', type: 'ad' }],
    },
  },
  {
    id: 'garbled-replacement',
    category: 'garbled',
    title: '替换工具留下的病句',
    basis: BASIS.garbled,
    message: '这里像是违禁词替换工具留下的痕迹（如“自然”被换成“科学”、“明显”被换成“显然”、“最佳”被换成“较佳”）：句子不通，原来的断言却还在。',
    suggestion: '不要逐词替换。回到这句话想表达的意思，整句重写成准确、通顺、可以核实的说法；同一句里如有其他提示，一并处理。',
    levels: levels('WWWW'),
    patterns: [
      p(/纯科学|科学无害|科学无毒|科学(?:成分|植物|草本|提取|萃取|配方)|绿色科学|天科学|显然(?:改善|好转|提高|提升|见效|效果|减轻|消退)|较佳的?[\u4e00-\u9fff]{0,4}?(?:医院|疗效|效果|选择|技术|方法)|较(?:先进|权威|顶级)(?!于)|治疗好率|疗效好率|治俞|痊俞|根制|付作用|副做用|负作用/),
    ],
    negation: 'ignore',
    hedge: false,
    subject: false,
    examples: {
      bad: ['纯科学配方，安全有效', '用药后白斑显然改善', '治疗好率高达九成', '本院是较佳的白癜风医院'],
      ok: ['科学护理有助于皮肤恢复', '坚持科学、规范的治疗', '白斑明显改善后仍需巩固治疗'],
    },
  },
];
