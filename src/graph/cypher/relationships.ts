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

/** What RECOMPUTE gives a relationship whose only evidence is `evidence`. */
export interface RelationshipAggregates {
  confidence: number;
  role: string | null;
  roles: string[];
  sources: string[];
  sourceKinds: string[];
  evidenceCount: number;
  since: string | null;
  until: string | null;
}

// Cypher orders strings by UTF-16 code units, as `<` does here (not localeCompare).
const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const distinctSorted = (xs: Array<string | null>): string[] => [...new Set(xs.filter((x): x is string => x !== null))].sort(byUnits);

/** RECOMPUTE's rule, in JavaScript, for relationships created by this write. */
export function aggregateEvidence(evidence: readonly EvidenceRow[]): RelationshipAggregates {
  const ordered = [...evidence].sort((a, b) => b.confidence - a.confidence || byUnits(a.sourceId, b.sourceId) || byUnits(a.id, b.id));
  const best = ordered[0];
  return {
    confidence: best?.confidence ?? 0,
    role: best?.role ?? ordered.find((e) => e.role !== null)?.role ?? null,
    roles: distinctSorted(ordered.map((e) => e.role)),
    sources: distinctSorted(ordered.map((e) => e.sourceId)),
    sourceKinds: distinctSorted(ordered.map((e) => e.sourceKind)),
    evidenceCount: ordered.length,
    since: best?.since ?? null,
    until: best?.until ?? null,
  };
}

/**
 * Merges relationships of one type between existing nodes and writes their evidence. A
 * relationship this write creates has no evidence but the row's, so its aggregates come with the
 * row (aggregateEvidence); one that existed is recomputed from all its evidence (RECOMPUTE).
 * Most relationships are new, and this spares them an index lookup and the sorting.
 */
export function upsertRelationships(predicate: Predicate, rows: RelationshipRow[]): Statement {
  const type = assertName(predicate, PREDICATES);
  const [s, o] = endpoints(predicate);
  return {
    cypher: [
      cypher`
      UNWIND $rows AS row
      MATCH (s:${s} {id: row.s})
      MATCH (o:${o} {id: row.o})
      WITH s, o, row, EXISTS { (s)-[:${type}]->(o) } AS existed
      MERGE (s)-[r:${type}]->(o)
      ON CREATE SET r.key = row.key, r.confidence = toFloat(row.agg.confidence), r.role = row.agg.role, r.roles = row.agg.roles,
      r.sources = row.agg.sources, r.sourceKinds = row.agg.sourceKinds, r.evidenceCount = toInteger(row.agg.evidenceCount),
      r.since = row.agg.since, r.until = row.agg.until
      WITH r, row, existed
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
      WITH DISTINCT r, existed
      WHERE existed`,
      RECOMPUTE,
    ].join('\n'),
    params: { rows: rows.map((row) => ({ ...row, agg: aggregateEvidence(row.evidence) })), predicate },
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
