import { en as coreEn } from '@liveness-kit/core';
import type { LivenessText } from '../text-table.js';
import { uiEn } from '../ui-text-en.js';

/** English: core's table plus the component's labels. Always bundled (the fallback). */
export const en: LivenessText = { ...coreEn, ...uiEn };
