// The insights feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { parseFrom, sourceArticle } from './insights.service.js';
