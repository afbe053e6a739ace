import type { DemoDoctor } from './types.js';

/**
 * Fictional doctors for the demo site. Names, licence numbers and biographies are invented;
 * portraits are drawn by the app as a coloured circle with the surname character.
 */
export const doctors: DemoDoctor[] = [
  {
    slug: 'lin-qingyuan',
    name: '林清远',
    title: '主任医师',
    specialties: ['白癜风', '光疗', '表皮移植'],
    bioMd: `林清远（虚构人物），皮肤科主任医师。医学院校临床医学专业毕业，获皮肤病与性病学硕士学位，此后长期在皮肤科从事临床工作。

临床工作以白癜风等色素性皮肤病为主，关注白斑的分型、分期评估，以及光疗、外用药物和稳定期表皮移植的综合方案制定。同时参与医院科普文章的医学审核。

一般在工作日上午出诊，具体出诊时间以医院当周排班为准。`,
    licenceNo: '110002020040208',
    categorySlugs: ['treatment-technology', 'condition-basics'],
    photoAlt: '林清远医生的头像插画：彩色圆形背景上的姓氏“林”字',
  },
  {
    slug: 'su-jinghe',
    name: '苏静禾',
    title: '副主任医师',
    specialties: ['白斑鉴别诊断', '皮肤镜', '儿童皮肤病'],
    bioMd: `苏静禾（虚构人物），皮肤科副主任医师。医学院校临床医学专业毕业，完成皮肤科住院医师规范化培训后留在皮肤科工作。

主要从事白斑类皮肤病的诊断与鉴别，日常工作中较多使用伍德灯和皮肤镜等影像检查，也接诊儿童和青少年的皮肤问题。参与医院科普文章的医学审核。

通常在每周二、周四全天及部分周六上午出诊，具体以医院排班为准。`,
    licenceNo: '110002021060402',
    categorySlugs: ['diagnosis', 'condition-basics'],
    photoAlt: '苏静禾医生的头像插画：彩色圆形背景上的姓氏“苏”字',
  },
  {
    slug: 'gu-mingcheng',
    name: '顾明澄',
    title: '副主任医师',
    specialties: ['光疗', '微针辅助治疗', '皮肤外科'],
    bioMd: `顾明澄（虚构人物），皮肤科副主任医师。医学院校临床医学专业毕业，获医学硕士学位，曾在上级医院皮肤科进修皮肤外科与光疗。

临床工作以白癜风的光疗、微针等辅助操作和皮肤外科操作为主，重视治疗前的适应证评估和治疗后的护理指导。参与医院科普文章的医学审核。

一般在工作日下午出诊并负责光疗室的日常安排，具体以医院排班为准。`,
    licenceNo: '110002019080206',
    categorySlugs: ['treatment-technology', 'skin-care'],
    photoAlt: '顾明澄医生的头像插画：彩色圆形背景上的姓氏“顾”字',
  },
  {
    slug: 'shen-shutong',
    name: '沈疏桐',
    title: '主治医师',
    specialties: ['皮肤护理指导', '遮盖化妆指导', '患者心理支持'],
    bioMd: `沈疏桐（虚构人物），皮肤科主治医师。医学院校临床医学专业毕业，完成皮肤科住院医师规范化培训。

临床工作中较多负责白癜风患者的日常护理指导，包括防晒、皮肤屏障护理和遮盖化妆品的选择与使用，也关注患者在患病过程中的情绪变化，必要时建议到心理科就诊。

通常在每周一、周三、周五出诊，具体以医院排班为准。`,
    licenceNo: '110002022030408',
    categorySlugs: ['skin-care', 'condition-basics'],
    photoAlt: '沈疏桐医生的头像插画：彩色圆形背景上的姓氏“沈”字',
  },
  {
    slug: 'xu-huaijin',
    name: '许怀瑾',
    title: '主治医师',
    specialties: ['白癜风', '自身免疫相关检查', '外用药物治疗'],
    bioMd: `许怀瑾（虚构人物），皮肤科主治医师。医学院校临床医学专业毕业，获医学硕士学位。

临床工作以白癜风的门诊诊疗为主，关注白癜风与甲状腺疾病等自身免疫性疾病的关系，以及外用药物的规范使用和不良反应观察。

一般在每周二、周四上午及周日上午出诊，具体以医院排班为准。`,
    licenceNo: '110002023050200',
    categorySlugs: ['diagnosis', 'treatment-technology'],
    photoAlt: '许怀瑾医生的头像插画：彩色圆形背景上的姓氏“许”字',
  },
  {
    slug: 'tang-yining',
    name: '唐以宁',
    title: '医师',
    specialties: ['复诊随访', '皮肤影像记录', '健康教育'],
    bioMd: `唐以宁（虚构人物），皮肤科医师。医学院校临床医学专业毕业，正在皮肤科从事临床工作。

主要参与白癜风患者的复诊随访和皮肤影像记录，协助整理患者在复诊时需要准备的资料，并参与医院健康教育内容的编写。

通常在工作日出诊，具体以医院排班为准。`,
    licenceNo: '110002024020600',
    categorySlugs: ['skin-care', 'diagnosis'],
    photoAlt: '唐以宁医生的头像插画：彩色圆形背景上的姓氏“唐”字',
  },
  {
    slug: 'fang-yanqiu',
    name: '方砚秋',
    title: '主治医师',
    specialties: ['儿童白癜风', '儿童皮肤护理', '湿疹与皮炎'],
    bioMd: `方砚秋（虚构人物），皮肤科主治医师。医学院校临床医学专业毕业，曾在儿童医院皮肤科进修。

临床工作以儿童和青少年的皮肤问题为主，包括儿童白癜风、湿疹和皮炎等，重视与家长沟通孩子的日常护理、用药方法和复诊安排。

一般在每周三全天及周六上午出诊，具体以医院排班为准。`,
    licenceNo: '110002021100204',
    categorySlugs: ['condition-basics', 'skin-care'],
    photoAlt: '方砚秋医生的头像插画：彩色圆形背景上的姓氏“方”字',
  },
];
