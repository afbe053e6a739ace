import type { Block } from '../../content/blocks.js';
import type { SiteInfo } from '../../web/context.js';

export type DocType = 'institution' | 'kepu' | 'ad' | 'case';

/** The demo hospital is exactly a site profile. */
export type DemoHospital = SiteInfo;

export interface DemoCategory {
  slug: string;
  name: string;
  nameEn: string;
  description: string;
}

export interface DemoDoctor {
  slug: string;
  name: string;
  title: string;
  specialties: string[];
  bioMd: string;
  licenceNo: string;
  categorySlugs: string[];
  /** Describes the stored portrait illustration truthfully. */
  photoAlt: string;
}

export interface DemoArticle {
  slug: string;
  categorySlug: string;
  docType: DocType;
  title: string;
  summary: string;
  source: string;
  authorDoctorSlug: string;
  reviewerDoctorSlug: string;
  publishedDaysAgo: number;
  updatedDaysAgo: number;
  reviewedDaysAgo: number;
  /** Negative means the next review is already overdue. */
  nextReviewInDays: number;
  featured: boolean;
  bodyMd: string;
  blocks: Block[];
}
