/**
 * Full-text search. Entities go through the `entity_names` full-text index (names and aliases,
 * any script); articles, which that index does not cover, match on their titles, scored by the
 * share of query words the title contains. Ranked by score, then id, with keyset cursors.
 */
import { nodeMap } from './fragments.ts';
import { orderBy, seekCondition, type Seek, type SortKey } from './keyset.ts';
import { Params } from './params.ts';
import type { CypherQuery } from '../cypher-reader.ts';

export const NAMES_INDEX = 'entity_names';

export type SearchLabel = 'Person' | 'Company' | 'Sig' | 'Project' | 'Article';

// Lucene's query syntax characters, escaped so that input is taken literally.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words of a query, lower-cased (so AND/OR/NOT are words, not operators). */
export function searchWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
}

/** The Lucene query: every word, and the last one also as a prefix while it is being typed. */
export function luceneQuery(words: readonly string[]): string {
  const escaped = words.map((w) => w.replace(LUCENE_SPECIAL, '\\$&'));
  const last = words[words.length - 1];
  const parts = [...escaped];
  if (last !== undefined && /^[\p{L}\p{N}]{2,}$/u.test(last) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(last)) {
    parts.push(`${last}*`);
  }
  return parts.join(' ');
}

export const SEARCH_KEYS: SortKey[] = [
  { expr: 'score', direction: 'DESC' },
  { expr: 'n.id', direction: 'ASC' },
];

function hits(labels: readonly SearchLabel[], words: readonly string[], params: Params): string {
  const branches: string[] = [];
  const entityLabels = labels.filter((l) => l !== 'Article');
  if (entityLabels.length > 0) {
    branches.push(
      [
        `CALL db.index.fulltext.queryNodes('${NAMES_INDEX}', ${params.add(luceneQuery(words), 'q')}) YIELD node, score`,
        `WHERE any(l IN labels(node) WHERE l IN ${params.add(entityLabels, 'labels')})`,
        'RETURN node AS n, score',
      ].join(' '),
    );
  }
  if (labels.includes('Article')) {
    const w = params.add(words, 'words');
    branches.push(
      [
        'MATCH (a:Article)',
        `WITH a, size([w IN ${w} WHERE toLower(coalesce(a.title, '')) CONTAINS w]) AS found`,
        'WHERE found > 0',
        `RETURN a AS n, toFloat(found) / size(${w}) AS score`,
      ].join(' '),
    );
  }
  return `CALL () {\n  ${branches.join('\n  UNION ALL\n  ')}\n}`;
}

export function searchPageQuery(labels: readonly SearchLabel[], words: readonly string[], seek: Seek): CypherQuery {
  const params = new Params();
  const seekWhere = seekCondition(SEARCH_KEYS, seek, params);
  const cypher = [
    hits(labels, words, params),
    'WITH n, score',
    seekWhere === undefined ? '' : `WHERE ${seekWhere}`,
    orderBy(SEARCH_KEYS, seek.backward),
    `LIMIT ${params.int(seek.limit, 'limit')}`,
    `RETURN ${nodeMap('n')} AS node, score, [score, n.id] AS sortKey`,
  ]
    .filter(Boolean)
    .join('\n');
  return { name: 'search.page', cypher, params: params.values };
}

export function searchCountQuery(labels: readonly SearchLabel[], words: readonly string[]): CypherQuery {
  const params = new Params();
  const cypher = `${hits(labels, words, params)}\nRETURN count(*) AS total`;
  return { name: 'search.count', cypher, params: params.values };
}
