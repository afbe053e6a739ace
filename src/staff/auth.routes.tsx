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
import { actorOf, LANG_COOKIE, requireStaff, SESSION_COOKIE, staffLocale } from './staff.plugin.js';
import { shellT, type ShellT } from './shell.i18n.js';
import { pendingReviewerLinkForAccount, setStaffLocale } from './staff.repository.js';
import { claimInvite, deleteOtherSessions } from './auth.repository.js';
import { contentLang, type Locale } from '../web/i18n.js';
import { withData } from './with-data.js';
import { renewCsrf, safeNext } from './twofactor.routes.js';

const loginForm = z.object({ email: z.string().trim().max(200), password: z.string().max(200), next: z.string().max(500).optional() });
const passwordForm = z.object({ current: z.string().max(200).optional(), password: z.string().max(200), confirm: z.string().max(200) });

const languageForm = z.object({ locale: z.enum(['zh-CN', 'en']) });

/** The language cookie for the pages before sign-in: a year, like a remembered preference. */
export const LANG_COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'lax' as const, maxAge: 365 * 86_400 };

export function passwordProblem(p: { password: string; confirm: string }, t: ShellT): string | undefined {
  if ([...p.password].length < MIN_PASSWORD_LENGTH) return t('password.short', { n: MIN_PASSWORD_LENGTH });
  if (p.password !== p.confirm) return t('password.mismatch');
  return undefined;
}

function LoginForm({ csrf, next, email, t, locale }: { csrf: string; next: string; email?: string; t: ShellT; locale: Locale }) {
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const switchHref = `/staff/login?lang=${other}${next === '/staff' ? '' : `&next=${encodeURIComponent(next)}`}`;
  return (
    <form method="post" action="/staff/login" class="staff-form narrow">
      <Csrf token={csrf} />
      <input type="hidden" name="next" value={next} />
      <label for="email">{t('login.email')}</label>
      <input id="email" name="email" type="email" autoComplete="username" required value={email ?? ''} />
      <label for="password">{t('login.password')}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit">{t('login.submit')}</button>
      <p>
        <a href="/staff/password-reset">{t('login.forgot')}</a>
      </p>
      <p>
        <a href={switchHref} lang={other} hrefLang={other}>
          {t('login.otherLang')}
        </a>
      </p>
    </form>
  );
}

export function authRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const secure = deps.config.siteUrl.startsWith('https://');
  const policy = sessionPolicy(deps.config.staff);

  app.get<{ Querystring: { next?: string; lang?: string } }>('/login', { config: { permission: 'public' } }, async (req, reply) => {
    if (req.staff) return reply.redirect('/staff', 303);
    const next = safeNext(req.query.next);
    // The language before sign-in: a cookie (the account's own setting takes over once signed in).
    if (req.query.lang === 'en' || req.query.lang === 'zh-CN') {
      reply.setCookie(LANG_COOKIE, req.query.lang, { ...LANG_COOKIE_OPTIONS, secure });
      return reply.redirect(next === '/staff' ? '/staff/login' : `/staff/login?next=${encodeURIComponent(next)}`, 303);
    }
    const locale = staffLocale(req);
    const t = shellT(locale);
    return renderStaff(req, reply, deps, { title: t('login.title'), body: (csrf) => <LoginForm csrf={csrf} next={next} t={t} locale={locale} /> });
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
      const locale = staffLocale(req);
      const t = shellT(locale);
      const error = result.reason === 'throttled' ? t('login.throttled') : t('login.wrong');
      return renderStaff(req, reply, deps, {
        title: t('login.title'),
        status: result.reason === 'throttled' ? 429 : 401,
        error,
        body: (csrf) => <LoginForm csrf={csrf} next={next} email={form.data.email} t={t} locale={locale} />,
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

  const accountPage = (locale: Locale, error?: string, pendingLink?: { doctor_name: string; by_name: string }) => {
    const t = shellT(locale);
    const lang = contentLang(locale);
    return {
      title: t('account.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf: string) => (
        <>
          {pendingLink ? (
            <form method="post" action="/staff/account/reviewer-link/confirm" class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{t('account.confirmLink.h')}</h2>
              {locale === 'zh-CN' ? (
                <p>
                  {pendingLink.by_name} 申请让你以医生“{pendingLink.doctor_name}”的名义担任医学审核：你审核通过的内容将以该医生的执业证书编号签署。如果这是你本人，请确认。
                </p>
              ) : (
                <p>{withData(t('account.confirmLink.p'), { by: pendingLink.by_name, doctor: pendingLink.doctor_name }, lang)}</p>
              )}
              <button type="submit">{t('account.confirmLink.submit')}</button>
            </form>
          ) : null}
          <form method="post" action="/staff/account/password" class="staff-form narrow">
            <Csrf token={csrf} />
            <h2>{t('account.password.h')}</h2>
            <label for="current">{t('account.password.current')}</label>
            <input id="current" name="current" type="password" autoComplete="current-password" required />
            <label for="password">{t('account.password.new', { n: MIN_PASSWORD_LENGTH })}</label>
            <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
            <label for="confirm">{t('account.password.again')}</label>
            <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
            <button type="submit">{t('account.password.submit')}</button>
          </form>
          <section class="staff-form narrow" aria-labelledby="twofactor-heading">
            <h2 id="twofactor-heading">{t('account.2fa.h')}</h2>
            <p>
              <a href="/staff/account/2fa">{t('account.2fa.link')}</a>
            </p>
          </section>
          <form method="post" action="/staff/account/language" class="staff-form narrow">
            <Csrf token={csrf} />
            {/* Bilingual on purpose: someone who cannot read the current language still finds it. */}
            <h2 id="language-heading">
              {locale === 'en' ? (
                <>
                  Language / <span lang="zh-CN">界面语言</span>
                </>
              ) : (
                <>
                  界面语言 / <span lang="en">Language</span>
                </>
              )}
            </h2>
            <fieldset aria-describedby="language-help">
              <legend>{t('account.lang.legend')}</legend>
              <div>
                <input type="radio" id="locale-zh" name="locale" value="zh-CN" checked={locale === 'zh-CN'} />{' '}
                <label for="locale-zh" lang="zh-CN">
                  简体中文
                </label>
              </div>
              <div>
                <input type="radio" id="locale-en" name="locale" value="en" checked={locale === 'en'} />{' '}
                <label for="locale-en" lang="en">
                  English
                </label>
              </div>
            </fieldset>
            <p class="help" id="language-help">
              {t('account.lang.help')}
            </p>
            <button type="submit">{t('account.lang.submit')}</button>
          </form>
          <form method="post" action="/staff/logout-all" class="staff-form narrow">
            <Csrf token={csrf} />
            <h2>{t('account.all.h')}</h2>
            <p>{t('account.all.p')}</p>
            <button type="submit">{t('account.all.submit')}</button>
          </form>
        </>
      ),
    };
  };

  app.get('/account', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const pending = await pendingReviewerLinkForAccount(db, me.userId);
    return renderStaff(req, reply, deps, accountPage(staffLocale(req), undefined, pending && pending.requested_by !== me.userId ? pending : undefined));
  });

  // The person's interface language: stored on the account (every staff URL stays one address),
  // and in the pre-sign-in cookie too, so the sign-in page after signing out speaks it as well.
  app.post('/account/language', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const form = languageForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      await setStaffLocale(trx, me.userId, form.data.locale, now);
      await audit(trx, actorOf(req), 'staff.language_changed', { type: 'staff_user', id: me.userId }, now, { from: me.locale, to: form.data.locale });
    });
    reply.setCookie(LANG_COOKIE, form.data.locale, { ...LANG_COOKIE_OPTIONS, secure });
    return reply.redirect('/staff/account?msg=language', 303);
  });

  app.post('/account/password', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const form = passwordForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const check = await checkPassword(db, { email: me.email, password: form.data.current ?? '', ip: req.ip }, deps.now());
    const locale = staffLocale(req);
    const t = shellT(locale);
    if (!check.ok) return renderStaff(req, reply, deps, accountPage(locale, check.reason === 'throttled' ? t('account.throttled') : t('account.wrongCurrent')));
    const problem = passwordProblem(form.data, t);
    if (problem) return renderStaff(req, reply, deps, accountPage(locale, problem));
    await db.transaction().execute(async (trx) => {
      await setPassword(trx, me.userId, form.data.password, deps.now());
      await deleteOtherSessions(trx, me.userId, me.sessionId);
      await audit(trx, actorOf(req), 'auth.password_changed', { type: 'staff_user', id: me.userId }, deps.now());
    });
    return reply.redirect('/staff/account?msg=password', 303);
  });

  const invitePage = (locale: Locale, token: string, name: string, error?: string) => {
    const t = shellT(locale);
    return {
      title: t('invite.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf: string) => (
        <form method="post" action={`/staff/invite/${encodeURIComponent(token)}`} class="staff-form narrow">
          <Csrf token={csrf} />
          {locale === 'zh-CN' ? <p>{name}，欢迎加入。请设置登录密码。</p> : <p>{withData(t('invite.welcome'), { name }, contentLang(locale))}</p>}
          <label for="password">{t('invite.password', { n: MIN_PASSWORD_LENGTH })}</label>
          <input id="password" name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
          <label for="confirm">{t('invite.again')}</label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
          <button type="submit">{t('invite.submit')}</button>
        </form>
      ),
    };
  };

  app.get<{ Params: { token: string } }>('/invite/:token', { config: { permission: 'public' } }, async (req, reply) => {
    const invite = await findInvite(db, req.params.token, deps.now());
    if (!invite) throw new AppError(404, 'invite');
    return renderStaff(req, reply, deps, invitePage(staffLocale(req), req.params.token, invite.name));
  });

  app.post<{ Params: { token: string } }>('/invite/:token', { config: { permission: 'public' } }, async (req, reply) => {
    const now = deps.now();
    const invite = await findInvite(db, req.params.token, now);
    if (!invite) throw new AppError(404, 'invite');
    const form = passwordForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const locale = staffLocale(req);
    const problem = passwordProblem(form.data, shellT(locale));
    if (problem) return renderStaff(req, reply, deps, invitePage(locale, req.params.token, invite.name, problem));
    await db.transaction().execute(async (trx) => {
      // Claim the invitation first: of two simultaneous uses, only one updates the row.
      if (!(await claimInvite(trx, tokenHash(req.params.token), now))) throw new AppError(404, 'invite');
      await setPassword(trx, invite.user_id, form.data.password, now);
      await audit(trx, { userId: invite.user_id, name: invite.name, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') }, 'auth.invite_accepted', { type: 'staff_user', id: invite.user_id }, now);
    });
    return reply.redirect('/staff/login', 303);
  });
}
