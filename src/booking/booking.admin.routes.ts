import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { frontdeskRoutes, ownSessionRoutes } from './frontdesk.routes.js';
import { ownScheduleRoutes, scheduleLimitRoutes } from './own-schedule.routes.js';
import { scheduleRoutes } from './schedule.routes.js';
import { serviceAdminRoutes } from './services.admin.routes.js';

/** Every /staff route of the booking feature (mounted by src/staff/staff.routes.tsx). */
export function bookingStaffRoutes(app: FastifyInstance, deps: Deps): void {
  frontdeskRoutes(app, deps);
  scheduleRoutes(app, deps);
  ownSessionRoutes(app, deps);
  ownScheduleRoutes(app, deps);
  scheduleLimitRoutes(app, deps);
  serviceAdminRoutes(app, deps);
}
