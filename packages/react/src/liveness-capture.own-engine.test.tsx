import { LivenessError } from '@liveness-kit/core';
import { diditApprovedBody } from '@liveness-kit/test-utils';
import {
  QueryClient,
  QueryClientProvider,
  useIsMutating,
  useMutationState,
  type MutationState,
} from '@tanstack/react-query';
import { act, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createLivenessCapture,
  LIVENESS_MUTATION_KEY,
  LivenessCapture,
  type CaptureState,
  type LivenessCaptureEngine,
  type LivenessSubmitRequest,
} from './index.js';
import {
  FAST_STABILITY,
  FAST_TIMING,
  installHarness,
  screen,
  waitForHint,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';
import { CheckActivity, CheckState, watchCheck } from './testing/readme-snippets.js';

let harness: Harness;
beforeEach(async () => {
  harness = await installHarness();
});
afterEach(() => harness.restore());

/** A submit whose answers the test gives, one per call. */
function heldSubmit() {
  const pending: { resolve: (body: unknown) => void; reject: (error: unknown) => void }[] = [];
  const submit = vi.fn(
    (_request: LivenessSubmitRequest) =>
      new Promise<unknown>((resolve, reject) => pending.push({ resolve, reject })),
  );
  return { submit, answer: (i: number) => pending[i]! };
}

function ownEngine(client: QueryClient, submit: (request: LivenessSubmitRequest) => Promise<unknown>) {
  return createLivenessCapture({
    detector: harness.detector,
    timing: FAST_TIMING,
    stability: FAST_STABILITY,
    autoCapture: false,
    retry: { retries: 2, baseDelayMs: 10 },
    submit,
    queryClient: client,
  });
}

/** Takes the photo through the engine once the frame is ready, and waits for the upload. */
async function captureNow(engine: LivenessCaptureEngine) {
  await waitForHint('READY');
  act(() => engine.capture());
  await waitForState('uploading');
}

function Busy() {
  return <p data-testid="busy">{useIsMutating({ mutationKey: LIVENESS_MUTATION_KEY })}</p>;
}

type StoredCheck = MutationState<
  unknown,
  LivenessError,
  { image: Blob; signal: AbortSignal; notBefore: number }
>;
const seen: { checks: StoredCheck[] } = { checks: [] };
/** Records what the host's cache holds under the key, as `useMutationState` gives it. */
function Stored() {
  const checks = useMutationState<StoredCheck>({
    filters: { mutationKey: LIVENESS_MUTATION_KEY },
    select: (mutation) => mutation.state,
  });
  useEffect(() => {
    seen.checks = checks;
  });
  return null;
}

const activity = () => within(screen.getByRole('complementary', { name: 'Liveness checks' }));

describe('an engine of your own, passed as `capture` (README snippets)', () => {
  it('is driven by its methods and observed through subscribe / on; the Root only disconnects it', async () => {
    const client = new QueryClient();
    const { submit, answer } = heldSubmit();
    const engine = ownEngine(client, submit);
    const states: CaptureState[] = [];
    engine.subscribe((state, previous) => {
      if (state.state !== previous.state) states.push(state.state);
    });
    const approved: string[] = [];
    const errors: string[] = [];
    const stopWatching = watchCheck(
      engine,
      (id) => approved.push(id),
      (code) => errors.push(code),
    );
    const view = render(
      <QueryClientProvider client={client}>
        <LivenessCapture capture={engine} />
        <CheckState check={engine} />
      </QueryClientProvider>,
    );
    expect(screen.getByText('State: idle')).toBeInTheDocument();

    act(() => engine.start());
    await waitForState('guiding');
    await captureNow(engine);
    expect(screen.getByText('State: uploading')).toBeInTheDocument();
    const body = diditApprovedBody();
    answer(0).resolve(body);
    await waitForState('result');
    expect(approved).toEqual([body.request_id]);
    expect(states).toEqual(expect.arrayContaining(['starting-camera', 'guiding', 'uploading', 'result']));

    // setOptions replaces the options: spread the ones in use.
    engine.setOptions({ ...engine.getOptions(), threshold: 60 });
    act(() => engine.retake());
    await waitForState('guiding');
    await captureNow(engine);
    expect(submit.mock.calls[1]![0].threshold).toBe(60);
    answer(1).reject(new LivenessError('SERVER', { status: 502, serverCode: 'UPSTREAM_ERROR' }));
    await waitForState('upload-error');
    expect(errors).toEqual(['SERVER']);
    expect(submit).toHaveBeenCalledTimes(2); // the server had retried upstream: not sent again

    // Unmounting disconnects the engine (nothing destroyed): mounted again, it carries on.
    view.unmount();
    expect(engine.getState().state).toBe('upload-error');
    const again = render(<LivenessCapture capture={engine} />);
    expect(document.querySelector('[data-part="error"]')).toHaveAttribute('data-error', 'SERVER');
    again.unmount();
    stopWatching();
    engine.destroy();
  });

  it('once destroyed, it cannot be started again, not even by a Root', async () => {
    const engine = ownEngine(new QueryClient(), heldSubmit().submit);
    engine.destroy();
    act(() => engine.start());
    render(<LivenessCapture capture={engine} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    expect(engine.getState().state).toBe('idle');
    expect(document.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'idle');
  });

  it('runs its uploads on the host’s QueryClient: useIsMutating and useMutationState see the check', async () => {
    const client = new QueryClient();
    const { submit, answer } = heldSubmit();
    const engine = ownEngine(client, submit);
    render(
      <QueryClientProvider client={client}>
        <LivenessCapture capture={engine} />
        <Busy />
        <Stored />
        <CheckActivity />
      </QueryClientProvider>,
    );
    act(() => engine.start());
    await waitForState('guiding');
    await captureNow(engine);

    expect(screen.getByTestId('busy')).toHaveTextContent('1');
    expect(activity().getByText('A check is running')).toBeInTheDocument();
    expect(activity().getByText('status: pending')).toBeInTheDocument();
    expect(activity().getByText('photo: image/jpeg')).toBeInTheDocument();
    expect(seen.checks).toHaveLength(1);
    const { variables } = seen.checks[0]!;
    expect(variables?.image).toBeInstanceOf(Blob);
    expect(variables?.image.type).toBe('image/jpeg');
    expect(variables?.signal).toBeInstanceOf(AbortSignal);
    expect(variables?.notBefore).toBe(0);

    const body = diditApprovedBody();
    answer(0).resolve(body);
    await waitForState('result');
    expect(screen.getByTestId('busy')).toHaveTextContent('0');
    expect(activity().getByText('No check running')).toBeInTheDocument();
    expect(activity().getByText('status: success')).toBeInTheDocument();
    expect(activity().getByText('result: Approved')).toBeInTheDocument();
    expect(seen.checks[0]!.data).toMatchObject({ request_id: body.request_id });

    // An upstream failure (the server already retried Didit) is stored as the check's error, after one try.
    act(() => engine.retake());
    await waitForState('guiding');
    await captureNow(engine);
    answer(1).reject(new LivenessError('SERVER', { status: 502, serverCode: 'UPSTREAM_ERROR' }));
    await waitForState('upload-error');
    expect(activity().getByText('status: error')).toBeInTheDocument();
    expect(activity().getByText('error: SERVER')).toBeInTheDocument();
    expect(activity().getByText('failed tries: 1')).toBeInTheDocument();
    // Only the latest check stays in the cache (`gcTime: 0`: the earlier photo is not kept).
    expect(client.getMutationCache().getAll()).toHaveLength(1);
    expect(seen.checks).toHaveLength(1);
    expect(seen.checks[0]!.error?.serverCode).toBe('UPSTREAM_ERROR');
    expect(submit).toHaveBeenCalledTimes(2);
    engine.destroy();
  });
});
