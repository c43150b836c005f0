// The server's markup (renderToString) hydrated in the browser (jsdom): React must find what it
// renders itself, attribute for attribute, or it reports a hydration mismatch.
import { createScriptedDetector } from '@liveness-kit/test-utils/dom';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivenessCapture } from '../index.js';
import type { LivenessCaptureProps } from '../liveness-capture.js';

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

/** Server markup of `server`, hydrated with `client`; returns what React reported about hydration. */
async function hydrate(server: LivenessCaptureProps, client: LivenessCaptureProps = server) {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const recovered: unknown[] = [];
  container = document.createElement('div');
  container.innerHTML = renderToString(<LivenessCapture {...server} />);
  document.body.append(container);
  const start = container.querySelector('[data-part="start"]');
  await act(async () => {
    root = hydrateRoot(container!, <LivenessCapture {...client} />, {
      onRecoverableError: (error) => recovered.push(error),
    });
  });
  const hydration = [
    ...errors.mock.calls.map((args) => args.map(String).join(' ')),
    ...recovered.map(String),
  ].filter((message) => /hydrat/i.test(message));
  return { hydration, start, container };
}

const props = (): LivenessCaptureProps => ({
  endpoint: '/api/liveness',
  detector: createScriptedDetector([]),
});

describe('<LivenessCapture> hydrating the server’s markup', () => {
  it('hydrates without a mismatch and keeps the server’s elements', async () => {
    const shared = props();
    const { hydration, start, container } = await hydrate(shared);
    expect(hydration).toEqual([]);
    // Hydrated, not replaced: the button from the server's HTML is the one React now owns.
    expect(start).not.toBeNull();
    expect(container.querySelector('[data-part="start"]')).toBe(start);
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'idle');
  });

  it('with a retry schedule and autoStart off, still no mismatch', async () => {
    const shared = { ...props(), retry: { retries: 3 }, autoStart: false, locale: 'en-GB' };
    expect((await hydrate(shared)).hydration).toEqual([]);
  });

  it('(the check works) a client that renders differently is reported', async () => {
    const { hydration } = await hydrate({ ...props(), theme: 'dark' }, props());
    expect(hydration.length).toBeGreaterThan(0);
  });
});
