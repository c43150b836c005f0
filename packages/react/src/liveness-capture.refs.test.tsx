import { diditApprovedBody, fixtureBytes } from '@liveness-kit/test-utils';
import { bodyWith, installFakeImageDecoder, SCENES } from '@liveness-kit/test-utils/jsdom';
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type RefObject } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';
import {
  harnessProps,
  installHarness,
  root,
  screen,
  waitForHint,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
let restoreDecoder: () => void;
beforeEach(async () => {
  harness = await installHarness({
    devices: [
      { deviceId: 'front', label: 'Front camera' },
      { deviceId: 'usb', label: 'USB camera' },
    ],
  });
  restoreDecoder = installFakeImageDecoder();
});
afterEach(() => {
  restoreDecoder();
  harness.restore();
});

function part(name: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-part="${name}"]`);
}

/** The ref holds the part's main element: the one with its `data-part`. */
function expectRefOn(ref: RefObject<HTMLElement | SVGSVGElement | null>, name: string): void {
  expect(part(name)).not.toBeNull();
  expect(ref.current).toBe(part(name));
}

describe('headless parts forward their refs', () => {
  it('through the camera flow, and let go of them when the part goes away', async () => {
    const refs = {
      root: createRef<HTMLElement>(),
      intro: createRef<HTMLDivElement>(),
      start: createRef<HTMLButtonElement>(),
      overlay: createRef<HTMLDivElement>(),
      hint: createRef<HTMLParagraphElement>(),
      capture: createRef<HTMLButtonElement>(),
      select: createRef<HTMLSelectElement>(),
      progress: createRef<HTMLDivElement>(),
      cancel: createRef<HTMLButtonElement>(),
      result: createRef<HTMLDivElement>(),
      retake: createRef<HTMLButtonElement>(),
    };
    let answer: (body: unknown) => void = () => {};
    const submit = () => new Promise((resolve) => (answer = resolve));
    render(
      <LivenessCapture.Root ref={refs.root} {...harnessProps(harness, { submit, autoCapture: false })}>
        <LivenessCapture.Intro ref={refs.intro}>
          <LivenessCapture.StartButton ref={refs.start} />
        </LivenessCapture.Intro>
        <LivenessCapture.Camera />
        <LivenessCapture.Overlay ref={refs.overlay} />
        <LivenessCapture.Hint ref={refs.hint} />
        <LivenessCapture.CaptureButton ref={refs.capture} />
        <LivenessCapture.CameraSelect ref={refs.select} />
        <LivenessCapture.Progress ref={refs.progress} />
        <LivenessCapture.CancelButton ref={refs.cancel} />
        <LivenessCapture.Result ref={refs.result}>
          <LivenessCapture.RetakeButton ref={refs.retake} />
        </LivenessCapture.Result>
      </LivenessCapture.Root>,
    );
    expectRefOn(refs.root, 'root');
    expectRefOn(refs.intro, 'intro');
    expectRefOn(refs.start, 'start');
    await userEvent.click(refs.start.current!);
    await waitForHint('READY');
    expect(refs.intro.current).toBeNull();
    expect(refs.start.current).toBeNull();
    expectRefOn(refs.overlay, 'overlay');
    expectRefOn(refs.hint, 'hint');
    expectRefOn(refs.capture, 'capture');
    expectRefOn(refs.select, 'camera-select');
    expect(refs.select.current).toBeInstanceOf(HTMLSelectElement);
    await userEvent.click(refs.capture.current!);
    await waitForState('uploading');
    expectRefOn(refs.progress, 'progress');
    expectRefOn(refs.cancel, 'cancel');
    // The capture button keeps its own ref for focus and still clears the forwarded one.
    expect(refs.capture.current).toBeNull();
    answer(bodyWith('Declined', ['LOW_FACE_QUALITY']));
    await waitForState('result');
    expect(refs.cancel.current).toBeNull();
    expectRefOn(refs.result, 'result');
    expectRefOn(refs.retake, 'retake');
  });

  it('through the error and photo path', async () => {
    harness.media.failWith = 'NotAllowedError';
    const refs = {
      start: createRef<HTMLButtonElement>(),
      error: createRef<HTMLDivElement>(),
      retry: createRef<HTMLButtonElement>(),
      upload: createRef<HTMLInputElement>(),
      notice: createRef<HTMLParagraphElement>(),
    };
    render(
      <LivenessCapture.Root {...harnessProps(harness, { submit: async () => diditApprovedBody() })}>
        <LivenessCapture.StartButton ref={refs.start} />
        <LivenessCapture.Camera />
        <LivenessCapture.ErrorView ref={refs.error}>
          <LivenessCapture.RetryButton ref={refs.retry} />
        </LivenessCapture.ErrorView>
        <LivenessCapture.UploadInput ref={refs.upload} />
        <LivenessCapture.PhotoNotice ref={refs.notice} />
      </LivenessCapture.Root>,
    );
    await userEvent.click(refs.start.current!);
    await waitForState('camera-error');
    expectRefOn(refs.error, 'error');
    expectRefOn(refs.retry, 'retry');
    expectRefOn(refs.upload, 'upload');
    expect(refs.upload.current).toBeInstanceOf(HTMLInputElement);
    const corrupt = fixtureBytes('derived/corrupt-truncated-40pct-01.jpg');
    await userEvent.upload(
      refs.upload.current!,
      new File([new Uint8Array(corrupt)], 'me.jpg', { type: 'image/jpeg' }),
    );
    await screen.findByRole('alert');
    expectRefOn(refs.notice, 'photo-notice');
  });
});

describe('headless parts spread their props (Radix style)', () => {
  it('other props reach the element; the part keeps its data-part and adds its classes', async () => {
    render(
      <LivenessCapture.Root
        {...harnessProps(harness, { autoCapture: false })}
        id="kyc"
        title="Identity check"
      >
        <LivenessCapture.Intro data-testid="intro" aria-describedby="legal">
          <LivenessCapture.StartButton data-part="mine" className="brand" title="Opens the front camera" />
        </LivenessCapture.Intro>
        <LivenessCapture.Camera />
        <LivenessCapture.Hint id="my-hint" style={{ color: 'rgb(1, 2, 3)' }} />
        <LivenessCapture.CaptureButton aria-describedby="my-hint" />
        <LivenessCapture.CameraSelect id="camera-choice" data-testid="select" />
      </LivenessCapture.Root>,
    );
    expect(root()).toHaveAttribute('id', 'kyc');
    expect(root()).toHaveAttribute('title', 'Identity check');
    expect(screen.getByTestId('intro')).toHaveAttribute('data-part', 'intro');
    expect(screen.getByTestId('intro')).toHaveAttribute('aria-describedby', 'legal');
    const start = screen.getByRole('button', { name: 'Start the camera' });
    expect(start).toHaveAttribute('data-part', 'start');
    expect(start).toHaveAttribute('title', 'Opens the front camera');
    expect(start).toHaveAttribute('type', 'button');
    expect(start).toHaveClass('lk-start', 'brand');
    await userEvent.click(start);
    const hint = await waitForHint('READY');
    expect(hint).toHaveAttribute('id', 'my-hint');
    expect(hint).toHaveStyle({ color: 'rgb(1, 2, 3)' });
    expect(part('capture')).toHaveAttribute('aria-describedby', 'my-hint');
    // A given id on the select is the one its label points at.
    expect(screen.getByRole('combobox', { name: 'Camera' })).toBe(screen.getByTestId('select'));
    expect(screen.getByTestId('select')).toHaveAttribute('id', 'camera-choice');
  });

  it("a user's onClick runs first, then the part's action unless it prevented the default", async () => {
    const calls: string[] = [];
    let prevent = true;
    const onClick = vi.fn((event: { preventDefault(): void }) => {
      calls.push(`clicked in ${root().getAttribute('data-state')}`);
      if (prevent) event.preventDefault();
    });
    render(
      <LivenessCapture.Root {...harnessProps(harness, { autoCapture: false })}>
        <LivenessCapture.StartButton onClick={onClick} />
        <LivenessCapture.Camera />
        <LivenessCapture.Hint />
        <LivenessCapture.CaptureButton onClick={onClick} />
      </LivenessCapture.Root>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    expect(root()).toHaveAttribute('data-state', 'idle');
    prevent = false;
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForHint('READY');
    prevent = true;
    await userEvent.click(screen.getByRole('button', { name: 'Take photo' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root()).toHaveAttribute('data-state', 'guiding');
    expect(calls).toEqual(['clicked in idle', 'clicked in idle', 'clicked in guiding']);
  });

  it('onChange of the camera picker composes the same way', async () => {
    const onChange = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <LivenessCapture.Root {...harnessProps(harness, { autoStart: true, autoCapture: false })}>
        <LivenessCapture.Camera />
        <LivenessCapture.CameraSelect onChange={onChange} />
      </LivenessCapture.Root>,
    );
    const select = await screen.findByRole('combobox', { name: 'Camera' });
    await userEvent.selectOptions(select, 'USB camera');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('liveness-kit:camera')).toBeNull();
    expect(harness.media.live?.device.deviceId).toBe('front');
  });
});

describe('headless parts say their state in data-state', () => {
  it('capture button, hint and overlay follow the framing; result and error say their outcome', async () => {
    await harness.show(SCENES.far);
    const replies = [async () => bodyWith('Declined', ['LOW_FACE_QUALITY']), async () => diditApprovedBody()];
    render(
      <LivenessCapture
        {...harnessProps(harness, { autoCapture: false, submit: () => replies.shift()!() })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    const far = await waitForHint('MOVE_CLOSER');
    expect(far).toHaveAttribute('data-state', 'adjust');
    expect(part('capture')).toHaveAttribute('data-state', 'waiting');
    expect(part('overlay')).toHaveAttribute('data-state', 'searching');
    await harness.show(SCENES.ready);
    const ready = await waitForHint('READY');
    expect(ready).toHaveAttribute('data-state', 'ready');
    expect(part('capture')).toHaveAttribute('data-state', 'ready');
    expect(part('overlay')).toHaveAttribute('data-state', 'fitted');
    await userEvent.click(part('capture')!);
    await waitForState('result');
    expect(part('result')).toHaveAttribute('data-state', 'retake');
    await userEvent.click(screen.getByRole('button', { name: 'Take a new photo' }));
    await waitForHint('READY');
    await userEvent.click(part('capture')!);
    await waitForState('result');
    expect(part('result')).toHaveAttribute('data-state', 'approved');
  });

  it('the error view says which error state it shows', async () => {
    harness.media.failWith = 'NotAllowedError';
    render(<LivenessCapture {...harnessProps(harness)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForState('camera-error');
    await waitFor(() => expect(part('error')).toHaveAttribute('data-state', 'camera-error'));
  });
});
