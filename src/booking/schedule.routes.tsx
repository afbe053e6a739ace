import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { allows } from '../staff/roles.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf } from '../staff/staff.plugin.js';
import { translator } from '../web/i18n.js';
import { fee, PERIODS, periodLabel, WEEKDAYS } from './booking.format.js';
import { inWriteTransaction, listSessions, sessionWithDoctor } from './booking.repository.js';
import { Flash, SessionHeader, sessionTitle } from './frontdesk.views.js';
import { bookingRuntime } from '../messaging/runtime.js';
import { PERIOD_HOURS } from './schedule.js';
import { generateSessions, scheduleNextGeneration, stopSession } from './schedule.service.js';
import { findServiceByKey, listServiceRows, offerServices } from './services.repository.js';
import { addDays, isDate, localDateOf, TIME_RE } from '../time/zoned-time.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

const zh = translator('zh-CN');

const templateForm = z
  .object({
    weekday: z.coerce.number('请选择星期。').int().min(1, '请选择星期。').max(7, '请选择星期。'),
    period: z.enum(['morning', 'afternoon', 'evening', 'custom'], '请选择时段。'),
    start_local: z.string().optional(),
    end_local: z.string().optional(),
    reg_type: z.string().trim().min(1, '请填写号别，例如“专家门诊”。').max(20, '号别不能超过 20 个字。'),
    fee: z.coerce.number('挂号费须是数字。').min(0, '挂号费不能为负数。').max(10_000, '挂号费过高。'),
    quota: z.coerce.number('号源数须是整数。').int('号源数须是整数。').min(1, '号源数至少为 1。').max(500, '号源数最多 500。'),
    service: z.string('请选择服务。').regex(/^[a-z0-9_-]{1,40}$/, '请选择服务。'),
  })
  .transform((f, ctx) => {
    const hours = f.period === 'custom' ? { start: f.start_local ?? '', end: f.end_local ?? '' } : PERIOD_HOURS[f.period];
    if (!TIME_RE.test(hours.start) || !TIME_RE.test(hours.end) || hours.start >= hours.end) {
      ctx.addIssue({ code: 'custom', message: '自定时间段须填写开始和结束时间（如 09:00 和 11:30），且结束晚于开始。' });
      return z.NEVER;
    }
    return { ...f, start_local: hours.start, end_local: hours.end };
  });

const exceptionForm = z.object({
  local_date: z.string().refine(isDate, '请填写有效的日期。'),
  template_id: z.union([z.literal(''), z.string().regex(/^\d{1,9}$/)], '所选模板无效。'),
  quota: z.union([z.literal(''), z.coerce.number().int().min(1).max(500)], '号源数须是 1 到 500 的整数，或留空表示停诊。'),
  note: z.string().trim().min(1, '请填写原因，例如“外出会诊”。').max(100, '原因不能超过 100 个字。'),
});

const problems = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))].slice(0, 6).join(' ');
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
    return renderStaff(req, reply, deps, {
      title: '出诊安排',
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} />
          <p>号源按每周模板自动生成到未来 {deps.config.booking.daysAhead} 天（目前已生成到 {marker?.value ?? '—'}）。修改模板不影响已生成的号源；某天不出诊请添加例外日期，已有预约的时段会停诊并通知患者。</p>
          <ul class="staff-list">
            {doctors.map((d) => (
              <li>
                <a href={`/staff/schedules/${d.id}`}>
                  {d.name}（{d.title}）
                </a>{' '}
                <span class="meta">每周 {n.get(d.id) ?? 0} 个时段</span>
              </li>
            ))}
          </ul>
          {req.staff && allows(req.staff.roles, 'schedule.limits') ? (
            <p>
              <a href="/staff/schedules/limits">医生自助排班的限制</a>（医生在“我的出诊安排”里修改自己的排班时不能超出）
            </p>
          ) : null}
          <form method="post" action="/staff/schedules/generate" class="inline-form">
            <Csrf token={csrf} />
            <button type="submit" class="button secondary">立即生成号源</button>
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
    const serviceName = new Map(services.map((s) => [s.key, s.active ? s.name_zh : `${s.name_zh}（已停用）`]));
    const v = (k: string, d = '') => values[k] ?? d;
    return renderStaff(req, reply, deps, {
      title: `出诊安排：${doctor.name}`,
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} />
          {req.staff && allows(req.staff.roles, 'schedule.limits') ? (
            <p>
              <a href={`/staff/schedules/limits?doctor=${doctor.id}`}>这位医生自助排班的限制</a>
            </p>
          ) : null}
          <h2>每周模板</h2>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">星期</th>
                <th scope="col">时段</th>
                <th scope="col">号别</th>
                <th scope="col">挂号费</th>
                <th scope="col">号源</th>
                <th scope="col">服务</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {templates.map((t) => (
                <tr>
                  <td>{WEEKDAYS[t.weekday]}</td>
                  <td>{periodLabel(t, zh)}</td>
                  <td>{t.reg_type}</td>
                  <td>{fee(t.fee_cents)} 元</td>
                  <td>{t.quota}</td>
                  <td>{serviceName.get(t.service) ?? t.service}</td>
                  <td>
                    {t.active ? (
                      <form method="post" action={`/staff/schedules/templates/${t.id}/off`} class="inline-form">
                        <Csrf token={csrf} />
                        <button type="submit" class="button secondary" aria-label={`停用模板：${WEEKDAYS[t.weekday]} ${periodLabel(t, zh)}`}>
                          停用
                        </button>
                      </form>
                    ) : (
                      '已停用'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 id="add-template">新增模板</h2>
          <form method="post" action={`/staff/schedules/${doctor.id}/templates`} class="staff-form narrow" aria-labelledby="add-template">
            <Csrf token={csrf} />
            <label for="t-weekday">星期</label>
            <select id="t-weekday" name="weekday">
              {WEEKDAYS.slice(1).map((w, i) => (
                <option value={String(i + 1)} selected={v('weekday') === String(i + 1)}>
                  {w}
                </option>
              ))}
            </select>
            <label for="t-period">时段</label>
            <select id="t-period" name="period">
              {PERIODS.map(([p, label]) => (
                <option value={p} selected={v('period', 'morning') === p}>
                  {label}
                  {p !== 'custom' ? `（${PERIOD_HOURS[p].start}–${PERIOD_HOURS[p].end}）` : ''}
                </option>
              ))}
            </select>
            <label for="t-start">自定开始时间（仅“自定时间段”）</label>
            <input id="t-start" name="start_local" type="time" value={v('start_local')} />
            <label for="t-end">自定结束时间</label>
            <input id="t-end" name="end_local" type="time" value={v('end_local')} />
            <label for="t-reg">号别</label>
            <input id="t-reg" name="reg_type" type="text" value={v('reg_type', '专家门诊')} required maxLength={20} />
            <label for="t-fee">挂号费（元）</label>
            <input id="t-fee" name="fee" type="number" min="0" step="0.5" value={v('fee', '50')} required />
            <label for="t-quota">号源数</label>
            <input id="t-quota" name="quota" type="number" min="1" max="500" value={v('quota', '20')} required />
            <label for="t-service">服务（决定治疗前安全问题）</label>
            <select id="t-service" name="service">
              {services
                .filter((s) => s.active)
                .map((s) => (
                  <option value={s.key} selected={v('service', 'consultation') === s.key}>
                    {s.name_zh}
                  </option>
                ))}
            </select>
            <div class="button-row">
              <button type="submit">保存模板</button>
            </div>
          </form>
          <h2 id="add-exception">例外日期</h2>
          {exceptions.length ? (
            <ul class="staff-list">
              {exceptions.map((e) => (
                <li>
                  {e.local_date} · {e.template_id ? `模板 ${e.template_id}` : '全天'} · {e.quota === null ? '停诊' : `号源改为 ${e.quota}`} · {e.note}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">没有例外日期。</p>
          )}
          <form method="post" action={`/staff/schedules/${doctor.id}/exceptions`} class="staff-form narrow" aria-labelledby="add-exception">
            <Csrf token={csrf} />
            <label for="e-date">日期</label>
            <input id="e-date" name="local_date" type="date" value={v('local_date')} required />
            <label for="e-template">哪个时段</label>
            <select id="e-template" name="template_id">
              <option value="">当天全部时段</option>
              {templates
                .filter((t) => t.active)
                .map((t) => (
                  <option value={String(t.id)}>
                    {WEEKDAYS[t.weekday]} {periodLabel(t, zh)} {t.reg_type}
                  </option>
                ))}
            </select>
            <label for="e-quota">号源数（留空表示当天不出诊）</label>
            <input id="e-quota" name="quota" type="number" min="1" max="500" value={v('quota_e')} />
            <label for="e-note">原因</label>
            <input id="e-note" name="note" type="text" value={v('note')} required maxLength={100} />
            <div class="button-row">
              <button type="submit">保存例外</button>
            </div>
          </form>
          <h2>未来 {deps.config.booking.daysAhead} 天的号源</h2>
          {sessions.length ? (
            sessions.map((s) => (
              <section aria-label={sessionTitle(s)}>
                <h3>{sessionTitle(s)}</h3>
                <SessionHeader s={s} schedule />
              </section>
            ))
          ) : (
            <p class="hint">没有号源。</p>
          )}
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/schedules/:id', cfg, async (req, reply) => doctorPage(req, reply));

  app.post<{ Params: { id: string } }>('/schedules/:id/templates', cfg, async (req, reply) => {
    const doctorId = idOf(req.params.id);
    const values = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    const form = templateForm.safeParse(req.body ?? {});
    if (!form.success) return doctorPage(req, reply, problems(form.error), values);
    const f = form.data;
    const now = deps.now();
    const exists = await db.selectFrom('doctor').select('id').where('id', '=', doctorId).executeTakeFirst();
    if (!exists) throw notFound('doctor');
    const service = await findServiceByKey(db, f.service);
    if (!service?.active) return doctorPage(req, reply, '请选择一项在用的服务（服务项目在“服务项目”页管理）。', values);
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
    const form = exceptionForm.safeParse(body);
    if (!form.success) return doctorPage(req, reply, problems(form.error), values);
    const f = form.data;
    if (f.local_date < today()) return doctorPage(req, reply, '不能为已经过去的日期添加例外。', values);
    const templateId = f.template_id ? Number(f.template_id) : null;
    if (templateId !== null) {
      const t = await db.selectFrom('schedule_template').select('id').where('id', '=', templateId).where('doctor_id', '=', doctorId).executeTakeFirst();
      if (!t) return doctorPage(req, reply, '所选模板不属于这位医生。', values);
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
    return renderStaff(req, reply, deps, {
      title: `停诊：${sessionTitle(s)}`,
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <SessionHeader s={s} schedule={false} frontdesk={false} />
          {s.status === 'stopped' ? (
            <p>这个时段已经停诊。</p>
          ) : (
            <form method="post" action={`/staff/sessions/${s.id}/stop`} class="staff-form narrow">
              <Csrf token={csrf} />
              <p>停诊后，这个时段的 {s.booked} 个预约会被取消，每位患者都会收到短信，并可用短信里的链接改约其他时段。</p>
              <label for="reason">停诊原因（会告诉患者）</label>
              <input id="reason" name="reason" type="text" required maxLength={60} />
              <div class="button-row">
                <button type="submit">确认停诊</button>
                <a href={`/staff/bookings?date=${s.local_date}`}>返回</a>
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
    if (!reason || [...reason].length > 60) return stopPage(req, reply, '请填写停诊原因（不超过 60 个字），例如“医生外出会诊”。');
    const s = await sessionWithDoctor(db, id);
    if (!s) throw notFound('session');
    const rt = await bookingRuntime(db, deps.config);
    const stopped = await stopSession(db, rt, id, reason, actorOf(req), deps.now());
    if (!stopped) throw new AppError(409, 'session_not_open');
    deps.site.invalidate();
    return reply.redirect(`/staff/bookings?date=${s.local_date}&msg=stopped`, 303);
  });
}
