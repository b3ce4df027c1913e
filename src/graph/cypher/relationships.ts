/**
 * Domain relationships and their evidence. One relationship per (subject, predicate, object),
 * identified by `key`; one `Evidence` node per quote per source. A relationship's `role`,
 * `roles`, `confidence`, `sources` and `sourceKinds` are always recomputed from its evidence,
 * so loading and retracting go through the same rule.
 */
import { PREDICATES, PREDICATE_TYPES, type Predicate } from '../model.ts';
import { assertName, cypher, type Statement } from './statement.ts';

export interface EvidenceRow {
  id: string;
  sourceId: string;
  sourceKind: string;
  role: string | null;
  quote: string;
  start: number;
  end: number;
  channel: string;
  extractor: string;
  confidence: number;
  since: string | null;
  until: string | null;
}

export interface RelationshipRow {
  s: string;
  o: string;
  key: string;
  evidence: EvidenceRow[];
}

/** Node labels of a predicate's endpoints, as used in Cypher (the article itself is `Article`). */
function endpoints(predicate: Predicate): [string, string] {
  const [s, o] = PREDICATE_TYPES[predicate];
  return [s, o];
}

/**
 * Recomputes relationship `r` (bound) from its evidence; one that no evidence supports any more
 * is deleted. The best evidence (highest confidence, then source id) gives `role`, `since`, `until`.
 */
const RECOMPUTE = cypher`
  WITH r, COLLECT { MATCH (e:Evidence {key: r.key}) RETURN e ORDER BY e.confidence DESC, e.sourceId, e.id } AS evs
  CALL (r, evs) {
  WITH r, evs WHERE size(evs) = 0
  DELETE r
  }
  WITH r, evs WHERE size(evs) > 0
  WITH r, evs, head(evs) AS best
  SET r.confidence = best.confidence,
  r.role = coalesce(best.role, head([e IN evs WHERE e.role IS NOT NULL | e.role])),
  r.roles = COLLECT { UNWIND evs AS e WITH e WHERE e.role IS NOT NULL RETURN DISTINCT e.role AS x ORDER BY x },
  r.sources = COLLECT { UNWIND evs AS e RETURN DISTINCT e.sourceId AS x ORDER BY x },
  r.sourceKinds = COLLECT { UNWIND evs AS e RETURN DISTINCT e.sourceKind AS x ORDER BY x },
  r.evidenceCount = size(evs),
  r.since = best.since, r.until = best.until`;

/** Merges relationships of one type between existing nodes, writes their evidence, recomputes them. */
export function upsertRelationships(predicate: Predicate, rows: RelationshipRow[]): Statement {
  const type = assertName(predicate, PREDICATES);
  const [s, o] = endpoints(predicate);
  return {
    cypher: [
      cypher`
      UNWIND $rows AS row
      MATCH (s:${s} {id: row.s})
      MATCH (o:${o} {id: row.o})
      MERGE (s)-[r:${type}]->(o)
      ON CREATE SET r.key = row.key
      WITH r, row
      CALL (row) {
      UNWIND row.evidence AS ev
      MERGE (e:Evidence {id: ev.id})
      SET e.key = row.key, e.predicate = $predicate, e.sourceId = ev.sourceId, e.sourceKind = ev.sourceKind,
      e.role = ev.role, e.quote = ev.quote, e.start = toInteger(ev.start), e.end = toInteger(ev.end),
      e.channel = ev.channel, e.extractor = ev.extractor, e.confidence = toFloat(ev.confidence),
      e.since = ev.since, e.until = ev.until
      WITH e, ev
      MATCH (src:Source {id: ev.sourceId})
      MERGE (e)-[:FROM]->(src)
      }
      WITH DISTINCT r`,
      RECOMPUTE,
    ].join('\n'),
    params: { rows, predicate },
  };
}

/** Recomputes relationships by key (after retractions and merges); see RECOMPUTE. */
export function recomputeRelationships(predicate: Predicate, keys: string[]): Statement {
  const type = assertName(predicate, PREDICATES);
  return {
    cypher: [
      cypher`
      UNWIND $keys AS k
      MATCH ()-[r:${type} {key: k}]->()`,
      RECOMPUTE,
    ].join('\n'),
    params: { keys },
  };
}
