// @liveness-kit/capture/vite: the Vite plugin (runs in Node, at dev and build time).
export { livenessKit, type LivenessKitPluginOptions } from './liveness-kit-plugin.js';
export { assetFiles, type AssetDirs, type AssetFile, type AssetFileOptions } from './asset-files.js';
export {
  DEFAULT_MODEL_BASE_PATH,
  DEFAULT_WASM_PATH,
  DETECTOR_MODEL_FILES,
  DETECTOR_MODELS,
  type DetectorModel,
  MESH_MODEL_FILES,
  WASM_FILES,
  modelFilesFor,
} from '../detector/asset-paths.js';
