import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { SCENES, sceneDetector } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  pause,
  textOf,
  waitForAnnouncement,
  waitForRequests,
  waitForState,
} from './support/contract-queries.js';
import { neverAnswer, replyError } from './support/mock-endpoint.js';
import { FAST_TIMING, DOCS_IN_IFRAME, READY_STORY_ARGS } from './support/story-defaults.js';
import { installStoryMocks, storyCamera } from './support/story-mocks.js';

/**
 * The explanation before the camera, and the slow steps: each shows its progress (announced to
 * screen readers) and never leaves the user without a way on.
 */
const meta = {
  title: 'LivenessCapture/Loading',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: READY_STORY_ARGS,
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Checks the progress part of a slow state and its announcement. */
async function expectProgress(canvas: HTMLElement, text: string): Promise<void> {
  await waitFor(() => expect(part(canvas, 'progress')).toHaveTextContent(text), { timeout: 8_000 });
  await expect(part(canvas, 'progress')?.querySelector('progress')).toBeInTheDocument();
}

/** Before anything: why the camera is needed. The camera is asked for only after "Start". */
export const Idle: Story = {
  args: { autoStart: false },
  parameters: { liveness: { camera: { scene: SCENES.ready } } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'idle');
    await expect(part(canvasElement, 'intro')).toHaveTextContent(await textOf('ui.intro.title'));
    await expect(part(canvasElement, 'start')).toBeVisible();
    await expect(part(canvasElement, 'start')).toHaveTextContent(await textOf('ui.start'));
    await pause(200);
    await expect(storyCamera().calls).toBe(0);
  },
};

/** The browser is asking for permission (`getUserMedia` has not answered yet). */
export const StartingCamera: Story = {
  parameters: { liveness: { camera: { scene: SCENES.ready, pending: true } } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'starting-camera');
    await expect(part(canvasElement, 'progress')).toHaveAttribute('data-state', 'starting-camera');
    const text = await textOf('ui.progress.starting-camera');
    await expectProgress(canvasElement, text);
    await waitForAnnouncement(canvasElement, text);
    await expect(storyCamera().calls).toBe(1);
  },
};

function slowDetector() {
  const detector = sceneDetector(SCENES.ready);
  // Never loads: the story stays in loading-model (the component gives up after modelTimeoutMs).
  detector.loadGate = new Promise(() => undefined);
  return detector;
}

/** The camera is on and the face detector is still loading. */
export const LoadingModel: Story = {
  args: { detector: slowDetector(), timing: { ...FAST_TIMING, modelTimeoutMs: 600_000 } },
  parameters: { liveness: { camera: { scene: SCENES.ready } } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'loading-model');
    await expect(part(canvasElement, 'progress')).toHaveAttribute('data-state', 'loading-model');
    const text = await textOf('ui.progress.loading-model');
    await expectProgress(canvasElement, text);
    await waitForAnnouncement(canvasElement, text);
    await expect(part(canvasElement, 'camera')).toBeVisible();
  },
};

/** The photo was taken and is being sent; it can be cancelled. */
export const Uploading: Story = {
  parameters: { liveness: { camera: { scene: SCENES.ready }, endpoint: [neverAnswer()] } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'uploading');
    await expect(part(canvasElement, 'progress')).toHaveAttribute('data-state', 'uploading');
    await expectProgress(canvasElement, await textOf('ui.progress.uploading'));
    await expect(part(canvasElement, 'cancel')).toBeVisible();
    const [request] = await waitForRequests(1);
    await expectPhotoSent(request);
  },
};

/** The first try got a 503; the second is under way. */
export const RetryingUpload: Story = {
  args: { retry: { retries: 2, baseDelayMs: 100 } },
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [replyError(503, 'INTERNAL', 'The server failed'), neverAnswer()],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'uploading');
    await expectProgress(
      canvasElement,
      await textOf('ui.progress.retrying', undefined, { attempt: 2, attempts: 3 }),
    );
    await waitForRequests(2);
    await expect(part(canvasElement, 'cancel')).toBeVisible();
  },
};

/** A 429 asked to wait 5 seconds (`Retry-After`): the component counts down, then tries again. */
export const WaitingToRetry: Story = {
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [
        replyError(429, 'RATE_LIMITED', 'Too many checks from this client', {
          headers: { 'retry-after': '5' },
        }),
        neverAnswer(),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'uploading');
    await expectProgress(canvasElement, await textOf('ui.progress.waiting', undefined, { seconds: 5 }));
    await waitForRequests(1);
  },
};
