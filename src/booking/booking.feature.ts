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
    { href: '/staff/bookings', label: '预约', permission: 'booking.frontdesk', order: 10 },
    { href: '/staff/schedules', label: '出诊安排', permission: 'booking.schedule', order: 20 },
    { href: '/staff/my-sessions', label: '我的出诊', permission: 'booking.own', order: 30 },
    { href: '/staff/my-schedule', label: '我的出诊安排', permission: 'schedule.own', order: 31 },
    { href: '/staff/services', label: '服务项目', permission: 'booking.services', order: 25 },
  ],
  jobs: bookingJobHandlers,
  personalData: [bookingPersonalData],
};
