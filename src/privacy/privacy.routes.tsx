import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { clinicClock } from '../booking/index.js';
import { maskMobile } from '../personal-data/patient-crypto.js';
import { bookingRuntime } from '../messaging/runtime.js';
import { localDateOf } from '../time/zoned-time.js';
import type { Deps } from '../http/deps.js';
import { pageContext, sendHtml, servePage, toHtml } from '../http/render.js';
import { audit } from '../staff/audit.js';
import type { PageContext } from '../web/context.js';
import { formatDate } from '../web/i18n.js';
import { normaliseCode, SESSION_MINUTES } from '../personal-data/codes.js';
import { privacyText } from './privacy.i18n.js';
import {
  endSession,
  exportData,
  heldData,
  patientActor,
  pendingErasure,
  personOf,
  requestCode,
  requestErasure,
  sessionByToken,
  SmsNotSent,
  verifyCode,
  withdrawConsent,
} from './privacy.service.js';
import type { PrivacySession } from './privacy.tables.js';
import { NoticePage } from './notice.js';
import { CodePage, ErasureConfirmPage, MessagePage, OverviewPage, StartPage } from './privacy.views.js';
import { normaliseMobile } from '../personal-data/mobile.js';

/** The data-rights session cookie: only its hash is stored; Strict so no other site's form or link carries it. */
export const MY_DATA_COOKIE = 'cp_mydata';

function page(reply: FastifyReply, vnode: VNode, status = 200): FastifyReply {
  // Personal data and one-time forms: never cached, never indexed.
  return sendHtml(reply.header('x-robots-tag', 'noindex'), toHtml(vnode), status, false);
}

const field = (body: unknown, key: string): string => {
  const v = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v.slice(0, 200) : '';
};

/** The patients' data-rights pages, mounted at '' and '/en'. Every POST carries the CSRF token. */
export function privacyRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const runtime = () => bookingRuntime(db, deps.config);
  const ttl = deps.config.privacy.otpTtlMinutes;
  const secure = deps.config.siteUrl.startsWith('https://');
  const csrfChecked = { preHandler: app.csrfProtection };
  const actor = (req: FastifyRequest) => patientActor(req.ip, String(req.headers['user-agent'] ?? ''));
  const formatAt = (ctx: PageContext) => (iso: string) => `${formatDate(iso, ctx.locale, ctx.timeZone)} ${clinicClock(iso, ctx.timeZone)}`;

  /** The verified session, or a redirect to the start page (expired, signed out, or never verified). */
  async function session(req: FastifyRequest, reply: FastifyReply, ctx: PageContext): Promise<PrivacySession | null> {
    const s = await sessionByToken(db, req.cookies[MY_DATA_COOKIE], deps.now());
    if (!s) {
      void reply.redirect(`${ctx.prefix}/my-data?msg=expired`, 303);
      return null;
    }
    return s;
  }

  // The notice is public and the same for everyone: a cached page like an article.
  const facts = { questionContactDays: deps.config.questions.contactRetentionDays, otpMinutes: ttl, dataSessionMinutes: SESSION_MINUTES };
  app.get('/privacy', async (req, reply) => servePage(req, reply, deps, async (ctx) => ({ vnode: <NoticePage ctx={ctx} facts={facts} /> })));

  app.get('/my-data', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const p = privacyText(ctx.locale);
    const flash = (req.query as Record<string, unknown>).msg === 'expired' ? p.expired : undefined;
    return page(reply, <StartPage ctx={ctx} csrf={await reply.generateCsrf()} flash={flash} ttl={ttl} />);
  });

  app.post('/my-data/code', csrfChecked, async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const p = privacyText(ctx.locale);
    const typed = field(req.body, 'mobile');
    const mobile = normaliseMobile(typed);
    if (!mobile) {
      return page(reply, <StartPage ctx={ctx} csrf={await reply.generateCsrf()} mobile={typed} errors={[{ field: 'mobile', message: p.errMobile }]} ttl={ttl} />, 422);
    }
    try {
      const limit = await requestCode(db, await runtime(), { mobile, ip: req.ip, locale: ctx.locale, clinic: ctx.site.shortName }, deps.now());
      if (limit) return page(reply, <MessagePage ctx={ctx} title={p.limitTitle} message={p.limit[limit]} />, 429);
    } catch (err) {
      if (!(err instanceof SmsNotSent)) throw err;
      req.log.warn({ err: err.message }, 'data-rights code not sent');
      return page(reply, <MessagePage ctx={ctx} title={p.codeTitle} message={p.smsFailed({ phone: ctx.site.phone })} />, 503);
    }
    return page(reply, <CodePage ctx={ctx} csrf={await reply.generateCsrf()} mobile={mobile} masked={maskMobile(mobile)} ttl={ttl} />);
  });

  app.post('/my-data/verify', csrfChecked, async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const p = privacyText(ctx.locale);
    const mobile = normaliseMobile(field(req.body, 'mobile'));
    if (!mobile) return page(reply, <StartPage ctx={ctx} csrf={await reply.generateCsrf()} errors={[{ field: 'mobile', message: p.errMobile }]} ttl={ttl} />, 422);
    const codePage = async (message: string) =>
      page(reply, <CodePage ctx={ctx} csrf={await reply.generateCsrf()} mobile={mobile} masked={maskMobile(mobile)} errors={[{ field: 'code', message }]} ttl={ttl} />, 422);
    const code = normaliseCode(field(req.body, 'code'));
    if (!code) return codePage(p.errCodeFormat);
    const r = await verifyCode(db, await runtime(), mobile, code, actor(req), deps.now());
    if (!r.ok) return codePage(p.errCode[r.reason]);
    reply.setCookie(MY_DATA_COOKIE, r.token, { path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge: SESSION_MINUTES * 60 });
    return reply.redirect(`${ctx.prefix}/my-data/overview`, 303);
  });

  const overview = async (req: FastifyRequest, reply: FastifyReply, s: PrivacySession, ctx: PageContext, flash?: string, status = 200) => {
    const rt = await runtime();
    const person = personOf(rt, s, deps.now());
    const [held, pending] = await Promise.all([heldData(db, person), pendingErasure(db, s.mobile_hmac)]);
    const left = Math.max(1, Math.ceil((Date.parse(s.expires_at) - deps.now().getTime()) / 60_000));
    await audit(db, actor(req), 'privacy.view', { type: 'privacy_session', id: s.id }, deps.now());
    return page(
      reply,
      <OverviewPage ctx={ctx} csrf={await reply.generateCsrf()} masked={maskMobile(person.mobile)} held={held} pendingSince={pending?.created_at} flash={flash} minutes={left} formatAt={formatAt(ctx)} />,
      status,
    );
  };

  app.get('/my-data/overview', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const s = await session(req, reply, ctx);
    if (!s) return reply;
    const msg = (req.query as Record<string, unknown>).msg;
    return overview(req, reply, s, ctx, typeof msg === 'string' ? privacyText(ctx.locale).flash[msg] : undefined);
  });

  app.get('/my-data/export.json', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const s = await session(req, reply, ctx);
    if (!s) return reply;
    const now = deps.now();
    const doc = await exportData(db, personOf(await runtime(), s, now), s, actor(req), now);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="my-data-${localDateOf(now, deps.config.clinicTimeZone)}.json"`)
      .header('cache-control', 'no-store')
      .header('x-robots-tag', 'noindex')
      .send(JSON.stringify(doc, null, 2));
  });

  app.post('/my-data/consents/withdraw', csrfChecked, async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const s = await session(req, reply, ctx);
    if (!s) return reply;
    const now = deps.now();
    const ok = await withdrawConsent(db, personOf(await runtime(), s, now), s, actor(req), field(req.body, 'source'), field(req.body, 'id'), now);
    if (ok) return reply.redirect(`${ctx.prefix}/my-data/overview?msg=withdrawn`, 303);
    return overview(req, reply, s, ctx, privacyText(ctx.locale).flash.notWithdrawn, 409);
  });

  app.get('/my-data/erasure', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const s = await session(req, reply, ctx);
    if (!s) return reply;
    return page(reply, <ErasureConfirmPage ctx={ctx} csrf={await reply.generateCsrf()} />);
  });

  app.post('/my-data/erasure', csrfChecked, async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const s = await session(req, reply, ctx);
    if (!s) return reply;
    if (field(req.body, 'confirm') !== '1') {
      return page(reply, <ErasureConfirmPage ctx={ctx} csrf={await reply.generateCsrf()} error={privacyText(ctx.locale).errConfirm} />, 422);
    }
    await requestErasure(db, await runtime(), s, actor(req), deps.now());
    return reply.redirect(`${ctx.prefix}/my-data/overview?msg=erasure`, 303);
  });

  app.post('/my-data/signout', csrfChecked, async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const s = await sessionByToken(db, req.cookies[MY_DATA_COOKIE], deps.now());
    if (s) await endSession(db, s);
    reply.clearCookie(MY_DATA_COOKIE, { path: '/' });
    return reply.redirect(`${ctx.prefix}/my-data?msg=expired`, 303);
  });
}
