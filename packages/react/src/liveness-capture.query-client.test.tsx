import { diditApprovedBody } from '@liveness-kit/test-utils';
import { QueryClient, QueryClientProvider, useIsMutating } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from './liveness-capture.js';
import {
  harnessProps,
  installHarness,
  renderCapture,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';
import { LIVENESS_MUTATION_KEY } from '@liveness-kit/capture';

let harness: Harness;
beforeEach(async () => {
  harness = await installHarness();
});
afterEach(() => harness.restore());

const start = () => userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));

describe('<LivenessCapture> and React Query', () => {
  it('uses the host app’s QueryClient when there is a provider (the upload shows up in its cache)', async () => {
    const client = new QueryClient();
    let resolve!: (body: unknown) => void;
    const submit = vi.fn(() => new Promise((r) => (resolve = r)));
    function Busy() {
      return <p data-testid="busy">{useIsMutating({ mutationKey: [...LIVENESS_MUTATION_KEY] })}</p>;
    }
    renderCapture(harness, { submit }, (ui) => (
      <QueryClientProvider client={client}>
        {ui}
        <Busy />
      </QueryClientProvider>
    ));
    await start();
    await waitForState('uploading');
    expect(screen.getByTestId('busy')).toHaveTextContent('1');
    resolve(diditApprovedBody());
    await waitForState('result');
    expect(client.getMutationCache().getAll()).toHaveLength(1);
    expect(client.getMutationCache().getAll()[0]!.options.mutationKey).toEqual([...LIVENESS_MUTATION_KEY]);
    expect(screen.getByTestId('busy')).toHaveTextContent('0');
  });

  it('works without any provider (a private QueryClient)', async () => {
    renderCapture(harness, { submit: async () => diditApprovedBody() });
    await start();
    await waitForState('result');
    expect(document.querySelector('[data-part="result"]')).toHaveAttribute('data-status', 'Approved');
  });

  it('works under StrictMode (effects run twice) and still sends one photo', async () => {
    const submit = vi.fn(async () => diditApprovedBody());
    render(
      <StrictMode>
        <LivenessCapture {...harnessProps(harness, { submit })} />
      </StrictMode>,
    );
    await start();
    await waitForState('result');
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('two components on one page have their own state', async () => {
    const submit = vi.fn(async () => diditApprovedBody());
    render(
      <>
        <LivenessCapture {...harnessProps(harness, { submit })} />
        <LivenessCapture {...harnessProps(harness, { submit })} />
      </>,
    );
    const [first] = screen.getAllByRole('button', { name: 'Start the camera' });
    await userEvent.click(first!);
    const roots = document.querySelectorAll('[data-part="root"]');
    await vi.waitFor(() => expect(roots[0]).toHaveAttribute('data-state', 'result'), { timeout: 3_000 });
    expect(roots[1]).toHaveAttribute('data-state', 'idle');
  });
});
