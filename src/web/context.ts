import type { Locale, T } from './i18n.js';

export interface SiteInfo {
  name: string;
  shortName: string;
  tagline: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  /** Opening hours, clinic local time; dayOfWeek uses schema.org English day names. */
  hours: { label: string; dayOfWeek: string[]; opens: string; closes: string }[];
  licenceNo: string;
  adReviewNo: string;
  introMd: string;
}

/** A paragraph of footer links, each labelled in the page's locale; registered by features. */
export type FooterGroup = { href: string; label: (locale: Locale) => string }[];

/** What every page needs besides its own data. */
export interface PageContext {
  locale: Locale;
  t: T;
  /** '' or '/en': prepended to every internal link. */
  prefix: string;
  /** The page's path without the locale prefix, for canonical and alternate links. */
  path: string;
  site: SiteInfo;
  categories: { slug: string; name: string; name_en: string }[];
  siteUrl: string;
  timeZone: string;
  assets: { css: string };
  /** Features' footer links (src/platform/feature.ts); none when a page is rendered on its own. */
  footer?: FooterGroup[];
  /** The content version the page is rendered for (share-card URLs carry it); none outside servePage. */
  version?: number;
}
