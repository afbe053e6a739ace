/**
 * Demo search synonyms: what patients type → the words the articles use. Editors maintain the
 * real list in the back office (/staff/search/synonyms); these show the kinds of entries.
 */
export const synonyms: { term: string; target: string }[] = [
  // Lay words.
  { term: '白点', target: '白癜风' },
  { term: '白点', target: '白斑' },
  { term: '皮肤变白', target: '白癜风' },
  { term: '白斑', target: '白癜风' },
  { term: '植皮', target: '表皮移植' },
  { term: '照光', target: '光疗' },
  // …the excimer too, which the articles call 准分子光 and not 光疗 in its title.
  { term: '照光', target: '准分子光' },
  { term: '小孩', target: '儿童' },
  { term: '小孩', target: '孩子' },
  { term: '孩子', target: '儿童' },
  { term: '宝宝', target: '儿童' },
  { term: '宝宝', target: '孩子' },
  { term: '怀孕', target: '妊娠期' },
  { term: '孕妇', target: '妊娠期' },
  { term: '掉皮', target: '脱皮' },
  { term: '皮带', target: '腰带' },
  // "Takes effect" as patients say it (光疗要做多久才见效): the 效果 and 起效 the pages and answers write.
  { term: '见效', target: '效果' },
  { term: '见效', target: '起效' },
  { term: '防晒系数', target: '防晒指数' },
  { term: '药膏', target: '外用药物' },
  { term: '黑素细胞', target: '黑色素细胞' },
  { term: '复查', target: '复诊' },
  // How often, as asked (复诊多久一次, 多久复查一次), is what the articles call the interval.
  { term: '多久一次', target: '间隔' },
  { term: '多久一次', target: '频率' },
  { term: '心情', target: '情绪' },
  // Body words as patients say them, and what they describe (脸上发白 → 面部 白斑).
  { term: '脸', target: '面部' },
  { term: '脸上', target: '面部' },
  { term: '半边', target: '一侧' },
  { term: '变白', target: '白斑' },
  { term: '发白', target: '白斑' },
  { term: '皮屑', target: '鳞屑' },
  { term: '孩子', target: '子女' },
  { term: '疤', target: '瘢痕' },
  { term: '留疤', target: '瘢痕' },
  { term: '疼', target: '疼痛' },
  { term: '痛', target: '疼痛' },
  { term: '甲功', target: '甲状腺功能' },
  { term: '嘴唇', target: '口唇' },
  { term: '嘴角', target: '口周' },
  { term: '后背', target: '胸背' },
  { term: '胸口', target: '胸背' },
  { term: '扎针', target: '微针' },
  { term: '焦虑', target: '情绪' },
  { term: '焦虑', target: '紧张' },
  // Telling two conditions apart, as patients ask it (白癜风和白化病的区别), is what the articles call 鉴别.
  { term: '区别', target: '鉴别' },
  { term: '区分', target: '鉴别' },
  // Everyday verbs and body words for what the articles say in writing.
  { term: '擦', target: '涂抹' },
  { term: '抹', target: '涂抹' },
  { term: '擦药', target: '涂抹' },
  { term: '抹药', target: '涂抹' },
  { term: '上药', target: '涂抹' },
  { term: '照', target: '照射' },
  // Seasons and going out as said aloud, as the articles write them.
  { term: '夏天', target: '夏季' },
  { term: '冬天', target: '冬季' },
  { term: '春天', target: '春季' },
  { term: '秋天', target: '秋季' },
  { term: '出门', target: '外出' },
  { term: '打伞', target: '遮阳伞' },
  { term: '白头发', target: '白发' },
  { term: '头发', target: '毛发' },
  // Spreading, as patients say it, is what the articles call the progressive stage.
  { term: '扩散', target: '进展期' },
  { term: '蔓延', target: '进展期' },
  { term: '越来越多', target: '进展期' },
  { term: '越来越大', target: '进展期' },
  { term: '长大', target: '扩大' },
  // …and the articles mostly write 变大 (原有白斑变大), 扩大 only twice.
  { term: '长大', target: '变大' },
  { term: '扩大', target: '变大' },
  { term: '皮肤癌', target: '肿瘤' },
  // Words of batch 10 (helper srch10): body words and feelings as said aloud, the lay name of a
  // condition, tattooing as usually written, what an anaesthetic is called at the counter, and which
  // department to register with (挂什么科 → 皮肤科, 挂号 → 就诊).
  { term: '汗毛', target: '毛发' },
  { term: '小白点', target: '白点' },
  { term: '小白点', target: '白斑' },
  { term: '胳膊', target: '手臂' },
  { term: '胳膊', target: '四肢' },
  { term: '腿', target: '四肢' },
  { term: '手脚', target: '手足' },
  { term: '老人', target: '中老年人' },
  { term: '老年人', target: '中老年人' },
  { term: '纹身', target: '文身' },
  { term: '纹眉', target: '文眉' },
  { term: '染发', target: '染发剂' },
  { term: '染头发', target: '染发剂' },
  { term: '睡不着', target: '失眠' },
  { term: '见人', target: '社交' },
  { term: '麻药', target: '麻醉' },
  { term: '打麻药', target: '麻醉' },
  { term: '汗斑', target: '花斑糠疹' },
  { term: '变多', target: '增多' },
  { term: '挂什么科', target: '皮肤科' },
  { term: '挂号', target: '就诊' },
  { term: '去医院', target: '就诊' },
  // A week as said aloud (一个星期要去几次) is the 每周 of the articles' schedules.
  { term: '星期', target: '每周' },
  { term: '礼拜', target: '每周' },
  { term: '几次', target: '频率' },
  // Words of batch 11 (helper srch11): Taiwan and Hong Kong words (雷射 is 激光, 類固醇 the steroid
  // class, 小朋友 a child), and what a patient asking about "laser" for white patches means: the
  // 308nm excimer the articles call 准分子光 (激光 alone is in one sentence of one article). The
  // eyelid as said aloud, the TCM name of the condition, a test as said at the counter, and the
  // interval asked in English (how often).
  { term: '雷射', target: '激光' },
  { term: '雷射', target: '准分子光' },
  { term: '激光', target: '准分子光' },
  { term: '类固醇', target: '糖皮质激素' },
  { term: '小朋友', target: '儿童' },
  { term: '小朋友', target: '孩子' },
  { term: '眼皮', target: '眼周' },
  { term: '白驳风', target: '白癜风' },
  { term: '验', target: '检查' },
  { term: '验血', target: '抽血' },
  { term: '化验', target: '检查' },
  { term: '看病', target: '就诊' },
  // A first visit as said aloud (第一次看白斑要带啥) is the articles' 初诊; and on a skin clinic's site a
  // disease asked about (白癜风是什么病) is a skin disease, as the titles write it.
  { term: '第一次看', target: '初诊' },
  { term: '第一次看病', target: '初诊' },
  { term: '病', target: '皮肤病' },
  // Words of batch 12 (helper srch12): the common name of a look-alike (花斑癣 is 花斑糠疹; 癣, ringworm, is
  // a fungus), dosage forms as said at the pharmacy counter (软膏, 乳膏: the class the articles write
  // about), cost and age as asked (多少钱, 几岁), body places as said aloud (眼角, 私处), rubbing as said
  // (磨), a spouse (老公, 老婆: the family and the couple of the articles), drinking as diet, "not the
  // same" as telling apart, changing (换个医生) as the articles write it (更换), and water too hot (太烫) as its 水温.
  { term: '花斑癣', target: '花斑糠疹' },
  { term: '癣', target: '真菌' },
  { term: '软膏', target: '外用药物' },
  { term: '乳膏', target: '外用药物' },
  { term: '多少钱', target: '费用' },
  { term: '价格', target: '费用' },
  { term: '几岁', target: '年龄' },
  { term: '眼角', target: '眼周' },
  { term: '私处', target: '外生殖器' },
  { term: '磨', target: '摩擦' },
  { term: '老公', target: '夫妻' },
  { term: '老公', target: '家人' },
  { term: '老婆', target: '夫妻' },
  { term: '老婆', target: '家人' },
  { term: '喝酒', target: '饮食' },
  { term: '不一样', target: '鉴别' },
  { term: '换个', target: '更换' },
  { term: '换', target: '更换' },
  { term: '烫', target: '水温' },
  // The clinic's treatments, listed under the key a patient who turns one down is read as asking
  // (不想做手术, 除了照光还有什么办法 → 其他治疗: query.ts, turnedDown).
  // Batch 13 (helper srch13): habits, worries and family as patients name them.
  // Staying up late is what the articles call 睡眠不足; a trip 旅行, a workout 运动.
  { term: '熬夜', target: '睡眠不足' },
  { term: '旅游', target: '旅行' },
  { term: '健身', target: '运动' },
  { term: '锻炼', target: '运动' },
  // Feelings the articles write as 情绪 and 心理 (自卑, 丢人).
  { term: '自卑', target: '心理' },
  { term: '自卑', target: '情绪' },
  // "Trigger foods" (发物) are the folk name of what the diet article calls 忌口.
  { term: '发物', target: '忌口' },
  // A parent who has it, asked about a child: the heredity question (家族史, 遗传).
  { term: '父母', target: '遗传' },
  { term: '爸妈', target: '遗传' },
  { term: '妈妈', target: '遗传' },
  { term: '爸爸', target: '遗传' },
  // Getting worse, as asked (会变严重吗), is what the articles call 加重.
  { term: '严重', target: '加重' },
  // The verb "treat" typed alone (怎么治, bdf怎么治) is what the pages call 治疗.
  { term: '治', target: '治疗' },
  // "Tell apart" typed alone (汗斑和白癜风怎么分): alone, 分 stood for 准分子光.
  { term: '分', target: '鉴别' },
  { term: '分', target: '区分' },
  // Going back to the hospital (多久回医院看一次) is the follow-up visit.
  { term: '回医院', target: '复诊' },
  // Pain as the treatment pages describe it (灼痛, 刺痛).
  { term: '疼', target: '灼痛' },
  // Batch 14 (helper srch15): words patients use for what the articles name. The cause asked as 原因;
  // a scratch (抓破, 划破) is the 外伤 and 抓挠 of the Koebner sign; skin colours of people (黑人, 白人) are
  // the articles' 人种 and 肤色; a pale mark left by a rash (白印子) is 炎症后色素减退; a fungus test as asked
  // (查真菌) is the 真菌镜检; home tanning lotion (美黑霜) is the 自晒剂; skiing is in the snow (雪地); a plateau (高原) is the 高海拔 of the sun-protection article; covering up (遮) is the articles' 遮挡; a child as
  // said in the north and south-west (闺女, 娃, 娃儿) and a son or daughter.
  { term: '原因', target: '病因' },
  { term: '抓破', target: '抓挠' },
  { term: '抓破', target: '外伤' },
  { term: '划破', target: '外伤' },
  { term: '黑人', target: '人种' },
  { term: '黑人', target: '肤色' },
  { term: '白人', target: '人种' },
  { term: '白人', target: '肤色' },
  { term: '白印子', target: '炎症后色素减退' },
  { term: '查真菌', target: '真菌镜检' },
  { term: '美黑', target: '自晒剂' },
  { term: '美黑霜', target: '自晒剂' },
  { term: '滑雪', target: '雪地' },
  { term: '高原', target: '高海拔' },
  { term: '遮', target: '遮挡' },
  { term: '闺女', target: '孩子' },
  { term: '女儿', target: '孩子' },
  { term: '儿子', target: '孩子' },
  { term: '娃', target: '孩子' },
  { term: '娃儿', target: '孩子' },
  // Batch 15 (helper srch16): a partner as said before marriage (the couple of the contagion FAQ, as
  // 老公 / 老婆); eyelashes are the 毛发 whose whitening the articles describe (not eyebrows: 眉毛 → 毛发
  // put 文眉以后眉毛那块变白了, the tattooing trigger, seventh); scrapes, falls and burns as said aloud are
  // the 外伤, 划伤 and 烫伤 of the Koebner sign, and a rub (搓) the 摩擦 (not 勒 of a belt: 勒 → 摩擦 put
  // 腰上皮带勒的地方变白了 fourth); overwork and moods as said (加班, 烦, 憋屈, 郁闷), someone to talk to
  // (聊聊) and going to work; the light booth (舱), men (男的), covering (遮住) and one side of the body
  // (左边, 右边, 身子); where skin is taken for a graft (取皮) and a mark left (留印子); the short names of
  // the phototherapy (窄谱, 中波).
  { term: '男朋友', target: '夫妻' },
  { term: '女朋友', target: '夫妻' },
  { term: '睫毛', target: '毛发' },
  { term: '刮伤', target: '划伤' },
  { term: '刮破', target: '划伤' },
  { term: '抓伤', target: '抓挠' },
  { term: '抓伤', target: '外伤' },
  { term: '擦伤', target: '外伤' },
  { term: '擦破', target: '外伤' },
  { term: '擦破皮', target: '外伤' },
  { term: '破皮', target: '外伤' },
  { term: '摔伤', target: '外伤' },
  { term: '摔跤', target: '外伤' },
  { term: '磕破', target: '外伤' },
  { term: '烫', target: '烫伤' },
  { term: '搓', target: '摩擦' },
  { term: '加班', target: '压力' },
  { term: '烦', target: '情绪' },
  { term: '憋屈', target: '情绪' },
  { term: '郁闷', target: '情绪' },
  { term: '聊聊', target: '倾听' },
  { term: '上班', target: '工作' },
  { term: '舱', target: '光疗舱' },
  { term: '舱子', target: '光疗舱' },
  { term: '男的', target: '男性' },
  { term: '遮住', target: '遮挡' },
  { term: '左边', target: '一侧' },
  { term: '右边', target: '一侧' },
  { term: '身子', target: '身体' },
  { term: '取皮', target: '供皮区' },
  { term: '留印子', target: '瘢痕' },
  { term: '窄谱', target: '窄谱中波紫外线' },
  { term: '中波', target: '中波紫外线' },
  // The clinic's other treatments, under the key a turned-down treatment is read as (query.ts, turnedDown).
  { term: '其他治疗', target: '外用药物' },
  { term: '其他治疗', target: '光疗' },
  { term: '其他治疗', target: '准分子光' },
  { term: '其他治疗', target: '手术' },
  { term: '其他治疗', target: '微针' },
  { term: '其他治疗', target: '糖皮质激素' },
  // Batch 62 (helper srch65): the graft is the clinic's one 手术 (its title: 稳定期白癜风的一种手术方式), so that turning
  // it down by a lay name (除了植皮还有别的方法吗) asks for the other treatments as 不想做手术 does (decision 0106).
  { term: '表皮移植', target: '手术' },
  // Medicine names (generic and brand) → the class the articles write about.
  { term: '他克莫司', target: '钙调磷酸酶抑制剂' },
  { term: '吡美莫司', target: '钙调磷酸酶抑制剂' },
  { term: '普特彼', target: '钙调磷酸酶抑制剂' },
  { term: '爱宁达', target: '钙调磷酸酶抑制剂' },
  { term: '卤米松', target: '糖皮质激素' },
  { term: '糠酸莫米松', target: '糖皮质激素' },
  { term: '艾洛松', target: '糖皮质激素' },
  { term: '地奈德', target: '糖皮质激素' },
  // English.
  { term: 'vitiligo', target: '白癜风' },
  { term: 'excimer', target: '准分子' },
  { term: 'microneedling', target: '微针' },
  { term: 'microneedle', target: '微针' },
  { term: 'dermaroller', target: '滚针' },
  { term: "wood's lamp", target: '伍德灯' },
  { term: 'woods lamp', target: '伍德灯' },
  { term: 'wood lamp', target: '伍德灯' },
  { term: 'dermoscopy', target: '皮肤镜' },
  { term: 'dermatoscope', target: '皮肤镜' },
  { term: 'thyroid', target: '甲状腺' },
  { term: 'phototherapy', target: '光疗' },
  { term: 'skin graft', target: '表皮移植' },
  { term: 'graft', target: '移植' },
  { term: 'grafting', target: '表皮移植' },
  { term: 'sunscreen', target: '防晒' },
  { term: 'sun protection', target: '防晒' },
  { term: 'diet', target: '饮食' },
  { term: 'contagious', target: '传染' },
  { term: 'camouflage', target: '遮盖' },
  { term: 'makeup', target: '化妆' },
  { term: 'children', target: '儿童' },
  { term: 'kid', target: '儿童' },
  { term: 'white spots', target: '白斑' },
  { term: 'white patches', target: '白斑' },
  { term: 'test', target: '检查' },
  { term: 'laser', target: '激光' },
  { term: 'laser', target: '准分子光' },
  { term: 'often', target: '间隔' },
  { term: 'often', target: '频率' },
  { term: 'child', target: '儿童' },
  { term: 'follow-up', target: '复诊' },
  { term: 'stable', target: '稳定期' },
  { term: 'progressive', target: '进展期' },
  { term: 'segmental', target: '节段型' },
  { term: 'melanocyte', target: '黑色素细胞' },
  { term: 'melanocytes', target: '黑色素细胞' },
  { term: 'causes', target: '病因' },
  { term: 'topical', target: '外用药物' },
  { term: 'steroid', target: '糖皮质激素' },
  { term: 'tacrolimus', target: '钙调磷酸酶抑制剂' },
  { term: 'vitamin c', target: '维生素c' },
  // VC / Vc, as patients and packets write vitamin C (白癜风能吃VC吗; helper srch47).
  { term: 'vc', target: '维生素c' },
  // The hottest and the coldest days as the calendar names them (三伏天白癜风护理; helper srch47): the seasonal
  // article's 夏季 and 冬季, as 夏天 and 冬天 are.
  { term: '三伏天', target: '夏季' },
  { term: '三九天', target: '冬季' },
  // A white mark a baby is born with, as parents call it (婴儿身上的白斑是胎记吗): the differential article's
  // 无色素痣, 出生后就有; and an infant is a child (婴儿 → 儿童) (helper srch47).
  { term: '胎记', target: '无色素痣' },
  { term: '婴儿', target: '儿童' },
  // English as visitors to the English site type it (the articles are written in Chinese): plain
  // words for what the articles name, one entry per base form (kids, therapies and cured are read as
  // kid, therapy and cure).
  { term: 'light therapy', target: '光疗' },
  { term: 'light treatment', target: '光疗' },
  { term: 'uv light', target: '紫外线' },
  { term: 'ultraviolet', target: '紫外线' },
  { term: 'treatment', target: '治疗' },
  { term: 'therapy', target: '治疗' },
  { term: 'options', target: '方案' },
  { term: 'side effect', target: '不良反应' },
  { term: 'sunburn', target: '晒伤' },
  { term: 'swim', target: '游泳' },
  { term: 'tattoo', target: '文身' },
  { term: 'moisturiser', target: '保湿' },
  { term: 'sunlight', target: '日晒' },
  { term: 'umbrella', target: '遮阳' },
  { term: 'hat', target: '遮阳' },
  { term: 'hereditary', target: '遗传' },
  { term: 'genetic', target: '遗传' },
  { term: 'gene', target: '遗传' },
  { term: 'inherit', target: '遗传' },
  { term: 'family history', target: '家族史' },
  { term: 'spread', target: '进展期' },
  { term: 'spread', target: '扩大' },
  { term: 'spread', target: '增多' },
  { term: 'grow', target: '扩大' },
  { term: 'bigger', target: '扩大' },
  { term: 'worse', target: '加重' },
  { term: 'active', target: '进展期' },
  { term: 'cure', target: '治疗' },
  { term: 'food', target: '饮食' },
  { term: 'eat', target: '饮食' },
  { term: 'avoid', target: '忌口' },
  { term: 'seafood', target: '海鲜' },
  { term: 'vitamin', target: '维生素' },
  { term: 'winter', target: '冬季' },
  { term: 'summer', target: '夏季' },
  { term: 'season', target: '季节' },
  { term: 'skin care', target: '护理' },
  { term: 'care', target: '护理' },
  { term: 'moisturizer', target: '保湿' },
  { term: 'blood test', target: '抽血' },
  { term: 'blood', target: '血液' },
  { term: 'checkup', target: '复诊' },
  { term: 'check-up', target: '复诊' },
  { term: 'check up', target: '复诊' },
  { term: 'revisit', target: '复诊' },
  { term: 'visit', target: '就诊' },
  { term: 'doctor', target: '医生' },
  // A patient's medical records (may I bring my previous medical records) are the 病历 the hospital page and the follow-up
  // article ask to bring (decision 0139); records alone stays (photo records, keeping a record of the patches).
  { term: 'medical records', target: '病历' },
  { term: 'medical record', target: '病历' },
  { term: 'photo', target: '照片' },
  { term: 'picture', target: '照片' },
  { term: 'cover', target: '遮盖' },
  { term: 'concealer', target: '遮瑕' },
  { term: 'cosmetic', target: '化妆' },
  { term: 'peeling', target: '脱皮' },
  { term: 'peel', target: '脱皮' },
  { term: 'scab', target: '结痂' },
  { term: 'redness', target: '发红' },
  { term: 'itch', target: '瘙痒' },
  { term: 'itchy', target: '瘙痒' },
  { term: 'pain', target: '疼痛' },
  { term: 'painful', target: '疼痛' },
  { term: 'hurt', target: '疼痛' },
  { term: 'scar', target: '瘢痕' },
  { term: 'pigment', target: '色素' },
  { term: 'pigment cell', target: '黑色素细胞' },
  { term: 'melanin', target: '黑色素' },
  { term: 'repigmentation', target: '复色' },
  // The Koebner sign by its English name (Koebner现象, the koebner thing), the articles' 同形反应 (helper srch30).
  { term: 'koebner', target: '同形反应' },
  { term: 'color', target: '颜色' },
  { term: 'colour', target: '颜色' },
  { term: 'white patch', target: '白斑' },
  { term: 'white spot', target: '白斑' },
  { term: 'spot', target: '白斑' },
  { term: 'patch', target: '白斑' },
  { term: 'differential', target: '鉴别' },
  { term: 'tinea versicolor', target: '花斑糠疹' },
  { term: 'pityriasis alba', target: '白色糠疹' },
  { term: 'stress', target: '压力' },
  { term: 'anxiety', target: '情绪' },
  { term: 'depression', target: '情绪' },
  { term: 'emotion', target: '情绪' },
  { term: 'emotional', target: '情绪' },
  { term: 'mood', target: '情绪' },
  { term: 'confidence', target: '心理' },
  { term: 'self-esteem', target: '心理' },
  { term: 'school', target: '同学' },
  { term: 'bullying', target: '同学' },
  { term: 'teased', target: '同学' },
  { term: 'black light', target: '伍德灯' },
  { term: 'dark room', target: '暗室' },
  { term: 'surgery', target: '手术' },
  { term: 'transplant', target: '移植' },
  { term: 'operation', target: '手术' },
  { term: 'one side', target: '一侧' },
  { term: 'segment', target: '节段型' },
  { term: 'non-segmental', target: '非节段型' },
  { term: 'infectious', target: '传染' },
  { term: 'catch', target: '传染' },
  { term: 'hug', target: '接触' },
  { term: 'touch', target: '接触' },
  { term: 'kiss', target: '接触' },
  { term: 'baby', target: '儿童' },
  { term: 'teenager', target: '青少年' },
  { term: 'pregnancy', target: '妊娠期' },
  { term: 'pregnant', target: '妊娠期' },
  { term: 'cream', target: '外用药物' },
  { term: 'ointment', target: '外用药物' },
  { term: 'hormone', target: '激素' },
  { term: 'pimecrolimus', target: '钙调磷酸酶抑制剂' },
  { term: 'needling', target: '微针' },
  { term: 'face', target: '面部' },
  { term: 'hand', target: '手部' },
  { term: 'hair', target: '毛发' },
  { term: 'white hair', target: '白发' },
  { term: 'diagnosis', target: '诊断' },
  { term: 'diagnose', target: '诊断' },
  { term: 'exam', target: '检查' },
  { term: 'examination', target: '检查' },
  { term: 'cause', target: '病因' },
  { term: 'trigger', target: '诱发' },
  { term: 'skin cancer', target: '肿瘤' },
  { term: 'cancer', target: '肿瘤' },
  // Abbreviations and devices.
  { term: '308', target: '308nm准分子光' },
  { term: '308激光', target: '308nm准分子光' },
  { term: '准分子激光', target: '准分子光' },
  { term: 'nb-uvb', target: '窄谱中波紫外线' },
  { term: 'uvb', target: '中波紫外线' },
  { term: 'uv', target: '紫外线' },
  { term: 'spf', target: '防晒指数' },
  // Batch 13 (helper srch13): English lay words.
  { term: 'sun', target: '日晒' },
  { term: 'sun cream', target: '防晒霜' },
  { term: 'sunblock', target: '防晒霜' },
  { term: 'sun block', target: '防晒霜' },
  { term: 'anxious', target: '情绪' },
  { term: 'worried', target: '情绪' },
  { term: 'worry', target: '情绪' },
  { term: 'sad', target: '情绪' },
  { term: 'upset', target: '情绪' },
  { term: 'embarrassed', target: '心理' },
  // Batch 14 (helper srch15): English names of what the articles name.
  { term: 'hashimoto', target: '桥本甲状腺炎' },
  { term: 'autoimmune', target: '自身免疫' },
  { term: 'confetti', target: '纸屑' },
  { term: 'altitude', target: '高海拔' },
  { term: 'travel', target: '旅行' },
  { term: 'trip', target: '旅行' },
  { term: 'self tanner', target: '自晒剂' },
  { term: 'self-tanner', target: '自晒剂' },
  { term: 'fake tan', target: '自晒剂' },
  { term: 'tanning lotion', target: '自晒剂' },
  { term: 'tanning bed', target: '日晒' },
  { term: 'sunbed', target: '日晒' },
  { term: 'scratch', target: '外伤' },
  { term: 'eczema', target: '湿疹' },
  { term: 'ashamed', target: '心理' },
  // Batch 15 (helper srch16): eyelashes; spreading from one person to another (does vitiligo spread by
  // touch: 'by' is a stopword, so the key is the verb, which keeps its 进展期 / 扩大 / 增多 too).
  { term: 'spread', target: '传染' },
  { term: 'eyelash', target: '毛发' },
  // The visit, as patients ask about it: the hospital page says 门诊时间 and 周六、周日.
  { term: '周末', target: '周六' },
  { term: '周末', target: '周日' },
  { term: '星期天', target: '周日' },
  { term: '星期六', target: '周六' },
  { term: '开门', target: '门诊时间' },
  { term: '营业时间', target: '门诊时间' },
  { term: '几点下班', target: '门诊时间' },
  { term: '车位', target: '停车场' },
  { term: '停车位', target: '停车场' },
  { term: '坐地铁', target: '地铁' },
  { term: 'parking', target: '停车场' },
  { term: 'opening hours', target: '门诊时间' },
  { term: 'address', target: '地址' },
  { term: '坐车', target: '公交' },
  { term: '坐车', target: '地铁' },
  { term: 'sunday', target: '周日' },
  { term: 'saturday', target: '周六' },
  { term: 'weekend', target: '周六' },
  { term: 'weekend', target: '周日' },
  { term: 'park', target: '停车场' },
  { term: 'car park', target: '停车场' },
  { term: 'phone', target: '电话' },
  { term: 'telephone', target: '电话' },
  { term: 'directions', target: '交通' },
  { term: 'get there', target: '交通' },
  { term: 'subway', target: '地铁' },
  { term: 'metro', target: '地铁' },
  { term: 'bus', target: '公交' },
  { term: 'hospital', target: '医院' },
  // Batch 16 (helper srch17): the common name of psoriasis (牛皮癣), which the phototherapy article calls
  // 银屑病; sunglasses as said (墨镜) and the sun sleeves sold for driving and cycling (冰袖, 防晒袖), the
  // 太阳镜 and 袖套 of the sun-protection article; a blood thinner by its name (华法林), the 抗凝药物 of the
  // surgery pages; hygiene as a worry (讲卫生) is their
  // 卫生习惯; meditation (冥想) is named as 正念; a blister as usually written (水泡) is the 水疱 of the light
  // pages, and around the eyes (眼睛周围) their 眼周; in English psoriasis, sunglasses, sleeves, warfarin, rubbing
  // and friction (the 摩擦 of the Koebner sign), the light box (光疗舱) and meditation.
  { term: '牛皮癣', target: '银屑病' },
  { term: '墨镜', target: '太阳镜' },
  { term: '冰袖', target: '袖套' },
  { term: '防晒袖', target: '袖套' },
  { term: '华法林', target: '抗凝药物' },
  { term: '讲卫生', target: '卫生习惯' },
  { term: '冥想', target: '正念' },
  { term: '水泡', target: '水疱' },
  { term: '眼睛周围', target: '眼周' },
  { term: 'psoriasis', target: '银屑病' },
  { term: 'sunglasses', target: '太阳镜' },
  { term: 'sleeve', target: '袖套' },
  { term: 'warfarin', target: '抗凝药物' },
  { term: 'rub', target: '摩擦' },
  { term: 'friction', target: '摩擦' },
  { term: 'light box', target: '光疗舱' },
  { term: 'meditation', target: '正念' },
  // Batch 17 (helper srch18): the armpit as said (胳肢窝, 咯吱窝) is the articles' 腋窝; a bucket hat
  // (渔夫帽) their 宽檐帽; wrinkles (皱纹) the 老化 of long light courses; a scrub at the bathhouse (搓澡)
  // their 搓洗; scraping and cupping (刮痧, 拔罐) an injury to the skin (外伤) like any other; the bus as
  // said (公交车) the hospital page's 公交; Graves' disease and 甲亢 are the 毒性弥漫性甲状腺肿 of the
  // thyroid article; short of copper or zinc (缺铜, 缺锌) the 矿物质 of the diet article; in English the
  // visit (wheelchair, subway, metro, Saturday, Sunday) and the midline of the segmental type.
  { term: '胳肢窝', target: '腋窝' },
  { term: '咯吱窝', target: '腋窝' },
  { term: '渔夫帽', target: '宽檐帽' },
  { term: '皱纹', target: '老化' },
  { term: '搓澡', target: '搓洗' },
  { term: '刮痧', target: '外伤' },
  { term: '拔罐', target: '外伤' },
  { term: '公交车', target: '公交' },
  { term: '甲亢', target: '毒性弥漫性甲状腺肿' },
  { term: 'graves', target: '毒性弥漫性甲状腺肿' },
  { term: '缺铜', target: '矿物质' },
  { term: '缺锌', target: '矿物质' },
  { term: 'wheelchair', target: '轮椅' },
  { term: 'midline', target: '中线' },
  // Batch 18 (helper srch19): health supplements as said (保健品) are the diet article's 补充剂; depression
  // (抑郁, 抑郁症) and lost confidence (没信心: 没 is a stopword, so the key is 信心) are what the articles write
  // as 情绪 and 心理, as 自卑 is; dark dots in a patch (小黑点, 黑点) are the 色素岛 of repigmentation; black rice
  // (黑米) one of the 深色食物; the family as said (家里人) the articles' 家人, and comforting (安慰) their 支持;
  // dating (谈恋爱) the 社交 people withdraw from; a marathon the 户外活动 of the sun article (read inside,
  // 马拉松 was 马拉 of the 马拉色菌 fungus); in English depressed and feeling (感觉).
  { term: '保健品', target: '补充剂' },
  { term: '抑郁', target: '情绪' },
  { term: '抑郁', target: '心理' },
  { term: '抑郁症', target: '情绪' },
  { term: '抑郁症', target: '心理' },
  { term: '信心', target: '情绪' },
  { term: '信心', target: '心理' },
  { term: '小黑点', target: '色素岛' },
  { term: '黑点', target: '色素岛' },
  { term: '黑米', target: '深色食物' },
  { term: '家里人', target: '家人' },
  { term: '安慰', target: '支持' },
  { term: '谈恋爱', target: '社交' },
  { term: '马拉松', target: '户外活动' },
  { term: 'depressed', target: '情绪' },
  { term: 'feeling', target: '感觉' },
  // Batch 19 (helper srch20): a beard (胡子) is the 毛发 whose whitening the articles describe, as eyelashes are;
  // a spouse in old age (老伴) is the family and the couple, as 老公 / 老婆 are, and keeping them company (陪) is
  // the articles' 陪同; private parts said discreetly (私密, 私密部位) are the 外生殖器, as 私处 is; hair-dye
  // cream (染发膏) is the 染发剂; a BB cream and a cushion compact are foundation (粉底); a self-tan (自黑) is the
  // 自晒剂, as 美黑 is; lipstick is a cosmetic (化妆品); covering a patch up (遮住) is the 遮盖 of make-up as well as the 遮挡 of shade; booking (预约) is registering (挂号, which leads to the
  // hospital page's 挂号 and to 就诊); in English beard, eyebrow, lip, hair dye, allergy, foundation, lipstick,
  // appointment (就诊, the visit) and book (挂号).
  { term: '胡子', target: '毛发' },
  { term: '老伴', target: '家人' },
  { term: '老伴', target: '夫妻' },
  { term: '陪', target: '陪同' },
  { term: '私密', target: '外生殖器' },
  { term: '染发膏', target: '染发剂' },
  { term: 'bb霜', target: '粉底' },
  { term: '气垫', target: '粉底' },
  { term: '自黑', target: '自晒剂' },
  { term: '口红', target: '化妆品' },
  // Nail art and nail polish are cosmetics too (得了白癜风还能做美甲吗 had no page; helper srch61, batch 58, decision 0101).
  { term: '美甲', target: '化妆品' },
  { term: '指甲油', target: '化妆品' },
  { term: '预约', target: '挂号' },
  { term: '遮住', target: '遮盖' },
  { term: 'beard', target: '毛发' },
  { term: 'eyebrow', target: '毛发' },
  { term: 'lip', target: '口唇' },
  { term: 'hair dye', target: '染发剂' },
  { term: 'allergy', target: '过敏' },
  { term: 'allergic', target: '过敏' },
  { term: 'foundation', target: '粉底' },
  { term: 'lipstick', target: '化妆品' },
  { term: 'appointment', target: '就诊' },
  { term: 'book', target: '挂号' },
  // Batch 20 (helper srch21): "passing it on" said in dialect (过人, 传人) is 传染; the sun said so (日头) is
  // 太阳 and 日晒, and farm work (种地, 干农活) is the articles' 户外活动; a patch spreading outward (往外扩) is
  // one that 变大; a dark rim (黑边) is the 色素加深 round a stable patch; an eye mask (眼罩) worn for light
  // is the 护目镜; 灼烧 is 烧灼 said the other way round; in English knuckle(s) are the 手指 and repigment is
  // 复色. Tried and left out: 肚子 → 腰腹部 (腰 alone then also stood for 腰腹部: 腰上皮带勒的地方变白了 fell
  // 1 → 2), 晒黑 → 变黑 (周围晒黑了白斑更显眼 fell 1 → 2), 好皮肤 → 正常皮肤 (跟皮肤镜 was read as 好皮肤), 戴 → 佩戴 (戴口罩勒得耳朵后面白了一块 fell 6 → 7).
  { term: '过人', target: '传染' },
  { term: '传人', target: '传染' },
  { term: '日头', target: '太阳' },
  { term: '日头', target: '日晒' },
  { term: '种地', target: '户外活动' },
  { term: '干农活', target: '户外活动' },
  { term: '往外扩', target: '变大' },
  { term: '黑边', target: '色素加深' },
  { term: '眼罩', target: '护目镜' },
  { term: '灼烧', target: '烧灼' },
  { term: 'knuckle', target: '手指' },
  { term: 'repigment', target: '复色' },
  // Batch 21 (helper srch22): the nape as said (脖颈, 脖颈子, 后脖颈) is the articles' 颈部; going abroad
  // (出国) is the 外出 that keeps a patient from a follow-up; around the mouth (嘴巴周围) is 口周; TPO typed
  // short is the report's TPOAb; a cap is a 帽子. Tried and left out: 脖子 → 颈部 (脖子变粗, the goitre of
  // batch 15, fell 1 → 2) and 复发 → 进展期 (停药会复发吗 of batch 13 then found two pages, not three).
  { term: '脖颈', target: '颈部' },
  { term: '脖颈子', target: '颈部' },
  { term: '后脖颈', target: '颈部' },
  { term: '后脖颈子', target: '颈部' },
  { term: '出国', target: '外出' },
  { term: '嘴巴周围', target: '口周' },
  { term: 'tpo', target: 'tpoab' },
  { term: 'cap', target: '帽子' },
  // Batch 22 (helper srch23): itching as said (发痒) is the articles' 瘙痒, a burning sting (火辣辣) their 烧灼;
  // skin peeling from the sun (晒脱皮) is a 晒伤; Taiwan's sunscreen lotion (防晒乳, 防曬乳) is the 防晒霜; the
  // lift asked on the English site is the hospital page's 电梯, a pool its 泳池.
  { term: '发痒', target: '瘙痒' },
  { term: '火辣辣', target: '烧灼' },
  { term: '晒脱皮', target: '晒伤' },
  { term: '防晒乳', target: '防晒霜' },
  { term: 'elevator', target: '电梯' },
  { term: 'lift', target: '电梯' },
  { term: 'pool', target: '泳池' },
  // Batch 23 (helper srch24): breastfeeding as said (喂母乳, 母乳, breast feeding, nursing) is the articles' 哺乳期,
  // the month after birth (坐月子, 月子) their 产后; keeping repigmentation (巩固治疗) is their 维持治疗; pregnant on
  // the English site is the pregnancy article's 怀孕 as well as 妊娠期. (relapse / came back → 复发 was tried: 复发, a
  // target, then became a word containing 发 and came first for 伍德灯照出来发黄绿色是啥, and come back is also a return visit.)
  { term: '喂母乳', target: '哺乳期' },
  { term: '母乳', target: '哺乳期' },
  { term: 'breast feeding', target: '哺乳期' },
  { term: 'breastfeeding', target: '哺乳期' },
  { term: 'nursing', target: '哺乳期' },
  { term: '坐月子', target: '产后' },
  { term: '月子', target: '产后' },
  { term: '巩固治疗', target: '维持治疗' },
  { term: '巩固', target: '维持' },
  { term: 'pregnant', target: '怀孕' },
  { term: 'pregnancy', target: '怀孕' },
  { term: '怀孕', target: '孕期' },
  // Batch 24 (helper srch26): Sunday as written out (星期日, 礼拜天, 礼拜日) is the pages' 周日; a scrape from a fall
  // (摔破, 磕伤) is a 外伤; sad (难过, 心里难受) is the emotional article's 情绪; on the English site a son or daughter is a
  // 儿童, cheeks the 面部 (cheeks: check is one slip from cheek, and check ups lost its key) and pale patches the differential article's 淡白色.
  // (脖子 → 颈部 was tried: 脖子上的白斑一年多没变大了算稳定吗 2 → 1, but batch 15's 脖子变粗了跟白癜风有关系吗, a goitre, fell 1 → 2.)
  { term: '星期日', target: '周日' },
  { term: '礼拜天', target: '周日' },
  { term: '礼拜日', target: '周日' },
  { term: '摔破', target: '外伤' },
  { term: '磕伤', target: '外伤' },
  { term: '难过', target: '情绪' },
  { term: '心里难受', target: '情绪' },
  { term: 'son', target: '儿童' },
  { term: 'daughter', target: '儿童' },
  { term: 'cheeks', target: '面部' },
  { term: 'pale', target: '淡白色' },
  // Batch 25 (helper srch27): a mild steroid cream by its brand and generic names (尤卓尔, 丁酸氢化可的松) is a 糖皮质激素
  // and Protopic (tacrolimus's brand) a 钙调磷酸酶抑制剂; 虫斑, the folk name of a child's pale facial patches, is the
  // differential article's 白色糠疹; a banknote checker's lamp (验钞灯) and purple light (紫光灯) are what patients call an
  // ultraviolet lamp; 长个子 is 发育 (生长发育 as a target, a vocabulary word, drew the children's FAQ into 结婚以后生的孩子会不会也有白斑); on the English site a fungus is 真菌 and white
  // dots on an older person's arms the differential article's 点状白斑 on the 四肢; a symptom (症状) is what the articles call a 表现
  // (白癜风有哪些表现).
  { term: '尤卓尔', target: '糖皮质激素' },
  { term: '丁酸氢化可的松', target: '糖皮质激素' },
  { term: '氢化可的松', target: '糖皮质激素' },
  { term: 'protopic', target: '钙调磷酸酶抑制剂' },
  { term: 'elidel', target: '钙调磷酸酶抑制剂' },
  { term: '虫斑', target: '白色糠疹' },
  { term: '验钞灯', target: '紫外线灯' },
  { term: '验钞灯', target: '伍德灯' },
  { term: '紫光灯', target: '紫外线灯' },
  // Batch 56 (helper srch59, decision 0098): the dark room the Wood's lamp is shone in, as patients call it (小黑屋, 黑屋子,
  // 小黑屋子), is the article's 暗室. Tried and left out: 紫光灯 → 伍德灯 (紫光灯照了伤眼睛吗 3 → 1, but 紫光 alone reaches the key,
  // and 照那个紫光有啥子副作用嘛 fell 1 → 2 behind the Wood's lamp page).
  { term: '小黑屋', target: '暗室' },
  { term: '小黑屋子', target: '暗室' },
  { term: '黑屋子', target: '暗室' },
  { term: '长个子', target: '发育' },
  { term: 'fungus', target: '真菌' },
  { term: 'fungal', target: '真菌' },
  { term: 'white dots', target: '点状白斑' },
  { term: 'arms', target: '四肢' },
  { term: '症状', target: '表现' },
  // Batch 26 (helper srch28): the eyelid by its medical name (眼睑) is the articles' 眼周, as 眼皮 is; the lips as
  // said (嘴皮子, 嘴皮) their 口唇, as 嘴唇 is; the glans, penis and scrotum by name their 外生殖器, as 私处 is; a
  // sweat all over (一身汗) their 出汗; an age typed in years (45岁, cut 45|岁) their 年龄, as 几岁 is. Tried and left out: 裂口子 / 裂口 → 干裂 (冬天手裂口子白斑会不会变多 3 → 1, but 干裂
  // as a vocabulary word became a reading of 干, and batch 14's 照光照得皮肤又干又痒 fell 1 → 2); 起皮 → 脱屑 (起 of a symptom
  // is a query stopword, so the key is 皮 alone, and every 皮 typed alone, 切一块皮, would lead to 脱屑).
  { term: '眼睑', target: '眼周' },
  { term: '嘴皮子', target: '口唇' },
  { term: '嘴皮', target: '口唇' },
  { term: '龟头', target: '外生殖器' },
  { term: '阴茎', target: '外生殖器' },
  { term: '阴囊', target: '外生殖器' },
  { term: '一身汗', target: '出汗' },
  { term: '岁', target: '年龄' },
  // Batch 27 (helper srch29): pediatrics is the children's clinic; one side said 一边 (as 半边, 左边); getting on with the disease (和平共处) is
  // the 相处 of the emotional-support title; not growing tall is 发育; free of charge as said aloud (不要钱; not
  // 不收钱 or 不收费, which the seed keeps as 收钱 / 收费 without the stopword 不); a first visit said with 来 (第一次去 would be
  // kept as 第一次 alone); Wood's lamp by its first word; the hours asked by when the clinic closes.
  { term: '儿科', target: '儿童' },
  { term: '一边', target: '一侧' },
  { term: '和平共处', target: '相处' },
  { term: '长不高', target: '发育' },
  { term: '不要钱', target: '免费' },
  { term: '第一次来', target: '初诊' },
  { term: 'wood', target: '伍德灯' },
  { term: 'close', target: '门诊时间' },
  // Batch 29 (helper srch31): hypothyroidism and hyperthyroidism as patients say them (甲减, 甲亢) are thyroid disease, the
  // thyroid article's 甲状腺 (甲亢 also kept as 毒性弥漫性甲状腺肿; 甲减 typed in pinyin, jiajian, reaches it as a vocabulary
  // word); a patch getting bigger on the English site is the 变大 the stage article writes, as 扩大 is, and its 进展期, as
  // spread and 扩散 are; white marks (white mark) are 白斑, as white spots are; age said as 年纪 (年纪大了) is the articles' 年龄;
  // since childhood (从小就有) is the differential article's 幼年 (贫血痣: 出生时或幼年出现); no itch, no pain (不痛不痒) is the
  // 自觉症状 the articles say a patch usually lacks; what may cause it (会引起白癜风吗) is what the articles call 诱发. Tried and left out: 生孩子 → 产后 (生完孩子以后白斑开始扩散 5 → 10,
  // and batch 12's 结婚生孩子会遗传给下一代吗 and batch 15's 结婚以后生的孩子会不会也有白斑 lost the heredity pages); 一起用 → 联合
  // (照光➕涂药 能一起用吗 stayed 3, and 斑秃和白癜风一起得了 lost its page: 用 is a stopword, so the key was 一起 alone).
  { term: '甲减', target: '甲状腺' },
  { term: '甲亢', target: '甲状腺' },
  { term: 'bigger', target: '变大' },
  { term: 'bigger', target: '进展期' },
  { term: 'white marks', target: '白斑' },
  { term: 'white mark', target: '白斑' },
  { term: '年纪', target: '年龄' },
  { term: '从小', target: '幼年' },
  { term: '不痛不痒', target: '自觉症状' },
  { term: '引起', target: '诱发' },
  // Batch 30 (helper srch32): born with it (生下来就有) is the differential article's 幼年 (贫血痣: 出生时或幼年出现), as 从小
  // is; a graft uneven like cobbles (坑坑洼洼) is the grafting article's 凹凸不平; sun beating down (暴晒) is 日晒, and military training (军训) the 户外活动 of the sun article, as
  // farm work and a marathon are; Shanghainese 面孔 is the face (面部); Cantonese 冲凉 (沖涼) is a shower, 洗澡; an off-white
  // patch (淡淡的浅白) is the 淡白色 of the differential article, as pale is. 生下来 → 出生 was tried first: 出生 became a
  // vocabulary word that 生 of 生的孩子 stood for (batch 15's heredity question 6 → 10); 幼年, as 从小 reads, has no such
  // overlap. Tried and left out: 光溜溜 → 光滑 (光 of 停了光 then stood for 光滑, and batch 21's 颜色回来了停了光会不会反弹
  // lost a page of its top five).
  { term: '生下来', target: '幼年' },
  { term: '坑坑洼洼', target: '凹凸不平' },
  { term: '暴晒', target: '日晒' },
  { term: '军训', target: '户外活动' },
  { term: '面孔', target: '面部' },
  { term: '冲凉', target: '洗澡' },
  { term: '浅白', target: '淡白色' },
  // Batch 31 (helper srch33): a pregnant woman (孕妇) is the 孕期 the pregnancy article writes, as 怀孕 is (孕妇 → 妊娠期
  // alone reached only the light-therapy pages' lists of who should not be treated).
  { term: '孕妇', target: '孕期' },
  { term: 'birthmark', target: '贫血痣' },
  { term: 'birthmark', target: '无色素痣' },
  { term: 'born', target: '幼年' },
  { term: '心态', target: '情绪' },
  { term: '看医生', target: '就诊' },
  // Batch 33 (helper srch35): 喂奶 is breastfeeding as 喂母乳 is (the pregnancy article's 哺乳期). (指尖 → 手指 was tried: it
  // lifted what-is-vitiligo, which lists 手指 among common sites, above the light-therapy pages for batch 19's 指尖的白斑照光总不见效.)
  { term: '喂奶', target: '哺乳期' },
  // Batch 35 (helper srch37): a business trip (出差) is the 外出 that keeps a patient from a follow-up, as going abroad
  // (出国) and going out (出门) are. On the English site colour fading (fade, fading) is the 变浅 the relapse article
  // writes (颜色又变浅), and colour coming back its 复色 (not come back alone, also a return visit). The calf (小腿) is
  // one of the 四肢 as 腿 is (the differential article's dots on an older person's limbs). Tried and left out: 膝盖 →
  // 双膝 (the non-segmental page's knees): 双膝 as a vocabulary word took batch 29's long question with 二甲双胍 1 → 6 and
  // batch 21's 胳膊肘膝盖老磨的地方白了 5 → 6.
  { term: '出差', target: '外出' },
  { term: '小腿', target: '四肢' },
  { term: 'fading', target: '变浅' },
  { term: 'fade', target: '变浅' },
  { term: 'colour coming back', target: '复色' },
  { term: 'color coming back', target: '复色' },
  // Batch 36 (helper srch38): scaling as a record or a patient writes it (脱屑, 又痒又脱屑) is the 鳞屑 the differential
  // article writes (白斑处有鳞屑、会痒), as 皮屑 is.
  { term: '脱屑', target: '鳞屑' },
  // Batch 37 (helper srch39): a white patch described as a lump of white (白块, 脖子上有白块) is a 白斑, as 白点 is. Tried
  // and left out: 带 → 携带 (the hospital page's 初诊时请携带): 第一次去看病要带什么 - → 7, but six earlier queries on what to
  // bring fell (覆診要帶咩嘢 and 复诊要带什么材科 1 → -); stop medicine → 停药 on the English site (vitiligo come back after stop
  // medicine - → 4): 停药 as a vocabulary word became a reading of 停, and 怀孕期间光疗和药膏先停哪个 fell 1 → 2.
  { term: '白块', target: '白斑' },
  // Batch 38 (helper srch40): pain said with 痛 (照光痛不痛) is the 灼痛 the light-therapy pages write, as 疼 is; 怀娃
  // (having a baby, northern speech: 有白癜风能不能怀娃) is 怀孕. Tried and left out: 海边 / 海滩 / 沙滩 → 水边 (去海边玩要注意什么
  // - → 1), but 海边 as a vocabulary word changed how 边上 was read (有人问过光疗后白斑边上发红的问题吗 2 → 4, 指甲边上一圈发白
  // 7 → 8, four more); 上眼皮 / 下眼皮 → 眼周 (2 → 1), but 屁股上取皮疼不疼 was corrected to 上眼皮 (1 → -); 涂药 → 外用药物
  // (涂药后发红刺痛 4 → 2; measured with the seaside words), but 照光➕涂药 能一起用吗 fell 3 → -.
  { term: '痛', target: '灼痛' },
  { term: '怀娃', target: '怀孕' },
  // Batch 39 (helper srch41): narrow-band as Taiwan and Hong Kong write it (窄頻UVB, 窄频 after folding) is the 窄谱 of
  // 窄谱中波紫外线, as 窄谱 is; no itch, no pain said the other way round (不痒不痛) is the 自觉症状 of 不痛不痒; a patch asked to
  // be something other than vitiligo (不是白癜风的白斑有哪些, 不是白癜风的话还可能是什么) is the 鉴别 the differential article is
  // titled by, and a stage said to be not the progressive one (不是进展期了能做移植吗) is the 稳定期 of the two the articles
  // name; on the English site a patch gone white again (went white again, turn white again) is the 再次变白 the relapse
  // article writes (复色的白斑再次变白). Tried and left out: prepare → 准备 on the English site (Wood lamp appointment what to prepare - → 2), but 准备
  // as a vocabulary word became a reading of 准, and 手机拍白斑照片记录变化 每次怎么拍才准 fell 3 → 5.
  { term: '窄频', target: '窄谱中波紫外线' },
  { term: '不痒不痛', target: '自觉症状' },
  { term: '不是白癜风', target: '鉴别' },
  { term: '不是进展期', target: '稳定期' },
  { term: 'white again', target: '再次变白' },
  // Batch 40 (helper srch42): on the English site light typed alone is the light treatment (光疗), as light therapy and
  // light treatment are.
  { term: 'light', target: '光疗' },
  // Batch 41 (helper srch43): what patients call telling two look-alike conditions apart (容易和白癜风混淆的病) is the
  // 鉴别 of the pages. (最近 → 近期 was measured and left out: it moved a batch 29 question of 最近半年 from 1 to 4.)
  { term: '混淆', target: '鉴别' },
  // …and 怀孕期间, as patients say it (怀孕期间能涂什么药), is the 孕期 the pages write.
  { term: '怀孕期间', target: '孕期' },
  // Batch 42 (helper srch44): out of town (外地患者不能按时复诊, 去外地旅游前) is the 外出 the pages write of being away,
  // as 出差, 出门 and 出国 are.
  { term: '外地', target: '外出' },
  // …用处 of a test or a treatment (皮肤镜在白斑诊断里的用处) is the 作用 of the pages' titles and headings.
  { term: '用处', target: '作用' },
  // …and adjusting one's mood, as patients say it (情绪调整, 调整情绪, 调节情绪), is the 调适 the pages write.
  { term: '情绪调整', target: '调适' },
  { term: '调整情绪', target: '调适' },
  { term: '调节情绪', target: '调适' },
  { term: '情绪调节', target: '调适' },
  // Batch 43 (helper srch45): on the English site a kid, a child, a son or a daughter is the 孩子 the pages write as
  // well as their 儿童, as 小孩 and 宝宝 lead to both (wood lamp exam for kids: the lamp page's FAQ asks 孩子能做…吗).
  { term: 'kid', target: '孩子' },
  { term: 'child', target: '孩子' },
  { term: 'children', target: '孩子' },
  { term: 'daughter', target: '孩子' },
  // …闷闷不乐, as a worried family writes it, is the 情绪低落 of the pages; 二胎 / 二孩 (wanting a second child) is 怀孕;
  // 在发展 of a patch is its 进展期.
  { term: '闷闷不乐', target: '情绪低落' },
  { term: '二胎', target: '怀孕' },
  { term: '二孩', target: '怀孕' },
  { term: '发展', target: '进展期' },
  // Batch 44 (helper srch46): a self-tanning cream or lotion, as the shops sell it (自晒霜, 自晒乳), is the 自晒剂 of the
  // camouflage article, as 美黑霜 is; typed whole, 自晒霜 was read as a slip for 防晒霜 and found the sun-protection page.
  { term: '自晒霜', target: '自晒剂' },
  { term: '自晒乳', target: '自晒剂' },
  // Batch 48 (helper srch50): words of traditional Chinese medicine as patients repeat them. A TCM pattern named as the cause
  // (肝肾不足, 肝肾阴虚, 气血不和, 气血两虚, 气滞血瘀: 白癜风是肝肾不足引起的吗) asks about the cause, the 病因 of the causes page;
  // applied externally (外擦, 外搽, 外涂: 中药外擦) is the pages' 外用 medicine and 涂抹; the plum-blossom or seven-star needle
  // (梅花针, 七星针), a skin-tapping needle, is the 微针 and 滚针 of the pages.
  { term: '肝肾不足', target: '病因' },
  { term: '肝肾阴虚', target: '病因' },
  { term: '气血不和', target: '病因' },
  { term: '气血两虚', target: '病因' },
  { term: '气滞血瘀', target: '病因' },
  // Batch 63 (helper srch66, decision 0108): the everyday TCM words for a weak constitution, the way most relatives put a
  // cause (白癜风是不是因为肾虚, 是不是血虚引起的): 肾虚, 脾虚, 血虚, 气虚, 体虚, 血热 ask about the cause, as the patterns of
  // batch 48 do. 上火 and 湿气 are left out: they are also said of a rash, a sore throat or the weather.
  { term: '肾虚', target: '病因' },
  { term: '脾虚', target: '病因' },
  { term: '血虚', target: '病因' },
  { term: '气虚', target: '病因' },
  { term: '体虚', target: '病因' },
  { term: '血热', target: '病因' },
  { term: '外擦', target: '外用药物' },
  { term: '外擦', target: '涂抹' },
  { term: '外搽', target: '外用药物' },
  { term: '外搽', target: '涂抹' },
  { term: '外涂', target: '外用药物' },
  { term: '外涂', target: '涂抹' },
  { term: '梅花针', target: '微针' },
  { term: '梅花针', target: '滚针' },
  { term: '七星针', target: '微针' },
  { term: '七星针', target: '滚针' },
  // Batch 49 (helper srch51): the excimer spelt by sound (艾克西默, 埃克西默, from the English "excimer") is the 准分子光 the pages
  // write; 小儿 (小儿皮肤科, a department's name) is the 儿童 and 孩子 of the children's page; 脸红 after light treatment (照光后脸红)
  // is the 发红 of the pages, not a blush.
  { term: '艾克西默', target: '准分子光' },
  { term: '埃克西默', target: '准分子光' },
  { term: '小儿', target: '儿童' },
  { term: '小儿', target: '孩子' },
  { term: '脸红', target: '发红' },
  // Decision 0088: the pool by its lay name leads to what the pages write of swimming.
  { term: '泳池', target: '游泳' },
  // Decision 0093: dating and a partner as patients say them (找对象, 谈对象, 处对象) are the 社交 people withdraw from, as
  // 谈恋爱 is; being disliked for the patches (嫌弃) is the 心理 of the emotional page and the 目光 of others it writes of.
  { term: '找对象', target: '社交' },
  { term: '谈对象', target: '社交' },
  { term: '处对象', target: '社交' },
  { term: '嫌弃', target: '心理' },
  { term: '嫌弃', target: '目光' },
  // Decision 0095 (helper srch56, batch 53): symptoms and feelings as patients say them: 发烧 is the 发热 of the pages, a 疙瘩
  // (小红疙瘩) their 皮疹, (不)开心 the 情绪 of the emotional page, as 郁闷 and 难过 are (不 is a query stopword, so the key of
  // 不开心, 开心不起来 is 开心 either way).
  { term: '发烧', target: '发热' },
  { term: '疙瘩', target: '皮疹' },
  { term: '开心', target: '情绪' },
  // Decision 0102 (helper srch62, batch 59): social worries typed bluntly — being laughed at (笑话, 嘲笑, 取笑) and stared at
  // (盯) are the 目光 of others and the 心理 of the emotional page, as 嫌弃 is; 丢人 / 丢脸 are 心理 and 情绪, as 自卑 is; a
  // blind date (相亲) is the 社交 of 找对象. 忌嘴 is the spoken 忌口; 怕晒 (cut 怕|晒) is 防晒; going home (回老家) is the 外出
  // the pages write of being away, as 外地 is; the plum rains (梅雨) are the 季节 and 湿度 of the seasonal page.
  { term: '笑话', target: '目光' },
  { term: '笑话', target: '心理' },
  { term: '嘲笑', target: '目光' },
  { term: '嘲笑', target: '心理' },
  { term: '取笑', target: '目光' },
  { term: '取笑', target: '心理' },
  { term: '盯', target: '目光' },
  { term: '丢人', target: '心理' },
  { term: '丢人', target: '情绪' },
  { term: '丢脸', target: '心理' },
  { term: '丢脸', target: '情绪' },
  { term: '相亲', target: '社交' },
  { term: '忌嘴', target: '忌口' },
  { term: '怕晒', target: '防晒' },
  { term: '回老家', target: '外出' },
  { term: '梅雨', target: '季节' },
  { term: '梅雨', target: '湿度' },
  // …and Dr, the English abbreviation (Dr appointment, Dr Lin), is the doctor, as doctor is: without a row of its own its two
  // letters were read as the pinyin initials of a vocabulary word (d r, 丢人 once that was a key).
  { term: 'dr', target: '医生' },
  // Decision 0103 (helper srch63, batch 60): emo, the young's word for feeling low, is the 情绪 and 心理 of the emotional page,
  // as 自卑 and 丢人 are.
  { term: 'emo', target: '情绪' },
  { term: 'emo', target: '心理' },
  // Decision 0112 (helper srch69, batch 66): a food typed next to the disease as a keyword pair (白癜风 辣椒, 白斑 吃醋) is the
  // diet page's question; spicy food said as patients say it (辣椒, 火锅) is its 辛辣, vinegar eaten (吃醋) its 饮食.
  { term: '辣椒', target: '辛辣' },
  { term: '火锅', target: '辛辣' },
  { term: '吃醋', target: '饮食' },
  // Decision 0117 (helper srch73, batch 70): 戒口, the southern (Cantonese, Hakka, Min) word for keeping off foods while ill, is
  // the diet page's 忌口, as the spoken 忌嘴 is.
  { term: '戒口', target: '忌口' },
  // Decision 0119 (helper srch74, batch 71): whether it can kill, asked as patients ask it (会死人吗, 影响寿命吗, 致命吗),
  // is the question what-is-vitiligo answers in its own words: 不会直接危及生命. 活多久 and 会死 were tried and
  // left out: the reading took 照多久, 涂多久 and 的死皮 for them (four earlier queries and one of this batch fell).
  { term: '会死人', target: '危及生命' },
  { term: '寿命', target: '危及生命' },
  { term: '致命', target: '危及生命' },
  // Batch 72 (helper srch75, decision 0120): the armpit in English (armpit, armpits, underarm) is the articles' 腋窝,
  // as 胳肢窝 is; unknown, armpits was left out and white spots in armpits found the differential page first.
  { term: 'armpit', target: '腋窝' },
  { term: 'underarm', target: '腋窝' },
  // Decision 0121 (helper srch76, batch 73): pain in English (pain, painful, hurt, sore) is also the 灼痛 the light-therapy
  // pages write, as 疼 and 痛 are; alone, 疼痛 led does light therapy hurt to the sunburn line of the sun-protection page.
  { term: 'pain', target: '灼痛' },
  { term: 'painful', target: '灼痛' },
  { term: 'hurt', target: '灼痛' },
  // Decision 0125 (helper srch79, batch 76): 白蚀 (白蝕), the Cantonese and Taiwanese everyday name of the disease, is
  // 白癜风, as 白驳风 is; unknown, it was left out and 白蝕使唔使驗甲狀腺 lost the thyroid page.
  { term: '白蚀', target: '白癜风' },
  // …and on the English site, a referring nurse's or family doctor's words: pediatric / paediatric (the British spelling,
  // read as a slip only at the loose weight) are the children's pages' 儿童, as 儿科 is; the clinic is the hospital (医院,
  // as hospital is: 门诊 was measured, and made 门诊 a vocabulary word that dropped 夜间 from 夜间门诊几点到几点, an earlier
  // no-answer query, whose first page then left the hospital page); contact and email (邮箱 typed in Chinese) are the
  // hospital page's 联系方式 heading. referral / refer were tried as 初诊 and left out: a third meaning, it kept the
  // children's doctor out of paediatric vitiligo referral which doctor; unknown, they are dropped as stray words.
  { term: 'pediatric', target: '儿童' },
  { term: 'paediatric', target: '儿童' },
  { term: 'clinic', target: '医院' },
  { term: 'contact', target: '联系方式' },
  { term: 'email', target: '联系方式' },
  { term: '邮箱', target: '联系方式' },
  // Decision 0126 (helper srch80, batch 77): 少白头, the everyday word for hair gone grey young, is the articles' 白发 (cut
  // 少|白头, it was read as 青少年 and a slip for 白头发). Small injuries by their everyday names are the 外伤 of the Koebner
  // sign, as 擦破, 磕破, 刮痧 and 拔罐 are: an ear piercing (耳洞, 打耳洞), skin rubbed raw (磨破, also the 摩擦 it came from),
  // and on the English site a cut (also the 划伤 of the causes page), an injury and a piercing; unknown, husbands shaving cuts
  // are turning white found nothing at all. Measured and left out: burn → 烫伤 (burning skin after light treatment, an
  // earlier query, fell from first to nowhere: burning is the sensation), and the partner words (husband, wife, spouse,
  // partner, boyfriend, girlfriend → 夫妻, as 老公 / 老婆): six of this batch's English queries fell 1 → 2 — the partner is who
  // asks, not what is asked; unknown, those words are dropped as stray words.
  { term: '少白头', target: '白发' },
  { term: '耳洞', target: '外伤' },
  { term: '打耳洞', target: '外伤' },
  { term: '磨破', target: '摩擦' },
  { term: '磨破', target: '外伤' },
  { term: 'cut', target: '划伤' },
  { term: 'cut', target: '外伤' },
  { term: 'injury', target: '外伤' },
  { term: 'piercing', target: '外伤' },
  // Decision 0127 (helper srch81, batch 78): on the English site, the medical words a patient finds online: depigmentation
  // (and depigment, depigmented as its inflection) is the 色素脱失 what-is-vitiligo defines the disease by — unknown, it was
  // one slip from the key repigmentation and read as its opposite, 复色; immune (immune system) is the causes page's
  // 自身免疫, as autoimmune is. Probiotics (益生菌), a supplement by its name, are the diet page's 补充剂, as 保健品 is.
  // Measured and left out: 黑色素 as a second target of depigmentation (why does depigmentation happen 4 → 2, but
  // depigmentaion spreading fast lots of new spots 1 → not on the first page).
  { term: 'depigmentation', target: '色素脱失' },
  { term: 'depigment', target: '色素脱失' },
  // …and depigmented skin (a suitable sunscreen for depigmented skin) is the white patch itself, the 白斑 every care page
  // writes (decision 0139); depigmentation, the disease's name, keeps 色素脱失 alone.
  { term: 'depigment', target: '白斑' },
  { term: 'immune', target: '自身免疫' },
  { term: '益生菌', target: '补充剂' },
  // Decision 0128 (helper srch82, batch 79): a treated spot that feels hot (擦药后脸发烫, 涂了发烫) is the burning the topical
  // page writes as 烧灼感, as 火辣辣 and 灼烧 are (batch 22); cut 发|烫, it was read as 烫 of a scald (水温, 烫伤), and the topical
  // page came fourth behind the seasonal page's bath water. Measured and left out: 眉毛 → 毛发 (as 睫毛, 汗毛, 胡子 are: the
  // pinyin meimao baile then reached 眉毛, - → 2, but 文眉以后眉毛那块变白了 fell 1 → 9 and 眉毛那里有白斑 可以去纹眉吗 1 → 8),
  // 失眠 → 睡眠不足 (as 熬夜 is: no rank moved) and 停药 → 停用 (a lone 停 of 把药停了 then also read as 停用 beside 停车场:
  // that query stayed 6th, and five earlier ones fell, 放暑假能不能把光疗停一停 1 → 3 among them).
  { term: '发烫', target: '烧灼' },
  // Decision 0129 (helper srch83, batch 80): the bra by its everyday names (胸罩, 文胸, 乳罩; bra on the English site) is the
  // 内衣 whose edge the causes page names as a place of friction (内衣边缘); unknown, 胸罩边上一圈发白 kept only 一圈 and 发白
  // and the causes page was not on the first page. 社死 (the young's "social death", being shown up) is 心理 and 情绪, as 丢人
  // and 丢脸 are; paeds (the British clinician's short word) is 儿童, as paediatric; 白毛 (white hairs as said) is 白发, as
  // 白头发 and 少白头. Measured and left out: toddler → 儿童 / 孩子 (white patch on toddler after eczema, an earlier query, fell
  // 1 → 2), 夜诊 → 门诊时间 (no rank moved), and the holidays (春节, 过年, 国庆, 五一, 放假, 长假… → the hospital page's 节假日):
  // alone they brought 国庆节光疗室上班不 from nowhere to 10th, and with ON_DUTY (segment.ts) they moved no rank.
  { term: '胸罩', target: '内衣' },
  { term: '文胸', target: '内衣' },
  { term: '乳罩', target: '内衣' },
  { term: 'bra', target: '内衣' },
  { term: '社死', target: '心理' },
  { term: '社死', target: '情绪' },
  { term: 'paeds', target: '儿童' },
  { term: '白毛', target: '白发' },
  // Decision 0130 (helper srch84, batch 81): the check-ups of a pregnancy (产检, 孕检) are the pregnancy article's 孕期 (目前也没有
  // 办法在孕期检查出孩子将来是否会患病); unknown, 产检能查出宝宝以后会不会得白癜风吗 kept only 宝宝 and 白癜风 and the children's page led.
  // On the English site side effects are also the 反应 the light-therapy pages write (常见反应, 照射后可能出现的反应), not only the
  // topical page's 不良反应: dad doing 308 zhaoguang twice a week side effects had the topical page first and the excimer page not
  // on the first page. down → 情绪 (feeling down) was kept by the helper and taken out in review: a word of one English word, it made
  // the emotional-support page first for white spots down my arm and white patch down the back of my leg. The light therapy called by
  // the colour its lamp seems (蓝光) is 光疗, as 紫光 reaches the UV lamp; running (跑步) is the 运动 of the pages, as 健身 and 锻炼.
  // Measured and left out: 春游 / 秋游 / 郊游 → 户外活动 (no rank moved: the children's page, which names 户外活动 too, kept the
  // lead of 学校组织春游 白斑孩子要带啥), 裤腰 (and 裤腰带) → 腰带 (裤腰带勒的地方白了一圈, an earlier query, fell 1 → 4: read inside,
  // 裤腰带 was 腰带 itself), 来晚 / 迟到 → 门诊时间 (no rank moved, and the
  // key 来晚 is cut to 晚, which would have read every 晚 as the opening hours).
  { term: '产检', target: '孕期' },
  { term: '孕检', target: '孕期' },
  { term: 'side effect', target: '反应' },
  { term: '蓝光', target: '光疗' },
  { term: '跑步', target: '运动' },
  // Decision 0131 (helper srch85, batch 82): on the English site a strap (a watch strap, a bag strap, a bra strap) is the 摩擦 it
  // rubs, as rub and friction are (watch strap place skin go white found nothing at all); the next visit is the 复诊, as follow-up
  // is (next visit what bring had the hospital page first). Black sesame (黑芝麻), which the diet page names, is its 黑色食物: in
  // the vocabulary now, heizhima typed in pinyin is read as it (heizhima neng zhi baidianfeng ma read only 白癜风, diet page 8th). Measured and left out: the grandchild (孙子 / 孙女 / 外孙 / 外孙女 →
  // 孩子, as 娃): 孙女脸上长白斑上学会不会传给同学 fell 1 → 2 and 老人有白斑会传染给孙子吗 10 → - (the grandchild is who might
  // catch it, or who asks about school); 过给 → 传染 (the key read 过 inside 得过, 做过, 过不过: ten earlier queries fell, 以前得过皮肤癌
  // 还能做光疗吗 1 → 3; segment.ts's PASSED_TO reads 会 / 能 过给 instead); 勒 → 摩擦 (腰上皮带勒的地方变白了 fell 1 → 4); 起皮 → 鳞屑,
  // with 脱皮 or not (滚针以后脸上一直起皮 1 → 2; with 脱皮, 头顶一撮白毛 底下皮也白 lost half its recall@5); 看不清 → 模糊 (白斑边上模模糊糊的
  // 看不清界线 1 → 6, 皮肤镜报告看不懂 1 → -); go white / turn white → 变白 (…can they turn white again later 1 → 2, two more fell);
  // 偏方 / 土方 → 食疗方 or 来源不明 (方医生哪天出诊 带孩子看白斑 2 → -, 做Wood灯前一天能涂防晒吗 1 → 2); 开车 → 驾车 (开车过去有停车位吗
  // 1 → 2); 带娃 → 孩子 and 冒出 → 出现 (no rank moved); pass to → 传染 (grandson white spot can pass to me - → 1 and no earlier query
  // fell, but the stopword to leaves the key pass, a common word with other senses: pass the medical, pass away).
  { term: 'strap', target: '摩擦' },
  { term: 'next visit', target: '复诊' },
  { term: '黑芝麻', target: '黑色食物' },
  // Decision 0134 (helper srch87, batch 84): on the English site sweat is the 出汗 the seasonal and sun pages write (as 一身汗):
  // sweat gym vitiligo patches read only vitiligo and patches, the seasonal page nowhere. Measured and left out: gym → 运动 (as
  // 健身): no rank fell, but two earlier no-answer queries about a gym membership (gym membership discount, how much is a gym
  // membership near the hospital) got an article first. Itchy skin said so (皮肤痒) is the 瘙痒 the pages write, as 发痒 is: typed
  // glued, 皮肤痒 was corrected to 皮肤镜 (换季皮肤痒 白斑 had the dermoscopy page first, the seasonal page 5th).
  { term: 'sweat', target: '出汗' },
  { term: '皮肤痒', target: '瘙痒' },
  // Decision 0136 (helper srch89, batch 86): despair (绝望) is the 情绪 and 心理 of the emotional page, as 自卑 and 丢人 are (白癜风治不好
  // 很绝望 had the emotional page off the first page); the ID card as patients say it (身份证) is the 身份证件 the hospital page asks for
  // (看皮肤科要带身份证吗 had the hospital page 5th). Measured and left out: 化验单 → 检查报告 (复诊要把上次的化验单带上吗 and 复诊要带上次的
  // 化验单吗 lost half their recall@5); 想哭 → 情绪 (its key is 哭 alone once 想 is left out, and a child crying at the light box is not
  // low mood).
  { term: '绝望', target: '情绪' },
  { term: '绝望', target: '心理' },
  { term: '身份证', target: '身份证件' },
  // Decision 0137 (helper srch90, batch 87): born with it as said aloud (胎里带, 娘胎) is the 遗传 the pages write (婆婆说是胎里带的 had
  // neither the causes page nor what-is-vitiligo on the first page); a break at noon (中午休息, 午休) is asked of the hospital page's
  // 门诊时间 (中午休息吗 found the seasonal page). Measured and left out: 老专家 → 主任医师 (an earlier query fell 1 → 4 and three
  // earlier no-answer queries changed their first result); 变大 → 进展期 (three earlier queries fell, 2 → 3, 2 → 3, 6 → 10, and the
  // batch 87 query 孩子白斑一晚上变大了 did not move).
  { term: '胎里带', target: '遗传' },
  { term: '娘胎', target: '遗传' },
  { term: '中午休息', target: '门诊时间' },
  { term: '午休', target: '门诊时间' },
  // Decision 0138 (helper srch91, batch 88): a patch whose edge has gone dark (边上发黑) is the 色素加深 round a stable patch, as 黑边
  // is (白斑边上发黑 had the dermoscopy page 5th); white like porcelain (像瓷一样) is the 瓷白色 of what-is-vitiligo (cut alone, 瓷 was
  // in no page; 瓷砖 and 陶瓷 are cut whole and stay); on the English site a friend is the 朋友 of the emotional page's 家人和朋友 (how to
  // tell my friends i have vitiligo had no answer on the first page). Measured and left out: 痘痘 / 小痘痘 → 痤疮 (the batch 88 query
  // did not move, and three earlier no-answer queries got the topical page first); 涂药 → 涂抹, as 擦药 and 抹药 are (five earlier
  // queries fell); grow up → 长大 (ten earlier queries fell, one 1 → 4).
  { term: '发黑', target: '色素加深' },
  { term: '瓷', target: '瓷白色' },
  { term: 'friend', target: '朋友' },
];
