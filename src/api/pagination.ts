/**
 * Relay connection arguments → a keyset seek, and fetched rows → a connection. Pages fetch one
 * row more than asked to know whether another page follows.
 */
import { decodeCursor, encodeCursor } from './cursor.ts';
import { apiError, badInput, ERROR_CODES } from './errors.ts';
import type { ApiLimits } from './limits.ts';
import type { Seek } from './cypher/keyset.ts';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface PageRequest {
  seek: Seek;
  /** Items to return. */
  size: number;
  ordering: string;
  /** A cursor was given on the side we come from (there are rows before it). */
  fromCursor: boolean;
}

export function pageSize(value: number | null | undefined, limits: ApiLimits, argument = 'first'): number {
  if (value === null || value === undefined) return limits.defaultPageSize;
  if (value < 0) throw badInput(`\`${argument}\` must not be negative`);
  if (value > limits.maxPageSize) {
    throw apiError(ERROR_CODES.PAGE_SIZE_EXCEEDED, `\`${argument}\` is ${value}; a page holds at most ${limits.maxPageSize} items`, {
      limit: limits.maxPageSize,
    });
  }
  return value;
}

/** `ordering` names the sort (it is written into cursors); `arity` is its number of sort keys. */
export function pageRequest(args: PageArgs, ordering: string, arity: number, limits: ApiLimits): PageRequest {
  const backward = args.last !== null && args.last !== undefined;
  if (backward && args.first !== null && args.first !== undefined) throw badInput('Give `first` or `last`, not both');
  if (backward && args.after) throw badInput('`after` goes with `first`; use `before` with `last`');
  if (!backward && args.before) throw badInput('`before` goes with `last`; use `after` with `first`');
  const size = backward ? pageSize(args.last, limits, 'last') : pageSize(args.first, limits, 'first');
  const cursorText = backward ? args.before : args.after;
  const cursor = cursorText ? decodeCursor(cursorText, ordering, arity) : undefined;
  return { seek: { limit: size + 1, backward, cursor }, size, ordering, fromCursor: cursor !== undefined };
}

export interface PageRow<T> {
  node: T;
  sortKey: readonly unknown[];
  /** Extra edge fields (a search score). */
  edge?: Record<string, unknown>;
}

export interface Connection<T> {
  totalCount: () => Promise<number>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: T } & Record<string, unknown>>;
  nodes: T[];
}

/** Rows in fetch order (size + 1 at most) → the page, in display order. */
export function connection<T>(rows: readonly PageRow<T>[], page: PageRequest, totalCount: () => Promise<number>): Connection<T> {
  const more = rows.length > page.size;
  const kept = rows.slice(0, page.size);
  if (page.seek.backward) kept.reverse();
  const edges = kept.map((row) => ({ ...row.edge, cursor: encodeCursor(page.ordering, row.sortKey), node: row.node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: page.seek.backward ? page.fromCursor : more,
      hasPreviousPage: page.seek.backward ? more : page.fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    edges,
    nodes: kept.map((row) => row.node),
  };
}
