/**
 * Stories only: the headless parts composed into a design system's own layout, the way an app
 * would: `unstyled` (no lk-* classes), its own classes on each part, its own labels as children,
 * and its own components reading the state with the hooks.
 */
// The package's public entry (`@liveness-kit/react` in an app).
import {
  LivenessCapture,
  useLivenessCapture,
  useLivenessText,
  type CaptureState,
  type LivenessCaptureRootProps,
} from '../../index.js';
import '../styles/headless-layout.css';

const STEPS = ['Camera', 'Framing', 'Sending', 'Result'] as const;
type Step = (typeof STEPS)[number];

const STEP_OF: Record<CaptureState, Step> = {
  idle: 'Camera',
  'starting-camera': 'Camera',
  'camera-error': 'Camera',
  'loading-model': 'Framing',
  'model-error': 'Framing',
  guiding: 'Framing',
  capturing: 'Framing',
  uploading: 'Sending',
  'upload-error': 'Sending',
  result: 'Result',
};

/** The app's own progress list, driven by `useLivenessCapture((s) => s.state)`. */
function StepList() {
  const step = STEP_OF[useLivenessCapture((s) => s.state)];
  return (
    <ol className="hl-steps" aria-label="Steps">
      {STEPS.map((name) => (
        <li key={name} data-step={name} aria-current={name === step ? 'step' : undefined}>
          {name}
        </li>
      ))}
    </ol>
  );
}

/** A badge that turns green once the face fills the oval (`fitted`). */
function FitBadge() {
  const fitted = useLivenessCapture((s) => s.fitted);
  const guiding = useLivenessCapture((s) => s.state === 'guiding');
  if (!guiding) return null;
  return (
    <span className="hl-badge" data-fitted={fitted}>
      {fitted ? 'Face in the oval' : 'Looking for your face'}
    </span>
  );
}

/** The title, from the component's text table (so it follows `locale`). */
function Title() {
  const { t } = useLivenessText();
  return <h2>{t('ui.title')}</h2>;
}

export function SideBySideCapture(props: LivenessCaptureRootProps) {
  return (
    <LivenessCapture.Root {...props} unstyled className="hl-root">
      <header className="hl-header">
        <Title />
        <FitBadge />
      </header>
      <div className="hl-grid">
        <div className="hl-media">
          <LivenessCapture.Camera className="hl-video" />
          <LivenessCapture.Overlay className="hl-overlay" />
          <LivenessCapture.Progress className="hl-progress" />
          <LivenessCapture.Hint className="hl-hint" />
        </div>
        <div className="hl-panel">
          <StepList />
          <LivenessCapture.Intro className="hl-intro">
            <LivenessCapture.StartButton className="hl-button">Open my camera</LivenessCapture.StartButton>
          </LivenessCapture.Intro>
          <LivenessCapture.CaptureButton className="hl-button">Take my selfie</LivenessCapture.CaptureButton>
          <LivenessCapture.CancelButton className="hl-button hl-secondary" />
          <LivenessCapture.CameraSelect />
          <LivenessCapture.Result className="hl-result">
            <LivenessCapture.RetakeButton className="hl-button" />
          </LivenessCapture.Result>
          <LivenessCapture.ErrorView className="hl-error">
            <LivenessCapture.RetryButton className="hl-button" />
            <LivenessCapture.RetakeButton className="hl-button hl-secondary" />
          </LivenessCapture.ErrorView>
          <LivenessCapture.PhotoNotice />
          <LivenessCapture.UploadInput />
        </div>
      </div>
    </LivenessCapture.Root>
  );
}
