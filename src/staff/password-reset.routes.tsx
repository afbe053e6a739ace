import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { Mailer } from '../messaging/email.js';
import { audit } from './audit.js';
import { endAllSessions, MIN_PASSWORD_LENGTH, newToken, reserveAttempt, setPassword, tokenHash } from './auth.service.js';
import { claimPasswordReset, clearPasswordHash, expireOpenResets, insertPasswordReset, openPasswordReset, staffContactByEmail, staffContactById } from './auth.repository.js';
import { renderStaff } from './render.js';
import { Csrf } from './staff.layout.js';
import { actorOf, requireStaff, staffLocale } from './staff.plugin.js';
import { shellT, type ShellT } from './shell.i18n.js';
import { passwordProblem } from './auth.routes.js';
import { contentLang } from '../web/i18n.js';
import { withData } from './with-data.js';

/** A reset link is good for this long, once. */
export const RESET_MINUTES = 30;
/** An admin's reset link (the person may be off shift) lasts a day. */
export const ADMIN_RESET_HOURS = 24;
export const RESET_LIMITS = { perAddress: 5, perAccount: 3, windowMs: 60 * 60_000 };

const emailForm = z.object({ email: z.string().trim().toLowerCase().max(200) });
const passwordForm = z.object({ password: z.string().max(200), confirm: z.string().max(200) });

type Db = Kysely<Database>;

/** A new reset token for an account; earlier unused ones stop working. Only its hash is kept. */
export async function createReset(db: Db, userId: number, now: Date, ttlMs: number): Promise<string> {
  const token = newToken();
  await expireOpenResets(db, userId, now);
  await insertPasswordReset(db, { token_hash: tokenHash(token), user_id: userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + ttlMs).toISOString(), used_at: null });
  return token;
}

async function findReset(db: Db, token: string, now: Date) {
  if (token.length > 100) return undefined;
  return openPasswordReset(db, tokenHash(token), now);
}

const resetMail = (name: string, link: string, minutes: number) => ({
  subject: '重置 ClinicPress 后台密码',
  text: `${name}，您好：\n\n有人请求重置您的后台登录密码。如果是您本人，请在 ${minutes} 分钟内打开下面的链接设置新密码（只能使用一次）：\n\n${link}\n\n如果不是您本人，请忽略这封邮件，您的密码不会改变；也可以告知管理员。\n`,
});

/**
 * Password reset: a one-time link by e-mail for a staff member who forgot the password (the
 * answer never says whether the address has an account), and an admin's reset of another
 * account. Every reset ends all of that account's sessions and is audited; the second factor
 * stays as it was, so a reset alone does not let anyone in.
 */
export function passwordResetRoutes(app: FastifyInstance, deps: Deps): void {
  const { db, config } = deps;
  const pub = { config: { permission: 'public' as const } };
  const mailer = () => (config.messaging.smtpUrl ? new Mailer(config.messaging.smtpUrl, config.messaging.mailFrom) : undefined);

  const tOf = (req: FastifyRequest): ShellT => shellT(staffLocale(req));
  const requestPage = (t: ShellT, error?: string, status?: number) => ({
    title: t('reset.title'),
    error,
    status: status ?? 200,
    body: (csrf: string) => (
      <form method="post" action="/staff/password-reset" class="staff-form narrow">
        <Csrf token={csrf} />
        <p>{t('reset.prompt', { n: RESET_MINUTES })}</p>
        <label for="email">{t('reset.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <button type="submit">{t('reset.submit')}</button>
      </form>
    ),
  });

  app.get('/password-reset', pub, async (req, reply) => renderStaff(req, reply, deps, requestPage(tOf(req))));

  app.post('/password-reset', pub, async (req, reply) => {
    const form = emailForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const now = deps.now();
    const { email } = form.data;
    const ua = String(req.headers['user-agent'] ?? '');
    const W = RESET_LIMITS.windowMs;
    if (!(await reserveAttempt(db, [{ key: `reset-address:${req.ip}`, limit: RESET_LIMITS.perAddress, windowMs: W }], now))) {
      return renderStaff(req, reply, deps, requestPage(tOf(req), tOf(req)('reset.tooMany'), 429));
    }
    // Past the per-account limit the answer is the same as for any address: nothing is revealed.
    const accountOk = await reserveAttempt(db, [{ key: `reset-account:${email}`, limit: RESET_LIMITS.perAccount, windowMs: W }], now);
    const user = accountOk ? await staffContactByEmail(db, email) : undefined;
    const m = mailer();
    if (user?.active && m) {
      const token = await createReset(db, user.id, now, RESET_MINUTES * 60_000);
      const mail = resetMail(user.name, `${config.siteUrl}/staff/reset/${token}`, RESET_MINUTES);
      // Sent after the answer, so its timing does not tell whether the address has an account.
      void m.send({ to: user.email, ...mail }).catch((err: Error) => req.log.warn({ err: err.message }, 'password reset mail not sent'));
      await audit(db, { userId: null, name: '匿名', ip: req.ip, userAgent: ua }, 'auth.password_reset_requested', { type: 'staff_user', id: user.id }, now);
    } else if (user?.active) {
      req.log.warn('password reset asked but no SMTP_URL is configured');
    }
    return reply.redirect('/staff/password-reset/sent?msg=resetSent', 303);
  });

  app.get('/password-reset/sent', pub, async (req, reply) =>
    renderStaff(req, reply, deps, { title: tOf(req)('reset.title'), body: () => <p><a href="/staff/login">{tOf(req)('reset.back')}</a></p> }),
  );

  const setPage = (req: FastifyRequest, token: string, name: string, error?: string) => {
    const locale = staffLocale(req);
    const t = shellT(locale);
    return {
    title: t('reset.set.title'),
    error,
    status: error ? 422 : 200,
    body: (csrf: string) => (
      <form method="post" action={`/staff/reset/${encodeURIComponent(token)}`} class="staff-form narrow">
        <Csrf token={csrf} />
        {locale === 'zh-CN' ? <p>{name}，请设置新的登录密码。设置后，你在所有设备上的登录都会退出。</p> : <p>{withData(t('reset.set.p'), { name }, contentLang(locale))}</p>}
        <label for="password">{t('reset.set.new', { n: MIN_PASSWORD_LENGTH })}</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
        <label for="confirm">{t('reset.set.again')}</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
        <button type="submit">{t('reset.set.submit')}</button>
      </form>
    ),
  };
  };

  app.get<{ Params: { token: string } }>('/reset/:token', pub, async (req, reply) => {
    const r = await findReset(db, req.params.token, deps.now());
    if (!r) throw notFound('reset');
    return renderStaff(req, reply, deps, setPage(req, req.params.token, r.name));
  });

  app.post<{ Params: { token: string } }>('/reset/:token', pub, async (req, reply) => {
    const now = deps.now();
    const r = await findReset(db, req.params.token, now);
    if (!r) throw notFound('reset');
    const form = passwordForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const problem = passwordProblem(form.data, tOf(req));
    if (problem) return renderStaff(req, reply, deps, setPage(req, req.params.token, r.name, problem));
    await db.transaction().execute(async (trx) => {
      // Claim the link first: of two simultaneous uses only one updates the row.
      if (!(await claimPasswordReset(trx, tokenHash(req.params.token), now))) throw notFound('reset');
      await setPassword(trx, r.user_id, form.data.password, now);
      const sessions = await endAllSessions(trx, r.user_id);
      await audit(trx, { userId: r.user_id, name: r.name, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') }, 'auth.password_reset', { type: 'staff_user', id: r.user_id }, now, { sessions, by: 'link' });
    });
    return reply.redirect('/staff/login?msg=passwordReset', 303);
  });

  // An admin resets another account: the old password stops working at once, every session
  // ends, and a one-time link goes to the person by e-mail (and is shown once to the admin).
  app.post<{ Params: { id: string } }>('/users/:id/password-reset', { config: { permission: 'staff.manage' } }, async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    if (!/^[1-9]\d{0,8}$/.test(req.params.id)) throw notFound('staff_user');
    const user = await staffContactById(db, Number(req.params.id));
    if (!user) throw notFound('staff_user');
    if (user.id === requireStaff(req).userId) throw new AppError(409, 'own_account', '请在“我的账户”中修改自己的密码。');
    if (!user.active) throw new AppError(409, 'inactive', '账户已停用，请先恢复。');
    const now = deps.now();
    const token = await db.transaction().execute(async (trx) => {
      await clearPasswordHash(trx, user.id, now);
      const sessions = await endAllSessions(trx, user.id);
      const token = await createReset(trx, user.id, now, ADMIN_RESET_HOURS * 3600_000);
      await audit(trx, actorOf(req), 'staff.password_reset', { type: 'staff_user', id: user.id }, now, { sessions });
      return token;
    });
    const link = `${config.siteUrl}/staff/reset/${token}`;
    const m = mailer();
    let mailed = false;
    if (m) {
      mailed = await m.send({ to: user.email, ...resetMail(user.name, link, ADMIN_RESET_HOURS * 60) }).then(
        () => true,
        (err: Error) => (req.log.warn({ err: err.message }, 'password reset mail not sent'), false),
      );
    }
    const locale = staffLocale(req);
    const t = shellT(locale);
    return renderStaff(req, reply, deps, {
      title: t('reset.admin.title'),
      titleData: { name: user.name },
      body: () => (
        <>
          {locale === 'zh-CN' ? (
            <p role="status">已重置 {user.name} 的密码：旧密码已失效，其所有登录已退出。{mailed ? '重置链接已发送到此人的邮箱。' : ''}</p>
          ) : (
            <p role="status">
              {withData(t('reset.admin.done'), { name: user.name }, contentLang(locale))}
              {mailed ? t('reset.admin.mailed') : ''}
            </p>
          )}
          <p>{t('reset.admin.handover', { n: ADMIN_RESET_HOURS })}</p>
          <div class="staff-form">
            <label for="reset-link">{t('reset.admin.link')}</label>
            <input id="reset-link" type="text" readOnly value={link} />
          </div>
          <p>
            <a href={`/staff/users/${user.id}`}>{t('reset.admin.back')}</a>
          </p>
        </>
      ),
    });
  });
}
