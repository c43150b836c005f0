import { useRef, type ComponentType } from 'react';
import { useCaptureContext } from './context/capture-context.js';
import { useLivenessCapture } from './context/use-liveness-capture.js';
import { CameraSelect } from './parts/camera-select.js';
import { Camera } from './parts/camera.js';
import { CancelButton } from './parts/cancel-button.js';
import { CaptureButton } from './parts/capture-button.js';
import { ErrorView } from './parts/error-view.js';
import { Hint } from './parts/hint.js';
import { Intro } from './parts/intro.js';
import { Overlay } from './parts/overlay.js';
import { PhotoNotice } from './parts/photo-notice.js';
import { Progress } from './parts/progress.js';
import { Result } from './parts/result.js';
import { ReferencePhoto } from './parts/reference-photo.js';
import { RetakeButton } from './parts/retake-button.js';
import { RetakeReferenceButton } from './parts/retake-reference-button.js';
import { RetryButton } from './parts/retry-button.js';
import { StartButton } from './parts/start-button.js';
import { StepLabel } from './parts/step-label.js';
import { UploadInput } from './parts/upload-input.js';
import { useStageInView } from './use-stage-in-view.js';

/** Replacements for pieces of the default layout; they read state with `useLivenessCapture`. */
export interface LivenessCaptureComponents {
  /** Shown above everything (e.g. your title). */
  Header?: ComponentType;
  /** The explanation before the camera is asked for (default: `Intro` with `StartButton`). */
  Intro?: ComponentType;
  /** The outcome (default: `Result` with `RetakeButton` and, in the face-match flow, `RetakeReferenceButton`). */
  Result?: ComponentType;
  /** Every error state (default: `ErrorView` with retry, retake and camera choice). */
  ErrorView?: ComponentType;
  /** Shown below everything. */
  Footer?: ComponentType;
}

const STAGE_STATES = new Set(['starting-camera', 'loading-model', 'guiding', 'capturing', 'uploading']);

function DefaultIntro() {
  return (
    <Intro>
      <StartButton />
    </Intro>
  );
}

function DefaultResult() {
  return (
    <Result>
      <div className="lk-actions">
        <RetakeButton />
        <RetakeReferenceButton />
      </div>
    </Result>
  );
}

function DefaultErrorView() {
  // A face match that could not be sent: the Approved selfie stands, so no new selfie is offered
  // (Retry sends the face match again; another ID photo is the other way out).
  const faceMatchStep = useLivenessCapture((s) => s.step === 'face-match');
  return (
    <ErrorView>
      <div data-part="error-actions" className="lk-actions">
        <RetryButton />
        {!faceMatchStep && <RetakeButton />}
        <RetakeReferenceButton />
      </div>
      <CameraSelect />
    </ErrorView>
  );
}

/** The styled component's layout of the parts, with `components` replacing pieces of it. */
export function DefaultLayout({ components = {} }: { components?: LivenessCaptureComponents }) {
  const { partClass } = useCaptureContext();
  const state = useLivenessCapture((s) => s.state);
  const referenceStep = useLivenessCapture((s) => s.step === 'reference');
  const cameraOn = useLivenessCapture((s) => s.cameraOn);
  const orientation = useLivenessCapture((s) => (s.screenPortrait ? 'portrait' : 'landscape'));
  const stage = useRef<HTMLDivElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  // Checked again once the camera's frame size is known: the stage only then takes its full height.
  const frameKey = useLivenessCapture((s) =>
    s.frameSize ? `${s.frameSize.width}x${s.frameSize.height}` : '',
  );
  useStageInView(stage, actions, state === 'guiding', `${orientation}|${frameKey}`);
  const { Header, Footer, Intro: IntroView = DefaultIntro } = components;
  const ResultView = components.Result ?? DefaultResult;
  const ErrorViewC = components.ErrorView ?? DefaultErrorView;
  return (
    <>
      {Header && <Header />}
      {/* Not over the camera: on a small phone the stage, hint and button must fit the screen. */}
      {!STAGE_STATES.has(state) && <StepLabel />}
      {/* The face-match flow: the ID photo first (in place of the intro); before the selfie, its summary above the intro. */}
      <ReferencePhoto />
      {state === 'idle' && !referenceStep && <IntroView />}
      {cameraOn && (
        <div ref={stage} data-part="stage" className={partClass('stage')} hidden={!STAGE_STATES.has(state)}>
          <Camera />
          <Overlay />
        </div>
      )}
      {/* The hint right after the stage: the phone layout lays it over the stage's lower part. */}
      <Hint />
      <Progress />
      <div ref={actions} className={partClass('actions')}>
        <CaptureButton />
        <CancelButton />
        {state !== 'camera-error' && <CameraSelect />}
      </div>
      <ResultView />
      <ErrorViewC />
      <PhotoNotice />
      <UploadInput />
      {Footer && <Footer />}
    </>
  );
}
