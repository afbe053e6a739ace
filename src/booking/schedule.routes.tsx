import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { allows } from '../staff/roles.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, translator, type Locale } from '../web/i18n.js';
import { fee, periodLabel, periods, weekdays } from './booking.format.js';
import { inWriteTransaction, listSessions, sessionWithDoctor } from './booking.repository.js';
import { Data, Flash, SessionHeader, SessionTitle, sessionTitle } from './frontdesk.views.js';
import { formProblems, scheduleT, type ScheduleKey } from './schedule.admin.i18n.js';
import { bookingRuntime } from '../messaging/runtime.js';
import { PERIOD_HOURS } from './schedule.js';
import { generateSessions, scheduleNextGeneration, stopSession } from './schedule.service.js';
import { findServiceByKey, listServiceRows, offerServices } from './services.repository.js';
import { addDays, isDate, localDateOf, TIME_RE } from '../time/zoned-time.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

// Form messages are keys of schedule.admin.i18n.ts; the page shows them in the staff member's language.
const k = (key: ScheduleKey) => key;

const templateForm = z
  .object({
    weekday: z.coerce.number(k('z.weekday')).int().min(1, k('z.weekday')).max(7, k('z.weekday')),
    period: z.enum(['morning', 'afternoon', 'evening', 'custom'], k('z.period')),
    start_local: z.string().optional(),
    end_local: z.string().optional(),
    reg_type: z.string().trim().min(1, k('z.regType')).max(20, k('z.regTypeLong')),
    fee: z.coerce.number(k('z.feeNumber')).min(0, k('z.feeNegative')).max(10_000, k('z.feeHigh')),
    quota: z.coerce.number(k('z.quotaInt')).int(k('z.quotaInt')).min(1, k('z.quotaMin')).max(500, k('z.quotaMax')),
    service: z.string(k('z.service')).regex(/^[a-z0-9_-]{1,40}$/, k('z.service')),
  })
  .transform((f, ctx) => {
    const hours = f.period === 'custom' ? { start: f.start_local ?? '', end: f.end_local ?? '' } : PERIOD_HOURS[f.period];
    if (!TIME_RE.test(hours.start) || !TIME_RE.test(hours.end) || hours.start >= hours.end) {
      ctx.addIssue({ code: 'custom', message: k('z.hours') });
      return z.NEVER;
    }
    return { ...f, start_local: hours.start, end_local: hours.end };
  });

const exceptionForm = z.object({
  local_date: z.string().refine(isDate, k('z.date')),
  template_id: z.union([z.literal(''), z.string().regex(/^\d{1,9}$/)], k('z.template')),
  quota: z.union([z.literal(''), z.coerce.number().int().min(1).max(500)], k('z.excQuota')),
  note: z.string().trim().min(1, k('z.note')).max(100, k('z.noteLong')),
});
/** A service's name (data) and, when it is retired, the interface's word for that. */
function ServiceName({ name, retired, locale }: { name: string; retired: boolean; locale: Locale }) {
  return (
    <>
      <Data locale={locale}>{name}</Data>
      {retired ? scheduleT(locale)('retiredService') : ''}
    </>
  );
}

const idOf = (v: string) => {
  if (!/^[1-9]\d{0,8}$/.test(v)) throw notFound();
  return Number(v);
};

/** Weekly templates, exceptions, and stopping a session (停诊): for admins and the front desk. */
export function scheduleRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'booking.schedule' as const } };
  const today = () => localDateOf(deps.now(), deps.config.clinicTimeZone);

  app.get('/schedules', cfg, async (req, reply) => {
    const doctors = await db.selectFrom('doctor').select(['id', 'name', 'title']).orderBy('position').orderBy('id').execute();
    const counts = await db.selectFrom('schedule_template').select(['doctor_id', (eb) => eb.fn.countAll<number>().as('n')]).where('active', '=', 1).groupBy('doctor_id').execute();
    const n = new Map(counts.map((c) => [c.doctor_id, Number(c.n)]));
    const marker = await db.selectFrom('site_state').select('value').where('key', '=', 'sessions_generated_through').executeTakeFirst();
    const locale = staffLocale(req);
    const t = scheduleT(locale);
    return renderStaff(req, reply, deps, {
      title: t('list.title'),
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} locale={locale} />
          <p>{t('list.intro', { days: deps.config.booking.daysAhead, through: marker?.value ?? '—' })}</p>
          <ul class="staff-list">
            {doctors.map((d) => (
              <li>
                <a href={`/staff/schedules/${d.id}`} lang={contentLang(locale)}>
                  {d.name}（{d.title}）
                </a>{' '}
                <span class="meta">{t('list.weekly', { n: n.get(d.id) ?? 0 })}</span>
              </li>
            ))}
          </ul>
          {req.staff && allows(req.staff.roles, 'schedule.limits') ? (
            <p>
              <a href="/staff/schedules/limits">{t('list.limits')}</a>
              {t('list.limitsNote')}
            </p>
          ) : null}
          <form method="post" action="/staff/schedules/generate" class="inline-form">
            <Csrf token={csrf} />
            <button type="submit" class="button secondary">
              {t('list.generate')}
            </button>
          </form>
        </>
      ),
    });
  });

  app.post('/schedules/generate', cfg, async (req, reply) => {
    const now = deps.now();
    const added = await inWriteTransaction(db, async (trx) => {
      const n = await generateSessions(trx, deps.config, now);
      await scheduleNextGeneration(trx, deps.config, now);
      await audit(trx, actorOf(req), 'schedule.generate', { type: 'schedule', id: '-' }, now, { added: n });
      return n;
    });
    deps.site.invalidate();
    req.log.info({ added }, 'sessions generated');
    return reply.redirect('/staff/schedules?msg=generated', 303);
  });

  const doctorPage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, error?: string, values: Record<string, string> = {}) => {
    const doctor = await db.selectFrom('doctor').selectAll().where('id', '=', idOf(req.params.id)).executeTakeFirst();
    if (!doctor) throw notFound('doctor');
    const from = today();
    const [templates, exceptions, sessions] = await Promise.all([
      db.selectFrom('schedule_template').selectAll().where('doctor_id', '=', doctor.id).orderBy('active', 'desc').orderBy('weekday').orderBy('start_local').execute(),
      db.selectFrom('schedule_exception').selectAll().where('doctor_id', '=', doctor.id).where('local_date', '>=', from).orderBy('local_date').execute(),
      listSessions(db, { doctorId: doctor.id, from, to: addDays(from, deps.config.booking.daysAhead - 1) }),
    ]);
    const services = await listServiceRows(db);
    const locale = staffLocale(req);
    const t = scheduleT(locale);
    const pt = translator(locale);
    const lang = contentLang(locale);
    const days = weekdays(locale);
    const serviceName = new Map(services.map((s) => [s.key, { name: s.name_zh, retired: !s.active }]));
    const v = (k: string, d = '') => values[k] ?? d;
    return renderStaff(req, reply, deps, {
      // The <title> cannot mark the doctor's name as Chinese: on English pages the name is in the body.
      title: locale === 'en' ? t('doctor.short') : t('doctor.title', { name: doctor.name }),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {locale === 'en' ? (
            <p class="lead" lang="zh-CN">
              {doctor.name}（{doctor.title}）
            </p>
          ) : null}
          <Flash code={(req.query as Record<string, unknown>).msg} locale={locale} />
          {req.staff && allows(req.staff.roles, 'schedule.limits') ? (
            <p>
              <a href={`/staff/schedules/limits?doctor=${doctor.id}`}>{t('doctor.limits')}</a>
            </p>
          ) : null}
          <h2>{t('doctor.templates')}</h2>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('col.weekday')}</th>
                <th scope="col">{t('col.period')}</th>
                <th scope="col">{t('col.regType')}</th>
                <th scope="col">{t('col.fee')}</th>
                <th scope="col">{t('col.quota')}</th>
                <th scope="col">{t('col.service')}</th>
                <th scope="col">{t('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {templates.map((tp) => {
                const service = serviceName.get(tp.service);
                return (
                  <tr>
                    <td>{days[tp.weekday]}</td>
                    <td>{periodLabel(tp, pt)}</td>
                    <td lang={lang}>{tp.reg_type}</td>
                    <td>{t('fee', { fee: fee(tp.fee_cents) })}</td>
                    <td>{tp.quota}</td>
                    <td>{service ? <ServiceName name={service.name} retired={service.retired} locale={locale} /> : tp.service}</td>
                    <td>
                      {tp.active ? (
                        <form method="post" action={`/staff/schedules/templates/${tp.id}/off`} class="inline-form">
                          <Csrf token={csrf} />
                          <button type="submit" class="button secondary" aria-label={t('template.offLabel', { slot: `${days[tp.weekday]} ${periodLabel(tp, pt)}` })}>
                            {t('template.off')}
                          </button>
                        </form>
                      ) : (
                        t('template.isOff')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <h2 id="add-template">{t('template.add')}</h2>
          <form method="post" action={`/staff/schedules/${doctor.id}/templates`} class="staff-form narrow" aria-labelledby="add-template">
            <Csrf token={csrf} />
            <label for="t-weekday">{t('form.weekday')}</label>
            <select id="t-weekday" name="weekday">
              {days.slice(1).map((w, i) => (
                <option value={String(i + 1)} selected={v('weekday') === String(i + 1)}>
                  {w}
                </option>
              ))}
            </select>
            <label for="t-period">{t('form.period')}</label>
            <select id="t-period" name="period">
              {periods(locale).map(([p, label]) => (
                <option value={p} selected={v('period', 'morning') === p}>
                  {label}
                  {p !== 'custom' ? (locale === 'en' ? ` (${PERIOD_HOURS[p].start}–${PERIOD_HOURS[p].end})` : `（${PERIOD_HOURS[p].start}–${PERIOD_HOURS[p].end}）`) : ''}
                </option>
              ))}
            </select>
            <label for="t-start">{t('form.start')}</label>
            <input id="t-start" name="start_local" type="time" value={v('start_local')} />
            <label for="t-end">{t('form.end')}</label>
            <input id="t-end" name="end_local" type="time" value={v('end_local')} />
            <label for="t-reg">{t('form.regType')}</label>
            <input id="t-reg" name="reg_type" type="text" value={v('reg_type', '专家门诊')} required maxLength={20} lang={lang} />
            <label for="t-fee">{t('form.fee')}</label>
            <input id="t-fee" name="fee" type="number" min="0" step="0.5" value={v('fee', '50')} required />
            <label for="t-quota">{t('form.quota')}</label>
            <input id="t-quota" name="quota" type="number" min="1" max="500" value={v('quota', '20')} required />
            <label for="t-service">{t('form.service')}</label>
            <select id="t-service" name="service">
              {services
                .filter((s) => s.active)
                .map((s) => (
                  <option value={s.key} selected={v('service', 'consultation') === s.key} lang={lang}>
                    {s.name_zh}
                  </option>
                ))}
            </select>
            <div class="button-row">
              <button type="submit">{t('form.saveTemplate')}</button>
            </div>
          </form>
          <h2 id="add-exception">{t('exc.title')}</h2>
          {exceptions.length ? (
            <ul class="staff-list">
              {exceptions.map((e) => (
                <li>
                  {e.local_date} · {e.template_id ? t('exc.template', { id: e.template_id }) : t('exc.allDay')} · {e.quota === null ? t('exc.stopped') : t('exc.quota', { n: e.quota })} · <Data locale={locale}>{e.note}</Data>
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">{t('exc.none')}</p>
          )}
          <form method="post" action={`/staff/schedules/${doctor.id}/exceptions`} class="staff-form narrow" aria-labelledby="add-exception">
            <Csrf token={csrf} />
            <label for="e-date">{t('exc.date')}</label>
            <input id="e-date" name="local_date" type="date" value={v('local_date')} required />
            <label for="e-template">{t('exc.which')}</label>
            <select id="e-template" name="template_id">
              <option value="">{t('exc.allSlots')}</option>
              {templates
                .filter((tp) => tp.active)
                .map((tp) => (
                  <option value={String(tp.id)}>
                    {/* The 号别 is data: an English option names the template by its number instead. */}
                    {days[tp.weekday]} {periodLabel(tp, pt)} {locale === 'en' ? `(${t('exc.template', { id: tp.id })})` : tp.reg_type}
                  </option>
                ))}
            </select>
            <label for="e-quota">{t('exc.quotaLabel')}</label>
            <input id="e-quota" name="quota" type="number" min="1" max="500" value={v('quota_e')} />
            <label for="e-note">{t('exc.note')}</label>
            <input id="e-note" name="note" type="text" value={v('note')} required maxLength={100} />
            <div class="button-row">
              <button type="submit">{t('exc.save')}</button>
            </div>
          </form>
          <h2>{t('sessions.title', { days: deps.config.booking.daysAhead })}</h2>
          {sessions.length ? (
            sessions.map((s) =>
              locale === 'en' ? (
                <section aria-labelledby={`s-${s.id}`}>
                  <h3 id={`s-${s.id}`}>
                    <SessionTitle s={s} locale={locale} />
                  </h3>
                  <SessionHeader s={s} schedule locale={locale} />
                </section>
              ) : (
                <section aria-label={sessionTitle(s)}>
                  <h3>{sessionTitle(s)}</h3>
                  <SessionHeader s={s} schedule locale={locale} />
                </section>
              ),
            )
          ) : (
            <p class="hint">{t('sessions.none')}</p>
          )}
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/schedules/:id', cfg, async (req, reply) => doctorPage(req, reply));

  app.post<{ Params: { id: string } }>('/schedules/:id/templates', cfg, async (req, reply) => {
    const doctorId = idOf(req.params.id);
    const values = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    const t = scheduleT(staffLocale(req));
    const form = templateForm.safeParse(req.body ?? {});
    if (!form.success) return doctorPage(req, reply, formProblems(form.error, t), values);
    const f = form.data;
    const now = deps.now();
    const exists = await db.selectFrom('doctor').select('id').where('id', '=', doctorId).executeTakeFirst();
    if (!exists) throw notFound('doctor');
    const service = await findServiceByKey(db, f.service);
    if (!service?.active) return doctorPage(req, reply, t('err.service'), values);
    await inWriteTransaction(db, async (trx) => {
      // A doctor who runs a service's clinic offers that service (for moves across doctors, issue 17 #8).
      await offerServices(trx, [{ doctorId, serviceKey: f.service }]);
      const { id } = await trx
        .insertInto('schedule_template')
        .values({ doctor_id: doctorId, weekday: f.weekday, period: f.period, start_local: f.start_local, end_local: f.end_local, reg_type: f.reg_type, fee_cents: Math.round(f.fee * 100), quota: f.quota, service: f.service, active: 1, created_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, actorOf(req), 'schedule.template_add', { type: 'schedule_template', id }, now, { doctorId, weekday: f.weekday, period: f.period, quota: f.quota });
      await generateSessions(trx, deps.config, now);
      await scheduleNextGeneration(trx, deps.config, now);
    });
    deps.site.invalidate();
    return reply.redirect(`/staff/schedules/${doctorId}?msg=template`, 303);
  });

  app.post<{ Params: { id: string } }>('/schedules/templates/:id/off', cfg, async (req, reply) => {
    const id = idOf(req.params.id);
    const t = await db.selectFrom('schedule_template').select(['id', 'doctor_id']).where('id', '=', id).executeTakeFirst();
    if (!t) throw notFound('template');
    await inWriteTransaction(db, async (trx) => {
      await trx.updateTable('schedule_template').set({ active: 0 }).where('id', '=', id).execute();
      await audit(trx, actorOf(req), 'schedule.template_off', { type: 'schedule_template', id }, deps.now(), { doctorId: t.doctor_id });
    });
    return reply.redirect(`/staff/schedules/${t.doctor_id}?msg=templateOff`, 303);
  });

  app.post<{ Params: { id: string } }>('/schedules/:id/exceptions', cfg, async (req, reply) => {
    const doctorId = idOf(req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values = { local_date: String(body.local_date ?? ''), quota_e: String(body.quota ?? ''), note: String(body.note ?? '') };
    const t = scheduleT(staffLocale(req));
    const form = exceptionForm.safeParse(body);
    if (!form.success) return doctorPage(req, reply, formProblems(form.error, t), values);
    const f = form.data;
    if (f.local_date < today()) return doctorPage(req, reply, t('err.pastException'), values);
    const templateId = f.template_id ? Number(f.template_id) : null;
    if (templateId !== null) {
      const template = await db.selectFrom('schedule_template').select('id').where('id', '=', templateId).where('doctor_id', '=', doctorId).executeTakeFirst();
      if (!template) return doctorPage(req, reply, t('err.templateNotDoctor'), values);
    }
    const quota = f.quota === '' ? null : f.quota;
    const now = deps.now();
    const rt = await bookingRuntime(db, deps.config);
    // Sessions already generated for that date change too: a day off stops them (patients are told).
    let affected = db.selectFrom('clinic_session').selectAll().where('doctor_id', '=', doctorId).where('local_date', '=', f.local_date).where('status', '=', 'open');
    if (templateId !== null) affected = affected.where('template_id', '=', templateId);
    const existing = await affected.execute();
    await inWriteTransaction(db, async (trx) => {
      const { id } = await trx
        .insertInto('schedule_exception')
        .values({ doctor_id: doctorId, local_date: f.local_date, template_id: templateId, quota, note: f.note, created_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, actorOf(req), 'schedule.exception_add', { type: 'schedule_exception', id }, now, { doctorId, date: f.local_date, templateId, quota });
      if (quota !== null) {
        for (const s of existing) await trx.updateTable('clinic_session').set({ quota: Math.max(quota, s.booked) }).where('id', '=', s.id).execute();
        await bumpContentVersion(trx);
      }
    });
    if (quota === null) for (const s of existing) await stopSession(db, rt, s.id, f.note, actorOf(req), now);
    deps.site.invalidate();
    return reply.redirect(`/staff/schedules/${doctorId}?msg=exception`, 303);
  });

  const stopPage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, error?: string) => {
    const s = await sessionWithDoctor(db, idOf(req.params.id));
    if (!s) throw notFound('session');
    const locale = staffLocale(req);
    const t = scheduleT(locale);
    return renderStaff(req, reply, deps, {
      // The <title> cannot mark the doctor's name as Chinese: on English pages the session is in the body.
      title: locale === 'en' ? t('stop.short') : t('stop.title', { session: sessionTitle(s) }),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {locale === 'en' ? (
            <p>
              <SessionTitle s={s} locale={locale} />
            </p>
          ) : null}
          <SessionHeader s={s} schedule={false} frontdesk={false} locale={locale} />
          {s.status === 'stopped' ? (
            <p>{t('stop.already')}</p>
          ) : (
            <form method="post" action={`/staff/sessions/${s.id}/stop`} class="staff-form narrow">
              <Csrf token={csrf} />
              <p>{t('stop.intro', { n: s.booked })}</p>
              <label for="reason">{t('stop.reason')}</label>
              <input id="reason" name="reason" type="text" required maxLength={60} />
              <div class="button-row">
                <button type="submit">{t('stop.confirm')}</button>
                <a href={`/staff/bookings?date=${s.local_date}`}>{t('stop.back')}</a>
              </div>
            </form>
          )}
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/sessions/:id/stop', cfg, async (req, reply) => stopPage(req, reply));

  app.post<{ Params: { id: string } }>('/sessions/:id/stop', cfg, async (req, reply) => {
    const id = idOf(req.params.id);
    const reason = String((req.body as Record<string, unknown> | undefined)?.reason ?? '').trim();
    if (!reason || [...reason].length > 60) return stopPage(req, reply, scheduleT(staffLocale(req))('err.stopReason'));
    const s = await sessionWithDoctor(db, id);
    if (!s) throw notFound('session');
    const rt = await bookingRuntime(db, deps.config);
    const stopped = await stopSession(db, rt, id, reason, actorOf(req), deps.now());
    if (!stopped) throw new AppError(409, 'session_not_open');
    deps.site.invalidate();
    return reply.redirect(`/staff/bookings?date=${s.local_date}&msg=stopped`, 303);
  });
}
