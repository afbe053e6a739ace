import type { Kysely } from 'kysely';
import type { Database, SiteProfileTable } from '../db/schema.js';
import { getSiteProfile } from '../platform/site-state.repository.js';
import { replaceDocs, type SearchSource } from '../search/index.js';
import { plainText, renderBody } from '../web/markdown.js';
import { translator } from '../web/i18n.js';

// The hospital page (/hospital) is one search document (kind 'page', ref_id 1): patients search
// the clinic itself as often as a disease (地址, 门诊时间, 周末开门吗, 停车), and found articles
// that merely mention a visit. Its text is what the page shows, with the page's own labels, so
// that 电话 or 门诊时间 finds it as the reader sees them. Written when the profile is saved and
// by a rebuild.

const REF_ID = 1;

/** What of the profile the page shows, and so what is searched. */
type Searched = Pick<SiteProfileTable, 'name' | 'tagline' | 'address' | 'phone' | 'hours_json' | 'intro_md'>;

function hospitalDoc(p: Searched, now: string) {
  const t = translator('zh-CN');
  const hours = (JSON.parse(p.hours_json) as { label: string; opens: string; closes: string }[]).map((h) => `${h.label} ${h.opens}–${h.closes}`);
  const body = [
    p.tagline,
    plainText(p.intro_md),
    `${t('hospital.contact')}`,
    `${t('site.address')} ${p.address}`,
    `${t('site.phone')} ${p.phone}`,
    `${t('site.hours')} ${hours.join('，')}`,
  ].join('\n');
  // The page's headings and labels (## 就诊须知, 联系方式与门诊时间, 地址, 电话, 门诊时间) weigh as headings.
  const headings = [...renderBody(p.intro_md).outline.map((o) => o.text), t('hospital.contact'), t('site.address'), t('site.phone'), t('site.hours')].join('\n');
  return { kind: 'page' as const, ref_id: REF_ID, url: '/hospital', title: `${t('hospital.title')}：${p.name}`, headings, body, published_at: now };
}

/**
 * The hospital page into the index as `profile` has it, replacing what was there (the caller, which
 * has just written or read the profile, moves the content version).
 */
export async function indexHospital(db: Kysely<Database>, profile: Searched | undefined, now: string): Promise<number> {
  await replaceDocs(db, 'page', REF_ID, profile ? [hospitalDoc(profile, now)] : []);
  return profile ? 1 : 0;
}

/** The hospital page into the search index (a rebuild). */
export const hospitalSearchSource: SearchSource = { name: 'hospital', indexAll: async (trx, now) => indexHospital(trx, await getSiteProfile(trx), now.toISOString()) };
