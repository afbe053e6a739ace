import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDate } from '../time/zoned-time.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { feedbackAdminT } from './feedback.admin.i18n.js';
import { commentsByStatus } from './feedback.repository.js';
import { CODE_VALID_DAYS, commentPii, issueCode, moderate, redactComment, setShowComments, type ModerationAction, type ModerationRefusal } from './feedback.service.js';
import { bookingRuntime } from '../messaging/runtime.js';
import { audit } from '../staff/audit.js';
import { redactedOriginals, MAX_PHRASES } from '../questions/index.js';
import { OriginalsList } from './feedback.admin.views.js';
import type { CommentStatus } from './feedback.tables.js';
import { ModerationItem, StatusTabs, statusLabel } from './feedback.admin.views.js';
import { activeDoctorOptions } from '../doctors/index.js';

const DONE = ['approve', 'private', 'reject', 'redacted'] as const;
const flashOf = (locale: Locale, done: string) => ((DONE as readonly string[]).includes(done) ? feedbackAdminT(locale)(`done.${done as (typeof DONE)[number]}`) : undefined);
const refusalText = (locale: Locale, r: ModerationRefusal) => feedbackAdminT(locale)(`refusal.${r}`);
const redactRefusal = (locale: Locale, r: 'not_found' | 'stale' | 'nothing' | 'too_many') => feedbackAdminT(locale)(`redact.${r}`, { max: MAX_PHRASES });

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
    const locale = staffLocale(req);
    const t = feedbackAdminT(locale);
    const flash = typeof q.done === 'string' ? flashOf(locale, q.done) : undefined;
    const back = `/staff/feedback?status=${status}`;
    return renderStaff(req, reply, deps, {
      title: t('list.title', { status: statusLabel(locale, status) }),
      error,
      status: error ? 409 : 200,
      body: (csrf) => (
        <>
          {flash ? (
            <p class="flash ok" role="status">
              {flash}
            </p>
          ) : null}
          <StatusTabs current={status} locale={locale} />
          <p class="hint">{t('list.hint')}</p>
          {rows.length ? (
            <ul class="staff-list moderation-list">
              {rows.map((f) => (
                <ModerationItem f={f} csrf={csrf} back={back} pii={commentPii(f.comment ?? '', names)} locale={locale} />
              ))}
            </ul>
          ) : (
            <p class="hint">{t('list.none', { status: statusLabel(locale, status) })}</p>
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
    if (refusal) return listPage(req, reply, statusOf(new URLSearchParams(back.split('?')[1]).get('status')), refusalText(staffLocale(req), refusal));
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
    const locale = staffLocale(req);
    if (!r.ok) return listPage(req, reply, status, r.reason === 'missing' ? feedbackAdminT(locale)('redact.missing', { words: r.missing.map((m) => `“${m}”`).join('、') }) : redactRefusal(locale, r.reason));
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
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, {
      title: feedbackAdminT(locale)('original.title', { id }),
      body: () => <OriginalsList rows={rows} back={`/staff/feedback?status=pending#fb-${id}`} tz={deps.config.clinicTimeZone} locale={locale} />,
    });
  });

  // ---- codes ----

  const doctors = () => activeDoctorOptions(db);

  const codesPage = async (req: FastifyRequest, reply: FastifyReply, opts: { error?: string; issued?: { code: string; doctor: string; date: string | null } } = {}) => {
    const list = await doctors();
    const { issued, error } = opts;
    const locale = staffLocale(req);
    const t = feedbackAdminT(locale);
    const cl = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('codes.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {issued ? (
            <section class="notice" role="status" aria-labelledby="code-title">
              <h2 id="code-title">{t('codes.new')}</h2>
              <p>
                <strong class="ref-code feedback-code">{issued.code}</strong>
              </p>
              {locale === 'zh-CN' ? (
                <p>
                  医生：{issued.doctor}
                  {issued.date ? ` · 就诊日期：${issued.date}` : ''} · {CODE_VALID_DAYS} 天内有效，只能使用一次。
                </p>
              ) : (
                <p>
                  {t('codes.doctor')}
                  <ZhData locale={locale}>{issued.doctor}</ZhData>
                  {issued.date ? t('codes.date', { date: issued.date }) : ''}
                  {t('codes.valid', { days: CODE_VALID_DAYS })}
                </p>
              )}
              <p>{t('codes.print')}</p>
            </section>
          ) : null}
          <p>{t('codes.intro')}</p>
          <form method="post" action="/staff/feedback-codes" class="staff-form narrow">
            <Csrf token={csrf} />
            <label for="fc-doctor">{t('codes.doctorLabel')}</label>
            <select id="fc-doctor" name="doctor_id" required>
              <option value="">{t('codes.choose')}</option>
              {list.map((d) => (
                <option value={String(d.id)} lang={cl}>
                  {d.name}
                </option>
              ))}
            </select>
            <label for="fc-date">{t('codes.dateLabel')}</label>
            <input id="fc-date" name="visit_date" type="date" />
            <div class="button-row">
              <button type="submit">{t('codes.submit')}</button>
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
    const t = feedbackAdminT(staffLocale(req));
    if (!doctor) return codesPage(req, reply, { error: t('codes.errDoctor') });
    if (dateRaw && !isDate(dateRaw)) return codesPage(req, reply, { error: t('codes.errDate') });
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
