// The redirects feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { rememberImportedPath } from './redirects.service.js';
