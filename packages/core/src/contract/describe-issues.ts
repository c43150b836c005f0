import type * as z from 'zod/mini';

/**
 * The message of a zod issue in plain English, for `safeParse(value, { error: issueMessage })`.
 * Messages given in a schema win over it; zod's global locale (which `zod/mini` leaves unset but
 * another import of `zod` may set) never applies, so the text is the same everywhere.
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${String(issue.minimum)} items`
        : `must be at least ${String(issue.minimum)}`;
    case 'invalid_union':
      return 'does not match any accepted form';
    default:
      return 'is invalid';
  }
}

/**
 * A union's issue, or the issues of the one branch that took the value's type (every issue of that
 * branch is inside the value): `{ threshold: 'high' }` for `boolean | { threshold?: number }` is
 * about `threshold`, not "does not match any accepted form".
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const inside = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
  if (inside.length !== 1) return [issue];
  return inside[0]!.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** `path: message` for the first `max` issues, joined with `; `. */
export function describeIssues(rawIssues: readonly z.core.$ZodIssue[], max = 5): string {
  const issues = rawIssues.flatMap(unwrapUnion);
  const parts = issues.slice(0, max).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  if (issues.length > max) parts.push(`and ${issues.length - max} more`);
  return parts.join('; ');
}
