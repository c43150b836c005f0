import { defineConfig } from 'vitest/config';

// Run by `npm test` after the workspace's own tests (scripts/test.mjs), not by the root config: each
// file installs, builds and serves a real app, one at a time (2 cores), so the limits are minutes.
export default defineConfig({
  test: {
    name: 'consumers',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 900_000,
    globalSetup: ['./src/pack-global-setup.ts'],
  },
});
