import type { Permission } from './roles.js';

/** One link of the back-office navigation; shown to those whose roles allow `permission`. */
export interface StaffNavEntry {
  href: string;
  label: string;
  permission: Permission;
  /** Place in the menu: the shell's own entries and the features' are sorted by it together. */
  order: number;
}

// The shell's own entries; features add theirs through setStaffNav (src/platform/app.tsx).
const SHELL: StaffNavEntry[] = [
  { href: '/staff', label: '工作台', permission: 'staff.home', order: 0 },
  { href: '/staff/users', label: '员工', permission: 'staff.manage', order: 160 },
  { href: '/staff/audit', label: '操作日志', permission: 'audit.read', order: 170 },
  { href: '/staff/account', label: '我的账户', permission: 'account.self', order: 190 },
];

let entries: StaffNavEntry[] = SHELL;

/** Sets the features' entries (the same list on every call in a process: the composition's). */
export function setStaffNav(features: StaffNavEntry[]): void {
  entries = [...SHELL, ...features].sort((a, b) => a.order - b.order);
}

export function staffNav(): readonly StaffNavEntry[] {
  return entries;
}
