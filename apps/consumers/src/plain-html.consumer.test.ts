// The README's "Plain HTML" quick start: the <liveness-capture> element built to static files and
// served by a plain Hono server under the strict Content-Security-Policy the README gives, driven in
// Chromium with the fake camera to a result with no CSP violation at all.
import { describe, expect, it } from 'vitest';
import { quickStartSuite } from './quick-start-suite.js';

const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' blob:; media-src 'self' blob:";

describe('quick start: plain HTML with the custom element, under a strict CSP', () => {
  const suite = quickStartSuite('plain-html');

  it('the page is served with the strict policy', async () => {
    const response = await fetch(`${suite.served().url}/`);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
    expect(await response.text()).toContain('<liveness-capture');
  });

  it('reaches a result with one POST and zero CSP violations', async () => {
    await suite.expectCleanResult('/api/v3/passive-liveness/');
  });
});
