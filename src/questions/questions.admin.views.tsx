import type { Finding } from '../compliance/index.js';
import { Csrf } from '../staff/staff.layout.js';
import { contentLang, formatDate, type Locale } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { questionText } from './questions.i18n.js';
import { questionsAdminT } from './questions.admin.i18n.js';
import type { InboxRow, Question } from './questions.repository.js';
import type { CloseReason, QuestionPriority, QuestionStatus } from './questions.tables.js';

// Back-office views of questions, in the staff member's language; the patient's words, the
// answers and names stay as written (Chinese), marked as such on pages in another language.

type QKey = Parameters<ReturnType<typeof questionsAdminT>>[0];
const zhT = questionsAdminT('zh-CN');
const STATUSES: QuestionStatus[] = ['new', 'triaged', 'answered', 'closed', 'erased'];
const PRIORITIES: QuestionPriority[] = ['urgent', 'high', 'normal', 'low'];
const CLOSE_REASONS: CloseReason[] = ['visit', 'duplicate', 'unrelated', 'spam'];
export const STATUS_LABEL = Object.fromEntries(STATUSES.map((s) => [s, zhT(`status.${s}`)])) as Record<QuestionStatus, string>;
export const PRIORITY_LABEL = Object.fromEntries(PRIORITIES.map((p) => [p, zhT(`priority.${p}`)])) as Record<QuestionPriority, string>;
export const statusLabel = (locale: Locale, s: QuestionStatus) => questionsAdminT(locale)(`status.${s}`);
export const priorityLabel = (locale: Locale, p: QuestionPriority) => questionsAdminT(locale)(`priority.${p}`);
export const closeLabel = (locale: Locale, r: CloseReason) => questionsAdminT(locale)(`close.${r}`);
const contactLabel = (locale: Locale, c: string) => (c === 'mobile' || c === 'email' ? questionsAdminT(locale)(`contact.${c}` as QKey) : undefined);

const when = (iso: string, tz: string, locale: Locale = 'zh-CN') =>
  `${formatDate(iso, locale, tz)} ${new Date(iso).toLocaleTimeString(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: tz, hour: '2-digit', minute: '2-digit' })}`;
const ageLabel = (a: string | null, locale: Locale = 'zh-CN') => {
  const qt = questionText(locale);
  return a ? qt(`q.age.${a}` as Parameters<typeof qt>[0]) : '—';
};
const sexLabel = (s: string | null, locale: Locale = 'zh-CN') => {
  const qt = questionText(locale);
  return s ? qt(`q.sex.${s}` as Parameters<typeof qt>[0]) : '—';
};
/** Patient text, one paragraph per line. */
const lines = (text: string) => text.split('\n').map((line) => <p>{line}</p>);

/** The inbox and a doctor's list: no question text here (opening one is an audited view). */
export function QuestionTable({ rows, base, tz, locale = 'zh-CN' }: { rows: InboxRow[]; base: string; tz: string; locale?: Locale }) {
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  if (!rows.length) return <p class="hint">{t('table.none')}</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">{t('col.id')}</th>
            <th scope="col">{t('col.received')}</th>
            <th scope="col">{t('col.priority')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.category')}</th>
            <th scope="col">{t('col.doctor')}</th>
            <th scope="col">{t('col.ageSex')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`${base}/${r.id}`}>#{r.id}</a>
              </td>
              <td>{when(r.created_at, tz, locale)}</td>
              <td>
                {r.urgent ? <strong>{t('urgentWords')}</strong> : null}
                {priorityLabel(locale, r.priority)}
              </td>
              <td>{statusLabel(locale, r.status)}</td>
              <td lang={r.category_name ? cl : undefined}>{r.category_name ?? '—'}</td>
              <td lang={r.doctor_name ? cl : undefined}>{r.doctor_name ?? '—'}</td>
              <td>
                {ageLabel(r.age_range, locale)} / {sexLabel(r.sex, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QuestionFacts({ q, body, tz, doctorName, categoryName, locale = 'zh-CN' }: { q: Question; body: string; tz: string; doctorName?: string | undefined; categoryName?: string | undefined; locale?: Locale }) {
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  const consents = JSON.parse(q.consent_json) as { purpose: string; withdrawn_at?: string }[];
  const publishWithdrawn = consents.some((c) => c.purpose === 'publish' && c.withdrawn_at);
  return (
    <>
      {q.urgent ? (
        <p class="notice" role="status">
          {t('facts.urgent')}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('facts.status')}</dt>
        <dd>{statusLabel(locale, q.status)}</dd>
        <dt>{t('facts.priority')}</dt>
        <dd>{priorityLabel(locale, q.priority)}</dd>
        <dt>{t('facts.received')}</dt>
        <dd>{when(q.created_at, tz, locale)}</dd>
        <dt>{t('facts.age')}</dt>
        <dd>{ageLabel(q.age_range, locale)}</dd>
        <dt>{t('facts.sex')}</dt>
        <dd>{sexLabel(q.sex, locale)}</dd>
        <dt>{t('facts.contact')}</dt>
        <dd>{q.contact_kind ? contactLabel(locale, q.contact_kind) : q.contact_erased_at ? t('facts.contactErased') : t('facts.contactNone')}</dd>
        <dt>{t('facts.consentHealth')}</dt>
        <dd>{q.consent_health ? t('facts.yes') : t('facts.no')}</dd>
        <dt>{t('facts.consentPublish')}</dt>
        <dd>{q.consent_publish ? t('facts.yes') : publishWithdrawn ? t('facts.withdrawn') : t('facts.no')}</dd>
        {categoryName ? (
          <>
            <dt>{t('facts.category')}</dt>
            <dd lang={cl}>{categoryName}</dd>
          </>
        ) : null}
        {doctorName ? (
          <>
            <dt>{t('facts.doctor')}</dt>
            <dd lang={cl}>{doctorName}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t('facts.question')}</h2>
      <blockquote class="question-text" lang={cl}>
        {lines(body)}
      </blockquote>
    </>
  );
}

export interface Option {
  id: number;
  name: string;
}

export function TriageForm({ q, csrf, categories, doctors, locale = 'zh-CN' }: { q: Question; csrf: string; categories: Option[]; doctors: Option[]; locale?: Locale }) {
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <form method="post" action={`/staff/questions/${q.id}/triage`} class="staff-form">
      <Csrf token={csrf} />
      <h2>{t('triage.heading')}</h2>
      <label for="f-category">{t('triage.category')}</label>
      <select id="f-category" name="category_id">
        <option value="">{t('triage.noCategory')}</option>
        {categories.map((c) => (
          <option value={String(c.id)} selected={q.category_id === c.id} lang={cl}>
            {c.name}
          </option>
        ))}
      </select>
      <label for="f-priority">{t('triage.priority')}</label>
      <select id="f-priority" name="priority">
        {(['urgent', 'high', 'normal', 'low'] as const).map((p) => (
          <option value={p} selected={q.priority === p}>
            {priorityLabel(locale, p)}
          </option>
        ))}
      </select>
      <label for="f-doctor">{t('triage.doctor')}</label>
      <select id="f-doctor" name="doctor_id" required>
        <option value="">{t('triage.choose')}</option>
        {doctors.map((d) => (
          <option value={String(d.id)} selected={q.assigned_doctor_id === d.id} lang={cl}>
            {d.name}
          </option>
        ))}
      </select>
      <div class="button-row">
        <button type="submit">{t('triage.save')}</button>
      </div>
    </form>
  );
}

export const CLOSE_LABEL = Object.fromEntries(CLOSE_REASONS.map((r) => [r, zhT(`close.${r}`)])) as Record<CloseReason, string>;

/** Closing without an answer: the patient's link then explains the reason; spam is not told. */
export function CloseForm({ q, csrf, locale = 'zh-CN' }: { q: Question; csrf: string; locale?: Locale }) {
  const t = questionsAdminT(locale);
  return (
    <form method="post" action={`/staff/questions/${q.id}/close`} class="staff-form">
      <Csrf token={csrf} />
      <h2>{t('close.heading')}</h2>
      <label for="f-close-reason">{t('close.reason')}</label>
      <select id="f-close-reason" name="reason" required>
        <option value="">{t('triage.choose')}</option>
        {CLOSE_REASONS.map((r) => (
          <option value={r}>{closeLabel(locale, r)}</option>
        ))}
      </select>
      <p class="hint">{t('close.hint')}</p>
      <div class="button-row">
        <button type="submit" class="button secondary">
          {t('close.submit')}
        </button>
      </div>
    </form>
  );
}

/** A blocking compliance finding in a language other than Chinese: the checker's texts are marked as Chinese data. */
function FindingItem({ f, locale, basis }: { f: Finding; locale: Locale; basis: boolean }) {
  const t = questionsAdminT(locale);
  return (
    <li data-rule={f.rule}>
      “<ZhData locale={locale}>{f.text}</ZhData>”: <ZhData locale={locale}>{f.message}</ZhData> {t('answer.suggestion')}
      <ZhData locale={locale}>{f.suggestion}</ZhData>
      {basis ? (
        <>
          {' ('}
          {t('answer.basis')}
          <ZhData locale={locale}>{f.basis}</ZhData>)
        </>
      ) : null}
    </li>
  );
}

export function AnswerForm({ q, csrf, value, findings, error, locale = 'zh-CN' }: { q: Question; csrf: string; value: string; findings: Finding[]; error?: string | undefined; locale?: Locale }) {
  const blocking = findings.filter((f) => f.severity === 'error');
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <form method="post" action={`/staff/my-questions/${q.id}/answer`} class="staff-form">
      <Csrf token={csrf} />
      <h2>{t('answer.heading')}</h2>
      {blocking.length ? (
        <div class="notice" role="alert" id="answer-findings">
          <p>{t('answer.findings')}</p>
          <ul>
            {blocking.map((f) =>
              locale === 'zh-CN' ? (
                <li data-rule={f.rule}>
                  “{f.text}”：{f.message} 建议：{f.suggestion}（依据：{f.basis}）
                </li>
              ) : (
                <FindingItem f={f} locale={locale} basis />
              ),
            )}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p class="field-error" id="err-answer">
          {error}
        </p>
      ) : null}
      <label for="f-answer">{t('answer.label')}</label>
      <p class="help" id="h-answer">
        {t('answer.help')}
      </p>
      <textarea id="f-answer" name="answer" rows={10} lang={cl} required aria-describedby={error ? 'h-answer err-answer' : 'h-answer'} aria-invalid={error || blocking.length ? 'true' : undefined}>
        {value}
      </textarea>
      <div class="button-row">
        <button type="submit">{t('answer.submit')}</button>
      </div>
    </form>
  );
}

/** A sent answer corrected by its doctor (issue 17): the current text to edit, the version it was read at. */
export function AmendForm({ q, csrf, value, findings, error, locale = 'zh-CN' }: { q: Question; csrf: string; value: string; findings: Finding[]; error?: string | undefined; locale?: Locale }) {
  const blocking = findings.filter((f) => f.severity === 'error');
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <form method="post" action={`/staff/my-questions/${q.id}/amend`} class="staff-form">
      <Csrf token={csrf} />
      <input type="hidden" name="version" value={String(q.answer_version)} />
      <h2>{t('amend.heading')}</h2>
      {blocking.length ? (
        <div class="notice" role="alert" id="amend-findings">
          <p>{t('amend.findings')}</p>
          <ul>
            {blocking.map((f) =>
              locale === 'zh-CN' ? (
                <li data-rule={f.rule}>
                  “{f.text}”：{f.message} 建议：{f.suggestion}
                </li>
              ) : (
                <FindingItem f={f} locale={locale} basis={false} />
              ),
            )}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p class="field-error" id="err-amend">
          {error}
        </p>
      ) : null}
      <label for="f-amend">{t('amend.label')}</label>
      <p class="help" id="h-amend">
        {t('amend.help')}
      </p>
      <textarea id="f-amend" name="answer" rows={10} lang={cl} required aria-describedby={error ? 'h-amend err-amend' : 'h-amend'} aria-invalid={error || blocking.length ? 'true' : undefined}>
        {value}
      </textarea>
      <div class="button-row">
        <button type="submit">{t('amend.submit')}</button>
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
export function AnswerVersions({ rows, tz, locale = 'zh-CN' }: { rows: VersionRow[]; tz: string; locale?: Locale }) {
  if (!rows.length) return null;
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <section aria-labelledby="versions-title" class="answer-versions">
      <h2 id="versions-title">{locale === 'zh-CN' ? <>之前的回答版本（{rows.length}）</> : t('versions.heading', { n: rows.length })}</h2>
      <ol reversed>
        {rows.map((v) => (
          <li>
            {locale === 'zh-CN' ? (
              <p class="meta">
                第 {v.version} 版 · {v.author ?? '—'} · {when(v.answeredAt, tz)} 写，{when(v.replacedAt, tz)} 被更正
              </p>
            ) : (
              <p class="meta">
                {t('versions.meta', { version: v.version, author: '\u0000', written: when(v.answeredAt, tz, locale), replaced: when(v.replacedAt, tz, locale) }).split('\u0000')[0]}
                <ZhData locale={locale}>{v.author ?? '—'}</ZhData>
                {t('versions.meta', { version: v.version, author: '\u0000', written: when(v.answeredAt, tz, locale), replaced: when(v.replacedAt, tz, locale) }).split('\u0000')[1]}
              </p>
            )}
            <blockquote class="question-text" lang={cl}>
              {lines(v.text)}
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** For a follow-up: the question and answer it follows, so triage and the doctor read it in context. */
export function FollowUpContext({ originalId, body, answer, base, locale = 'zh-CN' }: { originalId: number; body: string; answer: string | null; base: string; locale?: Locale }) {
  const t = questionsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <section aria-labelledby="followup-title" class="notice">
      <h2 id="followup-title">
        {t('followup.heading.pre')}
        <a href={`${base}/${originalId}`}>{t('followup.heading.link', { id: originalId })}</a>
        {t('followup.heading.post')}
      </h2>
      <h3>{t('followup.original')}</h3>
      <blockquote class="question-text" lang={cl}>
        {lines(body)}
      </blockquote>
      {answer !== null ? (
        <>
          <h3>{t('followup.answer')}</h3>
          <blockquote class="question-text" lang={cl}>
            {lines(answer)}
          </blockquote>
        </>
      ) : null}
    </section>
  );
}
