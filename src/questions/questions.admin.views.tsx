import type { Finding } from '../compliance/index.js';
import { Csrf } from '../staff/staff.layout.js';
import { formatDate } from '../web/i18n.js';
import { questionText } from './questions.i18n.js';
import type { InboxRow, Question } from './questions.repository.js';
import type { CloseReason, QuestionPriority, QuestionStatus } from './questions.tables.js';

// Back-office views of questions (Chinese, like the rest of the back office).

const qt = questionText('zh-CN');
export const STATUS_LABEL: Record<QuestionStatus, string> = { new: '待分诊', triaged: '待回答', answered: '已回答', closed: '已关闭', erased: '已删除' };
export const PRIORITY_LABEL: Record<QuestionPriority, string> = { urgent: '紧急', high: '高', normal: '普通', low: '低' };
const CONTACT_LABEL: Record<string, string> = { mobile: '短信', email: '电子邮件' };

const when = (iso: string, tz: string) => `${formatDate(iso, 'zh-CN', tz)} ${new Date(iso).toLocaleTimeString('zh-CN', { timeZone: tz, hour: '2-digit', minute: '2-digit' })}`;
const ageLabel = (a: string | null) => (a ? qt(`q.age.${a}` as Parameters<typeof qt>[0]) : '—');
const sexLabel = (s: string | null) => (s ? qt(`q.sex.${s}` as Parameters<typeof qt>[0]) : '—');

/** The inbox and a doctor's list: no question text here (opening one is an audited view). */
export function QuestionTable({ rows, base, tz }: { rows: InboxRow[]; base: string; tz: string }) {
  if (!rows.length) return <p class="hint">没有问题。</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">收到</th>
            <th scope="col">优先级</th>
            <th scope="col">状态</th>
            <th scope="col">分类</th>
            <th scope="col">医生</th>
            <th scope="col">年龄 / 性别</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`${base}/${r.id}`}>#{r.id}</a>
              </td>
              <td>{when(r.created_at, tz)}</td>
              <td>
                {r.urgent ? <strong>⚠ 急症词 · </strong> : null}
                {PRIORITY_LABEL[r.priority]}
              </td>
              <td>{STATUS_LABEL[r.status]}</td>
              <td>{r.category_name ?? '—'}</td>
              <td>{r.doctor_name ?? '—'}</td>
              <td>
                {ageLabel(r.age_range)} / {sexLabel(r.sex)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QuestionFacts({ q, body, tz, doctorName, categoryName }: { q: Question; body: string; tz: string; doctorName?: string | undefined; categoryName?: string | undefined }) {
  const consents = JSON.parse(q.consent_json) as { purpose: string; withdrawn_at?: string }[];
  const publishWithdrawn = consents.some((c) => c.purpose === 'publish' && c.withdrawn_at);
  return (
    <>
      {q.urgent ? (
        <p class="notice" role="status">
          提问中有急症相关词语，患者提交时已看到“请立即拨打120或前往最近的急诊”的提示。
        </p>
      ) : null}
      <dl class="facts">
        <dt>状态</dt>
        <dd>{STATUS_LABEL[q.status]}</dd>
        <dt>优先级</dt>
        <dd>{PRIORITY_LABEL[q.priority]}</dd>
        <dt>收到</dt>
        <dd>{when(q.created_at, tz)}</dd>
        <dt>年龄段</dt>
        <dd>{ageLabel(q.age_range)}</dd>
        <dt>性别</dt>
        <dd>{sexLabel(q.sex)}</dd>
        <dt>通知方式</dt>
        <dd>{q.contact_kind ? CONTACT_LABEL[q.contact_kind] : q.contact_erased_at ? '已按期删除' : '无'}</dd>
        <dt>同意处理健康信息</dt>
        <dd>{q.consent_health ? '是' : '否'}</dd>
        <dt>同意去标识化后公开</dt>
        <dd>{q.consent_publish ? '是' : publishWithdrawn ? '已撤回' : '否'}</dd>
        {categoryName ? (
          <>
            <dt>分类</dt>
            <dd>{categoryName}</dd>
          </>
        ) : null}
        {doctorName ? (
          <>
            <dt>医生</dt>
            <dd>{doctorName}</dd>
          </>
        ) : null}
      </dl>
      <h2>问题</h2>
      <blockquote class="question-text">
        {body.split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </blockquote>
    </>
  );
}

export interface Option {
  id: number;
  name: string;
}

export function TriageForm({ q, csrf, categories, doctors }: { q: Question; csrf: string; categories: Option[]; doctors: Option[] }) {
  return (
    <form method="post" action={`/staff/questions/${q.id}/triage`} class="staff-form">
      <Csrf token={csrf} />
      <h2>分诊</h2>
      <label for="f-category">分类</label>
      <select id="f-category" name="category_id">
        <option value="">（不分类）</option>
        {categories.map((c) => (
          <option value={String(c.id)} selected={q.category_id === c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <label for="f-priority">优先级</label>
      <select id="f-priority" name="priority">
        {(['urgent', 'high', 'normal', 'low'] as const).map((p) => (
          <option value={p} selected={q.priority === p}>
            {PRIORITY_LABEL[p]}
          </option>
        ))}
      </select>
      <label for="f-doctor">回答医生</label>
      <select id="f-doctor" name="doctor_id" required>
        <option value="">（请选择）</option>
        {doctors.map((d) => (
          <option value={String(d.id)} selected={q.assigned_doctor_id === d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <div class="button-row">
        <button type="submit">保存分诊</button>
      </div>
    </form>
  );
}

export const CLOSE_LABEL: Record<CloseReason, string> = {
  visit: '需要面诊，无法在线回答（患者会收到说明）',
  duplicate: '重复提问（患者会收到说明）',
  unrelated: '不在本院诊疗范围（患者会收到说明）',
  spam: '无效或垃圾内容（不通知）',
};

/** Closing without an answer: the patient's link then explains the reason; spam is not told. */
export function CloseForm({ q, csrf }: { q: Question; csrf: string }) {
  return (
    <form method="post" action={`/staff/questions/${q.id}/close`} class="staff-form">
      <Csrf token={csrf} />
      <h2>关闭问题（不作回答）</h2>
      <label for="f-close-reason">原因</label>
      <select id="f-close-reason" name="reason" required>
        <option value="">（请选择）</option>
        {(Object.keys(CLOSE_LABEL) as CloseReason[]).map((r) => (
          <option value={r}>{CLOSE_LABEL[r]}</option>
        ))}
      </select>
      <p class="hint">关闭后不能再回答或公开；联系方式按期删除。</p>
      <div class="button-row">
        <button type="submit" class="button secondary">
          关闭问题
        </button>
      </div>
    </form>
  );
}

export function AnswerForm({ q, csrf, value, findings, error }: { q: Question; csrf: string; value: string; findings: Finding[]; error?: string | undefined }) {
  const blocking = findings.filter((f) => f.severity === 'error');
  return (
    <form method="post" action={`/staff/my-questions/${q.id}/answer`} class="staff-form">
      <Csrf token={csrf} />
      <h2>回答</h2>
      {blocking.length ? (
        <div class="notice" role="alert" id="answer-findings">
          <p>合规检查发现以下问题，回答未保存。请修改后再提交（检查只作提示，不会改动你的文字）：</p>
          <ul>
            {blocking.map((f) => (
              <li data-rule={f.rule}>
                “{f.text}”：{f.message} 建议：{f.suggestion}（依据：{f.basis}）
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p class="field-error" id="err-answer">
          {error}
        </p>
      ) : null}
      <label for="f-answer">回答内容</label>
      <p class="help" id="h-answer">
        患者通过私密链接阅读。请用通俗的话回答；线上回答不能代替面诊，必要时请建议来院就诊。提交前会运行合规检查。
      </p>
      <textarea id="f-answer" name="answer" rows={10} required aria-describedby={error ? 'h-answer err-answer' : 'h-answer'} aria-invalid={error || blocking.length ? 'true' : undefined}>
        {value}
      </textarea>
      <div class="button-row">
        <button type="submit">提交回答</button>
      </div>
    </form>
  );
}

/** A sent answer corrected by its doctor (issue 17): the current text to edit, the version it was read at. */
export function AmendForm({ q, csrf, value, findings, error }: { q: Question; csrf: string; value: string; findings: Finding[]; error?: string | undefined }) {
  const blocking = findings.filter((f) => f.severity === 'error');
  return (
    <form method="post" action={`/staff/my-questions/${q.id}/amend`} class="staff-form">
      <Csrf token={csrf} />
      <input type="hidden" name="version" value={String(q.answer_version)} />
      <h2>修改回答</h2>
      {blocking.length ? (
        <div class="notice" role="alert" id="amend-findings">
          <p>合规检查发现以下问题，修改未保存：</p>
          <ul>
            {blocking.map((f) => (
              <li data-rule={f.rule}>
                “{f.text}”：{f.message} 建议：{f.suggestion}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p class="field-error" id="err-amend">
          {error}
        </p>
      ) : null}
      <label for="f-amend">更正后的回答</label>
      <p class="help" id="h-amend">
        保存后患者会收到“回答已更新”的通知；之前的版本保留，工作人员可查看。已公开的问答会先撤下，由编辑按新回答检查后重新发布。
      </p>
      <textarea id="f-amend" name="answer" rows={10} required aria-describedby={error ? 'h-amend err-amend' : 'h-amend'} aria-invalid={error || blocking.length ? 'true' : undefined}>
        {value}
      </textarea>
      <div class="button-row">
        <button type="submit">保存更正</button>
      </div>
    </form>
  );
}

export interface VersionRow {
  version: number;
  text: string;
  answeredAt: string;
  replacedAt: string;
  author: string | null;
}

/** Earlier versions of an amended answer, newest first (staff only). */
export function AnswerVersions({ rows, tz }: { rows: VersionRow[]; tz: string }) {
  if (!rows.length) return null;
  return (
    <section aria-labelledby="versions-title" class="answer-versions">
      <h2 id="versions-title">之前的回答版本（{rows.length}）</h2>
      <ol reversed>
        {rows.map((v) => (
          <li>
            <p class="meta">
              第 {v.version} 版 · {v.author ?? '—'} · {when(v.answeredAt, tz)} 写，{when(v.replacedAt, tz)} 被更正
            </p>
            <blockquote class="question-text">
              {v.text.split('\n').map((line) => (
                <p>{line}</p>
              ))}
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** For a follow-up: the question and answer it follows, so triage and the doctor read it in context. */
export function FollowUpContext({ originalId, body, answer, base }: { originalId: number; body: string; answer: string | null; base: string }) {
  return (
    <section aria-labelledby="followup-title" class="notice">
      <h2 id="followup-title">
        这是对 <a href={`${base}/${originalId}`}>问题 #{originalId}</a> 的追问
      </h2>
      <h3>原问题</h3>
      <blockquote class="question-text">
        {body.split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </blockquote>
      {answer !== null ? (
        <>
          <h3>原回答</h3>
          <blockquote class="question-text">
            {answer.split('\n').map((line) => (
              <p>{line}</p>
            ))}
          </blockquote>
        </>
      ) : null}
    </section>
  );
}
