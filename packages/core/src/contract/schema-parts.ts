import * as z from 'zod/mini';
import { LivenessError } from '../errors/liveness-error.js';
import { describeIssues, issueMessage } from './describe-issues.js';

/** `schema`, with `null` and a missing value both replaced by `fallback()`. */
export function orElse<T>(schema: z.ZodMiniType<T>, fallback: () => T): z.ZodMiniType<T> {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: T | null | undefined): T => value ?? fallback()),
  );
}

/** A number, or `null` when it is missing or `null`. */
export const nullableNumber = orElse<number | null>(z.number(), () => null);

/** A 0-100 score (may be a float), or `null` when it is missing or `null`. */
export const nullableScore = orElse<number | null>(z.number().check(z.gte(0), z.lte(100)), () => null);

/** A string, or `null` when it is missing or `null`. */
export const nullableString = orElse<string | null>(z.string(), () => null);

/**
 * Parses a 200 body (already `JSON.parse`d) with a response schema: what both `parse*Response`
 * functions do.
 *
 * @throws LivenessError `INVALID_RESPONSE` (with `detail` naming the first problems).
 */
export function parseResponseWith<T>(schema: z.ZodMiniType<T>, json: unknown): T {
  const result = schema.safeParse(json, { error: issueMessage });
  if (!result.success) {
    throw new LivenessError('INVALID_RESPONSE', {
      detail: describeIssues(result.error.issues),
      cause: result.error,
    });
  }
  return result.data;
}
