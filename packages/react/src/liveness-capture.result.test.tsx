import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textEn as en } from '@liveness-kit/capture';
import {
  installHarness,
  renderCapture,
  screen,
  waitForHint,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';
import { bodyWith } from '@liveness-kit/test-utils/jsdom';

let harness: Harness;
beforeEach(async () => {
  harness = await installHarness();
});
afterEach(() => harness.restore());

async function resultFor(body: Record<string, unknown>) {
  const onResult = vi.fn();
  renderCapture(harness, { submit: async () => body, onResult });
  await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
  await waitForState('result');
  return { result: document.querySelector<HTMLElement>('[data-part="result"]')!, onResult };
}

const warnings = () =>
  [...document.querySelectorAll('[data-part="warning"]')].map((w) => w.getAttribute('data-warning'));

describe('<LivenessCapture> result', () => {
  it('Approved: the outcome, focused, with no retake and no warnings', async () => {
    const { result, onResult } = await resultFor(bodyWith('Approved'));
    expect(result).toHaveAttribute('data-status', 'Approved');
    expect(screen.getByRole('heading', { name: en['status.APPROVED'] })).toHaveFocus();
    expect(screen.getByText(en['ui.result.approved'])).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Take a new photo' })).toBeNull();
    expect(warnings()).toEqual([]);
    expect(onResult).toHaveBeenCalledWith(
      expect.objectContaining({ liveness: expect.objectContaining({ status: 'Approved' }) }),
      expect.objectContaining({ approved: true }),
    );
  });

  it('Declined with capture-quality tags: one warning each, saying exactly what to change, and a retake', async () => {
    const { result } = await resultFor(
      bodyWith('Declined', ['LOW_FACE_LUMINANCE', 'LOW_FACE_QUALITY', 'NO_FACE_DETECTED']),
    );
    expect(result).toHaveAttribute('data-status', 'Declined');
    expect(warnings().sort()).toEqual(['LOW_FACE_LUMINANCE', 'LOW_FACE_QUALITY', 'NO_FACE_DETECTED']);
    const dark = document.querySelector('[data-warning="LOW_FACE_LUMINANCE"]')!;
    expect(dark).toHaveTextContent(en['warning.LOW_FACE_LUMINANCE.title']);
    expect(dark).toHaveTextContent(en['warning.LOW_FACE_LUMINANCE.advice']);
    expect(screen.getByText(en['ui.result.prompts'])).toBeVisible();
    expect(screen.getByRole('button', { name: 'Take a new photo' })).toBeVisible();
  });

  it.each(['LIVENESS_FACE_ATTACK', 'FACE_IN_BLOCKLIST', 'POSSIBLE_FACE_IN_BLOCKLIST', 'DUPLICATED_FACE'])(
    '%s gets neutral text that does not coach',
    async (tag) => {
      await resultFor(bodyWith('Declined', [tag]));
      const item = document.querySelector(`[data-warning="${tag}"]`)!;
      expect(item).toHaveTextContent(en[`warning.${tag}.advice` as keyof typeof en]);
      expect(item.textContent).not.toMatch(/spoof|attack|blocklist|duplicate|screen|print|mask|light|oval/i);
    },
  );

  it('a blocklist match rules out a retake and says so', async () => {
    await resultFor(bodyWith('Declined', ['FACE_IN_BLOCKLIST']));
    expect(screen.queryByRole('button', { name: 'Take a new photo' })).toBeNull();
    expect(screen.getByText(en['ui.result.final'])).toBeVisible();
  });

  it('In Review: the outcome and what happens next, no retake', async () => {
    const { result } = await resultFor(bodyWith('In Review', ['LOW_LIVENESS_SCORE']));
    expect(result).toHaveAttribute('data-status', 'In Review');
    expect(screen.getByRole('heading', { name: en['status.IN_REVIEW'] })).toHaveFocus();
    expect(screen.getByText(en['ui.result.review'])).toBeVisible();
    expect(warnings()).toEqual(['LOW_LIVENESS_SCORE']);
    expect(screen.queryByRole('button', { name: 'Take a new photo' })).toBeNull();
  });

  it('an unknown tag is kept and shown with the generic text', async () => {
    await resultFor(bodyWith('Declined', ['SOMETHING_NEW']));
    expect(document.querySelector('[data-warning="SOMETHING_NEW"]')).toHaveTextContent(
      en['warning.UNKNOWN.advice'],
    );
  });

  it('a retake goes back to guidance with the camera still open, and a new photo can be sent', async () => {
    const submit = vi.fn(async () => bodyWith('Declined', ['LOW_FACE_QUALITY']));
    renderCapture(harness, { submit });
    await userEvent.click(screen.getByRole('button', { name: 'Start the camera' }));
    await waitForState('result');
    const stream = harness.media.live;
    submit.mockResolvedValueOnce(bodyWith('Approved'));
    await userEvent.click(screen.getByRole('button', { name: 'Take a new photo' }));
    await waitForHint('READY');
    expect(harness.media.requests).toHaveLength(1);
    expect(harness.media.live).toBe(stream);
    await waitForState('result');
    expect(document.querySelector('[data-part="result"]')).toHaveAttribute('data-status', 'Approved');
    expect(submit).toHaveBeenCalledTimes(2);
  });
});
