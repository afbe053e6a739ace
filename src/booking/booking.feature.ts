import type { Feature } from '../platform/feature.js';
import { bookingJobHandlers } from './booking.jobs.js';
import { bookingPersonalData } from './booking.personal-data.js';
import { bookingRoutes } from './booking.routes.js';
import { bookingStaffRoutes } from './booking.admin.routes.js';

export const bookingFeature: Feature = {
  name: 'booking',
  routes: bookingRoutes,
  staffRoutes: bookingStaffRoutes,
  staffNav: [
    { href: '/staff/bookings', label: { 'zh-CN': '预约', en: 'Bookings' }, permission: 'booking.frontdesk', order: 10 },
    { href: '/staff/schedules', label: { 'zh-CN': '出诊安排', en: 'Schedules' }, permission: 'booking.schedule', order: 20 },
    { href: '/staff/my-sessions', label: { 'zh-CN': '我的出诊', en: 'My sessions' }, permission: 'booking.own', order: 30 },
    { href: '/staff/my-schedule', label: { 'zh-CN': '我的出诊安排', en: 'My schedule' }, permission: 'schedule.own', order: 31 },
    { href: '/staff/services', label: { 'zh-CN': '服务项目', en: 'Services' }, permission: 'booking.services', order: 25 },
  ],
  jobs: bookingJobHandlers,
  personalData: [bookingPersonalData],
};
