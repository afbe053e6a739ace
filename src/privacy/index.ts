// The privacy feature's public face: what other features may use (docs/decisions/0020-two-layers.md).
// Nothing today: privacy sits on top and reads the other features through the personal-data registry.
export {};
