import type { DocType } from '../compliance/index.js';
import type { PageContext } from '../web/context.js';
import { formatDate, formatDecimal1, formatMonth, formatNumber } from '../web/i18n.js';
import { Layout } from '../web/layout.js';
import { RATING_FIELDS, type FeedbackValues, type FieldError } from './feedback.form.js';
import { feedbackT } from './feedback.i18n.js';
import { COMMENT_MAX, MIN_RATINGS_SHOWN, type DoctorFeedbackSummary } from './feedback.service.js';
import { ErrorText, describedBy, ErrorSummary } from '../web/form-errors.js';

/** What the form says about the visit being rated. */
export interface VisitFacts {
  doctorName: string;
  /** Clinic-local 'YYYY-MM-DD', when known. */
  date: string | null;
}



function Facts({ ctx, visit }: { ctx: PageContext; visit: VisitFacts }) {
  const ft = feedbackT(ctx.locale);
  return (
    <dl class="facts">
      <dt>{ft('fb.doctor')}</dt>
      <dd>{visit.doctorName}</dd>
      {visit.date ? (
        <>
          <dt>{ft('fb.date')}</dt>
          <dd>
            <time dateTime={visit.date}>{formatDate(visit.date, ctx.locale, ctx.timeZone)}</time>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * The rating form, for a booking's private link (`action` is its own URL) or for a code (the code
 * travels in a hidden field, never in the URL, so it does not land in logs or browser history).
 */
export function FeedbackFormPage({
  ctx,
  visit,
  action,
  code,
  values: v,
  errors = [],
}: {
  ctx: PageContext;
  visit: VisitFacts;
  action: string;
  code?: string;
  values: FeedbackValues;
  errors?: FieldError[];
}) {
  const ft = feedbackT(ctx.locale);
  const title = ft('fb.title');
  return (
    <Layout ctx={ctx} title={title} description={title} noindex>
      <h1>{title}</h1>
      <p class="lead">{ft('fb.lead')}</p>
      <Facts ctx={ctx} visit={visit} />
      <ErrorSummary title={ft('fb.err.summary')} errors={errors} />
      <form method="post" action={action} class="staff-form feedback-form">
        {code ? <input type="hidden" name="code" value={code} /> : null}
        <p>
          <strong>{ft('fb.ratings')}</strong>
        </p>
        {RATING_FIELDS.map(([field, label]) => (
          <fieldset id={`f-${field}`} class="rating-group" aria-describedby={describedBy(field, errors)}>
            <legend>{ft(label)}</legend>
            <div class="rating-options">
              {[1, 2, 3, 4, 5].map((n) => (
                <span>
                  <input type="radio" id={`f-${field}-${n}`} name={field} value={String(n)} checked={v[field] === String(n)} required />{' '}
                  <label for={`f-${field}-${n}`}>
                    {ft('fb.score', { n })}
                    {n === 1 || n === 5 ? <span class="hint">（{ft(n === 1 ? 'fb.scoreWords.1' : 'fb.scoreWords.5')}）</span> : null}
                  </label>
                </span>
              ))}
            </div>
            <ErrorText id={field} errors={errors} />
          </fieldset>
        ))}
        <label for="f-comment">{ft('fb.comment')}</label>
        <p class="help" id="h-comment">
          {ft('fb.commentHelp')}
        </p>
        <textarea id="f-comment" name="comment" rows={4} maxLength={COMMENT_MAX} aria-invalid={errors.some((e) => e.field === 'comment') ? 'true' : undefined} aria-describedby={describedBy('comment', errors, 'h-comment')}>
          {v.comment}
        </textarea>
        <ErrorText id="comment" errors={errors} />
        <fieldset>
          <legend>{ft('fb.consent')}</legend>
          <p id="h-consent">{ft('fb.consentText')}</p>
          <div>
            <input type="checkbox" id="f-consent_publish" name="consent_publish" value="1" checked={v.consent} aria-describedby="h-consent" />{' '}
            <label for="f-consent_publish">{ft('fb.consentAgree')}</label>
          </div>
        </fieldset>
        <div class="button-row">
          <button type="submit">{ft('fb.submit')}</button>
        </div>
      </form>
      {code ? null : <p class="hint">{ft('fb.privateNote')}</p>}
    </Layout>
  );
}

/** A refusal (not checked in, already rated, expired…) or the thanks, in the patient's language. */
export function FeedbackMessagePage({ ctx, title, message, visit, pending }: { ctx: PageContext; title: string; message: string; visit?: VisitFacts; pending?: boolean }) {
  const ft = feedbackT(ctx.locale);
  return (
    <Layout ctx={ctx} title={title} description={title} noindex>
      <h1>{title}</h1>
      <p class="notice" role="status">
        {message}
      </p>
      {pending ? <p>{ft('fb.thanks.pending')}</p> : null}
      {visit ? <Facts ctx={ctx} visit={visit} /> : null}
      <p>
        <a href={`${ctx.prefix}/`}>{ctx.t('nav.home')}</a>
      </p>
    </Layout>
  );
}

export function CodeEntryPage({ ctx, code = '', error }: { ctx: PageContext; code?: string; error?: string | undefined }) {
  const ft = feedbackT(ctx.locale);
  const title = ft('fb.code.title');
  return (
    <Layout ctx={ctx} title={title} description={title} noindex>
      <h1>{title}</h1>
      <p class="lead">{ft('fb.code.lead')}</p>
      {error ? (
        <div class="notice" role="alert" id="form-errors">
          <p>
            <a href="#f-code">{error}</a>
          </p>
        </div>
      ) : null}
      <form method="post" action={`${ctx.prefix}/feedback/code`} class="staff-form narrow">
        <label for="f-code">{ft('fb.code.label')}</label>
        <p class="help" id="h-code">
          {ft('fb.code.help')}
        </p>
        <input id="f-code" name="code" type="text" value={code} required maxLength={20} autocomplete="off" autocapitalize="characters" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'h-code err-code' : 'h-code'} />
        {error ? (
          <p class="field-error" id="err-code">
            {error}
          </p>
        ) : null}
        <div class="button-row">
          <button type="submit">{ft('fb.code.submit')}</button>
        </div>
      </form>
    </Layout>
  );
}

/**
 * Whether feedback may appear on a page of this document type. Medical advertisements may not
 * carry patient testimonials (广告法 §16, 医疗广告管理办法 §7), so never on doc_type 'ad'.
 * Any article page that ever shows feedback must ask this first.
 */
export function feedbackAllowedOn(docType: DocType | 'doctor'): boolean {
  return docType !== 'ad';
}

/** "就诊评价" on a doctor's page: averages from MIN_RATINGS_SHOWN ratings on, and approved comments when the clinic shows them. */
export function DoctorFeedbackSection({ ctx, summary, docType = 'doctor' }: { ctx: PageContext; summary: DoctorFeedbackSummary; docType?: DocType | 'doctor' }) {
  if (!feedbackAllowedOn(docType)) return null;
  const ft = feedbackT(ctx.locale);
  const { averages, comments } = summary;
  const fmt = (n: number) => formatDecimal1(n, ctx.locale);
  return (
    <section aria-labelledby="feedback-title" class="feedback-box">
      <h2 id="feedback-title">{ft('fb.public.title')}</h2>
      {averages ? (
        <>
          <p>{ft('fb.public.count', { n: formatNumber(summary.count, ctx.locale) })}</p>
          <ul class="rating-summary">
            {RATING_FIELDS.map(([field, label]) => (
              <li>{ft('fb.public.avg', { label: ft(label), avg: fmt(averages[field]) })}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{summary.count ? ft('fb.public.few', { min: MIN_RATINGS_SHOWN }) : ft('fb.public.none')}</p>
      )}
      {comments.length ? (
        <>
          <h3>{ft('fb.public.comments')}</h3>
          <ul class="feedback-comments">
            {comments.map((c) => (
              <li>
                <blockquote>{c.text}</blockquote>
                <p class="meta">
                  <time dateTime={c.month}>{formatMonth(c.month, ctx.locale)}</time>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="hint">{ft('fb.public.note')}</p>
    </section>
  );
}
