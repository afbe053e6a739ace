import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import { badRequest, notFound } from '../http/errors.js';
import { parsePage } from '../http/params.js';
import { contentLang, formatDate, type Locale } from '../web/i18n.js';
import { mediaAdminT } from './media.admin.i18n.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff, staffLocale } from '../staff/staff.plugin.js';
import { countMedia, findMedia, listMedia, type Media } from './media.repository.js';
import { uploadOf, uploadScope } from './upload-scope.js';
import {
  ALT_REQUIRED_MESSAGE,
  ALT_TOO_LONG_MESSAGE,
  altTooLong,
  changeAlt,
  FORMAT_LABELS,
  markdownSnippet,
  MAX_ALT_LENGTH,
  MEDIA_LIMITS,
  MediaRejected,
  mediaUrl,
  sanitizeAlt,
  storeUpload,
  THUMB_WIDTH,
  tooLarge,
  type Variant,
} from './media.service.js';

const PAGE_SIZE = 30;

const altTooLongMessage = (locale: Locale) => mediaAdminT(locale)('err.altLong', { n: MAX_ALT_LENGTH });

function Library({ csrf, items, page, pages, total, timeZone, locale }: { csrf: string; items: Media[]; page: number; pages: number; total: number; timeZone: string; locale: Locale }) {
  const t = mediaAdminT(locale);
  return (
    <>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t('upload.h')}</h2>
        <form method="post" action="/staff/media" enctype="multipart/form-data" class="staff-form narrow">
          <Csrf token={csrf} />
          <label for="file">{t('upload.file')}</label>
          <p class="help" id="file-help">
            {t('upload.help', { mb: Math.round(MEDIA_LIMITS.maxBytes / 1024 / 1024), mp: Math.round(MEDIA_LIMITS.maxPixels / 10_000), mpx: Math.round(MEDIA_LIMITS.maxPixels / 1_000_000) })}
          </p>
          <input id="file" name="file" type="file" accept="image/jpeg,image/png,image/webp" required aria-describedby="file-help" />
          <label for="upload-alt">{t('upload.alt')}</label>
          <input id="upload-alt" name="alt" type="text" maxLength={MAX_ALT_LENGTH} />
          <button type="submit">{t('upload.submit')}</button>
        </form>
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">{t('library.h', { n: total })}</h2>
        <p class="help">{t('library.help')}</p>
        {items.length ? (
          <div class="table-scroll">
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.image')}</th>
                  <th scope="col">{t('col.info')}</th>
                  <th scope="col">{t('col.alt')}</th>
                  <th scope="col">{t('col.use')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <MediaRow m={m} csrf={csrf} page={page} timeZone={timeZone} locale={locale} />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="hint">{t('none')}</p>
        )}
        {pages > 1 ? (
          <nav aria-label={t('pager')} class="button-row">
            {page > 1 ? <a href={`/staff/media?page=${page - 1}`}>{t('prev')}</a> : null}
            <span>
              {t('page', { page, pages })}
            </span>
            {page < pages ? <a href={`/staff/media?page=${page + 1}`}>{t('next')}</a> : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

function MediaRow({ m, csrf, page, timeZone, locale }: { m: Media; csrf: string; page: number; timeZone: string; locale: Locale }) {
  const t = mediaAdminT(locale);
  const lang = contentLang(locale);
  const variants = JSON.parse(m.variants_json) as Variant[];
  const thumb = variants.find((v) => v.file === `${m.file_key}-${THUMB_WIDTH}.webp`);
  const missing = !m.alt.trim();
  return (
    <tr id={`media-${m.id}`}>
      <td>
        <img src={mediaUrl(m.file_key, THUMB_WIDTH)} alt={m.alt} lang={lang} width={thumb?.width} height={thumb?.height} loading="lazy" decoding="async" />
      </td>
      <td>
        <div lang={lang}>{m.original_name}</div>
        <div class="meta">
          <span>
            {FORMAT_LABELS[m.mime] ?? m.mime} · {m.width}×{m.height}
          </span>
          <span>{formatDate(m.created_at, locale, timeZone)}</span>
        </div>
      </td>
      <td>
        {missing ? (
          <p>
            <span class="badge">{t('missing')}</span>
          </p>
        ) : null}
        <form method="post" action={`/staff/media/${m.id}/alt`} class="staff-form">
          <Csrf token={csrf} />
          <input type="hidden" name="page" value={String(page)} />
          <label for={`alt-${m.id}`}>{t('alt')}</label>
          <input id={`alt-${m.id}`} name="alt" type="text" value={m.alt} maxLength={MAX_ALT_LENGTH} />
          <button type="submit">{t('saveAlt')}</button>
        </form>
      </td>
      <td>
        <label for={`md-${m.id}`}>Markdown</label>
        <input id={`md-${m.id}`} type="text" readOnly value={markdownSnippet(m.file_key, m.alt)} class="snippet" />
        {missing ? <p class="help">{t('snippetHelp')}</p> : null}
      </td>
    </tr>
  );
}

export function mediaRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;

  async function libraryPage(req: FastifyRequest, reply: FastifyReply, page: number, problem?: { status: number; error: string }) {
    const total = await countMedia(db);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (page > pages && !problem) throw notFound('media_page');
    const current = Math.min(page, pages);
    const items = await listMedia(db, PAGE_SIZE, (current - 1) * PAGE_SIZE);
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, {
      title: mediaAdminT(locale)('title'),
      status: problem?.status,
      error: problem?.error,
      body: (csrf) => <Library csrf={csrf} items={items} page={current} pages={pages} total={total} timeZone={deps.config.clinicTimeZone} locale={locale} />,
    });
  }

  app.get<{ Querystring: { page?: string } }>('/media', { config: { permission: 'media.write' } }, async (req, reply) =>
    libraryPage(req, reply, parsePage(req.query.page)),
  );

  app.post<{ Params: { id: string } }>('/media/:id/alt', { config: { permission: 'media.write' } }, async (req, reply) => {
    if (!/^[1-9]\d{0,9}$/.test(req.params.id)) throw badRequest('invalid_id');
    const id = Number(req.params.id);
    const form = (req.body ?? {}) as Record<string, unknown>;
    if (typeof form.alt !== 'string') throw badRequest('bad_form');
    const page = parsePage(form.page);
    if (!(await findMedia(db, id))) throw notFound('media');
    const alt = sanitizeAlt(form.alt);
    if (altTooLong(alt)) return libraryPage(req, reply, page, { status: 422, error: altTooLongMessage(staffLocale(req)) });
    const result = await changeAlt(db, id, alt, actorOf(req), deps.now());
    if (result === 'not_found') throw notFound('media');
    const back = page > 1 ? `page=${page}&` : '';
    return reply.redirect(`/staff/media?${back}msg=${result === 'saved' ? 'saved' : 'altUnchanged'}#media-${id}`, 303);
  });

  // The upload route has its own child scope so that the multipart parser exists only here.
  uploadScope(app, ['alt'], (scope) => {
    scope.post('/media', { config: { permission: 'media.write' } }, async (req, reply) => {
      requireStaff(req);
      const parsed = uploadOf(req);
      const fields = (req.body ?? {}) as Record<string, unknown>;
      const refuse = (status: number, error: string) => libraryPage(req, reply, 1, { status, error });
      if (parsed.problem === 'too_large') return refuse(413, tooLarge().message);
      if (parsed.problem === 'bad_form') return refuse(400, mediaAdminT(staffLocale(req))('err.form'));
      if (!parsed.file) return refuse(422, mediaAdminT(staffLocale(req))('err.noFile'));
      const alt = sanitizeAlt(typeof fields.alt === 'string' ? fields.alt : '');
      if (altTooLong(alt)) return refuse(422, altTooLongMessage(staffLocale(req)));
      try {
        const stored = await storeUpload(
          db,
          { dataDir: deps.config.dataDir, actor: actorOf(req), now: deps.now() },
          { bytes: parsed.file.bytes, originalName: parsed.file.filename, alt },
        );
        return reply.redirect(`/staff/media?msg=uploaded#media-${stored.id}`, 303);
      } catch (err) {
        if (err instanceof MediaRejected) {
          req.log.info({ code: err.code }, 'media upload refused');
          return refuse(err.status, err.message);
        }
        throw err;
      }
    });

    // The article editor's island uploads an image dragged or pasted into the body here, with the
    // alt text asked for first (required: without it nothing is stored), and inserts the answer.
    scope.post('/media/inline', { config: { permission: 'media.write' } }, async (req, reply) => {
      requireStaff(req);
      const parsed = uploadOf(req);
      const fields = (req.body ?? {}) as Record<string, unknown>;
      const refuse = (status: number, error: string) => reply.code(status).send({ error });
      if (parsed.problem === 'too_large') return refuse(413, tooLarge().message);
      if (parsed.problem === 'bad_form' || !parsed.file) return refuse(400, '无法识别上传的图片，未保存。请一次只拖入或粘贴一张图片。');
      const alt = sanitizeAlt(typeof fields.alt === 'string' ? fields.alt : '');
      if (!alt) return refuse(422, ALT_REQUIRED_MESSAGE);
      if (altTooLong(alt)) return refuse(422, ALT_TOO_LONG_MESSAGE);
      try {
        const stored = await storeUpload(
          db,
          { dataDir: deps.config.dataDir, actor: actorOf(req), now: deps.now() },
          { bytes: parsed.file.bytes, originalName: parsed.file.filename || 'pasted-image', alt },
        );
        return reply.send({ id: stored.id, markdown: markdownSnippet(stored.fileKey, alt) });
      } catch (err) {
        if (err instanceof MediaRejected) {
          req.log.info({ code: err.code }, 'media upload refused');
          return refuse(err.status, err.message);
        }
        throw err;
      }
    });
  });
}
