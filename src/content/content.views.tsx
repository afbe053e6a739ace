import type { ArticleCard } from './content.repository.js';
import type { Block } from './blocks.js';
import type { BodyPart, OutlineItem } from '../web/markdown.js';
import { BlockView } from './blocks.views.js';
import type { Doctor } from '../db/schema.js';
import type { PageContext } from '../web/context.js';
import { ArticleList, CategoryTabs, DoctorTeam, HospitalFacts, HotTopics, Pager } from '../web/components.js';
import { contentLang, formatDate } from '../web/i18n.js';
import { Layout } from '../web/layout.js';
import { hospitalLd, medicalWebPageLd } from '../web/jsonld.js';
import { shareImage } from '../web/share.js';
import type { ComponentChildren } from 'preact';

export interface ArticlePageModel {
  article: {
    id: number;
    slug: string;
    title: string;
    summary: string;
    source: string;
    author_name: string;
    author_slug: string | null;
    published_at: string | null;
    updated_at: string;
    next_review_due: string | null;
    category_slug: string;
    category_name: string;
  };
  approval: { approved_at: string; reviewer_active: number; reviewer_name: string; reviewer_slug: string; reviewer_title: string; reviewer_licence_no: string };
  overdue: boolean;
  parts: BodyPart[];
  outline: OutlineItem[];
  blocks: Block[];
  related: ArticleCard[];
  /** Sections other features add to the aside (content/sections.ts), already rendered. */
  asides?: ComponentChildren[];
  team: Doctor[];
  hot: ArticleCard[];
}

export function ArticlePage({ ctx, m }: { ctx: PageContext; m: ArticlePageModel }) {
  const { t, prefix, locale, timeZone } = ctx;
  const zh = contentLang(locale);
  const a = m.article;
  const date = (v: string) => <time dateTime={v}>{formatDate(v, locale, timeZone)}</time>;
  const outline = m.outline.filter((o) => o.level === 2);
  return (
    <Layout
      ctx={ctx}
      title={a.title}
      description={a.summary}
      ogType="article"
      image={shareImage(ctx, 'article', a.slug, a.title)}
      published={a.published_at}
      modified={a.updated_at}
      jsonLd={[medicalWebPageLd(ctx, a, m.approval)]}
      crumbs={[{ name: a.category_name, path: `/categories/${a.category_slug}`, content: true }, { name: a.title, content: true }]}
    >
      <div class="article-layout">
        <article class="article">
          <header class="article-head">
            <h1 lang={zh}>{a.title}</h1>
            <p class="meta">
              <span>
                {t('article.source')}：<span lang={zh}>{a.source}</span>
              </span>
              <span>
                {t('article.author')}：
                {a.author_slug ? (
                  <a href={`${prefix}/doctors/${a.author_slug}`} lang={zh}>
                    {a.author_name}
                  </a>
                ) : (
                  <span lang={zh}>{a.author_name}</span>
                )}
              </span>
              {a.published_at ? <span>{t('article.published')}：{date(a.published_at)}</span> : null}
              <span>{t('article.updated')}：{date(a.updated_at)}</span>
            </p>
            <div class={`review ${m.overdue ? 'overdue' : ''}`}>
              <p>
                {t('article.reviewedBy')}：
                {m.approval.reviewer_active ? (
                  <a href={`${prefix}/doctors/${m.approval.reviewer_slug}`} lang={zh}>
                    {m.approval.reviewer_name}
                  </a>
                ) : (
                  <span lang={zh}>{m.approval.reviewer_name}</span>
                )}
                （<span lang={zh}>{m.approval.reviewer_title}</span>，
                {t('article.licenceNo')} {m.approval.reviewer_licence_no}） · {t('article.reviewedOn')}：{date(m.approval.approved_at)}
                {a.next_review_due ? (
                  <>
                    {' '}
                    · {t('article.nextReview')}：{date(a.next_review_due)}
                  </>
                ) : null}
              </p>
              {m.overdue && a.next_review_due ? (
                <p class="overdue-note" role="note">
                  {t('article.overdue', { date: formatDate(a.next_review_due, locale, timeZone) })}
                </p>
              ) : null}
            </div>
            <p class="lead" lang={zh}>
              {a.summary}
            </p>
          </header>
          {outline.length >= 3 ? (
            <nav class="outline" aria-labelledby="outline-title">
              <h2 id="outline-title">{t('article.outline')}</h2>
              <ol lang={zh}>
                {outline.map((o) => (
                  <li>
                    <a href={`#${o.id}`}>{o.text}</a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          <ArticleBody parts={m.parts} blocks={m.blocks} lang={zh} />
          <p class="disclaimer">{t('article.disclaimer')}</p>
        </article>
        <div class="article-aside">
          {m.related.length ? (
            <section aria-labelledby="related-title">
              <h2 id="related-title">{t('article.related')}</h2>
              <ArticleList ctx={ctx} items={m.related} />
            </section>
          ) : null}
          {m.asides}
          <section aria-labelledby="next-title">
            <h2 id="next-title">{t('article.next.title')}</h2>
            {/* ?from= lets the insights page say which article led to a booking or a question (src/insights). */}
            <ul class="article-list">
              {m.team.map((d) => (
                <li>
                  <a href={`${prefix}/doctors/${d.slug}/sessions?from=${a.slug}`}>{t('article.next.book', { name: d.name })}</a>
                </li>
              ))}
              <li>
                <a href={`${prefix}/questions/ask?from=${a.slug}`}>{t('article.next.ask')}</a>
              </li>
            </ul>
          </section>
          {m.team.length ? (
            <section aria-labelledby="team-title">
              <h2 id="team-title">{t('article.teamFor', { category: a.category_name })}</h2>
              <DoctorTeam ctx={ctx} doctors={m.team} />
            </section>
          ) : null}
          <section aria-labelledby="hospital-title" class="hospital-block">
            <h2 id="hospital-title">{ctx.site.name}</h2>
            <HospitalFacts ctx={ctx} />
            <p>
              <a href={`${prefix}/hospital`}>{t('site.moreAbout')}</a>
            </p>
          </section>
          <section aria-labelledby="hot-title">
            <h2 id="hot-title">{t('hot.title')}</h2>
            <HotTopics ctx={ctx} items={m.hot} />
            <p>
              <a href={`${prefix}/hot`}>
                {t('home.more')}
                <span class="sr-only">{t('hot.title')}</span>
              </a>
            </p>
          </section>
        </div>
      </div>
    </Layout>
  );
}

/** The body with its typed blocks: the public page and the editor's preview use this same code. */
export function ArticleBody({ parts, blocks, lang }: { parts: BodyPart[]; blocks: Block[]; lang?: string }) {
  const placed = new Set(parts.flatMap((p) => (p.kind === 'block' ? [p.id] : [])));
  const byId = new Map(blocks.map((b) => [b.id, b]));
  return (
    <div class="prose" lang={lang}>
      {parts.map((p) => {
        if (p.kind === 'html') return <div dangerouslySetInnerHTML={{ __html: p.html }} />;
        const b = byId.get(p.id);
        return b ? <BlockView block={b} /> : null;
      })}
      {blocks
        .filter((b) => !placed.has(b.id))
        .map((b) => (
          <BlockView block={b} />
        ))}
    </div>
  );
}

export function CategoryPage({
  ctx,
  category,
  items,
  page,
  pages,
}: {
  ctx: PageContext;
  category: { slug: string; name: string; description: string };
  items: ArticleCard[];
  page: number;
  pages: number;
}) {
  const base = `${ctx.prefix}/categories/${category.slug}`;
  return (
    <Layout ctx={ctx} title={page > 1 ? `${category.name}（${page}）` : category.name} description={category.description} crumbs={[{ name: category.name, content: true }]}>
      <h1 lang={contentLang(ctx.locale)}>{category.name}</h1>
      <p class="lead" lang={contentLang(ctx.locale)}>
        {category.description}
      </p>
      <CategoryTabs ctx={ctx} current={category.slug} />
      {items.length ? <ArticleList ctx={ctx} items={items} headingLevel={2} /> : <p>{ctx.t('category.empty')}</p>}
      <Pager ctx={ctx} page={page} pages={pages} href={(p) => (p === 1 ? base : `${base}?page=${p}`)} />
    </Layout>
  );
}

export function HotPage({ ctx, pinned, popular }: { ctx: PageContext; pinned: ArticleCard[]; popular: ArticleCard[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('hot.title')} description={t('hot.popular')} crumbs={[{ name: t('hot.title') }]}>
      <h1>{t('hot.title')}</h1>
      {pinned.length ? (
        <section aria-labelledby="pinned-title">
          <h2 id="pinned-title">{t('hot.pinned')}</h2>
          <ArticleList ctx={ctx} items={pinned} />
        </section>
      ) : null}
      <section aria-labelledby="popular-title">
        <h2 id="popular-title">{t('hot.popular')}</h2>
        {popular.length ? <ArticleList ctx={ctx} items={popular} /> : <p>{t('hot.none')}</p>}
      </section>
    </Layout>
  );
}

export function HomePage({
  ctx,
  featured,
  latest,
  hot,
  team,
}: {
  ctx: PageContext;
  featured: ArticleCard[];
  latest: ArticleCard[];
  hot: ArticleCard[];
  team: Doctor[];
}) {
  const { t, site, prefix } = ctx;
  return (
    <Layout ctx={ctx} title={site.name} description={`${site.name}：${site.tagline}`} jsonLd={[hospitalLd(ctx)]}>
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{site.name}</h1>
        <p class="lead">{site.tagline}</p>
        <HospitalFacts ctx={ctx} />
        <form class="search-form" action={`${prefix}/search`} method="get" role="search">
          <label for="home-q">{t('search.label')}</label>
          <div class="search-row">
            <input id="home-q" name="q" type="search" maxLength={50} placeholder={t('search.placeholder')} />
            <button type="submit">{t('search.submit')}</button>
          </div>
        </form>
      </section>
      <section aria-labelledby="cat-title">
        <h2 id="cat-title">{t('home.categories')}</h2>
        <CategoryTabs ctx={ctx} />
      </section>
      <div class="two-col">
        <section aria-labelledby="featured-title">
          <h2 id="featured-title">{t('home.featured')}</h2>
          <ArticleList ctx={ctx} items={featured} />
        </section>
        <section aria-labelledby="hot-title">
          <h2 id="hot-title">{t('hot.title')}</h2>
          <HotTopics ctx={ctx} items={hot} />
          <p>
            <a href={`${prefix}/hot`}>
              {t('home.more')}
              <span class="sr-only">{t('hot.title')}</span>
            </a>
          </p>
        </section>
      </div>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('home.latest')}</h2>
        <ArticleList ctx={ctx} items={latest} />
      </section>
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('home.team')}</h2>
        <DoctorTeam ctx={ctx} doctors={team} />
        <p>
          <a href={`${prefix}/doctors`}>
            {t('home.more')}
            <span class="sr-only">{t('home.team')}</span>
          </a>
        </p>
      </section>
    </Layout>
  );
}
