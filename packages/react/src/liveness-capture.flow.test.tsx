import { diditApprovedBody } from '@liveness-kit/test-utils';
import type { SubmitRequest } from '@liveness-kit/capture';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installHarness,
  renderCapture,
  root,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

describe('<LivenessCapture> happy path', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await installHarness();
  });
  afterEach(() => harness.restore());

  it('goes idle → starting-camera → guiding → capturing → uploading → result and sends one JPEG', async () => {
    const states: string[] = [];
    const submit = vi.fn(async (_request: SubmitRequest) => diditApprovedBody());
    const onResult = vi.fn();
    renderCapture(harness, { submit, onResult, onStateChange: (s) => states.push(s) });
    expect(root()).toHaveAttribute('data-state', 'idle');
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForState('result');
    expect(states).toEqual([
      'starting-camera',
      'loading-model',
      'guiding',
      'capturing',
      'uploading',
      'result',
    ]);
    expect(submit).toHaveBeenCalledTimes(1);
    const image = submit.mock.calls[0]![0].image;
    const head = new Uint8Array(await image.slice(0, 3).arrayBuffer());
    expect([...head]).toEqual([0xff, 0xd8, 0xff]);
    expect(document.querySelector('[data-part="result"]')).toHaveAttribute('data-status', 'Approved');
    expect(onResult).toHaveBeenCalledTimes(1);
  });
});
