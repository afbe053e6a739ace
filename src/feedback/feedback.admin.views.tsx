import type { ComponentChildren } from 'preact';
import type { Finding } from '../compliance/index.js';
import { Csrf } from '../staff/staff.layout.js';
import { approvalRefusal } from './feedback.service.js';
import { textHash } from '../questions/index.js';
import { formatDate } from '../web/i18n.js';
import type { CommentStatus, Feedback } from './feedback.tables.js';
import { around, PII_LABELS, type PiiFinding } from '../personal-data/pii.js';

// Back-office views of the feedback feature (Chinese only, like the rest of /staff).

export const STATUS_LABEL: Record<CommentStatus, string> = {
  none: '无留言',
  pending: '待审核',
  approved: '已公开',
  private: '仅内部可见',
  rejected: '已拒绝',
};

const LEVEL: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

/** The comment with each finding's span marked, numbered like the list under it. */
function MarkedComment({ text, findings, id }: { text: string; findings: Finding[]; id?: string }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  sorted.forEach((f, i) => {
    if (f.start < at) return; // overlapping spans: the first one is marked, all are listed
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark class={`compliance-mark ${f.severity}`} data-rule={f.rule} title={`${LEVEL[f.severity]}：${f.message}`}>
        <u>{text.slice(f.start, f.end)}</u>
        <sup>{i + 1}</sup>
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return (
    <blockquote class="compliance-mirror feedback-comment" id={id}>
      {parts}
    </blockquote>
  );
}

export interface ModerationRow extends Feedback {
  doctor_name: string;
}

export function ModerationItem({ f, csrf, back, pii = [] }: { f: ModerationRow; csrf: string; back: string; pii?: PiiFinding[] }) {
  const findings = (JSON.parse(f.findings_json) as Finding[]).sort((a, b) => a.start - b.start);
  const refusal = approvalRefusal(f);
  const comment = f.comment ?? '';
  return (
    <li class="moderation-item" id={`fb-${f.id}`}>
      <p class="meta">
        <span>#{f.id}</span>
        <span>{f.doctor_name}</span>
        <span>
          评分：解释 {f.rating_explain} · 态度 {f.rating_attitude} · 等候 {f.rating_wait}
        </span>
        <span>{f.consent_publish ? '患者同意公开' : '患者未同意公开'}</span>
        <span class="badge">{STATUS_LABEL[f.comment_status]}</span>
        <span>{f.created_at.slice(0, 10)}</span>
      </p>
      <MarkedComment text={f.comment ?? ''} findings={findings} id={`fb-text-${f.id}`} />
      {findings.length ? (
        <ol class="compliance-findings">
          {findings.map((x) => (
            <li data-rule={x.rule} data-severity={x.severity}>
              <strong>{LEVEL[x.severity]}</strong>：「<mark class={`compliance-mark ${x.severity}`}>{x.text}</mark>」{x.message}
              <br />
              <span class="compliance-basis">依据：{x.basis}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p class="hint">合规检查没有发现问题。</p>
      )}
      {f.redacted_at ? (
        <p class="hint">
          已隐去部分内容（{f.redacted_at.slice(0, 10)}）。<a href={`/staff/feedback/${f.id}/original`}>查看原文（仅工作人员，会记入操作日志）</a>
        </p>
      ) : null}
      {pii.length ? (
        <section class="notice" aria-labelledby={`pii-${f.id}`}>
          <h3 id={`pii-${f.id}`}>可能的个人信息（{pii.length} 处）</h3>
          <ul class="compliance-findings">
            {pii.map((p) => {
              const c = around(comment, p);
              return (
                <li data-pii={p.kind}>
                  {PII_LABELS[p.kind]}：{c.before}
                  <mark class="compliance-mark error">{c.hit}</mark>
                  {c.after}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <RedactForm f={f} csrf={csrf} back={back} pii={pii} />
      {refusal === 'has_errors' ? <p class="field-error">留言含有“错误”级别的问题（如疗效断言），不能原样公开：可以只保留评分、不公开留言，或拒绝。</p> : null}
      {refusal === 'no_consent' ? <p class="hint">患者没有同意公开留言：只能保留为内部可见，或拒绝。</p> : null}
      <form method="post" action={`/staff/feedback/${f.id}/moderate`} class="button-row">
        <Csrf token={csrf} />
        <input type="hidden" name="back" value={back} />
        {!refusal && pii.length ? (
          <div>
            <input type="checkbox" id={`pii-ok-${f.id}`} name="pii_checked" value="1" /> <label for={`pii-ok-${f.id}`}>已核对：标出的内容不是个人信息，可以公开</label>
          </div>
        ) : null}
        {refusal ? null : (
          <button type="submit" name="action" value="approve">
            通过并公开
          </button>
        )}
        <button type="submit" name="action" value="private" class="button secondary">
          只保留评分，不公开留言
        </button>
        <button type="submit" name="action" value="reject" class="button secondary">
          拒绝留言
        </button>
      </form>
    </li>
  );
}

export function StatusTabs({ current }: { current: CommentStatus }) {
  return (
    <nav aria-label="按状态查看" class="button-row">
      {(['pending', 'approved', 'private', 'rejected'] as const).map((s) =>
        s === current ? (
          <strong aria-current="page">{STATUS_LABEL[s]}</strong>
        ) : (
          <a href={`/staff/feedback?status=${s}`}>{STATUS_LABEL[s]}</a>
        ),
      )}
    </nav>
  );
}

/** The clinic setting, shown on /staff/site under the hospital profile. */
export function FeedbackCommentsSetting({ csrf, on }: { csrf: string; on: boolean }) {
  return (
    <form method="post" action="/staff/site/feedback-comments" class="staff-form">
      <Csrf token={csrf} />
      <fieldset>
        <legend>就诊评价留言</legend>
        <p class="help" id="fb-setting-help">
          医生主页默认只显示汇总评分。开启后，还显示经审核、患者同意公开的最新留言（不显示姓名和具体日期）。医疗广告类页面始终不显示患者评价。
        </p>
        <div>
          <input type="checkbox" id="fb-show" name="show_feedback_comments" value="1" checked={on} aria-describedby="fb-setting-help" /> <label for="fb-show">在医生主页显示已审核的评价留言</label>
        </div>
      </fieldset>
      <div class="button-row">
        <button type="submit">保存评价设置</button>
      </div>
    </form>
  );
}

/**
 * Redaction (issue 17): tick flagged details and/or type other words to hide, exactly as they
 * appear; each becomes ［已隐去］. The form carries a fingerprint of the text it shows, so a stale
 * form cannot hide the wrong characters. The redact island fills the words field from a selection.
 */
export function RedactForm({ f, csrf, back, pii }: { f: ModerationRow; csrf: string; back: string; pii: PiiFinding[] }) {
  const comment = f.comment ?? '';
  return (
    <details class="redact" open={pii.length > 0}>
      <summary>隐去部分内容后再公开</summary>
      <form method="post" action={`/staff/feedback/${f.id}/redact`} class="staff-form redact-form" data-redact-source={`fb-text-${f.id}`}>
        <Csrf token={csrf} />
        <input type="hidden" name="back" value={back} />
        <input type="hidden" name="hash" value={textHash(comment)} />
        {pii.length ? (
          <fieldset>
            <legend>隐去标出的个人信息</legend>
            {pii.map((p, i) => (
              <div>
                <input type="checkbox" id={`rd-${f.id}-${i}`} name="span" value={`${p.start}-${p.end}`} checked />{' '}
                <label for={`rd-${f.id}-${i}`}>
                  {PII_LABELS[p.kind]}：“{p.text}”
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <label for={`rd-phrases-${f.id}`}>其他要隐去的文字（每行一段，与留言原文一致）</label>
        <p class="help" id={`rd-help-${f.id}`}>
          每处都会换成“［已隐去］”。原文只有工作人员能看到，保留期满后自动删除。（浏览器支持时，也可以在上面的留言中选中文字后点“加入选中的文字”。）
        </p>
        <textarea id={`rd-phrases-${f.id}`} name="phrases" rows={2} aria-describedby={`rd-help-${f.id}`}></textarea>
        <script type="module" src="/assets/islands/redact-select.js"></script>
        <div class="button-row">
          <button type="submit" class="button secondary">
            隐去所选内容
          </button>
        </div>
      </form>
    </details>
  );
}

/** The originals of a redacted comment, for staff. */
export function OriginalsList({ rows, back, tz }: { rows: { field: string; original: string; redactedAt: string; purgeAfter: string; spans: number }[]; back: string; tz: string }) {
  return (
    <>
      <h1>隐去前的原文</h1>
      <p class="hint">仅工作人员可见；每次查看都记入操作日志。到期后由每日的保留期任务删除。</p>
      <ol>
        {rows.map((r) => (
          <li>
            <p class="meta">
              {formatDate(r.redactedAt, 'zh-CN', tz)} 隐去 {r.spans} 处 · {formatDate(r.purgeAfter, 'zh-CN', tz)} 后删除
            </p>
            <blockquote class="question-text">{r.original}</blockquote>
          </li>
        ))}
      </ol>
      <p>
        <a href={back}>返回审核列表</a>
      </p>
    </>
  );
}
