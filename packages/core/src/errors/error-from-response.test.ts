import { describe, expect, it } from 'vitest';
import {
  describeErrorBody,
  errorFromResponse,
  MAX_DETAIL_LENGTH,
  parseRetryAfter,
} from './error-from-response.js';
import { retriedUpstream } from './upstream-codes.js';

describe('errorFromResponse', () => {
  it('reads Didit’s {"detail", "code"} body', async () => {
    const error = await errorFromResponse(
      Response.json({ detail: 'Invalid API key', code: 'invalid_api_key' }, { status: 401 }),
    );
    expect(error).toMatchObject({
      code: 'UNAUTHORIZED',
      status: 401,
      detail: 'Invalid API key',
      serverCode: 'invalid_api_key',
      retryable: false,
    });
  });

  it('gives an operator error its own code from a liveness-kit server’s body code, not a retryable SERVER', async () => {
    for (const code of [
      'UPSTREAM_UNAUTHORIZED',
      'UPSTREAM_PAYMENT_REQUIRED',
      'UPSTREAM_FORBIDDEN',
    ] as const) {
      const error = await errorFromResponse(
        Response.json({ detail: 'The liveness service refused the key.', code }, { status: 502 }),
      );
      expect(error).toMatchObject({ code, status: 502, serverCode: code, retryable: false });
      expect(error.message).toMatch(
        /^The liveness service behind this site is misconfigured: .*retrying will not help/,
      );
    }
    const other = await errorFromResponse(
      Response.json({ detail: 'The liveness service failed.', code: 'UPSTREAM_ERROR' }, { status: 502 }),
    );
    expect(other).toMatchObject({ code: 'SERVER', serverCode: 'UPSTREAM_ERROR', retryable: true });
  });

  it('reads a liveness-kit server’s 503 BUSY (its queue is full) as BUSY: retryable, with Retry-After, not upstream', async () => {
    const error = await errorFromResponse(
      Response.json(
        { detail: 'The server is busy: retry after Retry-After.', code: 'BUSY' },
        { status: 503, headers: { 'Retry-After': '2' } },
      ),
    );
    expect(error).toMatchObject({
      code: 'BUSY',
      status: 503,
      serverCode: 'BUSY',
      retryAfterMs: 2000,
      retryable: true,
    });
    expect(retriedUpstream(error)).toBe(false);
    // Only a 503 says BUSY: another status with that body code keeps the status's code.
    const other = await errorFromResponse(Response.json({ code: 'BUSY' }, { status: 500 }));
    expect(other).toMatchObject({ code: 'SERVER', serverCode: 'BUSY' });
  });

  it('flattens FastAPI validation details', async () => {
    const body = {
      detail: [
        { loc: ['body', 'user_image'], msg: 'Field required', type: 'missing' },
        {
          loc: ['body', 'face_liveness_score_decline_threshold'],
          msg: 'Input should be less than or equal to 100',
        },
      ],
    };
    const error = await errorFromResponse(Response.json(body, { status: 422 }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.detail).toBe(
      'body.user_image: Field required; body.face_liveness_score_decline_threshold: Input should be less than or equal to 100',
    );
  });

  it('handles object details, message/error bodies and numeric codes', () => {
    expect(describeErrorBody('{"detail": {"msg": "bad file"}, "code": 17}')).toEqual({
      detail: 'bad file',
      serverCode: '17',
    });
    expect(describeErrorBody('{"detail": {"reason": "x"}}')).toEqual({ detail: '{"reason":"x"}' });
    expect(describeErrorBody('{"message": "Payment required"}')).toEqual({ detail: 'Payment required' });
    expect(describeErrorBody('{"error": "forbidden", "error_code": "IP_NOT_ALLOWED"}')).toEqual({
      detail: 'forbidden',
      serverCode: 'IP_NOT_ALLOWED',
    });
    expect(describeErrorBody('{"unexpected": true}')).toEqual({ detail: '{"unexpected":true}' });
    expect(describeErrorBody('["a", "b"]')).toEqual({ detail: 'a; b' });
    expect(describeErrorBody('   ')).toEqual({});
    expect(describeErrorBody('{not json')).toEqual({ detail: '{not json' });
  });

  it('keeps plain text and the title of an HTML page, truncated', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title><style>p{}</style></head>' +
      `<body><h1>Service Unavailable</h1><p>${'x'.repeat(5000)}</p></body></html>`;
    const error = await errorFromResponse(
      new Response(html, { status: 503, headers: { 'content-type': 'text/html' } }),
    );
    expect(error).toMatchObject({
      code: 'SERVER',
      retryable: true,
      detail: '503 Service Temporarily Unavailable',
    });
    expect(describeErrorBody('<html><body><h1>Bad &amp; Gateway</h1></body></html>')).toEqual({
      detail: 'Bad & Gateway',
    });
    expect(describeErrorBody('<div>a</div>\n<p>b &#39;c&#x27;</p>')).toEqual({ detail: "a b 'c'" });
    const long = describeErrorBody(`upstream error ${'y'.repeat(2000)}`).detail!;
    expect(long.length).toBe(MAX_DETAIL_LENGTH + 1);
    expect(long.endsWith('…')).toBe(true);
  });

  it('reads only the start of a huge body', async () => {
    const chunk = new TextEncoder().encode('z'.repeat(16 * 1024));
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const error = await errorFromResponse(new Response(stream, { status: 500 }));
    expect(error.code).toBe('SERVER');
    expect(error.detail?.length).toBe(MAX_DETAIL_LENGTH + 1);
    expect(pulled).toBeLessThan(10);
  });

  it('still maps the status when the body breaks off', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const error = await errorFromResponse(new Response(stream, { status: 502 }));
    expect(error).toMatchObject({ code: 'SERVER', status: 502 });
    expect(error.detail).toBeUndefined();
  });

  it('parses Retry-After on 429 in seconds and as an HTTP-date', async () => {
    const seconds = await errorFromResponse(
      Response.json({ detail: 'slow down' }, { status: 429, headers: { 'Retry-After': '7' } }),
    );
    expect(seconds).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 7000, retryable: true });
    const now = Date.parse('2025-05-01T12:00:00Z');
    const dated = await errorFromResponse(
      new Response('', { status: 429, headers: { 'Retry-After': 'Thu, 01 May 2025 12:00:45 GMT' } }),
      { now },
    );
    expect(dated.retryAfterMs).toBe(45_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-05-01T12:00:00Z');
  it('reads seconds and dates, and ignores garbage', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 May 2025 12:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Thu, 01 May 2025 11:00:00 GMT', now)).toBe(0);
    for (const bad of [null, undefined, '', '-5', 'soon', '12:00', '1e3', 'Thu, 99 Foo']) {
      expect(parseRetryAfter(bad, now)).toBeUndefined();
    }
  });
});
