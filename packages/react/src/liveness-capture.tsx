import { forwardRef } from 'react';
import { DefaultLayout, type LivenessCaptureComponents } from './default-layout.js';
import { CameraSelect } from './parts/camera-select.js';
import { Camera } from './parts/camera.js';
import { CancelButton } from './parts/cancel-button.js';
import { CaptureButton } from './parts/capture-button.js';
import { ErrorView } from './parts/error-view.js';
import { Hint } from './parts/hint.js';
import { Intro } from './parts/intro.js';
import { Overlay } from './parts/overlay.js';
import { ReferencePhoto } from './parts/reference-photo.js';
import { RetakeReferenceButton } from './parts/retake-reference-button.js';
import { StepLabel } from './parts/step-label.js';
import { PhotoNotice } from './parts/photo-notice.js';
import { Progress } from './parts/progress.js';
import { Result } from './parts/result.js';
import { RetakeButton } from './parts/retake-button.js';
import { RetryButton } from './parts/retry-button.js';
import { Root, type RootProps } from './parts/root.js';
import { StartButton } from './parts/start-button.js';
import { UploadInput } from './parts/upload-input.js';

export type { LivenessCaptureComponents } from './default-layout.js';

export interface LivenessCaptureProps extends RootProps {
  components?: LivenessCaptureComponents;
}

const LivenessCaptureView = forwardRef<HTMLElement, LivenessCaptureProps>(function LivenessCapture(
  { components, ...props },
  ref,
) {
  return (
    <Root {...props} ref={ref}>
      <DefaultLayout components={components} />
    </Root>
  );
});

/**
 * The liveness capture, styled (import `@liveness-kit/react/styles.css`): explanation, camera with
 * an oval guide and one hint at a time, auto-capture, upload with retries, result with retake
 * prompts, and a state with its own message and way out for every failure. Its parts are attached
 * for custom layouts: `LivenessCapture.Root`, `.Camera`, `.Overlay`, `.Hint`, `.CaptureButton`, …
 * The ref is the root `<section>`; other props go to it too.
 */
export const LivenessCapture = Object.assign(LivenessCaptureView, {
  Root,
  Intro,
  StartButton,
  Camera,
  Overlay,
  Hint,
  CaptureButton,
  CameraSelect,
  Progress,
  CancelButton,
  Result,
  RetakeButton,
  ErrorView,
  RetryButton,
  UploadInput,
  PhotoNotice,
  ReferencePhoto,
  RetakeReferenceButton,
  StepLabel,
});
