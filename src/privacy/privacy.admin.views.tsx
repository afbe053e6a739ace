import { maskMobile } from '../personal-data/patient-crypto.js';
import type { PatientCrypto } from '../personal-data/patient-crypto.js';
import { Csrf } from '../staff/staff.layout.js';
import type { RequestRow } from './privacy.repository.js';

// The back-office list of data-rights requests. A pending request shows the masked number (staff
// may need to match a phone call to it); a completed one has nothing left to show but the summary.

const SOURCE_LABEL: Record<string, string> = { booking: '预约/候补/短信', questions: '提问', feedback: '评价', privacy: '验证码/会话' };

export function summaryText(json: string | null): string {
  if (!json) return '—';
  const s = JSON.parse(json) as Record<string, number>;
  return Object.entries(s)
    .map(([k, n]) => `${SOURCE_LABEL[k] ?? k} ${n} 行`)
    .join('，');
}

export function RequestsTable({ rows, crypto, csrf, at }: { rows: RequestRow[]; crypto: PatientCrypto; csrf: string; at: (iso: string) => string }) {
  if (!rows.length) return <p class="hint">还没有个人信息请求。</p>;
  return (
    <div class="table-scroll">
      <table class="staff-table">
        <caption class="sr-only">删除请求：待处理的在前</caption>
        <thead>
          <tr>
            <th scope="col">编号</th>
            <th scope="col">提交时间</th>
            <th scope="col">手机号码</th>
            <th scope="col">状态</th>
            <th scope="col">处理</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>#{r.id}</td>
              <td>{at(r.created_at)}</td>
              <td>{r.status === 'pending' && r.mobile_enc ? maskMobile(crypto.decrypt(r.mobile_enc)) : '（已删除）'}</td>
              <td>{r.status === 'pending' ? '待删除' : '已删除'}</td>
              <td>
                {r.status === 'pending' ? (
                  <form method="post" action={`/staff/privacy/${r.id}/complete`} class="inline-form">
                    <Csrf token={csrf} />
                    <label>
                      <input type="checkbox" name="confirm" value="1" required /> 已核对，删除此号码的全部个人信息
                    </label>
                    <button type="submit">完成删除 #{r.id}</button>
                  </form>
                ) : (
                  <span>
                    {r.completed_at ? at(r.completed_at) : ''} · {r.completed_by_name ?? '—'} · {summaryText(r.summary_json)}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
