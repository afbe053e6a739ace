import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { hashToken } from '../personal-data/patient-crypto.js';
import { bookingRuntime } from '../messaging/runtime.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import { blankAsk, parseAsk, submittedAsk } from './questions.form.js';
import { questionText } from './questions.i18n.js';
import { answeringDoctor, findFollowUp, findQuestion, findQuestionByTokenHash, type Question } from './questions.repository.js';
import { canFollowUp, questionToken, submitQuestion } from './questions.service.js';
import { AskPage, QuestionPage, type FollowUpState } from './questions.views.js';
import type { BookingRuntime } from '../messaging/runtime.js';
import type { PageContext } from '../web/context.js';
import { honeypotFilled } from './spam.js';
import { detectUrgent } from './urgent.js';
import { parseFrom, sourceArticle } from '../insights/index.js';

const TOKEN_RE = /^[A-Za-z0-9_-]{22,64}$/;

function page(reply: FastifyReply, vnode: VNode, status = 200): FastifyReply {
  // Patients' questions are private: never cached, never indexed.
  return sendHtml(reply.header('x-robots-tag', 'noindex'), toHtml(vnode), status, false);
}

/** The public side: the form at /questions/ask and the private page /questions/r/<token>; mounted at '' and '/en'. */
export function questionRoutes(app: FastifyInstance, deps: Deps): void {
  const { db, config } = deps;
  const retentionDays = config.questions.contactRetentionDays;

  app.get('/questions/ask', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    return page(reply, <AskPage ctx={ctx} values={blankAsk()} errors={[]} urgent={false} retentionDays={retentionDays} from={parseFrom((req.query as Record<string, unknown>).from)} />);
  });

  app.post('/questions/ask', async (req, reply) => {
    const ctx = await pageContext(req, deps);
    const qt = questionText(ctx.locale);
    const values = submittedAsk(req.body);
    // Urgent words are looked for first: every page this request can lead to starts with the notice.
    const urgent = detectUrgent(values.body).urgent;
    const form = (status: number, extra: Partial<Parameters<typeof AskPage>[0]> = {}) =>
      page(reply, <AskPage ctx={ctx} values={values} errors={[]} urgent={urgent} retentionDays={retentionDays} from={parseFrom((req.body as Record<string, unknown> | undefined)?.from)} {...extra} />, status);
    if (honeypotFilled(values.website)) {
      // Looks like success to the bot, stores nothing (the link leads to the not-found page).
      req.log.info('question honeypot filled');
      return reply.redirect(`${ctx.prefix}/questions/r/${randomBytes(16).toString('base64url')}`, 303);
    }
    const parsed = parseAsk(values, qt, ctx.site.phone);
    if (!parsed.ok) return form(422, { errors: parsed.errors });
    const rt = await bookingRuntime(db, config);
    const r = await submitQuestion(db, rt, { ...parsed.input, locale: ctx.locale, ip: req.ip, sourceArticleId: await sourceArticle(db, (req.body as Record<string, unknown>).from) }, deps.now());
    switch (r.kind) {
      case 'stored':
        return reply.redirect(`${ctx.prefix}/questions/r/${r.token}`, 303);
      case 'duplicate':
        if (r.token) return reply.redirect(`${ctx.prefix}/questions/r/${r.token}?dup=1`, 303);
        return form(409, { problem: { text: qt('q.dup.other') } });
      case 'rate_limited':
        return form(429, { problem: { title: qt('q.limit.title'), text: qt('q.limit.body', { n: config.questions.ratePerHour, phone: ctx.site.phone }) } });
    }
  });

  async function byToken(token: string): Promise<Question> {
    const q = TOKEN_RE.test(token) ? await findQuestionByTokenHash(db, hashToken(token)) : undefined;
    if (!q || q.status === 'erased') throw notFound('question');
    return q;
  }

  /** The private page, with its follow-up part: the form (when it may be followed up), or a link to the follow-up. */
  async function privatePage(reply: FastifyReply, ctx: PageContext, rt: BookingRuntime, q: Question, token: string, opts: { duplicate?: boolean; form?: Omit<Extract<FollowUpState, { kind: 'form' }>, 'kind' | 'token' | 'retentionDays'>; status?: number } = {}) {
    const answered = q.status === 'answered' && q.answer_enc !== null;
    const doctor = answered ? await answeringDoctor(db, q) : undefined;
    const link = (other: Question) => `${ctx.prefix}/questions/r/${questionToken(rt, other)}`;
    let followUp: FollowUpState = { kind: 'none' };
    const asked = answered ? await findFollowUp(db, q.id) : undefined;
    if (asked && asked.status !== 'erased') followUp = { kind: 'asked', link: link(asked) };
    else if (canFollowUp(q)) followUp = { kind: 'form', token, values: opts.form?.values ?? blankAsk(), errors: opts.form?.errors ?? [], problem: opts.form?.problem, retentionDays };
    const original = q.follow_up_of !== null ? await findQuestion(db, q.follow_up_of) : undefined;
    // The link is the key to the answer: it must not leak through the Referer of a followed link.
    reply.header('referrer-policy', 'no-referrer');
    return page(
      reply,
      <QuestionPage
        ctx={ctx}
        question={q}
        body={rt.crypto.decrypt(q.body_enc)}
        answer={answered ? rt.crypto.decrypt(q.answer_enc!) : null}
        doctor={doctor}
        duplicate={opts.duplicate ?? false}
        followUp={followUp}
        originalLink={original && original.status !== 'erased' ? link(original) : undefined}
      />,
      opts.status,
    );
  }

  app.get<{ Params: { token: string } }>('/questions/r/:token', async (req, reply) => {
    const q = await byToken(req.params.token);
    const rt = await bookingRuntime(db, config);
    const ctx = await pageContext(req, deps);
    return privatePage(reply, ctx, rt, q, req.params.token, { duplicate: (req.query as Record<string, unknown>).dup === '1' });
  });

  // A follow-up question (issue 17): the same parsing, consent, honeypot, rate limit and duplicate
  // checks as the ask form; refused (409) once the answer has been followed up.
  app.post<{ Params: { token: string } }>('/questions/r/:token/follow-up', async (req, reply) => {
    const q = await byToken(req.params.token);
    const ctx = await pageContext(req, deps);
    const qt = questionText(ctx.locale);
    const rt = await bookingRuntime(db, config);
    const values = submittedAsk(req.body);
    if (honeypotFilled(values.website)) {
      req.log.info('follow-up honeypot filled');
      return reply.redirect(`${ctx.prefix}/questions/r/${randomBytes(16).toString('base64url')}`, 303);
    }
    const again = (status: number, form: Omit<Extract<FollowUpState, { kind: 'form' }>, 'kind' | 'token' | 'retentionDays'>) => privatePage(reply, ctx, rt, q, req.params.token, { form, status });
    if (!canFollowUp(q) || (await findFollowUp(db, q.id))) return privatePage(reply, ctx, rt, q, req.params.token, { status: 409 });
    // Age and sex come from the first question; the form does not ask them again.
    const parsed = parseAsk({ ...values, age_range: '', sex: '' }, qt, ctx.site.phone);
    if (!parsed.ok) return again(422, { values, errors: parsed.errors });
    const r = await submitQuestion(db, rt, { ...parsed.input, locale: ctx.locale, ip: req.ip, followUpOf: q }, deps.now());
    switch (r.kind) {
      case 'stored':
        return reply.redirect(`${ctx.prefix}/questions/r/${r.token}`, 303);
      case 'duplicate':
        if (r.token) return reply.redirect(`${ctx.prefix}/questions/r/${r.token}?dup=1`, 303);
        return again(409, { values, errors: [], problem: { text: qt('q.dup.other') } });
      case 'rate_limited':
        return again(429, { values, errors: [], problem: { title: qt('q.limit.title'), text: qt('q.limit.body', { n: config.questions.ratePerHour, phone: ctx.site.phone }) } });
      case 'already':
        return privatePage(reply, ctx, rt, q, req.params.token, { status: 409 });
    }
  });
}
