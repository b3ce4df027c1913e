/** Whole-graph counts, in one query (label and relationship-type counts come from Neo4j's count store). */
import { PREDICATES } from '../../graph/model.ts';
import type { CypherQuery } from '../cypher-reader.ts';

export function statsQuery(): CypherQuery {
  const byPredicate = PREDICATES.map((p) => `{predicate: '${p}', count: COUNT { ()-[:${p}]->() }}`).join(', ');
  const cypher = [
    'RETURN COUNT { (:Person) } AS people, COUNT { (:Company) } AS companies, COUNT { (:Sig) } AS sigs,',
    '  COUNT { (:Project) } AS projects, COUNT { (:Article) } AS articles, COUNT { (:Evidence) } AS evidence,',
    `  [${byPredicate}] AS relationshipsByPredicate,`,
    '  COLLECT { MATCH (s:Sig) WITH s.kind AS kind, count(*) AS count RETURN {kind: kind, count: count} AS x ORDER BY x.kind } AS sigsByKind,',
    '  COLLECT { MATCH (a:Article) WITH a.lang AS language, count(*) AS count RETURN {language: language, count: count} AS x ORDER BY x.language } AS articlesByLanguage,',
    '  COLLECT { MATCH (s:Source) RETURN max(s.ingestedAt) AS x }[0] AS lastIngestedAt',
  ].join('\n');
  return { name: 'stats', cypher, params: {} };
}
