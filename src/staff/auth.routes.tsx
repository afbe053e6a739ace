import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { AppError } from '../http/errors.js';
import { audit } from './audit.js';
import { scheduleStaffUpkeep } from './audit.jobs.js';
import {
  checkPassword,
  endAllSessions,
  endSession,
  findInvite,
  login,
  MIN_PASSWORD_LENGTH,
  sessionPolicy,
  setPassword,
  tokenHash,
} from './auth.service.js';
import { renderStaff } from './render.js';
import { Csrf } from './staff.layout.js';
import { actorOf, requireStaff, SESSION_COOKIE } from './staff.plugin.js';
import { renewCsrf, safeNext } from './twofactor.routes.js';

const loginForm = z.object({ email: z.string().trim().max(200), password: z.string().max(200), next: z.string().max(500).optional() });
const passwordForm = z.object({ current: z.string().max(200).optional(), password: z.string().max(200), confirm: z.string().max(200) });

function passwordProblem(p: { password: string; confirm: string }): string | undefined {
  if ([...p.password].length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`;
  if (p.password !== p.confirm) return '两次输入的密码不一致。';
  return undefined;
}

function LoginForm({ csrf, next, email }: { csrf: string; next: string; email?: string }) {
  return (
    <form method="post" action="/staff/login" class="staff-form narrow">
      <Csrf token={csrf} />
      <input type="hidden" name="next" value={next} />
      <label for="email">电子邮箱</label>
      <input id="email" name="email" type="email" autoComplete="username" required value={email ?? ''} />
      <label for="password">密码</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit">登录</button>
      <p>
        <a href="/staff/password-reset">忘记密码？</a>
      </p>
    </form>
  );
}

export function authRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const secure = deps.config.siteUrl.startsWith('https://');
  const policy = sessionPolicy(deps.config.staff);

  app.get<{ Querystring: { next?: string } }>('/login', { config: { permission: 'public' } }, async (req, reply) => {
    if (req.staff) return reply.redirect('/staff', 303);
    return renderStaff(req, reply, deps, { title: '员工登录', body: (csrf) => <LoginForm csrf={csrf} next={safeNext(req.query.next)} /> });
  });

  app.post('/login', { config: { permission: 'public' } }, async (req, reply) => {
    const form = loginForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const now = deps.now();
    const ua = String(req.headers['user-agent'] ?? '');
    const result = await login(db, { email: form.data.email, password: form.data.password, ip: req.ip, userAgent: ua }, now, policy);
    const next = safeNext(form.data.next);
    if (!result.ok) {
      await audit(db, { userId: null, name: form.data.email.slice(0, 100) || '匿名', ip: req.ip, userAgent: ua }, result.reason === 'throttled' ? 'auth.login_throttled' : 'auth.login_failed', { type: 'staff_user', id: result.userId ?? '-' }, now, {}, 'failure');
      const error = result.reason === 'throttled' ? '登录失败次数过多，请 15 分钟后再试。' : '邮箱或密码不正确。';
      return renderStaff(req, reply, deps, {
        title: '员工登录',
        status: result.reason === 'throttled' ? 429 : 401,
        error,
        body: (csrf) => <LoginForm csrf={csrf} next={next} email={form.data.email} />,
      });
    }
    // A new session id at every login: a session planted before login is worth nothing after it.
    const previous = req.cookies[SESSION_COOKIE];
    if (previous) await endSession(db, previous);
    const actor = { userId: result.userId, name: result.name, ip: req.ip, userAgent: ua };
    // A full sign-in is recorded as auth.login once every factor is proved; a password that
    // still owes a second factor is recorded as that step.
    await audit(db, actor, result.stage === 'full' ? 'auth.login' : 'auth.password_ok', { type: 'staff_user', id: result.userId }, now, { next: result.stage });
    reply.setCookie(SESSION_COOKIE, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    renewCsrf(req, reply);
    await scheduleStaffUpkeep(db, deps.config, now);
    if (result.stage === 'mfa') return reply.redirect(`/staff/2fa?next=${encodeURIComponent(next)}`, 303);
    if (result.stage === 'enrol') return reply.redirect(`/staff/account/2fa?next=${encodeURIComponent(next)}`, 303);
    return reply.redirect(next, 303);
  });

  app.post('/logout', { config: { permission: 'account.self', signInStep: true } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await endSession(db, token);
    await audit(db, actorOf(req), 'auth.logout', { type: 'staff_user', id: requireStaff(req).userId }, deps.now());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/staff/login', 303);
  });

  app.post('/logout-all', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    await db.transaction().execute(async (trx) => {
      const n = await endAllSessions(trx, me.userId);
      await audit(trx, actorOf(req), 'auth.logout_all', { type: 'staff_user', id: me.userId }, deps.now(), { sessions: n });
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/staff/login', 303);
  });

  const accountPage = (error?: string, pendingLink?: { doctor_name: string; by_name: string }) => ({
    title: '我的账户',
    error,
    status: error ? 422 : 200,
    body: (csrf: string) => (
      <>
        {pendingLink ? (
          <form method="post" action="/staff/account/reviewer-link/confirm" class="staff-form narrow">
            <Csrf token={csrf} />
            <h2>确认“医学审核”角色</h2>
            <p>
              {pendingLink.by_name} 申请让你以医生“{pendingLink.doctor_name}”的名义担任医学审核：你审核通过的内容将以该医生的执业证书编号签署。如果这是你本人，请确认。
            </p>
            <button type="submit">我是该医生，确认</button>
          </form>
        ) : null}
        <form method="post" action="/staff/account/password" class="staff-form narrow">
          <Csrf token={csrf} />
          <h2>修改密码</h2>
          <label for="current">当前密码</label>
          <input id="current" name="current" type="password" autoComplete="current-password" required />
          <label for="password">新密码（至少 {MIN_PASSWORD_LENGTH} 个字符）</label>
          <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
          <label for="confirm">再次输入新密码</label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
          <button type="submit">更新密码</button>
        </form>
        <section class="staff-form narrow" aria-labelledby="twofactor-heading">
          <h2 id="twofactor-heading">两步验证</h2>
          <p>
            <a href="/staff/account/2fa">管理两步验证（验证器应用与恢复码）</a>
          </p>
        </section>
        <form method="post" action="/staff/logout-all" class="staff-form narrow">
          <Csrf token={csrf} />
          <h2>所有设备</h2>
          <p>如果怀疑账户在别处被使用，可以退出所有设备上的登录。</p>
          <button type="submit">退出所有设备</button>
        </form>
      </>
    ),
  });

  app.get('/account', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const pending = await db
      .selectFrom('reviewer_link_request as p')
      .innerJoin('staff_user as by', 'by.id', 'p.requested_by')
      .innerJoin('doctor as d', 'd.id', 'p.doctor_id')
      .select(['d.name as doctor_name', 'by.name as by_name', 'p.requested_by'])
      .where('p.user_id', '=', me.userId)
      .executeTakeFirst();
    return renderStaff(req, reply, deps, accountPage(undefined, pending && pending.requested_by !== me.userId ? pending : undefined));
  });

  app.post('/account/password', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const form = passwordForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const check = await checkPassword(db, { email: me.email, password: form.data.current ?? '', ip: req.ip }, deps.now());
    if (!check.ok) return renderStaff(req, reply, deps, accountPage(check.reason === 'throttled' ? '尝试次数过多，请 15 分钟后再试。' : '当前密码不正确。'));
    const problem = passwordProblem(form.data);
    if (problem) return renderStaff(req, reply, deps, accountPage(problem));
    await db.transaction().execute(async (trx) => {
      await setPassword(trx, me.userId, form.data.password, deps.now());
      await trx.deleteFrom('staff_session').where('user_id', '=', me.userId).where('id', '!=', me.sessionId).execute();
      await audit(trx, actorOf(req), 'auth.password_changed', { type: 'staff_user', id: me.userId }, deps.now());
    });
    return reply.redirect('/staff/account?msg=password', 303);
  });

  const invitePage = (token: string, name: string, error?: string) => ({
    title: '设置密码',
    error,
    status: error ? 422 : 200,
    body: (csrf: string) => (
      <form method="post" action={`/staff/invite/${encodeURIComponent(token)}`} class="staff-form narrow">
        <Csrf token={csrf} />
        <p>{name}，欢迎加入。请设置登录密码。</p>
        <label for="password">密码（至少 {MIN_PASSWORD_LENGTH} 个字符）</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
        <label for="confirm">再次输入密码</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
        <button type="submit">设置密码</button>
      </form>
    ),
  });

  app.get<{ Params: { token: string } }>('/invite/:token', { config: { permission: 'public' } }, async (req, reply) => {
    const invite = await findInvite(db, req.params.token, deps.now());
    if (!invite) throw new AppError(404, 'invite');
    return renderStaff(req, reply, deps, invitePage(req.params.token, invite.name));
  });

  app.post<{ Params: { token: string } }>('/invite/:token', { config: { permission: 'public' } }, async (req, reply) => {
    const now = deps.now();
    const invite = await findInvite(db, req.params.token, now);
    if (!invite) throw new AppError(404, 'invite');
    const form = passwordForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const problem = passwordProblem(form.data);
    if (problem) return renderStaff(req, reply, deps, invitePage(req.params.token, invite.name, problem));
    await db.transaction().execute(async (trx) => {
      // Claim the invitation first: of two simultaneous uses, only one updates the row.
      const claimed = await trx
        .updateTable('staff_invite')
        .set({ used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash(req.params.token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw new AppError(404, 'invite');
      await setPassword(trx, invite.user_id, form.data.password, now);
      await audit(trx, { userId: invite.user_id, name: invite.name, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') }, 'auth.invite_accepted', { type: 'staff_user', id: invite.user_id }, now);
    });
    return reply.redirect('/staff/login', 303);
  });
}
