import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from './parse-cli-args.js';

const check = (threshold: string) => parseCliArgs(['check', 'selfie.jpg', `--threshold=${threshold}`]);

describe('--threshold follows the contract rule (core), as the server form does', () => {
  it('takes plain decimal numbers from 0 to 100', () => {
    expect(check('42.5')).toMatchObject({ command: 'check', threshold: 42.5 });
    expect(check(' 0 ')).toMatchObject({ threshold: 0 });
    expect(check('100')).toMatchObject({ threshold: 100 });
    expect(parseCliArgs(['check', 'selfie.jpg'])).not.toHaveProperty('threshold');
  });

  it('refuses anything else with a usage error', () => {
    for (const bad of ['101', '-1', '', 'abc', '0x10', 'NaN', '1e400']) {
      expect(() => check(bad)).toThrow(CliUsageError);
      expect(() => check(bad)).toThrow(`--threshold must be a number from 0 to 100, not "${bad}".`);
    }
  });
});

describe('serve: rate limit, Redis and trusted proxies', () => {
  it('takes --rate-limit, --rate-limit-window, --redis-url and repeated --trusted-proxy', () => {
    expect(
      parseCliArgs([
        'serve',
        '--rate-limit',
        '10',
        '--rate-limit-window',
        '30',
        '--redis-url',
        'redis://127.0.0.1:6379',
        '--trusted-proxy',
        '127.0.0.1',
        '--trusted-proxy',
        '10.0.0.0/8',
      ]),
    ).toMatchObject({
      command: 'serve',
      rateLimit: { max: 10, windowMs: 30_000 },
      redisUrl: 'redis://127.0.0.1:6379',
      trustedProxies: ['127.0.0.1', '10.0.0.0/8'],
    });
    const plain = parseCliArgs(['serve']);
    expect(plain).toMatchObject({ trustedProxies: [] });
    expect(plain).not.toHaveProperty('rateLimit');
    expect(parseCliArgs(['serve', '--rate-limit', '5'])).toMatchObject({
      rateLimit: { max: 5, windowMs: 60_000 },
    });
  });

  it('refuses a bad value or a Redis URL without a limit, naming the option', () => {
    expect(() => parseCliArgs(['serve', '--rate-limit', '0'])).toThrow(/--rate-limit must be/);
    expect(() => parseCliArgs(['serve', '--rate-limit', '2.5'])).toThrow(/--rate-limit must be/);
    expect(() => parseCliArgs(['serve', '--rate-limit', '5', '--rate-limit-window', '0.5'])).toThrow(
      /--rate-limit-window must be/,
    );
    expect(() => parseCliArgs(['serve', '--rate-limit', '5', '--redis-url', 'localhost:6379'])).toThrow(
      /--redis-url must be a redis:\/\//,
    );
    expect(() => parseCliArgs(['serve', '--redis-url', 'redis://x'])).toThrow(CliUsageError);
  });
});
