// Browser-safe test helpers (stories, real Chromium pages): no Node modules.
export * from './canvas-camera.js';
export * from './pixels.js';
export * from './scripted-detector.js';
export * from './story-bodies.js';
