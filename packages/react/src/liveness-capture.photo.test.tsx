import { diditApprovedBody, fixtureBytes } from '@liveness-kit/test-utils';
import type { SubmitRequest } from '@liveness-kit/capture';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textEn as en } from '@liveness-kit/capture';
import {
  installHarness,
  renderCapture,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';
import { bodyWith } from '@liveness-kit/test-utils/jsdom';
import { installFakeImageDecoder } from '@liveness-kit/test-utils/jsdom';
import { SCENES } from '@liveness-kit/test-utils/jsdom';

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

function photo(fixture: string, type = 'image/jpeg'): File {
  return new File([new Uint8Array(fixtureBytes(fixture))], fixture.split('/').pop()!, { type });
}

async function deniedCamera(props: Parameters<typeof renderCapture>[1] = {}) {
  harness.media.failWith = 'NotAllowedError';
  renderCapture(harness, props);
  await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
  await waitForState('camera-error');
  return screen.queryByLabelText('Choose a photo instead')!;
}

describe('<LivenessCapture> photo from disk', () => {
  it('when the camera is denied, a photo that passes the pre-checks is re-encoded and sent', async () => {
    const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
    const input = await deniedCamera({ submit });
    expect(input).toHaveAttribute('data-part', 'upload');
    await userEvent.upload(input, photo('single/man-glasses-webcam.jpg'));
    await waitForState('result');
    expect(submit).toHaveBeenCalledTimes(1);
    const image = submit.mock.calls[0]![0].image;
    expect(image.type).toBe('image/jpeg');
    expect(harness.detector.detections).toBeGreaterThan(0);
  });

  it('a photo that fails a pre-check is refused, saying why, and nothing is sent', async () => {
    const submit = vi.fn(async () => diditApprovedBody());
    const input = await deniedCamera({ submit });
    harness.detector.faces = SCENES.group.faces;
    await userEvent.upload(input, photo(SCENES.group.fixture));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveAttribute('data-part', 'hint');
    expect(notice).toHaveAttribute('data-hint', 'MULTIPLE_FACES');
    expect(notice).toHaveAttribute('data-source', 'photo');
    expect(notice).toHaveTextContent(`This photo can’t be used. ${en['hint.MULTIPLE_FACES']}`);
    expect(document.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'camera-error');
    expect(submit).not.toHaveBeenCalled();
    // Focus stays on the photo input, ready for another choice.
    expect(input).toHaveFocus();
  });

  it('a dark photo is refused as TOO_DARK', async () => {
    const submit = vi.fn(async () => diditApprovedBody());
    const input = await deniedCamera({ submit });
    harness.detector.faces = SCENES.dark.faces;
    await userEvent.upload(input, photo(SCENES.dark.fixture));
    expect(await screen.findByRole('alert')).toHaveAttribute('data-hint', 'TOO_DARK');
    expect(submit).not.toHaveBeenCalled();
  });

  it('a corrupt JPEG → INVALID_IMAGE, with its message, and nothing is sent', async () => {
    const onError = vi.fn();
    const submit = vi.fn(async () => diditApprovedBody());
    const input = await deniedCamera({ submit, onError });
    await userEvent.upload(input, photo('derived/corrupt-truncated-40pct-01.jpg'));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveAttribute('data-error', 'INVALID_IMAGE');
    expect(notice).toHaveTextContent(en['error.INVALID_IMAGE']);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'INVALID_IMAGE' }));
    expect(submit).not.toHaveBeenCalled();
  });

  it('a file that is not an image → UNSUPPORTED_MEDIA_TYPE, whatever its name and type say', async () => {
    const input = await deniedCamera({ submit: async () => diditApprovedBody() });
    await userEvent.upload(input, new File(['name,age\nAda,36\n'], 'people.jpg', { type: 'image/jpeg' }));
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveAttribute('data-error', 'UNSUPPORTED_MEDIA_TYPE');
    expect(notice).toHaveTextContent(en['error.UNSUPPORTED_MEDIA_TYPE.action']);
  });

  it('after a declined photo, a retake goes back to choosing a photo (the camera error is still shown)', async () => {
    const input = await deniedCamera({ submit: async () => bodyWith('Declined', ['LOW_FACE_QUALITY']) });
    await userEvent.upload(input, photo('single/man-glasses-webcam.jpg'));
    await waitForState('result');
    await userEvent.click(screen.getByRole('button', { name: 'Take a new photo' }));
    await waitForState('camera-error');
    expect(document.querySelector('[data-part="error"]')).toHaveAttribute(
      'data-error',
      'CAMERA_PERMISSION_DENIED',
    );
    expect(screen.getByLabelText('Choose a photo instead')).toBeInTheDocument();
  });

  it('photoUpload="always" offers it before the camera; "never" hides it even on camera errors', async () => {
    const { unmount } = renderCapture(harness, { photoUpload: 'always' });
    expect(screen.getByLabelText('Choose a photo instead')).toBeInTheDocument();
    unmount();
    await deniedCamera({ photoUpload: 'never' });
    expect(document.querySelector('[data-part="upload"]')).toBeNull();
  });
});
