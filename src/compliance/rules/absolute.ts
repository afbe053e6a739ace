import type { Rule, RuleContext } from '../types.js';
import { BASIS } from './basis.js';
import { clauseOf, levels, p, RANKED_NOT_CLINIC, ranksDiseases, ranksTopics } from './util.js';

/** Nouns naming the clinic, its people or its kit: a superlative about them is self-promotion. */
const INSTITUTION = '(?:白癜风|皮肤病?|皮肤科)?(?:医院|医生|专家|大夫|团队|机构|诊所|中心|专科|科室|设备|仪器|品牌|服务)';
/** Evaluative words after 最 that praise (最大, 最全, 最精密…); 最常见, 最重要, 最容易 describe and are not listed. */
// Round twenty-seven: 最具 / 最有 with a noun of standing (最具权威的脱发诊疗机构, 最有实力的团队): the same praise in two words.
// Round one hundred and sixteen (batch II): 到位 (done just right) praises a clinic's care as 周到 and 细致 do (他家的头皮护理做得是最到位的).
const EVALUATIVE = '到位|具权威|具实力|具影响力|具口碑|具公信力|具规模|有实力|有口碑|受信赖|值得信赖|好用|好|佳|优|强|大|全|棒|牛|精密|精准|贴心|先进|专业|权威|正规|可靠|靠谱|著名|知名|出名|顶尖|优秀|放心|安心|省心|实惠|便宜|高效|彻底|有效|安全|快|成熟|完善|齐全|丰富|领先|前沿|尖端|舒适|满意|周到|细致|厉害|优质|过硬|雄厚|豪华|高端|低价|划算|管用';
/** What makes a superlative praise: the clinic, its people, its kit, its treatment or its results. */
// Round forty-four (batch CF): a department ranked among its kind (我去过的皮肤科里最靠谱的一家) is a clinic too.
// Round one hundred and sixteen (batch II): the shop named as 他家 / 他们家 / 咱家, as 这家 already was (说到头皮护理，他家做得是最到位的; 咱家的植发师傅是最靠谱的);
// 他家离地铁最近 names no evaluative word.
const SELF_OR_OFFER = /他家|他们家|咱家|本院|我院|我们|本中心|我中心|这家|该院|皮肤科|口腔科|牙科|眼科|的一家(?![人子])|医院|医生|专家|大夫|团队|阵容|机构|诊所|中心|专科|科室|门诊|设备|仪器|品牌|服务|水平|实力|规模|口碑|光疗室|疗法|方案|技术|移植|手术|治疗方法|套餐|项目|疗程/;
/** 最好 before a verb of advice: 最好在医生指导下, 最好戴上, 最好先咨询. */
const ADVICE_AFTER_BEST = /^(?:选择|在|是|不要|别|先|能|可以|遵|咨询|避免|戴|穿|涂|用|及时|尽早|尽快|去|到|找|与|和|让|每|不|少|多|按|听|由|选用|保持|定期|复诊|请|还是|把|给|提前|记录|拍|做|用药|认准|认清|核实|确认|查看|查询|问清|弄清|了解|带上|携带|留意|注意|观察)/;
// Round fifty-six (batch DO): the disease and the kind of care may both sit between (最有效的湿疹护理方法, 最有效的痤疮居家护理方案).
const OFFER_AFTER = /^的?[\u4e00-\u9fff]{0,5}?(?:疗效|成效|效果|技术|疗法|方案|方法|药物?|治疗|选择|手段|办法|医院|专科|设备|套餐|项目|疗程)/;
/** Where a ranking is made: 业内, 全城, 华东地区, 同类医院中. */
// 史上最强, 有史以来最低: history is a scope like any region (round twelve).
// Round twenty-six: 全港, 全澳, 全台 and a trade's circle (圈内) are regions like any other.
const SCOPE = '全港|全澳|全台|本港|圈内|史上|有史以来|全国|全省|全市|全城|全网|全县|全区|全球|世界|国内|国际|亚洲|行业|业内|业界|同行|同类|同业|本地|当地|地区|区域|省内|市内|城内|本市|本省|华[东南西北中]|西南|西北|东北|江浙沪|珠三角|长三角';
const SCOPE_BEFORE = new RegExp(`(?:${SCOPE})[^,，。;!?]{0,4}$`);
const EVALUATIVE_HIT = new RegExp(`^最(?:${EVALUATIVE})$`);
/** Round twenty-six: words that describe (最有经验的医生也会, 最出色的研究) unless a scope ranks them (全城最有经验的). */
// Round one hundred (batch HC): 正宗, 地道 and 纯正 after a scope (本地最正宗的做法, 全城最地道的药膳馆) rank the shop's craft; alone (这道菜最正宗的做法是
// 先炒糖色) they tell a recipe.
const SCOPED_ONLY = '有经验|资深|有名|受欢迎|出色|显著|正宗|地道|纯正';
/** Words of care or understanding a clinic praises itself by (最耐心的, 最有温度的): round ninety-three's superlative of care. */
const CARE = '温柔|暖心|用心|耐心|细心|有温度|温暖|亲切|体贴|走心|有爱心';
/** A product's own measures that a market can rank (吸收率最高, 纯度最高): round ninety-six. */
const MEASURE = '吸收率|利用率|生物利用度|纯度|含量|浓度|回购率|复购率|销量|好评率|转化率';
const CARE_HIT = new RegExp(`^最(?:懂|${CARE})`);
const MEASURE_HIT = new RegExp(`(?:${MEASURE})(?:是|也是|都是)?最高$`);

/** The start of a line, or of a list item or bullet on it (round sixty-seven). */
const LINE_OPENING = /(?:^|\n)\s*(?:[-*•·+✔✓√✅☑▶►]\s*|\d{1,2}\s?[.、)）]\s*)?$/;

/** A public-health measure as what is best (接种疫苗是预防流感最有效的手段): advice, unless the clinic is named. */
const PUBLIC_MEASURE = /接种|疫苗|戒烟|限酒|防晒|锻炼|运动|饮食|洗手|口罩|筛查|作息|睡眠|母乳|控盐/;
const CLINIC = /本院|我院|我们|本中心|诊所|医院|机构|专家|医生|门诊|这里|这儿|本店/;

/** Advice after 唯一: 唯一的办法是坚持规范治疗 recommends, it does not boast. */
const ADVICE = /坚持|遵医嘱|规范|按时|定期|及时就医|配合医生|复诊/;

export const absoluteRules: Rule[] = [
  {
    id: 'absolute-superlative',
    category: 'absolute',
    title: '“最好”“最佳”“最专业”等最高级评价',
    basis: BASIS.absolute,
    message: '用“最”字对医院、医生、技术或疗效作最高级评价，属于绝对化用语，也无法核实。',
    suggestion: '删去最高级评价，改为可以核实的具体事实，例如设备型号和启用年份、医生的职称和执业范围。“最好在医生指导下用药”“最佳治疗时机”这类提示用法不受影响。',
    levels: levels('WEEW'),
    patterns: [
      // Round one hundred and twenty-three (batch IV): the doctor or the clinic called the most skilled at the end of a clause (看癣这块儿，咱车上的大夫最在行; 要说治冻疮，
      // 还是县医院的老专家最拿手): 在行 / 拿手 / 内行 after a clinic's people; a question (哪位大夫最在行？) asks, and 做饭最拿手 names no clinic.
      p(/(?:大夫|医生|专家|主任|师傅|团队|我们|咱们|本院|我院)(?:是|就|才是|就是)?最(?:在行|拿手|内行)(?:了|啦|的)?(?=[,，。;!！~～]|$)/),
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): the shop or the doctor called the ceiling of a trade or a place (治疤这块，他们家就是天花板;
      // 修疤这块，我们就是本地的天花板; 业内口碑天花板级别的胎记门诊): the internet's word for the best, said with 就是 / 是 / 堪称 or as a grade of its own; a room's
      // ceiling (天花板上的灯, 诊室天花板是新刷的) is not read.
      p(/(?:就是|就算|算是|堪称|称得上|可谓|公认的?|那叫)[^,，。;!?]{0,6}?天花板(?![上下里内顶角漏吊灯装刷掉渗塌裂])|天花板级别/),
      // Round one hundred and twenty-five (batch IZ): the ceiling of a whole market or of a power named just before it (全柜台修护力天花板就是它; 全网控油天花板了;
      // 保湿力天花板！): the best of all said without 就是 before it, when the clause ends or names the product after it; 修护力天花板不高 weighs a limit, and 全屋天花板都刷过了
      // is a room's.
      p(/(?:全(?:网|城|市|国|省|柜台?|店|平台|商场|行业|品类)[\u4e00-\u9fff]{0,4}?|[\u4e00-\u9fff]{1,3}力)的?天花板(?=就是|了|啦|级|[,，。;!?！~～]|$)/),
      // Session forty-four (recurring misses, 4 rows of the last 30 batches): nothing better than this one or it (说到修复屏障，没有比它更好的了; 没有比它更安全的祛斑方法了;
      // 找不到比这更好的了; 国内没有哪家的技术比这更先进; 论治疙瘩，全市没人比得过我们主任): 最 said the long way round of the thing or the doctor praised; 没有比这更
      // 重要的事了 praises nothing, and a question asks.
      p(/(?:没有|没|找不到|找不出|再也找不到|再没有|没有哪家的?[\u4e00-\u9fff]{0,4}?)比(?:它|这|这个|这款|这种|这套|这家|这位)(?:还|更)(?:好|安全|温和|有效|管用|先进|专业|靠谱|灵|合适|舒服|彻底)(?:的)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|(?:全市|全城|全省|全国|本地|这一片|整条街|业内|同行里?)(?:也)?(?:没人|没有人|没有谁|谁也|谁都)比(?:得过|得上)(?:我们|本院|咱们|他|她|他们)/),
      // Session forty-four (recurring misses, 7 rows of the last 30 batches): a scope, then what we do ranked with 最 and a word of care, skill or fitness the lists above
      // lack (业内最温和的; 全市最严格的标准; 整条街数这家手法最利索; 全市看老年斑最拿手的就是我们; 全市给老年斑做治疗最合适的选择): the scope makes it a ranking.
      // Or the product said to be the gentlest and safest of its kind (最温和、最安全的婴儿洗发露), the method said to be the safest (这个方法是最安全的), and the
      // care said to be the kindest (最贴心的呵护). 这种方法最安全吗？ asks, and 最温和的做法是先停用 gives advice.
      p(/(?:全市|全城|全省|全国|本地|本市|当地|业内|行业内?|同行里?|圈内|片区|这一片|整条街|附近)[^,，。;!?]{0,12}?最(?:温和|严格|合适|拿手|贴心|利索|麻利|轻柔|细心|耐心|稳|细)(?:的)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))|最(?:温和|安全|有效)[、和]最(?:温和|安全|有效|专业)的|(?:方法|疗法|方案|技术|手法|这款|这个|这套)(?:是|才是|就是)最(?:安全|温和|有效|好)的(?=[,，。;!?！~～]|$)|最(?:贴心|周到|温暖|用心)的(?:呵护|服务|照顾|关怀|护理)/),
      // Round one hundred and seventeen (batch IK): a product ranked above all others by its effect, a measure word after it (卖过修复力最强的一支; 效果最好的一款;
      // 用过最管用的一瓶): the seller's superlative of the thing sold. 效果最好的时候 names a time, and a question asks which one it is.
      p(/最(?:强|好用?|佳|猛|管用|牛|有效)的(?:一|这)(?:支|款|瓶|罐|盒|套|管|只)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round thirty-four: the superlative in English (The BEST eye clinic), said as nobody reaching it (国内无人能及), as a comparative in a
      // frame that needs a superlative (效果是全市更棒的: a replacement tool's 最 → 更), and as the king of something (性价比之王).
      p(/(?<![a-z])the best(?![a-z])|(?<![a-z])best\s?(?:clinic|hospital|doctor|dentist|choice|treatment|care|service|price)/),
      p(/无人能及|无人能比|无人可及|无人能敌|无出其右|无可匹敌|难以企及/),
      // Round one hundred and eighteen (batch IM): 就数 / 要数 / 还得数 someone 最 good at it (治银屑病，全市就数这儿的大夫最拿手): counting through the
      // field to name the best is the superlative, with words of skill the list of 最 words lacks; 就数老二最调皮 praises no one's skill, and a question
      // (要数哪家最拿手，其实不好说) asks.
      p(/(?:就|要|还得|还要|得|当|首)数[^,，。;!?哪谁]{1,10}?最(?:拿手|在行|内行|擅长|灵验?|管用|好使|厉害|专业|权威|靠谱|有名|出名|有经验|地道|正宗|好(?=[,，。;!?的了啊呀]|$))(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      p(/(?:全市|全国|全省|全城|全网|本市|本地|业内|行业内?|同行中?|同类中?)(?:的)?(?:更|较)(?:棒|好|佳|优|强|低|高|专业|先进|权威|便宜|实惠)的/),
      p(/(?:性价比|口碑|销量|技术|疗效|效果|人气|颜值|品质)之王/),
      p(new RegExp(`(?:最|zui)(?:好|佳|优|棒|强|优秀|专业|权威|正规|可靠|靠谱|著名|知名|出名|顶尖|大|高)(?=${INSTITUTION}|的[\\u4e00-\\u9fff]{0,6}?${INSTITUTION})`), { shift: 1 }),
      // Round thirty-eight (batch BP): 的 typed as pinyin between spaces (zui hao de 选择, normalised to 最好 de 选择).
      // Round one hundred and twelve (batch IA): the gentlest or least invasive offer (宝宝湿疹，zui温和的护理选择; 最温和的祛疣方案; 最无创的治疗), a word or two of the
      // service between; the reader told to pick the gentlest (给宝宝选最温和的洗护产品) ranks no offer.
      p(/(?<![选挑用])(?:最|zui)(?:温和|温柔|无创|天然|纯净)(?:的|\s?de\s?)(?=[\u4e00-\u9fff]{0,2}?(?:疗效|效果|技术|疗法|方案|方法|治疗|选择|手段|办法|护理|产品))/),
      p(/(?:最|zui)(?:好|佳|优|有效|安全|彻底|科学|强|满意|舒适|成功|理想)(?:的|\s?de\s?)(?=疗效|效果|技术|疗法|方案|方法|药物?|治疗(?:方法|方案|手段|效果)|选择|手段|办法)|最(?:佳|优)(?=疗效|效果|技术|疗法|方案|药物?|手段)/),
      p(/最(?:专业|权威|正规|可靠|靠谱|著名|知名|出名|顶尖|优秀|放心|省心|实惠|便宜|低价|划算|高效|彻底|有效)/),
      // Round twenty-eight: nobody does it better than us (整个华南地区，没有哪家比我们治白斑更专业) is 最 said the long way round.
      // Round thirty-one: nobody at all (在做双眼皮这件事上，没有谁比我们更专业).
      p(/没有(?:哪家|哪一家|一家|任何一家|任何(?:医院|机构|诊所)|谁|哪个|哪位|任何人|人)[^,，。;!?]{0,6}?比(?:我们|本院|我院|这里|本中心)[^,，。;!?]{0,8}?更(?:专业|权威|正规|可靠|靠谱|好|强|快|有效|彻底|先进|懂)/),
      // Round ninety-eight (batch GY): nothing better than ours, with no 哪家 or 谁 before 比 (全城再没有比我家的药酒更管用的了, 没有比这款枕头更舒服的):
      // 最 said the long way round, of the shop's or the clinic's own; 没有比规律作息更好的办法 names nothing of ours.
      p(/没有?比(?:我们|我家|咱家|咱们|本店|本院|我院|这里|这家|这款|我这)[^,，。;!?]{0,8}?(?:更|还)(?:好|灵|灵验|管用|有效|见效|专业|靠谱|地道|好使|强|棒|舒服|舒适|实惠|划算|正宗)/),
      // Round one hundred and fifteen (batch IF): our remedy said to be as good as it gets, 再好不过 (治老人皮肤痒，这个法子再好不过了; 我家的药酒泡脚再合适不过):
      // 最 in other words, only of this or our remedy in the same clause; 能按时复诊再好不过了 and 这个药膏对您有用，那再好不过了 praise no remedy.
      p(/(?:这个|这种|这套|这款|这副|这味|我们的?|我家的?|咱家的?|本店的?|本院的?)(?:土)?(?:法子|方子|办法|方法|药|药膏|药酒|药水|膏|膏方|疗法|技术|偏方|配方|手法|仪器|设备)[^,，。;!?]{0,4}?(?:是|真是|可是|那是)?再(?:好|管用|灵|有效|合适|地道|对症)不过(?:了|的)?/),
      // Round fourteen: 之最 after what it ranks, in a region or a trade (本地区规模之最的专科).
      p(/(?:本地区|本地|本市|全市|全省|全国|全球|业内|行业|同行|同业|区域|省内|市内|国内)[^,，。;!?]{0,6}?之最/),
      // Round eighteen: 之最 after any region (规模为西南之最，床位数…), found from 之最 backwards; a rate ranked within a scope
      // (息肉检出率业界最高, 好评率全网最高): 最高 alone is a limit or a record (最高气温, 最高剂量), after a rate and a scope it ranks.
      p(new RegExp(`之最(?<=(?:${SCOPE})[^,，。;!?]{0,6}?之最)|最高(?<=(?:(?:成功|治愈|有效|检出|好评|存活|复色|通过|清除|转阴|满意)率|满意度)[^,，。;!?]{0,2}?(?:${SCOPE})[^,，。;!?]{0,3}?最高)(?![^,，。;!?]{0,2}?(?:可达|为|达|不超过|限))`)),
      // Round eighteen: the ultimate or invincible offer (终极祛斑方案, 无敌祛痘套餐, 效果无敌), and praise that calls itself rare in
      // its trade (效果之好实属业内罕见); 终极目标, 罕见病 and a disease rare in a country are not praise.
      p(/终极(?=[^,，。;!?]{0,4}?(?:方案|疗法|技术|武器|秘籍|套餐|治疗|神器|利器|手段|配方|解决|疗程))|无敌(?=[^,，。;!?]{0,4}?(?:套餐|方案|疗法|效果|疗效|技术|神器|配方|组合|团队|专家|疗程))|(?<=(?:效果|疗效|技术|医术|实力)(?:简直|真的|堪称|绝对)?)无敌/),
      p(/(?:罕见|少见|少有|难得一见|难寻|难觅)(?<=(?:之(?:好|高|快|强|佳|精湛|显著|优)|效果|疗效|技术|医术|水平|实力|规模)[^,，。;!?]{0,8}?(?:业内|业界|行业|国内|全国|全省|全市|同行|同类|世界|国际)[^,，。;!?]{0,2}?(?:罕见|少见|少有|难得一见|难寻|难觅))/),
      // Round ninety-three (batch GN): an adverb of assurance before 是 (技术确实是最好的, 效果也是最好的, 服务一直是最棒的) ranks as 是 alone does.
      p(/(?:效果|疗效|技术|设备|服务|口碑|水平|实力)(?:也|都|真的|确实|绝对|一直|向来|公认)?(?:是)?最(?:好|佳|优|强|棒|顶(?![层楼部端峰点]))(?![在先用别是能要])/),
      // Round twenty-six: the treatment's effect ranked most marked (这种疗法效果是最显著的); refine() asks for the clinic or its
      // offer, since 早期治疗效果最明显 advises when to treat.
      p(/(?:效果|疗效|成效)(?:是|也是|都是)?最(?:显著|明显|突出|理想|出色)/),
      // Round twelve: the price ranked (价格最低, 收费最便宜), spaced or not once normalised.
      p(/(?:价格|收费|费用|报价)(?:是|也)?(?:全城|全市|全网|全国|全省|同行|业内|本地|全区|全县|同城)?最(?:低|便宜|实惠|优惠|划算)/),
      // Structural: 最 + any evaluative word, in a clause about the clinic, its people, kit or
      // treatment (whatever the word order: 规模是华东地区最大的, 全市最强阵容, 最精密的仪器).
      p(new RegExp(`最(?:${EVALUATIVE})`)),
      // A scope before the superlative makes it a ranking whatever it praises (业内最强, 全城最佳, 华东地区最大);
      // 没有之一 only ever follows a superlative.
      // The scope is checked behind 最 once 最 is found: the scan starts at 最, not at every 全国 or 地区.
      p(new RegExp(`最(?<=(?:${SCOPE})[^,，。;!?]{0,4}?最)(?:${EVALUATIVE}|${SCOPED_ONLY})|没有之一|(?:之|为)最(?=[,，。;!?]|$)`), { shift: 1 }),
      // Round ninety-three (batch GN): a superlative of care or understanding before the clinic or its doctor (最懂女人的整形医院, 最有温度的
      // 口腔诊所, 最耐心的儿科医生): whatever the praise word, it ranks the clinic; refine() lets a concession (最耐心的医生也会…) pass.
      p(new RegExp(`最(?:懂[\\u4e00-\\u9fff]{0,6}?|${CARE})的[\\u4e00-\\u9fff]{0,6}?(?:${INSTITUTION}|牙医|医师)`)),
      // Round twenty-seven: slang for the best of all (效果好到没朋友, 技术强到没对手).
      p(/(?:好|强|牛|棒|快|稳|专业|厉害)到没(?:朋友|对手)/),
      // Round twenty-one: what the public says of a clinic ranked highest (性价比ZUI高的就是这里, 口碑最好), and 最为 with a word of
      // praise (最为优良的医治成效, 技术最为先进); refine() asks for the clinic or its offer.
      // Round ninety-six (batch GU): a product's own measure ranked highest in the market (本店这款是市面上吸收率最高的, 同类产品中纯度最高,
      // 全网回购率最高): a market or a scope, then the measure and 最高; refine() asks for the product or the shop in the sentence, so a fact
      // about a kind of drug (常见钙剂里碳酸钙的含钙量最高) is not read.
      p(new RegExp(`(?:市面上|市场上|同类产品中?|同类中|同款中|${SCOPE})[^,，。;!?]{0,6}?(?:${MEASURE})(?:是|也是|都是)?最高`)),
      p(/(?:性价比|口碑|人气|好评度|名气|知名度|信誉|声誉|回头率)[^,，。;!?]{0,6}?最(?:高|好|佳|棒|强|优)|最为(?:优良|优异|良好|上乘|卓越|出色|优秀|先进|专业|权威|顶尖|精湛)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      // Round ninety-three (batch GN): the doctor of most care as the subject of a concession (最耐心的医生也会遇到哭闹的孩子) ranks no one.
      if (CARE_HIT.test(hit) && /^\s?(?:也|都|同样|照样|难免|往往)(?:会|要|得|难免|可能|有)/.test(c.norm.slice(c.end, c.end + 6))) return false;
      // Round seventy-nine (batch FL): 最大 before a word of feeling or experience (我们最大的收获, 今年最大的遗憾, 最大的心愿) sizes what was
      // felt or learnt, not the clinic, unless the clinic's offer is in the clause.
      if (/^最大的?$/.test(hit) && /^的?(?:收获|遗憾|心愿|愿望|感受|感触|体会|感悟|期待|期望|梦想|挑战|困难|难题|误区|考验|动力|欣慰)/.test(c.norm.slice(c.end, c.end + 6)) && !/疗效|效果|技术|设备|规模|优势|特色/.test(clauseOf(c.norm, c.start, c.end))) return false;
      // Round seventy-one (batch EV): the English superlative under an English negation a few words before it (we do not claim to be
      // the best; we're not the best clinic; never call ourselves the best): the Chinese negation words do not see it.
      if (/^(?:the best|best)/.test(hit) && /(?<![a-z])(?:not(?!\s+(?:only|just|merely))|never|don't|doesn't|do not|does not|won't|will not|no one is|nobody is|isn't|aren't|we're not|cannot|can't)(?:\s+[a-z']+){0,4}\s*$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 40), c.start))) return false;
      // Round eighty-five (batch FX): the English saying that the best of a kind is the one the reader will use or that suits them (the best
      // moisturiser is the one you apply twice a day; the best exercise is whatever fits you): no clinic and no treatment ranked, unless
      // the clinic is in the clause.
      if (/^the best$/.test(hit) && /^\s?[a-z-]+(?:\s[a-z-]+)?\s(?:is|are)\s(?:the\sone|the\sones|whatever|whichever|what)\s(?:that\s|which\s)?(?:you|suits|fits|works\sfor\syou)(?![a-z])/.test(c.norm.slice(c.end, c.end + 50)) && !CLINIC.test(clauseOf(c.norm, c.start, c.end))) return false;
      // Round fifty-one (batch CZ): what suits the reader named the best (适合自己的才是最好的选择, 适合您病情的方案就是最佳的) ranks no
      // clinic and no treatment, unless the clinic is in the clause.
      if (/^最(?:好|佳)的?$/.test(hit) && /适合(?:自己|你|您|患者|孩子|宝宝|个人|每个人|病情|自身)[^,，。;!?]{0,8}?(?:才是|就是|才算|便是)$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 20), c.start)) && !CLINIC.test(clauseOf(c.norm, c.start, c.end))) return false;
      // Round fifty-seven (batch DQ): the same said the other way round (最好的治疗方案是适合自己的方案; 最佳的药膏就是适合你皮肤的那一支):
      // the best is defined as what suits the reader, unless the clinic is in the clause.
      if (/^最(?:好|佳)的?$/.test(hit) && /^的?[^,，。;!?]{0,6}?(?:就|才|便|其实|永远)?(?:是|在于)(?:最)?适合(?:自己|你|您|患者|孩子|宝宝|个人|每个人|病情|自身)/.test(c.norm.slice(c.end, c.end + 20)) && !CLINIC.test(clauseOf(c.norm, c.start, c.end))) return false;
      // Round one hundred and eleven (batch HY): the best way named as going to a hospital or a skin department to find the cause (最好的办法是尽早去医院
      // 皮肤科查明原因): the reader is sent to a doctor, no clinic is ranked; with the clinic itself in the sentence (来我们皮肤科面诊) it stays.
      // Round one hundred and twelve (batch IA): the reader may take the child along and the clinic may end the clause (最好的办法是先带孩子去看皮肤科).
      if (/^最(?:好|佳)的?$/.test(hit) && /^的?(?:办法|方法|做法|建议)(?:还)?(?:就)?是(?:先|尽早|及时|尽快)?(?:带(?:孩子|宝宝|娃|小孩|老人|家人)|陪(?:孩子|宝宝|老人|家人))?(?:去|到|上)(?:看)?(?:正规的?|附近的?|当地的?)?(?:医院|皮肤科|儿科|专科|门诊)(?:[^,，。;!?]{0,4}?(?:就诊|看看|看一下|查明|检查|查清|明确|确诊|面诊|咨询)|(?=[,，。;!?]|$))/.test(c.norm.slice(c.end, c.end + 28)) && !/本院|我院|我们|本中心|我中心|这家|该院|本诊所|本店|咱们/.test(c.sentence)) return false;
      // 最好的办法是规律作息: advice about what the reader can do, unless the clinic is the answer.
      if (/^最(?:好|佳)的?$/.test(hit) && /^的?(?:办法|方法|做法|预防|建议)(?:就)?是/.test(c.norm.slice(c.end, c.end + 8)) && !SELF_OR_OFFER.test(c.sentence.replace(/办法|方法|做法/g, ''))) return false;
      // 规范治疗就是最好的方法: the reader's own routine named as the best way, the clinic nowhere (round eight).
      if (/^最(?:好|佳)的?$/.test(hit) && /^的?(?:办法|方法|做法)/.test(c.norm.slice(c.end, c.end + 4)) && /(?:规范|坚持|按时|遵医嘱|防晒|保湿|规律|定期)[^,，。;!?]{0,8}?(?:就)?是$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 14), c.start)) && !SELF_OR_OFFER.test(c.sentence.replace(/办法|方法|做法/g, ''))) return false;
      if (/^最(?:有效|好|佳|重要|安全|可靠)/.test(hit) && PUBLIC_MEASURE.test(c.sentence) && !CLINIC.test(c.sentence)) return false;
      // Round thirty-one: the reader's question reported and answered with a denial (很多人问我哪家医院最好，我的回答是：没有最好，只有适不适合).
      // Round fifty-two (batch DB): or answered by declining to rank (您问哪家医院最好，我没法回答，…).
      if (/问[^,，。;!?]{0,10}?哪(?:家|个|种|里|位)[^,，。;!?]{0,8}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 20), c.start)) && /没有(?:最好|最佳|第一)|不存在(?:最好|最佳)|无所谓最好|只有(?:适不适合|合不合适|适合)|(?:没法|无法|没办法|不好|很难|难以|不便|不能)(?:回答|回复|评判|判断|比较|排名|排序|下结论|给出答案)/.test(c.sentence) && !/本院|我院|我们|本中心|这家|这里/.test(c.sentence)) return false;
      // Round thirty-five: a reader's question reported (有人问“最好的药膏是哪一种？”) and answered with a caveat (适合自己的才是好的, 由医生开具).
      if (/问\s?[:：]?\s?[“"「]?[^,，。;!?“"「]{0,4}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 12), c.start)) && /^[^。;!?”"」]{0,16}?[?？]/.test(c.norm.slice(c.end, c.end + 18)) && /适合[^,，。;!?]{0,10}?(?:才是|就是)(?:最)?好|只有(?:适不适合|合不合适|适合)|没有(?:最好|最佳)|因人而异|由医生|遵医嘱/.test(c.norm.slice(c.end, c.end + 80)) && !/本院|我院|我们|本中心|这家|这里/.test(c.norm.slice(c.sentenceStart, c.end + 80))) return false;
      // Round thirty-six: a patient's question quoted and then called a question (“这是最好的办法吗？”——面对患者这样的提问，医生会解释各种方案的利弊).
      if (/^[^。;!?”"」]{0,16}?[?？]\s?[”"」]/.test(c.norm.slice(c.end, c.end + 20)) && /[“"「][^”"」]{0,12}$/.test(c.norm.slice(Math.max(0, c.start - 12), c.start)) && /提问|问题|这样问|这么问|问道|疑问|疑虑/.test(c.norm.slice(c.end, c.end + 40)) && /利弊|优缺点|(?:由|让)(?:患者|您|你|家属)(?:自己)?(?:做出|来|自行)?(?:决定|选择)|因人而异|适合[^,，。;!?]{0,8}?(?:才是|就是)|没有(?:最好|最佳)|只有(?:适不适合|合不合适|适合)/.test(c.norm.slice(c.end, c.end + 80)) && !/本院|我院|我们|本中心|这家|这里/.test(c.norm.slice(c.end, c.end + 80))) return false;
      // 最好的医院不一定适合你: the superlative named in order to be denied, the clinic nowhere (round twelve).
      if (/^的?[^,，。;!?]{0,6}?(?:不一定|未必|不见得|不等于|不代表)/.test(c.norm.slice(c.end, c.end + 14)) && !/本院|我院|我们|本中心|这家|这里/.test(c.sentence)) return false;
      // 性价比最高的运动是快走: the public's verdict on what readers can do; only about a clinic does it rank one.
      if (/^(?:性价比|口碑|人气|好评度|名气|知名度|信誉|声誉|回头率)/.test(hit)) return CLINIC.test(c.sentence);
      if (/^最为/.test(hit)) return CLINIC.test(c.sentence) || SELF_OR_OFFER.test(clauseOf(c.norm, c.start, c.end).replace(hit, '')) || OFFER_AFTER.test(c.norm.slice(c.end, c.end + 8));
      // Round one hundred and twenty-two (batch IT): or the effect ranked for a way pointed at as this one (这是修妊娠纹效果最明显的办法; 这个方子是去痘印效果最突出的法子):
      // 这 before and a method after make it the speaker's own offer ranked; 几种办法里哪个效果最明显的方法 points at none and 早期治疗效果最明显 advises when.
      if (/^(?:效果|疗效|成效)[^最]{0,2}最(?:显著|明显|突出|理想|出色)$/.test(hit)) return CLINIC.test(c.sentence) || SELF_OR_OFFER.test(clauseOf(c.norm, c.start, c.end).replace(hit, '')) || (/^的(?:办法|方法|法子|方子|手段|产品|药膏|膏|霜|仪器|选择)/.test(c.norm.slice(c.end, c.end + 4)) && /这(?:就)?(?:是|个|套|款|种|支|瓶|副)|本品|咱家|我家/.test(c.norm.slice(c.sentenceStart, c.start)));
      // Round thirty-six: 最好用 as praise (补水项目真的最好用) comes first in the list; 最好用温水 is 最好 advising a use.
      if (hit === '最好用' && /^[\u4e00-\u9fff]/.test(c.norm.slice(c.end, c.end + 1)) && !/^(?:的|了|啦|呀|啊|哦|吧|嘛|呢)/.test(c.norm.slice(c.end, c.end + 1))) return false;
      if (MEASURE_HIT.test(hit)) return /本院|我院|我们|本店|本品|这款|此款|我家|本中心|本公司|自家|咱家/.test(c.sentence);
      // Round ninety-six (batch GU): the superlative closing its clause and the clinic's own offer named as what it is, after a comma (目前治疗痤疮
      // 最有效的，是我们自己配制的面膜; 最好的，就是本院的方案): a cleft sentence whose answer is the clinic. 最有效的，是规律作息 names no clinic.
      if (EVALUATIVE_HIT.test(hit) && /^的?\s?[,，]\s?(?:就|其实|当然|无疑|还|恰恰|正)?(?:是|属|数|要数|首推|非)(?:我们|本院|我院|本中心|本店|本诊所|本馆|咱们|这家|我家)/.test(c.norm.slice(c.end, c.end + 16))) return true;
      if (!EVALUATIVE_HIT.test(hit)) return true;
      if (SCOPE_BEFORE.test(c.norm.slice(Math.max(0, c.start - 8), c.start))) return true;
      // Round ninety-eight (batch GY): acclaimed by all (大家公认最好用的颈枕, 车友们公认最强的护腰垫) ranks as a scope does when a product is named
      // right after; 公认最好的降压办法是少吃盐 names none.
      if (/公认[^,，。;!?]{0,2}$/.test(c.norm.slice(Math.max(0, c.start - 6), c.start)) && /^的?[\u4e00-\u9fff]{0,4}?(?:垫|枕|贴|膏|茶|仪|霜|药|器|带|护具|护膝|护腰|产品|品牌|牌子|这款)/.test(c.norm.slice(c.end, c.end + 10))) return true;
      const after = c.norm.slice(c.end, c.end + 8);
      // 最好在医生指导下用药, 最佳治疗时机, 最多每周三次: advice, timing and quantity, not praise.
      // Round twenty-seven: 最佳选择 is praise where 最好选择 advises (最好选择正规医院): in an ad, about the clinic or its offer,
      // or as a slogan heading its clause (最·佳·选·择｜专业治疗痘痘肌).
      if (hit === '最佳' && /^的?选择/.test(after)) {
        const clause = clauseOf(c.norm, c.start, c.end);
        if (c.docType === 'ad' || CLINIC.test(c.sentence) || SELF_OR_OFFER.test(clause.replace(/最佳的?选择/, '')) || clause.startsWith(hit)) return true;
      }
      if (/^最(?:好|佳)$/.test(hit)) {
        if (ADVICE_AFTER_BEST.test(after) || /^[^,，。]{0,4}(?:时机|时间|时期|时段|剂量|窗口|年龄|状态)/.test(after)) return false;
        if (/^的?(?:疗效|效果|技术|疗法|方案|药物?|治疗(?:方法|方案|手段|效果)|手段)/.test(after)) return true;
      } else if (OFFER_AFTER.test(after)) return true; // 最有效的祛白方法: the superlative praises the treatment itself.
      // Round sixty-seven (batch EN): in an ad, a superlative opening a line or a list item (- 最快恢复, ✔ 最舒适的环境, 1. 最低价) is a
      // selling point of the clinic being advertised, whatever noun follows; advice (- 最好提前预约) and timing were let go above.
      // 最快次日出报告 gives a limit, not praise.
      if (c.docType === 'ad' && LINE_OPENING.test(c.norm.slice(Math.max(0, c.start - 6), c.start)) && !(hit === '最快' && /^(?:当天|当日|次日|隔天|隔日|\d|[一二三四五六七八九十两半几])/.test(after))) return true;
      // Round eighty-nine (batch GG): in an ad, the superlative said of what the ad points at (这就是最贴心的产后调理, 这才是最专业的…)
      // praises the advertised service, whatever noun follows.
      if (c.docType === 'ad' && /(?:这|此)(?:就|才|可|真的?|绝对)?是$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.start))) return true;
      const clause = clauseOf(c.norm, c.start, c.end);
      // Round one hundred and thirteen (batch IC): the shop's own product pointed at with a measure word and ranked (这盒足贴是最有效的, 这瓶乳液
      // 最温和): the product is the offer as 这家 is the clinic; 最好/最佳 stay advice there (这支药膏最好放在阴凉处).
      if (!/^最(?:好|佳)$/.test(hit) && /(?:这|此|本)(?:支|瓶|款|盒|管|罐|套)[\u4e00-\u9fff]{0,6}?(?:是|就是|才是|也是|可是|绝对是|真的是)?$/.test(clause.slice(0, clause.indexOf(hit) < 0 ? 0 : clause.indexOf(hit)))) return true;
      return SELF_OR_OFFER.test(clause.replace(hit, ''));
    },
    examples: {
      bad: [{ text: '说真的，全网舒缓天花板了', type: 'ad' }, { text: '这支精华，抗敏力天花板！', type: 'ad' }, '要说治冻疮，还是县医院的老专家最拿手', "祛痘这一块，他们诊所就是天花板", "论植发，这家堪称全城的天花板", "没有比这款更温和的面霜了", "全城没人比得过我们王医生", "同行里给宝宝做护理最细心的就是我们", "这款是最温和、最安全的洗护产品", "看白癜风，全省就数咱们科的主任最内行", {"text": "姐妹们，这是今年舒缓力最强的一款面霜", "type": "ad"}, "这是我用过最管用的一瓶修复精华", "说到头皮护理，他家做得是最到位的", "咱家的植发师傅是最靠谱的", "这家医院的服务是最到位的", '治老人皮肤痒，这个法子再好不过了', '冬天手脚裂口，用我家的药膏再合适不过', '睡前泡脚，这盒足浴包是最有效的', { text: '颈椎不适？这款护颈枕就是最舒适的', type: 'ad' }, { text: '敏感肌祛痘，最温和的光疗方案', type: 'ad' }, { text: '去痣就选我们，zui无创的技术', type: 'ad' }, '宝宝长了疣，最好的办法是带孩子来我们皮肤科', "脱发困扰多年，最好的办法就是来我们皮肤科面诊", "全城最地道的药膳馆就在这里", { text: "本市最纯正的艾草，只在我们店", type: "ad" }, "整条街再没有比我家的药酒更管用的了", "没有比这款枕头更舒服的", { text: "驴友们公认最好用的护膝", type: "ad" }, "治疗脱发最有效的，就是本院的毛囊养护方案", {"text": "本药房这款鱼油是同类产品中纯度最高的", "type": "ad"}, { text: '妈妈们都说，这就是最贴心的产后调理', type: 'ad' }, { text: 'The best clinic is the one that gets you results: 选我们就对了', type: 'ad' }, { text: 'Voted the best skin clinic in town ✨', type: 'ad' }, { text: "最好的祛痘方案就是我们医院的光动力疗法", type: "institution" }, { text: '✔ 最贴心的一对一陪诊\n✔ 最省心的医保结算', type: 'ad' }, { text: '1. 最舒适的候诊区', type: 'ad' }, { text: "## 最有效的痤疮居家护理方案", type: 'kepu' }, { text: "适合您的方案就是我院的方案，这才是最好的选择", type: "ad" },{"text": "问了一圈，都说是本地最🉑靠的祛痘诊所", "type": "ad"}, { text: '祛斑选我们，zui hao de 选择', type: 'ad' }, {"text": "姐妹们都说这家的清洁项目最好用", "type": "ad"}, '有人问“最好的医院是哪一家？”——答案是：我们本院', { text: 'Best clinic for your smile 💫', type: 'ad' }, '论服务，我们国内无人能及', { text: '全城更专业的整形中心就在这里', type: 'ad' }, { text: '洁牙护理，本店就是性价比之王', type: 'ad' }, { text: '【口播】说到祛眼袋，没有谁比我们更专业', type: 'ad' }, { text: '【口播】我敢说，整个华南地区，没有哪家比我们治白斑更专业', type: 'ad' }, { text: '效果好到没朋友', type: 'ad' }, { text: '最·佳·选·择｜专业祛痘', type: 'ad' }, '本院祛斑方案是您的最佳选择', '如今已成为华东地区最具权威的脱发诊疗机构', '我们拥有全市最有实力的植发团队', '在各种祛痘方法里，我们的光动力疗法效果是最显著的', '这个方子是去痘印效果最突出的法子', '本院麻醉科医生是全城最有经验的', { text: '这家诊所的植发技术最顶', type: 'ad' }, { text: '全港最受欢迎的牙科诊所', type: 'ad' }, { text: '做体检，性价比zui gao的就是我们', type: 'ad' }, { text: '做种植牙，性价比ZUI高的就是这里', type: 'ad' }, '本地口碑最好的就是我们诊所', '让每一名患者都能够取得最为优良的医治成效', '本院眼科技术最为先进', '说到祛斑，皮秒激光无疑是目前效果zui好、恢复zui快的方法，适合大部分色斑人群', '作为本地区规模之最的中医肛肠专科，我们每年接诊大量患者', '祛痘效果，全城最佳', '我们的光疗效果业内最强，没有之一', '本院是治疗白癜风最好的医院', '这是效果最彻底的疗法', '本院白癜风治疗效果最好', { text: '全市最专业的皮肤科团队', type: 'institution' }, '本院光疗室的规模是华东地区最大的', '检查都用上了最精密的仪器', '史上最强祛斑套餐来了', '哪家医院最好？当然是我们！', '地表最强的祛痘方案', '全市最牛的骨科', '效果第一，服务第一，价格最低', '我院烧伤科规模为西南之最，床位数居区域首位', { text: '终极祛斑方案：光子嫩肤加皮秒', type: 'ad' }, { text: '无敌祛痘套餐，学生八折', type: 'ad' }, '这家的种植技术效果无敌', '这种植发技术的效果之好实属业内罕见', '肠镜息肉检出率业界最高', { text: '好评率全网最高的口腔诊所', type: 'ad' }, { text: '植发价格全城最低', type: 'ad' }, { text: '收费全网最便宜', type: 'ad' }, { text: '朋友圈晒一下：这是我看过的皮肤科里最靠谱的一家', type: 'ad' }, '这家口腔科在我去过的里面最专业', { text: '我们最大的优势是全市规模最大的光疗中心', type: 'institution' }, { text: '在本市做种植牙，这家的技术确实是最好的', type: 'ad' }, '我们诊所的服务一直是最棒的', { text: '打造全城最懂女性的私密整形医院', type: 'ad' }, { text: '最有温度的口腔诊所，就在你家楼下', type: 'ad' }],
      ok: ['这款面霜的保湿力天花板不高，干皮要叠加乳液', '商场一楼天花板就是玻璃顶，光线很好', '您问哪位大夫最在行？挂号时可以看简介', '我们家老人做饭最拿手', "诊室的天花板上装了新风口", "没有比这更重要的事了，请按时复诊", "这种方法最安全吗？要看个人情况", "最温和的做法是先停用可疑的护肤品", "几个孩子里就数老二最调皮", "要数哪家最拿手，其实不好说", "这是我买过最贵的一支，效果因人而异", "几款修复霜里哪款是最好用的一支？要看肤质", "他家离地铁最近", "他家孩子最好别熬夜", "头皮护理最好在洗头后做", '您能按时来复诊，那是再好不过了', '要是这个药膏对您有用，那再好不过了', '这支眼药水最好放在阴凉处保存', '这瓶漱口水最多连用两周', '这款药最常见的副作用是口干', '给宝宝选最温和的洗护产品，少用香精', '孩子身上起了红疹，最好的办法是陪孩子到附近的医院看看', '胎记要不要处理，最好的做法是先带宝宝去看儿科', "头发一把一把地掉，最好的办法是尽早去医院皮肤科查明原因", "这道菜最正宗的做法是先炒糖色", "北方人觉得饺子最地道的蘸料是醋", "没有比规律作息更好的养生办法了", "公认最好的降压办法是少吃盐", "大家公认最大的难题是坚持", "预防近视最有效的，是每天两小时户外活动", "常见钙剂里碳酸钙的含钙量最高，但需要随餐服用", { text: '这是最常见的一种湿疹，多数在冬季加重', type: 'kepu' }, { text: 'Remember: the best moisturiser is the one you apply twice a day, 冬天洗手后及时涂抹', type: 'kepu' }, { text: '运动小贴士：the best exercise is whatever fits your knees，量力而行', type: 'kepu' }, { text: 'We never call ourselves the best clinic, we just explain your options 😊', type: 'institution' }, "最好的药膏就是适合你皮肤状况的那一支，请遵医嘱选择", { text: '- 最好提前一天预约\n- 携带身份证和医保卡', type: 'ad' }, { text: '2. 最快次日出报告，以短信通知为准', type: 'ad' }, { text: '- 最舒适的睡姿因人而异', type: 'kepu' }, "最佳的治疗方案其实是适合自己病情的方案，不必盲目追求新药", { text: "最有效的预防流感方法是每年接种疫苗", type: 'kepu' }, "常有人问我哪个医生最好，这个我没法比较，看病要看是否对症", { text: "回答：治疗方法没有绝对的好坏，适合您病情的才是最好的", type: "kepu" }, "适合孩子的才是最佳的，用药前先请医生评估","选医院最好认准执业许可证", "手术后最好用冰袋冷敷", "“这是最好的方案吗？”面对家属的疑问，医生会讲清各自的利弊，由家属决定", '门诊常有人问：“最好的药膏是哪一种？”答案是：适合自己病情的才是好的，请由医生开具', 'Best wishes from all our nurses', '全城更多的社区卫生服务站将开设夜间门诊', '很多人问我哪家医院最好，我的回答是：没有最好，只有适不适合你的情况', '没有哪家医院比另一家更适合所有人，选择时要看资质和是否规范', '对早期、面积小的患者，外用药往往是最佳选择之一，具体由医生评估', '最具权威的参考是国家发布的诊疗指南', '早期治疗效果最明显，发现白斑请尽早就诊', '几种办法里哪个是淡纹效果最明显的方法，要看纹的新旧', '最有经验的医生也会建议复查', '顶楼的候诊区最安静', '性价比最高的防晒方式是物理遮挡：帽子、伞和长袖', '人气最高的科普文章讲的是如何正确洗手', '这种类型在儿童中最为常见', '我国东部地区的医疗资源最为集中', '皮肤是人体之最大的器官，面积约1.5到2平方米', '最好的办法是规律作息、保持情绪稳定', '没有哪一种疗法对所有患者都是最好的', '冬季空气最干燥，湿疹患者要注意保湿', '最好在医生指导下用药', '照光时最好戴上护目镜', '最大的误区是把白斑当成皮肤干燥', '最近三个月复诊了两次', '最后一次光疗后注意防晒', '错过最佳治疗时机会增加治疗难度', '最常见的类型是非节段型白癜风', '接种疫苗是预防流感最有效的手段', '哪家医院最好？这个问题没有标准答案', '最好的医院不一定适合你，离家近、方便复诊更重要', '史上最热的夏天要注意防暑', '地表最强寒潮来袭，注意保暖', '宇宙中最大的恒星', '最低气温降到零下', '至少需要三个月才能判断疗效', '没有什么独门秘籍，规范治疗就是最好的方法', '价格以医院收费公示为准，全市统一', '结肠镜是腺瘤检出率最高的筛查方法', '控制血糖的终极目标是减少并发症', '“终极”减肥法并不存在', '这种类型的白癜风在国内罕见，需要病理确诊', '罕见病是指患病率很低的疾病', '该病的发病率以西南地区最高', '心脏病死亡率以东北地区最高，冬季要注意保暖', '治疗有效率最高可达七成，因人而异', '皮肤科最常见的问题是湿疹和痤疮', '一家人最好分开使用毛巾', { text: '科室周会上，护士长说这一年我们最大的收获是学会了耐心倾听', type: 'institution' }, '我们最大的心愿是每位患者都能看懂自己的化验单', '几种祛痘方法里，效果也是最好的不一定最适合你，要看皮肤类型', '对孩子最耐心的儿科医生也会遇到哭闹的时候，家长提前安抚很重要', '最懂你皮肤的其实是你自己，记录每天的变化再去面诊'],
    },
  },
  {
    id: 'absolute-first',
    category: 'absolute',
    title: '“第一”“首家”“NO.1”等排位用语',
    basis: BASIS.absolute,
    message: '“第一”“首家”“首创”“NO.1”是排位式的绝对化用语，医疗宣传中不能使用，也几乎无法证明。',
    suggestion: '删去排位说法；如果要介绍某项服务开展的时间，直接写年份和事实，例如“2019年起开展窄谱中波紫外线治疗”。第一次、第一个疗程、第一步等序数用法不受影响。',
    levels: levels('EEEE'),
    patterns: [
      // Round one hundred and twenty-three (batch IV): the first vehicle of a place, 第一辆 / 头一辆 / 首辆 after a county or a province and before a clinic on
      // wheels (全县头一辆皮肤科下乡专车; 省里第一辆开进山村的流动体检车): the first of a place said of a mobile clinic; 县里第一辆公交车 names no clinic.
      p(/(?:全国|全省|全市|全县|全区|全镇|省里|市里|县里|本省|本市|本县|本地|当地|国内|省内|市内|县内)(?:的)?(?:第[一1]|头一|首)辆(?=[^。;!?]{0,12}?(?:诊疗车|医疗车|巡诊车|体检车|专车|流动医院|义诊车))/),
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): first in a county or a province said in words the scopes above lack (这是本县首次引进此类设备;
      // 我们是省里头一个办病友俱乐部的医院; 本市开灰指甲专科，我们是打头的那一家): first there, of a clinic. 县里头一个通高铁 names no clinic.
      p(/(?:本县|全县|县内|县里|本区|全区|区内|本镇|全镇)首次(?:引进|开展|引入|推出|采用|应用|开设|启用)|(?:省里|市里|县里|城里)(?:第[一1]|头一)(?:个|家)(?=[^。;!?]{0,20}?(?:医院|机构|诊所|中心|门诊|科室|团队))|(?:我们|本院|我院|咱们|咱家|本店)(?:是|就是|算是)打头(?:的)?(?:那)?一?家/),
      // Round fifty-seven: first place itself at the end of a clause (本院是白斑治疗的第一名, 祛痘效果是第1名): 第一名患者 counts patients.
      p(/(?:的|是|为|算是|堪称|称得上)第[一1]名(?=[,，。;!?！？~…」”"]|$)/),
      // Round fifty-three (batch DF): 第一例 right after a scope is 首例 (国内第一例, 全球第一台); 本院第一例 and 国内报道的第一例 rank nothing.
      // Round forty-nine (batch CT): 第一批 as 首批, the first group to bring in or start something (全国第一批开展, 第一批引进该设备的医院);
      // 第一批患者, 第一批疫苗 and 第一批名单 rank no clinic.
      // Round thirty-four: first said by nobody else daring to claim it (我们敢说第二，就没人敢说第一).
      p(/(?:没人|没有人|无人|谁都|谁也)(?:敢|能|可以)(?:说|称|当|排|争|抢)第一/),
      p(/(?:全港|全澳|全台|本港|圈内|圈子里|宇宙|地表|全世界|史上|全国|全省|全市|全球|世界|国内|国际|亚洲|行业|业内|业界|同业|全城|全网|全县|全区|同城|本市|本省|城内|区内|同类|同行|本地|当地|地区|区域|省内|市内|排名|排行|堪称|号称|综合|实力|技术|疗效|口碑|销量|人气|专科|效果|服务|质量|性价比|价格|环境|体验|设备|满意度)[^,，。;!?]{0,4}第[一1](?![次个天步阶时周年月期类种条点批层部章节轮疗回组项代线印眼例号])/),
      p(/第[一1](?:品牌|选择|梯队|大(?:品牌|医院|专科)|家(?=[^,，。]{0,10}(?:医院|机构|开展|引进|采用)))/),
      // Round one hundred and fifteen (batch IF): first place in the spoken words, 排头一名 / 头一名 / 头名 / 头把交椅, after a scope or a ranking (咱们中心的湿疹
      // 门诊在全区排头一名; 这家的膏方在全城算头一名): as 第一 after the same words; 挂号排在头一名 names a queue, with no scope, and is not read.
      p(/(?:全港|全世界|全国|全省|全市|全球|国内|行业|业内|全城|全县|全区|全镇|全街道|同城|本市|本省|区内|市内|县里|区里|城里|这一片|附近|周边|同类|同行|本地|当地|排名|口碑|疗效|效果|销量|人气)[^,，。;!?]{0,4}?(?:排头一名|排头名|头一名|头一号|头名|头把交椅|数头一份|头一份)/),
      // Ranking idioms and rankings placed after what they rank: 稳坐头把交椅, 位列同类机构之首,
      // 行业天花板, 没有第二家能做到, 首批引进, 国际领先水平, 首选本院.
      // (Split in three: one regex with all of these alternatives scans markedly slower than three.)
      // Round forty (batch BU): 领先 in English in a Chinese sentence (作为 leading 的色素病中心, industry-leading 的技术, a leading clinic):
      // leading before 的 or a clinic's noun; the leading cause of a disease ranks a cause, not a clinic.
      p(/(?<![a-z])leading(?=\s?(?:的|clinic|hospital|cent(?:er|re)|provider|brand|expert|specialist|team|technology|[\u4e00-\u9fff]{0,6}?(?:医院|机构|诊所|中心|专科|品牌|团队|专家|医生|技术|设备|疗法|水平)))/),
      p(/头(?:一份|一家|把交椅|名)|(?:排)?头一号(?!病人|患者|病例|顾客|客户|问题|任务|目标|敌人|杀手|凶手|死因|病因)|(?:全国|全省|全市|全城|同城|本地|当地|省内|市内|国内|业内|行业|圈内)[^,，。;!?]{0,4}?(?:老大(?!难|爷|娘|妈|哥|姐|夫|人)|头牌|一哥|一姐|霸主)|头号(?=[^,，。;!?]{0,6}?(?:专家|医院|品牌|机构|诊所|中心|团队|医生|名医|技术))|(?:位列|位居|名列|居于?|排在)[^,，。;!?]{0,10}?之首|(?:位居|位列|名列|排名|排在|稳居)[^,，。;!?]{0,6}?(?:前列|前三|前五|前十|第一方阵)|名列前茅|(?:首|第[一1])批(?=引进|开展|采用|获得|通过|入选)|首选(?=本院|我院|我们|这里|这家|本中心)/),
      p(/(?:行业|业界|业内|领域)(?:的)?(?:老大|龙头|标杆|天花板|翘楚|领头羊|领跑者|佼佼者)|天花板级?(?![上下里内顶角漏吊灯装刷掉渗塌裂]|的?(?:灯|吊灯|空调|风口|吊扇|墙皮|漏水|角落|高度))|一流中的一流|(?:权威|专家|名医|名院|精品|王者|极品|顶尖)中的(?:权威|专家|名医|名院|精品|王者|极品|顶尖)|(?:成为|是|堪称|作为)[^,，。;!?]{0,14}?的(?:标杆|领头羊|龙头|排头兵|风向标)(?=[,，。;!?]|$)|最优解|(?:没有|找不到|找不出|挑不出|再无|再没有|没)第二家|第二(?:没人|无人)|(?:没人|无人|没有人|没有谁|谁也|谁都)(?:敢|能|可以)?(?:称|坐|当|争|抢|排)第[一1](?![次个天步阶时周年月期类种条点批层部章节轮疗回组项代线印眼例号])|无人(?:撼动|超越|能比)|独步(?:业界|业内|行业|全国|全省|全市|全城|天下|省内)|无出其右|难逢敌手|鲜有对手/),
      p(/领先(?:地位|水平|于|国际|国内|全国|全球|世界|同行|行业)|(?:国际|国内|全国|全球|世界|行业|业内|省内|全省|全市|同行|绝对)(?:的)?领先|(?:国际|国内|全国|全球|世界|行业|业内|业界|省内|全省|全市|同行)(?:上|范围内)?(?:都|也|均)(?:是|算是|属于|处于)?领先|领军(?:科室|医院|专科|人物|团队|机构)?|填补(?:了)?(?:国内|国际|省内|业内|行业)?(?:的)?空白/),
      p(/首(?:家|创)|首个(?!疗程|阶段|月|周|步|环节|治疗周期)|(?:全国|全省|全市|国内|省内|市内|本地|本市|本省|地区|业内|行业|国际|亚洲|全球)首(?:台|例|批|位|推|款|套)|(?:全国|全省|全市|国内|省内|国际|亚洲|全球|世界)第[一1](?:例|台|款|套)|率先(?:引进|开展|采用|推出|应用|使用|实现|提出|攻克|突破|研发|研制|开创|打破|掌握)/),
      // Round sixty-three (batch EG): a guideline's first-line choice for a kind of patient (局限型白癜风患者首选外用药物, 儿童患者首选
      // 观察随访) names a treatment, not the clinic; 患者首选的治疗中心 is still the clinic ranked first.
      // Round ninety-seven (batch GW): the crowd in the plural (家长们的首选就是这种镜片, 病友们的首选) chooses as the singular does.
      p(/首选(?:的)?(?:医院|品牌|机构|专科|诊所|中心|之地|名院|专家)|心中的?首选|(?:患者|病友|大众|市民|群众|家长|明星)(?:们)?的?首选(?!的?(?:外用|口服|局部|系统|药物|治疗|疗法|手术|光疗|激光|联合|观察|随访|保守)(?![^,，。;!?]{0,6}?(?:医院|中心|机构|诊所|专科|品牌|名院)))/),
      p(/(?<![a-z])(?:no\.?\s?1|top\.?\s?1|top\s?one)(?![0-9])|冠军|榜首|独占鳌头|首屈一指/),
      // Round one hundred and seven (batch HP), in the pattern below: the act may be joining two treatments or putting one to a use (在国内率先将光疗与
      // 移植结合, 省内率先把射频用于痤疮瘢痕); 指南率先将…写入 names no place and is not read.
      // Round one hundred and two (batch HF): 率先 with a scope, before or after it, and the act of bringing a technique in (本院率先在全市开展超皮秒,
      // 在省内率先引进, 全国率先推出): first there, said without 首 or 第一; 率先垂范 and 率先完成任务 name no place, and 指南率先提出 no act of bringing in.
      p(/率先(?<=(?:全国|全省|全市|国内|省内|市内|本市|本省|本地区?|全区|区内|全县|县内|业内|行业|同行|全城|同城|国际|亚洲|全球|西南|华南|华东|华北|华中|东北|西北)(?:范围内|地区)?(?:内)?(?:都|也|中)?率先)(?:在)?[^,，。;!?]{0,6}?(?:开展|引进|引入|推出|采用|应用|开设|运用|上线|启用|成立|结合|联合|联用|用于)|率先在(?:全国|全省|全市|国内|省内|市内|本市|本省|本地区?|全区|区内|全县|业内|行业|同行|全城|同城|国际|亚洲|全球)(?:范围内|地区)?[^,，。;!?]{0,6}?(?:开展|引进|引入|推出|采用|应用|开设|运用|上线|启用|成立|结合|联合|联用|用于)/),
      // Round thirty-two: 领先 after the scope and 都/也 (这个技术在全世界都是领先的, 设备在全省也是领先的).
      // The ranking word after what it ranks: 在全省排名第一, 稳居第一, 位列榜首, 数一数二.
      // Round ten: 数第一 after what it ranks (服务口碑，数第一), the crown among peers (三项均为同行之冠), and 第一 as an
      // attribute of the team or clinic (权威第一的祛斑专家团队).
      p(/(?:要|当|得|可)?数第[一1](?![次个天步阶时周年月期类种条点批层部章节轮疗回组项代线印眼例号])|(?:同行|业内|行业|同类|全国|全省|全市|本地|国内|全城|业界|省内|市内|本省|本市|本地区|区域|地区|同城|华[东南西北中]|西南|西北|东北)之(?:冠|首|魁)|冠绝|魁首|执牛耳|第[一1]名?的(?=[^,，。;!?]{0,6}?(?:医院|专家|团队|机构|诊所|中心|专科|品牌|医生|皮肤科|牙科|口腔|眼科|医美))/),
      p(/(?:全国|全省|全市|国内|省内|市内|业内|行业|同行|本地|全城|同城|圈内)[^,，。;!?]{0,4}?(?:排得上号|数得上号|数得着|叫得响)|数一数二|(?:排名|排行|排在|位列|位居|名列|稳居|稳坐|高居|雄踞|居于?|排)(?:全国|全省|全市|省内|市内|国内|行业|业内|同行|本地|同类|首位)?[^,，。;!?]{0,4}?(?:第[一1](?:位|名)?(?![次个天步阶时周年月期类种条点批层部章节轮疗回组项代线])|首位|榜首|头名|第一把交椅)/),
      // Round one hundred and thirteen (batch IC): 首次 with a scope before it, as 率先 (这项技术在国内首次用于治疗脱发, 本院在全省首次开展…): first there;
      // refine() asks for the clinic or its offer in the sentence, so a drug's history (这种药2010年在国内首次上市) is not read.
      p(/首次(?<=(?:全国|全省|全市|国内|省内|市内|本市|本省|本地区?|全城|同城|国际上?|亚洲|全球|世界上?)(?:范围内)?(?:都|也)?首次)(?:在)?[^,，。;!?]{0,6}?(?:开展|引进|引入|推出|采用|应用|开设|运用|启用|用于)/),
      // Round thirty-five: the first to bring or start a technique somewhere, claimed by the clinic (第一个把这项技术带到本市的，就是我们).
      // Round thirty-seven (batch BN): the first of a scope said with 个/家/位, when what follows is a team, clinic or doctor (我们是业内第一个把这项
      // 技术用于儿童的团队, 省内第一家开展…的机构); 全国第一个诊疗共识 ranks no clinic.
      // Round one hundred and twenty-two (batch IT), in the pattern below: 头一 said for 第一 (本地头一个开产后毛发专科的门诊; 省内头一个专做…的团队), the same
      // ranking in everyday words; 全国头一个通高铁的省份 names no clinic.
      p(/(?:业内|行业|业界|同行|国内|全国|全省|全市|省内|市内|本市|本省|本地|当地|国际|全球|世界|亚洲)(?:的)?(?:第[一1]|头一)(?:个|家|位|批|支)(?=[^。;!?]{0,20}?(?:团队|医院|机构|诊所|中心|医生|专家|科室|门诊))/),
      // Round one hundred and eighteen (batch IL): the first of a small place the reader walks in (商场里第一家开了皮肤科诊室的管理中心, 这条街上头一家
      // 做光电的美容院): the same ranking on a local scale, when a clinic or a beauty business follows; 进商场左手边第一家就是我们门店 gives directions
      // (a direction word stands between), 商场里第一个入口 is a door, and 商场里第一家开业的是奶茶店 names no clinic.
      p(/(?:商场|商城|购物中心|商圈|商业街|步行街|这条街|整条街|街上|小区|片区|城区|区里|县里|镇上|全区|全县|全镇|全城|本区|本县|本镇)(?:里|内|中|上|里面)?(?:的)?(?:第[一1]|头一)(?:个|家)(?!(?:入口|出口|门|口|楼|层|柜|电梯|扶梯|路口|通道|停车))(?=[^。;!?]{0,20}?(?:医院|机构|诊所|中心|诊室|门诊|皮肤科|医美|美容院|皮肤管理|光电|激光))/),
      // Round thirty-eight (batch BP): a doctor crowned the first of a region or a field (国内白癜风治疗的第一人, 被誉为“华南白斑第一刀”);
      // 第一人称 and 第一人次 are no crown.
      p(new RegExp(`(?:${SCOPE}|誉为|称为|称作|人称|号称|堪称|公认的?)[^,，。;!?]{0,12}?第[一1](?:人(?![称次数口])|把?刀|圣手|名刀|神刀|把手)`)),
      // Round ninety-eight (batch GY): the first to open the way (开了先河, 开创国内先河, 首开业内先河): 首创 said as an idiom, whatever is
      // credited; refine() lets a discovery told as history (青霉素的发现开创了抗生素治疗的先河) through.
      p(/(?:首开|开创|开辟|开启|开)(?:了)?[^,，。;!?]{0,8}?先河/),
      // Round ninety-eight (batch GY): the first launch within a scope (全球首发, 国内首发), as 首款 and 首推 are; the first symptom or case of an
      // illness (首发症状, 国内首发的病例) ranks nothing.
      p(/(?:全国|全省|全市|国内|省内|市内|本地|本市|本省|业内|行业|国际|亚洲|全球|世界)首发(?!的?(?:症状|病例|患者|病人|年龄|部位|表现|时间|病灶|疾病|感染|式|仪式))/),
      // Round ninety-eight (batch GY): the first of a scope to make or bring out the thing, with the scope before and the verb after (在行业里是第一个
      // 做出来的, 国内第一个研发成功): the existing 第一个 pattern wants a clinic's noun after it; a thing made first ranks as well. 第一批 is
      // left to its own pattern, whose refine() lets one of a first group named by an authority with its source through.
      p(/(?:业内|行业|业界|同行|国内|全国|全省|全市|省内|市内|本市|本省|本地|国际|全球|世界|亚洲)(?:里|内|中|上)?(?:是|为|算是|也是)?第[一1](?:个|家|位)(?:做出|研发|研制|推出|开发|发明|造出|生产出|做|开展|引进|采用|提出|攻克)/),
      p(/第[一1](?:个|家|位|批)(?:把|将|引进|引入|开展|带来|带到)[^。;!?]{0,14}?(?:技术|疗法|项目|设备|方案|仪器)(?=[^。;!?]{0,24}?(?:我们|本院|我院|本中心|本诊所|本门诊))/),
    ],
    negation: 'suppress',
    // 国内首个白癜风诊疗共识发布于2018年: the history of a guideline ranks no clinic (round eight).
    refine: (c) => {
      if (/^首次/.test(c.norm.slice(c.start, c.end)) && !/这项|这种疗法|这台|这款|这套|本院|我院|我们|本中心|本诊所|本店|这家|我中心/.test(c.sentence)) return false;
      const hit = c.norm.slice(c.start, c.end);
      const after = c.norm.slice(c.end, c.end + 16);
      const clinic = /本院|我院|我们|医院|中心|机构|专科/.test(c.sentence);
      // Round twenty-five: a champion athlete as a person (奥运冠军也会受伤) ranks no clinic; endorsement by one is endorser-celebrity's.
      // Round eighty-nine (batch GG): or named as a person by the noun after it (冠军运动员也会得跟腱炎, 冠军选手的膝伤).
      // Round ninety-six (batch GT): and by any sport or game before it (省武术冠军, 太极拳冠军, 象棋冠军, 广场舞比赛冠军).
      // Round one hundred and one (batch HD): or won (运动员要苦练很多年才能拿冠军, 夺了个冠军): a person winning ranks no clinic either.
      // Round one hundred and two (batch HG): a member of staff by role or nickname winning a race or a game (护士小刘拿了市里马拉松的冠军，我们都为她骄傲):
      // a person's prize, though the sentence says 我们; the clinic, its team or a rating of service (护理团队拿了全市服务评比冠军) still ranks the clinic.
      if (hit === '冠军' && /(?:护士|医生|大夫|员工|同事|前台|药师|护工|保安|司机|[小老阿][\u4e00-\u9fff])[^,，。;!?]{0,8}?(?:拿|夺|获|赢|摘)(?:得|取|了|过|到|下)?[^,，。;!?]{0,10}?(?:马拉松|长跑|赛跑|跑步|游泳|乒乓|羽毛球|篮球|足球|排球|网球|象棋|围棋|太极|武术|广场舞|书法|唱歌|歌唱|舞蹈|厨艺|钓鱼|龙舟)[^,，。;!?]{0,4}?冠军$/.test(c.norm.slice(c.sentenceStart, c.end)) && !/本院|我院|医院|诊所|机构|中心|团队|科室|服务|评比|疗法|技术|项目/.test(c.sentence)) return false;
      if (hit === '冠军' && (/(?:奥运|世界|全国|亚运|全运|省|市|联赛|比赛|赛事|锦标赛|马拉松|游泳|跳水|体操|举重|乒乓|羽毛球|武术|太极|太极拳|拳|象棋|围棋|棋|田径|长跑|短跑|拳击|散打|摔跤|柔道|跆拳道|击剑|射击|射箭|篮球|足球|排球|网球|台球|桌球|滑冰|滑雪|自行车|健美|舞蹈|广场舞|门球|钓鱼|龙舟|赛跑|赛)(?:会)?$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start)) || /^(?:运动员|选手|得主|球员)/.test(c.norm.slice(c.end, c.end + 3)) || /(?:拿|夺|获|争|赢|摘)(?:得|取|了|过|到|下)?(?:个|一个|一次|了个)?$/.test(c.norm.slice(Math.max(0, c.start - 4), c.start))) && !/本院|我院|我们|医院|诊所|机构|中心|专科|品牌|团队|疗法|方案|技术|项目|同款|推荐|选择|都在用/.test(c.sentence)) return false;
      // 第一梯队的城市: a tier of cities or countries ranks no clinic (round twelve).
      if (/^第[一1]梯队$/.test(hit) && !/本院|我院|我们|医院|诊所|机构|中心|专科|团队|医生|专家|技术|品牌|设备|疗法|方案/.test(c.sentence)) return false;
      // Round twenty-seven: the benchmark of a region or a field is a ranking only when the clinic is the one named so (本院已成为西南地区…的标杆).
      if (/(?:标杆|领头羊|龙头|排头兵|风向标)$/.test(hit) && /^(?:成为|是|堪称|作为)/.test(hit) && !/本院|我院|我们|本中心|医院|诊所|机构|中心|专科|科室|团队/.test(c.sentence)) return false;
      // Round ninety-eight (batch GY): a discovery or an invention opening the way in history (青霉素的发现开创了抗生素治疗的先河) ranks no one of today.
      if (/先河$/.test(hit) && /发现|发明|问世|诞生|世纪|年代|\d{4}年|历史上|古代|当年/.test(c.sentence) && !/本院|我院|我们|本中心|本店|这款|这套|这种|咱|我家/.test(c.sentence)) return false;
      if (hit === '首个' && /^[^,，。;!?]{0,10}?(?:共识|指南|诊疗标准|诊疗规范|标准|规范|目录|名录|法规|条例|办法|专著|教材)/.test(after) && !clinic) return false;
      // 国内首个获批的同类药物: a drug's approval history, as for 唯一获批 (round twelve).
      if (/^首(?:个|款|家)$/.test(hit) && /^(?:获批|经批准|被批准|批准|获准|上市|进入医保)/.test(after) && !/本院|我院|我们|本中心|诊所|机构|医院|门诊|中心/.test(c.sentence)) return false;
      // 国际领先的研究团队发现…: a cited research group is described, not the clinic (round eleven).
      if (/领先$/.test(hit) && /^的?(?:研究|科研|学术|实验室)/.test(after) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // 全国首例病例报道发表于上世纪八十年代: the history of a case report (round eight).
      if (/首例$/.test(hit) && /^(?:病例)?(?:报道|报告)|发表|文献/.test(after) && !clinic) return false;
      // Round thirty-one: a first told as history from a source (据文献记载，国内首例该类手术于上世纪九十年代在一所大学附属医院完成).
      if (/^(?:[\u4e00-\u9fff]{0,4})首(?:例|家|台|个|批)$/.test(hit) && /据|文献|记载|史料|报道|资料显示/.test(c.sentence) && /上世纪|世纪|\d{4}年|年代|当年|早年/.test(c.sentence) && !/本院|我院|我们|本中心|本诊所|该院/.test(c.sentence)) return false;
      // 1号诊室（No.1）, 首家分院的开业时间: a room's number and the clinic's own first branch are labels, not rankings.
      if (/^(?:no|top)/.test(hit) && /号|诊室|窗口|诊区|楼层|[0-9]楼|通道|出口|入口|候诊/.test(c.norm.slice(Math.max(0, c.start - 8), c.end + 8))) return false;
      // 本市首家社区卫生服务中心于1998年成立: local history with its year, told about no one's own clinic (round twelve).
      // Round one hundred and four (batch HJ): but 首个 / 首家 right before the verb is the first to do it (2019年在全市首个建成白癜风诊疗中心, 2015年在省内
      // 首家开展): the achievement of whoever the page is about, not the history of a first thing named after it.
      if (/^首(?:家|个|批)$/.test(hit) && /(?:于|在|是)?\d{4}年[^,，。;!?]{0,6}?(?:成立|建成|开业|开诊|揭牌|落成|设立|建立)/.test(c.sentence) && !/^(?:建成|成立|开业|开诊|开设|设立|建立|落成|开展|引进|引入|推出|采用|通过|获得|拿到)/.test(after) && !/本院|我院|我们|本中心|本诊所|该院/.test(c.sentence)) return false;
      // Round thirteen: one of the first group named by an authority, with its source (首批通过评审的医院之一（市卫健委2022年公示）).
      if (/(?:首|第[一1])批$/.test(hit) && /之一/.test(c.sentence) && /公示|公布|文件|名单|通知|批复/.test(c.sentence) && /\d{4}年/.test(c.sentence)) return false;
      if (hit === '首家' && /^(?:分院|门店|分店|门诊部|连锁店|院区)/.test(after) && !/(?:全国|全省|全市|国内|业内|行业|地区|本地|本市)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(0, c.start - 8), c.start))) return false;
      // 排名第一的误区: what is ranked is a mistake or a cause.
      // 全球首位死因: a ranking of causes (round eleven).
      if (/(?:第[一1](?:位|名)?|首位)$/.test(hit) && RANKED_NOT_CLINIC.test(after)) return false;
      if (/(?:第[一1](?:位|名)?|首位|榜首|之首)$/.test(hit) && ranksDiseases(c.sentence)) return false;
      // Round one hundred and sixteen (batch IH): a ranking of posts, questions or troubles (帖子排名前三：痘痘、脱发、脚气) places no clinic (ranksTopics).
      if (/^(?:排名|排行|排位|榜单|名次)/.test(hit) && ranksTopics(c.norm, c.start, c.sentence)) return false;
      // Round one hundred and seventeen (batch IJ): a disease ranked among diseases (冬季皮肤病里湿疹排在前三; 老年人常见病中，皮肤瘙痒排第二): the words just before
      // the ranking name a set of diseases and then the one ranked, and the sentence names no clinic of its own; 皮肤病医院里我院排在前三 ranks a clinic.
      if (/^排/.test(hit) && /(?:病|疾病|病种|毛病|皮肤问题)(?:里|中|当中|之中)[,，]?\s?[\u4e00-\u9fff]{1,8}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 20), c.start)) && !/本院|我院|我们|本中心|本科室|本诊所|咱们|医院|诊所|门诊部/.test(c.sentence.replace(/据[^,，。;!?]{0,10}?(?:统计|数据|调查)/, ''))) return false;
      if (/第[一1]名$/.test(hit) && /考试|考了|比赛|竞赛|大赛|成绩|班上|年级|运动会|跑步/.test(c.sentence) && !/本院|我院|我们|医院|诊所|机构|中心|专科|疗效|效果|治疗/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [{ text: '我们是省里第一辆开进山村的流动体检车', type: 'ad' }, "本院是全县首次开展白癜风移植的医院", "我们是市里头一个开痘痘专科的诊所", "说到祛疤，本院是打头的那一家", '我们是这条街上头一家做光电祛斑的美容院', '我们是省内头一个专做哺乳期皮肤问题的团队', { text: '本中心是全区第一个配皮肤科诊室的皮肤管理门店', type: 'ad' }, '在县里的皮肤病医院中我院排在前三', '我们诊所在大学城皮肤科排名前三', '咱们中心的湿疹门诊在全区排头一名', '论疗效，这家的冬令膏方在全城算头一名', '这项植发技术在国内首次用于治疗斑秃', '本院在全省首次开展冷冻溶脂', '本中心在省内率先把红光与熏洗联合治疗痤疮', { text: '门诊部位于老城区，2016年在全省首家建成儿童湿疹专病门诊，周末照常开诊', type: 'institution' }, '这家诊所的祛痘技术就是天花板', '我们的护理团队拿了全市服务评比冠军', '我们诊所在同行评比中又拿了冠军', '我们诊所在省内率先引进了这台理疗仪', { text: '本中心率先在全国开展无针埋线', type: 'ad' }, '这套颈椎操开创了业内先河，练过的都说好', { text: '亚洲首发的磁疗床垫，现已到店', type: 'ad' }, '这种助眠仪在国内是第一个研发出来的', '治颈椎病，病友们的首选就是这款牵引器', { text: '市民们首选的体检中心', type: 'ad' }, { text: '本院是太极养生冠军品牌', type: 'ad' }, { text: '本院是银屑病患者首选的治疗中心', type: 'institution' }, { text: '我们是白斑患者首选的光疗机构', type: 'ad' }, { text: '本院技术 quan guo ling xian', type: 'ad' }, { text: '本院是白斑治疗的第一名', type: 'ad' }, { text: '论祛痘效果，我们是第1名！', type: 'institution' }, '这是全省第一例用该方案治疗的节段型白斑', { text: '引进亚洲第1台新一代光疗仪', type: 'ad' }, { text: '| 技术 | 开展情况 |\n|---|---|\n| 准分子光 | 省内第一批引进 |', type: 'institution' }, '本中心是全市第一批开展儿童白斑光疗的机构', '我们的毛发移植技术国内第1批采用', '我们在省内率先攻克了顽固性手足癣反复发作的难题', {"text": "在全市Ｎｏ．１的牙科诊所做一次洁牙是什么体验？", "type": "ad"}, { text: '论设备、论口碑，咱们家在全城都是排头一号', type: 'ad' }, { text: '说起祛痘，我们在本地可是老大', type: 'ad' }, { text: '本中心是 industry-leading 的植发机构', type: 'ad' }, { text: 'A leading clinic 专注白斑十年', type: 'institution' }, '作为 a leading 植发中心，我们…', { text: '张主任是省内银屑病治疗的第一人，从医二十余年', type: 'institution' }, { text: '王医生被誉为“西南植发第一刀”', type: 'institution' }, "我们是国内第一个把这种术式用在青少年身上的团队", {"text": "本中心是省内第一家引进该设备的机构", "type": "institution"}, { text: '第一家把这种光疗设备引进本省的，正是本院', type: 'ad' }, { text: '做这个项目，我们说第二，没人敢说第一', type: 'ad' }, { text: '本院眼科实力雄厚，在全国排得上号', type: 'institution' }, { text: '我们的祛斑技术在全世界都是领先的', type: 'ad' }, '本中心的设备在全省也是领先的', { text: '本院已成为西南地区皮肤病诊疗的标杆', type: 'institution' }, { text: '权威中的权威，专家中的专家', type: 'ad' }, { text: '全港第一間引進此種療法的診所', type: 'ad' }, '这款方案的效果在圈内数第一', { text: '我们是口腔领域 di yi 品牌', type: 'ad' }, '国内首家获批开展该技术的医院', 'di一名的皮肤科', '全市TOP.1', '宇宙第一', '全省首台进口光疗设备', '本院率先引进该项技术', '本院白斑診療技術，業界第一', '本院是全国第一的白癜风专科', '国内首家引进该设备的医院', 'ＮＯ．１白斑修复中心', '白癜风患者的首选医院', '本院祛白技术稳坐省内头把交椅', '论复色效果，全省没有第二家能做到', '服务口碑，数第一', '设备与技术均为同行之冠', { text: '我院关节置换的年手术量为本省之首', type: 'institution' }, '权威第一的祛白专家团队', '像我们这种规模的中心找不出第二家', '植发技术独步业界', '行业内无出其右', '头号祛白专家', '效果 第 一，服务 第 一', '本院是全省首批引进该技术的医院', { text: '本院产后修复项目销量冠军', type: 'ad' }, { text: '论祛斑效果，我们称第二，没人敢称第一', type: 'ad' }],
      ok: ['县里第一辆公交车是1985年通到镇上的', "县里头一个通高铁的镇是哪个", "排队打头的那一个是我", '进商场左手边第一家就是我们门店', '从商场里第一个入口进来，右转是皮肤管理中心', '商场里第一家开业的是奶茶店', '冬天的常见皮肤病中，手足皲裂排名前三，多和干燥有关', '论坛皮肤问题帖子排名前三：痘痘、脱发、脚气', '后台统计，大家留言里的问题排名第一的是脱发', '今天挂号我排在头一名，八点就看上了', '这次体检我是全楼头一个做完的', '全国头一个通高铁的省份是哪个', '这种降压药2010年在国内首次上市', '该疫苗在国内首次用于临床试验是十多年前的事', '新版指南率先将光疗与外用药联合写入推荐方案', '各地医院陆续将光疗与移植结合治疗白斑', '本市首家社区卫生服务站于2001年建成，位于老城区', '天花板吊灯要定期清灰，免得灰尘落进眼睛', '前台小王拿了区里羽毛球赛的冠军，我们都为她高兴', '小林练了三年跳高，才拿到冠军', '护士长率先垂范，带头完成了培训', '全省各地率先完成疫苗接种的是哪几个市，请看统计表', '青霉素的发现开创了抗生素治疗的先河', '偏头痛的首发症状多在青春期出现', '这种病在国内首发的病例报道见于上世纪八十年代', '业内第一个要守的规矩是不夸大疗效', '孩子湿疹反复，家长们首选的外用药要听医生安排', '轻度痤疮患者们首选局部治疗，按指南来', '院里的王大爷是社区象棋冠军，欢迎大家周末来切磋', '教太极的张老师年轻时拿过省武术冠军，每周三带大家练拳', { text: '冠军选手同样会扭伤脚踝，赛后冰敷很重要', type: 'kepu' }, '按指南，轻中度银屑病患者首选外用药物治疗', '儿童斑秃患者首选局部治疗，必要时再考虑其他方法', '孩子白斑控制住以后更自信了，这次期末考试还考了班上第一名', { text: '今天上午挂号的第一名患者已经开始照光', type: 'institution' }, '这是本院今年收治的第一例节段型白斑', '国内报道的第一例病例见于上世纪的文献', '第一批接受光疗的患者已完成三个月随访，结果将如实公布', { text: '我院入选全省第一批互联网医院试点单位之一（省卫健委2023年公布名单）', type: 'institution' }, '率先出现的症状往往是瘙痒，之后才有皮疹', "第一次做光疗是什么感受？会有一点热，几分钟就结束", '挂号后请按叫号顺序就诊，头一号患者八点开始', '停车难是全市老大难的问题，建议乘地铁来院', '小区门口的老大爷每天都在练太极', 'The leading cause of 脱发 in women 是雄激素性脱发，需要面诊明确', 'Leading questions（诱导性提问）会影响问诊结果', '这篇科普用第一人称写成，讲述一位患者的就诊经过', "全国第一个白癜风诊疗共识发布于2018年", "这是我院第一个开展日间手术的病区，请患者按指引候诊", '第一个把该疗法用于临床的是国外学者，相关论文发表于上世纪九十年代', '第一次来的患者，没人会要求你马上做决定', '据文献记载，国内首例该类手术于上世纪八十年代在一所大学附属医院完成', '这两家医院在全国都不算领先，但离家近、随访方便', '这部指南已成为基层医生诊疗的风向标', '世界冠军也会受伤，运动员的跟腱断裂同样需要规范康复', '首次照光前医生会测定剂量', '第一次就诊请带上既往的检查结果', '第一个疗程结束后需要复查', '第一，保持皮肤清洁', '首次治疗前医生会评估分期', '首个疗程通常为三个月左右', '国内首个白癜风诊疗共识发布于2018年', '全国首例病例报道发表于上世纪八十年代', { text: '1号诊室（No.1）位于二楼东侧', type: 'institution' }, { text: '首家分院于2019年开业', type: 'institution' }, '排名第一的误区：以为防晒霜越贵越好', '心血管病是全国首位死因', '全国首个罕见病目录于2018年发布', '国际领先的研究团队报告了这一发现', '第一梯队的城市空气质量较好', '本市首家社区卫生服务中心于1998年成立', '该药是国内首个获批的同类药物，由国家药监局批准上市', '最常见的要数第一种类型', '吸烟是皮肤老化的头号杀手', '在男性恶性肿瘤的发病率中，肝癌排名第一（《中国肿瘤登记年报》2021年）', { text: '我院入选全省首批互联网医院试点单位之一（省卫健委2023年文件）', type: 'institution' }],
    },
  },
  {
    id: 'absolute-unique',
    category: 'absolute',
    title: '“唯一”“独家”“独一无二”',
    basis: BASIS.absolute,
    message: '“唯一”“独家”“独一无二”等说法排除了其他一切选择，属于绝对化用语。',
    suggestion: '删去“唯一”“独家”，改为中性地说明这种治疗是什么、适合谁、不适合谁。“唯一需要注意的是……”这类提示用法不受影响。',
    levels: levels('WEEW'),
    // Round ninety-five (batch GS): 唯一 before whoever cares for or is kin to the patient (家中唯一照护者, 唯一的看护人, 唯一的子女) counts
    // people in a household, as 唯一的监护人 and 唯一的照顾者 did.
    // Round eighty-four (batch FV): 唯一 before the one who has the illness (家族中唯一的患者, 全班唯一发病者) counts people in a history.
    // Round seventy-three (batch FA): 唯一的 before a complaint or an adverse event (唯一的不适是头晕, 唯一的副作用是口干) reports
    // a finding, it ranks nothing.
    // Round one hundred and eleven (batch HY), in the first pattern: the offer said to be had only here, the clause ending at 才有 (这种养发秘方，只有本院
    // 才有; 只有我们药房才买得到); 只有我们当妈的才有体会 names a feeling after 才有 and is not read.
    // Round one hundred and fifteen (batch IG), in the second pattern: 一家 said as 一个地方 (国内只有我们这一个地方在做), and the thing had ending the clause
    // (这个注射配方只有我们一家有); 只有我们一家有夜间门诊吗 runs on and is not read.
    // Round one hundred and fifteen (batch IF), in the same pattern: or only here can it be made up or bought, in everyday words, 才 optional before making it
    // up (这种药膏只有我们中心配得出来; 这味膏方只有本店才熬得出来); 只有医院药房才配得到 names no house of ours, and 决定只有我们自己才做得出来 is a person's, not a house's.
    patterns: [
      // Round one hundred and twenty-five (batch IZ): nowhere else to be had, said with no 只有 before it and stressed (这个修护配方，别家根本买不到; 这套手法外面压根学不来):
      // the seller's own offer made unique; a prescription medicine sold only on a doctor's note (处方药外面根本买不到，要医生开) is how it is dispensed, and a product
      // out of production (早就停产了，外面根本买不到) is gone, not unique.
      p(/(?<!(?:处方|停产|下架|断供)[^。;!?]{0,10})(?:别家|别处|别的地方|外面|外头|其他地方|其它地方|市面上|别的店|其他店|其它店)(?:可|都|也)?(?:根本|压根|绝对|完全)(?:就)?(?:买不着|买不到|找不着|找不到|没得卖|没有卖|没卖|做不出|配不出|仿不出|学不来|拿不到)(?![^。;!?]{0,12}?(?:处方|医生开|凭方|医嘱|停产|下架|断供))/),
      // Round one hundred and twenty-three (batch IV): only here, and nowhere else to be had, in the seller's words (这药膏只有诊疗车上有，别处买不着; 这种冻疮油只有
      // 咱们车上有得卖，外头可买不到): 只有 + a place + 有, then the elsewhere that lacks it. A hospital pharmacy by prescription (只有医院药房有) is not read.
      p(/只有(?!医院|药房|药店|正规|处方)[^,，。;!?]{1,10}?(?:才)?(?:有得卖|有卖|有|买得到|配得出)[,，]\s?(?:别处|别家|别的地方|外面|外头|其他地方|其它地方)(?:都|也|可|再)?(?:买不着|买不到|找不着|找不到|没有|没得卖|配不出|做不了)/),p(/唯一(?!需要|要(?:注意|做|记住|提醒)|(?:能|可以)?(?:确定|肯定|知道)的是|(?:能|可以)?(?:确诊|明确诊断)|的(?:要求|区别|不同|例外|缺点|风险|建议|提醒|忠告|不适|不良反应|副作用|并发症|症状|主诉|异常|问题|不足)|的?(?:劳动力|收入来源|经济来源|经济支柱|亲人|孩子|儿子|女儿|监护人|照顾者|(?:照护|看护|护理|抚养|赡养)(?:者|人)|亲属|子女|儿女|孙子|孙女|家人|陪护|联系人|家属|患病者|患者|病人|发病者|病例|携带者))|独有|只有(?:我们|本院|我院|这里|本中心)[^,，。;!?]{0,10}?(?:才|真正)?(?:能|有效|有用|管用|靠谱|治得好)|只有(?:我们|本院|我院|这里|本中心|本店|本诊所)(?:的)?(?:诊所|医院|门诊|中心|店里?|药房|这儿)?(?:才(?:有|买得到|能买到|配得到|买得着)|才?(?:配得出来?|做得出来?|熬得出来?|调得出来?))(?=[,，。;!?！？~～]|$)/), p(/(?:只有|仅有|唯有|就只有)(?:我们|本院|我院|本中心|我们医院|我们诊所|我们中心)(?:这)?(?:一家|一个地方|一处)(?:在做|在开展|能做|开展|拥有|掌握|引进|可以做|做得了|能治|敢做|有这|有此|有该|有(?=[,，。;!?！？~～]|$))|(?:只有|仅有|唯有)(?:我们|本院|我院|本中心)(?=(?:在做|能做|开展|拥有|掌握|引进|做得了)(?:这|该|此)?)/), p(/独家|独[一1]无[二2]|绝无仅有|无与伦比|史无前例|独创|独门|仅此一家|独一家|独此一家|别无分号|独一份|独树一帜|无可匹敌|无人能敌|无人能及|无人可及|无人企及|举世无双|只此一家|仅此一(?:台|套|位|款)/, { shift: 1 }),
      // Session forty-four (recurring misses, 7 rows of the last 30 batches): only our house has or does it, said with no measure word after 这 or a verb the patterns
      // above lack (这方子只有咱们医院有; 这套祛痘流程只有我们家在做; 全市只有我们有货; 能一起管的，全省就我们一家; 全城就我们一家敢在哺乳期祛斑; 真正能淡下去的，
      // 只有我们这套内外同调的方法; 本院是区内仅有的能做光动力的机构): the monopoly claimed. 只有我们家有这种烦恼 names a trouble, not an offer, and a question asks.
      // Round one hundred and twenty-six (batch JB), in the pattern below: the house may be the clinic's department (只有我们门诊在用; 只有本科室才会做) and the
      // offer said with 在用 / 会做 / 做得了; the clause must still end there, so 只有我们门诊在用这种登记表吗 asks and 只有我们科在用的电脑 runs on.
      p(/(?:只有|就只有|唯有|仅有)(?:我们|咱们|本院|我院|本店|本中心|本科室|本门诊)(?:医院|家|店|诊所|中心|门诊|科室|这里|这儿|这边)?(?:才)?(?:有|在做|能做|有货|有卖|卖|在用|会做|做得了)(?=[,，。;!?！？~～]|$)|(?:全世界|全球|全国|国内|全省|省内|全市|市内|全城|城里|全区|区内|全县|本地|本市)(?:也)?(?:就|只有|仅有|就只有|唯有)(?:我们|咱们|本院|我院|咱家|我们家)(?:这)?一家(?:(?=[,，。;!?！？~～]|$)|敢|能|会)|(?:真正)?能[^,，。;!?]{1,16}?的[,，]\s?(?:就|也)?只有(?:我们|本院|我院|咱们)(?:这|的)[^,，。;!?]{0,10}?(?:方法|疗法|方案|技术|方子|手法)|(?:区内|市内|省内|县内|国内|全市|全省|全区|本地|本市)(?:仅有|独有|唯一)的[^,，。;!?]{0,16}?(?:机构|医院|诊所|中心|门诊)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round thirty-six: one of a handful in the world or the country, and we have one (这台机器，全世界只有五台，而我们就是其中之一;
      // 全国仅有三家医院拥有该设备，本院是其中一家); refine() asks for the clinic in the sentence.
      // Round forty (batch BU): 唯一 in English in a Chinese sentence: only with a count of kit or clinics (全省 only 一台的设备, only one 家),
      // only after a scope (全市 only), the only clinic; refine() asks for the clinic or its kit in the sentence.
      p(/(?<![a-z])only\s?(?:一|1|one)\s?(?:台|套|家|款|所)|(?:全世界|全球|全国|国内|全省|省内|全市|市内|全城|本市|本地|业内|行业内?)\s?(?:the\s)?only(?![a-z])|(?<![a-z])the only\s(?:clinic|hospital|cent(?:er|re)|provider|specialist)(?![a-z])/),
      // Round one hundred and sixteen (batch IH), in the pattern below: the scope as 整个 and a town, a district or a campus town (整个大学城只有他们家能做;
      // 这台祛痘仪器，整个片区就他们一家有); 整个大学城只有他们一家药店晚上还开门 names no offer and is not read.
      // Round ninety-three (batch GN): a scope, then only one house has it, ours or the one being praised (全城只有我们家能做这个项目,
      // 全国就他们一家有): what it has ends the clause or names an offer; 只有我们家有这种烦恼 names a family's trouble, not an offer.
      p(/(?:全世界|全球|全国|国内|全省|省内|全市|市内|全城|城里|全网|本地|本市|整个(?:城市|省|市|行业)|整个[\u4e00-\u9fff]{1,3}?(?:城|区|镇|县))(?:也|都)?(?:只有|仅有|就只有|唯有|只|就)(?:他们|我们|咱们|这|那|本)(?:一)?家(?:才|在)?(?:有|能做|能治|在做|做得了)(?=[,，。;!?！？~～]|$|(?:这|该|此|这个|这种|这款)?(?:技术|设备|仪器|疗法|方子|配方|药|膏方|项目|疗程|套餐|手术))/),
      // Round one hundred and twenty-four (batch IX): a technique named, then only our house or its doctors have the skill, with no scope before (这种针法，只有我们
      // 这儿的大夫会; 这个手法只有我们医院的医生会做): the clause ends at the skill; 只有我们这儿的大夫会先评估再决定 runs on and is not read, nor a question.
      p(/(?:针法|手法|技术|疗法|手术|绝活|绝技|方子|配方|疗程|项目)[^,，。;!?]{0,4}?[,，]?\s?(?:就)?(?:只有|唯有|仅有)(?:我们|咱们|本院|我院|本店|本中心)(?:医院|家|店|诊所|中心|门诊)?(?:的|这儿的?|这里的?)?[\u4e00-\u9fff]{0,2}?(?:医生|大夫|医师|专家|主任|教授|老中医)?(?:才)?(?:会|能做|能治|会做|会治|做得了|治得了|掌握)(?=[,，。;!?！～~]|$)/),
      // Round one hundred (batch HC): a scope where only our doctor has the skill (全國只有我們王醫生會, 全省只有我们李大夫掌握这种手法): the skill ends the
      // clause or is named as a treatment; 全市只有我们张医生会说粤语 names a language, not an offer.
      p(/(?:全世界|全球|全国|国内|全省|省内|全市|市内|全城|城里|全县|本地|本市)(?:也)?(?:就只有|只有|仅有|唯有|就)(?:我们|咱们|本院|我院|本店|本馆)(?:的|这儿的?|这里的?)?[\u4e00-\u9fff]{0,2}?(?:医生|大夫|医师|专家|主任|教授|老中医)(?:才)?(?:会|能做|能治|掌握|会做|会治|做得了|治得了)(?=[,，。;!?！～~]|$|(?:这种|这门|这套|这项|此)?(?:针法|手法|技术|疗法|手术|绝活|绝技))/),
      // Round ninety-eight (batch GY): only this one house of ours, said with 这一 or 一 and a shop's measure (只有我这一摊能正骨, 只有咱这一家店能熬膏方),
      // and a scope where only one named house does the treatment (全市就合作诊所一家会做, 全省就那家康复医院一家能做): the act is a treatment, so
      // 只有我这一家人住在这里 and 全市就儿童医院一家有夜间急诊 are not read.
      p(/(?:只有|仅有|唯有|就只有|只)(?:我们|我|咱们|咱|本店|本馆|我家|咱家)(?:这一?|一)(?:家|摊|处|店|馆|个地方)(?:店|馆)?(?:才)?(?:能|会|敢|可以)(?:做|治|看|调|正骨|接骨|推拿|针灸|艾灸|扎|配|熬|治好|看好)|(?:全世界|全球|全国|国内|全省|省内|全市|市内|全城|城里|全县|县里|本地|本市|整个(?:城市|省|市|县|行业))(?:也)?(?:就只有|只有|仅有|就|只)[\u4e00-\u9fff]{1,8}?一家(?:才)?(?:会做|能做|能治|会治|做得了|治得了|敢做|在做)/),
      // Round one hundred and eight (batch HR): the method or kit named first, then only our house has or can do it (这套按摩手法只有我们店会, 这种仪器全城只有咱家有):
      // no scope word is needed when the offer is ours and ends the clause; 只有我们店长有操作证 names a duty, not a monopoly.
      // Round one hundred and twelve (batch IA): or the house praised in a reply (这种去胎记的技术只有他们家有, 这项治疗只有那家诊所能做): the monopoly is the same boast.
      p(/(?:这个|这种|这套|这项|这门|这台|此)[\u4e00-\u9fff]{0,4}?(?:手法|技术|疗法|项目|配方|方子|仪器|设备)[,，]?\s?(?:在)?(?:全城|全市|全省|全国|本地|外面)?(?:只有|就只有|唯有|仅有)(?:我们|咱们|咱|我|本店|本院|他们|那家|这家)(?:家|店|这里|这儿|医院|诊所)?(?:才)?(?:会|能做|有|会做|做得了|能做到)(?=[,，。;!?！？~～]|$)/),
      // Round one hundred and six (batch HN): our method, kit or house, then a scope where no second one is to be found (这套方法在国内找不到第二家,
      // 本院的这台设备全省没有第二台): only one, said the other way round; 全市找不到第二家通宵营业的药店 names nothing of ours and is not read.
      // Round one hundred and eighteen (batch IM), in the pattern below: 别的地方 / 外面 as the scope and 找不着 / 寻不到 as the search (这种联合光疗，
      // 别的地方可找不着第二家): the same boast in a patient's words.
      p(/(?<=(?:本院|我院|我们|本中心|本诊所|这(?:套|项|种|台|款))[^。;!?]{0,16}?)(?:全世界|全球|世界上|全国|国内|全省|省内|全市|市内|全城|本地|本市|行业内?|业内|别的地方|别处|外面|外头|其他地方)(?:可|也|都|再|就|还)?(?:找不到|找不着|找不出|寻不到|没有|再无|挑不出)第二(?:家|台|套|所|款)/),
      p(/(?:全世界|全球|世界上|全国|国内|全省|省内|全市|亚洲)(?:也)?(?:仅|只|就只|一共只|总共只)(?:有)?(?:[一二两三四五六七八九十几]|\d{1,2})(?:台|套|家|位|个|款|所)[^。;!?]{0,20}?(?:其中之一|其中一(?:台|套|家|位|个|所)|之一)/),
      // Round one hundred and twenty-six (batch JC): what can be treated or done named first, then a scope with only this one house in it (能看隐翅虫皮炎的，全山区
      // 就这一家; 会取蜱虫的，方圆几十里只有我们一家): the only clinic, said the other way round; 全县就这一家超市 names no care and is not read.
      p(/(?:能|会|敢|可以)(?:看|治|做|处理|接诊|取)[^,，。;!?]{0,12}?的[,，]\s?(?:全世界|全球|全国|国内|全省|全市|全城|全县|全镇|全区|全山区|全景区|整个[\u4e00-\u9fff]{1,3}?(?:城|区|镇|县|山|景区)|方圆[\u4e00-\u9fff\d]{1,4}?(?:里|公里))(?:也|都)?(?:只有|仅有|就只有|唯有|只|就)(?:这|那|我们|他们)(?:么)?一家(?=[,，。;!?！？~～]|$)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      // 每个人的皮肤都是独一无二的: a fact about people, not a boast about an offer (round eight).
      // 独家专访, 独家报道: a newsroom's exclusive, not an exclusive offer; round thirty-nine (batch BS): nor a publisher's (公众号独家稿件).
      if (c.norm.slice(c.start, c.end) === '独家' && /^(?:专访|报道|采访|首发|披露|对话|解读|访谈|新闻|赞助|冠名|邀请|播出|转载|揭秘|曝光|调查|连线|观察|评论|视频|直播|稿件|稿|原创|授权)/.test(c.norm.slice(c.end, c.end + 4))) return false;
      // Round one hundred and thirteen (batch IB): the only day the clinic closes (全年唯一休诊日为除夕, 唯一的休息日是周日) gives a schedule; 全城唯一周日不休诊的
      // 皮肤科 ranks the clinic and is read.
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:的)?(?:一个)?(?:休诊|休息|停诊|闭诊|放假|不开诊|闭馆)(?:日|天|时间|时段)/.test(c.norm.slice(c.end, c.end + 8))) return false;
      // Round one hundred and thirteen (batch IB): the word quoted from what others claim and then taken apart (有人说这是“独家技术”，其实各家用的都是同一款设备;
      // 号称“独一无二”的配方，不过是…): a consumer's warning, unless the clinic speaks of its own (本院的“独家配方”…).
      if (/[“"「『][^”"」』]{0,6}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 6), c.start)) && /^[^“"「『]{0,6}[”"」』]/.test(c.norm.slice(c.end, c.end + 8)) && /有人说|所谓|号称|宣称|自称|打着|吹嘘|标榜|广告(?:里|上|中)/.test(c.sentence) && /其实|并不|并非|不过是|无非是|只是|都是同一|未必|不一定|不可信|别信|当心|警惕/.test(c.norm.slice(c.end, Math.min(c.norm.length, c.end + 40))) && !/本院|我院|我们|本中心|本诊所|本店|咱们/.test(c.sentence)) return false;
      // Round forty-one (batch BW): the only official channel, line or account, named to warn of impostors (本院唯一官方预约渠道为公众号，谨防诈骗
      // 电话) ranks no service.
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:的)?(?:官方|指定)?(?:的)?(?:预约|挂号|服务|咨询|联系|客服|缴费|投诉|对外)?(?:的)?(?:渠道|途径|热线|电话|号码|网站|官网|公众号|账号|入口|邮箱|地址|平台)/.test(c.norm.slice(c.end, c.end + 12))) return false;
      // Round fifty-one (batch CZ): the clinic's only site, campus or branch (本院唯一的院区位于市中心, 我院唯一的门诊部在城东) says where to
      // go, not that nobody else offers the service.
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:的)?(?:一[个处座])?(?:的)?(?:院区|院址|分院|门诊部|门诊点|就诊点|就诊地点|执业地点|营业地点|网点|分部|办公地点)/.test(c.norm.slice(c.end, c.end + 8)) && !/技术|疗法|方案|设备|仪器|药|专家|效果|疗效|专科医院|全市|全省|全国|本地区|国内/.test(c.norm.slice(c.sentenceStart, c.end + 12))) return false;
      // Round one hundred and two (batch HF): the clinic's only doctor on duty in a clinic or on a day (本院毛发门诊唯一的出诊医生, 周末唯一的值班医生是
      // 李医生) says who to book, not that nobody else can do it; 全市唯一的坐诊专家 has a scope and 唯一能做植发的医生 a skill, and both are read.
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:的)?(?:一[位名个])?(?:出诊|值班|坐诊|接诊|在岗|当班|驻诊)(?:的)?(?:医生|医师|大夫|护士|专家)/.test(c.norm.slice(c.end, c.end + 10)) && !/全世界|全球|全国|国内|全省|省内|全市|市内|全城|本市|本省|本地区|业内|行业/.test(c.sentence)) return false;
      // Round forty-eight (batch CR): a unique identifier, code or number given to a patient, a record or an account (唯一身份识别码,
      // 唯一就诊编号, 唯一ID) names a key in a system, not a service; round fifty-two (batch DD): a card number or an account too (唯一的就诊卡号).
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:的)?(?:身份|患者|就诊|病历|病案|设备|订单|账户|用户|条形|条码)?(?:的)?(?:识别码|识别号|标识(?:符|码|号)?|编号|编码|代码|id|序列号|验证码|二维码|流水号|登录名|用户名|卡号|就诊卡|账号|档案号|病案号|建档号)/.test(c.norm.slice(c.end, c.end + 12))) return false;
      // Round forty-three (batch CC): the only entrance, exit, lift or car park of the building (停车场入口只有唯一一个，在东门) is a
      // direction, not a boast.
      // Round sixty-seven (batch EN): with what the entrance is for between (唯一的停车入口, 唯一的无障碍通道, 唯一的急诊出口).
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && (/(?:入口|出口|通道|停车场|车位|电梯|楼梯|扶梯|大门|侧门|卫生间|洗手间|收费处|挂号处|窗口)[^,，。;!?]{0,4}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 8), c.start)) || /^(?:的)?(?:一[个处条座部扇])?(?:的)?(?:停车场?|车辆|机动车|非机动车|急诊|门诊|行人|步行|无障碍|地下|对外|消防|应急)?(?:入口|出口|通道|停车场|电梯|楼梯|扶梯|大门|侧门|卫生间|洗手间|收费处|挂号处)/.test(c.norm.slice(c.end, c.end + 9))) && !/技术|疗法|方案|设备|仪器|药|治疗|专家|医生|效果|疗效/.test(c.norm.slice(c.sentenceStart, c.end + 12))) return false;
      // Round one hundred (batch HC): a code or number said to be unique (取件码每个都是唯一的, 每张就诊卡的卡号都是唯一的) names a key, as the identifier
      // after 唯一 does below.
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /(?:码|编号|编码|号码|单号|账号|卡号|密码|id|序列号|票号|工号|学号)[^,，。;!?]{0,6}?(?:都|均)?(?:是|为)?$/.test(c.norm.slice(c.sentenceStart, c.start)) && /^的?(?=[,，。;!?！~～]|$)/.test(c.norm.slice(c.end, c.end + 2))) return false;
      // Round one hundred (batch HC): the only one in a group who has a skill (群裡唯一會打橋牌的人, 班上唯一会拉二胡的人) counts people, not an
      // offer, unless the skill is care or the one a doctor (全市唯一会做这种针法的医生).
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:一个|一位)?(?:会|能|懂|敢)[^,，。;!?]{1,8}?的(?:人|一个|那个|一位)(?=[,，。;!?！~～]|$)/.test(c.norm.slice(c.end, c.end + 16)) && !/医|诊|治|疗|药|方子|针|灸|推拿|按摩|正骨|理疗|调理|技术|手法|专家|大夫|本院|我院|我们|本店|本馆|本中心/.test(c.sentence)) return false;
      // 目前唯一获批用于儿童的生物制剂: a drug's approval status, not a boast (round eleven).
      if (/^唯一$/.test(c.norm.slice(c.start, c.end)) && /^(?:获批|经批准|被批准|批准|获准|上市)/.test(c.norm.slice(c.end, c.end + 4)) && !/本院|我院|我们|本中心|医院|诊所|机构/.test(c.sentence)) return false;
      if (/only/.test(c.norm.slice(c.start, c.end))) return /本院|我院|我们|本中心|本诊所|医院|诊所|机构|中心|设备|仪器|技术|疗法|clinic|hospital/.test(c.sentence);
      if (/(?:其中之一|其中一[台套家位个所]|之一)$/.test(c.norm.slice(c.start, c.end))) return /本院|我院|我们|本中心|本诊所|我们家|这里/.test(c.norm.slice(c.sentenceStart, c.end + 12));
      if (c.norm.slice(c.start, c.end) === '独一无二' && /每(?:一)?(?:个|位)(?:人|患者|孩子)/.test(c.sentence) && !/本院|我院|我们|本中心|方案|技术|疗法/.test(c.sentence)) return false;
      // Round thirty-eight (batch BP): each patient's condition is unique, and only then the clinic's plan follows (每位患者的病情都是独一无二的，
      // 因此我们坚持一人一方案): the clause that says 独一无二 is about the patient, whatever the next clause says of us.
      if (c.norm.slice(c.start, c.end) === '独一无二' && /每(?:一)?(?:个|位|名)(?:人|患者|病人|孩子|患儿)[^,，。;!?]{0,8}?(?:都|均)?(?:是)?$/.test(c.norm.slice(c.sentenceStart, c.start).split(/[,，;；]/).pop() ?? '') && !/本院|我院|我们|本中心|方案|技术|疗法|服务/.test(c.norm.slice(c.sentenceStart, c.start).split(/[,，;；]/).pop() ?? '')) return false;
      return !ADVICE.test(c.norm.slice(c.end, Math.min(c.norm.length, c.end + 16)).split(/[,，。;!?]/)[0] ?? '');
    },
    examples: {
      bad: [{ text: '这种祛疣的冷冻手法，只有本科室才会做', type: 'ad' }, 
        // Round one hundred and twenty-six (batch JC): the treatment named first, then only this one house around.
        '会取蜱虫的，方圆几十里只有我们一家',
        { text: '这套按摩手法，外面压根学不来', type: 'ad' }, { text: '我们家的精华别处绝对买不到', type: 'ad' }, '这个手法只有我们医院的医生会做', { text: '这种冻疮油只有咱们车上有得卖，外头可买不到', type: 'ad' }, "这种冷敷贴只有本店有卖", "全市就我们一家敢给孕妇做", "真正能把痘坑填平的，只有我们这套联合方案", "我们是市内仅有的能做皮肤镜随访的门诊", '这套熏蒸方案外面还寻不到第二家', '这种祛痘光，整个大学城只有他们家能做', '这台祛痘仪器，整个片区就他们一家有', '这个注射配方只有我们一家有', '目前国内只有我们这一个地方在做，外面看到的都是模仿', '这种祛疤贴只有本院一家有，别处买不到', '这种药膏只有我们中心配得出来，外面买不到', '这种药膏只有我们中心才配得出来', '这味冬令膏方只有本店才熬得出来', { text: '全城唯一周日不休诊的皮肤科', type: 'ad' }, '本院的“独家配方”，其实就是几代人传下来的，别处没有', '这套祛痘疗法只有他们家会做', '这项植发技术，只有那家诊所能做', '这款防脱洗剂，只有本院才有', '这种仪器全城只有咱家有，别处做不了', { text: '这套按摩手法只有我们店会。', type: 'ad' }, '本院引进的这台设备，全省找不到第二台', { text: '王主任是全市唯一的坐诊专家', type: 'institution' }, '全省只有我们李大夫掌握这种手法', '他是全市唯一会做这种针法的医生', '整条街只有咱这一家店能熬膏方', '全省就那家康复医院一家能做这种手术', { text: "我们是本市唯一的上门护理机构", type: 'institution' }, "唯一的护理方法就是用我们的药膏", { text: '本院是全市唯一的白斑专科门诊，技术独有', type: 'institution' }, { text: '热门问答｜问：为什么选你们？答：我们是全市唯一能做这项移植的门诊', type: 'institution' }, { text: '我们是全市唯一一家设有白斑门诊部的医院', type: 'institution' },'只有我们诊所调配的外洗方才真正有用', {"text": "独1⃣️无2⃣️的个性化祛痘方案", "type": "ad"}, { text: '这款光疗仪全市 only 一台，就在我们三楼', type: 'ad' }, { text: 'We are the only clinic 在本区开展此项手术', type: 'institution' }, {"text": "全省只有两台这样的设备，本院是其中之一", "type": "institution"}, "在痤疮治疗上，本院的综合疗法无人能及", '这项微创技术目前全省只有我们一家在开展', { text: '整个城市仅有本院一家拥有这种设备', type: 'institution' }, '本院独家引进的复色技术', '全省仅此一台的光疗设备', '全城独一家', '这是治疗白斑唯一有效的方法', { text: '独一无二的治疗方案', type: 'ad' }, { text: '这种埋线减重，全城只有我们家能做', type: 'ad' }, { text: '口播：这台检测仪全省就那一家有，别处都排不上', type: 'ad' }],
      ok: ['只有我们门诊在用这种登记表吗？', '只有我们科室在用的那台电脑坏了', 
        // Round one hundred and twenty-six (batch JC): a plain count of shops, and a question.
        '全县就这一家超市，买驱蚊水要趁早', '能看蜱虫叮咬的，全县就这一家吗？',
        '这是处方药，外面根本买不到，要医生开', '这款旧面霜早就停产了，外面根本买不到，可以换同系列新款', '这种针法，只有我们这儿的大夫会先评估再决定用不用', '这种手法只有我们的医生会做吗？', '这种药膏只有医院药房有，别处买不到，要凭处方开', '这种药不是只有我们有，别处也买得到', "这种情况只有我们家孩子有吗？还是很常见", "全市只有我们一家不收挂号费吗？", "能决定的，只有我们自己", '外面找不着第二家这么晚还开门的药店', '整个大学城只有他们一家药店晚上还开门', '整个校区只有这家打印店周末开门', '只有我们一家有夜间门诊吗？', '这种检查不是只有我们一家有，附近医院都能做', '这种药只有医院药房才配得到，要凭处方', '看病的决定只有我们自己才做得出来，别人替不了', '门诊每周一照常开放，唯一的休息日是周日', '网上号称“独家技术”的，其实多数是同一款进口设备', '这种仪器只有他们家有吗？其实很多医院都有', '这个配方只有他们家有人过敏，别人用着都还好', '这种半夜起来喂奶的辛苦，只有我们当妈的才有体会', '这台仪器只有我们店长有操作证，其他员工不能开机', '这个配方是不是只有我们家有？其实很多品牌都在用', '全市找不到第二家通宵营业的药店，夜里买药要提前准备', { text: '周末唯一的值班医生是李医生，急诊请拨120', type: 'institution' }, '夜间门诊唯一的接诊医师由住院总兼任', '全市只有我们张医生会说粤语，外地患者可以找他', '每张就诊卡的卡号都是唯一的', '她是班上唯一会拉二胡的人', '老陈是村里唯一能修拖拉机的人', '只有我这一家人住在这条巷子里', '全市就儿童医院一家有夜间急诊，晚上带孩子去那里', { text: "老人唯一的子女在外地，出院后由社区护士随访", type: 'case' }, "女儿是她唯一的看护人，护理培训安排在周五", { text: '家族史：先证者为三代家系中唯一的患者，其余成员皮肤检查未见异常', type: 'case' }, { text: '流调显示，该生是全班唯一发病者，同宿舍同学均无症状', type: 'kepu' }, { text: '术后随访中，他唯一的主诉是切口周围轻度麻木', type: 'case' }, '这类药唯一的副作用是轻度口干，多数人能耐受', { text: '【问答】问：这款祛痘凝胶是独家的吗？答：不是，正规药店一般都能买到', type: 'institution' }, '每位患者只能绑定唯一的就诊卡号，挂号时请核对', { text: '我们诊所唯一的门诊部设在人民路，周六上午照常开诊', type: 'institution' }, { text: '医院目前唯一的院区在高新区，可乘公交直达', type: 'institution' },{ text: '每份检验报告都有唯一的条形编码，可扫码核对', type: 'institution' }, { text: '注册后系统会为您分配唯一ID，请妥善保管', type: 'ad' }, '只有我们自己坚持规范用药，药物才真正有用', "回复：停车场入口只有wei yi一个，在医院东门", "医院唯一的出口在北侧，请按指示牌疏散", '门诊楼唯一的无障碍通道在西侧，轮椅可直达电梯', { text: '医院唯一的机动车出口在南门，晚高峰请耐心等候', type: 'institution' }, { text: '温馨提示：本院唯一官方预约渠道为公众号“预约挂号”菜单，谨防诈骗电话', type: 'ad' }, 'Only 1 位家属可陪同进入诊室', 'The only way to know is 面诊，请勿自行判断', "本文为本院独家稿件，转载请注明出处", "这种罕见病在全国只有几十例报道，该患者是其中之一", '患者是家中唯一的劳动力，治疗费用让她很担心', '周日只有我们一家药店营业，请提前购药', '只有我们一起努力，才能控制病情', '唯一需要注意的是治疗当天避免暴晒', '唯一的办法是坚持规范治疗并定期复诊', '光疗不是唯一的选择，医生会综合评估', '唯一能确诊的方法是病理活检', '唯一要记住的是：不要自行停药', '唯一的建议是：出门前涂好防晒', '每个人的皮肤都是独一无二的，护理方法也要因人而异', '每位患者的病情都是独一无二的，因此我们坚持一人一方案、定期评估', '独家专访：皮肤科医生谈防晒', '独家揭秘：减肥药广告背后的套路', '本期节目独家邀请了三位医生', '这是目前唯一获批用于儿童的生物制剂', '唯一确定的是，越早诊断越好', '孩子总是夜里咳醒，原以为全市只有我们家有这种烦恼，后来发现很多家长都遇到过', '周末全城只有这家药房有夜班药师值守，买药请提前'],
    },
  },
  {
    id: 'absolute-top-grade',
    category: 'absolute',
    title: '“国家级”“世界级”“顶级”等等级用语',
    basis: BASIS.absolute,
    message: '“国家级”“世界级”“顶级”“至尊”等等级用语属于法律明确列举的绝对化用语。',
    suggestion: '删去等级用语。确有官方称号（如国家临床重点专科）的，使用文件上的完整名称，并注明授予机关和年份，发布前请核对原件。',
    levels: levels('EEEE'),
    // Round twenty-eight: the highest level, with a scope before it or a technique after it (世界上治疗白斑的最高水平技术, 代表国内最高
    // 水平); a level alone (血药浓度达到最高水平) ranks nothing.
    patterns: [
      // Session forty-four (recurring misses, 2 rows of the last 30 batches): the clinic's skill said to reach the international lead (院内技术达到国际领先水平) or its
      // doctors graded as masters (大师级医生团队坐诊): grade words as 国家级 and 殿堂级 are. 大师级的厨艺 names no care.
      p(/(?:达到|处于|居于?|代表)(?:了)?(?:国际|国内|世界|全球|全国|行业)(?:的)?领先水平|大师级(?=[^,，。;!?]{0,4}?(?:医生|医师|专家|团队|技术|手法|大夫|水准|水平))/),
      // Round thirty-four: grade words of the internet (宇宙级好用, 口腔界天花板, 天花板级体验).
      // Round one hundred and four (batch HJ): any trade's circle before it (祛斑界的天花板, 植发界天花板), 的 or not: the grade of the
      // internet said of a kit or a clinic. 天花板 as a ceiling (天花板上的空调口) is left to absolute-first, which lets it pass.
      p(/宇宙级|银河级|天花板级|(?:行业|业内|业界|圈内|医美界|口腔界|眼科界)天花板|界的?天花板(?![上下里内顶角漏吊灯装刷掉渗塌裂])/),
      p(/屈指可数|(?:放眼|纵观|整个)全(?:国|省|市|城)[^,，。;!?]{0,6}?(?:也|都)?(?:少有|罕见|难找|找不到|数一数二|名列前茅)|国家级|世界级|国际级|最高级|(?:世界|国际|全球|国内|全国|全省|业内|行业|业界)(?:上)?[^,，。;!?]{0,10}?最高水平(?!的?(?:运动员|选手|赛事|比赛|联赛))|最高水平的?(?=技术|疗法|设备|治疗|医院|团队|专家|方案)|顶级(?!期刊|杂志|学府)|顶流(?=[^,，。;!?]{0,6}?(?:医院|机构|诊所|中心|专家|医生|团队|品牌|技术|医美))|极品|至尊|巅峰|殿堂级|王牌|泰斗级|国宝级|顶尖(?!期刊|杂志|学府)|顶配|(?:国际|国内|世界|全国|全省|业内|行业|第)一流|(?<![a-z])t\s?o\s?p\s?(?:级别?|水平|水准|专家|名医|医生|医师|医院|团队|机构|诊所|设备|技术|品牌)(?!期刊|杂志)|(?<![a-z])(?:world|first|top|high)[\s-]?class(?![a-z])|(?:国内|国际|全国|全省|全市|行业|业内|省内|市内|同城)\s?top(?![0-9a-z.])|一流(?:的)?(?:设备|专家|技术|医院|团队|服务|水平|医生|环境|疗效|品质)|(?:医术|技术|设备|水平|实力|疗效|效果|服务|团队|阵容)(?:是|都是|堪称|绝对|均为|都)?一流/)],
    negation: 'suppress',
    // An official designation is a fact to verify, not a boast to delete.
    refine: (c) => {
      // Round thirty-seven (batch BN): a grade given to others we fall short of or learn from (和国内顶尖的团队相比还有不小的差距) ranks no clinic of ours.
      if (/(?:和|与|跟|向)[^,，。;!?]{0,8}$/.test(c.norm.slice(c.sentenceStart, c.start)) && /^[^。;!?]{0,24}?(?:差距|不足|学习|请教|看齐|取经)/.test(c.norm.slice(c.end))) return false;
      // 顶级运动员也会受伤: a grade of people or events outside medicine praises no clinic (round twelve).
      // Round ninety-two (batch GM): 国家级 before a sportsperson, a referee or a coach, the sport between them or not (国家级羽毛球裁判, 国家级运动员) as 世界级 is: a rank of people, not of the clinic.
      if (/^(?:顶级|顶尖|世界级|国际级|国家级)$/.test(c.norm.slice(c.start, c.end)) && /^的?(?:[\u4e00-\u9fff]{0,3}?(?:运动员|选手|球员|裁判|教练)|球队|赛事|联赛|歌手|演员|科学家|学者|大学|学府|跑者|棋手|厨师|音乐家)/.test(c.norm.slice(c.end, c.end + 9)) && !/本院|我院|我们|本中心|医院|诊所|机构|专家|医生|团队/.test(c.sentence)) return false;
      // Round ninety-eight (batch GY): the grade named in order to be doubted, a comma perhaps between (顶级的茶，不一定适合胃不好的人; 顶尖的设备未必
      // 适合每个人), as the superlative's 最好的医院不一定适合你: no clinic is named and nothing of ours is graded.
      if (/^的?[^。;!?]{0,8}?(?:不一定|未必|不见得|不等于|不代表)/.test(c.norm.slice(c.end, c.end + 16)) && !/本院|我院|我们|本中心|这家|本店|我家|咱家/.test(c.sentence)) return false;
      // Round one hundred and seventeen (batch IK): the grade named to warn that even it may do harm (顶级大牌也可能含刺激成分; 顶级的面霜也会致敏): 也 and a
      // possibility right after the thing graded; no clinic or shop of ours is named and nothing of ours is graded.
      if (/^的?[\u4e00-\u9fff]{0,6}?也(?:可能|会|有可能|难免|一样会|照样会)/.test(c.norm.slice(c.end, c.end + 14)) && !/本院|我院|我们|本中心|这家|本店|我家|咱家|本平台/.test(c.sentence)) return false;
      // Round forty-three (batch CC): 国家级继续医学教育项目 is the name of a training scheme, as 继续教育 is.
      // Attending one (参加了国家级继续医学教育项目的学习) is training, not a grade of the clinic.
      if (/^继续(?:医学)?教育/.test(c.norm.slice(c.end)) && /参加|参与|学习|培训|进修|学分/.test(c.sentence)) return false;
      return /^(?:临床重点专科|重点专科|重点学科|非物质文化遗产|继续(?:医学)?教育|科研项目|课题)/.test(c.norm.slice(c.end)) ? -1 : true;
    },
    examples: {
      bad: ["本院光疗技术处于国内领先水平", "大师级专家亲自操刀", {"text": "我们用的是顶级原料，也可能是你用过最温和的", "type": "ad"}, { text: '我们店的顶级艾条，不一定便宜但绝对正宗', type: 'ad' }, { text: '记者问：贵院有什么特色？答：我们拥有世界级的光疗设备。', type: 'institution' }, { text: 'T O P 级专家团队天天坐诊', type: 'ad' }, { text: '本院拥有 world-class 光疗设备', type: 'institution' }, { text: 'First class 的服务和 top 医生团队', type: 'ad' }, "和国内顶尖团队相比，我们的技术毫不逊色，已是国内顶尖水平", '宇宙级好用的护肤步骤', { text: '口腔界天花板，就在你家楼下', type: 'ad' }, '这台点阵激光就是修疤界的天花板', { text: '业界公认的顶流医美机构', type: 'ad' }, '设备国际一流，专家经验丰富', { text: '国内ＴＯＰ级别皮肤科专家坐诊', type: 'ad' }, '全市top的眼科团队', '顶级专家团队亲自坐诊', '世界级的复色技术', '国家级白癜风治疗中心', '目前这是世界上治疗白斑的最高水平技术', { text: '本院复色技术代表国内最高水平', type: 'institution' }],
      ok: ["他做的菜有大师级的厨艺", "这项研究处于起步阶段", "顶级的进口面霜也会让敏感肌泛红", "顶级品牌的精华也可能含酒精，敏感肌慎用", '顶级的护肤品，未必适合敏感肌', '顶尖的设备不等于好的疗效，还要看医生', { text: '媒体提问：你们中心是世界级的吗？', type: 'institution' }, 'S T O P：出现水疱请立即停药并复诊', "科室三名医生参加了国家级继续医学教育项目的学习", 'Top 10 常见问题：光疗前需要做哪些准备', 'Top tips｜复诊前请带齐检查单', "我们和国内顶尖的团队相比还有差距，会继续向前辈学习", '病房天花板漏水，后勤已在维修', '诊室天花板上的灯太亮，可以请护士调暗', '这位顶流明星也在节目里讲过自己的皮肤问题', '顶级运动员也会受伤，运动前要热身', { text: '王女士是国家级羽毛球裁判，近半年右肩外展时疼痛，超声示冈上肌腱炎', type: 'case' }, '屏幕上的top按钮可以回到页首', '顶尖期刊发表的研究可以作为参考[1]', '顶级期刊上发表的研究也需要结合具体情况解读', '服药后约2小时血药浓度达到最高水平', '国家卫健委发布的诊疗规范', '请在正规医院皮肤科就诊'],
    },
  },
  {
    id: 'absolute-total',
    category: 'absolute',
    title: '“100%”“绝对”“万能”“一劳永逸”',
    basis: BASIS.absolute,
    message: '“100%”“百分百”“绝对”“万能”“一劳永逸”把结果说成必然，医学上没有这样的治疗。',
    suggestion: '删去这些字眼，说明效果因人而异、需要医生评估；如果引用研究数据，写明研究出处、人群和范围。',
    levels: levels('EEEE'),
    patterns: [
      // Round one hundred and twenty-three (batch IV): 十成十 (ten parts in ten) said of the effect or the odds (这个药膏抹上，十成十管用; 治冻疮这事，我们有十成十的把握):
      // 100% in a villager's words; 没有十成十管用的药 denies it.
      p(/(?<!没有|哪有|不敢说|谁也没有)十成十(?:的)?(?:管用|有效|见效|灵|好使|能好|治好|把握|效果)/),
      // Session forty-four (recurring misses, 7 rows of the last 30 batches): every kind of a complaint said to be dealt with, in words the patterns above lack: 啥 /
      // 什么 + a complaint + 都能 (啥痒都能止; 啥伤都能贴), 各种 + a complaint + 都能 + 治 / 处理 (各种胎记都能处理; 各种类型的白癜风都能治), a 不管 frame with
      // a short stretch after the comma (不管什么斑，来了全部能祛掉), and a list of complaints with 全都 / 统统 (湿疹、疣、胎记，我们全都能搞定). 什么时候都能来
      // names no complaint, 不是所有…都能 is denied, and a question asks.
      p(/(?:(?<![不并非是])(?:啥|什么|各种|各类|所有|任何)(?:类型|种类|样)?的?[\u4e00-\u9fff]{0,4}?(?:痒|伤|斑|痘|疤|癣|疹|疣|痣|胎记|白癜风|湿疹|皮肤病|毛病)[,，]?\s?(?:我们|这里|本院|在这里)?(?:都|全都|全部|统统)(?:能|可以)(?:治|处理|止|贴|搞定|看好|治好|祛掉?|去掉|消掉?|解决)|(?:不管|无论|不论)(?:是)?(?:什么|哪种|啥)[\u4e00-\u9fff]{0,4}?(?:斑|痘|疤|癣|疹|疣|痣|病|痒)[,，]\s?[^。;!?]{1,6}?(?:全部|全都|统统|通通)(?:都)?(?:能|可以)(?:治|处理|搞定|祛掉?|去掉|消掉?|解决|治好)|[\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4}){1,4}[,，]\s?(?:我们|这里|本院|在这里|我们这儿)?(?:全都|统统|通通|全部|一律)(?:能|可以)(?:搞定|治|治好|解决|处理|祛除|看好))(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Session forty-four (recurring misses, 5 rows of the last 30 batches): the product or the method called a cure-all or never failing in everyday words (这药浴就是
      // 万金油; 啥伤都能贴，简直是万金油; 我们的激光对付疣是百试百灵; 效果稳稳的，零失败) or its effect said to be absolute with 绝对 after it (这药膏管用是绝对的;
      // 绝对是有效的): 万能 and 绝对有效 in other words. 别把激素药膏当万金油 warns, 没有零失败的手术 denies, and 没有什么是绝对的 is not read.
      p(/(?<![当把])(?:就是|简直是|简直就是|堪称|是个|是)万金油|百试百灵|(?<!没有|不可能|不存在|没有什么|不是)零失败|(?:有效|管用|见效|灵|好使|安全)(?:是|那是)绝对的|绝对是(?:有效|管用|安全|见效|靠谱)的/),
      // 百分之百遵医嘱 asks the reader to follow the doctor completely: it promises no result (round eight).
      // Round sixty-seven (batch EN): an English denial right before the figure (Vaccines are not 100% effective, never 100% safe) takes it back.
      // Round thirty-six (batch BJ): an office's own service figure (投诉按时回复率 | 100%, 随访覆盖率100%) measures the clinic's
      // paperwork, not a treatment's result.
      // Round seventy-seven (batch FI): the English denial may be the subject (No treatment works 100% of the time, No cream is 100% effective).
      p(/(?<!(?:回复|答复|处理|办结|覆盖|执行|完成|签约|参保|建档|上报|公示|持证|培训|考核|消毒|随访|回访)率\s?(?:\|\s?|[:：]\s?|为|达|达到)?)(?<!(?<![a-z])(?:not|never|isn't|aren't|isnt|arent|rarely)\s)(?<!(?<![a-z])no\s[a-z]+(?:\s[a-z]+)?\s(?:works?|is|are|gets?|gives?|cures?|helps?)\s)(?:100\s?%(?!\s?(?:纯?棉|纯棉))|百分之一?百|百分百)(?!地?(?:遵|按照?|听从?|配合|坚持|照着?|执行|做到))|万能|万无[/／]?一失|一劳[/／]?永逸|十全[/／]?十美/),
      // Round eighty-eight (batch GD): 绝对 before the spoken word for reliable (绝对靠谱, 绝对靠得住, 绝对信得过, 绝对错不了), as 绝对可靠.
      // Round seventy-seven (batch FI): 绝对 before a result the reader will see (效果绝对看得见, 绝对见效, 绝对管用, 绝对不反弹).
      // Round ninety-five (batch GS): 绝对 before suitability (绝对适合每一个人, 绝对适用于所有体质): a method fit for everyone without exception is as
      // absolute as 绝对有效; 不是绝对适合 and 没有哪种…绝对适合 are denied and not read.
      // Round ninety-four (batch GQ): 绝对 before the pain or the harm denied (绝对不疼, 绝对不痛, 绝对不留疤, 绝对不伤牙): the promise is
      // as absolute as 绝对无痛; 绝对不要自行停药 is an order, not a result, and is not read.
      // Round ninety-six (batch GU): a test said to find every disease or hidden risk of the body (能查出人体全部的疾病隐患, 一次检测出所有病变),
      // or to miss none of them, closing the clause (扫描全身，无一遗漏; 异常要一个不漏地复查 is advice): no test finds everything. 查不出所有疾病 is not read, and a denial before it (不能查出所有疾病) takes it back.
      p(/(?:查出|检出|查清|筛出|筛查出|检测出|测出|扫描出|揪出)[^,，。;!?]{0,8}?(?:全部|所有|一切|任何|全身)的?[^,，。;!?]{0,6}?(?:疾病|病症|病变|隐患|病灶)|(?:无一遗漏|一个不漏|毫无遗漏|无一漏网)(?<=(?:查出|检出|筛出|测出|扫描|发现|找出|诊断出)[^。;!?]{0,20}?(?:无一遗漏|一个不漏|毫无遗漏|无一漏网))(?=[,，。;!?！~]|$)/),
      // Round ninety-eight (batch GY): every trouble settled at one go (一次性全部搞定, 一次性统统解决): 一劳永逸 said plainly; 不可能一次性全部解决
      // is denied, and 一次性全部交齐 settles no trouble.
      p(/一次性(?:就)?(?:全部|全都|统统|通通|一股脑儿?|全)(?:解决|搞定|摆平|根除|治好|消除|去除|清除)/),
      // Round one hundred and eleven (batch HX): a trouble settled with no corner left (全方位解决，不留死角; 祛痘无死角; 清除得没有死角): the same totality in
      // the cleaner's word; cleaning a room 不留死角 (诊室每天消毒，不留死角) settles no trouble of the body and is not read.
      p(/(?:解决|搞定|清除|祛除|去除|消除|根除|修复|淡化|祛痘|祛斑|祛疤|除螨|祛黄)(?:得|掉)?[,，]?\s?(?:不留|没有|无|零)死角/),
      // Round one hundred and nine (batch HT): the totality after the verb, as its object (一次性解决所有痘痘问题, 一次性搞定各种皮肤烦恼); 不能一次性解决所有问题
      // is let through by negation, and a question asks.
      p(/一次性(?:就)?(?:能|可以)?(?:解决|搞定|摆平|根除|治好|消除|去除|清除)(?:掉)?(?:所有|全部|一切|各种|各类)(?:的)?[\u4e00-\u9fff]{0,6}?(?:问题|烦恼|困扰|毛病|病)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and six (batch HN): every kind or trouble said to be settled once it is in our hands (不论是哪一型，交给我们就能全部解决; 交给本院统统搞定):
      // the hand-over makes it a total promise; 交给我们就能全部办好手续 settles no trouble, and a question asks.
      p(/交给(?:我们|本院|我院|本中心|本诊所|咱们|我)(?:来)?(?:就|都|便)?(?:能|可以|会)?(?:全部|全都|统统|通通|一并|全)(?:解决|搞定|摆平|治好|根除|消除|清除)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and thirteen (batch IC): every kind of a skin or body trouble as the subject, then all of it said to be settled, here or at once (所有
      // 色斑问题，在这里统统都能解决; 不管哪种类型的脱发，都能一次搞定): the totality before the verb, as 一次性解决所有问题 has it after; 并不是所有痘痘
      // 问题都能解决 is denied, 所有问题都能在服务台解决 names no trouble of the body, and a question asks.
      p(/(?:(?<![不并非是])(?:所有|一切|全部|各种|各类)|(?:无论|不论|不管)(?:是)?(?:什么|哪种|哪一种|何种|哪一类|哪类)(?:类型|样|程度)?)的?[\u4e00-\u9fff]{0,4}?(?:痘|斑|疤|粉刺|闭口|黑头|皮肤|肌肤|毛孔|皱纹|脱发|秃|湿疹|癣|疣|白癜风|鼻炎|失眠|颈椎|腰椎)[\u4e00-\u9fff]{0,3}?[,，]?\s?(?:在这里|在我们这儿?里?|在本院|来这里|交给我们)?(?:全部|全都|统统|通通|都|一律)(?:都)?(?:能|可以|能够)(?:一次)?(?:解决|搞定|处理好?|摆平|祛除|清除|消除)(?:掉)?(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and fourteen (batch ID): every kind of a skin complaint, a comma, then the place or one product said to settle them all
      // (不管什么皮肤病，来我们这儿都能治好; 各种类型的湿疹，一瓶药膏全搞定): the whole range claimed; a question, 不是所有 and a plain service
      // (所有类型的癣，这里都能做真菌镜检) are not read.
      p(/(?:(?<![不并非是])(?:所有|一切|全部|各种|各类)|(?:无论|不论|不管)(?:是)?(?:什么|哪种|哪一种|何种|哪一类|哪类)(?:类型|样|程度)?)的?[\u4e00-\u9fff]{0,4}?(?:痘|斑|疤|皮肤病|皮肤|湿疹|癣|疣|白癜风|脱发|皮炎|疹)[\u4e00-\u9fff]{0,3}?[,，]\s?(?:(?:来|到)(?:这里|这儿|我们这儿?里?|本院|我院|本诊所|本店)|一(?:支|瓶|盒|贴|套|种|个)[\u4e00-\u9fff]{0,3}?)(?:全部|全都|统统|通通|都|一律|全)(?:都)?(?:能|可以|能够)?(?:一次)?(?:解决|搞定|摆平|看好|治好|根治|祛除|清除|消除)(?:掉)?(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and three (batch HH): every client or patient said to leave satisfied (全部顾客做完都满意离开, 所有患者无一不满意): a satisfaction
      // without exception is as total as 100%; 不是所有患者都满意 is denied, and 所有顾客都要先登记 says nothing of satisfaction.
      p(/(?<![不并非是])(?:全部|所有|每一?位|每个|个个)的?(?:顾客|客人|患者|病人|病友|客户|会员|来访者)[^,，。;!?]{0,8}?(?:都|全都|无一不|没有一个不|没有不)(?:十分|非常|很|特别)?(?:满意|好评|满意而归|称赞)/),
      // Round one hundred and four (batch HK): every patient said to reach a full result (所有患者的皮损都得到了彻底清除, 每位顾客的色斑都完全消退了): an outcome
      // without exception is as total as 100%; 并非所有患者都能完全消退 is denied, and 所有患者都要在术后复查 names no result.
      p(/(?<![不并非是])(?:全部|所有|每一?位|每个|每一例|个个)的?(?:顾客|客人|患者|病人|病友|客户|会员|病例|受试者)[^,，。;!?]{0,8}?(?:都|全都|无一例外地?|均)(?:已经?|能|可以|会)?(?:得到了?|获得了?|实现了?|达到了?)?(?:彻底|完全|全部|根本)(?:的)?(?:清除|治愈|痊愈|消退|消失|康复|复色|根治|祛除|去除|断根)/),
      // Round one hundred and four (batch HK): every trouble of a kind said to be settled at once (一切色斑、痘印问题统统解决, 所有皮肤烦恼全部搞定): no treatment
      // settles them all; 不是所有皮肤问题都能解决 is denied, and 所有预约问题都可以由前台解决 settles nothing of the body.
      p(/(?<![不并非是])(?:一切|所有|任何|各种|各类)[^,，。;!?]{0,12}?(?:问题|烦恼|困扰|皮肤病|症状)[^,，。;!?]{0,2}?(?:统统|通通|全部|全都|一并|一律|统一)(?:被|能|可以|都能)?(?:解决|搞定|摆平|根除|治好|消除|去除|清除)/),
      // Round one hundred and four (batch HJ): every trouble of a kind settled here (所有皮肤问题，这里一站搞定; 各种头发烦恼统统帮你解决), or none the
      // clinic cannot see to (没有我们看不了的皮肤病, 没有咱治不好的): the whole field claimed; 所有问题都可以在群里提问 settles nothing, and 不是所有问题
      // 都能解决 is denied.
      p(/(?:所有|一切|全部|各种|各类)的?[^,，。;!?]{0,6}?(?:问题|烦恼|困扰|毛病|皮肤病)[,，]?\s?[^。;!?]{0,6}?(?:一站式?|统统|通通|全都|全部|都)(?:能|可以|给你|帮你|给您|帮您)?(?:解决|搞定|摆平|包办|拿下)|没有(?:我们|咱们?|本院|我院|这里|这儿|我)(?:看不了|治不了|治不好|看不好|解决不了|搞不定|处理不了|拿不下)的(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and five (batch HL): every disease of a kind said to find its answer or its cure here (任何皮肤病都能在这里找到答案, 所有孩子的
      // 皮肤问题都可以在我们这儿解决): the whole field claimed for the clinic; 不是所有皮肤病都能在这里治 is denied, and 任何问题都能在这里留言 settles nothing.
      // Round one hundred and eleven (batch HY): every kind of a complaint named by its disease, then the clinic as subject said to treat it all after the
      // comma (各种原因引起的湿疹，我们都能治; 所有类型的掉发，本院都可以看好); 并不是所有类型的脱发，我们都能治好 denies it, and a question asks.
      p(/(?<![不并非是])(?:各种|各类|所有|一切|任何)(?:类型|原因|程度)?(?:的|引起的)?[\u4e00-\u9fff]{0,4}?(?:脱发|掉发|斑秃|皮肤病|皮炎|湿疹|痘痘|色斑|病)[,，]\s?(?:这里|这儿|我们|本院|我院|本中心|本诊所|在这里|我们这里|我们这儿)(?:都|全都|统统)(?:能|可以|能够)(?:治|治好|看|看好|解决)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and twelve (batch HZ): every type or degree of a skin disease said to be dealt with, with 不管 / 无论 as the frame or no place
      // named (不管哪种类型的湿疹，这里都能治; 所有类型的银屑病都可以解决): the whole of an illness promised; 并不是所有类型…都能治好 is denied, 都要先就医
      // names no result, and a question asks.
      p(/(?:(?<![不并非是])(?:所有|各种|各类|任何|一切)(?:类型|分型|种类|程度)的|(?:不管|无论|不论)(?:是)?(?:哪种|哪一种|哪类|什么)(?:类型|分型|程度)?的)[\u4e00-\u9fff]{0,4}?(?:病|癣|疹|炎|脱发|斑|痘|痤疮)[,，]?\s?(?:这里|这儿|我们|本院|我院|本中心|本诊所|在这里|我们这里|我们这儿)?(?:都|全都|统统|全部)(?:能|可以|能够)(?:解决|搞定|治|治好|看好|根治)(?![^,，。;!?]{0,3}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and thirteen (batch IB): every mark on the skin of a kind said to come off (任何疤痕都能修复平整, 所有的痣我们都能一次点干净,
      // 各种胎记在这里都可以淡化), or a list of kinds under 不管是…还是… with 统统 / 全都 after the comma (不管是晒斑还是妊娠斑，全都能去掉): the whole
      // field of a cosmetic clinic promised; 不是所有的斑都能祛掉 is denied, 所有的痣都可以先做皮肤镜检查 names no removal, and a question asks.
      p(/(?<![不并非是])(?:任何|所有|一切|各种|各类)(?:类型|种类)?的?[\u4e00-\u9fff]{0,4}?(?:疤痕?|斑|痣|痘印|痘坑|疣|胎记|纹身)[,，]?\s?(?:我们|本院|我院|这里|在这里|本中心|本店)?(?:都|全都|统统|全部|均)(?:能|可以|能够)[\u4e00-\u9fff]{0,3}?(?:祛|去|点|消|清|修复|淡化|搞定|解决)(?![^,，。;!?]{0,4}?(?:吗|么|呢|[?？]))|(?:不管|无论|不论)是?[^。;!?]{1,16}?还是[^,，。;!?]{1,8}?[,，]\s?(?:我们|本院|这里)?(?:统统|全都|通通|一律|全部)(?:都)?(?:能|可以|能够)(?:祛|去|点|消|清|修复|淡化|治|搞定|解决)(?![^,，。;!?]{0,4}?(?:吗|么|呢|[?？]))/),
      p(/(?:任何|所有|一切|各种|各类)[^,，。;!?]{0,8}?(?:病|疾病|毛病|问题|烦恼|困扰)(?:都|全都|均)(?:能|可以|能够)(?:在|来)(?:这里|这儿|我们这里|我们这儿|我们这|本院|我院|本诊所|本中心|本门诊)(?:得到|找到|获得)?(?:答案|解决|解答|办法|治疗|治好|医治|根治|诊治|搞定)/),
      p(/绝对[」”』’"]?(?=(?:是)?第[一1](?![次个天步阶时周年月期类种条点批层部章节轮疗回组项代线])|安全|有效|放心|可靠|靠谱|靠得住|信得过|错不了|适合|适用|不会|没有|无|根治|治愈|保证|正规|专业|权威|能|可以|有保障|没问题|看得(?:见|到)|见效|管用|好用|不反弹|不复发|不(?:疼|痛|留(?:疤|痕|印)|伤(?:身|牙|皮|肝|肾|胃|眼|神经)|过敏|红肿|肿))/),
    ],
    negation: 'suppress',
    citation: 'lower',
    examples: {
      bad: ['治冻疮这事，我们有十成十的把握', "啥斑都能祛，来了就知道", "不管什么痘，到店以后全部能搞定", "痘印、毛孔、暗沉，这里统统能解决", "这款喷雾就是万金油，蚊虫叮咬也能喷", "这套手法治腰痛百试百灵", "祛痘有效是绝对的，放心做", '这套祛斑方法一劳永逸，做完就不用再管', '不管什么皮肤病，来我们这儿都能治好', '各种类型的湿疹，一瓶药膏全搞定', '各种胎记在这里都可以淡化', { text: '不管是晒斑还是妊娠斑，全都能去掉', type: 'ad' }, '所有色斑问题，在这里统统都能解决', '不管哪种类型的脱发，都能一次搞定', '无论什么程度的痤疮，我们这里都能搞定', { text: '各种分型的银屑病都可以治好', type: 'ad' }, '这款面膜祛黄无死角，整张脸都亮了', '三合一疗程修复，零死角', '各种原因引起的湿疹，我们都能治', '不管是哪种痘痘，交给本院统统搞定', { text: '这套头皮护理能一次性搞定各种头发烦恼', type: 'ad' }, '万能药膏，这话一点不假', { text: '各类眼部疾病都可以在本中心得到解决', type: 'institution' }, '老人的各种关节毛病都能在我们这儿治好', "做完这个疗程，所有病人的白斑都得到了完全复色", { text: "各种痘坑、毛孔粗大的烦恼，来这里统统搞定", type: 'ad' }, "所有患者做完祛斑都非常满意", { text: "每位顾客体验后都满意而归", type: 'ad' }, '头皮的各种烦恼，在这儿统统帮你解决', { text: '颈肩腰腿的毛病，没有我们看不好的', type: 'ad' }, '颈肩酸痛，这套理疗一次性统统解决', "这套全身扫描能检出所有的早期病变", {"text": "一次扫描就能发现早期肿瘤，无一遗漏", "type": "ad"}, "这套饮食方案绝对适用于所有体质", { text: "我们的减重营绝对适合上班族", type: 'ad' }, { text: '这家口腔诊所的种植牙绝对靠得住，朋友都去了', type: 'ad' }, { text: 'No side effects, 100% natural 🌿 这款祛痘膏放心用', type: 'ad' }, { text: '这款祛斑精华坚持用一个月，变化绝对看得到', type: 'ad' }, { text: '瘦身疗程做完绝对不反弹，姐妹们冲', type: 'ad' }, '呢支藥膏係萬能嘅，冇副作用', { text: 'Our laser is 100% effective ✨ 三次见效', type: 'ad' }, "我们的整合方案一劳/永逸，让您告别反复就诊", {"text": "这款药膏简直是wan能的，什么皮肤病都能涂", "type": "ad"}, "医生说这个方案百份百有效", '效果在业内绝对是第一', { text: '这款修护方案对各类痘痘jue dui有效', type: 'ad' }, '百分百安全有效', '一劳永逸解决白斑问题', '疗效绝对有保障', { text: '选择「绝·对」放心的品牌', type: 'ad' }, { text: '拔智齿绝对不痛，麻药一打睡一觉就好', type: 'ad' }, '这款祛痘针清绝对不留疤，放心做', { text: '问：种牙疼吗？\n答：jue dui 不疼，全程微创', type: 'institution' }],
      ok: ['没有十成十管用的药，只能尽量控制', "什么时候都能来预约，周末也开门", "别把激素药膏当万金油用", "没有零失败的手术，术前要评估", "没有什么是绝对的，效果因人而异", "什么斑都能祛掉吗？要先看分型", '世上哪有一劳永逸的祛痘办法，坚持护理才是正道', '哪来什么万能的修护精华，选对适合自己的就好', '所有类型的癣，这里都能做真菌镜检', '不管什么皮肤病，到这里都能挂号就诊', '并不是所有的湿疹，一支药膏都能解决', '所有的痣都可以先做皮肤镜检查', '不是所有的斑都能祛掉，黄褐斑容易反复', '不管是晒斑还是妊娠斑，都要先做好防晒', '任何疤痕都能修复平整吗？要看疤痕的类型', '并不是所有痘痘问题都能解决，要看分型', '挂号缴费等所有问题，都能在服务台解决', '不管哪种类型的湿疹，都要先找医生明确诊断', '并不是所有类型的银屑病都能治好，有些只能长期控制', '诊室每天清洁消毒，不留死角', '防晒霜要涂匀，耳后和脖子也别留死角', '并不是所有类型的脱发，我们都能看，有些需要转诊', '医保报销的材料交给我们就能全部办好', '没有哪种治疗能一次性解决所有的皮肤问题', '复诊时可以一次性解决所有的报销问题吗？', '这么多问题，交给你们就能全部解决吗？', '一支药膏百分之百见效？这种说法没有科学依据', '任何问题都能在这里留言，工作人员会在两天内回复', '不是所有皮肤病都能在这里治疗，疑难病例我们会协助转诊', "并非所有患者的皮损都能完全消退", "所有患者都要在术后一周复查", "所有预约问题都可以由前台统一解决", "不是所有皮肤问题都能一次解决", "不是所有患者都满意，效果因人而异", "所有顾客都要先登记再候诊", "所有顾客满意度调查表请交到前台", '所有问题都可以在群里提问，护士会统一解答', '不是所有皮肤问题都能一站解决，复杂的要转诊', '没有我们看不了的病？这种说法不可信', '慢性病不可能一次性全部解决，要长期管理', '复诊时请把检查单一次性全部交齐', "没有哪种体检能查出所有的疾病", "体检发现的异常要一个不漏地复查", "没有哪种运动绝对适合所有人，要量力而行", "游泳不是绝对适合每个人，腰椎间盘突出的人要先问医生", { text: '没有哪家诊所绝对靠谱，看病要多比较几家、听医生的', type: 'kepu' }, { text: 'No sunscreen is 100% protective 🌞 户外还要戴帽子、打伞', type: 'kepu' }, { text: '不能说绝对见效，多数患者需要两到三个月才看得见变化', type: 'kepu' }, { text: '疗效不是绝对看得见的，部分改善要靠皮肤镜才能发现', type: 'kepu' }, { text: 'Heard "100% effective" promises elsewhere? 我们会在面诊时说明治疗的局限。', type: 'institution' }, { text: 'Surgery is never 100% risk-free ⚠️ 术前请与医生充分沟通', type: 'kepu' }, 'Masks are not 100% protective，勤洗手同样重要', '冇邊種藥係萬能嘅，要跟醫生指示用藥', "没有万无一失的手术，术前请与医生充分沟通", { text: '| 指标 | 2025年 |\n|---|---|\n| 投诉按时回复率 | 100% |', type: 'institution' }, '全年出院患者电话随访覆盖率100%', '建议穿100%纯棉的宽松衣物', '没有任何治疗能100%有效', '绝对禁忌证包括对光敏感的疾病', '复诊时间、用药剂量都要百分之百遵医嘱，不要凭感觉增减', '降压药绝对不要自行停用，调整剂量请问医生', '没有哪种拔牙能保证绝对不疼，麻药过后会有些胀痛'],
    },
  },
  {
    id: 'absolute-newest',
    category: 'absolute',
    title: '“最新技术”“最先进”“革命性疗法”',
    basis: BASIS.newest,
    message: '“最新”“最先进”“革命性”的技术或设备无法核实，会让读者误以为效果更好。',
    suggestion: '写出技术或设备的通用名称、获批情况和开始使用的时间，不评价新旧和先进程度。引用“最新指南”“最新共识”时注明名称和年份即可。',
    levels: levels('WEEW'),
    patterns: [
      // Session forty-four (recurring misses, 3 rows of the last 30 batches): the offer called disruptive or epoch-making or just out as a new generation, with a kit noun
      // the pattern above lacks (这家用的是颠覆性的新疗法; 启用划时代的皮肤检测仪; 采用全球刚问世的新一代疣体免疫疗法): the newest said in other words. History in
      // kepu (抗生素是划时代的发现) names no offer.
      // Round one hundred and twenty-three (batch IW): the device called a platform or a system (启用划时代的第六代脱毛平台, 革命性的光电系统); 划时代的发现 is still history.
      p(/(?:颠覆性|划时代|革命性|里程碑式)的?(?:新)?[\u4e00-\u9fff]{0,6}?(?:疗法|技术|检测仪|治疗仪|仪|设备|方案|新药|平台|系统)|(?:刚刚?|新近)(?:问世|面世|上市|推出)的(?:新一代|新款|最新一代)[\u4e00-\u9fff]{0,10}?(?:疗法|技术|设备|仪器|药)/),
      p(/(?:最新|最先进|最前沿|最尖端|国际最新|全球最新|尖端|前沿|革命性|革新性?|划时代)的?(?!指南|共识|研究|版|进展|数据|文献|消息|动态)(?:[a-z]{1,4}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{0,4}?(?:技术|疗法|科技|设备|仪器|科研成果|药物|药|方法|治疗方法|治疗手段|治疗技术|光疗|激光|方案|成果)/),
      p(/最先进|最尖端|最前沿/),
      // Round forty-three (batch CC): the newest generation or model of a device, with its model number before the noun (采用全球最新一代308nm技术).
      // Round one hundred and twenty-three (batch IW): or the procedure itself named after the newest generation (最新一代冰点脱毛, 最新款光子嫩肤, 最新一代皮秒祛斑):
      // the noun is what the clinic sells; 最新一代指南 or 最新版共识 names no offer.
      p(/(?:最新|最先进)(?:一代|款|型号?|版本?)[0-9a-z\u4e00-\u9fff.\s-]{0,10}?(?:技术|疗法|设备|仪器|激光|光疗|系统|机器?|治疗仪|平台|脱毛|嫩肤|祛斑|美白|光子)/),
      // Round ninety-five (batch GS): the ranking after what it ranks: the kit or the technique as the subject, then 是 or 为 and the newest
      // model or generation, a scope perhaps between (康复设备为全球最新款, 这台激光仪是目前国际最新一代, 我们的技术都是最新的); a question is not read.
      p(/(?:技术|疗法|设备|仪器|机器|机型|激光|激光仪|光疗仪|治疗仪)(?:都|均|全|全部)?(?:是|为|属于|乃)(?:目前|当前|现在|如今)?(?:国际|国内|全球|世界|全国|业内|市面上|行业|亚洲)?(?:上)?(?:的)?最新(?:一代|款|型号?|版本?|的)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))(?=[,，。;!?！？、~～]|$)/),
      // Round one hundred and sixteen (batch II): the offer called 黑科技 (cutting-edge tech, in everyday words: 用的是生发黑科技), or said to be this year's or just out
      // (用的是今年刚出的生发技术, 我们引进了最近刚上市的新仪器); refine() lets a warning through (别迷信所谓的生发黑科技) and asks for our own offer before 刚出的
      // (刚上市的新药安全数据还有限 is a caveat).
      p(/黑科技|(?:今年|最近|近期|刚刚?|新近)(?:才)?(?:刚)?(?:出|推出|上市|问世|研发出?|研制出?|引进)(?:来)?的[\u4e00-\u9fff]{0,6}?(?:技术|疗法|科技|设备|仪器|方法|药)/),
      // Round eighteen: the offer called a revolutionary breakthrough (全新第五代超声刀…堪称革命性的突破); news of a field's
      // breakthrough in a health article, with no clinic in the sentence, is left to the reader.
      p(/(?:革命性|划时代|颠覆性|里程碑式)的?(?:突破|变革|飞跃|创新)/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const hit = c.norm.slice(c.start, c.end);
      // Round one hundred and sixteen (batch II): 黑科技 warned against, and what is just out said as a caveat rather than our offer.
      if (/黑科技|的[\u4e00-\u9fff]{0,6}?(?:技术|疗法|科技|设备|仪器|方法|药)$/.test(hit) && /(?:今年|最近|近期|刚|新近|黑科技)/.test(hit) && !/^(?:最新|最先进|最前沿|最尖端|国际最新|全球最新|尖端|前沿|革命性|革新|划时代)/.test(hit)) {
        if (/所谓|号称|自称|别信|别迷信|不要迷信|谨慎|警惕|当心|小心|噱头|营销|智商税|忽悠|骗|并不是|不是什么|未必|不一定|有限|观察|还不清楚|尚不明确/.test(c.sentence)) return false;
        return hit.includes('黑科技') || c.docType === 'ad' || /本院|我院|我们|本中心|本诊所|本店|本馆|这家|他家|引进|采用|用的是|用上了?|推出/.test(c.sentence);
      }
      return !(/(?:突破|变革|飞跃|创新)$/.test(hit) && c.docType !== 'ad' && !/本院|我院|我们|本中心|本诊所|本店|本馆|这家|引进|采用|推出/.test(c.sentence));
    },
    examples: {
      bad: [
        // Round one hundred and twenty-three (batch IW): the platform or system called revolutionary, and the procedure named after the newest generation.
        "诊所换上了革命性的光电嫩肤系统", "本店用的是最新款光子嫩肤", "本院引进了颠覆性的祛斑新仪器", "我们采用刚上市的新一代脱毛设备", "用的是今年刚出的生发黑科技", "我们引进了最近刚上市的新仪器", { text: "这款生发黑科技，三十岁的你值得拥有", type: 'ad' }, { text: "这台激光仪是目前国际最新一代，祛斑更快", type: 'ad' }, "我们的技术都是最新的！", { text: '第三代革新疗法上线，祛斑更省心', type: 'ad' }, { text: '外院只有老设备，本院引进了“最先进”的射频溶脂仪', type: 'institution' }, "本院采用全球zui新一代308nm光疗设备", '为什么说我们的矫正方案是全世界最先进的？', '光动力是最先进的祛痘技术吗？是的，本院已全面引进', '因为它采用了最新的AI智能排牙技术', '本院引进国际最新的复色技术', { text: '全新第五代超声刀，堪称革命性的突破', type: 'ad' }, '我们推出的新疗法是祛斑领域划时代的飞跃', '采用最先进的308激光设备', '革命性疗法让白斑不再扩散'],
      ok: [
        // Round one hundred and twenty-three (batch IW): a warning against the word, and the newest edition of a guideline.
        "别被“最新一代”唬住，脱毛看的是毛色和肤色", "最新版指南更新了多毛症的评估方法", "抗生素是划时代的发现", "刚上市的新一代药物安全数据还有限，医生会评估", "刚上市的新药安全数据还有限", "别迷信所谓的生发黑科技", "网上吹的生发黑科技大多是营销噱头", "这款药今年刚上市，医生会评估适不适合你", "这台设备是最新款吗？", "门诊的设备是十年前的老款，不是最新款，但定期校准", "新疗法是最新的不代表更好，要看证据", '治疗理念在不断革新，具体方案请以最新指南为准', { text: '患者诉半年前曾在某美容院接受“最先进”的射频溶脂，术后腹部出现硬结', type: 'case' }, "最新一代的诊疗指南已于去年发布", '最新的2024版指南建议进展期尽早干预', '为什么说防晒是最先进的抗老方法？其实这种说法并不准确', '超声刀是最先进的抗衰手段吗？并不是，是否适合要看皮肤状况', '最新版诊疗共识建议进展期尽早干预', '抗生素的发现是医学史上革命性的突破', '医生会参考最新指南调整方案', '最新的研究进展见文末参考文献'],
    },
  },
];

/**
 * Round sixty-two (batch EE): a genuine yes-no question about some method or product (激光是最先进的祛痘手段吗？), not about the
 * clinic, answered right after with a denial or a limit (不一定, 并不, 不存在, 只是……之一, 因人而异): the question is the reader's and
 * the answer takes it back. A question about the clinic (我院是本市第一家…吗？) or left unanswered is still read.
 */
const ANSWER_DENIES = /^[^\n]{0,40}?(?:不一定|并不|并非|不存在|不是|只是[^。;!?\n]{0,16}?之一|因人而异|没有(?:所谓|哪种|哪个|一种))/;
const SELF_IN_QUESTION = /本院|我院|我们|本中心|本诊所|这家|该院|本店|咱们/;
function deniedQuestion(c: RuleContext): boolean {
  if (!/(?:吗|么)\s?[?？]\s?$/.test(c.sentence) || SELF_IN_QUESTION.test(c.sentence)) return false;
  return ANSWER_DENIES.test(c.norm.slice(c.sentenceStart + c.sentence.length, c.sentenceStart + c.sentence.length + 60));
}
/**
 * Round sixty-seven (batch EN): a patient's history that quotes another place's wording (患者自述一年前在外院做过“最新技术”的埋线,
 * 此前在美容院做过号称“顶级”的项目): the words in quotation marks are the other clinic's, recorded, not ours. Only inside the quotation
 * marks, and only with a history told (自述, 曾在, 此前, 一年前) of another place (外院, 美容院, 网上).
 */
const ELSEWHERE = /外院|别的医院|其他医院|其他机构|某机构|某诊所|私人诊所|美容院|美容店|养生馆|网上|网店|直播间/;
const HISTORY_TOLD = /自述|自诉|(?:患者|家属|患儿母亲|患儿父亲)(?:诉|称)|曾(?:在|于|到)|此前|之前|(?:\d+|[一二三四五六七八九十两半几])\s?(?:个)?(?:年|月|周|天)(?:前|以前)/;
function quotedFromElsewhere(c: RuleContext): boolean {
  const before = c.norm.slice(c.sentenceStart, c.start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'));
  if (open < 0 || /[”」]/.test(before.slice(open)) || c.start - (c.sentenceStart + open) > 12) return false;
  if (!/^[^“「。;!?\n]{0,12}?[”」]/.test(c.norm.slice(c.start, c.start + 16))) return false;
  const outside = c.sentence.replace(/[“「][^”」]*[”」]/g, '');
  return ELSEWHERE.test(outside) && HISTORY_TOLD.test(outside);
}
for (const r of absoluteRules) {
  const inner = r.refine;
  r.refine = inner ? (c) => !deniedQuestion(c) && !quotedFromElsewhere(c) && inner(c) : (c) => !deniedQuestion(c) && !quotedFromElsewhere(c);
}
