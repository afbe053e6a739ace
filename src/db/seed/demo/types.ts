import type { Block } from '../../../content/blocks.js';

export type DocType = 'institution' | 'kepu' | 'ad' | 'case';

export interface DemoHospital {
  name: string;
  shortName: string;
  tagline: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  /** Opening hours, clinic local time. dayOfWeek uses schema.org English day names. */
  hours: { label: string; dayOfWeek: string[]; opens: string; closes: string }[];
  licenceNo: string;
  adReviewNo: string;
  introMd: string;
}

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
