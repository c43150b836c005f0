/**
 * Test only: an engine that answers by decoding each image with the local engine's own decoder
 * (nothing else), so that the fuzz tests reach the real decode path thousands of times in seconds:
 * a bad image is its real `INVALID_IMAGE`, a good one a 200 naming what was decoded.
 */
import type { EngineRequest, FaceMatchEngineRequest, LivenessEngine } from '../../engine/engine.js';
import { DEFAULT_ANALYSIS_SIZE, DEFAULT_MAX_INPUT_PIXELS } from '../../engine/local/create-local-engine.js';
import { decodeImage } from '../../engine/local/decode-image.js';
import { crc32 } from '../../engine/local/testing/image-mutations.js';

/** The local engine's default decode limits. */
export const DECODE_LIMITS = {
  maxInputPixels: DEFAULT_MAX_INPUT_PIXELS,
  analysisSize: DEFAULT_ANALYSIS_SIZE,
};

/** A fingerprint of an image's bytes, to check the engine got exactly what was sent. */
export const fingerprint = (bytes: Uint8Array): string => `${bytes.length}:${crc32(bytes)}`;

/** What the decoding engine answers for each image: its fingerprint and decoded size. */
export interface DecodedSummary {
  bytes: string;
  width: number;
  height: number;
}

async function summary(bytes: Uint8Array): Promise<DecodedSummary> {
  const image = await decodeImage(bytes, DECODE_LIMITS);
  return { bytes: fingerprint(bytes), width: image.width, height: image.height };
}

export const decodingEngine: LivenessEngine = {
  name: 'local',
  check: async (request: EngineRequest) => ({ images: [await summary(request.image)] }),
  faceMatch: async (request: FaceMatchEngineRequest) => ({
    images: [await summary(request.userImage), await summary(request.refImage)],
  }),
  close: async () => {},
};
