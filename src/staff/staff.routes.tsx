import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { authRoutes } from './auth.routes.js';
import { dashboardRoutes } from './dashboard.routes.js';

/** Every back-office route module, mounted under /staff by staffScope. */
export function staffRoutes(app: FastifyInstance, deps: Deps): void {
  authRoutes(app, deps);
  dashboardRoutes(app, deps);
}
