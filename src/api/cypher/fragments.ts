/**
 * Cypher fragments shared by the builders: how nodes and relationships are returned, and the
 * source conditions (kind, language, article date) that several filters share.
 */
import type { Params } from './params.ts';

// Scalar and short-list properties only: `sources` and `keys` can hold thousands of entries on
// a busy entity or relationship, and are fetched on their own when a query asks for them.
const NODE_PROPERTIES = ['id', 'name', 'github', 'aliases', 'kind', 'dir', 'nameKey', 'title', 'date', 'lang', 'url', 'path', 'hash', 'ingestedAt'];
const RELATIONSHIP_PROPERTIES = ['key', 'role', 'roles', 'confidence', 'sourceKinds', 'evidenceCount'];

/**
 * How many articles support an entity: stored by the loader; counted from `sources` only on a
 * graph loaded before that property existed (coalesce stops at the first non-null value).
 */
export function articleCount(v: string): string {
  return `coalesce(${v}.articleCount, size([s IN coalesce(${v}.sources, []) WHERE s STARTS WITH 'article:']))`;
}

/** A node as the API reads it: its properties (but the long lists) and its labels. */
export function nodeMap(v: string): string {
  return `${v} {${NODE_PROPERTIES.map((p) => `.${p}`).join(', ')}, __labels: labels(${v}), __articleCount: ${articleCount(v)}}`;
}

/** A relationship's properties (but its sources), its type and both end ids (for the symmetric ones). */
export function relationshipMap(v: string): string {
  return `${v} {${RELATIONSHIP_PROPERTIES.map((p) => `.${p}`).join(', ')}, __type: type(${v}), __start: startNode(${v}).id, __end: endNode(${v}).id, __sourceCount: size(coalesce(${v}.sources, []))}`;
}

/** The date part (`YYYY-MM-DD`) of an article's date, whether stored as a string or a temporal. */
export function articleDate(variable: string): string {
  return `substring(toString(${variable}.date), 0, 10)`;
}

export interface SourceConditions {
  kind?: 'article' | 'registry' | null | undefined;
  language?: string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
}

export function hasSourceConditions(c: SourceConditions): boolean {
  return Boolean(c.kind || c.language || c.dateFrom || c.dateTo);
}

/**
 * A predicate that holds when one of the sources listed in `sourcesExpr` (a list of source ids)
 * meets every condition. Source ids start with their kind (`article:`, `registry:`), so the kind
 * alone needs no lookup; language and date need the Article node.
 */
export function sourceCondition(sourcesExpr: string, c: SourceConditions, params: Params): string | undefined {
  const parts: string[] = [];
  const articleOnly = Boolean(c.language || c.dateFrom || c.dateTo);
  if (c.kind && !articleOnly) {
    parts.push(`any(s IN coalesce(${sourcesExpr}, []) WHERE s STARTS WITH ${params.add(`${c.kind}:`, 'kind')})`);
  }
  if (articleOnly) {
    if (c.kind === 'registry') return 'false';
    const where: string[] = [`a.id IN coalesce(${sourcesExpr}, [])`];
    if (c.language) where.push(`a.lang = ${params.add(c.language, 'lang')}`);
    if (c.dateFrom) where.push(`${articleDate('a')} >= ${params.add(c.dateFrom, 'from')}`);
    if (c.dateTo) where.push(`${articleDate('a')} <= ${params.add(c.dateTo, 'to')}`);
    parts.push(`EXISTS { MATCH (a:Article) WHERE ${where.join(' AND ')} }`);
  }
  return parts.length === 0 ? undefined : parts.join(' AND ');
}

/** Conditions on a relationship variable: role, confidence and its supporting sources. */
export interface RelationshipConditions extends SourceConditions {
  role?: string | null | undefined;
  minConfidence?: number | null | undefined;
}

export function relationshipCondition(variable: string, c: RelationshipConditions, params: Params): string[] {
  const parts: string[] = [];
  if (c.role) {
    const role = params.add(c.role, 'role');
    parts.push(`(${variable}.role = ${role} OR ${role} IN coalesce(${variable}.roles, []))`);
  }
  if (c.minConfidence !== undefined && c.minConfidence !== null) {
    parts.push(`${variable}.confidence >= ${params.add(c.minConfidence, 'conf')}`);
  }
  const sources = sourceCondition(`${variable}.sources`, c, params);
  if (sources !== undefined) parts.push(sources);
  return parts;
}

/** `WHERE a AND b` or nothing. */
export function where(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
