import type { LivenessErrorCode } from '@liveness-kit/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import type { CaptureState } from '@liveness-kit/capture';
import '../styles/liveness-capture.css';
import { SCENES, sceneDetector } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  requests,
  textOf,
  waitForHint,
  waitForState,
} from './support/contract-queries.js';
import { failNetwork, neverAnswer, replyError, type EndpointReply } from './support/mock-endpoint.js';
import { DOCS_IN_IFRAME, READY_STORY_ARGS } from './support/story-defaults.js';
import { installStoryMocks, storyCamera } from './support/story-mocks.js';
import type { FixtureCameraOptions } from './support/fixture-camera.js';

/**
 * Every failure has its own state, message and way out. Camera failures come from the fake
 * camera (`getUserMedia` rejecting as browsers do, a track that ends, an http page); upload
 * failures from the mocked endpoint answering what the story is about.
 */
const meta = {
  title: 'LivenessCapture/Errors',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: READY_STORY_ARGS,
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

interface ErrorExpectation {
  state: Extract<CaptureState, 'camera-error' | 'model-error' | 'upload-error'>;
  code: LivenessErrorCode;
  /** Whether "Try again" is offered. */
  retry: boolean;
  /** Whether "Choose a photo instead" is offered. */
  upload: boolean;
  /** The action sentence, when it is not the plain `error.<CODE>.action`. */
  action?: string;
}

/** Checks the error state: its code, its own message as the heading, and its ways out. */
async function expectError(canvas: HTMLElement, expected: ErrorExpectation): Promise<void> {
  await waitForState(canvas, expected.state);
  const error = part(canvas, 'error');
  await expect(error).toHaveAttribute('data-error', expected.code);
  const heading = error?.querySelector('h2');
  await expect(heading).toHaveTextContent(await textOf(`error.${expected.code}`));
  await expect(error).toHaveTextContent(expected.action ?? (await textOf(`error.${expected.code}.action`)));
  if (expected.retry) await expect(part(canvas, 'retry')).toBeVisible();
  else await expect(part(canvas, 'retry')).toBeNull();
  if (expected.upload) await expect(part(canvas, 'upload')).toHaveAttribute('type', 'file');
  else await expect(part(canvas, 'upload')).toBeNull();
}

function cameraErrorStory(camera: FixtureCameraOptions, code: LivenessErrorCode, retry = true): Story {
  return {
    parameters: { liveness: { camera } },
    play: async ({ canvasElement }) => {
      await expectError(canvasElement, { state: 'camera-error', code, retry, upload: true });
      await expect(requests()).toHaveLength(0);
    },
  };
}

export const CameraPermissionDenied: Story = cameraErrorStory(
  { failWith: 'NotAllowedError' },
  'CAMERA_PERMISSION_DENIED',
);
export const NoCamera: Story = cameraErrorStory({ failWith: 'NotFoundError' }, 'CAMERA_NOT_FOUND');
export const CameraBusy: Story = cameraErrorStory({ failWith: 'NotReadableError' }, 'CAMERA_IN_USE');

/** An http page: browsers hide the camera API, and trying the camera again cannot help. */
export const InsecureContext: Story = cameraErrorStory({ insecure: true }, 'INSECURE_CONTEXT', false);

/** The camera is unplugged while the user frames their face. */
export const CameraUnplugged: Story = {
  args: { autoCapture: false },
  parameters: { liveness: { camera: { scene: SCENES.ready } } },
  play: async ({ canvasElement }) => {
    await waitForHint(canvasElement, 'READY');
    storyCamera().unplug();
    await expectError(canvasElement, {
      state: 'camera-error',
      code: 'CAMERA_DISCONNECTED',
      retry: true,
      upload: true,
    });
    await expect(part(canvasElement, 'camera')).toBeNull();
  },
};

function failingDetector() {
  const detector = sceneDetector(SCENES.ready);
  detector.failLoad = true;
  return detector;
}

/** The face detector cannot load: "Try again" reloads it, the camera stays open meanwhile. */
export const ModelLoadFailure: Story = {
  args: { detector: failingDetector() },
  parameters: { liveness: { camera: { scene: SCENES.ready } } },
  play: async ({ canvasElement }) => {
    await expectError(canvasElement, {
      state: 'model-error',
      code: 'MODEL_LOAD_FAILED',
      retry: true,
      upload: false,
    });
    await expect(part(canvasElement, 'camera')).toBeInTheDocument();
  },
};

/** An upload error after a photo that passed every pre-check was sent. */
function uploadErrorStory(
  replies: EndpointReply[],
  expected: Omit<ErrorExpectation, 'state' | 'upload'>,
  attempts: number,
  args: Story['args'] = {},
): Story {
  return {
    args: { ...args },
    parameters: { liveness: { camera: { scene: SCENES.ready }, endpoint: replies } },
    play: async ({ canvasElement }: StoryContext) => {
      await expectError(canvasElement, { ...expected, state: 'upload-error', upload: false });
      await expect(requests()).toHaveLength(attempts);
      for (const request of requests()) await expectPhotoSent(request);
      await expect(part(canvasElement, 'retake')).toBeVisible();
    },
  };
}

/** The network is down; one automatic retry (after 50 ms here) fails too. */
export const NetworkError: Story = uploadErrorStory([failNetwork()], { code: 'NETWORK', retry: true }, 2, {
  retry: { retries: 1, baseDelayMs: 50 },
});

/** The server does not answer within `timeoutMs` (800 ms here, 30 s by default). */
export const Timeout: Story = uploadErrorStory([neverAnswer()], { code: 'TIMEOUT', retry: true }, 1, {
  timeoutMs: 800,
  retry: { retries: 0 },
});

/** 429 with `Retry-After: 30`: longer than the component waits by itself, so the user is told. */
export const RateLimited: Story = uploadErrorStory(
  [replyError(429, 'RATE_LIMITED', 'Too many checks from this client', { headers: { 'retry-after': '30' } })],
  { code: 'RATE_LIMITED', retry: true, action: 'Wait 30 seconds, then try again.' },
  1,
);

/** 503 from the server; automatic retries are off here. */
export const ServerError: Story = uploadErrorStory(
  [replyError(503, 'UPSTREAM_ERROR', 'The liveness service failed')],
  { code: 'SERVER', retry: true },
  1,
  { retry: { retries: 0 } },
);
