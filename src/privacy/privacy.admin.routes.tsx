import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clinicClock } from '../booking/index.js';
import { bookingRuntime } from '../messaging/runtime.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { privacyAdminT } from './privacy.admin.i18n.js';
import { formatDate, type Locale } from '../web/i18n.js';
import { listRequests } from './privacy.repository.js';
import { completeErasure, ErasureRefused } from './privacy.service.js';
import { RequestsTable, summaryText } from './privacy.admin.views.js';



/** /staff/privacy: patients' erasure requests, completed by an administrator in one transaction. */
export function privacyStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'privacy.requests' as const } };
  const atIn = (locale: Locale) => (iso: string) => `${formatDate(iso, locale, deps.config.clinicTimeZone)} ${clinicClock(iso, deps.config.clinicTimeZone)}`;

  const list = async (req: FastifyRequest, reply: FastifyReply, error?: string, status = 200) => {
    const rt = await bookingRuntime(db, deps.config);
    const rows = await listRequests(db);
    // The list shows masked numbers of pending requests: a view of patient data, so it is recorded.
    await audit(db, actorOf(req), 'privacy.list', { type: 'privacy_request', id: '-' }, deps.now(), { pending: rows.filter((r) => r.status === 'pending').length });
    const msg = (req.query as Record<string, unknown>).msg;
    const locale = staffLocale(req);
    const t = privacyAdminT(locale);
    const done = msg === 'erased' ? t('erased') : undefined;
    const summary = typeof (req.query as Record<string, unknown>).summary === 'string' ? String((req.query as Record<string, unknown>).summary) : '';
    return renderStaff(req, reply, deps, {
      title: t('title'),
      error,
      status,
      body: (csrf) => (
        <>
          {done && !error ? (
            <p class="flash ok" role="status">
              {done}
              {summary ? ` ${summaryText(summary, locale)}` : ''}
            </p>
          ) : null}
          <p>
            {t('intro')}
          </p>
          <RequestsTable rows={rows} crypto={rt.crypto} csrf={csrf} at={atIn(locale)} locale={locale} />
        </>
      ),
    });
  };

  app.get('/privacy', cfg, async (req, reply) => list(req, reply));

  app.post<{ Params: { id: string } }>('/privacy/:id/complete', cfg, async (req, reply) => {
    if (!/^[1-9]\d{0,9}$/.test(req.params.id)) throw notFound('privacy_request');
    if ((req.body as Record<string, unknown> | undefined)?.confirm !== '1') return list(req, reply, privacyAdminT(staffLocale(req))('err.confirm'), 422);
    try {
      const summary = await completeErasure(db, await bookingRuntime(db, deps.config), Number(req.params.id), actorOf(req), deps.now());
      return reply.redirect(`/staff/privacy?msg=erased&summary=${encodeURIComponent(JSON.stringify(summary))}`, 303);
    } catch (err) {
      if (!(err instanceof ErasureRefused)) throw err;
      return list(req, reply, privacyAdminT(staffLocale(req))('err.gone'), 409);
    }
  });
}
