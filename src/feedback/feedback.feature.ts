import type { Feature } from '../platform/feature.js';
import { feedbackJobHandlers } from './feedback.jobs.js';
import { feedbackPersonalData } from './feedback.personal-data.js';
import { feedbackRoutes } from './feedback.routes.js';
import { feedbackStaffRoutes } from './feedback.admin.routes.js';

export const feedbackFeature: Feature = {
  name: 'feedback',
  routes: feedbackRoutes,
  staffRoutes: feedbackStaffRoutes,
  staffNav: [
    { href: '/staff/feedback', label: { 'zh-CN': '就诊评价', en: 'Visit feedback' }, permission: 'feedback.moderate', order: 70 },
    { href: '/staff/feedback-codes', label: { 'zh-CN': '评价码', en: 'Feedback codes' }, permission: 'feedback.codes', order: 80 },
  ],
  islands: { 'redact-select': 'feedback/redact-select.island.ts' },
  jobs: feedbackJobHandlers,
  personalData: [feedbackPersonalData],
};
