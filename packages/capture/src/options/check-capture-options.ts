import {
  describeIssues,
  FACE_MATCH_THRESHOLD_RANGE,
  issueMessage,
  LivenessError,
  livenessRequestOptionsSchema,
  type LivenessRequestOptions,
} from '@liveness-kit/core';
import * as z from 'zod/mini';
import {
  FACE_MATCH_ENDPOINT_MISSING,
  faceMatchEndpoint,
  faceMatchFlowOn,
} from '../upload/send-face-match.js';
import { DEFAULT_RETRY_OPTIONS, type ResolvedRetryOptions } from '../upload/retry-policy.js';
import { DEFAULT_TIMING, type CaptureOptions, type CaptureTiming } from './capture-options.js';

const ms = (name: string) => z.optional(z.number(`${name} must be a number of ms`).check(z.gte(0)));
const ratio = (name: string) =>
  z.number(`${name} must be a share of the frame`).check(z.gt(0, `${name} must be above 0`), z.lte(1));
const flag = (name: string) => z.optional(z.boolean(`${name} must be true or false`));

/** The engine's own options (the request fields are core's `livenessRequestOptionsSchema`). */
const captureOptionsSchema = z.object({
  endpoint: z.optional(z.union([z.string(), z.instanceof(URL)], 'endpoint must be a URL or a string')),
  submit: z.optional(z.custom<unknown>((v: unknown) => typeof v === 'function', 'submit must be a function')),
  timeoutMs: z.optional(z.number('timeoutMs must be a number of ms').check(z.gt(0))),
  retry: z.optional(
    z.object({
      retries: z.optional(z.int('retry.retries must be a whole number').check(z.gte(0))),
      baseDelayMs: ms('retry.baseDelayMs'),
      maxDelayMs: ms('retry.maxDelayMs'),
    }),
  ),
  timing: z.optional(
    z.object({
      frameIntervalMs: ms('timing.frameIntervalMs'),
      readyHoldMs: ms('timing.readyHoldMs'),
      announceDelayMs: ms('timing.announceDelayMs'),
      modelTimeoutMs: z.optional(z.number('timing.modelTimeoutMs must be a number of ms').check(z.gt(0))),
      consecutiveFrames: z.optional(z.int('timing.consecutiveFrames must be a whole number').check(z.gte(1))),
    }),
  ),
  oval: z.optional(
    z.object({ widthRatio: ratio('oval.widthRatio'), heightRatio: ratio('oval.heightRatio') }),
  ),
  photoUpload: z.optional(
    z.enum(['fallback', 'always', 'never'], 'photoUpload must be fallback, always or never'),
  ),
  autoStart: flag('autoStart'),
  autoCapture: flag('autoCapture'),
  mirrored: flag('mirrored'),
  preloadDetector: flag('preloadDetector'),
  locale: z.optional(z.string('locale must be a BCP 47 tag')),
  referenceImage: z.optional(z.instanceof(Blob, { error: 'referenceImage must be a Blob or a File' })),
  faceMatch: z.optional(
    z.union(
      [
        z.boolean(),
        z.object({
          endpoint: z.optional(
            z.union([z.string(), z.instanceof(URL)], 'faceMatch.endpoint must be a URL or a string'),
          ),
          submit: z.optional(
            z.custom<unknown>((v: unknown) => typeof v === 'function', 'faceMatch.submit must be a function'),
          ),
          threshold: z.optional(
            z
              .number('faceMatch.threshold must be a number')
              .check(
                z.gte(FACE_MATCH_THRESHOLD_RANGE.min, 'faceMatch.threshold must be 0-100'),
                z.lte(FACE_MATCH_THRESHOLD_RANGE.max, 'faceMatch.threshold must be 0-100'),
              ),
          ),
          rotateImage: flag('faceMatch.rotateImage'),
        }),
      ],
      'faceMatch must be true, false or an object of face-match options',
    ),
  ),
});

/** The options with every default filled in. */
export interface ResolvedCaptureOptions {
  timing: Required<CaptureTiming>;
  retry: ResolvedRetryOptions;
  photoUpload: NonNullable<CaptureOptions['photoUpload']>;
  autoCapture: boolean;
  mirrored: boolean;
  preloadDetector: boolean;
}

/**
 * Checks the options (`zod/mini`) and fills in the defaults.
 * @throws LivenessError `INVALID_OPTIONS` naming each bad option (`timing.readyHoldMs: …`).
 */
export function checkCaptureOptions(options: CaptureOptions): ResolvedCaptureOptions {
  const schema = z.extend(captureOptionsSchema, livenessRequestOptionsSchema.shape);
  const result = schema.safeParse(options satisfies LivenessRequestOptions, { error: issueMessage });
  if (!result.success) {
    throw new LivenessError('INVALID_OPTIONS', { detail: describeIssues(result.error.issues) });
  }
  const faceMatch = typeof options.faceMatch === 'object' ? options.faceMatch : {};
  if (faceMatchFlowOn(options) && !faceMatch.submit && faceMatchEndpoint(options) === null) {
    throw new LivenessError('INVALID_OPTIONS', { detail: FACE_MATCH_ENDPOINT_MISSING });
  }
  return {
    timing: { ...DEFAULT_TIMING, ...definedOnly(options.timing) },
    retry: { ...DEFAULT_RETRY_OPTIONS, ...definedOnly(options.retry) },
    photoUpload: options.photoUpload ?? 'fallback',
    autoCapture: options.autoCapture ?? true,
    mirrored: options.mirrored ?? true,
    preloadDetector: options.preloadDetector ?? true,
  };
}

/** Drops keys set to `undefined`, so they do not hide a default. */
function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
