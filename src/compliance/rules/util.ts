import type { DocType, Level, Pattern, RuleContext } from '../types.js';

const CODES: Record<string, Level> = { E: 'error', W: 'warning', I: 'info', '-': 'off' };

/** Levels for kepu, institution, ad, case, in that order: 'EWE-' = error, warning, error, off. */
export function levels(spec: string): Record<DocType, Level> {
  if (spec.length !== 4) throw new Error(`levels("${spec}") needs four letters`);
  const [k, i, a, c] = [...spec].map((ch) => {
    const l = CODES[ch];
    if (!l) throw new Error(`levels("${spec}"): unknown level ${ch}`);
    return l;
  });
  return { kepu: k!, institution: i!, ad: a!, case: c! };
}

/** A pattern; the global flag is added (and the indices flag when the pattern marks a `hit` group). */
export function p(re: RegExp, opts: Omit<Pattern, 're'> = {}): Pattern {
  let flags = re.flags;
  if (!flags.includes('g')) flags += 'g';
  if (re.source.includes('(?<hit>') && !flags.includes('d')) flags += 'd';
  return { ...opts, re: new RegExp(re.source, flags) };
}

const CLAUSE_MARK = /[,，。;!?、:：\n]/;
/** The clause (between commas, colons and sentence ends, at most 60 units each side) around [start, end). */
export function clauseOf(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && start - a < 60 && !CLAUSE_MARK.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 60 && !CLAUSE_MARK.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** Outcomes a treatment is claimed to reach. */
export const OUTCOME = '(?:治愈|痊愈|根治|治好|康复|复色|见效|显效|起效|有效|好转|断根|全消|除根)';

/** Disease and lesion words, for telling a symptom description from a treatment claim. */
export const LESION = /白斑|白癜风|皮损|病灶|斑块|皮疹|症状|患处|色素脱失/;
export const TREATMENT = /治疗|手术|光疗|照光|激光|移植|微针|滚针|操作|注射|打针|疗法|项目|疗程/;
/** Side effects that pass: their fading is not a cure claim. */
export const SIDE_EFFECT = /红斑|发红|泛红|红肿|脱皮|脱屑|瘙痒|刺痛|结痂|水疱|水泡|肿胀|色素沉着|晒伤|发痒|疼痛|不适|反应|针眼|伤口|创面/;

/** What a ranking ranks when it is not a clinic: 排名第一的误区, 第一大诱因, 头号杀手. */
export const RANKED_NOT_CLINIC = /^的?(?:大)?(?:误区|原因|病因|诱因|问题|错误|坏习惯|症状|死因|风险|危险因素|杀手|难题|疑问|理由|错|并发症|致病菌|过敏原)/;

/**
 * Round one hundred and sixteen (batch IH): a ranking of topics, questions or complaints, not of a clinic (论坛皮肤问题帖子排名前三：痘痘、脱发、脚气;
 * 门诊提问排行前五的困扰是…): the words right before the ranking word name posts, questions or troubles, and the sentence names no clinic of its own.
 * A volume (咨询量排名前三) ranks whoever has it, and is left.
 */
export function ranksTopics(norm: string, start: number, sentence: string): boolean {
  return /(?:帖子|话题|提问|问题|困扰|烦恼|病种|关键词|热词|热搜)(?:中|里|当中)?$/.test(norm.slice(Math.max(0, start - 8), start)) && !/本院|我院|我们|本中心|本诊所|本科室|咱们/.test(sentence);
}

/**
 * Round twenty-nine: a ranking of diseases or causes, not of a clinic (在我国恶性肿瘤发病率中，肺癌排名第一（国家癌症中心，2022年）):
 * the sentence ranks by incidence or mortality, and names no clinic of its own.
 */
export function ranksDiseases(sentence: string): boolean {
  return /(?:发病率|死亡率|患病率|发病人数|死亡人数|死因|病因|致死原因|疾病负担)/.test(sentence) && /癌|病|症|瘤|炎|伤|中风|梗/.test(sentence) && !/本院|我院|我们|本中心|本科|诊所|门诊/.test(sentence);
}

/**
 * Round sixty-six (batch EM): a promise another clinic made, reported in the story of a patient who then came to us (患者曾在外院签约治疗
 * 并被承诺无效退款，后因纠纷来我院就诊): the sentence says where the patient had been before and that the promise was received there (被承诺,
 * 被许诺, 对方声称), and, once the visit to us is set aside, names no clinic of ours. Round eighty-seven (batch GB): the patient's own account
 * (患者自述在外院被告知…) says where as plainly as 曾在外院.
 */
export function promisedElsewhere(c: RuleContext): boolean {
  const s = c.sentence.replace(/(?:后|才|再|遂|而|现)?(?:因[^,，。;!?]{0,8}?)?(?:来|到|转至|转入|转来|转诊至|就诊于)(?:我院|本院)(?:就诊|就医|复诊|诊治|求治|门诊)?/g, '');
  return (
    /(?:曾|曾经|此前|之前|先前|早先|自述|自诉|自称)(?:在|于|到)(?:外院|他院|外地|别的?(?:医院|诊所|机构)|其他(?:医院|诊所|机构)|某(?:民营|私立)?(?:医院|诊所|机构|门诊))/.test(s) &&
    /被(?:承诺|保证|许诺|告知)|对方(?:承诺|保证|声称|许诺)|(?:医院|诊所|机构)(?:曾)?(?:承诺|保证|声称|许诺)/.test(s) &&
    !/本院|我院|我们|本中心/.test(s)
  );
}

/** A clinic of ours named in the sentence: a warning about others' promises does not cover it. */
const OURS = /本院|我院|我们|本中心|本诊所/;

/**
 * Round seventy-one (batch EW): the reader told, before the promise, not to believe whoever makes it (别信那些说签约治疗、无效退款的; 千万不要相信
 * 所谓“包治”的广告): the warning comes first and points at others (那些, 所谓, 什么, 这类, 这种, 网上, 广告), and the sentence names no clinic of
 * ours. A promise after a warning about something else (别信偏方，我们保证治好) still names 我们 and stays.
 */
export function warnedBefore(c: RuleContext): boolean {
  const before = c.norm.slice(c.sentenceStart, c.start);
  return (
    /(?:别|不要|千万别|千万不要|切勿|勿|莫)(?:再)?(?:信|相信|轻信|听信|上当)[^。;!?]{0,4}?(?:那些|那种|这些|这类|这种|所谓|什么|网上|广告|有人)[^。;!?]{0,16}$/.test(before) &&
    !OURS.test(c.sentence)
  );
}

// Round one hundred and twenty-five (batch IZ): or the promise seen in quotes, the reader told to steer clear of whoever prints it (看到“无效退款”的，
// 建议直接绕开; 刷到写着“包好”这种广告，赶紧避开): what the reader comes across is someone else's offer, with no clinic of ours in the sentence.
const SEEN_BEFORE = /(?:看到|见到|遇到|碰到|听到|刷到)[^。;!?]{0,12}?[“"「][^”"」]{0,10}$/;
const STEER_CLEAR_AFTER = /^[^。;!?“"「]{0,8}?[”"」](?:[“"「][^”"」]{0,10}[”"」])?(?:这种|这类|这样的|之类的?)?[^。;!?]{0,6}?[,，]?\s?(?:建议|最好|请|千万)?(?:直接|赶紧|马上)?(?:绕开|绕道|绕着走|远离|避开|别去|不要去|拉黑|扭头就走|掉头就走|走人|换一家|别信|不要信)/;

/**
 * Round one hundred and twenty (batch IP): whichever clinic or whoever makes the promise is the one to leave (哪家诊所跟你拍胸脯说“包好”，你就换一家;
 * 谁说保证治愈，扭头就走), with no clinic of ours in the sentence.
 * Round one hundred and twenty-one (batch IR): or the one to be wary of (谁跟你说保证治好，你就要多留个心; 哪家说能包好，都得提防着点): the reader
 * told to take care instead of to walk away, a warning about someone else's promise all the same. Shared by cure-guarantee and cure-substitute,
 * whose words the same promise holds.
 */
export function whoeverPromisesWarned(c: RuleContext): boolean {
  if (SEEN_BEFORE.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 24), c.start)) && STEER_CLEAR_AFTER.test(c.norm.slice(c.end)) && !OURS.test(c.sentence)) return true;
  return (
    /(?:哪家|哪个|哪位|谁)[^。;!?]{0,16}$/.test(c.norm.slice(Math.max(c.sentenceStart, c.start - 20), c.start)) &&
    /^[^。;!?]{0,12}?(?:换一家|换家|换个(?:医院|诊所|地方|医生|大夫)|赶紧走|快跑|扭头就走|掉头就走|转身就走|别去|不要去|留(?:个|点)?心眼?|多留心|长(?:个|点)?心眼|提防|当心|小心|警惕|别信|不要信|不能信|信不得)/.test(c.norm.slice(c.end)) &&
    !OURS.test(c.sentence)
  );
}

/**
 * Round seventy-four (batch FC): the same the other way round, someone else's promise put as a condition and called a fraud after it
 * (若有人承诺“无效退款”，多半是骗局; 要是有诊所说包治，那就是骗子): a conditional on 有人 or another clinic before the promise, the
 * warning after it, and no clinic of ours in the sentence.
 */
export function warnedAfter(c: RuleContext): boolean {
  return (
    /(?:如果|若|假如|要是|倘若|如)(?:有人|有(?:些|的)?(?:医院|机构|诊所|广告|商家|医生|网站))/.test(c.norm.slice(c.sentenceStart, c.end)) &&
    /^[^。;!?]{0,16}?(?:骗局|骗人|骗子|骗钱|忽悠|虚假宣传|陷阱|不可信|不能信|别信|不要信|警惕|小心|当心|不靠谱)/.test(c.norm.slice(c.end)) &&
    !OURS.test(c.sentence)
  );
}

/**
 * Round one hundred and two (batch HG): a message box's label (【患者留言】, 患者留言墙｜) over a request or a complaint about the service (停车位太少，
 * 希望能多划几个; “周末能不能多开几个号？”) introduces no story, when no result of treatment is told; 【患者留言】用了半年，痘全消了 still does.
 */
export const MESSAGE_BOX_LABEL = /留言|反馈|评价|来信|意见/;
export const MESSAGE_BOX_STORY = /故事|日记|见证|案例|心声|感言|感谢|好评|分享|经历/;
export const MESSAGE_REQUEST = /希望|能不能|能否|可否|可不可以|麻烦|建议|太(?:少|多|难|慢|吵|挤|贵|远|冷|热|晚|早|久)了?|不够|不方便|改进|多(?:开|划|放|设|加|安排)几/;
export const MESSAGE_RESULT = /治好|好了|痊愈|治愈|消失|没了|不疼|不痛|不痒|不犯|淡了|消了|退了|复色|见效|有效|多亏|康复|好转|长出|平了|光滑/;
