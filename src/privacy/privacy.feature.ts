import type { Feature } from '../platform/feature.js';
import { privacyText } from './privacy.i18n.js';
import { privacyJobHandlers } from './privacy.jobs.js';
import { privacyRoutes } from './privacy.routes.js';
import { privacyStaffRoutes } from './privacy.admin.routes.js';

export const privacyFeature: Feature = {
  name: 'privacy',
  routes: privacyRoutes,
  staffRoutes: privacyStaffRoutes,
  staffNav: [{ href: '/staff/privacy', label: { 'zh-CN': '个人信息请求', en: 'Privacy requests' }, permission: 'privacy.requests', order: 90 }],
  footer: [
    [
      { href: '/privacy', label: (locale) => privacyText(locale).noticeLink },
      { href: '/my-data', label: (locale) => privacyText(locale).footerLink },
    ],
  ],
  jobs: privacyJobHandlers,
};
