import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import { AppError } from '../http/errors.js';
import { pageContext, sendHtml, toHtml } from '../http/render.js';
import { renderStaff } from '../staff/render.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { redirectsAdminT } from './redirects.admin.i18n.js';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { listRedirects } from './redirects.repository.js';
import { exportCsv, importCsv, removeRedirect, RedirectRefused, resolve, saveStaffRedirect } from './redirects.service.js';
import { RedirectsPage } from './redirects.views.js';

/**
 * Called by the not-found handler for GET/HEAD: an old address of an imported page answers 301 to
 * its article once published, or a "this page has moved" 404 until then. Returns false otherwise.
 */
export async function answerOldAddress(req: FastifyRequest, reply: FastifyReply, deps: Deps): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.url.length > 600) return false;
  const r = await resolve(deps.db, req.url);
  if (!r) return false;
  if (r.kind === 'moved') {
    reply.header('cache-control', 'public, max-age=3600');
    await reply.redirect(r.location, 301);
    return true;
  }
  const ctx = await pageContext(req, deps, '/');
  sendHtml(reply, toHtml(<MovedPage ctx={ctx} />), 404, false);
  return true;
}

function MovedPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="此页面已迁移" description="这个页面的内容已迁移到新网站，正在审核整理中。" noindex>
      <div class="error-page">
        <h1>此页面已迁移</h1>
        <p>您访问的文章已搬到医院的新网站，正在经医学审核整理，审核通过后这个地址会自动转到新页面。</p>
        <p>
          <a class="button" href="/">
            返回首页
          </a>{' '}
          <a href="/search">搜索本站</a>
        </p>
      </div>
    </Layout>
  );
}

const one = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');

export function redirectStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const page = async (req: FastifyRequest, reply: FastifyReply, error?: string, status = 200, form: { old_path?: string; target?: string; csv?: string } = {}) => {
    const rows = await listRedirects(deps.db);
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, { title: redirectsAdminT(locale)('title'), error, status, body: (csrf) => <RedirectsPage rows={rows} csrf={csrf} form={form} locale={locale} /> });
  };

  app.get('/redirects', { config: { permission: 'article.publish' } }, (req, reply) => page(req, reply));

  app.get('/redirects.csv', { config: { permission: 'article.publish' } }, async (_req, reply) =>
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="redirects.csv"').send(await exportCsv(deps.db)),
  );

  app.post('/redirects', { config: { permission: 'article.publish' } }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const form = { old_path: one(body.old_path), target: one(body.target) };
    try {
      await deps.db.transaction().execute((trx) => saveStaffRedirect(trx, { oldPath: form.old_path, target: form.target }, actorOf(req), deps.now()));
    } catch (e) {
      if (e instanceof RedirectRefused) return page(req, reply, e.message, 422, form);
      throw e;
    }
    return reply.redirect('/staff/redirects?msg=saved', 303);
  });

  app.post<{ Params: { id: string } }>('/redirects/:id/delete', { config: { permission: 'article.publish' } }, async (req, reply) => {
    const id = /^\d{1,9}$/.test(req.params.id) ? Number(req.params.id) : NaN;
    if (!Number.isFinite(id)) throw new AppError(400, 'bad_id');
    const ok = await deps.db.transaction().execute((trx) => removeRedirect(trx, id, actorOf(req), deps.now()));
    if (!ok) throw new AppError(404, 'redirect');
    return reply.redirect('/staff/redirects?msg=saved', 303);
  });

  app.post('/redirects/import', { config: { permission: 'article.publish' } }, async (req, reply) => {
    const csv = one(((req.body ?? {}) as Record<string, unknown>).csv);
    const t = redirectsAdminT(staffLocale(req));
    if (!csv.trim()) return page(req, reply, t('err.csvEmpty'), 422);
    const r = await importCsv(deps.db, csv, actorOf(req), deps.now());
    if ('error' in r) return page(req, reply, t('err.csv', { error: r.error }), 422, { csv });
    return reply.redirect('/staff/redirects?msg=saved', 303);
  });
}
