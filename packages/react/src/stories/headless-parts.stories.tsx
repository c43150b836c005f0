import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { isJpeg } from './support/mock-endpoint.js';
import { LivenessCapture } from '../liveness-capture.js';
import type { SubmitRequest } from '@liveness-kit/capture';
import { SideBySideCapture } from './examples/side-by-side-capture.js';
import { SCENES, sceneDetector } from './support/camera-scenes.js';
import { part, root, waitForHint, waitForState } from './support/contract-queries.js';
import { livenessBody } from './support/response-bodies.js';
import { FAST_STABILITY, FAST_TIMING, DOCS_IN_IFRAME } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * The headless parts (`LivenessCapture.Root`, `.Camera`, `.Overlay`, `.Hint`, …) composed into
 * another layout: camera and hint on the left, the app's own step list and buttons on the right,
 * `unstyled` so that only the app's classes remain (`examples/side-by-side-capture.tsx`). The
 * DOM contract is the same as the styled component's.
 */
const meta = {
  title: 'LivenessCapture/Headless parts',
  component: LivenessCapture.Root,
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: { story: DOCS_IN_IFRAME },
    liveness: { camera: { scene: SCENES.ready } },
  },
  beforeEach: installStoryMocks,
  render: (args) => <SideBySideCapture {...args} />,
  args: {
    timing: FAST_TIMING,
    stability: FAST_STABILITY,
    detector: sceneDetector(SCENES.ready),
  },
} satisfies Meta<typeof LivenessCapture.Root>;
export default meta;

type Story = StoryObj<typeof meta>;

/** No default class is left: everything the user sees is styled by the app. */
async function expectUnstyled(canvas: HTMLElement): Promise<void> {
  const styled = [...canvas.querySelectorAll('[class]')].filter((e) =>
    [...e.classList].some((c) => c.startsWith('lk-')),
  );
  await expect(styled).toEqual([]);
  await expect(root(canvas)).toHaveClass('hl-root');
}

function currentStep(canvas: HTMLElement): string | null {
  return canvas.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null;
}

/** The explanation with the app's own start button label. */
export const Intro: Story = {
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'idle');
    await expect(part(canvasElement, 'start')).toHaveTextContent('Open my camera');
    await expect(part(canvasElement, 'start')).toHaveClass('hl-button');
    await expect(currentStep(canvasElement)).toBe('Camera');
    await expectUnstyled(canvasElement);
  },
};

/** Guiding: the hint sits over the camera, the app's badge and steps follow the state. */
export const Guiding: Story = {
  args: { autoStart: true, autoCapture: false },
  play: async ({ canvasElement }) => {
    const hint = await waitForHint(canvasElement, 'READY');
    await expect(hint).toHaveClass('hl-hint');
    await expect(hint.closest('.hl-media')).not.toBeNull();
    await expect(part(canvasElement, 'camera')?.closest('.hl-media')).not.toBeNull();
    await expect(part(canvasElement, 'oval')).toHaveAttribute('data-state', 'fitted');
    await waitFor(() =>
      expect(canvasElement.querySelector('.hl-badge')).toHaveAttribute('data-fitted', 'true'),
    );
    await expect(currentStep(canvasElement)).toBe('Framing');
    await expect(part(canvasElement, 'capture')).toHaveTextContent('Take my selfie');
    await expectUnstyled(canvasElement);
  },
};

const sent: SubmitRequest[] = [];

/**
 * A custom backend through the `submit` prop instead of `endpoint`: it gets the JPEG and a signal
 * and resolves with the contract's 200 body, which the component validates.
 */
export const CustomBackend: Story = {
  args: {
    autoStart: true,
    submit: async (request) => {
      sent.push(request);
      return livenessBody('Approved');
    },
  },
  beforeEach: () => {
    sent.length = 0;
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Approved');
    await expect(currentStep(canvasElement)).toBe('Result');
    await expect(sent).toHaveLength(1);
    const image = sent[0]!.image;
    await expect(image.type).toBe('image/jpeg');
    await expect(isJpeg(new Uint8Array(await image.arrayBuffer()))).toBe(true);
    await expectUnstyled(canvasElement);
  },
};

/** The same layout in Arabic: the app's grid mirrors with the component's `dir`. */
export const RightToLeft: Story = {
  args: { autoStart: true, autoCapture: false, locale: 'ar' },
  play: async ({ canvasElement }) => {
    await waitForHint(canvasElement, 'READY');
    // English shows until the Arabic table has loaded (a chunk of its own): wait for it.
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('dir', 'rtl'));
    const media = canvasElement.querySelector('.hl-media')!.getBoundingClientRect();
    const panel = canvasElement.querySelector('.hl-panel')!.getBoundingClientRect();
    // Right to left, the first column (the camera) is on the right.
    await expect(media.left).toBeGreaterThan(panel.left);
    await expectUnstyled(canvasElement);
  },
};
