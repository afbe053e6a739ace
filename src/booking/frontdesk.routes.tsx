import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { allows } from '../staff/roles.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff } from '../staff/staff.plugin.js';
import { newFormKey } from './booking.form.js';
import { bookingStatus, inWriteTransaction, isRated, listSessions, markBooking, sessionWithDoctor, type SessionRow } from './booking.repository.js';
import { refusalMessage } from './booking.routes.js';
import { book, BookingRefused, cancelBooking, patientOf } from './booking.service.js';
import type { Booking, BookingStatus } from './booking.tables.js';
import { BookingTable, Flash, SessionHeader, sessionTitle, STATUS_LABEL, type StaffBookingRow } from './frontdesk.views.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime, type BookingRuntime } from '../messaging/runtime.js';
import { ensureSessions } from './schedule.service.js';
import { screeningLines } from './screening.js';
import { loadService } from './services.service.js';
import { translator } from '../web/i18n.js';
import { addDays, isDate, localDateOf } from '../time/zoned-time.js';
import { visitHooks } from './visit-hooks.js';
import { normaliseMobile } from '../personal-data/mobile.js';

type Db = Kysely<Database>;
const zh = translator('zh-CN');

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
    return renderStaff(req, reply, deps, {
      title: `预约与签到：${date}`,
      body: (csrf) => (
        <>
          <Flash code={q.msg} />
          <form method="get" action="/staff/bookings" class="staff-form narrow">
            <label for="day">日期</label>
            <input id="day" name="date" type="date" value={date} />
            <label for="doctor">医生</label>
            <select id="doctor" name="doctor">
              <option value="">全部医生</option>
              {doctors.map((d) => (
                <option value={String(d.id)} selected={d.id === doctorId}>
                  {d.name}
                </option>
              ))}
            </select>
            <div class="button-row">
              <button type="submit">查看</button>
              <a href={`/staff/bookings?date=${addDays(date, -1)}${doctorId ? `&doctor=${doctorId}` : ''}`}>前一天</a>
              <a href={`/staff/bookings?date=${addDays(date, 1)}${doctorId ? `&doctor=${doctorId}` : ''}`}>后一天</a>
              <a href="/staff/bookings/search">查找预约</a>
              {schedule ? <a href="/staff/schedules">出诊安排</a> : null}
            </div>
          </form>
          {sessions.length && date !== day ? <p class="hint">签到、未到诊及其撤销只能在就诊当天办理（今天是 {day}）。</p> : null}
          {sessions.length ? (
            sessions.map((s) => (
              <section aria-labelledby={`s-${s.id}`}>
                <h2 id={`s-${s.id}`}>{sessionTitle(s)}</h2>
                <SessionHeader s={s} schedule={schedule} />
                <BookingTable rows={rows.get(s.id) ?? []} csrf={csrf} actions back={back} sessionDay={date === day} />
              </section>
            ))
          ) : (
            <p class="hint">这一天没有门诊。</p>
          )}
        </>
      ),
    });
  });

  app.get('/bookings/search', cfg, async (req, reply) => {
    const raw = String((req.query as Record<string, unknown>).q ?? '').trim().slice(0, 40);
    const rt = await runtime();
    let results: Booking[] = [];
    let problem: string | undefined;
    if (raw) {
      const ref = raw.toUpperCase().replace(/[\s-]/g, '');
      const mobile = normaliseMobile(raw);
      if (mobile) results = await db.selectFrom('booking').selectAll().where('mobile_hmac', '=', rt.crypto.mobileHmac(mobile)).orderBy('id', 'desc').limit(50).execute();
      else if (/^[2-9A-Z]{8}$/.test(ref)) results = await db.selectFrom('booking').selectAll().where('ref_code', '=', ref).execute();
      else problem = '请输入 8 位预约号，或 11 位手机号码。';
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
      title: '查找预约',
      error: problem,
      status: problem ? 422 : 200,
      body: () => (
        <>
          <form method="get" action="/staff/bookings/search" class="staff-form narrow" role="search">
            <label for="q">预约号或手机号码</label>
            <input id="q" name="q" type="search" value={raw} required />
            <div class="button-row">
              <button type="submit">查找</button>
              <a href="/staff/bookings">返回今天的列表</a>
            </div>
          </form>
          {raw && !problem ? (
            results.length ? (
              <ul class="staff-list">
                {results.map((b) => (
                  <li>
                    <a href={`/staff/bookings/${b.id}`}>
                      {b.ref_code} · {rt.crypto.decrypt(b.name_enc)}
                    </a>{' '}
                    <span class="meta">
                      {sessionTitle(sessions.get(b.session_id)!)} · 第 {b.queue_no} 号 · {STATUS_LABEL[b.status]}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p role="status">没有找到预约。</p>
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
    return renderStaff(req, reply, deps, {
      title: `预约 ${b.ref_code}`,
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} />
          <dl class="facts">
            <dt>门诊</dt>
            <dd>
              <a href={`/staff/bookings?date=${s.local_date}`}>{sessionTitle(s)}</a>
            </dd>
            <dt>服务</dt>
            <dd>
              {s.service_name_zh ?? s.service}
              {s.service_active === 0 ? '（已停用）' : ''}
            </dd>
            <dt>序号</dt>
            <dd>第 {b.queue_no} 号</dd>
            <dt>状态</dt>
            <dd>{STATUS_LABEL[b.status]}</dd>
            <dt>姓名</dt>
            <dd>{p.name}</dd>
            <dt>手机</dt>
            <dd>{p.mobile || '—'}</dd>
            {p.email ? (
              <>
                <dt>电子邮箱</dt>
                <dd>{p.email}</dd>
              </>
            ) : null}
            <dt>初/复诊</dt>
            <dd>{b.visit_type === 'first' ? '初诊' : '复诊'}</dd>
            <dt>就诊原因</dt>
            <dd>{p.reason || '—'}</dd>
            {screening.map((line) => (
              <>
                <dt>{line.text['zh-CN']}</dt>
                <dd>{line.label['zh-CN'] || '—'}</dd>
              </>
            ))}
            <dt>健康信息同意</dt>
            <dd>{b.consent_json}</dd>
          </dl>
          {b.status === 'booked' ? (
            <form method="post" action={`/staff/bookings/${b.id}/cancel`} class="inline-form">
              <Csrf token={csrf} />
              <button type="submit" class="button secondary">
                取消这个预约（患者来电要求）
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
    const message =
      reason === 'day'
        ? `只能在就诊当天（${s.local_date}）${undo ? '撤销签到或未到诊' : '签到或记为未到诊'}；今天是 ${day}。`
        : reason === 'rated'
          ? '患者已对这次就诊作出评价，不能撤销签到。'
          : undo
            ? `这个预约现在是“${STATUS_LABEL[status]}”，没有可以撤销的签到或未到诊。`
            : `这个预约现在是“${STATUS_LABEL[status]}”，只有“已预约”的预约可以签到或记为未到诊。`;
    await audit(db, actorOf(req), action, { type: 'booking', id: b.id }, deps.now(), { ref: b.ref_code, sessionId: s.id, refused: reason, status }, 'failure');
    const back = backTo(req, `/staff/bookings?date=${s.local_date}`);
    return renderStaff(req, reply, deps, {
      title: `预约 ${b.ref_code}`,
      error: message,
      status: 409,
      body: () => (
        <p>
          <a href={back}>返回预约列表</a>
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
    return renderStaff(req, reply, deps, {
      title: `现场挂号：${sessionTitle(s)}`,
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <SessionHeader s={s} schedule={false} />
          <form method="post" action={`/staff/sessions/${s.id}/walk-in`} class="staff-form narrow">
            <Csrf token={csrf} />
            <input type="hidden" name="idempotency_key" value={v.idempotency_key || newFormKey()} />
            <label for="w-name">姓名</label>
            <input id="w-name" name="name" type="text" value={v.name ?? ''} required maxLength={30} />
            <label for="w-mobile">手机号码（没有可不填）</label>
            <input id="w-mobile" name="mobile" type="text" value={v.mobile ?? ''} inputMode="tel" />
            <fieldset>
              <legend>初诊还是复诊</legend>
              {(['first', 'return'] as const).map((vt) => (
                <div>
                  <input type="radio" id={`w-${vt}`} name="visit_type" value={vt} checked={(v.visit_type ?? 'first') === vt} /> <label for={`w-${vt}`}>{vt === 'first' ? '初诊' : '复诊'}</label>
                </div>
              ))}
            </fieldset>
            <label for="w-reason">就诊原因（选填）</label>
            <textarea id="w-reason" name="reason" rows={2} maxLength={200}>
              {v.reason ?? ''}
            </textarea>
            <p class="help">请口头说明健康信息的用途，并征得患者同意。</p>
            <div class="button-row">
              <button type="submit">挂号</button>
              <a href={`/staff/bookings?date=${s.local_date}`}>返回</a>
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
    const problems = [
      !name || [...name].length > 30 ? '请填写姓名（不超过 30 个字）。' : '',
      mobile === null ? '手机号码不正确：请填写 11 位中国大陆手机号，或不填。' : '',
      [...v.reason!.trim()].length > 200 ? '就诊原因不能超过 200 个字。' : '',
      /^[A-Za-z0-9_-]{16,64}$/.test(v.idempotency_key!) ? '' : '表单已失效，请重新打开。',
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
      return walkInPage(req, reply, v, refusalMessage(err.code, zh, rt, ''));
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
    return renderStaff(req, reply, deps, {
      title: '我的门诊',
      body: (csrf) =>
        !me.doctorId ? (
          <p>你的账户没有关联医生资料，请联系管理员。</p>
        ) : sessions.length ? (
          sessions.map((s) => (
            <section aria-labelledby={`s-${s.id}`}>
              <h2 id={`s-${s.id}`}>{sessionTitle(s)}</h2>
              <SessionHeader s={s} schedule={false} frontdesk={false} />
              <BookingTable rows={(rows.get(s.id) ?? []).filter((r) => r.booking.status !== 'cancelled')} csrf={csrf} actions={false} back="/staff/my-sessions" />
            </section>
          ))
        ) : (
          <p class="hint">近期没有门诊。</p>
        ),
    });
  });
}
