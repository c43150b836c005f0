import type { FaceDetector } from '@liveness-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { createScriptedDetector } from '@liveness-kit/test-utils/dom';
import { PHOTOS } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  pause,
  requests,
  textOf,
  waitForPart,
  waitForRequests,
  waitForState,
} from './support/contract-queries.js';
import { fixtureUrl } from './support/fixture-url.js';
import { replyJson, STORY_ENDPOINT } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { FAST_STABILITY, FAST_TIMING, DOCS_IN_IFRAME } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * Where the camera cannot be used, the user chooses a photo from disk instead. The stories pick
 * fixture photos through the real file input; the photo is pre-checked like a camera frame and
 * sent only if it passes.
 */
const meta = {
  title: 'LivenessCapture/Photo from disk',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: { endpoint: STORY_ENDPOINT, autoStart: true, timing: FAST_TIMING, stability: FAST_STABILITY },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The fixture as a `File`, as the file input would give it. */
async function fixtureFile(fixture: string): Promise<File> {
  const response = await fetch(fixtureUrl(fixture));
  if (!response.ok) throw new Error(`fixture ${fixture}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new File([blob], fixture.split('/').pop()!, { type: blob.type || 'image/jpeg' });
}

/** Waits for the camera error, then chooses `fixture` in the photo input. */
async function choosePhoto(canvas: HTMLElement, fixture: string): Promise<void> {
  await waitForState(canvas, 'camera-error');
  const input = part(canvas, 'upload');
  if (!(input instanceof HTMLInputElement)) throw new Error('no photo input');
  await userEvent.upload(input, await fixtureFile(fixture));
}

const denied = { camera: { failWith: 'NotAllowedError' } } as const;

/** A frontal portrait passes the checks and is approved. */
export const PhotoApproved: Story = {
  args: { detector: createScriptedDetector(PHOTOS.portrait.faces) },
  parameters: { liveness: { ...denied, endpoint: [replyJson(livenessBody('Approved'))] } },
  play: async ({ canvasElement }) => {
    await choosePhoto(canvasElement, PHOTOS.portrait.fixture);
    await waitForState(canvasElement, 'result');
    await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Approved');
    const [request] = await waitForRequests(1);
    await expectPhotoSent(request);
  },
};

/** The under-exposed portrait (1200x1200) is refused before anything is sent. */
export const PhotoTooDark: Story = {
  args: { detector: createScriptedDetector(PHOTOS.dark.faces) },
  parameters: { liveness: { ...denied, endpoint: [replyJson(livenessBody('Approved'))] } },
  play: async ({ canvasElement }) => {
    await choosePhoto(canvasElement, PHOTOS.dark.fixture);
    await waitForState(canvasElement, 'camera-error');
    const notice = canvasElement.querySelector('[data-part="hint"][data-source="photo"]');
    await expect(notice).toHaveAttribute('data-hint', 'TOO_DARK');
    await expect(notice).toHaveAttribute('role', 'alert');
    await expect(notice).toHaveTextContent(await textOf('hint.TOO_DARK'));
    await pause(200);
    await expect(requests()).toHaveLength(0);
  },
};

/** A JPEG whose data is garbage after its header cannot be read. */
export const PhotoUnreadable: Story = {
  args: { detector: createScriptedDetector([]) },
  parameters: { liveness: { ...denied, endpoint: [replyJson(livenessBody('Approved'))] } },
  play: async ({ canvasElement }) => {
    await choosePhoto(canvasElement, 'derived/corrupt-garbage-after-header-01.jpg');
    const notice = await waitForPart(canvasElement, 'photo-notice');
    await expect(notice).toHaveAttribute('data-error', 'INVALID_IMAGE');
    await expect(notice).toHaveTextContent(await textOf('error.INVALID_IMAGE'));
    await expect(requests()).toHaveLength(0);
  },
};

/** A detector that loads but never answers: the photo stays in its check. */
function stalledDetector(): FaceDetector {
  const base = createScriptedDetector([]);
  return {
    load: () => base.load(),
    detect: () => new Promise(() => undefined),
    dispose: () => base.dispose(),
  };
}

/** The chosen photo is being checked (`capturing`, from a photo). */
export const CheckingPhoto: Story = {
  args: { detector: stalledDetector() },
  parameters: { liveness: denied },
  play: async ({ canvasElement }) => {
    await choosePhoto(canvasElement, PHOTOS.portrait.fixture);
    await waitForState(canvasElement, 'capturing');
    await expect(part(canvasElement, 'progress')).toHaveAttribute('data-state', 'capturing');
    await expect(part(canvasElement, 'progress')).toHaveTextContent(await textOf('ui.progress.capturing'));
  },
};
