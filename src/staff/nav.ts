import type { Locale } from '../web/i18n.js';
import type { Permission } from './roles.js';

/** One link of the back-office navigation; shown to those whose roles allow `permission`. */
export interface StaffNavEntry {
  href: string;
  /** Interface text in every staff language: the menu follows the person's language setting. */
  label: Record<Locale, string>;
  permission: Permission;
  /** Place in the menu: the shell's own entries and the features' are sorted by it together. */
  order: number;
}

// The shell's own entries; features add theirs through setStaffNav (src/platform/app.tsx).
const SHELL: StaffNavEntry[] = [
  { href: '/staff', label: { 'zh-CN': '工作台', en: 'Dashboard' }, permission: 'staff.home', order: 0 },
  { href: '/staff/users', label: { 'zh-CN': '员工', en: 'Staff' }, permission: 'staff.manage', order: 160 },
  { href: '/staff/audit', label: { 'zh-CN': '操作日志', en: 'Audit log' }, permission: 'audit.read', order: 170 },
  { href: '/staff/account', label: { 'zh-CN': '我的账户', en: 'My account' }, permission: 'account.self', order: 190 },
];

let entries: StaffNavEntry[] = SHELL;

/** Sets the features' entries (the same list on every call in a process: the composition's). */
export function setStaffNav(features: StaffNavEntry[]): void {
  entries = [...SHELL, ...features].sort((a, b) => a.order - b.order);
}

export function staffNav(): readonly StaffNavEntry[] {
  return entries;
}
