import type { Feature } from '../platform/feature.js';
import { doctorAdminRoutes } from './doctors.admin.routes.js';
import { doctorRoutes } from './doctors.routes.js';

export const doctorsFeature: Feature = {
  name: 'doctors',
  routes: doctorRoutes,
  staffRoutes: doctorAdminRoutes,
  staffNav: [{ href: '/staff/doctors', label: { 'zh-CN': '医生', en: 'Doctors' }, permission: 'doctor.write', order: 140 }],
  islands: { 'portrait-crop': 'doctors/portrait-crop.island.ts' },
};
