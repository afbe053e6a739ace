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
import type { ComplianceReview, GateFinding } from './gate.js';
import { DOC_TYPE_LABELS, type Severity } from './types.js';

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

/** The body, line by line, with each finding's span in a <mark>; numbered like the list below. */
function Mirror({ body, findings, idPrefix }: { body: string; findings: { f: GateFinding; n: number }[]; idPrefix: string }) {
  const lines: ComponentChildren[] = [];
  let lineStart = 0;
  body.split('\n').forEach((line, i) => {
    const ls = lineStart;
    const le = ls + line.length;
    lineStart = le + 1;
    if (!line.trim()) return;
    const here = findings.filter(({ f }) => f.start < le && f.end > ls);
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
    lines.push(<li value={i + 1}>{parts}</li>);
  });
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

export function ComplianceLive({ review, bodyMd }: { review: ComplianceReview; bodyMd: string }) {
  const numbered = review.findings.map((f, i) => ({ f, n: i + 1 }));
  const inBody = numbered.filter(({ f }) => f.field === 'body');
  return (
    <div id="compliance-live" class="compliance-live" data-errors={String(review.findings.filter((f) => f.severity === 'error' && !settled(f)).length)}>
      <p id="compliance-summary" class="help">
        <strong>合规检查</strong> {summary(review)}检查只作提示，不会改动你的文字。
      </p>
      {inBody.length ? (
        <>
          <p class="help">正文副本（标出的位置与检查结果一一对应）：</p>
          <Mirror body={bodyMd} findings={inBody} idPrefix="cp-live" />
        </>
      ) : null}
      {numbered.length ? (
        <ol class="compliance-findings">
          {numbered.map(({ f, n }) => (
            <li id={`cp-live-${n}`} value={n} data-rule={f.rule} data-severity={f.severity}>
              <FindingText f={f} />
              {f.accepted ? <> （{settled(f) ? '已' : '编辑已'}由 {f.accepted.userName} 接受：{f.accepted.reason}{settled(f) ? '' : '；仍需管理员确认'}）</> : null}
            </li>
          ))}
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
  const shown = review.findings.filter((f) => f.severity !== 'info');
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
        <p>没有未处理的错误级问题{shown.length ? `；另有 ${shown.filter((f) => f.severity === 'warning' && !f.accepted).length} 个警告供参考` : ''}。</p>
      )}
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
