import { portraitSources } from './photo.js';
import type { Doctor } from '../db/schema.js';
import type { PageContext } from './context.js';
import { contentLang, formatDate } from './i18n.js';
import { truncate } from './text.js';
import { plainText } from './markdown.js';

/** One article in a list: what the list components show (content.repository.ts fills it). */
export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  summary: string;
  published_at: string;
  updated_at: string;
  category_slug: string;
  category_name: string;
}

export function ArticleList({ ctx, items, headingLevel = 3 }: { ctx: PageContext; items: ArticleCard[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="article-list">
      {items.map((a) => (
        <li>
          <article>
            <H class="card-title">
              <a href={`${ctx.prefix}/articles/${a.slug}`} lang={contentLang(ctx.locale)}>
                {a.title}
              </a>
            </H>
            <p class="card-summary" lang={contentLang(ctx.locale)}>
              {a.summary}
            </p>
            <p class="meta">
              <span lang={contentLang(ctx.locale)}>{a.category_name}</span> · <time dateTime={a.published_at}>{formatDate(a.published_at, ctx.locale, ctx.timeZone)}</time>
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}

export function specialtiesOf(d: Doctor): string[] {
  return JSON.parse(d.specialties_json) as string[];
}

/**
 * A doctor's picture: an uploaded 3:4 portrait (WebP sizes with the JPEG as fallback) or the drawn
 * square one. `size` is the drawn one's side and the portrait's width.
 */
export function DoctorPhoto({ doctor, lang, size, lazy }: { doctor: Pick<Doctor, 'photo_path' | 'photo_alt'>; lang?: string; size: number; lazy?: boolean }) {
  const sources = portraitSources(doctor.photo_path);
  const loading = lazy ? { loading: 'lazy' as const, decoding: 'async' as const } : {};
  if (!sources) return <img src={doctor.photo_path} alt={doctor.photo_alt} lang={lang} width={String(size)} height={String(size)} {...loading} />;
  return (
    <picture>
      <source type="image/webp" srcSet={sources.srcset} sizes={`${size}px`} />
      <img src={doctor.photo_path} alt={doctor.photo_alt} lang={lang} width={String(size)} height={String(Math.round((size * 4) / 3))} class="portrait" {...loading} />
    </picture>
  );
}

export function DoctorCard({ ctx, doctor, headingLevel = 3 }: { ctx: PageContext; doctor: Doctor; headingLevel?: 2 | 3 }) {
  const { t, prefix } = ctx;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const url = `${prefix}/doctors/${doctor.slug}`;
  const zh = contentLang(ctx.locale);
  return (
    <li class="doctor-card">
      <DoctorPhoto doctor={doctor} lang={zh} size={96} lazy />
      <div>
        <H class="card-title" lang={zh}>
          {doctor.name}
        </H>
        <p class="doctor-title" lang={zh}>
          {doctor.title}
        </p>
        <p class="doctor-bio" lang={zh}>
          {truncate(plainText(doctor.bio_md), 60)}
        </p>
        <p class="card-actions">
          <a class="button secondary" href={url} aria-label={t('doctor.detailsFull', { name: doctor.name })}>
            {t('doctor.details')}
          </a>
          <a class="button" href={`${url}#booking`} aria-label={t('doctor.bookFull', { name: doctor.name })}>
            {t('doctor.book')}
          </a>
        </p>
      </div>
    </li>
  );
}

export function DoctorTeam({ ctx, doctors, headingLevel }: { ctx: PageContext; doctors: Doctor[]; headingLevel?: 2 | 3 }) {
  return (
    <ul class="doctor-grid">
      {doctors.map((d) => (
        <DoctorCard ctx={ctx} doctor={d} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function HotTopics({ ctx, items }: { ctx: PageContext; items: ArticleCard[] }) {
  if (!items.length) return <p>{ctx.t('hot.none')}</p>;
  return (
    <ol class="hot-list">
      {items.map((a) => (
        <li>
          <a href={`${ctx.prefix}/articles/${a.slug}`} lang={contentLang(ctx.locale)}>
            {a.title}
          </a>
        </li>
      ))}
    </ol>
  );
}

export function HospitalFacts({ ctx }: { ctx: PageContext }) {
  const { t, site } = ctx;
  return (
    <dl class="facts">
      <dt>{t('site.address')}</dt>
      <dd lang={contentLang(ctx.locale)}>{site.address}</dd>
      <dt>{t('site.phone')}</dt>
      <dd>
        <a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
      </dd>
      <dt>{t('site.hours')}</dt>
      <dd>
        {site.hours.map((h) => (
          <span class="hours-line" lang={contentLang(ctx.locale)}>
            {h.label} {h.opens}–{h.closes}
          </span>
        ))}
      </dd>
    </dl>
  );
}

export function Pager({ ctx, page, pages, href }: { ctx: PageContext; page: number; pages: number; href: (p: number) => string }) {
  if (pages <= 1) return null;
  const { t } = ctx;
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t('pager.prev')}
        </a>
      ) : null}
      <span>{t('category.page', { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t('pager.next')}
        </a>
      ) : null}
    </nav>
  );
}

/** The site's categories as tabs (they come with the page shell), the current one marked. */
export function CategoryTabs({ ctx, current }: { ctx: PageContext; current?: string }) {
  return (
    <ul class="category-tabs">
      {ctx.categories.map((c) => (
        <li>
          <a href={`${ctx.prefix}/categories/${c.slug}`} aria-current={c.slug === current ? 'page' : undefined}>
            {ctx.locale === 'en' ? (
              <>
                <span lang="zh-CN">{c.name}</span> ({c.name_en})
              </>
            ) : (
              c.name
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
