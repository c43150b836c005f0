import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeIssues, issueMessage } from './describe-issues.js';

const schema = z.object({
  faceMatch: z.optional(
    z.union(
      [z.boolean(), z.object({ threshold: z.optional(z.number('faceMatch.threshold must be a number')) })],
      'faceMatch must be true, false or an object',
    ),
  ),
  name: z.optional(z.union([z.string(), z.number()])),
});

const describeValue = (value: unknown) => {
  const result = schema.safeParse(value, { error: issueMessage });
  return result.success ? null : describeIssues(result.error.issues);
};

describe('describeIssues', () => {
  it('names the field inside the one union branch that took the value’s type', () => {
    expect(describeValue({ faceMatch: { threshold: 'high' } })).toBe(
      'faceMatch.threshold: faceMatch.threshold must be a number',
    );
    expect(describeValue({ faceMatch: { threshold: Number.NaN } })).toBe(
      'faceMatch.threshold: faceMatch.threshold must be a number',
    );
  });

  it('keeps the union’s own message when no branch took the type', () => {
    expect(describeValue({ faceMatch: 'yes' })).toBe('faceMatch: faceMatch must be true, false or an object');
    expect(describeValue({ name: [] })).toBe('name: does not match any accepted form');
    expect(describeValue({ faceMatch: { threshold: 40 } })).toBeNull();
  });
});
