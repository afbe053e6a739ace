import type { Feature } from '../platform/feature.js';
import { insightsAdminRoutes } from './insights.admin.routes.js';
import { insightsJobHandlers } from './insights.jobs.js';

export const insightsFeature: Feature = {
  name: 'insights',
  staffRoutes: insightsAdminRoutes,
  staffNav: [{ href: '/staff/insights', label: { 'zh-CN': '运营数据', en: 'Insights' }, permission: 'insights.read', order: 180 }],
  jobs: insightsJobHandlers,
};
