import type { ArticleCard } from './content.repository.js';
import type { PageContext } from '../web/context.js';
import { ArticleList, Pager } from '../web/components.js';
import { contentLang, formatNumber } from '../web/i18n.js';
import { Layout } from '../web/layout.js';

export interface ArticleIndexModel {
  items: ArticleCard[];
  page: number;
  pages: number;
  total: number;
  category?: { slug: string; name: string };
  doctor?: { slug: string; name: string };
  categories: { slug: string; name: string; name_en: string }[];
  doctors: { slug: string; name: string }[];
}

/** The query string of an index URL; empty filters and page 1 are left out, so each page has one URL. */
export function indexQuery(f: { category?: string; doctor?: string; page?: number }): string {
  const q = new URLSearchParams();
  if (f.category) q.set('category', f.category);
  if (f.doctor) q.set('doctor', f.doctor);
  if (f.page && f.page > 1) q.set('page', String(f.page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function ArticleIndexPage({ ctx, m }: { ctx: PageContext; m: ArticleIndexModel }) {
  const { t, prefix, locale } = ctx;
  const zh = contentLang(locale);
  const base = `${prefix}/articles`;
  const filtered = !!(m.category || m.doctor);
  const title = [t('articles.title'), m.category?.name, m.doctor?.name].filter(Boolean).join(' · ') + (m.page > 1 ? ` (${m.page})` : '');
  return (
    <Layout ctx={ctx} title={title} description={t('articles.lead')} crumbs={[{ name: t('articles.title') }]} noindex={filtered}>
      <h1>{t('articles.title')}</h1>
      <p class="lead">{t('articles.lead')}</p>
      <form class="filter-form" action={base} method="get" aria-label={t('articles.filter')}>
        <div class="filter-field">
          <label for="f-category">{t('articles.filter.category')}</label>
          <select id="f-category" name="category">
            <option value="">{t('articles.filter.all')}</option>
            {m.categories.map((c) => (
              <option value={c.slug} selected={c.slug === m.category?.slug}>
                {locale === 'en' ? `${c.name_en} · ${c.name}` : c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="filter-field">
          <label for="f-doctor">{t('articles.filter.doctor')}</label>
          <select id="f-doctor" name="doctor">
            <option value="">{t('articles.filter.all')}</option>
            {m.doctors.map((d) => (
              <option value={d.slug} selected={d.slug === m.doctor?.slug} lang={zh}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div class="filter-actions">
          <button type="submit">{t('articles.filter.submit')}</button>
          {filtered ? <a href={base}>{t('articles.filter.clear')}</a> : null}
        </div>
      </form>
      <p class="hint" role="status">
        {t('articles.count', { n: formatNumber(m.total, locale) })}
        {m.category ? (
          <>
            {' · '}
            <span lang={zh}>{m.category.name}</span>
          </>
        ) : null}
        {m.doctor ? (
          <>
            {' · '}
            <span lang={zh}>{m.doctor.name}</span>
          </>
        ) : null}
      </p>
      {m.items.length ? <ArticleList ctx={ctx} items={m.items} headingLevel={2} /> : <p>{t('articles.none')}</p>}
      <Pager ctx={ctx} page={m.page} pages={m.pages} href={(p) => `${base}${indexQuery({ category: m.category?.slug, doctor: m.doctor?.slug, page: p })}`} />
      <p>
        <a href={`${prefix}/categories`}>{t('articles.allCategories')}</a>
      </p>
    </Layout>
  );
}

export function CategoryIndexPage({
  ctx,
  categories,
}: {
  ctx: PageContext;
  categories: { slug: string; name: string; name_en: string; description: string; count: number }[];
}) {
  const { t, prefix, locale } = ctx;
  const zh = contentLang(locale);
  return (
    <Layout ctx={ctx} title={t('categories.title')} description={t('categories.lead')} crumbs={[{ name: t('categories.title') }]}>
      <h1>{t('categories.title')}</h1>
      <p class="lead">{t('categories.lead')}</p>
      <ul class="category-index">
        {categories.map((c) => (
          <li>
            <h2 class="card-title">
              <a href={`${prefix}/categories/${c.slug}`}>
                <span lang={zh}>{c.name}</span>
                {locale === 'en' ? ` (${c.name_en})` : null}
              </a>
            </h2>
            <p class="card-summary" lang={zh}>
              {c.description}
            </p>
            <p class="meta">
              <a href={`${prefix}/articles${indexQuery({ category: c.slug })}`}>{t('categories.count', { n: formatNumber(c.count, locale) })}</a>
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
