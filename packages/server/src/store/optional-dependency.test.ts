import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMissingDependencyError, MissingDependencyError, requireOptional } from './optional-dependency.js';

/** A `require` resolving from a fresh folder outside the workspace: Node's real module lookup there. */
function requireFrom(setup?: (dir: string) => void): NodeJS.Require {
  const dir = mkdtempSync(join(tmpdir(), 'lk-optional-'));
  setup?.(dir);
  return createRequire(join(dir, 'index.js'));
}

describe('requireOptional', () => {
  it('loads the installed package', () => {
    const Database = requireOptional<new (path: string) => { close(): void }>(
      'better-sqlite3',
      'SqliteFaceStore',
    );
    new Database(':memory:').close();
  });

  it('names the fix when Node cannot find the package', () => {
    // A name no registry has, so Node's real lookup fails wherever the test runs (pnpm's bin shims set
    // NODE_PATH to the store's hoisted packages, where better-sqlite3 itself would be found).
    const absent = 'liveness-kit-absent-optional-package';
    let thrown: unknown;
    try {
      requireOptional(absent, 'SqliteFaceStore', requireFrom());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingDependencyError);
    expect(isMissingDependencyError(thrown)).toBe(true);
    const error = thrown as MissingDependencyError;
    expect(error.message).toBe(`SqliteFaceStore needs ${absent}: npm install ${absent}`);
    expect(error).toMatchObject({ name: 'MissingDependencyError', code: 'MISSING_DEPENDENCY' });
    expect(error).toMatchObject({ dependency: absent, feature: 'SqliteFaceStore' });
    expect((error.cause as NodeJS.ErrnoException).code).toBe('MODULE_NOT_FOUND');
  });

  it('passes on other failures of an installed package as they are (e.g. its own missing import)', () => {
    const require = requireFrom((dir) => {
      mkdirSync(join(dir, 'node_modules', 'broken'), { recursive: true });
      writeFileSync(join(dir, 'node_modules', 'broken', 'index.js'), "require('absent-inner-package');");
    });
    expect(() => requireOptional('broken', 'Something', require)).toThrow(
      expect.objectContaining({
        code: 'MODULE_NOT_FOUND',
        message: expect.stringContaining("'absent-inner-package'"),
      }),
    );
    expect(() => requireOptional('broken', 'Something', require)).not.toThrow(MissingDependencyError);
  });
});
