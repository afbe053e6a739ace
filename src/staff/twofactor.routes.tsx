import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../http/deps.js';
import { AppError } from '../http/errors.js';
import { audit } from './audit.js';
import { notFound } from '../http/errors.js';
import { clearCodeAttempts, endAllSessions, needsTwoFactor, promoteSession, reserveCodeAttempt, sessionPolicy, type StaffIdentity } from './auth.service.js';
import {
  clearTotp,
  deleteRecoveryCodes,
  enableTotp,
  insertRecoveryCodes,
  spendRecoveryCode,
  spendTotpStep,
  storeTotpSecret,
  totpStateOf,
  unusedRecoveryCodeCount,
} from './auth.repository.js';
import { staffUserExists } from './staff.repository.js';
import { renderStaff } from './render.js';
import { Csrf } from './staff.layout.js';
import { actorOf, requireStaff, SESSION_COOKIE, staffLocale } from './staff.plugin.js';
import { shellT, type ShellT } from './shell.i18n.js';
import { checkTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, otpauthUri, recoveryHash, staffCrypto } from './totp.js';

const codeForm = z.object({ code: z.string().trim().max(40), next: z.string().max(500).optional() });

/** Only a path inside the back office may be a destination (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[\w\-/?=&%.]*)?$/.test(next) && !next.startsWith('//') ? next : '/staff';
}

const nextOf = (req: FastifyRequest) => safeNext(typeof (req.query as Record<string, unknown>)?.next === 'string' ? (req.query as Record<string, string>).next : undefined);

/**
 * Staff two-factor sign-in (TOTP with recovery codes): the code step after the password, the
 * enrolment page (forced for roles in STAFF_2FA_ROLES), recovery codes and switching it off.
 */
export function twoFactorRoutes(app: FastifyInstance, deps: Deps): void {
  const { db, config } = deps;
  const policy = sessionPolicy(config.staff);
  const secure = config.siteUrl.startsWith('https://');
  const step = { config: { permission: 'account.self' as const, signInStep: true } };
  const ua = (req: FastifyRequest) => String(req.headers['user-agent'] ?? '');

  /** Makes the session full: a new session id and a new CSRF secret. */
  async function finishSignIn(req: FastifyRequest, reply: FastifyReply, me: StaffIdentity): Promise<void> {
    const token = await promoteSession(db, me.sessionId, me.userId, { ip: req.ip, userAgent: ua(req) }, deps.now(), policy);
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    renewCsrf(req, reply);
  }

  async function secretOf(userId: number): Promise<{ secret: string | null; enabled: boolean; lastStep: number | null }> {
    const u = await totpStateOf(db, userId);
    const crypto = await staffCrypto(db, config);
    return { secret: u.totp_secret_enc ? crypto.decrypt(u.totp_secret_enc) : null, enabled: !!u.totp_enabled_at, lastStep: u.totp_last_step };
  }

  /**
   * Checks a TOTP code (or, when allowed, a recovery code) for an enrolled account, at most
   * THROTTLE_POLICY.perCode wrong ones per window. A used step or recovery code is spent in the
   * same statement that checks it is unspent, so two requests cannot both use it.
   */
  async function proveCode(userId: number, raw: string, allowRecovery: boolean): Promise<'totp' | 'recovery' | 'wrong' | 'throttled'> {
    const now = deps.now();
    if (!(await reserveCodeAttempt(db, userId, now))) return 'throttled';
    const { secret, lastStep } = await secretOf(userId);
    const code = raw.replace(/\s/g, '');
    if (secret) {
      const stepUsed = checkTotp(secret, code, now, lastStep);
      if (stepUsed !== null) {
        if (await spendTotpStep(db, userId, stepUsed)) {
          await clearCodeAttempts(db, userId);
          return 'totp';
        }
      }
    }
    const recovery = allowRecovery ? normaliseRecoveryCode(raw) : null;
    if (recovery) {
      if (await spendRecoveryCode(db, userId, recoveryHash(recovery), now)) {
        await clearCodeAttempts(db, userId);
        return 'recovery';
      }
    }
    return 'wrong';
  }

  const tOf = (req: FastifyRequest): ShellT => shellT(staffLocale(req));
  const codeMessage = (t: ShellT, r: string) => (r === 'throttled' ? t('2fa.throttled') : t('2fa.wrong'));

  const codePage = (t: ShellT, next: string, error?: string, status?: number) => ({
    title: t('2fa.title'),
    error,
    status: status ?? (error ? 401 : 200),
    body: (csrf: string) => (
      <form method="post" action="/staff/2fa" class="staff-form narrow">
        <Csrf token={csrf} />
        <input type="hidden" name="next" value={next} />
        <p>{t('2fa.prompt')}</p>
        <label for="code">{t('2fa.codeOrRecovery')}</label>
        <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={40} />
        <button type="submit">{t('2fa.verify')}</button>
      </form>
    ),
  });

  app.get('/2fa', step, async (req, reply) => {
    const me = requireStaff(req);
    if (me.stage === 'full') return reply.redirect(nextOf(req), 303);
    if (me.stage === 'enrol') return reply.redirect(`/staff/account/2fa?next=${encodeURIComponent(nextOf(req))}`, 303);
    return renderStaff(req, reply, deps, codePage(tOf(req), nextOf(req)));
  });

  app.post('/2fa', step, async (req, reply) => {
    const me = requireStaff(req);
    const form = codeForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    const next = safeNext(form.data.next);
    if (me.stage === 'full') return reply.redirect(next, 303);
    if (me.stage === 'enrol') return reply.redirect(`/staff/account/2fa?next=${encodeURIComponent(next)}`, 303);
    const result = await proveCode(me.userId, form.data.code, true);
    const now = deps.now();
    if (result === 'wrong' || result === 'throttled') {
      await audit(db, actorOf(req), 'auth.2fa_failed', { type: 'staff_user', id: me.userId }, now, { throttled: result === 'throttled' }, 'failure');
      const t = tOf(req);
      return renderStaff(req, reply, deps, codePage(t, next, codeMessage(t, result), result === 'throttled' ? 429 : 401));
    }
    if (result === 'recovery') {
      const left = await unusedRecoveryCodeCount(db, me.userId);
      await audit(db, actorOf(req), 'auth.2fa_recovery_used', { type: 'staff_user', id: me.userId }, now, { left });
    }
    await audit(db, actorOf(req), 'auth.login', { type: 'staff_user', id: me.userId }, now, { factor: result });
    await finishSignIn(req, reply, me);
    return reply.redirect(next, 303);
  });

  async function enrolPage(req: FastifyRequest, reply: FastifyReply, me: StaffIdentity, error?: string) {
    const next = nextOf(req) === '/staff' && typeof (req.body as Record<string, unknown>)?.next === 'string' ? safeNext((req.body as Record<string, string>).next) : nextOf(req);
    let { secret } = await secretOf(me.userId);
    if (!secret) {
      // A new secret, kept (encrypted) but not in force until a code from it is entered.
      secret = newTotpSecret();
      const crypto = await staffCrypto(db, config);
      await storeTotpSecret(db, me.userId, crypto.encrypt(secret));
    }
    const uri = otpauthUri(me.email, secret);
    const grouped = secret.replace(/(.{4})/g, '$1 ').trim();
    const t = tOf(req);
    return renderStaff(req, reply, deps, {
      title: t('2fa.enrol.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          {me.stage === 'enrol' ? <p class="flash error">{t('2fa.enrol.required')}</p> : null}
          <ol>
            <li>
              {t('2fa.enrol.step1')}
            </li>
            <li>
              {t('2fa.enrol.step2a')}<a href={uri}>{t('2fa.enrol.step2link')}</a>{t('2fa.enrol.step2b')}
              <p>
                {t('2fa.enrol.secret')}<code id="totp-secret" data-secret={secret}>{grouped}</code>
              </p>
              <p class="help">
                {t('2fa.enrol.uri')}<code id="totp-uri">{uri}</code>
              </p>
            </li>
            <li>{t('2fa.enrol.step3')}</li>
          </ol>
          <form method="post" action="/staff/account/2fa/enable" class="staff-form narrow">
            <Csrf token={csrf} />
            <input type="hidden" name="next" value={next} />
            <label for="code">{t('2fa.code')}</label>
            <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={10} />
            <button type="submit">{t('2fa.enrol.submit')}</button>
          </form>
        </>
      ),
    });
  }

  async function managePage(req: FastifyRequest, reply: FastifyReply, me: StaffIdentity, error?: string) {
    const left = await unusedRecoveryCodeCount(db, me.userId);
    const required = needsTwoFactor(me.roles, policy);
    const t = tOf(req);
    return renderStaff(req, reply, deps, {
      title: t('2fa.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <p>{t('2fa.manage.on', { n: left })}</p>
          <form method="post" action="/staff/account/2fa/recovery-codes" class="staff-form narrow">
            <Csrf token={csrf} />
            <h2>{t('2fa.manage.regen.h')}</h2>
            <p>{t('2fa.manage.regen.p')}</p>
            <label for="code-recovery">{t('2fa.code')}</label>
            <input id="code-recovery" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={10} />
            <button type="submit">{t('2fa.manage.regen.submit')}</button>
          </form>
          {required ? (
            <p>{t('2fa.manage.required')}</p>
          ) : (
            <form method="post" action="/staff/account/2fa/disable" class="staff-form narrow">
              <Csrf token={csrf} />
              <h2>{t('2fa.manage.off.h')}</h2>
              <label for="code-disable">{t('2fa.code')}</label>
              <input id="code-disable" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={10} />
              <button type="submit">{t('2fa.manage.off.submit')}</button>
            </form>
          )}
        </>
      ),
    });
  }

  const recoveryPage = (t: ShellT, codes: string[], next: string) => ({
    title: t('2fa.recovery.title'),
    body: () => (
      <>
        <p role="status">{t('2fa.recovery.p')}</p>
        <ul id="recovery-codes">
          {codes.map((c) => (
            <li>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <p>
          <a href={next}>{t('2fa.recovery.continue')}</a>
        </p>
      </>
    ),
  });

  async function storeRecoveryCodes(userId: number, codes: string[]): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await deleteRecoveryCodes(trx, userId);
      await insertRecoveryCodes(trx, userId, codes.map(recoveryHash));
    });
  }

  app.get('/account/2fa', step, async (req, reply) => {
    const me = requireStaff(req);
    if (me.stage === 'mfa') return reply.redirect(`/staff/2fa?next=${encodeURIComponent(nextOf(req))}`, 303);
    return me.twoFactor ? managePage(req, reply, me) : enrolPage(req, reply, me);
  });

  app.post('/account/2fa/enable', step, async (req, reply) => {
    const me = requireStaff(req);
    if (me.stage === 'mfa') throw new AppError(403, 'second_factor_required');
    const form = codeForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    if (me.twoFactor) return reply.redirect('/staff/account/2fa', 303);
    const now = deps.now();
    const { secret } = await secretOf(me.userId);
    if (!(await reserveCodeAttempt(db, me.userId, now))) return enrolPage(req, reply, me, codeMessage(tOf(req), 'throttled'));
    const stepUsed = secret ? checkTotp(secret, form.data.code.replace(/\s/g, ''), now, null) : null;
    if (stepUsed === null) {
      await audit(db, actorOf(req), 'auth.2fa_enrol_failed', { type: 'staff_user', id: me.userId }, now, {}, 'failure');
      return enrolPage(req, reply, me, tOf(req)('2fa.enrol.wrong'));
    }
    const codes = newRecoveryCodes();
    await db.transaction().execute(async (trx) => {
      await enableTotp(trx, me.userId, now, stepUsed);
      await audit(trx, actorOf(req), 'auth.2fa_enabled', { type: 'staff_user', id: me.userId }, now);
    });
    await storeRecoveryCodes(me.userId, codes);
    await clearCodeAttempts(db, me.userId);
    if (me.stage === 'enrol') {
      await audit(db, actorOf(req), 'auth.login', { type: 'staff_user', id: me.userId }, now, { factor: 'enrolment' });
      await finishSignIn(req, reply, { ...me, twoFactor: true });
    }
    return renderStaff(req, reply, deps, recoveryPage(tOf(req), codes, safeNext(form.data.next)));
  });

  app.post('/account/2fa/recovery-codes', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const form = codeForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    if (!me.twoFactor) return reply.redirect('/staff/account/2fa', 303);
    const result = await proveCode(me.userId, form.data.code, false);
    if (result !== 'totp') {
      await audit(db, actorOf(req), 'auth.2fa_failed', { type: 'staff_user', id: me.userId }, deps.now(), { purpose: 'recovery_codes' }, 'failure');
      return managePage(req, reply, me, codeMessage(tOf(req), result));
    }
    const codes = newRecoveryCodes();
    await storeRecoveryCodes(me.userId, codes);
    await audit(db, actorOf(req), 'auth.2fa_recovery_regenerated', { type: 'staff_user', id: me.userId }, deps.now());
    return renderStaff(req, reply, deps, recoveryPage(tOf(req), codes, '/staff/account/2fa'));
  });

  // An admin clears another person's second factor (lost phone, no recovery code left).
  app.post<{ Params: { id: string } }>('/users/:id/2fa-reset', { config: { permission: 'staff.manage' } }, async (req, reply) => {
    if (!/^[1-9]\d{0,8}$/.test(req.params.id)) throw notFound('staff_user');
    const id = Number(req.params.id);
    if (id === requireStaff(req).userId) throw new AppError(409, 'own_account', '不能重置自己的两步验证。');
    if (!(await staffUserExists(db, id))) throw notFound('staff_user');
    await db.transaction().execute(async (trx) => {
      await clearTotp(trx, id);
      await deleteRecoveryCodes(trx, id);
      const sessions = await endAllSessions(trx, id);
      await audit(trx, actorOf(req), 'staff.2fa_reset', { type: 'staff_user', id }, deps.now(), { sessions });
    });
    return reply.redirect(`/staff/users/${id}?msg=twoFactorReset`, 303);
  });

  app.post('/account/2fa/disable', { config: { permission: 'account.self' } }, async (req, reply) => {
    const me = requireStaff(req);
    const form = codeForm.safeParse(req.body);
    if (!form.success) throw new AppError(400, 'bad_form');
    if (!me.twoFactor) return reply.redirect('/staff/account/2fa', 303);
    if (needsTwoFactor(me.roles, policy)) return managePage(req, reply, me, tOf(req)('2fa.manage.cannotOff'));
    const result = await proveCode(me.userId, form.data.code, false);
    if (result !== 'totp') {
      await audit(db, actorOf(req), 'auth.2fa_failed', { type: 'staff_user', id: me.userId }, deps.now(), { purpose: 'disable' }, 'failure');
      return managePage(req, reply, me, codeMessage(tOf(req), result));
    }
    await db.transaction().execute(async (trx) => {
      await clearTotp(trx, me.userId);
      await deleteRecoveryCodes(trx, me.userId);
      await audit(trx, actorOf(req), 'auth.2fa_disabled', { type: 'staff_user', id: me.userId }, deps.now());
    });
    return reply.redirect('/staff/account?msg=twoFactorOff', 303);
  });
}

/**
 * A new CSRF secret: a token issued before this point (e.g. on the login page, possibly to an
 * attacker who planted the cookie) is refused afterwards.
 */
export function renewCsrf(req: FastifyRequest, reply: FastifyReply): void {
  delete (req.cookies as Record<string, string | undefined>).cp_csrf;
  reply.generateCsrf();
}
