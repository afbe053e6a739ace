import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { mediaRoutes } from '../media/media.routes.js';
import { articleRoutes } from '../content/articles.admin.routes.js';
import { auditRoutes } from './audit.routes.js';
import { authRoutes } from './auth.routes.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { userRoutes } from './users.routes.js';
import { twoFactorRoutes } from './twofactor.routes.js';
import { passwordResetRoutes } from './password-reset.routes.js';
import { siteAdminRoutes } from '../site/site.admin.routes.js';
import { doctorAdminRoutes } from '../doctors/doctors.admin.routes.js';
import { taxonomyAdminRoutes } from '../content/taxonomy.admin.routes.js';
import { bookingStaffRoutes } from '../booking/booking.staff.js';
import { questionStaffRoutes } from '../questions/questions.staff.routes.js';
import { qaStaffRoutes } from '../questions/qa.staff.routes.js';
import { feedbackStaffRoutes } from '../feedback/feedback.staff.routes.js';
import { privacyStaffRoutes } from '../privacy/privacy.staff.routes.js';
import { insightsAdminRoutes } from '../insights/insights.admin.routes.js';
import { searchStaffRoutes } from '../search/search.staff.routes.js';
import { importStaffRoutes } from '../import/import.routes.js';
import { redirectStaffRoutes } from '../redirects/redirects.routes.js';

/** Every back-office route module, mounted under /staff by staffScope. */
export function staffRoutes(app: FastifyInstance, deps: Deps): void {
  authRoutes(app, deps);
  twoFactorRoutes(app, deps);
  passwordResetRoutes(app, deps);
  dashboardRoutes(app, deps);
  siteAdminRoutes(app, deps);
  doctorAdminRoutes(app, deps);
  taxonomyAdminRoutes(app, deps);
  userRoutes(app, deps);
  auditRoutes(app, deps);
  mediaRoutes(app, deps);
  articleRoutes(app, deps);
  bookingStaffRoutes(app, deps);
  questionStaffRoutes(app, deps);
  qaStaffRoutes(app, deps);
  feedbackStaffRoutes(app, deps);
  privacyStaffRoutes(app, deps);
  insightsAdminRoutes(app, deps);
  searchStaffRoutes(app, deps);
  importStaffRoutes(app, deps);
  redirectStaffRoutes(app, deps);
}
