import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bookingRuntime } from '../messaging/runtime.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import type { Locale } from '../web/i18n.js';
import { qaAdminT } from './qa.admin.i18n.js';
import { truncate } from '../web/text.js';
import { ANSWERED, doctorNames, findPublication, findQuestion, listQaQueue } from './qa.repository.js';
import { redactionsOf } from './redaction.repository.js';
import { draftHash, parseDraft, publishQa, QA_FIELDS, QaRefused, redactQaDraft, reviewDraft, saveQaDraft, withdrawQa, type FieldProblem, type QaDraft } from './qa.service.js';
import { PrepareForm, QaQueueTable, WithdrawForm } from './qa.admin.views.js';
import { doctorName } from '../doctors/index.js';
import { categoryName, categoryOptions } from '../content/index.js';

const idOf = (v: string) => {
  if (!/^[1-9]\d{0,9}$/.test(v)) throw notFound('question');
  return Number(v);
};

/** A first title: the question's first sentence, short; the editor rewrites it anyway. */
function suggestedTitle(body: string): string {
  const first = body.split(/[。！？!?\n]/).find((s) => s.trim()) ?? body;
  return truncate(first.trim(), 30);
}

/**
 * The editor's side of the public Q&A: the queue, the prepare form (prefilled from the decrypted
 * question and answer, with personal details marked), save, publish and withdraw. Questions
 * without the patient's publication consent are not offered and are refused when addressed.
 */
export function qaStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'question.publish' as const } };
  const tz = deps.config.clinicTimeZone;

  app.get('/qa', cfg, async (req, reply) => {
    const rows = await listQaQueue(db);
    const locale = staffLocale(req);
    const t = qaAdminT(locale);
    return renderStaff(req, reply, deps, {
      title: t('queue.title'),
      body: () => (
        <>
          <p class="help">{t('queue.help')}</p>
          <QaQueueTable rows={rows} tz={tz} locale={locale} />
        </>
      ),
    });
  });

  /** The question, refused unless it may be prepared (consent given, answered); a live one without consent may only be withdrawn. */
  async function loadQuestion(id: number) {
    const q = await findQuestion(db, id);
    if (!q || q.status === 'erased') throw notFound('question');
    const pub = await findPublication(db, id);
    return { q, pub };
  }

  async function page(req: FastifyRequest, reply: FastifyReply, id: number, given?: { draft: QaDraft; problems: FieldProblem[]; reasons: string[]; status: number }) {
    const { q, pub } = await loadQuestion(id);
    const locale = staffLocale(req);
    const t = qaAdminT(locale);
    if (q.consent_publish !== 1) {
      if (pub?.status !== 'published') throw new AppError(409, 'qa_no_consent');
      // Consent withdrawn while the page is live: nothing to prepare, only to take down.
      return renderStaff(req, reply, deps, {
        title: t('page.title', { id }),
        status: given?.status ?? 409,
        error: t('page.noConsent'),
        body: (csrf) => <WithdrawForm questionId={id} csrf={csrf} locale={locale} />,
      });
    }
    if (!(ANSWERED as readonly string[]).includes(q.status) || !q.answer_enc) throw new AppError(409, 'qa_not_answered');
    const [categories, allowNames, doctor, category] = await Promise.all([
      categoryOptions(db),
      doctorNames(db),
      doctorName(db, pub?.doctor_id ?? q.answerer_doctor_id ?? q.assigned_doctor_id ?? 0),
      q.category_id === null ? undefined : categoryName(db, q.category_id),
    ]);
    let draft = given?.draft;
    if (!draft && pub) draft = { title: pub.title, question_public: pub.question_public, answer_public: pub.answer_public, category_id: pub.category_id };
    if (draft && !given && pub?.answer_changed_at) {
      // The doctor corrected the answer after this version was written: the corrected answer is
      // offered in place of the old one (the editor de-identifies it again; publish checks it).
      const rt = await bookingRuntime(db, deps.config);
      draft = { ...draft, answer_public: rt.crypto.decrypt(q.answer_enc) };
      await audit(db, actorOf(req), 'qa.view', { type: 'question', id }, deps.now(), { answerChanged: true });
    }
    if (!draft) {
      // Only a first visit shows the patient's words (decrypted), so only that is audited as a view of patient data.
      const rt = await bookingRuntime(db, deps.config);
      const body = rt.crypto.decrypt(q.body_enc);
      draft = { title: suggestedTitle(body), question_public: body, answer_public: rt.crypto.decrypt(q.answer_enc), category_id: q.category_id };
      await audit(db, actorOf(req), 'qa.view', { type: 'question', id }, deps.now(), {});
    }
    const model = {
      questionId: id,
      draft,
      review: reviewDraft(draft, allowNames),
      problems: given?.problems ?? [],
      reasons: given?.reasons ?? [],
      status: pub?.status ?? ('none' as const),
      answerChangedAt: pub?.answer_changed_at ?? null,
      hash: draftHash(draft),
      redacted: pub ? (await redactionsOf(db, 'qa', id)).length : 0,
      slug: pub?.slug ?? null,
      facts: { createdAt: q.created_at, answeredAt: q.answered_at, doctor: doctor ?? null, category: category ?? null },
      categories,
      tz,
      locale,
    };
    return renderStaff(req, reply, deps, {
      title: t('page.title', { id }),
      status: given?.status ?? 200,
      body: (csrf) => <PrepareForm m={model} csrf={csrf} />,
    });
  }

  /**
   * A refusal's reasons in the staff member's language: the Chinese ones are the service's own (they
   * quote the text); in another language one line per refusal, the details being listed on the form.
   */
  const reasonsOf = (e: QaRefused, locale: Locale): string[] => {
    if (locale === 'zh-CN') return e.reasons;
    const key = `refused.${e.code}` as Parameters<ReturnType<typeof qaAdminT>>[0];
    const known = ['qa_live', 'qa_no_draft', 'qa_invalid', 'qa_pii', 'qa_compliance', 'qa_redact_stale', 'qa_redact_phrases', 'qa_redact_missing', 'qa_redact_nothing'];
    return known.includes(e.code) ? [qaAdminT(locale)(key)] : e.reasons;
  };

  /** Refusals about the question itself become the error page; those about the text re-show the form. */
  const formOrThrow = (err: unknown) => {
    if (!(err instanceof QaRefused) || err.code === 'qa_no_consent' || err.code === 'qa_not_answered' || err.code === 'qa_question') throw err;
    return err;
  };

  app.get<{ Params: { questionId: string } }>('/qa/:questionId', cfg, async (req, reply) => page(req, reply, idOf(req.params.questionId)));

  app.post<{ Params: { questionId: string } }>('/qa/:questionId', cfg, async (req, reply) => {
    const id = idOf(req.params.questionId);
    await loadQuestion(id);
    const { draft, problems } = parseDraft(req.body);
    if (problems.length) return page(req, reply, id, { draft, problems, reasons: [], status: 422 });
    try {
      await db.transaction().execute((trx) => saveQaDraft(trx, id, draft, actorOf(req), deps.now()));
    } catch (err) {
      const e = formOrThrow(err);
      return page(req, reply, id, { draft, problems: [], reasons: reasonsOf(e, staffLocale(req)), status: e.status });
    }
    return reply.redirect(`/staff/qa/${id}?msg=saved`, 303);
  });

  app.post<{ Params: { questionId: string } }>('/qa/:questionId/publish', cfg, async (req, reply) => {
    const id = idOf(req.params.questionId);
    await loadQuestion(id);
    // With the form's fields: save and publish them together; without: publish the saved draft.
    const posted = typeof (req.body as Record<string, unknown> | undefined)?.title === 'string';
    const parsed = posted ? parseDraft(req.body) : undefined;
    if (parsed?.problems.length) return page(req, reply, id, { draft: parsed.draft, problems: parsed.problems, reasons: [], status: 422 });
    try {
      await db.transaction().execute((trx) => publishQa(trx, id, parsed?.draft, actorOf(req), deps.now()));
    } catch (err) {
      const e = formOrThrow(err);
      return page(req, reply, id, { draft: parsed?.draft ?? (await savedDraft(id)), problems: [], reasons: reasonsOf(e, staffLocale(req)), status: e.status });
    }
    deps.site.invalidate();
    return reply.redirect(`/staff/qa/${id}?msg=published`, 303);
  });

  async function savedDraft(id: number): Promise<QaDraft> {
    const pub = await findPublication(db, id);
    if (!pub) throw new AppError(409, 'qa_no_draft');
    return { title: pub.title, question_public: pub.question_public, answer_public: pub.answer_public, category_id: pub.category_id };
  }

  app.post<{ Params: { questionId: string } }>('/qa/:questionId/redact', cfg, async (req, reply) => {
    const id = idOf(req.params.questionId);
    await loadQuestion(id);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const spans = ([b.span].flat().filter((v) => typeof v === 'string') as string[]).slice(0, 200);
    const phrases = Object.fromEntries(QA_FIELDS.map((f) => [f, b[`phrases_${f}`]]));
    const rt = await bookingRuntime(db, deps.config);
    try {
      await db.transaction().execute((trx) => redactQaDraft(trx, rt.crypto, deps.config, id, { spans, phrases, hash: typeof b.hash === 'string' ? b.hash : '' }, actorOf(req), deps.now()));
    } catch (err) {
      const e = formOrThrow(err);
      return page(req, reply, id, { draft: await savedDraft(id).catch(() => parseDraft(req.body).draft), problems: [], reasons: reasonsOf(e, staffLocale(req)), status: e.status });
    }
    return reply.redirect(`/staff/qa/${id}?msg=saved`, 303);
  });

  app.post<{ Params: { questionId: string } }>('/qa/:questionId/withdraw', cfg, async (req, reply) => {
    const id = idOf(req.params.questionId);
    await loadQuestion(id);
    const done = await db.transaction().execute((trx) => withdrawQa(trx, id, actorOf(req), deps.now()));
    if (!done) throw new AppError(409, 'qa_not_published');
    deps.site.invalidate();
    return reply.redirect(`/staff/qa/${id}?msg=unpublished`, 303);
  });
}
