import { LivenessError } from '@liveness-kit/core';
import { diditApprovedBody } from '@liveness-kit/test-utils';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLivenessCapture } from './context/use-liveness-capture.js';
import { LivenessCapture } from './liveness-capture.js';
import { bodyWith } from '@liveness-kit/test-utils/jsdom';
import {
  harnessProps,
  installHarness,
  renderCapture,
  root,
  screen,
  waitForState,
  type Harness,
} from './testing/capture-harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await installHarness();
});
afterEach(() => harness.restore());

function StateBadge() {
  const state = useLivenessCapture((s) => s.state);
  const hint = useLivenessCapture((s) => s.hint);
  return (
    <output data-testid="badge">
      {state}:{hint ?? '-'}
    </output>
  );
}

describe('headless parts', () => {
  it('compose into a custom layout that reads state through the hook', async () => {
    render(
      <LivenessCapture.Root {...harnessProps(harness, { submit: async () => diditApprovedBody() })} unstyled>
        <StateBadge />
        <LivenessCapture.StartButton>Go</LivenessCapture.StartButton>
        <LivenessCapture.Camera />
        <LivenessCapture.Overlay />
        <LivenessCapture.Hint className="my-hint" />
        <LivenessCapture.Result>
          <LivenessCapture.RetakeButton />
        </LivenessCapture.Result>
      </LivenessCapture.Root>,
    );
    expect(screen.getByTestId('badge')).toHaveTextContent('idle:-');
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitForState('result');
    expect(screen.getByTestId('badge')).toHaveTextContent('result:-');
    expect(root().className).toBe('');
    expect(document.querySelector('[data-part="result"]')).toHaveAttribute('data-status', 'Approved');
  });

  it('classNames add to the default lk-* classes; unstyled drops them', async () => {
    const { unmount } = renderCapture(harness, { classNames: { root: 'brand', start: 'brand-button' } });
    expect(root()).toHaveClass('lk-root', 'brand');
    expect(screen.getByRole('button', { name: 'Start the camera' })).toHaveClass('lk-start', 'brand-button');
    unmount();
    renderCapture(harness, { unstyled: true, classNames: { start: 'brand-button' } });
    expect(root()).not.toHaveAttribute('class');
    expect(screen.getByRole('button', { name: 'Start the camera' })).toHaveAttribute('class', 'brand-button');
  });

  it('components replace pieces of the default layout', async () => {
    function Intro() {
      return <LivenessCapture.StartButton>Open my camera</LivenessCapture.StartButton>;
    }
    renderCapture(harness, { components: { Intro, Header: () => <h1>Acme onboarding</h1> } });
    expect(screen.getByRole('heading', { name: 'Acme onboarding' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Open my camera' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Take a selfie to confirm it’s you' })).toBeNull();
  });

  it('a part outside a Root says so clearly', () => {
    expect(() => render(<LivenessCapture.Hint />)).toThrow(/inside <LivenessCapture>/);
  });
});

describe('keyboard only', () => {
  it('start, capture, retry and retake all work from the keyboard, with focus where it helps', async () => {
    const user = userEvent.setup();
    const replies: Array<() => Promise<unknown>> = [
      async () => {
        throw new LivenessError('SERVER', { status: 503 });
      },
      async () => bodyWith('Declined', ['LOW_FACE_QUALITY']),
      async () => diditApprovedBody(),
    ];
    renderCapture(harness, { submit: () => replies.shift()!(), autoCapture: false, retry: { retries: 0 } });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Start the camera' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitForState('guiding');
    // The start button went away: focus lands on the capture button.
    expect(screen.getByRole('button', { name: 'Take photo' })).toHaveFocus();
    await user.keyboard(' ');
    await waitForState('upload-error');
    expect(screen.getByRole('heading', { name: 'The verification service had a problem.' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitForState('result');
    expect(screen.getByRole('heading', { name: 'We could not verify you' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Take a new photo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitForState('guiding');
    expect(screen.getByRole('button', { name: 'Take photo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitForState('result');
    expect(screen.getByRole('heading', { name: 'You’re verified' })).toHaveFocus();
  });
});
