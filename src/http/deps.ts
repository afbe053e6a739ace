import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { ViewCounter } from '../content/view-counter.js';
import type { SiteService } from '../site/site.service.js';
import type { PageCache } from '../web/page-cache.js';

/** What route modules are given; built once in app.ts. */
export interface Deps {
  db: Kysely<Database>;
  config: Config;
  site: SiteService;
  cache: PageCache | undefined;
  views: ViewCounter;
  now: () => Date;
  assets: { css: string };
}
