import type { Feature } from '../platform/feature.js';
import { shareRoutes } from './share.routes.js';

export const shareFeature: Feature = {
  name: 'share',
  // Outside the locale prefixes: /share/… is the same image for /articles/x and /en/articles/x.
  rootRoutes: (app, deps) => shareRoutes(app, deps),
};
