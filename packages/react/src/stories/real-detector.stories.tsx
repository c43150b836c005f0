import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { SCENES } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  waitForHint,
  waitForRequests,
  waitForState,
} from './support/contract-queries.js';
import { baseUrl } from './support/fixture-url.js';
import { replyJson, STORY_ENDPOINT } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { DOCS_IN_IFRAME } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * The component with its defaults and nothing scripted: the Human face detector (BlazeFace on the
 * tfjs wasm backend, in a worker), its model and wasm served by the `livenessKit()` Vite plugin
 * (see `.storybook/main.ts`), and default timings. The fake camera films a webcam selfie; the
 * detector finds the face itself, guidance reaches READY and the photo is captured and sent.
 */
const meta = {
  title: 'LivenessCapture/Real detector',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installStoryMocks,
  args: {
    endpoint: STORY_ENDPOINT,
    autoStart: true,
    // Where livenessKit() serves the files, under Vite's base (`./` in the static build).
    detectorOptions: {
      modelBasePath: `${baseUrl()}liveness-kit/models/`,
      wasmPath: `${baseUrl()}liveness-kit/wasm/`,
    },
  },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Loading the model takes a second or two here; the whole story stays well under 15 s. */
const SLOW_MS = 12_000;

export const WebcamSelfie: Story = {
  parameters: {
    liveness: { camera: { scene: SCENES.ready }, endpoint: [replyJson(livenessBody('Approved'))] },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'loading-model', SLOW_MS);
    await waitForHint(canvasElement, 'READY', SLOW_MS);
    await waitForState(canvasElement, 'result', SLOW_MS);
    await expect(part(canvasElement, 'result')).toHaveAttribute('data-status', 'Approved');
    const [request] = await waitForRequests(1);
    await expectPhotoSent(request);
  },
};
