import type { ComponentChildren } from 'preact';
import type { Finding } from '../compliance/index.js';
import { Csrf } from '../staff/staff.layout.js';
import { approvalRefusal } from './feedback.service.js';
import { textHash } from '../questions/index.js';
import { around, PII_LABELS, type PiiFinding } from '../personal-data/pii.js';
import { contentLang, formatDate, type Locale } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { feedbackAdminT } from './feedback.admin.i18n.js';
import type { CommentStatus, Feedback } from './feedback.tables.js';

// Back-office views of the feedback feature, in the staff member's language; the patient's
// comment, the checker's findings and names stay as written (Chinese), marked as such elsewhere.

const zhT = feedbackAdminT('zh-CN');
export const STATUS_LABEL = Object.fromEntries((['none', 'pending', 'approved', 'private', 'rejected'] as const).map((s) => [s, zhT(`status.${s}`)])) as Record<CommentStatus, string>;
export const statusLabel = (locale: Locale, s: CommentStatus) => feedbackAdminT(locale)(`status.${s}`);
const level = (locale: Locale, s: Finding['severity']) => feedbackAdminT(locale)(`level.${s}`);
const piiLabel = (locale: Locale, kind: keyof typeof PII_LABELS) => (locale === 'zh-CN' ? PII_LABELS[kind] : PII_EN[kind]);
// The kinds of personal detail as interface labels (the Chinese ones are the questions feature's PII_LABELS).
const PII_EN: Record<keyof typeof PII_LABELS, string> = {
  mobile: 'Mobile number',
  landline: 'Landline number',
  idcard: 'ID card number',
  email: 'Email address',
  wechat: 'WeChat ID',
  qq: 'QQ number',
  address: 'Street address',
  name: 'Name',
};

/** The comment with each finding's span marked, numbered like the list under it. */
function MarkedComment({ text, findings, id, locale }: { text: string; findings: Finding[]; id?: string; locale: Locale }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  sorted.forEach((f, i) => {
    if (f.start < at) return; // overlapping spans: the first one is marked, all are listed
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark class={`compliance-mark ${f.severity}`} data-rule={f.rule} title={locale === 'zh-CN' ? `${level(locale, f.severity)}：${f.message}` : `${level(locale, f.severity)}: ${f.message}`}>
        <u>{text.slice(f.start, f.end)}</u>
        <sup>{i + 1}</sup>
      </mark>,
    );
    at = f.end;
  });
  parts.push(text.slice(at));
  return (
    <blockquote class="compliance-mirror feedback-comment" id={id} lang={contentLang(locale)}>
      {parts}
    </blockquote>
  );
}

export interface ModerationRow extends Feedback {
  doctor_name: string;
}

export function ModerationItem({ f, csrf, back, pii = [], locale = 'zh-CN' }: { f: ModerationRow; csrf: string; back: string; pii?: PiiFinding[]; locale?: Locale }) {
  const t = feedbackAdminT(locale);
  const cl = contentLang(locale);
  const findings = (JSON.parse(f.findings_json) as Finding[]).sort((a, b) => a.start - b.start);
  const refusal = approvalRefusal(f);
  const comment = f.comment ?? '';
  return (
    <li class="moderation-item" id={`fb-${f.id}`}>
      <p class="meta">
        <span>#{f.id}</span>
        <span lang={cl}>{f.doctor_name}</span>
        <span>{t('item.ratings', { explain: f.rating_explain, attitude: f.rating_attitude, wait: f.rating_wait })}</span>
        <span>{f.consent_publish ? t('item.consent') : t('item.noConsent')}</span>
        <span class="badge">{statusLabel(locale, f.comment_status)}</span>
        <span>{f.created_at.slice(0, 10)}</span>
      </p>
      <MarkedComment text={f.comment ?? ''} findings={findings} id={`fb-text-${f.id}`} locale={locale} />
      {findings.length ? (
        <ol class="compliance-findings">
          {findings.map((x) =>
            locale === 'zh-CN' ? (
              <li data-rule={x.rule} data-severity={x.severity}>
                <strong>{level(locale, x.severity)}</strong>：「<mark class={`compliance-mark ${x.severity}`}>{x.text}</mark>」{x.message}
                <br />
                <span class="compliance-basis">依据：{x.basis}</span>
              </li>
            ) : (
              <li data-rule={x.rule} data-severity={x.severity}>
                <strong>{level(locale, x.severity)}</strong>: “
                <mark class={`compliance-mark ${x.severity}`} lang={cl}>
                  {x.text}
                </mark>
                ” <span lang={cl}>{x.message}</span>
                <br />
                <span class="compliance-basis">
                  {t('item.basis')}
                  <span lang={cl}>{x.basis}</span>
                </span>
              </li>
            ),
          )}
        </ol>
      ) : (
        <p class="hint">{t('item.clean')}</p>
      )}
      {f.redacted_at ? (
        <p class="hint">
          {t('item.redacted', { date: f.redacted_at.slice(0, 10) })}
          <a href={`/staff/feedback/${f.id}/original`}>{t('item.original')}</a>
        </p>
      ) : null}
      {pii.length ? (
        <section class="notice" aria-labelledby={`pii-${f.id}`}>
          <h3 id={`pii-${f.id}`}>{t('item.pii', { n: pii.length })}</h3>
          <ul class="compliance-findings">
            {pii.map((p) => {
              const c = around(comment, p);
              return locale === 'zh-CN' ? (
                <li data-pii={p.kind}>
                  {PII_LABELS[p.kind]}：{c.before}
                  <mark class="compliance-mark error">{c.hit}</mark>
                  {c.after}
                </li>
              ) : (
                <li data-pii={p.kind}>
                  {piiLabel(locale, p.kind)}:{' '}
                  <span lang={cl}>
                    {c.before}
                    <mark class="compliance-mark error">{c.hit}</mark>
                    {c.after}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <RedactForm f={f} csrf={csrf} back={back} pii={pii} locale={locale} />
      {refusal === 'has_errors' ? <p class="field-error">{t('item.hasErrors')}</p> : null}
      {refusal === 'no_consent' ? <p class="hint">{t('item.noConsentHint')}</p> : null}
      <form method="post" action={`/staff/feedback/${f.id}/moderate`} class="button-row">
        <Csrf token={csrf} />
        <input type="hidden" name="back" value={back} />
        {!refusal && pii.length ? (
          <div>
            <input type="checkbox" id={`pii-ok-${f.id}`} name="pii_checked" value="1" /> <label for={`pii-ok-${f.id}`}>{t('item.piiChecked')}</label>
          </div>
        ) : null}
        {refusal ? null : (
          <button type="submit" name="action" value="approve">
            {t('item.approve')}
          </button>
        )}
        <button type="submit" name="action" value="private" class="button secondary">
          {t('item.private')}
        </button>
        <button type="submit" name="action" value="reject" class="button secondary">
          {t('item.reject')}
        </button>
      </form>
    </li>
  );
}

export function StatusTabs({ current, locale = 'zh-CN' }: { current: CommentStatus; locale?: Locale }) {
  return (
    <nav aria-label={feedbackAdminT(locale)('tabs.label')} class="button-row">
      {(['pending', 'approved', 'private', 'rejected'] as const).map((s) =>
        s === current ? (
          <strong aria-current="page">{statusLabel(locale, s)}</strong>
        ) : (
          <a href={`/staff/feedback?status=${s}`}>{statusLabel(locale, s)}</a>
        ),
      )}
    </nav>
  );
}

/** The clinic setting, shown on /staff/site under the hospital profile. */
export function FeedbackCommentsSetting({ csrf, on, locale = 'zh-CN' }: { csrf: string; on: boolean; locale?: Locale }) {
  const t = feedbackAdminT(locale);
  return (
    <form method="post" action="/staff/site/feedback-comments" class="staff-form">
      <Csrf token={csrf} />
      <fieldset>
        <legend>{t('setting.legend')}</legend>
        <p class="help" id="fb-setting-help">
          {t('setting.help')}
        </p>
        <div>
          <input type="checkbox" id="fb-show" name="show_feedback_comments" value="1" checked={on} aria-describedby="fb-setting-help" /> <label for="fb-show">{t('setting.show')}</label>
        </div>
      </fieldset>
      <div class="button-row">
        <button type="submit">{t('setting.save')}</button>
      </div>
    </form>
  );
}

/**
 * Redaction (issue 17): tick flagged details and/or type other words to hide, exactly as they
 * appear; each becomes ［已隐去］. The form carries a fingerprint of the text it shows, so a stale
 * form cannot hide the wrong characters. The redact island fills the words field from a selection.
 */
export function RedactForm({ f, csrf, back, pii, locale = 'zh-CN' }: { f: ModerationRow; csrf: string; back: string; pii: PiiFinding[]; locale?: Locale }) {
  const comment = f.comment ?? '';
  const t = feedbackAdminT(locale);
  return (
    <details class="redact" open={pii.length > 0}>
      <summary>{t('rform.summary')}</summary>
      <form method="post" action={`/staff/feedback/${f.id}/redact`} class="staff-form redact-form" data-redact-source={`fb-text-${f.id}`}>
        <Csrf token={csrf} />
        <input type="hidden" name="back" value={back} />
        <input type="hidden" name="hash" value={textHash(comment)} />
        {pii.length ? (
          <fieldset>
            <legend>{t('rform.legend')}</legend>
            {pii.map((p, i) => (
              <div>
                <input type="checkbox" id={`rd-${f.id}-${i}`} name="span" value={`${p.start}-${p.end}`} checked />{' '}
                {locale === 'zh-CN' ? (
                  <label for={`rd-${f.id}-${i}`}>
                    {PII_LABELS[p.kind]}：“{p.text}”
                  </label>
                ) : (
                  <label for={`rd-${f.id}-${i}`}>
                    {piiLabel(locale, p.kind)}: “<ZhData locale={locale}>{p.text}</ZhData>”
                  </label>
                )}
              </div>
            ))}
          </fieldset>
        ) : null}
        <label for={`rd-phrases-${f.id}`}>{t('rform.phrases')}</label>
        <p class="help" id={`rd-help-${f.id}`}>
          {t('rform.help')}
        </p>
        <textarea id={`rd-phrases-${f.id}`} name="phrases" rows={2} aria-describedby={`rd-help-${f.id}`} lang={contentLang(locale)}></textarea>
        <script type="module" src="/assets/islands/redact-select.js"></script>
        <div class="button-row">
          <button type="submit" class="button secondary">
            {t('rform.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The originals of a redacted comment, for staff. */
export function OriginalsList({ rows, back, tz, locale = 'zh-CN' }: { rows: { field: string; original: string; redactedAt: string; purgeAfter: string; spans: number }[]; back: string; tz: string; locale?: Locale }) {
  const t = feedbackAdminT(locale);
  return (
    <>
      <h1>{t('orig.heading')}</h1>
      <p class="hint">{t('orig.hint')}</p>
      <ol>
        {rows.map((r) => (
          <li>
            <p class="meta">{t('orig.meta', { redacted: formatDate(r.redactedAt, locale, tz), n: r.spans, purge: formatDate(r.purgeAfter, locale, tz) })}</p>
            <blockquote class="question-text" lang={contentLang(locale)}>
              {r.original}
            </blockquote>
          </li>
        ))}
      </ol>
      <p>
        <a href={back}>{t('orig.back')}</a>
      </p>
    </>
  );
}
