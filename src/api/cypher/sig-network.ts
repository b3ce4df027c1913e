/**
 * The group network for dashboards, in one query: the groups, the COLLABORATES_WITH and
 * SPONSORS relationships between them, and the pairs of groups that share people (leaders or
 * members). Weights and thresholds are applied by the resolver.
 */
import { nodeMap, relationshipMap } from './fragments.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';

/** `withPeople`: list the shared people of each pair (else only count them). */
export function sigNetworkQuery(kinds: readonly string[] | undefined, withPeople = true): CypherQuery {
  const params = new Params();
  const k = params.add(kinds === undefined ? null : [...kinds], 'kinds');
  const inKinds = (v: string): string => `(${k} IS NULL OR ${v}.kind IN ${k})`;
  const cypher = [
    'CALL () {',
    `  MATCH (s:Sig) WHERE ${inKinds('s')}`,
    `  RETURN 'node' AS part, ${nodeMap('s')} AS sig, null AS rel, null AS a, null AS b, null AS people`,
    '  UNION ALL',
    `  MATCH (a:Sig)-[r:COLLABORATES_WITH|SPONSORS]->(b:Sig) WHERE ${inKinds('a')} AND ${inKinds('b')} AND a <> b`,
    `  RETURN 'rel' AS part, null AS sig, ${relationshipMap('r')} AS rel, a.id AS a, b.id AS b, null AS people`,
    '  UNION ALL',
    '  MATCH (a:Sig)<-[:LEADS|MEMBER_OF]-(p:Person)-[:LEADS|MEMBER_OF]->(b:Sig)',
    `  WHERE a.id < b.id AND ${inKinds('a')} AND ${inKinds('b')}`,
    withPeople ? '  WITH a, b, collect(DISTINCT p.id) AS people' : '  WITH a, b, count(DISTINCT p) AS people',
    "  RETURN 'shared' AS part, null AS sig, null AS rel, a.id AS a, b.id AS b, people",
    '}',
    'RETURN part, sig, rel, a, b, people',
  ].join('\n');
  return { name: 'sigNetwork', cypher, params: params.values };
}
