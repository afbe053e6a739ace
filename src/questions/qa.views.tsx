import type { PageContext } from '../web/context.js';
import { Pager } from '../web/components.js';
import { contentLang, formatDate } from '../web/i18n.js';
import { qaPageLd } from '../web/jsonld.js';
import { Layout } from '../web/layout.js';
import { shareImage } from '../web/share.js';
import { truncate } from '../web/text.js';
import { qaText } from './qa.i18n.js';
import type { QaCard } from './qa.repository.js';

/** Plain text shown as paragraphs: the public text is data, never HTML (preact escapes it). */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((p) => p.trim())
        .map((p) => (
          <p>{p}</p>
        ))}
    </>
  );
}

export function QaList({ ctx, items, headingLevel = 3 }: { ctx: PageContext; items: QaCard[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="article-list">
      {items.map((q) => (
        <li>
          <article>
            <H class="card-title">
              <a href={`${ctx.prefix}/qa/${q.slug}`} lang={contentLang(ctx.locale)}>
                {q.title}
              </a>
            </H>
            <p class="card-summary" lang={contentLang(ctx.locale)}>{truncate(q.question_public.replace(/\s+/g, ' '), 80)}</p>
            <p class="meta">
              {q.category_name ? (
                <>
                  <span>{q.category_name}</span> ·{' '}
                </>
              ) : null}
              <time dateTime={q.published_at}>{formatDate(q.published_at, ctx.locale, ctx.timeZone)}</time>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** "相关问答" on an article page: published Q&A of the article's category (content.views.tsx). */
export function RelatedQa({ ctx, items }: { ctx: PageContext; items: QaCard[] }) {
  if (!items.length) return null;
  const q = qaText(ctx.locale);
  return (
    <section aria-labelledby="related-qa-title">
      <h2 id="related-qa-title">{q('qa.related')}</h2>
      <ul class="hot-list">
        {items.map((i) => (
          <li>
            <a href={`${ctx.prefix}/qa/${i.slug}`} lang={contentLang(ctx.locale)}>
              {i.title}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`${ctx.prefix}/qa`}>{q('qa.more')}</a>
      </p>
    </section>
  );
}

export function QaListPage({
  ctx,
  items,
  category,
  page,
  pages,
}: {
  ctx: PageContext;
  items: QaCard[];
  category: { slug: string; name: string } | undefined;
  page: number;
  pages: number;
}) {
  const q = qaText(ctx.locale);
  const base = `${ctx.prefix}/qa`;
  const href = (p: number, cat = category?.slug) => {
    const params = [cat ? `category=${cat}` : '', p > 1 ? `page=${p}` : ''].filter(Boolean).join('&');
    return params ? `${base}?${params}` : base;
  };
  const title = category ? `${q('qa.title')}：${category.name}` : q('qa.title');
  return (
    <Layout ctx={ctx} title={page > 1 ? `${title}（${page}）` : title} description={q('qa.lead')} crumbs={category ? [{ name: q('qa.title'), path: '/qa' }, { name: category.name }] : [{ name: q('qa.title') }]}>
      <h1>{title}</h1>
      <p class="lead">{q('qa.lead')}</p>
      <nav aria-label={q('qa.categoryLabel')}>
        <ul class="category-tabs">
          <li>
            <a href={href(1, '')} aria-current={category ? undefined : 'page'}>
              {q('qa.all')}
            </a>
          </li>
          {ctx.categories.map((c) => (
            <li>
              <a href={href(1, c.slug)} aria-current={c.slug === category?.slug ? 'page' : undefined}>
                {ctx.locale === 'en' ? `${c.name} (${c.name_en})` : c.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {items.length ? <QaList ctx={ctx} items={items} headingLevel={2} /> : <p>{q('qa.empty')}</p>}
      <Pager ctx={ctx} page={page} pages={pages} href={(p) => href(p)} />
      <p>
        <a class="button" href={`${ctx.prefix}/questions/ask`}>
          {q('qa.ask')}
        </a>
      </p>
    </Layout>
  );
}

export interface QaPageModel {
  slug: string;
  title: string;
  question_public: string;
  answer_public: string;
  published_at: string;
  answered_at: string | null;
  category_slug: string | null;
  category_name: string | null;
  doctor: { slug: string; name: string; title: string; active: boolean } | null;
  related: QaCard[];
}

export function QaPage({ ctx, m }: { ctx: PageContext; m: QaPageModel }) {
  const q = qaText(ctx.locale);
  const { prefix, locale, timeZone } = ctx;
  const crumbs = [{ name: q('qa.title'), path: '/qa' }, ...(m.category_slug && m.category_name ? [{ name: m.category_name, path: `/qa?category=${m.category_slug}` }] : []), { name: m.title }];
  return (
    <Layout
      ctx={ctx}
      title={m.title}
      description={truncate(m.question_public.replace(/\s+/g, ' '), 120)}
      ogType="article"
      image={shareImage(ctx, 'qa', m.slug, m.title)}
      published={m.published_at}
      jsonLd={[qaPageLd(ctx, { slug: m.slug, title: m.title, question: m.question_public, answer: m.answer_public, published_at: m.published_at, answered_at: m.answered_at }, m.doctor)]}
      crumbs={crumbs}
    >
      <article class="article qa">
        <header class="article-head">
          <h1 lang={contentLang(ctx.locale)}>{m.title}</h1>
          <p class="meta">
            {m.category_name ? <span lang={contentLang(ctx.locale)}>{m.category_name}</span> : null}
            <span>
              {q('qa.published')}：<time dateTime={m.published_at}>{formatDate(m.published_at, locale, timeZone)}</time>
            </span>
          </p>
        </header>
        <section aria-labelledby="qa-question">
          <h2 id="qa-question">{q('qa.question')}</h2>
          <div class="prose" lang={contentLang(ctx.locale)}>
            <Paragraphs text={m.question_public} />
          </div>
        </section>
        <section aria-labelledby="qa-answer">
          <h2 id="qa-answer">{q('qa.answer')}</h2>
          {m.doctor ? (
            <p class="meta">
              {q('qa.answeredBy')}：{m.doctor.active ? (
                <a href={`${prefix}/doctors/${m.doctor.slug}`} lang={contentLang(ctx.locale)}>
                  {m.doctor.name}
                </a>
              ) : (
                <span lang={contentLang(ctx.locale)}>{m.doctor.name}</span>
              )}
              （<span lang={contentLang(ctx.locale)}>{m.doctor.title}</span>）
            </p>
          ) : null}
          <div class="prose" lang={contentLang(ctx.locale)}>
            <Paragraphs text={m.answer_public} />
          </div>
        </section>
        <p class="disclaimer">{q('qa.disclaimer')}</p>
      </article>
      {m.related.length ? (
        <section aria-labelledby="qa-more">
          <h2 id="qa-more">{q('qa.more')}</h2>
          <QaList ctx={ctx} items={m.related} />
        </section>
      ) : null}
      <p>
        <a href={`${prefix}/qa`}>{q('qa.title')}</a> · <a href={`${prefix}/questions/ask`}>{q('qa.ask')}</a>
      </p>
    </Layout>
  );
}
