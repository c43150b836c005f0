// The README's "Next.js (App Router)" quick start: `next build` of the packed packages with the one
// documented config line, the route handler from the server package, the component rendered on the
// server and hydrated, driven in Chromium with the fake camera to a result.
import { describe, expect, it } from 'vitest';
import { quickStartSuite } from './quick-start-suite.js';

describe('quick start: Next.js App Router', () => {
  const suite = quickStartSuite('next-app');

  it('the server renders the component’s first screen into the page’s HTML', async () => {
    const html = await (await fetch(`${suite.served().url}/`)).text();
    expect(html).toMatch(/data-part="root"[^>]*data-state="idle"|data-state="idle"[^>]*data-part="root"/);
    expect(html).toContain('data-part="start"');
  });

  it('the route handler answers the contract path without the trailing slash; Next.js redirects the other', async () => {
    const health = await fetch(`${suite.served().url}/api/liveness/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, engine: 'local' });
    // The server package's own refusal of a body that is not multipart: the route reached it.
    const bare = await fetch(`${suite.served().url}/api/liveness/v3/passive-liveness`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(bare.status).toBe(415);
    expect(bare.headers.get('content-type')).toMatch(/json/);
    const slashed = await fetch(`${suite.served().url}/api/liveness/v3/passive-liveness/`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(slashed.status).toBe(308);
  });

  it('hydrates and reaches a result with one POST and no error on the page', async () => {
    await suite.expectCleanResult('/api/liveness/v3/passive-liveness');
  });
});
