import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDate } from '../time/zoned-time.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf } from '../staff/staff.plugin.js';
import { commentsByStatus } from './feedback.repository.js';
import { CODE_VALID_DAYS, commentPii, issueCode, moderate, redactComment, setShowComments, type ModerationAction, type ModerationRefusal } from './feedback.service.js';
import { bookingRuntime } from '../messaging/runtime.js';
import { audit } from '../staff/audit.js';
import { redactedOriginals, MAX_PHRASES } from '../questions/index.js';
import { OriginalsList } from './feedback.admin.views.js';
import type { CommentStatus } from './feedback.tables.js';
import { ModerationItem, StatusTabs, STATUS_LABEL } from './feedback.admin.views.js';
import { activeDoctorOptions } from '../doctors/index.js';

const FLASH: Record<string, string> = {
  approve: '留言已通过，公开页面已更新。',
  private: '已只保留评分，留言不公开。',
  reject: '留言已拒绝。',
  redacted: '已隐去所选内容；原文仅工作人员可见，到期自动删除。',
};

const REFUSAL: Record<ModerationRefusal, string> = {
  not_found: '没有这条评价。',
  no_comment: '这条评价没有留言。',
  has_errors: '留言含有“错误”级别的合规问题（如疗效断言），不能原样公开。请选择只保留评分，或拒绝。',
  no_consent: '患者没有同意公开留言，不能公开。',
  has_pii: '留言中标出了可能的个人信息（姓名、电话等）：请先隐去，或勾选“已核对，标出的不是个人信息”后再通过。',
};

const REDACT_REFUSAL: Record<'not_found' | 'stale' | 'nothing' | 'too_many', string> = {
  not_found: '没有这条留言。',
  stale: '留言在你查看后已有改动，请在最新的内容上重新选择。',
  nothing: '请勾选要隐去的内容，或填写要隐去的文字。',
  too_many: `要隐去的文字最多 ${MAX_PHRASES} 段，每段不超过 100 字。`,
};

const idOf = (v: string) => {
  if (!/^[1-9]\d{0,9}$/.test(v)) throw notFound('feedback');
  return Number(v);
};

/** /staff/feedback (moderation), /staff/feedback-codes (codes for visits outside the booking system), and the site setting. */
export function feedbackStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const moderateCfg = { config: { permission: 'feedback.moderate' as const } };
  /** The clinic's doctors are public: their names in a comment are no personal detail. */
  const doctorNames = async () => (await activeDoctorOptions(db)).map((d) => d.name);
  const codesCfg = { config: { permission: 'feedback.codes' as const } };

  const listPage = async (req: FastifyRequest, reply: FastifyReply, status: CommentStatus, error?: string) => {
    const rows = await commentsByStatus(db, status);
    const names = await doctorNames();
    const q = req.query as Record<string, unknown>;
    const flash = typeof q.done === 'string' ? FLASH[q.done] : undefined;
    const back = `/staff/feedback?status=${status}`;
    return renderStaff(req, reply, deps, {
      title: `就诊评价：${STATUS_LABEL[status]}`,
      error,
      status: error ? 409 : 200,
      body: (csrf) => (
        <>
          {flash ? (
            <p class="flash ok" role="status">
              {flash}
            </p>
          ) : null}
          <StatusTabs current={status} />
          <p class="hint">评分提交后立即计入医生主页的汇总；留言只有审核通过、患者同意公开、且医院开启“显示留言”时才会公开。合规检查标出的疗效断言等问题不能原样公开。</p>
          {rows.length ? (
            <ul class="staff-list moderation-list">
              {rows.map((f) => (
                <ModerationItem f={f} csrf={csrf} back={back} pii={commentPii(f.comment ?? '', names)} />
              ))}
            </ul>
          ) : (
            <p class="hint">没有{STATUS_LABEL[status]}的留言。</p>
          )}
        </>
      ),
    });
  };

  const statusOf = (v: unknown): CommentStatus => (v === 'approved' || v === 'private' || v === 'rejected' ? v : 'pending');

  app.get('/feedback', moderateCfg, async (req, reply) => listPage(req, reply, statusOf((req.query as Record<string, unknown>).status)));

  app.post<{ Params: { id: string } }>('/feedback/:id/moderate', moderateCfg, async (req, reply) => {
    const id = idOf(req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const action = body.action;
    if (action !== 'approve' && action !== 'private' && action !== 'reject') throw new AppError(400, 'bad_action');
    const refusal = await moderate(db, id, action as ModerationAction, actorOf(req), deps.now(), { doctorNames: await doctorNames(), piiChecked: body.pii_checked === '1' });
    if (refusal === 'not_found') throw notFound('feedback');
    const back = typeof body.back === 'string' && /^\/staff\/feedback\?status=[a-z]+$/.test(body.back) ? body.back : '/staff/feedback?status=pending';
    if (refusal) return listPage(req, reply, statusOf(new URLSearchParams(back.split('?')[1]).get('status')), REFUSAL[refusal]);
    deps.site.invalidate();
    return reply.redirect(`${back}&done=${action}`, 303);
  });

  // ---- redaction (issue 17) ----

  app.post<{ Params: { id: string } }>('/feedback/:id/redact', moderateCfg, async (req, reply) => {
    const id = idOf(req.params.id);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const back = typeof body.back === 'string' && /^\/staff\/feedback\?status=[a-z]+$/.test(body.back) ? body.back : '/staff/feedback?status=pending';
    const status = statusOf(new URLSearchParams(back.split('?')[1]).get('status'));
    const spans = ([body.span].flat().filter((v) => typeof v === 'string') as string[]).slice(0, 200);
    const rt = await bookingRuntime(db, deps.config);
    const r = await redactComment(db, rt, deps.config, id, { spans, phrases: body.phrases, hash: typeof body.hash === 'string' ? body.hash : '' }, actorOf(req), deps.now());
    if (!r.ok && r.reason === 'not_found') throw notFound('feedback');
    if (!r.ok) return listPage(req, reply, status, r.reason === 'missing' ? `留言中找不到这些文字：${r.missing.map((m) => `“${m}”`).join('、')}。请按原文复制。` : REDACT_REFUSAL[r.reason]);
    deps.site.invalidate();
    return reply.redirect(`${back}&done=redacted#fb-${id}`, 303);
  });

  /** The text as it was before a redaction: staff only, each look audited. */
  app.get<{ Params: { id: string } }>('/feedback/:id/original', moderateCfg, async (req, reply) => {
    const id = idOf(req.params.id);
    const rt = await bookingRuntime(db, deps.config);
    const rows = await redactedOriginals(db, rt.crypto, 'feedback', id);
    if (!rows.length) throw notFound('feedback');
    await audit(db, actorOf(req), 'feedback.original_viewed', { type: 'feedback', id }, deps.now(), { versions: rows.length });
    return renderStaff(req, reply, deps, {
      title: `评价 #${id} 的原文`,
      body: () => <OriginalsList rows={rows} back={`/staff/feedback?status=pending#fb-${id}`} tz={deps.config.clinicTimeZone} />,
    });
  });

  // ---- codes ----

  const doctors = () => activeDoctorOptions(db);

  const codesPage = async (req: FastifyRequest, reply: FastifyReply, opts: { error?: string; issued?: { code: string; doctor: string; date: string | null } } = {}) => {
    const list = await doctors();
    const { issued, error } = opts;
    return renderStaff(req, reply, deps, {
      title: '评价码',
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {issued ? (
            <section class="notice" role="status" aria-labelledby="code-title">
              <h2 id="code-title">新的评价码（只显示这一次）</h2>
              <p>
                <strong class="ref-code feedback-code">{issued.code}</strong>
              </p>
              <p>
                医生：{issued.doctor}
                {issued.date ? ` · 就诊日期：${issued.date}` : ''} · {CODE_VALID_DAYS} 天内有效，只能使用一次。
              </p>
              <p>请抄写或打印给患者：在网站“评价就诊”页面（/feedback）输入评价码即可评价。系统只保存评价码的散列值，之后无法再次查看。</p>
            </section>
          ) : null}
          <p>给没有通过预约系统就诊的患者（如电话预约、现场挂号未登记）发放一次性评价码，患者凭码评价本次就诊。</p>
          <form method="post" action="/staff/feedback-codes" class="staff-form narrow">
            <Csrf token={csrf} />
            <label for="fc-doctor">医生</label>
            <select id="fc-doctor" name="doctor_id" required>
              <option value="">请选择</option>
              {list.map((d) => (
                <option value={String(d.id)}>{d.name}</option>
              ))}
            </select>
            <label for="fc-date">就诊日期（选填）</label>
            <input id="fc-date" name="visit_date" type="date" />
            <div class="button-row">
              <button type="submit">生成评价码</button>
            </div>
          </form>
        </>
      ),
    });
  };

  app.get('/feedback-codes', codesCfg, async (req, reply) => codesPage(req, reply));

  app.post('/feedback-codes', codesCfg, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const doctorRaw = typeof body.doctor_id === 'string' ? body.doctor_id : '';
    const dateRaw = typeof body.visit_date === 'string' ? body.visit_date.trim() : '';
    const doctor = /^[1-9]\d{0,9}$/.test(doctorRaw) ? (await doctors()).find((d) => d.id === Number(doctorRaw)) : undefined;
    if (!doctor) return codesPage(req, reply, { error: '请选择医生。' });
    if (dateRaw && !isDate(dateRaw)) return codesPage(req, reply, { error: '就诊日期格式不正确（YYYY-MM-DD）。' });
    const { code } = await issueCode(db, actorOf(req), doctor.id, dateRaw || null, deps.now());
    // Shown in this response only (no redirect): the code is not kept anywhere it could be shown again.
    return codesPage(req, reply, { issued: { code, doctor: doctor.name, date: dateRaw || null } });
  });

  // ---- the clinic setting (rendered on /staff/site) ----

  app.post('/site/feedback-comments', { config: { permission: 'site.write' } }, async (req, reply) => {
    const on = ((req.body ?? {}) as Record<string, unknown>).show_feedback_comments === '1';
    if (await setShowComments(db, on, actorOf(req), deps.now())) deps.site.invalidate();
    return reply.redirect('/staff/site?msg=saved', 303);
  });
}
