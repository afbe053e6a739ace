import { createHash } from 'node:crypto';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { blocks as blocksSchema, type Block } from '../content/index.js';

// From a legacy page to a draft: site chrome removed, the main content found by Readability (with a
// template rule when Readability finds nothing, as on pages of many very short lines), typed blocks
// recognised, the rest turned into Markdown. Images become placeholders until they are stored.

type El = Element;

export interface DoctorCard {
  name: string;
  title: string;
  skill: string;
  /** Absolute URL of the card's 查看详情 link (its identity on the old site), or of the page + name. */
  sourceUrl: string;
  photo: string | null;
}

export interface ExtractedPage {
  title: string;
  date: string | null;
  source: string | null;
  /** Breadcrumb names between 首页 and the page itself. */
  crumbs: string[];
  contentHtml: string;
  extractor: 'readability' | 'template';
  isArticle: boolean;
  doctors: DoctorCard[];
  /** Absolute same-document links and image sources (for the crawler and the audit). */
  links: string[];
  images: string[];
}

export interface ImageRef {
  token: string;
  src: string;
  alt: string;
}

export interface Draft {
  title: string;
  summary: string;
  /** Markdown with `@@IMGn@@` where image n goes. */
  bodyMd: string;
  blocks: Block[];
  images: ImageRef[];
  /** What could not be kept as a typed block, for the page's report. */
  notes: string[];
}

const CHROME_SELECTOR = 'script, style, noscript, iframe, form, nav, header, footer, aside, object, embed, select, button, input, textarea';
// Class or id words of menus, floats, banners and side boxes on the sites clinics move from.
const CHROME_NAME = /(swt|float|kefu|lrfloater|tel|phone|hotline|hot|doctor|\bdocs?\b|expert|menu|nav|footer|foot\b|prenext|pre_next|share|\bzx\b|zixun|position|breadcrumb|crumb|\binfo\b|entry-meta|widget|sidebar|\bright\b|banner|ad\b|ads|copyright|relate|comment|tags?\b)/i;
const CHROME_TEXT = /(在线咨询|咨询热线|预约电话|点击咨询|稍后再说|24小时|免费咨询|商务通)/;

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function abs(href: string | null, base: string): string | null {
  if (!href || /^(javascript|mailto|tel|data):/i.test(href.trim())) return null;
  try {
    const u = new URL(href.trim(), base);
    u.hash = '';
    return /^https?:$/.test(u.protocol) ? u.toString() : null;
  } catch {
    return null;
  }
}

function titleOf(d: Document): string {
  const h1 = norm(d.querySelector('h1')?.textContent);
  if (h1) return h1;
  const t = norm(d.querySelector('title')?.textContent);
  return norm(t.split(/[_|–—-]/)[0]) || t;
}

const DATE_LINE = /(?:日期|时间|发布|更新|发表)[^:：]{0,3}[:：]\s*(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})/;

function dateOf(d: Document, text: string): string | null {
  const iso = (y: string, m: string, day: string) => `${y}-${m.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const m = DATE_LINE.exec(text);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  const meta = d.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? d.querySelector('time[datetime]')?.getAttribute('datetime');
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(meta ?? '');
  return t ? iso(t[1]!, t[2]!, t[3]!) : null;
}

function crumbsOf(d: Document): string[] {
  const box =
    d.querySelector('.position, .breadcrumb, .breadcrumbs, .crumb, .location, #position, .place, nav[aria-label*="readcrumb"]') ??
    [...d.querySelectorAll('div, p, td, span')].find((e) => /^(当前位置|您现在的位置|您的位置|现在的位置)/.test(norm(e.textContent)) && e.querySelectorAll('a').length > 0 && e.querySelectorAll('div, td').length === 0);
  if (!box) return [];
  return [...box.querySelectorAll('a')].map((a) => norm(a.textContent)).filter((x) => x && !/^(首页|网站首页|主页|home)$/i.test(x));
}

/** Cards of doctors: a small box with a name heading, 查看详情 and 预约 links. Innermost boxes only. */
function doctorCardsOf(d: Document, pageUrl: string): DoctorCard[] {
  const cards: DoctorCard[] = [];
  const qualifies = (e: El) => {
    const t = e.textContent ?? '';
    return t.includes('查看详情') && /预约|挂号/.test(t) && !!e.querySelector('h3, h4, h5, strong, b, .name') && t.length < 400;
  };
  for (const e of d.querySelectorAll('div, li, td, dl')) {
    if (!qualifies(e)) continue;
    if ([...e.querySelectorAll('div, li, td, dl')].some(qualifies)) continue;
    const head = norm(e.querySelector('h3, h4, h5, .name, strong, b')?.textContent);
    const m = /^(\S{1,8}?)\s*((?:副?主任|主治|住院)?医师|副?教授|专家)?$/.exec(head) ?? /^(\S{1,8})\s+(.+)$/.exec(head);
    if (!m) continue;
    const skill = /擅长[:：]\s*([^\n]+?)(?:查看详情|预约|$)/.exec(norm(e.textContent))?.[1]?.trim() ?? '';
    const detail = [...e.querySelectorAll('a')].find((a) => norm(a.textContent).includes('查看详情'));
    const photo = abs(e.querySelector('img')?.getAttribute('src') ?? null, pageUrl);
    cards.push({
      name: m[1]!,
      title: norm(m[2] ?? ''),
      skill,
      sourceUrl: abs(detail?.getAttribute('href') ?? null, pageUrl) ?? `${pageUrl}#doctor-${encodeURIComponent(m[1]!)}`,
      photo,
    });
  }
  return cards;
}

function removeChrome(d: Document): void {
  for (const e of [...d.querySelectorAll(CHROME_SELECTOR)]) e.remove();
  for (const e of [...d.querySelectorAll('[class], [id]')]) {
    if (!e.isConnected) continue;
    const name = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (!CHROME_NAME.test(name) || /\b(content|artbody|entry-content|article)\b/i.test(name)) continue;
    if (e.querySelector('h1, #artbody, .content, .entry-content, article')) continue;
    e.remove();
  }
  for (const e of [...d.querySelectorAll('div, td, span, li')]) {
    if (!e.isConnected) continue;
    const t = norm(e.textContent);
    if (t.length < 80 && CHROME_TEXT.test(t) && !e.querySelector('p, h1, h2, h3, table')) e.remove();
  }
}

const TEMPLATE_SELECTORS = ['#artbody', '.entry-content', '.article-content', '.art_con', '.content', 'article', '#content', '.article', 'main'];

function templateContent(d: Document): El | null {
  for (const s of TEMPLATE_SELECTORS) {
    const e = d.querySelector(s);
    if (e && norm(e.textContent).length > 0) return e;
  }
  return null;
}

/** Share of the template content's characters that the extractor's result also has (by line). */
function covered(templateHtml: string, resultHtml: string): number {
  const text = htmlText;
  const got = norm(text(resultHtml));
  const lines = text(templateHtml).split(/\n/).map(norm).filter(Boolean);
  const total = lines.reduce((n, l) => n + l.length, 0);
  if (!total) return 1;
  return lines.reduce((n, l) => n + (got.includes(l) ? l.length : 0), 0) / total;
}

/** Text of an HTML fragment, a line per element boundary: a cheap measure, no DOM needed. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function textLength(html: string): number {
  return norm(htmlText(html)).length;
}

export function extractPage(html: string, pageUrl: string): ExtractedPage {
  const d = doc(html);
  const fullText = norm(d.querySelector('body')?.textContent ?? d.textContent);
  const title = titleOf(d);
  const date = dateOf(d, fullText);
  const source = /来源[:：]\s*([^\s|&]{1,40})/.exec(fullText)?.[1] ?? null;
  const crumbs = crumbsOf(d);
  const doctors = doctorCardsOf(d, pageUrl);
  const links = [...new Set([...d.querySelectorAll('a[href]')].map((a) => abs(a.getAttribute('href'), pageUrl)).filter((x): x is string => !!x))];
  const images = [...new Set([...d.querySelectorAll('img[src]')].map((i) => abs(i.getAttribute('src'), pageUrl)).filter((x): x is string => !!x))];

  removeChrome(d);
  // The date line and the page title are metadata here, not body text.
  for (const e of [...d.querySelectorAll('h1')]) e.remove();
  for (const e of [...d.querySelectorAll('div, p, td')]) if (e.isConnected && DATE_LINE.test(norm(e.textContent)) && norm(e.textContent).length < 160 && !e.querySelector('p, div, table')) e.remove();

  const tpl = templateContent(d);
  const tplHtml = tpl?.innerHTML ?? '';
  let contentHtml = '';
  let extractor: ExtractedPage['extractor'] = 'readability';
  try {
    // The cleaned document itself (Readability changes it; the template content was read above).
    const r = new Readability(d, { charThreshold: 200, keepClasses: false }).parse();
    contentHtml = r?.content ?? '';
  } catch {
    contentHtml = '';
  }
  // Readability scores paragraphs by length and commas; a page of many short lines can score nothing
  // (null) or pick a side box. Compare with the template rule and keep the fuller text.
  // Or it takes a wrapper with the content and a long side box: then the template content is the article.
  if (!contentHtml || (tplHtml && (covered(tplHtml, contentHtml) < 0.6 || textLength(contentHtml) > 1.5 * textLength(tplHtml)))) {
    contentHtml = tplHtml;
    extractor = 'template';
  }
  const contentText = textLength(contentHtml);
  const isArticle = !!title && contentText >= 30 && (date !== null || contentText >= 300);
  return { title, date, source, crumbs, contentHtml, extractor, isArticle, doctors, links, images };
}

// ---------------------------------------------------------------------------------------------

const LEAF = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'IMG', 'DL', 'HR']);
const CONTAINER = new Set(['DIV', 'SECTION', 'FIGURE', 'ARTICLE', 'MAIN', 'TBODY', 'CENTER', 'FONT', 'SPAN', 'TD', 'TR', 'TH', 'FIGCAPTION']);

/** The content as a flat list of block-level leaves, in reading order. Layout tables are entered. */
function leaves(root: El): El[] {
  const out: El[] = [];
  const visit = (e: El) => {
    // Inline runs directly in a container (text, <br>, <strong>…) become paragraphs first.
    let run: Node[] = [];
    const flush = () => {
      if (run.some((n) => norm(n.textContent) || (n as El).tagName === 'IMG')) {
        const p = e.ownerDocument.createElement('p');
        run[0]!.parentNode!.insertBefore(p, run[0]!);
        for (const n of run) p.appendChild(n);
      }
      run = [];
    };
    for (const n of [...e.childNodes]) {
      const tag = (n as El).tagName;
      if (n.nodeType === 3 || (n.nodeType === 1 && !LEAF.has(tag) && !CONTAINER.has(tag) && tag !== 'TABLE')) run.push(n);
      else if (n.nodeType === 1 && (tag === 'SPAN' || tag === 'FONT') && !(n as El).querySelector([...LEAF].join(','))) run.push(n);
      else flush();
    }
    flush();
    for (const c of [...e.children]) {
      if (c.tagName === 'TABLE' && !isDataTable(c)) visit(c);
      else if (LEAF.has(c.tagName)) out.push(c);
      else if (CONTAINER.has(c.tagName) && c.querySelector([...LEAF].join(','))) visit(c);
      else if (norm(c.textContent)) out.push(c);
    }
  };
  visit(root);
  return out;
}

function rowsOf(t: El): string[][] {
  return [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => norm(c.textContent)));
}

function isDataTable(t: El): boolean {
  if (t.querySelector('table')) return false;
  const rows = rowsOf(t).filter((r) => r.some(Boolean));
  if (rows.length < 2) return false;
  const w = rows[0]!.length;
  return w >= 2 && w <= 5 && rows.every((r) => r.length === w) && rows.every((r) => r.every((c) => c.length <= 400));
}

const FAQ_HEAD = /(常见问题|问答|答疑|FAQ|你可能还想问|您可能还想问)/i;
const TIPS_HEAD = /^(温馨提示|注意事项|小贴士|特别提示|友情提示)[:：]?/;
const CONTRA_HEAD = /(禁忌|不适合|不宜|慎用人群)/;
const Q = /^(?:问|Q|提问)\s*[:：]\s*/i;
const A = /^(?:答|A|回答)\s*[:：]\s*/i;
const NUMBERED = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.．)）]\s*/;

const isHeading = (e: El) => /^H[1-6]$/.test(e.tagName) || (e.tagName === 'P' && norm(e.textContent).length <= 30 && norm(e.textContent) === norm(e.querySelector('strong, b')?.textContent) && norm(e.textContent) !== '');

function listItems(e: El): string[] {
  return [...e.querySelectorAll('li')].map((li) => norm(li.textContent)).filter(Boolean);
}

export function makeTurndown(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  td.remove(['script', 'style', 'iframe', 'form', 'button', 'input', 'select']);
  return td;
}

const turndown = makeTurndown();

/**
 * Splits content HTML into body Markdown and typed blocks. Images become `@@IMGn@@` tokens (their
 * source resolved against the page) so nothing in the draft points at the old site.
 */
export function toDraft(contentHtml: string, pageUrl: string, title: string): Draft {
  const d = doc(`<!doctype html><html><body><div id="cp-root">${contentHtml}</div></body></html>`);
  const root = d.querySelector('#cp-root')!;
  const images: ImageRef[] = [];
  for (const img of [...root.querySelectorAll('img')]) {
    const src = abs(img.getAttribute('src') ?? img.getAttribute('data-src'), pageUrl);
    if (!src) {
      img.remove();
      continue;
    }
    const token = `@@IMG${images.length}@@`;
    images.push({ token, src, alt: norm(img.getAttribute('alt')) });
    img.replaceWith(d.createTextNode(token));
  }
  for (const a of [...root.querySelectorAll('a[href]')]) {
    const u = abs(a.getAttribute('href'), pageUrl);
    if (!u) a.replaceWith(d.createTextNode(a.textContent ?? ''));
    else if (new URL(u).host === new URL(pageUrl).host) a.setAttribute('href', new URL(u).pathname);
    else a.setAttribute('href', u);
  }

  const items = leaves(root);
  const md: string[] = [];
  const blocks: Block[] = [];
  const notes: string[] = [];
  const counters: Record<string, number> = {};
  const place = (b: Block) => {
    const parsed = blocksSchema.element.safeParse(b);
    if (!parsed.success) {
      notes.push(`“${b.title}”未能识别为结构化区块，保留为正文`);
      return false;
    }
    blocks.push(parsed.data);
    md.push(`{{block:${b.id}}}`);
    return true;
  };
  const nextId = (kind: string) => `${kind}-${(counters[kind] = (counters[kind] ?? 0) + 1)}`;

  let i = 0;
  while (i < items.length) {
    const e = items[i]!;
    const text = norm(e.textContent);
    // An information table, with the short heading before it as its title.
    if (e.tagName === 'TABLE' && isDataTable(e)) {
      const rows = rowsOf(e).filter((r) => r.some(Boolean));
      const prev = md.length && i > 0 && isHeading(items[i - 1]!) && !FAQ_HEAD.test(norm(items[i - 1]!.textContent)) ? norm(items[i - 1]!.textContent) : null;
      const block: Block = { type: 'keyFacts', id: nextId('keyfacts'), title: (prev ?? '要点').replace(/[:：]$/, ''), columns: rows[0]!, rows: rows.slice(1) };
      if (prev && md[md.length - 1]?.includes(prev)) md.pop();
      if (!place(block)) md.push(turndown.turndown(e as unknown as HTMLElement));
      i++;
      continue;
    }
    // Question/answer runs, with or without a heading before them.
    const faqHead = isHeading(e) && FAQ_HEAD.test(text);
    if (faqHead || Q.test(text)) {
      let j = faqHead ? i + 1 : i;
      const qa: { question: string; answer: string }[] = [];
      while (j + 1 < items.length && Q.test(norm(items[j]!.textContent)) && A.test(norm(items[j + 1]!.textContent))) {
        qa.push({ question: norm(items[j]!.textContent).replace(Q, ''), answer: norm(items[j + 1]!.textContent).replace(A, '') });
        j += 2;
      }
      if (qa.length && place({ type: 'faq', id: nextId('faq'), title: faqHead ? text.replace(/[:：]$/, '') : '常见问题', items: qa })) {
        i = j;
        continue;
      }
    }
    // 温馨提示 / 注意事项: the rest of the line, a following list, or numbered lines.
    const tipsHead = TIPS_HEAD.test(text) && (isHeading(e) || text.length <= 200);
    const contraHead = isHeading(e) && CONTRA_HEAD.test(text);
    if (tipsHead || contraHead) {
      const found: string[] = [];
      const rest = tipsHead ? text.replace(TIPS_HEAD, '').trim() : '';
      if (rest) found.push(rest);
      let j = i + 1;
      if (j < items.length && (items[j]!.tagName === 'UL' || items[j]!.tagName === 'OL')) {
        found.push(...listItems(items[j]!));
        j++;
      } else {
        while (j < items.length && items[j]!.tagName === 'P' && NUMBERED.test(norm(items[j]!.textContent))) {
          found.push(norm(items[j]!.textContent).replace(NUMBERED, ''));
          j++;
        }
      }
      const head = tipsHead ? (text.match(TIPS_HEAD)![1] ?? '温馨提示') : text.replace(/[:：]$/, '');
      if (found.length) {
        const ok = tipsHead
          ? place({ type: 'tips', id: nextId('tips'), title: head, items: found })
          : place({ type: 'contraindications', id: nextId('contraindications'), title: head, items: found });
        if (ok) {
          i = j;
          continue;
        }
      }
    }
    // DOM nodes, not HTML strings: turndown would parse every string again with its own DOM.
    const out = turndown.turndown(e as unknown as HTMLElement);
    if (out.trim()) md.push(out.trim());
    i++;
  }
  const bodyMd = md
    .join('\n\n')
    .split('\n')
    .map((l) => l.replace(/^[\s\u00a0\u3000]+/, '').replace(/[\s\u00a0\u3000]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const firstPara = md.find((p) => !p.startsWith('{{block:') && !p.startsWith('#') && !p.includes('@@IMG') && p.trim().length > 0) ?? title;
  const summary = [...norm(firstPara.replace(/[*_#>`[\]]/g, '').replace(/\(\/[^)]*\)/g, ''))].slice(0, 120).join('');
  return { title: [...title].slice(0, 120).join(''), summary, bodyMd, blocks, images, notes };
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
