// Techniques that are not approved for routine clinical treatment of vitiligo (or of any disease)
// in mainland China, kept as data so that the list can be reviewed and grown without touching the
// rule. Each entry says where its status comes from. Status must be re-checked against the current
// texts before it is relied on in a dispute (国家卫生健康委员会 nhc.gov.cn; 国家药监局 nmpa.gov.cn).

export interface UnapprovedTechnique {
  /** A regex source (simplified Chinese, normalised form) naming the technique. */
  pattern: string;
  label: string;
  /** Where its status comes from. */
  source: string;
}

const STEM_CELL =
  '《干细胞临床研究管理办法（试行）》（国卫科教发〔2015〕48号）：干细胞只能在备案的临床研究中使用，不得收费，不得作为常规临床治疗或宣传。';
const SOMATIC =
  '《医疗技术临床应用管理办法》（国家卫生健康委员会令第1号，2018年）：安全性、有效性不确切的医疗技术禁止临床应用；体细胞、免疫细胞治疗按临床研究管理，未经批准不得作为临床治疗收费开展。';
const DEVICE =
  '《医疗器械监督管理条例》（国务院令第739号，2021年）：用于治疗的器械须取得注册证，宣传不得超出注册的适用范围；“量子”“生物共振”类仪器未见治疗白癜风的注册适用范围（以国家药监局数据库查询为准）。';

const NOT_IN_CONSENSUS =
  '《医疗技术临床应用管理办法》（国家卫生健康委员会令第1号，2018年）第九条：安全性、有效性不确切的医疗技术禁止临床应用；《中国白癜风诊疗共识（2021版）》（中国中西医结合学会皮肤性病专业委员会色素病学组等）列出的治疗为外用药、系统用药、光疗和外科移植，不含这一方法。共识出处与版本发布前须核对原文。';

const EXOSOME =
  '《医疗器械监督管理条例》《药品管理法》：外泌体制剂未获国家药监局批准作为药品或器械用于治疗（以国家药监局数据库查询为准）；按《医疗技术临床应用管理办法》，安全性、有效性不确切的技术禁止临床应用。';
const TRIAL =
  '《医疗技术临床应用管理办法》（国家卫生健康委员会令第1号，2018年）：安全性、有效性不确切的医疗技术禁止临床应用；《药物临床试验质量管理规范》（国家药监局、国家卫生健康委员会2020年第57号公告）：临床试验须经伦理审查、在受试者知情同意后按方案进行，不是对外收治患者的常规治疗。';
const UNMARKETED =
  '《药品管理法》（2019年修订）第二十四条：在中国境内上市的药品须经国务院药品监督管理部门批准、取得药品注册证书；第七十四条、第七十六条：医疗机构配制制剂须取得许可证和制剂批准文号；未上市的药物只能在依法批准的临床试验中、经受试者知情同意后使用。';
export const UNAPPROVED_TECHNIQUES: readonly UnapprovedTechnique[] = [
  // Haematopoietic stem-cell transplantation (造血干细胞移植) is an established, regulated treatment of blood diseases
  // (《造血干细胞移植技术管理规范》, 国家卫生健康委员会 restricted-technique rules): it is not on this list.
  // Round forty-four (batch CF): the English name in a Chinese sentence (采用 stem cell 再生技术治疗…).
  { pattern: '(?<!造血)干细胞(?:移植|治疗|疗法|回输|技术|修复|再生)?|(?<![a-z])stem\\s?cells?(?![a-z])', label: '干细胞治疗', source: STEM_CELL },
  // Round twenty-five: the marketing forms too (ＤＮＡ靶向修复技术, 生物基因免疫调节技术); 基因检测 is a test and stays out.
  { pattern: '(?:dna|基因)(?:靶向|分子)?(?:修复|疗法|治疗)|从基因层面|(?:生物)?基因(?:靶向|免疫|细胞|分子)?(?:修复|疗法|治疗|调控|调节|编辑|重组|阻断|激活)(?:疗法|技术)?|靶向基因(?:修复|疗法|治疗)', label: '基因治疗', source: SOMATIC },
  { pattern: '(?:免疫|体)细胞(?:回输|疗法|治疗|移植)|细胞免疫(?:疗法|治疗)', label: '免疫细胞或体细胞治疗', source: SOMATIC },
  // Round forty-four (batch CF): "immune reconstruction" sold as a therapy for a skin disease (免疫重建疗法, 重建免疫系统); the rule's refine()
  // lets HIV care through, where 免疫重建 names the recovery of CD4 cells under antiviral treatment.
  { pattern: '免疫(?:系统)?重建(?:疗法|技术|治疗|方案)?|重建(?:免疫系统|免疫力|免疫功能|免疫)', label: '“免疫重建”类疗法', source: SOMATIC },
  // Immune cells named by their type (NK, CIK, DC-CIK, TIL) and any cells infused back (细胞回输) are the same technique;
  // approved CAR-T products are named as approved and let through by the rule's refine().
  { pattern: '(?:nk|cik|dc-?cik|dc|til|自然杀伤)细胞(?:回输|疗法|治疗|输注|移植)?|细胞(?:回输|输注)', label: '免疫细胞或体细胞治疗', source: SOMATIC },
  // Round fifty-seven: cells grown in a laboratory and put back (自体黑色素细胞培养回输, 培养的黑素细胞移植) are a cell therapy;
  // the non-cultured epidermal cell suspension graft (非培养/无需培养) is a surgical technique of the consensus and stays out.
  { pattern: '(?:黑色素|黑素|色素|表皮|自体)?细胞(?:经)?(?:体外)?(?<![非不])(?:培养|扩增)(?:后)?(?:再)?(?:回输|移植|回植|种植|注射)|(?<![非不经])培养(?:的|后的)?(?:自体)?(?:黑色素|黑素)细胞(?:移植|回输|注射)?', label: '体外培养细胞回输或移植', source: SOMATIC },
  { pattern: '外泌体(?:注射|疗法|治疗|导入|修复)?', label: '外泌体治疗', source: EXOSOME },
  { pattern: '量子(?:共振|治疗|疗法|医学|检测|理疗)?(?:仪|技术|疗法)?', label: '量子类治疗', source: DEVICE },
  { pattern: '(?:生物|细胞)共振(?:疗法|治疗|仪)?', label: '生物共振', source: DEVICE },
  { pattern: '(?:生物)?电磁波(?:调理|治疗|疗法|理疗)仪?|太赫兹(?:理疗|治疗|疗法|仪)?|石墨烯(?:理疗|治疗|疗法)', label: '“电磁波、太赫兹、石墨烯”类理疗仪', source: DEVICE },
  { pattern: '(?:黑色素|黑素|色素)(?:细胞)?(?:激活|唤醒|再生)["”’」]?(?:纳米|因子|素|剂|疗法|技术|治疗|术)', label: '“黑色素激活”类疗法', source: SOMATIC },
  // Round thirty-six: the same sold as a science or a course (细胞修复科技，逆转肝硬化), and telomeres "activated" (端粒酶激活抗衰疗程).
  { pattern: '细胞(?:活化|激活|再生|修复)(?:疗法|技术|治疗|科技|项目|疗程)', label: '“细胞活化”类疗法', source: SOMATIC },
  { pattern: '端粒(?:酶)?(?:激活|修复|延长|再生)(?:疗法|技术|疗程|治疗|项目)?', label: '“端粒激活”类抗衰', source: SOMATIC },
  { pattern: '细胞(?:抗衰|抗老|冻龄|嫩肤|美容)(?:针|疗法|技术|治疗)?', label: '“细胞抗衰”类注射', source: SOMATIC },
  // Round thirty-two: 纳米 in front of another word and a therapy (自主研发的纳米光子疗法); 纳米银敷料 names a dressing, not a therapy.
  { pattern: '纳米机器人|(?:纳米|分子)(?:靶向)?(?:祛白|复色|修复)?(?:疗法|技术)|纳米[\u4e00-\u9fff]{1,3}?(?:疗法|治疗)', label: '“纳米、分子”祛白疗法', source: SOMATIC },
  // Round twenty-six: CAR-T outside the blood cancers its products are approved for (CAR-T细胞疗法治疗自闭症); the rule's refine()
  // lets the approved indications (淋巴瘤, 白血病, 骨髓瘤) through.
  { pattern: 'car-?t(?:细胞)?(?:免疫)?(?:疗法|治疗)?', label: 'CAR-T用于未获批的适应证', source: SOMATIC },
  { pattern: '(?:臭氧)?自(?:体)?血(?:回输)?疗法|臭氧(?:自血|大自血|自体血)(?:回输)?(?:疗法|治疗)?|自血回输', label: '臭氧自血回输', source: NOT_IN_CONSENSUS },
  { pattern: '胎盘(?:组织液|素|提取物|多肽)?注射|羊胎素', label: '胎盘、羊胎素注射', source: NOT_IN_CONSENSUS },
  { pattern: '蜂(?:疗|针疗法|毒疗法)|刺络放血|放血疗法', label: '蜂疗、放血疗法', source: NOT_IN_CONSENSUS },
  // A treatment described as still in trials (尚处于临床试验阶段的新疗法): the rule's refine() lets it through only
  // when it is offered to patients (收治, 对外开放, 收费); a trial named as a trial is research.
  { pattern: '(?:临床试验|临床研究|试验)阶段的?[\u4e00-\u9fff]{0,4}?(?:疗法|技术|药物?|治疗|方案)', label: '尚处于临床试验阶段的疗法', source: TRIAL },
  { pattern: '磁(?:疗|场疗法)(?:祛白|复色)?(?:技术|疗法)?|能量(?:调理)?仪', label: '磁疗、“能量”仪器', source: DEVICE },
  // Round twenty-five: negative-ion and "light-wave" devices sold as treatment (神奇的“负离子光波”，照一照湿疹就好).
  { pattern: '负离子(?:光波|疗法|治疗|理疗|能量)(?:仪|技术)?|光波(?:理疗|治疗|疗法|能量)(?:仪)?', label: '“负离子、光波”类理疗仪', source: DEVICE },
  // Round twenty-five: a medicine or preparation not on the market, used on patients (为患者使用了自主研发、尚未上市的外用制剂).
  // Named as research (临床试验, 未获批) it is let through by the rule's refine().
  // Round twenty-seven: a technique or device not on the market, brought in for patients (引进国外尚未上市的“黑色素细胞基因编辑”技术):
  // the match starts at the negation, which belongs to 上市, not to the offer.
  // Round thirty-six: a product used on patients, then said in the next clause not to be approved at home (采用国外刚上市的新型溶脂针，国内还没有批).
  { pattern: '(?:采用|使用|引进|提供|注射|开展)[^。;!?]{0,20}?[,，](?:目前)?(?:在)?国内(?:还|尚|暂)?(?:没有?|未)(?:批|获批|批准|上市|注册)', label: '未获批准的药品或技术向患者提供', source: UNMARKETED },
  { pattern: '(?:尚未|还未|还没有?|未|没有)(?:获批|批准)?(?:在国内)?上市的["“「]?[\u4e00-\u9fff]{0,10}?["”」]?(?:技术|疗法|设备|仪器)', label: '未获批准上市的技术或设备', source: SOMATIC },
  { pattern: '(?:尚未|还未|还没有?|未|没有)(?:获批)?上市的[\u4e00-\u9fff]{0,6}?(?:制剂|新药|药物|药品|药膏|药)', label: '未上市的药品或制剂', source: UNMARKETED },
  // Round thirty-four: something said not to be approved at home, offered by the clinic in the same breath (一种生长因子注射剂，国内尚未批准，
  // 我们诊所目前可以为会员提供). Refusing it (我们不提供) is not an offer and does not match.
  { pattern: '(?:尚未|还未|还没有?|未|没有)(?:获得?)?(?:批准|获批|注册)[^。;!?]{0,12}?(?:我们|本院|本店|本诊所|诊所|本中心|本机构)(?:中心|诊所|医院|门诊)?(?:目前|现在|已经?|也)?(?:可以|可|能够?)?(?:为[^,，。;!?]{0,6}?)?(?:提供|注射|开展|引进)', label: '未获批准的药品或技术向患者提供', source: UNMARKETED },
];
