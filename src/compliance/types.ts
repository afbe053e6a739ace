// The shapes the compliance checker works with. A Finding is what every consumer sees (the CLI's
// JSON, the editor, the publish gate); a Rule is how one kind of risky statement is described.

export const DOC_TYPES = ['kepu', 'institution', 'ad', 'case'] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  kepu: '健康科普',
  institution: '机构信息',
  ad: '医疗广告',
  case: '病例报告',
};

export type Severity = 'error' | 'warning' | 'info';
/** A rule's level for one document type; 'off' means the rule does not apply there. */
export type Level = Severity | 'off';

export const CATEGORIES = {
  absolute: '绝对化用语',
  efficacy: '治愈与疗效断言',
  rate: '治愈率、有效率与无来源数据',
  safety: '安全性断言',
  guarantee: '保证、退款与承保',
  comparison: '比较与贬低同行',
  testimonial: '患者证言、代言与前后对比',
  authority: '权威背书、奖项与排名',
  secret: '秘方与神奇疗效',
  inducement: '诱导消费与制造紧迫',
  fear: '恐吓与容貌焦虑',
  contact: '科普页面中的联系方式与预约入口',
  patent: '专利宣传',
  privacy: '患者个人信息',
  adScope: '医疗广告内容限制',
  garbled: '替换工具留下的病句',
} as const;
export type Category = keyof typeof CATEGORIES;

/** One risky statement found in a text. Offsets are UTF-16 code units into the text that was checked. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** Start offset (inclusive), UTF-16 code units, into the original text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The original text between start and end. */
  text: string;
  /** The legal basis, in our own words, with the law and article it rests on. */
  basis: string;
  /** What is risky here, for the editor. */
  message: string;
  /** How the editor could say it honestly. Guidance only: the checker never rewrites text. */
  suggestion: string;
}

/** An example that the rule must flag (bad) or must not flag (ok); the type defaults to kepu. */
export type Example = string | { text: string; type: DocType };

export interface Pattern {
  re: RegExp;
  /**
   * Word boundaries from segmentation: 'word' = the match must start and end on a word boundary,
   * 'start' / 'end' = only that side. Used for short terms that also occur inside innocent words
   * (神药 in 精神药物, 偏方 in 偏方向, 无痛 in 无痛性).
   */
  align?: 'word' | 'start' | 'end';
  /** This wording is stronger (+1) or weaker (-1) than the rule's usual case. */
  shift?: 1 | -1;
  /** Levels for this pattern instead of the rule's (e.g. phone numbers are fine in an ad). */
  levels?: Partial<Record<DocType, Level>>;
  /** false: found in a genuine question too (a tool's placeholder left in the text is there whatever the sentence asks). */
  question?: false;
}

export type NegationPolicy =
  /** A negation before (无法根治) or after (根治不了) the term means the sentence is honest. */
  | 'suppress'
  /** The negation is the claim itself (无副作用); only a second, outer negation (并非无副作用) clears it. */
  | 'claim'
  | 'ignore';

export interface RuleContext {
  /** The normalised text and the match in it. */
  norm: string;
  start: number;
  end: number;
  /** The sentence (normalised) holding the match, and where it starts. */
  sentence: string;
  sentenceStart: number;
  /** Does the paragraph (normalised) holding the match match `re`? Memoised per paragraph. */
  paragraphHas(re: RegExp): boolean;
  docType: DocType;
  /** The match itself. */
  match: RegExpExecArray;
}

export interface Rule {
  id: string;
  category: Category;
  title: string;
  basis: string;
  message: string;
  suggestion: string;
  levels: Record<DocType, Level>;
  patterns: Pattern[];
  negation: NegationPolicy;
  /** Hedges (可能, 部分患者, 因人而异…) lower the level, except in ads. Default true. */
  hedge?: boolean;
  /** 本院/我院 as the subject raises the level. Default true. */
  subject?: boolean;
  /** Inside quotes or after 警惕/所谓/宣称… the term is being warned about: info only. Default true. */
  quoted?: boolean;
  /** A genuine question (白癜风能根治吗？) asserts nothing. Default true. */
  question?: boolean;
  /** A source cited in the paragraph: 'suppress' the finding, or 'lower' it one level. */
  citation?: 'suppress' | 'lower';
  /**
   * May the model's veto (decision 0044) lower this rule's findings? Default true. Off where the finding rests on a token the
   * model cannot read — a name or a number — and not on wording: 患者张建国，男，56岁… reads, word for word, like the
   * anonymised case notes the model has learnt are innocent (round twenty-five).
   */
  veto?: boolean;
  /** Rule-specific context: return false to drop the match, or a level shift. */
  refine?(ctx: RuleContext): boolean | 1 | -1;
  /** What the matched words probably stood for, appended to the message (replacement artifacts, technique sources). */
  explain?(hit: string): string | undefined;
  /**
   * A block rule: a heading (Markdown heading, bold line, or short standalone line) whose text
   * matches introduces the kind of content this rule forbids, and the whole section under it is
   * one finding.
   */
  heading?: RegExp;
  examples: { bad: Example[]; ok: Example[] };
}
