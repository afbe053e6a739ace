import type { ComponentChildren } from 'preact';
import { contentLang, translator, type Locale } from '../web/i18n.js';
import { Csrf } from '../staff/staff.layout.js';
import type { SessionRow } from './booking.repository.js';
import { fee, periodLabel, sessionDate } from './booking.format.js';
import type { Booking } from './booking.tables.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { frontdeskT } from './frontdesk.admin.i18n.js';

// Back-office views of sessions and bookings, in the staff member's language. Doctor names, 号别
// and patient data are data: Chinese, marked lang="zh-CN" on English pages.

const t = translator('zh-CN');

export interface StaffBookingRow {
  booking: Booking;
  name: string;
  mobile: string;
}

export function sessionTitle(s: SessionRow): string {
  return `${s.doctor_name} · ${sessionDate(s.local_date, 'zh-CN')} ${periodLabel(s, t)} · ${s.reg_type}`;
}

/** A session's title in a page's language: the Chinese text as it is, or English around the marked data. */
export function SessionTitle({ s, locale }: { s: SessionRow; locale: Locale }) {
  if (locale !== 'en') return <>{sessionTitle(s)}</>;
  return (
    <>
      <span lang="zh-CN">{s.doctor_name}</span> · {sessionDate(s.local_date, 'en')} {periodLabel(s, translator('en'))} · <span lang="zh-CN">{s.reg_type}</span>
    </>
  );
}

/** Chinese data in an English page's running text, marked; on a Chinese page the text alone. */
export function Data({ locale, children }: { locale: Locale; children: ComponentChildren }) {
  return locale === 'en' ? <span lang="zh-CN">{children}</span> : <>{children}</>;
}

const FLASH_CODES = ['checkedIn', 'noShow', 'checkInUndone', 'noShowUndone', 'cancelled', 'walkin', 'stopped', 'template', 'templateOff', 'exception', 'generated'] as const;

/** One status message shown after a redirect, chosen by a code in the URL. */
export function Flash({ code, locale }: { code: unknown; locale: Locale }) {
  const text = typeof code === 'string' && (FLASH_CODES as readonly string[]).includes(code) ? frontdeskT(locale)(`flash.${code as (typeof FLASH_CODES)[number]}`) : undefined;
  return text ? (
    <p class="flash ok" role="status">
      {text}
    </p>
  ) : null;
}

/**
 * A session's bookings: queue number, patient, status, and the front desk's actions — check-in,
 * no-show and their undo only on the session's own day (`sessionDay`), as the routes enforce.
 */
export function BookingTable({ rows, csrf, actions, back, sessionDay = false, locale }: { rows: StaffBookingRow[]; csrf: string; actions: boolean; back: string; sessionDay?: boolean; locale: Locale }) {
  const ft = frontdeskT(locale);
  const lang = contentLang(locale);
  if (!rows.length) return <p class="hint">{ft('table.none')}</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">{ft('table.queue')}</th>
            <th scope="col">{ft('table.name')}</th>
            <th scope="col">{ft('table.mobile')}</th>
            <th scope="col">{ft('table.visit')}</th>
            <th scope="col">{ft('table.source')}</th>
            <th scope="col">{ft('table.status')}</th>
            {actions ? (
              <th scope="col" class="no-print">
                {ft('table.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ booking: b, name, mobile }) => (
            <tr>
              <td class="queue-no">{b.queue_no}</td>
              <td lang={lang}>{actions ? <a href={`/staff/bookings/${b.id}`}>{name}</a> : name}</td>
              <td>{mobile ? maskMobile(mobile) : '—'}</td>
              <td>{ft(b.visit_type === 'first' ? 'visit.first' : 'visit.return')}</td>
              <td>{ft(`source.${b.source}`)}</td>
              <td>{ft(`status.${b.status}`)}</td>
              {actions ? (
                <td class="no-print">
                  {!sessionDay ? (
                    '—'
                  ) : b.status === 'booked' ? (
                    <div class="button-row">
                      <form method="post" action={`/staff/bookings/${b.id}/check-in`} class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="back" value={back} />
                        <button type="submit" aria-label={ft('table.checkInLabel', { n: b.queue_no, name })}>
                          {ft('table.checkIn')}
                        </button>
                      </form>
                      <form method="post" action={`/staff/bookings/${b.id}/no-show`} class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="back" value={back} />
                        <button type="submit" class="button secondary" aria-label={ft('table.noShowLabel', { n: b.queue_no, name })}>
                          {ft('table.noShow')}
                        </button>
                      </form>
                    </div>
                  ) : b.status === 'checked_in' || b.status === 'no_show' ? (
                    <form method="post" action={`/staff/bookings/${b.id}/undo`} class="inline-form">
                      <Csrf token={csrf} />
                      <input type="hidden" name="back" value={back} />
                      <button type="submit" class="button secondary" aria-label={ft('table.undoLabel', { undo: ft(`undo.${b.status}`), n: b.queue_no, name })}>
                        {ft(`undo.${b.status}`)}
                      </button>
                    </form>
                  ) : (
                    '—'
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SessionHeader({ s, schedule, frontdesk = true, locale }: { s: SessionRow; schedule: boolean; frontdesk?: boolean; locale: Locale }) {
  const ft = frontdeskT(locale);
  const left = Math.max(0, s.quota - s.booked);
  return (
    <p class="meta">
      <span>{ft('header.places', { quota: s.quota, booked: s.booked, left })}</span>
      <span>{ft('header.fee', { fee: fee(s.fee_cents) })}</span>
      <span>
        <Data locale={locale}>{s.service_name_zh ?? s.service}</Data>
        {s.service_active === 0 ? ft('header.retired') : ''}
      </span>
      {s.status === 'stopped' ? (
        <span class="badge">
          {ft('header.stopped')}
          <Data locale={locale}>{s.stop_reason}</Data>
        </span>
      ) : null}
      {frontdesk && s.status === 'open' && left > 0 ? <a href={`/staff/sessions/${s.id}/walk-in`}>{ft('header.walkIn')}</a> : null}
      {schedule && s.status === 'open' ? <a href={`/staff/sessions/${s.id}/stop`}>{ft('header.stop')}</a> : null}
    </p>
  );
}
