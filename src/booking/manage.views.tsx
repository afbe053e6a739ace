import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';
import type { SessionRow } from './booking.repository.js';
import { clinicClock, fee, periodLabel, sessionDate } from './booking.format.js';
import type { Booking, WaitlistEntry } from './booking.tables.js';
import { SessionFacts, type SessionView } from './booking.views.js';

/** The private link's page: the confirmation after booking, and where the patient views, moves or cancels. */
export function ManagePage({
  ctx,
  booking: b,
  session: s,
  isNew,
  flash,
  canChange,
  changeProblem,
  base,
  afterVisit,
}: {
  ctx: PageContext;
  booking: Booking;
  session: SessionRow;
  isNew: boolean;
  flash?: string | undefined;
  canChange: boolean;
  changeProblem?: string | undefined;
  base: string;
  /** After check-in: the visit's feedback form (src/feedback). */
  /** Set by what follows a visit (src/booking/visit-hooks.ts), e.g. the rating link. */
  afterVisit?: { href: string; label: string } | undefined;
}) {
  const { t } = ctx;
  const title = isNew && b.status === 'booked' ? t('booking.confirm.title') : t('booking.manage.title');
  const stopped = b.status === 'cancelled' && b.cancelled_by === 'stopped';
  return (
    <Layout ctx={ctx} title={title} description={title} noindex>
      <h1>{title}</h1>
      {flash ? (
        <p class="notice" role="status">
          {flash}
        </p>
      ) : null}
      {isNew && b.status === 'booked' ? <p class="lead">{t('booking.confirm.lead')}</p> : null}
      {stopped ? (
        <p class="notice" role="status">
          {t('booking.stoppedNote', { reason: s.stop_reason ?? '' })}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t('booking.ref')}</dt>
        <dd>
          <strong class="ref-code">{b.ref_code}</strong>
        </dd>
        <dt>{t('booking.statusLabel')}</dt>
        <dd>{t(`booking.status.${b.status}`)}</dd>
      </dl>
      <SessionFacts ctx={ctx} s={s} queueNo={b.status === 'booked' || b.status === 'checked_in' ? b.queue_no : undefined} />
      <p class="hint">{t('booking.zoneNote', { zone: ctx.timeZone })}</p>
      {b.status === 'booked' ? (
        <p>
          <a class="button secondary" href={`${base}/booking.ics`} download={`${b.ref_code}.ics`}>
            {t('booking.ics')}
          </a>
        </p>
      ) : null}
      {canChange ? (
        <section aria-labelledby="change-title">
          <h2 id="change-title">{stopped ? t('booking.move') : `${t('booking.move')} / ${t('booking.cancel')}`}</h2>
          <p>
            <a class="button" href={`${base}/move`}>
              {t('booking.move')}
            </a>
          </p>
          {b.status === 'booked' ? (
            <form method="post" action={`${base}/cancel`} class="inline-form">
              <p class="help" id="cancel-help">
                {t('booking.cancelHelp')}
              </p>
              <button type="submit" class="button secondary" aria-describedby="cancel-help">
                {t('booking.cancel')}
              </button>
            </form>
          ) : null}
        </section>
      ) : changeProblem ? (
        <p class="hint">{changeProblem}</p>
      ) : null}
      {afterVisit ? (
        <p>
          <a class="button" href={afterVisit.href}>
            {afterVisit.label}
          </a>
        </p>
      ) : null}
      {b.status === 'cancelled' && !stopped ? (
        <p>
          <a href={`${ctx.prefix}/doctors/${s.doctor_slug}/sessions`}>{t('booking.bookAgain')}</a>
        </p>
      ) : null}
      <p class="hint">{t('booking.privateLink')}</p>
    </Layout>
  );
}

export function MovePage({
  ctx,
  booking: b,
  current,
  options,
  others = [],
  serviceName,
  base,
  error,
}: {
  ctx: PageContext;
  booking: Booking;
  current: SessionRow;
  /** Open sessions of the same doctor and service. */
  options: SessionView[];
  /** Open sessions of the same service with other doctors who offer it (issue 17 #8). */
  others?: SessionView[];
  serviceName: string;
  base: string;
  error?: string | undefined;
}) {
  const { t, locale } = ctx;
  const choice = (s: SessionView, withDoctor: boolean) => (
    <div>
      <input type="radio" id={`to-${s.id}`} name="session_id" value={String(s.id)} required />{' '}
      <label for={`to-${s.id}`}>
        {withDoctor ? `${s.doctor_name} · ` : ''}
        {sessionDate(s.local_date, locale)} {periodLabel(s, t)} · {s.reg_type} · {t('booking.fee', { fee: fee(s.fee_cents) })} · {t('booking.left', { n: s.left })}
      </label>
    </div>
  );
  return (
    <Layout ctx={ctx} title={t('booking.move.title')} description={t('booking.move.title')} noindex>
      <h1>{t('booking.move.title')}</h1>
      <p>
        {t('booking.ref')}：<strong>{b.ref_code}</strong> · {current.doctor_name} · {serviceName} · {sessionDate(current.local_date, locale)} {periodLabel(current, t)}
      </p>
      {error ? (
        <p class="notice" role="alert" id="move-error">
          {error}
        </p>
      ) : null}
      {options.length || others.length ? (
        <form method="post" action={`${base}/move`} class="staff-form" aria-labelledby="move-pick">
          <h2 id="move-pick">{t('booking.move.pick')}</h2>
          {options.length ? (
            <fieldset aria-describedby={error ? 'move-error' : undefined}>
              <legend>{t('booking.move.sameDoctor', { name: current.doctor_name })}</legend>
              {options.map((s) => choice(s, false))}
            </fieldset>
          ) : null}
          {others.length ? (
            <fieldset aria-describedby={error ? 'move-error other-help' : 'other-help'}>
              <legend>{t('booking.move.otherDoctors', { service: serviceName })}</legend>
              <p class="help" id="other-help">
                {t('booking.move.otherHelp')}
              </p>
              {others.map((s) => choice(s, true))}
            </fieldset>
          ) : null}
          <p class="hint">{t('booking.zoneNote', { zone: ctx.timeZone })}</p>
          <div class="button-row">
            <button type="submit">{t('booking.move.submit')}</button>
            <a href={base}>{t('booking.manage.title')}</a>
          </div>
        </form>
      ) : (
        <p>{t('booking.move.none')}</p>
      )}
    </Layout>
  );
}

export function WaitlistPage({
  ctx,
  entry,
  session: s,
  position,
  base,
  bookingHref,
  flash,
  holdMinutes,
}: {
  ctx: PageContext;
  entry: WaitlistEntry;
  session: SessionRow;
  position: number;
  base: string;
  bookingHref?: string | undefined;
  flash?: string | undefined;
  holdMinutes: number;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('booking.waitlist.title')} description={t('booking.waitlist.title')} noindex>
      <h1>{t('booking.waitlist.title')}</h1>
      {flash ? (
        <p class="notice" role="alert">
          {flash}
        </p>
      ) : null}
      <SessionFacts ctx={ctx} s={s} />
      {entry.status === 'waiting' ? <p role="status">{t('booking.waitlist.waiting', { n: position, minutes: holdMinutes })}</p> : null}
      {entry.status === 'offered' ? (
        <>
          <p role="status">{t('booking.waitlist.offered', { time: clinicClock(entry.offer_expires_at!, ctx.timeZone) })}</p>
          <form method="post" action={`${base}/accept`} class="inline-form">
            <button type="submit">{t('booking.waitlist.accept')}</button>
          </form>
        </>
      ) : null}
      {entry.status === 'expired' ? <p role="status">{t('booking.waitlist.expired')}</p> : null}
      {entry.status === 'left' ? <p role="status">{t('booking.waitlist.left')}</p> : null}
      {entry.status === 'accepted' ? (
        <p role="status">
          {t('booking.waitlist.accepted')} {bookingHref ? <a href={bookingHref}>{t('booking.waitlist.view')}</a> : null}
        </p>
      ) : null}
      {entry.status === 'waiting' || entry.status === 'offered' ? (
        <form method="post" action={`${base}/leave`} class="inline-form">
          <button type="submit" class="button secondary">
            {t('booking.waitlist.leave')}
          </button>
        </form>
      ) : null}
      <p class="hint">{t('booking.privateLink')}</p>
    </Layout>
  );
}
