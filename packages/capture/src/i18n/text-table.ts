import type { CoreText, CoreTextKey } from '@liveness-kit/core';
import type { UiTextKey } from './ui-text-en.js';

/** A key of the full text table: core's (hints, warnings, errors, statuses) plus the component's `ui.*`. */
export type LivenessTextKey = CoreTextKey | UiTextKey;

/** A complete text table for one language. */
export type LivenessText = CoreText & Record<UiTextKey, string>;

/** Overrides for some keys of the table (the `displayText` prop). */
export type DisplayText = Partial<Record<LivenessTextKey, string>>;

/** Looks a key up and fills its `{name}` placeholders. */
export type Translate = (key: LivenessTextKey, values?: Readonly<Record<string, string | number>>) => string;
