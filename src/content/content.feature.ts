import type { Feature } from '../platform/feature.js';
import { missingAltText } from '../media/index.js';
import { articleRoutes } from './articles.admin.routes.js';
import { contentRoutes } from './content.routes.js';
import { PUBLISH_JOB, reviewSchedule, runScheduledPublish } from './editorial.service.js';
import { taxonomyAdminRoutes } from './taxonomy.admin.routes.js';

export const contentFeature: Feature = {
  name: 'content',
  routes: contentRoutes,
  staffRoutes(scope, deps) {
    taxonomyAdminRoutes(scope, deps);
    articleRoutes(scope, deps);
  },
  islands: { 'image-insert': 'content/image-insert.island.ts' },
  staffNav: [
    { href: '/staff/articles', label: { 'zh-CN': '文章', en: 'Articles' }, permission: 'article.read', order: 100 },
    { href: '/staff/categories', label: { 'zh-CN': '分类与热门', en: 'Categories and hot topics' }, permission: 'taxonomy.write', order: 120 },
  ],
  jobs: (config) => ({
    [PUBLISH_JOB]: (trx, payload, _job, at) => runScheduledPublish(trx, payload, at, { missingAlt: missingAltText }, reviewSchedule(config)),
  }),
};
