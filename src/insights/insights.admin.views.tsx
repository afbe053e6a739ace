import { Csrf } from '../staff/staff.layout.js';
import { contentLang, formatMonth, type Locale } from '../web/i18n.js';
import { figureLabel, insightsAdminT } from './insights.admin.i18n.js';
import { formatCell, PERIOD_KINDS, type Figure, type Insights, type Period } from './insights.service.js';

// Charts are SVG drawn on the server: they need no script, print as they are, and use attributes
// only (the Content-Security-Policy allows no inline style). Each chart is decorative for
// assistive technology (aria-hidden): the data table under it carries the same figures.

const BRAND = '#1f6f5c';
const INK = '#1d2a26';
const GRID = '#d5dfdb';

const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s);
const niceMax = (max: number) => {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  const m = max / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
};

/**
 * The figure as the page shows it in `locale`. The service builds its labels in Chinese for the
 * e-mail and the CSV file, which stay Chinese; on an English page they are looked up here. Cells of
 * `content` columns (titles, names) are data and stay as they are.
 */
export function localFigure(f: Figure, locale: Locale): Figure {
  if (locale === 'zh-CN') return f;
  const t = insightsAdminT(locale);
  const label = (s: string) => figureLabel(locale, f.id, s);
  const texts = f.columns.filter((c) => c.kind === 'text' && !c.content).map((c) => c.key);
  return {
    ...f,
    title: label(f.title),
    note: label(f.note),
    columns: f.columns.map((c) => ({ ...c, label: label(c.label) })),
    rows: f.rows.map((r) => {
      const out = { ...r };
      for (const k of texts) if (typeof out[k] === 'string') out[k] = label(out[k]);
      return out;
    }),
    stats: f.stats?.map((s) => ({ ...s, label: label(s.label), value: s.measure ? t(`unit.${s.measure.unit}`, { n: s.measure.n.toFixed(1) }) : s.value })),
  };
}

/** The lang of a chart's bar labels: data columns are Chinese on an English page. */
const labelLang = (f: Figure, locale: Locale) => (f.columns.find((c) => c.key === f.chart!.label)?.content ? contentLang(locale) : undefined);

function valueText(f: Figure, v: number): string {
  const col = f.columns.find((c) => c.key === f.chart!.value)!;
  return formatCell(col, v);
}

/** Horizontal bars: one per row, labelled at the left, the value at the end of the bar. */
export function HBarChart({ f, locale = 'zh-CN' }: { f: Figure; locale?: Locale }) {
  const rows = f.rows.slice(0, 20);
  const values = rows.map((r) => Number(r[f.chart!.value]));
  const isPct = f.columns.find((c) => c.key === f.chart!.value)?.kind === 'pct';
  const top = isPct ? 1 : niceMax(Math.max(0, ...values));
  const bar = 22;
  const gap = 8;
  // Room for 15 characters of a 13 px CJK label.
  const left = 220;
  const width = 700;
  const plot = width - left - 70;
  const height = rows.length * (bar + gap) + gap;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <line x1={left} y1={0} x2={left} y2={height} stroke={GRID} />
      {rows.map((r, i) => {
        const y = gap + i * (bar + gap);
        const w = Math.round((values[i]! / top) * plot);
        return (
          <g>
            <text x={left - 8} y={y + bar / 2 + 5} text-anchor="end" font-size="13" fill={INK} lang={labelLang(f, locale)}>
              {clip(String(r[f.chart!.label]), 14)}
            </text>
            <rect x={left} y={y} width={Math.max(w, values[i]! > 0 ? 2 : 0)} height={bar} fill={BRAND} />
            <text x={left + w + 6} y={y + bar / 2 + 5} font-size="13" fill={INK}>
              {valueText(f, values[i]!)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Vertical bars over a sequence (days, buckets), with the scale's top and zero marked. */
export function VBarChart({ f }: { f: Figure }) {
  const rows = f.rows;
  const values = rows.map((r) => Number(r[f.chart!.value]));
  const top = niceMax(Math.max(0, ...values));
  const width = 680;
  const height = 220;
  const left = 40;
  const bottom = 40;
  const plotH = height - bottom - 10;
  const step = (width - left - 10) / Math.max(1, rows.length);
  const bw = Math.max(2, Math.min(48, step * 0.7));
  // Label every bar when they fit, otherwise about ten of them.
  const every = Math.max(1, Math.ceil(rows.length / 10));
  const short = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s.slice(5) : clip(s, 9));
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <line x1={left} y1={10} x2={width - 10} y2={10} stroke={GRID} />
      <line x1={left} y1={10 + plotH} x2={width - 10} y2={10 + plotH} stroke={INK} />
      <text x={left - 6} y={15} text-anchor="end" font-size="12" fill={INK}>
        {valueText(f, top)}
      </text>
      <text x={left - 6} y={10 + plotH} text-anchor="end" font-size="12" fill={INK}>
        0
      </text>
      {rows.map((r, i) => {
        const h = Math.round((values[i]! / top) * plotH);
        const x = left + i * step + (step - bw) / 2;
        return (
          <g>
            <rect x={x} y={10 + plotH - h} width={bw} height={h} fill={BRAND} />
            {i % every === 0 ? (
              <text x={x + bw / 2} y={height - bottom + 20} text-anchor="middle" font-size="12" fill={INK}>
                {short(String(r[f.chart!.label]))}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function FigureTable({ f, locale }: { f: Figure; locale: Locale }) {
  const t = insightsAdminT(locale);
  const lang = contentLang(locale);
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <caption class="sr-only">{t('table.caption', { title: f.title })}</caption>
        <thead>
          <tr>
            {f.columns.map((c) => (
              <th scope="col">{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {f.rows.length ? (
            f.rows.map((r) => (
              <tr>
                {f.columns.map((c, i) =>
                  i === 0 ? (
                    <th scope="row" lang={c.content ? lang : undefined}>
                      {formatCell(c, r[c.key]!)}
                    </th>
                  ) : (
                    <td class={c.kind === 'text' ? undefined : 'num'} lang={c.content ? lang : undefined}>
                      {formatCell(c, r[c.key]!)}
                    </td>
                  ),
                )}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={f.columns.length}>{t('table.empty')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

export function FigureSection({ f: source, csvHref, locale = 'zh-CN' }: { f: Figure; csvHref: string; locale?: Locale }) {
  const t = insightsAdminT(locale);
  const f = localFigure(source, locale);
  const titleId = `fig-${f.id}`;
  return (
    <section class="insight" aria-labelledby={titleId}>
      <h2 id={titleId}>{f.title}</h2>
      <p class="help">{f.note}</p>
      {f.stats?.length ? (
        <dl class="insight-stats">
          {f.stats.map((s) => (
            <div>
              <dt>{s.label}</dt>
              <dd>{s.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {f.chart && f.rows.length ? <figure class="insight-chart">{f.chart.type === 'hbar' ? <HBarChart f={f} locale={locale} /> : <VBarChart f={f} />}</figure> : null}
      <FigureTable f={f} locale={locale} />
      <p class="no-print">
        <a href={csvHref} download={`${f.id}.csv`}>
          {t('csv.download')}
          <span class="sr-only">{t('csv.of', { title: f.title })}</span>
        </a>
      </p>
    </section>
  );
}

const qs = (p: Pick<Period, 'kind'>, at: string) => `?period=${p.kind}&at=${at}`;

/** The period's name: the service's Chinese one on a Chinese page (the e-mail uses it too). */
function periodLabel(p: Period, locale: Locale): string {
  if (locale === 'zh-CN') return p.label;
  const t = insightsAdminT(locale);
  if (p.kind === 'week') return t('period.week.label', { from: p.from, to: p.to });
  if (p.kind === 'month') return t('period.month.label', { month: formatMonth(p.from, locale) });
  return t('period.quarter.label', { y: p.from.slice(0, 4), q: (Number(p.from.slice(5, 7)) + 2) / 3 });
}

export function InsightsBody({ insights, csrf, subscribed, canMail, locale = 'zh-CN' }: { insights: Insights; csrf: string; subscribed: boolean; canMail: boolean; locale?: Locale }) {
  const t = insightsAdminT(locale);
  const p = insights.period;
  return (
    <>
      <form method="get" action="/staff/insights" class="insight-period no-print">
        <fieldset>
          <legend>{t('period.legend')}</legend>
          {PERIOD_KINDS.map((k) => (
            <label>
              <input type="radio" name="period" value={k} checked={k === p.kind} /> {t(`period.${k}`)}
            </label>
          ))}
          <label>
            {t('period.at')} <input type="date" name="at" value={p.from} />
          </label>
          <button type="submit">{t('period.submit')}</button>
        </fieldset>
      </form>
      <nav class="insight-nav no-print" aria-label={t('period.nav')}>
        <a href={`/staff/insights${qs(p, p.prev)}`}>{t(`prev.${p.kind}`)}</a>
        <a href={`/staff/insights${qs(p, p.next)}`}>{t(`next.${p.kind}`)}</a>
      </nav>
      <p class="lead">
        {t('lead', { label: periodLabel(p, locale), from: p.from, to: p.to })}
      </p>
      {insights.figures.map((f) => (
        <FigureSection f={f} csvHref={`/staff/insights/csv/${f.id}${qs(p, p.from)}`} locale={locale} />
      ))}
      <section class="no-print" aria-labelledby="weekly-title">
        <h2 id="weekly-title">{t('weekly.title')}</h2>
        <form method="post" action="/staff/insights/subscription" class="staff-form narrow">
          <Csrf token={csrf} />
          <p class="help">
            {t('weekly.help')}
            {canMail ? '' : t('weekly.noSmtp')}
          </p>
          <p>{t('weekly.state', { state: t(subscribed ? 'weekly.on' : 'weekly.off') })}</p>
          <input type="hidden" name="subscribe" value={subscribed ? '0' : '1'} />
          <button type="submit">{t(subscribed ? 'weekly.unsubscribe' : 'weekly.subscribe')}</button>
        </form>
      </section>
    </>
  );
}
