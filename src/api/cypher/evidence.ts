/**
 * Evidence: per relationship (by relationship key) or per article, most certain first, with the
 * source it came from; and the counts.
 */
import { nodeMap, where } from './fragments.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';

export interface EvidenceFilter {
  sourceKind?: 'article' | 'registry' | undefined;
  minConfidence?: number | undefined;
  predicates?: string[] | undefined;
  limit: number;
}

function conditions(filter: EvidenceFilter, params: Params): string[] {
  const out: string[] = [];
  if (filter.sourceKind) out.push(`e.sourceKind = ${params.add(filter.sourceKind, 'kind')}`);
  if (filter.minConfidence !== undefined) out.push(`e.confidence >= ${params.add(filter.minConfidence, 'conf')}`);
  if (filter.predicates) out.push(`e.predicate IN ${params.add(filter.predicates, 'preds')}`);
  return out;
}

const ITEM = `{evidence: e {.*}, source: ${nodeMap('s')}}`;

/** A COLLECT subquery: the evidence of the relationship whose key is `keyExpr`, as evidenceByKeyQuery returns it. */
export function evidenceOfRelationship(keyExpr: string, filter: EvidenceFilter, params: Params): string {
  return [
    `COLLECT { MATCH (e:Evidence {key: ${keyExpr}})-[:FROM]->(s)`,
    where(conditions(filter, params)),
    `WITH e, s ORDER BY e.confidence DESC, e.id ASC LIMIT ${params.int(filter.limit, 'evlimit')}`,
    `RETURN ${ITEM} }`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function evidenceByKeyQuery(keys: readonly string[], filter: EvidenceFilter): CypherQuery {
  const params = new Params();
  const list = params.add(keys, 'keys');
  const cypher = [
    `UNWIND ${list} AS key`,
    'CALL (key) {',
    '  MATCH (e:Evidence {key: key})-[:FROM]->(s)',
    `  ${where(conditions(filter, params))}`,
    '  WITH e, s ORDER BY e.confidence DESC, e.id ASC',
    `  LIMIT ${params.int(filter.limit, 'limit')}`,
    `  RETURN collect(${ITEM}) AS items`,
    '}',
    'RETURN key, items',
  ].join('\n');
  return { name: 'evidence.byKey', cypher, params: params.values };
}

export function evidenceCountByKeyQuery(keys: readonly string[]): CypherQuery {
  const params = new Params();
  const cypher = `UNWIND ${params.add(keys, 'keys')} AS key\nRETURN key, COUNT { (e:Evidence {key: key}) } AS total`;
  return { name: 'evidence.countByKey', cypher, params: params.values };
}

export function evidenceByArticleQuery(articleIds: readonly string[], filter: EvidenceFilter): CypherQuery {
  const params = new Params();
  const list = params.add(articleIds, 'ids');
  const cypher = [
    `UNWIND ${list} AS aid`,
    'MATCH (s:Article {id: aid})',
    'CALL (s) {',
    '  MATCH (e:Evidence)-[:FROM]->(s)',
    `  ${where(conditions({ ...filter, sourceKind: undefined }, params))}`,
    '  WITH e, s ORDER BY e.confidence DESC, e.start ASC, e.id ASC',
    `  LIMIT ${params.int(filter.limit, 'limit')}`,
    `  RETURN collect(${ITEM}) AS items`,
    '}',
    'RETURN aid AS key, items',
  ].join('\n');
  return { name: 'evidence.byArticle', cypher, params: params.values };
}

export function evidenceCountByArticleQuery(articleIds: readonly string[]): CypherQuery {
  const params = new Params();
  const cypher = [
    `UNWIND ${params.add(articleIds, 'ids')} AS aid`,
    'MATCH (a:Article {id: aid})',
    'RETURN aid AS key, COUNT { (:Evidence)-[:FROM]->(a) } AS total',
  ].join('\n');
  return { name: 'evidence.countByArticle', cypher, params: params.values };
}
