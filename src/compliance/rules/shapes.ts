// Rules for the shapes of issue 15: claims written in forms the first rules had not seen. Each has
// its own examples; the development corpus (test/fixtures/compliance/corpus.tsv, third batch) was
// written before these rules.

import type { Rule } from '../types.js';
import { BASIS } from './basis.js';
import { askedThenCautioned, CASE_HISTORY_TOLD, DOCTOR_WARNS, ENDORSEMENT_EXPOSED, OWN_SELLER } from './promotion.js';
import { UNAPPROVED_TECHNIQUES } from './unapproved.js';
import { levels, p } from './util.js';

const TECHNIQUE_BASIS =
  '《医疗技术临床应用管理办法》（国家卫生健康委员会令第1号，2018年）：安全性、有效性不确切的医疗技术禁止临床应用，未经批准的技术不得开展；《广告法》第二十八条第二款第（三）项：以虚构、无法验证的科研成果作证明构成虚假广告；第十六条第一款第（一）项：不得对功效作断言。';

const DIRECTIVE_BASIS =
  '《广告法》第四条：广告不得含有虚假或者引人误解的内容；第十六条第一款第（一）项：医疗广告不得对功效、安全性作断言；原药品广告审查发布标准禁止使公众误解不使用某种治疗就会加重病情的内容，执法中仍常作参照。把一种处置说成每位患者都必须立即去做，无视个体差异，也在制造紧迫和恐惧。';

/** The sentence keeps the technique at arm's length: research, not approved, a warning. */
// Round fifty-two (batch DC): research still under way, evidence still wanted (研究仍在进行中, 安全性尚需更多证据, 还需要大样本研究验证).
// Round fifty-nine (batch DX): research mentioned and the patient sent back to approved care (…的研究很多，但患者应选择已获批准的正规疗法).
const RESEARCH = /研究(?:仍|还|尚)(?:在|处于)|(?:研究|探索|试验)[^。;!?]{0,12}?但[^。;!?]{0,8}?(?:应|应该|应当|要|请|需)[^,，。;!?]{0,4}?选择[^,，。;!?]{0,4}?(?:已获批|已批准|获批|经批准|正规)|(?:尚|还|仍)(?:需|需要|有待)(?:更多|进一步|大量|大样本|更大样本)[^,，。;!?]{0,8}?(?:证据|研究|验证|数据|观察)|只有[^。;!?]{0,10}?获批|已有[^。;!?]{0,10}?获批|已获批(?:准)?(?:上市)?的(?:产品|药品|药物|制剂)|获批上市的|研究阶段|尚未(?:用于|应用于|进入)|未用于临床|临床研究|临床试验|尚未(?:被)?(?:获得?)?批准|未(?:经|获)批准|未获批|没有(?:获批|批准|被批准)|没有[^,，。;!?]{0,12}?(?:被)?(?:批准|获批)(?:用于|上市)|(?:尚|均|并)无(?:获批|批准)|(?:是|属于)?(?:违法|非法)的|没有(?:可靠|足够)?(?:证据|依据)|缺乏(?:证据|依据)|不建议|不要(?:相信|轻信)|警惕|谨防|不可信|科研|实验室|动物实验|是一类|是指|属于|(?:距离?|离)(?:临床|常规|真正|实际)[^,，。;!?]{0,8}?(?:还|尚|仍)[^,，。;!?]{0,6}?(?:远|长的路|距离)/;
const UNAPPROVED_RE = new RegExp(UNAPPROVED_TECHNIQUES.map((t) => `(?:${t.pattern})`).join('|'));

/** Who tells a story under a testimonial heading, and what they tell. */
// Round twenty-nine: those already cured or helped speak the same way (治愈者说, 过来人的分享).
// Round thirty-one: and those who had it done (看看做过的人怎么说).
const TELLERS = '(?:做|用|来|治|试|打|种)过的(?:人|姐妹|朋友|顾客|客户)|患者|病友|患友|病号|就诊者|康复者|治愈者|痊愈者|受益者|过来人|家长|家属|用户|顾客|客户|网友|学员|大家|我|姐妹|宝妈|会员|粉丝|新人|新娘|准新娘|毕业生|学生|同学|旅客|乘客|听众|观众|来电者|游客|驴友|住客|团友';
// Round ninety-three (batch GN): a programme's listeners or viewers tell their stories under a heading as patients do (## 听众讲述：…,
// **观众来信**), and 讲述 names the telling as 自述 does.
// Round ninety-one (batch GK): the customers a seasonal promotion addresses by their life stage or trip (新人, 准新娘, 毕业生, 同学,
// 旅客) tell the story under a heading as patients do (## 准新娘心声, **学生反馈｜…**).
// Round one hundred and twenty-six (batch JC): the tourists and hikers a scenic-area clinic serves (游客, 驴友, 住客, 团友) tell their stories under a
// heading as 旅客 do, and 用后感 / 使用感 name the telling as 感受 does (### 驴友们的用后感; **住客使用感**); 游客须知 and 驴友常见问题 stay HEADING_NOT.
const TELLS = '案例|心声|故事|反馈|感言|感谢|寄语|评价|点评|分享|留言|来信|体验|日记|见证|口碑|好评|的话|心里话|真心话|怎么说|说|经历|感受|心得|之路|历程|声音|实录|回访|自述|讲述|晒图|晒单|打卡|打卡记录|变化记录|蜕变记录|用后感|使用感';
/** Headings about channels, rules, questions or care (患者反馈渠道, 患者须知, 写给患者的话) introduce no stories. */
// Round seventy-seven (batch FH): a heading that refuses to post them (为什么我们不放患者好评截图, 从不晒感谢信) is a policy,
// whatever it names (不放弃, 不晒太阳, 不挂号 refuse nothing).
const HEADING_REFUSE =
  '(?:不|从不|绝不|拒绝|禁止|谢绝)(?:对外|再|会|予)?(?:评价|展示|发布|刊登|公开|接受|收集|使用|宣传|放(?!弃|心|松|过|假|大|开|下|手|疗|射)|晒(?!太阳|伤|黑)|贴(?!心|身)|挂(?!号|念|科)|转发|上传)';
const HEADING_NOT =
  '关于|渠道|方式|途径|须知|留言区|评论区|答疑|征集|征稿|流程|说明|调查|意见|投诉|问题|注意事项|权利|隐私|教育|提问|问答|疑问|提醒|指南|手册|支持|互助|活动|安排|建议|准备|护理|写给|致|可以做什么|常问|常见|获奖|颁奖|就职|入职|' + HEADING_REFUSE;

// Round ninety-six (batch GT): 因为 opens the illness-leaving reading (为什么拔完罐会犯困？因为病气正在往外走), as 说明 does.
// Round ninety-six (batch GT): 恰恰是 / 恰好是 / 正好是 open the reading as 正是 does (敷药处发烫，恰恰是药劲透进去了).
const BODY_READING = /^(?:提示|说明|证明|表明|表示|意味着|代表着?|预示着?|标志着|就是|正是|恰恰是|恰好是|正好是|那是|这是|其实是|证据|因为)/;
/** A bodily reaction shortly before the reading (照光后皮肤发红，说明…). */
// Round twenty-seven: a ring or a blush of red (一圈淡淡的红晕, 红圈, 潮红) is a reaction like 发红.
// Round twenty-eight: a reaction told as a doubled word (红红的, 热热的, 紧紧的), a tan-like darkening (晒黑样) or an edge gone
// blurry (边缘变得模糊) is a reaction like 发红 or 变深.
// Round twenty-nine: more urine (尿量增多), a moxibustion sore (灸疮) and pain that starts (开始疼) are reactions too.
// Round forty-two (batch BY): lips cracked dry (嘴唇干裂), spots breaking out (爆得越多) and hair shedding (掉发增多) too.
// Round forty-four (batch CD): a bare redness told as a change (红了, 红了一片, 红就…) is a reaction like 发红; so is a worsening
// told as coming first (皮损会先加重几天, 反而变多).
// Round ninety-four (batch GP): an ache all over told as 发酸 (刮完第二天浑身发酸，这正是…的信号), as 酸胀 is.
// Round ninety-five (batch GR): numbness or fullness told as 发麻 / 发胀 (拔完火罐腿上发麻，说明…), and sweat breaking out told as 冒汗
// (艾灸时额头冒汗，说明…), as 酸胀 and 出汗 are.
// Round ninety-seven (batch GV): skin gone red all over told as 通红 / 红彤彤 (拔完罐背上通红，是因为…), thirst (喝完药口特别渴，说明…) and a
// cough grown worse (咳得更厉害了，那是…), as 发红, 口干 and 痰多 are. Chills, an appetite and a running nose were left out: they are also the
// signs a diagnosis reads (发冷打寒颤，说明寒气入侵了; 胃口变好，说明身体在恢复; 流鼻涕，说明病毒…), with no treatment to credit.
// Round ninety-nine (batch GZ): a cough or an itch grown worse told as 更凶 / 更重 (头几天咳得更凶，恰恰说明…), skin or a sole gone sticky (泡脚后
// 脚底发黏，是…) and a red rash broken out (灸完身上冒红疹，是…), as 咳得更厉害, 渗液 and 疹子 are.
// Round ninety-six (batch GT): tiredness told as 没劲 / 想睡 / 困倦 (针灸完浑身没劲，正说明…), warmth as 暖洋洋 / 热乎乎, more trips at night as 起夜 /
// 夜尿, and phlegm coughed up (咳出黄痰, 痰多), as 乏力, 暖流, 尿量 and 分泌物 are.
// Round ninety-eight (batch GX): a rumbling belly (肚子咕噜直响, 肠鸣), an urge to go to the toilet (总想跑厕所), a body felt lighter (全身轻快了,
// 脚下变轻了), a sign grown plainer (青筋反而更明显了) and the tongue or the face changing its coat or colour (舌苔由厚变薄, 面色由黄转红润) are
// reactions too: the tongue and the face only as a change, since a coat or a colour as it is (舌苔厚腻，说明湿气重) is what a diagnosis reads.
// Round one hundred and one (batch HD): a burp counted (打了两个嗝, 打几个嗝) is the reaction 打嗝 is, and loose or frequent stools (拉肚子, 拉得勤) are
// the reaction 腹泻 is, as 冒热汗 is 冒汗.
// Round one hundred (batch HB): a joint's click (膝盖咔咔响, 弹响), phlegm coughed up in so many words (咳出几口痰) and an ache grown worse as 更酸 / 更胀.
// Round one hundred and two (batch HF): small spots or closed comedones broken out (刷酸后起小痘，那是…; 敷完长了几颗闭口，说明…), as 冒痘 and 爆痘 are.
// Round one hundred and two (batch HG): closed comedones breaking out (冒闭口, 爆粉刺), as 爆痘 does, and the skin worse the more it is put on (越抹越红,
// 越涂越痒).
// Round one hundred and three (batch HI): the lesions said to multiply, with 会 or 反而 (痘痘会变多, 红疹反而多了), and a layer of skin peeled (脱了一层皮).
// Round one hundred and three (batch HH): a fluid seeping out (出黄水, 流水, 渗水) is a reaction too (泡完脚出黄水，正是湿气被排出来了); the shapes
// still ask for the bad thing read out after it, so 泡完脚出黄水，可能是合并感染 is not read.
// Round one hundred and four (batch HK): sweat named in any form is the reaction too (身上出的那层黏汗, 额头的汗珠, 流了满头汗), as 出汗 and 一身汗 are.
// Round one hundred and four (batch HJ): a face swelling (脸发胀) and flakes coming up or off (起皮屑, 掉了一层屑) are reactions too.
// Round one hundred and fifteen (batch IG): the skin round an injection sunk or gone purple (发凹, 凹下去, 变紫, 发紫) is a reaction too (打完针疤周围发凹，
// 这正是药物起作用); 发白 is left out, since a white patch read as lost pigment (皮肤发白，说明黑色素减少) is a diagnosis.
// Session forty-four (recurring misses, 4 rows of the last 30 batches): blood spots after needling (头皮冒血点, 渗出血点), a blister said as 起泡, and a
// mark or an itch told as growing worse with 反而 / 更 / 越来越 (斑的颜色反而更深了, 脸更痒) are reactions too; the shapes still ask for a reading after them.
const REACTION_BEFORE = /(?:(?:冒|渗|出)(?:了)?(?:出)?血点|出血点|起泡|(?:反而|更加?|越来越)(?:深|黑|暗|红|痒)|发凹|凹下去|(?<![不没])(?:变|发)紫|[黏粘油臭黄冷热虚]汗|汗(?:水|液|珠|渍)|(?:出|冒|流|淌)(?:的|了)?(?:那层|一层|一身|满身|一头|满头)?汗|发胀|(?:起|掉|脱)(?:了)?(?:一层)?(?:皮屑|白屑|屑)|(?:冒|爆|起|长)(?:闭口|粉刺)|(?:痘|疹|闭口|粉刺|红点|疙瘩)(?:痘)?(?:会|反而|还|又)?(?:变多|增多|多了|多起来)|脱(?:了)?(?:一|几)?层皮|越(?:抹|涂|擦|搽|用|洗|泡|敷)越(?:红|痒|干|疼|痛|多|重)|(?<![不没])红(?:了|就|一片|成)|咕咕叫|咕噜|肠鸣|(?:想|要|老想|总想|直想|跑)(?:上)?厕所|便意|变轻|轻快|轻盈|身轻|(?:更|越发|越来越)明显|(?:舌苔|舌质|舌色|舌头|脸色|面色|气色)[^,，。;!?]{0,2}?(?:由[^,，。;!?]{1,3}?变|变(?:薄|淡|红|润|亮|干净)|转(?:红|淡|润)|退(?:了|掉|下去))|(?:先|反而|暂时)(?:会)?(?:加重|变多|增多|变重)|干裂|发干|爆得|爆了|掉发|掉头发|尿量|灸疮|(?:开始|有点|有些|越来越)(?:疼|痛)|红红|热热|烫烫|紧紧|痒痒|胀胀|酸酸|辣辣|暖暖|黑黑|晒黑|(?:变得?|有些|有点|逐渐)模糊|皮疹|疹子|风团|丘疹|发苦|口苦|嘴苦|温热|溃疡|上火|越来越浅|越来越淡|变浅|变淡|针刺感|刺感|蚁行感|酥麻|暖流|热流|暖意|跳动感|针感|触电感|得气|酸麻|麻胀|胀感|黑边|黑圈|红晕|红圈|红边|潮红|粉红|变红|变粉|刺刺|发红|泛红|红斑|红肿|红点|痒|刺痛|疼痛|胀痛|酸痛|痛感|发麻|发胀|冒汗|微汗|灼热|灼烧|发热|发烫|热感|麻木|麻麻|水疱|水泡|起疱|脱皮|脱屑|皮屑|掉皮|起皮|蜕皮|结痂|痂|变黑|发黑|变深|色素加深|色素沉着|颜色加深|发暗|变暗|反应|出汗|一身汗|酸胀|发酸|酸软|酸沉|口干|便溏|腹泻|大便|排便|分泌物|渗液|黄水|渗水|流水|出水|不适|感觉|色素岛|大汗|发黄|尿黄|尿液|小便|出痧|痧|罐印|印记|印子|瘀斑|淤斑|紫斑|瘀青|淤青|脱落|脱得|掉得|蜕得|更疼|更痛|冒痘|爆痘|(?:起|长|冒|爆)(?:了)?(?:一些|几颗|好多|很多|一片|满脸)?小?(?:痘|闭口|粉刺|疙瘩)|冒得|冒出|做梦|多梦|梦多|头晕|乏力|恶心|嗜睡|发烧|低烧|低热|打嗝|打(?:了)?(?:几|两|三|好几|一|一连串)个嗝|放屁|拉肚子|拉稀|拉得(?:多|勤|稀|厉害)|跑肚|冒热汗|出热汗|排气|犯困|疲乏|没劲|没力气|没精神|想睡|困倦|疲倦|疲惫|乏累|发困|无力|暖洋洋|暖烘烘|热乎乎|热乎|暖和|起夜|夜尿|尿多|尿频|咳痰|吐痰|痰多|黄痰|白痰|浓痰|黏痰|痰液|通红|红通通|红彤彤|口[^,，。;!?]{0,3}?渴|(?:咳|痒|疼|痛|肿|喘)得(?:更|越来越|越)(?:厉害|凶|重|狠|猛)|发黏|黏糊|黏腻|黏液|(?:红|小|起|冒|出)疹|咔咔|咔嚓|咔哒|嘎嘣|咯嘣|弹响|(?:咳|吐)出[^,，。;!?]{0,3}?痰|更(?:酸|胀|麻))[^。;!?]{0,12}$/;
/** Round fourteen: the reaction told in the sentence before, the reading opening the next (…先变粉再变黑？这说明…). */
// Round forty-two (batch BY): also a doctor's answer opening on the reading, the reaction in the question (问：…反而爆痘了？答：这是…排毒…).
// Round ninety-two (batch GL): also a reassuring word before the reading (…脱皮了？别担心，这说明…; 恭喜您，这表明…).
// Round ninety-three (batch GN): also after a seller's, a doctor's or a guest's label in a chat or a transcript, and after 正常的 said as
// reassurance (客服：正常的哦，那是体内的寒气往外排).
const REACTION_IN = new RegExp(REACTION_BEFORE.source.slice(0, REACTION_BEFORE.source.lastIndexOf('[^')));
const reactionBefore = (c: { norm: string; start: number; sentenceStart: number }) =>
  REACTION_BEFORE.test(c.norm.slice(c.sentenceStart, c.start).slice(-16)) ||
  (/^\s?(?:(?:答|客服|医生|医师|大夫|老师|嘉宾|主任|药师|护士|专家)[^,，。;!?:：]{0,16}?[:：]\s?)?(?:(?:恭喜(?:你|您)?|别(?:担心|慌|紧张|害怕|怕)|不(?:用|要|必)(?:担心|慌|紧张|害怕|怕)|放心(?:吧)?|没关系|别急|(?:这|这个|这种情况)?(?:很|挺|是|都是)?正常(?:的|现象)?)(?:了|啦|哦|呀|吧|亲|亲亲|哈|呢)?[,，!！~～]\s?)?(?:这|这就|这恰恰|这正|其实这|这些都|那|那就|那是)?\s?$/.test(c.norm.slice(c.sentenceStart, c.start)) && REACTION_IN.test(c.norm.slice(Math.max(0, c.sentenceStart - 30), c.sentenceStart)));

// The care done or counted right before a result read off the body (做完一次, 敷上当晚, 涂了两三天, 药浴一次): efficacy-body-response's
// pattern starts with it and its refine() asks for it at the hit's start, so the two read the same list.
const CARE_COUNTED = String.raw`(?:(?:做|敷|打|用|涂|抹|泡|照|刷)完(?:一次|第一次|当天|当晚|第二天|立刻|马上|当场|第[一二两三四2-4]次|一个?疗程|第[一二两三四1-4](?:周|天))|(?:敷|用|涂|抹|泡|照|擦|搽|吃|喝)(?:上|了)(?:[一二两三四五六七八九十几]{1,3}|\d{1,2})(?:天|周|次)|(?:敷|涂|抹|擦|搽|喷)(?:上|了)(?:当天晚上|当天|当晚|第二天|一次)|(?:敷|涂|抹|擦|搽|喷)(?:上|了)(?:没|不到)?(?:(?:[一二两三四五六七八九十几半]{1,3}|\d{1,2})(?:个)?(?:分钟|小时|钟头)|一会儿?)|(?:泡浴|药浴|泡澡|浸浴|熏蒸|熏洗|照光|光疗)(?:一次|一回|当天|当晚|第二天|第[一二两三]次))`;
/** A hit that starts with counted care, or with care then the hair or the scalp (抹了三晚…冒出了一层小绒毛). */
const CARE_JUST_DONE = new RegExp(`^${CARE_COUNTED}${String.raw`|^(?:做|敷|用|涂|抹|泡|照|洗|喷|擦|搽|按)(?:完|了)[^。;!?]{0,18}?(?:落发|掉发|脱发|掉的头发|断发|长出|冒出|冒了|长了|头皮)`}`);

// Session forty-four (recurring misses, 37 rows of the last 30 batches): the care done, then the skin or the lesion changed at once, told in more ways than
// CARE_COUNTED knows: the session counted after the verb or before it (第一次泡完, 做上几回, 服了三剂汤药, 打完一针, 照射几次之后), one session named by its
// kind (一次熏蒸, 皮秒一次, 一次光子治疗后, 洗一次，), a day after a procedure or a drug (填充当天, 术后两周, 涂药后第三天, 用药当晚) and keeping at it
// (坚持涂); then a lesion or the skin with its change (痘坑明显变浅, 凹陷被撑起, 疙瘩消了大半, 裂口就开始收口, 冒出了小黑点). A product only named (敷完这片面膜,
// 用了我们这款修护霜以后, 敷完之后) counts only with a word of speed before the change (马上, 当场就, 一两天就, 一天比一天), so that 敷完面膜皮肤水润 is
// not read as a result; refine() lets a hedge, a denial and a side effect that comes and goes (做完当天会有轻微泛红，一般第二天就退了) through.
const CARE_STRICT = String.raw`(?:${CARE_COUNTED}|第[一二两三](?:次|回)(?:泡|做|敷|涂|照|打|熏|用)完|(?:做|敷|打|用|涂|抹|泡|照|刷|洗|喷|擦|搽|服|吃|喝|熏|扎)(?:完|了|上)[^,，。;!?]{0,8}?(?:[一二两三四五六七八九十几]{1,3}|\d{1,2})(?:剂|针|次|回|天|周|晚|个疗程|个月)|(?:一次|一回)[\u4e00-\u9fff]{0,4}?(?:治疗|熏蒸|熏洗|药浴|剥脱|焕[\u4e00-\u9fff]|光子|皮秒|护理|照射|注射|水光|点阵|微针|刷酸|果酸|激光|光疗|热玛吉|超声刀)(?:后|之后|以后)?|(?:皮秒|光子|熏蒸|熏洗|药浴|水光|点阵|微针|刷酸|果酸|洗|泡|敷|涂|抹|照|做|喝|吃)(?:一次|一回)(?=[,，])|(?:照射|注射|治疗|照光|熏蒸|填充|术|用药|涂药|敷药|服药|上药)(?:[一二两三四五六七八九十几]{1,3}次)?(?:后|之后|以后)?(?:第[一二两三四五六七1-7]天|当天|当晚|当场|[一二两三几]周)|(?:照射|注射|治疗|照光|熏蒸|照|打|做)(?:了)?(?:[一二两三四五六七八九十几]{1,3}|\d{1,2})(?:次|回|针)(?:后|之后|以后)|坚持(?:涂|用|抹|敷|喝|吃|泡))`;
const CARE_LOOSE = String.raw`(?:(?:做|敷|打|用|涂|抹|泡|照|刷|洗|喷|擦|搽|服|吃|喝|熏|扎)(?:完|了)(?:这|那|我们|本店|咱家)[^,，。;!?]{0,8}?(?:以后|之后|后)?|(?:做|敷|打|涂|抹|泡|照|刷|熏)完(?:之后|以后|后)?)`;
const SKIN_SUBJECT = String.raw`(?:黑头|斑点|色斑|雀斑|斑块|黄褐斑|晒斑|痘坑|坑洼|凹陷|凹下去的地方|疤痕|瘢痕|疤|痘印|痘痘|红血丝|泛红|发红|红疹|疹子|皮疹|疙瘩|裂口|口子|白斑|疣体|毛孔|皮肤|肌肤|肤色|肤质|脸|头皮|黄气|瘙痒|痒感|鳞屑|皮屑|细纹|皱纹|斑)`;
const SKIN_CHANGE = String.raw`(?:少(?:了)?一半|掉(?:了)?一?大?半|瘪(?:了|下去)|少了?一?大半|消了一?大?半|退下去|退了|退掉|消了|消下去|消退|消失|收口|合上|变浅|浅了|变淡|淡了|变平|平了|平整|饱满|(?:被)?撑起|鼓起来|(?:变得)?均匀|细腻|光滑|水润|透亮|白净|白回来|亮一度|亮一个度|亮了|软多了|变软|软了|清爽|不痒了|不那么干|不干了|缩小|收细|收紧|通透|焕新|剥落|浮出来|发黑变干|干瘪|嫩滑|细嫩|滑得|紧致|复色)`;
const SKIN_SPEED = String.raw`(?:就|便|当场|立刻|立马|马上|即可|即刻|一夜|明显|肉眼可见|一两天|很快|迅速)`;
const SKIN_STEADY = String.raw`${SKIN_SUBJECT}[^,，。;!?]{0,4}?(?:一天比一天|一次比一次|越来越)(?:${SKIN_CHANGE}|淡|浅|平|少|小|白|亮)`;
const SKIN_RESULT = String.raw`(?:${SKIN_STEADY}|${SKIN_SUBJECT}[^,，。;!?]{0,6}?${SKIN_CHANGE}|(?:就|便)(?:明显|开始|已经)?(?:变淡|变浅|淡了|复色)|(?:冒出|出现|长出)(?:了)?(?:一个个|一些|很多|明显的)?(?:小黑点|黑点|色素岛|复色))`;
const SKIN_RESULT_FAST = String.raw`(?:${SKIN_STEADY}|${SKIN_SUBJECT}[^,，。;!?]{0,4}?${SKIN_SPEED}[^,，。;!?]{0,3}?${SKIN_CHANGE})`;
const CARE_THEN_SKIN = String.raw`(?:${CARE_STRICT}[^。;!?]{0,16}?${SKIN_RESULT}|${CARE_LOOSE}[^。;!?]{0,12}?${SKIN_RESULT_FAST}|(?:痘痘|痘|斑|疤|红血丝|疹子|红疹)[^,，。;!?]{0,2}?一夜(?:之间)?(?:就|便)?(?:消下去|消了|平了|瘪了|退了|没了|不见了|淡了))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))`;
const CARE_THEN_SKIN_AT = new RegExp(`^(?:${CARE_STRICT}|${CARE_LOOSE}|(?:痘痘|痘|斑|疤|红血丝|疹子|红疹)[^,，。;!?]{0,2}?一夜)`);

/** Session forty-four: a famous person's visit for the care, or the remedy used for it (都在这个医生那看过; 也来做了光子; 都用它来祛斑). */
const CELEB_VISIT = String.raw`(?:都|也|每年|经常|常常|总|专程|专门|特意|特地|悄悄)(?:是|会|都)?(?:专程|专门|特意|特地)?(?:(?:回乡|过来|飞来|赶来)?来(?:店里|这儿|这里|馆里|工作室|我们这儿?|门诊)?|在(?:这儿|这里|这|我们这儿?|店里|[\u4e00-\u9fff]{0,5}?那儿?)|来这儿|来这里)(?:做|泡|调理|调好|查|灸|洗|处理|看|治|祛|打|护理|修复|理疗|推拿|针灸)(?:了|过|的)?|(?:都|也)(?:在)?用(?:它|这款|这个|这种)来(?:祛|治|调|养|护|去|消)`;
const CELEB_VISIT_END = new RegExp(`(?:${CELEB_VISIT})$`);

// Session forty-four (recurring misses, 6 rows of the last 30 batches): a heading naming one person's story of a named cure (赵大爷的祛斑故事, 小王的祛疣日记),
// a group of fellow customers by any name said to speak (学长学姐怎么说, 泡过的乡亲们说, 汗友说), and the buyers' show called real (真实买家秀): the heading
// introduces testimony. A heading that asks (汗友说的偏方靠谱吗？) is read as a question by the checker, and the headings of channels and rules stay out.
const HEADING_TOLD = String.raw`(?!.*(?:${HEADING_NOT}))(?:.*(?:[\u4e00-\u9fff]{1,2}(?:大爷|阿姨|大妈|女士|先生|宝妈|大姐|大哥|奶奶|爷爷)|[小老][\u4e00-\u9fff])的(?:祛斑|祛痘|祛疣|祛疤|生发|植发|修复|抗痘|康复|调理|减重|瘦身|祛白|变美|护肤|脱发|治痘)(?:故事|日记|经历|之路|记)|(?:[\u4e00-\u9fff]{1,4}过的)?(?:学长学姐|学长|学姐|学弟|学妹|乡亲|街坊|邻居|老乡|同事|[\u4e00-\u9fff]友)们?(?:都|怎么|这么)?说\s*$)`;

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
      // Round one hundred and seven (batch HQ): famous people said to ask for the doctor by name or to come on purpose (好几位女星都点名找他做鼻子, 有歌手
      // 专程飞来找主任): the doctor lent their names; 明星也会专门找营养师 names no clinic and a question asks.
      p(/(?:明星|影星|歌星|球星|女星|男星|艺人|演员|歌手|主持人|网红|博主|模特)们?[^,，。;!?]{0,4}?(?:都|也|纷纷|经常|常常|常)?(?:点名|指名|专程|专门|特意|特地|慕名)(?:飞过?来|赶来|过来|来)?(?:找|要|请)(?:他|她|我们|主任|院长|[\u4e00-\u9fff]医生|[\u4e00-\u9fff]主任|本院|我院)(?![^,，。;!?]{0,8}?(?:吗|么|呢|[?？]))/),
      // Round one hundred and five (batch HM): a celebrity's treatment said to be planned or done by our doctor (某当红女团成员的祛痘方案就是由她制定的; 一位知名
      // 主持人的植发手术是我们主任亲自操刀): the doctor lent the celebrity's name; a celebrity's plan read about elsewhere (明星的祛痘方案不一定适合你) is not read.
      p(/(?:明星|影星|歌星|球星|女星|男星|影帝|影后|歌后|天王|顶流|国民男神|国民女神|(?:知名|著名|当红|大牌|人气)[\u4e00-\u9fff]{0,4}?(?:演员|歌手|主持人|艺人|运动员|模特|博主|主播|成员|偶像|爱豆))们?的[\u4e00-\u9fff]{0,4}?(?:方案|疗程|手术|项目|治疗)[,，]?\s?(?:就|都|正|也)?是(?:由)?(?:她|他|我们|本院|我院|这位|我们的)[\u4e00-\u9fff]{0,6}?(?:制定|设计|操刀|主刀|亲手|亲自|负责|定制)/),
      // Round one hundred and two (batch HG): a celebrity's skin or complaint said to owe its cure to this very thing (某知名主持人的痘，就是用这个法子祛的; 一位国民
      // 女神的好皮肤，靠的就是它): the celebrity's result claimed for the product; what made it worse (就是用激素用出来的) or a team's work (靠的就是团队) is not read.
      p(/(?:明星|影星|歌星|球星|女星|男星|影帝|影后|歌后|天王|顶流|国民男神|国民女神|(?:知名|著名|当红|大牌|人气)[\u4e00-\u9fff]{0,4}?(?:演员|歌手|主持人|艺人|运动员|模特|博主|主播))们?的[^。;!?]{0,10}?(?:(?:就|都|正|也|全)是(?:用|靠|在)(?:这|它|我们|本店|本院|咱)[^,，。;!?]{0,6}?(?:祛|治|调|养|做|护|保养|修复|去|消)(?:好|掉|没|下去)?的|靠的(?:就|正|全|都)?是(?:这|它|我们|本店|本院|咱))/),
      // Round one hundred (batch HB): a famous person said to call it good in plain words (这个拉伸动作，世界冠军都说好用; 好几位明星都夸它管用), read by
      // refine() as an endorsement; a question passes, and 世界冠军都说，训练没有捷径 calls nothing good.
      p(/(?:明星|影星|歌星|球星|笑星|女星|男星|名人|(?:奥运|世界|全国|亚运|全运)[\u4e00-\u9fff]{0,3}?冠军|影帝|影后|歌后|天王|顶流|网红|歌唱家|国手|名将|(?:知名|著名|当红|大牌)[\u4e00-\u9fff]{0,4}?(?:演员|歌手|主持人|艺人|运动员|模特|博主|主播))们?(?!\s?[:：])[^,，。;!?]{0,6}?(?:都|也|亲口|直|连连)(?:说|夸|称|赞|评价)(?:它|过|(?:这|那)[\u4e00-\u9fff]{0,5}?)?(?:很|特别|真|挺|非常)?(?:好用|管用|有效|灵验|见效|靠谱)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-three (batch GN): in the three patterns after this one, the famous person's noun as a speaker's label before a colon (主持人：…,
      // 演员：…) introduces a transcript's line, not a famous person doing something; a host who says they use the clinic is read by the last pattern.
      // Round fifty-eight (batch DU): members of a girl or boy group (某位当红女团成员的斑秃就是在我们这里调理好的) are famous people too.
      // Round forty-nine (batch CT): idols (偶像, 爱豆) and the English star, celebrity, idol in a Chinese line (Star同款, 人气偶像都在用);
      // 5-star and 4 star ratings are no famous person.
      // Round twenty: the same item as a famous contestant, idol or streamer (某选秀节目人气学员同款鼻综合).
      p(/(?:人气|知名|当红|顶流|著名|大牌)[^,，。;!?]{0,10}?(?:学员|选手|偶像|爱豆|明星|艺人|歌手|演员|主播|博主|网红|达人|模特|主持人)(?:的)?同款/),
      // Round ninety-eight (batch GY): the same item as a famous person named by any trade of renown (某知名车评人同款腰靠, 著名钢琴家同款护腕,
      // 当红大厨同款): the fame is the warrant whatever the trade; a maker (知名厂家同款配件) is no person.
      p(/(?:人气|知名|当红|顶流|著名|大牌)[^,，。;!?]{0,6}?(?:车评人|评论员|解说员|评委|作家|画家|书法家|歌唱家|钢琴家|演奏家|舞蹈家|导演|制片人|配音演员|赛车手|车手|球手|棋手|主唱|鼓手|厨师|大厨|设计师|造型师|化妆师|摄影师|主编|旅行家|探险家|登山家|up主)(?:的)?同款/),
      p(
        /(?:明星|影星|歌星|球星|笑星|女星|男星|童星|偶像|爱豆|(?<![a-z\d])(?<![\d-]\s)(?:stars?|celebrit(?:y|ies)|idols?)(?![a-z])|宇航员|航天员|演员|歌手|主持人|艺人|网红|网络红人|大v|主播|名人|名流|知名人士|公众人物|奥运冠军|世界冠军|全国冠军|冠军|运动员|选手|企业家|名模|模特|作家|导演|影帝|影后|歌后|天王|(?<![\d一二三四五六七八九十两几半百多]\s?)天后|博主|女主角|男主角|艺术家|大牌|达人|小生|花旦|顶流|女团|男团|偶像团体|kol|influencer|意见领袖|歌唱家|表演艺术家|戏骨|名角|名伶|(?:相声|曲艺|戏曲|京剧|越剧|评书|书画|书法|影视|演艺|歌坛)(?:名家|大师))(?!\s?[:：])[^,，。;!?]{0,16}?(?:都|也|纷纷|亲自|专程|特地|慕名|曾)?(?:在|来|到|选择|信赖|信任|认可|推荐|力荐|点赞|都在用|也在用|亲测|体验|打卡|光顾|青睐|赞不绝口|带着|是(?=本院|我院|我们|这里|这家)|见证|争相|亲身|祛的白|治好|治疗|满意|同款|指定|代言)(?:[^,，。;!?]{0,12}?(?:本院|我院|这里|我们|这家|治疗|祛白|复色|方案|技术|疗法|医院|效果|看白斑|看病|就诊))?/,
      ),
      // Round one hundred and three (batch HI): the famous person fronted with 连 and a comma, then said to have come here too, maybe on purpose (就连
      // 某当红歌手，也专门来我们这里做过护理; 连知名主持人，都特意到本院看过); a famous person who came to town (连明星，也来这座城市拍过戏) names no clinic.
      p(/(?:就连|连|甚至|甚至连)[^,，。;!?]{0,6}?(?:明星|影星|歌星|球星|女星|男星|名人|影帝|影后|歌后|天王|顶流|网红|(?:知名|著名|当红|大牌|人气)[\u4e00-\u9fff]{0,4}?(?:演员|歌手|主持人|艺人|运动员|模特|博主|主播))们?[,，]\s?(?:也|都)(?:曾|曾经|专门|专程|特地|特意|亲自|慕名|悄悄){0,2}(?:来|到|找)(?:过)?(?:我们|本院|我院|这里|这家|本店|咱|我家)/),
      // Round ninety-eight (batch GY): the thing worn named first, then a famous person said to wear it too (这条护腰带，电视上那位大牌歌手都系着上台;
      // 这款护膝，好几位球星比赛都戴着): 系, 穿, 围 and 戴 as 用 is; a famous person wearing clothes (明星都穿着礼服出席) names no product first.
      p(/(?:这|那)(?:款|条|副|个|种|件|双|根|块)?[\u4e00-\u9fff]{0,4}?(?:带|护腰|护膝|护踝|护腕|护颈|护具|枕|垫|围巾|袜|鞋|帽|贴|衣)[,，]?\s?[^。;!?]{0,12}?(?:明星|影星|歌星|球星|女星|男星|童星|名人|网红|冠军|名将|国手|(?:知名|著名|当红|大牌|人气|顶流)[\u4e00-\u9fff]{0,4}?(?:演员|歌手|主持人|艺人|运动员|模特|博主|主播|车手|选手|球员))[^。;!?]{0,8}?(?:都|也|一直|天天|每天|总|总是)(?:在)?(?:系|穿|披|围|挎|戴|绑|缠|贴)着/),
      // Round ninety-seven (batch GW), in the pattern above: a child star (童星) is a famous person too (好几位童星都来这里矫正牙齿). Below: any trade
      // called famous and named by its ending (知名体育解说员, 著名钢琴家, 当红车手), recommending: the fame is the warrant, whatever the trade;
      // 专家, 医学家 and 科学家 are the experts' rule's, 人员 no one's in particular.
      p(/(?:知名|著名|当红|大牌|人气|家喻户晓的?|大名鼎鼎的?|国宝级)[\u4e00-\u9fff]{1,5}?(?:(?<!人)员|手|(?<![专学医])家)们?(?:都|也|亲自|倾情|强烈|联袂|纷纷)?(?:力荐|推荐|代言|点赞|亲测|都在用|也在用|认可|信赖)/),
      // Round ninety-four (batch GP), in the pattern above: a famous performer named by their art (老戏骨, 歌唱家, 相声名家) and an endorsement
      // said as 代言 (相声名家倾情代言). Below: a famous person said to take or use the remedy themselves, even after a comma (连那位演了几十年皇帝的
      // 老戏骨，都靠这个方子养膝盖; 某著名歌唱家每天早上都喝这杯茶; 大明星都在偷偷吃的护肝片), or to keep it at home (知名主持人也说，这种艾灸贴她
      // 家里常备); only nouns that name fame (not 运动员 or 演员 alone, who may be anyone), and 都 / 也 before the verb and 这 / 的 after it, so that
      // 运动员的好成绩靠刻苦训练 is not read.
      // Round one hundred and one (batch HD): the famous person doing the exercises too (著名评书演员每天也打这套拳; 世界冠军小时候都做这种操), and what
      // they eat or use said to be this (影后家里喝的就是这种茶); a training load (奥运冠军每天都练这个动作上千遍) endorses nothing.
      p(/(?:明星|影星|歌星|球星|笑星|女星|男星|童星|偶像|爱豆|名人|名流|国家队的?[\u4e00-\u9fff]{0,4}?(?:队员|选手|运动员|车手|球员|骑手|棋手)|(?:奥运|世界|全国|亚运|全运)[\u4e00-\u9fff]{0,3}?冠军|影帝|影后|歌后|天王|顶流|网红|歌唱家|表演艺术家|戏骨|名角|名伶|名将|国手|国脚|名宿|(?:相声|曲艺|戏曲|京剧|越剧|评书|书画|书法|影视|演艺|歌坛)(?:名家|大师)|(?:知名|著名|当红|大牌|人气|家喻户晓|大名鼎鼎|鼎鼎大名|赫赫有名|红极一时|国宝级)[^,，。;!?]{0,4}?(?:演员|歌手|主持人|艺人|运动员|模特|博主|主播|网红)|(?:电视|荧屏|综艺|电视台|卫视|节目|栏目|频道|春晚|晚会|电影|银幕|剧里)(?:上|里)?的?[^,，。;!?]{0,6}?(?:主持人|嘉宾|演员|女主角|男主角|主演))(?!\s?[:：])[^。;!?]{0,16}?(?:(?:都|也|一直|天天|每天)(?:在)?(?:偷偷|悄悄)?(?:吃|喝|用|靠|抹|涂|贴|泡|戴|(?:练|做|跳|打)(?![^,，。;!?]{0,10}?(?:遍|次|组|小时|才能|才拿|才得|比赛|检查|吗|么|[?？])))(?:的|着|这|那|同款|上了|我家|我们|咱家|本店|俺家)|(?:吃|喝|用|练|做|泡|抹|涂|贴|戴)的(?:就|正|也|都)?是(?:这|那|我们|本店|咱家|我家|俺家)|(?:也|都|一直|早就|可)是(?:这|那|我们|咱家|我家|本店)[^,，。;!?]{0,8}?的(?:老|忠实|资深|铁杆)(?:用户|顾客|客户|会员|粉丝|主顾|茶客|食客)|(?:家里|家中|包里|随身|床头)(?:一直|都|也)?(?:常备|必备|备着|离不开)|(?:出差|出门|旅行|出行|外出|拍戏|巡演|演出|比赛|登机|坐飞机)(?:时|的时候)?(?:都|也|一直|总|总是)?(?:必带|必备|常备|离不开|少不了|带着|揣着|随身带着?)(?=[^。;!?]{0,12}?(?:这|那|它|我们|本店|同款))|全靠(?:着)?(?:这|那)(?:款|套|个|种|瓶|盒|贴|杯|副|张|家|味|剂|方)|全靠(?:着)?(?:我们|本店|本院|咱家|它)(?![^,，。;!?]{0,2}?(?:自己|训练|努力|坚持))|靠的(?:就|正|全|都)?是(?:这|那|我们|本|咱)|(?:就|正|全|都|也)是(?:靠|喝|吃|贴|泡|练|抹|涂)(?:着|了)?(?:这|那|我们|本|咱))/),
      // Round ninety-nine (batch HA), in the pattern above: a performer named by the show or the screen they are seen on (常上春晚的相声演员, 电视剧里那位
      // 女主角, 电影里的男主角), the remedy always carried on a trip (出差都带着这款护颈枕; 带着助理 names no product), the shop's own named after the use
      // (天天喝我家的祛湿茶), and a famous person said to be a long-standing customer of it (知名主持人也是这款鱼油的老用户; 这所大学的老校友 buys nothing).
      // Round ninety-six (batch GT), in the pattern above: fame said as 家喻户晓 / 大名鼎鼎 / 红极一时, a sports star as 名将 / 国手 / 国脚, an internet
      // celebrity as 网红, and the result owed to the remedy with 也是靠 or with the use itself (退役的跳水名将，也是靠这套操养好了腰; 那位网红就是喝这个茶瘦下来的).
      // Round ninety-seven (batch GW), in the pattern above: a champion named by the games and the sport (奥运游泳冠军, 全国举重冠军), a host or guest
      // named by the programme (那档养生节目的主持人, 健康栏目的嘉宾), the remedy always packed for a trip or a shoot (一线女星出差必带的眼罩, this or it
      // named after it), and the result owed to it with 全靠 (那位世界冠军说，他备赛全靠这款蛋白粉); 全靠日复一日的训练 names no remedy.
      // Round ninety-five (batch GR), in the pattern above: a famous person's looks or health said to rest on the remedy (当红女演员保持身材，靠的就是
      // 这份食谱; 那位冠军就是靠这套操长高的), and a presenter or guest on television named by the screen (电视上那位养生节目主持人) as famous; 靠的是
      // 多年训练 names no remedy.
      // Round thirty-seven (batch BL): the famous person as the subject of a story that brings them to the clinic for treatment, a clause or
      // two later (知名歌手（化名）巡演期间嗓子突然失声，专程来我院接受治疗); a visit for a talk, a performance or charity is no treatment.
      p(/(?:明星|影星|歌星|球星|女星|男星|演员|歌手|主持人|艺人|网红|主播|名人|奥运冠军|世界冠军|运动员|名模|模特|影帝|影后|博主|小生|花旦|顶流|女团|男团|偶像团体|kol|意见领袖)(?!\s?[:：])[^。;!?]{0,30}?(?:(?:专程|特地|特意|慕名|亲自|悄悄)(?:来|到|赶到|飞到|飞来)(?:我院|本院|我们(?:这里|这儿|医院|中心|诊所)|本中心|本诊所|这里|这家)(?![^,，。;!?]{0,4}?(?:参加|献血|讲座|演出|拍摄|慰问|义演|采访|录制))|(?:来|到)(?:我院|本院|我们(?:这里|这儿|医院|中心|诊所)|本中心|本诊所)(?:接受|进行|做)?(?:治疗|就诊|调理|手术|康复|理疗|看病|诊治)|在(?:我院|本院|我们(?:这里|这儿|医院|中心|诊所)|本中心|本诊所)[^,，。;!?]{0,8}?(?:治疗|调理|诊治|帮助|照护|康复)(?:下|后)|在(?:我院|本院|我们(?:这里|这儿|医院|中心|诊所|馆)|本中心|本诊所|本馆|(?:我们|咱们)(?:合作|签约|指定|推荐)?的?[\u4e00-\u9fff]{0,4}?(?:馆|店|医院|诊所|中心|门诊))(?:里)?(?:把)?[^,，。;!?]{0,6}?(?:调|治|养|医|推|按|揉|扎|灸|看)好(?:了|的)|(?:入住|住进|住过|住在)(?:了)?(?:我院|本院|我们(?:这里|这儿|医院|中心|诊所)|本中心|本诊所)[^,，。;!?]{0,4}?(?:疗养|调理|治疗|康复|休养|理疗|静养))/),
      // Round ninety-seven (batch GW), in the pattern above: made well at any place of ours, named by its trade (在我们合作的推拿馆推好的, 在我们的
      // 针灸馆扎好的), by hands as well as by medicine (推好, 按好, 扎好, 灸好).
      // Round ninety-six (batch GT), in the pattern above: the famous person said to have been made well at the clinic (那位相声演员，就是在我们这里
      // 调好了胃病; 某位主持人在本院把腰养好的).
      // Round eighty-one (batch FP), in the pattern above: the famous person staying at the clinic or the retreat for rest or treatment
      // (多位影视明星曾入住本中心疗养, 某歌手住进我们中心调理); a stay with no treatment after it (入住本中心前需提交评估) is not read.
      // Round fifty-one (batch DA): the famous person as the subject who, a clause or two later, recommends the clinic itself (某知名演员…经我院调理后
      // …，并在节目中多次推荐我院); one who recommends a product or a habit names no clinic.
      p(/(?:明星|影星|歌星|球星|女星|男星|演员|歌手|主持人|艺人|网红|主播|名人|奥运冠军|世界冠军|运动员|名模|模特|影帝|影后|博主|顶流|女团|男团|偶像团体|kol)(?!\s?[:：])[^。;!?]{0,40}?(?:推荐|力荐|安利|点赞|介绍)(?:了|过)?(?:给[^,，。;!?]{1,6})?(?:我院|本院|我们(?:医院|诊所|中心|这里|这家)?|本中心|本诊所|这家(?:医院|诊所|机构))/),
      // Round forty-seven (batch CO): the clinic (often unnamed, a doctor's biography) said to have served famous people (曾为多位影视明星、
      // 知名歌手提供祛痘服务; 给不少艺人做过皮肤管理).
      p(/(?:为|给|替)(?:多位|众多|不少|许多|很多|数十位|上百位|多名|一众|诸多|多个|几位)[^,，。;!?]{0,10}?(?:明星|影星|歌星|女星|男星|艺人|演员|歌手|主持人|名人|网红|模特|运动员|冠军|名流|公众人物)[^,，。;!?]{0,12}?(?:提供|做过?|进行|实施)(?:了|过)?[^,，。;!?]{0,12}?(?:服务|治疗|手术|护理|管理|调理|诊疗|项目)/),
      // Round sixty-four (batch EI): one famous person the doctor or the clinic treated, told by the doctor (今天给一位奥运冠军看了湿疹; 上周为某当红
      // 歌手做了祛痘; 替一位知名主持人治好了脱发): the fame is shown off with the treatment.
      p(/(?:为|给|替)(?:一位|一名|一个|某位|某|这位|那位|位)?(?:知名|著名|当红|大牌|顶流|人气)?[^,，。;!?]{0,4}?(?:明星|影星|歌星|球星|女星|男星|艺人|演员|歌手|主持人|名人|网红|模特|奥运冠军|世界冠军|冠军|公众人物|影帝|影后)[^,，。;!?]{0,4}?(?:看(?:了|过)|治(?:了|过|好了?)|做(?:了|过)|调理(?:了|过|好了?)|诊治(?:了|过)|治疗(?:了|过))/),
      // Round ninety-six (batch GT): words in quotes signed with a dash by a famous person (“我拍戏再累，睡前也要泡上一包。”——某知名影后; "每天一杯，
      // 嗓子清亮" -- 著名歌唱家): the endorsement itself; refine() asks the quoted words for a use or a result.
      p(/[“"「『][^“"「『”"」』]{1,40}[”"」』]\s?(?:—{1,2}|－{1,2}|-{2}|─{1,2})\s?(?:某|一位|某位)?(?:知名|著名|当红|人气|大牌|国民|家喻户晓的?|大名鼎鼎的?)?[^,，。;!?“"「『”"」』\s]{0,4}?(?:明星|影星|歌星|球星|笑星|女星|男星|影后|影帝|歌后|天王|天后|顶流|网红|主持人|歌手|演员|艺人|冠军|名将|国手|歌唱家|表演艺术家|艺术家|戏骨|名角|小生|花旦|模特|博主|主播|偶像|名人)/),
      // Session forty-four (recurring misses, 13 rows of the last 30 batches): a famous person, named by fame or by the title they won (当红女演员, 知名女歌手,
      // 奥运冠军, 游泳亚军, 戏曲名角, 老歌唱家, 小爱豆, 电视台主持人), said to come here for the care, as a habit or on purpose, or to have had it done here
      // (每年这个时候都会来工作室调理; 也来做了光子; 也在这洗的纹身; 手汗也是在这儿处理的; 都在这个医生那看过脸): the visit is the endorsement, with no
      // clinic word needed. A visit for a show, a talk or charity (明星也来做公益; 冠军也来看比赛) and a question are not read.
      p(new RegExp(String.raw`(?:明星|影星|歌星|球星|女星|男星|爱豆|偶像|影帝|影后|歌唱家|名角|名伶|网红|(?:奥运|世界|全国|亚运|全运|乒乓球?|游泳|跳水|体操|羽毛球)[\u4e00-\u9fff]{0,4}?(?:冠军|亚军|季军)|(?:知名|著名|当红|有名|大牌|人气|电视台|电视|综艺|选秀)[\u4e00-\u9fff]{0,6}?(?:演员|歌手|主持人|艺人|模特|博主))(?!\s?[:：])[^。;!?]{0,24}?(?:${CELEB_VISIT})(?!公益|讲座|演出|活动|节目|比赛|宣传|采访|义诊|义演|录制|拍摄|慰问|[^,，。;!?]{0,6}?(?:吗|么|[?？]))`)),
      // Round twenty-one: a famous person speaking in a video as one of the clinic's customers (我是某某卫视的主持人，今天带大家
      // 走进这家我自己也在做理疗的诊所).
      p(/(?:主持人|演员|歌手|冠军|明星|博主|网红|主播|艺人|模特)[^。;!?]{0,30}?我(?:自己)?(?:也|都|一直)(?:在|是)(?:这里|这家|这儿|你们这儿?)?[^,，。;!?]{0,4}?(?:做|用|治|调理|理疗|看|的(?:老)?(?:顾客|客户|患者|会员))/),
    ],
    negation: 'suppress',
    hedge: false,
    // 有些演员公开谈过自己的白癜风: a public figure speaking about the disease endorses no clinic.
    refine: (c) => {
      if (askedThenCautioned(c)) return false;
      // Round ninety-six (batch GT): a quotation signed by a famous person endorses when the quoted words tell a use or a result, not a warning.
      if (/^[“"「『]/.test(c.norm.slice(c.start, c.end))) {
        const quoted = c.norm.slice(c.start, c.end);
        return /用|喝|吃|泡|贴|抹|涂|敷|戴|做|调理|理疗|推拿|针灸|艾灸|推荐|离不开|靠|效果|管用|好用|有效|见效|舒服|轻松|年轻|清亮|好了/.test(quoted) && !/(?:不|别|莫|勿|千万)(?:要)?(?:乱|随便|轻信|相信|信|盲目|跟风)|医生|就医|正规|遵医嘱|不能代替|不等于/.test(quoted);
      }
      // Round one hundred and ten (batch HV): the clinic denying it hired any famous person to endorse it (我们没有聘请任何明星或网红代言，直播间主持人是
      // 本院的员工; 本店从不请艺人站台): no one is endorsing; a denial turned with 但 / 不过 (没请明星代言，但好几位歌手都来做过) still endorses.
      if (/(?:没有|没|从未|从不|从来不|不会|不曾|绝不|并未)(?:聘请|请|邀请|找|签约|花钱请)(?:过)?(?:任何)?[^,，。;!?]{0,4}?(?:明星|网红|名人|艺人|演员|主持人|博主|达人)[^,，。;!?]{0,6}?(?:代言|推荐|站台|带货)/.test(c.sentence) && !/但|不过|可是|然而|却/.test(c.sentence)) return false;
      // Round one hundred and seven (batch HQ): a question whether a famous person was treated here, answered by declining to say (您问的那位歌手是不是在
      // 我们这里做的，我们不便透露): the clinic keeps its patients' privacy and endorses nothing; 答案是肯定的 or 没错 confirms it and stays.
      if (/是不是|是否|有没有/.test(c.sentence) && /(?:没有办法|没法|无法|不便|不能|不会|不予|拒绝)(?:回答|回应|透露|告知|确认|公开|评论)|无可奉告/.test(c.sentence) && !/肯定的|没错|确实(?:是|在)|是的/.test(c.sentence)) return false;
      // Round ninety-eight (batch GY): a case note's history of what the patient saw or bought (患者诉看了某知名主持人推荐的视频后自行购买…): the
      // patient's exposure is recorded, no clinic is endorsed, unless ours is named.
      if (c.docType === 'case' && CASE_HISTORY_TOLD.test(c.sentence) && !/本院|我院|我们|本中心|这家/.test(c.sentence)) return false;
      // Round ninety-five (batch GR): the endorsement named in order to say it is forbidden (请明星为医疗机构代言，在我国是被禁止的), as endorser-role reads it.
      if (/^[^。;!?]{0,16}?(?:是被禁止|被禁止|是违法|属于违法|属于违规|是违规|不允许|是不允许|违反(?:了)?[^,，。;!?]{0,6}?(?:广告法|规定|法律))/.test(c.norm.slice(c.end, c.end + 24)) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      // Round thirty-one: a famous person's treatment reported and then set aside as one case (有报道称某歌手做过植发，但效果因人而异，不能以个例判断).
      // Round fifty (batch CX): or answered by a doctor's warning in the same sentence (不少博主推荐各种祛痘产品，皮肤科医生提醒：来源不明的产品
      // 可能加重痤疮).
      if ((DOCTOR_WARNS.test(c.sentence) || /来源不明|来路不明/.test(c.sentence)) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      // Round ninety-seven (batch GW): or not to be rushed at with the crowd (主持人推荐什么，大家不要一窝蜂去买; 别扎堆去抢).
      // Round eighty-eight (batch GE): the recommendation told not to be tried rashly (明星推荐的减肥药别乱吃; 网红推荐嘅偏方唔好乱试; 莫随便买).
      if (/(?:不要|别|唔好|莫|勿|切勿|千万别|千万不要)再?(?:乱|随便|随意|轻易|盲目|(?:一窝蜂|一哄而上|扎堆|跟风)(?:地)?(?:去|跟着)?)(?:试|用|吃|买|涂|抹|跟|信|服|抢|囤)/.test(c.sentence) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      // Round ninety-nine (batch HA): the reader told to check the approval number or the licence first (看见名人推荐的药品广告，先查查批准文号): a warning.
      // Round one hundred and two (batch HF), in the test below: the recommendation judged groundless (明星推荐的减肥茶，大多缺乏科学依据; 站不住脚; 不靠谱).
      if (/传闻|真假难辨|查(?:一)?查?[^,，。;!?]{0,6}?(?:批准文号|批文|资质|许可证|备案号?|执业信息)|不能以个例|个例不能|不能以偏概全|以医生的?诊断为准|没有经过验证|未经验证|请谨慎|不要(?:相信|跟风|盲目)|(?:先)?(?:别|不必|没必要)(?:急着)?(?:跟风|盲目|轻信|相信)|警惕|不可信|不能说明|不能证明|不能作为|不一定|未必|不见得|不代表|不等于|≠|(?:没有|缺乏|缺少|毫无)(?:任何)?(?:科学|医学|临床)?(?:依据|根据|证据)|站不住脚|不靠谱/.test(c.sentence) && !/本院|我院|我们|这家/.test(c.sentence)) return false;
      if (ENDORSEMENT_EXPOSED.test(c.sentence) && !OWN_SELLER.test(c.sentence)) return false;
      // Round sixty-one (batch EB): a reader's or a patient's question reported about what a famous person recommends (有患者问明星推荐的祛痘
      // 产品能不能用，我的建议是…): the doctor answers it; no clinic is endorsed.
      if (/(?:患者|病人|网友|读者|粉丝|家长|宝妈|朋友|有人)[^,，。;!?]{0,4}?(?:问|咨询|私信|留言)[^。;!?]{0,24}?(?:能不能|可不可以|能否|是否|管不管用|有没有用|靠不靠谱|靠谱吗|好不好用)/.test(c.sentence.slice(0, Math.max(0, c.start - c.sentenceStart) + 30)) && !/本院|我院|我们医院|这家/.test(c.sentence)) return false;
      // Session forty-four: a famous person said to come here for the care or to have had it done here needs no clinic word either.
      if (CELEB_VISIT_END.test(c.norm.slice(c.start, c.end)) && !/[?？吗]/.test(c.sentence)) return true;
      // Round one hundred and two (batch HG): the celebrity's result owed to this very thing names the product itself, with no clinic word needed.
      if (/(?:(?:就|都|正|也|全)是(?:用|靠|在)(?:这|它|我们|本店|本院|咱)[^,，。;!?]{0,6}?(?:祛|治|调|养|做|护|保养|修复|去|消)(?:好|掉|没|下去)?的|靠的(?:就|正|全|都)?是(?:这|它|我们|本店|本院|咱))$/.test(c.norm.slice(c.start, c.end))) return true;
      // Round thirty-seven (batch BL): or the clinic called 那里 or 他们家 by a patient, where the famous person was treated (某影视明星也是在
      // 那里做的种植牙…我就放心约了).
      // Round one hundred and thirteen (batch IC): the famous one buying it again (偶像都在回购的爽肤水, 女团成员也复购了三次) uses the product as 都在用 does.
      // Round one hundred and twenty-six (batch JC), in the test below: the famous one said to have used this very product (影星拍戏时也用过这款喷雾; 歌手来演出时
      // 都用过这款驱蚊水), as 都在用 is; 明星也用过防晒霜 names no product of ours.
      if (!/(?:为|给|替)[^,，。;!?]{0,16}?(?:明星|影星|歌星|女星|男星|艺人|演员|歌手|主持人|名人|网红|模特|运动员|冠军|名流|公众人物)[^,，。;!?]{0,12}?(?:提供|做过?|进行|实施|看(?:了|过)|治(?:了|过|好)|调理|诊治)|(?:那里|那儿|那家|他们家)[^,，。;!?]{0,3}?(?:做|治|看|调)|放心(?:约|去|做|来)|本院|我院|这里|这儿|此处|我们|这家|到院|来院|预约|挂号|慕名|点名(?:找|要|请)|指名(?:找|要|请)|(?:专程|特意|特地)[^,，。;!?]{0,3}?找|治疗|祛白|复色|方案|技术|疗法|医院|效果|看白斑|就诊|推荐|力荐|信赖|都在用|回购|复购|囤货|亲测|体验|赞不绝口|代言|探店|打卡|好评|同款|指定|常备|必备|必带|备着|离不开|少不了|(?:出差|出门|旅行|出行|外出|拍戏|巡演|演出|比赛)(?:时|的时候)?(?:都|也|一直|总|总是)?(?:带着|揣着|随身带着?)(?=[^,，。;!?]{0,3}?(?:这|那|我们|本店|咱家|我家|同款))|全靠|(?:都|也|曾|亲自|早就)(?:试)?用过(?=[^,，。;!?]{0,3}?(?:这|那|我们|本店|咱家|我家|同款))|(?:常|常常|经常|总|总是)来(?:店里|这里|这儿|我们这)?(?:喝|吃|做|调理|理疗|推拿|按摩|针灸|艾灸|泡|贴)|(?:常客|熟客|老顾客|老主顾|回头客)|(?:都|也|一直|总)(?:在)?(?:系|穿|披|围|挎|戴|绑|缠)着|(?:都|也|一直|天天|每天)(?:在)?(?:偷偷|悄悄)?(?:吃|喝|用|靠|抹|涂|贴|泡|戴|(?:练|做|跳|打)(?![^,，。;!?]{0,10}?(?:遍|次|组|小时|才能|才拿|才得|比赛|检查|吗|么|[?？])))(?:的|着|这|那|同款|上了|我家|我们|咱家|本店|俺家)|(?:吃|喝|用|练|做|泡|抹|涂|贴|戴)的(?:就|正|也|都)?是(?:这|那|我们|本店|咱家|我家|俺家)|(?:也|都|一直|早就|可)是(?:这|那|我们|咱家|我家|本店)[^,，。;!?]{0,8}?的(?:老|忠实|资深|铁杆)(?:用户|顾客|客户|会员|粉丝|主顾|茶客|食客)|靠的(?:就|正|全|都)?是(?:这|那|我们|本|咱)|(?:就|正|全|都|也)是(?:靠|喝|吃|贴|泡|练|抹|涂)(?:着|了)?(?:这|那|我们|本|咱)|(?:都|也|亲口|直|连连)(?:说|夸|称|赞|评价)(?:它|过|(?:这|那)[\u4e00-\u9fff]{0,5}?)?(?:很|特别|真|挺|非常)?(?:好用|管用|有效|灵验|见效|靠谱)/.test(c.sentence)) return false;
      if (/公开谈|讲述|分享自己|(?:谈|聊|说)(?:到|及|起)(?:了)?(?:自己|他|她)|坦言自己|患有|确诊|科普|公益|宣传活动|歧视/.test(c.sentence) && !/本院|我院|(?<!提醒|告诉|让|使|给|启示)我们(?!每个人|大家|都应|都要)|这家/.test(c.sentence)) return false;
      return true;
    },
    examples: {
      bad: [
        // Round one hundred and twenty-six (batch JC): a famous one said to have used this very product on a visit.
        '好几位歌手来演出时都用过这款驱蚊水',
        '明星同款祛疤贴？本店有售，先看看价格吧', '明星同款防脱精华？我们店里就有，先问问医生再买', "那位跳水冠军每年夏天都会专程来馆里推拿", "好几位当红男演员也在我们这儿做过头皮护理", "听说某位综艺主持人的痘印，也是在这里修复的", "这几位人气歌手都用它来祛痘", '我们的祛疤膏明星都推荐，先看批准文号就知道正规', '明星推荐的这款祛斑霜，本店有售，抹一周斑就淡了', '好几位球星都在回购这款护膝', '这款祛痘膏有当红明星代言，效果错不了', "我们没请明星代言，但好几位歌手都来我们这里做过", "好几位女星都点名找他做鼻子", {"text": "有歌手专程飞来找主任", "type": "ad"}, "网友问那位歌手是不是在我们这里做的植发，答案是肯定的", '一位知名主持人的植发手术是我们主任亲自操刀', '就连某当红歌手，也专门来我们这里做过护理', { text: '好几位网红博主都推荐我们的祛斑项目', type: 'ad' }, '听说那位当红歌手的痘印，就是用这款精华去掉的', { text: '一位国民女神的好气色，靠的就是我们的膏方', type: 'ad' }, "这款护膝，好几位球星都夸它管用", "著名评书演员每天也打这套拳", "影后家里喝的就是这种茶", "那位当红女歌手也说这个润喉茶特别灵验", '电影里那位男主角每天都喝咱家的酸梅汤', '上过春晚的那位小品演员，出门总带着这款润喉片', { text: '晚会上的那位男主演也是我们这家茶铺的老茶客', type: 'ad' }, '著名钢琴家同款护腕，弹琴不累', '这款护膝，好几位当红球员比赛都戴着', '国家队的射击选手也靠这款护眼贴', { text: '有位当红女演员常来店里做推拿，说腰好多了', type: 'ad' }, "好几位童星都来这里矫正牙齿", "健康栏目的嘉宾也每天都喝这种酸枣仁茶", "那位全国举重冠军说，他备赛全靠这款蛋白粉", { text: "当红女演员拍戏必带这款遮瑕眼罩", type: 'ad' }, "奥运跳水冠军靠的就是这套拉伸操", { text: "某著名钢琴家倾情推荐这款护手霜", type: 'ad' }, "网红推荐的面膜一上架就被一窝蜂抢光了", "那位歌手的肩周炎，就是在我们的针灸馆扎好的", { text: "明星都在用的祛斑方案，具体请先咨询我们的医生", type: 'ad' }, { text: "明星都在喝的养生茶，温和不伤胃", type: 'ad' }, { text: "“熬夜拍完戏，第二天全靠它消肿。”——某当红小花旦", type: 'ad' }, { text: '"每次录完节目都来做一次推拿，腰就松快了" —— 知名主持人', type: 'ad' }, { text: "那位大名鼎鼎的评书演员，也是靠这款护嗓茶保住了嗓子", type: 'ad' }, "一位人气主播在我们这里把失眠调好了", { text: "某知名歌手就是喝这款润喉茶保住了嗓子", type: 'ad' }, "乒乓国手也是靠这套拉伸练好了肩膀", "那位著名歌唱家的好嗓子，靠的正是这款润喉茶", { text: '某世界冠军能恢复得这么快，全是靠我们的康复方案', type: 'ad' }, "卫视那位美食节目主持人，包里一直备着这款护胃片", { text: '知名演员都在推荐我们这家诊所，别家被禁止的项目我们都能做', type: 'ad' }, "连那位唱了一辈子京剧的名角，都靠这款膏药护腰", { text: "某著名歌星每天都喝的养生茶，今天到货", type: 'ad' }, "那位当红歌手说她包里常备这款润喉糖", { text: "曲艺名家倾情代言的艾灸馆", type: 'ad' }, { text: "影视ming xing都在用的祛斑霜", type: 'ad' }, { text: '客服：这款是明星同款，是我们店的爆款哦', type: 'ad' }, { text: '朋友圈文案：“明星同款”“顶流都在做”，本月预约立减五百', type: 'ad' }, { text: '主持人：说句心里话，我自己也在这家诊所做颈椎理疗', type: 'ad' }, { text: '不少知名主持人都曾入住我们中心调理睡眠', type: 'institution' }, { text: '去年有位球星住进本院康复了两个月', type: 'ad' }, { text: '朋友圈：上周为一位当红歌手做了祛痘，她说效果比想象的好', type: 'kepu' }, { text: '医生回复：别担心，我替一位知名主持人治好过同样的脱发', type: 'institution' }, { text: '常有粉丝留言问起，当红女星推荐的祛痘医院正是我院，她在这里调理了半年', type: 'ad' }, { text: '有位男团成员的痘痘也是在我们这儿调理的，他还在节目里夸过', type: 'ad' }, { text: '一位当红歌手来这里调理了半年湿疹，后来在直播里还推荐了本院', type: 'ad' }, { text: 'Celebrity同款祛斑方案，限量预约', type: 'ad' }, { text: '好多美妆博主都在推荐我们的祛痘方案，医生提醒：疗程要做满哦', type: 'ad' }, { text: '好几位偶像练习生都在用的祛痘套餐', type: 'ad' }, {"text": "从业以来给不少演员、主持人做过祛斑和皮肤护理，口碑很好", "type": "institution"}, {"text": "一位当红小生拍戏受伤后，在我们医院的康复科调理后重返剧组", "type": "ad"}, {"text": "某美妆KOL亲自到院体验了光子嫩肤", "type": "ad"}, {"text": "一位当红男演员拍戏时扭伤了腰，专程来本院做康复，半个月后重返片场", "type": "ad"}, {"text": "刷到才知道，那位歌手也是在他们家做的牙齿矫正，我马上就约了", "type": "case"}, { text: '为什么连奥运冠军都专程来我们这里做康复？因为专业', type: 'ad' }, {"text": "宇航员同款康复设备", "type": "ad"}, {"text": "某知名女星产后修复指定机构", "type": "ad"}, {"text": "大家好，我是一名美食博主，今天来体验一下，我自己也在这家做理疗", "type": "ad"}, { text: '某知名选秀节目人气学员同款鼻综合项目，现在预约享同款方案', type: 'ad' }, '不少知名人士都是我们的忠实患者', '网红达人探店打卡，好评不断', '多位名人亲身见证本院的治疗效果', '多位知名演员都曾在本院接受祛白治疗', '某奥运冠军也选择在我们这里治疗白斑', '很多明星都在用的祛白方案'],
      ok: [
        // Round one hundred and twenty-six (batch JC): a famous one's use of no product of ours, and a question.
        '明星也用过防晒霜，晒伤照样会有', '歌手来演出时用过酒店的洗发水吗？',
        '明星代言的祛痘膏，其实无法根治痤疮', '达人推荐的祛痘凝胶，下单前先看一看配料', '明星同款美白丸？成分表先看清楚再决定。', '明星同款生发液？最好先问问医生适不适合你。', '主播推荐的祛斑霜，有些加了汞，检测报告要看', "明星也来做公益，捐了一批防晒霜", "奥运冠军也来看比赛了", "知名女歌手也会来做这种项目吗？先问清楚资质", '回复：明星推荐的祛疤膏，先看有没有批准文号', '网红推荐的药膏，先查批准文号再说', '明星推荐的祛斑霜，对老年斑并没有用', '电视上老演员推荐的泡脚方，其实根本不管用', '这位歌手的新专辑，粉丝都在回购', '网红明星代言的保健品，请先查验有没有批准文号', '明星代言的药膏也要看批准文号', "本店从不请艺人站台，主持人是我们自己的店员", "明星也会专门找营养师", "有明星专门找他看病吗？", "明星专程来这座城市拍戏", "有网友问某歌手是不是在我们这里做的鼻子，我们不便透露任何客户的信息", {"text": "您问的那位主持人是否在本院就诊过，我们无法回答", "type": "institution"}, '明星的祛痘方案不一定适合你，要听医生的', '某知名歌手的手术方案是什么，网上说法很多，不要轻信', '连明星，也来这座城市拍过戏', '就连知名主持人，也会长痘', '明星推荐的减肥茶，大多缺乏科学依据', '大牌女星推荐的美白丸，其实毫无医学根据', '某知名演员的皮肤问题，就是用激素用出来的', '那位知名主持人的节目，靠的就是团队', "世界冠军都说，训练没有捷径", "世界冠军小时候每天都练这个动作几百遍，才拿到比赛资格", "明星也做这个检查吗？", "明星都说好用吗？别信", '那位演员出差都带着助理和化妆师', '电视剧里的男主角天天喝酒熬夜，这种作息观众别学', '知名主持人也是这所大学的老校友', '看到名人推荐的保健品广告，先查一查批准文号', '明星都穿着礼服出席颁奖礼', { text: '知名厂家同款配件，价格以门店为准', type: 'ad' }, '国家队的队员也靠刻苦训练才拿到奖牌', '明星代言的保健品，买之前多问问医生', { text: '患者诉看了某网红推荐的视频后自行购买减肥茶，出现腹泻', type: 'case' }, "网红推荐的面膜，大家别一窝蜂去抢", "歌星推荐的润喉糖，不要一哄而上去囤", "著名钢琴家也会得腱鞘炎，弹琴前要热身", "知名医学家推荐的是规律作息，不是哪一款保健品", "那位主持人说，去我们合作的推拿馆之前要先约好时间", "世界冠军能站上领奖台，全靠日复一日的训练", "那位全国冠军说，他能恢复全靠教练和队医", "一线女星出差也要注意颈椎，飞机上别一直低头", "球星比赛时离不开队医的照顾", "栏目嘉宾提醒观众，降压药不能自己停", "看到明星推荐的养生方，请先问问您的医生", "网红推荐的减肥茶常含泻药成分，长期喝会伤身体", "明星同款的代餐粉往往掺了利尿剂，体重掉得快反弹也快", "“抑郁不是矫情，难受了要去看医生。”——一位主持人", "“每个人都是自己健康的第一责任人。”——摘自某主持人的公益演讲", "“不舒服就去正规医院，别信偏方。”——某著名歌手在公益短片里说", "乒乓国手的好成绩靠的是日复一日的训练", "那位名将退役后也是靠刻苦的康复训练重返赛场的", "网红博主就是吃这个减肥药吃进了医院，千万别乱吃", "一位网红就是用这个方法把流量做起来的", "电视台的主持人提醒观众，保健品不能代替药物", "世界冠军的好成绩靠的是日复一日的科学训练", "让明星为医院代言宣传疗效，在我国是被禁止的", "某老歌唱家在访谈里用过这款药，并不能证明它有效", "运动员每天都吃的早餐很有讲究，蛋白质要充足", "知名主持人也靠多喝水、早睡来保养皮肤", { text: '客服：您说的网红推荐是别的诊所的宣传，跟我们没有关系哦', type: 'ad' }, { text: '近期有商家在群里发布“明星同款”“网红推荐”等宣传，与医院无关', type: 'institution' }, { text: '主持人：今天来到直播间的是康复科的陈医生，我们聊聊久坐腰痛', type: 'kepu' }, { text: '主持人：有位听众来信说，孩子湿疹反复，问要不要忌口', type: 'kepu' }, '明星推荐的减肥药莫乱吃，先问医生', '运动员入住本中心前，需由队医提交伤情评估', '给明星看病和给普通人看病，在医生眼里没有区别', '刷到直播间里“网红推荐”的减肥茶，先别急着下单，问问药师', '广告法第十六条规定，医疗广告不得利用患者、专家或名人的名义作推荐、证明', '我给一位运动员看了膝伤，提醒他训练前充分热身', '常有家长私信问网红推荐的婴儿湿疹膏能不能给孩子用，我的回答是先看成分表', '女团成员也会长痘，熬夜和压力都是常见诱因', '网红博主推荐的祛痘面膜不一定适合你，痤疮加重请来院就诊', { text: '患者评价：5 star，候诊环境整洁，医生解释耐心', type: 'institution' }, '不少网红博主都在推荐某款生发喷雾，皮肤科医生提醒：脱发原因很多，应先明确诊断', '明星同款祛斑霜来源不明，可能含汞，切勿购买', '偶像剧里“一夜祛痘”的情节不可信，痤疮需要规范治疗', {"text": "本院不为任何明星提供代言，也不接受名人推荐", "type": "institution"}, {"text": "演员拍戏长期带妆，更要注意卸妆和皮肤屏障的修护", "type": "kepu"}, "网红达人探店打卡的宣传，其实违反了广告法的规定", "名人同款≠适合你｜最近某位歌手分享了自己做鼻部手术的经历，每个人的骨骼基础不同，手术方案必须面诊评估", "一位主持人在节目里讲述了自己产后抑郁的经历，提醒大家及时就医", '有报道称某演员做过近视手术，但手术效果不能以个例判断', "宇航员在太空中会出现骨量丢失，返回地面后需要康复训练", '一位歌手曾在采访中谈到自己与焦虑症相处的经历，这提醒我们出现症状要及时就医', "大家好，我是健康节目的主持人，今天请皮肤科医生讲讲防晒", '网上热卖的人气博主同款减肥茶可能含有违禁成分，不要盲目购买', '有些演员公开谈过自己的白癜风，这帮助更多人了解了这种疾病', '请按医生的建议选择治疗方式', '明星推荐的护肤品不一定适合你', '有些机构请网红来探店，其实是付费推广', '明星同款减肥药卖得火，其中不少被检出非法添加', '网红推荐的生发水可能添加了米诺地尔，使用前请看清成分表', { text: '坚持治疗21天后即可复诊，由医生评估治疗效果', type: 'institution' }],
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
      // Round one hundred and ten (batch HV): everyone of a group told they should all go and have a beauty treatment once (每个女生都应该去做一次皮肤管理;
      // 所有男生都该去打一次水光针): the order sells the treatment to everyone; 每个人都应该去做一次体检 names no treatment sold and is not read.
      p(/(?:所有|每个|每一个|每位|每一位|凡是?)[^,，。;!?]{0,8}?(?:女生|男生|女孩|男孩|女人|男人|姐妹|女性|男性|人)[^,，。;!?]{0,2}?(?:都|一定)(?:应该|应当|该|要|得|必须)(?:去|来)(?:做|打|试)(?:一次|一下|个)?[^,，。;!?]{0,4}?(?:皮肤管理|医美|水光针?|光子嫩肤|光子|热玛吉|抗衰|美容|项目|套餐)/),
      // Round seventy-three (batch EZ): a whole group, with no 所有, ordered at once off its medicine or onto another (糖尿病患者都要马上停掉胰岛素,
      // 痛风病人都必须立即改吃我们的茶): 都 makes it everyone's order, and stopping treatment at once is no individual advice.
      p(/(?:患者|病人|病友|患儿)(?:们)?(?:都|一律|统统|全都)(?:要|必须|得|应该?|务必|需要)?(?:马上|立即|立刻|即刻|赶紧|赶快)(?:停|停掉|停用|停服|停药|换掉|扔掉|改用|改吃|改喝|换成)/),
      // Round one hundred and twelve (batch HZ): the group named by its illness, 得了 / 患了 / 有…的人 (患了银屑病的人，都该用上这套方案; 有脚气的朋友都该用上
      // 这款药膏), told all to take up this one treatment; 得了湿疹的人都要注意保湿 and 都应该先去医院明确诊断 name nothing of ours.
      // Round one hundred and fourteen (batch ID): the group named by its symptom on a body part (头皮发痒的朋友，都该来试试我们的中药洗剂), as by its illness.
      p(/(?:(?:患了?|得了?|有)[\u4e00-\u9fff]{1,6}?|(?:皮肤|身上|脸上|头皮|手上|腿上|背上)(?:发痒|瘙痒|干痒|痒|过敏|长痘|起疹子|脱皮|出油|爱出油))的(?:人|朋友|患者|病人|病友|家长|孩子)(?:们)?[,，]?\s?(?:都|一律|统统|全都)(?:该|应该|应当|必须|务必|一定要|要|得)(?:来|去)?(?:用上|用|试试?|做|接受|换成|改用|体验)(?:一下|一次|一个疗程)?(?:这个|这种|这套|这项|这款|我们的|本院的|我院的)[\u4e00-\u9fff]{0,6}?(?:治疗|疗程|疗法|项目|手术|方案|药膏|药|产品)/),
      // Round one hundred and fifteen (batch IF): the group named by whatever it has, ending at 的, then all told to hurry in for a treatment (家里老人腿上
      // 起红疹的，都得赶紧来中心打针; 手脚冻伤的老人们，都要赶快到我们这儿扎针): 都 and the hurry order everyone in; 起红疹还发烧的，要尽快就医 and
      // 皮疹加重的，都要马上停药复诊 name no treatment to come for; a group named by its booking or its vaccine (已预约的，都要尽快来中心打针) is
      // a notice (refine()).
      p(/(?<=的(?:人|朋友|老人|患者|病人|病友|孩子|家长)?们?[,，]\s?)(?:都|一律|统统|全都)(?:必须|务必|一定要|得|要|该|应该)(?:赶紧|马上|立即|立刻|赶快|尽快|抓紧)(?:来|到)(?:我们|咱们|本院|我院|本中心|中心|社区|诊所|门诊|店里)?(?:这里|这儿)?(?:打针|输液|挂水|扎针|照光|理疗|针灸)/),
      // Round one hundred and seven (batch HP): a whole group told it must all come for our own treatment, pointed at as this one or ours (白斑患者都必须来做
      // 一次这个复色治疗; 湿疹病人都一定要来试试我们的熏蒸疗程): 都 makes it everyone's order; a group told to follow a doctor (术后患者都必须在医生指导下
      // 接受康复治疗) names nothing of ours.
      p(/(?:患者|病人|病友|患儿)(?:们)?(?:都|一律|统统|全都)(?:必须|务必|一定要|要|得)(?:来|到)(?:我院|本院|我们这里?|这里)?(?:做|接受|试试?|体验)(?:一次|一下|一个疗程)?(?:这个|这种|这套|这项|我们的|本院的|我院的)[\u4e00-\u9fff]{0,6}?(?:治疗|疗程|疗法|项目|手术|方案)/),
      // Round one hundred and twenty-one (batch IR): everyone with a complaint, named with 凡 / 所有, told to have the whole panel of tests first (凡皮肤瘙痒者，一律先做
      // 全套过敏原检测再看诊; 所有起湿疹的孩子，都必须先查一遍全套食物过敏原): the order sells every test to everyone, whatever the history; 凡发热者，一律先到
      // 发热门诊 sends to a triage desk and names no panel, and a doctor deciding (是否需要做全套检测由医生决定) orders no one.
      p(/(?:凡是?|所有|每位|每一位)[^,，。;!?]{1,10}?(?:者|的人|的患者|的孩子|的朋友|患者|患儿)[,，]?\s?(?:一律|都|均|统统|全都)(?:必须|须|要|得|需|应)?(?:先|首先)?(?:做|查|接受|进行)(?:一次|一遍|一下)?(?:全套|全面|全项|全部|整套)[^,，。;!?]{0,8}?(?:检测|检查|筛查|化验|过敏原)/),
      // Round thirty-four: a heading or sentence ordering whole groups in at once (以下人群必须马上来院检查：身上有任何白点的人…).
      p(/以下(?:人群|患者|几类人|这几类人|人士|人员|朋友)[^,，。;!?\n]{0,4}?(?:必须|务必|一定要|都要|都必须)(?:马上|立即|立刻|第一时间|赶紧|赶快)/),
      // Round eighty-three (batch FU): the whole audience of a shop's broadcast or a show (所有长斑的会员必须立即…, 每位听众务必马上…).
      // Round eighty-seven (batch GB): or a school's or workplace's whole body (所有长痘的学生必须马上…, 每位员工务必立即…).
      p(
        /(?:所有|全部|一切|任何|每一?[位个名]|凡是?|但凡)[^,，。;!?]{0,12}?(?:患者|病人|病友|白斑|白癜风|人|家长|孩子|会员|顾客|客户|听众|粉丝|姐妹|宝妈|同学|学生|员工|职工)[^。;!?]{0,10}?(?:都|均|一律|务必|必须|统统|全都)?[^。;!?]{0,4}?(?:必须|务必|一定要|都要|都得|都应该?|应当|一律要?|都需要?|得)[^。;!?]{0,4}?(?:立即|立刻|马上|即刻|尽快|赶紧|赶快|第一时间|当天|今天)/,
      ),
      // Round ninety-one (batch GK): a group named by its complaint (所有颈椎不适的旅客, 每位腰痛的司机, 凡是长斑的乘客) and
      // ordered in at once: the complaint, not the noun after 的, makes it everyone who has it.
      p(
        /(?:所有|全部|全体|每一?[位个名]|凡是?)[^,，。;!?]{0,10}?(?:不适|疼痛|[痛疼痒酸麻]|失眠|打鼾|近视|长[斑痘]|有[斑痘])的[\u4e00-\u9fff]{1,4}?(?:们)?(?:都|均|一律)?(?:必须|务必|一定要|都要|都得)[^。;!?]{0,4}?(?:立即|立刻|马上|即刻|赶紧|赶快|第一时间)/,
      ),
      // Round twenty-nine: the order dated from today (全部糖尿病患者即日起必须停止服用…).
      p(
        /(?:所有|全部|全体|一切|每一?[位个名]|凡是?)[^,，。;!?]{0,12}?(?:患者|病人|病友|人|家长)[^。;!?]{0,4}?(?:即日起|从今天起|从今日起|从现在起|今天起|自即日起)[^。;!?]{0,4}?(?:都|均|一律)?(?:必须|务必|一定要|都要|都得|一律)/,
      ),
      p(/(?:无论|不论|不管)[^,，。;!?]{0,12}[,，]?\s?(?:都|一律|均)(?:必须|要|得|需要?|应该?)?(?:立即|立刻|马上|即刻|尽快|赶紧|第一时间)/),
      // Round ninety-eight (batch GY), in the pattern below: a hobby's or a club's crowd named by 友 (每位书友, 所有车友, 凡是茶友) is everyone too.
      // Structural: everyone (所有, 全体, 凡是, 只要有白斑…) and an urgency word anywhere in the sentence.
      p(/(?:所有|全部|全体|一切|凡是?|凡有|但凡|每一?[位个名]|任何|只要有?|无论|不论|不管)[^。;!?]{0,16}?(?:患者|病人|病友|朋友|读者|白斑|白癜风|患儿|孩子|家长|者|人|友|男性|女性|男士|女士|市民|居民|宝妈|妈妈)[^。;!?]{0,14}?(?:立即|立刻|马上|即刻|尽快|赶紧|赶快|第一时间|当天|今天就|本周内|一天也不能|不能等)|(?:无一例外|统统|一律|全部|全都)[^。;!?]{0,6}?(?:立即|立刻|马上|即刻|尽快|赶紧)/),
      p(/(?:所有|全部|每一?[位个名]|凡是?)[^,，。;!?]{0,12}?(?:患者|病人|病友)[^。;!?]{0,6}?(?:必须|务必|一律)[^。;!?]{0,6}?(?:来|到)(?:本院|我院|我们|这里)/),
      // Round twenty-six: everyone of a group told they must have the clinic's own service (所有宝宝都必须在三岁前做一次我们的脊柱筛查).
      // Round ninety-four (batch GQ): 人人, 全家老小 and 男女老少 are everyone too (人人都必须做一次我们的…检测), and the test's name may run to eight
      // characters (幽门螺杆菌呼气检测).
      p(/(?:所有|全部|每个|每一个|每位|每一位|凡是?|人人|全家(?:老小|人)?|男女老少)[^,，。;!?]{0,10}?(?:[,，]\s?(?=都|均|一律))?(?:都|均|一律)?(?:必须|务必|一定要|都要|都得|需要?|须)[^。;!?]{0,12}?(?:我们|本院|我院|本中心)的?(?:[\u4e00-\u9fff]{0,8}?)(?:筛查|检查|检测|体检|评估|项目|套餐|治疗|调理|方案|疗程)/),
      // Round ninety-four (batch GQ): everyone of a group, perhaps with a comma after it, told they all must come to the clinic and be examined or
      // registered (所有适龄女生，都要先来我院建立健康档案; 全家老小都应该来本院做一次检查; 所有孩子一律需要来院建档): the order brings everyone in.
      // 院 alone only right before the act (来院建档), so a house rule's 到院内采样点 is not read.
      p(/(?:所有|全部|全体|每个|每一个|每位|每一位|凡是?|人人|全家(?:老小|人)?|男女老少)[^,，。;!?]{0,12}?(?:[,，]\s?)?(?:都|均|一律|统统|全都)(?:必须|务必|一定要|需要|要|得|应该?|应当|该)(?:先|再|及早|早点|尽早)?(?:带(?:上)?(?:孩子|宝宝|父母|老人|家人))?(?:来|到)(?:院(?=[做建检查筛评测登办])|本院|我院|我们(?:这里|这儿|医院|诊所|中心)?|这里|本中心|本诊所|咱们(?:这里|医院))[^,，。;!?]{0,6}?(?:做|查|检查|体检|筛查|检测|评估|建立|建档|登记|办理|测)/),
      // Round thirteen: everyone of a group told to come and be examined (每一位四十岁以上的朋友都来做一次全面的肿瘤筛查).
      // Round one hundred (batch HC): or to come and have the shop's care done (每个人都得来推推腰, 每位老人都要来店里艾灸): the service, like the
      // examination, brings everyone in; 每个人都得来排队签到 brings no one in for care. 人人 and 男女老少 are everyone too, and 都该 orders as 都应该
      // does (过了五十岁，男女老少都该来做一次艾灸); 做 a volunteer's or a guest's part (人人都要来做志愿者) is no care.
      // Round one hundred and four (batch HK), in the pattern below: the order may say 尽早 / 先 before 来 and name the clinic as 医院 or 诊所 (凡是长过痘的年轻
      // 朋友都应该尽早来诊所做一次评估); 凡是发热的患者都应该尽早来医院就诊 is no care sold (就诊 is not read).
      p(/(?:(?:所有|每个|每一个|每位|每一位|凡是?)[^,，。;!?]{0,12}?(?:人|朋友|读者|市民|居民|女性|男性|姐妹|男士|女士|妈妈|宝妈|家长|老人|孩子)|人人|男女老少)[^,，。;!?]{0,4}?(?:[,，]\s?)?(?:都|均|务必|一定)(?:要|得|应该?|该|应当)?(?:尽早|及早|早点|早日|尽快|先)?(?:带(?:上)?(?:孩子|宝宝|父母|老人|家人))?来(?:我们|本院|我院|这里|本中心|本店|店里|店内|门店|医院|诊所|门诊)?(?:做(?!志愿|义工|游戏|作业|饭|菜|家务|客|东|生意|买卖)|查|检查|体检|筛查|测|评估|调理|理疗|推拿|按摩|艾灸|针灸|刮痧|拔罐|熏蒸|推(?:一)?推|按(?:一)?按|揉(?:一)?揉|捏(?:一)?捏)/),
      // Round thirteen: a group hailed, then ordered in the next breath (所有的宝妈看过来！产后42天一定要来做盆底修复).
      p(/看过来(?<=(?:所有|全体|各位|每一?[位个])[^,，。;!?]{0,8}?看过来)[!！]?\s?[^。;!?]{0,20}?(?:一定要|必须|务必|都要|都得|都应该?)/),
      p(/(?:所有|全部|全体|每一?[位个名])[^,，。;!?]{0,8}?(?:患者|病人|病友)[^。;!?]{0,4}?(?:一律|统统|无一例外)(?:先|都)?(?:做|接受|进行|使用|服用|检查|照光|住院)/),
      // No "all", but the order is still for everyone: 白斑一经发现，必须立即治疗; 只要确诊就务必马上照光.
      // Round twenty-nine: the reader who has ever had the disease (只要你有过一次荨麻疹，就必须马上…).
      // Round one hundred and six (batch HN), in the pattern below: the place of the sign may stand before it (只要皮肤出现发红…，都应该马上到…; 一旦
      // 脸上长了斑，都要立即…), and 都应该 / 都需要 order as 都要 does; 一旦出现水疱，应立即停药 has no 都 and orders no one in particular.
      p(/(?:一经|一旦|只要|凡)(?:你|您|孩子|宝宝|家人)?(?:的)?(?:皮肤|身上|脸上|手上|头皮|身体|皮肤上)?(?:发现|出现|确诊|诊断|查出|有过|得过|患过|长过|得了|长了)[^。;!?]{0,24}?(?:必须|务必|一定要|都要|都得|一律|都应该?|都应当|都需要)[^。;!?]{0,6}?(?:立即|立刻|马上|即刻|第一时间|当天|尽快)/),
      // Round ninety-six (batch GU): in the two patterns above and the one below, a comma may part the group from its order (所有关节痛的朋友，都应该来店里
      // 做一次…; 每个宝宝满六个月，都必须来做一次我们的筛查; 凡是来我院就诊的病人，一律要先办理年卡), the order may be 均需 or 须 (凡带孩子来体检的家长，均需
      // 加购本中心的检测), and the place the shop (来店里做).
      // Round ninety-six (batch GU): the whole group told to take or use the shop's or the clinic's own product (所有高血压患者都应该每天吃一粒这款鱼油,
      // 每位会员都要用本店的益生菌): the order sells; 所有患者都要用这种方法测血压 names a method, not a product.
      p(/(?:所有|全部|全体|每个|每一个|每位|每一位|凡是?|人人)[^,，。;!?]{0,12}?(?:[,，]\s?)?(?:都|均|一律)(?:应该?|应当|需要|必须|要|得|务必|该)[^,，。;!?]{0,8}?(?:吃|喝|服用|服|用|使用|涂|抹|买|购买|备|配|穿|戴|泡|贴|换)(?:上)?[^,，。;!?]{0,4}?(?:这款|这一款|本品|(?:这款|这一款|本店的?|本院的?|我们的?|本品|我家的?|本中心的?)[^,，。;!?]{0,6}?(?:药|鱼油|保健品|胶囊|片|粉|茶|膏|霜|益生菌|维生素|营养素?|补剂|产品|口服液|颗粒|贴|酒|丸))/),
      // Round ninety-seven (batch GW), in the pattern above and in the come-in pattern further up: 都该 orders as 都应该 does (每个人都该来我们理疗馆做一次…),
      // the product may be worn, soaked in or stuck on (人人都该穿上这款压力袜, 都该戴上本店的护腰), and 这款 or 本品 names it without its noun.
      // Round ninety-seven (batch GW): a whole group told it must all have something, then hurried to buy ours (初二以上的孩子一律要补脑，家长们
      // 赶紧订上我们的营养液; 老人都得补钙，赶快来买本店的钙片): the order sells to everyone; 所有人都要系好安全带，赶紧入座 sells nothing.
      p(/(?:孩子|宝宝|学生|患者|病人|老人|家长|女性|男性|会员|顾客|人)们?(?:都|一律|统统|全都)(?:要|必须|得|应该|该|需要)[^。;!?]{0,12}?(?:赶紧|马上|立即|立刻|赶快|抓紧|尽快)(?:来)?(?:订|买|购买|抢|囤|下单|报名|订购)(?:上|购|了)?[^,，。;!?]{0,4}?(?:我们的?|本店的?|本院的?|本中心的?|这款|本品|咱家的?)/),
      // Round ninety-eight (batch GY): everyone told to take one of the remedy, counted by its measure (家里有老人的，人人都要请一副回去; 凡是过了四十的，每天都得
      // 来一壶降脂茶; 所有车友上高速前务必先喝一包这种养肝茶): the measure and the remedy, or taking it home, make the order sell; 每位学员都要喝一杯水 and
      // 所有乘客都要带一包纸巾 sell nothing.
      p(/(?:所有|全部|全体|每个|每一个|每位|每一位|凡是?|人人|个个|家家)[^。;!?]{0,20}?(?:都|均|一律|全都)?(?:必须|务必|一定要|应该?|应当|该|要|得|需要)(?:先|再|都|每天|天天)?(?:来|喝|吃|买|请|带|拿|捎|泡|贴|用|备)(?:上)?(?:一|两|几)(?:副|包|盒|瓶|罐|贴|帖|袋|壶|杯|碗|剂|疗程)[^,，。;!?]{0,8}?(?:茶|药|膏|贴|酒|粉|片|丸|枕|垫|回去|回家)/),
      // Round one hundred (batch HC), in the pattern below: or to come and be treated by the shop (不管有没有病，人人都需要来调理一下).
      // Round one hundred (batch HC): everyone told to try it once by the reduplicated verb of use (每位司机都应该贴一贴, 人人都该喝一喝); refine() asks for
      // the shop's product in the paragraph (必备, 这款, 本店…), so 每个人都应该泡一泡脚 as plain advice is not read.
      p(/(?:所有|全部|全体|每个|每一个|每位|每一位|凡是?|人人|男女老少|全家(?:老小|人)?)[^,，。;!?]{0,10}?都(?:应该|应当|该|得|要|需要|必须)(?:来)?(?:贴一贴|喝一喝|泡一泡|抹一抹|敷一敷|灸一灸|戴一戴|吃一吃|试一试)/),
      // Round one hundred (batch HC): the shop's product named first, then everyone told to take it (这碗汤男女老少都该喝, 我们的药酒人人都得喝,
      // 这款膏药全家老小都应该贴): the order sells to everyone; 这碗汤男女老少都能喝, 这种药人人都该慎用 and 这茶人人都该少喝 order no one to buy.
      p(/(?:这|本|咱家的?|我家的?|我们的?|店里的?)[^,，。;!?]{0,6}?(?:汤|茶|粥|酒|药|膏|贴|粉|丸|片|饮|方子?)[,，]?\s?(?:男女老少|老老少少|人人|每个人|所有人|全家(?:老小|人)?|老人孩子|大人小孩)(?:都|全都)(?:该|应该|得|要|需要|必须)(?:常|多|天天|每天|经常)?(?:喝|吃|用|贴|泡|抹|备)/),
      // Round ninety-six (batch GU): a regardless-clause, then the group told to come and be examined (不管有没有症状，四十岁以上的人都得来做一次胃肠镜):
      // the place, if named, is ours; 不管有没有症状，糖尿病患者都要定期复查血糖 brings no one in.
      p(/(?:无论|不论|不管)[^,，。;!?]{0,12}[,，]\s?[^,，。;!?]{0,12}?(?:人|患者|病人|朋友|孩子|宝宝|女性|男性|老人|家长)(?:们)?(?:都|一律|均)(?:必须|务必|一定要|要|得|应该?|需要)(?:先|再|尽早)?来(?:我们|本院|我院|这里|本中心|本店|店里)?(?:做|查|测|检查|体检|筛查|检测|评估|调理|理疗|推拿|按摩|艾灸|针灸|刮痧|拔罐|熏蒸)/),
      // Round ninety-six (batch GU): everyone said to need it, then told to come and have it done (每个人都需要，建议全家都来做一次; 人人都要查，欢迎来本店测):
      // 人人都应该了解自己的血压 and 每个人都需要防晒 bring no one in.
      p(/(?:每个人|每一个人|人人|所有人|男女老少|全家(?:老小|人)?)都(?:需要|应该|必须|要|得)(?:做|查|测)?[^。;!?]{0,16}?(?:都)?来(?:我们|本院|我院|这里|本中心|本店|店里)?(?:做(?!志愿|义工|游戏|作业|饭|菜|家务|客|东|生意|买卖)|查|测|检查|体检|筛查|检测)/),
      // Round twelve: a whole group of readers told that it needs a paid service, no urgency word needed (所有30岁以上的
      // 女性都应该做一次卵巢保养; 每个家庭都需要一位私人医生); refine() lets public-health advice with its source through.
      p(/(?:所有|每个|每一个|每位|每一位|凡是?|任何)[^,，。;!?]{0,12}?(?:女性|女人|男性|男人|人|患者|家庭|妈妈|宝妈|孩子|老人|中年人|上班族|白领|爱美)[^,，。;!?]{0,6}?(?:[,，]\s?)?(?:都|均|一律)(?:应该?|需要|必须|要|得|须|需)[^,，。;!?]{0,10}?(?:保养|项目|套餐|抗衰|调理|疗程|会员|私人医生|体检卡|年卡|抗老|美容)/),
      // Round one hundred and two (batch HF): a whole group told it should have a skin clinic's procedure done (每个女人都应该做一次光子嫩肤,
      // 所有爱美的姐妹都要打一次水光针, 每位男士都该做个皮秒): the order sells the procedure to everyone; 每个人都应该做好防晒 names none, and
      // 不是每个人都需要做热玛吉 is refused by refine().
      p(/(?:所有|每个|每一个|每位|每一位|凡是?|任何)[^,，。;!?]{0,12}?(?:女性|女人|女生|女孩|男性|男人|男士|男生|女士|人|姐妹|妈妈|宝妈|爱美)[^,，。;!?]{0,6}?(?:[,，]\s?)?(?:都|均|一律)(?:应该?|应当|该|需要|必须|要|得|须|需)(?:去|来)?(?:做|打)(?:一次|一回|一下|一个|个|上|几次)?[^,，。;!?]{0,4}?(?:光子|嫩肤|水光|皮秒|热玛吉|超声刀|果酸|刷酸|换肤|美白针|微针|玻尿酸|肉毒|瘦脸针|点阵|射频|光动力|祛斑|祛痘|脱毛|线雕|医美)/),
      // Round one hundred and three (batch HH): a regardless-clause, then everyone, unnamed, advised to come and have it done once (不管什么肤质，都建议
      // 来做一次; 无论年纪大小，都应该来试一下): 都 after the clause makes it everyone, 来 brings them in; 不管什么肤质，都建议做好防晒 brings no one.
      p(/(?:无论|不论|不管)[^,，。;!?]{0,12}[,，]\s?(?:都|也都|统统|一律)(?:建议|应该?|应当|该|要|得|必须|需要|值得)(?:先)?来(?:我们|本店|店里|本院|我院|这里|这儿|本中心)?(?:做|试|打|体验)(?:一次|一回|一下|一试|试|个疗程|一个疗程)/),
      // Round one hundred and three (batch HH), in the pattern below: or told to come and try it once (有色斑的朋友都应该来试一次光子嫩肤); 有空的朋友都可以来
      // 试一下 orders no one (可以 is not in the list).
      // Round one hundred and one (batch HE): a group named by what it has (有高血压的人, 有颈椎病的朋友, 家里有老人的), perhaps with a comma and
      // 每个月 after it, all told to come and have the shop's care or eat and drink its own food (有胃病的街坊都该来喝我们的养胃粥): the order brings
      // everyone who has it in; 有高血压的人都应该少吃盐 brings no one, and 有空的朋友都要来做志愿者 is no care.
      // Round one hundred and four (batch HK), in the pattern below: the parents of children who have it, each of them (有近视孩子的父母，每一位都应该带孩子来做一次验光),
      // told to bring the child in, perhaps 尽早; 有孩子的家长，每一位都需要带孩子来学校开家长会 is no care.
      // Round one hundred and six (batch HN), in the pattern below: the group may be 上班族, 学生 or 姐妹 (有颈椎不适的上班族，都应该来做一次体态评估).
      p(/有[^,，。;!?]{1,8}?的(?:人|朋友|老人|孩子|宝宝|家庭|患者|病人|会员|顾客|街坊|居民|邻居|家长|父母|妈妈|宝妈|上班族|学生|姐妹|[\u4e00-\u9fff]?友)?(?:们)?[,，]?\s?(?:每(?:[个一]?[周月年]|天|次|一?[位个名])[^,，。;!?]{0,2}?)?(?:都|一律|统统|全都)(?:应该?|应当|该|必须|务必|一定要|要|得|需要)(?:尽早|及早|早点|先)?(?:带(?:上)?(?:孩子|宝宝|父母|老人|家人))?(?:来|到)(?:我们|本店|店里|本院|我院|这里|这儿|本中心|咱们这儿?)?(?:做(?!志愿|义工|游戏|作业|饭|菜|家务|客|东|生意|买卖)|试(?:一次|一回|一下|一试|试)|(?:吃|喝)(?:上)?(?:我们|本店|咱家|我家|店里|食堂)|调理|理疗|推拿|按摩|艾灸|针灸|刮痧|拔罐|熏蒸|检查|体检|筛查)/),
      // Round one hundred and eight (batch HR): everyone of a group told they should all buy a card or a course (每一位女士都应该办一张年卡, 所有宝妈都要
      // 买一个产后修复疗程): a purchase ordered on a whole group; a house rule with its condition (每位顾客都要办一张会员卡才能储值) orders no one.
      p(/(?:所有|每个|每一个|每位|每一位|人人|凡是?)[^,，。;!?]{0,8}?(?:女士|女性|女人|女生|女孩|男士|男性|姐妹|宝妈|妈妈|人|顾客|客户)(?:们)?[,，]?\s?都(?:应该|应当|该|必须|务必|一定要|要|得)(?:去|来)?(?:办|买|充|开|购买|办理|入手|囤)(?:上|好)?(?:一张|一个|一份|一套|一次)?[\u4e00-\u9fff]{0,8}?(?:年卡|次卡|会员卡|储值卡|卡|疗程|套餐)(?![^。;!?]{0,12}?(?:才能|才可以?|方可|后才))/),
    ],
    negation: 'suppress',
    hedge: false,
    // Urgency for an adverse event (出现严重过敏时立即就医) is safety advice, not an order to all.
    refine: (c) =>
      // Round one hundred (batch HC): the reduplicated verb of use orders a purchase only with the shop's product in the paragraph.
      (!/(?:贴一贴|喝一喝|泡一泡|抹一抹|敷一敷|灸一灸|戴一戴|吃一吃|试一试)$/.test(c.norm.slice(c.start, c.end)) || c.paragraphHas(/必备|这款|本款|本品|本店|咱家|我家|我们的|店里|同款|专用|新到|上新|热卖|爆款/)) &&
      // Round eighty-five (batch FY): the universal order itself denied right before it (不必所有患者都立即…, 并非每位患者都要马上…,
      // 不是所有人都得立刻…) says the opposite: not everyone must.
      !/(?:不必|无需|无须|不需要|不用|并非|并不是|不是|未必)(?:让|要求|叫)?$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 6), c.start)) &&
      // 过敏原 is a test the reader is ordered to have, not an allergic reaction.
      // Round twenty-nine: a hospital's house rule for everyone (即日起就诊必须佩戴口罩、出示医保卡) orders no treatment.
      !/口罩|医保卡|社保卡|身份证|健康码|扫码|测体温|测量体温|探视|陪护|陪同人员/.test(c.sentence) &&
      // Round sixty-six (batch EM): the clinic promising a service to everyone (我们保证每位患者在就诊当天拿到检查报告; 本院承诺所有来电当天回复)
      // orders no one: the urgency word is when the clinic delivers (拿到, 取到, 收到, 回复, 出报告), not when the patient must come.
      !(/(?:我们|本院|我院|本中心|医院|门诊|科室|[\u4e00-\u9fff]{1,3}科)[^,，。;!?]{0,4}?(?:保证|承诺|确保|力争|争取)/.test(c.sentence) && /(?:当天|当日|即时|立即|第一时间|尽快)[^,，。;!?]{0,8}?(?:拿到|取到|收到|领到|得到|看到|查到|回复|答复|出(?:具)?(?:结果|报告)|反馈)/.test(c.sentence) && !/必须|务必|一定要|都要来|都得来/.test(c.sentence)) &&
      // Round one hundred and fifteen (batch IF): a notice to those who booked or are due a vaccine (已预约的，都要尽快来中心打针) orders no treatment.
      !(/(?:打针|输液|挂水|扎针|照光|理疗|针灸)$/.test(c.norm.slice(c.start, c.end)) && /预约|挂号|登记|疫苗|接种|第[一二两三四]针|加强针|名单/.test(c.sentence)) &&
      // Round one hundred and six (batch HN): nor is 过敏体质, a constitution the group is named by (家里有过敏体质的孩子，都应该来做一次…).
      !/过敏(?!原|体质)|不良反应|水疱|灼伤|烫伤|急救|急诊|120|异常反应|呼吸困难|高热|发烧|感染|化脓|溃烂|出血/.test(c.sentence) &&
      !(/卫健委|卫生健康委|疾控|世卫|世界卫生组织|指南|共识|国家(?:建议|推荐|规定)/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)),
    examples: {
      bad: ['所有起湿疹的孩子，都必须先查一遍全套食物过敏原', '家里老人腿上起红疹的，都得赶紧来中心打针', '手脚冻伤的老人们，都要赶快到我们这儿扎针', '头皮发痒的朋友，都该来试试我们的中药洗剂', '得了白癜风的人，都必须试试我们的光疗方案', { text: '有脚气的朋友都该用上这款药膏', type: 'ad' }, '所有男生都该去打一次水光针', '所有宝妈都要买一个产后修复疗程，对自己好一点', { text: '每个爱美的男士都应该入手一张清洁护理次卡', type: 'ad' }, '湿疹病人都一定要来试试我们的中药熏蒸疗程', '有颈椎不适的上班族，都应该来做一次体态评估', '一旦身上长了白斑，都应该马上来院照光', "凡是长过痘的年轻朋友都应该尽早来诊所做一次评估", "有近视孩子的父母，每一位都应该带孩子来做一次验光", "不管皮肤好坏，都应该来做一次我们的水光疗程", "无论男女老少，都建议来试一下艾灸", "有颈椎病的朋友都应该来试一次我们的推拿", '所有爱美的姐妹都要打一次水光针', { text: '过了三十岁，每位女士都该做个热玛吉', type: 'ad' }, '有颈椎病的朋友，都应该来店里推拿一次', '有胃病的街坊都该来喝我们的养胃粥', { text: '本店护腰贴新到，久坐的每个人都应该贴一贴', type: 'ad' }, '入了冬，男女老少都该来店里做一次艾灸', '店里的药酒，老老少少都该每天喝一盅', '每位退休的老人都要来店里推拿一次', { text: '不论胖瘦，年轻人都得来本店理疗一个疗程', type: 'ad' }, '每个来听讲座的叔叔阿姨，都要带两瓶药酒回家', '所有球友打球前务必先贴一贴这种护膝膏', '凡是有颈椎病的牌友，都得每天泡一包这种足浴粉', '每位钓友都应该马上开始吃鱼油', { text: "老人都得补钙，赶快来买本店的钙片", type: 'ad' }, "高三的学生一律要补脑，家长赶紧下单我们的核桃粉", "全家老小都该戴上这款护腰", { text: "每位会员都该来我们馆里做一次体态评估", type: 'institution' }, "人人都需要补钙，欢迎全家都来本店测骨密度", "不论年龄大小，孩子们都要来本中心做一次脊柱筛查", "所有糖尿病患者，都应该每天喝一包本店的苦瓜茶", "每位腰痛的朋友，都应该来店里做一次评估", {"text": "凡是来本中心体检的客户，均需加做本中心的肿瘤标志物检测", "type": "institution"}, '人人都必须做一次本院的肠道菌群检测', { text: '男女老少都得来我们这里测一次骨密度', type: 'ad' }, '所有适龄女生，都要先来我院建立乳腺健康档案', { text: '全家人都应该来本中心做一次过敏原筛查', type: 'institution' }, { text: '不必再等了，所有白斑患者都必须立即开始系统治疗', type: 'ad' }, { text: '健康周提醒：每位有失眠困扰的员工都必须马上来心理门诊做一次评估', type: 'institution' }, { text: '痛风病人都必须立即改喝我们的降酸茶，别再吃西药', type: 'ad' }, { text: '所有脸上有斑的顾客务必马上来做一次光子嫩肤', type: 'institution' }, { text: '每一位收听节目的听众都必须立即去查一次幽门螺杆菌', type: 'ad' }, { text: '本院承诺：所有患者都必须当天来院复查，逾期不候', type: 'institution' }, { text: '## 以下人群必须马上来院检查\n1. 身上有任何白点的人；\n2. 家里有白癜风患者的人', type: 'institution' }, { text: '所有准妈妈都必须在孕中期做一次我们的四维彩超套餐', type: 'ad' }, '每位家长都应该带孩子来做一次全面的脊柱筛查', '所有超过四十岁的男性都必须马上来做前列腺检查', '全部患者一律先做全套基因检测', '白斑一经发现，必须立即来院治疗', '全体白斑患者务必在本周内来院复查', '只要有白斑，一律要尽快做移植', '所有白癜风患者都必须立即接受光疗', '凡是发现白斑的人，务必第一时间到我院就诊', '无论什么类型的白癜风，一律要立刻进行表皮移植', '所有30岁以上的女性都应该做一次卵巢保养', '每个家庭都需要拥有一位私人医生', '所有爱美的女性都需要一套抗衰方案', { text: '各位姐妹看过来！三十岁以后都要来做一次抗衰评估', type: 'ad' }, '所有宝妈看过来：孩子满三岁都应该来做一次视力筛查', { text: '每一位三十岁以上的女士都要来做一次骨密度检查', type: 'ad' }, '全部糖尿病患者即日起必须停用二甲双胍', '所有痛风患者从今天起一律禁止吃海鲜', '只要你有过一次荨麻疹，就必须马上来做过敏原检测', '只要孩子得过湿疹，都要立即来院做全面评估', { text: '每位腰痛的司机都必须马上来做一次我们的脊柱矫正', type: 'ad' }, { text: '凡是长斑的乘客务必立刻预约祛斑疗程', type: 'institution' }],
      ok: ['是否需要做全套过敏原检测，由医生根据病史决定', { text: '凡发热者，一律先到发热门诊预检分诊', type: 'institution' }, '已预约流感疫苗的，都要尽快来中心打针', '老人腿上起红疹还发烧的，要尽快就医', '用药后皮疹越来越重的，都要马上停药复诊', '皮肤痒的朋友，都应该先找医生查明原因', '身上过敏的人都应该用这种方法吗？', '得了湿疹的人都要注意保湿，少用热水烫洗', '有银屑病的朋友都应该先去正规医院明确诊断', '每个人都应该去做一次体检', '每位顾客都要办一张实名会员卡才能使用储值', '不是每个人都需要买年卡，先体验一次再决定也可以', '术后患者都必须在医生指导下接受康复治疗', '光疗患者都要按时来做复查', '有过敏史的患者，都要在用药前做一次皮试', '有过敏体质的孩子，都应该远离尘螨和宠物毛发', '一旦皮肤出现水疱，应立即停药并就医', "凡是发热的患者都应该尽早来医院就诊", "有孩子的家长，每一位都需要带孩子来学校开家长会", "不管什么肤质，都建议做好防晒", "无论年纪大小，都要先面诊再决定方案", "有兴趣的朋友都可以来试一下，先面诊再决定", "有过敏史的朋友都应该先告诉医生", '每个人都应该做好防晒', '不是每个女人都需要做热玛吉', '所有做过光子嫩肤的人都要注意防晒', '有高血压的人都应该少吃盐', '有空的朋友都要来做志愿者', '有孩子的家长都要来学校开家长会', '每个人都应该泡一泡脚，睡得更香', '人人都要来做志愿者，周六上午集合', '这款茶偏凉，不是每个人都应该喝一喝', '这碗绿豆汤男女老少都能喝', '这种止痛药人人都该慎用', '每个人都得来前台排队签到', '不管有没有病，老人们都要来社区登记信息', '每位学员开车前都要喝一杯水', '所有乘客都要带一包纸巾，方便路上用', '每位车友都要准时到集合点，过时不候', "孩子们都要睡足八小时，家长赶紧把手机收走", "患者都要按时复查，赶快预约我们的复查号", "每个人都该了解自己的血压", "所有乘客都该系好安全带，这是民航的规定", "每个人都需要防晒，出门前记得涂", "不管有没有症状，糖尿病患者都要定期复查血糖", "所有患者都要用这种方法测血压，读数才准确", {"text": "所有住院患者，均需做核酸检测", "type": "institution"}, '并不是每个孩子都要来我们这里做骨龄检查，医生会先看生长曲线', { text: '所有住院患者都要先到院内采样点做检测', type: 'institution' }, '人人都应该了解自己的血压', { text: '并不是所有荨麻疹患者都要立刻吃抗过敏药，偶发的轻症可以先观察', type: 'kepu' }, { text: '所有新生都要在开学后一个月内完成入学体检，具体时间以学院通知为准', type: 'institution' }, { text: '服药后出现皮疹的患者，都要立即就医，由医生判断是否停药', type: 'kepu' }, { text: '所有会员的积分将于月底清零，请尽快兑换', type: 'institution' }, { text: '降压药不能自行停用，患者都应该在医生指导下调整剂量', type: 'kepu' }, { text: '本院承诺所有线上咨询当天回复，检查结果当日即可取到', type: 'institution' }, { text: '检验科力争让每位门诊患者当天拿到血常规结果', type: 'institution' }, { text: '以下人群必须在医生指导下使用本药：孕妇、哺乳期妇女', type: 'kepu' }, '所有孕妇都必须按国家规定在孕早期建档', '每位家长都应该带孩子按时接种疫苗，这是国家免疫规划的要求', '所有女性都应该了解乳腺自检的方法', '一旦出现呼吸困难，必须立即就医', '所有患者在光疗前都要先做皮肤评估', '出现大面积水疱时，应立即停止照光并尽快就医', '所有患者都应在医生指导下用药，不要自行停药', '并非所有白斑患者都需要立即治疗，稳定期可以先观察', '所有接受光疗的患者都要做好眼部防护', '国家卫健委建议所有备孕女性都应在孕前三个月开始补充叶酸', '所有人都需要做好防晒护理', '各位家长看过来：下面是本周的门诊时间表', '所有的孕妇都要按时产检，这是国家规定的孕期保健项目', '每一位来访者都要先做检查，才能制定方案', '所有患者即日起就诊时须出示医保卡', '只要出现过敏性休克的症状，就必须立即拨打急救电话', '有过荨麻疹的人如果反复发作，可以请医生评估是否需要做过敏原检测', { text: '并不是所有腰痛的司机都要立刻手术，多数可以先做康复锻炼', type: 'kepu' }, { text: '所有胸痛的乘客出现冷汗、呼吸困难时都必须立即呼叫乘务员', type: 'kepu' }],
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
    patterns: [
      p(UNAPPROVED_RE),
      // Round one hundred and five (batch HL): whatever its name, a technique the clinic itself calls still under trial and then offers to patients
      // (我们采用的是尚在临床试验阶段的新一代光动力技术; 仍处于研究阶段的疗法，现已在本院为患者开展): a technique not approved for routine care, sold as care.
      // Named to be refused (本院不使用尚在临床试验阶段的技术) or only described (这种疗法尚在临床试验阶段，建议不要轻易尝试) it offers nothing.
      p(/(?:采用|引进|开展|使用|应用|提供)(?:的是|了)?[^,，。;!?]{0,6}?(?:尚在|仍在|还在|尚处于|仍处于|正处于|还处于|处于)(?:临床)?(?:试验|研究|实验)阶段的?[^,，。;!?]{0,12}?(?:技术|疗法|药物?|方案|手术|仪器|设备)|(?:尚在|仍在|还在|尚处于|仍处于|正处于|还处于)(?:临床)?(?:试验|研究|实验)阶段的?[^,，。;!?]{0,12}?(?:技术|疗法|药物?|方案)[,，]?\s?(?:已|已经|现已|目前已)(?:在|为|给|向)(?:本院|我院|本中心|本诊所|我们这里|患者|孩子|病人|顾客)[^,，。;!?]{0,8}?(?:使用|应用|开展|治疗|试用|推广)/),
    ],
    negation: 'suppress',
    hedge: false,
    refine: (c) => {
      // Round one hundred and eight (batch HR): or name the clinic by its shop (我们的门店也不提供任何注射类服务), and 尚未被批准 keeps it at arm's length as
      // 尚未批准 does.
      // Round one hundred and seven (batch HP): the refusal may say to whom (干细胞治疗等尚处于临床研究阶段的技术本院不对外开展; 我院暂不向患者提供).
      // Round eleven: research offered to patients as a service (现已正式对外收治患者) is no longer research.
      // Round twenty-eight: the clinic named only to say it does not offer it (尚未获批用于常规临床治疗，本院不开展此类项目) offers nothing.
      // Round forty-four (batch CF): the inclusive we of science (基因研究让我们更了解…) is not the clinic.
      // Round one hundred and seventeen (batch IJ): the clinic named only as the one who looked the claim up for the reader (我们查了一下，这类技术还在临床研究
      // 阶段; 我们核实过，目前仍处于研究阶段) offers nothing either; 我们查了一下，已为患者开展 still offers it and is read by the words after.
      const offered = c.sentence.replace(/(?:本院|我院|我们|本中心)(?:的(?:门店|店|诊所|机构|中心|医院))?(?:目前|现阶段)?(?:也)?(?:不|暂不|并不|从不|未|没有)(?:对外|向患者|为患者)?(?:开展|提供|使用|采用|引进)|(?:让|使|帮助|帮|令)我们|我们(?:专门|特意|仔细)?(?:查了|查过|查询了|核实了?|核实过|了解了|了解过|问了|咨询了|查阅了)(?:一下|一圈|相关资料|资料)?(?=[,，])/g, '');
      if (RESEARCH.test(c.sentence) && !/本院|我院|我们|本中心|引进|收治|对外开放|正式开放|开放预约|对外收费/.test(offered)) return false;
      // Round one hundred and nine (batch HT): said not approved and refused by the clinic or the shop in the same sentence (干细胞注射还没有获得批准用于
      // 美容，本店不开展这类项目; 未获批准，我们店从不做): the technique named to be turned down; not when the clinic offers it after all.
      if (/(?:没有|没|未|尚未|还没有?|并未|从未)(?:获得|取得|经过?|被)?(?:国家|相关部门|药监部门?)?(?:的)?(?:批准|获批|审批)/.test(c.sentence) && /(?:本院|我院|我们|本中心|本店|本诊所|我们店|门店|店里)(?:的(?:门店|店|诊所|机构|中心|医院))?(?:目前|现阶段)?(?:也|都)?(?:不|暂不|并不|从不|从来不|没有)(?:对外|向患者|为患者|为顾客)?(?:开展|提供|使用|采用|引进|做|开)/.test(c.sentence) && !/已经?(?:正式)?(?:开展|开放|引进|上线)|开放预约|可预约|欢迎预约|已服务|疗效|效果显著|治好/.test(c.sentence)) return false;
      // Round sixty-four (batch EJ): the clinic's own research kept at the bench, with clinical use denied in so many words (本院的外泌体研究
      // 目前只在实验室进行，不开展任何临床治疗; 尚处于动物实验阶段，从未用于患者); not when the clinic says it went first or opened it.
      if (RESEARCH.test(c.sentence) && /(?:未|不|没有|尚未|从未|并未|暂未|暂不|并不)(?:对外)?(?:开展|提供|进行|用于|应用于)(?:过)?(?:任何)?(?:的)?(?:临床|治疗|诊疗|患者|病人)/.test(c.sentence) && !/收治|对外开放|正式开放|开放预约|对外收费|已服务|率先|独家|首家|已经?(?:正式)?(?:开展|应用|用于)|疗效|效果|治好|复色|见效/.test(c.sentence)) return false;
      // Round forty-four (batch CF): 免疫重建 in HIV care is the recovery of immune cells under antiviral treatment, not a therapy sold.
      if (/免疫|重建/.test(c.norm.slice(c.start, c.end)) && /艾滋|hiv|抗病毒|cd4|炎症综合征/.test(c.sentence)) return false;
      // Round twelve: a stem-cell transplant for a blood disease is the approved haematopoietic one, however it is worded.
      if (/^干细胞移植$/.test(c.norm.slice(c.start, c.end)) && /白血病|淋巴瘤|骨髓瘤|再生障碍性贫血|再障|地中海贫血|血液病|骨髓移植|造血/.test(c.sentence) && !/抗衰|美容|年轻|白斑|白癜风|祛白|逆龄|冻龄/.test(c.sentence)) return false;
      // Round fourteen: said to have nothing to do with treatment (量子力学…与疾病治疗没有关系).
      // Round thirty-four: with the quoted names of the devices between (与市面上所谓的“量子保健”“量子治疗仪”并没有关系).
      if (/(?:与|和|跟)[^。;!?]{0,24}?(?:没有关系|没关系|无关|毫无关系|没有任何关系)/.test(c.sentence) && !/本院|我院|我们|本中心/.test(c.sentence)) return false;
      // Round forty-five (batch CJ): said to lack any evidence for treating, or named in a consumer warning (“量子”保健仪器没有治疗银屑病的依据，
      // 市场监管部门已发布消费警示), with no offer of ours in the sentence.
      // Round eighty-six (batch GA): or said to hold no registration or approval (“量子理疗仪”没有任何医疗器械注册证, 并无批准文号).
      if (/(?:没有|缺乏|尚无|并无|毫无)(?:任何)?[^,，。;!?]{0,12}?(?:依据|证据|根据|注册证|批准文号|批文)|消费(?:警示|提示)|谨防|警惕|骗局|虚假宣传/.test(c.sentence) && !/本院|我院|我们|本中心|本店/.test(c.sentence)) return false;
      // Round twenty-five: a registered trial described as one (通过伦理审查并完成备案，仅招募志愿者，不收取任何费用) offers no treatment.
      // Round thirty-nine (batch BS): whatever fee it names (研究期间不收取治疗费用).
      if (/临床研究|临床试验/.test(c.sentence) && /伦理(?:审查|委员会)|备案|受试者|志愿者|知情同意/.test(c.sentence) && /不收(?:取)?[^,，。;!?]{0,4}?费|免费参与|不作为(?:常规)?(?:治疗|诊疗)/.test(c.sentence) && !/疗效|效果|治好|复色|见效|对外收费|开放预约|收治/.test(c.sentence)) return false;
      // Round twenty-six: CAR-T named for the blood cancers its products are approved for, or named as approved, is no offer.
      if (/^car-?t/.test(c.norm.slice(c.start, c.end)) && /淋巴瘤|白血病|骨髓瘤|获批|批准上市|已上市/.test(c.sentence)) return false;
      // Round twenty-six: a table row setting the technique against diseases (| 干细胞移植 | 肝硬化、肾功能衰竭 |) offers it for them.
      if (/\|/.test(c.sentence) && /病|症|癌|衰竭|硬化|损伤|瘫|后遗症|适应证|适应症/.test(c.sentence)) return true;
      // Named as a treatment (治疗, 疗法, 复色…) or offered by the clinic, not just mentioned.
      // Round sixty-nine (batch ER): a beauty treatment's name (干细胞焕肤, 外泌体焕颜) and a price per session (| 项目 | 干细胞焕肤 | 1980元/次 |) offer it too.
      // Round one hundred and twenty-six (batch JB): a skin result said as a mark filled or smoothed (干细胞精华点涂，痣坑自动填平; 外泌体原液让痘坑长平)
      // offers it as treatment too.
      return /填平|抚平|长平|磨平|痣坑|痘坑|凹坑|治疗|疗法|复色|祛白|白斑|白癜风|修复|激活|唤醒|导入|毛囊|脱发|生发|祛斑|淡斑|祛痘|嫩肤|焕肤|焕颜|[\d.]+\s?元\s?\/\s?(?:次|支|疗程|针|人)|每次\s?[\d.]+\s?元|阻断|理疗|缓解|消肿|止痒|效果|疗效|病例|见效|恢复|引进|开展|采用|有效|改善|调理|调节|治好|治愈|根治|代谢|注射|回输|美容|抗衰|抗老|逆转|返老还童|年轻|焕活|冻龄|扫描全身|检测出|找出|查出|病灶/.test(c.sentence);
    },
    explain: (hit) => {
      const t = UNAPPROVED_TECHNIQUES.find((x) => new RegExp(`^(?:${x.pattern})$`).test(hit) || new RegExp(x.pattern).test(hit));
      return t ? `${t.label}：${t.source}` : undefined;
    },
    examples: {
      bad: [{ text: '外泌体原液点涂一个月，痘坑慢慢长平', type: 'ad' }, '我们查了一下，干细胞白斑修复还在临床研究阶段，不过本院已经对外开放预约', '外泌体注射虽然尚未被批准，我们的门店已经开放预约', { text: '干细胞焕肤虽然还没有获得批准，本店已经开展了一年，效果很好', type: 'institution' }, { text: '外泌体导入等仍处于临床研究阶段的技术，本院已对外开展', type: 'institution' }, { text: '这种仍处于研究阶段的生发疗法，现已在本院为患者开展', type: 'institution' }, '本中心引进了尚在临床试验阶段的新型关节修复技术', '本中心开展脐带血、干细胞回输项目', { text: '试试“基因靶向修复”技术，三次改写你的易敏体质', type: 'ad' }, { text: '| 外泌体焕颜 | 单次 | 2680元/次 |', type: 'ad' }, { text: '本院外泌体生发研究成果显著，但患者请选择正规疗法，来本院即可', type: 'institution' }, { text: '采用自体黑色素细胞培养回输技术，白斑一次复色', type: 'ad' }, { text: '本院开展培养的黑素细胞移植，适合稳定期白斑', type: 'institution' }, { text: '本中心引进量子共振理疗仪，没有副作用，专门调理银屑病', type: 'institution' }, { text: '采用国外刚上市的新型溶脂针，国内还没有批', type: 'ad' }, { text: '细胞修复科技，逆转肝硬化', type: 'ad' }, { text: '特色：端粒酶激活抗衰疗程', type: 'ad' }, '这种细胞因子注射液国内尚未批准，我们中心可以为VIP客户提供', { text: '本中心采用自主研发的纳米微波疗法，专治顽固白斑', type: 'institution' }, { text: '本中心率先引进国外尚未上市的“光敏再生”设备，专治顽固白斑', type: 'institution' }, { text: '量子检测仪五分钟扫描全身，找出潜伏的病灶', type: 'ad' }, '本院开展CAR-T疗法治疗系统性红斑狼疮', { text: '纳米机器人疏通血管，治疗冠心病', type: 'ad' }, { text: '| 项目 | 适用人群 |\n| 外泌体 | 脑卒中后遗症、帕金森病 |', type: 'institution' }, { text: '一枚“量子能量贴”，贴在肚脐上就能调节内分泌、治好失眠', type: 'ad' }, '外泌体注射治疗白癜风，效果立竿见影', '细胞免疫疗法治疗银屑病，本院已全面开展', '我们的臭氧自血回输疗法能净化血液，清除白斑', '本院开展干细胞移植治疗白癜风', '采用基因修复疗法，让白斑不再扩散', '引进量子共振治疗仪，祛除白斑', '干细胞美容针，注射后肌肤焕活', '仍在临床研究阶段的细胞疗法已正式开放预约', '细胞冻龄针让皮肤回到二十岁', 'NK细胞回输，清除癌变细胞，重回年轻态', 'CIK细胞疗法增强免疫力', { text: '采用DNA靶向修复技术祛除白斑', type: 'ad' }, '生物基因调节疗法让头发重新生长', { text: '负离子光波理疗仪，照一照就能缓解湿疹', type: 'ad' }, { text: '我们为顽固病例使用了尚未上市的新药，效果显著', type: 'institution' }, { text: '外泌体导入唤醒沉睡毛囊，改善脱发', type: 'ad' }, { text: 'gan细胞修复技术，让白斑复色', type: 'ad' }, { text: '引进 Stem Cells 修复技术，淡化痘坑', type: 'ad' }, '独创免疫系统重建方案，治疗过敏性鼻炎不再发作', { text: '通过重建免疫功能，从根上调理斑秃', type: 'institution' }, { text: '别家的干细胞治疗还在研究阶段，尚未开展临床治疗，本院已率先开展', type: 'institution' }, { text: '本院干细胞研究处于实验室阶段，已开放预约，效果显著', type: 'institution' }],
      ok: ['干细胞是一类能分化的细胞，科学家正在研究它', '有人在群里发外泌体生发的广告，我们查了一下，这种技术还在临床研究阶段，别花这个钱', '基因疗法尚未被批准用于美容，我们的诊所也不提供这类服务', { text: '外泌体导入目前没有获得批准用于美容，本店从不做这类项目，请顾客放心', type: 'institution' }, { text: '基因修复等还处于临床研究阶段的疗法，我院暂不向患者提供', type: 'institution' }, '这类新疗法尚在临床试验阶段，建议患者不要轻易尝试', { text: '本院不使用尚在临床试验阶段的技术', type: 'institution' }, '楼下店里的量子能量理疗仪并无医疗器械注册证，它调理亚健康的宣传从何而来', '本中心从不开展任何干细胞、外泌体类回输项目', { text: '审稿意见：“基因修复疗法”一句宣传过度，应改写', type: 'kepu' }, { text: '| 检查项目 | 价格 |\n| 基因检测 | 1200元/次 |', type: 'institution' }, '干细胞生发的研究进展很快，但患者请选择已获批准的疗法', '自体表皮细胞悬液移植不需要体外培养，适合稳定期的局限型白斑', '培养的黑色素细胞移植目前仍处于临床研究阶段，尚未常规开展', "基因修复类疗法治疗白斑的研究仍在进行中，安全性尚需更多证据", '所谓“量子共振”理疗仪并没有治疗湿疹的科学依据，请勿购买', "本院参与的干细胞临床研究已完成备案，正在招募受试者，研究期间不收取检查费用", '这种溶脂针在国外刚上市，国内还没有批，本院不使用', '端粒与衰老的关系是生物学研究的热点，目前没有获批的端粒酶激活治疗', '这种针剂国内尚未批准，我们不提供，也请您不要在别处注射', '换药时可使用纳米银敷料，减少伤口感染的风险', '外泌体相关研究很多，但目前没有任何一种外泌体产品被批准用于治疗脱发', '“脂肪干细胞治白癜风”尚无获批适应证，请理性看待', '干细胞治疗白癜风目前仍处于临床研究阶段，尚未获批用于常规临床治疗，本院不开展此类项目', '量子力学是物理学的一个分支，与疾病治疗没有关系', 'CAR-T细胞疗法已获批用于部分难治性大B细胞淋巴瘤', { text: '| 检查项目 | 适应证 |\n| 基因检测 | 遗传性耳聋筛查 |', type: 'institution' }, '臭氧疗法、自血回输等疗法用于白癜风缺乏证据，不建议尝试', '磁共振是一种影像检查，与白斑治疗无关', '干细胞治疗白癜风目前仍处于临床研究阶段，尚未批准用于常规治疗', '自体黑色素细胞移植适合稳定期、面积不大的白斑', '干细胞是一类具有自我更新能力的细胞，科研中常被用来研究皮肤再生', '免疫细胞疗法中，只有已获批上市的产品可以用于特定适应证', '造血干细胞移植需要在有资质的医院进行', '这种疗法尚处于临床试验阶段，符合条件的患者可以了解入组要求', '基因治疗已有产品在国外获批用于脊髓性肌萎缩症', 'NK细胞是人体天然免疫的一部分', '干细胞移植治疗白血病已经有几十年历史', '干细胞美容是违法的，目前没有获批的干细胞美容产品', '基因检测技术可以帮助诊断部分遗传性皮肤病', { text: '本院参与的干细胞临床研究已通过伦理审查，仅招募受试者，不收取费用，不作为常规治疗', type: 'institution' }, '尚未上市的新药只能在临床试验中使用', '艾滋病患者规范抗病毒治疗后，免疫重建通常需要数月到数年', '基因编辑用于皮肤病目前仍离临床应用有很长的路要走', 'Stem cell 研究是再生医学的热门方向', '干细胞研究让我们更了解毛囊的再生机制，但干细胞治疗斑秃距离常规临床还很远', { text: '本院的外泌体研究目前只在实验室进行，不开展任何临床治疗', type: 'institution' }, { text: '我院参与的基因编辑研究尚处于动物实验阶段，从未用于患者', type: 'institution' }],
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
      // Round thirty-four: the colour as the proof of pigment on its way (粉红色是…黑色素即将长出来的证明); peeling read as old skin
      // making way for coloured skin (脱皮…那是旧的白斑皮肤在代谢，新皮长出来，颜色自然就回来了).
      p(/(?:黑色素|黑素|色素)[^。;!?]{0,6}?(?:即将|正在|开始|快要|马上)?(?:长出来?|恢复|生成|再生|回来)[^。;!?]{0,2}?的(?:证明|标志|信号|征兆|迹象)|(?:新皮|新的皮肤|新皮肤)(?:长出来|长好)[^。;!?]{0,4}?(?:颜色|肤色|色素)(?:自然)?(?:就)?(?:会)?(?:回来|长回来|恢复)/),
      p(
        // The regex starts at the reading (说明, 证明…) and refine() looks back for the reaction: starting at
        // the reactions (痒, 反应…, common in care advice) would try both gaps after every one of them.
        // Round ninety-five (batch GR): the channels said opened under other names and with 被 (堵住的经脉被打通了), and the illness or the
        // cold said driven out (病气正被赶出去, 感冒被驱散).
        // Round ninety-six (batch GT): 恰恰是 / 恰好是 / 正好是 as readings, and the drug's strength called 药劲 (发烫，恰恰是药劲儿透进骨头了).
        // Round ninety-eight (batch GX): the blood vessels said opened as the channels are (青筋更明显了，说明血管被打通了), and the reaction read as the
        // reader doing it right (大腿酸胀得厉害，说明你练对了; 越疼说明用对了).
        // Round ninety-seven (batch GV): the bones said to be going back into place (正骨后腰骶酸胀，正说明骨缝在慢慢合拢; 说明关节已经复位).
        // Round one hundred and five (batch HM): 其实是 as a reading (涂完头皮有点痒，其实是毛囊被唤醒了), new hair as what the reaction makes room for
        // (掉发反而多了，那是在给新头发腾地方), and the vessels or pores said to be opened (其实是毛孔被打开了在吸收); 毛囊炎 is a diagnosis, not the
        // follicle at work (头皮发痒，其实是毛囊炎的表现，要及时就医).
        // Round ninety-nine (batch GZ): 表示 as a reading (罐印由紫变淡，表示…病情在好转), and the blockage itself said to be open (揉完肚子老打嗝，
        // 说明胃里的堵通了), as 淤堵 is named.
        // Round one hundred and twenty-two (batch IU): collagen said to be growing in plain words (发烫发红，说明胶原在重新长) and the skin said to be renewing
        // itself (脱皮就是老化的皮在换新), read after a reaction as 胶原再生 and 新皮肤 are; with no reaction before (胶原蛋白在真皮里合成) nothing is read.
        // Session forty-four (recurring misses, 4 rows of the last 30 batches): the skin's barrier said to be rebuilding (这恰恰说明皮肤的屏障在重建), old cells
        // or hair said to be pushed out by new ones, the immune system said to be at work on the disease (就是免疫力在打病毒; 这正是免疫系统在重新调整) and a
        // virus said burnt or frozen to death (起泡说明病毒在被烧死), read after a reaction as any other proof; 免疫力下降 or a plain 屏障受损 names no such work.
        // Round one hundred and fifteen (batch IG): a scar or a keloid said to be softening or shrinking (打针后发痒，说明疤在软化了; 这正是增生组织在萎缩),
        // read after a reaction as any other proof; a hedge (不一定说明疤在软化) and a plain report (疤摸着变软了) are left.
        /(?:提示|说明|证明|表明|表示|意味着|代表着?|预示着?|标志着|就是|正是|恰恰是|恰好是|正好是|那是|这是|其实是|证据)[^。;!?]{0,12}?(?:对症|很快就会好|新发|新头发|(?:血管|毛孔|毛囊)(?:已经|正在|在)?(?:被)?(?:打开|张开)|黑色素|黑素|色素细胞|色素|毛囊(?!炎)|复色|起效|见效|奏效|有效|在?起作用|好转|激活|唤醒|再生|新生|恢复|康复|痊愈|修复|排毒|毒素|药力|药效|药劲|疗效|效果|气血|长出来|直达病灶|渗透|到达|生效|清除|清出|清理|宿便|逼出|苏醒|活跃|湿毒|湿气|寒气|邪气|病根|淤堵|瘀堵|堵塞|淤积|瘀滞|淤滞|堵(?:住的地方|的地方|点)?(?:已经|就|都|也|总算|终于)?(?:通了|打通了?|疏通了?|化开了?|散开了?)|往外排|排出|(?:经络|经脉|血脉|脉络|血管|奶路|乳管|乳腺管)(?:已经|正在|在)?被?(?:疏通|打通|通了|冲开)|(?:练|用|吃|喝|按|泡|灸|调|做)对(?:了|路)|(?:骨缝|骨盆|关节|椎体|骨头|小关节|耻骨)(?:正在|在|已经|开始|慢慢|逐渐|正){0,2}(?:合拢|归位|复位|回位)|被(?:赶走|赶跑|赶出去|驱走|驱散|逼走)|阴阳平衡|复苏|血液循环|循环改善|微循环|循环(?:已经|正在|得到)?(?:改善|加快|畅通)|(?:疗法|治疗|药物|光疗|药)(?:很|非常|特别|比较)?敏感|不远|发挥作用|(?:被)?(?:彻底)?(?:杀死|杀灭|灭活|烧死|冻死)|(?:皮肤的?)?屏障(?:正在|在|已经|开始)?(?:重建|修复|恢复)|新(?:细胞|皮|头发|发)[^,，。;!?]{0,2}?(?:替换|替代|顶掉|取代)|免疫(?:系统|力|细胞)?(?:正在|在)(?:重新)?(?:调整|调节|重建|打|攻击|杀|消灭|对付|清除|对抗)|新皮肤|新肌肤|新生皮肤|胶原(?:再生|新生|生成)|胶原(?:蛋白)?(?:正在|在|已经|开始)?(?:重新|慢慢|大量)?(?:长|生长|合成|增生)|(?:皮|皮肤|角质|细胞)[^,，。;!?]{0,2}?(?:正在|在)?(?:换新|焕新|更新换代|更新)|(?:调整|调理|改善|改变)体质|发挥(?:了)?效果|起了作用|在工作|好现象|好事|(?:疤|瘢痕|疙瘩|增生组织|硬块)(?:已经|正在|在|开始|慢慢|逐渐){0,2}(?:软化|萎缩|变软|变平|变薄|缩小|消下去))/,
      ),
      // Round one hundred and sixteen (batch II): the reading said with a bare 是 opening the clause after the reaction (头皮发烫，是毛囊被激活了; 涂完刺刺的，是药劲
      // 在往里走), only with a word of the treatment at work after it; 头皮发烫，是过敏的表现 and 头发变细，是毛囊在萎缩 name no such work.
      p(/(?<=[,，]\s?)(?:这|那)?是(?:毛囊|发根|血管|经络|黑色素|药|药力|药劲|药效|新发)?[^。;!?,，]{0,4}?(?:被|在|正在|已经)?(?:激活|唤醒|叫醒|苏醒|起作用|起效|见效|排毒|往里走|往里渗|打通|疏通)(?:了)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // The stronger the reaction, the better the result: 越痒效果越好, 红肿越明显，复色就越快.
      p(/越(?:痒|红|痛|疼|热|烫|肿|黑|酸|胀|麻|明显|强烈|厉害)[^。;!?]{0,10}?(?:效果|疗效|复色|好转|恢复|见效)[^。;!?]{0,3}?越(?:好|快|明显|显著)/),
      // Round forty-four (batch CD): the reaction greeted as the right sign in itself (红就对了, 痒了才对, 脱皮了就对了): said to a
      // patient worried by it, it tells them the reaction proves the treatment works. Not after 不/没 (不痒就对了) or 哪里 (哪里痒).
      p(/(?<![不没别里儿])(?:发红|泛红|变红|红|发痒|痒|刺痛|疼|痛|脱皮|起皮|脱屑|掉皮|发热|发烫|烫|麻|爆痘|冒痘|加重)(?:了)?(?:就|才)(?:对了|是对的|对)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round thirty-two: a mark the deeper or darker, read through a clause or two as the better result (罐印越深，说明寒湿越重，
      // 也说明治疗效果越好); refine() asks for the reaction right before.
      p(/越(?:深|紫|暗|浓|黑|重)[^。;!?]{0,24}?(?:效果|疗效|复色|好转|恢复|见效)[^。;!?]{0,3}?越(?:好|快|明显|显著|彻底)/),
      // Round seventy-two (batch EY): the more it stings, the better it works, said straight out (越刺说明越有效, 越痒就说明越管用):
      // the reaction's strength read as the proof of the effect. A question (越疼说明越有效吗？) is left to the reader's answer.
      p(/越(?:刺|扎|痒|红|痛|疼|热|烫|辣|肿|酸|胀|麻|难受)[^。;!?]{0,4}?[,，]?\s?(?:就|才)?(?:说明|证明|表明|代表|意味着)[^。;!?]{0,6}?越(?:有效|管用|见效|起效|奏效|好用)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and four (batch HJ): a mark the darker or the thicker, read straight out as the treatment done the better (结痂颜色越深，说明打得越到位;
      // 红印越明显，证明做得越彻底); refine() asks for the reaction right before, and a question is left to the reader's answer.
      p(/越(?:深|紫|暗|浓|黑|重|厚|明显|多)[^。;!?]{0,4}?[,，]?\s?(?:就|才)?(?:说明|证明|表明|代表|意味着)[^,，。;!?]{0,6}?(?:打|做|照|治|涂|敷|灸|刮|扎)得越(?:到位|彻底|有效|成功|对|好)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round twenty-seven: the more it hurts, the worse the hidden problem (按摩时越疼，说明你的问题越严重): the reaction read as a diagnosis.
      p(/越(?:疼|痛|酸|胀|麻|痒)[^。;!?]{0,4}?[,，]?\s?(?:说明|证明|表明|代表)[^。;!?]{0,10}?越(?:严重|重|多|深|堵|厉害)/),
      // Round eleven: the more a reaction shows (皮屑掉得越多, 掉痂越快), the cleaner or faster the cure (毒素排得越干净,
      // 病好得越快, 胶原再生越好); refine() asks for the reaction right before.
      // Round one hundred and twenty-two (batch IU): also a scab or a crust the thicker (结痂越厚，坏细胞清得越干净); refine() asks for the reaction right
      // before, so 衣服越厚，晒伤好得越快 is not read.
      // Round ninety-six (batch GT): also a mark the darker or the more purple (出的痧越紫，说明瘀毒排得越彻底; 罐印越黑，湿气清得越干净).
      p(/越(?:多|快|厉害|严重|重|大|猛|剧烈|频繁|深|紫|暗|浓|黑|厚)[^。;!?]{0,16}?(?:效果|疗效|复色|好转|恢复|见效|排得|好得|清得|再生|修复|吸收|排毒|清除|排出|排掉|排走|的毒|毒素|湿毒|瘀毒|淤毒|湿气|寒气|病)[^。;!?]{0,4}?越(?:好|快|明显|显著|干净|彻底|多|到位)/),
      // Round fifteen: a reaction read as the body repairing itself (晚上做梦多，是大脑在自我修复); refine() asks for the reaction before.
      // Round one hundred (batch HB): the lungs, a joint or the spine by name, doing it by themselves (咳出几口痰，是肺在自己清理; 拉伸时膝盖咔咔响，是
      // 关节在自己复位), with a joint's click and phlegm coughed up as reactions.
      // Round ninety-eight (batch GX): the bowels, the vessels or the organs by their everyday names (是肠子在排毒, 这是肠胃在自我清理), an adverb
      // between (说明血管正在慢慢修复) and the rubbish or the old stool swept (那是肠道在清宿便).
      // Round one hundred and twenty-five (batch IZ): the skin's barrier or its horny layer by name doing the work (涂完发烫发痒，是屏障在重建; 刺刺的，正是角质层在自我修复),
      // as 皮肤 is; refine() asks for the reaction before, so 屏障受损时要减少清洁 names no such work.
      p(/(?:是|就是|正是|说明|代表)(?:(?:皮肤|肌肤)?屏障|角质层|肌底|大脑|身体|身子|机体|细胞|皮肤|神经|肠道|肠子|肠胃|胃肠|血管|肝脏|肾脏|经络|脾胃|五脏六腑|脏腑|体内|药物|药力|药性|中药|肺|肺部|关节|骨节|颈椎|腰椎|脊柱|骨盆)(?:在|正在)(?:悄悄|慢慢|默默|一点点|逐渐|不断)?(?:地)?(?:自我|自己|自行)?(?:修复|复位|归位|排毒|调整|调理|自愈|重建|生长|再生|清理|清(?:垃圾|废物|宿便)|排寒|排湿|祛湿|排病|排浊|排出|排热|清热|散寒|驱寒|祛寒|祛火|降火|排火)/),
      // Round one hundred and three (batch HI): a reaction, a comma, then the drug itself said to be at work, with a bare 是 as the reading (敷完面膜
      // 脸上发烫，是成分在起效; 泡完手有点刺痛，这就是药力在发挥作用); refine() asks for the reaction before, and 不是 / 可能是 are not read.
      p(/(?<=[,，]\s?)(?:这|那)?(?:就|正|其实|恰恰|恰好)?是(?:药物|药力|药性|药效|药膏|药水|药液|中药|成分|有效成分|精华)(?:在|正在|开始)(?:慢慢|逐渐)?(?:起作用|起效|见效|生效|发挥作用|发挥效果|发力)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round one hundred and four (batch HJ): a reaction, a comma, then what was put on said to be soaking in, or the bad skin said to be coming off, with no
      // reading word (打完水光脸发胀，营养在吸收; 头两天起皮屑别慌，坏皮在往下掉呢; 敷完有点痒，精华正在渗透); refine() asks for the reaction before the comma,
      // and a denial or a question is not read.
      // Round one hundred and six (batch HO): the bad skin named with 的 and a word or two between (起了一层白屑，那是旧的病变皮肤在脱落、新皮在长; 刷酸后
      // 起皮，是老化的角质层在剥落), and a list of such readings after 、.
      p(/(?<=[,，]\s?)(?:那|这)?(?:就|正|其实)?(?:是)?(?:营养|营养成分|养分|精华|药力|药效|药性|成分|有效成分|坏皮|老皮|死皮|旧皮|老角质|坏死的皮肤?|(?:旧|老|坏|老化|受损|病变)的[\u4e00-\u9fff]{0,4}?(?:皮肤|皮|角质层?))(?:正在|在|正)(?:慢慢|一点点|往下|往里|往外)?(?:被)?(?:吸收|渗透|渗进去|掉|脱落|代谢|剥落)(?:呢|了|中|着)?(?=\s?(?:[,，。、!！~～]|$))/),
      // Round ninety-six (batch GT): a reaction read as the illness or something bad leaving the body, slowly or along a path (起夜多了，这是身体在
      // 把湿气往外排; 发痒起疙瘩，是寒气正在往外透; 犯困？因为病气正在一点点往外走; 咳出黄痰，这是病邪被赶出来了; 小便变深，是湿热顺着下焦排走了;
      // 出汗发黏，说明毒素正在离开身体); refine() asks for the reaction before it, in this sentence or the last, and a denial or a doctor's hedge
      // (并不是寒气往外排; 是否说明…要由医生判断) asserts nothing; a cause (长痘是因为毒素排不出去) is not read.
      // Round ninety-seven (batch GV): the cold of the womb or the body, blood stasis and the illness itself named as what leaves (小腹发热，那是宫寒在
      // 往外散; 咳得更厉害了，是病在往外走), and the bad thing said to have found its way out (冒痘是湿毒找到了出口).
      // Round ninety-nine (batch GZ): 表示 and 跟着 / 随着 too (表示寒气正随着汗往外排), and the drug's strength said to be working its way in after 是 or
      // 因为 (贴完膏药发痒？因为药力在往里走), as 说明药力 reads it.
      // Round ninety-eight (batch GX): old stool and the liver's fire named as what leaves (大便变稀，是积便正在排出; 小便发黄，是肝火在往外排), with
      // 跟着 / 随着 as paths; and, in the pattern of round eleven above, what is put out counted with 排掉 / 排走 (出痧越多，排走的寒就越多).
      // Round one hundred and fifteen (batch IF): the spot or the pigment itself named as what leaves, as 病 is (老年斑抹药后发黑脱皮，是斑在往外排;
      // 脸上发黄发暗，说明色素正在往外走); a rumour named so (有人说…是斑在往外排，这种说法没有依据) is let through as before.
      p(/(?:是|因为|说明|证明|表明|表示|意味着|代表)[^,，。;!?]{0,8}?(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|瘀毒|淤毒|热毒|火毒|寒毒|病根|脏东西|风寒|风邪|痰湿|宫寒|体寒|寒邪|湿邪|瘀血|淤血|宿便|积便|肝火|火气|(?:病|斑|色斑|黑斑|老年斑|斑点|黑色素|色素)(?=正在|已经|在|正|往外|向外))(?:正在|已经|在|正|都|也)?(?:被)?(?:一点点|一点一点|慢慢|逐渐|渐渐|不断)?(?:地)?(?:被)?(?:(?:往外|向外|往下|(?:顺着|沿着|从|通过|经由|跟着|随着|伴着|和着)[^,，。;!?]{1,4}?)(?:排|走|透|跑|冒|散|出|清|赶|逼|拔|发|顶|拱)(?![不])|(?:排|赶|逼|拔|透|清|顶|推|拱|挤)(?:了)?(?:出来|出去|出体外|走了|掉了|干净)|(?<=(?:正在|在|正)(?:一点点|一点一点|慢慢|逐渐|渐渐|不断)?(?:地)?)排出(?=[了啦呢,，。!！~～\s]|$)|离开(?:了)?(?:身体|体内|身子|你的身体|您的身体)|找到(?:了)?(?:出口|出路))|(?:是|因为|说明|证明|表明|表示|意味着|代表)[^,，。;!?]{0,4}?(?:药力|药劲|药效|药性)(?:儿)?(?:正在|已经|在|正|都)?(?:往里|向里|往深处|往深里|往骨头里|往病灶里?)(?:走|钻|渗|透|去|跑)/),
      // Round one hundred and two (batch HG), in the pattern above: the bad thing said to push or break its way out (起了小红疹，这是湿毒在往外发; 冒痘
      // 说明皮肤在把脏东西推出来), as 往外排 and 逼出来 are; 青春期长痘，是激素在往外发 names no bad thing and is not read.
      // Round ninety-nine (batch GZ): a reaction, a comma, then the bad thing said to leave along with the sweat or the urine with no reading word
      // (喝完姜汤浑身冒汗，寒气就跟着汗走了; 泡完脚出一身汗，湿气也随着汗排出去了); refine() asks for the reaction before the comma, and a denial or a
      // doctor's hedge (并不是寒气跟着汗走了) asserts nothing.
      p(/(?<=[,，]\s?)(?:那|这)?(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|热毒|火毒|寒毒|风寒|宫寒|体寒|瘀血|淤血)(?:就|便|也|都|全)(?:正在|在)?(?:跟着|随着|顺着)(?:汗|汗水|汗液|尿|小便|大便|毛孔)[^,，。;!?]{0,3}?(?:走|排|出|跑|散|溜|冒)/),
      // Round one hundred (batch HB): a reaction, a comma, then the bad thing said to be out or gone with no vehicle and no reading word (喝了姜茶手脚发热，
      // 寒气就散了; 唱完后背冒汗，肺里浊气排出来了); refine() asks for the reaction before the comma, and a denial (并不是寒气散了) asserts nothing.
      // Round one hundred and one (batch HD): with 是 after the comma, the bad thing said out as the reaction's meaning (泡完脚直打嗝，是肚子里的寒气
      //出来了; 刮完痧浑身轻松，就是湿气排走了); refine() asks for the reaction before the comma, and 并不是 asserts nothing.
      p(/(?<=[,，]\s?)(?:(?:那|这)?(?:就|正|也)?是|那|这)?(?:(?:肺|胃|肠|肚子|体内|身体|身上|骨头|关节|子宫|小腹|腿|脚)[里中]?的?)?(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|热毒|火毒|寒毒|风寒|宫寒|体寒|瘀血|淤血)(?:就|便|也|都|全|已经|总算|终于){0,2}(?:排出来了|排出去了|排走了|排掉了|排干净了|散了|散掉了|散开了|散出来了|走了|跑了|出来了|没了)/),
      // Round one hundred and one (batch HD): the bad thing said on its way out at the start of a clause, right after a reaction and with no reading word
      // (喝完热粥直冒汗，湿气正在往外走; 刮完痧后背发烫？那是寒气在往外透); refine() asks for the reaction before, in this sentence or the last,
      // and a denial (并不是湿气在往外走) asserts nothing.
      p(/(?<=(?:^|[,，。?？!！]\s?))(?:那|这)?(?:是)?(?:(?:体内|身体里|身上|骨头里)的?)?(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|热毒|火毒|寒毒|风寒|宫寒|体寒)(?:正在|在|正)(?:一点点|慢慢|不断)?(?:地)?(?:往外|向外)(?:排|走|透|跑|冒|散|钻)/),
      // Round one hundred (batch HB): the stronger the ache, the better it works, with no reading word between (越酸越有效, 越疼越管用); a question passes.
      p(/越(?:刺|扎|痒|红|痛|疼|热|烫|辣|肿|酸|胀|麻|难受)(?:就|才)?越(?:有效|管用|见效|起效|奏效|好用)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round ninety-eight (batch GX): a reaction set straight against its meaning, as a caption's equation (出痧=排毒, 灸后打嗝=寒气排出来了, 脸色
      // 红润 = 气血通了): the normaliser drops a sign between two words, so the reaction and the detox or the opened channels stand side by side, or
      // with 等于 / 即 between; called a myth or groundless right after (出汗排毒是误区; 出汗排毒没有科学依据), or 出汗≠排毒, it is no claim.
      p(/(?:出汗|冒汗|流汗|大汗|汗多|出痧|发热|发烫|发黄|发黑|变黑|红润|发红|放屁|排气|腹泻|拉肚子|打嗝|犯困|发麻|酸痛|酸胀)(?:多|了|越多)?\s?(?:就)?(?:等于|即|=|＝)?\s?(?:排毒|排寒|排湿|排病|排浊|祛湿|祛寒|散寒|(?:毒素|寒气|湿气|湿毒|寒湿|肝火|火气|心火|病气|邪气|浊气)[^,，。;!?]{0,2}?(?:排出|排走|排掉|出来|散了|走了)|(?:气血|经络|经脉|血脉|血管)(?:通了|畅通了|打通了|疏通了))(?![^,，。;!?]{0,2}?(?:说法|谣言|误区|传言|伪科学|不科学|不可信|没有(?:科学)?(?:依据|根据)))/),
      // Round ninety-eight (batch GX): something bad said to leave with the body's own sweat, urine, stool or phlegm (寒湿会随着汗珠一点点流出来,
      // 寒气顺着小便走了): the reaction is the vehicle, so no reading word is needed; a denial (并不会随着汗排出) or a question is let through.
      p(/(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|浊气|瘀毒|热毒|火毒|寒毒|病根|脏东西|风寒|痰湿|宿便|肝火|火气)[^,，。;!?]{0,2}?(?:跟着|随着|伴着|伴随着?|和着|顺着|借着)(?:汗|汗水|汗液|汗珠|尿|尿液|小便|大便|屁|痰|痧)[^,，。;!?]{0,4}?(?:排|走|出|跑|散|流)/),
      // Round ninety-four (batch GP): or pulled or sucked out, as a foot patch or a cup is said to (脚心发黑，这恰恰是湿毒被拔出来的证据).
      // Round twenty-seven: something bad said to be cleared, with the reaction as its signal (嘴里发苦，正是肝胆湿热被清理的信号;
      // 小腹温热，这是宫寒被驱散的表现); refine() asks for the reaction before it.
      p(/(?:被|在|正在|已经|已)(?:清理|清除|排出|驱散|化解|疏通|打通|赶走|祛除|化掉|排掉|消散|逼出|拔|吸)(?:了|出来)?的(?:信号|表现|标志|征兆|迹象|前兆|证明|证据)/),
      // Round twenty-seven: the reaction called the proof or evidence of the effect (…红晕…也是疗效最直观的证明); refine() asks
      // for the reaction before it, in this sentence or the last.
      p(/(?:疗效|效果|药效|药力|有效|起效|见效|治疗有效|复色)[^,，。;!?]{0,6}?的(?:证明|证据|铁证|体现)/),
      p(/离(?:复色|康复|痊愈|治愈|好转)不远|(?:(?:新生|新长出|再生)的?(?:毛囊)?(?:黑色素|黑素|色素)(?:细胞)?|病情(?:已经?|已)?(?:被|得到)?控制住|复色|好转|康复|痊愈|起效|见效|有效|生效|恢复|修复|(?:黑色素|黑素|色素)(?:细胞)?(?:被|在|正在|开始|已经)?(?:再生|恢复|激活|生长|唤醒|复苏)|(?:马上|快|就)要好|快好了?|在好转|好起来|在缩小|在复色)的(?:重要|主要|明显|直接|可靠|最好的?|最佳的?)?(?:前兆|信号|征兆|标志|表现|好兆头|兆头|迹象|开始)|好兆头|好的迹象|正常的好转/),
      // Round one hundred and two (batch HG): the reaction itself called a good thing (刷酸后脱皮是好事; 照光后发红，其实是好现象; 泡完起红点反而是件好事):
      // said to a worried patient, it reads the reaction as the treatment working; 不是好事 and a question (脱皮是好事吗？) are not read.
      p(/(?<![不没别])(?:脱皮|起皮|脱屑|掉皮|发红|泛红|变红|发痒|刺痛|发热|发烫|爆痘|冒痘|起疹子|起红点|出红点|起水疱|结痂|变黑|发黑|加重|反弹)(?:了)?[,，]?\s?(?:其实|恰恰|反而|倒)?(?:是|算是)(?:一?件)?(?:好事|好现象|好兆头|好的现象|好的信号)(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round twenty-nine: the reaction in one cell or clause, the verdict in the next with no reading word between (| 脱屑 | 老皮代谢，
      // 新皮再生，治疗起效 |; 酸胀发热 → 疗效开始显现); refine() asks for the reaction earlier in the same sentence or row.
      p(/(?:治疗|药物|药效|疗效|用药|疗程|方案|药力|效果)(?:正在|已经|开始|已|逐渐)?(?:起效|见效|生效|起作用|奏效|显现)/),
      // Round one hundred and nine (batch HT): the skin said to change at once after one session or the same day, a beauty result read off the body
      // right after the care (做完一次毛孔立刻收细; 敷完当晚…痘印也跟着变浅; 打完第二天脸上就不紧绷了): the body's response sold as the effect. Redness or
      // swelling going down (泛红第二天就退了) is a side effect passing and is not listed; a question, a denial or a hedge is let through.
      // Round one hundred and ten (batch HW): the session counted (做完第二次治疗后就能感觉到斑块变淡; 打完一个疗程，脸上的细纹浅了) as one is; 做完第二次后斑点
      // 一般不会马上变淡 is a hedge refine() lets through.
      // Round one hundred and eleven (batch HX): a few days or the first week of a cream counted (涂上两三天，痘痘就开始变平了; 用完第一周，瘙痒明显减轻) as a
      // session is, the pimples flattening or the itch easing at once as the response; 用药几天后若仍瘙痒请复诊 names no result.
      // Round one hundred and twelve (batch HZ): a cream put on or a bath taken, counted by the day or the session (敷上当晚，皮疹就退下去了; 药浴一次，
      // 鳞屑就少了一大半), and the patches, the rash or the scales of psoriasis and eczema said to fade or fall off at once, or the itch to vanish, as the
      // response; 药浴一次后皮损不会马上消退 is a hedge refine() lets through, and 有没有 (a question) is no denial.
      p(new RegExp(`${CARE_COUNTED}${String.raw`[^。;!?]{0,16}?(?:(?:红斑|斑块|皮损|皮疹|红疹|疹子|丘疹|鳞屑|皮屑|脱屑)[^,，。;!?]{0,4}?(?:变淡|淡了|变薄|薄了|消退|退了|退下去|少了|变少|平了|掉光|掉干净|掉得干干净净|没了|不见了)|(?:瘙痒|痒)感?(?:就|也)?(?:明显|立刻|马上|大大|立马|全都)?(?:消失了?|没了|不见了)|痘痘[^,，。;!?]{0,4}?(?:变平|平了|瘪了|瘪下去|消下去|消了)|(?:瘙痒|痒)感?(?:就|也)?(?:明显|立刻|马上|大大|立马)?(?:减轻|轻了|止住)|毛孔[^,，。;!?]{0,4}?(?:收细|收缩|收紧|紧致了|紧了|变小|缩小|细了|小了)|细纹[^,，。;!?]{0,4}?(?:变浅|浅了|淡了|少了|不见了|没了)|黑头[^,，。;!?]{0,4}?(?:变少|少了|没了|不见了)|痘印[^,，。;!?]{0,4}?(?:变浅|浅了|淡了|消了)|(?:斑点|色斑|斑)[^,，。;!?]{0,4}?(?:变淡|淡了)|肤色[^,，。;!?]{0,4}?(?:提亮|亮了|白了)|(?:皮肤|脸|脸上)[^,，。;!?]{0,4}?(?:不紧绷了|不干了|变得?水润|水润了|透亮了|细腻了|光滑了|嫩滑|滑滑的|紧致了))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))`}`)),
      // Round one hundred and thirteen (batch IB), in the pattern above: the pores said to tighten (打完当晚毛孔就收紧了, 做完第一次毛孔紧致了) as they are said to
      // shrink; 毛孔不会马上收紧 is a hedge refine() lets through.
      // Round one hundred and eleven (batch HY): the same of the scalp and the hair, counted in nights, days or weeks (抹了三晚，后脑勺就冒出了一层小绒毛;
      // 喷了两周，洗头时掉的头发少了一半; 洗完第一次头皮就不痒了): new hair or less shedding read off the body right after the care. A question, or a result
      // denied (用了两周掉发还没减少), is not read.
      p(/(?:做|敷|用|涂|抹|泡|照|洗|喷|擦|搽|按)(?:完|了)(?:一次|第一次|当天|当晚|第二天|第[一二两三四2-4](?:次|周|天|晚)|[一二两三四五六七2-7](?:次|晚|天|周))[^。;!?]{0,16}?(?:(?:落发|掉发|脱发|掉的头发|断发)[^,，。;!?]{0,4}?(?<![没不未])(?:少了|变少|减少|少一半|少了一半|明显少)|(?:长出|冒出|冒了|长了)[^,，。;!?]{0,6}?(?:新发|新头发|绒毛|黑发|小头发|发茬)|头皮[^,，。;!?]{0,4}?(?:不痒了|清爽了|不出油了|不油了))(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
      // Round twenty-nine: a reaction read as an organ or a function already restored (输液后尿量明显增多，证明肾脏的代谢功能已经恢复);
      // refine() asks for the reaction right before.
      p(/(?:说明|证明|表明|意味着|代表)[^,，。;!?]{0,6}?(?:肾脏?|肝脏?|心脏|心肺|肠道|肠胃|脾胃|免疫系统|免疫力|内分泌|新陈代谢|代谢|微循环|血液循环|神经)[^,，。;!?]{0,6}?(?:已经|已|开始|正在)(?:恢复|修复|好转|正常|改善|康复)/),
      // Session forty-four (recurring misses, 37 rows of the last 30 batches): the care done or counted, then the skin or the lesion changed at once
      // (服了三剂汤药，裂口就开始收口; 皮秒一次，斑点肉眼可见变浅; 敷完这支精华，泛红当场就退下去了): see CARE_THEN_SKIN.
      p(new RegExp(CARE_THEN_SKIN)),
      // Session forty-four (recurring misses, 2 rows of the last 30 batches): the pigment or the ink said to leave with the scab or the blister (色素会随着
      // 痂皮一起排出来; 起水泡=墨水在排出): the reaction read as the treatment clearing it; a scab that falls off on its own (痂皮会自然脱落) is not read.
      p(/(?:黑色素|色素|墨水|色斑)[^,，。;!?]{0,2}?(?:跟着|随着|伴着|顺着)(?:痂皮?|皮屑|死皮|结痂|水泡|水疱)[^,，。;!?]{0,4}?排(?:出|掉|走)|(?:起水泡|起泡|水泡|水疱|结痂)\s?(?:就)?(?:等于|即|=|＝)?\s?(?:墨水|黑色素|色素)(?:在|正在)?(?:排出|排走|排掉|出来)/),
      // Session forty-four (recurring misses, 1 row of the last 30 batches): the reaction read as the drug's strength with a bare 是 and no comma (疤变紫是药劲
      // 上来了; 发烫是药力起来了); refine() asks for the reaction right before, and 不是 / 可是 are not read.
      p(/(?<![不没可])是(?:药劲|药力|药效|药性)(?:儿)?(?:已经|开始|都)?(?:上来|起来|发出来|到了)(?:了)?(?![^,，。;!?]{0,3}?(?:吗|么|[?？]))/),
    ],
    negation: 'suppress',
    refine: (c) => {
      const s = c.sentence;
      // Round one hundred and fifteen (batch IF): 说明 as what the doctor or the nurse will explain (冷冻时会有些刺痛，做之前医生会说明可能的色素改变; 护士会向您
      // 说明…) is an act of telling, not a reading of the reaction.
      if (/^说明/.test(c.norm.slice(c.start, c.end)) && /(?:医生|医师|大夫|护士|药师|工作人员|我们|专家)[^,，。;!?]{0,4}?(?:会|将|要|需要|应|应当|可以|来|再|都会)(?:向|给|跟|为)?(?:您|你|患者|家属|大家|老人)?(?:详细|具体|逐一|一一|当面)?(?:地)?$/.test(c.norm.slice(c.sentenceStart, c.start))) return false;
      // Round one hundred and sixteen (batch IH): the reading word names the reaction, and the proof is then denied after a comma (这是刺激，不是排毒; 这是刺激反应，
      // 而不是毒素在往外排): the match ends in a 不是 clause. The denial turned round (不是伤皮肤，这是药力在渗透) and a
      // later denial of something else (说明药效上来了，不是坏事) still read the reaction.
      if (/[,，]\s?(?:而|但|可)?(?:不是|并非|并不是|绝不是|而非)[^,，。;!?]{0,6}$/.test(c.norm.slice(c.start, c.end))) return false;
      // The reaction is read as something to report to the doctor, or the reading is hedged to a doctor.
      // Round forty-nine (batch CU): the reading denied in so many words (这是停用激素的反应，不是疾病好转的迹象; 并非药物起效的表现).
      if (/(?:不是|并非|而非|并不是)[^,，。;!?]{0,8}?(?:好转|起效|见效|有效|生效|复色|康复|痊愈|疗效|效果|药效|在?起作用)[^,，。;!?]{0,3}?的?(?:迹象|信号|表现|标志|征兆|前兆|证明|证据)/.test(s)) return false;
      // Round ninety-seven (batch GV): the reading turned the other way (反而更痛，说明药物不对症，要换药) warns that the treatment does not work, and
      // the reading asked (发热了，是病邪在往外走吗？不是…) is a question the next sentence answers.
      if (/不(?:对症|起效|见效|奏效|有效|起作用|管用)/.test(c.norm.slice(c.start, c.end)) || /^[^,，。;!?]{0,3}?(?:吗|么|[?？])/.test(c.norm.slice(c.end, c.end + 5))) return false;
      // Round fifty-one (batch DA): the reading left for a later check (可能是复色的迹象，但仍需医生复诊判断; 尚需随访确认) is a caveat too;
      // 只是时间问题 is an assurance, not the 只是 that plays a reaction down.
      // Round one hundred and six (batch HO): 并不是坏事 plays the reaction up, not the reading down (起白屑并不是坏事，那是旧的皮肤在脱落).
      if (/剂量|偏大|过量|过敏(?!体质)|不良反应|告诉医生|及时复诊|需要复诊|由医生|医生判断|医生评估|并不(?!是(?:件|什么)?坏事|是(?:什么)?副作用)|不代表|不说明|不一定|(?:可能|或许|也许|或|多|常|一般)提示|提示(?:可能|需要|应|要|医生|病情)|是否|要看|评估|不能用来|没有(?:确定的?|直接的?|必然的?)?(?:关系|联系)|无关|不等于|只是(?!时间(?:的)?问题|早晚|迟早)|(?:仍|尚|还)需(?:要)?(?:由)?(?:医生|复诊|随访|观察|检查|确认|判断)|医生[^,，。;!?]{0,4}?(?:判断|确认)/.test(s) && !/本院|我院/.test(s)) return false;
      // Round thirteen: a symptomatic drug's intended effect (服退热药后出汗、体温下降，是药物起效的表现) is what the drug is for.
      if (/退热药|退烧药|退烧|退热|降压药|降糖药|利尿剂|止痛药|镇痛药|止泻药|通便药|泻药/.test(s) && /体温(?:下降|降|回落)|出汗|血压(?:下降|降)|血糖(?:下降|降)|尿(?:量)?(?:增多|增加|变多)|疼痛(?:减轻|缓解)|排便|大便通畅/.test(s) && !/本院|我院|我们|白斑|白癜风|黑色素|毒|病根|湿气|寒气/.test(s)) return false;
      // 脱皮是皮肤修复过程中常见的表现: a common reaction described as such, with no claim that it proves anything.
      if (/常见的?(?:表现|现象|反应)|正常现象/.test(s) && !/说明|证明|表明|意味|代表|预示|标志|正是|就是|证据/.test(s)) return false;
      // The bare verdict (治疗起效) counts only after a reaction in the same sentence or table row.
      if (/^(?:治疗|药物|药效|疗效|用药|疗程|方案|药力|效果)(?:正在|已经|开始|已|逐渐)?(?:起效|见效|生效|起作用|奏效|显现)$/.test(c.norm.slice(c.start, c.end))) return REACTION_IN.test(c.norm.slice(c.sentenceStart, c.start)) && !/^[^,，。;!?]{0,4}?(?:慢|较慢|需要|要等|通常|一般|才)/.test(c.norm.slice(c.end, c.end + 8)) && !/(?:才能|才会|才|需要|通常|一般|多久|何时|什么时候|多长时间)$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 4), c.start));
      // Round one hundred and three (batch HI): the drug said at work after a comma reads the reaction before it.
      if (/^(?:这|那)?(?:就|正|其实|恰恰|恰好)?是(?:药|中药|成分|有效成分|精华)[^,，。;!?]{0,6}?(?:起作用|起效|见效|生效|发挥作用|发挥效果|发力)$/.test(c.norm.slice(c.start, c.end))) return reactionBefore(c);
      if ((BODY_READING.test(c.norm.slice(c.start, c.end)) || /^是/.test(c.norm.slice(c.start, c.end))) && !reactionBefore(c)) return false;
      // Round ninety-nine (batch GZ): the bad thing leaving with the sweat, after a comma, reads the reaction before the comma.
      if (/^(?:那|这)?(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|热毒|火毒|寒毒|风寒|宫寒|体寒|瘀血|淤血)(?:就|便|也|都|全)/.test(c.norm.slice(c.start, c.end))) return reactionBefore(c);
      // Round one hundred and one (batch HD): and on its way out at the start of a clause.
      if (/^(?:那|这)?(?:是)?(?:(?:体内|身体里|身上|骨头里)的?)?(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|热毒|火毒|寒毒|风寒|宫寒|体寒)(?:正在|在|正)/.test(c.norm.slice(c.start, c.end))) return reactionBefore(c);
      // Round one hundred (batch HB): and the bad thing said to be out or gone after a comma, with no vehicle.
      if (/(?:排出来了|排出去了|排走了|排掉了|排干净了|散了|散掉了|散开了|散出来了|走了|跑了|出来了|没了)$/.test(c.norm.slice(c.start, c.end)) && /(?:毒素|毒气|湿毒|寒气|湿气|寒湿|湿热|病气|邪气|病邪|浊气|热毒|火毒|寒毒|风寒|宫寒|体寒|瘀血|淤血)/.test(c.norm.slice(c.start, c.end))) return reactionBefore(c);
      if (/的(?:信号|表现|标志|征兆|迹象|前兆)$/.test(c.norm.slice(c.start, c.end)) && /^(?:被|在|正在|已经|已)/.test(c.norm.slice(c.start, c.end)) && !REACTION_IN.test(c.norm.slice(Math.max(0, c.sentenceStart - 30), c.start))) return false;
      // Round one hundred and nine (batch HT): the skin changed at once after one session needs no reading word; a denial or a hedge passes.
      // Round one hundred and eleven (batch HY): and the scalp's or the hair's, counted in nights, days or weeks (抹了三晚…冒出了一层小绒毛).
      if (CARE_JUST_DONE.test(c.norm.slice(c.start, c.end))) return !/仍|还是|还在|还没|尚未|并未|未见|不会|不能|(?<!有)没有|没法|无法|不可能|因人而异|个体差异|一般需要|需要多次|多次(?:治疗|护理)?(?:后|才)|说法|宣传|警惕|夸大/.test(c.sentence);
      // Session forty-four (recurring misses, 37 rows of the last 30 batches): the care done then the skin changed at once, in the wider wordings; a hedge, a denial,
      // a condition, or a side effect told as coming and going (会有轻微泛红，一般第二天就退了) passes.
      // A case note's measured result (治疗20次后白斑面积缩小约一半) is a record, read only with a word of speed (就, 当场, 明显).
      // The hedge word 过敏 above means the reaction is an allergy; 过敏体质 (the constitution said to be turned round) is the disease treated.
      if (CARE_THEN_SKIN_AT.test(c.norm.slice(c.start, c.end))) return (c.docType !== 'case' || new RegExp(SKIN_SPEED).test(c.norm.slice(c.start, c.end))) && !/仍(?:然|旧)?(?:没|未|不|在|有|是)|还是|还在|还没|尚未|并未|未见|不会|不能|(?<!有)没有|没法|无法|不可能|因人而异|个体差异|一般需要|需要多次|多次(?:治疗|护理)?(?:后|才)|说法|宣传|警惕|夸大|如果|假如|要是|是否|能否|不一定/.test(s) && !/(?:会有|会出现|出现|可能|轻微|有点|有些|会)[^,，。;!?]{0,4}?(?:泛红|发红|红肿|肿胀|红疹|疼痛|结痂|脱皮)/.test(c.norm.slice(c.start, c.end));
      // Round thirty-two: a heading line that names the topic (## 复色的信号, **好转的表现**) with no reaction on it reads nothing.
      if (/^\s*(?:#{1,6}\s|\*\*|【)/.test(s) && !REACTION_IN.test(s)) return false;
      if (/(?:证明|证据|铁证|体现)$/.test(c.norm.slice(c.start, c.end)) && !REACTION_IN.test(c.norm.slice(Math.max(0, c.sentenceStart - 30), c.start))) return false;
      if (/^越(?:多|快|厉害|严重|重|大|猛|剧烈|频繁|深|紫|暗|浓|黑|厚)/.test(c.norm.slice(c.start, c.end)) && !REACTION_BEFORE.test(c.norm.slice(c.sentenceStart, c.start).slice(-16))) return false;
      // Round one hundred and four (batch HJ): what was put on said to soak in, or the bad skin said to come off, after a reaction (脸发胀，营养在吸收).
      if (/^(?:那|这)?(?:就|正|其实)?(?:是)?(?:营养|营养成分|养分|精华|药力|药效|药性|成分|有效成分|坏皮|老皮|死皮|旧皮|老角质|坏死的皮肤?|(?:旧|老|坏|老化|受损|病变)的[\u4e00-\u9fff]{0,4}?(?:皮肤|皮|角质层?))(?:正在|在|正)/.test(c.norm.slice(c.start, c.end))) return reactionBefore(c);
      // Round ninety-eight (batch GX): the reaction and its meaning side by side (出痧=排毒) need no reading word.
      if (/^(?:出汗|冒汗|流汗|大汗|汗多|出痧|发热|发烫|发黄|发黑|变黑|红润|发红|放屁|排气|腹泻|拉肚子|打嗝|犯困|发麻|酸痛|酸胀)/.test(c.norm.slice(c.start, c.end))) return true;
      // Session forty-four: the pigment or the ink leaving with the scab or the blister needs no reading word.
      if (/^(?:黑色素|色素|墨水|色斑|起水泡|起泡|水泡|水疱|结痂)/.test(c.norm.slice(c.start, c.end))) return true;
      if (!/提示|说明|证明|表明|表示|意味|代表|预示|标志|就是|正是|恰恰是|恰好是|正好是|那是|这是|其实是|证据|发红|泛红|红斑|红肿|红点|痒|刺痛|疼痛|痛|疼|灼|热|麻|水疱|水泡|疱|脱皮|脱屑|结痂|变黑|发黑|变深|反应|出汗|酸胀|口干|便溏|腹泻|不适|前兆|信号|征兆|标志|表现|越|好转$|跟着|随着|伴着|伴随|和着|顺着|借着|兆头|迹象|不远|^是|^因为|^(?:新皮|新的皮肤|新皮肤)|对了?$|是对的$/.test(c.norm.slice(c.start, c.end))) return false;
      return true;
    },
    examples: {
      bad: [{ text: '敷完脸上刺刺的，正是角质层在自我修复', type: 'ad' }, '抹上去有点痒，就是皮肤屏障在慢慢重建', '打完两针，手臂上的疤痕明显变平了', '做上两次，脸上的痘印一天比一天淡', { text: '敷完我们的舒缓面膜，脸上的红血丝马上就退了', type: 'ad' }, { text: '超皮秒一次，色斑当场就淡了', type: 'ad' }, '湿疹霜涂上两天，手上的裂口就合上了', '泡了三回中药浴，腿上的鳞屑就掉了一大半', '一次水光之后，脸上的细纹肉眼可见变浅', '抹完这管祛痘膏，痘痘第二天就瘪下去了', '涂药后第五天，白斑中间就冒出了小黑点', '刷酸后脸反而更红了，这恰恰说明皮肤屏障在重建', '冷冻后疣体起泡，说明病毒被冻死了', '抹完药膏脚背发紫是药力起来了', { text: '黑色素会跟着皮屑一起排掉，斑自然就淡了', type: 'ad' }, "头皮发烫，是毛囊被激活了", '做完射频脸上发热，说明胶原蛋白正在大量生长', '冷冻后的痂皮越厚，病变组织清得越彻底', '用了维A酸脱屑，其实是角质在更新，坚持用', "涂完刺刺的，是药劲在往里走", '刷完酸脸上刺痛，这是药力在渗透，不是伤皮肤', '涂完发红刺痛，说明药效上来了，不是坏事', '打针后发痒，说明疤在软化了', '第三次打完针回家，疤周围那一圈皮肤有点发白发凹，评论区的医生回复说这正是药物起作用、增生组织在萎缩的表现，让我接着打', '打完针局部有点发紫，这说明疙瘩开始缩小了', '注射后疤周围凹下去一块，这是药物在起作用，继续打', '冷冻后发红刺痛，医生说这说明色素在恢复', '老年斑抹药后发黑脱皮，是斑在往外排', '敷完面膜脸上发黄发暗，说明色素正在往外走', '这瓶止痒喷雾喷上十分钟，瘙痒就明显减轻了', '药膏擦了半小时，手上的疹子就退下去了', { text: '熏洗完当场，腿上的脱屑就少了一大半', type: 'ad' }, '做完第一次，毛孔就明显收紧了', '湿疹膏敷上当晚，手背的红疹就退下去了', { text: '中药熏洗一次，腿上的鳞屑就少了一大半', type: 'ad' }, '光疗第二次，背上的斑块明显变薄了', '这款祛痘凝胶抹上三天，痘痘全瘪下去了', '喝了一周我们的凉茶，身上的痒就明显减轻了', '这款育发液喷了两周，洗头时掉的头发明显少了', '按摩膏抹完第一次，后脑勺就冒出了一层小绒毛', '水光针打完第三次以后，脸上的皮肤明显细腻了', { text: '点阵激光做完一个疗程，痘印跟着变浅了不少', type: 'ad' }, '刷酸后第二天开始起皮，是老化的角质层在剥落，说明酸在起作用', { text: '小气泡清洁做完当天，黑头就少了一大半', type: 'ad' }, '这款面膜敷完第一次，脸上的细纹就浅了', '敷完面膜脸上起皮并不是坏事，那是受损的皮肤在代谢、新皮在长', '涂完头皮有点痒，其实是毛囊被唤醒了', '换药后掉发反而多了，那是在给新头发腾地方', "艾灸时额头冒出的汗珠，就是寒气被逼出来的证明", { text: "泡完药浴流了满头汗，说明湿气正在往外排", type: 'ad' }, "敷完药膏腿上流黄水，那是湿毒排出来了", '涂完面霜脸上微微发热，精华正在渗透', '刷酸后脸上起了一层屑，老皮在脱落呢', '激光后红印越明显，证明做得越彻底', "换了新药，红疹反而多了，这是湿毒被逼出来了", "照光后发红，其实是好现象", "敷完面膜脸上发烫，是成分在起效", "泡完手有点刺痛，这就是药力在发挥作用", { text: "泡完药浴起红点反而是件好事", type: "ad" }, "药膏越涂越痒，其实是湿气在往外透", "刷酸后爆粉刺，说明毒素在往外排", "涂了药膏起小红疹，这是湿毒在往外发", "用了精华脸上冒痘，说明皮肤在把脏东西推出来", "喝完姜汤打了两个嗝，胃里的寒气就散了", "喝完热粥直冒汗，湿气正在往外走", "刮完痧后背发烫？那是寒气在往外透", "吃了凉拌菜拉得勤，是肠道在排毒", "刮完痧浑身轻松，就是湿气排走了", "艾灸后手脚发热，说明jing luo打通了", '敷完面膜长了几颗闭口，说明湿毒在往外排', "艾灸完小腹暖暖的，宫寒就散了", "刮完痧浑身轻快，体内湿气都排出来了", "正骨时后背咔嚓一声，是脊柱在自己归位", "按摩时越胀越管用", "通乳后乳房发胀，说明乳管被打通了", "艾灸完手心发黏，是湿毒从手心往外排", "喝药头两天痒得更厉害，说明药在起作用", { text: "刮完痧起了一片红疹，是寒气找到了出路", type: 'ad' }, { text: "拔完火罐印子由深变浅，表示体内的淤堵正在好转", type: 'ad' }, "按完足底老放屁，说明肠子里的堵打通了", "泡完脚出一身汗，湿气也随着汗排出去了", { text: "做完艾灸背上发热，表示寒气正随着汗往外排", type: 'ad' }, "敷完药膝盖发烫？因为药劲儿在往骨头里钻", '灸完神阙穴肚子咕噜直响，这说明肠道的寒气正往外走', { text: '推拿后总想跑厕所，那是体内的湿气在往外排', type: 'ad' }, '拍打完全身轻快了不少，说明经络已经被打通', '针灸后面色由黄转红润，说明气血正在恢复', '泡完药浴，小腿的青筋反而更明显了，说明血管被打通了', '拉伸后大腿酸胀得厉害，说明你练对了', '喝了蜂蜜水总放屁，这是肠胃在自我清理', { text: '按摩后小腿发胀，说明血管正在慢慢修复', type: 'ad' }, '服了几天膏方大便发黑，那是肠道在清宿便', '坐在汗蒸房里，寒湿会随着汗珠一点点流出来', { text: '喝了茵陈茶小便发黄，是肝火在往外排', type: 'ad' }, '服药后大便变稀，是积便正在排出', '拔罐后出痧越多，排走的寒就越多', { text: '【艾灸馆】灸后打嗝=寒气排出来了', type: 'ad' }, { text: '刮痧出痧=排毒，越紫越好', type: 'ad' }, '汗蒸时大汗等于排湿，蒸得越久越好', "正骨后肩膀酸痛，这说明错开的小关节正在归位", { text: "做完骨盆矫正胯部发胀，说明骨盆在慢慢复位", type: 'ad' }, "刮完痧整个后背通红，说明体内的寒湿正往外排", { text: "拔完火罐后背红彤彤的，这是湿气被拔出来了", type: 'ad' }, "喝了这副药嘴里老是渴，说明药力到了", "吃了两天药反而咳得更厉害，是痰湿在往外排", { text: "做完艾灸肚子一直发热，那是体寒在往外散", type: 'ad' }, "泡完脚浑身冒汗，是病在一点点往外走", "背上起了一片小疹子，是湿气找到了出路", { text: "拔完罐印子越黑，湿气就清得越干净", type: 'ad' }, "刮出来的痧越紫越暗，寒气就排出得越多", { text: "贴完膏药腰上火辣辣的，恰好是药劲渗进去了", type: 'ad' }, "扎针时有点酸麻，这恰恰是针感到位、经络被疏通了", "做完推拿浑身没力气，这说明气血正在重新调整", { text: "泡完药浴全身热乎乎的，这就是药效到了", type: 'ad' }, "喝了几天药夜尿多了，说明肾里的湿毒在往外走", "化痰汤喝下去咳了好多白痰，那是病根在往外排", "刮完痧背上一阵阵发烫，这是寒气顺着毛孔往外走", { text: "敷完药膝盖发麻，说明风寒正在被一点点逼出来", type: 'ad' }, "喝了药茶一直打嗝？因为胃里的浊气正在慢慢往外排", "揉完小腹发热，说明堵住的经脉被打通了", "泡完脚浑身发热，这说明病气正被赶出去", "拔完火罐小腿一直发麻，这说明气血正在往下走", { text: "艾灸时后背微微冒汗，就说明药力到了", type: 'ad' }, "刮痧后肩膀发胀，证明淤堵已经清除", "推拿完第二天腰背发酸，正是淤堵被打通的信号", { text: "贴了一晚上足贴，贴片发黑，这就是湿气被吸出来的证据", type: 'ad' }, { text: '问：艾灸完肚子上起了小水泡正常吗？\n客服：正常的哦，那是体内的寒气往外排', type: 'ad' }, { text: '听众：刮完背上出了一大片痧，要紧吗？\n嘉宾：很正常，这说明经络正在疏通', type: 'kepu' }, '拔罐的时候越酸胀，就说明越管用', { text: '涂完药膏手背有点发痒？别担心，这表明色素细胞正在再生', type: 'ad' }, { text: '涂上去越辣说明越见效，坚持一周', type: 'ad' }, '照光后毛孔周围冒出小黑点，这说明色素细胞已经苏醒，全部复色只是时间问题', '照光后白斑周围发红，这说明黑色素已被唤醒，仍需坚持照光', "用药头几天皮疹反而变多，这是药物在把毒素往外排", "照完光头皮红了？红就对了，别紧张", {"text": "刚用药那几天脱皮了才对，坚持涂", "type": "ad"}, "照光后白斑红了一片，这说明黑色素被激活了", "涂了药膏痒痒的‼️说明药在起作用", { text: '白斑变成粉红色不用紧张，粉红色是黑色素即将长出来的证明', type: 'kepu' }, '口服药物后嘴唇干裂，说明药物正在发挥作用', '冷冻后疣体发黑，这说明病毒已经被彻底杀死了', { text: '问：换肤后为什么反而爆痘了？\n答（皮肤科医生）：这是正常的排毒过程，爆得越多说明清理得越彻底', type: 'kepu' }, { text: '脱皮、起小水疱不用怕，那是旧皮在代谢，新皮长出来，颜色自然就回来了', type: 'kepu' }, { text: '拔罐后留下的紫黑色印记越深，说明体内寒湿越重，也说明罐疗的治疗效果越好', type: 'institution' }, { text: '| 皮肤脱皮 | 是旧皮在脱落，脱得越多恢复越好 |', type: 'institution' }, '## 复色的信号\n照光后发红是复色的信号。', '服药后出现皮疹，这是体内湿毒外发的好现象', '艾灸后皮肤出现水泡，俗称“灸疮”，是艾灸有效的重要标志', { text: '按摩时越疼，说明你的问题越严重', type: 'ad' }, '服药后嘴里发苦，正是肝胆湿热被清理的信号', { text: '治疗期间患者自述小腹温热，这是宫寒被驱散的表现', type: 'case' }, '用药后如果出现口腔溃疡，这是身体在排出内热，坚持几天就好', '第4次治疗后白斑处有针刺感，这表明局部微循环已经改善', '照光后白斑红红的、热热的，那是黑素细胞在苏醒', { text: '宝子们～照光后红红的别慌😘 那是黑色素在苏醒哦', type: 'ad' }, { text: '治疗后皮肤出现晒黑样改变，恰恰说明方案对症', type: 'ad' }, '白斑边缘逐渐变得模糊，这是色素正在向中心扩展的表现', '做完第一次治疗后白斑边缘发红发热，这说明你的体质对这种疗法很敏感', '罐印颜色越来越浅，就说明您的病正在好转', '治疗后白斑周围出现一圈淡淡的红晕，医生说这是色素开始回升的标志', '敷药后局部发热发红，这就是药效最好的证明', '治疗期间白斑周围出现色素沉着，正是药物在发挥作用的表现', '服药后放屁增多，说明肠道的淤堵正在被打通', '推拿后低烧半天，提示体内的寒气被逼出来了', '喝了这款茶大便次数变多，说明肠道里的宿便正在被清理', '为什么有的人治疗后白斑会先变粉再变黑？这说明皮肤的微循环正在恢复，黑色素开始重新生成', '艾灸完会觉得一股暖流，说明经络在打通', '用了我们的药，白斑边缘会出现一圈黑边，这就是白斑马上要好的标志', '针灸时针下有跳动感，说明穴位找得准、疗效已经出来了', '服中药后出汗、腹泻，说明体内的湿毒正在往外排，药已经起效', '照光后皮肤发红发痒，说明黑色素正在被激活', '白斑边缘发红是复色的前兆', '出现刺痛感就证明药物已经在起作用', '涂药后有点刺痒，这正是药力在发挥作用', '越痒说明效果越好，千万不要停药', '敷药后脱皮越多，说明湿毒排得越干净', '结痂掉得越快，恢复得就越好', '服药后排出黑色的大便，那是病根在往外排', '注射后有点胀痛，证明药物已经到达病灶', '喝完药出一身汗，这说明药力已经到了病根上', '用药后身体出现排病反应，说明药物在调整体质', { text: '治疗后皮肤发红脱皮，说明老化角质正在被代谢，新皮肤正在生成', type: 'ad' }, '刮出的痧颜色越深，代表体内淤堵越严重', '针灸时越酸越胀，证明穴位找得准，疗效也越好', '照光后白斑边缘发红发痒，是黑色素细胞被激活的信号', '调理期间晚上做梦多，是大脑在自我修复，说明失眠开始好转了', '服药期间出现头晕，是药物在调整你的身体', '出现轻微腹泻是脾胃在排寒，不用担心', '用药后白斑边缘出现一圈深色，这是病情已被控制住的信号', '照光后白斑里冒出几个小黑点，是新生黑色素的表现', { text: '泡完药浴浑身出大汗、尿液发黄，那是湿毒排出来了', type: 'ad' }, { text: '| 反应 | 意义 |\n| 红肿 | 药力渗透，治疗起效 |', type: 'institution' }, '- 敷药后局部发热 → 药效开始显现', '服药后尿量明显增多，证明肾脏功能已经恢复', '灸完起的灸疮越大，说明疗效越好', { text: '用药第三天关节开始疼，这是药物在修复软骨', type: 'case' }],
      ok: ['屏障受损时发烫发痒，是屏障在求救，要先停掉刺激性产品', '发痒不一定是屏障在修复，持续加重要复诊', '做完当天皮肤会有些泛红，一般两三天就消退', '打完一针疤痕还是硬的，要等几周再评估', '打完两针疤痕还是没有变平，请复诊', { text: '治疗8次后皮损面积缩小约三成，继续原方案。', type: 'case' }, '术后第三天结痂会自然脱落，别用手抠', '换季时皮肤容易泛红，一夜之间就冒出好多红疹', '脸发红脱皮说明屏障受损了，要暂停刷酸', '手背发红是过敏体质的表现，要停药复诊', '发烫不是药力起来了，可能是过敏，请停用', "头皮发烫，是过敏的表现，要先停药", '胶原蛋白在真皮里慢慢合成，要几个月才看得出', '伤口越大，结痂越厚，脱落得越慢', '皮肤每28天左右更新一次', '脱皮是常见的刺激反应，不代表皮肤在更新加快', "头皮发烫，是不是毛囊被激活了？其实多半是刺激", "药膏涂上去，是需要时间起作用的", '刚用阿达帕林会干、脱皮，这是刺激，不是排毒', '刷酸后爆痘，这是刺激反应，而不是毒素在往外排', '打针后疤周围发凹，说明激素剂量偏大，请告诉医生', '打针后发痒，不一定说明疤在软化，要告诉医生', '嘴唇发紫说明缺氧，要马上就医', '疤周围发紫，说明血运不好，要复诊', '冷冻时会有些刺痛，做之前医生会说明可能的色素改变', '涂药后发红发痒的，护士会向您详细说明怎么处理', '有人说抹药后发黑是斑在往外排，这种说法没有依据', '冷冻后局部发黑结痂是正常过程，别用手抠', '涂上半小时后皮疹还没消退，请及时复诊', '抹了一会儿还是痒，可以先冷敷', '涂了当天晚上如果红疹更多，请停药复诊', '做完一次毛孔不会马上收紧，需要几次疗程', '药浴一次后皮损一般不会马上消退，需要坚持几周再评估', '敷上当晚如果红疹更多了，请停用并复诊', '有没有用药浴后皮屑就少了的说法？没有依据', '涂药两三天后痘痘仍然红肿，请及时复诊', '用了一周药膏还是痒，可能需要换药，请回门诊', '育发液用了两周掉发还没减少，别着急，一般要三个月以上才能评估', '喷了三天就长出新发？这种说法不可信', '做完第二次治疗后，斑点一般不会马上变淡，需要多次治疗后再评估', '打完第三次针以后要是肤色还没变亮，不要自行加量，请复诊', '冬天皮肤干燥，老的角质层在脱落，要注意保湿', '做完当天会有轻微泛红，一般第二天就退了', '做完一次毛孔就能收细？不可能，需要多次', { text: '光子嫩肤做完一次，色斑一般不会马上变淡，需要三到五次', type: 'institution' }, '起皮不一定是老化的角质层在剥落，也可能是过敏，请及时复诊', '头皮发痒，其实是毛囊炎的表现，要及时就医', '额头上的痘其实是新发的，不是旧的', "泡脚时流了满头汗，说明水温太高了", "运动后出的汗水要及时擦干", '脸上发热不一定是精华在渗透，持续发红要停用', '天冷皮肤干，老皮在脱落时别用手撕', '结痂颜色深浅和打得到不到位没有关系，别去抠', '衣服颜色越深越吸热，夏天尽量穿浅色', "换了新药，红疹反而多了，要考虑过敏，请停药复诊", "泡完脚出黄水，可能是脚气合并了感染，要来医院看看", "晒后脱皮可不是好事，要加强防晒", "这个药膏价格不高，是成分在起作用", "用药后发红，可能是药物在起作用，也可能是过敏，请复诊", "刷酸后脱皮是好事吗？要看程度", "换了洗面奶后冒闭口，是因为产品太油", "药膏越涂越痒，要停用并复诊", "青春期长痘，是激素在往外发", "长痘是因为毒素排不出来的说法没有依据", "吃太快打了几个嗝，是吞进了空气", "梅雨天过了，湿气正在往外散", "泡完脚出汗了，并不是湿气在往外走，只是水温高", "吃坏了肚子拉得厉害，是细菌感染，要就医", "开窗通风半小时，是为了让浊气散了再进屋", "推拿科 Jing Luo 医生周三上午坐诊", '刷酸后起小痘，并不是毒素在往外排，是刺激反应', '起痘说明内分泌失调，要去医院查一查', "开窗通风后，屋里的浊气就散了", "泡脚时出了汗，并不是寒气散了，只是水温高", "越疼越有效？这是误区", "咳出几口痰，说明是细菌感染，需要就医", "膝盖弹响多半是气泡破裂，一般不用处理", "孩子出了红疹，是湿疹还是过敏，要让医生看", "刮完痧背上发红，表示力度偏大，下次轻一点", "患者术后疼痛，医生表示这是正常现象", "下水道堵了好几天，疏通以后说明堵的地方通了", "泡完脚出了一身汗，并不是寒气跟着汗走了，只是水温高", "天热出汗，水分就跟着汗走了，要及时补水", "吃了药为什么发痒？因为药物过敏，请停药", '舌苔厚腻，说明体内湿气重，饮食宜清淡', '肚子咕咕叫说明饿了，该吃饭了', '最近总想上厕所，说明可能有尿路感染，要就医', '减重后身子轻快多了，说明饮食调整是对的', '静脉曲张的青筋越来越明显，说明病情在进展，要去血管外科', '运动后腿酸是乳酸堆积，并不说明血管正在修复', '肠道每天都在清理食物残渣，这是正常的消化过程', '汗水会带走体表的热量，并不会带走所谓毒素', '毒素会随着汗排出吗？其实主要靠肝肾代谢', '长痘是因为宿便排不出去的说法没有依据', '吃了火锅后口干，是肝火旺吗？要看具体情况', '出汗排毒是误区，汗液主要是水和盐', '出汗≠排毒，汗蒸久了要补水', '出汗排毒没有科学依据', '喝姜汤发汗散寒是民间做法，发烧时请就医', "腰酸说明骨盆还没有合拢，需要继续观察", "关节复位后仍有酸胀，一般几天会缓解", "吃了药反而更痛，说明药物不对症，要换药", "艾灸后发热，是病邪在往外走吗？不是，发热请及时就医", "喝酒后脸通红，说明酒精代谢慢，不宜多喝", "运动后口渴，说明身体在排汗散热，要及时补水", "经期小腹发凉，是宫寒的表现，要注意保暖", "长痘是因为毒素找不到出口的说法没有依据", "咳得更厉害了，说明病情可能加重，要及时就医", "刮痧出的痧颜色越深，并不说明毒素排得越彻底", "伤口颜色越深，恢复得越慢，要及时换药", "皮肤发红恰恰是过敏的表现，应停药", "针刺后局部发麻，恰恰是刺激太强的表现，请告诉医生", "针灸后觉得没劲，可能是刺激量偏大，请告诉医生", "晒完太阳身上暖洋洋的，这说明天气转暖了", "咳痰多说明可能有感染，需要就医", "老人夜尿增多，提示可能有前列腺问题，应就医检查", "艾灸后皮肤发红，并不说明寒气被逼出来了，只是局部充血", "小便颜色变深多是喝水少，不是湿热在往下排", "艾灸时觉得发热，是因为局部血流加快，不是寒气在往外跑", "长痘是因为毒素排不出去的说法没有依据", "按摩后皮肤发红，并不说明血脉被打通，只是局部充血", "泡脚后脚底发热只是局部血流增加，不能说明寒气被赶走", "扎针后手指发麻，不一定说明针已经起效，持续不退请告诉医生", "天热时额头冒汗，说明身体在散热，要及时补水", "腿部发胀可能是久坐引起的，并不代表血液循环有问题", "刮痧后第二天浑身发酸，说明力度可能偏大，下次要轻一些", "拔牙后第二天嘴里发酸，牙齿被拔出来的地方要保持清洁", { text: '问：艾灸完肚子上起了小水泡正常吗？\n客服：正常的哦，这是常见的烫伤反应，请停用并涂烫伤膏，严重请就医', type: 'ad' }, { text: '听众：刮完背上出了一大片痧，要紧吗？\n嘉宾：很正常，这是皮下毛细血管破裂，并不说明经络疏通，三五天会退', type: 'kepu' }, '用药后手背有点发痒？别担心，这是外用药常见的刺激反应，并不说明疗效好坏，持续加重请复诊', '刮痧并不是越疼越有效，力度要适中', '越疼说明越有效吗？不是，疼痛明显请停止治疗', '白斑中央冒出几个小黑点，可能是复色的迹象，但还需医生复诊时确认', '停药后皮肤反跳性发红，是撤药反应，并非治疗起效的表现', "用药后皮损先加重几天的情况并不少见，不代表药物起效，请告诉医生", "复诊时告诉医生哪里痒就对了", "擦药后发红就对了吗？请先停药，复诊时让医生看看", "用药后不痒就对了吗？是否好转需要复诊评估", { text: '伍德灯下出现色素岛，是复色开始的标志之一，但仍需继续观察', type: 'kepu' }, '嘴唇干裂是这类药物常见的不良反应，不代表药物正在发挥作用', '冷冻后疣体发黑是常见反应，并不说明病毒已经被彻底杀死', { text: '问：换肤后为什么反而爆痘了？\n答（皮肤科医生）：多是原有粉刺被加速暴露，并不是排毒，如持续加重请停用', type: 'kepu' }, { text: '新皮长出来以后颜色可能偏浅，请做好防晒', type: 'kepu' }, '拔罐印记越深，并不说明治疗效果越好', '烧伤创面越深，恢复越慢', '## 复色的信号\n复色往往从毛囊周围开始，白斑里出现小黑点可能是复色的早期迹象，仍需随访。', '按压时越疼，并不说明问题越严重，疼痛程度与手法力度有关', '服药后出现皮疹，可能是药物过敏，请立即停药并告诉医生', '肺部阴影缩小是炎症被清除的表现，仍需按时复查', '复诊时的照片对比是判断疗效的证据之一', '光疗后出现红晕多是轻度红斑，并不能作为疗效的证明', '照光后皮肤红红的、热热的，一般是正常的照射反应，起水疱要及时复诊', '光疗后皮肤晒黑是常见现象，应与真正的复色区分开', '扎针后感觉酸胀，这是得气的感觉，和白斑能否复色没有直接关系', '照光后局部色素沉着较常见，并不代表疗效好坏', '服药后打嗝增多，提示可能有胃肠不适，请告诉医生', "照光后出现色素岛，提示病情可能好转，需要复诊由医生判断", '喝水少时大便次数变少，说明需要多补充水分', '照光后为什么会发红？这说明照射剂量可能偏大，请告诉医生', '白斑为什么会扩大？这说明病情处于进展期，需要尽快就诊', '孩子服用退热药后出汗、体温下降，是药物起效的表现', '服用降压药后血压下降，说明药物在起作用，仍要按时复查', '照光后皮肤发红，说明照射剂量可能偏大，请告诉医生', '发红、瘙痒并不代表治疗有效，是否有效需要复诊时由医生评估', '出现色素岛可能提示病情好转，需要复诊由医生判断', '皮肤脱屑是常见的局部反应，注意保湿即可，是否有效要看复诊评估', '药量用得越多，副作用往往越明显', '掉痂的快慢与体质和护理有关，与疗效好坏没有直接关系', '脱皮说明角质在正常更新，注意保湿即可', '出痧的多少与体质和力度有关，并不说明淤堵轻重', '药浴后出汗多是因为水温高，并不是排毒', '睡眠时大脑在自我修复，所以熬夜伤身', '针灸时局部酸胀是常见感觉，如出现剧痛请告诉医生', '服药期间出现头晕、乏力，可能是药物的不良反应，请告诉医生', '腹泻伴发热、便血时应及时就医，不要自行判断为脾胃在排寒', '白斑边界清楚、半年内没有扩大，是稳定期的表现，需医生评估', '光疗后皮肤发红是常见反应，治疗起效通常需要两到三个月', '出现轻微刺痛是常见反应，药物起效一般需要两周', '| 反应 | 处理 |\n| 脱屑 | 加强保湿，避免搓揉 |', '皮肤发红并不代表治疗起效，请按时复诊', '输液后尿量增多与补液量有关，肾功能是否恢复要看复查结果', '关节开始疼时请暂停用药，并尽快复诊'],
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
    // Headings about channels, rules or questions (患者反馈渠道, 患者须知, 患者常问的问题) introduce no stories.
    // Round twenty-nine: a heading that is a patient's own words quoted (她说：“这是我第一次敢素颜出门”) tells her story.
    heading: new RegExp(
      `^(?:(?!.*(?:${HEADING_REFUSE})).*(?:评价|好评|感言|心声)(?:精选|摘录|摘登|选登|节选|截图)|(?!.*(?:${HEADING_NOT}))(?:.*(?:${TELLERS})[^,，。]{0,8}?(?:${TELLS})|.*(?:她|他|宝妈|姐妹|阿姨|大叔|大爷|大姐|奶奶|爷爷|姑娘|小伙|女孩|男孩)(?:笑着|哭着|激动地|感慨地?|开心地)?(?:说|讲|写道|感慨|感叹|坦言)[:：]?\\s?["“「『][^"”」』]{0,20}?我|.*(?:他们|她们|ta们|听听(?!医生|专家|主任|护士|大夫|营养师|药师|医师|教授)|来自患者|来自就诊者|感言|(?<!医生|医师|专家|主任|院长|护士|教授|大夫|编者|编辑|主编|小编|药师)寄语|见证|好评|点评|口碑|真心话|心里话|心声|来信|感谢信|感谢墙|重拾自信|蜕变|(?:病例|案例|治疗|复色|康复|祛白|抗白|疗效|术后)(?:分享|故事|日记|之路|体验|心得|历程|反馈|感受)|(?:复色|康复|治疗|祛白|成功|典型|真实)(?:案例|病例)|(?:就诊|就医|看病|求医)(?:体验|经历|故事|分享)|之路|真实(?:反馈|评价|分享|体验|故事|案例|心声|见证)|(?:效果|疗效|案例|病例|复色|治疗|康复)(?:展示|见证|实录|回访|追踪|精选|实例)|(?:用户|顾客|客户|网友)(?:评价|反馈|好评)|(?:复诊|就诊|治疗|康复|抗病|求医|患病|抗癌|抗白|祛斑|祛痘|减重|减肥|戒烟|植发|矫正)(?:日记|手记|笔记|札记|随笔)|(?:一位|一个|一名)[^,，。]{0,10}?(?:病号|患者|病友|宝妈|家长|妈妈|姑娘|阿姨|大爷)的[^,，。]{0,4}?(?:[一二三四五六七八九十两几\d]+(?:年|个月|天|周)|故事|经历|自述|改变|变化|蜕变|重生|新生|康复|坚持|逆袭))|(?:康复|蜕变|变美|祛斑|祛痘|减重|减肥|修复|抗白|祛白|抗痘|治疗|求医|植发|矫正|戒烟|瘦身|逆袭)之旅|晒单区|晒单专区|(?:真实|顾客|用户|姐妹们?的)?买家秀|${HEADING_TOLD}|(?:她|他|宝妈|姐妹|妈妈|阿姨|大叔)(?:只)?(?:用了|做了|坚持了|调理了|花了|练了|治了)(?:[一二三四五六七八九十两几]+|\\d+)(?:天|周|个月|次|个疗程)(?!才|都没|也没|还没|仍)))`,
    ),
    negation: 'ignore',
    hedge: false,
    subject: false,
    examples: {
      bad: [
        // Round one hundred and twenty-six (batch JC): tour members' impressions of use under a heading.
        { text: '## 团友使用感\n“喷了就不痒了。”', type: 'ad' },
        "### 刘阿姨的祛斑日记\n第一次做完脸上有点红，第三次后斑淡了不少。", "## 做过的工友们说\n“手上的裂口再也没犯过。”", "### 姐妹们的买家秀\n- 油皮：毛孔小了", { text: '【顾客留言】希望大家都来试试，我的斑淡了一大半', type: 'institution' }, { text: '## 观众讲述｜我是怎么摆脱十年胃病的\n主持人：下面请这位观众上台。', type: 'ad' }, { text: "## 不放弃的他：银屑病康复故事\n三年前，他全身都是红斑。", type: "institution" }, { text: '推文标题：【康复故事】从不敢穿短袖到天天穿裙子，她只用了半年', type: 'kepu' }, { text: '视频标题：【患者心声】照了二十次光，脖子上的白斑淡了很多', type: 'ad' },{ text: '## 康复故事｜脱发三年的他，如今过得怎么样？', type: 'institution' }, { text: '康复故事：她终于不怕穿短裙了\n两年前她的腿上长满了红斑。', type: 'institution' }, { text: '第三部分：患者心声\n医生很耐心，环境也好', type: 'institution' }, '## 读者来信\n“在这里治了三个月，脖子上的白斑都没了”', {"text": "康复故事 | 从不敢穿短袖到天天穿裙子，她只用了半年", "type": "ad"}, {"text": "病友说｜“涂了两周，红疹都退了”", "type": "ad"}, {"text": "看看TA们的变化👇\n- 第一次复诊：红斑淡了", "type": "ad"}, "### 治疗反馈\n本月收到患者留言42条，以下选登部分。", { text: '【康复故事】从拄拐到跑完半马，李叔只用了半年', type: 'ad' }, { text: '看看用过的姐妹怎么说👇\n“一周就不痒了”', type: 'ad' }, '## 我的看病经历\n那年冬天我总是头晕。', '## 顾客案例\n做完三次，毛孔细腻了。', { text: '**病友心声**', type: 'institution' }, { text: '【顾客晒单】', type: 'ad' }, { text: '✨ 好评返图 ✨', type: 'ad' }, { text: '康复故事 | 从拄拐到登山', type: 'institution' }, { text: '他们的改变', type: 'ad' }, '**一位老病号的自述**\n\n我今年62岁，自从按照刘医生的方子调理，血压一直稳稳的。', { text: '好评精选\n1. 环境干净\n2. 护士温柔', type: 'ad' }, { text: '## 学员打卡记录\n1. 第7天：体重下降2.1kg\n2. 第14天：腰围少了5cm', type: 'ad' }, '## 疗效展示\n治疗三个月后的变化。', '### 治疗感言\n没想到这么快就看到效果。', '## 他们在这里重拾自信\n三年的白斑终于有了变化。', '## 患者心声\n坚持来复诊，医生很耐心。', '**他们的康复故事**\n邻居介绍我来的，医生讲得很清楚。', '真实反馈\n\n第一次来有点紧张，护士一直在旁边陪着。', { text: '**治疗手记｜一位湿疹宝宝的半年**', type: 'institution' }, '## 一位痛风老病号的两年\n从每月发作到一年没犯。', '## 一位宝妈的产后修复之旅\n生完二胎后腰围一直下不去。', { text: '#### 她只用了21天，从满脸痘到敢素颜', type: 'ad' }, { text: '买家秀：姐妹们的真实变化', type: 'ad' }, { text: '#### 治愈者说', type: 'case' }, '## 过来人的分享\n我也曾经不敢出门。', { text: '### 她说：“这是我第一次敢穿短裙”', type: 'case' }, { text: '## 准新娘心声\n婚礼前三个月开始调理，拍照那天状态特别好。', type: 'institution' }, { text: '**学生反馈｜暑假做完矫正，开学就敢笑了**', type: 'ad' }, '## 阿姨笑着说：“我终于能睡个好觉了”\n来院前她已经失眠三年。'],
      ok: [
        // Round one hundred and twenty-six (batch JC): a notice to hotel guests and a hikers' FAQ tell no story.
        { text: '## 住客提醒\n房间请勿开窗，防止隐翅虫飞入。', type: 'institution' }, '## 驴友常见问题\n被虫咬后能不能继续爬山？视症状而定。',
        "## 病友说的偏方靠谱吗？\n多数没有依据，请遵医嘱。", "## 小王的护理须知\n术后三天不要沾水。", { text: '【顾客留言】候诊区太冷了，希望空调调高一点', type: 'institution' }, { text: '患者留言墙｜“周六能不能多放几个号？”', type: 'institution' }, { text: '## 听众须知\n节目热线只解答健康常识，不接受挂号预约。', type: 'institution' }, { text: '## 医生讲述：一次夜班急诊\n凌晨两点，急诊来了一位胸痛的大爷。', type: 'kepu' }, { text: "## 本院从不晒患者感谢信\n按广告管理规定，官网只介绍科室、医生和出诊时间。", type: "institution" }, { text: '视频标题：【就诊须知】请带好身份证，提前预约', type: 'institution' }, { text: '公众号标题：【科普】湿疹宝宝洗澡水温多少合适，医生教你三招', type: 'kepu' },{ text: '## 病友提问｜脱发三年，现在还能治吗？', type: 'institution' }, { text: '病友分享：冬季护理经验\n洗澡水不要太烫，洗完及时涂保湿霜。', type: 'institution' }, { text: '第二部分：就诊须知\n请携带身份证和既往病历', type: 'institution' }, '## 网友提问\n问：孩子手指缝里起了小水疱，是湿疹吗？\n答：小水疱的原因不少，需要面诊判断。', '### 答疑信箱\n最近总有读者问，斑秃会不会传染？\n斑秃不是传染病。', {"text": "服务评价｜如对服务不满意，请拨打投诉电话", "type": "institution"}, '我们不评价其他医院的做法', '本院不展示患者评价', "## 入职感言\n感谢医院给我这个机会，我会认真对待每一位患者。", "**关于患者故事**\n本院不征集、不发布任何患者治疗效果相关的故事或照片。", "## 治疗反馈渠道\n对治疗有疑问请联系医务科。", '【读者来信】孩子总是咬指甲怎么办？', '【患者反馈】如对服务有意见，请拨打院内投诉电话', "## 主任寄语\n慢性皮肤病需要长期管理，请按时复诊。", '## 学员案例征集说明\n投稿需经本人同意。', { text: '**温馨提示**', type: 'institution' }, '患者分享的经历不能代替医生的诊断', { text: '【就诊须知】', type: 'institution' }, { text: '服务评价 | 投诉渠道', type: 'institution' }, '**病号饭的营养搭配**\n术后第一天以流食为主。', { text: '反馈精选\n本月共收到意见卡32张，主要集中在排队时间长', type: 'institution' }, '**患者反馈渠道**\n对服务有意见或建议，可在服务台填写意见卡。', '## 常见问题\n白癜风会传染吗？不会。', '## 写给患者和家属的话\n白癜风不影响寿命，也不会传染。', '患者提问\n\n问：孩子能做光疗吗？\n答：需要医生评估。', '### 家长留言区\n欢迎在评论区提出您关心的问题，医生每周统一解答。', '## 一位糖尿病患者的一日三餐安排\n早餐以粗粮为主。', '## 复诊提醒\n术后第1、4、12周回院复查。', '## 她用了三个月才确诊：一种容易被忽视的病', '复诊提醒：术后一个月回院', '### 她问：“孕期可以用激素药膏吗？”', '## 他说：“我建议每位家长都学会看体温计”\n儿科医生的几点提醒。', '## 受益者范围\n本次免费筛查面向辖区内65岁以上的老人。', '## 新人婚检常见问题\n婚前检查和孕前检查有什么区别？', { text: '### 学生提问：近视手术几岁以后才能做？', type: 'kepu' }],
    },
  },
];


