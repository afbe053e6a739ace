import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { auditRoutes } from './audit.routes.js';
import { authRoutes } from './auth.routes.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { passwordResetRoutes } from './password-reset.routes.js';
import { twoFactorRoutes } from './twofactor.routes.js';
import { userRoutes } from './users.routes.js';

/** The staff shell's own pages (sign-in, two-factor, password reset, dashboard, users, audit log); features add theirs. */
export function staffShellRoutes(app: FastifyInstance, deps: Deps): void {
  authRoutes(app, deps);
  twoFactorRoutes(app, deps);
  passwordResetRoutes(app, deps);
  dashboardRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
}
