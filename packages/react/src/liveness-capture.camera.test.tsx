import { diditApprovedBody } from '@liveness-kit/test-utils';
import { act, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAMERA_STORAGE_KEY } from '@liveness-kit/capture';
import {
  installHarness,
  renderCapture,
  root,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
afterEach(() => harness.restore());

const start = () => userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
const errorPart = () => document.querySelector('[data-part="error"]');

describe('<LivenessCapture> camera', () => {
  it('explains before asking: no camera request until the user starts', async () => {
    harness = await installHarness();
    renderCapture(harness, { submit: async () => diditApprovedBody() });
    expect(screen.getByRole('heading', { name: 'Take a selfie to confirm it’s you' })).toBeVisible();
    expect(harness.media.requests).toHaveLength(0);
    await start();
    await waitForState('guiding');
    expect(harness.media.requests).toHaveLength(1);
    // jsdom has no matchMedia: a screen whose orientation cannot be told counts as portrait, so the
    // front camera is asked for 3:4 (packages/capture's engine tests cover desktop 640x480).
    expect(harness.media.requests[0]!.video).toMatchObject({
      facingMode: 'user',
      aspectRatio: { ideal: 3 / 4 },
      width: { ideal: 480 },
      height: { ideal: 640 },
    });
  });

  it('shows starting-camera while the browser asks for permission, then guides', async () => {
    harness = await installHarness();
    let allow!: () => void;
    harness.media.gate = new Promise((resolve) => (allow = resolve));
    renderCapture(harness, { submit: async () => diditApprovedBody() });
    await start();
    await waitForState('starting-camera');
    expect(screen.getByRole('progressbar', { name: 'Starting the camera…' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Starting the camera…');
    act(() => allow());
    await waitForState('guiding');
  });

  it('autoStart skips the explanation', async () => {
    harness = await installHarness();
    renderCapture(harness, { autoStart: true, autoCapture: false });
    await waitForState('guiding');
    expect(screen.queryByRole('button', { name: 'Start the camera' })).toBeNull();
  });

  it.each([
    ['NotAllowedError', 'CAMERA_PERMISSION_DENIED', 'Camera access is blocked.'],
    ['NotFoundError', 'CAMERA_NOT_FOUND', 'No camera was found.'],
    ['NotReadableError', 'CAMERA_IN_USE', 'The camera is being used by another app.'],
  ])(
    '%s → camera-error %s with its message, a retry and the photo alternative',
    async (name, code, message) => {
      harness = await installHarness();
      harness.media.failWith = name;
      const onError = vi.fn();
      renderCapture(harness, { onError });
      await start();
      await waitForState('camera-error');
      expect(errorPart()).toHaveAttribute('data-error', code);
      const heading = screen.getByRole('heading', { name: message });
      expect(heading).toHaveFocus();
      expect(document.querySelector('input[type="file"][data-part="upload"]')).not.toBeNull();
      expect(screen.getByLabelText('Choose a photo instead')).toBeInTheDocument();
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code }));
      // The way out works once the cause is gone.
      harness.media.failWith = null;
      await userEvent.click(screen.getByRole('button', { name: 'Try the camera again' }));
      await waitForState('guiding');
      expect(harness.media.requests).toHaveLength(2);
    },
  );

  it('an insecure page → INSECURE_CONTEXT without asking for the camera, and no pointless retry', async () => {
    harness = await installHarness({ secure: false });
    renderCapture(harness, {});
    await start();
    await waitForState('camera-error');
    expect(errorPart()).toHaveAttribute('data-error', 'INSECURE_CONTEXT');
    expect(screen.getByText('The camera only works on a secure (https) page.')).toBeVisible();
    expect(harness.media.requests).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Try the camera again' })).toBeNull();
    expect(document.querySelector('[data-part="upload"]')).not.toBeNull();
  });

  it('a camera unplugged while guiding → CAMERA_DISCONNECTED, and reconnecting works', async () => {
    harness = await installHarness();
    renderCapture(harness, { autoCapture: false });
    await start();
    await waitForState('guiding');
    act(() => harness.media.live!.getVideoTracks()[0]!.unplug());
    await waitForState('camera-error');
    expect(errorPart()).toHaveAttribute('data-error', 'CAMERA_DISCONNECTED');
    expect(screen.getByText('Reconnect the camera, then try again.')).toBeVisible();
    expect(document.querySelector('[data-part="camera"]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try the camera again' }));
    await waitForState('guiding');
  });

  it('offers a camera picker when there are several, switches the stream and remembers the choice', async () => {
    harness = await installHarness({
      devices: [
        { deviceId: 'front', label: 'Front camera' },
        { deviceId: 'usb', label: 'USB camera' },
      ],
    });
    renderCapture(harness, { autoCapture: false });
    await start();
    await waitForState('guiding');
    const select = await screen.findByRole('combobox', { name: 'Camera' });
    expect(select).toHaveValue('front');
    await userEvent.selectOptions(select, 'USB camera');
    await waitForState('guiding');
    await waitFor(() => expect(harness.media.live?.device.deviceId).toBe('usb'));
    expect(localStorage.getItem(CAMERA_STORAGE_KEY)).toBe('usb');
    expect(harness.media.requests.at(-1)!.video).toMatchObject({ deviceId: { ideal: 'usb' } });
    expect(screen.getByRole('combobox', { name: 'Camera' })).toHaveValue('usb');
  });

  it('opens the remembered camera next time', async () => {
    harness = await installHarness({
      devices: [
        { deviceId: 'front', label: 'Front camera' },
        { deviceId: 'usb', label: 'USB camera' },
      ],
    });
    localStorage.setItem(CAMERA_STORAGE_KEY, 'usb');
    renderCapture(harness, { autoCapture: false });
    await start();
    await waitForState('guiding');
    expect(harness.media.live?.device.deviceId).toBe('usb');
  });

  it('stops the camera when the component goes away', async () => {
    harness = await installHarness();
    const { unmount } = renderCapture(harness, { autoCapture: false });
    await start();
    await waitForState('guiding');
    const stream = harness.media.live!;
    unmount();
    expect(stream.active).toBe(false);
    expect(harness.detector.disposed).toBe(false); // injected: it belongs to the caller
    expect(root).toBeDefined();
  });
});
