// The share feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
// Pages name their card with shareImage() from src/web/share.ts; nothing else is needed from here.
export { CLINIC_COLOURS, renderCard } from './share.card.js';
export type { CardFonts, CardText } from './share.card.js';
