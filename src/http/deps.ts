import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { ViewCounter } from '../content/view-counter.js';
import type { PageCounter } from '../insights/insights.counter.js';
import type { SiteService } from '../site/site.service.js';
import type { PageCache } from '../web/page-cache.js';

/** What route modules are given; built once in app.ts. */
export interface Deps {
  db: Kysely<Database>;
  config: Config;
  site: SiteService;
  cache: PageCache | undefined;
  views: ViewCounter;
  /** Page views per page, referrer class and device class, for the insights page (src/insights). */
  insights: PageCounter;
  now: () => Date;
  assets: { css: string };
}
