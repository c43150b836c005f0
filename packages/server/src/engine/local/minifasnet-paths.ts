import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * This package's folder. The package resolves itself by name (its `exports` map lists
 * `./package.json`), so the answer is the same from `src/engine/local/` (sources, tests, tsx) and
 * from the bundled `dist/`, at different depths below the package.
 */
export function serverPackageDir(): string {
  return dirname(require.resolve('@liveness-kit/server/package.json'));
}

/** The converted MiniFASNet ONNX files shipped with this package (`models/minifasnet`). */
export function defaultMiniFasNetModelDir(): string {
  return join(serverPackageDir(), 'models', 'minifasnet');
}

/** The folder of onnxruntime-web's `ort-wasm-*.wasm` and `.mjs` files (its `dist`, beside its Node entry). */
export function defaultOrtWasmDir(): string {
  return dirname(require.resolve('onnxruntime-web'));
}
