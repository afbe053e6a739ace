import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { listDoctors } from '../doctors/index.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { inWriteTransaction, isUniqueViolation } from './booking.repository.js';
import {
  findQuestion,
  findServiceById,
  findServiceByKey,
  insertQuestion,
  insertService,
  listServiceRows,
  moveQuestion,
  moveService,
  questionRows,
  serviceDoctorIds,
  setQuestionRetired,
  setServiceActive,
  setServiceDoctors,
  updateQuestion,
  updateService,
} from './services.repository.js';
import { Flash, QuestionForm, QuestionList, ServiceForm, ServiceList } from './services.admin.views.js';
import { parseQuestionForm, parseServiceForm } from './services.service.js';
import { problemText, servicesT } from './services.admin.i18n.js';

// Services and their screening questions (issue 17 #1), for admins: create and edit a service and
// who offers it; add, edit, reorder and retire its questions; reorder and retire services. Nothing
// is deleted: sessions and bookings keep pointing at what they were made with.

const idOf = (v: string) => {
  if (!/^[1-9]\d{0,8}$/.test(v)) throw notFound();
  return Number(v);
};

const formValues = (body: unknown) =>
  Object.fromEntries(
    Object.entries((body && typeof body === 'object' ? body : {}) as Record<string, unknown>)
      .filter(([k, v]) => k !== '_csrf' && typeof v === 'string')
      .map(([k, v]) => [k, String(v).slice(0, 500)]),
  );

const dirOf = (body: unknown): 'up' | 'down' | null => {
  const d = (body as Record<string, unknown> | undefined)?.dir;
  return d === 'up' || d === 'down' ? d : null;
};

export function serviceAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'booking.services' as const } };

  const doctorChoices = async () => (await listDoctors(db)).map((d) => ({ id: d.id, name: d.name, title: d.title }));

  app.get('/services', cfg, async (req, reply) => {
    const [services, doctors] = await Promise.all([listServiceRows(db), serviceDoctorIds(db)]);
    const questions = new Map<number, number>();
    for (const s of services) questions.set(s.id, (await questionRows(db, s.id)).length);
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, {
      title: servicesT(locale)('list.title'),
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} locale={locale} />
          <ServiceList services={services} doctors={doctors} questions={questions} csrf={csrf} locale={locale} />
        </>
      ),
    });
  });

  const newPage = async (req: FastifyRequest, reply: FastifyReply, error?: string, values: Record<string, string> = {}, picked: number[] = []) => {
    const doctors = await doctorChoices();
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, {
      title: servicesT(locale)('new.title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => <ServiceForm values={values} doctors={doctors} offered={new Set(picked)} csrf={csrf} locale={locale} />,
    });
  };

  app.get('/services/new', cfg, async (req, reply) => newPage(req, reply));

  app.post('/services', cfg, async (req, reply) => {
    const doctors = await doctorChoices();
    const form = parseServiceForm(req.body, true, new Set(doctors.map((d) => d.id)));
    const values = formValues(req.body);
    const picked = [(req.body as Record<string, unknown> | undefined)?.doctor ?? []].flat().map(Number);
    const locale = staffLocale(req);
    if (!form.ok) return newPage(req, reply, problemText(form.problems, locale), values, picked);
    const f = form.value;
    if (await findServiceByKey(db, f.key)) return newPage(req, reply, servicesT(locale)('err.keyTaken'), values, picked);
    const now = deps.now();
    let id: number;
    try {
      id = await inWriteTransaction(db, async (trx) => {
        const sid = await insertService(trx, f.key, { name_zh: f.name_zh, name_en: f.name_en, duration_minutes: f.duration_minutes, price_note: f.price_note }, now);
        await setServiceDoctors(trx, sid, f.doctorIds);
        await audit(trx, actorOf(req), 'service.create', { type: 'service', id: sid }, now, { key: f.key, doctors: f.doctorIds });
        return sid;
      });
    } catch (err) {
      // Two admins created the same code at once: the unique index let one through.
      if (isUniqueViolation(err, 'key')) return newPage(req, reply, servicesT(locale)('err.keyTaken'), values, picked);
      throw err;
    }
    return reply.redirect(`/staff/services/${id}?msg=serviceCreated`, 303);
  });

  const servicePage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, error?: string, values: Record<string, string> = {}, questionValues: Record<string, string> = {}) => {
    const service = await findServiceById(db, idOf(req.params.id));
    if (!service) throw notFound('service');
    const [doctors, offered, questions] = await Promise.all([doctorChoices(), serviceDoctorIds(db), questionRows(db, service.id, true)]);
    const picked = Object.keys(values).length ? [(req.body as Record<string, unknown> | undefined)?.doctor ?? []].flat().map(Number) : (offered.get(service.id) ?? []);
    const locale = staffLocale(req);
    const t = servicesT(locale);
    return renderStaff(req, reply, deps, {
      // The <title> cannot mark a Chinese service name: English pages name the service by its code.
      title: `${locale === 'en' ? t('service.titleKey', { key: service.key }) : t('service.title', { name: service.name_zh })}${service.active ? '' : t('service.retiredMark')}`,
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <Flash code={(req.query as Record<string, unknown>).msg} locale={locale} />
          <p>
            <a href="/staff/services">{t('service.back')}</a>
          </p>
          <ServiceForm service={service} values={values} doctors={doctors} offered={new Set(picked)} csrf={csrf} locale={locale} />
          <QuestionList service={service} questions={questions} csrf={csrf} locale={locale} />
          <QuestionForm action={`/staff/services/${service.id}/questions`} values={questionValues} csrf={csrf} title={t('q.addTitle')} locale={locale} />
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/services/:id', cfg, async (req, reply) => servicePage(req, reply));

  app.post<{ Params: { id: string } }>('/services/:id', cfg, async (req, reply) => {
    const service = await findServiceById(db, idOf(req.params.id));
    if (!service) throw notFound('service');
    const doctors = await doctorChoices();
    const form = parseServiceForm(req.body, false, new Set(doctors.map((d) => d.id)));
    if (!form.ok) return servicePage(req, reply, problemText(form.problems, staffLocale(req)), formValues(req.body));
    const f = form.value;
    const now = deps.now();
    await inWriteTransaction(db, async (trx) => {
      await updateService(trx, service.id, { name_zh: f.name_zh, name_en: f.name_en, duration_minutes: f.duration_minutes, price_note: f.price_note }, now);
      await setServiceDoctors(trx, service.id, f.doctorIds);
      await audit(trx, actorOf(req), 'service.update', { type: 'service', id: service.id }, now, { key: service.key, doctors: f.doctorIds });
    });
    deps.site.invalidate();
    return reply.redirect(`/staff/services/${service.id}?msg=serviceSaved`, 303);
  });

  for (const [path, active] of [
    ['retire', false],
    ['restore', true],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/services/:id/${path}`, cfg, async (req, reply) => {
      const service = await findServiceById(db, idOf(req.params.id));
      if (!service) throw notFound('service');
      const now = deps.now();
      await inWriteTransaction(db, async (trx) => {
        if (await setServiceActive(trx, service.id, active, now)) await audit(trx, actorOf(req), `service.${path}`, { type: 'service', id: service.id }, now, { key: service.key });
      });
      // Session lists on public pages show a retired service's sessions as closed.
      deps.site.invalidate();
      return reply.redirect(`/staff/services?msg=${active ? 'serviceRestored' : 'serviceRetired'}`, 303);
    });
  }

  app.post<{ Params: { id: string } }>('/services/:id/move', cfg, async (req, reply) => {
    const service = await findServiceById(db, idOf(req.params.id));
    if (!service) throw notFound('service');
    const dir = dirOf(req.body);
    if (dir) {
      const now = deps.now();
      await inWriteTransaction(db, async (trx) => {
        if (await moveService(trx, service.id, dir)) await audit(trx, actorOf(req), 'service.reorder', { type: 'service', id: service.id }, now, { dir });
      });
    }
    return reply.redirect('/staff/services?msg=moved', 303);
  });

  app.post<{ Params: { id: string } }>('/services/:id/questions', cfg, async (req, reply) => {
    const service = await findServiceById(db, idOf(req.params.id));
    if (!service) throw notFound('service');
    const form = parseQuestionForm(req.body);
    if (!form.ok) return servicePage(req, reply, problemText(form.problems, staffLocale(req)), {}, formValues(req.body));
    const now = deps.now();
    // A key of its own: the form field's name and what answers are stored under, never reused.
    const qkey = `q${randomBytes(5).toString('hex')}`;
    await inWriteTransaction(db, async (trx) => {
      const id = await insertQuestion(trx, service.id, qkey, form.value, now);
      await audit(trx, actorOf(req), 'service.question_add', { type: 'screening_question', id }, now, { service: service.key, kind: form.value.kind });
    });
    return reply.redirect(`/staff/services/${service.id}?msg=questionAdded#questions-title`, 303);
  });

  const questionPage = async (req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, error?: string, values: Record<string, string> = {}) => {
    const question = await findQuestion(db, idOf(req.params.id));
    if (!question) throw notFound('question');
    const service = (await findServiceById(db, question.service_id))!;
    const locale = staffLocale(req);
    const t = servicesT(locale);
    const en = locale === 'en';
    return renderStaff(req, reply, deps, {
      // The <title> cannot mark a Chinese service name: English pages name the service by its code.
      title: en ? t('q.editTitleKey', { key: service.key }) : t('q.editTitle', { name: service.name_zh }),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <p>
            <a href={`/staff/services/${service.id}`}>{en ? t('q.backKey') : t('q.back', { name: service.name_zh })}</a>
          </p>
          <p class="hint">
            {t('q.editHint')}
            {question.retired ? t('q.isRetired') : ''}
          </p>
          <QuestionForm action={`/staff/services/questions/${question.id}`} question={question} values={values} csrf={csrf} title={t('q.contentTitle')} locale={locale} />
        </>
      ),
    });
  };

  app.get<{ Params: { id: string } }>('/services/questions/:id', cfg, async (req, reply) => questionPage(req, reply));

  app.post<{ Params: { id: string } }>('/services/questions/:id', cfg, async (req, reply) => {
    const question = await findQuestion(db, idOf(req.params.id));
    if (!question) throw notFound('question');
    const form = parseQuestionForm(req.body);
    if (!form.ok) return questionPage(req, reply, problemText(form.problems, staffLocale(req)), formValues(req.body));
    const now = deps.now();
    await inWriteTransaction(db, async (trx) => {
      await updateQuestion(trx, question.id, form.value, now);
      // The old wording goes to the audit log: what patients were asked is traceable without the bookings.
      await audit(trx, actorOf(req), 'service.question_update', { type: 'screening_question', id: question.id }, now, { before: question.text_zh, after: form.value.text_zh });
    });
    return reply.redirect(`/staff/services/${question.service_id}?msg=questionSaved#questions-title`, 303);
  });

  for (const [path, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.post<{ Params: { id: string } }>(`/services/questions/:id/${path}`, cfg, async (req, reply) => {
      const question = await findQuestion(db, idOf(req.params.id));
      if (!question) throw notFound('question');
      const now = deps.now();
      await inWriteTransaction(db, async (trx) => {
        if (await setQuestionRetired(trx, question.id, retired, now)) await audit(trx, actorOf(req), `service.question_${path}`, { type: 'screening_question', id: question.id }, now, {});
      });
      return reply.redirect(`/staff/services/${question.service_id}?msg=${retired ? 'questionRetired' : 'questionRestored'}#questions-title`, 303);
    });
  }

  app.post<{ Params: { id: string } }>('/services/questions/:id/move', cfg, async (req, reply) => {
    const question = await findQuestion(db, idOf(req.params.id));
    if (!question) throw notFound('question');
    const dir = dirOf(req.body);
    if (dir) {
      const now = deps.now();
      await inWriteTransaction(db, async (trx) => {
        if (await moveQuestion(trx, question.service_id, question.id, dir)) await audit(trx, actorOf(req), 'service.question_reorder', { type: 'screening_question', id: question.id }, now, { dir });
      });
    }
    return reply.redirect(`/staff/services/${question.service_id}?msg=moved#questions-title`, 303);
  });
}
