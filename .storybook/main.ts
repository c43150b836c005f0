import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { livenessKit } from '../packages/capture/src/vite/index.js';
import { workspaceSources } from '../vite.shared.js';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: [
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.@(ts|tsx)',
    '../apps/*/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The fake camera of the stories films the shared fixture photos (never copied into the repo):
  // `../shared/fixtures` beside the repository, served at `fixtures/`.
  staticDirs: [{ from: '../../shared/fixtures', to: '/fixtures' }],
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // workspaceSources: `@liveness-kit/*` from their TypeScript sources; livenessKit: the face
      // detector's models and wasm at `liveness-kit/`, for the story with the real detector.
      plugins: [workspaceSources(), livenessKit()],
    }),
};
export default config;
