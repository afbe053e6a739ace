import type { Config } from '../config.js';
import type { JobHandler } from '../jobs/jobs.js';

// Placeholder until the feature fills it in (issue 6).
export function feedbackJobHandlers(_config: Config): Record<string, JobHandler> {
  return {};
}
