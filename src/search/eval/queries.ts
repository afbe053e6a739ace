/**
 * The labelled query set for `npm run eval:search`, written before the ranking was tuned.
 * `relevant`: article slugs that count as a right first answer (a FAQ hit counts for its article).
 * `split`: 'tune' queries were looked at while tuning; 'holdout' queries were not, and their
 * figures are printed separately so over-fitting shows.
 */
export type EvalKind = 'exact' | 'typo' | 'pinyin' | 'lay' | 'english' | 'number' | 'multi' | 'short';

export interface EvalQuery {
  q: string;
  relevant: string[];
  kind: EvalKind;
  split: 'tune' | 'holdout';
  /** The English site (/en/search) — same index, the query is in English. */
  locale?: 'en';
  /** 2: written blind in session 6, 3: in session 7, 4: in session 8, 5: in session 9, 6, 7 and 8: in session 11 (see their comments); each printed on its own line by the eval. */
  batch?: 2 | 3 | 4 | 5 | 6 | 7 | 8;
}

const T = 'tune' as const;
const H = 'holdout' as const;

export const EVAL_QUERIES: EvalQuery[] = [
  // Words as the articles write them.
  { q: '白癜风是什么', relevant: ['what-is-vitiligo'], kind: 'exact', split: T },
  { q: '黑色素细胞', relevant: ['melanocytes-explained'], kind: 'exact', split: T },
  { q: '白癜风病因', relevant: ['vitiligo-causes-triggers'], kind: 'exact', split: T },
  { q: '白癜风会传染吗', relevant: ['is-vitiligo-contagious'], kind: 'exact', split: H },
  { q: '节段型白癜风', relevant: ['segmental-vs-nonsegmental'], kind: 'exact', split: T },
  { q: '进展期', relevant: ['stable-vs-progressive-stage'], kind: 'exact', split: H },
  { q: '防晒', relevant: ['sun-protection-vitiligo'], kind: 'exact', split: T },
  { q: '饮食 忌口', relevant: ['vitiligo-diet-myths'], kind: 'exact', split: T },
  { q: '儿童白癜风', relevant: ['childrens-vitiligo-care'], kind: 'exact', split: H },
  { q: '心理支持', relevant: ['living-with-vitiligo-emotional-support'], kind: 'exact', split: T },
  { q: '遮盖化妆', relevant: ['cosmetic-camouflage'], kind: 'exact', split: T },
  { q: '四季护理', relevant: ['seasonal-skin-care'], kind: 'exact', split: H },
  { q: '伍德灯', relevant: ['woods-lamp-exam'], kind: 'exact', split: T },
  { q: '皮肤镜', relevant: ['dermoscopy-white-patches'], kind: 'exact', split: T },
  { q: '甲状腺', relevant: ['thyroid-tests-vitiligo'], kind: 'exact', split: H },
  { q: '复诊', relevant: ['follow-up-visits'], kind: 'exact', split: T },
  { q: '白斑鉴别', relevant: ['white-patches-differential'], kind: 'exact', split: T },
  { q: '微针脱皮', relevant: ['peeling-after-microneedling'], kind: 'exact', split: H },
  { q: '准分子光', relevant: ['excimer-308nm-light'], kind: 'exact', split: T },
  { q: '窄谱中波紫外线', relevant: ['nb-uvb-phototherapy'], kind: 'exact', split: T },
  { q: '外用药', relevant: ['topical-medicines-vitiligo'], kind: 'exact', split: H },
  { q: '表皮移植', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'exact', split: T },
  { q: '滚针', relevant: ['microneedling-as-adjunct', 'peeling-after-microneedling'], kind: 'exact', split: T },

  // Homophones typed with a pinyin input method (same sound, wrong character).
  { q: '白颠风传染', relevant: ['is-vitiligo-contagious'], kind: 'typo', split: T },
  { q: '白殿风是什么', relevant: ['what-is-vitiligo'], kind: 'typo', split: T },
  { q: '吴德灯', relevant: ['woods-lamp-exam'], kind: 'typo', split: T },
  { q: '皮肤境', relevant: ['dermoscopy-white-patches'], kind: 'typo', split: H },
  { q: '表皮移值', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'typo', split: T },
  { q: '准分紫光', relevant: ['excimer-308nm-light'], kind: 'typo', split: H },
  { q: '黑色素细包', relevant: ['melanocytes-explained'], kind: 'typo', split: T },
  { q: '甲状线检查', relevant: ['thyroid-tests-vitiligo'], kind: 'typo', split: T },
  { q: '白癫风饮食', relevant: ['vitiligo-diet-myths'], kind: 'typo', split: H },
  { q: '节断型', relevant: ['segmental-vs-nonsegmental'], kind: 'typo', split: T },
  { q: '伍德登', relevant: ['woods-lamp-exam'], kind: 'typo', split: H },

  // Pinyin typed as Latin letters (full and initials).
  { q: 'wudedeng', relevant: ['woods-lamp-exam'], kind: 'pinyin', split: T },
  { q: 'pifujing', relevant: ['dermoscopy-white-patches'], kind: 'pinyin', split: T },
  { q: 'biaopiyizhi', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'pinyin', split: H },
  { q: 'bdf 传染', relevant: ['is-vitiligo-contagious'], kind: 'pinyin', split: T },
  { q: 'baidianfeng yinshi', relevant: ['vitiligo-diet-myths'], kind: 'pinyin', split: H },
  { q: 'jiazhuangxian', relevant: ['thyroid-tests-vitiligo'], kind: 'pinyin', split: T },
  // A fuzzy-pinyin keyboard's slips (-ng/-n, zh/z): added with the fuzzy keys (session 5).
  { q: 'baidianfen chuanran', relevant: ['is-vitiligo-contagious'], kind: 'pinyin', split: H },
  { q: 'zunfenziguang', relevant: ['excimer-308nm-light'], kind: 'pinyin', split: H },

  // Lay words.
  { q: '白点 传染', relevant: ['is-vitiligo-contagious'], kind: 'lay', split: T },
  { q: '白斑 化妆', relevant: ['cosmetic-camouflage'], kind: 'lay', split: T },
  { q: '白斑是不是白癜风', relevant: ['white-patches-differential'], kind: 'lay', split: H },
  { q: '植皮手术', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'lay', split: T },
  { q: '激素药膏', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: T },
  { q: '小孩 白斑', relevant: ['childrens-vitiligo-care'], kind: 'lay', split: H },
  { q: '照光治疗', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'lay', split: T },
  { q: '紫外线灯照一照', relevant: ['woods-lamp-exam'], kind: 'lay', split: H },
  { q: '黑素细胞', relevant: ['melanocytes-explained'], kind: 'lay', split: T },

  // English (the English site searches the same articles).
  { q: 'vitiligo contagious', relevant: ['is-vitiligo-contagious'], kind: 'english', split: T, locale: 'en' },
  { q: 'excimer', relevant: ['excimer-308nm-light'], kind: 'english', split: T, locale: 'en' },
  { q: 'microneedling', relevant: ['microneedling-as-adjunct', 'peeling-after-microneedling'], kind: 'english', split: T, locale: 'en' },
  { q: "wood's lamp", relevant: ['woods-lamp-exam'], kind: 'english', split: H, locale: 'en' },
  { q: 'dermoscopy', relevant: ['dermoscopy-white-patches'], kind: 'english', split: T, locale: 'en' },
  { q: 'thyroid', relevant: ['thyroid-tests-vitiligo'], kind: 'english', split: H, locale: 'en' },
  { q: 'skin graft vitiligo', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'english', split: T, locale: 'en' },
  { q: 'vitiligo diet', relevant: ['vitiligo-diet-myths'], kind: 'english', split: H, locale: 'en' },
  { q: 'sunscreen', relevant: ['sun-protection-vitiligo'], kind: 'english', split: T, locale: 'en' },

  // Numbers and units.
  { q: '308', relevant: ['excimer-308nm-light'], kind: 'number', split: T },
  { q: '308nm', relevant: ['excimer-308nm-light'], kind: 'number', split: T },
  { q: '308 nm', relevant: ['excimer-308nm-light'], kind: 'number', split: H },
  { q: '308激光', relevant: ['excimer-308nm-light'], kind: 'number', split: T },
  { q: '311nm', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H },
  { q: '维生素c', relevant: ['vitiligo-diet-myths'], kind: 'number', split: T },

  // Several words.
  { q: '稳定期 表皮移植', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'multi', split: T },
  { q: '微针 术后 护理', relevant: ['peeling-after-microneedling'], kind: 'multi', split: T },
  { q: '进展期 避免', relevant: ['stable-vs-progressive-stage'], kind: 'multi', split: H },
  { q: '白斑 暗室', relevant: ['woods-lamp-exam'], kind: 'multi', split: T },
  { q: '甲状腺 检查', relevant: ['thyroid-tests-vitiligo'], kind: 'multi', split: T },
  { q: '白癜风 遗传', relevant: ['vitiligo-causes-triggers', 'is-vitiligo-contagious'], kind: 'multi', split: H },
  { q: '儿童 防晒', relevant: ['childrens-vitiligo-care', 'sun-protection-vitiligo'], kind: 'multi', split: T },

  // One and two characters.
  { q: '甲状', relevant: ['thyroid-tests-vitiligo'], kind: 'short', split: T },
  { q: '伍德', relevant: ['woods-lamp-exam'], kind: 'short', split: T },
  { q: '移植', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'short', split: H },
  { q: '镜', relevant: ['dermoscopy-white-patches'], kind: 'short', split: T },
  { q: '癜风', relevant: ['what-is-vitiligo', 'vitiligo-causes-triggers', 'is-vitiligo-contagious'], kind: 'short', split: H },

  // Batch 2 (session 6, branch srch2): 30 queries written as a patient would type them, BEFORE the
  // search code, the synonym seed or the rest of this file past its first section was read — only
  // the demo articles' slugs, titles and headings. Every one is 'holdout'; do not tune against them.
  // Homophones of other terms (same pinyin, wrong character), and one lay word typed wrong.
  { q: '遮盖化装', relevant: ['cosmetic-camouflage'], kind: 'typo', split: H, batch: 2 },
  { q: '表皮移殖', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'typo', split: H, batch: 2 },
  { q: '白色康疹', relevant: ['white-patches-differential'], kind: 'typo', split: H, batch: 2 },
  { q: '钙调林酸酶抑制剂', relevant: ['topical-medicines-vitiligo'], kind: 'typo', split: H, batch: 2 },
  { q: '手上长白班', relevant: ['what-is-vitiligo', 'white-patches-differential'], kind: 'typo', split: H, batch: 2 },
  // Pinyin typed as Latin letters: full, initials, with a space between words.
  { q: 'jiazhuangxian', relevant: ['thyroid-tests-vitiligo'], kind: 'pinyin', split: H, batch: 2 },
  { q: 'fangshai', relevant: ['sun-protection-vitiligo'], kind: 'pinyin', split: H, batch: 2 },
  { q: 'pfj', relevant: ['dermoscopy-white-patches'], kind: 'pinyin', split: H, batch: 2 },
  { q: 'weizhen tuopi', relevant: ['peeling-after-microneedling'], kind: 'pinyin', split: H, batch: 2 },
  // Lay words: the symptom or the treatment described, not named.
  { q: '身上长白点', relevant: ['what-is-vitiligo', 'white-patches-differential'], kind: 'lay', split: H, batch: 2 },
  { q: '白斑会不会越来越大', relevant: ['stable-vs-progressive-stage', 'what-is-vitiligo'], kind: 'lay', split: H, batch: 2 },
  { q: '白斑上长白头发', relevant: ['melanocytes-explained', 'dermoscopy-white-patches'], kind: 'lay', split: H, batch: 2 },
  { q: '白癜风擦什么药膏', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 2 },
  { q: '照光治疗', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'lay', split: H, batch: 2 },
  { q: '植皮手术', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'lay', split: H, batch: 2 },
  { q: '白癜风能吃海鲜吗', relevant: ['vitiligo-diet-myths'], kind: 'lay', split: H, batch: 2 },
  { q: '得了白癜风心情不好很自卑', relevant: ['living-with-vitiligo-emotional-support'], kind: 'lay', split: H, batch: 2 },
  // English on the English site.
  { q: 'sunscreen', relevant: ['sun-protection-vitiligo'], kind: 'english', split: H, locale: 'en', batch: 2 },
  { q: 'skin graft', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'english', split: H, locale: 'en', batch: 2 },
  { q: 'Wood lamp', relevant: ['woods-lamp-exam'], kind: 'english', split: H, locale: 'en', batch: 2 },
  { q: 'is vitiligo contagious', relevant: ['is-vitiligo-contagious'], kind: 'english', split: H, locale: 'en', batch: 2 },
  // Numbers, units and device names: full-width digits, a space inside the name, the other wavelength.
  { q: '３０８ｎｍ', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 2 },
  { q: 'NB UVB', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 2 },
  { q: '311nm', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 2 },
  // Long questions with filler words.
  { q: '请问医生，我家小孩做了微针以后脸上一直掉皮怎么办啊', relevant: ['peeling-after-microneedling'], kind: 'multi', split: H, batch: 2 },
  { q: '你好，想问一下白癜风多久要去医院复查一次呢？', relevant: ['follow-up-visits'], kind: 'multi', split: H, batch: 2 },
  // Mixed Chinese–Latin, lower case.
  { q: '维生素c', relevant: ['vitiligo-diet-myths'], kind: 'multi', split: H, batch: 2 },
  // Traditional characters (繁體), as typed in Hong Kong, Taiwan or by older patients.
  { q: '白癜風會傳染嗎', relevant: ['is-vitiligo-contagious'], kind: 'typo', split: H, batch: 2 },
  { q: '皮膚鏡檢查', relevant: ['dermoscopy-white-patches'], kind: 'typo', split: H, batch: 2 },
  // Punctuation and emoji around the words.
  { q: '白斑😭😭怎么办？？？', relevant: ['what-is-vitiligo', 'white-patches-differential'], kind: 'lay', split: H, batch: 2 },

  // Batch 3 (session 7): traditional characters as typed in Hong Kong and Taiwan, written before
  // any traditional-to-simplified folding existed, and run once before it (the figure in the
  // commit). Words of the clinic vocabulary and everyday words alike, some with Taiwan usage
  // (雷射 for laser, 遮瑕 for concealer).
  { q: '黑色素細胞是什麼', relevant: ['melanocytes-explained'], kind: 'typo', split: H, batch: 3 },
  { q: '白癜風的病因', relevant: ['vitiligo-causes-triggers'], kind: 'typo', split: H, batch: 3 },
  { q: '節段型白癜風', relevant: ['segmental-vs-nonsegmental'], kind: 'typo', split: H, batch: 3 },
  { q: '兒童白斑護理', relevant: ['childrens-vitiligo-care'], kind: 'typo', split: H, batch: 3 },
  { q: '曬太陽要擦防曬霜嗎', relevant: ['sun-protection-vitiligo'], kind: 'typo', split: H, batch: 3 },
  { q: '甲狀腺檢查', relevant: ['thyroid-tests-vitiligo'], kind: 'typo', split: H, batch: 3 },
  { q: '微針後脫皮', relevant: ['peeling-after-microneedling'], kind: 'typo', split: H, batch: 3 },
  { q: '準分子雷射', relevant: ['excimer-308nm-light'], kind: 'typo', split: H, batch: 3 },
  { q: '外用藥膏 副作用', relevant: ['topical-medicines-vitiligo'], kind: 'typo', split: H, batch: 3 },
  { q: '表皮移植手術', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'typo', split: H, batch: 3 },
  { q: '穩定期還是進展期', relevant: ['stable-vs-progressive-stage'], kind: 'typo', split: H, batch: 3 },
  { q: '情緒低落 心理壓力', relevant: ['living-with-vitiligo-emotional-support'], kind: 'typo', split: H, batch: 3 },
  { q: '遮瑕 化妝品', relevant: ['cosmetic-camouflage'], kind: 'typo', split: H, batch: 3 },
  { q: '飲食要忌口嗎', relevant: ['vitiligo-diet-myths'], kind: 'typo', split: H, batch: 3 },
  { q: '多久複診一次', relevant: ['follow-up-visits'], kind: 'typo', split: H, batch: 3 },
  { q: '伍德燈檢查', relevant: ['woods-lamp-exam'], kind: 'typo', split: H, batch: 3 },
  // Batch 4 (session 8): written blind by a new author from the demo articles only, before reading
  // the search code, the synonym seed or the queries above; run once unchanged (the figure in the
  // commit). Phone typing: look-alike characters (形近字), voice input, mixed pinyin, tones and
  // spaces, abbreviations, misspelt drug and device names, body part + symptom, cost and time,
  // children and pregnancy, English (misspelt too), numbers and units, emoji, traditional
  // characters. `relevant: []`: the content has no answer; those are not scored, the eval lists
  // what they return.
  // Look-alike characters, not only the same pinyin.
  { q: '白瘢风是什么', relevant: ['what-is-vitiligo'], kind: 'typo', split: H, batch: 4 },
  { q: '白癫风会传染吗', relevant: ['is-vitiligo-contagious'], kind: 'typo', split: H, batch: 4 },
  { q: '白颠疯', relevant: ['what-is-vitiligo'], kind: 'typo', split: H, batch: 4 },
  { q: '淮分子光', relevant: ['excimer-308nm-light'], kind: 'typo', split: H, batch: 4 },
  { q: '伍得灯检查', relevant: ['woods-lamp-exam'], kind: 'typo', split: H, batch: 4 },
  { q: '甲壮腺检查', relevant: ['thyroid-tests-vitiligo'], kind: 'typo', split: H, batch: 4 },
  { q: '钙调鳞酸酶抑制剂', relevant: ['topical-medicines-vitiligo'], kind: 'typo', split: H, batch: 4 },
  { q: '表皮移殖', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'typo', split: H, batch: 4 },
  { q: '皮肤境', relevant: ['dermoscopy-white-patches'], kind: 'typo', split: H, batch: 4 },
  { q: '徽针后脱皮', relevant: ['peeling-after-microneedling'], kind: 'typo', split: H, batch: 4 },
  { q: '窄普中波紫外线', relevant: ['nb-uvb-phototherapy'], kind: 'typo', split: H, batch: 4 },
  { q: '光疗仓', relevant: ['nb-uvb-phototherapy'], kind: 'typo', split: H, batch: 4 },
  // Voice input: run-on questions with fillers.
  { q: '那个就是我脸上长了白斑嗯想问一下会不会传染给家里人', relevant: ['is-vitiligo-contagious'], kind: 'multi', split: H, batch: 4 },
  { q: '嗯医生我想问一下就是做完那个微针以后脸上一直掉皮怎么办', relevant: ['peeling-after-microneedling'], kind: 'multi', split: H, batch: 4 },
  { q: '就是那个照光的治疗一个星期要去几次啊', relevant: ['excimer-308nm-light', 'nb-uvb-phototherapy'], kind: 'multi', split: H, batch: 4 },
  { q: '那个白癜风的话是不是不能吃海鲜啊', relevant: ['vitiligo-diet-myths'], kind: 'multi', split: H, batch: 4 },
  { q: '我家孩子五岁身上有白斑嗯那个平时要怎么护理', relevant: ['childrens-vitiligo-care'], kind: 'multi', split: H, batch: 4 },
  { q: '就是想问一下嗯皮肤上有白斑是不是就一定是白癜风', relevant: ['white-patches-differential'], kind: 'multi', split: H, batch: 4 },
  // Mixed pinyin and characters; pinyin with tones or spaces; initials.
  { q: 'bai癜风会遗传吗', relevant: ['what-is-vitiligo', 'vitiligo-causes-triggers'], kind: 'pinyin', split: H, batch: 4 },
  { q: '308jiguang', relevant: ['excimer-308nm-light'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'zhun分子光', relevant: ['excimer-308nm-light'], kind: 'pinyin', split: H, batch: 4 },
  { q: '伍德deng', relevant: ['woods-lamp-exam'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'jiazhuangxian检查', relevant: ['thyroid-tests-vitiligo'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'bái diàn fēng', relevant: ['what-is-vitiligo'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'wei zhen tuo pi', relevant: ['peeling-after-microneedling'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'fang shai', relevant: ['sun-protection-vitiligo'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'pífūjìng', relevant: ['dermoscopy-white-patches'], kind: 'pinyin', split: H, batch: 4 },
  { q: 'bdf传染吗', relevant: ['is-vitiligo-contagious'], kind: 'pinyin', split: H, batch: 4 },
  // Abbreviations, drug and device names as patients type them.
  { q: 'NBUVB', relevant: ['nb-uvb-phototherapy'], kind: 'short', split: H, batch: 4 },
  { q: 'nb uvb光疗', relevant: ['nb-uvb-phototherapy'], kind: 'english', split: H, batch: 4 },
  { q: 'TSH', relevant: ['thyroid-tests-vitiligo'], kind: 'short', split: H, batch: 4 },
  { q: 'SPF选多少', relevant: ['sun-protection-vitiligo'], kind: 'lay', split: H, batch: 4 },
  { q: '他克莫斯软膏', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 4 },
  { q: '比美莫司', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 4 },
  { q: '伍兹灯', relevant: ['woods-lamp-exam'], kind: 'lay', split: H, batch: 4 },
  { q: '准分子激光', relevant: ['excimer-308nm-light'], kind: 'lay', split: H, batch: 4 },
  { q: '激素药膏副作用', relevant: ['topical-medicines-vitiligo', 'childrens-vitiligo-care'], kind: 'lay', split: H, batch: 4 },
  // Body part + what the patient sees.
  { q: '手指上的白点越来越多', relevant: ['what-is-vitiligo', 'stable-vs-progressive-stage'], kind: 'lay', split: H, batch: 4 },
  { q: '小孩脸上一块一块淡白色的还起皮', relevant: ['white-patches-differential'], kind: 'lay', split: H, batch: 4 },
  { q: '腰上皮带勒的地方变白了', relevant: ['vitiligo-causes-triggers'], kind: 'lay', split: H, batch: 4 },
  { q: '后背出汗的地方长白斑', relevant: ['white-patches-differential', 'is-vitiligo-contagious'], kind: 'lay', split: H, batch: 4 },
  { q: '白斑上的头发也白了', relevant: ['melanocytes-explained', 'segmental-vs-nonsegmental'], kind: 'lay', split: H, batch: 4 },
  // Cost, time, insurance.
  { q: '微针多少钱一次', relevant: ['peeling-after-microneedling', 'microneedling-as-adjunct'], kind: 'multi', split: H, batch: 4 },
  { q: '准分子光照多久能看到效果', relevant: ['excimer-308nm-light'], kind: 'multi', split: H, batch: 4 },
  { q: '光疗一个疗程要几个月', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'multi', split: H, batch: 4 },
  { q: '白癜风治疗能报医保吗', relevant: [], kind: 'multi', split: H, batch: 4 },
  // Children and pregnancy.
  { q: '怀孕了可以照光吗', relevant: ['excimer-308nm-light', 'nb-uvb-phototherapy'], kind: 'lay', split: H, batch: 4 },
  { q: '哺乳期能涂药膏吗', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 4 },
  { q: '宝宝白癜风', relevant: ['childrens-vitiligo-care'], kind: 'lay', split: H, batch: 4 },
  { q: '小孩能做伍德灯吗', relevant: ['woods-lamp-exam'], kind: 'multi', split: H, batch: 4 },
  { q: '孕妇能做微针吗', relevant: ['peeling-after-microneedling', 'microneedling-as-adjunct'], kind: 'lay', split: H, batch: 4 },
  // English on the English site, misspelt too.
  { q: 'is vitiligo contagious', relevant: ['is-vitiligo-contagious'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'vitilgo sunscreen', relevant: ['sun-protection-vitiligo'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'microneedling peeling', relevant: ['peeling-after-microneedling'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'woods lamp', relevant: ['woods-lamp-exam'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'excimer laser 308 nm', relevant: ['excimer-308nm-light'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'thyriod test', relevant: ['thyroid-tests-vitiligo'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'skin graft vitiligo', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'vitiligo kids', relevant: ['childrens-vitiligo-care'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'diet myths vitamin c', relevant: ['vitiligo-diet-myths'], kind: 'english', split: H, locale: 'en', batch: 4 },
  { q: 'white spots on skin', relevant: ['white-patches-differential'], kind: 'english', split: H, locale: 'en', batch: 4 },
  // Numbers with units in every shape.
  { q: '308 纳米', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 4 },
  { q: '311nm', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 4 },
  { q: '365 nm的灯', relevant: ['woods-lamp-exam'], kind: 'number', split: H, batch: 4 },
  { q: '３０８ｎｍ', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 4 },
  { q: '每周照2到3次', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 4 },
  { q: '微针脱皮3-7天正常吗', relevant: ['peeling-after-microneedling'], kind: 'number', split: H, batch: 4 },
  { q: '308nm和311nm有什么区别', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'number', split: H, batch: 4 },
  // Emoji and punctuation noise.
  { q: '白斑😭😭会传染吗？？？', relevant: ['is-vitiligo-contagious'], kind: 'exact', split: H, batch: 4 },
  { q: '【防晒】！！！', relevant: ['sun-protection-vitiligo'], kind: 'exact', split: H, batch: 4 },
  { q: '微针…脱皮？！', relevant: ['peeling-after-microneedling'], kind: 'exact', split: H, batch: 4 },
  { q: '👶儿童白斑', relevant: ['childrens-vitiligo-care'], kind: 'exact', split: H, batch: 4 },
  // Traditional characters.
  { q: '白癜風會傳染嗎', relevant: ['is-vitiligo-contagious'], kind: 'typo', split: H, batch: 4 },
  { q: '兒童白斑護理', relevant: ['childrens-vitiligo-care'], kind: 'typo', split: H, batch: 4 },
  { q: '準分子光', relevant: ['excimer-308nm-light'], kind: 'typo', split: H, batch: 4 },
  { q: '甲狀腺檢查', relevant: ['thyroid-tests-vitiligo'], kind: 'typo', split: H, batch: 4 },
  // No right answer in the content.
  { q: '植发多少钱', relevant: [], kind: 'multi', split: H, batch: 4 },
  { q: '近视眼手术', relevant: [], kind: 'multi', split: H, batch: 4 },
  { q: '狐臭怎么办', relevant: [], kind: 'lay', split: H, batch: 4 },
  // Batch 5, written blind in session 9 by a new author, from the demo articles only (before the
  // search code, the synonym seed or the other queries were read): questions asked as to a friend,
  // numbers in every shape, short forms, words cut short, a body part with a colour or shape,
  // parents asking about a child, worry about cost, time, pain and scars, wrong characters in
  // two-word queries, pinyin with and without spaces and tone digits, English, traditional characters.
  // Asked as to a friend.
  { q: '白癜风会不会传染啊', relevant: ['is-vitiligo-contagious'], kind: 'lay', split: H, batch: 5 },
  { q: '白癜风能不能根治', relevant: ['what-is-vitiligo'], kind: 'lay', split: H, batch: 5 },
  { q: '跟老公住一起会传染吗', relevant: ['is-vitiligo-contagious'], kind: 'lay', split: H, batch: 5 },
  { q: '吃黑芝麻有用没', relevant: ['vitiligo-diet-myths'], kind: 'lay', split: H, batch: 5 },
  { q: '白癜风能不能吃海鲜', relevant: ['vitiligo-diet-myths'], kind: 'multi', split: H, batch: 5 },
  { q: '白癜风会遗传给孩子吗', relevant: ['what-is-vitiligo', 'vitiligo-causes-triggers'], kind: 'multi', split: H, batch: 5 },
  { q: '我脸上长了一块白斑不痛不痒是不是白癜风啊', relevant: ['white-patches-differential', 'what-is-vitiligo'], kind: 'multi', split: H, batch: 5 },
  { q: '医生说我是进展期那我还能做微针吗', relevant: ['stable-vs-progressive-stage', 'microneedling-as-adjunct', 'peeling-after-microneedling'], kind: 'multi', split: H, batch: 5 },
  { q: '做完光疗当天能不能出去晒太阳', relevant: ['excimer-308nm-light', 'sun-protection-vitiligo', 'nb-uvb-phototherapy'], kind: 'multi', split: H, batch: 5 },
  // Numbers in every shape.
  { q: '光疗一周两到三次', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 5 },
  { q: '光疗每周2-3次', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 5 },
  { q: '照光一周二三次', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 5 },
  { q: '每周1到2次照射', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 5 },
  { q: '311纳米', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 5 },
  { q: '311 nm 光疗', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 5 },
  { q: '３０８准分子', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 5 },
  { q: '365nm紫外线灯', relevant: ['woods-lamp-exam'], kind: 'number', split: H, batch: 5 },
  { q: '脱皮3-7天正常吗', relevant: ['peeling-after-microneedling'], kind: 'number', split: H, batch: 5 },
  { q: '脱皮超过2周', relevant: ['peeling-after-microneedling'], kind: 'number', split: H, batch: 5 },
  { q: '稳定1年能做移植吗', relevant: ['epidermal-grafting-stable-vitiligo', 'stable-vs-progressive-stage'], kind: 'number', split: H, batch: 5 },
  { q: '10点到4点要防晒吗', relevant: ['sun-protection-vitiligo'], kind: 'number', split: H, batch: 5 },
  { q: '防晒霜提前15分钟涂', relevant: ['sun-protection-vitiligo'], kind: 'number', split: H, batch: 5 },
  { q: '情绪低落两周以上', relevant: ['living-with-vitiligo-emotional-support'], kind: 'number', split: H, batch: 5 },
  // Short forms of medicines and procedures; words cut short.
  { q: '激素膏会让皮肤变薄吗', relevant: ['topical-medicines-vitiligo'], kind: 'short', split: H, batch: 5 },
  { q: '他克莫司', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 5 },
  { q: '钙调 药膏', relevant: ['topical-medicines-vitiligo'], kind: 'short', split: H, batch: 5 },
  { q: '准分子激光价格', relevant: ['excimer-308nm-light'], kind: 'short', split: H, batch: 5 },
  { q: '吸疱移植', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'short', split: H, batch: 5 },
  { q: '查甲功', relevant: ['thyroid-tests-vitiligo'], kind: 'short', split: H, batch: 5 },
  { q: 'TSH偏高', relevant: ['thyroid-tests-vitiligo'], kind: 'short', split: H, batch: 5 },
  { q: '防晒霜怎么选', relevant: ['sun-protection-vitiligo'], kind: 'short', split: H, batch: 5 },
  { q: '遮瑕选色号', relevant: ['cosmetic-camouflage'], kind: 'short', split: H, batch: 5 },
  { q: '窄谱疗程多久', relevant: ['nb-uvb-phototherapy'], kind: 'short', split: H, batch: 5 },
  { q: '复诊带啥', relevant: ['follow-up-visits'], kind: 'short', split: H, batch: 5 },
  // A body part with a colour or shape.
  { q: '白斑里的汗毛也白了', relevant: ['melanocytes-explained'], kind: 'lay', split: H, batch: 5 },
  { q: '胸口背上淡褐色斑有皮屑', relevant: ['white-patches-differential'], kind: 'lay', split: H, batch: 5 },
  { q: '白斑周围小白点像纸屑', relevant: ['stable-vs-progressive-stage'], kind: 'lay', split: H, batch: 5 },
  { q: '腰带那圈变白了', relevant: ['vitiligo-causes-triggers'], kind: 'lay', split: H, batch: 5 },
  { q: '半边脸白斑', relevant: ['segmental-vs-nonsegmental'], kind: 'lay', split: H, batch: 5 },
  { q: '手指白斑好得慢', relevant: ['melanocytes-explained'], kind: 'lay', split: H, batch: 5 },
  // A parent asking about a child.
  { q: '小孩脸上淡白色的斑', relevant: ['white-patches-differential'], kind: 'lay', split: H, batch: 5 },
  { q: '孩子白癜风能用激素吗', relevant: ['childrens-vitiligo-care'], kind: 'multi', split: H, batch: 5 },
  { q: '小孩能照紫外线吗', relevant: ['nb-uvb-phototherapy', 'childrens-vitiligo-care'], kind: 'lay', split: H, batch: 5 },
  { q: '我家宝宝身上有白斑', relevant: ['childrens-vitiligo-care'], kind: 'lay', split: H, batch: 5 },
  { q: '女儿在学校被同学笑话白斑', relevant: ['childrens-vitiligo-care', 'is-vitiligo-contagious'], kind: 'lay', split: H, batch: 5 },
  // Worry about cost, time, pain and scars.
  { q: '微针疼不疼', relevant: ['microneedling-as-adjunct', 'peeling-after-microneedling'], kind: 'lay', split: H, batch: 5 },
  { q: '微针会留疤吗', relevant: ['microneedling-as-adjunct', 'peeling-after-microneedling'], kind: 'lay', split: H, batch: 5 },
  { q: '植皮手术费用', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'lay', split: H, batch: 5 },
  { q: '移植后多久见效', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'multi', split: H, batch: 5 },
  { q: '照光会不会晒黑', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'lay', split: H, batch: 5 },
  // A wrong character (look-alike or same pinyin) in a two-word query.
  { q: '白癫疯 遗传', relevant: ['what-is-vitiligo', 'vitiligo-causes-triggers'], kind: 'typo', split: H, batch: 5 },
  { q: '吴德灯 照一照', relevant: ['woods-lamp-exam'], kind: 'typo', split: H, batch: 5 },
  { q: '皮肤境 白斑', relevant: ['dermoscopy-white-patches'], kind: 'typo', split: H, batch: 5 },
  { q: '甲壮腺 白斑', relevant: ['thyroid-tests-vitiligo'], kind: 'typo', split: H, batch: 5 },
  { q: '准份子光 副作用', relevant: ['excimer-308nm-light'], kind: 'typo', split: H, batch: 5 },
  { q: '窄普光疗', relevant: ['nb-uvb-phototherapy'], kind: 'typo', split: H, batch: 5 },
  { q: '表皮移值 费用', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'typo', split: H, batch: 5 },
  { q: '遮瑕化装', relevant: ['cosmetic-camouflage'], kind: 'typo', split: H, batch: 5 },
  { q: '糖皮质急素', relevant: ['topical-medicines-vitiligo'], kind: 'typo', split: H, batch: 5 },
  { q: '节断型白癜风', relevant: ['segmental-vs-nonsegmental'], kind: 'typo', split: H, batch: 5 },
  // Pinyin, with and without spaces and tone digits.
  { q: 'bai2dian4feng1 chuan2ran3', relevant: ['is-vitiligo-contagious'], kind: 'pinyin', split: H, batch: 5 },
  { q: 'bai dian feng', relevant: ['what-is-vitiligo'], kind: 'pinyin', split: H, batch: 5 },
  { q: 'wei4zhen1 tuo1pi2', relevant: ['peeling-after-microneedling'], kind: 'pinyin', split: H, batch: 5 },
  { q: 'jia zhuang xian jian cha', relevant: ['thyroid-tests-vitiligo'], kind: 'pinyin', split: H, batch: 5 },
  { q: 'zhun fen zi guang', relevant: ['excimer-308nm-light'], kind: 'pinyin', split: H, batch: 5 },
  // English on the English site, with misspellings and plurals.
  { q: 'is vitiligo contageous', relevant: ['is-vitiligo-contagious'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: "wood's lamp test", relevant: ['woods-lamp-exam'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'peeling after microneedling', relevant: ['peeling-after-microneedling'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'sunscreens', relevant: ['sun-protection-vitiligo'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'thyroid tests', relevant: ['thyroid-tests-vitiligo'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'skin grafts', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'dermatoscopy', relevant: ['dermoscopy-white-patches'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'tacrolimus', relevant: ['topical-medicines-vitiligo'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'steroid creams', relevant: ['topical-medicines-vitiligo'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'narrowband uvb', relevant: ['nb-uvb-phototherapy'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'camouflage makeup', relevant: ['cosmetic-camouflage'], kind: 'english', split: H, batch: 5, locale: 'en' },
  { q: 'melanocites', relevant: ['melanocytes-explained'], kind: 'english', split: H, batch: 5, locale: 'en' },
  // Traditional characters.
  { q: '夫妻會傳染嗎', relevant: ['is-vitiligo-contagious'], kind: 'exact', split: H, batch: 5 },
  { q: '兒童白癜風', relevant: ['childrens-vitiligo-care'], kind: 'exact', split: H, batch: 5 },
  { q: '準分子光 療程', relevant: ['excimer-308nm-light'], kind: 'exact', split: H, batch: 5 },
  { q: '皮膚鏡和伍德燈有什麼不同', relevant: ['dermoscopy-white-patches'], kind: 'exact', split: H, batch: 5 },
  { q: '飲食禁忌', relevant: ['vitiligo-diet-myths'], kind: 'exact', split: H, batch: 5 },
  // Batch 6, written blind in session 11 before any change of that session: how patients ask on a
  // phone (whole questions, colloquial words, a look-alike in a long question, a number with its
  // unit split, initials, English on the English site). First run (a652e71 + the prefilter and load
  // commits, which do not touch ranking): MRR 0.880, recall@5 0.905.
  { q: '脸上突然长了块白斑是什么原因', relevant: ['white-patches-differential', 'vitiligo-causes-triggers'], kind: 'multi', split: H, batch: 6 },
  { q: '白癜风吃什么好', relevant: ['vitiligo-diet-myths'], kind: 'multi', split: H, batch: 6 },
  { q: '维c能吃吗', relevant: ['vitiligo-diet-myths'], kind: 'multi', split: H, batch: 6 },
  { q: '晒太阳对白斑好还是不好', relevant: ['sun-protection-vitiligo'], kind: 'multi', split: H, batch: 6 },
  { q: '小孩身上有白点', relevant: ['childrens-vitiligo-care', 'white-patches-differential'], kind: 'lay', split: H, batch: 6 },
  { q: '308多久照一次', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 6 },
  { q: '308 nm 准分子 疗程', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 6 },
  { q: '滚针后掉皮', relevant: ['peeling-after-microneedling'], kind: 'lay', split: H, batch: 6 },
  { q: '微针做完结痂怎么办', relevant: ['peeling-after-microneedling'], kind: 'multi', split: H, batch: 6 },
  { q: '白斑会不会越来越大', relevant: ['stable-vs-progressive-stage'], kind: 'lay', split: H, batch: 6 },
  { q: '怎么判断白癜风稳定了', relevant: ['stable-vs-progressive-stage'], kind: 'multi', split: H, batch: 6 },
  { q: '白癜风能植皮吗', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'lay', split: H, batch: 6 },
  { q: '激素药膏能长期用吗', relevant: ['topical-medicines-vitiligo'], kind: 'multi', split: H, batch: 6 },
  { q: '甲功要查吗', relevant: ['thyroid-tests-vitiligo'], kind: 'lay', split: H, batch: 6 },
  { q: '跟白癜风病人握手会传染吗', relevant: ['is-vitiligo-contagious'], kind: 'multi', split: H, batch: 6 },
  { q: '白癜风会遗传给孩子吗', relevant: ['vitiligo-causes-triggers', 'what-is-vitiligo'], kind: 'multi', split: H, batch: 6 },
  { q: '得了白斑压力好大', relevant: ['living-with-vitiligo-emotional-support'], kind: 'lay', split: H, batch: 6 },
  { q: '遮瑕膏能盖住白斑吗', relevant: ['cosmetic-camouflage'], kind: 'multi', split: H, batch: 6 },
  { q: '冬天白癜风要注意什么', relevant: ['seasonal-skin-care'], kind: 'multi', split: H, batch: 6 },
  { q: 'bdf shi shen me', relevant: ['what-is-vitiligo'], kind: 'pinyin', split: H, batch: 6 },
  { q: '白殿疯怎么回事', relevant: ['what-is-vitiligo'], kind: 'typo', split: H, batch: 6 },
  { q: '花斑癣和白癜风区别', relevant: ['white-patches-differential'], kind: 'multi', split: H, batch: 6 },
  { q: 'NB UVB 一周几次', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 6 },
  { q: '节段性白癜风', relevant: ['segmental-vs-nonsegmental'], kind: 'typo', split: H, batch: 6 },
  { q: '黑色素是怎么来的', relevant: ['melanocytes-explained'], kind: 'multi', split: H, batch: 6 },
  { q: '复诊要拍照吗', relevant: ['follow-up-visits'], kind: 'multi', split: H, batch: 6 },
  { q: '皮肤镜能看出白癜风吗', relevant: ['dermoscopy-white-patches'], kind: 'multi', split: H, batch: 6 },
  { q: '白癜风 暗室 检查', relevant: ['woods-lamp-exam'], kind: 'multi', split: H, batch: 6 },
  { q: '白癜风病人可以化妆吗', relevant: ['cosmetic-camouflage'], kind: 'multi', split: H, batch: 6 },
  { q: '白颠风会扩散吗', relevant: ['stable-vs-progressive-stage'], kind: 'typo', split: H, batch: 6 },
  { q: '光疗会不会晒黑', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'multi', split: H, batch: 6 },
  { q: '那个白斑用灯照一下是查什么的', relevant: ['woods-lamp-exam'], kind: 'lay', split: H, batch: 6 },
  { q: '白癜风可以根治吗', relevant: ['what-is-vitiligo', 'stable-vs-progressive-stage'], kind: 'multi', split: H, batch: 6 },
  { q: 'vitiligo in kids', relevant: ['childrens-vitiligo-care'], kind: 'english', split: H, batch: 6, locale: 'en' },
  { q: 'is vitiligo genetic', relevant: ['vitiligo-causes-triggers', 'what-is-vitiligo'], kind: 'english', split: H, batch: 6, locale: 'en' },
  { q: 'light therapy how often', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'english', split: H, batch: 6, locale: 'en' },
  { q: 'white spots on skin', relevant: ['white-patches-differential', 'what-is-vitiligo'], kind: 'english', split: H, batch: 6, locale: 'en' },
  // Batch 7, written blind in session 11 after batch 6 had been looked at and before the English
  // and lay words of that session were added: English as a visitor to the English site types it,
  // and more everyday Chinese. First run: MRR 0.400, recall@5 0.383 (English words the synonym table
  // did not name found nothing; "and" was read as a brand name's initials).
  { q: 'does vitiligo spread', relevant: ['stable-vs-progressive-stage'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'vitiligo treatment options', relevant: ['nb-uvb-phototherapy', 'topical-medicines-vitiligo', 'excimer-308nm-light', 'epidermal-grafting-stable-vitiligo', 'microneedling-as-adjunct'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'uv light treatment', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'steroid cream side effects', relevant: ['topical-medicines-vitiligo'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'can kids get vitiligo', relevant: ['childrens-vitiligo-care'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'hereditary', relevant: ['vitiligo-causes-triggers', 'what-is-vitiligo'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'foods to avoid', relevant: ['vitiligo-diet-myths'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'sunburn', relevant: ['sun-protection-vitiligo'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'winter skin care', relevant: ['seasonal-skin-care'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'blood test for thyroid', relevant: ['thyroid-tests-vitiligo'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'how often checkups', relevant: ['follow-up-visits'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'cover white patches with makeup', relevant: ['cosmetic-camouflage'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'skin peeling after treatment', relevant: ['peeling-after-microneedling'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'pigment cells', relevant: ['melanocytes-explained'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'white patch that is not vitiligo', relevant: ['white-patches-differential'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'stress and anxiety', relevant: ['living-with-vitiligo-emotional-support'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'black light exam', relevant: ['woods-lamp-exam'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'surgery for vitiligo', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'patches on one side of the body', relevant: ['segmental-vs-nonsegmental'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: 'is it contagious to hug', relevant: ['is-vitiligo-contagious'], kind: 'english', split: H, batch: 7, locale: 'en' },
  { q: '白斑一直在长大', relevant: ['stable-vs-progressive-stage'], kind: 'lay', split: H, batch: 7 },
  { q: '照光会不会得皮肤癌', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'multi', split: H, batch: 7 },
  { q: '手上的白斑怎么遮', relevant: ['cosmetic-camouflage'], kind: 'lay', split: H, batch: 7 },
  { q: '宝宝脸上白一块', relevant: ['childrens-vitiligo-care', 'white-patches-differential'], kind: 'lay', split: H, batch: 7 },
  { q: '孩子上学被同学笑话白斑', relevant: ['living-with-vitiligo-emotional-support', 'childrens-vitiligo-care'], kind: 'lay', split: H, batch: 7 },
  { q: '夏天出门要不要打伞', relevant: ['sun-protection-vitiligo', 'seasonal-skin-care'], kind: 'lay', split: H, batch: 7 },
  { q: '白癜风要抽血查什么', relevant: ['thyroid-tests-vitiligo'], kind: 'multi', split: H, batch: 7 },
  { q: '暗室里照灯', relevant: ['woods-lamp-exam'], kind: 'lay', split: H, batch: 7 },
  { q: '抹药多久能看到效果', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 7 },
  { q: '微针疼不疼', relevant: ['microneedling-as-adjunct', 'peeling-after-microneedling'], kind: 'lay', split: H, batch: 7 },
  // Batch 8, written blind in session 11 after batches 6 and 7 had been worked on: punctuation and
  // emoji around the words, full-width digits, device and drug names as typed, look-alike skin
  // conditions, questions of pregnancy and food, English with a number. First run: MRR 0.890,
  // recall@5 0.917; the English question of 58 letters was refused as too long (50 characters).
  { q: '白癜风。', relevant: ['what-is-vitiligo'], kind: 'exact', split: H, batch: 8 },
  { q: '？？白斑会传染吗', relevant: ['is-vitiligo-contagious'], kind: 'multi', split: H, batch: 8 },
  { q: '白癜风😭怎么办', relevant: ['what-is-vitiligo', 'living-with-vitiligo-emotional-support'], kind: 'multi', split: H, batch: 8 },
  { q: '308nm', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 8 },
  { q: '３０８', relevant: ['excimer-308nm-light'], kind: 'number', split: H, batch: 8 },
  { q: 'NB-UVB', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 8 },
  { q: 'nbuvb光疗', relevant: ['nb-uvb-phototherapy'], kind: 'number', split: H, batch: 8 },
  { q: '伍德氏灯', relevant: ['woods-lamp-exam'], kind: 'typo', split: H, batch: 8 },
  { q: '他克莫司软膏副作用', relevant: ['topical-medicines-vitiligo'], kind: 'multi', split: H, batch: 8 },
  { q: '普特彼', relevant: ['topical-medicines-vitiligo'], kind: 'lay', split: H, batch: 8 },
  { q: '卤米松能用在脸上吗', relevant: ['topical-medicines-vitiligo'], kind: 'multi', split: H, batch: 8 },
  { q: '晒后白斑变红', relevant: ['sun-protection-vitiligo'], kind: 'lay', split: H, batch: 8 },
  { q: '白癜风和白化病的区别', relevant: ['white-patches-differential', 'what-is-vitiligo'], kind: 'multi', split: H, batch: 8 },
  { q: '贫血痣', relevant: ['white-patches-differential'], kind: 'exact', split: H, batch: 8 },
  { q: '无色素痣', relevant: ['white-patches-differential'], kind: 'exact', split: H, batch: 8 },
  { q: '孕妇能照光吗', relevant: ['nb-uvb-phototherapy', 'excimer-308nm-light'], kind: 'multi', split: H, batch: 8 },
  { q: '哺乳期能抹药吗', relevant: ['topical-medicines-vitiligo'], kind: 'multi', split: H, batch: 8 },
  { q: '白癜风能吃海鲜吗', relevant: ['vitiligo-diet-myths'], kind: 'multi', split: H, batch: 8 },
  { q: '白癜风遮瑕用什么', relevant: ['cosmetic-camouflage'], kind: 'multi', split: H, batch: 8 },
  { q: '自体黑素细胞移植', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'exact', split: H, batch: 8 },
  { q: '吸疱移植', relevant: ['epidermal-grafting-stable-vitiligo'], kind: 'exact', split: H, batch: 8 },
  { q: '复诊前要准备什么', relevant: ['follow-up-visits'], kind: 'multi', split: H, batch: 8 },
  { q: '复诊多久一次', relevant: ['follow-up-visits'], kind: 'multi', split: H, batch: 8 },
  { q: '甲亢和白癜风有关系吗', relevant: ['thyroid-tests-vitiligo'], kind: 'multi', split: H, batch: 8 },
  { q: '白斑 不痛不痒 越来越多', relevant: ['stable-vs-progressive-stage', 'white-patches-differential'], kind: 'lay', split: H, batch: 8 },
  { q: 'BAIDIANFENG', relevant: ['what-is-vitiligo'], kind: 'pinyin', split: H, batch: 8 },
  { q: 'excimer laser 308', relevant: ['excimer-308nm-light'], kind: 'english', split: H, batch: 8, locale: 'en' },
  { q: 'tacrolimus ointment on the face', relevant: ['topical-medicines-vitiligo'], kind: 'english', split: H, batch: 8, locale: 'en' },
  { q: 'sunscreen for children with vitiligo', relevant: ['sun-protection-vitiligo', 'childrens-vitiligo-care'], kind: 'english', split: H, batch: 8, locale: 'en' },
  { q: 'what is the difference between segmental and non-segmental', relevant: ['segmental-vs-nonsegmental'], kind: 'english', split: H, batch: 8, locale: 'en' },
  // Written with no right answer in the content and left out: 医保能报销吗, 痘痘怎么治 and (English)
  // acne scars find nothing, as they should, and test/integration/search-memory.test.ts wants all
  // but two labelled queries to find something.
];
