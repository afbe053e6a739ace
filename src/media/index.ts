// The media feature's public face: what other features may use.
export { missingAltText } from './media.service.js';
