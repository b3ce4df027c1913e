/**
 * Any GraphQL result as something a person can read on a terminal: each top-level field that
 * holds a list (or a connection's nodes) becomes a table whose columns are the leaf fields,
 * nested objects flattened to `a.b` columns; any other value is printed as indented JSON.
 */
import { tableFitting } from './graph-facts.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const MAX_DEPTH = 3;

/** A connection's items (`nodes`, else `edges[].node`) or the list itself. */
function rowsOf(value: Json): Json[] | undefined {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value['nodes'])) return value['nodes'];
  const edges = value['edges'];
  if (Array.isArray(edges)) return edges.map((e) => (e !== null && typeof e === 'object' && !Array.isArray(e) ? (e['node'] ?? null) : e));
  return undefined;
}

function flatten(value: Json, prefix: string, depth: number, out: Map<string, string>): void {
  if (value === null || typeof value !== 'object') {
    out.set(prefix || 'value', value === null ? '-' : String(value));
    return;
  }
  if (Array.isArray(value)) {
    const parts = value.map((item) => (item !== null && typeof item === 'object' ? label(item) : String(item)));
    out.set(prefix || 'value', parts.join(', ') || '-');
    return;
  }
  if (depth >= MAX_DEPTH) {
    out.set(prefix, label(value));
    return;
  }
  const inner = rowsOf(value);
  if (inner !== undefined && prefix !== '') {
    out.set(prefix, inner.map((item) => (item !== null && typeof item === 'object' ? label(item) : String(item))).join(', ') || '-');
    return;
  }
  for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, depth + 1, out);
}

/** A short name for an object inside a cell: its name, title, quote or id. */
function label(value: Json): string {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(label).join(', ');
  for (const key of ['name', 'title', 'quote', 'path', 'id']) {
    const v = value[key];
    if (typeof v === 'string') return v;
  }
  const nested = Object.values(value).find((v) => v !== null && typeof v === 'object');
  return nested !== undefined ? label(nested) : JSON.stringify(value);
}

export function resultLines(data: Record<string, unknown>, width: number): string[] {
  const lines: string[] = [];
  for (const [field, raw] of Object.entries(data)) {
    const value = raw as Json;
    const rows = rowsOf(value);
    if (lines.length > 0) lines.push('');
    if (rows === undefined || rows.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
      lines.push(`${field}:`, ...JSON.stringify(value, null, 2).split('\n').map((l) => `  ${l}`));
      continue;
    }
    const flat = rows.map((row) => {
      const cells = new Map<string, string>();
      flatten(row, '', 0, cells);
      return cells;
    });
    const columns = [...new Set(flat.flatMap((cells) => [...cells.keys()]))];
    const total = value !== null && typeof value === 'object' && !Array.isArray(value) ? value['totalCount'] : undefined;
    lines.push(`${field}: ${rows.length}${typeof total === 'number' && total !== rows.length ? ` of ${total}` : ''}`);
    if (rows.length > 0) lines.push(...tableFitting(columns, flat.map((cells) => columns.map((c) => cells.get(c) ?? '-')), width));
  }
  return lines;
}

/** True when every top-level field is null, an empty list, or a connection with nothing in it. */
export function matchedNothing(data: Record<string, unknown>): boolean {
  return Object.values(data).every((raw) => {
    const value = raw as Json;
    if (value === null) return true;
    if (typeof value !== 'object') return false;
    if (!Array.isArray(value) && value['totalCount'] === 0) return true;
    const rows = rowsOf(value);
    return rows !== undefined && rows.length === 0;
  });
}
