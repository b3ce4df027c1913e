/**
 * Opaque cursors: the sort-key values of a row and the ordering they belong to, as base64url
 * JSON. A cursor from another ordering, or anything not made here, is INVALID_CURSOR.
 */
import { apiError, ERROR_CODES } from './errors.ts';

const PREFIX = 'c1.';

export function encodeCursor(ordering: string, values: readonly unknown[]): string {
  return PREFIX + Buffer.from(JSON.stringify([ordering, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, ordering: string, arity: number): unknown[] {
  const invalid = (why: string) => apiError(ERROR_CODES.INVALID_CURSOR, `Invalid cursor: ${why}`);
  if (!cursor.startsWith(PREFIX) || cursor.length > 4096) throw invalid('not a cursor of this API');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a cursor of this API');
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1) throw invalid('not a cursor of this API');
  const [tag, ...values] = parsed as unknown[];
  if (tag !== ordering) throw invalid('it belongs to another ordering or list; start again without it');
  if (!values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) {
    throw invalid('not a cursor of this API');
  }
  return values;
}
