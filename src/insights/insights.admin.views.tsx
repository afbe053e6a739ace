import { Csrf } from '../staff/staff.layout.js';
import { formatCell, PERIOD_KINDS, PERIOD_LABELS, type Figure, type Insights, type Period } from './insights.service.js';

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

function valueText(f: Figure, v: number): string {
  const col = f.columns.find((c) => c.key === f.chart!.value)!;
  return formatCell(col, v);
}

/** Horizontal bars: one per row, labelled at the left, the value at the end of the bar. */
export function HBarChart({ f }: { f: Figure }) {
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
            <text x={left - 8} y={y + bar / 2 + 5} text-anchor="end" font-size="13" fill={INK}>
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

function FigureTable({ f }: { f: Figure }) {
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <caption class="sr-only">{f.title}（数据表）</caption>
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
                {f.columns.map((c, i) => (i === 0 ? <th scope="row">{formatCell(c, r[c.key]!)}</th> : <td class={c.kind === 'text' ? undefined : 'num'}>{formatCell(c, r[c.key]!)}</td>))}
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={f.columns.length}>本期没有数据。</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

export function FigureSection({ f, csvHref }: { f: Figure; csvHref: string }) {
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
      {f.chart && f.rows.length ? <figure class="insight-chart">{f.chart.type === 'hbar' ? <HBarChart f={f} /> : <VBarChart f={f} />}</figure> : null}
      <FigureTable f={f} />
      <p class="no-print">
        <a href={csvHref} download={`${f.id}.csv`}>
          下载 CSV<span class="sr-only">：{f.title}</span>
        </a>
      </p>
    </section>
  );
}

const qs = (p: Pick<Period, 'kind'>, at: string) => `?period=${p.kind}&at=${at}`;

export function InsightsBody({ insights, csrf, subscribed, canMail }: { insights: Insights; csrf: string; subscribed: boolean; canMail: boolean }) {
  const p = insights.period;
  return (
    <>
      <form method="get" action="/staff/insights" class="insight-period no-print">
        <fieldset>
          <legend>统计周期</legend>
          {PERIOD_KINDS.map((k) => (
            <label>
              <input type="radio" name="period" value={k} checked={k === p.kind} /> {PERIOD_LABELS[k]}
            </label>
          ))}
          <label>
            包含日期 <input type="date" name="at" value={p.from} />
          </label>
          <button type="submit">查看</button>
        </fieldset>
      </form>
      <nav class="insight-nav no-print" aria-label="切换周期">
        <a href={`/staff/insights${qs(p, p.prev)}`}>上一{PERIOD_LABELS[p.kind]}</a>
        <a href={`/staff/insights${qs(p, p.next)}`}>下一{PERIOD_LABELS[p.kind]}</a>
      </nav>
      <p class="lead">
        {p.label}（{p.from} 至 {p.to}，诊所所在时区）。阅读按页面、来源类别和设备类别计数，不使用 Cookie，不保存访问者的地址或浏览器标识。
      </p>
      {insights.figures.map((f) => (
        <FigureSection f={f} csvHref={`/staff/insights/csv/${f.id}${qs(p, p.from)}`} />
      ))}
      <section class="no-print" aria-labelledby="weekly-title">
        <h2 id="weekly-title">每周摘要邮件</h2>
        <form method="post" action="/staff/insights/subscription" class="staff-form narrow">
          <Csrf token={csrf} />
          <p class="help">
            每周一早上把上一周的这些数字发到您的员工邮箱（只有统计数字，没有任何患者信息）。
            {canMail ? '' : '注意：本站尚未配置发信服务器（SMTP_URL），配置之前不会发出邮件。'}
          </p>
          <p>当前：{subscribed ? '已订阅' : '未订阅'}</p>
          <input type="hidden" name="subscribe" value={subscribed ? '0' : '1'} />
          <button type="submit">{subscribed ? '退订每周摘要' : '订阅每周摘要'}</button>
        </form>
      </section>
    </>
  );
}
