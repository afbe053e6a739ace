import type { DoctorProfileSection } from '../doctors/index.js';
import { upcomingSessions } from './booking.routes.js';
import { SessionList, type SessionView } from './booking.views.js';

/** The doctor's profile page's booking box: the next few sessions and the way to all of them. */
export const doctorSessionsSection: DoctorProfileSection<SessionView[]> = {
  name: 'booking',
  load: (deps, doctor) => upcomingSessions(deps, doctor.id),
  render(ctx, doctor, sessions) {
    const { t, prefix } = ctx;
    return (
      <section id="booking" aria-labelledby="booking-title" class="booking-box" tabIndex={-1}>
        <h2 id="booking-title">{t('doctor.booking')}</h2>
        {sessions.length ? (
          <>
            <p class="hint">
              {t('booking.zoneNote', { zone: ctx.timeZone })} {t('booking.sessions.asOf')}
            </p>
            <SessionList ctx={ctx} sessions={sessions.slice(0, 6)} />
          </>
        ) : (
          <p>{t('booking.sessions.noneSoon', { phone: ctx.site.phone })}</p>
        )}
        <p>
          <a class="button" href={`${prefix}/doctors/${doctor.slug}/sessions`}>
            {t('booking.sessions.all')}
          </a>
        </p>
        {sessions.length ? <p class="hint">{t('booking.byPhone', { phone: ctx.site.phone })}</p> : null}
      </section>
    );
  },
};
