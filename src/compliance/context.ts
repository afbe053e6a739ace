// Sentence context for a match: which sentence and clause it is in, whether the clause negates it,
// whether it is a question, a quotation being warned about, hedged, cited, or said about the
// clinic itself. All of this works on the normalised text (see normalize.ts).

import { cut } from '../search/index.js';

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。!?;\n…]+/g;
const CLAUSE_END_SET = new Set([...'。!?;\n…,，、:：()（）'].map((c) => c.charCodeAt(0)));

function spans(text: string, re: RegExp): Span[] {
  const out: Span[] = [];
  let from = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const to = m.index + m[0].length;
    if (to > from) out.push({ start: from, end: to });
    from = to;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}

/**
 * A "sentence" is at most this long. Text with no sentence punctuation (a pasted list of keywords,
 * 最好的治疗 根治 … repeated) would otherwise be one sentence as long as the text, and every match
 * in it would rescan it: quadratic. Real sentences of clinic pages are far shorter; an overlong run
 * is cut at its last clause mark or space before the limit, else hard.
 */
export const MAX_SENTENCE = 240;
const SOFT_BREAK = /[,，、:：()（）\s]/;

function bounded(text: string, list: Span[]): Span[] {
  if (list.every((s) => s.end - s.start <= MAX_SENTENCE)) return list;
  const out: Span[] = [];
  for (const s of list) {
    let a = s.start;
    while (s.end - a > MAX_SENTENCE) {
      let b = a + MAX_SENTENCE;
      let k = b;
      while (k > a + MAX_SENTENCE / 2 && !SOFT_BREAK.test(text[k - 1]!)) k--;
      if (k > a + MAX_SENTENCE / 2) b = k;
      out.push({ start: a, end: b });
      a = b;
    }
    out.push({ start: a, end: s.end });
  }
  return out;
}

function find(list: Span[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What is known about one sentence, computed once however many matches it holds. */
export interface SentenceInfo {
  text: string;
  rhetorical: boolean;
  question: boolean;
  hedged: boolean;
  self: boolean;
  /** A warning word anywhere in the sentence. */
  warning: boolean;
  /** End of the first reported-speech word (宣称, 警惕…) in the sentence, or -1. */
  reportedEnd: number;
  /**
   * The sentence with its quotations blanked out (same length, so offsets hold): what the writer says in their own
   * words. A quotation stops at the next opening mark too, so a run of openers with no closer (“““…) is one scan.
   */
  unquoted: string;
}

const QUOTED = /[“「『][^“「『”」』]*[”」』]/g;

/** Sentences, paragraphs and (lazily) word boundaries of one normalised text. */
export class TextContext {
  readonly sentences: Span[];
  readonly paragraphs: Span[];
  private readonly boundaries = new Map<number, Set<number>>();
  private readonly infos: (SentenceInfo | undefined)[] = [];
  private readonly paragraphMemo = new Map<string, boolean>();

  constructor(readonly text: string) {
    this.sentences = bounded(text, spans(text, SENTENCE_END));
    this.paragraphs = spans(text, /\n(?:[ \t]*\n)+/g);
    if (!this.sentences.length) this.sentences.push({ start: 0, end: 0 });
    if (!this.paragraphs.length) this.paragraphs.push({ start: 0, end: 0 });
  }

  sentenceInfo(i: number): SentenceInfo {
    let info = this.infos[i];
    if (!info) {
      const s = this.sentences[i]!;
      const text = this.text.slice(s.start, s.end);
      REPORTED_G.lastIndex = 0;
      const r = REPORTED_G.exec(text);
      // 哪家医院最好？当然是我们！: a question the clinic answers at once with itself is a claim in question form (round twelve).
      const next = this.sentences[i + 1];
      const answered = next !== undefined && QUESTION_END.test(text.replace(/[\s。]+$/, '')) ? this.text.slice(next.start, next.end) : undefined;
      const selfAnswered = answered !== undefined && SELF_ANSWER.test(answered);
      // Round fourteen: a claim posed as a question and denied by the next sentence (“神药”包治百病？没有任何药物能…) is a
      // rumour being answered, as a genuine question is.
      const denied = answered !== undefined && !selfAnswered && DENIAL_ANSWER.test(answered);
      // Round thirty-one: a why-question about the clinic that the writer answers at once with the reason (为什么说我们的治愈率高？
      // 因为…; 为什么连知名歌手都来我们医院？因为技术好) takes its premise as given: the premise is asserted, not asked. A why-question
      // about medicine (为什么痤疮治好后还会复发？因为…) explains, and stays a question.
      // Round ninety-seven (batch GW): or a why-question about another clinic's failure answered at once by blaming it (为什么大医院看不好您的老胃病？因为那里
      // 的医生根本没空细看): the failure is asserted, as the clinic's own merit is; 为什么大医院也查不出？因为这种病早期很难发现 blames the disease and stays a question.
      // Round one hundred and three (batch HH): or a why-it-is-said question answered at once with the clinic as the reason (为什么说白癜风能治好？因为我们
      //找到了病根): the clinic takes the credit, so what is said is asserted; 为什么说痤疮不能挤？因为容易留疤 explains and stays a question.
      const why = answered !== undefined && WHY_QUESTION.test(text) && WHY_ANSWER.test(answered) && (WHY_SELF.test(text) || WHY_FAST.test(text) || (WHY_OTHERS.test(text) && WHY_BLAMED.test(answered)) || (WHY_SAID.test(text) && WHY_SELF_REASON.test(answered)));
      // Round forty-nine (batch CU): a yes/no question answered yes at once (能否根治？答案是可以的。 能治好吗？当然可以！) asserts
      // what it asked: the answer makes the question's claim the writer's own.
      const affirmed = answered !== undefined && !selfAnswered && !denied && AFFIRM_ANSWER.test(answered);
      info = {
        text,
        rhetorical: (isRhetorical(text) && !denied) || selfAnswered || affirmed,
        question: (isQuestion(text) && !why) || denied,
        hedged: hedged(text),
        self: aboutSelf(text),
        warning: WARNING.test(text),
        reportedEnd: r ? s.start + r.index + r[0].length : -1,
        unquoted: text.replace(QUOTED, (q) => ' '.repeat(q.length)),
      };
      this.infos[i] = info;
    }
    return info;
  }

  /** Does the paragraph holding `pos` match `re`? Memoised per paragraph and pattern. */
  paragraphHas(pos: number, re: RegExp): boolean {
    const i = find(this.paragraphs, pos);
    const key = `${i}\u0000${re.source}\u0000${re.flags}`;
    let v = this.paragraphMemo.get(key);
    if (v === undefined) {
      const p = this.paragraphs[i]!;
      re.lastIndex = 0;
      v = re.test(this.text.slice(p.start, p.end));
      this.paragraphMemo.set(key, v);
    }
    return v;
  }

  sentenceIndexAt(pos: number): number {
    return find(this.sentences, pos);
  }

  sentenceAt(pos: number): Span {
    return this.sentences[this.sentenceIndexAt(pos)]!;
  }

  paragraphAt(pos: number): Span {
    return this.paragraphs[find(this.paragraphs, pos)]!;
  }

  private clauseMarks?: Uint8Array;

  /** The clause around [start, end): bounded by commas, colons, brackets and sentence ends. */
  clauseAt(start: number, end: number): Span {
    const s = this.sentenceAt(start);
    let marks = this.clauseMarks;
    if (!marks) {
      // One pass over the text instead of a regex test per character per match.
      marks = this.clauseMarks = new Uint8Array(this.text.length);
      for (let i = 0; i < this.text.length; i++) if (CLAUSE_END_SET.has(this.text.charCodeAt(i))) marks[i] = 1;
    }
    let a = start;
    while (a > s.start && !marks[a - 1]) a--;
    let b = end;
    while (b < s.end && !marks[b]) b++;
    return { start: a, end: b };
  }

  /**
   * Word boundaries from jieba (the search segmenter with the clinic dictionary), computed only
   * for sentences that hold a match that needs them.
   */
  private wordBoundaries(sentence: number): Set<number> {
    let set = this.boundaries.get(sentence);
    if (!set) {
      const s = this.sentences[sentence]!;
      set = new Set<number>([s.start, s.end]);
      let pos = s.start;
      for (const w of cut(this.text.slice(s.start, s.end))) {
        pos += w.length;
        set.add(pos);
      }
      this.boundaries.set(sentence, set);
    }
    return set;
  }

  aligned(start: number, end: number, how: 'word' | 'start' | 'end'): boolean {
    const b = this.wordBoundaries(this.sentenceIndexAt(start));
    if (how !== 'end' && !b.has(start)) return false;
    if (how !== 'start' && !b.has(end)) return false;
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Negation

/** Words that contain a negating character but negate nothing (不少, 非常, 无论, 区别…); round twelve: disease names (月经不调, 不孕不育, 心律不齐); round twenty-six: procedure names (无痛胃肠镜, 无创DNA检测). */
// Round twenty-eight: reassurance (红红的别慌，那是…; 不要紧张) negates no claim after it, like 别担心; a misfortune listed with
// others (会被同学孤立、找不到工作、结不了婚) is a misfortune, not a denial of the ones beside it.
// Round forty-five (batch CH): a shop's 7天无理由(退换) names a return policy; it does not negate the selling point after it
// (7天无理由+无效包退).
// Round eighty-three (batch FU): 别再拖了， / 不要拖了！ urges; it does not deny the threat told after it (别再拖了，痘痘不处理会留下永久性疤痕).
// Round fifty-nine: 没有比…更… denies anything better, which is the superlative (湿疹，没有比这更好用的特效药), not a negation of what follows.
const NOT_NEGATION =
  /没有?比(?=[^,，。;!?]{1,12}?[更还])|无痛(?=[\u4e00-\u9fff]{0,3}?(?:胃肠?镜|镜|分娩|人流|拔牙|麻醉|注射|治疗|检查|针|技术|手术|领域))|无创|当之无愧|问心无愧|无愧于?|殊不知|不少|不断|不仅|不但|不过|不错|不管|不论|不久|不同|不适|不良|不用说|不得不|不光|不只|不定期|不满|不足|不稳定|不规则|不均匀|不明显|不对称|不整齐|牙齿?不齐|不典型|不一样|不外乎|不妨|不免|不禁|不时|不料|不然|不用|不需要?|不必|不怕|不再(?=为|烦恼|犹豫|担心|自卑|困扰|痛苦|发愁|焦虑)|不要(?=担心|犹豫|害怕|怕|着急|发愁|再等|慌|紧张)|(?:不要|别)再?去|别(?=慌|紧张|担心|犹豫|害怕|怕|着急|发愁|再等)|(?:别|不要)(?=再?拖(?:了|下去|着)?[!！,，]|再?拖(?:了|下去)$)|别让|不要让|找不到(?=工作|对象|男朋友|女朋友|老婆|老公|媳妇|伴侣|另一半)|结不了婚|嫁不出去|娶不到|抬不起头|无论|无数|无需|无须|无关|无不|无一|无疑|无非|毫无疑问|(?:不要|别)再?被|久治不愈|屡治不愈|多年不愈|没抱(?:什么|多大|太大)?(?:希望|期望)|非常|非但|非节段型?|非进展期?|除非|是非|没想到|淹没|埋没|未来|别人|别的|别家|别处|区别|特别|类别|个别|分别|性别|级别|告别|差别|鉴别|识别|辨别|判别|是否|否则|能否|可否|与否|难免|难得|月经不调|(?:不|不能|无法)报销的|不孕|不育|不寐|心律不齐|不宁腿|不安腿|功能不全|闭合不全|尿不尽|排便不畅|肌无力|无理由(?=退|换|\+|[,，、]|$)|(?<=(?:胃|肠胃|脾胃|胃口|腰|肝|肾|身体|身子|睡眠|消化|血压|血糖|气色|皮肤|睡|吃))不好(?![治看办说受弄医])/g;
// Round thirty-four: declining (婉拒患者赠送锦旗, 谢绝送红包) negates what is declined, as 拒绝 does.
// Round forty-five (batch CJ): Cantonese 冇 (没有) negates as 没 does (冇一種藥係萬能嘅), and 唔好 (不要) as 不要 does (唔好信啲「包好」廣告).
// Round ninety-eight (batch GX): a complaint named with 不好 (胃不好, 睡不好, 身体不好) is the condition the sentence opens on, not a denial of the
// claim after it (睡不好不用吃安眠药，睡前泡泡脚就够了); 不好治 / 不好说 (湿疹不好治) still deny.
// Round ninety-three (batch GN): ≠ between two words denies the second as 不等于 does (明星推荐≠疗效保证, 广告≠根治).
const NEGATION = /不|没|无|未|非|别|勿|冇|唔好|难以|很难|较难|不易|否认|拒绝|婉拒|谢绝|杜绝|缺乏|缺少|尚无|谈不上|≠/g;
/** Between a negation and the claim, these show the negation belongs to a condition (不用吃药就能根治). */
// Round twenty-seven: those the result did not reach (未达标者, 无效者, 不满意者) are the condition of a promise, not its denial.
const CONDITION_BRIDGE = /就|即可|便|也能|都能|还能|照样|一样能|同样能|^(?:达标|见效|有效|满意|复色|好转|治愈|成功|成活|改善|瘦下来)者/;
/** A later table cell that calls the row's claim unfounded, a rumour or a mistake. */
const MYTH_CELL = /\|[^|\n]{0,12}?(?:(?:没有|无|缺乏)(?:任何)?(?:可靠的?|充分的?|足够的?)?(?:科学)?(?:证据|依据|根据)|(?:是)?(?:错误|谣言|误区|流言|假的)(?:的)?(?=[\s|,，。!;])|不科学|并非如此|不可信|不靠谱|没有科学)/;
/** A table row's reach on either side of a claim: a longer line is prose, and the look stays bounded. */
const ROW_REACH = 300;
/** After the claim: 根治不了, 根治是不可能的, 根治的说法没有依据. */
// Round ninety-eight (batch GY): or said not to exist right after it, as 不存在 (灵丹妙药是没有的, 神药根本没有的); 别处是没有的 says it is ours alone.
// Round thirty-one: 不了 and 不到 bind to the verb next to them; after a 、 they belong to the next item of a list (花钱挂名、一年来不了几次).
const NEGATED_AFTER =
  /^(?:(?:是|也是|根本|根本就|压根|其实是?|从来都?)没有的|[^,，。;!?、]{0,6}?(?:不了|不到)|[^,，。;!?]{0,6}?(?:是不可能|不可能|唔可能|冇可能|做不到|不存在|不成立|不可信|不靠谱|不现实|是骗|是谎言|是虚假|没有(?:科学)?(?:依据|根据)|并不存在|是错误|是夸大|属于夸大|是不科学|不科学|可能性(?:不大|很小|极低)|缺乏依据|不应(?:该)?(?:成为|作为|是)))/;
/** An outer negation around a claim that is itself negative: 并非无副作用, 不能保证不复发. */
// Round fifty-two (batch DC): 做不到 / 办不到 / 没办法 as the outer negation (医学上还做不到保证不复发, 目前没办法做到零副作用).
const OUTER_NEGATION =
  /不(?:作|做)?(?:承诺|保证|担保)|并非|并不是|不是|不等于|不代表|不意味着|谈不上|不可能|不能|无法|难以|没有(?:哪|一|任何|人)|没有(?:能|可以)(?:保证|确保|做到|担保)|冇(?:人|边个|任何)|不存在|绝非|远非|并没有|不一定|谁也不|没人|很难|不敢|不会|未必|做不到|办不到|达不到|没办法|没法/;
const CONDITIONAL = /如果|假如|倘若|若|如无|一旦|万一|如有|是否/;
/**
 * 谁说白癜风不能根治？ asks nothing and negates nothing: it asserts. Round twelve: so does asking why the clinic can do
 * it (为什么我们能做到治愈后不复发？ 我院凭什么敢承诺三个月复色？): the question presupposes the claim.
 */
// Round twenty-five: why others make it worse while we manage (为什么…在别的医院越治越重，在我们这里却能…？), why doctors send
// patients to us, what reason is left to hesitate, how long you will go on feeling ashamed: each presupposes its claim.
// Round twenty-eight: daring the reader to wait (白斑不治会癌变！你还敢拖吗？) asks nothing: it is the threat again; nor does a why
// that takes a fast result as given (为什么有的人治了半年还没好，而有的人只要5次就能复色？).
// Round thirty-two: asking the reader whether they can still wait (相亲十次有九次会被拒绝，你还能等吗？) is the threat again;
// a question without 你/您 (白斑发展很慢，还能等吗？) may be a patient's own and stays a question.
// Round thirty-eight (batch BO): the same why with the count done and the lesion named after it (为什么有的患者只做了五次治疗白斑就全部恢复了？).
// Round thirty: why others take half a year and we only a month (为什么同样的病，别的医院要治半年，我们只要一个月？).
// Round twenty-nine: why we are the better or first choice (为什么说我们是同城更好的选择？): a replacement tool's 更 for 最 is presupposed too.
// Round thirty-one: why choosing another is worse than choosing us (为什么说选别家不如选我们？), why ours beats the ordinary one (为什么说我们的
// 方案比普通钢丝牙套好那么多？), why so many say “I wish I had come sooner”, and whether the reader really dares hand a child to them
// (您真的放心把孩子的牙交给他们吗？): each presupposes its claim.
// Round forty-three (batch CC): “what is it like to …” (在本市No.1的皮肤专科做检查是什么体验？) asks nothing: it takes the place it names as given.
// Round forty-six (batch CL): the people around asked about behind the reader's back (同事背后怎么议论你，你想过吗？) is the same
// rhetorical threat.
// Round fifty-two (batch DC): why we are better than other clinics, without 说 (## 为什么我们比其他皮肤科医院更好？, 为何本院比别家门诊更专业？):
// the heading presupposes the comparison and the list under it answers; a why about people (为什么我们比别人更容易长痘？) names no clinic and stays a question.
// Round fifty-six (batch DO): the same why with the reader placed there (为什么在别的医院越治越重？ 为何去其他诊所总是治不好？).
// Round forty-five (batch CJ): why unnamed other clinics fail or cheat (为什么那些医院越治越重？ 为何有些诊所只会开激素？) takes the judgement
// of them as given: the question asserts it.
// Round forty-seven (batch CN): how to reach a cure or no relapse (如何做到断根不复发？ 怎样才能实现彻底根治？) takes it as reachable: the
// question presupposes the claim, unless the next sentence denies it.
// Round sixty-four (batch EI): the why-question may open on what both sides do alike (为什么同样治白癜风，我们比别家医院好得多？).
// Round sixty-five (batch EK): an ad's heading asking why the clinic is the reader's choice (为什么我们是您的首选？, 本院为何会是你的XX选择)
// answers itself: the claim after 是您的 stands.
// Round eighty-three (batch FU): 还怎么升职？ 以后怎么找对象？ 找不到对象怎么办？ after a flaw is the threat again, not a question.
// Round seventy-four (batch FB): 谁愿意和你做朋友？ / 谁还会跟你谈恋爱？ after a threat is rhetorical too, like 谁会靠近你.
const RHETORICAL = /(?:(?:为什么|为何)(?:说)?(?:我们|本院|我院|本中心|这里)|(?:我们|本院|我院|本中心)(?:为什么|为何))(?:是|才是|会是|能成为|成为)(?:您|你|大家)的|(?:如何|怎样|怎么)(?:才能|才可以|才可)?(?:做到|实现|达到)(?:真正的?|彻底|完全|永久)?(?:的)?(?:断根|根治|除根|不复发|永不复发|不再复发|不反弹|治愈|痊愈|完全复色)|(?:为什么|为何)(?:在|去|到|找)?(?:那些|有些|很多|不少|一些|某些|好多|别的|其他|其它|别家|外面的?)[^。;!?]{0,8}?(?:医院|诊所|机构|门诊|医生|大夫|同行|专家)[^。;!?]{0,10}?(?:越治越|治不好|看不好|只会|只知道|乱开|乱治|乱收费|骗|坑|误诊|不负责|敷衍)|是(?:一种)?什么(?:样的?)?(?:体验|感受)|(?:为什么|为何|何)不(?:来)?(?:试试|试一试|选择|找)[^。;!?]{0,4}?(?:我们|本院|我院|本中心|这里)|(?:打算|还要|还想|准备|要)单身到(?:什么时候|哪年|几岁)|怎么(?:看|想|议论|评价)(?:你|您)(?<=(?:婆家|公婆|婆婆|娘家|男方|女方|丈母娘|岳父母|对象|老公|老婆|丈夫|妻子|男友|女友|男朋友|女朋友|同事|同学|领导|面试官|亲戚|邻居)(?:人|家人|家)?(?:背后|背地里|私下里?|暗地里|心里)?(?:会|该|又会|又该)?怎么(?:看|想|议论|评价)(?:你|您))|谁说|(?:为什么|为何)(?:越来越多|这么多|那么多|很多|不少)的?(?:人|患者|顾客|宝妈|家长|病友|求美者)[^。;!?]{0,16}?(?:来|选择|信赖|找)(?:我们|本院|我院|这里|本中心)|(?:为什么|为何)(?:越来越多|这么多|那么多|很多|不少)[^。;!?“"]{0,12}?(?:人|患者|顾客|宝妈|家长|病友|求美者|姐妹|客户|用户|阿姨|叔叔|大爷|妈妈|朋友)们?(?:都|纷纷)?(?:说|夸|推荐)(?:[^。;!?]{0,16}?(?:我们|本院|我院|这里|本中心|这家)|\s?[“"「])|(?:这个家|一家人|全家|一家老小)(?:还|又)?(?:怎么|如何|靠什么)(?:撑|过|活)(?:下去)?[?？]|还要忍(?:受)?(?:多久|到什么时候)|(?:为什么|为何)[^。;!?说称传]{0,16}?(?:有的|有些)(?:人|患者)(?:只要|只需|仅需|仅用|只用|(?:只|仅|才)(?:做|照|治|用|打|涂|来)了?)(?:\d{1,3}|[一二三四五六七八九十两几半])\s?(?:个)?(?:次|天|周|个?月|个?疗程)(?:[^。;!?,，就]{0,6}?)就|(?:你|您)?还(?:敢|要|想|在)(?:拖|等|犹豫|观望)(?:下去)?(?:吗|么|多久|到什么时候)|(?:你|您)还能(?:再)?(?:拖|等)(?:下去)?(?:吗|么)|还要让[^。;!?]{0,8}?(?:忍|承受|熬|受罪|煎熬)[^。;!?]{0,10}?(?:多久|到什么时候)|当初为什么不(?:带|给|早|管)|(?:能|会)?原谅(?:你|您)?自己吗|(?:承担|负担|付)得起吗|怎么(?:见人|出门|嫁人)|还怎么(?:升职|加薪|找工作|谈恋爱|娶媳妇|交朋友|找对象)|(?:以后|将来|今后)怎么找(?:对象|男朋友|女朋友|老婆|老公|媳妇)|(?:找不到|交不到)(?:对象|男朋友|女朋友|老婆|老公|媳妇)怎么办|对得起(?:孩子|自己|家人)吗|难道|岂|怎么可能不?|何必|忍心|眼睁睁|还要等到|还要拖到|还在(?:犹豫|等|纠结|观望)什么|(?:你|您)(?:还)?(?:在)?(?:怕|担心|顾虑|犹豫|纠结|怀疑|等)(?:些)?什么|(?:为什么|为何)(?:我们|本院|我院|本中心|这里)的?(?:患者|顾客|病人|客户|学员|孩子|宝宝)|(?:怎么|如何|怎样)(?:申请|办理|领取|兑现)[^。;!?]{0,4}?(?:无效|不见效|没效果|治不好|不满意)(?:退款|退费|退钱|赔付|理赔)|(?:无效|不见效|没效果|治不好|不满意)(?:退款|退费|退钱|赔付|理赔)[^。;!?]{0,4}?(?:怎么|如何|怎样)(?:申请|办理|领取|兑现|操作)|还(?:等|犹豫)什么|哪有(?:时间|功夫|心思)|谁来(?:承担|负责)|拿什么(?:跟|向|和|对)[^,，。;!?]{0,4}?交代|想过(?:孩子|家人|老婆|老公|父母|爱人)吗|(?:生意|工作|饭碗|前途)还(?:能|保得住)[^。;!?]{0,4}?吗|(?:您|你)还怎么(?:照顾|养活|工作|上班|面对|见人|带孩子)|(?:会不会|难道不)后悔|还会(?:录用|要|娶|嫁|喜欢|雇用|聘用|看上)(?:你|您)吗|(?:为什么|为何|凭什么|怎么)(?![^。;!?]{0,24}?(?:不能|无法|不敢|不会|没法|不可能|难以|不要|不该|宣称|号称|声称))[^。;!?]{0,12}?(?:我们|本院|我院|本中心|我中心|本诊所|我科)[^。;!?]{0,20}?(?:能|可以|敢|做到)|(?:我们|本院|我院|本中心|我中心|本诊所|我科)[^。;!?]{0,6}?(?:为什么|为何|凭什么|怎么)(?![^。;!?]{0,16}?(?:不能|无法|不敢|不会|没法|不可能|难以))(?:能|可以|敢|就能|做到)|还要再?等多少天|(?:为什么|为何)[^。;!?]{0,16}?(?:别的|其他|其它|别家|外面|外院|同行|别人)[^。;!?]{0,24}?(?:我们|本院|我院|这里|本中心)[^。;!?]{0,6}?(?:却|就|能|可以|只要|只需|仅需|只用|仅用)|(?:为什么|为何)[^。;!?]{0,16}?(?:推荐|介绍|转)[^。;!?]{0,6}?(?:来|到)(?:我们|本院|我院|这里|本中心)|还有什么(?:理由|好|可|可以|要|需要|值得)?(?:不放心|放心不下|犹豫|担心|怀疑|等|拒绝|观望|顾虑|不信)|(?:是)?(?:怎么|如何|怎样)(?:被)?(?:治好|好|复色|消失|消退|痊愈|康复|瘦下来|长出来)的[?？]|还要[^。;!?]{0,8}?(?:自卑|遮遮掩掩|躲躲藏藏)[^。;!?]{0,6}?(?:多久|到什么时候)|扛(?:多久|到什么时候)|(?:怎么|怎|如何)(?:能|会|可能|敢)?(?:对|为)(?:你|您|患者|病人|顾客|孩子|客户)[^。;!?]{0,8}?负(?:责|起责)|还(?:打算|要|想|准备|能)(?:再)?(?:拖|等|忍|扛)(?:多久|到什么时候|到哪天|几年)|谁(?:还)?(?:会|愿意|想|敢|肯)(?:靠近|接近|亲近|搭理|理)(?:你|您)|谁(?:还)?(?:会|愿意|想|敢|肯)(?:和|跟|与)(?:你|您)(?:做朋友|交朋友|谈恋爱|处对象|结婚|约会|来往|玩)|敢赌吗|是什么滋味|(?:您|你)[^。;!?]{0,10}?真的只是[^。;!?]{1,8}吗|为什么(?:说|讲|都说|大家都说)[^。;!?]{0,24}?(?:不如|比不上|赶不上|远超|胜过|优于|强于)(?:选|找|来|去|到)?(?:我们|本院|我院|本中心|这里)|(?:为什么|为何)(?:说|讲|都说|大家都说)(?:我们|本院|我院|本中心|这里|这家)[^。;!?]{0,20}?(?:最|第一|唯一|领先|顶尖|首家|一流|独家|首选|之选|更(?:好|佳|优|专业|权威|先进|领先|靠谱)|比[^。;!?]{0,12}?(?:好|强|快|专业|先进|有效|安全|舒服|舒适|美观|省心))|(?:您|你)(?:真的|还|就|又)?(?:能|敢|会)?(?:放心|安心|敢|忍心)(?:把|让|将)[^。;!?]{0,16}?(?:交给|托付|送到|送去)|(?:为什么|为何)(?:选择?|找|来)?(?:(?:同样|一样|同是|都是|同为)[^。;!?比]{1,10}?[,，]\s?)?(?:我们|本院|我院|本中心|这里|这家)(?:的)?[^。;!?比]{0,8}?比(?:其他|其它|别的|别家|同行|外面的?|一般的?|普通的?|大多数|很多|不少|一些|公立|三甲|大)[^。;!?]{0,10}?(?:医院|诊所|机构|门诊|皮肤科|专科|同行|医生|大夫|美容院|美容店)[^。;!?]{0,6}?(?:更|还|要)?(?:好|强|快|专业|先进|有效|安全|靠谱|优秀|出色)/;

function masked(s: string): string {
  return s.replace(NOT_NEGATION, (w) => '＿'.repeat(w.length));
}

/**
 * Round fifty-one (batch CY): a negation inside a quotation closed before the match (“孩子的湿疹再也没犯过”——来自一位宝妈的真实反馈)
 * belongs to the quoted words, it does not deny what follows the quotation. A negation before the opening quote still governs
 * (没有“特效药”可以根治), and a match inside a quotation is left alone (nothing closes between it and the negation).
 */
function quotedNegationMasked(win: string): string {
  const close = Math.max(win.lastIndexOf('”'), win.lastIndexOf('」'), win.lastIndexOf('』'));
  if (close < 0 || /[“「『]/.test(win.slice(close + 1))) return win;
  const open = Math.max(win.lastIndexOf('“', close), win.lastIndexOf('「', close), win.lastIndexOf('『', close));
  const from = open >= 0 ? open + 1 : 0;
  return win.slice(0, from) + '＿'.repeat(close - from) + win.slice(close);
}

/** The clause text before the match, at most `max` characters. */
function before(ctx: TextContext, clause: Span, start: number, max: number): string {
  return ctx.text.slice(Math.max(clause.start, start - max), start);
}

/** A universal negation scopes over its whole clause, however long: 没有哪一种疗法对所有患者都是最好的. */
const QUOTED_AFTER_DENIAL =
  /(?:不|从不|绝不|决不|并不|从未|不会|不能|无法|不敢|拒绝)(?:会|能|可以|再)?(?:向|对|给|跟)?(?:您|你|患者|大家|家长|任何人)?(?:作出?|做出?|轻易)?(?:承诺|保证|担保|许诺|宣传|提供|使用|打出)[^。;!?“”"「」『』]{0,4}?(?:[“"「『][^”"」』“「『\n]{1,12}[”"」』]\s?(?:[、,，]|或者?|和|及|与|或是)?\s?){0,4}[“"「『][^”"」』“「『\n]{0,12}$/;
// Round one hundred and ten (batch HV): a promise denied for any course (我们不承诺任何疗程能在固定的天数内让痘痘全部消退) scopes as 没有任何 does.
const UNIVERSAL_NEGATION = /没有(?:哪|任何|一种|一个|一家)|冇(?:边|哪|任何|一种|一个|一家)|并非所有|不是所有|不存在(?:任何|哪)|(?:不|从不|绝不)(?:作|做)?(?:承诺|保证|担保)任何/;

/**
 * "There is no … that …" before the term it qualifies: 目前还没有能让所有患者都复色的特效药. The
 * 没有 opens the clause or follows a time or place frame, and the term comes right after the 的 of
 * the long modifier; a 没有 inside the modifier (一种没有副作用的特效药) is not existential.
 */
// Round fifty-nine (batch DX): or follows the disease as the topic of the clause (痤疮没有一用就好的神奇药物, 湿疹目前并没有一抹就灵的特效药).
// Round one hundred and five (batch HL): or follows 世上 or 天底下 as the place frame (世上没有一抹就好的神药, 天底下没有一吃就灵的仙丹), as 世界上 does.
// Not 没有比…更…的 (湿疹，没有比这更好用的特效药): that denies anything better, a superlative, not the wonder drug.
const EXISTENTIAL_NEGATION = /(?:^|目前|至今|现在|暂时|如今|世界上|(?:这个?)?世上|天底下|天下|市面上|医学上|^(?:白癜风|白斑|银屑病|牛皮癣|湿疹|痤疮|痘痘|斑秃|脱发|荨麻疹|黄褐斑|皮炎)(?:目前|至今|现在)?)(?:还|尚|也|并)?(?:没有|尚无|并无|暂无)(?!比)[^,，。;!?]{4,30}的$/;

// Round one hundred and ten (batch HV): "there is no …" whose modifier runs on through the claim to 的 and the remedy (世界上没有什么抹两天就能根除
// 湿疹的神药; 市面上并没有一抹就能根治脚气的药膏): the claim is inside what is said not to exist; 没有什么我们根治不了的皮肤病 names no remedy and stays.
// Round one hundred and eighteen (batch IL): the rhetorical question says the same (哪有什么一劳永逸的祛斑方法; 世上哪来包治百病的神药): 哪有 / 哪来 deny
// that the remedy exists; 哪有我们治不好的 names no remedy after it and stays. The remedy may carry its own purpose first (…的祛斑方法, …的修护精华).
const EXISTENTIAL_OPEN = /(?:^|目前|至今|现在|如今|世界上|(?:这个?)?世上|天底下|天下|市面上|医学上)(?:还|尚|也|并|根本|压根)?(?:没有|尚无|并无|暂无|哪(?:里|儿)?有|哪来的?)(?!比)(?:什么|任何|哪种|哪一种|一种)?[^,，。;!?]{0,14}$/;
const REMEDY_AFTER = /^[^,，。;!?]{1,14}?的(?:[\u4e00-\u9fff]{1,4}?)?(?:神药|特效药|灵药|药物?|药膏|药水|方法|办法|疗法|仙丹|偏方|秘方|妙方|产品|精华|面霜|面膜|护肤品)/;

/** A denial of any item opening a list (不开展任何干细胞、…; 从不使用任何偏方、…): the first item's 、 follows it. */
const ANY_DENIED_LIST = /(?:不|未|从不|绝不|没有?|禁止|严禁|拒绝|杜绝)[\u4e00-\u9fff]{0,4}?任何[^,，。;!?、]{0,12}、$/;
/** A list closed by 等 after the match (…返现、赠送等方式): the items share the negation before the first one. */
const LIST_CLOSED = /^[^,，。;!?]{0,12}?等/;
/** After a negation, a verb of hoping or believing: 不能指望, 别指望, 不要幻想, 不要相信. */
/** Round twenty-five: a negated verb of saying or promising (不敢说每个人都能治好) governs the whole claim after it, 都能 included. */
const HOPE_AFTER_NEGATION = /^(?:能|要|可能|可|用|必|应)?(?:指望|奢望|期望|期待|幻想|想着|相信|轻信)|^(?:敢|能|会|可以)(?:说|讲|打包票|保证|承诺|担保)/;

export function negatedBefore(ctx: TextContext, clause: Span, start: number): boolean {
  // 不得以打折、返现、赠送等方式诱导: the 、 ends the clause, but the negation governs every item of the list.
  // Round eighty-six (batch GA): so does a denial of "any" before the first item (本院不开展任何干细胞、基因编辑类项目; 不聘请任何代言人、推荐官),
  // for an item that opens its place in the list: 不收任何费用、疗效显著 is two clauses, and the second item's own words are not reached.
  if (ctx.text[clause.start - 1] === '、' && (LIST_CLOSED.test(ctx.text.slice(start, start + 16)) || start - clause.start <= 2)) {
    let a = clause.start - 1;
    for (let items = 0; items < 4 && a > 0 && start - a < 30; items++) {
      while (a > 0 && !CLAUSE_END_SET.has(ctx.text.charCodeAt(a - 1))) a--;
      if (ctx.text[a - 1] !== '、') break;
      a--;
    }
    const from = Math.max(a, ctx.sentenceAt(start).start);
    if (LIST_CLOSED.test(ctx.text.slice(start, start + 16)) || ANY_DENIED_LIST.test(ctx.text.slice(from, clause.start)))
      clause = { start: from, end: clause.end };
  }
  // Round eighteen: a table cell is its own clause for a negation before the claim: | 无痛胃镜 | 全市首家引进 |, the 无 of
  // the first cell does not govern the second (a cell's own 不是首家 still does).
  // Looked for inside the clause only: a search back through the whole text for every claim would
  // cost the text's length per match on a text without tables.
  const bar = ctx.text.slice(clause.start, start).lastIndexOf('|');
  if (bar >= 0) clause = { start: clause.start + bar + 1, end: clause.end };
  // Round thirty-seven (batch BM): a closed bracketed label is its own clause too: 【无刺激配方】适合所有肤质, the 无 of the label
  // does not govern the claim after it (a label's own 【不适合所有人】 still does).
  const label = ctx.text.slice(clause.start, start).lastIndexOf('】');
  if (label >= 0) clause = { start: clause.start + label + 1, end: clause.end };
  const whole = ctx.text.slice(clause.start, start);
  if (UNIVERSAL_NEGATION.test(whole) && !CONDITION_BRIDGE.test(whole)) return true;
  if (EXISTENTIAL_NEGATION.test(whole)) return true;
  if (EXISTENTIAL_OPEN.test(whole) && REMEDY_AFTER.test(ctx.text.slice(start, Math.min(clause.end, start + 24)))) return true;
  // Round forty-four (batch CG): a quoted claim in a list of quoted claims after a negated promise (我们不会向您承诺“几天见效”或“彻底根治”;
  // 本院不作“包治”“速效”之类的宣传): the negation governs every quoted item, however far the last one is from it.
  if (QUOTED_AFTER_DENIAL.test(whole)) return true;
  const win = quotedNegationMasked(masked(before(ctx, clause, start, 14)));
  let last = -1;
  let word = '';
  NEGATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEGATION.exec(win))) {
    last = m.index + m[0].length;
    word = m[0];
  }
  if (last < 0) return false;
  // Round thirty-six: 因为他们没有我们的祖传古方: what the others lack is what the writer claims as the clinic's own; the
  // negation says the others do not have it, it does not deny the claim.
  if (/^(?:没|缺乏|缺少)$/.test(word) && /^有?(?:我们|咱们|咱家|我家|本院|我院|本馆|本店|本中心|本诊所)的/.test(win.slice(last))) return false;
  // 不像某些机构那样乱开项目: a contrast that asserts what the others do, not a negation of it.
  // Round seventeen: so is 不像 before an unnamed other (不像有些医院只会一味开刀).
  if (win.slice(last - 1, last + 1) === '不像' && (/^[^。;!?]{0,20}?(?:那样|那般|一样)/.test(ctx.text.slice(start, start + 24)) || /^(?:有些|有的|某些|一些|很多|不少|其他|其它|别的|别家|那些|个别|部分|外面|普通|一般)/.test(ctx.text.slice(start, start + 4)))) return false;
  // 不能指望一次就彻底解决: the negation governs a hope, and the 就 inside it is part of the hoped-for claim.
  if (HOPE_AFTER_NEGATION.test(win.slice(last))) return true;
  // Round thirty: 并不是疗程结束就等于痊愈, 不是吃了药就能好: 不是 denies the whole clause with its 就, it sets no condition
  // (不是…就是… is an either-or, and stays as it was).
  if ((win.slice(last - 1, last + 1) === '不是' || /(?:并|绝)非$/.test(win.slice(0, last))) && /就(?!是)/.test(win.slice(last))) return true;
  return !CONDITION_BRIDGE.test(win.slice(last));
}

/** Later in the sentence: 根治白癜风是很多人的愿望，但目前还做不到. */
const DISOWNED_LATER = /(?:但|可是|然而|不过|只是|其实|实际上|事实上)[^。!?;]{0,10}(?:做不到|无法实现|不可能|不现实|没有办法|无法做到|还不能|尚不能|尚无法|还无法)/;

/**
 * Round thirty-eight (batch BO): a result someone else reported (有家长说孩子用药一个月白斑就没了), then answered in the same sentence
 * as proving nothing (其实…不能据此认为某种药有奇效): hearsay being corrected, not the clinic's claim.
 */
const HEARSAY_BEFORE = /^[^。!?;]{0,6}?(?:有|也有|常有|总有|不少|很多|一些|有些|有的)(?:的)?(?:家长|患者|病友|网友|人|宝妈|朋友|读者)(?:跟我们|对我们|向我们)?(?:说|称|讲|反映|提到|以为|觉得)/;
const REBUTTED_LATER = /^[^。!?;]{0,40}?(?:其实|实际上|事实上|但|但是|可是|不过)[^。!?;]{0,30}?(?:不能据此|不能因此|不能凭此|并不能说明|不能说明|不能证明|没有(?:科学)?依据|缺乏依据|并无依据|并非如此)/;
/**
 * Round seventy (batch ET): a claim granted only as a concession (即使白斑全部消退，也不代表不会再长; 就算化验正常了，也不等于痊愈):
 * 即使 / 即便 / 就算 / 哪怕 just before it in its clause, and the next clause says it does not mean what the claim would.
 */
const CONCESSION_BEFORE = /(?:即使|即便|就算|哪怕|纵然|纵使)[^,，。!?;]{0,12}$/;
// Round seventy-five (batch FD): or warns that it may come back (即使白斑全部复色，也有复发的可能; 就算皮疹消退了，仍可能反复).
const CONCESSION_DENIED_LATER = /^[^,，。!?;]{0,8}?[,，]\s?(?:也|都|仍然?|还是|依然|依旧)?(?:(?:并)?(?:不代表|不等于|不意味着|不说明|不能说明|不能代表|不能算)|(?:有|存在|可能|会|有可能)(?:一定的?)?(?:复发|反弹|再发|反复))/;

const MISFORTUNE_AFTER = /^、(?:找不到(?:工作|对象|男朋友|女朋友|老婆|老公|媳妇|伴侣|另一半)|结不了婚|嫁不出去|娶不到|抬不起头)/;

export function negatedAfter(ctx: TextContext, clause: Span, end: number): boolean {
  // The window stops at a line break: the next list item or table row (- 复诊率不到1%) negates nothing on this line.
  // Round twenty-eight: the next misfortune of a list (被同学孤立、找不到工作、结不了婚) does not deny this one.
  const after = ctx.text.slice(end, Math.min(clause.end + 12, end + 16)).replace(MISFORTUNE_AFTER, (w) => '＿'.repeat(w.length));
  const br = after.indexOf('\n');
  if (NEGATED_AFTER.test(br >= 0 ? after.slice(0, br) : after)) return true;
  // Round fourteen: a table row whose later cell calls the claim unfounded (| 偏方能治好白癜风 | 目前没有证据支持 |).
  if (/\|/.test(ctx.text.slice(end, end + 40))) {
    const before = ctx.text.slice(Math.max(0, end - ROW_REACH), end);
    const nl = before.lastIndexOf('\n');
    const rowHead = nl >= 0 ? before.slice(nl + 1) : end <= ROW_REACH ? before : undefined;
    const ahead = ctx.text.slice(end, end + ROW_REACH);
    const cut = ahead.indexOf('\n');
    if (rowHead !== undefined && /^\s*\|/.test(rowHead) && MYTH_CELL.test(cut >= 0 ? ahead.slice(0, cut) : ahead)) return true;
  }
  const s = ctx.sentenceAt(end > 0 ? end - 1 : 0);
  if (HEARSAY_BEFORE.test(ctx.text.slice(s.start, end)) && REBUTTED_LATER.test(ctx.text.slice(end, s.end))) return true;
  if (CONCESSION_BEFORE.test(ctx.text.slice(s.start, end)) && CONCESSION_DENIED_LATER.test(ctx.text.slice(end, s.end))) return true;
  return DISOWNED_LATER.test(ctx.text.slice(end, s.end));
}

/** For claims made of a negation (无副作用): an outer negation or a condition clears them. */
export function outerNegated(ctx: TextContext, clause: Span, start: number): boolean {
  const win = before(ctx, clause, start, 14);
  if (OUTER_NEGATION.test(win)) return true;
  // Round seventy-five (batch FD): the condition is the treatment succeeding and the claim is what follows from it (毛囊一旦成活终身有效,
  // 白斑一旦复色就不会再退): the promise is the consequent, not a hypothesis. A claim inside the condition itself (一旦治愈后不复发，就可以停药;
  // 一旦复色后不反弹的话…) stays conditional, and so does 如果 / 若, a hypothesis (如果治愈后不复发，说明…).
  if (CONDITION_MET.test(win) && !/^[^,，。;!?]{0,12}?的话|^[^,，。;!?]{0,12}?[,，]\s?(?:就|则|便|那么|那就|才|再|说明|表明|证明|意味着)/.test(ctx.text.slice(start, clause.end + 6))) return false;
  // 如无不良反应: the condition word sits right against the claim.
  return CONDITIONAL.test(win) || /(?:如|若|倘)$/.test(win);
}
const CONDITION_MET = /(?:一旦|只要)[^,，。;!?]{0,8}?(?:成活|存活|复色|治愈|痊愈|治好|康复|断根|除根|见效|达标)(?:了|后|以后|之后)?[,，]?\s?(?:就|便|即|也|都|则)?(?:可以|能|会)?$/;

// Round fifty-six (batch DP): a story teaser asks after someone introduced by their illness (荨麻疹反复发作8年的她，如今怎样了？
// 满脸痘痘的他，后来怎么样了？): the writer knows the answer and is about to tell it; a reader asking after a named person asks.
const STORY_TEASER = /的(?:她|他|她们|他们|ta|ta们)[,，]?\s?(?:如今|现在|后来|最后|今天|一年后|半年后|三年后)(?:过得)?(?:怎样|怎么样|如何|变成什么样)了?/;

export function isRhetorical(sentence: string): boolean {
  return RHETORICAL.test(sentence) || STORY_TEASER.test(sentence);
}

// ---------------------------------------------------------------------------------------------
// Questions, quotations and warnings, hedges, self-reference, citations

// 同事都追着问她用了什么。: a sentence that ends in 什么 without a question mark reports a question, it does not ask one.
const QUESTION_END = /(?:[?]|吗|(?<!什)么|呢)["”’」』)）\s]*$/;
// Round twelve: a yes/no question about suitability or safety has no question word of its own (纯中药调理，更适合长期服用吗？).
// 打完封闭针当场就不疼了吗？: 就…了吗 asks whether a result comes that soon; it has no question word either.
// Round forty-nine (batch CU): nor does asking whether a result has come (荨麻疹治好了吗？ 白斑消退了吗？).
// A line of a Q&A page that starts with 问：asks, whatever its wording (你们有优惠活动吗？) (round twelve).
// Round fifty-nine (batch DY): the 问： may follow a short section label (团购问答：问：…, 【问答】问：…, 热门问答｜问：…).
// Round sixty-four (batch EI): so does a reader's message on the clinic's board labelled 留言： or 咨询： (网友留言：你们比别的医院好吗？).
// Round seventy-five (batch FD): so does an interviewer's line in a transcript (记者问：… 主持人：… 媒体提问：…), and a yes/no question that
// addresses the clinic as 贵院 / 贵科 (贵院的疗效比三甲医院好吗？): only an outsider calls it that, and the clinic's answer is checked on its own.
const QUESTION_WORD = /^\s*(?:(?:[\u4e00-\u9fff]{1,6}[:：|｜]|[【\[][\u4e00-\u9fff]{1,6}[】\]])\s?)?(?:问|提问|网友问|患者问|读者问|q|(?:网友|患者|读者|家长|病友|用户)?(?:留言|咨询)|(?:记者|主持人|媒体|采访者)(?:问|提问)?)\s?[:：]|贵(?:院|科|中心|诊所|医院|门诊)[^。;!?？]{0,16}?(?:吗|么)|能否|能不能|可不可以|可否|是否|会不会|有没有|是不是|能.{0,14}吗|可以.{0,14}吗|会.{0,14}吗|真的.{0,14}吗|(?:适合|合适|安全|要紧|严重|正常|管用|可行|需要|必要|应该).{0,14}吗|(?:可信|靠谱|可靠|信得过)吗|就.{0,12}了吗|(?:(?:治|医)?好|(?:治|痊)愈|康复|复色|断根|好转|消退|消失)了(?:吗|么)|怎么|如何|为什么|哪些|哪(?:家|个|种|位|里|儿|款)|什么|多久|(?<![好这])几(?!乎)/;

/** The next sentence answers with the clinic itself, affirmatively: 当然是我们！ 答：首选本院。 本院！ */
// Round thirty-one: or sets itself against what the question said of others (…是不是只会给你开药？在我们这里完全不一样。).
const SELF_ANSWER = /^\s*(?:答\s?[:：]\s*)?(?:(?:在)?(?:我们|本院|我院|本中心)(?:这里|这儿)?[^,，。;!?]{0,4}?(?:完全|可|就|绝对|却|则)?(?:不一样|不同(?!意)|不会这样|从不这样|从来不会)|(?:当然|肯定|自然|毫无疑问|无疑|必须|首选|就|正)(?:是|选|来|找)?[^,，。;!?]{0,2}?(?:我们|本院|我院|本中心|这里|这家)|(?:我们|本院|我院|本中心)\s*[!！。~～]*\s*$|非(?:我们|本院|我院|本中心)莫属)/;

/** Round forty-nine (batch CU): the next sentence answers yes outright: 答案是肯定的 / 可以的 / 能的, 当然可以, 肯定能. */
const AFFIRM_ANSWER = /^\s*(?:答\s?[:：]\s*)?(?:答案(?:当然|无疑|毫无疑问)?(?:是)?(?:肯定|可以|能|会)的|(?:当然|肯定|绝对|完全)(?:是)?(?:可以|能)(?:的|啊|呀)?(?=[\s!！。，,~～]|$))/;

/** Round thirty-one: a why-question (为什么说…, 为何连…都…) and the next sentence giving the reason (因为…, 原因很简单…, 秘诀在于…). */
const WHY_QUESTION = /(?:为什么|为何|凭什么|怎么(?=会|能))[^。;!?]{2,}/;
const WHY_SELF = /我们|咱们|本院|我院|本中心|本诊所|这里|这家|我家|他家/;
const WHY_SAID = /(?:为什么|为何)(?:敢)?(?:说|讲)/;
const WHY_SELF_REASON = /^\s*(?:答\s?[:：]\s*)?因为[^。;!?,，]{0,4}?(?:我们|咱们|本院|我院|本中心|本诊所|本店)/;
const WHY_OTHERS = /(?:大医院|别的医院|其他医院|其它医院|普通医院|公立医院|一般医院|三甲医院|别家|外面的?(?:医院|诊所|机构|店)|小诊所|外院|他院|别处)[^。;!?]{0,8}?(?:看不好|治不好|查不出|治不了|看不了|解决不了|没办法|只会|只能|总是|老是)/;
const WHY_BLAMED = /^[^。;!?]{0,8}?(?:他们|那里|那儿|那边|那些|人家|(?:那里|那儿|那边|他们)?的?(?:医生|大夫|专家))/;
// Round one hundred and four (batch HJ): a why-question that takes a result within a span as given (为什么说二十一天能把痘印淡掉？因为…;
// 为什么十天就能止痒？因为…), answered at once with the reason, asserts the result as the clinic's own merit would be; a span before 才
// (为什么痘印要三个月才能淡？) is how slowly it goes, and a claim put in another's mouth (为什么有人说七天就能根治？) is asked about.
const WHY_FAST = /(?:为什么|为何)(?![^。;!?]{0,10}?(?:有人|别人|网上|广告|传言|号称|宣称|声称|据说|听说|都说))(?:说|讲)?[^。;!?]{0,10}?(?:\d{1,3}|[一二三四五六七八九十两几半]{1,3})\s?(?:个)?(?:天|周|星期|个?月|次|针|个?疗程)(?:内|之内|左右|后|下来)?[^,，。;!?才要得需]{0,6}?(?:就能?|便能?|即可|能|可以)/;
const WHY_ANSWER = /^\s*(?:答\s?[:：]\s*)?(?:因为|原因(?:很简单|就在于|在于|是|有[二两三几])|秘诀(?:就)?在于|关键(?:就)?在于|答案(?:很简单|就是))/;

/** The next sentence denies the question's claim outright: 没有任何药物能…, 并非如此, 答案是否定的, 这是谣言. */
// Session thirty-three (after round seventy-eight): or answers a worry put to the reader by telling them not to have it
// (担心没人愿意和你做朋友？其实朋友在意的是你这个人，不必焦虑。 怕留疤？放心，…无需过于担心): the worry is the reader's, named to be
// answered, not a threat; the reassurance must itself say not to worry (别担心, or 其实/放心 … 不必自卑), so 其实… alone is no denial,
// and one that brings in the clinic (放心，来我院治疗…) answers with a sale, not a reassurance.
// Round one hundred and two (batch HF): or told at once not to be believed (明星都说好用吗？别信; 三天就能好？千万别信！), as 这是谣言 is.
// Round one hundred and five (batch HL): the next sentence may name the question as a saying and deny it (没有我们看不了的病？这种说法不可信; 万能药膏？
// 这类宣传没有科学依据): the rumour is answered, as after 不可信 alone.
const DENIAL_ANSWER = /^\s*(?:答\s?[:：]\s*)?(?:(?:这(?:种|类|个|样的)?|此)(?:说法|话|广告语?|宣传语?)(?:根本|完全|并|其实)?(?:不可信|不靠谱|不成立|站不住脚?|没有(?:科学)?(?:依据|根据)|是错的|是错误的)|没有任何|并非|并不是|不是真的|当然不(?:是|能|会|可能)|不可能|根本不|这是(?:误区|谣言|误解|错误的?)|答案是否定的|错[!！。，,]|(?:千万)?(?:别|不要|莫)(?:轻|盲目)?(?:信|相信|上当)(?=[!！。，,~～]|$)|不可信(?=[!！。，,~～]|$)|其实(?:不|没有|并非)|没有(?:科学)?(?:依据|证据|根据)|(?![^。;!?]*?(?:我院|本院|我们|本中心|来院|到院|预约))(?:(?:别|不用|不必|无需|用不着)(?:太|过于|过分|过度)?(?:担心|害怕|焦虑|紧张|发愁)|(?:其实|放心)[^。;!?]{0,30}?(?:不必|无需|不用|用不着|别)[^。;!?]{0,4}?(?:焦虑|担心|害怕|自卑|紧张|恐慌|发愁)))/;

/**
 * Round thirty-six: a statement, then an invitation to come in asked as a question (再这样下去就是肝硬化、肝癌三部曲，您今天能过来吗？):
 * the question asks about the visit, not about the claim before it. `upTo` is the sentence from its start to the claim's end, `rest`
 * the sentence after the claim; the claim must stand in an earlier clause with no question word of its own.
 */
export function invitationAfter(upTo: string, rest: string): boolean {
  // Round sixty-one (batch EB): a speaker or a column that answers, then the question after a colon (权威专家陈主任解答：痤疮为什么总反复？;
  // 名医告诉你：湿疹能不能洗澡？): the question is the one being answered, and the clause before the colon, with its title, is asserted.
  const colon = rest.search(/[:：]/);
  if (colon >= 0 && !/[,，]/.test(rest.slice(0, colon))) {
    const label = upTo + rest.slice(0, colon);
    if (!QUESTION_WORD.test(label) && ANSWERS_QUESTION.test(label)) return true;
  }
  const comma = rest.search(/[,，]/);
  if (comma < 0) return false;
  const head = upTo + rest.slice(0, comma);
  if (QUESTION_WORD.test(head)) return false;
  const tail = rest.slice(comma + 1);
  return INVITATION_TAIL.test(tail) || ASKED_BACK.test(tail) || RHETORICAL_TAIL.test(tail);
}
/**
 * Round ninety-four (batch GQ): a statement, then a rhetorical tail that can only mean no (看病三分钟就打发人，哪里会细问孩子的过敏史？;
 * 他们只认钱，哪会替你着想？; 连消毒都不做，岂能放心？): the tail asks nothing, and the clause before it is asserted. 哪里 with 能 (哪里能买到？)
 * and 怎么会 (怎么会突然发烧？) are genuine questions and are not read.
 */
const RHETORICAL_TAIL = /^\s*(?:那|他们|人家|又|还)?(?:(?:哪里|哪儿|哪)(?:还|又)?(?:会|肯|可能|有(?:空|时间|心思|工夫|精力))|哪能|怎能|岂能|岂会)[^,，。;!?]{1,20}?[?？!！]?\s*$/;
const ANSWERS_QUESTION = /(?:解答|答疑|回答|告诉(?:你|您|大家)|讲解|详解|解读|支招|解惑|答网友问|答读者问)\s*$/;
// Round fifty-seven (batch DR): or asked whether they want the same (…她亲口说“现在终于能睡整觉了”，您也想告别瘙痒吗？).
// Round thirty-nine (batch BQ): a statement, then the reader asked about themselves (大部分学员在第14天已经告别便秘，您感觉如何？):
// the question is the reader's own, and the clause before it is asserted.
const ASKED_BACK = /^\s*(?:那|而)?(?:您|你)(?:们)?(?:(?:是不是|是否)?也(?:想|希望|渴望|想要|盼着)[^,，。;!?]{1,12}?(?:吗|么)|呢|(?:现在|今天|最近|这几天)?(?:感觉|觉得|体验|情况)(?:如何|怎么样|怎样|还好)(?:了|呢)?|(?:也)?(?:做到|达到|坚持|感觉到)了?(?:吗|么|没有?))\s*[?？]?\s*$/;
const INVITATION_TAIL = /^\s*(?:那)?(?:您|你)?(?:看)?(?:今天|明天|今晚|这周|本周|周末|下午|上午|最近|这两天|什么时候)?(?:能|可以|方便|有空|要不要|考虑)?[^,，。;!?]{0,6}?(?:过来|来院|到院|来一趟|来医院|来门诊|预约|挂号|约个?号)[^,，。;!?]{0,4}?(?:吗|么|呢)?\s*[?？]?\s*$/;

/** A genuine question: 白癜风能根治吗？ 会不会留疤？ */
export function isQuestion(sentence: string): boolean {
  const s = sentence.replace(/[\s。]+$/, '');
  return QUESTION_END.test(s) && QUESTION_WORD.test(s) && !RHETORICAL.test(s);
}

const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['"', '"'],
];

/** Is [start, end) inside a pair of quotation marks (or a 《title》) within its sentence? */
export function quotedBy(ctx: TextContext, sentence: Span, start: number, end: number, pairs: [string, string][] = QUOTE_PAIRS): boolean {
  // Only within the sentence: an unbounded lastIndexOf/indexOf per match is quadratic on a long text.
  const s = ctx.text.slice(sentence.start, sentence.end);
  const a = start - sentence.start;
  const e = end - sentence.start;
  for (const [open, close] of pairs) {
    if (a <= 0) break;
    const o = s.lastIndexOf(open, a - 1);
    if (o < 0) continue;
    if (open === close) {
      // Straight quotes: inside if an odd number of them precede the match in the sentence.
      let n = 0;
      for (let i = 0; i < a; i++) if (s[i] === open) n++;
      if (n % 2 === 1 && s.indexOf(close, e) >= 0) return true;
      continue;
    }
    const c = s.indexOf(close, o + 1);
    if (c >= e) return true;
    // The closing mark may be the character right after the sentence's end.
    if (c < 0 && ctx.text[sentence.end] === close && sentence.end >= end) return true;
  }
  return false;
}

export function inTitle(ctx: TextContext, sentence: Span, start: number, end: number): boolean {
  return quotedBy(ctx, sentence, start, end, [['《', '》']]);
}

/** Words that show a sentence warns about, or distances itself from, what it quotes. */
// Round sixty-nine (batch ER): 改写 with the body or a life as its object (改写你的致病基因, 改写命运, 改写肤质) is the claim's own verb, not an editor's note.
// Round thirty-nine (batch BS): vigilance let down (患者常因症状时轻时重而放松警惕) warns about nothing; the claim after it is the writer's.
// Round twenty-one: a style guide or a reviewer's note quoting the wording it corrects (不规范示例——“…”, “效果显然”应改为“效果明显”).
// Round sixty-six (batch EL): a staff rule forbidding quoted words (禁止说“…”, 严禁对顾客讲“…”, 不要跟患者说“…”) names what not to say.
// Round sixty-six (batch EL): a live-stream or sales script's own label before a colon (直播话术：“…”, 带货话术：“…”) introduces the
// lines to be spoken, not a warning about them: what follows is the seller's own claim.
// Round eighty-five (batch FY): so does a shop clerk's or salesperson's script label (导购话术：“…”, 店员话术：“…”, 销售话术：“…”).
// Round ninety-one (batch GK): and a fair booth's or street promoter's script label (展位话术：“…”, 展台话术：“…”, 地推话术：“…”, 门店话术：“…”).
// Round ninety-one (batch GK): a consumer association's tip or warning (消费提示：, 消费警示, 消协提醒：) quotes the ads' words to warn of them.
// Round seventy-three (batch EZ): so does a call script's own label opening the sentence (回访话术：“…”, 话术第二步：“…”, 电话话术：“…”).
// Round ninety-six (batch GU): a quoted word said to be rewritten to slip past the censors (把“根治”改成“根*治”并不能躲过监管, 绕过平台审核):
// the words are discussed, not used.
// Round one hundred and three (batch HH): telling the reader to read the ingredients or the label (写着“不含激素”的药膏，也要看清成分表) warns about
// the quoted words; only a quotation is lowered by it, so 我们的药膏不含激素，看清成分表就知道 is still read.
// Round one hundred and twenty-five (batch JA): the reader told not to believe it lightly, with an adverb between (说“三天断根”的护手霜，别轻易信;
// “一抹就好”的话不要随便信): the quoted words are warned about as with 别信; only a quotation is lowered by it.
const WARNING =
  /(?:是|很|非常|十分|相当|极其|极为)危险|不能(?:说明|证明)[^。!?;]{0,6}?(?:有效|管用|有用|疗效)|(?<!放松|失去|丧失|降低|放下|麻痹)警惕|谨防|提防|小心|当心|识别|识破|辨别|看清楚?(?:成分|说明书|标签|配料|批准文号|批号)|揭穿|不要(?:相信|轻信|迷信|被)|请?勿(?:相信|轻信|听信|迷信)|听信|别被|(?<!客服|标准|推荐|接待|沟通|前台|电话|销售培训)话术(?!要点|模板|范例|示范|培训|练习)(?<!(?:直播|带货|主播|口播|直播间|导购|店员|柜台|推销|销售|展位|展台|展会|摊位|地推|门店|会销)话术(?=\s?[:：]))(?<!^[#\s]*(?:回访|随访|复诊|邀约|召回|唤醒|客服|前台)?(?:电话)?话术(?=\s?(?:第[一二三四五六七八九十\d]{1,2}[步条句段])?\s?[:：]))|不得(?:含有|出现|使用|宣传|以)|(?:禁止|严禁|不准|不许|不得|不要|切勿|别)(?:对|向|跟|和)?(?:患者|顾客|客户|家长|粉丝|观众|病人|大家)?(?:说|讲|提|喊|讲出|说出)(?=\s?[“"「『])|(?:禁止|严禁)(?:使用|出现|宣传|含有)|明令禁止|别(?:相信|轻信|信)|(?:别|不要)(?:轻易|随便|随意|盲目|乱)(?:相信|信|听)|(?:千万|可)?(?:别|不要|莫)(?:再)?(?:买|购买|掏钱买|花钱买)(?=[,，。;!?！~～]|$)|切勿|轻信|迷信|不可信|不靠谱|不科学|没有(?:任何|可靠的?|科学|足够的?){0,2}(?:依据|根据|证据)|虚假|骗局|陷阱|留(?:个|点)心眼|夸大|违规|违法|噱头|套路|谎言|忽悠|误导|上当|受骗|骗人|坑人|不实|炒作|所谓|宣称|声称|号称|鼓吹|吹嘘|标榜|打着|广告语|宣传语|说法|字眼|用语|一词|这个词|这类词|这种话|延误(?:治疗|病情)?|耽误|危害|风险|误区|谣言|辟谣|真相|传言|流言|成分不明|未经(?:临床)?(?:验证|批准)|没有经过(?:临床)?验证|骗取|诈骗|行骗|拘留|查处|立案|被处以|两回事|留心|留意|答案是否定的|正规(?:医院|医疗机构|机构|诊所|医生)(?:都)?(?:不会|从不|不可能)|诱导(?:消费|就医)|营销手段|(?:躲避|规避|逃避)审查|(?:躲过|躲开|绕过|绕开|逃过|骗过|瞒过|规避|躲避|逃避)(?:平台|广告)?(?:审核|监管)|不规范的?(?:示例|写法|用语|表述|说法|例子|词句?)|(?:应|需|须|请|建议)(?:改为|改成|修改为)|改写(?![^,，。;!?]{0,4}?(?:基因|dna|命运|人生|细胞|体质|肤质))|病句|语义不通|(?:不得|不能|禁止|严禁)(?:发布|上线|刊登)|违禁词|极限词|替换工具|(?:错误|反面|负面)(?:示例|写法|例子|案例)|审稿意见|修改意见|不能作为[^,，。;!?]{0,6}?(?:依据|证据|承诺|保证)|(?:理性|科学|正确|客观|冷静)的?(?:态度)?地?看待|(?:并无|没有)必然(?:的)?(?:联系|关系)|不代表[^,，。;!?]{0,4}?(?:效果|疗效|有效)|消费(?:提示|警示|预警)|(?:消协|消费者协会|消保委)(?:提醒|提示|发布|警示|支招)/;
/** Reported speech or a warning verb before the term: 宣称能根治的广告, 警惕包治百病的说法. */
// Round eleven: what a rule forbids in ads (禁止在广告中使用治愈率), what an ad or a leaflet writes (有些广告写“…”,
// 宣传单上写着“…”): the words after are quoted, not used.
// Round thirty-seven (batch BL): quoted words found online (看了网上的“真实案例”就来问) are reported, not used.
// Round twenty-seven: whoever tells the reader so (凡是跟你说包治百病的，基本都是骗子), a book's words reported (鲁迅在《父亲的病》里写到庸医).
// Round thirty-eight (batch BP): someone else posting a claim (一位网友在论坛发帖称某偏方“一周见效”) reports it.
// Round forty-four (batch CD): the law's own order, subject first (医疗广告不得含有…, 不得说明治愈率): what follows is forbidden, not claimed.
// Round forty-eight (batch CR): a list of warning signs, 凡是 X 的，都要多留个心眼 / 都要小心: X is what to beware of, not a claim.
// Round forty-two (batch BY): what readers type into a search box (在搜索框里输入“银屑病根治”) is their query, quoted, not a claim.
// Round sixty-seven (batch EN): a quotation seen in a short video with no 的 before it (看到短视频里“某明星推荐”的药), and the law's
// ban on using someone to vouch (广告法禁止利用名人作推荐证明, 第十六条不得利用患者的名义, 医疗广告不得利用名人作推荐): what follows is what the law forbids.
// Round fifty-six (batch DO): a heading or list that teaches to recognise fakes (识别虚假宣传：神药、偏方和秘方; 教你辨别违法广告——…):
// the names after it are what to recognise, not used.
const REPORTED_G =
  /关于(?=[“"「『])|(?:识别|辨别|辨识|认清|看清|识破)(?=[^。!?;,，]{0,4}?(?:虚假|违法|违规|骗局|陷阱|套路|假药|伪科学|黑心|非法)[^。!?;,，]{0,6}?[:：—](?![^。!?;]{0,30}?(?:我们|本院|我院|本中心|本诊所|咱们)))|(?:凡是|但凡|只要是)(?=[^。!?;]{0,30}?的[,，]?\s?(?:都|一律|就)?(?:要|得|需要|应该|请)?多?(?:留(?:个|点|一个)?心眼|留心|小心|警惕|提防|当心|谨慎|远离|绕道走?))|(?:搜索框|搜索栏|搜索引擎|百度|浏览器)?(?:里|中|上)?(?:输入|搜索|键入)(?:了|的)?(?=[“"「『])|(?:凡是|但凡)[^。!?;,，]{0,6}?(?:跟|对|给|和)(?:你|您|大家)(?:说|讲|宣传|承诺|保证|吹)|《[^》\n]{1,20}》(?:里|中|一文中?|一书中?)?(?:写到|写道|提到|描写|描述|记载|讲到)|所谓|宣称|声称|号称|鼓吹|吹嘘|标榜|打着|自称|扬言|(?<!放松|失去|丧失|降低|放下|麻痹)警惕|谨防|提防|当心|识破|揭穿|(?:有|某些|一些|网上|网络上?)(?:的)?(?:文章|帖子|说法|传言|视频|自媒体|博主|商家|广告)(?:称|说|宣称|声称|提到)|(?:网上|网络上|坊间)(?:有人)?(?:都)?(?:说|传|称|流传)|(?:网上|网络上|短视频里|视频里|直播间里|朋友圈里?)的?(?=[“"「『])|(?:广告法|法律|法规|条例|管理办法|第[一二三四五六七八九十百\d]+条)(?:也|还|都)?(?:明确)?(?:规定)?[^。!?;,，“"「]{0,6}?(?:禁止|严禁|不得|不准|不允许)(?:利用|借助|借用)|(?:网友|有人|博主|商家|卖家)[^。!?;,，“"「]{0,8}?(?:发帖|发文|撰文|发视频|留言|评论)(?:称|说|宣称|声称)|网传|(?:不要|别|切勿|请勿|勿)(?:相信|轻信|听信)|轻信|迷信|(?:禁止|严禁|不得|不准|不允许)在?(?:医疗)?(?:广告|宣传)(?:中|里|上)?(?:使用|出现|含有|宣传|涉及)|(?:医疗)?(?:广告|宣传)(?:中|里|上)?(?:不得|禁止|严禁|不准|不允许)(?:含有|出现|使用|宣传|涉及|说明|表示|作出|利用|借助)|广告(?:上|里|中)?(?:写|写着|说|称|打出|喊出)|宣传(?:单|页|册|海报|单页)上?写着?|(?:绕开|绕过|躲避|规避|逃避|避开)(?:平台)?(?:审核|审查|监管|检测)[^。!?;,，]{0,4}?(?:宣传|推广|发布|打广告)/g;

/** The words are talked about rather than used: 治愈率这些数字…, 痊愈是指…. */
// Round forty-seven (batch CN): the word named with its count (“治好”这两个字我们不敢说), and quoted claims called a sales pitch
// (如遇到“保证治好”“不好退钱”的推销，要提高警惕) are mentioned too.
// Round thirty-seven (batch BL): quoted words of the kind a post or a description uses (读到“用了三次就全好了”之类的描述) are mentioned.
// The word named as a word (“秘方”二字, “最好”这个词, 字样) is mentioned, not used (round twelve).
// Round forty-eight (batch CR): an English quoted claim named as such (Worried about "100% cure" claims?) is mentioned too.
// Round forty-four (batch CD): a quoted belief called a view (“白癜风是不治之症”的看法已经过时) is mentioned too.
// Round sixty-three (batch EG): a claim named as what ads or clinics promise, then a warning against them (承诺几天见效的广告都应警惕,
// 号称一次断根的诊所要远离): the words are the ads', not the writer's.
// Round seventy-three (batch EZ): the quoted words called marketing words (“神医”“名医”都是营销词, “万人选择”只是一句广告词).
// Round ninety-three (batch GN): quoted words closed by 等 and named as ads or claims (发布“某某专家推荐”“明星同款”等宣传) are mentioned too.
// Round seventy-eight (batch FK): the quoted words, right after the closing mark, said to mean nothing (“万人好评”没有任何医学意义, “患者首选”毫无参考价值).
// Round ninety-three (batch GN): the words said to be another shop's or clinic's publicity (您问的那个明星同款是别家店铺的宣传, “包治”是
// 其他诊所的广告): attributed to someone else, not used.
// Round one hundred and three (batch HH): the words, unquoted, named as a kind of saying right after them (宫廷秘方之类的说法, 包治百病这类的广告):
// mentioned too; 宫廷秘方之类的古方 is no saying.
const MENTIONED_AFTER = /^[”」』"]?\s?(?:是|属于|都是)(?:别家|别的|其他|其它|外面|另一家|某些|有些|一些)[^,，。!?;]{0,6}?的(?:宣传|广告|说法|噱头|话术|宣传语|广告语)|^[”」』"]\s?(?:其实|根本|完全|并)?(?:没有|毫无|并无|不具有?)(?:任何)?(?:医学|科学|临床|实际|参考)?(?:上的)?(?:意义|价值|依据|根据)|^的(?:说法|提法|字眼|用语|宣传语|广告语)|^(?:之类|一类|这类|这样|这种)的?(?:说法|提法|宣传|广告|广告词|宣传语|话术|字眼|噱头|名头)|^的(?:广告|宣传|诊所|机构|商家|帖子|视频)[^。!?;,，]{0,4}?(?:都|一律|均)?(?:要|应|应该|需要|得|请|务必)?(?:警惕|小心|提防|当心|远离|绕开|别信|不要信|不能信|不可信)|^[”」』"]?(?:二字|两个字|三个字|四个字|这几个字|这[两三四]个字|这个字|这个词|这[两三四几]个词|这类词|一词|字样|等字样|等字眼)|^[^。!?;]{0,12}?(?:这(?:些|个|类|种|样的?)(?:数字|说法|词|字眼|宣传|用语|广告|承诺))(?![^。!?;]{0,4}(?:是对|证明|说明|体现|见证|足以|充分|就是))|^[^,，。]{0,4}(?:是指|指的是|的意思是|一词)|^的(?:标准|定义|概念|含义|界定|判断标准|计算方法|计算方式|统计口径)|^[^。!?;“”「」"]{0,16}["”」』]\s?(?:claims?|promises?|slogans?|wording|advertising|ads?|marketing)\b|^[^。!?;“”「」]{0,10}[”」』](?:[、,，]?\s?[“「『][^。!?;“”「」]{0,12}[”」』]){0,3}\s?(?:的|之类的?|一类的?|这类|等)(?:广告|宣传|说法|看法|观点|观念|承诺|口号|话术|字眼|用语|诊所|医院|机构|商家|描述|帖子|文章|视频|笔记|内容|推销|说辞|吆喝)|^[^,，。!?;]{0,16}?(?<![不非])(?:是|属于|成了)[^,，。!?;]{0,12}?(?:营销手段|营销套路|营销(?:词|用语|口号)|广告词|宣传词|推销词|套路|话术|噱头|陷阱|骗局|幌子|诱饵|违规宣传|违法宣传|虚假宣传|惯用手段|常见手段|伎俩|诱导消费|高价推销|(?:禁止|违法|违规|明令禁止|不允许)的?(?:医疗)?(?:广告)?(?:内容|宣传|用语|情形|表述))/;

export function warnedAbout(ctx: TextContext, sentence: Span, start: number, end: number): boolean {
  const info = ctx.sentenceInfo(ctx.sentenceIndexAt(start));
  // Round forty-two (batch CA): the warning word must stand outside the claim (医生解释：“…这个手术就不存在任何风险，您完全可以放心。”):
  // the 风险 of 不存在任何风险 is the claim's own word, and a doctor's promise quoted is still the clinic's promise.
  // Round sixty-six (batch EL): a match that runs across a list of adjacent quotations (禁止说“比别家效果好”“别的医院都是骗人的”)
  // lies wholly inside quoted words too: with the quotations blanked out, nothing of it is left.
  const inQuotes = quotedBy(ctx, sentence, start, end) || (start > sentence.start && /^ +$/.test(info.unquoted.slice(start - sentence.start, end - sentence.start)));
  if (info.warning && inQuotes && WARNING.test(ctx.text.slice(sentence.start, start) + '\u0000' + ctx.text.slice(end, sentence.end))) return true;
  const after = ctx.text.slice(end, sentence.end);
  // Round ninety-eight (batch GX): a quoted word, then a comma and what it means (古人说给草药“去根”，指的是把根须剪掉): the word explained, not
  // claimed, unless a frame of certainty stands right before the quotation (这套灸法能“去根”，意思是…).
  if (/^[”」』"]\s?[,，]\s?(?:这里|在这里|其实|原本)?(?:是指|指的是|的意思是|意思是|说的是)/.test(after) && /[“「『"]$/.test(ctx.text.slice(Math.max(sentence.start, start - 1), start)) && !/(?:能|可以|会|就|都|帮|让|保证|包)\s?[“「『"]$/.test(ctx.text.slice(Math.max(sentence.start, start - 3), start))) return true;
  // Round one hundred and seven (batch HQ): quoted words named as a kind of customers' testimony (“…”的顾客感言, “…”这类用户评价), then written off in the
  // same sentence as picked, made up or no proof (往往是商家挑选甚至编写的, 不能代表你的效果): a warning about testimonials, not one; 来看看“…”的顾客感言
  // writes nothing off and stays read.
  // Round one hundred and ten (batch HW): a list of such labels side by side, called soft ads or posts (“顾客亲述”“真实心声”之类的软文，大多经过包装，无法代表…):
  // the same warning; 放上“顾客亲述”“真实心声”这类文章 with nothing written off stays read.
  if (inQuotes && /^[^“”「」『』"]{0,24}?[”」』"](?:、?[“「『"][^“”「」『』"]{1,12}[”」』"]){0,4}(?:等)?(?:的|这类|这样的|之类的|一类的)(?:顾客|用户|患者|客户|网友|买家|病友)?(?:感言|评价|好评|留言|晒单|反馈|心得|分享|故事|证言|软文|文章|帖子|推文)/.test(after) && /编写|编造|伪造|杜撰|挑选|捏造|不可信|不能代表|不代表|无法代表|不能说明|不能证明|未经核实|无法核实|摆拍|托儿|水军|刷(?:出来)?的|经过(?:了)?(?:包装|美化|修饰|加工)/.test(after)) return true;
  // Round thirteen: reaching the standard of a cure (可达到临床治愈的标准) claims it; only naming the standard mentions it.
  if (MENTIONED_AFTER.test(after) && !(/^的(?:标准|定义)/.test(after) && /(?<!需要|需|要|必须|是否|能否|未|没|没有|不能|尚未|难以)(?:达到|达|符合|满足)[^,，。;!?]{0,4}$/.test(ctx.text.slice(Math.max(sentence.start, start - 10), start)))) return true;
  return info.reportedEnd >= 0 && info.reportedEnd <= start;
}

// Round ninety-seven (batch GW): 一般, 大多数 and 大部分 as the other side of a comparison (和一般的颈枕相比, 比大多数医院) hedge nothing.
// Round one hundred and twelve (batch HZ): nor 一般 after 远超 or 远胜 (疗效远超一般皮肤科): the rival, not a hedge; 好过一般人 still hedges, as a body set against most people's.
const HEDGE =
  /可能|或许|也许|有助于|有利于|有望|部分(?:患者|人|病例)?|一些患者|少数|个别|因人而异|个体差异|不一定|通常|(?<!(?:效果|疗效|成效|水平|技术|医术|质量|服务|口碑|能力|经验|设备)(?:很|也|都|比较|太|非常)?)(?<![比非和跟与同较超胜])一般(?:来说|而言|情况下)?|(?<![比较于大])多数|(?<![比较于])大多数?|(?<![比较于])大部分|往往|之一|相对|辅助|遵医嘱|医生评估|医生判断/;

export function hedged(sentence: string): boolean {
  return HEDGE.test(sentence);
}

/** The clinic speaking about itself: 本院, 我院, 我们的专家… */
export const SELF =
  /本院|我院|本医院|我们医院|我们(?:的)?(?:医院|中心|科室|团队|专家|医生|技术|疗法|方案|设备)|本中心|我中心|本科室|我科|本门诊|本诊所|我诊所|本机构|我们(?=能|可以|采用|引进|拥有|独有|独家|承诺|保证)|院内专家/;

export function aboutSelf(text: string): boolean {
  return SELF.test(text);
}

// Round thirty-seven (batch BL): a numbered reference named in words (参见文献3).
// Round thirty-three: an author-year citation in brackets (研究发现（Ezzedine等，2012），…; (Taieb, 2013)).
// Round seventy (batch EU): a magazine's name opening the paragraph as its column label, straight before the claim (母婴杂志｜研究表明…,
// 健康期刊丨临床证明…; the bar is gone after normalising), is the page's byline, not a source; 杂志 elsewhere still cites.
export const CITATION =
  /\[\d+\]|\[\^[^\]]+\]|参考文献|参考资料|资料来源|数据来源|来源[:：]|出处|引自|据《|《[^》]{2,}》|doi|pmid|et al|指南|共识|(?<!^[\u4e00-\u9fff]{0,6})(?:杂志|期刊)|(?<=^[\u4e00-\u9fff]{0,6})(?:杂志|期刊)(?!\s?丨?\s?(?:权威)?(?:研究|数据|调查|临床|实验|试验|统计|专家))|journal|lancet|jama|\(\d{4}\)|（\d{4}）|[(（][a-z\u4e00-\u9fff][a-z\u4e00-\u9fff\s.]{0,30}?(?:等|et al\.?)?\s?[,，]\s?(?:19|20)\d{2}[a-z]?[)）]|\d{4}年[^,，。]{0,16}(?:发表|刊登|发布|报道)|(?:参见|参考|详见|见)文献\s?\[?\d/;

export function cited(paragraph: string): boolean {
  return CITATION.test(paragraph);
}
