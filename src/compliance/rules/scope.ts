import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { levels, p } from './util.js';

const AD_ONLY = { negation: 'ignore', hedge: false, subject: false, quoted: false, question: false } as const;

/**
 * Round sixty-four (batch EJ): a pharmacy's own drug listing carrying the non-prescription label's wording (请按说明书使用, 请按药品说明书或者在
 * 药师指导下购买和使用, 非处方药 / OTC, 国药准字, 用药7天症状未缓解请咨询医师或药师) is a drug's label, whose indications and name the drug-advertising
 * rules allow; not a medical ad for a service. Not when the text also offers a clinic's service (本院, 门诊, 就诊, 专治, 光疗…).
 */
const DRUG_LABEL = /(?:按|遵|按照|遵照|遵循)(?:药品)?说明书|药师指导下|非处方药|(?<![a-z])otc(?![a-z])|国药准字|症状(?:仍)?(?:无|未|没有|不见)(?:改善|缓解|好转)[^。;!?]{0,8}?(?:停药|就医|咨询医师|咨询医生|咨询药师|请咨询)/;
const DRUG_PRODUCT = /本品|本药|该药|药品|乳膏|软膏|洗剂|凝胶|搽剂|涂剂|喷雾剂|贴剂|胶囊|颗粒|药膏|酊(?:剂)?(?![\u4e00-\u9fff])/;
const CLINIC_SERVICE = /本院|我院|医院|诊所|门诊|来院|到院|就诊|坐诊|专家|亲诊|预约|专治|特色|疗程|光疗|激光|手术|移植|注射|医生团队|自制|院内制剂/;
const drugLabel = (norm: string) => DRUG_LABEL.test(norm) && DRUG_PRODUCT.test(norm) && !CLINIC_SERVICE.test(norm);

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
      // Round fourteen: the diseases of other fields that ads name (不孕不育, 近视, 颈椎病, 糖尿病); a department's name
      // (肿瘤科, 皮肤性病科, 男科) and a hospital's first name (某市肿瘤医院) are among the eight items and pass.
      p(/(?:不孕不育|不孕症?|不育症?|阳痿|早泄|前列腺(?:炎|增生|肥大)|性病|尖锐湿疣|梅毒|淋病|痔疮|肛瘘|肛裂|近视|远视|散光|弱视|斜视|白内障|青光眼|颈椎病|腰椎间盘突出|腰突症?|骨质增生|骨质疏松|关节炎|风湿|痛风|糖尿病|高血压|高血脂|失眠|抑郁症?|焦虑症|癫痫|鼻炎|哮喘|咽炎|胃炎|肝炎|乙肝|肿瘤|癌症|狐臭|腋臭|肥胖症?|宫颈糜烂|月经不调|妇科炎症|阴道炎|盆腔炎|中风|偏瘫|脑瘫|自闭症|多动症|抽动症|静脉曲张|甲亢|结石)(?!科|专业|医学|医院|专科医院|防治|研究所|中心)/),
    ],
    ...AD_ONLY,
    // Round thirty-seven (batch BM): a product's required disclaimer names the disease only to deny treating it (本品为保湿护肤品，
    // 不具有治疗白癜风的作用; 本品不能治疗白斑): that is the statement the law asks of cosmetics and supplements, not an ad for the disease.
    refine: (c) => !/(?:不|并不|无法|不能|不可|未)(?:具有|具备|能|可以?|用于|能够|适用于)?(?:治疗|预防|治愈|医治|缓解)(?:或|和|、)?$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start)) && !drugLabel(c.norm),
    examples: {
      bad: [{ text: '专业治疗白癜风、银屑病', type: 'ad' }, { text: '白斑患者请到本院就诊', type: 'ad' }, { text: '专业诊治 男科 妇科 不孕不育', type: 'ad' }, { text: '颈椎病、腰椎间盘突出、骨质增生，一次见轻', type: 'ad' }, { text: '糖尿病患者的福音', type: 'ad' }, { text: '本院特色湿疹药膏，非处方药，请按说明书使用', type: 'ad' }],
      ok: [{ text: '【商品详情】丁酸氢化可的松乳膏，用于过敏性皮炎、湿疹；用药7天症状未缓解，请咨询医师或药师', type: 'ad' }, { text: '本品为非处方药，用于花斑癣、手足癣，请按药品说明书或者在药师指导下购买和使用', type: 'ad' }, { text: '本品为保湿护肤品，不具有治疗湿疹的作用，不能替代药物', type: 'ad' }, { text: '本品是膳食补充剂，不能治疗脱发', type: 'ad' }, { text: '青禾皮肤科门诊部，电话：0571-88886666', type: 'ad' }, { text: '诊疗科目：皮肤科', type: 'ad' }, { text: '诊疗科目：肿瘤科、皮肤性病科、眼科、男科', type: 'ad' }, { text: '某市肿瘤医院　地址：某区建设路2号　电话：0000-1112223', type: 'ad' }, { text: '糖尿病是一种常见的慢性病', type: 'kepu' }, '白癜风是一种常见的色素脱失性皮肤病'],
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
      // Round fourteen: the techniques of aesthetics, dentistry, eyes and bones that ads name (超声刀, 全飞秒, 种植牙, 正骨, PRP),
      // and any named therapy or manual method (胰岛修复疗法, 正骨手法).
      p(/超声刀|热玛吉|热拉提|水光针?|光子嫩肤|光子|皮秒|点阵|玻尿酸|肉毒(?:素|杆菌)|瘦脸针|溶脂|吸脂|抽脂|隆鼻|隆胸|双眼皮|植发|种植牙|种植体|正畸|隐形矫治|全飞秒|半飞秒|飞秒|lasik|(?<![a-z])icl(?![a-z])|(?<![a-z])prp(?![a-z])|正骨|推拿|艾灸|针刀|熏蒸|耳穴|刮痧|(?:疗法|手法)(?<=[\u4e00-\u9fff](?:疗法|手法))/),
      // Round sixty-six (batch EM): dentistry's procedures (冷光美白, 超声波洁牙, 隐形矫正, 根管治疗, 烤瓷牙) and the imaging and scopes a clinic
      // advertises (3.0T核磁共振, 螺旋CT, 彩超, 胃肠镜): a technique's or a device's name, not one of the eight items.
      p(/冷光美白|牙齿美白|超声波?洁牙|洁牙|洗牙|喷砂|隐形矫正|牙齿矫正|根管治疗|烤瓷牙?|全瓷(?:牙|冠)|牙贴面|瓷贴面|(?:核)?磁共振|(?<![a-z])(?:mri|pet-?ct|ct)(?![a-z])|彩超|b超|胃肠镜|胃镜|肠镜|宫腔镜|腹腔镜|内窥镜|关节镜|达芬奇|手术机器人/),
    ],
    ...AD_ONLY,
    // Round sixty-eight (batch EP): a technique named as what the product cannot replace (本药品不能替代手术治疗; 本品不可代替激光治疗) is the label's
    // warning, not a technique on offer; a clinic's service in the text (本院, 门诊, 预约…) keeps it flagged.
    refine: (c) => !drugLabel(c.norm) && !(/(?:不能|不可|无法|不得|不宜)(?:以此)?(?:替代|代替|取代)[^,，。;!?]{0,2}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 8), c.start)) && !/本院|我院|诊所|门诊|来院|到院|预约|坐诊|专家|特色|专治/.test(c.norm)),
    examples: {
      bad: [{"text": "本院特色疗法不能替代手术？错！激光微创一样根除", "type": "ad"}, { text: '引进308准分子光和表皮移植技术', type: 'ad' }, { text: '特色中药疗法', type: 'ad' }, { text: '引进美国FDA认证的超声刀设备', type: 'ad' }, { text: '本院专业治疗近视，全飞秒激光手术', type: 'ad' }, { text: '本月推出PRP生发', type: 'ad' }, { text: '本院胰岛修复疗法', type: 'ad' }, { text: '他克莫司软膏到店，来院预约光疗可同时开药，请按说明书使用', type: 'ad' }, { text: '口腔门诊 喷砂洁牙 根管治疗 电话0000-7654321', type: 'ad' }, { text: '本院配备1.5T磁共振与64排CT', type: 'ad' }, { text: '消化内科 无痛胃肠镜 接诊时间8:00-12:00', type: 'ad' }],
      // Round fifty-five (batch DL): a health-science line naming the usual light treatments, with no ad around it (the model, retrained on
      // batch DL, had begun to call such a line a claim).
      ok: [{"text": "白癜风可以用308准分子光照射，照几次由医生根据病情决定", "type": "kepu"}, {"text": "【药品信息】本品为外用止痒制剂，不可代替激光治疗，请在医师指导下使用", "type": "ad"}, { text: '【药房上新】盐酸特比萘芬乳膏（OTC），请按说明书使用，孕妇及哺乳期妇女慎用', type: 'ad' }, { text: '炉甘石洗剂、氧化锌软膏均为非处方药，请遵说明书外用', type: 'ad' }, { text: '白癜风可以用308准分子光或窄谱中波紫外线治疗，适不适合由医生面诊判断', type: 'kepu' }, { text: '308准分子光治疗白癜风要照很多次，疗程长短因人而异', type: 'kepu' }, { text: '接诊时间：周一至周日8:00—17:00', type: 'ad' }, { text: '床位数：20张', type: 'ad' }, { text: '诊疗科目：医疗美容科、口腔科、康复医学科', type: 'ad' }, { text: '诊疗科目：口腔科、医学影像科', type: 'ad' }, '洗牙后一两天内牙齿可能有些敏感', '超声刀是一种聚焦超声设备，术后可能出现红肿', '308nm准分子光是一种靶向光疗'],
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
    patterns: [
      p(/(?<!\d)\d+(?:\.\d+)?\s?元|[¥￥]\s?\d+|价格|收费标准|费用(?:仅|低|只要)|主任医师|副主任医师|主治医师|教授|博士生?导师|硕士生?导师|从医\s?\d+\s?(?:年|余年)|坐诊|出诊|引进|设备|仪器|成功案例|医保报销/),
      // Round sixty-six (batch EM): a discount or a fee waived (体检套餐五折, 挂号费全免, 限时特价, 感恩回馈), a result rate (治疗有效率98%)
      // and a count of patients served (累计服务患者30万人次) are 优惠, 疗效 and 病例 beyond the eight items an ad may give.
      p(/(?<![\d.])(?:[一二三四五六七八九]|\d(?:\.\d)?)\s?折(?![叠射返扣磨腾])|打折|折扣|特价|特惠|优惠|(?:费|费用)?全免|减免|免费(?!停车|泊车|WiFi|wifi|WIFI|无线|上网|饮水|开水|充电|寄存|存包|借用|轮椅)|体验价|(?:感恩|回馈)(?:回馈|大促|钜惠)|(?:有效|治愈|好转|复色|显效|成功|痊愈)率|(?:累计|已|共|年)(?:服务|接诊|诊治|治疗|救治)(?:患者|病人|顾客|群众)?\s?(?:逾|超过?|近|达)?\s?\d+(?:\.\d+)?\s?[万千百]?(?:余)?(?:人次|例|名|位|人)/),
    ],
    ...AD_ONLY,
    // Round sixty-nine (batch ES): an amenity offered free (免费停车, 免费WiFi, 免费饮水, 轮椅免费借用 aside) is no discount on care: not 优惠.
    // Round forty-four (batch CF): 出诊 with the days or hours and no doctor named (周一至周日均有医生出诊, 出诊时间：8:00-17:30) is the
    // 接诊时间 the ad may give; a doctor's title or 专家 beside it (专家每周三出诊) is still out of scope.
    // Round sixty-eight (batch EP): the law quoted on what an ad may not contain (广告法第十六条：医疗广告…不得说明治愈率或者有效率; 《医疗广告管理办法》
    // 禁止…价格、优惠) names the items it forbids, it offers none; not when the text promotes the clinic as well (本院, 我院, 预约, 欢迎…).
    refine: (c) =>
      !(/(?:不得|禁止|严禁|不允许|不准|不能)[^,，。;!?]{0,12}$/.test(c.norm.slice(c.sentenceStart, c.start)) && /广告法|医疗广告管理办法|管理办法|条例|第[一二三四五六七八九十百\d]+条|规定/.test(c.sentence) && !/本院|我院|本中心|预约|欢迎|来电|咨询电话|热线/.test(c.norm)) &&
      (c.norm.slice(c.start, c.end) !== '出诊' ||
      !/时间|周[一二三四五六日天末]|星期|每天|每日|全天|全年|节假日|上午|下午|晚上|夜间|\d{1,2}\s?[:：]\s?\d{2}/.test(c.sentence) ||
      /专家|教授|主任|名医|博士|院长|权威|坐诊|亲诊|亲自/.test(c.sentence)),
    examples: {
      bad: [{"text": "广告法规定不得宣传有效率，但本院有效率确实高达95%，欢迎预约", "type": "ad"}, { text: '主任医师亲自坐诊', type: 'ad' }, { text: '检查费仅需50元', type: 'ad' }, { text: '北京专家每周六出诊', type: 'ad' }, { text: '特邀医生定期出诊', type: 'ad' }, { text: '口腔门诊开业 洁牙八折 电话0000-1234567', type: 'ad' }, { text: '某某诊所 复诊挂号费减免 接诊时间8:00-17:00', type: 'ad' }, { text: '门诊部 手术成功率99% 地址：某区某路1号', type: 'ad' }, { text: '口腔诊所 周年庆 洗牙免费 地下车库可停车', type: 'ad' }, { text: '建院十年 已服务患者12万人次', type: 'ad' }],
      ok: [{"text": "《医疗广告管理办法》规定，医疗广告不得含有治愈率、有效率等诊疗效果的内容", "type": "ad"}, { text: '医疗机构类别：门诊部', type: 'ad' }, { text: '所有制形式：营利性', type: 'ad' }, { text: '门诊部｜节假日照常有医生出诊', type: 'ad' }, { text: '出诊时间：每天8:00-17:30', type: 'ad' }, { text: '床位数：30张　接诊时间：周一至周五', type: 'ad' }, { text: '眼科门诊 接诊时间8:00-17:00 免费停车 地铁2号线直达', type: 'ad' }, { text: '医院提供折叠轮椅借用', type: 'institution' }, { text: '本科室去年接诊患者1.2万人次', type: 'institution' }],
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
      // Round sixty-three (batch EG): more of the 伪原创 tool's swaps, each a word put where a near-synonym belongs and typed by no
      // writer in that slot: 黑色 made 玄色 (玄色素), 父母 made 怙恃, 原因 made 缘故 after 发病 or 直接, 相关 made 相干 (密切相干, 与…相干。),
      // 大家 made 各人 in a greeting (各人好, 跟各人聊), 及时 made 实时 before a visit or a treatment, 传染 made 沾染 (不会沾染, 沾染性),
      // 接触 made 打仗 (日常打仗, 打仗性皮炎), 完全安全 made 完整平安, 一般 made 一样平常 opening a clause, 需要 made 需求 before a verb,
      // 主要表现 made 重要表示, 主要与 made 重要与, 心情愉快 made 心境高兴, 采用 made 接纳 before a new technique, 进行 made 停止 before
      // 精准 or 详细, 照射 made 照耀 (照耀剂量, 精准照耀), 重要 made 主要 as a predicate (相当主要。), 建议 made 倡议 after following a doctor,
      // 使用 made 运用 before an ointment or a cleanser, 问题 made 成绩 after a complaint, 很多 made 良多 before a noun, 调整 made 调剂 after
      // 门诊时间, 各位 made 列位, 生成 made 天生 after promoting, 检查 made 反省 and 是否 made 能否 before existing or having, 导致 made 招致
      // before a lesion, 产品 made 产物 after a cosmetic, 倾向 made 偏向, 一定的 made 必然的 before a risk, 减少 made 削减 before a habit,
      // 清淡 made 平淡 after 饮食, 正规 made 正轨 before a hospital, 年龄 made 春秋, 出现 made 涌现 before a symptom, 医院 made 病院 after
      // going there, 服务 made 效劳 after a service's kind. 沾染汗渍, 步入正轨, 春秋季节, 药房调剂, 代谢产物, 天生肤色, 获益良多, 毫不相干,
      // 各人的方案, 实时监测 and 能否合并使用 stay ordinary.
      p(/玄色素|怙恃|(?:发病|致病|患病|病发|直接|复发|脱发)缘故|(?:密切|息息|高度|直接|紧密|明显)相干|(?<![不无毫干])相干(?=[,，。;!?、]|$)|各人好|(?:跟|和|给|与|告诉|提醒)各人(?:聊|讲|说|分享|介绍|科普)|实时(?:就诊|就医|医治|治疗|复诊|复查|停药|去医院|到医院|去病院|到病院)|(?:不会|会不会|会|能|是否|能否)沾染(?=[,，。;!?吗]|$|给|他人|别人)|沾染(?:性|源|途径)|(?:日常|密切|直接|皮肤|身体|亲密|防止|减少)打仗|打仗(?:过敏原|性皮炎|传染)|完整平安|(?<=^|[,，。;!?:：、\s(（在的])一样平常|需求(?=留意|注意|按期|定期|及时|实时|坚持|使用|运用|服用|医治|治疗|复查|复诊|就诊|分外|审慎|谨慎|避免|防止)|(?:重要|临床)表示(?:为|是|有)|(?:症状|病症)表示为|(?<![很非常十分最])重要与(?!否)[^,，。;!?]{1,12}?(?:有关|相关|相干)|心境高兴|接纳(?:了)?(?:最新|先进|新型|独家|进口|微创)|停止(?:了)?(?:精准|针对性|详细|深入)|照耀(?:剂量|时间|次数|部位|治疗)|(?:精准|紫外线?|光疗|激光|局部|准分子)照耀|(?:相当|非常|十分|极其|尤为|格外|至关|特别)主要(?=[,，。;!?！]|$)|(?:依据|根据|按照|遵循|遵照|听从|听取|遵从)[^,，。;!?]{0,4}?(?:大夫|医生|医师|专家)的?倡议|运用[\u4e00-\u9fff]{0,4}?(?:药膏|软膏|乳膏|洗面奶|洁面乳|防晒霜|护肤品)|(?:皮肤|瘙痒|脱发|痘痘|湿疹|头发|睡眠|皮肤病)(?:这个|这些|方面的?)?成绩|良多(?=人|患者|病人|病家|病友|家长|朋友|女性|男性|孩子|年轻人|时候|方面|种|因素)|(?:门诊|出诊|就诊|坐诊|停诊|复诊)时间调剂|列位(?=病友|患者|家长|朋友|家人|会员|群友|读者|网友|粉丝)|(?:促进|加速|抑制)[^,，。;!?]{0,6}?的天生|(?:色素|胶原蛋白?)的天生(?![的地])|反省(?:能否|是否存在|过敏原|血常规|肝功能|肾功能)|能否(?:存在|患有|伴有)|招致(?:白斑|皮损|色素|感染|过敏|复发|病情|脱发|瘙痒|湿疹|皮炎|炎症|疤痕|瘢痕)|(?:洁面|护肤|美白|防晒|祛痘|保湿|化妆|医美|美容|洗护)产物|遗传偏向|(?:有|具有|存在)必然的(?:遗传|风险|几率|概率|副作用|危险)|削减(?:烟酒|吸烟|饮酒|熬夜|辛辣|日晒|抓挠)|饮食(?:宜|要|应|需|尽量)?平淡|正轨(?:医院|病院|医疗机构|的医院|的病院|治疗|医治|渠道|药店)|(?:跟着|随着)春秋|春秋(?:的)?(?:增进|增长|增加|增大)|涌现(?:白斑|皮疹|红斑|瘙痒|症状|病症|脱发|水疱|丘疹|风团|斑块|红肿|过敏|不适|副作用)|(?:去|到|前往|上)病院|(?:检测|医疗|诊疗|咨询|护理|就医|贴心|优质|一站式|上门|预约)效劳/),
      // Round sixty-two (batch ED): the marks a 伪原创 rewriting tool leaves on ordinary words, which no writer types: 大 read as 年夜
      // in an adjective's or a measure's slot (年夜量, 年夜小, 年夜夫, 扩年夜, 过年夜 after 不宜 or 压力), 不能 made 不克不及, 通过 made
      // 经由过程, 人工智能 made 野生智能, 不一 made 纷歧, 青春痘 made 芳华痘 (not when quoted as the error), 心理健康 made 心思健康, and
      // 医院 made 病院 after a word that qualifies a hospital (正规病院, 公立病院). The page went through the same tool as its claims
      // did. 年夜饭, 大年夜, 精神病院 and a quoted “芳华痘” stay ordinary.
      p(/年夜(?:大都|大多|量|小|夫|约|概|部分|多数|幅|面积|范围|型|便)|(?:很|太|更|较|扩|放|增|庞|巨|加|越来越)年夜(?![饭里晚])|(?:不宜|不要|不可|压力|负担|水温|温差)过年夜|不克不及|经由过程|野生智能|纷歧(?<=[小少多低短轻重浅深]纷歧)|(?<![“"「『‘])芳华痘|心思健康|(?:正规|公立|专业|专科|三甲|大型|私立|民营|当地|本地)病院/),
      // Round thirty-five (batch BG): 白斑完整褪除; 在正规机构承受体系医治以后，白斑会全数回色.
      p(/(?:完整|全数)(?:褪除|褪去|褪掉|回色|回归|隐没|复色|痊好|消退)|显然回色|根本(?:医好|医愈)|(?:更|较)(?:好|佳|快|优)的之一|更佳的?[\u4e00-\u9fff]{0,6}?(?:办法|方法|医院|选择|技术|疗法)|更(?:好|佳)的?[\u4e00-\u9fff]{0,5}?病院|基础(?:为|是)零|(?:完全|彻底|全部|可以)治疗愈合|承受(?:体系|系统|光照)?(?:医治|治疗)|体系医治|(?:肤色|皮肤)[^,，。;!?]{0,3}?(?:回归|重回|回复)(?:平常|常态)/),
      // Round eighty-six (batch GA): a keyword page's comparative glued to the place with no 的 (较好医院, 较佳诊所, 更优专家: 最好医院
      // replaced): no writer drops the 的 after 较好; 比较好的医院, 一家较好的诊所 and 哪家医院较好 stay ordinary.
      p(/(?<!比|一家|一所|一位|一名)(?:较(?:好|佳|优)|更(?:佳|优))(?:医院|诊所|医生|大夫|专家|门诊|专科|机构)/),
      // A natural process made "scientific" (自然消退 → 科学消退), a superlative frame with a comparative
      // (全市最专业 → 全市较专业), 显然 where 明显/显著 stood (效果显然, 显然的改善).
      // Round twenty-seven: with 地 between (皱纹科学地抚平, 痘印科学地褪掉) and the fading verbs 褪掉, 平复, 燃烧殆尽.
      // Round eighty-four (batch FW): the body's self-repair called scientific (皮肤屏障会科学地自我修复, 轻度晒伤能科学自愈: 自然 stood there).
      // Round eighty-nine (batch GF): more of the body's own course made scientific where 自然 stood (擦伤会科学结痂, 到了年纪科学绝经,
      // 恒牙科学萌出, 肠胃科学蠕动, 眉毛科学变白); a method named after 科学 (科学护理伤口, 科学补钙) stays ordinary.
      p(/科学(?:性)?地?(?:自我(?:修复|愈合|恢复|更新)|自愈|自行(?:修复|愈合|恢复|消退)|消退|消褪|消失|褪去|褪掉|淡化|脱落|愈合|恢复|复色|痊愈|康复|好转|(?:新陈)?代谢|排出|无刺激|无添加|无副作用|缩小|变淡|变小|退去|褪色|消散|长出|生长|长回|淡去|淡出|退散|散去|消掉|变黑|复原|转黑|抚平|平复|隐没|转阴|消肿|燃烧殆尽|凋零|凋谢|枯萎|蒸发|摆脱|隐退|溶解|瓦解|根除|结痂|变白|绝经|萌出|蠕动)/),
      // Round thirty-three: 之一 or 之最 after a comparative, where 最 stood (治疗效果较好之一, 效果较为之最), and 显然地 before a lesion's
      // change where 明显 stood (白斑会显然地从边缘向中心收拢); a scope with 更 and a level naming the clinic (业内更高水平的团队: 最高 replaced; 省内更好的医院 in a referral has no level).
      p(/(?:较为|更为|更加|比较|较|更)(?:好|佳|优|优秀|先进|专业|权威|有效|强|高|出色|知名|领先|顶尖|靠谱|正规)之一|(?:较为|更为|更加|比较)之(?:最|首|极|至)|显然地(?=[^,，。;!?]{0,10}?(?:收拢|缩小|消退|复色|变淡|淡化|消失|好转|改善|恢复|长出|变黑|减轻|减少))|(?<![转去到往])(?:全国|全省|全市|国内|国际|业内|业界|行业|同行|本地|本市|省内|市内|全城|同城)(?:的)?更(?:高|好)(?:水平|水准)的?[\u4e00-\u9fff]{0,6}?(?:团队|医院|专家|医生|诊所|机构|中心|专科)/),
      p(/(?:全国|全省|全市|国内|业内|行业|同行|本地|本市|本省|本地区|本区|全区|全县|省内|市内|全球|世界|国际|同类|全网|全城|同城)[^,，。;!?]{0,3}?(?:较为|比较|较|更为|更加)(?:好|佳|优|优秀|优质|专业|权威|正规|先进|领先|知名|有名|强|靠谱|可靠|顶尖|上乘|出色|拔尖|靠前|前列|齐全|资深|完善|低价|实惠)/),
      // Round twenty-six: 最低价 made 较低价 in a scope (全网较低价格), and a comparative that still claims to be unrivalled (医生较专业没有之一,
      // 效果是较好的，没有之一): 没有之一 follows only a superlative.
      p(/(?:全网|全城|同城|全市|全国|业内|同行|行业)[^,，。;!?]{0,3}?较低(?:的)?(?:价格?|收费|报价)|没有之一(?<=较[^。;!?]{1,8}?没有之一)/),
      // Round seventy-two (batch EY): 显然 closing a clause after a change's noun (视力提升显然, 紧致效果较显然, 皱纹的减少十分显然): 明显 stood
      // there; 较 alone as the adverb too. Only at a clause end, so 提升显然需要时间 (an adverb) stays ordinary.
      p(/(?:提升|提高|减少|下降|减轻|缓解|淡化|紧致|改观)(?:很|非常|十分|极其|更|都|也|比较|较为|较)?显然(?=[,，。;!?！~～]|$)|(?:效果|疗效|成效|改善|好转|变化|作用|复色)较显然(?![是地]|的(?:话|是|确|时候))/),
      // Round seventy-five (batch FE): a Cantonese converter's 好 left as the degree adverb before 显然 (效果好显然: 效果好明显), and 显然的
      // before a lesion's shrinking or fading where 明显的 stood (显然的减轻, 显然的消退); 效果好，显然… and 显然的错误 stay ordinary.
      p(/(?:效果|疗效|成效|改善|好转|变化|作用|复色)(?:很|非常|十分|极其|更|都|也|比较|较为|好|颇为|相当|极为|格外|特别)?显然(?![是地]|的(?:话|是|确|时候))|显然的(?:临床|治疗|祛斑|祛痘|复色|美容)?(?:效果|疗效|成效|改善|好转|变化|作用|复色|提升|进步|康复|痊愈|恢复|复原|缩小|减轻|消退|变淡|淡化|减少)|显然(?:成效|疗效)|(?<=、)显然(?=[、,，。;!?]|$)|显然(?=、[^,，。;!?]{0,3}?(?:持久|确切|稳定|快速))|显然变(?:浓密|黑|白|淡|小|好|亮|紧致|年轻|细腻|瘦)|(?:效果|疗效|成效|改善|好转|变化|作用)(?:就|真的|确实|已经)(?:很|非常|十分|极其|相当|极为|格外|特别)显然(?=[,，。;!?！~～]|$)/),
      // Round one hundred and thirteen (batch IB), in the pattern above: 就 / 真的 / 确实 between the noun and the degree adverb (做完一次淡斑效果就非常
      // 显然, 疗效确实十分显然。), only at a clause end with the degree adverb, so 效果就显然不如预期 (an adverb) stays ordinary.
      // Round seventy-five (batch FE): the body's own course called 一个科学(的)过程 where 自然 stood: after 是 with the body as its owner
      // (衰老是人体的一个科学过程), or with a body part's renewal or healing as the subject (伤口的愈合是一个科学的过程). A method or a
      // plan (减重是一个科学的过程, 治疗是一个循序渐进的科学过程) names no such subject.
      p(/是(?:身体|人体|机体|生命|皮肤)(?:自身)?的一个科学的?(?:生理)?(?:过程|现象|规律)|(?:细胞|皮肤|表皮|毛囊|伤口|创面|白斑|色素|头发|毛发|骨骼|身体|人体|机体|指甲)[^,，。;!?]{0,6}?(?:再生|更新|更替|代谢|修复|愈合|复色|生长|衰老|老化|消退|脱落)(?:都|也)?是一个科学的?(?:生理)?(?:过程|现象)/),
      // Round seventy-nine (batch FM): 较 or 较为 stacked on 更 (较为更有效, 较更先进): 最 replaced by 更 with the tool's 较 left in front; 比较
      // is a verb before 更换 or 更新 and 更年期 is a word (比较更换前后, 较更年期前下降), so neither is read.
      // Round eighty-eight (batch GE): 自然长牙 made 科学长牙 (宝宝的科学出牙期: the teeth come through by themselves), and 显然 as the predicate of an
      // effect with a degree adverb before it (治疗效果是更加显然的, 改善也是非常显然的: 明显 stood there); 答案是显然的 has no effect and no adverb.
      p(/科学地?(?:长牙|出牙|萌牙)|(?:效果|疗效|成效|改善|变化|作用|好转)(?:是|也是|都是|会是)(?:更加|更为|较为|非常|十分|很|比较|相当|极其|极为)显然的(?=[,，。;!?！~～]|$)/),
      p(/(?<!比)较为?更(?:加|为)?(?:好|佳|优|有效|专业|先进|权威|强|高|快|安全|显著|明显|领先|顶尖|出色|温和|精准)/),
      // Round ninety-two (batch GM): 比较 stacked on 更 before 佳 or 优 (护理效果比较更佳, 比较更优的方案): 比较 as a verb takes an object, never 更佳.
      p(/比较更(?:佳|优)/),
      // Round seventy-nine (batch FM): 显然 closing a clause after more of a lesion's changes (面积缩小显然, 肿胀消退十分显然, 色斑变淡很显然),
      // and 显然 as the adjective of an effect after a verb of having (有显然作用, 起到了显然的效果, 具有十分显然的功效): 明显 stood there. A
      // comma before 显然 (皮疹缩小，显然与停药有关) or a verb after it (消肿显然需要几天) leaves the adverb.
      p(/(?:缩小|消退|变淡|变浅|减退|降低|增加|增多|增长|恢复|变小|收缩|消肿|变薄|变软|平复|消失)(?:得)?(?:很|非常|十分|极其|更|都|也|比较|较为|较)?显然(?=[,，。;!?！~～]|$)|(?:有|具有|起到|发挥|产生|带来|取得)(?:了|着)?(?:非常|十分|很|较为|较|极其)?显然(?:的)?(?:作用|功效|效果|疗效|改善|帮助|成效)/),
      // Round seventy-nine (batch FM): the body's own course called 科学 with the body as its owner and no 一个 (出汗是身体的科学反应, 衰老是
      // 皮肤的科学过程, 手背起皮是皮肤的科学现象), and peeling called 科学的脱皮 / 科学脱屑: 自然 stood there. Care named as a method (皮肤的科学护理,
      // 科学的防晒) is no process of the body's own and stays ordinary.
      p(/(?:身体|人体|机体|皮肤|肌肤|表皮|毛囊|头发|毛发|伤口|创面)(?:自身)?的(?:一[个种])?科学的?(?:生理)?(?:反应|适应|过程|现象|更替)|科学的?(?:脱皮|脱屑|蜕皮|起皮)/),
      // Round eighty-four (batch FW): 作用 made 感化 by a 伪原创 tool in a side-effect claim (零毒副感化, 没有任何副感化): 副感化 is no
      // word any writer types; 被耐心感化 (moved by) is ordinary and has no 副 before it.
      p(/副感化/),
      // Round eighty-four (batch FW): a plain degree adverb left in front of the superlative it should have replaced (极其最高, 非常之最佳,
      // 特别最先进: 最 kept, the tool's 非常 added, 之 sometimes between). 十分 after a clock time is minutes (四点十分最高), so not read there;
      // 尤其最近 and 非常重要，最好… have no superlative adjective glued on.
      p(/(?:非常|(?<![点时\d零一二三四五六七八九十])十分|极其|极为|特别|相当|格外)之?最(?:高|好|佳|优|强|低|快|先进|权威|专业|有效|安全|领先|顶尖|出色|正规|可靠|靠谱)/),
      // Round ninety-three (batch GO): more of the decline a body or a faculty goes through by itself, made 科学 where 自然 stood (眼睑科学地下垂,
      // 记性科学地衰减, 发量科学地变稀, 皮肤科学地暗沉, 肌肉科学地松弛。): no writer does these scientifically; 科学地松弛肩颈肌肉 (relaxing them, a
      // verb with its object) and 记忆力减退要科学地干预 stay ordinary.
      p(/科学地?(?:减退|衰减|暗淡|黯淡|暗沉|松垮|下垂|迟缓|滑落|下滑|缩水|后移|稀疏|变稀|变薄|干枯|枯黄|变脆|松弛(?![\u4e00-\u9fff]))/, { question: false }),
      // Round ninety-three (batch GO): a degree or comparative adverb stacked on 更 (非常更加成熟, 相当更精湛, 更加更稳妥, 越发更精细, 较比更好,
      // 较为更科学): 最 replaced by 更 with the other adverb left in front. 更 as a verb or in a word (更换, 更新, 更年期, 更正, 更衣) is not read,
      // and a comma between (两种方案的疗效相当，更要看耐受性) leaves two clauses.
      p(/(?:相当|颇为|非常|极其|极为|格外|更加|更为|越发|愈发|愈加|越加|较比|(?<!比)较为)的?更(?:加|为)?(?![换新年改正替衣名动迭])(?=[\u4e00-\u9fff])/),
      // Round ninety-three (batch GO): the degree adverb kept before 最 whatever the adjective (相当最显著, 非常最实用, 极其最精湛): the list above
      // named the usual ones; 最近, 最后, 最初, 最早 and 最终 are times, not superlatives.
      p(/(?:非常|极其|极为|相当|格外|颇为)之?最(?![近后初早终])(?=[\u4e00-\u9fff])/),
      // Round ninety-three (batch GO): 显然 as the whole predicate of a quality named by its measure (舒适度显然, 持久力显然, 性价比也显然, 通透感很
      // 显然。): 明显 stood there; 对舒适度显然更在意 (an adverb with a verb after it) stays ordinary.
      p(/(?:[\u4e00-\u9fff](?:力|度|感)|性价比)(?:也|都|很|非常|十分|颇为|相当|更|较为|比较|极为)?显然(?=[,，。;!?！~～、]|$)/),
      // Round twenty-one: a body part or lesion that gets better "scientifically" by itself (白斑就能科学消除, 毛囊科学苏醒,
      // 让您的颈椎科学归位, 令您科学怀孕: 自然 replaced); 科学减重, 科学备孕 and 科学降糖 are methods and are not listed. A rate
      // or quality 较为 + one syllable (安全性较为高, 成功的几率较为高: 最高 or 较高 replaced), and a side effect renamed (毫无负面效用).
      p(/科学(?<=(?:白斑|斑点|色斑|雀斑|痘痘|痘印|毛囊|头发|发量|颈椎|腰椎|椎体|关节|骨骼|血糖|血压|血脂|尿酸|体重|身材|腰围|脂肪|皮肤|肌肤|症状|病灶|结节|息肉|肿块|囊肿|疤痕|瘢痕|黑色素|色素|炎症|病情|视力|免疫力|脊柱|骨盆|椎间盘|牙齿|肌肉|度数|近视|皱纹|白发|红肿|疼痛|湿气|肝功能|肾功能)(?:就|便|也|都)?(?:能|可以|可|会|能够|将|得以|逐渐|慢慢)?(?:被)?科学)地?(?:减轻|消除|降低|下降|回落|苏醒|激活|归位|复位|怀孕|受孕|消肿|缓解|改善|增长|变浓密|浓密|变白|瘦下来|燃烧|分解|消散|恢复|修复|再生|紧致|提升|焕新|停止)|科学(?<=(?:让|令|使)(?:您|你|患者|宝宝|孩子)?科学)地?(?:苏醒|激活|归位|复位|怀孕|受孕|消肿|变浓密|浓密|变白)|较为(?<=(?:成功率|治愈率|有效率|复色率|存活率|安全性|满意度|好评率|(?:成功|治愈|有效|怀孕|受孕)的?(?:几率|概率)|效果|疗效|成效|水平|水准|技术)(?:也|都)?较为)(?:高|快|好|强|优|佳)(?![\u4e00-\u9fff])|(?:负面|不良)效用/),
      // Round ninety-nine (batch HA): the cure word's second character masked where the clause ends, after the modal or the adverb that promised it
      // (保证治▇。 能彻底治X。 一次就能根**。 已经痊■): 治愈, 治好 or 根治 cut out, the promise left standing. A mask that stands apart (能治□ 不能治□ a
      // form's boxes) or follows 不 is no leftover.
      p(/(?<![不没未])(?:能|可以|可|就能|即可|便能|都能|保证|包|彻底|完全|根本|一次|定能|准能|必能|肯定能|一定能|专门|专)(?:治|根)(?:x{1,3}|\*{1,3}|[■□█▇]{1,3}|×{1,3})(?=[,，。;!?！、”"]|$)|痊(?:x{1,3}|\*{1,3}|[■□█▇]{1,3}|×{1,3})(?=[,，。;!?！、”"]|$)/),
      // Round one hundred and three (batch HH): a mask dropped by the normaliser between two Han characters (彻底□□白癜风, 副■■用) leaves the sentence
      // without its banned verb or with half a word: a cure adverb right before the disease at the clause's end (可以彻底白癜风, 就能完全灰指甲),
      // or 副用 after 无 (无副■用 → 无副用). 可以彻底告别湿疹 keeps its verb (left to the cure rules), 湿疹能完全好吗 names no disease after the adverb.
      p(/(?<![不没未])(?:可以|能够?|就能|即可|保证|包)(?:彻底|完全|根本|永久|永远)(?:白癜风|白斑|银屑病|牛皮癣|湿疹|荨麻疹|痤疮|青春痘|痘痘|黄褐斑|雀斑|色斑|老年斑|脚气|灰指甲|手足癣|鱼鳞病|斑秃|脱发|狐臭|腋臭|鼻炎|糖尿病|高血压|关节炎|痛风|胃病)(?=[,，。;!?！~～]|$)|(?:无|没有|零|毫无|无任何|无毒)副用(?![品途名语])/),
      // Round one hundred and eleven (batch HX): the same dropped mask in a rate word or after a cure adverb: half the rate word left (治■率 → 治率, 痊□率 →
      // 痊率; 救治率, 诊治率, 防治率, 收治率 and 根治率 are words) or the result character gone after 彻底 / 完全 / 根本 closing the clause (彻底治��了 → 彻底治了).
      // 已经治了三年 has no such adverb.
      p(/(?<![救诊防医收整政自统法根综处])治率|痊率|(?<![不没未])(?:彻底|完全|根本)治了(?=[,，。;!?！~～]|$)/),
      // A count left as a placeholder in front of a promise (XXX 专家亲自医治，X 次即可痊愈).
      p(/(?<![a-z])x{1,3}\s?(?:次|个疗程|疗程|天|周|个月|针)(?=[^,，。;!?]{0,6}?(?:即可|就能|就可|便可|痊愈|治愈|见效|康复|根治|好转|消失))/),
      // Round sixty-nine (batch ER): a process given a span of time, then done "scientifically" (头皮的毛囊会在两三个月内科学再生, 表皮在新的一年里科学
      // 焕新, 红斑在一两周后科学变淡): a span of days, weeks, months or a course ends in 内, 里, 后, and what follows is the body's own course, 自然 replaced.
      // A method over a span (在三个月内科学减重, 在孕期科学补钙) names no such verb.
      p(/在[^,，。;!?]{0,10}?(?:天|日|周|星期|月|年|疗程)(?:之)?(?:内|里|后|以后|之后)(?:就|便|会|能|可|都|也)?科学地?(?:再生|焕新|更新|更替|长出|生长|长回|修复|恢复|愈合|消退|脱落|褪去|淡化|变淡|复色|好转|痊愈|康复|消失|代谢|新陈代谢)/),
      // Round fifty-seven: 显然 in the adjective slot of a choice (治疗白癜风显然的方法, 非常显然的选择): 最好 or 最佳 stood there, and
      // the claim that this is the best way survives; 显然的错误 and 答案是显然的 are ordinary.
      p(/显然的(?:选择|方法|方案|办法|途径|疗法|医院|专家|机构|决定|去处|首选)/),
      // Round sixty-seven (batch EN): more of the swaps in a clinic's praise or a natural process: 最佳之选 made 更佳的之选 (的 left between),
      // 明显的优势 made 显然的优势, 错过最佳治疗时机 made 错过更佳治疗时期 (佳 with a comparative before a moment that can only be the best),
      // 自然流失 / 自然衰退 made 科学流失 / 科学衰退, 会自然长高 made 会科学长高 (a modal before it: 科学长高 alone is a method), 自然的生理现象 made
      // 科学生理现象, and 最大规模之一 made 较大规模之一, asked or not (为什么我们是更佳的之选？: the leftover is there either way); 错过了较好的治疗时机, 如何科学长高, 规模较大的医院之一 and 显然，优势还需研究 stay ordinary.
      p(/(?:更|较)(?:为|加)?(?:佳|优|好)的之选|显然的(?:技术|价格|服务|专业|竞争)?(?:优势|长处)|(?:更佳|较佳)的?(?:治疗|手术|干预|就诊|矫正)?(?:时机|时期|窗口期?)|科学地?(?:流失|衰退|老化|衰老|退化|萎缩)|(?:会|就会|自然会|也会|都会|便会)科学地?(?:长高|长个|长大|发育)|科学的?生理(?:现象|过程|变化|反应|规律)|(?:较|更)(?:大|高|强|优)(?:规模|水平|水准|实力|档次)之一/, { question: false }),
      // Round fifty-seven: a comparative glued in front of the superlative it was meant to replace (较最佳, 更最好, 较极高): the tool
      // added 较 and left 最 or 极 standing (较为最 and 比较最 are read below). 比较 is "compare" before 最近, 最新 or 最后 (比较最近两次的结果), and 更极端 is ordinary.
      p(/(?<!比)(?:较|更)(?:最(?=[\u4e00-\u9fff])|极(?:高|好|佳|强|快|优|为|其|度))/),
      // Round eighty-eight (batch GE): a comparative with 于 set against the top-grade word itself (更好于顶级的体验, 较多于一流的专家, 更先进于
      // 顶尖水平): 最好 or 顶级 replaced by a comparison with nothing to compare to; 较好于对照组 and 较高于去年同期 name something real.
      p(/(?:较为|更为|更加|较|更)(?:好|佳|优|多|强|高|先进|专业|出色|优秀|领先)于(?:顶级|一流|顶尖)/),
      // Round twenty-seven: a comparative inside a superlative frame (更加先进之最, 较为领先之首, 更佳无比, 更佳之至, 名列较前茅, 比较独一),
      // and 显然 closing a treatment's verb and object where 明显 or 显著 stood (祛斑显然, 复色显然).
      p(/(?:较为|比较|更为|更加|较|更)(?![是加为])[\u4e00-\u9fff]{1,2}?(?:之最|之首|之极|之至|无比)|(?:较为|比较|较|更为|更加|更)(?:前茅|独一|唯一|独家|独有|第一|首屈一指|首选|顶级|一流|顶尖)|(?:全国|全省|全市|国内|国际|业内|行业|同行|本地|本市|省内|市内|全城|同城)[^,，。;!?]{0,3}?更(?:前沿|尖端|权威|领先)|(?:祛|去|淡|消|美白|生|止|降|复|瘦|减|丰|紧|亮|嫩)[\u4e00-\u9fff]{1,2}?显然(?=[,，。;!?、~！]|$)/),
      p(/纯科学|科学无害|科学无毒|科学(?:成分|植物|草本|提取|萃取|配方)|绿色科学|天科学|显然(?:改善|好转|提高|提升|见效|效果|减轻|消退|变淡|缩小|消失|复色|变小)|显然减少(?<=(?:皮损|白斑|症状|痘痘|皮疹|风团|红斑|鳞屑|斑块|脱屑|丘疹)显然减少)|(?:不再|永不|不会)(?:再)?返回(?=[,，。;!?]|$)(?<=(?:医好|治好|痊愈|康复|复色|消退|消失|病情|症状|白斑|皮损)[,，]?\s?(?:不再|永不|不会)(?:再)?返回)|较佳的?[\u4e00-\u9fff]{0,4}?(?:医院|疗效|效果|选择|技术|方法)|较(?:先进|权威|顶级|一流|顶尖|领先|前沿|首选)(?!于)|治疗好(?:后|了)|康复好|治疗好率|疗效好率|治俞|痊俞|根制|付作用|副做用|负作用/),
      // Round thirteen: 治愈, 复发, 最佳, 领先 put through a synonym tool (治理愈合, 痊好, 治痊, 临床治疗好, 再度复出, 不再重复产生,
      // 不会复返, 较为好, 极为佳, 非常先锋的, 顶端水准, 前列位, 从根本处, 副面作用).
      p(/治理(?:愈合|痊愈|治愈)|痊(?:好|可)|治痊(?!愈)|临床治疗好|(?:重复(?:产生|发生|出现)|再度复出|复出|复返|返发|复生)(?<=(?:不再|不会|永不|杜绝|防止|避免|病情|白斑|症状|病症|疾病)(?:再|再度|再次|重新)?(?:重复(?:产生|发生|出现)|再度复出|复出|复返|返发|复生))|(?:较为|极为)好(?![转奇用看听吃在])|佳(?<=(?:较为|极为|极其|十分|非常)佳)(?![肴节作品句境丽音酿人])|先锋(?<=(?:非常|十分|很|极为|较为|更为|最为)先锋)(?=的)|顶端(?:水准|水平)|前列位|从根本处|副(?:面作用|功能|用途|效用|功效)(?<=副面作用|(?:零|无|没有|毫无)(?:毒)?副(?:功能|用途|效用|功效))|(?:效果|疗效)持长|(?<!健)康好(?=[,，。;!?的了]|$)|治理好(?<=(?:彻底|完全|根本上?|被)治理好)|(?:回复|复回)(?<=(?:以后|从此|之后|永远|后)[^,，。;!?]{0,4}?(?:不会|不再|永不)再?(?:回复|复回))(?![您你消信邮留短私评])|迅疾(?:消褪|消退|见效|复色|康复)|前茅(?<=位居[^,，。;!?]{0,4}?前茅)|药至病除|立杆见影|立竿见效|根底(?:解决|治愈|医治|治好|拔除|清除|消除|根除|去除)|一劳永久|(?<!反)复发作(?<=(?:不再|不会|永不|终身不|终生不|杜绝)(?:再)?复发作)|不再次(?:发作|复发)/),
      // Round fifteen: the replacement written next to what it replaced (全部改善愈, 治好愈, 治愈愈, 不易复复发, 唯一一一家,
      // 成功率最高高), and a claim word masked in its middle but still readable (治X愈, 根【治】, 痊□愈, 永不复■).
      p(/(?:改善|好转|康复|治好|治疗|消除|消退|恢复)愈(?![合加发来演])|(?:治愈|痊愈)愈|复复发|唯一一一|最(?:高高|好好|佳佳|强强|低低)(?=[,，。;!?]|$)/),
      // Round fifty-two (batch DD): two degree adverbs stacked where the tool put its own before or after the one it kept (非常很好,
      // 很非常专业, 十分更好, 较较好: 最 replaced by 很 or 较 beside an adverb already there), and a doubled evaluative word after an
      // adverb at a clause end (效果很佳佳: 最佳 made 很佳 with the old 佳 left); 很棒棒 is cute speech, not a leftover.
      p(/(?:非常|十分|极其|极为)(?:很|较为|更为|更加)(?=[\u4e00-\u9fff])|(?:非常|十分|极其|极为)(?:较|更)(?=[好佳优专先权强高快有])|很(?:非常|十分|极其|极为)(?=[\u4e00-\u9fff])|(?:较较|更更|很很)(?=[好佳优专先权强高快有正靠出])|(?:很|非常|十分|较|更|极|超)(?:好好|佳佳|优优|强强)(?=[,，。;!?！~～]|$)/),
      // Round ninety (batch GI): a comparative stacked on a comparative before a quality (更为较好, 更加较佳, 更加比较优: 最好 / 最佳 made 较好
      // with the old 更 left in front); 更为稳定, 比较满意 and 更加比较两种方案 (比较 the verb, then no quality) stay ordinary.
      p(/(?:更为|更加|更)(?:较为|比较|较)(?=[好佳优])/),
      // Round fifty-two (batch DD): a result word written twice after the verb or adverb that promised it (实现有效改善改善, 达到临床好转好转):
      // the replacement pasted over the word it replaced; the colloquial 改善改善 (你得改善改善饮食) has no such word before it.
      p(/(?:实现|达到|获得|得到|有效|显著|明显|彻底|完全|全面|临床|基本)(?:的)?(?:改善改善|好转好转|康复康复|恢复恢复|消退消退|缓解缓解|治愈治愈|痊愈痊愈)/),
      // Round forty-nine (batch CU): the second character cut out and its brackets left empty (可以治【】的, 根【】), and a rate's middle
      // character masked (治X率, 有■率).
      p(/[根治痊](?:[x×■□○●]{1,3}[治愈]|[【\[「][治愈][】\]」]|[【\[「]\s?[】\]」])|(?:不再|永不|不会|不易|杜绝|防止)复[x×■□○●]|(?:治|痊|有|复)[x×■□○●]{1,3}率/),
      // Round forty-nine (batch CU): a whole result word masked after the verb or adverb that promised it, closing the clause (一个疗程
      // 即可***。 实现临床***， 数万患者已经**。): what was there is a cure or a recovery, and the promise still stands.
      // Round one hundred and two (batch HF): or after 包 or 保证 right after a count of sessions, the whole result masked (三次包**，无效退款; 一个疗程
      // 保证■■): the promise of a cure in so many sessions; 面包**, 书包□□ have no count before them.
      p(/(?:即可|就能|就可|便可|均可|都能|能够|已经|实现|达到|获得|得到|临床|从此|(?<=(?:\d{1,2}|[一二三四五六七八九十两几])\s?(?:次|个?疗程|针|贴|周|个月|天)\s?)(?:包|保证|包管|管保))(?:xx|\*{2,}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=[,，。;!?！、]|$)/),
      // Round fifty-two (batch DD): the masked word after 是可以 / 是能 and before the 的 that closes the claim (湿疹是可以XX的, 白斑是能**的).
      p(/是(?:可以|能够?|可)(?:xx|\*{2,}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=的)/),
      // Round fifty-two (batch DD): a template's braces or angle brackets round the placeholder too ({{敏感词}}, <违禁词>, 《极限词》).
      // Round fifty-one (batch DA): the mask may be the multiplication sign (治疗效果全国××, 一个疗程即可××); ×× before a Han character
      // (全国××医院联盟, 国内××专家) is a name left out, not a claim masked.
      // Round eighteen: the tool's own placeholder left in the text ([违禁词已屏蔽], 【极限词】); a ranking or a promise whose key
      // word is masked (国际XX水平, 终身XX, 全国第X, 百分之XX, **率可达95%, 痘痘■■); a word removed and the rest left standing
      // (全省***家 → 全省家引进, 首家 → 领先家, 最好的之一 → 非常好的之一, 顶级 → 极佳级).
      // Round ninety-six (batch GU): blocks named as what the words were replaced with or stand for (违规用语已替换为□□, 用□□代替, 以■■表示):
      // an editor's note on the masking, not a mask left in a claim; 已经达到□□。 is still read.
      p(/[【\[({<《〔]\{?(?:广告法)?(?:极限|违禁|敏感|禁用|屏蔽|违规)词(?:已?被?(?:屏蔽|删除|替换|隐藏|过滤))?\}?[】\])}>》〕]|(?:国际|国内|全国|全省|全市|行业|业内|同行|领域|终身|永久|永不|彻底|完全|百分之)(?:x{2,3}|\*{2,}|■{1,3}|□{1,3}|×{2,3}(?![\u4e00-\u9fff]))(?![a-z\d])|(?:(?<!\*)\*{2,}|xx)率(?=[^,，。;!?]{0,4}?(?:\d|百分|高达|可达|达到?))|(?<=[\u4e00-\u9fff])(?<!(?:替换|换|改|写|记|标|替代|代替|处理|显示|表示)(?:为|成|作)|用|以)[■□█]{2,}(?!代替|替代|表示|标出|标记|隐去|遮盖)|(?<!(?:替换|换|改|写|记|标|替代|代替|处理|显示|表示)(?:为|成|作)|用|以)(?<![■□█])[■□█]{2,}(?=[\u4e00-\u9fff])(?!代替|替代|表示|标出|标记|隐去|遮盖)/),
      // Round ninety-six (batch GU): the ranking's number masked by any block, star, dot or cross, or lost as the replacement character (位居国内第�,
      // 排名全省第●, 全国第※); without a scope or a ranking verb before it (第●：请按箭头顺序连线) it is a blank to fill.
      p(/第(?:xx?|\*{1,3}|[■□█▇※●○×\ufffd])(?<=(?:排名|排行|位居|位列|名列|稳居|全国|全省|全市|国内|行业|业内|同行)[^,，。;!?]{0,4}?第(?:xx?|\*{1,3}|[■□█▇※●○×\ufffd]))(?![a-z\d天周次个步年月日期例号届章节条])|第[名位](?<=(?:排名|排行|位居|位列|名列|稳居|全国|全省|全市|国内|行业|业内|同行)[^,，。;!?]{0,4}?第[名位])/),
      p(/家(?<=(?:全国|全省|全市|国内|省内|市内|本市|本省|全城|业内|行业|同城|区域)家)(?![庭电具长居用属政族乡门人务喻])(?=[^,，。;!?]{0,10}?(?:引进|开展|采用|获得|通过|拥有|推出|医院|机构|诊所|专科))|(?:领先|率先|首先|前列|靠前)家(?![电具居庭政用纺装属人长族乡门务喻])|的之一(?<=(?:非常|十分|很|较为|比较|极为|极其|相当|超级?)[\u4e00-\u9fff]{1,3}的之一)|级(?<=(?:极佳|绝佳|上佳|较佳|极好|较好|非常好|超好)级)(?!别)/),
      // Round twenty-nine: 更 in a superlative frame where the clinic names itself: a scope right after 是, 拥有, 采用 (是同城更好的选择,
      // 拥有全市更大的中心, 是业内更早开展的医院, 采用全省更先进的设备); a referral (建议转到省内更专业的医院) has none of these verbs.
      // 较早, 较大 after a scope stay idiomatic (省内较早开展该技术的医院之一): only 更 is read.
      p(/(?:是|为|拥有|采用|引进|配备|具备|成为|打造|堪称|作为)(?:了|着)?(?:目前|当前|现在)?(?:全国|全省|全市|国内|业内|业界|行业|同行|本地区?|本市|本省|本区|全区|全县|省内|市内|全球|世界|国际|全网|全城|同城)(?:范围内|地区|上)?的?(?:更为|更加|更)(?:好|佳|优|优秀|专业|权威|正规|先进|领先|知名|强|靠谱|可靠|顶尖|前沿|尖端|大|早|全面|齐全|资深|完善|出色)/),
      // Round twenty-nine: a comparative in a "best choice" frame (更佳之选, 堪称更佳, 是您信赖的更优选择, 更好的祛痘医院在哪里), and 显然
      // closing a strength where 丰富 or 显著 stood (专家团队经验显然).
      p(/(?:更|较)(?:为|加)?(?:佳|优|好)之选|(?:堪称|可谓|称得上|誉为)[^,，。;!?]{0,2}?(?:更|较)(?:为|加)?(?:佳|优|好|专业|权威|出色|优秀|先进)|(?:您|你)[^,，。;!?]{0,6}?的(?:更|较)(?:为|加)?(?:佳|优|好)的?(?:选择|之选)|(?:更|较)(?:好|佳|优|专业|权威|正规|靠谱)的[^,，。;!?]{0,6}?(?:医院|诊所|机构|专科|医生|专家)(?:在哪|是哪|有哪|哪家|哪里)|(?:经验|技术|实力|口碑|优势|水平|资历|功底)显然(?=[,，。;!?、！~]|$)/),
      // Round thirty-two: 顶级 or 领先 turned into a word for position (全国顶部的专家团队, 业界首要的光疗设施) after a scope and before
      // what a clinic has; 根治 turned into 根本地处理, 保证 into 包管, 无效退款 into 无用退钱 (包管见效，无用退钱).
      p(/(?:全国|全省|全市|国内|国际|世界|全球|业内|业界|行业|同行|省内|市内|本地区?|同城)[^,，。;!?]{0,3}?(?:顶部|首要|顶层|顶端)的?[\u4e00-\u9fff]{0,4}?(?:专家|团队|医生|医师|水平|水准|设备|设施|仪器|技术|疗法|医院|诊所|机构|专科|实力)|根本地(?:处理|医治|治理|解决|清除|消除|去除|治好|康复)|包管(?=[^,，。;!?]{0,3}?(?:见效|有效|治好|痊愈|复色|康复|好转|根除|满意))|无用退(?:钱|款|费)/),
      // Round thirty-eight (batch BO): 自然消退 made 天然地消退, 快速 or 迅速 made 迅捷 or 快捷 before a lesion's fading or a cure
      // (白斑迅捷消除, 黑色素快捷再生), 疗程 made 疗期 after a count (两个疗期就能够病愈), 根治 made 根本性的治理.
      p(/天然地?(?:消退|消褪|消失|褪去|褪掉|淡化|淡去|复色|愈合|痊愈|康复|消散|退去|好转|复原)|(?:迅捷|快捷|疾速)地?(?:消除|消退|消失|褪去|淡化|复色|痊愈|康复|复原|再生|修复|治愈|见效|长出|生长|上色)|(?:\d{1,2}|[一二三四五六七八九十两几])\s?个?疗期(?=[^,，。;!?]{0,6}?(?:就|即可|便|痊愈|治愈|病愈|见效|康复|好了|复色|消失|消退))|根本性的?(?:治理|医治)/),
      // Round forty-one (batch BX): a thesaurus's pairs left in a claim: a hedge word glued to 最 (较为最先进, 更加最好: the tool
      // added the comparative and kept 最), 明显 made 显明 and 效果 made 效验 (效验显明, 看到显明的效验, 敏捷见效验), 恢复 made 规复
      // (规复正常肤色), 领先 made 当先 (遥遥当先, 国际当先), 首位 made 首位置, 迅速 made 敏捷 before a lesion's change, 消除 made 打消
      // before a lesion, 接受治疗 made 接管医治, 全部 made 全体 or 完全 made 全然 before fading, 身体 made 身躯 beside harm, 技术手段
      // made 技能手腕, 先进 made 先辈, 医院 made 病院 in a comparison (与普通病院比拟), 答案是肯定的 made 谜底是一定的, 治愈率 made 治好率.
      p(/(?:较为|更为|更加|比较(?!最(?:近|新|后|初|早|晚)))最(?=[\u4e00-\u9fff])|(?:效验|效果|疗效|功效|成效)(?:很|非常|十分|极其|极为)?显明|显明的?(?:效验|效果|疗效|功效|成效|改善|好转|变化)|见(?:到|着)?(?:了)?效验|(?:看到|见到|瞥见|看见|收到)[^,，。;!?]{0,4}?效验|规复(?=[^,，。;!?]{0,4}?(?:正常|肤色|健康|原状|如初|原样|原貌))|(?:完整|完全|全部|终极)规复|遥遥当先|(?:国际|国内|全国|全球|世界|业内|业界|行业)当先|(?:排名|位居|位列|名列|稳居)[^,，。;!?]{0,4}?首位置|敏捷地?(?:消除|消退|消失|褪去|淡化|复色|痊愈|康复|复原|再生|修复|治愈|见效|缩小|减轻|开启|激活|好转|恢复)|打消(?=[^,，。;!?]{0,2}?(?:白斑|色斑|斑点|黄褐斑|雀斑|痘痘|痘印|皱纹|病灶|皮损|疤痕|瘢痕|症状))|接管(?:医治|治疗|手术|光疗|移植|疗程)|全体(?:消退|消失|褪去|褪掉|复色|回色|康复)|全然(?:复色|回色|康复|痊愈|治愈|消退|消失|褪去|恢复|医好|治好)|身躯(?<=(?:对|伤|损|害|伤害|损伤|损害)身躯)|(?:技能|技术)手腕|先辈的?(?:技能|技术|设备|疗法|仪器|手艺)|病院(?=[^,，。;!?]{0,2}?比拟)|谜底是(?:一定|必定|确定|肯定)的|(?:治好|医好|医愈)率/),
      // Round forty-seven (batch CP): a thesaurus's swaps left in a cure, relapse or rate claim: 能不能 made 能不可以, 实际上 made 实在上,
      // 答案是肯定的 made 答案是一定的, 不会再出现 made 不会再次呈现 (after a lesion's fading), 能治好 glued to 好转 (完全能够治好转),
      // 根本解决 made 根本处理 closing a clause, 有效率 made 有用率, 无副作用 made 无毒副效果.
      p(/能不可以|实在上(?=[,，]?(?:只需|只要|只有|是|要|就|白斑|痘|湿疹|病|这|我|患者|病友))|答案是(?:一定|必定)的(?=[,，。;!?]|$)|(?:不会|不再|永不|不易)(?:再次|再度|再|重新)?呈现(?=的|了|[,，。;!?]|$)|(?:能够|可以|完全|彻底)治好转|根本处理(?=[,，。;!?！]|$)|(?:有用|有效用|管用)率|(?:无|零|没有|毫无)毒?副效果/),
      // Round fifty-three (batch DF): a rate or a figure whose number is masked after the verb that states it (有效率高达**,
      // 复色率可达【】, 达█%), and a mask left where the rate's own word stood, before 率 or before 后 and a no-relapse promise
      // (【】率高, 【】后不易反复; a * between two Han characters is gone after normalising, so 治*的 is left alone); a footnote's ** (表中**表示 P<0.01) has no rate verb before it.
      p(/率[^,，。;!?]{0,3}?(?:高达|可达|达到?|超过|接近)\s?(?:\*{2,}|xx|[■□█]{1,3}|×{2,3}|【\s?】|\[\s?\])|(?:高达|可达|达到?|超过|接近)\s?(?:\*{1,3}|xx|[■□█]{1,3}|×{1,3})\s?%|(?:【\s?】|\[\s?\]|[■□█]{1,3})率(?=[^,，。;!?]{0,4}?(?:\d|百分|高|可达|达))|(?:(?<!\*)\*{2,}|xx|【\s?】|\[\s?\]|[■□█]{1,3})后(?=[^,，。;!?]{0,3}?(?:不易|不再|不会|永不|不)(?:反复|复发|反弹))/),
      // Round ninety-six (batch GU): a rate's percentage with some of its digits masked, whatever verb states it (有效率是1**%, 治愈率为9■%, 好转率
      // 约X5%): a digit kept beside the mask shows a number was cut, not a footnote's ** (有效率为85%** marks significance after the %).
      p(/率[^,，。;!?]{0,4}?(?:是|为|在|约|达|高达|可达|超过)?\s?(?:\d{1,2}(?:\*{1,3}|[■□█▇]{1,3}|×{1,2}|x{1,2})|(?:\*{1,3}|[■□█▇]{1,3}|×{1,2}|x{1,2})\d{1,2})\s?%/),
      // Round ninety-six (batch GU): the ranking word cut out between 是 and 的 after a scope, with the thing ranked before it (小儿推拿在全市是**的,
      // 我们的技术在业内都是XX的: the mask between two characters is gone after normalising, 在全市是的 is left): no writer ends a clause on
      // 在全市是的. An answer opening its clause (答：在国内是的) has no subject before 在, and 在国内是的确存在的 goes on after 的.
      p(/(?<=[\u4e00-\u9fff])在(?:全国|全省|全市|全城|同城|全区|全县|国内|省内|市内|区内|业内|业界|行业内?|同行中?|同类中?|本地区?|本市|本省|当地|圈内)(?:范围内|里|内|中)?(?:都|也|绝对|可以说|算|应该)?是(?:x{2,3}|\*{2,}|[■□█]{1,3}|×{2,3})?的(?=[,，。;!?！~～]|$)/),
      // Round fifty-three (batch DF): a hedge put where the cure word stood and glued to what is left of the claim (帮助改善断根,
      // 有助于改善彻底, 能辅助治疗好, 有助于率, 调理率, 彻底调理不反复, 成功改善…三万余例, 恢复改善正常, 显著改善消退); 改善不彻底, 辅助治疗好转 and 缓解率 (a remission rate) are ordinary.
      p(/(?:帮助|辅助|有助于?|协助)?改善(?:断根|除根|根除|根治)|(?:帮助|辅助|有助于?|协助)改善彻底|(?:辅助|帮助|协助)治疗好(?![转处像几多些])|(?:有助于?|帮助改善|辅助治疗|调理)率|(?:彻底|临床|完全)(?:改善|调理|缓解|好转)后?(?:不|永不|不再)(?:复发|反复|反弹)|成功(?:改善|调理|帮助)[^,，。;!?]{0,10}?(?:\d+|[一二三四五六七八九十两百千万]{1,4})(?:余|多)?例|恢复(?:改善|好转)正常|(?:显著|明显|完全|全部|彻底)(?:改善|好转)(?:消退|消失|褪去)/),
      // Round fifty-four (batch DJ): a hedge pasted on top of the result word it stands for, which is left doubled (有助于改善改善, 帮助
      // 缓解缓解); the same evaluative phrase written twice round 的 (较好的较好效果, 更佳的更佳选择: 最好 replaced and the old kept);
      // an absolute adverb left before a hedge that replaced the cure verb (彻底有助于改善, 根本帮助改善, 有效有助于控制: 彻底根治,
      // 有效控制); colloquial 帮他改善改善 has no hedge glued to it, 有效帮助患者 is ordinary.
      p(/(?:有助于?|帮助|辅助|协助)(?:改善改善|好转好转|缓解缓解|恢复恢复|消退消退|控制控制|调理调理)|(?:较|更)(?:好|佳|优)的(?:较|更|最)(?:好|佳|优)|(?:彻底|根本|永久|一次性|终身|终生|全部|基本上?)地?(?:有助于?|帮助|辅助|协助)(?:改善|调理|缓解|治疗|控制|解决|消除)|(?:有效|彻底|根本|迅速|快速)有助于/),
      // Round fifty-four (batch DJ): the tool's placeholder naming what it did, in brackets inside the sentence ({{替换词}}, [此处已删除],
      // 【已屏蔽】 between two words), a place's scope with its ranking word masked before 的 or a clause end (本市XX的专科, 全城XX的; a * between two Han characters is gone after normalising),
      // and a mask closing a clause after a degree word or 真的是 (效果真的是***, 疗效非常XX。); a comment [已删除] at a line's end, 全市××医院联盟
      // (a name left out) and 患者王**，女 (a masked name) stay.
      // Round ninety-four (batch GQ): the scope's mask may be the three-letter XXX of a template as well as XX (我们是本地区XXX的过敏专科); 本市XXX医院
      // (a hospital's name left out, no 的 after it) stays.
      p(/[【\[({<《〔]\{?(?:替换|违法|禁止|限制|过滤|风险)词\}?[】\])}>》〕]|(?<=[\u4e00-\u9fff])[【\[({<《〔]\{?(?:此处|该处|本处)?(?:内容|文字|词语|用语)?(?:已|被)+(?:删除|屏蔽|隐藏|替换|过滤|删去)\}?[】\])}>》〕](?=[\u4e00-\u9fff])|(?:本市|本地区?|本省|本区|本县|全城|同城|全市|全省|全区|全县|省内|市内|区内)(?:x{2,3}|\*{2,}|■{1,3}|□{1,3}|×{2,3})(?=的|[,，。;!?！]|$)|(?:真的?是|确实是|绝对是|简直是|非常|十分|特别|很|太|超)(?:xx|\*{2,}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=[,，。;!?！~]|$)/),
      // Round fifty-four (batch DH): a masked verb between the adverb that promised it and the disease it acted on (可以有效XX银屑病,
      // 彻底□□湿疹), or before the 吗 of a headline question (痤疮能XX吗？); a mask closing a clause after a verb of regaining or a
      // relapse denied (重获XXX, 让斑秃不再XX, 告别【】); a template's double braces round an outcome word ({{疗效}}, {{治愈率}}); a
      // percentage whose number was cut out (有效率高达%, 复色率可达%); ?? after a scope where the ranking word stood (全省??的医院);
      // the tool's own note in brackets without 词 ([已屏蔽], 【已删除】, [删除]) with the sentence going on after it (batch DJ: a note ending a line, 该条评论[已删除], is a moderator's). 复诊间隔X周, {{姓名}} and 全国××医院协会 stay ordinary.
      p(/(?:有效|彻底|完全|根本|可以|能够|即可|就能|快速|迅速|帮您|帮你)(?:x{2,3}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=[^,，。;!?]{0,2}?(?:白癜风|白斑|银屑病|牛皮癣|湿疹|痤疮|痘痘|斑秃|脱发|荨麻疹|黄褐斑|色斑|雀斑|皮炎|鱼鳞病|扁平疣|疱疹|癣|病灶|皮损))|(?:能|可以|能够|可否|能否|会)(?:x{2,3}|\*{2,}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=吗|么|嘛|\?|？)|(?:重获|重拾|重现|恢复|回归|不再|告别|摆脱|彻底|完全)(?:x{2,3}|\*{2,}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=[,，。.;!?！、]|$)/),
      p(/\{\{\s?(?:效果|疗效|功效|成效|结果|治愈|痊愈|根治|复色|康复|见效|好转|消退|有效率|治愈率|复色率|成功率)\s?\}\}|(?:高达|可达|达到?|超过|接近)\s?[%％](?!\d)|(?:国际|国内|全国|全省|全市|行业|业内|同行|领域|本地区?|本市|同城|全城)的?\?{2,}(?=的|水平|水准)|[【\[〔]\s?(?:已被|已|被)?(?:屏蔽|删除|替换|隐藏|过滤|和谐)(?:内容)?\s?[】\]〕](?=[\u4e00-\u9fff])/),
      // Round fifty-five (batch DL): a result word doubled after 的 or around 了 where a verb can't be reduplicated (得到良好的缓解缓解, 基本上
      // 改善了改善。), 之一 written twice (知名品牌之一之一), a hedge verb left with only the lesion after it where the cure verb and its
      // result stood (即可有助于痘痘。, 帮助改善辅助白斑，), and a hedge glued to a verb of removing before a lesion (有助于改善去除痘印:
      // 彻底去除 replaced and kept); colloquial 你得改善改善饮食 has no 的, and 有助于痘痘消退 goes on after the lesion.
      p(/的(?:改善改善|好转好转|缓解缓解|恢复恢复|消退消退|康复康复|治疗治疗)|(?:改善了改善|好转了好转|缓解了缓解|消退了消退|康复了康复)(?=[,，。;!?！]|$)|之一之一|(?:有助于?|帮助|辅助|协助)(?:白斑|痘痘|痤疮|湿疹|斑秃|银屑病|牛皮癣|荨麻疹|白癜风|皮损|色斑|皮疹|痘印|脱发)(?=[,，。;!?！~]|$)|(?:改善|缓解|调理)(?:去除|祛除|消除|清除|根除|去掉|祛掉)(?=[^,，。;!?]{0,2}?(?:痘|斑|疤|疹|皱纹|皮损|病灶|黑头|毛孔))/),
      // Round fifty-six (batch DN): a hedge glued straight onto the cure or relapse word it was meant to replace (辅助治愈, 帮助痊愈,
      // 辅助不复发, 未见辅助复发: 辅助治疗 and 帮助患者康复 are ordinary), a hedge written twice (有望有望, 可能可能), a promise of a
      // "maybe" (承诺可能治愈, 保证有望根治), a 在医生指导下 pasted in front of a total cure (在医生指导下彻底治愈), a rate whose figure is
      // masked before % (复色率**%), and a mask closing a clause after a patient's 可 (患者可***，; 验证码可****); 可能复发 and 有望改善 alone stay ordinary.
      p(/(?:辅助|帮助|协助)(?:治愈|痊愈|根治|断根|除根|(?:不再?|永不)?复发)|有望有望|可能可能|或许或许|有助于有助于|帮助帮助|辅助辅助|(?:承诺|保证|确保|担保|包)[^,，。;!?]{0,8}?(?:可能|或许|有望|有助于?)(?:治愈|痊愈|根治|治好|断根|不复发)|在(?:医生|医师|专家)指导下(?:彻底|完全|永久|百分百|100%)(?:治愈|痊愈|根治|治好|康复|告别|摆脱)|率\s?(?:\*{2,}|xx|×{2,3}|[■□█]{1,3})\s?[%％]|可(?<=(?:患者|病人|病友|患儿|您|你|宝宝|孩子)(?:也|都|均|即)?可)(?:\*{2,}|xx|■{1,3}|□{1,3}|×{2,3})(?=[,，。;!?！、]|$)/),
      // Round one hundred and fifteen (batch IF): two different hedges stacked before a care's result (可以有助于帮助缓解, 有助于协助改善: each tool pass
      // put its own hedge in and kept the other's), a hedge pasted between a result and its echo (部分改善辅助好转), and 可能 left before a bare effect at a
      // clause end (部分人群可能效果。: 明显效果 replaced); 有助于帮助老人养成习惯 names no care's result, 可能效果不明显 goes on, and 可以有助于缓解 alone
      // stays ordinary as before.
      // Round one hundred and twenty (batch IP): a degree word the tool left between the stacked hedges and the result (可以帮助有助于明显改善, 辅助帮助显著缓解):
      // still two hedges side by side; 有助于帮助老人养成习惯 has no result after it and stays ordinary.
      p(/(?:有助于|帮助|辅助|协助)(?:帮助|辅助|协助|有助于)(?:明显|显著|有效|快速|迅速|逐步)?(?=改善|缓解|根治|治愈|痊愈|治疗|消退|控制|减轻|止痒|好转|恢复|复色)|(?:改善|缓解|减轻)(?:辅助|帮助|协助|有助于)(?:好转|康复|恢复|痊愈|消退|治愈)|(?:可能|或许|有望)(?:效果|疗效|作用|见效)(?=[,，。;!?！~～]|$)/),
      // Round one hundred and eighteen (batch IL): after a hedge, two result verbs of care side by side (有效帮助改善淡化, 能够有助缓解改善: the tool put
      // its own verb in and kept the old one), or a degree phrase between two hedges (可辅助一定程度帮助淡化): each pass left its words beside the other's;
      // a list (有助于改善肤色、淡化痘印) or a hedge with its own subject between (辅助用药可以帮助缓解症状) is plain.
      p(/(?:有助于?|帮助|辅助|协助)(?:一定程度上?|部分地?|适当)?(?:帮助|辅助|协助|有助于?)?(?:改善|缓解|减轻|淡化)(?:改善|缓解|减轻|淡化)|(?:有助于?|帮助|辅助|协助)(?:一定程度上?|部分地?|适当)(?:帮助|辅助|协助|有助于?)(?=改善|缓解|减轻|淡化|消退|控制|恢复)/),
      // Round one hundred and twenty (batch IP): two different result verbs of care glued together as the noun of an effect (起到有效改善的缓解减轻作用, 具有改善淡化的
      // 效果: the tool put its own verb before the old one's 作用); a list with a 、 between (起到缓解、改善作用) or one verb (缓解作用) is plain.
      p(/(?:改善(?:缓解|减轻|淡化)|缓解(?:改善|减轻|淡化)|减轻(?:改善|缓解|淡化)|淡化(?:改善|缓解|减轻))的?(?:作用|效果|功效|功能)/),
      // Round fifty-six (batch DP): the tool's placeholder in brackets glued to what is left of the claim word is there in a headline
      // question too (能否治[敏感词]？, 可以根【违规词】吗？): the question does not unsay the leftover.
      p(/(?<=[\u4e00-\u9fff])[【\[〔]\s?(?:极限|违禁|敏感|禁用|屏蔽|违规|替换|违法|禁止|限制|过滤|风险)词\s?[】\]〕]/, { question: false }),
      // Round fifty-six (batch DP): a hedge or a lower rank pasted where the claim word stood, with what is left of it glued on: 第一次 made
      // 前列次, 痊愈 made 痊改善, 唯一 made 唯有 before 之一, 治好 made 有帮助好 after 能, 不留疤 made 不留有助于疤, 顶尖 made 领先尖, 国家级 made 较高水平级;
      // a ranking word masked out between 拥有 or 是 and 级 (拥有**级专家: the ** between two Han characters is gone after normalising),
      // and an outcome's evaluation masked closing the clause (治疗效果***。). 前列腺, 有助于好转, 高水平级别 and 领先尖端 are ordinary.
      // Round ninety-seven (batch GW): the evaluation may be lost as the replacement character or masked by a lower block (调理效果��。, 疗效▇▇，),
      // as a ranking's number may (位居国内第�); a page's mojibake named as such (乱码“��”) has no outcome word before it.
      p(/前列(?:次|批)|痊(?:改善|好转|缓解|恢复|康复)|(?:唯有|独有)之一|(?:能|就能|可以|即可|便能|都能|能够)(?:有帮助|有助于?)好(?![转处像几多些的])|不留(?:有助于?|帮助|辅助|改善)|(?:领先|较高|前列|较好|较先进)尖(?=的?(?:专家|医生|名医|团队|人才|水平|医师))|(?:水平|水准)级(?![别数])|(?:拥有|是|为|配备|汇聚|组建|坐拥)级(?=[^,，。;!?]{0,2}?(?:专家|医生|名医|团队|设备|医院|专科|人才))|(?:效果|疗效|功效|成效)(?:真的?是|非常|十分|很|也)?(?:xx|\*{2,}|■{1,3}|□{1,3}|▇{1,3}|\ufffd{1,4}|×{2,3}|【\s?】|\[\s?\])(?=[,，。;!?！]|$)/),
      // Round fifty-seven (batch DS): a hedge verb glued straight onto the cure word it was meant to replace, with the cure word kept
      // (帮助改善治愈, 调理痊愈, 缓解根治: 治愈 replaced and the old left beside it); a rank word where 第一 or 首 stood, with 一家 left
      // (全国领先一家…的机构, 率先一家开展); the same comparative written twice round 中的 (较好中的较好, 更优中之更优: 最好中的最好 or 好中之好
      // put through the tool); a total hedge restated before a relapse denied (彻底改善，改善后不易反弹: 彻底治愈，治愈后不复发). 改善治愈率 (a study's aim), 一家领先的机构 and 好中选优 stay ordinary.
      p(/(?:改善|缓解|调理)(?:治愈|痊愈|根治|断根|除根)(?!率)|(?:领先|率先|前列|靠前)一家(?![人子])|(?:较|更|很|非常)(?:好|佳|优|强)(?:中的|中之|里的)(?:较|更|很|非常)(?:好|佳|优|强)|(?:彻底|完全)(?:改善|调理|缓解|好转)[,，]\s?(?:改善|调理|缓解|好转)后(?:不易|不会|不再|永不|不)(?:再)?(?:复发|反复|反弹)/),
      // Round fifty-eight (batch DU): what is left when the tool swapped only part of a claim: 根治 made 改善根 closing a clause (可明显改善根，),
      // a rate whose figure was cut out before the clause ends (改善率达到。), a hedge pasted where the result noun stood (已帮助数千名患者获得个体差异,
      // 达到因人而异), and a hedge glued straight onto a relapse denied (实现有助于改善不复发); 缓解根本原因, 达到要求 and 有助于改善，不复发需长期管理 read on.
      p(/(?:改善|缓解|调理|好转)根(?=[,，。;!?！~]|$)|率(?:高达|可达|达到|达|超过|接近)(?=[,，。;!?！~]|$)|(?:获得|得到|达到|实现)(?:了)?(?:个体差异|因人而异)(?=[,，。;!?！~]|$)|(?:有助于?|帮助|辅助|协助)(?:改善|缓解|调理)(?:不|永不|不再)(?:复发|反复|反弹)/),
      // Round fifty-eight (batch DV): a hedge pasted where the cure word or the figure stood, with what it replaced still there: a modal
      // before the hedge and the cure word after it (是可以有助于根治的, 能够有助于痊愈: 可以根治 with 有助于 added), a hedge glued onto a total
      // result (部分改善完全复色, 调理彻底消退: 完全复色 kept beside its replacement), and a hedge where a rate's number stood before %
      // (有效率达改善%). 有助于控制病情, 改善、完全恢复需要时间 and a table's column 改善% stay ordinary.
      p(/(?:可以|能够?|可|就能|即可|都能|便能)有助于?(?:治愈|痊愈|根治|断根|除根|治好|根除)|(?:改善|缓解|调理|好转)(?:完全|彻底|全部|全面)(?:复色|回色|消退|消失|康复|痊愈|治愈|恢复|褪去|治好|根除)|(?:率|达|高达|可达|超过|达到)\s?(?:改善|好转|缓解|调理)\s?[%％]/),
      // Round fifty-nine (batch DX): a masked rate word between a treated disease and 率 (治疗白癜风***率高达95%: the * between two
      // Han characters is gone after normalising), a three- or four-letter mask closing an outcome (效果XXX。), a mask after a span of
      // treatment or after 无效 (三个月**，无效**: 治愈 and 退款 cut out), and a claim word written twice where the tool pasted its
      // own beside it (全国领先领先, 有效有效改善, 理想的的效果); 的的确确, 目的的 and 白癜风发病率 stay ordinary.
      p(/(?:治疗|医治|诊治|专治)(?:白癜风|白斑|银屑病|牛皮癣|湿疹|痤疮|痘痘|斑秃|荨麻疹|黄褐斑|皮炎)率(?=[^,，。;!?]{0,3}?(?:\d|百分|高达|可达|达到?|超过))|(?:效果|疗效|功效|成效|口碑)(?:真的?是|非常|十分|很|也)?(?:x{3,4}|\*{3,}|[■□█]{1,4})(?=[,，。;!?！]|$)|(?:\d{1,3}|[一二三四五六七八九十两几半])\s?(?:天|周|个月|个疗程|疗程|次)(?:\*{2,}|x{2,4}|[■□█]{1,4}|×{2,3}|【\s?】|\[\s?\])(?=[,，。;!?！、]|$)|无效(?:\*{2,}|x{2,4}|[■□█]{1,4}|×{2,3}|【\s?】|\[\s?\])(?=[,，。;!?！、]|$)|领先领先|有效有效|显著显著|明显明显|彻底彻底|完全完全|顶尖顶尖|一流一流|先进先进|权威权威|优秀优秀|卓越卓越|快速快速|持久持久|(?<![目标靶端])的的(?!确)(?=[^,，。;!?]{0,2}?(?:效果|疗效|专家|医生|团队|医院|服务|技术|设备|选择|方法|方案|疗法))/),
      // Round fifty-nine (batch DX): the tool's note left where the result word stood, after the verb that needs it (得到「此处删除」,
      // 白斑已基本[已屏蔽], 未见[已屏蔽]), an instruction to the writer left in brackets inside the claim (满意度高达【请勿使用绝对化用语】%),
      // and a relapse promise whose two words were both hedged (改善后不再改善: 治愈后不再复发); a moderator's 该条评论[已删除] ending a line stays.
      p(/(?:得到|达到|实现|获得|基本|未见|即可|就能|可以|能够|已经)[【\[「〔(（]\s?(?:此处|该处|本处)?(?:内容|文字|词语|用语)?(?:已|被)?被?(?:删除|屏蔽|隐藏|替换|过滤|删去|和谐)\s?[】\]」〕)）]|(?<=[\u4e00-\u9fff])[【\[「〔]\s?(?:请勿使用|禁止使用|不得使用)?[^】\]」〕\n]{0,8}?(?:绝对化|极限|违禁|敏感|违规|违法)(?:用语|词汇|字眼)\s?[】\]」〕]|改善后(?:不再|不会|永不|不易)再?改善(?=[,，。;!?！]|$)|调理后(?:不再|不会|永不|不易)再?调理(?=[,，。;!?！]|$)|缓解后(?:不再|不会|永不|不易)再?缓解(?=[,，。;!?！]|$)|好转后(?:不再|不会|永不|不易)再?好转(?=[,，。;!?！]|$)/),
      // Round sixty (batch EA): a mask closing a clause after a promise of speed (让患者早日**，尽快XX。: 康复 or 治愈 cut out); a result word
      // doubled after 能 or 从根本上 with a disease or the clause end after it (能改善改善，从根本上改善改善痤疮: the hedge pasted over the cure word);
      // a hedge pasted before 率 (辅助改善率高达98%, 有效帮助率: 治愈率 replaced); a case count after 已成功缓解 (已成功缓解患者2万余例);
      // a relapse promise whose both words became the same hedge (缓解后终身不再缓解, 好转后不再好转, 永不辅助改善, 一次改善，终生改善), and a hedge
      // glued after 临床 where 治愈 stood (达到临床辅助改善标准: 临床治愈标准); 临床辅助治疗 and 临床缓解 are ordinary terms.
      // 可以改善改善睡眠, 缓解率 (a remission rate), 症状不再缓解应及时就医 and 本组28例中缓解20例 stay ordinary.
      // Round sixty-five (batch EK): more leftovers of a word swapped in part: 国家级 made 国家级别 with the old 级 kept (省级别级), 第一名
      // made 领先名, 最先进 made 领先进 before what a clinic has (行业领先进水平; 领先进入 is a move), the 首选 or 最佳 of 您的…选择 masked
      // (您的XX选择), 绝对 left before a masked claim word closing the clause (技术绝对***。), 顶级 made 顶尖 with the old 级's neighbour
      // doubled (顶尖尖级), 最好 made 很好 and glued to a noun with no 的 (很好专家; 恢复得很好 stays), 永不 pasted before a 不 already there
      // (永不不反弹), a rate's verb with its figure cut out (好转率高达，); a mask set off by spaces (独家 ■■ 疗法) is gone after normalising.
      p(/级别级|(?:领先|率先)名(?=的|[,，。;!?！]|$)|(?:领先|率先)进(?=的|水平|水准|技术|设备|仪器|疗法|理念)|(?:您|你)的\s?(?:xx|\*{2,}|[■□█]{1,3}|×{2,3}|【\s?】)\s?(?:选择|之选|首选)|绝对\s?(?:xx|\*{2,}|[■□█]{1,3}|×{2,3}|【\s?】)(?=[,，。;!?！、”」』]|$)|顶尖尖|一流流|权威威|(?<![得地的])很(?:好|佳|优)(?=专家|医生|医院|团队|设备|技术|疗法|机构|诊所)|永不不|率(?:高达|可达|达到)(?=[,，。;!?！]|$)/),
      p(/(?:早日|尽早|尽快|早点)(?:x{2,3}|\*{2,}|■{1,3}|□{1,3}|×{2,3}|【\s?】|\[\s?\])(?=[,，。.;!?！、]|$)|(?:能|能够|从根本上|根本上)(?:改善改善|好转好转|缓解缓解|康复康复|恢复恢复|消退消退|调理调理)(?=[,，。;!?！]|$|[^,，。;!?]{0,2}?(?:白癜风|白斑|银屑病|牛皮癣|湿疹|痤疮|痘痘|斑秃|脱发|荨麻疹|皮损|病情|症状|皮肤))|(?:辅助|协助|帮助)(?:改善|缓解|调理)?率(?![先领])|(?:已经?|累计)成功缓解(?:患者|病人|病友)?(?:\d+|[一二三四五六七八九十两百千万]{1,4})(?:余|多)?(?:万|千|百)?(?:余|多)?(?:例|人|名)|(?:改善后[^,，。;!?]{0,4}?(?:不再|永不|不会再?)改善|缓解后[^,，。;!?]{0,4}?(?:不再|永不|不会再?)缓解|好转后[^,，。;!?]{0,4}?(?:不再|永不|不会再?)好转|调理后[^,，。;!?]{0,4}?(?:不再|永不|不会再?)调理)(?=[,，。;!?！]|$)|永不(?:辅助|帮助|协助|有助于?)(?:改善|缓解|调理|好转)|一次性?(?:改善|调理|缓解|帮助)[,，]\s?(?:终身|终生|永久)(?:改善|调理|缓解|帮助)|临床(?:辅助|帮助|协助|有助于?)(?:改善|缓解|调理)(?=标准|[,，。;!?！]|$)/),
      // Round ninety-four (batch GQ): 神奇 or 神效 with its second character masked (神*的效果, 神■的功效), which normalize() drops between two Han
      // characters: 神的 left after a verb of having, before the effect (有着神的效果, 起到神的作用). 精神的作用 has no such verb before it.
      p(/(?:有|有着|具有|具备|起到|起着|带来|收到|达到|发挥)(?:了|出)?(?:非常|十分|极其|极为|很|超)?神的(?:效果|功效|疗效|作用)/),
      // Round ninety-four (batch GQ): a mask between two Han characters is dropped by normalize(), and what it hid leaves a quality said to be the
      // scope's with nothing ranking it (技术是全国＊＊的 → 技术是全国的, 效果是全国×好的 → 效果是全国好的, 口碑是全城□□的): no writer says a
      // technique or an effect is the country's; 最好, 第一 or 一流 stood there. A scheme or a service that is nationwide (医保结算是全国的,
      // 预约平台是全国联网的) names no quality and is not read, nor 国内 and 国际, which also say where a thing comes from (设备是国内的: made at home).
      p(/(?:技术|水平|效果|疗效|设备|手法|口碑|医术|实力|质量)(?:也|都|更|绝对|确实|可以说)?(?:是|为|算|属)(?:全国|全省|全市|全区|全县|业内|行业内?|同行|本地区?|本市|本省|省内|市内|全城|同城|全球|世界)(?:[好佳优强棒])?的(?=[,，。;!?！~]|$)/),
      // Round one hundred and one (batch HE): the mask of 根治 or 痊愈 between Han characters is gone after normalising and a 了 closes what is left
      // (老寒腿已经彻底根■■了 → 彻底根了, 胃病早就痊**了 → 早就痊了): no writer ends a clause on 根了 or 痊了 after the adverb that promised the cure;
      // 扎根了, 生根了 and 这病能根治了 stay ordinary.
      p(/(?:彻底|完全|根本|已经|早就|保证|包|能够?|可以|就能|都能|一次|定能|准能|必能)(?:根|痊)了(?=[,，。;!?！、”"]|$)/),
    ],
    negation: 'ignore',
    hedge: false,
    subject: false,
    explain: (hit) => {
      if (/神的(?:效果|功效|疗效|作用)$/.test(hit)) return '原句很可能是“神奇的效果”“神效”：遮去的那个字被删掉后只剩“神的”，神奇疗效的说法还在';
      if (/(?:是|为|算|属)[\u4e00-\u9fff]{2,3}[好佳优强棒]?的$/.test(hit)) return '原句很可能是“全国最好的”“全城第一的”：遮挡符号去掉后排名词也没了，只剩“是全国的”“是全城好的”，排名的断言还在';
      if (/年夜|不克不及|经由过程|野生智能|纷歧|芳华痘|心思健康|病院$/.test(hit)) return '伪原创改写工具把常用词换成了错词（如“大”→“年夜”、“不能”→“不克不及”、“通过”→“经由过程”）：整页经过了同一个工具，其中的断言也可能只是换了说法';
      if (/玄色素|怙恃|缘故|相干|各人|实时|沾染|打仗|完整平安|一样平常|需求|表示|重要与|心境高兴|接纳|照耀|主要$|倡议|运用|成绩|良多|时间调剂|列位|天生|反省|能否(?:存在|患有|伴有)|招致|产物|遗传偏向|必然的|削减|平淡|正轨|春秋|涌现|效劳|^停止/.test(hit)) return '伪原创改写工具把常用词换成了近义的错词（如“黑色素”→“玄色素”、“及时”→“实时”、“父母”→“怙恃”、“出现”→“涌现”）：整页经过了同一个工具，其中的断言也可能只是换了说法';
      if (/^(?:非常|十分|极其|极为)(?:很|较|更)|^很(?:非常|十分|极其|极为)|^(?:较较|更更|很很)/.test(hit)) return '两个程度副词叠在一起（如“非常很好”“较较好”）：替换工具把“最”换成了“很”或“较”，原来的最高级还在';
      if (/(?:改善改善|好转好转|康复康复|恢复恢复|消退消退|治愈治愈|痊愈痊愈)$/.test(hit)) return '同一个结果词写了两遍：替换词贴在原词上，原来的疗效断言还在';
      if (/效验|显明/.test(hit)) return '原句很可能是“效果明显”“看到明显效果”：“明显”被换成“显明”，“效果”被换成“效验”，疗效断言还在';
      if (/规复/.test(hit)) return '原句很可能是“恢复正常（肤色）”“完全恢复”：仍是完全治愈的断言';
      if (/当先|首位置/.test(hit)) return '原句很可能是“遥遥领先”“国际领先”“排名首位”：仍是绝对化用语';
      if (/^(?:较为|更为|更加|比较)最/.test(hit)) return '原句很可能是“最……”（如“最先进”“最好”）：比较级挂在“最”前面，最高级还在';
      if (/^敏捷/.test(hit)) return '原句很可能是“迅速……”“快速见效”：仍是见效快的疗效断言';
      if (/^能不可以|^实在上/.test(hit)) return '替换工具把“能不能”换成“能不可以”、“实际上”换成“实在上”：句子不通，后面的断言（如“能根治”）还在';
      if (/^答案是/.test(hit)) return '原句很可能是“答案是肯定的”：仍在肯定前面的问题（如“能治好吗”）';
      if (/呈现/.test(hit)) return '原句很可能是“不会再出现”“不再复发”：仍是对远期疗效的保证';
      if (/治好转$/.test(hit)) return '原句很可能是“能够治好”：“治好”和“好转”挤在一起，治愈断言还在';
      if (/处理$/.test(hit)) return '原句很可能是“根本解决”“根治”：仍是治愈断言';
      if (/(?:有用|有效用|管用)率$/.test(hit)) return '原句很可能是“有效率”：仍是有效率宣传';
      if (/副效果$/.test(hit)) return '原句很可能是“无副作用”“无毒副作用”：仍是安全性断言';
      if (/谜底/.test(hit)) return '原句很可能是“答案是肯定的”：仍在肯定前面的问题（如“能治好吗”）';
      if (/率$/.test(hit)) return '原句很可能是“治愈率”：仍是治愈率宣传';
      if (/疗期$/.test(hit)) return '原句很可能是“X个疗程（就能治好）”：“疗程”被换成了“疗期”，限时疗效的承诺还在';
      if (/^天然/.test(hit)) return '原句很可能是“自然消退”“自然恢复”：暗示不治也会好或治疗顺其自然就能好';
      if (/^(?:迅捷|快捷|疾速)/.test(hit)) return '原句很可能是“快速……”“迅速……”（如“快速消除”“迅速复色”）：仍是见效快的疗效断言';
      if (/根本性/.test(hit)) return '原句很可能是“根治”：仍是治愈断言';
      if (/词/.test(hit)) return '替换工具把原词换成了占位符（如“【极限词】”“[违禁词已屏蔽]”）：读者看得出原来是一句违规宣传';
      if (/家$|之一$|级$/.test(hit)) return '原句很可能是“首家”“最……之一”“顶级”：去掉或换掉一个字后，排位和最高级的意思还在';
      if (/[x×■□○●【\[「*]|第[名位]/.test(hit)) return '原词只被遮去或括起一个字（如“治X愈”“根【治】”），读者照样读得出原来的断言';
      if (/愈$|复复|一一一|高高|好好|佳佳|强强|低低/.test(hit)) return '替换词和原词的残字挤在一起（如“改善愈”原是“治愈”）：原来的断言还在';
      if (/^(?:帮助|辅助|有助|协助|改善|调理|成功|恢复|显著|明显|完全|全部|彻底|临床)/.test(hit) && /改善|调理|辅助|协助|有助|好转|缓解/.test(hit)) return '原句很可能是“治愈”“根治”“不复发”：“改善”“调理”“辅助”一类词被塞进原句，句子不通，治愈断言还在';
      if (/治理|痊好|痊可|治痊|治疗好/.test(hit)) return '原句很可能是“治愈”“痊愈”“临床治愈”：仍是治愈断言';
      if (/复出|复返|返发|重复|回复|复回/.test(hit)) return '原句很可能是“不复发”“复发”：仍是对远期疗效的保证';
      if (/先锋|顶端|顶部|顶层|首要|前列位/.test(hit)) return '原句很可能是“领先”“顶尖”“第一”：仍是绝对化用语';
      if (/从根本处|根本地/.test(hit)) return '原句很可能是“从根本上（治愈）”或“根治”：仍是治愈断言';
      if (/包管|无用退/.test(hit)) return '原句很可能是“保证有效”“无效退款”：仍是疗效保证';
      if (/科学/.test(hit)) return '原句很可能是“自然……”或“天然……”（如“自然消退”“天然无刺激”）：暗示不治也会好、或天然就安全';
      if (/显然/.test(hit)) return '原句很可能是“明显……”或“效果显著”：仍是疗效断言';
      if (/效用$/.test(hit)) return '原句很可能是“无副作用”：仍是安全性断言';
      if (/^x/.test(hit)) return '模板里的次数没有填：句子仍在承诺几次就能治好';
      if (/(?:独一|唯一|独家|独有|第一|首屈一指|前茅)$/.test(hit)) return '原句很可能是“唯一”“独家”“第一”“名列前茅”：比较级套在排他或排位的词上，仍是绝对化用语';
      if (/(?:之最|之首|之极|之至|无比)$/.test(hit)) return '原句很可能是“最……”：比较级后面又接了“之最”“无比”一类最高级，仍是绝对化用语';
      if (/较|更/.test(hit)) return '原句很可能是“最……”（如“最专业”“最佳”）：仍是绝对化用语';
      return undefined;
    },
    examples: {
      bad: ['这款止汗霜能辅助帮助显著减轻腋下潮湿', { text: '坚持外用可起到减轻缓解的作用', type: 'ad' }, '这款精华可以帮助缓解改善泛红', { text: '有助于一定程度辅助淡化色斑', type: 'ad' }, '这款药膏可以有助于帮助缓解老人的皮肤瘙痒', '坚持泡洗，冻疮可望部分改善辅助好转', { text: '【柜台推荐】足癣喷剂：有助于协助改善脚气，部分人群可能效果。', type: 'ad' }, '做了两次，祛痘效果真的非常显然，朋友都问我', '这款药浴包对手足癣能根#治', { text: '疗程过半，改善就十分显然。', type: 'institution' }, '这家诊所对白斑的治■率高达九成', '坚持三个月，牛皮癣完全治□了。', '这个偏方对脚气能彻di根zhi', '这种皮炎在我们这里能根◆治', "这款药膏治脚气可以gen治，不再复发", { text: "全城口碑醉好的洗牙诊所", type: 'ad' }, { text: '药浴三次，手足癣永不复▼发', type: 'ad' }, "三个疗程保证痊●愈", { text: "脱发一次就能彻▒底解决", type: 'ad' }, "本院祛斑效果百分之□百", "坚持喝三个月就能彻底**糖尿病", "无毒副■用，老人孩子都能用", { text: '两个疗程保证■■，不灵退钱', type: 'ad' }, '贴了两个月，老寒腿已经彻底根■■了。', '喝了一个疗程，胃病早就痊**了', '膏药贴满一周，肩周炎保证治■。', '这种泡脚方对老寒腿能彻底治X', { text: '坚持一个疗程，失眠一次就能根**。', type: 'ad' }, { text: "这套推拿手法的调理效果��。", type: 'ad' }, "坚持泡脚一个月，疗效▇▇，街坊都知道", "我们的祛斑效果已经达到□□。", {"text": "本院眼科水平排名全省第●，值得信赖", "type": "institution"}, "这家诊所的正骨技术在本地区都是的，欢迎体验", {"text": "本中心祛斑有效率为9**%，欢迎咨询", "type": "ad"}, { text: '这款颈椎贴对肩颈酸痛起到神■的作用', type: 'ad' }, '这家诊所的正骨手法是全城好的。', { text: '本院的种植设备都是全省的，欢迎对比', type: 'ad' }, { text: '我们是同城XXX的种植牙中心，欢迎咨询', type: 'institution' }, { text: "术后舒适度显然，恢复速度也显然", type: 'ad' }, { text: "紧致效果格外显然，欢迎到店体验", type: 'ad' }, { text: "新一代设备越发更精细，体验相当最舒适", type: 'ad' }, { text: "本诊所的种植技术非常更加成熟，欢迎预约", type: 'ad' }, "人过五十，眼睑会科学地下垂，眼袋也跟着出来", "熬夜多了，皮肤会科学地暗沉", '擦伤两三天后会科学结痂，别去抠', '过了三十岁皮肤会科学地衰老，抗老要趁早', { text: '本门诊的祛斑方案比较更优，疗程也更短', type: 'institution' }, { text: '本中心为各位家长提供更加较佳的候诊环境', type: 'institution' }, '更年期女性会科学绝经，潮热是常见表现', '换牙期恒牙会科学萌出，乳牙不必急着拔', '饭后肠胃科学地蠕动，别马上躺下', '眉毛随年龄科学变白是常事', { text: '坚持复诊后，皮肤的改善也是十分显然的', type: 'institution' }, { text: '小朋友八个月左右开始科学萌牙', type: 'kepu' }, { text: '本中心设备更先进于顶尖水平，欢迎咨询', type: 'ad' }, '某市白癜风较好医院 白癜风专科 白癜风挂号', '湿疹更优专家在线 湿疹门诊 湿疹挂号', '轻度晒伤后皮肤屏障能科学地自我修复，不必涂药', '我们的祛斑仪器在业内非常最先进', '这种植发方式毛囊存活率极其之最高', '这款生发水温和无刺激，零毒副感化', '精油按摩没有任何副感化，敏感肌也适合', '头发变白是人体的一个科学过程，用我们的养发液可以延缓', '这种方法祛痘较为更快，值得一试', { text: '本中心的光电设备较更先进', type: 'institution' }, '外敷三天后，脚踝的肿胀消退十分显然', '这款精华对淡化细纹有显然作用', '秋冬季手背起皮是皮肤的科学现象，多抹护手霜', '晒伤后几天会出现科学的脱屑，别用手撕', '表皮细胞的更新是一个科学的过程，本疗程能帮您加快', '搽咗三个星期，祛痘效果好显然', '坚持光疗以后，红斑有了显然的消退', '坚持使用两周，面部的紧致较显然', '配合训练以后，孩子注意力的提高非常显然。', '脱落的睫毛一般会在一两个月后科学再生', '坚持涂抹，表皮细胞可以科学新陈代谢', '玄色素细胞减少是白斑形成的关键', '孩子出现白斑，怙恃不要过度焦虑', '湿疹的发病缘故至今尚未完全明确', '斑秃与精神压力密切相干', '各人好，今天说说防晒这件事', '出现大片水疱要实时就医', '白癜风不具有沾染性', '避免皮肤直接打仗洗涤剂', '一样平常护理以保湿为主', '激素药膏需求按期减量', '荨麻疹的重要表示为风团和瘙痒', '痤疮的发生重要与皮脂分泌过多有关', { text: '本中心接纳进口光疗设备', type: 'institution' }, '医生会对皮损停止详细评估', '照耀剂量由医生按皮肤反应调整', '规律作息对控制病情相当主要。', '请依据医生的倡议按时复诊', '洗完澡后运用保湿乳膏', '很多人对脱发这个成绩存在误解', '良多患者担心激素的副作用', { text: '本周门诊时间调剂如下', type: 'institution' }, '列位家长请注意孩子的防晒', '光疗可以加速色素的天生', '复诊时医生会反省是否存在感染', '需要排查能否存在甲状腺疾病', '日晒过度会招致色素沉着', '选择温和的护肤产物', '斑秃有一定的遗传偏向', '平时要削减熬夜', '银屑病患者饮食宜平淡', '请到正轨医疗机构就诊', '随着春秋的增长，老年斑会增多', '用药后如涌现红肿，应停药', '有问题请及时到病院复诊', { text: '本院为患者供应一站式诊疗效劳', type: 'institution' }, '多数患者年夜约在冬春季加重', '外用药膏不克不及自行加量', '医生会经由过程皮肤镜判断分期', '红斑年夜小纷歧，边界清楚', '脸上的芳华痘反复长', '建议尽快去公立病院就诊', '晒太阳的时间不宜过年夜', '野生智能读片仅供参考', '要关注孩子的心思健康', '坚持照光半年即可达到临床帮助改善标准', '光疗配合外用药，帮白斑尽快XX。', { text: '我们的方法能改善改善，从根本上改善改善湿疹', type: 'ad' }, { text: '| 病种 | 辅助改善率 |', type: 'ad' }, '本专科已成功缓解病友3000余例', '湿疹调理后半年内不再调理。', { text: '斑秃一次性调理，终身调理', type: 'ad' }, '疗程结束，白斑永不帮助缓解', '湿疹是能够有助于痊愈的，坚持用药就行', { text: '斑秃调理后可有助于断根', type: 'ad' }, '照光三个月，白斑有所改善完全回色', { text: '痤疮综合疗法缓解彻底消退，不留痘印', type: 'ad' }, { text: '本院祛痘总有效率高达好转%', type: 'ad' }, '用药一周后瘙痒已明显缓解缓解', '坚持外洗，手部湿疹就能调理根。', { text: '本院斑秃治疗有效率高达。', type: 'ad' }, { text: '数百位痤疮患者在这里得到了因人而异。', type: 'institution' }, { text: '中药外敷帮助改善不反弹', type: 'ad' }, { text: '治疗白癜风显然的方法就是来本院照光', type: 'ad' }, '选择我们，是治疗银屑病非常显然的决定', { text: '本院祛白效果较最佳，患者满意度较极高', type: 'ad' }, { text: '我们提供更最好的祛白方案', type: 'ad' }, { text: '银屑病到底能不能治[敏感词]？看完这篇你就懂了', type: 'ad' }, { text: '湿疹完全调理，调理后不会再反复', type: 'ad' }, '荨麻疹坚持调理就能帮助改善痊愈', { text: '本院是市内率先一家引进光疗设备的专科', type: 'institution' }, { text: '祛斑套餐效果更佳中的更佳', type: 'ad' }, '孩子前列次来看湿疹时，手上全是抓痕', '坚持用药两个月，手部皮炎已痊好转', '本中心是省内唯有之一能做该项检测的机构', '银屑病两个疗程就能有帮助好', '祛痘后不留有助于痘印', { text: '我院白癜风治疗效果***！', type: 'ad' }, { text: '本院拥有**级名医坐诊', type: 'institution' }, '皮肤科是省内较高水平级重点学科', '团队由业内领先尖的专家组成', '荨麻疹坚持三个疗程即可辅助治愈', { text: '光疗后白斑帮助痊愈，停药后辅助不复发', type: 'case' }, { text: '新药有望有望让湿疹不再反复', type: 'ad' }, { text: '我们承诺银屑病有望根治，无效退款', type: 'ad' }, '只要坚持，患者都能在医生指导下完全康复', { text: '祛痘有效率**%，欢迎咨询', type: 'ad' }, { text: '采用新疗法，斑秃患者可***。', type: 'ad' }, { text: '一次治疗，终生辅助改善', type: 'ad' }, '用药两周后痘痘已基本帮助改善', '湿疹患者在本中心都能得到满意的好转好转', { text: '三周后皮疹已经明显消退了消退。', type: 'case' }, { text: '本院是全省专业机构之一之一', type: 'institution' }, { text: '坚持用药一个月就能帮助荨麻疹。', type: 'ad' }, { text: '这款药膏有助于改善祛除黄褐斑', type: 'ad' }, { text: '本中心引进国际XXX疗法，专攻顽固性湿疹', type: 'ad' }, '坚持外用可以有助于改善改善皮损', '规范治疗后可获得更好的更好效果', { text: '三个疗程彻底帮助改善白癜风', type: 'ad' }, '斑秃是可以有效有助于控制的', { text: '{{替换词}}祛痘门诊，就选我们', type: 'ad' }, { text: '本院可让痤疮患者获得【已屏蔽】的治疗效果', type: 'institution' }, { text: '我们是全城XX的祛痘门诊', type: 'ad' }, { text: '这里的祛斑效果真的是XX！', type: 'ad' }, { text: '本院光疗可以有效XX银屑病', type: 'ad' }, '中药熏洗帮您彻底XX湿疹', '黄褐斑能XX吗？当然能，只要方法对', { text: '告别脱发，重拾XX，从今天开始', type: 'ad' }, '坚持三个疗程，让荨麻疹不再XXX。', '患者治疗半年后{{疗效}}，已停药', { text: '祛痘有效率可达%，欢迎到院咨询', type: 'ad' }, { text: '本中心是全省??的祛斑机构', type: 'institution' }, '去年我院共[已删除]患者八百余例', { text: '祛痘疗程结束可获得【删除】效果', type: 'ad' }, { text: '祛斑有效率高达**，欢迎到院了解', type: 'ad' }, '白癜风复色率可达【】，早治疗早受益', { text: '光疗总有效率达█%', type: 'ad' }, '痤疮【】率高达九成', '湿疹【】后不易反复', '湿疹可以帮助改善除根', '坚持用药就能有助于改善彻底', '斑秃是能辅助治疗好的', { text: '本方案调理率在九成以上', type: 'ad' }, '白斑彻底改善后不再反弹', { text: '已成功调理斑秃患者八千余例', type: 'institution' }, '三个月后肤色恢复好转正常', '痘印明显改善消失', { text: '全省前列家开展光疗的医院', type: 'ad' }, { text: '本院拥有非常很专业的祛斑团队', type: 'institution' }, { text: '本中心激光设备较较先进，欢迎咨询', type: 'ad' }, '这款药膏的祛痘效果十分更好', '祛斑效果很非常明显', { text: '光子嫩肤效果极佳佳！', type: 'ad' }, '坚持三个月即可获得显著改善改善', '白斑经过治疗达到临床好转好转', '银屑病是能XX的，早治早好', { text: '{{违禁词}}的皮肤专科，专注祛痘十年', type: 'ad' }, { text: '本院的<敏感词>疗效，让斑秃不再困扰', type: 'ad' },"白癜风能不可以根治？实在上只需医治得当就可以", "斑秃可以治好吗？答案是一定的", "白斑消退以后不会再次呈现", "湿疹是完全能够治好转的", {"text": "痘痘一个疗程根本处理！", "type": "ad"}, {"text": "医治有用率高达95%", "type": "ad"}, {"text": "纯中药外敷，无毒副效果", "type": "institution"}, { text: '本院采用目前较为最先进的激光设备', type: 'institution' }, '规范医治后都能达到显然的康复', '与普通病院比拟，我们的效果更加最好', '疗效显明，一周以内就能看到显明的效验', '治疗三个月后肤色规复正常', { text: '本院光疗技术在业内遥遥当先', type: 'ad' }, '照光后白斑敏捷消退', '这款药膏可以很好地打消黄褐斑', '患者接管医治后，白斑全体消退', '白斑能治好吗？谜底是一定的', '本疗法的治好率达九成以上', { text: '采用先辈的技能，让白斑全然复色', type: 'ad' }, '纯草本配方，对身躯零损害', '色素细胞疾速再生，白斑很快复原', '三个疗期即可康复', '白斑完整褪除', '在正规机构承受体系医治以后，白斑会全数回色', '回色速度：更快的之一', '更佳的复色办法', "本院白癜风治疗效果较好之一", "祛斑效果较为之最，让斑点科学蒸发", "经过系统治疗，斑块科学凋零", "色素细胞激活后，白斑会显然地从边缘向中心收拢", {"text": "业内更高水平的白癜风诊疗团队", "type": "ad"}, { text: '疗效显然的中药配方', type: 'ad' }, '本中心设备属于全国更前沿的水平', { text: '效果更佳，全市更首选的皮肤科', type: 'ad' }, '本院拥有更加先进之最的光疗设备', '我们提供更优质之首的服务', '✨黄褐斑科学退散✨ 效果更佳无比', '我院诊疗能力在省内名列较前茅', { text: '国内比较独一的专利疗法，祛斑显然', type: 'ad' }, '使用后皮肤会科学修复，皱纹科学地抚平', '三个疗程后白发科学转黑', '视力训练后度数科学下降', { text: '全网较低价格，较优质服务', type: 'ad' }, '本院拥有业内较齐全的设备', '医生较专业没有之一', '本品的祛斑效果是较好的，没有之一', '术后零副功效', '疗效确切、显然、持久', '坚持一个周期，头发显然变浓密', '皮肤问题根底解决，终身不再复发作', '一次医治，让您一劳永久', '只要选对机构，白斑就能科学消除', '这种生发技巧能让毛囊科学苏醒', { text: '牵引技艺让您的颈椎科学归位', type: 'ad' }, { text: '个性化医治计划，令您科学怀孕', type: 'ad' }, '本院近视手术安全性较为高', '长期服用对于身体毫无负面效用', '平均7日即可见到显然成效', { text: 'XXX 专家亲自医治，X 次即可痊愈', type: 'ad' }, { text: '[违禁词已屏蔽]的医疗设备、[违禁词已屏蔽]的专家', type: 'ad' }, { text: '全市【极限词】的眼科专家团队', type: 'ad' }, '本院鼻炎治疗技术处于国际XX水平，一次治疗，终身XX', '本院近視手術量全國第Ｘ', '手术量稳居全省第**名', '专治颈肩腰腿痛，**率可达95%以上', '新技术可以百分之XX治好抽动症', '痘痘■■，7天告别痘肌', { text: '白癜风诊疗水平行业××，欢迎咨询', type: 'ad' }, '斑秃患者一个疗程即可××。', '我院是全省***家引进手术机器人的医院', '本中心拥有国内领先家的分娩镇痛技术', '这是本市非常好的之一的痔疮专科', '本院拥有国内极佳级的脱发治疗团队', '经过两个疗程，白斑基本改善愈，至今没有复发', '本院可根【治】银屑病', '鼻炎只要方法对，完全可以治【】的', '鼻炎可否根【敏感词】？当然可以！', { text: '我院对痔疮的治X率在95%以上', type: 'ad' }, '颈椎病一个疗程即可**，不用手术', { text: '脱发患者均可实现临床***', type: 'institution' }, '上千名患者已经■■。', '已有上千名患者治x愈', '采用新疗法，白斑永不复■', '手术成功率最高高', '治疗后不易复复发', '我们的药药至病除，立杆见影', '使用本产品后，白斑能够迅疾消褪，且不会再复生', '本院专家诊疗水准位居全国前茅', '疗效在全市属于较为上乘', '这种药物零副功能，长期服用也安全', '只要方法得当，能够完全康好', '白癜风可以被彻底治理好，而且以后不会再回复', '经过治疗，白斑能够痊可，效果持长', '我院采用独家疗法，可以让白癜风得到彻底的治理愈合，不再重复产生', '本院是本市较为好的白癜风专科，拥有前列位的技术', '308激光技术是目前非常先锋的治疗方式，能迅速达到痊好的效果', '注意饮食，防止病情再度复出', '达到临床治疗好的标准', '中心引进了国内顶端水准的设备，为患者提供极为佳的服务', '这种疗法能从根本处清除病根', '治疗后可达到治痊的目的，且不会复返', '白斑逐渐科学缩小直到不见', '我院是本地区较一流的皮肤医院', '纯科学配方，安全有效', '用药后白斑显然改善', '治疗好率高达九成', '本院是较佳的白癜风医院', '我院拥有全市更大的激光治疗中心', '我们是业内更早开展此项技术的医院', { text: '## 为什么说我们是同城更好的选择？', type: 'ad' }, { text: '该药膏在同类产品中堪称更佳之选', type: 'ad' }, '本院专家团队经验显然，是您信赖的更优选择', { text: '选择我们，就是选择较优的之选', type: 'ad' }, { text: '本中心在微创治疗上具有显然的优势', type: 'institution' }, '别错过较佳手术时机，有症状请尽早就诊', '过了五十岁，肌肉会随年龄科学衰退', '孩子进入发育期后就会科学长个', '打喷嚏是人体的科学生理反应', { text: '## 凭什么说我们是全城较佳的之选？', type: 'ad' }, { text: '本院是省内较高水平之一的康复医院', type: 'institution' }, { text: '更好的祛痘医院在哪里？首选本院', type: 'ad' }, '本中心汇聚了全省顶部的眼科专家', { text: '我们配备了业界首要的激光设施', type: 'ad' }, '这种疗法可以把湿疹根本地处理掉', '脱发问题得到解决后不再重复出现', { text: '包管见效，无用退钱', type: 'ad' }, '该疗法是目前世界上更先进的手段之一', { text: '更佳的儿童湿疹专科医院，为您根本性医治湿疹', type: 'ad' }, '显然的治疗效果，斑秃全然医好，不再返回', '治疗一个月后，鳞屑显然减少', { text: '本中心诊治银屑病**率可达九成', type: 'ad' }, { text: '祛痘中心的治疗效果XXX！', type: 'ad' }, { text: '斑秃生发两个疗程**，无效**', type: 'ad' }, '白斑已经消退，随访至今未见[已屏蔽]', { text: '荨麻疹患者在这里都能得到「已删除」', type: 'ad' }, { text: '祛痘复诊满意度达【不得使用极限用语】%', type: 'institution' }, '斑秃调理后不再调理，一劳永逸', { text: '我们是省内顶尖顶尖的祛斑团队', type: 'ad' }, '这款药膏可以有效有效淡化痘印', { text: '为您提供专业的的治疗方案', type: 'ad' }, { text: '- █████激光\n- 有效率达九成', type: 'ad' }, '诊疗中心达到省级别级标准', { text: '连续两年被评为全区率先名的专科', type: 'ad' }, { text: '配备行业率先进的光疗设备', type: 'ad' }, { text: '这里就是您的XX之选', type: 'ad' }, { text: '祛斑效果绝对XX！', type: 'ad' }, { text: '本院植发技术顶尖尖级', type: 'ad' }, { text: '汇聚本市很好医生坐诊', type: 'ad' }, '规范治疗后永不不复发', { text: '白斑复色率可达，欢迎咨询', type: 'ad' }],
      ok: ['止汗剂有助于减轻腋下潮湿，起到缓解、改善的作用', '冷敷有缓解作用，也能减轻肿胀', '有助于改善肤色，淡化痘印', '辅助用药可以帮助缓解症状', '防晒有助于减轻色斑加深', '坚持用药有助于缓解老人的皮肤瘙痒', '换了药膏后可能效果不明显，要坚持两周再评估', '讲座有助于帮助老人养成洗澡后抹润肤霜的习惯', '停药一周后效果就显然不如从前，需要复诊调整', '感谢@皮肤科小王医生的耐心讲解，#祛痘日记#第三天', '效果确实很显然是季节带来的，不必换药', '社区对慢性病的规范诊治率逐年提高', '这个病已经治了三年，还在定期复查。', '登录app治疗记录可查', '护理三件事：保湿▲防晒▲少抓挠', "接诊的是 Dr. Zhang Zhiyu，周二上午出诊", "蕞尔小店，开在巷子深处，欢迎光临", { text: '门诊须知★请带病历★提前到达', type: 'institution' }, "左前臂斑块约 3×4cm，边界清楚", "**彻底治愈**是不可能的，要长期管理", "本文中的患者姓名已用■■代替", "可以彻底告别湿疹吗？不能，只能控制", "这款药有副作用，用前请看说明书", '面包**，周末有售', '快递包**已签收', '院子里那棵树彻底扎根了。', '种下去三天，葱苗已经生根了。', '问卷第3题：这种病您觉得能治□ 不能治□', '化验单上的“治*”是打印错位，请以医生手写为准', '这种病目前还不能根治□，请按时复诊', "网页显示乱码“��”时，请刷新页面或更换浏览器", "效果如何，请以复诊时医生的评估为准", {"text": "【说明】表格中的敏感数据已用□□代替，原始记录可向科室申请查阅", "type": "institution"}, "第●：请按箭头顺序连线，完成后交给老师", "问：这项检查在国内是常规项目吗？\n答：在国内是的，多数医院都能做。", "随访表中有效率为85%**，**表示与对照组相比P<0.01", '心理和精神的作用不容忽视，焦虑也会加重瘙痒', '异地就医的医保结算是全国的，不用回参保地报销', '我们用的种植设备是国内的，价格更实惠', '这种检测的质量标准是全国统一的', '本市XXX医院的地址和电话请见附表', "不少患者对舒适度显然更在意，候诊区也要安静", "这家诊所离地铁站相当近，最近的出口步行五分钟", "两种方案的疗效相当，更要看患者的耐受情况", "学会科学地松弛肩颈肌肉，能缓解紧张性头痛", "记忆力减退要科学地干预，别自己乱吃保健品", '科学护理伤口，结痂前保持干燥', '如何科学地面对衰老？规律作息和防晒都很重要', '两种方案可以放在一起比较，更优的选择要结合病情', '和上个月相比，这次复查的指标更为稳定，医生比较满意', '绝经后科学补钙很重要，每天奶制品要够量', '恒牙萌出的顺序因人而异，家长不必焦虑', { text: '宝宝长牙期间科学喂养很重要', type: 'kepu' }, { text: '新方案的耐受性较好于对照组，但样本量有限', type: 'kepu' }, { text: '今年随访患者的依从性较高于去年同期', type: 'kepu' }, '想找一家比较好的医院看湿疹，可以先查一查卫健委公布的专科名单', '附近两家诊所哪家较好，要看医生资质和你的具体病情', '皮肤屏障有一定的自我修复能力，科学护理能帮它恢复', '服药后血药浓度在一点十分最高，随后逐渐下降', '尤其最近天气干燥，洗澡后要及时保湿', '防晒非常重要，最好每天出门前涂抹', '家长被护士的耐心感化，不再抗拒带孩子复诊', '减重是一个科学的过程，每周减半斤到一斤为宜', '比较更换药膏前后的照片，差别不大', '绝经后骨密度较更年期前有所下降', '皮疹缩小，显然与停用那款面霜有关', '消肿显然需要几天时间，不必着急', '皮肤的科学护理离不开温和清洁和保湿', '科学的防晒是预防光老化的关键', '伤口愈合是一个自然过程，不需要额外涂药', '这次复查效果好，显然和按时用药有关', '把湿疹当成真菌感染，这是显然的误诊', '视力提升显然需要时间，请耐心复查', '症状减轻显然与停用那款洗面奶有关', '在三个月内科学减重，每周减半斤到一斤为宜', '皲裂的指尖一般在一周左右自然愈合', '规律作息有助于维持正常的新陈代谢', '沾染了汗渍的衣物要及时换洗', { text: '新门诊步入正轨后，预约等候时间明显缩短', type: 'institution' }, '春秋季节是荨麻疹的高发期', '药房调剂处方时会再次核对剂量', '维A酸的代谢产物经肾脏排出', '有的人天生肤色较深，这与白癜风无关', '这次皮疹与新换的洗发水毫不相干', '每个人的病情不同，各人的方案也不一样', '实时监测血糖有助于调整用药', '两种药膏能否合并使用，请咨询医生', '听完这次讲座获益良多', '孩子考试成绩下滑、压力大，也可能诱发斑秃', '阳光照耀下，白斑与周围皮肤的色差更明显', '停止用药两周后再复查', '年夜饭要少吃辛辣油腻', '大年夜值班的医生提醒注意饮食', '有人把“青春痘”写成“芳华痘”，这是改写工具的错字', '精神病院和皮肤科的转诊流程不同', '人工智能读片仅供参考', '红斑大小不一，边界清楚', '光疗可作为临床辅助治疗手段之一', '部分患者可达到临床缓解，但仍需随访', '你可以改善改善睡眠和饮食', '慢性荨麻疹的缓解率与病程有关', '用药后症状不再缓解，应及时复诊', '本组28例中缓解20例，复发5例', '希望大家早日康复', '规范治疗有助于控制病情，但目前还不能根治', '症状改善、完全恢复正常需要时间，请按时复诊', '| 组别 | 例数 | 改善% |', '可以有助于缓解瘙痒的方法包括冷敷和保湿', '症状能否缓解因人而异，请按时复诊', '治疗要找到并缓解根本诱因', '复诊率达到要求后，再评估是否减药', '保湿有助于改善干痒，也能减少湿疹反复', '光疗后能得到多大改善，存在个体差异', '报告里显然的错误要及时请医生核对', '是否需要照光，答案并不是显然的，要由医生评估', '医生比较最近两次复查的照片，再决定是否调整方案', '病情更极端的情况较少见，但仍需警惕', '什么是“敏感词”？就是广告法不允许出现的词', '症状缓解，缓解后仍可能复发，请按时复诊', '如何改善治愈率仍是银屑病研究的难题', '本院是一家领先开展光疗的专科，但疗效因人而异', '选择方案时要好中选优，听取医生意见', '前列腺炎患者请到泌尿外科就诊', '防晒能有助于好转', '伤口愈合后不留疤痕需要注意防晒', '本院拥有三级甲等资质', '质控达到国际高水平级别的要求', '团队使用领先尖端的检测设备', '治疗效果因人而异，请遵医嘱复诊', '停药过早可能复发，请按医嘱减量', '辅助治疗可以减轻瘙痒，但需配合外用药', '新疗法有望改善部分患者的症状，仍需更多研究', { text: '光疗可帮助部分患者改善皮损，疗效因人而异', type: 'institution' }, '我们承诺如实告知治疗可能的效果和风险', '请在医生指导下完全停用激素前逐步减量', '验证码可****，请勿泄露', '你得改善改善饮食，少吃辛辣', '规律作息有助于痘痘消退，但不能代替治疗', { text: '本院是省内开展光疗较早的机构之一', type: 'institution' }, '保湿有助于改善皮肤屏障，减少湿疹发作', '医生说要先把炎症缓解缓解再考虑激光', '请在{{日期}}处填写复诊时间', '复色比例达到30%以上的患者占四成', '随访表中XX为患者姓名缩写，已做脱敏处理', '湿疹会传染吗？不会。', '全省？？这个数据我们没有统计过', '医生帮他改善改善饮食习惯', '有效帮助患者控制瘙痒的方法包括冷敷和保湿', '该条评论[已删除]', { text: '由全市××医院联盟主办的义诊活动', type: 'institution' }, '患者王**，女，35岁', '这种方法完全有助于改善睡眠，但不能代替治疗', '表中**表示与对照组相比P<0.01', '治疗后症状改善不彻底，需要调整方案', '这种外用药可以辅助治疗好几种皮炎', '银屑病的临床缓解率因疗法不同而异', '患者症状明显改善后，仍需巩固治疗', '随访问卷中【】为必填项，请勾选是否复发', '目前已有一半左右的患者症状改善', '小朋友配合治疗，表现很棒棒！', '你得改善改善作息了，熬夜会让湿疹加重', '工作人员非常较真，每份病历都要核对两遍', '请在{{姓名}}处填写真实姓名', '症状较前改善，改善程度需要复诊评估',{"text": "皮损不再呈现扩大趋势，提示进入稳定期", "type": "case"}, "这种情况基层医院根本处理不了，要去上级医院", "实在上不了班，可以请假休息", {"text": "经治好转出院", "type": "case"}, '两组结果显明地表明差异不大，仍需更多研究', '打消顾虑，按时复诊', '医院接管了社区卫生服务站的日常运营', '有的患者全然不顾医嘱，自行停药', '先辈们留下的经验值得借鉴，但要经过验证', '他身躯高大，平时很少生病', '排名首位的皮肤病仍是湿疹', '效验码请在化验单右上角查找', '治疗两个疗期后复诊评估', '医生会完整记录白斑面积', '复发几率无法预测，需要长期随访', '省内更好的医院可以提供移植手术', "湿疹是较常见的皮肤病之一", "国内更高水平的研究仍然缺乏", "病情复杂时，医生会建议转到省内更高水平的医院", "显然，单靠外用药难以控制泛发型白癜风", '病情复杂时，医生会建议转到省内更好的医院', '新一代设备更先进，但不一定更适合您', '这一点更是无比重要，请牢记', '科学修复皮肤屏障需要温和清洁和足量保湿', '排名较前的医院不一定适合每个人', '效果是否显然，要等复诊时由医生评估', '湿疹容易反复发作，需要长期管理', '我院是本市较大的社区医院之一', '显然，单靠一次治疗解决不了问题', '很显然，这类偏方没有经过临床试验', '淤青一般一到两周会自然消退', '科学减重应当循序渐进，每周减0.5到1公斤', '让您科学备孕，孕前三个月开始补充叶酸', '糖尿病患者要科学降糖、科学饮食', '控制体重有助于血压科学管理', '如何让孩子科学长高？关键是睡眠和运动', '骨量流失是随年龄出现的自然生理过程', '错过了较好的治疗时机，效果可能会打折扣', { text: '本院是省内规模较大的康复医院之一', type: 'institution' }, '显然，这项技术的优势还需要更多研究来证实', '遵循儿童生长发育的科学规律，保证睡眠和运动', '老年人的发病率较为高，需要定期筛查', '这种药物的不良反应发生率较为少见', '复诊间隔为X周，具体由医生决定', '显然，单靠药物并不能解决所有问题', '术后第X天拆线因部位而异，面部5天左右', '患者张某，病历号已隐去（****）', '就诊登记表中【】内为必填项：【姓名】【联系电话】', '患者王**，女，病历号已隐去', '验证码已经发送至138****0000，请查收', '请在【】内打勾：已经治疗【】 未治疗【】', '全国家庭医生签约服务覆盖率逐年提高', '本市家政服务人员须持健康证上岗', '这是全国家喻户晓的健康口号', '这家企业是行业领先家电品牌', '高血压是心血管病最重要的危险因素之一', '□是 □否 既往有过敏史', '会议由全国××医院协会主办，详见通知', '患者××，男，42岁，病历号已隐去', '检查结果较好级别的报告仍需复查', '伤口恢复愈合良好，拆线后可以洗澡', '症状改善愈来愈明显，继续按时用药', '唯一一家开展该项目的医院不一定是最好的选择', '立竿见影的疗效往往是夸大宣传', '白斑消褪的速度与部位有关，面部通常比手足快', '祝您身体健康好运常伴', '客服会在24小时内回复您的咨询，周末不再回复，请见谅', '周末客服不会再回复您的留言，请周一再联系', '环境治理和垃圾分类也与公众健康息息相关', '先锋霉素是头孢菌素类抗生素的旧称', '这种药物的副作用较少，常见的有局部刺激', '本地区较为常见的皮肤病包括湿疹和荨麻疹', '病情较为好转后可以逐渐减少用药次数', '这位运动员伤愈后顺利复出', '科学护理有助于皮肤恢复', '坚持科学、规范的治疗', '白斑明显改善后仍需巩固治疗', '我院于2018年在省内较早开展这项技术，目前仍在积累经验', '病情复杂时，医生会建议您转到省内更专业的医院', '对您来说，保守治疗或许是更好的选择，具体请听医生的意见', '医生的经验显然很重要，但检查结果同样不可忽视', '与十年前相比，全国更多的基层医院开展了光疗', '哪家医院更好？适合自己病情、方便随访的才是关键', '控制血糖是糖尿病管理中首要的任务', '屋顶部的防水层需要定期检查', '医生会从根本上分析病因，再制定方案', '如果皮疹重复出现，请记录时间和诱因', '世界上更多的研究正在探索白癜风的病因', '规律使用保湿剂显然减少了湿疹的复发次数，这是一项研究的结论', '出院后不再返回病房，请直接到门诊复查', '白癜风发病率约为百分之一，各地略有差异', '治疗湿疹的目的的确不是一次根除，而是长期控制', '就诊日期：3月**，具体时间以短信为准', '该条评论[已屏蔽]', '【违禁用语清单】医疗广告不得出现“根治”“治愈率”等词', '皮损改善到一定程度后不再明显变化，医生会评估是否调整方案', '疗程结束后三个月复诊，未见复发可逐步停药', '国家级别的质控标准每年更新一次', '两队比分领先进入下半场', '他一直领先，名次稳定在前三', '孩子恢复得很好医生说可以停药了', '您的选择我们都尊重，请结合医生意见', '这种说法绝对不对，请勿轻信', '坚持治疗，永不放弃'],
    },
  },
];
