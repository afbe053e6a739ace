// The editor's view of compliance findings.
//
// ComplianceLive sits under the body textarea (inside the editor form): a summary, a copy of the
// body with each finding marked at the same offsets the checker reported, and the list of
// findings with their legal basis and a suggestion. It is rendered on every save and preview, and
// the editor island refreshes it while the editor types (POST /staff/articles/compliance).
//
// ComplianceGate sits outside the form (it holds forms of its own): the saved version's
// error-level and warning findings, accepting one with a reason, and the admin override.

import type { ComponentChildren } from 'preact';
import { Csrf } from '../staff/staff.layout.js';
import type { ComplianceReview, GateFinding } from './compliance-gate.js';
import { DOC_TYPE_LABELS, type Severity } from '../compliance/index.js';

const LEVEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Settled: accepted by an admin, or (below error level) by an editor. */
const settled = (f: GateFinding) => !!f.accepted && (f.accepted.byAdmin || f.severity !== 'error');

function summary(review: ComplianceReview): string {
  const open = review.findings.filter((f) => !settled(f));
  const count = (s: Severity) => open.filter((f) => f.severity === s).length;
  const accepted = review.findings.length - open.length;
  if (!review.findings.length) return `按${DOC_TYPE_LABELS[review.docType]}检查：没有发现需要注意的表述。`;
  return `按${DOC_TYPE_LABELS[review.docType]}检查：${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 条提示${accepted ? `；另有 ${accepted} 条已接受` : ''}。`;
}

/**
 * At most this many findings are shown per paragraph (a line of the field): a text stuffed with
 * risky words would otherwise give an editor thousands of marks and list items per keystroke. The
 * rest are counted ("另有 N 处").
 */
export const SHOWN_PER_PARAGRAPH = 20;

/**
 * Splits findings into those shown and, per field and line, how many more are hidden. One pass:
 * findings arrive sorted by field order and start.
 */
export function capPerParagraph<T extends { field: string; line: number }>(findings: readonly T[], cap = SHOWN_PER_PARAGRAPH): { shown: T[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const shown: T[] = [];
  const hidden = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.field}\u0000${f.line}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= cap) shown.push(f);
    else hidden.set(key, (hidden.get(key) ?? 0) + 1);
  }
  return { shown, hidden };
}

/** Above this many lines, the copy of the body shows only lines near a finding. */
const LONG_BODY_LINES = 400;
const CONTEXT_LINES = 2;

const more = (n: number) => `本段另有 ${n} 处未逐一标出，请先处理上面标出的问题，保存后会继续显示。`;

/**
 * The body, line by line, with each finding's span in a <mark>; numbered like the list below.
 * Findings are indexed by position (sorted by start, swept with the lines) so the work grows with
 * the text plus the findings, not with their product.
 */
function Mirror({ body, findings, hidden, idPrefix }: { body: string; findings: { f: GateFinding; n: number }[]; hidden: Map<string, number>; idPrefix: string }) {
  const sorted = [...findings].sort((a, b) => a.f.start - b.f.start || a.f.end - b.f.end);
  const lines: ComponentChildren[] = [];
  let next = 0;
  let open: { f: GateFinding; n: number }[] = [];
  let lineStart = 0;
  const all = body.split('\n');
  // A long body shows only the lines near a finding; runs of unmarked lines become one "…" line, so
  // the copy grows with the findings shown, not with the text (66,000 one-line paragraphs otherwise
  // render 66,000 list items on every keystroke).
  const marked = all.length > LONG_BODY_LINES ? new Set<number>() : undefined;
  if (marked) {
    let ls = 0;
    let k = 0;
    all.forEach((line, i) => {
      const le = ls + line.length;
      while (k < sorted.length && sorted[k]!.f.end <= ls) k++;
      for (let j = k; j < sorted.length && sorted[j]!.f.start < le + 1; j++) {
        if (sorted[j]!.f.end > ls) {
          for (let d = -CONTEXT_LINES; d <= CONTEXT_LINES; d++) marked.add(i + d);
          break;
        }
      }
      ls = le + 1;
    });
  }
  let skipped = 0;
  const flushSkipped = (i: number) => {
    if (skipped) lines.push(<li value={i - skipped + 1} class="compliance-skip">……（{skipped} 行没有标出的问题，略去）</li>);
    skipped = 0;
  };
  all.forEach((line, i) => {
    const ls = lineStart;
    const le = ls + line.length;
    lineStart = le + 1;
    while (next < sorted.length && sorted[next]!.f.start < le + 1) open.push(sorted[next++]!);
    if (open.length && open.some(({ f }) => f.end <= ls)) open = open.filter(({ f }) => f.end > ls);
    if (marked && !marked.has(i)) {
      skipped++;
      return;
    }
    flushSkipped(i);
    if (!line.trim()) return;
    // At most SHOWN_PER_PARAGRAPH findings here (the cap is applied before), so the cuts below are bounded.
    const here = open.filter(({ f }) => f.start < le && f.end > ls);
    const cuts = new Set<number>([ls, le]);
    for (const { f } of here) {
      cuts.add(Math.max(ls, f.start));
      cuts.add(Math.min(le, f.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const parts: ComponentChildren[] = [];
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      const cover = here.filter(({ f }) => f.start <= a && f.end >= b);
      const text = body.slice(a, b);
      if (!cover.length) parts.push(text);
      else {
        const top = cover.reduce((x, y) => (RANK[y.f.severity] > RANK[x.f.severity] ? y : x));
        parts.push(
          <mark class={`compliance-mark ${top.f.severity}`} data-rule={cover.map((c) => c.f.rule).join(' ')} title={`${LEVEL[top.f.severity]}：${top.f.message}`}>
            <u>{text}</u>
          </mark>,
        );
      }
      for (const { f, n } of here) {
        if (f.end === b) parts.push(<sup><a href={`#${idPrefix}-${n}`}>{n}</a></sup>);
      }
    }
    const hiddenHere = hidden.get(`body\u0000${i + 1}`);
    if (hiddenHere) parts.push(<span class="compliance-more"> （{more(hiddenHere)}）</span>);
    lines.push(<li value={i + 1}>{parts}</li>);
  });
  flushSkipped(all.length);
  return <ol class="compliance-mirror">{lines}</ol>;
}

function FindingText({ f }: { f: GateFinding }) {
  return (
    <>
      <strong>{LEVEL[f.severity]}</strong> · {f.fieldLabel} 第 {f.line} 行：「<mark class={`compliance-mark ${f.severity}`}>{f.text}</mark>」{f.message}
      <br />
      <span class="compliance-basis">依据：{f.basis}</span>
      <br />
      <span class="compliance-suggestion">建议：{f.suggestion}</span>
    </>
  );
}

export function ComplianceLive({ review, bodyMd, tooLong }: { review: ComplianceReview; bodyMd: string; tooLong?: string }) {
  if (tooLong) {
    return (
      <div id="compliance-live" class="compliance-live" data-errors="0">
        <p id="compliance-summary" class="help" role="alert">
          <strong>合规检查</strong> {tooLong}
        </p>
      </div>
    );
  }
  const { shown, hidden } = capPerParagraph(review.findings);
  const numbered = shown.map((f, i) => ({ f, n: i + 1 }));
  const inBody = numbered.filter(({ f }) => f.field === 'body');
  // After the last shown finding of a paragraph, a line saying how many more it has.
  const lastOfParagraph = new Map<string, number>();
  numbered.forEach(({ f, n }) => lastOfParagraph.set(`${f.field}\u0000${f.line}`, n));
  return (
    <div id="compliance-live" class="compliance-live" data-errors={String(review.findings.filter((f) => f.severity === 'error' && !settled(f)).length)}>
      <p id="compliance-summary" class="help">
        <strong>合规检查</strong> {summary(review)}检查只作提示，不会改动你的文字。
      </p>
      {inBody.length ? (
        <>
          <p class="help">正文副本（标出的位置与检查结果一一对应）：</p>
          <Mirror body={bodyMd} findings={inBody} hidden={hidden} idPrefix="cp-live" />
        </>
      ) : null}
      {numbered.length ? (
        <ol class="compliance-findings">
          {numbered.map(({ f, n }) => {
            const key = `${f.field}\u0000${f.line}`;
            const rest = lastOfParagraph.get(key) === n ? hidden.get(key) : undefined;
            return (
              <>
                <li id={`cp-live-${n}`} value={n} data-rule={f.rule} data-severity={f.severity}>
                  <FindingText f={f} />
                  {f.accepted ? <> （{settled(f) ? '已' : '编辑已'}由 {f.accepted.userName} 接受：{f.accepted.reason}{settled(f) ? '' : '；仍需管理员确认'}）</> : null}
                </li>
                {rest ? <li class="compliance-more">{f.fieldLabel} 第 {f.line} 行：{more(rest)}</li> : null}
              </>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}

export function ComplianceGate({
  csrf,
  articleId,
  review,
  status,
  canAccept,
  canOverride,
  fmt,
}: {
  csrf: string;
  articleId: number;
  review: ComplianceReview;
  status: string;
  canAccept: boolean;
  canOverride: boolean;
  fmt: (iso: string | null) => string;
}) {
  const { shown, hidden } = capPerParagraph(review.findings.filter((f) => f.severity !== 'info'));
  const hiddenCount = [...hidden.values()].reduce((a, b) => a + b, 0);
  return (
    <section class="review compliance-gate" id="compliance" aria-labelledby="compliance-title">
      <h2 id="compliance-title">发布前合规检查（已保存的最新版本）</h2>
      {review.blocked ? (
        <p class="flash error">
          有 {review.unresolved.length} 处错误级问题未处理，这个版本不能发布。请修改后重新提交医学审核；确需保留的，编辑可逐条写明理由，由管理员确认接受或写明理由后放行。
        </p>
      ) : review.override ? (
        <p>
          管理员 {review.override.userName} 已于 {fmt(review.override.createdAt)} 放行这个版本，理由：{review.override.reason}
        </p>
      ) : (
        <p>没有未处理的错误级问题{shown.length ? `；另有 ${review.findings.filter((f) => f.severity === 'warning' && !f.accepted).length} 个警告供参考` : ''}。</p>
      )}
      {hiddenCount ? <p class="compliance-more">同一段落中问题太多，另有 {hiddenCount} 处未逐一列出；请先修改正文，保存后会重新检查。</p> : null}
      {shown.length ? (
        <ol class="compliance-findings">
          {shown.map((f, i) => (
            <li id={`cp-gate-${i + 1}`} data-rule={f.rule} data-severity={f.severity}>
              <FindingText f={f} />
              {f.accepted ? (
                <p>
                  {settled(f) ? '已' : '编辑已'}由 {f.accepted.userName} 于 {fmt(f.accepted.acceptedAt)} 接受，理由：{f.accepted.reason}
                  {settled(f) ? '' : '。错误级问题还需管理员确认接受或放行。'}
                </p>
              ) : null}
              {(!f.accepted && canAccept) || (f.accepted && !settled(f) && canOverride) ? (
                <form method="post" action={`/staff/articles/${articleId}/compliance/accept`} class="inline-form">
                  <Csrf token={csrf} />
                  <input type="hidden" name="key" value={f.key} />
                  <label for={`accept-reason-${i + 1}`}>接受理由（记入操作日志）</label>
                  <input id={`accept-reason-${i + 1}`} name="reason" type="text" maxLength={500} />
                  <button type="submit" class="button secondary">
                    {canOverride ? '以管理员身份接受此项' : '接受此项'}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {review.blocked && canOverride && status === 'approved' ? (
        <form method="post" action={`/staff/articles/${articleId}/compliance/override`} class="staff-form narrow">
          <Csrf token={csrf} />
          <label for="override-reason">管理员放行理由（记入操作日志）</label>
          <textarea id="override-reason" name="reason" maxLength={500}></textarea>
          <button type="submit">写明理由并发布</button>
        </form>
      ) : null}
    </section>
  );
}
