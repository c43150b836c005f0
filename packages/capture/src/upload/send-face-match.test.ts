import { describe, expect, it } from 'vitest';
import { faceMatchEndpoint, faceMatchFlowOn } from './send-face-match.js';

describe('faceMatchEndpoint', () => {
  it('derives the face-match URL from the contract’s liveness path, slash optional, query kept', () => {
    expect(faceMatchEndpoint({ endpoint: '/api/v3/passive-liveness/' })).toBe('/api/v3/face-match/');
    expect(faceMatchEndpoint({ endpoint: '/api/v3/passive-liveness' })).toBe('/api/v3/face-match/');
    expect(faceMatchEndpoint({ endpoint: 'https://x.test/v3/passive-liveness/?tenant=a' })).toBe(
      'https://x.test/v3/face-match/?tenant=a',
    );
    const url = faceMatchEndpoint({ endpoint: new URL('https://x.test/k/v3/passive-liveness/') });
    expect(url).toBeInstanceOf(URL);
    expect(String(url)).toBe('https://x.test/k/v3/face-match/');
  });

  it('prefers faceMatch.endpoint, and gives null when nothing can be derived', () => {
    expect(faceMatchEndpoint({ endpoint: '/a', faceMatch: { endpoint: '/b/v3/face-match/' } })).toBe(
      '/b/v3/face-match/',
    );
    expect(faceMatchEndpoint({ endpoint: '/api/liveness' })).toBeNull();
    expect(faceMatchEndpoint({ endpoint: '/v3/passive-liveness/extra' })).toBeNull();
    expect(faceMatchEndpoint({})).toBeNull();
  });

  it('the flow is on with faceMatch or a referenceImage', () => {
    expect(faceMatchFlowOn({})).toBe(false);
    expect(faceMatchFlowOn({ faceMatch: false })).toBe(false);
    expect(faceMatchFlowOn({ faceMatch: true })).toBe(true);
    expect(faceMatchFlowOn({ faceMatch: {} })).toBe(true);
    expect(faceMatchFlowOn({ referenceImage: new Blob(['x']) })).toBe(true);
  });
});
