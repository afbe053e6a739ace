import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { articleCardsByIds, listCategories, mostReadIds, pinnedIds, type ArticleCard } from '../content/index.js';
import type { SiteInfo } from '../web/context.js';
import { localDate } from '../web/i18n.js';
import { getContentVersion, getSiteProfile } from '../platform/site-state.repository.js';

const DAY = 86_400_000;

// The content pages read the hot-topic lists from the same cached shell (declaration merging: the
// platform's SiteShell names no feature type).
declare module '../http/deps.js' {
  interface SiteShell {
    hotTopics(): Promise<{ pinned: ArticleCard[]; popular: ArticleCard[] }>;
    hotList(limit: number): Promise<ArticleCard[]>;
  }
}

/**
 * What every public page shares: the site profile, the categories and hot topics, held in
 * memory and refreshed when the database's content version moves. Checking the version costs one
 * indexed read at most once a second per instance, so several instances agree within a second.
 */
export class SiteService {
  private version = -1;
  private checkedAt = 0;
  private checking: Promise<number> | undefined;
  private shellCache: { version: number; site: SiteInfo; categories: { id: number; slug: string; name: string; name_en: string; description: string }[] } | undefined;
  private hotCache: { version: number; until: number; pinned: ArticleCard[]; popular: ArticleCard[] } | undefined;
  private hotLoading: { version: number; promise: Promise<{ pinned: ArticleCard[]; popular: ArticleCard[] }> } | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly timeZone: string,
    private readonly now: () => Date,
    private readonly checkEveryMs = 1000,
  ) {}

  async contentVersion(): Promise<number> {
    const t = this.now().getTime();
    if (t - this.checkedAt < this.checkEveryMs && this.version >= 0) return this.version;
    this.checking ??= getContentVersion(this.db)
      .then((v) => {
        this.version = v;
        this.checkedAt = this.now().getTime();
        return v;
      })
      .finally(() => {
        this.checking = undefined;
      });
    return this.checking;
  }

  /** The content version when it was checked within the last second; undefined when a check is due. */
  knownVersion(): number | undefined {
    if (this.version < 0 || this.now().getTime() - this.checkedAt >= this.checkEveryMs) {
      void this.contentVersion().catch(() => {});
      return undefined;
    }
    return this.version;
  }

  /** Forget the last check, e.g. right after this instance changed content. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  async shell() {
    const version = await this.contentVersion();
    if (this.shellCache?.version === version) return this.shellCache;
    const [profile, categories] = await Promise.all([getSiteProfile(this.db), listCategories(this.db)]);
    if (!profile) throw new Error('The site profile is missing: run `clinicpress seed --demo` or create it in the back office.');
    const site: SiteInfo = {
      name: profile.name,
      shortName: profile.short_name,
      tagline: profile.tagline,
      address: profile.address,
      postalCode: profile.postal_code,
      city: profile.city,
      phone: profile.phone,
      email: profile.email,
      hours: JSON.parse(profile.hours_json),
      licenceNo: profile.licence_no,
      adReviewNo: profile.ad_review_no,
      introMd: profile.intro_md,
    };
    this.shellCache = { version, site, categories };
    return this.shellCache;
  }

  /** Editor-pinned topics first, then the most read over the last 30 days; recomputed each minute. */
  async hotTopics(): Promise<{ pinned: ArticleCard[]; popular: ArticleCard[] }> {
    const version = await this.contentVersion();
    const t = this.now().getTime();
    if (this.hotCache && this.hotCache.version === version && this.hotCache.until > t) return this.hotCache;
    // Every page asks for these: without sharing the computation, the fifty requests in flight when
    // the minute ran out each summed the views table (47 times in a second under load).
    if (this.hotLoading?.version === version) return this.hotLoading.promise;
    const promise = this.loadHotTopics(version, t).finally(() => {
      if (this.hotLoading?.promise === promise) this.hotLoading = undefined;
    });
    this.hotLoading = { version, promise };
    return promise;
  }

  private async loadHotTopics(version: number, t: number): Promise<{ pinned: ArticleCard[]; popular: ArticleCard[] }> {
    const since = localDate(new Date(t - 30 * DAY), this.timeZone);
    const pinnedList = await pinnedIds(this.db);
    const readIds = (await mostReadIds(this.db, since, 20)).filter((id) => !pinnedList.includes(id));
    const [pinned, popular] = await Promise.all([articleCardsByIds(this.db, pinnedList), articleCardsByIds(this.db, readIds)]);
    this.hotCache = { version, until: t + 60_000, pinned, popular: popular.slice(0, 10) };
    return this.hotCache;
  }

  async hotList(limit: number): Promise<ArticleCard[]> {
    const { pinned, popular } = await this.hotTopics();
    return [...pinned, ...popular].slice(0, limit);
  }
}
