import type { PageContext } from './context.js';

// The share card of a page (issue 17 item 10): the image social apps show beside a shared link.
// The pages that have one (article, doctor, Q&A) name it here; a feature (src/share) draws it.
// The content version is part of the address, so a changed title gives a new URL: WeChat and
// Weibo keep an image they fetched for a long time and would otherwise show the old one.

export const SHARE_CARD = { width: 1200, height: 630, type: 'image/png' } as const;

export type ShareKind = 'article' | 'doctor' | 'qa';

export interface ShareImage {
  url: string;
  alt: string;
  width: number;
  height: number;
  type: string;
}

/** The path of a page's card, below the site (no locale prefix: both locales share one card). */
export function shareCardPath(kind: ShareKind, slug: string, version?: number): string {
  return `/share/${kind}/${slug}.png${version === undefined ? '' : `?v=${version}`}`;
}

/** The og:image of a page: an absolute URL, as WeChat, Weibo and the Open Graph protocol want. */
export function shareImage(ctx: PageContext, kind: ShareKind, slug: string, title: string): ShareImage {
  return { url: `${ctx.siteUrl}${shareCardPath(kind, slug, ctx.version)}`, alt: `${title} - ${ctx.site.name}`, width: SHARE_CARD.width, height: SHARE_CARD.height, type: SHARE_CARD.type };
}
