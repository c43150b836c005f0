// @liveness-kit/capture/element/define: defines <liveness-capture> on import (a side effect).
import { defineLivenessCapture } from './define-liveness-capture.js';

defineLivenessCapture();
