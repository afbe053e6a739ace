import type { Role } from '../db/schema.js';

export const ROLES: Role[] = ['admin', 'editor', 'reviewer', 'doctor', 'frontdesk', 'manager'];

/**
 * What each role may do: the one table that guards every /staff route (each route names its
 * permission) and that docs/ROLES.md and the authorisation test are checked against.
 * Admins do not approve content: only a licensed reviewer signs off medical content.
 */
export const PERMISSIONS = {
  'staff.home': ['admin', 'editor', 'reviewer', 'doctor', 'frontdesk', 'manager'],
  'account.self': ['admin', 'editor', 'reviewer', 'doctor', 'frontdesk', 'manager'],
  'article.read': ['admin', 'editor', 'reviewer'],
  'article.write': ['admin', 'editor'],
  'article.review': ['reviewer'],
  'article.publish': ['admin', 'editor'],
  /** Publish a version despite error-level compliance findings, with a reason (audited). */
  'compliance.override': ['admin'],
  'taxonomy.write': ['admin', 'editor'],
  'media.write': ['admin', 'editor'],
  'doctor.write': ['admin'],
  'site.write': ['admin'],
  'staff.manage': ['admin'],
  'audit.read': ['admin'],
  'booking.frontdesk': ['admin', 'frontdesk'],
  'booking.schedule': ['admin', 'frontdesk'],
  'booking.own': ['doctor'],
  /** A doctor's own weekly template, leave and added sessions, within the limits below (issue 17). */
  'schedule.own': ['doctor'],
  /** The limits doctors edit their own schedules within (site-wide and per doctor). */
  'schedule.limits': ['admin'],
  /** Services, who offers them, and their screening questions (medical content: admins only). */
  'booking.services': ['admin'],
  /** The questions inbox: read, triage (category, priority, assign a doctor). */
  'question.triage': ['admin', 'editor'],
  /** Answer the questions assigned to the doctor profile the account is linked to. */
  'question.answer': ['doctor'],
  /** Prepare and publish the de-identified public version of an answered question. */
  'question.publish': ['admin', 'editor'],
  /** Moderate visit feedback comments. */
  'feedback.moderate': ['admin', 'editor'],
  /** Issue feedback codes to patients whose visit is not in the booking system. */
  'feedback.codes': ['admin', 'frontdesk'],
  /** Patients' data-rights requests: complete erasure. */
  'privacy.requests': ['admin'],
  /** The insights page, its CSV exports and one's own weekly-summary subscription: figures only, no patient data. */
  'insights.read': ['admin', 'manager'],
  /** Search synonyms and the report of searches that found nothing (audited). */
  'search.vocabulary': ['admin', 'editor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Routes anyone may reach (the login and invitation pages); everything else names a Permission. */
export const PUBLIC = 'public' as const;

export function allows(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => (PERMISSIONS[permission] as readonly Role[]).includes(r));
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '医学审核',
  doctor: '医生',
  frontdesk: '前台',
  manager: '运营管理',
};
