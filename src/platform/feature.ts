import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Deps } from '../http/deps.js';
import type { JobHandler } from '../jobs/jobs.js';
import type { PersonalDataSource } from '../personal-data/personal-data.js';
import type { StaffNavEntry } from '../staff/nav.js';
import type { FooterGroup } from '../web/context.js';

/**
 * What a feature hands the platform (docs/decisions/0020-two-layers.md): the platform mounts,
 * runs and lists these, and names no feature; src/main.ts is the one place that lists features.
 */
export interface Feature {
  name: string;
  /** Public routes, mounted twice: under '' (zh-CN) and under '/en'. */
  routes?(scope: FastifyInstance, deps: Deps): void;
  /** Files served like static assets, registered before cookies, forms and CSRF (stored uploads). */
  fileRoutes?(app: FastifyInstance, deps: Deps): void;
  /** Routes outside the locale prefixes (health checks, sitemap, robots, feed). */
  rootRoutes?(app: FastifyInstance, deps: Deps, state: { shuttingDown: boolean }): void;
  /** Back-office routes, mounted under /staff inside the staff scope (session, CSRF, permissions). */
  staffRoutes?(scope: FastifyInstance, deps: Deps): void;
  /** Entries of the back-office navigation, placed among the others by `order`. */
  staffNav?: StaffNavEntry[];
  /** Client scripts (islands): name → entry file under src/, served at /assets/islands/<name>.js. */
  islands?: Record<string, string>;
  /** Paragraphs of links in the public footer, after the platform's own. */
  footer?: FooterGroup[];
  /** Job kinds this feature enqueues, and what running one does. */
  jobs?(config: Config): Record<string, JobHandler>;
  /** Asked in order before the 404 page; true when the feature answered the request. */
  notFound?(req: FastifyRequest, reply: FastifyReply, deps: Deps): Promise<boolean>;
  /** Where this feature keeps patient data: the data-rights pages go through these only. */
  personalData?: PersonalDataSource[];
}
