// @liveness-kit/capture/element: <liveness-capture>, the capture engine with its own small view,
// for plain HTML and every framework. Importing this does not define the element: call
// defineLivenessCapture(), or import '@liveness-kit/capture/element/define'.
export { defineLivenessCapture, LivenessCaptureElement } from './define-liveness-capture.js';
export { ELEMENT_ATTRIBUTES, type AttributeOptions } from './element-attributes.js';
export { PROPERTY_OPTIONS, type PropertyOptions } from './element-properties.js';
export type { LivenessCaptureEventMap } from './element-events.js';
export { ELEMENT_CSS } from './element-styles.js';
