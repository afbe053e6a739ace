// The media feature's public face: what other features may use.
export { THUMB_WIDTH, markdownSnippet, mediaUrl, missingAltText, storeUpload } from './media.service.js';
export { putFile } from './store.js';
