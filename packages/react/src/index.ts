// @liveness-kit/react: thin React bindings over @liveness-kit/core.

export { OvalGuide, type OvalGuideProps } from './parts/oval-guide.js';
