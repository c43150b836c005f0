import {
  createLivenessCapture,
  splitCaptureOptions,
  type CaptureOptions,
  type LivenessCaptureEngine,
} from '@liveness-kit/capture';
import { QueryClientContext } from '@tanstack/react-query';
import {
  forwardRef,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
} from 'react';
import { CaptureContext, type CaptureContextValue } from '../context/capture-context.js';
import { useCaptureSelector } from '../context/use-liveness-capture.js';
import { useLocaleText } from '../i18n/use-locale-text.js';
import { Announcer } from './announcer.js';
import { joinPartClass, type LivenessClassNames } from './part-names.js';

export interface RootProps extends CaptureOptions, Omit<ComponentPropsWithoutRef<'section'>, 'onError'> {
  /** An engine you created (`createLivenessCapture`) to drive and observe; its options are its own. */
  capture?: LivenessCaptureEngine;
  /** Force the stylesheet's light or dark theme (`data-theme`); by default it follows the system. */
  theme?: 'light' | 'dark';
  /** Extra class names per part. */
  classNames?: LivenessClassNames;
  /** Drop the default `lk-*` classes (style everything yourself through `classNames`). */
  unstyled?: boolean;
}

const selectState = (s: { state: string }) => s.state;
const selectStep = (s: { step: string }) => s.step;
const selectFaceMatch = (s: { faceMatch: { status: string } | null }) => s.faceMatch?.status;
const selectOutcome = (s: { verification: { outcome: string } | null }) => s.verification?.outcome;
const selectOrientation = (s: { screenPortrait: boolean }) => (s.screenPortrait ? 'portrait' : 'landscape');
/** The camera frame's real aspect for the stylesheet (`--lk-frame-aspect: 480 / 640`); none before a frame. */
const selectFrameAspect = (s: { frameSize: { width: number; height: number } | null }) =>
  s.frameSize ? `${s.frameSize.width} / ${s.frameSize.height}` : undefined;

/**
 * The root of a capture: creates its engine (one per instance, on the host's `QueryClient` when
 * there is a provider) or takes yours (`capture`), connects it while mounted, and provides it to
 * the parts inside. Renders `<section data-part="root" data-state>` with `lang` and `dir` of the
 * text in use, `data-orientation` (`portrait` | `landscape`, the screen's) and the camera frame's
 * aspect as `--lk-frame-aspect` (e.g. `480 / 640`) once there is a frame; other props go to the section.
 */
export const Root = forwardRef<HTMLElement, RootProps>(function Root(props, ref) {
  const { children, className, theme, capture, classNames, unstyled = false, onFocus, ...rest } = props;
  const [given, sectionProps] = splitCaptureOptions(rest);
  const queryClient = useContext(QueryClientContext);
  const [own] = useState(() => (capture ? null : createLivenessCapture({ ...given, queryClient })));
  const engine = capture ?? own!;
  const options = capture ? engine.getOptions() : given;
  useEffect(() => {
    if (!capture) engine.setOptions(given);
  });
  useEffect(() => {
    engine.connect();
    if (engine.getOptions().autoStart && engine.getState().state === 'idle') engine.start();
    return () => engine.disconnect();
  }, [engine]);
  const state = useCaptureSelector(engine, selectState);
  const step = useCaptureSelector(engine, selectStep);
  const faceMatch = useCaptureSelector(engine, selectFaceMatch);
  const outcome = useCaptureSelector(engine, selectOutcome);
  const orientation = useCaptureSelector(engine, selectOrientation);
  const frameAspect = useCaptureSelector(engine, selectFrameAspect);
  const text = useLocaleText(options.locale, options.displayText);
  const hadFocus = useRef(false);
  const { photoUpload = 'fallback', mirrored = true } = options;
  const value = useMemo<CaptureContextValue>(
    () => ({
      engine,
      text,
      partClass: (part, own) => joinPartClass(part, unstyled, classNames, own),
      photoUpload,
      mirrored,
      hadFocus,
    }),
    [engine, text, unstyled, classNames, photoUpload, mirrored],
  );
  return (
    <CaptureContext.Provider value={value}>
      <section
        aria-label={text.t('ui.title')}
        {...sectionProps}
        ref={ref}
        data-part="root"
        data-state={state}
        data-step={step}
        data-face-match={faceMatch}
        data-outcome={outcome}
        data-orientation={orientation}
        data-theme={theme}
        style={
          frameAspect
            ? ({ '--lk-frame-aspect': frameAspect, ...sectionProps.style } as CSSProperties)
            : sectionProps.style
        }
        lang={text.lang}
        dir={text.dir}
        className={joinPartClass('root', unstyled, classNames, className)}
        onFocus={(event) => {
          hadFocus.current = true;
          onFocus?.(event);
        }}
      >
        {children}
        <Announcer />
      </section>
    </CaptureContext.Provider>
  );
});
