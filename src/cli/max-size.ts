import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../extraction/read-input.ts';

/** `--max-size` in megabytes (decimals allowed) → bytes; commander reports the throw as a usage error. */
export function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(mb * 1024 * 1024);
}

/** The `--max-size <MB>` option shared by the commands that read articles. */
export function maxSizeOption(): Option {
  return new Option('--max-size <MB>', 'refuse article files larger than this')
    .argParser(parseMaxSize)
    .default(DEFAULT_MAX_BYTES, `${DEFAULT_MAX_BYTES / 1024 / 1024} MB`);
}
