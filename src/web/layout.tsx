import type { ComponentChildren } from 'preact';
import type { PageContext, SiteInfo } from './context.js';
import { contentLang } from './i18n.js';
import type { ShareImage } from './share.js';
import { renderToString } from 'preact-render-to-string';

export interface Crumb {
  name: string;
  path?: string;
  /** Set when the name is stored content (in Chinese), not interface text: marked lang="zh-CN" on /en. */
  content?: boolean;
}

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description: string;
  ogType?: 'website' | 'article' | 'profile';
  jsonLd?: object[];
  crumbs?: Crumb[];
  noindex?: boolean;
  /** The page's share card (src/web/share.ts): og:image and what WeChat, QQ and Weibo read besides. */
  image?: ShareImage;
  /** First published and last changed (ISO instants), for Weibo's card. */
  published?: string | null;
  modified?: string | null;
  children: ComponentChildren;
}

/** JSON inside <script> must not be able to close the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

// One formatter per time zone: building one per call cost ~100 µs and native memory kept until the
// next collection; with two per article page it was 11 % of an uncached page's CPU (issue 12).
const weiboFormatters = new Map<string, Intl.DateTimeFormat>();

/** Weibo's card dates: clinic-local "YYYY-MM-DD HH:mm:ss". */
function weiboTime(iso: string, timeZone: string): string {
  let f = weiboFormatters.get(timeZone);
  if (!f) weiboFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  const parts = f.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/**
 * The share text. Open Graph for most apps and Weibo (which adds its own dates, `weibo:<type>:…`);
 * WeChat's and QQ's in-app browsers read schema.org microdata names (itemprop name, description,
 * image) first, so the same values are given that way too, on the <head> item.
 */
function ShareMeta({ ctx, title, description, ogType, image, published, modified }: { ctx: PageContext; title: string; description: string; ogType: string; image?: ShareImage; published?: string | null; modified?: string | null }) {
  const weiboType = ogType === 'article' ? 'article' : 'webpage';
  return (
    <>
      <meta itemprop="name" content={title} />
      <meta itemprop="description" content={description} />
      {image ? (
        <>
          <meta itemprop="image" content={image.url} />
          <meta property="og:image" content={image.url} />
          {image.url.startsWith('https://') ? <meta property="og:image:secure_url" content={image.url} /> : null}
          <meta property="og:image:type" content={image.type} />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          <meta property="og:image:alt" content={image.alt} />
          <meta name="twitter:card" content="summary_large_image" />
        </>
      ) : null}
      {published ? <meta name={`weibo:${weiboType}:create_at`} content={weiboTime(published, ctx.timeZone)} /> : null}
      {modified ? <meta name={`weibo:${weiboType}:update_at`} content={weiboTime(modified, ctx.timeZone)} /> : null}
    </>
  );
}

// The navigation and the footer are the same on every page of a locale until the site profile
// changes (a new content version gives a new SiteInfo): rendered once each instead of per request,
// they were two thirds of rendering a search results page.
const chromes = new WeakMap<SiteInfo, Map<string, { t: PageContext['t']; links: PageContext['footer']; nav: string; footer: string }>>();

function chromeOf(ctx: PageContext): { nav: string; footer: string } {
  const { t, prefix, site } = ctx;
  let byLocale = chromes.get(site);
  if (!byLocale) chromes.set(site, (byLocale = new Map()));
  const known = byLocale.get(ctx.locale);
  if (known && known.t === t && known.links === ctx.footer) return known;
  const chrome = {
    t,
    links: ctx.footer,
    nav: renderToString(
      <ul>
        <li><a href={`${prefix}/`}>{t('nav.home')}</a></li>
        <li><a href={`${prefix}/articles`}>{t('nav.articles')}</a></li>
        <li><a href={`${prefix}/doctors`}>{t('nav.doctors')}</a></li>
        <li><a href={`${prefix}/hot`}>{t('nav.hot')}</a></li>
        <li><a href={`${prefix}/qa`}>{t('nav.qa')}</a></li>
        <li><a href={`${prefix}/hospital`}>{t('nav.hospital')}</a></li>
        <li><a href={`${prefix}/search`}>{t('nav.search')}</a></li>
      </ul>
    ),
    footer: renderToString(
      <div class="wrap">
        <p class="footer-name" lang={contentLang(ctx.locale)}>
          {site.name}
        </p>
        <p>
          {t('site.address')}：<span lang={contentLang(ctx.locale)}>{site.address}</span> · {t('site.phone')}：<a href={`tel:${site.phone.replace(/[^\d+]/g, '')}`}>{site.phone}</a>
        </p>
        <p>
          {t('site.licence')}：{site.licenceNo} · {t('site.adReview')}：{site.adReviewNo}
        </p>
        <p>{t('footer.disclaimer')}</p>
        <p>{t('footer.demo')}</p>
        <p>
          <a href="/feed.xml">{t('footer.feed')}</a>
        </p>
        {(ctx.footer ?? []).map((group) => (
          <p>
            {group.map((link, i) => (
              <>
                {i ? ' · ' : null}
                <a href={`${prefix}${link.href}`}>{link.label(ctx.locale)}</a>
              </>
            ))}
          </p>
        ))}
      </div>
    ),
  };
  byLocale.set(ctx.locale, chrome);
  return chrome;
}

export function Layout({ ctx, title, description, ogType = 'website', jsonLd = [], crumbs, noindex, image, published, modified, children }: LayoutProps) {
  const { t, prefix, site } = ctx;
  const fullTitle = ctx.path === '/' ? `${site.name} — ${site.tagline}` : `${title} - ${site.shortName}`;
  const canonical = `${ctx.siteUrl}${prefix}${ctx.path === '/' && prefix ? '' : ctx.path}`;
  const otherLocale = ctx.locale === 'en' ? '' : '/en';
  const ld = crumbs?.length ? [...jsonLd, breadcrumbLd(ctx, crumbs)] : jsonLd;
  const chrome = chromeOf(ctx);
  return (
    <html lang={ctx.locale}>
      {/* The item the share text's microdata names belong to (ShareMeta). */}
      <head itemscope itemtype="https://schema.org/WebPage">
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={canonical} />}
        <link rel="alternate" hrefLang="zh-CN" href={`${ctx.siteUrl}${ctx.path}`} />
        <link rel="alternate" hrefLang="en" href={`${ctx.siteUrl}/en${ctx.path === '/' ? '' : ctx.path}`} />
        <link rel="alternate" type="application/atom+xml" title={site.name} href="/feed.xml" />
        <meta property="og:type" content={ogType} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:site_name" content={site.name} />
        <meta property="og:locale" content={ctx.locale === 'en' ? 'en_GB' : 'zh_CN'} />
        <ShareMeta ctx={ctx} title={title} description={description} ogType={ogType} image={image} published={published} modified={modified} />
        <meta name="theme-color" content="#1f6f5c" />
        <link rel="icon" href="/assets/logo.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={ctx.assets.css} />
        {ld.map((item) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(item) }} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={`${prefix}/`}>
              <img src="/assets/logo.svg" alt="" width="36" height="36" />
              <span lang={contentLang(ctx.locale)}>{site.name}</span>
            </a>
            {/* The visible label is part of the name (WCAG 2.5.3), and only it is in the other language (3.1.2). */}
            <a class="lang" href={`${otherLocale}${ctx.path === '/' && otherLocale ? '' : ctx.path}`}>
              <span lang={ctx.locale === 'en' ? 'zh-CN' : 'en'}>{t('nav.lang')}</span>
              <span class="sr-only"> {t('nav.langLabel')}</span>
            </a>
          </div>
          <nav class="wrap main-nav" aria-label={t('nav.main')} dangerouslySetInnerHTML={{ __html: chrome.nav }} />
        </header>
        {crumbs?.length ? <Breadcrumbs ctx={ctx} crumbs={crumbs} /> : null}
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer" dangerouslySetInnerHTML={{ __html: chrome.footer }} />
      </body>
    </html>
  );
}

function Breadcrumbs({ ctx, crumbs }: { ctx: PageContext; crumbs: Crumb[] }) {
  const all: Crumb[] = [{ name: ctx.t('nav.home'), path: '/' }, ...crumbs];
  return (
    <nav class="wrap crumbs" aria-label={ctx.t('breadcrumb')}>
      <ol>
        {all.map((c, i) =>
          i === all.length - 1 ? (
            <li aria-current="page" lang={c.content ? contentLang(ctx.locale) : undefined}>
              {c.name}
            </li>
          ) : (
            <li>
              <a href={`${ctx.prefix}${c.path === '/' && ctx.prefix ? '' : c.path}`} lang={c.content ? contentLang(ctx.locale) : undefined}>
                {c.name}
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

function breadcrumbLd(ctx: PageContext, crumbs: Crumb[]) {
  const all: Crumb[] = [{ name: ctx.t('nav.home'), path: '/' }, ...crumbs];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: all.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      ...(c.path ? { item: `${ctx.siteUrl}${ctx.prefix}${c.path === '/' && ctx.prefix ? '' : c.path}` } : {}),
    })),
  };
}
