import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff } from '../staff/staff.plugin.js';
import { translator } from '../web/i18n.js';
import { addDays, isDate, localDateOf, TIME_RE } from '../time/zoned-time.js';
import { fee, PERIODS, periodLabel, WEEKDAYS } from './booking.format.js';
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

const zh = translator('zh-CN');

const OWN_FLASH: Record<string, string> = {
  templateAdded: '出诊时段已添加，号源已生成。',
  templateRemoved: '出诊时段已停用；之后已生成的号源已停诊，已预约的患者会收到通知并可改约。',
  leave: '请假已保存；期间已有预约的时段已停诊，患者会收到通知并可改约。',
  leaveWithdrawn: '请假已撤回，这些日期的号源已重新生成（已停诊的时段不会恢复）。',
  extra: '加诊时段已添加，患者可以预约。',
  limits: '限制已保存。',
  limitsReset: '已恢复使用全站的限制。',
};

const slotFields = {
  period: z.enum(['morning', 'afternoon', 'evening', 'custom'], '请选择时段。'),
  start_local: z.string().optional(),
  end_local: z.string().optional(),
  reg: z.string().regex(/^\d{1,3}$/, '请选择号别。'),
  quota: z.coerce.number('号源数须是整数。').int('号源数须是整数。').min(1, '号源数至少为 1。').max(500, '号源数最多 500。'),
  service: z.string().regex(/^[a-z0-9_-]{1,40}$/, '请选择服务。'),
};

const hoursOf = <T extends { period: Period; start_local?: string | undefined; end_local?: string | undefined }>(f: T, ctx: z.RefinementCtx) => {
  const hours = f.period === 'custom' ? { start: f.start_local ?? '', end: f.end_local ?? '' } : PERIOD_HOURS[f.period];
  if (!TIME_RE.test(hours.start) || !TIME_RE.test(hours.end) || hours.start >= hours.end) {
    ctx.addIssue({ code: 'custom', message: '自定时间段须填写开始和结束时间（如 09:00 和 11:30），且结束晚于开始。' });
    return z.NEVER;
  }
  return { ...f, start: hours.start, end: hours.end };
};

const templateForm = z.object({ weekday: z.coerce.number('请选择星期。').int().min(1, '请选择星期。').max(7, '请选择星期。'), ...slotFields }).transform(hoursOf);
const extraForm = z.object({ local_date: z.string().refine(isDate, '请填写有效的日期。'), ...slotFields }).transform(hoursOf);
const reasonField = z.string('请填写原因。').trim().min(1, '请填写原因（会告诉已预约的患者），例如“外出会诊”。').max(60, '原因不能超过 60 个字。');
const removeForm = z.object({ template_id: z.string().regex(/^[1-9]\d{0,8}$/, '请选择要停用的时段。'), reason: reasonField });
const leaveForm = z.object({
  from: z.string().refine(isDate, '请填写有效的开始日期。'),
  to: z.union([z.literal(''), z.string().refine(isDate, '请填写有效的结束日期。')]).optional(),
  template_id: z.union([z.literal(''), z.string().regex(/^[1-9]\d{0,8}$/)], '所选时段无效。').optional(),
  note: reasonField,
});

const withdrawForm = z.object({ exception_id: z.string().regex(/^[1-9]\d{0,8}$/, '请选择要撤回的请假。'), last: z.string().refine(isDate, '请选择要撤回的请假。') });

const problems = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))].slice(0, 6).join(' ');
const bodyOf = (req: FastifyRequest) => Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : ''])) as Record<string, string>;

function LimitsSummary({ l }: { l: ScheduleLimits }) {
  return (
    <ul class="staff-list">
      <li>每周最多 {l.maxSessionsWeek} 个出诊时段</li>
      <li>
        出诊时间在 {l.earliestStart}–{l.latestEnd} 之间
      </li>
      <li>每个时段最多 {l.maxQuota} 个号源</li>
      <li>请假、加诊最远可安排到 {l.daysAhead} 天后</li>
      <li>已有患者预约的时段，须至少提前 {l.noticeHours} 小时自行停诊（更晚请联系前台）</li>
    </ul>
  );
}

/** The fields of a session (template slot or added session) a doctor chooses. */
function SlotFields({ prefix, v, regTypes, maxQuota, services }: { prefix: string; v: (k: string, d?: string) => string; regTypes: { regType: string; feeCents: number }[]; maxQuota: number; services: ServiceRow[] }) {
  return (
    <>
      <label for={`${prefix}-period`}>时段</label>
      <select id={`${prefix}-period`} name="period">
        {PERIODS.map(([p, label]) => (
          <option value={p} selected={v('period', 'morning') === p}>
            {label}
            {p !== 'custom' ? `（${PERIOD_HOURS[p].start}–${PERIOD_HOURS[p].end}）` : ''}
          </option>
        ))}
      </select>
      <label for={`${prefix}-start`}>自定开始时间（仅“自定时间段”）</label>
      <input id={`${prefix}-start`} name="start_local" type="time" value={v('start_local')} />
      <label for={`${prefix}-end`}>自定结束时间</label>
      <input id={`${prefix}-end`} name="end_local" type="time" value={v('end_local')} />
      <label for={`${prefix}-reg`}>号别与挂号费（由管理员设定）</label>
      <select id={`${prefix}-reg`} name="reg">
        {regTypes.map((r, i) => (
          <option value={String(i)} selected={v('reg', '0') === String(i)}>
            {r.regType} · {fee(r.feeCents)} 元
          </option>
        ))}
      </select>
      <label for={`${prefix}-quota`}>号源数（最多 {maxQuota}）</label>
      <input id={`${prefix}-quota`} name="quota" type="number" min="1" max={String(maxQuota)} value={v('quota', String(Math.min(20, maxQuota)))} required />
      <label for={`${prefix}-service`}>服务（决定治疗前安全问题）</label>
      <select id={`${prefix}-service`} name="service">
        {services.map((s) => (
          <option value={s.key} selected={v('service', 'consultation') === s.key}>
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
    if (!me.doctorId) {
      return renderStaff(req, reply, deps, { title: '我的出诊安排', body: () => <p>你的账户没有关联医生资料，请联系管理员。</p> });
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
    return renderStaff(req, reply, deps, {
      title: '我的出诊安排',
      error: error?.text,
      status: error?.status ?? 200,
      body: (csrf) => (
        <>
          {typeof (req.query as Record<string, unknown>).msg === 'string' && OWN_FLASH[(req.query as Record<string, string>).msg!] ? (
            <p class="flash ok" role="status">
              {OWN_FLASH[(req.query as Record<string, string>).msg!]}
            </p>
          ) : null}
          <h2>管理员设定的限制</h2>
          <LimitsSummary l={limits} />
          {!limits.selfEdit ? <p class="notice">管理员已关闭你自行修改出诊安排的权限；如需调整，请联系前台或管理员。</p> : null}
          {limits.selfEdit && !regTypes.length ? <p class="notice">管理员还没有为你设定号别和挂号费，请先联系管理员。</p> : null}
          <h2>每周模板</h2>
          {active.length ? (
            <div class="table-scroll">
              <table class="staff-table">
                <thead>
                  <tr>
                    <th scope="col">星期</th>
                    <th scope="col">时段</th>
                    <th scope="col">号别</th>
                    <th scope="col">号源</th>
                    <th scope="col">服务</th>
                    {editable ? <th scope="col">停用（之后的号源停诊）</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {active.map((t) => (
                    <tr>
                      <td>{WEEKDAYS[t.weekday]}</td>
                      <td>{periodLabel(t, zh)}</td>
                      <td>
                        {t.reg_type} · {fee(t.fee_cents)} 元
                      </td>
                      <td>{t.quota}</td>
                      <td>{serviceName.get(t.service) ?? t.service}</td>
                      {editable ? (
                        <td>
                          <form method="post" action="/staff/my-schedule/templates/remove" class="inline-form">
                            <Csrf token={csrf} />
                            <input type="hidden" name="template_id" value={String(t.id)} />
                            <label for={`remove-${t.id}`}>原因（会告诉已预约的患者）</label>
                            <input id={`remove-${t.id}`} name="reason" type="text" required maxLength={60} />
                            <button type="submit" class="button secondary">
                              停用{WEEKDAYS[t.weekday]} {t.start_local}
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
            <p class="hint">没有每周出诊时段。</p>
          )}
          {editable ? (
            <>
              <h2 id="add-template">新增每周时段</h2>
              <form method="post" action="/staff/my-schedule/templates" class="staff-form narrow" aria-labelledby="add-template">
                <Csrf token={csrf} />
                <label for="t-weekday">星期</label>
                <select id="t-weekday" name="weekday">
                  {WEEKDAYS.slice(1).map((w, i) => (
                    <option value={String(i + 1)} selected={vals('template')('weekday') === String(i + 1)}>
                      {w}
                    </option>
                  ))}
                </select>
                <SlotFields prefix="t" v={vals('template')} regTypes={regTypes} maxQuota={limits.maxQuota} services={offered} />
                <div class="button-row">
                  <button type="submit">保存时段</button>
                </div>
              </form>
              <h2 id="leave">请假 / 停诊</h2>
              <p class="hint">请假期间已有患者预约的时段会停诊：患者会收到短信（留了邮箱的还有邮件），并可用短信里的链接改约其他时段。</p>
              <form method="post" action="/staff/my-schedule/leave" class="staff-form narrow" aria-labelledby="leave">
                <Csrf token={csrf} />
                <label for="l-from">开始日期</label>
                <input id="l-from" name="from" type="date" value={vals('leave')('from')} required min={from} max={addDays(from, limits.daysAhead)} />
                <label for="l-to">结束日期（只请一天可留空）</label>
                <input id="l-to" name="to" type="date" value={vals('leave')('to')} min={from} max={addDays(from, limits.daysAhead)} />
                <label for="l-template">哪个时段</label>
                <select id="l-template" name="template_id">
                  <option value="">这些天的全部时段</option>
                  {active.map((t) => (
                    <option value={String(t.id)} selected={vals('leave')('template_id') === String(t.id)}>
                      仅{WEEKDAYS[t.weekday]} {periodLabel(t, zh)}
                    </option>
                  ))}
                </select>
                <label for="l-note">原因（会告诉患者）</label>
                <input id="l-note" name="note" type="text" value={vals('leave')('note')} required maxLength={60} />
                <div class="button-row">
                  <button type="submit">保存请假</button>
                </div>
              </form>
              <h2 id="extra">加诊</h2>
              <form method="post" action="/staff/my-schedule/extra" class="staff-form narrow" aria-labelledby="extra">
                <Csrf token={csrf} />
                <label for="x-date">日期</label>
                <input id="x-date" name="local_date" type="date" value={vals('extra')('local_date')} required min={from} max={addDays(from, limits.daysAhead)} />
                <SlotFields prefix="x" v={vals('extra')} regTypes={regTypes} maxQuota={limits.maxQuota} services={offered} />
                <div class="button-row">
                  <button type="submit">保存加诊</button>
                </div>
              </form>
            </>
          ) : null}
          <h2>请假与例外日期</h2>
          {exceptions.length ? (
            <ul class="staff-list">
              {leaveRuns(exceptions).map((e) => {
                const t = templates.find((x) => x.id === e.template_id);
                return (
                  <li>
                    {e.local_date}
                    {e.last !== e.local_date ? ` 至 ${e.last}` : ''} · {t ? `每${WEEKDAYS[t.weekday]} ${t.start_local}` : '全天'} · {e.quota === null ? '停诊' : `号源改为 ${e.quota}`} ·{' '}
                    {e.note}
                    {editable && e.quota === null ? (
                      <form method="post" action="/staff/my-schedule/leave/withdraw" class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="exception_id" value={String(e.id)} />
                        <input type="hidden" name="last" value={e.last} />
                        <button type="submit" class="button secondary" aria-label={`撤回请假：${e.local_date}${e.last !== e.local_date ? ` 至 ${e.last}` : ''} ${e.note}`}>
                          撤回
                        </button>
                      </form>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p class="hint">没有请假或例外日期。</p>
          )}
          <h2>未来 {deps.config.booking.daysAhead} 天的号源</h2>
          {sessions.length ? (
            <ul class="staff-list">
              {sessions.map((s) => (
                <li>
                  {s.local_date} {WEEKDAYS[new Date(`${s.local_date}T00:00:00Z`).getUTCDay() || 7]} {periodLabel(s, zh)} · {s.reg_type} · 号源 {s.quota} · 已约 {s.booked}
                  {s.template_id === null ? ' · 加诊' : ''}
                  {s.status === 'stopped' ? ` · 已停诊：${s.stop_reason ?? ''}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">没有号源。</p>
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
      return page(req, reply, { status: err.status, text: err.message, form, values });
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
      if (!form.success) return { error: problems(form.error) };
      const slot = await slotOf(doctorId, form.data);
      if (!slot) return { error: '请选择管理员为你设定的号别和服务。' };
      await addOwnTemplate(db, deps.config, doctorId, form.data.weekday, slot, actorOf(req), deps.now());
      return 'templateAdded';
    }),
  );

  app.post('/my-schedule/templates/remove', cfg, async (req, reply) =>
    change(req, reply, 'remove', async (doctorId, values) => {
      const form = removeForm.safeParse(values);
      if (!form.success) return { error: problems(form.error) };
      await removeOwnTemplate(db, doctorId, Number(form.data.template_id), form.data.reason, actorOf(req), deps.now());
      return 'templateRemoved';
    }),
  );

  app.post('/my-schedule/leave', cfg, async (req, reply) =>
    change(req, reply, 'leave', async (doctorId, values) => {
      const form = leaveForm.safeParse(values);
      if (!form.success) return { error: problems(form.error) };
      const f = form.data;
      await takeLeave(db, deps.config, doctorId, { from: f.from, to: f.to || f.from, templateId: f.template_id ? Number(f.template_id) : null, note: f.note }, actorOf(req), deps.now());
      return 'leave';
    }),
  );

  app.post('/my-schedule/leave/withdraw', cfg, async (req, reply) =>
    change(req, reply, 'withdraw', async (doctorId, values) => {
      const form = withdrawForm.safeParse(values);
      if (!form.success) return { error: problems(form.error) };
      await withdrawLeave(db, deps.config, doctorId, Number(form.data.exception_id), form.data.last, actorOf(req), deps.now());
      return 'leaveWithdrawn';
    }),
  );

  app.post('/my-schedule/extra', cfg, async (req, reply) =>
    change(req, reply, 'extra', async (doctorId, values) => {
      const form = extraForm.safeParse(values);
      if (!form.success) return { error: problems(form.error) };
      const slot = await slotOf(doctorId, form.data);
      if (!slot) return { error: '请选择管理员为你设定的号别和服务。' };
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
    const msg = (req.query as Record<string, unknown>).msg;
    return renderStaff(req, reply, deps, {
      title: doctor ? `医生自助排班限制：${doctor.name}` : '医生自助排班限制',
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {typeof msg === 'string' && OWN_FLASH[msg] ? (
            <p class="flash ok" role="status">
              {OWN_FLASH[msg]}
            </p>
          ) : null}
          <p>
            医生（角色“医生”、账户关联了医生资料）可以在“我的出诊安排”里修改自己的每周模板、请假和加诊，但不能超出这里的限制。
            {doctor ? (own ? '这位医生使用单独设定的限制。' : '这位医生目前使用全站的限制；保存后改为单独设定。') : '以下为全站限制，未单独设定的医生都用它。'}
          </p>
          <form method="post" action="/staff/schedules/limits" class="staff-form narrow" aria-label="限制">
            <Csrf token={csrf} />
            <input type="hidden" name="doctor" value={doctorId === null ? '' : String(doctorId)} />
            <label for="lim-self">医生能否自行修改</label>
            <select id="lim-self" name="self_edit">
              <option value="1" selected={v('self_edit', limits.selfEdit ? '1' : '0') === '1'}>
                可以
              </option>
              <option value="0" selected={v('self_edit', limits.selfEdit ? '1' : '0') === '0'}>
                不可以（只能查看）
              </option>
            </select>
            <label for="lim-week">每周最多出诊时段数</label>
            <input id="lim-week" name="max_sessions_week" type="number" min="0" max="21" value={v('max_sessions_week', String(limits.maxSessionsWeek))} required />
            <label for="lim-start">最早开始时间</label>
            <input id="lim-start" name="earliest_start" type="time" value={v('earliest_start', limits.earliestStart)} required />
            <label for="lim-end">最晚结束时间</label>
            <input id="lim-end" name="latest_end" type="time" value={v('latest_end', limits.latestEnd)} required />
            <label for="lim-quota">每个时段最多号源</label>
            <input id="lim-quota" name="max_quota" type="number" min="1" max="500" value={v('max_quota', String(limits.maxQuota))} required />
            <label for="lim-ahead">请假、加诊最远可提前的天数</label>
            <input id="lim-ahead" name="days_ahead" type="number" min="1" max="365" value={v('days_ahead', String(limits.daysAhead))} required />
            <label for="lim-notice">已有预约的时段，医生自行停诊至少提前的小时数</label>
            <input id="lim-notice" name="notice_hours" type="number" min="0" max="336" value={v('notice_hours', String(limits.noticeHours))} required />
            <div class="button-row">
              <button type="submit">保存限制</button>
            </div>
          </form>
          {doctor && own ? (
            <form method="post" action="/staff/schedules/limits/reset" class="inline-form">
              <Csrf token={csrf} />
              <input type="hidden" name="doctor" value={String(doctor.id)} />
              <button type="submit" class="button secondary">恢复使用全站的限制</button>
            </form>
          ) : null}
          <h2>各位医生</h2>
          <ul class="staff-list">
            {doctor ? (
              <li>
                <a href="/staff/schedules/limits">全站限制</a>
              </li>
            ) : null}
            {doctors.map((d) => (
              <li>
                <a href={`/staff/schedules/limits?doctor=${d.id}`}>
                  {d.name}（{d.title}）
                </a>{' '}
                <span class="meta">{withOwn.includes(d.id) ? '单独设定' : '使用全站限制'}</span>
              </li>
            ))}
          </ul>
          <p class="hint">
            未保存过全站限制时的默认值：每周 {DEFAULT_LIMITS.maxSessionsWeek} 个时段，{DEFAULT_LIMITS.earliestStart}–{DEFAULT_LIMITS.latestEnd}，每个时段 {DEFAULT_LIMITS.maxQuota} 个号源，提前 {DEFAULT_LIMITS.daysAhead} 天，停诊至少提前 {DEFAULT_LIMITS.noticeHours} 小时。
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
    if (!form.success) return page(req, reply, problems(form.error), values);
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
