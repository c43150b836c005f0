import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The installed `@vladmandic/human` package folder. Its `exports` map has no `./package.json`
 * and no usable `dist/human.node-wasm.js` subpath, so we resolve its Node entry (`dist/human.node.js`,
 * which we never load: it needs tfjs-node) and walk up from there.
 */
export function humanPackageDir(): string {
  return dirname(dirname(require.resolve('@vladmandic/human')));
}

/** Human's build for Node on the tfjs wasm backend (CommonJS, requires `@tensorflow/tfjs-*`). */
export function humanNodeWasmFile(): string {
  return join(humanPackageDir(), 'dist', 'human.node-wasm.js');
}

/** The models shipped with the installed Human package. */
export function defaultModelDir(): string {
  return join(humanPackageDir(), 'models');
}

/** The folder of `tfjs-backend-wasm*.wasm` files shipped with `@tensorflow/tfjs-backend-wasm`. */
export function defaultWasmDir(): string {
  // The package's `main` is `dist/tf-backend-wasm.node.js`: its folder holds the .wasm files.
  return dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
}
