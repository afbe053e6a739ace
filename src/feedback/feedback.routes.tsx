import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';

// Placeholder until the feature fills it in (issue 6).
export function feedbackRoutes(_app: FastifyInstance, _deps: Deps): void {}
