import type { Feature } from '../platform/feature.js';
import { importStaffRoutes } from './import.admin.routes.js';

export const importFeature: Feature = {
  name: 'import',
  staffRoutes: importStaffRoutes,
  staffNav: [{ href: '/staff/import', label: { 'zh-CN': '导入队列', en: 'Import queue' }, permission: 'article.read', order: 200 }],
};
