import type { Feature } from '../platform/feature.js';
import { uploadRoutes } from './media.files.js';
import { mediaRoutes } from './media.admin.routes.js';

export const mediaFeature: Feature = {
  name: 'media',
  fileRoutes: (app, deps) => uploadRoutes(app, { db: deps.db, dataDir: deps.config.dataDir }),
  staffRoutes: mediaRoutes,
  staffNav: [{ href: '/staff/media', label: { 'zh-CN': '图片', en: 'Images' }, permission: 'media.write', order: 110 }],
};
