import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { FooterGroup, SiteInfo } from '../web/context.js';
import type { PageCache, PageSubject } from '../web/page-cache.js';

// What the platform asks of the services the composition (src/main.ts) builds from features: the
// page shell (site), the article view counter (content) and the page counter (insights). Features
// add what they alone call to these interfaces by declaration merging (e.g. site.service.ts adds
// the hot-topic lists to SiteShell), so the platform names no feature.

/** The page shell every public page needs, cached by the content version. */
export interface SiteShell {
  contentVersion(): Promise<number>;
  /** The version last read, without a database round trip; undefined when due for a check. */
  knownVersion(): number | undefined;
  invalidate(): void;
  shell(): Promise<{ site: SiteInfo; categories: { slug: string; name: string; name_en: string }[] }>;
}

/** Views of an article, counted in memory and written in batches. */
export interface ArticleViews {
  add(articleId: number): void;
  flush(now: Date): Promise<void>;
}

/** What a page counter reads of a request: header values, looked at and dropped. */
export interface RequestFacts {
  referer?: string | undefined;
  'user-agent'?: string | undefined;
  host?: string | undefined;
}

/** Views per page (article, doctor, Q&A), counted in memory and written in batches. */
export interface PageHits {
  count(subject: PageSubject, req: RequestFacts): void;
  flush(now: Date): Promise<void>;
}

/** What route modules are given; built once in app.tsx from the platform's parts and the composition's services. */
export interface Deps {
  db: Kysely<Database>;
  config: Config;
  site: SiteShell;
  cache: PageCache | undefined;
  views: ArticleViews;
  /** Page views per page, referrer class and device class, for the insights page (src/insights). */
  insights: PageHits;
  now: () => Date;
  assets: { css: string };
  /** The features' footer links, for every page's context. */
  footer: FooterGroup[];
}
