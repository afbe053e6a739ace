import { Csrf } from '../staff/staff.layout.js';
import { formatDate } from '../web/i18n.js';
import { around, PII_LABELS } from '../personal-data/pii.js';
import type { QaQueueRow } from './qa.repository.js';
import { QA_FIELD_LABELS, QA_FIELDS, type FieldProblem, type QaDraft, type QaField, type TextReview } from './qa.service.js';
import type { QaStatus } from './questions.tables.js';

// The editor's pages for the public Q&A (Chinese only, like the rest of the back office).

export const QA_STATUS_LABEL: Record<QaStatus | 'none', string> = { none: '未准备', draft: '草稿', published: '已公开', withdrawn: '已撤下' };
const TZ = 'Asia/Shanghai';
const day = (v: string | null, tz = TZ) => (v ? formatDate(v, 'zh-CN', tz) : '—');

export function QaQueueTable({ rows, tz }: { rows: QaQueueRow[]; tz: string }) {
  if (!rows.length) return <p class="hint">还没有可以公开的问答：需要医生已回答，并且患者同意公开。</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">问题</th>
            <th scope="col">回答日期</th>
            <th scope="col">分类</th>
            <th scope="col">公开版本</th>
            <th scope="col">公开页面</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`/staff/qa/${r.id}`}>{r.pub_title ?? `问题 #${r.id}`}</a>
                {r.consent_publish !== 1 ? <span class="badge">患者已撤回公开同意</span> : null}
              </td>
              <td>{day(r.answered_at, tz)}</td>
              <td>{r.category_name ?? '—'}</td>
              <td>{QA_STATUS_LABEL[r.pub_status ?? 'none']}</td>
              <td>{r.pub_status === 'published' && r.pub_slug ? <a href={`/qa/${r.pub_slug}`}>查看</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each personal detail and compliance error, with the text around it and the detail marked. */
export function ReviewList({ draft, review }: { draft: Pick<QaDraft, QaField>; review: TextReview }) {
  if (!review.pii.length && !review.compliance.length) {
    return (
      <p class="flash ok" role="status" id="review-clean">
        没有发现个人信息或违规表述。发布前请再通读一遍。
      </p>
    );
  }
  return (
    <section aria-labelledby="review-title" class="notice">
      <h2 id="review-title">发布前必须处理（{review.pii.length + review.compliance.length} 处）</h2>
      <ul class="compliance-findings">
        {review.pii.map(({ field, finding }) => {
          const c = around(draft[field], finding);
          return (
            <li>
              <a href={`#f-${field}`}>
                {QA_FIELD_LABELS[field]} · {PII_LABELS[finding.kind]}
              </a>
              ：{c.before}
              <mark class="compliance-mark error">{c.hit}</mark>
              {c.after}
            </li>
          );
        })}
        {review.compliance.map(({ field, finding }) => {
          const c = around(draft[field], finding);
          return (
            <li>
              <a href={`#f-${field}`}>{QA_FIELD_LABELS[field]} · 合规</a>：{c.before}
              <mark class="compliance-mark error">{c.hit}</mark>
              {c.after}
              <span class="compliance-basis">{finding.message}</span>
              <span class="compliance-suggestion">{finding.suggestion}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export interface PrepareModel {
  questionId: number;
  draft: QaDraft;
  review: TextReview;
  problems: FieldProblem[];
  reasons: string[];
  status: QaStatus | 'none';
  /** The doctor corrected the answer after the public version was written (issue 17). */
  answerChangedAt: string | null;
  /** draftHash() of the draft shown: the redaction form is good only for it. */
  hash: string;
  /** How many redaction originals are kept for this question. */
  redacted: number;
  slug: string | null;
  facts: { createdAt: string; answeredAt: string | null; doctor: string | null; category: string | null };
  categories: { id: number; name: string }[];
  tz: string;
}

export function PrepareForm({ m, csrf }: { m: PrepareModel; csrf: string }) {
  const errorOf = (f: FieldProblem['field']) => m.problems.find((p) => p.field === f);
  const described = (f: QaField | 'category_id') =>
    [errorOf(f) ? `err-${f}` : '', f !== 'category_id' && m.review.pii.some((p) => p.field === f) ? `pii-${f}` : ''].filter(Boolean).join(' ') || undefined;
  const FieldNotes = ({ f }: { f: QaField | 'category_id' }) => {
    const e = errorOf(f);
    const n = f === 'category_id' ? 0 : m.review.pii.filter((p) => p.field === f).length;
    return (
      <>
        {e ? (
          <p class="field-error" id={`err-${f}`}>
            {e.message}
          </p>
        ) : null}
        {n ? (
          <p class="field-error" id={`pii-${f}`}>
            这里有 {n} 处个人信息需要删去。
          </p>
        ) : null}
      </>
    );
  };
  const base = `/staff/qa/${m.questionId}`;
  return (
    <>
      {m.problems.length || m.reasons.length ? (
        <div class="notice" role="alert" id="form-errors">
          <p>{m.reasons.length ? '不能发布：' : '请修改以下内容：'}</p>
          <ul>
            {m.problems.map((p) => (
              <li>
                <a href={`#f-${p.field}`}>{p.message}</a>
              </li>
            ))}
            {m.reasons.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {m.answerChangedAt ? (
        <p class="notice" role="status" id="answer-changed">
          医生更正了回答（{day(m.answerChangedAt, m.tz)}）：公开页面已撤下。下面“公开的回答”已换成更正后的回答，请去掉个人信息后检查并重新发布。
        </p>
      ) : null}
      <dl class="facts">
        <dt>状态</dt>
        <dd>
          {QA_STATUS_LABEL[m.status]}
          {m.status === 'published' && m.slug ? (
            <>
              {' '}
              · <a href={`/qa/${m.slug}`}>查看公开页面</a>
            </>
          ) : null}
        </dd>
        <dt>提问日期</dt>
        <dd>{day(m.facts.createdAt, m.tz)}</dd>
        <dt>回答日期</dt>
        <dd>{day(m.facts.answeredAt, m.tz)}</dd>
        <dt>回答医生</dt>
        <dd>{m.facts.doctor ?? '—'}</dd>
        <dt>患者公开同意</dt>
        <dd>已同意</dd>
      </dl>
      <ReviewList draft={m.draft} review={m.review} />
      {m.status === 'draft' || m.status === 'withdrawn' ? <QaRedactForm m={m} csrf={csrf} /> : null}
      <form method="post" action={base} class="staff-form">
        <Csrf token={csrf} />
        <p class="help">公开版本只写与病情有关的内容：删去姓名、电话、证件号、微信/QQ、邮箱和详细地址，年龄写成“30 多岁”这样的范围。</p>
        <label for="f-title">{QA_FIELD_LABELS.title}</label>
        <input id="f-title" name="title" type="text" value={m.draft.title} required maxLength={60} aria-invalid={errorOf('title') ? 'true' : undefined} aria-describedby={described('title')} />
        <FieldNotes f="title" />
        {QA_FIELDS.filter((f) => f !== 'title').map((f) => (
          <>
            <label for={`f-${f}`}>{QA_FIELD_LABELS[f]}</label>
            <textarea id={`f-${f}`} name={f} rows={f === 'answer_public' ? 12 : 6} required aria-invalid={errorOf(f) || m.review.pii.some((p) => p.field === f) ? 'true' : undefined} aria-describedby={described(f)}>
              {m.draft[f]}
            </textarea>
            <FieldNotes f={f} />
          </>
        ))}
        <label for="f-category_id">{QA_FIELD_LABELS.category_id}</label>
        <select id="f-category_id" name="category_id" aria-describedby={described('category_id')}>
          <option value="">（不分类）</option>
          {m.categories.map((c) => (
            <option value={String(c.id)} selected={c.id === m.draft.category_id}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldNotes f="category_id" />
        <div class="button-row">
          {m.status !== 'published' ? (
            <button type="submit" class="button secondary">
              保存草稿
            </button>
          ) : null}
          <button type="submit" formaction={`${base}/publish`}>
            {m.status === 'published' ? '检查并发布更新' : '检查并发布'}
          </button>
          <a href="/staff/qa">返回列表</a>
        </div>
      </form>
      {m.status === 'published' ? <WithdrawForm questionId={m.questionId} csrf={csrf} /> : null}
    </>
  );
}

export function WithdrawForm({ questionId, csrf }: { questionId: number; csrf: string }) {
  return (
    <form method="post" action={`/staff/qa/${questionId}/withdraw`} class="inline-form">
      <Csrf token={csrf} />
      <button type="submit" class="button secondary">
        撤下公开页面
      </button>
    </form>
  );
}

/**
 * Redaction of the saved public version (issue 17): flagged details ticked, other words typed as
 * they appear; each becomes ［已隐去］ and the text before is kept for staff until the retention run.
 */
export function QaRedactForm({ m, csrf }: { m: PrepareModel; csrf: string }) {
  return (
    <details class="redact" open={m.review.pii.length > 0}>
      <summary>隐去部分内容（替换为“［已隐去］”）</summary>
      <form method="post" action={`/staff/qa/${m.questionId}/redact`} class="staff-form redact-form">
        <Csrf token={csrf} />
        <input type="hidden" name="hash" value={m.hash} />
        {m.review.pii.length ? (
          <fieldset>
            <legend>隐去标出的个人信息</legend>
            {m.review.pii.map(({ field, finding }, i) => (
              <div>
                <input type="checkbox" id={`rd-${i}`} name="span" value={`${field}:${finding.start}-${finding.end}`} checked />{' '}
                <label for={`rd-${i}`}>
                  {QA_FIELD_LABELS[field]} · {PII_LABELS[finding.kind]}：“{finding.text}”
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
        {QA_FIELDS.map((f) => (
          <>
            <label for={`rd-phrases-${f}`}>{QA_FIELD_LABELS[f]}中其他要隐去的文字（每行一段，与原文一致）</label>
            <textarea id={`rd-phrases-${f}`} name={`phrases_${f}`} rows={1}></textarea>
          </>
        ))}
        <p class="help">只对已保存的草稿起作用。隐去前的文字只有工作人员能看到，保留期满后自动删除{m.redacted ? `（现保留 ${m.redacted} 份）` : ''}。</p>
        <div class="button-row">
          <button type="submit" class="button secondary">
            隐去所选内容
          </button>
        </div>
      </form>
    </details>
  );
}
