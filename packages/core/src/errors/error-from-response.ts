import { errorCodeForStatus } from './error-codes.js';
import { LivenessError, type LivenessErrorOptions } from './liveness-error.js';
import { operatorErrorCode } from './upstream-codes.js';

/** At most this many bytes of an error body are read; the rest is cancelled. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** `detail` is cut to this many characters (plus an ellipsis). */
export const MAX_DETAIL_LENGTH = 300;

export interface ErrorFromResponseOptions {
  /** The clock for HTTP-date `Retry-After` values; defaults to `Date.now()`. */
  now?: number;
}

/**
 * Builds the {@link LivenessError} for a non-2xx answer: the code from the status
 * ({@link errorCodeForStatus}), unless the body's `code` names an operator error
 * (`UPSTREAM_UNAUTHORIZED`, `UPSTREAM_PAYMENT_REQUIRED`, `UPSTREAM_FORBIDDEN`: a liveness-kit server
 * whose own API key, credits or access were refused upstream), which becomes that code, or a 503
 * whose body `code` is `BUSY` (a liveness-kit server's queue is full: retryable, with `Retry-After`),
 * which becomes `BUSY`; `detail` and `serverCode` from the body (Didit's
 * `{"detail": "...", "code": "..."}`, FastAPI's `{"detail": [{loc, msg}]}`, `{"message"}` or
 * `{"error"}` bodies, or the first {@link MAX_DETAIL_LENGTH} characters of a text or HTML body),
 * and `retryAfterMs` from `Retry-After`. Never throws: a body that cannot be read leaves `detail`
 * unset.
 */
export async function errorFromResponse(
  response: Response,
  options: ErrorFromResponseOptions = {},
): Promise<LivenessError> {
  let body = '';
  try {
    body = await readTextLimited(response, MAX_ERROR_BODY_BYTES);
  } catch {
    // A body that breaks off still leaves the status to go by.
  }
  const init: LivenessErrorOptions = { status: response.status };
  const { detail, serverCode } = describeErrorBody(body, response.headers.get('content-type'));
  if (detail !== undefined) init.detail = detail;
  if (serverCode !== undefined) init.serverCode = serverCode;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now);
  if (retryAfterMs !== undefined) init.retryAfterMs = retryAfterMs;
  return new LivenessError(
    operatorErrorCode(serverCode) ??
      busyCode(response.status, serverCode) ??
      errorCodeForStatus(response.status),
    init,
  );
}

/** A liveness-kit server whose queue of checks is full answers `503 {"code": "BUSY"}`. */
function busyCode(status: number, serverCode: string | undefined): 'BUSY' | undefined {
  return status === 503 && serverCode === 'BUSY' ? 'BUSY' : undefined;
}

/**
 * `Retry-After` in milliseconds: either delay-seconds (`"120"`, decimals tolerated) or an HTTP-date
 * (`"Wed, 21 Oct 2015 07:28:00 GMT"`, counted from `now`; a date in the past gives 0). Returns
 * `undefined` for a missing or unreadable value.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP-date always names the weekday or month in letters; plain numbers were handled above.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Extracts a readable `detail` and a stable `serverCode` from an error body. */
export function describeErrorBody(
  body: string,
  contentType?: string | null,
): { detail?: string; serverCode?: string } {
  const text = body.trim();
  if (text === '') return {};
  if (text.startsWith('{') || text.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (json !== undefined) return describeJsonBody(json);
  }
  const isHtml = /html/i.test(contentType ?? '') || /^<(!doctype|html|head|body|\w+[\s>])/i.test(text);
  const detail = truncate(collapse(isHtml ? htmlToText(text) : text));
  return detail ? { detail } : {};
}

function describeJsonBody(json: unknown): { detail?: string; serverCode?: string } {
  const result: { detail?: string; serverCode?: string } = {};
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    const code = o.code ?? o.error_code;
    if (typeof code === 'string' && code.trim()) result.serverCode = code.trim();
    else if (typeof code === 'number' && Number.isFinite(code)) result.serverCode = String(code);
    const source =
      o.detail ?? o.message ?? o.error_description ?? (typeof o.error === 'string' ? o.error : undefined);
    const detail = source === undefined ? compactJson(o) : stringifyDetail(source);
    if (detail) result.detail = truncate(collapse(detail));
    return result;
  }
  const detail = stringifyDetail(json);
  if (detail) result.detail = truncate(collapse(detail));
  return result;
}

/** FastAPI-style details: a string, a list of `{loc, msg}` items, or an object. */
function stringifyDetail(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(stringifyDetail).filter(Boolean).join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const msg = o.msg ?? o.message ?? o.detail;
    if (typeof msg === 'string') {
      const loc = Array.isArray(o.loc) ? o.loc.map(String).join('.') : '';
      return loc ? `${loc}: ${msg}` : msg;
    }
    return compactJson(value);
  }
  return '';
}

function compactJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

function htmlToText(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const pick = title ?? h1;
  const source = pick ?? html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(source.replace(/<[^>]*>/g, ' '));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeFromCodePoint(parseInt(lower.slice(2), 16), entity);
    if (lower.startsWith('#')) return safeFromCodePoint(parseInt(lower.slice(1), 10), entity);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? entity;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string): string {
  if (text.length <= MAX_DETAIL_LENGTH) return text;
  return `${text.slice(0, MAX_DETAIL_LENGTH).trimEnd()}…`;
}

/** Reads at most `maxBytes` of a body as UTF-8 text, cancelling the rest of the stream. */
export async function readTextLimited(response: Response, maxBytes: number): Promise<string> {
  const stream = response.body;
  if (!stream) return '';
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  try {
    while (total < maxBytes) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      const chunk = value.byteLength + total > maxBytes ? value.subarray(0, maxBytes - total) : value;
      total += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
    await reader.cancel().catch(() => undefined);
    return text + decoder.decode();
  } finally {
    reader.releaseLock();
  }
}
