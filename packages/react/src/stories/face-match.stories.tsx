import type { FaceDetector } from '@liveness-kit/core';
import { createScriptedDetector, type RelativeFace } from '@liveness-kit/test-utils/dom';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import '../styles/liveness-capture.css';
import { facesInPhoto, PHOTOS, SCENES, sceneDetector } from './support/camera-scenes.js';
import {
  expectPhotoSent,
  part,
  pause,
  requests,
  root,
  textOf,
  waitForPart,
  waitForState,
  warningTags,
} from './support/contract-queries.js';
import { fixtureFile, gifFile } from './support/fixture-file.js';
import {
  installMockEndpoint,
  neverAnswer,
  replyError,
  replyJson,
  STORY_ENDPOINT,
  type EndpointReply,
  type MockEndpoint,
} from './support/mock-endpoint.js';
import { faceMatchBody, livenessBody } from './support/response-bodies.js';
import { DOCS_IN_IFRAME, FAST_STABILITY, FAST_TIMING } from './support/story-defaults.js';
import { installStoryMocks, type LivenessStoryParameters } from './support/story-mocks.js';

/** Where the face match goes: the liveness endpoint with `/v3/passive-liveness/` made `/v3/face-match/`. */
const FACE_MATCH_ENDPOINT = STORY_ENDPOINT.replace('/v3/passive-liveness/', '/v3/face-match/');

interface FaceMatchStoryParameters {
  liveness?: LivenessStoryParameters;
  /** The answers of the face-match endpoint, one per request (the last repeated). */
  faceMatch?: EndpointReply[];
}

let faceMatchEndpoint: MockEndpoint | null = null;

/** The requests the face-match endpoint got. */
function faceMatchRequests() {
  if (!faceMatchEndpoint) throw new Error('no face-match endpoint in this story');
  return faceMatchEndpoint.requests;
}

/** The liveness stories' camera and endpoint, and the face-match endpoint (removed first, as it wraps them). */
async function installFlowMocks(context: { parameters: FaceMatchStoryParameters }): Promise<() => void> {
  const restoreStory = await installStoryMocks(context);
  const installed = installMockEndpoint(FACE_MATCH_ENDPOINT, context.parameters.faceMatch ?? []);
  faceMatchEndpoint = installed;
  return () => {
    installed.restore();
    if (faceMatchEndpoint === installed) faceMatchEndpoint = null;
    restoreStory();
  };
}

/**
 * A detector for the whole flow: on camera frames (a `<video>`) the faces of the filmed webcam
 * selfie, on an ID photo the faces given for that photo (as the default detector reports them).
 */
function flowDetector(photoFaces: RelativeFace[]): FaceDetector {
  const camera = sceneDetector(SCENES.ready);
  const photo = createScriptedDetector(photoFaces);
  return {
    async load() {
      await Promise.all([camera.load(), photo.load()]);
    },
    detect: (input) => ('videoWidth' in input ? camera : photo).detect(input),
    dispose() {
      camera.dispose();
      photo.dispose();
    },
  };
}

/** A detector that loads but never answers: the ID photo stays in its check. */
function stalledDetector(): FaceDetector {
  const base = createScriptedDetector([]);
  return {
    load: () => base.load(),
    detect: () => new Promise(() => undefined),
    dispose: () => base.dispose(),
  };
}

/** ID photos with the faces the default detector reports on them (shares of the photo). */
const ID_PHOTOS = {
  /** The filmed person's own webcam photo (1440x1080, 4:3 like the frame, so its faces are the scene's). */
  selfie: { fixture: SCENES.ready.fixture, faces: SCENES.ready.faces },
  noFace: { fixture: 'noface/landscape.jpg', faces: [] },
  dark: PHOTOS.dark,
  blurry: { fixture: SCENES.blurry.fixture, faces: facesInPhoto(SCENES.blurry, 1) },
  /** The same official portrait at 96x96: its face is some 40 px wide. */
  lowRes: { fixture: 'derived/lowres-96px-01.jpg', faces: facesInPhoto(SCENES.dark, 1) },
  corrupt: { fixture: 'derived/corrupt-garbage-after-header-01.jpg', faces: [] },
} satisfies Record<string, { fixture: string; faces: RelativeFace[] }>;

/** A second, small face: the ghost portrait an ID card often carries beside the main one. */
const GHOST_FACE: RelativeFace = { x: 0.05, y: 0.06, width: 0.09, height: 0.12, score: 0.88 };

/** Chooses `file` in step 1's "choose" input. */
async function chooseIdPhoto(canvas: HTMLElement, file: File): Promise<void> {
  const input = await waitForPart(canvas, 'reference-choose');
  await userEvent.upload(input, file);
}

async function waitForStep(canvas: HTMLElement, step: string): Promise<void> {
  await waitFor(() => expect(root(canvas)).toHaveAttribute('data-step', step), { timeout: 8_000 });
}

async function waitForOutcome(canvas: HTMLElement, outcome: string): Promise<void> {
  await waitFor(() => expect(root(canvas)).toHaveAttribute('data-outcome', outcome), { timeout: 12_000 });
}

/** The ID photo `fixture` is refused for `problem`, with the inputs kept and nothing sent. */
async function expectRefused(canvas: HTMLElement, problem: string): Promise<void> {
  await waitFor(() => expect(part(canvas, 'reference')).toHaveAttribute('data-status', 'unusable'), {
    timeout: 8_000,
  });
  const alert = part(canvas, 'reference-problem');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toHaveAttribute('data-problem', problem);
  await expect(alert).toHaveTextContent(
    await textOf(`ui.reference.problem.${problem}` as Parameters<typeof textOf>[0]),
  );
  await expect(root(canvas)).toHaveAttribute('data-step', 'reference');
  await expect(part(canvas, 'reference-choose')).toBeInTheDocument();
  await expect(part(canvas, 'reference-photograph')).toBeInTheDocument();
  await expect(part(canvas, 'start')).toBeNull();
  await pause(200);
  await expect(requests()).toHaveLength(0);
  await expect(faceMatchRequests()).toHaveLength(0);
}

/** Story parameters: the camera films the webcam selfie, liveness answers Approved, the face match `reply`. */
function flow(faceMatch: EndpointReply[]): { liveness: LivenessStoryParameters; faceMatch: EndpointReply[] } {
  return {
    liveness: { camera: { scene: SCENES.ready }, endpoint: [replyJson(livenessBody('Approved'))] },
    faceMatch,
  };
}

/**
 * Liveness, then face match against an ID photo (`faceMatch`): step 1 asks for a photo of the ID
 * (chosen or taken with the back camera) and checks it in the browser before anything is sent;
 * step 2 is the selfie; an Approved selfie is then compared with the ID photo, and the result is
 * the combined outcome with the retakes it calls for. The stories choose fixture photos through
 * the real file input; the liveness and face-match endpoints are mocked.
 */
const meta = {
  title: 'LivenessCapture/Face match',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: { layout: 'padded', docs: { story: DOCS_IN_IFRAME } },
  beforeEach: installFlowMocks,
  args: {
    endpoint: STORY_ENDPOINT,
    faceMatch: true,
    autoStart: true,
    timing: FAST_TIMING,
    stability: FAST_STABILITY,
    detector: flowDetector(ID_PHOTOS.selfie.faces),
  },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Step 1 before a photo is chosen: what photo is wanted and the two ways to give it. */
export const ReferenceStep: Story = {
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'reference');
    await expect(part(canvasElement, 'reference')).toHaveAttribute('data-status', 'empty');
    await expect(part(canvasElement, 'step')).toHaveTextContent(
      await textOf('ui.step', undefined, { step: 1, steps: 2, name: await textOf('ui.step.reference') }),
    );
    await expect(part(canvasElement, 'reference-choose')).toHaveAccessibleName(
      await textOf('ui.reference.choose'),
    );
    await expect(part(canvasElement, 'reference-photograph')).toHaveAttribute('capture', 'environment');
    await expect(part(canvasElement, 'start')).toBeNull();
    await expect(part(canvasElement, 'intro')).toBeNull();
  },
};

/** The chosen photo is being checked: a polite status says so. */
export const CheckingReference: Story = {
  args: { detector: stalledDetector() },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitFor(() => expect(part(canvasElement, 'reference')).toHaveAttribute('data-status', 'checking'));
    await expect(part(canvasElement, 'reference-status')).toHaveTextContent(
      await textOf('ui.reference.checking'),
    );
    await expect(part(canvasElement, 'reference-choose')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A photo without a face (a landscape). */
export const ReferenceNoFace: Story = {
  args: { detector: flowDetector(ID_PHOTOS.noFace.faces) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.noFace.fixture));
    await expectRefused(canvasElement, 'NO_FACE');
  },
};

/** An under-exposed portrait. */
export const ReferenceTooDark: Story = {
  args: { detector: flowDetector(ID_PHOTOS.dark.faces) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.dark.fixture));
    await expectRefused(canvasElement, 'TOO_DARK');
  },
};

/** A strongly blurred portrait. */
export const ReferenceBlurry: Story = {
  args: { detector: flowDetector(ID_PHOTOS.blurry.faces) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.blurry.fixture));
    await expectRefused(canvasElement, 'BLURRY');
  },
};

/** A 96 px photo: the face is too small to compare. */
export const ReferenceFaceTooSmall: Story = {
  args: { detector: flowDetector(ID_PHOTOS.lowRes.faces) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.lowRes.fixture));
    await expectRefused(canvasElement, 'FACE_TOO_SMALL');
  },
};

/** A JPEG whose data is garbage after its header. */
export const ReferenceUnreadable: Story = {
  args: { detector: flowDetector([]) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.corrupt.fixture));
    await expectRefused(canvasElement, 'UNREADABLE');
  },
};

/** A GIF: an image, but not a type the check takes. */
export const ReferenceUnsupportedType: Story = {
  args: { detector: flowDetector([]) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, gifFile());
    await expectRefused(canvasElement, 'UNSUPPORTED_TYPE');
  },
};

/** A usable ID photo: step 2, the selfie's explanation below the photo in use and a way to change it. */
export const ReferenceReady: Story = {
  args: { autoStart: false },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForStep(canvasElement, 'liveness');
    await expect(part(canvasElement, 'reference')).toHaveAttribute('data-status', 'ready');
    await expect(part(canvasElement, 'step')).toHaveTextContent(
      await textOf('ui.step', undefined, { step: 2, steps: 2, name: await textOf('ui.step.selfie') }),
    );
    const preview = part(canvasElement, 'reference-preview') as HTMLImageElement;
    await expect(preview).toHaveAttribute('alt', await textOf('ui.reference.preview'));
    // The object URL really shows the checked photo.
    await waitFor(() => expect(preview.complete && preview.naturalWidth > 0).toBe(true));
    await expect(part(canvasElement, 'reference-note')).toBeNull();
    await expect(part(canvasElement, 'retake-reference')).toHaveTextContent(
      await textOf('ui.retakeReference'),
    );
    await expect(part(canvasElement, 'start')).toBeInTheDocument();
    await expect(requests()).toHaveLength(0);
  },
};

/** An ID photo with a second, smaller face: the largest is used, and the summary says so. */
export const ReferenceSeveralFaces: Story = {
  args: { autoStart: false, detector: flowDetector([...ID_PHOTOS.selfie.faces, GHOST_FACE]) },
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForStep(canvasElement, 'liveness');
    await expect(part(canvasElement, 'reference-note')).toHaveTextContent(
      await textOf('ui.reference.usedLargest', undefined, { count: 2 }),
    );
  },
};

/** The Approved selfie is being compared with the ID photo. */
export const SendingFaceMatch: Story = {
  parameters: flow([neverAnswer()]),
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForStep(canvasElement, 'face-match');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'uploading');
    await expect(part(canvasElement, 'progress')).toHaveTextContent(await textOf('ui.progress.face-match'));
    await expect(part(canvasElement, 'cancel')).toBeInTheDocument();
    await waitFor(() => expect(faceMatchRequests()).toHaveLength(1));
    await expect(requests()).toHaveLength(1);
  },
};

/** Same person: liveness Approved, then the same selfie matches the ID photo. */
export const Verified: Story = {
  parameters: flow([replyJson(faceMatchBody('Approved'))]),
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForOutcome(canvasElement, 'verified');
    await expect(root(canvasElement)).toHaveAttribute('data-face-match', 'Approved');
    await expect(part(canvasElement, 'result')?.querySelector('h2')).toHaveTextContent(
      await textOf('outcome.verified.title'),
    );
    await expect(part(canvasElement, 'retake')).toBeNull();
    await expect(part(canvasElement, 'retake-reference')).toBeNull();
    await expect(requests()).toHaveLength(1);
    await expect(faceMatchRequests()).toHaveLength(1);
    // The face match carries the same selfie the liveness check got.
    await expectPhotoSent(faceMatchRequests()[0]);
    await expect(faceMatchRequests()[0]?.image?.bytes).toEqual(requests()[0]?.image?.bytes);
  },
};

/** The faces do not match: a new selfie or another ID photo can change it. */
export const NoMatch: Story = {
  parameters: flow([replyJson(faceMatchBody('Declined', ['LOW_FACE_MATCH_SIMILARITY']))]),
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForOutcome(canvasElement, 'no-match');
    await expect(root(canvasElement)).toHaveAttribute('data-face-match', 'Declined');
    await expect(warningTags(canvasElement)).toEqual(['LOW_FACE_MATCH_SIMILARITY']);
    await expect(part(canvasElement, 'retake')).toHaveTextContent(await textOf('ui.retakeSelfie'));
    await expect(part(canvasElement, 'retake-reference')).toHaveTextContent(
      await textOf('ui.retakeReference'),
    );
  },
};

/** The face match found no face in the ID photo: only another ID photo can help. */
export const ReferenceUnusable: Story = {
  parameters: flow([replyJson(faceMatchBody('Declined', ['NO_REFERENCE_IMAGE']))]),
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForOutcome(canvasElement, 'reference-unusable');
    await expect(warningTags(canvasElement)).toEqual(['NO_REFERENCE_IMAGE']);
    await expect(part(canvasElement, 'retake')).toBeNull();
    await expect(part(canvasElement, 'retake-reference')).toBeInTheDocument();
  },
};

/** The face match could not be sent (a 500): Retry sends only the face match again, or another ID photo. */
export const FaceMatchUploadError: Story = {
  args: { retry: { retries: 0 } },
  parameters: flow([replyError(500, 'SERVER', 'Internal Server Error')]),
  play: async ({ canvasElement }) => {
    await chooseIdPhoto(canvasElement, await fixtureFile(ID_PHOTOS.selfie.fixture));
    await waitForState(canvasElement, 'upload-error');
    await expect(root(canvasElement)).toHaveAttribute('data-step', 'face-match');
    await expect(part(canvasElement, 'error')).toHaveAttribute('data-error', 'SERVER');
    await expect(part(canvasElement, 'retry')).toBeInTheDocument();
    await expect(part(canvasElement, 'retake-reference')).toBeInTheDocument();
    await expect(part(canvasElement, 'retake')).toBeNull();
    await expect(requests()).toHaveLength(1);
    await expect(faceMatchRequests()).toHaveLength(1);
  },
};
