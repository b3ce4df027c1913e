/**
 * Nodes by id (DataLoader batches) and by lookup key (names, aliases, handles). Ids carry their
 * label as a prefix (`person:`, `sig:`, `article:` …; see src/graph/model.ts), so a batch of
 * mixed ids becomes one query of per-label index seeks.
 */
import { isPredicate } from '../../graph/model.ts';
import { nodeMap } from './fragments.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';

export type AnyLabel = 'Person' | 'Company' | 'Sig' | 'Project' | 'Article' | 'Registry';

const PREFIX_LABEL: Record<string, AnyLabel> = {
  person: 'Person',
  company: 'Company',
  sig: 'Sig',
  project: 'Project',
  article: 'Article',
  registry: 'Registry',
};

/** The label an id belongs to, from its prefix; undefined for ids no node can have. */
export function labelOfId(id: string): AnyLabel | undefined {
  const colon = id.indexOf(':');
  return colon <= 0 ? undefined : PREFIX_LABEL[id.slice(0, colon)];
}

/** The nodes with these ids (unknown ids are simply absent); undefined when no id can match. */
export function nodesByIdQuery(ids: readonly string[]): CypherQuery | undefined {
  return byId(ids, 'nodes.byId', `${nodeMap('n')} AS node`);
}

/** The source ids of entities (articles and registry files that support a fact about them). */
export function entitySourcesQuery(ids: readonly string[]): CypherQuery | undefined {
  return byId(ids, 'nodes.sources', 'n.id AS key, coalesce(n.sources, []) AS sources');
}

/** The source ids of relationships, by relationship key (`<subject>|<PREDICATE>|<object>`). */
export function relationshipSourcesQuery(keys: readonly string[]): CypherQuery | undefined {
  const byPredicate = new Map<string, string[]>();
  for (const key of keys) {
    const predicate = key.split('|')[1] ?? '';
    if (!isPredicate(predicate)) continue;
    byPredicate.set(predicate, [...(byPredicate.get(predicate) ?? []), key]);
  }
  if (byPredicate.size === 0) return undefined;
  const params = new Params();
  const branches = [...byPredicate].map(
    ([predicate, list]) => `UNWIND ${params.add(list, 'keys')} AS k MATCH ()-[r:${predicate} {key: k}]->() RETURN k, r.sources AS sources`,
  );
  const cypher = `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}\nRETURN k AS key, coalesce(sources, []) AS sources`;
  return { name: 'relationships.sources', cypher, params: params.values };
}

function byId(ids: readonly string[], name: string, returns: string): CypherQuery | undefined {
  const byLabel = new Map<AnyLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (label === undefined) continue;
    const list = byLabel.get(label) ?? [];
    list.push(id);
    byLabel.set(label, list);
  }
  if (byLabel.size === 0) return undefined;
  const params = new Params();
  const branches = [...byLabel].map(([label, list]) => `UNWIND ${params.add(list, 'ids')} AS id MATCH (n:${label} {id: id}) RETURN n`);
  const cypher = `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}\nRETURN ${returns}`;
  return { name, cypher, params: params.values };
}

export type EntityLabel = 'Person' | 'Company' | 'Sig' | 'Project';

/** The full-text index (keyword analyser, see src/graph/migrations.ts) over entities' lookup keys. */
export const KEYS_INDEX = 'entity_keys';

/** A Lucene query matching any of these keys exactly (the keyword analyser keeps each key whole). */
export function exactKeysQuery(keys: readonly string[]): string {
  return keys.map((k) => `"${k.replace(/[\\"]/g, '\\$&')}"`).join(' OR ');
}

/**
 * Entities of the given labels that a name may denote: by id, by normalised name (`nameKey`,
 * range index) or by any lookup key (alias, handle; full-text keyword index). All index seeks.
 */
/**
 * Entities a name may denote: by id, by own name, and by any key (alias, handle) through the
 * full-text index. With `bestOnly`, the key search runs only when neither id nor own name
 * matched: it could add only lower-ranked matches (see rankMatches), so a lookup that wants the
 * best match skips it.
 */
export function lookupQuery(labels: readonly EntityLabel[], ids: readonly string[], keys: readonly string[], options: { bestOnly?: boolean } = {}): CypherQuery {
  const params = new Params();
  const labelList = params.add([...labels], 'labels');
  const idList = params.add([...ids], 'ids');
  const keyList = params.add([...keys], 'keys');
  const direct = labels.flatMap((label) => [
    `MATCH (n:${label}) WHERE n.id IN ${idList} RETURN n`,
    `MATCH (n:${label}) WHERE n.nameKey IN ${keyList} RETURN n`,
  ]);
  const text = keys.length > 0 ? params.add(exactKeysQuery(keys), 'q') : undefined;
  const byKey =
    text === undefined ? undefined : `CALL db.index.fulltext.queryNodes('${KEYS_INDEX}', ${text}) YIELD node WHERE any(l IN labels(node) WHERE l IN ${labelList}) RETURN node AS n`;
  const cypher =
    options.bestOnly && byKey !== undefined
      ? [
          `CALL () {\n  ${direct.join('\n  UNION\n  ')}\n}`,
          'WITH collect(n) AS direct',
          `CALL (direct) {\n  UNWIND direct AS n RETURN n\n  UNION\n  WITH direct WHERE size(direct) = 0\n  ${byKey}\n}`,
          `RETURN ${nodeMap('n')} AS node`,
        ].join('\n')
      : `CALL () {\n  ${[...direct, ...(byKey === undefined ? [] : [byKey])].join('\n  UNION\n  ')}\n}\nRETURN ${nodeMap('n')} AS node`;
  return { name: 'nodes.lookup', cypher, params: params.values };
}

/** An article by its canonical URL (trailing slash optional). */
export function articleByUrlQuery(url: string): CypherQuery {
  const params = new Params();
  const trimmed = url.replace(/\/+$/, '');
  const cypher = `MATCH (a:Article) WHERE a.url IN ${params.add([trimmed, `${trimmed}/`], 'urls')}\nRETURN ${nodeMap('a')} AS node ORDER BY a.id LIMIT 1`;
  return { name: 'article.byUrl', cypher, params: params.values };
}
