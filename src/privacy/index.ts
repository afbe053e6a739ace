// The privacy feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
export { newCode, normaliseCode, sameHash } from './otp.js';
