import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { findDoctor } from '../doctors/index.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { parseSlug } from '../http/params.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import type { PageContext } from '../web/context.js';
import type { MessageKey, T } from '../web/i18n.js';
import { blankForm, newFormKey, parseBookingForm, submitted, type FieldError, type FormValues } from './booking.form.js';
import { clinicClock } from './booking.format.js';
import { holdText } from './hold.i18n.js';
import { confirmHold, hasExpiredHolds, holdByToken, holdOutcome, holdToken, holdRequest, HoldRefused, sendHoldCode, startHold, type HoldRefusal } from './hold.service.js';
import { HoldMessagePage, HoldPage } from './hold.views.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingIcs } from './booking.ics.js';
import { findBookingByKey, listSessions, sessionWithDoctor, type SessionRow } from './booking.repository.js';
import { book, bookingByToken, BookingRefused, cancelBooking, changeRefusal, moveBooking, timeRefusal, type Refusal } from './booking.service.js';
import { BookingFormPage, DoctorSessionsPage, type SessionView } from './booking.views.js';
import { ManagePage, MovePage, WaitlistPage } from './manage.views.js';
import { bookingRuntime, type BookingRuntime } from '../messaging/runtime.js';
import type { ScreeningQuestion } from './screening.js';
import { loadService } from './services.service.js';
import { sessionsOfService } from './services.repository.js';
import { ensureSessions } from './schedule.service.js';
import { acceptOffer, entryByToken, joinWaitlist, leaveWaitlist, positionOf, WaitlistRefused } from './waitlist.service.js';
import { addDays, localDateOf } from '../time/zoned-time.js';
import { manageToken } from './booking.service.js';
import { visitHooks } from './visit-hooks.js';
import { parseFrom, sourceArticle } from '../insights/index.js';
import { bookingKey } from './booking.repository.js';
import { normaliseCode } from '../personal-data/codes.js';

const HOLD_STATUS: Record<HoldRefusal, number> = {
  code_limit_number: 429,
  code_limit_address: 429,
  sms_budget: 429,
  sms_failed: 503,
  hold_used: 409,
};

const STATUS: Record<Refusal, number> = {
  not_found: 404,
  stopped: 409,
  past: 409,
  too_late: 409,
  too_far: 409,
  full: 409,
  limit_day: 429,
  limit_doctor: 429,
  already_booked: 409,
  key_reused: 409,
  not_active: 409,
  cancel_too_late: 409,
  not_movable: 409,
  not_offered: 409,
};

/** A refusal in the patient's language. */
export function refusalMessage(code: Refusal, t: T, rt: BookingRuntime, phone: string): string {
  const c = rt.config.booking;
  const keys: Record<Refusal, [MessageKey, Record<string, string | number>?]> = {
    not_found: ['error.notFound.title'],
    stopped: ['booking.err.stopped'],
    past: ['booking.err.past'],
    too_late: ['booking.err.tooLate', { minutes: c.cutoffMinutes }],
    too_far: ['booking.err.tooFar', { days: c.daysAhead }],
    full: ['booking.err.full'],
    limit_day: ['booking.err.limitDay', { n: c.maxPerDay }],
    limit_doctor: ['booking.err.limitDoctor', { n: c.maxPerDoctor }],
    already_booked: ['booking.err.already'],
    key_reused: ['booking.err.keyReused'],
    not_active: ['booking.err.notMovable'],
    cancel_too_late: ['booking.err.cancelLate', { minutes: c.cancelCutoffMinutes, phone }],
    not_movable: ['booking.err.notMovable'],
    not_offered: ['booking.err.notOffered'],
  };
  const [key, params] = keys[code];
  return t(key, params);
}

export function viewOf(s: SessionRow, now: Date, rt: BookingRuntime): SessionView {
  const left = Math.max(0, s.quota - s.booked);
  const state = s.status === 'stopped' ? 'stopped' : closedBy(s, now, rt) ? 'closed' : left === 0 ? 'full' : 'open';
  return { ...s, state, left };
}

/** Why an open session takes no online booking now: its time, or its service was retired. */
function closedBy(s: SessionRow, now: Date, rt: BookingRuntime): Refusal | null {
  return s.service_active === 0 ? 'not_offered' : timeRefusal(s, now, rt, 'online');
}

/** Open sessions of a doctor in the booking window, for the profile and the sessions page. */
export async function upcomingSessions(deps: Deps, doctorId: number): Promise<SessionView[]> {
  const rt = await bookingRuntime(deps.db, deps.config);
  const now = deps.now();
  await ensureSessions(deps.db, deps.config, now);
  const today = localDateOf(now, deps.config.clinicTimeZone);
  const rows = await listSessions(deps.db, { doctorId, from: today, to: addDays(today, deps.config.booking.daysAhead - 1) });
  return rows.filter((s) => Date.parse(s.ends_at) > now.getTime()).map((s) => viewOf(s, now, rt));
}

function parseId(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw notFound('session');
  return Number(value);
}

function page(reply: FastifyReply, vnode: VNode, status = 200): FastifyReply {
  // Booking pages show live places and private data: never cached, never indexed.
  return sendHtml(reply.header('x-robots-tag', 'noindex'), toHtml(vnode), status, false);
}

/** Public booking pages, mounted at '' and '/en' like every public route. */
export function bookingRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const runtime = () => bookingRuntime(db, deps.config);

  async function bookableSession(id: string, rt: BookingRuntime): Promise<SessionView> {
    const s = await sessionWithDoctor(db, parseId(id));
    if (!s) throw notFound('session');
    return viewOf(s, deps.now(), rt);
  }

  app.get<{ Params: { slug: string } }>('/doctors/:slug/sessions', async (req, reply) => {
    const doctor = await findDoctor(db, parseSlug(req.params.slug));
    if (!doctor) throw notFound('doctor');
    const ctx = await pageContext(req, deps);
    const sessions = await upcomingSessions(deps, doctor.id);
    return page(reply, <DoctorSessionsPage ctx={ctx} doctor={doctor} sessions={sessions} days={deps.config.booking.daysAhead} from={parseFrom((req.query as Record<string, unknown>).from)} />);
  });

  const formPage = async (req: FastifyRequest, s: SessionView, values: FormValues, extra: { errors?: FieldError[]; problem?: string; ruledOut?: ScreeningQuestion[] } = {}) => {
    const ctx = await pageContext(req, deps);
    const service = await loadService(db, s.service);
    return (
      <BookingFormPage
        ctx={ctx}
        session={s}
        service={service}
        values={values}
        errors={extra.errors ?? []}
        problem={extra.problem}
        ruledOut={extra.ruledOut}
        consultationHref={`${ctx.prefix}/doctors/${s.doctor_slug}/sessions`}
        from={parseFrom(((req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined)?.from)}
      />
    );
  };

  app.get<{ Params: { id: string } }>('/book/:id', async (req, reply) => {
    const rt = await runtime();
    const s = await bookableSession(req.params.id, rt);
    const ctx = await pageContext(req, deps);
    const problem = s.state === 'stopped' ? refusalMessage('stopped', ctx.t, rt, ctx.site.phone) : s.state === 'closed' ? refusalMessage(closedBy(s, deps.now(), rt) ?? 'past', ctx.t, rt, ctx.site.phone) : undefined;
    return page(reply, await formPage(req, s, blankForm(), { problem }));
  });

  app.post<{ Params: { id: string } }>('/book/:id', async (req, reply) => {
    const rt = await runtime();
    const s = await bookableSession(req.params.id, rt);
    const ctx = await pageContext(req, deps);
    const service = await loadService(db, s.service);
    const values = submitted(req.body, service);
    const parsed = parseBookingForm(values, service, ctx.t, ctx.site.phone);
    if (!parsed.ok) return page(reply, await formPage(req, s, values, { errors: parsed.errors, ruledOut: parsed.ruledOut }), 422);
    const input = { ...parsed.input, sessionId: s.id, locale: ctx.locale, source: 'online' as const, sourceArticleId: await sourceArticle(db, (req.body as Record<string, unknown>).from) };
    const action = (req.body as Record<string, unknown>).action;
    try {
      // A retired service takes no new bookings or waiting-list entries (a form opened before it was retired).
      if (!service.active) throw new BookingRefused('not_offered');
      if (rt.config.booking.verifyMobile) {
        // The number is proved before anything is booked: the place is held while the code is typed.
        // As below: a session seen full or closed is refused without a write transaction — unless
        // this form was sent before, or the session's fullness is only expired holds to give back.
        if (action !== 'waitlist' && s.state !== 'open' && !(s.state === 'full' && (await hasExpiredHolds(db, s.id, deps.now()))) && !(await findBookingByKey(db, input.idempotencyKey)) && !(await holdByToken(db, holdToken(rt, input.idempotencyKey)))) {
          throw new BookingRefused(s.state === 'stopped' ? 'stopped' : timeRefusal(s, deps.now(), rt, 'online') ?? 'full');
        }
        const started = await startHold(db, rt, input, action === 'waitlist' ? 'waitlist' : 'book', req.ip, deps.now());
        if (started.kind === 'booked') return reply.redirect(`${ctx.prefix}/b/${started.token}?new=1`, 303);
        if (started.kind === 'waitlisted') return reply.redirect(`${ctx.prefix}/w/${started.token}`, 303);
        if (started.code) await sendHoldCode(db, rt, started.hold, input.mobile, started.code, ctx.site.shortName, ctx.locale, deps.now());
        return reply.redirect(`${ctx.prefix}/h/${started.token}`, 303);
      }
      if (action === 'waitlist') {
        const { token } = await joinWaitlist(db, rt, input, deps.now());
        return reply.redirect(`${ctx.prefix}/w/${token}`, 303);
      }
      // A session already seen full or closed is refused without a write transaction, unless this
      // very form was booked before (a double submission must still find its booking).
      if (s.state !== 'open' && !(await findBookingByKey(db, input.idempotencyKey))) {
        throw new BookingRefused(s.state === 'stopped' ? 'stopped' : s.state === 'full' ? 'full' : timeRefusal(s, deps.now(), rt, 'online') ?? 'full');
      }
      const { token } = await book(db, rt, input, deps.now());
      return reply.redirect(`${ctx.prefix}/b/${token}?new=1`, 303);
    } catch (err) {
      if (err instanceof HoldRefused) {
        const fresh = viewOf((await sessionWithDoctor(db, s.id))!, deps.now(), rt);
        // A used-up form gets a new key, so sending it again starts a new hold.
        const again = err.code === 'hold_used' ? { ...values, idempotency_key: newFormKey() } : values;
        const h = holdText(ctx.locale);
        return page(reply, await formPage(req, fresh, again, { problem: `${h.refusal[err.code]} ${h.callUs({ phone: ctx.site.phone })}` }), HOLD_STATUS[err.code]);
      }
      if (err instanceof WaitlistRefused) {
        const fresh = viewOf((await sessionWithDoctor(db, s.id))!, deps.now(), rt);
        const problem = ctx.t(err.code === 'not_full' ? 'booking.err.notFull' : 'booking.err.waitlisted');
        return page(reply, await formPage(req, fresh, values, { problem }), 409);
      }
      if (!(err instanceof BookingRefused)) throw err;
      // Show the session as it is now (a full one offers its waiting list), with everything typed kept.
      const fresh = viewOf((await sessionWithDoctor(db, s.id))!, deps.now(), rt);
      const problem = refusalMessage(err.code, ctx.t, rt, ctx.site.phone);
      return page(reply, await formPage(req, fresh, values, { problem }), STATUS[err.code]);
    }
  });

  async function holdContext(req: FastifyRequest<{ Params: { token: string } }>) {
    const rt = await runtime();
    const hold = await holdByToken(db, req.params.token);
    if (!hold) throw notFound('booking');
    const s = (await sessionWithDoctor(db, hold.session_id))!;
    const ctx = await pageContext(req, deps);
    return { rt, hold, s, ctx, base: `${ctx.prefix}/h/${req.params.token}`, againHref: `${ctx.prefix}/book/${hold.session_id}` };
  }

  const holdPage = async (req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, errors: FieldError[] = [], status = 200) => {
    const { rt, hold, s, ctx, base, againHref } = await holdContext(req);
    const h = holdText(ctx.locale);
    const request = hold.status === 'held' && Date.parse(hold.expires_at) > deps.now().getTime() ? holdRequest(rt, hold) : null;
    if (!request) {
      const outcome = await holdOutcome(db, rt, hold);
      if (outcome) return reply.redirect(outcome.kind === 'booked' ? `${ctx.prefix}/b/${outcome.token}?new=1` : `${ctx.prefix}/w/${outcome.token}`, 303);
      return page(reply, <HoldMessagePage ctx={ctx} message={hold.status === 'failed' ? h.exhausted : h.expired} againHref={againHref} />, 410);
    }
    const minutes = Math.max(1, Math.ceil((Date.parse(hold.expires_at) - deps.now().getTime()) / 60_000));
    // The link is the key to the held place: it must not leak through the Referer of a followed link.
    reply.header('referrer-policy', 'no-referrer');
    return page(
      reply,
      <HoldPage ctx={ctx} session={s} action={hold.action} masked={maskMobile(request.mobile)} until={clinicClock(hold.expires_at, ctx.timeZone)} minutes={minutes} base={base} errors={errors} />,
      status,
    );
  };

  app.get<{ Params: { token: string } }>('/h/:token', async (req, reply) => holdPage(req, reply));

  app.post<{ Params: { token: string } }>('/h/:token', async (req, reply) => {
    const { rt, ctx, againHref } = await holdContext(req);
    const h = holdText(ctx.locale);
    const raw = String((req.body as Record<string, unknown> | undefined)?.code ?? '').slice(0, 20);
    const code = normaliseCode(raw);
    if (!code) return holdPage(req, reply, [{ field: 'code', message: h.errCodeFormat }], 422);
    const r = await confirmHold(db, rt, req.params.token, code, deps.now());
    switch (r.kind) {
      case 'booked':
        return reply.redirect(`${ctx.prefix}/b/${r.token}?new=1`, 303);
      case 'waitlisted':
        return reply.redirect(`${ctx.prefix}/w/${r.token}`, 303);
      case 'invalid':
        return holdPage(req, reply, [{ field: 'code', message: h.errInvalid({ n: r.triesLeft }) }], 422);
      case 'exhausted':
        return page(reply, <HoldMessagePage ctx={ctx} message={h.exhausted} againHref={againHref} />, 429);
      case 'expired':
        return page(reply, <HoldMessagePage ctx={ctx} message={h.expired} againHref={againHref} />, 410);
      case 'refused': {
        const message =
          r.code === 'not_full' ? ctx.t('booking.err.notFull') : r.code === 'waitlisted' ? ctx.t('booking.err.waitlisted') : refusalMessage(r.code, ctx.t, rt, ctx.site.phone);
        return page(reply, <HoldMessagePage ctx={ctx} message={message} againHref={againHref} />, 409);
      }
    }
  });

  async function manageContext(req: FastifyRequest<{ Params: { token: string } }>) {
    const rt = await runtime();
    const b = await bookingByToken(db, req.params.token, deps.now());
    if (!b) throw notFound('booking');
    const s = (await sessionWithDoctor(db, b.session_id))!;
    const ctx = await pageContext(req, deps);
    return { rt, b, s, ctx, base: `${ctx.prefix}/b/${req.params.token}` };
  }

  const FLASH: Record<string, MessageKey> = { cancelled: 'booking.cancelled', moved: 'booking.moved' };

  const managePage = async (req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, problem?: string, status = 200) => {
    const { rt, b, s, ctx, base } = await manageContext(req);
    const q = req.query as Record<string, unknown>;
    const refusal = changeRefusal(b, s, deps.now(), rt);
    const flashKey = typeof q.msg === 'string' ? FLASH[q.msg] : undefined;
    return page(
      reply,
      <ManagePage
        ctx={ctx}
        booking={b}
        session={s}
        isNew={q.new === '1'}
        flash={problem ?? (flashKey ? ctx.t(flashKey) : undefined)}
        canChange={!refusal}
        changeProblem={refusal === 'cancel_too_late' ? refusalMessage(refusal, ctx.t, rt, ctx.site.phone) : undefined}
        base={base}
        afterVisit={b.status === 'checked_in' ? visitHooks().afterVisitLink(rt, b, ctx.locale, ctx.prefix) : undefined}
      />,
      status,
    );
  };

  app.get<{ Params: { token: string } }>('/b/:token', async (req, reply) => managePage(req, reply));

  app.get<{ Params: { token: string } }>('/b/:token/booking.ics', async (req, reply) => {
    const { b, s, ctx } = await manageContext(req);
    const host = new URL(deps.config.siteUrl).hostname;
    const ics = bookingIcs({
      ref: b.ref_code,
      startsAt: s.starts_at,
      endsAt: s.ends_at,
      title: `${ctx.site.shortName} ${s.doctor_name} ${ctx.t('booking.queueNo', { n: b.queue_no })}`,
      description: `${ctx.t('booking.ref')}: ${b.ref_code}\n${s.reg_type}\n${deps.config.siteUrl}${ctx.prefix}/b/${req.params.token}`,
      location: ctx.site.address,
      url: `${deps.config.siteUrl}${ctx.prefix}/b/${req.params.token}`,
      host,
      status: b.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${b.ref_code}.ics"`)
      .header('cache-control', 'no-store')
      .send(ics);
  });

  app.post<{ Params: { token: string } }>('/b/:token/cancel', async (req, reply) => {
    const { rt, b, s, ctx, base } = await manageContext(req);
    const refusal = changeRefusal(b, s, deps.now(), rt) ?? (b.status !== 'booked' ? 'not_active' : null);
    try {
      if (refusal) throw new BookingRefused(refusal);
      await cancelBooking(db, rt, b.id, 'patient', deps.now());
    } catch (err) {
      if (!(err instanceof BookingRefused)) throw err;
      return managePage(req, reply, refusalMessage(err.code, ctx.t, rt, ctx.site.phone), STATUS[err.code]);
    }
    return reply.redirect(`${base}?msg=cancelled`, 303);
  });

  const movePage = async (req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, error?: string, status = 200) => {
    const { rt, b, s, ctx, base } = await manageContext(req);
    const refusal = changeRefusal(b, s, deps.now(), rt);
    if (refusal) return managePage(req, reply, refusalMessage(refusal, ctx.t, rt, ctx.site.phone), STATUS[refusal]);
    const now = deps.now();
    await ensureSessions(db, deps.config, now);
    const today = localDateOf(now, deps.config.clinicTimeZone);
    const bookable = (o: SessionRow) => o.id !== s.id && o.service === s.service && Date.parse(o.ends_at) > now.getTime();
    // The same doctor's sessions of this service (as before), then those of the other doctors who offer it.
    const same = (await listSessions(db, { doctorId: s.doctor_id, from: today, to: addDays(today, deps.config.booking.daysAhead - 1) }))
      .filter(bookable)
      .map((o) => viewOf(o, now, rt))
      .filter((o) => o.state === 'open');
    const others = (await sessionsOfService(db, s.service, today, addDays(today, deps.config.booking.daysAhead - 1)))
      .filter((o) => o.doctor_id !== s.doctor_id && bookable(o))
      .map((o) => viewOf(o, now, rt))
      .filter((o) => o.state === 'open');
    const serviceName = (ctx.locale === 'en' ? s.service_name_en : s.service_name_zh) ?? s.service;
    return page(reply, <MovePage ctx={ctx} booking={b} current={s} options={same} others={others} serviceName={serviceName} base={base} error={error} />, status);
  };

  app.get<{ Params: { token: string } }>('/b/:token/move', async (req, reply) => movePage(req, reply));

  app.post<{ Params: { token: string } }>('/b/:token/move', async (req, reply) => {
    const { rt, b, ctx, base } = await manageContext(req);
    const target = String((req.body as Record<string, unknown> | undefined)?.session_id ?? '');
    if (!/^[1-9]\d{0,9}$/.test(target)) return movePage(req, reply, ctx.t('booking.err.pickSession'), 422);
    try {
      await moveBooking(db, rt, b.id, Number(target), deps.now());
    } catch (err) {
      if (!(err instanceof BookingRefused)) throw err;
      return movePage(req, reply, refusalMessage(err.code, ctx.t, rt, ctx.site.phone), STATUS[err.code]);
    }
    return reply.redirect(`${base}?msg=moved`, 303);
  });

  async function waitlistContext(req: FastifyRequest<{ Params: { token: string } }>) {
    const entry = await entryByToken(db, req.params.token);
    if (!entry) throw notFound('waitlist');
    const s = (await sessionWithDoctor(db, entry.session_id))!;
    const ctx = await pageContext(req, deps);
    return { entry, s, ctx, base: `${ctx.prefix}/w/${req.params.token}` };
  }

  const waitlistPage = async (req: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply, flash?: string, status = 200) => {
    const rt = await runtime();
    const { entry, s, ctx, base } = await waitlistContext(req);
    let bookingHref: string | undefined;
    if (entry.booking_id) {
      const b = await bookingKey(db, entry.booking_id);
      if (b) bookingHref = `${ctx.prefix}/b/${manageToken(rt, b)}`;
    }
    const position = entry.status === 'waiting' ? await positionOf(db, entry) : 0;
    return page(
      reply,
      <WaitlistPage ctx={ctx} entry={entry} session={s} position={position} base={base} bookingHref={bookingHref} flash={flash} holdMinutes={deps.config.booking.waitlistHoldMinutes} />,
      status,
    );
  };

  app.get<{ Params: { token: string } }>('/w/:token', async (req, reply) => waitlistPage(req, reply));

  app.post<{ Params: { token: string } }>('/w/:token/accept', async (req, reply) => {
    const rt = await runtime();
    const { ctx } = await waitlistContext(req);
    try {
      const { token } = await acceptOffer(db, rt, req.params.token, deps.now());
      return reply.redirect(`${ctx.prefix}/b/${token}?new=1`, 303);
    } catch (err) {
      if (err instanceof WaitlistRefused) return waitlistPage(req, reply, ctx.t('booking.waitlist.expired'), 409);
      if (err instanceof BookingRefused) return waitlistPage(req, reply, refusalMessage(err.code, ctx.t, rt, ctx.site.phone), STATUS[err.code]);
      throw err;
    }
  });

  app.post<{ Params: { token: string } }>('/w/:token/leave', async (req, reply) => {
    const rt = await runtime();
    const { base } = await waitlistContext(req);
    await leaveWaitlist(db, rt, req.params.token, deps.now()).catch((err) => {
      if (!(err instanceof WaitlistRefused)) throw err;
    });
    return reply.redirect(base, 303);
  });
}

export type { PageContext };
