import type { PageContext } from '../web/context.js';
import { formatDate } from '../web/i18n.js';
import { Layout } from '../web/layout.js';
import { AGE_RANGES, BODY_MAX, SEXES, type AskValues, type FieldError } from './questions.form.js';
import { questionText, type QT, type QuestionKey } from './questions.i18n.js';
import type { Question } from './questions.repository.js';
import { ErrorText, describedBy, ErrorSummary } from '../web/form-errors.js';

// The patient's pages: the form and the private page of one question. Plain HTML forms; no script.

/** The emergency notice: the first thing in <main> whenever urgent words were found. */
export function UrgentNotice({ qt }: { qt: QT }) {
  return (
    <section class="notice urgent-notice" role="alert" aria-labelledby="urgent-title">
      <h2 id="urgent-title">{qt('q.urgent.title')}</h2>
      <p>{qt('q.urgent.body')}</p>
      <p>
        <a class="button" href="tel:120">
          120
        </a>
      </p>
    </section>
  );
}



export interface AskPageProps {
  ctx: PageContext;
  values: AskValues;
  errors: FieldError[];
  urgent: boolean;
  /** A refusal (too many, duplicate), already in the patient's language. */
  problem?: { title?: string; text: string } | undefined;
  retentionDays: number;
  /** The article the question was started from (src/insights), carried as a hidden field. */
  from?: string | undefined;
}

/**
 * How to reply, the consents and the honeypot: the same fields, ids and checks on the first
 * question and on a follow-up (issue 17 item 9: "same consent and checks").
 */
function ReplyAndConsents({ qt, v, errors, retentionDays }: { qt: QT; v: AskValues; errors: FieldError[]; retentionDays: number }) {
  const invalid = (id: string) => (errors.some((e) => e.field === id) ? 'true' : undefined);
  return (
    <>
      <fieldset id="f-contact_kind" aria-describedby={describedBy('contact_kind', errors, 'h-reply')}>
        <legend>{qt('q.form.reply')}</legend>
        <p class="help" id="h-reply">
          {qt('q.form.replyHelp', { days: retentionDays })}
        </p>
        {(['none', 'mobile', 'email'] as const).map((o) => (
          <div>
            <input type="radio" id={`f-contact_kind-${o}`} name="contact_kind" value={o} checked={v.contact_kind === o} />{' '}
            <label for={`f-contact_kind-${o}`}>{qt(`q.contact.${o}` as QuestionKey)}</label>
          </div>
        ))}
        <ErrorText id="contact_kind" errors={errors} />
        <label for="f-contact">{qt('q.form.contact')}</label>
        <input id="f-contact" name="contact" type="text" value={v.contact} maxLength={100} autocomplete="off" aria-invalid={invalid('contact')} aria-describedby={describedBy('contact', errors)} />
        <ErrorText id="contact" errors={errors} />
      </fieldset>
      <fieldset>
        <legend>{qt('q.form.consents')}</legend>
        <p id="h-consent">{qt('q.form.consentHealthText')}</p>
        <div>
          <input type="checkbox" id="f-consent_health" name="consent_health" value="1" checked={v.consent_health} required aria-invalid={invalid('consent_health')} aria-describedby={describedBy('consent_health', errors, 'h-consent')} />{' '}
          <label for="f-consent_health">{qt('q.form.consentHealth')}</label>
        </div>
        <ErrorText id="consent_health" errors={errors} />
        <div>
          <input type="checkbox" id="f-consent_publish" name="consent_publish" value="1" checked={v.consent_publish} />{' '}
          <label for="f-consent_publish">{qt('q.form.consentPublish')}</label>
        </div>
      </fieldset>
      {/* The honeypot: hidden from sight, from the tab order and from screen readers; only bots fill it. */}
      <div class="sr-only" aria-hidden="true">
        <label for="f-website">{qt('q.form.website')}</label>
        <input id="f-website" name="website" type="text" value="" tabIndex={-1} autocomplete="off" />
      </div>
    </>
  );
}

export function AskPage({ ctx, values: v, errors, urgent, problem, retentionDays, from }: AskPageProps) {
  const { prefix } = ctx;
  const qt = questionText(ctx.locale);
  const invalid = (id: string) => (errors.some((e) => e.field === id) ? 'true' : undefined);
  const title = qt('q.ask.title');
  const radios = (name: keyof AskValues, options: readonly string[], label: (o: string) => string) =>
    options.map((o) => (
      <div>
        <input type="radio" id={`f-${name}-${o || 'none'}`} name={name} value={o} checked={v[name] === o} />{' '}
        <label for={`f-${name}-${o || 'none'}`}>{label(o)}</label>
      </div>
    ));
  return (
    <Layout ctx={ctx} title={title} description={qt('q.ask.intro')} crumbs={[{ name: title }]}>
      {urgent ? <UrgentNotice qt={qt} /> : null}
      <h1>{title}</h1>
      <p class="lead">{qt('q.ask.intro')}</p>
      <p class="hint">{qt('q.ask.notEmergency')}</p>
      {problem ? (
        <section class="notice" role="alert" id="form-problem">
          {problem.title ? <h2>{problem.title}</h2> : null}
          <p>{problem.text}</p>
        </section>
      ) : null}
      <ErrorSummary title={qt('q.err.summary')} errors={errors} />
      <form method="post" action={`${prefix}/questions/ask`} class="staff-form question-form">
        {from ? <input type="hidden" name="from" value={from} /> : null}
        <label for="f-body">{qt('q.form.body')}</label>
        <p class="help" id="h-body">
          {qt('q.form.bodyHelp')}
        </p>
        <textarea id="f-body" name="body" rows={8} maxLength={BODY_MAX} required aria-invalid={invalid('body')} aria-describedby={describedBy('body', errors, 'h-body')}>
          {v.body}
        </textarea>
        <ErrorText id="body" errors={errors} />
        {/* Filled while typing by the questions-urgent island; empty (and silent) without JavaScript. */}
        <p id="urgent-live" aria-live="assertive" data-message={qt('q.urgent.body')}></p>
        <script type="module" src="/assets/islands/questions-urgent.js"></script>
        <fieldset>
          <legend>{qt('q.form.about')}</legend>
          <fieldset id="f-age_range" aria-describedby={describedBy('age_range', errors)}>
            <legend>{qt('q.form.age')}</legend>
            {radios('age_range', ['', ...AGE_RANGES], (o) => (o ? qt(`q.age.${o}` as QuestionKey) : qt('q.form.notSay')))}
            <ErrorText id="age_range" errors={errors} />
          </fieldset>
          <fieldset id="f-sex" aria-describedby={describedBy('sex', errors)}>
            <legend>{qt('q.form.sex')}</legend>
            {radios('sex', ['', ...SEXES], (o) => (o ? qt(`q.sex.${o}` as QuestionKey) : qt('q.form.notSay')))}
            <ErrorText id="sex" errors={errors} />
          </fieldset>
        </fieldset>
        <ReplyAndConsents qt={qt} v={v} errors={errors} retentionDays={retentionDays} />
        <input type="hidden" name="form_key" value={v.form_key} />
        <div class="button-row">
          <button type="submit">{qt('q.form.submit')}</button>
        </div>
      </form>
    </Layout>
  );
}

/** The follow-up part of the private page (issue 17). */
export type FollowUpState =
  | { kind: 'none' }
  /** The form: blank, or shown again with what was typed and the problems. */
  | { kind: 'form'; token: string; values: AskValues; errors: FieldError[]; problem?: { title?: string; text: string } | undefined; retentionDays: number }
  | { kind: 'asked'; link: string }
  /** Asked already, or this page is itself a follow-up: no form. */
  | { kind: 'once' };

export interface QuestionPageProps {
  ctx: PageContext;
  question: Question;
  body: string;
  answer: string | null;
  doctor: { name: string; title: string } | undefined;
  duplicate: boolean;
  followUp?: FollowUpState;
  /** On a follow-up's page: the link of the question it follows. */
  originalLink?: string | undefined;
}

/** One follow-up per answer, with the same consents, contact choice and honeypot as the ask form. */
export function FollowUpForm({ ctx, s }: { ctx: PageContext; s: Extract<FollowUpState, { kind: 'form' }> }) {
  const qt = questionText(ctx.locale);
  const { values: v, errors } = s;
  const invalid = (id: string) => (errors.some((e) => e.field === id) ? 'true' : undefined);
  return (
    <section aria-labelledby="followup-title" id="follow-up">
      <h2 id="followup-title">{qt('q.fu.title')}</h2>
      <p>{qt('q.fu.intro')}</p>
      {s.problem ? (
        <section class="notice" role="alert" id="form-problem">
          {s.problem.title ? <h3>{s.problem.title}</h3> : null}
          <p>{s.problem.text}</p>
        </section>
      ) : null}
      <ErrorSummary title={qt('q.err.summary')} errors={errors} />
      <form method="post" action={`${ctx.prefix}/questions/r/${s.token}/follow-up`} class="staff-form question-form">
        <label for="f-body">{qt('q.fu.body')}</label>
        <p class="help" id="h-body">
          {qt('q.form.bodyHelp')}
        </p>
        <textarea id="f-body" name="body" rows={6} maxLength={BODY_MAX} required aria-invalid={invalid('body')} aria-describedby={describedBy('body', errors, 'h-body')}>
          {v.body}
        </textarea>
        <ErrorText id="body" errors={errors} />
        <ReplyAndConsents qt={qt} v={v} errors={errors} retentionDays={s.retentionDays} />
        <input type="hidden" name="form_key" value={v.form_key} />
        <div class="button-row">
          <button type="submit">{qt('q.fu.submit')}</button>
        </div>
      </form>
    </section>
  );
}

/** The private page: the question, its status in plain words and, once answered, the answer. */
export function QuestionPage({ ctx, question: q, body, answer, doctor, duplicate, followUp = { kind: 'none' }, originalLink }: QuestionPageProps) {
  const qt = questionText(ctx.locale);
  const title = qt('q.page.title');
  const date = (iso: string) => formatDate(iso, ctx.locale, ctx.timeZone);
  return (
    <Layout ctx={ctx} title={title} description={title} noindex>
      {q.urgent ? <UrgentNotice qt={qt} /> : null}
      <h1>{title}</h1>
      {duplicate ? (
        <p class="notice" role="status">
          {qt('q.dup.same')}
        </p>
      ) : null}
      <p class="hint">{qt('q.page.keep')}</p>
      {originalLink ? (
        <p>
          {qt('q.fu.of')} <a href={originalLink}>{qt('q.fu.back')}</a>
        </p>
      ) : null}
      <dl class="facts">
        <dt>{qt('q.page.status')}</dt>
        <dd>
          <strong>{qt(`q.status.${q.status}`)}</strong>
        </dd>
        <dt>{qt('q.page.asked')}</dt>
        <dd>
          <time dateTime={q.created_at}>{date(q.created_at)}</time>
        </dd>
      </dl>
      <blockquote class="question-text">
        {body.split('\n').map((line) => (
          <p>{line}</p>
        ))}
      </blockquote>
      {q.status === 'closed' ? (
        <section aria-labelledby="closed-title">
          <h2 id="closed-title">{qt('q.closed.title')}</h2>
          <p>{qt(`q.closed.${q.close_reason ?? 'spam'}`, { phone: ctx.site.phone })}</p>
          {q.closed_at ? <p class="hint">{qt('q.closed.when', { date: date(q.closed_at) })}</p> : null}
        </section>
      ) : (
        <section aria-labelledby="answer-title">
          <h2 id="answer-title">{qt('q.page.answer')}</h2>
          {answer !== null ? (
            <>
              <p class="hint">
                {qt('q.page.answeredBy', { name: doctor?.name ?? '', title: doctor?.title ?? '', date: q.answered_at ? date(q.answered_at) : '' })}
              </p>
              {q.answer_amended_at ? (
                <p class="notice" role="status">
                  {qt('q.page.amended', { date: date(q.answer_amended_at) })}
                </p>
              ) : null}
              <div class="answer-text">
                {answer.split('\n').map((line) => (
                  <p>{line}</p>
                ))}
              </div>
              <p class="hint">{qt('q.page.disclaimer')}</p>
            </>
          ) : (
            <p>{qt('q.page.waiting')}</p>
          )}
        </section>
      )}
      {followUp.kind === 'form' ? <FollowUpForm ctx={ctx} s={followUp} /> : null}
      {followUp.kind === 'asked' ? (
        <section aria-labelledby="followup-title" id="follow-up">
          <h2 id="followup-title">{qt('q.fu.title')}</h2>
          <p>
            {qt('q.fu.asked')} <a href={followUp.link}>{qt('q.fu.link')}</a>
          </p>
          <p class="hint">{qt('q.fu.once', { phone: ctx.site.phone })}</p>
        </section>
      ) : null}
    </Layout>
  );
}
