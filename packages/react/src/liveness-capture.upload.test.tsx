import { diditApprovedBody, FakeDiditServer } from '@liveness-kit/test-utils';
import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNodeFetchRealm } from '@liveness-kit/test-utils/jsdom';
import {
  installHarness,
  renderCapture,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
const server = new FakeDiditServer();
let endpoint: string;
let restoreRealm: () => void;
beforeAll(async () => {
  restoreRealm = await useNodeFetchRealm();
  await server.start();
  endpoint = `${server.url}/v3/passive-liveness/`;
});
afterAll(async () => {
  restoreRealm();
  await server.stop();
});
beforeEach(async () => {
  harness = await installHarness();
  server.requests.length = 0;
});
afterEach(() => harness.restore());

const FAST_RETRY = { retries: 2, baseDelayMs: 20, maxDelayMs: 2_000 };
const start = () => userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
const errorCode = () => document.querySelector('[data-part="error"]')?.getAttribute('data-error');

describe('<LivenessCapture> upload to a real HTTP endpoint', () => {
  it('POSTs one JPEG with the request options and shows the result', async () => {
    server.reply({ body: diditApprovedBody() });
    renderCapture(harness, {
      endpoint,
      threshold: 55,
      rotateImage: true,
      saveApiRequest: false,
      vendorData: 'user-42',
      metadata: { flow: 'onboarding' },
    });
    await start();
    await waitForState('result');
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.image?.type).toBe('image/jpeg');
    expect([...request.image!.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(request.fields).toMatchObject({
      face_liveness_score_decline_threshold: '55',
      rotate_image: 'true',
      save_api_request: 'false',
      vendor_data: 'user-42',
      metadata: '{"flow":"onboarding"}',
    });
  });

  it('shows progress while the request is in flight; Cancel aborts it and waits for the user to capture', async () => {
    server.reply({ body: diditApprovedBody(), delayMs: 1_000 });
    const onResult = vi.fn();
    renderCapture(harness, { endpoint, onResult });
    await start();
    await waitForState('uploading');
    expect(screen.getByRole('progressbar', { name: 'Sending your photo for checking…' })).toBeVisible();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await userEvent.click(cancel);
    await waitForState('guiding');
    // The answer that arrives later is ignored, and no new photo is taken by itself.
    await new Promise((r) => setTimeout(r, 1_300));
    expect(onResult).not.toHaveBeenCalled();
    expect(document.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'guiding');
    expect(server.requests.length).toBeLessThanOrEqual(1);
    await userEvent.click(screen.getByRole('button', { name: 'Take photo' }));
    await waitForState('result');
    expect(onResult).toHaveBeenCalledTimes(1);
  });

  it('retries a 503 by itself (backoff) and shows the result', async () => {
    server.reply({ status: 503, body: { detail: 'busy' } }, { body: diditApprovedBody() });
    renderCapture(harness, { endpoint, retry: FAST_RETRY });
    await start();
    await waitForState('result');
    expect(server.requests).toHaveLength(2);
  });

  it('waits out a short Retry-After before retrying a 429', async () => {
    server.reply(
      { status: 429, headers: { 'retry-after': '1' }, body: { detail: 'slow down' } },
      { body: diditApprovedBody() },
    );
    renderCapture(harness, { endpoint, retry: FAST_RETRY });
    await start();
    await waitForState('uploading');
    await screen.findByText(/Trying again in 1 second…/);
    const waitingSince = Date.now();
    await waitForState('result');
    expect(Date.now() - waitingSince).toBeGreaterThan(700);
    expect(server.requests).toHaveLength(2);
  });

  it('a 429 with a long Retry-After → upload-error RATE_LIMITED saying how long to wait, and no automatic retry', async () => {
    server.reply({ status: 429, headers: { 'retry-after': '60' }, body: { detail: 'slow down' } });
    renderCapture(harness, { endpoint, retry: FAST_RETRY });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('RATE_LIMITED');
    expect(screen.getByRole('heading', { name: 'Too many attempts in a short time.' })).toHaveFocus();
    expect(screen.getByText('Wait 60 seconds, then try again.')).toBeVisible();
    expect(server.requests).toHaveLength(1);
    // Trying again still honours Retry-After: it waits (and says so) instead of sending at once.
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitForState('uploading');
    expect(await screen.findByText(/Trying again in (59|60) seconds…/)).toBeVisible();
    expect(server.requests).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitForState('guiding');
    expect(server.requests).toHaveLength(1);
  });

  it('a server that keeps failing → upload-error SERVER after the retries; Try again recovers', async () => {
    server.reply(
      ...Array.from({ length: 3 }, () => ({ status: 503, body: '<html><title>Down</title></html>' })),
    );
    renderCapture(harness, { endpoint, retry: FAST_RETRY });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('SERVER');
    expect(screen.getByText('The verification service had a problem.')).toBeVisible();
    expect(server.requests).toHaveLength(3);
    server.reply({ body: diditApprovedBody() });
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitForState('result');
    expect(server.requests).toHaveLength(4);
    // The same photo was sent again, not a new one.
    expect(server.requests[3]!.image!.bytes).toEqual(server.requests[0]!.image!.bytes);
  });

  it('a dropped connection → upload-error NETWORK with its own message', async () => {
    server.reply({ destroy: true });
    renderCapture(harness, { endpoint, retry: { retries: 0 } });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('NETWORK');
    expect(screen.getByText('We couldn’t reach the server.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Take a new photo' })).toBeVisible();
  });

  it('a server too slow to answer → upload-error TIMEOUT', async () => {
    server.reply({ body: diditApprovedBody(), delayMs: 1_500 });
    renderCapture(harness, { endpoint, timeoutMs: 200, retry: { retries: 0 } });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('TIMEOUT');
    expect(screen.getByText('The check took too long.')).toBeVisible();
  });

  it('a 400 is not retried: upload-error BAD_REQUEST with a retake and no retry', async () => {
    server.reply({ status: 400, body: { detail: 'bad image' } });
    renderCapture(harness, { endpoint, retry: FAST_RETRY });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('BAD_REQUEST');
    expect(server.requests).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Take a new photo' }));
    await waitForState('guiding');
  });

  it('an answer that is not the contract → INVALID_RESPONSE', async () => {
    server.reply({ body: { hello: 'world' } });
    renderCapture(harness, { endpoint, retry: FAST_RETRY });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('INVALID_RESPONSE');
  });

  it('never submits twice: the capture button pressed twice in a row sends one photo', async () => {
    server.reply({ body: diditApprovedBody(), delayMs: 300 });
    renderCapture(harness, { endpoint, autoCapture: false });
    await start();
    await waitForState('guiding');
    await waitFor(() =>
      expect(document.querySelector('[data-part="hint"]')?.getAttribute('data-hint')).toBe('READY'),
    );
    const button = screen.getByRole('button', { name: 'Take photo' });
    await userEvent.click(button);
    await userEvent.click(button).catch(() => undefined);
    await waitForState('result');
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests).toHaveLength(1);
  });

  it('never submits twice: auto-capture and a press of the button at the same moment send one photo', async () => {
    server.reply({ body: diditApprovedBody(), delayMs: 300 });
    renderCapture(harness, { endpoint });
    await start();
    await waitForState('guiding');
    // Under load auto-capture may already have fired and hidden the button: then only it counts.
    const button = screen.queryByRole('button', { name: 'Take photo' });
    if (button) await userEvent.click(button).catch(() => undefined);
    await waitForState('result');
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests).toHaveLength(1);
  });

  it('aborts the upload when the component goes away', async () => {
    let signal: AbortSignal | undefined;
    const submit = vi.fn(
      (request: { signal: AbortSignal }) =>
        new Promise((_, reject) => {
          signal = request.signal;
          request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const { unmount } = renderCapture(harness, { submit });
    await start();
    await waitForState('uploading');
    unmount();
    await waitFor(() => expect(signal?.aborted).toBe(true));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('a custom submit that throws a plain error → upload-error UNKNOWN, not retried', async () => {
    const submit = vi.fn(async () => {
      throw new Error('backend exploded');
    });
    renderCapture(harness, { submit, retry: FAST_RETRY });
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('UNKNOWN');
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('without endpoint or submit → upload-error INVALID_OPTIONS (a clear error, not a crash)', async () => {
    renderCapture(harness, {});
    await start();
    await waitForState('upload-error');
    expect(errorCode()).toBe('INVALID_OPTIONS');
  });
});
