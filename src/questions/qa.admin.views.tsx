import { Csrf } from '../staff/staff.layout.js';
import { contentLang, formatDate, type Locale } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { qaAdminT } from './qa.admin.i18n.js';
import { around, PII_LABELS } from '../personal-data/pii.js';
import type { QaQueueRow } from './qa.repository.js';
import { QA_FIELD_LABELS, QA_FIELDS, type FieldProblem, type QaDraft, type QaField, type TextReview } from './qa.service.js';
import type { QaStatus } from './questions.tables.js';

// The editor's pages for the public Q&A, in the staff member's language; the patient's words, the
// answer and names stay as written (Chinese), marked as such on pages in another language.

const zhT = qaAdminT('zh-CN');
export const QA_STATUS_LABEL = Object.fromEntries((['none', 'draft', 'published', 'withdrawn'] as const).map((s) => [s, zhT(`status.${s}`)])) as Record<QaStatus | 'none', string>;
const qaStatus = (locale: Locale, s: QaStatus | 'none') => qaAdminT(locale)(`status.${s}`);
/** A form field's name (the Chinese one is qa.service's QA_FIELD_LABELS). */
const fieldLabel = (locale: Locale, f: QaField | 'category_id') => (locale === 'zh-CN' ? QA_FIELD_LABELS[f] : qaAdminT(locale)(`field.${f}`));
const piiLabel = (locale: Locale, kind: keyof typeof PII_LABELS) => (locale === 'zh-CN' ? PII_LABELS[kind] : qaAdminT(locale)(`pii.${kind}`));
/** A form problem in the page's language (the Chinese message is parseDraft's own). */
export const problemText = (locale: Locale, p: FieldProblem) =>
  locale === 'zh-CN' ? p.message : p.length ? qaAdminT(locale)('err.length', { field: fieldLabel(locale, p.field), ...p.length }) : p.field === 'category_id' ? qaAdminT(locale)('err.category') : p.message;
const TZ = 'Asia/Shanghai';
const day = (v: string | null, tz = TZ, locale: Locale = 'zh-CN') => (v ? formatDate(v, locale, tz) : '—');

export function QaQueueTable({ rows, tz, locale = 'zh-CN' }: { rows: QaQueueRow[]; tz: string; locale?: Locale }) {
  const t = qaAdminT(locale);
  const cl = contentLang(locale);
  if (!rows.length) return <p class="hint">{t('queue.none')}</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">{t('col.question')}</th>
            <th scope="col">{t('col.answered')}</th>
            <th scope="col">{t('col.category')}</th>
            <th scope="col">{t('col.version')}</th>
            <th scope="col">{t('col.page')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>
                <a href={`/staff/qa/${r.id}`} lang={r.pub_title ? cl : undefined}>
                  {r.pub_title ?? t('queue.questionN', { id: r.id })}
                </a>
                {r.consent_publish !== 1 ? <span class="badge">{t('queue.withdrawn')}</span> : null}
              </td>
              <td>{day(r.answered_at, tz, locale)}</td>
              <td lang={r.category_name ? cl : undefined}>{r.category_name ?? '—'}</td>
              <td>{qaStatus(locale, r.pub_status ?? 'none')}</td>
              <td>{r.pub_status === 'published' && r.pub_slug ? <a href={`/qa/${r.pub_slug}`}>{t('queue.view')}</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each personal detail and compliance error, with the text around it and the detail marked. */
export function ReviewList({ draft, review, locale = 'zh-CN' }: { draft: Pick<QaDraft, QaField>; review: TextReview; locale?: Locale }) {
  const t = qaAdminT(locale);
  const cl = contentLang(locale);
  if (!review.pii.length && !review.compliance.length) {
    return (
      <p class="flash ok" role="status" id="review-clean">
        {t('review.clean')}
      </p>
    );
  }
  if (locale !== 'zh-CN') {
    return (
      <section aria-labelledby="review-title" class="notice">
        <h2 id="review-title">{t('review.heading', { n: review.pii.length + review.compliance.length })}</h2>
        <ul class="compliance-findings">
          {review.pii.map(({ field, finding }) => {
            const c = around(draft[field], finding);
            return (
              <li>
                <a href={`#f-${field}`}>
                  {fieldLabel(locale, field)} · {piiLabel(locale, finding.kind)}
                </a>
                {': '}
                <span lang={cl}>
                  {c.before}
                  <mark class="compliance-mark error">{c.hit}</mark>
                  {c.after}
                </span>
              </li>
            );
          })}
          {review.compliance.map(({ field, finding }) => {
            const c = around(draft[field], finding);
            return (
              <li>
                <a href={`#f-${field}`}>
                  {fieldLabel(locale, field)} · {t('review.compliance')}
                </a>
                {': '}
                <span lang={cl}>
                  {c.before}
                  <mark class="compliance-mark error">{c.hit}</mark>
                  {c.after}
                </span>
                <span class="compliance-basis" lang={cl}>
                  {finding.message}
                </span>
                <span class="compliance-suggestion" lang={cl}>
                  {finding.suggestion}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
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
  locale?: Locale;
}

export function PrepareForm({ m, csrf }: { m: PrepareModel; csrf: string }) {
  const locale = m.locale ?? 'zh-CN';
  const t = qaAdminT(locale);
  const cl = contentLang(locale);
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
            {problemText(locale, e)}
          </p>
        ) : null}
        {n ? (
          <p class="field-error" id={`pii-${f}`}>
            {t('notes.pii', { n })}
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
          <p>{m.reasons.length ? t('form.cannotPublish') : t('form.fix')}</p>
          <ul>
            {m.problems.map((p) => (
              <li>
                <a href={`#f-${p.field}`}>{problemText(locale, p)}</a>
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
          {t('form.answerChanged', { date: day(m.answerChangedAt, m.tz, locale) })}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('facts.status')}</dt>
        <dd>
          {qaStatus(locale, m.status)}
          {m.status === 'published' && m.slug ? (
            <>
              {' '}
              · <a href={`/qa/${m.slug}`}>{t('facts.viewPage')}</a>
            </>
          ) : null}
        </dd>
        <dt>{t('facts.asked')}</dt>
        <dd>{day(m.facts.createdAt, m.tz, locale)}</dd>
        <dt>{t('facts.answered')}</dt>
        <dd>{day(m.facts.answeredAt, m.tz, locale)}</dd>
        <dt>{t('facts.doctor')}</dt>
        <dd lang={m.facts.doctor ? cl : undefined}>{m.facts.doctor ?? '—'}</dd>
        <dt>{t('facts.consent')}</dt>
        <dd>{t('facts.consented')}</dd>
      </dl>
      <ReviewList draft={m.draft} review={m.review} locale={locale} />
      {m.status === 'draft' || m.status === 'withdrawn' ? <QaRedactForm m={m} csrf={csrf} /> : null}
      <form method="post" action={base} class="staff-form">
        <Csrf token={csrf} />
        <p class="help">{t('form.help')}</p>
        <label for="f-title">{fieldLabel(locale, 'title')}</label>
        <input id="f-title" name="title" type="text" value={m.draft.title} required maxLength={60} lang={cl} aria-invalid={errorOf('title') ? 'true' : undefined} aria-describedby={described('title')} />
        <FieldNotes f="title" />
        {QA_FIELDS.filter((f) => f !== 'title').map((f) => (
          <>
            <label for={`f-${f}`}>{fieldLabel(locale, f)}</label>
            <textarea id={`f-${f}`} name={f} rows={f === 'answer_public' ? 12 : 6} lang={cl} required aria-invalid={errorOf(f) || m.review.pii.some((p) => p.field === f) ? 'true' : undefined} aria-describedby={described(f)}>
              {m.draft[f]}
            </textarea>
            <FieldNotes f={f} />
          </>
        ))}
        <label for="f-category_id">{fieldLabel(locale, 'category_id')}</label>
        <select id="f-category_id" name="category_id" aria-describedby={described('category_id')}>
          <option value="">{t('form.noCategory')}</option>
          {m.categories.map((c) => (
            <option value={String(c.id)} selected={c.id === m.draft.category_id} lang={cl}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldNotes f="category_id" />
        <div class="button-row">
          {m.status !== 'published' ? (
            <button type="submit" class="button secondary">
              {t('form.save')}
            </button>
          ) : null}
          <button type="submit" formaction={`${base}/publish`}>
            {m.status === 'published' ? t('form.publishUpdate') : t('form.publish')}
          </button>
          <a href="/staff/qa">{t('form.back')}</a>
        </div>
      </form>
      {m.status === 'published' ? <WithdrawForm questionId={m.questionId} csrf={csrf} locale={locale} /> : null}
    </>
  );
}

export function WithdrawForm({ questionId, csrf, locale = 'zh-CN' }: { questionId: number; csrf: string; locale?: Locale }) {
  return (
    <form method="post" action={`/staff/qa/${questionId}/withdraw`} class="inline-form">
      <Csrf token={csrf} />
      <button type="submit" class="button secondary">
        {qaAdminT(locale)('withdraw')}
      </button>
    </form>
  );
}

/**
 * Redaction of the saved public version (issue 17): flagged details ticked, other words typed as
 * they appear; each becomes ［已隐去］ and the text before is kept for staff until the retention run.
 */
export function QaRedactForm({ m, csrf }: { m: PrepareModel; csrf: string }) {
  const locale = m.locale ?? 'zh-CN';
  const t = qaAdminT(locale);
  return (
    <details class="redact" open={m.review.pii.length > 0}>
      <summary>{t('redact.summary')}</summary>
      <form method="post" action={`/staff/qa/${m.questionId}/redact`} class="staff-form redact-form">
        <Csrf token={csrf} />
        <input type="hidden" name="hash" value={m.hash} />
        {m.review.pii.length ? (
          <fieldset>
            <legend>{t('redact.legend')}</legend>
            {m.review.pii.map(({ field, finding }, i) => (
              <div>
                <input type="checkbox" id={`rd-${i}`} name="span" value={`${field}:${finding.start}-${finding.end}`} checked />{' '}
                {locale === 'zh-CN' ? (
                  <label for={`rd-${i}`}>
                    {QA_FIELD_LABELS[field]} · {PII_LABELS[finding.kind]}：“{finding.text}”
                  </label>
                ) : (
                  <label for={`rd-${i}`}>
                    {fieldLabel(locale, field)} · {piiLabel(locale, finding.kind)}: “<ZhData locale={locale}>{finding.text}</ZhData>”
                  </label>
                )}
              </div>
            ))}
          </fieldset>
        ) : null}
        {QA_FIELDS.map((f) => (
          <>
            <label for={`rd-phrases-${f}`}>{t('redact.phrases', { field: fieldLabel(locale, f) })}</label>
            <textarea id={`rd-phrases-${f}`} name={`phrases_${f}`} rows={1} lang={contentLang(locale)}></textarea>
          </>
        ))}
        <p class="help">{t('redact.help', { kept: m.redacted ? t('redact.kept', { n: m.redacted }) : '' })}</p>
        <div class="button-row">
          <button type="submit" class="button secondary">
            {t('redact.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
