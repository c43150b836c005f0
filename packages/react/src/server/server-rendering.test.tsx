// @vitest-environment node
// `<LivenessCapture>` rendered on a server (Next.js, React Router): Node, no DOM, no browser globals.
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

/** A stack frame in the packages' sources (not this test, not node_modules). */
const OUR_SOURCES = /packages\/(core|capture|react)\/src\/(?!.*\.test\.)/;

const BROWSER_GLOBALS = [
  'window',
  'document',
  'self',
  'HTMLElement',
  'customElements',
  'localStorage',
  'matchMedia',
];

describe('<LivenessCapture> on a server', () => {
  it('imports and renders its idle screen without a DOM, leaving the browser globals alone', async () => {
    const navigatorBefore = globalThis.navigator;
    const { LivenessCapture } = await import('../index.js');
    const html = renderToString(<LivenessCapture endpoint="/api/liveness" autoStart />);

    // The root in its first state (autoStart acts only once mounted in a browser)…
    expect(html).toMatch(/^<section [^>]*data-part="root" data-state="idle" data-step="liveness"/);
    expect(html).toContain('lang="en" dir="ltr" class="lk-root"');
    // …the explanation with its start button, and the live region; no camera, no progress.
    expect(html).toContain(
      '<button type="button" data-part="start" class="lk-start">Start the camera</button>',
    );
    expect(html).toContain('data-part="announcer"');
    // No inline style attribute: a `style-src 'self'` Content-Security-Policy would refuse it.
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toContain('data-part="camera"');
    expect(html).not.toContain('data-part="progress"');

    for (const name of BROWSER_GLOBALS) expect(globalThis, name).not.toHaveProperty(name);
    expect(globalThis.navigator).toBe(navigatorBefore);
  });

  it('reads no clock and no randomness while rendering (Next.js cacheComponents refuses them)', async () => {
    const { LivenessCapture } = await import('../index.js');
    // Calls from liveness-kit's own code (React's server renderer reads performance.now() itself).
    const ours: string[] = [];
    const watch = (owner: object, name: string, label: string) => {
      const clock = owner as Record<string, () => number>;
      const original = clock[name]!.bind(owner);
      return vi.spyOn(clock, name).mockImplementation(() => {
        const caller = new Error().stack!.split('\n').find((line) => OUR_SOURCES.test(line));
        if (caller) ours.push(`${label} ${caller.trim()}`);
        return original();
      });
    };
    const spies = [
      watch(Date, 'now', 'Date.now()'),
      watch(Math, 'random', 'Math.random()'),
      watch(performance, 'now', 'performance.now()'),
    ];
    try {
      renderToString(
        <LivenessCapture
          endpoint="/api/liveness"
          retry={{ retries: 2 }}
          timing={{ modelTimeoutMs: 5_000 }}
        />,
      );
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(ours).toEqual([]);
  });
});
