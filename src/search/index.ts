// The search feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { replaceDocs } from './search.repository.js';
export type { SearchDocInput } from './search.repository.js';
export { cut } from './segment.js';
export { rebuildIndex } from './rebuild.js';
export type { SearchSource } from './rebuild.js';
