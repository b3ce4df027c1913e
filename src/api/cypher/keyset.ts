/**
 * Keyset (seek) pagination: a page starts strictly after the sort key of the cursor's row, so a
 * cursor keeps meaning the same place when rows are added or removed before it, unlike an
 * offset. Every ordering ends with the node id, which makes the order total.
 */
import type { Params } from './params.ts';

export type Direction = 'ASC' | 'DESC';

export interface SortKey {
  /** A Cypher expression owned by the builder (never input). */
  expr: string;
  direction: Direction;
}

export interface Seek {
  /** Rows to fetch (one more than the page, to know whether another page follows). */
  limit: number;
  /** Walking backwards (`last`/`before`): the order is flipped and the caller reverses the rows. */
  backward: boolean;
  /** Sort-key values of the cursor row, one per key. */
  cursor?: readonly unknown[] | undefined;
}

function flip(direction: Direction): Direction {
  return direction === 'ASC' ? 'DESC' : 'ASC';
}

function effective(keys: readonly SortKey[], backward: boolean): SortKey[] {
  return backward ? keys.map((k) => ({ expr: k.expr, direction: flip(k.direction) })) : [...keys];
}

/** `ORDER BY …` in fetch order. */
export function orderBy(keys: readonly SortKey[], backward: boolean): string {
  return `ORDER BY ${effective(keys, backward)
    .map((k) => `${k.expr} ${k.direction}`)
    .join(', ')}`;
}

/**
 * The condition "this row comes after the cursor in fetch order":
 * (k0 > c0) OR (k0 = c0 AND k1 > c1) OR … with `<` for descending keys.
 */
export function seekCondition(keys: readonly SortKey[], seek: Seek, params: Params): string | undefined {
  if (seek.cursor === undefined) return undefined;
  const ordered = effective(keys, seek.backward);
  const values = ordered.map((_, i) => params.add(seek.cursor?.[i] ?? null, 'cur'));
  const alternatives: string[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const equal = ordered.slice(0, i).map((k, j) => `${k.expr} = ${values[j]}`);
    const key = ordered[i] as SortKey;
    const strict = `${key.expr} ${key.direction === 'ASC' ? '>' : '<'} ${values[i]}`;
    alternatives.push(`(${[...equal, strict].join(' AND ')})`);
  }
  return `(${alternatives.join(' OR ')})`;
}

/** The list of sort-key values to return with each row, for its cursor. */
export function sortValues(keys: readonly SortKey[]): string {
  return `[${keys.map((k) => k.expr).join(', ')}]`;
}
