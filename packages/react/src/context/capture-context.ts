import type { LivenessCaptureEngine, LocaleText, PhotoUploadMode } from '@liveness-kit/capture';
import { createContext, useContext, type RefObject } from 'react';
import type { PartName } from '../parts/part-names.js';

/** What the user can do; each action is ignored in a state where it makes no sense. */
export type CaptureActions = Pick<
  LivenessCaptureEngine,
  | 'start'
  | 'capture'
  | 'retry'
  | 'cancel'
  | 'retake'
  | 'selectCamera'
  | 'choosePhoto'
  | 'chooseReference'
  | 'retakeReference'
>;

export interface CaptureContextValue {
  /** The engine of the nearest root. */
  engine: LivenessCaptureEngine;
  text: LocaleText;
  /** Class names per part: `lk-<part>` plus the `classNames` prop (only the latter when `unstyled`). */
  partClass(part: PartName, className?: string): string | undefined;
  photoUpload: PhotoUploadMode;
  /** Whether the preview is shown mirrored (the uploaded photo never is). */
  mirrored: boolean;
  /** Set once focus has been inside the component (the user is working with it). */
  hadFocus: RefObject<boolean>;
}

export const CaptureContext = createContext<CaptureContextValue | null>(null);

/** The context of the nearest `<LivenessCapture.Root>`; throws outside one. */
export function useCaptureContext(): CaptureContextValue {
  const value = useContext(CaptureContext);
  if (!value) {
    throw new Error('liveness-kit: this part must be inside <LivenessCapture> or <LivenessCapture.Root>.');
  }
  return value;
}
