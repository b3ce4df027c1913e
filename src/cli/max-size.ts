import { InvalidArgumentError } from 'commander';

/** `--max-size` in megabytes (decimals allowed) → bytes; commander reports the throw as a usage error. */
export function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(mb * 1024 * 1024);
}
