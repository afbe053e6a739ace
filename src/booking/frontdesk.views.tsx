import { translator } from '../web/i18n.js';
import { Csrf } from '../staff/staff.layout.js';
import type { SessionRow } from './booking.repository.js';
import { fee, periodLabel, sessionDate } from './booking.format.js';
import type { Booking, BookingStatus } from './booking.tables.js';
import { maskMobile } from '../personal-data/patient-crypto.js';

// Back-office views of sessions and bookings (Chinese, like the rest of the back office).

const t = translator('zh-CN');

export const STATUS_LABEL: Record<BookingStatus, string> = { booked: '已预约', cancelled: '已取消', checked_in: '已签到', no_show: '未到诊' };
const UNDO_LABEL: Record<'checked_in' | 'no_show', string> = { checked_in: '撤销签到', no_show: '撤销未到诊' };
const SOURCE_LABEL: Record<Booking['source'], string> = { online: '网上', walkin: '现场', waitlist: '候补' };

export interface StaffBookingRow {
  booking: Booking;
  name: string;
  mobile: string;
}

export function sessionTitle(s: SessionRow): string {
  return `${s.doctor_name} · ${sessionDate(s.local_date, 'zh-CN')} ${periodLabel(s, t)} · ${s.reg_type}`;
}

/** One status message shown after a redirect, chosen by a code in the URL. */
export const BOOKING_FLASH: Record<string, string> = {
  checkedIn: '已签到。',
  noShow: '已记为未到诊。',
  checkInUndone: '已撤销签到，恢复为已预约。',
  noShowUndone: '已撤销未到诊，恢复为已预约。',
  cancelled: '预约已取消，已通知患者。',
  walkin: '现场挂号成功。',
  stopped: '已停诊，已通知该时段所有已预约的患者。',
  template: '出诊模板已保存；已生成未来的号源。',
  templateOff: '模板已停用；已生成的号源不受影响。',
  exception: '例外日期已保存。',
  generated: '号源已生成。',
};

export function Flash({ code }: { code: unknown }) {
  const text = typeof code === 'string' ? BOOKING_FLASH[code] : undefined;
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
export function BookingTable({ rows, csrf, actions, back, sessionDay = false }: { rows: StaffBookingRow[]; csrf: string; actions: boolean; back: string; sessionDay?: boolean }) {
  if (!rows.length) return <p class="hint">还没有预约。</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">姓名</th>
            <th scope="col">手机</th>
            <th scope="col">初/复诊</th>
            <th scope="col">来源</th>
            <th scope="col">状态</th>
            {actions ? (
              <th scope="col" class="no-print">
                操作
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ booking: b, name, mobile }) => (
            <tr>
              <td class="queue-no">{b.queue_no}</td>
              <td>{actions ? <a href={`/staff/bookings/${b.id}`}>{name}</a> : name}</td>
              <td>{mobile ? maskMobile(mobile) : '—'}</td>
              <td>{b.visit_type === 'first' ? '初诊' : '复诊'}</td>
              <td>{SOURCE_LABEL[b.source]}</td>
              <td>{STATUS_LABEL[b.status]}</td>
              {actions ? (
                <td class="no-print">
                  {!sessionDay ? (
                    '—'
                  ) : b.status === 'booked' ? (
                    <div class="button-row">
                      <form method="post" action={`/staff/bookings/${b.id}/check-in`} class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="back" value={back} />
                        <button type="submit" aria-label={`签到：${b.queue_no} 号 ${name}`}>
                          签到
                        </button>
                      </form>
                      <form method="post" action={`/staff/bookings/${b.id}/no-show`} class="inline-form">
                        <Csrf token={csrf} />
                        <input type="hidden" name="back" value={back} />
                        <button type="submit" class="button secondary" aria-label={`未到诊：${b.queue_no} 号 ${name}`}>
                          未到诊
                        </button>
                      </form>
                    </div>
                  ) : b.status === 'checked_in' || b.status === 'no_show' ? (
                    <form method="post" action={`/staff/bookings/${b.id}/undo`} class="inline-form">
                      <Csrf token={csrf} />
                      <input type="hidden" name="back" value={back} />
                      <button type="submit" class="button secondary" aria-label={`${UNDO_LABEL[b.status]}：${b.queue_no} 号 ${name}`}>
                        {UNDO_LABEL[b.status]}
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

export function SessionHeader({ s, schedule, frontdesk = true }: { s: SessionRow; schedule: boolean; frontdesk?: boolean }) {
  const left = Math.max(0, s.quota - s.booked);
  return (
    <p class="meta">
      <span>
        号源 {s.quota} · 已约 {s.booked} · 余 {left}
      </span>
      <span>挂号费 {fee(s.fee_cents)} 元</span>
      <span>
        {s.service_name_zh ?? s.service}
        {s.service_active === 0 ? '（已停用）' : ''}
      </span>
      {s.status === 'stopped' ? <span class="badge">已停诊：{s.stop_reason}</span> : null}
      {frontdesk && s.status === 'open' && left > 0 ? <a href={`/staff/sessions/${s.id}/walk-in`}>现场挂号</a> : null}
      {schedule && s.status === 'open' ? <a href={`/staff/sessions/${s.id}/stop`}>停诊</a> : null}
    </p>
  );
}
