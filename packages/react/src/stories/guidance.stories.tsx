import type { GuidanceCode } from '@liveness-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { SCENES, sceneDetector, type CameraScene } from './support/camera-scenes.js';
import {
  part,
  pause,
  requests,
  textOf,
  waitForAnnouncement,
  waitForHint,
  waitForState,
} from './support/contract-queries.js';
import { replyJson, STORY_ENDPOINT } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { FAST_STABILITY, FAST_TIMING, DOCS_IN_IFRAME } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * One story per guidance code. The fake camera films a fixture photo (placed so that the frame
 * really is dark, blurred, too far, off-centre…) and a scripted detector reports the faces that
 * photo shows, so each hint is deterministic. The endpoint would approve anything it got: the
 * stories prove that frames failing a pre-check are never sent.
 */
const meta = {
  title: 'LivenessCapture/Guidance',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: { endpoint: STORY_ENDPOINT, autoStart: true, timing: FAST_TIMING, stability: FAST_STABILITY },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The story of one hint: the scene that causes it, and what the play function checks. */
function hintStory(
  scene: CameraScene,
  code: GuidanceCode,
  oval: 'searching' | 'fitted' = 'searching',
): Story {
  return {
    args: { detector: sceneDetector(scene) },
    parameters: { liveness: { camera: { scene }, endpoint: [replyJson(livenessBody('Approved'))] } },
    play: async ({ canvasElement }) => {
      await waitForState(canvasElement, 'guiding');
      const hint = await waitForHint(canvasElement, code);
      // Each code has its own text, and screen readers hear it once it has held.
      const text = await textOf(`hint.${code}`);
      await expect(hint).toHaveTextContent(text);
      await waitForAnnouncement(canvasElement, text);
      await expect(part(canvasElement, 'oval')).toHaveAttribute('data-state', oval);
      await expect(part(canvasElement, 'capture')).toBeVisible();
      // Auto-capture is on, yet a frame that fails a pre-check is never sent.
      await pause(300);
      await expect(hint).toHaveAttribute('data-hint', code);
      await expect(requests()).toHaveLength(0);
    },
  };
}

export const NoFace: Story = hintStory(SCENES.empty, 'NO_FACE');
export const MultipleFaces: Story = hintStory(SCENES.group, 'MULTIPLE_FACES');
export const MoveCloser: Story = hintStory(SCENES.far, 'MOVE_CLOSER');
export const MoveBack: Story = hintStory(SCENES.close, 'MOVE_BACK');
export const CenterFace: Story = hintStory(SCENES.offCenter, 'CENTER_FACE');
/** A frontal portrait turned away by a perspective warp; its key points say so. */
export const LookStraight: Story = hintStory(SCENES.turned, 'LOOK_STRAIGHT', 'fitted');
export const TooDark: Story = hintStory(SCENES.dark, 'TOO_DARK', 'fitted');
export const TooBright: Story = hintStory(SCENES.bright, 'TOO_BRIGHT', 'fitted');
export const Blurry: Story = hintStory(SCENES.blurry, 'BLURRY', 'fitted');

/** The oval fits, light and sharpness pass, but the head keeps moving. */
export const HoldStill: Story = {
  args: { detector: sceneDetector(SCENES.moving) },
  parameters: {
    liveness: { camera: { scene: SCENES.moving }, endpoint: [replyJson(livenessBody('Approved'))] },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'guiding');
    const hint = await waitForHint(canvasElement, 'HOLD_STILL');
    const text = await textOf('hint.HOLD_STILL');
    await expect(hint).toHaveTextContent(text);
    await waitForAnnouncement(canvasElement, text);
    await expect(part(canvasElement, 'oval')).toHaveAttribute('data-state', 'fitted');
    await pause(300);
    await expect(hint).toHaveAttribute('data-hint', 'HOLD_STILL');
    await expect(requests()).toHaveLength(0);
  },
};

/** Everything passes; auto-capture is off here so that the story stays on READY. */
export const Ready: Story = {
  args: { detector: sceneDetector(SCENES.ready), autoCapture: false },
  parameters: {
    liveness: { camera: { scene: SCENES.ready }, endpoint: [replyJson(livenessBody('Approved'))] },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'guiding');
    const hint = await waitForHint(canvasElement, 'READY');
    const text = await textOf('hint.READY');
    await expect(hint).toHaveTextContent(text);
    await waitForAnnouncement(canvasElement, text);
    await expect(part(canvasElement, 'oval')).toHaveAttribute('data-state', 'fitted');
    await expect(part(canvasElement, 'capture')).toBeVisible();
    await expect(requests()).toHaveLength(0);
  },
};
