import { createRequire } from 'node:module';

/**
 * A feature needs a package the server lists as an optional peer dependency and it is not
 * installed. The message names the fix (`npm install <package>`).
 */
export class MissingDependencyError extends Error {
  override readonly name = 'MissingDependencyError';
  readonly code = 'MISSING_DEPENDENCY';

  constructor(
    /** The package to install, e.g. `better-sqlite3`. */
    readonly dependency: string,
    /** What needs it, e.g. `SqliteFaceStore`. */
    readonly feature: string,
    options?: { cause?: unknown },
  ) {
    super(`${feature} needs ${dependency}: npm install ${dependency}`, options);
  }
}

export function isMissingDependencyError(error: unknown): error is MissingDependencyError {
  return error instanceof MissingDependencyError;
}

/** True when `error` is Node's "cannot find module" for `name` itself (not for one of its own imports). */
function isNotFound(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`);
}

/**
 * Loads an optional CommonJS dependency synchronously when a feature first needs it. The name is a
 * variable so bundlers do not try to resolve a package that may be absent. `require` is for tests:
 * one made in a folder without the package gives Node's real "not found".
 */
export function requireOptional<T>(
  name: string,
  feature: string,
  require: NodeJS.Require = createRequire(import.meta.url),
): T {
  try {
    return require(name) as T;
  } catch (error) {
    if (isNotFound(error, name)) throw new MissingDependencyError(name, feature, { cause: error });
    throw error;
  }
}
