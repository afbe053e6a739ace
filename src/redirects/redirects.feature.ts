import type { Feature } from '../platform/feature.js';
import { answerOldAddress, redirectStaffRoutes } from './redirects.routes.js';

export const redirectsFeature: Feature = {
  name: 'redirects',
  staffRoutes: redirectStaffRoutes,
  staffNav: [{ href: '/staff/redirects', label: { 'zh-CN': '旧地址跳转', en: 'Redirects' }, permission: 'article.publish', order: 210 }],
  notFound: answerOldAddress,
};
