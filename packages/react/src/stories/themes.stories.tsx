import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { SCENES, sceneDetector } from './support/camera-scenes.js';
import { part, root, waitForHint, waitForState } from './support/contract-queries.js';
import { replyError, replyJson, STORY_ENDPOINT } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { FAST_STABILITY, FAST_TIMING, DOCS_IN_IFRAME } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';
import './styles/brand-theme.css';

/**
 * The opt-in stylesheet in light, dark and a custom theme made only of `--lk-*` custom properties.
 * Each story checks the colours the browser computed, and the a11y check runs on each (contrast
 * included).
 */
const meta = {
  title: 'LivenessCapture/Themes',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: {
    endpoint: STORY_ENDPOINT,
    autoStart: true,
    autoCapture: false,
    timing: FAST_TIMING,
    stability: FAST_STABILITY,
    detector: sceneDetector(SCENES.ready),
  },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

interface Palette {
  background: string;
  text: string;
  readyHint: string;
  primary: string;
}

const LIGHT: Palette = {
  background: 'rgb(255, 255, 255)',
  text: 'rgb(31, 35, 40)',
  readyHint: 'rgb(26, 127, 55)',
  primary: 'rgb(11, 87, 208)',
};
const DARK: Palette = {
  background: 'rgb(22, 27, 34)',
  text: 'rgb(230, 237, 243)',
  readyHint: 'rgb(111, 221, 139)',
  primary: 'rgb(138, 180, 248)',
};
/** `styles/brand-theme.css`. */
const BRAND: Palette = {
  background: 'rgb(253, 246, 227)',
  text: 'rgb(7, 54, 66)',
  readyHint: 'rgb(22, 101, 52)',
  primary: 'rgb(91, 33, 182)',
};

/** Guides to READY and checks the computed colours of the root, the hint and the capture button. */
async function expectPalette(canvas: HTMLElement, palette: Palette): Promise<void> {
  const hint = await waitForHint(canvas, 'READY');
  await expect(getComputedStyle(root(canvas)).backgroundColor).toBe(palette.background);
  await expect(getComputedStyle(root(canvas)).color).toBe(palette.text);
  // The hint's colour changes with a transition (150 ms by default).
  await waitFor(() => expect(getComputedStyle(hint).backgroundColor).toBe(palette.readyHint));
  await expect(getComputedStyle(part(canvas, 'capture')!).backgroundColor).toBe(palette.primary);
}

const camera = { liveness: { camera: { scene: SCENES.ready } } };

export const Light: Story = {
  args: { theme: 'light' },
  parameters: camera,
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-theme', 'light');
    await expectPalette(canvasElement, LIGHT);
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: camera,
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-theme', 'dark');
    await expectPalette(canvasElement, DARK);
  },
};

/** `data-theme="dark"` on any ancestor (e.g. your app's `<html>`) forces dark too. */
export const DarkFromAncestor: Story = {
  parameters: camera,
  decorators: [
    (Story) => (
      <div data-theme="dark">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).not.toHaveAttribute('data-theme');
    await expectPalette(canvasElement, DARK);
  },
};

/** A declined result in dark: headings, prompts and the retake button. */
export const DarkDeclined: Story = {
  args: { theme: 'dark', autoCapture: true },
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [replyJson(livenessBody('Declined', ['LOW_FACE_QUALITY', 'HIGH_FACE_LUMINANCE']))],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Declined');
    await expect(getComputedStyle(root(canvasElement)).backgroundColor).toBe(DARK.background);
    await expect(part(canvasElement, 'retake')).toBeVisible();
  },
};

/** An upload error in dark: the 503 story of the component's first stories. */
export const DarkServerError: Story = {
  args: { theme: 'dark', autoCapture: true, retry: { retries: 0 } },
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [replyError(503, 'UPSTREAM_ERROR', 'The liveness service failed')],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'upload-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'SERVER');
    await expect(part(canvasElement, 'retry')).toBeVisible();
    await expect(getComputedStyle(root(canvasElement)).backgroundColor).toBe(DARK.background);
  },
};

/** A brand theme: only `--lk-*` custom properties (see `styles/brand-theme.css`), no other CSS. */
export const CustomTheme: Story = {
  args: { theme: 'light', className: 'story-brand-theme' },
  parameters: camera,
  play: async ({ canvasElement }) => {
    await expectPalette(canvasElement, BRAND);
    await expect(getComputedStyle(root(canvasElement)).fontFamily).toMatch(/^Georgia/);
    await expect(getComputedStyle(root(canvasElement)).borderRadius).toBe('0px');
  },
};
