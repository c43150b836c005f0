import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { placedFaces, SCENES, sceneDetector } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  pause,
  requests,
  root,
  waitForHint,
  waitForPart,
  waitForRequests,
  waitForState,
} from './support/contract-queries.js';
import { neverAnswer, replyError, replyJson } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { DOCS_IN_IFRAME, READY_STORY_ARGS } from './support/story-defaults.js';
import { installStoryMocks, storyCamera } from './support/story-mocks.js';
import { CAMERA_STORAGE_KEY } from '@liveness-kit/capture';

/**
 * The ways out, played through: a retake with the camera still open, a retry after a server
 * error, a cancelled upload, a retried face detector, another camera, and the whole flow with the
 * keyboard alone. Each story ends in the state its name says.
 */
const meta = {
  title: 'LivenessCapture/Flows',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: READY_STORY_ARGS,
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Declined for a dark photo, retaken with the camera still open, then approved. */
export const RetakeAfterDecline: Story = {
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [
        replyJson(livenessBody('Declined', ['LOW_FACE_LUMINANCE'])),
        replyJson(livenessBody('Approved')),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Declined');
    await userEvent.click(part(canvasElement, 'retake')!);
    await waitFor(() => expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Approved'), {
      timeout: 8_000,
    });
    await waitForRequests(2);
    // The camera was opened once: the retake went back to it.
    await expect(storyCamera().calls).toBe(1);
  },
};

/** A 503 without automatic retries; "Try again" sends the same photo, which is approved. */
export const RetryAfterServerError: Story = {
  args: { retry: { retries: 0 } },
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [
        replyError(503, 'UPSTREAM_ERROR', 'The liveness service failed'),
        replyJson(livenessBody('Approved')),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'upload-error');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'SERVER');
    await userEvent.click(part(canvasElement, 'retry')!);
    await waitForState(canvasElement, 'result');
    await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Approved');
    const [first, second] = await waitForRequests(2);
    await expectPhotoSent(second);
    await expect(second?.image?.bytes).toEqual(first?.image?.bytes);
  },
};

/** A slow upload is cancelled: back to the camera, and the next photo is taken only on request. */
export const CancelUpload: Story = {
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [neverAnswer(), replyJson(livenessBody('Approved'))],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'uploading');
    // The upload is in flight (its request reached the endpoint) before it is cancelled: on a
    // loaded machine `uploading` can show before the request leaves.
    await waitForRequests(1);
    await userEvent.click(await waitForPart(canvasElement, 'cancel'));
    await waitForState(canvasElement, 'guiding');
    await waitForHint(canvasElement, 'READY');
    await pause(400);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'guiding');
    await expect(requests()).toHaveLength(1);
    await userEvent.click(part(canvasElement, 'capture')!);
    await waitForState(canvasElement, 'result');
    await waitForRequests(2);
  },
};

function flakyDetector() {
  const detector = sceneDetector(SCENES.ready);
  detector.failLoad = true;
  return detector;
}

/** The face detector failed to load; "Try again" loads it and guidance starts. */
export const RetryModel: Story = {
  args: { detector: flakyDetector(), autoCapture: false },
  parameters: { liveness: { camera: { scene: SCENES.ready } } },
  play: async ({ args, canvasElement }) => {
    await waitForState(canvasElement, 'model-error');
    const detector = args.detector as ReturnType<typeof flakyDetector>;
    detector.failLoad = false;
    try {
      await userEvent.click(part(canvasElement, 'retry')!);
      await waitForHint(canvasElement, 'READY');
      await expect(detector.loads).toBeGreaterThanOrEqual(2);
    } finally {
      // Fails again the next time the story renders.
      detector.failLoad = true;
    }
  },
};

/** Two cameras: the picker appears; the choice opens the other camera and is remembered. */
export const ChooseAnotherCamera: Story = {
  args: { detector: sceneDetector(SCENES.ready), autoCapture: false },
  parameters: {
    liveness: {
      camera: {
        devices: [
          { deviceId: 'front', label: 'Front camera', scene: SCENES.ready },
          { deviceId: 'desk', label: 'Desk camera', scene: SCENES.far },
        ],
      },
    },
  },
  play: async ({ args, canvasElement }) => {
    await waitForHint(canvasElement, 'READY');
    const select = await waitForPart(canvasElement, 'camera-select');
    await expect(select).toHaveValue('front');
    // The desk camera films the selfie from afar: the detector follows the camera that is used.
    const detector = args.detector as ReturnType<typeof sceneDetector>;
    detector.faces = placedFaces(SCENES.far);
    try {
      await userEvent.selectOptions(select, 'desk');
      await waitForHint(canvasElement, 'MOVE_CLOSER');
      await expect(storyCamera().requested.at(-1)).toBe('desk');
      await expect(localStorage.getItem(CAMERA_STORAGE_KEY)).toBe('desk');
      await expect(part(canvasElement, 'camera-select')).toHaveValue('desk');
    } finally {
      detector.faces = placedFaces(SCENES.ready);
    }
  },
};

/** Start, capture and retake with the keyboard alone; focus follows each step. */
export const KeyboardOnly: Story = {
  args: { autoStart: false, autoCapture: false },
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [replyJson(livenessBody('Declined', ['LOW_FACE_QUALITY']))],
    },
  },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(part(canvasElement, 'start')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitForHint(canvasElement, 'READY');
    // The start button went away: focus moved to the capture button.
    await waitFor(() => expect(part(canvasElement, 'capture')).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitForState(canvasElement, 'result');
    await waitFor(() => expect(part(canvasElement, 'result')?.querySelector('h2')).toHaveFocus());
    await userEvent.tab();
    await expect(part(canvasElement, 'retake')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitForHint(canvasElement, 'READY');
    await waitFor(() => expect(part(canvasElement, 'capture')).toHaveFocus());
  },
};
