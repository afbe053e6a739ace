import type { Kysely } from 'kysely';
import { addDays, isDate, localDateOf, zonedInstant } from '../time/zoned-time.js';
import type { Database } from '../db/schema.js';
import {
  articlesReviewed,
  attributed,
  bookingsInRange,
  pageTitles,
  publishedArticleId,
  questionsInRange,
  reviewsDue,
  sessionsInRange,
  viewsInRange,
  waitlistInRange,
} from './insights.repository.js';
import type { DeviceClass, PageKind, ReferrerClass } from './insights.tables.js';

type Db = Kysely<Database>;

// ---------------------------------------------------------------------------------------------
// Periods

export type PeriodKind = 'week' | 'month' | 'quarter';
export const PERIOD_KINDS: PeriodKind[] = ['week', 'month', 'quarter'];
export const PERIOD_LABELS: Record<PeriodKind, string> = { week: '周', month: '月', quarter: '季度' };

export interface Period {
  kind: PeriodKind;
  /** Clinic-local dates, both included. */
  from: string;
  to: string;
  label: string;
  prev: string;
  next: string;
}

const weekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const monthStart = (y: number, m: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;

/** The week (Monday to Sunday), calendar month or calendar quarter that contains `at`. */
export function periodOf(kind: PeriodKind, at: string): Period {
  if (kind === 'week') {
    const from = addDays(at, 1 - weekday(at));
    const to = addDays(from, 6);
    return { kind, from, to, label: `${from} 至 ${to}`, prev: addDays(from, -7), next: addDays(from, 7) };
  }
  const y = Number(at.slice(0, 4));
  const m = Number(at.slice(5, 7));
  const span = kind === 'month' ? 1 : 3;
  const first = kind === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const from = monthStart(y, first);
  const after = first + span > 12 ? monthStart(y + 1, first + span - 12) : monthStart(y, first + span);
  const to = addDays(after, -1);
  const prevFirst = first - span < 1 ? monthStart(y - 1, first - span + 12) : monthStart(y, first - span);
  const label = kind === 'month' ? `${y} 年 ${first} 月` : `${y} 年第 ${(first + 2) / 3} 季度`;
  return { kind, from, to, label, prev: prevFirst, next: after };
}

/** The period a request asks for; anything not understood falls back to the current month. */
export function parsePeriod(query: unknown, today: string): Period {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const kind = PERIOD_KINDS.includes(q.period as PeriodKind) ? (q.period as PeriodKind) : 'month';
  const at = typeof q.at === 'string' && q.at.length === 10 && isDate(q.at) && q.at >= '2000-01-01' && q.at <= '2099-12-31' ? q.at : today;
  return periodOf(kind, at);
}

/** The months ('YYYY-MM') that lie wholly inside the period: their rolled-up totals count in it. */
export function wholeMonths(p: Period): string[] {
  const out: string[] = [];
  let d = p.from.slice(0, 8) + '01';
  while (d <= p.to) {
    const next = periodOf('month', d);
    if (next.from >= p.from && next.to <= p.to) out.push(d.slice(0, 7));
    d = next.next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Figures: one structure drives the chart, the data table, the CSV file and the e-mail.

export type Cell = string | number;
export interface Column {
  key: string;
  label: string;
  /** 'pct' values are fractions 0..1 (shown as per cent); 'num' are decimals. */
  kind: 'text' | 'int' | 'pct' | 'num';
  /** The cells are data written in Chinese (titles, names), not labels: the English page marks them. */
  content?: true;
}
export interface Figure {
  id: string;
  title: string;
  /** One line under the title: what is counted and how. */
  note: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Which column labels the bars and which gives their length; absent: a table only. */
  chart?: { type: 'vbar' | 'hbar'; label: string; value: string };
  /** Headline numbers shown above the chart. */
  stats?: { label: string; value: string; measure?: { n: number; unit: 'days' | 'hours' } }[];
}

export const REFERRER_LABELS: Record<ReferrerClass, string> = { search: '搜索引擎', wechat: '微信', other: '其他网站', internal: '站内链接', direct: '直接访问' };
export const DEVICE_LABELS: Record<DeviceClass, string> = { mobile: '手机', tablet: '平板', desktop: '电脑', other: '其他' };
const KIND_LABELS: Record<PageKind, string> = { article: '文章', doctor: '医生', qa: '问答' };

const ratio = (n: number, d: number) => (d > 0 ? n / d : 0);

/** Views per class (every class listed, in the labels' order) with each class's share, as bars. */
function shareFigure<C extends string>(id: string, title: string, note: string, key: string, heading: string, labels: Record<C, string>, counts: Map<C, number>, total: number): Figure {
  return {
    id,
    title,
    note,
    columns: [
      { key, label: heading, kind: 'text' },
      { key: 'views', label: '阅读', kind: 'int' },
      { key: 'share', label: '占比', kind: 'pct' },
    ],
    rows: (Object.keys(labels) as C[]).map((c) => ({ [key]: labels[c], views: counts.get(c) ?? 0, share: ratio(counts.get(c) ?? 0, total) })),
    chart: { type: 'hbar', label: key, value: 'views' },
  };
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const pct = (v: number) => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;

/** Lead-time buckets, in whole days between booking and the session's start. */
export const LEAD_BUCKETS: { label: string; max: number }[] = [
  { label: '当天（不足 1 天）', max: 1 },
  { label: '1–2 天', max: 3 },
  { label: '3–7 天', max: 8 },
  { label: '8–14 天', max: 15 },
  { label: '15 天以上', max: Infinity },
];

export interface Insights {
  period: Period;
  figures: Figure[];
}

/** Every figure of the insights page for one period. `now` decides what is overdue. */
export async function computeInsights(db: Db, period: Period, timeZone: string, now: Date): Promise<Insights> {
  const fromIso = zonedInstant(period.from, '00:00', timeZone).toISOString();
  const toIso = zonedInstant(addDays(period.to, 1), '00:00', timeZone).toISOString();
  const today = localDateOf(now, timeZone);
  const [views, attr, sessions, bookings, waitlist, questions, reviewed, due] = await Promise.all([
    viewsInRange(db, period.from, period.to, wholeMonths(period)),
    attributed(db, fromIso, toIso),
    sessionsInRange(db, period.from, period.to),
    bookingsInRange(db, period.from, period.to),
    waitlistInRange(db, period.from, period.to),
    questionsInRange(db, fromIso, toIso),
    articlesReviewed(db, fromIso, toIso),
    reviewsDue(db, period.to > today ? period.to : today),
  ]);

  // Reads by page, by source and by device.
  const byPage = new Map<string, { kind: PageKind; id: number; views: number }>();
  const bySource = new Map<ReferrerClass, number>();
  const byDevice = new Map<DeviceClass, number>();
  for (const v of views) {
    const key = `${v.kind}:${v.subject_id}`;
    const e = byPage.get(key) ?? { kind: v.kind, id: v.subject_id, views: 0 };
    e.views += v.views;
    byPage.set(key, e);
    bySource.set(v.referrer_class, (bySource.get(v.referrer_class) ?? 0) + v.views);
    byDevice.set(v.device_class, (byDevice.get(v.device_class) ?? 0) + v.views);
  }
  const articleIds = new Set<number>([...byPage.values()].filter((p) => p.kind === 'article').map((p) => p.id));
  for (const id of [...attr.bookings.keys(), ...attr.questions.keys()]) articleIds.add(id);
  const titles = await pageTitles(db, {
    article: [...articleIds],
    doctor: [...byPage.values()].filter((p) => p.kind === 'doctor').map((p) => p.id),
    qa: [...byPage.values()].filter((p) => p.kind === 'qa').map((p) => p.id),
  });
  const titleOf = (kind: PageKind, id: number) => titles[kind].find((t) => t.id === id)?.title ?? `（已删除 #${id}）`;
  const totalViews = [...byPage.values()].reduce((s, p) => s + p.views, 0);

  const articleRows = [...articleIds]
    .map((id) => ({ id, views: byPage.get(`article:${id}`)?.views ?? 0, bookings: attr.bookings.get(id) ?? 0, questions: attr.questions.get(id) ?? 0 }))
    .sort((a, b) => b.views - a.views || b.bookings - a.bookings || b.questions - a.questions || a.id - b.id)
    .slice(0, 20)
    .map((r) => ({ title: titleOf('article', r.id), views: r.views, bookings: r.bookings, questions: r.questions }));
  const otherPages = [...byPage.values()]
    .filter((p) => p.kind !== 'article')
    .sort((a, b) => b.views - a.views || a.id - b.id)
    .slice(0, 20)
    .map((p) => ({ kind: KIND_LABELS[p.kind], title: titleOf(p.kind, p.id), views: p.views }));

  // Sessions and bookings, by the clinic-local date of the visit.
  const open = sessions.filter((s) => s.status === 'open');
  const live = (b: { status: string }) => b.status !== 'cancelled';
  const days: string[] = [];
  for (let d = period.from; d <= period.to; d = addDays(d, 1)) days.push(d);
  const perDay = days.map((d) => {
    const of = bookings.filter((b) => b.local_date === d);
    return { date: d, bookings: of.filter(live).length, cancelled: of.length - of.filter(live).length };
  });
  const openIds = new Set(open.map((s) => s.id));
  const doctorIds = [...new Set(sessions.map((s) => s.doctor_id))].sort(
    (a, b) => sessions.find((s) => s.doctor_id === a)!.doctor_position - sessions.find((s) => s.doctor_id === b)!.doctor_position || a - b,
  );
  const doctorRows = doctorIds.map((id) => {
    const own = open.filter((s) => s.doctor_id === id);
    const places = own.reduce((n, s) => n + s.quota, 0);
    const theirs = bookings.filter((b) => b.doctor_id === id);
    const taken = theirs.filter((b) => live(b) && openIds.has(b.session_id)).length;
    const attended = theirs.filter((b) => b.status === 'checked_in').length;
    const noShows = theirs.filter((b) => b.status === 'no_show').length;
    return {
      doctor: sessions.find((s) => s.doctor_id === id)!.doctor_name,
      sessions: own.length,
      places,
      booked: taken,
      fill: ratio(taken, places),
      no_show: ratio(noShows, attended + noShows),
      cancelled: theirs.length - theirs.filter(live).length,
    };
  });
  const places = open.reduce((n, s) => n + s.quota, 0);
  const taken = bookings.filter((b) => live(b) && openIds.has(b.session_id)).length;
  const attended = bookings.filter((b) => b.status === 'checked_in').length;
  const noShows = bookings.filter((b) => b.status === 'no_show').length;
  const cancelled = bookings.length - bookings.filter(live).length;

  // Lead time: booked ahead online or from the waiting list (walk-ins are booked on the spot).
  const leads = bookings.filter((b) => b.source !== 'walkin').map((b) => (Date.parse(b.starts_at) - Date.parse(b.created_at)) / 86_400_000);
  const leadMedian = median(leads);
  const leadRows = LEAD_BUCKETS.map((bucket, i) => ({
    bucket: bucket.label,
    bookings: leads.filter((d) => d < bucket.max && (i === 0 || d >= LEAD_BUCKETS[i - 1]!.max)).length,
  }));

  const wl = (s: string) => waitlist.find((w) => w.status === s)?.n ?? 0;
  const wlTotal = waitlist.reduce((n, w) => n + w.n, 0);

  // Questions, by the clinic-local date they arrived.
  const qDays = days.map((d) => ({ date: d, received: questions.filter((q) => localDateOf(new Date(q.created_at), timeZone) === d).length }));
  const answerHours = questions.filter((q) => q.answered_at).map((q) => (Date.parse(q.answered_at!) - Date.parse(q.created_at)) / 3_600_000);
  const answerMedian = median(answerHours);

  const overdue = due.filter((a) => a.next_review_due! < today);
  const dueInPeriod = due.filter((a) => a.next_review_due! >= period.from && a.next_review_due! <= period.to);

  const figures: Figure[] = [
    {
      id: 'articles',
      title: '文章阅读与带来的预约、提问',
      note: '阅读：文章页被打开的次数；预约、提问：本期内从该文章的链接开始的预约和提问（不含任何患者信息）。前 20 篇。',
      columns: [
        { key: 'title', label: '文章', kind: 'text', content: true },
        { key: 'views', label: '阅读', kind: 'int' },
        { key: 'bookings', label: '预约', kind: 'int' },
        { key: 'questions', label: '提问', kind: 'int' },
      ],
      rows: articleRows,
      chart: { type: 'hbar', label: 'title', value: 'views' },
      stats: [{ label: '全部页面阅读', value: String(totalViews) }],
    },
    shareFigure('sources', '阅读来源', '来源只按类别记录（搜索引擎、微信、其他网站、站内链接、直接访问），不保存来源网址。', 'source', '来源', REFERRER_LABELS, bySource, totalViews),
    shareFigure('devices', '阅读设备', '设备只按类别记录，不保存浏览器标识。', 'device', '设备', DEVICE_LABELS, byDevice, totalViews),
    {
      id: 'pages',
      title: '医生页与问答页阅读',
      note: '前 20 个页面。',
      columns: [
        { key: 'kind', label: '类型', kind: 'text' },
        { key: 'title', label: '页面', kind: 'text', content: true },
        { key: 'views', label: '阅读', kind: 'int' },
      ],
      rows: otherPages,
      chart: { type: 'hbar', label: 'title', value: 'views' },
    },
    {
      id: 'bookings-by-day',
      title: '每日预约',
      note: '按就诊日期：有效预约（未取消）与已取消的预约。',
      columns: [
        { key: 'date', label: '就诊日期', kind: 'text' },
        { key: 'bookings', label: '有效预约', kind: 'int' },
        { key: 'cancelled', label: '已取消', kind: 'int' },
      ],
      rows: perDay,
      chart: { type: 'vbar', label: 'date', value: 'bookings' },
      stats: [
        { label: '有效预约', value: String(perDay.reduce((n, d) => n + d.bookings, 0)) },
        { label: '已取消', value: String(cancelled) },
      ],
    },
    {
      id: 'doctors',
      title: '各医生的预约与号源使用率',
      note: '号源使用率 = 未停诊出诊的有效预约 ÷ 号源数；爽约率 = 爽约 ÷（已到诊 + 爽约）。',
      columns: [
        { key: 'doctor', label: '医生', kind: 'text', content: true },
        { key: 'sessions', label: '出诊', kind: 'int' },
        { key: 'places', label: '号源', kind: 'int' },
        { key: 'booked', label: '有效预约', kind: 'int' },
        { key: 'fill', label: '使用率', kind: 'pct' },
        { key: 'no_show', label: '爽约率', kind: 'pct' },
        { key: 'cancelled', label: '取消', kind: 'int' },
      ],
      rows: doctorRows,
      chart: { type: 'hbar', label: 'doctor', value: 'booked' },
    },
    {
      id: 'rates',
      title: '号源使用率、爽约率与取消率',
      note: '取消率 = 取消的预约 ÷ 全部预约（按就诊日期计入本期）。',
      columns: [
        { key: 'measure', label: '指标', kind: 'text' },
        { key: 'count', label: '分子', kind: 'int' },
        { key: 'of', label: '分母', kind: 'int' },
        { key: 'rate', label: '比率', kind: 'pct' },
      ],
      rows: [
        { measure: '号源使用率', count: taken, of: places, rate: ratio(taken, places) },
        { measure: '爽约率', count: noShows, of: attended + noShows, rate: ratio(noShows, attended + noShows) },
        { measure: '取消率', count: cancelled, of: bookings.length, rate: ratio(cancelled, bookings.length) },
      ],
      chart: { type: 'hbar', label: 'measure', value: 'rate' },
    },
    {
      id: 'lead-time',
      title: '提前预约天数',
      note: '从提交预约到就诊开始的时间（线上与候补预约；现场挂号不计）。',
      columns: [
        { key: 'bucket', label: '提前', kind: 'text' },
        { key: 'bookings', label: '预约', kind: 'int' },
      ],
      rows: leadRows,
      chart: { type: 'vbar', label: 'bucket', value: 'bookings' },
      stats: [{ label: '中位数', value: leadMedian === null ? '—' : `${leadMedian.toFixed(1)} 天`, ...(leadMedian === null ? {} : { measure: { n: leadMedian, unit: 'days' as const } }) }],
    },
    {
      id: 'waitlist',
      title: '候补转化',
      note: '本期出诊的候补登记；转化率 = 接受候补并成功预约 ÷ 候补登记。',
      columns: [
        { key: 'status', label: '状态', kind: 'text' },
        { key: 'entries', label: '人次', kind: 'int' },
      ],
      rows: [
        { status: '候补登记', entries: wlTotal },
        { status: '已通知', entries: wl('offered') + wl('accepted') + wl('expired') },
        { status: '已预约', entries: wl('accepted') },
        { status: '通知过期', entries: wl('expired') },
        { status: '主动退出', entries: wl('left') },
        { status: '仍在等候', entries: wl('waiting') },
      ],
      chart: { type: 'hbar', label: 'status', value: 'entries' },
      stats: [{ label: '转化率', value: pct(ratio(wl('accepted'), wlTotal)) }],
    },
    {
      id: 'questions',
      title: '收到的提问与回答时间',
      note: '按提问日期；回答时间：本期收到且已回答的提问，从提交到医生回答。',
      columns: [
        { key: 'date', label: '日期', kind: 'text' },
        { key: 'received', label: '收到提问', kind: 'int' },
      ],
      rows: qDays,
      chart: { type: 'vbar', label: 'date', value: 'received' },
      stats: [
        { label: '收到提问', value: String(questions.length) },
        { label: '已回答', value: String(answerHours.length) },
        { label: '回答时间中位数', value: answerMedian === null ? '—' : `${answerMedian.toFixed(1)} 小时`, ...(answerMedian === null ? {} : { measure: { n: answerMedian, unit: 'hours' as const } }) },
      ],
    },
    {
      id: 'reviews',
      title: '文章复审',
      note: '本期通过医学审核的文章；本期到期复审的已发布文章；今天已逾期未复审的已发布文章。',
      columns: [
        { key: 'measure', label: '项目', kind: 'text' },
        { key: 'articles', label: '文章数', kind: 'int' },
      ],
      rows: [
        { measure: '本期已审核', articles: reviewed },
        { measure: '本期到期复审', articles: dueInPeriod.length },
        { measure: '已逾期', articles: overdue.length },
      ],
      chart: { type: 'hbar', label: 'measure', value: 'articles' },
    },
    {
      id: 'overdue',
      title: '逾期与本期到期复审的文章',
      note: '按复审日期排列。',
      columns: [
        { key: 'title', label: '文章', kind: 'text', content: true },
        { key: 'due', label: '复审日期', kind: 'text' },
        { key: 'state', label: '状态', kind: 'text' },
      ],
      rows: [...new Map([...overdue, ...dueInPeriod].map((a) => [a.id, a])).values()].map((a) => ({
        title: a.title,
        due: a.next_review_due!,
        state: a.next_review_due! < today ? '已逾期' : '本期到期',
      })),
    },
  ];
  return { period, figures };
}

// ---------------------------------------------------------------------------------------------
// CSV

/** A cell as spreadsheet software may not run it: text that starts like a formula gets a leading apostrophe. */
export function csvCell(v: Cell): string {
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The figure's table as CSV (UTF-8 with a byte-order mark, so spreadsheet software reads Chinese). */
export function figureCsv(f: Figure): string {
  const lines = [f.columns.map((c) => csvCell(c.label)).join(',')];
  for (const r of f.rows) lines.push(f.columns.map((c) => csvCell(c.kind === 'pct' ? Math.round(Number(r[c.key]) * 10000) / 10000 : r[c.key]!)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function formatCell(c: Column, v: Cell): string {
  if (c.kind === 'pct') return pct(Number(v));
  if (c.kind === 'num') return Number(v).toFixed(1);
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// Where a booking or question was started

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;

/** The `from` of a link or form, if it is a well-formed article slug or id; anything else is ignored. */
export function parseFrom(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 120) return undefined;
  return SLUG.test(raw) ? raw : undefined;
}

/** The published article a `from` names, or null: a stale or made-up value attributes nothing. */
export async function sourceArticle(db: Db, raw: unknown): Promise<number | null> {
  const from = parseFrom(raw);
  if (!from) return null;
  if (/^[1-9]\d{0,9}$/.test(from) && Number(from) < 2 ** 31) {
    const byId = await publishedArticleId(db, { id: Number(from) });
    if (byId !== null) return byId;
  }
  return publishedArticleId(db, { slug: from });
}
