import { diffChars } from 'diff';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../http/deps.js';
import { AppError } from '../http/errors.js';
import { toHtml } from '../http/render.js';
import { acceptFinding, overrideAndPublish, reviewHead } from './compliance-actions.js';
import { complianceRoutes, liveReview, tooLongText } from './compliance.admin.routes.js';
import { ComplianceGate, ComplianceLive } from './compliance.admin.views.js';
import { blocksText, parseBlocks } from './content.service.js';
import * as flow from './editorial.service.js';
import { insertSnippet, listMedia, mediaUrl, missingAltText, THUMB_WIDTH } from '../media/index.js';
import { contentLang, formatDate, type Locale } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { articlesT, type ArticlesKey } from './articles.admin.i18n.js';
import { blockToDraft, emptyBlock, readDraft, validateDraft, BLOCK_TYPES, type ArticleDraft, type BlockType, type FormBody } from './article-form.js';
import { docTypeLabel, EditorForm, Preview, STATUS_LABELS, statusLabel, type InsertState, type MediaChoice, type Option } from './articles.admin.views.js';
import { renderStaff } from '../staff/render.js';
import { allows } from '../staff/roles.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, requireStaff, staffLocale } from '../staff/staff.plugin.js';
import { BODY_MAX_CHARS } from './article-form.js';
import { activeDoctorChoices, approvalWithReviewer, articleById, articleRevision, categoryChoices, revisionById, revisionHistory, staffArticleList, type ArticleStatus } from './editorial.repository.js';

const gate: flow.PublishGate = { missingAlt: missingAltText };
// The workflow refusals with an English text; any other is shown as the service wrote it.
const WFE_KEYS = Object.fromEntries(
  ['slug_taken', 'archived', 'slug_locked', 'not_draft', 'nothing_new', 'not_reviewer', 'no_licence', 'not_in_review', 'stale', 'own_revision', 'not_approved', 'not_approved_schedule', 'empty_alt', 'missing_alt', 'past', 'compliance', 'bad_time', 'reason', 'finding_gone'].map((k) => [`wfe.${k}`, true]),
);
// compliance/actions.ts refuses a reason shorter than this; repeated here for the English message.
const MIN_REASON = 4;
const MEDIA_CHOICES = 24;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const idParam = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 31) throw new AppError(400, 'bad_id');
  return n;
};

export function articleRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const fmtIn = (locale: Locale) => (iso: string | null) => (iso ? formatDate(iso, locale, deps.config.clinicTimeZone) : '—');

  /** A workflow refusal in the staff member's language (the Chinese text is the service's own). */
  const refusalText = (err: flow.WorkflowError, locale: Locale) => {
    if (locale === 'zh-CN') return err.text;
    const key = `wfe.${err.key}` as ArticlesKey;
    return key in WFE_KEYS ? articlesT(locale)(key, err.code === 'reason' ? { min: MIN_REASON } : err.params) : err.text;
  };

  const options = async (): Promise<{ categories: Option[]; doctors: Option[] }> => ({
    categories: await categoryChoices(db),
    doctors: await activeDoctorChoices(db),
  });

  async function load(id: number) {
    const a = await articleById(db, id);
    if (!a || !a.head_revision_id) throw new AppError(404, 'article');
    const head = await revisionById(db, a.head_revision_id);
    const approval = await approvalWithReviewer(db, head.id, head.content_hash);
    return { a, head, approval };
  }

  function draftOf(a: { slug: string; category_id: number; doc_type: string; source: string; author_doctor_id: number | null }, head: { title: string; summary: string; body_md: string; blocks_json: string }): ArticleDraft {
    return {
      slug: a.slug,
      categoryId: String(a.category_id),
      docType: a.doc_type,
      source: a.source,
      authorDoctorId: a.author_doctor_id ? String(a.author_doctor_id) : '',
      title: head.title,
      summary: head.summary,
      bodyMd: head.body_md,
      blocks: parseBlocks(head.blocks_json).map(blockToDraft),
    };
  }

  /** The newest library images, offered by the editor's insert-image part. */
  const mediaChoices = async (): Promise<MediaChoice[]> =>
    (await listMedia(db, MEDIA_CHOICES, 0)).map((m) => ({ id: m.id, name: m.original_name, alt: m.alt, thumb: mediaUrl(m.file_key, THUMB_WIDTH) }));

  async function editorPage(req: FastifyRequest, reply: FastifyReply, p: { id?: number; draft: ArticleDraft; errors?: Record<string, string>; status?: number; error?: string; preview?: boolean; insert?: InsertState }) {
    const { categories, doctors } = await options();
    const loaded = p.id ? await load(p.id) : undefined;
    const me = requireStaff(req);
    const locale = staffLocale(req);
    const t = articlesT(locale);
    const fmt = fmtIn(locale);
    const parsed = validateDraft(p.draft);
    const previewBlocks = parsed.ok ? parsed.content.blocks : [];
    const live = await liveReview(db, p.id, p.draft);
    const gateReview = loaded ? (await reviewHead(db, loaded.a.id)).review : undefined;
    const canInsert = allows(me.roles, 'article.write');
    const media = canInsert ? await mediaChoices() : undefined;
    return renderStaff(req, reply, deps, {
      title: p.id ? (locale === 'zh-CN' ? t('editor.titleEdit', { title: loaded!.head.title }) : t('editor.titleEdit', { id: p.id })) : t('editor.titleNew'),
      status: p.status,
      error: p.error,
      scripts: ['/assets/islands/editor.js', '/assets/islands/image-insert.js'],
      body: (csrf) => (
        <>
          {loaded && locale !== 'zh-CN' ? (
            <p>
              {t('editor.heading')}
              <span lang={contentLang(locale)}>{loaded.head.title}</span>
            </p>
          ) : null}
          {loaded ? <WorkflowPanel locale={locale} csrf={csrf} loaded={loaded} canPublish={allows(me.roles, 'article.publish')} canReview={allows(me.roles, 'article.review')} canWrite={allows(me.roles, 'article.write')} fmt={fmt} /> : null}
          {loaded && gateReview ? (
            <ComplianceGate locale={locale} csrf={csrf} articleId={loaded.a.id} review={gateReview} status={loaded.a.status} canAccept={allows(me.roles, 'article.write')} canOverride={allows(me.roles, 'compliance.override')} fmt={fmt} />
          ) : null}
          <div class="editor-grid">
            {allows(me.roles, 'article.write') ? (
              <EditorForm
                locale={locale}
                csrf={csrf}
                action={p.id ? `/staff/articles/${p.id}` : '/staff/articles'}
                draft={p.draft}
                errors={p.errors ?? {}}
                categories={categories}
                doctors={doctors}
                slugLocked={!!loaded?.a.published_at}
                compliance={<ComplianceLive locale={locale} review={live} bodyMd={p.draft.bodyMd} tooLong={tooLongText(p.draft, locale)} />}
                complianceUrl={p.id ? `/staff/articles/compliance?article=${p.id}` : '/staff/articles/compliance'}
                media={media}
                insert={p.insert}
              />
            ) : null}
            <Preview locale={locale} bodyMd={p.draft.bodyMd} blocks={previewBlocks} />
          </div>
        </>
      ),
    });
  }

  app.get<{ Querystring: { status?: string } }>('/articles', { config: { permission: 'article.read' } }, async (req, reply) => {
    const status = Object.keys(STATUS_LABELS).includes(req.query.status ?? '') ? req.query.status : undefined;
    const rows = await staffArticleList(db, status as ArticleStatus | undefined);
    const me = requireStaff(req);
    const locale = staffLocale(req);
    const t = articlesT(locale);
    const fmt = fmtIn(locale);
    const cl = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('list.title'),
      body: () => (
        <>
          {allows(me.roles, 'article.write') ? (
            <p>
              <a class="button" href="/staff/articles/new">
                {t('list.new')}
              </a>
            </p>
          ) : null}
          <form method="get" action="/staff/articles" class="staff-form narrow">
            <label for="status">{t('list.filter')}</label>
            <select id="status" name="status">
              <option value="">{t('list.all')}</option>
              {Object.keys(STATUS_LABELS).map((v) => (
                <option value={v} selected={v === status}>
                  {statusLabel(locale, v)}
                </option>
              ))}
            </select>
            <button type="submit">{t('list.submit')}</button>
          </form>
          <div class="table-scroll">
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.title')}</th>
                  <th scope="col">{t('col.status')}</th>
                  <th scope="col">{t('col.category')}</th>
                  <th scope="col">{t('col.modified')}</th>
                  <th scope="col">{t('col.nextReview')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <th scope="row">
                      <a href={`/staff/articles/${r.id}`} lang={cl}>
                        {r.title}
                      </a>
                    </th>
                    <td>
                      {statusLabel(locale, r.status)}
                      {r.published_revision_id && r.status !== 'published' ? t('list.liveOld') : ''}
                      {r.scheduled_at ? t('list.scheduled', { at: fmt(r.scheduled_at) }) : ''}
                    </td>
                    <td lang={cl}>{r.category}</td>
                    <td>{fmt(r.created_at)}</td>
                    <td>{fmt(r.next_review_due)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ),
    });
  });

  app.get('/articles/new', { config: { permission: 'article.write' } }, async (req, reply) => {
    const { categories } = await options();
    const draft: ArticleDraft = { slug: '', categoryId: String(categories[0]?.id ?? ''), docType: 'kepu', source: '', authorDoctorId: '', title: '', summary: '', bodyMd: '', blocks: [] };
    return editorPage(req, reply, { draft });
  });

  /** Save, preview or add a block: one form, three outcomes, all without JavaScript. */
  async function handleEditorPost(req: FastifyRequest, reply: FastifyReply, id?: number) {
    const body = (req.body ?? {}) as FormBody;
    const draft = readDraft(body);
    const action = typeof body.action === 'string' ? body.action : 'save';
    const add = action.startsWith('add_') ? (action.slice(4) as BlockType) : undefined;
    if (add && BLOCK_TYPES.includes(add)) {
      draft.blocks.push(emptyBlock(add, draft.blocks));
      return editorPage(req, reply, { id, draft });
    }
    if (action === 'insert_image') {
      const inserted = await insertImage(req, body);
      if (!inserted.ok) return editorPage(req, reply, { id, draft, status: inserted.status, insert: { mediaId: str(body.insert_media), alt: str(body.insert_alt), error: inserted.message } });
      // Appended, not saved: like a new block, it is in the form until the editor saves.
      draft.bodyMd = draft.bodyMd.trimEnd() ? `${draft.bodyMd.trimEnd()}\n\n${inserted.markdown}\n` : `${inserted.markdown}\n`;
      return editorPage(req, reply, { id, draft });
    }
    const parsed = validateDraft(draft, staffLocale(req));
    if (action === 'preview') return editorPage(req, reply, { id, draft, errors: parsed.ok ? {} : parsed.errors });
    if (!parsed.ok) return editorPage(req, reply, { id, draft, errors: parsed.errors, status: 422 });
    const actor = actorOf(req);
    const now = deps.now();
    try {
      if (id === undefined) {
        const newId = await db.transaction().execute((trx) => flow.createArticle(trx, parsed.meta, parsed.content, actor, now));
        return reply.redirect(`/staff/articles/${newId}?msg=created`, 303);
      }
      const { changed } = await db.transaction().execute((trx) => flow.saveDraft(trx, id, parsed.meta, parsed.content, actor, now));
      deps.site.invalidate();
      return reply.redirect(`/staff/articles/${id}?msg=${changed ? 'saved' : 'unchanged'}`, 303);
    } catch (err) {
      if (err instanceof flow.WorkflowError) return editorPage(req, reply, { id, draft, status: err.status, error: refusalText(err, staffLocale(req)) });
      throw err;
    }
  }

  /** The Markdown for a chosen library image and the alt text given with it, or why not. */
  async function insertImage(req: FastifyRequest, body: FormBody) {
    const id = str(body.insert_media);
    if (!/^[1-9]\d{0,9}$/.test(id)) return { ok: false as const, status: 422 as const, message: articlesT(staffLocale(req))('editor.noImage') };
    return insertSnippet(db, Number(id), str(body.insert_alt), actorOf(req), deps.now());
  }

  app.post('/articles', { config: { permission: 'article.write' } }, (req, reply) => handleEditorPost(req, reply));

  /** The image-insert island posts a choice here and puts the answer's Markdown at the cursor. */
  app.post('/articles/insert-image', { config: { permission: 'article.write' } }, async (req, reply) => {
    const result = await insertImage(req, (req.body ?? {}) as FormBody);
    if (!result.ok) return reply.code(result.status).send({ error: result.message });
    return reply.send({ markdown: result.markdown });
  });

  app.get<{ Params: { id: string } }>('/articles/:id', { config: { permission: 'article.read' } }, async (req, reply) => {
    const id = idParam(req.params.id);
    const { a, head } = await load(id);
    return editorPage(req, reply, { id, draft: draftOf(a, head) });
  });

  app.post<{ Params: { id: string } }>('/articles/:id', { config: { permission: 'article.write' } }, (req, reply) => handleEditorPost(req, reply, idParam(req.params.id)));

  /** The live preview island posts the form here and gets back the body as the public page renders it. */
  app.post('/articles/preview', { config: { permission: 'article.write' } }, async (req, reply) => {
    const draft = readDraft((req.body ?? {}) as FormBody);
    const parsed = validateDraft(draft);
    const html = toHtml(<Preview locale={staffLocale(req)} bodyMd={draft.bodyMd} blocks={parsed.ok ? parsed.content.blocks : []} />).replace(/^<!doctype html>/, '');
    return reply.header('content-type', 'text/html; charset=utf-8').send(html);
  });
  complianceRoutes(app, deps);

  // Workflow transitions: each one a transaction with its audit event; refusals re-render the page.
  const transition = (path: string, permission: 'article.write' | 'article.review' | 'article.publish' | 'compliance.override', run: (trx: any, id: number, req: FastifyRequest) => Promise<void>, msg: string) =>
    app.post<{ Params: { id: string } }>(`/articles/:id/${path}`, { config: { permission } }, async (req, reply) => {
      const id = idParam(req.params.id);
      try {
        await db.transaction().execute((trx) => run(trx, id, req));
      } catch (err) {
        if (!(err instanceof flow.WorkflowError)) throw err;
        const { a, head } = await load(id);
        return editorPage(req, reply, { id, draft: draftOf(a, head), status: err.status, error: refusalText(err, staffLocale(req)) });
      }
      deps.site.invalidate();
      return reply.redirect(`/staff/articles/${id}?msg=${msg}`, 303);
    });

  transition('submit', 'article.write', (trx, id, req) => flow.submitForReview(trx, id, actorOf(req), deps.now()), 'submitted');
  transition(
    'approve',
    'article.review',
    (trx, id, req) => {
      const revision = Number((req.body as FormBody)?.revision_id);
      return flow.approve(trx, id, revision, requireStaff(req), actorOf(req), deps.now());
    },
    'approved',
  );
  transition('publish', 'article.publish', (trx, id, req) => flow.publish(trx, id, actorOf(req), deps.now(), gate, flow.reviewSchedule(deps.config)), 'published');
  transition(
    'schedule',
    'article.publish',
    (trx, id, req) => {
      const at = parseLocal(String((req.body as FormBody)?.publish_at ?? ''), deps.config.clinicTimeZone);
      if (!at) throw new flow.WorkflowError('bad_time', articlesT('zh-CN')('editor.badTime'));
      return flow.schedulePublish(trx, id, at, actorOf(req), deps.now());
    },
    'scheduled',
  );
  transition('compliance/accept', 'article.write', (trx, id, req) => acceptFinding(trx, id, (req.body ?? {}) as FormBody, actorOf(req), deps.now(), allows(requireStaff(req).roles, 'compliance.override')), 'accepted');
  transition(
    'compliance/override',
    'compliance.override',
    (trx, id, req) => overrideAndPublish(trx, id, (req.body ?? {}) as FormBody, actorOf(req), deps.now(), gate, flow.reviewSchedule(deps.config)),
    'published',
  );
  transition('unpublish', 'article.publish', (trx, id, req) => flow.unpublish(trx, id, actorOf(req), deps.now()), 'unpublished');
  transition('archive', 'article.publish', (trx, id, req) => flow.unpublish(trx, id, actorOf(req), deps.now(), true), 'archived');

  app.get<{ Params: { id: string } }>('/articles/:id/revisions', { config: { permission: 'article.read' } }, async (req, reply) => {
    const id = idParam(req.params.id);
    const { a, head } = await load(id);
    const revisions = await revisionHistory(db, id);
    const canWrite = allows(requireStaff(req).roles, 'article.write');
    const locale = staffLocale(req);
    const t = articlesT(locale);
    const fmt = fmtIn(locale);
    const cl = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: locale === 'zh-CN' ? t('rev.title', { title: head.title }) : t('rev.title', { id }),
      body: (csrf) => (
        <>
          <p>
            <a href={`/staff/articles/${id}`}>{t('rev.back')}</a>
          </p>
          <form method="get" action={`/staff/articles/${id}/compare`} class="staff-form narrow">
            <label for="a">{t('rev.old')}</label>
            <select id="a" name="a">
              {revisions.map((r, i) => (
                <option value={String(r.id)} selected={i === 1}>
                  #{r.id} {fmt(r.created_at)}
                </option>
              ))}
            </select>
            <label for="b">{t('rev.new')}</label>
            <select id="b" name="b">
              {revisions.map((r, i) => (
                <option value={String(r.id)} selected={i === 0}>
                  #{r.id} {fmt(r.created_at)}
                </option>
              ))}
            </select>
            <button type="submit">{t('rev.compare')}</button>
          </form>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('rev.col.version')}</th>
                <th scope="col">{t('rev.col.title')}</th>
                <th scope="col">{t('rev.col.author')}</th>
                <th scope="col">{t('rev.col.time')}</th>
                <th scope="col">{t('rev.col.status')}</th>
                <th scope="col">{t('rev.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr>
                  <th scope="row">#{r.id}</th>
                  <td lang={cl}>{r.title}</td>
                  <td lang={cl}>{r.author_name}</td>
                  <td>{fmt(r.created_at)}</td>
                  <td>
                    {r.id === a.published_revision_id ? t('rev.live') : ''}
                    {r.id === a.head_revision_id ? t('rev.latest') : ''}
                    {r.approved_at ? t('rev.approved', { at: fmt(r.approved_at) }) : ''}
                  </td>
                  <td>
                    {canWrite && r.id !== a.head_revision_id ? (
                      <form method="post" action={`/staff/articles/${id}/revisions/${r.id}/restore`} class="inline-form">
                        <Csrf token={csrf} />
                        <button type="submit" class="button secondary">
                          {t('rev.restore')}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  app.get<{ Params: { id: string }; Querystring: { a?: string; b?: string } }>('/articles/:id/compare', { config: { permission: 'article.read' } }, async (req, reply) => {
    const id = idParam(req.params.id);
    const [ra, rb] = await Promise.all(
      [req.query.a, req.query.b].map((v) =>
        articleRevision(db, id, idParam(String(v ?? ''))),
      ),
    );
    if (!ra || !rb) throw new AppError(404, 'revision');
    const asText = (r: typeof ra) => `标题：${r.title}\n摘要：${r.summary}\n\n${r.body_md}\n\n${blocksText(parseBlocks(r.blocks_json))}\n${blocksDetail(r.blocks_json)}`;
    const parts = diffChars(asText(ra), asText(rb));
    const locale = staffLocale(req);
    const t = articlesT(locale);
    const fmt = fmtIn(locale);
    return renderStaff(req, reply, deps, {
      title: t('cmp.title', { a: ra.id, b: rb.id }),
      body: () => (
        <>
          <p>
            <a href={`/staff/articles/${id}/revisions`}>{t('cmp.back')}</a>
          </p>
          <div class="diff">
            <section aria-labelledby="old-title">
              <h2 id="old-title">
                {locale === 'zh-CN' ? (
                  <>
                    #{ra.id}（{fmt(ra.created_at)}，{ra.author_name}）
                  </>
                ) : (
                  <>
                    #{ra.id} ({fmt(ra.created_at)}, <ZhData locale={locale}>{ra.author_name}</ZhData>)
                  </>
                )}
              </h2>
              <pre lang={contentLang(locale)}>{parts.map((p) => (p.added ? null : p.removed ? <del>{p.value}</del> : p.value))}</pre>
            </section>
            <section aria-labelledby="new-title">
              <h2 id="new-title">
                {locale === 'zh-CN' ? (
                  <>
                    #{rb.id}（{fmt(rb.created_at)}，{rb.author_name}）
                  </>
                ) : (
                  <>
                    #{rb.id} ({fmt(rb.created_at)}, <ZhData locale={locale}>{rb.author_name}</ZhData>)
                  </>
                )}
              </h2>
              <pre lang={contentLang(locale)}>{parts.map((p) => (p.removed ? null : p.added ? <ins>{p.value}</ins> : p.value))}</pre>
            </section>
          </div>
        </>
      ),
    });
  });

  app.post<{ Params: { id: string; rid: string } }>('/articles/:id/revisions/:rid/restore', { config: { permission: 'article.write' } }, async (req, reply) => {
    const id = idParam(req.params.id);
    const rid = idParam(req.params.rid);
    await db.transaction().execute((trx) => flow.restoreRevision(trx, id, rid, actorOf(req), deps.now()));
    return reply.redirect(`/staff/articles/${id}?msg=restored`, 303);
  });
}

/** Block items as lines, so a change inside a table or FAQ shows in the comparison. */
function blocksDetail(json: string): string {
  return parseBlocks(json)
    .map((b) => {
      switch (b.type) {
        case 'faq':
          return b.items.map((i) => `问：${i.question}\n答：${i.answer}`).join('\n');
        case 'keyFacts':
          return b.rows.map((r) => r.join(' | ')).join('\n');
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join('\n');
}

/** A `datetime-local` value read as clinic-local time. */
export function parseLocal(value: string, timeZone: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  const guess = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // The zone's offset at that moment, found by formatting the guess in the zone (twice, for DST edges).
  const offsetAt = (t: number) => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(t));
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - t;
  };
  let t = guess - offsetAt(guess);
  t = guess - offsetAt(t);
  return new Date(t);
}

function WorkflowPanel({
  locale,
  csrf,
  loaded,
  canPublish,
  canReview,
  canWrite,
  fmt,
}: {
  locale: Locale;
  csrf: string;
  loaded: { a: { id: number; slug: string; status: string; published_revision_id: number | null; head_revision_id: number | null; scheduled_at: string | null; next_review_due: string | null; doc_type: string }; head: { id: number }; approval?: { approved_at: string; name: string; licence_no: string } | undefined };
  canPublish: boolean;
  canReview: boolean;
  canWrite: boolean;
  fmt: (iso: string | null) => string;
}) {
  const { a, head, approval } = loaded;
  const live = a.published_revision_id !== null && a.status !== 'archived';
  const pending = live && a.published_revision_id !== a.head_revision_id;
  const t = articlesT(locale);
  return (
    <section class="review" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{t('wf.status', { status: statusLabel(locale, a.status) })}</h2>
      <p>
        {locale === 'zh-CN' ? (
          <>
            文档类型：{docTypeLabel(locale, a.doc_type)} · 最新版本 #{head.id}
          </>
        ) : (
          <>
            {t('wf.docType')}
            {docTypeLabel(locale, a.doc_type)}
            {t('wf.head', { id: head.id })}
          </>
        )}
        {live ? (
          locale === 'zh-CN' ? (
            <>
              {' '}
              · 线上：<a href={`/articles/${a.slug}`}>/articles/{a.slug}</a>（版本 #{a.published_revision_id}）
            </>
          ) : (
            <>
              {t('wf.live')}
              <a href={`/articles/${a.slug}`}>/articles/{a.slug}</a>
              {t('wf.liveRev', { id: a.published_revision_id ?? '' })}
            </>
          )
        ) : (
          t('wf.notLive')
        )}
        {pending ? t('wf.pending') : ''}
      </p>
      <p>
        {approval ? (
          locale === 'zh-CN' ? (
            t('wf.approvedBy', { name: approval.name, licence: approval.licence_no, at: fmt(approval.approved_at) })
          ) : (
            <>
              {t('wf.approvedBy.pre')}
              <ZhData locale={locale}>{approval.name}</ZhData>
              {t('wf.approvedBy.post', { licence: approval.licence_no, at: fmt(approval.approved_at) })}
            </>
          )
        ) : (
          t('wf.notApproved')
        )}
        {a.next_review_due ? t('wf.nextReview', { at: fmt(a.next_review_due) }) : ''}
        {a.scheduled_at ? t('wf.scheduledAt', { at: fmt(a.scheduled_at) }) : ''}
      </p>
      <div class="button-row">
        {canWrite && a.status === 'draft' && !(live && !pending) ? (
          <form method="post" action={`/staff/articles/${a.id}/submit`}>
            <Csrf token={csrf} />
            <button type="submit">{t('wf.submit')}</button>
          </form>
        ) : null}
        {canReview && a.status === 'in_review' ? (
          <form method="post" action={`/staff/articles/${a.id}/approve`}>
            <Csrf token={csrf} />
            <input type="hidden" name="revision_id" value={String(head.id)} />
            <button type="submit">{locale === 'zh-CN' ? <>审核通过此版本（#{head.id}）</> : t('wf.approve', { id: head.id })}</button>
          </form>
        ) : null}
        {canPublish && approval && a.status === 'approved' ? (
          <>
            <form method="post" action={`/staff/articles/${a.id}/publish`}>
              <Csrf token={csrf} />
              <button type="submit">{t('wf.publish')}</button>
            </form>
            <form method="post" action={`/staff/articles/${a.id}/schedule`} class="inline-form">
              <Csrf token={csrf} />
              <label for="publish_at">{t('wf.scheduleLabel')}</label>
              <input id="publish_at" name="publish_at" type="datetime-local" />
              <button type="submit" class="button secondary">
                {t('wf.schedule')}
              </button>
            </form>
          </>
        ) : null}
        {canPublish && live ? (
          <form method="post" action={`/staff/articles/${a.id}/unpublish`}>
            <Csrf token={csrf} />
            <button type="submit" class="button secondary">
              {t('wf.unpublish')}
            </button>
          </form>
        ) : null}
        {canPublish && a.status !== 'archived' ? (
          <form method="post" action={`/staff/articles/${a.id}/archive`}>
            <Csrf token={csrf} />
            <button type="submit" class="button secondary">
              {t('wf.archive')}
            </button>
          </form>
        ) : null}
        <a class="button secondary" href={`/staff/articles/${a.id}/revisions`}>
          {t('wf.revisions')}
        </a>
      </div>
    </section>
  );
}
