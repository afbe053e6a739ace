// The feedback feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { feedbackT } from './feedback.i18n.js';
export { feedbackToken } from './feedback.service.js';
export { FeedbackCommentsSetting } from './feedback.admin.views.js';
export { doctorFeedbackSection } from './feedback.sections.js';
export { feedbackVisitHooks } from './feedback.hooks.js';
