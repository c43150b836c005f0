import { createContext, useContext, type RefObject } from 'react';
import type { LocaleText } from '../i18n/use-locale-text.js';
import type { CaptureStore } from '../store/create-capture-store.js';
import type { PartName } from '../parts/part-names.js';

/** What the user can do; each action is ignored in a state where it makes no sense. */
export interface CaptureActions {
  /** Open the camera (after the explanation screen), or try it again after a camera error. */
  start(): void;
  /** Take the photo now: it is sent only if the current frame passes the pre-checks. */
  capture(): void;
  /** Retry what failed: the camera, the face checker or the upload. */
  retry(): void;
  /** Stop sending the photo and go back to the camera. */
  cancel(): void;
  /** Go back to the camera (or to choosing a photo) after a result or an upload error. */
  retake(): void;
  /** Switch to another camera (remembered for next time). */
  selectCamera(deviceId: string): void;
  /** Check a photo from disk the same way as a camera frame, then send it if it passes. */
  choosePhoto(file: Blob): void;
  /** Where the camera part registers its `<video>` (or `null` when it goes away). */
  setVideo(video: HTMLVideoElement | null): void;
  /** The camera part reports its stream or its failure. */
  cameraStarted(stream: MediaStream): void;
  cameraFailed(error: unknown): void;
}

/** When the photo-from-disk input is offered. */
export type PhotoUploadMode = 'fallback' | 'always' | 'never';

export interface CaptureContextValue {
  store: CaptureStore;
  actions: CaptureActions;
  text: LocaleText;
  /** Class names per part: `lk-<part>` plus the `classNames` prop (only the latter when `unstyled`). */
  partClass(part: PartName, className?: string): string | undefined;
  photoUpload: PhotoUploadMode;
  /** The oval's size as shares of the frame (what the overlay draws and the checks use). */
  oval: { widthRatio: number; heightRatio: number };
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
