import type {
  LivenessError,
  LivenessInterpretation,
  LivenessResponse,
  VerificationResult,
} from '@liveness-kit/core';
import type { CaptureState } from '@liveness-kit/react';
import { useCallback, useMemo, useState } from 'react';
import {
  NO_TIMINGS,
  timingsAfterHint,
  timingsAfterResult,
  timingsAfterState,
  type CheckTimings,
} from './check-timings.js';

/** What the demo knows about the current check, from the component's callbacks. */
export interface CheckSession {
  /** Bumped by `restart`: the component is mounted afresh. */
  id: number;
  state: CaptureState;
  timings: CheckTimings;
  response: LivenessResponse | null;
  interpretation: LivenessInterpretation | null;
  /** The combined outcome when the check compared the selfie with an ID photo. */
  verification: VerificationResult | null;
  error: { code: string; message: string } | null;
}

export interface CheckSessionHandlers {
  onStateChange(state: CaptureState): void;
  onResult(
    response: LivenessResponse,
    interpretation: LivenessInterpretation,
    verification?: VerificationResult,
  ): void;
  onError(error: LivenessError): void;
  onHint(): void;
}

const FRESH: Omit<CheckSession, 'id'> = {
  state: 'idle',
  timings: NO_TIMINGS,
  response: null,
  interpretation: null,
  verification: null,
  error: null,
};

/** The check's state, timings and answer, with the callbacks that feed them and a restart. */
export function useCheckSession(): {
  session: CheckSession;
  handlers: CheckSessionHandlers;
  restart: () => void;
} {
  const [session, setSession] = useState<CheckSession>({ id: 0, ...FRESH });
  const handlers = useMemo<CheckSessionHandlers>(
    () => ({
      onStateChange: (state) =>
        setSession((s) => ({ ...s, state, timings: timingsAfterState(s.timings, state, performance.now()) })),
      onResult: (response, interpretation, verification) =>
        setSession((s) => ({
          ...s,
          response,
          interpretation,
          verification: verification ?? null,
          error: null,
          timings: timingsAfterResult(s.timings, performance.now()),
        })),
      onError: (error) => setSession((s) => ({ ...s, error: { code: error.code, message: error.message } })),
      onHint: () =>
        setSession((s) => {
          const timings = timingsAfterHint(s.timings, performance.now());
          return timings === s.timings ? s : { ...s, timings };
        }),
    }),
    [],
  );
  const restart = useCallback(() => setSession((s) => ({ id: s.id + 1, ...FRESH })), []);
  return { session, handlers, restart };
}
