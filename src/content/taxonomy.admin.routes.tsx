import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Category, Database } from '../db/schema.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, type Locale, type Translate } from '../web/i18n.js';
import { ZhData } from '../web/zh-data.js';
import { taxonomyT } from './taxonomy.admin.i18n.js';
import {
  articleCardsByIds,
  categoryById,
  categoryIdBySlug,
  insertCategory,
  listArticleCards,
  listCategories,
  pinHotTopic,
  pinnedIds,
  reorderHotTopics,
  unpinHotTopic,
  updateCategory,
} from './content.repository.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

type TaxKey = Parameters<ReturnType<typeof taxonomyT>>[0];
const FIELDS = ['slug', 'name', 'name_en', 'description', 'position', 'article_id'];
const labelOf = (t: Translate<TaxKey>, key: string) => (FIELDS.includes(key) ? t(`label.${key}` as TaxKey) : undefined);

/** The forms' schemas with their messages in one staff language (built once per locale). */
function formsFor(t: Translate<TaxKey>) {
  const text = (key: string, max: number, required = true) => {
    const s = z.string().trim().max(max, t('err.max', { label: labelOf(t, key)!, max }));
    return required ? s.min(1, t('err.required', { label: labelOf(t, key)! })) : s;
  };
  const position = z.string().trim().regex(/^\d{1,4}$/, t('err.position')).transform(Number);
  const categoryForm = z.object({
    slug: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t('err.slug')).max(60, t('err.slugMax')),
    name: text('name', 30),
    name_en: text('name_en', 60),
    description: text('description', 300, false),
    position,
  });
  const pinForm = z.object({ article_id: z.string().regex(/^\d{1,9}$/, t('err.pick')).transform(Number), position: z.union([z.literal(''), position]).optional() });
  const orderForm = z.object({
    article: z.preprocess(many, z.array(z.string().regex(/^\d{1,9}$/).transform(Number)).max(200)),
    position: z.preprocess(many, z.array(position).max(200)),
  });
  const parseOpts = { error: (iss: { path?: PropertyKey[] }) => t('err.invalid', { label: labelOf(t, String(iss.path?.[0])) ?? t('label.form') }) };
  return { categoryForm, pinForm, orderForm, parseOpts, t };
}
const forms = new Map<Locale, ReturnType<typeof formsFor>>();
const formsOf = (locale: Locale) => {
  let f = forms.get(locale);
  if (!f) forms.set(locale, (f = formsFor(taxonomyT(locale))));
  return f;
};
const many = (v: unknown) => (v === undefined ? [] : [v].flat());
const problems = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))].slice(0, 6).join(' ');
const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505' || /UNIQUE constraint failed/.test(String(e));

type CategoryValues = Record<'slug' | 'name' | 'name_en' | 'description' | 'position', string>;
function submitted(body: unknown): CategoryValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(['slug', 'name', 'name_en', 'description', 'position'].map((k) => [k, typeof b[k] === 'string' ? b[k] : ''])) as CategoryValues;
}

function CategoryForm({ csrf, action, v, submit, idp, locale }: { csrf: string; action: string; v: CategoryValues; submit: string; idp: string; locale: Locale }) {
  const t = taxonomyT(locale);
  const cl = contentLang(locale);
  const field = (k: keyof CategoryValues, required = true, type: 'text' | 'number' = 'text') => (
    <>
      <label for={`${idp}-${k}`}>{labelOf(t, k)}</label>
      {type === 'number' ? (
        <input id={`${idp}-${k}`} name={k} type="number" min={0} max={9999} value={v[k]} required={required} />
      ) : (
        <input id={`${idp}-${k}`} name={k} type="text" value={v[k]} required={required} lang={k === 'name' ? cl : undefined} />
      )}
    </>
  );
  return (
    <form method="post" action={action} class="staff-form narrow">
      <Csrf token={csrf} />
      {field('slug')}
      <p class="help">{t('slugHelp')}</p>
      {field('name')}
      {field('name_en')}
      <label for={`${idp}-description`}>{labelOf(t, 'description')}</label>
      <textarea id={`${idp}-description`} name="description" rows={3} lang={cl}>
        {v.description}
      </textarea>
      {field('position', true, 'number')}
      <div class="button-row">
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}

/** /staff/categories: categories and the editor-pinned hot topics, both shown on every public page. */
export function taxonomyAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'taxonomy.write' as const } };

  async function listPage(req: FastifyRequest, reply: FastifyReply, error?: string, draft?: CategoryValues) {
    const [categories, pins, published] = await Promise.all([listCategories(db), pinnedIds(db), listArticleCards(db, { limit: 1000 })]);
    const pinned = await articleCardsByIds(db, pins);
    const candidates = published.filter((a) => !pins.includes(a.id));
    const next = String(categories.reduce((m, c) => Math.max(m, c.position + 1), 0));
    const locale = staffLocale(req);
    const t = taxonomyT(locale);
    const cl = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('title'),
      error,
      status: error ? 422 : 200,
      body: (csrf) => (
        <>
          <section aria-labelledby="cat-title">
            <h2 id="cat-title">{t('cat.heading')}</h2>
            <table class="staff-table">
              <thead>
                <tr>
                  <th scope="col">{t('col.position')}</th>
                  <th scope="col">{t('col.name')}</th>
                  <th scope="col">{t('col.nameEn')}</th>
                  <th scope="col">{t('col.slug')}</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((c) => (
                  <tr>
                    <td>{c.position}</td>
                    <td>
                      <a href={`/staff/categories/${c.id}`} lang={cl}>
                        {c.name}
                      </a>
                    </td>
                    <td>{c.name_en}</td>
                    <td>{c.slug}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('cat.new')}</h3>
            <CategoryForm csrf={csrf} action="/staff/categories" v={draft ?? { slug: '', name: '', name_en: '', description: '', position: next }} submit={t('cat.new')} idp="new-cat" locale={locale} />
          </section>
          <section aria-labelledby="pin-title">
            <h2 id="pin-title">{t('pin.heading')}</h2>
            <p class="help">{t('pin.help')}</p>
            {pinned.length ? (
              <>
                <table class="staff-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('pin.col.position')}</th>
                      <th scope="col">{t('pin.col.article')}</th>
                      <th scope="col">{t('pin.col.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pinned.map((a, i) => (
                      <tr>
                        <td>
                          <label for={`pin-pos-${a.id}`} class="sr-only">
                            {locale === 'zh-CN' ? (
                              <>“{a.title}”的位置</>
                            ) : (
                              <>
                                Position of “<ZhData locale={locale}>{a.title}</ZhData>”
                              </>
                            )}
                          </label>
                          <input type="hidden" name="article" value={String(a.id)} form="pin-order" />
                          <input id={`pin-pos-${a.id}`} name="position" type="number" min={0} max={9999} value={String(i + 1)} form="pin-order" required />
                        </td>
                        <td>
                          <a href={`/articles/${a.slug}`} lang={cl}>
                            {a.title}
                          </a>
                        </td>
                        <td>
                          <form method="post" action={`/staff/hot-topics/${a.id}/unpin`} class="inline-form">
                            <Csrf token={csrf} />
                            {locale === 'zh-CN' ? (
                              <button type="submit" aria-label={`取消置顶“${a.title}”`}>
                                取消置顶
                              </button>
                            ) : (
                              <button type="submit">
                                {t('pin.unpin')}
                                <span class="sr-only">
                                  {' “'}
                                  <ZhData locale={locale}>{a.title}</ZhData>”
                                </span>
                              </button>
                            )}
                          </form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <form method="post" action="/staff/hot-topics/order" id="pin-order" class="button-row">
                  <Csrf token={csrf} />
                  <button type="submit">{t('pin.saveOrder')}</button>
                </form>
              </>
            ) : (
              <p>{t('pin.none')}</p>
            )}
            <form method="post" action="/staff/hot-topics" class="staff-form narrow">
              <Csrf token={csrf} />
              <label for="pin-article">{t('pin.pick')}</label>
              <select id="pin-article" name="article_id" required>
                <option value="">{t('pin.choose')}</option>
                {candidates.map((a) => (
                  <option value={String(a.id)} lang={cl}>
                    {a.title}
                  </option>
                ))}
              </select>
              <label for="pin-position">{t('pin.position')}</label>
              <input id="pin-position" name="position" type="number" min={1} max={9999} />
              <button type="submit">{t('pin.submit')}</button>
            </form>
          </section>
        </>
      ),
    });
  }

  /** Writes the pins in the given order as positions 0, 1, 2 … */
  async function writeOrder(trx: Transaction<Database>, ids: number[]) {
    await reorderHotTopics(trx, ids);
  }

  /** Runs one change with its audit record and the version bump, then back to the list. */
  type Work = (trx: Transaction<Database>) => Promise<number | void>;
  async function change(req: FastifyRequest, reply: FastifyReply, action: string, subject: { type: string; id?: number | string }, detail: Record<string, unknown>, work: Work, msg = 'saved') {
    const now = deps.now();
    await db.transaction().execute(async (trx) => {
      const created = await work(trx);
      await audit(trx, actorOf(req), action, { type: subject.type, id: subject.id ?? created ?? '-' }, now, detail);
      await bumpContentVersion(trx);
    });
    deps.site.invalidate();
    return reply.redirect(`/staff/categories?msg=${msg}`, 303);
  }

  async function slugTaken(t: Translate<TaxKey>, slug: string, id: number | null) {
    const owner = await categoryIdBySlug(db, slug);
    return owner !== undefined && owner !== id ? t('err.slugTaken', { slug }) : undefined;
  }

  app.get('/categories', cfg, (req, reply) => listPage(req, reply));
  app.get('/hot-topics', cfg, (_req, reply) => reply.redirect('/staff/categories#pin-title', 303));

  app.post('/categories', cfg, async (req, reply) => {
    const { categoryForm, parseOpts, t } = formsOf(staffLocale(req));
    const form = categoryForm.safeParse(req.body, parseOpts);
    const problem = form.success ? await slugTaken(t, form.data.slug, null) : problems(form.error);
    if (!form.success || problem) return listPage(req, reply, problem, submitted(req.body));
    try {
      const insert: Work = (trx) => insertCategory(trx, form.data);
      return await change(req, reply, 'category.created', { type: 'category' }, { slug: form.data.slug }, insert, 'created');
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return listPage(req, reply, t('err.slugTaken', { slug: form.data.slug }), submitted(req.body));
    }
  });

  async function load(idParam: string): Promise<Category> {
    if (!/^[1-9]\d{0,8}$/.test(idParam)) throw notFound('category');
    const c = await categoryById(db, Number(idParam));
    if (!c) throw notFound('category');
    return c;
  }
  const editPage = (locale: Locale, c: Category, v: CategoryValues, error?: string) => ({
    title: locale === 'zh-CN' ? taxonomyT(locale)('edit.title', { name: c.name }) : taxonomyT(locale)('edit.title', { id: c.id }),
    error,
    status: error ? 422 : 200,
    body: (csrf: string) => (
      <>
        {locale === 'zh-CN' ? null : (
          <p>
            {taxonomyT(locale)('col.name')}: <span lang={contentLang(locale)}>{c.name}</span>
          </p>
        )}
        <CategoryForm csrf={csrf} action={`/staff/categories/${c.id}`} v={v} submit={taxonomyT(locale)('edit.save')} idp="cat" locale={locale} />
        <p>
          <a href="/staff/categories">{taxonomyT(locale)('edit.back')}</a>
        </p>
      </>
    ),
  });

  app.get<{ Params: { id: string } }>('/categories/:id', cfg, async (req, reply) => {
    const c = await load(req.params.id);
    return renderStaff(req, reply, deps, editPage(staffLocale(req), c, { ...c, position: String(c.position) }));
  });

  app.post<{ Params: { id: string } }>('/categories/:id', cfg, async (req, reply) => {
    const c = await load(req.params.id);
    const locale = staffLocale(req);
    const { categoryForm, parseOpts, t } = formsOf(locale);
    const form = categoryForm.safeParse(req.body, parseOpts);
    const problem = form.success ? await slugTaken(t, form.data.slug, c.id) : problems(form.error);
    if (!form.success || problem) return renderStaff(req, reply, deps, editPage(locale, c, submitted(req.body), problem));
    const changed = (Object.keys(form.data) as (keyof typeof form.data)[]).filter((k) => c[k] !== form.data[k]);
    try {
      return await change(req, reply, 'category.updated', { type: 'category', id: c.id }, { slug: form.data.slug, changed }, async (trx) => {
        await updateCategory(trx, c.id, form.data);
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderStaff(req, reply, deps, editPage(locale, c, submitted(req.body), t('err.slugTaken', { slug: form.data.slug })));
    }
  });

  app.post('/hot-topics', cfg, async (req, reply) => {
    const { pinForm, parseOpts, t } = formsOf(staffLocale(req));
    const form = pinForm.safeParse(req.body, parseOpts);
    if (!form.success) return listPage(req, reply, problems(form.error));
    const { article_id } = form.data;
    const pins = await pinnedIds(db);
    if (pins.includes(article_id)) return listPage(req, reply, t('err.alreadyPinned'));
    if (!(await articleCardsByIds(db, [article_id])).length) return listPage(req, reply, t('err.notPublished'));
    const p = form.data.position;
    const at = typeof p === 'number' ? Math.min(Math.max(p - 1, 0), pins.length) : pins.length;
    const order = [...pins.slice(0, at), article_id, ...pins.slice(at)];
    return change(req, reply, 'hot_topic.pinned', { type: 'article', id: article_id }, { position: order.indexOf(article_id) }, async (trx) => {
      await pinHotTopic(trx, article_id, order.length, deps.now().toISOString());
      await writeOrder(trx, order);
    });
  });

  app.post<{ Params: { id: string } }>('/hot-topics/:id/unpin', cfg, async (req, reply) => {
    const pins = await pinnedIds(db);
    const id = Number(req.params.id);
    if (!/^\d{1,9}$/.test(req.params.id) || !pins.includes(id)) return listPage(req, reply, taxonomyT(staffLocale(req))('err.notPinned'));
    return change(req, reply, 'hot_topic.unpinned', { type: 'article', id }, {}, async (trx) => {
      await unpinHotTopic(trx, id);
      await writeOrder(trx, pins.filter((p) => p !== id));
    });
  });

  app.post('/hot-topics/order', cfg, async (req, reply) => {
    const { orderForm, parseOpts, t } = formsOf(staffLocale(req));
    const form = orderForm.safeParse(req.body, parseOpts);
    if (!form.success) return listPage(req, reply, problems(form.error));
    const { article, position: pos } = form.data;
    const pins = await pinnedIds(db);
    if (article.length !== pos.length || article.length !== pins.length || !pins.every((p) => article.includes(p))) {
      return listPage(req, reply, t('err.orderChanged'));
    }
    // Sorted by the number given; equal numbers keep their current order.
    const order = article.map((id, i) => ({ id, pos: pos[i]!, was: pins.indexOf(id) })).sort((a, b) => a.pos - b.pos || a.was - b.was).map((x) => x.id);
    return change(req, reply, 'hot_topic.reordered', { type: 'hot_topics', id: '-' }, { from: pins, to: order }, (trx) => writeOrder(trx, order));
  });
}
