import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, translator, type Locale } from '../web/i18n.js';
import { addDays, isDate, localDateOf, TIME_RE } from '../time/zoned-time.js';
import { fee, periodLabel, periods, weekdays } from './booking.format.js';
import { Data } from './frontdesk.views.js';
import { formProblems, refusalText, scheduleT, type ScheduleKey } from './schedule.admin.i18n.js';
import { inWriteTransaction } from './booking.repository.js';
import type { Period } from './booking.tables.js';
import { addExtraSession, addOwnTemplate, regTypesOf, removeOwnTemplate, ScheduleRefused, takeLeave, withdrawLeave, type SlotInput } from './own-schedule.service.js';
import { PERIOD_HOURS } from './schedule.js';
import { DEFAULT_LIMITS, leaveRuns, limitsForm, SITE_LIMITS, type ScheduleLimits } from './schedule-limits.js';
import { doctorName, doctorNames, doctorsWithOwnLimits, dropLimits, exceptionsOf, limitsFor, saveLimits, sessionsOf, templatesOf } from './schedule.repository.js';
import { ensureSessions } from './schedule.service.js';
import { listServiceRows, servicesOfferedBy } from './services.repository.js';
import type { ServiceRow } from './booking.tables.js';

// The doctor's own schedule page (/staff/my-schedule) and the admin's limits for it
// (/staff/schedules/limits). Ids of what is changed travel in the form body, and each is checked
// against the signed-in doctor: another doctor's slot is refused with 403 and audited.

const OWN_FLASH = ['templateAdded', 'templateRemoved', 'leave', 'leaveWithdrawn', 'extra', 'limits', 'limitsReset'] as const;
/** The message after a redirect, by the code in the URL, in the page's language. */
const ownFlash = (code: unknown, locale: Locale): string | undefined =>
  typeof code === 'string' && (OWN_FLASH as readonly string[]).includes(code) ? scheduleT(locale)(`own.flash.${code as (typeof OWN_FLASH)[number]}`) : undefined;

// Form messages are keys of schedule.admin.i18n.ts; the page shows them in the staff member's language.
const k = (key: ScheduleKey) => key;

const slotFields = {
  period: z.enum(['morning', 'afternoon', 'evening', 'custom'], k('z.period')),
  start_local: z.string().optional(),
  end_local: z.string().optional(),
  reg: z.string().regex(/^\d{1,3}$/, k('z.reg')),
  quota: z.coerce.number(k('z.quotaInt')).int(k('z.quotaInt')).min(1, k('z.quotaMin')).max(500, k('z.quotaMax')),
  service: z.string().regex(/^[a-z0-9_-]{1,40}$/, k('z.service')),
};

const hoursOf = <T extends { period: Period; start_local?: string | undefined; end_local?: string | undefined }>(f: T, ctx: z.RefinementCtx) => {
  const hours = f.period === 'custom' ? { start: f.start_local ?? '', end: f.end_local ?? '' } : PERIOD_HOURS[f.period];
  if (!TIME_RE.test(hours.start) || !TIME_RE.test(hours.end) || hours.start >= hours.end) {
    ctx.addIssue({ code: 'custom', message: k('z.hours') });
    return z.NEVER;
  }
  return { ...f, start: hours.start, end: hours.end };
};

const templateForm = z.object({ weekday: z.coerce.number(k('z.weekday')).int().min(1, k('z.weekday')).max(7, k('z.weekday')), ...slotFields }).transform(hoursOf);
const extraForm = z.object({ local_date: z.string().refine(isDate, k('z.date')), ...slotFields }).transform(hoursOf);
const reasonField = z.string(k('z.reason')).trim().min(1, k('z.reasonEmpty')).max(60, k('z.reasonLong'));
const removeForm = z.object({ template_id: z.string().regex(/^[1-9]\d{0,8}$/, k('z.removeTemplate')), reason: reasonField });
const leaveForm = z.object({
  from: z.string().refine(isDate, k('z.leaveFrom')),
  to: z.union([z.literal(''), z.string().refine(isDate, k('z.leaveTo'))]).optional(),
  template_id: z.union([z.literal(''), z.string().regex(/^[1-9]\d{0,8}$/)], k('z.leaveSlot')).optional(),
  note: reasonField,
});

const withdrawForm = z.object({ exception_id: z.string().regex(/^[1-9]\d{0,8}$/, k('z.withdraw')), last: z.string().refine(isDate, k('z.withdraw')) });
const bodyOf = (req: FastifyRequest) => Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : ''])) as Record<string, string>;

function LimitsSummary({ l, locale }: { l: ScheduleLimits; locale: Locale }) {
  const t = scheduleT(locale);
  return (
    <ul class="staff-list">
      <li>{t('sum.week', { n: l.maxSessionsWeek })}</li>
      <li>{t('sum.hours', { from: l.earliestStart, to: l.latestEnd })}</li>
      <li>{t('sum.quota', { n: l.maxQuota })}</li>
      <li>{t('sum.ahead', { n: l.daysAhead })}</li>
      <li>{t('sum.notice', { n: l.noticeHours })}</li>
    </ul>
  );
}

/** The fields of a session (template slot or added session) a doctor chooses. */
function SlotFields({
  prefix,
  v,
  regTypes,
  maxQuota,
  services,
  locale,
}: {
  prefix: string;
  v: (k: string, d?: string) => string;
  regTypes: { regType: string; feeCents: number }[];
  maxQuota: number;
  services: ServiceRow[];
  locale: Locale;
}) {
  const t = scheduleT(locale);
  const lang = contentLang(locale);
  return (
    <>
      <label for={`${prefix}-period`}>{t('form.period')}</label>
      <select id={`${prefix}-period`} name="period">
        {periods(locale).map(([p, label]) => (
          <option value={p} selected={v('period', 'morning') === p}>
            {label}
            {p !== 'custom' ? (locale === 'en' ? ` (${PERIOD_HOURS[p].start}–${PERIOD_HOURS[p].end})` : `（${PERIOD_HOURS[p].start}–${PERIOD_HOURS[p].end}）`) : ''}
          </option>
        ))}
      </select>
      <label for={`${prefix}-start`}>{t('form.start')}</label>
      <input id={`${prefix}-start`} name="start_local" type="time" value={v('start_local')} />
      <label for={`${prefix}-end`}>{t('form.end')}</label>
      <input id={`${prefix}-end`} name="end_local" type="time" value={v('end_local')} />
      <label for={`${prefix}-reg`}>{t('slot.reg')}</label>
      <select id={`${prefix}-reg`} name="reg">
        {regTypes.map((r, i) => (
          <option value={String(i)} selected={v('reg', '0') === String(i)} lang={lang}>
            {t('slot.regFee', { regType: r.regType, fee: fee(r.feeCents) })}
          </option>
        ))}
      </select>
      <label for={`${prefix}-quota`}>{t('slot.quota', { max: maxQuota })}</label>
      <input id={`${prefix}-quota`} name="quota" type="number" min="1" max={String(maxQuota)} value={v('quota', String(Math.min(20, maxQuota)))} required />
      <label for={`${prefix}-service`}>{t('form.service')}</label>
      <select id={`${prefix}-service`} name="service">
        {services.map((s) => (
          <option value={s.key} selected={v('service', 'consultation') === s.key} lang={lang}>
            {s.name_zh}
          </option>
        ))}
      </select>
    </>
  );
}

/** A doctor's own weekly template and exceptions (permission schedule.own). */
export function ownScheduleRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'schedule.own' as const } };
  const today = () => localDateOf(deps.now(), deps.config.clinicTimeZone);

  const page = async (req: FastifyRequest, reply: FastifyReply, error?: { status: number; text: string; form: string; values: Record<string, string> }) => {
    const me = requireStaff(req);
    const locale = staffLocale(req);
    const t = scheduleT(locale);
    if (!me.doctorId) {
      return renderStaff(req, reply, deps, { title: t('own.title'), body: () => <p>{t('own.noDoctor')}</p> });
    }
    const doctorId = me.doctorId;
    await ensureSessions(db, deps.config, deps.now());
    const from = today();
    const [{ limits }, templates, exceptions, sessions, regTypes, offered, allServices] = await Promise.all([
      limitsFor(db, doctorId),
      templatesOf(db, doctorId),
      exceptionsOf(db, doctorId, from),
      sessionsOf(db, doctorId, from, addDays(from, deps.config.booking.daysAhead - 1)),
      regTypesOf(db, doctorId),
      servicesOfferedBy(db, doctorId),
      listServiceRows(db),
    ]);
    const serviceName = new Map(allServices.map((s) => [s.key, s.name_zh]));
    const active = templates.filter((t) => t.active);
    const vals = (form: string) => (k: string, d = '') => (error?.form === form ? (error.values[k] ?? d) : d);
    const editable = limits.selfEdit && regTypes.length > 0;
    const pt = translator(locale);
    const lang = contentLang(locale);
    const days = weekdays(locale);
    const flash = ownFlash((req.query as Record<string, unknown>).msg, locale);
    return renderStaff(req, reply, deps, {
      title: t('own.title'),
      error: error?.text,
      status: error?.status ?? 200,
      body: (csrf) => (
        <>
          {flash ? (
            <p class="flash ok" role="status">
              {flash}
            </p>
          ) : null}
          <h2>{t('own.limits')}</h2>
          <LimitsSummary l={limits} locale={locale} />
          {!limits.selfEdit ? <p class="notice">{t('own.selfEditOff')}</p> : null}
          {limits.selfEdit && !regTypes.length ? <p class="notice">{t('own.noRegTypes')}</p> : null}
          <h2>{t('own.templates')}</h2>
          {active.length ? (
            <div class="table-scroll">
              <table class="staff-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.weekday')}</th>
                    <th scope="col">{t('col.period')}</th>
                    <th scope="col">{t('col.regType')}</th>
                    <th scope="col">{t('col.quota')}</th>
                    <th scope="col">{t('col.service')}</th>
                    {editable ? <th scope="col">{t('own.colRemove')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {active.map((tp) => (
                    <tr>
                      <td>{days[tp.weekday]}</td>
                      <td>{periodLabel(tp, pt)}</td>
                      <td lang={lang}>{t('slot.regFee', { regType: tp.reg_type, fee: fee(tp.fee_cents) })}</td>
                      <td>{tp.quota}</td>
                      <td lang={lang}>{serviceName.get(tp.service) ?? tp.service}</td>
                      {editable ? (
                        <td>
                          <form method="post" action="/staff/my-schedule/templates/remove" class="inline-form">
                            <Csrf token={csrf} />
                            <input type="hidden" name="template_id" value={String(tp.id)} />
                            <label for={`remove-${tp.id}`}>{t('own.removeReason')}</label>
                            <input id={`remove-${tp.id}`} name="reason" type="text" required maxLength={60} />
                            <button type="submit" class="button secondary">
                              {t('own.remove', { weekday: days[tp.weekday]!, start: tp.start_local })}
                            </button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="hint">{t('own.noTemplates')}</p>
          )}
          {editable ? (
            <>
              <h2 id="add-template">{t('own.addTemplate')}</h2>
              <form method="post" action="/staff/my-schedule/templates" class="staff-form narrow" aria-labelledby="add-template">
                <Csrf token={csrf} />
                <label for="t-weekday">{t('form.weekday')}</label>
                <select id="t-weekday" name="weekday">
                  {days.slice(1).map((w, i) => (
                    <option value={String(i + 1)} selected={vals('template')('weekday') === String(i + 1)}>
                      {w}
                    </option>
                  ))}
                </select>
                <SlotFields prefix="t" v={vals('template')} regTypes={regTypes} maxQuota={limits.maxQuota} services={offered} locale={locale} />
                <div class="button-row">
                  <button type="submit">{t('own.saveTemplate')}</button>
                </div>
              </form>
              <h2 id="leave">{t('own.leave')}</h2>
              <p class="hint">{t('own.leaveHint')}</p>
              <form method="post" action="/staff/my-schedule/leave" class="staff-form narrow" aria-labelledby="leave">
                <Csrf token={csrf} />
                <label for="l-from">{t('own.leaveFrom')}</label>
                <input id="l-from" name="from" type="date" value={vals('leave')('from')} required min={from} max={addDays(from, limits.daysAhead)} />
                <label for="l-to">{t('own.leaveTo')}</label>
                <input id="l-to" name="to" type="date" value={vals('leave')('to')} min={from} max={addDays(from, limits.daysAhead)} />
                <label for="l-template">{t('own.leaveWhich')}</label>
                <select id="l-template" name="template_id">
                  <option value="">{t('own.leaveAll')}</option>
                  {active.map((tp) => (
                    <option value={String(tp.id)} selected={vals('leave')('template_id') === String(tp.id)}>
                      {t('own.leaveOnly', { weekday: days[tp.weekday]!, period: periodLabel(tp, pt) })}
                    </option>
                  ))}
                </select>
                <label for="l-note">{t('own.leaveNote')}</label>
                <input id="l-note" name="note" type="text" value={vals('leave')('note')} required maxLength={60} />
                <div class="button-row">
                  <button type="submit">{t('own.saveLeave')}</button>
                </div>
              </form>
              <h2 id="extra">{t('own.extra')}</h2>
              <form method="post" action="/staff/my-schedule/extra" class="staff-form narrow" aria-labelledby="extra">
                <Csrf token={csrf} />
                <label for="x-date">{t('own.extraDate')}</label>
                <input id="x-date" name="local_date" type="date" value={vals('extra')('local_date')} required min={from} max={addDays(from, limits.daysAhead)} />
                <SlotFields prefix="x" v={vals('extra')} regTypes={regTypes} maxQuota={limits.maxQuota} services={offered} locale={locale} />
                <div class="button-row">
                  <button type="submit">{t('own.saveExtra')}</button>
                </div>
              </form>
            </>
          ) : null}
          <h2>{t('own.exceptions')}</h2>
          {exceptions.length ? (
            <ul class="staff-list">
              {leaveRuns(exceptions).map((e) => {
                const tp = templates.find((x) => x.id === e.template_id);
                const until = e.last !== e.local_date ? t('own.until', { last: e.last }) : '';
                return (
                  <li>
                    {e.local_date}
                    {until} · {tp ? t('own.every', { weekday: days[tp.weekday]!, start: tp.start_local }) : t('exc.allDay')} · {e.quota === null ? t('exc.stopped') : t('exc.quota', { n: e.quota })} ·{' '}
                    <Data locale={locale}>{e.note}</Data>
                    {editable && e.quota === null ? (
                      <form method="post" action="/staff/my-schedule/leave/withdraw" class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="exception_id" value={String(e.id)} />
                        <input type="hidden" name="last" value={e.last} />
                        {/* The reason is data: the English label names the dates alone. */}
                        <button type="submit" class="button secondary" aria-label={t('own.withdrawLabel', { dates: `${e.local_date}${until}`, note: e.note })}>
                          {t('own.withdraw')}
                        </button>
                      </form>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p class="hint">{t('own.noExceptions')}</p>
          )}
          <h2>{t('sessions.title', { days: deps.config.booking.daysAhead })}</h2>
          {sessions.length ? (
            <ul class="staff-list">
              {sessions.map((s) => (
                <li>
                  {s.local_date} {days[new Date(`${s.local_date}T00:00:00Z`).getUTCDay() || 7]} {periodLabel(s, pt)} · <Data locale={locale}>{s.reg_type}</Data> · {t('own.sessionLine', { quota: s.quota, booked: s.booked })}
                  {s.template_id === null ? t('own.extraMark') : ''}
                  {s.status === 'stopped' ? (
                    <>
                      {t('own.stoppedMark')}
                      <Data locale={locale}>{s.stop_reason ?? ''}</Data>
                    </>
                  ) : (
                    ''
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">{t('sessions.none')}</p>
          )}
        </>
      ),
    });
  };

  app.get('/my-schedule', cfg, async (req, reply) => page(req, reply));

  /** The signed-in doctor's id; a POST from an account with no doctor profile changes nothing. */
  const doctorOf = (req: FastifyRequest) => {
    const me = requireStaff(req);
    if (!me.doctorId) throw new AppError(403, 'no_doctor_profile');
    return me.doctorId;
  };

  /** Runs a change; a refusal re-renders the page with its message (and a 403 is audited as a failed attempt). */
  const change = async (req: FastifyRequest, reply: FastifyReply, form: string, run: (doctorId: number, values: Record<string, string>) => Promise<string | { error: string }>) => {
    const doctorId = doctorOf(req);
    const values = bodyOf(req);
    try {
      const done = await run(doctorId, values);
      if (typeof done !== 'string') return page(req, reply, { status: 422, text: done.error, form, values });
      deps.site.invalidate();
      return reply.redirect(`/staff/my-schedule?msg=${done}`, 303);
    } catch (err) {
      if (!(err instanceof ScheduleRefused)) throw err;
      if (err.status === 403) {
        await audit(db, actorOf(req), 'schedule.own_denied', { type: 'doctor', id: doctorId }, deps.now(), { form, templateId: values.template_id ?? null, exceptionId: values.exception_id ?? null }, 'failure');
      }
      return page(req, reply, { status: err.status, text: refusalText(err.reasons, staffLocale(req)), form, values });
    }
  };

  const slotOf = async (doctorId: number, f: { period: Period; start: string; end: string; reg: string; quota: number; service: string }): Promise<SlotInput | undefined> => {
    const reg = (await regTypesOf(db, doctorId))[Number(f.reg)];
    // Which services a doctor offers is the admin's decision (medical content): only those.
    const offers = (await servicesOfferedBy(db, doctorId)).some((s) => s.key === f.service);
    return reg && offers ? { period: f.period, start: f.start, end: f.end, regType: reg.regType, feeCents: reg.feeCents, quota: f.quota, service: f.service } : undefined;
  };

  app.post('/my-schedule/templates', cfg, async (req, reply) =>
    change(req, reply, 'template', async (doctorId, values) => {
      const form = templateForm.safeParse(values);
      if (!form.success) return { error: formProblems(form.error, scheduleT(staffLocale(req))) };
      const slot = await slotOf(doctorId, form.data);
      if (!slot) return { error: scheduleT(staffLocale(req))('own.pickReg') };
      await addOwnTemplate(db, deps.config, doctorId, form.data.weekday, slot, actorOf(req), deps.now());
      return 'templateAdded';
    }),
  );

  app.post('/my-schedule/templates/remove', cfg, async (req, reply) =>
    change(req, reply, 'remove', async (doctorId, values) => {
      const form = removeForm.safeParse(values);
      if (!form.success) return { error: formProblems(form.error, scheduleT(staffLocale(req))) };
      await removeOwnTemplate(db, doctorId, Number(form.data.template_id), form.data.reason, actorOf(req), deps.now());
      return 'templateRemoved';
    }),
  );

  app.post('/my-schedule/leave', cfg, async (req, reply) =>
    change(req, reply, 'leave', async (doctorId, values) => {
      const form = leaveForm.safeParse(values);
      if (!form.success) return { error: formProblems(form.error, scheduleT(staffLocale(req))) };
      const f = form.data;
      await takeLeave(db, deps.config, doctorId, { from: f.from, to: f.to || f.from, templateId: f.template_id ? Number(f.template_id) : null, note: f.note }, actorOf(req), deps.now());
      return 'leave';
    }),
  );

  app.post('/my-schedule/leave/withdraw', cfg, async (req, reply) =>
    change(req, reply, 'withdraw', async (doctorId, values) => {
      const form = withdrawForm.safeParse(values);
      if (!form.success) return { error: formProblems(form.error, scheduleT(staffLocale(req))) };
      await withdrawLeave(db, deps.config, doctorId, Number(form.data.exception_id), form.data.last, actorOf(req), deps.now());
      return 'leaveWithdrawn';
    }),
  );

  app.post('/my-schedule/extra', cfg, async (req, reply) =>
    change(req, reply, 'extra', async (doctorId, values) => {
      const form = extraForm.safeParse(values);
      if (!form.success) return { error: formProblems(form.error, scheduleT(staffLocale(req))) };
      const slot = await slotOf(doctorId, form.data);
      if (!slot) return { error: scheduleT(staffLocale(req))('own.pickReg') };
      await addExtraSession(db, deps.config, doctorId, form.data.local_date, slot, actorOf(req), deps.now());
      return 'extra';
    }),
  );
}

/** The limits doctors edit their own schedules within: the site's, and any doctor's own (permission schedule.limits). */
export function scheduleLimitRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'schedule.limits' as const } };

  const doctorParam = (req: FastifyRequest): number | null => {
    const raw = (req.query as Record<string, unknown>).doctor ?? (req.body as Record<string, unknown> | undefined)?.doctor;
    if (raw === undefined || raw === '') return null;
    if (typeof raw !== 'string' || !/^[1-9]\d{0,8}$/.test(raw)) throw notFound('doctor');
    return Number(raw);
  };

  const page = async (req: FastifyRequest, reply: FastifyReply, error?: string, values?: Record<string, string>) => {
    const doctorId = doctorParam(req);
    const doctor = doctorId === null ? undefined : await doctorName(db, doctorId);
    if (doctorId !== null && !doctor) throw notFound('doctor');
    const [{ limits, own }, doctors, withOwn] = await Promise.all([limitsFor(db, doctorId ?? SITE_LIMITS), doctorNames(db), doctorsWithOwnLimits(db)]);
    const v = (k: string, d: string) => values?.[k] ?? d;
    const locale = staffLocale(req);
    const t = scheduleT(locale);
    const flash = ownFlash((req.query as Record<string, unknown>).msg, locale);
    return renderStaff(req, reply, deps, {
      // The <title> cannot mark the doctor's name as Chinese: on English pages the name is in the body.
      title: doctor && locale !== 'en' ? t('lim.titleDoctor', { name: doctor.name }) : t('lim.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {flash ? (
            <p class="flash ok" role="status">
              {flash}
            </p>
          ) : null}
          {doctor && locale === 'en' ? (
            <p class="lead" lang="zh-CN">
              {doctor.name}
            </p>
          ) : null}
          <p>
            {t('lim.intro')}
            {doctor ? (own ? t('lim.own') : t('lim.site')) : t('lim.siteOnly')}
          </p>
          <form method="post" action="/staff/schedules/limits" class="staff-form narrow" aria-label={t('lim.form')}>
            <Csrf token={csrf} />
            <input type="hidden" name="doctor" value={doctorId === null ? '' : String(doctorId)} />
            <label for="lim-self">{t('lim.self')}</label>
            <select id="lim-self" name="self_edit">
              <option value="1" selected={v('self_edit', limits.selfEdit ? '1' : '0') === '1'}>
                {t('lim.yes')}
              </option>
              <option value="0" selected={v('self_edit', limits.selfEdit ? '1' : '0') === '0'}>
                {t('lim.no')}
              </option>
            </select>
            <label for="lim-week">{t('lim.week')}</label>
            <input id="lim-week" name="max_sessions_week" type="number" min="0" max="21" value={v('max_sessions_week', String(limits.maxSessionsWeek))} required />
            <label for="lim-start">{t('lim.start')}</label>
            <input id="lim-start" name="earliest_start" type="time" value={v('earliest_start', limits.earliestStart)} required />
            <label for="lim-end">{t('lim.end')}</label>
            <input id="lim-end" name="latest_end" type="time" value={v('latest_end', limits.latestEnd)} required />
            <label for="lim-quota">{t('lim.quota')}</label>
            <input id="lim-quota" name="max_quota" type="number" min="1" max="500" value={v('max_quota', String(limits.maxQuota))} required />
            <label for="lim-ahead">{t('lim.ahead')}</label>
            <input id="lim-ahead" name="days_ahead" type="number" min="1" max="365" value={v('days_ahead', String(limits.daysAhead))} required />
            <label for="lim-notice">{t('lim.notice')}</label>
            <input id="lim-notice" name="notice_hours" type="number" min="0" max="336" value={v('notice_hours', String(limits.noticeHours))} required />
            <div class="button-row">
              <button type="submit">{t('lim.save')}</button>
            </div>
          </form>
          {doctor && own ? (
            <form method="post" action="/staff/schedules/limits/reset" class="inline-form">
              <Csrf token={csrf} />
              <input type="hidden" name="doctor" value={String(doctor.id)} />
              <button type="submit" class="button secondary">
                {t('lim.reset')}
              </button>
            </form>
          ) : null}
          <h2>{t('lim.doctors')}</h2>
          <ul class="staff-list">
            {doctor ? (
              <li>
                <a href="/staff/schedules/limits">{t('lim.siteLink')}</a>
              </li>
            ) : null}
            {doctors.map((d) => (
              <li>
                <a href={`/staff/schedules/limits?doctor=${d.id}`} lang={contentLang(locale)}>
                  {d.name}（{d.title}）
                </a>{' '}
                <span class="meta">{withOwn.includes(d.id) ? t('lim.ownMark') : t('lim.siteMark')}</span>
              </li>
            ))}
          </ul>
          <p class="hint">
            {t('lim.defaults', {
              week: DEFAULT_LIMITS.maxSessionsWeek,
              from: DEFAULT_LIMITS.earliestStart,
              to: DEFAULT_LIMITS.latestEnd,
              quota: DEFAULT_LIMITS.maxQuota,
              ahead: DEFAULT_LIMITS.daysAhead,
              notice: DEFAULT_LIMITS.noticeHours,
            })}
          </p>
        </>
      ),
    });
  };

  app.get('/schedules/limits', cfg, async (req, reply) => page(req, reply));

  app.post('/schedules/limits', cfg, async (req, reply) => {
    const values = bodyOf(req);
    const doctorId = doctorParam(req);
    if (doctorId !== null && !(await doctorName(db, doctorId))) throw notFound('doctor');
    const form = limitsForm.safeParse(values);
    if (!form.success) return page(req, reply, formProblems(form.error, scheduleT(staffLocale(req))), values);
    const now = deps.now();
    await inWriteTransaction(db, async (trx) => {
      await saveLimits(trx, doctorId ?? SITE_LIMITS, form.data, actorOf(req).userId, now);
      await audit(trx, actorOf(req), 'schedule.limits_set', { type: 'schedule_limit', id: doctorId ?? SITE_LIMITS }, now, { ...form.data });
    });
    return reply.redirect(`/staff/schedules/limits${doctorId === null ? '' : `?doctor=${doctorId}`}${doctorId === null ? '?' : '&'}msg=limits`, 303);
  });

  app.post('/schedules/limits/reset', cfg, async (req, reply) => {
    const doctorId = doctorParam(req);
    if (doctorId === null) throw notFound('doctor');
    const now = deps.now();
    const dropped = await inWriteTransaction(db, async (trx) => {
      const r = await dropLimits(trx, doctorId);
      if (r) await audit(trx, actorOf(req), 'schedule.limits_reset', { type: 'schedule_limit', id: doctorId }, now);
      return r;
    });
    if (!dropped) throw new AppError(409, 'no_own_limits');
    return reply.redirect(`/staff/schedules/limits?doctor=${doctorId}&msg=limitsReset`, 303);
  });
}
