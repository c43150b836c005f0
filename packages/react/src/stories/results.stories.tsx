import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { SCENES } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  requests,
  textOf,
  waitForState,
  warningTags,
} from './support/contract-queries.js';
import { replyJson } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { DOCS_IN_IFRAME, READY_STORY_ARGS } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * The outcome of a check: the fake camera films a webcam selfie, the component captures it by
 * itself and sends it; the mocked endpoint answers with the status the story is about.
 */
const meta = {
  title: 'LivenessCapture/Results',
  component: LivenessCapture,
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: READY_STORY_ARGS,
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

function camera(body: Record<string, unknown>) {
  return { liveness: { camera: { scene: SCENES.ready }, endpoint: [replyJson(body)] } };
}

/** Waits for the result and checks the one request, its status and its focused heading. */
async function expectResult(canvas: HTMLElement, status: string, headingKey: Parameters<typeof textOf>[0]) {
  await waitForState(canvas, 'result');
  const result = part(canvas, 'result');
  await expect(result).toHaveAttribute('data-status', status);
  await expect(result?.querySelector('h2')).toHaveTextContent(await textOf(headingKey));
  await expect(requests()).toHaveLength(1);
  await expectPhotoSent(requests()[0]);
  return result;
}

export const Approved: Story = {
  parameters: camera(livenessBody('Approved')),
  play: async ({ canvasElement }) => {
    const result = await expectResult(canvasElement, 'Approved', 'status.APPROVED');
    await expect(result).toHaveTextContent(await textOf('ui.result.approved'));
    await expect(part(canvasElement, 'warning')).toBeNull();
    await expect(part(canvasElement, 'retake')).toBeNull();
  },
};

/** Declined for capture-quality reasons: each prompt says what to change, and a retake is offered. */
export const Declined: Story = {
  parameters: camera(livenessBody('Declined', ['LOW_FACE_LUMINANCE', 'LOW_FACE_QUALITY'])),
  play: async ({ canvasElement }) => {
    await expectResult(canvasElement, 'Declined', 'status.DECLINED');
    await expect(warningTags(canvasElement).sort()).toEqual(['LOW_FACE_LUMINANCE', 'LOW_FACE_QUALITY']);
    await expect(part(canvasElement, 'retake')).toBeVisible();
  },
};

/** In review: the user waits for the outcome; no retake. */
export const InReview: Story = {
  parameters: camera(livenessBody('In Review', ['LOW_LIVENESS_SCORE'])),
  play: async ({ canvasElement }) => {
    const result = await expectResult(canvasElement, 'In Review', 'status.IN_REVIEW');
    await expect(result).toHaveTextContent(await textOf('ui.result.review'));
    await expect(warningTags(canvasElement)).toEqual(['LOW_LIVENESS_SCORE']);
    await expect(part(canvasElement, 'retake')).toBeNull();
  },
};
