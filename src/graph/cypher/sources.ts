/** Sources (articles, the registry): their nodes, stored hashes, and retraction of what they said. */
import { ENTITY_LABELS, SOURCE_LABELS, type SourceKind } from '../model.ts';
import { assertName, cypher, type Statement } from './statement.ts';

export interface SourceRow {
  id: string;
  path: string;
  hash: string;
  props: Record<string, string | boolean | number>;
}

/** Creates or updates source nodes (`:Article:Source` or `:Registry:Source`). */
export function upsertSources(kind: SourceKind, rows: SourceRow[], ingestedAt: string): Statement {
  const label = assertName(SOURCE_LABELS[kind], Object.values(SOURCE_LABELS));
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (s:${label}:Source {id: row.id})
      SET s += row.props, s.path = row.path, s.hash = row.hash, s.kind = $kind, s.ingestedAt = $ingestedAt`,
    params: { rows, kind, ingestedAt },
  };
}

/** Every stored source with its content hash: one query decides what an ingest can skip. */
export function sourceHashes(): Statement {
  return { cypher: 'MATCH (s:Source) RETURN s.id AS id, s.kind AS kind, s.path AS path, s.hash AS hash', params: {} };
}

/**
 * Deletes the evidence of the given sources and returns the relationships it supported, by
 * predicate, so that their aggregates can be recomputed (and empty ones deleted).
 */
export function retractEvidence(sourceIds: string[]): Statement {
  return {
    cypher: cypher`
      UNWIND $sourceIds AS sourceId
      MATCH (e:Evidence {sourceId: sourceId})
      WITH e, e.predicate AS predicate, e.key AS key
      DETACH DELETE e
      RETURN DISTINCT predicate, key`,
    params: { sourceIds },
  };
}

/** Removes what the given sources said about entities; returns the entities to refresh, by label. */
export function retractMentions(sourceIds: string[]): Statement {
  return {
    cypher: cypher`
      UNWIND $sourceIds AS sourceId
      MATCH (:Source {id: sourceId})-[m:MENTIONS]->(n)
      WITH m, n, [l IN labels(n) WHERE l IN $labels][0] AS label
      DELETE m
      RETURN DISTINCT label, n.id AS id`,
    params: { sourceIds, labels: [...ENTITY_LABELS] },
  };
}

/**
 * Deletes source nodes once retracted. Any domain relationship still attached (an article's
 * AUTHORED/ABOUT edges) has lost its evidence with the source and goes with it.
 */
export function deleteSources(sourceIds: string[]): Statement {
  return {
    cypher: cypher`
      UNWIND $sourceIds AS sourceId
      MATCH (s:Source {id: sourceId})
      DETACH DELETE s`,
    params: { sourceIds },
  };
}
