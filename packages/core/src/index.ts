// @liveness-kit/core: framework-free, runs in browsers, Web Workers and Node.

// Image encoding and type sniffing
export { sniffImageType, type ImageType } from './image/sniff-image-type.js';
