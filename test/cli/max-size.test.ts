import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseMaxSize } from '../../src/cli/max-size.ts';

describe('parseMaxSize', () => {
  it('reads megabytes, decimals allowed', () => {
    expect(parseMaxSize('5')).toBe(5 * 1024 * 1024);
    expect(parseMaxSize('0.5')).toBe(512 * 1024);
  });

  it('refuses what is not a positive number as a usage error', () => {
    for (const bad of ['big', '0', '-1', '']) expect(() => parseMaxSize(bad)).toThrow(InvalidArgumentError);
  });
});
