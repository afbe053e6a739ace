import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bookingRuntime } from '../messaging/runtime.js';
import type { Finding } from '../compliance/index.js';
import type { Deps } from '../http/deps.js';
import { AppError, notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { actorOf, requireStaff, staffLocale } from '../staff/staff.plugin.js';
import { contentLang } from '../web/i18n.js';
import { questionsAdminT } from './questions.admin.i18n.js';
import { answerVersions, findFollowUp, findQuestion, INBOX_STATUSES, listForDoctor, listInbox, PRIORITIES, type Question } from './questions.repository.js';
import { amendAnswer, ANSWER_MAX, answerQuestion, CLOSE_REASONS, closeQuestion, triageQuestion } from './questions.service.js';
import { AmendForm, AnswerForm, AnswerVersions, closeLabel, CloseForm, FollowUpContext, QuestionFacts, QuestionTable, statusLabel, TriageForm, type VersionRow } from './questions.admin.views.js';
import type { CloseReason, QuestionPriority, QuestionStatus } from './questions.tables.js';
import { activeDoctorOptions, doctorName } from '../doctors/index.js';
import { categoryName, categoryOptions } from '../content/index.js';

const ID_RE = /^[1-9]\d{0,9}$/;
const idOf = (v: string) => {
  if (!ID_RE.test(v)) throw notFound('question');
  return Number(v);
};

/**
 * The back office of questions: the inbox (triage: category, priority, doctor) and each doctor's
 * own questions with the answer form. Opening a question shows patient data, so it is audited.
 */
export function questionStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const triage = { config: { permission: 'question.triage' as const } };
  const answer = { config: { permission: 'question.answer' as const } };
  const tz = deps.config.clinicTimeZone;

  const options = async () => ({
    categories: await categoryOptions(db),
    doctors: await activeDoctorOptions(db),
  });

  /**
   * Decrypts the question for display and records that this staff member saw it — with the earlier
   * versions of an amended answer and, for a follow-up, the question and answer it follows.
   */
  async function viewed(req: FastifyRequest, q: Question) {
    const rt = await bookingRuntime(db, deps.config);
    await audit(db, actorOf(req), 'question.view', { type: 'question', id: q.id }, deps.now(), { status: q.status });
    const versions: VersionRow[] = (await answerVersions(db, q.id)).map((v) => ({ version: v.version, text: rt.crypto.decrypt(v.answer_enc), answeredAt: v.answered_at, replacedAt: v.replaced_at, author: v.author }));
    const original = q.follow_up_of !== null ? await findQuestion(db, q.follow_up_of) : undefined;
    const followedUp = original ? { id: original.id, body: rt.crypto.decrypt(original.body_enc), answer: original.answer_enc ? rt.crypto.decrypt(original.answer_enc) : null } : undefined;
    const followUp = await findFollowUp(db, q.id);
    return { body: rt.crypto.decrypt(q.body_enc), answer: q.answer_enc ? rt.crypto.decrypt(q.answer_enc) : null, versions, followedUp, followUpId: followUp?.id };
  }

  const nameOf = async (table: 'doctor' | 'category', id: number | null) =>
    id === null ? undefined : table === 'doctor' ? doctorName(db, id) : categoryName(db, id);

  app.get('/questions', triage, async (req, reply) => {
    const raw = (req.query as Record<string, unknown>).status;
    const status = typeof raw === 'string' && (INBOX_STATUSES as string[]).includes(raw) ? (raw as QuestionStatus) : undefined;
    const rows = await listInbox(db, status);
    const locale = staffLocale(req);
    const t = questionsAdminT(locale);
    return renderStaff(req, reply, deps, {
      title: t('inbox.title'),
      body: () => (
        <>
          <h1>{t('inbox.title')}</h1>
          <form method="get" action="/staff/questions" class="inline-form">
            <label for="f-status">{t('inbox.status')}</label>
            <select id="f-status" name="status">
              <option value="">{t('inbox.all')}</option>
              {INBOX_STATUSES.map((s) => (
                <option value={s} selected={status === s}>
                  {statusLabel(locale, s)}
                </option>
              ))}
            </select>
            <button type="submit" class="button secondary">
              {t('inbox.filter')}
            </button>
          </form>
          <p class="hint">{t('inbox.hint')}</p>
          <QuestionTable rows={rows} base="/staff/questions" tz={tz} locale={locale} />
        </>
      ),
    });
  });

  const triagePage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, error?: string) => {
    const q = await findQuestion(db, idOf(req.params.id));
    if (!q || q.status === 'erased') throw notFound('question');
    const { body, answer: text, versions, followedUp, followUpId } = await viewed(req, q);
    const [opts, doctorName, categoryName] = await Promise.all([options(), nameOf('doctor', q.assigned_doctor_id), nameOf('category', q.category_id)]);
    const locale = staffLocale(req);
    const t = questionsAdminT(locale);
    return renderStaff(req, reply, deps, {
      title: t('question.title', { id: q.id }),
      status: error ? 422 : 200,
      error,
      body: (csrf) => (
        <>
          <h1>{t('question.title', { id: q.id })}</h1>
          {followedUp ? <FollowUpContext originalId={followedUp.id} body={followedUp.body} answer={followedUp.answer} base="/staff/questions" locale={locale} /> : null}
          <QuestionFacts q={q} body={body} tz={tz} doctorName={doctorName} categoryName={categoryName} locale={locale} />
          {text !== null ? (
            <>
              <h2>{t('question.answer', { amended: q.answer_amended_at ? t('question.amended', { n: q.answer_version }) : '' })}</h2>
              <blockquote class="question-text" lang={contentLang(locale)}>
                {text}
              </blockquote>
            </>
          ) : null}
          <AnswerVersions rows={versions} tz={tz} locale={locale} />
          {followUpId ? (
            <p>
              {t('question.followedUp')}
              <a href={`/staff/questions/${followUpId}`}>{t('question.title', { id: followUpId })}</a>
            </p>
          ) : null}
          {q.status === 'closed' && q.close_reason ? <p class="notice">{t('question.closed', { reason: closeLabel(locale, q.close_reason) })}</p> : null}
          {q.status === 'new' || q.status === 'triaged' ? (
            <>
              <TriageForm q={q} csrf={csrf} categories={opts.categories} doctors={opts.doctors} locale={locale} />
              <CloseForm q={q} csrf={csrf} locale={locale} />
            </>
          ) : null}
          <p>
            <a href="/staff/questions">{t('question.back')}</a>
          </p>
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/questions/:id', triage, async (req, reply) => triagePage(req, reply));

  app.post<{ Params: { id: string } }>('/questions/:id/triage', triage, async (req, reply) => {
    const id = idOf(req.params.id);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
    const { categories, doctors } = await options();
    const categoryId = str('category_id') === '' ? null : categories.find((c) => String(c.id) === str('category_id'))?.id;
    const doctorId = doctors.find((d) => String(d.id) === str('doctor_id'))?.id;
    const priority = (PRIORITIES as string[]).includes(str('priority')) ? (str('priority') as QuestionPriority) : undefined;
    if (categoryId === undefined || doctorId === undefined || !priority) {
      const t = questionsAdminT(staffLocale(req));
      return triagePage(req, reply, !doctorId ? t('err.doctor') : !priority ? t('err.priority') : t('err.category'));
    }
    if (!(await triageQuestion(db, id, { categoryId, priority, doctorId }, actorOf(req), deps.now()))) throw notFound('question');
    return reply.redirect(`/staff/questions/${id}?msg=saved`, 303);
  });

  app.post<{ Params: { id: string } }>('/questions/:id/close', triage, async (req, reply) => {
    const id = idOf(req.params.id);
    const reason = ((req.body ?? {}) as Record<string, unknown>).reason;
    if (typeof reason !== 'string' || !(CLOSE_REASONS as string[]).includes(reason)) return triagePage(req, reply, questionsAdminT(staffLocale(req))('err.closeReason'));
    const rt = await bookingRuntime(db, deps.config);
    if (!(await closeQuestion(db, rt, id, reason as CloseReason, actorOf(req), deps.now()))) {
      const q = await findQuestion(db, id);
      if (!q || q.status === 'erased') throw notFound('question');
      throw new AppError(409, 'question_not_open');
    }
    return reply.redirect(`/staff/questions/${id}?msg=saved`, 303);
  });

  app.get('/my-questions', answer, async (req, reply) => {
    const me = requireStaff(req);
    const rows = me.doctorId ? await listForDoctor(db, me.doctorId) : [];
    const locale = staffLocale(req);
    const t = questionsAdminT(locale);
    return renderStaff(req, reply, deps, {
      title: t('mine.title'),
      body: () => (
        <>
          <h1>{t('mine.title')}</h1>
          {me.doctorId ? <QuestionTable rows={rows} base="/staff/my-questions" tz={tz} locale={locale} /> : <p>{t('mine.noDoctor')}</p>}
        </>
      ),
    });
  });

  /** A question assigned to the signed-in doctor; any other is "not found", not "forbidden". */
  async function mine(req: FastifyRequest<{ Params: { id: string } }>): Promise<{ q: Question; doctorId: number }> {
    const me = requireStaff(req);
    const q = await findQuestion(db, idOf(req.params.id));
    if (!q || !me.doctorId || q.assigned_doctor_id !== me.doctorId || (q.status !== 'triaged' && q.status !== 'answered')) throw notFound('question');
    return { q, doctorId: me.doctorId };
  }

  const answerPage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, draft?: { value: string; findings: Finding[]; error?: string; status?: number }) => {
    const { q } = await mine(req);
    const { body, answer: text, versions, followedUp } = await viewed(req, q);
    const locale = staffLocale(req);
    const t = questionsAdminT(locale);
    return renderStaff(req, reply, deps, {
      title: t('question.title', { id: q.id }),
      status: draft ? (draft.status ?? 422) : 200,
      body: (csrf) => (
        <>
          <h1>{t('question.title', { id: q.id })}</h1>
          {followedUp ? <FollowUpContext originalId={followedUp.id} body={followedUp.body} answer={followedUp.answer} base="/staff/my-questions" locale={locale} /> : null}
          <QuestionFacts q={q} body={body} tz={tz} locale={locale} />
          {q.status === 'answered' ? (
            <>
              <h2>{t('question.yourAnswer', { amended: q.answer_amended_at ? t('question.amended', { n: q.answer_version }) : '' })}</h2>
              <blockquote class="question-text" lang={contentLang(locale)}>
                {text}
              </blockquote>
              <AmendForm q={q} csrf={csrf} value={draft?.value ?? text ?? ''} findings={draft?.findings ?? []} error={draft?.error} locale={locale} />
              <AnswerVersions rows={versions} tz={tz} locale={locale} />
            </>
          ) : (
            <AnswerForm q={q} csrf={csrf} value={draft?.value ?? ''} findings={draft?.findings ?? []} error={draft?.error} locale={locale} />
          )}
          <p>
            <a href="/staff/my-questions">{t('question.back')}</a>
          </p>
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/my-questions/:id', answer, async (req, reply) => answerPage(req, reply));

  app.post<{ Params: { id: string } }>('/my-questions/:id/answer', answer, async (req, reply) => {
    const { q, doctorId } = await mine(req);
    const raw = (req.body as Record<string, unknown> | undefined)?.answer;
    const value = typeof raw === 'string' ? raw.replace(/\r\n/g, '\n').trim() : '';
    if (!value || [...value].length > ANSWER_MAX) return answerPage(req, reply, { value: value.slice(0, ANSWER_MAX + 100), findings: [], error: questionsAdminT(staffLocale(req))('err.answerLength', { max: ANSWER_MAX }) });
    const rt = await bookingRuntime(db, deps.config);
    const r = await answerQuestion(db, rt, q.id, doctorId, value, actorOf(req), deps.now());
    if (!r.ok && r.reason === 'findings') return answerPage(req, reply, { value, findings: r.findings });
    if (!r.ok) throw notFound('question');
    return reply.redirect(`/staff/my-questions/${q.id}?msg=saved`, 303);
  });

  app.post<{ Params: { id: string } }>('/my-questions/:id/amend', answer, async (req, reply) => {
    const { q, doctorId } = await mine(req);
    const b = (req.body ?? {}) as Record<string, unknown>;
    const value = typeof b.answer === 'string' ? b.answer.replace(/\r\n/g, '\n').trim() : '';
    const version = typeof b.version === 'string' && /^[1-9]\d{0,5}$/.test(b.version) ? Number(b.version) : 0;
    if (q.status !== 'answered') throw notFound('question');
    if (!value || [...value].length > ANSWER_MAX) return answerPage(req, reply, { value: value.slice(0, ANSWER_MAX + 100), findings: [], error: questionsAdminT(staffLocale(req))('err.answerLength', { max: ANSWER_MAX }) });
    const rt = await bookingRuntime(db, deps.config);
    const r = await amendAnswer(db, rt, q.id, doctorId, value, version, actorOf(req), deps.now());
    if (r.ok) {
      deps.site.invalidate();
      return reply.redirect(`/staff/my-questions/${q.id}?msg=saved`, 303);
    }
    if (r.reason === 'findings') return answerPage(req, reply, { value, findings: r.findings });
    if (r.reason === 'unchanged') return answerPage(req, reply, { value, findings: [], error: questionsAdminT(staffLocale(req))('err.unchanged') });
    if (r.reason === 'stale') return answerPage(req, reply, { value, findings: [], error: questionsAdminT(staffLocale(req))('err.stale'), status: 409 });
    throw notFound('question');
  });
}
