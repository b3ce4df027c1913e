/**
 * Entity nodes. What each source says about an entity lives on its `(:Source)-[:MENTIONS]->`
 * relationship (name, aliases, keys, handle); the node's own `aliases`, `keys`, `github`,
 * `sources` and `articleCount` are recomputed from those, so retracting a source takes back
 * exactly what it said. (`articleCount` is stored so that readers need not scan `sources`, which
 * holds thousands of ids on a busy group or company.)
 */
import { ENTITY_LABELS, PREDICATES, type EntityLabel } from '../model.ts';
import { assertName, cypher, type Statement } from './statement.ts';

export interface MentionRow {
  id: string;
  sourceId: string;
  name: string;
  nameKey: string;
  github: string | null;
  aliases: string[];
  keys: string[];
  kind: string | null;
}

/** Java regex: a name with Han, kana or Hangul characters. */
export const NON_LATIN_NAME = '.*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}].*';

const label = (l: EntityLabel): string => assertName(l, ENTITY_LABELS);

/** All entities with their keys: the loader resolves names against this in memory. */
export function entityIndex(): Statement {
  return {
    cypher: cypher`
      MATCH (n:${ENTITY_LABELS.join('|')})
      RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, n.id AS id, n.keys AS keys, n.github AS github`,
    params: { labels: [...ENTITY_LABELS] },
  };
}

/**
 * The refresh of entity `n` (bound, with `id`), shared by `upsertMentions` and
 * `refreshEntities`: everything on the node is recomputed from its mentions, and a node no
 * source mentions is deleted. A name in Latin script replaces one in another script once any
 * source gives it (the spec's canonical form of a person's name). Returns each entity's keys,
 * or `deleted`, for the loader's in-memory index.
 */
const REFRESH = cypher`
  WITH n, id, COLLECT { MATCH (s:Source)-[m:MENTIONS]->(n) RETURN m ORDER BY s.id } AS ms
  WITH n, id, ms,
  CASE WHEN n.name =~ $nonLatin THEN coalesce(head([m IN ms WHERE NOT m.name =~ $nonLatin | m.name]), n.name) ELSE n.name END AS name
  WITH n, id, ms, name,
  COLLECT { UNWIND ms AS m UNWIND [n.name, m.name] + m.aliases AS a WITH a WHERE a <> name RETURN DISTINCT a ORDER BY a } AS aliases,
  COLLECT { UNWIND [n.nameKey] + reduce(k = [], m IN ms | k + m.keys) AS k RETURN DISTINCT k ORDER BY k } AS keys,
  head([m IN ms WHERE m.github IS NOT NULL | m.github]) AS github,
  head([m IN ms WHERE m.kind IS NOT NULL | m.kind]) AS kind,
  COLLECT { UNWIND ms AS m RETURN DISTINCT startNode(m).id AS s ORDER BY s } AS sources
  CALL (n, ms) {
  WITH n, ms WHERE size(ms) = 0
  DETACH DELETE n
  }
  CALL (n, ms, name, aliases, keys, github, kind, sources) {
  WITH n, ms, name, aliases, keys, github, kind, sources WHERE size(ms) > 0
  SET n.name = name, n.aliases = aliases, n.keys = keys, n.github = github, n.kind = kind, n.sources = sources,
  n.articleCount = size([x IN sources WHERE x STARTS WITH 'article:'])
  }
  RETURN id, size(ms) = 0 AS deleted, keys, github`;

/**
 * Creates missing entity nodes, records what each source says about them, and folds that into
 * the nodes' aggregates incrementally: a write touches what it adds, not every earlier mention,
 * so loading stays linear in the corpus while a group or company is named by thousands of
 * articles. Only additions can be folded in; the loader runs the full REFRESH (refreshEntities)
 * on entities that also lost mentions or were renamed or merged in the same write. Folding in
 * twice (a retried transaction) gives the same node: every aggregate is a union.
 */
export function upsertMentions(entityLabel: EntityLabel, rows: MentionRow[]): Statement {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MERGE (n:${label(entityLabel)} {id: row.id})
      ON CREATE SET n.name = row.name, n.nameKey = row.nameKey, n.aliases = [], n.keys = [], n.sources = []
      WITH n, row
      MATCH (s:Source {id: row.sourceId})
      MERGE (s)-[m:MENTIONS]->(n)
      SET m.name = row.name, m.aliases = row.aliases, m.keys = row.keys, m.github = row.github, m.kind = row.kind
      WITH n, collect(row) AS rows
      WITH n, rows, coalesce(n.sources, []) AS known,
      CASE WHEN n.name =~ $nonLatin THEN coalesce(head([r IN rows WHERE NOT r.name =~ $nonLatin | r.name]), n.name) ELSE n.name END AS name
      WITH n, rows, known, name,
      COLLECT { UNWIND coalesce(n.aliases, []) + [n.name] + [r IN rows | r.name] + reduce(a = [], r IN rows | a + r.aliases) AS a WITH a WHERE a <> name RETURN DISTINCT a ORDER BY a } AS aliases,
      COLLECT { UNWIND coalesce(n.keys, []) + [n.nameKey] + reduce(k = [], r IN rows | k + r.keys) AS k RETURN DISTINCT k ORDER BY k } AS keys,
      coalesce(n.github, head([r IN rows WHERE r.github IS NOT NULL | r.github])) AS github,
      coalesce(n.kind, head([r IN rows WHERE r.kind IS NOT NULL | r.kind])) AS kind,
      [r IN rows WHERE NOT r.sourceId IN known | r.sourceId] AS added
      SET n.name = name, n.aliases = aliases, n.keys = keys, n.github = github, n.kind = kind
      FOREACH (_ IN CASE WHEN size(added) > 0 THEN [1] ELSE [] END |
      SET n.sources = known + added, n.articleCount = coalesce(n.articleCount, 0) + size([x IN added WHERE x STARTS WITH 'article:'])
      )
      RETURN n.id AS id, false AS deleted, keys, github`,
    params: { rows, nonLatin: NON_LATIN_NAME },
  };
}

/** Refreshes entities by id (after retractions and merges); see REFRESH. */
export function refreshEntities(entityLabel: EntityLabel, ids: string[]): Statement {
  return {
    cypher: [
      cypher`
      UNWIND $ids AS id
      MATCH (n:${label(entityLabel)} {id: id})`,
      REFRESH,
    ].join('\n'),
    params: { ids, nonLatin: NON_LATIN_NAME },
  };
}

/** Gives an entity the id its identity now calls for (a handle was learned). */
export function renameEntities(entityLabel: EntityLabel, rows: Array<{ from: string; to: string }>): Statement {
  return {
    cypher: cypher`
      UNWIND $rows AS row
      MATCH (n:${label(entityLabel)} {id: row.from})
      SET n.id = row.to`,
    params: { rows },
  };
}

/**
 * Folds node `from` into node `to`: every relationship moves over (types kept through
 * dynamic types, so no APOC), relationships that already exist on `to` absorb the moved
 * one's evidence and mentions, then `from` is deleted. Keys are fixed by `rewriteKeys`.
 */
export function mergeEntities(entityLabel: EntityLabel, rows: Array<{ from: string; to: string }>): Statement {
  // On a clash the existing relationship absorbs the moved one: a domain relationship takes
  // its evidence (rekeyed), a mention unions what the source said.
  const move = (pattern: string, merge: string): string => cypher`
    CALL (f, t) {
    MATCH ${pattern}
    WITH t, r, x, type(r) AS type, properties(r) AS props
    MERGE ${merge}
    ON CREATE SET n = props
    ON MATCH SET
    n.aliases = CASE WHEN props.aliases IS NULL THEN n.aliases
    ELSE reduce(acc = coalesce(n.aliases, []), a IN [props.name] + props.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) END,
    n.keys = CASE WHEN props.keys IS NULL THEN n.keys
    ELSE reduce(acc = coalesce(n.keys, []), k IN props.keys | CASE WHEN k IN acc THEN acc ELSE acc + k END) END,
    n.github = coalesce(n.github, props.github)
    WITH r, n, props
    CALL (n, props) {
    WITH n, props WHERE props.key IS NOT NULL AND n.key <> props.key
    MATCH (e:Evidence {key: props.key})
    SET e.key = n.key
    }
    DELETE r
    }`;
  return {
    cypher: [
      cypher`
      UNWIND $rows AS row
      MATCH (f:${label(entityLabel)} {id: row.from})
      MATCH (t:${label(entityLabel)} {id: row.to})`,
      move('(f)-[r]->(x)', '(t)-[n:$(type)]->(x)'),
      move('(x)-[r]->(f)', '(x)-[n:$(type)]->(t)'),
      cypher`
      WITH f, t
      SET t.nameKey = coalesce(t.nameKey, f.nameKey)
      DETACH DELETE f`,
    ].join('\n'),
    params: { rows },
  };
}

/**
 * After renames and merges: brings every domain relationship of these entities (and its
 * evidence) to the key its endpoints now give it, and returns them all for recomputation.
 */
export function rewriteKeys(entityLabel: EntityLabel, ids: string[]): Statement {
  return {
    cypher: cypher`
      UNWIND $ids AS id
      MATCH (:${label(entityLabel)} {id: id})-[r]-()
      WHERE type(r) IN $predicates
      WITH DISTINCT r
      WITH r, r.key AS old, startNode(r).id + '|' + type(r) + '|' + endNode(r).id AS key
      CALL (r, old, key) {
      WITH r, old, key WHERE old <> key
      MATCH (e:Evidence {key: old})
      SET e.key = key
      }
      SET r.key = key
      RETURN type(r) AS predicate, key`,
    params: { ids, predicates: [...PREDICATES] },
  };
}
