import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { allows } from '../staff/roles.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff, staffLocale } from '../staff/staff.plugin.js';
import { newFormKey } from './booking.form.js';
import { bookingStatus, inWriteTransaction, isRated, listSessions, markBooking, sessionWithDoctor, type SessionRow } from './booking.repository.js';
import { refusalMessage } from './booking.routes.js';
import { book, BookingRefused, cancelBooking, patientOf } from './booking.service.js';
import type { Booking, BookingStatus } from './booking.tables.js';
import { frontdeskT } from './frontdesk.admin.i18n.js';
import { BookingTable, Data, Flash, SessionHeader, SessionTitle, sessionTitle, type StaffBookingRow } from './frontdesk.views.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime, type BookingRuntime } from '../messaging/runtime.js';
import { ensureSessions } from './schedule.service.js';
import { screeningLines } from './screening.js';
import { loadService } from './services.service.js';
import { contentLang, translator } from '../web/i18n.js';
import { addDays, isDate, localDateOf } from '../time/zoned-time.js';
import { visitHooks } from './visit-hooks.js';
import { normaliseMobile } from '../personal-data/mobile.js';

type Db = Kysely<Database>;

const idOf = (v: string) => {
  if (!/^[1-9]\d{0,9}$/.test(v)) throw notFound('booking');
  return Number(v);
};

export async function bookingRows(db: Db, rt: BookingRuntime, sessionIds: number[]): Promise<Map<number, StaffBookingRow[]>> {
  const out = new Map<number, StaffBookingRow[]>();
  if (!sessionIds.length) return out;
  const rows = await db.selectFrom('booking').selectAll().where('session_id', 'in', sessionIds).orderBy('session_id').orderBy('queue_no').execute();
  for (const b of rows) {
    const list = out.get(b.session_id) ?? [];
    list.push({ booking: b, name: rt.crypto.decrypt(b.name_enc), mobile: rt.crypto.decrypt(b.mobile_enc) });
    out.set(b.session_id, list);
  }
  return out;
}

/** The front desk: any day's sessions and bookings, check-in, no-show, walk-ins, search. Every view of patient data is audited. */
export function frontdeskRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'booking.frontdesk' as const } };
  const runtime = () => bookingRuntime(db, deps.config);
  const today = () => localDateOf(deps.now(), deps.config.clinicTimeZone);

  app.get('/bookings', cfg, async (req, reply) => {
    const me = requireStaff(req);
    const q = req.query as Record<string, unknown>;
    const date = typeof q.date === 'string' && isDate(q.date) ? q.date : today();
    const doctorId = typeof q.doctor === 'string' && /^[1-9]\d{0,8}$/.test(q.doctor) ? Number(q.doctor) : undefined;
    const rt = await runtime();
    await ensureSessions(db, deps.config, deps.now());
    const [sessions, doctors] = await Promise.all([
      listSessions(db, { from: date, to: date, doctorId }),
      db.selectFrom('doctor').select(['id', 'name']).orderBy('position').orderBy('id').execute(),
    ]);
    const rows = await bookingRows(db, rt, sessions.map((s) => s.id));
    const day = today();
    const count = [...rows.values()].reduce((n, l) => n + l.length, 0);
    await audit(db, actorOf(req), 'booking.list', { type: 'booking_day', id: date }, deps.now(), { date, doctorId: doctorId ?? null, bookings: count });
    const back = `/staff/bookings?date=${date}${doctorId ? `&doctor=${doctorId}` : ''}`;
    const schedule = allows(me.roles, 'booking.schedule');
    const locale = staffLocale(req);
    const t = frontdeskT(locale);
    return renderStaff(req, reply, deps, {
      title: t('day.title', { date }),
      body: (csrf) => (
        <>
          <Flash code={q.msg} locale={locale} />
          <form method="get" action="/staff/bookings" class="staff-form narrow">
            <label for="day">{t('day.date')}</label>
            <input id="day" name="date" type="date" value={date} />
            <label for="doctor">{t('day.doctor')}</label>
            <select id="doctor" name="doctor">
              <option value="">{t('day.allDoctors')}</option>
              {doctors.map((d) => (
                <option value={String(d.id)} selected={d.id === doctorId} lang={contentLang(locale)}>
                  {d.name}
                </option>
              ))}
            </select>
            <div class="button-row">
              <button type="submit">{t('day.show')}</button>
              <a href={`/staff/bookings?date=${addDays(date, -1)}${doctorId ? `&doctor=${doctorId}` : ''}`}>{t('day.prev')}</a>
              <a href={`/staff/bookings?date=${addDays(date, 1)}${doctorId ? `&doctor=${doctorId}` : ''}`}>{t('day.next')}</a>
              <a href="/staff/bookings/search">{t('day.search')}</a>
              {schedule ? <a href="/staff/schedules">{t('day.schedules')}</a> : null}
            </div>
          </form>
          {sessions.length && date !== day ? <p class="hint">{t('day.onlyToday', { day })}</p> : null}
          {sessions.length ? (
            sessions.map((s) => (
              <section aria-labelledby={`s-${s.id}`}>
                <h2 id={`s-${s.id}`}>
                  <SessionTitle s={s} locale={locale} />
                </h2>
                <SessionHeader s={s} schedule={schedule} locale={locale} />
                <BookingTable rows={rows.get(s.id) ?? []} csrf={csrf} actions back={back} sessionDay={date === day} locale={locale} />
              </section>
            ))
          ) : (
            <p class="hint">{t('day.none')}</p>
          )}
        </>
      ),
    });
  });

  app.get('/bookings/search', cfg, async (req, reply) => {
    const raw = String((req.query as Record<string, unknown>).q ?? '').trim().slice(0, 40);
    const locale = staffLocale(req);
    const t = frontdeskT(locale);
    const rt = await runtime();
    let results: Booking[] = [];
    let problem: string | undefined;
    if (raw) {
      const ref = raw.toUpperCase().replace(/[\s-]/g, '');
      const mobile = normaliseMobile(raw);
      if (mobile) results = await db.selectFrom('booking').selectAll().where('mobile_hmac', '=', rt.crypto.mobileHmac(mobile)).orderBy('id', 'desc').limit(50).execute();
      else if (/^[2-9A-Z]{8}$/.test(ref)) results = await db.selectFrom('booking').selectAll().where('ref_code', '=', ref).execute();
      else problem = t('search.problem');
      if (!problem) {
        await audit(db, actorOf(req), 'booking.search', { type: 'booking', id: results.map((b) => b.id).join(',') || '-' }, deps.now(), {
          by: mobile ? 'mobile' : 'ref',
          query: mobile ? maskMobile(mobile) : ref,
          results: results.length,
        });
      }
    }
    const sessions = new Map<number, SessionRow>();
    for (const b of results) if (!sessions.has(b.session_id)) sessions.set(b.session_id, (await sessionWithDoctor(db, b.session_id))!);
    return renderStaff(req, reply, deps, {
      title: t('search.title'),
      error: problem,
      status: problem ? 422 : 200,
      body: () => (
        <>
          <form method="get" action="/staff/bookings/search" class="staff-form narrow" role="search">
            <label for="q">{t('search.label')}</label>
            <input id="q" name="q" type="search" value={raw} required />
            <div class="button-row">
              <button type="submit">{t('search.submit')}</button>
              <a href="/staff/bookings">{t('search.back')}</a>
            </div>
          </form>
          {raw && !problem ? (
            results.length ? (
              <ul class="staff-list">
                {results.map((b) => (
                  <li>
                    <a href={`/staff/bookings/${b.id}`}>
                      {b.ref_code} · <Data locale={locale}>{rt.crypto.decrypt(b.name_enc)}</Data>
                    </a>{' '}
                    <span class="meta">
                      <SessionTitle s={sessions.get(b.session_id)!} locale={locale} /> · {t('search.queueNo', { n: b.queue_no })} · {t(`status.${b.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p role="status">{t('search.none')}</p>
            )
          ) : null}
        </>
      ),
    });
  });

  async function load(idParam: string): Promise<{ b: Booking; s: SessionRow }> {
    const b = await db.selectFrom('booking').selectAll().where('id', '=', idOf(idParam)).executeTakeFirst();
    if (!b) throw notFound('booking');
    return { b, s: (await sessionWithDoctor(db, b.session_id))! };
  }

  app.get<{ Params: { id: string } }>('/bookings/:id', cfg, async (req, reply) => {
    const { b, s } = await load(req.params.id);
    const rt = await runtime();
    const p = patientOf(rt, b);
    await audit(db, actorOf(req), 'booking.view', { type: 'booking', id: b.id }, deps.now(), { ref: b.ref_code });
    // The questions as the patient was asked them (a snapshot on the booking), not as they read now.
    const screening = screeningLines(p.screening, await loadService(db, s.service));
    const locale = staffLocale(req);
    const t = frontdeskT(locale);
    const lang = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('booking.title', { ref: b.ref_code }),
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} locale={locale} />
          <dl class="facts">
            <dt>{t('booking.session')}</dt>
            <dd>
              <a href={`/staff/bookings?date=${s.local_date}`}>
                <SessionTitle s={s} locale={locale} />
              </a>
            </dd>
            <dt>{t('booking.service')}</dt>
            <dd>
              <Data locale={locale}>{s.service_name_zh ?? s.service}</Data>
              {s.service_active === 0 ? t('header.retired') : ''}
            </dd>
            <dt>{t('booking.queue')}</dt>
            <dd>{t('booking.queueNo', { n: b.queue_no })}</dd>
            <dt>{t('booking.status')}</dt>
            <dd>{t(`status.${b.status}`)}</dd>
            <dt>{t('booking.name')}</dt>
            <dd lang={lang}>{p.name}</dd>
            <dt>{t('booking.mobile')}</dt>
            <dd>{p.mobile || '—'}</dd>
            {p.email ? (
              <>
                <dt>{t('booking.email')}</dt>
                <dd>{p.email}</dd>
              </>
            ) : null}
            <dt>{t('booking.visit')}</dt>
            <dd>{t(b.visit_type === 'first' ? 'visit.first' : 'visit.return')}</dd>
            <dt>{t('booking.reason')}</dt>
            <dd lang={lang}>{p.reason || '—'}</dd>
            {screening.map((line) => (
              <>
                <dt lang={lang}>{line.text['zh-CN']}</dt>
                <dd lang={lang}>{line.label['zh-CN'] || '—'}</dd>
              </>
            ))}
            <dt>{t('booking.consent')}</dt>
            <dd lang={lang}>{b.consent_json}</dd>
          </dl>
          {b.status === 'booked' ? (
            <form method="post" action={`/staff/bookings/${b.id}/cancel`} class="inline-form">
              <Csrf token={csrf} />
              <button type="submit" class="button secondary">
                {t('booking.cancel')}
              </button>
            </form>
          ) : null}
        </>
      ),
    });
  });

  const backTo = (req: FastifyRequest, fallback: string) => {
    const back = String((req.body as Record<string, unknown> | undefined)?.back ?? '');
    return /^\/staff\/bookings(\?[\w=&-]*)?$/.test(back) ? back : fallback;
  };
  const withMsg = (url: string, msg: string) => `${url}${url.includes('?') ? '&' : '?'}msg=${msg}`;

  type Mark = 'checked_in' | 'no_show';
  const MARKED: readonly BookingStatus[] = ['checked_in', 'no_show'];
  const UNDO_ACTION: Record<Mark, string> = { checked_in: 'booking.check_in_undo', no_show: 'booking.no_show_undo' };

  /** A mark or undo the rules refuse: a page that says why (409), the attempt audited as a failure, nothing changed. */
  const refuse = async (req: FastifyRequest, reply: FastifyReply, b: Booking, s: SessionRow, action: string, reason: 'day' | 'status' | 'rated', day: string) => {
    // The status as it is now: a refused double click should name what the first click made it.
    const status = (await bookingStatus(db, b.id)) ?? b.status;
    const undo = action.endsWith('_undo');
    const t = frontdeskT(staffLocale(req));
    const message =
      reason === 'day'
        ? t(undo ? 'refuse.dayUndo' : 'refuse.day', { date: s.local_date, day })
        : reason === 'rated'
          ? t('refuse.rated')
          : t(undo ? 'refuse.statusUndo' : 'refuse.status', { status: t(`status.${status}`) });
    await audit(db, actorOf(req), action, { type: 'booking', id: b.id }, deps.now(), { ref: b.ref_code, sessionId: s.id, refused: reason, status }, 'failure');
    const back = backTo(req, `/staff/bookings?date=${s.local_date}`);
    return renderStaff(req, reply, deps, {
      title: t('booking.title', { ref: b.ref_code }),
      error: message,
      status: 409,
      body: () => (
        <p>
          <a href={back}>{t('refuse.back')}</a>
        </p>
      ),
    });
  };

  // Check-in and no-show only on the session's own day, and undone only on that day (issue 11 #9).
  // Each UPDATE names the status it expects and the day, so a double click or a stale page applies once.
  const setStatus = (to: Mark, action: string, msg: string) => async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const { b, s } = await load(req.params.id);
    const day = today();
    if (s.local_date !== day) return refuse(req, reply, b, s, action, 'day', day);
    const changed = await inWriteTransaction(db, async (trx) => {
      const row = await markBooking(trx, b.id, 'booked', to, day, deps.now());
      if (row) await audit(trx, actorOf(req), action, { type: 'booking', id: b.id }, deps.now(), { ref: b.ref_code, sessionId: s.id });
      // What follows a visit (src/feedback's thank-you text with the rating link), queued with the check-in itself.
      if (row && to === 'checked_in') await visitHooks().checkedIn(trx, b, s.ends_at, deps.now());
      return !!row;
    });
    if (!changed) return refuse(req, reply, b, s, action, 'status', day);
    return reply.redirect(withMsg(backTo(req, `/staff/bookings?date=${s.local_date}`), msg), 303);
  };
  app.post<{ Params: { id: string } }>('/bookings/:id/check-in', cfg, setStatus('checked_in', 'booking.check_in', 'checkedIn'));
  app.post<{ Params: { id: string } }>('/bookings/:id/no-show', cfg, setStatus('no_show', 'booking.no_show', 'noShow'));

  // A mistaken check-in or no-show goes back to booked, on the session's day only. A check-in the
  // patient has already rated stays (the rating needs it); its queued thank-you text is taken back.
  app.post<{ Params: { id: string } }>('/bookings/:id/undo', cfg, async (req, reply) => {
    const { b, s } = await load(req.params.id);
    const day = today();
    const from = MARKED.includes(b.status) ? (b.status as Mark) : null;
    const action = UNDO_ACTION[from ?? 'checked_in'];
    if (!from) return refuse(req, reply, b, s, action, 'status', day);
    if (s.local_date !== day) return refuse(req, reply, b, s, action, 'day', day);
    const outcome = await inWriteTransaction(db, async (trx): Promise<'done' | 'status' | 'rated'> => {
      const row = await markBooking(trx, b.id, from, 'booked', day, deps.now(), true);
      if (!row) return (await isRated(trx, b.id)) && from === 'checked_in' ? 'rated' : 'status';
      const thanksCancelled = from === 'checked_in' ? await visitHooks().checkInUndone(trx, b.id) : false;
      await audit(trx, actorOf(req), action, { type: 'booking', id: b.id }, deps.now(), { ref: b.ref_code, sessionId: s.id, from, thanksCancelled });
      return 'done';
    });
    if (outcome !== 'done') return refuse(req, reply, b, s, action, outcome, day);
    return reply.redirect(withMsg(backTo(req, `/staff/bookings?date=${s.local_date}`), from === 'checked_in' ? 'checkInUndone' : 'noShowUndone'), 303);
  });

  app.post<{ Params: { id: string } }>('/bookings/:id/cancel', cfg, async (req, reply) => {
    const { b } = await load(req.params.id);
    const rt = await runtime();
    try {
      await cancelBooking(db, rt, b.id, 'clinic', deps.now(), (trx) => audit(trx, actorOf(req), 'booking.cancel', { type: 'booking', id: b.id }, deps.now(), { ref: b.ref_code }));
    } catch (err) {
      if (err instanceof BookingRefused) throw new AppError(409, `booking_${err.code}`);
      throw err;
    }
    return reply.redirect(`/staff/bookings/${b.id}?msg=cancelled`, 303);
  });

  const walkInPage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, v: Record<string, string>, error?: string) => {
    const s = await sessionWithDoctor(db, idOf(req.params.id));
    if (!s) throw notFound('session');
    const locale = staffLocale(req);
    const t = frontdeskT(locale);
    return renderStaff(req, reply, deps, {
      // The <title> cannot mark the doctor's name as Chinese: on English pages it names the task alone.
      title: locale === 'en' ? t('walkin.short') : t('walkin.title', { session: sessionTitle(s) }),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {locale === 'en' ? (
            <p>
              <SessionTitle s={s} locale={locale} />
            </p>
          ) : null}
          <SessionHeader s={s} schedule={false} locale={locale} />
          <form method="post" action={`/staff/sessions/${s.id}/walk-in`} class="staff-form narrow">
            <Csrf token={csrf} />
            <input type="hidden" name="idempotency_key" value={v.idempotency_key || newFormKey()} />
            <label for="w-name">{t('walkin.name')}</label>
            <input id="w-name" name="name" type="text" value={v.name ?? ''} required maxLength={30} />
            <label for="w-mobile">{t('walkin.mobile')}</label>
            <input id="w-mobile" name="mobile" type="text" value={v.mobile ?? ''} inputMode="tel" />
            <fieldset>
              <legend>{t('walkin.visit')}</legend>
              {(['first', 'return'] as const).map((vt) => (
                <div>
                  <input type="radio" id={`w-${vt}`} name="visit_type" value={vt} checked={(v.visit_type ?? 'first') === vt} /> <label for={`w-${vt}`}>{t(vt === 'first' ? 'visit.first' : 'visit.return')}</label>
                </div>
              ))}
            </fieldset>
            <label for="w-reason">{t('walkin.reason')}</label>
            <textarea id="w-reason" name="reason" rows={2} maxLength={200}>
              {v.reason ?? ''}
            </textarea>
            <p class="help">{t('walkin.consent')}</p>
            <div class="button-row">
              <button type="submit">{t('walkin.submit')}</button>
              <a href={`/staff/bookings?date=${s.local_date}`}>{t('walkin.back')}</a>
            </div>
          </form>
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/sessions/:id/walk-in', cfg, async (req, reply) => walkInPage(req, reply, {}));

  app.post<{ Params: { id: string } }>('/sessions/:id/walk-in', cfg, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const v = Object.fromEntries(['name', 'mobile', 'visit_type', 'reason', 'idempotency_key'].map((k) => [k, typeof body[k] === 'string' ? (body[k] as string) : ''])) as Record<string, string>;
    const name = v.name!.trim();
    const mobile = v.mobile!.trim() ? normaliseMobile(v.mobile!) : '';
    const locale = staffLocale(req);
    const t = frontdeskT(locale);
    const problems = [
      !name || [...name].length > 30 ? t('walkin.errName') : '',
      mobile === null ? t('walkin.errMobile') : '',
      [...v.reason!.trim()].length > 200 ? t('walkin.errReason') : '',
      /^[A-Za-z0-9_-]{16,64}$/.test(v.idempotency_key!) ? '' : t('walkin.errForm'),
    ].filter(Boolean);
    if (problems.length) return walkInPage(req, reply, v, problems.join(' '));
    const rt = await runtime();
    const sessionId = idOf(req.params.id);
    try {
      const r = await book(
        db,
        rt,
        { sessionId, name, mobile: mobile ?? '', email: null, visitType: v.visit_type === 'return' ? 'return' : 'first', reason: v.reason!.trim(), screening: {}, locale: 'zh-CN', idempotencyKey: v.idempotency_key!, source: 'walkin' },
        deps.now(),
      );
      if (!r.repeated) await audit(db, actorOf(req), 'booking.walk_in', { type: 'booking', id: r.booking.id }, deps.now(), { ref: r.booking.ref_code, sessionId, queueNo: r.booking.queue_no });
      return reply.redirect(`/staff/bookings/${r.booking.id}?msg=walkin`, 303);
    } catch (err) {
      if (!(err instanceof BookingRefused)) throw err;
      return walkInPage(req, reply, v, refusalMessage(err.code, translator(locale), rt, ''));
    }
  });
}

/** A doctor's own sessions: the doctor profile linked to their account, nobody else's. */
export function ownSessionRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  app.get('/my-sessions', { config: { permission: 'booking.own' } }, async (req, reply) => {
    const me = requireStaff(req);
    const rt = await bookingRuntime(db, deps.config);
    await ensureSessions(db, deps.config, deps.now());
    const from = localDateOf(deps.now(), deps.config.clinicTimeZone);
    const sessions = me.doctorId ? await listSessions(db, { doctorId: me.doctorId, from, to: addDays(from, deps.config.booking.daysAhead - 1) }) : [];
    const rows = await bookingRows(db, rt, sessions.map((s) => s.id));
    await audit(db, actorOf(req), 'booking.own_list', { type: 'doctor', id: me.doctorId ?? '-' }, deps.now(), { from, sessions: sessions.length });
    const locale = staffLocale(req);
    const t = frontdeskT(locale);
    return renderStaff(req, reply, deps, {
      title: t('own.title'),
      body: (csrf) =>
        !me.doctorId ? (
          <p>{t('own.noDoctor')}</p>
        ) : sessions.length ? (
          sessions.map((s) => (
            <section aria-labelledby={`s-${s.id}`}>
              <h2 id={`s-${s.id}`}>
                <SessionTitle s={s} locale={locale} />
              </h2>
              <SessionHeader s={s} schedule={false} frontdesk={false} locale={locale} />
              <BookingTable rows={(rows.get(s.id) ?? []).filter((r) => r.booking.status !== 'cancelled')} csrf={csrf} actions={false} back="/staff/my-sessions" locale={locale} />
            </section>
          ))
        ) : (
          <p class="hint">{t('own.none')}</p>
        ),
    });
  });
}
