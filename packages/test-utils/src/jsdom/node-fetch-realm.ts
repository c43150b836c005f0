/**
 * Test-only (jsdom): vitest's jsdom environment replaces `FormData` and `Blob` with jsdom's but
 * keeps Node's `fetch`, which cannot send a jsdom `FormData` (the request never completes). For
 * tests that really POST through core's `submitLiveness`, this puts Node's own `FormData` and
 * `Blob` back, as a browser would have them: one realm for the form and the fetch.
 */
import { Blob as NodeBlob } from 'node:buffer';

export async function useNodeFetchRealm(): Promise<() => void> {
  const form = await new Response(new URLSearchParams('a=b')).formData();
  const saved = { FormData: globalThis.FormData, Blob: globalThis.Blob };
  globalThis.FormData = form.constructor as typeof FormData;
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  return () => {
    globalThis.FormData = saved.FormData;
    globalThis.Blob = saved.Blob;
  };
}
