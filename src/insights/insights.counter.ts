import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { localDate } from '../web/i18n.js';
import { addPageViews, type ViewCount } from './insights.repository.js';
import type { DeviceClass, PageKind, ReferrerClass } from './insights.tables.js';

// The page a response shows (a platform type: the page cache keeps it with each page).
export type { PageSubject } from '../web/page-cache.js';
import type { PageSubject } from '../web/page-cache.js';

const KINDS: PageKind[] = ['article', 'doctor', 'qa'];
const REFERRERS: ReferrerClass[] = ['search', 'wechat', 'other', 'internal', 'direct'];
const DEVICES: DeviceClass[] = ['mobile', 'tablet', 'desktop', 'other'];
const KIND_INDEX: Record<PageKind, number> = { article: 0, doctor: 1, qa: 2 };
const REFERRER_INDEX: Record<ReferrerClass, number> = { search: 0, wechat: 1, other: 2, internal: 3, direct: 4 };
const DEVICE_INDEX: Record<DeviceClass, number> = { mobile: 0, tablet: 1, desktop: 2, other: 3 };

// Search engines a Chinese clinic's readers use, by registered domain (any subdomain matches).
const SEARCH_DOMAINS = ['baidu.com', 'sogou.com', 'so.com', 'sm.cn', 'bing.com', 'so.toutiao.com', 'duckduckgo.com', 'yandex.com', 'yandex.ru', 'search.yahoo.com', 'ecosia.org'];
const WECHAT_DOMAINS = ['weixin.qq.com', 'wx.qq.com', 'servicewechat.com'];
const GOOGLE = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/;

const within = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The host of an absolute http(s) URL, lower-cased, or '' when the value is not one. A scan by
 * character codes, not a regular expression: it runs on every counted request (about a tenth of
 * the cost, measured), and reads at most the scheme and 253 characters of host.
 */
export function refererHost(referer: string): string {
  let start: number;
  if (referer.startsWith('https://')) start = 8;
  else if (referer.startsWith('http://')) start = 7;
  else return '';
  const max = Math.min(referer.length, start + 253);
  let end = start;
  for (; end < max; end++) {
    const c = referer.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35 || c === 58) break; // / ? # :
    if (c === 64) start = end + 1; // user@host
  }
  return end > start ? referer.slice(start, end).toLowerCase() : '';
}

/** The class of a referring host; `own` are the hosts of this site (a link followed on the site itself). */
export function classifyHost(host: string, own: ReadonlySet<string>): ReferrerClass {
  if (!host) return 'direct';
  if (own.has(host)) return 'internal';
  if (WECHAT_DOMAINS.some((d) => within(host, d))) return 'wechat';
  if (GOOGLE.test(host) || SEARCH_DOMAINS.some((d) => within(host, d))) return 'search';
  return 'other';
}

const BOT = /bot|spider|crawl|slurp|headless|lighthouse|preview|curl|wget|python|java\//i;
const TABLET = /ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))/i;
const MOBILE = /mobi|iphone|ipod|android|harmonyos|windows phone|opera mini/i;
const DESKTOP = /windows nt|macintosh|x11|cros|linux/i;

/** The device class of a User-Agent, or null for a robot (robots are not readers and are not counted). */
export function classifyDevice(ua: string | undefined): DeviceClass | null {
  if (!ua) return 'other';
  const head = ua.length > 512 ? ua.slice(0, 512) : ua;
  if (BOT.test(head)) return null;
  if (TABLET.test(head)) return 'tablet';
  if (MOBILE.test(head)) return 'mobile';
  return DESKTOP.test(head) ? 'desktop' : 'other';
}

/** The class of a request's origin: WeChat's in-app browser says so in its User-Agent even when it sends no Referer. */
export function classifyReferrer(referer: string | undefined, ua: string | undefined, own: ReadonlySet<string>): ReferrerClass {
  const cls = classifyHost(referer ? refererHost(referer) : '', own);
  if ((cls === 'direct' || cls === 'other') && ua && ua.includes('MicroMessenger')) return 'wechat';
  return cls;
}

/** A bounded memo: readers send a few thousand distinct values at most; past the bound it starts over. */
class Memo<V> {
  private readonly m = new Map<string, V>();
  constructor(
    private readonly limit: number,
    private readonly make: (key: string) => V,
  ) {}
  get(key: string): V {
    const v = this.m.get(key);
    if (v !== undefined) return v;
    const made = this.make(key);
    if (this.m.size >= this.limit) this.m.clear();
    if (key.length <= 600) this.m.set(key, made);
    return made;
  }
}

// A robot's device class is remembered as this, since a memo cannot hold undefined or null apart.
const ROBOT = 'robot' as const;

/** What the counter reads of a request: header values, looked at and dropped. */
export interface RequestFacts {
  referer?: string | undefined;
  'user-agent'?: string | undefined;
  host?: string | undefined;
}

/**
 * Counts views of article, doctor and Q&A pages in memory — one number per page, referrer class
 * and device class — and writes them in one batch every few seconds, like the article view
 * counter. No cookie is read or set, and the address, User-Agent and Referer are reduced to a
 * class at once and never kept: two views cannot be linked to each other or to a person.
 */
export class PageCounter {
  private pending = new Map<number, number>();
  private readonly own: Set<string>;
  private readonly deviceOf = new Memo<DeviceClass | typeof ROBOT>(1024, (ua) => classifyDevice(ua) ?? ROBOT);
  private readonly originOf: Memo<ReferrerClass>;
  private queuedFor = '';

  constructor(
    private readonly db: Kysely<Database>,
    private readonly timeZone: string,
    siteUrl: string,
    readonly enabled: boolean,
    /** Called once a day after a flush that wrote counts (queues the nightly roll-up). */
    private readonly daily?: (now: Date) => Promise<void>,
  ) {
    this.own = new Set([new URL(siteUrl).hostname.toLowerCase()]);
    this.originOf = new Memo<ReferrerClass>(1024, (host) => classifyHost(host, this.own));
  }

  count(subject: PageSubject, req: RequestFacts): void {
    if (!this.enabled) return;
    const ua = req['user-agent'];
    const device = ua === undefined ? 'other' : this.deviceOf.get(ua);
    if (device === ROBOT) return;
    const referer = req.referer;
    let origin: ReferrerClass = 'direct';
    if (referer !== undefined) {
      const host = refererHost(referer);
      if (host !== '') {
        // The Host the request came in on is this site too (a second domain, a test address).
        const h = req.host;
        const own = h !== undefined && h.startsWith(host) && (h.length === host.length || h.charCodeAt(host.length) === 58);
        origin = own ? 'internal' : this.originOf.get(host);
      }
    }
    if ((origin === 'direct' || origin === 'other') && ua !== undefined && ua.includes('MicroMessenger')) origin = 'wechat';
    const key = ((subject.id * 4 + DEVICE_INDEX[device]) * 8 + REFERRER_INDEX[origin]) * 4 + KIND_INDEX[subject.kind];
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  get pendingCount(): number {
    let n = 0;
    for (const v of this.pending.values()) n += v;
    return n;
  }

  async flush(now: Date): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const day = localDate(now, this.timeZone);
    const rows: ViewCount[] = [];
    for (const [key, views] of batch) {
      const kind = KINDS[key % 4]!;
      const rest = Math.floor(key / 4);
      const referrer = REFERRERS[rest % 8]!;
      const r2 = Math.floor(rest / 8);
      rows.push({ day, kind, subject_id: Math.floor(r2 / 4), referrer_class: referrer, device_class: DEVICES[r2 % 4]!, views });
    }
    try {
      await addPageViews(this.db, rows);
    } catch (err) {
      // Keep the counts for the next flush rather than lose them.
      for (const [k, n] of batch) this.pending.set(k, (this.pending.get(k) ?? 0) + n);
      throw err;
    }
    if (this.daily && this.queuedFor !== day) {
      await this.daily(now);
      this.queuedFor = day;
    }
  }
}
