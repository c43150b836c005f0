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
