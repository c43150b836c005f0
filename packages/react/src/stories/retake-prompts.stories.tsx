import { WARNING_CATALOGUE, type WarningTag } from '@liveness-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { SCENES } from './support/camera-scenes.js';
import { part, requests, textOf, waitForState, warningTags } from './support/contract-queries.js';
import { replyJson } from './support/mock-endpoint.js';
import { livenessBody, UNKNOWN_TAG } from './support/response-bodies.js';
import { DOCS_IN_IFRAME, READY_STORY_ARGS } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * One declined check per warning tag of the contract, and one with a tag this version does not
 * know. Capture-quality tags say exactly what to change; fraud, blocklist and duplicate tags get
 * neutral text that does not coach; a retake is offered unless a new photo cannot help.
 */
const meta = {
  title: 'LivenessCapture/Retake prompts',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: READY_STORY_ARGS,
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Words neutral prompts must never use: they would tell an attacker what was detected. */
const COACHING = /attack|spoof|print|screen|mask|blocklist|block list|duplicate|fraud/i;

/** What a prompt must look like for `tag`. */
interface PromptExpectation {
  /** The text keys of the prompt (`warning.<TAG>` or `warning.UNKNOWN`). */
  key: WarningTag | 'UNKNOWN';
  neutral: boolean;
  retake: boolean;
}

function promptStory(tag: string, expected: PromptExpectation): Story {
  return {
    parameters: {
      liveness: {
        camera: { scene: SCENES.ready },
        endpoint: [replyJson(livenessBody('Declined', [tag]))],
      },
    },
    play: async ({ canvasElement }) => {
      await waitForState(canvasElement, 'result');
      await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Declined');
      await expect(warningTags(canvasElement)).toEqual([tag]);
      const warning = part(canvasElement, 'warning');
      await expect(warning).toHaveTextContent(await textOf(`warning.${expected.key}.title`));
      await expect(warning).toHaveTextContent(await textOf(`warning.${expected.key}.advice`));
      if (expected.neutral) await expect(warning?.textContent).not.toMatch(COACHING);
      if (expected.retake) {
        await expect(part(canvasElement, 'retake')).toBeVisible();
      } else {
        await expect(part(canvasElement, 'retake')).toBeNull();
        await expect(part(canvasElement, 'result')).toHaveTextContent(await textOf('ui.result.final'));
      }
      await expect(requests()).toHaveLength(1);
    },
  };
}

/** The story of a known tag; neutrality and retakes are written out here, not read from the catalogue. */
function tagStory(tag: WarningTag, neutral: boolean, retake: boolean): Story {
  // The catalogue must agree with what this story expects (else one of them is wrong).
  if (WARNING_CATALOGUE[tag].neutral !== neutral) throw new Error(`${tag}: neutral should be ${neutral}`);
  return promptStory(tag, { key: tag, neutral, retake });
}

export const NoFaceDetected: Story = tagStory('NO_FACE_DETECTED', false, true);
export const LivenessFaceAttack: Story = tagStory('LIVENESS_FACE_ATTACK', true, true);
export const FaceInBlocklist: Story = tagStory('FACE_IN_BLOCKLIST', true, false);
export const PossibleFaceInBlocklist: Story = tagStory('POSSIBLE_FACE_IN_BLOCKLIST', true, false);
export const LowLivenessScore: Story = tagStory('LOW_LIVENESS_SCORE', false, true);
export const DuplicatedFace: Story = tagStory('DUPLICATED_FACE', true, true);
export const PossibleDuplicatedFace: Story = tagStory('POSSIBLE_DUPLICATED_FACE', true, true);
export const MultipleFacesDetected: Story = tagStory('MULTIPLE_FACES_DETECTED', false, true);
export const LowFaceQuality: Story = tagStory('LOW_FACE_QUALITY', false, true);
export const LowFaceLuminance: Story = tagStory('LOW_FACE_LUMINANCE', false, true);
export const HighFaceLuminance: Story = tagStory('HIGH_FACE_LUMINANCE', false, true);

/** A tag a newer server may send: a generic prompt, and a retake is allowed. */
export const UnknownTag: Story = promptStory(UNKNOWN_TAG, { key: 'UNKNOWN', neutral: false, retake: true });
