// The media feature's public face: what other features may use.
export { THUMB_WIDTH, markdownSnippet, mediaUrl, missingAltText, storeUpload } from './media.service.js';
export { ALT_REQUIRED_MESSAGE, insertSnippet, MediaRejected, MAX_ALT_LENGTH, PORTRAIT_MIN, renderPortrait, sanitizeAlt, storeFiles, tooLarge } from './media.service.js';
export type { InsertResult, PortraitCrop } from './media.service.js';
export { listMedia } from './media.repository.js';
export type { Media } from './media.repository.js';
export { uploadOf, uploadScope } from './upload-scope.js';
export { putFile } from './store.js';
