// Test helpers for jsdom tests run in Node: fake canvas, camera and image decoder, scenes from fixtures.
export * from './contract-bodies.js';
export * from './fake-canvas.js';
export * from './fake-image-decoder.js';
export * from './fake-media.js';
export * from './node-fetch-realm.js';
export * from './scenes.js';
export * from './fake-screen.js';
