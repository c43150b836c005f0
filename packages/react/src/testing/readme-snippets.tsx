/**
 * The README's snippets for an engine of your own and for watching checks with React Query
 * (README, "Your own engine" and "Uploads and React Query"), as code: `tsc` checks them against the
 * package's real exports, and `liveness-capture.own-engine.test.tsx` runs them. Keep both in step.
 */
import type { LivenessError, LivenessResponse } from '@liveness-kit/core';
import {
  createLivenessCapture,
  LIVENESS_MUTATION_KEY,
  LivenessCapture,
  useCaptureSelector,
  type CaptureSnapshot,
  type LivenessCaptureEngine,
} from '@liveness-kit/react';
import {
  QueryClient,
  QueryClientProvider,
  useIsMutating,
  useMutationState,
  type MutationState,
} from '@tanstack/react-query';

// README: "Your own engine"
const queryClient = new QueryClient();

// Created once, outside rendering: it outlives re-renders and remounts.
const check = createLivenessCapture({
  endpoint: '/api/liveness',
  vendorData: 'user-42',
  autoCapture: false, // this page takes the photo itself
  queryClient, // the uploads run on your client (see "Uploads and React Query")
});

export function CheckPage() {
  return (
    <QueryClientProvider client={queryClient}>
      <LivenessCapture capture={check} />
      <button type="button" onClick={() => check.capture()}>
        Take the photo now
      </button>
    </QueryClientProvider>
  );
}

// README: driving it
export function driveCheck(check: LivenessCaptureEngine): void {
  check.start(); // what the Start button does: ask for the camera
  check.capture(); // take the photo now; it is sent only if the frame passes the pre-checks
  check.retake(); // after a result or an upload error: back to the camera
  check.retry(); // what failed, again: the camera, the face detector or the upload
  check.cancel(); // stop the upload in flight
  // setOptions replaces every option: spread the ones in use to change some
  check.setOptions({ ...check.getOptions(), threshold: 60 });
}

// README: observing it
export function watchCheck(
  check: LivenessCaptureEngine,
  goOn: (requestId: string) => void,
  log: (code: string) => void,
): () => void {
  console.debug(check.getState().state); // 'idle', 'guiding', 'uploading', 'result', …
  const unsubscribe = check.subscribe((state, previous) => {
    if (state.hint !== previous.hint) console.debug('hint', state.hint);
  });
  const offResult = check.on('result', ({ response, interpretation }) => {
    if (interpretation.approved) goOn(response.request_id);
  });
  const offError = check.on('error', ({ error }) => log(error.code)); // camera, detector, photo, upload
  return () => {
    unsubscribe();
    offResult();
    offError();
  };
}

// README: observing it from React, outside the Root too
const selectState = (s: CaptureSnapshot) => s.state; // stable: defined outside the component

export function CheckState({ check }: { check: LivenessCaptureEngine }) {
  return <p>State: {useCaptureSelector(check, selectState)}</p>;
}

// README: "Uploads and React Query"
/** A check's mutation, as the engine stores it. */
type CheckMutation = MutationState<
  LivenessResponse, // data: the contract's 200 body, validated
  LivenessError, // error: why the last try failed
  { image: Blob; signal: AbortSignal; notBefore: number } // variables: see below
>;

export function CheckActivity() {
  const running = useIsMutating({ mutationKey: LIVENESS_MUTATION_KEY });
  const checks = useMutationState<CheckMutation>({
    filters: { mutationKey: LIVENESS_MUTATION_KEY },
    select: (mutation) => mutation.state,
  });
  const last = checks.at(-1);
  return (
    <aside aria-label="Liveness checks">
      <p>{running > 0 ? 'A check is running' : 'No check running'}</p>
      {last && (
        <ul>
          <li>status: {last.status}</li>
          <li>photo: {last.variables?.image.type}</li>
          <li>failed tries: {last.failureCount}</li>
          {last.error && <li>error: {last.error.code}</li>}
          {last.data && <li>result: {last.data.liveness.status}</li>}
        </ul>
      )}
    </aside>
  );
}
