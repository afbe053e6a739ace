import type { Feature } from '../platform/feature.js';
import { searchRoutes } from './search.routes.js';
import { searchStaffRoutes } from './search.staff.routes.js';

export const searchFeature: Feature = {
  name: 'search',
  routes: searchRoutes,
  staffRoutes: searchStaffRoutes,
  staffNav: [{ href: '/staff/search', label: { 'zh-CN': '搜索词库', en: 'Search vocabulary' }, permission: 'search.vocabulary', order: 130 }],
};
