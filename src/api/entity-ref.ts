/**
 * Names given by clients → what they may denote: candidate ids and normalised lookup keys, by
 * the same rules the loader uses to make ids and keys (src/graph/model.ts). Group names also
 * try their SIG/WG forms, so "etcd" finds "SIG etcd".
 */
import { normalizeKey } from '../eval/normalize-key.ts';
import { badInput } from './errors.ts';
import type { EntityLabel } from './cypher/nodes.ts';
import type { EntityRef } from './cypher/list-filters.ts';
import type { NodeData } from './graph-data.ts';

const MAX_NAME = 500;
const PREFIX: Record<EntityLabel, string> = { Person: 'person', Company: 'company', Sig: 'sig', Project: 'project' };
const HANDLE = /^@?[a-z0-9](?:[a-z0-9-]{0,38})$/i;
const GROUP_PREFIXES = ['sig', 'wg', 'ug'];

export interface Candidates {
  ids: string[];
  keys: string[];
}

function checked(name: string, argument: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw badInput(`\`${argument}\` must not be empty`);
  if (trimmed.length > MAX_NAME) throw badInput(`\`${argument}\` is longer than ${MAX_NAME} characters`);
  return trimmed;
}

/** Lookup keys in order of preference. */
export function candidates(label: EntityLabel, name: string, argument = 'name'): Candidates {
  const raw = checked(name, argument);
  const key = normalizeKey(raw);
  const keys: string[] = [];
  const add = (k: string) => {
    if (k !== '' && !keys.includes(k)) keys.push(k);
  };
  if (label === 'Person' && HANDLE.test(raw)) {
    const handle = `@${raw.replace(/^@/, '').toLowerCase()}`;
    if (raw.startsWith('@')) add(handle);
    add(key);
    add(handle);
  } else {
    add(key);
  }
  if (label === 'Sig' && !GROUP_PREFIXES.some((p) => key.startsWith(p))) for (const p of GROUP_PREFIXES) add(`${p}${key}`);
  const ids = [raw, ...keys.map((k) => `${PREFIX[label]}:${k}`)];
  return { ids: [...new Set(ids)], keys };
}

/**
 * The id a name most likely has, for starting work before the lookup confirms it: the name
 * itself when it is an id, `person:@handle` for a handle, `<type>:<key>` for other entities.
 * None for a person's plain name: people with a handle have it as their id.
 */
export function likelyId(label: EntityLabel, name: string, argument = 'name'): string | undefined {
  const raw = checked(name, argument);
  if (raw.startsWith(`${PREFIX[label]}:`)) return raw;
  if (label === 'Person') return raw.startsWith('@') && HANDLE.test(raw) ? `person:@${raw.slice(1).toLowerCase()}` : undefined;
  const keys = candidates(label, raw, argument).keys;
  // "etcd" is most likely "SIG etcd": a group's id carries its kind.
  const key = label === 'Sig' ? (keys.find((k) => GROUP_PREFIXES.some((p) => k.startsWith(p))) ?? keys[0]) : keys[0];
  return key === undefined ? undefined : `${PREFIX[label]}:${key}`;
}

export function entityRef(label: EntityLabel, name: string, argument: string): EntityRef {
  const c = candidates(label, name, argument);
  return { raw: name.trim(), keys: c.keys };
}

/**
 * Orders the nodes a name matched: the id itself, then by the first key that matches the
 * node's own name, then the rest (aliases, handles), each by the number of supporting articles.
 */
export function rankMatches(nodes: readonly NodeData[], c: Candidates): NodeData[] {
  const rank = (n: NodeData): number => {
    if (n.id === c.ids[0]) return 0;
    const nameKey = typeof n.props['nameKey'] === 'string' ? n.props['nameKey'] : normalizeKey(String(n.props['name'] ?? ''));
    const own = c.keys.indexOf(nameKey);
    if (own >= 0) return 1 + own;
    // Matched through another key (an alias or the handle).
    return 100;
  };
  const articles = (n: NodeData): number => (typeof n.props['__articleCount'] === 'number' ? n.props['__articleCount'] : 0);
  return [...nodes].sort((a, b) => rank(a) - rank(b) || articles(b) - articles(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
