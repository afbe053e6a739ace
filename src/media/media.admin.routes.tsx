import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import { badRequest, notFound } from '../http/errors.js';
import { parsePage } from '../http/params.js';
import { formatDate } from '../web/i18n.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff } from '../staff/staff.plugin.js';
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

const altTooLongMessage = `替代文字不能超过 ${MAX_ALT_LENGTH} 个字符。`;

function Library({ csrf, items, page, pages, total, timeZone }: { csrf: string; items: Media[]; page: number; pages: number; total: number; timeZone: string }) {
  return (
    <>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">上传图片</h2>
        <form method="post" action="/staff/media" enctype="multipart/form-data" class="staff-form narrow">
          <Csrf token={csrf} />
          <label for="file">图片文件</label>
          <p class="help" id="file-help">
            JPEG、PNG 或 WebP，不超过 {Math.round(MEDIA_LIMITS.maxBytes / 1024 / 1024)} MB、{Math.round(MEDIA_LIMITS.maxPixels / 10_000)} 万像素。
            保存时会按拍摄方向转正，并去掉相机信息和定位等元数据。
          </p>
          <input id="file" name="file" type="file" accept="image/jpeg,image/png,image/webp" required aria-describedby="file-help" />
          <label for="upload-alt">替代文字（可稍后填写）</label>
          <input id="upload-alt" name="alt" type="text" maxLength={MAX_ALT_LENGTH} />
          <button type="submit">上传</button>
        </form>
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">图片库（{total}）</h2>
        <p class="help">替代文字描述图片内容，供读屏软件使用、在图片无法显示时代替图片。缺少替代文字的图片不能用在要发布的文章里。</p>
        {items.length ? (
          <div class="table-scroll">
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">图片</th>
                  <th scope="col">信息</th>
                  <th scope="col">替代文字</th>
                  <th scope="col">在文章中使用</th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <MediaRow m={m} csrf={csrf} page={page} timeZone={timeZone} />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="hint">还没有图片。</p>
        )}
        {pages > 1 ? (
          <nav aria-label="图片库分页" class="button-row">
            {page > 1 ? <a href={`/staff/media?page=${page - 1}`}>上一页</a> : null}
            <span>
              第 {page} / {pages} 页
            </span>
            {page < pages ? <a href={`/staff/media?page=${page + 1}`}>下一页</a> : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

function MediaRow({ m, csrf, page, timeZone }: { m: Media; csrf: string; page: number; timeZone: string }) {
  const variants = JSON.parse(m.variants_json) as Variant[];
  const thumb = variants.find((v) => v.file === `${m.file_key}-${THUMB_WIDTH}.webp`);
  const missing = !m.alt.trim();
  return (
    <tr id={`media-${m.id}`}>
      <td>
        <img src={mediaUrl(m.file_key, THUMB_WIDTH)} alt={m.alt} width={thumb?.width} height={thumb?.height} loading="lazy" decoding="async" />
      </td>
      <td>
        <div>{m.original_name}</div>
        <div class="meta">
          <span>
            {FORMAT_LABELS[m.mime] ?? m.mime} · {m.width}×{m.height}
          </span>
          <span>{formatDate(m.created_at, 'zh-CN', timeZone)}</span>
        </div>
      </td>
      <td>
        {missing ? (
          <p>
            <span class="badge">缺少替代文字</span>
          </p>
        ) : null}
        <form method="post" action={`/staff/media/${m.id}/alt`} class="staff-form">
          <Csrf token={csrf} />
          <input type="hidden" name="page" value={String(page)} />
          <label for={`alt-${m.id}`}>替代文字</label>
          <input id={`alt-${m.id}`} name="alt" type="text" value={m.alt} maxLength={MAX_ALT_LENGTH} />
          <button type="submit">保存替代文字</button>
        </form>
      </td>
      <td>
        <label for={`md-${m.id}`}>Markdown</label>
        <input id={`md-${m.id}`} type="text" readOnly value={markdownSnippet(m.file_key, m.alt)} class="snippet" />
        {missing ? <p class="help">填写替代文字后，这段代码会带上它。</p> : null}
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
    return renderStaff(req, reply, deps, {
      title: '图片库',
      status: problem?.status,
      error: problem?.error,
      body: (csrf) => <Library csrf={csrf} items={items} page={current} pages={pages} total={total} timeZone={deps.config.clinicTimeZone} />,
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
    if (altTooLong(alt)) return libraryPage(req, reply, page, { status: 422, error: altTooLongMessage });
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
      if (parsed.problem === 'bad_form') return refuse(400, '无法识别上传的表单，未保存。请一次只选择一张图片重新上传。');
      if (!parsed.file) return refuse(422, '请选择要上传的图片文件。');
      const alt = sanitizeAlt(typeof fields.alt === 'string' ? fields.alt : '');
      if (altTooLong(alt)) return refuse(422, altTooLongMessage);
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
