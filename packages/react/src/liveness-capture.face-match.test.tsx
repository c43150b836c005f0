// <LivenessCapture> in the face-match flow (liveness, then face match against an ID photo), in
// jsdom: the fake camera and image decoder, a scripted detector, and submit functions answering
// with the contract's bodies.
import type { SubmitFaceMatchRequest, SubmitRequest } from '@liveness-kit/capture';
import { textEn as en } from '@liveness-kit/capture';
import {
  diditApprovedBody,
  diditFaceMatchBody,
  diditFaceMatchLowSimilarityBody,
  diditFaceMatchNoReferenceBody,
  fixtureBytes,
} from '@liveness-kit/test-utils';
import { installFakeImageDecoder, SCENES } from '@liveness-kit/test-utils/jsdom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installHarness,
  renderCapture,
  root,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
let restoreDecoder: () => void;
beforeEach(async () => {
  harness = await installHarness();
  restoreDecoder = installFakeImageDecoder();
});
afterEach(() => {
  restoreDecoder();
  harness.restore();
});

const idPhoto = () =>
  new File([new Uint8Array(fixtureBytes(SCENES.ready.fixture))], 'id.jpg', { type: 'image/jpeg' });

function renderFlow(faceMatchBodies: Array<Record<string, unknown>> = [diditFaceMatchBody()]) {
  const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
  const matchSubmit = vi.fn(async (_request: SubmitFaceMatchRequest) =>
    faceMatchBodies.length > 1 ? faceMatchBodies.shift()! : faceMatchBodies[0]!,
  );
  const onResult = vi.fn();
  renderCapture(harness, { submit, faceMatch: { submit: matchSubmit }, onResult });
  return { submit, matchSubmit, onResult };
}

const waitForStep = (step: string) =>
  vi.waitFor(() => expect(root().getAttribute('data-step')).toBe(step), { timeout: 10_000 });

async function chooseIdPhoto() {
  await userEvent.upload(screen.getByLabelText(en['ui.reference.choose']), idPhoto());
  await waitForStep('liveness');
}

describe('<LivenessCapture> face-match flow', () => {
  it('off by default: data-step="liveness", no step label, no ID-photo part', () => {
    renderCapture(harness, { submit: async () => diditApprovedBody() });
    expect(root()).toHaveAttribute('data-step', 'liveness');
    expect(document.querySelector('[data-part="reference"]')).toBeNull();
    expect(document.querySelector('[data-part="step"]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the camera' })).toBeInTheDocument();
  });

  it('asks for the ID photo first (no start button), labelled inputs, step 1 of 2', () => {
    renderFlow();
    expect(root()).toHaveAttribute('data-step', 'reference');
    expect(screen.queryByRole('button', { name: 'Start the camera' })).toBeNull();
    expect(document.querySelector('[data-part="step"]')).toHaveTextContent('Step 1 of 2: ID photo');
    expect(screen.getByLabelText(en['ui.reference.choose'])).toHaveAttribute('accept', 'image/*');
    expect(screen.getByLabelText(en['ui.reference.photograph'])).toHaveAttribute('capture', 'environment');
  });

  it('an ID photo without a face is refused before anything is sent; another one is accepted', async () => {
    const { submit, matchSubmit } = renderFlow();
    harness.detector.faces = [];
    await userEvent.upload(screen.getByLabelText(en['ui.reference.choose']), idPhoto());
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveAttribute('data-problem', 'NO_FACE');
    expect(problem).toHaveTextContent(en['ui.reference.problem.NO_FACE']);
    expect(document.querySelector('[data-part="reference"]')).toHaveAttribute('data-status', 'unusable');
    harness.detector.faces = [...SCENES.ready.faces];
    await chooseIdPhoto();
    expect(screen.getByRole('button', { name: 'Start the camera' })).toBeInTheDocument();
    expect(document.querySelector('[data-part="step"]')).toHaveTextContent('Step 2 of 2: Your selfie');
    expect(submit).not.toHaveBeenCalled();
    expect(matchSubmit).not.toHaveBeenCalled();
  });

  it('same person: verified, one combined outcome, onResult once with both answers', async () => {
    const { submit, matchSubmit, onResult } = renderFlow();
    await chooseIdPhoto();
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForState('result');
    expect(root()).toHaveAttribute('data-outcome', 'verified');
    expect(root()).toHaveAttribute('data-face-match', 'Approved');
    expect(screen.getByRole('heading', { name: en['outcome.verified.title'] })).toBeInTheDocument();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(1);
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0]).toHaveLength(3);
    expect(screen.queryByRole('button', { name: en['ui.retakeReference'] })).toBeNull();
  });

  it('different person: faces do not match, both retakes offered; a new ID photo is compared with the kept selfie', async () => {
    const { submit, matchSubmit } = renderFlow([diditFaceMatchLowSimilarityBody(12), diditFaceMatchBody()]);
    await chooseIdPhoto();
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForState('result');
    expect(root()).toHaveAttribute('data-outcome', 'no-match');
    expect(screen.getByRole('button', { name: en['ui.retakeSelfie'] })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: en['ui.retakeReference'] }));
    await waitForStep('reference');
    await userEvent.upload(screen.getByLabelText(en['ui.reference.choose']), idPhoto());
    await vi.waitFor(() => expect(root()).toHaveAttribute('data-outcome', 'verified'), { timeout: 10_000 });
    expect(submit).toHaveBeenCalledTimes(1);
    expect(matchSubmit).toHaveBeenCalledTimes(2);
  });

  it('NO_REFERENCE_IMAGE: the reference is unusable, only the ID-photo retake is offered', async () => {
    renderFlow([diditFaceMatchNoReferenceBody()]);
    await chooseIdPhoto();
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForState('result');
    expect(root()).toHaveAttribute('data-outcome', 'reference-unusable');
    expect(screen.getByRole('button', { name: en['ui.retakeReference'] })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en['ui.retakeSelfie'] })).toBeNull();
  });

  it('a referenceImage prop is checked on mount: straight to the selfie step', async () => {
    renderCapture(harness, {
      submit: async () => diditApprovedBody(),
      faceMatch: { submit: async () => diditFaceMatchBody() },
      referenceImage: idPhoto(),
    });
    await waitForStep('liveness');
    expect(screen.getByRole('button', { name: 'Start the camera' })).toBeInTheDocument();
    expect(screen.getByText(en['ui.reference.ready'])).toBeInTheDocument();
  });
});
