// checkText(): runs every rule over one text and returns findings with UTF-16 offsets into that
// text. It reads and reports; it never changes the text.
//
// For each match the context decides what it means (docs/decisions/0006-compliance-checker.md):
// word boundaries (segmentation), negation (无法根治 is honest; 无副作用 is the claim), genuine
// questions, quotations being warned about, titles of works, citations, hedges, and whether the
// clinic is talking about itself. The level comes from the rule's table for the document type.

import {
  aboutSelf,
  hedged,
  CITATION,
  inTitle,
  invitationAfter,
  negatedAfter,
  negatedBefore,
  outerNegated,
  TextContext,
  warnedAbout,
  type Span,
  isRhetorical,
} from './context.js';
import { HOMOPHONES, normalize, originalSpan } from './normalize.js';
import { simplifiedPhrases, simplifiedUnit } from '../web/han.js';
import { defaultModel, type ComplianceModel } from './model.js';
import { everyMatch, Prefilter } from './prefilter.js';
import { RULES } from './rules/index.js';
import { MESSAGE_BOX_LABEL, MESSAGE_BOX_STORY, MESSAGE_REQUEST, MESSAGE_RESULT } from './rules/util.js';
import { CATEGORIES, type Category, type DocType, Finding, Level, Pattern, Rule, RuleContext, Severity } from './types.js';

export interface CheckOptions {
  docType: DocType;
  /** Only these rules (by id); default all. */
  rules?: readonly string[];
  /**
   * The learned second opinion (model.ts), on sentences no rule flagged and on another kind of claim than the rules named (decision 0089); default the shipped model,
   * null for the rules alone (cross-validation compares the two).
   */
  model?: ComplianceModel | null;
  /** The model's findings alone, as if no rule had matched (cross-validation against older rules). */
  modelOnly?: boolean;
  /** false: the model does not lower rule findings (decision 0044); the rules' own examples are checked so. */
  veto?: boolean;
  /** false: run every pattern, even those the prefilter rules out (the tests compare the two). */
  prefilter?: boolean;
  /** false: table cells are not read again with their column's header (the reading itself uses this). */
  tables?: boolean;
}

const ORDER: Severity[] = ['info', 'warning', 'error'];

function shiftLevel(level: Severity, by: number): Severity {
  const i = Math.max(0, Math.min(2, ORDER.indexOf(level) + by));
  return ORDER[i]!;
}

/** After a claim made of a negation: 纯天然不等于安全, 无副作用的说法不科学; round fifty-two (batch DD): 您说的“终身不复发”是没人能承诺的. */
// Round seventy (batch EU): or the claim names what is sold and a comma then calls all of it a lie (说没有风险的手术，都是骗人的; 号称零副作用的药，全是忽悠).
const CLAIM_DISOWNED_AFTER = /^[^,，。;!?]{0,6}?(?:不等于|不代表|不意味着|并不|未必|是骗|是谎言|是虚假|不科学|不可信|没有(?:科学)?依据|是夸大|的说法(?:不|没有|是错|缺乏)|(?:是|都是)不存在的|没(?:有)?人(?:能|可以|敢)(?:承诺|保证|打包票)|谁(?:都|也)(?:不能|没法|无法)(?:承诺|保证)|(?:是)?(?:无法|不可能)(?:承诺|保证|兑现)的)|^[^,，。;!?]{0,6}?[,，]\s?(?:都|全|全都|统统|一律)是(?:骗人|骗子|忽悠|谎言|假的|虚假)/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function levelFor(rule: Rule, pattern: Pattern, docType: DocType): Level {
  return pattern.levels?.[docType] ?? rule.levels[docType];
}

interface Hit {
  rule: Rule;
  start: number;
  end: number;
  severity: Severity;
  note?: string;
  /** Instead of the rule's message (the model's findings say what they resemble, not what matched). */
  message?: string;
}

/**
 * A hedge qualifies the claim when it stands before it or in its clause, or after it behind a turn (但个体差异较大); a
 * later clause about something else (…效果最好、恢复最快的方法，适合大部分人群) leaves the claim as strong as it was (round fourteen).
 */
function hedgesClaim(upToClaim: string, after: string, beforeClaim: string): boolean {
  if (hedged(upToClaim) && !scheduleHedgeOnly(upToClaim, beforeClaim)) return true;
  const turn = after.search(/但|不过|然而|可是|只是|当然|其实|实际上|事实上/);
  return turn >= 0 && hedged(after.slice(turn));
}

/**
 * Round one hundred and six (batch HN): 一般 or 通常 before a schedule in an earlier clause (照射一般每周两到三次，首次剂量较低，整个过程一点都不疼)
 * says how often, not how sure the claim in a later clause is; a hedge in the claim's own clause, or any other hedge before it, still counts.
 */
// A second number only after a separator: two runs of the same digits next to each other split a long run of digits every way (quadratic; review).
const SCHEDULE_HEDGE = /(?:一般|通常)(?:为|是|需要?|在)?(?=每(?:周|天|日|月|次|隔)|[一二两三四五六七八九十\d]+(?:\s?(?:到|至|-|~|～)\s?[一二两三四五六七八九十\d]+)?\s?(?:次|天|周|个月|分钟|小时))/g;
function scheduleHedgeOnly(upToClaim: string, beforeClaim: string): boolean {
  const cut = Math.max(beforeClaim.lastIndexOf('，'), beforeClaim.lastIndexOf(','), beforeClaim.lastIndexOf('；'), beforeClaim.lastIndexOf(';'));
  if (cut < 0) return false;
  return !hedged(upToClaim.slice(0, cut).replace(SCHEDULE_HEDGE, '') + '\u0000' + upToClaim.slice(cut));
}

function evaluate(rule: Rule, pattern: Pattern, base: Severity, m: RegExpExecArray, ctx: TextContext, docType: DocType): Hit | undefined {
  let start = m.index;
  let end = m.index + m[0].length;
  const hit = (m as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups?.hit;
  if (hit) [start, end] = hit;
  if (end <= start) return undefined;
  const text = ctx.text;

  if (pattern.align && !ctx.aligned(start, end, pattern.align)) return undefined;
  // 会不会复发, 能不能根治: the 不 in the middle belongs to a question form, not to the claim.
  if (text[start] === '不' && start > 0 && text[start - 1] === text[start + 1]) return undefined;

  // Everything about the sentence and paragraph is computed once per sentence (TextContext), not
  // per match: a text full of matches would otherwise rescan them for each (quadratic).
  const si = ctx.sentenceIndexAt(start);
  const sentence: Span = ctx.sentences[si]!;
  const info = ctx.sentenceInfo(si);
  const clause = ctx.clauseAt(start, end);
  const rhetorical = info.rhetorical;
  const quotedPolicy = rule.quoted !== false;

  // The title of a book or paper (《…治愈率的临床观察》) names a work; it claims nothing.
  if (quotedPolicy && inTitle(ctx, sentence, start, end)) return undefined;

  let shift = pattern.shift ?? 0;
  if (rule.refine) {
    const r = rule.refine({
      norm: text,
      start,
      end,
      sentence: info.text,
      sentenceStart: sentence.start,
      paragraphHas: (re: RegExp) => ctx.paragraphHas(start, re),
      docType,
      match: m,
    });
    if (r === false) return undefined;
    if (r === 1 || r === -1) shift += r;
  }

  if (rule.question !== false && pattern.question !== false && !rhetorical && info.question && !invitationAfter(text.slice(sentence.start, end), text.slice(end, sentence.end))) return undefined;

  if (!rhetorical) {
    if (rule.negation === 'suppress' && (negatedBefore(ctx, clause, start) || negatedAfter(ctx, clause, end))) return undefined;
    if (rule.negation === 'claim' && (outerNegated(ctx, clause, start) || CLAIM_DISOWNED_AFTER.test(text.slice(end, end + 16)))) return undefined;
  }

  if (rule.citation && ctx.paragraphHas(start, CITATION)) {
    if (rule.citation === 'suppress') return undefined;
    if (docType === 'kepu' || docType === 'case') shift -= 1;
  }

  const notes: string[] = [];
  const selfInSentence = rule.subject !== false && info.self;
  if (selfInSentence) {
    shift += 1;
    notes.push('句中以本院或本院团队为主语，按对外宣传从严处理');
  } else if (rule.hedge !== false && docType !== 'ad' && info.hedged && hedgesClaim(text.slice(sentence.start, clause.end), text.slice(clause.end, sentence.end), text.slice(sentence.start, start))) {
    shift -= 1;
    notes.push('句中有“可能、部分患者、因人而异”一类限定，已降低一级');
  }

  let severity = shiftLevel(base, shift);
  // 警惕声称“只有我们能治”的广告: the 我们 inside the quotation is the advertiser's, not the writer's (round twelve).
  // Round fifty-four (batch DH): the quotation is taken out of the whole sentence before the clause is cut, so that a quote with a comma
  // inside (看到“别家只能控制，我们能治好”这类话时，要知道它是违规的) does not leave its own 我们能 in the clause as the writer's.
  if (quotedPolicy && !aboutSelf(info.unquoted.slice(Math.max(0, clause.start - sentence.start), Math.max(0, clause.end - sentence.start))) && warnedAbout(ctx, sentence, start, end)) {
    severity = 'info';
    notes.length = 0;
    notes.push('出现在引述或警示语境中（如“警惕……”“所谓……”），请确认全文确实是在提醒读者');
  }
  if (rule.explain) {
    const e = rule.explain(text.slice(start, end));
    if (e) notes.push(e);
  }
  return { rule, start, end, severity, note: notes.join('；') || undefined };
}

// ---------------------------------------------------------------------------------------------
// Block rules: a heading that introduces forbidden content makes its whole section one finding.

// The text starts and ends on a character that is not a blank: a lazy text before the trailing blanks tried them all from
// each of its ends (a line of 16,000 spaces inside a heading: 14 times the CPU of 4,000; review, session 40).
const MD_HEADING = /^[ \t]{0,3}(#{1,6})[ \t]*([^ \t](?:.*[^ \t#])?)[ \t#]*$/;
const BOLD_LINE = /^[ \t]*(?:\*\*|__)([^*_\n]{1,40})(?:\*\*|__)[ \t]*(?:[:：][ \t]*)?$/;
/** A short line standing alone: no sentence punctuation, not a list item or a table row. */
const SHORT_LINE = /^[ \t]*([^\s|>\-*+#0-9][^。.!?;,，:：|]{1,11})[ \t]*(?:[:：][ \t]*)?$/;

interface Heading {
  start: number;
  /** Markdown heading levels 1–6; a bold or short standalone line counts as 7; a bracketed label opening a line, 8. */
  level: number;
  text: string;
  /** Level 8: the end of the line the label opens, and what follows the label on it. */
  lineEnd?: number;
  rest?: string;
}

/**
 * Round thirty-one: a bracketed label opening a line of text (【康复故事】从坐轮椅到重新跳广场舞，赵阿姨只用了三个月) heads that
 * line as a heading heads its section; the section is the line alone.
 */
// Round fifty-seven (batch DQ): a title field named before the label (公众号标题：【真实反馈】用了这个方法后，我的…; 视频标题：【康复故事】…)
// is read past: the bracketed label still opens what is published as the title.
const INLINE_LABEL = /^[ \t]*(?:[^\s【〔】〕:：|｜]{0,6}(?:标题|题目|副标题|封面|文案)[ \t]*[:：][ \t]*)?[【〔]([^】〕\n]{2,8})[】〕][ \t]*(\S[^\n]*)$/;
/**
 * Round forty-five (batch CI): a short label and a bar opening a line (真·患者说｜“打了几次针……”, 康复故事 | 从轮椅到马拉松，……) heads the
 * line as a bracketed label does, even where the rest is a sentence with commas; a table row opens with its bar and is not one.
 */
const BAR_LABEL = /^[ \t]*([^\s|｜>\-*+#0-9【〔][^|｜。.!?;,，:：\n]{1,8}?)[ \t]*[|｜][ \t]*(\S[^|｜\n]*)$/;
/** What follows a label that introduces a channel, a rule or a call for submissions, not words of patients. */
const LABEL_NOT_STORY = /投诉|意见|建议|渠道|拨打|电话|填写|须知|栏目|规则|流程|仅刊登|不涉及|征集|征稿|报名/;

/** Round twenty-five: a text that is one short line and nothing else (a title field, a caption, a label): up to 24 units. */
// A bar between a title's parts (患者故事 | 从轮椅到马拉松) is allowed; a table row starts with one, and is not a title.
const TITLE_FRAME = /[|｜【】〔〕[\]·•—]|[\ud800-\udfff]|[★☆▶▲■◆●✦✨♥❤]/;
const TITLE_LINE = /^[ \t]*([^\s|>\-*+#0-9][^。.!?;,，:：]{1,23})[ \t]*(?:[:：][ \t]*)?$/;
/** Round twenty-eight: a one-line title of a label and a subtitle (晒单区：看看姐妹们的蜕变), up to 8 and 16 units. */
const LABEL_TITLE = /^[ \t]*([^\s|>\-*+#0-9][^。.!?;,，:：|]{1,8}[:：][^。.!?;,，:：|]{1,16})[ \t]*$/;

/** Round forty-six (batch CL): a section number before a short title (第四部分：患者评价, Part 2: …) is read past. */
const SECTION_PREFIX = /^[ \t]*(?:第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|篇|讲|期)|part\s?\d{1,2})[ \t]*[:：、.]?[ \t]*(?=\S)/;

function headingOf(line: string, start: number, prevBlank: boolean, hasNext: boolean, alone = false): Heading | undefined {
  const md = MD_HEADING.exec(line);
  if (md) return { start, level: md[1]!.length, text: md[2]! };
  const label = INLINE_LABEL.exec(line);
  if (label) return { start, level: 8, text: label[1]!, lineEnd: start + line.length, rest: label[2]! };
  const bar = BAR_LABEL.exec(line);
  if (bar && /[\u4e00-\u9fff]/.test(bar[1]!) && /[,，。!?！？]/.test(bar[2]!)) return { start, level: 8, text: bar[1]!, lineEnd: start + line.length, rest: bar[2]! };
  // Round twenty-five: a text that is a single short line is a title (**患者心声**, 【用户晒单】, 🌟 好评返图 🌟, 患者故事 | 从轮椅到马拉松):
  // what it heads is published under it elsewhere, so it needs nothing after it to be a heading.
  if (alone) {
    const bold = BOLD_LINE.exec(line);
    if (bold) return { start, level: 7, text: bold[1]! };
    // Up to 12 units as any short line; longer only when a frame or a separator marks it as a title, not a sentence
    // without its full stop (患者分享的经历不能代替医生的诊断).
    const title = SHORT_LINE.exec(line.replace(SECTION_PREFIX, '')) ?? (TITLE_FRAME.test(line) ? TITLE_LINE.exec(line) : null) ?? LABEL_TITLE.exec(line);
    if (title && /[\u4e00-\u9fff]/.test(title[1]!)) return { start, level: 7, text: title[1]! };
    return undefined;
  }
  // A bold or short line heads something only if something follows it.
  if (!hasNext) return undefined;
  const bold = BOLD_LINE.exec(line);
  if (bold) return { start, level: 7, text: bold[1]! };
  // A short standalone line: its own paragraph (a blank line or the text's start before it).
  const short = prevBlank ? SHORT_LINE.exec(line.replace(SECTION_PREFIX, '')) : null;
  if (short && /[\u4e00-\u9fff]/.test(short[1]!)) return { start, level: 7, text: short[1]! };
  // Round fifty-one (batch CY): a label and its subtitle standing alone over a paragraph (患者故事：我和白癜风斗争的十年\n刚发病时……)
  // head it as the same line does when it is the whole text.
  const labelled = prevBlank ? LABEL_TITLE.exec(line.replace(SECTION_PREFIX, '')) : null;
  if (labelled && /[\u4e00-\u9fff]/.test(labelled[1]!)) return { start, level: 7, text: labelled[1]! };
  return undefined;
}

const BLOCKQUOTE = /^[ \t]{0,3}>[ \t]?/;

/** Section-level findings of the block rules, in one pass over the lines. */
function blockHits(norm: string, docType: DocType, only: Set<string> | undefined): Hit[] {
  const rules = RULES.filter((r) => r.heading && (!only || only.has(r.id)) && r.levels[docType] !== 'off');
  if (!rules.length) return [];
  const heads: Heading[] = [];
  let pos = 0;
  let prevBlank = true;
  const lines = norm.split('\n');
  // Whether a non-blank line follows line i: computed backwards once.
  const followed = new Uint8Array(lines.length);
  for (let i = lines.length - 2, seen = 0; i >= 0; i--) {
    if (lines[i + 1]!.trim()) seen = 1;
    followed[i] = seen;
  }
  let filled = 0;
  for (let i = 0; i < lines.length && filled < 2; i++) if (lines[i]!.trim()) filled++;
  const alone = filled === 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = !line.trim();
    if (!blank) {
      // Round thirty-seven: a line of a block quote (> 客户心声) is read without its mark, at the offset after it; the quote's
      // first line stands alone as a line after a blank does.
      const quote = BLOCKQUOTE.exec(line);
      const h = quote
        ? headingOf(line.slice(quote[0].length), pos + quote[0].length, prevBlank || !BLOCKQUOTE.test(lines[i - 1] ?? ''), followed[i] === 1, alone)
        : headingOf(line, pos, prevBlank, followed[i] === 1, alone);
      if (h) heads.push(h);
    }
    prevBlank = blank;
    pos += line.length + 1;
  }
  const hits: Hit[] = [];
  // Headings are capped per rule like matches (PER_RULE): 28,000 story headings in one text had been 28,000 findings,
  // and the collector's work on holding them grew faster than the text (a 200,000-character text cost 8 times a
  // 50,000-character one, the linearity test's limit; session 44).
  const listed = new Map<Rule, number>();
  let capped = 0;
  for (let k = 0; k < heads.length && capped < rules.length; k++) {
    const h = heads[k]!;
    // A question as a heading asks, it does not introduce; round fifty-six (batch DP): unless it is a story's teaser (真实病例分享｜…的她，如今怎样了？).
    if (/[?？吗]\s*$/.test(h.text) && !isRhetorical(h.text)) continue;
    // A label over a channel or a rule, or over a reader's question (【读者来信】孩子总是咬指甲怎么办？), introduces no story;
    // a story's own title may ask how it ended well (【康复故事】小陈的白斑是怎么好的？).
    if (h.level === 8 && (LABEL_NOT_STORY.test(h.rest!) || (/[?？吗]\s*$/.test(h.rest!) && !/故事|日记|见证|案例|心声|感言/.test(h.text)))) continue;
    if (MESSAGE_BOX_LABEL.test(h.text) && !MESSAGE_BOX_STORY.test(h.text)) {
      const said = h.level === 8 ? h.rest! : h.text;
      if (MESSAGE_REQUEST.test(said) && !MESSAGE_RESULT.test(said)) continue;
    }
    // Round fifty-one (batch DA): a column of readers' letters or questions whose section opens with the question asked (## 读者来信\n问：
    // 脸上的白斑会不会是白癜风？\n答：…) is a Q&A, not a story; a letter that opens with a result (## 读者来信\n“治了三个月，白斑都没了”) still is.
    if (h.level !== 8 && /来信|提问|留言|私信|答疑|问答|信箱/.test(h.text) && !/故事|日记|见证|案例|心声|感言|感谢|好评|反馈|分享|经历/.test(h.text)) {
      const from = norm.indexOf('\n', h.start);
      const to = from < 0 ? -1 : norm.indexOf('\n', from + 1);
      const first = from < 0 ? '' : norm.slice(from + 1, to < 0 ? norm.length : to).trim();
      if (/^(?:问|提问|读者问|网友问|患者问|q)\s?[:：]/.test(first) || /[?？吗]$/.test(first)) continue;
    }
    for (const rule of rules) {
      if ((listed.get(rule) ?? 0) >= PER_RULE || !rule.heading!.test(h.text)) continue;
      // The section runs to the next heading of the same or a higher level (any heading after a bold or short line);
      // a label's section is its line.
      let end = h.level === 8 ? h.lineEnd! : norm.length;
      for (let j = k + 1; j < heads.length && h.level !== 8; j++) {
        if (heads[j]!.level === 8) continue;
        if (heads[j]!.level <= h.level || h.level === 7) {
          end = heads[j]!.start;
          break;
        }
      }
      while (end > h.start && /\s/.test(norm[end - 1]!)) end--;
      const level = rule.levels[docType];
      if (level === 'off') continue;
      const n = (listed.get(rule) ?? 0) + 1;
      listed.set(rule, n);
      if (n === PER_RULE) capped++;
      const note = '标题引出的整段都按患者证言处理';
      hits.push({ rule, start: h.start, end, severity: level, note: n < PER_RULE ? note : `${note}；同一规则在这段文字中已发现 ${PER_RULE} 处，其后的不再逐一列出` });
      break;
    }
  }
  return hits;
}

/** Merges two runs of hits, each sorted by start, into one sorted run: linear. */
function mergeRuns(a: Hit[], b: Hit[]): Hit[] {
  if (!a.length) return b;
  if (!b.length) return a;
  const out: Hit[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Within one rule, overlapping matches are one finding: the longer is kept. One sweep over the sorted run. */
function dropOverlaps(run: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const h of run) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) kept[kept.length - 1] = h;
    } else kept.push(h);
  }
  return kept;
}

/** At most this many findings of one rule in one sentence. */
export const PER_SENTENCE = 3;

/**
 * At most this many findings of one rule in one text (one field). More is keyword stuffing or an
 * attack; the first ones already block publication, and the last of them says the list stops.
 */
export const PER_RULE = 200;

/** At most this many findings of the model in one text: it names a kind of claim per sentence, and the nearest-neighbour lookup is the costly part. */
export const MODEL_PER_TEXT = 20;
/**
 * Sentences with fewer Chinese characters (headings, labels, 联系我们, a row of numbers) carry too
 * few words for the model to judge: it reads wording, and digits all look alike to it.
 */
const MODEL_MIN_CHARS = 6;

function hanCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

/** Sentence `si` without its list marks and closing punctuation, if it has enough Chinese for the model to judge. */
function judged(ctx: TextContext, si: number): Span | undefined {
  const span = ctx.sentences[si]!;
  let start = span.start;
  let end = span.end;
  while (start < end && /[\s#>*\-|]/.test(ctx.text[start]!)) start++;
  while (end > start && /[\s。!?;…,，、:：|*]/.test(ctx.text[end - 1]!)) end--;
  return hanCount(ctx.text, start, end) < MODEL_MIN_CHARS ? undefined : { start, end };
}

/**
 * Below this gate score, a rule's finding in a sentence whose nearest labelled sentences are
 * mostly innocent is lowered to a hint (decision 0044). Chosen on the rolling-origin evaluation
 * (scripts/cv-compliance.ts --rolling): on 1,481 innocent sentences by new authors, met by the
 * rules of their day and a model of the batches before, the rules' false alarms fell from 7.8% to
 * 2.4%, and 11 of 1,127 risky sentences they had found were lost (0.4: 2.8% and 8; 0.6: 2.2% and 23, measured before the length limit).
 */
export const VETO_BELOW = 0.5;
/**
 * A sentence with fewer Chinese characters carries too few words for the model to overrule a rule
 * (政府指定定点医院, 哪家医院最好？当然是我们！): on the rolling evaluation this loses none of the
 * false alarms the veto removes and keeps one more risky sentence.
 */
const VETO_MIN_CHARS = 14;
/** Distinct claim rules (scope rules aside) on one sentence that the veto leaves standing (round thirty). */
export const VETO_AGREEING = 3;
/** Sentences per text the veto looks at (a nearest-neighbour lookup each); findings after them stand. */
export const VETO_PER_TEXT = 40;

/**
 * The learned second opinion the other way round: a rule's finding in a sentence the model reads
 * as plainly innocent (low gate score, innocent nearest neighbours) becomes a hint. Rules are
 * written from one author's shapes and trip on the next author's innocent look-alikes (on new
 * batches a third of their alarms); the model, trained on every look-alike so far, tells most of
 * them apart. The finding stays visible, as info, saying why; block findings (a heading) stand.
 */
function* veto(model: ComplianceModel, ctx: TextContext, hits: Hit[]): Generator<void, Set<number>, void> {
  const verdict = new Map<number, boolean>();
  // Round thirty: where several claim rules agree on one sentence, the model does not overrule them. A long clinic sentence
  // (本中心方案包括…，多数患者在28天内皮损全部消退，并配有专人随访…) reads like its innocent neighbours as a whole, but the
  // rules found three claims in its middle; no innocent row of the development and holdout parts meets three rules.
  const agreeing = new Map<number, Set<string>>();
  for (const h of hits) {
    if (h.severity === 'info' || h.rule.category === 'adScope') continue;
    const si = ctx.sentenceIndexAt(h.start);
    let ids = agreeing.get(si);
    if (!ids) agreeing.set(si, (ids = new Set()));
    ids.add(h.rule.id);
  }
  for (const h of hits) {
    if (h.severity === 'info' || h.rule.veto === false) continue;
    const si = ctx.sentenceIndexAt(h.start);
    if (ctx.sentenceIndexAt(Math.max(h.start, h.end - 1)) !== si) continue;
    if ((agreeing.get(si)?.size ?? 0) >= VETO_AGREEING) continue;
    let innocent = verdict.get(si);
    if (innocent === undefined) {
      if (verdict.size >= VETO_PER_TEXT) continue;
      const span = judged(ctx, si);
      innocent = !!span && modelClears(model, ctx.text.slice(span.start, span.end));
      verdict.set(si, innocent);
      yield;
    }
    if (!innocent) continue;
    h.severity = 'info';
    h.note = `${h.note ? `${h.note}；` : ''}模型判断整句与已标注的无害说法相近，已降为提示，请人工确认`;
  }
  const cleared = new Set<number>();
  for (const [si, innocent] of verdict) if (innocent) cleared.add(si);
  return cleared;
}

/**
 * Does the model read this (normalised) sentence as plainly innocent: long enough to judge, a low
 * gate score, and nearest labelled sentences more innocent than risky? The veto's test, also used
 * by the rolling evaluation (scripts/cv-compliance.ts).
 */
export function modelClears(model: ComplianceModel, sentence: string): boolean {
  if (hanCount(sentence, 0, sentence.length) < VETO_MIN_CHARS || model.score(sentence) >= VETO_BELOW) return false;
  let risky = 0;
  let harmless = 0;
  for (const nb of model.nearest(sentence, model.neighbours)) {
    if (nb.label === 'pos') risky += nb.similarity;
    else harmless += nb.similarity;
  }
  return harmless > risky;
}

/**
 * The model's findings, appended to `hits`: for each sentence the veto did not clear, the gate's
 * score; above the threshold, a warning under the rule of the nearest labelled risky sentences,
 * saying that it is a resemblance and not a rule match, where no rule names that kind of claim in
 * the sentence already. Never an error: it asks for a
 * reviewer's look, it does not block publishing on its own.
 */
function* secondOpinion(model: ComplianceModel, ctx: TextContext, hits: Hit[], docType: DocType, only: Set<string> | undefined, cleared: ReadonlySet<number>): Generator<void, void, void> {
  const n = ctx.sentences.length;
  // A scope finding (an ad naming a disease or a technique) says what the ad may contain, not that
  // it makes a claim: the sentence is still asked whether it makes one, and may not be named after
  // its scope again. On new authors' batches met by the rules and model of their day, 69 risky
  // sentences were flagged by scope alone: the model named their claim in 28, innocent ones got nothing.
  const scoped = new Set<number>();
  // The kinds of claim the rules already name in a sentence (decision 0089): a sentence the rules
  // flagged under one kind is still asked, and the model speaks only where it names another kind.
  // The rules read a phrase, the author's claim is the whole sentence: on new authors' batches met
  // by the rules and model of their day, this found the intended claim in 217 more of 10,749 risky
  // sentences. It cannot add a false alarm: the sentence is flagged already.
  const named = new Map<number, Set<Category>>();
  for (const h of hits) {
    if (h.severity === 'info') continue;
    const last = ctx.sentenceIndexAt(Math.max(h.start, h.end - 1));
    for (let i = ctx.sentenceIndexAt(h.start); i <= last; i++) {
      if (h.rule.category === 'adScope') {
        scoped.add(i);
        continue;
      }
      let kinds = named.get(i);
      if (!kinds) named.set(i, (kinds = new Set()));
      kinds.add(h.rule.category);
    }
  }
  let emitted = 0;
  for (let si = 0; si < n && emitted < MODEL_PER_TEXT; si++) {
    if (si % STEP === STEP - 1) yield;
    // A sentence the veto cleared was judged innocent by the same model already: not asked again.
    if (cleared.has(si)) continue;
    const kinds = named.get(si);
    const scopeOnly = !kinds && scoped.has(si);
    const span = judged(ctx, si);
    if (!span) continue;
    const { start, end } = span;
    const sentence = ctx.text.slice(start, end);
    if (model.score(sentence) < model.threshold) continue;
    // A genuine question asserts nothing (as for the rules); asked only of the few the gate lets through.
    const info = ctx.sentenceInfo(si);
    if (info.question && !info.rhetorical) continue;
    const resembles = model.name(sentence, (id) => {
      const r = RULES_BY_ID.get(id);
      return !!r && r.levels[docType] !== 'off' && (!only || only.has(id)) && !(scopeOnly && r.category === 'adScope');
    });
    // A nearest-neighbour lookup costs about as much as 64 scored sentences: a chance to let go after each.
    yield;
    if (!resembles) continue;
    const rule = RULES_BY_ID.get(resembles.rule)!;
    if (kinds && (kinds.has(rule.category) || rule.category === 'adScope')) continue;
    emitted++;
    const ruled = kinds ? `规则已按${[...kinds].map((k) => `“${CATEGORIES[k]}”`).join('、')}类提示` : scopeOnly ? '除广告内容范围外没有规则直接命中' : '没有规则直接命中';
    hits.push({
      rule,
      start,
      end,
      severity: rule.levels[docType] === 'info' ? 'info' : 'warning',
      message: `${ruled}，${kinds ? '整句还' : '但整句'}与已标注的“${CATEGORIES[rule.category]}”类说法相近（最接近：${rule.title}；模型判断，相似度 ${resembles.similarity.toFixed(2)}），请人工复核是否属于此类宣传。`,
    });
  }
}

const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// ---------------------------------------------------------------------------------------------
// Table columns: a cell says what its header says it is. | 疗法 | 见效时间 | over | 308激光 | 2周 |
// promises two weeks, though neither cell alone claims anything; a row read as one line does not
// either. Each cell under a header that names an outcome, a risk, a guarantee or a price is
// checked again as "header：cell", and what that finds is reported on the cell.

/** The line under a Markdown table's header: | --- | :---: | (two columns at least). */
// No two runs of blanks can share the same spaces (a run of blanks must not be split two ways: linear).
const TABLE_RULE = /^[ \t]*(?:\|[ \t]*)?:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+(?:\|[ \t]*)?$/;
/** Headers worth reading a cell by: outcomes, times to effect, rates, risks, guarantees, prices. */
const CLAIM_HEADER = /效|愈|率|复发|副作用|不良反应|风险|安全|保证|保障|承诺|结果|好转|改善|恢复|复色|消退|周期|时间|天数|次数|疗程|费用|价格|收费|优惠/;
/** A header (or a row's first cell) that names a claim: short, Chinese, one of CLAIM_HEADER's words. */
const claimHeader = (t: string) => t.length <= 12 && /[\u4e00-\u9fff]/.test(t) && CLAIM_HEADER.test(t);
/** Cells read again per text at most: each is a small check of its own, so a huge table stays linear and bounded. */
const MAX_TABLE_CELLS = 400;
/** A line that opens with a bar and has at least two more: a table row, with or without a rule line under its header. */
const BAR_ROW = /^[ \t]*\|[^|\n]*\|[^|\n]*\|/;

/** The cells of a table row, with their offsets in the text (a leading and a trailing bar are optional). */
function cellsOf(line: string, at: number): { start: number; end: number; text: string }[] {
  const cells: { start: number; end: number; text: string }[] = [];
  let from = 0;
  const lead = /^[ \t]*\|/.exec(line);
  if (lead) from = lead[0].length;
  for (let i = from; i <= line.length; i++) {
    if (i < line.length && line[i] !== '|') continue;
    const raw = line.slice(from, i);
    const text = raw.trim();
    const start = at + from + (raw.length - raw.trimStart().length);
    if (i < line.length || text) cells.push({ start, end: start + text.length, text });
    from = i + 1;
  }
  return cells;
}

function tableHits(norm: string, opts: CheckOptions, found: readonly Hit[]): Hit[] {
  if (!norm.includes('|')) return [];
  const out: Hit[] = [];
  const lines = norm.split('\n');
  const starts: number[] = [];
  for (let i = 0, pos = 0; i < lines.length; i++) {
    starts.push(pos);
    pos += lines[i]!.length + 1;
  }
  let budget = MAX_TABLE_CELLS;
  for (let i = 1; i < lines.length && budget > 0; i++) {
    // Round sixty-one (batch EC): a table pasted without its rule line (| 项目 | 疗程 | 副作用 | above | 308光疗 | 10次 | 无 |): the
    // first of two or more lines that each open with a bar is the header, and the body starts right under it.
    const ruled = TABLE_RULE.test(lines[i]!) && lines[i - 1]!.includes('|');
    // (A bar row above a rule line is `ruled`, so `bare` never sees one.)
    const bare = !ruled && BAR_ROW.test(lines[i - 1]!) && BAR_ROW.test(lines[i]!) && (i < 2 || !lines[i - 2]!.includes('|'));
    if (!ruled && !bare) continue;
    const headers = cellsOf(lines[i - 1]!, starts[i - 1]!);
    const read = headers.map((h) => claimHeader(h.text));
    for (let r = ruled ? i + 1 : i; r < lines.length && lines[r]!.includes('|') && budget > 0; r++) {
      const cells = cellsOf(lines[r]!, starts[r]!);
      // Round thirty-seven (batch BM): a key-value or comparison table names the claim in its first cell, the row's label
      // (| 副作用 | 无 | 有 | under | 对比项 | 本品 | 普通药膏 |): a cell under no claim header is read with that label instead.
      const label = !read[0] && cells.length > 1 && claimHeader(cells[0]!.text) ? cells[0]! : undefined;
      for (let c = 0; c < cells.length && c < headers.length && budget > 0; c++) {
        const cell = cells[c]!;
        const header = read[c] ? headers[c]! : c > 0 ? label : undefined;
        if (!header || !cell.text || cell.text.length > 200) continue;
        budget--;
        const head = `${header.text}：`;
        for (const f of checkText(head + cell.text, { ...opts, model: null, tables: false })) {
          // What the header says by itself (治愈率) is reported on the header already.
          if (f.severity === 'info' || f.end <= head.length) continue;
          const rule = RULES_BY_ID.get(f.rule);
          if (!rule) continue;
          const covered = (a: number, b: number) => found.some((h) => h.rule === rule && h.start < b && a < h.end) || out.some((h) => h.rule === rule && h.start < b && a < h.end);
          if (covered(cell.start, cell.end) || covered(header.start, header.end)) continue;
          out.push({ rule, start: cell.start, end: cell.end, severity: f.severity, note: header === label ? `按所在行的行首“${header.text}”读取此格` : `按所在列的表头“${header.text}”读取此格` });
        }
      }
    }
  }
  return out;
}

/** Every pattern of every rule, numbered in rule order, for the prefilter. */
// Patterns are numbered in RULES order, so a rule's patterns are the numbers from its first on.
const FIRST_PATTERN: number[] = [];
{
  let no = 0;
  for (const rule of RULES) {
    FIRST_PATTERN.push(no);
    no += rule.patterns.length;
  }
}
// Built by the first check, not on import: ~8 MB that a server which never checks text (most of
// its life, serving pages) would hold for nothing (decision 0091).
let prefilter: Prefilter | undefined;
const prefilterOf = (): Prefilter => (prefilter ??= new Prefilter(RULES.flatMap((rule) => rule.patterns.map((pattern) => pattern.re))));

/** How many matches are evaluated between two chances to yield (see checkTextAsync). */
const STEP = 64;

/**
 * Round one hundred and four (batch HK): a claim word with a replacement tool's mask inside it (根□治, 彻\ufffd底断根, 永不复×发, 根*治): the
 * normaliser drops the mask between two Han characters, so the claim rule finds the word whole, and the mask is the tool's leftover as
 * much as 治X愈 is. Each claim found whose original span holds a mask (one to three of ■ □ ▇ █ ▒ ○ ● × or the replacement character,
 * or a single asterisk) between two Han characters, within a few characters of it in its clause, is reported under garbled-replacement too.
 * A bold pair (**) or a size (3×4cm) is not read. Linear: the masks are found in one pass, and each claim looks only within its own
 * span (a claim's span is bounded by its rule, and each rule lists a bounded number); a claim a garbled-replacement finding (the
 * rule's own or one added here) already covers is skipped (review).
 * Round one hundred and five (batch HL): the triangles, diamonds and stars (▲ △ ▼ ▽ ◆ ◇ ★ ☆) mask as the squares do (能根▲治, 包◆好); used as a
 * separator between words (保湿▲防晒▲少抓挠) they sit by no claim and report nothing.
 */
/**
 * Round one hundred and nine (batch HT): a claim word disguised the same way, its characters swapped for pinyin glued to the rest of the word
 * (痘痘zhi愈率超高, gen治) or for a look-alike the normaliser reads back (口碑蕞好, 根冶), is the same leftover of a tool or a writer typing around
 * the platform's filter, and is reported under garbled-replacement too. Only the claim's own span is looked at; 惟一, an old spelling of 唯一
 * that writers still use, is not a disguise, and letters spaced off from the Han characters (Dr. Zhang Zhiyu) are never read as a claim.
 */
const DISGUISE_HOMOPHONE = new RegExp(Object.keys(HOMOPHONES).filter((k) => k !== '惟一').join('|'));
const DISGUISE_PINYIN = /[a-z]{2,6}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[a-z]{2,6}/i;
function disguised(text: string, norm: ReturnType<typeof normalize>, h: Hit): boolean {
  const { start, end } = originalSpan(norm, h.start, h.end);
  const orig = text.slice(start, end);
  // In traditional characters the look-alike is folded first (負作用 is 负作用), as the normaliser folds it.
  let folded = '';
  for (let i = 0; i < orig.length; i++) folded += String.fromCharCode(simplifiedUnit(orig.charCodeAt(i)));
  return DISGUISE_HOMOPHONE.test(simplifiedPhrases(folded)) || (DISGUISE_PINYIN.test(orig) && !/[a-z]/i.test(norm.text.slice(h.start, h.end)));
}
// Round one hundred and thirteen (batch IB): @ and # from the keyboard as masks too (黄褐斑根@治方案, 永不复#发); a mention or a tag (感谢@皮肤科小王) spans no claim word.
const MASKS = /[\u4e00-\u9fff](?:[■□▇█▒○●×▲△▼▽◆◇★☆\ufffd@＠#＃]{1,3}|(?<![*＊])[*＊](?![*＊]))(?=[\u4e00-\u9fff])/g;
const CLAUSE_END = /[,，。;；!?！？、:：\n]/;
const MASKED_CLAIM = new Set(['efficacy', 'guarantee', 'absolute', 'safety', 'rate', 'secret', 'comparison']);
function maskedClaims(text: string, norm: ReturnType<typeof normalize>, hits: readonly Hit[], docType: DocType): Hit[] {
  const rule = RULES_BY_ID.get('garbled-replacement');
  if (!rule || rule.levels[docType] === 'off') return [];
  // Each mask by where it starts in the original text: the length from the Han character before it to the one after it.
  let maskEnd: Uint8Array | undefined;
  MASKS.lastIndex = 0;
  for (let m; (m = MASKS.exec(text)); ) (maskEnd ??= new Uint8Array(text.length))[m.index] = m[0].length + 1;
  // A disguise (pinyin glued to a claim word, a look-alike character) always has a Han character in it or beside it.
  if (!maskEnd && !/[\u3400-\u9fff]/.test(text)) return [];
  // Where a garbled-replacement finding is already reported (normalised offsets): a claim it overlaps is not reported again.
  const covered = new Uint8Array(norm.text.length);
  for (const o of hits) if (o.rule === rule) covered.fill(1, o.start, o.end);
  const out: Hit[] = [];
  let lastEnd = -1;
  const candidates = hits.filter((h) => h.severity !== 'info' && MASKED_CLAIM.has(h.rule.category)).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const h of candidates) {
    if (h.start < lastEnd || covered.subarray(h.start, h.end).includes(1)) continue;
    // The claim's span, widened by a few characters within its clause: the mask may sit in the adverb before the word found (彻\ufffd底断根).
    let { start, end } = originalSpan(norm, h.start, h.end);
    for (let k = 0; k < 6 && start > 0 && !CLAUSE_END.test(text[start - 1]!); k++) start--;
    for (let k = 0; k < 6 && end < text.length && !CLAUSE_END.test(text[end]!); k++) end++;
    let masked = false;
    if (maskEnd) for (let i = start; i < end && !masked; i++) masked = maskEnd[i]! > 0 && i + maskEnd[i]! <= end;
    const disguise = !masked && disguised(text, norm, h);
    if (!masked && !disguise) continue;
    out.push({ rule, start: h.start, end: h.end, severity: rule.levels[docType] as Severity, note: masked ? '替换工具留下的遮盖符号' : '用拼音或形近字改写的断言' });
    lastEnd = h.end;
  }
  return out;
}

/**
 * The checker as a generator that yields now and then, so that checkTextAsync() can hand the event
 * loop back between slices; checkText() simply runs it to the end.
 */
function* scan(text: string, opts: CheckOptions): Generator<void, Finding[], void> {
  const docType = opts.docType;
  const norm = normalize(text);
  const ctx = new TextContext(norm.text);
  const only = opts.rules ? new Set(opts.rules) : undefined;
  const hits: Hit[] = [];
  let steps = 0;
  // Patterns none of whose required literals occur in the text cannot match: not run (prefilter.ts).
  const sighting = opts.modelOnly || opts.prefilter === false ? undefined : prefilterOf().sight(norm.text);
  const live = opts.modelOnly ? undefined : (sighting?.live ?? new Uint8Array(prefilterOf().size).fill(1));

  for (let r = 0; r < RULES.length; r++) {
    if (opts.modelOnly) break;
    const rule = RULES[r]!;
    if (only && !only.has(rule.id)) continue;
    const first = FIRST_PATTERN[r]!;
    let run: Hit[] = [];
    let perSentence: Uint8Array | undefined;
    let kept = 0;
    let ran = false;
    for (let p = 0; p < rule.patterns.length; p++) {
      if (kept >= PER_RULE) break;
      if (!live![first + p]) continue;
      const pattern = rule.patterns[p]!;
      const level = levelFor(rule, pattern, docType);
      if (level === 'off') continue;
      ran = true;
      // The matches a scan of the whole text would find, looked for only where the prefilter saw
      // the pattern's required strings (prefilter.ts); each call sets the regex's lastIndex itself,
      // so a pause in between, or another scan sharing the regex, changes nothing.
      const next = sighting ? prefilterOf().matches(first + p, sighting) : everyMatch(pattern.re, norm.text);
      const found: Hit[] = [];
      let m: RegExpExecArray | null;
      let last = -1;
      let sorted = true;
      while ((m = next())) {
        if (++steps % STEP === 0) yield;
        // A rule repeated over and over in one sentence is reported a few times, not hundreds: the
        // editor has seen it, and a text stuffed with keywords must not cost a full evaluation each.
        const si = ctx.sentenceIndexAt(m.index);
        perSentence ??= new Uint8Array(ctx.sentences.length);
        if (perSentence[si]! >= PER_SENTENCE) continue;
        if (kept >= PER_RULE) break;
        const h = evaluate(rule, pattern, level, m, ctx, docType);
        if (!h) continue;
        perSentence[si]!++;
        if (++kept >= PER_RULE) h.note = `${h.note ? `${h.note}；` : ''}同一规则在这段文字中已发现 ${PER_RULE} 处，其后的不再逐一列出`;
        if (h.start < last) sorted = false;
        last = h.start;
        found.push(h);
      }
      if (!sorted) found.sort((a, b) => a.start - b.start);
      run = mergeRuns(run, found);
    }
    if (!ran) continue;
    for (const h of dropOverlaps(run)) hits.push(h);
    // A chance to let go after each rule that ran (most run nothing in a given text: not worth a pause).
    yield;
  }
  if (sighting) prefilterOf().release(sighting);
  if (!opts.modelOnly && (!only || only.has('garbled-replacement'))) for (const g of maskedClaims(text, norm, hits, docType)) hits.push(g);
  const model = opts.model === undefined ? defaultModel() : opts.model;
  const cleared = model && !opts.modelOnly && opts.veto !== false ? yield* veto(model, ctx, hits) : new Set<number>();
  if (!opts.modelOnly) for (const block of blockHits(norm.text, docType, only)) hits.push(block);
  if (!opts.modelOnly && opts.tables !== false) for (const cell of tableHits(norm.text, opts, hits)) hits.push(cell);
  if (model) yield* secondOpinion(model, ctx, hits, docType, only, cleared);

  // Line numbers only when there is a finding to number: text of many short lines and no claim
  // (the common case) does not pay for an array of every line's start.
  const starts = hits.length ? lineStarts(text) : [];
  return hits
    .map((h): Finding => {
      const { start, end } = originalSpan(norm, h.start, h.end);
      return {
        rule: h.rule.id,
        category: h.rule.category,
        severity: h.severity,
        start,
        end,
        line: lineOf(starts, start),
        text: text.slice(start, end),
        basis: h.rule.basis,
        message: h.message ?? (h.note ? `${h.rule.message}（${h.note}。）` : h.rule.message),
        suggestion: h.rule.suggestion,
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

export function checkText(text: string, opts: CheckOptions): Finding[] {
  const it = scan(text, opts);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}

/**
 * The same findings as checkText(), computed in slices of at most about `sliceMs` milliseconds
 * with the event loop let go between them: a web request that checks a long text must not hold up
 * every other request meanwhile (issue 11, defect 1).
 */
export async function checkTextAsync(text: string, opts: CheckOptions, sliceMs = 5): Promise<Finding[]> {
  const it = scan(text, opts);
  let since = performance.now();
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
    if (performance.now() - since >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}

/** Counts by severity. */
export function tally(findings: readonly Finding[]): Record<Severity, number> {
  const t: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) t[f.severity]++;
  return t;
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { RuleContext };
