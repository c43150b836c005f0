import { isLivenessThreshold, type LivenessRequestOptions } from './request-options.js';

/** The text fields of a check's multipart form, by option (`LIVENESS_FORM_FIELDS` names them). */
export type LivenessFormText = Partial<Record<keyof LivenessRequestOptions, string>>;

// A plain decimal number: Number('') is 0 and Number('0x10') is 16, neither is a threshold.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * `face_liveness_score_decline_threshold` as a form or a command line carries it: a plain decimal
 * number (no hex, no empty text; spaces around allowed) the contract accepts. `undefined` otherwise.
 */
export function parseThresholdText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return isLivenessThreshold(value) ? value : undefined;
}

/** A flag (`rotate_image`, `save_api_request`) as a form carries it: `true` / `false`, any case. */
function flagOf(text: string): boolean | string {
  const normalised = text.trim().toLowerCase();
  if (normalised === 'true') return true;
  if (normalised === 'false') return false;
  return text;
}

function thresholdOf(text: string): number | string {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : text;
}

/**
 * The options a form's text fields stand for, decoded as `buildLivenessFormData` encodes them: the
 * threshold as a decimal number, flags from `true` / `false`, vendor data and metadata (JSON text)
 * as they are. Text that does not decode is kept as it is, so that `checkRequestOptions` (which
 * decides what is valid) names the option.
 */
export function optionsFromFormText(text: LivenessFormText): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (text.threshold !== undefined) options.threshold = thresholdOf(text.threshold);
  if (text.rotateImage !== undefined) options.rotateImage = flagOf(text.rotateImage);
  if (text.saveApiRequest !== undefined) options.saveApiRequest = flagOf(text.saveApiRequest);
  if (text.vendorData !== undefined) options.vendorData = text.vendorData;
  if (text.metadata !== undefined) options.metadata = text.metadata;
  return options;
}
