import type { Feature } from '../platform/feature.js';
import { siteAdminRoutes } from './site.admin.routes.js';
import { siteJobHandlers } from './site.jobs.js';
import { rootRoutes, siteRoutes } from './site.routes.js';

export const siteFeature: Feature = {
  name: 'site',
  routes: siteRoutes,
  rootRoutes,
  staffRoutes: siteAdminRoutes,
  jobs: siteJobHandlers,
  staffNav: [{ href: '/staff/site', label: { 'zh-CN': '医院信息', en: 'Hospital information' }, permission: 'site.write', order: 150 }],
};
