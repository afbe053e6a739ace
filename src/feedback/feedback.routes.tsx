import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { bookingRuntime } from '../messaging/runtime.js';
import { releaseAttempt, reserveAttempt } from '../staff/auth.service.js';
import type { Deps } from '../http/deps.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import type { PageContext } from '../web/context.js';
import { blankValues, parseFeedback, submittedValues, type FeedbackValues, type FieldError } from './feedback.form.js';
import { feedbackT, type FeedbackKey } from './feedback.i18n.js';
import { feedbackOfBooking } from './feedback.repository.js';
import {
  bookingForToken,
  bookingRefusal,
  FEEDBACK_WINDOW_DAYS,
  FeedbackRefused,
  normaliseCode,
  rateBooking,
  rateWithCode,
  usableCode,
  type FeedbackRefusal,
} from './feedback.service.js';
import type { FeedbackCode } from './feedback.tables.js';
import { CodeEntryPage, FeedbackFormPage, FeedbackMessagePage, type VisitFacts } from './feedback.views.js';
import { doctorNameOrThrow } from '../doctors/index.js';

/** Wrong feedback codes allowed per address, and for the whole site, per quarter hour. */
export const CODE_GUESSES = { perAddress: 10, perSite: 300, windowMs: 15 * 60_000 };

function codeGuessKeys(ip: string) {
  // The address only as a hash: the throttle table is no log of who tried.
  const who = createHash('sha256').update(`feedback-code|${ip}`).digest('base64url').slice(0, 22);
  return [
    { key: `fbcode:addr:${who}`, limit: CODE_GUESSES.perAddress, windowMs: CODE_GUESSES.windowMs },
    { key: 'fbcode:site', limit: CODE_GUESSES.perSite, windowMs: CODE_GUESSES.windowMs },
  ];
}

const STATUS: Record<FeedbackRefusal, number> = {
  not_checked_in: 409,
  already: 409,
  expired: 410,
  code_unknown: 404,
  code_used: 409,
  code_expired: 410,
};

const MESSAGE: Record<FeedbackRefusal, FeedbackKey> = {
  not_checked_in: 'fb.err.notCheckedIn',
  already: 'fb.err.already',
  expired: 'fb.err.expired',
  code_unknown: 'fb.err.codeUnknown',
  code_used: 'fb.err.codeUsed',
  code_expired: 'fb.err.codeExpired',
};

function page(reply: FastifyReply, vnode: VNode, status = 200): FastifyReply {
  // Private pages about one visit: never cached, never indexed.
  return sendHtml(reply.header('x-robots-tag', 'noindex'), toHtml(vnode), status, false);
}

/** Public feedback pages, mounted at '' and '/en' like every public route. */
export function feedbackRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;

  const refusalPage = (reply: FastifyReply, ctx: PageContext, code: FeedbackRefusal, visit?: VisitFacts) => {
    const ft = feedbackT(ctx.locale);
    return page(reply, <FeedbackMessagePage ctx={ctx} title={ft('fb.title')} message={ft(MESSAGE[code], { days: FEEDBACK_WINDOW_DAYS })} visit={visit} />, STATUS[code]);
  };

  // ---- a booking's private link ----

  async function visitOfToken(req: FastifyRequest<{ Params: { token: string } }>) {
    const rt = await bookingRuntime(db, deps.config);
    const found = await bookingForToken(db, rt, req.params.token);
    const ctx = await pageContext(req, deps);
    if (!found) return { ctx };
    const visit: VisitFacts = { doctorName: found.session.doctor_name, date: found.session.local_date };
    return { ctx, found, visit, existing: await feedbackOfBooking(db, found.booking.id) };
  }

  app.get<{ Params: { token: string } }>('/feedback/:token', async (req, reply) => {
    const { ctx, found, visit, existing } = await visitOfToken(req);
    if (!found) return page(reply, <FeedbackMessagePage ctx={ctx} title={ctx.t('error.notFound.title')} message={ctx.t('error.notFound.body')} />, 404);
    const ft = feedbackT(ctx.locale);
    if (existing && (req.query as Record<string, unknown>).msg === 'thanks') {
      return page(reply, <FeedbackMessagePage ctx={ctx} title={ft('fb.thanks.title')} message={ft('fb.thanks.body')} visit={visit} pending={existing.comment_status === 'pending'} />);
    }
    const refusal = bookingRefusal(found.booking, found.session, existing, deps.now());
    if (refusal) return refusalPage(reply, ctx, refusal, visit);
    return page(reply, <FeedbackFormPage ctx={ctx} visit={visit!} action={`${ctx.prefix}/feedback/${req.params.token}`} values={blankValues()} />);
  });

  app.post<{ Params: { token: string } }>('/feedback/:token', async (req, reply) => {
    const { ctx, found, visit, existing } = await visitOfToken(req);
    if (!found) return page(reply, <FeedbackMessagePage ctx={ctx} title={ctx.t('error.notFound.title')} message={ctx.t('error.notFound.body')} />, 404);
    // The visit is judged before the form: a refused visit stores nothing, whatever was typed.
    const refusal = bookingRefusal(found.booking, found.session, existing, deps.now());
    if (refusal) return refusalPage(reply, ctx, refusal, visit);
    const values = submittedValues(req.body);
    const parsed = parseFeedback(values, feedbackT(ctx.locale));
    const action = `${ctx.prefix}/feedback/${req.params.token}`;
    if (!parsed.ok) return page(reply, <FeedbackFormPage ctx={ctx} visit={visit!} action={action} values={values} errors={parsed.errors} />, 422);
    try {
      await rateBooking(db, found.booking.id, { ...parsed.input, locale: ctx.locale }, deps.now());
    } catch (err) {
      if (err instanceof FeedbackRefused) return refusalPage(reply, ctx, err.code, visit);
      throw err;
    }
    deps.site.invalidate();
    return reply.redirect(`${action}?msg=thanks`, 303);
  });

  // ---- a staff-issued code ----

  app.get('/feedback', async (req, reply) => page(reply, <CodeEntryPage ctx={await pageContext(req, deps)} />));

  app.get('/feedback/thanks', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const ft = feedbackT(ctx.locale);
    return page(reply, <FeedbackMessagePage ctx={ctx} title={ft('fb.thanks.title')} message={ft('fb.thanks.body')} pending={(req.query as Record<string, unknown>).c === '1'} />);
  });

  /** The code typed, checked: the form for it, or why not. */
  async function codeVisit(req: FastifyRequest, reply: FastifyReply, raw: string): Promise<{ ok: true; ctx: PageContext; code: FeedbackCode; normalised: string; visit: VisitFacts } | { ok: false; reply: FastifyReply }> {
    const ctx = await pageContext(req, deps);
    const ft = feedbackT(ctx.locale);
    const normalised = normaliseCode(raw);
    if (!normalised) return { ok: false, reply: page(reply, <CodeEntryPage ctx={ctx} code={raw.slice(0, 20)} error={ft('fb.err.codeFormat')} />, 422) };
    // Codes are short enough to guess: every try counts before the look-up (per address, and a
    // slower bound for the whole site against guessing from many addresses), and a right code
    // gives its try back.
    const tries = codeGuessKeys(req.ip);
    if (!(await reserveAttempt(db, tries, deps.now()))) {
      return { ok: false, reply: page(reply, <CodeEntryPage ctx={ctx} code={raw.slice(0, 20)} error={ft('fb.err.tooManyTries')} />, 429) };
    }
    const found = await usableCode(db, normalised, deps.now());
    if (!('refusal' in found) || found.refusal !== 'code_unknown') await releaseAttempt(db, tries.map((t) => t.key));
    if ('refusal' in found) return { ok: false, reply: page(reply, <CodeEntryPage ctx={ctx} code={raw.slice(0, 20)} error={ft(MESSAGE[found.refusal])} />, STATUS[found.refusal]) };
    const doctorName = await doctorNameOrThrow(db, found.code.doctor_id);
    return { ok: true, ctx, code: found.code, normalised, visit: { doctorName, date: found.code.visit_date } };
  }

  const bodyCode = (req: FastifyRequest) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    return typeof b.code === 'string' ? b.code.slice(0, 40) : '';
  };

  app.post('/feedback/code', async (req, reply) => {
    const r = await codeVisit(req, reply, bodyCode(req));
    if (!r.ok) return r.reply;
    return page(reply, <FeedbackFormPage ctx={r.ctx} visit={r.visit} action={`${r.ctx.prefix}/feedback/code/rate`} code={r.normalised} values={blankValues()} />);
  });

  app.post('/feedback/code/rate', async (req, reply) => {
    const r = await codeVisit(req, reply, bodyCode(req));
    if (!r.ok) return r.reply;
    const values: FeedbackValues = submittedValues(req.body);
    const parsed = parseFeedback(values, feedbackT(r.ctx.locale));
    const form = (errors: FieldError[], status: number) =>
      page(reply, <FeedbackFormPage ctx={r.ctx} visit={r.visit} action={`${r.ctx.prefix}/feedback/code/rate`} code={r.normalised} values={values} errors={errors} />, status);
    if (!parsed.ok) return form(parsed.errors, 422);
    try {
      await rateWithCode(db, r.normalised, { ...parsed.input, locale: r.ctx.locale }, deps.now());
    } catch (err) {
      if (err instanceof FeedbackRefused) return refusalPage(reply, r.ctx, err.code, r.visit);
      throw err;
    }
    deps.site.invalidate();
    return reply.redirect(`${r.ctx.prefix}/feedback/thanks${parsed.input.comment ? '?c=1' : ''}`, 303);
  });
}
