import type { Doctor } from '../db/schema.js';
import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';
import type { SessionRow } from './booking.repository.js';
import { fee, periodLabel, sessionDate } from './booking.format.js';
import { REASON_MAX, type FieldError, type FormValues } from './booking.form.js';
import type { ScreeningQuestion, Service } from './screening.js';
import { ErrorText, describedBy } from '../web/form-errors.js';

export type SessionState = 'open' | 'full' | 'stopped' | 'closed';
export interface SessionView extends SessionRow {
  state: SessionState;
  left: number;
}

/** Sessions grouped by date, each with its places left and a link to book (or to join the waiting list). */
export function SessionList({ ctx, sessions, headingLevel = 3, from }: { ctx: PageContext; sessions: SessionView[]; headingLevel?: 2 | 3; from?: string | undefined }) {
  const { t, prefix, locale } = ctx;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const byDate = new Map<string, SessionView[]>();
  for (const s of sessions) byDate.set(s.local_date, [...(byDate.get(s.local_date) ?? []), s]);
  return (
    <div class="session-days">
      {[...byDate].map(([date, list]) => (
        <section aria-labelledby={`day-${date}`}>
          <H id={`day-${date}`} class="card-title">
            {sessionDate(date, locale)}
          </H>
          <ul class="article-list">
            {list.map((s) => {
              // The link's name says which session it books, by its times (a doctor has one session per
              // start time): with the period alone, two sessions of one morning (a regular and an early
              // clinic) were two links of the same name to different places.
              const when = `${sessionDate(date, locale)} ${periodLabel(s, t)}`;
              return (
                <li>
                  <p class="card-title">
                    {periodLabel(s, t)} · {s.reg_type} · {t('booking.fee', { fee: fee(s.fee_cents) })} ·{' '}
                    <strong>{s.state === 'open' ? t('booking.left', { n: s.left }) : s.state === 'full' ? t('booking.full') : s.state === 'stopped' ? t('booking.stopped') : t('booking.closed')}</strong>
                  </p>
                  {s.state === 'open' || s.state === 'full' ? (
                    <p class="card-actions">
                      <a
                        class={s.state === 'open' ? 'button' : 'button secondary'}
                        href={`${prefix}/book/${s.id}${from ? `?from=${from}` : ''}`}
                        aria-label={(s.state === 'open' ? t('booking.bookLabel', { date: when, period: '' }) : t('booking.waitlistLabel', { date: when, period: '' })).trim()}
                      >
                        {s.state === 'open' ? t('booking.book') : t('booking.waitlistShort')}
                      </a>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function DoctorSessionsPage({ ctx, doctor, sessions, days, from }: { ctx: PageContext; doctor: Doctor; sessions: SessionView[]; days: number; from?: string | undefined }) {
  const { t } = ctx;
  const title = t('booking.sessions.title', { name: doctor.name });
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={title}
      noindex
      crumbs={[{ name: t('doctor.directory'), path: '/doctors' }, { name: doctor.name, path: `/doctors/${doctor.slug}` }, { name: t('doctor.booking') }]}
    >
      <h1>{title}</h1>
      <p>{t('booking.sessions.intro', { days })}</p>
      <p class="hint">{t('booking.zoneNote', { zone: ctx.timeZone })}</p>
      {sessions.length ? <SessionList ctx={ctx} sessions={sessions} headingLevel={2} from={from} /> : <p>{t('booking.sessions.none', { days, phone: ctx.site.phone })}</p>}
    </Layout>
  );
}

export function SessionFacts({ ctx, s, queueNo }: { ctx: PageContext; s: SessionRow; queueNo?: number }) {
  const { t, locale } = ctx;
  return (
    <dl class="facts">
      <dt>{t('booking.doctor')}</dt>
      <dd>{s.doctor_name}</dd>
      <dt>{t('booking.date')}</dt>
      <dd>
        <time dateTime={s.local_date}>{sessionDate(s.local_date, locale)}</time>
      </dd>
      <dt>{t('booking.period')}</dt>
      <dd>
        <time dateTime={s.starts_at}>{periodLabel(s, t)}</time>
      </dd>
      {queueNo ? (
        <>
          <dt>{t('booking.queue')}</dt>
          <dd>
            <strong class="queue-no">{t('booking.queueNo', { n: queueNo })}</strong>
          </dd>
        </>
      ) : null}
      <dt>{t('booking.regType')}</dt>
      <dd>
        {s.reg_type} · {t('booking.fee', { fee: fee(s.fee_cents) })}
      </dd>
      <dt>{t('booking.address')}</dt>
      <dd>{ctx.site.address}</dd>
    </dl>
  );
}

export interface FormPageProps {
  ctx: PageContext;
  session: SessionView;
  service: Service;
  values: FormValues;
  errors: FieldError[];
  /** A refusal from the booking rules (full, stopped, past…), already in the patient's language. */
  problem?: string | undefined;
  ruledOut?: ScreeningQuestion[];
  consultationHref?: string;
  /** The article the booking was started from (src/insights), carried as a hidden field. */
  from?: string | undefined;
}



export function BookingFormPage({ ctx, session: s, service, values: v, errors, problem, ruledOut = [], consultationHref, from }: FormPageProps) {
  const { t, prefix, locale } = ctx;
  const bookable = s.state === 'open' || s.state === 'full';
  const invalid = (id: string) => (errors.some((e) => e.field === id) ? 'true' : undefined);
  return (
    <Layout
      ctx={ctx}
      title={t('booking.form.title')}
      description={t('booking.form.title')}
      noindex
      crumbs={[{ name: t('doctor.directory'), path: '/doctors' }, { name: s.doctor_name, path: `/doctors/${s.doctor_slug}` }, { name: t('booking.form.title') }]}
    >
      <h1>{t('booking.form.title')}</h1>
      <section aria-labelledby="session-title">
        <h2 id="session-title">{t('booking.form.session')}</h2>
        <SessionFacts ctx={ctx} s={s} />
        <p>
          {t('booking.form.service', { name: service.name[locale], n: service.durationMinutes })}
          {service.priceNote ? (
            <>
              {' '}
              <span lang="zh-CN">{service.priceNote}</span>
            </>
          ) : null}
        </p>
        <p class="hint">{t('booking.zoneNote', { zone: ctx.timeZone })}</p>
      </section>
      {errors.length ? (
        <div class="notice" role="alert" id="form-errors">
          <p>{t('booking.err.summary')}</p>
          <ul>
            {errors.map((e) => (
              <li>
                <a href={e.field === 'form' ? `${prefix}/book/${s.id}` : `#f-${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {problem ? (
        <p class="notice" role="alert" id="form-problem">
          {problem}
        </p>
      ) : null}
      {ruledOut.length ? (
        <section class="notice" role="alert" aria-labelledby="screen-out">
          <h2 id="screen-out">{t('booking.screenOut.title')}</h2>
          <p>{t('booking.screenOut.body', { items: ruledOut.map((q) => q.short[locale]).join(locale === 'en' ? ', ' : '、'), service: service.name[locale] })}</p>
          {ruledOut
            .filter((q) => q.note[locale])
            .map((q) => (
              <p>{q.note[locale]}</p>
            ))}
          {consultationHref ? (
            <p>
              <a class="button" href={consultationHref}>
                {t('booking.screenOut.consult')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {bookable ? (
        <form method="post" action={`${prefix}/book/${s.id}`} class="staff-form booking-form">
          <input type="hidden" name="idempotency_key" value={v.idempotency_key} />
          {from ? <input type="hidden" name="from" value={from} /> : null}
          <fieldset>
            <legend>{t('booking.form.patient')}</legend>
            <label for="f-name">{t('booking.form.name')}</label>
            <p class="help" id="h-name">
              {t('booking.form.nameHelp')}
            </p>
            <input id="f-name" name="name" type="text" value={v.name} required maxLength={30} autocomplete="name" aria-invalid={invalid('name')} aria-describedby={describedBy('name', errors, 'h-name')} />
            <ErrorText id="name" errors={errors} />
            <label for="f-mobile">{t('booking.form.mobile')}</label>
            <p class="help" id="h-mobile">
              {t('booking.form.mobileHelp')}
            </p>
            <input id="f-mobile" name="mobile" type="text" value={v.mobile} required inputMode="tel" autocomplete="tel-national" aria-invalid={invalid('mobile')} aria-describedby={describedBy('mobile', errors, 'h-mobile')} />
            <ErrorText id="mobile" errors={errors} />
            <label for="f-email">{t('booking.form.email')}</label>
            <p class="help" id="h-email">
              {t('booking.form.emailHelp')}
            </p>
            <input id="f-email" name="email" type="email" value={v.email} autocomplete="email" aria-invalid={invalid('email')} aria-describedby={describedBy('email', errors, 'h-email')} />
            <ErrorText id="email" errors={errors} />
          </fieldset>
          <fieldset id="f-visit_type" aria-describedby={describedBy('visit_type', errors)}>
            <legend>{t('booking.form.visitType')}</legend>
            {(['first', 'return'] as const).map((vt) => (
              <div>
                <input type="radio" id={`f-visit-${vt}`} name="visit_type" value={vt} checked={v.visit_type === vt} required />{' '}
                <label for={`f-visit-${vt}`}>{t(vt === 'first' ? 'visit.first' : 'visit.return')}</label>
              </div>
            ))}
            <ErrorText id="visit_type" errors={errors} />
          </fieldset>
          <label for="f-reason">{t('booking.form.reason')}</label>
          <p class="help" id="h-reason">
            {t('booking.form.reasonHelp')}
          </p>
          <textarea id="f-reason" name="reason" rows={3} maxLength={REASON_MAX} aria-invalid={invalid('reason')} aria-describedby={describedBy('reason', errors, 'h-reason')}>
            {v.reason}
          </textarea>
          <ErrorText id="reason" errors={errors} />
          {service.questions.length ? (
            <fieldset>
              <legend>{t('booking.form.screening')}</legend>
              <p class="help">{t('booking.form.screeningHelp')}</p>
              {service.questions.map((q) => (
                <fieldset id={`f-q_${q.id}`} aria-describedby={describedBy(`q_${q.id}`, errors)}>
                  <legend>{q.text[locale]}</legend>
                  {q.options.map((o) => (
                    <span>
                      <input type="radio" id={`q-${q.id}-${o.value}`} name={`q_${q.id}`} value={o.value} checked={v.answers[q.id] === o.value} required />{' '}
                      <label for={`q-${q.id}-${o.value}`}>{q.kind === 'yesno' && (o.value === 'yes' || o.value === 'no') ? t(o.value === 'yes' ? 'booking.yes' : 'booking.no') : locale === 'en' ? o.en || o.zh : o.zh}</label>{' '}
                    </span>
                  ))}
                  <ErrorText id={`q_${q.id}`} errors={errors} />
                </fieldset>
              ))}
            </fieldset>
          ) : null}
          <fieldset>
            <legend>{t('booking.form.consent')}</legend>
            <p id="h-consent">{t('booking.form.consentText', { phone: ctx.site.phone })}</p>
            <div>
              <input type="checkbox" id="f-consent_health" name="consent_health" value="1" checked={v.consent} required aria-invalid={invalid('consent_health')} aria-describedby={describedBy('consent_health', errors, 'h-consent')} />{' '}
              <label for="f-consent_health">{t('booking.form.consentAgree')}</label>
            </div>
            <ErrorText id="consent_health" errors={errors} />
          </fieldset>
          <p class="hint">{t('booking.form.privacy')}</p>
          <div class="button-row">
            {s.state === 'open' ? (
              <button type="submit" name="action" value="book">
                {t('booking.form.submit')}
              </button>
            ) : (
              <button type="submit" name="action" value="waitlist">
                {t('booking.form.waitlist')}
              </button>
            )}
            <a href={`${prefix}/doctors/${s.doctor_slug}/sessions`}>{t('booking.form.other')}</a>
          </div>
        </form>
      ) : (
        <p>
          <a class="button" href={`${prefix}/doctors/${s.doctor_slug}/sessions`}>
            {t('booking.form.other')}
          </a>
        </p>
      )}
    </Layout>
  );
}
